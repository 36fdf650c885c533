"""Ingest: read exported files, link duplicates into sources, store it all in one transaction.

Every file is read and checked before anything is written, so an unreadable second file
leaves the review exactly as it was; within the write, a crash rolls everything back.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
from collections import ChainMap
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from cmo.bib.dedupe import CUT_TITLE, TITLES_DIFFER, Deduplicator, same_title, title_key
from cmo.bib.linking import (
    BRIDGED,
    READ_BEFORE,
    REPEATED_FROM,
    SAME_ROW,
    SCREENING_COPY_OF,
    compared_as,
    database_accession,
    library_number,
    link_record,
    new_source,
    prepare_record,
    re_read,
    read_again,
    record_fingerprint,
)
from cmo.bib.readers import INCOMPLETE, ORIGIN, SCREENING_COPY, Problem, read_parts, within_limits
from cmo.bib.readers.ovid_labelled import search_history
from cmo.commands import writes
from cmo.commands.review import find_folder, init_review, nearby_hint, open_review
from cmo.commands.sources import WITHDRAW_ACTION
from cmo.errors import BadInput, CmoError, NotFound
from cmo.files import atomic_write_text, given_files
from cmo.models import Decision, Record, Source, now_iso
from cmo.normalise import ORIGINAL_TITLE, database_link, title_text
from cmo.review import CONFIG_NAME, DB_NAME, SEARCHES, Review
from cmo.textio import ZIP_MAGIC, decode_file, sniff_format, zipped_kind
from cmo.views import Ingested, View, counted

FORMATS = (
    *("bibtex", "ris", "medline", "pubmed_xml", "wos", "ovid", "endnote", "endnote_xml", "refworks", "csl"),
    "zotero_rdf",
    *("cochrane", "table"),
)
_FORMAT_NAMES = {
    "bibtex": "BibTeX",
    "ris": "RIS",
    "medline": "MEDLINE",
    "pubmed_xml": "PubMed XML",
    "wos": "Web of Science",
    "ovid": "Ovid's tagged or labelled export",
    "endnote": "EndNote tagged text",
    "endnote_xml": "EndNote XML",
    "refworks": "RefWorks tagged text",
    "csl": "CSL JSON",
    "zotero_rdf": "Zotero RDF",
    "cochrane": "the Cochrane Library's plain text",
    "table": "a CSV table of records",
}


@dataclass
class IngestSummary:
    read: int = 0
    added: int = 0
    merged: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    """Each record linked as a duplicate: record (FILE:LINE), record_key, source, linked_by."""
    screening_copies: int = 0
    """Of `links`, the records that are a screening tool's copy of one already in the review (`SCREENING_COPY_OF`), whose
    linked_by keeps the basis it was linked on ("same DOI"): read again, as `_say_screening_copies` says of them."""

    def view(self) -> Ingested:
        counts: dict[str, int] = {}
        for link in self.links:
            counts[link["linked_by"]] = counts.get(link["linked_by"], 0) + 1
        view = Ingested(
            read=self.read,
            added=self.added,
            merged=self.merged,
            unchanged=self.unchanged,
            problems=[p.as_dict() for p in self.problems],
            warnings=[],
            files=self.files,
            linked_by=dict(sorted(counts.items(), key=lambda item: (-item[1], item[0]))),
            links=self.links,
            read_again=sum(1 for link in self.links if read_again(link["linked_by"])) + self.screening_copies,
        )
        view.warnings = list(self.warnings)  # as they are: validation would make a LookAt a plain str, and exit 0
        return view


@dataclass
class _OpenedFile:
    name: str
    fmt: str
    encoding: str
    sha256: str
    text: str
    warning: str | None
    table: object | None = None
    """A workbook's sheet (`cmo.sheets.tables.Table`), read before the records are."""


_OTHER_EXPORTS = (
    (
        re.compile(r"<(?:!DOCTYPE )?Pubmed(?:Book)?ArticleSet\b"),
        "PubMed XML with no <PubmedArticleSet> at its start, so save the results again from PubMed (Format 'XML' or 'PubMed')",
    ),
    (
        re.compile(r"<xml>\s*<records"),
        "EndNote XML with no records after its <records>, so export the references again from EndNote",
    ),
    (
        re.compile(r"^\s*<\?xml|^\s*<[A-Za-z]"),
        "XML but not EndNote's (which opens <xml><records><record>), so export RIS from the program that made it",
    ),
    (
        re.compile(r"^\s*1[:.] \S.*?\bPMID: ?\d", re.S),
        "PubMed's 'Summary (text)' or 'Abstract (text)' export (numbered citations), which cmo does not read, so save "
        "the results again from PubMed with Format 'PubMed'",
    ),
    (
        re.compile(r"Report Information from ProQuest|^Document \d+ of \d+\s*$", re.M),
        "ProQuest's 'Text only' export, which cmo does not read, so export the results again from ProQuest choosing "
        "'RIS' (Citation/Abstract)",
    ),
    (
        re.compile(r"\A(?:[A-Z][A-Z0-9]  - [^\n]*\n)*?(?:AN|DB)  - [^\n]*\n(?:[A-Z][A-Z0-9]  - [^\n]*\n)*?TI  - "),
        "EBSCOhost's 'Generic bibliographic management software' export (tag lines with no 'TY  - ' to start each "
        "record), which cmo does not read, so export the results again from EBSCOhost choosing 'RIS Format'",
    ),
    (
        re.compile(r"^[^\n]{0,400}?\((?:1[5-9]|20)\d\d[a-z]?\)[,.:]?\s[^\n]*?\b(?:doi\.org/|doi:\s*)10\.\d{4,9}/", re.M | re.I),
        "formatted references (a citation style: authors, (year), title, journal, volume: pages, DOI, one paragraph "
        "each, as Wiley Online Library's 'Plain text' citation export and a paper's reference list write them), whose "
        "fields no rule can tell apart for certain, so export the same citations again choosing 'RIS' (Wiley Online "
        "Library: 'Export citation', Format 'RIS'; or 'BibTeX')",
    ),
    (
        re.compile(
            r"^[^\n]{0,400}?\.\s(?:1[5-9]|20)\d\d(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?;\s?\d+(?:\(\d+[^)\n]*\))?:\s?[A-Za-z]?\d+",
            re.M,
        ),
        "formatted references in the Vancouver style of a reference list (authors. title. journal. year;volume(issue):"
        "pages), one a paragraph, whose fields no rule can tell apart for certain, so export them again choosing 'RIS' "
        "or 'BibTeX' where the site offers it; references copied by hand from a site that exports none (African Journals "
        "Online) go in a CSV with 'Title', 'Authors', 'Year', 'Journal' and 'DOI' columns, which cmo ingests",
    ),
    (
        re.compile(r"^(?!\s*<)[^\n]*\bTitle\b[^\n]*[,;\t]", re.I),
        "a CSV table with no authors, year or DOI column beside its titles, so export RIS from the database instead",
    ),
)
"""Exports cmo does not read that people bring anyway, and what to export instead."""


_OTHER_FILES = (
    (b"%PDF-", "a PDF, not an export of records; attach full texts with 'cmo fulltext attach' once their sources are in"),
    (ZIP_MAGIC, "a ZIP archive; unzip it and ingest the export inside"),
    (b"SQLite format 3\x00", "a database file; export RIS from the program that made it (EndNote, Zotero, Mendeley)"),
)
"""Files people drop on `cmo ingest` that hold no records as text, told by their first bytes."""
_DOCUMENT_SUFFIXES = {".docx", ".docm", ".odt", ".pages"}
"""ZIP files by their first bytes that are documents (a reference list in Word), not archives to unzip."""


def _refuse_other_files(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return  # decode_file names what is wrong with the path
    said = next((said for magic, said in _OTHER_FILES if head.startswith(magic)), None)
    kind = zipped_kind(path) if head.startswith(ZIP_MAGIC) else None
    named = f"named {path.suffix}" if path.suffix else "with no extension"
    if kind is not None and kind[1] in WORKBOOK_SUFFIXES:  # trial T: "unzip it" for a Scopus .xlsx saved as .csv
        said = f"{kind[0]} {named}, not a CSV file; rename it to {kind[1]} and ingest it again"
    elif kind is not None or (said and path.suffix.lower() in _DOCUMENT_SUFFIXES):
        what = f"{kind[0]} ({named})" if kind is not None else "a word-processor document"
        said = f"{what}, not an export of records; export RIS or BibTeX from your reference manager"
    if said:
        raise BadInput(f"{path}: {said}; nothing was ingested.")


def _records_table(text: str, path: Path) -> str | None:
    """ "table" when the file is a CSV of records (a title column and authors, year or DOI beside it)."""
    from cmo.sheets.records import IS_RECORDS_HEADER, looks_like_records
    from cmo.sheets.tables import csv_table

    # The header line, else the first rows (an export note may stand above the header): a damaged row is the reader's
    # to name, once the file is known for a table.
    lines = text.lstrip("\ufeff").split("\n", 11)
    for head in (lines[0], "\n".join(lines[:11])):
        try:
            if looks_like_records(csv_table(head + "\n", path, wanted=IS_RECORDS_HEADER)):
                return "table"
        except BadInput:
            continue
    return None


_TABLE_SUFFIXES = (".csv", ".tsv")


def _table_by_header(text: str, path: Path) -> str | None:
    """ "table" for a .csv or .tsv whose first line is a header of records (`_records_table`): tag lines further down
    are inside its cells (a title holding "TY  - JOUR"), never the file's format, or one field anyone can write would
    decide what a whole export becomes (probe 40: a CSV read as RIS lost every real row)."""
    if path.suffix.lower() not in _TABLE_SUFFIXES:
        return None
    return _records_table(text.lstrip("\ufeff").split("\n", 1)[0], path)


_NONE_FOUND = (
    "no BibTeX, RIS, MEDLINE, Web of Science, Ovid, Cochrane Library, EndNote, RefWorks, CSL JSON or Zotero RDF records found"
)


def _table_refused(text: str, path: Path) -> str:
    """Why a .csv or .tsv of no known format is no table of records: its header, and the columns a table of records is
    read by (`not_records`), then what to export instead; a file with no header (not a table) as any other file."""
    from cmo.sheets.records import not_records
    from cmo.sheets.tables import csv_table

    try:
        header = csv_table(text.lstrip("\ufeff").split("\n", 1)[0] + "\n", path).header
    except BadInput:
        header = []
    if len([name for name in header if name.strip()]) < 2:
        return _NONE_FOUND
    return f"{not_records(header)}; rename its columns, or export RIS from the database instead"


def _what_it_looks_like(text: str) -> str:
    head = text[:4096].lstrip("\ufeff")
    hint = next((said for pattern, said in _OTHER_EXPORTS if pattern.search(head)), None)
    return f"; it looks like {hint}" if hint else ""


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def _open_workbook(path: Path) -> _OpenedFile:
    """A workbook of records (a CSV export saved from Excel), read as every sheet is; its bytes say if it changed."""
    from cmo.sheets.records import IS_RECORDS_HEADER, looks_like_records, not_records
    from cmo.sheets.tables import read_table

    table = read_table(path, wanted=IS_RECORDS_HEADER)
    if not looks_like_records(table):
        coding = {"context", "mechanism", "outcome"} <= {name.strip().lower() for name in table.header}
        instead = f"; it is a coding sheet: cmo code import {path}" if coding else ""
        raise BadInput(f"{path}: {not_records(table.header)}{instead}; nothing was ingested.")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return _OpenedFile(path.name, "table", "xlsx", digest, "\n" * len(table.rows), None, table)


def open_file(path: Path, fmt: str = "auto") -> _OpenedFile:
    """Decode one file and find its format; an empty file or one in no known format is an error."""
    if path.suffix.lower() in WORKBOOK_SUFFIXES and fmt in ("auto", "table"):
        return _open_workbook(path)
    _refuse_other_files(path)
    decoded = decode_file(path)
    if not decoded.text.strip():
        raise BadInput(f"{path}: the file is empty; nothing was ingested.")
    sniffed = _table_by_header(decoded.text, path) or sniff_format(decoded.text) or _records_table(decoded.text, path)
    chosen = sniffed if fmt == "auto" else fmt
    if chosen is None and path.suffix.lower() in _TABLE_SUFFIXES:
        raise BadInput(f"{path}: {_table_refused(decoded.text, path)}; nothing was ingested.")
    if chosen is None:
        raise BadInput(f"{path}: {_NONE_FOUND}{_what_it_looks_like(decoded.text)}; nothing was ingested.")
    if sniffed is not None and sniffed != chosen:
        # Read as the wrong format, every record would come out empty, and sources are never deleted.
        raise BadInput(
            f"{path}: --format {chosen} was asked for, but the file is {_FORMAT_NAMES[sniffed]}; "
            f"run without --format (or with --format {sniffed}); nothing was ingested."
        )
    digest = hashlib.sha256(decoded.text.encode("utf-8")).hexdigest()
    return _OpenedFile(path.name, chosen, decoded.encoding, digest, decoded.text, decoded.warning)


PROBLEMS_FILE = "ingest-problems.txt"


def write_problems(explicit: str | None, started: Path | None, problems: list[Problem]) -> Path:
    """Every problem of an ingest, one line each, in the review's folder: a file with thousands of them is
    shown in part on the terminal, and nothing reported may be lost."""
    from cmo.files import atomic_write_text

    folder = started or find_folder(explicit) or Path(explicit or ".")
    path = folder / PROBLEMS_FILE
    atomic_write_text(path, "".join(f"{p.file}:{p.line}: {p.message}\n" for p in problems))
    return path


def ingest_starting_review(
    explicit: str | None,
    paths: list[Path],
    fmt: str = "auto",
    origin: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Ingested, Path | None]:
    """`cmo ingest` where there may be no review yet: start one (returned as the second value),
    and take it away again if nothing could be ingested, so a typo leaves no stray review."""
    if find_folder(explicit) is not None:
        review = open_review(explicit)
        try:
            return ingest(review, paths, fmt, origin, progress).view(), None
        finally:
            review.close()
    folder = Path(explicit or ".")
    hint = "" if explicit or os.environ.get("CMO_REVIEW") else nearby_hint(folder)
    if hint:  # a review beside this folder is the one meant: a second review started here would hold these records
        raise CmoError(
            f"no review here or in any folder above {folder.resolve()}{hint}; to start a new review here instead, "
            "run 'cmo init .' first. Nothing was ingested."
        )
    folder_existed = folder.exists()
    review = init_review(folder)
    try:
        return ingest(review, paths, fmt, origin, progress).view(), folder
    except BaseException:
        review.close()
        for name in (CONFIG_NAME, DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
            (folder / name).unlink(missing_ok=True)
        if not folder_existed:
            folder.rmdir()
        raise
    finally:
        review.close()


@writes
def ingest(
    review: Review,
    paths: list[Path],
    fmt: str = "auto",
    origin: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> IngestSummary:
    """Read `paths`, link duplicates, store everything; `progress(done, total)` is told as records go. With no `origin`
    the records were found by a database search (`DEFAULT_ORIGIN`), and a list a team typed of grey documents is said to
    count so (`_hand_list`).

    Records are linked as each part of a file is read, so de-duplication overlaps with parsing;
    nothing is written until every file has been read, and a file with no records undoes it all.
    """
    if fmt not in ("auto", *FORMATS):
        raise CmoError(f"--format {fmt} is not one of auto, {', '.join(FORMATS)}.")
    files = [open_file(path, fmt) for path in given_files(paths)]
    total = sum(estimated_records(opened) for opened in files) if progress is not None else 0
    summary = IngestSummary()
    store = review.store
    unsaid, origin = origin is None, origin or DEFAULT_ORIGIN
    with store.transaction(), _collector_paused():
        known = store.known_fingerprints()
        # A copy of an export under another name would count every record twice in the document flow.
        seen_files = {row["sha256"]: row["name"] for row in store.files()}
        linker = _Linker(store, origin, summary)
        abbreviations = _abbreviations(files)
        shared = {name: value for defined in abbreviations.values() for name, value in defined.items()}
        only_abbreviations = []
        histories: dict[str, str] = {}  # each file's search history, as its database exported it (`search_history`)
        for opened in files:
            if seen_files.get(opened.sha256, opened.name) != opened.name:
                summary.warnings.append(
                    f"{opened.name} has the same content as {seen_files[opened.sha256]}, "
                    "already ingested; its records were not added again."
                )
                summary.files.append(
                    {
                        "file": opened.name,
                        "format": opened.fmt,
                        "encoding": opened.encoding,
                        "records": 0,
                        "same_as": seen_files[opened.sha256],
                    }
                )
                continue
            seen_files[opened.sha256] = opened.name
            if (withdrawn := withdrawn_before(store, opened.name)) is not None:
                summary.warnings.append(
                    f"{opened.name} was withdrawn on {withdrawn.at[:10]} ('cmo history {opened.name}' says why); its records "
                    "are read again."
                )
            if opened.warning:
                summary.warnings.append(opened.warning)
            count, problems, table = _read_file(opened, linker, known, shared, progress, total)
            linker.settle_re_reads(opened.name)
            if unsaid and (hand := _hand_list(opened, table) or _grey_in_library(opened, table)):
                summary.warnings.append(hand)
            if not count and not problems and abbreviations.get(opened.name):
                only_abbreviations.append(opened.name)
                summary.files.append(
                    {
                        "file": opened.name,
                        "format": opened.fmt,
                        "encoding": opened.encoding,
                        "records": 0,
                        "abbreviations": len(abbreviations[opened.name]),
                    }
                )
                continue
            if not count:
                first = f" (line {summary.problems[-problems].line}: {summary.problems[-problems].message})" if problems else ""
                kind = "" if opened.fmt == "table" else f"{opened.fmt} "
                raise BadInput(f"{opened.name}: no {kind}records could be read{first}; nothing was ingested.")
            summary.files.append({"file": opened.name, "format": opened.fmt, "encoding": opened.encoding, "records": count})
            store.add_file(opened.name, opened.sha256, opened.fmt, opened.encoding, origin, count, now_iso())
            if history := search_history(opened.text):
                histories[opened.name] = history
        _crossrefs_filled(store, summary, linker.created)
        _say_re_reads(summary, linker.repeats, linker.same_in_database, linker.same_in_library)
        _say_renamed_keys(summary, linker.renamed)
        _say_screening_copies(summary, linker.screening_copies, _of_one_decision(files, linker.screening_copies))
        if only_abbreviations and not summary.read:
            raise BadInput(
                f"{', '.join(only_abbreviations)}: only @string abbreviations, no entries; ingest "
                f"it in the same command as the files that use them (cmo ingest "
                f"{only_abbreviations[0]} refs.bib); nothing was ingested."
            )
        if progress is not None:
            progress(total, total)
    for name, history in histories.items():  # kept once every file was read: a refused file leaves none behind
        (review.folder / SEARCHES).mkdir(exist_ok=True)
        atomic_write_text(review.folder / SEARCHES / f"{Path(name).stem}.txt", history + "\n")
    return summary


def _crossrefs_filled(store, summary: IngestSummary, created: set[str] = frozenset()) -> None:
    """BibTeX entries whose crossref parent was in another file (`CROSSREF` kept in their `extra`) take what they lack
    from it once both files are in the review, in either order, as biber resolves a crossref across files: a group's
    papers.bib then its proceedings.bib (`crossref_filled`: the booktitle, year, publisher). A field the entry has, or a
    reviewer corrected, is never overwritten. What each took is kept (`BY_CROSSREF`), so withdrawing the parent's file
    takes it back (`_crossref_fields_withdrawn`). An entry with no key of its own (Mendeley's `@inproceedings{,`), keyed
    by cmo in this ingest before its parent gave the year, is keyed again with the year (`_keyed_with_year`); one keyed
    by an earlier ingest keeps its key, which the team may have written, and is named. Said once, with the parents.
    One scan of the sources holding a crossref, and one look-up of the records of the keys they name: nothing where no
    source holds one."""
    from cmo.bib.readers.bibtex import BY_CROSSREF, CROSSREF, crossref_filled

    needle = f'"{CROSSREF}":'
    children = [
        child
        for (data,) in store.db.execute("SELECT data FROM sources WHERE instr(data, ?)", (needle,))
        if (child := Source.model_validate_json(data)).extra.get(CROSSREF)
    ]
    if not children:
        return
    wanted = sorted({child.extra[CROSSREF].lower() for child in children})
    parents: dict[str, tuple[Record, str]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        query = f"SELECT lower(key), data, source_key FROM records WHERE format = 'bibtex' AND lower(key) IN ({marks})"
        for key, data, source_key in store.db.execute(query, chunk):
            parents.setdefault(key, (Record.model_validate_json(data), source_key))
    filled: dict[str, list[str]] = {}
    changed = []
    kept_keys: list[str] = []
    for child in children:
        parent, parent_source = parents.get(child.extra[CROSSREF].lower(), (None, ""))
        if parent is None or parent_source == child.key:
            continue
        updates = {name: value for name, value in crossref_filled(child, parent).items() if name not in child.edited}
        if updates:
            extra = dict(child.extra)
            extra[BY_CROSSREF] = f"{parent.provenance.file}: {', '.join(updates)}"
            updated = child.model_copy(update=updates | {"extra": extra})
            records = store.records_of(child.key) if "year" in updates else []
            if records and not any(r.key for r in records):
                if child.key in created:
                    updated = _keyed_with_year(store, summary, updated, records)
                else:
                    kept_keys.append(child.key)
            changed.append(updated)
            filled.setdefault(f"{parent.provenance.key} ({parent.provenance.file})", []).append(updated.key)
    if not changed:
        return
    store.put_sources(changed)
    children_of = "; ".join(
        f"{', '.join(keys[:4])}{' …' if len(keys) > 4 else ''} from {parent}" for parent, keys in filled.items()
    )
    summary.warnings.append(
        f"{len(changed)} entr{'ies' if len(changed) > 1 else 'y'} took what {'they' if len(changed) > 1 else 'it'} lacked "
        f"by crossref from {'their parents' if len(filled) > 1 else 'its parent' if len(changed) == 1 else 'their parent'} "
        f"in another file, as BibTeX gives it (the proceedings' title, year, publisher; never a field an entry has): "
        f"{children_of}."
    )
    if kept_keys:
        summary.warnings.append(
            f"{', '.join(kept_keys)} {'keep their keys' if len(kept_keys) > 1 else 'keeps its key'}, made by an earlier "
            "ingest before the parent gave the year: kept, as the team may have written it."
        )


def _keyed_with_year(store, summary: IngestSummary, child: Source, records: list[Record]) -> Source:
    """A source this ingest keyed from an entry with no key of its own, before its crossref parent gave its year
    (`ngatanurseled`), keyed again as such an entry with its year is (`ngata2019nurseled`): nothing can cite the key
    yet, since this ingest made it. Its records (`records`, none with a key of its own), and the ingest's answer, move
    to the new key."""
    from cmo.bib.linking import citation_key
    from cmo.normalise import unique_key

    if not records:
        return child
    key = unique_key(citation_key(records[0].model_copy(update={"year": child.year})), store.source_keys(), first_plain=True)
    if key == child.key:
        return child
    store.put_sources([child.model_copy(update={"key": key})])
    store.rehome_records(child.key, key)
    store.rehome_source_rows(child.key, key)
    store.delete_source(child.key)
    for link in summary.links:
        if link["source"] == child.key:
            link["source"] = key
    return child.model_copy(update={"key": key})


def _crossref_fields_withdrawn(store, name: str) -> list[Source]:
    """The sources that took fields by crossref from a parent in file `name` (`BY_CROSSREF`), without them: withdrawing
    the parent takes back what it gave, as reading the entry without its parent gives it; a field a reviewer corrected
    since stays. Each keeps its crossref, so ingesting the parent's file again gives the fields back. One scan."""
    from cmo.bib.readers.bibtex import BY_CROSSREF

    needle = json.dumps(BY_CROSSREF)
    emptied = {"year": None, "container": "", "publisher": "", "volume": ""}
    found = []
    for (data,) in store.db.execute("SELECT data FROM sources WHERE instr(data, ?)", (needle,)):
        source = Source.model_validate_json(data)
        file, _, fields = source.extra.get(BY_CROSSREF, "").rpartition(": ")
        if file != name:
            continue
        taken = {f: emptied[f] for f in fields.split(", ") if f in emptied and f not in source.edited}
        extra = {k: v for k, v in source.extra.items() if k != BY_CROSSREF}
        found.append(source.model_copy(update=taken | {"extra": extra}))
    return found


DEFAULT_ORIGIN = "database search"
"""How the records of a file ingested with no `--origin` were found, for the document flow."""


def _hand_list(opened: _OpenedFile, records: list[Record]) -> str:
    """What to say of a table ingested with no origin whose every record is grey literature and names neither a
    database's id for it (a key, an id column: Overton's 'Policy_document_id') nor a route ('Found via'), and is no
    screening tool's copy: a list a team typed of documents found by hand, counted under 'database search' in the
    document flow unless an origin is given (trial CB: 8 web documents). A database's export of grey literature, a
    table with its ids, or any file another format wrote, is not said to be one."""
    if not records or not all(record.grey for record in records):
        return ""
    if opened.fmt == "ris":  # a reference manager's RIS of documents saved by hand (trial CP: Zotero, WHO AFRO, ministries)
        return _grey_ris(opened, records)
    if opened.fmt != "table":
        return ""
    from cmo.sheets.records import identifies_records, row_key

    for record in records:
        if (
            record.provenance.key != row_key(record.provenance.line)
            or ORIGIN in record.extra
            or SCREENING_COPY in record.extra
            or database_link(record.url)
        ):
            return ""
        if any(identifies_records(name) for name in record.extra):
            return ""
    return (
        f"{opened.name}: every record is grey literature typed in a list, none with a database's id, and no --origin was "
        f"given: its {counted(len(records), 'record')} count under '{DEFAULT_ORIGIN}' in the document flow. If they were "
        "found otherwise, 'cmo select origins FILE' sets their route (a CSV of key,origin: website, citation tracking, "
        "expert suggestion or call for evidence), and a list ingested with --origin ROUTE, or a 'Found via' column, "
        "says it."
    )


def _grey_in_library(opened: _OpenedFile, records: list[Record]) -> str:
    """What to say once of a BibTeX file ingested with no origin that holds grey literature (@report, @online, a thesis)
    no database linked to its own page of the record: a reference manager's library (JabRef's, Zotero's biblatex) of
    papers beside documents the team saved from web sites, whose grey documents count under 'database search' in the
    document flow unless an origin is given (trial: a JabRef library's reports). `records` are those grey records; a
    database's BibTeX links its records to its own pages, and those are not counted."""
    if opened.fmt != "bibtex" or not records:
        return ""
    return (
        f"{opened.name}: {counted(len(records), 'grey literature record')} (reports, web pages, theses) and no --origin "
        f"was given: they count under '{DEFAULT_ORIGIN}' in the document flow with the rest of the file. If they were "
        "found otherwise, 'cmo select origins FILE' sets their route (a CSV of key,origin: website, citation tracking, "
        "expert suggestion or call for evidence)."
    )


_UNNUMBERED_RIS = re.compile(r"ris\d+")
"""The key a RIS record with no ID or accession number (AN) is given: a record no database numbered."""


def _grey_ris(opened: _OpenedFile, records: list[Record]) -> str:
    """As `_hand_list`, for a RIS file whose every record is grey literature with neither a database's record number
    (ID, AN) nor a database's address, and no route: a reference manager's export (Zotero's, of reports saved from
    ministries' and agencies' web pages), counted under 'database search' unless an origin is given. A database's RIS
    of grey literature (WHO IRIS, ProQuest's theses) numbers its records, and is not said to be one."""
    if any(
        not _UNNUMBERED_RIS.fullmatch(record.provenance.key) or ORIGIN in record.extra or database_link(record.url)
        for record in records
    ):
        return ""
    return (
        f"{opened.name}: every record is grey literature that no database numbered (no ID or AN), and no --origin was "
        f"given: its {counted(len(records), 'record')} count under '{DEFAULT_ORIGIN}' in the document flow. If they were "
        "found otherwise, 'cmo select origins FILE' sets their route (a CSV of key,origin: website, citation tracking, "
        "expert suggestion or call for evidence), and a file ingested with --origin ROUTE says it."
    )


def _say_re_reads(
    summary: IngestSummary,
    repeats: dict[tuple[str, str], int],
    same_in_database: dict[tuple[str, str], int] | None = None,
    same_in_library: dict[tuple[str, str], int] | None = None,
) -> None:
    """Records read again are not records a search found again: said, so a reviewer knows what the flow counts."""
    rows: dict[str, int] = {}
    for link in summary.links:
        if link["linked_by"] == SAME_ROW:
            file = link["record"].rsplit(":", 1)[0]
            rows[file] = rows.get(file, 0) + 1
    for file, n in rows.items():
        summary.warnings.append(
            f"{file}: {counted(n, 'record')} {'is' if n == 1 else 'are'} read again from the same file and row (or the same "
            f"title and year), changed since {file} was last ingested: {'its source takes' if n == 1 else 'their sources take'} "
            "what they did not have, and this reading of what only the earlier one gave them (said where a value changed, "
            "but a reviewer's corrections), no source was added for them, and the document flow counts each record once."
        )
    for (file, earlier), n in repeats.items():
        summary.warnings.append(
            f"{file} repeats {counted(n, 'record')} of {earlier} (same key and fields): counted once in the document flow, "
            f"as records of {earlier}."
        )
    for (file, earlier), n in (same_in_database or {}).items():
        summary.warnings.append(
            f"{file} gives again {counted(n, 'record')} of {earlier} under the database's same record number (one "
            f"database's record exported again, in another format or on another day): counted once in the document flow, "
            f"as records of {earlier}."
        )
    for (file, earlier), n in (same_in_library or {}).items():
        summary.warnings.append(
            f"{file} gives again {counted(n, 'record')} of {earlier} under the same record numbers of one reference "
            f"manager's library (one library exported twice: EndNote's RIS and XML, RefWorks' RIS and BibTeX): counted once in "
            f"the document flow, as records of {earlier}."
        )


def _of_one_decision(files: list[_OpenedFile], copies: dict[str, list]) -> set[str]:
    """The screening tools' exports among `files` that list one decision's studies with no decision in them
    (`lists_one_decision`: Covidence's), whose import needs `--as`."""
    from cmo.sheets.records import IS_RECORDS_HEADER
    from cmo.sheets.screening import lists_one_decision
    from cmo.sheets.tables import csv_table

    found = set()
    for opened in files:
        if opened.name in copies and opened.fmt == "table":
            table = opened.table or csv_table(opened.text, opened.name, wanted=IS_RECORDS_HEADER)
            if lists_one_decision(table):
                found.add(opened.name)
    return found


def _say_screening_copies(summary: IngestSummary, copies: dict[str, list], one_decision: set[str] = frozenset()) -> None:
    """A screening tool's export of records already in the review is the tool's copy of what the searches found, not a
    search: said in one line, so a reviewer knows the flow did not count them again (trial AP: a Rayyan export made 35
    records identified 53). A file of one decision's studies, with no decision in it (`lists_one_decision`), is read with
    the `--as` that gives its decision."""
    for file, (tool, n) in copies.items():
        read_by = (
            f"it holds no decision column, so read the decision it lists with 'cmo select import {file} --as included' "
            "(or '--as excluded')"
            if file in one_decision
            else f"its screening decisions are read by 'cmo select import {file}'"
        )
        summary.warnings.append(
            f"{file} is {tool}'s export of the records screened there: {counted(n, 'record')} {'is' if n == 1 else 'are'} "
            f"{tool}'s copy of works already in the review, linked to them and not counted again as records identified "
            f"in the document flow; {read_by}."
        )


def _say_renamed_keys(summary: IngestSummary, renamed: dict[str, list[tuple[str, str]]]) -> None:
    """A key the database made (Scopus's `Zlonis201970`) is not the key the source is shown by: said, with examples,
    so a reviewer looking for the file's key is not surprised; the file's key still names the source."""
    for file, pairs in renamed.items():
        shown = "; ".join(f"{given} → {key}" for given, key in pairs[:3]) + ("; …" if len(pairs) > 3 else "")
        summary.warnings.append(
            f"{file}: {counted(len(pairs), 'record')} came with {'a key' if len(pairs) == 1 else 'keys'} its database made "
            f"({shown}); {'its source is' if len(pairs) == 1 else 'their sources are'} named by first author, year and "
            "title instead, so a work has one key whichever database found it first. The file's keys still name them in "
            "coding sheets and commands."
        )


def _read_file(
    opened: _OpenedFile,
    linker: _Linker,
    known: set[tuple[str, str]],
    abbreviations: dict[str, str],
    progress: Callable[[int, int], None] | None,
    total: int,
) -> tuple[int, int, list[Record]]:
    """Read one file part by part, linking and writing each part: (records read, problems, the records of a table, or a
    RIS file's unnumbered grey records, or a BibTeX file's grey records no database linked)."""
    summary = linker.summary
    count = problems = 0
    table: list[Record] = []
    grey_ris = opened.fmt == "ris"  # kept only while every record is unnumbered grey literature (`_grey_ris`)
    start = len(summary.problems)
    for part in _parts(opened, abbreviations):
        count += len(part.records)
        problems += len(part.problems)
        summary.problems.extend(part.problems)
        summary.warnings.extend(part.warnings)
        prepared = part.prepared or [None] * len(part.records)
        grey_ris = grey_ris and all(r.grey and _UNNUMBERED_RIS.fullmatch(r.provenance.key) for r in part.records)
        if opened.fmt == "ris" and not grey_ris:
            table.clear()  # one numbered or published record: a database's export, not said (`_grey_ris`)
        table.extend(part.records if opened.fmt == "table" or grey_ris else ())
        if opened.fmt == "bibtex":  # the grey records no database linked to its own page (`_grey_in_library`)
            table.extend(r for r in part.records if r.grey and not (database_link(r.url) or ORIGIN in r.extra))
        for record, ready in zip(part.records, prepared):
            linker.take(record, known, ready)
        linker.write()
        if progress is not None:
            progress(min(summary.read, total), total)
    # in the file's order: a problem found when a record is linked sits among those found reading it, however it was read
    summary.problems[start:] = sorted(summary.problems[start:], key=lambda problem: problem.line)
    return count, problems, table


def _parts(opened: _OpenedFile, abbreviations: dict[str, str]):
    """An export's records part by part (`cmo.bib.readers`); a CSV table of records is read as a sheet is."""
    if opened.fmt != "table":
        return read_parts(opened.fmt, opened.text, opened.name, prepare_record, abbreviations)
    from cmo.sheets.records import read_records, records_from_table

    part = records_from_table(opened.table, opened.name) if opened.table is not None else read_records(opened.text, opened.name)
    return [within_limits(part, opened.name)]


def _abbreviations(files: list[_OpenedFile]) -> dict[str, dict[str, str]]:
    """The `@string`s each BibTeX file defines: a team's `abbrev.bib` serves the other files."""
    bibtex = [opened for opened in files if opened.fmt == "bibtex"]
    if not bibtex:
        return {}
    from cmo.bib.readers.bibtex import string_definitions

    return {opened.name: string_definitions(opened.text) for opened in bibtex}


_RECORD_START = {"bibtex": "\n@", "ris": "\nTY  -", "medline": "\nPMID-", "wos": "\nPT ", "table": "\n"}
_RECORD_START |= {"ovid": "\n<", "endnote": "\n%0 ", "endnote_xml": "<record>", "refworks": "\nRT ", "csl": '"type"'}
_RECORD_START |= {"cochrane": "\nRecord #", "pubmed_xml": "<PubmedArticle>", "zotero_rdf": "<z:itemType>"}


def estimated_records(opened: _OpenedFile) -> int:
    """About how many records a file holds, for a progress bar: a count of their first lines
    (BibTeX's `@string`s too), made with `str.count` because a regex costs ~0.6 s on 100 MB."""
    return opened.text.count(_RECORD_START[opened.fmt]) + 1


@contextmanager
def _collector_paused():
    """Ingest allocates millions of objects that all live to the end; the cyclic garbage
    collector would walk them again and again for nothing (measured: ~15 % of an ingest)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_COMPLETED_FIELDS = ("title", "authors", "type", "grey", "year", "doi", "pmid", "container", "volume")
_COMPLETED_FIELDS += ("issue", "pages", "publisher", "url", "abstract")
"""A source's fields a whole record corrects where they came from a record cut short (`_Linker._completed`)."""

_FIELD_NAMES = {"grey": "grey-literature flag"}


def _superseded(source: Source, record: Record, earlier: list[Record], others: list[Record], emptied: bool) -> dict:
    """The fields of `source` `record` gives otherwise, where the source holds a value of `earlier` records (read cut
    short, or an earlier reading of the same record) and of no record in `others`, and no reviewer corrected it: the new
    value, or an empty one too where `emptied`."""
    updates: dict = {}
    for name in _COMPLETED_FIELDS:
        had, given = getattr(source, name), getattr(record, name)
        given = title_text(given) if name == "title" else given
        if name in source.edited or had == given or (not given and not emptied and name != "grey"):
            continue
        read_as = title_text if name == "title" else (lambda value: value)
        if any(read_as(getattr(r, name)) == had for r in earlier) and not any(read_as(getattr(r, name)) == had for r in others):
            updates[name] = given
    return updates


def _reads_again(earlier: Record, later: Record) -> bool:
    """Whether `later` is a new reading of the record `earlier` read, from the same file: the same BibTeX citation key,
    or the same row, or the same title and year (`_Linker._read_before`)."""
    was, now = earlier.provenance, later.provenance
    if was.file != now.file:
        return False
    if was.format == now.format == "bibtex" and was.key and was.key == now.key:
        return True
    if was.line == now.line and same_title(earlier.title, later.title):
        return True
    return bool(
        earlier.year
        and earlier.year == later.year
        and title_key(earlier.title or "")
        and title_key(earlier.title) == title_key(later.title)
    )


_QUOTED = 80
"""Characters of a value a warning quotes; a longer one is quoted where it changed (`_changed`)."""


def _changed(old, new) -> str:
    """A field's value before and after, as a warning says it: 'old' → 'new', a long text from a little before the
    first character that differs (an abstract read again differs late, if at all, in what a warning can show)."""
    was, now = _text(old), _text(new)
    if max(len(was), len(now)) > _QUOTED and was and now:
        start = next((i for i, (a, b) in enumerate(zip(was, now)) if a != b), min(len(was), len(now)))
        start = max(0, start - _QUOTED // 4)
        was, now = (("…" if start else "") + text[start:] for text in (was, now))
    return f"{_said(old, was)} → {_said(new, now)}"


def _text(value) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    return "; ".join(value) if isinstance(value, list) else str(value)


def _said(value, text: str) -> str:
    """A field's value (its `text`, or a part of it) as a warning quotes it."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if not text:
        return "none"
    return f"'{text if len(text) <= _QUOTED else text[: _QUOTED - 1] + '…'}'"


COMPLETES = "the whole of a record read cut short"
"""Why the whole record of a work first read from a file cut short joins the source the cut one started."""
_BEGUN_FIELDS = ("title", "year", "doi", "pmid", "container", "volume", "issue", "pages", "publisher", "url", "abstract")
_SURE_TITLE = 60
"""Characters of a cut title that say, alone, which work it begins; a shorter one needs its authors to agree too."""


def begins(cut: Record, whole: Record) -> bool:
    """Whether a record read from a file that ended inside it (`INCOMPLETE`) is the beginning of `whole`: a file is cut
    at one place, so each field read before it is whole and the field it fell in is the start of one. Its title must
    begin the whole one's, its authors the whole list, and every other field read must be the whole record's or the
    start of it."""
    if not cut.title or not _starts(whole.title, cut.title):
        return False
    names = cut.authors
    if names and (len(names) > len(whole.authors) or names[:-1] != whole.authors[: len(names) - 1]):
        return False
    if names and not _starts(whole.authors[len(names) - 1], names[-1]):
        return False
    if not names and len(cut.title) < _SURE_TITLE:
        return False
    for name in _BEGUN_FIELDS[1:]:
        value, full = getattr(cut, name), getattr(whole, name)
        if value and value != full and not (isinstance(value, str) and isinstance(full, str) and _starts(full, value)):
            return False
    return True


def _starts(whole: str, start: str) -> bool:
    return " ".join(whole.split()).casefold().startswith(" ".join(start.split()).casefold())


def _translation_turned(one: str, other: str) -> bool:
    """Whether two titles are one title and its bracketed translation, in the other order ("Observance … [Treatment
    adherence …]" beside "Treatment adherence … [Observance …]"): the same row of a file read again after a cmo that
    turned it the other way (`readers.original_title_first`; helper H1: an ingest read again made a second record of
    each row it turned back), not another work."""
    halves = []
    for title in (one.rstrip(" ."), other.rstrip(" .")):
        opening = title.rfind("[")
        if not title.endswith("]") or opening < 1:
            return False
        halves.append((title[:opening].strip(), title[opening + 1 : -1].strip()))
    (first, second), (third, fourth) = halves
    return same_title(first, fourth) and same_title(second, third)


class _Linker:
    """Each new record either links into a source that is the same work or starts a new one.

    The review's sources are loaded only when the first new record arrives: re-ingesting a
    file whose records are all there already costs no de-duplication at all. What was taken
    is written part by part, while the next parts are still being read.
    """

    def __init__(self, store, origin: str, summary: IngestSummary):
        self.store, self.origin, self.summary = store, origin, summary
        self.sources: dict[str, Source] | None = None
        self.merged_keys: dict[str, None] = {}
        """Keys of sources merged away ('cmo sources merge'): each still names the source it went into, in coding sheets,
        commands and the history, so no new source is given one (trial CK: an update search's record became a new
        'fazel2014mental-2', the key a year-old merge had sent into 'fazel2014mental')."""
        self.by_file_and_key: dict[tuple[str, str], str | None] = {}
        self.dedupe = Deduplicator()
        self.changed: dict[str, Source] = {}
        self.linked: list[tuple[str, Record, str]] = []
        self.cut_keys: set[str] = set()
        """Sources a record read cut short started or joined (`INCOMPLETE`), which a whole record may complete."""
        self.cut_records: dict[str, list[Record]] = {}
        self.earlier_reads: dict[str, tuple[dict, dict]] = {}
        """File name → the records stored from an earlier ingest of a file of that name: (title, source) by line, and
        sources by (title key, year)."""
        self.repeatable: dict[str, tuple[str, str]] = {}
        """Fingerprint → (file, source) of each record read with a key: another file giving it again repeats it."""
        self.repeats: dict[tuple[str, str], int] = {}
        """(file, earlier file) → how many records of the earlier file it repeats (`REPEATED_FROM`)."""
        self.accessions: dict[str, tuple[str, str]] = {}
        """A database's number for a record (`database_accession`) → (file, source) of the first record read with it."""
        self.same_in_database: dict[tuple[str, str], int] = {}
        self.same_in_library: dict[tuple[str, str], int] = {}
        """(file, earlier file) → how many records of the earlier file it gives again under a library's same number."""
        """(file, earlier file) → how many records of the earlier file it gives again under the database's same number."""
        self.created: set[str] = set()
        self.read_anew: set[str] = set()
        """Sources a record read again in this ingest gave its new reading (`_read_anew`)."""
        """Sources this ingest started: no reviewer has decided anything on them (`_join`)."""
        self.renamed: dict[str, list[tuple[str, str]]] = {}
        self.screening_copies: dict[str, list] = {}
        """file → [the screening tool, how many of its records are copies of works already in the review]."""
        """File → (the file's key, the source's key) for each source named otherwise than its record's key
        (`new_source`: a database's generated key gives way to author and year), said once per file."""

    def take(self, record: Record, known: set[tuple[str, str]], prepared: tuple[str, object] | None = None) -> None:
        self.summary.read += 1
        fingerprint, profile = prepared or (record_fingerprint(record), None)
        if (fingerprint, record.provenance.file) in known:
            self.summary.unchanged += 1
            return
        known.add((fingerprint, record.provenance.file))
        if self.sources is None:
            self.sources = {source.key: source for source in self.store.sources()}
            merges = self.store.decisions_of("source-merge")
            gone = (d.targets[1] for d in merges if len(d.targets) > 1)
            self.merged_keys = dict.fromkeys(key for key in gone if key not in self.sources)
            read_as = self.store.records_by_source()
            for key, source in self.sources.items():  # by its records as read, as this run's sources are: in any order
                for known in compared_as(source, read_as.get) if source.edited else read_as.get(key) or [source]:
                    self.dedupe.add(key, known)
            self.by_file_and_key = self.store.sources_by_file_and_key()
            self.cut_keys = {key for key, source in self.sources.items() if INCOMPLETE in source.extra}
            rows = self.store.db.execute("SELECT fingerprint, file, source_key FROM records WHERE key != ''")
            self.repeatable = {printed: (file, key) for printed, file, key in rows}
            for key, held in self.store.records_by_source().items():
                for stored in held:
                    if number := database_accession(stored):
                        self.accessions.setdefault(number, (stored.provenance.file, key))
        match, basis = self._read_before(record)
        if match is None:
            match, basis = self._repeated(record, fingerprint)
        if match is None:
            match, basis = self._same_in_database(record)
        also: list[tuple[str, str]] = []
        taken: list[tuple[str, list[int]]] = []
        if match is None:
            match, basis, also = self.dedupe.match(record, profile), self.dedupe.basis, self.dedupe.also
            taken = self.dedupe.taken
            if match is not None:
                basis = self._same_in_library(record, match) or basis
        if match is None and self.cut_keys and INCOMPLETE not in record.extra:
            match = self._cut_short_of(record)
            basis = COMPLETES if match else basis
        kept = record
        if match is None:
            source = new_source(record, ChainMap(self.sources, self.merged_keys), self.origin, self.summary.problems)
            self.summary.added += 1
            self.created.add(source.key)
            if record.key and source.key != record.key and record.key not in self.sources:
                self.renamed.setdefault(record.provenance.file, []).append((record.key, source.key))
            if self.dedupe.apart:  # one DOI, or one web address and year, two titles: two documents, or one listed twice
                held = "" if self.dedupe.apart_why in (TITLES_DIFFER, CUT_TITLE) else " --force"  # a conflict: merge asks for it
                self.summary.problems.append(
                    Problem(
                        record.provenance.file,
                        record.provenance.line,
                        f"{self.dedupe.apart_on} as '{self.dedupe.apart}', but {self.dedupe.apart_why}: kept as its own "
                        f"source '{source.key}'; 'cmo sources merge {self.dedupe.apart} {source.key}{held}' if they are "
                        "one work.",
                    )
                )
        else:
            provenance = record.provenance
            linked_by = basis
            if SCREENING_COPY in record.extra and not re_read(provenance.model_copy(update={"linked_by": basis})):
                linked_by = f"{SCREENING_COPY_OF}{basis}"  # a tool's copy of a record a search found: counted once
                self.screening_copies.setdefault(provenance.file, [record.extra[SCREENING_COPY], 0])[1] += 1
                self.summary.screening_copies += 1  # counted as read again, not as duplicates (helper CS g)
            kept = record.model_copy(update={"provenance": provenance.model_copy(update={"linked_by": linked_by})})
            source = link_record(self.sources[match], kept)
            self._say_english_title(self.sources[match], source, provenance)
            if INCOMPLETE in source.extra and INCOMPLETE not in record.extra:
                source = self._completed(source, kept)
            elif basis in (READ_BEFORE, SAME_ROW):
                source = self._read_anew(source, kept)
                self.read_anew.add(source.key)
            self.summary.merged += 1
            self.summary.links.append(
                {
                    "record": f"{provenance.file}:{provenance.line}",
                    "record_key": provenance.key,
                    "source": match,
                    "linked_by": basis,
                }
            )
        self.sources[source.key] = source
        self.cut_records.pop(source.key, None)
        if INCOMPLETE in source.extra:
            self.cut_keys.add(source.key)
        else:
            self.cut_keys.discard(source.key)
        self.changed[source.key] = source
        self.dedupe.add(source.key, record, profile)
        self.linked.append((source.key, kept, fingerprint))
        if record.provenance.key:
            self.repeatable.setdefault(fingerprint, (record.provenance.file, source.key))
        if number := database_accession(record):
            self.accessions.setdefault(number, (record.provenance.file, source.key))
        for other, other_basis in also:
            self._join(source.key, other, kept, other_basis)
        for work, leaving in taken:
            self._take_out(work, leaving, source.key, kept)

    def _join(self, key: str, other: str, record: Record, basis: str) -> None:
        """`record` joined `key` and is as surely the same work as `other` (`Deduplicator.also`): `other`'s records join
        `key` as the record's would had it come first, whatever the order of the files and their records. A source of an
        earlier ingest a reviewer has decided anything on (screened, appraised, corrected, coded, merged or split) is not
        joined: said, with the merge that would join it."""
        gone = self.sources.get(other) if self.sources else None
        if gone is None or other == key:
            return
        where = f"{record.provenance.file}:{record.provenance.line}"
        if other not in self.created and (decided := self._decided(gone)):
            self.summary.problems.append(
                Problem(
                    record.provenance.file,
                    record.provenance.line,
                    f"this record is the same work as '{key}' ({record.provenance.linked_by}) and as '{other}' ({basis}), "
                    f"which {decided}: kept apart; 'cmo sources merge {key} {other}' if they are one work.",
                )
            )
            return
        self.write()
        source = self.sources[key]
        for earlier in self.store.records_of(other):
            why = earlier.provenance.linked_by or f"{BRIDGED}{where} ({basis})"
            source = link_record(
                source, earlier.model_copy(update={"provenance": earlier.provenance.model_copy(update={"linked_by": why})})
            )
            if not earlier.provenance.linked_by:  # the record that started `other`: now a duplicate, listed as one
                place = earlier.provenance
                self.summary.links.append(
                    {"record": f"{place.file}:{place.line}", "record_key": place.key, "source": key, "linked_by": BRIDGED[:-2]}
                )
        self.store.rehome_records(other, key)
        self.store.rehome_source_rows(other, key)
        self.store.delete_source(other)
        self.dedupe.join(other, key)
        if other in self.created:
            self.summary.added -= 1
        else:
            self.summary.warnings.append(
                f"{where} is the same work as '{key}' and as '{other}', sources of earlier ingests no reviewer had decided "
                f"anything on: '{other}' joined '{key}'."
            )
        self.summary.merged += len(gone.records)
        for link in self.summary.links:
            if link["source"] == other:
                link["source"] = key
        del self.sources[other]
        self.sources[key] = self.changed[key] = source
        self.created.discard(other)
        self.cut_keys.discard(other)
        self.cut_records.pop(other, None)
        self.by_file_and_key = {place: key if held == other else held for place, held in self.by_file_and_key.items()}
        self.repeatable = {printed: (file, key if held == other else held) for printed, (file, held) in self.repeatable.items()}
        for pairs in self.renamed.values():  # a database's key names the source its record is in now
            pairs[:] = [(given, key if named == other else named) for given, named in pairs]

    def _take_out(self, work: str, leaving: list[int], into: str, record: Record) -> None:
        """Records of `work` that `record` (of the source `into`) is the same work as, more surely than they are as the
        rest of `work`, which `record` contradicts, or as surely and first in the records' own order
        (`Deduplicator.taken`), join `into`, as they would have had `record` come first. A source of an earlier ingest
        a reviewer has decided anything on keeps them: said, with the split that would take them out."""
        from cmo.commands.sources import rebuilt_from

        source = self.sources.get(work) if self.sources else None
        places = [self.dedupe.places[index] for index in leaving]
        if source is None or any(place is None for place in places):
            return
        where = f"{record.provenance.file}:{record.provenance.line}"
        named = [f"{place[0]}:{place[1]}" for place in places if place]
        if work not in self.created and (decided := self._decided(source)):
            self.summary.problems.append(
                Problem(
                    record.provenance.file,
                    record.provenance.line,
                    f"this record is the same work as {', '.join(named)} of '{work}', as surely as that is the rest of "
                    f"'{work}', which this record contradicts and which {decided}: kept as it is; 'cmo sources split "
                    f"{work} {named[0]}' and 'cmo sources merge {into} KEY' if it is this record's work.",
                )
            )
            return
        self.write()
        rows = self.store.record_rows(work)
        going = {
            row_id: kept for row_id, kept in rows if (kept.provenance.file, kept.provenance.line, kept.provenance.key) in places
        }
        rest = [kept for row_id, kept in rows if row_id not in going]
        if not going or not rest:
            return
        why = f"{BRIDGED}{where} (taken from '{work}', which it contradicts)"
        target = self.sources[into]
        for kept in going.values():
            target = link_record(
                target, kept.model_copy(update={"provenance": kept.provenance.model_copy(update={"linked_by": why})})
            )
        rebuilt = rebuilt_from(source, rest)
        self.store.put_sources([target])
        self.store.rehome_records(work, into, going)
        self.store.put_sources([rebuilt])
        self.sources[into], self.sources[work] = target, rebuilt
        self.dedupe.move(leaving, into)
        moved = set(named)
        for link in self.summary.links:
            if link["record"] in moved:
                link["source"] = into
        self.summary.warnings.append(
            f"{where} contradicts '{work}' but is the same work as its record{'s' if len(named) > 1 else ''} "
            f"{', '.join(named)}, as surely as that is the rest of '{work}' or more: taken into '{into}' ('cmo sources "
            f"split {into} {named[0]}' if it is '{work}''s)."
        )

    def _decided(self, source: Source) -> str:
        """What a reviewer has decided on a source of an earlier ingest, in words; empty when nothing."""
        if source.screening != "unscreened":
            return f"is {source.screening}"
        if source.edited:
            return "a reviewer corrected"
        if source.appraisal.relevance or source.appraisal.rigour or source.appraisal.note:
            return "is appraised"
        if self.store.statements(source.key, include_deleted=True):
            return "has coded statements"
        if self.store.history(source.key):
            return "a decision in the history names"
        return ""

    def _read_before(self, record: Record) -> tuple[str | None, str]:
        """The source of an earlier read of this record, and why, whose content has changed since: a BibTeX entry of the
        same file name, citation key and much the same title (edited, or read with other @string files); a record of
        any format from the same file name and row with much the same title, or with the same title and year (trial R: a
        CSV read again once its 'Author / Organisation' header was renamed 'Author' made a second source of each row
        whose first read had no author). Ids alone (RIS record numbers) are not stable enough to say so."""
        original = record.provenance.key
        if record.provenance.format == "bibtex" and original and record.key == original:  # not keyless, nor a key used twice
            earlier = self.by_file_and_key.get((record.provenance.file, original))
            source = (self.sources or {}).get(earlier or "")
            if source is not None and (not (source.title or record.title) or same_title(source.title, record.title)):
                return earlier, READ_BEFORE  # otherwise another export under the same name, reusing generated keys
        return self._same_row(record)

    def _same_row(self, record: Record) -> tuple[str | None, str]:
        """The one source an earlier ingest of a file of this name gave this record: same row and much the same title,
        or the same title (`title_key`) and year; the records of other files are de-duplication's to link."""
        file = record.provenance.file
        if file not in self.earlier_reads:
            rows = self.store.db.execute(
                "SELECT line, json_extract(data, '$.title'), json_extract(data, '$.year'), source_key FROM records "
                "WHERE file = ?",
                (file,),
            )
            by_line: dict[int, list[tuple[str, str]]] = {}
            by_title: dict[tuple[str, int | None], set[str]] = {}
            for line, title, year, key in rows:  # indexed, so a file read again costs one look-up a record, not a scan
                by_line.setdefault(line, []).append((title or "", key))
                if title and year:
                    by_title.setdefault((title_key(title), year), set()).add(key)
            self.earlier_reads[file] = (by_line, by_title)
        by_line, by_title = self.earlier_reads[file]
        if not record.title or not (by_line or by_title):
            return None, ""
        wanted = title_key(record.title)
        found = {
            key
            for title, key in by_line.get(record.provenance.line, ())
            if same_title(title, record.title) or _translation_turned(title, record.title)
        }
        if record.year and wanted:
            found |= by_title.get((wanted, record.year), set())
        if len(found) != 1 or next(iter(found)) not in (self.sources or {}):
            return None, ""
        return found.pop(), SAME_ROW

    def _repeated(self, record: Record, fingerprint: str) -> tuple[str | None, str]:
        """The source of the same record (same key and every field: the fingerprint) read before from another file: a
        corrected export saved under a new name repeats the records the first one gave (trial T: 'unbalanced2.bib' fixed
        and saved as 'good.bib'), which a document flow counts once."""
        file, key = self.repeatable.get(fingerprint, ("", ""))
        if not record.provenance.key or not file or file == record.provenance.file or key not in (self.sources or {}):
            return None, ""
        pair = (record.provenance.file, file)
        self.repeats[pair] = self.repeats.get(pair, 0) + 1
        return key, f"{REPEATED_FROM}{file} (same key and fields)"

    def _same_in_database(self, record: Record) -> tuple[str | None, str]:
        """The source of the record another file gave under the same database number (`database_accession`): one
        search exported twice, in two formats (trial CO: Scopus's CSV and its BibTeX of the same 24 records made 96
        records identified of 72, and 57 duplicates of 33), which a document flow counts once."""
        number = database_accession(record)
        file, key = self.accessions.get(number, ("", "")) if number else ("", "")
        if not file or file == record.provenance.file or key not in (self.sources or {}):
            return None, ""
        pair = (record.provenance.file, file)
        self.same_in_database[pair] = self.same_in_database.get(pair, 0) + 1
        return key, f"{REPEATED_FROM}{file} (the same {number.rsplit(' ', 1)[0]} record number)"

    def _same_in_library(self, record: Record, key: str) -> str:
        """Why `record`, which de-duplication linked to `key`, is a record another file gave already: a record of that
        source from another file under the same number of one reference manager's library (`library_number`), one
        library exported in two formats; "" otherwise."""
        number = library_number(record)
        if not number:
            return ""
        held = [*(r for k, r, _ in self.linked if k == key), *self.store.records_of(key)]
        file = next(
            (r.provenance.file for r in held if r.provenance.file != record.provenance.file and library_number(r) == number), ""
        )
        if not file:
            return ""
        pair = (record.provenance.file, file)
        self.same_in_library[pair] = self.same_in_library.get(pair, 0) + 1
        return f"{REPEATED_FROM}{file} (the same record number of one reference manager's library)"

    def _cut_records(self, key: str) -> list[Record]:
        """The records of a source read cut short (`INCOMPLETE`), stored or taken in this ingest; read once per source
        until a record joins it, as every new record of a large ingest may ask."""
        if key not in self.cut_records:
            stored = self.store.records_of(key) if self.store.source(key) is not None else []
            self.cut_records[key] = [r for r in [*stored, *(r for k, r, _ in self.linked if k == key)] if INCOMPLETE in r.extra]
        return self.cut_records[key]

    def _cut_short_of(self, record: Record) -> str | None:
        """The source a record read cut short started, when this record is the whole of it (`begins`): a record cut in
        its title, before its DOI, has nothing de-duplication could link by, and would start a second source."""
        return next((key for key in sorted(self.cut_keys) if any(begins(cut, record) for cut in self._cut_records(key))), None)

    def settle_re_reads(self, file: str) -> None:
        """The sources of records of `file` read again by an earlier ingest, before a re-read gave its new reading
        (`_read_anew`), take it now: a review whose file was ingested again with a fixed reader kept the old reading,
        and ingesting the file once more, its records all known, changed nothing (trial CB: 'rcm2018midwifery' stayed an
        article). Each source a record of this ingest read again is settled already."""
        rows = self.store.db.execute(
            "SELECT DISTINCT source_key FROM records WHERE file = ? AND json_extract(data, '$.provenance.linked_by') IN (?, ?)",
            (file, READ_BEFORE, SAME_ROW),
        )
        for key in [key for (key,) in rows if key not in self.read_anew]:
            source = (self.sources or {}).get(key) or self.store.source(key)
            if source is None:
                continue
            records, was = self.store.records_of(key), source
            for i, record in enumerate(records):
                latest = not any(_reads_again(record, later) for later in records[i + 1 :])
                if record.provenance.file == file and record.provenance.linked_by in (READ_BEFORE, SAME_ROW) and latest:
                    source = self._read_anew(source, record)
            self.read_anew.add(key)
            if source != was:
                self.changed[key] = source
                if self.sources is not None:
                    self.sources[key] = source
        self.write()

    def _read_anew(self, source: Source, record: Record) -> Source:
        """A source whose record is read again from the same file (`READ_BEFORE`, `SAME_ROW`) takes the new reading of
        each value it holds from earlier readings of that record alone, from no other record, and a reviewer did not
        correct (`Source.edited`): what an older reader misread, or an export since corrected, is not kept against the
        new reading (trial CB: MIDIRS's pamphlet, read as an article in the journal 'London: RCM, 2018', stayed one
        once the fixed reader read it as a report), a value the new reading has not (that misread journal) going too.
        Said, old value and new; the key stays, as every key does."""
        stored = self.store.records_of(source.key) if self.store.source(source.key) is not None else []
        records = [r for r in [*stored, *(r for key, r, _ in self.linked if key == source.key)] if r != record]
        earlier = [r for i, r in enumerate(records) if any(_reads_again(r, later) for later in [*records[i + 1 :], record])]
        updates = _superseded(source, record, earlier, [r for r in records if not any(r is e for e in earlier)], True)
        if updates:
            said = "; ".join(
                f"{_FIELD_NAMES.get(name, name)} {_changed(getattr(source, name), value)}" for name, value in updates.items()
            )
            self.summary.warnings.append(
                f"{record.provenance.file} line {record.provenance.line}: read again, {source.key} takes this reading where "
                f"it held only the earlier one's: {said} (the key {source.key} stays)."
            )
        return source.model_copy(update=updates)

    def _say_english_title(self, before: Source, after: Source, provenance) -> None:
        """One sentence where a linked record's English title replaced the source's title in another language
        (`linking._english_for_another_language`): which title is shown now, and that the other is kept."""
        if before.title == after.title or after.extra.get(ORIGINAL_TITLE) != before.title:
            return
        self.summary.warnings.append(
            f"'{after.key}' is titled in English as {provenance.file}:{provenance.line} gives it ('{after.title}'); its "
            f"title in another language, '{before.title}', is kept as its original title."
        )

    def _completed(self, source: Source, whole: Record) -> Source:
        """A source read from a record the file ended inside (`INCOMPLETE`: a title cut in the middle, no journal, so
        type misc and grey literature) takes the fields of the first whole record of the same work: each value it holds
        from a record cut short, and from no whole one, is the whole record's, unless a reviewer corrected it (trial T:
        the complete PubMed export linked by PMID and filled in the authors, but the cut title and 'grey: yes' stayed).
        Said, with the fields it changed; the key stays, as every key does."""
        stored = self.store.records_of(source.key) if self.store.source(source.key) is not None else []
        records = [r for r in [*stored, *(r for key, r, _ in self.linked if key == source.key)] if r is not whole]
        cut = [r for r in records if INCOMPLETE in r.extra]
        others = [r for r in records if INCOMPLETE not in r.extra]
        updates = _superseded(source, whole, cut, others, False)
        updates["extra"] = {name: value for name, value in source.extra.items() if name != INCOMPLETE}
        if updates.keys() - {"extra"}:
            where = ", ".join(f"{r.provenance.file} line {r.provenance.line}" for r in cut)
            named = ["grey-literature flag" if name == "grey" else name for name in updates if name != "extra"]
            fields = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
            self.summary.warnings.append(
                f"{whole.provenance.file} line {whole.provenance.line}: this record is the whole of {source.key}, read cut "
                f"short from {where}: its {fields} {'is' if len(named) == 1 else 'are'} now this record's "
                f"(the key {source.key} stays)."
            )
        return source.model_copy(update=updates)

    def write(self) -> None:
        """Store what changed since the last write; a source changed again is written again."""
        self.store.put_sources(self.changed.values())
        self.store.add_records(self.linked, self.sources or {})
        self.changed, self.linked = {}, []


# --- Taking an import back ----------------------------------------------------------------------


class Withdrawn(View):
    """`cmo sources withdraw`: one file's imports taken back."""

    file: str
    imports: int
    """How many times a file of this name was ingested: each is taken back."""
    records: int
    removed: list[str] = []
    """The sources that had no record from any other file: gone from the review and its document flow."""
    kept: list[str] = []
    """The sources that keep their records from other files, made again from them."""
    unfilled: list[str] = []
    """The sources that had taken fields by crossref from an entry of the file (its year, its proceedings' title,
    publisher, volume): they lose them with it, and keep their crossref for the file ingested again."""


@writes
def withdraw_file(review: Review, named: str, *, note: str) -> Withdrawn:
    """Take back what ingesting a file added, named as the ingest recorded it (the file's name; a path to it names the
    same file): every record read from it goes, each source left with no record goes from the review and its document
    flow, and each source that keeps records from other files is made again from them (`rebuilt_from`). Recorded in the
    history with `note`, why, every record and source as it was; ingesting the file again undoes it.

    Refused, with nothing changed, where a source that would go carries a person's work: statements coded from it, a
    screening or appraisal decision, a correction, a merge or split by hand, an attached full text (`_depends_on`)."""
    from cmo.commands.sources import rebuilt_from

    if not note.strip():
        raise CmoError("say why the import is taken back with --note; the history keeps the reason.")
    store = review.store
    name = Path(named.strip()).name
    imports = [row for row in store.files() if row["name"] == name]
    _refuse_one_of_several(named.strip(), name, imports)
    taken = store.records_from_file(name)
    if not imports and not taken:
        raise NotFound(_no_such_import(store, named.strip(), name))
    by_source: dict[str, list[Record]] = {}
    for key, record in taken:
        by_source.setdefault(key, []).append(record)
    sources = {source.key: source for source in store.sources_with_keys(by_source)}
    rest = {key: [r for r in store.records_of(key) if r.provenance.file != name] for key in by_source}
    going = [key for key, left in rest.items() if not left]
    blocking = [said for key in going for said in _depends_on(store, sources[key])]
    if blocking:
        more = f" (and {counted(len(blocking) - 1, 'more thing')} the same way)" if len(blocking) > 1 else ""
        raise CmoError(f"{name} was not withdrawn: {blocking[0]}{more}; nothing was changed.")
    origin_of = {row["name"]: row["origin"] for row in store.files()}
    routes = store.record_origins()
    set_by_hand = {key for d in store.decisions_of("origin-import") for key in d.targets}
    rebuilt = []
    for key, left in rest.items():
        if left:
            first = left[0].provenance
            route = None if key in set_by_hand else routes.get((first.file, first.line)) or origin_of.get(first.file)
            rebuilt.append(rebuilt_from(sources[key], left, route))
    unfilled = [s for s in _crossref_fields_withdrawn(store, name) if s.key not in by_source]
    was = {s.key: store.source(s.key) for s in unfilled}
    store.withdraw_file(name)
    store.put_sources(rebuilt + unfilled)
    for key in going:
        store.delete_source(key)
    kept = [source.key for source in rebuilt]
    store.record_decision(
        Decision(
            action=WITHDRAW_ACTION,
            targets=[name, *going, *kept],
            note=f"withdrew {name} ({counted(len(taken), 'record')}"
            + (f"; {counted(len(going), 'source')} gone: {', '.join(going)}" if going else "")
            + (f"; {', '.join(kept)} kept from other files" if kept else "")
            + (f"; {', '.join(s.key for s in unfilled)} lost what they took from it by crossref" if unfilled else "")
            + f"): {note.strip()}",
            before={
                "files": imports,
                "sources": {key: sources[key].model_dump(mode="json") for key in by_source},
                "records": [{"source": key, **record.model_dump(mode="json")} for key, record in taken],
                "by_crossref": {key: source.model_dump(mode="json") for key, source in was.items() if source},
            },
            after={"file": name, "removed": going, "kept": kept, "records": len(taken), "unfilled": list(was)},
            round=store.current_round(),
        )
    )
    return Withdrawn(
        file=name, imports=len(imports), records=len(taken), removed=going, kept=kept, unfilled=[s.key for s in unfilled]
    )


def _refuse_one_of_several(named: str, name: str, imports: list[dict]) -> None:
    """Refused where a path names one of several different files ingested under one name (`a/export.ris` and
    `b/export.ris`, each `export.ris`): an import is kept by its file's name, so taking back one would take back the
    others too (probe 40). The name alone, as the ingest recorded it, names them all; a file ingested again unchanged
    is one file."""
    contents = list(dict.fromkeys(row["sha256"] for row in imports))
    if named == name or len(contents) < 2:
        return
    try:
        this = open_file(Path(named)).sha256
    except (CmoError, OSError):
        this = None
    listed = "; ".join(
        f"ingested {row['ingested_at'][:10]}, {counted(row['records'], 'record')}" + (" (this file)" * (row["sha256"] == this))
        for row in imports
    )
    raise CmoError(
        f"{named} is one of {len(contents)} different files ingested under the name {name} ({listed}), and cmo keeps an "
        f"import by its file's name, so it cannot take back one of them alone; 'cmo sources withdraw {name} --note "
        "WHY' takes back all of them, or keep them and exclude the sources you did not mean (cmo select exclude KEY); "
        "nothing was changed."
    )


def _depends_on(store, source: Source) -> list[str]:
    """What a person did with a source that withdrawing its only file would take away, one clause each, with the command
    that takes it back first where there is one."""
    from cmo.commands.sources import _appraised

    key, said = source.key, []
    coded = store.statements(key, include_deleted=True)
    if coded:
        ids = ", ".join(s.id + (" (deleted)" if s.deleted else "") for s in coded)
        said.append(f"{key}, which only it gave, is cited by {'statement' if len(coded) == 1 else 'statements'} {ids}")
    if source.screening != "unscreened":
        by = f" by {source.screened_by}" if source.screened_by else ""
        why = f" ('{source.exclusion_reason}')" if source.exclusion_reason else ""
        said.append(
            f"{key}, which only it gave, was {'set aside as maybe' if source.screening == 'maybe' else source.screening}{by}"
            f"{why}: return it to unscreened first (cmo select unscreen {key})"
        )
    if _appraised(source):
        said.append(f"{key}, which only it gave, was appraised ('cmo history {key}')")
    if source.edited:
        said.append(f"{key}, which only it gave, was corrected by hand ({', '.join(source.edited)})")
    if any(d.action in ("source-merge", "source-split") for d in store.history(key)):
        said.append(f"{key}, which only it gave, was merged or split by hand ('cmo history {key}')")
    if any(row["source_key"] == key for row in store.fulltexts()):
        said.append(f"{key}, which only it gave, has a full text attached")
    return said


def _no_such_import(store, named: str, name: str) -> str:
    """Why nothing is withdrawn for `named`: it is a source, not a file (its files named), or no file of that name."""
    source = store.source(named)
    if source is not None:
        files = list(dict.fromkeys(p.file for p in source.records))
        return (
            f"'{named}' is a source, not a file ingested; name the file it came from "
            f"(cmo sources withdraw {files[0] if files else 'FILE'}: {', '.join(f'{p.file}:{p.line}' for p in source.records)}), "
            "or exclude it (cmo select exclude); nothing was changed."
        )
    files = list(dict.fromkeys(row["name"] for row in store.files()))
    known = f" (the files ingested are {', '.join(files)})" if files else " (no file is ingested yet)"
    return f"no file named '{name}' was ingested{known}; nothing was changed."


def withdrawn_before(store, name: str) -> Decision | None:
    """The last withdrawal of a file of this name, if one was withdrawn."""
    found = [d for d in store.decisions_of(WITHDRAW_ACTION) if d.after.get("file") == name]
    return found[-1] if found else None
