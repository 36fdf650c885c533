"""De-duplication of bibliographic records: which records are the same work.

A wrongly merged record is a study silently lost from a review, while a missed duplicate
costs a reviewer a minute; so every rule here leans towards keeping records apart. Two
records are linked when a shared identifier (DOI, PMID) is not contradicted by their
titles, or when their titles agree and enough other fields agree with nothing against.

Matching is incremental and near linear: each registered record goes into a few hash
blocks (identifiers, exact title, title head and tail, first author and year, volume and
first page), and a new record is compared only with the records sharing a block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from operator import attrgetter

from rapidfuzz import fuzz

from cmo.models import Bibliographic, Record, Source
from cmo.normalise import (
    MEETING,
    OTHER_LANGUAGE_TITLES,
    PREPRINT_SERVERS,
    REGISTRY_ID,
    database_doi,
    database_link,
    fold,
    host_and_path,
    initials_of,
    is_grey,
    normalise_doi,
    normalise_pmid,
    web_address,
    work_address,
)

_TAGS = re.compile(r"<[^>]{1,40}>")
_DATABASE_NOTES = re.compile(r"\((?:structured|provisional) abstract\)|\(multiple letters\)|\(author'?s? transl\)", re.I)
_CITATION_TAIL = re.compile(
    r"(?:\.{2,}|\.)\s+[A-Z][^;]{0,80}?\b(?:19|20)\d\d\b[^;]{0,20};\s*\d+(?:\(\d+\))?:\s*"
    r"[A-Za-z]?\d+(?:-\d+)?\.?\s*$"
)
_LEADING_BRACKETS = re.compile(r"^\s*\[([^\]]*)\]")
_BRACKETED = re.compile(r"\[[^\]]*\]|\[[^\]]*$")
_ERRATUM_CITATION = re.compile(
    r"\(vol\.? \d+, pg\.? \w+, (?:19|20)\d\d\)\s*$"
    r"|\([^()]+\((?:[A-Za-z]+\.? )?(?:\d{1,2} )?(?:19|20)\d\d\)\s*\d+\s*\([\w\s-]+\)\)\s*$",
    re.I,
)
_QUOTED_THEN_NOTICE = re.compile(
    r"^\s*[\"\u201c\u201e'\u2018].+[\"\u201d'\u2019][.?!]?\s*:\s*"
    r"(?P<kind>correction|erratum|corrigendum|retraction|expression of concern)\.?\s*$",
    re.I | re.S,
)
"""A notice titled, as APA PsycInfo titles one, by the title of the work it corrects in quotation marks then what it is
('"Number of psychosocial strengths predicts …": Correction.'), where Scopus and MEDLINE write "Correction: Number of
…". The quoted title is another work's, so only the word after it says what this record is."""
_UNCLOSED_TAIL = re.compile(r"\([^()]*(?:\([^()]*)?$")
_DIGITS = re.compile(r"\d+")
_THOUSANDS = re.compile(r"\b(\d{1,3}) (?=\d{3}\b)")

_NOTICE_PATTERNS = (
    # "Correction: …", "Correction to: …", "Correction for …"; "correction of" a thing is correcting it, a topic
    # ("Correction of anaemia before surgery"), unless a colon follows (`_CORRECTION_OF_NOTICE`)
    ("erratum", re.compile(r"\b(?:errat(?:um|a)|corrigend(?:um|a))\b|^correction\b(?! of\b)")),
    ("retraction", re.compile(r"\b(?:retraction|retracted)\b|^withdrawn\b")),
    (
        "reply",
        re.compile(
            r"^(?:in )?reply\b|\breply$|"
            r"\b(?:reply to|authors? reply|in reply|authors? response)\b|"
            r"^response to (?:the |a )?(?:letter|comment|commentary|editorial|re|dr|drs)\b"
        ),
    ),
    ("comment", re.compile(r"^(?:re|comments?|commentary)\b|\b(?:comments? on|commentary on)\b")),
)
_NOTICE_HINTS = ("errat", "corrig", "correction", "retract", "concern", "withdrawn", "reply", "response", "comment")
"""Cheap substring tests that let most titles skip the notice patterns."""

_ROMAN = {
    "i": "1",
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "v": "5",
    "vi": "6",
    "vii": "7",
    "viii": "8",
    "ix": "9",
    "x": "10",
    "xi": "11",
    "xii": "12",
}
_UNAMBIGUOUS_ROMAN = {"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"}
_SERIES_WORDS = {
    "part",
    "phase",
    "type",
    "stage",
    "grade",
    "class",
    "section",
    "chapter",
    "volume",
    "vol",
    "no",
    "number",
    "series",
    "study",
    "trial",
    "book",
    "paper",
}

_TYPE_FAMILIES = {
    "article": "journal",
    "journal": "journal",
    "jour": "journal",
    "review": "journal",
    "conference": "conference",
    "inproceedings": "conference",
    "proceedings": "conference",
    "book": "book",
    "chapter": "chapter",
    "thesis": "thesis",
    "report": "grey",
    "webpage": "grey",
    "online": "grey",
    "dataset": "data",
    "software": "software",
    "patent": "patent",
    "legislation": "legal",
}
_PROCEEDINGS_PAPER = {"chapter", "conference"}
"""A proceedings paper is a chapter to one database (Springer) and a conference paper to another."""
_REPORT_AS_BOOK = {"book", "grey"}
"""A body's report is a book to Google Scholar (it files every report as @book) and a report to the body's own list or
a grey list: one work where the year is the same (trial AQ 6: the MHCC's final report)."""
_REPORT_IN_A_JOURNAL = {"journal", "grey"}
"""A report a journals library publishes as an article (NIHR's HS&DR, HTA: typed JOUR by Ovid, @techreport by Google
Scholar and report by a catalogue): one work where title, year and its people all agree (`_one_report_by_its_people`)."""
_SAME_PEOPLE = 3
"""The fewest authors two records must both name, the same ones, for a journal-typed record and a report of the same
title and year to be one work: a paper and a report of one study share a title less often than their authors."""


def _one_report_by_its_people(a: _Profile, b: _Profile) -> bool:
    """Whether a journal-typed record and a report are one work: the same title (near enough letter for letter), the
    same year, and the same authors, three or more of them (trial BA: Ellins 2012 from the NIHR Journals Library and a
    catalogue; trial BG: Cornes 2021, HS&DR, from Ovid and Google Scholar's @techreport, cited "2021a/2021b")."""
    if not a.year or a.year != b.year or len(a.authors) < _SAME_PEOPLE or a.authors != b.authors:
        return False
    return _title_similarity(a, b) >= 95


_PREPRINT_DOI = re.compile(r"^10\.(?:1101|48550|2139|21203|31234|20944|31219|36227)/")

_MEETING_WORDS = {"conference", "congress", "meeting", "symposium", "abstracts"}
_SUPPLEMENT_WORDS = _MEETING_WORDS | {"supplement", "suppl"}
"""Words after a journal's name that make it that journal's supplement (Embase's
"Pediatric Nephrology.Conference: …"); "Lancet Oncology" is another journal, not part of "Lancet"."""
_CONTAINER_STOPWORDS = {"the", "of", "and", "in", "for", "on", "de", "la", "le", "und", "a", "an"}

TITLE_END_CHARS = 36
"""Titles are blocked by their first and by their last characters: a typo rarely hits both."""

TRUNCATED_TITLE = 60
"""Characters a title needs before a longer title starting with it is taken as its untruncated form."""

MIN_INFORMATIVE_TITLE = 30
"""Characters a folded title needs before an exact title match counts as strong evidence."""


_PAGES = re.compile(r"^\s*([A-Za-z]*)\s*(\d{1,9})(?:\s*-\s*[A-Za-z]*\s*(\d{1,9}))?")


@dataclass(frozen=True, slots=True)
class _Pages:
    """A page range in one numbering system: print pages (""), e-locators ("e"), supplements ("s")."""

    system: str
    first: int
    last: int

    def __reduce__(self):
        """Pickled as its fields (see `_Profile.__reduce__`)."""
        return _Pages, (self.system, self.first, self.last)


@dataclass(slots=True)
class _Profile:
    """The comparable form of one record: computed once, compared many times."""

    handle: str
    title: str
    compact: str
    original: str
    """The folded original-language title a database gives in brackets after its translation."""
    numbers: tuple[str, ...]
    protocol: bool
    notice: str
    family: str
    preprint: bool
    year: int | None
    first_author: str
    first_author_words: frozenset[str]
    first_initial: str
    authors: frozenset[str]
    pages: _Pages | None
    volume: str
    issue: frozenset[int] | None
    container: tuple[str, ...]
    meeting: bool
    doi: str | None
    pmid: str | None
    address: str
    """The web address that names this one work (`work_address`), or ''."""
    acronym: str = ""
    """The first author, a body, written as its acronym ("HMICFRS"), folded (`_acronym`), or ''."""
    acronym_rest: str = ""
    """What follows a body's acronym opening the first author's name, folded: a unit of it ("OMS Bureau régional de
    l'Afrique": "bureau regional de l afrique"), or '' where the acronym is the whole name."""
    body: str = ""
    """The first author's name before any comma, as written (its capitals say "HM" of "HM Inspectorate" is initials)."""
    file: str = ""
    named: frozenset[str] = frozenset()
    """The folded family names of the people a body's record names beside it (`PEOPLE_NAMED`): "Barnardo's (Smith N)"."""
    publisher: frozenset[str] = frozenset()
    """The folded words of the body that issued it, as the record names its publisher ("Mind"), or empty."""
    journal_place: str = ""
    """The place or date a journal's name ends with in brackets, folded ("Rev Neurol (Paris)": "paris"), or '': how the
    NLM's abbreviations tell apart journals of one name, which a record written another way leaves out."""
    cut: bool = False
    """Its title ends with the mark a tool puts where it cut a long title short ("…", "..."), as Publish or Perish
    writes Google Scholar's: the words after the cut, and any number among them, are unknown."""
    observed: bool = False
    keys: list[str] | None = None
    """Its blocking keys, once asked for (`_block_keys`): a record is matched, then added, by the same keys."""

    def __reduce__(self):
        """Pickled as its fields: a reading process sends each record's profile to the linking one, and a slots
        dataclass otherwise pickles through Python-level state functions (twice the time, both ways)."""
        return _Profile, _profile_fields(self)


_profile_fields = attrgetter(*(each.name for each in fields(_Profile)))


def clean_title(title: str) -> str:
    """The title a person would type: database notes, tags and trailing citations removed.

    A title wholly in brackets (MEDLINE's translated titles) is kept; later brackets hold
    annotations such as "[Review]", "[33 refs]", "[Erratum appears in ...]".
    """
    text = _TAGS.sub(" ", title) if "<" in title else title
    if ";" in text:
        text = _CITATION_TAIL.sub("", text)
    if "(" in text:
        text = _DATABASE_NOTES.sub(" ", text)
        text = _ERRATUM_CITATION.sub("", text)
        text = _UNCLOSED_TAIL.sub("", text)
    if "[" in text:
        text = _LEADING_BRACKETS.sub(r"\1", text)
        text = _BRACKETED.sub(" ", text)
    return text.strip()


def title_key(title: str) -> str:
    """The folded form titles are compared in."""
    return fold(clean_title(title))


_TRANSLATED_FROM = re.compile(r"\S\s*\[([^\]]{12,})\]?\s*\.?\s*$")
_ANNOTATION = re.compile(
    r"^\s*(?:erratum|corrigendum|correction|retract|review|\d+\s+refs|comment|see\b|published|letter|editorial|article in|note)",
    re.I,
)


def original_title(title: str) -> str:
    """Scopus and Web of Science give a translated title followed by the original in brackets,
    "Crowdwork: Applying … [Arbeiten in der Crowd: …]" (cut short when long): the original,
    folded, so the record still meets another database's record of the original title."""
    found = _TRANSLATED_FROM.search(title) if "[" in title else None
    if not found or _ANNOTATION.match(found.group(1)) or len(found.group(1).split()) < 3:
        return ""
    return fold(found.group(1))


NOTICE_TYPE = re.compile(
    r"^\s*(?:published\s+)?(?:erratum|errata|corrigendum|correction|retraction(?:\s+of\s+publication|\s+notice)?"
    r"|expression\s+of\s+concern)\s*$",
    re.I,
)
"""A publication type naming a notice about another work, not a work of its own: PubMed's "Published Erratum",
"Retraction of Publication" and "Expression of Concern", Scopus's "Erratum", Web of Science's "Correction"."""
NOTICE_TYPE_HINTS = ("errat", "corrig", "correction", "retraction", "concern")
"""A word every `NOTICE_TYPE` holds: most records' types hold none, and skip the pattern."""
TYPE_OF_WORK = ("M3", "type of work")
"""Where an export names the kind of work beside its record type, kept in `extra`: RIS's M3 ("Type of Work" in the RIS
spec: Embase.com and Scopus write "Erratum" there under `TY  - JOUR`) and EndNote's %9 ("Type of Work")."""


def notice_label(item: Record | Bibliographic) -> str:
    """The label, as its export wrote it, typing a record as a notice about another work (`NOTICE_TYPE`), else "": in its
    record type, each of several parted by ';' (MEDLINE's "Journal Article; Published Erratum"), or in the type of
    work beside it (`TYPE_OF_WORK`: Embase's `TY  - JOUR` with `M3  - Erratum`). A stored source has no record type:
    its first record's type of work, kept in `extra`, is read."""
    extra = item.extra
    written = getattr(item, "original_type", "") or extra.get("publication_type", "")
    for name in TYPE_OF_WORK:
        if name in extra:
            written = f"{written};{extra[name]}"
    lower = written.lower()
    if not any(hint in lower for hint in NOTICE_TYPE_HINTS):
        return ""  # most records: a cheap look for the words every notice type holds
    for label in re.split(r"[;|]", written):
        if NOTICE_TYPE.match(label):
            return label.strip()
    return ""


def notice_kind(title: str, publication_type: str = "") -> str:
    """ "erratum", "retraction", "expression of concern", "reply" or "comment" for a notice about another work, else
    ""."""
    return _notice_kind(title, title_key(title), publication_type)


def _notice_kind(title: str, key: str, publication_type: str) -> str:
    if publication_type and NOTICE_TYPE.match(publication_type):
        return _typed_kind(publication_type)
    if "(" in title and _ERRATUM_CITATION.search(_TAGS.sub(" ", title)):
        return "erratum"
    if ":" in title and (quoted := _QUOTED_THEN_NOTICE.match(title)):
        return _typed_kind(quoted["kind"])
    if "concern" in key and _CONCERN_NOTICE.match(title):
        return "expression of concern"
    if not key.startswith("re ") and not any(hint in key for hint in _NOTICE_HINTS):
        return ""
    for name, pattern in _NOTICE_PATTERNS:
        if pattern.search(key):
            return name
    return "erratum" if key.startswith("correction of") and _CORRECTION_OF_NOTICE.match(title) else ""


_CONCERN_NOTICE = re.compile(
    r"^\s*\[?(?:editorial\s+|editor'?s\s+)?(?:expression|notice)\s+of\s+concerns?\s*(?:$|[\]:.\-\u2013\u2014])", re.I
)
"""An editor's expression of concern, titled by what it is and nothing else or the words then what it is about after a
colon ("Expression of concern", "Editorial Expression of Concern: Community health workers …"), as notices title
themselves; a work's title may open with the words as its topic ("Expression of concern by nurses about workload")."""


def _typed_kind(label: str) -> str:
    """The kind of notice a notice's type names (`NOTICE_TYPE`): an expression of concern is an editor's warning that a
    work may be unreliable, not a retraction: the work stands, and the team is told (COPE; PubMed's "Expression of
    Concern" beside "Retraction of Publication")."""
    lower = label.lower()
    return "expression of concern" if "concern" in lower else "retraction" if "retract" in lower else "erratum"


NOTICES_ABOUT_A_WORK = ("erratum", "retraction", "expression of concern")
"""The notices `notice_kind` names that are about another work and no work of their own (a reply or comment is one)."""


_CORRECTION_OF_NOTICE = re.compile(r"\s*\[?correction of\s*[:.\-\u2013\u2014]", re.I)
"""A notice titled "Correction of: …", the colon parting the word from the title it corrects (`_NOTICE_PATTERNS`)."""


_NOTICE_OPENING = re.compile(
    r"^\s*\[?(?:published\s+)?(?:errat(?:um|a)|corrigend(?:um|a)|correction|retraction(?:\s+notice)?|notice\s+of\s+retraction"
    r"|(?:editorial\s+|editor'?s\s+)?(?:expression|notice)\s+of\s+concerns?)\b\]?(?:\s+(?:to|for|of|on|about))?\s*[:.\-\u2013\u2014]?\s*",
    re.I,
)


def corrected_title(title: str) -> str:
    """The title of the work a notice is about, as the notice writes it: Scopus's and MEDLINE's "Correction: Number of
    …" and "Erratum to: …", APA PsycInfo's '"Number of …": Correction.', Web of Science's "… (vol 22, pg 2380, 2018)";
    Embase titles an erratum with its paper's title alone, kept whole."""
    if quoted := _QUOTED_THEN_NOTICE.match(title):
        return re.sub(r"^\s*[\"\u201c\u201e'\u2018]|[\"\u201d'\u2019][.?!]?\s*:.*$", "", quoted.group(0), flags=re.S)
    return _ERRATUM_CITATION.sub("", _NOTICE_OPENING.sub("", title, count=1)).strip()


_NOTICE_CITES = re.compile(
    r"(?P<year>(?:19|20)\d\d)(?:\s+[A-Za-z]{3,9}\.?(?:\s+\d{1,2})?)?\s*;\s*(?P<volume>\d+)\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*"
    r"(?P<page>[A-Za-z]?\d+)\b"
)
"""A citation in Vancouver style, year; volume(issue): first page ("2021; 9: e651-59", "2019 May;394(10211):1234-5")."""


def cited_by_notice(title: str) -> tuple[int, str, str] | None:
    """The year, volume and first page a notice cites its work by, where its title names the work by a journal's citation
    rather than the work's title (The Lancet's "Correction to Lancet Glob Health 2021; 9: e651-59": helper K1, whose
    `cmo sources show` named no source the erratum was about); None where the title cites none."""
    found = _NOTICE_CITES.search(corrected_title(title))
    return (int(found["year"]), found["volume"], found["page"]) if found else None


def _digits_before_space(match: re.Match) -> str:
    return match.group(1)


def series_numbers(key: str) -> tuple[str, ...]:
    """Numbers that tell parts of a series apart: digits, and roman numerals after "part" etc."""
    found = _DIGITS.findall(key)
    if len(found) > 1:
        found = _DIGITS.findall(_THOUSANDS.sub(_digits_before_space, key))
    words = key.split()
    if _ROMAN.keys().isdisjoint(words):
        return tuple(sorted(found))
    for before, word in zip([""] + words, words):
        if word in _UNAMBIGUOUS_ROMAN or (word in _ROMAN and before in _SERIES_WORDS):
            found.append(_ROMAN[word])
    return tuple(sorted(found))


_REPORT_NUMBER = re.compile(
    r"\s*[(\[]\s*(?=[^()\[\]\s]*[A-Za-z][^()\[\]\s]*[A-Za-z])(?=[^()\[\]\s]*\d)[\w./-]+\s*[)\]]\s*\.?\s*$"
)
"""A report's number in brackets at the end of its title, one code of letters and digits ("…: Final report (DFE-RR191)",
"(HTA-12/34)"): the report's own identifier, which one list writes and another leaves out, no part of a series."""


def _first_number(value: str) -> str:
    found = _DIGITS.search(value or "")
    return (found.group(0).lstrip("0") or "0") if found else ""


_ISSUE = re.compile(r"^\s*(?:no\.?\s*)?(\d{1,6})(?:\s*[-/&,]\s*(\d{1,6}))?\s*$", re.I)


def _issue_numbers(issue: str) -> frozenset[int] | None:
    """The issue numbers a record's issue field names ("3", "3-4", "3/4"), or None when it is
    anything else ("Suppl 2", "May", "e1"): only plain numbers can disagree."""
    found = _ISSUE.match(issue or "")
    if not found:
        return None
    first = int(found.group(1))
    last = int(found.group(2)) if found.group(2) else first
    if last < first or last - first > 12:
        return frozenset({first, last})
    return frozenset(range(first, last + 1))


def _issues_conflict(a: _Profile, b: _Profile) -> bool:
    """Different issues of one journal hold different works: the same column title by the same
    editor in one volume and year ("Editor's comments") is another column in another issue.
    Issues are compared within one volume that both records name (without it, an export may
    have shifted the volume into the issue field), and a shared first page outweighs them (a
    database's typo)."""
    if a.issue is None or b.issue is None or a.issue & b.issue:
        return False
    return bool(a.volume) and a.volume == b.volume and _pages_relation(a, b) != "agree"


_PAGE_COUNT = re.compile(r"^\s*\d+\s*(?:p|pp|pages?)\.?\s*$", re.I)


def _page_range(pages: str) -> _Pages | None:
    if _PAGE_COUNT.match(pages or ""):
        return None  # "215 p": how long a thesis or book is, not where a work starts
    found = _PAGES.match(pages or "")
    if not found:
        return None
    system, first = found.group(1).lower(), int(found.group(2))
    last = int(found.group(3)) if found.group(3) else first
    if last < first and len(found.group(3)) < len(found.group(2)):
        last = int(found.group(2)[: -len(found.group(3))] + found.group(3))  # MEDLINE's "S10-4" is S10-S14
    if last < first:
        return None  # a range ending before it starts is a typo: it cannot say which page is right
    return _Pages(system, first, last)


_fold_name = lru_cache(maxsize=65536)(fold)
"""Names and journals recur across a search export: fold each spelling once."""

_JOURNAL_PLACE = re.compile(r"\s*\(([^()]+)\)\s*\.?\s*$")
"""A journal's name ending in a bracketed place or date, as the NLM tells apart journals of one name ("Rev Neurol
(Paris)", "Lancet (London, England)", "J Physiol (Paris)"); a record written from the journal itself leaves it out."""


PEOPLE_NAMED = "people named"
"""Where a record keeps the people a grey list names in brackets after the body that issued a work ("Barnardo's (Smith
N)": `cmo.sheets.records`): the body is its author, and the people agree with another record's authors."""


def posted_as_preprint(container: str, doi: str | None) -> bool:
    """Whether a work was posted on a preprint server: its 'journal' names one (`PREPRINT_SERVERS`: medRxiv's own
    exports) or its DOI is a server's (`_PREPRINT_DOI`)."""
    found = normalise_doi(doi)
    return bool(PREPRINT_SERVERS.search(container or "") or (found and _PREPRINT_DOI.match(found)))


PUBLISHED_WITHIN = 3
"""The years after its preprint in which a paper of the same authors may be the preprint published (`published_as`)."""


_REPORTED_FIRST = {"report": "a report", "techreport": "a report", "thesis": "a thesis", "phdthesis": "a thesis"}
"""The kinds of grey work a study is often told in before its paper (`reported_first_as`): a project's final report, a
thesis (a compilation thesis holds its author's papers)."""


def reported_first_as(work: Record | Source) -> str:
    """What a work is that a study may be told in before its journal paper: "a preprint" (`posted_as_preprint`), "a
    meeting abstract" (its type "abstract"), "a report" or "a thesis" where it is grey literature of that type; "" for
    anything else (a paper, a book)."""
    if posted_as_preprint(work.container, work.doi):
        return "a preprint"
    if work.type == "abstract":
        return "a meeting abstract"
    grey = work.grey if isinstance(work, Source) else is_grey(work.type, work.url, work.container)
    return _REPORTED_FIRST.get(work.type, "") if grey else ""


def published_as(preprint: Record | Source, paper: Record | Source) -> bool:
    """Whether a preprint may have become a paper: the preprint posted on a server (`posted_as_preprint`), or a grey
    report or thesis (`reported_first_as`: a project's final report, and the article its team published of the same
    study), the paper neither and no grey literature, by the same authors (the same first author, and at least half
    of the earlier work's first twelve among the paper's), published the earlier work's year or within
    `PUBLISHED_WITHIN` years after. Its title and DOI often change on the way, so de-duplication keeps the two apart
    (`_work_conflicts`: "one is a preprint"); this only says they may be one study, for a person to decide (trial H7: a
    preprint and its paper counted as two sources of one finding; helper K2: a Swedish county's final report in
    Swedish and its team's English article, both behind one configuration, made "2 sources support it" of one study).
    A meeting abstract is such an early report too (helper K3: 'Hyde & McInnes 2020', an AcademyHealth abstract under
    another title, beside 'Hyde et al. 2022', the paper, made one study's finding "moderate" as two sources)."""
    if not reported_first_as(preprint) or reported_first_as(paper):
        return False
    if paper.grey if isinstance(paper, Source) else is_grey(paper.type, paper.url, paper.container):
        return False
    if not preprint.year or not paper.year or not 0 <= paper.year - preprint.year <= PUBLISHED_WITHIN:
        return False
    mine, theirs = _family_names(preprint.authors), _family_names(paper.authors)
    if not mine or not theirs or mine[0] != theirs[0]:
        return False
    return 2 * len(set(mine) & set(theirs)) >= len(set(mine))


def registry_numbers(text: str) -> set[str]:
    """The trial registry numbers a text names ("NCT03735342", "ISRCTN12345678": `ris.REGISTRY_ID`), upper-cased."""
    return {found.upper() for found in re.findall(rf"(?<!\w){REGISTRY_ID.pattern}(?!\w)", text or "", re.I)}


def registration_of(work: Record | Source) -> set[str]:
    """The registry numbers a work is the registry record of: named by its address ("clinicaltrials.gov/study/
    NCT03735342", as ClinicalTrials.gov's download gives it, or "clinicaltrials.gov/show/NCT02859935", as Cochrane
    CENTRAL's does, with the registration's official title where a journal would be) where it is in no journal's issue
    (no DOI, volume or pages), or by a record's own key or the registration its export gave it (`extra["registration"]`:
    the Cochrane Library's `SO: https://clinicaltrials.gov/show/NCT…`) where it names no journal either. A paper naming
    its registration in its abstract is the trial's report, not its record (RH5: CENTRAL's record was never paired)."""
    if work.doi or work.volume or work.pages:
        return set()
    keys = [] if work.container else [r.key for r in work.records] if isinstance(work, Source) else [work.provenance.key]
    given = "" if work.container else work.extra.get("registration", "")
    return registry_numbers(" ".join([work.url or "", *keys, given]))


def reports_registered_trial(registration: Record | Source, paper: Record | Source) -> set[str]:
    """The registry numbers by which a paper reports the trial a registry record registers: the registration is one
    (`registration_of`), the paper none, and the paper's abstract, or the registration its export gave it
    (`extra["registration"]`, RIS's C7), names the same number. Title, authors (a sponsor, the investigators) and year
    all differ, so de-duplication keeps the two apart; this only says they are one trial, for a person to decide
    (trial H7: ClinicalTrials.gov's NCT03735342 and the paper naming it counted as two sources of one finding)."""
    numbers = registration_of(registration)
    if not numbers or registration_of(paper):
        return set()
    return numbers & registry_numbers(f"{paper.abstract} {paper.extra.get('registration', '')}")


def _family_names(authors: list[str]) -> list[str]:
    """Folded family names of the first authors: enough to recognise an author list."""
    families = (_fold_name(author.partition(",")[0]) for author in authors[:12])
    return [family for family in families if family]


_DOCUMENT_FILE = re.compile(r"[^/]/[^/]*[^\W_][^/]*\.(?:pdf|docx?|odt|rtf|epub)$", re.I)
"""A path that ends in a document's file ("/uploads/neglected-minds.pdf", "/media/1234/report.docx")."""


def _work_address(url: str | None) -> str:
    """The address a record names its one work by (`work_address`), or the address of a document's file: a PDF is one
    work whatever its name says ("…/uploads/neglected-minds.pdf", a slug of two words, which `work_address` takes
    for a section of a site). Trial AJ: a grey list's row and a Zotero report with that PDF, year and title, no author
    on the row, were not linked."""
    address = work_address(url)
    if address or not url or not (found := web_address(url)) or database_link(found) or (split := host_and_path(found)) is None:
        return address
    host, path, _ = split
    return f"{host}{path}" if host and _DOCUMENT_FILE.search(path) else ""


def record_profile(record: Record) -> _Profile:
    """What matching compares of a record; computable apart from any Deduplicator."""
    return _profile("", record)


def is_byline(title: str, families: list[str]) -> bool:
    """Whether a record's title is its own list of authors ('Darrel H. Higa, Nicole Crepaz, …, the Prevention Research
    Synthesis (PRS) Project', as ProQuest's export gives some records in place of their title): two names or more, each
    ending in the family name of one of the record's authors, all but one of its comma-separated parts (a group author
    among them). No title of a work is its authors' names, so it is no title to compare."""
    if title.count(",") < 1 or len(families) < 2:
        return False
    parts = [_fold_name(part) for part in re.split(r",|\band\b|&", title)]
    parts = [part for part in parts if part]
    named = {family.replace(" ", "") for family in families}
    joined = tuple(family for family in named if len(family) >= 5)  # 'Adegbite-Johnson', 'Van der Berg'
    people = sum(1 for part in parts if part.split()[-1] in named or part.replace(" ", "").endswith(joined))
    return people >= 2 and people >= len(parts) - 1


def _profile(handle: str, item: Record | Source) -> _Profile:
    families = _family_names(item.authors)
    title = "" if "," in item.title and is_byline(item.title, families) else item.title
    key = title_key(_REPORT_NUMBER.sub("", title) if "(" in title else title)
    container = _fold_name(item.container)
    doi = normalise_doi(item.doi)
    kind = item.type.lower()
    publication_type = notice_label(item)
    first_whole = _fold_name(item.authors[0].replace(",", " ")) if families else ""
    return _Profile(
        handle=handle,
        title=key,
        compact=key.replace(" ", ""),
        original=original_title(item.title) or _other_language_title(item, key),
        numbers=series_numbers(key),
        protocol="protocol" in key.split(),
        notice=_notice_kind(item.title, key, publication_type),
        family=_TYPE_FAMILIES.get(kind, ""),
        preprint=posted_as_preprint(container, doi),
        year=item.year,
        first_author=families[0] if families else "",
        first_author_words=frozenset(first_whole.split()),
        first_initial=_fold_name(item.authors[0].partition(",")[2])[:1] if families else "",
        authors=frozenset(family.replace(" ", "") for family in families),
        pages=_page_range(item.pages),
        volume=_first_number(item.volume),
        issue=_issue_numbers(item.issue),
        container=tuple(w for w in container.split() if w not in _CONTAINER_STOPWORDS),
        meeting=not _MEETING_WORDS.isdisjoint(container.split()) or MEETING in item.extra,
        doi=doi,
        pmid=normalise_pmid(item.pmid),
        address=_work_address(item.url),
        acronym=(acronym := _acronym(item.authors)),
        acronym_rest=_acronym_rest(item.authors) if acronym else "",
        body=item.authors[0].partition(",")[0].strip() if families else "",
        file=item.provenance.file if isinstance(item, Record) else "",
        named=frozenset(family.replace(" ", "") for family in _family_names(item.extra.get(PEOPLE_NAMED, "").split(";"))),
        publisher=frozenset(_fold_name(item.publisher).split()),
        journal_place=_fold_name(place.group(1)) if (place := _JOURNAL_PLACE.search(item.container)) else "",
        cut=item.title.rstrip().endswith(("…", "...")),
    )


def _cut_from(short: _Profile, whole: _Profile) -> bool:
    """Whether `short`'s title is `whole`'s cut short: marked as cut (`_Profile.cut`), informative, and the start of
    the other's."""
    return (
        short.cut
        and len(short.compact) >= MIN_INFORMATIVE_TITLE
        and whole.compact != short.compact
        and whole.compact.startswith(short.compact)
    )


def _family_names_agree(a: _Profile, b: _Profile) -> bool:
    """First authors agree despite spelling, diacritics and mis-split compound names."""
    x, y = a.first_author.replace(" ", ""), b.first_author.replace(" ", "")
    if x == y:
        return True
    if min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)):
        return True
    if min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= 85:
        return True
    for mine, theirs in ((a, b), (b, a)):
        words = mine.first_author.split()
        if max(len(w) for w in words) >= 4 and set(words) <= theirs.first_author_words:
            return True
        if mine.acronym and initials_of(mine.acronym, _acronym_head(mine.acronym_rest, theirs.body)):
            return True
    return False


_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,9}")
"""A body's name written as its acronym ("HMICFRS", "HMIC", "CQC"): one word in capitals."""


def _acronym(authors: list[str]) -> str:
    """The first author as an acronym (`_ACRONYM`), folded, or the acronym opening its name, a unit of the body after it
    ("OMS Bureau régional de l'Afrique", "UKHSA Air Quality Unit"); ''."""
    first = authors[0].strip() if authors else ""
    head = first.split(None, 1)[0].rstrip(".:") if first and "," not in first else ""  # "SMITH, J": a person
    return fold(head) if head and _ACRONYM.fullmatch(head) else ""


def _acronym_rest(authors: list[str]) -> str:
    """The folded words after the acronym opening the first author's name (`_acronym`)."""
    return fold(authors[0].strip().split(None, 1)[1]) if len(authors[0].split()) > 1 else ""


def _acronym_head(rest: str, name: str) -> list[str]:
    """The words of a body's name (as written) an acronym stands for, where a unit's name follows both ("Organisation
    mondiale de la Santé. Bureau régional de l'Afrique" beside "OMS Bureau régional de l'Afrique", trial AO 6): the words
    before that same unit (`rest`, folded); [] where the name does not end with it."""
    words = name.split()
    if not rest:
        return words
    return next((words[:end] for end in range(len(words) - 1, 0, -1) if fold(" ".join(words[end:])) == rest), [])


def _authors_relation(a: _Profile, b: _Profile) -> str:
    """ "agree", "conflict" or "unknown": first authors, or else most of the author list."""
    if not a.authors or not b.authors or _names_in_two_scripts(a, b):
        return "unknown"
    if _family_names_agree(a, b):
        return "agree"
    if a.first_author.replace(" ", "") in b.named or b.first_author.replace(" ", "") in a.named:
        return "agree"  # a body's report and the same report under the person the body's record names as its writer
    if b.publisher and a.first_author_words == b.publisher or a.publisher and b.first_author_words == a.publisher:
        return "agree"  # a body's report and the same report under the people who wrote it, the body its publisher
    shared = len(a.authors & b.authors)
    if shared >= 2 and shared * 2 >= min(len(a.authors), len(b.authors)):
        return "agree"
    return "conflict"


def _pages_relation(a: _Profile, b: _Profile) -> str:
    """ "agree" (same first page), "conflict" (same numbering, no common page) or "unknown"."""
    x, y = a.pages, b.pages
    if x is None or y is None:
        return "unknown"
    if x.system != y.system:
        # Nephron's "c37-c42" is the "37-42" another database gives: the same whole range agrees.
        same_range = "" in (x.system, y.system) and x.first != x.last
        return "agree" if same_range and (x.first, x.last) == (y.first, y.last) else "unknown"
    if x.first == y.first:
        return "agree"
    if max(x.first, y.first) <= min(x.last, y.last):
        return "unknown"
    if _article_number(x) != _article_number(y) or _number_and_own_pages(x, y):
        return "unknown"  # an e-journal's article number (106482, 21) against its page count (11 or 1-11)
    return "conflict"


def _number_and_own_pages(x: _Pages, y: _Pages) -> bool:
    """One record gives a single number, the other a range from page 1: BMC's article 21 against the "1-14" of
    its PDF that Google Scholar gives. Two printed articles cannot both start on page 1 of one volume's pages."""
    single, spread = (x, y) if x.first == x.last else (y, x)
    return single.first == single.last and spread.first == 1 < spread.last


def _paged_from_one(a: _Profile, b: _Profile) -> bool:
    """Whether one record's pages run from page 1 (a full text's PDF, an online-first version numbered on its own) where
    the other's are the issue's: of one DOI and title, one paper's two numberings (a full-text library's "1-28" beside
    MEDLINE's "681-708" kept one paper apart as two)."""
    return a.pages is not None and b.pages is not None and 1 in (a.pages.first, b.pages.first)


def _article_number(pages: _Pages) -> bool:
    """A single number of five digits or more is an article number, not a printed page."""
    return pages.first == pages.last and pages.first >= 10000


def _containers_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Journal names agree when equal or when one abbreviates the other word by word."""
    if not a or not b:
        return False
    if a == b:
        return True
    if _name_and_more(a, b, _SUPPLEMENT_WORDS):
        return True
    if len(a) == len(b) and all(x.startswith(y) or y.startswith(x) for x, y in zip(a, b)):
        return True
    return fuzz.ratio(" ".join(a), " ".join(b)) >= 92


def other_journals(a: str, b: str) -> bool:
    """Whether two records name two journals: both name one, and the names do not agree (`_containers_agree`, with or
    without the NLM's bracketed place), so a volume, issue or pages one gives are no place in the other's journal."""
    if not a or not b:
        return False
    words = [
        tuple(w for w in _fold_name(_JOURNAL_PLACE.sub("", name)).split() if w not in _CONTAINER_STOPWORDS) for name in (a, b)
    ]
    whole = [tuple(w for w in _fold_name(name).split() if w not in _CONTAINER_STOPWORDS) for name in (a, b)]
    return not (_containers_agree(*words) or _containers_agree(*whole) or words[0] == words[1])


def _name_and_more(a: tuple[str, ...], b: tuple[str, ...], next_words: set[str] | None = None) -> bool:
    """One journal name is the other's words and more (optionally: more starting with one of `next_words`)."""
    shorter, longer = sorted((a, b), key=len)
    if not shorter or len(longer) == len(shorter) or longer[: len(shorter)] != shorter:
        return False
    return next_words is None or longer[len(shorter)] in next_words


def _same_journal(a: _Profile, b: _Profile) -> bool:
    """Journal names agree, or name a journal and its section: "Nephron" with pages "c37-c42"
    is "Nephron Clinical Practice" with pages "37-42" (the letter is the section's). A name only one record ends with the
    NLM's bracketed place ("Rev. neurol. (Paris)" beside "Revue Neurologique") agrees without it; two places differ."""
    if _containers_agree(a.container, b.container):
        return True
    if bool(a.journal_place) != bool(b.journal_place) and _containers_agree(_without_place(a), _without_place(b)):
        return True
    x, y = a.pages, b.pages
    section_letter = x is not None and y is not None and x.system != y.system and "" in (x.system, y.system)
    return section_letter and _pages_relation(a, b) == "agree" and _name_and_more(a.container, b.container)


def _without_place(p: _Profile) -> tuple[str, ...]:
    """The journal's folded name without the bracketed place it ends with (`_Profile.journal_place`)."""
    place = tuple(p.journal_place.split())
    return p.container[: -len(place)] if place and p.container[-len(place) :] == place else p.container


def _same_people(a: _Profile, b: _Profile) -> bool:
    """Stricter than `_authors_relation`: the first author's initial too, and when both list
    several authors, at least two of them. Used where pages disagree and people must not."""
    if _authors_relation(a, b) != "agree" or not _family_names_agree(a, b):
        return False
    if a.first_initial and b.first_initial and a.first_initial != b.first_initial:
        return False
    return min(len(a.authors), len(b.authors)) < 2 or len(a.authors & b.authors) >= 2


def same_title(a: str, b: str) -> bool:
    """Two titles of one work, allowing a corrected typo or a database's truncation."""
    x, y = title_key(a), title_key(b)
    return bool(x and y) and (x == y or fuzz.ratio(x, y) >= 90 or fuzz.token_set_ratio(x, y) >= 95)


def _title_similarity(a: _Profile, b: _Profile) -> float:
    """0-100, the best over each record's title and its bracketed original (a translation)."""
    best = _similarity(a.title, a.compact, b.title, b.compact)
    if best < 100.0 and (a.original or b.original):
        for x in (a.title, a.original):
            for y in (b.title, b.original):
                if x and y and (x, y) != (a.title, b.title):
                    best = max(best, _similarity(x, x.replace(" ", ""), y, y.replace(" ", "")))
        for original, other in ((a.original, b.title), (b.original, a.title)):
            if len(original) >= MIN_INFORMATIVE_TITLE and len(other) > len(original):
                # a bracketed original is often cut short with its translation: compare as far as it goes
                best = max(best, min(95.0, fuzz.ratio(original, other[: len(original)])))
    return best


def _similarity(x: str, x_compact: str, y: str, y_compact: str) -> float:
    """0-100; a title truncated by a database (one a long prefix of the other) counts as 97,
    and a title without its subtitle (three words or more before where the other goes on) 92."""
    if x_compact == y_compact:
        return 100.0
    shorter, longer = sorted((x_compact, y_compact), key=len)
    if len(shorter) >= TRUNCATED_TITLE and longer.startswith(shorter):
        return 97.0
    short_title, long_title = sorted((x, y), key=len)
    if len(short_title.split()) >= 3 and long_title.startswith(short_title + " "):
        return 92.0
    return fuzz.ratio(x, y)


def _notices_conflict(a: _Profile, b: _Profile) -> bool:
    """An erratum, reply or comment is never its paper, except that one database may call a
    record an erratum that another lists plainly: then both sit on the same page of one volume."""
    if a.notice == b.notice:
        return False
    if "erratum" in (a.notice, b.notice) and "" in (a.notice, b.notice):
        same_place = a.volume and a.volume == b.volume and _pages_relation(a, b) == "agree"
        return not same_place
    return True


def _same_meeting(a: _Profile, b: _Profile) -> bool:
    """Both in one meeting's abstracts: the meeting's full name is specific evidence itself."""
    return a.meeting and a.container == b.container


def _abstract_and_paper(a: _Profile, b: _Profile) -> bool:
    """Two reports of one study on different pages: its meeting abstract and its paper.

    Everything else must agree: the same title (informative, unless both are from one
    meeting), authors, year and journal. The abstract is marked by a meeting in the journal's
    name, or is a single page printed before the paper; a single page printed after the paper
    is more likely a correction, kept apart.
    """
    if a.compact != b.compact or (len(a.compact) < MIN_INFORMATIVE_TITLE and not _same_meeting(a, b)):
        return False
    if not (a.year and a.year == b.year) or (a.volume and b.volume and a.volume != b.volume):
        return False
    if not _same_people(a, b) or not _same_journal(a, b):
        return False
    if a.meeting or b.meeting:
        return True
    if a.pages is None or b.pages is None:
        return False
    earlier, later = sorted((a.pages, b.pages), key=lambda pages: pages.first)
    return bool(a.volume and b.volume) and earlier.first == earlier.last and later.last > later.first


def _hard_conflict(a: _Profile, b: _Profile) -> bool:
    """Facts that mean two different works, whatever else agrees (even a shared DOI): `_hard_conflicts`."""
    return next(_hard_conflicts(a, b), "") != ""


def _hard_conflicts(a: _Profile, b: _Profile) -> Iterator[str]:
    """Facts that mean two different works, whatever else agrees (even a shared DOI), each in words, the cheapest first.

    A shared DOI or PMID with much the same title outweighs the fields exports disagree on
    most: the type (Scopus calls some journal articles books; so does one web address of one year,
    `_same_address`: WHO IRIS's "book" is a grey list's "report") and numbers only one title has
    (Scopus appends subject codes, "… 11 Medical and Health Sciences"). Chapters sharing a book
    DOI have other titles, and parts of a series each carry their number, so both still count.
    """
    numbered = "their titles carry different numbers (parts of a series)"
    if _numbers_differ(a, b) and a.title and b.title and not _shares_identifier(a, b):
        yield numbered  # the last rule below, decided first: it is the cheapest, and parts of a series meet often
    if _notices_conflict(a, b):
        yield _notice_words(a.notice, b.notice)
    twins = (_shares_identifier(a, b) or _same_address(a, b)) and _title_similarity(a, b) >= 90
    report_as_book = {a.family, b.family} == _REPORT_AS_BOOK and bool(a.year) and a.year == b.year  # trial AQ 6
    kinds = {a.family, b.family}
    published_report = kinds == _REPORT_IN_A_JOURNAL and _one_report_by_its_people(a, b)  # trials BA 6, BG 3
    if (
        a.family
        and b.family
        and a.family != b.family
        and kinds != _PROCEEDINGS_PAPER
        and not (twins or report_as_book or published_report)
    ):
        yield f"one is a {a.family} work and the other a {b.family} work"
    if a.preprint != b.preprint:
        yield "one is a preprint and the other is not"
    if _pages_relation(a, b) == "conflict" and not _abstract_and_paper(a, b) and not (twins and _paged_from_one(a, b)):
        yield f"their pages do not overlap ({_pages_words(a.pages)} and {_pages_words(b.pages)})"
    if _issues_conflict(a, b) and not (a.doi and a.doi == b.doi) and not _abstract_and_paper(a, b):
        yield f"they are in different issues of volume {a.volume}"
    if a.title and b.title and a.protocol != b.protocol:
        yield "one is a protocol and the other is not"
    if a.title and b.title and _numbers_differ(a, b) and not (twins and not (a.numbers and b.numbers)):
        yield numbered


def _numbers_differ(a: _Profile, b: _Profile) -> bool:
    """Their titles carry different numbers, a year both records are of and the day of a date only one title writes
    aside: a title that writes its own year or date ("… report (January 2016)", "… (12 January 2016)" of 2016) names no
    part of a series, while one that writes another year ("Annual report 2015" of 2016), a part ("Wave 2 report 2016")
    or another day than the other's ("Bulletin 3 March 2016", "Bulletin 10 March 2016") still does (trial BW 9). So too a
    length of time only one title writes (`_durations`): a conference abstract's "12-month results of the TASSH trial"
    beside its paper's title, which gives none, names no part (helper H1: `sources merge` refused them as parts of a
    series); "12-month" beside "24-month results" still tells two reports apart."""
    if a.numbers == b.numbers:
        return False
    for short, whole in ((a, b), (b, a)):
        if _cut_from(short, whole) and whole.numbers[: len(short.numbers)] == short.numbers:
            return False  # the numbers after a cut are unknown: "… autistic people …" beside "… report for 2021" (trial CH)
    mine, theirs = list(a.numbers), list(b.numbers)
    days, other_days = _date_days(a.title), _date_days(b.title)
    for numbers, dated in ((mine, days), (theirs, other_days)) if bool(days) != bool(other_days) else ():
        for day in dated:
            if day in numbers:
                numbers.remove(day)
    spans, other_spans = _durations(a.title), _durations(b.title)
    for numbers, lasting in ((mine, spans), (theirs, other_spans)) if bool(spans) != bool(other_spans) else ():
        for span in lasting:
            if span in numbers:
                numbers.remove(span)
    if a.year and a.year == b.year:
        mine, theirs = [n for n in mine if n != str(a.year)], [n for n in theirs if n != str(b.year)]
    return mine != theirs


_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
_DATE_DAY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:{_MONTH_NAMES})\b|\b(?:{_MONTH_NAMES}) (\d{{1,2}})(?:st|nd|rd|th)?\b")
"""The day of a date in a folded title ("12 january 2016", "january 12 2016"): no number of a part."""


_DURATION = re.compile(r"\b(\d{1,3}) (?:hours?|days?|weeks?|months?|years?)\b(?! (?:old|of age)\b)")
"""A length of time a folded title writes ("12 month results", "6 weeks", "2 year follow up"): how long a study ran or
followed its people, never the number of a part."""


def _durations(title: str) -> list[str]:
    """The numbers of the lengths of time a folded title writes (`_DURATION`), as `series_numbers` finds them."""
    return [found[1] for found in _DURATION.finditer(title)] if any(c.isdigit() for c in title) else []


def _date_days(title: str) -> list[str]:
    """The days of the dates a folded title writes, as `series_numbers` finds them."""
    return [found[1] or found[2] for found in _DATE_DAY.finditer(title)] if any(c.isdigit() for c in title) else []


def _notice_words(one: str, other: str) -> str:
    """ "one is an erratum and the other is not", "one is a reply and the other a comment"."""
    one, other = sorted((one, other), key=lambda notice: not notice)
    named = [f"an {notice}" if notice[0] in "aeiou" else f"a {notice}" for notice in (one, other) if notice]
    return f"one is {named[0]} and the other {named[1] if other else 'is not'}"


def _pages_words(pages: _Pages | None) -> str:
    if pages is None:
        return ""
    first, last = f"{pages.system}{pages.first}", f"{pages.system}{pages.last}"
    return first if first == last else f"{first}-{last}"


def conflicts(a: Record | Source, b: Record | Source) -> list[str]:
    """Why de-duplication holds two works apart, in words, whatever else agrees; empty when nothing does. The rule a
    record joining a work must pass (`Deduplicator._conflicts_with_work`): the facts of `_hard_conflicts`, and a DOI or
    PMID each gives and they do not share (`_identifier_conflict`). `cmo sources merge` asks for --force past them."""
    return list(dict.fromkeys(_work_conflicts(_profile("", a), _profile("", b))))


def _work_conflicts(a: _Profile, b: _Profile) -> Iterator[str]:
    yield from _hard_conflicts(a, b)
    if not _shares_identifier(a, b) and _identifier_conflict(a, b):
        if _dois_differ(a, b):
            yield f"their DOIs differ ({a.doi} and {b.doi})"
        if a.pmid and b.pmid and a.pmid != b.pmid:
            yield f"their PMIDs differ ({a.pmid} and {b.pmid})"


def _shares_identifier(a: _Profile, b: _Profile) -> bool:
    return bool((a.doi and a.doi == b.doi) or (a.pmid and a.pmid == b.pmid))


CUT_TITLE = "one title was cut short ('…'), so the words after the cut are unknown"
"""Why a record whose title was cut short was kept apart from the work its title begins (`_cut_title_apart`): a merge
needs no --force."""

TITLES_DIFFER = "their titles differ"
"""Why two records of one DOI or web address were kept apart where no conflict names a reason: a merge needs no --force."""


def _same_address(a: _Profile, b: _Profile) -> bool:
    """One web address that names one work (`work_address`: a handle, a report's page), and one year: a grey list and
    WHO IRIS give the same statement so, its title written a little differently ("The …", " : " for ":"). A home page or
    a DOI resolver names no one work, and an address two works of the review share is none's (`Deduplicator.match`)."""
    return bool(a.address and a.address == b.address and a.year and a.year == b.year)


def _identifier_conflict(a: _Profile, b: _Profile) -> bool:
    return _dois_differ(a, b) or bool(a.pmid and b.pmid and a.pmid != b.pmid)


def _dois_differ(a: _Profile, b: _Profile) -> bool:
    """Two DOIs that name two works: neither is a database's DOI of its own record of a work (`database_doi`: Informit's
    `10.3316/informit.…`, A+ Education's `10.3316/aeipt.…`), which the publisher's DOI of the same article does not
    contradict (trial: Informit's RIS and the journal's BibTeX of one paper needed `sources merge --force`). Two
    articles that each carry such a DOI are told apart by their titles, authors and pages, as records without one are."""
    if not (a.doi and b.doi and a.doi != b.doi):
        return False
    return not (database_doi(a.doi) or database_doi(b.doi))


def _field_conflict(a: _Profile, b: _Profile) -> bool:
    if a.volume and b.volume and a.volume != b.volume:
        return True
    if a.year and b.year and abs(a.year - b.year) > 1:
        return True
    return _authors_relation(a, b) == "conflict"


def _field_conflict_words(a: _Profile, b: _Profile) -> str:
    """What `_field_conflict` found, in words ("their first authors differ"), or '' where it found nothing: the reason
    an import gives for keeping two records of one web address apart is the one that held them apart (trial BM: a grey
    list's report under its body and a library's under its writers were said to differ by their titles, which agreed)."""
    if a.volume and b.volume and a.volume != b.volume:
        return f"their volumes differ ({a.volume} and {b.volume})"
    if a.year and b.year and abs(a.year - b.year) > 1:
        return f"their years differ ({a.year} and {b.year})"
    return "their first authors differ" if _authors_relation(a, b) == "conflict" else ""


def _titles_compatible(a: _Profile, b: _Profile) -> bool:
    """A shared DOI is trusted unless the titles say otherwise (book chapters share a book DOI);
    a translation with its original in brackets, or a title without its subtitle, agrees."""
    if not a.title or not b.title:
        return True
    return _title_similarity(a, b) >= 85 or fuzz.token_set_ratio(a.title, b.title) >= 90 or _same_place(a, b)


def _same_place(a: _Profile, b: _Profile) -> bool:
    """The same pages of one volume (or proceedings) of one journal, year and first author: one
    work, whatever its titles say (a translation, a subtitle dropped). Two articles cannot share a
    printed range of several pages; single pages can (abstracts, corrections), so they do not count. Nor do pages from
    1 where either record names no volume: papers paginated on their own (ACM's proceedings, each paper's pages 1-10;
    an online journal's articles) share such a range, which places a work only within a volume it names (the shared
    corpus's Papers3 export: two CHI '09 papers by one first author, pages 1-10 each, were made one work)."""
    x, y = a.pages, b.pages
    if x is None or y is None or x.last == x.first or (x.system, x.first, x.last) != (y.system, y.first, y.last):
        return False
    if x.first == 1 and not (a.volume and b.volume):
        return False
    if not (a.year and a.year == b.year) or (a.volume and b.volume and a.volume != b.volume):
        return False
    if a.issue is not None and b.issue is not None and not a.issue & b.issue:
        return False  # one journal may print the same pages in two issues: the issue tells them apart
    return _family_names_agree(a, b) if a.authors and b.authors else False


def _other_language_title(item: Record | Source, own: str) -> str:
    """The title a record gives its work in another language, in a field of its own (`OTHER_LANGUAGE_TITLES`: Ovid's
    "Original Title" beside its English `TI`, RIS's `TT` beside the original), folded as `original_title` gives a
    bracketed one: the same paper from LILACS or SciELO, titled in Portuguese, and from Ovid MEDLINE, titled in English,
    meet on it. '' where there is none of three words or more, or it is the record's own title."""
    for name in OTHER_LANGUAGE_TITLES:
        other = title_key(item.extra.get(name, ""))
        if len(other.split()) >= 3 and other != own:
            return other
    return ""


def _names_in_two_scripts(a: _Profile, b: _Profile) -> bool:
    """The first authors are written in two scripts, one in the Latin alphabet and one in another ('Tsuruwaka' from
    J-STAGE's English record, '鶴若' from CiNii's Japanese one): `fold` spells no Chinese, Japanese or Korean name in
    ASCII, so the two cannot be compared, and neither agree nor conflict."""
    return bool(a.first_author and b.first_author) and a.first_author.isascii() != b.first_author.isascii()


TWO_SCRIPTS = "same pages of one volume, issue and year, by as many authors, written in two scripts"


def _one_article_in_two_scripts(a: _Profile, b: _Profile) -> bool:
    """One article listed in two scripts with no identifier to share: CiNii's Japanese record (鶴若, 日本看護倫理学会誌)
    and J-STAGE's English one (Tsuruwaka, Japanese Journal of Nursing Ethics), whose names, journals and titles cannot
    be compared (`_names_in_two_scripts`). What both print can: the same range of several pages in the same volume,
    issue and year, by as many authors. Two articles of one issue never share a printed range (`_same_place`); a single
    page or a range from 1 with no volume does not count. Journals named in one script are compared by their names, so
    another journal's English article on the same pages is never taken for the work."""
    if not _names_in_two_scripts(a, b) or len(a.authors) != len(b.authors):
        return False
    if a.container and b.container and _latin(a.container) == _latin(b.container):
        return False
    x, y = a.pages, b.pages
    if x is None or y is None or x.last == x.first or (x.system, x.first, x.last) != (y.system, y.first, y.last):
        return False
    if not (a.volume and a.volume == b.volume and a.year and a.year == b.year):
        return False
    return a.issue is not None and b.issue is not None and bool(a.issue & b.issue)


def _latin(words: tuple[str, ...]) -> bool:
    """Whether a folded name is written in the Latin alphabet (`fold` keeps other scripts as they are)."""
    return all(word.isascii() for word in words)


def _one_article_in_two_languages(a: _Profile, b: _Profile) -> bool:
    """Two records sharing a DOI or PMID whose titles differ are one article where both are in one volume of one year
    and by the same people (`_same_people`): a regional database gives the title in the article's language and another
    its English one (LILACS "Agentes comunitárias de saúde…" and SciELO "Community health workers…", trial AV), with
    no printed page range for `_same_place` to go by (an article number, or no pages). Where one names its people in
    the Latin alphabet and the other in Chinese, Japanese or Korean script (`_names_in_two_scripts`), the same number
    of them on the same pages stand for the same people. Chapters that share their book's
    DOI have no volume of their own, or other authors, or pages that do not overlap, so stay apart."""
    if not _shares_identifier(a, b) or not (a.volume and a.volume == b.volume and a.year and a.year == b.year):
        return False
    if _names_in_two_scripts(a, b):  # CiNii's Japanese record and J-STAGE's English one: the byline, pages and all
        return len(a.authors) == len(b.authors) and a.pages is not None and a.pages == b.pages
    return bool(a.authors and b.authors) and _same_people(a, b)


_AGREEMENT_NAMES = ("year", "authors", "first page", "volume", "journal")


def _agreeing(a: _Profile, b: _Profile) -> tuple[bool, bool, bool, bool, bool]:
    """Whether year, authors, first page, volume, journal positively agree (`_AGREEMENT_NAMES`).

    Called once conflicts are ruled out; a field missing on either side does not agree.
    """
    return (
        bool(a.year and a.year == b.year),
        _authors_relation(a, b) == "agree",
        _pages_relation(a, b) == "agree",
        bool(a.volume and a.volume == b.volume),
        _same_journal(a, b),
    )


def differences(a: Record | Source, b: Record | Source) -> list[str]:
    """What tells two works apart at a glance, of "title", "authors" and "year": a title that is not the same
    (`_titles_compatible`, so a translation or a dropped subtitle is the same), first authors that do not agree,
    years both given and not equal. A reviewer merging two works that differ in title and authors is asked to
    confirm (`cmo sources merge --force`)."""
    x, y = _profile("", a), _profile("", b)
    found = []
    if x.title and y.title and not _titles_compatible(x, y):
        found.append("title")
    if x.authors and y.authors and _authors_relation(x, y) == "conflict":
        found.append("authors")
    if x.year and y.year and x.year != y.year:
        found.append("year")
    return found


def _agreements(a: _Profile, b: _Profile) -> int:
    """How many of year, authors, first page, volume, journal positively agree."""
    return sum(_agreeing(a, b))


def match_basis(new: _Profile, known: _Profile) -> str:
    """What linked two records, in words, as `_score` decided it: "same DOI", "same PMID", "same pages of one
    journal volume, year and first author", "same web address and year", or "same title" / "similar title" and the
    fields that agree."""
    if new.doi and new.doi == known.doi:
        return "same DOI"
    if new.pmid and new.pmid == known.pmid:
        return "same PMID"
    if _same_address(new, known) and _titles_compatible(new, known):
        return "same web address and year"
    if _same_place(new, known) and _same_journal(new, known):
        return "same pages of one journal volume, year and first author"
    if _one_article_in_two_scripts(new, known):
        return TWO_SCRIPTS
    agreeing = [name for name, agrees in zip(_AGREEMENT_NAMES, _agreeing(new, known), strict=True) if agrees]
    title = "same title" if _title_similarity(new, known) == 100.0 else "similar title"
    if not agreeing:
        return title
    listed = f"{', '.join(agreeing[:-1])} and {agreeing[-1]}" if len(agreeing) > 1 else agreeing[0]
    verb = "agree" if len(agreeing) > 1 or agreeing == ["authors"] else "agrees"
    return f"{title}; {listed} {verb}"


def _score(new: _Profile, known: _Profile) -> float:
    """Confidence that two records are one work: 0 when not sure, higher is surer."""
    if _hard_conflict(new, known):
        return 0.0
    if (new.doi and new.doi == known.doi) or (new.pmid and new.pmid == known.pmid):
        return 300.0 if _titles_compatible(new, known) or _one_article_in_two_languages(new, known) else 0.0
    if _identifier_conflict(new, known) or _field_conflict(new, known):
        return 0.0
    if not new.title or not known.title:
        return 0.0  # without a title nothing tells a paper from its erratum or a companion piece
    agreements = _agreements(new, known)
    if _same_address(new, known) and _titles_compatible(new, known):
        return 250.0 + agreements
    if _same_place(new, known) and _same_journal(new, known):
        return 150.0 + agreements
    if _one_article_in_two_scripts(new, known):
        return 150.0 + agreements
    similarity = _title_similarity(new, known)
    informative = _informative_titles(new, known)
    one_abstract = _same_meeting(new, known) and _same_people(new, known)
    if similarity == 100.0:
        # The same title by the very same authors (two or more, every one): the year a conference
        # paper is dated by can differ by one between databases, and proceedings have no volume.
        exact = agreements + (len(new.authors) >= 2 and new.authors == known.authors)
        if informative and exact >= 2 or one_abstract and exact >= 3:
            return 200.0 + exact
    if similarity >= 90 and agreements >= (3 if informative else 4):
        return 100.0 + similarity / 100 + agreements
    if informative and agreements == 5 and (similarity >= 80 or fuzz.token_set_ratio(new.title, known.title) >= 95):
        return 100.0 + similarity / 100 + agreements
    return 0.0


def _informative_titles(a: _Profile, b: _Profile) -> bool:
    """Whether the titles the two records are compared by are long enough to tell a work (`MIN_INFORMATIVE_TITLE`
    letters): both own titles, or a title in another language both give word for word (KCI's Korean record with its
    English title in a column of its own, beside KoreaMed's English record: helper H3, the Korean title alone counted
    too few letters, as a Chinese, Japanese or Korean title does for a long one)."""
    if min(len(a.compact), len(b.compact)) >= MIN_INFORMATIVE_TITLE:
        return True
    if not (a.original or b.original):
        return False
    mine = {a.compact, a.original.replace(" ", "")} - {""}
    theirs = {b.compact, b.original.replace(" ", "")} - {""}
    return any(len(title) >= MIN_INFORMATIVE_TITLE for title in mine & theirs)


def _order(p: _Profile) -> tuple:
    """A record's place in an order of what it says, not of where it was read (title, identifiers, year, first author,
    volume, pages, journal, file name): of two works a record is as surely the same work as, which contradict each
    other, it joins the one whose record comes first so (`Deduplicator.match`, `_taken_out`), whichever came first."""
    pages = (p.pages.system, p.pages.first, p.pages.last) if p.pages else ("", 0, 0)
    return (p.title, p.doi or "", p.pmid or "", p.year or 0, p.first_author, p.volume or "", pages, p.container, p.file)


def _block_keys(p: _Profile) -> list[str]:
    if p.keys is None:
        p.keys = _keys_of(p)
    return p.keys


def _keys_of(p: _Profile) -> list[str]:
    keys = []
    if p.doi:
        keys.append("d:" + p.doi)
    if p.pmid:
        keys.append("m:" + p.pmid)
    for title in (p.compact, p.original.replace(" ", "")):
        if title:
            keys.append("t:" + title)
            keys.append("h:" + title[:TITLE_END_CHARS])
            keys.append("e:" + title[-TITLE_END_CHARS:])
            if p.year:
                keys.append(f"y:{p.year}:{title}")
    if p.volume and p.pages:
        keys.append(f"v:{p.volume}:{p.pages.first}")
    if p.address:
        keys.append(f"u:{p.address}")
    if p.first_author and p.year:
        keys.append(f"a:{p.first_author}:{p.year}")
    return keys


def _query_keys(p: _Profile) -> list[str]:
    keys = _block_keys(p)
    if p.first_author and p.year:
        keys = [*keys, f"a:{p.first_author}:{p.year - 1}", f"a:{p.first_author}:{p.year + 1}"]
    return keys


@dataclass(slots=True)
class _FileIssues:
    """What one file's issue fields have shown so far (see Deduplicator._observe_issue)."""

    values: set[int] = field(default_factory=set)
    profiles: list[_Profile] = field(default_factory=list)
    repeats: bool = False
    record_numbers: bool = False


class Deduplicator:
    """Incremental: knows existing sources; each new record either links to one or starts a new one."""

    MAX_BLOCK = 60
    """A block this large says nothing (a common name in a busy year): skip it, keep linear time."""

    RECORD_NUMBERS = 30
    """Records of one file with an issue number, all different: it numbers the records, not the issues."""

    def __init__(self) -> None:
        self._profiles: list[_Profile] = []
        self.places: list[tuple[str, int, str] | None] = []
        """Where each record added was read (file, line, key in the export), by index; None for a source added whole."""
        self._issues: dict[str, _FileIssues] = {}
        self._blocks: dict[str, list[int]] = {}
        self._by_handle: dict[str, list[int]] = {}
        self._addressed: dict[str, set[str]] = {}
        """Each web address (`work_address`) and the works holding it: one two works hold names neither (`match`)."""
        self._last: tuple[Record | Source, _Profile] | None = None
        self.basis = ""
        """Why the last `match` linked its record (`match_basis`); empty when it found none."""
        self.apart = ""
        """The work the last `match` held its record apart from though they share a web address that names one work and
        a year (`_same_address`), their titles not agreeing: a publication page may hold two documents, or one work may
        be listed under two titles, which a reviewer decides (`cmo sources merge`); empty otherwise."""
        self.apart_why = ""
        """Why the last `match` held its record apart from `apart`, in words (`TITLES_DIFFER`, or what a conflict
        names); empty otherwise."""
        self.also: list[tuple[str, str]] = []
        """The other works the last `match`'s record is the same work as, each with its basis (`_also_this_work`): the
        record bridges them and the work it matched, which are one work; empty otherwise."""
        self.apart_on = ""
        """What the last `match`'s record shares with `apart`: "the same DOI", "the same PMID" (`_same_identifier_apart`)
        or "the same web address and year"; empty otherwise."""
        self.taken: list[tuple[str, list[int]]] = []
        """Records of known works the last `match`'s record takes out of them into its own (`_taken_out`): the work, and
        the indices of its records that leave, in the order added. The caller moves them (`move`) once the record is
        added."""

    def add(self, handle: str, record: Record | Source, profile: _Profile | None = None) -> None:
        """Register a known work under `handle`; every record of a source may be added."""
        profile = profile or self._profile_of(record)
        profile.handle = handle
        self._observe_issue(profile)
        self._last = None
        index = len(self._profiles)
        self._profiles.append(profile)
        place = record.provenance if isinstance(record, Record) else None
        self.places.append((place.file, place.line, place.key) if place else None)
        self._by_handle.setdefault(handle, []).append(index)
        if profile.address:
            self._addressed.setdefault(profile.address, set()).add(handle)
        for key in _block_keys(profile):
            self._blocks.setdefault(key, []).append(index)

    def match(self, record: Record, profile: _Profile | None = None) -> str | None:
        """Handle of the work this record duplicates, or None when not sure.

        `profile` is `record_profile(record)` made elsewhere (in a reading process), if at hand.
        """
        new = profile or self._profile_of(record)
        self._last = (record, new)
        self._observe_issue(new)
        self.basis, self.apart, self.apart_why, self.apart_on, self.also, self.taken = "", "", "", "", [], []
        addressed = new
        if new.address and len(self._addressed.get(new.address, ())) > 1:
            new = replace(new, address="")  # an address two works share (a journal's page of its issues) names neither
        scores: dict[str, float] = {}
        best: dict[str, int] = {}
        for index in self._candidates(new):
            known = self._profiles[index]
            score = _score(new, known)
            had = scores.get(known.handle, 0.0)
            if score > had or (score and score == had and _order(known) < _order(self._profiles[best[known.handle]])):
                scores[known.handle], best[known.handle] = score, index
        ranked = sorted(scores, key=lambda h: (-scores[h], _order(self._profiles[best[h]])))
        contradicted = [handle for handle in ranked if self._conflicts_with_work(new, handle)]
        for at, handle in enumerate(ranked):
            if handle in contradicted:
                continue
            self.basis = match_basis(new, self._profiles[best[handle]])
            self.also = self._also_this_work(new, handle, ranked[at + 1 :], best)
            self.taken = self._taken_out(new, contradicted, handle)
            return handle
        self.taken = self._taken_out(new, contradicted, None)
        self.apart = (
            self._same_identifier_apart(new)
            or self._same_address_apart(addressed)
            or self._same_place_apart(new)
            or self._cut_title_apart(new)
        )
        return None

    def _taken_out(self, new: _Profile, contradicted: list[str], joining: str | None) -> list[tuple[str, list[int]]]:
        """The records of works `new` contradicts that are the same work as `new` more surely than as the rest of their
        work (`_score`), or as surely and `new` comes first in the records' own order (`_order`): they came first and
        joined a work `new`'s contradicts; had `new` come first they would have joined it (`match` ranks works so). They
        leave their work for `new`'s, so the sources do not depend on the order of the files or their records. None
        leave for a work (`joining`) that contradicts them."""
        taken = []
        for handle in contradicted:
            members = self._by_handle[handle]
            leaving = [
                i for i in members if _score(new, self._profiles[i]) > 0 and not next(_work_conflicts(new, self._profiles[i]), "")
            ]
            staying = [i for i in members if i not in leaving]
            if not leaving or not staying:
                continue
            go = max(_score(new, self._profiles[i]) for i in leaving)
            held = [(_score(self._profiles[i], self._profiles[j]), j) for i in leaving for j in staying]
            stay = max(score for score, _ in held)
            partner = min((_order(self._profiles[j]) for score, j in held if score == stay), default=())
            if go < stay or (go == stay and _order(new) >= partner):
                continue
            if joining and any(self._conflicts_with_work(self._profiles[i], joining) for i in leaving):
                continue
            taken.append((handle, leaving))
        return taken

    def move(self, indices: list[int], into: str) -> None:
        """The records added at `indices` (`taken`) are of the work `into` from now on."""
        self._last = None
        for index in indices:
            profile = self._profiles[index]
            self._by_handle[profile.handle].remove(index)
            if not self._by_handle[profile.handle]:
                del self._by_handle[profile.handle]
            if holders := self._addressed.get(profile.address) if profile.address else None:
                holders.discard(profile.handle)
                holders.add(into)
            profile.handle = into
            self._by_handle.setdefault(into, []).append(index)

    def _cut_title_apart(self, new: _Profile) -> str:
        """The first work (by handle) holding a record of the same year and first author whose title one of the two
        cut short and marked so (`_cut_from`), that nothing else holds apart: Publish or Perish's "My Health, My Life:
        barriers to healthcare for people with a learning disability during …" beside HMIC's whole title, a charity's
        report with no DOI, journal or pages to link them by (trial CH: two sources, unsaid). The words after a cut may be
        another work's ("… annual report" or "… easy read summary"), so a reviewer decides; `apart_why` says so."""
        for index in sorted(self._candidates(new), key=lambda index: self._profiles[index].handle):
            known = self._profiles[index]
            if not (_cut_from(new, known) or _cut_from(known, new)) or not (new.year and new.year == known.year):
                continue
            if not _family_names_agree(new, known) or new.notice != known.notice:
                continue
            if _hard_conflict(new, known) or _field_conflict(new, known) or _identifier_conflict(new, known):
                continue
            self.apart_why, self.apart_on = CUT_TITLE, "the start of the title, year and first author"
            return known.handle
        return ""

    def _also_this_work(self, new: _Profile, handle: str, others: list[str], best: dict[str, int]) -> list[tuple[str, str]]:
        """The other works `new` is as surely the same work as (`_score`), with the basis of each, where nothing of any
        record of theirs contradicts `new` or the work it joins (`_work_conflicts`): the record bridges works its
        two databases' records could not link alone (a WHO Global Index Medicus record titled in Portuguese and PubMed's
        in English: SciELO's record has both the title of one and the DOI of the other). Joined, the works are what they
        would have been had the bridging record come first, so the sources do not depend on the order of the files."""
        joined = list(self._by_handle[handle])
        also: list[tuple[str, str]] = []
        for other in others:
            if self._conflicts_with_work(new, other):
                continue
            members = self._by_handle[other]
            if any(next(_work_conflicts(self._profiles[i], self._profiles[j]), "") for i in members for j in joined):
                continue
            joined.extend(members)
            also.append((other, match_basis(new, self._profiles[best[other]])))
        return also

    def join(self, handle: str, into: str) -> None:
        """The work `handle` is the work `into` (`also`): its records are known under `into` from now on."""
        if handle == into:
            return
        self._last = None
        for index in self._by_handle.pop(handle, []):
            profile = self._profiles[index]
            profile.handle = into
            self._by_handle.setdefault(into, []).append(index)
            if holders := self._addressed.get(profile.address) if profile.address else None:
                holders.discard(handle)
                holders.add(into)

    def _same_identifier_apart(self, new: _Profile) -> str:
        """The first work (by handle) holding a record of the same DOI or PMID as `new` that was kept apart from it by
        their titles or by what a conflict names (`_work_conflicts`: a preprint, other pages, a part's number): one work
        the databases title differently, a DOI given to the wrong record, or a conflict misread, which a reviewer decides
        (trial AV: a LILACS record and its SciELO twin were kept apart without a word; trial BT 4: "attending 999 calls"
        read as a part's number kept one DOI's two records apart unsaid). Chapters share their book's DOI, abstracts of
        one conference their supplement's (Embase's two abstracts of one BMC Proceedings supplement), and a correction or
        comment may be given its paper's: those are apart unsaid. `apart_why` and `apart_on` say so."""
        shared = (("the same DOI", f"d:{new.doi}" if new.doi else ""), ("the same PMID", f"m:{new.pmid}" if new.pmid else ""))
        for on, key in shared:
            for index in self._blocks.get(key, []) if key else []:
                known = self._profiles[index]
                if {new.family, known.family} & {"chapter", "book", "conference"} or new.notice != known.notice:
                    continue  # chapters share their book's DOI, abstracts their supplement's; a correction its paper's
                conflict = next(_work_conflicts(new, known), "")
                if _titles_compatible(new, known) and not conflict:
                    continue  # held apart by another record of that work, not by anything of these two
                self.apart_why, self.apart_on = conflict or TITLES_DIFFER, on
                return known.handle
        return ""

    def _same_place_apart(self, new: _Profile) -> str:
        """The first work (by handle) holding a record of the same pages of one journal volume, year and first author as
        `new` (`_same_place`, one work whatever its titles) that nothing but their DOIs or PMIDs keeps apart: one work a
        database gave its own DOI (Informit's `10.3316/informit.…` for its record beside the publisher's), or a DOI given
        to the wrong record, which a reviewer decides (trial CB: Informit's and Scopus's records of one paper were two
        sources, unsaid). `apart_why` names the identifiers."""
        for index in sorted(self._candidates(new), key=lambda index: self._profiles[index].handle):
            known = self._profiles[index]
            if not (_same_place(new, known) and _same_journal(new, known)) or new.notice != known.notice:
                continue
            if _hard_conflict(new, known) or _field_conflict(new, known) or not _identifier_conflict(new, known):
                continue
            self.apart_why = next(_work_conflicts(new, known), "")
            self.apart_on = "the same pages of one journal volume, year and first author"
            return known.handle if self.apart_why else ""
        return ""

    def _same_address_apart(self, new: _Profile) -> str:
        """The first work (by handle) holding a record of the same web address and year as `new` (`_same_address`);
        `apart_why` says what held them apart, in words."""
        for handle in sorted(self._addressed.get(new.address, ()) if new.address else ()):
            for index in self._by_handle[handle]:
                known = self._profiles[index]
                if _same_address(new, known):
                    why = next(_work_conflicts(new, known), "") or _field_conflict_words(new, known)
                    self.apart_why, self.apart_on = why or TITLES_DIFFER, "the same web address and year"
                    return handle
        return ""

    def _observe_issue(self, profile: _Profile) -> None:
        """Learn, file by file, whether the issue field holds issues. Real issues recur within
        an export (several records per issue); a field that never repeats over many records is
        a record number some converters put there, and must not keep duplicates apart."""
        if profile.observed or profile.issue is None or not profile.file:
            return
        profile.observed = True
        seen = self._issues.setdefault(profile.file, _FileIssues())
        if seen.record_numbers:
            profile.issue = None
            return
        seen.profiles.append(profile)
        if seen.repeats:
            return
        values = profile.issue
        if not seen.values.isdisjoint(values):
            seen.repeats, seen.values, seen.profiles = True, set(), []
            return
        seen.values.update(values)
        if len(seen.profiles) >= self.RECORD_NUMBERS:
            seen.record_numbers = True
            for earlier in seen.profiles:
                earlier.issue = None
            seen.values, seen.profiles = set(), []

    def _profile_of(self, record: Record | Source) -> _Profile:
        """The usual call order is match(r) then add(h, r): profile r only once."""
        if self._last is not None and self._last[0] is record:
            return self._last[1]
        return _profile("", record)

    def _candidates(self, new: _Profile) -> set[int]:
        """Records sharing a block. An exact title is always followed, but a title that many
        records share ("Editorial") only within a year either side; a block too large even
        then is left to the other blocks (identifiers, author and year, volume and page)."""
        found: set[int] = set()
        for key in _query_keys(new):
            members = self._blocks.get(key)
            if not members or key[0] == "y":
                continue
            if len(members) <= self.MAX_BLOCK or key[0] in "dm":
                found.update(members)
            elif key[0] == "t" and new.year:
                for year in (new.year - 1, new.year, new.year + 1):
                    same_year = self._blocks.get(f"y:{year}:{key[2:]}")
                    if same_year and len(same_year) <= self.MAX_BLOCK:
                        found.update(same_year)
        return found

    def _conflicts_with_work(self, new: _Profile, handle: str) -> bool:
        """A record joining a work must not contradict any record already in it, but where the work holds another record
        that differs from that one in the same ways (`_overruled`): a reviewer merged them (`cmo sources merge --force`),
        saying the difference is no other work, and the record agrees with that other record."""
        members = self._by_handle[handle]
        for index in members:
            known = self._profiles[index]
            reasons = set(_work_conflicts(new, known))
            if reasons and not self._overruled(new, known, reasons, members):
                return True
        return False

    def _overruled(self, new: _Profile, known: _Profile, reasons: set[str], members: list[int]) -> bool:
        """Whether the work's records (`members`) hold one that `new` agrees with and is the same work as (`_score`) and
        that differs from `known` for every reason `new` does: no de-duplication puts such records together, a reviewer
        did (trial CK: MEDLINE's "… schools 1: …" merged into its paper, and the paper's record from an update search)."""
        for index in members:
            other = self._profiles[index]
            if other is known or _score(new, other) <= 0 or next(_work_conflicts(new, other), ""):
                continue
            if reasons <= set(_work_conflicts(other, known)):
                return True
        return False


def group_records(records: list[Record]) -> list[list[int]]:
    """Indices of records that are the same work, one list per work with two or more records."""
    dedup = Deduplicator()
    groups: dict[str, list[int]] = {}
    for index, record in enumerate(records):
        handle = dedup.match(record) or str(index)
        groups.setdefault(handle, []).append(index)
        for other, _ in dedup.also:
            groups[handle].extend(groups.pop(other))
            dedup.join(other, handle)
        taken = dedup.taken
        dedup.add(handle, record)
        for work, leaving in taken:  # one profile added per record: its index is the record's
            groups[work] = [i for i in groups[work] if i not in leaving]
            groups[handle].extend(leaving)
            dedup.move(leaving, handle)
    return [sorted(members) for members in groups.values() if len(members) > 1]
