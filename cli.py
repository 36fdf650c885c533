"""The `cmo` command line: parse, call one engine function, print.

Engine modules are imported inside each command so that `cmo --help` stays instant.
Errors are `cmo.errors.CmoError`s raised where the problem is found; click prints them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

DEBUG_FLAG = "--debug"


def emit_json(data) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def open_review(ctx: click.Context):
    from cmo.review import open_review as _open

    review = _open(ctx.obj.get("review"))
    ctx.call_on_close(review.close)
    return review


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--review", "review_dir", envvar="CMO_REVIEW", type=click.Path(file_okay=False),
              help="The review folder (default: the nearest folder upwards with a review.yaml).")
@click.option(DEBUG_FLAG, is_flag=True, help="Show a traceback for unexpected errors.")
@click.version_option(package_name="cmo")
@click.pass_context
def cli(ctx: click.Context, review_dir: str | None, debug: bool) -> None:
    """cmo: a rapid realist review engine.

    Sources in, context-mechanism-outcome configurations out: ingest search exports, code CMO
    statements, merge them into configurations by domain, consult your expert reference group
    with HTML packs, and report to the RAMESES standards, keeping every thread back to the evidence.

    Example:

        cmo demo && cd cmo-demo && cmo configs list
    """
    ctx.ensure_object(dict)
    ctx.obj["review"] = review_dir


# --- a review on disk -------------------------------------------------------------------------


@cli.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False))
@click.option("--domains", "domains_file", type=click.Path(exists=True, dir_okay=False),
              help="YAML file with a 'domains:' list of {slug, name, description} (and optional 'groups:').")
def init(folder: str, domains_file: str | None) -> None:
    """Start a review in FOLDER: review.yaml (yours to edit) and review.db.

    Without --domains the review starts from the default domain set, modelled on the
    telemental-health rapid realist review.

    Example:

        cmo init my-review --domains my-domains.yaml
    """
    from cmo.review import init_review

    review = init_review(Path(folder), Path(domains_file) if domains_file else None)
    click.echo(f"Started a review in {review.folder} with {len(review.domains)} domains: "
               f"{', '.join(d['slug'] for d in review.domains)}.")
    review.close()


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["auto", "bibtex", "ris", "medline"]), default="auto",
              show_default=True, help="File format; auto sniffs it from the content.")
@click.option("--origin", type=click.Choice(["database search", "citation tracking", "expert suggestion",
                                              "call for evidence", "website"]),
              default="database search", show_default=True, help="How these records were found (for the document flow).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def ingest(ctx: click.Context, files: tuple[str, ...], fmt: str, origin: str, as_json: bool) -> None:
    """Read BibTeX, RIS or PubMed/MEDLINE exports into the review, linking duplicates.

    Duplicates across files, databases and repeated ingests are linked into one source that
    keeps every original record. Starts a review here if there is none. Exit code 1 means
    some entries could not be read: each is reported with its file and line.

    Example:

        cmo ingest medline.nbib scopus.ris zotero.bib --json
    """
    from cmo.ingest import ingest as run_ingest
    from cmo.review import find_folder, init_review

    if find_folder(ctx.obj.get("review")) is None:
        folder = Path(ctx.obj.get("review") or ".")
        init_review(folder).close()
        click.echo(f"No review found: started one in {folder.resolve()}.", err=True)
    review = open_review(ctx)
    paths = [Path(f) for f in files]
    if sys.stderr.isatty() and not as_json:
        with click.progressbar(length=None, label="Ingesting", file=sys.stderr) as bar:
            summary = run_ingest(review, paths, fmt, origin, progress=bar.update)
    else:
        summary = run_ingest(review, paths, fmt, origin)
    if as_json:
        emit_json(summary.as_dict())
    else:
        for warning in summary.warnings:
            click.echo(f"warning: {warning}", err=True)
        for problem in summary.problems:
            click.echo(f"{problem.file}:{problem.line}: {problem.message}", err=True)
        click.echo(f"Read {summary.read} records: {summary.added} new sources, {summary.merged} linked to "
                   f"sources already there as duplicates, {summary.unchanged} already in the review.")
    ctx.exit(1 if summary.problems else 0)


# --- sources ----------------------------------------------------------------------------------


@cli.group()
def sources() -> None:
    """List and inspect the review's sources (de-duplicated works)."""


@sources.command("list")
@click.option("--status", type=click.Choice(["unscreened", "included", "excluded"]), help="Only sources with this status.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, in key order.")
@click.pass_context
def sources_list(ctx: click.Context, status: str | None, as_json: bool) -> None:
    """List the sources: key, year, first author, title, and how many records were linked.

    Example:

        cmo sources list --json
    """
    from cmo.sources import source_summary

    found = [s for s in open_review(ctx).store.sources() if status is None or s.status == status]
    if as_json:
        emit_json([source_summary(s) for s in found])
        return
    for s in found:
        first = s.authors[0].split(",")[0] if s.authors else "-"
        grey = " [grey]" if s.grey else ""
        click.echo(f"{s.key}\t{s.year or '-'}\t{first}\t{s.title[:70]}{grey}\t({len(s.records)} record{'s' if len(s.records) != 1 else ''}, {s.status})")
    click.echo(f"{len(found)} sources.", err=True)


@sources.command("show")
@click.argument("key")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def sources_show(ctx: click.Context, key: str, as_json: bool) -> None:
    """Show one source with every original record linked into it.

    Example:

        cmo sources show schlief2022telemental
    """
    from cmo.sources import get_source, source_detail

    review = open_review(ctx)
    detail = source_detail(review, get_source(review, key))
    if as_json:
        emit_json(detail)
        return
    for name in ("key", "type", "title", "year", "container", "doi", "pmid", "url", "status", "origin"):
        if detail.get(name) not in (None, ""):
            click.echo(f"{name:10s} {detail[name]}")
    click.echo(f"{'authors':10s} {'; '.join(detail['authors'])}")
    click.echo(f"{'grey':10s} {'yes' if detail['grey'] else 'no'}")
    click.echo("records:")
    for record in detail["records"]:
        click.echo(f"  {record['file']}:{record['line']}  {record['format']}  key {record['key']}")


def main() -> None:
    """Console entry point: tracebacks only with --debug; otherwise one sentence and exit 2."""
    try:
        cli(obj={})
    except Exception as error:  # an unexpected failure: say so plainly, keep the traceback for --debug
        if DEBUG_FLAG in sys.argv:
            raise
        click.echo(f"Error: unexpected failure: {error} (run with --debug for details).", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
