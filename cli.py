"""The `cmo` command line: parse, call one engine function, print.

Engine modules are imported inside each command so that `cmo --help` stays instant.
Errors are `cmo.errors.CmoError`s raised where the problem is found; click prints them.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import click


def _interrupted_starting(signum, frame) -> None:
    """Ctrl-C while the command is still loading, before `main` takes Ctrl-C over: nothing has been read or written, so
    it is said as any Ctrl-C that changed nothing is, not as a traceback of the import that was running (trial CE: a
    novice's Ctrl-C in the first second printed thirty lines of click's gettext)."""
    sys.stderr.write("Interrupted: nothing was changed; the review is as it was.\n")
    os._exit(2)


if Path(sys.argv[0]).stem == "cmo" and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
    signal.signal(signal.SIGINT, _interrupted_starting)  # only in the cmo command's own process, never one importing cli

os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")  # looking for plugins reads every installed package's metadata


def _no_plugin_loader() -> None:
    """With plugins disabled, pydantic's plugin loader can only answer "none"; importing it still imports
    importlib.metadata (email, zipfile, csv…), 20–30 ms of every command's 0.25 s. A stand-in gives that
    answer; anything else asked of it loads the real loader, so a newer pydantic still gets what it needs."""
    name = "pydantic.plugin._loader"
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") != "__all__" or "pydantic" in sys.modules:
        return
    import importlib
    import types

    def the_real_one(attribute: str):
        if attribute.startswith("__"):  # what the import system asks of any module (`__path__`…)
            raise AttributeError(attribute)
        sys.modules.pop(name, None)
        return getattr(importlib.import_module(name), attribute)

    stand_in = types.ModuleType(name)
    stand_in.get_plugins = lambda: ()
    stand_in.__getattr__ = the_real_one
    sys.modules[name] = stand_in


_no_plugin_loader()

DEBUG_FLAG = "--debug"
SHOWN_PROBLEMS = 50
"""A file with thousands of problems shows this many on the terminal; the rest go to a file in the review."""


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """ "1 source", "3 sources": the one rule in cmo.views, imported when first needed."""
    from cmo.views import counted as words

    return words(number, noun, plural)


def wrote(path) -> None:
    """Say where a file went; not when it went to a device such as /dev/stdout, where the line
    would land in the output itself."""
    if Path(path).is_file():
        click.echo(f"Wrote {path}")


def left_empty(retired: list[str]) -> str:
    from cmo.views import left_empty as said

    return said(retired)


class OutputFile(click.Path):
    """A file to write: an existing folder, or a name ending in a slash (a folder to be), is refused."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False)

    def convert(self, value, param, ctx):
        if isinstance(value, str) and value.endswith(("/", "\\")):
            self.fail(f"{value} names a folder; give a file name, such as {value.rstrip('/')}/out.html.", param, ctx)
        return super().convert(value, param, ctx)


OUTPUT_FILE = OutputFile()
SCREENING_WORDS = ("unscreened", "maybe", "included", "excluded")  # `models.Screening` (tests/test_cli_lists.py)


def one_line(text: str, width: int = 40) -> str:
    """A cell of a listing: a sheet's line breaks folded, so each row stays one line; a longer text cut between words,
    and marked as cut ('…'), never silently within a word ("Young peo")."""
    folded = " ".join(text.split())
    if len(folded) <= width:
        return folded
    kept = folded[: width - 1]
    return (kept.rsplit(" ", 1)[0] if " " in kept else kept).rstrip(" ,;:") + "…"


def emit_json(data) -> None:
    """A view (or a list of views) as JSON: the fields scripts rely on, named by `cmo.views`."""
    if isinstance(data, list):
        data = [item.model_dump() if hasattr(item, "model_dump") else item for item in data]
    elif hasattr(data, "model_dump"):
        data = data.model_dump()
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


class ProgressBar:
    """A click progress bar on stderr, only when stderr is a terminal (never inside piped JSON);
    it opens once the engine knows how much there is to do."""

    def __init__(self, label: str, at_least: int = 0):
        self.label, self.bar, self.done, self.at_least = label, None, 0, at_least

    def __enter__(self):
        return self if sys.stderr.isatty() else None

    def __exit__(self, *exc) -> None:
        self.close()

    def __call__(self, done: int, total: int) -> None:
        if total < self.at_least:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr, show_pos=True)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def open_review(ctx: click.Context, *, domains: str = "warn"):
    """The review, closed when the command ends; a domain slug in use that review.yaml lost is a warning
    on stderr (`domains="refuse"`: an error that changes nothing; `"skip"`: for `cmo domains` itself)."""
    from cmo.commands.domains import check_domains
    from cmo.commands.review import misspelt_names, reviewer_name
    from cmo.commands.review import open_review as _open

    review = _open(ctx.obj.get("review"))
    ctx.call_on_close(review.close)
    review.store.reviewer = reviewer_name(ctx.obj.get("by"))
    for warning in misspelt_names(review):
        warn(warning)
    if domains != "skip":
        for warning in check_domains(review, refuse=domains == "refuse"):
            warn(warning)
    return review


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--review",
    "review_dir",
    envvar="CMO_REVIEW",
    type=click.Path(file_okay=False),
    help="The review folder (default: the nearest folder upwards with a review.yaml).",
)
@click.option(
    "--by",
    "reviewer",
    envvar="CMO_REVIEWER",
    metavar="NAME",
    help="Who is deciding: recorded with each decision, in the history and the report (default: your login name).",
)
@click.option(DEBUG_FLAG, is_flag=True, help="Show a traceback for unexpected errors.")
@click.version_option(package_name="cmo")
@click.pass_context
def cli(ctx: click.Context, review_dir: str | None, reviewer: str | None, debug: bool) -> None:
    """cmo: a rapid realist review engine.

    Sources in, context-mechanism-outcome configurations out: ingest search exports, code CMO
    statements, merge them into configurations by domain, consult your expert reference group
    with HTML packs, and report to the RAMESES standards, keeping every thread back to the evidence.

    Example:

        cmo demo && cd cmo-demo && cmo configs list
    """
    ctx.ensure_object(dict)
    ctx.obj["review"] = review_dir
    ctx.obj["by"] = reviewer
    # typed, not CMO_REVIEWER's: `cmo serve` says a typed --by is not used, never the environment's (retrial R4)
    ctx.obj["by_typed"] = ctx.get_parameter_source("reviewer") == click.core.ParameterSource.COMMANDLINE
    from cmo.commands.review import tell_when_waiting

    tell_when_waiting(lambda message: click.echo(message, err=True))


# --- a review on disk -------------------------------------------------------------------------


@cli.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False))
@click.option(
    "--domains",
    "domains_file",
    type=click.Path(exists=True, dir_okay=False),
    help="YAML file with a 'domains:' list of {slug, name, description} (and optional 'groups:').",
)
def init(folder: str, domains_file: str | None) -> None:
    """Start a review in FOLDER: review.yaml (yours to edit) and review.db.

    Without --domains the review starts from the default domain set, modelled on the
    telemental-health rapid realist review.

    Example:

        cmo init my-review --domains my-domains.yaml
    """
    from cmo.commands.review import init as run_init

    started = run_init(Path(folder), Path(domains_file) if domains_file else None)
    click.echo(
        f"Started a review in {started.folder} with {counted(len(started.domains), 'domain')}: {', '.join(started.domains)}."
    )
    if not started.title:
        click.echo(
            f"Write the review's title and question in {Path(started.folder) / 'review.yaml'}: packs and the report show them."
        )
    if domains_file is None:
        click.echo(
            "These domains and stakeholder groups are the example review's (telemental health): replace them in "
            "review.yaml with your review's own before 'cmo refine' places configurations in them, or start with "
            "'cmo init --domains FILE'."
        )
    elif not started.groups:
        click.echo(
            f"No stakeholder groups yet: add your reference group's under 'groups:' in {Path(started.folder) / 'review.yaml'} "
            "(slug, name), so packs can ask who each respondent answers for."
        )


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(
        ["auto", "bibtex", "ris", "medline", "wos", "ovid", "endnote", "endnote_xml", "pubmed_xml", "refworks", "csl"]
        + ["zotero_rdf", "cochrane", "table"]
    ),
    default="auto",
    show_default=True,
    help="File format; auto sniffs it from the content.",
)
@click.option(
    "--origin",
    type=click.Choice(["database search", "citation tracking", "expert suggestion", "call for evidence", "website"]),
    default=None,
    help="How these records were found (for the document flow)  [default: database search].",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def ingest(ctx: click.Context, files: tuple[str, ...], fmt: str, origin: str | None, as_json: bool) -> None:
    """Read BibTeX, RIS, PubMed/MEDLINE, Web of Science or CSV exports into the review, linking duplicates.

    Duplicates across files, databases and repeated ingests are linked into one source that
    keeps every original record. Starts a review here if there is none (and none sits inside or
    beside this folder). Exit code 1 means some entries could not be read, or were read with
    something to check (a file not in UTF-8, a record cut short): each is reported with its file
    and line. A file ingested by mistake is taken back with 'cmo sources withdraw FILE'.

    Example:

        cmo ingest medline.nbib scopus.ris zotero.bib --json
    """
    from cmo.commands.ingest import ingest_starting_review
    from cmo.errors import CmoError, LookAt

    if files[0] == "withdraw" and not Path(files[0]).exists():
        raise CmoError(f"to take an import back: cmo sources withdraw {' '.join(files[1:]) or 'FILE'} --note WHY.")
    with ProgressBar("Reading and linking records") as bar:
        summary, started = ingest_starting_review(ctx.obj.get("review"), [Path(f) for f in files], fmt, origin, bar)
    if started is not None:
        click.echo(f"No review found: started one in {started.resolve()}; write its title and question in review.yaml.", err=True)
    if as_json:
        emit_json(summary)
    else:
        for warning in summary.warnings:
            warn(warning)
        for problem in summary.problems[:SHOWN_PROBLEMS]:
            click.echo(f"{problem.file}:{problem.line}: {problem.message}", err=True)
        if len(summary.problems) > SHOWN_PROBLEMS:
            from cmo.commands.ingest import write_problems

            listed = write_problems(ctx.obj.get("review"), started, summary.problems)
            more = len(summary.problems) - SHOWN_PROBLEMS
            click.echo(f"… and {counted(more, 'more problem')}: all {len(summary.problems)} are in {listed}.", err=True)
        duplicates = summary.merged - summary.read_again
        again = f" ({duplicates} as duplicates, " if duplicates else " ("
        again = (
            f"{again}{summary.read_again} the same records read again: counted once in the document flow)"
            if summary.read_again
            else " as duplicates"
        )
        click.echo(
            f"Read {counted(summary.read, 'record')}: {counted(summary.added, 'new source')}, {summary.merged} linked to "
            f"sources already there{again}, {summary.unchanged} already in the review."
        )
        if summary.linked_by:
            bases = "; ".join(f"{n} by {basis}" for basis, n in summary.linked_by.items())
            click.echo(f"Linked {bases} ('cmo ingest --json' lists each; 'cmo sources show KEY' says why for each record).")
    to_check = bool(summary.problems) or any(isinstance(warning, LookAt) for warning in summary.warnings)
    if to_check and not as_json:  # a broken export's records are in: say how to take them back (trial AF)
        read = [file.file for file in summary.files if file.records]
        named = read[0] if len(read) == 1 else "FILE"
        click.echo(f"If the file was broken or the wrong one, 'cmo sources withdraw {named} --note WHY' takes it back.")
    ctx.exit(1 if to_check else 0)


# --- sources ----------------------------------------------------------------------------------


@cli.group()
def sources() -> None:
    """List, inspect and correct the review's sources (de-duplicated works)."""


@sources.command("list")
@click.option("--status", type=click.Choice(SCREENING_WORDS), help="Only sources with this status.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, in key order.")
@click.pass_context
def sources_list(ctx: click.Context, status: str | None, as_json: bool) -> None:
    """List the sources: key, year, first author, title, and how many records were linked.

    Example:

        cmo sources list --json
    """
    from cmo.commands.sources import first_author, list_sources

    found = list_sources(open_review(ctx), status)
    if as_json:
        emit_json(found)
        return
    for s in found:
        first = first_author(s)
        grey = " [grey]" if s.grey else ""
        records = f"{len(s.records)} record{'s' if len(s.records) != 1 else ''}"
        click.echo(f"{s.key}\t{s.year or '-'}\t{first}\t{s.title[:70]}{grey}\t({records}, {s.status})")
    sys.stdout.flush()  # the listing first, whole, where both go to one pipe (trial X: "(3 records, unscreened)21 sources.")
    click.echo(f"{counted(len(found), 'source')}.", err=True)


@sources.command("show")
@click.argument("key")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def sources_show(ctx: click.Context, key: str, as_json: bool) -> None:
    """Show one source with every original record linked into it.

    Example:

        cmo sources show schlief2022telemental
    """
    from cmo.commands.sources import show_source

    detail = show_source(open_review(ctx), key)
    if as_json:
        emit_json(detail)
        return
    for name in ("key", "type", "title", "year", "container", "doi", "pmid", "url", "status", "origin"):
        if getattr(detail, name) not in (None, ""):
            click.echo(f"{name:10s} {getattr(detail, name)}")
        if name == "title" and detail.original_title:
            click.echo(f"{'original':10s} {detail.original_title} (the title in its own language)")
    click.echo(f"{'authors':10s} {'; '.join(detail.authors)}")
    click.echo(f"{'grey':10s} {'yes' if detail.grey else 'no'}")
    if detail.exclusion_reason:
        click.echo(f"{'excluded':10s} {detail.exclusion_reason}")
    if detail.screened_by or detail.screening_note:
        by = f"by {detail.screened_by}" if detail.screened_by else ""
        click.echo(f"{'screened':10s} {by}{': ' if by and detail.screening_note else ''}{detail.screening_note}")
    appraisal = detail.appraisal
    if appraisal.relevance or appraisal.rigour or appraisal.note:
        levels = f"relevance {appraisal.relevance or 'not rated'}, rigour {appraisal.rigour or 'not rated'}"
        click.echo(f"{'appraisal':10s} {levels}{': ' + appraisal.note if appraisal.note else ''}")
    click.echo(f"{'coded':10s} {', '.join(detail.statements) or 'no statements'}")
    click.echo(f"{'cited as':10s} {detail.citation}")
    if detail.by_crossref:
        file, _, fields = detail.by_crossref.rpartition(": ")
        click.echo(f"{'crossref':10s} {fields} taken from its parent in {file} (withdrawing {file} takes them back)")
    if detail.notice:
        how = f"typed '{detail.notice_typed}' by its export" if detail.notice_typed else "so titled"
        about = f"; it is about {', '.join(detail.corrects)}" if detail.corrects else ""
        if detail.notice == "expression of concern":
            about += " (an editor's concern, not a retraction: the work stays usable; tell the team)"
        exclude = f'cmo select exclude {detail.key} --reason "notice, not a study"'
        now = {  # what holds now, by its screening: an erratum already excluded needs nothing more (trial K0)
            "excluded": "excluded at screening, so it counts as evidence nowhere",
            "included": f"it is included, so it counts as evidence: exclude it ({exclude})",
        }.get(detail.status, f"exclude it at screening ({exclude})")
        click.echo(
            f"{'notice':10s} {'an' if detail.notice[0] in 'aeiou' else 'a'} {detail.notice} ({how}): a notice about "
            f"another work, not a study{about}; {now}"
        )
    for notice in detail.notices:
        click.echo(f"{'notice':10s} {notice} is about this work: tell the team before coding from it")
    for other in detail.same_trial:
        paper, record = (other, detail.key) if detail.registry_record else (detail.key, other)
        what = "a paper naming this registration" if detail.registry_record else "the registry record of the trial it names"
        click.echo(
            f"{'same trial':10s} {other} is {what}"
            f": two sources until the team merges them ('cmo sources merge {paper} {record} --force --note …')"
        )
    click.echo("records:")
    for record, why in zip(detail.records, detail.linked, strict=True):
        click.echo(f"  {record.file}:{record.line}  {record.format}  key {record.key}  ({why})")
    if detail.edited:
        click.echo(f"{'corrected':10s} {', '.join(detail.edited)} (kept over every record)")


@sources.command("edit")
@click.argument("key")
@click.option(
    "--type",
    "source_type",
    help="The kind of work: article, book, chapter, conference, abstract, report, thesis, webpage, unpublished, news, "
    "patent, software, dataset, standard, legislation, guidance or misc.",
)
@click.option("--grey/--peer-reviewed", "grey", default=None, help="Grey literature or peer-reviewed (default: follows --type).")
@click.option("--year", type=int, help="Publication year.")
@click.option("--title", help="The title as it should read.")
@click.option("--authors", help="The authors as they should read, in order: 'Family, Given; Family, Given'.")
@click.option("--note", default="", help="Why: recorded in the history.")
@click.option("--json", "as_json", is_flag=True, help="Print the source as JSON.")
@click.pass_context
def sources_edit(ctx: click.Context, key: str, source_type, grey, year, title, authors, note: str, as_json: bool) -> None:
    """Correct a source's type, grey/peer-reviewed, year, title or authors; re-ingests never overwrite the correction.

    The citation ("Van den Berghe et al. 2014") follows the corrected authors everywhere.

    Example:

        cmo sources edit wim2014syndemic --authors "Van den Berghe, Wim; Nöstlinger, Christiana; Laga, Marie"
    """
    from cmo.commands.sources import edit_source

    changes = {"type": source_type, "grey": grey, "year": year, "title": title, "authors": authors}
    detail = edit_source(open_review(ctx), key, changes, note)
    if as_json:
        emit_json(detail)
        return
    kind = "grey literature" if detail.grey else "peer-reviewed"
    click.echo(f"Corrected {detail.key} ({detail.citation}): {detail.type}, {kind}, {detail.year or 'n.d.'}.")


@sources.command("merge")
@click.argument("key")
@click.argument("other")
@click.option("--note", default="", help="Why they are one work: recorded in the history.")
@click.option("--force", is_flag=True, help="Merge even when titles and authors differ or de-duplication holds them apart.")
@click.option("--json", "as_json", is_flag=True, help="Print the merged source as JSON.")
@click.pass_context
def sources_merge(ctx: click.Context, key: str, other: str, note: str, force: bool, as_json: bool) -> None:
    """Make OTHER part of KEY: one work that de-duplication did not link. KEY keeps its key, screening and
    appraisal; OTHER's records, statements and full texts move to it; the history keeps OTHER whole.
    Two sources whose titles and authors both differ are refused unless you add --force.

    Example:

        cmo sources merge pawson2006 pawson2006realist --note "the same chapter, one export without pages"
    """
    from cmo.commands.sources import merge_sources

    detail, said = merge_sources(open_review(ctx), key, other, note, force)
    if as_json:
        emit_json(detail)
        return
    click.echo(f"Merged {other} into {detail.key} ({detail.citation}): {counted(len(detail.records), 'record')}.")
    for line in said:
        click.echo(f"  {line}.")


@sources.command("split")
@click.argument("key")
@click.argument("record", metavar="FILE:LINE[@KEY]")
@click.option("--note", default="", help="Why it is another work: recorded in the history.")
@click.option("--json", "as_json", is_flag=True, help="Print the new source as JSON.")
@click.pass_context
def sources_split(ctx: click.Context, key: str, record: str, note: str, as_json: bool) -> None:
    """Take the record read at FILE:LINE out of KEY as a source of its own: de-duplication linked two works.
    KEY keeps its key, screening, appraisal, statements and corrections; `cmo sources show KEY` lists FILE:LINE.
    Where two records were read on one line (EndNote XML is one line), add the record's key: FILE:LINE@KEY.

    Example:

        cmo sources split behan2018quality Embase.ris:72 --note "another abstract with the supplement's DOI"
    """
    from cmo.commands.sources import split_source

    detail = split_source(open_review(ctx), key, record, note)
    if as_json:
        emit_json(detail)
        return
    cite = f" {', '.join(detail.statements)} cite{'s' if len(detail.statements) == 1 else ''} it." if detail.statements else ""
    click.echo(f"{record} is now {detail.key} ({detail.citation}, {detail.status}).{cite}")


@sources.command("withdraw")
@click.argument("file", metavar="FILE")
@click.option("--note", required=True, help="Why the import is taken back: recorded in the history.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def sources_withdraw(ctx: click.Context, file: str, note: str, as_json: bool) -> None:
    """Take back what ingesting FILE added (a wrong or broken export): FILE as 'cmo ingest' read it, by its name.

    Every record read from it goes; a source with no record from another file goes from the review and from the
    document flow, and a source that has some is made again from them, keeping its key, screening and appraisal. The
    history keeps every record and source as they were. Refused, with nothing changed, where a source that would go
    carries a person's work: statements coded from it, a screening or appraisal decision, a correction, a merge or
    split, a full text. Ingesting the file again brings its records back.

    Example:

        cmo sources withdraw truncated.nbib --note "a test file, ingested by mistake"
    """
    from cmo.commands.ingest import withdraw_file

    result = withdraw_file(open_review(ctx), file, note=note)
    if as_json:
        emit_json(result)
        return
    imports = f" ({result.imports} imports of it)" if result.imports > 1 else ""
    gone = f": {counted(len(result.removed), 'source')} gone ({', '.join(result.removed)})" if result.removed else ""
    click.echo(f"Withdrew {result.file}{imports}, {counted(result.records, 'record')}{gone}.")
    if result.kept:
        click.echo(f"Kept from their other files' records: {', '.join(result.kept)}.")
    if result.unfilled:
        click.echo(
            f"Took back what {', '.join(result.unfilled)} took from it by crossref (year, proceedings' title, publisher); "
            "ingesting it again gives them back."
        )


# --- selection and appraisal ------------------------------------------------------------------

DECISION_OPTIONS = [
    click.option("--note", default="", help="Why: recorded in the history and the report."),
    click.option(
        "--move",
        "realist_move",
        type=click.Choice(["juxtapose", "reconcile", "adjudicate", "consolidate", "situate"]),
        help="The realist move this decision makes, if you name one (none is recorded otherwise).",
    ),
    click.option("--because", multiple=True, help="Feedback ids that prompted it, e.g. F12,F14 (or the option again)."),
]


def decision_options(command):
    for option in reversed(DECISION_OPTIONS):
        command = option(command)
    return command


def split_ids(text: str | tuple[str, ...]) -> list[str]:
    """Ids given comma-separated, or by an option given more than once (`--because F16 --because F20`): every one kept."""
    joined = ",".join(text) if isinstance(text, tuple) else text
    return [part.strip() for part in joined.replace(";", ",").split(",") if part.strip()]


def print_selection(summary, as_json: bool, what: str = "screening") -> None:
    """The summary; a warning (statements still counting from a source now excluded) makes the exit code 1."""
    if as_json:
        emit_json(summary)
    else:
        for warning in summary.warnings:
            warn(warning)
        counts = ", ".join(f"{n} {status}" for status, n in summary.counts.items())
        now = f" Review now: {counts}." if what == "screening" else ""
        blank = f", {counted(summary.blank, 'row')} left blank" if summary.blank else ""
        click.echo(f"Changed the {what} of {counted(summary.changed, 'source')} ({summary.unchanged} already so{blank}).{now}")
    if summary.warnings:
        click.get_current_context().exit(1)


@cli.group()
def select() -> None:
    """Screening: include or exclude sources (with a reason), one by one or from a file."""


@select.command("include")
@click.argument("keys", nargs=-1, required=True)
@click.option("--note", default=None, help="Why, in your words: kept with the decision, shown by 'sources show' and the report.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def select_include(ctx: click.Context, keys: tuple[str, ...], note: str | None, as_json: bool) -> None:
    """Include sources in the review.

    Example:

        cmo select include schlief2022telemental cooper2024peer

        cmo select include castro2014anos --note "grey report, but the only one on rural clinics"
    """
    from cmo.commands.select import set_status

    print_selection(set_status(open_review(ctx), list(keys), "included", note=note), as_json)


@select.command("exclude")
@click.argument("keys", nargs=-1, required=True)
@click.option("--note", default=None, help="Why, in your words: kept with the decision, shown by 'sources show' and the report.")
@click.option("--reason", required=True, help="Why it is excluded (shown in the document flow).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def select_exclude(ctx: click.Context, keys: tuple[str, ...], note: str | None, reason: str, as_json: bool) -> None:
    """Exclude sources, with a reason.

    Example:

        cmo select exclude ayeni2021balint --reason "not about mental-health services"
    """
    from cmo.commands.select import set_status

    print_selection(set_status(open_review(ctx), list(keys), "excluded", reason, note), as_json)


@select.command("maybe")
@click.argument("keys", nargs=-1, required=True)
@click.option("--note", default=None, help="Why, in your words: kept with the decision, shown by 'sources show' and the report.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def select_maybe(ctx: click.Context, keys: tuple[str, ...], note: str | None, as_json: bool) -> None:
    """Mark sources maybe: screened, not yet decided (they stay among those awaiting a decision).

    Example:

        cmo select maybe castro2014anos
    """
    from cmo.commands.select import set_status

    print_selection(set_status(open_review(ctx), list(keys), "maybe", note=note), as_json)


@select.command("unscreen")
@click.argument("keys", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def select_unscreen(ctx: click.Context, keys: tuple[str, ...], as_json: bool) -> None:
    """Take a screening decision back: the sources are unscreened again (the history keeps the decision).

    Example:

        cmo select unscreen castro2014anos
    """
    from cmo.commands.select import set_status

    print_selection(set_status(open_review(ctx), list(keys), "unscreened"), as_json)


SHEET_HELP = "The workbook's sheet to read (a second coder's or screener's tab); default: the first with the columns."


@select.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--as",
    "default_status",
    type=click.Choice(["included", "excluded", "unscreened"]),
    help="Decision for files with no decision column (Covidence exports one file per decision).",
)
@click.option("--reason", "default_reason", help="Exclusion reason for rows that give none.")
@click.option("--sheet", "sheet_name", metavar="NAME", help=SHEET_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def select_import(
    ctx: click.Context, file: str, default_status: str | None, default_reason: str | None, sheet_name: str | None, as_json: bool
) -> None:
    """Import screening decisions: CSV/XLSX with key or DOI, decision and reason (Rayyan, Covidence too).

    The whole file is checked first; any problem is reported by row and column and nothing is applied.

    Example:

        cmo select import screening.csv
    """
    from cmo.commands.select import import_screening

    print_selection(import_screening(open_review(ctx), Path(file), default_status, default_reason, sheet_name), as_json)


@select.command("template")
@click.option("-o", "--output", required=True, type=OUTPUT_FILE, help="screening.csv or screening.xlsx")
@click.option("--status", type=click.Choice(SCREENING_WORDS), help="Only sources with this status.")
@click.pass_context
def select_template(ctx: click.Context, output: str, status: str | None) -> None:
    """Write a screening sheet: each source's key, citation, title, year, journal, DOI, the start of its abstract,
    its decision and reason now, and columns for who screened it and notes.

    Change 'decision' (include, exclude or maybe) and 'reason', then read it back with 'cmo select import':
    rows left as they were change nothing.

    Example:

        cmo select template -o screening.xlsx --status unscreened
    """
    from cmo.commands.select import write_screening_template

    wrote(write_screening_template(open_review(ctx), Path(output), status))


@select.command("origins")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def select_origins(ctx: click.Context, file: str, as_json: bool) -> None:
    """Record how each source was found (key,origin CSV) for the document flow.

    Origins: database search, citation tracking, expert suggestion, call for evidence, website.

    Example:

        cmo select origins origins.csv
    """
    from cmo.commands.select import import_origins

    print_selection(import_origins(open_review(ctx), Path(file)), as_json, what="origin")


@cli.command()
@click.argument("key", required=False)
@click.option(
    "--relevance",
    type=click.Choice(["high", "medium", "low"], case_sensitive=False),
    help="Does it speak to the programme theory?",
)
@click.option("--rigour", type=click.Choice(["high", "medium", "low"], case_sensitive=False), help="Is the claim trustworthy?")
@click.option("--note", help="A note on the appraisal.")
@click.option("--file", "file", type=click.Path(exists=True, dir_okay=False), help="CSV of key,relevance,rigour,note.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def appraise(ctx: click.Context, key: str | None, relevance, rigour, note, file, as_json: bool) -> None:
    """Realist appraisal of a source: relevance and rigour, each high, medium or low.

    Example:

        cmo appraise schlief2022telemental --relevance high --rigour high --note "RAMESES-compliant"
    """
    from cmo.commands.appraise import appraise as run_appraise
    from cmo.commands.appraise import import_appraisal

    review = open_review(ctx)
    if file:
        print_selection(import_appraisal(review, Path(file)), as_json, what="appraisal")
        return
    if not key:
        raise click.UsageError("give a source KEY, or --file with a key,relevance,rigour,note CSV.")
    a = run_appraise(review, key, relevance, rigour, note)
    if as_json:
        emit_json(a)
    else:
        click.echo(f"{a.key}: relevance {a.relevance or '-'}, rigour {a.rigour or '-'}{'; ' + a.note if a.note else ''}")


# --- coding CMO statements ---------------------------------------------------------------------


@cli.group()
def code() -> None:
    """Code CMO statements: a coding sheet (CSV/XLSX) or one at a time."""


@code.command("template")
@click.option("-o", "--output", required=True, type=OUTPUT_FILE, help="coding-sheet.csv or .xlsx")
@click.pass_context
def code_template(ctx: click.Context, output: str) -> None:
    """Write a coding sheet to fill in, with the included sources and the domains listed.

    Statements already coded are pre-filled with their ids, so the edited sheet re-imports as updates.

    Example:

        cmo code template -o coding-sheet.xlsx
    """
    from cmo.commands.code import write_sheet

    for path in write_sheet(open_review(ctx), Path(output)):
        wrote(path)


@code.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--sheet", "sheet_name", metavar="NAME", help=SHEET_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def code_import(ctx: click.Context, file: str, sheet_name: str | None, as_json: bool) -> None:
    """Import a coding sheet: rows without an id are new statements, rows with one update it.

    The whole sheet is checked first: any problem is reported by row and column and nothing is imported.

    Example:

        cmo code import coding-sheet.xlsx
    """
    from cmo.commands.code import import_sheet

    summary = import_sheet(open_review(ctx), Path(file), sheet_name)
    if as_json:
        emit_json(summary)
        ctx.exit(1 if summary.quotes_not_found or summary.look_at else 0)
    for warning in summary.warnings:
        warn(warning)
    click.echo(
        f"Imported {counted(summary.added, 'new statement')} and {counted(summary.updated, 'update')} "
        f"({counted(summary.unchanged, 'statement')} unchanged)."
    )
    if summary.quotes_not_found or summary.look_at:
        ctx.exit(1)


@code.command("add")
@click.option("--source", required=True, help="Citation key of the source.")
@click.option("--context", default="", help="C: for whom, where, in what circumstances.")
@click.option("--mechanism", default="", help="M: how people respond to what is offered.")
@click.option("--outcome", default="", help="O: what follows.")
@click.option(
    "--cmoc", default="", help="Instead of the three: one sentence marking its parts, '… (C), … (M), leading to … (O)'."
)
@click.option("--quote", default="", help="Supporting quote.")
@click.option("--page", default="", help="Page of the quote.")
@click.option("--domain", help="Domain slug or name.")
@click.option("--groups", default="", help="Stakeholder group slugs, comma separated.")
@click.option("--coder", default="", help="Your initials (default: the name --by or CMO_REVIEWER gives).")
@click.option("--note", default="", help="A note.")
@click.option("--json", "as_json", is_flag=True, help="Print the statement as JSON.")
@click.pass_context
def code_add(ctx: click.Context, as_json: bool, groups: str, **fields) -> None:
    """Add one CMO statement.

    Example:

        cmo code add --source schlief2022telemental --context "People without a private room at home" \
          --mechanism "fear being overheard" --outcome "disclose less in video sessions" --quote "..." --page 7

        cmo code add --source schlief2022telemental \
          --cmoc "Without a private room (C), people fear being overheard (M), so disclose less (O)"
    """
    from cmo.commands.code import add_statement

    review = open_review(ctx)
    if not fields.get("coder") and ctx.obj.get("by"):  # trial P: the person named by --by or CMO_REVIEWER coded it
        fields["coder"] = review.store.reviewer
    added = add_statement(review, groups=split_ids(groups), **fields)
    statement = added.statement
    for warning in added.warnings:
        warn(warning)
    if as_json:
        emit_json(statement)
    else:
        click.echo(f"Added {statement.id} from {statement.source}.")


@code.command("list")
@click.option("--source", help="Only statements from this source.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array in id order.")
@click.pass_context
def code_list(ctx: click.Context, source: str | None, as_json: bool) -> None:
    """List coded statements.

    Example:

        cmo code list --source schlief2022telemental
    """
    from cmo.commands.code import list_statements

    found = list_statements(open_review(ctx), source)
    if as_json:
        emit_json(found)
        return
    for s in found:
        where = ",".join(s.configurations) or "-"
        click.echo(
            f"{s.id}\t{s.source}\t{s.domain or '-'}\t{where}\t"
            f"C: {one_line(s.context)} | M: {one_line(s.mechanism)} | O: {one_line(s.outcome)}"
        )
    click.echo(f"{counted(len(found), 'statement')}.", err=True)


@code.command("verify")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one object per quote.")
@click.pass_context
def code_verify(ctx: click.Context, as_json: bool) -> None:
    """Check every quote against its source's full text (attach PDFs first).

    Each quote is verified (word for word, on the stated page), other_page (found elsewhere), close
    (alike but not word for word), not_found (with the closest passage) or no_fulltext. Exit 1 when
    a quote is close or not found.

    Example:

        cmo fulltext attach pdfs/ && cmo code verify
    """
    from cmo.commands.fulltext import verify
    from cmo.views import page_reference

    checked = verify(open_review(ctx))
    if as_json:
        emit_json(checked)
    else:
        for c in checked:
            where = f"on page {c.found_page} of the PDF" if c.found_page else ""  # the file's page, not the printed number
            extra = f" (stated {page_reference(c.page)}, found {where})" if c.status == "other_page" else ""
            extra += f" ({c.similarity:.0f}% alike {where}, not word for word: {c.passage[:80]}…)" if c.status == "close" else ""
            extra += f" (closest {c.similarity:.0f}%: {c.passage[:80]}…)" if c.status == "not_found" else ""
            click.echo(f"{c.statement}\t{c.source}\t{c.status}{extra}")
        tally = {s: sum(c.status == s for c in checked) for s in ("verified", "other_page", "close", "not_found", "no_fulltext")}
        click.echo(", ".join(f"{n} {s.replace('_', ' ')}" for s, n in tally.items()) + ".", err=True)
    ctx.exit(1 if any(c.status in ("not_found", "close") for c in checked) else 0)


@code.command("suggest")
@click.argument("statement_id")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, best first.")
@click.pass_context
def code_suggest(ctx: click.Context, statement_id: str, as_json: bool) -> None:
    """Suggest the three configurations a statement most likely belongs to.

    Each comes with its score (mean similarity to the members, on the review's backend) and the
    words the statement shares with them, element by element. Nothing is changed: attach it with
    'cmo configs attach'.

    Example:

        cmo code suggest S5
    """
    from cmo.commands.code import homes_of, suggest

    review = open_review(ctx)
    found = suggest(review, statement_id)
    if as_json:
        emit_json(found)
        return
    sid, homes = homes_of(review, statement_id)
    where = f"{sid} is in {', '.join(homes)}" if homes else f"{sid} is in no configuration"
    click.echo(f"{where}; {'the others most like it:' if found else 'there is no other configuration to suggest.'}", err=True)
    for p in found:
        click.echo(f"{p.configuration}\t{p.score:.2f}\t{p.title}")
        if p.other_domain:
            click.echo(f"\tanother domain: {p.other_domain}")
        if p.kept_apart:
            click.echo(f"\tkept apart: {p.kept_apart}")
        for element in ("context", "mechanism", "outcome"):
            words, like = p.why.shared.get(element), p.why.closest.get(element)
            said = [f"shares {', '.join(words)}"] if words else []
            said += [f"closest: {like.statement} '{like.text[:70]}' ({like.similarity:.2f})"] if like else []
            if said:
                click.echo(f"\t{element}: {'; '.join(said)}")


@code.command("show")
@click.argument("statement_id")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def code_show(ctx: click.Context, statement_id: str, as_json: bool) -> None:
    """Show one statement in full.

    Example:

        cmo code show S1
    """
    from cmo.commands.code import show_statement

    view = show_statement(open_review(ctx), statement_id)
    if as_json:
        emit_json(view)
        return
    for name in (
        "id",
        "source",
        "context",
        "mechanism",
        "outcome",
        "quote",
        "page",
        "domain",
        "groups",
        "coder",
        "note",
        "configurations",
        "detached",
        "deleted",
        "stance",
    ):
        value = getattr(view, name)
        if value is True:  # detached, deleted: a word and where the reason is, not a Python value
            value = f"yes ('cmo history {view.id}' says why)"
        if name == "page" and value and _a_spreadsheet_date(value):  # as the report and packs count it: no page
            value = f"{value} (a date a spreadsheet made of the page: no page in the report; 'cmo code edit {view.id} --page …')"
        if value not in ("", None, [], {}, False):
            shown = ", ".join(f"{k} {v}" for k, v in value.items()) if isinstance(value, dict) else value
            click.echo(f"{name:15s}{', '.join(shown) if isinstance(shown, list) else shown}")
    for name, value in view.extra.items():  # the team's own columns, by their headers, however long
        click.echo(f"{name:15s}{value}" if len(name) < 15 else f"{name}: {value}")


def _a_spreadsheet_date(page: str) -> bool:
    from cmo.views import page_is_a_date

    return page_is_a_date(" ".join(page.split()))


@code.command("edit")
@click.argument("statement_id")
@click.option("--source", help="The source it was coded from, by key or citation (a statement coded to the wrong study).")
@click.option("--context")
@click.option("--mechanism")
@click.option("--outcome")
@click.option("--quote")
@click.option("--page")
@click.option("--domain", help="A domain slug or name; an empty value clears it.")
@click.option("--groups", help="Stakeholder groups, comma-separated; an empty value clears them.")
@click.option("--coder")
@click.option("--statement-note", "statement_note", help="The statement's own note field.")
@click.option("--note", default="", help="Why it is corrected: recorded in the history.")
@click.option("--json", "as_json", is_flag=True, help="Print the statement as JSON.")
@click.pass_context
def code_edit(
    ctx, statement_id, source, context, mechanism, outcome, quote, page, domain, groups, coder, statement_note, note, as_json
):
    """Correct a statement's fields; the history keeps what it said before.

    Example:

        cmo code edit S7 --mechanism "Peers made them feel understood" --note "typo in the sheet"
        cmo code edit S7 --source yardley2006b --note "the sheet's 2006a is this paper"
    """
    from cmo.commands.code import edit_doubts, edit_statement, get_statement

    given = {"source": source, "context": context, "mechanism": mechanism, "outcome": outcome, "quote": quote, "page": page}
    given |= {"domain": domain, "coder": coder, "note": statement_note}
    changes = {k: v for k, v in given.items() if v is not None}
    if groups is not None:
        changes["groups"] = split_ids(groups)
    review = open_review(ctx)
    before = get_statement(review, statement_id)
    statement = edit_statement(review, statement_id, changes, note=note)
    for line in edit_doubts(review, before, statement):
        click.echo(line, err=True)
    if as_json:
        emit_json(statement)
    else:
        click.echo(f"Edited {statement.id}: {', '.join(changes)}.")


@code.command("delete")
@click.argument("statement_id")
@click.option("--note", required=True, help="Why it is deleted: recorded in the history and the report.")
@click.option(
    "--move",
    "realist_move",
    type=click.Choice(["juxtapose", "reconcile", "adjudicate", "consolidate", "situate"]),
    help="The realist move this decision makes, if you name one (none is recorded otherwise).",
)
@click.option("--because", multiple=True, help="Feedback ids that prompted it, e.g. F12,F14 (or the option again).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def code_delete(ctx, statement_id, note, realist_move, because, as_json) -> None:
    """Delete a statement: kept in the history, out of every configuration, pack and table.

    Example:

        cmo code delete S7 --note "coded twice from the same quote"
    """
    from cmo.commands.code import delete_statement

    deleted = delete_statement(open_review(ctx), statement_id, note=note, move=realist_move, because=split_ids(because))
    where = f" (it left {', '.join(deleted.removed_from)})" if deleted.removed_from else ""
    if as_json:
        emit_json(deleted)
    else:
        click.echo(f"Deleted {deleted.statement}{where}.{left_empty(deleted.retired)}")
    for told in deleted.wording:
        warn(told)
    for config_id in deleted.accepted:
        warn(
            f"{config_id}, which the team accepted, keeps the wording it was accepted with, without {deleted.statement}; "
            f"'cmo configs show {config_id}' shows what it rests on now ('cmo configs unaccept {config_id}' to reconsider it)"
        )


@code.command("mark")
@click.argument("statement_ids", nargs=-1, required=True, metavar="STATEMENT_ID...")
@click.option("--contradicting", "against", metavar="CONFIG", help="The configuration it cuts against, e.g. C3.")
@click.option("--supporting", "behind", metavar="CONFIG", help="The configuration it supports, e.g. C3.")
@click.option("--clear", "unmark", metavar="CONFIG", help="Take your mark back: it counts as the wording rule says again.")
@decision_options
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def code_mark(ctx, statement_ids, against, behind, unmark, note, realist_move, because, as_json) -> None:
    """Say whether statements support or contradict their configuration; your word beats the wording rule.

    Several statements of one configuration are marked at once, in one transaction (an unknown id changes nothing).

    Example:

        cmo code mark S12 --supporting C3 --note "a converse statement, not a contradiction"

        cmo code mark S11 S12 S14 --contradicting C6
    """
    from cmo.commands.code import mark_statement
    from cmo.errors import CmoError

    if sum(map(bool, (against, behind, unmark))) != 1:
        raise CmoError("give one of --contradicting C3, --supporting C3 or --clear C3.")
    decision = {"move": realist_move, "note": note, "because": split_ids(because)}
    stance, config_id = ("contradicting", against) if against else ("supporting", behind) if behind else (None, unmark)
    marked = mark_statement(open_review(ctx), split_ids(statement_ids), config_id, stance, **decision)
    named = ", ".join(marked.statements or [marked.statement])
    said = f"{named} marked {marked.stance} {marked.configuration}"
    if stance is None:
        whose = f"{named}: their marks" if len(marked.statements) > 1 else f"{named}'s mark"
        said = f"{whose} for {marked.configuration} cleared"
    undecided = f"; not yet decided: {', '.join(marked.undecided)}" if marked.undecided else ""
    said = f"{said} (contradicting it now: {', '.join(marked.contradicting) or 'none'}{undecided})."
    for sid in marked.context_left_out:
        said += (
            f"\n{sid} counts as supporting {marked.configuration} from its other side (its outcome the opposite, its "
            f"mechanism turned round): its context is where {marked.configuration} did not hold, so it is left out of "
            f"{marked.configuration}'s key contexts; 'cmo configs edit {marked.configuration} --key-contexts \"…\"' words "
            f"them yourself"
        )
    print_decision(marked, said, as_json)


# --- the evidence graph ------------------------------------------------------------------------


@cli.group()
def graph() -> None:
    """The evidence graph: sources, statements, configurations, domains and groups."""


@graph.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def graph_stats(ctx: click.Context, as_json: bool) -> None:
    """Count nodes and edges by kind, and loose threads (sources with no statements).

    Example:

        cmo graph stats --json
    """
    from cmo.commands.graph import stats

    data = stats(open_review(ctx))
    if as_json:
        emit_json(data)
        return
    for name, value in data.model_dump().items():
        if isinstance(value, dict):
            value = ", ".join(f"{count} {kind}" for kind, count in value.items())
        elif isinstance(value, list):
            value = ", ".join(map(str, value)) or "none"
        click.echo(f"{name.replace('_', ' ')}: {value}")


@graph.command("export")
@click.option("-o", "--output", required=True, type=OUTPUT_FILE, help="FILE.graphml or FILE.json")
@click.pass_context
def graph_export(ctx: click.Context, output: str) -> None:
    """Export the graph as GraphML (Gephi, yEd, Cytoscape) or node-link JSON, by extension.

    Example:

        cmo graph export -o evidence.graphml
    """
    from cmo.commands.graph import export

    wrote(export(open_review(ctx), Path(output)))


@cli.command()
@click.argument("identifier")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def trace(ctx: click.Context, identifier: str, as_json: bool) -> None:
    """Walk from a configuration or statement back to every source, with quotes and pages.

    Example:

        cmo trace C3
    """
    from cmo.commands.graph import trace as run_trace
    from cmo.views import UNDECIDED, page_reference

    data = run_trace(open_review(ctx), identifier)
    if as_json:
        emit_json(data)
        return
    click.echo(f"{data.kind} {data.id}")
    for s in data.statements:
        flag = "  [contradicts]" if s.get("contradicts") else ""
        flag += "  [not yet decided]" if s.get("undecided") else ""
        flag += f"  [detached by a person; 'cmo history {s['id']}' says why]" if s.get("detached") else ""
        click.echo(f"  {s['id']} from {s['source']}{flag}: C: {s['context']} | M: {s['mechanism']} | O: {s['outcome']}")
        if "configurations" in s:
            click.echo(f"      in {', '.join(s['configurations']) or 'no configuration'}")
        if s.get("quote"):
            mark = f"  [{s['quote_checked']}]" if s.get("quote_checked") else ""
            click.echo(f"      {in_quote_marks(s['quote'])} ({page_reference(s.get('page')) or 'page not given'}){mark}")
            if s.get("in_context"):
                click.echo(f"      in the source: {s['in_context']}")
        elif s.get("page"):  # trial P: a page coded without a quote is still where the finding is
            click.echo(f"      (no quote; {page_reference(s['page'])})")
    for src in data.sources:
        screening = src.get("screening") or src.get("status")
        status = f" ({UNDECIDED if screening == 'maybe' else screening})" if screening not in (None, "included") else ""
        click.echo(f"  source {src['key']}: {src['title']} ({src.get('year') or 'n.d.'}){status}")
    for answer in data.feedback:
        side = "against it" if answer["side"] == "contradicting" else "for it"
        about = ", ".join(filter(None, (answer["group"], f"round {answer['round']}", answer["rating"] or "no rating")))
        click.echo(f"  feedback {answer['id']} ({about}), cited {side}: {' '.join(answer['said'].split())}")


# --- merge and refine --------------------------------------------------------------------------


def warn(text: str) -> None:
    """A warning on stderr, as one sentence with one full stop however the engine ended it; after what was printed before
    it, where both go to one pipe."""
    sys.stdout.flush()
    click.echo(f"warning: {text}{'' if text.rstrip().endswith(('.', '!', '?')) else '.'}", err=True)


def print_configurations(review, views, details: bool = False) -> None:
    """Three lines a configuration (more with `details`), echoed at once: a listing of 500 configurations spent
    15 ms in 1,500 separate echoes."""
    from cmo.commands.refine import sentences

    lines = []
    for v, worded in zip(views, sentences(review, views), strict=True):
        fb = v.feedback
        feedback = f"; feedback {fb.agree} agree, {fb.partly} partly, {fb.disagree} disagree" if fb.responses else ""
        lock = f" [{v.standing}]" if v.standing else ""
        against = f", {len(v.contradicting)} contradicting ({', '.join(v.contradicting)})" if v.contradicting else ""
        undecided = f", {len(v.undecided)} not yet decided ({', '.join(v.undecided)})" if v.undecided else ""
        studies = len({*v.sources, *v.contradicting_sources, *v.undecided_sources})  # an undecided member's study too
        lines += [
            f"{v.id}  [{v.domain or 'unassigned'}]  {v.title}{lock}",
            f"    {worded}",
            f"    {counted(len(v.statements), 'statement')} from {counted(studies, 'source')}{against}{undecided}; "
            f"evidence {v.strength}: {v.strength_reason.rstrip('.') if feedback else v.strength_reason}{feedback}",
        ]
        if details:
            lines += [*member_lines(v), *reason_lines(v)]
    if lines:
        click.echo("\n".join(lines))


def member_lines(view) -> list[str]:
    """The statements and sources a configuration rests on: what `configs show` promises beside the CMO."""
    side = {**{s: " (not yet decided)" for s in view.undecided}, **{s: " (contradicting)" for s in view.contradicting}}
    members = ", ".join(f"{s}{side.get(s, '')}" for s in view.statements)
    lines = [f"    statements: {members or 'none'}"]

    def marked(keys: list[str]) -> str:
        return ", ".join(f"{key} ({view.not_included[key]})" if key in view.not_included else key for key in keys)

    if view.sources:
        lines.append(f"    supporting sources: {marked(view.sources)}")
    if view.contradicting_sources:
        lines.append(f"    contradicting sources: {marked(view.contradicting_sources)}")
    if view.undecided_sources:  # on neither side until a person marks its statement
        lines.append(f"    sources not yet decided: {', '.join(view.undecided_sources)}")
    if view.feedback_evidence:
        sides = {"supporting": " (counted for it)", "contradicting": " (counted against it)"}
        cited = ", ".join(f + sides.get(view.feedback_sides.get(f, ""), "") for f in view.feedback_evidence)
        lines.append(f"    feedback cited as evidence: {cited}")
    return lines


def reason_lines(view) -> list[str]:
    """Why refine put the members together, and the statements it offers a pinned configuration."""
    lines = [f"    key contexts: {view.key_contexts_shown}"] if view.key_contexts_shown else []
    lines += [f"    domain: {view.domain_why}"] if view.domain_why else []
    if view.title_now:  # an earlier cmo's title, kept as the team decided the configuration: said, not taken
        lines.append(
            f"    cmo now words this title: \u201c{view.title_now}\u201d (kept as an earlier cmo worded it, as the team has "
            f"decided this configuration; 'cmo configs edit {view.id} --title \"{view.title_now}\"' takes it)"
        )
    if view.outcomes_judged:  # the team's word on which way is better (review.yaml settings.outcomes)
        lines.append(
            f"    outcomes judged as review.yaml's settings.outcomes says: {', '.join(view.outcomes_judged)}; more of a "
            "wanted one, or less of an unwanted one, is read as the outcome following, and the other way as going against it"
        )
    if view.why is not None and not view.pinned:
        alike = f"similarity {view.why.similarity:.2f}" if view.why.similarity is not None else "one statement"
        shared = "; ".join(f"{e}: {', '.join(w)}" for e, w in view.why.shared.items())
        lines.append(f"    proposed together ({alike}){': ' + shared if shared else ''}")
    for p in view.suggestions:
        shared = "; ".join(f"{e}: {', '.join(w)}" for e, w in p.why.shared.items())
        lines.append(f"    may take {p.statement} (score {p.score:.2f}{'; ' + shared if shared else ''})")
    return lines


@cli.command()
@click.option("--port", type=int, default=8765, show_default=True, help="The port to listen on.")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="The address to listen on; anything but loopback also needs the access key printed at start.",
)
@click.option("--no-browser", is_flag=True, help="Do not open a browser.")
@click.pass_context
def serve(ctx: click.Context, port: int, host: str, no_browser: bool) -> None:
    """Open the review in a browser: sources, coding, configurations, rounds and feedback.

    The same review, rules and history as the command line: what you do in one, the other sees at
    once. Listens on this machine only (127.0.0.1) unless --host is given. Ctrl-C stops it.

    Example:

        cmo serve --port 8765
    """
    import webbrowser

    from cmo.web.server import prepare, run

    server = prepare(ctx.obj.get("review"), host, port)
    click.echo(f"cmo serve: {server.url}  (Ctrl-C stops it)", err=True)
    if ctx.obj.get("by_typed"):  # one server, several people: the name is each browser's to give
        warn("--by is not used by 'cmo serve': each browser gives its own name at the top of the page.")
    if not no_browser:
        webbrowser.open(server.url)
    run(server)


@cli.command()
@click.option("--domain", help="Refine only this domain (slug, unique prefix, or name).")
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1, min_open=True, max_open=True),
    help="Similarity threshold for merging, between 0 and 1 (default: derived from the statements).",
)
@click.option(
    "--backend",
    type=click.Choice(["lexical", "semantic", "hybrid"]),
    help="Similarity backend (default: settings.similarity in review.yaml, else hybrid: shared words plus "
    "the bundled sentence model).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the configurations as a JSON array.")
@click.pass_context
def refine(ctx: click.Context, domain: str | None, threshold: float | None, backend: str | None, as_json: bool) -> None:
    """Propose or update overarching configurations from the coded statements.

    Human decisions win: configurations you merged, split, moved, edited or accepted keep them;
    new statements are placed around them. Evidence strength follows the rule in the README.

    Example:

        cmo refine --domain safety
    """
    from cmo.commands.refine import refine_views

    review = open_review(ctx, domains="refuse")
    with ProgressBar("Reading what each element means (once; kept in review.db)", at_least=500) as bar:
        outcome, views = refine_views(review, domain, threshold, backend, progress=bar)
    if not as_json:
        print_configurations(review, views)
        for line in outcome.lines:
            click.echo(line, err=True)
        click.echo(
            f"{counted(len(views), 'configuration')} ({outcome.backend} similarity, threshold {outcome.threshold}); "
            f"{len(outcome.changed)} changed; {placed_in_words(outcome.unassigned, outcome.detached)}.",
            err=True,
        )
    else:
        emit_json(views)
    if outcome.held_back:  # statements a person must place: done, with something to look at
        ctx.exit(1)


def placed_in_words(unassigned: list[str], detached: list[str]) -> str:
    """ "every statement placed", or which are in no configuration and why: a detached one is a person's decision."""
    unplaced = [sid for sid in unassigned if sid not in detached]
    said = [f"{counted(len(unplaced), 'statement')} in no configuration ({', '.join(unplaced)})"] if unplaced else []
    said += [f"{', '.join(detached)} detached by a person"] if detached else []
    return "; ".join(said) or "every statement placed"


@cli.group()
def domains() -> None:
    """The review's domains: list them, rename a slug everywhere, declare a team's own label for one."""


@domains.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_context
def domains_list(ctx: click.Context, as_json: bool) -> None:
    """List review.yaml's domains with the configurations and statements in each, and any slug in use it lost.

    Example:

        cmo domains list --json
    """
    from cmo.commands.domains import list_domains

    review = open_review(ctx, domains="skip")
    found = list_domains(review)
    if as_json:
        emit_json(found)
        return
    aliases = {d.slug: d.aliases for d in review.domains}
    for d in found:
        where = "" if d.listed else "  [not in review.yaml]"
        also = f"  (also written: {', '.join(aliases[d.slug])})" if aliases.get(d.slug) else ""
        click.echo(
            f"{d.slug}\t{d.name}\t{counted(len(d.configurations), 'configuration')}, "
            f"{counted(d.statements, 'statement')} coded to it{where}{also}"
        )


@domains.command("rename")
@click.argument("old")
@click.argument("new")
@click.option("--note", default="", help="Why: recorded in the history.")
@click.option("--json", "as_json", is_flag=True, help="Print what was renamed as JSON.")
@click.pass_context
def domains_rename(ctx: click.Context, old: str, new: str, note: str, as_json: bool) -> None:
    """Rename a domain slug in review.yaml (comments kept), every statement, configuration and round.

    Run it also after renaming a slug in review.yaml by hand: the statements and configurations follow.

    Example:

        cmo domains rename safty safety
    """
    from cmo.commands.domains import rename_domain

    renamed = rename_domain(open_review(ctx, domains="skip"), old, new, note)
    if as_json:
        emit_json(renamed)
        return
    where = "review.yaml, " if renamed.review_yaml else ""
    click.echo(
        f"Renamed domain '{renamed.old}' to '{renamed.new}' in {where}{counted(len(renamed.configurations), 'configuration')}, "
        f"{counted(len(renamed.statements), 'statement')} and {counted(len(renamed.rounds), 'round')}."
    )


@domains.command("alias")
@click.argument("target")
@click.argument("labels", nargs=-1, required=True)
@click.option("--group", is_flag=True, help="TARGET is a stakeholder group, not a domain.")
@click.option("--remove", is_flag=True, help="Take the labels out of its aliases.")
@click.option("--json", "as_json", is_flag=True, help="Print the domain (or group) as review.yaml now has it, as JSON.")
@click.pass_context
def domains_alias(ctx: click.Context, target: str, labels: tuple[str, ...], group: bool, remove: bool, as_json: bool) -> None:
    """Declare a team's own label for a domain (a second coder's "Staff" for workforce): added to its aliases in
    review.yaml (comments kept), it is read as the domain's name is, on every sheet and form and by --domain.

    Example:

        cmo domains alias workforce "Staff" "Staffing"
        cmo domains alias --group chw "Lay health workers"
    """
    from cmo.commands.domains import alias_domain

    item = alias_domain(open_review(ctx, domains="skip"), target, list(labels), group=group, remove=remove)
    if as_json:
        emit_json(item)
        return
    kind = "group" if group else "domain"
    listed = ", ".join(f"'{a}'" for a in item.aliases) or "none"
    click.echo(f"The {kind} {item.slug} ({item.name}) is also written: {listed} (review.yaml).")


@cli.group()
def configs() -> None:
    """Configurations, and the decisions reviewers make on them."""


@configs.command("list")
@click.option("--domain", help="Only this domain.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array in id order.")
@click.pass_context
def configs_list(ctx: click.Context, domain: str | None, as_json: bool) -> None:
    """List the configurations with their evidence and feedback.

    Example:

        cmo configs list --domain safety
    """
    from cmo.commands.configs import list_configurations

    review = open_review(ctx)
    views = list_configurations(review, domain)
    if as_json:
        emit_json(views)
    elif views:
        print_configurations(review, views)
    else:
        click.echo(f"No configurations{' in that domain' if domain else ''} yet; 'cmo refine' proposes them.", err=True)


@configs.command("evidence")
@click.argument("config_id")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, best first.")
@click.pass_context
def configs_evidence(ctx: click.Context, config_id: str, as_json: bool) -> None:
    """Passages in the attached full texts, not yet quoted, that most resemble a configuration.

    Candidates to read and code (cmo code add --quote ... --page ...); nothing is added by itself.

    Example:

        cmo configs evidence C3
    """
    from cmo.commands.fulltext import evidence

    found = evidence(open_review(ctx), config_id)
    if as_json:
        emit_json(found)
        return
    for hit in found:
        click.echo(f"{hit.source} p. {hit.page} ({hit.score:.2f}): {hit.passage}")
    click.echo(f"{counted(len(found), 'passage')}.", err=True)


@configs.command("show")
@click.argument("config_id")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def configs_show(ctx: click.Context, config_id: str, as_json: bool) -> None:
    """Show one configuration: its CMO, statements, sources, strength and the feedback on it.

    Example:

        cmo configs show C2
    """
    from cmo.commands.configs import show_configuration

    review = open_review(ctx)
    view, answers = show_configuration(review, config_id)
    if as_json:
        emit_json(view)
        return
    print_configurations(review, [view], details=True)
    for item in answers:
        words = "; ".join(t for t in (item.comment, item.missing, item.not_for_whom, item.read) if t)
        said = f": {words}" if words else ""
        click.echo(f"    {item.id} ({item.group or 'no group'}, round {item.round}) {item.rating_in_words()}{said}")


def print_decision(config, message: str, as_json: bool) -> None:
    if as_json:
        emit_json(config)
    else:
        click.echo(message)


@configs.command("merge")
@click.argument("config_ids", nargs=-1, required=True)
@decision_options
@click.option("--json", "as_json", is_flag=True, help="Print the merged configuration as JSON.")
@click.pass_context
def configs_merge(ctx, config_ids, note, realist_move, because, as_json) -> None:
    """Merge configurations into the first one named (the others retire; ids are never reused).

    Example:

        cmo configs merge C3 C7 --move consolidate --note "same mechanism" --because F12
    """
    from cmo.commands.configs import merge

    review = open_review(ctx)
    config = merge(review, list(config_ids), move=realist_move, note=note, because=split_ids(because))
    for told in review.store.last_recorded("merge", "wording") or []:  # a person's words kept, or dropped and restorable
        warn(told)
    print_decision(
        config, f"Merged {', '.join(config_ids[1:])} into {config.id} ({counted(len(config.statements), 'statement')}).", as_json
    )


@configs.command("split")
@click.argument("config_id")
@click.option("--statements", required=True, multiple=True, help="Statements to move out into a new configuration, e.g. S10,S11.")
@decision_options
@click.option("--json", "as_json", is_flag=True, help="Print the new configuration as JSON.")
@click.pass_context
def configs_split(ctx, config_id, statements, note, realist_move, because, as_json) -> None:
    """Split statements out of a configuration into a new one.

    Example:

        cmo configs split C4 --statements S10,S11 --move juxtapose
    """
    from cmo.commands.configs import split

    new = split(open_review(ctx), config_id, split_ids(statements), move=realist_move, note=note, because=split_ids(because))
    print_decision(new, f"Split {', '.join(new.statements)} out of {config_id.upper()} into {new.id}.", as_json)


@configs.command("move")
@click.argument("config_id")
@click.argument("domain_given", metavar="[DOMAIN]", required=False)
@click.option("--domain", help="Target domain (slug, unique prefix, or name); or give it after the id.")
@decision_options
@click.option("--json", "as_json", is_flag=True, help="Print the configuration as JSON.")
@click.pass_context
def configs_move(ctx, config_id, domain_given, domain, note, realist_move, because, as_json) -> None:
    """Move a configuration to another domain.

    Example:

        cmo configs move C2 --domain safety

        cmo configs move C2 safety
    """
    from cmo.commands.configs import move_domain
    from cmo.errors import CmoError

    target = domain or domain_given
    if not target or (domain and domain_given and domain != domain_given):
        raise CmoError(f"give the one domain to move {config_id} to: cmo configs move {config_id} --domain SLUG.")
    config = move_domain(open_review(ctx), config_id, target, move=realist_move, note=note, because=split_ids(because))
    print_decision(config, f"Moved {config.id} to {config.domain}.", as_json)


@configs.command("edit")
@click.argument("config_id")
@click.option("--title")
@click.option("--context")
@click.option("--mechanism")
@click.option("--outcome")
@click.option("--key-contexts", "key_contexts", help="For whom or where it applies (the 'key contexts' column); '' clears them.")
@decision_options
@click.option("--json", "as_json", is_flag=True, help="Print the configuration as JSON.")
@click.pass_context
def configs_edit(ctx, config_id, title, context, mechanism, outcome, key_contexts, note, realist_move, because, as_json) -> None:
    """Reword a configuration; your wording survives every later refine.

    Example:

        cmo configs edit C2 --outcome "people disclose less and drop out" --because F3 --move reconcile
    """
    from cmo.commands.configs import edit, get_configuration, reword_doubts

    changes = {"title": title, "context": context, "mechanism": mechanism, "outcome": outcome, "key_contexts": key_contexts}
    review = open_review(ctx)
    before = get_configuration(review, config_id)
    config = edit(review, config_id, changes, move=realist_move, note=note, because=split_ids(because))
    if config == before:
        print_decision(config, f"{config.id} already says that; nothing was changed.", as_json)
        return
    for line in reword_doubts(review, before, config):
        click.echo(line, err=True)
    print_decision(config, f"Edited {config.id}: {', '.join(k for k, v in changes.items() if v is not None)}.", as_json)


@configs.command("detach")
@click.argument("statement_id")
@decision_options
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def configs_detach(ctx, statement_id, note, realist_move, because, as_json) -> None:
    """Take a statement out of its configuration; refine will not put it back.

    Example:

        cmo configs detach S5 --note "about inpatient wards, not remote care"
    """
    from cmo.commands.configs import detach

    detached = detach(open_review(ctx), statement_id, move=realist_move, note=note, because=split_ids(because))
    print_decision(detached, detached.told(), as_json)
    for told in detached.wording:
        warn(told)


@configs.command("accept")
@click.argument("config_ids", nargs=-1, required=True, metavar="CONFIG_ID...")
@decision_options
@click.option("--json", "as_json", is_flag=True, help="Print the configuration (a list when several) as JSON.")
@click.pass_context
def configs_accept(ctx, config_ids, note, realist_move, because, as_json) -> None:
    """Accept configurations: locked against refine (people can still edit them).

    Several are accepted at once, in one transaction (an unknown id changes nothing).

    Example:

        cmo configs accept C2 --note "agreed by the expert reference group"

        cmo configs accept C13 C15 C2
    """
    from cmo.commands.configs import accept

    accepted = accept(open_review(ctx), split_ids(config_ids), move=realist_move, note=note, because=split_ids(because))
    print_decision(accepted[0] if len(accepted) == 1 else accepted, f"Accepted {', '.join(c.id for c in accepted)}.", as_json)


@configs.command("unaccept")
@click.argument("config_ids", nargs=-1, required=True, metavar="CONFIG_ID...")
@decision_options
@click.option("--json", "as_json", is_flag=True, help="Print the configuration (a list when several) as JSON.")
@click.pass_context
def configs_unaccept(ctx, config_ids, note, realist_move, because, as_json) -> None:
    """Undo an accept: refine may place new statements around it again; it stays pinned.

    Several are unaccepted at once, in one transaction (an unknown id changes nothing).

    Example:

        cmo configs unaccept C2 --note "the second round disagreed"

        cmo configs unaccept C1 C4
    """
    from cmo.commands.configs import unaccept

    reopened = unaccept(open_review(ctx), split_ids(config_ids), move=realist_move, note=note, because=split_ids(because))
    ids = ", ".join(c.id for c in reopened)
    one = len(reopened) == 1
    told = f"{ids} {'is' if one else 'are'} no longer accepted (still pinned: refine keeps {'its' if one else 'their'} members)."
    print_decision(reopened[0] if len(reopened) == 1 else reopened, told, as_json)


@configs.command("new")
@click.option(
    "--statements", required=True, multiple=True, help="Statements to make it from, e.g. S1,S2; they leave their configurations."
)
@click.option("--domain", help="Its domain (slug, unique prefix, or name); default: its statements' domain.")
@decision_options
@click.option("--json", "as_json", is_flag=True, help="Print the new configuration as JSON (as 'configs show' does).")
@click.pass_context
def configs_new(ctx, statements, domain, note, realist_move, because, as_json) -> None:
    """Make a configuration by hand from statements, worded from its most central one; it is pinned.

    Example:

        cmo configs new --statements S3,S17 --domain safety --move juxtapose --note "a distinct mechanism"
    """
    from cmo.commands.code import made_by_hand_lines
    from cmo.commands.configs import new_configuration

    review = open_review(ctx)
    view, moved, retired = new_configuration(
        review, split_ids(statements), domain=domain, move=realist_move, note=note, because=split_ids(because)
    )
    for line in made_by_hand_lines(review, view.id):
        click.echo(line, err=True)
    if as_json:
        emit_json(view)
        return
    taken = "; ".join(f"{', '.join(ids)} from {config_id}" for config_id, ids in moved.items())
    click.echo(f"Made {view.id} from {', '.join(view.statements)}{f' ({taken})' if taken else ''}.{left_empty(retired)}")
    print_configurations(review, [view])


@configs.command("retire")
@click.argument("config_id")
@decision_options
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def configs_retire(ctx, config_id, note, realist_move, because, as_json) -> None:
    """Retire a configuration: kept in the audit trail, its id never reused, its statements free again.

    Example:

        cmo configs retire C4 --note "an artefact of two near-identical quotes"
    """
    from cmo.commands.configs import retire

    retired = retire(open_review(ctx), config_id, move=realist_move, note=note, because=split_ids(because))
    print_decision(retired, retired.told(), as_json)


@configs.command("attach")
@click.argument("statement_id")
@click.option("--to", "config_id", required=True, help="The configuration to put it in, e.g. C2.")
@decision_options
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def configs_attach(ctx, statement_id, config_id, note, realist_move, because, as_json) -> None:
    """Put a statement into a configuration (undoes a detach; moves it from any other configuration).

    Example:

        cmo configs attach S5 --to C2 --note "on reflection it is about remote care"
    """
    from cmo.commands.code import support_doubts
    from cmo.commands.configs import attach

    review = open_review(ctx)
    attached = attach(review, statement_id, config_id, move=realist_move, note=note, because=split_ids(because))
    for line in support_doubts(review, review.store.statements_with_ids([attached.statement])):
        click.echo(line, err=True)
    print_decision(attached, attached.told(), as_json)


@configs.command("cite")
@click.argument("config_id")
@click.argument("more_feedback", nargs=-1, metavar="[FEEDBACK]...")
@click.option("--feedback", "feedback_ids", required=True, multiple=True, help="Feedback ids to cite as evidence, e.g. F3,F7.")
@click.option("--note", default="", help="Why: recorded in the history and the report.")
@click.option(
    "--move",
    "realist_move",
    type=click.Choice(["juxtapose", "reconcile", "adjudicate", "consolidate", "situate"]),
    help="The realist move this decision makes, if you name one (none is recorded otherwise).",
)
@click.option("--remove", is_flag=True, help="Take these citations back instead.")
@click.option(
    "--supporting",
    "side",
    flag_value="supporting",
    help="Count these answers for it, whatever their rating (a disagreement that prompted its new wording).",
)
@click.option(
    "--contradicting", "side", flag_value="contradicting", help="Count these answers against it, whatever their rating."
)
@click.option(
    "--about-this",
    "about_this",
    is_flag=True,
    help="Cite an answer given under another configuration's question that is about this one (with --note saying why).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the configuration as JSON.")
@click.pass_context
def configs_cite(ctx, config_id, more_feedback, feedback_ids, note, realist_move, remove, side, about_this, as_json) -> None:
    """Cite feedback from the reference group as evidence for a configuration (packs and report list it): an answer
    about it, about one it came from, or a comment on the programme theory as a whole. An answer counts for it, or
    against it if its respondent disagreed, unless you say which side.

    Example:

        cmo configs cite C2 --feedback F3 --note "clinicians confirmed it from practice"
        cmo configs cite C2 --feedback F3 F7                   # several answers, as F3,F7
        cmo configs cite C9 --feedback F4 --supporting --note "her disagreement is what C9 now says"
        cmo configs cite C2 --feedback F3 --remove --note "cited by mistake"
        cmo configs cite C17 --feedback F12 --about-this --note "written under C22's question, about the group's trust"
    """
    from cmo.commands.configs import cite_doubts, cite_feedback

    review = open_review(ctx)
    feedback_ids = (*feedback_ids, *more_feedback)  # "--feedback F15 F57", as 'code mark S11 S12' takes several (trial CM)
    config = cite_feedback(
        review, config_id, split_ids(feedback_ids), move=realist_move, note=note, remove=remove, side=side, about_this=about_this
    )
    for line in [] if remove or side else cite_doubts(review, config, split_ids(feedback_ids)):
        click.echo(line, err=True)
    cites = ", ".join(config.feedback_evidence)
    print_decision(config, f"{config.id} now cites {cites} as evidence." if cites else f"{config.id} cites no feedback.", as_json)


@cli.command()
@click.argument("identifier", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, oldest first.")
@click.pass_context
def history(ctx: click.Context, identifier: str | None, as_json: bool) -> None:
    """Every change to a configuration or statement (or, with no id, to the whole review): the audit trail RAMESES asks for.

    Example:

        cmo history C2
        cmo history
    """
    from cmo.commands.history import history as run_history
    from cmo.commands.history import history_entry, history_target

    review = open_review(ctx)
    if identifier is not None:
        identifier = history_target(review, identifier)
    decisions = run_history(review, identifier) if identifier is not None else review.store.history()
    if as_json:
        emit_json(decisions)
        return
    if identifier is not None and not decisions:
        click.echo(f"No decision about {identifier} yet.")
        return
    told = (identifier or "").upper() if (identifier or "")[1:].isdigit() else identifier or ""  # C2, S5; a file as named
    for d in decisions:
        entry = history_entry(d, told)  # as `cmo serve` tells it (one rule)
        click.echo(entry.line)
        for detail in entry.details if identifier else ():  # the whole review's: one line each ('cmo history C2' for more)
            click.echo(f"      {detail}")


ROUND_OPEN = "(open until 'cmo round close' freezes it; what you change goes into it)"
"""What `round list` says of the round open now, and a command typed under `round` that does not exist (trial CJ 22:
`cmo round open` got "No such command 'open'", with no word that a round is always open)."""


@cli.group("round")
def round_group() -> None:
    """Consultation rounds: freeze the configurations a pack is made from.

    A round is open from the start, and the next as soon as one closes, until 'cmo round close' freezes it."""


@round_group.command("close")
@click.option("--note", default="", help="What this round was for.")
@click.option("--check", is_flag=True, help="Say what closing now would send and what to look at first; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the round as JSON.")
@click.pass_context
def round_close(ctx: click.Context, note: str, check: bool, as_json: bool) -> None:
    """Freeze the current configurations as round N; the next round starts from it.

    Example:

        cmo round close --check
        cmo round close --note "first consultation with the expert reference group"
    """
    from cmo.commands.rounds import check as check_round
    from cmo.commands.rounds import close

    closed = check_round(open_review(ctx)) if check else close(open_review(ctx), note)
    for warning in closed.warnings:
        warn(warning)
    if as_json:
        emit_json(closed)
    elif check:
        click.echo(
            f"Round {closed.round} is not closed: closing it now would freeze "
            f"{counted(len(closed.configurations), 'configuration')}. "
            + ("Look at the warnings above first." if closed.warnings else "Nothing to look at first.")
        )
    else:
        click.echo(
            f"Closed round {closed.round} with {counted(len(closed.configurations), 'configuration')}. "
            f"Make its pack with 'cmo pack'. Round {closed.round + 1} is now open: what you change goes into it."
        )
    for said in [] if as_json else closed.notes:
        click.echo(said)
    if closed.warnings:
        ctx.exit(1)  # closed, with something for the team to look at


@round_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_context
def round_list(ctx: click.Context, as_json: bool) -> None:
    """List closed rounds, then the round open now (--json: the closed ones).

    A round is open from the start, and the next as soon as one closes, until 'cmo round close' freezes it.

    Example:

        cmo round list
    """
    from cmo.commands.rounds import list_rounds, open_round

    review = open_review(ctx)
    rounds = list_rounds(review)
    if as_json:
        emit_json(rounds)
        return
    for r in rounds:
        click.echo(f"round {r.round}  closed {r.closed_at}  {counted(r.configurations, 'configuration')}  {r.note}")
    click.echo(f"round {open_round(review)}  open  {ROUND_OPEN}")


# --- consultation ------------------------------------------------------------------------------


@cli.command()
@click.option("--round", "round_number", type=int, help="Round number (default: the latest closed round).")
@click.option("--domain", help="Only this domain (slug, unique prefix, or name).")
@click.option("--group", help="For this stakeholder group: its configurations come first.")
@click.option("-o", "--output", type=OUTPUT_FILE, help="Where to write (default: packs/ in the review).")
@click.option("--fresh", is_flag=True, help="Render it from the evidence as it is now, not as the round sent it.")
@click.pass_context
def pack(
    ctx: click.Context, round_number: int | None, domain: str | None, group: str | None, output: str | None, fresh: bool
) -> None:
    """Render a consultation pack: one self-contained HTML file to email or print.

    A closed round's pack is kept in the review as first written, which is what the group was sent, and written
    again as it was; --fresh renders the round's configurations from the evidence as it is now.

    Example:

        cmo pack --group cyp -o pack-young-people.html
    """
    from cmo.commands.pack import make_pack

    written = make_pack(open_review(ctx), round_number, domain, group, Path(output) if output else None, fresh=fresh)
    wrote(Path(written.path))
    if written.untitled:  # trial CH: a pack went to people with learning disabilities headed 'Untitled review'
        warn(
            f"{written.untitled} has no title, so this pack's cover says 'Untitled review'; write it as 'title: …' and "
            "run 'cmo pack --fresh' before sending it (a plain 'cmo pack' writes the pack as first written)."
        )
    if written.fresh and written.kept_since:
        click.echo(
            f"This is round {written.round}'s configurations with the evidence as it is now, not the pack first written "
            f"on {written.kept_since}, as sent; 'cmo pack' writes that one again."
        )
    elif written.kept_since:
        click.echo(
            f"It is round {written.round}'s pack as first written on {written.kept_since}, as sent, whatever the evidence "
            "became since; 'cmo pack --fresh' renders it from the evidence as it is now."
        )


@cli.group()
def feedback() -> None:
    """Feedback from the expert reference group: template, import, summary."""


@feedback.command("template")
@click.option("-o", "--output", required=True, type=OUTPUT_FILE, help="answers.csv or answers.xlsx")
@click.option("--round", "round_number", type=int, help="Round (default: the latest closed).")
@click.pass_context
def feedback_template(ctx: click.Context, output: str, round_number: int | None) -> None:
    """Write the pack's questions as a spreadsheet, for people who prefer one.

    Example:

        cmo feedback template -o answers.xlsx
    """
    from cmo.commands.feedback import feedback_template as write

    wrote(write(open_review(ctx), Path(output), round_number))


@feedback.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--round",
    "round_number",
    type=int,
    help="Round the answers are for (default: the round each file names, else the latest closed).",
)
@click.option(
    "--scale",
    metavar="FROM-TO",
    help="A form's numbered scale, from its disagree end to its agree end: '1-5' when 1 is 'strongly disagree', "
    "'0-100' for a slider, '1-9' for a Delphi panel (both read in thirds; each answer keeps its number). "
    "A form's download gives ratings as numbers alone.",
)
@click.option(
    "--group",
    "regroup",
    multiple=True,
    metavar="[RESPONDENT=]GROUP",
    help="Give a respondent a group (slug, name or alias) where their answer names none or the wrong one, as "
    '--group "Ruby=Youth workers"; repeat for several. A group alone, as --group "Carers", is the group of every '
    "answer in the files naming none (forms one group filled in); answers naming a group keep theirs. "
    "Kept when the file is imported again.",
)
@click.option(
    "--batch",
    type=click.Choice(["new", "replaces"]),
    help="Where the files' respondents are numbers alone an earlier file gave: 'new' reads them as other people (a "
    "second batch of forms numbered from 1 again, named by their file: '1 (batch-b)'), 'replaces' as the same people "
    "answering again. Asked only where every answer differs.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def feedback_import(
    ctx: click.Context,
    files: tuple[str, ...],
    round_number: int | None,
    scale: str | None,
    regroup: tuple[str, ...],
    batch: str | None,
    as_json: bool,
) -> None:
    """Import answers saved from a pack (JSON) or the template (CSV/XLSX).

    Everything is checked first; a problem is named by file, row and field and nothing is imported.
    The same answers imported twice count once; a later file from the same respondent for the same
    round replaces their earlier answers. Each file answers the round it names; a form's download naming none
    answers the round its answers show (already imported, when each came in, the configurations it asks about),
    else the latest closed round.

    Example:

        cmo feedback import feedback-round-1-blue-heron.json answers.xlsx

        cmo feedback import "Round 1 (Responses).csv" --scale 1-5

    A form's raw download (codes, not labels) imports with its data dictionary:

        cmo feedback import raw.csv DataDictionary.csv
    """
    from cmo.commands.feedback import import_feedback
    from cmo.errors import LookAt

    review = open_review(ctx)
    result = import_feedback(review, [Path(f) for f in files], round_number, scale=scale, regroup=regroup, batch=batch)
    for warning in result.warnings:
        warn(warning)
    if as_json:
        emit_json(result)
    else:
        from cmo.commands.feedback import id_runs, kept_again, replaced_said

        ids = f" ({id_runs(result.feedback)})" if result.feedback else ""  # the ids given, not a span holding others
        numbers = [str(n) for n in result.rounds] or [str(result.round)]
        rounds = f"rounds {', '.join(numbers[:-1])} and {numbers[-1]}" if len(numbers) > 1 else f"round {numbers[0]}"
        kept = kept_again(result)  # every id stored is named: an earlier answer in the same file is stored, not counted
        click.echo(f"Imported {counted(result.added, 'answer')} for {rounds}{ids}{kept}; {result.repeated} already imported.")
        if result.replaced:
            click.echo(replaced_said(review, result.replaced))
    if any(isinstance(warning, LookAt) for warning in result.warnings):
        ctx.exit(1)  # done, with something for the team to look at


@feedback.command("withdraw")
@click.argument("named", nargs=-1, required=True, metavar="FILE_OR_IDS")
@click.option("--note", required=True, help="Why the import is taken back: recorded in the history.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def feedback_withdraw(ctx: click.Context, named: tuple[str, ...], note: str, as_json: bool) -> None:
    """Take back one import: by its file's name, as 'cmo feedback list --json' records it, or by answer ids.

    The answers it added are kept, marked withdrawn, in the review and its history, and no longer count, list or
    quote; the answers it replaced count again, as before the import. Nothing the team or the group decided is
    undone behind their back: an answer a configuration cites is refused (take the citation back first), and so is
    one that was in the review when a later round closed, since that round's pack, as sent, was made with it. A
    decision made because of a withdrawn answer stands, and is named. A withdrawn file imported again stays withdrawn.

    Example:

        cmo feedback withdraw forms-round2-download.xlsx --note "downloaded before round 2 closed: not round 1's"

        cmo feedback withdraw F24,F25 --note "test submissions"
    """
    from cmo.commands.feedback import id_runs, withdraw_feedback
    from cmo.errors import LookAt

    ids = [part for text in named for part in split_ids(text)]
    result = withdraw_feedback(open_review(ctx), ids, note=note)
    if as_json:
        emit_json(result)
    else:
        again = (
            f"; {id_runs(result.in_force_again)} count{'s' if len(result.in_force_again) == 1 else ''} again"
            if result.in_force_again
            else ""
        )
        click.echo(f"Withdrew {counted(len(result.withdrawn), 'answer')} ({id_runs(result.withdrawn)}){again}.")
    for warning in result.warnings:
        warn(warning)
    if any(isinstance(warning, LookAt) for warning in result.warnings):
        ctx.exit(1)


@feedback.command("list")
@click.option("--round", "round_number", type=int, help="Only this round (default: every round).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array in id order.")
@click.pass_context
def feedback_list(ctx: click.Context, round_number: int | None, as_json: bool) -> None:
    """List the answers kept: respondent, group, role, round, configuration, rating and comments.

    Example:

        cmo feedback list --round 1 --json
    """
    from cmo.commands.feedback import list_feedback

    answers = list_feedback(open_review(ctx), round_number)
    if as_json:
        emit_json(answers)
        return
    for a in answers:
        who = ", ".join(part for part in (a.group or (f"no group: '{a.group_words}'" if a.group_words else ""), a.role) if part)
        words = a.in_a_line()
        click.echo(
            f"{a.id}  round {a.round}  {a.configuration}  {a.respondent}{f' ({who})' if who else ''}  "
            f"{a.rating_in_words()}{f': {one_line(words, 70)}' if words else ''}"
            f"{f'  (replying to: {one_line(a.quoted, 60)})' if a.quoted else ''}"
            f"{f'  (as written: {one_line(a.original, 60)})' if a.original else ''}"
        )
    click.echo(f"{counted(len(answers), 'answer')}.", err=True)


@feedback.command("summary")
@click.option("--round", "round_number", type=int, help="Round (default: the latest closed).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one object per configuration.")
@click.pass_context
def feedback_summary(ctx: click.Context, round_number: int | None, as_json: bool) -> None:
    """Agreement per configuration and group, with the comments.

    Example:

        cmo feedback summary --json
    """
    from cmo.commands.feedback import feedback_summary as summary

    rows = summary(open_review(ctx), round_number)
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        share = "-" if row.agreement is None else f"{row.agreement:.0%}"
        since = f" [{row.fate_since or 'retired'} since]" if row.retired_since else ""
        unrated = f", {row.unrated} unrated" if row.unrated else ""
        title = one_line(row.title, 50)
        click.echo(
            f"{row.configuration}{since}  {title}  {counted(row.responses, 'answer')}, agree {share} "
            f"({row.agree} agree, {row.partly} partly, {row.disagree} disagree{unrated})"
        )
        for comment in row.comments:
            words = " ".join(comment.in_a_line().split())  # a comment's line breaks kept within its one line
            if words:
                group = comment.group or (f"no group: '{comment.group_words}'" if comment.group_words else "no group")
                click.echo(f"    {comment.feedback} ({group}, {comment.rating_in_words()}): {words}")


# --- reporting ----------------------------------------------------------------------------------


@cli.command()
@click.option("-o", "--output", type=OUTPUT_FILE, help="Where to write (default: report.html in the review).")
@click.option(
    "--format", "fmt", type=click.Choice(["html", "md"]), help="html (the default) or md; -o report.md also chooses Markdown."
)
@click.pass_context
def report(ctx: click.Context, output: str | None, fmt: str) -> None:
    """The RAMESES report: document flow, included documents, configurations by domain,
    consultation rounds, the audit trail, and which RAMESES items remain for the team to write.

    Example:

        cmo report -o report.html
    """
    from cmo.commands.report import left_undecided, missing_from_review_yaml, write_report

    review = open_review(ctx)
    wrote(write_report(review, Path(output) if output else None, fmt))
    missing = missing_from_review_yaml(review) + left_undecided(review)
    for sentence in missing:
        click.echo(sentence, err=True)
    if missing:
        ctx.exit(1)  # written, with something for the team to look at


EXPORT_FORMATS = ("csv", "xlsx", "docx", "bib", "ris", "graphml", "json", "svg")


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), help="The format (default: the output file's extension).")
@click.option("-o", "--output", type=OUTPUT_FILE, help="Where to write (default: export.FORMAT in the review).")
@click.pass_context
def export_command(ctx: click.Context, fmt: str | None, output: str | None) -> None:
    """Export the configurations table and statements (csv, xlsx), the table for a paper (docx),
    the included sources (bib, ris), the graph (graphml) or everything (json).

    Example:

        cmo export --format docx -o configurations.docx

        cmo export -o configurations.xlsx
    """
    from cmo.commands.export import export_warnings, write_export

    fmt = _export_format(fmt, output)
    review = open_review(ctx)
    for path in write_export(review, fmt, Path(output) if output else None):
        wrote(path)
    warnings = export_warnings(review, fmt)  # kept as written: said, exit 1
    for warning in warnings:
        warn(warning)
    if warnings:
        ctx.exit(1)


def _export_format(fmt: str | None, output: str | None) -> str:
    """--format, else the output's extension (a name that disagrees with --format is the engine's to refuse)."""
    suffix = Path(output).suffix.lower().lstrip(".") if output else ""
    if fmt or suffix in EXPORT_FORMATS:
        return fmt or suffix
    raise click.UsageError(f"say which format: --format {'/'.join(EXPORT_FORMATS)}, or -o FILE with one as its extension.")


@cli.command()
@click.argument("folder", default="cmo-demo", type=click.Path(file_okay=False))
@click.pass_context
def demo(ctx: click.Context, folder: str) -> None:
    """Build the shipped example review in FOLDER by running the whole pipeline:
    ingest, selection, appraisal, coding sheet, refine, round, packs, report.

    FOLDER is then an ordinary review that every other command works on.

    Example:

        cmo demo && cd cmo-demo && cmo configs list
    """
    from cmo.commands.demo import run_demo

    result = run_demo(Path(folder))
    for step in result.steps:
        click.echo(f"- {step}")
    click.echo(f"\nThe review is in {result.folder.resolve()}. Open in a browser:")
    for label, path in (
        ("consultation pack", result.pack),
        ("pack for children and young people", result.group_pack),
        ("RAMESES report", result.report),
    ):
        if path:
            click.echo(f"  {label}: {path.resolve().as_uri()}")
    command = _how_to_call_cmo()
    click.echo(f"Then try: cd {folder} && {command} configs list && {command} trace C1")


def _how_to_call_cmo() -> str:
    """`cmo`, or the path it was run by when `cmo` alone would not find it (installed in a venv not activated, as the
    README's first command does): trial H's next command failed as printed. Only a path to a file that is there: a
    wrapper or `python -c` that names itself plain `cmo` was no file in the folder it ran from, and the demo told
    trial BL to run `/tmp/trialBL/cmo`, which did not exist."""
    import shutil
    import sys

    running = Path(sys.argv[0])
    if running.name != "cmo" or not running.is_file():
        return "cmo"
    found = shutil.which("cmo")
    return "cmo" if found and Path(found).resolve() == running.resolve() else str(running.resolve())


@cli.group()
def fulltext() -> None:
    """Attach the sources' PDFs: text per page, searchable, and used to check quotes."""


@fulltext.command("attach")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--source", help="The source one PDF is (otherwise: the DOI or PMID printed in it, or a file named by key).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def fulltext_attach(ctx: click.Context, paths: tuple[Path, ...], source: str | None, as_json: bool) -> None:
    """Attach PDFs (files or folders) to their sources; nothing is guessed.

    Example:

        cmo fulltext attach pdfs/
        cmo fulltext attach scan.pdf --source schlief2022telemental
    """
    from cmo.commands.fulltext import attach

    result = attach(open_review(ctx), list(paths), source)
    if as_json:
        emit_json(result)
    else:
        for row in result.attached:
            click.echo(f"{row.file} -> {row.source} ({counted(row.pages, 'page')}, {row.pages_with_text} with text)")
        for row in result.unmatched:
            near = ", ".join(row.candidates) or "none"
            click.echo(f"{row.file}: matched to no source; nearest: {near} (use --source)", err=True)
        for warning in result.warnings:
            warn(warning)
    ctx.exit(1 if result.unmatched or result.warnings else 0)


@fulltext.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_context
def fulltext_list(ctx: click.Context, as_json: bool) -> None:
    """The attached PDFs: source, file, pages, pages with text.

    Example:

        cmo fulltext list
    """
    from cmo.commands.fulltext import list_fulltexts

    rows = list_fulltexts(open_review(ctx))
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        click.echo(f"{row.source}\t{row.file}\t{counted(row.pages, 'page')}\t{row.pages_with_text} with text")
    click.echo(f"{counted(len(rows), 'full text')}.", err=True)


@cli.command("search")
@click.argument("text")
@click.option("--source", help="Only this source's full text.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, best first.")
@click.pass_context
def search_command(ctx: click.Context, text: str, source: str | None, as_json: bool) -> None:
    """Find passages in the attached full texts (every word must occur on the page).

    Example:

        cmo search "overheard at home"
    """
    from cmo.commands.fulltext import search

    hits = search(open_review(ctx), text, source)
    if as_json:
        emit_json(hits)
        return
    for hit in hits:
        click.echo(f"{hit.source} p. {hit.page}: {hit.snippet}")
    click.echo(f"{counted(len(hits), 'page')}.", err=True)


def _review_given_after(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value:
        ctx.ensure_object(dict)["review"] = value


REVIEW_AFTER = click.Option(
    ["--review", "review_after"],
    type=click.Path(file_okay=False),
    expose_value=False,
    callback=_review_given_after,
    help="The review folder (default: the nearest folder upwards with a review.yaml).",
)
"""One option object shared by every command: it holds no state, and making 55 cost each command's start 4 ms."""


def _by_given_after(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(dict).update(by=value, by_typed=True)


BY_AFTER = click.Option(
    ["--by", "by_after"],
    metavar="NAME",
    expose_value=False,
    callback=_by_given_after,
    help="Who is deciding: recorded with each decision (default: CMO_REVIEWER, else your login name).",
)


def accept_review_after_the_command(group: click.Group) -> None:
    """`--review DIR` and `--by NAME` are accepted before or after the subcommand (`cmo configs list --review
    my-review`), as DESIGN.md promises scripts; `init` and `demo` take their folder as an argument instead."""
    for command in group.commands.values():
        if isinstance(command, click.Group):
            accept_review_after_the_command(command)
        elif command.name not in ("init", "demo") and REVIEW_AFTER not in command.params:
            command.params += [REVIEW_AFTER, BY_AFTER]


accept_review_after_the_command(cli)


INTERRUPTS: list[int] = []
"""Ctrl-Cs this process received: a KeyboardInterrupt raised inside a library's call (pydantic serialising a row)
may come out as that library's own error, which is still the user's Ctrl-C, not an unexpected failure."""


def _interrupt(signum, frame) -> None:
    INTERRUPTS.append(signum)
    signal.default_int_handler(signum, frame)


def main() -> None:
    """Console entry point: tracebacks only with --debug; otherwise one sentence and exit 2."""
    collect_garbage_less_often()
    if signal.getsignal(signal.SIGINT) in (signal.default_int_handler, _interrupted_starting):
        signal.signal(signal.SIGINT, _interrupt)
    try:
        code = cli.main(args=debug_first(sys.argv[1:]), obj={}, prog_name="cmo", standalone_mode=False)
    except click.ClickException as error:
        if isinstance(error, click.UsageError):
            error.message += elsewhere_in_the_tree(error.message) or round_is_open(error)
            click.echo(f"Error: {one_sentence_usage(error)}", err=True)
        else:
            error.show()
        leave(error.exit_code)
    except click.Abort:  # Ctrl-C
        leave(interrupted())
    except Exception as error:  # an unexpected failure: say so plainly, keep the traceback for --debug
        if INTERRUPTS:
            leave(interrupted())
        if DEBUG_FLAG in sys.argv:
            raise
        click.echo(f"Error: unexpected failure: {error} (run with --debug for details).", err=True)
        leave(2)
    leave(code if isinstance(code, int) else 0)


def collect_garbage_less_often() -> None:
    """Python's cycle collector walks every live object each time 700 new ones are made: a listing of 10,000 statements
    spent a fifteenth of its instructions there, collecting nothing (cmo's data holds no cycles; freeing it is the
    reference counts' work). Set once for the process, as mypy does (`gc.set_threshold(200_000, 30, 30)`); cycles are
    still collected, after 200,000 new objects rather than 700."""
    import gc

    gc.set_threshold(200_000, 30, 30)


def in_quote_marks(quote: str) -> str:
    """A quote between quote marks, once: a coder who typed it with its own (“…”) is not given a second pair (trial AJ)."""
    quote = quote.strip()
    if len(quote) > 1 and quote[0] in "\"“‘'«„" and quote[-1] in "\"”’'»":
        return quote
    return f'"{quote}"'


def one_sentence_usage(error: click.UsageError) -> str:
    """A mistyped option or value as one sentence with where to read how the command is used (trial AH: click's
    three lines of usage, "Try …" and the error), as every other refusal is said."""
    message = error.format_message().rstrip()
    if " It is 'cmo " in message:  # `elsewhere_in_the_tree` named the command meant: that is the help
        return message if message.endswith(".") else f"{message}."
    where = f"'{error.ctx.command_path} --help'" if error.ctx is not None else "'cmo --help'"
    return f"{message[:-1] if message.endswith('.') else message} ({where} says how it is used)."


def debug_first(args: list[str]) -> list[str]:
    """`cmo refine --debug` works as `cmo --debug refine`: the failure message tells people to add --debug, and they add
    it at the end of what they typed."""
    return [DEBUG_FLAG, *(arg for arg in args if arg != DEBUG_FLAG)] if DEBUG_FLAG in args else args


def round_is_open(error: click.UsageError) -> str:
    """A command typed under `round` that does not exist (`cmo round open`, `cmo round start`): the state of rounds,
    as there is no opening one (trial CJ 22)."""
    if error.ctx is None or error.ctx.command is not round_group or not error.message.startswith("No such command"):
        return ""
    if getattr(error, "possibilities", None):  # a mistyped command: click names the one meant
        return ""
    return (
        " No command opens a round: one is open from the start, and the next as soon as one closes, until 'cmo round "
        "close' freezes it; 'cmo round list' shows which is open"
    )


def elsewhere_in_the_tree(message: str) -> str:
    """`cmo code detach` → "it is 'cmo configs detach'": a command typed under the wrong group is named where it is."""
    import re

    found = re.match(r"No such command '([^']+)'", message)
    if not found:
        return ""
    paths = []
    stack = [((), cli)]
    while stack:
        prefix, group = stack.pop()
        for name, command in group.commands.items():
            if isinstance(command, click.Group):
                stack.append(((*prefix, name), command))
            elif name == found[1] and prefix:
                paths.append("cmo " + " ".join((*prefix, name)))
    return f" It is {' or '.join(repr(p) for p in sorted(paths))}." if paths else ""


def leave(code: int) -> None:
    """End the process without taking the interpreter apart module by module, which cost a tenth of a
    command's time. By now the command has closed the review (its context closed it) and its files; what
    is left is to flush the output and run the exit handlers (worker pools, temporary folders), as a
    normal exit would."""
    import atexit

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # the reader went away (`cmo configs list | head`)
        code = code or 1
    atexit._run_exitfuncs()
    os._exit(code)


def interrupted() -> int:
    """Ctrl-C: a write is one transaction, so either it was saved whole or nothing was."""
    store = sys.modules.get("cmo.store")
    if store is not None and store.commits_made():
        click.echo(
            "Interrupted: what the command had saved before is in the review (a step that was "
            "running was undone); its summary was not shown.",
            err=True,
        )
        return 1
    click.echo("Interrupted: nothing was changed; the review is as it was.", err=True)
    return 2


if __name__ == "__main__":
    main()
