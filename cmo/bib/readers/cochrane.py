"""The Cochrane Library's plain-text citation export ("Export selected citation(s)", format "Plain text"), from CENTRAL
(trials), the Cochrane Database of Systematic Reviews (reviews, protocols) and its other databases.

The format: a `Record #12 of 240` line starts each record (its number is its place in the whole result list, so an
export of selected records need not start at 1); the Cochrane Library may write `Provider: John Wiley & Sons, Ltd.` and
`Content: text/plain; charset="UTF-8"` under it, as it does in its RIS. Then one `XX: value` line per field, in
tags of two or three capitals: `ID` (the record's accession, `CN-01234567` or a review's `CD012345`), `AU` one per
author, `TI`, `SO` (the journal, or a trial register's address), `YR`, `VL`, `NO` (the issue), `PG` (pages, a review's
`CD` number, dashes written U+2010), `PM` ("PUBMED 27796183"), `XR` (other databases' ids: "EMBASE 610003357"),
`PT`, `KY`, `DOI`, `AB`, `US` (the record's address), `CC` (the Cochrane group), `PB`. A line without a tag goes on
with the value above.
"""

from __future__ import annotations

import re

from cmo.bib.readers import Problem, ReadResult, parallel, without_copyright
from cmo.bib.readers.ris import split_author_value
from cmo.bib.readers.tagged import TaggedRecord, TagValues
from cmo.models import Provenance, Record
from cmo.normalise import (
    REGISTRY_ID,
    is_grey,
    labelled_type,
    normalise_pages,
    normalise_pmid,
    parse_year,
    pubmed_url,
    web_address,
    written_doi,
)

RECORD_LINE = re.compile(r"Record #\d+ of \d+\s*$")
_TAG_LINE = re.compile(r"([A-Z][A-Z0-9]|DOI): ?(.*)$")
"""A field: two capitals, or 'DOI'. Not any three capitals, so a wrapped abstract's 'AIM: …' goes on with the abstract."""
_FURNITURE = re.compile(r"(?:Provider|Content): ")
"""Lines the Cochrane Library writes under a record's number (`Provider: John Wiley & Sons, Ltd.`)."""
_USED = {"ID", "AU", "TI", "SO", "YR", "VL", "NO", "PG", "PM", "PT", "DOI", "AB", "US", "PB"}
_EXTRA_NAMES = {"XR": "other ids", "KY": "keywords", "CC": "Cochrane group", "CR": "cross-references"}


def _built(raw: TaggedRecord, number: int, file: str) -> Record | str:
    raw.finish()
    if raw.has_any("TI", "AU", "ID", "DOI"):
        return _to_record(raw, number, file)
    return "Cochrane Library record has no title, author or identifier; it was skipped."


def _split_records(lines: list[str], file: str, result: ReadResult, first_line: int = 1) -> list[TaggedRecord]:
    """A `Record #N of M` line starts a record; tag lines before the first one (the numbering lines cut away by hand)
    start one too. A line that is no tag line continues the value above; one outside every record is a Problem."""
    records: list[TaggedRecord] = []
    current: TaggedRecord | None = None
    stray: int | None = None
    for number, line in enumerate(lines, start=first_line):
        line = line.rstrip("\r")
        if RECORD_LINE.match(line):
            current = TaggedRecord(number)
            records.append(current)
            continue
        if not line.strip() or (current is not None and not current.tags and _FURNITURE.match(line)):
            continue
        match = _TAG_LINE.match(line)
        if match is None:
            if current is not None and current.tags:
                current.continue_last(line.strip())
            elif stray is None:
                stray = number
            continue
        if current is None:
            current = TaggedRecord(number)
            records.append(current)
        current.add(*match.groups())
    if stray is not None:
        result.problems.append(Problem(file, stray, "text that is not a Cochrane Library field ('XX: value'); skipped."))
    return records


def _to_record(raw: TaggedRecord, number: int, file: str) -> Record:
    values = TagValues(raw.tags)
    first = values.first
    accession = first("ID")
    source, volume, pages = first("SO"), first("VL"), first("PG")
    address = web_address(source)  # a trial register's record: its 'source' is the register's page
    container = "" if address else source
    labels = values.every("PT")
    kind = labelled_type([label for value in labels for label in value.split(";")], container, volume, pages)
    pmid = normalise_pmid(first("PM"))
    extra = values.extra(_USED, _EXTRA_NAMES)
    if address and (numbers := re.findall(rf"(?<!\w){REGISTRY_ID.pattern}(?!\w)", address, re.I)):
        extra["registration"] = "; ".join(dict.fromkeys(n.upper() for n in numbers))  # as RIS's A1 of CENTRAL gives it
    return Record(
        key="",
        type=kind,
        original_type="; ".join(labels),
        title=first("TI"),
        authors=[name for value in values.every("AU") for name in split_author_value(value)],
        year=parse_year(first("YR")),
        doi=written_doi(first("DOI")),
        pmid=pmid,
        container=container,
        volume=volume,
        issue=first("NO"),
        pages=normalise_pages(pages),
        publisher=first("PB"),
        url=web_address(first("US")) or address or pubmed_url(pmid),
        abstract=without_copyright(first("AB")),
        grey=is_grey(kind),
        extra=extra,
        provenance=Provenance(file=file, line=raw.line, key=accession or f"cochrane{number}", format="cochrane"),
    )


LINES = parallel.LineFormat(re.compile(r"\n(?=Record #\d+ of \d+\r?\n)"), _split_records, _built, year_tags=("YR",))
read, read_parts = LINES.read, LINES.read_parts
