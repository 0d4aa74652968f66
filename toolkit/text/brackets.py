"""The brackets a gloss or an acronym's definition stands in, each with its closing twin.

Full-width forms come from Korean and CJK typesetting, where "（" and "［" are as common as
the ASCII ones."""

CLOSING = {"(": ")", "（": "）", "[": "]", "［": "］"}
