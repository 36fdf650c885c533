"""`cmo appraise`: realist appraisal of sources (relevance and rigour), one at a time or from a file."""

from __future__ import annotations

from pathlib import Path

from cmo.commands import writes
from cmo.commands.select import FILE_NOTE, FileRow, SelectionSummary, refuse_undoing_later_decisions, save_changes
from cmo.commands.sources import _went_into, get_source, key_aliases
from cmo.errors import CmoError
from cmo.models import Appraisal
from cmo.normalise import normalise_doi
from cmo.review import Review
from cmo.sheets.screening import parse_appraisal
from cmo.views import Appraised, Selection


def appraise(review: Review, key: str, relevance: str | None, rigour: str | None, note: str | None) -> Appraised:
    source = get_source(review, key, said=[])  # a key merged away appraises the source it went into, which the answer names
    if relevance is None and rigour is None and note is None:
        raise CmoError("give --relevance, --rigour or --note (high, medium or low).")
    appraisal = source.appraisal.model_copy(
        update={k: v for k, v in {"relevance": relevance, "rigour": rigour, "note": note}.items() if v is not None}
    )
    updated = source.model_copy(update={"appraisal": appraisal})
    save_changes(review, [updated], "appraise", note or "", SelectionSummary())
    return Appraised(key=updated.key, **updated.appraisal.model_dump())


@writes
def import_appraisal(review: Review, path: Path) -> Selection:
    sources = {s.key: s for s in review.store.sources()}
    by_doi = {normalise_doi(s.doi): s.key for s in sources.values() if s.doi}  # as `cmo select import` reads them
    parsed = parse_appraisal(
        path,
        set(sources),
        lambda: key_aliases(review),
        sources_by_key=sources,
        key_by_doi=by_doi,
        merged=lambda name: _went_into(review, name),
    )
    judged = [row for row in parsed.rows if row.appraisal != Appraisal() and not _screening_note_only(row, sources[row.key])]
    updated = [
        sources[row.key].model_copy(update={"appraisal": _given(sources[row.key].appraisal, row.appraisal)}) for row in judged
    ]
    refuse_undoing_later_decisions(review, path, "appraisal", [FileRow(row.row, row.key) for row in judged], sources, updated)
    summary = SelectionSummary(warnings=parsed.warnings, blank=len(parsed.rows) - len(judged))
    return save_changes(review, updated, "appraise-import", f"{FILE_NOTE['appraisal']} {path.name}", summary)


def _screening_note_only(row, source) -> bool:
    """A row that rates nothing and whose note is what the source's screening already notes (one sheet for screening
    and appraisal, its comment read by `cmo select import`): no appraisal, and nothing lost (trial AN: "Include?" with
    only a comment made an appraisal 'relevance not rated, rigour not rated'). Counted with the rows left blank."""
    read = row.appraisal
    if read.relevance or read.rigour or source.appraisal.relevance or source.appraisal.rigour:
        return False
    return bool(read.note) and read.note.strip() in source.screening_note


def _given(kept: Appraisal, read) -> Appraisal:
    """A file's appraisal over the one kept: an empty cell leaves the reviewer's earlier word, as the one-off
    `cmo appraise KEY --rigour` does (a second reviewer's sheet with only relevance filled must not erase rigour)."""
    given = {name: value for name, value in read.model_dump().items() if value not in (None, "")}
    return Appraisal.model_validate({**kept.model_dump(), **given})
