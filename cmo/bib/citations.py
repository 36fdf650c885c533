"""How a source is cited: in tables, in prose, in reference lists, and as a safe link.

One style for every output (packs, report, Word, sheets) so a source reads the same everywhere.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from cmo.models import Source
from cmo.normalise import clean_text, normalise_doi


def family_name(author: str) -> str:
    return author.split(",", 1)[0].strip()



def cited_authors(source: Source, joiner: str = "&") -> str:
    """`Smith`, `Smith & Jones`, `Smith et al.`; an organisation or the title when no one is named."""
    names = [family_name(a) for a in source.authors if a and a.strip().lower() != "others"]
    if not names:
        return clean_text(source.publisher or source.container) or source.title[:40].strip() or source.key
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} {joiner} {names[1]}"
    return f"{names[0]} et al."



def short_cite(source: Source) -> str:
    """`Smith et al. 2020`, as tables cite a source."""
    return f"{cited_authors(source)} {source.year or 'n.d.'}"



def reference(source: Source) -> str:
    """A plain Vancouver-like reference line for reference lists in Word and the report."""
    authors = ", ".join(a for a in source.authors[:6] if a)
    if len(source.authors) > 6:
        authors += ", et al"
    parts = [authors, source.title]
    where = source.container
    detail = f"{source.year}" if source.year else "n.d."
    if source.volume:
        detail += f";{source.volume}"
        if source.issue:
            detail += f"({source.issue})"
    if source.pages:
        detail += f":{source.pages}"
    parts.append(f"{where}. {detail}" if where else detail)
    if source.publisher and source.publisher != where:
        parts.append(source.publisher)
    if source.doi:
        parts.append(f"doi:{source.doi}")
    elif source.url:
        parts.append(source.url)
    return ". ".join(p.strip().rstrip(".") for p in parts if p and p.strip()) + "."


def short_citation(source: Source) -> str:
    """"Family (Year)", "Family and Other (Year)", "Family et al. (Year)", as prose cites a source."""
    return f"{cited_authors(source, 'and')} ({source.year or 'n.d.'})"


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
