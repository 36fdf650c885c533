"""RefWorks tagged format: what RefWorks, ProQuest and CNKI (China National Knowledge Infrastructure) export.

The format: `RT Journal Article` starts a record, then `XX value` lines (two characters, a space): A1 an
author (CNKI lists several in one line, separated by ';'), T1 the title, JF the journal, YR the year, VO
and IS, SP and OP the first and last page, DO the DOI, AB the abstract; a blank line ends the record, and
a line without a tag continues the field above. Some exporters write tags in lower case (`vo`).
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

_TAG_LINE = re.compile(r"([A-Za-z][A-Za-z0-9]) (.*)$")
TAGS = set(
    "RT SR ID A1 T1 JF JO YR FD VO IS SP OP K1 AB NO A2 T2 ED PB PP A3 A4 A5 T3 SN AV AD AN LA CL SF OT LK DO CN DB DS "
    "IP RD ST U1 U2 U3 U4 U5 UL SL LL CR WT A6 WV WP OL".split()
)
"""The format's tags: a wrapped line of an abstract has no tag, and one that starts with two letters and a space
("of the…") must not be read as one."""
_LOWER_CASE = {"vo", "yr", "sp", "op", "jf", "jo", "sn", "ds", "ab", "a1", "t1", "k1", "rt", "sr", "ul", "fd", "pb", "pp"}
"""Tags some exporters (CNKI) write in lower case that are no English word a wrapped line could start with."""
_USED = {"RT", "A1", "T1", "JF", "JO", "T2", "YR", "FD", "VO", "IS", "SP", "OP", "DO", "AB", "PB", "UL", "AN", "PM"}


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
            self.tags[-1] = (tag, " ".join([value, *self.continued]) if value else " ".join(self.continued))
            self.continued = []


def read(text: str, file: str) -> ReadResult:
    return LINES.read(text, file)


def read_parts(text: str, file: str, prepare=None, abbreviations=None) -> Iterator[ReadResult]:
    """The file whole, or a large one in parts read by two processes (`cmo.bib.readers.parallel`)."""
    return LINES.read_parts(text, file, prepare)


def _built(raw: _RawRecord, number: int, file: str) -> Record | str:
    raw.finish()
    if any(tag in ("T1", "A1", "DO", "UL") for tag, _ in raw.tags):
        return _to_record(raw, number, file)
    return "RefWorks record has no title, author, DOI or link; it was skipped."


def _split_records(lines: list[str], file: str, result: ReadResult, first_line: int = 1) -> list[_RawRecord]:
    """`RT` starts a record and a blank line ends one; text before any record is a Problem, never silence."""
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
        tag, value = _tag(line)
        if tag == "RT":
            current = _RawRecord(number)
            records.append(current)
            current.add(tag, value)
        elif current is None:
            stray = stray or number
        elif tag:
            current.add(tag, value)
        else:
            current.continued.append(line.strip())
    if stray is not None:
        result.problems.append(Problem(file, stray, "text outside any RefWorks record (no 'RT' line before it); skipped."))
    return records


def _tag(line: str) -> tuple[str, str]:
    """(tag, value) of a tag line, ("", "") of a wrapped one."""
    match = _TAG_LINE.match(line)
    if match is None or not (match.group(1) in TAGS or match.group(1) in _LOWER_CASE):
        return "", ""
    return match.group(1).upper(), match.group(2)


def _to_record(raw: _RawRecord, number: int, file: str) -> Record:
    values: dict[str, list[str]] = {}
    for tag, value in raw.tags:
        if value:
            values.setdefault(tag, []).append(value)

    def first(*tags: str) -> str:
        return next((clean_text(values[tag][0]) for tag in tags if tag in values), "")

    label = first("RT")
    container, volume = first("JF", "JO", "T2"), first("VO")
    start, end = first("SP"), first("OP")
    pages = f"{start}-{end}" if start and end and not end.startswith(start + "-") else start or end
    kind = content_type(type_from_label(label) or ("article" if container else "misc"), container, volume, pages)
    pmid = normalise_pmid(first("PM"))
    return Record(
        key="",
        type=kind,
        original_type=label,
        title=first("T1"),
        authors=[name for value in values.get("A1", []) for name in split_author_value(value)],
        year=parse_year(first("YR")) or parse_year(first("FD")),
        doi=normalise_doi(first("DO")),
        pmid=pmid,
        container=container,
        volume=volume,
        issue=first("IS"),
        pages=normalise_pages(pages),
        publisher=first("PB"),
        url=first("UL") or (f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid else None),
        abstract=first("AB"),
        grey=is_grey(kind),
        extra={tag: compact_extra("; ".join(items)) for tag, items in values.items() if tag not in _USED},
        provenance=Provenance(file=file, line=raw.line, key=first("AN", "ID") or f"refworks{number}", format="refworks"),
    )


LINES = parallel.LineFormat(re.compile(r"\n(?=RT )"), _split_records, _built)
