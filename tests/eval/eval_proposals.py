"""What `termkit build` proposes from the real releases, judged: share correct, share pairing
two or more languages, by subject.

    .venv/bin/python tests/eval/eval_proposals.py [--shared PATH] [--empty-base]

A temporary project is made as a user would: every page of ../shared/data/real-releases
copied into sources/ with its language as prefix (sources/en_001_x.txt), termkit.toml and
glossary/termbase.tbx copied from this repository (`--empty-base`: no term base; reference
data stays on, as the project file says). The build's proposal step runs on it and every
proposal is printed with its key (its terms, "lang:text", sorted), its subject and the
verdict of tests/eval/gold/proposals-judgements.tsv (key, verdict correct|wrong, reason,
subject), written by reading the pages. A correct proposal given another subject than the
judged one counts as wrong (a meeting filed as an organization). A proposal not in that
file is unjudged: listed, and never counted as correct. Exits 0 with a note when ../shared is absent.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PAGES = ("data", "real-releases")
LANGUAGES = ("en", "ko", "es")
JUDGEMENTS = ROOT / "tests" / "eval" / "gold" / "proposals-judgements.tsv"


@dataclass
class Proposal:
    key: str
    subject: str
    languages: tuple[str, ...]
    full_form_languages: tuple[str, ...]  # languages with a term that is not an acronym
    verdict: str  # correct, wrong or unjudged
    reason: str = ""


@dataclass
class Figures:
    proposals: list[Proposal] = field(default_factory=list)

    def count(self, subject: str | None = None) -> int:
        return len(self._of(subject))

    def share(self, test, subject: str | None = None) -> float:
        chosen = self._of(subject)
        return sum(1 for p in chosen if test(p)) / len(chosen) if chosen else 0.0

    def correct(self, subject: str | None = None) -> float:
        return self.share(lambda p: p.verdict == "correct", subject)

    def multilingual(self, subject: str | None = None) -> float:
        return self.share(lambda p: len(p.languages) >= 2, subject)

    def full_forms_multilingual(self, subject: str | None = None) -> float:
        return self.share(lambda p: len(p.full_form_languages) >= 2, subject)

    def unjudged(self) -> list[Proposal]:
        return [p for p in self.proposals if p.verdict == "unjudged"]

    def subjects(self) -> list[str]:
        return sorted(Counter(p.subject for p in self.proposals))

    def _of(self, subject):
        return [p for p in self.proposals if subject is None or p.subject == subject]


def proposal_key(terms) -> str:
    """"en:KOICA | en:Korea International Cooperation Agency | ko:한국국제협력단": the same on every build."""
    return " | ".join(sorted(f"{t.lang}:{t.text}" for t in terms))


def read_judgements(path: Path = JUDGEMENTS) -> dict[str, tuple[str, str, str]]:
    """key -> (verdict, reason, subject the proposal should have; empty: not judged)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return {row["key"]: (row["verdict"], row["reason"], row["subject"]) for row in rows}


def make_project(pages: Path, folder: Path, empty_base: bool = False) -> Path:
    """A project in `folder` holding every page of `pages`/{en,ko,es} as sources/LANG_NAME."""
    (folder / "sources").mkdir(parents=True)
    (folder / "glossary").mkdir()
    shutil.copy(ROOT / "termkit.toml", folder / "termkit.toml")
    if not empty_base:
        shutil.copy(ROOT / "glossary" / "termbase.tbx", folder / "glossary" / "termbase.tbx")
    for lang in LANGUAGES:
        for page in sorted((pages / lang).glob("*.txt")):
            shutil.copy(page, folder / "sources" / f"{lang}_{page.name}")
    return folder


def run(pages: Path, empty_base: bool = False):
    """The build's proposal step on a temporary project made from `pages`: its candidates."""
    from toolkit.build import proposals, read_base
    from toolkit.project import load_project

    with tempfile.TemporaryDirectory(prefix="termkit-proposals-") as temp:
        project = load_project(make_project(pages, Path(temp) / "project", empty_base))
        _, base = read_base(project, {})
        _, alignment = proposals(project, base, {})
    return alignment.candidates


def measure(candidates, judgements: dict[str, tuple[str, str, str]]) -> Figures:
    figures = Figures()
    for candidate in candidates:
        key = proposal_key(candidate.terms)
        verdict, reason, subject = judgements.get(key, ("unjudged", "", ""))
        if verdict == "correct" and subject and subject != candidate.subject:
            verdict, reason = "wrong", f"subject {candidate.subject}, not {subject}"
        languages = tuple(sorted({t.lang for t in candidate.terms}))
        full = tuple(sorted({t.lang for t in candidate.terms if t.term_type != "acronym"}))
        figures.proposals.append(Proposal(key, candidate.subject or "-", languages, full, verdict, reason))
    figures.proposals.sort(key=lambda p: (p.subject, p.key))
    return figures


def report(figures: Figures, title: str) -> str:
    lines = [f"{title}: {figures.count()} proposal(s)"]
    for p in figures.proposals:
        lines.append(f"  {p.verdict:9} {p.subject:12} {'+'.join(p.languages):8} {p.key}"
                     + (f"  [{p.reason}]" if p.verdict == "wrong" else ""))
    lines.append("")
    lines.append(f"  {'subject':12} {'n':>3} {'correct':>8} {'2+ langs':>9} {'2+ full':>8}")
    for subject in figures.subjects() + [None]:
        lines.append(f"  {subject or 'all':12} {figures.count(subject):3} {figures.correct(subject):8.2f} "
                     f"{figures.multilingual(subject):9.2f} {figures.full_forms_multilingual(subject):8.2f}")
    by_languages = Counter("+".join(p.languages) for p in figures.proposals)
    correct = Counter("+".join(p.languages) for p in figures.proposals if p.verdict == "correct")
    lines.append("  by languages: " + ", ".join(f"{langs} {correct[langs]}/{n}" for langs, n in sorted(by_languages.items())))
    unjudged = figures.unjudged()
    lines.append(f"  unjudged: {len(unjudged)} (counted as not correct)")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--empty-base", action="store_true", help="a project with no term base")
    options = parser.parse_args()
    pages = options.shared.joinpath(*PAGES)
    if not pages.is_dir():
        print(f"note: {pages} is absent; nothing to evaluate")
        return 0
    figures = measure(run(pages, options.empty_base), read_judgements())
    print(report(figures, "proposals, " + ("empty base" if options.empty_base else "shipped base")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
