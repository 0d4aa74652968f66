"""Words written in capitals: a phrase (a headline, a dateline, a credit) rather than acronyms.

Three such words in a row, a comma or an abbreviation's period between them allowed
("REPUBLIC OF KOREA", "CARICOM SECRETARIAT, GREATER GEORGETOWN, GUYANA", "GOVT. PRESS
SECRETARIAT"), are a phrase set in capitals; an acronym among them cannot be told from its words.
"""

from __future__ import annotations

import re

CAPITALISED_RUN = re.compile(r"(?<![\w.])[A-Z]{2,}\.?(?:[,;]? [A-Z]{2,}\.?){2,}(?![\w])")
