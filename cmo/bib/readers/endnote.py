"""EndNote's tagged text (`.enw`, "Refer/BibIX"): what Google Scholar's "EndNote" link, EndNote's export and
Zotero's Refer export write.

The format: `%0 Journal Article` starts a record, then `%X value` lines, one character per field (%A an
author, %T the title, %J the journal, %D the year, %R the DOI, %X the abstract...); a line without a `%`
continues the field above (EndNote breaks abstracts and keyword lists over lines); a blank line ends the
record. Written here: the format is a dozen tags, and the packages that read it are unmaintained.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from cmo.bib.readers import Problem, ReadResult, parallel
from cmo.bib.readers.ris import compact_extra, split_author_value
from cmo.models import Provenance, Record
from cmo.normalise import (
    clean_text,
    content_type,
    is_grey,
    normalise_doi,
    normalise_pages,
    normalise_pmid,
    parse_year,
    type_from_label,
)

_TAG_LINE = re.compile(r"%(\S) ?(.*)$")
_USED = {"0", "A", "T", "J", "B", "D", "8", "R", "V", "N", "P", "I", "U", "X", "F", "M"}
_NAMES = {
    "E": "editors",
    "C": "place",
    "K": "keywords",
    "@": "isbn/issn",
    "G": "language",
    "L": "call number",
    "Z": "notes",
    "9": "type of work",
    "S": "series",
    "Y": "tertiary authors",
    "7": "edition",
    "W": "database",
    "~": "database provider",
    "+": "author address",
    "!": "short title",
}
"""Tags kept in `extra`, by their EndNote names (what a reviewer recognises in `cmo sources show`)."""
_PMID_ACCESSION = re.compile(r"^\d{1,9}$")


@dataclass
class _RawRecord:
    line: int
    tags: list[tuple[str, str]] = field(default_factory=list)
    continued: list[str] = field(default_factory=list)
    """The last tag's continuation lines, joined once: a 50 MB abstract must not be copied per line."""

    def add(self, tag: str, value: str) -> None:
        self.finish()
        self.tags.append((tag, value.strip()))

    def finish(self) -> None:
        if self.continued:
            tag, value = self.tags[-1]
            joiner = "; " if tag == "K" else " "
            self.tags[-1] = (tag, joiner.join([value, *self.continued]) if value else joiner.join(self.continued))
            self.continued = []


def read(text: str, file: str) -> ReadResult:
    return LINES.read(text, file)


def read_parts(text: str, file: str, prepare=None, abbreviations=None) -> Iterator[ReadResult]:
    """The file whole, or a large one in parts read by two processes (`cmo.bib.readers.parallel`)."""
    return LINES.read_parts(text, file, prepare)


def _built(raw: _RawRecord, number: int, file: str) -> Record | str:
    raw.finish()
    if any(tag in ("T", "A", "R", "U") for tag, _ in raw.tags):
        return _to_record(raw, number, file)
    return "EndNote record has no title, author, DOI or link; it was skipped."


def _split_records(lines: list[str], file: str, result: ReadResult, first_line: int = 1) -> list[_RawRecord]:
    """`%0` or a blank line starts a record; text before any tag line is a Problem, never silence."""
    records: list[_RawRecord] = []
    current: _RawRecord | None = None
    stray: int | None = None
    for number, line in enumerate(lines, start=first_line):
        line = line.rstrip("\r")
        if not line.strip():
            if current is not None:
                current.finish()
            current = None
            continue
        match = _TAG_LINE.match(line) if line.startswith("%") else None
        if match is None:
            if current is not None:
                current.continued.append(line.strip())
            elif stray is None:
                stray = number
            continue
        tag, value = match.groups()
        if current is None or (tag == "0" and current.tags):
            current = _RawRecord(number)
            records.append(current)
        current.add(tag, value)
    if stray is not None:
        result.problems.append(Problem(file, stray, "text outside any EndNote record (no '%X value' lines); skipped."))
    return records


def _to_record(raw: _RawRecord, number: int, file: str) -> Record:
    values: dict[str, list[str]] = {}
    for tag, value in raw.tags:
        if value:
            values.setdefault(tag, []).append(value)

    def first(*tags: str) -> str:
        return next((clean_text(values[tag][0]) for tag in tags if tag in values), "")

    label = first("0")
    container = first("J", "B")
    volume, pages = first("V"), first("P")
    kind = content_type(type_from_label(label) or ("article" if first("J") else "misc"), container, volume, pages)
    accession = first("M")
    pmid = normalise_pmid(accession) if _PMID_ACCESSION.match(accession) and "pubmed" in first("W", "~").lower() else None
    urls = [clean_text(url) for url in values.get("U", [])]
    doi = normalise_doi(first("R")) or normalise_doi(accession)  # EndNote puts a DOI in %R, some tools in %M
    doi = doi or next((found for url in urls if (found := normalise_doi(url))), None)
    return Record(
        key="",
        type=kind,
        original_type=label,
        title=first("T"),
        authors=[name for value in values.get("A", []) for name in split_author_value(value)],
        year=parse_year(first("D")) or parse_year(first("8")),
        doi=doi,
        pmid=pmid,
        container=container,
        volume=volume,
        issue=first("N"),
        pages=normalise_pages(pages),
        publisher=first("I"),
        url=next((url for url in urls if url.startswith(("http://", "https://"))), None),
        abstract=first("X"),
        grey=is_grey(kind),
        extra={_NAMES.get(tag, f"%{tag}"): compact_extra("; ".join(items)) for tag, items in values.items() if tag not in _USED},
        provenance=Provenance(file=file, line=raw.line, key=first("F") or accession or f"endnote{number}", format="endnote"),
    )


LINES = parallel.LineFormat(re.compile(r"\n(?=%0 )"), _split_records, _built)
