"""`termkit extract`: the official names in releases, with where they are and why."""

from __future__ import annotations

import json

import click


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="table: one mention a line, path:line:column first; json: every field.")
def extract(files: tuple[str, ...], output_format: str) -> None:
    """List the official names (organizations, acronyms, ministries, titles, people,
    countries, meetings, documents) in each release, in reading order.

    FILE may be a .txt or saved .html release, or a folder of them, or a translator's file
    (XLIFF, TMX, DOCX, HWPX). Lines and columns are 1-based and point into the file as given
    (for DOCX and HWPX, the line is the paragraph number).

    \b
    Examples:
      termkit extract sources/*
      termkit extract sources/000_13cfcebedf33aafd.txt --format json
    """
    from toolkit.extract import extract_paths

    results = extract_paths(files)
    if output_format == "json":
        records = [{"path": document.path, **mention.as_dict()} for document, mentions in results for mention in mentions]
        click.echo(json.dumps({"mentions": records}, ensure_ascii=False, indent=2))
        return
    for document, mentions in results:
        for mention in mentions:
            click.echo(table_row(document.path, mention, document.language))


def table_row(path: str, mention, document_language: str | None) -> str:
    """path:line:column  kind  text  [evidence], with what an acronym stands for."""
    where = f"{path}:{mention.line}:{mention.column}"
    text = mention.text if mention.language == document_language else f"{mention.text} ({mention.language})"
    if mention.kind == "acronym":
        text += f" = {mention.definition}" if mention.defined else " (not defined in the text)"
        if mention.expansion:
            text += f"; abbreviates {mention.expansion}"
    return f"{where}\t{mention.kind}\t{text}\t[{mention.evidence}]"
