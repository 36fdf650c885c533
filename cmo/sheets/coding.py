"""The coding sheet: the spreadsheet in which reviewers code CMO statements from their sources.

Most teams code in a spreadsheet, so the sheet is a first-class input that must round-trip:
`write_template` writes one (pre-filled with the review's statements), people edit it in
Excel or LibreOffice, and `parse_coding_sheet` reads it back. Parsing checks the whole sheet
before returning anything, because a half-imported sheet is worse than none.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import os
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from cmo.bib.citations import short_cite
from cmo.errors import BadInput, LookAt
from cmo.files import atomic_write_bytes, saved_bytes
from cmo.models import Domain, Source, Statement, labelled_mechanism_parts, mechanism_from_parts
from cmo.normalise import (
    author_handle,
    author_year_handles,
    cited_with_more,
    clean_text,
    fold,
    group_named,
    labelled,
    listed_citations,
    natural_key,
    tool_study_number,
)
from cmo.sheets.tables import (
    CSV_SUFFIXES,
    DOCX_SUFFIXES,
    GROUP_HEADERS,
    JSON_SUFFIXES,
    NOTE_NAMES,
    XLSX_SUFFIXES,
    HeaderWords,
    KeyIndex,
    Parsed,
    Problems,
    Suggester,
    Table,
    columns_read,
    csv_bytes,
    cut_by_a_delimiter,
    find_columns,
    has_columns,
    header_key,
    header_repeated,
    json_table,
    names_tool_study_number,
    path_names,
    read_table,
    require_columns,
    row_list,
    tab_named,
    text_cell,
    workbook_fills,
)
from cmo.synthesis.marked import _JOINER, UNMARKED_READ, MarkedParts, has_marks, marked_parts
from cmo.views import counted, page_is_a_date

CODING_COLUMNS: tuple[str, ...] = (
    "id",
    "source",
    "context",
    "mechanism",
    "outcome",
    "quote",
    "page",
    "domain",
    "groups",
    "coder",
    "note",
)

VERSION_COLUMN = "cmo version"
"""The template's last column: each statement as the sheet was made from it (`sheet_version`), so importing an older
copy of the sheet cannot silently undo a change made since (`cmo code edit`, another coder's sheet)."""

USER_HEADERS = ("user", "user name", "username")
"""Headers of the account an extraction tool names beside each form it exports (DistillerSR's 'User'): its coder."""

_FIRST_AUTHOR_ONLY = ("shorttitle", "short title", "first author and year")
"""Source columns that cite each work by its first author and year alone, whatever its authors, by the tool's rule
(EPPI-Reviewer's ShortTitle 'Akhavan (2012)' for Akhavan & Edge 2012) or as the header says: a cell matching one work's
citation exactly tells it from a co-authored namesake no better than any other (trial CN)."""


_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "statement id"),
    "source": (
        *("source", "source key", "citation key", "key", "study", "study id", "source id"),
        *("etude", "estudio", "estudo", "studie"),  # French, Spanish, Portuguese, German (`_HEADED_IN_ANOTHER_LANGUAGE`)
        *("reference", "citation"),
        *("author/year", "author year", "author, year", "author and year", "first author and year"),
        *("paper", "article", "document", "publication", "paper id", "article id", "document id", "ref"),
        *("case", "file"),  # NVivo's cases and files, ATLAS.ti's and MAXQDA's documents: what each coded a passage of
        "document name",  # MAXQDA's coded segments export
        "media title",  # Dedoose's excerpt export: the document each excerpt is of
        *("shorttitle", "short title"),  # EPPI-Reviewer's coding report: the item's 'Author (year)'
        HeaderWords(("ref", "reference", "citation")),  # "Ref (author, year)", "Full reference" (trial L)
    ),
    "context": ("context", "c", "cmo context", "contexte", "contexto", "kontext"),
    "mechanism": ("mechanism", "m", "cmo mechanism", "mecanisme", "mecanismo", "mechanismus"),
    "outcome": ("outcome", "o", "cmo outcome", "resultat", "resultado", "ergebnis", "ergebnisse"),
    "quote": (
        *("quote", "quotation", "supporting quote", "verbatim quote", "excerpt", "cita", "citacao", "zitat", "extrait"),
        "coded text",  # NVivo's coding summary: the passage a reference codes
        "excerpt copy",  # Dedoose's excerpt export: the excerpt's text
        "content",  # ATLAS.ti's Quotation Manager: the quotation's text (its 'Quotation Name' is the text's start)
        "quotation content",  # the same column as ATLAS.ti's Excel export heads it (trial BW 2: every quote lost)
    ),
    "page": (
        *("page", "pages", "page number", "page numbers", "page no", "page s", "page ref", "page reference"),
        *("pg", "pgs", "pg no", "p", "pp"),  # "Pg.", "p.", "pp." as teams abbreviate it (trial AD: 48 pages lost unsaid)
        *("pagina", "paginas", "seite", "seiten"),
    ),
    "domain": (
        *("domain", HeaderWords(("domain", "domains"))),  # "Relevant to domain", "Domain(s)" (trial AS 1: lost unsaid)
        *("domaine", "dominio", "dominios", "domane", "domanen"),  # French, Spanish and Portuguese, German (trial BX 1)
    ),
    "groups": GROUP_HEADERS,
    "coder": (
        *("coder", "coded by", "reviewer", "extracted by", "excerpt creator"),  # Dedoose: who made the excerpt
        "reviewer name",  # Covidence's extraction export: one row per study per reviewer, and its "Consensus" row
        "created by",  # ATLAS.ti's Quotation Manager: who made the quotation, its coder (trial BW 2)
        # DistillerSR's extraction export: the account that filled the form, after every other coder's header (a sheet's
        # 'Coder' wins) and never where its cells name the review's groups, a 'User' the service users' kind (`_user_coder`)
        *USER_HEADERS,
        *("codeur", "codeuse", "code par", "codificador", "codificadora", "codificado por", "kodierer", "kodiert von"),
    ),
    "note": NOTE_NAMES,
    "resource": ("resource", "mechanism resource"),
    # the realist split is resource and reasoning (Dalkin et al. 2015), 'response' as some teams call the second: trial BH's
    # 'Mechanism – reasoning' was read as the whole mechanism, and 'Mechanism – resource' was shown nowhere
    "response": ("response", "mechanism response", "reasoning", "mechanism reasoning"),
    "inferred": ("inferred",),
    "version": (VERSION_COLUMN,),
}
_HEADED_IN_ANOTHER_LANGUAGE = frozenset(
    header_key(name)
    for name in ("étude", "estudio", "estudo", "studie", "contexte", "contexto", "kontext", "mécanisme", "mecanismo")
    + ("mechanismus", "résultat", "résultats", "resultado", "resultados", "ergebnis", "ergebnisse")
)
"""The parts and the source as French, Spanish, Portuguese and German sheets head them (accents folded, as every
header is: `header_key`): the sheet's layout in its language, read as 'Quotation' and 'Paper' are (trial AO 1: a
French tab of 8 statements dropped). On such a sheet 'Citation' is the quotation, as the word means there; on an
English one it is the reference (`_quote_in_its_language`)."""
_QUOTE_IN_ANOTHER_LANGUAGE = "citation"

_TEXT_FIELDS = {
    "context": "context",
    "mechanism": "mechanism",
    "outcome": "outcome",
    "quote": "quote",
    "page": "page",
    "coder": "coder",
    "note": "note",
    "resource": "mechanism_resource",
    "response": "mechanism_response",
}
_CMO_COLUMNS = ("context", "mechanism", "outcome", "resource", "response")
_QUOTE_ONLY_A_PAGE = re.compile(r"^\s*(?:p|pp|pg|pgs|page|pages)\.?\s*(?P<page>\d+(?:\s*[-–]\s*\d+)?)\s*\.?\s*$", re.I)
"""A quote cell holding only a page reference ('p. 7', 'pg 9', 'pp. 19–20'), as a coder writes one where a report gave
no passage to copy: the statement's page, not its quote (trial E1: the report quoted "p. 7", its page not given)."""
_PART_OF = {"resource": "mechanism", "response": "mechanism"}
"""The part a split mechanism's column is of."""
_SENTENCE_ALIASES: dict[str, tuple[str | HeaderWords, ...]] = {
    "cmoc": (
        *("cmoc", "cmocs", "cmo", "cmo configuration", "cmoc statement", "cmo statement", "cmoc text", "cmo sentence"),
        *("overarching cmo", "configuration", "context mechanism outcome configuration", "context mechanism outcome"),
        "statement",
        *("programme theory statement", "program theory statement", "if then because statement", "if then statement"),
        *("programme theory", "program theory", "if then because"),
        HeaderWords(("cmoc", "cmocs")),
    )
}
"""A sheet with no C, M and O columns may hold each statement as one sentence marking its parts (`marked_parts`), in a
column so named or with the word CMOC in its header ("Programme theory (CMOC)")."""
_BESIDE_PARTS = {
    "cmoc": tuple(
        name for name in _SENTENCE_ALIASES["cmoc"] if isinstance(name, str) and name not in ("configuration", "statement")
    )
}
"""Beside C, M and O columns, a column of sentences is one named as a CMO(C) is: some rows are coded in the cells,
others only as a sentence (one coder writes sentences). There a 'Configuration', 'Statement' or 'CMOC ID' column is an
id or a grouping (cmo's own export writes 'configurations'), not sentences."""
_HAS_PARTS = has_columns(_ALIASES, ["source", "context", ("mechanism", "resource", "response"), "outcome"])
_HAS_SENTENCES = has_columns({**_ALIASES, **_SENTENCE_ALIASES}, ["source", "cmoc"])


def _quote_in_its_language(header: Sequence[str], columns: Mapping[str, int]) -> dict[str, int]:
    """The quotation of a sheet headed in French ('Étude', 'Contexte'… `_HEADED_IN_ANOTHER_LANGUAGE`): its 'Citation'
    column, when another column is its source and none its quote."""
    if "quote" in columns or not _HEADED_IN_ANOTHER_LANGUAGE.intersection(header_key(name) for name in header):
        return {}
    taken = set(columns.values())
    found = [i for i, name in enumerate(header) if header_key(name) == _QUOTE_IN_ANOTHER_LANGUAGE and i not in taken]
    return {"quote": found[0]} if len(found) == 1 else {}


_SEGMENT_HEADERS = frozenset({"segment", "coded segment"})
"""MAXQDA's names for the passage a coded segment holds, in its 'Coded segments' export and its retrieved segments."""


def _segment_as_quote(table: Table, columns: Mapping[str, int]) -> dict[str, int]:
    """The quote of a coding sheet a team made from MAXQDA's coded segments export, adding context, mechanism and outcome
    columns beside the export's own ('Document name', 'Code', 'Segment', 'Beginning', 'End'): its 'Segment' column, the
    coded passage, where the source is read from MAXQDA's 'Document name' and no other column is the quote; said. Trial
    E2: 39 statements were imported with no quote, the 'Segment' column kept as the team's own."""
    if "quote" in columns or "source" not in columns or header_key(table.header[columns["source"]]) != "document name":
        return {}
    taken = set(columns.values())
    found = [i for i, name in enumerate(table.header) if header_key(name) in _SEGMENT_HEADERS and i not in taken]
    if len(found) != 1:
        return {}
    table.warnings.append(
        f"{table.file}: the column '{table.header[found[0]].strip()}', the passage MAXQDA coded, was read as the "
        "statements' quotes."
    )
    return {"quote": found[0]}


def _is_coding_header(header: Sequence[str]) -> bool:
    """The row a coding sheet's header is on (a title may be above it): the one naming its source, and C, M and O or
    a CMOC column of marked sentences (or numbered C, M and O columns: `_numbered_parts`)."""
    return (
        _HAS_PARTS(header)
        or (_HAS_SOURCE(header) and bool(_numbered_parts(header)))
        or _HAS_SENTENCES(header)
        or (_HAS_SOURCE(header) and any(_code_of_part(name) or header_key(name) in _CODES_LISTED for name in header))
        or _HAS_SEGMENTS(header)
    )


_HAS_SOURCE = has_columns(_ALIASES, ["source"])
_NUMBERED_PART = re.compile(r"^(?:(?P<letter>[cmo])|(?P<part>context|mechanism|outcome|quote|page)s?)\s?(?P<number>\d{1,2})$")
"""A wide sheet's column of one part of one statement of its row: 'C1', 'M2', 'O3', 'Context 1', 'Outcome (2)', 'Quote 1'
(as `header_key` folds them)."""
_LETTER_PART = {"c": "context", "m": "mechanism", "o": "outcome"}
_SAME_AS = re.compile(
    r"^\s*(?:(?:the\s+)?same\s+as|as(?:\s+(?:in|for|per))?|see|ditto|=)\s*(?:cmoc?\s*)?\(?\s*(?P<cell>[cmo]\s?[-_.]?\s?\d{1,2})\s*\)?"
    r"\s*(?:above)?\s*[.,;]?\s*$",
    re.I,
)
"""A cell of a wide sheet that repeats another of its row instead of writing it again: 'as C1', 'same as C1', 'see M2'."""


def _numbered_parts(header: Sequence[str]) -> dict[int, dict[str, int]]:
    """A wide sheet's statements, one row per source with a column for each part of each of its statements numbered
    ('C1', 'M1', 'O1', 'C2' …, or 'Context 1' …): number -> part -> column, where some number has its context,
    mechanism and outcome and no column is an unnumbered part; {} for any other sheet."""
    numbered: dict[int, dict[str, int]] = {}
    for index, name in enumerate(header):
        key = header_key(name)
        if key in ("context", "mechanism", "outcome", "c", "m", "o"):
            return {}
        found = _NUMBERED_PART.match(key)
        if found:
            part = _LETTER_PART[found["letter"]] if found["letter"] else found["part"]
            numbered.setdefault(int(found["number"]), {}).setdefault(part, index)
    if not any(len({"context", "mechanism", "outcome"} & set(parts)) == 3 for parts in numbered.values()):
        return {}
    return dict(sorted(numbered.items()))


def _cell_of(row: Sequence[str]) -> Callable[[int], str]:
    """A row's cell by its column, '' past its end."""
    return lambda index: row[index].strip() if index < len(row) else ""


def _one_statement_a_number(table: Table) -> list[str]:
    """A wide sheet, one row per source with its statements' parts in numbered columns ('C1', 'M1', 'O1', 'C2' … 'O6',
    `_numbered_parts`), is read as a sheet of one statement a row: each number a row fills gives a statement, with the
    row's other columns (its source, coder, pages) and its parts from that number's columns; a number a row leaves blank
    gives none. A cell that repeats another of its row ('as C1', 'same as C1': `_SAME_AS`) is read as that cell's words.
    The table is rewritten so (its rows keep their numbers, so every problem names the sheet's row); returns what the
    import says of it."""
    numbered = _numbered_parts(table.header)
    if not numbered:
        return []
    from cmo.sheets import tables

    whole = set(tables._matching_columns(table.header, {part: _ALIASES[part] for part in ("quote", "page")}))
    numbered = {n: {part: index for part, index in columns.items() if part not in whole} for n, columns in numbered.items()}
    taken = {index for columns in numbered.values() for index in columns.values()}
    kept = [index for index in range(len(table.header)) if index not in taken]
    parts = [part for part in ("context", "mechanism", "outcome", "quote", "page") if any(part in n for n in numbered.values())]
    by_letter = {header_key(table.header[index]).replace(" ", ""): index for index in taken}
    rows: list[tuple[int, list[str]]] = []
    read: list[int] = []
    repeated: dict[str, list[int]] = {}
    for number, row in table.rows:
        cell = _cell_of(row)
        written = 0
        for columns in numbered.values():
            words = {}
            for part in parts:
                text = cell(columns[part]) if part in columns else ""
                same = _SAME_AS.match(text)
                target = by_letter.get(re.sub(r"[\s\-_.]", "", same["cell"]).lower()) if same else None
                if target is not None and cell(target) and not _SAME_AS.match(cell(target)):
                    repeated.setdefault(f"'{text}'", []).append(number)
                    text = cell(target)
                words[part] = text
            if any(words.get(part) for part in ("context", "mechanism", "outcome")):
                written += 1
                rows.append((number, [cell(index) for index in kept] + [words[part] for part in parts]))
        if written:
            read.append(number)
        else:  # a source row with no statement: read as any row with none of C, M and O is
            rows.append((number, [cell(index) for index in kept] + [""] * len(parts)))
    labels = [table.header[numbered[n][p]] for n in numbered for p in ("context", "mechanism", "outcome") if p in numbered[n]]
    statements = sum(1 for number, row in rows if number in read)
    said = [
        f"{table.file}: the columns {labels[0]}, {labels[1]}, {labels[2]} … {labels[-1]} number each row's statements, so "
        f"{row_list(read)} were read as {statements} statement{'s' if statements != 1 else ''}, one for each number a row "
        "fills, each with its row's other columns (source, coder, pages); 'cmo code list' shows them"
    ]
    said += [
        f"{table.file}: {row_list(numbers)}: {cell_words} was read as the words of that cell of the row"
        for cell_words, numbers in repeated.items()
    ]
    table.links = {(row, kept.index(column)): address for (row, column), address in table.links.items() if column in kept}
    if table.groups:
        table.groups = [table.groups[index] if index < len(table.groups) else "" for index in kept] + [""] * len(parts)
    table.header = [table.header[index] for index in kept] + [part.capitalize() for part in parts]
    table.rows = rows
    return said


_CODE_OF_PART = re.compile(
    r"^(?P<dedoose>code\s*:\s*)?(?:(?P<part>context|mechanism|outcome)s?\s*(?::|\\|/|\s[-–]\s)|(?P<letter>[cmo])(?:\s*:|\s+[-–]\s))"
    r"\s*(?P<name>.*?)(?(dedoose)(?:\s+applied)?)\s*$",
    re.I,
)
"""A code that names a part of a CMO, as a code matrix heads its columns (one per code, ticked or not for each
excerpt) and a list of codes names them (`_codes_listed`): by its prefix ('Context: staff turnover', or its letter and
a colon, 'C: Staff turnover') or as a child of the part's code ('Mechanism\\Feeling safe'), as Dedoose heads its
excerpt export's columns ('Code: Context: staff turnover Applied': its "Applied" only there, as "O: knowledge not applied"
is a code's own words, trial BW), or by its letter and a spaced dash, as a team names
its tags ('C - rural isolation', 'M – trust in the paramedic')."""


def _code_of_part(header: str, alone: bool = False) -> tuple[str, str] | None:
    """The part ('context', 'mechanism', 'outcome') and the code's own name ('staff turnover') a code matrix's column
    heads, or None: for a code nested deeper ('Context\\School\\Staff turnover') the name is its deepest part, as
    NVivo's node path is read. With `alone`, for a code a passage was coded with (a cell, never a column's header, as a
    'Context' column holds contexts), a code that is only a part's name ('Context', or 'CMO\\Mechanism' under the team's
    code set) is that part with no name of its own: a code set of the three parts alone, whose words the coder writes
    beside each passage (EPPI-Reviewer's Info box), or the passage itself. Trial E1: an EPPI-Reviewer coding report coded
    'Context', 'Mechanism', 'Outcome' was refused as having no C, M and O columns."""
    if alone and (last := re.split(r"\\", header.strip())[-1].strip().lower().rstrip("s")) in _PARTS:
        return last, ""
    found = _CODE_OF_PART.match(header.strip())
    name = re.split(r"\\", found["name"])[-1].strip() if found else ""
    if not (found and name):
        return None
    part = (found["part"] or found["letter"]).lower()
    return next(whole for whole in ("context", "mechanism", "outcome") if whole.startswith(part)), name


_OTHER_CODE = re.compile(r"^\s*code\s*:\s*(?P<name>.+?)\s+applied\s*$", re.I)
_CODE_WEIGHT = re.compile(r"^\s*code\s*:\s*(?P<name>.+?)\s+weight\s*$", re.I)
"""A column of Dedoose's excerpt export giving the weight (a rating) a coder gave a code on each excerpt, beside the
code's 'Applied' column ('Code: Context\\Rural village Weight'): no code of its own, and no column a sheet reads."""
_WEIGHTS_COLUMN = "Code weights"
"""The column a code matrix's weights are listed in (`_code_matrix`), one code a line."""
"""A column of Dedoose's excerpt export ticking a code that names no part of a CMO ('Code: Domain\\Carers Applied',
'Code: Quality\\Rich quote Applied'): a code of the team's own, never a column of its own to read (its header is no
'Domain' column: trial CC 2, every excerpt refused as "'True' is not a domain")."""


def _code_matrix(table: Table) -> list[str]:
    """A coding sheet laid out as a code matrix, one column per code ticked true/false (or 1/0, yes/no) for each
    excerpt, as Dedoose exports its excerpts, where no column holds a context, mechanism or outcome as text: each row's
    context, mechanism and outcome are the names of the codes ticked on it whose names say that part (a part with
    several ticked codes gets each, '; ' between them), in place of the code columns, and the import says so. A row
    that ticks no such code is no statement (an excerpt coded only otherwise): it is left out and named. The other
    codes Dedoose ticks (`_OTHER_CODE`) are listed in one 'Codes' column with the parts' codes ticked beside them, one a
    line, as ATLAS.ti lists a quotation's codes: kept as the team's own, and a code naming one of the review's domains
    ('Domain\\Carers') gives the row its domain as a listed code does (`_domain_column`), where an excerpt ticking only
    another code ('Quality\\Rich quote') gives none and stops no other excerpt's (a cell of one line is read whole).
    Changes `table` in place; returns what to say."""
    if _HAS_PARTS(table.header) or _HAS_SENTENCES(table.header):
        return []
    ticks = _ALL_INFERRED | _NOTHING_INFERRED
    applied = {found["name"].lower() for name in table.header if (found := _OTHER_CODE.match(name))}
    weights = {
        index: found["name"]
        for index, name in enumerate(table.header)
        if (found := _CODE_WEIGHT.match(name)) and found["name"].lower() in applied
    }
    codes = {
        index: code
        for index, name in enumerate(table.header)
        if index not in weights
        and (code := _code_of_part(name))
        and all(row[index].strip().lower() in ticks for _, row in table.rows if index < len(row))
    }
    if not codes:
        return []
    weighed = any(index < len(cells) and cells[index].strip() for _, cells in table.rows for index in weights)
    others = {
        index: ": ".join(piece.strip() for piece in re.split(r"\\", found["name"]) if piece.strip())
        for index, name in enumerate(table.header)
        if index not in codes
        and (found := _OTHER_CODE.match(name))
        and all(row[index].strip().lower() in ticks for _, row in table.rows if index < len(row))
    }
    every = {  # each code as its path, parts' codes too, for the list a passage's codes are kept in (ATLAS.ti's 'Codes')
        index: ": ".join(piece.strip() for piece in re.split(r"\\", found["name"]) if piece.strip())
        if (found := _OTHER_CODE.match(table.header[index]))
        else f"{codes[index][0].capitalize()}: {codes[index][1]}"
        for index in sorted({*codes, *others})
    }
    kept = [index for index in range(len(table.header)) if index not in codes and index not in others and index not in weights]
    parts = ["context", "mechanism", "outcome"]
    listed = ([_CODES_COLUMN] if others else []) + ([_WEIGHTS_COLUMN] if weighed else [])
    rows, untouched = [], []
    for number, cells in table.rows:
        ticked = {
            part: "; ".join(
                name for index, (of, name) in codes.items() if of == part and index < len(cells) and _ticked(cells[index])
            )
            for part in parts
        }
        if not any(ticked.values()):
            untouched.append(number)
            continue
        cell = [cells[index].strip() if index < len(cells) else "" for index in range(len(table.header))]
        other = ["\n".join(name for index, name in every.items() if _ticked(cell[index]))] if others else []
        other += ["\n".join(f"{name}: {cell[index]}" for index, name in weights.items() if cell[index])] if weighed else []
        rows.append((number, [cells[index] if index < len(cells) else "" for index in kept] + other + [ticked[p] for p in parts]))
    moved = {old: new for new, old in enumerate(kept)}
    table.links = {(row, moved[column]): link for (row, column), link in table.links.items() if column in moved}
    if table.groups:
        table.groups = [table.groups[index] for index in kept] + [""] * (len(listed) + len(parts))
    table.header = [table.header[index] for index in kept] + listed + parts
    table.rows = rows
    said = [
        f"{table.file}: the sheet is a code matrix ({len(codes)} columns of codes ticked for each excerpt, as Dedoose "
        "exports excerpts): each row's context, mechanism and outcome were read as the names of the codes ticked on it "
        "('Context: …', 'Mechanism\\…'); reword them with 'cmo code edit' where a code's name is not a statement."
        + (
            f" Each excerpt's codes, its {len(others)} other codes among them, are listed in the column '{_CODES_COLUMN}', "
            "kept as the team's own (a code naming one of the review's domains gives the excerpt its domain)."
            if others
            else ""
        )
        + (f" The weights given to codes are listed in the column '{_WEIGHTS_COLUMN}'." if weighed else "")
    ]
    if untouched:
        said.append(
            f"{table.file}: {row_list(untouched)}: no context, mechanism or outcome code is ticked, so these excerpts "
            "are no statements and were left out; tick their codes in the export and import it again if they are."
        )
    return said


_SEGMENT_ALIASES: dict[str, tuple[str, ...]] = {
    "source": _ALIASES["source"],
    "segment": ("segment", "coded segment", "quotation content", "coded text", "excerpt", "excerpt copy", "content"),
    "code": ("code", "codes", "node", "tag", "tags"),
}
"""A coded-segments export, one row per passage coded and the code it was coded with (MAXQDA's 'Coded segments':
'Document name', 'Code', 'Segment'; ATLAS.ti's quotations: 'Document', 'Codes', 'Quotation Content'; EPPI-Reviewer's
coding report: 'ShortTitle', 'Code', 'Info box', 'Coded text'; Taguette's highlights: 'id', 'document', 'tag', 'content',
one row per tag of a highlight, 'id' the highlight's)."""
_OWN_WORDS = frozenset({"info box", "info", "infobox"})
"""The column of a coded-segments export in which the coder writes their own words for each coded passage
(EPPI-Reviewer's 'Info box'): where filled, a part's words are these, and the passage is the statement's quote."""
_PAGE_OF_PASSAGE = re.compile(r"^\s*page\s+(?P<page>[\w.-]+)\s*:\s*$", re.I | re.M)
"""The line an export tool writes above each passage it highlighted in a page of a PDF ('Page 104:', as
EPPI-Reviewer's coding report does): the passage's page, not its words."""
_HIGHLIGHT_MARKS = re.compile(r"\s*\[¬[a-z]\]\s*")
"""EPPI-Reviewer's marks around highlighted text ('[¬s]…[¬e]'): the export tool's, not the source's words."""


def _passages(text: str) -> tuple[list[str], list[str]]:
    """The passages of a coded-segments export's cell and the pages they are on: each 'Page N:' line (`_PAGE_OF_PASSAGE`)
    is the page of the passage under it, and the marks around highlighted text (`_HIGHLIGHT_MARKS`) are taken off.
    A cell without such lines is one passage, on no page it says."""
    pages = [found["page"] for found in _PAGE_OF_PASSAGE.finditer(text)]
    pieces = _PAGE_OF_PASSAGE.split(text)[::2] if pages else [text]
    words = [" ".join(_HIGHLIGHT_MARKS.sub(" ", piece).split()) for piece in pieces]
    return [piece for piece in words if piece], pages


_HAS_SEGMENT_COLUMNS = has_columns(_SEGMENT_ALIASES, ["source", "segment", "code"])


def _HAS_SEGMENTS(header: Sequence[str]) -> bool:  # noqa: N802  (a header test, named as the others are)
    """A coded-segments export's header: its document, segment and code columns, and no column of a code matrix (a
    column per code, `_code_of_part`), which is read as one (`_code_matrix`)."""
    return _HAS_SEGMENT_COLUMNS(header) and not any(map(_code_of_part, header))


_CODED_AS = "Coded as"
_PASSAGE_ID = "Passage id"
"""The column a coded-segments export numbers its passages in ('id' in Taguette's highlights), kept under this name: the
tool's number for a passage, not a statement's id."""
_PARTS = ("context", "mechanism", "outcome")


def _passage_ids(table: Table) -> int | None:
    """The column of a coded-segments export headed 'id' whose cells are no statement ids ('S3'): the tool's number for
    each passage (Taguette's highlight id), or None."""
    index = next((index for index, name in enumerate(table.header) if header_key(name) in _ALIASES["id"]), None)
    if index is None:
        return None
    values = [cells[index].strip() for _, cells in table.rows if index < len(cells) and cells[index].strip()]
    return None if any(_STATEMENT_ID.match(value.upper()) for value in values) else index


def _one_passage_a_row(
    table: Table, source: int, segment: int, code: int, passage_id: int | None, own_words: int | None = None
) -> list[tuple[int, list[str], list[int]]]:
    """The passages of a coded-segments export, in the file's order, each with all the codes it was coded with: a tool
    writes a passage coded several times once per code (Taguette one row per tag of a highlight, MAXQDA one per coded
    segment), so rows next to each other of one document that are one passage (the same passage number where the export
    numbers them, else the same words) are one, its codes one a line in its code cell. Rows whose coder's own words
    (`own_words`, EPPI-Reviewer's 'Info box') differ are not: a coder who wrote each code's words of one highlighted
    passage (the Context, Mechanism and Outcome codes of an item, each with its Info box) coded a segment per code, each
    part its own words. Each is its first row's number, its cells and the numbers of all its rows. Trial CN: an EPPI
    report's passage coded Context, Mechanism and Outcome gave all three parts the Context's Info box."""

    def cell(cells: list[str], index: int | None) -> str:
        return cells[index].strip() if index is not None and index < len(cells) else ""

    passages: list[tuple[int, list[str], list[int]]] = []
    for number, cells in table.rows:
        if passages:
            first, held, rows_of = passages[-1]
            same = (
                cell(cells, source) == cell(held, source)
                and (
                    cell(cells, passage_id) == cell(held, passage_id)
                    if cell(cells, passage_id)
                    else cell(cells, segment) == cell(held, segment) != ""
                )
                and cell(cells, own_words) == cell(held, own_words)
            )
            if same:
                held[code] = "\n".join(filter(None, (held[code], cell(cells, code))))
                rows_of.append(number)
                continue
        held = [*cells, *[""] * (len(table.header) - len(cells))]
        held[code] = cell(cells, code)
        passages.append((number, held, [number]))
    return passages


def _coded_segments(table: Table) -> list[str]:
    """A coding sheet laid out as a coded-segments export (`_SEGMENT_ALIASES`), where no column holds a context,
    mechanism or outcome and the codes name those parts ('Context\\Teacher buy-in', as `_code_of_part` reads a code):
    one CMO's parts are several rows, so each run of one document's segments, in the file's order, is one statement
    whose context, mechanism and outcome are the words of the segments coded so (each part the passage itself, so no
    quote beside it repeats them), a new statement starting where a part comes again or the document changes; its
    other cells are each row's values ('; ' between different ones), the codes kept in 'Coded as', and an 'Author'
    column (MAXQDA's name for who coded a segment) is read as the coder. A row coded with no part's code (a memo code)
    is left out and named, to look at; a part missing from a run is named as any row's is. Each statement is named by
    its first segment's row. Changes `table` in place; returns what to say. Trial BD: MAXQDA's export was refused for
    lacking C, M and O columns."""
    if _HAS_PARTS(table.header) or _HAS_SENTENCES(table.header) or not _HAS_SEGMENTS(table.header):
        return []
    columns = find_columns(table, _SEGMENT_ALIASES)
    source, segment, code = columns["source"], columns["segment"], columns["code"]

    def cell(cells: list[str], index: int) -> str:
        return cells[index].strip() if index < len(cells) else ""

    def parts_of(cells: list[str]) -> list[str]:
        return [found[0] for line in cell(cells, code).splitlines() if (found := _code_of_part(line, alone=True))]

    coded = [number for number, cells in table.rows if parts_of(cells)]
    if 2 * len(coded) < len(table.rows):
        return []  # codes that name no CMO's parts: the sheet is read as any other (and refused for lacking them)
    passage_id = _passage_ids(table)
    own_words = next((index for index, name in enumerate(table.header) if header_key(name) in _OWN_WORDS), None)
    passages = _one_passage_a_row(table, source, segment, code, passage_id, own_words)
    own_header = table.header[own_words].strip() if own_words is not None else ""
    kept = [index for index in range(len(table.header)) if index not in (segment, code, own_words)]
    runs: list[list[tuple[int, list[str]]]] = []
    filled: set[str] = set()
    uncoded: list[int] = []
    whole: set[int] = set()  # the runs that are one passage coded with several parts' codes
    for number, cells, rows_of in passages:
        parts = set(parts_of(cells))
        if not parts:
            uncoded += rows_of
            continue
        if len(parts) > 1:
            whole.add(len(runs))
            runs.append([(number, cells)])
            filled = set(_PARTS)  # a passage holding a whole CMO ends the run it came in
            continue
        if not runs or cell(cells, source) != cell(runs[-1][0][1], source) or filled & parts:
            runs.append([])
            filled = set()
        runs[-1].append((number, cells))
        filled |= parts
    header = [table.header[index] for index in kept]
    if passage_id is not None:
        header[kept.index(passage_id)] = _PASSAGE_ID
    coder_named = any(header_key(name) in _ALIASES["coder"] for name in header)
    header = ["Coder" if not coder_named and header_key(name) == "author" else name for name in header]
    rows = []
    quote_column = any(header_key(table.header[index]) in _ALIASES["quote"] for index in kept)
    own_quoted = own_words is not None and any(cell(cells, own_words) for _, cells in table.rows) and not quote_column
    quoted = own_quoted or (bool(whole) and not quote_column)
    paged = any(_passages(cell(cells, segment))[1] for _, cells in table.rows)
    paged = paged and not any(header_key(table.header[index]) in _ALIASES["page"] for index in kept)
    joined: list[int] = []
    for at, run in enumerate(runs):
        texts: dict[str, list[str]] = {"context": [], "mechanism": [], "outcome": []}
        quotes: list[str] = []
        pages: list[str] = []
        for _, cells in run:
            said, on_pages = _passages(cell(cells, segment))
            pages += on_pages
            written = cell(cells, own_words) if own_quoted and own_words is not None else ""
            quotes += said if own_quoted or (quoted and at in whole) else []
            for line in cell(cells, code).splitlines() if at in whole and not written else ():
                if found := _code_of_part(line, alone=True):  # a whole CMO: each part its codes' names (a bare
                    texts[found[0]] += [found[1]] if found[1] else said  # 'Context' names none: the passage's words)
            for part in parts_of(cells) if at not in whole or written else ():
                texts[part] += [written] if written else said
        own = ["; ".join(dict.fromkeys(value for _, cells in run if (value := cell(cells, index)))) for index in kept]
        codes = "; ".join(dict.fromkeys(line for _, cells in run for line in cell(cells, code).splitlines() if line.strip()))
        parts = [("; " if at in whole else " ").join(dict.fromkeys(texts[part])) for part in _PARTS]
        for index in (1, 2):  # the mechanism and outcome: a passage cut from the sentence that joined it to the part before
            if (unjoined := _unjoined(parts[index])) != parts[index]:
                parts[index] = unjoined
                joined.append(run[0][0])
        quote = [" … ".join(dict.fromkeys(quotes))] if quoted else []
        page = [", ".join(dict.fromkeys(pages))] if paged else []
        rows.append((run[0][0], own + parts + quote + page + [codes]))
    moved = {old: new for new, old in enumerate(kept)}
    table.links = {(row, moved[column]): link for (row, column), link in table.links.items() if column in moved}
    added = ["context", "mechanism", "outcome", *(["quote"] if quoted else []), *(["page"] if paged else []), _CODED_AS]
    if table.groups:
        table.groups = [table.groups[index] for index in kept] + [""] * len(added)
    table.header = header + added
    table.rows = rows
    said = [
        f"{table.file}: the sheet is a coded-segments export (one coded passage a row): {counted(len(coded), 'segment')} "
        f"coded Context, Mechanism or Outcome were read as {counted(len(rows), 'statement')}, each one document's run of "
        "segments in the file's order, a new statement starting where a part comes again; each part is "
        + (
            f"the coder's words in '{own_header}' where written, else its segments' words, the segments the quote"
            if own_quoted
            else "its segments' words"
        )
        + (
            f"; {counted(len(whole), 'passage')} coded with codes of several parts at once (a tool's rows of one passage, "
            "one a code, read as one) each made a statement of its own, each part the names of its codes, the passage "
            "the quote"
            if whole
            else ""
        )
        + (", each 'Page N:' line the page" if paged else "")
        + f", the codes kept in '{_CODED_AS}', each statement named by its first row: check them with 'cmo code "
        "list' and reword a part with 'cmo code edit'"
        + (
            "."
            if any(header_key(name) in _ALIASES["coder"] for name in header)
            else "; the export names no coder (EPPI-Reviewer's coding report has no such column), so the statements "
            "name none and the report counts them 'not recorded': fill the 'coder' column of 'cmo code template' and "
            "import it to name them."
        )
    ]
    if joined:
        said.append(
            f"{table.file}: {row_list(sorted(set(joined)))}: a mechanism or outcome passage opened with the words joining it "
            "to the part before ('and', 'which', 'so', 'leading to'), left out of the part as every output joins the parts "
            "in its own words."
        )
    if uncoded:
        said.append(
            LookAt(
                f"{table.file}: {row_list(uncoded)}: coded with no Context, Mechanism or Outcome code, so these segments "
                "are no part of a statement and were left out; code them so in the project and export again if they are."
            )
        )
    return said


_CODES_LISTED = frozenset({"codes", "code", "codes applied", "code names"})
_CODES_COLUMN = "Codes"
"""The column a code matrix's other ticked codes are listed in (`_code_matrix`), as ATLAS.ti heads its list."""
"""The column in which a qualitative-analysis tool lists each passage's codes, one a line (ATLAS.ti's Quotation
Manager: 'Codes'; MAXQDA's coded segments: 'Code')."""


def _codes_listed(table: Table) -> list[str]:
    """A coding sheet whose passages list their codes in one cell, one a line, as ATLAS.ti's Quotation Manager exports
    its quotations ('C: Time pressure', 'M: Trust in the interpreter', 'O: Patient understood' in 'Codes'), where no
    column holds a context, mechanism or outcome as text: each row's context, mechanism and outcome are the names of its
    codes that say that part (`_code_of_part`; several of one part joined with '; '), as a code matrix's are
    (`_code_matrix`); the codes' column is kept as the team's own, so codes of no part are not lost. A row listing no
    such code whose comment writes the statement marking its parts is read from the comment (`_parts_written`; trial BW
    1: four quotations so coded were left out); any other is no statement: left out and named. Changes `table` in
    place; returns what to say."""
    if _HAS_PARTS(table.header) or _HAS_SENTENCES(table.header):
        return []
    listed = [index for index, name in enumerate(table.header) if header_key(name) in _CODES_LISTED]
    codes_of = {
        number: [
            code for index in listed if index < len(cells) for line in cells[index].splitlines() if (code := _code_of_part(line))
        ]
        for number, cells in table.rows
    }
    if not any(len({part for part, _ in codes}) > 1 for codes in codes_of.values()):
        return []  # one part a row: a coded-segments export (`_coded_segments`), each CMO over several rows
    parts = ["context", "mechanism", "outcome"]
    noted = [index for index, name in enumerate(table.header) if header_key(name) in NOTE_NAMES]
    rows, untouched, commented, inferred = [], [], [], set()
    for number, cells in table.rows:
        if codes_of[number]:
            named = ["; ".join(name for of, name in codes_of[number] if of == part) for part in parts]
        elif written := _parts_written(cells, noted):
            named = [written.parts.get(part, "") for part in parts]
            commented.append(number)
            inferred |= {number} if written.inferred else set()
        else:
            untouched.append(number)
            continue
        rows.append((number, [*cells, *[""] * (len(table.header) - len(cells)), *named]))
    if inferred and not any(header_key(name) == "inferred" for name in table.header):
        parts.append("inferred")  # '[inferred] C: …' in a comment: the whole statement inferred, as a ticked column says
        rows = [(number, [*cells, "c,m,o" if number in inferred else ""]) for number, cells in rows]
    if table.groups:
        table.groups = [*table.groups, *[""] * len(parts)]
    shown = "', '".join(table.header[index].strip() for index in listed)
    table.header = [*table.header, *parts]
    table.rows = rows
    said = [
        f"{table.file}: the column '{shown}' lists each passage's codes, one a line, as ATLAS.ti exports its "
        "quotations: each row's context, mechanism and outcome were read as the names of its codes that say that part "
        "('C: …', 'Context: …', 'Mechanism\\…'), and the codes are kept as the team's own column; reword them with "
        "'cmo code edit' where a code's name is not a statement."
    ]
    if commented:
        said.append(
            f"{table.file}: {row_list(commented)}: no code says a context, mechanism or outcome, but the comment writes "
            "the statement marking its parts ('C: … M: … O: …'), so each was read from its comment (kept as the note)."
        )
    if untouched:
        said.append(
            f"{table.file}: {row_list(untouched)}: no code says a context, mechanism or outcome, so these passages are "
            "no statements and were left out; give them such codes (or C, M and O columns) and import the sheet again."
        )
    return said


def _parts_written(cells: Sequence[str], noted: Sequence[int]) -> MarkedParts | None:
    """The parts a passage's comment writes, marking two or more of them ('C: … M: … O: …', as a coder writes the whole
    CMO in ATLAS.ti's quotation comment, after a note of their own: '[inferred] C: …'), read as a CMOC column's sentence
    is (`sentence_parts`); None where no comment marks two parts (a page, a memo)."""
    for index in noted:
        cell = cells[index] if index < len(cells) else ""
        if not has_marks(cell):
            continue
        marked = sentence_parts(cell)
        if not marked.problem and len([part for part in ("context", "mechanism", "outcome") if marked.parts.get(part)]) > 1:
            return marked
    return None


def _ticked(cell: str) -> bool:
    """A code matrix's cell (or an 'Inferred' checkbox) that says yes: TRUE, 1, yes, ✓."""
    return cell.strip().lower() in _ALL_INFERRED


_STATEMENT_ID = re.compile(r"^S0*([1-9][0-9]*)$")
"""A statement id as a person types it: any case, and leading zeros ('S01', 's007') as a spreadsheet's sorting
habit writes them, each read as the id it numbers ('S1', 'S7'), as `s1` is read as S1, without a word."""
_INFERRED_WORDS = {
    "c": "context",
    "m": "mechanism",
    "o": "outcome",
    "context": "context",
    "mechanism": "mechanism",
    "outcome": "outcome",
}
_NOTHING_INFERRED = {"", "none", "no", "-", "false", "n", "0", "☐", "✗", "✘", "unchecked", "unticked"}
_ALL_INFERRED = {"true", "yes", "y", "1", "✓", "✔", "☑", "☒", "checked", "ticked"}
"""An inferred column of ticks (a spreadsheet's checkbox: TRUE/FALSE; Yes/No; ✓) says of the whole statement whether it
was inferred: a ticked row is inferred in each part (it lists none), and an unticked one stated (trial AR: a Google
Sheets checkbox 'Inferred?' refused every row as "'false' is not c, m or o"); a checkbox exported in the word its tool
writes for a tick, 'checked' (Airtable, Smartsheet), is a tick (trial BN: an Airtable base's 'Inferred?' refused)."""


SHEET_STATEMENTS = "statements"
SHEET_SOURCES = "sources"
SHEET_TAGS = "domains and groups"


class StatementRow(BaseModel):
    """One sheet row: a new statement (`id` None) or an edit of an existing one.

    `fields` holds only what the sheet has columns for, keyed by `Statement` field name, so
    an update leaves anything the sheet does not show (e.g. split mechanisms) as it was.
    """

    row: int
    id: str | None = None
    fields: dict[str, Any]
    version: str | None = None
    """The statement as the sheet was made from it (`sheet_version`); "" where the sheet's 'cmo version' cell is empty,
    None where the sheet has no such column (a sheet the team keeps, or one that lost the column)."""
    hidden: bool = False
    """The row is hidden in the workbook (by a filter, or hidden by hand): read as every row is, and said."""
    page_warning: str = ""
    """The warning the row's page gave, being a date (`page_is_a_date`), as it is among the sheet's warnings."""
    page_dated: str = ""
    """The date the row's page cell holds, as the sheet shows it, where its page was read back from it (`likely_pages`):
    the page stored is the range; the date is what is compared with a statement's page a spreadsheet made a date."""
    matched_by: str = ""
    """The team's own column ('CMOC ID') whose cell gave the row its statement, on a sheet without cmo's id column
    (`own_id_columns`); "" where cmo's id did, or none."""
    computed: dict[str, str] = {}
    """The row's cells in the columns cmo computes ('contradicts', 'configurations'), by header: not imported, but a
    colleague's edit of one is named (`cmo.commands.code`)."""
    renamed: dict[str, str] = {}
    """The team's own columns this sheet heads otherwise, with the same values: old header to new (`update`)."""
    read: dict[str, str] = {}
    """The row's cells in the columns the import reads (context, groups, domain…), by header as written: what a column
    of the team's own the sheet no longer has is compared with, as it may be that column renamed so cmo reads it
    ('Who' headed 'Stakeholder group': `cmo.commands.code`)."""
    placeholders: dict[str, str] = {}
    """The parts (context, mechanism, outcome) whose cell held only a placeholder ('outcome?', 'TBC': `placeholder`), as
    written: read as none, and said with the statement (`cmo.commands.code`)."""

    def new_statement(self, statement_id: str) -> Statement:
        fields = dict(self.fields)
        fields["extra"] = {name: value for name, value in fields.get("extra", {}).items() if value}
        return _with_whole_mechanism(Statement(id=statement_id, **fields), derived="")

    def update(self, statement: Statement) -> Statement:
        """The sheet's own columns replace those values (an emptied cell removes one); others are kept. A mechanism cell
        "Resource: …; Response: …" on a sheet without those columns is the two parts, as a new statement reads it
        (`Statement`), so the statement it made reads back unchanged (trial Y)."""
        fields = dict(self.fields)
        parts = labelled_mechanism_parts(fields.get("mechanism", "")) if ":" in fields.get("mechanism", "") else None
        if parts and "mechanism_resource" not in fields and "mechanism_response" not in fields:
            fields |= {"mechanism_resource": parts[0], "mechanism_response": parts[1], "mechanism": mechanism_from_parts(*parts)}
        if "extra" in fields:
            kept = {self.renamed.get(name, name): value for name, value in statement.extra.items()}  # in the old one's place
            merged = {**kept, **fields["extra"]}
            fields["extra"] = {name: value for name, value in merged.items() if value}
        before = mechanism_from_parts(statement.mechanism_resource, statement.mechanism_response)
        if not statement.mechanism_response and statement.mechanism.strip() == str(fields.get("mechanism_response", "")).strip():
            before = statement.mechanism.strip()  # the reasoning alone was its mechanism: made again from both parts
        return _with_whole_mechanism(statement.model_copy(update=fields), derived=before)


PARTS = ("context", "mechanism", "outcome")
"""A statement's three parts, in the order a CMO names them."""

_PART_NAMES = frozenset(
    {"cmo", "context", "contexts", "mechanism", "mechanisms", "outcome", "outcomes", "resource", "resources", "response"}
)
_PLACEHOLDER_WORDS = _PART_NAMES | frozenset(
    {
        *("tbc", "tbd", "tba", "todo", "to", "do", "be", "confirmed", "decided", "determined", "added", "done", "completed"),
        *("checked", "check", "fill", "in", "later", "yet", "pending", "na", "applicable", "xx", "xxx"),
        *("not", "no", "none", "nil", "unknown", "unclear", "missing", "stated", "reported", "known", "clear", "given"),
    }
)
"""The words a cell may hold and still hold no words of a statement's part (`placeholder`): the short markers of
something to be done or absent, in any sheet ('TBC', 'n/a', 'to do', 'not stated'), and a part's own name."""


def placeholder(text: str) -> bool:
    """A context, mechanism or outcome written in to say it is missing, not what it is: only punctuation ('?', '-',
    '…'), or at most four words, each a to-be-done or absent marker or a part's own name ('TBC', 'n/a', 'mechanism
    unclear', 'O: TBC'; a name alone only asked for, 'outcome?'). It is read as no part at all, so it never becomes words
    of a title, a sentence or a pack (trial AM: 'outcome?'). An empty text is none too; a digit is always words, and so
    are a letter alone ('c') and a name alone not asked for ('context', as a formula copying a header gives)."""
    words = re.findall(r"[^\W\d_]+|\d+", re.sub(r"\bn\s*[/.]\s*a\b", "na", text.casefold()))
    marked = [word for word in words if len(word) > 1 or word.isdigit()]
    if marked and all(word in _PART_NAMES for word in marked) and "?" not in text:
        return False
    return len(words) <= 4 and (not words or bool(marked)) and all(word in _PLACEHOLDER_WORDS for word in marked)


def _with_whole_mechanism(statement: Statement, derived: str) -> Statement:
    """Its mechanism from its parts when it has none, or when the one it has was made from its earlier parts
    (`derived`); a mechanism someone wrote is never replaced."""
    whole = mechanism_from_parts(statement.mechanism_resource, statement.mechanism_response)
    if whole and statement.mechanism.strip() in ("", derived):
        return statement.model_copy(update={"mechanism": whole})
    return statement


CodingSheet = Parsed[StatementRow]


def parse_coding_sheet(
    path: str | os.PathLike,
    *,
    source_keys: Collection[str],
    domains: Collection[str] | Mapping[str, str],
    groups: Collection[str] | Mapping[str, str],
    statement_ids: Collection[str],
    record_keys: Callable[[], Mapping[str, str]] | None = None,
    cmo_columns: Collection[str] = (),
    sheet: str | None = None,
    configuration_columns: Collection[str] = (),
    own_ids: Mapping[str, Mapping[str, str]] | None = None,
    merged: Callable[[Collection[str]], dict[str, str]] | None = None,
) -> CodingSheet:
    """Read and check a coding sheet; raise one BadInput listing every bad cell, or return all rows.

    `domains` and `groups` are the slugs the review knows; pass a mapping of accepted label
    (slug or name, any case) to slug to also accept names. `record_keys` gives (when called) the original
    keys of linked records to their sources, so a team's own citation keys work. `cmo_columns` are the columns cmo
    writes of a statement (the export's statements table): one this sheet does not read is cmo's computation
    ('configurations', 'detached'), not a column of the team's own, and is left out, and said. `sheet`: the
    workbook's sheet to read, as a person named it. `configuration_columns` are the columns of cmo's own table of
    configurations (the export's 'Configurations'): a sheet laid out so is refused, and a tab so laid out never offered.
    `own_ids`: the team's own columns that name stored statements one by one (`own_id_columns`), which match the rows of
    a sheet without cmo's id column to their statements. `merged` gives (when called with the live keys) where each
    source merged away went (`store.merged_away`): named by its key or citation, it is read as the one it went into.
    """
    if Path(path).suffix.lower() in JSON_SUFFIXES:  # a coder's JSON Lines, or cmo's own `code list --json` (trial AM)
        fields = Statement.model_fields  # cmo's flags (true or false) and what no sheet has a column for: computed
        flags = {name for name, f in fields.items() if f.annotation is bool}
        computed = flags | (set(fields) - set(cmo_columns or ()) - {"extra"})
        table = json_table(path, leave_out=computed, wanted=_is_coding_header)
    else:
        table = read_table(path, prefer_sheet=SHEET_STATEMENTS, wanted=_is_coding_header, sheet=sheet, choosable=True)
    if table.sheet:  # one tab of several: its rows are named with it (trial AE: 'row 7' of which coder's tab?)
        table.file = tab_named(path, table.sheet)
    if cut := cut_by_a_delimiter(table):
        raise BadInput(f"{cut}, and import the sheet again; nothing was imported.")
    matrix_said = _one_statement_a_number(table) or _codes_listed(table) or _coded_segments(table) or _code_matrix(table)
    if _cmo_configurations(table.header, configuration_columns, cmo_columns):
        where = f"the tab '{sheet}' of {path}" if sheet else str(path)
        raise BadInput(
            f"{where} is cmo's own table of configurations (its export writes it, with the columns "
            f"{_quoted(_distinctive(configuration_columns, cmo_columns)[:3])} …), not coded statements, so nothing was "
            "imported: a configuration is changed with 'cmo configs edit C1 --title … --context …' (and 'cmo configs "
            "merge', 'split', 'attach', 'detach'), and only the statements are imported from a sheet."
        )
    naming = KeyIndex(source_keys, record_keys)
    columns = find_columns(
        table,
        _ALIASES,
        same=lambda name, one, other: _same_source(naming, name, one, other),
        reads=lambda name, cell: name != "source" or naming.resolve(cell) is not None,
    )
    columns |= _quote_in_its_language(table.header, columns)
    columns |= _segment_as_quote(table, columns)
    table.warnings += header_repeated(table, _ALIASES, columns)
    table.warnings += _notes_under_header(table, columns, naming)
    table.warnings += _user_coder(table, columns, _Vocabulary(groups))
    team_ids = _team_ids(table, columns, set(statement_ids), own_ids or {})
    if team_ids:
        del columns["id"]  # the team's own column, kept as any other (`Statement.extra`), matching rows later
    has_parts = any(name in columns for name in _CMO_COLUMNS)
    columns |= _sentence_column(table, has_parts)
    has_split_mechanism = "resource" in columns or "response" in columns
    required = ["source"] if "cmoc" in columns else ["source", "context", "mechanism", "outcome"]
    if has_split_mechanism and "mechanism" in required:
        required.remove("mechanism")
    only_parts_missing = "source" in columns and not any(name in columns for name in (*_CMO_COLUMNS, "cmoc"))
    unheaded_said = _unheaded_source_column(table, columns, KeyIndex(source_keys, record_keys))
    try:
        require_columns(table, columns, required, instead=_ONE_SENTENCE if only_parts_missing else "")
    except BadInput as refused:
        raise BadInput(str(refused) + _nearest_tab(path, sheet, table.sheet or "", columns)) from None
    above_said = _as_above(table, columns, KeyIndex(source_keys, record_keys))
    marks = workbook_marks(path, sheet)
    first_only = "source" in columns and header_key(table.header[columns["source"]]) in map(header_key, _FIRST_AUTHOR_ONLY)
    keys = KeyIndex(source_keys, record_keys, prefer_included=True, first_author_only=first_only)  # coded from an included work
    source_read = _source_column(table, columns, KeyIndex(source_keys, record_keys))
    above_said += _source_continued(table, columns)  # in the column read as the source, never one set aside (trial BW 3)
    vocabulary = _Vocabulary(domains)
    computed = _computed_columns(table, columns, [name for name in cmo_columns if not team_ids or header_key(name) != "id"])
    domain_read: list[str] = []
    if "domain" not in columns:
        found, domain_read = _domain_column(table, {*columns.values(), *computed.values()}, vocabulary)
        columns |= {"domain": found} if found is not None else {}
    checker = _RowChecker(
        table,
        columns,
        keys,
        vocabulary,
        _Vocabulary(groups),
        set(statement_ids),
        computed,
        hidden=marks.hidden,
        own_ids=own_ids or {},
        merged=(lambda: merged(source_keys)) if merged else None,
        path=Path(path),
    )
    drafts_said = _drafts_settled(table, columns, keys) + _dropped_in_reconciliation(table, checker.own_columns)
    table.rows, one_a_line = _one_statement_a_line(table, columns)
    rows = [statement for number, cells in table.rows for statement in checker.check(number, cells)]
    if "domain" not in columns and table.sheet:
        rows, tab_said = _tab_domain(table, rows, vocabulary, word=Path(path).suffix.lower() in DOCX_SUFFIXES)
        domain_read += tab_said
    rows, colour_said = _colour_domain(path, sheet, table, rows, vocabulary)
    domain_read += colour_said
    _refuse_uncomputed(table, marks, checker.problems)
    checker.problems.raise_if_any()
    said = _sentences_said(table, checker) if checker.sentences else []
    said += source_read
    said += keys.said_of_choices(table.file, table.rows, columns["source"])
    said += _read_as_said(table.file, checker.read_as)
    said += [
        f"{table.file}: {row_list(rows)}: '{value}' could be any of {keys.several(value)}; the row's '{header}' names "
        f"{key}, so it was read as {key}"
        for (value, header, key), rows in checker.titled_read.items()
    ]
    said += [
        f"{table.file}: {row_list(rows)}: '{value}' names a source merged into {key} ('cmo sources merge'), so it was read "
        f"as {key}"
        for (value, key), rows in checker.merged_read.items()
    ]
    other_tabs_keys = KeyIndex(source_keys, record_keys)
    said += _unread_statement_tabs(
        path,
        sheet,
        lambda header: _cmo_configurations(header, configuration_columns, cmo_columns),
        names_source=lambda cell: other_tabs_keys.resolve(cell) is not None,
    )
    said += [
        f"{table.file}: {row_list(rows)}: the cell in '{column}' marks several parts ('C: … M: … O: …') and the other "
        "parts' cells are empty: each part was read as marked, as in a 'CMOC' column; 'cmo code show' shows the parts."
        for column, rows in checker.parts_in_one_cell.items()
    ]
    if checker.labels_read:
        rows_labelled = sorted({row for rows in checker.labels_read.values() for row in rows})
        said.append(
            f"{table.file}: {row_list(rows_labelled)}: cells in {_quoted(list(checker.labels_read))} open with their own "
            "part's label ('C: …' under the context's column, 'M: …', 'O: …'): each was read without it, as its column "
            "names the part."
        )
    said += drafts_said
    said += above_said
    said += one_a_line
    said += unheaded_said + _unnamed_columns_warning(table)
    said += [sentence for sentence in team_ids if sentence]
    said += domain_read
    said += _groups_unread(table, columns, _Vocabulary(groups))
    said += checker.ticked_said()
    said += checker.pages_as_quotes_said() + checker.pages_as_notes_said()
    said += _quotes_unread(table, columns, computed)
    said += _own_ids_repeated(table, checker.own_columns, _sources_by_row(rows))
    said += _hidden_columns_said(table, columns, marks)
    said += _disagreements_kept(table, checker.own_columns)
    said = matrix_said + said
    return Parsed(
        rows=rows,
        warnings=table.warnings + _computed_warning(table, checker.computed) + checker.warnings + said,
        sheet=table.sheet,
    )


_AGREEMENT_ASKED = re.compile(r"\b(?P<against>dis)?agree(?:s|d|ment)?\b|\b(?P<conflict>conflicts?)\b", re.I)
_DISAGREED = frozenset({"disagree", "disagreed", "disagreement", "not agreed", "no agreement", "do not agree"})
_YES, _NO = frozenset({"yes", "y", "true"}), frozenset({"no", "n", "false"})


_FIRST_PHRASE = re.compile(r"\s+[-–—]\s*|\s*[:;,(\[]")
"""Where a cell's opening words end and what the coder wrote after them begins: a dash between spaces, a colon,
semicolon, comma or bracket ('disagree - JB reads M as fear', 'Drop (dup of JB)'), as a screening decision cell goes
on after its decision."""


def _first_phrase(value: str) -> str:
    """A cell's opening words, folded (`_FIRST_PHRASE`): 'disagree - JB thinks…' → 'disagree'."""
    return fold(_FIRST_PHRASE.split(value.strip(), maxsplit=1)[0])


def coders_disagree(header: str, value: str) -> bool:
    """Whether a cell of a team's own column says the coders disagree on its row: by its words ('DISAGREE',
    'Disagreed', or those words going on with the coder's reason: 'disagree - JB reads M as fear, discuss at ERG'), or
    a no under a header asking whether they agree ('Agree? (2nd coder)', 'Agreed'), a yes under one asking whether they
    disagree ('Disagreement?', 'Conflict'), as screening reads its yes and no. A no under any other header ('Quote
    checked?') is no disagreement. Trial CO: rows two coders marked DISAGREE came in as settled statements with nothing
    said; trial CW: a DistillerSR reconciliation cell 'disagree - JB thinks this contradicts…' came in settled too."""
    said = fold(value)
    if said in _DISAGREED or _first_phrase(value) in _DISAGREED:
        return True
    asked = _AGREEMENT_ASKED.search(header)
    if asked is None:
        return False
    return said in (_YES if asked["against"] or asked["conflict"] else _NO)


def _disagreements_kept(table: Table, own: Mapping[str, int]) -> list[LookAt]:
    """The rows whose own column says the coders disagree (`coders_disagree`), named by column: imported as written,
    their cell kept, for the team to settle; `round close --check` names the configurations holding them."""
    found: dict[tuple[str, str], list[int]] = {}
    for number, cells in table.rows:
        for name, index in own.items():
            value = cells[index].strip() if index < len(cells) else ""
            if value and coders_disagree(name, value):
                found.setdefault((name, value), []).append(number)
    return [
        LookAt(
            f"{table.file}: {row_list(rows)}: '{name}' says the coders disagree ('{value}'); imported as written, the cell "
            "kept: once settled, write it in the cell and import the sheet again ('cmo code delete' a statement dropped); "
            "until then 'cmo round close --check' names the configurations holding them"
        )
        for (name, value), rows in found.items()
    ]


_SETTLING = re.compile(r"reconcil|consensus|adjudicat|resolution|resolved|\bagree(?:d|ment)?\b|\bfinal\b", re.I)
"""A team's own column where coders settle what each row becomes ('Reconciliation', 'Reconciled?', 'Consensus',
'Adjudication', 'Agreed?', 'Final decision'), as extraction done by two or three coders is reconciled."""
_DROPPED = re.compile(
    r"(?:drop|dropped|delete|deleted|remove|removed|exclude|excluded|discard|discarded|duplicate|dup|dupe)"
    r"(?: (?:of|as|with|same as)\b.*)?"
)
"""A settling cell's opening words that drop its row: 'drop', 'Deleted', 'duplicate of row 3', 'dup' (`_first_phrase`);
not 'dropped the quote' (what was dropped is part of the row), not 'keep', 'agreed'."""


def _dropped_in_reconciliation(table: Table, own: Mapping[str, int]) -> list[LookAt]:
    """The rows the team's own settling column drops (`_SETTLING`, `_DROPPED`: 'Reconciliation' = 'drop - same as NK
    row', 'drop (dup of JB)'): the coders agreed that row is no statement (most often another coder's copy of one kept),
    so it is taken out of `table.rows`, as consensus rows replace drafts (`_drafts_settled`), and named; a cell that asks
    ('drop?') drops nothing. Trial CW: two rows a DistillerSR reconciliation column dropped as duplicates came in as
    evidence, nothing said. The sentences, for the import to say."""
    settling = {name: index for name, index in own.items() if _SETTLING.search(name)}
    if not settling:
        return []
    dropped: dict[tuple[str, str], list[int]] = {}
    kept = []
    for number, cells in table.rows:
        said = [
            (name, cells[index].strip())
            for name, index in settling.items()
            if index < len(cells) and "?" not in cells[index] and _DROPPED.fullmatch(_first_phrase(cells[index]) or "-")
        ]
        if said:
            dropped.setdefault(said[0], []).append(number)
            continue
        kept.append((number, cells))
    if not dropped:
        return []
    table.rows = kept
    return [
        LookAt(
            f"{table.file}: {row_list(numbers)}: '{name}' drops the row ('{value}'), so it was left out, as the coders "
            "settled; to import it, write what it should say in the cell and import the sheet again ('cmo code delete' a "
            "statement imported before from it)"
        )
        for (name, value), numbers in dropped.items()
    ]


_CONSENSUS = re.compile(r"\bconsensus\b", re.I)


def _drafts_settled(table: Table, columns: Mapping[str, int], keys: KeyIndex) -> list[LookAt]:
    """A study extracted in duplicate keeps only what its reviewers agreed: where a study has rows whose coder is the
    consensus ('Consensus', as Covidence exports extraction done by two reviewers and settled), each reviewer's own
    rows for that study are drafts the consensus replaced, not more evidence from it (trial BF: three copies of one
    finding, each counted). They are taken out of `table.rows` and named; a study with no consensus row keeps every
    reviewer's rows. The sentences, for the import to say."""
    if "coder" not in columns or "source" not in columns:
        return []

    def cell(cells: list[str], name: str) -> str:
        index = columns[name]
        return cells[index].strip() if index < len(cells) else ""

    def study(cells: list[str]) -> str:
        written = cell(cells, "source")
        return keys.resolve(written) or written.casefold()

    settled = {study(cells) for _, cells in table.rows if _CONSENSUS.search(cell(cells, "coder")) and cell(cells, "source")}
    drafts: dict[str, list[int]] = {}
    kept = []
    for number, cells in table.rows:
        if cell(cells, "source") and study(cells) in settled and not _CONSENSUS.search(cell(cells, "coder")):
            drafts.setdefault(cell(cells, "source"), []).append(number)
            continue
        kept.append((number, cells))
    if not drafts:
        return []
    table.rows = kept
    return [
        LookAt(
            f"{table.file}: {row_list(numbers)}: '{written}' has consensus rows, so these rows, each reviewer's own "
            "extraction that the consensus settled, were left out and only the consensus rows imported (a row whose coder "
            "cell says 'Consensus' too is imported with them)"
        )
        for written, numbers in drafts.items()
    ]


_LIST_MARK = re.compile(r"(?:^|(?<=\s))(\()?(\d{1,2}|[a-z])([).])(?=\s)")
"""The mark before an item of a list typed in a cell: '1)', '2.', '(3)', 'a)' (`_listed_items`)."""


def _listed_items(cell: str) -> list[str]:
    """A cell's lines, or, where the cell is a numbered list (`_numbered_items`), its items without their marks: a coder
    summarising a source in one cell of an NVivo framework matrix numbers the CMOCs in it, '1) … 2) …', which were
    imported as statements reading '1) Patients referred late…', the numbers then in every title, pack and report
    (trial BG)."""
    return _numbered_items(cell) or [line.strip() for line in cell.splitlines() if line.strip()]


def _numbered_items(cell: str) -> list[str]:
    """The items of a cell written as a numbered list, without their marks: its first words '1)', '1.', '(1)' or 'a)',
    and each next item marked with the next number or letter in the same way, at a line's start or typed on after the
    item before (a line that starts no item goes on the item before it); [] where the cell is no such list."""
    text = cell.strip()
    marks = list(_LIST_MARK.finditer(text))
    if not marks or marks[0].start() != 0 or marks[0].group(2) not in ("1", "a"):
        return []
    chosen = [marks[0]]
    for mark in marks[1:]:
        last = chosen[-1]
        following = str(int(last.group(2)) + 1) if last.group(2).isdigit() else chr(ord(last.group(2)) + 1)
        if mark.group(2) == following and (mark.group(1), mark.group(3)) == (last.group(1), last.group(3)):
            chosen.append(mark)
    if len(chosen) < 2:
        return []
    ends = [mark.start() for mark in chosen[1:]] + [len(text)]
    items = [" ".join(text[mark.end() : end].split()) for mark, end in zip(chosen, ends)]
    return items if all(items) else []


_AS_ABOVE = re.compile(
    r"(?:(?:see|same as|as per|as)\s+(?:the\s+)?(?:(?:row|one|cell)\s+)?(?:above|before|previous|prev)(?:\s+(?:row|one|cell))?"
    r"|same(?:\s+again)?|ditto|idem)[\s.]*|[\s\"'\u201c\u201d\u3003]+"
)
"""What a coder writes in a cell to repeat the one above it: 'see above', 'as above', 'same as above', 'as previous
row', 'ditto', 'same' alone (trial CJ: a context cell 'same' was worded 'In same, …' in the configurations), or ditto
marks alone ('"', '〃'). Matched against the whole cell, folded (`_as_above`): 'same GP each visit' is words."""


def says_above(text: str) -> bool:
    """Whether a cell's words only say it repeats the cell above it (`_AS_ABOVE`): what a statement imported before
    that rule holds as its words ('same', stored as the context), which a row giving the words above fills in."""
    return bool(text.strip()) and bool(_AS_ABOVE.fullmatch(text.strip().casefold()))


_ONE_STUDYS = ("quote", "page")
"""The cells that belong to one study: its words and where they are printed (a row citing several studies is refused
with them, `_RowChecker._sources`)."""


def _as_above(table: Table, columns: Mapping[str, int], keys: KeyIndex | None = None) -> list[str]:
    """A cell the import reads that says only that it is the cell above it ('see above', 'as above', 'ditto', a ditto
    mark: `_AS_ABOVE`) holds what that cell holds, as the coder means it, in the sheet's order (one 'as above' under
    another repeats the first's words); said, by column and rows. The first row has nothing above it and is read as
    written. cmo's own id column is never so read (trial BK: 'see above' became a configuration's context, worded 'In
    see above, …' in the pack). A quote or page is one study's (`_ONE_STUDYS`): one that says 'as above' under a row
    citing another source is refused, naming both rows, as the words above were printed in another study (trial CA: a
    realist review's quote was imported as an RCT's, at the RCT's page)."""
    read = [index for name, index in columns.items() if name != "id"]
    one_studys = {columns[name] for name in _ONE_STUDYS if name in columns}
    source = columns.get("source")

    def study(cells: list[str]) -> str:
        written = cells[source].strip() if source is not None and source < len(cells) else ""
        return (keys.resolve(written) if keys else None) or written.casefold()

    def named(key: str) -> str:
        return key if keys and keys.resolve(key) == key else "another study"

    repeated: dict[str, list[int]] = {}
    elsewhere: list[str] = []
    above: list[str] | None = None
    above_number, above_study = 0, ""
    for number, cells in table.rows:
        this_study = study(cells) or above_study  # a blank study cell continues the row above (`_source_continued`)
        for index in read:
            cell = cells[index] if index < len(cells) else ""
            if above is None or not says_above(cell):
                continue
            if index in one_studys and this_study != above_study:
                elsewhere.append(
                    f"row {number}, column '{table.header[index]}': '{cell.strip()}' repeats row {above_number}, which "
                    f"cites another source ({named(above_study)}, not {named(this_study)})"
                )
                continue
            cells[index] = above[index] if index < len(above) else ""
            repeated.setdefault(table.header[index], []).append(number)
        above, above_number, above_study = cells, number, this_study
    if elsewhere:
        raise BadInput(
            f"{table.file}: {'; '.join(elsewhere)}: a quote and its page are one study's words, so nothing was imported; "
            "write the quote and page in the cell, or leave it empty."
        )
    return [
        f"{table.file}: {row_list(numbers)}: the cell in '{column}' says it is the one above it ('see above', 'ditto'), "
        "so each was read with the words of the cell above; 'cmo code show' shows them"
        for column, numbers in repeated.items()
    ]


def _same_source(keys: KeyIndex, field_name: str, one: str, other: str) -> bool:
    """Whether two source cells of a row name the one source (an Airtable linked record's name and its lookup's
    citation, 'Percac-Lima 2009 (CRC RCT)' and 'Percac-Lima et al. (2009)'): each read as a source is, or by the
    citation it opens with (`cited_with_more`) where it goes on. A cell read as no source names none to differ ('CRUK
    2021 cervical', a team's label): the column read is then the one naming a source on the most rows (`find_columns`'s
    `reads`), any of its cells naming none refused as ever. Any other field's cells say the same only in the same
    words."""

    def named(cell: str) -> str | None:
        cited = cited_with_more(cell)
        return keys.resolve(cell) or next((key for handle in (cited[0] if cited else []) if (key := keys.resolve(handle))), None)

    if field_name != "source":
        return False
    found, other_found = named(one), named(other)
    return found is None or other_found is None or found == other_found  # a name read as no source differs from none


def _source_continued(table: Table, columns: Mapping[str, int]) -> list[str]:
    """A row whose source cell is blank and whose context, mechanism or outcome holds words, below a row naming a source
    in the same table (a Word form's, a sheet's tab), continues that row's study, as the page shows it: read with the
    source above, and said by rows. A merged cell is read in each row it spans; a cell left blank rather than merged
    looks the same on the page (trial BM 9: "row 7, column Study: no source key" refused a Word form whole; trial BR 9,
    "rows 9, 11, 12 and 13 more" an Excel sheet). A blank source on the table's first row, or a row with no part, is
    read as ever."""
    source = columns.get("source")
    parts = [columns[name] for name in (*_CMO_COLUMNS, "cmoc") if name in columns]
    if source is None or not parts:
        return []
    continued: list[int] = []
    above = ""
    for number, cells in table.rows:
        cell = cells[source].strip() if source < len(cells) else ""
        if cell:
            above = cell
        elif above and any(index < len(cells) and cells[index].strip() for index in parts):
            cells[source] = above
            continued.append(number)
    if not continued:
        return []
    return [
        f"{table.file}: {row_list(continued)}: the '{table.header[source].strip()}' cell is blank below a row naming its "
        "study, so each was read as continuing the study above it, as the page shows it; name the study in the cell "
        "where it is another"
    ]


def _one_statement_a_line(table: Table, columns: Mapping[str, int]) -> tuple[list[tuple[int, list[str]]], list[str]]:
    """A row whose context, mechanism and outcome cells each hold the same number of lines, two or more (two CMOCs
    typed in one row of a Word extraction table, a line break between them: trial BA), is that many statements, one a
    line: each of its cells that holds that many lines gives each statement its line, any other cell (the study, a
    note) is each statement's whole. A cell numbering its items ('1) … 2) …', on one line or several) holds one line
    an item, its marks left out (`_listed_items`). A row with cmo's id, or whose parts hold lines in other numbers (one
    context written over two lines, or lines that run on as pasted text wraps: `_wrapped_line`), is read as it is.
    Returns the rows so read and what the import says of them."""
    parts = [columns[name] for name in _CMO_COLUMNS if name in columns]
    whole = "context" in columns and "outcome" in columns and ("mechanism" in columns or "response" in columns)
    sentence = columns.get("cmoc")
    if not (whole or sentence is not None) or "id" in columns:
        return table.rows, []
    read: list[tuple[int, list[str]]] = []
    split: dict[int, list[int]] = {}
    numbered: dict[int, list[int]] = {}
    for number, cells in table.rows:
        lines = [_listed_items(cell) for cell in cells]
        counts = {len(lines[i]) if i < len(lines) else 0 for i in parts}
        wrapped = any(_wrapped_line(cells[i]) for i in parts if i < len(cells))
        if whole and not wrapped and len(counts) == 1 and (n := counts.pop()) >= 2:
            split.setdefault(n, []).append(number)
            read += [(number, [each[k] if len(each) == n else cell for each, cell in zip(lines, cells)]) for k in range(n)]
        elif items := _numbered_sentences(cells, sentence, parts):
            numbered.setdefault(len(items), []).append(number)
            read += [(number, [item if i == sentence else cell for i, cell in enumerate(cells)]) for item in items]
        else:
            read.append((number, cells))
    said = [
        f"{table.file}: {row_list(numbers)}: the context, mechanism and outcome cells each hold {n} lines (or numbered "
        f"items), so each row was read as {n} statements, one a line (a cell with that many gives each its line, "
        "without its number); 'cmo code show' shows them"
        for n, numbers in sorted(split.items())
    ]
    said += [
        f"{table.file}: {row_list(numbers)}: the '{table.header[sentence].strip()}' cell numbers {n} sentences that each "
        f"mark their parts ('1. C: … 2. C: …'), so each row was read as {n} statements, one a sentence; 'cmo code show' "
        "shows them"
        for n, numbers in sorted(numbered.items())
    ]
    return read, said


def _wrapped_line(cell: str) -> bool:
    """Whether a cell's lines are one text broken where a page's line ended, as words pasted from a PDF are: a line that
    opens in small letters below one that ends with no stop, comma or other mark ('When patients were given a
    prescription' / 'without an individual assessment of their pain'). Such a row is one statement, not one a line
    (trial CE: a quote's context, mechanism and outcome, each pasted over two lines, became two statements of half
    sentences each). A numbered list's items (`_numbered_items`) are items, however they open."""
    if _numbered_items(cell):
        return False
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    return any(above[-1].isalnum() and line[0].islower() for above, line in zip(lines, lines[1:]))


def _numbered_sentences(cells: list[str], sentence: int | None, parts: list[int]) -> list[str]:
    """The CMOCs of a row's sentence cell that numbers two or more, each marking its own parts ('1. C: …; M: …; O: …
    2. C: …'), where the row's C, M and O cells are empty: a coder who types two configurations of one passage in one
    cell, as a row of C, M and O cells holding two lines each is two statements. Each is a statement of its own; read as
    one, its parts were joined across both and the second number left in the outcome ('reduced drinking; 2; effect
    fades', trial BR). [] for any other row: one sentence, a list whose items do not each mark their parts, parts in
    their cells."""
    if sentence is None or sentence >= len(cells) or any(i < len(cells) and cells[i].strip() for i in parts):
        return []
    items = _numbered_items(cells[sentence])
    return items if len(items) >= 2 and all(_marks_parts([item], 0) for item in items) else []


def _unheaded_source_column(table: Table, columns: dict[str, int], keys: KeyIndex) -> list[str]:
    """A sheet with no source column whose one column with no header that holds anything names sources of the review
    is the source (a cell naming none is named as any unknown source is): a matrix NVivo exports (a framework matrix,
    its cases as its rows) leaves the cell over its row labels blank, and the sheet was refused as having no source
    column (trial BG). `columns` is set to it and the column headed 'Case', as NVivo calls what it lists; the sentence
    to say so. A column no header names that holds anything else is named as ever (`_unnamed_columns_warning`).
    Failing that, the one column headed as a record's title ('Title', 'Article title') whose cells name the review's
    sources is the source: an extraction tool that keeps the bibliography itself exports each form beside the record's
    own columns (DistillerSR's 'Refid', 'Title', 'Author', 'Year'), and the sheet was refused (trial CA)."""
    if "source" in columns or not any(name in columns for name in (*_CMO_COLUMNS, "cmoc")):
        return []
    from cmo.sheets import records, tables

    width = max(len(c) for _, c in table.rows) if table.rows else 0
    unheaded = [i for i in range(width) if i >= len(table.header) or not table.header[i].strip()]
    filled = {i: [c[i].strip() for _, c in table.rows if i < len(c) and c[i].strip()] for i in unheaded}
    naming = [i for i, values in filled.items() if values]
    if len(naming) == 1 and any(keys.resolve(value) is not None for value in filled[naming[0]]):
        index = naming[0]
        table.header = [*table.header, *[""] * (index + 1 - len(table.header))]
        table.header[index] = "Case"
        columns["source"] = index
        return [
            f"{table.file}: column {tables._column_name(index + 1)} has no header and its cells name the review's sources, "
            "as a matrix lists its cases, so each statement's source was read from it."
        ]
    read = set(columns.values())
    titled = {"title": records.COLUMNS["title"]}
    headed = [i for i, header in enumerate(table.header) if i not in read and columns_read([header], titled)]
    cells = {i: [c[i].strip() for _, c in table.rows if i < len(c) and c[i].strip()] for i in headed}
    found = [i for i in headed if any(keys.resolve(value) is not None for value in cells[i])]
    if len(found) != 1:
        return []
    columns["source"] = found[0]
    return [
        f"{table.file}: no column is headed as the source, and the column '{table.header[found[0]].strip()}' names the "
        "review's sources by their titles, so each statement's source was read from it."
    ]


def _source_column(table: Table, columns: dict[str, int], keys: KeyIndex) -> list[str]:
    """Of two columns or more whose headers could each be the source ('File' and 'Reference' on NVivo's coding
    summary, whose 'Reference 1' numbers the passages coded from each file), the one whose cells name the review's
    sources, where the one its header chose names none: `columns` is set to it, and that is said. Trial AW: NVivo's
    'Reference' column was read as the source, and every row of the sheet was refused as naming no source."""
    chosen = columns.get("source")
    if chosen is None:
        return []
    source_headers = {"source": _ALIASES["source"]}
    read = set(columns.values())
    others = [i for i, header in enumerate(table.header) if i not in read and columns_read([header], source_headers)]

    def naming(index: int) -> tuple[int, list[str]]:
        values = list(dict.fromkeys(v for _, cells in table.rows if index < len(cells) and (v := cells[index].strip())))
        return sum(keys.resolve(v) is not None or bool(keys.resolve_each(v)) for v in values), values

    if not others or naming(chosen)[0]:
        return []
    found = [index for index in others if naming(index)[0]]
    if len(found) != 1:
        filled = [index for index in others if naming(index)[1]]
        if not naming(chosen)[1] and len(filled) == 1:
            # the chosen column blank on every row, one other holding what names no source ('Document' beside ATLAS.ti's
            # blank 'Reference', trial DB: "column Reference: no source key"): its cells are what to refuse, by name
            columns["source"] = filled[0]
        return []
    columns["source"] = found[0]
    values = naming(chosen)[1]
    shown = ", ".join(f"'{value}'" for value in values[:2]) + (" …" if len(values) > 2 else "")
    none = f"names none ({shown})" if values else "is blank"  # not 'names none ()' (trial BW 3)
    return [
        f"{table.file}: the column '{table.header[found[0]].strip()}' names the review's sources and "
        f"'{table.header[chosen].strip()}' {none}, so each statement's source was read from "
        f"'{table.header[found[0]].strip()}' and '{table.header[chosen].strip()}' was kept as the team's own column."
    ]


DOMAIN_WORDS = frozenset(
    header_key(name)
    for name in (
        *("theme", "domain theme", "theme domain", "domain or theme", "theme or domain", "domain and theme"),
        *("programme theory area", "program theory area", "theory area", "programme theory domain", "program theory domain"),
        *("key theme", "main theme", "cmo theme", "cmoc theme", "theme area", "realist theme"),
        *("node", "nodes", "parent node", "code", "codes"),  # NVivo's nodes, ATLAS.ti's and MAXQDA's codes
    )
)
"""Headers a team gives the column of its statements' domains, in the words realist teams use ('Theme', 'Domain/theme',
'Programme theory area'; a plural too): read as the domain where every filled cell names one (`_domain_column`)."""


_WHITE = "#FFFFFF"
"""A fill of white: a sheet's background, no mark."""


def _colour_domain(
    path: str | os.PathLike, sheet: str | None, table: Table, rows: list[StatementRow], domains: _Vocabulary
) -> tuple[list[StatementRow], list[str]]:
    """A row that gives no domain but is filled with one colour (over at least half its written cells: one cell
    highlighted is no row's colour): the domain the workbook's key gives that colour (a cell
    of that colour whose text, or the one other text of its row, names a domain of the review, on a row that is no
    statement: another tab, or above the header), said; a colour no key names is said with its rows, as it was read as
    no domain. Trial AX: 12 of 36 statements coded to a domain by colour, a 'Key' tab naming each, came in with none,
    without a word, and refine joined them across domains. A row that writes its domain but is filled with a colour no
    key pairs with a domain (white aside) is said too: the colour is the team's own mark, which cmo does not keep (trial
    BV: rows coloured green for "agreed at the consensus meeting" came in with nothing said, the agreement lost)."""
    fills = workbook_fills(path) if Path(path).suffix.lower() in XLSX_SUFFIXES else {}
    if not fills:
        return rows, []
    statement_tab = _statement_tab(path, sheet)
    by_row: dict[int, dict[int, str]] = {}
    for (number, column), colour in fills.get(statement_tab, {}).items():
        by_row.setdefault(number, {})[column] = colour
    written = {number: {index for index, cell in enumerate(cells) if cell.strip()} for number, cells in table.rows}
    row_colours: dict[int, str] = {}  # one colour over half the written cells or more: a row filled, not a cell highlighted
    for number, colours in by_row.items():
        cells = written.get(number, set())
        if len(set(colours.values())) == 1 and 2 * len(cells & colours.keys()) >= len(cells):
            row_colours[number] = next(iter(colours.values()))
    uncoloured = [row for row in rows if not row.fields.get("domain") and row.row in row_colours]
    painted = [
        row for row in rows if row.fields.get("domain") and row_colours.get(row.row, _WHITE) not in (_WHITE, "theme colour 0")
    ]
    if not uncoloured and not painted:
        return rows, []
    key = _colour_key(path, statement_tab, table, fills, domains)
    kept_apart: dict[str, list[int]] = {}  # a colour that is no domain's: the team's own mark ("green = agreed")
    for row in painted:
        if row_colours[row.row] not in key:
            kept_apart.setdefault(row_colours[row.row], []).append(row.row)
    read: dict[tuple[str, str], list[int]] = {}
    unread: dict[str, list[int]] = {}
    coloured: dict[int, str] = {}
    for row in uncoloured:
        colour = row_colours[row.row]
        if colour in key:
            coloured[row.row] = key[colour][0]
            read.setdefault(key[colour], []).append(row.row)
        else:
            unread.setdefault(colour, []).append(row.row)
    said = [
        f"{table.file}: {row_list(numbers)}: no domain is written, and the row is coloured {colour} as the key "
        f"('{label}') colours the domain {slug}, so it was read as {slug}; a 'Domain' cell gives a row its own."
        for (slug, label), numbers in read.items()
        for colour in sorted({row_colours[n] for n in numbers})
    ]
    said += [
        LookAt(
            f"{table.file}: {row_list(numbers)}: no domain is written and the row is coloured {colour}, which no key in "
            "the workbook pairs with a domain (a cell of that colour beside the domain's name), so the colour was not "
            "read and the statements have no domain: write it in a 'Domain' column, or add a key, and import the sheet "
            "again."
        )
        for colour, numbers in unread.items()
    ]
    said += [
        LookAt(
            f"{table.file}: {row_list(numbers)}: the row is coloured {colour}, which cmo does not keep and no key in the "
            "workbook pairs with a domain: if the colour means something to the team (agreed, to check), write it in a "
            "column of its own, kept with each statement, and import the sheet again."
        )
        for colour, numbers in kept_apart.items()
    ]
    updated = [
        row.model_copy(update={"fields": row.fields | {"domain": coloured[row.row]}}) if row.row in coloured else row
        for row in rows
    ]
    return updated, said


def _statement_tab(path: str | os.PathLike, sheet: str | None) -> str:
    """The name of the workbook's tab `parse_coding_sheet` reads its statements from (`read_table`'s choice)."""
    from cmo.sheets import tables

    records, name, others = tables._spreadsheet_records(Path(path), sheet or SHEET_STATEMENTS)
    if not sheet and not tables._names_sheet(name, SHEET_STATEMENTS):
        name = tables._fitting_sheet(records, name, others, _is_coding_header)[1]
    return name


def _colour_key(
    path: str | os.PathLike,
    statement_tab: str,
    table: Table,
    fills: Mapping[str, Mapping[tuple[int, int], str]],
    domains: _Vocabulary,
) -> dict[str, tuple[str, str]]:
    """Colour -> (domain slug, the key's words): cells of a colour whose text, or the one other text of their row, names
    one domain, on rows that are no statements; a colour paired with two domains is no key."""
    from cmo.sheets import tables

    records, name, others = tables._spreadsheet_records(Path(path), None)
    tabs = {name: records, **others}
    paired: dict[str, set[tuple[str, str]]] = {}
    for tab, cells_of in fills.items():
        by_number = dict(tabs.get(tab, []))
        for (number, column), colour in cells_of.items():
            if tab == statement_tab and number >= table.header_row:
                continue
            cells = by_number.get(number, [])
            own = cells[column].strip() if column < len(cells) else ""
            texts = [own] if own else [cell.strip() for cell in cells if cell.strip()]
            if len(texts) == 1 and (slug := domains.resolve(texts[0])) is not None:
                paired.setdefault(colour, set()).add((slug, texts[0]))
    return {colour: next(iter(pairs)) for colour, pairs in paired.items() if len({slug for slug, _ in pairs}) == 1}


def _tab_domain(
    table: Table, rows: list[StatementRow], domains: _Vocabulary, word: bool = False
) -> tuple[list[StatementRow], list[str]]:
    """A workbook laid out one tab per domain, its tab named by a domain of the review (its slug, name or label, the
    one label rule, `_Vocabulary`) and no column giving its rows' domains: each row's domain is the tab's, as a
    'Domain' column would give it, and that is said. Trial AI: the tabs 'Staff' and 'Families' were the review's
    domains, and every statement imported from them had none, without a word. `word`: a Word document's table, named
    by the heading above it."""
    slug = domains.resolve(table.sheet or "")
    if slug is None or not rows:
        return rows, []
    each = f"each of its {len(rows)} rows was" if len(rows) > 1 else "its row was"
    named, on = ("the heading above the table", "table") if word else ("the tab's name", "tab")
    said = (
        f"{table.file}: {named} '{table.sheet}' names the review's domain {slug}, and no column gives the "
        f"statements' domains, so {each} given the domain {slug}, as a 'Domain' "
        f"column would give it; a 'Domain' column in the {on} gives each row its own."
    )
    return [row.model_copy(update={"fields": row.fields | {"domain": slug}}) for row in rows], [said]


_GROUP_WORDS = HeaderWords(("stakeholder", "stakeholders"))
"""A header with these words names the statements' stakeholder groups as a team heads it ('Stakeholder', 'Key
stakeholders'); the one rule for what is read as the groups is `GROUP_HEADERS`."""


def _read_as_said(file: str, read_as: Mapping[tuple[str, str, str], list[int]]) -> list[str]:
    """What each domain or group label was read as, once for the labels of one parent node read as one slug: an NVivo
    codebook's child nodes ('Codes\\Reaching care at home\\Travel', '…\\Avoiding ED') were said one a line, forty lines
    for a sheet of 41 statements (trial CZ), where they are one parent read as one domain. A label with no parent, or the
    only child said of its parent, is said as it is."""
    by_parent: dict[tuple[str, str, str], list[tuple[str, list]]] = {}
    for (kind, value, slug), rows in read_as.items():
        parent, sep, _ = value.rpartition("\\")
        by_parent.setdefault((kind, parent if sep and parent else value, slug), []).append((value, rows))
    said = []
    for (kind, parent, slug), children in by_parent.items():
        if len(children) == 1:
            value, rows = children[0]
            said.append(f"{file}: {row_list(rows)}: the {kind} '{value}' was read as {slug}")
            continue
        rows = [row for _, child_rows in children for row in child_rows]
        said.append(f"{file}: {row_list(rows)}: the {kind} '{parent}\\…' ({len(children)} codes under it) was read as {slug}")
    return said


def _groups_unread(table: Table, columns: Mapping[str, int], groups: _Vocabulary | None = None) -> list[str]:
    """A column named as a team names stakeholders that is not read as the statements' groups (`GROUP_HEADERS` names
    none of the sheet's columns): kept as the team's own, and said, with the header that reads it. Trial AK: a
    'Stakeholder' column of the groups was kept without a word, and no statement had a group. So is a column of another
    header whose cells name the review's groups, half of its filled cells or more (`_names_groups`: trial H7, a 'Who'
    column of 'parents', 'YP', 'school nurses' was kept unsaid, and no statement said for whom)."""
    if "groups" in columns:
        return []
    return [
        f"{table.file}: the column '{header.strip()}' was kept as the team's own column, not read as the statements' "
        "stakeholder groups: head it 'Stakeholder group' (or 'Groups') and import the sheet again to read it so."
        for index, header in enumerate(table.header)
        if index not in columns.values() and (_GROUP_WORDS.names(header) or _names_groups(table, index, groups))
    ]


def _names_groups(table: Table, index: int, groups: _Vocabulary | None) -> bool:
    """Whether a column's filled cells name the review's stakeholder groups, half of them or more and two at least, as
    a group cell is read (each part before a ';' or ','): the groups in other words than a header cmo reads."""
    if groups is None:
        return False
    cells = [cells[index].strip() for _, cells in table.rows if index < len(cells) and cells[index].strip()]
    named = sum(any(groups.resolve(part.strip()) for part in re.split(r"[;,]", cell) if part.strip()) for cell in cells)
    return named >= 2 and 2 * named >= len(cells)


QUOTED_WORDS = 6
"""A column whose cells hold this many words on average holds passages of text, as quotes are (`_quotes_unread`)."""


def _quotes_unread(table: Table, columns: Mapping[str, int], computed: Mapping[str, int]) -> list[str]:
    """A column the sheet does not read that holds passages of text (`QUOTED_WORDS` words a cell on average, or most
    cells quoted), on a sheet from which no quote is read: kept as the team's own column, and said, with the header that
    reads it as the quotes. Trial AQ: EPPI-Reviewer's 'Supporting text [highlighted]' was kept without a word, and 47
    statements had no quote."""
    if "quote" in columns:
        return []
    read = {*columns.values(), *computed.values()}
    said = []
    for index, header in enumerate(table.header):
        cells = [cells[index].strip() for _, cells in table.rows if index < len(cells) and cells[index].strip()]
        if index in read or not header.strip() or not cells or header == _CODED_AS:  # codes a segments export gave
            continue
        words = sum(len(re.findall(r"[^\W\d_]+", cell)) for cell in cells) / len(cells)
        quoted = sum(bool(re.search(r"[\"“”«»].*\w.*[\"“”«»]", cell)) for cell in cells)
        if words >= QUOTED_WORDS or quoted * 2 > len(cells):
            said.append(
                f"{table.file}: the column '{header.strip()}' ({counted(len(cells), 'row')}) holds passages of text and "
                "was kept as the team's own column, and no column was read as the statements' quotes: if it holds them, "
                "head it 'Quote' and import the sheet again (its rows then fill in the quotes of the statements they "
                "made, never adding them twice)."
            )
    return said


def _names_domain(header: str) -> bool:
    """Whether a header says its column holds domains in a team's words (`DOMAIN_WORDS`): 'Themes', 'Domain / theme',
    'Theme (from framework)'."""
    from cmo.sheets.tables import _explained, _loose_key

    return any(_loose_key(header_key(part)) in DOMAIN_WORDS for part in _explained(header))


def _domain_level(values: list[str]) -> list[str]:
    """The names at the level of a code system that looks like the domains, once each, where every value is a code path
    (MAXQDA's and NVivo's 'Domänen\\Kommunikation\\Angehörige'): the level under the parent all the paths share, their
    root at least, above the codes themselves ('Kommunikation', 'Personal'). A domain's alias is declared for that
    name, and every code under it then gives the domain (`_Vocabulary.candidates` reads each part of a path). [] where
    a value is no path (`path_names`), or a path stops at the shared parent."""
    paths = [[part.strip() for part in value.strip().strip("<>").split("\\") if part.strip()] for value in values]
    if not paths or any(len(path) < 2 for path in paths):
        return []
    shared = 1
    while all(len(path) > shared + 2 and path[shared] == paths[0][shared] for path in paths):  # a leaf is no domain
        shared += 1
    if not all(path[:shared] == paths[0][:shared] for path in paths):
        return []  # no root they share: no one code system's level
    return list(dict.fromkeys(path[shared] for path in paths))


def _domain_column(table: Table, read: Collection[int], domains: _Vocabulary) -> tuple[int | None, list[str]]:
    """On a sheet with no 'Domain' column, the column holding its statements' domains, and what is said of it: one the
    sheet reads for nothing else whose every filled cell names a domain of the review (`_Vocabulary`, the one label
    rule), under a header saying so in a team's words (`DOMAIN_WORDS`: said), or under any other on two rows or more
    (said to look at: the judgement was cmo's, and heading it 'Domain' confirms it). Trial AG: a 'Theme' column of the
    domains' names was kept as the team's own without a word, and every statement had no domain. A header in those
    words whose cells name domains only in part is kept as the team's own, and said, with the command that declares a
    value the team's word for a domain; of several columns that could be it, none is read, and that is said. Under
    such a header, a cell listing values one a line names the domain one of its lines names, and none where no line
    names one (`_Vocabulary.line_naming`: ATLAS.ti's codes, trial BW 7), read from a column beside it
    (`_lines_naming_domains`)."""
    named: list[int] = []
    by_cells: list[int] = []
    said: list[str] = []
    for index, header in enumerate(table.header):
        if index in read or not header.strip():
            continue
        values = [cells[index].strip() for _, cells in table.rows if index < len(cells) and cells[index].strip()]
        if _names_domain(header):  # a cell of codes one a line naming no domain gives none, as a blank cell
            values = [line for value in values if (line := domains.line_naming(value))]
        distinct = list(dict.fromkeys(values))
        unnamed = [value for value in distinct if domains.resolve(value) is None]
        if values and not unnamed:
            (named if _names_domain(header) else by_cells if len(values) > 1 else []).append(index)
        elif values and _names_domain(header) and (two := _naming_two(table, index, unnamed, domains)):
            said.append(
                LookAt(
                    f"{table.file}: {row_list(sorted(two))}: the cell in '{header.strip()}' names two domains or more "
                    f"({', '.join(sorted({slug for slugs in two.values() for slug in slugs}))}), so the column was kept as "
                    "the team's own and no statement got a domain from it: code each passage to one domain and import the "
                    "sheet again, or give each statement its domain with 'cmo code edit S1 --domain SLUG'."
                )
            )
        elif values and _names_domain(header) and len(unnamed) < len(distinct):
            level = _domain_level(unnamed)
            shown = ", ".join(f"'{value}'" for value in (level or unnamed)[:3]) + (" …" if len(level or unnamed) > 3 else "")
            said.append(
                LookAt(
                    f"{table.file}: the column '{header.strip()}' names the review's domains on some rows, but not "
                    f"{shown}, so it was kept as the team's own column and no statement got a domain from it: declare "
                    f'each as the team\'s word for a domain (cmo domains alias SLUG "{(level or unnamed)[0]}") and import '
                    f"the sheet again to read it as the domain (the domains are {domains.slugs()})."
                )
            )
        elif values and _names_domain(header) and (level := _domain_level(unnamed)):
            shown = ", ".join(f"'{name}'" for name in level[:6]) + (" …" if len(level) > 6 else "")
            said.append(
                f"{table.file}: the column '{header.strip()}' names none of the review's domains ({domains.slugs() or 'none'}), "
                f"so it was kept as the team's own column; its codes sit under {shown}: if those are the team's words "
                f'for domains, declare each once (cmo domains alias SLUG "{level[0]}") and import the sheet again.'
            )
        elif values and _names_domain(header):
            said.append(
                f"{table.file}: the column '{header.strip()}' names none of the review's domains ({domains.slugs() or 'none'}), "
                "so it was kept as the team's own column; if its values are the team's words for domains, "
                "'cmo domains alias SLUG \"VALUE\"' declares each, and the sheet imported again reads it as the domain."
            )
    chosen = named or by_cells
    if len(chosen) > 1:
        listed = " and ".join(f"'{table.header[index].strip()}'" for index in chosen)
        return None, [
            *said,
            LookAt(
                f"{table.file}: the columns {listed} each name one of the review's domains on every row, so neither was "
                "read as the statements' domain and each was kept as the team's own: head the one that is 'Domain' and "
                "import the sheet again.",
            ),
        ]
    if not chosen:
        return None, said
    index = chosen[0]
    header = table.header[index].strip()
    rows = sum(1 for _, cells in table.rows if index < len(cells) and cells[index].strip())
    lines = any(
        "\n" in cells[index] or domains.line_naming(cells[index].strip()) != cells[index].strip()
        for _, cells in table.rows
        if index < len(cells)
    )
    if lines:
        index = _lines_naming_domains(table, index, domains)  # the cells whole stay the team's own column: nothing lost
        rows = sum(1 for _, cells in table.rows if cells[index])
    if named:
        cells_named = "each of its cells a domain of the review"
        if lines:
            cells_named = "each of its cells naming a domain of the review on a line (kept whole as the team's own column)"
        return index, [
            *said,
            f"{table.file}: the column '{header}' was read as the statements' domain ({counted(rows, 'row')}), its "
            f"header naming it as teams do and {cells_named}.",
        ]
    return index, [
        *said,
        LookAt(
            f"{table.file}: the column '{header}' was read as the statements' domain ({counted(rows, 'row')}), as each of "
            "its cells names a domain of the review: head it 'Domain' to confirm it, and the import says no more of it; "
            "if it is not their domain, add a 'Domain' column holding each statement's domain and import the sheet again."
        ),
    ]


def _naming_two(table: Table, index: int, unnamed: Collection[str], domains: _Vocabulary) -> dict[int, list[str]]:
    """The rows whose cell lists values one a line naming two domains or more, each with the domains, where every value
    of the column that names no domain is such a cell (trial CC 11: one Dedoose excerpt ticked two domain codes, and
    the import said to declare its two lines as one domain's alias); else none."""
    two: dict[int, list[str]] = {}
    for number, cells in table.rows:
        cell = cells[index].strip() if index < len(cells) else ""
        slugs = {slug for line in cell.splitlines() if (slug := domains.resolve(line.strip()))}
        if cell in unnamed and len(slugs) > 1:
            two[number] = sorted(slugs)
    shown = {cells[index].strip() for number, cells in table.rows if number in two}
    return two if two and set(unnamed) <= shown else {}


def _lines_naming_domains(table: Table, index: int, domains: _Vocabulary) -> int:
    """A column beside the one at `index`, of cells listing values one a line, holding each cell's line that names its
    domain (`_Vocabulary.line_naming`), read as the statements' domain: the column itself stays the team's own, so the
    other lines (a quotation's other codes) are kept. Changes `table` in place; returns the new column's index."""
    width = len(table.header)
    table.rows = [
        (number, [*cells, *[""] * (width - len(cells)), domains.line_naming(cells[index].strip()) if index < len(cells) else ""])
        for number, cells in table.rows
    ]
    if table.groups:
        table.groups = [*table.groups, ""]
    table.header = [*table.header, f"{table.header[index].strip()} (the line naming a domain)"]
    return width


def _sources_by_row(rows: Iterable[StatementRow]) -> dict[int, set[str]]:
    """The sources each row of the sheet was read as citing (a row citing several gives a statement from each)."""
    sources: dict[int, set[str]] = {}
    for statement in rows:
        sources.setdefault(statement.row, set()).add(str(statement.fields.get("source", "")))
    return sources


def _numbers_each_study(table: Table, index: int, sources: Mapping[int, set[str]]) -> bool:
    """Whether a column gives each study one number of its own (Covidence's 'Covidence #', DistillerSR's 'Refid' beside
    each of a study's rows): every row of a value cites one and the same source, and every row of that source holds
    that value. Such a number names the study, not a statement, so it repeats on the rows coded from it (trial CG: the
    import told the team to number Covidence's own study numbers apart)."""
    number_of: dict[str, str] = {}
    source_of: dict[str, str] = {}
    for row, cells in table.rows:
        cited = sources.get(row, set())
        value = cells[index].strip() if index < len(cells) else ""
        if len(cited) != 1:
            continue
        source = next(iter(cited))
        if number_of.setdefault(source, value) != value or (value and source_of.setdefault(value, source) != source):
            return False
    return bool(source_of) and len(source_of) < sum(1 for _, cells in table.rows if index < len(cells) and cells[index].strip())


_STATEMENTS_NAMED = frozenset(["cmo", "cmoc", "cmocs", "cmos", "statement", "statements", "configuration", "configurations"])


def _names_statements(header: str) -> bool:
    """Whether a header says it numbers the sheet's statements ('CMOC no.', 'Statement #'): such a number is never a
    study's, however its values fall (`_numbers_each_study`)."""
    return bool(set(header_key(header).split()) & _STATEMENTS_NAMED)


def _own_ids_repeated(table: Table, own_columns: Mapping[str, int], sources: Mapping[int, set[str]] | None = None) -> list[str]:
    """A number or id of the team's own ('CMOC no.', 'CMOC ID', an 'ID' of the team's: `own_id_header`) on two rows
    or more of the sheet that say different things, each with its rows: the team's cross-reference names two
    statements (trial AG: two rows '23' passed without a word), and a later import cannot match either row to its
    statement by it (`_own_id_column`). Both rows were imported. A column numbering the studies, each study's rows
    one number (`_numbers_each_study`), numbers no statement and is not said, unless its header says it numbers the
    statements (`_names_statements`)."""
    said = []
    numbering = {header for header, index in own_columns.items() if own_id_header(header) and _numbers_every_row(table, index)}
    for header, index in own_columns.items():
        if not own_id_header(header) or numbering - {header}:
            continue  # another column numbers every row: this one points elsewhere ('Refines IPT #', trial BH 8)
        rows: dict[str, list[int]] = {}
        said_by: dict[str, set[tuple[str, ...]]] = {}
        for number, cells in table.rows:
            if index < len(cells) and cells[index].strip():
                rows.setdefault(cells[index].strip(), []).append(number)
                said_by.setdefault(cells[index].strip(), set()).add(tuple(cell.strip() for cell in cells))
        shapes = {_id_shape(value) for value in rows}
        if len(shapes) != 1 or not any(mark.isdigit() for mark in next(iter(shapes))):
            continue  # a column of words, or of ids of several shapes: not one numbering
        # a row pasted twice is one statement, its copy said as a repeat (`cmo.commands.code`): not two numbered alike
        repeated = {value: numbers for value, numbers in rows.items() if len(numbers) > 1 and len(said_by[value]) > 1}
        if not repeated or len(repeated) * 2 > len(rows):
            continue  # most values on several rows: a grouping (a round, a batch), not the team's numbering
        if sources is not None and not _names_statements(header) and _numbers_each_study(table, index, sources):
            continue  # the study's number, on each row coded from it: no statement's
        listed = "; ".join(f"'{value}' on rows {', '.join(map(str, numbers))}" for value, numbers in list(repeated.items())[:10])
        said.append(
            LookAt(
                f"{table.file}: the team's own '{header}' gives one number to two rows or more ({listed}"
                f"{' …' if len(repeated) > 10 else ''}): all were imported, each as its own statement, but the number names "
                "neither, and a later import of the sheet cannot match those rows to their statements by it: number them "
                "apart on the sheet and import it again."
            )
        )
    return said


def _numbers_every_row(table: Table, index: int) -> bool:
    """Whether a column gives every row a value of its own, none on two rows: the sheet's numbering ('CMOC #')."""
    values = [cells[index].strip() if index < len(cells) else "" for _, cells in table.rows]
    return bool(values) and all(values) and len(set(values)) == len(values)


def own_id_header(header: str) -> bool:
    """Whether a header names a column of the team's ids or numbers: its last word an id's ('CMOC no.', 'CMOC ID',
    'Statement number', 'Ref') or a '#' in it ('CMOC #')."""
    words = header_key(header).split()
    return "#" in header or bool(words) and words[-1] in ("id", "no", "nr", "num", "number", "ref")


def tabs_by_domain(path: str | os.PathLike, domains: Collection[str] | Mapping[str, str]) -> list[str]:
    """The tabs of a workbook laid out one tab per domain, to be read together: two or more tabs with a coding sheet's
    columns, all with the same header and rows under it, each named by a different domain of the review (the one label
    rule, `_Vocabulary`: 'Coordination' for 'Coordination and integration'), and no other tab with those columns (a
    second coder's tab 'AK coding' beside them keeps the one-tab read and its '--sheet' advice). [] for any other file.
    Trial BC: a Google Sheets workbook of tabs 'Carer support', 'Out-of-hours', 'Symptom control', 'Coordination' imported
    its first tab only, 12 of 36 statements, and asked for three more imports with --sheet. A Word document's tables are
    its tabs, each named by the heading above it (`tables.word_tables`): trial BM's extraction form of one table under
    each domain's heading ('Domain 2: Engagement with the early intervention service') imported its first table alone,
    with no domain, and asked for the tables to be pasted into one, losing the headings that gave their domains."""
    from cmo.sheets import tables

    path = Path(path)
    if path.suffix.lower() in DOCX_SUFFIXES:
        tabs = {}  # a Word form laid out one table per domain: each table's heading is its tab name (trial BM)
        for heading, records in tables.word_tables(path):
            if heading in tabs:
                return []  # two tables under one heading: not one table a domain
            tabs[heading] = lambda whole=False, records=records: records
    elif path.suffix.lower() in XLSX_SUFFIXES | tables.CALAMINE_ONLY_SUFFIXES:
        tabs = _workbook_tabs(path)
    else:
        return []
    vocabulary = _Vocabulary(domains)
    headers: dict[str, frozenset[str]] = {}
    for name, rows in tabs.items():
        leading = rows()
        if leading and tables._header_fits(leading, _is_coding_header):
            keys, below = tables._header_keys(rows(whole=True), _is_coding_header)
            if below > 0:
                headers[name] = keys
    named = {name: vocabulary.resolve(name) for name in headers}
    if len(headers) < 2 or len(set(headers.values())) > 1 or None in named.values():
        return []
    return list(headers) if len(set(named.values())) == len(named) else []


def _sentence_column(table: Table, has_parts: bool) -> dict[str, int]:
    """The column of CMOC sentences, if any. Beside C, M and O, one none of whose cells marks a part is the team's own
    ('CMOC ID'), and the next the aliases name is tried: a 'CMOC ID' named loosely before a 'CMO' of sentences hid it
    (trial AF: the rows coded only as a sentence were refused as having no context, mechanism or outcome)."""
    header = ["" if own_id_header(name) else name for name in table.header]  # 'CMOC-ID' numbers the sentences it names
    while True:
        found = find_columns(dataclasses.replace(table, header=header), _BESIDE_PARTS if has_parts else _SENTENCE_ALIASES)
        if not found or not has_parts or any(_marks_parts(cells, found["cmoc"]) for _, cells in table.rows):
            return found
        header[found["cmoc"]] = ""


_DEFINES_ITS_PART = {part: re.compile(rf"^\s*(?:{part[0]}|{part})\s*=", re.I) for part in ("context", "mechanism", "outcome")}
"""A cell that says what its column holds ('C = who / where', 'Mechanism = how people respond'), as a team writes in
a row of notes under a sheet's frozen header."""
_NOTES_WORDS = re.compile(r"^\s*(?:notes?|nb|n\.b\.|instructions?|guidance|how to|e\.g\.)\b", re.I)
"""The opening of a study cell that calls its row notes or guidance ('NOTES ROW - pls keep', 'Instructions:')."""


def _notes_under_header(table: Table, columns: Mapping[str, int], naming: KeyIndex) -> list[str]:
    """The first row under the header, where it says what each column is for rather than coding a study: its study
    cell names no source and either opens by calling the row notes or guidance, or two or more of its context,
    mechanism and outcome cells say what their column holds ('C = who / where', 'M = how ppl respond'). It is left out
    and said (trial CX: a Google Sheet's notes row under its frozen header refused the whole sheet as an unknown
    source). A study cell that names a source, or a first row of statements, is read as ever."""
    if not table.rows or "source" not in columns:
        return []
    number, cells = table.rows[0]

    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    study = cell("source")
    if not study or naming.resolve(study) is not None:
        return []
    defined = sum(1 for part, pattern in _DEFINES_ITS_PART.items() if pattern.match(cell(part)))
    if defined < 2 and not _NOTES_WORDS.match(study):
        return []
    table.rows = table.rows[1:]
    return [f"{table.file}: {table.row_named(number)} says what the columns hold ('{study}'), not a study's statement: left out."]


def _user_coder(table: Table, columns: dict[str, int], groups: _Vocabulary) -> list[str]:
    """A 'User' column read as the coder (`USER_HEADERS`: DistillerSR's extraction export names the reviewer who filled
    each form so, and the rows had no coder, the brief's LJ 4) is said; one whose cells name the review's stakeholder
    groups ('Carers', 'Patients'), half its cells or more, is the kind of service user, not who coded: kept as the team's
    own column, unsaid."""
    index = columns.get("coder")
    if index is None or header_key(table.header[index]) not in {header_key(name) for name in USER_HEADERS}:
        return []
    cells = [cells[index].strip() for _, cells in table.rows if index < len(cells) and cells[index].strip()]
    if 2 * sum(groups.resolve(cell) is not None for cell in cells) >= len(cells) > 0:
        del columns["coder"]
        return []
    return [
        f"{table.file}: the column '{table.header[index].strip()}' names who filled each row's form, as an extraction tool's "
        "export does, so it was read as each statement's coder."
    ]


def _id_shape(value: str) -> str:
    """What an id looks like, its letters and digits each one mark: 'AF-01' and 'JM-19' are both 'a-9'."""
    return re.sub(r"[^\W\d_]+", "a", re.sub(r"\d+", "9", value.strip()))


def _team_ids(
    table: Table,
    columns: Mapping[str, int],
    statement_ids: Collection[str] = (),
    own_ids: Mapping[str, Mapping[str, str]] | None = None,
) -> list[str]:
    """A column named as cmo's id ('ID') whose every filled cell follows one pattern, not cmo's, and none is a statement
    id ('AF-01', 'AF-02' …): the team's own ids, read as the team's own column (as a 'CMOC ID' is), said (a sentence
    each; '' where the matching of its rows says it); each cell was
    refused, one line a row (trial AF). A column mixing cmo's ids with others, or of ids shaped as cmo's ('X7': a
    letter and a number), is read as cmo's, and each cell not a statement id refused; a word's numbering ('CMOC01',
    'CMO12', 'Ref3': two letters or more before the number) is no mistyped id, the team's (trial CQ: 45 rows refused,
    'CMOC01' is not a statement id, one line each, and nothing imported).

    So is a column of ids shaped as cmo's on a review that holds and held no statement (`statement_ids`, the deleted
    too): a team numbering its CMOCs S1, S2 … before its first import had every row refused, 'leave id empty' forty
    times over (trial CE); and a column an earlier import kept as the team's own (`own_ids`, by header), whose ids now
    name statements cmo numbered its own way, stays the team's, matching each row to the statement it made (never on a
    sheet cmo wrote, whose `cmo version` column says its ids are cmo's: 'cmo code template' heads them 'id' too). Once the
    review holds statements, an id it does not hold is refused: a mistyped id never adds a statement twice."""
    if "id" not in columns:
        return []
    index = columns["id"]
    values = [cells[index].strip() for _, cells in table.rows if index < len(cells) and cells[index].strip()]
    header = table.header[index].strip()
    from_cmo = any(header_key(name) == header_key(VERSION_COLUMN) for name in table.header)  # cmo's template or export
    if values and not from_cmo and header_key(header) in {header_key(name) for name in own_ids or {}}:
        return [""]  # said where its rows are matched ('… were matched to their statements by the 'ID' an earlier import kept')
    numbered = [_STATEMENT_ID.match(value.upper()) for value in values]
    if values and all(numbered) and not statement_ids:
        return [
            f"{table.file}: the column '{header}' numbers statements ('{values[0]}' …), and this review holds none yet: it "
            "was kept as the team's own column, each row read as a new statement with an id cmo gives it ('cmo code list' "
            "shows both); to change statements later, start from 'cmo code template', whose ids are cmo's."
        ]
    shapes = set(map(_id_shape, values))
    cmo_shaped = all(re.fullmatch(r"[^\W\d_]\s*\d+", value) for value in values)  # one letter, a number: 'X7'
    if not values or any(_STATEMENT_ID.match(value.upper()) for value in values) or len(shapes) > 1 or cmo_shaped:
        return []  # 'X7' is shaped as cmo's S7 is: a mistyped id, refused; 'CMOC01' is a word's numbering, the team's
    return [
        f"{table.file}: the column '{header}' holds the team's own ids ('{values[0]}' …), not cmo's statement ids (S12): it "
        "was kept as the team's own column, each row read as a new statement or as the one an earlier import of it made."
    ]


def _unnamed_columns_warning(table: Table) -> list[str]:
    """Each column with no header that holds text on some row, named by its letter and rows: a column with a header
    the import does not read is kept as the team's own (`Statement.extra`), but one without a header has no name to
    keep it by, and its cells were dropped without a word (trial AF: a header merged down read as blank)."""
    from cmo.sheets import tables

    filled: dict[int, list[int]] = {}
    for number, cells in table.rows:
        for index, cell in enumerate(cells):
            if cell.strip() and (index >= len(table.header) or not table.header[index].strip()):
                filled.setdefault(index, []).append(number)
    return [
        LookAt(
            f"{table.file}: column {tables._column_name(index + 1)} has no header, so what it holds ({row_list(numbers)}) "
            "was not imported: give it a header (one the sheet does not know is kept as the team's own column) and "
            "import the sheet again."
        )
        for index, numbers in sorted(filled.items())
    ]


def _unread_statement_tabs(
    path: str | os.PathLike,
    sheet: str | None,
    cmo_table: Callable[[Sequence[str]], bool] = lambda header: False,
    names_source: Callable[[str], bool] = lambda cell: False,
) -> list[str]:
    """Each other tab of the workbook laid out as statements (a source column, and C, M and O or CMOC columns) with rows
    under its header, named with the '--sheet' that reads it: one sheet is read, and a tab laid out otherwise than it
    (a coder's sentences on their own tab) was left out without a word (trial U). A tab with the read sheet's very
    columns is said by `read_table`; a sheet named by '--sheet' was chosen, the others with it. A tab `cmo_table` knows
    as cmo's own (the export's configurations) is no statements, and never offered (trial Y: following the offer
    imported cmo's configurations as 43 made-up statements)."""
    from cmo.sheets import tables

    path = Path(path)
    if sheet or path.suffix.lower() not in XLSX_SUFFIXES | tables.CALAMINE_ONLY_SUFFIXES:
        return []
    sheets = _workbook_tabs(path)
    if len(sheets) < 2:
        return []
    names = list(sheets)
    read = next((name for name in names if tables._names_sheet(name, SHEET_STATEMENTS)), None)
    if read is None:
        read = tables._fitting_sheet(sheets[names[0]](), names[0], {n: sheets[n]() for n in names[1:]}, _is_coding_header)[1]
    same = tables._header_keys(sheets[read](), _is_coding_header)[0]
    said = []
    for name in names:
        leading = sheets[name]()
        if name == read or not leading:
            continue
        keys = tables._header_keys(leading, _is_coding_header)[0]
        if cmo_table(sorted(keys)) or _template_list(keys):
            continue
        if not tables._header_fits(leading, _is_coding_header):
            said += _tab_left_unread(path, name, read, sheets[name](whole=True), names_source)
            continue
        below = tables._header_keys(sheets[name](whole=True), _is_coding_header)[1]
        if below > 0 and not (same and keys == same):
            said.append(
                LookAt(
                    f"{path}: the tab '{name}' ({counted(below, 'row')}) holds statements in its own columns and was not "
                    f"read; only '{read}' was: import it too, with --sheet '{name}'."
                )
            )
    return said


def _nearest_tab(path: str | os.PathLike, sheet: str | None, read: str, columns: Mapping[str, int]) -> str:
    """Where the tab read is no coding sheet, the other tab whose header names more of a coding sheet's columns than it
    does, said with the --sheet that reads it once its columns are named so (trial AN 9: an NVivo framework matrix came
    first, and the tab of statements beside it went unnamed)."""
    path = Path(path)
    if sheet or path.suffix.lower() not in XLSX_SUFFIXES:
        return ""
    from cmo.sheets import tables

    wanted = ("source", "context", "mechanism", "outcome", "cmoc")
    best, best_found = "", [name for name in wanted if name in columns]
    for name, rows in _workbook_tabs(path).items():
        leading = tables._leading_rows(rows())
        if name == read or not leading:
            continue
        header = tables.find_header(leading, _is_coding_header)
        found = set(tables._matching_columns(header.names, {**_ALIASES, **_SENTENCE_ALIASES}))
        if len([n for n in wanted if n in found]) > len(best_found):
            best, best_found = name, [n for n in wanted if n in found]
    if not best:
        return ""
    missing = _columns_missing(tables.find_header(tables._leading_rows(_workbook_tabs(path)[best]()), _is_coding_header).names)
    lacks = f", but no {_quoted(missing)}: name {'it' if len(missing) == 1 else 'them'} so and" if missing else ":"
    return f" The tab '{best}' has {_quoted(best_found)} columns{lacks} import it with --sheet '{best}'."


def _template_list(keys: Collection[str]) -> bool:
    """The template's own tabs beside its statements: the sources to cite and the domains and groups to code to."""
    return bool(keys) and keys in ({header_key(n) for n in _SOURCE_HEADER}, {header_key(n) for n in _TAG_HEADER})


def _columns_missing(header: Sequence[str]) -> list[str]:
    """The columns a coding sheet needs that a header does not name (as `parse_coding_sheet` requires them)."""
    from cmo.sheets import tables

    found = set(tables._matching_columns(header, {**_ALIASES, **_SENTENCE_ALIASES}))
    if "cmoc" in found:
        return [] if "source" in found else ["source"]
    needed = ["source", "context", "mechanism", "outcome"]
    if found & {"resource", "response"}:
        needed.remove("mechanism")
    return [name for name in needed if name not in found]


def _tab_left_unread(
    path: Path, name: str, read: str, rows: list[tuple[int, list[str]]], names_source: Callable[[str], bool]
) -> list[str]:
    """A tab laid out otherwise than a coding sheet whose rows cite the review's sources (`names_source`), under a
    header of several columns: named, with why and the --sheet that reads it once its columns are named so, as its rows
    may be statements in columns headed in a language cmo does not read, which no word of the import would otherwise
    mention (trial AO 1: a French tab of 8 statements, exit 0). A tab citing no source (the team's notes on coding,
    instructions) holds no statements."""
    from cmo.sheets import tables

    leading = tables._leading_rows(rows)
    header = tables.find_header(leading, _is_coding_header) if leading else None
    if header is None or tables._filled_count(header.names) < 2:
        return []
    below = sum(1 for _, cells in rows if any(cells)) - header.index - header.size
    under = [cells for number, cells in rows if number > leading[header.index + header.size - 1][0]][:50]
    if below <= 0 or not any(names_source(cell) for cells in under for cell in cells if cell and len(cell) <= 300):
        return []
    if _worded_columns(under) < 3:
        return []  # a list of the sources themselves (key, citation), not statements: a context, mechanism and outcome are words
    missing = _columns_missing(header.names) or ["source", "context", "mechanism", "outcome"]
    shown = ", ".join(repr(cell) for cell in header.names if cell)
    return [
        LookAt(
            f"{path}: the tab '{name}' ({counted(below, 'row')}) was not read, only '{read}' was: its header has no "
            f"{_quoted(missing)} column{'s' if len(missing) > 1 else ''} (found {shown}). If it holds statements, name its "
            f"columns so and import it with --sheet '{name}'."
        )
    ]


def _worded_columns(rows: list[list[str]]) -> int:
    """How many columns of `rows` mostly hold words (three or more in a cell): a tab of statements has at least three,
    its context, mechanism and outcome, where a tab listing the sources (a key and a citation) has one."""
    width = max((len(cells) for cells in rows), default=0)
    worded = 0
    for column in range(width):
        cells = [cells[column] for cells in rows if column < len(cells) and cells[column]]
        if cells and 2 * sum(len(cell.split()) >= 3 for cell in cells) > len(cells):
            worded += 1
    return worded


def _distinctive(configuration_columns: Collection[str], cmo_columns: Collection[str]) -> list[str]:
    """The columns of cmo's configurations table that no statement has (not its context, mechanism, outcome, id…)."""
    statement = {header_key(name) for name in cmo_columns} | {header_key(n) for n in _CMO_COLUMNS}
    return [name for name in configuration_columns if header_key(name) not in statement]


def _cmo_configurations(header: Sequence[str], configuration_columns: Collection[str], cmo_columns: Collection[str]) -> bool:
    """Whether a sheet's header is cmo's own table of configurations: it has at least half of the columns of it that no
    statement has ('number', 'strength', 'strength_reason', 'key_contexts'…), so a colleague's deleted column or two
    leave it cmo's."""
    distinctive = {header_key(name) for name in _distinctive(configuration_columns, cmo_columns)}
    return bool(distinctive) and 2 * len(distinctive & {header_key(name) for name in header if name}) >= len(distinctive)


def _workbook_tabs(path: Path) -> dict[str, Callable[..., list[tuple[int, list[str]]]]]:
    """Each sheet of a workbook by name, as a function giving its first rows (enough for `find_header`) or, `whole`, all
    of them: only a tab laid out as statements is read whole."""
    from cmo.sheets import tables

    tables.check_workbook(Path(path))
    try:
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_path(str(path))
    except Exception:  # no calamine, or a workbook only openpyxl reads: read it all, as `read_table` did
        try:
            records, name, others = tables._spreadsheet_records(path, SHEET_STATEMENTS)
        except BadInput:
            return {}
        whole = {name: records, **others}
        return {sheet: (lambda whole=False, rows=rows: rows) for sheet, rows in whole.items()}

    def rows(sheet: str, whole: bool = False) -> list[tuple[int, list[str]]]:
        try:
            values = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False, nrows=None if whole else 60)
        except Exception:
            return []
        return [(number, [tables.cell_text(v) for v in row]) for number, row in enumerate(values, start=1)]

    return {sheet: (lambda whole=False, sheet=sheet: rows(sheet, whole)) for sheet in workbook.sheet_names}


class WorkbookMarks(BaseModel):
    """What the readers do not give of the workbook sheet a coding sheet is read from (`workbook_marks`)."""

    uncomputed: dict[int, list[tuple[int, str, str]]] = {}
    """Formula cells no program computed (a script wrote them; no spreadsheet opened and saved the file), by row:
    (column index, cell, formula). What they would show is unknown, so their rows are refused, not read as empty."""
    hidden: set[int] = set()
    """Rows hidden in the workbook: by a filter (AutoFilter hides the rows it leaves out), or hidden by hand."""
    hidden_columns: set[int] = set()
    """Columns hidden in the workbook (Hide, or a width of nothing), by index from the sheet's first column (A is 0)."""


_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_HIDDEN_COLUMNS = re.compile(rb'<(?:\w+:)?col\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_COLUMN_SPAN = (re.compile(rb'\bmin="(\d+)"'), re.compile(rb'\bmax="(\d+)"'))
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_STRING_RESULT = re.compile(rb'^<c\b[^>]*\bt="(?:str|e|b)"')
"""A formula cell whose result a spreadsheet saved as text (empty text too: `=IF(L2="","",L2)`), an error or a truth
value: computed, whatever it shows."""


def workbook_marks(path: str | os.PathLike, sheet: str | None = None) -> WorkbookMarks:
    """The formulas no program computed and the hidden rows of the workbook sheet `parse_coding_sheet` reads (a CSV,
    .xls or .ods has neither to tell). Nothing is read twice unless a worksheet of the workbook has either."""
    from cmo.sheets import tables

    path = Path(path)
    if path.suffix.lower() not in XLSX_SUFFIXES:
        return WorkbookMarks()
    try:
        with zipfile.ZipFile(path) as archive:
            parts = [name for name in archive.namelist() if name.startswith("xl/worksheets/") and name.endswith(".xml")]
            if not any(
                _HIDDEN_ROW.search(xml := archive.read(name)) or _HIDDEN_COLUMNS.search(xml) or b"<f" in xml for name in parts
            ):
                return WorkbookMarks()
    except (zipfile.BadZipFile, OSError, KeyError):
        return WorkbookMarks()
    name = _statement_tab(path, sheet)
    xml = tables._sheet_xml(path, name)
    uncomputed: dict[int, list[tuple[int, str, str]]] = {}
    for match in tables._CELL_ELEMENT.finditer(xml):
        inner = match.group(2) or b""
        formula, value = tables._FORMULA.search(inner), tables._VALUE.search(inner)
        if formula is None or (value and value.group(1).strip()) or b"<is>" in inner or _STRING_RESULT.match(match.group(0)):
            continue
        text = html.unescape((formula.group(1) or b"").decode("utf-8", "replace")) or "a shared formula"
        box = tables._cell_range(match.group(1))
        if box is not None and tables._link_text(text) is None:  # a link's text is read from its formula
            uncomputed.setdefault(box[1], []).append((box[0] - 1, match.group(1).decode(), text))
    hidden = {int(found.group(1)) for row in _HIDDEN_ROW.finditer(xml) if (found := _ROW_NUMBER.search(row.group(0)))}
    return WorkbookMarks(uncomputed=uncomputed, hidden=hidden, hidden_columns=_hidden_columns(xml))


def _hidden_columns(xml: bytes) -> set[int]:
    """The columns a worksheet's `<cols>` hides (`<col min="3" max="4" hidden="1"/>`: C and D), by index (A is 0)."""
    hidden: set[int] = set()
    for col in _HIDDEN_COLUMNS.finditer(xml):
        first, last = (found.search(col.group(0)) for found in _COLUMN_SPAN)
        if first and last and int(last.group(1)) - int(first.group(1)) < 16384:
            hidden |= set(range(int(first.group(1)) - 1, int(last.group(1))))
    return hidden


def _hidden_columns_said(table: Table, columns: Mapping[str, int], marks: WorkbookMarks) -> list[str]:
    """The columns hidden in the workbook that the import read (a part, the source, the quote…), said once, as hidden
    rows are (`cmo.commands.code._hidden_rows_said`): read as every column is, as a hidden column is still the team's,
    and said, as nobody looking at the sheet saw what went in from it (helper G1)."""
    read = sorted({index for index in columns.values() if index in marks.hidden_columns and index < len(table.header)})
    if not read:
        return []
    named = ", ".join(f"{_column_letter(index)} ('{clean_text(str(table.header[index]))}')" for index in read)
    one = len(read) == 1
    return [
        LookAt(
            f"{table.file}: column{'' if one else 's'} {named} {'is' if one else 'are'} hidden in the workbook and "
            f"{'was' if one else 'were'} read like every other column: unhide {'it' if one else 'them'} to see what "
            "was imported, or take the column out of the sheet and import again if it should not be read."
        )
    ]


def _column_letter(index: int) -> str:
    """A column's letters as a spreadsheet heads it (0 → A, 27 → AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _refuse_uncomputed(table: Table, marks: WorkbookMarks, problems: Problems) -> None:
    """A row with a formula no program computed is refused, naming its cells: read as empty, it came in without the
    words the formula would show, and the import the advice then asked for coded it a second time (trial T)."""
    for number, _ in table.rows:
        cells = [(index, cell, formula) for index, cell, formula in marks.uncomputed.get(number, ()) if index < len(table.header)]
        if not cells:
            continue
        shown = ", ".join(f"{cell} (={formula[:40]})" for _, cell, formula in cells)
        problems.add(
            number,
            [table.header[index].strip() or cell for index, cell, _ in cells],
            f"{'a formula' if len(cells) == 1 else 'formulas'} no spreadsheet has computed, {shown}, so what "
            f"{'it shows' if len(cells) == 1 else 'they show'} is not saved in the file: open the workbook in Excel or "
            "LibreOffice and save it (or type the text in place of the formula), then import it",
        )


def _sentences_said(table: Table, checker: _RowChecker) -> list[str]:
    """What was made of marked sentences, said once: cmo split them, so the team should see where."""
    column = checker.header("cmoc").strip()
    return [
        f"{table.file}: {counted(checker.sentences, 'statement')} read from the marked sentences of '{column}', each "
        "part as marked and without the words joining the parts ('leading to', 'because'), which every output words "
        f"its own way; the sentence is kept as written in '{column}'. 'cmo code show' shows the parts."
    ] + [f"{table.file}: {row_list(rows)}: {UNMARKED_READ[form]}" for form, rows in checker.unmarked.items()]


def _computed_columns(table: Table, columns: dict[str, int], cmo_columns: Collection[str]) -> dict[str, int]:
    """The sheet's columns, by header, that cmo computes and the sheet does not read (`parse_coding_sheet`)."""
    computed = {header_key(name) for name in cmo_columns}
    read = set(columns.values())
    return {
        name.strip(): index
        for index, name in enumerate(table.header)
        if index not in read and name.strip() and header_key(name) in computed
    }


def _computed_warning(table: Table, computed: Mapping[str, int]) -> list[str]:
    if not computed:
        return []
    names = [f"'{name}'" for name in computed]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    one = len(names) == 1
    return [
        LookAt(
            f"{table.file}: {listed} {'is a column' if one else 'are columns'} cmo computes (its export writes them), not "
            f"the coders' own, so {'it was' if one else 'they were'} not imported, and a statement an earlier import kept "
            f"{'it' if one else 'them'} on no longer has {'it' if one else 'them'}: 'cmo configs' places statements and "
            "'cmo code mark' says which they contradict; 'cmo code template' writes a sheet without them."
        )
    ]


_MONTHS = {name: number for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


def date_made_of(shown: str, page: str) -> bool:
    """Whether a date (`page_is_a_date`) is what a spreadsheet made of this page range: the range's two numbers are
    the date's day, month or year ('12-15' as '15-Dec', 'Dec-15' or 2015-12-01; '6-7' as '06-Jul' or '7-Jun')."""
    if not page_is_a_date(shown) or page_is_a_date(page):
        return False
    pages = Counter(int(number) for number in re.findall(r"\d+", page))
    if sum(pages.values()) != 2:
        return False
    in_date: Counter[int] = Counter()
    for token in re.findall(r"\d+|[a-z]+", shown.lower()):
        if token.isdigit():
            in_date.update([int(token)] + ([int(token) % 100] if len(token) == 4 else []))
        elif token[:3] in _MONTHS:
            in_date[_MONTHS[token[:3]]] += 1
    return not pages - in_date


def same_date(one: str, other: str) -> bool:
    """Whether two pages are one date a spreadsheet made, however each shows it ('2026-03-04', '04-Mar', '4 March'):
    the day and month of the one are the other's."""
    if not (page_is_a_date(one) and page_is_a_date(other)):
        return False
    numbers = _day_and_month(one)
    return one.strip().casefold() == other.strip().casefold() or bool(numbers) and numbers == _day_and_month(other)


def _day_and_month(shown: str) -> frozenset[int]:
    """A date's day and month, as a page range's two numbers ({} where they are one number, or not known)."""
    iso = re.fullmatch(r"\d{4}-(\d{2})-(\d{2})", shown.strip())
    if iso:
        numbers = frozenset({int(iso[1]), int(iso[2])})
    else:
        pages = likely_pages(shown)
        numbers = frozenset(int(number) for number in pages.split("-")) if pages else frozenset()
    return numbers if len(numbers) == 2 else frozenset()


def likely_pages(shown: str) -> str:
    """The page range a spreadsheet made a date of: its two numbers, a range running upwards. A date shown as a day
    and a month alone ('04-Mar', 'Mar 4': typed 3-4 or 4-3) is '3-4'; a whole date ('2026-12-15', as a cell with no
    date format reads) is its month and day, '12-15', the year being the one the spreadsheet added, unless its day is
    the 1st, which a spreadsheet adds to a month and year ('12-15' typed where days come first is December 2015).
    '' where the two numbers cannot be told: one number, a day of 1, a year shown."""
    iso = re.fullmatch(r"\d{4}-(\d{2})-(\d{2})", shown.strip())
    if iso:
        month, day = int(iso[1]), int(iso[2])
        return f"{min(day, month)}-{max(day, month)}" if day not in (1, month) else ""
    found = re.fullmatch(r"(\d{1,2})[-/ ]([a-z]{3,9})\.?|([a-z]{3,9})\.?[-/ ](\d{1,2})", shown.strip().lower())
    if found is None or (found[2] or found[3])[:3] not in _MONTHS:
        return ""
    day, month = int(found[1] or found[4]), _MONTHS[(found[2] or found[3])[:3]]
    return f"{min(day, month)}-{max(day, month)}" if day != month else ""


_DATE_PART = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|[hs:]+|AM/PM|.', re.IGNORECASE)


def date_as_shown(value: date, number_format: str) -> str:
    """A date as a spreadsheet shows it with a number format ('dd-mmm' → '04-Mar', 'd mmm yy' → '4 Mar 26'); its time
    left out (`cell_text` drops a midnight's too), and a format that says nothing of a date read as ISO."""
    shown, dated = [], False
    for token in _DATE_PART.findall(re.split(r"\s*\[?h", number_format.split(";")[0], flags=re.IGNORECASE)[0]):
        lower = token.lower()
        if lower in ("yyyy", "yy"):
            shown.append(f"{value.year:04d}" if lower == "yyyy" else f"{value.year % 100:02d}")
        elif lower in ("mmmm", "mmm"):
            shown.append(value.strftime("%B" if lower == "mmmm" else "%b"))
        elif lower in ("mm", "m"):
            shown.append(f"{value.month:02d}" if lower == "mm" else str(value.month))
        elif lower in ("dd", "d"):
            shown.append(f"{value.day:02d}" if lower == "dd" else str(value.day))
        elif lower in ("dddd", "ddd"):
            shown.append(value.strftime("%A" if lower == "dddd" else "%a"))
        elif token.startswith('"'):
            shown.append(token[1:-1])
        elif token.startswith("\\"):
            shown.append(token[1:])
        elif token.startswith("[") or set(lower) <= set("hs:") or lower == "am/pm":
            continue
        else:
            shown.append(token)
        dated = dated or lower[:1] in "ymd"
    return "".join(shown).strip(" -/.,") if dated else value.isoformat()


def _dates_as_shown(path: Path, table: Table, column: int) -> dict[int, str]:
    """The dates a workbook's column holds, as its cells show them (`date_as_shown`), by row number; {} for a CSV (its
    text is what the coder saw) or a workbook openpyxl cannot read."""
    if path.suffix.lower() not in XLSX_SUFFIXES:
        return {}
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True)
        sheet = workbook[table.sheet] if table.sheet else workbook.worksheets[0]
        shown = {}
        for cells in sheet.iter_rows(min_row=table.header_row + 1, min_col=column + 1, max_col=column + 1):
            for cell in cells:
                if isinstance(cell.value, (date, datetime)) and getattr(cell, "row", None):
                    shown[cell.row] = date_as_shown(cell.value, cell.number_format or "")
        workbook.close()
        return shown
    except Exception:  # a workbook openpyxl does not read: the date as read, as before
        return {}


def _marks_parts(cells: list[str], index: int) -> bool:
    """Whether a row's cell in a sentence column marks a part, or is a sentence read without marks (`UNMARKED_READ`)."""
    cell = cells[index] if index < len(cells) else ""
    return bool(cell.strip()) and (has_marks(cell) or bool(marked_parts(cell).form))


_OPENING_FRAME = re.compile(r"^(?:when|whenever|where|wherever|if|once)\s+", re.IGNORECASE)
"""The word a CMOC sentence opens with that makes its first part a clause of it ("When staff have protected time (C),
…"): the sentence's, as `marked_parts` leaves out a word framing a first mark ('In (C) …'), where every output frames
the rest as the clause it is ('Where …', `framed_as_a_statement`). Where the outputs could not tell the rest is a clause
("posters only advertise the service" read as a place, "In posters only advertise…", trial AZ), the coder's word stays
and the context is written as they opened it. A preposition ('In people leaving hospital (C)', 'For women who …') is the
context's own: it says where or for whom."""
_RELATIVE_OPENING = re.compile(
    r"^(?:which|that)\s+(?:(?:then|in turn|also|thus|therefore|so)[\s,]+)?(?:means?\s+(?:that\s+)?)?", re.IGNORECASE
)
"""A later part opening as a relative clause of the part before it ("…, which reduces loneliness (O)", "which means
that …"): the words that join it to that part, left out of it as 'leading to' is."""
_RELATIVE_CLOSING = re.compile(r"[\s,;]+(?:which|that)(?:\s+(?:then|in turn|also|thus|therefore|so))?[\s,;]*$", re.IGNORECASE)
"""The same words closing a part where marks go before their parts ("(M) staff feel stretched, which then leads to
(O) …", once 'leads to' is left out)."""


def _unjoined(text: str) -> str:
    """A later part (a mechanism or an outcome) without the words opening it that join it to the part before ("which
    supports rehabilitation", "and were associated with fewer incidents", "so young people could be referred", "leading
    to distress"): the sentence's, not the part's, as `sentence_parts` leaves them out of a CMOC sentence; a part that is
    only joining words stays as written. A contrast ("but results were mixed") is the part's own, and stays. Trial CU:
    MAXQDA segments cut from one sentence gave "…, so and they engage" and the title "And they engage"."""
    unjoined = re.sub(_JOINER, "", _RELATIVE_OPENING.sub("", text, count=1), count=1, flags=re.IGNORECASE)
    return unjoined.strip(" ,;:") or text


def sentence_parts(sentence: str) -> MarkedParts:
    """A CMOC sentence's parts (`marked_parts`) without the words that join them to the sentence: the frame the sentence
    opens with, in its first part (the context), and a relative pronoun opening a later part, with any joining words
    after it ('which then leads to'). Trial W: "When … (C), … (M), which reduces loneliness (O)" gave a context opening
    "When" and an outcome "which reduces loneliness", which every output then joined again ("so which reduces …")."""
    marked = marked_parts(sentence)
    if marked.problem or not marked.parts:
        return marked
    where = {part: sentence.find(text) for part, text in marked.parts.items() if text}
    first = min(where, key=lambda part: (where[part] < 0, where[part])) if where else None
    parts = {}
    for part, text in marked.parts.items():
        if part == first and part == "context":
            from cmo.synthesis.wording import framed_as_a_statement

            unframed = _OPENING_FRAME.sub("", text, count=1)
            text = unframed if unframed == text or framed_as_a_statement(unframed) else text
        elif part != first:
            unjoined = _RELATIVE_OPENING.sub("", text, count=1)
            text = re.sub(_JOINER, "", unjoined, count=1, flags=re.IGNORECASE) if unjoined != text else text
        text = _RELATIVE_CLOSING.sub("", text, count=1)
        parts[part] = text.strip(" ,;:") or marked.parts[part]  # a part that is only joining words stays as written
    return MarkedParts(parts=parts, form=marked.form, inferred=marked.inferred)


def _plain(text: str) -> str:
    """A part as compared between a row's cell and its sentence: any case, spacing and closing punctuation."""
    return " ".join(text.lower().split()).strip(" .;,")


def _quoted(names: list[str]) -> str:
    quoted = [f"'{name}'" for name in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


_ONE_SENTENCE = " or a 'CMOC' column of sentences marking each part, '… (C), … (M), … (O)'"


class _Vocabulary:
    """Domain or group labels, matched as a feedback form's group is (`normalise.group_named`: a slug or name as
    `normalise.labelled` reads it, else each word as one of it, 'CHWs' for the group `chw`): one rule for a label a team
    types, on a coding sheet as on a form (trial AB: 'CHWs' refused on the sheet, read on a form)."""

    def __init__(self, labels: Collection[str] | Mapping[str, str]):
        self._labels = dict(labels.items()) if isinstance(labels, Mapping) else {slug: slug for slug in labels}
        self._pairs = tuple((slug, label) for label, slug in self._labels.items())
        self.suggester = Suggester(list(labels))
        self._lowered = {label.lower() for label in self._labels}
        self._read: dict[str, list[str]] = {}
        """Each cell's reading, once: a sheet repeats a few labels over thousands of rows."""
        self._unknown: dict[str, str] = {}

    def resolve(self, value: str) -> str | None:
        found = self.candidates(value)
        return found[0] if len(found) == 1 else None

    def candidates(self, value: str) -> list[str]:
        if value not in self._read:
            self._read[value] = (
                labelled(value, self._labels)
                or group_named(value, self._pairs)[0]
                or next((found for name in path_names(value) if len(found := self.candidates(name)) == 1), [])
            )  # NVivo's node "Nodes\\Reachable moment": the deepest part of its path that names one
        return self._read[value]

    def exact(self, value: str) -> bool:
        """Whether the cell is a label as written, any case: anything else is said, with what it was read as."""
        return value.strip().lower() in self._lowered

    def slugs(self) -> str:
        return ", ".join(sorted(set(self._labels.values())))

    def unknown(self, value: str, kind: str, kinds: str, target: str) -> str:
        """The refusal of a label that names none: the nearest label ("did you mean"), every slug, and how the team's own
        label for one is declared as its alias, so the sheet imports as written (trial AC: a second coder's 'Staff' for
        `workforce` had the tester edit the team's sheet). Once per label, as a sheet repeats a few over many rows."""
        if value not in self._unknown:
            nearest = self.suggester.nearest(value)
            guess = f" (did you mean '{nearest}'?)" if nearest else ""
            self._unknown[value] = (
                f"'{value}' is not {kind} in this review{guess}; the {kinds} are {self.slugs() or 'none'}, and a label of the "
                f'team\'s own for one is declared once with: cmo domains alias {target} "{value.strip()}"'
            )
        return self._unknown[value]

    def line_naming(self, value: str) -> str:
        """The line of a cell listing several values one a line (ATLAS.ti's codes: 'C: busy bay', 'M: …', 'Carers') that
        names a domain, where one line does and no other names another (trial BW 7: the domain among a quotation's
        codes); '' where no line names one (a quotation given no domain's code); the cell as it is where lines name two
        domains. A cell of one line is its own value, as `resolve` reads it."""
        lines = [line.strip() for line in value.splitlines() if line.strip()]
        if len(lines) < 2:
            return "" if _code_of_part(value) else value  # 'Outcome: Fewer delays' alone: a part's code, no domain
        naming = [line for line in lines if self.resolve(line) is not None]
        return (naming[0] if len({self.resolve(line) for line in naming}) == 1 else value) if naming else ""

    def each(self, value: str) -> list[str]:
        """The labels a cell lists ("Safety; Connecting"), when each piece names one: for the message."""
        pieces = [piece for piece in _LABEL_LIST.split(value) if piece.strip()]
        slugs = [self.resolve(piece) for piece in pieces]
        return list(dict.fromkeys(slugs)) if len(pieces) > 1 and all(slugs) and len(set(slugs)) > 1 else []


_LABEL_LIST = re.compile(r"\s*(?:[;,/|&+]|\band\b)\s*", re.I)


_NAMES_TWO = re.compile(r"&|\band\b", re.IGNORECASE)
"""A citation naming a second author ("Takasugi & Lee", "Okafor and Mensah"): without a year it still names one work."""


def _a_list_of_citations(cited: list[str]) -> bool:
    """Pieces of a cell that are each a citation: with a year, or authors alone ("Takasugi & Lee"), but not a page
    or a note after one ("Smith 2019, p. 4")."""
    return len(cited) > 1 and all(author_year_handles(c) or author_handle(c) is not None for c in cited)


def own_id_columns(statements: Iterable[Statement]) -> dict[str, dict[str, str]]:
    """The team's own columns kept on the review's statements (`Statement.extra`, from an earlier import of a sheet),
    each with its values that name one live statement: value to statement id. A value two statements share names
    neither."""
    found: dict[str, dict[str, list[str]]] = {}
    for statement in statements:
        if statement.deleted:
            continue
        for name, value in statement.extra.items():
            if value.strip():
                found.setdefault(name, {}).setdefault(value.strip(), []).append(statement.id)
    return {name: {value: ids[0] for value, ids in values.items() if len(ids) == 1} for name, values in found.items()}


def _own_id_column(
    table: Table, own_columns: Mapping[str, int], own_ids: Mapping[str, Mapping[str, str]]
) -> tuple[str, int, Mapping[str, str]] | None:
    """On a sheet without cmo's id column, the team's own column that names the review's statements: one the review
    keeps (`own_id_columns`, by header as any header is matched) whose cells on the sheet are each another (a row on it
    twice word for word, imported once, is one), and name stored statements; of several, the one naming most (trial Y:
    the team's 'CMOC ID' went unused, and a re-imported sheet's rewordings were left out as "looks like S25"). None
    where no column does."""
    kept = {header_key(name): values for name, values in own_ids.items()}
    best: tuple[int, tuple[str, int, Mapping[str, str]]] | None = None
    for header, index in own_columns.items():
        statements = kept.get(header_key(header))
        if not statements:
            continue
        rows = {tuple(cell.strip() for cell in cells) for _, cells in table.rows}  # a row pasted twice is one (trial CE)
        values = [cells[index] for cells in rows if index < len(cells) and cells[index]]
        if len(set(values)) < len(values):
            continue  # a value on two rows names no one statement: a grouping, a rating, not an id
        named = sum(value in statements for value in values)
        if named and (best is None or named > best[0]):
            best = (named, (header, index, statements))
    return best[1] if best else None


class _RowChecker:
    """Turns one row into a StatementRow, recording each bad cell in `problems`."""

    def __init__(
        self,
        table: Table,
        columns: dict[str, int],
        keys: KeyIndex,
        domains: _Vocabulary,
        groups: _Vocabulary,
        statement_ids: set[str],
        computed: dict[str, int] | None = None,
        hidden: Collection[int] = (),
        own_ids: Mapping[str, Mapping[str, str]] | None = None,
        merged: Callable[[], Mapping[str, str]] | None = None,
        path: Path = Path(),
    ):
        self.table = table
        self.path = path
        """The file read (`Table.file` names its tab too)."""
        self.columns = columns
        self.keys = keys
        self.domains = domains
        self.groups = groups
        self.statement_ids = statement_ids
        self.problems = Problems(table.file)
        self.warnings: list[str] = []
        self._id_rows: dict[str, int] = {}
        self.computed = computed or {}
        """Columns cmo computes (`_computed_columns`): not read, and emptied in `Statement.extra`, where an earlier cmo
        kept them as the team's own."""
        self.hidden = set(hidden)
        """Rows hidden in the workbook (`WorkbookMarks`)."""
        read = set(columns.values()) | set(self.computed.values())
        from_cmo = any(header_key(name) == header_key(VERSION_COLUMN) for name in table.header)
        self.own_columns = {
            own_column_name(name, from_cmo, own_ids or {}): index
            for index, name in enumerate(table.header)
            if index not in read and name.strip()
        }
        """The team's own columns, kept in `Statement.extra` by header."""
        self.sentences = 0
        """Statements read from marked sentences (`_marked`)."""
        self.parts_in_one_cell: dict[str, list[int]] = {}
        """Rows whose one C, M or O cell marked several parts (`_whole_in_one_cell`), by the column's header."""
        self.labels_read: dict[str, list[int]] = {}
        """Rows whose C, M or O cell opened with its own part's label (`_own_label_read`), by the column's header."""
        self.unmarked: dict[str, list[int]] = {}
        """Rows whose sentence was read without marks, by its form (`UNMARKED_READ`): said, as it has no marks."""
        self.read_as: dict[tuple[str, str, str], list[int]] = {}
        """Domain and group cells that are no label as written ("Domain 3: Safety"), with what each was read as, by
        row: (domain or group, the cell, the slug)."""
        self._load_merged = merged
        self._merged: Mapping[str, str] | None = None
        self.merged_read: dict[tuple[str, str], list[int]] = {}
        """Cells naming a source merged away (`merged_away`), with the source each was read as, by row: said once."""
        self.titled_read: dict[tuple[str, str, str], list[int]] = {}
        """Citations several works answer to, told apart by the row's own title column (`_told_apart_by_title`): (the
        citation, the title column's header, the source read), by row: said once."""
        self._cells: list[str] = []
        numbering = (i for i, name in enumerate(table.header) if i not in read and names_tool_study_number(name))
        self._numbering = next(numbering, None)
        """The team's column of a screening tool's own number of each study ('Covidence #', 'Covidence ID'), if any."""
        self._shown_dates: dict[int, str] | None = None
        self.ticked: list[int] = []
        """Rows whose inferred cell is a tick (`_ALL_INFERRED`): inferred in each part, said once (`ticked_said`)."""
        self.pages_as_quotes: list[int] = []
        """Rows whose quote cell held only a page reference, read as the page (`_QUOTE_ONLY_A_PAGE`): said once."""
        self.pages_as_notes: list[int] = []
        """Rows whose note cell held only a page reference ('p.6', 'pp. 61-62'), where no page was given, read as the
        page, as a coder notes a quotation's page in ATLAS.ti's 'Comment' (helper H1: 39 statements imported without a
        page, their pages left in the note): said once."""
        self.matching = None if "id" in columns else _own_id_column(table, self.own_columns, own_ids or {})
        """The team's own column matching rows to statements, with its values' statements (`_own_id_column`)."""

    def header(self, name: str) -> str:
        return self.table.header[self.columns[name]]

    def check(self, row: int, cells: list[str]) -> list[StatementRow]:
        """The row's statement; one from each source, where its source cell names several (`_sources`)."""
        self._cells = cells
        values = {name: cells[index] if index < len(cells) else "" for name, index in self.columns.items()}
        held = {name: values[name].strip() for name in _CMO_COLUMNS if values.get(name, "").strip() and placeholder(values[name])}
        values |= dict.fromkeys(held, "")
        fields: dict[str, Any] = {_TEXT_FIELDS[name]: value for name, value in values.items() if name in _TEXT_FIELDS}
        sources = self._sources(row, values)
        fields["source"] = sources[0]
        page_warning = ""
        page_dated = ""
        if page_is_a_date(values.get("page", "")):
            shown = self._page_as_shown(row, values["page"])
            pages = likely_pages(shown)
            where = f"{self.table.file}: row {row}, column '{self.header('page')}'"
            if pages:  # trial AN 5: '12-15' was stored as '2026-12-15' and said to be "imported as written"
                page_dated = shown
                values["page"] = fields["page"] = pages
                page_warning = LookAt(
                    f"{where}: the page '{shown}' is a date, as a spreadsheet makes one of the page range {pages}: it was "
                    f"read back and stored as the pages '{pages}'. Check them against the source, and type pages as text "
                    f"('{pages}) so a spreadsheet leaves them as they are."
                )
            else:
                values["page"] = fields["page"] = shown
                page_warning = LookAt(
                    f"{where}: the page '{shown}' is a date; a spreadsheet makes one of a page range (12-15 becomes 15 "
                    "December), and this one's pages cannot be told from it. It was stored as written and counts as no "
                    "page (in the report and packs): type the pages as text ('12-15) and import the sheet again."
                )
            self.warnings.append(page_warning)
        if (cited := _QUOTE_ONLY_A_PAGE.match(values.get("quote", ""))) and not values.get("page", "").strip():
            fields["quote"], fields["page"] = "", re.sub(r"\s*[-–]\s*", "-", cited["page"])
            self.pages_as_quotes.append(row)
        elif (cited := _QUOTE_ONLY_A_PAGE.match(values.get("note", ""))) and not values.get("page", "").strip():
            fields["note"], fields["page"] = "", re.sub(r"\s*[-–]\s*", "-", cited["page"])
            self.pages_as_notes.append(row)  # ATLAS.ti's 'Comment' holding 'p.6': a sheet with no page column (helper H1)
        if "domain" in values:
            fields["domain"] = self._domain(row, values["domain"])
        if "groups" in values:
            fields["groups"] = self._groups(row, values["groups"])
        if "inferred" in values:
            fields.update(self._inferred(row, values["inferred"]))
        fields.update(self._whole_in_one_cell(row, values))
        fields.update(self._own_label_read(row, fields))
        if values.get("cmoc") and any(values.get(name) for name in _CMO_COLUMNS):
            self._compare(row, values)
        elif values.get("cmoc"):
            fields.update(self._marked(row, values["cmoc"]))
        held |= {part: fields[part].strip() for part in PARTS if fields.get(part, "").strip() and placeholder(fields[part])}
        fields |= {part: "" for part in PARTS if part in held}  # marked in a sentence or one cell ('O: TBC'): none too
        if not any(values.get(name) for name in (*_CMO_COLUMNS, "cmoc")) or (
            not any(fields.get(part, "").strip() for part in (*PARTS, "mechanism_resource", "mechanism_response")) and held
        ):
            present = [self.header(n) for n in (*_CMO_COLUMNS, "cmoc") if n in self.columns]
            self.problems.add(
                row,
                present,
                "no context, mechanism or outcome; a statement needs at least one"
                + (f" (only placeholders: {_quoted(list(dict.fromkeys(held.values())))})" if held else "")
                + self._sentence_elsewhere(cells),
            )
        own = self.own_columns
        if own or self.computed or "cmoc" in values:
            fields["extra"] = {name: (cells[index].strip() if index < len(cells) else "") for name, index in own.items()}
            fields["extra"].update(dict.fromkeys(self.computed, ""))
            if "cmoc" in values:  # the sentence as the team wrote it, joining words and all: theirs, kept
                fields["extra"][self.header("cmoc").strip()] = values["cmoc"].strip()
                where = {**own, **self.computed, self.header("cmoc").strip(): self.columns["cmoc"]}  # in the sheet's order
                fields["extra"] = dict(sorted(fields["extra"].items(), key=lambda item: where.get(item[0], 0)))
        statement_id = self._id(row, values.get("id", ""))
        matched_by = ""
        if self.matching is not None and len(sources) == 1:  # a row of several sources is several statements
            header, index, statements = self.matching
            statement_id = statements.get(cells[index].strip() if index < len(cells) else "")
            matched_by = header if statement_id else ""
        version = values["version"].strip() if "version" in values else None
        computed = {name: (cells[index].strip() if index < len(cells) else "") for name, index in self.computed.items()}
        first = StatementRow(
            row=row,
            id=statement_id,
            fields=fields,
            version=version,
            page_warning=page_warning,
            page_dated=page_dated,
            hidden=row in self.hidden,
            matched_by=matched_by,
            computed=computed,
            placeholders={_PART_OF.get(name, name): cell for name, cell in reversed(held.items())},
            read={
                self.table.header[self.columns[name]].strip(): value.strip()
                for name, value in values.items()
                if self.columns.get(name, len(self.table.header)) < len(self.table.header)
            },
        )
        return [first] + [first.model_copy(update={"fields": fields | {"source": key}}) for key in sources[1:]]

    def _page_as_shown(self, row: int, page: str) -> str:
        """A page a workbook holds as a date, as the sheet shows it to the coder ('04-Mar', by the cell's number format),
        not as read ('2026-03-04'): the words the coder will look for (trial AE)."""
        if self._shown_dates is None:
            self._shown_dates = _dates_as_shown(self.path, self.table, self.columns["page"])
        shown = self._shown_dates.get(row, page)
        return shown if page_is_a_date(shown) else page  # a form every output knows as a date ('03/04/26' is not)

    def _marked(self, row: int, sentence: str) -> dict[str, object]:
        """A statement's parts from its marked sentence (`MarkedParts.statement_fields`), each inferred where the sentence
        opens saying so ('[inferred] C: …') and no inferred column says otherwise."""
        marked = sentence_parts(sentence)
        if marked.problem:
            self.problems.add(row, self.header("cmoc"), marked.problem)
        self.sentences += not marked.problem
        if marked.form:
            self.unmarked.setdefault(marked.form, []).append(row)
        inferred = marked.inferred and "inferred" not in self.columns
        return marked.statement_fields() | (self._inferred(row, "c,m,o") if inferred else {})

    def _sentence_elsewhere(self, cells: list[str]) -> str:
        """Where a row with no part read holds its statement as a sentence, in a column of the team's own that no alias
        names (trial AI: the sentence was in 'Programme theory (if-then-because)', and the refusal did not say so)."""
        for header, index in self.own_columns.items():
            if _marks_parts(cells, index):
                return f", though its '{header}' holds a sentence marking them: head that column 'CMOC' to read it"
        return ""

    def _whole_in_one_cell(self, row: int, values: dict[str, str]) -> dict[str, str]:
        """A row's parts from the one C, M or O cell that marks two or more of them ("C: … M: … O: …" pasted in the
        Context cell), the cells of the others empty: read as a CMOC column's sentence is (`sentence_parts`), and said
        (`parts_in_one_cell`). Trial AK: the whole text became the context, with no mechanism and no outcome."""
        filled = [name for name in _CMO_COLUMNS if values.get(name, "").strip()]
        if len(filled) != 1 or not has_marks(values[filled[0]]):
            return {}
        marked = sentence_parts(values[filled[0]])
        if marked.problem or not set(marked.parts) - {filled[0]}:
            return {}
        self.parts_in_one_cell.setdefault(self.header(filled[0]).strip(), []).append(row)
        return {_TEXT_FIELDS.get(name, name): "" for name in _CMO_COLUMNS} | marked.statement_fields()

    def _own_label_read(self, row: int, fields: dict[str, str]) -> dict[str, str]:
        """A row's C, M and O cells without the label of their own part that opens them ('C: CHAs w/ heavy caseload'
        under Context, 'M - overwhelmed' under Mechanism, 'Outcome: fewer falls' under Outcome), as a team writes every
        cell so: the column already says which part it is, and every output read the label as the part's words (trial
        LB's pack: "In C: CHAs w/ heavy caseload, M: overwhelmed…"). Read as a mark is (`marked_parts`), and said
        (`labels_read`); a cell marking another part, or more than its own, is left as it is."""
        read = {}
        for part in PARTS:
            cell = fields.get(part, "")
            if part not in self.columns or not has_marks(cell):
                continue
            marked = marked_parts(cell)
            if marked.problem or set(marked.parts) != {part} or not marked.parts[part].strip():
                continue
            read[part] = marked.parts[part].strip()
            self.labels_read.setdefault(self.header(part).strip(), []).append(row)
        return read

    def _compare(self, row: int, values: dict[str, str]) -> None:
        """A row coded in its C, M and O cells and also as a sentence: the cells are read, and where the sentence says
        otherwise (or cannot be read), that is said, naming both columns, so the team can see which is meant."""
        marked = sentence_parts(values["cmoc"])
        if marked.problem and not has_marks(values["cmoc"]):
            return  # no mark at all: a label or a note beside the cells, kept as written
        cells = {name: values.get(name, "") for name in _CMO_COLUMNS if name in self.columns}
        differing = [
            self.header(name).strip()
            for name, cell in cells.items()
            if marked.parts.get(name) is not None or cell
            if _plain(marked.parts.get(name, "")) != _plain(cell)
        ]
        if not marked.problem and not differing:
            return
        why = f"it cannot be read ({marked.problem})" if marked.problem else f"its parts differ from {_quoted(differing)}"
        self.warnings.append(  # said, not a problem: the cells were read as written, and the sentence is kept
            f"{self.table.file}: row {row}: the statement was read from its cells; its sentence in "
            f"'{self.header('cmoc').strip()}' was kept as written but not read, as {why}: make them agree, or empty "
            "the one not meant, and import the sheet again"
        )

    def _sources(self, row: int, values: dict[str, str]) -> list[str]:
        """The source the row names, or each of the sources it lists (the citations `listed_citations` splits a cell
        into, else a list of keys, `KeyIndex.resolve_each`); a citation without a year by its first author: one statement is coded
        from one source, so the row gives each the same context, mechanism and outcome, and that is said. A quote or
        page is from one of them, and a row with an id is one statement: such a row is refused, naming them."""
        value = values["source"]
        if (key := self._numbered(value)) is not None:
            return [key]
        if not value:
            self.problems.add(row, self.header("source"), "no source key")
            return [value]
        key = self.keys.resolve(value) or self._merged_into(row, value)
        if key is not None:
            return [key]
        cited = listed_citations(value)
        if _a_list_of_citations(cited):
            keys = self._each_cited(row, value, cited)
            if not keys:
                return [value]
        elif (keys := self.keys.resolve_each(value)) is None:
            if titled := self._told_apart_by_title(row, value):
                return [titled]
            return self._by_author(row, value)
        if len(keys) == 1:
            return keys
        named = f"names {len(keys)} sources ({', '.join(keys)})"
        one_of = [self.header(name) for name in ("id", "quote", "page") if values.get(name, "").strip()]
        if one_of:
            self.problems.add(
                row,
                self.header("source"),
                f"{named}, and its {' and '.join(repr(h) for h in one_of)} can belong to only one: give each source its own row",
            )
            return [value]
        self.warnings.append(
            f"{self.table.file}: row {row} {named}: one statement from each, with the row's context, mechanism and "
            "outcome, as each statement is coded from one source (the strength of evidence counts each)."
        )
        return keys

    def _numbered(self, value: str) -> str | None:
        """The source a screening tool's own number of the study names, in the row's column of it ('Covidence #':
        "#2204", or "2204" in a team's 'Covidence ID'), where Covidence's export of the records gave it: read before the
        tool's citation beside it ('Study ID': "Wildman 2019a"), whose letters need not be cmo's, as a screening or
        appraisal sheet reads it (`screening._SourceFinder`). A cell that is a source's key is the team's own choice and
        is read as written."""
        if self._numbering is None or self._numbering >= len(self._cells) or not self._cells[self._numbering].strip():
            return None
        if self.keys.is_key(value.strip()):
            return None
        number = tool_study_number(self._cells[self._numbering])
        return self.keys.resolve(number) if number else None

    def _told_apart_by_title(self, row: int, value: str) -> str | None:
        """Of the works a citation could mean ('Cope 2016': two papers of one first author and year), the one the row's own
        column headed as a record's title names ('Title', as Covidence's extraction export gives it beside its 'Study
        ID'), where it names one of them: the title is the work's own words. Trial CG: a Covidence export was refused
        whole as 'Cope 2016' could be any of two works, though each row's 'Title' named which. None where the row has no
        such column, its title names no work, or names one the citation cannot mean (the cell is refused as before)."""
        if not self.keys.several(value):
            return None
        from cmo.sheets import records

        titled = {"title": records.COLUMNS["title"]}
        for header, index in self.own_columns.items():
            title = self._cells[index].strip() if index < len(self._cells) else ""
            if not title or not columns_read([header], titled):
                continue
            key = self.keys.by_title(title)
            if key is not None and key in self.keys.could_be(value):
                self.titled_read.setdefault((value.strip(), header, key), []).append(row)
                return key
        return None

    def _each_cited(self, row: int, value: str, cited: list[str]) -> list[str]:
        """The source of each citation a cell lists (`listed_citations`), one without a year but with two authors by its
        first author (`_one_by_author`); a citation that names no one source is a problem of the row, said with the cell and the
        citation. [] when any is."""
        keys, refused = [], len(self.problems)
        for citation in cited:
            key = self.keys.resolve(citation) or self._merged_into(row, citation) or self._undated(row, citation)
            if key is None and author_year_handles(citation):
                self._refuse(row, citation, value, len(cited))
            elif key is None and _NAMES_TWO.search(citation):
                key = self._one_by_author(row, citation, value, len(cited))
            elif key is None:
                self._refuse(row, citation, value, len(cited))
            keys.append(key)
        return [] if len(self.problems) > refused else list(dict.fromkeys(keys))

    def _merged_into(self, row: int, value: str) -> str | None:
        """The source a cell names that no live source answers to went into, where it names one merged away, by its
        key or its citation (`merged_away`), and no two live sources share that citation: kept to be said."""
        if self._merged is None:
            self._merged = self._load_merged() if self._load_merged else {}
        if not self._merged:
            return None
        names = [value.strip(), value.strip().lower()] + ([] if self.keys.several(value) else author_year_handles(value))
        key = next((self._merged[name] for name in names if name in self._merged), None)
        if key is not None:
            self.merged_read.setdefault((value.strip(), key), []).append(row)
        return key

    def _by_author(self, row: int, value: str) -> list[str]:
        """A cell naming one work that no key, citation or title matched: by its first author where it names two authors
        and no year ("Takasugi & Lee"), else refused with the nearest source suggested ("Kirsh et al.": trial L asked
        for the suggestion, a team's loose name for a team's work). A citation with no year that names a work with
        none as its citation would with "n.d." is that work (`_undated`)."""
        if key := self._undated(row, value):
            return [key]
        if author_year_handles(value) or author_handle(value) is None or not _NAMES_TWO.search(value):
            self.keys.refuse(self.problems, row, self.header("source"), value)
            return [value]
        return [self._one_by_author(row, value) or value]

    def _undated(self, row: int, citation: str) -> str | None:
        """The one source a citation with no year names as it would with "n.d." after its name, as a work that gives no
        year is cited: "Cumbria County Council" the work cited "Cumbria County Council n.d.", "NHS Health Scotland
        standards" the one whose title has "standards" of those "NHS Health Scotland n.d." names (`by_citation_and_more`;
        trial BV 5: refused whole while "… n.d." resolved). The longest name that names one is read, and said as read.
        None where the citation has a year, or no name in it names one source."""
        words = citation.strip().rstrip(".,;: ").split()
        if not words or author_year_handles(citation) or any(character.isdigit() for character in citation):
            return None
        for cut in range(len(words), 0, -1):
            cited = " ".join([*words[:cut], "n.d.", *words[cut:]])
            if (key := self.keys.resolve(cited)) is not None:
                self.warnings.append(
                    f"{self.table.file}: row {row}: '{citation}' gives no year; it was read as {key}, the one source "
                    f"'{cited}' names (a work that gives none)."
                )
                return key
        return None

    def _one_by_author(self, row: int, citation: str, cell: str = "", listed: int = 1) -> str | None:
        """The one source whose first author a citation without a year names ("Takasugi & Lee", "Kirsh et al"), said
        as read; several, or none, is a problem of the row naming them. Only the first author is compared: a source
        is known by its first author and year (`Store.record_key_aliases`)."""
        prefix = author_handle(citation) or ""
        aliases = getattr(self.keys, "_aliases", None) or {}  # loaded by the `resolve` that found nothing
        keys = sorted(
            {key for alias, keys in aliases.items() if alias.lstrip("?").startswith(prefix) for key in self._keys_in(keys)},
            key=natural_key,
        )
        if len(keys) == 1:
            self.warnings.append(
                f"{self.table.file}: row {row}: '{citation}' gives no year; it was read as {keys[0]}, the one source whose "
                "first author it names."
            )
            return keys[0]
        if not keys:
            self._refuse(row, citation, cell, listed)
            return None
        where = f"'{cell}' lists {listed} works, and " if listed > 1 else ""
        self.problems.add(
            row,
            self.header("source"),
            f"{where}'{citation}' gives no year and could be any of {', '.join(keys)}: write the year or the key",
        )
        return None

    def _refuse(self, row: int, citation: str, cell: str, listed: int) -> None:
        """One sentence for a citation of a listed cell that names no one source: the cell, the citation, and the works
        it could mean or the nearest source (`KeyIndex.refuse`, whose words a single citation gets)."""
        column = self.header("source")
        if listed < 2:
            self.keys.refuse(self.problems, row, column, citation)
        elif several := self.keys.several(citation):
            self.problems.add(
                row, column, f"'{cell}' lists {listed} works, and '{citation}' could be any of {several}: write the key"
            )
        else:
            self.problems.add(
                row,
                column,
                f"'{cell}' is not a source in this review: of the {listed} works it lists, '{citation}' names none",
                typo=citation,
                suggester=self.keys.suggester,
            )

    def _keys_in(self, listed: str) -> list[str]:
        """The source keys an alias names: one key, or for a handle several share, "key (citation), key (citation)"."""
        return [word for word in re.findall(r"[\w:.+-]+", listed) if self.keys.resolve(word) == word]

    def _domain(self, row: int, value: str) -> str | None:
        if not value:
            return None
        slug = self.domains.resolve(value)
        if slug is not None:
            if not self.domains.exact(value):
                self.read_as.setdefault(("domain", value.strip(), slug), []).append(row)
            return slug
        column = self.header("domain")
        if several := self.domains.candidates(value):
            self.problems.add(row, column, f"'{value}' could be any of the domains {', '.join(several)}: write the one meant")
        elif listed := self.domains.each(value):
            self.problems.add(
                row,
                column,
                f"'{value}' names {len(listed)} domains ({', '.join(listed)}); a statement is coded to one domain (a "
                "configuration takes its statements' most common): choose one, or give each domain its own row",
            )
        elif not any(c.isalpha() for c in value):
            self.problems.add(
                row,
                column,
                f"'{value}' is not a domain in this review (a domain is named by its slug or name: {self.domains.slugs()})",
            )
        else:
            self.problems.add(row, column, self.domains.unknown(value, "a domain", "domains", "SLUG"))
        return None

    def _groups(self, row: int, value: str) -> list[str]:
        slugs: list[str] = []
        for label in self._split_groups(value):
            slug = self.groups.resolve(label)
            if slug is None and len(several := self.groups.candidates(label)) > 1:
                self.problems.add(
                    row, self.header("groups"), f"'{label}' could be any of the groups {', '.join(several)}: write the one meant"
                )
            elif slug is None:
                self.problems.add(
                    row, self.header("groups"), self.groups.unknown(label, "a stakeholder group", "groups", "--group SLUG")
                )
            elif slug not in slugs:
                slugs.append(slug)
                if not self.groups.exact(label):
                    self.read_as.setdefault(("group", label, slug), []).append(row)
        return slugs

    def _split_groups(self, value: str) -> Iterator[str]:
        """Semicolons separate groups; commas too, unless a whole label contains one."""
        for part in value.split(";"):
            part = part.strip()
            if not part:
                continue
            if self.groups.resolve(part) is not None:
                yield part
            else:
                yield from (p.strip() for p in part.split(",") if p.strip())

    def _inferred(self, row: int, value: str) -> dict[str, bool]:
        inferred: set[str] = set()
        if _ticked(value):
            self.ticked.append(row)
            inferred = {"context", "mechanism", "outcome"}
        elif value.strip().lower() not in _NOTHING_INFERRED:
            for token in re.split(r"[\s,;/+&]+", value.strip().lower()):
                if token in _INFERRED_WORDS:
                    inferred.add(_INFERRED_WORDS[token])
                elif token and set(token) <= set("cmo"):
                    inferred.update(_INFERRED_WORDS[letter] for letter in token)
                elif token:
                    self.problems.add(row, self.header("inferred"), f"'{token}' is not c, m or o (list the inferred parts)")
        return {f"{part}_stated": part not in inferred for part in ("context", "mechanism", "outcome")}

    def pages_as_quotes_said(self) -> list[str]:
        """The rows whose quote cell held only a page reference (`_QUOTE_ONLY_A_PAGE`), said once."""
        if not self.pages_as_quotes:
            return []
        return [
            f"{self.table.file}: {row_list(self.pages_as_quotes)}: the quote held only a page ('p. 7') and no page was "
            "given, so it was read as the page and the statement has no quote; add the passage's words as its quote."
        ]

    def pages_as_notes_said(self) -> list[str]:
        """The rows whose note cell held only a page reference, read as the page, said once."""
        if not self.pages_as_notes:
            return []
        return [
            f"{self.table.file}: {row_list(self.pages_as_notes)}: the note held only a page ('p.6') and no page was "
            f"given, so it was read as the statement's page; 'cmo code edit ID --page …' where another was meant."
        ]

    def ticked_said(self) -> list[str]:
        """The rows a tick in the inferred column marked (`_ALL_INFERRED`), said once: what the tick was read as."""
        if not self.ticked:
            return []
        return [
            f"{self.table.file}: {row_list(self.ticked)}: the tick in '{self.header('inferred').strip()}' was read as the "
            "whole statement inferred (its context, mechanism and outcome); list the parts inferred (c, m, o) where only "
            "some were, and import the sheet again."
        ]

    def _id(self, row: int, value: str) -> str | None:
        if not value:
            return None
        column = self.header("id")
        numbered = _STATEMENT_ID.match(value.strip().upper())
        if numbered is None:
            self.problems.add(
                row, column, f"'{value}' is not a statement id (ids look like S12; leave it empty for a new statement)"
            )
            return None
        statement_id = f"S{numbered.group(1)}"
        if statement_id in self._id_rows:
            self.problems.add(row, column, f"{statement_id} is also on row {self._id_rows[statement_id]}")
            return statement_id
        self._id_rows[statement_id] = row
        if statement_id not in self.statement_ids:
            self.problems.add(
                row, column, f"{statement_id} is not a statement in this review (leave id empty for a new statement)"
            )
        return statement_id


def write_template(
    path: str | os.PathLike,
    included_sources: Sequence[Source],
    domains: Sequence[Mapping[str, Any]],
    groups: Sequence[Mapping[str, Any]],
    statements: Iterable[Statement] = (),
) -> list[Path]:
    """Write a coding sheet (CSV or XLSX by extension) with lists of sources, domains and groups.

    Existing statements are pre-filled with their ids so the edited sheet re-imports as
    updates. Returns every file written: XLSX is one workbook; CSV is the sheet plus
    `<name>-sources.csv` and `<name>-domains-groups.csv`.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    statements = sorted(statements, key=lambda s: natural_key(s.id))
    team = _team_columns(statements)
    numbering = [name for name in team if own_id_header(name)]  # the team's ids beside cmo's, the rest after its columns
    header = [CODING_COLUMNS[0], *numbering, *CODING_COLUMNS[1:], *_optional_columns(statements)]
    header += [name for name in team if name not in numbering] + ([VERSION_COLUMN] if statements else [])
    statement_rows = [_statement_cells(s, header, team) for s in statements]
    source_rows = [_source_cells(s) for s in included_sources]
    tag_rows = _tag_cells(domains, groups)
    if suffix in XLSX_SUFFIXES:
        book = _workbook_bytes(header, statement_rows, source_rows, tag_rows, domain_count=len(domains), path=path)
        atomic_write_bytes(path, book)
        return [path]
    if suffix in CSV_SUFFIXES:
        sources_path = path.with_name(f"{path.stem}-sources.csv")
        tags_path = path.with_name(f"{path.stem}-domains-groups.csv")
        atomic_write_bytes(path, csv_bytes(header, statement_rows))
        atomic_write_bytes(sources_path, csv_bytes(_SOURCE_HEADER, source_rows))
        atomic_write_bytes(tags_path, csv_bytes(_TAG_HEADER, tag_rows))
        return [path, sources_path, tags_path]
    raise BadInput(f"{path}: a coding sheet must be .csv or .xlsx, not '{suffix or path.name}'.")


def sheet_version(statement: Statement) -> str:
    """A short fingerprint of what a coding sheet shows of a statement: it changes when the statement's text,
    source, tags or own columns do, not when a reviewer marks or detaches it."""
    shown = statement.model_dump(
        include={"source", "context", "mechanism", "mechanism_resource", "mechanism_response", "outcome", "quote", "page"}
        | {"domain", "groups", "coder", "note", "context_stated", "mechanism_stated", "outcome_stated", "extra"}
    )
    shown["extra"] = sorted(shown["extra"].items())
    return hashlib.sha256(repr(sorted(shown.items())).encode("utf-8")).hexdigest()[:10]


_SOURCE_HEADER = ("key", "citation", "title", "year")
_TAG_HEADER = ("kind", "slug", "name", "description")


TEAM_PREFIX = "Team "
"""Before a team's own column that cmo's template could not write under its own header, since the import reads that
header as one of cmo's columns (a team's 'ID', numbering its CMOCs S1 …, beside cmo's id): 'Team ID' (`_team_columns`)."""


def own_column_name(header: str, from_cmo: bool, kept: Collection[str] = ()) -> str:
    """The name a team's own column is kept under (`Statement.extra`): its header, but on a sheet cmo wrote (its
    `cmo version` column) one the template headed with `TEAM_PREFIX` is kept under the name it came from, a column the
    review keeps (`kept`) and the only one so headed: a 'Team ID' of the team's own stays theirs."""
    name = header.strip()
    keys = {header_key(k) for k in kept}
    bare = name[len(TEAM_PREFIX) :].strip()
    if from_cmo and name.startswith(TEAM_PREFIX) and columns_read([bare], _ALIASES) and header_key(name) not in keys:
        return next((k for k in kept if header_key(k) == header_key(bare)), name)
    return name


def _team_columns(statements: Sequence[Statement]) -> dict[str, str]:
    """The team's own columns whose header the import reads as one of cmo's (an 'ID' of the team's, kept when a first
    import found ids shaped as cmo's: `_team_ids`; a 'Reviewer' kept beside a 'Coder'), each by the header the template
    writes it under, `TEAM_PREFIX` before it (an id beside cmo's id, where a team looks for its numbering). Without it
    the template dropped the column the team's next sheet is matched by (the brief's LJ 3). One a column of that name
    already holds is left out."""
    own = list(dict.fromkeys(name for s in statements for name in s.extra))
    return {
        f"{TEAM_PREFIX}{name}": name
        for name in own
        if columns_read([name], _ALIASES)
        and f"{TEAM_PREFIX}{name}" not in own
        and not columns_read([f"{TEAM_PREFIX}{name}"], _ALIASES)
    }


def _optional_columns(statements: Sequence[Statement]) -> list[str]:
    """Split mechanisms and inferred flags get columns only if used, keeping the usual sheet plain."""
    columns = []
    if any(s.mechanism_resource or s.mechanism_response for s in statements):
        columns += ["resource", "response"]
    if any(not (s.context_stated and s.mechanism_stated and s.outcome_stated) for s in statements):
        columns.append("inferred")
    own = list(dict.fromkeys(name for s in statements for name in s.extra))  # the team's own columns, first seen first
    written = [*CODING_COLUMNS, *columns]
    read = columns_read([*written, *own, VERSION_COLUMN], _ALIASES)
    return columns + [name for index, name in enumerate(own, start=len(written)) if index not in read]


def _statement_cells(statement: Statement, header: Sequence[str], team: Mapping[str, str] | None = None) -> list[str]:
    """A statement's cells under `header`; `team`: the team's own columns written under another header (`_team_columns`)."""
    team = team or {}
    values = {
        "id": statement.id,
        "source": statement.source,
        "context": statement.context,
        "mechanism": statement.mechanism,
        "outcome": statement.outcome,
        "quote": statement.quote,
        "page": statement.page,
        "domain": statement.domain or "",
        "groups": "; ".join(statement.groups),
        "coder": statement.coder,
        "note": statement.note,
        "resource": statement.mechanism_resource,
        "response": statement.mechanism_response,
        VERSION_COLUMN: sheet_version(statement),
        "inferred": ",".join(
            letter
            for letter, stated in (
                ("c", statement.context_stated),
                ("m", statement.mechanism_stated),
                ("o", statement.outcome_stated),
            )
            if not stated
        ),
    }
    return [values[name] if name in values else statement.extra.get(team.get(name, name), "") for name in header]


def _source_cells(source: Source) -> list[str]:
    return [source.key, short_cite(source), source.title, "" if source.year is None else str(source.year)]


def _tag_cells(domains: Sequence[Mapping[str, Any]], groups: Sequence[Mapping[str, Any]]) -> list[list[str]]:
    """Domains first, so a spreadsheet drop-down can point at just their rows."""
    return [
        [kind, tag.slug, tag.name, tag.description.strip()]
        for kind, items in (("domain", domains), ("group", groups))
        for tag in map(Domain.model_validate, items)
    ]


def _workbook_bytes(
    header: Sequence[str],
    statement_rows: list[list[str]],
    source_rows: list[list[str]],
    tag_rows: list[list[str]],
    *,
    domain_count: int,
    path,
) -> bytes:
    """Write-only mode: a 50,000-source review's template takes seconds, not tens of them."""
    from openpyxl import Workbook

    def fill(workbook):
        sheet = workbook.create_sheet(SHEET_STATEMENTS)
        for letter, width in zip(_LETTERS, (6, 16, 40, 40, 40, 40, 8, 18, 22, 8, 24, 30, 30, 10)):
            sheet.column_dimensions[letter].width = width
        lists = {
            "source": (f"'{SHEET_SOURCES}'!$A$2:$A${len(source_rows) + 1}", bool(source_rows)),
            "domain": (f"'{SHEET_TAGS}'!$B$2:$B${domain_count + 1}", domain_count > 0),
        }
        for name, (formula, has_values) in lists.items():
            if has_values:
                sheet.data_validations.append(_drop_down(name, formula, _LETTERS[header.index(name)]))
        _fill(sheet, header, statement_rows)
        _fill(workbook.create_sheet(SHEET_SOURCES), _SOURCE_HEADER, source_rows)
        _fill(workbook.create_sheet(SHEET_TAGS), _TAG_HEADER, tag_rows)

    return saved_bytes(Workbook(write_only=True), fill, path)


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _drop_down(name: str, formula: str, letter: str):
    """A warning, not a stop: a key added to the review after the template was written is fine."""
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        errorStyle="warning",
        showErrorMessage=True,
        error=f"Not a {name} in this review's list.",
    )
    validation.add(f"{letter}2:{letter}1048576")
    return validation


def _fill(sheet, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Every cell is stored as text: a title starting with '=' must never become a formula."""
    sheet.freeze_panes = "A2"
    sheet.append(list(header))
    for row in rows:
        sheet.append([text_cell(sheet, value) for value in row])
