"""Coded CMO statements in the review: import a coding sheet, add one, list, show, delete, mark.

The sheet is parsed and checked whole (`cmo.sheets.coding`) before anything is written; the write
is one transaction, so a sheet is either imported entirely or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cmo.commands import writes
from cmo.commands.configs import _record, get_configuration, release, with_stances
from cmo.commands.refine import doubt_line
from cmo.commands.sources import get_source, key_aliases
from cmo.errors import BadInput, CmoError, LookAt, NotFound
from cmo.models import Decision, Domain, Stance, Statement
from cmo.review import Review
from cmo.synthesis.evidence import contradicting_ids, denial_in_line, reads_against
from cmo.synthesis.marked import IF_THEN_BECAUSE, marked_parts
from cmo.synthesis.members import with_groups
from cmo.views import CodeImported, Deleted, Marked, PlacementView, StatementDetail, page_reference

if TYPE_CHECKING:
    from cmo.sheets.coding import StatementRow


@dataclass
class ImportSummary:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)
    quotes_not_found: list[str] = field(default_factory=list)

    def view(self) -> CodeImported:
        return CodeImported(
            added=len(self.added),
            updated=len(self.updated),
            unchanged=self.unchanged,
            statements=self.added + self.updated,
            warnings=self.warnings,
            quotes_not_found=self.quotes_not_found,
            look_at=[w for w in self.warnings if isinstance(w, LookAt)],
        )


@dataclass
class AddedStatement:
    statement: Statement
    warnings: list[str] = field(default_factory=list)


def _labels(items: list[Domain]) -> dict[str, str]:
    """Accept a slug or a name in a sheet, any case."""
    return {label: item.slug for item in items for label in (item.slug, item.name)}


def _unlisted_groups(review: Review, statements) -> dict[str, list[str]]:
    """Group slugs statements are tagged with that review.yaml no longer lists (deleted there by hand), with who uses
    them: still read on a sheet (cmo's own template writes them back), and said, as a domain that goes missing is."""
    listed = {g.slug for g in review.groups}
    unlisted: dict[str, list[str]] = {}
    for statement in statements:
        for slug in statement.groups:
            if slug not in listed and not statement.deleted:
                unlisted.setdefault(slug, []).append(statement.id)
    return unlisted


def _unlisted_group_warning(slug: str, ids: list[str]) -> LookAt:
    shown = ", ".join(ids[:6]) + ("…" if len(ids) > 6 else "")
    return LookAt(
        f"{len(ids)} statement{'s' if len(ids) != 1 else ''} ({shown}) {'are' if len(ids) != 1 else 'is'} tagged with "
        f"group '{slug}', which review.yaml no longer lists: list it again under groups, or re-tag "
        f"{'them' if len(ids) != 1 else 'it'} on the sheet."
    )


def _domain_labels(review: Review) -> dict[str, str]:
    """As `_labels`, and a slug the team has since renamed (`cmo domains rename`): a sheet written before the
    rename still imports, to the domain as it is called now."""
    labels = _labels(review.domains)
    renamed = {d.before.get("domain"): d.after.get("domain") for d in review.store.decisions_of("domain-rename")}
    for old in renamed:
        now, seen = old, {old}
        while now in renamed and renamed[now] not in seen:
            now = renamed[now]
            seen.add(now)
        if old and old not in labels and now in review.domain_slugs():
            labels[old] = now
    return labels


@writes
def import_sheet(review: Review, path: Path, sheet_name: str | None = None) -> CodeImported:
    from cmo.outputs.export import STATEMENT_COLUMNS
    from cmo.sheets.coding import parse_coding_sheet  # sheets load only for the commands that read or write one

    store = review.store
    existing = {s.id: s for s in store.statements(include_deleted=True)}
    unlisted = _unlisted_groups(review, existing.values())
    sheet = parse_coding_sheet(
        path,
        source_keys=store.source_keys(),
        domains=_domain_labels(review),
        groups=_labels(review.groups) | {slug: slug for slug in unlisted},
        statement_ids=set(existing),
        record_keys=lambda: key_aliases(review),
        cmo_columns=STATEMENT_COLUMNS,  # an export's statements table, edited and imported: its computed columns are cmo's
        sheet=sheet_name,
    )
    summary = ImportSummary(warnings=list(sheet.warnings) + [_unlisted_group_warning(g, ids) for g, ids in unlisted.items()])
    rows = [_with_stored_page(path, row, existing, summary) for row in sheet.rows]
    with store.transaction():
        _refuse_undoing_later_changes(store, path, rows, existing, as_read=sheet.rows)
        known = {_identity(s): s.id for s in existing.values()}
        alike = {_coded_alike(s): s.id for s in existing.values() if not s.deleted}
        changed = [_apply(store, path, row, existing, known, alike, summary) for row in rows]
        changed = [s for s in changed if s is not None]
        store.put_statements(changed)
        _regroup(review, summary.updated)
        if changed:
            before, after = _updated_fields(existing, [s for s in changed if s.id in set(summary.updated)])
            store.record_decision(
                Decision(
                    action="code-import",
                    targets=[s.id for s in changed],
                    round=store.current_round(),
                    note=f"coding sheet {path.name}: {len(summary.added)} added, {len(summary.updated)} updated",
                    before=before,
                    after=after,
                )
            )
    summary.warnings += evidence_warnings(review, [s.source for s in changed])
    summary.warnings += locked_reading_warnings(review, existing, [s for s in changed if s.id in set(summary.updated)])
    _check_quotes(review, changed, summary)
    return summary.view()


def locked_reading_warnings(review: Review, before: dict[str, Statement], updated: list[Statement]) -> list[str]:
    """A statement whose wording now reads the other way (its outcome no longer follows, or now does) inside an
    accepted configuration, which refine leaves as the team accepted it: said, so the team decides with `code mark`
    (trial C: accepted C7 went on counting "facility births did not increase" as support, unseen)."""
    turned = [s for s in updated if reads_against(s) != reads_against(before[s.id])]
    warnings = []
    for statement in turned:
        for config in review.store.configurations_holding(statement.id):
            if not config.accepted or config.id in statement.stance:
                continue
            now = "reads as the outcome not following" if reads_against(statement) else "no longer reads against it"
            warnings.append(
                LookAt(
                    f"{statement.id} is in {config.id}, which the team accepted as it was; its outcome now {now} "
                    f"('{statement.outcome[:80]}'): 'cmo code mark {statement.id} --contradicting {config.id}' "
                    "(or --supporting) says which it is."
                )
            )
    return warnings


def _with_stored_page(path: Path, row: StatementRow, existing: dict[str, Statement], summary: ImportSummary) -> StatementRow:
    """A row for a statement whose page a spreadsheet made a date (Excel re-saving a template CSV: '12-15' as '15-Dec')
    keeps the page the review holds, and says so, when the date is made of that page's numbers or the row is
    otherwise the statement as the sheet was made from it (its version column says so): the date is the spreadsheet's,
    not the coder's (trial I: the right '12-15' was replaced by '15-Dec'). Any other date is imported as written."""
    from cmo.sheets.coding import date_made_of, page_is_a_date, sheet_version

    stored = existing.get(row.id) if row.id else None
    page = row.fields.get("page", "")
    if stored is None or not row.page_warning or not stored.page or page_is_a_date(stored.page):
        return row
    kept = row.model_copy(update={"fields": {**row.fields, "page": stored.page}})
    if date_made_of(page, stored.page):
        why = f"a date a spreadsheet made of {row.id}'s page '{stored.page}'"
    elif row.version == sheet_version(stored) and kept.update(stored) == stored:
        why = f"a date, on a row that is otherwise {row.id} as the sheet was made from it"
    else:
        return row
    summary.warnings = [w for w in summary.warnings if w != row.page_warning]
    summary.warnings.append(
        LookAt(
            f"{path}: row {row.row}: the page '{page}' is {why}; {row.id} keeps its page '{stored.page}'. "
            f"Type pages as text ('{stored.page}) so a spreadsheet leaves them as they are."
        )
    )
    return kept


def _refuse_undoing_later_changes(store, path: Path, rows, existing: dict[str, Statement], *, as_read) -> None:
    """A row made from a statement as it was before a later change (`cmo code edit`, another coder's sheet) would
    undo that change unseen: the sheet is refused, naming each such row and what changed the statement since; first
    the rows changed on this sheet (two changes that conflict), then those it left as they were (trial I: the coder's
    own row was hidden among "30 more rows" she never touched). `as_read` are the rows as the sheet has them, before
    a page a spreadsheet made a date was given back (`_with_stored_page`)."""
    from cmo.sheets.coding import VERSION_COLUMN, sheet_version

    changed, left = [], []
    for row, read in zip(rows, as_read, strict=True):
        now = existing.get(row.id) if row.id else None
        if now is None or not row.version or row.version == sheet_version(now) or row.update(now) == now:
            continue
        last = next(reversed(store.history(now.id)), None)
        since = f" (by 'cmo {last.action.replace('-', ' ')}' on {last.at[:10]})" if last else ""
        if sheet_version(read.update(now)) == row.version:  # the row is as the sheet was made: nobody changed it there
            said = f"has changed since this sheet was made{since}, and the row would undo that"
            left.append((row, f"row {row.row}: {row.id} {said}"))
        else:
            said = f"was changed on this sheet and has changed since it was made{since}: the two changes conflict"
            changed.append((row, f"row {row.row}: {row.id} {said}"))
    if changed or left:
        raise BadInput(
            f"{path}: {_stale_rows(changed, left)}. Nothing was imported: take a fresh sheet with 'cmo code template' and "
            f"make your changes there, or empty the row's '{VERSION_COLUMN}' cell to import it over the later change."
        )


LISTED_STALE_ROWS = 5


def _stale_rows(changed: list[tuple[StatementRow, str]], left: list[tuple[StatementRow, str]]) -> str:
    """The rows an old sheet would undo later changes with, those changed on it first, then those it left alone."""
    shown_changed = changed[:LISTED_STALE_ROWS]
    shown_left = left[: LISTED_STALE_ROWS - len(shown_changed)]
    more = []
    if len(changed) > len(shown_changed):
        count = len(changed) - len(shown_changed)
        more.append(f"{count} more row{'s' if count != 1 else ''} changed on this sheet")
    hidden = [row.id for row, _ in left[len(shown_left) :]]
    if hidden:
        ids = ", ".join(hidden[:8]) + (", …" if len(hidden) > 8 else "")
        more.append(f"{len(hidden)} more row{'s' if len(hidden) != 1 else ''} left as the sheet was made ({ids})")
    named = "; ".join(text for _, text in shown_changed + shown_left)
    return named + (f"; and {' and '.join(more)}" if more else "")


def _updated_fields(existing: dict[str, Statement], updated: list[Statement]) -> tuple[dict, dict]:
    """What each updated statement said before and says now, field by field, for the history (as `cmo code edit`)."""
    before: dict[str, dict] = {}
    after: dict[str, dict] = {}
    for statement in updated:
        old, new = existing[statement.id].model_dump(), statement.model_dump()
        changed = {name for name in new if old.get(name) != new[name]}
        before[statement.id] = {name: old[name] for name in sorted(changed)}
        after[statement.id] = {name: new[name] for name in sorted(changed)}
    return before, after


def _check_quotes(review: Review, changed: list[Statement], summary: ImportSummary) -> None:
    """Quotes of sources with an attached full text are checked as they come in (`cmo code verify`)."""
    from cmo.commands.fulltext import QuoteChecker

    checker = QuoteChecker(review)
    for statement in changed:
        if not statement.quote.strip():
            continue
        found = checker.check(statement.quote, statement.page, statement.source)
        if found.status == "not_found":
            summary.quotes_not_found.append(statement.id)
            summary.warnings.append(
                f"{statement.id}: its quote is not in {statement.source}'s full text "
                f'(closest passage {found.similarity:.0f}% alike, p. {found.found_page}: "{found.passage[:80]}").'
            )
        elif found.status == "close":
            summary.warnings.append(
                LookAt(
                    f"{statement.id}: its quote is not word for word in {statement.source}'s full text "
                    f'({found.similarity:.0f}% alike, p. {found.found_page} of the PDF: "{found.passage[:80]}").'
                )
            )
        elif found.status == "other_page":
            where = f"p. {found.found_page} of the full text, not {page_reference(statement.page)}"
            summary.warnings.append(f"{statement.id}: its quote is on {where}.")


def _regroup(review: Review, updated: list[str]) -> None:
    """A configuration's groups follow its statements' tags, so a re-tagged statement re-tags its holders."""
    if not updated:
        return
    statements = {s.id: s for s in review.store.statements()}
    wanted = set(updated)
    holders = [c for c in review.store.configurations() if wanted & set(c.statements)]
    regrouped = [with_groups(c, statements) for c in holders]
    review.store.put_configurations([c for c, old in zip(regrouped, holders) if c != old])


WARNED_SOURCES = 10
"""Sources named one by one in evidence warnings; a sheet coded before screening may hold thousands."""


def evidence_warnings(review: Review, source_keys: list[str]) -> list[str]:
    """One sentence per source that is not included but has statements.

    The rule, as when a coded source is excluded (`cmo select exclude`): its statements stay in their configurations
    until a person detaches them or codes them to the right source (cmo does not silently drop them), but an excluded
    source is not counted in the strength of evidence (`cmo.synthesis.strength`); an unscreened one still is.
    """
    warnings = []
    not_included = review.store.sources_not_included()
    for key in dict.fromkeys(source_keys):
        if key not in not_included:
            continue
        status, reason = not_included[key]
        coded = [s.id for s in review.store.statements(key) if not s.detached]
        if not coded:
            continue
        ids = ", ".join(coded[:8]) + (f" and {len(coded) - 8} more" if len(coded) > 8 else "")
        one = len(coded) == 1
        statements = f"its {len(coded)} statement{'' if one else 's'} ({ids})"
        them = "it" if one else "them"
        if status == "excluded":
            reason = reason.strip()
            warnings.append(
                f"{key} is excluded{f' ({reason})' if reason else ''}; {statements} {'stays' if one else 'stay'} in "
                f"{'its configuration' if one else 'their configurations'} but {'does' if one else 'do'} not count towards "
                f"the strength of evidence: detach {them} with 'cmo configs detach' or correct the source in the coding sheet."
            )
        else:
            theirs = f"{statements} count{'s' if one else ''} as evidence"
            warnings.append(
                f"{key} is unscreened; {theirs} all the same: include it with 'cmo select include {key}', "
                f"or detach {them} with 'cmo configs detach' if {'it does' if one else 'they do'} not belong."
            )
    if len(warnings) > WARNED_SOURCES:
        rest = [w.split(" ", 1)[0] for w in warnings[WARNED_SOURCES:]]
        shown = ", ".join(rest[:5]) + (", …" if len(rest) > 5 else "")
        warnings = warnings[:WARNED_SOURCES] + [
            f"{len(rest)} more sources that are not included have statements counting as evidence ({shown}); "
            "'cmo sources list --json' shows each source's status."
        ]
    return warnings


def _identity(statement: Statement) -> tuple:
    return (statement.source, statement.context, statement.mechanism, statement.outcome, statement.quote, statement.page)


def _coded_alike(statement: Statement) -> tuple:
    """What a coder codes: the source, the CMO and the quote; a row without an id that says all of it again is the
    same statement, whatever its page."""
    return _identity(statement)[:-1]


def _apply(
    store,
    path: Path,
    row: StatementRow,
    existing: dict[str, Statement],
    known: dict[tuple, str],
    alike: dict[tuple, str],
    summary: ImportSummary,
) -> Statement | None:
    if row.id is None:
        draft = row.new_statement("S0")
        identity = _identity(draft)
        if identity in known:
            summary.unchanged += 1
            summary.warnings.append(
                f"{path}: row {row.row} repeats {known[identity]} word for word (no id given); it was not imported again."
            )
            return None
        if _coded_alike(draft) in alike and alike[_coded_alike(draft)] in existing:
            return _page_again(path, row, existing[alike[_coded_alike(draft)]], summary)
        statement = row.new_statement(store.next_id("S"))
        known[identity] = statement.id
        summary.added.append(statement.id)
        _without_mechanism(path, row, statement, None, summary)
        return statement
    updated = row.update(existing[row.id])
    if updated == existing[row.id]:
        summary.unchanged += 1
        return None
    if existing[row.id].deleted:  # an old copy of the sheet: the deletion was a person's decision and stands
        summary.unchanged += 1
        summary.warnings.append(
            LookAt(
                f"{path}: row {row.row}: {row.id} was deleted ('cmo history {row.id}' says why); the row's changes were not "
                "imported."
            )
        )
        return None
    summary.updated.append(row.id)
    _without_mechanism(path, row, updated, existing[row.id], summary)
    return updated


def _without_mechanism(
    path: Path, row: StatementRow, statement: Statement, before: Statement | None, summary: ImportSummary
) -> None:
    """A statement the sheet leaves with no mechanism (new, or emptied) says what happened but not why: named."""
    if statement.mechanism.strip() or (before is not None and not before.mechanism.strip()):
        return
    summary.warnings.append(
        LookAt(
            f"{path}: row {row.row}: {statement.id} has no mechanism: a CMO statement without one says what happened but not "
            f"why; it was imported as written, to be completed in the sheet or with 'cmo code edit {statement.id} "
            "--mechanism …'."
        )
    )


def _page_again(path: Path, row: StatementRow, statement: Statement, summary: ImportSummary) -> Statement | None:
    """A row without an id saying what a statement says, with another page: the page a spreadsheet had made a date,
    typed again as the import advised, corrects that statement; any other page is named, not taken behind the team's
    back (it would be a second statement of one quote)."""
    from cmo.sheets.coding import page_is_a_date

    page = row.fields.get("page", "")
    if page_is_a_date(statement.page) and not page_is_a_date(page):
        summary.updated.append(statement.id)
        summary.warnings.append(
            f"{path}: row {row.row} is {statement.id} with its page typed again: '{statement.page}' became '{page}'."
        )
        return statement.model_copy(update={"page": page})
    summary.unchanged += 1
    summary.warnings.append(
        LookAt(
            f"{path}: row {row.row} says what {statement.id} says, from the same quote, but on page '{page}' ({statement.id}: "
            f"'{statement.page}'); it was not imported as a second statement: 'cmo code edit {statement.id} --page …' "
            f"corrects the page, or give the row the id {statement.id}."
        )
    )
    return None


@writes
def add_statement(review: Review, **fields) -> AddedStatement:
    """Add one statement; the warnings say when its source is not included (it counts all the same)."""
    store = review.store
    source = get_source(review, fields.pop("source"))
    marked, said = _marked_fields(fields.pop("cmoc", "") or "", fields)
    fields.update(marked)
    if not any((fields.get(name) or "").strip() for name in ("context", "mechanism", "outcome")):
        raise CmoError("a statement needs at least one of --context, --mechanism or --outcome.")
    if fields.get("domain"):
        fields["domain"] = review.resolve_domain(fields["domain"])
    fields["groups"] = [review.resolve_group(g) for g in fields.get("groups") or []]
    with store.transaction():
        statement = Statement(id=store.next_id("S"), source=source.key, **{k: v for k, v in fields.items() if v is not None})
        store.put_statements([statement])
        store.record_decision(
            Decision(
                action="code-add",
                targets=[statement.id],
                round=store.current_round(),
                after=statement.model_dump(include={"context", "mechanism", "outcome"}),
            )
        )
    return AddedStatement(statement, said + evidence_warnings(review, [statement.source]))


def _marked_fields(sentence: str, fields: dict) -> tuple[dict, list[str]]:
    """A statement's parts from `--cmoc`, its marked sentence (`marked_parts`), the sentence kept as written, as a coding
    sheet's CMOC column is; and what to say of how it was read."""
    if not sentence.strip():
        return {}, []
    if any(fields.get(name) for name in ("context", "mechanism", "outcome")):
        raise CmoError(
            "a CMOC sentence is instead of the context, mechanism and outcome: give one or the other; nothing was added."
        )
    marked = marked_parts(sentence)
    if marked.problem:
        raise CmoError(f"the CMOC sentence: {marked.problem}; nothing was added.")
    said = (
        ["read as 'if … then … because …': the context after 'if', the outcome after 'then', the mechanism after 'because'."]
        if marked.form == IF_THEN_BECAUSE
        else []
    )
    return marked.statement_fields() | {"extra": {"CMOC": sentence.strip()}}, said


EDITABLE = ("context", "mechanism", "outcome", "quote", "page", "domain", "groups", "coder", "note")


@writes
def edit_statement(review: Review, statement_id: str, changes: dict, note: str = "") -> Statement:
    """Correct a statement's fields (`cmo code edit`, the browser's statement form); the history keeps before and
    after, and configurations holding it take its groups. Its wording reaches a configuration at the next refine,
    unless a person wrote that configuration's wording."""
    statement = get_statement(review, statement_id)
    if statement.deleted:
        raise CmoError(f"{statement.id} was deleted; it cannot be edited.")
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise CmoError(f"cannot edit {', '.join(unknown)}; editable: {', '.join(EDITABLE)}.")
    changes = dict(changes)
    if "domain" in changes:
        changes["domain"] = review.resolve_domain(changes["domain"]) if changes["domain"] else None
    if "groups" in changes:
        changes["groups"] = [review.resolve_group(g) for g in changes["groups"] if g.strip()]
    changed = {k: v for k, v in changes.items() if getattr(statement, k) != v}
    if not changed:
        raise CmoError(f"nothing to change: {statement.id} already says that.")
    updated = statement.model_copy(update=changed)
    if not (updated.context.strip() or updated.mechanism.strip() or updated.outcome.strip()):
        raise CmoError("a statement needs at least one of context, mechanism and outcome.")
    store = review.store
    store.put_statements([updated])
    store.record_decision(
        Decision(
            action="code-edit",
            targets=[statement.id],
            note=note,
            round=store.current_round(),
            before=statement.model_dump(include=set(changed)),
            after=updated.model_dump(include=set(changed)),
        )
    )
    _regroup(review, [statement.id])
    return updated


def edit_doubts(review: Review, before: Statement, after: Statement) -> list[str]:
    """An edit that makes a member's outcome read as not following where it counts as support: said, with the command
    that decides it, as refine says it of a statement it places (trial N: an accepted configuration's member was
    edited to say the opposite without a word). A person's mark on it is their decision: nothing is said."""
    if not reads_against(after) or reads_against(before):
        return []
    return support_doubts(review, [after], now=True)


def support_doubts(review: Review, statements: list[Statement], *, now: bool = False) -> list[str]:
    """Members whose outcome reads as not following yet count as supporting a configuration that holds them, and no
    person has marked: said with the command that decides it, as refine says it of what it places. A person's
    grouping (`configs attach`, `configs new`) is checked as refine's is (trial Q: S7, "problems did not change",
    attached by hand to C1 left it "strong" without a word)."""
    lines = []
    for statement in statements:
        if not reads_against(statement) or statement.contradicts:
            continue
        for config in review.store.configurations_holding(statement.id):
            if config.retired or statement.id in config.contradicting or config.id in statement.stance:
                continue
            members = [m for m in review.store.statements_with_ids(config.statements) if not m.deleted]
            holding = [m for m in members if not reads_against(m)]
            if not holding:
                continue  # every member says it did not follow: that is what it holds, and they are its support
            if not denial_in_line(statement, holding):  # "women were not asked" among members reporting mistreatment
                lines.append(doubt_line(statement, config.id, now=now))
    return lines


def get_statement(review: Review, statement_id: str) -> Statement:
    statement = review.store.statement(statement_id.strip().upper())
    if statement is None:
        raise NotFound(f"statement '{statement_id}' is not in this review; 'cmo code list' shows the ids.")
    return statement


def statement_view(statement: Statement, configurations: dict[str, list[str]]) -> StatementDetail:
    return StatementDetail(**statement.model_dump(), configurations=configurations.get(statement.id, []))


def list_statements(review: Review, source: str | None = None) -> list[StatementDetail]:
    """`cmo code list`: in id order, each with the configurations holding it; deleted ones only in show and history."""
    key = get_source(review, source).key if source else None
    members = configurations_by_statement(review)
    return [statement_view(s, members) for s in review.store.statements(key) if not s.deleted]


def show_statement(review: Review, statement_id: str) -> StatementDetail:
    statement = get_statement(review, statement_id)
    return statement_view(statement, {statement.id: [c.id for c in review.store.configurations_holding(statement.id)]})


@writes
def delete_statement(review: Review, statement_id: str, *, note: str, move=None, because=()) -> Deleted:
    """Delete a statement by hand: kept in the store and the history, out of every configuration and output."""
    statement = get_statement(review, statement_id)
    if statement.deleted:
        raise CmoError(f"statement {statement.id} is already deleted ('cmo history {statement.id}' says why).")
    if not note.strip():
        raise CmoError(f"say why {statement.id} is deleted with --note; the report gives the reason.")
    with review.store.transaction():
        holders = release(review, [statement.id])
        review.store.put_statements([statement.model_copy(update={"deleted": True})])
        _record(
            review,
            "code-delete",
            [statement.id, *[c.id for c in holders]],
            move=move,
            note=note.strip(),
            because=because,
            before={"configurations": [c.id for c in holders]},
            after={"deleted": True, "retired": [c.id for c in holders if c.retired]},
        )
    return Deleted(
        statement=statement.id,
        removed_from=[c.id for c in holders],
        note=note.strip(),
        retired=[c.id for c in holders if c.retired],
        accepted=[c.id for c in holders if c.accepted and not c.retired],
    )


@writes
def mark_statement(
    review: Review, statement_id: str, config_id: str, stance: Stance | None, *, move=None, note="", because=()
) -> Marked:
    """The reviewer's word on whether a statement supports or contradicts a configuration it is in. None takes the
    word back (`--clear`): the statement counts again as it did before anyone marked it for that configuration."""
    statement = get_statement(review, statement_id)
    config = get_configuration(review, config_id)
    if statement.id not in config.statements:
        raise CmoError(
            f"{statement.id} is not in {config.id} ({statement.id} is in "
            f"{', '.join(c.id for c in review.store.configurations_holding(statement.id)) or 'no configuration'})."
        )
    if stance is None and config.id not in statement.stance:
        raise CmoError(f"{statement.id} carries no mark for {config.id}; nothing to clear.")
    store = review.store
    with store.transaction():
        stances = {k: v for k, v in statement.stance.items() if k != config.id} | ({config.id: stance} if stance else {})
        store.put_statements([statement.model_copy(update={"stance": stances})])
        statements = {s.id: s for s in store.statements()}
        if stance is None:
            updated = config.model_copy(update={"contradicting": _listed_before_marks(store, statement, config)})
        else:
            updated = with_stances(config, statements).model_copy(update={"pinned": True})
        updated = with_groups(updated, statements)
        store.put_configurations([updated])
        _record(
            review,
            "mark",
            [statement.id, config.id],
            move=move,
            note=note,
            because=because,
            before={"stance": statement.stance.get(config.id), "contradicting": config.contradicting},
            after={"stance": stance, "contradicting": updated.contradicting},
        )
    now = contradicting_ids(updated, statements)
    return Marked(statement=statement.id, configuration=config.id, stance=stance or "unmarked", contradicting=now)


def _listed_before_marks(store, statement: Statement, config) -> list[str]:
    """The configuration's contradicting list with the statement listed as it was before its first mark there."""
    marks = [d for d in store.history(statement.id) if d.action == "mark" and config.id in d.targets]
    was_listed = statement.id in (marks[0].before.get("contradicting") or []) if marks else statement.contradicts
    others = set(config.contradicting) - {statement.id}
    return [sid for sid in config.statements if sid in others or (sid == statement.id and was_listed)]


def configurations_by_statement(review: Review) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for config in review.store.configurations():
        for statement_id in config.statements:
            found.setdefault(statement_id, []).append(config.id)
    return found


def write_sheet(review: Review, path: Path) -> list[Path]:
    """A coding sheet pre-filled with the statements so far, and the included sources to code from, cited as the
    review's documents cite them (`citing`: "Wildman et al. 2019a")."""
    from cmo.bib.citations import citing
    from cmo.sheets.coding import write_template

    sources = review.store.sources()
    kept = [s for s in review.store.statements() if not s.deleted]
    with citing(sources):
        return write_template(path, [s for s in sources if s.status == "included"], review.domains, review.groups, kept)


def homes_of(review: Review, statement_id: str) -> tuple[str, list[str]]:
    """The statement's id as stored and the configurations that hold it now."""
    statement = get_statement(review, statement_id)
    return statement.id, [c.id for c in review.store.configurations_holding(statement.id)]


def suggest(review: Review, statement_id: str) -> list[PlacementView]:
    """`cmo code suggest`: the configurations a statement most likely belongs to, best first, with the words
    it shares with each; the statement's own configuration is left out (it is where it is), and so is any it may not
    join (`merge.may_hold`: across the domain a person coded it to)."""
    from cmo.synthesis.backends import build_index
    from cmo.synthesis.explain import placements
    from cmo.synthesis.merge import may_hold

    statement = get_statement(review, statement_id)
    statements = [s for s in review.store.statements() if not s.deleted]
    position = {s.id: i for i, s in enumerate(statements)}
    configs = [c for c in review.store.configurations() if statement.id not in c.statements and may_hold(c, statement)]
    candidates = {c.id: [position[s] for s in c.statements if s in position] for c in configs}
    if statement.deleted or not candidates:
        return []
    index = build_index(statements, backend=review.settings.similarity, model=review.settings.model)
    title = {c.id: c.title for c in configs}
    model = review.settings.model if review.settings.similarity != "lexical" else None
    found = placements(index, statement.id, position[statement.id], candidates, statements, model=model)
    return [PlacementView(**p.model_dump(), title=title[p.configuration]) for p in found]
