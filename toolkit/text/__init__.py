"""Language knowledge used by several steps: Korean particles, romanization, language, folding, word edges, inflection."""
