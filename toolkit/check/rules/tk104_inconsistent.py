"""TK104 inconsistent-forms: one entity written in different forms within one document.

Inflected forms of one term are one form, and so are reorderings of its words ("MIKTA
chair" beside "chair of MIKTA"), another gender or number ("viceministra"), and a first
full mention followed by short ones ("외교부 제1차관", then "제1차관"); a full form and its
acronym or short form are not an inconsistency; deprecated terms are TK101's; generic words
("vicecanciller") name no one entity. Two mentions are joined only when they can be the
same entity: a title or office said to be of a country ("... of Panama", "멕시코 ...") is
grouped by that country, apart from the unqualified ones (the document's own officials).
The form the document should keep is the preferred term if it is used, else the most
frequent (the earliest on a tie); every occurrence of another form is reported.
"""

from __future__ import annotations

from collections import Counter

from toolkit.check.forms import one_designation
from toolkit.model.termbase import SCOPED_SUBJECTS

CODE = "TK104"
NAME = "inconsistent-forms"
DEFAULT_SEVERITY = "warning"
ENABLED_BY_DEFAULT = True
SUMMARY = "one concept written in different forms within a document"
NOT_FORMS = ("acronym", "abbreviation", "shortForm")


def check(ctx):
    groups: dict[tuple[str, str | None, str | None], list] = {}
    for located in ctx.matches:
        term = located.match.term
        if term.term_type in NOT_FORMS or term.status in ("deprecated", "superseded") or term.text.isupper():
            continue
        if term.is_generic or ctx.belongs_elsewhere(located):
            continue
        groups.setdefault((located.match.concept_id, located.lang, _owner(ctx, located)), []).append(located)
    for (concept_id, lang, _), uses in groups.items():
        forms = Counter(located.match.term.text for located in uses)
        if len(forms) < 2:
            continue
        kept = _kept_form(uses, forms)
        first_kept = next(located for located in uses if located.match.term.text == kept)
        preferred = ctx.preferred(concept_id, lang)
        for located in uses:
            match = located.match
            if match.term.text == kept or one_designation(match.term.text, kept):
                continue
            where = f"line {first_kept.segment.position(first_kept.match.start)[0]}"
            yield ctx.finding(CODE, located.segment, match.start, match.end,
                              f"'{match.text}' — this document also writes '{kept}' ({where}) for the same concept",
                              found=match.text, suggestion=preferred.text if preferred else kept, concept=concept_id)


def _owner(ctx, located) -> str | None:
    """The country a title or office is said to be of; other names have no owner."""
    concept = ctx.concepts.get(located.match.concept_id)
    return ctx.owner(located) if concept is not None and concept.subject in SCOPED_SUBJECTS else None


def _kept_form(uses, forms: Counter) -> str:
    preferred = [located.match.term.text for located in uses if located.match.term.status == "preferred"]
    if preferred:
        return preferred[0]
    order = {}
    for position, located in enumerate(uses):
        order.setdefault(located.match.term.text, position)
    return min(forms, key=lambda text: (-forms[text], order[text]))
