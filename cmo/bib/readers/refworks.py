"""RefWorks tagged format: what RefWorks, ProQuest and CNKI (China National Knowledge Infrastructure) export.

The format: `RT Journal Article` starts a record, then `XX value` lines (two characters, a space): A1 an
author (CNKI lists several in one line, separated by ';'), T1 the title, JF the journal, YR the year, VO
and IS, SP and OP the first and last page, DO the DOI, AB the abstract; a blank line ends the record, and
a line without a tag continues the field above. Some exporters write tags in lower case (`vo`).
"""

from __future__ import annotations

import re
from functools import partial

from cmo.bib.readers import parallel, without_copyright
from cmo.bib.readers.ris import split_author_value
from cmo.bib.readers.tagged import TaggedRecord, TagValues, split_blocks
from cmo.models import Provenance, Record
from cmo.normalise import (
    is_grey,
    labelled_type,
    normalise_pages,
    normalise_pmid,
    parse_year,
    pubmed_url,
    written_doi,
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


def _built(raw: TaggedRecord, number: int, file: str) -> Record | str:
    raw.finish()
    if raw.has_any("T1", "A1", "DO", "UL"):
        return _to_record(raw, number, file)
    return "RefWorks record has no title, author, DOI or link; it was skipped."


def _tag(line: str) -> tuple[str, str] | None:
    """(tag, value) of a tag line; None for a wrapped one."""
    match = _TAG_LINE.match(line)
    if match is None or not (match.group(1) in TAGS or match.group(1) in _LOWER_CASE):
        return None
    return match.group(1).upper(), match.group(2)


_split_records = partial(
    split_blocks,
    tag_of=_tag,
    opens="RT",
    stray_message="text outside any RefWorks record (no 'RT' line before it); skipped.",
    any_tag_opens=False,
)
"""`RT` starts a record and a blank line ends one (`cmo.bib.readers.tagged.split_blocks`)."""


def _to_record(raw: TaggedRecord, number: int, file: str) -> Record:
    values = TagValues(raw.tags)
    first = values.first
    label = first("RT")
    container, volume = first("JF", "JO", "T2"), first("VO")
    start, end = first("SP"), first("OP")
    pages = f"{start}-{end}" if start and end and not end.startswith(start + "-") else start or end
    kind = labelled_type(label, container, volume, pages)
    pmid = normalise_pmid(first("PM"))
    return Record(
        key="",
        type=kind,
        original_type=label,
        title=first("T1"),
        authors=[name for value in values.every("A1") for name in split_author_value(value)],
        year=parse_year(first("YR")) or parse_year(first("FD")),
        doi=written_doi(first("DO")),
        pmid=pmid,
        container=container,
        volume=volume,
        issue=first("IS"),
        pages=normalise_pages(pages),
        publisher=first("PB"),
        url=first("UL") or pubmed_url(pmid),
        abstract=without_copyright(first("AB")),
        grey=is_grey(kind, pages=normalise_pages(pages)),
        extra=values.extra(_USED),
        provenance=Provenance(file=file, line=raw.line, key=first("AN", "ID") or f"refworks{number}", format="refworks"),
    )


LINES = parallel.LineFormat(re.compile(r"\n(?=RT )"), _split_records, _built)
read, read_parts = LINES.read, LINES.read_parts
