"""`cmo export`: the review's tables, sources and graph in the formats papers and other tools take (`cmo.outputs.export` writes them)."""

from __future__ import annotations

from pathlib import Path

from cmo.commands.report import strength_rule
from cmo.outputs.export import export
from cmo.review import Review


def write_export(review: Review, fmt: str, path: Path | None = None) -> list[Path]:
    """The files written: `export.FORMAT` in the review unless `path` says where."""
    store = review.store
    path = path or review.folder / f"export.{fmt}"
    return export(
        fmt, path, sources=store.sources(), statements=store.statements(),
        configurations=store.configurations(include_retired=True), domains=[d.model_dump() for d in review.domains],
        groups=[g.model_dump() for g in review.groups], strength=strength_rule(review), review=review.config.as_dict(),
    )
