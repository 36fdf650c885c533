"""Trial AV (session 42, lay and peer counsellors for perinatal depression): records of one journal article that
share a DOI are one work whatever language each database titles it in (AV 1); a form's variable named by the last
words of "For whom does it not hold?" is that question (AV 2); a title whose past form only describes its subject
keeps it (AV 3); people a participle describes open "For" (AV 4); rows a warning names are in the sheet's order
(AV 5). Each rule is tested on topics other than the trial's, with a case where it must not fire."""

from __future__ import annotations

import pytest
from sheet_reviews import review_of

from cmo.bib.dedupe import group_records
from cmo.errors import BadInput
from cmo.models import Provenance, Record
from cmo.sheets.feedback import parse_feedback_files
from cmo.synthesis.wording import cmo_sentence, title_for

# --- A past form followed by its clause's verb in the present describes the subject (AV 3) -----------------------------


@pytest.mark.parametrize(
    "mechanism",
    [
        "The rapport built over weekly visits makes it easier to raise money worries",
        "The rapport built over weekly calls helps tenants raise money worries",
        "Trust earned at the food bank lets tenants ask for help",
    ],
)
def test_a_participle_before_the_clauses_present_verb_is_left_as_written(mechanism):
    assert title_for("", mechanism, "") == mechanism


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("Tenants felt ignored by housing officers", "Tenants feel ignored by housing officers"),
        ("Volunteers visited older neighbours in care homes", "Volunteers visit older neighbours in care homes"),
    ],
)
def test_a_past_verb_with_no_present_verb_after_it_is_still_told_in_the_present(mechanism, title):
    """The rule must not fire where the past form is the clause's own verb (a plural noun after it is no verb)."""
    assert title_for("", mechanism, "") == title


# --- Records of one article sharing a DOI, titled in two languages, are one work (AV 1) --------------------------------


def _record(key: str, title: str, **fields) -> Record:
    fields.setdefault("type", "article")
    return Record(key=key, title=title, provenance=Provenance(file=f"{key}.ris", line=1, key=key, format="ris"), **fields)


SPANISH = dict(
    authors=["Gutiérrez, María José", "Ortega, Luis", "Pérez, Ana"],
    year=2021,
    volume="95",
    doi="10.4321/s1135-57272021000100045",
)


def test_a_shared_doi_links_an_article_titled_in_its_language_and_in_english():
    """IBECS gives the Spanish title, Scopus the English one; an article number, no printed range to go by."""
    spanish = _record(
        "ibecs",
        "Efecto del ejercicio supervisado en la fragilidad de personas mayores",
        pages="e202101045",
        container="Rev. esp. salud pública",
        **SPANISH,
    )
    english = _record(
        "scopus",
        "Effect of supervised exercise on frailty in older people",
        container="Revista Espanola de Salud Publica",
        **SPANISH,
    )
    assert group_records([spanish, english]) == [[0, 1]]


@pytest.mark.parametrize(
    "other",
    [
        {"authors": ["Hansen, Erik", "Olsen, Kari"]},  # another team's paper given this DOI by mistake
        {"volume": "96"},  # another volume
        {"year": 2019},
    ],
)
def test_a_shared_doi_with_other_titles_and_other_people_volume_or_year_stays_apart(other):
    spanish = _record("ibecs", "Efecto del ejercicio supervisado en la fragilidad de personas mayores", **SPANISH)
    english = _record("scopus", "Effect of supervised exercise on frailty in older people", **{**SPANISH, **other})
    assert group_records([spanish, english]) == []


def test_chapters_by_one_author_sharing_their_books_doi_stay_apart():
    common = dict(type="chapter", authors=["Pawson, Ray"], year=2013, doi="10.4135/9781473913820")
    a = _record("a", "The science of evaluation: a realist manifesto", pages="1-12", **common)
    b = _record("b", "Invisible mechanisms", pages="115-138", **common)
    assert group_records([a, b]) == []


# --- People a participle describes open "For", its object no verb (AV 4) -----------------------------------------------


@pytest.mark.parametrize(
    "context",
    [
        "health visitors seeing mothers weekly",
        "pharmacists already running a minor ailments service",
        "support workers visiting tenants weekly",
    ],
)
def test_people_a_participle_describes_open_for_though_its_object_may_be_a_verb(context):
    said = cmo_sentence(context, "residents feel safer", "fewer complaints")
    assert said.startswith(f"For {context}, ")


def test_a_verb_after_the_participles_object_is_the_contexts_own():
    """The rule must not fire where the clause has its own verb: people described, then what they do."""
    said = cmo_sentence("wardens patrolling estates notice fly-tipping", "residents feel safer", "fewer complaints")
    assert said.startswith("Where wardens patrolling estates notice fly-tipping, ")


# --- A form's variable named by the last words of "For whom does it not hold?" is that question (AV 2) -----------------


def _kobo_download(tmp_path, question: str):
    path = tmp_path / "kobo.csv"
    path.write_text(
        f'"start";"group_about/pseudonym";"group_cmo/c7_agree";"group_cmo/c7_{question}";"_id";"_uuid";"_index"\n'
        '"2026-11-09T10:02:11.000+01:00";"Avocet";"partly";"Not for tenants who work night shifts";"301";"4b1e";"1"\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("question", ["not_hold", "does_not_hold"])
def test_a_kobo_variable_named_not_hold_is_for_whom_it_does_not_hold(tmp_path, question):
    items = parse_feedback_files([_kobo_download(tmp_path, question)], {"C7"}, 1, warnings=[])
    assert [(i.configuration, i.rating, i.not_for_whom) for i in items] == [
        ("C7", "partly", "Not for tenants who work night shifts")
    ]


def test_a_variable_on_hold_is_no_question_of_the_packs(tmp_path):
    """The words must be the question's own: 'c7_on_hold' asks nothing the pack asks, and the file is refused."""
    with pytest.raises(BadInput, match="c7_on_hold"):
        parse_feedback_files([_kobo_download(tmp_path, "on_hold")], {"C7"}, 1, warnings=[])


# --- Rows a warning names are named in the sheet's order (AV 5) ----------------------------------------------------


MEALS = """\
TY  - JOUR
AU  - Okafor, Ada
TI  - Breakfast clubs in primary schools
JO  - Public Health Nutrition
PY  - 2019
ER  -

TY  - JOUR
AU  - Lindgren, Eva
TI  - Free school lunches in Sweden
JO  - Public Health Nutrition
PY  - 2020
ER  -
"""


def _merges_listed_lowest_first(made, path):
    """The workbook as Excel may write it: its merges listed in no order of rows, the lowest on the sheet first."""
    import re
    import zipfile

    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                merges = re.findall(rb'<mergeCell ref="[^"]+"/>', data)
                listed = b"".join(sorted(merges, key=lambda m: -int(re.search(rb"A(\d+)", m).group(1))))
                opening, _, rest = data.partition(b"<mergeCells")
                head, _, tail = rest.partition(b">")
                data = opening + b"<mergeCells" + head + b">" + listed + b"</mergeCells>" + tail.partition(b"</mergeCells>")[2]
            target.writestr(item, data)


def test_rows_a_merged_study_cell_spreads_over_are_named_in_order(cmo, tmp_path):
    """A workbook lists its merges in the order they were made, here the lower study first: the rows are still named
    3, 4, 6, 7, as a coder reads the sheet."""
    from openpyxl import Workbook

    keys = review_of(cmo, tmp_path, "domains:\n  - {slug: meals, name: School meals}\n", MEALS)
    book = Workbook()
    sheet = book.active
    sheet.append(["Study", "Context", "Mechanism", "Outcome"])
    sheet.append([keys["breakfast"], "Pupils arriving hungry", "A club opens before lessons", "They concentrate"])
    sheet.append([None, "Pupils from low-income homes", "Breakfast is free", "More attend"])
    sheet.append([None, "Late arrivals", "The club ends at the bell", "Fewer are late"])
    sheet.append([keys["free"], "Teenagers in municipalities", "A hot lunch for every child", "They concentrate"])
    sheet.append([None, "Parents on low incomes", "No means test", "No stigma"])
    sheet.append([None, "Rural schools", "Meals are cooked on site", "Less waste"])
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("A5:A7")
    book.save(tmp_path / "made.xlsx")
    _merges_listed_lowest_first(tmp_path / "made.xlsx", tmp_path / "meals.xlsx")
    done = cmo("code", "import", str(tmp_path / "meals.xlsx"), code=None)
    assert "'Study' is merged down over rows below it (rows 3, 4, 6, 7)" in done.stderr


# --- Records sharing a DOI kept apart by their titles alone are named by the import (AV 1) -----------------------------


def _ris(*records: tuple[str, str, str, str]) -> str:
    return "".join(
        f"TY  - {kind}\nAU  - {author}\nTI  - {title}\nT2  - Journal of Housing and the Built Environment\nPY  - 2022\n"
        f"VL  - 37\nDO  - {doi}\nER  - \n\n"
        for kind, author, title, doi in records
    )


def test_a_record_sharing_a_doi_kept_apart_by_its_title_is_named_with_the_merge(cmo, tmp_path):
    """A database gave another team's paper this DOI: the titles and the people differ, so the records stay two
    sources, and the import says so with the merge that joins them if they are one work (exit 1)."""
    (tmp_path / "scopus.ris").write_text(
        _ris(("JOUR", "Okonjo, Grace", "Damp and mould in social housing: a tenant survey", "10.1007/s10901-022-09911-2")),
        encoding="utf-8",
    )
    (tmp_path / "cinahl.ris").write_text(
        _ris(("JOUR", "Halvorsen, Per", "Rent arrears and evictions after the pandemic", "10.1007/s10901-022-09911-2")),
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "scopus.ris"))
    said = cmo("ingest", str(tmp_path / "cinahl.ris"), code=1)
    assert len(cmo.json("sources", "list")) == 2
    assert "cinahl.ris:1: the same DOI as 'okonjo2022damp', but their titles differ: kept as its own source" in said.stderr
    assert "'cmo sources merge okonjo2022damp halvorsen2022rent' if they are one work" in said.stderr


def test_chapters_sharing_their_books_doi_are_kept_apart_without_a_word(cmo, tmp_path):
    (tmp_path / "book.ris").write_text(
        _ris(
            ("CHAP", "Okonjo, Grace", "Damp and mould in social housing", "10.4324/9781003000001"),
            ("CHAP", "Halvorsen, Per", "Rent arrears and evictions", "10.4324/9781003000001"),
        ),
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(tmp_path / "book.ris"))
    assert len(cmo.json("sources", "list")) == 2 and "the same DOI" not in said.stderr
