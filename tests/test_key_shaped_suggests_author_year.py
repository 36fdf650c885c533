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


TWO_OF_ONE_YEAR = """@article{becker2019walking,
 author = {Becker, Paul},
 year = {2019},
 title = {Walking to school in small towns},
 journal = {Journal of Transport and Health},
 volume = {14},
 pages = {1--9}
}

@article{becker2019cycling,
 author = {Becker, Paul},
 year = {2019},
 title = {Cycling to school in small towns},
 journal = {Journal of Transport and Health},
 volume = {15},
 pages = {11--19}
}
"""


def test_a_key_in_cmos_shape_with_its_year_mistyped_suggests_the_authors_nearest_year(cmo, tmp_path):
    """Re-check RH1 of helpers E1 and E2 together: 'kramer2018antibiotik' (Citavi's 'Kramer.2019' meant) suggested
    another author's key alike in letters; a citation 'Kramer 2018' already suggested Kramer's 2019 work."""
    _review(cmo, tmp_path)
    result = cmo("sources", "show", "weber2017schulwegbegleitung", code=2)
    assert "(did you mean 'Weber.2018'?)" in result.stderr


def test_of_two_works_of_the_nearest_year_the_one_keyed_so_is_suggested(cmo, tmp_path):
    (tmp_path / "two.bib").write_text(TWO_OF_ONE_YEAR, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "two.bib"), code=None)
    for typed, meant in (("becker2020cycling", "becker2019cycling"), ("becker2018walking", "becker2019walking")):
        assert f"(did you mean '{meant}'?)" in cmo("sources", "show", typed, code=2).stderr


def test_a_key_of_an_author_no_source_has_is_not_suggested_another_authors_work(cmo, tmp_path):
    """Must not fire: no Meyer wrote any work here, so no year of Weber's or Schmidt's is suggested."""
    _review(cmo, tmp_path)
    result = cmo("sources", "show", "meyer2017schulwegbegleitung", code=2)
    assert "Weber.2018" not in result.stderr and "Schmidt.2021" not in result.stderr
