"""TK201 missing-equivalent: a term of the source segment has no equivalent in its aligned
target segment (`--source` releases, and msgid against msgstr in PO catalogs).

Any target-language term of the same concept counts as its equivalent (a variant, even a
deprecated term, which TK101 reports), and so does an acronym in any language; a source
term merely left untranslated does not. Concepts without an approved term in the
target language are skipped: termkit never asserts an equivalent it does not have; so are
generic words ("Foreign Minister"), which a translation may render by the official title, and
a ministry's name that heads a title the base does not hold ("외교부 차관": the translation
renders the title, "Vice Minister of Foreign Affairs", not the ministry).
"""

from __future__ import annotations

from toolkit.text.korean import is_hangul
from toolkit.text.language import primary_language

CODE = "TK201"
NAME = "missing-equivalent"
DEFAULT_SEVERITY = "warning"
ENABLED_BY_DEFAULT = True
SUMMARY = "a source term's equivalent is missing from the aligned translation"


def check(ctx):
    for pair in ctx.file.pairs:
        if [target.text for target in pair.targets] == [pair.source.text]:
            continue  # copied untranslated ("Status =" filter labels): not a missing term
        source_lang = pair.source.lang
        target_lang = pair.targets[0].lang
        present = {
            match.concept_id
            for target in pair.targets
            for match in ctx.matcher.find(target.text)
            if primary_language(match.lang) == target_lang or _language_neutral(match)
        }
        seen: set[str] = set()
        for match in ctx.matcher.find(pair.source.text):
            concept = match.concept_id
            if concept in seen or concept in present or (source_lang and primary_language(match.lang) != source_lang):
                continue
            if match.term.is_generic or _heads_a_title(ctx, match, pair.source.text, source_lang):
                continue
            seen.add(concept)
            expected = ctx.preferred(concept, target_lang)
            if expected is None or expected.is_candidate:
                continue
            if _derived_form_present(ctx.terms_in(concept, target_lang), pair.targets):
                continue
            first, last = pair.targets[0], pair.targets[-1]
            where = f"{pair.source_path}:{pair.source.position(match.start)[0]}"
            finding = ctx.finding(CODE, first, 0, len(first.text) if first is last else 0,
                                  f"'{match.text}' ({where}) has no equivalent here; the base's "
                                  f"{target_lang} term is '{expected.text}'",
                                  found=match.text, suggestion=expected.text, concept=concept)
            if last is not first:
                finding.end_line, finding.end_column = last.position(len(last.text))
            yield finding


def _heads_a_title(ctx, match, text: str, lang: str | None) -> bool:
    """Is this ministry's name the first part of an official's title ("외교부 차관",
    "외교부 대변인")? Title words are extraction's, per language."""
    from toolkit.extract.vocabulary import words

    concept = ctx.concepts.get(match.concept_id)
    if concept is None or concept.subject != "ministry" or lang is None:
        return False
    following = text[match.end:].lstrip().split(maxsplit=1)
    return bool(following) and following[0].startswith(words(lang, "title_head"))


def _language_neutral(match) -> bool:
    """An acronym ("SICA" in a Korean sentence) renders the concept in any language; an
    English full form left in a Korean msgstr does not."""
    return match.term.term_type in ("acronym", "abbreviation") or match.text.isupper()


def _derived_form_present(terms, targets) -> bool:
    """Forms the matcher rightly does not match but that render the term all the same:
    a term at the start of a longer word ('Central American' for Central America, 'quota를'),
    and Korean compounds spaced otherwise (네임스페이스 for 네임 스페이스: spacing inside a
    compound term is optional in Korean)."""
    for target in targets:
        folded = target.text.casefold()
        unspaced = "".join(folded.split())
        for term in terms:
            needle = term.text.casefold()
            if any(is_hangul(char) for char in needle) and "".join(needle.split()) in unspaced:
                return True
            start = folded.find(needle)
            while start >= 0:
                if start == 0 or not folded[start - 1].isalnum():
                    return True
                start = folded.find(needle, start + 1)
    return False
