"""Is a coded quote really in its source? Compared on text made alike first: NFKC (ligatures such
as "ﬁ"), curly quotes and dashes straightened, words broken by a hyphen at a line end joined, all
space collapsed, case folded; then rapidfuzz's partial alignment finds the best passage."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

FOUND = 90.0
"""Similarity (0-100) from which a quote counts as found: a close one (OCR slips, a changed word) is said to differ,
a paraphrase is not found. A short quote is held to one changed word instead (`found_at`)."""
FOUND_AT_LEAST = 80.0
"""However short the quote, less alike than this is not found."""


def found_at(quote: str) -> float:
    """The similarity from which this quote counts as found: FOUND, or less for a short quote, where one changed word
    weighs more (a 6-word quote with one word changed is 88 % alike: close, like a 9-word one at 91 %, not absent)."""
    words = len(quote.split())
    return FOUND if words == 0 else max(FOUND_AT_LEAST, min(FOUND, 100.0 - 100.0 / words))


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")
_LINE_END_MARK = re.compile("[\u00ad\ufffe][ \t]*(?:\r?\n)?")
"""A hyphen a line end made, as PDF text gives it: PDFium's U+FFFE (it takes the line break too, so the footer or
the next line follows at once: "rejec\ufffetion", "wel\ufffe10"), or a soft hyphen (U+00AD) before a line break."""
_LETTER = r"[^\W\d_]"
_HYPHEN_BREAK = re.compile(rf"(?<={_LETTER})[-\u2010\u2011][ \t]*\r?\n\s*(?={_LETTER})")
"""Found from the hyphen (the letters either side looked at, not matched): a search that starts at every letter was
most of a quote check's time."""


def unhyphenated(text: str) -> str:
    """Page text with the words a line end hyphenated joined again ("rejec-" + "tion": "rejection"), whichever way
    the PDF's text gives that hyphen: "-" or U+2010 then a line break, a soft hyphen, or PDFium's U+FFFE. A hyphen
    before a line that does not go on with a letter (a page number, a footer) stays, with its line break, so that
    line can still be told apart from the text. A soft hyphen inside a line (invisible, where a word may break) is
    dropped. The pages of an attached PDF are kept this way (what `cmo search` finds and a passage shows), and
    every text is read this way before a quote is compared with it."""
    text = text or ""
    if "\u00ad" in text or "\ufffe" in text:
        text = _LINE_END_MARK.sub("-\n", text).replace("\u00ad", "")
    if "\n" in text and ("-" in text or "\u2010" in text or "\u2011" in text):
        text = _HYPHEN_BREAK.sub("", text)
    return text


def readable(text: str) -> str:
    """The text made alike for comparing, case kept so a passage can be shown as printed."""
    text = unhyphenated(unicodedata.normalize("NFKC", text or "")).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip()


def comparable(text: str) -> str:
    return readable(text).casefold()


@dataclass
class QuoteCheck:
    status: str
    """verified (word for word, on the stated page), other_page (word for word, on another page), close (alike but
    not word for word: a changed word, an OCR slip), not_found or no_fulltext."""
    found_page: int | None = None
    similarity: float = 0.0
    passage: str = ""


class Pages:
    """A source's pages and what checking a quote against them needs, each made once, however many of its quotes are
    checked (`cmo code verify` checks a source's quotes one after another: made alike per quote, they were most of
    its time)."""

    def __init__(self, pages: Sequence[str]):
        self.raw = list(pages)
        self._folded: dict[str, str] = {}

    @functools.cached_property
    def texts(self) -> list[str]:
        return [readable(text) for text in self.raw]

    @functools.cached_property
    def over_breaks(self) -> list[list[str]]:
        return _over_page_breaks(self.raw)

    def whole(self, quote: str, text: str) -> bool:
        """`word_for_word`, with the text folded once."""
        if text not in self._folded:
            self._folded[text] = _unbroken(comparable(text))
        return word_for_word(quote, text, self._folded[text])


def check_quote(quote: str, stated_page: str, pages: Sequence[str] | Pages) -> QuoteCheck:
    """Where the quote is in `pages` (1-based), compared with the page the coder gave. A quote that runs over a page
    break is found where it starts; a text with no words on any page (a scan without a text layer) cannot say
    whether a quote is in it, so it counts as no full text rather than as a quote not found."""
    wanted = readable(quote.strip().strip('"').strip("'"))
    found = found_at(wanted)
    pages = pages if isinstance(pages, Pages) else Pages(pages)
    texts = pages.texts
    if not any(texts):
        return QuoteCheck("no_fulltext")
    score, number, passage = _best_passage(wanted, texts)
    span, searched = 1, texts[number - 1] if number else ""
    if score < found or not pages.whole(wanted, searched):  # over a page break, it may be whole
        best = (score >= found and pages.whole(wanted, searched), score)
        for joined in pages.over_breaks:
            over_break = _best_passage(wanted, joined)
            here = joined[over_break[1] - 1] if over_break[1] else ""
            if (over_break[0] >= found and pages.whole(wanted, here), over_break[0]) > best:
                (score, number, passage), span, searched = over_break, 2, here
                best = (score >= found and pages.whole(wanted, here), score)
    if score < found and _ELIDED.search(wanted):  # a coder's ellipsis: the parts it leaves, each as written
        elided = next((n for n, text in enumerate(texts, start=1) if pages.whole(wanted, text)), None)
        if elided is not None:
            score, number, span, searched = 100.0, elided, 1, texts[elided - 1]
            passage = _around(searched, *_span_of(_ELIDED.split(wanted)[0], searched), 0)
    if score < found:
        return QuoteCheck("not_found", number or None, round(score, 1), passage)
    if not pages.whole(wanted, searched):
        return QuoteCheck("close", number, round(score, 1), passage)
    stated = _page_number(stated_page)
    on_pages = " ".join(pages.raw[number - 1 : number - 1 + span])
    printed = stated is not None and re.search(rf"(?<!\d){stated}(?!\d)", on_pages) is not None
    status = "verified" if stated is None or stated == number or printed else "other_page"
    return QuoteCheck(status, number, round(score, 1), passage)


_ELIDED = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|\[…\]|(?:\.\s*){3}|…)\s*")


def _span_of(part: str, text: str) -> tuple[int, int]:
    start = comparable(text).find(comparable(part).strip())
    return (start, start + len(part.strip())) if start >= 0 else (0, 0)


def word_for_word(quote: str, text: str, folded: str | None = None) -> bool:
    """Whether each part of the quote (the parts a coder's ellipsis leaves) is in the text as written, once both are
    made alike (`readable`, case folded): a quotation printed in a paper must be, and a close match is not."""
    folded = _unbroken(comparable(text)) if folded is None else folded
    return all(part in folded for part in (_unbroken(p.strip()) for p in _ELIDED.split(comparable(quote))) if part)


_BROKEN_WORD = re.compile(rf"(?<=\w)- +(?=\w)|(?<={_LETTER})-(?={_LETTER})")


def _unbroken(text: str) -> str:
    """A word a line end broke ("pre- ferred", as a PDF's text often reads once its line breaks are spaces) joined,
    and a hyphen between two letters dropped, on both sides alike: a line end that broke a compound
    ("non-" + "judgemental") reads "nonjudgemental" once `unhyphenated`, as a hyphen a typesetter added there does,
    so a quote writing the compound either way is word for word."""
    return _BROKEN_WORD.sub("", text)


def _over_page_breaks(pages: tuple[str, ...]) -> list[list[str]]:
    """Each page joined to the next, as read and without the lines a page break puts between (the first page's
    last line, the next one's first: a running head, a page number, a footer). Lines are joined as lines, so a word
    hyphenated at the foot of a page ("wel-", then the page number) is one word with the next page's first line."""
    lines = [unhyphenated(text).strip().splitlines() or [""] for text in pages]
    variants = []
    for drop_last, drop_first in ((0, 0), (0, 1), (1, 0), (1, 1)):
        variants.append(
            [
                readable("\n".join([*ends[: len(ends) - drop_last], *starts[drop_first:]]))
                for ends, starts in zip(lines, lines[1:])
            ]
        )
    return variants


def _best_passage(wanted: str, texts: list[str]) -> tuple[float, int, str]:
    """(similarity, 1-based page, passage) of the text most like the quote."""
    best = (0.0, 0, "")
    for number, page in enumerate(texts, start=1):
        if not page or not wanted:
            continue
        found = _fuzz().partial_ratio_alignment(wanted, page, processor=str.casefold)
        if found.score > best[0]:
            best = (found.score, number, _around(page, found.dest_start, found.dest_end, 0))
    return best


def quote_in_context(quote: str, page_text: str, around: int = 200) -> str:
    """The quote's passage with the text around it on its page, cut at word boundaries: what
    `cmo trace` shows, so a reader sees the quote as the source put it."""
    page = readable(page_text)
    found = _fuzz().partial_ratio_alignment(readable(quote), page, processor=str.casefold)
    if found is None or found.score < FOUND:
        return ""
    return _around(page, found.dest_start, found.dest_end, around)


def _around(page: str, start: int, end: int, around: int) -> str:
    """The passage from `start` to `end` with `around` characters either side, a word cut there left out and a
    "…" where the page goes on."""
    left, right = max(0, start - around), min(len(page), end + around)
    text = page[left:right]
    if left > 0 and " " in text:
        text = "…" + (text.split(" ", 1)[1] if page[left - 1].isalnum() and page[left].isalnum() else text.lstrip())
    if right < len(page) and " " in text:
        text = (text.rsplit(" ", 1)[0] if page[right - 1].isalnum() and page[right].isalnum() else text.rstrip()) + "…"
    return text


def _page_number(page: str) -> int | None:
    found = re.search(r"\d+", page or "")
    return int(found.group(0)) if found else None


def _fuzz():
    """rapidfuzz's scorers, imported when a quote is first checked: `cmo trace` of a review without full texts
    never needs them (14 ms)."""
    from rapidfuzz import fuzz

    return fuzz
