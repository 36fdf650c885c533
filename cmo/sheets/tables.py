"""Reading the spreadsheets people fill in by hand: CSV or XLSX, whatever wrote them; and writing them.

Coding sheets and screening files come from Excel, LibreOffice, Google Sheets and screening
tools, so this module absorbs their differences (BOMs, Windows-1252, semicolon CSVs, numbers
where text was meant) and gives the parsers plain text cells with spreadsheet row numbers.
It also collects row/column problems so a parser can report every one at once, and holds the
one CSV writer and the one XLSX text cell, so every file cmo writes is guarded against formulas.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import functools
import html
import io
import itertools
import json
import os
import re
import zipfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

from cmo.errors import BadInput, LookAt
from cmo.files import CSV_SEPARATOR
from cmo.normalise import (
    CITATION_LENGTH,
    INITIALS,
    JOINING_WORDS,
    NAME_PARTICLES,
    NAME_SMALL_WORDS,
    TOOL_STUDY_NUMBER,
    a_person,
    author_year_handles,
    author_year_of,
    body_name,
    cited_with_more,
    doi_alias,
    fold,
    initials_of,
    normalise_doi,
    parse_year,
)
from cmo.textio import first_accented, json_nested_too_deeply, utf16_without_bom, western_reading, zipped_kind

CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
CALAMINE_ONLY_SUFFIXES = {".xls", ".ods"}
MAX_LISTED_PROBLEMS = 50
# Caps against hostile files: no sheet a team fills in comes near them, a zip bomb does.
MAX_SHEET_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
csv.field_size_limit(MAX_SHEET_BYTES)
"""A CSV cell may be as long as a sheet may be, as a workbook's cell may: Python's csv stops at 128 KB, so a long
passage pasted into one cell refused the CSV whose workbook imported, and a header of thousands of columns, split
by each delimiter in turn to find the one it uses, was 'unexpected failure' (probe 44 BQ)."""
MAX_SHEET_CELLS = 10_000_000
"""Readers allocate a sheet by the rectangle from its first to its last cell: one stray cell at
XFD1048576 would ask for 17 billion. A 60,000-row coding sheet spans under a million."""
HEADER_SEARCH_ROWS = 10
"""How far down a sheet its header is looked for: teams put a title, a version line or blank rows above it."""
_CELL_REF = re.compile(rb'<(?:\w+:)?c r="([A-Z]{1,3})([0-9]{1,7})"')
ZIP_MAGIC = b"PK\x03\x04"
_NUL_WINDOW = 65536
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
T = TypeVar("T")

# A cell beginning with one of these is run as a formula by Excel when it opens a CSV, so
# untrusted text is written with a leading apostrophe and the apostrophe is dropped on reading.
_FORMULA_START = ("=", "+", "-", "@")


@dataclass
class Table:
    """A sheet's header and its non-blank rows, each with the row number a spreadsheet shows.

    `above` holds the rows above the header (a title, a version line), which are not read; `groups` the label a
    two-row header puts over each column ('' where none); `links` the address each hyperlinked cell points to,
    by (row number, column index)."""

    file: str
    header: list[str]
    rows: list[tuple[int, list[str]]]
    warnings: list[str] = field(default_factory=list)
    header_row: int = 1
    above: list[tuple[int, list[str]]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    links: dict[tuple[int, int], str] = field(default_factory=dict)
    import_ids: list[str] = field(default_factory=list)
    """Qualtrics' row of `{"ImportId": …}` cells under its header, which may name the zone its times are in."""
    sheet: str = ""
    """The tab read, of a workbook where another tab has the same columns (a second coder's tab): there a row number
    alone does not say which tab a row is on (`spreadsheet_table`). '' for a CSV, or a workbook whose other tabs are of
    other kinds (the template's lists of sources)."""
    part_of: str = ""
    """The workbook a sheet comes from, where it was read as one of several sheets laid out alike (`spreadsheet_tables`):
    its `file` then names the sheet too ("answers.xlsx (tab 'Meeting 2')"), as every sentence about it does."""
    delimiter: str = ""
    """What parts a CSV file's cells (',', ';' or a tab); '' for a workbook or a Word table."""

    def row_named(self, number: int) -> str:
        """A row as a sentence names it among its file's: 'row 7', or "row 7 of tab 'Meeting 2'" for a sheet read as one
        of several (`part_of`), whose row numbers another sheet repeats."""
        return f"row {number} of tab '{self.sheet}'" if self.part_of else f"row {number}"


HeaderTest = Callable[[Sequence[str]], bool]
"""Whether a row, as cells of text, names the columns a sheet's purpose needs (a coding sheet's source, C, M, O)."""


@dataclass
class Parsed(Generic[T]):
    """A parser's checked rows, plus warnings the user should see (e.g. the file was not UTF-8)."""

    rows: list[T]
    warnings: list[str] = field(default_factory=list)
    sheet: str = ""
    """The workbook's tab the rows were read from, where another tab has the same columns (`Table.sheet`)."""

    def __iter__(self) -> Iterator[T]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> T:
        return self.rows[index]


def read_table(
    path: str | os.PathLike,
    *,
    prefer_sheet: str | None = None,
    wanted: HeaderTest | None = None,
    sheet: str | None = None,
    choosable: bool = False,
) -> Table:
    """Read a CSV or spreadsheet file by its extension; its header is the first row `wanted` accepts among the
    first rows (see `find_header`). `sheet`: the workbook's sheet a person named (`--sheet`), which must exist;
    `choosable`: the command takes `--sheet`, so a sheet left unread is said with it."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise BadInput(f"{path}: no such file.")
    misnamed = _workbook_named_as_text(path) if suffix in CSV_SUFFIXES else None
    if sheet and suffix in CSV_SUFFIXES and misnamed is None:
        raise BadInput(f"{path}: a CSV file has one table and no sheets to choose; --sheet '{sheet}' is for a workbook.")
    if misnamed is not None:
        table = spreadsheet_table(path, sheet or prefer_sheet, wanted=wanted, chosen=bool(sheet), choosable=choosable)
        table.warnings.insert(0, misnamed)
        return table
    if suffix in CSV_SUFFIXES:
        check_size(path)
        text, warnings = decode_sheet(path.read_bytes(), path)
        return csv_table(text, path, warnings, wanted=wanted)
    if suffix in XLSX_SUFFIXES or suffix in CALAMINE_ONLY_SUFFIXES:
        return spreadsheet_table(path, sheet or prefer_sheet, wanted=wanted, chosen=bool(sheet), choosable=choosable)
    if suffix in DOCX_SUFFIXES:
        return word_table(path, wanted=wanted, heading=sheet)
    raise BadInput(f"{path}: expected a .csv or .xlsx file (or .ods, .xls, or a Word .docx table), not '{suffix or path.name}'.")


DOCX_SUFFIXES = {".docx"}


def word_tables(path: str | os.PathLike) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    """A Word document's tables in the document's order, each with the heading written above it (the last paragraph
    holding text between it and the table before it, '' where none) and its rows, numbered as they stand in it, its
    header row counted; a cell of several paragraphs keeps them, one a line, as a spreadsheet cell does, and cells Word
    merged across rows or columns are read in each row and column they span. Tables with no text are left out. A zip
    that unpacks to far more than a document holds is refused before it is opened, as is a file Word's format is not."""
    from docx import Document  # only a Word document needs it
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph

    path = Path(path)
    check_size(path, what="a document")
    _check_unpacked(path, MAX_UNPACKED_BYTES)
    try:
        document = Document(str(path))
        found: list[tuple[str, list[tuple[int, list[str]]]]] = []
        heading = ""
        for element in document.element.body.iterchildren():
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "p":
                text = cell_text(Paragraph(element, document).text)
                heading = text or heading
            elif tag == "tbl":
                rows = WordTable(element, document).rows
                bullets = _bullet_lists(document)
                records = [(n, [_word_cell_text(cell, bullets) for cell in row.cells]) for n, row in enumerate(rows, start=1)]
                if any(any(cells) for _, cells in records):
                    found.append((heading, records))
                heading = ""
    except Exception:  # python-docx raises its own errors for zip, XML and package faults
        said = f"{path}: not a Word document that can be read (a damaged or older .doc file?): save it as .docx."
        raise BadInput(said) from None
    return found


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _bullet_lists(document) -> set[tuple[str, str]]:
    """The (list, level) pairs of a Word document's numbering that mark their items with a bullet, not a number."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):  # a document with no lists has no numbering part
        return set()
    bulleted = {
        (kind.get(f"{_W}abstractNumId"), level.get(f"{_W}ilvl"))
        for kind in numbering.iter(f"{_W}abstractNum")
        for level in kind.iter(f"{_W}lvl")
        if (format_ := level.find(f"{_W}numFmt")) is not None and format_.get(f"{_W}val") == "bullet"
    }
    return {
        (number.get(f"{_W}numId"), level)
        for number in numbering.iter(f"{_W}num")
        if (abstract := number.find(f"{_W}abstractNumId")) is not None
        for kind, level in bulleted
        if kind == abstract.get(f"{_W}val")
    }


def _is_bullet(paragraph, bullets: set[tuple[str, str]]) -> bool:
    """Whether a paragraph is an item of a bulleted list: its style's ('List Bullet') or its own numbering's bullet."""
    if "bullet" in (paragraph.style.name or "").lower():
        return True
    numbered = paragraph._p.find(f"{_W}pPr/{_W}numPr")
    if numbered is None:
        return False
    number, level = numbered.find(f"{_W}numId"), numbered.find(f"{_W}ilvl")
    found = (number.get(f"{_W}val") if number is not None else None, level.get(f"{_W}val") if level is not None else "0")
    return found in bullets


def _word_cell_text(cell, bullets: set[tuple[str, str]]) -> str:
    """A Word cell's text, a paragraph a line, as a spreadsheet cell holds lines; the items of a bulleted list in it are
    one line, joined with '; ' (after a line ending in ':' that leads into them, with a space): the points of one
    context or outcome, never a bare space ('practical help benefits, housing', trial BM 8), nor a line each, which
    would read as one statement a line (`coding._one_statement_a_line`)."""
    lines: list[str] = []
    listing = False
    for paragraph in cell.paragraphs:
        text = "\n".join(" ".join(line.split()) for line in paragraph.text.splitlines() if line.strip())  # its breaks kept
        if not text:
            continue
        bullet = _is_bullet(paragraph, bullets)
        if bullet and lines and (listing or lines[-1].endswith(":")):
            lines[-1] += f"{' ' if lines[-1].endswith(':') else '; '}{text}"
        else:
            lines.append(text)
        listing = bullet
    return cell_text("\n".join(lines))


def _opening_paragraphs(path: Path, count: int = 3) -> list[str]:
    """The first paragraphs holding text of a Word document (its title), read only to say what a document with no table
    is (`report_named`)."""
    from docx import Document

    texts = (paragraph.text.strip() for paragraph in Document(str(path)).paragraphs)
    return [text for text in texts if text][:count]


def word_table(path: str | os.PathLike, *, wanted: HeaderTest | None = None, heading: str | None = None) -> Table:
    """A Word document's table read as a sheet (a realist extraction form kept in Word: trial BA), from `word_tables`:
    the first of its tables whose header `wanted` accepts (else its first). Its other tables with that header are
    named, with the table to copy them into (exit 1): their rows are not read. `heading`: the table under that heading
    alone (a document laid out one table per domain, each under its domain's heading, `coding.tabs_by_domain`), which
    is the table's `sheet`. A document with no table is refused, naming the file."""
    path = Path(path)
    read = word_tables(path)
    if not read:
        if report := report_named(_opening_paragraphs(path)):
            raise BadInput(f"{path}: this is {report}; nothing was imported.")
        raise BadInput(f"{path}: the document holds no table; expected its statements in a table with a header row.")
    if heading is not None:
        chosen = [records for above, records in read if above == heading]
        if not chosen:
            headings = ", ".join(repr(above) for above, _ in read if above) or "none"
            raise BadInput(f"{path}: no table is under the heading '{heading}' (the tables' headings: {headings}).")
        table = _table(path, chosen[0], [], wanted)
        table.sheet = heading
        return table
    fitting = [i for i, (_, records) in enumerate(read) if wanted is None or _header_fits(records, wanted)] or [0]
    warnings: list[str] = []
    if len(fitting) > 1:
        others = ", ".join(str(i + 1) for i in fitting[1:])
        warnings.append(
            LookAt(
                f"{path}: table {fitting[0] + 1} was read; the document's table(s) {others} have the same columns and were not: "
                "paste their rows under the first table's and import it again."
            )
        )
    return _table(path, read[fitting[0]][1], warnings, wanted)


JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}


def json_table(path: str | os.PathLike, *, leave_out: Collection[str] = (), wanted: HeaderTest | None = None) -> Table:
    """Rows given as JSON objects, one a line (JSON Lines) or in one list (as `cmo code list --json` prints them), as a
    table: each name a column in the order first met, each object a row numbered by its line (its place in a list). A
    list's items are joined with "; ", as a sheet's cell lists groups; an object's names are columns of their own (cmo's
    `extra`, the team's columns); true is "yes". `leave_out`: names that are no column (cmo's computations). Trial AM:
    a second coder's statements as JSON Lines were refused."""
    path = Path(path)
    check_size(path)
    text, warnings = decode_sheet(path.read_bytes(), path)
    if not text.strip():
        raise BadInput(f"{path}: the file is empty; expected one JSON object a line.")
    try:
        with json_nested_too_deeply(str(path), "a sheet's rows"):
            whole = json.loads(text) if text.lstrip().startswith("[") else None
    except json.JSONDecodeError as error:
        raise BadInput(f"{path}: line {error.lineno} is not JSON ({error.msg}); save the rows as CSV or .xlsx.") from None
    if whole is not None:
        items = list(enumerate(whole, start=1)) if isinstance(whole, list) else [(1, whole)]
    else:
        items = []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    with json_nested_too_deeply(str(path), "a sheet's row", number):
                        items.append((number, json.loads(line)))
                except json.JSONDecodeError as error:
                    raise BadInput(
                        f"{path}: line {number} is not one JSON object ({error.msg}): JSON Lines hold one object a line "
                        "(else save the statements as CSV or .xlsx)."
                    ) from None
    header: dict[str, None] = {}
    flat = []
    for number, item in items:
        if not isinstance(item, dict):
            raise BadInput(f"{path}: line {number} is not a JSON object of named values (one statement's columns).")
        row = {}
        for name, value in item.items():
            if name in leave_out:
                continue
            for column, cell in value.items() if isinstance(value, dict) else [(name, value)]:
                header.setdefault(str(column), None)
                row[str(column)] = _json_cell(cell)
        flat.append((number, row))
    records = [(0, list(header)), *((number, [row.get(name, "") for name in header]) for number, row in flat)]
    return _table(path, records, warnings, wanted)


def _json_cell(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(_json_cell(item) for item in value if _json_cell(item))
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else cell_text(str(value))


def _workbook_named_as_text(path: Path) -> str | None:
    """A workbook saved under a text name ('x.csv', `textio.zipped_kind`) is read as the workbook it is, which is what
    its rows are in, and said; None for any other file. Another zipped document (Word's) is no sheet: refused."""
    kind = zipped_kind(path)
    if kind is None:
        return None
    what, suffix = kind
    if suffix not in XLSX_SUFFIXES | CALAMINE_ONLY_SUFFIXES:
        raise BadInput(f"{path}: {what} named {path.suffix}, not a sheet; save the table as 'CSV UTF-8' or as .xlsx.")
    return f"{path}: {what} named {path.suffix}; it was read as the workbook it is (rename it to {suffix})."


def check_size(path: Path, limit: int | None = None, what: str = "a sheet") -> None:
    """A file too big to be what it claims is refused before it is read into memory."""
    limit = limit or MAX_SHEET_BYTES
    size = path.stat().st_size
    if size > limit:
        raise BadInput(f"{path}: the file is {size / 1e6:.1f} MB, over the {limit // (1024 * 1024)} MB limit for {what}.")


def spreadsheet_table(
    path: str | os.PathLike,
    prefer_sheet: str | None = None,
    *,
    max_unpacked: int | None = None,
    wanted: HeaderTest | None = None,
    chosen: bool = False,
    choosable: bool = False,
    most_rows: bool = False,
) -> Table:
    """Read a workbook (.xlsx, .ods, .xls) whatever its name says; a zip that unpacks to far
    more than a sheet holds (a zip bomb) is refused before it is opened. Without a sheet named
    `prefer_sheet`, the first sheet whose header `wanted` accepts is read (an 'Instructions' tab comes first), or, with
    `most_rows`, the one of those with the most rows (a form tool's answers, a row per respondent, beside a tab per
    question that sums them up: Mentimeter's 'Voting results per participant', trial BG)."""
    path = Path(path)
    check_workbook(path, max_unpacked)
    records, sheet_name, others = _spreadsheet_records(path, prefer_sheet)
    if chosen and not _names_sheet(sheet_name, prefer_sheet):
        listed = ", ".join(f"'{name}'" for name in [sheet_name, *others])
        raise BadInput(f"{path}: no sheet is named '{prefer_sheet}' (its sheets: {listed}).")
    if wanted is not None and not _names_sheet(sheet_name, prefer_sheet):
        records, sheet_name, others = _fitting_sheet(records, sheet_name, others, wanted, most_rows=most_rows)
    xml = _sheet_xml(path, sheet_name)
    blank = _formulas_without_values(xml)
    records = _with_link_texts(records, blank)
    unread = [] if chosen else _unread_sheets_warnings(path, sheet_name, records, others, wanted, choosable)
    warnings = blank_formula_warnings(path, sheet_name, blank) + unread
    table = _table(path, records, warnings, wanted, joined=_merged_over_next_row(xml))
    table.links = _cell_links(path, sheet_name, xml, records)
    table.sheet = sheet_name if _laid_out_alike(records, others, wanted) else ""
    _fill_merged_down(table, xml)
    return table


def _fill_merged_down(table: Table, xml: bytes) -> None:
    """A cell merged down a column below the header (a study's name beside each CMOC coded from it) reads as its
    value in every row it spans, as the team sees it; readers give it to the first row alone, and the rows below
    were refused as having no source. Said, naming the column and rows. Merges across columns are left as read: a
    cell spanning context and mechanism is one text, not two."""
    if b"mergeCell" not in xml:
        return
    by_number = {number: cells for number, cells in table.rows}
    filled: dict[int, list[str]] = {}
    for ref in _MERGE_CELL.findall(xml):
        box = _cell_range(ref)
        if box is None or box[0] != box[2] or box[1] >= box[3] or box[1] <= table.header_row:
            continue
        column, first, last = box[0] - 1, box[1], min(box[3], box[1] + MAX_SHEET_CELLS)
        top = by_number.get(first)
        value = top[column] if top is not None and column < len(top) else ""
        for number in range(first + 1, last + 1) if value else ():
            cells = by_number.get(number)
            if cells is not None and column < len(cells) and not cells[column]:
                cells[column] = value
                filled.setdefault(column, []).append(number)
    for column, numbers in filled.items():
        name = table.header[column] if column < len(table.header) else _column_name(column + 1)
        where = tab_named(table.file, table.sheet) if table.sheet else table.file
        table.warnings.append(
            f"{where}: '{_shown(name)}' is merged down over rows below it ({row_list(numbers)}): each was read "
            "with the merged cell's value, as the sheet shows it"
        )


def _laid_out_alike(
    records: list[tuple[int, list[str]]], others: dict[str, list[tuple[int, list[str]]]], wanted: HeaderTest | None
) -> bool:
    """Whether another sheet of the workbook has the very columns of the one read (a second coder's tab), as
    `_unread_sheets_warnings` finds them."""
    header = _header_keys(records, wanted)[0]
    return bool(header) and any(_header_keys(rows, wanted)[0] == header for rows in others.values())


def _merged_over_next_row(xml: bytes) -> set[int]:
    """The rows some cell of which is merged down over the row below it, and no further (a header's 'Domain' merged
    down over its two rows, under which the other columns are named): those two rows are one header (`_two_row_header`)."""
    if b"mergeCell" not in xml:
        return set()
    boxes = (_cell_range(ref) for ref in _MERGE_CELL.findall(xml))
    return {box[1] for box in boxes if box is not None and box[0] == box[2] and box[3] == box[1] + 1}


def sheet_names(path: str | os.PathLike, max_unpacked: int | None = None) -> list[str]:
    """A workbook's tabs, in its order (a poll tool's overview, then a tab per poll)."""
    check_workbook(Path(path), max_unpacked)
    _, first, others = _spreadsheet_records(Path(path), None)
    return [first, *others]


def tab_named(path: str | os.PathLike, tab: str) -> str:
    """A workbook's file with the tab read, as every sentence about its rows names them: "coding.xlsx (tab 'RK')"; a
    Word document's with the heading of the table read: "form.docx (table under 'Domain 2: Access')"."""
    if Path(path).suffix.lower() in DOCX_SUFFIXES:
        return f"{path} (table under '{tab}')"
    return f"{path} (tab '{tab}')"


def row_list(numbers: list[int]) -> str:
    """'row 3', 'rows 3, 4 …': the rows a warning is about, in the sheet's order, the first ten named (trial AV: merges
    read in the order a workbook lists them named 'rows 23, 4, 34, 9 …')."""
    numbers = sorted(set(numbers))
    shown = ", ".join(map(str, numbers[:10])) + (" …" if len(numbers) > 10 else "")
    return f"row{'s' if len(numbers) > 1 else ''} {shown}"


_MERGE_CELL = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z0-9:]{2,24})"')


def _fitting_sheet(
    records: list[tuple[int, list[str]]],
    name: str,
    others: dict[str, list[tuple[int, list[str]]]],
    wanted: HeaderTest,
    *,
    most_rows: bool = False,
) -> tuple[list[tuple[int, list[str]]], str, dict[str, list[tuple[int, list[str]]]]]:
    """The first sheet, or the first after it whose header has the columns wanted when it has not; with `most_rows`,
    of the sheets whose header has them, the one with the most rows (the first of those with as many)."""
    if most_rows:
        fitting = [sheet for sheet, rows in {name: records, **others}.items() if _header_fits(rows, wanted)]
        if len(fitting) > 1:
            sheets = {name: records, **others}
            best = max(fitting, key=lambda sheet: len(sheets[sheet]))  # max keeps the first of equals
            return sheets[best], best, {sheet: rows for sheet, rows in sheets.items() if sheet != best}
    if _header_fits(records, wanted):
        return records, name, others
    for other, rows in others.items():
        if _header_fits(rows, wanted):
            rest = {name: records, **{sheet: cells for sheet, cells in others.items() if sheet != other}}
            return rows, other, rest
    return records, name, others


def _header_fits(records: list[tuple[int, list[str]]], wanted: HeaderTest) -> bool:
    rows = _leading_rows(records)
    return bool(rows) and wanted(find_header(rows, wanted).names)


def _unread_sheets_warnings(
    path: Path,
    read: str,
    records: list[tuple[int, list[str]]],
    others: dict[str, list[tuple[int, list[str]]]],
    wanted: HeaderTest | None = None,
    choosable: bool = False,
) -> list[str]:
    """One sheet is read. Another laid out like it (the same column headers: a second coder's tab, an 'Excluded'
    tab) holds rows of the same kind that would otherwise be left out without a word; sheets laid out otherwise
    (the template's lists of sources and domains, instructions) are not."""
    alike = _alike_with_rows(records, others, wanted)
    found = [f"'{name}' ({below} row{'s' if below != 1 else ''})" for name, below in alike.items()]
    names = list(alike)
    if not found:
        return []
    advice = (
        f"import {'it' if len(names) == 1 else 'each'} too, with --sheet '{names[0]}'{' …' if len(names) > 1 else ''}, or copy "
        "the rows onto one sheet"
        if choosable
        else "copy those rows onto one sheet, or save each sheet as its own file and import it too"
    )
    return [
        LookAt(
            f"{path}: only the sheet '{read}' was read; {', '.join(found)} "
            f"{'has the same columns and was' if len(found) == 1 else 'have the same columns and were'} not: {advice}."
        )
    ]


def _alike_with_rows(
    records: list[tuple[int, list[str]]], others: dict[str, list[tuple[int, list[str]]]], wanted: HeaderTest | None
) -> dict[str, int]:
    """The other sheets laid out as the one read (the very same column headers) with rows below them: each with how many."""
    header = _header_keys(records, wanted)[0]
    alike = {}
    for name, rows in others.items():
        keys, below = _header_keys(rows, wanted)
        if header and keys == header and below:
            alike[name] = below
    return alike


def spreadsheet_tables(
    path: str | os.PathLike,
    prefer_sheet: str | None = None,
    *,
    max_unpacked: int | None = None,
    wanted: HeaderTest | None = None,
    most_rows: bool = False,
) -> list[Table]:
    """The sheet `spreadsheet_table` reads and every other sheet laid out as it is (the same columns, with rows below
    them), each its own `Table` named by its sheet (`Table.sheet`), in the workbook's order: for a file whose sheets are
    one file's rows split up (an administrator's workbook of one sheet per meeting, trial BM 7), where a sheet left
    unread would lose rows. A workbook with one such sheet gives that sheet alone, its other sheets said as ever."""
    table = spreadsheet_table(path, prefer_sheet, max_unpacked=max_unpacked, wanted=wanted, most_rows=most_rows)
    if not table.sheet:
        return [table]
    first, first_name, rest = _spreadsheet_records(Path(path), None)
    every = {first_name: first, **rest}
    read = every.pop(table.sheet)
    alike = _alike_with_rows(read, every, wanted)
    if not alike:
        return [table]
    tables = []
    for name in (name for name in (first_name, *rest) if name in alike or name == table.sheet):
        tables.append(sheet := spreadsheet_table(path, name, max_unpacked=max_unpacked, wanted=wanted, chosen=True))
        sheet.part_of, sheet.file = str(sheet.file), tab_named(sheet.file, name)
    return tables


def _header_keys(records: list[tuple[int, list[str]]], wanted: HeaderTest | None) -> tuple[frozenset[str], int]:
    """A sheet's column names, and how many non-blank rows it has below them."""
    leading = _leading_rows(records)
    if not leading:
        return frozenset(), 0
    header = find_header(leading, wanted)
    keys = frozenset(header_key(c) for c in header.names if c)
    return keys, sum(1 for _, cells in records if any(cells)) - header.index - header.size


def _leading_rows(records: Iterable[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """The non-blank rows `find_header` looks at, without going through a long sheet: those within its reach, and
    the two after them."""
    leading, beyond = [], 0
    for number, cells in records:
        if any(cells):
            leading.append((number, cells))
            beyond += number > HEADER_SEARCH_ROWS
            if beyond == 2:
                break
    return leading


def check_workbook(path: Path, max_unpacked: int | None = None) -> None:
    """Refuse a workbook too big to be a sheet, or a zip that unpacks to far more than one holds (a zip bomb), or whose
    cells span a rectangle no reader should allocate, before anything reads it: every reader of a workbook's tabs asks
    first. Checked once for the file as it is (a code import reads its tabs' headers, then one tab)."""
    stat = path.stat()
    _checked_workbook(str(path), stat.st_size, stat.st_mtime_ns, max_unpacked or MAX_UNPACKED_BYTES)


@functools.lru_cache(maxsize=8)
def _checked_workbook(path: str, size: int, modified: int, max_unpacked: int) -> None:
    check_size(Path(path))
    _check_unpacked(Path(path), max_unpacked)


def _check_unpacked(path: Path, limit: int) -> None:
    with path.open("rb") as handle:
        if handle.read(4) != ZIP_MAGIC:
            return  # .xls is no zip; anything else is named by the spreadsheet reader
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise BadInput(f"{path}: a damaged or unknown zip file, not an Excel workbook.") from None
    if unpacked > limit:
        raise BadInput(
            f"{path}: the workbook unpacks to {unpacked / 1e6:.0f} MB, over the {limit // (1024 * 1024)} MB limit for a sheet."
        )
    _check_extent(path)


def _check_extent(path: Path) -> None:
    """Refuse a worksheet whose cells span more than MAX_SHEET_CELLS, by reading where its cells
    are (streamed, not the whole sheet) before a reader allocates the rectangle."""
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                box = _cell_box(archive, info)
                if box is None:
                    continue
                (first_row, last_row), (first_col, last_col) = box
                cells = (last_row - first_row + 1) * (last_col - first_col + 1)
                if cells > MAX_SHEET_CELLS:
                    corner = f"{_column_name(last_col)}{last_row}"
                    raise BadInput(
                        f"{path}: a sheet's cells reach {corner}, a rectangle of {cells:,} cells (over the "
                        f"{MAX_SHEET_CELLS:,} limit); delete what is in the far cells or copy the table into a new sheet."
                    )


def _cell_box(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[tuple[int, int], tuple[int, int]] | None:
    rows: list[int] = []
    cols: list[int] = []
    tail = b""
    with archive.open(info) as member:
        while chunk := member.read(1 << 20):
            text = tail + chunk
            found = _CELL_REF.findall(text)
            if found:
                rows.extend((min(int(r) for _, r in found), max(int(r) for _, r in found)))
                letters = [_column_number(c) for c, _ in found]
                cols.extend((min(letters), max(letters)))
            tail = text[-64:]
    if not rows:
        return None
    return (min(rows), max(rows)), (min(cols), max(cols))


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _column_name(number: int) -> str:
    name = ""
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(65 + rest) + name
    return name


def csv_table(text: str, path: str | os.PathLike, warnings: Sequence[str] = (), *, wanted: HeaderTest | None = None) -> Table:
    """Read decoded CSV text (comma, semicolon or tab separated); `path` names it in messages, `wanted` finds its
    header (`find_header`)."""
    path = Path(path)
    warnings = list(warnings)
    if not text.strip():
        raise BadInput(f"{path}: the file is empty; expected a header row.")
    delimiter = _sniff_delimiter(text)
    lines = list(io.StringIO(text, newline=""))
    reader = csv.reader(lines, delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    spans: list[tuple[int, int]] = []  # first and last physical line of records spanning lines
    end = 0
    try:
        for number, cells in enumerate(reader, start=1):
            start, end = end + 1, reader.line_num
            if end > start:
                spans.append((start, end))
            records.append((number, [cell_text(c) for c in cells]))
    except csv.Error as exc:
        found = unclosed_quote(lines, delimiter, str(path), spans=[(end + 1, len(lines))])
        if found:
            raise BadInput(found) from None
        raise BadInput(f"{path}: row {len(records) + 1} cannot be read as CSV ({exc}).") from None
    if end and (not spans or spans[-1][1] != end):
        spans.append((end, end))  # a quote on the last line may run to the end of the file
    found = unclosed_quote(lines, delimiter, str(path), spans=spans)
    if found:
        raise BadInput(found)
    table = _table(path, records, warnings, wanted)
    table.delimiter = delimiter
    suspicious = row_inside_cell(lines, delimiter, len(table.header), str(path), spans)
    if suspicious:
        table.warnings.append(suspicious)
    return table


_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


def cut_by_a_delimiter(table: Table) -> str:
    """A sentence naming the first rows of a CSV file that hold a cell beyond its header's columns, and what to do (the
    caller says what it did not import), or '': a
    spreadsheet or a form tool writes every row of a CSV to the same number of cells (the header's, empty cells and
    all), and puts a cell holding the delimiter in quotes, so a longer row was cut by a comma (or semicolon) typed
    outside quotes, and every cell after the cut would be read under the next column's header (helper E3: a coding
    sheet's "rushed, no time" put "no time" in the outcome and the outcome in the page, imported with a word only about
    a column with no header). A workbook's column with no header is another thing (`Table.delimiter` is '')."""
    if not table.delimiter:
        return ""
    width = len(table.header)
    cut = [(number, cells) for number, cells in table.rows if any(cell.strip() for cell in cells[width:])]
    if not cut:
        return ""
    name = _DELIMITER_NAMES.get(table.delimiter, f"'{table.delimiter}'")
    number, cells = cut[0]
    last = max(index for index, cell in enumerate(cells) if cell.strip()) + 1
    more = f" (and {len(cut) - 1} more row{'s' if len(cut) > 2 else ''}: {', '.join(str(n) for n, _ in cut[1:6])}" + (
        " …)" if len(cut) > 6 else ")"
    )
    return (
        f"{table.file} row {number}{more if len(cut) > 1 else ''}: the row has {last} cells but the header has {width} "
        f"columns, so a {name} typed outside quotes cut one of its cells, and each cell after it would be read under the "
        f"wrong column: put the cell holding the {name} in double quotes (a spreadsheet saving the file as CSV does so)"
    )


def unclosed_quote(
    lines: Sequence[str] | str,
    delimiter: str,
    file: str,
    *,
    spans: Iterable[tuple[int, int]] | None = None,
) -> str | None:
    """One sentence naming the line of a quoted cell that is surely never closed, or None.

    A lenient CSV reader lets a cell whose closing quote was forgotten run on and swallow
    the following rows into it, so the file seems to import fine with rows missing. Excel,
    LibreOffice and Google Sheets write cells holding line breaks, delimiters and doubled
    quotes ("") inside quotes, so a quoted cell spanning lines is no fault in itself; it surely
    is one when it runs to the end of the file, or when the quote that ends it is followed by
    more text (the quote of a later row, not a closing one). `lines` are the physical lines
    with their endings (as `io.StringIO(text, newline="")` gives them); `spans` limits the
    check to those (first, last) line ranges, the records a CSV reader found to span lines.
    """
    for open_line, close_line, after, last in _spanning_cells(lines, delimiter, spans):
        if close_line is None:
            reach = "" if last == open_line else f"line {last}, "
            return (
                f"{file} line {open_line}: a quoted cell is never closed (it runs on to "
                f"{reach}the end of the file); close the quote or remove it."
            )
        if after not in ("", delimiter, "\r", "\n"):
            return (
                f"{file} line {open_line}: a quoted cell is never closed (it runs on to the "
                f"next quote, on line {close_line}, swallowing the rows between); "
                "close the quote or remove it."
            )
    return None


def row_inside_cell(
    lines: Sequence[str], delimiter: str, columns: int, file: str, spans: Iterable[tuple[int, int]]
) -> str | None:
    """A warning when a quoted cell spanning lines holds a line that splits into as many cells
    as the header: perhaps a row swallowed by a forgotten quote, perhaps prose with commas."""
    for open_line, close_line, _, _ in _spanning_cells(lines, delimiter, spans):
        for inner in range(open_line + 1, close_line or open_line):
            row = next(csv.reader([lines[inner - 1].rstrip("\r\n")], delimiter=delimiter), [])
            if columns > 1 and len(row) == columns:
                return (
                    f"{file} line {open_line}: a quoted cell runs on to line {close_line}, and its "
                    f"line {inner} looks like a row of its own; if a closing quote is missing, "
                    "that row was read as text: check the cell."
                )
    return None


def _spanning_cells(
    lines: Sequence[str] | str, delimiter: str, spans: Iterable[tuple[int, int]] | None
) -> Iterator[tuple[int, int | None, str, int]]:
    """(opening line, closing line or None, the character after the closing quote, the span's
    last line) of each quoted cell that spans lines or runs to the end of the text."""
    if isinstance(lines, str):
        lines = list(io.StringIO(lines, newline=""))
    for first, last in spans if spans is not None else [(1, len(lines))]:
        if first > last or first > len(lines):
            continue
        segment = "".join(lines[first - 1 : last])
        for start, close in _quoted_cells(segment, delimiter):
            open_line = first + _count_breaks(segment, 0, start)
            if close is None:
                yield open_line, None, "", last
                continue
            close_line = first + _count_breaks(segment, 0, close)
            if close_line != open_line:
                yield open_line, close_line, segment[close + 1 : close + 2], last


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _count_breaks(text: str, start: int, end: int) -> int:
    return len(_LINE_BREAK.findall(text, start, end))


def _quoted_cells(text: str, delimiter: str) -> Iterator[tuple[int, int | None]]:
    """(opening, closing) quote offsets of the quoted cells in `text`, read as Python's csv
    reader reads them (not strict): a quote opens a cell only as its first character, "" is a
    quote inside one, and the closing offset is None for a cell that runs to the end of text.
    `text` must begin at the start of a record."""
    field_end = re.compile("[" + re.escape(delimiter) + "\r\n]")
    position, size = 0, len(text)
    while position < size:
        if text[position] == '"':
            opening, position = position, position + 1
            while True:
                quote = text.find('"', position)
                if quote == -1:
                    yield opening, None
                    return
                if text.startswith('"', quote + 1):
                    position = quote + 2
                    continue
                yield opening, quote
                position = quote + 1
                break
        found = field_end.search(text, position)
        if found is None:
            return
        position = found.end()


def decode_sheet(data: bytes, path: str | os.PathLike) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM) first; Excel on Windows saves plain 'CSV' as Windows-1252 and Excel for Mac before
    2016 as Mac Roman (`textio.western_reading` tells them apart), a reading to check, so a LookAt naming the code page
    and quoting the first accented line; 'Unicode Text' is tab-separated UTF-16, with a byte-order mark or (in some
    versions) without."""
    encoding = _bom_encoding(data)
    if encoding is not None:
        try:
            return data.decode(encoding), []
        except UnicodeDecodeError:
            raise BadInput(
                f"{path}: the file is marked as {encoding.upper()} text but cannot be read as it; save it as 'CSV UTF-8'."
            ) from None
    if b"\x00" in data[:_NUL_WINDOW]:
        return _decode_utf16_without_bom(path, data), []
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    reading = western_reading(data)
    if reading is None:
        raise BadInput(f"{path}: the file is neither UTF-8 nor Windows-1252 text; save it as 'CSV UTF-8'.")
    text, code_page = reading
    return text, [
        LookAt(
            f"{path}: not UTF-8, read as {code_page}; check accented characters and quotes{first_accented(text)}, "
            "or save it as 'CSV UTF-8' next time."
        )
    ]


def looks_binary(data: bytes) -> bool:
    """NUL bytes make a file binary (a picture, a database) unless they are UTF-16 or UTF-32 text."""
    return _bom_encoding(data) is None and b"\x00" in data[:_NUL_WINDOW] and utf16_without_bom(data) is None


def _bom_encoding(data: bytes) -> str | None:
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _decode_utf16_without_bom(path: str | os.PathLike, data: bytes) -> str:
    """Text with NUL bytes is UTF-16 if the NULs fall on every other byte (ASCII letters);
    anything else is not a sheet at all."""
    encoding = utf16_without_bom(data)
    if encoding is not None:
        return data.decode(encoding).lstrip("\ufeff")
    raise BadInput(f"{path}: the file holds NUL bytes, so it is not CSV text; save it as 'CSV UTF-8'.")


def _sniff_delimiter(text: str) -> str:
    """Excel in many European locales writes ';'-separated CSV; pick what splits the header most. A title line
    above the header splits into one cell whatever the delimiter, so the first line that splits is the one read."""
    counts: dict[str, int] = {}
    for line in itertools.islice((line for line in io.StringIO(text, newline=None) if line.strip()), HEADER_SEARCH_ROWS):
        counts = {d: len(next(csv.reader([line.rstrip("\n")], delimiter=d))) for d in (",", ";", "\t")}
        if max(counts.values()) > 1:
            break
    return max(counts, key=lambda d: (counts[d], d == ","))


def _spreadsheet_records(
    path: Path, prefer_sheet: str | None
) -> tuple[list[tuple[int, list[str]]], str, dict[str, list[tuple[int, list[str]]]]]:
    """python-calamine reads a 20,000-row sheet about ten times faster than openpyxl, and also
    reads .xls and .ods; openpyxl (needed anyway for writing) is the fallback without it."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:
        if path.suffix.lower() in CALAMINE_ONLY_SUFFIXES:
            raise BadInput(f"{path}: save it as .xlsx or .csv to import it.") from None
        return _openpyxl_records(path, prefer_sheet)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = workbook.sheet_names
        name = _pick_name(path, names, prefer_sheet)
        read = {
            sheet: [
                (number, [cell_text(v) for v in row])
                for number, row in enumerate(workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False), start=1)
            ]
            for sheet in names
        }
    except Exception as exc:  # calamine raises its own errors for zip, XML and format faults
        raise BadInput(_unreadable_workbook(path, exc)) from None
    return read.pop(name), name, read


def _unreadable_workbook(path: Path, error: Exception) -> str:
    """What a workbook that cannot be read is, by its first bytes, in words (not the reader's "Invalid OLE")."""
    with path.open("rb") as handle:
        head = handle.read(512).lstrip()
    suffix = path.suffix.lower()
    inside = zipped_files(path) if head.startswith(b"PK\x03\x04") else None
    if inside is not None and not any(name in inside for name in ("xl/workbook.xml", "content.xml")):
        shown = ", ".join(f"'{name}'" for name in inside[:3]) + (" …" if len(inside) > 3 else "") or "nothing"
        return f"{path}: a zip archive holding {shown}, not a workbook; unzip it and import the file inside."
    if head.startswith(b"PK\x03\x04") and suffix != ".xlsx":
        return f"{path}: an Excel workbook (.xlsx) named {suffix}; rename it to .xlsx and import it again."
    if head[:1] == b"<" and b"<" in head[1:] and (b"html" in head.lower() or b"<table" in head.lower()):
        return f"{path}: a web page (HTML) named {suffix}, as some tools export tables; save it from Excel as .xlsx or CSV."
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return f"{path}: an Excel 97-2003 workbook (.xls) that cannot be read ({error}); open it in Excel and save it as .xlsx."
    return f"{path}: cannot be read as a spreadsheet ({error})."


def zipped_files(path: Path) -> list[str] | None:
    """The files a zip archive holds (Google Forms downloads its responses as a zipped CSV); None if it is no archive."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return [name for name in archive.namelist() if not name.endswith("/")]
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def blank_formula_warnings(path: Path, sheet_name: str, blank: list[tuple[str, str]]) -> list[str]:
    """A formula cell is read as the value saved with it; one written by a program that never computed it shows
    nothing, so what it holds would be lost without a word. Said, not refused: a formula whose answer is empty
    text is saved the same way. `blank`: the sheet's formulas without values; a link's is read from it."""
    blank = [(cell, formula) for cell, formula in blank if _link_text(formula) is None]
    if not blank:
        return []
    shown = ", ".join(f"{cell} (={formula[:40]})" for cell, formula in blank[:5]) + (" …" if len(blank) > 5 else "")
    return [
        LookAt(
            f"{path}: {len(blank)} formula cell{'s' if len(blank) > 1 else ''} in sheet '{sheet_name}' with no saved value, "
            f"read as empty: {shown}. If they should hold text, open the workbook in Excel or LibreOffice and save it, "
            "or type the text, and import it again."
        )
    ]


def _sheet_xml(path: Path, sheet_name: str) -> bytes:
    """The named sheet's XML, for what the readers do not give (formulas without values, hyperlinks); empty for
    an .xls or .ods, or a layout calamine read anyway. Its size was checked with the whole zip's."""
    try:
        with zipfile.ZipFile(path) as archive:
            member = _worksheet_member(archive, sheet_name)
            return archive.read(member) if member else b""
    except (zipfile.BadZipFile, KeyError, OSError):
        return b""


def _formulas_without_values(data: bytes) -> list[tuple[str, str]]:
    if b"<f" not in data:
        return []
    found = []
    for match in _CELL_ELEMENT.finditer(data):
        inner = match.group(2) or b""
        formula = _FORMULA.search(inner)
        value = _VALUE.search(inner)
        if formula is not None and not (value and value.group(1).strip()) and b"<is>" not in inner:
            text = (formula.group(1) or b"").decode("utf-8", "replace")
            found.append((match.group(1).decode(), html.unescape(text) or "a shared formula"))
    return found


def _with_link_texts(records: list[tuple[int, list[str]]], blank: list[tuple[str, str]]) -> list[tuple[int, list[str]]]:
    """A `HYPERLINK("address", "text")` formula saved without its value (a program wrote it, none computed it)
    shows its text, or its address without one: read as Excel would show it, not as empty."""
    rows = {number: index for index, (number, _) in enumerate(records)}
    for cell, formula in blank:
        shown, box = _link_text(formula), _cell_range(cell.encode())
        if shown is None or box is None or box[1] not in rows:
            continue
        number, cells = records[rows[box[1]]]
        column = box[0] - 1
        if column >= len(cells):
            cells = [*cells, *[""] * (column + 1 - len(cells))]
        if not cells[column]:
            records[rows[box[1]]] = (number, [*cells[:column], shown, *cells[column + 1 :]])
    return records


def _link_text(formula: str) -> str | None:
    """What a HYPERLINK formula of written text shows (its text, else its address); None for any other formula."""
    written = _WRITTEN_LINK.fullmatch(formula)
    if written is None:
        return None
    return (written.group(2) if written.group(2) is not None else written.group(1)).replace('""', '"')


def _cell_links(path: Path, sheet_name: str, xml: bytes, records: Sequence[tuple[int, list[str]]]) -> dict[tuple[int, int], str]:
    """The address each hyperlinked cell points to, by (row number, column index): a grey-literature sheet shows
    'Link' or 'NHS Confed website' and keeps the address in the link (Insert > Link), or in a `HYPERLINK("url",
    "text")` formula, where the readers give the text alone. Only cells within the sheet read are kept."""
    if b"hyperlink" not in xml and b"HYPERLINK(" not in xml:
        return {}
    width = max((len(cells) for _, cells in records), default=0)
    links: dict[tuple[int, int], str] = {}
    budget = MAX_SHEET_CELLS  # a link over a range is spread over its cells, never beyond the sheet, nor without end
    for (first_col, first_row, last_col, last_row), target in _linked_ranges(path, sheet_name, xml):
        for row in range(first_row, min(last_row, len(records)) + 1):
            for column in range(first_col - 1, min(last_col, width)):
                links.setdefault((row, column), target)
                budget -= 1
                if budget <= 0:
                    return links
    return links


def _linked_ranges(path: Path, sheet_name: str, xml: bytes) -> Iterator[tuple[tuple[int, int, int, int], str]]:
    """(first column, first row, last column, last row) and the address of each link: the sheet's `<hyperlink>`
    elements, whose addresses are in the sheet's relationships, then its HYPERLINK formulas with a written address."""
    elements = _HYPERLINK_ELEMENT.findall(xml)
    targets = _hyperlink_targets(path, sheet_name) if elements else {}
    for attributes in elements:
        values = dict(_ATTRIBUTE.findall(attributes))
        relation = next((value for name, value in values.items() if name.endswith(b":id")), None)
        box = _cell_range(values.get(b"ref", b""))
        if box is not None and relation in targets:
            yield box, targets[relation]
    if b"HYPERLINK(" in xml:
        for match in _CELL_ELEMENT.finditer(xml):
            formula = _FORMULA.search(match.group(2) or b"")
            text = html.unescape((formula.group(1) or b"").decode("utf-8", "replace")) if formula else ""
            written = _HYPERLINK_FORMULA.match(text)
            box = _cell_range(match.group(1))
            if written and box is not None:
                yield box, written.group(1).replace('""', '"').strip()


def _hyperlink_targets(path: Path, sheet_name: str) -> dict[bytes, str]:
    """A sheet's hyperlink relationships (id to address), from the `_rels` file beside the sheet's XML."""
    try:
        with zipfile.ZipFile(path) as archive:
            member = _worksheet_member(archive, sheet_name)
            if member is None:
                return {}
            folder, _, name = member.rpartition("/")
            relations = archive.read(f"{folder}/_rels/{name}.rels")
    except (zipfile.BadZipFile, KeyError, OSError):
        return {}
    targets = {}
    for attributes in _RELATIONSHIP.findall(relations):
        values = dict(_ATTRIBUTE.findall(attributes))
        if values.get(b"Type", b"").endswith(b"/hyperlink") and b"Id" in values and values.get(b"Target"):
            targets[values[b"Id"]] = html.unescape(values[b"Target"].decode("utf-8", "replace")).strip()
    return targets


def _cell_range(ref: bytes) -> tuple[int, int, int, int] | None:
    found = _CELL_RANGE.fullmatch(ref)
    if found is None:
        return None
    first_col, first_row = _column_number(found.group(1)), int(found.group(2))
    last_col = _column_number(found.group(3)) if found.group(3) else first_col
    last_row = int(found.group(4)) if found.group(4) else first_row
    return first_col, first_row, last_col, last_row


_HYPERLINK_ELEMENT = re.compile(rb"<(?:\w+:)?hyperlink\b([^>]*)>")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")
_ATTRIBUTE = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')
_CELL_RANGE = re.compile(rb"([A-Z]{1,3})([0-9]{1,7})(?::([A-Z]{1,3})([0-9]{1,7}))?")
_HYPERLINK_FORMULA = re.compile(r'\s*HYPERLINK\(\s*"((?:[^"]|"")+)"', re.I)
_WRITTEN_LINK = re.compile(r'\s*HYPERLINK\(\s*"((?:[^"]|"")+)"\s*(?:,\s*"((?:[^"]|"")*)"\s*)?\)\s*', re.I)


def _worksheet_member(archive: zipfile.ZipFile, sheet_name: str) -> str | None:
    """The zip member holding the named sheet: workbook.xml names it, its relationships say where it is."""
    workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    relations = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    for attributes in re.findall(r"<(?:\w+:)?sheet\b([^>]*)/?>", workbook):
        name = re.search(r'\bname="([^"]*)"', attributes)
        rid = re.search(r'\br:id="([^"]*)"', attributes)
        if name and rid and html.unescape(name.group(1)) == sheet_name:
            for relation in re.findall(r"<Relationship\b([^>]*)/?>", relations):
                target = re.search(r'Target="([^"]*)"', relation)
                if f'Id="{rid.group(1)}"' in relation and target:
                    target = html.unescape(target.group(1))
                    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


def workbook_fills(path: str | os.PathLike) -> dict[str, dict[tuple[int, int], str]]:
    """Each tab's cells filled with a solid colour, by tab name and (row number, column index): the colour as the
    workbook names it ('#FFC7CE', 'theme colour 4, tint 0.6'), for a team that codes a domain as a colour (trial AX).
    {} for a CSV, .xls or .ods, or a workbook whose styles cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            colours = _style_colours(archive.read("xl/styles.xml"))
            if not any(colours):
                return {}
            found: dict[str, dict[tuple[int, int], str]] = {}
            for name in _sheet_names(archive):
                member = _worksheet_member(archive, name)
                xml = archive.read(member) if member else b""
                for match in _CELL_ELEMENT.finditer(xml):
                    style = _STYLE_INDEX.search(match.group(0)[: match.group(0).find(b">") + 1])
                    box = _cell_range(match.group(1))
                    index = int(style.group(1)) if style else 0
                    if box is not None and index < len(colours) and colours[index]:
                        found.setdefault(name, {})[(box[1], box[0] - 1)] = colours[index]
            return found
    except (zipfile.BadZipFile, KeyError, OSError):
        return {}


def _sheet_names(archive: zipfile.ZipFile) -> list[str]:
    workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    return [html.unescape(name) for name in re.findall(r'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"', workbook)]


def _style_colours(styles: bytes) -> list[str]:
    """Each cell style's solid fill colour, by style index ('' for none: no fill, a pattern, a gradient)."""
    fills = []
    for fill in _FILL.findall(styles):
        colour = _FG_COLOUR.search(fill)
        fills.append(_colour_name(colour.group(1)) if colour and b'patternType="solid"' in fill else "")
    cell_styles = _CELL_STYLES.search(styles)
    colours = []
    for attributes in _STYLE_ELEMENT.findall(cell_styles.group(1) if cell_styles else b""):
        fill_id = re.search(rb'\bfillId="(\d+)"', attributes)
        index = int(fill_id.group(1)) if fill_id else 0
        colours.append(fills[index] if index < len(fills) else "")
    return colours


def _colour_name(attributes: bytes) -> str:
    """'#FFC7CE' for an RGB colour (its alpha left out), 'theme colour 4, tint 0.6' or 'indexed colour 13' otherwise."""
    text = attributes.decode("ascii", "replace")
    rgb = re.search(r'\brgb="(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})"', text)
    if rgb:
        return f"#{rgb.group(1).upper()}"
    theme, tint = re.search(r'\btheme="(\d+)"', text), re.search(r'\btint="(-?[0-9.]+)"', text)
    if theme:
        return f"theme colour {theme.group(1)}" + (f", tint {round(float(tint.group(1)), 2):g}" if tint else "")
    indexed = re.search(r'\bindexed="(\d+)"', text)
    return f"indexed colour {indexed.group(1)}" if indexed and indexed.group(1) != "64" else ""


_FILL = re.compile(rb"<(?:\w+:)?fill\b[^>]*>(.*?)</(?:\w+:)?fill>", re.S)
_FG_COLOUR = re.compile(rb"<(?:\w+:)?fgColor\b([^>]*?)/?>")
_CELL_STYLES = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.S)
_STYLE_ELEMENT = re.compile(rb"<(?:\w+:)?xf\b([^>]*)")
_STYLE_INDEX = re.compile(rb'\bs="(\d+)"')


_CELL_ELEMENT = re.compile(rb'<c\b[^>]*?\br="([A-Z]+[0-9]+)"[^>]*?(?:/>|>(.*?)</c>)', re.S)
_FORMULA = re.compile(rb"<f\b[^>]*?(?:/>|>(.*?)</f>)", re.S)
_VALUE = re.compile(rb"<v>(.*?)</v>", re.S)


def _openpyxl_records(
    path: Path, prefer_sheet: str | None
) -> tuple[list[tuple[int, list[str]]], str, dict[str, list[tuple[int, list[str]]]]]:
    from openpyxl import load_workbook

    with path.open("rb") as handle:  # a file object: openpyxl would refuse a workbook named .csv
        try:
            workbook = load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises zip, XML and its own errors alike
            raise BadInput(f"{path}: cannot be read as a spreadsheet ({exc}).") from None
        try:
            name = _pick_name(path, workbook.sheetnames, prefer_sheet)
            read = {
                sheet: [
                    (number, [cell_text(v) for v in values])
                    for number, values in enumerate(workbook[sheet].iter_rows(values_only=True), start=1)
                ]
                for sheet in workbook.sheetnames
            }
            return read.pop(name), name, read
        finally:
            workbook.close()


def _pick_name(path: Path, names: Sequence[str], prefer_sheet: str | None) -> str:
    """The sheet named like `prefer_sheet` (the template's), else the first one."""
    if not names:
        raise BadInput(f"{path}: the workbook has no sheets.")
    return next((name for name in names if _names_sheet(name, prefer_sheet)), names[0])


def _names_sheet(name: str, prefer_sheet: str | None) -> bool:
    return bool(prefer_sheet) and name.strip().lower() == prefer_sheet.lower()


def _table(
    path: Path,
    records: list[tuple[int, list[str]]],
    warnings: list[str],
    wanted: HeaderTest | None = None,
    joined: Collection[int] = (),
) -> Table:
    rows = [(n, cells) for n, cells in records if any(cells)]
    if not rows:
        raise BadInput(f"{path}: the sheet is empty; expected a header row.")
    header = find_header(rows, wanted, joined)
    start, import_ids = header.index + header.size, []
    while start < len(rows) and _is_import_ids(rows[start][1]):
        import_ids = rows[start][1]
        start += 1
    return Table(
        file=str(path),
        header=header.names,
        rows=rows[start:],
        warnings=list(warnings),
        header_row=rows[header.index][0],
        above=rows[: header.index],
        groups=header.groups,
        import_ids=import_ids,
    )


@dataclass
class Header:
    """Where a sheet's header is among its non-blank rows (`index`, `size` rows: one, or two), and its names."""

    index: int
    size: int
    names: list[str]
    groups: list[str] = field(default_factory=list)


def find_header(rows: Sequence[tuple[int, list[str]]], wanted: HeaderTest | None = None, joined: Collection[int] = ()) -> Header:
    """The header among the first HEADER_SEARCH_ROWS rows of a sheet's non-blank `rows`: the first that `wanted`
    accepts, read with the row below it when the two are one two-row header; else the first row that looks like
    a header, with several filled cells where the rows above (a title, a version line) have at most one; else the
    first row. Rows above the header are not read, and every row keeps its number. `joined`: the rows a workbook
    merges a cell of down over the next row (`_merged_over_next_row`)."""
    top = [index for index, (number, _) in enumerate(rows) if number <= HEADER_SEARCH_ROWS] or [0]
    if wanted is not None:
        for index in top:
            for header in (_two_row_header(rows, index, joined), _one_row_header(rows, index)):
                if header is not None and wanted(header.names):
                    return header
    for index in top:
        if _filled_count(rows[index][1]) > 1:
            if _looks_like_names(rows[index][1]):
                return _two_row_header(rows, index, joined) or _one_row_header(rows, index)
            break
    return _one_row_header(rows, 0)


def _one_row_header(rows: Sequence[tuple[int, list[str]]], index: int) -> Header:
    return Header(index, 1, rows[index][1])


def _two_row_header(rows: Sequence[tuple[int, list[str]]], index: int, joined: Collection[int] = ()) -> Header | None:
    """This row and the next as one header, when they clearly are one: labels on the upper row each either
    spanning the names below it (merged cells: the label, then empty cells, over names), or naming a column
    alone with nothing under it (merged down). A row of data under a header fills the cells under its names, so
    it is never taken for the lower half. The lower row names a column; the upper names it where the lower is
    empty, and is kept as the group label over the names it spans. Where the workbook merges a cell of the upper
    row down over the lower (`joined`), the two are one header whatever else: a label over one name alone
    ('Evidence' over 'Supporting quote') is a group label too (trial AF: the columns merged down were not read)."""
    if index + 1 >= len(rows) or rows[index + 1][0] != rows[index][0] + 1:
        return None
    upper, lower = rows[index][1], rows[index + 1][1]
    width = max(len(upper), len(lower))
    upper, lower = upper + [""] * (width - len(upper)), lower + [""] * (width - len(lower))
    merged_down = rows[index][0] in joined
    spans = merged_down
    for column in range(width):
        if not upper[column] or not lower[column]:
            continue
        if column + 1 < width and not upper[column + 1] and lower[column + 1]:
            spans = True
        elif not merged_down:
            return None  # a label with a name under it that spans nothing: a header over a row of data
    if not spans or _filled_count(upper) < 2 or not _names_columns(lower):
        return None
    names, groups, group = [], [], ""
    for above, below in zip(upper, lower):
        if above:
            group = above if below else ""
        names.append(below or above)
        groups.append(group if below else "")
    return Header(index, 2, names, groups)


_NOT_A_NAME = re.compile(r"[-+]?\d+(?:[.,]\d+)?|\d{4}-\d{2}-\d{2}")


def _looks_like_names(cells: Sequence[str]) -> bool:
    """A row that may name columns: several distinct cells, none a number or a date."""
    names = [cell for cell in cells if cell]
    distinct = len({header_key(name) for name in names}) == len(names)
    return len(names) > 1 and distinct and not any(map(_NOT_A_NAME.fullmatch, names))


def _names_columns(cells: Sequence[str]) -> bool:
    """A row of column names beneath group labels: several short one-line names, none a number or a date; a name
    may recur under another label (Relevance under 'Reviewer 1' and under 'Reviewer 2')."""
    names = [cell for cell in cells if cell]
    return len(names) > 1 and all(len(name) <= 60 and "\n" not in name and not _NOT_A_NAME.fullmatch(name) for name in names)


def _filled_count(cells: Sequence[str]) -> int:
    return sum(1 for cell in cells if cell)


_IMPORT_ID = re.compile(r'^\{\s*"ImportId"\s*:')
"""Qualtrics writes three header rows: the columns' ids, the questions, and one of `{"ImportId":"QID3"}` cells."""


def _is_import_ids(cells: Sequence[str]) -> bool:
    filled = [cell for cell in cells if cell]
    return bool(filled) and all(_IMPORT_ID.match(cell) for cell in filled)


def header_problem(table: Table) -> str:
    """Where the header was looked for, for a sentence saying the columns a purpose needs are not there: the rows
    above it that look like a title, and its row when that is not the first."""
    if not table.above:
        return "the header row" if table.header_row == 1 else f"the header row (row {table.header_row})"
    last = max([table.header_row, *(n for n, _ in table.rows if n <= HEADER_SEARCH_ROWS)])
    titles = " and ".join(f"row {n} ('{_shown(next(c for c in cells if c))}')" for n, cells in table.above[:2])
    looks = "looks" if len(table.above) == 1 else "look"
    return f"{titles} {looks} like a title, and no header was found in rows 1–{last}: row {table.header_row}, read as the header,"


def _shown(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def cell_text(value: object) -> str:
    """Spreadsheet cells arrive as numbers and dates too; the parsers want trimmed text."""
    text = value.strip() if isinstance(value, str) else _non_text(value)
    return text[1:] if text.startswith("'") and text[1:2] in _FORMULA_START else text


def _non_text(value: object) -> str:
    """A page typed as 12 comes back as 12.0 from a spreadsheet; show it as typed. A checkbox comes back as a boolean:
    TRUE or FALSE, as the spreadsheet shows it, never Python's "True" (re-check of AR 11)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def guard_formula(text: str) -> str:
    """Prefix an apostrophe so Excel shows the text instead of evaluating it; see `cell_text`."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def header_key(name: str) -> str:
    """Header cells are matched ignoring case, spacing, underscores, punctuation and accents ('Étude', 'Mécanisme',
    'Página' as 'etude', 'mecanisme', 'pagina'), as titles and names are compared (`fold`): a French or Spanish sheet's
    header was read as 'tude' and its tab dropped (trial AO 1). A matrix's index before a column's label ('A : Context')
    is no part of it (`without_matrix_index`)."""
    return fold(without_matrix_index(name))


_NUMBER_WORDS = frozenset(["id", "no", "nr", "num", "number"])
"""The words a header says a column numbers or identifies something by, after what it numbers ('Covidence ID',
'Covidence no.', 'Covidence number'); a mark ('#') is folded away (`header_key`)."""


def names_tool_study_number(header: str) -> bool:
    """Whether a column holds a screening tool's own number of each study (`TOOL_STUDY_NUMBER`): headed by the tool's
    name alone or with a word saying it numbers ('Covidence #', as Covidence's exports head it; 'Covidence',
    'Covidence ID', 'Covidence no.' in a team's own sheet). The one reading of that header for every sheet."""
    words = header_key(header).split()
    return words[:1] == [TOOL_STUDY_NUMBER] and all(word in _NUMBER_WORDS for word in words[1:])


_MATRIX_INDEX = re.compile(r"^\s*(?:[A-Z]{1,2}|\d{1,4}) : (?=\S)")
"""The index NVivo writes before each label of a matrix it exports (a framework matrix, a matrix coding query): a
letter over each column, 'A : Context', a number beside each row, '12 : Becker 2004'."""


_LINK_AFTER = re.compile(
    r"\s*\((?:[a-z][a-z0-9+.-]*://|\.{0,2}/)?[^\s()]*?(?:://[^\s()]*|\.(?:md|html?)(?:[?#][^\s()]*)?)\)\s*$", re.I
)
"""The address of a linked page in brackets after its title, as Notion exports a relation property: a web address
('Schell 2012 (https://www.notion.so/Schell-2012-5f6a…?pvs=21)') or the path of the page's file in the export
('Schell 2012 (../Sources%20a1b2/Schell%202012%205f6a.md)')."""


def without_link(value: str) -> str:
    """A linked page's title without the address in brackets after it ('Schell et al. 2012 (https://www.notion.so/…)' as
    'Schell et al. 2012'), as a relation cell names the page it links to (trial BU: every row of a Notion database's CSV
    refused as citing no source). Words in brackets are no address ('Okamoto 2016 (PhD)'); any other value as it is."""
    return _LINK_AFTER.sub("", value, count=1)


def without_matrix_index(value: str) -> str:
    """A matrix's row or column label without the index NVivo writes before it ('A : Context' as 'Context', '12 : Becker
    2004' as 'Becker 2004'): its framework matrix, exported, was refused as having no context, mechanism or outcome column
    and its every case as no source (trial BG). Any other value as it is."""
    return _MATRIX_INDEX.sub("", value, count=1)


class HeaderWords(tuple):
    """An alias naming every header with one of these words in it: a column teams head in many ways around one word
    ('Appraiser comments', 'Appraisal notes', 'Notes on rigour'). Tried after every field's own aliases, on the columns
    none of them names, leftmost first."""

    def names(self, header: str) -> bool:
        return not set(self).isdisjoint(header_key(header).split())


NOTE_NAMES = (
    *("note", "notes", "comment", "comments"),
    *("remarque", "remarques", "commentaire", "commentaires"),  # French
    *("notas", "comentario", "comentarios", "observacion", "observaciones", "observacao", "observacoes"),  # Spanish, Portuguese
    *("anmerkung", "anmerkungen", "bemerkung", "bemerkungen", "kommentar", "kommentare"),  # German
)
NOTE_HEADERS: tuple[str | HeaderWords, ...] = (*NOTE_NAMES, HeaderWords(NOTE_NAMES))
"""The note column of a sheet that keeps nothing else (screening, appraisal): a header with the word note or comment
in it ('Appraiser comments'). A coding sheet reads `NOTE_NAMES` as its note and keeps its other columns whole as the
team's own ('Reviewer 2 comment'), so none is lost there either."""
GROUP_HEADERS = (
    *("groups", "group", "stakeholder groups", "stakeholder group", "your group"),
    *("groupe", "groupes", "grupo", "grupos", "gruppe", "gruppen"),  # French, Spanish and Portuguese, German
)
"""The one rule for a stakeholder-group column, on a coding sheet as on a feedback sheet. A sheet headed in French,
Spanish, Portuguese or German, whose study and parts are read in its language (`coding._HEADED_IN_ANOTHER_LANGUAGE`),
heads its domain, groups, coder and note columns in it too ('Dominio', 'Codificador', 'Notas'): trial BX 1, a bilingual
team's 'Dominio' was kept as a column of its own and every statement was left with no domain, unsaid."""


_QUALIFIER = re.compile(r" [a-z]{1,2}$")
"""A one- or two-letter tag after a header, as templates write "Context (C)" or "Mechanism (M)"."""


def _explained(name: str) -> list[str]:
    """A header, and what it names without the explanation a template adds: "Context (for whom, in what circumstances)"
    names the context, "Outcome(s) – intended/unintended" the outcome; a word or two in brackets after a phrase names
    what the phrase does not ("Supporting data (quote)")."""
    found = _EXPLAINED.match(name)
    if found is None or _comments_on(name[found.end("named") :]):
        return [name]
    gloss = found["gloss"] or ""
    return [name, found["named"]] + ([gloss] if len(gloss.strip()) >= 3 and len(gloss.split()) <= 2 else [])


def _comments_on(tail: str) -> bool:
    """Whether what follows a header's named part, outside brackets, is a note's word ('Rigour (trustworthiness of
    methods): Comments', 'Relevance - notes'): the column holds comments on the field, not the field (trial CS 1, a
    Covidence quality-assessment export's comments column was read as its rigour and the file refused)."""
    words = header_key(re.sub(r"[(\[][^()\[\]]*[)\]]", " ", tail)).split()
    return not set(words).isdisjoint(NOTE_NAMES)


_EXPLAINED = re.compile(r"^\s*(?P<named>[^()\[\]:–—]+?)\s*(?:[(\[](?P<gloss>[^()\[\]]*)[)\]].*|\s[-–—]\s.*|[:–—].*)$", re.S)


def _loose_key(key: str) -> str:
    """A header key without its letter tag and plural, its words run together: "Context (C)" and "Outcomes" read as
    "context", "outcome", and a header written in one word ("PubYear", Dimensions' year, which was dropped where no
    "Publication Date" stood beside it) as an alias of the same words with spaces ("pub year"), as `_matching_columns`
    looks an alias up here with its words run together too."""
    key = _QUALIFIER.sub("", key).replace(" ", "")
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


SameCells = Callable[[str, str, str], bool]
"""Whether two cells of a row say the same of a field (field, one cell, the other): a coding sheet's two source cells
name the same source when both name it, whatever their words."""
ReadCell = Callable[[str, str], bool]
"""Whether a cell is read as the field as it is written (field, cell): a coding sheet's source cell naming a source."""


def find_columns(
    table: Table, aliases: dict[str, Sequence[str]], same: SameCells | None = None, reads: ReadCell | None = None
) -> dict[str, int]:
    """Map each field to its column index (`_matching_columns`); a repeated header fails. Columns of different headers
    read as one field whose cells say the same on every row (`same`, else the same words, folded: Airtable's linked
    record 'Sources' beside its lookup 'Source (from Sources)', trial BN 7) are one: the one with the most cells read as
    they are written (`reads`; the first of equals) is read, the others kept as the team's own columns, and said
    (`Table.warnings`); where a row's cells differ, the header is refused naming that row."""
    columns: dict[str, int] = {}
    for field_name, found in _matching_columns(table.header, aliases).items():
        if len(found) > 1:
            under = [table.groups[i] for i in found if i < len(table.groups) and table.groups[i]]
            said = f" (under {_join(under, 'and')})" if len(under) == len(found) else ""
            written = list(dict.fromkeys(table.header[i] for i in found))
            originals = [i for i in found if not names_a_translation(table.header[i])]
            if len(originals) == 1 and len(written) > 1:
                kept = _join([table.header[i] for i in found if i != originals[0]], "and")
                table.warnings.append(
                    f"{table.file}: '{table.header[originals[0]]}' was read as the {field_name} and {kept}, its "
                    "translation, kept as the team's own column"
                )
                columns[field_name] = originals[0]
                continue
            if len(written) > 1:  # trial AK: 'CMOC-ID' and 'CMOC (if one cell)' were said as two columns named 'CMOC-ID'
                named = _join([table.header[i] for i in found], "and")
                differing = _first_differing_row(table, field_name, found, same)
                if differing is None:
                    read = max(found, key=lambda i: _cells_read(table, i, field_name, reads))  # max keeps the first of equals
                    kept = _join([table.header[i] for i in found if i != read], "and")
                    table.warnings.append(
                        f"{table.file}: the columns {named} are both read as the {field_name} and no row's cells differ, "
                        f"so '{table.header[read]}' was read and {kept} kept as the team's own column"
                    )
                    columns[field_name] = read
                    continue
                number, cells = differing
                shown = " and ".join(f"'{cells[i].strip()}'" if i < len(cells) and cells[i].strip() else "a blank" for i in found)
                raise BadInput(
                    f"{table.file}: the header has {len(found)} columns read as one ({field_name}): {named}{said}, and "
                    f"row {number} differs ({shown}); keep one."
                )
            raise BadInput(f"{table.file}: the header has {len(found)} columns named '{table.header[found[0]]}'{said}; keep one.")
        columns[field_name] = found[0]
    return columns


_TRANSLATION_WORDS = frozenset(
    {"translation", "translated", "transl", "traduction", "traduit", "traduccion", "traducido", "traducao", "traduzido"}
    | {"ubersetzung", "ubersetzt"}
)
"""The words a header says its column translates another by, in the languages a sheet is headed in ('Quote (EN
translation)', 'Citation (traduction)', 'Zitat (Übersetzung)')."""


def names_a_translation(header: str) -> bool:
    """Whether a column holds a translation of another column's words ('Quote (EN translation)' beside 'Quote (original
    language)'), as a team coding studies in Japanese, Korean or Chinese keeps the quote as written and its English
    beside it: the column as written is the field (a quote is checked against the full text in its own language), the
    translation the team's own column. Helper H3: the sheet was refused, 'keep one', as two quote columns that differ."""
    return not _TRANSLATION_WORDS.isdisjoint(header_key(header).split())


def _cells_read(table: Table, column: int, field_name: str, reads: ReadCell | None) -> int:
    """How many of a column's cells are read as the field as they are written (`ReadCell`); 0 without `reads`."""
    if reads is None:
        return 0
    return sum(reads(field_name, cell) for _, cells in table.rows if column < len(cells) and (cell := cells[column].strip()))


def _first_differing_row(
    table: Table, field_name: str, found: Sequence[int], same: SameCells | None
) -> tuple[int, list[str]] | None:
    """The first row whose cells in columns `found` do not say the same (`find_columns`): both blank, or the same words
    folded, or the same by `same`; None where every row's do."""
    for number, cells in table.rows:
        first, *others = [cells[i].strip() if i < len(cells) else "" for i in found]
        for other in others:
            if first == other or (first and other and fold(first) == fold(other)):
                continue
            if not first or not other or same is None or not same(field_name, first, other):
                return number, cells
    return None


def has_columns(aliases: dict[str, Sequence[str]], required: Iterable[str | tuple[str, ...]]) -> HeaderTest:
    """A header test (`find_header`): the row names a column for each required field, or for one field of each
    tuple (a coding sheet's mechanism, or its resource and response), as `find_columns` reads them."""
    needs = [(need,) if isinstance(need, str) else need for need in required]

    def test(header: Sequence[str]) -> bool:
        found = _matching_columns(header, aliases)
        return all(any(name in found for name in choice) for choice in needs)

    return test


def header_repeated(table: Table, aliases: dict[str, Sequence[str]], columns: Mapping[str, int]) -> list[str]:
    """Rows below the header that head the sheet again, as a block pasted from another copy of the sheet brings its own
    header ('ID', 'Paper', 'Context (C)' … under 'ID ', 'Study ', 'Context'): trial CE, each of its cells was refused as
    an unknown source, domain and id. A row is such a header where its cells head three or more of the fields the
    header read (`columns`) in cells of three letters or more, its source among them (a row of 'c', 'm', 'o' cells is
    a coder's shorthand, not a header, though a header's 'C', 'M', 'O' name those columns), and at least half of its
    filled cells are headers.
    Where each sits in the column the header gave its field, the row is left out of `table.rows` and said (the
    sentences returned); where one heads another column (the pasted block's columns in another order, so its rows
    would be read under the wrong headers) the sheet is refused naming the row and the column, nothing read."""
    said: list[str] = []
    kept: list[tuple[int, list[str]]] = []
    for number, cells in table.rows:
        worded = [cell if len(cell.strip()) > 2 else "" for cell in cells]  # 'm', 'o', 'JE': a coder's shorthand
        found = {name: indexes[0] for name, indexes in _matching_columns(worded, aliases).items() if name in columns}
        filled = sum(1 for cell in cells if cell.strip())
        if len(found) < 3 or 2 * len(found) < filled or "source" not in found:
            kept.append((number, cells))
            continue
        moved = [name for name, index in found.items() if index != columns[name]]
        if moved:
            name = moved[0]
            raise BadInput(
                f"{table.file}: {table.row_named(number)} heads the sheet again with its columns in another order: its "
                f"'{cells[found[name]].strip()}' stands where the header's '{table.header[found[name]].strip()}' does, not "
                f"under '{table.header[columns[name]].strip()}'; nothing was imported: move the rows below it into the "
                "header's columns (or into a sheet of their own) and delete that row."
            )
        said.append(number)
        kept.append((number, []))
    if not said:
        return []
    table.rows = [(number, cells) for number, cells in kept if cells]
    rows = row_list(said)
    return [
        f"{table.file}: {rows} repeat{'s' if len(said) == 1 else ''} the header (its columns in the same places, headed "
        "in other words), as a block pasted from another copy of the sheet brings its own: not read as a statement."
    ]


def _matching_columns(header: Sequence[str], aliases: dict[str, Sequence[str]]) -> dict[str, list[int]]:
    """The columns each field's first alias present names: a header as written before one read loosely
    (`_loose_key`), and those before a header with a field's word in it (`HeaderWords`)."""
    exact: dict[str, list[int]] = {}
    loose: dict[str, list[int]] = {}
    for index, name in enumerate(header):
        exact.setdefault(header_key(name), []).append(index)
        for key in dict.fromkeys(_loose_key(header_key(part)) for part in _explained(name)):
            loose.setdefault(key, []).append(index)
    wanted = {header_key(alias) for names in aliases.values() for alias in names if isinstance(alias, str)}
    claimed = {index for key, indexes in exact.items() if key in wanted for index in indexes}  # read as written
    columns: dict[str, list[int]] = {}
    for field_name, names in aliases.items():
        for alias in names:
            if isinstance(alias, HeaderWords):
                continue
            run_together = header_key(alias).replace(" ", "")
            found = exact.get(header_key(alias)) or [i for i in loose.get(run_together, []) if i not in claimed]
            if found:
                columns[field_name] = found
                break
    taken = claimed | {index for found in columns.values() for index in found}
    for index, name in enumerate(header):
        if index in taken or len(parts := _BILINGUAL_HEADER.split(name)) < 2:
            continue
        named = {field for part in parts if (field := _field_named(part, aliases))}
        if len(named) > 1:  # CNKI's 'Source-文献来源', 'PageCount-页码': its own language's name is the narrower
            named = {field for part in parts if not part.isascii() and (field := _field_named(part, aliases))}
        if len(named) == 1 and (field_name := named.pop()) not in columns:
            columns[field_name] = [index]
            taken.add(index)
    for field_name, names in aliases.items():
        words = [alias for alias in names if isinstance(alias, HeaderWords)]
        if field_name in columns or not words:
            continue
        commenting = not any(set(w) & set(NOTE_NAMES) for w in words)  # a note's column is no other field's
        found = [
            i
            for i, name in enumerate(header)
            if i not in taken
            and any(w.names(name) for w in words)
            and not (commenting and not set(header_key(name).split()).isdisjoint(NOTE_NAMES))
        ][:1]
        if found:
            columns[field_name] = found
            taken.add(found[0])
    return columns


_BILINGUAL_HEADER = re.compile(r"\s+/\s+|(?<=[A-Za-z])-(?=[^\x00-\x7f])")
"""Between the names a bilingual team heads one column with, one a language ('Título / Title', 'Auteur(s) / Author(s)'):
spaced, as a slash inside a name is not ('Context/mechanism', 'Domain / theme' are read whole first). Trial CC 9: a grey
list so headed was refused as having no title column. CNKI heads its exports' columns with the English name, a hyphen
and the Chinese one ('Title-题名', 'Author-作者', 'Source-文献来源'): a hyphen between a Latin letter and a letter of
another script parts them so (helper H3); a hyphen between Latin words ('Post-COVID', 'Co-author') does not."""


def _field_named(part: str, aliases: dict[str, Sequence[str]]) -> str:
    """The field one name of a bilingual header names as a header of its own would (`_matching_columns`), or ''."""
    found = _matching_columns([part], aliases)
    return next(iter(found)) if len(found) == 1 else ""


def columns_read(header: Sequence[str], aliases: dict[str, Sequence[str]]) -> set[int]:
    """The indexes of the columns of `header` a reader with these aliases takes as its fields (`find_columns`)."""
    return {index for found in _matching_columns(header, aliases).values() for index in found}


def column_names(aliases: dict[str, Sequence[str]]) -> str:
    """The columns a sheet's reader takes, for a message: each field's first name, and the words any header may
    have in it."""
    names = [next(alias for alias in names if isinstance(alias, str)) for names in aliases.values()]
    said = _join(names, "and")
    for fields in aliases.values():  # each field's words under its own name (trial CS: relevance's were the note's)
        words = {w for alias in fields if isinstance(alias, HeaderWords) for w in alias}
        if words:
            first = next(alias for alias in fields if isinstance(alias, str))
            said += f" (a column whose header has the word {_join(sorted(words), 'or')} in it is the {first})"
    return said


def unread_columns_warning(
    table: Table, read: Iterable[int], *, reads: str, describes: Callable[[str], bool] | None = None
) -> LookAt | None:
    """A column the reader neither reads nor knows as describing the source (a title, a journal, an abstract) and that
    holds text on some row: named, so nothing a person wrote is dropped without a word (trial I: 'Appraiser comments'
    vanished). An empty column drops nothing and is not named."""
    read = set(read)
    filled: dict[int, int] = {}
    for _, cells in table.rows:
        for index, cell in enumerate(cells):
            if cell and index < len(table.header) and index not in read:
                filled[index] = filled.get(index, 0) + 1
    described = describes or (lambda name: False)
    unread = [(i, n) for i, n in sorted(filled.items()) if table.header[i].strip() and not described(table.header[i])]
    unnamed = sum(n for i, n in filled.items() if not table.header[i].strip())
    if not unread and not unnamed:
        return None
    shown = [f"'{table.header[i].strip()}' ({n} row{'s' if n != 1 else ''})" for i, n in unread]
    if unnamed:
        shown.append(f"a column with no header ({unnamed} cell{'s' if unnamed != 1 else ''})")
    one = len(shown) == 1
    return LookAt(
        f"{table.file}: {'the column ' if one else 'the columns '}{', '.join(shown)} {'was' if one else 'were'} not read, "
        f"so what {'it holds' if one else 'they hold'} was not imported: this sheet's columns are {reads}. "
        f"Rename {'it' if one else 'a column'} to one of those to import it, or delete {'it' if one else 'them'}."
    )


_REPORTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^\s*coding summary (?:by (?:code|node) )?report\b", re.I),
        "NVivo's Coding Summary by Code report, which lists each code's passages apart and so never says which context, "
        "mechanism and outcome make one statement; export a framework matrix from NVivo instead (a row per case, a column "
        "for each Context, Mechanism and Outcome code, its cells summarising the passages), which cmo code import reads",
    ),
)
"""Reports a tool writes for people to read, recognised by their title, that hold no table cmo can read, each with what
it is and what to export instead (`report_named`)."""


def report_named(lines: Iterable[str]) -> str:
    """What a file is, where its first lines title it as a report cmo recognises but cannot read (`_REPORTS`); '' for any
    other. Told by the report's own title, never guessed from its columns, so a sheet a team made is never called one."""
    for line in lines:
        for title, said in _REPORTS:
            if title.search(line):
                return said
    return ""


def _title_lines(table: Table) -> list[str]:
    """The filled cells of the rows above a table's header (its title, an export note) and its header's first cell."""
    return [cell for _, cells in table.above for cell in cells if cell] + table.header[:1]


def require_columns(table: Table, columns: dict[str, int], required: Iterable[str], instead: str = "") -> None:
    """`instead`: what else would do (" or a 'CMOC' column…"), said right after the missing columns. A sheet titled as a
    report cmo recognises (`report_named`: NVivo's Coding Summary by Code) is refused naming it and what to export
    instead, not its columns (trial BS 7)."""
    missing = [name for name in required if name not in columns]
    if missing and (report := report_named(_title_lines(table))):
        raise BadInput(f"{table.file}: this is {report}; nothing was imported.")
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise BadInput(
            f"{table.file}: {header_problem(table)} has no {_join(missing, 'and')} column{plural}{instead} "
            f"(found {', '.join(repr(h) for h in table.header)}){_misspelt(table.header, columns, missing)}."
        )


def _misspelt(header: Sequence[str], columns: dict[str, int], missing: Sequence[str]) -> str:
    """The header cells not read that a missing column's name looks misspelt as ('Mechansim' for 'mechanism', two letters
    swapped; 'Outcom'), for the refusal to name with what to do; '' where none does. Said, never read so: a cell that is
    only near a name may be a column of the team's own (trial E2: a sheet headed 'Mechansim' was refused as having no
    'mechanism' column, the cell named among all the others)."""
    unread = {header_key(name): name.strip() for index, name in enumerate(header) if index not in columns.values()}
    near = [
        f"'{unread[close[0]]}' looks like '{name}' misspelt"
        for name in missing
        if len(name) > 3 and (close := difflib.get_close_matches(name, [key for key in unread if key], n=1, cutoff=0.8))
    ]
    return f"; {_join_said(near)}: correct the header and import again" if near else ""


def _join_said(said: Sequence[str]) -> str:
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def _join(names: Sequence[str], last: str) -> str:
    quoted = [f"'{n}'" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" {last} " + quoted[-1]


@dataclass(frozen=True)
class CitedWork:
    """What a message, or a choice among works a cell could mean, needs of one: the name it is cited by (its first
    author's family name, or the body that wrote it: `normalise.cited_by`), its citation, and its screening."""

    name: str
    citation: str
    status: str = "unscreened"
    reason: str = ""
    title: str = ""
    screening: str = ""
    """The word listings show for its screening (`Source.screening`): 'maybe' for one screened, not yet decided, where
    `status` says unscreened (trial CX: 'reeve2011hidden is unscreened' of a report the team had marked maybe)."""


def _screening_said(work: CitedWork) -> str:
    """A work's screening in a sentence: 'included', 'excluded', 'unscreened', or 'marked maybe (screened, not yet
    decided)'."""
    return "marked maybe (screened, not yet decided)" if work.screening == "maybe" else work.status


_TITLE_WORDS = 4
"""The fewest words a cell has for a title to be suggested for it: fewer read as a name or a citation."""


class SourceNames(dict):
    """A review's other names for its sources (`commands.sources.key_aliases`), and their titles, read only when a
    cell is named by nothing else: a review's titles take longer to read than its other names."""

    def __init__(
        self,
        names: Mapping[str, str],
        titles: Callable[[], Mapping[str, str]],
        several: Mapping[str, list[str]] | None = None,
        works: Callable[[list[str]], Mapping[str, str]] | None = None,
        cited: Callable[[list[str]], Mapping[str, CitedWork]] | None = None,
        known: Mapping[str, CitedWork] | None = None,
    ):
        """`several`: an author-year handle several sources share → their keys; `works(keys)`: each one's title,
        journal and publisher, read for the few a cited cell could mean (`by_citation_and_more`); `cited(keys)`: how
        each is cited and screened (`CitedWork`), read for the few a body's other name could mean (`bodies_named`) or
        that a choice is said of; `known`: those already read."""
        super().__init__(names)
        self._several = several or {}
        self._works = works
        self._load_titles = titles
        self._titles: Mapping[str, str] | None = None
        self._starts: dict[str, set[int]] = {}
        """A title's first two words → the lengths, in words, of the titles that begin with them."""
        self._load_cited = cited
        self._cited: dict[str, CitedWork] = dict(known or {})
        self._by_year: dict[str, list[tuple[str, list[str]]]] | None = None
        self._bodies: dict[str, set[str]] = {}

    def cited_works(self, keys: Iterable[str]) -> dict[str, CitedWork]:
        """How each of these sources is cited and screened, read once each."""
        wanted = [key for key in dict.fromkeys(keys) if key not in self._cited]
        if wanted and self._load_cited is not None:
            self._cited.update(self._load_cited(wanted))
        return {key: self._cited[key] for key in keys if key in self._cited}

    def sharing(self, handle: str) -> list[str]:
        """The keys of the sources an author-year handle names: one, several, or none."""
        return [self[handle]] if handle in self else list(self._several.get(handle, ()))

    def bodies_named(self, cell: str) -> set[str]:
        """The sources of the cell's year cited by a body the cell names in another form of its name (`same_body`):
        "NICE 2015" for the National Institute for Health and Care Excellence's, "National Health Service England 2019"
        for NHS England's, "DHHS 2020" for a catalogue's "United States. Department of Health and Human Services" (a
        unit after its parent: `_parent_bodies`, so the first letters need not agree). The handles of that year whose
        letters could hold the cell's, or the cell's theirs, are the only works read (`cited_works`)."""
        if cell in self._bodies:
            return self._bodies[cell]
        found: set[str] = set()
        cited = _body_cited(cell)
        if cited is not None:
            name, year = cited
            folded = _folded_name(name)
            candidates = {
                key: other
                for other, keys in self._handles_of_year().get(year, ())
                if folded and other != folded and _letters_in(*sorted((folded, other), key=len))
                for key in keys
            }
            works = self.cited_works(list(candidates))
            found = {
                key
                for key, other in candidates.items()
                if key in works
                and same_body(name, works[key].name)
                and (other[:1] == folded[:1] or _parent_bodies(works[key].name))  # a unit's may open otherwise, no other's
            }
        self._bodies[cell] = found
        return found

    def named_in_part(self, cell: str) -> set[str]:
        """Where no source is cited by a citation's own name, the sources of its year cited by a name it gives part of
        (`_parts_cited`): the first or last word of a family name of two or three ("Kjøllesdal 2011" for Råberg
        Kjøllesdal's, "García 2019" for García Márquez's), the first of the bodies a name lists ("International Diabetes
        Federation 2016" for "International Diabetes Federation and DAR International Alliance"), a body's name without
        its note in brackets ("Barnardo's 2017" for "Barnardo's (Smith N)"). Trial AL: refused with no suggestion."""
        handles = author_year_handles(cell[:CITATION_LENGTH])
        if not handles or any(self.sharing(handle) or "?" + handle in self for handle in handles):
            return set()
        name, _, year = handles[-1][1:].rpartition(" ")
        if len(name) < 3:
            return set()
        candidates = {
            key: other
            for other, keys in self._handles_of_year().get(year, ())
            if other != name and (other.startswith(name) or other.endswith(name))
            for key in keys
        }
        works = self.cited_works(list(candidates))
        found = {key for key in candidates if key in works and name in _parts_cited(works[key].name)}
        letter = handles[0][1:].rpartition(" ")[2].removeprefix(year) if len(handles) > 1 else ""
        by_letter = {key for key in found if self.get(f"@{candidates[key]} {year}{letter}") == key}
        return by_letter if letter and by_letter else found  # "Kjøllesdal 2011a": the work lettered so

    def _handles_of_year(self) -> dict[str, list[tuple[str, list[str]]]]:
        """Year → each name sources of that year are cited by (folded, as in their handles) and their keys."""
        if self._by_year is None:
            self._by_year = {}
            for alias in self:
                handle = alias.removeprefix("?")
                if not handle.startswith("@"):
                    continue
                name, _, year = handle[1:].rpartition(" ")
                if re.fullmatch(r"\d{4}|n\.d\.", year):
                    self._by_year.setdefault(year, []).append((name, self.sharing(handle)))
        return self._by_year

    def by_title(self, cell: str) -> str | None:
        """The one source whose title the cell holds, whole or its main title (a reference pasted whole): none where
        it holds two sources' titles (`Store.title_aliases` keeps only titles one source has). Each word of the cell
        is tried only as the start of the titles that begin with it and the next, so a long cell costs no more than
        its words."""
        titles = self._read_titles()
        words = fold(cell).split()
        named = set()
        for at in range(len(words) - 1):
            for length in self._starts.get(f"{words[at]} {words[at + 1]}", ()):
                if (key := titles.get(" ".join(words[at : at + length]))) is not None:
                    named.add(key)
        return named.pop() if len(named) == 1 else None

    def _read_titles(self) -> Mapping[str, str]:
        if self._titles is None:
            self._titles = self._load_titles()
            for title in self._titles:
                first, second, _ = title.split(" ", 2)
                self._starts.setdefault(f"{first} {second}", set()).add(title.count(" ") + 1)
        return self._titles

    def nearest_title(self, cell: str) -> str | None:
        """The source a mistyped title most likely names, for "did you mean": the one whose title, or its start as many
        words long as the cell (a title typed in part), is nearest the cell by the one rule (`closest_index`); none
        for a cell of few words, or where that start is two sources'."""
        words = fold(cell).split()
        if len(words) < _TITLE_WORDS:
            return None
        starts: dict[str, set[str]] = {}
        for title, key in self._read_titles().items():
            starts.setdefault(title, set()).add(key)
            starts.setdefault(" ".join(title.split()[: len(words)]), set()).add(key)
        choices = list(starts)
        found = closest_index(" ".join(words), choices)
        keys = starts[choices[found]] if found is not None else set()
        return next(iter(keys)) if len(keys) == 1 else None

    def fits_work(self, name: str, key: str) -> bool:
        """Whether a name written for a work is made of its words (its title, journal or publisher), each the start of
        one, the small words aside, or initials of them: "Grandmentors" for "Grandmentors review: final report"."""
        words = [word for word in _fold_unelided(name).split() if word not in JOINING_WORDS]
        if not words or self._works is None:
            return False
        work = self._works([key]).get(key, "").partition(KIND_MARK)[0]
        return _words_of(words, _fold_unelided(work).split()) or _initials_in(name, work)

    def by_citation_and_more(self, cell: str) -> str | None:
        """The one source a citation followed by more names (`cited_with_more`): a reference number ("Schlief et al.
        2022 [12]") when the citation names one source, or words of its title, journal or publisher, each the start of
        one ("Cooper 2024 (Lancet Psychiatry)", "Kirsh 2007 Qual Saf Health Care", "Smith 2019 housing"),
        which also tell apart works cited alike; a body's citation by another form of its name too ("PHE 2016 toolkit"
        for Public Health England's 2016 toolkit, `bodies_named`: trial BV 5). More that names another year is another
        citation: none."""
        fitting = self.fitting_citation_and_more(cell)
        return fitting[0] if fitting is not None and len(fitting) == 1 else None

    def fitting_citation_and_more(self, cell: str, kinds: bool = False) -> list[str] | None:
        """The sources a citation followed by more could be (`by_citation_and_more`), every one its more fits; None where
        the cell is no citation followed by more. `kinds`: the words the work's kind is called by count as its words too
        (`KIND_MARK`: a document's name 'Hartman ECCMID 2023 abstract', `KeyIndex._year_named_later`)."""
        cited = cited_with_more(cell)
        if cited is None or self._works is None:
            return None
        handles, more = cited
        keys = next((keys for h in handles if (keys := self.sharing(h))), [])
        if not keys and not any("?" + handle in self for handle in handles):
            keys = sorted(self.bodies_named(cell[:CITATION_LENGTH].removesuffix(more)))
        if not keys or parse_year(more) is not None:
            return None
        words = [word for word in _fold_unelided(more).split() if word not in JOINING_WORDS]
        if not words or _REFERENCE_NUMBER.fullmatch(more):
            return keys if len(keys) == 1 else None
        works = [
            (key, work.replace(KIND_MARK, " ") if kinds else work.partition(KIND_MARK)[0])
            for key, work in self._works(keys).items()
        ]
        return [key for key, work in works if _words_of(words, _fold_unelided(work).split()) or _initials_in(more, work)]


KIND_MARK = "\x1f"
"""What parts a work's words (`SourceNames` works: title, journal, publisher) from the words its kind of work is called
by ('abstract' for a conference abstract), which a document's name is read by (`KeyIndex._year_named_later`), and a
citation of works cited alike (`KeyIndex.resolve`)."""


_NAMED_THEN_CITED = re.compile(r"^\s*(?P<name>[^()\[\]]*[^\W\d][^()\[\]]*?)\s*[(\[](?P<cited>[^()\[\]]+)[)\]]\s*$")
"""A cell naming a work and then citing it in brackets: "Keep on Caring (HMG 2016)" (`KeyIndex._named_then_cited`)."""
_THE_ONE_SO_CITED = "the one source of that author and year"
_TWO_NAMES_THEN_YEAR = re.compile(
    r"^\s*(?P<one>[^\W\d_][\w'\u2019-]*)\s+(?P<two>[^\W\d_][\w'\u2019-]*)\s*,?\s+\(?(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\)?"
    r"(?P<rest>(?:\W.*)?)$"
)
"""Two family names and a year with nothing joining the names ("Levenson Willis 2019", "Vaswani Paul 2019 Howard"):
`KeyIndex._two_authors_unjoined`."""
"""Why a citation with a note after it was read as a work (`KeyIndex._the_one_of_that_author_and_year`)."""
_WORDS_BEFORE_THE_YEAR = re.compile(
    r"^\s*(?P<author>[^\W\d_][\w'\u2019-]*)\s+(?P<between>(?:[^\W\d_][\w'\u2019.-]*\s+){1,3}?)"
    r"\(?(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\)?(?P<rest>(?:\s.*)?)$"
)
"""A document's name with one to three words between its first author and its year ("Kistler JAGS 2017", "Verenso
richtlijn UWI 2018"): `KeyIndex._year_named_later`."""
_WORDS_OF_A_FILES_NAME = "the words between its author and year in the document's name taken as a note"
_WORDS_OF_ITS_KIND = "the words after its year in the document's name being what its kind of work is called"
"""Why a document's name was read as the one work of its citation whose kind it names (`KeyIndex._of_its_kind`)."""
"""Why a document's name was read as a work (`KeyIndex._year_named_later`)."""
_WORDS_OF_ITS_KIND_TYPED = "the words after its year being what its kind of work is called"
"""Why a citation typed with the words its kind of work is called by after it ("Kellett 2021 preprint", "Smith 2019
conference abstract") was read as the one work of that author and year of that kind, where several are cited alike
(`KeyIndex.resolve`): trial H7, a preprint beside the same team's conference abstract of one year was refused."""
_NOTE_AFTER = re.compile(r"\s*[(\[][^()\[\]\d]*[)\]]\s*$")
"""A note in brackets after a citation, with no year in it: "Skarpaas 2019 (thesis)"."""


_APOSTROPHE_IN_A_WORD = re.compile(r"(?<=[^\W\d_])['\u2019](?=[^\W\d_])")


def _fold_unelided(text: str) -> str:
    """`fold`, an apostrophe inside a word taken out first rather than splitting it: a file or document name drops the
    apostrophes a title has ("Johns Campaign" for "John's Campaign", "Childrens Commissioner"), and "John's" and "Johns"
    are then one word (trial DB: ATLAS.ti's document 'Johns Campaign (Gerrard & Jones 2014).pdf' was no source)."""
    return fold(_APOSTROPHE_IN_A_WORD.sub("", text))


def _words_of(words: list[str], work: list[str]) -> bool:
    """Each word is one of the work's or the start of one, as journals are abbreviated ("J Urban Health")."""
    return all(any(had.startswith(word) for had in work) for word in words)


def _initials_in(more: str, work: str) -> bool:
    """Whether what follows a citation is one word of initials (`INITIALS`) that abbreviate words of the work, as a
    journal is known by its initials (`initials_of`): "CMAJ" for the Canadian Medical Association Journal, "BMJ",
    "JAMA" for the Journal of the American Medical Association, small words left out."""
    initials = _name_words(more.strip(" ()[]"))
    if len(initials) != 1 or not INITIALS.fullmatch(initials[0]):
        return False
    words = _name_words(work)
    spans = ((start, end) for start in range(len(words)) for end in range(start + 2, len(words) + 1))
    return any(initials_of(initials, words[start:end]) for start, end in spans)


_NAME_BEFORE_YEAR = re.compile(r"^[(\[\s]*(?P<name>[^\d\n]+?)[\s,;(\[]*(?:(?:1[5-9]|20)\d\d|n\.\s?d\.?)[)\].\s]*$", re.I)
"""A citation's name before its year, brackets and commas aside: "RCN (2019)", "(NICE, 2015)", "NHS England 2019"."""
_MAY_BE_BODY = re.compile(r"[A-Z][a-z]?[A-Z]|\S\s+(?!et\b|al\b)[^\s\d(\[]")
"""Initials, or a second word other than "et al.": what a body's name has and "Schlief et al. 2022" has not, looked
for before the name is read (`_body_cited`), as most citations name people."""
_BRACKETED = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")


def _body_cited(cell: str) -> tuple[str, str] | None:
    """The name and year of a citation without a letter (`author_year_handles`), the name as written, where the name
    opens with initials ("NICE", "NHS England") or is long enough to be initialled (two words or more besides small
    ones): names such as "Schlief et al." are neither, and no work need be read for them."""
    found = _NAME_BEFORE_YEAR.match(cell[: CITATION_LENGTH * 2]) if _MAY_BE_BODY.search(cell) else None
    words = _name_words(found["name"]) if found else []
    spelled = _name_words(re.sub(r"[()\[\]]", " ", found["name"])) if found else []  # its longer name in brackets (trial AJ)
    if not words or not (INITIALS.fullmatch(words[0]) or sum(w.lower() not in JOINING_WORDS for w in spelled) >= 2):
        return None
    handles = author_year_handles(cell)
    return (found["name"], handles[0].rpartition(" ")[2]) if len(handles) == 1 else None


_BILINGUAL = re.compile(r"\s+/\s+")
"""The slash, spaced, between the names of a body that names itself in two languages ("Llywodraeth Cymru / Welsh
Government", "Statistique Canada / Statistics Canada"): each is the body's name, and a citation gives either."""


def _parts_cited(name: str) -> set[str]:
    """The parts of a name a citation may give for the whole (`SourceNames.named_in_part`), folded as handles are: a
    body's name without its note in brackets; each of the names a bilingual body gives itself (`_BILINGUAL`: trial CI,
    "Welsh Government 2023" refused for "Llywodraeth Cymru / Welsh Government"); its first words (`_name_opening`); the
    first of the names a name lists with "and", "&" or ";", where it has two words or more besides small ones (a
    body's, not "Health" of the Health and Safety Executive); else the first and the last word of a family name of two
    or three words, particles aside ("van", "de"), as double family names are cited by one of them."""
    parts, whole = set(), _folded_name(name)
    if _BRACKETED.search(name) and (bare := _BRACKETED.sub(" ", name).strip()):
        parts.add(_folded_name(bare))
        name = bare
    for named in _BILINGUAL.split(name) if _BILINGUAL.search(name) else ():
        if sum(word not in JOINING_WORDS for word in fold(named).split()) >= 2:
            parts.add(_folded_name(named))
    listed = [part for part in re.split(r"\s+(?:and|&)\s+|\s*;\s*", name, flags=re.I) if part.strip()]
    words = [word for word in fold(name).split() if word not in NAME_PARTICLES]
    if len(listed) > 1:
        if sum(word not in JOINING_WORDS for word in fold(listed[0]).split()) >= 2:
            parts.add(_folded_name(listed[0]))
    elif 2 <= len(words) <= 3 and not set(words) & JOINING_WORDS:
        parts.update(word for word in (words[0], words[-1]) if len(word) >= 3)
    parts.update(_name_opening(name))
    return parts - {whole}


def _name_opening(name: str) -> set[str]:
    """The openings of a body's name a citation gives for the whole, as a body is cited by its first words ("Scottish
    Government 2018" for the Scottish Government Polypharmacy Model of Care Group's guidance; trial AP: refused while
    "DHSC 2021" resolved): each run of its first words with two or more besides small ones, ending on one of those, in
    a name of four words or more (one with fewer is a person's family name, read by its first and last word), or of
    three that is a body's (`body_name`: "Childsmile evaluation 2019" for the Childsmile Evaluation Team's, trial BV 5)."""
    words = fold(name).split()
    if len(words) < 3 or (len(words) == 3 and not body_name(name)):
        return set()
    return {
        "".join(words[:end])
        for end in range(2, len(words))
        if words[end - 1] not in JOINING_WORDS and sum(word not in JOINING_WORDS for word in words[:end]) >= 2
    }


def _folded_name(name: str) -> str:
    """A name as its handle holds it (`author_year_handle`): folded, without spaces."""
    return fold(name).replace(" ", "")


def _letters_in(short: str, long: str) -> bool:
    """Whether the letters of `short` are in `long` in order, as a name's initials and words are in the name."""
    letters = iter(long)
    return all(letter in letters for letter in short)


def _name_words(name: str) -> list[str]:
    """A body's name word by word, its bracketed abbreviation aside: "Centers for Disease Control and Prevention"."""
    words = re.split(r"[\s/,;:]+", _BRACKETED.sub(" ", name).replace("&", " and "))
    return [word for word in (w.strip(".'’\"-") for w in words) if word]


def same_body(one: str, other: str) -> bool:
    """Whether two names cite one body: one is the other's initials (`initials_of`), or the abbreviation it gives in
    brackets ("National Institute for Health and Care Excellence (NICE)"), or its name beside it."""
    ones, others = (_names_of(name) for name in (one, other))
    return any(
        [_folded_name(w) for w in a] == [_folded_name(w) for w in b] or initials_of(a, b) or initials_of(b, a)
        for a in ones
        for b in others
    )


def _names_of(name: str) -> list[list[str]]:
    """A body's name word by word, the initials it gives in brackets as a name of their own, and the bodies it names as
    a unit's parent (`_parent_bodies`), as a unit's work is cited by its parent's name ("WHO 2021" for the World Health
    Organization Regional Office for Europe's)."""
    dashed = [part for part in _NAME_DASH.split(name) if part.strip()]
    beside = [_name_words(part) for part in dashed] if len(dashed) == 2 else []  # "SBU – Statens beredning …" (trial AH)
    bracketed = [[inner.strip()] for inner in _BRACKETED.findall(name) if INITIALS.fullmatch(inner.strip())]
    return [_name_words(name), *beside, *bracketed, *_parent_bodies(name)]


_UNIT_AFTER = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z])|,\s+(?=[A-Z])")
"""Where a body's name goes on to one of its units: a full stop, as library catalogues write a subordinate body (MARC
field 110 $a $b: "World Health Organization. Regional Office for Europe", "United States. Department of Health and Human
Services"), or a comma ("Heriot-Watt University, Institute for Social Policy")."""

_UNIT_JOINERS = JOINING_WORDS - {"a", "an", "the", "and", "et", "al"}
"""The words a unit's name joins its head to what it serves by ("Office for Europe", "Council on Hypertension")."""


def _parent_bodies(name: str) -> list[list[str]]:
    """The bodies a body's name names before one of its units, word by word: the name before a full stop or a comma
    that opens a unit (`_UNIT_AFTER`) and the unit after it, and, written with no mark between them, each opening run
    of words of two or more that the rest follows as a unit's name: capitalised words, then a word joining them to what
    the unit serves, then what it serves ("World Health Organization" of the "World Health Organization Regional
    Office for Europe", "National Institutes of Health" of the "National Institutes of Health Office of Dietary
    Supplements"). A name whose rest goes on with "and" ("National Institute for Health and Care Excellence") or with no
    joining word ("National Institute of Health Research") is one body's name, not a unit's. A person's "Family, Given"
    is no body."""
    if a_person(name):
        return []
    parents = []
    marked = _UNIT_AFTER.split(_BRACKETED.sub(" ", name))
    if len(marked) > 1:  # the parent, and the unit as a body of its own ("HHS" of "United States. Department of …")
        parents.extend(words for part in (marked[0], marked[-1]) if len(words := _name_words(part)) >= 2)
    words = _name_words(name)
    for end in range(2, len(words) - 2):
        head, rest = words[:end], words[end:]
        if (
            head[-1].lower() not in JOINING_WORDS
            and rest[0][:1].isupper()
            and rest[0].lower() not in JOINING_WORDS
            and rest[-1].lower() not in JOINING_WORDS
            and (joined := next((i for i, word in enumerate(rest[1:-1], 1) if word.lower() in _UNIT_JOINERS), 0))
            and not any(word.lower() == "and" for word in rest[:joined])
        ):
            parents.append(head)
    return parents


_NAME_DASH = re.compile(r"\s+[-–—]\s+")
"""A dash between a body's abbreviation and its name, as bodies sign themselves: "SBU – Statens beredning för …"."""


_REFERENCE_NUMBER = re.compile(r"\W*(?:ref(?:erence)?\.?\s*|no\.?\s*|#)?\d{1,4}\W*", re.I)
"""A reference-list number after a citation: "[12]", "(ref 12)", "#12"."""


def path_names(value: str) -> list[str]:
    """The names a cell written as a path in a qualitative-analysis project may give, deepest first: NVivo names a
    file or node by where it sits ("Internals\\Becker 2004", "Nodes\\Reachable moment\\Bedside", its coding summary
    "<Files\\Becker 2004>"), so each part under the root folder is tried as the name. [] where the cell is no path."""
    parts = [part.strip() for part in value.strip().strip("<>").split("\\")]
    parts = [part for part in parts if part]
    return parts[1:][::-1] if len(parts) > 1 else []


_DOCUMENT_FILE = re.compile(r"(?<=\S)\.(?:pdf|docx?|odt|rtf|txt|html?|epub)\s*$", re.I)
"""The extension of a document's file name, as qualitative-analysis tools name a document by the file it was added
from (ATLAS.ti's and MAXQDA's 'Document': "Greenhalgh et al 2006.pdf")."""


def as_document_named(value: str) -> str:
    """A source cell written as a document's file name, read as the name before its extension ("Becker 2004.pdf" as
    "Becker 2004") and with the underscores a file name has for spaces as spaces ("Morris_2019_PSE" as "Morris 2019
    PSE", trial BD: MAXQDA's documents named by their files); any other cell as it is."""
    stem = _DOCUMENT_FILE.sub("", value).strip()
    return " ".join(stem.replace("_", " ").split()) if "_" in stem and " " not in stem else stem


_NAME_LISTS = (re.compile(r"\s*[;\n|]\s*"), re.compile(r"\s*(?:,|&|\band\b)\s*", re.I))
"""How a cell lists sources (`KeyIndex.resolve_each`): the strong separators first, so "Schlief et al., 2022; Johnson
et al., 2021" splits at its semicolon, not at the commas inside each citation."""


class KeyIndex:
    """Source keys, matched exactly first, then as another name of one source (`aliases`: a team's own citation
    key, first author and year as "Schlief et al. (2022)", a body by its initials as "NICE 2015"), then ignoring case
    when that is unambiguous."""

    def __init__(
        self,
        keys: Collection[str],
        aliases: Callable[[], Mapping[str, str]] | None = None,
        *,
        prefer_included: bool = False,
        noted: bool = False,
        first_author_only: bool = False,
    ):
        """`aliases` is called once, at the first key not found: most sheets never need it. `prefer_included`: a
        citation several works answer to names the one of them that is included, where one is (a coding sheet: a
        statement is coded from an included work); each such reading is kept in `chosen`, to be said
        (`said_of_choices`). A sheet deciding screening never prefers: the excluded work may be the one meant. `noted`
        (and `prefer_included`): a team's sheet, where words after a citation may be the team's note ("Wong 2021
        (thesis)", `_the_one_of_that_author_and_year`); a name typed at the command line is read exactly ('Kirsh 2007
        (Lancet Psychiatry)' names no work printed elsewhere). `first_author_only`: the cells cite every work by its first
        author alone, whatever its authors (EPPI-Reviewer's ShortTitle 'Akhavan (2012)'), so a work cited so elsewhere is
        no likelier meant than its co-authored namesake (`_cited_as_written` does not choose)."""
        self._first_author_only = first_author_only
        self._keys = keys if isinstance(keys, (set, frozenset, dict)) else set(keys)
        self._load_aliases = aliases
        self._aliases: Mapping[str, str] | None = None
        self._by_lower: dict[str, str | None] | None = None
        self.suggester = _KeySuggester(self._keys, self)
        self._prefer_included = prefer_included
        self._noted = noted or prefer_included
        self.chosen: dict[str, str] = {}
        """Each citation read as one work of those it could mean (the one included, or the one cited exactly so), and
        that work's key."""
        self._chosen_why: dict[str, str] = {}

    def is_key(self, value: str) -> bool:
        """Whether a value is a source's key exactly, as written (no other name of it read)."""
        return value in self._keys

    def resolve(self, value: str) -> str | None:
        if value in self._keys:
            return value
        in_path = next((key for name in path_names(value) if (key := self.resolve(name)) is not None), None)
        if in_path is not None:  # NVivo's "Internals\\Becker 2004": the file's name, under the folders it sits in
            return in_path
        stem = as_document_named(value)  # ATLAS.ti's "Becker 2004.pdf", MAXQDA's "Morris_2019_PSE"
        if stem != value and (key := self.resolve(stem)) is not None:
            return key
        if stem != value and (key := self._year_named_later(stem)) is not None:
            return key  # "Kistler_JAGS_2017.pdf": the file's words between its author and year
        if stem != value and self.resolve(stem) is None and (key := self._of_its_kind(stem)) is not None:
            self.chosen[stem] = key  # "Hartman 2023 abstract.pdf": the conference abstract, said
            self._chosen_why[stem] = _WORDS_OF_ITS_KIND
            return key
        label = without_matrix_index(value)  # NVivo's matrix row "12 : Becker 2004": the case's name after its index
        if label != value and (key := self.resolve(label)) is not None:
            return key
        title = without_link(value)  # Notion's relation "Schell 2012 (https://www.notion.so/…)": the linked page's title
        if title != value and (key := self.resolve(title)) is not None:
            return key
        if self._aliases is None:
            self._aliases = self._load_aliases() if self._load_aliases else {}
        if value in self._aliases:
            return self._aliases[value]
        handles = author_year_handles(value)
        for handle in handles:  # "Wildman 2019a" by its letter, before "Wildman 2019"
            if handle in self._aliases:
                key = self._aliases[handle]
                if self._bodies(value) - {key}:
                    return self._included_one(value)  # "WHO 2018": two bodies
                if handle != handles[-1] and "?" + handles[-1] in self._aliases:  # the letter alone told them apart
                    self.chosen[value] = key
                    self._chosen_why[value] = "as its letter says: works cited alike are lettered by their titles' order"
                return key
        if handles and not any("?" + handle in self._aliases for handle in handles) and len(bodies := self._bodies(value)) == 1:
            return next(iter(bodies))
        doi = normalise_doi(value)
        if doi and doi_alias(doi) in self._aliases:
            return self._aliases[doi_alias(doi)]
        if " " in value.strip() and (by_title := self._by_title(value)):
            return by_title
        if isinstance(self._aliases, SourceNames) and (cited := self._aliases.by_citation_and_more(value)):
            return cited
        if (fitting := self._included_one_fitting(value)) is not None:
            return fitting
        if self._by_lower is None:
            self._by_lower = {}
            for key in self._keys:
                lowered = key.lower()
                self._by_lower[lowered] = None if lowered in self._by_lower else key
        found = self._by_lower.get(value.lower())
        if found is not None:
            return found
        return (
            self._named_then_cited(value)
            or self._cited_as_written(value)
            or self._of_its_kind_typed(value)
            or self._included_one(value)
            or self._the_one_of_that_author_and_year(value)
            or self._two_authors_unjoined(value)
        )

    def _of_its_kind_typed(self, value: str) -> str | None:
        """The one work of those a typed citation with more words after it could mean ("Kellett 2021 preprint" beside
        Kellett's 2021 conference abstract) that is of the kind those words call it (`_of_its_kind`), kept in `chosen`,
        to be said; None where the citation names one work alone, or no one work is of that kind."""
        if not isinstance(self._aliases, SourceNames):
            return None
        shared = author_year_handles(value) or (cited_with_more(value) or ([], ""))[0]  # a citation, then more
        if not any("?" + handle in self._aliases for handle in shared) or (kind := self._of_its_kind(value)) is None:
            return None
        self.chosen[value] = kind
        self._chosen_why[value] = _WORDS_OF_ITS_KIND_TYPED
        return kind

    def _of_its_kind(self, cited: str) -> str | None:
        """The one work of those a document's name cites ("Hartman 2023 abstract") whose words, with the words its kind
        of work is called by (`KIND_MARK`: a conference abstract is an 'abstract'), hold every word after the citation;
        the caller says what it was read as. None where no one work does (both are then listed, as before)."""
        if not isinstance(self._aliases, SourceNames):
            return None
        fitting = self._aliases.fitting_citation_and_more(cited, kinds=True)
        return fitting[0] if fitting is not None and len(fitting) == 1 else None

    def _year_named_later(self, stem: str) -> str | None:
        """The source a document's file name names by its first author and year with words between them, as people
        name their files ("Kistler_JAGS_2017.pdf", "Verenso richtlijn UWI 2018.pdf"): the name read with its year
        right after the author ("Kistler 2017 JAGS") names one source, the words a note or its journal's or title's
        words (`_the_one_of_that_author_and_year`, `by_citation_and_more`); kept in `chosen`, to be said. Only a
        document's name (a file's extension or underscores): a cell a person types names its citation in order. Trial
        E2: MAXQDA's documents so named were refused as no source of the review."""
        found = _WORDS_BEFORE_THE_YEAR.match(stem)
        if found is None:
            return None
        moved = f"{found['author']} {found['year']} {found['between'].strip()}{found['rest']}"
        key = self.resolve(moved)
        key = key if key is not None else self._of_its_kind(moved)
        if key is None:
            return None
        self.chosen.pop(moved, None)
        self._chosen_why.pop(moved, None)
        self.chosen[stem] = key
        self._chosen_why[stem] = _WORDS_OF_A_FILES_NAME
        return key

    def _two_authors_unjoined(self, value: str) -> str | None:
        """The source a cell names by its two authors' family names with nothing between them, then its year
        ("Levenson Willis 2019"; a document's file "Vaswani_Paul_2019_Howard", as a team names a MAXQDA or ATLAS.ti
        document by its authors): the one work cited with those two authors and that year ("Levenson & Willis 2019"),
        any words after the year a note, said as such. A name of two words that is one author's ("Van Dijk 2019") is
        read before this, and two words that are not a work's two authors name none. Trial CU: MAXQDA's documents
        'Vaswani_Paul_2019_Howard' and 'Levenson Willis 2019' were refused as no source of the review."""
        found = _TWO_NAMES_THEN_YEAR.match(value)
        if found is None or not isinstance(self._aliases, SourceNames):
            return None
        cited = f"{found['one']} & {found['two']} {found['year']}"
        works = self._aliases.cited_works(self._could_be(cited))
        keys = [key for key, work in works.items() if fold(work.citation) == fold(cited)]
        if len(keys) != 1:
            return None
        if found["rest"].strip():
            self.chosen[value] = keys[0]
            self._chosen_why[value] = _THE_ONE_SO_CITED
        return keys[0]

    def _named_then_cited(self, value: str) -> str | None:
        """The source a cell names by a name of the work and then its citation in brackets ("Keep on Caring (HMG
        2016)", "Grandmentors (O'Leary et al 2017)", as Word tables of studies cite a named study): the one source the
        citation names, where the words before it are words of that work (its title, journal or publisher, each the
        start of one: `SourceNames.fits_work`). Trial AJ: refused with no key suggested."""
        found = _NAMED_THEN_CITED.match(value[:CITATION_LENGTH])
        if found is None or not isinstance(self._aliases, SourceNames) or not author_year_handles(found["cited"]):
            return None
        key = self.resolve(found["cited"].strip())
        return key if key is not None and self._aliases.fits_work(found["name"], key) else None

    def _cited_as_written(self, value: str) -> str | None:
        """Of the works an author-year citation could mean, the one cited exactly as the cell writes it, a note in
        brackets after it aside: "Skarpaas 2019 (thesis)" for the work cited "Skarpaas 2019", not those cited
        "Skarpaas et al. 2019a" and "2019b" (trial AH: refused as ambiguous). Kept in `chosen`, to be said."""
        if not isinstance(self._aliases, SourceNames) or self._first_author_only:
            return None
        cited = _NOTE_AFTER.sub("", value).strip()
        keys = self._could_be(cited)
        works = self._aliases.cited_works(keys) if len(keys) > 1 else {}
        exact = [key for key, work in works.items() if fold(work.citation) == fold(cited)]
        if len(exact) != 1:
            return None
        if self._prefer_included and works[exact[0]].status != "included" and any(w.status == "included" for w in works.values()):
            return None  # an excluded twin is cited without the letter the included works have: not what a team cites
        self.chosen[value] = exact[0]
        self._chosen_why[value] = "the one cited exactly so"
        return exact[0]

    def _the_one_of_that_author_and_year(self, value: str) -> str | None:
        """A citation with a note after it that names no other year and is no words of the work ("Wong 2021 (thesis)",
        "Okamoto 2016 (PhD)", "NICE 2018 NG107"), on any sheet naming sources by citation (coding, screening, appraisal):
        read as the one source of that author and year, where only one is, and kept in `chosen`, to be said by row
        (`said_of_choices`); where two or more are, none (the cell is refused naming them). No preference is involved, so
        a screening sheet reads it as a coding sheet does. Trial BU 7: such cells were refused, though `sources show`
        found the one work."""
        if not self._noted or not isinstance(self._aliases, SourceNames):
            return None
        cited = cited_with_more(value)
        if cited is None or parse_year(cited[1]) is not None:  # "Wong 2021, Lee 2019": another citation after it
            return None
        keys = self._could_be(value[: len(value) - len(cited[1])])  # the citation before the note: "NICE 2018"
        if len(keys) != 1:
            return None
        self.chosen[value] = keys[0]
        self._chosen_why[value] = _THE_ONE_SO_CITED
        return keys[0]

    def _by_title(self, value: str) -> str | None:
        return self._aliases.by_title(value) if isinstance(self._aliases, SourceNames) else None

    def by_title(self, value: str) -> str | None:
        """The one source whose title a cell gives (a sheet's own title column), or None."""
        if self._aliases is None:
            self._aliases = self._load_aliases() if self._load_aliases else {}
        return self._by_title(value)

    def could_be(self, value: str) -> list[str]:
        """Every source an author-and-year citation answers to (`_could_be`)."""
        if self._aliases is None:
            self._aliases = self._load_aliases() if self._load_aliases else {}
        return self._could_be(value)

    def _bodies(self, value: str) -> set[str]:
        """The sources a citation names by another form of a name they are cited by: a body's (`bodies_named`), or,
        where none is cited by its own name, part of one (`named_in_part`)."""
        if not isinstance(self._aliases, SourceNames):
            return set()
        return self._aliases.bodies_named(value) or self._aliases.named_in_part(value)

    def _could_be(self, value: str) -> list[str]:
        """Every source a citation answers to: those of its author and year, and those of a body it names by another
        form of its name (`SourceNames.bodies_named`)."""
        if not isinstance(self._aliases, SourceNames):
            return []
        handles = author_year_handles(value) or (cited_with_more(value) or ([], ""))[0]  # "Smith 2019 [4]" too
        keys = next((keys for handle in handles if (keys := self._aliases.sharing(handle))), [])
        return list(dict.fromkeys([*keys, *sorted(self._bodies(value))]))

    def _included_one_fitting(self, value: str) -> str | None:
        """Where included works are preferred, the one included work of those the words after a citation fit
        (`SourceNames.fitting_citation_and_more`: 'Kildea et al. 2019 (EClinicalMedicine)' fits the paper and its
        excluded twin another database gave, not the same authors' other 2019 paper): trial CB read it as the excluded
        twin, cited without the letter the included works have. Kept in `chosen`, to be said."""
        if not self._prefer_included or not isinstance(self._aliases, SourceNames):
            return None
        fitting = self._aliases.fitting_citation_and_more(value) or []
        works = self._aliases.cited_works(fitting) if len(fitting) > 1 else {}
        included = [key for key, work in works.items() if work.status == "included"]
        if len(included) != 1:
            return None
        self.chosen[value] = included[0]
        self._chosen_why[value] = "the one included of those the words after its citation fit"
        return included[0]

    def _included_one(self, value: str) -> str | None:
        """Where included works are preferred (`prefer_included`), the one included work of those a citation could
        mean; None where it could mean one or none, or more than one is included, and on any other sheet."""
        if not self._prefer_included or not author_year_handles(value) or not isinstance(self._aliases, SourceNames):
            return None
        keys = self._could_be(value)
        works = self._aliases.cited_works(keys) if len(keys) > 1 else {}
        included = [key for key, work in works.items() if work.status == "included"]
        if len(included) != 1:
            return None
        self.chosen[value] = included[0]
        return included[0]

    def said_of_choices(
        self, file: str, rows: Iterable[tuple[int, list[str]]], column: int, held_only: bool = False
    ) -> list[str]:
        """One line for each citation read as the one included work of several (`prefer_included`): the rows (a
        table's, numbered) whose source cell (at `column`) holds it, the work it was read as, and what the others are,
        so a choice made for the team is never made unseen. `held_only`: only citations in that column, where a sheet
        names its source there and reads its other columns only to check them (a screening sheet's 'citation', which
        cmo's own export letters: 'Lee et al. 2020b' beside its key)."""
        if not self.chosen or not isinstance(self._aliases, SourceNames):
            return []
        holding: dict[str, list[int]] = {}
        for row, cells in rows:
            cell = cells[column] if column < len(cells) else ""
            for value in self.chosen:
                if value in cell or value in as_document_named(cell):  # "Vaswani_Paul_2019_Howard" read by its words
                    holding.setdefault(value, []).append(row)
        said = []
        for value, key in self.chosen.items():
            if held_only and value not in holding:
                continue
            if self._chosen_why.get(value) == _WORDS_OF_A_FILES_NAME:
                where = f"{row_list(holding[value])}: " if value in holding else ""
                work = self._aliases.cited_works([key]).get(key)
                said.append(
                    f"{file}: {where}the document '{value}' was read as {key}, cited '{work.citation if work else key}', "
                    "the words between its author and its year taken as a note: write the key where another work is meant"
                )
                continue
            cited = _NOTE_AFTER.sub("", value).strip()
            lettered = value in self._chosen_why and self._chosen_why[value].startswith("as its letter says")
            keys = self._aliases.sharing(author_year_handles(cited)[-1]) if lettered else self._could_be(cited)
            works = self._aliases.cited_works(keys)
            why = self._chosen_why.get(value, "the one of them included")
            if lettered:  # the team's letters may follow another order than the titles': each work is named by its title
                key_titled = f"{key} ('{works[key].title}')" if key in works else key
                others = [
                    f"{other} ('{works[other].title}') is cited '{works[other].citation}'"
                    for other in keys
                    if other != key and other in works
                ]
                where = f"{row_list(holding[value])}: " if value in holding else ""
                said.append(
                    f"{file}: {where}'{value}' was read as {key_titled}, {why} ({'; '.join(others)}): "
                    "write the key where another is meant"
                )
                continue
            if self._chosen_why.get(value) == _THE_ONE_SO_CITED:
                where = f"{row_list(holding[value])}: " if value in holding else ""
                cited_so = work.citation if (work := self._aliases.cited_works([key]).get(key)) else cited
                said.append(
                    f"{file}: {where}'{value}' was read as {key}, the one source cited '{cited_so}', the words after the "
                    "citation taken as a note: write the key where another work is meant"
                )
                continue
            others = [
                f"{other} is cited '{works[other].citation}'"
                if value in self._chosen_why
                else f"{other} is {_screening_said(works[other])}{f': {works[other].reason}' if works[other].reason else ''}"
                for other in keys
                if other != key and other in works
            ]
            where = f"{row_list(holding[value])}: " if value in holding else ""
            said.append(
                f"{file}: {where}'{value}' could be any of {', '.join(keys)}; it was read as {key}, {why} "
                f"({'; '.join(others)}): write the key where another is meant"
            )
        return said

    def resolve_each(self, value: str) -> list[str] | None:
        """The sources a cell names one after another ("Schlief 2022; Johnson 2021", "Foye 2022 & Troup 2022"), when it
        names no source as a whole: published CMOCs cite every source behind them. Split at semicolons, line breaks or
        bars first, else at commas, ampersands and "and"; a split counts only when every piece names a source, so "Foye
        & Troup 2022" (two authors of one work) or "Smith, J. 2019" never split into sources they do not name."""
        for separator in _NAME_LISTS:
            pieces = [piece for piece in separator.split(value) if piece.strip()]
            if len(pieces) < 2:
                continue
            keys = [self.resolve(piece.strip()) for piece in pieces]
            if all(keys) and len(set(keys)) > 1:
                return list(dict.fromkeys(keys))
        return None

    def refuse(self, problems: Problems, row: int, column: str, value: str, also: str = "") -> None:
        """One sentence for a source a sheet names that no single source answers to: the works it could mean (each with
        its lettered citation), else that there is none, with the nearest key or citation as a suggestion."""
        several = self.several(value)
        if several:
            problems.add(row, column, f"'{value}' could be any of {several}: write the key")
        else:
            problems.add(row, column, f"'{value}' is not a source in this review{also}", typo=value, suggester=self.suggester)

    def several(self, value: str) -> str | None:
        """The works an author-and-year citation could mean when more than one source answers to it, for the message:
        each with its citation; a document's name as the citation it is ("van Buul 2015 JAC.pdf": re-check RH1 read
        'Buul' as a word between 'van' and its year, and suggested one of three van Buul 2015 works), else by its first
        author and year (`_WORDS_BEFORE_THE_YEAR`: "Hartman ECCMID 2023 abstract.pdf", two Hartman 2023)."""
        stem = as_document_named(value)
        if stem == value:
            return self._several(value)
        found = _WORDS_BEFORE_THE_YEAR.match(stem)
        return self._several(stem) or (self._several(f"{found['author']} {found['year']}") if found else None)

    def _several(self, value: str) -> str | None:
        aliases = self._aliases or {}
        handles = author_year_handles(value) or (cited_with_more(value) or ([], ""))[0]  # "Smith 2019 [4]" too
        shared = next((aliases["?" + handle] for handle in handles if "?" + handle in aliases), None)
        if not self._bodies(value):
            return shared
        keys = self._could_be(value)
        works = self._aliases.cited_works(keys) if isinstance(self._aliases, SourceNames) and len(keys) > 1 else {}
        return ", ".join(f"{key} ({works[key].citation})" if key in works else key for key in keys) if works else None


_NO_YEAR = re.compile(r"[\s,(]+(?!(?:1[5-9]|20)\d\d)\d{4}[a-z]?\)?\s*$")
"""Four digits ending a citation that are no year ("Albasri 2108"): a year mistyped."""


def handles_near(value: str) -> tuple[frozenset[str], frozenset[str]]:
    """The years and families (as handles write them: "2007", "n.d.", "@kirsh") of the first author and year handles
    `KeyIndex.resolve` and its suggester read for one name: those of the years it writes, and those of the families it
    names in any year, for a year mistyped ("the name exact") or left out (`_KeySuggester._by_author`). A source cited by
    no such handle is none the name could be found by or suggest, so its handles need not be made (`Store.NameScope`)."""
    handles = author_year_handles(value)
    years = {*re.findall(r"\d{4}", value), *(handle.rpartition(" ")[2] for handle in handles)}
    families = {handle.rpartition(" ")[0] for handle in handles}
    if cited := cited_with_more(value):
        families |= {handle.rpartition(" ")[0] for handle in cited[0]}
    undated = _NO_YEAR.sub("", value)
    if not any(character.isdigit() for character in undated):  # as `_by_author` reads a citation with no year
        if handle := author_year_of(f"{undated.strip().rstrip('.,;')} 2000"):
            families.add(handle.rpartition(" ")[0])
    return frozenset(years), frozenset(families)


def _year_apart(cited: str, year: str) -> int:
    """How far apart two years of citations are ("2009" and "2010": 1; "2009a" is 2009); a year not written as one is
    farthest."""
    first, second = re.match(r"\d{4}", cited), re.match(r"\d{4}", year)
    return abs(int(first[0]) - int(second[0])) if first and second else 10_000


class _KeySuggester:
    """A mistyped key suggests a key; a mistyped citation ("Kelezi et al. (2019)" for Kellezi 2019) the key of the one
    source of that year whose first author it is closest to (trial I: no suggestion was given), or of the one with
    that very author in another year; never a source whose name is unlike it because the year is alike (trial Q:
    "NICE 2015" suggested "Ní Shé 2018"); a mistyped title the key of the source whose title it is nearest
    (`SourceNames.nearest_title`, trial T: a key typo had a suggestion and a title typo none)."""

    def __init__(self, keys: Collection[str], index: KeyIndex):
        self._by_key, self._index = Suggester(keys), index

    def nearest(self, value: str) -> str | None:
        handle = author_year_of(value)
        aliases = self._index._aliases if self._index._aliases is not None else {}  # a SourceNames though empty
        if handle is None and (cited := cited_with_more(value)) is not None:
            # "Islam et al 2018 (DREAM)", "Iliffe 2014 (ProAct65+)": the citation the cell opens with, read by the one
            # rule that reads citations; the source cited by exactly its author and year first (trials BK 6, BO 8)
            citation = value[:CITATION_LENGTH].removesuffix(cited[1]).strip()  # "NICE 2014" of "NICE 2014 (CG178)"
            if exact := next((aliases[each] for each in cited[0] if each in aliases), None) or self._index.resolve(citation):
                return exact
            handle = cited[0][-1]
        if handle is None:
            by_title = aliases.nearest_title if isinstance(aliases, SourceNames) else lambda _: None
            return self._by_author(value, aliases) or by_title(value) or self._by_key.nearest(value)
        if (named := _NAMED_THEN_CITED.match(value[:CITATION_LENGTH])) and author_year_handles(named["cited"]):
            cited = named["cited"].strip()  # "Keep on Caring (HMG 2016)": the citation in brackets names it
            return self._index.resolve(cited) or self.nearest(cited)
        name, _, year = handle.rpartition(" ")
        same_year = sorted(h.rpartition(" ")[0] for h in aliases if h.startswith("@") and h.endswith(f" {year}"))
        found = closest_index(name, same_year)  # by name alone: a close year makes no unrelated source near
        starting = {aliases[f"{other} {year}"] for other in same_year if len(name) >= 4 and other.startswith(name)}
        if found is None and len(starting) == 1:  # "Foundations 2024" for a body cited by its whole name (trial AJ)
            return starting.pop()
        contracted = {aliases[f"{other} {year}"] for other in same_year if _contracts(name.lstrip("@"), other.lstrip("@"))}
        if found is None and len(contracted) == 1:  # "MinSalud 2019" for the Ministerio de Salud y Protección Social (CT)
            return contracted.pop()
        if found is None and not contracted and isinstance(aliases, SourceNames):  # "RCPsych 2019" (trial DB)
            short = name.lstrip("@")
            bodies = {aliases[f"{other} {year}"] for other in same_year if other.lstrip("@")[:1] == short[:1] != ""}
            works = aliases.cited_works(sorted(bodies))
            by_words = {key for key, work in works.items() if _initials_then_word(short, work.name)}
            if len(by_words) == 1:
                return by_words.pop()
            by_opening = {key for key, work in works.items() if _initials_of_its_opening(short, work.name)}
            if len(by_opening) == 1:  # "CSG 2021" for the Council of State Governments Justice Center (helper K3)
                return by_opening.pop()
        if found is None:  # the name exact, the year mistyped: the nearest year of that name's works (trial E1: "Ellis
            # 2010" suggested the excluded Ellis 2005 conference paper over the Ellis 2009 study, as sorted first)
            named = [h for h in sorted(aliases) if h.startswith(f"{name} ") and h != handle]
            found_name = min(named, key=lambda h: _year_apart(h.rpartition(" ")[2], year), default=None)
            return aliases[found_name] if found_name else self._by_key.nearest(value)
        return aliases[f"{same_year[found]} {year}"]

    @staticmethod
    def _by_author(value: str, aliases: Mapping[str, str]) -> str | None:
        """A citation written without its year ("Kirsh et al.", trial L), or with four digits no year has ("Albasri
        2108", trial AZ: no suggestion): the one source with that first author. The name is read as a citation with a
        year would be, by the one rule that reads citations."""
        value = _NO_YEAR.sub("", value)
        if any(character.isdigit() for character in value):
            return None
        handle = author_year_of(f"{value.strip().rstrip('.,;')} 2000")
        if handle is None:
            return None
        family = handle.rsplit(" ", 1)[0] + " "
        keys = {key for alias, key in aliases.items() if alias.startswith(family)}
        return keys.pop() if len(keys) == 1 else None


class Suggester:
    """Nearest known value for a typo; the lowered choice list is built once, on first use."""

    def __init__(self, choices: Collection[str]):
        self._choices = choices
        self._lowered: list[str] | None = None
        self._originals: list[str] = []

    def nearest(self, value: str) -> str | None:
        if self._lowered is None:
            self._originals = sorted(self._choices)
            self._lowered = [c.lower() for c in self._originals]
        index = closest_index(value, self._lowered)
        return None if index is None else self._originals[index]


def _contracts(short: str, name: str) -> bool:
    """Whether `short` (folded, without spaces) contracts a body's `name` (folded, without spaces) as people shorten a
    ministry or department by the starts of its words ("minsalud" of "ministeriodesaludyproteccionsocial", "depsalud",
    "dephealth"): the name's opening three letters or more, then one or two more runs of two letters or more found in
    order later in it, each after letters the contraction leaves out ("smith" is no contraction of "smithers"). A
    suggestion only, never a reading: the sheet's cell is still refused."""
    if len(short) < 5 or short == name or not name.startswith(short[:3]):
        return False

    def rest_found(text: str, at: int, runs: int) -> bool:
        if not text:
            return True
        if runs == 0:
            return False
        for cut in range(len(text), 1, -1):
            where = name.find(text[:cut], at + 1)  # after a gap: the start of a later word, not the same word going on
            if where >= 0 and rest_found(text[cut:], where + cut, runs - 1):
                return True
        return False

    return any(name.startswith(short[:first]) and rest_found(short[first:], first, 2) for first in range(len(short) - 2, 2, -1))


def _initials_of_its_opening(short: str, name: str) -> bool:
    """Whether `short` (folded, three letters or more) is the initials of the words a body's name opens with, the rest
    of the name a part of the body ("CSG" of the Council of State Governments Justice Center, which calls itself the
    "CSG Justice Center"): the initials read by the one rule for them (`initials_of`) over the name's first words,
    as many as the initials or more. A suggestion only, made among the sources of the year the name gives
    (`_KeySuggester`), where no rule that reads the whole name finds one."""
    words = fold(name).split()
    if len(short) < 3 or not short.isalpha():
        return False
    return any(initials_of(short, words[:end]) for end in range(len(short), len(words) + 1))


def _initials_then_word(short: str, name: str) -> bool:
    """Whether `short` (folded, without spaces) is a body's initials then the start of its next word, as a body names
    itself ("rcpsych" of the Royal College of Psychiatrists, "rcpath" of the Royal College of Pathologists): the
    initials read by the one rule for them (`initials_of`), the start three letters or more of the word after them,
    and no word but small ones after that. A suggestion only, made among the sources of the year the name gives
    (`_KeySuggester`), where `_contracts` finds none."""
    words = fold(name).split()
    for cut in range(1, len(short) - 2):
        head, tail = short[:cut], short[cut:]
        for at in range(1, len(words)):
            rest = words[at + 1 :]
            if (
                words[at].startswith(tail)
                and tail != words[at]
                and all(word in NAME_SMALL_WORDS for word in rest)
                and initials_of(head, words[:at])
            ):
                return True
    return False


def closest_index(value: str, lowered: Sequence[str]) -> int | None:
    """Which of `lowered` (lower-cased) a mistyped value most likely meant, by edit distance ("schlief2023" for
    "schlief2022telemental"), or None when none is close enough to suggest: the one rule for "did you mean"."""
    match = process.extractOne(value.lower(), lowered, scorer=fuzz.ratio, score_cutoff=60)
    return None if match is None else match[2]


@dataclass
class _Problem:
    row: int
    column: str | Sequence[str]
    message: str
    typo: str | None
    suggester: Suggester | None

    def where(self, rows: Sequence[int] = ()) -> str:
        at = _rows_named(rows or [self.row])
        if isinstance(self.column, str):
            return f"{at}, column {self.column}"
        names = list(self.column)
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return f"{at}, column{'s' if len(names) > 1 else ''} {joined}"

    def text(self, rows: Sequence[int] = ()) -> str:
        line = f"{self.where(rows)}: {self.message}"
        if self.typo is not None and self.suggester is not None:
            nearest = self.suggester.nearest(self.typo)
            if nearest is not None:
                line += f" (did you mean '{nearest}'?)"
        return line


def _rows_named(rows: Sequence[int], shown: int = 3) -> str:
    """ "row 4", "rows 4 and 7", "rows 4, 7, 9 and 12", "rows 4, 7, 9 and 37 more": every row up to one more than
    `shown`, else the first `shown` and how many others."""
    rows = list(dict.fromkeys(rows))
    if len(rows) == 1:
        return f"row {rows[0]}"
    if len(rows) <= shown + 1:
        return "rows " + ", ".join(map(str, rows[:-1])) + f" and {rows[-1]}"
    return "rows " + ", ".join(map(str, rows[:shown])) + f" and {len(rows) - shown} more"


class Problems:
    """Every problem in a sheet, reported together so one round of fixes is enough."""

    def __init__(self, file: str, *, what: str = "nothing was imported"):
        self.file = file
        self.what = what
        self._items: list[_Problem] = []

    def add(
        self,
        row: int,
        column: str | Sequence[str],
        message: str,
        *,
        typo: str | None = None,
        suggester: Suggester | None = None,
    ) -> None:
        """Suggestions are computed only for the problems listed, keeping big bad sheets fast."""
        self._items.append(_Problem(row, column, message, typo, suggester))

    def __len__(self) -> int:
        return len(self._items)

    def raise_if_any(self) -> None:
        """Every problem, one line each; the same problem in the same column on several rows (a label the review does not
        know, repeated down a sheet) once, naming its rows (`_rows_named`), so that forty rows of 'CMOC?' are one line."""
        if not self._items:
            return
        grouped: dict[tuple, list[_Problem]] = {}
        seen: set[tuple] = set()  # a row read as several statements (one a line, one a number) is one row at fault
        for problem in sorted(self._items, key=lambda p: p.row):
            column = problem.column if isinstance(problem.column, str) else tuple(problem.column)
            if (problem.row, column, problem.message, problem.typo) in seen:
                continue
            seen.add((problem.row, column, problem.message, problem.typo))
            grouped.setdefault((column, problem.message, problem.typo), []).append(problem)
        count = len(seen)
        groups = list(grouped.values())
        listed = groups[:MAX_LISTED_PROBLEMS]
        lines = [group[0].text(rows=[p.row for p in group]) for group in listed]
        if len(groups) > len(listed):
            lines.append(f"and {sum(len(group) for group in groups[len(listed) :])} more")
        noun = "problem" if count == 1 else "problems"
        # a count above the lines listed says why: 'has 4 problems' over two lines, each naming two rows, read as two
        # problems said and two lost (trial BP 8)
        lines_of = f"{len(groups)} line{'s' if len(groups) != 1 else ''}"
        lined = f", in {lines_of} naming the rows of each" if len(listed) == len(groups) < count else ""
        raise BadInput(f"{self.file} has {count} {noun}{lined}, so {self.what}:\n" + "\n".join(lines))


# --- Writing ---------------------------------------------------------------------------------


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]], *, for_excel: bool = True) -> bytes:
    """The one CSV writer: text cells guarded against formulas (numbers stay numbers).

    A sheet people fill in (`for_excel`) is UTF-8 with a BOM, so Excel on Windows shows accents
    right, with CRLF as Excel writes; the export, read by scripts as much as by people, is plain
    UTF-8 with \\n. Cells are separated as the review says (`CSV_SEPARATOR`): a team that asked for ';' opens every
    file in Excel set to a language writing decimal commas, so the export is written for Excel too (CP: French Excel
    opened the ',' export in one column, its accents garbled without the BOM).
    """
    separator = CSV_SEPARATOR.get()
    for_excel = for_excel or separator != ","
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n" if for_excel else "\n")
    writer.writerow(header)
    writer.writerows([_csv_cell(value) for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig" if for_excel else "utf-8")


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    return guard_formula(value) if isinstance(value, str) else value


# Characters XLSX cannot hold (openpyxl refuses them): a vertical tab from Word, a stray NUL.
_XLSX_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def text_cell(sheet, value: object):
    """What to append to an openpyxl sheet so a value stays text: an untrusted `=HYPERLINK(...)`
    never becomes a formula, and characters XLSX cannot hold are dropped. Empty is no cell."""
    text = "" if value is None else _XLSX_ILLEGAL.sub("", str(value))
    if not text:
        return None
    if not text.startswith("="):
        return text  # openpyxl stores other text as text; a plain value keeps big sheets fast
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"
    return cell
