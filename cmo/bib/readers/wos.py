"""Web of Science "Plain text file" exports (`savedrecs.txt`).

The format: a two-character tag, a space, the value; lines indented by three spaces continue the
tag above (for authors, addresses and cited references each such line is one more item); `ER` ends
a record and `EF` the file, after an `FN`/`VR` header. Written here like the MEDLINE reader: the
packages that read it are unmaintained or pull in a whole bibliometrics toolkit.
"""

from __future__ import annotations

import re

from cmo.bib.readers import Problem, ReadResult, named_authors, parallel, without_copyright
from cmo.bib.readers.ris import split_author_value
from cmo.bib.readers.tagged import TaggedRecord, TagValues
from cmo.models import Provenance, Record
from cmo.normalise import (
    clean_text,
    content_type,
    is_grey,
    normalise_pages,
    normalise_pmid,
    parse_year,
    pubmed_url,
    written_doi,
)

_TAG_LINE = re.compile(r"([A-Z][A-Z0-9]) (.*)$")
_CONTINUATION = "   "
_ONE_PER_LINE = {"AU", "AF", "BA", "BF", "CA", "GP", "C1", "CR", "EM"}
"""Tags whose continuation lines are further items (one name, address or reference each)."""
_FILE_TAGS = {"FN", "VR", "EF"}
_USED = {"PT", "AU", "AF", "CA", "GP", "TI", "SO", "SE", "BS", "DT", "AB", "PY", "EY", "PD", "VL", "IS", "BP", "EP", "AR"}
_USED |= {"DI", "PM", "PU", "UT"}
_DOCUMENT_TYPES = {
    "proceedings paper": "conference",
    "meeting abstract": "conference",
    "book chapter": "chapter",
    "book": "book",
    "book review": "article",
    "data paper": "dataset",
    "preprint": "unpublished",
}
_PUBLICATION_TYPES = {"J": "article", "B": "book", "S": "book", "P": "patent", "C": "conference"}


class _RawRecord(TaggedRecord):
    def continue_line(self, text: str) -> None:
        """For authors, addresses and cited references each indented line is one more item; for any other tag
        it goes on with the value above."""
        if self.tags[-1][0] in _ONE_PER_LINE:
            self.add(self.tags[-1][0], text)
        else:
            self.continue_last(text)


def _built(raw: _RawRecord, number: int, file: str) -> Record | str:
    raw.finish()
    if raw.has_any("TI", "AU", "AF", "CA", "DI", "UT"):
        return _to_record(raw, number, file)
    return "Web of Science record has no title, author or identifier; skipped."


def _split_records(lines: list[str], file: str, result: ReadResult, first_line: int = 1) -> list[_RawRecord]:
    """`PT` starts a record and `ER` ends it; tag lines outside a record are a Problem, never silence. The
    "Tab delimited file" export (a header row of the same tags) is read here too."""
    if lines and lines[0].startswith(TAB_HEADER):
        return _split_tab_records(lines, first_line)
    records: list[_RawRecord] = []
    current: _RawRecord | None = None
    stray: int | None = None
    for number, line in enumerate(lines, start=first_line):
        line = line.rstrip("\r")
        if line.startswith(_CONTINUATION) and line.strip():
            if current is not None and current.tags:
                current.continue_line(line.strip())
            continue
        match = _TAG_LINE.match(line)
        if match is None:
            if line.strip() == "ER" and current is not None:
                records.append(current)
                current = None
            elif line.strip() and line.strip() not in _FILE_TAGS and current is None and stray is None:
                stray = number
            continue
        tag, value = match.groups()
        if tag in _FILE_TAGS and current is None:
            continue
        if tag == "PT" or current is None:
            if current is not None:
                records.append(current)  # a record the export did not close with ER
            if tag != "PT" and stray is None:
                stray = number
            current = _RawRecord(line=number)
        current.add(tag, value)
    if current is not None:
        records.append(current)
    if stray is not None:
        result.problems.append(
            Problem(file, stray, "tag lines with no 'PT' line before them (a damaged record); read as a record of their own.")
        )
    return records


TAB_HEADER = "PT\tAU\t"
_LISTED = {"AU", "AF", "BA", "BF", "CA", "GP"}
"""In the tab-delimited export these hold several names separated by '; '."""


def _split_tab_records(lines: list[str], first_line: int) -> list[_RawRecord]:
    """One record per row after the header; a name list becomes one tag per name, as in the plain text file."""
    header = [tag.strip() for tag in lines[0].rstrip("\r").split("\t")]
    records = []
    for number, line in enumerate(lines[1:], start=first_line + 1):
        cells = line.rstrip("\r").split("\t")
        if not any(cell.strip() for cell in cells):
            continue
        raw = _RawRecord(line=number)
        for tag, value in zip(header, cells):
            values = value.split("; ") if tag in _LISTED else [value]
            raw.tags.extend((tag, item.strip()) for item in values if item.strip())
        records.append(raw)
    return records


def _to_record(raw: _RawRecord, number: int, file: str) -> Record:
    values = TagValues(raw.tags)
    first = values.first
    accession = first("UT")
    pages = f"{first('BP')}-{first('EP')}" if first("BP") and first("EP") else first("BP") or first("AR")
    kind = _record_type(first("PT"), first("DT"), pages)
    kind = content_type(kind, first("SO"), first("VL"), first("BP"))
    pmid = normalise_pmid(first("PM"))
    return Record(
        key="",
        type=kind,
        original_type="; ".join(x for x in (first("PT"), first("DT")) if x),
        title=first("TI"),
        authors=_authors(values),
        year=parse_year(first("PY")) or parse_year(first("EY")) or parse_year(first("PD")),
        doi=written_doi(first("DI")) or None,
        pmid=pmid,
        container=first("SO", "SE"),
        volume=first("VL"),
        issue=first("IS"),
        pages=normalise_pages(pages),
        publisher=first("PU"),
        url=pubmed_url(pmid),
        abstract=without_copyright(first("AB")),
        grey=is_grey(kind, pages=normalise_pages(pages)),
        extra=values.extra(_USED),
        provenance=Provenance(file=file, line=raw.line, key=accession or f"wos{number}", format="wos"),
    )


def _authors(values: TagValues) -> list[str]:
    """AF (full names) when the record has them, else AU; group authors (CA, GP) kept whole."""
    personal = values.every("AF") or values.every("AU") or values.every("BF") or values.every("BA")
    names = [name for value in personal for name in split_author_value(value)]
    return named_authors(names + [clean_text(group) for group in values.every("CA", "GP")])


def _record_type(publication_type: str, document_types: str, pages: str) -> str:
    """The document type where it names one; else the publication type, where `S` (a book series) with pages is a
    paper in one volume of the series, cited as an article is, not the whole book."""
    for document_type in document_types.split(";"):
        kind = _DOCUMENT_TYPES.get(document_type.strip().lower())
        if kind:
            return kind
    if publication_type.strip().upper() == "S" and pages:
        return "article"
    return _PUBLICATION_TYPES.get(publication_type.strip().upper(), "misc")


LINES = parallel.LineFormat(re.compile(r"\n(?=PT [A-Z]\r?\n)"), _split_records, _built, year_tags=("PY",))
read, read_parts = LINES.read, LINES.read_parts
