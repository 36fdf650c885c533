"""Selection and realist appraisal of sources, applied to the review.

Files are parsed and checked whole by `cmo.sheets.screening`; the changes are then written in
one transaction and logged, because the document flow in the report is built from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cmo.commands import writes
from cmo.commands.sources import get_source
from cmo.errors import CmoError
from cmo.models import Action, Decision, Source
from cmo.review import Review
from cmo.sheets.screening import parse_origins, parse_screening
from cmo.views import Selection


@dataclass
class SelectionSummary:
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def view(self) -> Selection:
        return Selection(
            changed=len(self.changed), unchanged=self.unchanged, sources=self.changed, counts=self.counts, warnings=self.warnings
        )


@writes
def save_changes(review: Review, updated: list[Source], action: Action, note: str, summary: SelectionSummary) -> Selection:
    store = review.store
    before = {s.key: s for s in store.sources()}
    changed = [s for s in updated if before.get(s.key) != s]
    summary.unchanged += len(updated) - len(changed)
    summary.changed = [s.key for s in changed]
    with store.transaction():
        store.put_sources(changed)
        if changed:
            store.record_decision(Decision(action=action, targets=summary.changed, note=note, round=store.current_round()))
    statuses = [s.status for s in store.sources()]
    summary.counts = {status: statuses.count(status) for status in ("unscreened", "included", "excluded")}
    return summary.view()


def set_status(review: Review, keys: list[str], status: str, reason: str = "") -> Selection:
    if status == "excluded" and not reason.strip():
        raise CmoError("an exclusion needs a reason, e.g. --reason 'not about mental-health services'.")
    sources = [get_source(review, key) for key in keys]
    updated = [
        s.model_copy(update={"status": status, "exclusion_reason": reason.strip() if status == "excluded" else ""})
        for s in sources
    ]
    summary = SelectionSummary(warnings=_coded_but_excluded(review, updated) if status == "excluded" else [])
    return save_changes(review, updated, f"select-{status}", reason, summary)


def _coded_but_excluded(review: Review, sources: list[Source]) -> list[str]:
    """Excluding a source does not undo the coding done from it: say where its statements still count."""
    warnings = []
    for source in sources:
        coded = [s.id for s in review.store.statements(source.key)]
        if coded:
            held = sorted({c.id for c in review.store.configurations() for s in coded if s in c.statements})
            where = f" (in {', '.join(held)})" if held else ""
            warnings.append(
                f"{source.key} has {len(coded)} coded statement(s){where} that still count as evidence; "
                f"detach them with 'cmo configs detach' if they should not."
            )
    return warnings


def import_screening(
    review: Review, path: Path, default_status: str | None = None, default_reason: str | None = None
) -> Selection:
    sources = {s.key: s for s in review.store.sources()}
    by_doi = {s.doi: s.key for s in sources.values() if s.doi}
    parsed = parse_screening(
        path,
        sources,
        by_doi,
        default_status=default_status,
        default_reason=default_reason,
        aliases=review.store.record_key_aliases,
    )
    updated = [sources[d.key].model_copy(update={"status": d.status, "exclusion_reason": d.reason}) for d in parsed]
    excluded = [s for s in updated if s.status == "excluded"]
    summary = SelectionSummary(warnings=parsed.warnings + _coded_but_excluded(review, excluded))
    return save_changes(review, updated, "select-import", f"screening file {path.name}", summary)


def import_origins(review: Review, path: Path) -> Selection:
    sources = {s.key: s for s in review.store.sources()}
    parsed = parse_origins(path, set(sources), review.store.record_key_aliases)
    updated = [sources[row.key].model_copy(update={"origin": row.origin}) for row in parsed]
    return save_changes(review, updated, "origin-import", f"origins file {path.name}", SelectionSummary(warnings=parsed.warnings))
