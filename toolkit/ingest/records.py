"""A Document as the plain text and the JSON record that `termkit clean` prints or writes."""

from __future__ import annotations

import json
from pathlib import Path

from toolkit.errors import InputError
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


def write_records(documents: list[Document], folder: Path, output_format: str) -> list[Path]:
    """One file per input (<name>.txt, or .json with the line map), written atomically; name
    clashes and overwriting an input are refused before anything is written."""
    from toolkit.files.atomic import write_text

    suffix = ".json" if output_format == "json" else ".txt"
    targets = [folder / (Path(document.path).stem + suffix) for document in documents]
    inputs = {Path(document.path).resolve() for document in documents}
    seen: dict[Path, str] = {}
    for document, target in zip(documents, targets):
        if target.resolve() in inputs:
            raise InputError(document.path, f"output {target} would overwrite an input file")
        if target in seen:
            raise InputError(document.path, f"output {target} clashes with the one for {seen[target]}")
        seen[target] = document.path
    for document, target in zip(documents, targets):
        if output_format == "json":
            write_text(target, json.dumps(document_record(document), ensure_ascii=False, indent=2) + "\n")
        else:
            write_text(target, clean_text(document))
    return targets
