"""Names glossed in place: "카를로스 오요스(Carlos Hoyos)", "중미통합체제(SICA, Sistema de la ...)".

A release that prints a name's original in brackets pairs two languages in one place; an
acronym defined in two languages (SICA in an English and a Korean release) pairs its long
forms across documents. Acronym definitions are the ones the extractor found (Schwartz &
Hearst, toolkit.extract.Extraction); what is added here is the Korean side of a Latin-script gloss, whose left
boundary the text does not mark ("크리스틴 블레이시 포드(Christine Blasey Ford)"): it is
chosen by transcription score for transcribed names and by natural word boundaries
(particles, adnominal endings, punctuation) for translated ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit.align.shapes import cut_at_hyphen, is_name
from toolkit.extract.acronyms import MINOR_WORDS, Definition, is_acronym
from toolkit.model.candidate import Evidence, Pairing, TermRef
from toolkit.text.korean import PARTICLES, is_hangul, strip_particles
from toolkit.text.language import language_of
from toolkit.text.romanize import person_score

TRANSCRIPTION = 0.75  # a Korean span this close to the Latin sound is its transcription
NATURAL_BOUNDARY = 0.8  # a translated name whose Korean run starts at a word boundary
COUNTED_BOUNDARY = 0.6  # a translated name cut at the English word count: review closely
MAX_TOKENS = 5
# Adnominal and conjunctive words that end a Korean noun phrase ("관한", "및", "새로운").
_NOT_IN_NAMES = frozenset("관한 대한 위한 따른 의한 있는 하는 되는 된 하던 라는 이라는 및 등 또는 그 이 새로운 한 전 현".split())
# Titles and honorifics written after a name, outside it: "마이크 폼페이오 장관(Mike Pompeo)".
_TITLES_AFTER = frozenset(
    "씨 님 장관 차관 대통령 부통령 총리 의원 상원의원 하원의원 대사 판사 박사 교수 감독 회장 대표 "
    "위원장 국무장관 외교장관 외무장관 총장 사무총장 대변인 여사 경관 선수 코치".split()
)
# A translated name is proposed only when its original says what kind of body it is.
INSTITUTION_WORDS = frozenset(
    "agency alliance assembly association bank board bureau center centre commission committee "
    "community congress corporation council court cross department division forum foundation fund "
    "government group institute institution league ministry office organization organisation "
    "parliament party police program programme republic roundtable school secretariat senate "
    "service summit system union university "
    "asamblea banco comisión comité consejo cumbre departamento foro fondo fundación gobierno "
    "instituto ministerio oficina organización partido reunión república secretaría sistema "
    "universidad".split()
)
# Particles that no transcribed foreign name ends in (unlike 로, 도, 이, 가: 마르셀로, 위도도).
_CLEAR_PARTICLES = ("을", "를", "은", "는", "에서", "에게", "께서", "의")
_OPENERS = "(（"
_LATIN_GLOSS = re.compile(r"[A-Za-zÀ-ÿ]")


@dataclass(frozen=True)
class AcronymDefinition:
    """An acronym spelled out in one language in one place: SICA = 중미통합체제 at path:line."""

    acronym: str
    lang: str
    long: str
    evidence: Evidence


def acronym_definitions(definitions: list[Definition], text: str, lang: str, path: str,
                        line: int) -> list[AcronymDefinition]:
    """Each acronym definition the extractor found in a body line (`text`, read in `lang`),
    once per language it is spelled out in; a long form that is not a name
    (toolkit.align.shapes) or is cut at a hyphen is left out."""
    found = []
    for definition in definitions:
        if not is_acronym(definition.short):
            continue
        evidence = Evidence(path, line, "acronym-pivot", _context(text, definition.long_start))
        forms = [definition.long] + ([definition.expansion] if definition.expansion else [])
        for form in forms:
            cut = form is definition.long and cut_at_hyphen(text, definition.long_start)
            form = form.strip(" “”\"'‘’")
            form_lang = language_of(form, lang) if form else lang
            if form and form != definition.short and is_name(form, form_lang) and not cut:
                found.append(AcronymDefinition(definition.short, form_lang, form, evidence))
    return found


def gloss_pairings(definitions: list[Definition], text: str, lang: str, path: str, line: int) -> list[Pairing]:
    """Pairings printed in one body line: long form + (acronym, long form in another
    language), from the extractor's `definitions` of the line, and Korean + (Latin original)."""
    pairings = []
    for definition in definitions:
        if definition.expansion and is_acronym(definition.short):
            long_lang = language_of(definition.long, lang)
            expansion_lang = language_of(definition.expansion, lang)
            if long_lang != expansion_lang:
                pairings.append(Pairing(
                    TermRef(long_lang, definition.long.strip()), TermRef(expansion_lang, definition.expansion.strip()),
                    NATURAL_BOUNDARY, [Evidence(path, line, "parenthetical", _context(text, definition.long_start))],
                ))
    for match in re.finditer(f"[{_OPENERS}]", text):
        pairing = _hangul_gloss(text, match.start(), path, line)
        if pairing is not None:
            pairings.append(pairing)
    return pairings


def _hangul_gloss(text: str, open_index: int, path: str, line: int) -> Pairing | None:
    close = text.find(")" if text[open_index] == "(" else "）", open_index)
    if close < 0:
        return None
    inside = text[open_index + 1:close].strip()
    if not inside or not inside[0].isalpha() or not _LATIN_GLOSS.match(inside[0]):
        return None
    if any(is_hangul(c) for c in inside) or is_acronym(inside.split(",")[0].strip()) or not _is_name(inside):
        return None
    tokens = _tokens_before(text, open_index)
    if not tokens:
        return None
    latin_lang = language_of(inside, "en")
    chosen = _korean_span(tokens, inside)
    if chosen is None:
        return None
    korean, score = chosen
    evidence = Evidence(path, line, "parenthetical", _context(text, open_index))
    return Pairing(TermRef("ko", korean), TermRef(latin_lang, inside), score, [evidence])


def _tokens_before(text: str, open_index: int) -> list[str]:
    """Space-separated words before the bracket, nearest last, stopping at non-Korean text.

    A word may carry its own acronym gloss ("한-중미통합체제(SICA) 대화협의체").
    """
    head = text[:open_index].rstrip()
    words = head.split(" ")[-(MAX_TOKENS + 1):]
    if not words or not words[-1] or not is_hangul(words[-1][-1]):
        return []
    kept: list[str] = []
    for word in reversed(words):
        unquoted = word.lstrip("“\"‘'「『<《")
        core = re.sub(r"[(（][A-Z][A-Za-z&]+[)）]", "", unquoted)
        if not core or not all(is_hangul(c) or c in "-·" for c in core):
            break
        kept.append(unquoted)
        if unquoted != word:
            break
    return list(reversed(kept))


def _korean_span(tokens: list[str], latin: str) -> tuple[str, float] | None:
    """The Korean words that the Latin gloss renders, and how sure the boundary is."""
    if tokens[-1] in _TITLES_AFTER and len(tokens) > 1:
        tokens = tokens[:-1]
    stripped = strip_particles(tokens[-1])
    variants = [tokens] if stripped == tokens[-1] else [tokens, tokens[:-1] + [stripped]]
    latin_words = len(re.split(r"[\s-]+", latin.strip()))
    best: tuple[float, str] | None = None
    for words in variants:
        for count in range(1, min(len(words), latin_words, MAX_TOKENS) + 1):
            if count > 1 and words[-count].endswith(_CLEAR_PARTICLES):
                break
            span = " ".join(words[-count:])
            score = person_score(span.replace("-", " "), latin)
            if best is None or score > best[0]:
                best = (score, span)
    if best is not None and best[0] >= TRANSCRIPTION:
        return best[1], round(min(best[0], 0.95), 4)
    if not INSTITUTION_WORDS & {w.lower().strip(".,'’s") for w in latin.split()}:
        return None
    return _translated_span(tokens, latin)


def _translated_span(tokens: list[str], latin: str) -> tuple[str, float] | None:
    """A translated name: Korean words back to a natural boundary, at most one per content
    word of the original."""
    content_words = [w for w in latin.split() if w.lower() not in MINOR_WORDS]
    run: list[str] = []
    natural = False
    for index, word in enumerate(reversed(tokens)):
        if index > 0 and (_ends_phrase(word) or word in _NOT_IN_NAMES):
            natural = True
            break
        run.insert(0, word)
    else:
        natural = len(tokens) < MAX_TOKENS + 1
    if len(run) > len(content_words):
        run = run[-len(content_words):]
        natural = False
    if not run or (len(run) == 1 and len(run[0]) < 2):
        return None
    return " ".join(run), NATURAL_BOUNDARY if natural else COUNTED_BOUNDARY


def _is_name(text: str) -> bool:
    """Every word capitalised except minor ones ("Sistema de la Integración ..."), not "revision"."""
    words = [w for w in re.split(r"[\s-]+", text.strip("\"“”")) if w]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w.lower() in MINOR_WORDS for w in words) \
        and words[0][0].isupper()


def _ends_phrase(word: str) -> bool:
    """A word ending in a particle (or a verb ending) closes the phrase before a name."""
    return len(word) > 1 and any(word.endswith(p) for p in PARTICLES if len(p) < len(word))


def _context(text: str, index: int, width: int = 60) -> str:
    start = max(0, index - width)
    return ("…" if start else "") + text[start:index + width].strip() + ("…" if index + width < len(text) else "")
