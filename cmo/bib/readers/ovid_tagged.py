"""Ovid's own tagged exports (`cmo.bib.readers.ovid` reads either layout): what Ovid writes for its "Citavi" and
"EndNote" export choices (`.ovd`, `.cgi`), from Embase, Ovid MEDLINE, PsycINFO and the other databases it hosts.

The format: a `<12. >` line starts each record, then `XX  - value` lines in Ovid's field codes (UI, TI, AU,
SO, AB, PT, YR, DO...). It looks like RIS but has no `TY  -` line and no `ER  -`, and its source is one
citation string ("Journal. 28(5-6):828-840, 2019") where RIS has a tag per part. Lines indented by spaces
are one more item of the tag above (a second institution); the EndNote choice also breaks an abstract
over unindented lines, which continue the tag above.
"""

from __future__ import annotations

import re

from cmo.bib.readers import Problem, ReadResult, parallel, without_copyright
from cmo.bib.readers.ris import split_author_value
from cmo.bib.readers.tagged import TaggedRecord, TagValues
from cmo.models import Provenance, Record
from cmo.normalise import (
    MEETING,
    ORIGINAL_TITLE,
    is_grey,
    labelled_type,
    normalise_pages,
    normalise_pmid,
    parse_year,
    pubmed_url,
    written_doi,
)

MARKER = re.compile(r"<\d+\.? ?>\s*$")
_TAG_LINE = re.compile(r"([A-Z][A-Z0-9])  - ?(.*)$")
ITEMS = {"AU", "FA", "ED", "IN", "AD", "MH", "OD", "KW", "PT", "ID", "SH", "DE"}
"""Tags whose every line (and indented continuation line) is one more item."""
_USED = {"UI", "AN", "PM", "TI", "AU", "FA", "SO", "JN", "JA", "VO", "VL", "IP", "PG", "YR", "DP", "DO", "AB", "PT", "PB"}
_PAGE_COUNT = r"(?![\w-])(?!\s*(?:pages?|pp?\b\.?|leaves)(?:\W|$))"
"""After a number: it is no page count ('4 pages', '124 p.', as a book's or pamphlet's source ends), so it may be a
volume."""
_SOURCE = re.compile(
    rf"^(?P<journal>.+?)\.\s+(?:Vol\.?\s*)?(?P<volume>\d[\w-]*){_PAGE_COUNT}\s*(?:\((?!pp\b)(?P<issue>[^)]+)\))?"
    r"(?:\s*\(no pagination\))?(?::\s*(?P<pages>[A-Za-z]?\d[\w-]*))?"
)
"""Ovid's citation string: 'Journal of X. 28(5-6):828-840, 2019 Mar.' (MEDLINE), 'Psychological Medicine.
Vol.49(2), Jan 2019, pp. 1-10.' (PsycINFO); the journal is what comes before the first '. ' followed by a volume.
Brackets opening "pp" hold pages, never an issue: Embase writes a volume with no issue "13 (pp 56), 2012" (trial AP).
A page count is no volume: a pamphlet's source 'London: RCM, 2018. 4 pages' names no journal (trial CB: read as an
article in the journal 'London: RCM, 2018', volume 4, and counted as peer-reviewed)."""
_VOLUME_WORDS_SOURCE = re.compile(
    rf"^(?P<journal>[^,]+?),?\s+vol\.?\s*(?P<volume>\d[\w-]*){_PAGE_COUNT}(?:,?\s*(?:no|issue)\.?\s*(?P<issue>[\w/-]+))?\s*(?:,|$)",
    re.I,
)
"""A citation string that names its volume and issue in words, with no '. ' after the journal: MIDIRS's 'Midwifery vol
48, May 2017, pp 1-10', 'PLoS Medicine vol 17, no 10, October 2020, e1003350' (trial CB: the journal, volume and
issue of every MIDIRS record were lost)."""
_IMPRINT = re.compile(r"^(?:[^:,.]{2,60}:\s*)(?P<publisher>[^:]+?),\s*(?:c\.?\s*)?\d{4}\b")
"""A book's or pamphlet's source as a library writes its imprint, 'Place: Publisher, Year' ('London: RCM, 2018. 4
pages'): its publisher, commas and all up to the year ('Oxford: National Perinatal Epidemiology Unit, University of
Oxford, 2023. 92 pages': trial CN, MIDIRS's record of the MBRRACE-UK report lost its publisher)."""
_CONFERENCE = re.compile(r"\.\s*Conference:\s*")
"""Where Embase's source of a conference abstract turns from the journal that printed it to the meeting ("Schizophrenia
Bulletin. Conference: 2020 Congress of the SIRS. Florence Italy. 46(SUPPL 1)…")."""
_PSYCINFO_PAGES = re.compile(
    r"\bpp(?:\.\s*|\s+)([A-Za-z]?\d[\w-]*(?:\.[A-Za-z]\w*)?)|\bArt(?:ID|icle Number):?\s*([A-Za-z]{0,4}\d[\w.-]*?)\.?(?:,|\s|$)"
)
"""PsycInfo's pages ("pp. 1-10"), Embase's ("143(11) (pp 798-808)", no dot; "(pp 3-9.e1)", a last page of an online
supplement) or an e-journal's article number in their place (PsycInfo's "ArtID 10", Embase's "Article Number: e150")."""
_MEDLINE_DATABASE = re.compile(r"medline|pubmed", re.I)


class RawRecord(TaggedRecord):
    def continue_line(self, text: str, indented: bool) -> None:
        """An indented line of an item tag is one more item; any other line continues the value above."""
        if indented and self.tags[-1][0] in ITEMS:
            self.add(self.tags[-1][0], text)
        else:
            self.continue_last(text)


def _imprint_publisher(source: str) -> str:
    """The publisher a book's or pamphlet's imprint names (`_IMPRINT`), or ''; never read from a journal's source."""
    imprint = _IMPRINT.match(source)
    return imprint["publisher"].strip() if imprint else ""


def built(raw: RawRecord, number: int, file: str) -> Record | str:
    raw.finish()
    if raw.has_any("TI", "AU", "FA", "UI", "DO"):
        return _to_record(raw, number, file)
    return "Ovid record has no title, author or identifier; it was skipped."


def _split_records(lines: list[str], file: str, result: ReadResult, first_line: int = 1) -> list[RawRecord]:
    """A `<N. >` line starts a record; without those lines (cut away by hand), a blank line ends one. Text before
    the first record is a Problem, never silence."""
    marked = any(MARKER.match(line) for line in lines[:200])
    records: list[RawRecord] = []
    current: RawRecord | None = None
    stray: int | None = None
    for number, line in enumerate(lines, start=first_line):
        line = line.rstrip("\r")
        if MARKER.match(line):
            current = RawRecord(number)
            records.append(current)
            continue
        if not line.strip():
            if not marked:
                current = None
            continue
        match = _TAG_LINE.match(line)
        if match is None:
            if current is not None and current.tags:
                current.continue_line(line.strip(), line[:1].isspace())
            elif stray is None:
                stray = number
            continue
        if current is None:
            current = RawRecord(number)
            records.append(current)
        current.add(*match.groups())
    if stray is not None:
        result.problems.append(Problem(file, stray, "text that is not an Ovid field ('XX  - value'); skipped."))
    return records


def _to_record(raw: RawRecord, number: int, file: str) -> Record:
    values = TagValues(raw.tags)
    first = values.first
    source = first("SO")
    cited = _SOURCE.match(source) or _VOLUME_WORDS_SOURCE.match(source)
    parts = cited.groupdict() if cited else {}
    journal, *meeting = _CONFERENCE.split(parts.get("journal") or "", maxsplit=1)  # Embase: "Journal. Conference: …"
    meeting = meeting[0].strip(" .") if meeting else ""
    container = first("JN", "JA") or journal
    volume, issue = first("VO", "VL") or parts.get("volume") or "", first("IP") or parts.get("issue") or ""
    listed_pages = _PSYCINFO_PAGES.search(source)
    pages = first("PG") or parts.get("pages") or (next(filter(None, listed_pages.groups())) if listed_pages else "")
    labels = values.every("PT", "ST")
    kind = labelled_type(labels, container, volume, pages)
    accession = first("UI", "AN")
    from_medline = bool(_MEDLINE_DATABASE.search(first("DB")))
    pmid = normalise_pmid(first("PM")) or (normalise_pmid(accession) if from_medline else None)
    return Record(
        key="",
        type=kind,
        original_type="; ".join(labels),
        title=first("TI"),
        authors=[name for value in values.every("FA") or values.every("AU") for name in split_author_value(value)],
        year=parse_year(first("YR")) or parse_year(first("DP")) or parse_year(source),
        doi=written_doi(first("DO")),
        pmid=pmid,
        container=container,
        volume=volume,
        issue=issue,
        pages=normalise_pages(pages),
        publisher=first("PB") or _imprint_publisher(source if kind != "article" and not cited else ""),
        url=pubmed_url(pmid),
        abstract=without_copyright(first("AB")),
        grey=is_grey(kind, pages=normalise_pages(pages)),
        extra=values.extra(_USED, {"OT": ORIGINAL_TITLE}) | ({MEETING: meeting} if meeting else {}),
        provenance=Provenance(file=file, line=raw.line, key=accession or f"ovid{number}", format="ovid"),
    )


LINES = parallel.LineFormat(re.compile(r"\n(?=<\d+\.? ?>\r?\n)"), _split_records, built)
