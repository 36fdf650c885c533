"""Exports: the configurations table, statements, included sources and the graph, in the formats
reviewers paste into papers (Word), analyse (CSV, XLSX), cite from (BibTeX, RIS) or draw (GraphML).

Only active configurations go into the tables; the JSON export is everything the review holds:
review.yaml's content, sources with every original record, statements (deleted and detached too),
configurations (retired too), rounds, feedback, the history and the ingested files.
Every file is written atomically. CSV writes two files: the configurations table at
PATH and the statements at PATH with `-statements` before the extension; XLSX writes one workbook
with a sheet for each. CSV cells are written exactly as stored, so the statements file can be read
back as a coding sheet; open it in a spreadsheet with care (XLSX cells are always typed as text,
so a value starting with `=` is never a formula there). An output name whose extension says another
format (`-o x.xlsx --format csv`) is refused before anything is written. In BibTeX every field is
escaped for LaTeX, the free-text fields kept from other BibTeX files as well as title and journal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from cmo.bib.citations import cited_container, cited_pages, citing, document_journal, is_others, reference
from cmo.errors import BadInput, CmoError
from cmo.files import (
    atomic_write_bytes,
    atomic_write_text,
    format_for_suffix,
    refuse_mismatched_suffix,
    saved_bytes,
)
from cmo.models import Configuration, Decision, FeedbackItem, Source, Statement
from cmo.normalise import (
    CONTAINER_FIELDS,
    PUBLISHER_FIELDS,
    a_person,
    bibtex_field,
    clean_text,
    day_order,
    fold,
    host_name,
    in_capitals,
    iso_date,
    natural_key,
    publisher_name,
    type_from_label,
    unbraced_name,
    without_qualifier,
)
from cmo.outputs.tables import (
    OTHER_DOCUMENTS,
    UNBACKED_HEADING,
    UNBACKED_IN_DOMAIN,
    ConfigurationRow,
    DomainTable,
    called_in,
    checked_quote,
    cited_keys,
    cited_not_included,
    domain_tables,
    not_included_note,
    unbacked_note,
)
from cmo.synthesis.evidence import contradicting_ids
from cmo.synthesis.wording import names_from, statement_texts

FORMATS = ("csv", "xlsx", "docx", "bib", "ris", "graphml", "json", "svg")
# The extensions each format is written under, the usual one first: `-o x.xlsx --format csv` is refused.
SUFFIXES = {
    "csv": (".csv", ".txt"),
    "xlsx": (".xlsx",),
    "docx": (".docx",),
    "bib": (".bib", ".bibtex", ".txt"),
    "ris": (".ris", ".txt"),
    "graphml": (".graphml", ".xml"),
    "svg": (".svg",),
    "json": (".json",),
}
WRITES = {
    "csv": "CSV",
    "xlsx": "an XLSX workbook",
    "docx": "a Word document (DOCX)",
    "bib": "BibTeX",
    "ris": "RIS",
    "graphml": "GraphML",
    "svg": "SVG",
    "json": "JSON",
}
LIST_SEPARATOR = "; "
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

CONFIGURATION_COLUMNS = (
    "number",
    "id",
    "domain",
    "title",
    "context",
    "mechanism",
    "outcome",
    "key_contexts",
    "statements",
    "contradicting",
    "sources",
    "contradicting_sources",
    "citations",
    "contradicting_citations",
    "strength",
    "strength_reason",
    "groups",
)
STATEMENT_COLUMNS = (
    "id",
    "source",
    "context",
    "mechanism",
    "mechanism_resource",
    "mechanism_response",
    "outcome",
    "quote",
    "page",
    "domain",
    "groups",
    "coder",
    "note",
    "configurations",
    "contradicts",
    "detached",
    "quote_check",
)
"""The statements table's standard columns; the team's own columns of the coding sheet follow them
(`statement_columns`). `quote_check` is the quote's check against its source's full text, worded as the report's
appendix words it (`check_in_words`)."""


def export(fmt: str, path: str | Path, **kwargs) -> list[Path]:
    """Write `fmt` to `path` (see `_export`), with the review's names kept capitalised in sentences."""
    with names_from(statement_texts(kwargs.get("statements", []))), citing(kwargs.get("sources", [])):
        return _export(fmt, path, **kwargs)


def _export(
    fmt: str,
    path: str | Path,
    *,
    sources: list[Source],
    statements: list[Statement],
    configurations: list[Configuration],
    domains: list[dict],
    groups: list[dict],
    strength: Callable[[Configuration], tuple[str, str]],
    review: dict | None = None,
    everything: Callable[[], dict[str, list[dict]]] | None = None,
    feedback: list[FeedbackItem] | None = None,
    quote_checks: Callable[[], dict[str, object]] | None = None,
    numbers: Sequence[Mapping[str, str]] = (),
    decisions: Sequence[Decision] = (),
) -> list[Path]:
    """Write `fmt` to `path` and return every file written. `everything` gives the JSON export's other
    tables (records, rounds, feedback, history, files); it is called only when JSON is written. `feedback`
    names the answers a configuration cites as evidence in the tables (`tables.feedback_cited_as`).
    `quote_checks` gives each statement's quote checked against the attached full texts (as the report takes
    them); it is called only when the statements table is written, and without it `quote_check` is left empty.
    `numbers`, the numbers each closed round's pack gave (`pack.numbers_as_sent`), number the tables as the report
    does (`tables.table_numbers`): a configuration keeps the number the group was sent.

    A path whose extension says another kind of file (`x.xlsx` for CSV) is refused before anything is
    written; a path with no extension, or one no tool claims, is written as asked.
    """
    fmt = fmt.lower().lstrip(".")
    path = Path(path)
    if fmt not in FORMATS:
        raise BadInput(f"'{fmt}' is not an export format; choose one of {', '.join(FORMATS)}.")
    refuse_mismatched_suffix(path, fmt, SUFFIXES, WRITES[fmt])
    if not path.parent.is_dir():
        raise BadInput(f"{path}: the folder {path.parent} does not exist.")
    included = [s for s in sources if s.status == "included"]
    if fmt == "bib":
        atomic_write_text(path, to_bibtex(included, access_dates(sources), capitals_files(sources)))
        return [path]
    if fmt == "ris":
        atomic_write_text(path, to_ris(included, access_dates(sources), capitals_files(sources)))
        return [path]
    if fmt == "graphml":
        # networkx is loaded only when a graph is asked for: readers import this module's escaping
        from cmo.outputs.graph import build_graph, export_graph

        return [export_graph(build_graph(sources, statements, configurations, domains, groups), path)]
    if fmt == "json":
        data = to_json(sources, statements, configurations, domains, groups, strength, review or {})
        data.update(everything() if everything else {})
        atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        return [path]
    tables = domain_tables(
        sources, statements, configurations, domains, strength, feedback or [], groups, numbers, decisions, called_in(review)
    )
    if fmt == "svg":
        from cmo.outputs.theory import theories_svg

        atomic_write_text(path, theories_svg(tables))
        return [path]
    checks = quote_checks() if quote_checks and fmt in ("csv", "xlsx") else None
    if fmt == "csv":
        return write_csv(path, tables, statements, configurations, checks)
    if fmt == "xlsx":
        return [write_xlsx(path, tables, statements, configurations, checks)]
    return [write_docx(path, tables, sources, review or {})]


# ---- tables -------------------------------------------------------------------------------


def format_for(path: str | Path) -> str | None:
    """The export format `path`'s extension names (`review.xlsx` -> "xlsx"), or None: for a command
    that lets `-o` choose the format when none is given. `.txt` names none (CSV, BibTeX and RIS all use it)."""
    return format_for_suffix(path, SUFFIXES)


def configuration_records(tables: list[DomainTable]) -> list[dict]:
    return [_configuration_record(row) for table in tables for row in table.rows]


def _configuration_record(row: ConfigurationRow) -> dict:
    values = {name: getattr(row, name) for name in CONFIGURATION_COLUMNS}
    return {k: LIST_SEPARATOR.join(v) if isinstance(v, list) else v for k, v in values.items()}


def statement_columns(statements: list[Statement]) -> list[str]:
    """The statements table's columns: the standard ones, then the team's own columns of the coding sheet
    ("Confidence", "CMOC ID") as `cmo code import` kept them, in the order first met. An own column named as a
    standard one ("configurations", from this table read back as a coding sheet) is that column's old copy: the
    standard column gives it as it is now."""
    from cmo.sheets.tables import header_key

    standard = {header_key(name) for name in STATEMENT_COLUMNS}
    own = dict.fromkeys(name for s in sorted(statements, key=lambda s: natural_key(s.id)) if not s.deleted for name in s.extra)
    return [*STATEMENT_COLUMNS, *(name for name in own if header_key(name) not in standard)]


def statement_records(
    statements: list[Statement], configurations: list[Configuration], quote_checks: dict[str, object] | None = None
) -> list[dict]:
    """One row a statement: `contradicts` names the configurations it cuts against by the evidence rule (the
    coder's flag, the reviewer's `code mark` and the wording rule, as `configs show` says), not the flag alone;
    `quote_check` is the quote's check as the report's appendix words it (empty when `quote_checks` is None: not
    asked); then the team's own columns (`statement_columns`)."""
    member_of: dict[str, list[str]] = {}
    against: dict[str, list[str]] = {}
    by_id = {s.id: s for s in statements}
    for config in sorted(configurations, key=lambda c: natural_key(c.id)):
        if config.retired:
            continue
        for sid in dict.fromkeys([*config.statements, *config.contradicting]):
            member_of.setdefault(sid, []).append(config.id)
        for sid in contradicting_ids(config, by_id):
            against.setdefault(sid, []).append(config.id)
    own = statement_columns(statements)[len(STATEMENT_COLUMNS) :]
    rows = []
    for statement in sorted(statements, key=lambda s: natural_key(s.id)):
        if statement.deleted:
            continue  # out of everything but the history and the JSON export
        row = {name: getattr(statement, name, "") for name in STATEMENT_COLUMNS if name != "configurations"}
        row["groups"] = LIST_SEPARATOR.join(statement.groups)
        row["domain"] = statement.domain or ""
        row["contradicts"] = LIST_SEPARATOR.join(against.get(statement.id, []))
        row["detached"] = "yes" if statement.detached else "no"
        row["configurations"] = LIST_SEPARATOR.join(member_of.get(statement.id, []))
        found = (quote_checks or {}).get(statement.id)
        row["quote_check"] = checked_quote(statement.quote, statement.page, found)[1] if quote_checks is not None else ""
        row.update({name: statement.extra.get(name, "") for name in own})
        rows.append(row)
    return rows


def statements_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-statements{path.suffix}")


def write_csv(
    path: Path,
    tables: list[DomainTable],
    statements: list[Statement],
    configurations: list[Configuration],
    quote_checks: dict[str, object] | None = None,
) -> list[Path]:
    if Path(path).exists() and not Path(path).is_file():
        raise CmoError(
            f"Cannot write {path}: CSV export writes two files (configurations, and "
            f"statements beside them); give a file name such as -o table.csv."
        )
    second = statements_path(path)
    atomic_write_bytes(path, _csv_bytes(CONFIGURATION_COLUMNS, configuration_records(tables)))
    columns = statement_columns(statements)
    atomic_write_bytes(second, _csv_bytes(columns, statement_records(statements, configurations, quote_checks)))
    return [path, second]


def _csv_bytes(columns: Sequence[str], rows: list[dict]) -> bytes:
    """The header too is guarded against formulas: the team's own column names come from their sheets."""
    from cmo.sheets.tables import csv_bytes, guard_formula

    return csv_bytes(
        [guard_formula(name) for name in columns], ([row[name] for name in columns] for row in rows), for_excel=False
    )


def write_xlsx(
    path: Path,
    tables: list[DomainTable],
    statements: list[Statement],
    configurations: list[Configuration],
    quote_checks: dict[str, object] | None = None,
) -> Path:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from cmo.sheets.tables import text_cell

    def fill(book):
        sheets = (
            ("Configurations", CONFIGURATION_COLUMNS, configuration_records(tables)),
            ("Statements", statement_columns(statements), statement_records(statements, configurations, quote_checks)),
        )
        bold = Font(bold=True)
        for title, columns, rows in sheets:
            sheet = book.create_sheet(title)
            sheet.freeze_panes = "A2"
            header = []
            for name in columns:
                cell = text_cell(sheet, name)  # own column names come from the team's sheets: never a formula
                cell = WriteOnlyCell(sheet, cell) if isinstance(cell, str) else cell
                cell.font = bold
                header.append(cell)
            sheet.append(header)
            for row in rows:
                sheet.append([text_cell(sheet, row[name]) for name in columns])

    atomic_write_bytes(path, saved_bytes(Workbook(write_only=True), fill, path))
    return path


def write_docx(path: Path, tables: list[DomainTable], sources: list[Source], review: dict) -> Path:
    """One table per domain in the published layout: CMO title | References | Overarching CMO | Key
    contexts, with the strength of the evidence and why, as the report gives it; then the included references
    cited, and apart from them the cited documents that are not included, as the report lists them."""
    from docx import Document
    from docx.shared import Pt

    def fill(document):
        document.styles["Normal"].font.size = Pt(9)
        document.add_heading(_clean(review.get("title") or "Configurations table"), level=1)
        headings = ("CMO title", "References", "Overarching CMO", "Key contexts", "Strength of evidence")
        for number, table in enumerate(tables, start=1):
            document.add_heading(_clean(f"Domain {number}: {table.name}" if table.slug else table.name), level=2)
            findings = [row for row in table.rows if row.backed]
            if not findings:
                document.add_paragraph(UNBACKED_IN_DOMAIN if table.rows else "No configurations in this domain yet.")
                continue
            _docx_table(document, headings, [_docx_cells(row) for row in findings])
        apart = [(table, row) for table in tables for row in table.rows if not row.backed]
        if apart:  # as the report lists them: after the findings, under their own heading, each with its domain
            document.add_heading(UNBACKED_HEADING, level=2)
            document.add_paragraph(unbacked_note(len(apart)))
            cells = [[*_docx_cells(row), _clean(table.name)] for table, row in apart]  # References stays column 2
            _docx_table(document, (*headings, "Domain"), cells)
        _reference_list(document, tables, sources)
        _other_documents_list(document, tables, sources)

    atomic_write_bytes(path, saved_bytes(Document(), fill, path))
    return path


def _docx_table(document, headings: tuple[str, ...], rows: list[list[str]]) -> None:
    """The table with its first row marked as its header row (Word's "Repeat as header row at the top of each page"):
    a screen reader names each cell by its column's heading, and a table over several pages repeats its headings on
    each; bold alone is only how it looks (trial CR: Word's accessibility check said the tables had no header row)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    grid = document.add_table(rows=1, cols=len(headings))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, headings):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    grid.rows[0]._tr.get_or_add_trPr().append(header)
    for values in rows:
        for cell, text in zip(grid.add_row().cells, values):
            cell.text = text


def _docx_cells(row: ConfigurationRow) -> list[str]:
    """A row of the Word table: CMO title | References | Overarching CMO | Key contexts | Strength of evidence."""
    strength = f"{row.strength}: {row.strength_reason}" if row.strength_reason else row.strength
    return [
        _clean(text)
        for text in (f"{row.name} {row.title}".strip(), _references_cell(row), row.overarching, row.key_contexts, strength)
    ]


def _references_cell(row: ConfigurationRow) -> str:
    """The supporting citations, then on a line of its own the contradicting ones: sources, then the answers cited
    on each side (`tables.feedback_sides`)."""
    lines = ["; ".join(row.citations)] if row.citations else []
    if row.contradicting_citations:
        lines.append(f"Contradicting: {'; '.join(row.contradicting_citations)}")
    return "\n".join(lines)


def _reference_list(document, tables: list[DomainTable], sources: list[Source]) -> None:
    """The included documents the tables cite; the others are listed apart (`_other_documents_list`), as the report does."""
    included = {s.key: s for s in sources if s.status == "included"}
    found = sorted((included[k] for k in cited_keys(tables) if k in included), key=lambda s: reference(s).casefold())
    if found:
        document.add_heading("References", level=2)
        for source in found:
            document.add_paragraph(_clean(reference(source)))


def _other_documents_list(document, tables: list[DomainTable], sources: list[Source]) -> None:
    """Cited documents that are not included (an excluded one, one not screened yet), each with its status, under the
    report's heading and note: a reader of the paper's table sees why a citation is marked."""
    apart = cited_not_included(tables, sources)
    if apart:
        document.add_heading(OTHER_DOCUMENTS, level=2)
        document.add_paragraph(_clean(not_included_note(apart)))
        for other in apart:
            document.add_paragraph(_clean(f"{other.text} [{other.status_text}]"))


def _clean(text: str) -> str:
    return _CONTROL.sub("", text or "")


# ---- BibTeX -------------------------------------------------------------------------------

BIBTEX_TYPES = {
    "article": "article",
    "report": "techreport",
    "webpage": "online",
    "thesis": "phdthesis",
    "conference": "inproceedings",
    "chapter": "incollection",
    "misc": "misc",
    "book": "book",
    "unpublished": "unpublished",
    "news": "article",
    "guidance": "techreport",
    "standard": "techreport",
    "abstract": "misc",
    "dataset": "misc",
}
"""cmo's types as entry types BibTeX's readers know: an entry type of any other name (`@guidance`, `@dataset`,
`@standard`) Zotero's BibTeX import drops unread. A type the entry type does not say is kept in its `type` field
(`bibtex_entry_type`)."""
_READ_ENTRY_TYPES = frozenset(
    "article book booklet inbook incollection inproceedings conference proceedings manual techreport report "
    "phdthesis mastersthesis thesis unpublished misc online electronic patent software legislation jurisdiction "
    "letter movie artwork audio video inreference collection mvbook".split()
)
"""The entry types Zotero's BibTeX import reads (its `bibtex2zoteroTypeMap`), all BibTeX's or biblatex's: a source a
BibTeX file gave one of these keeps it."""


def bibtex_entry_type(source_type: str, given_type: str = "") -> tuple[str, str]:
    """The entry type a source of this type is written as, and what its `type` field says ('' when the entry type says
    it): a guidance document is `@techreport` with `type = {Guidance}`, a dataset `@misc` with `type = {Dataset}`; a
    BibTeX file's own type that readers know (`@artwork`, `@patent`) stays; any other is `@misc` with the type as said.
    A thesis whose record says it is a master's (`given_type`, its `type` field: "Master's thesis", "MSc dissertation")
    is `@mastersthesis` (re-check RE: a master's thesis was exported as `@phdthesis`)."""
    kind = clean_text(source_type).lower() or "misc"
    entry_type = BIBTEX_TYPES.get(kind) or (kind if kind in _READ_ENTRY_TYPES else "misc")
    if entry_type == "phdthesis" and _MASTERS.search(given_type):
        entry_type = "mastersthesis"
    said = "" if entry_type == kind or kind in _SAID_BY_ENTRY_TYPE else kind
    return entry_type, said[:1].upper() + said[1:]


_MASTERS = re.compile(r"\bmaster|\bm\.?(?:sc|a|phil|res|ed)\b|\bmathesis\b", re.I)
"""What a thesis's `type` says of a master's degree ("Master's thesis", "MSc dissertation", biblatex's "mathesis")."""

_SAID_BY_ENTRY_TYPE = {"report", "webpage", "thesis", "conference", "chapter"}
"""cmo's types whose entry type says them in other words (`@techreport`, `@online`, `@phdthesis`…)."""

_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\string^",
}
_LATEX_SPECIAL = re.compile(r"[\\{}%&#$_~^]")
_LIGATURE = re.compile(r"(?<=-)(?=-)|(?<=`)(?=`)|(?<=')(?=')")
_KEY_UNSAFE = re.compile(r"[\s,{}()\"#%=\\]")
_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_.:+-]*$")


def latex_escape(text: str, *, ligatures: bool = True) -> str:
    """Plain text to BibTeX field text that LaTeX-decoding readers turn back into the same text.

    Every LaTeX special character is escaped: & % $ # _ { } ~ ^ and the backslash. `^` is written
    `\\string^`, which LaTeX prints and decoders (pylatexenc, cmo) read back as `^` (`\\textasciicircum`
    would come back as the look-alike `ˆ`). Text that already holds a backslash is LaTeX a reader left
    undecoded: it is written back as LaTeX source (see `latex_source`), its commands kept.
    Control characters are kept: BibTeX does not mind them, and dropping them would lose text.
    `ligatures` breaks `--` and quote pairs that LaTeX would turn into dashes and curly quotes.
    """
    text = " ".join((text or "").split())
    if "\\" in text:
        return latex_source(text)
    text = _LATEX_SPECIAL.sub(lambda m: _LATEX_SPECIALS[m.group(0)], text)
    return _LIGATURE.sub("{}", text) if ligatures else text


_SOURCE_SPECIAL = re.compile(r"[&%#_^$]")
_VERBATIM_COMMANDS = {"url", "href", "path", "nolinkurl", "doi", "ensuremath"}
"""Commands whose `{...}` argument is kept whole: links, and math (`\\ensuremath{O(n^2)}`)."""
_COMMAND_NAME = re.compile(r"[A-Za-z]+")


def latex_source(text: str) -> str:
    """BibTeX field text that is already LaTeX source, as BibTeX readers keep the fields they do not
    decode (`note`, `series`, `address`...), made safe to typeset without changing what it says.

    `&`, `%` and `#` are never meant bare in a field and are escaped; `_` and `^` are escaped outside
    `$...$` math; a `$` without a partner is escaped. Commands (`\\&`, `\\'{e}`), brace groups (`{WHO}`)
    and ties stay as they are, the argument of `\\url`/`\\href` is kept whole, and braces that do not
    balance are escaped. So `Taylor & Francis` becomes `Taylor \\& Francis`, which every LaTeX-decoding
    reader reads back as `Taylor & Francis`, and text that is already safe comes back unchanged.
    """
    text = " ".join((text or "").split())
    if (
        not _SOURCE_SPECIAL.search(text)
        and not text.endswith("\\")
        and ("{" not in text and "}" not in text or _braces_balance(text))
    ):
        return text  # the common case, fast: nothing to escape
    dollars = len(re.findall(r"(?<!\\)(?:\\\\)*\$", text))
    math_allowed = dollars % 2 == 0
    balanced = _braces_balance(text)
    out: list[str] = []
    in_math = False
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char == "\\":
            if index + 1 == length:
                out.append("\\ ")  # a lone trailing backslash would escape the field's closing brace
                break
            name = _COMMAND_NAME.match(text, index + 1)
            if name is None:
                if text[index + 1] in "([":
                    in_math = True  # \( ... \) and \[ ... \] are math, as $...$ is
                elif text[index + 1] in ")]":
                    in_math = False
                out.append(text[index : index + 2])
                index += 2
                continue
            out.append(text[index : name.end()])
            index = name.end()
            if name.group(0) == "string" and index < length:
                out.append(text[index])  # `\\string^` is a character already
                index += 1
            elif name.group(0) in _VERBATIM_COMMANDS and balanced:
                group_end = _group_end(text, index)
                if group_end:
                    out.append(text[index:group_end])
                    index = group_end
            continue
        if char == "$":
            if math_allowed:
                in_math = not in_math
                out.append(char)
            else:
                out.append(r"\$")
        elif char in "{}":
            out.append(char if balanced else "\\" + char)
        elif in_math:
            out.append(char)
        elif char in "&%#_":
            out.append("\\" + char)
        elif char == "^":
            out.append(r"\string^")
        else:
            out.append(char)
        index += 1
    return "".join(out)


def _braces_balance(text: str) -> bool:
    depth = 0
    for found in re.finditer(r"\\.|[{}]", text):
        token = found.group(0)
        if token[0] == "\\":
            continue
        depth += 1 if token == "{" else -1
        if depth < 0:
            return False
    return depth == 0


def _group_end(text: str, start: int) -> int | None:
    """Where the `{...}` group starting at `start` (after spaces) ends, or None when none starts there."""
    index = start
    while index < len(text) and text[index] == " ":
        index += 1
    if index >= len(text) or text[index] != "{":
        return None
    depth = 0
    for position in range(index, len(text)):
        if text[position] == "{":
            depth += 1
        elif text[position] == "}":
            depth -= 1
            if depth == 0:
                return position + 1
    return None


_BRACKETED = re.compile(r"\s*[(\[][^)\]]*[)\]]")
"""A part in brackets ("Mary (Molly)", "(Japan)"), which says nothing of whether a name is a person's."""


def bibtex_name(author: str) -> str:
    """`Family, Given` stays as it is; a corporate author is protected in its own braces, whole, a comma in its name
    too ("Ministry of Health, Labour and Welfare (Japan)", no person's `a_person`), which BibTeX would otherwise read as
    family "Ministry of Health" and given "Labour and Welfare (Japan)" (trial AI).

    Names keep `--` as written: the cmo reader reads names without LaTeX decoding unless they hold braces.
    """
    if author.strip().lower() == "others":
        return "others"
    author = unbraced_name(author)  # a body's name typed in braces is braced once, below
    if "," not in author or not a_person(_BRACKETED.sub("", author)):  # a body's, its comma its own ("…, Kenya")
        return "{" + latex_escape(author, ligatures=False) + "}"
    family, _, given = author.partition(",")
    family = _protect(latex_escape(family.strip(), ligatures=False))
    given = _protect(latex_escape(given.strip(), ligatures=False))
    return f"{family}, {given}" if given else family


def _protect(part: str) -> str:
    """A word `and` would split the name in two, a comma would start a `Jr` part: braces keep it whole."""
    return "{" + part + "}" if "," in part or re.search(r"\band\b", part, re.IGNORECASE) else part


def to_bibtex(sources: list[Source], dates: dict[str, str] | None = None, capitals: set[str] | None = None) -> str:
    """BibTeX as biblatex reads it, each access date in ISO 8601 (`access_dates`, of `dates` where the review's other
    sources decide one), each journal's name as `exported_container` writes it (`capitals`: `capitals_files` of the
    review's sources)."""
    keys: set[str] = set()
    dates = access_dates(sources) if dates is None else dates
    capitals = capitals_files(sources) if capitals is None else capitals
    return _clean(  # control characters (NUL…) a record once carried are no text a reader should get back (probe 40)
        "\n".join(_bibtex_entry(source, _bibtex_key(source.key, keys), dates.get(source.key, ""), capitals) for source in sources)
    )


def access_dates(sources: list[Source]) -> dict[str, str]:
    """Each source's access date (`urldate`) as ISO 8601 writes it (`iso_date`: "15/11/2026" from a UK spreadsheet,
    "15 November 2026", "Nov 15, 2026" are 2026-11-15), as biblatex's urldate and RIS's Y2 need it. A date in numbers
    either order could give ("03/04/2026") is read in the order the other dates of the files its records came from
    give (`day_order`: a "14/11/2026" beside it says day first); where they say none, it is kept as written
    (`unread_access_dates` says which)."""
    orders = _file_day_orders(sources)
    dates = {}
    for source in sources:
        if source.urldate:
            said = {orders.get(record.file) for record in source.records} - {None}
            dates[source.key] = iso_date(source.urldate, said.pop() if len(said) == 1 else None) or source.urldate
    return dates


def unread_access_dates(sources: list[Source]) -> list[str]:
    """One sentence for each access date an export keeps as written (`access_dates`), naming the source and why."""
    dates = access_dates(sources)
    return [
        f"{source.key}: the access date '{source.urldate}' is kept as written: "
        + (
            "day and month could be either way round, and no other date from its file says which."
            if numbered_ambiguous(source.urldate)
            else "it is no date cmo can read."
        )
        for source in sources
        if source.urldate and dates.get(source.key) == source.urldate and iso_date(source.urldate) != source.urldate
    ]


def numbered_ambiguous(value: str) -> bool:
    """A date in numbers whose day and month could be either way round ("03/04/2026")."""
    return iso_date(value) is None and iso_date(value, True) is not None


def _file_day_orders(sources: list[Source]) -> dict[str, bool]:
    """Each file's order of day and month, as the access dates of the sources read from it give it (`day_order`)."""
    written: dict[str, list[str]] = {}
    for source in sources:
        for file in {record.file for record in source.records} if source.urldate else ():
            written.setdefault(file, []).append(source.urldate)
    return {file: order for file, values in written.items() if (order := day_order(values)) is not None}


def _bibtex_key(key: str, taken: set[str]) -> str:
    safe = _KEY_UNSAFE.sub("_", key) or "source"
    unique, suffix = safe, 2
    while unique.lower() in taken:
        unique, suffix = f"{safe}-{suffix}", suffix + 1
    taken.add(unique.lower())
    return unique


_CASED_WORD = re.compile(r"(?<![\w{])([A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)(?![\w}])")
"""A word whose capitals are its own (HIV, PrEP, mHealth, COVID): a bibliography style that sets titles in sentence
case would lower it, so BibTeX keeps it in braces."""


def bibtex_title(title: str) -> str:
    """A title as BibTeX keeps it: LaTeX escaped, its acronyms braced so a style's sentence case leaves them as
    written (a title's last full stop stays: it is the database's, and a file read back must say what it said). In a
    title written in sentence case, a capital other than a sentence's first is a name's ("Aotearoa New Zealand",
    "Somali"), braced too: Mendeley's double braces said so, and a style would lower it (trial AF)."""
    braced = _CASED_WORD.sub(r"{\1}", latex_escape(title))
    return _NAME_IN_SENTENCE_CASE.sub(_braced_name, braced) if _in_sentence_case(title) else braced


_NAME_IN_SENTENCE_CASE = re.compile(r"((?<![.:?!])\s\(?|(?<![.:?!])\s\[)([^\W\d_]{2}[\w'’-]*)(?![\w}])")
"""A capitalised word that does not open the title or a sentence in it ("…: Views of GPs"): a name, in brackets too
("Parakou (Bénin)"), its capital any alphabet's ("Évora", "Ñuñoa"; trial CC 8: "(Bénin)" was left to a style's lower
case)."""


def _braced_name(found: re.Match) -> str:
    word = found.group(2)
    return f"{found.group(1)}{{{word}}}" if word[0].isupper() and word[1].islower() else found.group(0)


def _in_sentence_case(title: str) -> bool:
    """Most words after the first in lower case: a title in title case ("Peer Support for Mothers") names nothing by its
    capitals, and braced whole it would never take a style's case."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", title)[1:] if len(w) > 3 and w[1:].islower()]  # not "PrEP"
    return len(words) >= 3 and sum(w[0].islower() for w in words) >= 0.5 * len(words)


def exported_container(source: Source, capitals: set[str] = frozenset()) -> str:
    """The journal (or book, series, site) a source is in as an export writes it: as read, but a journal's name in
    capitals that are an index's style, not the name's (Web of Science's "JOURNAL OF SUBSTANCE ABUSE TREATMENT"), as
    the document's citations name it (`cited_container`: "Journal of Substance Abuse Treatment"), which a reference
    manager's style prints as given (trial AG: "ADDICTION"). A name of two words or more in capitals is an index's; a
    lone word may be initials ("AIJ", "COGSCI", "IJCAI-75"), and is an index's only where a file the source was read
    from writes every journal's name in capitals (`capitals`, `capitals_files`). Any other name is written as read, so a
    file read back says what it said ("Environment international"); the source keeps its name as read (the JSON export
    writes it). The place the NLM adds to a journal's name, written in lower case as no catalogue writes it (the Cochrane
    Library's "Lancet (london, england)", trial BK 7), is an index's too: left out, as every citation of the document
    names the journal (`without_qualifier`: "Lancet"); a place as the NLM writes it ("AIDS (London, England)") stays."""
    container = source.container or ""
    if source.type == "article" and (bare := without_qualifier(container)) != container:
        qualifier = container[len(bare) :]
        container = bare if qualifier == qualifier.lower() and any(c.isalpha() for c in qualifier) else container
    if source.type == "article" and (named := document_journal(container)) != clean_text(container):
        return named  # the document names the journal in full or better written ("Age Ageing": "Age and Ageing")
    if source.type != "article" or not in_capitals(container):
        return container
    if len(_LETTERS.findall(container)) > 1 or any(record.file in capitals for record in source.records):
        return cited_container(container)
    return container


_LETTERS = re.compile(r"[^\W\d_]+")


def capitals_files(sources: list[Source]) -> set[str]:
    """The files whose every journal article names its journal in capitals (Web of Science's style: "ADDICTION",
    "CMAJ OPEN"), as the sources read from that file alone give them: a source that other files' records were linked
    into may have taken its name from one of them (`better_written`: "Addiction" for "ADDICTION")."""
    named: dict[str, list[bool]] = {}
    for source in sources:
        files = {record.file for record in source.records}
        if source.type == "article" and source.container and len(files) == 1:
            named.setdefault(files.pop(), []).append(in_capitals(source.container))
    return {file for file, capitals in named.items() if all(capitals)}


def _bibtex_entry(source: Source, key: str, urldate: str = "", capitals: set[str] = frozenset()) -> str:
    """Every value is escaped for LaTeX: plain text (title, container, publisher, abstract, names) by
    `latex_escape`; text that is BibTeX source already (volume, number, pages and the fields a BibTeX
    reader kept undecoded in `extra`) by `latex_source`; identifiers and links (doi, url, file...) are
    verbatim fields and only kept balanced."""
    entry_type, said = bibtex_entry_type(source.type, source.extra.get("type", ""))
    first, last = cited_pages(source.pages)
    kept = {  # a field that names the container again (Scopus's journal = booktitle, read before cmo read it once)
        name: value
        for name, value in source.extra.items()
        if not (name in CONTAINER_FIELDS and source.container and fold(value) == fold(source.container))
    }
    fields: list[tuple[str, str]] = [
        ("title", bibtex_title(source.title)),
        ("author", " and ".join(bibtex_name(a) for a in source.authors if a.strip())),
        ("year", str(source.year) if source.year else ""),
        (
            bibtex_field(entry_type, CONTAINER_FIELDS, kept),
            latex_escape(exported_container(source, capitals)),
        ),
        ("volume", latex_source(source.volume)),  # as read: Zotero itself keeps "28 Suppl 1" beside "sup1"
        ("number", latex_source(source.issue)),
        ("pages", latex_source(f"{first}--{last}" if last else first)),
        (
            bibtex_field(entry_type, PUBLISHER_FIELDS, kept),
            latex_escape(publisher_name(source.publisher)),
        ),
        ("doi", _raw(source.doi or "")),
        ("pmid", _raw(source.pmid or "")),
        ("url", _raw(source.url or "")),
        ("urldate", _raw(urldate or iso_date(source.urldate) or source.urldate or "")),
        ("abstract", latex_escape(source.abstract)),
        ("type", "" if source.extra.get("type") else latex_escape(said)),  # a type the record gave is written as given
    ]
    if _names_own_kind(source.extra.get("type", ""), source.type):
        written_type = {"type"}  # EndNote's `type = {Journal Article}` on an @article: its reference type, said again
    else:
        written_type = set()
    if not source.extra.get("editor"):
        fields.append(("editor", _editors_from_a2(source)))
    written = {name for name, value in fields if value} | _NOT_WRITTEN | written_type
    fields += [
        (name, bibtex_source_field(name, own_note(value) if name in _NOTE_FIELDS else value))
        for name, value in sorted(kept.items())
        if bibliographic_field(name)
        and name not in written
        and not local_path(value)
        and not (name in PUBLISHER_FIELDS and host_name(value))
    ]
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields if value)
    return f"@{entry_type}{{{key},\n{body}}}\n"


_REFERENCE_TYPE_WORDS = frozenset(
    "journal article book section chapter edited report thesis conference paper proceedings generic web page electronic".split()
)
"""The words a reference manager's names of its reference types are made of (EndNote's "Journal Article", "Book
Section", "Conference Paper", "Generic"): a `type` field of these words alone names the kind of work and nothing more."""


def _names_own_kind(label: str, kind: str) -> bool:
    """Whether a record's `type` field only names the kind of work its entry type says already: EndNote's BibTeX export
    writes its reference type so (`type = {Journal Article}` on an `@article`), which a reference manager reading the
    export back shows as the article's type. A type saying more (a thesis's "PhD thesis", a report's "Policy brief")
    is the work's own and is written, and so is any type of an entry biblatex gives one (`_UNTYPED_KINDS`)."""
    words = fold(label).split()
    own = kind in _UNTYPED_KINDS and bool(words) and set(words) <= _REFERENCE_TYPE_WORDS
    return own and type_from_label(label) == kind


_UNTYPED_KINDS = frozenset({"article", "book", "chapter", "conference"})
"""cmo's types whose entry types (`@article`, `@book`, `@incollection`, `@inproceedings`) have no `type` of their own in
biblatex: a report's or a thesis's `type` ("report", "PhD thesis") is its entry's field, and is written as read."""


_NOTE_FIELDS = frozenset({"note", "annote", "annotation", "addendum"})
_BOOKKEEPING = re.compile(
    r"(?:cited by|times cited)(?:\s*\([^()]*\))?\s*:\s*\d[\d,]*"  # Scopus's "Cited By (since 1996): 12"
    r"|(?:export date|date of export)\s*:[^;]*"
    r"|source\s*:\s*(?:scopus|web of science|embase|medline|pubmed|psycinfo|cinahl|ebscohost|ovid)"
    r"|(?:(?:all|gold|green|bronze|hybrid gold|hybrid)\s+)?open access",
    re.I,
)
"""What a database writes into a record's note of its own keeping, not of the work: its count of citing works ("Cited
by: 274", Scopus's RIS "Cited By :12", Web of Science's "Times Cited: 5"), the day of the export, the database the
record came from ("Source: Scopus"), and its open-access flags ("All Open Access, Green Open
Access"). A note sent to Zotero or a co-author carries the work: a count frozen on the day of export is not one."""


def own_note(note: str) -> str:
    """A note without what a database keeps in it for itself (`_BOOKKEEPING`), its other parts as written: Scopus's
    `note = {Cited by: 274; All Open Access, Green Open Access}` is written as no note at all (trial AD)."""
    parts = [part.strip() for part in re.split(r";\s*|\n+", note)]
    kept = [part for part in parts if part and not all(_BOOKKEEPING.fullmatch(item.strip()) for item in part.split(","))]
    return "; ".join(kept) if len(kept) < len([part for part in parts if part]) else note


BIBLIOGRAPHIC_FIELDS = frozenset(
    (
        # BibTeX's own fields
        "address annote author booktitle chapter edition editor howpublished institution journal key month note number "
        "organization pages publisher school series title type volume year "
        # biblatex's data fields, and the ones reference managers (Zotero, EndNote, JabRef, Mendeley) read and write
        "abstract addendum annotation annotator archiveprefix arxivid bookauthor booksubtitle booktitleaddon chapter "
        "commentator date day doi edition editora editorb editorc editortype eid eprint eprintclass eprinttype eventdate "
        "eventtitle eventtitleaddon foreword holder ids introduction isan isbn ismn isrn issn issue issuesubtitle "
        "issuetitle iswc journalsubtitle journaltitle keywords label langid language lccn library location mainsubtitle "
        "maintitle maintitleaddon mrnumber nameaddon origdate origlanguage origlocation origpublisher origtitle pagetotal "
        "part pmcid pmid primaryclass pubstate related relatedtype shortauthor shorttitle subtitle titleaddon translator "
        "url urldate urls venue version volumes copyright rights pii uri eissn entrysubtype editoratype collaborator "
        "shortjournal shortseries sorttitle shorthand numpages article-number coden"
    ).split()
)
"""The fields a source's `extra` is written with: BibTeX's and biblatex's, which reference managers read as the work's
own. What a tool keeps for itself is not (a reviewer's attached files, `file`, `local-url`; Mendeley's `mendeley-groups`
and `mendeley-tags`; Google Scholar's metrics through Publish or Perish, `cites`, `gsrank`, `querydate`, `age`): a file
sent to Zotero or a co-author carries the work, not its finder's desk. BibDesk's links to the work (`bdsk-url-1`) are
web addresses, written."""
_LOCAL_PATH = re.compile(r"^\s*(?::?[A-Za-z](?::|\$\\backslash\$:)[\\/]|file:|~/|/(?:Users|home|Volumes)/|\\\\)", re.I)


def bibliographic_field(name: str) -> bool:
    """Whether `extra`'s field is one a reference manager reads as the work's (`BIBLIOGRAPHIC_FIELDS`)."""
    return bool(_FIELD_NAME.match(name)) and (name in BIBLIOGRAPHIC_FIELDS or bool(re.fullmatch(r"bdsk-url-\d+", name)))


def local_path(value: str) -> bool:
    """A path on someone's computer ("C:/Users/jsmith/…", Mendeley's ":C$\\backslash$:/Users/…:pdf", "file:///…",
    "~/Documents/…"): never written into a file that leaves the review."""
    return bool(_LOCAL_PATH.match(value or ""))


# Not facts about the source itself: a child's crossref to a parent that is not exported; RIS's A2,
# written as editors where it means them (`_editors_from_a2`).
_NOT_WRITTEN = {"crossref", "A2"}


def _editors_from_a2(source: Source) -> str:
    """RIS's A2 ("secondary author"), which the RIS reader keeps as written, as BibTeX editors.

    EndNote, Zotero and Mendeley read it as the editors of the book or proceedings a chapter or
    paper is in. On anything else it names no editor: Ovid PsycINFO puts the cited works' first
    authors there (`Attride-Stirling, Baral, Braun, ...`), Ovid MEDLINE a group's investigators.
    """
    if source.type not in ("chapter", "conference") or not source.extra.get("A2"):
        return ""
    from cmo.bib.readers.ris import split_author_value

    lines = [line for line in source.extra["A2"].split("; ") if line.strip() and not looks_like_cited_authors(line)]
    return " and ".join(bibtex_name(name) for line in lines for name in split_author_value(line))


_FAMILY_ONLY = re.compile(r"[^\W\d_](?:[\w'’.-]| (?=[\w']))*")
_VANCOUVER_INITIALS = re.compile(r" [A-Z]{1,3}$")


def looks_like_cited_authors(value: str) -> bool:
    """`Attride-Stirling, Baral, Braun, Baral, ...`: three or more comma-separated bare family names
    (no given names or initials), mostly in alphabetical order, as PsycINFO lists its cited authors.
    An editor list is one `Family, Given` name a line, or Vancouver `Family GI` names: neither fits."""
    parts = [part.strip() for part in value.split(",")]
    if len(parts) < 3 or not all(_FAMILY_ONLY.fullmatch(p) and not _VANCOUVER_INITIALS.search(p) for p in parts):
        return False
    initials = [fold(part)[:1] for part in parts]
    in_order = sum(a <= b for a, b in zip(initials, initials[1:]))
    return in_order >= 0.8 * (len(parts) - 1)


# Fields LaTeX and biber read verbatim (links, files, identifiers) or as keys: escaping would break them.
_VERBATIM_FIELDS = {
    "doi",
    "eprint",
    "file",
    "pdf",
    "verba",
    "verbb",
    "verbc",
    "uri",
    "ids",
    "xref",
    "related",
    "entryset",
    "xdata",
    "isbn",
    "issn",
    "pmid",
    "pmcid",
    "arxivid",
    "pii",
}


def _verbatim(name: str) -> bool:
    return name in _VERBATIM_FIELDS or "url" in name or name.startswith("bdsk-file")


def bibtex_source_field(name: str, value: str) -> str:
    """A field a BibTeX reader keeps undecoded (`note`, `series`, `file`...), as the export writes it:
    LaTeX-safe source, or verbatim for links, files and keys. A reader that stores this form gets the
    same text back from every export of it (the function is idempotent)."""
    return _raw(value) if _verbatim(name) else latex_source(value)


def _raw(value: str) -> str:
    """Identifiers and numbers are kept verbatim; only braces that would break the entry are escaped."""
    value = " ".join((value or "").split())
    if value.endswith("\\"):
        value += " "
    depth = 0
    for char in value:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            break
    if depth == 0:
        return value
    return value.replace("{", r"\{").replace("}", r"\}")


# ---- RIS ----------------------------------------------------------------------------------

RIS_TYPES = {
    "article": "JOUR",
    "report": "RPRT",
    "webpage": "ELEC",
    "thesis": "THES",
    "conference": "CPAPER",
    "chapter": "CHAP",
    "book": "BOOK",
    "unpublished": "UNPB",
    "misc": "GEN",
    "abstract": "ABST",
    "news": "NEWS",
    "patent": "PAT",
    "software": "COMP",
    "dataset": "DATA",
    "standard": "STAND",
    "legislation": "LEGAL",
}


def to_ris(sources: list[Source], dates: dict[str, str] | None = None, capitals: set[str] | None = None) -> str:
    """RIS as EndNote and Zotero write it: `TAG  - value`, one value per line, `ER  - ` to close; access dates as
    `access_dates` reads them, journals' names as `exported_container` writes them."""
    dates = access_dates(sources) if dates is None else dates
    capitals = capitals_files(sources) if capitals is None else capitals
    return _clean("".join(_ris_record(s, dates.get(s.key, ""), capitals) for s in sources))  # as `to_bibtex`


def _ris_record(source: Source, urldate: str = "", capitals: set[str] = frozenset()) -> str:
    """One record, its pages a whole range (`cited_pages`: MEDLINE's "S154-68" is SP S154, EP S168)."""
    first, last = cited_pages(source.pages)
    tags: list[tuple[str, str]] = [("TY", RIS_TYPES.get(source.type, "GEN")), ("ID", source.key), ("TI", source.title)]
    tags += [("AU", ris_name(author)) for author in source.authors if not is_others(author)]  # RIS has no "and others"
    tags += [
        ("PY", str(source.year) if source.year else ""),
        ("T2", exported_container(source, capitals)),
        ("VL", source.volume),
        ("IS", source.issue),
        ("SP", first),
        ("EP", last),
        ("PB", publisher_name(source.publisher)),
        ("DO", source.doi or ""),
        ("N1", f"PMID: {source.pmid}" if source.pmid else ""),
        ("UR", source.url or ""),
        ("Y2", _ris_date(urldate or iso_date(source.urldate) or source.urldate or "")),
        ("AB", source.abstract),
    ]
    lines = [f"{tag}  - {_one_line(value)}" for tag, value in tags if _one_line(value)]
    return "\n".join(lines) + "\nER  - \n\n"


def ris_name(author: str) -> str:
    """An author as RIS writes one: "Family, Given"; a corporate author ("World Health Organization", kept whole as its
    family) with a comma after it, as EndNote asks for one, which otherwise splits it into family "Organization" and
    given "World Health" (Zotero's RIS import reads both forms as one name). A body's name holding a comma of its own
    ("Ministry of Health, Labour and Welfare (Japan)", no person's: `a_person`) is written without it: Zotero's RIS import
    splits a name at its first comma whatever follows (family "Ministry of Health", given "Labour and Welfare (Japan)"),
    and EndNote reads a name as family and given at its first comma too; only the comma that ends it keeps it whole in
    both (trial AI)."""
    name = unbraced_name(author)  # "{World Health Organization}": BibTeX's braces are no part of the name
    if "," in name and a_person(name):
        return name
    return " ".join(name.replace(",", " ").split()) + ","


def _ris_date(value: str) -> str:
    """RIS writes access dates as `2020/05/01/` (Zotero, EndNote), a month alone as `2020/05//`."""
    found = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value.strip()[:10]) if value else None
    return f"{found[1]}/{found[2]}/{found[3] or ''}/" if found else value


def _one_line(text: str) -> str:
    """RIS ends a value at the line break, so a value must never contain one."""
    return " ".join((text or "").split())


# ---- JSON ---------------------------------------------------------------------------------


def to_json(sources, statements, configurations, domains, groups, strength, review: dict) -> dict:
    """The review's synthesis, deleted statements and retired configurations included, with each configuration's
    strength; `cmo export --format json` adds the other tables, so a team can leave with all its data."""
    strengths = {}
    for config in configurations:
        if not config.retired:
            label, reason = strength(config)
            strengths[config.id] = {"label": label, "reason": reason}
    return {
        "review": review,
        "domains": domains,
        "groups": groups,
        "sources": [s.model_dump(mode="json") for s in sources],
        "statements": [s.model_dump(mode="json") for s in sorted(statements, key=lambda s: natural_key(s.id))],
        "configurations": [c.model_dump(mode="json") for c in sorted(configurations, key=lambda c: natural_key(c.id))],
        "strength": strengths,
    }
