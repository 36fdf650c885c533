"""Is a coded quote really in its source? Compared on text made alike first: NFKC (ligatures such
as "ﬁ"), curly quotes and dashes straightened, words broken by a hyphen at a line end joined, all
space collapsed, case folded; then rapidfuzz's partial alignment finds the best passage."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

FOUND = 90.0
"""Similarity (0-100) from which a quote counts as found: OCR slips and a changed word pass, a paraphrase does not."""

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00ad": ""})
_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")
_SPACE = re.compile(r"\s+")


def readable(text: str) -> str:
    """The text made alike for comparing, case kept so a passage can be shown as printed."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    return _SPACE.sub(" ", text).strip()


def comparable(text: str) -> str:
    return readable(text).casefold()


@dataclass
class QuoteCheck:
    status: str
    """verified (on the stated page), other_page, not_found or no_fulltext."""
    found_page: int | None = None
    similarity: float = 0.0
    passage: str = ""


def check_quote(quote: str, stated_page: str, pages: list[str]) -> QuoteCheck:
    """Where the quote is in `pages` (1-based), compared with the page the coder gave."""
    wanted = readable(quote.strip().strip('"').strip("'"))
    if not pages:
        return QuoteCheck("no_fulltext")
    best = (0.0, 0, "")
    for number, text in enumerate(pages, start=1):
        page = readable(text)
        if not page or not wanted:
            continue
        found = _fuzz().partial_ratio_alignment(wanted, page, processor=str.casefold)
        if found.score > best[0]:
            best = (found.score, number, _around(page, found.dest_start, found.dest_end, 0))
    score, number, passage = best
    if score >= FOUND:
        stated = _page_number(stated_page)
        printed = stated is not None and re.search(rf"(?<!\d){stated}(?!\d)", pages[number - 1]) is not None
        status = "verified" if stated is None or stated == number or printed else "other_page"
        return QuoteCheck(status, number, round(score, 1), passage)
    return QuoteCheck("not_found", number or None, round(score, 1), passage)


def quote_in_context(quote: str, page_text: str, around: int = 200) -> str:
    """The quote's passage with the text around it on its page, cut at word boundaries: what
    `cmo trace` shows, so a reader sees the quote as the source put it."""
    page = readable(page_text)
    found = _fuzz().partial_ratio_alignment(readable(quote), page, processor=str.casefold)
    if found is None or found.score < FOUND:
        return ""
    return _around(page, found.dest_start, found.dest_end, around)


def _around(page: str, start: int, end: int, around: int) -> str:
    left, right = max(0, start - around), min(len(page), end + around)
    text = page[left:right]
    if left > 0 and " " in text:
        text = "…" + text.split(" ", 1)[1]
    if right < len(page) and " " in text:
        text = text.rsplit(" ", 1)[0] + "…"
    return text


def _page_number(page: str) -> int | None:
    found = re.search(r"\d+", page or "")
    return int(found.group(0)) if found else None


def _fuzz():
    """rapidfuzz's scorers, imported when a quote is first checked: `cmo trace` of a review without full texts
    never needs them (14 ms)."""
    from rapidfuzz import fuzz

    return fuzz
