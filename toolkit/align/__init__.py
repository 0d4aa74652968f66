"""Aligning official names across English, Korean and Spanish releases.

    from toolkit.align import propose
    result = propose(documents, termbase, pairs_path=Path("sources/pairs.tsv"))

What a person decides about `result.candidates` is applied by toolkit.termbase.review.
"""

from toolkit.align.conflicts import Conflict
from toolkit.align.propose import AlignmentResult, propose

__all__ = ["AlignmentResult", "Conflict", "propose"]
