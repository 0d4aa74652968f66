"""Aligning official names across English, Korean and Spanish releases.

    from toolkit.align import propose, apply_review
    result = propose(documents, termbase, pairs_path=Path("sources/pairs.tsv"))
    merged = apply_review(termbase, result.candidates, load_decisions(Path("glossary/review.json")))
"""

from toolkit.align.conflicts import Conflict
from toolkit.align.propose import AlignmentResult, propose
from toolkit.model.candidate import Candidate, Evidence, Pairing, TermRef
from toolkit.termbase.review import apply_review

__all__ = ["AlignmentResult", "Candidate", "Conflict", "Evidence", "Pairing", "TermRef", "apply_review", "propose"]
