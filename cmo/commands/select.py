"""Selection and realist appraisal of sources, applied to the review.

Files are parsed and checked whole by `cmo.sheets.screening`; the changes are then written in
one transaction and logged, because the document flow in the report is built from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cmo.commands import writes
from cmo.commands.sources import get_source, key_aliases
from cmo.errors import CmoError
from cmo.models import Action, Decision, Source
from cmo.normalise import natural_key, normalise_doi
from cmo.review import Review
from cmo.sheets.screening import ScreeningDecision, parse_origins, parse_screening
from cmo.views import Selection, counted


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
    """Store the sources that changed, with what each was before (a later file must not erase a reviewer's
    earlier word without trace), and say where a source taken out of the included ones still counts."""
    store = review.store
    with store.transaction():
        before = {s.key: s for s in store.sources()}
        changed = [s for s in updated if before.get(s.key) != s]
        summary.unchanged += len(updated) - len(changed)
        summary.changed = [s.key for s in changed]
        summary.warnings += _still_counting(review, [s for s in changed if s.status != before[s.key].status])
        store.put_sources(changed)
        if changed:
            was, now = _changed_fields(before, changed)
            decision = Decision(
                action=action, targets=summary.changed, note=note, round=store.current_round(), before=was, after=now
            )
            store.record_decision(decision)
    statuses = [s.status for s in store.sources()]
    summary.counts = {status: statuses.count(status) for status in ("unscreened", "included", "excluded")}
    return summary.view()


_SELECTION_FIELDS = ("status", "exclusion_reason", "screened_by", "screening_note", "appraisal", "origin")


def _changed_fields(before: dict[str, Source], changed: list[Source]) -> tuple[dict, dict]:
    was: dict[str, dict] = {}
    now: dict[str, dict] = {}
    for source in changed:
        old = before[source.key]
        for name in _SELECTION_FIELDS:
            if getattr(old, name) != getattr(source, name):
                was.setdefault(source.key, {})[name] = _plain(getattr(old, name))
                now.setdefault(source.key, {})[name] = _plain(getattr(source, name))
    return was, now


def _plain(value):
    return value.model_dump() if hasattr(value, "model_dump") else value


def set_status(review: Review, keys: list[str], status: str, reason: str = "") -> Selection:
    if status == "excluded" and not reason.strip():
        raise CmoError("an exclusion needs a reason, e.g. --reason 'not about mental-health services'.")
    sources = [get_source(review, key) for key in keys]
    updated = [
        s.model_copy(
            update={
                "status": status,
                "exclusion_reason": reason.strip() if status == "excluded" else "",
                "screened_by": _screener(review, s, status),
            }
        )
        for s in sources
    ]
    return save_changes(review, updated, f"select-{status}", reason, SelectionSummary())


def _screener(review: Review, source: Source, status: str) -> str:
    """Who screened a source decided one at a time: the person deciding (`--by`, a browser's name) when the decision
    changes, so RAMESES's "who judged" is answered where the team screens; none once it is back to unscreened."""
    if status == "unscreened":
        return ""
    if source.status == status:
        return source.screened_by
    return review.store.reviewer or source.screened_by


def _still_counting(review: Review, sources: list[Source]) -> list[str]:
    """Taking a source out of the included ones (excluded, or back to unscreened) does not undo the coding done
    from it: say where its statements still count."""
    warnings = []
    configurations = None  # read once, and only when a source left out has statements
    for source in sources:
        if source.status == "included":
            continue
        coded = [s.id for s in review.store.statements(source.key)]
        if coded:
            configurations = review.store.configurations() if configurations is None else configurations
            held = sorted({c.id for c in configurations for s in coded if s in c.statements}, key=natural_key)
            accepted = [c.id for c in configurations if c.accepted and c.id in held]
            where = f" (in {', '.join(held)})" if held else ""
            how = "detach them with 'cmo configs detach'"
            if accepted:  # trial K: the advice named a detach that an accepted configuration refuses
                how = f"{' and '.join(accepted)} {'is' if len(accepted) == 1 else 'are'} accepted: unaccept, then {how}"
            standing = (
                f"they stay in their configurations but no longer count towards the strength of evidence ({how} to take them out)"
                if source.status == "excluded"
                else f"they still count as evidence ({how} if they should not)"
            )
            warnings.append(f"{source.key} has {counted(len(coded), 'coded statement')}{where}: {standing}.")
    return warnings


def import_screening(
    review: Review,
    path: Path,
    default_status: str | None = None,
    default_reason: str | None = None,
    sheet_name: str | None = None,
) -> Selection:
    sources = {s.key: s for s in review.store.sources()}
    by_doi = {normalise_doi(s.doi): s.key for s in sources.values() if s.doi}  # as the sheet's DOIs are read
    parsed = parse_screening(
        path,
        sources,
        by_doi,
        default_status=default_status,
        default_reason=default_reason,
        aliases=lambda: key_aliases(review),
        sheet=sheet_name,
    )
    updated = [sources[d.key].model_copy(update=_screened(d)) for d in parsed]
    summary = SelectionSummary(warnings=list(parsed.warnings))
    return save_changes(review, updated, "select-import", f"screening file {path.name}", summary)


def _screened(decision: ScreeningDecision) -> dict[str, str]:
    """What a sheet's row sets of its source: the decision and reason, and who screened and their note where the row
    gives them (an empty cell leaves what the review holds, as an appraisal file's does)."""
    said = {"screened_by": decision.screened_by, "screening_note": decision.note}
    cleared = {"screened_by": ""} if decision.status == "unscreened" else {}  # as `_screener`: back to nobody's
    return {"status": decision.status, "exclusion_reason": decision.reason} | cleared | {k: v for k, v in said.items() if v}


def write_screening_template(review: Review, path: Path, status: str | None = None) -> Path:
    """`cmo select template`: every source (or those with one status) in key order, as a sheet that
    `cmo select import` reads back unchanged."""
    from cmo.bib.citations import citing
    from cmo.sheets.screening import write_screening_sheet

    sources = review.store.sources()
    with citing(sources):  # cited as the review's documents cite them ("Wildman et al. 2019a")
        return write_screening_sheet(path, [s for s in sources if status is None or s.status == status])


def import_origins(review: Review, path: Path) -> Selection:
    sources = {s.key: s for s in review.store.sources()}
    parsed = parse_origins(path, set(sources), lambda: key_aliases(review))
    updated = [sources[row.key].model_copy(update={"origin": row.origin}) for row in parsed]
    return save_changes(review, updated, "origin-import", f"origins file {path.name}", SelectionSummary(warnings=parsed.warnings))
