"""RIS reader: EndNote, Zotero, Ovid, ProQuest, Scopus and Cochrane exports.

An own tag-line parser rather than rispy: rispy 0.10 silently drops a record after a BOM or a
missing `ER`, and every database bends RIS a little (Ovid numbering lines, legacy `A1`/`T1`/
`Y1`/`N2` tags, EndNote's untagged continuation lines). The rule here is that every `TY` line
ends up as a record or as a Problem naming its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from cmo.bib.readers import SCREENING_COPY, Problem, ReadResult, cut_short, named_authors, parallel, without_copyright
from cmo.errors import LookAt
from cmo.models import Provenance, Record
from cmo.normalise import (
    INITIAL,
    MEETING,
    NAME_PARTICLES,
    NAME_SUFFIX,
    PAGE_COUNT,
    REGISTRY_ID,
    body_name,
    clean_text,
    content_type,
    doi_in_url,
    fold,
    format_name,
    given_first_name,
    is_citation_key,
    is_grey,
    labelled_pmid,
    more_addresses,
    normalise_pages,
    normalise_pmid,
    page_count,
    parse_year,
    split_plain_name,
    type_from_label,
    web_address,
    written_doi,
)

_TAG_LINE = re.compile(r"([A-Z][A-Z0-9])  -(?: (.*))?$")
_EXPORT_FURNITURE = re.compile(r"\d+\.\s*$|Link to the |Record #\d+ of \d+\s*$|(?:Provider|Content|Database): ")
"""Lines exporters print between records: Ovid's '12.' and links, EndNote Web's and JSTOR's 'Record #2 of 9',
'Provider: ...' and 'Content: text/plain' headers."""
_VANCOUVER = re.compile(rf"([^\d,;()]+?) ((?:{INITIAL}\.?-?)(?: ?{INITIAL}\.?-?){{0,5}})")
"""'Family GI', initials dotted or not, together or apart, accented or not ('Adler D.G.', 'Wu E', EPPI-Reviewer's
'Brownstein C D', Embase's 'Mas M.À.'), as Vancouver lists and Scopus/Embase write names: the family name is all before
the initials (`INITIAL`)."""
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_FAMILY_GIVEN = re.compile(r"\s*([^\d,;()&]+?)\s*,\s*([^\d,;()&]+?)\s*")
"""One person's "Family, Given" ("Saunders, K. R. K.", "van der Helm, Jan"): one comma, no digits."""
_PUBMED_URL = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/)(\d{1,9})\b")
_OVID_MEDLINE_DB = re.compile(r"[?&]D=(?:med|mes|prem|pmnm)\w*", re.IGNORECASE)
_OVID_ACCESSION = re.compile(r"[?&]AN=(\d{1,9})(?![\d-])")
_PMID_TAG_OF_DATABASE = {"scopus": "C2", "embase": "C5"}
"""Where a database's RIS puts the PubMed id of a record it shares with MEDLINE; other exports use these tags
for other things (EndNote: C2 is the PMCID), so they are read only where the record names its database."""
_NOTE_TAGS = ("N1", "AN", "U1", "U2", "U3", "M1", "M2", "C1", "C2", "C3", "C4", "C5", "C6", "C8")
"""Tags databases write notes in ("C2  - PMID: 32123456" from EBSCO's PsycINFO): read for a labelled PMID."""
_ARTICLE_NUMBER = re.compile(r"[A-Za-z]{0,4}\d[\w.-]{0,19}")
"""An e-journal's article number (Scopus' and EndNote's C7: "e0213439", "100519", "hlz008")."""
_DOI_ONLY = re.compile(r"(?:doi:?\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+$", re.IGNORECASE)

EXTRA_LIMIT = 2000

RIS_TYPES = {
    "JOUR": "article",
    "EJOUR": "article",
    "JFULL": "article",
    "INPR": "article",
    "ABST": "abstract",
    "BOOK": "book",
    "EBOOK": "book",
    "EDBOOK": "book",
    "SER": "book",
    "CTLG": "book",
    "CHAP": "chapter",
    "ECHAP": "chapter",
    "ENCYC": "chapter",
    "DICT": "chapter",
    "CONF": "conference",
    "CPAPER": "conference",
    "RPRT": "report",
    "GOVDOC": "report",
    "GRANT": "report",
    "THES": "thesis",
    "ELEC": "webpage",
    "WEB": "webpage",
    "BLOG": "webpage",
    "ICOMM": "webpage",
    "GEN": "misc",
    "PCOMM": "misc",
    "MULTI": "misc",
    "ART": "misc",
    "PAMP": "misc",
    "UNPB": "unpublished",
    "MANSCPT": "unpublished",
    "NEWS": "news",
    "MGZN": "news",
    "PAT": "patent",
    "COMP": "software",
    "DATA": "dataset",
    "AGGR": "dataset",
    "STAND": "standard",
    "LEGAL": "legislation",
    "STAT": "legislation",
    "BILL": "legislation",
    "CASE": "legislation",
    "HEAR": "legislation",
    "VIDEO": "video",
    "MPCT": "video",
    "SOUND": "audio",
}


_ONE_LINE_TAGS = frozenset({"TY", "PY", "Y1", "DA", "Y2", "VL", "IS", "CP", "SP", "EP", "DO", "ID", "AN", "LA", "DB", "DP", "ET"})
"""Tags whose value is one short item (a year, volume, page, DOI, number, language), which no export wraps onto the next
line as it wraps an abstract, keywords or ISSNs (EndNote's second `SN` on a line of its own)."""
_DAMAGED_TAG = re.compile(r"[A-Z][A-Z0-9](?:\s*-|\s)")
"""A line opening as a tag does but without 'XX  - ' ("XX garbage line here", "AU - Smith"): after a one-line tag, a
tag line damaged in the export or by hand, never the rest of the value above."""
_ONE_ITEM_TAGS = frozenset({"TY", "PY", "Y1", "DA", "Y2", "VL", "IS", "CP", "SP", "EP"})
"""One-line tags that hold one item, never a list: a year, date, volume, issue or page. Any untagged line after one is
stray text, said and not read (it was joined to the year and lost without a word: trial AD); after a one-line tag that
EndNote writes as a list, one item a line (`DB  - Embase` then `Medline`), only a damaged tag line is."""


def _stray(tag: str, line: str) -> bool:
    """An untagged `line` after a line tagged `tag` that is not the rest of its value (`_ONE_ITEM_TAGS`, `_DAMAGED_TAG`)."""
    return tag in _ONE_ITEM_TAGS or (tag in _ONE_LINE_TAGS and _DAMAGED_TAG.match(line) is not None)


@dataclass
class RawRecord:
    """One record's tag lines as read, before they become a Record: EndNote XML builds these too (`endnote_xml`)."""

    line: int
    ris_type: str
    tags: list[tuple[str, str | None]] = field(default_factory=list)
    """(tag, raw value); continuation lines are appended to the value after a newline."""
    continued: list[str] = field(default_factory=list)
    """The last tag's continuation lines, joined once (a 50 MB abstract must not be copied per line)."""
    cut: str = ""
    """Set when the file ended inside this record, before its 'ER': where, kept in the record (`INCOMPLETE`)."""

    def add(self, tag: str, value: str | None) -> None:
        self.finish()
        self.tags.append((tag, value))

    def continue_last(self, text: str) -> None:
        self.continued.append(text)

    def finish(self) -> None:
        if self.continued:
            tag, value = self.tags[-1]
            more = "\n".join(self.continued)
            self.tags[-1] = (tag, f"{value}\n{more}" if value else more)
            self.continued = []


def _built(raw: RawRecord, number: int, file: str) -> Record | str:
    record = record_from_tags(raw, number, file)
    if record is None:
        return "RIS record has no title, author, year or identifier; it was skipped."
    return cut_short(record, raw.cut) if raw.cut else record


def _split_records(lines: list[str], file: str, result: ReadResult, first_line: int = 1) -> Iterator[RawRecord]:
    """Group lines into records; tag lines outside a record become Problems, never silence.

    Ovid PsycINFO prints an `NL` tag right after `ER`: tag lines that follow an `ER` without a
    blank line, and that the record does not have yet, still belong to it, so a record is
    handed on only when that window closes. Records are yielded, not collected, so a 50,000
    record file never holds all raw records at once.
    """
    first_record: int | None = None
    current: RawRecord | None = None
    closed: RawRecord | None = None
    closed_tags = 0
    orphan_line: int | None = None
    skipped: list[int] = []

    def report_orphans() -> None:
        nonlocal orphan_line
        if orphan_line is not None:
            result.problems.append(
                Problem(
                    file,
                    orphan_line,
                    "RIS tag lines with no 'TY  -' line before them (a damaged record); skipped.",
                )
            )
            orphan_line = None

    tag_line = _TAG_LINE.match
    last_line = first_line
    for number, line in enumerate(lines, start=first_line):
        if line.strip():
            last_line = number
        match = tag_line(line)
        if match is None:
            stripped = line.strip()
            if current is not None:
                if stripped and current.tags and not _stray(current.tags[-1][0], stripped):
                    current.continue_last(stripped)
                elif stripped:  # a damaged tag line, or text before any tag: said, never silently joined or dropped
                    said = f"'{stripped[:60]}' is no RIS tag line ('XX  - value'); it was not read."
                    result.problems.append(Problem(file, number, said))
            elif not stripped:
                if closed is not None:
                    yield closed
                    closed = None
            elif closed is not None and len(closed.tags) > closed_tags:
                closed.continue_last(stripped)
            elif not _EXPORT_FURNITURE.match(stripped):
                skipped.append(number)
            continue
        tag, value = match.groups()
        if tag == "TY":
            report_orphans()
            if closed is not None:
                yield closed
                closed = None
            if current is not None:
                result.warnings.append(
                    LookAt(
                        f"{file} line {current.line}: RIS record has no 'ER  -' line; "
                        f"it was read up to the next 'TY  -' at line {number}: check it ends where it should."
                    )
                )
                yield current
            current = RawRecord(number, (value or "").strip())
            first_record = first_record or number
        elif tag == "ER":
            if current is not None:
                current, closed, closed_tags = None, current, len(current.tags)
            report_orphans()
        elif current is not None:
            current.add(tag, value)
        elif closed is not None and all(tag != name for name, _ in closed.tags):
            closed.add(tag, value)
        else:
            if closed is not None:
                yield closed
                closed = None
            if orphan_line is None:
                orphan_line = number
    report_orphans()
    if closed is not None:
        yield closed
    if current is not None:
        result.warnings.append(
            LookAt(
                f"{file} line {current.line}: the last RIS record has no 'ER  -' line; it was read up to the end of the "
                f"file, at line {last_line}, which may have been cut short there: check it. A whole copy of the record, "
                "ingested, corrects this one."
            )
        )
        current.cut = f"{file}: the file ended at line {last_line}, inside this record, before its 'ER  -' line"
        yield current
    _report_skipped(skipped, first_record, file, result)


def _report_skipped(skipped: list[int], first_record: int | None, file: str, result: ReadResult) -> None:
    """Text between records may be a record whose tags got mangled: a Problem per block.
    Text before the first record is an export header (JSTOR's `Provider:`): a warning."""
    blocks = [number for index, number in enumerate(skipped) if index == 0 or skipped[index - 1] != number - 1]
    header = [number for number in blocks if first_record is None or number < first_record]
    if header:
        result.warnings.append(f"{file} line {header[0]}: text before the first RIS record was skipped.")
    for number in blocks:
        if number not in header:
            result.problems.append(Problem(file, number, "text outside any RIS record (no 'XX  - ' tag lines); skipped."))


class _Tags:
    """The tag values of one record, remembering which ones made it into the Record."""

    def __init__(self, pairs: list[tuple[str, str | None]]):
        self.by_tag: dict[str, list[str]] = {}
        for name, value in pairs:
            if value:
                self.by_tag.setdefault(name, []).append(value)
        self.used: set[str] = set()

    def pick(self, tags: tuple[str, ...], convert: Callable[[str], object] = clean_text, *, mark: bool = True):
        """First value of the first tag (in preference order) that converts to something."""
        for tag in tags:
            for value in self.by_tag.get(tag, ()):
                converted = convert(value)
                if converted:
                    if mark:
                        self.used.add(tag)
                    return converted
        return None

    def lines(self, tags: tuple[str, ...], *, mark: bool = True) -> list[str]:
        """Every line of these tags: EndNote puts one list item (keyword, author) per line."""
        found = [
            line.strip()
            for tag in tags
            for value in self.by_tag.get(tag, ())
            for line in value.split("\n")
            if line and not line.isspace()
        ]
        if found and mark:
            self.used.update(tags)
        return found

    def extra(self) -> dict[str, str]:
        """Unused tags, one line per list item, joined with "; " and cut to EXTRA_LIMIT."""
        kept = {
            name: "; ".join(value.strip() for value in values).replace("\n", "; ")
            for name, values in self.by_tag.items()
            if name not in self.used
        }
        return {name: compact_extra(value) for name, value in kept.items() if value}


def record_from_tags(raw: RawRecord, number: int, file: str) -> Record | None:
    """The Record a RIS record's tags make, by the rules every RIS export is read by; None for an empty one."""
    raw.finish()
    tags = _Tags(raw.tags)
    kind = RIS_TYPES.get(raw.ris_type.upper(), "misc")
    authors, registrations = _authors(tags.lines(("AU", "A1")))
    url_tags = ("UR", "JA", "JO", "J2") if kind == "webpage" else ("UR",)
    labelled = _labelled_kind(tags, kind)
    container, meeting = _container_and_meeting(tags, labelled)
    fields = {
        "title": tags.pick(("TI", "T1", "CT", "ST", "BT")) or "",
        "year": tags.pick(("PY", "Y1", "DA"), parse_year),
        "doi": _doi(tags),
        "pmid": _pmid(tags),
        "container": container,
        "url": tags.pick(url_tags, web_address),
        "abstract": without_copyright(tags.pick(("AB", "N2")) or ""),
    }
    if not authors and not any(fields.values()):
        return None
    record_id = tags.pick(("ID",)) or ""
    original_key = record_id or tags.pick(("AN",)) or _labelled_accession(tags) or ""
    kind = labelled
    pages, count = _pages(tags, kind)
    registrations += [number for number in tags.lines(("C7",), mark=False) if REGISTRY_ID.fullmatch(number)]
    fields.update(
        volume=tags.pick(("VL", "VO")) or "",
        issue=tags.pick(("IS", "CP")) or "",
        pages=pages,
        publisher=tags.pick(("PB",)) or "",
        urldate=tags.pick(("Y2",), _date) if kind == "webpage" else None,
    )
    kind = content_type(kind, fields["container"], fields["volume"], fields["pages"], fields["url"])
    extra = tags.extra()
    if meeting:
        extra[MEETING] = meeting
    if registrations:
        extra["registration"] = "; ".join(registrations)
        if "C7" in extra and all(REGISTRY_ID.fullmatch(number) for number in tags.lines(("C7",), mark=False)):
            del extra["C7"]  # kept as the registration it is
    if count:
        extra[PAGE_COUNT] = count
    if tool := _screening_tool_of(tags):
        extra[SCREENING_COPY] = tool
    extra.update(more_addresses(" ".join(tags.lines(("UR",), mark=False)), fields["url"]))
    return Record(
        key=record_id if is_citation_key(record_id) else "",
        type=kind,
        original_type=raw.ris_type,
        authors=authors,
        grey=is_grey(kind, fields["url"], fields["container"], fields["pages"]),
        extra=extra,
        provenance=Provenance(file=file, line=raw.line, key=original_key or f"ris{number}", format="ris"),
        **fields,
    )


ASREVIEW_LABELS = {"ASReview_relevant": "include", "ASReview_irrelevant": "exclude", "ASReview_not_seen": ""}
"""The notes ASReview LAB writes into the RIS it exports (`N1  - ASReview_relevant`), one a record, with its own
`asreview_time: "…"` and `asreview_note: "…"` notes after it: the decision each record was given there."""


def _screening_tool_of(tags: _Tags) -> str:
    """The screening tool whose RIS export this record is (ASReview's label in a note, `ASREVIEW_LABELS`): the tool's
    copy of a record a search found, not counted again in the document flow (trial CX: ASReview's RIS of the PubMed
    search made the flow's records identified 91, its 31 records counted twice)."""
    return "ASReview" if any(note.strip() in ASREVIEW_LABELS for note in tags.lines(("N1",), mark=False)) else ""


_ASREVIEW_NOTE = re.compile(r"^asreview_(\w+):\s*(.*)$", re.S)


def asreview_decisions(text: str, file: str) -> list[tuple[int, dict[str, str]]]:
    """Each record of ASReview's RIS export with the decision it was given there: its line, and its title, DOI, label
    (`ASREVIEW_LABELS`: 1, 0, or '' where never shown) and the screener's note, as its CSV export names them
    (`asreview_label`, `asreview_note`), for `cmo select import` to read as it reads that CSV. Empty for a RIS that
    holds no ASReview label."""
    found: list[tuple[int, dict[str, str]]] = []
    for raw in _split_records(text.splitlines(), file, ReadResult()):
        raw.finish()
        tags = _Tags(raw.tags)
        notes = tags.lines(("N1",), mark=False)
        labels = [ASREVIEW_LABELS[note.strip()] for note in notes if note.strip() in ASREVIEW_LABELS]
        if not labels:
            continue
        own = {m[1]: m[2].strip() for note in notes if (m := _ASREVIEW_NOTE.match(note.strip()))}
        words = own.get("note", "")
        if words.startswith('"') and words.endswith('"'):
            words = words[1:-1].replace('\\"', '"')  # written as JSON by ASReview's writer
        label = {"include": "1", "exclude": "0"}.get(labels[0], "")
        fields = {"title": tags.pick(("TI", "T1")) or "", "doi": _doi(tags) or "", "asreview_label": label}
        found.append((raw.line, fields | {"asreview_note": words}))
    return found


_ACCESSION_LABEL = re.compile(r"\bAccession Number:\s*([A-Za-z0-9][\w-]*\w)")


def _labelled_accession(tags: _Tags) -> str:
    """The accession number EBSCO writes in a note rather than in AN ("N1  - Accession Number: 123115364. Language:
    …"): the record's own number in the database, kept as its id."""
    for line in tags.lines(("N1",), mark=False):
        if found := _ACCESSION_LABEL.search(line):
            return found.group(1)
    return ""


_VARIOUS_PAGINGS = re.compile(r"\s*\(var\.?\s*pagings?\)\.?\s*$", re.IGNORECASE)
"""Embase's note that a supplement's abstracts are paged apart, after the meeting's name: not part of the name."""
_PUBLISHED_IN_TAGS = ("C3", "JF", "JA", "J2")
"""Where a conference work's RIS names what printed it: the proceedings (C3, "Proceedings Title" in the RIS spec) or
the journal whose supplement holds the abstract (Embase: JF, abbreviated in JA). Not JO, which Zotero reads as the
conference's name on a conference paper."""


def _container_and_meeting(tags: _Tags, kind: str) -> tuple[str, str]:
    """The container and the meeting a record was given at. On a conference work T2 is the meeting ("Conference
    Name" in the RIS spec; Embase's "2020 Congress of the Schizophrenia International Research Society… (var.pagings)"
    on a conference abstract under `TY  - JOUR`): where the record also names the proceedings or journal that printed
    it, that is the container and the meeting is kept apart (`MEETING`). A T2 naming a meeting beside a journal (JF)
    is read so whatever the type says. Anywhere else T2 is the journal or book, as before."""
    meeting = _VARIOUS_PAGINGS.sub("", tags.pick(("T2",), _not_url, mark=False) or "")
    if meeting and (kind == "conference" or (tags.by_tag.get("JF") and type_from_label(meeting) == "conference")):
        published = tags.pick(_PUBLISHED_IN_TAGS, _not_url) or ""
        if published and fold(published) != fold(meeting):
            tags.used.add("T2")
            return published, meeting
    return tags.pick(("T2", "JF", "JO", "JA", "J2", "J1"), _not_url) or "", ""


_GENERIC_RIS_TYPES = frozenset({"article", "misc", "webpage"})
"""What a `TY` of JOUR, GEN or ELEC leaves open: Embase and the Cochrane Library write every record `TY  - JOUR`."""
_CLASSIFICATION = re.compile(r".*\[\d+\]\s*")
"""A subject heading with its code ("Cognitive & Perceptual Development [2820]"): Ovid's PsycINFO classification in M3."""


def _labelled_kind(tags: _Tags, kind: str) -> str:
    """The kind of work M3 ("Type of Work", in the RIS spec) names where `TY` leaves it open: Embase's "Conference
    Abstract", the Cochrane Library's "Trial registry record" under `TY  - JOUR` (`type_from_label`). A `TY` that
    says more (THES, CHAP…) stands; an M3 naming no kind (ProQuest's "Ph.D.", a classification) changes nothing. An M3
    listing several types, parted by ';' (ERIC's "Journal Articles; Reports - Evaluative"), agrees with the `TY` where one
    of them names its kind: the article stays an article (trial AJ: typed a grey report, it was not linked to the same
    article from ProQuest)."""
    if kind not in _GENERIC_RIS_TYPES:
        return kind
    named = [
        found
        for line in tags.lines(("M3",), mark=False)
        if not _CLASSIFICATION.fullmatch(line)
        for label in (line.split(";") if ";" in line else [line])
        if (found := type_from_label(label.strip()))
    ]
    return kind if kind in named else next(iter(named), kind)


def _authors(values: list[str]) -> tuple[list[str], list[str]]:
    """Names in file order; trial-registry ids that Ovid puts in A1 are set apart."""
    authors: list[str] = []
    registrations: list[str] = []
    for value in values:
        if authors and "," not in authors[-1] and _INITIALS_ALONE.fullmatch(value.strip()):
            authors[-1] = format_name(authors[-1], _dotted(value))  # EPPI-Reviewer: "Dos Santos" then "H B"
            continue
        for name in split_author_value(value):
            if REGISTRY_ID.fullmatch(name):
                registrations.append(name)
            else:
                authors.append(name)
    return given_first_names(authors), registrations


_CAPITALISED = re.compile(r"(?=\S*[a-z])[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*")
"""A name's word begun with a capital, not in capitals: "Rebecca", "McKeown", "O'Brien", "Gilmartin-Thomas"."""
_PERSON_WORD = re.compile(rf"{_CAPITALISED.pattern}|{INITIAL}\.?(?:-?{INITIAL}\.?)?|" + "|".join(sorted(NAME_PARTICLES)))
"""A word of a person's name written given name first: a capitalised word, an initial or two ("J", "J.", "AJ"), a
particle ("van", "de")."""


def given_first_names(authors: list[str]) -> list[str]:
    """A record's authors all written given name first, no comma in any (JSTOR's RIS: "Rebecca Gillespie", "Amanda J
    Cross"; a grey list's author cell "Nicci Gerrard; Julia Jones", `cmo.sheets.records`), split as `given_first_name`
    splits a display name: "Gillespie, Rebecca", "Cross, Amanda J". Only where two names or more are all so written:
    each two words or more ending in a capitalised family name, none a body's (`body_name`) nor Vancouver's family name
    then initials ("Cross AJ", split before). A name alone is kept whole, as "British Red Cross" and "Rebecca Gillespie"
    cannot be told apart; a linked record's "Family, Given" splits it."""
    if len(authors) < 2:
        return authors
    for name in authors:
        words = name.split()
        if "," in name or not 2 <= len(words) <= 5 or body_name(name) or not all(_PERSON_WORD.fullmatch(w) for w in words):
            return authors
        if not _CAPITALISED.fullmatch(words[-1]):
            return authors  # a family name last, not an initial
    return [given_first_name(name) for name in authors]


_INITIALS_ALONE = re.compile(rf"(?:{INITIAL}\.?-?\s?){{1,6}}")
"""An author line of initials alone: the given name of the line before, where that has none (EPPI-Reviewer cuts
"Dos Santos, H. B." at its comma into two lines)."""


def split_author_value(value: str) -> list[str]:
    """One author field into "Family, Given" names.

    Handles Cochrane/Ovid's "Achterbergh R, van der Helm JJ" lists, Vancouver "Wu E",
    `;`- or `|`-separated lists and lists joined with "and" (Rayyan, as BibTeX); anything else is one
    name (so corporate authors stay whole). Placeholders are dropped (`named_authors`).
    """
    names: list[str] = []
    for part in re.split(r"[;|]", value):  # OpenAlex joins its authors with "|"
        part = clean_text(part)
        if not part:
            continue
        names.extend(_joined_names(part) or _vancouver_names(part) or _harvard_names(part) or [split_plain_name(part)])
    return named_authors(names)


_INITIALS_WITH_STOPS = re.compile(r"(?:[A-Z]\.\s?-?\s?){1,4}")
"""A person's initials written with full stops ("E.R.", "D.", "M. T.")."""
_FAMILY_WORD = re.compile(r"(?:(?:[a-z]{1,3}\s+){0,2})[A-Z][^\W\d_]*(?:['’ -][A-Za-z][^\W\d_]*){0,2}")
"""A family name before its initials ("Munro", "Maskell-Graham", "van der Berg", "O'Leary")."""


def _harvard_names(value: str) -> list[str]:
    """A list written as Harvard reference lists write one, family name then initials, parted by commas and a last
    "and" ("Munro, E.R., Lushey, C., Maskell-Graham, D. and Ward, H."), a body among the people kept as one author
    ("…, Lushey, C., NCAS, …"): two people or more so written, else [] (one "Family, Given" is `split_plain_name`'s)."""
    tokens = [token.strip() for token in re.split(r",\s*|\s+(?:and|&)\s+", value)]
    if len(tokens) < 4 or not all(tokens):
        return []
    names, people, index = [], 0, 0
    while index < len(tokens):
        token, following = tokens[index], tokens[index + 1] if index + 1 < len(tokens) else ""
        if _INITIALS_WITH_STOPS.fullmatch(token):
            return []  # initials with no family name before them
        if following and _INITIALS_WITH_STOPS.fullmatch(following) and _FAMILY_WORD.fullmatch(token):
            names.append(format_name(token, following))
            people, index = people + 1, index + 2
            continue
        names.append(token)  # a body among the authors ("NCAS")
        index += 1
    return names if people >= 2 and people * 2 >= len(names) else []


def _joined_names(value: str) -> list[str]:
    """A list joined with "and", as BibTeX writes it and Rayyan exports it ("Schlief, M. and Saunders, K. R. K."),
    split only where every piece is a person's name ("Family, Given" or Vancouver "Family GI"): [] otherwise, so
    "Centre for Reviews and Dissemination" or "Department of Health and Social Care, UK" stays one author."""
    pieces = _AND.split(value)
    if len(pieces) < 2:
        return []
    names: list[str] = []
    for piece in pieces:
        suffix = re.search(rf",\s*({NAME_SUFFIX})\s*$", piece)  # "Williams, J. W., Jr.": the suffix after a second comma
        person = _FAMILY_GIVEN.fullmatch(piece[: suffix.start()] if suffix else piece)
        if vancouver := _vancouver_names(piece):
            names.extend(vancouver)
        elif person and len(person.group(1).split()) <= 4 and len(person.group(2).split()) <= 4:
            names.append(format_name(person.group(1), person.group(2)) + (f", {suffix.group(1)}" if suffix else ""))
        else:
            return []
    return names


def _vancouver_names(value: str) -> list[str]:
    """["Van Der Helm, J. J.", ...] when every comma-separated piece is "Family GI", else []. A group's name closing a
    list of such people ("Davies C, Skinner SR, HPV.edu Study Group."), where NLM lists a collective author after the
    people and Europe PMC's AUTHOR_STRING writes it with the same comma, is that group, one author after them, where it
    is no person so written ("Okafor AC, Patel UK" are two people)."""
    pieces = [piece.strip() for piece in value.split(",")]
    if len(pieces) == 1 and body_name(value):
        return []  # "Age UK", "Save the Children UK": a body's name alone, kept whole (a list of names is people's)
    names = _people_written_so(pieces)
    if not names and len(pieces) > 1 and body_name(pieces[-1]) and (people := _people_written_so(pieces[:-1])):
        return [*people, pieces[-1].rstrip(". ")]
    return names


def _people_written_so(pieces: list[str]) -> list[str]:
    """Each piece a person's "Family GI" (`_vancouver_names`), else []."""
    names: list[str] = []
    for piece in pieces:
        if names and re.fullmatch(NAME_SUFFIX, piece):  # Scopus' "Williams J.W., Jr."
            names[-1] += f", {piece}"
            continue
        suffix = re.search(rf"\s({NAME_SUFFIX})$", piece)  # NLM's "Williams JW Jr"
        match = _VANCOUVER.fullmatch(piece[: suffix.start()] if suffix and "I" not in suffix.group(1) else piece)
        if match is None or len(match.group(1).split()) > 4:
            return []
        kept = f", {suffix.group(1)}" if suffix and "I" not in suffix.group(1) else ""
        names.append(format_name(match.group(1), _dotted(match.group(2))) + kept)
    return names


def _dotted(initials: str) -> str:
    return " ".join(f"{letter}." for letter in re.findall(INITIAL, initials))


def _doi(tags: _Tags) -> str | None:
    """DO first; then a DOI that is the whole of an M3 or N1 line, or a DOI in a link."""
    doi = tags.pick(("DO",), written_doi) or tags.pick(("M3", "L3"), _whole_doi)  # EBSCO writes a bare DOI in L3
    if doi:
        return doi
    for line in tags.lines(("UR", "L2", "L3"), mark=False):
        doi = doi_in_url(line)
        if doi:
            return doi
    for line in tags.lines(("N1",), mark=False):
        doi = _whole_doi(line)
        if doi:
            return doi
    return None


def _whole_doi(value: str) -> str | None:
    value = value.strip()
    return written_doi(value) if _DOI_ONLY.match(value) else None


def _pmid(tags: _Tags) -> str | None:
    """A PMID only where the record says it came from PubMed/MEDLINE: accession numbers of
    other databases (ProQuest, Embase, PsycINFO) are digits too."""
    database = " ".join(tags.lines(("DB", "DP"), mark=False)).lower()
    if any(name in database for name in ("nlm", "pubmed", "medline")):
        pmid = tags.pick(("AN",), normalise_pmid, mark=False) or tags.pick(("C5",), normalise_pmid)  # Embase's MEDLINE records
        if pmid:
            return pmid
    for line in tags.lines(("UR", "L2", "LK", "L3"), mark=False):
        found = _PUBMED_URL.search(line)
        if found:
            return found.group(1)
        if _OVID_MEDLINE_DB.search(line):
            found = _OVID_ACCESSION.search(line)
            if found:
                return found.group(1)
    for name, tag in _PMID_TAG_OF_DATABASE.items():
        if name in database:
            pmid = tags.pick((tag,), normalise_pmid)
            if pmid:
                return pmid
    return labelled_pmid(*tags.lines(_NOTE_TAGS, mark=False))  # labelled "PMID: …", so whichever note holds it


def _pages(tags: _Tags, kind: str) -> tuple[str, str]:
    """Pages and a whole work's number of pages. SP and EP; an article number (C7) where a journal has no pages, as the
    CSV readers take "Art. No.". A thesis's or book's SP alone is its number of pages (the RIS spec; ProQuest's
    "245"), never pages."""
    start = tags.pick(("SP",)) or ""
    end = tags.pick(("EP",)) or ""
    if start.lower() == "no" or "specified" in end.lower():
        return "", ""
    if kind in ("thesis", "book") and not end and (count := page_count(start)):
        return "", count
    if start and end and "-" not in start:
        return normalise_pages(f"{start}-{end}"), ""
    if not (start or end):
        return tags.pick(("C7",), _article_number) or "", ""
    return normalise_pages(start or end), ""


def _article_number(value: str) -> str:
    """C7's article number; a trial registry's id there ("NCT00812345", as the Cochrane Library writes a registry
    record's) is the record's registration, not pages."""
    value = clean_text(value)
    return value if _ARTICLE_NUMBER.fullmatch(value) and not REGISTRY_ID.fullmatch(value) else ""


def _not_url(value: str) -> str:
    value = clean_text(value)
    return "" if value.lower().startswith(("http://", "https://", "www.")) else value


def _date(value: str) -> str | None:
    """Zotero's access date `2020/05/01/`; a bare `2020//` is not an access date."""
    parts = [part for part in clean_text(value).split("/") if part]
    return "-".join(parts) if len(parts) == 3 else None


def compact_extra(value: str) -> str:
    """Cap a kept field: Scopus and PsycINFO put whole reference lists in N1/M1."""
    return value if len(value) <= EXTRA_LIMIT else value[: EXTRA_LIMIT - 1] + "…"


LINES = parallel.LineFormat(re.compile(r"\n(?=TY  -)"), _split_records, _built, year_tags=("PY", "Y1", "DA"))
read, read_parts = LINES.read, LINES.read_parts
