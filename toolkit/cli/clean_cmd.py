"""`termkit clean`: scraped releases in, boilerplate-free body text out."""

from __future__ import annotations

import json
from pathlib import Path

import click

from toolkit.errors import InputError


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False),
              help="Write one <name>.txt (or .json) per input into this folder instead of stdout.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: the body only; json: metadata and the line map too.")
@click.option("--chrome", "chrome_path", type=click.Path(dir_okay=False, exists=True),
              help="An extra chrome table (same columns as toolkit/data/chrome.tsv).")
def clean(files: tuple[str, ...], output_dir: str | None, output_format: str, chrome_path: str | None) -> None:
    """Print the body of each release without the site's menus, banners and footers.

    FILE may be a .txt or saved .html page, or a folder (its *.txt, *.html, *.htm).
    Bodies of several files are separated by one blank line (body lines are never blank).

    \b
    Examples:
      termkit clean sources/000_13cfcebedf33aafd.txt
      termkit clean sources/ --format json -o cleaned/
    """
    from toolkit.ingest import ingest_paths
    from toolkit.ingest.chrome import builtin_table, load_table
    from toolkit.ingest.records import clean_text, document_record

    chrome = builtin_table().extended(load_table(chrome_path)) if chrome_path else None
    documents = ingest_paths(files, chrome)
    for document in documents:
        if "warning" in document.metadata:
            click.echo(f"termkit: {document.path}: warning: {document.metadata['warning']}", err=True)
    if output_dir is not None:
        _write_all(documents, Path(output_dir), output_format)
    elif output_format == "json":
        records = [document_record(document) for document in documents]
        click.echo(json.dumps({"documents": records}, ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(clean_text(document) for document in documents), nl=False)


def _write_all(documents, folder: Path, output_format: str) -> None:
    """One file per input; refuses name clashes and overwriting an input before writing any."""
    from toolkit.files.atomic import write_text
    from toolkit.ingest.records import clean_text, document_record

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
    click.echo(f"termkit clean: {len(targets)} file(s) written to {folder}")
