"""Selection and appraisal files: screening decisions, realist appraisal and source origins.

Teams screen in Rayyan, Covidence or a spreadsheet and bring the result back as CSV or XLSX.
Each parser checks the whole file first and raises one BadInput listing every bad cell by
row and column, so a decision file is applied completely or not at all. A column a parser does
not read, unless it only says what the work is (title, journal, abstract), is named in a warning:
what a person wrote there is never dropped without a word.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel

from cmo.errors import BadInput
from cmo.models import ORIGINS, Appraisal, Level, Origin, Source, Status
from cmo.normalise import clean_text, fold, normalise_doi, tool_study_number
from cmo.sheets.records import ORIGIN_ALIASES, describes_a_record, tool_columns
from cmo.sheets.tables import (
    NOTE_HEADERS,
    NOTE_NAMES,
    XLSX_SUFFIXES,
    HeaderWords,
    KeyIndex,
    Parsed,
    Problems,
    Table,
    column_names,
    columns_read,
    csv_bytes,
    cut_by_a_delimiter,
    find_columns,
    has_columns,
    header_key,
    header_problem,
    names_tool_study_number,
    read_table,
    require_columns,
    row_list,
    text_cell,
    unread_columns_warning,
)


def _refuse_cut_rows(table: Table, what: str) -> None:
    """A screening, appraisal or origins CSV with a row cut by a comma outside quotes (`cut_by_a_delimiter`: "wrong
    population, not migrants" as an exclusion reason typed by hand) is refused, as a coding sheet is: the reason's
    second half would be dropped, or read as the next column's."""
    if cut := cut_by_a_delimiter(table):
        raise BadInput(f"{cut}, and import the file again; {what}.")


_KEY_ALIASES = (
    *("key", "citation key", "citekey", "cite key", "bibtex key", "source", "source key", "id", "label", "ref"),
    *("study", "study id", "reference", "citation"),  # as coding sheets name it: a key, or author and year
)

_KEY_HEADERS = (*_KEY_ALIASES, "clé", "clave", "chave", "schlüssel")
_TITLE_HEADERS = ("title", "titre", "título", "titel")
"""A screening or appraisal sheet's key and title columns, headed in English or in a language whose decisions and
levels are read (`_DECISIONS`, `_LEVELS`)."""

_SCREENING_ALIASES: dict[str, tuple[str, ...]] = {
    "key": _KEY_HEADERS,
    "doi": ("doi",),
    "title": _TITLE_HEADERS,
    "decision": (
        *("decision", "screening decision", "status", "include", "included", "label included", "vote"),
        "asreview label",  # ASReview LAB's export: 1 relevant, 0 irrelevant, empty where never shown (`_TOOL_UNSEEN`)
        *("décision", "decisión", "decisão", "entscheidung"),  # the languages decisions are read in (`_DECISIONS`)
    ),
    "reason": (
        *("reason", "exclusion reason", "reason for exclusion", "exclusion reasons", "reasons"),
        *("motif", "motif d'exclusion", "raison", "motivo", "motivo de exclusión", "motivo de exclusão", "grund"),
    ),
    "screened_by": (
        *("screened by", "screener", "screeners", "reviewer", "reviewers", "reviewed by", "decided by"),
        "asreview user name",
        *("trié par", "évaluateur", "revisor", "gutachter"),
        *("cribado por", "tamizado por", "revisado por", "revisada por", "triado por", "triada por", "geprüft von"),
    ),
    "notes": NOTE_HEADERS,
    "version": ("cmo version",),  # VERSION_COLUMN
}
_NAMING_A_SOURCE = {header_key(alias) for alias in (*_KEY_ALIASES, "doi", "title")}


def _describes_a_source(header: str) -> bool:
    """A column a screening or appraisal sheet need not read: what the work is (its citation, title, journal,
    abstract), or another way of naming it beside the one read (the template's citation beside its key)."""
    return header_key(header) in _NAMING_A_SOURCE or describes_a_record(header) or bool(_key_columns_of([header]))


def _other_sheets_columns(table: Table, aliases: dict[str, tuple[str, ...]], marks: Sequence[str]) -> set[int]:
    """On one sheet for screening and appraisal both (it has the other's `marks`: a decision column, or relevance and
    rigour), the columns the other command reads (`cmo select import`, `cmo appraise --file`): not named as unread."""
    try:
        found = find_columns(table, aliases) if all(name in _columns_read_by(table, aliases) for name in marks) else {}
    except BadInput:  # the other command says what is wrong with its columns
        return set()
    return {index for name, index in found.items() if name in marks or name in ("reason", "screened_by", "notes", "note")}


def _columns_read_by(table: Table, aliases: dict[str, tuple[str, ...]]) -> set[str]:
    return {name for name, names in aliases.items() if columns_read(table.header, {name: names})}


_INCLUDE_WORDS = (
    *("include", "included"),
    *("inclure", "inclus", "incluse", "inclu", "inclue"),  # French
    *("incluir", "incluido", "incluida", "incluído", "incluída"),  # Spanish, Portuguese
    *("einschließen", "einschliessen", "eingeschlossen", "einschluss"),  # German
)
_EXCLUDE_WORDS = (
    *("exclude", "excluded"),
    *("exclure", "exclus", "exclue", "exclu"),
    *("excluir", "excluido", "excluida", "excluído", "excluída"),
    *("ausschließen", "ausschliessen", "ausgeschlossen", "ausschluss"),
)
_MAYBE_WORDS = (
    *("maybe", "unsure"),
    *("peut-être", "peut être", "incertain", "quizás", "quizá", "tal vez", "talvez", "vielleicht", "unklar"),
)
_DECISIONS: dict[str, str] = {
    **dict.fromkeys((*_INCLUDE_WORDS, "yes", "y", "1", "true", "in", "oui", "sí", "si", "sim", "ja"), "included"),
    **dict.fromkeys((*_EXCLUDE_WORDS, "no", "n", "0", "false", "out", "non", "não", "nao", "nein"), "excluded"),
    **dict.fromkeys((*_MAYBE_WORDS, "undecided", "?"), "maybe"),
    "unscreened": "unscreened",
}
"""A decision cell's word as `Source.screening` names it: a maybe is screened, not yet decided (its status stays
unscreened); only 'unscreened', as a sheet cmo made writes it, is not screened yet. The decision words of the
languages whose sheets cmo reads (French, Spanish, Portuguese, German: a team screening in Excel writes 'Inclure',
'Excluido', 'Ausgeschlossen') are read as the English ones, with or without their accents (trial CP)."""
_DECISIONS.update({fold(word): status for word, status in list(_DECISIONS.items()) if fold(word)})


def _decision_of(word: str) -> str | None:
    """The decision a cell's word names (`_DECISIONS`), in any case, accents or none; a mark the word carries ('Inclure
    ?') is no accent, and the cell is read as `_DECISION_AND_WORDS` reads it."""
    typed = word.strip().lower()
    return _DECISIONS.get(typed) or (_DECISIONS.get(fold(typed)) if re.fullmatch(r"[\w\s'’-]+", typed) else None)


_TOOL_UNSEEN = {"ASReview": "marked irrelevant in ASReview"}
"""Screening tools whose export holds every record of the project, an empty label where the tool never showed it
(ASReview LAB's `asreview_label`), with the reason an exclusion is given where the screener wrote no note: the tool's
label is a judgement of relevance, said once by the import (trial CX: the ingest named 'cmo select import' for
ASReview's export, which then refused it for want of a 'decision' column)."""

_NUMBERS = {"1": "include", "0": "exclude"}
"""The numbers a decision cell is read by (ASReview's label, a 0/1 column), said with the rows: another number could
be any scale's, and is refused."""
_SCREENER_COLUMN = re.compile(
    r"^\s*(?:screening\s+)?(?:decision|vote|include|included)\s*(?:\((?P<a>[^()]+)\)|\[(?P<b>[^\[\]]+)\]|[-–:]\s*(?P<c>\S.*))\s*$",
    re.I,
)
"""One screener's decision column when two or more screen independently: 'Decision (JM)', 'Vote [HC]', 'Decision - AK'."""
_CONFLICT_FLAGS = {header_key(name) for name in ("conflict", "conflicts", "disagree", "disagreement", "agree", "agreement")}
"""A column beside the screeners' saying whether they agree ('Conflict?'): what their columns say, read from them."""

_DECISION_AND_WORDS = re.compile(
    r"^\s*(?P<decision>"
    + "|".join(re.escape(w) for w in sorted((*_INCLUDE_WORDS, *_EXCLUDE_WORDS, *_MAYBE_WORDS), key=len, reverse=True))
    + r")(?!\w)\s*+(?:[-–—:;,(]\s*+)?(?P<words>\S.*)$",
    re.I | re.S,
)
"""A decision followed by its reason or note in one cell: "Exclude: wrong population", "Excluded (wrong design)",
"Include - full text", "Include?" (not sure: maybe)."""
_RAYYAN_VOTES = re.compile(r"RAYYAN-INCLUSION:\s*\{(.*?)\}")
_RAYYAN_VOTE = re.compile(r'"([^"]*)"\s*=>\s*"([^"]*)"')
_RAYYAN_REASONS = re.compile(r"RAYYAN-EXCLUSION-REASONS:\s*([^|]*)")
_COVIDENCE_REASON = re.compile(r"Exclusion reason:\s*([^;|\n]+)", re.I)


def _tool_columns_said(table: Table, tool: str, columns: dict[int, str | None]) -> str | None:
    """The tool's own columns cmo does not read, holding text: named once, plainly (a column the tool always writes
    is not the user's mistake, so the import exits 0)."""
    filled = [i for i, meaning in columns.items() if meaning is None and any(i < len(c) and c[i].strip() for _, c in table.rows)]
    if not filled:
        return None
    named = ", ".join(f"'{table.header[i].strip()}'" for i in filled)
    many = len(filled) > 1
    return (
        f"{table.file}: {tool}'s own column{'s' if many else ''} {named} {'were' if many else 'was'} not read: "
        f"screening has no use for {'them' if many else 'it'}."
    )


class ScreeningDecision(BaseModel):
    """One source's screening outcome; `reason` is set only for exclusions. `screened_by` and `note` are who judged
    and what they noted, as the sheet says (empty: it says nothing, and what the review holds stays)."""

    row: int
    key: str
    status: Status
    reason: str = ""
    screened_by: str = ""
    note: str = ""
    maybe: bool = False
    """Screened, not yet decided (`Source.maybe`); `status` is then unscreened."""
    screeners: dict[str, str] = {}
    """Each screener's decision as their own column gives it ('Decision (JM)'), where the sheet has one per screener."""
    conflict: bool = False
    """The screeners' columns disagree: the row decides nothing (`status` is not applied), and says who said what."""
    version: str | None = None
    """The source's screening as the sheet was made from it (`screening_version`); "" where the sheet's 'cmo version'
    cell was emptied, None in a sheet without that column (a team's own, Rayyan's, Covidence's)."""

    def as_made(self) -> bool:
        """Whether the row says what the sheet said when cmo made it (nobody changed it there)."""
        word = screening_word(self.status, self.maybe, self.screened_by)
        return bool(self.version) and self.version == screening_version_of(word, self.reason, self.screened_by, self.note)


class AppraisalRow(BaseModel):
    row: int
    key: str
    appraisal: Appraisal


class OriginRow(BaseModel):
    row: int
    key: str
    origin: Origin


def _of_one_decision(table: Table) -> bool:
    """Whether a screening file holds no decision of its own, none in a decision column, a screener's column or Rayyan's
    notes: a list of one decision's studies, as Covidence exports each stage's (read with `--as`)."""
    screeners = _screener_columns(table)
    unnamed = [("" if i in screeners else name) for i, name in enumerate(table.header)]
    columns = find_columns(dataclasses.replace(table, header=unnamed) if screeners else table, _SCREENING_ALIASES)
    return "decision" not in columns and not screeners and not _has_rayyan_notes(table, columns)


def lists_one_decision(table: Table) -> bool:
    """`_of_one_decision`, for the ingest of a screening tool's export to name the `--as` its import needs (trial CS:
    ingest sent a Covidence export to a 'cmo select import' that refused it for want of a decision column); False where
    the table is no screening file."""
    try:
        return _of_one_decision(table)
    except BadInput:
        return False


def parse_screening(
    path: str | os.PathLike,
    sources_by_key: Mapping[str, Source],
    key_by_doi: Mapping[str, str],
    *,
    default_status: Status | None = None,
    default_reason: str | None = None,
    aliases: Callable[[], Mapping[str, str]] | None = None,
    sheet: str | None = None,
    merged: Callable[[str], str | None] | None = None,
) -> Parsed[ScreeningDecision]:
    """Read screening decisions from a spreadsheet or a Rayyan or Covidence CSV export.

    Rows find their source by key, then DOI, then exact title (screening tools use their own
    ids). Decisions come from a decision column, Rayyan's `notes` markup, or `default_status`
    for files with none (Covidence exports one file per decision). An exclusion needs a
    reason unless `default_reason` is given.
    """
    table = _tools_ris(Path(path)) or read_table(
        path, wanted=has_columns(_SCREENING_ALIASES, [("key", "doi", "title")]), sheet=sheet, choosable=True
    )
    _refuse_cut_rows(table, "no decision was applied")
    screeners = _screener_columns(table)
    unnamed = [("" if i in screeners else name) for i, name in enumerate(table.header)]
    columns = find_columns(dataclasses.replace(table, header=unnamed) if screeners else table, _SCREENING_ALIASES)
    if screeners and "decision" in columns:
        raise BadInput(
            f"{table.file}: {header_problem(table)} has a decision column, '{table.header[columns['decision']]}', beside one "
            f"for each screener ({', '.join(repr(table.header[i]) for i in screeners)}); keep the one or the others."
        )
    rayyan = "decision" not in columns and not screeners and _has_rayyan_notes(table, columns)
    if _of_one_decision(table) and default_status is None:
        one_decision = "; for a file of one decision, as Covidence exports them, give --as included or --as excluded"
        require_columns(table, columns, ["decision"], instead=one_decision)
    if not {"key", "doi", "title"} & columns.keys():
        raise BadInput(
            f"{table.file}: {header_problem(table)} has no 'key', 'doi' or 'title' column, so no row can be matched to a source."
        )
    tool, tools_own = tool_columns(table)
    reader = _ScreeningReader(table, columns, sources_by_key, key_by_doi, default_status, default_reason, rayyan, aliases, merged)
    columns = reader.columns
    reader.screeners = screeners
    reader.unseen_reason = _TOOL_UNSEEN.get(tool, "")
    reader.labelled = {i: label for i, label in tools_own.items() if label and i not in columns.values()}
    decisions = reader.read()
    merged_said = reader.finder.finish()
    reader.problems.raise_if_any()
    flags = [i for i, name in enumerate(table.header) if screeners and header_key(name.strip(" ?")) in _CONFLICT_FLAGS]
    appraisals = _other_sheets_columns(table, _APPRAISAL_ALIASES, ["relevance", "rigour"])
    if appraisals:
        appraisals |= {_appraisal_note_column(table, find_columns(table, _APPRAISAL_ALIASES)).get("note", -1)}
    read = [*columns.values(), *screeners, *flags, *tools_own, *appraisals]
    unread = unread_columns_warning(table, read, reads=column_names(_SCREENING_ALIASES), describes=_describes_a_source)
    ignored = _tool_columns_said(table, tool, {i: m for i, m in tools_own.items() if i not in reader.labelled})
    return Parsed(rows=decisions, warnings=table.warnings + merged_said + reader.warnings + [w for w in (ignored, unread) if w])


def _tools_ris(path: Path) -> Table | None:
    """A screening tool's RIS export of the records screened there (ASReview's labels in its notes, `asreview_decisions`),
    as a table of its decisions laid out as the tool's CSV export is, each row numbered by its record's first line (trial
    CX: the ingest named 'cmo select import' for ASReview's RIS, which then refused a '.ris'). None for any other file."""
    if path.suffix.lower() not in (".ris", ".txt") or not path.is_file():
        return None
    from cmo.bib.readers.ris import asreview_decisions
    from cmo.textio import decode_file

    decided = asreview_decisions(decode_file(path).text, str(path))
    if not decided:
        return None
    header = ["title", "doi", "asreview_label", "asreview_note"]
    return Table(file=str(path), header=header, rows=[(line, [fields[name] for name in header]) for line, fields in decided])


def _screener_columns(table: Table) -> dict[int, str]:
    """Column index → screener, where two or more columns each give one screener's decision ('Decision (JM)',
    'Decision (HC)'): screening in duplicate, each read as that screener's."""
    matched = {i: _SCREENER_COLUMN.match(header) for i, header in enumerate(table.header)}
    found = {i: next(w for w in m.group("a", "b", "c") if w).strip() for i, m in matched.items() if m}
    return found if len(set(found.values())) >= 2 and len(set(found.values())) == len(found) else {}


def _has_rayyan_notes(table: Table, columns: dict[str, int]) -> bool:
    if "notes" not in columns:
        return False
    index = columns["notes"]
    return any(index < len(cells) and "RAYYAN-INCLUSION" in cells[index] for _, cells in table.rows)


class _ScreeningReader:
    def __init__(
        self,
        table: Table,
        columns: dict[str, int],
        sources_by_key: Mapping[str, Source],
        key_by_doi: Mapping[str, str],
        default_status: Status | None,
        default_reason: str | None,
        rayyan: bool,
        aliases: Callable[[], Mapping[str, str]] | None = None,
        merged: Callable[[str], str | None] | None = None,
    ):
        self.table = table
        self.sources_by_key = sources_by_key
        self.problems = Problems(table.file, what="no decision was applied")
        self.finder = _SourceFinder(
            table, columns, KeyIndex(sources_by_key, aliases, noted=True), key_by_doi, sources_by_key, self.problems, merged
        )
        self.columns = self.finder.columns
        self.default_status = default_status
        self.default_reason = default_reason
        self.rayyan = rayyan
        self.warnings: list[str] = []
        self._worded: dict[int, str] = {}
        """Rows whose decision cell goes on after its decision (`_DECISION_AND_WORDS`), with the first such cell: said once."""
        self._numbers: dict[tuple[str, str], list[int]] = {}
        """Rows whose decision is a number read as a decision (`_NUMBERS`), said once for each number."""
        self.screeners: dict[int, str] = {}
        """Each screener's decision column (`_screener_columns`), where the sheet screens in duplicate."""
        self.labelled: dict[int, str] = {}
        """A tool's own columns kept in the note under their label (`records.tool_columns`: Covidence's 'Tags')."""
        self.unseen_reason = ""
        """For a tool's export of every record (`_TOOL_UNSEEN`): its rows with no label are left as they were, and an
        exclusion with no note of the screener's is given this reason."""
        self._unseen: list[int] = []
        self._tool_reason: list[int] = []

    def header(self, name: str, fallback: str | None = None) -> str:
        if name in self.columns:
            return self.table.header[self.columns[name]]
        return fallback or name

    def read(self) -> list[ScreeningDecision]:
        chosen: dict[str, ScreeningDecision] = {}
        for row, cells in self.table.rows:
            values = {name: cells[i] if i < len(cells) else "" for name, i in self.columns.items()}
            key = self.finder.find(row, values)
            said = self._said_in_columns(row, cells) if self.screeners else self._rayyan_votes(values)
            if self.screeners or said:
                decision = self._screeners_decision(row, key, said, values)
                if decision is not None:
                    chosen[decision.key] = decision
                continue
            if self.unseen_reason and "decision" in self.columns and not values["decision"].strip():
                self._unseen.append(row)  # never shown to the screener in the tool: nobody's decision
                continue
            decided = self._decision(row, values)
            if key is None or decided is None:
                continue
            word, reason = decided
            status: Status = "unscreened" if word == "maybe" else word  # type: ignore[assignment]
            noted = self._note(values)
            noted = "" if status == "excluded" and self.unseen_reason and noted == reason else noted  # read as its reason
            by, note = values.get("screened_by", ""), _both(noted, self._labelled(cells))
            note = _both(self._unread_words(values, status, reason), note)
            version = values.get("version", "").strip() if "version" in self.columns else None
            decision = ScreeningDecision(
                row=row, key=key, status=status, maybe=word == "maybe", reason=reason, screened_by=by, note=note, version=version
            )
            earlier = chosen.get(key)
            if earlier is None:
                chosen[key] = decision
            elif (earlier.status, earlier.maybe, earlier.reason) != (decision.status, decision.maybe, decision.reason):
                self.problems.add(row, self._key_column(values), f"{key} is also on row {earlier.row} with a different decision")
            else:  # two screeners agreeing: both are who judged, and both notes are kept
                chosen[key] = earlier.model_copy(
                    update={name: _both(getattr(earlier, name), getattr(decision, name)) for name in ("screened_by", "note")}
                )
        if self._worded:  # quoted as written (trial W: the warning quoted an example, not the team's own cells)
            shown = ", ".join(f"'{cell}'" for cell in list(dict.fromkeys(self._worded.values()))[:2])
            self.warnings.append(
                f"{self.table.file}: {row_list(list(self._worded))}: the decision cell goes on after its decision "
                f"({shown}{', …' if len(set(self._worded.values())) > 2 else ''}); the words after it were read as an "
                "exclusion's reason, or another decision's note, and a decision ending in '?' as maybe"
            )
        if self._unseen:
            self.warnings.append(
                f"{self.table.file}: {row_list(self._unseen)}: no label in '{self.header('decision')}' (the tool never "
                "showed the record for screening); those sources were left as they were"
            )
        if self._tool_reason:
            self.warnings.append(
                f"{self.table.file}: {row_list(self._tool_reason)}: excluded with no note saying why; the reason kept "
                f"is '{self.unseen_reason}' ('cmo select exclude KEY --reason …' words it)"
            )
        for (value, word), rows in self._numbers.items():
            self.warnings.append(
                f"{self.table.file}: {row_list(rows)}: '{value}' in '{self.header('decision')}' was read as {word} "
                "(write include, exclude or maybe to be sure)"
            )
        conflicts = [d for d in chosen.values() if d.conflict]
        for decision in sorted(conflicts, key=lambda d: d.row):
            said = "; ".join(f"{who} {what}" for who, what in decision.screeners.items())
            status = self.sources_by_key[decision.key].status
            left = "now maybe (screened, not yet decided)" if status == "unscreened" else f"left {status}"
            self.warnings.append(
                f"{self.table.file}: row {decision.row}, {decision.key}: the screeners do not agree ({said}); {left}, "
                "for the team to decide"
            )
        return sorted(chosen.values(), key=lambda d: d.row)

    def _said_in_columns(self, row: int, cells: list[str]) -> dict[str, tuple[str, str]]:
        """Each screener's decision in their own column ('Decision (JM)'), with what they wrote after it."""
        said: dict[str, tuple[str, str]] = {}
        for index, who in self.screeners.items():
            cell = cells[index].strip() if index < len(cells) else ""
            if not cell:
                continue
            word = self._stated_status(row, cell, self.table.header[index])
            if word is not None:
                said[who] = (word, self._decision_words({"decision": cell}))
        return said

    def _rayyan_votes(self, values: dict[str, str]) -> dict[str, tuple[str, str]]:
        """Each reviewer's vote in Rayyan's notes (`RAYYAN-INCLUSION: {"Ann"=>"Included", "Bo"=>"Excluded"}`), read as
        a screener's column is: who voted what is kept, and votes that differ are a conflict for the team, never a
        decision (trial R: Rayyan's disagreements left sources unscreened with no word of who voted what)."""
        if not self.rayyan:
            return {}
        found = _RAYYAN_VOTES.search(values.get("notes", ""))
        votes = _RAYYAN_VOTE.findall(found.group(1)) if found else []
        return {who.strip(): (decided, "") for who, vote in votes if (decided := _decision_of(vote))}

    def _screeners_decision(self, row: int, key: str | None, said: dict[str, tuple[str, str]], values: dict[str, str]):
        """A row screened in duplicate (a column per screener, or Rayyan's votes): where they all say the same, that is
        the decision, screened by each of them; where they differ, or one has not decided yet, a conflict for the team."""
        if key is None or not said:
            return None
        if len(said) < len(self.screeners) or len({w for w, _ in said.values()}) > 1:  # one has not decided yet, or they differ
            return self._conflict(row, key, values, said)
        word = next(iter(said.values()))[0]
        reasons = [w for _, w in said.values() if w] or [self._reason_in_notes(values.get("notes", ""))]
        reason = ""
        if word == "excluded":
            reason = values.get("reason", "").strip() or "; ".join(dict.fromkeys(r for r in reasons if r))
        if word == "excluded" and not reason:
            reason = self.default_reason or ""
            if not reason:
                self.problems.add(row, self.header("reason", "reason"), "an excluded source needs a reason")
                return None
        by = _both("; ".join(said), values.get("screened_by", ""))
        note = _both("; ".join(w for _, w in said.values() if w and word != "excluded"), self._note(values))
        status: Status = "unscreened" if word == "maybe" else word  # type: ignore[assignment]
        return ScreeningDecision(
            row=row,
            key=key,
            status=status,
            maybe=word == "maybe",
            reason=reason,
            screened_by=by,
            note=note,
            screeners=_as_written(said),
        )

    def _conflict(self, row: int, key: str, values: dict[str, str], said: dict[str, tuple[str, str]]) -> ScreeningDecision:
        written = _as_written(said)
        for who in self.screeners.values():
            written.setdefault(who, "not yet")
        return ScreeningDecision(row=row, key=key, status="unscreened", note=self._note(values), screeners=written, conflict=True)

    def _decision_words(self, values: dict[str, str]) -> str:
        """What a decision cell says after its decision ("Exclude: wrong population", "Include - full text"): an
        exclusion's reason where no column gives one, else the decision's note."""
        worded = _DECISION_AND_WORDS.match(values.get("decision", ""))
        words = _without_unopened_brackets(worded["words"]) if worded else ""
        return words if any(char.isalnum() for char in words) else ""

    def _unread_words(self, values: dict[str, str], status: Status, reason: str) -> str:
        """What the screener wrote that is not the exclusion's reason, kept as the decision's note (trial Q: "Include?"
        with "community views only; check with team" in the reason column, and "Exclude - wrong population" beside a
        reason column, each lost a screener's words): the decision cell's words and a reason given to no exclusion."""
        said = [self._decision_words(values), values.get("reason", "").strip()]
        return "; ".join(dict.fromkeys(w for w in said if w and (status != "excluded" or fold(w) != fold(reason))))

    def _note(self, values: dict[str, str]) -> str:
        """The notes cell, less what was read from it as a decision or reason (Rayyan's and Covidence's markup)."""
        notes = values.get("notes", "")
        for markup in (_RAYYAN_VOTES, _RAYYAN_REASONS, _COVIDENCE_REASON):
            notes = markup.sub("", notes)
        return " | ".join(part.strip(" ;") for part in notes.split("|") if part.strip(" ;"))

    def _labelled(self, cells: list[str]) -> str:
        """The tool's own columns read into the note, each under its label ("Tags: awaiting full text")."""
        said = [(label, cells[i].strip()) for i, label in self.labelled.items() if i < len(cells) and cells[i].strip()]
        return "; ".join(f"{label}: {cell}" for label, cell in said)

    def _key_column(self, values: dict[str, str]) -> str:
        for name in ("key", "doi", "title"):
            if values.get(name):
                return self.header(name)
        return self.header("key")

    def _decision(self, row: int, values: dict[str, str]) -> tuple[str, str] | None:
        if "decision" in self.columns:
            status = self._stated_status(row, values["decision"])
        elif self.rayyan:
            status = "unscreened"  # a row nobody voted on (votes are read as screeners', `_rayyan_votes`)
        else:
            status = self.default_status
        if status is None:
            return None
        if status != "excluded":
            return status, ""
        reason = values.get("reason") or self._decision_words(values) or self._reason_in_notes(values.get("notes", ""))
        if not reason and self.unseen_reason and not self.default_reason:
            reason = self._note(values)  # the screener's note in the tool says why it was judged irrelevant
            if not reason:
                self._tool_reason.append(row)
                reason = self.unseen_reason
        if not reason and self.default_reason:
            reason = self.default_reason
        if not reason:
            self.problems.add(row, self.header("reason", self.header("notes", "reason")), "an excluded source needs a reason")
            return None
        return status, reason

    def _stated_status(self, row: int, value: str, column: str | None = None) -> str | None:
        """The cell's decision as `_DECISIONS` words it (included, excluded, maybe, unscreened)."""
        if not value and self.default_status is not None:
            return self.default_status
        typed = value.strip().lower()
        status = _decision_of(typed)
        if typed in _NUMBERS and not self.unseen_reason:  # a tool's label is 1 or 0 by its definition: nothing to check
            self._numbers.setdefault((value.strip(), _NUMBERS[typed]), []).append(row)
        if status is None and (worded := _DECISION_AND_WORDS.match(value)):
            status = "maybe" if worded["words"].strip() == "?" else _decision_of(worded["decision"])
            if any(char.isalnum() for char in worded["words"]) or status == "maybe":
                self._worded.setdefault(row, value.strip())  # two screeners' cells on one row: the row once
        if status is None:
            shown = f"'{value}' is not a decision" if value else "no decision"
            numbers = "; of numbers only 1 (include) and 0 (exclude) are read" if typed.lstrip("-").isdigit() else ""
            self.problems.add(row, column or self.header("decision"), f"{shown} (use include, exclude or maybe{numbers})")
        return status

    @staticmethod
    def _reason_in_notes(notes: str) -> str:
        """Rayyan writes `RAYYAN-EXCLUSION-REASONS: a,b`; Covidence `Exclusion reason: a;`."""
        found = _RAYYAN_REASONS.search(notes)
        if found:
            return "; ".join(p.strip() for p in found.group(1).split(",") if p.strip())
        found = _COVIDENCE_REASON.search(notes)
        return found.group(1).strip() if found else ""


def _without_unopened_brackets(words: str) -> str:
    """The words after a decision less the closing brackets nothing in them opens: the one that closes "Excluded (wrong
    design)" goes, the one of "wrong setting (Australia)" and the inner one of "(wrong population (hospital))" stay."""
    words = words.strip()
    while words.endswith(")") and words.count(")") > words.count("("):
        words = words[:-1].rstrip()
    return words


def _as_written(said: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Each screener's decision in a word, with what they wrote after it: {'HC': 'exclude: not homelessness'}."""
    verbs = {"included": "include", "excluded": "exclude", "maybe": "maybe", "unscreened": "unscreened"}
    return {who: f"{verbs[word]}: {words}" if words else verbs[word] for who, (word, words) in said.items()}


def _both(first: str, second: str) -> str:
    return "; ".join(dict.fromkeys(text for text in (first, second) if text))


MANY_UNKNOWN = 5
"""Rows of one column naming no source that a refusal lists one by one; more are one sentence (trial AQ: a team's
running number read as the key gave 28 lines)."""


def _key_columns(table: Table) -> list[int]:
    """Every column whose header names a source's key ('Ref ID', 'Study', 'Citation'), leftmost first."""
    return _key_columns_of(table.header)


def _key_columns_of(header: Sequence[str]) -> list[int]:
    return [i for i, name in enumerate(header) if columns_read([name], {"key": _KEY_ALIASES})]


class _SourceFinder:
    """One rule for how a screening or appraisal sheet finds each row's source (trial AR: the appraisal of a sheet
    ignored the DOI its screening read): by the key column, the one of the sheet's key-like columns whose cells name
    the review's sources ('Study' beside a team's running 'Ref ID', trial AQ); then the DOI; then the exact title;
    a key merged away names the source it went into, said once ('cmo sources merge', as `cmo appraise KEY` and a
    coding sheet read it, trial AO). A column most of whose rows name no source is refused in one sentence. Before all
    of these, a screening tool's own number of the study ('Covidence #': "#2204"), where the tool's export of the
    records gave it (`TOOL_STUDY_NUMBER`): the tool's citation beside it ('Study ID': "Wildman 2019a") is lettered by
    the tool, whose letters need not be cmo's (trial CS: Covidence's 'Wildman 2019a' was read as cmo's, the other work)."""

    def __init__(
        self,
        table: Table,
        columns: dict[str, int],
        keys: KeyIndex,
        key_by_doi: Mapping[str, str],
        titles: Mapping[str, Source] | None,
        problems: Problems,
        merged: Callable[[str], str | None] | None = None,
    ):
        self.table, self.keys, self.key_by_doi, self.problems = table, keys, key_by_doi, problems
        self._sources, self._merged, self._titles = titles, merged, None
        self.columns = self._with_numbering_column(self._with_naming_key_column(columns))
        self._unknown: dict[str, list[tuple[int, str, str]]] = {}
        self.read_as_merged: dict[str, tuple[str, list[int]]] = {}

    def _with_naming_key_column(self, columns: dict[str, int]) -> dict[str, int]:
        candidates = _key_columns(self.table)
        if "key" not in columns or len(candidates) < 2:
            return columns

        def named(index: int) -> int:
            cells = [cells[index].strip() for _, cells in self.table.rows if index < len(cells) and cells[index].strip()]
            return sum(1 for cell in cells if self.keys.resolve(cell) is not None)

        counts = {index: named(index) for index in candidates}
        best = max(candidates, key=lambda index: (counts[index], index == columns["key"]))
        return {**columns, "key": best} if counts[best] > counts[columns["key"]] else columns

    def _with_numbering_column(self, columns: dict[str, int]) -> dict[str, int]:
        """With the column of a screening tool's own number of each study ('Covidence #', `TOOL_STUDY_NUMBER`) as
        "number", where the sheet has one it does not read as another field."""
        numbering = [i for i, name in enumerate(self.table.header) if names_tool_study_number(name)]
        return {**columns, "number": numbering[0]} if numbering and numbering[0] not in columns.values() else columns

    def header(self, name: str) -> str:
        return self.table.header[self.columns[name]] if name in self.columns else name

    def find(self, row: int, values: dict[str, str]) -> str | None:
        key_text, doi_text, title = (values.get(name, "").strip() for name in ("key", "doi", "title"))
        number = tool_study_number(values.get("number", ""))  # "#2204" in Covidence's column, "2204" in a team's
        if number and (key := self.keys.resolve(number)) is not None:  # the tool's number, before its citation beside it
            return key
        if key_text:
            key = self.keys.resolve(key_text)
            if key is not None:
                return key
        doi = normalise_doi(doi_text) or normalise_doi(key_text)  # a DOI in the key column names its source too
        if doi and doi in self.key_by_doi:
            return self.key_by_doi[doi]
        if title and (key := self._key_for_title(title)) is not None:
            return key
        if key_text and self._merged and (into := self._merged(key_text)):
            self.read_as_merged.setdefault(key_text, (into, []))[1].append(row)
            return into
        if key_text:
            if self.keys.several(key_text):
                self.keys.refuse(self.problems, row, self.header("key"), key_text)
            else:
                also = f" and DOI '{doi_text}' is not either" if doi_text else ""
                self._unknown.setdefault(self.header("key"), []).append((row, key_text, also))
        elif doi_text:
            self.problems.add(row, self.header("doi"), f"DOI '{doi_text}' is not a source in this review")
        elif title:
            self.problems.add(row, self.header("title"), "no source in this review has this title")
        else:
            names = [self.header(n) for n in ("key", "doi", "title") if n in self.columns]
            self.problems.add(row, names, "nothing to match a source by" if len(names) > 1 else "no source key")
        return None

    def _key_for_title(self, title: str) -> str | None:
        if self._sources is None:
            return None
        if self._titles is None:
            self._titles = {}
            for key, source in self._sources.items():
                folded = fold(source.title)
                if folded:
                    self._titles[folded] = None if folded in self._titles else key
        return self._titles.get(fold(title))

    def finish(self) -> list[str]:
        """Add the refusals of cells naming no source (one sentence for a column of many), and return what was said of
        keys read as the source they were merged into, and of citations read as one work with a note after them
        (`KeyIndex.said_of_choices`: "Wong 2021 (thesis)", as a coding sheet reads it)."""
        for column, unknown in self._unknown.items():
            if len(unknown) <= MANY_UNKNOWN:
                for row, value, also in unknown:
                    self.keys.refuse(self.problems, row, column, value, also)
                continue
            shown = ", ".join(f"'{value}'" for _, value, _ in unknown[:3])
            self.problems.add(
                unknown[0][0],
                column,
                f"{len(unknown)} rows name no source in this review ({row_list([row for row, _, _ in unknown])}: {shown}, …): "
                f"write each source's key, DOI or citation in '{column}'",
            )
        key = self.columns.get("key")
        chosen = self.keys.said_of_choices(self.table.file, self.table.rows, key, held_only=True) if key is not None else []
        return [
            f"{self.table.file}: {row_list(rows)}: '{value}' names a source merged into {into} ('cmo sources merge', "
            f"'cmo history {into}'), so it was read as {into}"
            for value, (into, rows) in self.read_as_merged.items()
        ] + chosen


_RELEVANCE = ("relevance", "pertinence", "pertinencia", "relevancia", "relevância", "relevanz")
_RIGOUR = ("rigour", "rigor", "rigueur")
_APPRAISAL_ALIASES: dict[str, tuple[str | HeaderWords, ...]] = {
    "key": _KEY_HEADERS,
    "doi": ("doi",),
    "title": _TITLE_HEADERS,
    "relevance": (*_RELEVANCE, HeaderWords(fold(word) for word in _RELEVANCE)),
    "rigour": (*_RIGOUR, HeaderWords(_RIGOUR)),
    "note": NOTE_HEADERS,
    "appraised_by": (
        *("appraised by", "appraiser", "appraisers", "assessed by", "rated by", "reviewer", "reviewed by"),
        "reviewer name",  # Covidence's quality-assessment export
        # in the languages relevance and rigour are read in (`_LEVELS`; trial CT: a Colombian nurse's 'Evaluado por')
        *("évalué par", "évaluée par", "évaluateur", "évaluatrice", "evaluado por", "evaluada por", "evaluador", "evaluadora"),
        *("avaliado por", "avaliada por", "avaliador", "avaliadora", "revisor", "bewertet von", "gutachter", "gutachterin"),
    ),
}
"""An appraisal sheet's columns: who appraised each row ('Appraised by', 'Appraiser') is kept in its note, 'appraised by
AnB', as a screening sheet's 'Screened by' is kept with its decision (trial CN: two appraisers' initials were named as a
column not read, and every appraisal counted as the importer's)."""
_LEVELS: dict[str, Level] = {
    **dict.fromkeys(("high", "h"), "high"),
    **dict.fromkeys(("medium", "med", "m"), "medium"),
    **dict.fromkeys(("low", "l"), "low"),
    **dict.fromkeys(("élevée", "élevé", "haute", "haut", "alta", "alto", "hoch"), "high"),
    **dict.fromkeys(("moyenne", "moyen", "media", "medio", "média", "médio", "mittel"), "medium"),
    **dict.fromkeys(("faible", "basse", "bas", "baja", "bajo", "baixa", "baixo", "niedrig", "gering"), "low"),
}
"""cmo's own three levels, the letters and short forms of their words, and the same words in French, Spanish,
Portuguese and German, accents or none ('élevée', 'moyenne', 'faible'; trial CP): read without a word."""
_LEVELS.update({fold(word): level for word, level in list(_LEVELS.items())})
_OTHER_SCALES: dict[str, Level] = {
    **dict.fromkeys(("++", "strong", "good"), "high"),
    **dict.fromkeys(("+", "moderate", "fair"), "medium"),
    **dict.fromkeys(("weak", "poor"), "low"),
}
"""The three points of the scales appraisal tools rate on, read as cmo's: NICE's checklists (++, +, −), EPHPP's global
rating (strong, moderate, weak) and the NIH tools' (good, fair, poor). Said with the rows, the words kept in the note."""
_MINUS = ("-", "−", "–")
"""NICE's lowest point, read as low only in a file that uses its other two: elsewhere a dash is how a sheet leaves a
cell blank, which is not a judgement."""


def parse_appraisal(
    path: str | os.PathLike,
    source_keys: Collection[str],
    aliases: Callable[[], Mapping[str, str]] | None = None,
    *,
    sources_by_key: Mapping[str, Source] | None = None,
    key_by_doi: Mapping[str, str] | None = None,
    merged: Callable[[str], str | None] | None = None,
) -> Parsed[AppraisalRow]:
    """Read `key,relevance,rigour,note`; levels are high, medium or low, empty for not yet judged. A row finds its
    source as a screening sheet's does (`_SourceFinder`: key, DOI, title), so one sheet serves both."""
    table = read_table(path, wanted=has_columns(_APPRAISAL_ALIASES, [("key", "doi", "title"), "relevance", "rigour"]))
    _refuse_cut_rows(table, "no appraisal was applied")
    columns = _appraisal_note_column(table, find_columns(table, _APPRAISAL_ALIASES))
    require_columns(table, columns, ["relevance", "rigour"])
    if not {"key", "doi", "title"} & columns.keys():
        require_columns(table, columns, ["key"])
    problems = Problems(table.file, what="no appraisal was applied")
    finder = _SourceFinder(
        table, columns, KeyIndex(source_keys, aliases, noted=True), key_by_doi or {}, sources_by_key, problems, merged
    )
    columns = finder.columns
    on_a_level = _notes_on_levels(table, columns)
    rows: list[AppraisalRow] = []
    seen: dict[str, AppraisalRow] = {}
    read_as: dict[tuple[str, str], list[int]] = {}
    scales = dict(_OTHER_SCALES)
    rated = {
        cells[columns[name]].strip() for _, cells in table.rows for name in ("relevance", "rigour") if columns[name] < len(cells)
    }
    if rated & {"++", "+"}:
        scales.update(dict.fromkeys(_MINUS, "low"))
    read: list[tuple[int, str, Appraisal, str]] = []
    for row, cells in table.rows:
        values = {name: cells[i] if i < len(cells) else "" for name, i in columns.items()}
        key = finder.find(row, values)
        levels = {
            name: _level(problems, row, table.header[columns[name]], values[name], scales, read_as)
            for name in ("relevance", "rigour")
        }
        if key is None:
            continue
        note = _with_scale_words(values.get("note", "").strip() if columns.get("note") not in on_a_level else "", values, scales)
        for index, level in on_a_level.items():
            if index < len(cells) and (said := cells[index].strip()):
                note = _both(note, f"{level}: {said}")
        if by := " ".join(values.get("appraised_by", "").split()):
            note = _both(note, f"appraised by {by}")
        read.append((row, key, Appraisal(**levels, note=note), by))
    settled = {key for _, key, _, by in read if _CONSENSUS.search(by)}
    drafts: dict[str, list[int]] = {}
    for row, key, appraisal, by in read:
        if key in settled and not _CONSENSUS.search(by):
            drafts.setdefault(key, []).append(row)
            continue
        earlier = seen.setdefault(key, AppraisalRow(row=row, key=key, appraisal=appraisal))
        if earlier.row == row:
            rows.append(earlier)
        elif _levels_of(earlier.appraisal) != _levels_of(appraisal):  # two appraisers' rows: a person reconciles them
            problems.add(row, finder.header("key"), f"{key} is also on row {earlier.row} with another appraisal")
        else:  # two appraisers agreeing (trial AP: only the notes differed): both notes are kept, as a screening's are
            earlier.appraisal = earlier.appraisal.model_copy(update={"note": _both(earlier.appraisal.note, appraisal.note)})
    merged_said = finder.finish()
    problems.raise_if_any()
    screenings = _other_sheets_columns(table, _SCREENING_ALIASES, ["decision"])
    unread = unread_columns_warning(
        table,
        [*columns.values(), *screenings, *on_a_level],
        reads=column_names(_APPRAISAL_ALIASES),
        describes=_describes_a_source,
    )
    said = [
        f"{table.file}: {row_list(numbers)}: '{value}' was read as {level} (the appraisal tool's word is kept in the note)"
        for (value, level), numbers in read_as.items()
    ]
    if drafts:
        said.append(
            f"{table.file}: {row_list(sorted(n for numbers in drafts.values() for n in numbers))}: each appraiser's own rows "
            f"for {len(drafts)} source{'s' if len(drafts) != 1 else ''} with a consensus row were left out, the consensus "
            "read as the appraisal"
        )
    return Parsed(rows=rows, warnings=table.warnings + merged_said + said + ([unread] if unread else []))


_CONSENSUS = re.compile(r"\bconsensus\b", re.I)
"""The appraiser cell of a row that settles two appraisers' rows, as Covidence's quality-assessment export writes
'Consensus' under 'Reviewer Name' beside each reviewer's own row (trial CS 2: a disagreement the consensus had settled
refused the file)."""


def _notes_on_levels(table: Table, columns: Mapping[str, int]) -> dict[int, str]:
    """Comment columns, one for each level, as Covidence's quality-assessment export writes them ('Relevance to
    programme theory: Comments', 'Rigour (trustworthiness of methods): Comments'): column index → the level its header
    names, each kept in the note after that level's name ('rigour: interviews n=30'), where two or more such columns
    stand on the sheet (trial CS: the second was named as unread and its comments left out). {} otherwise: one note
    column is the note, as written."""
    levels = {"relevance": set(_RELEVANCE), "rigour": set(_RIGOUR)}
    found: dict[int, str] = {}
    for index, header in enumerate(table.header):
        words = set(header_key(header).split())
        named = [level for level, names in levels.items() if words & {fold(name) for name in names}]
        if len(named) == 1 and NOTE_HEADERS[-1].names(header) and index not in set(columns.values()) - {columns.get("note")}:
            found[index] = named[0]
    return found if len(found) > 1 else {}


def _levels_of(appraisal: Appraisal) -> tuple[Level | None, Level | None]:
    return appraisal.relevance, appraisal.rigour


_APPRAISAL_WORDS = re.compile(r"\b(?:apprais\w*|rigou?r|relevance|quality)\b")
_SCREENING_WORDS = re.compile(r"\b(?:screen\w*|reasons?|exclu\w*|inclu\w*|decisions?)\b")


def _appraisal_note_column(table: Table, columns: dict[str, int]) -> dict[str, int]:
    """The appraisal's note where several columns have a note's word in their header (a sheet for screening and
    appraisal both: 'Reason / notes' and 'Appraiser comments', trial AQ): the one that speaks of appraisal, else one
    that does not speak of screening, else the first; the other is the screening's (`cmo select import`)."""
    if "note" not in columns or header_key(table.header[columns["note"]]) in {header_key(n) for n in NOTE_NAMES}:
        return columns  # a column named just 'Notes' or 'Comments' is the note, as written
    taken = {i for name, i in columns.items() if name != "note"}
    notes = [i for i, header in enumerate(table.header) if i not in taken and NOTE_HEADERS[-1].names(header)]

    def fit(index: int) -> int:
        words = header_key(table.header[index])
        return 2 * bool(_APPRAISAL_WORDS.search(words)) - bool(_SCREENING_WORDS.search(words))

    best = max(notes, key=lambda index: (fit(index), -index), default=columns["note"])
    return {**columns, "note": best}


def _level(
    problems: Problems,
    row: int,
    column: str,
    value: str,
    scales: Mapping[str, Level] = _OTHER_SCALES,
    read_as: dict | None = None,
) -> Level | None:
    if not value:
        return None
    typed = value.strip().lower()
    level = _LEVELS.get(typed) or (_LEVELS.get(fold(typed)) if typed.isalpha() else None)
    if level is None and typed in scales:
        level = scales[typed]
        if read_as is not None:
            read_as.setdefault((value.strip(), level), []).append(row)
    if level is None:
        alone = " (a number alone could run either way on a scale: write the word)" if typed.isdigit() else ""
        problems.add(row, column, f"'{value}' is not high, medium or low{alone}")
    return level


def _with_scale_words(note: str, values: dict[str, str], scales: Mapping[str, Level]) -> str:
    """The note, with the words of another appraisal scale ('rigour: strong (EPHPP)') where a level was read from one,
    so what the appraiser wrote is never lost."""
    kept = [
        f"{name}: {values[name].strip()}"
        for name in ("relevance", "rigour")
        if values[name].strip() and values[name].strip().lower() in scales
    ]
    return "; ".join([*kept, note] if note else kept) if kept else note


_ORIGIN_COLUMNS: dict[str, tuple[str, ...]] = {
    "key": _KEY_ALIASES,
    "origin": ("origin", "source of origin", "found by", "found via"),
}


def parse_origins(
    path: str | os.PathLike, source_keys: Collection[str], aliases: Callable[[], Mapping[str, str]] | None = None
) -> Parsed[OriginRow]:
    """Read `key,origin`: where each source was found, for the document-flow diagram."""
    table = read_table(path, wanted=has_columns(_ORIGIN_COLUMNS, ["key", "origin"]))
    _refuse_cut_rows(table, "no origin was applied")
    columns = find_columns(table, _ORIGIN_COLUMNS)
    require_columns(table, columns, ["key", "origin"])
    keys = KeyIndex(source_keys, aliases, noted=True)
    problems = Problems(table.file, what="no origin was applied")
    rows: list[OriginRow] = []
    for row, cells in table.rows:
        values = {name: cells[i] if i < len(cells) else "" for name, i in columns.items()}
        key = _known_key(problems, keys, row, table.header[columns["key"]], values["key"])
        origin = ORIGIN_ALIASES.get(header_key(values["origin"]))
        if origin is None:
            shown = f"'{values['origin']}' is not an origin" if values["origin"] else "no origin"
            problems.add(row, table.header[columns["origin"]], f"{shown} (use {', '.join(ORIGINS)})")
        if key is not None and origin is not None:
            rows.append(OriginRow(row=row, key=key, origin=origin))
    problems.raise_if_any()
    return Parsed(rows=rows, warnings=table.warnings)


def _known_key(problems: Problems, keys: KeyIndex, row: int, column: str, value: str) -> str | None:
    if not value:
        problems.add(row, column, "no source key")
        return None
    key = keys.resolve(value)
    if key is None:
        keys.refuse(problems, row, column, value)
    return key


# --- Writing: a screening sheet that reads back ---------------------------------------------

VERSION_COLUMN = "cmo version"
"""A screening sheet's last column, named as the coding sheet's: each source's screening as the sheet was made."""

SCREENING_HEADER = (
    "key",
    "citation",
    "title",
    "year",
    "journal",
    "doi",
    "abstract",
    "decision",
    "reason",
    "screened by",
    "notes",
    "cmo version",  # VERSION_COLUMN
)
"""`cmo select template`: what a reviewer screens by, and the screening now: decision, reason, who screened and their
notes (`parse_screening` reads those back, and the key); last, each source's screening as the sheet was made from it
(`screening_version`), so importing an older copy of the sheet cannot silently undo a decision made since."""


def screening_version(source: Source) -> str:
    """A short fingerprint of a source's screening as a screening sheet shows it (decision, reason, who screened, their
    note): it changes when any of them does, and with nothing else about the source (a duplicate linked, a title
    corrected). Starts with a letter, so a spreadsheet never reads it as a number."""
    reason = source.exclusion_reason if source.status == "excluded" else ""
    return screening_version_of(source.screening, reason, source.screened_by, source.screening_note)


def screening_word(status: str, maybe: bool, screened_by: str) -> str:
    """`Source.screening` of a status, maybe flag and screener, as a sheet row or a source's history holds them."""
    return "maybe" if status == "unscreened" and (maybe or screened_by.strip()) else status


def screening_version_of(status: str, reason: str, screened_by: str, note: str) -> str:
    shown = (status, reason.strip(), screened_by.strip(), note.strip())
    return "v" + hashlib.sha256(repr(shown).encode("utf-8")).hexdigest()[:10]


ABSTRACT_SNIPPET = 400
"""Characters of the abstract a screening sheet shows: enough to screen most records by, short enough to scan."""


def write_screening_sheet(path: str | os.PathLike, sources: Sequence[Source]) -> Path:
    """Write a screening sheet (CSV or XLSX by extension), one row per source, that `parse_screening` reads back
    as it was written: every source's screening as its word (included, excluded, maybe, unscreened) and every
    exclusion's reason.
    Text is written guarded (`csv_bytes`, `text_cell`): a title starting with '=' never becomes a formula."""
    from cmo.bib.citations import short_cite
    from cmo.files import atomic_write_bytes, saved_bytes

    path = Path(path)
    suffix = path.suffix.lower()
    rows = [
        [
            source.key,
            short_cite(source),
            clean_text(source.title),
            "" if source.year is None else str(source.year),
            clean_text(source.container),
            source.doi or "",
            _snippet(source.abstract),
            source.screening,
            source.exclusion_reason if source.status == "excluded" else "",
            source.screened_by,
            source.screening_note,
            screening_version(source),
        ]
        for source in sources
    ]
    if suffix == ".csv":
        atomic_write_bytes(path, csv_bytes(SCREENING_HEADER, rows))
        return path
    if suffix in XLSX_SUFFIXES:
        from openpyxl import Workbook

        def fill(workbook):
            sheet = workbook.create_sheet("Screening")
            for letter, width in zip("ABCDEFGHIJKL", (22, 24, 60, 6, 30, 24, 60, 12, 30, 14, 30, 12), strict=True):
                sheet.column_dimensions[letter].width = width
            sheet.freeze_panes = "A2"
            sheet.append(list(SCREENING_HEADER))
            for row in rows:
                sheet.append([text_cell(sheet, value) for value in row])

        atomic_write_bytes(path, saved_bytes(Workbook(write_only=True), fill, path))
        return path
    raise BadInput(f"{path.name}: a screening sheet must be .csv or .xlsx, not '{suffix or path.name}'.")


def _snippet(abstract: str) -> str:
    text = clean_text(abstract)
    if len(text) <= ABSTRACT_SNIPPET:
        return text
    return text[:ABSTRACT_SNIPPET].rsplit(" ", 1)[0] + " …"
