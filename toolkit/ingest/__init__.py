"""Ingest: scraped releases (text or saved HTML; en/ko/es) to Documents without site chrome.

    from toolkit.ingest import ingest
    document = ingest("sources/000_13cfcebedf33aafd.txt")
    document.title, [line.raw_line for line in document.lines]
"""

from toolkit.ingest.pipeline import expand_paths, ingest, ingest_paths

__all__ = ["expand_paths", "ingest", "ingest_paths"]
