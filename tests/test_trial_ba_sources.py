"""Trial BA (hospital discharge of older people): CINAHL's RIS passed on Wiley's Unicode hyphen ("Rojas‐García",
"mixed‐studies"), so the citation and the BibTeX export carried U+2010 where the other database wrote "-"; and a King's
Fund catalogue list typed by hand ("Ellins, J; Glasby, J; Tanner, D et al.") kept "Tanner, D et al." as one author.
Checked here on other topics (school nursing, youth work) through `cmo ingest` and `cmo export`."""

from __future__ import annotations

RIS = """TY  - JOUR
AU  - Lloyd‐Evans, Brynmor
AU  - Al‑Janabi, Hareth
TI  - School nurses and self‐harm: a mixed‐methods study
JO  - Journal of School Nursing
PY  - 2021
VL  - 37
SP  - 10
EP  - 19
ER  -
"""

CSV = """Title,Author,Publisher,Year,Type
"Youth work in rural areas","Davies, B; Merton, B; Taylor, T et al.","National Youth Agency",2019,Report
"Detached youth work","Al-Hassan, K; Etal, R","National Youth Agency",2020,Report
"""


def test_a_unicode_hyphen_is_the_hyphen_everyone_types(cmo, tmp_path):
    """Fails on the old code: the author, title, citation and BibTeX kept U+2010 and U+2011."""
    (tmp_path / "cinahl.ris").write_text(RIS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "cinahl.ris"))
    [source] = cmo.json("sources", "list")
    assert source["authors"] == ["Lloyd-Evans, Brynmor", "Al-Janabi, Hareth"], source["authors"]
    assert source["title"] == "School nurses and self-harm: a mixed-methods study", source["title"]
    cmo("select", "include", source["key"])
    cmo("export", "--format", "bib", "-o", str(tmp_path / "out.bib"))
    written = (tmp_path / "out.bib").read_text(encoding="utf-8")
    assert "\u2010" not in written and "\u2011" not in written and "Lloyd-Evans" in written


def test_et_al_after_the_last_name_is_the_list_going_on(cmo, tmp_path):
    """Fails on the old code: "Taylor, T et al." was one author. A name that only looks like it ("Etal, R") stays."""
    (tmp_path / "catalogue.csv").write_text(CSV, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "catalogue.csv"), code=None)
    authors = {s["title"]: s["authors"] for s in cmo.json("sources", "list")}
    assert authors["Youth work in rural areas"] == ["Davies, B", "Merton, B", "Taylor, T", "others"], authors
    assert authors["Detached youth work"] == ["Al-Hassan, K", "Etal, R"], authors
