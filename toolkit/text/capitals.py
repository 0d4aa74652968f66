"""Words written in capitals: a phrase (a headline, a dateline, a credit) rather than acronyms.

Three such words in a row, a comma or an abbreviation's period between them allowed
("REPUBLIC OF KOREA", "CARICOM SECRETARIAT, GREATER GEORGETOWN, GUYANA", "GOVT. PRESS
SECRETARIAT"), are a phrase set in capitals; an acronym among them cannot be told from its words.
A headline in title case capitalises every longer word, so there a capital says nothing either.
"""

from __future__ import annotations

import re

CAPITALISED_RUN = re.compile(r"(?<![\w.])[A-Z]{2,}\.?(?:[,;]? [A-Z]{2,}\.?){2,}(?![\w])")
LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def capitalises_every_long_word(text: str, minimum: int) -> bool:
    """`minimum` words of four letters or more at least, each capitalised: a headline in title
    case ("Special Representative for Korean Peninsula Peace and Security Affairs to Visit Russia")."""
    found = LONG_WORD.findall(text)
    return len(found) >= minimum and all(word[0].isupper() for word in found)
