"""The report and the exports, read from the review (`cmo.report` and `cmo.export` are pure)."""

from __future__ import annotations

from pathlib import Path

from cmo.export import export
from cmo.files import atomic_write_text, format_for_suffix, refuse_mismatched_suffix
from cmo.report import ReportData, render_report
from cmo.review import Review
from cmo.strength import evidence_strength


def _strength(review: Review):
    statements = {s.id: s for s in review.store.statements()}
    sources = {s.key: s for s in review.store.sources()}
    return lambda config: evidence_strength(config, statements, sources)


def report_data(review: Review) -> ReportData:
    store = review.store
    return ReportData(
        review=review.config, domains=review.domains, groups=review.groups,
        sources=store.sources(), statements=store.statements(),
        configurations=store.configurations(include_retired=True), decisions=store.history(),
        rounds=store.rounds(), feedback=store.feedback(), strength=_strength(review),
    )


REPORT_SUFFIXES = {"html": (".html", ".htm"), "md": (".md", ".markdown", ".txt")}


def write_report(review: Review, path: Path | None = None, fmt: str | None = None) -> Path:
    """HTML unless `fmt` or the output's extension (`-o report.md`) says Markdown."""
    fmt = fmt or (format_for_suffix(path, REPORT_SUFFIXES) if path else None) or "html"
    path = path or review.folder / f"report.{fmt}"
    refuse_mismatched_suffix(path, fmt, REPORT_SUFFIXES, {"html": "HTML", "md": "Markdown"}[fmt])
    atomic_write_text(path, render_report(report_data(review), fmt))
    return path


def write_export(review: Review, fmt: str, path: Path) -> list[Path]:
    store = review.store
    return export(
        fmt, path, sources=store.sources(), statements=store.statements(),
        configurations=store.configurations(include_retired=True), domains=review.domains,
        groups=review.groups, strength=_strength(review), review=review.config,
    )
