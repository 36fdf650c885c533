"""BibTeX and BibLaTeX, as Zotero, JabRef, Mendeley, EndNote, Scopus and Web of Science write them.

bibtexparser 2 splits the file into blocks and tolerates broken ones; everything it leaves
undone is done here: `#` concatenation, month and `@string` macros, crossref inheritance,
LaTeX to Unicode, names. LaTeX is decoded with a fast table first and pylatexenc only for
what the table leaves, because decoding every field with pylatexenc costs ~50x the parse.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import bibtexparser
from bibtexparser.middlewares.names import parse_single_name_into_parts
from bibtexparser.model import (
    DuplicateBlockKeyBlock,
    DuplicateFieldKeyBlock,
    Entry,
    MiddlewareErrorBlock,
    ParsingFailedBlock,
)

from cmo.bib.readers import Problem, ReadResult, named_authors, parallel, within_limits, without_copyright
from cmo.models import Bibliographic, Provenance, Record
from cmo.normalise import (
    CONTAINER_FIELDS,
    PREPRINT_SERVERS,
    PUBLISHER_FIELDS,
    bibtex_type,
    clean_text,
    content_type,
    doi_in_url,
    fold,
    format_name,
    given_first_name,
    is_accession_number,
    is_grey,
    labelled_pmid,
    more_addresses,
    normalise_pages,
    normalise_pmid,
    parse_year,
    type_from_label,
    unique_key,
    web_addresses,
    written_doi,
)

_ISSUE_AND_MONTH = re.compile(r"(?P<issue>\d+(?:[-/]\d+)?)\s+(?P<month>[A-Za-z]{3,9}\.?)")
"""An issue followed by the month it came out in, as Scopus writes some journals' issues ("10 October", "3 Mar")."""
MONTHS = {
    name: str(number)
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "september", "sept"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

_ACCENTS = {
    '"': "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
}
_SYMBOLS = {
    "ss": "ß",
    "o": "ø",
    "O": "Ø",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "aa": "å",
    "AA": "Å",
    "l": "ł",
    "L": "Ł",
    "i": "ı",
    "j": "ȷ",
    "textless": "<",
    "textgreater": ">",
    "textendash": "–",
    "textemdash": "—",
    "textquoteright": "’",
    "textquoteleft": "‘",
    "textasciitilde": "~",
    "textbackslash": "\\",
    "textunderscore": "_",
    "dots": "…",
    "ldots": "…",
    "textregistered": "®",
    "texttrademark": "™",
    "copyright": "©",
    "S": "§",
    "pounds": "£",
    "euro": "€",
    "textdegree": "°",
    "textpm": "±",
    "pm": "±",
    "times": "×",
    "le": "≤",
    "leq": "≤",
    "ge": "≥",
    "geq": "≥",
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "mu": "μ",
    "kappa": "κ",
    "chi": "χ",
}
_ACCENT_MACRO = re.compile(
    r"""\\(?:(["'`^~=.])\s*(\{)?\s*|([uvHckrdb])(?:\s+|(\{))\s*)(\\[ij]|[A-Za-z])(?(2)\s*\}?|(?(4)\s*\}?))"""
)
"""An accent on a letter, `\\"o`, `\\"{o}`, `\\c{c}`, `\\c c`: a closing brace is the accent's own only where it opened one, so
the group around `{\\"o}` (as BibTeX writes an accented letter in a name: `J{\\"o}rg Hoffmann`) keeps both its braces."""
_SYMBOL_MACRO = re.compile(r"\\([A-Za-z]+)(?:\{\}|\b\s?)")
_ESCAPED = re.compile(r"\\([%&$#_{}])")
_MATH = re.compile(r"(?<!\\)\$([^$]*)(?<!\\)\$")
_STYLE_MACRO = re.compile(
    r"\\(?:emph|textit|textbf|textsc|textsf|texttt|textrm|textup|textsl|textmd|textnormal|mathrm|mathit|mathbf|mathsf|"
    r"mathtt|mathnormal|mbox|hbox|text|em|it|bf|sc|url|href)\b\s*"
)
"""Macros that print their argument in a style or a box (`\\textup{max}`, `\\mbox{A}`): the argument is the text."""
_MATH_DELIMITED = re.compile(r"\\\((.*?)\\\)|\\\[(.*?)\\\]", re.S)
"""LaTeX's own delimiters of math in a line and displayed (`\\(h^{max}\\)`, `\\[x\\]`), read as `$…$` is: the math as text."""
_NAME_SPLIT = re.compile(r"\s+and\s+", re.I)


# The splitter also logs each aborted block; those become Problems with file and line instead.
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())
logging.getLogger("bibtexparser").propagate = False


def read(text: str, file: str) -> ReadResult:
    """The file whole, as an ingest reads it (`within_limits`, which the parts read in parallel have passed)."""
    return ReadResult.joined(within_limits(part, file) for part in read_parts(text, file))


def read_parts(text: str, file: str, prepare=None, abbreviations: dict[str, str] | None = None) -> Iterator[ReadResult]:
    """The file's records part by part, in file order, keys settled across parts.

    A large file is parsed by two processes while the caller works on the parts already read:
    parsing is most of the cost of an ingest. Crossref needs the whole file, so a file that
    uses it is read in one part. `abbreviations` are `@string`s defined in other files read
    with this one (a team's `abbrev.bib`); the file's own take precedence.
    """
    settler = _KeySettler(file)
    undefined: set[str] = set()
    keyless: list[int] = []
    if len(text) < parallel.PARALLEL_FROM or parallel.workers() < 2 or _uses_crossref(text):
        part = _read_part(text, file, 0, abbreviations)
        undefined |= part.undefined_abbreviations
        keyless += part.keyless
        yield settler.settle(part)
    else:
        macros = {**(abbreviations or {}), **string_definitions(text)}
        parts = parallel.split_at_records(text, _ENTRY_START, pieces=parallel.workers() * parallel.PIECES_PER_WORKER)
        for part in parallel.read_in_parts(text, file, parts, _read_part, [(macros,)] * len(parts), prepare):
            undefined |= part.undefined_abbreviations
            keyless += part.keyless
            yield settler.settle(part)
    warnings = [_undefined_warning(file, undefined)] if undefined else []
    if keyless:
        warnings.append(_keyless_warning(file, keyless))
    if warnings:
        yield ReadResult(warnings=warnings)


def _keyless_warning(file: str, lines: list[int]) -> str:
    """Entries written with no citation key (Mendeley's and EndNote's `@article{,`), said once for the file: each is
    keyed as cmo keys a record that has none (first author, year and a word of the title), never by a key made up of
    its line, and ingesting the file again finds each by its line, as before."""
    shown = ", ".join(map(str, lines[:6])) + (", …" if len(lines) > 6 else "")
    many = len(lines) > 1
    return (
        f"{file}: {len(lines)} entr{'ies have' if many else 'y has'} no citation key (line{'s' if many else ''} {shown}), "
        f"as Mendeley and EndNote write {'them' if many else 'it'}; {'each was' if many else 'it was'} keyed by first "
        "author, year and title, as a record with no key is ('cmo sources list' shows the keys)."
    )


def _undefined_warning(file: str, names: set[str]) -> str:
    shown = ", ".join(sorted(names)[:6]) + (", …" if len(names) > 6 else "")
    return (
        f"{file} uses {len(names)} @string abbreviation{'s' if len(names) > 1 else ''} that no file "
        f"defines ({shown}); those fields were kept as written. Ingest the file that defines them "
        f"in the same command (cmo ingest abbrev.bib {file})."
    )


_CROSSREF = re.compile(r"^\s*crossref\s*=", re.I | re.M)
_STRING_START = re.compile(r"@[sS][tT][rR][iI][nN][gG][ \t]*[{(]")
"""Letter classes, not re.I: a pattern starting with a literal `@` is found ~20x faster."""


def _uses_crossref(text: str) -> bool:
    """Whether any entry has a crossref field, in any capitalisation. Lower-casing the UTF-8
    bytes and one `in` takes ~0.3 s on 100 MB, where the case-blind regex takes ~0.7 s."""
    if b"crossref" not in text.encode("utf-8", "surrogatepass").lower():
        return False
    return _CROSSREF.search(text) is not None


_ENTRY_START = re.compile(r"\n(?=[ \t]*@)")


def string_definitions(text: str) -> dict[str, str]:
    """Every `@string` in the file (lower-cased name to value): each part of a large file, and
    each other file of the same ingest, resolves abbreviations defined here."""
    blocks = []
    for match in _STRING_START.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start : match.start()].strip(" \t"):
            continue  # "@string{" inside a field's text, not a definition
        end = _ENTRY_START.search(text, match.end())
        blocks.append(text[match.start() : end.start() if end else len(text)])
    library = bibtexparser.parse_string("\n".join(blocks), parse_stack=[])
    return {s.key.lower(): _strip_enclosing(s.value) for s in library.strings}


class _KeySettler:
    """A key used twice is read once if the content repeats, else renamed and reported.

    The record keeps its original key in its provenance, as the file has it.
    """

    def __init__(self, file: str):
        self.file = file
        self.seen: dict[str, Record] = {}

    def settle(self, part: ReadResult) -> ReadResult:
        kept, prepared = [], []
        for index, record in enumerate(part.records):
            given = record.key or record.provenance.key  # a database's number stays the record's, never renamed
            earlier = self.seen.get(given)
            if earlier is not None:
                if record.model_dump(exclude={"provenance"}) == earlier.model_dump(exclude={"provenance"}):
                    part.problems.append(
                        self._problem(record, f"entry '{record.key}' repeats an earlier entry word for word; it was read once.")
                    )
                    continue
                if not record.key:
                    kept.append(record)
                    if part.prepared is not None:
                        prepared.append(part.prepared[index])
                    continue
                new_key = unique_key(record.key, self.seen)
                part.problems.append(
                    self._problem(
                        record,
                        f"citation key '{record.key}' is used twice with different content; this entry was renamed '{new_key}'.",
                    )
                )
                record.key = given = new_key
            self.seen[given] = record
            kept.append(record)
            if part.prepared is not None:
                prepared.append(part.prepared[index])
        part.records = kept
        part.prepared = prepared if part.prepared is not None else None
        part.problems.sort(key=lambda problem: problem.line)
        return part

    def _problem(self, record: Record, message: str) -> Problem:
        return Problem(self.file, record.provenance.line, message)


def _read_part(text: str, file: str, offset: int, macros: dict[str, str] | None) -> ReadResult:
    """Read one file, or one part of it whose first line is line `offset + 1` of the file."""
    result = ReadResult()
    library = bibtexparser.parse_string(text, parse_stack=[])
    local = {s.key.lower(): _strip_enclosing(s.value) for s in library.strings}
    macros = _Abbreviations({**(macros or {}), **local})
    entries = [((entry.start_line or 0) + 1, entry) for entry in library.entries]
    seen_keys: dict[str, Entry] = {entry.key: entry for _, entry in entries}
    lines = text.split("\n") if library.failed_blocks else []
    recovered: set[str] = set()  # the made-up keys of entries read from a failed block with no key (`_entry_without_key`)
    for failed in library.failed_blocks:
        entry = _recover(failed, file, lines, seen_keys, result, offset, recovered)
        if entry is not None:
            entries.append(((failed.start_line or 0) + 1, entry))
    entries.sort(key=lambda pair: pair[0])
    crossref_parents = {entry.key.lower(): entry for _, entry in entries}
    for part_line, entry in entries:
        line = part_line + offset
        keyless = not entry.key.strip() or entry.key in recovered
        if not entry.key.strip():
            entry.key = unique_key(f"{entry.entry_type.lower()}-line{line}", seen_keys, first_plain=True)
            seen_keys[entry.key] = entry
        try:
            record = _record(entry, file, line, macros, crossref_parents)
            if keyless:  # the made-up key names the record by its line; the source is keyed as any keyless record is
                record = record.model_copy(update={"key": ""})
                result.keyless.append(line)
            result.records.append(record)
        except Exception as error:  # one bad entry must not lose the rest of the file
            result.problems.append(Problem(file, line, f"entry '{entry.key}' could not be read ({error})."))
    result.undefined_abbreviations = macros.undefined
    if orphans := _orphans(entries, crossref_parents):
        result.warnings.append(_orphans_warning(file, orphans))
    return result


def _orphans(entries: list[tuple[int, Entry]], parents: dict[str, Entry]) -> dict[str, int]:
    """The crossref parents the entries name that the file does not hold, each with how many entries name it."""
    named: dict[str, int] = {}
    for _, entry in entries:
        field = next((each for each in entry.fields if each.key.lower() == "crossref"), None)
        parent = _strip_enclosing(str(field.value)).strip().lower() if field is not None else ""
        if parent and parent not in parents:
            named[parent] = named.get(parent, 0) + 1
    return named


def _orphans_warning(file: str, orphans: dict[str, int]) -> str:
    """Entries whose crossref names an entry of another file (a group's `crossref.bib` of proceedings): BibTeX gives
    each child its parent's year, book title and publisher, which this file cannot give; said (the shared corpus's
    aibasel_literatur.bib: 1,243 works with no year, and no word said), and filled by `cmo ingest` from the file that
    holds the parents, ingested before or after (`crossref_filled`)."""
    children = sum(orphans.values())
    shown = ", ".join(sorted(orphans)[:4]) + (", …" if len(orphans) > 4 else "")
    return (
        f"{file}: {children} entr{'ies take' if children > 1 else 'y takes'} fields by crossref from {len(orphans)} "
        f"entr{'ies' if len(orphans) > 1 else 'y'} the file does not hold ({shown}): what they take (a paper's year, "
        "its proceedings' title and publisher) is filled from the file that holds them once it is ingested, before "
        "or after this one (cmo ingest crossref.bib), and never over a field an entry has."
    )


class _Abbreviations(dict):
    """`@string` name to value, noting the bare names used that nothing defines."""

    def __init__(self, *args):
        super().__init__(*args)
        self.undefined: set[str] = set()


def _recover(
    failed,
    file: str,
    lines: list[str],
    seen_keys: dict[str, Entry],
    result: ReadResult,
    offset: int = 0,
    recovered: set[str] | None = None,
) -> Entry | None:
    """Turn bibtexparser's failed blocks into problems, keeping every entry that can be kept; the key made up for an
    entry written with no key is added to `recovered`."""
    part_line = (failed.start_line or 0) + 1
    line = part_line + offset
    if isinstance(failed, DuplicateBlockKeyBlock):
        return failed.ignore_error_block  # its key is settled with all others in `_settle_keys`
    if isinstance(failed, DuplicateFieldKeyBlock):
        entry = failed.ignore_error_block
        fields = sorted(failed.duplicate_keys) if failed.duplicate_keys else []
        result.problems.append(
            Problem(file, line, f"entry '{entry.key}' has the field(s) {', '.join(fields)} more than once; the first was kept.")
        )
        _drop_repeated_fields(entry)
        seen_keys.setdefault(entry.key, entry)
        return entry
    if isinstance(failed, MiddlewareErrorBlock):
        result.problems.append(Problem(file, line, f"this block could not be read ({failed.error})."))
        return None
    if isinstance(failed, ParsingFailedBlock):
        keyless = _entry_without_key(lines, part_line, line)
        if keyless is not None:
            seen_keys[keyless.key] = keyless
            if recovered is not None:
                recovered.add(keyless.key)
            return keyless
        result.problems.append(Problem(file, line, _unread_entry(failed.error, failed.raw or "", line)))
        return None
    result.problems.append(Problem(file, line, "this block could not be read."))
    return None


_KEYLESS = re.compile(r"^\s*@(\w+)\s*([{(])\s*(?=\w[\w-]*\s*=)")


def _entry_without_key(lines: list[str], part_line: int, line: int) -> Entry | None:
    """EndNote and Mendeley write `@article{` with no key; read it under a generated key."""
    end = part_line
    while end < len(lines) and not lines[end].lstrip().startswith("@"):
        end += 1
    raw = "\n".join(lines[part_line - 1 : end])
    match = _KEYLESS.match(raw)
    if not match:
        return None
    key = f"{match.group(1).lower()}-line{line}"
    repaired = raw[: match.end()] + key + "," + raw[match.end() :]
    library = bibtexparser.parse_string(repaired, parse_stack=[])
    if len(library.entries) != 1:
        return None
    return library.entries[0]


_PLAIN_REASONS = (
    (
        re.compile(r"Unexpected block start: `@(\w+)`\. Was still looking for field-value closing (?:`,` or )?`([}\"])`"),
        "this entry could not be read, as its {what} do not close before the next entry starts: close its last field's "
        "value and ingest the file again.",
    ),
    (
        re.compile(r"Unexpectedly reached end of file"),
        "this entry could not be read, as it does not close before the file ends (a '}}' is missing): close it and "
        "ingest the file again.",
    ),
    (
        re.compile(r"Expected a `=` after entry key"),
        "this entry could not be read, as a field has no '=' between its name and its value: add it and ingest the file again.",
    ),
)
"""bibtexparser's reasons for a block it could not read, as one plain sentence each (trial P: its own words were shown)."""


def _unread_entry(error: object, raw: str = "", line: int = 0) -> str:
    """What to say of an entry bibtexparser gave up on: the fault in words where it is a known one, with the field whose
    value never closes and its line (`unclosed_field`: the entry's first line is where the reader looks, the field's
    where the fault is; trial AD); its own words otherwise."""
    reason = str(getattr(error, "abort_reason", "") or error or "").strip()
    unclosed = unclosed_field(raw)
    for pattern, sentence in _PLAIN_REASONS:
        if found := pattern.search(reason):
            said = sentence.format(what="quotes" if found.groups() and found.group(2) == '"' else "braces")
            return _with_field(said, unclosed, line) if unclosed else said
    if unclosed:  # a fault the parser words otherwise, where a value is still open at the block's end
        return _with_field(
            "this entry could not be read, as a field's value does not close: close it and ingest the file again.", unclosed, line
        )
    return f"this block could not be read: {reason.rstrip('.')[:200] or 'syntax error'}."


def _with_field(said: str, unclosed: tuple[str, int, str], line: int) -> str:
    """`said` ("…: close its last field's value and ingest the file again.") naming the field that does not close."""
    name, after, opener = unclosed
    where = f"the value of its field '{name}' (line {line + after})" if line else f"the value of its field '{name}'"
    cause = f"{where} opens a '{opener}' that is never closed" if opener == "{" else f"{where} opens a quote that is never closed"
    head, _, _ = said.partition(": ")
    return f"{head}: {cause}; close it and ingest the file again."


_FIELD_NAME = re.compile(r"\s*([^\s=,{}()\"#]+)\s*=\s*")


def unclosed_field(raw: str) -> tuple[str, int, str] | None:
    """The field of an entry's text whose value is still open where the text ends, as (name, lines after the entry's
    first line, '{' or '"'): a brace or quote opened and never closed runs the value on into the fields after it and the
    next entry, so the fault is where that field starts, not where the entry does nor where the parser stopped. None when
    every value closes (the entry itself is left open) or the text is not an entry's."""
    opened = re.match(r"\s*@\w+\s*[{(]", raw)
    if not opened:
        return None
    at = raw.find(",", opened.end())  # past the key
    while at != -1 and at < len(raw):
        field = _FIELD_NAME.match(raw, at + 1)
        if not field:
            return None
        start, at = field.start(1), field.end()
        while True:  # one value, or several joined by '#'
            end = _value_end(raw, at)
            if end is None or _runs_to_the_end(raw, at, end):
                return field.group(1), raw.count("\n", 0, start), "{" if raw[at] == "{" else '"'
            at = end
            while at < len(raw) and raw[at].isspace():
                at += 1
            if at < len(raw) and raw[at] == "#":
                at += 1
                while at < len(raw) and raw[at].isspace():
                    at += 1
                continue
            break
        if at >= len(raw) or raw[at] != ",":
            return None
    return None


def _runs_to_the_end(raw: str, at: int, end: int) -> bool:
    """A value that closes only with the entry's own last brace, holding the fields after it ("{Peer {support},\n
    year = {2020}\n}"): one of its braces is not closed, and the entry's closing brace closes it."""
    if at >= len(raw) or raw[at] not in '{"':  # a value cut off after its "=" opens nothing
        return False
    return not raw[end:].strip() and re.search(r"\n\s*[^\s=,{}()\"#]+\s*=", raw[at:end]) is not None


def _value_end(raw: str, at: int) -> int | None:
    """Where the value starting at `at` ends (the index after it), or None for a brace or quote that never closes."""
    if at >= len(raw):
        return len(raw)
    if raw[at] not in '{"':
        bare = re.match(r"[^,}#)\s]*", raw[at:])
        return at + bare.end()
    depth, quoted = 0, raw[at] == '"'
    for index in range(at + (1 if quoted else 0), len(raw)):
        char = raw[index]
        if char == "\\":
            continue
        if char == "{" and raw[index - 1] != "\\":
            depth += 1
        elif char == "}" and raw[index - 1] != "\\":
            depth -= 1
            if depth < 0:
                return None  # a quoted value whose braces close more than they open: the entry's own '}'
            if depth == 0 and not quoted:
                return index + 1
        elif char == '"' and quoted and depth == 0:
            return index + 1
    return None


def _drop_repeated_fields(entry: Entry) -> None:
    seen: set[str] = set()
    kept = []
    for field in entry.fields:
        name = field.key.lower()
        if name not in seen:
            seen.add(name)
            kept.append(field)
    entry.fields = kept


def _record(entry: Entry, file: str, line: int, macros: dict[str, str], parents: dict[str, Entry]) -> Record:
    fields = {f.key.lower(): f.value for f in entry.fields}
    parent_key = fields.get("crossref")
    orphan = ""
    if parent_key:
        parent = parents.get(_strip_enclosing(parent_key).lower())
        if parent is not None and parent is not entry:
            _inherit(fields, {f.key.lower(): f.value for f in parent.fields}, parent.entry_type)
        elif parent is None:
            orphan = unbraced(_strip_enclosing(parent_key)).strip()
    values = {name: _value(raw, macros) if name in _NAME_LISTS else unbraced(_value(raw, macros)) for name, raw in fields.items()}
    kind = bibtex_type(entry.entry_type)
    if entry.entry_type.lower() == "mastersthesis" and not values.get("type"):
        values["type"] = "Master's thesis"  # a thesis is one type to cmo: the degree is kept where BibTeX says it
    title = decode_latex(values.pop("title", ""))
    authors = parse_names(values.pop("author", "")) or parse_names(values.pop("editor", ""))
    published = values.pop("howpublished", "")  # Google Scholar's `\url{…}` for a web page, or a publisher's name
    values["howpublished"] = "" if _url_in(published) else published
    container = _first_of(values, CONTAINER_FIELDS, title) or _preprint_server(values)
    values.pop("howpublished", None)  # what is not the container is the work's address or its publisher's name
    given_url = values.pop("url", "")
    linked = given_url or published  # Mendeley's url, Zotero's howpublished: several addresses apart by space or ", "
    addresses = web_addresses(linked)
    url = addresses[0] if len(addresses) > 1 else clean_text(given_url) or _url_in(published)
    doi = written_doi(values.pop("doi", "")) or doi_in_url(url)
    year = parse_year(values.pop("year", "")) or parse_year(values.get("date", ""))
    abstract = without_copyright(decode_latex(clean_text(values.pop("abstract", ""))))
    publisher = _first_of(values, PUBLISHER_FIELDS)
    extra = {name: clean_text(value) for name, value in values.items() if value and name not in _DROPPED}
    if orphan:
        extra[CROSSREF] = orphan  # its parent is in another file: filled once that file is ingested (`crossref_filled`)
    for name in ("number", "issue"):
        if (dated := _ISSUE_AND_MONTH.fullmatch(extra.get(name, ""))) and dated["month"].lower().rstrip(".") in MONTHS:
            extra[name] = dated["issue"]  # Scopus's `number = {10 October}`: the issue, its month the date's
            extra.setdefault("month", dated["month"])
    if "month" in extra:
        extra["month"] = MONTHS.get(extra["month"].lower().rstrip("."), extra["month"])
    extra.update(more_addresses(linked, url))
    if kind == "conference" and _journal_named(container, extra):
        kind = "article"
    kind = content_type(kind, container, extra.get("volume", ""), extra.get("pages", ""), url)
    if _TYPE_SAID_IN_FIELD.get(extra.get("type", "").strip().lower()) == entry.entry_type.lower():
        kind = extra.pop("type").strip().lower()  # cmo's own export: `@techreport{…, type = {Guidance}}` is guidance
    return Record(
        key="" if is_accession_number(entry.key) else entry.key,  # SciELO's PID as key: the record's number, no key
        type=kind,
        original_type=entry.entry_type,
        title=title,
        authors=authors,
        year=year,
        doi=doi,
        pmid=normalise_pmid(extra.pop("pmid", "")) or labelled_pmid(extra.get("note"), extra.get("annote"), extra.get("extra")),
        container=container,
        volume=clean_text(extra.pop("volume", "")),
        issue=clean_text(extra.pop("number", "") or extra.pop("issue", "")),
        pages=(pages := normalise_pages(extra.pop("pages", ""))),
        publisher=publisher,
        url=url or None,
        urldate=clean_text(extra.pop("urldate", "")) or None,
        abstract=abstract,
        grey=is_grey(kind, url, container, pages, extra.get("numpages", "")),
        extra=extra,
        provenance=Provenance(file=file, line=line, key=entry.key, format="bibtex"),
    )


def _preprint_server(values: dict[str, str]) -> str:
    """The preprint server an entry with no journal was posted on, as arXiv's own BibTeX names it (`eprint =
    {2208.09114}, archivePrefix = {arXiv}`) and biblatex's `eprinttype = {arxiv}`: a server (`PREPRINT_SERVERS`) with
    the number it gave the work, so the record is read as the preprint it is (`content_type`: unpublished, grey) and
    de-duplication keeps it apart from the paper it became (helper K4: arXiv's `@misc` of a paper's preprint was linked
    into the ACM journal paper by its title, and `round close --check` could not name the pair). '' for any other."""
    server = clean_text(values.get("archiveprefix") or values.get("eprinttype") or "")
    return server if server and clean_text(values.get("eprint") or "") and PREPRINT_SERVERS.search(server) else ""


def _first_of(values: dict[str, str], fields: tuple[str, ...], title: str = "") -> str:
    """The first of these fields the entry gives (`CONTAINER_FIELDS`, `PUBLISHER_FIELDS`), taken out of `values`, and
    with it any other of them that says the same (Scopus's @CONFERENCE gives its proceedings as both `journal` and
    `booktitle`, which an export would write twice); a container that repeats the work's own title names nothing it is
    in (Mendeley's @book with `booktitle` its title, written back as its series) and is dropped too."""
    found = ""
    for name in fields:
        raw = values.pop(name, "") or ""
        value = decode_latex(raw)
        if value and not found and fold(value) != fold(title):
            found = value
        elif value and fold(value) not in (fold(found), fold(title)):
            values[name] = raw  # kept as read, LaTeX and all, as every other field it does not take
    return found


_TYPE_SAID_IN_FIELD = {
    "guidance": "techreport",
    "standard": "techreport",
    "news": "article",
    "abstract": "misc",
    "dataset": "misc",
}
"""Types cmo's BibTeX export writes in the `type` field, under the entry type BibTeX's readers know (`export.BIBTEX_TYPES`):
read back as the type they say, so an exported review re-imports as it was."""


_PROCEEDINGS_SERIES = re.compile(r"\b(?:workshops?|lecture notes|advances in|proc\.|colloquium)", re.I)
"""Words that name a proceedings series ("Advances in Neural Information Processing Systems", "Lecture Notes in…"),
beside those that name a meeting (`type_from_label`: conference, proceedings, symposium…)."""


def _journal_named(container: str, extra: dict[str, str]) -> bool:
    """An @inproceedings is a journal's paper where its booktitle names no meeting nor proceedings series and it gives
    a volume: Google Scholar writes some journal papers so (`booktitle={Psychiatric Services}, volume={70}`)."""
    return (
        bool(container and extra.get("volume"))
        and type_from_label(container) is None
        and not _PROCEEDINGS_SERIES.search(container)
    )


_DROPPED = {"crossref"}
_INHERITED_AS = {"title": "booktitle", "subtitle": "booksubtitle"}


def _inherit(fields: dict[str, str], parent: dict[str, str], parent_type: str) -> None:
    """BibTeX crossref: a child takes every field it lacks from its parent (title as booktitle)."""
    for name, value in parent.items():
        target = _INHERITED_AS.get(name, name) if parent_type.lower() in {"proceedings", "book", "collection", "mvbook"} else name
        if target not in fields and name != "crossref":
            fields[target] = value


CROSSREF = "crossref"
"""Kept in the `extra` of an entry whose crossref parent its file does not hold (a group's `crossref.bib` of
proceedings): the key of the parent, whose fields `cmo ingest` gives it once the file holding it is read."""
BY_CROSSREF = "cmo: by crossref"
"""Kept in the `extra` of a source that took fields by crossref from a parent in another file (`crossref_filled`):
"FILE: field, field", the parent's file and the fields it gave, so withdrawing that file takes them back with it."""
_WHOLE_VOLUMES = frozenset({"proceedings", "book", "collection", "mvbook", "mvproceedings", "mvcollection"})


def crossref_filled(child: Bibliographic, parent: Record) -> dict[str, object]:
    """What a child entry takes by crossref from a parent read from another file, as `_inherit` gives it within one
    file and biber across files: each of the fields cmo keeps of a volume it lacks, never one it has: the parent's
    title as its container (its booktitle) where the parent is a whole volume (@proceedings, @book), else the parent's
    own container; its year, publisher and volume."""
    whole = parent.original_type.lower() in _WHOLE_VOLUMES
    offered = {
        "container": parent.title if whole else parent.container,
        "year": parent.year,
        "publisher": parent.publisher,
        "volume": parent.volume,
    }
    return {name: value for name, value in offered.items() if value and not getattr(child, name)}


def _url_in(text: str) -> str:
    found = re.search(r"https?://[^\s{}]+", text or "")
    return found.group(0) if found else ""


_NAME_LISTS = frozenset(
    "author editor editora editorb editorc bookauthor translator annotator commentator introduction foreword afterword "
    "holder".split()
)
"""Fields of names, whose braces around a name say it is one body's ("{World Health Organization}"), kept as written."""


def unbraced(value: str) -> str:
    """A value without the braces that only protect it whole: Web of Science writes every field so (`Volume = {{116}}`,
    `Pages = {{1514-1520}}`), Mendeley some, and a style would keep them as text ("Addiction, {116}({6})", trial AG). A
    brace that groups part of the value (`{HIV} care`) stays for the fields that decode LaTeX."""
    value = value.strip()
    while len(value) >= 2 and value[0] == "{" and value[-1] == "}" and _balanced_whole(value):
        value = value[1:-1].strip()
    return value


def _strip_enclosing(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and ((value[0] == "{" and value[-1] == "}") or (value[0] == '"' and value[-1] == '"')):
        return value[1:-1]
    return value


def _value(raw: str, macros: dict[str, str]) -> str:
    """Evaluate a raw field value: `{text}`, `"text"`, a macro, a number, or a `#` concatenation."""
    raw = raw.strip()
    if "#" not in raw or raw.startswith("{") and _balanced_whole(raw):
        return _atom(raw, macros)
    parts = _split_concatenation(raw)
    values = [_atom(part, macros) for part in parts]
    if any(_undefined(part, macros) for part in parts):
        return " ".join(value.strip() for value in values)  # undefined names kept apart, not glued
    return "".join(values)


def _undefined(part: str, macros: dict[str, str]) -> bool:
    """A bare name that no @string (nor a month) defines."""
    part = part.strip()
    return (
        bool(part) and part[0] not in '{"' and not part[0].isdigit() and part.lower() not in macros and part.lower() not in MONTHS
    )


def _balanced_whole(raw: str) -> bool:
    """True when `{...}` encloses the whole value, so a `#` inside it is text, not concatenation."""
    depth = 0
    for brace in _BRACE.finditer(raw):  # the braces alone: a Web of Science abstract is `{{…}}` whole
        if brace.group() == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return brace.start() == len(raw) - 1
    return False


_BRACE = re.compile(r"[{}]")


def _atom(part: str, macros: dict[str, str]) -> str:
    part = part.strip()
    if not part:
        return ""
    if part[0] in '{"':
        return _strip_enclosing(part)
    lowered = part.lower()
    if lowered in macros:
        return macros[lowered]
    if lowered in MONTHS:
        return MONTHS[lowered]
    if not part[0].isdigit() and isinstance(macros, _Abbreviations):
        macros.undefined.add(part)
    return part


def _split_concatenation(raw: str) -> list[str]:
    parts, depth, in_quotes, start = [], 0, False, 0
    for index, char in enumerate(raw):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 0:
            in_quotes = not in_quotes
        elif char == "#" and depth == 0 and not in_quotes:
            parts.append(raw[start:index])
            start = index + 1
    parts.append(raw[start:])
    return parts


def decode_latex(value: str) -> str:
    """LaTeX to Unicode: a fast table for what exporters write, pylatexenc for the rest.

    Grouping braces go; escaped ones (`\\{`) stay as literal text. Plain `str.replace` does
    the common work because this runs on every title and abstract of large files.
    """
    if not value:
        return ""
    if "$" in value:
        paired = "\\$" not in value and value.count("$") % 2 == 0
        value = value.replace("$", "") if paired else _MATH.sub(_first_group, value)
    if "\\(" in value or "\\[" in value:
        value = _MATH_DELIMITED.sub(_math_text, value)
    if "``" in value or "''" in value:  # TeX's quotation marks: ``Open List'' is “Open List”
        value = value.replace("``", "\u201c").replace("''", "\u201d")
    if "`" in value:  # and its single ones: `Birthing on Country' is ‘Birthing on Country’ (\` is the grave accent)
        value = _TEX_SINGLE_QUOTE.sub("\u2018\\1\u2019", value)
    if "~" in value:
        value = _TIE.sub(" ", value) if "\\~" in value else value.replace("~", " ")
    if "\\" in value:
        value = _decode_macros(value)
    if "{" in value or "}" in value:
        value = _GROUPING_BRACE.sub("", value) if "\\{" in value or "\\}" in value else value.replace("{", "").replace("}", "")
    if "\\" in value:
        value = _ESCAPED.sub(_first_group, value)
    if "--" in value:
        value = value.replace("---", "—").replace("--", "–")
    return " ".join(value.split())


def _math_text(match: re.Match) -> str:
    return match.group(1) if match.group(1) is not None else match.group(2)


def _first_group(match: re.Match) -> str:
    """For `re.sub`: a function is ~2x faster than the template `r"\\1"` in Python 3.11."""
    return match.group(1)


_TEX_SINGLE_QUOTE = re.compile(r"(?<![\\`])`(?!`)([^`']*?(?:'(?=\w)[^`']*?)*)'(?!\w)")
"""TeX's single quotation marks: a backtick, not the grave accent's `\\``, then the words up to a closing `'` that no
letter follows (an apostrophe inside, "`women's care'", is followed by one)."""
_TIE = re.compile(r"(?<!\\)~")
_GROUPING_BRACE = re.compile(r"(?<!\\)[{}]")
_ONLY_ESCAPES_LEFT = re.compile(r"\\(?![%&$#_{}])")


def _decode_macros(value: str) -> str:
    """Accents and common macros from the table; anything else is left to pylatexenc."""
    if not _ONLY_ESCAPES_LEFT.search(value):
        return value
    value = _ACCENT_MACRO.sub(_accent, value)
    if _ONLY_ESCAPES_LEFT.search(value):
        value = _STYLE_MACRO.sub("", value)
        value = _SYMBOL_MACRO.sub(_symbol, value)
    if _ONLY_ESCAPES_LEFT.search(value):
        value = _pylatexenc_by_segment(value)
    return value


def _pylatexenc_by_segment(value: str) -> str:
    """pylatexenc part by part, each part decoded once per process: its walker costs ~10 ms on a
    1,500-character abstract (a heavy-LaTeX file of 50,000 records took minutes), and most parts (words)
    recur from record to record.

    A part runs to whitespace outside braces, except after a control word (TeX eats that space: `\\ss and`
    is one part), so what pylatexenc sees of each macro is what it would have seen in the whole text. A
    brace without its partner (the accent table leaves `caf{é` of `caf{\\'e}`) does not group.
    """
    grouping = _matched_braces(value)
    parts, depth, start = [], 0, 0
    for match in _BRACE_OR_SPACE.finditer(value):
        index = match.start()
        if index in grouping:
            depth += 1 if match.group() == "{" else -1
        elif match.group()[0].isspace() and depth == 0 and not _ENDS_WITH_CONTROL_WORD.search(value, start, index):
            parts.append(value[start:index])
            start = match.end()
    parts.append(value[start:])
    return " ".join(_pylatexenc_part(part) for part in parts if part)


def _matched_braces(value: str) -> set[int]:
    """Positions of the braces that have a partner; an escaped brace (`\\{`) is text."""
    opened, matched = [], set()
    for match in _BRACE_OR_ESCAPE.finditer(value):
        if match.group() == "{":
            opened.append(match.start())
        elif match.group() == "}" and opened:
            matched.update((opened.pop(), match.start()))
    return matched


_BRACE_OR_ESCAPE = re.compile(r"\\.|[{}]", re.S)
_BRACE_OR_SPACE = re.compile(r"\\.|[{}]|\s+", re.S)
_ENDS_WITH_CONTROL_WORD = re.compile(r"\\[A-Za-z]+\s*$")


@lru_cache(maxsize=8192)
def _pylatexenc_part(part: str) -> str:
    return _pylatexenc(part)


def _accent(match: re.Match) -> str:
    accent = match.group(1) or match.group(3)
    letter = {"\\i": "i", "\\j": "j"}.get(match.group(5), match.group(5))
    return unicodedata.normalize("NFC", letter + _ACCENTS[accent])


def _symbol(match: re.Match) -> str:
    name = match.group(1)
    return _SYMBOLS.get(name, match.group(0))


@lru_cache(maxsize=1)
def _latex_decoder():
    from pylatexenc.latex2text import (
        LatexNodes2Text,
        MacroTextSpec,
        get_default_latex_context_db,
    )

    context = get_default_latex_context_db().filter_context(keep_categories=None)
    context.add_context_category(
        "cmo-html-escapes",
        macros=[MacroTextSpec("textless", "<"), MacroTextSpec("textgreater", ">")],
        prepend=True,
    )
    return LatexNodes2Text(latex_context=context, math_mode="verbatim", strict_latex_spaces=True)


def _pylatexenc(value: str) -> str:
    try:
        return _latex_decoder().latex_to_text(value)
    except Exception:
        return value.replace("\\", "")


def parse_names(value: str) -> list[str]:
    """`A and {World Health Organization} and von Last, Jr, First` -> "Family, Given" strings."""
    value = value.strip()
    if not value:
        return []
    names = _split_names(value)
    return named_authors(_one_name(raw) for raw in names)


def _split_names(value: str) -> list[str]:
    parts = _NAME_SPLIT.split(value)
    if "{" not in value or all(part.count("{") == part.count("}") for part in parts):
        return parts
    parts, depth, start, index = [], 0, 0, 0
    lowered = value.lower()
    while index < len(value):
        char = value[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif (
            depth == 0
            and char.isspace()
            and lowered.startswith("and", index + 1)
            and index + 4 < len(value)
            and value[index + 4].isspace()
        ):
            parts.append(value[start:index])
            index += 5
            start = index
            continue
        index += 1
    parts.append(value[start:])
    return parts


def _one_name(raw: str) -> str:
    raw = clean_text(raw)
    if not raw or raw.lower() == "others":
        return "others" if raw else ""
    if raw.startswith("{") and raw.endswith("}") and _balanced_whole(raw) and "," not in raw[1:-1].replace("},", ""):
        return decode_latex(raw[1:-1])
    if "\\" in raw:
        raw = _ESCAPED.sub(_first_group, _decode_macros(raw))  # "The Food \& Environment…": "&", as a braced name reads it
        if re.search(r"\{[^{}]\}", raw):
            raw = re.sub(r"\{([^{}])\}", r"\1", raw)
    if "{" in raw:
        return _parsed_name(raw)
    if "," in raw:
        family, _, given = raw.partition(",")
        if "," in given:  # von Last, Jr, First
            jr, _, given = given.partition(",")
            family = f"{family.strip()} {jr.strip()}"
        return format_name(family, given)
    return given_first_name(raw)


def _parsed_name(raw: str) -> str:
    try:
        parts = parse_single_name_into_parts(raw, strict=False)
    except Exception:
        return decode_latex(raw)
    family = " ".join(parts.von + parts.last)
    if parts.jr:
        family = f"{family} {' '.join(parts.jr)}"
    if not family and parts.first:
        family, given = parts.first[-1], " ".join(parts.first[:-1])
    else:
        given = " ".join(parts.first)
    return format_name(decode_latex(family), decode_latex(given))
