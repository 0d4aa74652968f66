"""Pieces of the term matcher (toolkit.matcher) and look-up (toolkit.lookup): folding,
boundaries, inflection, plain-data records and the on-disk index cache."""
