"""A screening or appraisal sheet reads a citation with a note after it ("Adeyemi 2020 (thesis)") as a coding sheet does:
the one source of that author and year, said by row; where two sources are so cited, the cell is refused naming them.
One rule (`KeyIndex._the_one_of_that_author_and_year`), whatever the sheet."""

from __future__ import annotations

from pathlib import Path

BIB = """@phdthesis{adeyemi2020,
  author = {Adeyemi, Folake},
  title = {Community pharmacists and antimicrobial stewardship in Lagos},
  school = {University of Ibadan},
  year = {2020}
}
@article{nwosu2019,
  author = {Nwosu, Chidi and Bello, Amina},
  title = {Antibiotic dispensing without prescription in Nigerian pharmacies},
  journal = {BMC Health Services Research},
  year = {2019},
  volume = {19},
  pages = {412}
}
"""

SECOND = """@article{adeyemi2020b,
  author = {Adeyemi, Folake},
  title = {Point-of-care testing for malaria in patent medicine shops},
  journal = {Malaria Journal},
  year = {2020},
  volume = {19},
  pages = {233}
}
"""


def _review(cmo, tmp_path: Path, bib: str) -> None:
    cmo("init", str(cmo.folder))
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    cmo("ingest", str(tmp_path / "refs.bib"))


def test_a_screening_sheet_reads_a_citation_with_a_note_as_the_one_source_so_cited(cmo, tmp_path):
    """Failed before: refused "'Adeyemi 2020 (thesis)' is not a source in this review", which a coding sheet read."""
    _review(cmo, tmp_path, BIB)
    sheet = tmp_path / "screening.csv"
    sheet.write_text(
        "Study,Decision,Reason\nAdeyemi 2020 (thesis),include,\nNwosu 2019,exclude,wrong setting\n", encoding="utf-8"
    )
    result = cmo("select", "import", str(sheet), code=None)
    assert result.exit_code in (0, 1), result.output + result.stderr
    said = result.output + result.stderr
    assert "row 2: 'Adeyemi 2020 (thesis)' was read as adeyemi2020" in said
    statuses = {item["key"]: item["status"] for item in cmo.json("sources", "list")}
    assert statuses == {"adeyemi2020": "included", "nwosu2019": "excluded"}


def test_an_appraisal_sheet_reads_it_too(cmo, tmp_path):
    _review(cmo, tmp_path, BIB)
    sheet = tmp_path / "appraisal.csv"
    sheet.write_text("Study,Relevance,Rigour\nAdeyemi 2020 (PhD thesis),high,medium\n", encoding="utf-8")
    result = cmo("appraise", "--file", str(sheet), code=None)
    assert result.exit_code in (0, 1), result.output + result.stderr
    shown = cmo.json("sources", "show", "adeyemi2020")
    assert "high" in str(shown) and "medium" in str(shown)


def test_two_sources_so_cited_are_refused_naming_both(cmo, tmp_path):
    """Must not fire: two works of Adeyemi 2020; the note says which in words no rule reads, so nothing is guessed."""
    _review(cmo, tmp_path, BIB + SECOND)
    sheet = tmp_path / "screening.csv"
    sheet.write_text("Study,Decision\nAdeyemi 2020 (second reviewer),include\n", encoding="utf-8")
    result = cmo("select", "import", str(sheet), code=2)
    said = result.output + result.stderr
    assert "adeyemi2020" in said and "adeyemi2020b" in said
    assert {item["status"] for item in cmo.json("sources", "list")} == {"unscreened"}


def test_a_note_naming_the_kind_of_work_picks_the_one_of_that_kind_naming_both(cmo, tmp_path):
    """Of two works of Adeyemi 2020, a thesis and an article, "(thesis)" names the kind of one of them: it is read as
    the thesis, and the other named (helpers G3 and H7: a document's kind word picks the one work)."""
    _review(cmo, tmp_path, BIB + SECOND)
    sheet = tmp_path / "screening.csv"
    sheet.write_text("Study,Decision\nAdeyemi 2020 (thesis),include\n", encoding="utf-8")
    said = cmo("select", "import", str(sheet), code=1).stderr
    assert "it was read as adeyemi2020" in said and "adeyemi2020b" in said
    statuses = {item["key"]: item["status"] for item in cmo.json("sources", "list")}
    assert statuses["adeyemi2020"] == "included" and statuses["adeyemi2020b"] == "unscreened"
