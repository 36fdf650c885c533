"""PubMed/MEDLINE reader (`.nbib`, PubMed "Citation manager" and `.txt` exports).

Written here rather than taken from `nbib`, which is unmaintained and aborts the whole import
on the first odd line. The format: a tag padded to four characters, `- `, the value; lines
indented by six spaces continue it; a blank line or a new `PMID-` starts the next record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain

from cmo.bib.readers import Problem, ReadResult, cut_short, named_authors, parallel, without_copyright
from cmo.bib.readers.ris import split_author_value
from cmo.bib.readers.tagged import TaggedRecord, TagValues
from cmo.errors import LookAt
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

_TAG_LINE = re.compile(r"([A-Z][A-Z0-9]{1,3}) {0,2}- ?(.*)$")
_CONTINUATION = "      "
_USED = {
    "PMID",
    "TI",
    "BTI",
    "AB",
    "FAU",
    "AU",
    "CN",
    "JT",
    "DP",
    "VI",
    "IP",
    "PG",
    "AID",
    "LID",
    "PB",
}
# Publication types that make a record something other than a journal article (grey, mostly).
_PUBLICATION_TYPES = {
    "congress": "conference",
    "meeting abstract": "conference",
    "consensus development conference": "conference",
    "preprint": "unpublished",
    "technical report": "report",
    "dataset": "dataset",
}


@dataclass
class _RawRecord(TaggedRecord):
    pmid_line: int | None = None
    last_line: int = 0
    stray: list[int] = field(default_factory=list)
    """Lines inside the record that are no tag lines."""
    cut: str = ""
    """Set when the file ended inside this record (`_cut_short`): where, kept in the record (`INCOMPLETE`)."""

    def finish(self, joiner: str = " ") -> None:
        """PubMed wraps a line after a word's hyphen ("hospital-" / "based"): the word is joined whole, as PubMed's XML
        of the same record has it, so both exports cite it alike (`_WRAPPED_AT_HYPHEN`)."""
        if self.continued:
            tag, value = self.tags[-1]
            self.tags[-1] = (tag, _WRAPPED_AT_HYPHEN.sub("-", "\n".join([value, *self.continued]).strip("\n")).replace("\n", " "))
            self.continued = []


_WRAPPED_AT_HYPHEN = re.compile(r"(?<=\w)-\n(?!(?:and|or|to|nor|versus|vs)(?:\s|$))(?=\w)")
"""A line ending in a word's hyphen, the next line going on with the word; not a suspended hyphen ("pre- and post-")."""


def _built(raw: _RawRecord, number: int, file: str) -> Record | str:
    raw.finish()
    if raw.has_any("PMID", "TI", "BTI", "FAU", "AU"):
        record = _to_record(raw, number, file)
        return cut_short(record, raw.cut) if raw.cut else record
    return "MEDLINE block has no PMID, title or author; it was skipped."


def _split_records(lines: list[str], file: str, result: ReadResult, first_line: int = 1) -> list[_RawRecord]:
    """Blank lines end a record; a blank-separated block with no tag line is a Problem."""
    records: list[_RawRecord] = []
    current: _RawRecord | None = None
    stray: list[int] = []
    block_stray: list[int] = []
    tag_line = _TAG_LINE.match
    for number, line in enumerate(chain(lines, [""]), start=first_line):
        if not line or line.isspace():
            if block_stray and current is None:
                result.problems.append(Problem(file, block_stray[0], "text that is not MEDLINE tag lines; skipped."))
            else:
                stray.extend(block_stray)
            current, block_stray = None, []
            continue
        if current is not None:
            current.last_line = number
        if line.startswith(_CONTINUATION) and current is not None and current.tags:
            current.continue_last(line.strip())
            continue
        match = tag_line(line)
        if match is None:
            block_stray.append(number)
            if current is not None:
                current.stray.append(number)
            continue
        tag, value = match.groups()
        if current is None or (tag == "PMID" and current.pmid_line is not None):
            current = _RawRecord(number, last_line=number)
            records.append(current)
        if tag == "PMID":
            current.pmid_line = number
        current.add(tag, value)
    ends_in_a_record = bool(lines) and not (lines[-1] == "" and len(lines) > 1 and not lines[-2].strip())
    if records and ends_in_a_record and (cut := _cut_short(records, file)):
        said, records[-1].cut = cut
        result.warnings.append(LookAt(said))
        stray = [number for number in stray if number not in records[-1].stray]
    if stray:
        result.warnings.append(
            LookAt(
                f"{file}: {len(stray)} line(s) inside MEDLINE records are not tag lines and were "
                f"skipped (the first at line {stray[0]})."
            )
        )
    return records


def _cut_short(records: list[_RawRecord], file: str) -> tuple[str, str] | None:
    """What to say of the last record when the file ends inside it (no blank line closes it), and what to keep in it
    (`INCOMPLETE`); None when it is whole. It is cut short when it has no 'SO' line, which PubMed writes last in every
    record, where the file's other records have one or the record says it is PubMed's ('OWN'). A file cut short (a
    download stopped, a copy cut at a size) is read as far as it goes: a title cut in the middle, no journal, no
    authors, so a journal article looks like grey literature (trial T). It is said, and a whole copy of the record
    read later corrects it."""
    last = records[-1]
    if last.has_any("SO") or not (last.has_any("OWN") or any(raw.has_any("SO") for raw in records[:-1])):
        return None
    pmid = next((value.strip() for tag, value in last.tags if tag == "PMID" and value.strip()), "")
    which = f"the record of PMID {pmid}" if pmid else "its last record"
    mid_tag = last.stray and last.stray[-1] == last.last_line
    broken = f" (line {last.last_line} stops in the middle of a tag)" if mid_tag else ""
    said = (
        f"{file} line {last.pmid_line or last.line}: the file ends inside {which}, at line {last.last_line}{broken}, "
        "without the 'SO' line that closes every PubMed record: the file was cut short, and what came after is missing "
        "(the record was read as far as it goes). Export the file again: the whole record, ingested, corrects this one."
    )
    return said, f"{file}: the file ended at line {last.last_line}, inside this record"


def _to_record(raw: _RawRecord, number: int, file: str) -> Record:
    values = TagValues(raw.tags)
    first = values.first
    pmid = normalise_pmid(first("PMID"))
    publication_types = values.every("PT")
    journal, book_title, title, volume = first("JT", "TA"), first("BTI"), first("TI"), first("VI")
    pages = first("PG") or _article_number(values.every("LID"))
    kind = _record_type(publication_types, journal, book_title, title)
    kind = content_type(kind, journal, volume, pages)
    return Record(
        key="",
        type=kind,
        original_type="; ".join(publication_types),
        title=title or book_title,
        authors=_authors(raw.tags),
        year=parse_year(first("DP")),
        doi=_doi(values.every("AID", "LID")),
        pmid=pmid,
        container=journal or (book_title if title else ""),
        volume=volume,
        issue=first("IP"),
        pages=normalise_pages(pages),
        publisher=first("PB"),
        url=pubmed_url(pmid),
        abstract=without_copyright(first("AB")),
        grey=is_grey(kind),
        extra=values.extra(_USED),
        provenance=Provenance(
            file=file,
            line=raw.pmid_line or raw.line,
            key=pmid or f"medline{number}",
            format="medline",
        ),
    )


def _authors(tags: list[tuple[str, str]]) -> list[str]:
    """FAU ("Family, Given") when the record has it, else AU ("Family GI"); CN kept whole."""
    personal = "FAU" if any(tag == "FAU" for tag, _ in tags) else "AU"
    authors: list[str] = []
    for tag, value in tags:
        if tag == personal:
            authors.extend(split_author_value(value.replace(";", " ")))
        elif tag == "CN" and clean_text(value):
            authors.append(clean_text(value))
    return named_authors(authors)


def _doi(identifiers: list[str]) -> str | None:
    for value in identifiers:
        if value.rstrip().endswith("[doi]"):
            doi = written_doi(value.rstrip()[: -len("[doi]")])
            if doi:
                return doi
    return None


_ARTICLE_NUMBER = re.compile(r"([A-Za-z]{0,3}\d{1,9}) \[pii\]")
"""An `LID` giving the article's number where it has no pages ("e0216548 [pii]", "1234 [pii]"): an online journal's
ELocationID, which cites it as pages are cited. A publisher's item id ("S0140-6736(20)30183-5 [pii]") is no number."""


def _article_number(locations: list[str]) -> str:
    """The article number a record without `PG` is cited by (`_ARTICLE_NUMBER`), as PubMed's own citation ('SO') writes
    it; "" where none is given."""
    return next((found.group(1) for value in locations if (found := _ARTICLE_NUMBER.fullmatch(value.strip()))), "")


def _record_type(publication_types: list[str], journal: str, book_title: str, title: str) -> str:
    """Bookshelf records carry BTI (the book) instead of a journal; TI then names a chapter."""
    for value in publication_types:
        kind = _PUBLICATION_TYPES.get(value.strip().lower())
        if kind:
            return kind
    if book_title and not journal:
        return "chapter" if title else "book"
    if journal or any(value.strip().lower() == "journal article" for value in publication_types):
        return "article"
    return "misc"


LINES = parallel.LineFormat(re.compile(r"\n(?=PMID-)"), _split_records, _built, year_tags=("DP",))
read, read_parts = LINES.read, LINES.read_parts
