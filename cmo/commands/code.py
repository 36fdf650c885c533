"""Coded CMO statements in the review: import a coding sheet, add one, list, show, delete, mark.

The sheet is parsed and checked whole (`cmo.sheets.coding`) before anything is written; the write
is one transaction, so a sheet is either imported entirely or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cmo.commands import writes
from cmo.commands.configs import _record, _words_record, get_configuration, release, with_stances
from cmo.commands.refine import member_doubts, not_in_english_lines
from cmo.commands.sources import get_source, key_aliases
from cmo.errors import BadInput, CmoError, LookAt, NotFound
from cmo.models import Configuration, Decision, Domain, Stance, Statement
from cmo.normalise import CODERS_APART, coders_of, fold, normalise_pages, typed_id
from cmo.review import Review
from cmo.store import merged_away
from cmo.synthesis.evidence import (
    contradicting_ids,
    marked_converse,
    reads_against,
    undecided_ids,
)
from cmo.synthesis.marked import UNMARKED_READ
from cmo.synthesis.members import with_groups
from cmo.views import CodeImported, Deleted, Marked, PlacementView, StatementDetail, counted, page_reference

if TYPE_CHECKING:
    from cmo.sheets.coding import StatementRow


@dataclass
class ImportSummary:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    renamed: list[str] = field(default_factory=list)
    """Statements whose only change is a column of the team's own renamed (`_renamed_columns`): saved, not updates."""
    repeats: list[tuple[int, str]] = field(default_factory=list)
    """Rows without an id repeating a statement word for word, with it: counted, said once (`_repeats_said`)."""
    repeated: set[str] = field(default_factory=set)
    """The statements rows without an id were read as again, however said: on the sheet (`_own_rows_left_out`)."""
    filled: list[tuple[int, str, list[str]]] = field(default_factory=list)
    """Rows without an id repeating a statement's words and filling in what it left empty, with it and what they
    filled: updates of it, said once (`_filled_said`)."""
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
    """Accept a slug, a name or a declared alias in a sheet, any case."""
    return {label: item.slug for item in items for label in item.labels()}


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
    """Import a coding sheet: the tab `sheet_name` names, else the one `read_table` chooses, or every tab of a workbook
    laid out one tab per domain (`tabs_by_domain`), all in this one transaction: a tab refused leaves nothing imported."""
    from cmo.sheets.coding import own_id_columns, tabs_by_domain

    tabs = [sheet_name] if sheet_name else tabs_by_domain(path, _domain_labels(review))
    if len(tabs) < 2:
        return _import_tab(review, path, sheet_name)
    # the team's own ids name the statements the review held before this file: a tab's rows are never matched, by a
    # column of the team's, to the statements an earlier tab of the same file made (trial BH: a second tab's
    # 'Supporting data' of '[inferred]' was read as the id of the first tab's statement with that word, and refused)
    before = own_id_columns(review.store.statements(include_deleted=True))
    read, refused = [], []
    for tab in tabs:  # every tab's problems said at once: fixing one tab at a time took an import per tab (re-check RE)
        try:
            read.append(_import_tab(review, path, tab, evidence=False, own_ids=before))
        except BadInput as problem:
            refused.append(problem.message)
    if refused:
        raise BadInput("\n".join(refused))  # the one transaction this import is rolls every tab back
    ids = {sid for view in read for sid in view.statements}
    sources = [s.source for s in review.store.statements() if s.id in ids]
    named = ", ".join(repr(tab) for tab in tabs)
    said = (
        f"{path}: each of its tables, under the headings {named}, is headed by a domain of the review and has the same "
        "columns, so every one was read, each row given its heading's domain; --sheet HEADING reads one alone."
        if path.suffix.lower() == ".docx"
        else f"{path}: each of its tabs {named} is named for a domain of the review and has the same columns, so every "
        "one was read, each row given its tab's domain; --sheet reads one alone."
    )
    return CodeImported(
        added=sum(view.added for view in read),
        updated=sum(view.updated for view in read),
        unchanged=sum(view.unchanged for view in read),
        statements=[sid for view in read for sid in view.statements],
        warnings=[said, *(warning for view in read for warning in view.warnings), *evidence_warnings(review, sources)],
        quotes_not_found=[sid for view in read for sid in view.quotes_not_found],
        look_at=[problem for view in read for problem in view.look_at],
    )


def _import_tab(
    review: Review,
    path: Path,
    sheet_name: str | None,
    evidence: bool = True,
    own_ids: Mapping[str, Mapping[str, str]] | None = None,
) -> CodeImported:
    """One tab (or the file) imported; `evidence`: say here which of its sources are not included (else the caller says
    it once for every tab it reads); `own_ids`: the team's own id columns to match its rows by (`own_id_columns`), else
    those of every statement the review holds now."""
    from cmo.outputs.export import CONFIGURATION_COLUMNS, STATEMENT_COLUMNS
    from cmo.sheets.coding import own_id_columns, parse_coding_sheet, tab_named  # sheets load only for the commands using one

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
        configuration_columns=CONFIGURATION_COLUMNS,  # the export's configurations: cmo's own, refused
        # a sheet without cmo's ids: the team's own ('CMOC ID') match its rows
        own_ids=own_id_columns(existing.values()) if own_ids is None else own_ids,
        # a key merged away reads as where it went, and is said
        merged=lambda live: merged_away(store.decisions_of("source-merge"), live),
    )
    summary = ImportSummary(warnings=list(sheet.warnings) + [_unlisted_group_warning(g, ids) for g, ids in unlisted.items()])
    if sheet.sheet:  # one tab of several: named in every sentence, and in the history, as the sheet read
        path = path.with_name(tab_named(path.name, sheet.sheet))
    rows = [_with_stored_page(path, row, existing, summary) for row in sheet.rows]
    rows = _coders_written_one_way(path, rows, existing, summary)
    pairs = _paired(rows, existing)
    renames, dropped = _renamed_columns(pairs)
    own = {old: new for old, new in renames.items() if any(new in row.fields.get("extra", {}) for row, _ in pairs)}
    if own:  # a column of the team's own headed otherwise: its rows' statements changed by that alone are not updates
        rows = [row.model_copy(update={"renamed": own}) if row.id in existing else row for row in rows]
    summary.warnings += _computed_cells_said(review, path, rows, existing)
    summary.warnings += _matched_said(path, rows)
    with store.transaction():
        targets = _reconciled(store, path, rows, existing, summary)
        known: dict[tuple, list[Statement]] = {}
        for statement in existing.values():
            known.setdefault(_identity(statement), []).insert(0, statement)  # the latest first, as a dict kept it
        worded: dict[tuple, list[Statement]] = {}  # what each says (`_WORDS`), whatever its quote and page
        for statement in existing.values():
            worded.setdefault(_identity(statement)[:4], []).append(statement)
        alike = {_coded_alike(s): s.id for s in existing.values() if not s.deleted}
        placed = _by_place(existing.values())
        made = [
            _apply(store, path, row, existing, known, worded, alike, placed, summary, targets.get(i))
            for i, row in enumerate(rows)
        ]
        changed = [s for s in made if s is not None]
        if renames:  # on rows without an id too, and where the column is now one cmo reads
            changed = _columns_renamed(pairs, renames, changed, summary)
        store.put_statements(changed)
        _regroup(review, summary.updated)
        if changed:
            before, after = _updated_fields(existing, [s for s in changed if s.id in {*summary.updated, *summary.renamed}])
            store.record_decision(
                Decision(
                    action="code-import",
                    targets=[s.id for s in changed],
                    round=store.current_round(),
                    note=f"{_SHEET_NOTE}{path.name}: {len(summary.added)} added, {len(summary.updated)} updated",
                    before=before,
                    after=after,
                )
            )
    updated = [s for s in changed if s.id in set(summary.updated)]
    first_rows = {statement.id: row.row for row, statement in zip(rows, made) if statement and statement.id in summary.added}
    summary.warnings += _rows_twice_said(path, summary.repeats, first_rows)
    summary.warnings += _repeats_said(path, [(number, sid) for number, sid in summary.repeats if sid not in first_rows])
    summary.warnings += _filled_said(path, summary.filled)
    summary.warnings += _double_coded_said(path, rows, made, existing, summary)
    summary.warnings += _renames_said(path, renames, pairs)
    summary.warnings += _dropped_said(path, dropped, pairs)
    summary.warnings += _hidden_rows_said(path, rows, made)
    on_sheet = summary.repeated | {sid for _, sid, _ in summary.filled}  # rows without an id read as these (trial AL 14)
    summary.warnings += _rows_left_out(path, rows, existing, _added_from(store), on_sheet)
    filled_rows = [row.model_copy(update={"id": sid}) for row in rows for number, sid, _ in summary.filled if row.row == number]
    summary.warnings += holder_warnings(review, path, [*rows, *filled_rows], existing, updated)
    summary.warnings += evidence_warnings(review, [s.source for s in changed]) if evidence else []
    summary.warnings += locked_reading_warnings(review, existing, updated)
    summary.warnings += not_in_english_lines([s for s in changed if not s.deleted])
    _check_quotes(review, changed, summary)
    return summary.view()


def _coders_written_one_way(
    path: Path, rows: list[StatementRow], existing: dict[str, Statement], summary: ImportSummary
) -> list[StatementRow]:
    """A coder is one person however a row cases their name ('MvD', 'mvd'): written the first way the review wrote it
    (its statements in id order), else the first way this sheet does, and said (trial AP: the report listed 'MvD' and
    'mvd' apart)."""
    from cmo.normalise import natural_key
    from cmo.sheets.tables import row_list

    first: dict[str, str] = {}
    for statement in sorted(existing.values(), key=lambda s: natural_key(s.id)):
        if statement.coder.strip():
            first.setdefault(statement.coder.strip().casefold(), statement.coder.strip())
    written: dict[tuple[str, str], list[int]] = {}
    out = []
    for row in rows:
        coder = str(row.fields.get("coder", "")).strip()
        one_way = first.setdefault(coder.casefold(), coder) if coder else coder
        if one_way != coder:
            written.setdefault((coder, one_way), []).append(row.row)
            row = row.model_copy(update={"fields": {**row.fields, "coder": one_way}})
        out.append(row)
    summary.warnings += [
        f"{path}: {row_list(sorted(set(numbers)))}: the coder '{coder}' is '{one_way}' written otherwise, and was read as "
        f"'{one_way}', as the name was first written (a coder is one person, written one way)."
        for (coder, one_way), numbers in written.items()
    ]
    return out


_SHEET_NOTE = "coding sheet "
"""How a sheet's import names its file in the history (`Decision.note`): `_sheet_of` reads it back."""


def _hidden_rows_said(path: Path, rows: list[StatementRow], made: list[Statement | None]) -> list[str]:
    """Rows hidden in the workbook (a filter, or Hide) that added or changed a statement: read as every row is, as a
    hidden row is still the team's, and said, as nobody looking at the sheet saw them go in (trial T)."""
    from cmo.sheets.tables import row_list

    hidden = [(row, statement) for row, statement in zip(rows, made, strict=True) if row.hidden and statement is not None]
    if not hidden:
        return []
    numbers = list(dict.fromkeys(row.row for row, _ in hidden))
    ids = list(dict.fromkeys(statement.id for _, statement in hidden))
    one = len(numbers) == 1
    added = [statement.id for row, statement in hidden if row.id is None]
    updated = [statement.id for row, statement in hidden if row.id is not None]
    ways = ([f"'cmo code delete {added[0]} --note …' takes out one that should not be there"] if added else []) + (
        [f"'cmo history {updated[0]}' shows what the row changed"] if updated else []
    )
    way = "; ".join(ways)
    return [
        LookAt(
            f"{path}: {row_list(numbers)} {'is' if one else 'are'} hidden in the workbook (by a filter, or hidden by hand) "
            f"and {'was' if one else 'were'} imported like every other row ({', '.join(ids)}): {way}."
        )
    ]


def _added_from(store) -> dict[str, str]:
    """The sheet each statement was imported from, as its import's note names it (`_sheet_of`): the first import
    naming it added it."""
    added: dict[str, str] = {}
    for decision in sorted(store.decisions_of("code-import"), key=lambda d: d.seq):
        sheet = _sheet_of(decision)
        for target in decision.targets if sheet else ():
            added.setdefault(target, sheet)
    return added


def _of_another_tab(added_from: str | None, sheet: str) -> bool:
    """Whether a statement was imported from a tab other than the one now read (a second coder's tab of the
    workbook, whatever the file is called now): not missing from this one (trial AE). A file without tabs says
    nothing."""
    tab = re.compile(r" \(tab '(.*)'\)$")
    theirs, ours = tab.search(added_from or ""), tab.search(sheet)
    return bool(theirs and ours) and theirs[1] != ours[1]


def _same_sheet(recorded: str | None, sheet: str) -> bool:
    """Whether an import's note (`_sheet_of`) names the sheet read now: its file and tab, or its file alone where an
    earlier cmo did not name the tab."""
    return recorded is not None and (recorded == sheet or sheet.startswith(f"{recorded} (tab '"))


def _rows_left_out(
    path: Path,
    rows: list[StatementRow],
    existing: dict[str, Statement],
    added_from: Mapping[str, str] | None = None,
    read_as: Collection[str] = (),
) -> list[str]:
    """The statements a sheet `cmo code template` made (a row for every statement, with its 'cmo version') no longer
    has a row for: kept, as a row left out deletes nothing, and said with the command that does (trial T: the team
    deleted rows S5-S10 to delete the statements, and believed them gone). Only those numbered below the sheet's last
    id are named: a statement coded after the sheet was made has no row on it either, and nothing to say. `read_as`: the
    statements rows without an id were read as (repeats, fillings): they have a row."""
    from cmo.normalise import natural_key
    from cmo.views import counted

    if not any(row.version is not None for row in rows):
        return _own_rows_left_out(path, rows, existing, added_from or {}, read_as)
    on_sheet = {row.id for row in rows if row.id}
    if not on_sheet:
        return []
    last = max(on_sheet, key=natural_key)
    gone = [
        sid
        for sid, statement in sorted(existing.items(), key=lambda item: natural_key(item[0]))
        if not statement.deleted and sid not in on_sheet | set(read_as) and natural_key(sid) < natural_key(last)
    ]
    if not gone:
        return []
    shown = ", ".join(gone[:8]) + (f" and {len(gone) - 8} more" if len(gone) > 8 else "")
    one = len(gone) == 1
    return [
        LookAt(
            f"{path}: {counted(len(gone), 'statement')} of the review {'has' if one else 'have'} no row on this sheet ({shown}), "
            f"which 'cmo code template' made with a row for each: {'it was' if one else 'they were'} kept, as a row left "
            f"out deletes nothing. 'cmo code delete {gone[0]} --note \"why\"' deletes one."
        )
    ]


def _own_rows_left_out(
    path: Path,
    rows: list[StatementRow],
    existing: dict[str, Statement],
    added_from: Mapping[str, str],
    read_as: Collection[str] = (),
) -> list[str]:
    """On a sheet whose rows the team's own id column matched (`StatementRow.matched_by`), the statements holding a value
    in that column, of the sheet's sources, that no row has: kept, as a row left out deletes nothing, and said with
    the command that does (trial Y: the team deleted a row of its sheet, and no word said the statement stayed). One
    imported from another tab (`_of_another_tab`) was never on this one, nor was one another coder coded, where every
    row names its coder (a second coder's sheet beside the first's, trial CE 3)."""
    from cmo.normalise import natural_key
    from cmo.sheets.tables import header_key

    column = next((row.matched_by for row in rows if row.matched_by), "")
    if not column:
        return []
    on_sheet = {row.id for row in rows if row.id} | set(read_as)
    sources = {row.fields.get("source") for row in rows}
    coders = {" ".join(str(row.fields.get("coder") or "").split()).casefold() for row in rows}
    gone = []
    for sid, statement in sorted(existing.items(), key=lambda item: natural_key(item[0])):
        value = next((v for name, v in statement.extra.items() if header_key(name) == header_key(column) and v.strip()), "")
        if _of_another_tab(added_from.get(sid), path.name):
            continue
        if "" not in coders and statement.coder.strip() and " ".join(statement.coder.split()).casefold() not in coders:
            continue
        if value and not statement.deleted and sid not in on_sheet and statement.source in sources:
            gone.append(f"{sid} ('{value}')")
    if not gone:
        return []
    shown = ", ".join(gone[:8]) + (f" and {len(gone) - 8} more" if len(gone) > 8 else "")
    one = len(gone) == 1
    first = gone[0].split(" ", 1)[0]
    return [
        LookAt(
            f"{path}: {shown} {'has' if one else 'have'} a '{column}' and a source of this sheet but no row on it: "
            f"{'it was' if one else 'they were'} kept, as a row left out deletes nothing. 'cmo code delete {first} "
            '--note "why"\' deletes one.'
        )
    ]


def _matched_said(path: Path, rows: list[StatementRow]) -> list[str]:
    """The rows of a sheet without cmo's id column that the team's own id column matched to statements (`matched_by`),
    said once: they update those statements as rows with ids do."""
    from cmo.views import counted

    matched = [row for row in rows if row.matched_by]
    if not matched:
        return []
    column = matched[0].matched_by
    return [
        f"{path}: the sheet has no column of cmo's statement ids (S12); {counted(len(matched), 'row')} "
        f"{'was' if len(matched) == 1 else 'were'} "
        f"matched to {'its statement' if len(matched) == 1 else 'their statements'} by the '{column}' an earlier import "
        "kept, and read as updates of them."
    ]


def _rows_twice_said(path: Path, repeats: list[tuple[int, str]], first_rows: Mapping[str, int]) -> list[str]:
    """Rows repeating word for word a row above them on this sheet: the same row twice, imported once (trial AP: said as
    '1 statement unchanged', as if a statement of the review had been read again)."""
    twice: dict[str, list[int]] = {}
    for number, statement_id in repeats:
        if statement_id in first_rows and number != first_rows[statement_id]:
            twice.setdefault(statement_id, [first_rows[statement_id]]).append(number)
    return [
        f"{path}: rows {', '.join(map(str, numbers[:-1]))} and {numbers[-1]} are the same row "
        f"{'twice' if len(numbers) == 2 else f'{len(numbers)} times'} (word for word, no id given): it was imported once, as "
        f"{statement_id}; delete the repeat from the sheet."
        for statement_id, numbers in twice.items()
    ]


def _repeats_said(path: Path, repeats: list[tuple[int, str]]) -> list[str]:
    """Rows without an id repeating statements word for word, said once, counted: they change nothing (trial Y: 46
    lines of them buried the two rows that mattered)."""
    from cmo.sheets.tables import row_list

    if not repeats:
        return []
    numbers = list(dict.fromkeys(row for row, _ in repeats))  # a row naming two sources is a statement of each, one row
    ids = [sid for _, sid in repeats]
    if len(numbers) == 1 and len(ids) == 1:
        return [f"{path}: row {numbers[0]} repeats {ids[0]} word for word (no id given); it was not imported again."]
    if len(numbers) == 1:
        return [
            f"{path}: row {numbers[0]} repeats {_joined(ids)} word for word, a statement for each source it names (no id "
            "given): they were not imported again."
        ]
    shown = ", ".join(ids[:10]) + (" …" if len(ids) > 10 else "")
    return [
        f"{path}: {len(numbers)} rows ({row_list(numbers)[5:]}) repeat statements word for word "
        f"({shown}) with no id given: they were not imported again."
    ]


def _paired(rows: list[StatementRow], existing: dict[str, Statement]) -> list[tuple[StatementRow, Statement]]:
    """Each row with the statement of the review it is: by its id, or, on a sheet without ids (the team's own, imported
    again), the one live statement saying its words (`_WORDS`' first four)."""
    said: dict[tuple, list[Statement]] = {}
    for statement in existing.values():
        if not statement.deleted:
            said.setdefault(_identity(statement)[:4], []).append(statement)
    pairs = []
    for row in rows:
        if row.id is not None:
            if row.id in existing and not existing[row.id].deleted:
                pairs.append((row, existing[row.id]))
            continue
        same = said.get(_identity(row.new_statement("S0"))[:4], [])
        if len(same) == 1:
            pairs.append((row, same[0]))
    return pairs


def _renamed_columns(pairs: list[tuple[StatementRow, Statement]]) -> tuple[dict[str, str], list[str]]:
    """The team's own columns this sheet heads otherwise, old header to new, and those it no longer has at all. A column
    the statements of its rows carry and the sheet does not, whose cell on each of those rows is that statement's value
    in one column the statements do not carry (the same values, some filled), is that column renamed: kept once, under
    its new header, not beside it (trial Y: 'Confidence' headed 'Coder confidence' gave every statement both; trial K1:
    'Who' headed 'Stakeholder group', read as the groups, left 'Who' on every statement). One without such a column is
    dropped from the sheet: kept on the statements (nothing lost) and named (`_renames_said`)."""
    from cmo.sheets.tables import header_key

    if not pairs:
        return {}, []

    def cells(row: StatementRow) -> dict[str, str]:
        return {header_key(name): value for name, value in {**row.read, **row.fields.get("extra", {})}.items()}

    on_sheet = {name: header_key(name) for row, _ in pairs for name in [*row.read, *row.fields.get("extra", {})]}
    stored = list(dict.fromkeys(name for _, statement in pairs for name in statement.extra))
    stored_keys = {header_key(name) for name in stored}
    gone = [name for name in stored if header_key(name) not in set(on_sheet.values())]
    by_row = [(cells(row), statement) for row, statement in pairs]
    renames: dict[str, str] = {}
    for new, key in on_sheet.items():
        if key in stored_keys:
            continue
        same = [
            old
            for old in gone
            if old not in renames
            and all(got.get(key, "").casefold() == statement.extra.get(old, "").strip().casefold() for got, statement in by_row)
            and any(statement.extra.get(old, "").strip() for _, statement in pairs)
        ]
        if len(same) == 1:
            renames[same[0]] = new
    return renames, [name for name in gone if name not in renames]


def _columns_renamed(
    pairs: list[tuple[StatementRow, Statement]], renames: dict[str, str], changed: list[Statement], summary: ImportSummary
) -> list[Statement]:
    """The statements of the sheet's rows with each column renamed under its new header only: one the import reads
    ('Stakeholder group', the groups) holds it now; one of the team's own takes the old column's value where the row gave
    none. A statement changed by this alone is `renamed`, not an update."""
    made = {statement.id: statement for statement in changed}
    for row, paired in pairs:
        statement = made.get(paired.id, paired)
        if not any(old in statement.extra for old in renames):
            continue
        extra = dict(statement.extra)
        for old, new in renames.items():
            value = extra.pop(old, "")
            if new in row.fields.get("extra", {}) and not extra.get(new, "").strip() and value:
                extra[new] = value
        made[paired.id] = statement.model_copy(update={"extra": extra})
        if paired.id not in {*summary.updated, *summary.added, *summary.renamed}:
            summary.renamed.append(paired.id)
    return list(made.values())


def _renames_said(path: Path, renames: dict[str, str], pairs: list[tuple[StatementRow, Statement]]) -> list[str]:
    from cmo.views import counted

    return [
        f"{path}: the column '{old}' is headed '{new}' on this sheet, with the same values: renamed so on the "
        f"{counted(sum(old in s.extra for _, s in pairs), 'statement')} of its rows, not kept beside it (no statement's "
        "words changed by it)."
        for old, new in renames.items()
    ]


def _dropped_said(path: Path, dropped: list[str], pairs: list[tuple[StatementRow, Statement]]) -> list[str]:
    """A column of the team's own the statements of the sheet's rows carry and the sheet no longer has, not renamed
    (`_renamed_columns`): kept on them, as nothing is lost by a column left out of a copy of the sheet, and named, as the
    team may have meant to drop it."""
    from cmo.views import counted

    return [
        f"{path}: this sheet no longer has the column '{name}' that "
        f"{counted(sum(bool(s.extra.get(name, '').strip()) for _, s in pairs), 'statement')} of its rows carry: "
        "kept on them ('cmo code show ID' shows it); if it was dropped on purpose, import the sheet with that column "
        "headed again and its cells empty, which removes it."
        for name in dropped
        if any(s.extra.get(name, "").strip() for _, s in pairs)
    ]


_LIST_CELLS = {"configurations": "configurations", "contradicts": "contradicts"}


def _computed_cells_said(review: Review, path: Path, rows: list[StatementRow], existing: dict[str, Statement]) -> list[str]:
    """A cell of a column cmo computes ('contradicts', 'configurations', 'detached': the export's) that says otherwise
    than cmo does now, on a row of a statement: not imported, as cmo computes it, but named, row and cell, with the
    command that records that judgement (trial Y: a colleague typed C7 in S20's 'contradicts', and only a general word
    said computed columns are not read)."""
    from cmo.outputs.export import statement_records
    from cmo.sheets.tables import header_key

    edited = [row for row in rows if row.computed and row.id in existing and not row.matched_by]
    if not edited:
        return []
    live = [s for s in existing.values() if not s.deleted]
    now = {record["id"]: record for record in statement_records(live, review.store.configurations())}
    lines = []
    for row in edited:
        record = now.get(row.id)
        if record is None:
            continue
        for header, cell in row.computed.items():
            name = header_key(header).replace(" ", "_")
            if name not in ("configurations", "contradicts", "detached"):
                continue  # the quote's check is cmo's reading of a full text, no one's judgement
            told = _computed_cell_said(row.id, name, cell, str(record.get(name, "")))
            if told:
                lines.append(
                    LookAt(f"{path}: row {row.row}, column '{header}': {row.id}'s cell says '{cell}', where cmo has {told}")
                )
    return lines


def _computed_cell_said(statement_id: str, name: str, cell: str, cmo: str) -> str:
    """How a computed cell differs from cmo's value, and the command that records what it says; "" where it does not."""
    import re

    if name == "detached":
        said, has = cell.strip().lower(), cmo.strip().lower()
        if said == has or said not in ("yes", "no"):
            return ""
        command = (
            f"'cmo configs detach {statement_id} --note …'" if said == "yes" else f"'cmo configs attach {statement_id} --to C…'"
        )
        return f"'{has}': cmo computes it, so it was not imported; {command} records it."

    def ids(text: str) -> list[str]:
        return [word.upper() for word in re.findall(r"[A-Za-z]?\d+", text)]

    said = [word if word.startswith("C") else f"C{word}" for word in ids(cell)]
    has = ids(cmo)
    added, removed = [c for c in said if c not in has], [c for c in has if c not in said]
    if not added and not removed:
        return ""
    if name == "contradicts":
        commands = [f"'cmo code mark {statement_id} --contradicting {c}'" for c in added] + [
            f"'cmo code mark {statement_id} --supporting {c}'" for c in removed
        ]
    else:
        commands = [f"'cmo configs attach {statement_id} --to {c}'" for c in added] + (
            [f"'cmo configs detach {statement_id} --note …'"] if removed and not added else []
        )
    has_said = f"'{cmo}'" if cmo.strip() else "none"
    return f"{has_said}: cmo computes it, so it was not imported; {' and '.join(commands)} records it."


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
    not the coder's (trial I: the right '12-15' was replaced by '15-Dec'). Any other date is imported as the pages read
    back from it (`likely_pages`), or as written where they cannot be, as the row's warning says."""
    from cmo.sheets.coding import date_made_of, page_is_a_date, same_date, sheet_version

    stored = existing.get(row.id) if row.id else None
    page = row.page_dated or row.fields.get("page", "")  # the date the cell holds, where its pages were read back from it
    if stored is not None and row.page_warning and not row.page_dated and same_date(page, stored.page):
        _unsay(summary, row)  # said when it came in (trial AE: each re-import of the sheet said it again)
        return row.model_copy(update={"fields": {**row.fields, "page": stored.page}})
    if stored is not None and row.page_dated and row.fields.get("page", "") == stored.page:
        _unsay(summary, row)  # read back to the pages the statement holds: said when it came in
        return row
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


def _unsay(summary: ImportSummary, row: StatementRow) -> None:
    """The row's dated page is its statement's already, said when it came in: not said again."""
    summary.warnings = [warning for warning in summary.warnings if warning != row.page_warning]


_SHEET_FIELDS = (
    *("source", "context", "mechanism", "mechanism_resource", "mechanism_response", "outcome", "quote", "page"),
    *("domain", "groups", "coder", "note", "context_stated", "mechanism_stated", "outcome_stated"),
)
"""A statement's cells on a coding sheet (what `sheet_version` fingerprints), each compared apart; the team's own
columns are cells too, by their headers (`_cells`)."""
_OWN = "extra:"
_CELL_WORDS = {
    "mechanism_resource": "resource",
    "mechanism_response": "response",
    **dict.fromkeys(("context_stated", "mechanism_stated", "outcome_stated"), "inferred"),
}


def _cells(statement: Statement) -> dict[str, object]:
    cells: dict[str, object] = {name: getattr(statement, name) for name in _SHEET_FIELDS}
    return cells | {_OWN + name: value for name, value in statement.extra.items() if value}


def _with_cells(statement: Statement, cells: dict[str, object]) -> Statement:
    """The statement with these cells as given: fields, and the team's own columns by header."""
    fields: dict[str, object] = {name: value for name, value in cells.items() if not name.startswith(_OWN)}
    own = {name[len(_OWN) :]: value for name, value in cells.items() if name.startswith(_OWN)}
    if own:
        fields["extra"] = {name: value for name, value in {**statement.extra, **own}.items() if value}
    return statement.model_copy(update=fields)


def _cell_names(cells: list[str], *, article: bool = True) -> str:
    """'the outcome', 'the outcome and quote', "the 'Confidence'": the cells as a coder knows them."""
    names = list(dict.fromkeys(f"'{c[len(_OWN) :]}'" if c.startswith(_OWN) else _CELL_WORDS.get(c, c) for c in cells))
    return ("the " if article else "") + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])


def _edit_command(statement_id: str, cells: list[str]) -> str:
    """`cmo code edit` with the options that set these cells, '' where none does (the source, the team's own)."""
    options = {name: f"--{name}" for name in EDITABLE} | {"note": "--statement-note"}
    given = " ".join(f"{options[c]} …" for c in dict.fromkeys(cells) if c in options)
    return f"'cmo code edit {statement_id} {given}'" if given else ""


@dataclass
class _Change:
    """One recorded change to a statement's cells (a sheet's import, `cmo code edit`), with the statement as it was
    before and after it."""

    decision: Decision
    before: Statement
    after: Statement

    def touched(self, cell: str) -> bool:
        return _cells(self.before).get(cell, "") != _cells(self.after).get(cell, "")

    def told(self) -> str:
        """ "'cmo code edit' on 2026-12-05 by KL", "'cmo code import' of coder-a.csv on 2026-12-05"."""
        sheet = _sheet_of(self.decision)
        what = f"'cmo {self.decision.action.replace('-', ' ')}'" + (f" of {sheet}" if sheet else "")
        return what + f" on {self.decision.at[:10]}" + (f" by {self.decision.by}" if self.decision.by else "")


def _sheet_of(decision: Decision) -> str | None:
    """The file a sheet's import read (its note, `_SHEET_NOTE`), None for any other decision."""
    if decision.action != "code-import" or not decision.note.startswith(_SHEET_NOTE):
        return None
    return decision.note[len(_SHEET_NOTE) :].rsplit(": ", 1)[0]


class _CodingHistory:
    """The decisions that read a sheet into statements or changed their cells (`code-import`, `code-edit`), by
    statement, read once for the whole sheet, at the first row that needs them: a sheet of thousands of rows asks the
    history two questions, not one per row."""

    def __init__(self, store):
        self._store = store
        self._by_statement: dict[str, list[Decision]] | None = None

    def of(self, statement_id: str) -> list[Decision]:
        if self._by_statement is None:
            decisions = self._store.decisions_of("code-import") + self._store.decisions_of("code-edit")
            self._by_statement = {}
            for decision in sorted(decisions, key=lambda d: d.seq):
                named = decision.targets if decision.action == "code-import" else decision.targets[:1]
                for target in named:
                    self._by_statement.setdefault(target, []).append(decision)
        return self._by_statement.get(statement_id, [])

    def back(self, now: Statement) -> list[tuple[Decision, _Change | None]]:
        """The statement's history, newest first: each decision that read a sheet into it or changed its cells, with
        what it changed (None for an import that added it). Imports record each statement's fields before and after
        (`_updated_fields`), `cmo code edit` its own."""
        found: list[tuple[Decision, _Change | None]] = []
        state = now
        for decision in reversed(self.of(now.id)):
            before = decision.before.get(now.id) if decision.action == "code-import" else decision.before
            if not isinstance(before, dict) or not before:
                found.append((decision, None))
                continue
            fields = {name: value for name, value in before.items() if name in Statement.model_fields}
            older = state.model_copy(update=fields)
            found.append((decision, _Change(decision, older, state)))
            state = older
        return found


@dataclass
class _Reading:
    """What a row with an id does to its statement, cell by cell, against what changed it since the sheet last had it
    (`_read_against_history`)."""

    row: StatementRow
    target: Statement
    since: str = ""
    """Since when the later changes are: 'this sheet was made', 'coding.csv was last imported'…"""
    exact: bool = True
    """The row's 'cmo version' found the statement as the sheet was made from it, so what the row changed is known."""
    conflicts: list[tuple[str, _Change]] = field(default_factory=list)
    kept: list[tuple[str, _Change]] = field(default_factory=list)
    overwritten: list[tuple[str, _Change]] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)


def _read_against_history(history: _CodingHistory, path: Path, row: StatementRow, now: Statement) -> _Reading:
    """One rule for a row updating a statement that changed since the sheet had it (`cmo code edit`, another coder's
    sheet), cell by cell: a cell the row left as the sheet had it keeps the later change; a cell only the row changed
    is imported; a cell both changed is a conflict (`_reconciled` refuses the sheet), unless the row's 'cmo version'
    cell was emptied to put the row's words over the later change (trial T: following that advice threw away a
    colleague's change to another cell, unnamed).

    The statement as the sheet had it is the one the row's 'cmo version' fingerprints, found back through the
    history. A sheet without that column (the team's own, or one that lost it), or a version the history cannot reach,
    had the statement as this file's last import left it, or as it was coded: a cell holding words the statement had
    before a later change is then read as left as it was (trial T: such a sheet undid a `cmo code edit` silently)."""
    from cmo.sheets.coding import sheet_version

    wanted = row.update(now)
    if "coder" in row.fields and len(coders_of(now.coder)) > 1 and _among_coders(wanted.coder, now.coder):
        wanted = wanted.model_copy(update={"coder": now.coder})  # one of the coders it names (`_with_both_coders`)
    reading = _Reading(row, wanted, since="this sheet was made")
    if wanted == now or (row.version and row.version == sheet_version(now)):
        return reading
    back = history.back(now)
    later: list[_Change] = []
    found = False
    if row.version:
        for _, change in back:
            if change is not None:
                later.append(change)
                if sheet_version(change.before) == row.version:
                    found = True
                    break
    if not found:  # since this file's last import of the statement, or since it was coded
        later, reading.exact, reading.since = [], False, f"{now.id} was coded"
        for decision, change in back:
            if _same_sheet(_sheet_of(decision), path.name):
                reading.since = f"{path.name} was last imported"
                break
            if change is not None:
                later.append(change)
    if not later:
        return reading
    olders = [_cells(change.before) for change in later]
    now_cells, wanted_cells = _cells(now), _cells(wanted)
    keep: dict[str, object] = {}
    for cell in dict.fromkeys([*now_cells, *wanted_cells]):
        value = wanted_cells.get(cell, "")
        if value == now_cells.get(cell, ""):
            continue
        by = next((change for change in later if change.touched(cell)), None)
        had = [olders[-1].get(cell, "")] if reading.exact else [cells.get(cell, "") for cells in olders]
        if by is None:
            reading.applied.append(cell)
        elif value in had:  # the row has the words from before the later change: the sheet left the cell as it was
            keep[cell] = now_cells.get(cell, "")
            reading.kept.append((cell, by))
        elif row.version == "":
            reading.overwritten.append((cell, by))
        else:
            reading.conflicts.append((cell, by))
    reading.target = _with_cells(wanted, keep)
    return reading


def _reconciled(store, path: Path, rows: list[StatementRow], existing: dict[str, Statement], summary: ImportSummary) -> dict:
    """Each updating row's statement as it will be (`_read_against_history`), by the row's place on the sheet. The sheet
    is refused, nothing imported, where a row and a later change both changed a cell, or where a row gives a
    statement's id to another statement (`_reused_id`); what was kept beside the row, or put over, is said."""
    from cmo.views import counted

    targets: dict[int, Statement] = {}
    refused: list[str] = []
    history = _CodingHistory(store)
    for index, row in enumerate(rows):
        now = existing.get(row.id) if row.id else None
        if now is None or now.deleted:
            continue
        reading = _read_against_history(history, path, row, now)
        targets[index] = reading.target
        if reading.conflicts:
            refused.append(_conflict_line(now.id, reading))
        elif reused := _reused_id(row, now, reading.target):
            refused.append(reused)
        else:
            summary.warnings += _reading_said(path, now.id, reading)
    if refused:
        them = "it stands" if len(refused) == 1 else "they stand"
        raise BadInput(
            f"{path}: {counted(len(refused), 'row')} cannot be imported as {them}, so nothing was imported:\n"
            + "\n".join(refused)
        )
    return targets


def _by_change(pairs: list[tuple[str, _Change]]) -> list[tuple[_Change, list[str]]]:
    grouped: dict[int, tuple[_Change, list[str]]] = {}
    for cell, change in pairs:
        grouped.setdefault(change.decision.seq, (change, []))[1].append(cell)
    return list(grouped.values())


def _changed_by(pairs: list[tuple[str, _Change]]) -> str:
    """'the outcome was changed by 'cmo code edit' on 2026-12-05 by KL; the quote by …'."""
    parts = [
        f"{_cell_names(cells)} {'was' if len(cells) == 1 else 'were'} changed by {change.told()}"
        for change, cells in _by_change(pairs)
    ]
    return "; ".join(parts)


def _over(pairs: list[tuple[str, _Change]]) -> str:
    """The later changes a row's words go over, each once: "the outcome from 'cmo code edit' on 2026-12-05 by KL"."""
    told = [f"{_cell_names(cells)} from {change.told()}" for change, cells in _by_change(pairs)]
    return told[0] if len(told) == 1 else ", ".join(told[:-1]) + " and " + told[-1]


def _conflict_line(statement_id: str, reading: _Reading) -> str:
    """A row and a later change that changed one cell each their own way: which cells each side changed, and the two
    ways on, saying plainly which later change each one overwrites."""
    from cmo.sheets.coding import VERSION_COLUMN

    cells = [cell for cell, _ in reading.conflicts]
    kept = [cell for cell, _ in reading.kept]
    line = (
        f"row {reading.row.row}: {statement_id}: this row changes {_cell_names(reading.applied + cells)}, and since "
        f"{reading.since}, {_changed_by(reading.conflicts + reading.kept)}. 'cmo code show {statement_id}' shows the later "
        "words, to copy into the row"
    )
    also = f" ({_cell_names(kept)} keep{'s' if len(kept) == 1 else ''} the later words)" if kept else ""
    if reading.row.version is not None:
        return line + (
            f"; or empty the row's '{VERSION_COLUMN}' cell to put the row's {_cell_names(cells, article=False)} over "
            f"{_over(reading.conflicts)}{also}"
        )
    edit = _edit_command(statement_id, cells)
    return line + (f"; or {edit} puts the sheet's words over {_over(reading.conflicts)}{also}" if edit else "")


def _reading_said(path: Path, statement_id: str, reading: _Reading) -> list[str]:
    """What a row read against later changes did, in words: its own cells imported beside a later change (a sheet with
    its versions, which tell what the row changed: plainly); words the statement had before a later change, kept as
    changed (without versions, a reading: to look at); a later change the row was let put its words over."""
    from cmo.sheets.coding import VERSION_COLUMN

    said: list[str] = []
    where = f"{path}: row {reading.row.row}: {statement_id}"
    if reading.overwritten:
        cells = [cell for cell, _ in reading.overwritten]
        said.append(
            f"{where}: the row's '{VERSION_COLUMN}' cell is empty, so its {_cell_names(cells, article=False)} went over "
            f"{_over(reading.overwritten)} ('cmo history {statement_id}' keeps the words replaced)."
        )
    if reading.kept and reading.exact:
        if reading.applied:
            said.append(
                f"{where}: the row's {_cell_names(reading.applied, article=False)} "
                f"{'was' if len(reading.applied) == 1 else 'were'} imported beside a change made since {reading.since}, "
                f"which stays: {_changed_by(reading.kept)}."
            )
    elif reading.kept:
        cells = [cell for cell, _ in reading.kept]
        edit = _edit_command(statement_id, cells)
        one = len(cells) == 1
        text = (
            f"{where}: the row still has {_cell_names(cells)} as {statement_id} had {'it' if one else 'them'} before a "
            f"change made since {reading.since}: {_changed_by(reading.kept)}. The later words were kept"
            + (f"; {edit} puts the sheet's words back, if they are wanted." if edit else ".")
        )
        said.append(text if reading.row.version == "" else LookAt(text))  # an emptied version: as its advice said
    return said


REUSED_WORDS = 0.25
"""Below this share of words in common (context, mechanism, outcome and quote, as the similarity's terms), a row is
another statement, not the one whose id it has (`words_shared`)."""


def words_shared(one: Statement, other: Statement) -> float:
    """The share of their words two statements have in common (context, mechanism, outcome and quote together)."""
    from cmo.synthesis.similarity import terms

    first, second = (set(terms(" ".join((s.context, s.mechanism, s.outcome, s.quote)))) for s in (one, other))
    return len(first & second) / len(first | second) if first | second else 1.0


def _reused_id(row: StatementRow, before: Statement, after: Statement) -> str | None:
    """A row giving a statement's id to another statement: it cites another source and shares almost none of the
    statement's words (trial T: S3, in a configuration the reference group had rated, became a statement of another
    paper, exit 0, not a word). Refused: the statement stays, and the row imports as a new one without the id. A
    source corrected alone (the words kept) is imported, and said (`holder_warnings`).

    So is a row the team's own id matched (`StatementRow.matched_by`) whose coder is another than the statement's and
    whose context, mechanism or outcome differ: a second coder numbering their CMOCs S1, S2 … as the first did (trial
    CE 3: HC's S1 rewrote JM's S1, recorded only in the history). A coder's own corrected sheet still updates, and a
    sheet with cmo's ids (its template) is cmo's numbering, not a colleague's."""
    if row.matched_by and (coded := _another_coder(before, after)):
        return _another_coders_row(row, before, coded)
    if after.source == before.source or words_shared(before, after) >= REUSED_WORDS:
        return None
    said = next((text for text in (before.context, before.mechanism, before.outcome) if text.strip()), "")
    shown = said[:60] + ("…" if len(said) > 60 else "")
    given = f"its '{row.matched_by}'" if row.matched_by else "its id"
    empty = f"Give the row a '{row.matched_by}' of its own" if row.matched_by else "Empty the row's id cell"
    return (
        f"row {row.row}: {before.id} is a statement of {before.source} ('{shown}'); this row cites {after.source} and "
        f"shares almost none of its words: another statement, given {before.id}'s {given[4:]}. {empty} to import it "
        f"as a new statement ({before.id} stays as it is; 'cmo code delete {before.id} --note …' takes it out if it should go)"
    )


def _another_coder(before: Statement, after: Statement) -> str:
    """The row's coder where it names another than the statement's (capitals aside, as coders are one however written)
    and the row words the statement's parts otherwise; "" where not."""
    coders = [" ".join(s.coder.split()).casefold() for s in (before, after)]
    if not all(coders) or coders[0] == coders[1]:
        return ""
    worded = [tuple(" ".join(text.split()).casefold() for text in (s.context, s.mechanism, s.outcome)) for s in (before, after)]
    return after.coder if worded[0] != worded[1] else ""


def _another_coders_row(row: StatementRow, before: Statement, coder: str) -> str:
    said = next((text for text in (before.context, before.mechanism, before.outcome) if text.strip()), "")
    shown = said[:60] + ("…" if len(said) > 60 else "")
    value = str(before.extra.get(row.matched_by, "")) or before.id
    return (
        f"row {row.row}: its '{row.matched_by}' {value} is {before.coder}'s {before.id} ('{shown}'), and this row is {coder}'s "
        f"in other words: another coder's statement numbered alike. Give {coder}'s rows '{row.matched_by}'s of their own "
        f"('{coder}-{value}'), or empty the column, to import them as new statements ({before.id} stays as it is)"
    )


def holder_warnings(
    review: Review, path: Path, rows: list[StatementRow], before: dict[str, Statement], updated: list[Statement]
) -> list[str]:
    """What a sheet changed of the statements configurations rest on, where it changes what they hold: a statement
    that now cites another source, or was rewritten whole, said with the configurations holding it; any change to a
    member of an accepted configuration, which keeps the wording the team accepted. To look at (exit 1) where a
    configuration holding it was sent to the reference group, carries a team decision, or was accepted (trial T: C1,
    sent in round 1, went on with another paper as its support, and nothing was said)."""
    row_of = {row.id: row.row for row in rows if row.id}
    sent: dict[str, int] = {}
    for snapshot in review.store.rounds():
        sent |= {config.id: snapshot.number for config in snapshot.configurations}
    lines: list[str] = []
    for statement in updated:
        old = before[statement.id]
        holders = review.store.configurations_holding(statement.id)
        accepted = [config.id for config in holders if config.accepted]
        changed = [
            c for c in dict.fromkeys([*_cells(statement), *_cells(old)]) if _cells(old).get(c, "") != _cells(statement).get(c, "")
        ]
        if statement.source != old.source:
            also = [c for c in changed if c != "source"]
            what = f"now cites {statement.source}, not {old.source}" + (f" (and {_cell_names(also)} changed)" if also else "")
        elif words_shared(old, statement) < REUSED_WORDS:
            what = "was rewritten: it shares almost none of its words with what it said before"
        elif accepted:
            what = f"was changed: the row changed {_cell_names(changed)}"
        else:
            continue
        where = f"{path}: row {row_of.get(statement.id, '?')}: {statement.id} {what}"
        if not holders:
            lines.append(f"{where}; it is in no configuration yet.")
            continue
        held = ", ".join(
            f"{config.id}, which the team accepted"
            if config.accepted
            else f"{config.id}, sent to the reference group in round {sent[config.id]}"
            if config.id in sent and config.pinned
            else f"{config.id}, which carries a team decision"
            if config.pinned
            else config.id
            for config in holders
        )
        ids = [config.id for config in holders]
        advice = f" 'cmo configs show {ids[0]}' shows what it rests on now"
        if accepted:
            advice = (
                f" {', '.join(accepted)} keep{'s' if len(accepted) == 1 else ''} the wording the team accepted:"
                f"{advice} ('cmo configs unaccept {accepted[0]}' to reconsider it)"
            )
        text = f"{where}; it is in {held}.{advice}."
        lines.append(LookAt(text) if any(config.accepted or config.pinned for config in holders) else text)
    return lines


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
    source is not counted in the strength of evidence (`cmo.synthesis.strength`); an unscreened one still is. A source
    screened "maybe" is named as every listing names it (`Source.screening`), not as unscreened (trial Y).
    """
    warnings = []
    not_included = review.store.sources_not_included()
    held = {s for c in review.store.configurations() if not c.retired for s in c.statements}
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
            # trial AH: "stays in its configuration" was said before any refine had made one
            if all(s in held for s in coded):
                kept = f"{'stays' if one else 'stay'} in {'its configuration' if one else 'their configurations'}"
            elif not any(s in held for s in coded):
                kept = f"{'is' if one else 'are'} kept, and refine will place {them} as any other,"
            else:
                kept = f"{'is' if one else 'are'} kept, in a configuration or for refine to place,"
            warnings.append(  # a statement coded from a work the team excluded is a slip to look at, as `select import` says
                LookAt(
                    f"{key} is excluded{f' ({reason})' if reason else ''}; {statements} {kept} but "
                    f"{'does' if one else 'do'} not count towards the strength of evidence: detach {them} with 'cmo configs "
                    "detach' or correct the source in the coding sheet."
                )
            )
        else:
            theirs = f"{statements} count{'s' if one else ''} as evidence"
            source = review.store.source(key)
            screening = source.screening if source is not None else status
            said = "maybe (screened, not yet decided)" if screening == "maybe" else screening  # as every listing says
            warnings.append(
                f"{key} is {said}; {theirs} all the same: include it with 'cmo select include {key}', "
                f"or detach {them} with 'cmo configs detach' if {'it does' if one else 'they do'} not belong."
            )
    if len(warnings) > WARNED_SOURCES:
        rest = [w.split(" ", 1)[0] for w in warnings[WARNED_SOURCES:]]
        shown = ", ".join(rest[:5]) + (", …" if len(rest) > 5 else "")
        more = (
            f"{len(rest)} more sources that are not included have statements counting as evidence ({shown}); "
            "'cmo sources list --json' shows each source's status."
        )
        excluded = any(isinstance(warning, LookAt) for warning in warnings[WARNED_SOURCES:])
        warnings = warnings[:WARNED_SOURCES] + [LookAt(more) if excluded else more]
    return warnings


def _identity(statement: Statement) -> tuple:
    page = page_cited(statement.page)
    return (statement.source, statement.context, statement.mechanism, statement.outcome, statement.quote, page)


_PAGE_WORD = re.compile(r"^\s*(?:pages?|pgs?|pp?)\s*\.?\s*(?=\d)", re.I)
"""The word a team writes before a page's number ("p.572", "pp. 1280-81", "pg 5", "page 12"): no part of the page."""


def page_cited(page: str) -> str:
    """The page a statement cites, however a coder wrote it: "p.572", "p 572" and "572" are one page, "pp. 1280-81" is
    1280-1281 (`normalise_pages`). Trial H7: a second coder's row saying a statement word for word on page '572' was
    refused as another page than the first coder's 'p.572'."""
    return normalise_pages(_PAGE_WORD.sub("", page or ""))


def _coded_alike(statement: Statement) -> tuple:
    """What a coder codes: the source, the CMO and the quote; a row without an id that says all of it again is the
    same statement, whatever its page."""
    return _identity(statement)[:-1]


def _by_place(statements) -> dict[tuple[str, str, str], list[Statement]]:
    """Statements by source, quote and page, where a row without an id may be one of them edited (`_edited`)."""
    placed: dict[tuple[str, str, str], list[Statement]] = {}
    for statement in statements:
        if not statement.deleted:
            placed.setdefault(_place(statement), []).append(statement)
    return placed


def _place(statement: Statement) -> tuple[str, str, str]:
    return (statement.source, statement.quote.strip(), page_cited(statement.page))


CLIPPED_QUOTE_WORDS = 4
"""The fewest words a quote holds for another coder's longer quote of the same passage to be read as it clipped."""


def _one_passage(one: Statement, other: Statement) -> bool:
    """Whether two statements of one source quote one passage: the same words, or one quote the other's words cut
    shorter (`CLIPPED_QUOTE_WORDS` at least), as two coders clip a passage at different words ("they do it when the
    visitors come" beside "they do it when the visitors come, then it stops"), on pages that meet ("p 25" within
    "25-26"; trial K0: two coders' quotes of one passage, paged '25-26' and 'p 25', went unnamed as double coding)."""
    mine, theirs = (" ".join(re.findall(r"\w+", fold(s.quote))) for s in (one, other))
    shorter, longer = sorted((mine, theirs), key=len)
    if not shorter or (shorter != longer and (len(shorter.split()) < CLIPPED_QUOTE_WORDS or f" {shorter} " not in f" {longer} ")):
        return False
    return _pages_meet(page_cited(one.page), page_cited(other.page))


def _pages_meet(one: str, other: str) -> bool:
    """Whether two cited pages are one, or one range holds the other's page; pages no number reads ('e96', 'Table 2')
    meet only where they are written alike."""
    if one == other:
        return True
    spans = []
    for page in (one, other):
        found = re.fullmatch(r"(\d+)(?:-(\d+))?", page)
        if not found:
            return False
        spans.append((int(found.group(1)), int(found.group(2) or found.group(1))))
    (a, b), (c, d) = spans
    return a <= d and c <= b


def _edited(stored: Statement, draft: Statement) -> list[str]:
    """How a row differs from a statement of its source, quote and page when it is that statement edited ("the outcome
    changed", "the outcome filled in"): each element the same, filled in, left empty, or sharing most of its words;
    [] when it is another statement (an element of other words: one quote may hold two CMOs), and when another coder
    words an element otherwise: a second coder's own words for the place a first coder coded are their statement (trial
    H7: the second coder's row of a page with no quote was not imported, as an edit of the first coder's)."""
    from cmo.sheets.coding import says_above
    from cmo.synthesis.similarity import terms

    another = draft.coder.strip() and stored.coder.strip() and not _among_coders(draft.coder, stored.coder)
    told: dict[str, list[str]] = {}
    for name in ("context", "mechanism", "outcome"):
        had, has = getattr(stored, name).strip(), getattr(draft, name).strip()
        if had == has:
            continue
        if not had or not has or says_above(had):  # trial CJ: 'same', kept as words before it was read as the cell above
            told.setdefault("filled in" if has else "left empty", []).append(name)
            continue
        if name == "mechanism" and had in (draft.mechanism_resource.strip(), draft.mechanism_response.strip()):
            told.setdefault("filled in", []).append(name)  # one part of it was there, the row gives both
            continue
        first, second = set(terms(had)), set(terms(has))
        if not first & second or len(first & second) / len(first | second) < EDITED_WORDS:
            return []
        if another:
            return []
        told.setdefault("changed", []).append(name)
    return [f"{_cell_names(names)} {how}" for how, names in told.items()]


def _quote_edited(stored: Statement, draft: Statement) -> bool:
    """Whether a row saying a statement's context, mechanism and outcome word for word, on its page and by its coder, gives
    its quote edited: both quotes given, sharing at least `EDITED_WORDS` of their words (a word put right, a passage cut
    shorter). A quote of other words is another passage telling the same finding: another statement (trial BZ)."""
    from cmo.synthesis.similarity import terms

    if stored.page.strip() != draft.page.strip() or stored.coder.strip().casefold() != draft.coder.strip().casefold():
        return False
    had, has = stored.quote.strip(), draft.quote.strip()
    if not had or not has or had == has:
        return False
    first, second = set(terms(had)), set(terms(has))
    return bool(first & second) and len(first & second) / len(first | second) >= EDITED_WORDS


EDITED_WORDS = 0.5
"""An element that keeps at least this share of its words (as terms) is the same element edited (`_edited`)."""


def _apply(
    store,
    path: Path,
    row: StatementRow,
    existing: dict[str, Statement],
    known: dict[tuple, str],
    worded: dict[tuple, list[Statement]],
    alike: dict[tuple, str],
    placed: dict[tuple[str, str, str], list[Statement]],
    summary: ImportSummary,
    target: Statement | None = None,
) -> Statement | None:
    """The statement a row adds or updates (`target`: as read against later changes, `_reconciled`), None when it
    changes nothing or is not imported, which is said."""
    if row.id is None:
        draft = row.new_statement("S0")
        identity = _identity(draft)
        said = [stored for stored in worded.get(identity[:4], ()) if _identity(stored) != identity]
        if identity not in known and (filling := _filling(row, draft, said, existing)) is not None:
            updated = _filled(row, draft, filling, said, summary)  # its quote or page where it had none (trial AQ 1)
            known.setdefault(identity, []).insert(0, updated)  # a second row of it is then a repeat
            kin = worded[identity[:4]]
            kin[kin.index(filling)] = updated  # and a row of another quote, another statement
            return updated
        if identity in known:
            filling = _filling(row, draft, known[identity], existing)
            if filling is not None:
                return _filled(row, draft, filling, known[identity], summary)
            agreeing = _coded_by_another_alike(row, draft, known[identity], existing, summary.added)
            if agreeing is not None and agreeing.id in summary.added:  # a statement this very sheet made: it names both
                agreeing.coder = _with_both_coders(path, row, agreeing, draft, summary).coder
                _own_kept_said(path, row, draft, agreeing, summary)  # after the agreement it follows from
                summary.repeated.add(agreeing.id)
                _unsay(summary, row)
                return None
            if agreeing is not None:
                joined = _with_both_coders(path, row, agreeing, agreeing.model_copy(update={"coder": draft.coder}), summary)
                _own_kept_said(path, row, draft, agreeing, summary)
                known[identity][known[identity].index(agreeing)] = joined  # the same row again is then a repeat
                if agreeing.id not in summary.updated:
                    summary.updated.append(agreeing.id)
                return joined
            repeated = _repeated(path, row, draft, known[identity], summary)
            if repeated:
                summary.repeated.add(repeated)
                _unsay(summary, row)
                return None
            statement = row.new_statement(store.next_id("S"))
            known[identity].append(statement)
            summary.added.append(statement.id)
            summary.warnings.append(_second_coding_said(path, row, statement, known[identity][0]))
            return statement
        if _coded_alike(draft) in alike and alike[_coded_alike(draft)] in existing:
            return _page_again(path, row, existing[alike[_coded_alike(draft)]], summary)
        for stored in placed.get(_place(draft), ()):
            if edited := _edited(stored, draft):  # not unchanged: changed, and not imported (trial Y)
                summary.warnings.append(
                    LookAt(
                        f"{path}: row {row.row} looks like {stored.id} with {' and '.join(edited)} (the same source, quote "
                        f"and page, and no id): it was not imported as a second statement. Give the row the id {stored.id} "
                        f"to update {stored.id}; if it is another statement, 'cmo code add' adds it."
                    )
                )
                return None
        for stored in said:
            if not stored.deleted and _quote_edited(stored, draft):  # trial CK: a quote corrected since, on an old sheet
                summary.warnings.append(
                    LookAt(
                        f"{path}: row {row.row} looks like {stored.id} with the quote changed (the same source, context, "
                        f"mechanism, outcome, page and coder, and no id): it was not imported as a second statement. Give "
                        f"the row the id {stored.id} to update {stored.id}; if it is another statement, 'cmo code add' adds it."
                    )
                )
                return None
        statement = row.new_statement(store.next_id("S"))
        known[identity] = [statement]
        summary.added.append(statement.id)
        _parts_missing(path, row, statement, None, summary)
        return statement
    updated = target if target is not None else row.update(existing[row.id])
    updated = _with_both_coders(path, row, existing[row.id], updated, summary)
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
    if row.renamed and updated == existing[row.id].model_copy(
        update={"extra": {row.renamed.get(name, name): value for name, value in existing[row.id].extra.items()}}
    ):
        summary.renamed.append(row.id)  # a column renamed, said once (`_renames_said`): its words unchanged
        summary.unchanged += 1
        return updated
    summary.updated.append(row.id)
    _parts_missing(path, row, updated, existing[row.id], summary)
    return updated


_WORDS = ("source", "context", "mechanism", "outcome", "quote", "page")
"""What a statement says (`_identity`): a row without an id saying all of it again is that statement's row. Its first
four are what it says; a quote or page the row gives where the statement has none it fills in (`_differences`)."""


def _one_person(one: str, other: str) -> bool:
    """Whether two coder names as written may be one person: the same name (capitals aside), one the other's initials or
    given name (`one_reviewer`: "JM" of "Jo Mills"), or the same family name with the same first initial ("A. Ruiz" of
    "Ana Ruiz"); "JM" and "HC" are two people."""
    from cmo.normalise import fold, one_reviewer

    words = [fold(name.replace(".", " ").replace(",", " ")).split() for name in (one, other)]
    if not all(words):
        return False
    if words[0] == words[1] or one_reviewer(one, [other]) or one_reviewer(other, [one]):
        return True
    return len(words[0]) > 1 and len(words[1]) > 1 and words[0][-1] == words[1][-1] and words[0][0][0] == words[1][0][0]


def _among_coders(coder: str, coded_by: str) -> bool:
    return any(_one_person(coder, name) for name in coders_of(coded_by))


def _same_words(one: Statement, other: Statement) -> bool:
    """Whether two statements say the same of the same source: its context, mechanism and outcome word for word (spaces
    and capitals aside)."""
    said = [tuple(" ".join(str(getattr(s, name) or "").split()).casefold() for name in _WORDS[:4]) for s in (one, other)]
    return said[0] == said[1]


def _with_both_coders(path: Path, row: StatementRow, stored: Statement, updated: Statement, summary: ImportSummary) -> Statement:
    """A row that codes a statement word for word (its source, context, mechanism and outcome) and names a coder who is
    none of the statement's (`_one_person`) is a second coder who coded it alike: one statement, which names both ("JM;
    HC"), said, never the second coder's name put over the first's (trials CJ, LJ: HC's sheet of JM's statements word for
    word made HC their coder, and JM's name was lost; without ids, HC's name was dropped). A row by one of its coders
    keeps the names it has, so either coder's sheet imported again changes nothing; one coder's name corrected alone
    ("A. Ruiz" for "Ana Ruiz") is still an update."""
    if "coder" not in row.fields or not updated.coder.strip() or not _same_words(stored, updated):
        return updated
    if _among_coders(updated.coder, stored.coder):
        return updated.model_copy(update={"coder": stored.coder}) if len(coders_of(stored.coder)) > 1 else updated
    if not stored.coder.strip():
        return updated
    both = CODERS_APART.join([*coders_of(stored.coder), updated.coder.strip()])
    summary.warnings.append(
        f"{path}: row {row.row}: {updated.coder.strip()}'s coding says {stored.id} ({stored.coder}'s) word for word: the "
        f"coders agree, and {stored.id} now names both as its coders ({both}); it was not added again."
    )
    return updated.model_copy(update={"coder": both})


def _coded_by_another_alike(
    row: StatementRow, draft: Statement, same: list[Statement], existing: dict[str, Statement], added: Sequence[str] = ()
) -> Statement | None:
    """The live statement (made before, or by this sheet: `added`) a row without an id repeats in every field it gives
    but its coder, who is none of the statement's coders (`_with_both_coders`)."""
    for stored in same:
        made = stored.id in existing or stored.id in added
        if stored.deleted or not made or not draft.coder.strip() or not stored.coder.strip():
            continue
        filled, told = _differences(row, draft, stored)
        own = [name for name in [*filled, *told] if name in draft.extra or name in _EACH_CODERS_OWN]
        apart = sorted([*filled, *told]) == sorted(["coder", *own])
        if "coder" in told and apart and not _among_coders(draft.coder, stored.coder):
            return stored  # the team's own columns aside: where the tool writes the coder's own excerpt (`_own_kept_said`)
    return None


_EACH_CODERS_OWN = ("note",)
"""A statement's field each coder fills for themselves: a second coder's row that says a statement word for word but
for its note ('2nd coder', 'checked with MK') is still that statement, naming both coders, the note named as not kept
(`_own_kept_said`); trial E2: MK's row of S12 word for word, its note '2nd coder', was not imported and MK's agreement
was lost."""


def _own_kept_said(path: Path, row: StatementRow, draft: Statement, stored: Statement, summary: ImportSummary) -> None:
    """A second coder's row coding a statement alike (`_coded_by_another_alike`) whose own columns give otherwise, as a
    tool writes each coder's own excerpt of one passage (Dedoose's `Excerpt Range`, `Excerpt Date`: trial DC, the second
    coder's agreement was dropped as a row "not imported again", and the statement kept one coder): the statement
    keeps its own columns as they were, and the row's are named, to be looked at."""
    filled, told = _differences(row, draft, stored)
    own = [name for name in [*told, *filled] if name in draft.extra or name in _EACH_CODERS_OWN]
    if own:
        summary.warnings.append(
            LookAt(
                f"{path}: row {row.row}: {stored.id} keeps its own columns as they were; {draft.coder.strip()}'s row gives "
                f"{_joined([_given(name, draft, stored) for name in own])}, not kept."
            )
        )


def _differences(row: StatementRow, draft: Statement, stored: Statement) -> tuple[list[str], list[str]]:
    """How a row without an id repeating a statement's words (`_identity`) codes it otherwise, each field the row has
    a column for: those it fills in where the statement has none, and those it gives otherwise where both give one.
    A cell left empty says nothing; the team's own columns count by header, as any header is matched."""
    from cmo.sheets.tables import header_key

    filled: list[str] = []
    otherwise: list[str] = []
    for name in row.fields:
        if name in _WORDS[:4] or name == "extra":
            continue
        mine, theirs = getattr(draft, name), getattr(stored, name)
        if isinstance(mine, bool):
            otherwise += [name] if mine != theirs else []
            continue
        if isinstance(mine, list):
            mine, theirs = sorted(mine), sorted(theirs)
        else:
            mine, theirs = str(mine or "").strip(), str(theirs or "").strip()
        if name == "coder" and mine and len(coders_of(theirs)) > 1 and _among_coders(mine, theirs):
            continue  # one of the coders a statement names (`_with_both_coders`)
        if name == "page" and page_cited(mine) == page_cited(theirs):
            continue  # "p.572" is page 572
        if mine and not theirs:
            filled.append(name)
        elif mine and (mine.casefold() != theirs.casefold() if isinstance(mine, str) else mine != theirs):
            otherwise.append(name)
    kept = {header_key(name): value.strip() for name, value in stored.extra.items()}
    for name, value in draft.extra.items():
        had = kept.get(header_key(name), "")
        if value.strip() and not had:
            filled.append(name)
        elif value.strip() and value.strip() != had:
            otherwise.append(name)
    return filled, otherwise


def _told_otherwise(row: StatementRow, draft: Statement, stored: Statement) -> list[str]:
    """The coding a row gives otherwise than a statement saying the same words (`_differences`): where both give one."""
    return _differences(row, draft, stored)[1]


def _filling(row: StatementRow, draft: Statement, same: list[Statement], existing: dict[str, Statement]) -> Statement | None:
    """The statement a row without an id repeating its words fills in (`_differences`: a domain where it had none),
    where the row gives nothing otherwise and none of `same` is the row as it is: an update of it, not a repeat (trial
    AG: a sheet given the domains its statements lacked was dropped as 'word for word', and they stayed without).
    Only a live statement an earlier import or command made: a row repeating one made by this sheet is said as such."""
    if any(_differences(row, draft, stored) == ([], []) for stored in same):
        return None
    return next(
        (
            stored
            for stored in same
            if not stored.deleted and stored.id in existing and not (found := _differences(row, draft, stored))[1] and found[0]
        ),
        None,
    )


def _filled(row: StatementRow, draft: Statement, stored: Statement, same: list[Statement], summary: ImportSummary) -> Statement:
    """The statement `_filling` found, with what the row filled in: counted as an update, and said once."""
    filled = _differences(row, draft, stored)[0]
    fields = {name: getattr(draft, name) for name in filled if name in type(stored).model_fields and name != "extra"}
    extra = {name: value for name, value in draft.extra.items() if name in filled}
    updated = stored.model_copy(update=fields | ({"extra": {**stored.extra, **extra}} if extra else {}))
    same[same.index(stored)] = updated  # a second row of the same words is then a repeat of it
    if stored.id not in summary.updated:
        summary.updated.append(stored.id)
    summary.filled.append((row.row, stored.id, filled))
    return updated


def _filled_said(path: Path, filled: list[tuple[int, str, list[str]]]) -> list[str]:
    """Rows without an id that filled in what their statements left empty (`_filling`), said once, counted."""
    from cmo.sheets.tables import row_list

    if not filled:
        return []
    names = list(
        dict.fromkeys(
            f"the {name.replace('_', ' ')}" if name in Statement.model_fields else f"'{name}'"
            for _, _, told in filled
            for name in told
        )
    )
    ids = list(dict.fromkeys(sid for _, sid, _ in filled))
    shown = ", ".join(ids[:10]) + (" …" if len(ids) > 10 else "")
    return [
        f"{path}: {row_list([row for row, _, _ in filled])} repeat{'s' if len(filled) == 1 else ''} the words of "
        f"{shown} with no id given, and fill{'s' if len(filled) == 1 else ''} in {_joined(names)} where "
        f"{'it' if len(ids) == 1 else 'they'} had none: read as {'an update' if len(ids) == 1 else 'updates'} of "
        f"{'it' if len(ids) == 1 else 'them'}."
    ]


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _given(name: str, draft: Statement, stored: Statement) -> str:
    """What a row gives of one field, beside the statement's ("the note 'x' (S1: '-')")."""
    from cmo.sheets.tables import header_key

    if name in draft.extra:
        mine = draft.extra[name]
        theirs = next((v for k, v in stored.extra.items() if header_key(k) == header_key(name)), "")
        return f"'{name}' '{mine}' ({stored.id}: '{theirs or '-'}')"
    mine, theirs = getattr(draft, name), getattr(stored, name)
    if isinstance(mine, list):
        mine, theirs = ", ".join(mine), ", ".join(theirs)
    return f"the {name.replace('_', ' ')} '{mine}' ({stored.id}: '{theirs or '-'}')"


def _repeated(path: Path, row: StatementRow, draft: Statement, same: list[Statement], summary: ImportSummary) -> str | None:
    """The statement a row without an id repeating the words of statements (`same`) is again, not imported: the same
    in every field the row gives (word for word), or by another coder alike (the coders agree, said), or otherwise in
    its coding by the same coder (not taken behind the team's back: said to look at, with the command that changes it:
    trial AG). None where another coder coded the same words to another domain: a coding
    disagreement, which is imported and said (`_second_coding_said`, trial AF: a second coder's domain was dropped as
    a repeat)."""
    same = sorted(same, key=lambda stored: stored.deleted)  # a live statement the row repeats before a deleted one
    agreeing = next((stored for stored in same if _differences(row, draft, stored) == ([], [])), None)
    if (agreeing or same[0]).deleted:
        gone = (agreeing or same[0]).id
        how = "word for word" if agreeing is not None else "in its words"
        summary.unchanged += 1
        summary.warnings.append(  # probe 7: counted "unchanged", rc 0, though README names a deleted statement's row
            LookAt(
                f"{path}: row {row.row} repeats {gone} {how} (no id given), a statement deleted ('cmo history {gone}' says "
                f"why): the deletion stands and the row was not imported again; if it is wanted back, 'cmo code add' adds it "
                "as a new statement, or delete the row from the sheet."
            )
        )
        return gone
    if agreeing is not None:
        summary.unchanged += agreeing.id not in summary.added  # a row twice on this sheet changes no statement made before
        summary.repeats.append((row.row, agreeing.id))
        return agreeing.id
    stored = same[0]
    filled, told = _differences(row, draft, stored)
    if "coder" in told and "domain" in told:
        return None
    summary.unchanged += 1
    if told == ["coder"] and not filled:
        summary.warnings.append(
            f"{path}: row {row.row}: {draft.coder}'s coding repeats {stored.id} ({stored.coder}'s) word for word, to the "
            "same domain: the two coders agree, and it was not imported again."
        )
        return stored.id
    if told == ["domain"] and not filled:
        summary.warnings.append(
            LookAt(
                f"{path}: row {row.row} repeats {stored.id} word for word (no id given) but codes it to the domain "
                f"'{draft.domain}' ({stored.id}: '{stored.domain}'); it was not imported again, and {stored.id} was not "
                f"changed: 'cmo code edit {stored.id} --domain {draft.domain} --note …' changes it, or give the row the "
                f"id {stored.id}."
            )
        )
        return stored.id
    given = [_given(name, draft, stored) for name in [*told, *filled] if name != "coder"]
    whose = f"{draft.coder}'s row" if "coder" in told else "it"
    summary.warnings.append(
        LookAt(
            f"{path}: row {row.row} repeats the words of {stored.id} (no id given), but {whose} gives {_joined(given)}: "
            f"it was not imported again, and {stored.id} was not changed: give the row the id {stored.id} to update "
            f"{stored.id}, or 'cmo code edit {stored.id} --note …' changes it."
        )
    )
    return stored.id


def _second_coding_said(path: Path, row: StatementRow, statement: Statement, stored: Statement) -> LookAt:
    """A second coder's row saying a statement's words, coded otherwise (`_repeated`): imported, so the team sees the
    disagreement."""
    return LookAt(
        f"{path}: row {row.row}: {statement.coder} coded what {stored.id} says word for word, as {stored.coder} did, but "
        f"to the domain '{statement.domain or '-'}' ({stored.id}: '{stored.domain or '-'}'): a coding disagreement, "
        f"imported as {statement.id} so both are seen; until it is reconciled both count as evidence. 'cmo code delete "
        f"{statement.id} --note …' keeps {stored.id}'s coding, or 'cmo code delete {stored.id} --note …' keeps "
        f"{statement.coder}'s."
    )


def _double_coded_said(
    path: Path, rows: list[StatementRow], made: list[Statement | None], existing: dict[str, Statement], summary: ImportSummary
) -> list[str]:
    """New statements coding a quote (the same words, source and page) that another coder's statement codes too: one
    quote coded by two coders as two statements is two statements of evidence, and the team reconciles them, so each is
    named with the one it doubles (trial AE: identical quotes by two coders went unnoticed). So is a new statement saying
    another coder's statement of its source word for word (its context, mechanism and outcome) with another quote or
    page, or none (trial BZ 3: a second coder's row of a finding coded before, without its quote, was added unsaid).
    Both are kept: one quote may hold two findings, and one finding be told on two pages."""
    added = set(summary.added)
    row_of = {statement.id: row.row for row, statement in zip(rows, made) if statement is not None and statement.id in added}
    quoted: dict[str, list[Statement]] = {}
    worded: dict[tuple, list[Statement]] = {}
    for statement in [*existing.values(), *(s for s in made if s is not None and s.id in added)]:
        if not statement.deleted and statement.coder.strip():
            worded.setdefault(_identity(statement)[:4], []).append(statement)
        if not statement.deleted and statement.quote.strip() and statement.coder.strip():
            quoted.setdefault(statement.source, []).append(statement)
    pairs = []
    for statement in (s for s in made if s is not None and s.id in added):
        same_quote = [
            o
            for o in quoted.get(statement.source, ())
            if o.id != statement.id and _one_passage(o, statement) and _identity(o)[1:4] != _identity(statement)[1:4]
        ]
        same_words = [o for o in worded.get(_identity(statement)[:4], ()) if _identity(o) != _identity(statement)]
        earlier = [  # the same words, quote and page: said by `_second_coding_said`
            other
            for other in {o.id: o for o in [*same_quote, *same_words]}.values()
            if other.coder.strip().casefold() != statement.coder.strip().casefold()
            and (other.id not in row_of or row_of[other.id] < row_of[statement.id])
        ]
        if earlier:
            doubled = " and ".join(f"{o.id} ({o.coder}{f', row {row_of[o.id]}' if o.id in row_of else ''})" for o in earlier)
            pairs.append(f"{statement.id} (row {row_of[statement.id]}, {statement.coder}) with {doubled}")
    if not pairs:
        return []
    first = pairs[0].split(" ", 1)[0]
    return [
        LookAt(
            f"{path}: {counted(len(pairs), 'new statement')} {'codes a quote' if len(pairs) == 1 else 'code quotes'} (the "
            "same words, or the same cut shorter, of one source and page), or "
            f"{'says a finding' if len(pairs) == 1 else 'say findings'} of its source word for word, that another coder "
            "coded too, each as a statement of its own: "
            f"{'; '.join(pairs[:10])}{' …' if len(pairs) > 10 else ''}. All were kept, and each counts as evidence: "
            "reconcile them, leaving both where the quote holds two findings, or deleting one where they are one "
            f"('cmo code delete {first} --note \"double coding\"')."
        )
    ]


_WITHOUT = {
    "context": "says what happened but not where or for whom",
    "mechanism": "says what happened but not why",
    "outcome": "says why but not what came of it",
}
"""What a CMO statement without each part leaves unsaid (`_parts_missing`)."""


def _a_or_an(word: str) -> str:
    """The article before a part's name: "an outcome", "a mechanism" (trial CO read "without a outcome")."""
    return "an" if word[:1] in "aeiou" else "a"


def _parts_missing(path: Path, row: StatementRow, statement: Statement, before: Statement | None, summary: ImportSummary) -> None:
    """A statement the sheet leaves with no context, mechanism or outcome (new, or emptied; a placeholder such as
    'outcome?' or 'TBC' is none: `placeholder`) names each missing part, one way for all three (trial AM: a missing
    mechanism was named, a missing outcome, 'outcome?', was not)."""
    missing = [
        part for part in _WITHOUT if not getattr(statement, part).strip() and (before is None or getattr(before, part).strip())
    ]
    if not missing:
        return
    held = [f"'{row.placeholders[part]}' in its {part} cell is a placeholder" for part in missing if part in row.placeholders]
    why = (
        f"a CMO statement without one {_WITHOUT[missing[0]]}"
        if len(missing) == 1
        else "; ".join(f"without {_a_or_an(part)} {part} a CMO statement {_WITHOUT[part]}" for part in missing)
    )
    summary.warnings.append(
        LookAt(
            f"{path}: row {row.row}: {statement.id} has {_joined([f'no {part}' for part in missing])}"
            f"{f' ({_joined(held)}, read as none)' if held else ''}: {why}; it was imported "
            f"{'without one' if held and len(missing) == 1 else 'without them' if held else 'as written'}, to be completed "
            f"in the sheet or with 'cmo code edit {statement.id} {' '.join(f'--{part} …' for part in missing)}'."
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
    _refuse_placeholders(fields, "added", sentence=bool(marked))
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


def _refuse_placeholders(fields: Mapping, done: str, statement_id: str = "", *, sentence: bool = False) -> None:
    """A part given as a placeholder ('TBC', '?', 'outcome?': `placeholder`) is refused, never kept as the words of a
    statement, as a sheet's cell is read as none: the part is left out instead."""
    from cmo.sheets.coding import PARTS, placeholder

    for part in PARTS:
        given = (fields.get(part) or "").strip()
        if given and placeholder(given):
            instead = (
                f"--{part} '' leaves {statement_id} without one"
                if statement_id
                else f"leave the {part} out of the sentence to add it without one"
                if sentence
                else f"leave --{part} out to add it without one"
            )
            raise CmoError(f"the {part} '{given}' is a placeholder, not words of one: {instead}; nothing was {done}.")


def _marked_fields(sentence: str, fields: dict) -> tuple[dict, list[str]]:
    """A statement's parts from `--cmoc`, its marked sentence (`marked_parts`), the sentence kept as written, as a coding
    sheet's CMOC column is; and what to say of how it was read."""
    if not sentence.strip():
        return {}, []
    if any(fields.get(name) for name in ("context", "mechanism", "outcome")):
        raise CmoError(
            "a CMOC sentence is instead of the context, mechanism and outcome: give one or the other; nothing was added."
        )
    from cmo.sheets.coding import sentence_parts

    marked = sentence_parts(sentence)
    if marked.problem:
        raise CmoError(f"the CMOC sentence: {marked.problem}; nothing was added.")
    said = [UNMARKED_READ[marked.form].replace(" statements, with no marks", "") + "."] if marked.form else []
    return marked.statement_fields() | {"extra": {"CMOC": sentence.strip()}}, said


EDITABLE = ("source", "context", "mechanism", "outcome", "quote", "page", "domain", "groups", "coder", "note")
"""A statement's fields a person corrects (`cmo code edit`); its source too, named by key or citation as a coding sheet
names it: a statement coded to the wrong study is moved, its id, marks and configurations kept, not deleted and
imported again (trial BO 2: five statements read as the other of two lettered works)."""


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
    if "source" in changes:
        changes["source"] = get_source(review, str(changes["source"])).key
    _refuse_placeholders(
        {k: v for k, v in changes.items() if k != "source" and getattr(statement, k, None) != v}, "changed", statement.id
    )
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
    """An edit that makes a member's outcome read as not following, or say the opposite of its configuration's
    (`member_doubts`), where it counts as support: said, with the command that decides it, as refine says it of a
    statement it places (trial N: an accepted configuration's member was edited to say the opposite without a word). A
    person's mark on it is their decision: nothing is said."""
    if reads_against(after) and not reads_against(before):
        return support_doubts(review, [after], now=True)
    if not reads_against(after) and (after.outcome or "") != (before.outcome or ""):
        return support_doubts(review, [after])  # one that follows is said only where it says the opposite (AE 3)
    return []


def made_by_hand_lines(review: Review, config_id: str) -> list[str]:
    """What a configuration made by hand (`cmo configs new`) holds that the team should decide: each member read as
    going against it (a finding beside its null result, trial AA), with the mark that overrides it, and each member
    counted as support though its outcome reads as not following (`support_doubts`)."""
    from cmo.commands.refine import against_lines

    config = get_configuration(review, config_id)
    members = review.store.statements_with_ids(config.statements)
    return against_lines({}, [config], {s.id: s for s in members}) + support_doubts(review, members)


def support_doubts(review: Review, statements: list[Statement], *, now: bool = False) -> list[str]:
    """What a person's step leaves counted as support that the team should decide, for each configuration holding one of
    `statements` (`member_doubts`): a member whose outcome reads as not following, or says the opposite of the
    configuration's outcome, that no person has marked; said with the command that decides it, as refine says it of
    what it places. A person's grouping (`configs attach`, `configs new`) is checked as refine's is (trial Q: S7,
    "problems did not change", attached by hand to C1 left it "strong" without a word; AE 3, AF 5: a counter-example
    attached unsaid)."""
    lines = []
    for statement in statements:
        if statement.contradicts or statement.deleted:
            continue
        for config in review.store.configurations_holding(statement.id):
            members = [m for m in review.store.statements_with_ids(config.statements) if not m.deleted]
            holding = [m for m in members if not reads_against(m)]
            lines += member_doubts(statement, config, holding, reads_against(statement), now=now)
    return lines


def get_statement(review: Review, statement_id: str) -> Statement:
    statement = review.store.statement(typed_id(statement_id))
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
        # a configuration the reference group rated or the team accepted keeps its words (`keeps_words`); any other
        # worded from this statement is worded again, recorded field by field (trial V: C2 reworded, unrecorded)
        holders, words = release(review, [statement.id], gone="deleted")
        review.store.put_statements([statement.model_copy(update={"deleted": True})])
        was, now = _words_record(words)
        _record(
            review,
            "code-delete",
            [statement.id, *[c.id for c in holders]],
            move=move,
            note=note.strip(),
            because=because,
            before={"configurations": [c.id for c in holders], **was},
            after={"deleted": True, "retired": [c.id for c in holders if c.retired], **now},
        )
    return Deleted(
        statement=statement.id,
        removed_from=[c.id for c in holders],
        note=note.strip(),
        retired=[c.id for c in holders if c.retired],
        accepted=[c.id for c in holders if c.accepted and not c.retired],
        wording=words.get("told", []),
    )


@writes
def mark_statement(
    review: Review, statement_ids: str | Sequence[str], config_id: str, stance: Stance | None, *, move=None, note="", because=()
) -> Marked:
    """The reviewer's word on whether statements support or contradict a configuration they are in. None takes the
    word back (`--clear`): the statement counts again as it did before anyone marked it for that configuration.
    Several statements are marked in one transaction, each its own decision in the history: every id is checked first,
    and one unknown, not in the configuration, or with no mark to clear changes nothing."""
    ids = [statement_ids] if isinstance(statement_ids, str) else list(dict.fromkeys(statement_ids))
    if not ids:
        raise CmoError("name the statement to mark, e.g. 'cmo code mark S12 --supporting C3'.")
    statements = [get_statement(review, statement_id) for statement_id in ids]
    config = get_configuration(review, config_id)
    for statement in statements:
        if statement.id not in config.statements:
            raise CmoError(
                f"{statement.id} is not in {config.id} ({statement.id} is in "
                f"{', '.join(c.id for c in review.store.configurations_holding(statement.id)) or 'no configuration'})."
            )
        if stance is None and config.id not in statement.stance:
            raise CmoError(f"{statement.id} carries no mark for {config.id}; nothing to clear.")
    store = review.store
    with store.transaction():
        for statement in statements:
            current = store.statement(statement.id) or statement
            config, undecided, now = _mark_one(review, current, config, stance, move, note, because)
    left_out = [s.id for s in statements if marked_converse(store.statement(s.id) or s, config)]
    return Marked(
        statement=statements[0].id,
        statements=[s.id for s in statements],
        configuration=config.id,
        stance=stance or "unmarked",
        contradicting=now,
        undecided=undecided,
        context_left_out=left_out,
    )


def _mark_one(review: Review, statement: Statement, config, stance: Stance | None, move, note, because):
    """One statement's mark for a configuration, recorded: the configuration after it, its undecided and contradicting."""
    store = review.store
    stances = {k: v for k, v in statement.stance.items() if k != config.id} | ({config.id: stance} if stance else {})
    statements = {s.id: s for s in store.statements_with_ids(set(config.statements))}
    undecided_before = undecided_ids(config, statements)  # cmo's reading before the mark, for the audit trail
    store.put_statements([statement.model_copy(update={"stance": stances})])
    statements = {s.id: s for s in store.statements()}
    if stance is None:
        updated = config.model_copy(update={"contradicting": _listed_before_marks(store, statement, config)})
    else:
        updated = with_stances(config, statements).model_copy(update={"pinned": True})
    updated = with_groups(updated, statements)
    store.put_configurations([updated])
    undecided = undecided_ids(updated, statements, contradicting_ids(updated, statements))
    _record(
        review,
        "mark",
        [statement.id, config.id],
        move=move,
        note=note,
        because=because,
        before={
            "stance": statement.stance.get(config.id),
            "contradicting": config.contradicting,
            "undecided": undecided_before,
        },
        after={"stance": stance, "contradicting": updated.contradicting, "undecided": undecided},
    )
    return updated, undecided, contradicting_ids(updated, statements)


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
    it shares with each; the statement's own configuration is left out (it is where it is). One of another domain than
    the one a person coded it to (`merge.may_hold`) only where refine would tell it to join it were its domain changed
    (`merge.joins_across_domains`), said with the edit that does (trial AY: a statement as like a configuration of
    another domain as its members are to one another was never suggested there, though refine named it)."""
    from cmo.synthesis.backends import build_index
    from cmo.synthesis.explain import common_terms, placement_scores, placements
    from cmo.synthesis.merge import Opposites, joins_across_domains, may_hold, typical_cohesion

    statement = get_statement(review, statement_id)
    statements = [s for s in review.store.statements() if not s.deleted]
    position = {s.id: i for i, s in enumerate(statements)}
    every = review.store.configurations()
    nodes = {c.id: [position[s] for s in c.statements if s in position] for c in every}
    configs = [c for c in every if statement.id not in c.statements and nodes[c.id]]
    candidates = {c.id: nodes[c.id] for c in configs}
    if statement.deleted or not candidates:
        return []
    index = build_index(statements, backend=review.settings.similarity, model=review.settings.model)
    node = position[statement.id]
    across = {c.id for c in configs if not may_hold(c, statement)}
    if across:
        typical, common, opposite = typical_cohesion(index, nodes), common_terms(statements), Opposites(statements)
        scored = placement_scores(index, node, {cid: candidates[cid] for cid in sorted(across)})
        test = (statements, common, typical, opposite)
        joins = {cid for score, cid, held in scored if joins_across_domains(index, node, held, score, *test)}
        candidates = {cid: held for cid, held in candidates.items() if cid not in across or cid in joins}
    by_id = {c.id: c for c in configs}
    model = review.settings.model if review.settings.similarity != "lexical" else None
    found = placements(index, statement.id, node, candidates, statements, model=model)
    opposite = Opposites(statements)
    return [
        PlacementView(
            **p.model_dump(),
            title=by_id[p.configuration].title,
            domain=by_id[p.configuration].domain or "",
            other_domain=_other_domain(statement, by_id[p.configuration]) if p.configuration in across else "",
            kept_apart=_kept_apart_from(statement, opposite.apart_from(node, nodes[p.configuration]), statements),
        )
        for p in found
    ]


def _kept_apart_from(statement: Statement, apart: tuple[int, str] | None, statements: list[Statement]) -> str:
    """How `code suggest` says refine keeps a statement apart from a member of a configuration it lists (trial DD: it
    ranked first the configuration refine had just kept the statement out of, as telling the other side), in refine's
    words; "" where nothing keeps them apart."""
    if apart is None or apart[1] not in ("mechanism", "sides", "people"):
        return ""
    member = statements[apart[0]].id
    why = {
        "mechanism": f"its mechanism says the opposite of {member}'s",
        "sides": f"it tells the other side from {member}",
        "people": f"its outcome is about other people than {member}'s",
    }[apart[1]]
    return f"refine keeps {statement.id} out of it: {why}; attach it only if it belongs there"


def _other_domain(statement: Statement, config: Configuration) -> str:
    """How `code suggest` says a configuration is of another domain than the one the statement is coded to, with the
    edit that lets refine join them."""
    return (
        f"{statement.id} is coded to {statement.domain}, {config.id} to {config.domain or 'no domain'}: "
        f"'cmo code edit {statement.id} --domain {config.domain} --note …' and refine again, or "
        f"'cmo configs attach {statement.id} --to {config.id}', if it belongs there"
    )
