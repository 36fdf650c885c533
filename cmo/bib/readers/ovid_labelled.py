"""Ovid's labelled export: what Ovid writes when results are saved or emailed in its own "Ovid" format (the
display's layout, `.txt`), from Ovid MEDLINE, Embase, APA PsycInfo and the other databases it hosts.

The format: the search history first (`Database: …`, `Search Strategy:`, numbered search lines, a line of
asterisks), then a `<1>` line before each record, then each field as its name on a line of its own ("Unique
Identifier", "Authors", "Title", "Source", "Year of Publication", "Digital Object Identifier", "Abstract"…) with its
value on the indented lines under it. Each database names its fields in its own words (PsycInfo's "Accession
Number" and "Author", Embase's "Journal Name" and "Issue Part"); they are the fields of Ovid's tagged export
(`ovid`), whose record building this module shares: only the syntax differs.
"""

from __future__ import annotations

import re
from functools import partial

from cmo.bib.readers import Problem, ReadResult, parallel
from cmo.bib.readers.ovid_tagged import ITEMS, MARKER, RawRecord, built
from cmo.normalise import INITIAL, clean_text, written_doi

_CODES = {
    "unique identifier": "UI",
    "accession number": "AN",
    "embase accession number": "AN",
    "author": "AU",
    "authors": "AU",
    "author full name": "FA",
    "authors full name": "FA",
    "title": "TI",
    "original title": "OT",
    "source": "SO",
    "journal name": "JN",
    "journal title": "JN",
    "abbreviated source": "AS",
    "journal abbreviation": "JA",
    "volume": "VO",
    "issue": "IP",
    "issue part": "IP",
    "issue/part": "IP",
    "page": "PG",
    "pages": "PG",
    "pagination": "PG",
    "year of publication": "YR",
    "publication year": "YR",
    "year": "YR",
    "date of publication": "DP",
    "publication date": "DP",
    "digital object identifier": "DO",
    "doi": "DO",
    "abstract": "AB",
    "publication type": "PT",
    "pubmed id": "PM",
    "pubmed identifier": "PM",
    "medline pmid": "PM",
    "pmid": "PM",
    "publisher": "PB",
    "database": "DB",
    "institution": "IN",
}
"""Each database's name for a field, as the field code of Ovid's tagged export. A field not named here is kept
under its own name."""
_HEADER_END = re.compile(r"\*{5,}\s*$")
_HEADER_DATABASE = re.compile(r"Database:\s*(.+?)\s*$")
_NAME_PIECE = re.compile(rf"[^\W\d_][^,;.\d]*?(?:,\s*[^,;\d]+|\s{INITIAL}{{1,3}})")
"""One name of a list written on one line with '. ' between names: "Family, Given" or "Family GI"."""


class _LabelledRecord(RawRecord):
    label_line: int = 0
    """Where the field being read was named, while it has no value yet."""


def _split_records(lines: list[str], file: str, result: ReadResult, first_line: int = 1, database: str = "") -> list[RawRecord]:
    """A `<N>` line starts a record; an unindented line names a field, the indented lines under it are its value.
    What comes before the first record is the search history when it ends in Ovid's line of asterisks; anything else
    outside a field is a Problem, never silence. `database`: what the history's `Database:` line names, for records
    that do not name their own (a large file's later parts are read without the history)."""
    records: list[RawRecord] = []
    unknown: list[tuple[_LabelledRecord, int, int]] = []
    current: _LabelledRecord | None = None
    stray = None
    history = any(_HEADER_END.match(line) for line in lines[:400]) and not MARKER.match(lines[0].lstrip("\ufeff"))
    for number, line in enumerate(lines, start=first_line):
        line = line.rstrip("\r")
        if history:
            history = not _HEADER_END.match(line)
            continue
        if MARKER.match(line):
            current = _close(current, file, result)
            current = _LabelledRecord(number)
            records.append(current)
            continue
        if not line.strip():
            continue
        if current is None:
            stray = stray or number
        elif not line[:1].isspace():
            if current.label_line:  # the line above named no field: nothing is indented under it
                result.problems.append(Problem(file, current.label_line, _STRAY))
                current.tags.pop()
            current.finish()
            current.tags.append((_code(line), ""))
            current.label_line = number
            if current.tags[-1][0] not in _KNOWN:
                unknown.append((current, len(current.tags) - 1, number))
        elif not current.tags:
            result.problems.append(Problem(file, number, "an indented value with no field's name above it; skipped."))
        else:
            current.label_line = 0
            tag, value = current.tags[-1]
            if not value:
                current.tags[-1] = (tag, line.strip())
            elif tag in ITEMS:
                current.add(tag, line.strip())
            else:
                current.continue_last(line.strip())
    _close(current, file, result)
    result.warnings.extend(_identifiers_unread(unknown, file))
    if database:
        for raw in records:
            if not raw.has_any("DB"):
                raw.tags.append(("DB", database))
    for raw in records:
        raw.tags = [(tag, value) for item in raw.tags for tag, value in _items(*item)]
    if stray is not None:
        result.problems.append(Problem(file, stray, "text before the first Ovid record ('<1>'); skipped."))
    return records


_STRAY = "a line that is no field's name (nothing indented under it) and no value; skipped."


def _close(current: _LabelledRecord | None, file: str, result: ReadResult) -> None:
    if current is not None and current.label_line:
        result.problems.append(Problem(file, current.label_line, _STRAY))
        current.tags.pop()
        current.label_line = 0
    return None


def _code(label: str) -> str:
    """The field code a label names: the label as `_CODES` knows it, else with its part in brackets aside or that part
    alone ("Digital Object Identifier (DOI)", "PubMed Identifier (PMID)"); a label none of them names is kept as written."""
    name = clean_text(label).rstrip(":")
    bracketed = _BRACKETED.fullmatch(name)
    tried = [name, *(bracketed.groups() if bracketed else ())]
    return next((_CODES[word.lower()] for word in tried if word.lower() in _CODES), name)


_BRACKETED = re.compile(r"(.+?)\s*\(([^()]+)\)")
_KNOWN = frozenset(_CODES.values())


def _identifiers_unread(unknown: list[tuple[_LabelledRecord, int, int]], file: str) -> list[str]:
    """A field whose name cmo does not know but whose value is a DOI alone ("…: https://dx.doi.org/10.1136/…"), named
    with its line: kept with the record under its name, never taken for its DOI without a word."""
    said = []
    for raw, at, line in unknown:
        label, value = raw.tags[at] if at < len(raw.tags) else ("", "")
        if value and " " not in value.strip() and (doi := written_doi(value)):
            said.append(
                f"{file}: line {line}: the field '{label}' holds the identifier {doi} but is no field cmo reads, so it "
                "is kept with the record under its name and not read as its DOI; name it 'Digital Object Identifier' to "
                "have it read."
            )
    return said


def _items(tag: str, value: str) -> list[tuple[str, str]]:
    """A name list Ovid wrote on one line with '. ' between the names ("Tinland A. Loubiere S."), one item per name;
    split only where every piece is a name, so "Buxton, Jane A." stays one."""
    if tag not in ("AU", "FA") or ";" in value:
        return [(tag, value)]
    pieces = [piece.strip() for piece in re.split(r"\.\s+", value.strip().rstrip("."))]
    if len(pieces) > 1 and all(_NAME_PIECE.fullmatch(piece) for piece in pieces):
        return [(tag, piece) for piece in pieces]
    return [(tag, value)]


_HISTORY_END = re.compile(r"^\*{5,}\s*$", re.M)
_RULE = re.compile(r"-{5,}")  # the line of hyphens under "Search Strategy:", a rule drawn, no search


def search_history(text: str) -> str:
    """The search history an Ovid export opens with (`Database: …` with its coverage dates, `Search Strategy:`, the
    numbered lines with their hits, up to its line of asterisks), as written less its ruled line; "" where the file
    opens with none. RAMESES item 8 asks for each database's search strategy (trial CQ: the report asked for it beside
    the HMIC export giving it)."""
    head = text.lstrip("\ufeff \r\n")[:20_000]
    end = _HISTORY_END.search(head)
    if not _HEADER_DATABASE.match(head.split("\n", 1)[0]) or end is None:
        return ""
    lines = head[: end.start()].replace("\r\n", "\n").strip().split("\n")
    return "\n".join(line.rstrip() for line in lines if not _RULE.fullmatch(line.strip()))


def format_for(text: str) -> parallel.LineFormat:
    """The reading of one file: its records' database is named once, in the search history at its top."""
    head = text[: text.find("\n<") if "\n<" in text else 20_000][:20_000]
    found = next((match for line in head.split("\n") if (match := _HEADER_DATABASE.match(line))), None)
    split = partial(_split_records, database=found.group(1)) if found else _split_records
    return parallel.LineFormat(_RECORD_START, split, built, year_tags=("YR", "DP"))


_RECORD_START = re.compile(r"\n(?=<\d+\.? ?>\r?\n)")


def read(text: str, file: str) -> ReadResult:
    return format_for(text).read(text, file)


def read_parts(text: str, file: str, prepare=None, abbreviations=None):
    return format_for(text).read_parts(text, file, prepare, abbreviations)
