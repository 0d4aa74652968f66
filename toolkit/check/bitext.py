"""Align a source release with its translation: by paragraph, then by sentence.

Hand-written because no aligner is among our dependencies and the releases make it easy:
translations keep the paragraph numbering ("1.", "2.") and usually the line structure.
Paragraphs are paired one to one when both texts have as many body lines; otherwise by
paragraph number (a numbered paragraph with its bullets; a block the translation lacks is
compared with the whole translation); otherwise the whole texts are one pair. A paired
paragraph is cut into sentences when both sides have as many sentences.
"""

from __future__ import annotations

import re

from toolkit.model.segment import CheckedFile, Pair, Segment, sentences

_NUMBER = re.compile(r"^\d+\.$")


def align(source: CheckedFile, target: CheckedFile) -> list[Pair]:
    """Source/target pairs, finest first: sentence, paragraph, numbered block, whole text."""
    if not source.segments or not target.segments:
        return []
    if len(source.segments) == len(target.segments):
        return [pair for s, t in zip(source.segments, target.segments) for pair in _sentence_pairs(s, t, source.path)]
    source_blocks, target_blocks = _blocks(source.segments), _blocks(target.segments)
    if set(source_blocks) & set(target_blocks) - {""}:
        return [
            Pair(_joined(block), target_blocks.get(number, list(target.segments)), source.path)
            for number, block in source_blocks.items()
        ]
    return [Pair(_joined(source.segments), list(target.segments), source.path)]


def _sentence_pairs(source: Segment, target: Segment, source_path: str) -> list[Pair]:
    source_sentences, target_sentences = sentences(source), sentences(target)
    if len(source_sentences) > 1 and len(source_sentences) == len(target_sentences):
        return [Pair(s, [t], source_path) for s, t in zip(source_sentences, target_sentences)]
    return [Pair(source, [target], source_path)]


def _blocks(segments: list[Segment]) -> dict[str, list[Segment]]:
    """Lines grouped by paragraph number ("1." with its bullets); what precedes "1." is ""."""
    blocks: dict[str, list[Segment]] = {}
    number = ""
    for segment in segments:
        marker = segment.marker or (segment.text.split(None, 1)[0] if segment.text.split() else "")
        if _NUMBER.match(marker):
            number = marker
        blocks.setdefault(number, []).append(segment)
    return blocks


def _joined(segments: list[Segment]) -> Segment:
    first = segments[0]
    return Segment("\n".join(segment.text for segment in segments), first.lang, first.line, first.column, first.kind)
