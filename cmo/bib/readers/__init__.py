"""Readers turn an exported file into normalised `Record`s, whatever wrote it.

Each format has its own module exposing `read(text, file) -> ReadResult`; this package
decodes the file, sniffs its format from the content and dispatches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import import_module

from cmo.bib.citations import is_others
from cmo.language import written_in
from cmo.models import Record
from cmo.normalise import issued_by_a_body, issued_by_its_author, plain_hyphens, report_of_a_body


@dataclass
class Problem:
    """Something the user must look at: a block that could not be read, a renamed key."""

    file: str
    line: int
    message: str

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "message": self.message}


@dataclass
class ReadResult:
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    prepared: list | None = None
    """What the caller's `prepare` made of each record (aligned with `records`), where it ran."""
    undefined_abbreviations: set[str] = field(default_factory=set)
    """BibTeX: bare names used as values that no `@string` defines."""
    keyless: list[int] = field(default_factory=list)
    """BibTeX: the lines of entries written with no citation key (`@article{,`), keyed as cmo keys any record without one."""
    limited: bool = False
    """Every record already checked against the field limits (`within_limits`): in the reading process, for a large file."""

    @classmethod
    def joined(cls, parts: Iterable[ReadResult]) -> ReadResult:
        whole = cls()
        for part in parts:
            whole.records.extend(part.records)
            whole.problems.extend(part.problems)
            whole.warnings.extend(part.warnings)
        return whole


INCOMPLETE = "cmo: cut short"
"""Kept in the `extra` of a record the file ended inside (a download or copy cut short: a MEDLINE record without the
'SO' line PubMed closes every record with, the last RIS record without 'ER'), saying where: its fields are what was
left of it, and lose to those of a whole record of the same work read later (`cmo ingest`). Not a BibTeX field name
(it has a space), so no export writes it as one."""


SCREENING_COPY = "cmo: screening tool"
"""Kept in the `extra` of a record a screening tool exported (`records.screening_tool`), naming the tool: the tool's copy
of a record a search found, which `cmo ingest` links to the work already in the review without counting it as a record
identified again (trial AP: a Rayyan export ingested after the databases made the flow's 35 records 53). Not a BibTeX
field name (it has a space), so no export writes it as one."""


ORIGIN = "cmo: origin"
"""Kept in the `extra` of a record whose row names the route it was found by (a grey list's "Found via": "expert
suggestion", as `cmo select origins` reads it): a source it starts takes that origin for the document flow, not the
file's. Not a BibTeX field name (it has a space), so no export writes it as one."""


def cut_short(record: Record, said: str) -> Record:
    """The record marked as read from a file that ended inside it (`INCOMPLETE`)."""
    return record.model_copy(update={"extra": {**record.extra, INCOMPLETE: said}})


_PLACEHOLDER_AUTHOR = re.compile(r"\[[^\[\]]*\]|anon(?:ymous|\.)?|no author.*|unknown(?: authors?)?|n/a", re.I)
"""What a database writes where a record names no author: a note in brackets (Scopus' "[No author name available]",
Web of Science's "[Anonymous]"), "Anonymous", PsycINFO's "No authorship indicated", "Unknown", "N/A"."""


_ET_AL_AFTER = re.compile(r"[,\s]+et\.? al\.?$", re.I)


def named_authors(names: Iterable[str]) -> list[str]:
    """The authors a record names, in order: the one rule every reader applies to its author list.

    A placeholder for a missing author is no author, so it never becomes a citation key, a citation or an
    `AU` line. "et al." and BibTeX's "and others" (`citations.is_others`) are kept once, as "others": the
    mark that the list goes on unnamed, which citations render as "et al.", also where a list typed by hand
    writes it after its last name ("Tanner, D et al.", trial BA); a Unicode hyphen is "-" (`normalise.plain_hyphens`)."""
    kept: list[str] = []
    for written in names:
        name = plain_hyphens(written)
        if (tail := _ET_AL_AFTER.search(name)) and name[: tail.start()].strip():
            for each in (name[: tail.start()].strip(), "others"):
                if each != "others" or "others" not in kept:
                    kept.append(each)
            continue
        if is_others(name):
            name = "others"
        elif not name.strip() or _PLACEHOLDER_AUTHOR.fullmatch(name.strip()):
            continue
        if name != "others" or "others" not in kept:
            kept.append(name)
    return kept


def read_parts(
    fmt: str, text: str, file: str, prepare: Callable[[Record], object] | None = None, abbreviations: dict[str, str] | None = None
) -> Iterator[ReadResult]:
    """Records of a decoded file in parts: a large file is read by two processes (`parallel`), a small one whole.

    `prepare` (a module-level function) is applied to each record in the worker processes that
    read a large file, so per-record work the caller needs is done in parallel too; where a file
    is read in one process, `prepared` is None and the caller prepares records itself.
    `abbreviations`: BibTeX `@string`s defined by the other files of the same ingest.
    """
    reader = import_module(f"cmo.bib.readers.{fmt}")
    parts = reader.read_parts(text, file, prepare, abbreviations)
    for part in parts:
        yield within_limits(part, file, prepare)


FIELD_LIMITS = {"key": 200, "title": 2_000, "abstract": 100_000}
"""Characters a field may hold; longer is a broken export (a whole file in one field), not a record."""
OTHER_FIELD_LIMIT = 10_000
AUTHOR_LIMIT, AUTHORS_LIMIT = 500, 5_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def within_limits(part: ReadResult, file: str, prepare: Callable[[Record], object] | None = None) -> ReadResult:
    """Each record with every field within its limit: an overlong field is cut and reported by file and line, the
    record and the rest of the file are read as usual; control characters (NUL…) never reach a key. The last pass
    every reader's records go through, so a title another language's work is given in translation first is turned
    here, for every reader (`original_title_first`)."""
    if part.limited:
        return part
    part.limited = True
    _markup_taken_out(part, prepare)
    _issued_books_grey(part, prepare)
    _original_titles_first(part, file, prepare)
    _notices_said(part, file)
    for index, record in enumerate(part.records):
        changes, said = _limited(record)
        if not changes:
            continue
        part.records[index] = record = record.model_copy(update=changes)
        label = f"entry '{record.key}'" if record.key else "this record"
        part.problems.append(Problem(file, record.provenance.line, f"{label}: {'; '.join(said)}; the rest was read."))
        if part.prepared is not None and prepare is not None:
            part.prepared[index] = prepare(record)
    return part


_COPYRIGHT_MARK = re.compile(r"©|\(c\)|copyright", re.I)
_MARK = r"(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:\d{4}\b.{0,300}?|.{0,200}?all rights reserved\.?)"
_COPYRIGHT_TRAILER = re.compile(
    rf"\s*\([^()]{{0,80}}?{_MARK}\)\.?\s*$"  # in brackets: "(PsycInfo Database Record (c) 2026 APA, …)."
    rf"|(?:^|(?<=[.!?])\s+){_MARK}\s*$",  # a last sentence of its own: "Copyright © 2019 Elsevier Ltd. All rights reserved."
    re.I | re.S,
)


def without_copyright(abstract: str) -> str:
    """An abstract without the copyright notice a database or publisher ends it with ("(PsycInfo Database Record (c)
    2026 APA, all rights reserved)", "© 2020 The Authors. Published by Elsevier Ltd.", "Copyright © … All rights
    reserved."): it is not the work's words, and would reach every export. A notice that is all the abstract holds
    stays."""
    if not _COPYRIGHT_MARK.search(abstract[-400:]):
        return abstract
    kept = _COPYRIGHT_TRAILER.sub("", abstract, count=1).rstrip()
    return kept if kept else abstract


_LANGUAGE_FIELDS = ("LA", "language", "language of original document", "language s", "languages")
"""Where a record keeps the language its work is written in: RIS and Web of Science's LA, BibTeX's language, Scopus's
CSV 'Language of Original Document', a table's 'Language'."""
_ENGLISH = frozenset({"english", "en", "eng"})


def original_title_first(record: Record) -> str:
    """The title a reference list cites a work in another language by, as APA has it: the original title, then its
    English translation in square brackets. Scopus (its RIS, CSV and BibTeX) writes the translation first, the
    original after it in brackets ("Perceived needs … [Necesidades de los profesionales …]"); where the record says its
    work is not in English (`_LANGUAGE_FIELDS`) and the brackets hold a title (`dedupe.original_title`: not a note such
    as "[Review]"), whole (closed, not cut short), the two change places, unless the title before the brackets is the one
    written in another language and the bracketed one is not (`language.written_in`): the original first already, as
    Global Index Medicus writes "Observance thérapeutique … [Treatment adherence …]" (helper H1: turned to the
    translation first, and said to have been the other way round). '' where nothing is to change."""
    title = record.title.rstrip(" .")
    languages = next((record.extra[name] for name in _LANGUAGE_FIELDS if record.extra.get(name)), "")
    if not languages or _ENGLISH & {word for word in re.split(r"[\W_]+", languages.lower()) if word}:
        return ""
    from cmo.bib.dedupe import original_title  # the one rule for what a bracketed original title is

    opening = title.rfind("[")
    if not title.endswith("]") or opening < 1 or title.endswith("…]") or not original_title(record.title):
        return ""
    original, translation = title[opening + 1 : -1].strip(), title[:opening].strip()
    if written_in(translation) and not written_in(original):
        return ""  # the original first already, as APA and Global Index Medicus write it: "Observance … [Treatment adherence …]"
    return f"{original} [{translation}]" if original and translation else ""


_MARKUP = re.compile(r"</?(?:[a-z]+:)?(?:i|b|u|em|strong|sup|sub|sc|scp|span|italic|bold)(?:\s[^<>]*)?>", re.I)
"""An inline formatting tag written into a title or abstract as text: HTML's `<i>`, `<sup>`, `<sub>` (Dimensions' and
Crossref's titles, CSL's rich text, `<span class="nocase">`), JATS' `<scp>`, `<jats:italic>`: formatting, not words.
Any other tag (`<script>`) is text, escaped wherever it is shown."""
_SPACES = re.compile(r"  +")


def without_markup(text: str) -> str:
    """A title's or abstract's words without the inline formatting tags an export wrote into it (`_MARKUP`): the one
    rule every reader's titles and abstracts go through (`within_limits`), so `<i>bowel cancer</i>` never reaches a
    pack, a report or a BibTeX export as written (trial BN 6)."""
    return _SPACES.sub(" ", _MARKUP.sub("", text)).strip() if "<" in text and _MARKUP.search(text) else text


def _markup_taken_out(part: ReadResult, prepare: Callable[[Record], object] | None) -> None:
    """Each record's title and abstract without inline formatting tags (`without_markup`)."""
    for index, record in enumerate(part.records):
        changes = {
            name: kept
            for name in ("title", "abstract")
            if (kept := without_markup(getattr(record, name))) != getattr(record, name)
        }
        if not changes:
            continue
        part.records[index] = record.model_copy(update=changes)
        if part.prepared is not None and prepare is not None:
            part.prepared[index] = prepare(part.records[index])


def _issued_books_grey(part: ReadResult, prepare: Callable[[Record], object] | None) -> None:
    """Each book its own author published (`issued_by_its_author`: WHO's, a ministry's, a charity's), or a body that
    publishes its own work issued (`issued_by_a_body`: a research unit's, a university's), grey literature, whichever
    reader read it; and each 'article' with no journal, volume or pages that such a body issued (`report_of_a_body`:
    Google Scholar's export of a report) a report, grey."""
    for index, record in enumerate(part.records):
        if report_of_a_body(record.type, record.container, record.volume, record.pages, record.publisher):
            part.records[index] = record.model_copy(update={"type": "report", "grey": True})  # Google Scholar's @article
        elif record.grey or not (
            issued_by_its_author(record.type, record.authors, record.publisher) or issued_by_a_body(record.type, record.publisher)
        ):
            continue
        else:
            part.records[index] = record.model_copy(update={"grey": True})
        if part.prepared is not None and prepare is not None:
            part.prepared[index] = prepare(part.records[index])


def _original_titles_first(part: ReadResult, file: str, prepare: Callable[[Record], object] | None) -> None:
    """Each record's title turned to the original first (`original_title_first`), said once for the part with the
    command that sets another: a reviewer citing in Vancouver style may want the translation."""
    turned: list[tuple[int, str]] = []
    for index, record in enumerate(part.records):
        if "[" not in record.title or not (title := original_title_first(record)):
            continue
        part.records[index] = record.model_copy(update={"title": title})
        turned.append((record.provenance.line, title))
        if part.prepared is not None and prepare is not None:
            part.prepared[index] = prepare(part.records[index])
    if turned:
        shown = "; ".join(f"line {line}: '{title[:80]}{'…' if len(title) > 80 else ''}'" for line, title in turned[:3])
        more = "; …" if len(turned) > 3 else ""
        part.warnings.append(
            f"{file}: {len(turned)} title{'s' if len(turned) > 1 else ''} of works in another language gave the English "
            f"translation first and the original in brackets; {'they are' if len(turned) > 1 else 'it is'} cited by "
            f"the original with the translation in brackets, as APA cites such a work ({shown}{more}); "
            "'cmo sources edit KEY --title \"…\"' sets another."
        )


_LIBRARY_FORMATS = frozenset({"bibtex", "csl", "zotero_rdf"})
"""The formats a person's own library is kept in, whose entries need no title (a @misc holding a note, an @online its
address): a database's export gives every record one, so one without it is said."""


def _notices_said(part: ReadResult, file: str) -> None:
    """Each record of a database's export with no title, named by line (trial AI: a CENTRAL record with an empty 'TI:'
    became a source without a word). Each record its export types as a notice about another work (`NOTICE_TYPE`: an
    erratum, a retraction), named by line: it is read as the export gives it, and has no authors, findings or design of
    its own, so screeners exclude it (trial AK: a PubMed "Department of Error" read as an article with no authors)."""
    from cmo.bib.dedupe import notice_label

    for record in part.records:
        if not record.title.strip() and record.provenance.format not in _LIBRARY_FORMATS:
            part.problems.append(
                Problem(
                    file,
                    record.provenance.line,
                    "this record has no title (its export gave none, or an empty one); it was read as a source with no "
                    'title, which no reference list can cite: give it one (cmo sources edit KEY --title "…") or exclude it.',
                )
            )
        if label := notice_label(record):
            title = f" '{record.title[:60]}{'…' if len(record.title) > 60 else ''}'" if record.title else ""
            part.problems.append(
                Problem(
                    file,
                    record.provenance.line,
                    f"this record{title} is typed '{label}' by its export: a notice about another work, not "
                    'a study, so exclude it at screening (cmo select exclude KEY --reason "notice, not a study").',
                )
            )


_SHORTEST_LIMIT = min(FIELD_LIMITS["key"], AUTHOR_LIMIT)


def _limited(record: Record) -> tuple[dict, list[str]]:
    fields = record.__dict__
    original = fields["provenance"].key
    if (
        len(fields["key"]) < _SHORTEST_LIMIT
        and fields["key"].isprintable()
        and len(original) < _SHORTEST_LIMIT
        and original.isprintable()
        and all(len(v) <= OTHER_FIELD_LIMIT for v in fields.values() if isinstance(v, str))
        and len(fields["abstract"]) <= FIELD_LIMITS["abstract"]
        and len(fields["title"]) <= FIELD_LIMITS["title"]
        and len(fields["authors"]) <= AUTHORS_LIMIT
        and all(len(a) <= AUTHOR_LIMIT for a in fields["authors"])
        and all(len(v) <= OTHER_FIELD_LIMIT for v in fields["extra"].values())
        and not _has_control(record)
    ):
        return {}, []  # the common case, checked in one pass
    changes, said = {}, []
    for name, value in record:
        if isinstance(value, str):
            limit = FIELD_LIMITS.get(name, OTHER_FIELD_LIMIT)
            cleaned = _CONTROL.sub("", value)
            if len(cleaned) > limit:
                said.append(f"its {name} was {len(cleaned):,} characters, the first {limit:,} were kept")
                cleaned = cleaned[:limit]
            elif cleaned != value:
                said.append(f"control characters {'' if name == 'key' else '(a NUL byte, …) '}were taken out of its {name}")
            if cleaned != value:
                changes[name] = cleaned
        elif name == "provenance" and (kept := _CONTROL.sub("", original)[: FIELD_LIMITS["key"]]) != original:
            changes[name] = value.model_copy(update={"key": kept})
            if original != fields["key"]:  # the same text as its key: said once, for the key
                said.append("its own id in the export was cut to its first characters, without control characters")
        elif name == "authors" and (len(value) > AUTHORS_LIMIT or any(len(a) > AUTHOR_LIMIT for a in value)):
            changes[name] = [_CONTROL.sub("", a)[:AUTHOR_LIMIT] for a in value[:AUTHORS_LIMIT]]
            said.append(
                f"its author list was cut to {min(len(value), AUTHORS_LIMIT):,} names of at most {AUTHOR_LIMIT} characters"
            )
        elif name == "authors" and any(_CONTROL.search(a) for a in value):
            changes[name] = [cleaned for a in value if (cleaned := _CONTROL.sub("", a))]
            said.append("control characters (a NUL byte, …) were taken out of its authors")
        elif name == "extra" and any(_CONTROL.search(v) or _CONTROL.search(k) for k, v in value.items()):
            changes[name] = {_CONTROL.sub("", k): _CONTROL.sub("", v) for k, v in value.items()}
            said.append("control characters (a NUL byte, …) were taken out of its other fields")
    return changes, said


def _has_control(record: Record) -> bool:
    """Whether any text of a record holds a control character (a NUL byte, an escape; not a tab or line break): no
    export means one, and a NUL would reach every sheet cmo writes, which then cannot be read back (probe 40)."""
    fields = record.__dict__
    texts = [v for v in fields.values() if isinstance(v, str)]
    texts.extend(fields["authors"])
    texts.extend(fields["extra"].values())
    texts.extend(fields["extra"].keys())
    return bool(_CONTROL.search("\n".join(texts)))
