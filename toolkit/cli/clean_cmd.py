"""`termkit clean`: scraped releases in, boilerplate-free body text out."""

from __future__ import annotations

import json
from pathlib import Path

import click



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
    from toolkit.ingest.records import clean_text, document_record, write_records

    chrome = builtin_table().extended(load_table(chrome_path)) if chrome_path else None
    documents = ingest_paths(files, chrome)
    for document in documents:
        if "warning" in document.metadata:
            click.echo(f"termkit: {document.path}: warning: {document.metadata['warning']}", err=True)
    if output_dir is not None:
        written = write_records(documents, Path(output_dir), output_format)
        click.echo(f"termkit clean: {len(written)} file(s) written to {Path(output_dir)}")
    elif output_format == "json":
        records = [document_record(document) for document in documents]
        click.echo(json.dumps({"documents": records}, ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(clean_text(document) for document in documents), nl=False)

