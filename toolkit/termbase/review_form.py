"""The text form `termkit review edit` opens: a candidate a person can correct in any editor.

One term per line, `LANG: TEXT`, optionally followed by `[termType]` and `(status)` (one of
the TBX statuses; any other bracket stays part of the text, as in "Forum (FEALAC)"), plus a
`subject: KIND` line; `#` lines are comments. Parsing names the line of every mistake, so a
bad edit is refused with a message instead of being recorded half-understood.
"""

from __future__ import annotations

import re

from toolkit.errors import InputError
from toolkit.model.candidate import Candidate, TermRef
from toolkit.model.termbase import STATUSES, SUBJECTS, TERM_TYPES

_TERM_LINE = re.compile(
    r"^(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]+)?)\s*:\s*(?P<text>.*?)\s*"
    r"(?:\[(?P<type>\w+)\])?\s*(?:\((?P<status>preferred|admitted|deprecated|superseded)\))?\s*$"
)


def edit_form(candidate: Candidate) -> str:
    """The readable form of a candidate, its evidence as comments."""
    lines = [
        "# termkit review: correct this proposal, save and close to accept it as edited.",
        '# One term per line as "LANG: TEXT", then " [acronym]" after an acronym and',
        f'# " (STATUS)" to set its status ({", ".join(STATUSES)}); "subject: KIND".',
        "# Lines starting with # are ignored. Close without saving to change nothing.",
        "# Evidence:",
    ]
    lines += [f"#   {e.source()}  {e.method}  {e.context}" for e in candidate.evidence()]
    lines += [f"id: {candidate.id}", f"subject: {candidate.subject or ''}"]
    for term in candidate.terms:
        kind = "" if term.term_type == "fullForm" else f" [{term.term_type}]"
        status = f" ({term.status})" if term.status else ""
        lines.append(f"{term.lang}: {term.text}{kind}{status}")
    return "\n".join(lines) + "\n"


def parse_edit_form(text: str, candidate_id: str) -> tuple[str | None, list[TermRef]]:
    """(subject, terms) from an edited form; a malformed line is an InputError naming it."""
    where = f"<edit {candidate_id}>"
    subject, terms = None, []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "id":
            if value != candidate_id:
                raise InputError(where, f"id changed to {value!r}; edit one candidate at a time", number)
        elif key == "subject":
            if value and value not in SUBJECTS:
                raise InputError(where, f"subject must be one of {', '.join(SUBJECTS)}", number)
            subject = value or None
        else:
            terms.append(_term(line, where, number))
    if not terms:
        raise InputError(where, "no terms left; use `termkit review reject` to refuse a candidate")
    return subject, terms


def _term(line: str, where: str, number: int) -> TermRef:
    match = _TERM_LINE.match(line)
    if not match or not match["text"]:
        raise InputError(where, f'expected "LANG: TEXT", got {line!r}', number)
    term_type = match["type"] or "fullForm"
    if term_type not in TERM_TYPES:
        raise InputError(where, f"term type must be one of {', '.join(TERM_TYPES)}", number)
    return TermRef(match["lang"], match["text"], term_type, match["status"])
