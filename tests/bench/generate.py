"""Synthetic benchmark inputs: a 50,000-concept en/ko/es term base and a 20 MB corpus.

Everything comes from one seeded RNG, so the same arguments give byte-identical files. Files
go to .cache/termkit-bench/<parameters>/ in the repository (never committed) and are reused
when present. Shared by the matcher and the check benchmarks:

    from tests.bench.generate import bench_files
    files = bench_files()          # BenchFiles(termbase, corpus, terms, documents)

The names are invented (pseudo-words for places), shaped like a ministry's: organizations
with acronyms, titles, people with a hyphenated romanization variant, meetings, documents.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from toolkit.files import atomic  # noqa: E402
from toolkit.model.termbase import Concept, Term, TermBase  # noqa: E402

BENCH_DIR = ROOT / ".cache" / "termkit-bench"

LATIN_SYLLABLES = (
    "ka ve lo dra mi sen tor ba ri zu nel qua fi sto mar len gha du pe xo tal vin cor "
    "bel run sa mon te gra lu vi ne os tra el ar fen hal zor pli mo"
).split()
LATIN_ENDINGS = ("ia", "land", "stan", "ea", "or", "ana", "")
HANGUL_SYLLABLES = (
    "라 마 니 아 카 도 스 타 베 르 키 나 바 로 사 토 리 네 시 코 무 레 비 소 파 델 몬 탄 벨 오 "
    "우 에 티 노 하 지 보 케 루 자"
).split()
FIELDS = (
    ("Trade", "통상", "Comercio"), ("Energy", "에너지", "Energía"), ("Fisheries", "수산", "Pesca"),
    ("Culture", "문화", "Cultura"), ("Climate", "기후", "Clima"), ("Development", "개발", "Desarrollo"),
    ("Security", "안보", "Seguridad"), ("Health", "보건", "Salud"), ("Education", "교육", "Educación"),
    ("Agriculture", "농업", "Agricultura"), ("Finance", "금융", "Finanzas"), ("Transport", "교통", "Transporte"),
    ("Environment", "환경", "Medio Ambiente"), ("Science", "과학", "Ciencia"), ("Tourism", "관광", "Turismo"),
    ("Migration", "이주", "Migración"), ("Water", "수자원", "Agua"), ("Oceans", "해양", "Océanos"),
    ("Peace", "평화", "Paz"), ("Human Rights", "인권", "Derechos Humanos"), ("Investment", "투자", "Inversión"),
    ("Labour", "노동", "Trabajo"), ("Justice", "법무", "Justicia"), ("Defence", "국방", "Defensa"),
    ("Statistics", "통계", "Estadística"), ("Forestry", "산림", "Silvicultura"), ("Mining", "광업", "Minería"),
    ("Digital Government", "디지털정부", "Gobierno Digital"), ("Infrastructure", "인프라", "Infraestructura"),
)
BODIES = (
    ("Committee", "위원회", "Comité"), ("Council", "이사회", "Consejo"), ("Commission", "위원회", "Comisión"),
    ("Agency", "기구", "Agencia"), ("Fund", "기금", "Fondo"), ("Bank", "은행", "Banco"), ("Forum", "포럼", "Foro"),
    ("Office", "사무소", "Oficina"), ("Institute", "연구소", "Instituto"), ("Secretariat", "사무국", "Secretaría"),
)
TITLES = (
    ("Minister", "장관", "Ministro"), ("Vice Minister", "차관", "Viceministro"),
    ("Ambassador", "대사", "Embajador"), ("Director", "국장", "Director"), ("Secretary", "비서관", "Secretario"),
)
MEETINGS = (("Summit", "정상회의", "Cumbre"), ("Dialogue", "대화", "Diálogo"), ("Forum", "포럼", "Foro"))
SURNAMES = ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin")
GIVEN = ("Min", "Jong", "Kun", "Seo", "Jun", "Hyun", "Woo", "Ji", "Sung", "Young", "Ho", "Eun", "Jae", "Soo")
HANGUL_NAMES = "김이박최정강조윤장임한오서신민종건서준현우지성영호은재수"
PARTICLES = ("", "", "는", "은", "의", "에서", "에서는", "와", "를", "이", "과의", "에게")

FILLER = {
    "en": (
        "the of and to in a on for with that as by was is at from this will its their "
        "cooperation meeting government ministry both sides agreed discussed countries "
        "regional development support held between further strengthen relations during "
        "minister said which have been also expressed hope future partnership economic "
        "international community issues peace stability joint statement visit talks"
    ).split(),
    "es": (
        "el la de y en los las del a por con para que se su sus un una como fue es "
        "cooperación reunión gobierno ministerio ambas partes acordaron discutieron países "
        "desarrollo regional apoyo celebrada entre fortalecer relaciones durante ministro "
        "dijo también expresó esperanza futuro asociación económica comunidad paz"
    ).split(),
    "ko": (
        "양측은 협력을 강화하기로 했다 회의에서 논의했다 정부는 지역 개발 지원 관계 발전 "
        "평화 안정 공동성명 방문 회담 경제 국제사회 미래 동반자 관계를 위해 노력하기로 "
        "합의했다 참석했다 밝혔다 기대를 표명했다 이번 계기로 한층 더"
    ).split(),
}


@dataclass(frozen=True)
class BenchFiles:
    termbase: Path   # TBX v3
    corpus: Path     # UTF-8 text, paragraphs in en/ko/es separated by blank lines
    terms: Path      # every surface form the matcher searches for, one per line (for grep -F)


def _latin_word(rng: random.Random) -> str:
    stem = "".join(rng.choice(LATIN_SYLLABLES) for _ in range(rng.randint(2, 3)))
    return (stem + rng.choice(LATIN_ENDINGS)).capitalize()


def _hangul_word(rng: random.Random) -> str:
    return "".join(rng.choice(HANGUL_SYLLABLES) for _ in range(rng.randint(2, 4)))


def _places(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """Invented place names with an invented Korean rendering."""
    seen: dict[str, str] = {}
    while len(seen) < count:
        seen.setdefault(_latin_word(rng), _hangul_word(rng))
    return sorted(seen.items())


def _term(text: str, **facts) -> Term:
    facts.setdefault("status", "preferred")
    return Term(text, sources=["bench:generated"], **facts)


def _concept(rng: random.Random, number: int, places: list[tuple[str, str]]) -> Concept:
    """One invented concept; the kind is drawn like a ministry's mix of names."""
    (place, place_ko), (other, other_ko) = rng.sample(places, 2)
    field_en, field_ko, field_es = rng.choice(FIELDS)
    roll = rng.random()
    concept = Concept(f"c{number:06d}")
    if roll < 0.35:
        body_en, body_ko, body_es = rng.choice(BODIES)
        en = f"{place} {body_en} for {field_en}"
        concept.subject = "organization"
        concept.add_term("en", _term(en, term_type="fullForm"))
        concept.add_term("ko", _term(f"{place_ko} {field_ko}{body_ko}"))
        concept.add_term("es", _term(f"{body_es} de {field_es} de {place}"))
        if rng.random() < 0.5:
            acronym = "".join(word[0] for word in en.replace(" for ", " ").split()).upper() + place[1].upper()
            for lang in ("en", "es"):
                concept.add_term(lang, _term(acronym, term_type="acronym", status="admitted"))
    elif roll < 0.5:
        title_en, title_ko, title_es = rng.choice(TITLES)
        concept.subject = "title"
        concept.add_term("en", _term(f"{title_en} of {field_en} of {place}"))
        concept.add_term("ko", _term(f"{place_ko} {field_ko} {title_ko}"))
        concept.add_term("es", _term(f"{title_es} de {field_es} de {place}"))
    elif roll < 0.7:
        surname, given, second = rng.choice(SURNAMES), rng.choice(GIVEN), rng.choice(GIVEN).lower()
        name = f"{surname} {given} {second.capitalize()}"
        concept.subject = "person"
        concept.add_term("en", _term(name))
        concept.add_term("en", _term(f"{surname} {given}-{second}", term_type="variant", status="admitted"))
        concept.add_term("ko", _term("".join(rng.choice(HANGUL_NAMES) for _ in range(3))))
        concept.add_term("es", _term(name))
    elif roll < 0.85:
        meeting_en, meeting_ko, meeting_es = rng.choice(MEETINGS)
        concept.subject = "meeting"
        concept.add_term("en", _term(f"{place}-{other} {field_en} {meeting_en}"))
        concept.add_term("ko", _term(f"{place_ko}-{other_ko} {field_ko} {meeting_ko}"))
        concept.add_term("es", _term(f"{meeting_es} {place}-{other} de {field_es}"))
    elif roll < 0.95:
        concept.subject = "document"
        concept.add_term("en", _term(f"{place} Declaration on {field_en}"))
        concept.add_term("ko", _term(f"{field_ko}에 관한 {place_ko} 선언"))
        concept.add_term("es", _term(f"Declaración de {place} sobre {field_es}"))
    else:
        concept.subject = "country"
        concept.add_term("en", _term(f"Republic of {place}"))
        concept.add_term("ko", _term(f"{place_ko} 공화국"))
        concept.add_term("es", _term(f"República de {place}"))
    return concept


def generate_termbase(concepts: int = 50_000, seed: int = 8) -> TermBase:
    rng = random.Random(seed)
    places = _places(rng, max(200, concepts // 10))
    return TermBase([_concept(rng, number, places) for number in range(concepts)], title="termkit benchmark base")


def generate_corpus(termbase: TermBase, size: int = 20_000_000, seed: int = 8) -> str:
    """Paragraphs of filler words in one language with a known name every ~12 words."""
    rng = random.Random(seed)
    concepts = termbase.concepts
    paragraphs, total = [], 0
    while total < size:
        lang = rng.choices(("en", "ko", "es"), weights=(4, 3, 3))[0]
        words = []
        for _ in range(rng.randint(60, 160)):
            if rng.random() < 1 / 12:
                terms = rng.choice(concepts).terms.get(lang) or [Term("")]
                name = rng.choice(terms).text
                words.append(name + (rng.choice(PARTICLES) if lang == "ko" else rng.choice(("", "", ",", "'s"))))
            else:
                words.append(rng.choice(FILLER[lang]))
        paragraph = " ".join(words) + "."
        paragraphs.append(paragraph)
        total += len(paragraph.encode()) + 2
    return "\n\n".join(paragraphs) + "\n"


def bench_files(concepts: int = 50_000, corpus_mb: int = 20, seed: int = 8, folder: Path | None = None) -> BenchFiles:
    """The benchmark's files, generated on first use and reused afterwards."""
    from toolkit.formats.tbx import save_termbase
    from toolkit.index.matcher import Matcher

    folder = folder or BENCH_DIR / f"c{concepts}-mb{corpus_mb}-s{seed}"
    files = BenchFiles(folder / "termbase.tbx", folder / "corpus.txt", folder / "terms.txt")
    if all(path.exists() for path in (files.termbase, files.corpus, files.terms)):
        return files
    termbase = generate_termbase(concepts, seed)
    save_termbase(termbase, files.termbase)
    atomic.write_text(files.corpus, generate_corpus(termbase, corpus_mb * 1_000_000, seed))
    surfaces = Matcher.from_termbase(termbase).surface_forms()
    atomic.write_text(files.terms, "\n".join(surfaces) + "\n")
    return files


if __name__ == "__main__":
    print(bench_files())
