"""A key typed in cmo's own shape that no source has ('kramer2019antibiotikaverordnungen') suggests the one source of
that first author and year, whatever key its record gave it (trial E2: Citavi's 'Kramer.2019'; the refusal suggested
another author's 'schmiemann2022antibiotikavero', its title's word being alike). A key whose author and year name no
source is not suggested another author's source of that year. Records about walking to school, not the trial's topic."""

from __future__ import annotations

BIB = """@article{Weber.2018,
 author = {Weber, Anna and Krause, Jonas},
 year = {2018},
 title = {Schulwegbegleitung zu Fu{\\ss}: der Walking Bus in Grundschulen},
 journal = {Zeitschrift f{\\"u}r Verkehrssicherheit},
 volume = {64},
 pages = {101--109}
}

@article{Schmidt.2021,
 author = {Schmidt, Lena},
 year = {2021},
 title = {Schulwegbegleitung im l{\\"a}ndlichen Raum},
 journal = {Stadt und Verkehr},
 volume = {12},
 pages = {5--19}
}
"""


def _review(cmo, tmp_path):
    (tmp_path / "citavi.bib").write_text(BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "citavi.bib"), code=None)


def test_a_key_in_cmos_shape_suggests_the_source_of_its_author_and_year(cmo, tmp_path):
    _review(cmo, tmp_path)
    result = cmo("sources", "show", "weber2018schulwegbegleitung", code=2)
    assert "source 'weber2018schulwegbegleitung' is not in this review (did you mean 'Weber.2018'?)" in result.stderr


def test_a_key_of_another_author_in_that_year_is_not_suggested_the_years_source(cmo, tmp_path):
    _review(cmo, tmp_path)
    result = cmo("sources", "show", "schmidt2018schulwegbegleitung", code=2)
    assert "is not in this review" in result.stderr
    assert "Weber.2018" not in result.stderr
