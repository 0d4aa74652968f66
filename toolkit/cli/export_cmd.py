"""`termkit export`: one file in one format from the term base."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from toolkit.cli.options import base_in_use, echo_removed, progress_bar, termbase_option

FORMATS = ("po", "mo", "pot", "tbx", "tbx2", "tbx-memoq", "tbx-multiterm", "csv", "xlsx", "html", "omegat", "xbench")
PAIRED = ("po", "mo", "omegat", "xbench")  # one source and exactly one target language
BINARY = ("mo", "xlsx")


@click.command()
@click.argument("fmt", metavar="FORMAT", type=click.Choice(FORMATS))
@click.option("--lang", "languages", multiple=True, metavar="LANG",
              help="po/mo/omegat/xbench: the target language (exactly one). tbx*, csv, xlsx, html: "
                   "the languages to keep (repeatable; default all).")
@click.option("--source-lang", default="en", show_default=True, metavar="LANG",
              help="po/mo/pot/omegat/xbench: the source language (en, or ko for Korean originals).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (atomically). Default: standard output; mo and xlsx need -o. "
                   "csv: a name ending in .tsv writes TSV.")
@click.option("--bom/--no-bom", default=True, show_default=True,
              help="csv: start with a UTF-8 BOM so Excel reads Korean correctly.")
@click.option("--quiet", "-q", is_flag=True, help="No progress, even on a terminal.")
@termbase_option
def export(fmt: str, languages: tuple[str, ...], source_lang: str, output: Path | None,
           bom: bool, quiet: bool, termbase_path: str) -> None:
    """Export the term base as a gettext catalog, TBX, CSV/TSV/XLSX, an HTML page, or a CAT
    tool's glossary or checklist (see docs/formats.md).

    \b
    Examples:
      termkit export po --lang ko -o ko.po              # en -> ko catalog (msgctxt = concept id)
      termkit export po --source-lang ko --lang es      # ko -> es catalog on stdout
      termkit export mo --lang ko -o locales/ko/LC_MESSAGES/termkit.mo
      termkit export tbx --lang en --lang ko -o en-ko.tbx
      termkit export tbx2 -o glossary-v2.tbx            # TBX 2008 (martif) for older CAT tools
      termkit export csv -o glossary.csv                # Excel (UTF-8 with BOM)
      termkit export html -o glossary.html              # one self-contained searchable page
      termkit export xlsx -o glossary.xlsx              # Excel: frozen header, filters, statuses marked
      termkit export omegat --lang ko -o glossary.txt   # OmegaT project glossary (en -> ko)
      termkit export xbench --lang es -o termkit.xbckl  # Xbench checklist: deprecated + key terms
      termkit export tbx-memoq -o memoq.tbx             # TBX 2008 as memoQ imports it
      termkit export tbx-multiterm -o multiterm.tbx     # TBX 2008 for MultiTerm Convert
    """
    from toolkit.errors import InputError
    from toolkit.files import atomic
    from toolkit.formats.outputs import export_chunks
    from toolkit.index.snapshot import cached_termbase

    if fmt in PAIRED and len(languages) != 1:
        raise click.UsageError(f"export {fmt} needs exactly one --lang (the target language)")
    if fmt in BINARY and output is None:
        raise click.UsageError(f"export {fmt} writes a binary file: give -o PATH")
    delimiter = "\t" if output is not None and output.suffix.lower() == ".tsv" else ","
    # A bar on a terminal that also shows the exported text would be drawn into it.
    with progress_bar("termkit export", quiet or (output is None and sys.stdout.isatty())) as progress:
        progress(0, 2, "reading the term base")
        path, with_reference = base_in_use(termbase_path)
        base = cached_termbase(path, with_reference=with_reference)
        progress(1, 2, f"writing {fmt}")
        try:
            chunks = export_chunks(base, fmt, list(languages), source_lang, delimiter, bom)
        except InputError as err:  # what the base lacks, said of the base
            raise InputError(err.path or path, err.message, err.line) from err
        if output is None:
            for chunk in chunks:
                click.echo(chunk, nl=False)
        else:
            atomic.write_chunks(output, chunks)
    if output is not None:
        click.echo(f"wrote {output} ({output.stat().st_size} bytes)", err=True)
        echo_removed(atomic.remove_stale_temporaries(output))
