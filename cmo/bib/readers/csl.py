"""CSL JSON: what Zotero ("CSL JSON"), Better BibTeX, Mendeley, citation.js and pandoc exchange.

The format: a JSON array of items, each with a `type` ("article-journal", "chapter"...), `title`,
`author` as `{family, given}` or `{literal}`, `issued` as `{"date-parts": [[2017, 1, 18]]}`,
`container-title`, `DOI`, `PMID`... (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
Read with the standard library's JSON decoder one item at a time, so each record keeps the line
it starts on; a file that is not valid JSON is refused whole with the line where it breaks, for
nothing after a JSON error can be trusted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from cmo.bib.readers import Problem, ReadResult, named_authors, without_copyright
from cmo.bib.readers.ris import compact_extra
from cmo.errors import BadInput
from cmo.models import Provenance, Record
from cmo.normalise import (
    clean_text,
    format_name,
    is_citation_key,
    is_grey,
    labelled_pmid,
    labelled_type,
    normalise_pages,
    normalise_pmid,
    parse_year,
    pubmed_url,
    split_plain_name,
    written_doi,
)
from cmo.textio import json_nested_too_deeply

_USED = {"id", "citation-key", "type", "title", "author", "issued", "container-title", "volume", "issue", "page"}
_USED |= {"DOI", "PMID", "URL", "abstract", "publisher", "accessed"}
_CITATION_KEY = re.compile(r"^[\w:.+-]{1,100}$")
"""The shape of a key cmo can store and cite."""
_SPACE = re.compile(r"\s*")


def read(text: str, file: str) -> ReadResult:
    result = ReadResult()
    for number, (line, item) in enumerate(_items(text.lstrip("\ufeff"), file), start=1):
        if not isinstance(item, dict):
            result.problems.append(Problem(file, line, f"item {number} is not a CSL record (an object); skipped."))
        elif not any(item.get(name) for name in ("title", "author", "DOI", "URL")):
            result.problems.append(Problem(file, line, "CSL record has no title, author, DOI or URL; it was skipped."))
        else:
            result.records.append(_to_record(item, number, line, file))
    return result


def read_parts(text: str, file: str, prepare=None, abbreviations=None) -> Iterator[ReadResult]:
    """Read in one part: the JSON decoder is C, and items cannot be cut apart safely before it has read them."""
    yield read(text, file)


_NOTHING = "; nothing was ingested"


def _items(text: str, file: str) -> Iterator[tuple[int, object]]:
    """(line, item) for each item of the top-level array (or the one top-level object)."""
    decoder = json.JSONDecoder()
    position, line = _SPACE.match(text, 0).end(), 1
    line += text.count("\n", 0, position)
    try:
        if text[position : position + 1] != "[":
            with json_nested_too_deeply(file, "CSL JSON records", line, _NOTHING):
                item = decoder.raw_decode(text, position)[0]
            yield line, item
            return
        position += 1
        while True:
            start = _SPACE.match(text, position).end()
            line += text.count("\n", position, start)
            if text[start : start + 1] == "]":
                return
            with json_nested_too_deeply(file, "CSL JSON records", line, _NOTHING):
                item, end = decoder.raw_decode(text, start)
            yield line, item
            line += text.count("\n", start, end)
            position = _SPACE.match(text, end).end()
            line += text.count("\n", end, position)
            if text[position : position + 1] == ",":
                position += 1
            elif text[position : position + 1] != "]":
                raise json.JSONDecodeError("Expecting ',' or ']' between records", text, position)
    except json.JSONDecodeError as error:
        raise BadInput(f"{file} line {error.lineno}: not valid JSON ({error.msg}); nothing was ingested.") from None


def _text(value) -> str:
    """A CSL value as text: numbers (`"volume": 17`) and lists (`"container-title": ["A"]`) too."""
    if isinstance(value, list):
        value = value[0] if value else ""
    return clean_text(str(value)) if isinstance(value, (str, int, float)) else ""


def _citation_key(item: dict) -> str:
    """Better BibTeX and Zotero 7 write the key in `citation-key`. An `id` may be one too (Better BibTeX), or a
    Zotero item address or another tool's item number, which are not keys (`is_citation_key`)."""
    given = _text(item.get("citation-key"))
    if _CITATION_KEY.match(given):
        return given
    ident = _text(item.get("id"))
    return ident if is_citation_key(ident) else ""


def _to_record(item: dict, number: int, line: int, file: str) -> Record:
    label = _text(item.get("type"))
    container, volume, pages = _text(item.get("container-title")), _text(item.get("volume")), _text(item.get("page"))
    kind = labelled_type(label, container, volume, pages)
    pmid = normalise_pmid(_text(item.get("PMID"))) or labelled_pmid(_text(item.get("note")))
    return Record(
        key=_citation_key(item),
        type=kind,
        original_type=label,
        title=_text(item.get("title")),
        authors=_names(item.get("author")),
        year=_year(item.get("issued")),
        doi=written_doi(_text(item.get("DOI"))),
        pmid=pmid,
        container=container,
        volume=volume,
        issue=_text(item.get("issue")),
        pages=normalise_pages(pages),
        publisher=_text(item.get("publisher")),
        url=_text(item.get("URL")) or pubmed_url(pmid),
        abstract=without_copyright(_text(item.get("abstract"))),
        grey=is_grey(kind, pages=normalise_pages(pages)),
        extra={name: compact_extra(text) for name, value in item.items() if name not in _USED and (text := _extra_text(value))},
        provenance=Provenance(file=file, line=line, key=_text(item.get("id")) or f"csl{number}", format="csl"),
    )


def _names(value) -> list[str]:
    """'Family, Given' for each `{family, given}`; a `{literal}` name (an organisation) kept whole."""
    names = []
    for person in value if isinstance(value, list) else []:
        if not isinstance(person, dict):
            continue
        family = " ".join(_text(person.get(part)) for part in ("non-dropping-particle", "family") if _text(person.get(part)))
        if family:
            names.append(format_name(family, _text(person.get("given"))))
        elif literal := _text(person.get("literal")):
            names.append(split_plain_name(literal) if "," in literal else literal)  # no comma: an organisation
    return named_authors(names)


def _year(issued) -> int | None:
    if not isinstance(issued, dict):
        return parse_year(_text(issued))
    parts = issued.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        return parse_year(str(parts[0][0]))
    return parse_year(_text(issued.get("raw")) or _text(issued.get("literal")))


def _extra_text(value) -> str:
    if isinstance(value, (str, int, float)):
        return clean_text(str(value))
    return clean_text(json.dumps(value, ensure_ascii=False)) if value else ""
