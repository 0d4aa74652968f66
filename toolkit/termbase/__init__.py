"""The curated term base as a whole: merging, reference data, integrity, review decisions."""
