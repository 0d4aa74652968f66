"""termkit: a trilingual (en/ko/es) terminology toolkit for a foreign ministry's press releases."""

__version__ = "0.1.0"
