"""Indexes over a term base for fast use: the matcher, look-up, their on-disk caches."""
