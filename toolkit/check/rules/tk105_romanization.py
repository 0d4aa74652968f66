"""TK105 romanization: an official's name romanized, spaced or hyphenated otherwise than the
base records it ("Kang Jung-sik" for "Kang Jeong-sik", "Choi Jong Kun" for "Choi Jong-kun"),
and a Korean name in Hangul with its surname set apart ("최 종건" for "최종건").

Found two ways: a near miss that toolkit.text.romanize says is the same person, and an exact
match of a person's term whose letters differ from the base's beyond case.
"""

from __future__ import annotations

from toolkit.text.korean import is_hangul

CODE = "TK105"
NAME = "romanization"
DEFAULT_SEVERITY = "warning"
ENABLED_BY_DEFAULT = True
SUMMARY = "an official's name in a romanization other than the base's"


def check(ctx):
    for located in ctx.matches:
        match = located.match
        if match.text.casefold() == match.term.text.casefold() or match.term.status in ("deprecated", "superseded"):
            continue  # written as the base writes it (the usual case: no concept look-up needed)
        concept = ctx.concepts.get(match.concept_id)
        if concept is not None and concept.subject == "person":
            yield _finding(ctx, located.segment, match.start, match.end, match.text, match.term.text, match.concept_id)
    for segment, miss in ctx.near_misses:
        if miss.romanization:
            lang = miss.term.lang.split("-")[0].lower()
            known = ctx.preferred(miss.term.concept_id, lang)  # never the deprecated spelling it is close to
            text = known.text if known is not None else miss.term.text
            if text.casefold() != miss.text.casefold() or miss.kind == "case" and text != miss.text:
                yield _finding(ctx, segment, miss.start, miss.end, miss.text, text, miss.term.concept_id)


def _finding(ctx, segment, start, end, written, known, concept_id):
    return ctx.finding(CODE, segment, start, end,
                       f"'{written}' is {_how(known)} otherwise than the base's '{known}'",
                       found=written, suggestion=known, concept=concept_id, fix=known)


def _how(known: str) -> str:
    """"written" for a name in Hangul ("최 종건": a surname set apart), "romanized" for a Korean
    name in Latin letters (a Korean surname first or last), "spelled" for anyone else's
    ("Marcelo Ebrard Casaubón" is no romanization)."""
    if is_hangul(known[:1]):
        return "written"
    from toolkit.text.romanize import korean_surnames  # on a finding only: it loads rapidfuzz

    words = known.replace("-", " ").casefold().split()
    surnames = korean_surnames()
    return "romanized" if words and (words[0] in surnames or words[-1] in surnames) else "spelled"
