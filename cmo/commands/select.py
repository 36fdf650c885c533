"""Selection and realist appraisal of sources, applied to the review.

Files are parsed and checked whole by `cmo.sheets.screening`; the changes are then written in
one transaction and logged, because the document flow in the report is built from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cmo.commands import writes
from cmo.commands.sources import _went_into, get_source, key_aliases
from cmo.errors import BadInput, CmoError
from cmo.models import SCREENED_ONE_AT_A_TIME, SCREENING_FIELDS, SCREENINGS, Action, Decision, Source
from cmo.normalise import clean_text, natural_key, normalise_doi
from cmo.review import Review
from cmo.sheets.screening import (
    VERSION_COLUMN,
    ScreeningDecision,
    parse_origins,
    parse_screening,
    screening_version,
    screening_version_of,
    screening_word,
)
from cmo.views import Selection, counted


@dataclass
class SelectionSummary:
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    blank: int = 0

    def view(self) -> Selection:
        return Selection(
            changed=len(self.changed),
            unchanged=self.unchanged,
            sources=self.changed,
            counts=self.counts,
            warnings=self.warnings,
            blank=self.blank,
        )


@writes
def save_changes(review: Review, updated: list[Source], action: Action, note: str, summary: SelectionSummary) -> Selection:
    """Store the sources that changed, with what each was before (a later file must not erase a reviewer's
    earlier word without trace), and say where a source taken out of the included ones still counts."""
    store = review.store
    with store.transaction():
        before = {s.key: s for s in store.sources_with_keys([s.key for s in updated])}
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
    shown = store.screening_counts()
    summary.counts = {word: shown.get(word, 0) for word in SCREENINGS if word != "maybe" or word in shown}
    return summary.view()


_SELECTION_FIELDS = (*SCREENING_FIELDS, "appraisal", "origin")


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


def set_status(review: Review, keys: list[str], status: str, reason: str = "", note: str | None = None) -> Selection:
    """Include, exclude, maybe (screened, not yet decided: its status stays unscreened) or return to unscreened, with
    the person's note on why where given (`_screening_note`)."""
    if status == "excluded" and not reason.strip():
        raise CmoError("an exclusion needs a reason, e.g. --reason 'not about mental-health services'.")
    read_as: list[str] = []  # a key merged away: the source it went into, said once
    sources = list({source.key: source for source in (get_source(review, key, said=read_as) for key in keys)}.values())
    updated = [
        s.model_copy(
            update={
                "status": "unscreened" if status == "maybe" else status,
                "maybe": status == "maybe",
                "exclusion_reason": reason.strip() if status == "excluded" else "",
                "screened_by": _screener(review, s, status),
                "screening_note": _screening_note(s, status, note),
            }
        )
        for s in sources
    ]
    action = f"select-{status}"  # a maybe is told as one (trial Z: it was recorded as returned to screening)
    said = "; ".join(part for part in (reason.strip(), (note or "").strip()) if part)
    return save_changes(review, updated, action, said, SelectionSummary(warnings=read_as))


def _screening_note(source: Source, status: str, note: str | None) -> str:
    """The note a decision made one at a time leaves on its source: the one given with it (`--note`: why a reviewer
    included or set aside a source, trial AY); without one, the note held where the decision is the one it already had,
    and none where the decision changes, as a note belongs to the decision it was given with (the history keeps it)."""
    if note is not None:
        return clean_text(note)
    return source.screening_note if source.screening == status else ""


def _screener(review: Review, source: Source, status: str) -> str:
    """Who screened a source decided one at a time: the person deciding (`--by`, a browser's name) when the decision
    changes, so RAMESES's "who judged" is answered where the team screens; none once it is back to unscreened."""
    if status == "unscreened":
        return ""
    if source.screening == status:
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


@writes
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
        merged=lambda name: _went_into(review, name),
    )
    updated = [sources[d.key].model_copy(update=_screened(d, sources[d.key])) for d in parsed]
    rows = [FileRow(d.row, d.key, d.version, d.as_made()) for d in parsed]
    refuse_undoing_later_decisions(review, path, "screening", rows, sources, updated)
    unversioned = [new for row, new in zip(rows, updated, strict=True) if row.version is None]
    summary = SelectionSummary(warnings=list(parsed.warnings) + _colleagues_files_turned(review, path, sources, unversioned))
    return save_changes(review, updated, "select-import", f"{FILE_NOTE['screening']} {path.name}", summary)


def _colleagues_files_turned(review: Review, path: Path, before: dict[str, Source], updated: list[Source]) -> list[str]:
    """A decision another person's screening file made (another file, not this one imported again), which this file
    turns round (an inclusion now excluded, an exclusion now included): applied, as a later file is the team's later
    word, but said, naming who decided what with which file and the command that puts it back (trial CX: the peer
    researcher's ASReview export excluded the Pathway trial the registrar's had included, seen only in the history).
    A person revising their own file's decisions, or the same file read again, is not said, nor a row of a sheet cmo
    made (`cmo select template`): its 'cmo version' showed the decision it changes, or was emptied to import over it."""
    store = review.store
    turned = [(before[new.key], new) for new in updated if before[new.key].status != new.status]
    turned = [(now, new) for now, new in turned if "unscreened" not in (now.status, new.status)]
    if not turned:
        return []
    keys = {now.key for now, _ in turned}
    last: dict[str, object] = {}
    for action in ("select-import", *SCREENED_ONE_AT_A_TIME):
        for decision in store.decisions_of(action):
            for key in keys.intersection(decision.targets):
                if _sets(decision, key, ("status",)) and (key not in last or decision.seq > last[key].seq):
                    last[key] = decision
    said = []
    for now, new in turned:
        decision = last.get(now.key)
        if decision is None or decision.action != "select-import" or decision.by == store.reviewer:
            continue
        if decision.note == f"{FILE_NOTE['screening']} {path.name}":
            continue  # this file's own earlier reading
        undo = f"cmo select {'include' if now.status == 'included' else 'exclude'} {now.key}"
        undo += f" --reason '{now.exclusion_reason}'" if now.status == "excluded" and now.exclusion_reason else ""
        doing = f"excludes {new.key} ('{new.exclusion_reason}')" if new.status == "excluded" else f"includes {new.key}"
        said.append(
            f"{path.name} {doing}, {_decided_phrase('screening', decision, now)}: the file's decision was applied, as a "
            f"later file's; '{undo}' puts {decision.by or 'the earlier one'}'s back"
        )
    return said


# --- A file never silently undoes a later decision --------------------------------------------

FILE_NOTE = {"screening": "screening file", "appraisal": "appraisal file"}
"""How the history notes a decision file's import (`select-import`, `appraise-import`): the file's name follows."""
_IMPORT_ACTION = {"screening": "select-import", "appraisal": "appraise-import"}
_ONE_AT_A_TIME = {"screening": SCREENED_ONE_AT_A_TIME, "appraisal": ("appraise",)}
"""Decisions a person makes on one source at a time (`cmo select include/exclude`, `cmo appraise KEY`, the browser)."""
_DECIDED = {
    "screening": ("status", "exclusion_reason", "maybe", "screening_note"),
    "appraisal": ("relevance", "rigour", "note"),
}
"""What such a decision sets that a file could undo: a decision, its reason and the person's note; an appraisal's levels
and note."""
_SHEET_FIELDS = ("status", "exclusion_reason", "screened_by", "screening_note", "maybe")
LISTED_LATER = 5
"""Rows a refusal names one by one; the others by their sources."""


@dataclass
class FileRow:
    """A decision file's row, as the guard against undoing later decisions needs it."""

    row: int
    key: str
    version: str | None = None
    """The 'cmo version' cell of a sheet cmo made (`screening_version`); "" emptied; None: the file has no such column."""
    as_made: bool = False
    """The row says what it said when cmo made the sheet."""


def refuse_undoing_later_decisions(
    review: Review, path: Path, kind: str, rows: list[FileRow], before: dict[str, Source], updated: list[Source]
) -> None:
    """A screening or appraisal file whose row would undo a decision recorded after the file was made is refused
    whole, naming each such row, the source, and who decided what when (trial T: a stale screening template
    re-included a source a colleague had excluded at a team meeting, and an old appraisal file reverted her
    appraisal, both with exit 0, seen only in the history). When the file was made:

    - a sheet cmo made (`cmo select template`) says it in its 'cmo version' column, row by row: a source whose
      screening has changed since, by anyone and any route, is not changed by its row (`_changed_since_made`), unless
      the row's version cell was emptied, the deliberate way to import it over the later decision, as on coding sheets;
    - a file without that column (a team's own, Rayyan's, Covidence's, an older copy of one) cannot say. What a
      reviewer expects is that a colleague's decision on that one source, made one at a time (at the command line or
      in the browser), stands over a bulk file that had not seen it: one made after this file (by its name) last
      changed that source, or ever, when it never did, is not undone by it (`_decided_since_last_import`). The person
      importing the file knows their own decisions, and a decision another file made is a file's to revise: a later
      file is the team's later word (full-text screening after title and abstract). To overturn a colleague's
      decision deliberately, make it again one at a time, or take the row out.
    """
    store = review.store
    # The sources are read inside this command's transaction (`writes`), so nothing changes between check and write.
    changed = [(row, before[new.key], new) for row, new in zip(rows, updated, strict=True) if before[new.key] != new]
    if not changed:
        return
    versioned = [item for item in changed if item[0].version is not None]
    plain = [item for item in changed if item[0].version is None]
    later = _changed_since_made(store, kind, versioned) + _decided_since_last_import(store, path, kind, plain)
    if not later:
        return
    later.sort(key=lambda item: item[0])
    named = "; ".join(text for _, _, text in later[:LISTED_LATER])
    hidden = [key for _, key, _ in later[LISTED_LATER:]]
    if hidden:
        more = f"{', '.join(hidden[:8])}{', …' if len(hidden) > 8 else ''}"
        named += f"; and {len(hidden)} more row{'s' if len(hidden) != 1 else ''} ({more})"
    stale = {row for row, _, _ in later}
    first = next(new for row, _, new in changed if row.row == later[0][0])
    ways = f"make the decision again one at a time ({_deciding_again(kind, first)}) or take the row out"
    if any(row.version for row, _, _ in versioned if row.row in stale):
        ways += f", or empty the row's '{VERSION_COLUMN}' cell to import it over the later decision"
    assumed = ""
    if any(row.row in stale for row, _, _ in plain):
        assumed = (
            f" (a file without cmo's '{VERSION_COLUMN}' column cannot say when it was made, so a colleague's decision made "
            "on a source one at a time since the file last set it stands)"
        )
    raise BadInput(
        f"{path}: {named}. Nothing was imported: a file does not undo a decision recorded after it was made{assumed}. "
        f"If the file is right, {ways}, and import it again."
    )


def _changed_since_made(store, kind: str, changed: list[tuple[FileRow, Source, Source]]) -> list[tuple[int, str, str]]:
    """Rows of a sheet cmo made whose source's screening has changed since the sheet was made (its 'cmo version' is
    not the source's now) and that would change again what changed since (`_changed_fields_since`); a later note
    added elsewhere does not stop the row's own decision. Said of each: who decided what when, and whether the row
    was changed on the sheet too (two decisions that conflict) or left as the sheet was made."""
    found = []
    for row, now, new in changed:
        if not row.version or row.version == screening_version(now):
            continue
        history = store.history(now.key)
        since = _changed_fields_since(history, now, row.version)
        if all(getattr(now, name) == getattr(new, name) for name in since):
            continue
        last = next((d for d in reversed(history) if _sets(d, now.key, since)), None)
        decided = _decided_phrase(kind, last, now) if last else "whose screening has changed"
        edited = "; the row was changed on the sheet too, so the two decisions conflict" if not row.as_made else ""
        said = f"row {row.row} would {_doing(kind, now, new)}, {decided}, after this sheet was made{edited}"
        found.append((row.row, now.key, said))
    return found


def _changed_fields_since(history: list, now: Source, version: str) -> tuple[str, ...]:
    """The screening fields that changed since a sheet was made, found by stepping back through the source's history
    to the screening its 'cmo version' was made from; every field, where the history does not reach it."""
    state = {name: getattr(now, name) for name in _SHEET_FIELDS}
    for decision in reversed(history):
        was = _of(decision.before, now.key)
        state.update({name: was[name] for name in _SHEET_FIELDS if name in was})
        reason = state["exclusion_reason"] if state["status"] == "excluded" else ""
        word = screening_word(state["status"], state["maybe"], state["screened_by"])
        if screening_version_of(word, reason, state["screened_by"], state["screening_note"]) == version:
            return tuple(name for name in _SHEET_FIELDS if state[name] != getattr(now, name))
    return _SHEET_FIELDS


def _decided_since_last_import(
    store, path: Path, kind: str, changed: list[tuple[FileRow, Source, Source]]
) -> list[tuple[int, str, str]]:
    """Rows of a file without a 'cmo version' column that would undo a decision another person made on that source
    one at a time after this file (by name) last changed it, or ever if it never did, and that still stands."""
    if not changed:
        return []
    keys = {row.key for row, _, _ in changed}
    note = f"{FILE_NOTE[kind]} {path.name}"
    last_import: dict[str, int] = {}
    for decision in store.decisions_of(_IMPORT_ACTION[kind]):
        if decision.note == note:
            last_import.update(dict.fromkeys(keys.intersection(decision.targets), decision.seq))
    personal: dict[str, object] = {}
    for action in _ONE_AT_A_TIME[kind]:
        for decision in store.decisions_of(action):
            for key in keys.intersection(decision.targets):
                if key not in personal or decision.seq > personal[key].seq:
                    personal[key] = decision
    found = []
    for row, now, new in changed:
        decision = personal.get(now.key)
        if decision is None or decision.seq <= last_import.get(now.key, 0):
            continue
        if decision.by == store.reviewer:  # both unnamed (root, no --by): taken as one person, as "root" was for both
            continue  # the person importing the file made it: theirs to revise, knowingly
        current, proposed = _decided_values(kind, now), _decided_values(kind, new)
        standing = [name for name, value in _set_values(kind, decision, now.key).items() if current.get(name) == value]
        if not any(proposed[name] != current[name] for name in standing):
            continue  # a later file or command decided since, or the row leaves what the person decided as it is
        since = "and this file has never set it" if now.key not in last_import else "after this file last set it"
        said = f"row {row.row} would {_doing(kind, now, new)}, {_decided_phrase(kind, decision, now)}, {since}"
        found.append((row.row, now.key, said))
    return found


def _decided_values(kind: str, source: Source) -> dict[str, object]:
    if kind == "appraisal":
        return source.appraisal.model_dump(include=set(_DECIDED[kind]))
    return {name: getattr(source, name) for name in _DECIDED[kind]}


def _set_values(kind: str, decision, key: str) -> dict[str, object]:
    """What a one-at-a-time decision set of the fields `_DECIDED` names, as its history entry records it."""
    after, before = _of(decision.after, key), _of(decision.before, key)
    if kind == "appraisal":
        now, was = after.get("appraisal") or {}, before.get("appraisal") or {}
        return {name: now[name] for name in _DECIDED[kind] if name in now and now[name] != was.get(name)}
    return {name: after[name] for name in _DECIDED[kind] if name in after}


def _sets(decision, key: str, fields: tuple[str, ...]) -> bool:
    return any(name in _of(decision.after, key) for name in fields)


def _of(recorded: dict, key: str) -> dict:
    """What a history entry's before or after records of one source (selection decisions key them by source)."""
    found = recorded.get(key)
    return found if isinstance(found, dict) else {}


def _decided_phrase(kind: str, decision, now: Source) -> str:
    """Who decided what when, of a source as it stands: "which KL excluded ('not about remote care') one at a time on
    2026-12-05", "which JG appraised relevance low, rigour low with appraisal file a.csv on 2026-12-06"."""
    who = decision.by or "a reviewer"
    how = "one at a time" if decision.action in _ONE_AT_A_TIME[kind] else f"with {decision.note or decision.action}"
    if kind == "appraisal":
        appraisal = now.appraisal
        what = f"appraised relevance {appraisal.relevance or 'not rated'}, rigour {appraisal.rigour or 'not rated'}"
        what += f" ('{appraisal.note}')" if appraisal.note else ""
    elif _sets(decision, now.key, ("status", "exclusion_reason")):
        reason = f" ('{now.exclusion_reason}')" if now.status == "excluded" and now.exclusion_reason else ""
        words = {"included": "included", "excluded": "excluded", "maybe": "marked maybe"}
        what = words.get(now.screening, "returned to unscreened") + reason
    else:
        return f"whose screening {who} changed {how} on {decision.at[:10]}"
    return f"which {who} {what} {how} on {decision.at[:10]}"


def _doing(kind: str, now: Source, new: Source) -> str:
    """What a row would do to its source, in words: 'include arya2021black again', 'make cooper2024peer's appraisal
    relevance high, rigour medium'."""
    if kind == "appraisal":
        levels = f"relevance {new.appraisal.relevance or 'not rated'}, rigour {new.appraisal.rigour or 'not rated'}"
        return f"make {new.key}'s appraisal {levels}"
    if new.status == "excluded":
        return f"exclude {new.key} ('{new.exclusion_reason}')"
    if new.status == "included":
        return f"include {new.key}"
    return f"mark {new.key} maybe" if new.screening == "maybe" else f"return {new.key} to unscreened"


def _deciding_again(kind: str, new: Source) -> str:
    """The one-at-a-time command that makes a row's decision deliberately."""
    if kind == "appraisal":
        given = (("relevance", new.appraisal.relevance), ("rigour", new.appraisal.rigour))
        return " ".join([f"cmo appraise {new.key}", *(f"--{name} {value}" for name, value in given if value)])
    if new.status == "excluded":
        return f"cmo select exclude {new.key} --reason '{new.exclusion_reason}'"
    if new.status == "included":
        return f"cmo select include {new.key}"
    if new.screening == "maybe":
        return f"cmo select maybe {new.key}"
    return f"'unscreen' on {new.key}'s page in 'cmo serve'"


def _screened(decision: ScreeningDecision, source: Source) -> dict:
    """What a sheet's row sets of its source: the decision and reason, and who screened and their note where the row
    gives them (an empty cell leaves what the review holds, as an appraisal file's does); each screener's own decision
    where the sheet has a column for each. Screeners who disagree leave a decision made as it was, and an unscreened
    source a maybe (screened, not yet decided)."""
    said = {"screened_by": decision.screened_by, "screening_note": decision.note}
    said = {k: v for k, v in said.items() if v} | ({"screeners": decision.screeners} if decision.screeners else {})
    if decision.conflict:
        return said | ({"maybe": True} if source.status == "unscreened" else {})
    cleared = {"screened_by": ""} if decision.status == "unscreened" and not decision.maybe else {}  # as `_screener`
    return {"status": decision.status, "exclusion_reason": decision.reason, "maybe": decision.maybe} | cleared | said


def write_screening_template(review: Review, path: Path, status: str | None = None) -> Path:
    """`cmo select template`: every source (or those with one status) in key order, as a sheet that
    `cmo select import` reads back unchanged."""
    from cmo.bib.citations import citing
    from cmo.sheets.screening import write_screening_sheet

    sources = review.store.sources()
    with citing(sources):  # cited as the review's documents cite them ("Wildman et al. 2019a")
        return write_screening_sheet(path, [s for s in sources if status is None or s.screening == status])


def import_origins(review: Review, path: Path) -> Selection:
    sources = {s.key: s for s in review.store.sources()}
    parsed = parse_origins(path, set(sources), lambda: key_aliases(review))
    updated = [sources[row.key].model_copy(update={"origin": row.origin}) for row in parsed]
    return save_changes(review, updated, "origin-import", f"origins file {path.name}", SelectionSummary(warnings=parsed.warnings))
