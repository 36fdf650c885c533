"""The report and the exports, read from the review (`cmo.outputs.report` and `cmo.outputs.export` are pure)."""

from __future__ import annotations

from pathlib import Path

from cmo.commands.fulltext import quote_checks
from cmo.commands.pack import numbers_as_sent
from cmo.files import atomic_write_text, format_for_suffix, refuse_mismatched_suffix
from cmo.models import Source, Statement
from cmo.outputs.report import ReportData, render_report
from cmo.review import SEARCHES, Review
from cmo.synthesis.strength import evidence_strength
from cmo.textio import decode_file


def strength_rule(review: Review, statements: list[Statement] | None = None, sources: list[Source] | None = None):
    """The evidence-strength rule bound to this review's statements and sources (the ones given when the
    caller has read them already: a large review's rows are read once)."""
    if statements is None:
        statements = review.store.statements(include_deleted=True)
    if sources is None:
        sources = review.store.sources()
    kept = {s.id: s for s in statements if not s.deleted}
    by_key = {s.key: s for s in sources}
    return lambda config: evidence_strength(config, kept, by_key)


def report_data(review: Review) -> ReportData:
    store = review.store
    sources, statements = store.sources(), store.statements(include_deleted=True)
    return ReportData(
        review=review.config.as_dict(),
        domains=review.domains,
        groups=review.groups,
        sources=sources,
        statements=statements,
        configurations=store.configurations(include_retired=True),
        decisions=store.history(),
        rounds=store.rounds(),
        feedback=store.feedback(),
        strength=strength_rule(review, statements, sources),
        quote_checks=quote_checks(review),
        files=store.files(),
        record_origins=store.record_origins(),
        notice_types=notice_types(store),
        numbers=numbers_as_sent(review),  # the numbers the group was sent, kept
        searches=searches_kept(review),
    )


def notice_types(store) -> dict[str, str]:
    """Source key → the label one of its records' exports typed it by as a notice about another work (`notice_label`:
    MEDLINE's "PT  - Published Erratum", RIS's M3, EndNote's %9, Web of Science's DT), the rule ingest names the record
    by, read where the type was kept: a source keeps no record type (helper K6). Only the records whose type holds a
    notice's word are read (`Store.records_typed`)."""
    from cmo.bib.dedupe import NOTICE_TYPE_HINTS, notice_label

    found: dict[str, str] = {}
    for key, record in store.records_typed(NOTICE_TYPE_HINTS):
        if key not in found and (label := notice_label(record)):
            found[key] = label
    return found


def searches_kept(review: Review) -> list[dict[str, str]]:
    """The search strategies in the review's folder `searches/` (`review.SEARCHES`), one a text file, by name."""
    folder = review.folder / SEARCHES
    found = sorted(folder.glob("*.txt")) + sorted(folder.glob("*.md")) if folder.is_dir() else []
    return [{"name": path.name, "text": decode_file(path).text} for path in found]


REPORT_SUFFIXES = {"html": (".html", ".htm"), "md": (".md", ".markdown", ".txt")}


def missing_from_review_yaml(review: Review) -> list[str]:
    """What a report cannot be published without and only review.yaml gives (trial T: a report titled "Untitled review",
    with no question, came out without a word): each a sentence naming the file and the key to write."""
    missing = [("title", "the report is headed 'Untitled review'"), ("question", "RAMESES item 4 is left to you")]
    return [
        f"{review.folder / 'review.yaml'} has no {key}: {effect}; write it as '{key}: …' and run 'cmo report' again."
        for key, effect in missing
        if not str(getattr(review.config, key) or "").strip()
    ]


def left_undecided(review: Review) -> list[str]:
    """Each member of a current configuration counted on neither side (`evidence.undecided_ids`), said as refine says
    it (`refine.doubt_line`), with what the report does with it: its table's strength of evidence says so, with the
    team's command, in a report meant for publishing (trial CD: `cmo report` wrote four such rows and said nothing)."""
    from cmo.commands.refine import doubt_line
    from cmo.synthesis.evidence import undecided_ids

    statements = {s.id: s for s in review.store.statements()}
    return [
        f"{doubt_line(statements[sid], config.id, config=config)}; until then the report's strength of evidence for "
        f"{config.id} says so"
        for config in review.store.configurations()
        for sid in undecided_ids(config, statements)
    ]


def write_report(review: Review, path: Path | None = None, fmt: str | None = None) -> Path:
    """HTML unless `fmt` or the output's extension (`-o report.md`) says Markdown."""
    fmt = fmt or (format_for_suffix(path, REPORT_SUFFIXES) if path else None) or "html"
    path = path or review.folder / f"report.{fmt}"
    refuse_mismatched_suffix(path, fmt, REPORT_SUFFIXES, {"html": "HTML", "md": "Markdown"}[fmt])
    atomic_write_text(path, render_report(report_data(review), fmt))
    return path
