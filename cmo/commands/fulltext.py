"""`cmo fulltext attach|list`, `cmo code verify` and `cmo search`: the sources' PDFs, read page by
page, kept in the review folder by content hash and searchable; every quote checked against them."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from cmo.commands import writes
from cmo.commands.sources import get_source
from cmo.errors import BadInput, CmoError, NotFound
from cmo.files import given_files
from cmo.fulltext.pdf import read_pdf
from cmo.fulltext.quotes import Pages, QuoteCheck, check_quote, comparable, readable
from cmo.models import now_iso
from cmo.normalise import fold, normalise_doi, normalise_pmid
from cmo.review import Review
from cmo.views import EvidenceCandidate, FulltextAttached, FulltextRow, QuoteVerified, SearchHit, Unmatched

FOLDER = "fulltexts"
"""Where attached PDFs are copied inside the review folder, named by their SHA-256."""


def _pdfs(paths: list[Path]) -> list[Path]:
    found = []
    for path in given_files(paths):  # 'pdfs\*.pdf' as PowerShell passes it
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file())
        elif path.exists():
            found.append(path)
        else:
            raise CmoError(f"Cannot read {path}: no such file or folder.")
    if not found:
        raise BadInput(f"no PDF found in {', '.join(map(str, paths))}.")
    return found


@writes
def attach(review: Review, paths: list[Path], source: str | None = None) -> FulltextAttached:
    """Match each PDF to a source: `--source`, else a DOI or PMID printed on its first pages, else a
    file name equal to a citation key. Files matched to nothing are listed with the nearest sources."""
    store = review.store
    files = _pdfs(paths)
    if source and len(files) > 1:
        raise BadInput(f"--source names one source, but {len(files)} PDFs were given; attach them one at a time.")
    sources = store.sources()
    by_doi = {normalise_doi(s.doi): s.key for s in sources if s.doi}
    by_pmid = {normalise_pmid(s.pmid): s.key for s in sources if s.pmid}
    by_key = {s.key.casefold(): s.key for s in sources}
    by_key.update({name: s.key for s in sources for name in _attached_files(s.extra.get("file", ""))})
    titles = {s.key: fold(s.title) for s in sources if s.title}
    attached, unmatched, warnings = [], [], []
    for path in files:
        text = read_pdf(path)
        key = get_source(review, source).key if source else _match(path, text, by_doi, by_pmid, by_key)
        if key is None:
            from rapidfuzz import fuzz, process  # here: `cmo trace` imports this module and never needs it

            first = fold(" ".join(text.pages[:1]))[:600]
            nearest = process.extract(first, titles, scorer=fuzz.partial_ratio, limit=3) if first else []
            unmatched.append(Unmatched(file=path.name, candidates=[k for _, _, k in nearest]))
            continue
        folder = review.folder / FOLDER
        folder.mkdir(exist_ok=True)
        stored = folder / f"{text.sha256}.pdf"
        if not stored.exists():
            shutil.copyfile(path, stored)
        row = {
            "sha256": text.sha256,
            "source_key": key,
            "file": path.name,
            "stored": f"{FOLDER}/{stored.name}",
            "pages": len(text.pages),
            "pages_with_text": text.pages_with_text,
            "attached_at": now_iso(),
        }
        store.add_fulltext(row, text.pages)
        if not text.pages_with_text:
            warnings.append(
                f"{path.name}: no text layer (a scan?); attached to {key}, but nothing in it can be searched or verified."
            )
        attached.append(_row(row))
    return FulltextAttached(attached=attached, unmatched=unmatched, warnings=warnings)


def _match(path: Path, text, by_doi: dict, by_pmid: dict, by_key: dict) -> str | None:
    dois, pmids = text.identifiers()
    for doi in sorted(dois):
        if doi in by_doi:
            return by_doi[doi]
    for pmid in sorted(pmids):
        if pmid in by_pmid:
            return by_pmid[pmid]
    return by_key.get(path.stem.casefold())


def _attached_files(field: str) -> set[str]:
    """The PDF names a reference manager's `file` field points at (Zotero: "Title:path/x.pdf:application/pdf",
    Better BibTeX: "~/dir/x.pdf", several joined by ";"), without their folders, case folded, and without
    ".pdf", as the file stems they are compared with."""
    names = set()
    for entry in filter(None, (part.strip() for part in field.split(";"))):
        parts = entry.split(":")
        path = next((p for p in parts if p.lower().endswith(".pdf")), entry)
        name = path.replace("\\", "/").rsplit("/", 1)[-1]
        if name.lower().endswith(".pdf"):
            names.add(name[:-4].casefold())
    return names


def _row(row: dict) -> FulltextRow:
    return FulltextRow(
        source=row["source_key"],
        file=row["file"],
        stored=row["stored"],
        pages=row["pages"],
        pages_with_text=row["pages_with_text"],
    )


def list_fulltexts(review: Review) -> list[FulltextRow]:
    return [_row(row) for row in review.store.fulltexts()]


class QuoteChecker:
    """Quotes checked against their sources' attached full texts, each source's pages read once:
    `cmo code verify`, `cmo code import` and `cmo trace` all check through this."""

    def __init__(self, review: Review):
        self.store = review.store
        self._pages: dict[str, Pages] = {}

    def pages(self, source: str) -> list[str]:
        return self._prepared(source).raw

    def _prepared(self, source: str) -> Pages:
        if source not in self._pages:
            self._pages[source] = Pages(self.store.fulltext_pages(source))
        return self._pages[source]

    def check(self, quote: str, page: str, source: str) -> QuoteCheck:
        return check_quote(quote, page, self._prepared(source))


def verify(review: Review) -> list[QuoteVerified]:
    """Every live statement with a quote, checked against its source's full text."""
    checker = QuoteChecker(review)
    checked = []
    for statement in review.store.statements():
        if not statement.quote.strip():
            continue
        result = checker.check(statement.quote, statement.page, statement.source)
        checked.append(
            QuoteVerified(
                statement=statement.id,
                source=statement.source,
                status=result.status,
                page=statement.page,
                found_page=result.found_page,
                similarity=result.similarity,
                passage=result.passage[:300],
            )
        )
    return checked


def quote_checks(review: Review) -> dict[str, QuoteVerified]:
    """Statement id → its quote's check, with the page of the PDF it was found on: what the report's appendix and
    the statements export word by `check_in_words`. Empty when no full text is attached (nothing was checked)."""
    if not review.store.fulltexts():
        return {}
    return {checked.statement: checked for checked in verify(review)}


_WORD = re.compile(r"\w+", re.UNICODE)


def search(review: Review, text: str, source: str | None = None) -> list[SearchHit]:
    """Pages with all the words of `text`, best first (FTS5's bm25). Each word is quoted, so no
    input can act as FTS5 syntax."""
    words = _WORD.findall(text)
    if not words:
        raise BadInput("give some words to search for.")
    query = " ".join(f'"{word}"' for word in words[:32])
    key = get_source(review, source).key if source else None
    return [SearchHit(**hit) for hit in review.store.search_fulltext(query, key)]


CANDIDATE_PAGES = 300
"""Pages of the full texts searched for evidence: the best by FTS5's ranking of the configuration's words."""
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(])")


@dataclass
class _Passage:
    context: str
    mechanism: str
    outcome: str
    source: str
    page: int


def evidence(review: Review, config_id: str, limit: int = 10) -> list[EvidenceCandidate]:
    """Passages of included full texts, not yet quoted by any statement, most like the configuration
    (its context, mechanism and outcome against each sentence), by the review's own similarity backend.
    Candidates for a reviewer to read and code, never added by themselves."""
    import numpy as np

    from cmo.synthesis.backends import build_index

    store = review.store
    config = next((c for c in store.configurations() if c.id == config_id.strip().upper()), None)
    if config is None:
        raise NotFound(f"No configuration {config_id} in this review.")
    included = {s.key for s in store.sources() if s.status == "included"}
    quotes: dict[str, list[str]] = {}
    for statement in store.statements():
        if statement.quote.strip():
            quotes.setdefault(statement.source, []).append(comparable(statement.quote))
    words = sorted({w.lower() for w in _WORD.findall(f"{config.context} {config.mechanism} {config.outcome}") if len(w) > 3})
    if not words:
        return []
    # FTS5 picks the pages sharing most of the configuration's words; the similarity ranks their sentences.
    query = " OR ".join(f'"{word}"' for word in words[:64])
    passages = []
    for source_key, number, page in store.pages_matching(query, CANDIDATE_PAGES):
        if source_key not in included:
            continue
        for text in _SENTENCE.split(readable(page)):
            if len(text.split()) < 6 or _already_quoted(text, quotes.get(source_key, [])):
                continue
            passages.append(_Passage(text, text, text, source_key, number))
    if not passages:
        return []
    index = build_index([config, *passages], backend=review.settings.similarity, model=review.settings.model)
    scores = index.pairs(np.zeros(len(passages), dtype=int), np.arange(1, len(passages) + 1))
    best = sorted(range(len(passages)), key=lambda i: (-scores[i], i))[:limit]
    return [
        EvidenceCandidate(
            source=passages[i].source, page=passages[i].page, passage=passages[i].mechanism, score=round(float(scores[i]), 3)
        )
        for i in best
        if scores[i] > 0
    ]


def _already_quoted(text: str, quotes: list[str]) -> bool:
    """A sentence a statement already quotes (or most of it): one C-level pass over the source's quotes."""
    from rapidfuzz import fuzz, process

    return bool(quotes) and process.extractOne(comparable(text), quotes, scorer=fuzz.partial_ratio, score_cutoff=90) is not None
