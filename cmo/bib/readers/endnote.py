"""EndNote's tagged text (`.enw`, "Refer/BibIX"): what Google Scholar's "EndNote" link, EndNote's export and
Zotero's Refer export write.

The format: `%0 Journal Article` starts a record, then `%X value` lines, one character per field (%A an
author, %T the title, %J the journal, %D the year, %R the DOI, %X the abstract...); a line without a `%`
continues the field above (EndNote breaks abstracts and keyword lists over lines); a blank line ends the
record. Written here: the format is a dozen tags, and the packages that read it are unmaintained.
"""

from __future__ import annotations

import re
from functools import partial

from cmo.bib.readers import parallel, without_copyright
from cmo.bib.readers.ris import split_author_value
from cmo.bib.readers.tagged import TaggedRecord, TagValues, split_blocks
from cmo.models import Provenance, Record
from cmo.normalise import (
    clean_text,
    doi_in_url,
    is_grey,
    labelled_type,
    normalise_pages,
    normalise_pmid,
    parse_year,
    written_doi,
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


class _RawRecord(TaggedRecord):
    def finish(self, joiner: str = " ") -> None:
        """Keywords go one to a line: each wrapped line of %K is one more keyword."""
        super().finish("; " if self.tags and self.tags[-1][0] == "K" else joiner)


def _built(raw: _RawRecord, number: int, file: str) -> Record | str:
    raw.finish()
    if raw.has_any("T", "A", "R", "U"):
        return _to_record(raw, number, file)
    return "EndNote record has no title, author, DOI or link; it was skipped."


def _tag(line: str) -> tuple[str, str] | None:
    match = _TAG_LINE.match(line) if line.startswith("%") else None
    return match.groups() if match else None


_split_records = partial(
    split_blocks,
    tag_of=_tag,
    opens="0",
    stray_message="text outside any EndNote record (no '%X value' lines); skipped.",
    record=_RawRecord,
)
"""`%0` or a tag line after a blank line starts a record (`cmo.bib.readers.tagged.split_blocks`)."""


def _to_record(raw: _RawRecord, number: int, file: str) -> Record:
    values = TagValues(raw.tags)
    first = values.first
    label = first("0")
    container = first("J", "B")
    volume, pages = first("V"), first("P")
    kind = labelled_type(label, container, volume, pages)
    accession = first("M")
    pmid = normalise_pmid(accession) if _PMID_ACCESSION.match(accession) and "pubmed" in first("W", "~").lower() else None
    urls = [clean_text(url) for url in values.every("U")]
    doi = written_doi(first("R")) or written_doi(accession)  # EndNote puts a DOI in %R, some tools in %M
    doi = doi or next((found for url in urls if (found := doi_in_url(url))), None)
    return Record(
        key="",
        type=kind,
        original_type=label,
        title=first("T"),
        authors=[name for value in values.every("A") for name in split_author_value(value)],
        year=parse_year(first("D")) or parse_year(first("8")),
        doi=doi,
        pmid=pmid,
        container=container,
        volume=volume,
        issue=first("N"),
        pages=normalise_pages(pages),
        publisher=first("I"),
        url=next((url for url in urls if url.startswith(("http://", "https://"))), None),
        abstract=without_copyright(first("X")),
        grey=is_grey(kind, pages=normalise_pages(pages)),
        extra=values.extra(_USED, _NAMES, prefix="%"),
        provenance=Provenance(file=file, line=raw.line, key=first("F") or accession or f"endnote{number}", format="endnote"),
    )


LINES = parallel.LineFormat(re.compile(r"\n(?=%0 )"), _split_records, _built)
read, read_parts = LINES.read, LINES.read_parts
