"""Parallel releases: pair documents, align their lines, pair the names inside aligned lines.

Documents are paired by an explicit file (sources/pairs.tsv: a header of language codes, then
one release per row) or by the same date plus shared anchors (numbers, acronyms, Latin-script
names). Body lines are aligned in the manner of Gale & Church (1993, "A Program for Aligning
Sentences in Bilingual Corpora"): a dynamic programme over 1-1, 1-0, 0-1, 2-1 and 1-2 beads
whose cost is the normalized length difference, lowered by the anchors both sides share.
Names inside an aligned pair of lines are then paired by transliteration (people), by
identical or cognate spelling (en-es), by country code (reference data), and otherwise by
elimination within a kind, helped by co-occurrence across the corpus.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from toolkit.errors import InputError
from toolkit.model.candidate import Evidence, Pairing, TermRef
from toolkit.model.document import BodyLine, Document
from toolkit.text.korean import is_hangul, is_particle_chain
from toolkit.text.romanize import REVIEW, name_score, person_score, same_person

LENGTH_VARIANCE = 6.8  # Gale & Church's variance of length differences per character
BEAD_PENALTY = {(1, 1): 0.0, (1, 0): 4.0, (0, 1): 4.0, (2, 1): 2.5, (1, 2): 2.5}
ANCHOR_WEIGHT = 3.0
MAX_LISTED_ACRONYMS = 3
TRANSCRIBED = 0.8  # a Korean run this close to a Latin name's sound is its transcription
# Particles no name ends in: a stem left by cutting one is preferred ("존슨은" -> 존슨).
CLEAR_PARTICLES = frozenset("은 는 을 를 에 에서 에게 의 께서 에는 에서는 과 와".split())
PARTICLE_PREFERENCE = 0.05
AUTO_PAIR_OVERLAP = 0.2  # anchor Jaccard above which two same-day releases are one release
UNDATED_PAIR_OVERLAP = 0.35  # the same when one of them carries no date
KIND_CLASSES = {"organization": "body", "ministry": "body", "title": "title", "meeting": "meeting", "document": "document"}
# Head words that say what kind of body a Korean name is, and the English/Spanish words for it.
# Used only to break ties between several unpaired names of one kind in one aligned line.
HEADS = {
    "부": ("department", "ministry", "departamento", "ministerio"),
    "실": ("office", "oficina"),
    "청": ("agency", "service", "agencia", "servicio"),
    "위원회": ("commission", "committee", "comisión", "comité"),
    "은행": ("bank", "banco"),
    "기구": ("organization", "organización", "organismo"),
    "정상회의": ("summit", "cumbre"),
    "회의": ("meeting", "conference", "reunión", "conferencia"),
    "센터": ("center", "centre", "centro"),
    "재단": ("foundation", "fundación"),
}
_NUMBER = re.compile(r"\d+")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]{1,9}\b")
_LATIN_NAME = re.compile(r"\b[A-Z][a-zà-ÿ]+(?:-[a-zà-ÿ]+)?(?:[ -][A-Z][a-zà-ÿ]+(?:-[a-zà-ÿ]+)?)+\b")


@dataclass(frozen=True)
class Bead:
    """Lines of two documents that say the same thing."""

    a: tuple[BodyLine, ...]
    b: tuple[BodyLine, ...]


def anchors(text: str) -> set[str]:
    """Numbers, acronyms and Latin-script names: what translations leave unchanged."""
    found = set(_NUMBER.findall(text)) | set(_ACRONYM.findall(text))
    return found | {name.lower() for name in _LATIN_NAME.findall(text)}


def read_pairs(path: Path) -> list[tuple[int, dict[str, Path]]]:
    """sources/pairs.tsv -> [(line, {lang: path})], paths resolved against the file's folder.

    A row names at least two versions: one alone pairs nothing, and is a mistake.
    """
    groups = []
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = [(number, row) for number, row in enumerate(csv.reader(handle, delimiter="\t"), 1)
                    if row and not row[0].startswith("#")]
    except UnicodeDecodeError as err:
        raise InputError(path, "not UTF-8 text") from err
    if not rows:
        raise InputError(path, "no header row (language codes)")
    header_line, header = rows[0]
    langs = [cell.strip() for cell in header]
    if not all(re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)?", lang) for lang in langs):
        raise InputError(path, f"header must be language codes, got {header!r}", header_line)
    for number, row in rows[1:]:
        if len(row) > len(langs):
            raise InputError(path, f"{len(row)} cells for {len(langs)} languages", number)
        group = {lang: (path.parent / cell.strip()) for lang, cell in zip(langs, row) if cell.strip()}
        if len(group) < 2:
            raise InputError(path, "a row names at least two versions of one release", number)
        groups.append((number, group))
    return groups


def pair_documents(documents: list[Document], pairs_path: Path | None = None) -> list[dict[str, Document]]:
    """Groups of versions of one release, {lang: Document}."""
    if pairs_path is not None and pairs_path.exists():
        by_path = {Path(doc.path).resolve(): doc for doc in documents}
        names = Counter(Path(doc.path).name for doc in documents)
        # Documents may carry paths relative to another folder than the current one: a file
        # name found once among them identifies it as well.
        by_name = {Path(doc.path).name: doc for doc in documents if names[Path(doc.path).name] == 1}
        groups = []
        for line, group in read_pairs(pairs_path):
            docs = {lang: by_path.get(path.resolve()) or by_name.get(path.name) for lang, path in group.items()}
            missing = sorted(group[lang].name for lang, doc in docs.items() if doc is None)
            if missing:  # a typo would otherwise leave a release silently unpaired
                raise InputError(pairs_path, f"no such release: {', '.join(missing)}", line)
            groups.append(docs)
        return groups
    return _pair_by_date_and_anchors(documents)


def _pair_by_date_and_anchors(documents: list[Document]) -> list[dict[str, Document]]:
    doc_anchors = {doc.path: anchors(doc.body_text()) for doc in documents}
    scored = []
    for i, a in enumerate(documents):
        for b in documents[i + 1:]:
            if a.language == b.language or (a.date and b.date and a.date != b.date):
                continue
            union = doc_anchors[a.path] | doc_anchors[b.path]
            shared = len(doc_anchors[a.path] & doc_anchors[b.path])
            if a.date and a.date == b.date:
                shared += _transcribed_names(a, b)
            overlap = shared / len(union) if union else 0.0
            if overlap >= (AUTO_PAIR_OVERLAP if a.date and b.date else UNDATED_PAIR_OVERLAP):
                scored.append((-overlap, a.path, b.path, a, b))
    groups: list[dict[str, Document]] = []
    placed: dict[str, dict[str, Document]] = {}
    for _, _, _, a, b in sorted(scored, key=lambda item: item[:3]):
        group = placed.get(a.path) or placed.get(b.path)
        if group is None:
            group = {}
            groups.append(group)
        for doc in (a, b):
            if doc.language not in group and doc.path not in placed:
                group[doc.language] = doc
                placed[doc.path] = group
    return [group for group in groups if len(group) >= 2]


def _transcribed_names(a: Document, b: Document) -> int:
    """Latin-script names of one release found transcribed in the Korean other ("Andrés
    Manuel López Obrador" as 안드레스 마누엘 로페즈 오브라도르): a translation keeps its
    people, where two reports of one day need not. Asked of same-day releases only."""
    if (a.language == "ko") == (b.language == "ko"):
        return 0
    latin, korean = (b, a) if a.language == "ko" else (a, b)
    names = set()
    for match in _LATIN_NAME.finditer(latin.body_text()):
        words = match.group().split()
        names.update(" ".join(words[start:]) for start in range(len(words) - 1))
    korean_lines = [line.text for line in korean.lines if any(is_hangul(c) for c in line.text)]
    found = {name for name in names for text in korean_lines if _best_window(text, name, None)[1] >= TRANSCRIBED}
    # A name counts once, however many of its tails are found ("López Obrador" in "Andrés Manuel López Obrador").
    return sum(1 for name in found if not any(other != name and other.endswith(" " + name) for other in found))


def align_lines(a: list[BodyLine], b: list[BodyLine]) -> list[Bead]:
    """Gale–Church alignment of two documents' body lines, with anchors lowering the cost."""
    ratio = (sum(len(x.text) for x in b) or 1) / (sum(len(x.text) for x in a) or 1)
    a_anchors = [anchors(x.text) for x in a]
    b_anchors = [anchors(x.text) for x in b]
    inf = float("inf")
    cost = [[inf] * (len(b) + 1) for _ in range(len(a) + 1)]
    back: dict[tuple[int, int], tuple[int, int]] = {}
    cost[0][0] = 0.0
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if cost[i][j] == inf:
                continue
            for (di, dj), penalty in BEAD_PENALTY.items():
                ni, nj = i + di, j + dj
                if ni > len(a) or nj > len(b):
                    continue
                step = penalty + _bead_cost(a[i:ni], b[j:nj], ratio, a_anchors[i:ni], b_anchors[j:nj])
                if cost[i][j] + step < cost[ni][nj]:
                    cost[ni][nj] = cost[i][j] + step
                    back[(ni, nj)] = (i, j)
    beads = []
    position = (len(a), len(b))
    while position != (0, 0):
        i, j = back[position]
        beads.append(Bead(tuple(a[i:position[0]]), tuple(b[j:position[1]])))
        position = (i, j)
    return list(reversed(beads))


def _bead_cost(a_lines, b_lines, ratio, a_anchor_sets, b_anchor_sets) -> float:
    if not a_lines or not b_lines:
        return 0.0
    length_a = sum(len(x.text) for x in a_lines)
    length_b = sum(len(x.text) for x in b_lines)
    delta = (length_b - length_a * ratio) / math.sqrt(max(length_a, 1) * LENGTH_VARIANCE)
    shared_a = set().union(*a_anchor_sets)
    shared_b = set().union(*b_anchor_sets)
    union = shared_a | shared_b
    overlap = len(shared_a & shared_b) / len(union) if union else 0.0
    return abs(delta) - ANCHOR_WEIGHT * overlap


class CoOccurrence:
    """How often two names sit in aligned lines, across the whole corpus (Dice coefficient)."""

    def __init__(self) -> None:
        self.pair_counts: Counter = Counter()
        self.counts: Counter = Counter()

    def add(self, a_texts: set[tuple[str, str]], b_texts: set[tuple[str, str]]) -> None:
        self.counts.update(a_texts | b_texts)
        self.pair_counts.update((x, y) for x in a_texts for y in b_texts)

    def dice(self, x: tuple[str, str], y: tuple[str, str]) -> float:
        both = self.pair_counts[(x, y)] + self.pair_counts[(y, x)]
        total = self.counts[x] + self.counts[y]
        return 2 * both / total if total else 0.0


@dataclass(frozen=True)
class LineMention:
    """A mention as the pairing step needs it: language, text, kind and where it is."""

    lang: str
    text: str
    kind: str
    path: str
    line: int
    code: str | None = None  # ISO 3166-1 code for a country
    start: int = 0


def pair_bead(bead: Bead, paths: tuple[str, str], langs: tuple[str, str],
              bead_mentions: tuple[list[LineMention], list[LineMention]],
              cooccurrence: CoOccurrence, overrides=None, known=None) -> list[Pairing]:
    """Pairings between the names of one aligned pair of lines.

    `known` ((language, text) -> ids of approved concepts) is the term base as a dictionary:
    names it already pairs are taken first, so they do not crowd the elimination.
    """
    left, right = bead_mentions
    pairings: list[Pairing] = []
    used: set[int] = set()

    def take(x: LineMention, y: LineMention, score: float, method: str) -> None:
        used.update((id(x), id(y)))
        pairings.append(Pairing(
            TermRef(x.lang, x.text, _term_type(x)), TermRef(y.lang, y.text, _term_type(y)), round(score, 4),
            [Evidence(x.path, x.line, method, _around(bead.a, x)), Evidence(y.path, y.line, method, _around(bead.b, y))],
        ))

    for x in left:
        for y in right:
            shared = (known or {}).get((x.lang, x.text), set()) & (known or {}).get((y.lang, y.text), set())
            if shared and id(x) not in used and id(y) not in used:
                take(x, y, 1.0, "reference")
    for x, y, score, method in _people([m for m in left if id(m) not in used], [m for m in right if id(m) not in used], overrides):
        take(x, y, score, method)
    paired = {m.text for p in pairings for m in (p.a, p.b)}
    for x, y, score in _transcribed(bead, paths, langs, left + right, paired, overrides):
        take(x, y, score, "romanization")
    for x in left:
        for y in right:
            if x.kind == y.kind == "country" and x.code and x.code == y.code and id(x) not in used and id(y) not in used:
                take(x, y, 1.0, "reference")
    acronyms_left = {m.text for m in left if m.kind == "acronym"}
    acronyms_right = {m.text for m in right if m.kind == "acronym"}
    # A country's abbreviation (ROK, EE. UU.) is the reference data's, not one of the listed ones.
    lone_left = [m for m in left if m.kind == "acronym" and m.text not in acronyms_right and not m.code]
    lone_right = [m for m in right if m.kind == "acronym" and m.text not in acronyms_left and not m.code]
    lone_left, lone_right = _first_uses(lone_left), _first_uses(lone_right)
    if len(lone_left) == len(lone_right) and 0 < len(lone_left) <= MAX_LISTED_ACRONYMS:
        # Acronyms of different spelling (UN/ONU, WTO/OMC) listed in the same order.
        score = 0.7 if len(lone_left) == 1 else 0.6
        for x, y in zip(lone_left, lone_right):
            take(x, y, score, "parallel")
    for kind_class in sorted(set(KIND_CLASSES.values())):
        xs = _unique_texts([m for m in left if KIND_CLASSES.get(m.kind) == kind_class and id(m) not in used])
        ys = _unique_texts([m for m in right if KIND_CLASSES.get(m.kind) == kind_class and id(m) not in used])
        for x, y, score in _eliminate(xs, ys, cooccurrence):
            take(x, y, score, "parallel")
    return pairings


def _transcribed(bead: Bead, paths, langs, mentions: list[LineMention], paired: set[str], overrides):
    """Latin-script names of one side found transcribed in the Korean side's words
    ("Elin Jones" in "... 의장 엘린 존스에게는 ..."), best first, each Korean span used once."""
    if "ko" not in langs or langs[0] == langs[1]:
        return []
    korean_side = langs.index("ko")
    latin_lines = bead.b if korean_side == 0 else bead.a
    korean_lines = bead.a if korean_side == 0 else bead.b
    latin_lang = langs[1 - korean_side]
    names: dict[str, int] = {}
    for mention in mentions:
        if mention.kind == "person" and mention.lang != "ko" and len(mention.text.split()) >= 2:
            names.setdefault(mention.text, mention.line)
    for line in latin_lines:
        for match in _LATIN_NAME.finditer(line.text):
            name = re.sub(r"^(?:The|Mr|Mrs|Ms|Dr|St)\.? ", "", match.group())
            if len(name.split()) >= 2:
                names.setdefault(name, line.raw_line)
    found = []
    for name, line_number in sorted(names.items()):
        if name in paired:
            continue
        for line in korean_lines:
            span, score = _best_window(line.text, name, overrides)
            if score >= TRANSCRIBED:
                found.append((score, name, span, line_number, line.raw_line))
    taken_names, taken_spans, result = set(), set(), []
    for score, name, span, latin_line, korean_line in sorted(found, key=lambda f: (-f[0], f[1], f[2])):
        if name in taken_names or span in taken_spans:
            continue
        taken_names.add(name)
        taken_spans.add(span)
        latin = LineMention(latin_lang, name, "name", paths[1 - korean_side], latin_line)
        korean = LineMention("ko", span, "name", paths[korean_side], korean_line)
        result.append((latin, korean, score) if korean_side == 1 else (korean, latin, score))
    return result


def _best_window(text: str, name: str, overrides) -> tuple[str, float]:
    """The run of Korean words that best transcribes `name`, particles removed."""
    words = [w.strip("“”‘’\"'.,:;()[]「」") for w in text.split()]
    size = len(re.split(r"[\s-]+", name))
    best = ("", 0.0)
    for width in range(1, size + 1):
        for start in range(0, len(words) - width + 1):
            window = words[start:start + width]
            if not all(w and all(is_hangul(c) for c in w) for w in window):
                continue
            if any(w.endswith(tuple(CLEAR_PARTICLES)) and len(w) > 1 for w in window[:-1]):
                continue  # a particle inside the run ends a phrase: "베를린을 모스크바" is two names
            for last in _without_particles(window[-1]):
                span = " ".join(window[:-1] + [last])
                # A foreign name is transcribed word for word; only a Korean name is written
                # joined ("Ri Yong Ho" as 리용호), which the romanization matcher checks.
                score = person_score(span, name, overrides) if width == size else name_score(span, name, overrides)
                if last != window[-1] and window[-1][len(last):] in CLEAR_PARTICLES:
                    score += PARTICLE_PREFERENCE
                if score > best[1]:
                    best = (span, min(score, 1.0))
    return best


def _without_particles(word: str) -> list[str]:
    """The word and every stem left by cutting a particle chain off its end ("위도도는" ->
    위도도는, 위도도, 위도): the transcription score picks the right one."""
    return [word] + [word[:cut] for cut in range(1, len(word)) if is_particle_chain(word[cut:])]


def _around(lines: tuple[BodyLine, ...], mention: LineMention, width: int = 50) -> str:
    """The words around a name in its line: what a translator reads to judge the pairing."""
    text = next((line.text for line in lines if line.raw_line == mention.line), lines[0].text if lines else "")
    at = max(text.find(mention.text), 0)
    start, end = max(0, at - width), min(len(text), at + len(mention.text) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _first_uses(mentions: list[LineMention]) -> list[LineMention]:
    """Each text once, in order of first appearance in the lines."""
    ordered = sorted(mentions, key=lambda m: (m.line, m.start))
    return _unique_texts(ordered)


def _people(left: list[LineMention], right: list[LineMention], overrides):
    """Mutually best person pairs: romanization/transcription for Hangul, spelling for Latin."""
    people_left = [m for m in left if m.kind == "person" and _full_name(m.text)]
    people_right = [m for m in right if m.kind == "person" and _full_name(m.text)]
    scores = {}
    for x in people_left:
        for y in people_right:
            scores[(id(x), id(y))] = (_person_pair_score(x.text, y.text, overrides), x, y)
    best_left: dict[int, float] = {}
    best_right: dict[int, float] = {}
    for (ix, iy), (score, _, _) in scores.items():
        best_left[ix] = max(best_left.get(ix, 0.0), score)
        best_right[iy] = max(best_right.get(iy, 0.0), score)
    for (ix, iy), (score, x, y) in sorted(scores.items(), key=lambda item: (-item[1][0], item[1][1].text, item[1][2].text)):
        if score >= REVIEW and score == best_left[ix] == best_right[iy]:
            method = "romanization" if _is_hangul_text(x.text) != _is_hangul_text(y.text) else "parallel"
            yield x, y, score, method


def _person_pair_score(a: str, b: str, overrides) -> float:
    if _is_hangul_text(a) and not _is_hangul_text(b):
        return person_score(a, b, overrides)
    if _is_hangul_text(b) and not _is_hangul_text(a):
        return person_score(b, a, overrides)
    if a == b:
        return 1.0
    return same_person(a, b)


def _full_name(text: str) -> bool:
    """"Choi" after "Vice Minister" is a reference to a person, not a name to pair."""
    return len(text.split()) >= 2 or (_is_hangul_text(text) and len(text) >= 2)


def _is_hangul_text(text: str) -> bool:
    return any(is_hangul(c) for c in text)


def _unique_texts(mentions: list[LineMention]) -> list[LineMention]:
    seen: dict[str, LineMention] = {}
    for mention in mentions:
        seen.setdefault(mention.text, mention)
    return list(seen.values())


IN_ORDER = 0.6  # a tie settled by reading order only: weak evidence, for a person to confirm


def _eliminate(xs: list[LineMention], ys: list[LineMention], cooccurrence: CoOccurrence):
    """Pairs within one kind: corpus co-occurrence first, then head words, then the last one
    left; when that ties with as many names left on both sides, reading order (a translation
    keeps a list's order), scored low."""
    pairs = []
    xs, ys = list(xs), list(ys)
    while xs and ys:
        ranked = sorted(
            ((_affinity(x, y, cooccurrence), x.text, y.text, x, y) for x in xs for y in ys),
            key=lambda item: (-item[0], item[1], item[2]),
        )
        best, _, _, x, y = ranked[0]
        lone = len(xs) == 1 and len(ys) == 1
        rivals = [item[0] for item in ranked[1:] if item[3] is x or item[4] is y]
        if not lone and rivals and best - max(rivals) < 0.1:
            break
        dice = cooccurrence.dice((x.lang, x.text), (y.lang, y.text))
        pairs.append((x, y, min(0.95, 0.7 + 0.25 * dice)))
        xs.remove(x)
        ys.remove(y)
    if xs and len(xs) == len(ys):
        in_order = lambda mention: (mention.line, mention.start)  # noqa: E731
        pairs += [(x, y, IN_ORDER) for x, y in zip(sorted(xs, key=in_order), sorted(ys, key=in_order))]
    return pairs


def _affinity(x: LineMention, y: LineMention, cooccurrence: CoOccurrence) -> float:
    score = cooccurrence.dice((x.lang, x.text), (y.lang, y.text))
    if not _is_hangul_text(x.text) and not _is_hangul_text(y.text):
        score += fuzz.token_set_ratio(x.text.lower(), y.text.lower()) / 100
    score += 0.5 * _head_match(x.text, y.text)
    return score


def _head_match(a: str, b: str) -> float:
    """1.0 when a Korean name's head word (…부, …은행) names the same kind as the other's words."""
    korean, other = (a, b) if _is_hangul_text(a) else (b, a)
    if not _is_hangul_text(korean) or _is_hangul_text(other):
        return 0.0
    words = set(re.findall(r"\w+", other.lower()))
    for head, translations in HEADS.items():
        if korean.endswith(head):
            return 1.0 if words & set(translations) else 0.0
    return 0.0


def _term_type(mention: LineMention) -> str:
    return "acronym" if mention.kind == "acronym" else "fullForm"
