"""How a source is cited: in tables, in prose, in reference lists, and as a safe link.

One style for every output (packs, report, Word, sheets) so a source reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from string import ascii_lowercase
from types import MappingProxyType
from urllib.parse import quote, urlsplit

from cmo.models import Source
from cmo.normalise import cited_by, clean_text, display_case, normalise_doi

_YEAR_LETTERS: ContextVar[Mapping[str, str]] = ContextVar("year_letters", default=MappingProxyType({}))


def family_name(author: str) -> str:
    return author.split(",", 1)[0].strip()


def is_others(author: str) -> bool:
    """BibTeX's `and others`: the list goes on unnamed."""
    return author.strip().lower() in ("others", "et al.", "et al")


def cited_authors(source: Source, joiner: str = "&") -> str:
    """`Smith`, `Smith & Jones`, `Smith et al.`; an organisation or the title when no one is named."""
    names = [family_name(a) for a in source.authors if a and not is_others(a)]
    if not names:
        return cited_by(None, source.publisher, source.container) or source.title[:40].strip() or source.key
    if any(is_others(a) for a in source.authors):
        return f"{names[0]} et al."
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} {joiner} {names[1]}"
    return f"{names[0]} et al."


def year_letters(sources: Iterable[Source]) -> dict[str, str]:
    """Key → "a", "b"… for works that would otherwise be cited alike (trial I: two papers both "Wildman et al. 2019"),
    lettered in title order as author–date styles letter them; works cited by a label of their own get none. Every
    work given counts, whatever its screening, so a lettered citation a sheet holds keeps naming one work as screening
    goes on (`commands.sources.key_aliases`); documents letter among the works they cite (`cited_letters`)."""
    letters = {}
    for works in _cited_alike(sources):
        letters.update(_lettered(works))
    return letters


def cited_letters(sources: Iterable[Source]) -> dict[str, str]:
    """The letters a document's citations carry (`citing`): given among the works it cites, the included sources
    of its reference list, and apart among the others, which it cites only with their status ("(excluded)"). So an
    included paper whose protocol was excluded is plain "Kidger et al. 2016", never a "2016a" with no "2016b" (trial
    Q); before screening, when nothing is included, every work is lettered as `year_letters` letters it."""
    letters = {}
    for works in _cited_alike(sources):
        included = [source for source in works if source.status == "included"]
        letters.update(_lettered(included))
        letters.update(_lettered([source for source in works if source.status != "included"]))
    return letters


def _cited_alike(sources: Iterable[Source]) -> Iterator[list[Source]]:
    """The groups of two or more works cited alike: the same authors as cited (`cited_authors`) and year."""
    alike: dict[tuple[str, int | None], list[Source]] = {}
    for source in {source.key: source for source in sources}.values():  # a work given twice is still one work
        alike.setdefault((cited_authors(source).casefold(), source.year), []).append(source)
    return (works for works in alike.values() if len(works) > 1)


def _lettered(works: list[Source]) -> dict[str, str]:
    """Each of two or more works cited alike lettered in title order; one work alone gets none."""
    if len(works) < 2:
        return {}
    ordered = sorted(works, key=lambda s: (clean_text(s.title).casefold(), s.key))
    return {source.key: _letter(number) for number, source in enumerate(ordered)}


def _letter(number: int) -> str:
    """a … z, then aa, ab …: a review with 27 works by one team in one year still cites each apart."""
    word = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        word = ascii_lowercase[rest] + word
    return word


def cited_alike(source: Source) -> str:
    """The words a citation of this source starts with ("Wildman"): every work that could be cited alike holds them."""
    return family_name(source.authors[0]) if source.authors else cited_authors(source)


@contextmanager
def citing(sources: Iterable[Source]) -> Iterator[None]:
    """While a document is written from these sources, every citation and reference in it letters the years of
    works it cites that would be cited alike (`cited_letters`), so "Wildman et al. 2019a" means one paper throughout."""
    token = _YEAR_LETTERS.set(cited_letters(sources))
    try:
        yield
    finally:
        _YEAR_LETTERS.reset(token)


def cited_year(source: Source) -> str:
    """`2019`, `2019a` inside `citing`, `n.d.`, `n.d.-a`."""
    letter = _YEAR_LETTERS.get().get(source.key, "")
    return f"{source.year}{letter}" if source.year else f"n.d.{'-' if letter else ''}{letter}"


def short_cite(source: Source) -> str:
    """`Smith et al. 2020`, as tables cite a source."""
    return f"{cited_authors(source)} {cited_year(source)}"


def reference(source: Source, *, link: bool = True) -> str:
    """The one reference-list style, author-year to match the citations: `Smith, J.; Jones, K. (2020).
    Title. Journal, 3(2): 10-20. Publisher. doi:…`; `link=False` where the DOI or URL is shown as a link."""
    authors = [clean_text(a) for a in source.authors if clean_text(a) and not is_others(a)]
    more = len(authors) > 6 or any(is_others(a) for a in source.authors)
    who = "; ".join(authors[:6]) + ("; et al." if more else "")
    container = display_case(clean_text(source.container))  # Web of Science's "BMC PUBLIC HEALTH", shown in proper case
    where = container
    if source.volume:
        where += f", {clean_text(source.volume)}"
    if source.issue and not _repeats(clean_text(source.volume), clean_text(source.issue)):
        where += f"({clean_text(source.issue)})"
    if source.pages:
        where += f": {clean_text(source.pages)}"
    publisher = display_case(clean_text(source.publisher))
    parts = [
        f"{who or publisher or 'Anonymous'} ({cited_year(source)}).",
        _sentence_end(clean_text(source.title)),
        _sentence_end(where.strip(", ")),
        _sentence_end(publisher) if who and publisher not in ("", who, container) else "",
    ]
    if link:
        parts.append(f"doi:{source.doi}" if source.doi else clean_text(source.url or ""))
    return " ".join(p for p in parts if p)


def _repeats(volume: str, issue: str) -> bool:
    """MEDLINE writes a supplement in both fields ("28 Suppl 1" and "Suppl 1"): the issue says nothing more."""
    return bool(volume) and volume.casefold().endswith(" " + issue.casefold())


def _sentence_end(text: str) -> str:
    return "" if not text else text if text[-1] in ".?!" else text + "."


def short_citation(source: Source) -> str:
    """ "Family (Year)", "Family and Other (Year)", "Family et al. (Year)", as prose cites a source."""
    return f"{cited_authors(source, 'and')} ({cited_year(source)})"


def doi_url(doi: str | None) -> str | None:
    """`https://doi.org/<doi>` with the DOI URL-quoted; None when it is not a DOI at all."""
    found = normalise_doi(doi)
    return f"https://doi.org/{quote(found, safe='/')}" if found else None


def safe_url(url: str | None) -> str | None:
    """An http(s) URL kept as a link, a `doi:` URL rebuilt; anything else (javascript:, data:) is dropped."""
    text = (url or "").strip()
    if not text or any(ch.isspace() or ord(ch) < 32 for ch in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme == "doi":
        return doi_url(text)
    if scheme in ("http", "https") and parts.netloc:
        return text
    return None
