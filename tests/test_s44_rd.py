"""Session 44, trial RD: reading what teams' tools really write (the faults trials BN, BM, BK, BO and BL met), each
tested on a topic of its own."""

from __future__ import annotations

import csv
from pathlib import Path


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


# 1. Inline formatting tags in titles and abstracts ---------------------------------------------------------------


def test_formatting_tags_in_any_readers_titles_and_abstracts_are_not_words(cmo, tmp_path):
    """Dimensions' CSV, a Crossref-fed RIS and a BibTeX entry each write `<i>`, `<sup>` or `<scp>` into a title: the
    words are kept, the tags never reach the source, its citation or the BibTeX export (trial BN 6, on antibiotics)."""
    header = ["Rank", "Publication ID", "DOI", "Title", "Abstract", "Source title", "Publication Date", "PubYear", "Authors"]
    dimensions = _write_csv(
        tmp_path / "Dimensions-Publication.csv",
        [
            header,
            [
                "1",
                "pub.1",
                "10.1000/abx.1",
                "Pharmacist review of <i>Clostridioides difficile</i> risk in care homes",
                "Levels of CO<sub>2</sub> and <i>C. difficile</i> were recorded.",
                "Journal of Antimicrobial Chemotherapy",
                "2019-03-01",
                "2019",
                "Ahmed, Sara",
            ],
        ],
    )
    ris = tmp_path / "crossref.ris"
    ris.write_text(
        "TY  - JOUR\nAU  - Evans, Kim\nTI  - Delayed prescribing and <i>Streptococcus pyogenes</i> per m<sup>2</sup>\n"
        "JO  - Family Practice\nPY  - 2020\nDO  - 10.1000/abx.3\nER  - \n",
        encoding="utf-8",
    )
    bib = tmp_path / "scholar.bib"
    bib.write_text(
        "@article{fox2022,\n title={Point-of-care <scp>CRP</scp> testing and <jats:italic>E. coli</jats:italic>},\n"
        " author={Fox, Lee},\n journal={BJGP},\n year={2022}\n}\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(dimensions), str(ris), str(bib), code=None)
    titles = {s["key"]: s["title"] for s in cmo.json("sources", "list")}
    assert sorted(titles.values()) == [
        "Delayed prescribing and Streptococcus pyogenes per m2",
        "Pharmacist review of Clostridioides difficile risk in care homes",
        "Point-of-care CRP testing and E. coli",
    ]
    ahmed = next(key for key, title in titles.items() if title.startswith("Pharmacist"))
    assert "Levels of CO2 and C. difficile were recorded." in cmo("sources", "show", ahmed, "--json").stdout
    cmo("select", "include", *titles)
    out = tmp_path / "included.bib"
    cmo("export", "-o", str(out))
    exported = out.read_text(encoding="utf-8")
    assert "<i>" not in exported and "<sup>" not in exported and "<scp>" not in exported
    assert "Pharmacist review of {Clostridioides} difficile risk" in exported


def test_a_less_than_sign_or_any_other_tag_in_a_title_stays_as_written(cmo, tmp_path):
    """Only formatting tags go: a comparison ("p < 0.05", "<65 years") and a tag that is not formatting (`<script>`)
    are the title's text, kept whole (and escaped wherever shown)."""
    ris = tmp_path / "records.ris"
    ris.write_text(
        "TY  - JOUR\nAU  - Grant, Ann\nTI  - Urine tests in adults aged <65 years with p < 0.05\nPY  - 2021\nER  - \n\n"
        "TY  - JOUR\nAU  - Hale, Bo\nTI  - Stewardship <script>alert(1)</script> rounds\nPY  - 2021\nER  - \n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(ris), code=None)
    assert sorted(s["title"] for s in cmo.json("sources", "list")) == [
        "Stewardship <script>alert(1)</script> rounds",
        "Urine tests in adults aged <65 years with p < 0.05",
    ]
