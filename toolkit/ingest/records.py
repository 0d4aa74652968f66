"""A Document as the plain text and the JSON record that `termkit clean` prints."""

from __future__ import annotations

from toolkit.model.document import Document


def clean_text(document: Document) -> str:
    """The body, one line per body line, newline-terminated ("" for an empty body)."""
    return "".join(f"{line.text}\n" for line in document.lines)


def document_record(document: Document) -> dict:
    """Metadata and the line map: every body line with its raw line and column (1-based)."""
    return {
        "path": document.path,
        "layout": document.layout,
        "language": document.language,
        "title": document.title,
        "category": document.category,
        "date": document.date,
        "encoding": document.encoding,
        "content_hash": document.content_hash,
        "metadata": dict(sorted(document.metadata.items())),
        "lines": [
            {
                "text": line.text,
                "kind": line.kind,
                "marker": line.marker,
                "language": line.language,
                "raw_line": line.raw_line,
                "raw_column": line.raw_column,
            }
            for line in document.lines
        ],
    }
