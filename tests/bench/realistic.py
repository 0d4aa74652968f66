"""A realistic benchmark beside the synthetic one (issue #23): real en/ko/es news and release
text against a 50,000-concept base whose names are shaped like a ministry's.

Corpus: the NTREX-128 news sentences (en, ko, es), the Korean-English news corpus (Park et
al.) and the real-releases pages, all from ../shared/data, concatenated in a fixed order and
repeated until the size asked for (about 2.6 MB of distinct text: a 20 MB corpus repeats it
about eight times, which a per-line checker does not notice).

Base: this repository's curated glossary with the reference country names, plus names built
from the reference country names in the three languages the way the ministry writes them:
embassies (Embassy of A in B / 주B A 대사관 / Embajada de A en B), foreign ministries,
ambassadors, joint committees and bilateral meetings of two countries, until 50,000
concepts. Every name is a real country's in CLDR's spelling; none is invented.

    from realistic import realistic_files
    files = realistic_files()      # BenchFiles(termbase, corpus, terms), cached in .cache/
"""

from __future__ import annotations

import itertools
import shutil
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import BENCH_DIR, ROOT, BenchFiles  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"

# (English, Korean, Spanish) patterns of names of two countries A and B.
PAIR_PATTERNS = (
    ("Embassy of {A_en} in {B_en}", "주{B_ko} {A_ko} 대사관", "Embajada de {A_es} en {B_es}"),
    ("Ambassador of {A_en} to {B_en}", "주{B_ko} {A_ko} 대사", "Embajador de {A_es} en {B_es}"),
    ("{A_en}-{B_en} Joint Committee", "{A_ko}-{B_ko} 공동위원회", "Comisión Mixta {A_es}-{B_es}"),
    ("{A_en}-{B_en} Foreign Ministers' Meeting", "{A_ko}-{B_ko} 외교장관회담", "Reunión de Cancilleres {A_es}-{B_es}"),
)
ONE_PATTERNS = (
    ("Ministry of Foreign Affairs of {A_en}", "{A_ko} 외교부", "Ministerio de Relaciones Exteriores de {A_es}"),
    ("Foreign Minister of {A_en}", "{A_ko} 외교장관", "Canciller de {A_es}"),
)


# The sentence corpora have no document boundaries: their lines are cut into documents of this
# many sentences (about a release's length) for the archive.
SENTENCES_PER_DOCUMENT = 20


def corpus_text() -> str:
    """The distinct real text, in a fixed order."""
    return "\n".join(text for _, text in corpus_documents())


def corpus_documents() -> list[tuple[str, str]]:
    """(name, text) of the distinct real documents, in a fixed order: the sentence corpora in
    runs of SENTENCES_PER_DOCUMENT lines, then every real-releases page as stored."""
    sources = []
    for name in ("newstest2019-src.eng.txt", "newstest2019-ref.kor.txt", "newstest2019-ref.spa.txt"):
        sources.append((f"ntrex-{name.split('.')[1]}", (SHARED / "ntrex" / "NTREX-128" / name).read_text(encoding="utf-8")))
    for archive in sorted((SHARED / "korean-parallel-corpora" / "korean-english-news-v1").glob("*.tar.gz")):
        with tarfile.open(archive) as tar:
            for member in sorted(tar.getmembers(), key=lambda m: m.name):
                text = tar.extractfile(member).read().decode("utf-8", errors="replace")
                sources.append((member.name.replace(".", "-"), text))
    documents = []
    for name, text in sources:
        lines = text.splitlines()
        for number, start in enumerate(range(0, len(lines), SENTENCES_PER_DOCUMENT)):
            documents.append((f"{name}-{number:04d}", "\n".join(lines[start:start + SENTENCES_PER_DOCUMENT]) + "\n"))
    for page in sorted((SHARED / "real-releases").glob("*/*.txt")):
        documents.append((f"{page.parent.name}-{page.stem}", page.read_text(encoding="utf-8")))
    return documents


def realistic_base(concepts: int):
    """The shipped glossary with reference countries, then two-country names up to `concepts`."""
    from toolkit.model.termbase import Concept, Term
    from toolkit.project import load_project
    from toolkit.termbase.reference import read_for_use

    base = read_for_use(load_project(ROOT).termbase, with_reference=True)
    countries = []
    for concept in base.concepts:
        if concept.subject == "country" and all(concept.preferred(lang) for lang in ("en", "ko", "es")):
            countries.append({f"{lang}": concept.preferred(lang).text for lang in ("en", "ko", "es")})
    names = ({f"A_{k}": v for k, v in a.items()} | {f"B_{k}": v for k, v in b.items()}
             for a, b in itertools.permutations(countries, 2))
    number = 0
    for values in itertools.chain(({f"A_{k}": v for k, v in a.items()} for a in countries), names):
        patterns = ONE_PATTERNS if "B_en" not in values else PAIR_PATTERNS
        for pattern in patterns:
            if len(base.concepts) >= concepts:
                return base
            number += 1
            concept = Concept(f"bench-{number:06d}", subject="organization")
            for lang, template in zip(("en", "ko", "es"), pattern):
                concept.add_term(lang, Term(template.format(**values), status="preferred", sources=["bench"]))
            base.concepts.append(concept)
    return base


def realistic_files(concepts: int = 50_000, corpus_mb: int = 20) -> BenchFiles:
    """The realistic benchmark's files, made on first use and reused afterwards."""
    from toolkit.files import atomic
    from toolkit.formats.tbx import save_termbase
    from toolkit.index.matcher import Matcher

    folder = BENCH_DIR / f"realistic-c{concepts}-mb{corpus_mb}"
    files = BenchFiles(folder / "termbase.tbx", folder / "corpus.txt", folder / "terms.txt")
    if all(path.exists() for path in (files.termbase, files.corpus, files.terms)):
        return files
    if not SHARED.exists():
        sys.exit("the realistic benchmark needs ../shared/data beside the repository")
    base = realistic_base(concepts)
    save_termbase(base, files.termbase)
    text = corpus_text()
    repeats = -(-corpus_mb * 1_000_000 // len(text.encode("utf-8")))
    atomic.write_text(files.corpus, "\n".join([text] * repeats))
    atomic.write_text(files.terms, "\n".join(Matcher.from_termbase(base).surface_forms()) + "\n")
    return files


def realistic_archive(corpus_mb: int = 20) -> Path:
    """The same real text as an archive, as a translator's folder of releases is: one file per
    document, the distinct documents repeated (copy number first in the name) until the size
    asked for. Made on first use and reused afterwards."""
    folder = BENCH_DIR / f"realistic-archive-mb{corpus_mb}"
    if folder.exists():
        return folder
    if not SHARED.exists():
        sys.exit("the realistic benchmark needs ../shared/data beside the repository")
    documents = corpus_documents()
    size = sum(len(text.encode("utf-8")) for _, text in documents)
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    for copy in range(-(-corpus_mb * 1_000_000 // size)):
        for name, text in documents:
            (partial / f"{copy:02d}-{name}.txt").write_text(text, encoding="utf-8")
    partial.rename(folder)
    return folder


def checked_share(paths: list[Path]) -> float:
    """The share of the files' non-blank characters that the cleaner keeps as body, i.e. that
    check reads: a benchmark whose corpus the cleaner cut short would time the wrong thing."""
    from toolkit.ingest import ingest

    kept = total = 0
    for path in paths:
        total += sum(len(line.strip()) for line in path.read_text(encoding="utf-8").splitlines())
        kept += sum(len(line.text.strip()) for line in ingest(path).lines)
    return kept / total


if __name__ == "__main__":
    if sys.argv[1:2] == ["--checked-share"]:
        given = [Path(arg) for arg in sys.argv[2:]]
        print(f"{checked_share([p for g in given for p in (sorted(g.glob('*.txt')) if g.is_dir() else [g])]):.4f}")
    else:
        print(realistic_files())
