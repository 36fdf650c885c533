"""Rebuild tests/data/exports/ from ../shared/corpus: whole records cut from real exports, bytes untouched.

Run from the repository: `.venv/bin/python tests/data/make_exports.py`. Each fixture is the original
file's bytes from a record's first byte to the next record's first byte (BOM, line endings, encoding
and everything between records kept), for the records named below; see tests/data/README.md.
"""

from __future__ import annotations

import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
OUT = Path(__file__).resolve().parent / "exports"


def blocks(data: bytes, start: bytes) -> tuple[bytes, list[bytes]]:
    """What comes before the first record, and each record up to the next one's first byte."""
    starts = [m.start() for m in re.finditer(rb"(?m)^" + start, data)]
    return data[: starts[0]], [data[a:b] for a, b in zip(starts, [*starts[1:], len(data)])]


def cut(source: str, name: str, start: bytes, keep, tail_from: bytes | None = None) -> None:
    """`keep`: the indexes of the records kept, or a test of a record's bytes; `tail_from`: the file's end, kept whole."""
    data = (CORPUS / source).read_bytes()
    bom = data[:3] if data.startswith(b"\xef\xbb\xbf") else b""  # stays first, as the exporter wrote it
    end = data.index(tail_from) if tail_from else len(data)
    head, records = blocks(data[len(bom) : end], start)
    kept = [records[i] for i in keep] if not callable(keep) else [r for r in records if keep(r)]
    (OUT / name).write_bytes(bom + head + b"".join(kept) + data[end:])


def keyed(*keys: str, empty: int = 0):
    """Entries with these BibTeX keys, and the first `empty` entries with no key."""
    seen = []

    def keep(record: bytes) -> bool:
        key = re.match(rb"@\w+\{([^,]*),", record).group(1).decode()
        seen.append(key)
        return key in keys or (key == "" and seen.count("") <= empty)

    return keep


def main() -> None:
    OUT.mkdir(exist_ok=True)
    # EndNote RIS and PubMed MEDLINE of one systematic review's search (IEBH/Reflib, MIT): 8 RIS records, of which 5
    # are among the 8 MEDLINE records kept (one with a corporate author, two without a DOI, one without authors)
    cut("ris/iebh_bluelight_sr.ris", "endnote.ris", b"TY  -", range(8))
    cut("medline/iebh_bluelight_sr.nbib", "pubmed.nbib", b"PMID-", [0, 2, 13, 15, 39, 68, 71, 74])
    # Zotero + Better BibLaTeX (retorquere/zotero-better-bibtex, MIT): numeric keys, @online, @report, @video
    cut(
        "bibtex/bbt_biblatex_export_3430.bib",
        "zotero_biblatex.bib",
        b"@",
        keyed("2013", "2015", "altman2013", "bargheer2015", "buddenbohm2016", "researchdatanetherlands2014", "zotero-item-112"),
    )
    # Mendeley Reference Manager: two entries with an empty key, @generic, @book_section
    cut(
        "bibtex/bbt_mendeley_idiocy.bib",
        "mendeley.bib",
        b"@",
        keyed("Black2020", "Scales2015", "Mills2010", "Callahan2011", empty=2),
    )
    # JabRef 2.10: its header, @PREAMBLE, five entries, and the groups tree at the end
    cut("bibtex/bbt_jabref_groups_97.bib", "jabref.bib", b"@", range(6), tail_from=b"@Comment{Synthetic,")
    for source, name in [
        ("bibtex/bbt_endnote_should_parse.bib", "endnote.bib"),
        ("bibtex/bbt_qiqqa.bib", "qiqqa.bib"),
        ("bibtex/bibtexparser_gbk_encoded.bib", "gbk_encoded.bib"),
    ]:
        (OUT / name).write_bytes((CORPUS / source).read_bytes())


if __name__ == "__main__":
    main()
