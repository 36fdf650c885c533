"""Linking records into sources: a record either fills a source that is the same work or starts one.

Pure: which source a record matches is `cmo.bib.dedupe`; this module builds the source a record starts
(with a citation key when the export gave none) and merges a duplicate into its source without
overwriting anything already there. `cmo ingest` stores the result.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from operator import attrgetter

from cmo.bib.dedupe import record_profile
from cmo.bib.readers import Problem
from cmo.models import Appraisal, Bibliographic, Record, Source, trusted
from cmo.normalise import better_written, cited_by, database_link, fold, title_text, unique_key, web_address

_CASED_FIELDS = ("title", "container", "publisher")
"""Fields written in words, which some databases write in capitals: a linked record's proper case is preferred."""
_GAP_FIELDS = ("title", "year", "doi", "pmid", "container", "volume", "issue", "pages", "publisher", "url", "urldate", "abstract")


def prepare_record(record: Record) -> tuple[str, object]:
    """Per-record work that needs nothing from the review: done where the record is read."""
    return record_fingerprint(record), record_profile(record)


def new_source(record: Record, sources: dict[str, Source], origin: str, problems: list[Problem]) -> Source:
    """The source a record starts, its title without the full stop a database ends it with (`title_text`); a citation
    key already taken is made unique, and that is a problem to report."""
    if not record.key:
        key = unique_key(citation_key(record), sources, first_plain=True)
    else:
        key = record.key
    if key in sources:
        unique = unique_key(key, sources)
        problems.append(
            Problem(
                record.provenance.file,
                record.provenance.line,
                f"citation key '{key}' already names a different source; this one was added as '{unique}'.",
            )
        )
        key = unique
    values = record.__dict__
    data = {name: values[name] for name in _SOURCE_FIELDS_OF_RECORD}
    data["authors"], data["extra"] = list(record.authors), dict(record.extra)
    data["title"] = title_text(data["title"])  # the record keeps its title as read (and its fingerprint)
    # Built without validation: every value comes from a Record pydantic has already checked, and every field is given.
    return trusted(
        Source,
        {
            "key": key,
            **data,
            "records": [record.provenance],
            "status": "unscreened",
            "exclusion_reason": "",
            "screened_by": "",
            "screening_note": "",
            "maybe": False,
            "screeners": {},
            "appraisal": Appraisal(),
            "origin": origin,
            "edited": [],
        },
    )


_SOURCE_FIELDS_OF_RECORD = tuple(name for name in Bibliographic.model_fields if name != "key")


def citation_key(record: Record) -> str:
    """`schlief2022synthesis`: for records whose export gives no key (RIS, MEDLINE). A key starts with whom the work is
    cited by (`cited_by`): its first author's family name, or with none the body that published it ("nhsengland2020…");
    with neither, its title's word comes before the year ("shared2008"), so no key starts with a number."""
    first = record.authors[0] if record.authors and record.authors[0] != "others" else None
    container = "" if web_address(record.container) else record.container  # a registry's page, as CENTRAL gives it
    family = fold(cited_by(first, record.publisher, container)).replace(" ", "")[:20]
    word = _first_title_word(record.title)[:15]
    year = record.year if record.year and 1000 <= record.year <= 2999 else ""  # four digits, or none
    key = f"{family}{year}{word}" if family else f"{word}{year}"
    return key or f"{record.provenance.format}{record.provenance.line}"


def _first_title_word(title: str) -> str:
    """The title's first word that is not a stop word nor starts with a number, as `fold` spells it: folded word by
    word, as far as needed. A key's year is followed by letters only: "A 5-year randomized…" made "trento20045" (trial
    P), which reads as a year of 20045; a number's word ("5-year", "12-month", "2019-nCoV") is passed over whole."""
    for written in title.split():
        words = fold(written).split()
        if words and words[0][0].isdigit():
            continue
        for word in words:
            if word not in _TITLE_STOPWORDS:
                return word
    return ""


_TITLE_STOPWORDS = {"a", "an", "the", "of", "on", "in", "for", "and", "to", "with", "what", "how", "is", "are", "do", "does"}


def link_record(source: Source, record: Record) -> Source:
    """A duplicate keeps its record and fills the source's gaps (a title as `title_text` keeps it). Nothing already
    there is overwritten, but by a better form of it (`_better`): the same words written with more in them (Web of
    Science's "BMC PUBLIC HEALTH", PubMed's "Cadernos de saude publica": `better_cased`), the original title for
    MEDLINE's bracketed translation, a link to the work for a database's login page; nor is any field a reviewer
    corrected (`Source.edited`), even one they left empty."""
    updates: dict = {"records": [*source.records, record.provenance]}
    for name in _GAP_FIELDS:
        had, given = getattr(source, name), getattr(record, name)
        given = title_text(given) if name == "title" else given
        if given and name not in source.edited and (better := given if not had else _better(name, had, given)):
            updates[name] = better
    if not source.authors and record.authors or "authors" not in source.edited and _fuller(source.authors, record.authors):
        updates["authors"] = record.authors
    extra = {**record.extra, **source.extra}
    if extra != source.extra:
        updates["extra"] = extra
    return source.model_copy(update=updates)


def _fuller(had: list[str], given: list[str]) -> bool:
    """The same authors, in order, where the source has only initials and the record their given names ("Kirubarajan,
    A." beside "Kirubarajan, Abirami": Publish or Perish gives initials, Zotero and PubMed the names; trial V)."""
    if not had or len(had) != len(given):
        return False
    pairs = [(a.partition(","), b.partition(",")) for a, b in zip(had, given, strict=True)]
    same = all(fold(a[0]) == fold(b[0]) for a, b in pairs)
    initials_only = all(len(part.strip(" .")) <= 1 for a, _ in pairs for part in a[2].split())
    return (
        same and initials_only and any(len(b[2].replace(".", "").strip()) > len(a[2].replace(".", "").strip()) for a, b in pairs)
    )


def _better(name: str, had, given):
    """A better form of what the source has from a linked record, or '': the same words with the accents or capitals
    the source's lost (`better_written`: a name's capitals count, a title's are a style's); the original-language title
    another database gives for MEDLINE's translation in square brackets ("[Social inequalities and women's
    satisfaction…]"; the PubMed record keeps its translation); a link to the work for a subscription database's page
    of its record (`database_link`: Embase's)."""
    if name in _CASED_FIELDS and (better := better_written(had, given, name=name != "title")):
        return better
    if name == "title":
        return given if _translated(had) and not _translated(given) else ""
    return given if name == "url" and database_link(had) and not database_link(given) else ""


def _translated(title: str) -> bool:
    """MEDLINE's form of a title translated into English: the whole title in square brackets."""
    return title.startswith("[") and title.rstrip(".").endswith("]")


READ_BEFORE = "an earlier read of the same BibTeX entry (same file and citation key)"
"""Why a BibTeX entry whose content changed since it was last ingested joins the source it started."""
SAME_ROW = "an earlier read of the same record (same file, and same row or same title and year)"
"""Why a record of a file ingested again (a CSV whose header was corrected) joins the source its earlier read started."""
REPEATED_FROM = "the same record read before from "
"""The start of why a record another file repeats, same key and every field (a corrected export saved under a new
name), joins the source it started: the earlier file's name follows."""


def re_read(provenance) -> bool:
    """Whether a record is a re-read of one ingested before (`READ_BEFORE`, `SAME_ROW`, `REPEATED_FROM`), not a record a
    search found again: a document flow counts it once, with the record it repeats."""
    said = provenance.linked_by or ""
    return said in (READ_BEFORE, SAME_ROW) or said.startswith(REPEATED_FROM)


def compared_as(source: Source, records_of: Callable[[str], list[Record]]) -> list[Source | Record]:
    """What de-duplication compares a known source by: itself; once a reviewer corrected it, the records
    as they were read, so a corrected year or type does not stop the same work's next record from linking."""
    return (records_of(source.key) or [source]) if source.edited else [source]


FINGERPRINT_FIELDS = (
    "type",
    "original_type",
    "title",
    "authors",
    "year",
    "doi",
    "pmid",
    "container",
    "volume",
    "issue",
    "pages",
    "publisher",
    "url",
    "urldate",
    "abstract",
    "grey",
)


_fingerprint_values = attrgetter(*FINGERPRINT_FIELDS)


_DOI_AT = FINGERPRINT_FIELDS.index("doi")


def record_fingerprint(record: Record) -> str:
    """Same content from the same file: re-ingesting it adds nothing. The DOI counts folded (`normalise_doi`), as
    it was read before records kept it as written, so a file ingested then is still known."""
    values = [*_fingerprint_values(record), sorted(record.extra.items()), record.provenance.key, record.provenance.format]
    if values[_DOI_AT]:
        values[_DOI_AT] = values[_DOI_AT].lower()
    return hashlib.sha1(repr(values).encode("utf-8")).hexdigest()
