"""Names with "and" in them, and who a grey literature list says wrote each work (trial R).

- "and" joins two authors only as a word of its own: "Tinland et al. (2020)" was read as "Tinl", so Copeland, Holland,
  Rowland and Strand could not be cited with "et al." or a co-author, and whole sheets were refused.
- A body's whole name is read whole before it is read as two authors: cmo refused its own citation "Substance Abuse and
  Mental Health Services Administration 2017", as it read only names with another joining word ("…for Health and…").
- A grey literature list's "Author / Organisation" column (or "Organisation", "Corporate author", "Issuing body") is
  the works' author, a body kept whole; the key and citation came from the Publisher column, without a word.
"""

from __future__ import annotations

import pytest

from cmo.normalise import author_handle, author_year_handles, listed_citations

# --- "and" is a word of its own ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "handle"),
    [
        ("Cleveland et al. (2018)", "@cleveland 2018"),
        ("Sutherland et al 2021", "@sutherland 2021"),
        ("Hoogland and Visser 2016", "@hoogland 2016"),
        ("Friesland & Okoro, 2020", "@friesland 2020"),
        ("(Legrand et al., 2015)", "@legrand 2015"),
    ],
)
def test_a_family_name_ending_in_and_is_read_whole(typed, handle):
    assert author_year_handles(typed) == [handle]


def test_and_inside_a_name_joins_nobody_in_a_list_or_without_a_year():
    assert author_handle("Sutherland et al.") == "@sutherland "
    assert author_handle("Hoogland and Visser") == "@hoogland "
    assert [author_year_handles(c) for c in listed_citations("Cleveland et al. 2018; Hoogland and Visser 2016")] == [
        ["@cleveland 2018"],
        ["@hoogland 2016"],
    ]


def _ris(path, *works: tuple[str, str, str]):
    """A RIS export of articles, each (authors separated by '|', title, year)."""
    text = "".join(
        "TY  - JOUR\n" + "".join(f"AU  - {a}\n" for a in authors.split("|")) + f"TI  - {title}\nPY  - {year}\nJO  - J\nER  - \n\n"
        for authors, title, year in works
    )
    path.write_text(text, encoding="utf-8")
    return path


def test_a_coding_sheet_citing_names_ending_in_and_with_et_al_or_a_co_author_is_imported(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    works = [
        ("Cleveland, Ruth|Osei, Kwame", "Structured diabetes education in primary care", "2018"),
        ("Hoogland, Pieter|Visser, Anna", "Insulin pump training for adolescents", "2016"),
    ]
    cmo("ingest", str(_ris(tmp_path / "diabetes.ris", *works)))
    sheet = tmp_path / "coded.csv"
    sheet.write_text(
        "source,context,mechanism,outcome\n"
        "Cleveland et al. (2018),Newly diagnosed adults,They understand their glucose readings,They adjust their diet\n"
        "Hoogland and Visser 2016,Teenagers on pumps,They feel in control,They miss fewer boluses\n",
        encoding="utf-8",
    )
    cmo("code", "import", str(sheet))
    assert [s["source"] for s in cmo.json("code", "list")] == ["cleveland2018structured", "hoogland2016insulin"]


# --- a body's whole name is read whole ---------------------------------------------------------------------------------


def test_a_body_named_with_and_alone_is_read_whole_before_as_two_authors():
    assert author_year_handles("Medicines and Healthcare products Regulatory Agency 2021") == [
        "@medicinesandhealthcareproductsregulatoryagency 2021",
        "@medicines 2021",
    ]
    assert author_year_handles("Health and Safety Executive (2019)") == ["@healthandsafetyexecutive 2019", "@health 2019"]
    assert author_year_handles("Okafor and Mensah 2019") == ["@okafor 2019"]  # two people stay two people
    assert author_year_handles("van der Berg and de Wit 2019") == ["@vanderberg 2019"]


def test_the_citation_cmo_prints_for_a_body_with_and_in_its_name_finds_it(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    mhra = ("Medicines and Healthcare products Regulatory Agency", "Valproate safety", "2021")
    cmo("ingest", str(_ris(tmp_path / "mhra.ris", mhra)))
    shown = cmo.json("sources", "show", "mhra2021valproate")
    assert shown["citation"] == "Medicines and Healthcare products Regulatory Agency 2021"
    assert cmo.json("sources", "show", shown["citation"])["key"] == "mhra2021valproate"
    cmo("select", "include", "mhra2021valproate")
    sheet = tmp_path / "appraisal.csv"
    sheet.write_text("Study,Relevance,Rigour\nMedicines and Healthcare products Regulatory Agency 2021,H,M\n", encoding="utf-8")
    cmo("appraise", "--file", str(sheet))
    assert cmo.json("sources", "show", "mhra2021valproate")["appraisal"]["relevance"] == "high"


# --- a grey literature list's author or organisation ------------------------------------------------------------------


@pytest.mark.parametrize(
    "header", ["Author / Organisation", "Author/organisation", "Organisation", "Corporate author", "Issuing body"]
)
def test_a_grey_list_names_its_works_by_the_author_or_organisation_column(cmo, tmp_path, header):
    cmo("init", str(cmo.folder))
    grey = tmp_path / "grey.csv"
    grey.write_text(
        f'Title,"{header}",Year,Publisher\n'
        'School meals review,"Okonkwo, Adaeze",2019,Department for Education\n'
        'Free school meals uptake,"University of Leeds, School of Food Science and Nutrition",2021,University of Leeds\n'
        "Food in schools,Food Standards Agency,2020,Food Standards Agency\n",
        encoding="utf-8",
    )
    cmo("ingest", str(grey))
    shown = {s["key"]: s for s in (cmo.json("sources", "show", s["key"]) for s in cmo.json("sources", "list"))}
    assert {key: s["authors"] for key, s in shown.items()} == {
        "okonkwo2019school": ["Okonkwo, Adaeze"],
        "universityofleeds2021free": ["University of Leeds, School of Food Science and Nutrition"],
        "foodstandardsagency2020food": ["Food Standards Agency"],
    }


def test_a_column_naming_who_wrote_the_works_that_is_not_read_is_named(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    grey = tmp_path / "grey.csv"
    grey.write_text(
        "Title,Lead organisation,Year,Publisher\nCycling to school,Sustrans,2022,Department for Transport\n", encoding="utf-8"
    )
    said = cmo("ingest", str(grey), code=1).stderr
    assert "the column 'Lead organisation' naming who wrote the works was not read as their authors" in said
    assert [s["key"] for s in cmo.json("sources", "list")] == [
        "dft2022cycling"
    ]  # "for" is part of its initials (session 40, AJ 10)
