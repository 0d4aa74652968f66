"""The model every step shares: the term base, a cleaned document, a mention, a candidate."""
