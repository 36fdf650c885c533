"""`cmo export`: the review's tables, sources and graph in the formats papers and other tools take, or everything
as JSON (`cmo.outputs.export` writes them)."""

from __future__ import annotations

from pathlib import Path

from cmo.commands.fulltext import quote_checks
from cmo.commands.pack import numbers_as_sent
from cmo.commands.report import strength_rule
from cmo.normalise import natural_key
from cmo.outputs.export import export
from cmo.review import Review


def write_export(review: Review, fmt: str, path: Path | None = None) -> list[Path]:
    """The files written: `export.FORMAT` in the review unless `path` says where."""
    store = review.store
    path = path or review.folder / f"export.{fmt}"
    sources, statements = store.sources(), store.statements(include_deleted=True)
    return export(
        fmt,
        path,
        sources=sources,
        statements=statements,
        configurations=store.configurations(include_retired=True),
        domains=[d.model_dump() for d in review.domains],
        groups=[g.model_dump() for g in review.groups],
        strength=strength_rule(review, statements, sources),
        review=review.config.as_dict(),
        everything=lambda: everything_else(review),
        feedback=store.feedback(replaced=True),  # a configuration may cite an answer a later file replaced
        decisions=store.history(),  # who chose each cited answer's side: told as the report tells it
        quote_checks=lambda: quote_checks(review),
        numbers=numbers_as_sent(review),  # the tables keep the numbers the group was sent
    )


def export_warnings(review: Review, fmt: str) -> list[str]:
    """What an export kept as written and the team should look at: an included source's access date that could be read
    either way round (03/04/2026) or not at all, written as it was rather than as the ISO date BibTeX and RIS want."""
    if fmt not in ("bib", "ris"):
        return []
    from cmo.outputs.export import unread_access_dates

    sources = review.store.sources()
    included = {s.key for s in sources if s.status == "included"}
    return [said for said in unread_access_dates(sources) if said.split(":", 1)[0] in included]


def everything_else(review: Review) -> dict[str, list[dict]]:
    """The tables beyond the synthesis, for the JSON export: each record as read (with its source's key),
    rounds with their frozen configurations, feedback kept, the whole history, the files ingested."""
    store = review.store
    records = [
        {"source": key, **record.model_dump(mode="json")}
        for key in sorted(store.source_keys(), key=natural_key)
        for record in store.records_of(key)
    ]
    return {
        "records": records,
        "rounds": [r.model_dump(mode="json") for r in store.rounds()],
        "feedback": [f.model_dump(mode="json") for f in store.feedback(replaced=True)],  # replaced answers are kept too
        "history": [d.model_dump(mode="json") for d in store.history()],
        "files": store.files(),
    }
