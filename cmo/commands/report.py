"""The report and the exports, read from the review (`cmo.outputs.report` and `cmo.outputs.export` are pure)."""

from __future__ import annotations

from pathlib import Path

from cmo.files import atomic_write_text, format_for_suffix, refuse_mismatched_suffix
from cmo.outputs.report import ReportData, render_report
from cmo.review import Review
from cmo.synthesis.strength import evidence_strength


def strength_rule(review: Review):
    """The evidence-strength rule bound to this review's statements and sources."""
    statements = {s.id: s for s in review.store.statements()}
    sources = {s.key: s for s in review.store.sources()}
    return lambda config: evidence_strength(config, statements, sources)


def report_data(review: Review) -> ReportData:
    store = review.store
    return ReportData(
        review=review.config.as_dict(),
        domains=review.domains,
        groups=review.groups,
        sources=store.sources(),
        statements=store.statements(include_deleted=True),
        configurations=store.configurations(include_retired=True),
        decisions=store.history(),
        rounds=store.rounds(),
        feedback=store.feedback(),
        strength=strength_rule(review),
        quote_checks=_quote_checks(review),
    )


def _quote_checks(review: Review) -> dict[str, str]:
    """Each quote's check against the attached full texts; nothing when none is attached."""
    if not review.store.fulltexts():
        return {}
    from cmo.commands.fulltext import verify

    return {checked.statement: checked.status for checked in verify(review)}


REPORT_SUFFIXES = {"html": (".html", ".htm"), "md": (".md", ".markdown", ".txt")}


def write_report(review: Review, path: Path | None = None, fmt: str | None = None) -> Path:
    """HTML unless `fmt` or the output's extension (`-o report.md`) says Markdown."""
    fmt = fmt or (format_for_suffix(path, REPORT_SUFFIXES) if path else None) or "html"
    path = path or review.folder / f"report.{fmt}"
    refuse_mismatched_suffix(path, fmt, REPORT_SUFFIXES, {"html": "HTML", "md": "Markdown"}[fmt])
    atomic_write_text(path, render_report(report_data(review), fmt))
    return path
