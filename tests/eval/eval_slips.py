"""How many slips in the shipped glossary's own names `termkit check` reports, by kind.

    .venv/bin/python tests/eval/eval_slips.py              # recall per language and kind
    .venv/bin/python tests/eval/eval_slips.py --misses 20  # and the slips it let pass

Every term of glossary/termbase.tbx (reference names left out: they are the base's, not the
ministry's) that is not deprecated and is long enough is written once per kind of slip a
typist or a repost makes, each in a sentence of its own, and the page is checked against
the shipped glossary with its reference names. A slip counts as reported when a finding
covers it. The slips are made by fixed rules (the same input every run), not sampled from
any page; they measure the near-miss search, not the pages. Lower-case Latin terms ("peace
process") are common words the linter does not fuzz, so they are left out.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = {"en": "In Seoul, the {} said on Monday that the talks went well.",
            "es": "En Seúl, {} dijo el lunes que las conversaciones avanzaron.",
            "ko": "이번 회의에서 {}는 입장을 밝혔다."}
HEADING = {"en": "Press Releases", "es": "Comunicado", "ko": "보도자료"}
# Vowels a Korean typist slips to (the y-glide added or dropped, a rounded vowel for another).
NEAR_VOWEL = {"\u1161": "\u1163", "\u1165": "\u1167", "\u1169": "\u116e", "\u116e": "\u1169", "\u1162": "\u1166",
              "\u1166": "\u1162", "\u1173": "\u116e", "\u1175": "\u1174"}
TENSE = {"\u110f": "\u1101", "\u1110": "\u1104", "\u1111": "\u1108", "\u110e": "\u110d"}  # ㅋㅌㅍㅊ -> ㄲㄸㅃㅉ
FUNCTION_SWAPS = (("of the", "of"), ("de la", "de"), ("del", "de"), ("for", "of"), ("of", "for"), ("y", "e"), ("para", "de"))


def terms(language: str) -> list[str]:
    """The glossary's own names in one language, not deprecated, of four letters or more
    (Korean: those written in Hangul; English and Spanish: those with a capital)."""
    sys.path.insert(0, str(ROOT))
    from toolkit.formats import read_any

    found = set()
    for concept in read_any(ROOT / "glossary" / "termbase.tbx").concepts:
        for lang, term in concept.all_terms():
            if lang.split("-")[0] == language and term.status != "deprecated" and len(term.text.replace(" ", "")) >= 4:
                if any("\uac00" <= char <= "\ud7a3" for char in term.text) if language == "ko" else \
                        any(char.isupper() for char in term.text):
                    found.add(term.text)
    return sorted(found)


def _inner(text: str) -> list[int]:
    """Indexes of letters with a letter on each side: where a slip keeps the name's edges."""
    return [i for i in range(1, len(text) - 1) if text[i - 1].isalpha() and text[i].isalpha() and text[i + 1].isalpha()]


def _middle(positions: list[int]) -> int | None:
    return positions[len(positions) // 2] if positions else None


def letter_dropped(text: str) -> str | None:
    at = _middle(_inner(text))
    return None if at is None else text[:at] + text[at + 1:]


def letters_swapped(text: str) -> str | None:
    at = _middle([i for i in _inner(text) if text[i] != text[i + 1] and text[i + 1].isalpha()])
    return None if at is None else text[:at] + text[at + 1] + text[at] + text[at + 2:]


def letter_doubled(text: str) -> str | None:
    at = _middle([i for i in _inner(text) if text[i].islower()])
    return None if at is None else text[:at] + text[at] + text[at:]


def accents_lost(text: str) -> str | None:
    plain = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", plain) if plain != unicodedata.normalize("NFKD", text) else None


def spaced_otherwise(text: str) -> str | None:
    if "-" in text:
        return text.replace("-", " ", 1)
    return text.replace(" ", "", 1) if text.count(" ") >= 2 or (" " in text and not text.isascii()) else None


def function_word_swapped(text: str) -> str | None:
    words = text.split()
    for written, slip in FUNCTION_SWAPS:
        size = len(written.split())
        for i in range(1, len(words) - size):
            if " ".join(words[i:i + size]) == written:
                return " ".join(words[:i] + slip.split() + words[i + size:])
    return None


def near_vowel(text: str) -> str | None:
    syllables = [i for i, char in enumerate(text) if "\uac00" <= char <= "\ud7a3"]
    at = _middle(syllables)
    if at is None:
        return None
    jamo = unicodedata.normalize("NFD", text[at])
    vowel = NEAR_VOWEL.get(jamo[1], "\u1161" if jamo[1] != "\u1161" else "\u1165")
    return text[:at] + unicodedata.normalize("NFC", jamo[0] + vowel + jamo[2:]) + text[at + 1:]


def syllable_dropped(text: str) -> str | None:
    syllables = [i for i, char in enumerate(text) if "\uac00" <= char <= "\ud7a3"][1:-1]
    at = _middle(syllables)
    return None if at is None else text[:at] + text[at + 1:]


def syllables_swapped(text: str) -> str | None:
    at = _middle([i for i in range(len(text) - 1) if text[i] != " " and text[i + 1] != " " and text[i] != text[i + 1]])
    return None if at is None else text[:at] + text[at + 1] + text[at] + text[at + 2:]


def tense_plosives(text: str) -> str | None:
    jamo = unicodedata.normalize("NFD", text)
    tense = "".join(TENSE.get(char, char) for char in jamo)
    return unicodedata.normalize("NFC", tense) if tense != jamo else None


def korean_spaced(text: str) -> str | None:
    if " " in text:
        return text.replace(" ", "", 1)
    return text[:len(text) // 2] + " " + text[len(text) // 2:] if len(text) >= 4 else None


SLIPS = {
    "ko": {"vowel": near_vowel, "syllable-dropped": syllable_dropped, "swap": syllables_swapped,
           "spacing": korean_spaced, "tense": tense_plosives},
    "latin": {"letter-dropped": letter_dropped, "swap": letters_swapped, "letter-doubled": letter_doubled,
              "accents": accents_lost, "spacing": spaced_otherwise, "function-word": function_word_swapped},
}


def slips(language: str) -> list[tuple[str, str, str]]:
    """(kind, term, slip) for every term and kind that gives a new form."""
    known = set(terms(language))
    made = []
    for term in sorted(known):
        for kind, make in SLIPS["ko" if language == "ko" else "latin"].items():
            slip = make(term)
            if slip and slip != term and slip not in known:
                made.append((kind, term, slip))
    return made


def reported(language: str, made: list[tuple[str, str, str]], checked_base) -> list[bool]:
    from toolkit.check.engine import check_files

    body = "\n\n".join(SENTENCE[language].format(slip) for _, _, slip in made)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / f"{language}.txt"
        page.write_text(f"{HEADING[language]}\n\n{body}\n", encoding="utf-8")
        findings, _ = check_files([page], checked_base)
    by_line: dict[int, list] = {}
    for finding in findings:
        by_line.setdefault(finding.line, []).append(finding)
    return [any(f.found and (f.found in slip or slip in f.found) for f in by_line.get(3 + 2 * n, []))
            for n, (_, _, slip) in enumerate(made)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", type=int, default=0, help="list up to N slips not reported, per language")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from toolkit.index.loader import load_base

    checked_base = load_base(ROOT / "glossary" / "termbase.tbx", with_reference=True)
    for language in ("en", "ko", "es"):
        made = slips(language)
        hits = reported(language, made, checked_base)
        total, caught = Counter(kind for kind, _, _ in made), Counter(kind for (kind, _, _), hit in zip(made, hits) if hit)
        cells = ", ".join(f"{kind} {caught[kind]}/{total[kind]}" for kind in total)
        print(f"{language}: {sum(hits)}/{len(made)} ({100 * sum(hits) / max(len(made), 1):.1f}%): {cells}")
        missed = [(kind, term, slip) for (kind, term, slip), hit in zip(made, hits) if not hit]
        for kind, term, slip in missed[:args.misses]:
            print(f"  missed {kind}: {slip!r} (for {term!r})")


if __name__ == "__main__":
    main()
