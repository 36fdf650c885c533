"""EndNote XML: what EndNote writes with File > Export > XML, and what Covidence, Rayyan and EPPI-Reviewer import;
Zotero, Mendeley and Bookends write it too.

The format: `<xml><records><record>`, one element per field (`<titles><title>`, `<contributors><authors><author>`,
`<dates><year>`, `<electronic-resource-num>` for the DOI...), each text in one or more `<style face="normal"
font="default" size="100%">` runs of rich text, and EndNote writes the whole file on one line. A record is read as the
RIS record EndNote's own RIS export writes for it (the same fields under their RIS tags, through the RIS reader), so a
library exported both ways reads the same and each paper becomes one source.

The file is untrusted. Expat reads it (the standard library's parser, in C) with no DTD of the file's own allowed, so
nothing can be declared that expands (a "billion laughs" file) or fetches an outside file; it is fed in slices and its
records are handed on in parts, so a 100 MB export streams. A file that is not well-formed XML is refused whole with
the line where it breaks, for nothing after the break can be trusted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.parsers import expat

from cmo.bib.readers import Problem, ReadResult, within_limits
from cmo.bib.readers.ris import RawRecord, record_from_tags
from cmo.errors import BadInput
from cmo.models import Provenance, Record
from cmo.normalise import clean_text, is_grey, labelled_type

PROVENANCE_FORMAT = "endnote_xml"
"""How a record names the export it came from."""

_TYPES = (
    (17, "Journal Article", "JOUR"),
    (6, "Book", "BOOK"),
    (5, "Book Section", "CHAP"),
    (10, "Conference Proceedings", "CONF"),
    (47, "Conference Paper", "CPAPER"),
    (32, "Thesis", "THES"),
    (27, "Report", "RPRT"),
    (46, "Government Document", "GOVDOC"),
    (12, "Web Page", "ELEC"),
    (43, "Electronic Article", "EJOUR"),
    (13, "Generic", "GEN"),
    (28, "Edited Book", "EDBOOK"),
    (44, "Electronic Book", "EBOOK"),
    (60, "Electronic Book Section", "ECHAP"),
    (19, "Magazine Article", "MGZN"),
    (23, "Newspaper Article", "NEWS"),
    (59, "Dataset", "DATA"),
    (25, "Patent", "PAT"),
    (36, "Manuscript", "MANSCPT"),
    (34, "Unpublished Work", "UNPB"),
    (26, "Personal Communication", "PCOMM"),
    (7, "Case", "CASE"),
    (31, "Statute", "STAT"),
    (4, "Bill", "BILL"),
    (14, "Hearing", "HEAR"),
    (50, "Legal Rule or Regulation", "LEGAL"),
    (58, "Standard", "STAND"),
    (9, "Computer Program", "COMP"),
    (3, "Audiovisual Material", "ADVS"),
    (21, "Film or Broadcast", "MPCT"),
    (48, "Online Multimedia", "MULTI"),
    (2, "Artwork", "ART"),
    (8, "Catalog", "CTLG"),
    (52, "Dictionary", "DICT"),
    (53, "Encyclopedia", "ENCYC"),
    (54, "Grant", "GRANT"),
    (24, "Pamphlet", "PAMP"),
    (57, "Serial", "SER"),
    (55, "Aggregated Database", "AGGR"),
    (45, "Online Database", "DBASE"),
    (56, "Blog", "BLOG"),
    (61, "Music", "MUSIC"),
    (20, "Map", "MAP"),
    (38, "Chart or Table", "CHART"),
    (37, "Figure", "FIGURE"),
    (39, "Equation", "EQUA"),
    (51, "Ancient Text", "ANCIENT"),
    (49, "Classical Work", "CLSWK"),
)
"""EndNote's reference types: the number in `<ref-type>`, its English name, and the `TY` code EndNote's RIS export
writes for it, which `ris.RIS_TYPES` turns into cmo's type. The name is read first (Mendeley writes 0 for every
number), the number where the name is not EndNote's English one (a renamed or translated type)."""
_RIS_CODE_OF_NAME = {name.lower(): code for _, name, code in _TYPES}
_RIS_CODE_OF_NUMBER = {str(number): code for number, _, code in _TYPES}

_JOURNAL_NAMES = ("full-title", "abbr-1", "abbr-2", "abbr-3")
_RIS_TAG = {
    "contributors/authors/author": "AU",
    "contributors/secondary-authors/author": "A2",
    "contributors/tertiary-authors/author": "A3",
    "contributors/subsidiary-authors/author": "A4",
    "auth-address": "AD",
    "titles/title": "TI",
    "titles/secondary-title": "T2",
    "titles/tertiary-title": "T3",
    "titles/alt-title": "J2",
    "titles/short-title": "ST",
    "titles/translated-title": "TT",
    "periodical/full-title": "JF",
    "periodical/abbr-1": "JA",
    "pages": "SP",
    "volume": "VL",
    "number": "IS",
    "issue": "CP",
    "edition": "ET",
    "section": "SE",
    "num-vols": "NV",
    "keywords/keyword": "KW",
    "dates/year": "PY",
    "dates/pub-dates/date": "DA",
    "pub-location": "CY",
    "publisher": "PB",
    "orig-pub": "OP",
    "isbn": "SN",
    "accession-num": "AN",
    "call-num": "CN",
    "electronic-resource-num": "DO",
    "abstract": "AB",
    "label": "LB",
    "notes": "N1",
    "work-type": "M3",
    "reviewed-item": "RI",
    "caption": "CA",
    "urls/related-urls/url": "UR",
    "urls/web-urls/url": "UR",
    "urls/pdf-urls/url": "L1",
    **{f"custom{n}": f"C{n}" for n in range(1, 8)},
    "remote-database-name": "DB",
    "remote-database-provider": "DP",
    "language": "LA",
    "access-date": "Y2",
    "rec-number": "ID",
}
"""Where EndNote's RIS export writes each field (a path below `<record>`): the RIS reader then reads it as it reads
that export, the DOI, PubMed id, pages and container by the same rules. A field not listed is kept under its name."""
_FURNITURE = {"database", "source-app", "foreign-keys/key", "ref-type", *(f"alt-periodical/{name}" for name in _JOURNAL_NAMES)}
"""The library's name and path, EndNote's version and internal ids, and the copy of the journal's names from EndNote's
term list: about the export, not the work."""
_RICH_TEXT = "style"
_ITEMS = {"author", "keyword", "url", "date"}
"""Elements holding one item of a list: one line each, however a pretty-printer wrapped them."""
_GROUPS = re.compile(r"^(?:titles|contributors|urls|dates)/|/(?:author|keyword|url|date)$")


def _field_name(path: str) -> str:
    """The name a kept field goes by in `extra`: `contributors/secondary-authors/author` is "secondary-authors"."""
    return _GROUPS.sub("", path)


_NAME_OF_TAG = {tag: _field_name(path) for path, tag in reversed(_RIS_TAG.items())}

FEED_CHARACTERS = 1 << 20
PART_RECORDS = 2_000
"""Records handed on at a time: linking and writing a part overlaps with parsing the next."""
_DECLARATION = re.compile(r"\s+(<\?xml[^>]*\?>)")
_NOT_NEWLINE = re.compile(r"[^\n]")


@dataclass
class _XmlRecord:
    line: int
    number: int
    type_name: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)
    """(path below `<record>`, text), in file order."""


class _Records:
    """Collects each `<record>`'s fields as the parser reaches them, with the line its start tag is on."""

    def __init__(self, file: str, parser):
        self.file, self.parser = file, parser
        self.result = ReadResult()
        self.count = 0
        self.record: _XmlRecord | None = None
        self.open: list[tuple[str, list[str]]] = []
        """The elements open inside the record: each one's path and the text read so far (its rich-text runs joined)."""

    def start(self, name: str, attributes: dict) -> None:
        if self.record is None:
            if name == "record":
                self.count += 1
                self.record = _XmlRecord(self.parser.CurrentLineNumber, self.count)
        elif name != _RICH_TEXT:
            self.open.append((f"{self.open[-1][0]}/{name}" if self.open else name, []))
            if name == "ref-type" and len(self.open) == 1:
                self.record.type_name = attributes.get("name", "")

    def text(self, content: str) -> None:
        if self.open:
            self.open[-1][1].append(content)

    def end(self, name: str) -> None:
        if self.record is None or name == _RICH_TEXT:
            return
        if not self.open:
            self._finish(self.record)
            self.record = None
            return
        path, texts = self.open.pop()
        text = "".join(texts)
        if text and not text.isspace():
            self.record.fields.append((path, clean_text(text) if name in _ITEMS else _lines(text)))

    def _finish(self, raw: _XmlRecord) -> None:
        built = _to_endnote_record(raw, self.file)
        if built is None:
            message = f"EndNote XML record {raw.number} has no title, author, year or identifier; it was skipped."
            self.result.problems.append(Problem(self.file, raw.line, message))
        else:
            self.result.records.append(built)

    def taken(self) -> ReadResult:
        part, self.result = self.result, ReadResult()
        return part


def _lines(text: str) -> str:
    """A field's text as RIS lines: EndNote's line breaks (`&#xD;`) and a pretty-printer's wrapped, indented lines
    become one trimmed line each."""
    return "\n".join(line.strip() for line in text.splitlines() if line and not line.isspace())


def _to_endnote_record(raw: _XmlRecord, file: str) -> Record | None:
    fields = dict(raw.fields)
    code = _RIS_CODE_OF_NAME.get(raw.type_name.strip().lower()) or _RIS_CODE_OF_NUMBER.get(fields.get("ref-type", ""))
    tags = [(_RIS_TAG.get(path) or _field_name(path), text) for path, text in raw.fields if path not in _FURNITURE]
    record = record_from_tags(RawRecord(raw.line, code or "", tags), raw.number, file)
    if record is None:
        return None
    changes = {
        "original_type": raw.type_name or fields.get("ref-type", ""),
        "extra": {_NAME_OF_TAG.get(name, name): value for name, value in record.extra.items()},
        "provenance": Provenance(file=file, line=raw.line, key=_record_number(fields, raw.number), format=PROVENANCE_FORMAT),
    }
    if code is None:  # another tool's name for a type: read as the words say, as EndNote's tagged text is
        kind = labelled_type(raw.type_name, record.container, record.volume, record.pages)
        changes.update(type=kind, grey=is_grey(kind, record.url, record.container, record.pages))
    return record.model_copy(update=changes)


def _record_number(fields: dict[str, str], number: int) -> str:
    """The record's own number, as RIS gives it in `ID` (EndNote's record number) or `AN` (a database's)."""
    return clean_text(fields.get("rec-number")) or clean_text(fields.get("accession-num")) or f"endnote_xml{number}"


def read(text: str, file: str) -> ReadResult:
    """The file whole, as an ingest reads it (`within_limits`)."""
    return ReadResult.joined(within_limits(part, file) for part in read_parts(text, file))


def read_parts(text: str, file: str, prepare=None, abbreviations=None) -> Iterator[ReadResult]:
    """The records in parts as the parser reaches them (`parts_read`)."""
    return parts_read(text, file, _Records)


def parts_read(text: str, file: str, collector) -> Iterator[ReadResult]:
    """The records `collector(file, parser)` builds from a `safe_parser`'s elements (its `start`, `end` and `text`
    handlers, its `result` so far, `taken()` handing it on), in parts as the parser reaches them; nothing is handed on
    from a file that breaks later, since ingest writes nothing until every part is read. The one way cmo reads an XML
    export's records (EndNote's, PubMed's)."""
    parser = safe_parser()
    records = collector(file, parser)
    parser.StartElementHandler, parser.EndElementHandler = _within_depth(records.start, records.end)
    parser.CharacterDataHandler = records.text
    for _ in fed(parser, text, file):
        if len(records.result.records) >= PART_RECORDS:
            yield records.taken()
    yield records.taken()


def fed(parser, text: str, file: str) -> Iterator[None]:
    """The file fed to a `safe_parser` in slices (so a 100 MB export streams), pausing after each for the caller to
    hand on the records read so far; the end of the file is fed last. What stops the parser is one sentence naming the
    line (`_parse`). The one way cmo reads an XML export (EndNote's, PubMed's)."""
    text = _declaration_first(text)
    for start in range(0, len(text), FEED_CHARACTERS):
        _parse(parser, file, text[start : start + FEED_CHARACTERS])
        yield
    _parse(parser, file, "", final=True)
    yield


MAX_DEPTH = 256
"""Elements open at once: an export's records nest a dozen deep (PubMed's MathML a few dozen more); a file nested far
deeper is no export, and reading it would cost memory or recursion beyond any record's (probe 44 BQ: 200,000 nested
elements, a 1.4 MB file, took over 10 GB)."""


def _within_depth(start, end):
    """A collector's start and end handlers, refusing an element opened `MAX_DEPTH` deep, before the collector sees it."""
    depth = 0

    def opened(name: str, attributes: dict) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _Refused(f"its elements nest more than {MAX_DEPTH} deep, which no export of records does")
        start(name, attributes)

    def closed(name: str) -> None:
        nonlocal depth
        depth -= 1
        end(name)

    return opened, closed


class _Refused(Exception):
    """What stops the parser at a declaration no export of records has; its message ends a sentence naming the line."""


def safe_parser():
    """An expat parser that nothing in the file can make expand or fetch anything: a DTD of the file's own (`<!DOCTYPE
    x [...]>`, the only place entities can be declared, as a "billion laughs" file does) is refused where it opens,
    and an external DTD is never read. So only XML's five entities and character references are ever expanded."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_own_dtd
    parser.EntityDeclHandler = _refuse_entity
    parser.buffer_text, parser.buffer_size = True, 1 << 16
    return parser


def _refuse_own_dtd(name: str, system_id, public_id, has_internal_subset: bool) -> None:
    if has_internal_subset:
        raise _Refused(
            f"the XML declares a document type of its own (<!DOCTYPE {name} [...]>), which no export of records has "
            "and whose entities could expand beyond any memory"
        )


def _refuse_entity(name: str, *_) -> None:
    raise _Refused(f"the XML declares an entity ('{name}'), which no export of records does")


def _declaration_first(text: str) -> str:
    """XML allows nothing before its `<?xml ...?>` declaration; a blank line there (files joined, an editor) is
    harmless, so the declaration, which says nothing the decoded text needs, becomes blanks of its length."""
    found = _DECLARATION.match(text)
    if found is None:
        return text
    return text[: found.start(1)] + _NOT_NEWLINE.sub(" ", found.group(1)) + text[found.end(1) :]


def _parse(parser, file: str, text: str, *, final: bool = False) -> None:
    """Feed the parser a slice (or end the file), turning what stops it into one sentence naming the line."""
    try:
        parser.Parse(text, final)
    except expat.ExpatError as error:
        said = expat.ErrorString(error.code)
        raise BadInput(f"{file} line {error.lineno}: not well-formed XML ({said}); nothing was ingested.") from None
    except _Refused as refused:
        raise BadInput(f"{file} line {parser.CurrentLineNumber}: {refused}; nothing was ingested.") from None
