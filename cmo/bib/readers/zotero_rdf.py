"""Zotero RDF: what Zotero writes with Export… > "Zotero RDF" (its first export format), and what it reads back.

The format: an `<rdf:RDF>` root whose children are the library's items, each an element (`bib:Article`, `bib:Report`,
`bib:Book`, `rdf:Description`…) holding `z:itemType` (journalArticle, report, book, bookSection, thesis, webpage…),
`dc:title`, `bib:authors` as an `rdf:Seq` of `foaf:Person` (`foaf:surname`, `foaf:givenName`) or of one `foaf:name`
for a body, `dc:date`, `dcterms:abstract`, `bib:pages`, `dc:publisher` (a `foaf:Organization`'s `foaf:name`), the web
address in `dc:identifier/dcterms:URI/rdf:value`, Extra in `dc:description`; a journal article holds its journal in
`dcterms:isPartOf/bib:Journal` (`dc:title`, `prism:volume`, `prism:number`), where Zotero also writes its DOI as the
text "DOI 10.…" of a `dc:identifier`. Attachments (`z:Attachment`), notes (`bib:Memo`) and collections
(`z:Collection`) are no works and are passed over. Each item is read as the CSL JSON record Zotero's own "CSL JSON"
export writes for it (`csl._to_record`), so a library exported both ways reads the same and each work becomes one source.

The file is untrusted: one that declares a DTD or entities is refused before it is parsed (Zotero writes none), so
nothing can expand or fetch an outside file; one that is not well-formed XML is refused whole with its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree import ElementTree
from xml.parsers import expat

from cmo.bib.readers import Problem, ReadResult
from cmo.bib.readers.csl import _to_record
from cmo.errors import BadInput
from cmo.normalise import clean_text

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_Z = "http://www.zotero.org/namespaces/export#"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_BIB = "http://purl.org/net/biblio#"
_FOAF = "http://xmlns.com/foaf/0.1/"
_PRISM = "http://prismstandard.org/namespaces/1.2/basic/"

ROOT = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?<rdf:RDF\b[^>]*xmlns:z=\"http://www\.zotero\.org/namespaces/export#\"")
"""How a Zotero RDF export opens: the XML declaration, then the `rdf:RDF` root declaring Zotero's own namespace."""

_CSL_TYPES = {
    "journalArticle": "article-journal",
    "magazineArticle": "article-magazine",
    "newspaperArticle": "article-newspaper",
    "book": "book",
    "bookSection": "chapter",
    "report": "report",
    "thesis": "thesis",
    "webpage": "webpage",
    "blogPost": "post-weblog",
    "conferencePaper": "paper-conference",
    "document": "document",
    "presentation": "speech",
    "preprint": "article",
    "manuscript": "manuscript",
    "dataset": "dataset",
}
"""Zotero's item types as its CSL JSON export names them."""
_NO_WORK = frozenset({"attachment", "note", "annotation"})
_DOI = re.compile(r"^\s*DOI:?\s+(\S+)", re.I)


def read(text: str, file: str) -> ReadResult:
    text = text.lstrip("\ufeff")
    if re.search(r"<!(?:DOCTYPE|ENTITY)\b", text[:100_000]):
        raise BadInput(f"{file}: an RDF file that declares a DTD or entities, which Zotero never writes; nothing was ingested.")
    lines = _item_lines(text, file)
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        raise BadInput(f"{file} line {error.position[0]}: not well-formed XML ({error}); nothing was ingested.") from None
    result = ReadResult()
    number = 0
    for element, line in zip(root, lines, strict=False):
        kind = _text(element.find(f"{{{_Z}}}itemType"))
        if not kind or kind in _NO_WORK:
            continue
        number += 1
        item = _as_csl(element, kind)
        if not any(item.get(name) for name in ("title", "author", "DOI", "URL")):
            result.problems.append(Problem(file, line, "Zotero item has no title, author, DOI or address; it was skipped."))
            continue
        record = _to_record(item, number, line, file)
        result.records.append(
            record.model_copy(update={"provenance": record.provenance.model_copy(update={"format": "zotero_rdf"})})
        )
    return result


def read_parts(text: str, file: str, prepare=None, abbreviations=None) -> Iterator[ReadResult]:
    """Read in one part: the library is one XML tree."""
    yield read(text, file)


def _item_lines(text: str, file: str) -> list[int]:
    """The line each child of the root starts on, in order (ElementTree keeps no lines)."""
    lines: list[int] = []
    depth = 0
    parser = expat.ParserCreate()

    def start(name, attributes):
        nonlocal depth
        depth += 1
        if depth == 2:
            lines.append(parser.CurrentLineNumber)

    def end(name):
        nonlocal depth
        depth -= 1

    parser.StartElementHandler, parser.EndElementHandler = start, end
    try:
        parser.Parse(text, True)
    except expat.ExpatError as error:
        raise BadInput(
            f"{file} line {error.lineno}: not well-formed XML ({expat.errors.messages[error.code]}); nothing was ingested."
        ) from None
    return lines


def _text(element) -> str:
    return clean_text("".join(element.itertext())) if element is not None else ""


def _as_csl(element, kind: str) -> dict:
    """An item as the CSL JSON record Zotero exports for it."""
    item: dict = {"id": element.get(f"{{{_RDF}}}about", ""), "type": _CSL_TYPES.get(kind, kind)}
    item["title"] = _text(element.find(f"{{{_DC}}}title"))
    authors = []
    for person in element.iterfind(f"{{{_BIB}}}authors/{{{_RDF}}}Seq/{{{_RDF}}}li/*"):
        family, given = _text(person.find(f"{{{_FOAF}}}surname")), _text(person.find(f"{{{_FOAF}}}givenName"))
        if family:
            authors.append({"family": family, "given": given})
        elif name := _text(person.find(f"{{{_FOAF}}}name")) or family:
            authors.append({"literal": name})
    item["author"] = authors
    date = _text(element.find(f"{{{_DC}}}date"))
    item["issued"] = {"raw": date} if date else None
    item["abstract"] = _text(element.find(f"{{{_DCTERMS}}}abstract"))
    item["page"] = _text(element.find(f"{{{_BIB}}}pages"))
    item["publisher"] = _text(element.find(f"{{{_DC}}}publisher/{{{_FOAF}}}Organization/{{{_FOAF}}}name"))
    item["URL"] = _text(element.find(f"{{{_DC}}}identifier/{{{_DCTERMS}}}URI/{{{_RDF}}}value"))
    container = element.find(f"{{{_DCTERMS}}}isPartOf/*")
    identifiers = list(element.iterfind(f"{{{_DC}}}identifier"))
    if container is not None:
        item["container-title"] = _text(container.find(f"{{{_DC}}}title"))
        item["volume"] = _text(container.find(f"{{{_PRISM}}}volume"))
        item["issue"] = _text(container.find(f"{{{_PRISM}}}number"))
        identifiers += container.iterfind(f"{{{_DC}}}identifier")
    else:
        item["issue"] = _text(element.find(f"{{{_PRISM}}}number"))  # a report's number
    for identifier in identifiers:
        if doi := _DOI.match(_text(identifier)):
            item["DOI"] = doi.group(1)
            break
    if extra := _text(element.find(f"{{{_DC}}}description")):
        item["note"] = extra  # Zotero's Extra, as its CSL export gives it: a PMID written there is read
    return {name: value for name, value in item.items() if value}
