"""`termkit lookup QUERY`: a name in English, Korean or Spanish, shown in all three."""

from __future__ import annotations

import os
import sys
import unicodedata

import click

from toolkit.cli.options import base_in_use, termbase_option

WIDTH = 80
INDENT = "      "


@click.command()
@click.argument("query")
@click.option("--lang", type=click.Choice(["en", "ko", "es"]), help="Only match terms in this language.")
@click.option("--format", "format_", type=click.Choice(["text", "brief", "json"]), default="text", show_default=True,
              help="text: the whole concept; brief: one line per concept (id, en | ko | es); json.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="At most N concepts.")
@termbase_option
def lookup(query: str, lang: str | None, format_: str, limit: int, termbase_path: str) -> None:
    """Find QUERY among the term base's names: exact, then prefix, then fuzzy.

    Case, Spanish accents, hyphens and Korean particles do not matter. Like grep, the exit
    status is 0 when something was found and 1 when nothing was.

    \b
    Examples:
      termkit lookup SICA
      termkit lookup 외교부는
      termkit lookup "sistema de integracion centroamericana"
      termkit lookup "Choi Jong-kun" --format json
      termkit lookup 중미 --format brief      # one line per concept
    """
    from toolkit.index.lookup import load_lookup_index
    from toolkit.index.lookup import lookup as find_hits

    hits = find_hits(load_lookup_index(*base_in_use(termbase_path)), query, lang=lang, limit=limit)
    if format_ == "json":
        import json

        click.echo(json.dumps([_hit_json(hit) for hit in hits], ensure_ascii=False, indent=2))
    elif format_ == "brief":
        for hit in hits:
            click.echo(_hit_brief(hit))
    else:
        color = None if _colour_allowed() else False
        click.echo("\n\n".join(_hit_text(hit) for hit in hits), color=color, nl=bool(hits))
    if not hits:
        click.echo(f"termkit: nothing matches {query!r}", err=True)
        sys.exit(1)


def _colour_allowed() -> bool:
    """NO_COLOR (no-color.org) and dumb terminals turn colour off; click drops it when piped."""
    return not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _hit_brief(hit) -> str:
    """`id  en | ko | es`: each language's preferred term, `-` where there is none."""
    concept = hit.concept
    names = [(concept.preferred(lang).text if concept.preferred(lang) else "-") for lang in ("en", "ko", "es")]
    return f"{concept.id}  {' | '.join(names)}"


def _hit_json(hit) -> dict:
    concept = hit.concept
    return {
        "id": concept.id,
        "subject": concept.subject,
        "scope": hit.scope,
        "score": hit.score,
        "match": {"how": hit.how, "term": hit.term, "lang": hit.lang},
        "definition": concept.definition,
        "notes": concept.notes,
        "sources": concept.sources,
        "terms": {
            lang: [_term_json(t) for t in _preferred_first(concept, lang)]
            for lang in concept.languages()
        },
    }


def _term_json(term) -> dict:
    data = {"text": term.text, "type": term.term_type, "status": term.status, "review": term.review,
            "sources": term.sources}
    if term.is_generic:
        data["generic"] = True  # any country's (a usage note): never one country's title
    return data


def _preferred_first(concept, lang: str) -> list:
    preferred = concept.preferred(lang)
    return sorted(concept.terms[lang], key=lambda term: term is not preferred)


def _hit_text(hit) -> str:
    concept = hit.concept
    header = click.style(concept.id, bold=True)
    if concept.subject:
        header += f"  [{concept.subject}{' of ' + hit.scope if hit.scope else ''}]"
    header += click.style(f"  {hit.how} {hit.score:g}: {hit.term} ({hit.lang})", dim=True)
    lines = [header, *_advice(concept, hit)]
    for lang in concept.languages():
        for position, term in enumerate(_preferred_first(concept, lang)):
            label = f"  {lang:<4}" if position == 0 else INDENT
            text = click.style(term.text, fg="green", bold=True) if position == 0 else term.text
            lines += _wrap(label, text + _term_facts(term), INDENT + "  ")
            lines += _wrap(INDENT + "  source: ", "; ".join(term.sources), INDENT + "    ") if term.sources else []
            lines += [line for note in term.notes for line in _wrap(INDENT + "  note: ", note, INDENT + "    ")]
    for label, value in (("definition", concept.definition), *(("note", note) for note in concept.notes)):
        if value:
            lines += _wrap(f"  {label}: ", value, "    ")
    if concept.sources:
        lines += _wrap("  sources: ", "; ".join(concept.sources), "    ")
    return "\n".join(lines)


def _advice(concept, hit) -> list[str]:
    """A warning when the query is a deprecated or superseded form, naming the one to use."""
    matched = next((t for t in concept.terms.get(hit.lang, []) if t.text == hit.term), None)
    preferred = concept.preferred(hit.lang)
    if matched is None or matched.status not in ("deprecated", "superseded") or preferred is None:
        return []
    return _wrap("  ", click.style(f"{hit.term} is {matched.status}: use {preferred.text}", fg="red"), "    ")


def _term_facts(term) -> str:
    facts = [fact for fact in (term.term_type, term.status) if fact]
    if term.is_generic:
        facts.append("generic: any country's")
    if term.is_candidate:
        facts.append("CANDIDATE, not reviewed")
    return f" ({', '.join(facts)})" if facts else ""


def _columns(text: str) -> int:
    """Terminal columns of `text`: Hangul and other wide characters take two, styles none."""
    plain = click.unstyle(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in plain)


def _wrap(prefix: str, text: str, indent: str) -> list[str]:
    """`prefix` + `text` wrapped to WIDTH columns, continuation lines starting with `indent`.

    Hand-written because textwrap counts code points, and a Korean syllable is two columns.
    """
    words = text.split()
    lines, line = [], prefix + words[0]
    for word in words[1:]:
        if _columns(f"{line} {word}") > WIDTH:
            lines.append(line)
            line = indent + word
        else:
            line = f"{line} {word}"
    lines.append(line)
    return lines
