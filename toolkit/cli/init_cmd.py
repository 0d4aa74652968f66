"""`termkit init`."""

from __future__ import annotations

import click


@click.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False))
def init(folder: str) -> None:
    """Make FOLDER (default: here) an empty termkit project.

    Writes termkit.toml, the project's settings with their defaults, and creates sources/ and
    glossary/. Every other command then finds the project from any folder inside it.

    \b
    Example:
      termkit init ministry-glossary
    """
    from toolkit.project import init_project

    project = init_project(folder)
    click.echo(f"termkit: made a project in {project.root}; put releases in "
               f"{project.sources.relative_to(project.root)}/ and run `termkit build`")
