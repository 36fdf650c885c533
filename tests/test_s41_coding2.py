"""Session 41, coding sheets (second part): a tab headed in another language is read or named, never dropped (trial AO
1); NVivo's 'Case' is the source, and a workbook whose first tab is no coding sheet names the tab that is (trial AN 9,
10); a page a spreadsheet made a date is read back as its pages and said as stored (AN 5, AO 15); a body cited by the
first words of its name, one coder written two ways, a row twice on a sheet (trial AP). Each rule is tested on another
topic: falls prevention in care homes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Exercise classes reduce falls among care home residents: a cluster trial
AU  - Lindqvist, Maja
AU  - Okoro, Chidi
PY  - 2019
JO  - Age and Ageing
DO  - 10.1093/ageing/falls.2019.17
ER  -

TY  - RPRT
TI  - Preventing falls in Welsh care homes: national guidance for providers
AU  - Welsh Government Falls Prevention Taskforce
PY  - 2020
ER  -
"""

DOMAINS = """domains:
  - slug: staff
    name: Staff
    description: Training and staffing of care homes.
groups:
  - slug: residents
    name: Residents
"""

CONTEXT = "Residents of care homes who walk with a frame"
MECHANISM = "Weekly balance classes make residents feel steadier"
OUTCOME = "Fewer residents fall"


def _review(cmo, tmp_path: Path) -> dict[str, str]:
    return review_of(cmo, tmp_path, DOMAINS, RECORDS)


def _statements(cmo) -> list[dict]:
    return cmo.json("code", "list")


def _book(path: Path, tabs: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    for index, (name, rows) in enumerate(tabs.items()):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = name
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


# --- AO 1: headers in another language, accents folded; every tab with rows that is not read is named ------------------


def test_headers_are_matched_with_their_accents_folded():
    from cmo.sheets.tables import header_key

    assert header_key("Étude") == "etude" and header_key("Mécanisme (M)") == "mecanisme m" and header_key("Página") == "pagina"
    assert header_key("Source_Key") == "source key"


def test_a_spanish_tab_is_named_with_its_sheet_and_read_with_its_quote_and_page(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    book = _book(
        tmp_path / "two-teams.xlsx",
        {
            "London": [["Study", "Context", "Mechanism", "Outcome"], [keys["exercise"], CONTEXT, MECHANISM, OUTCOME]],
            "Equipo Madrid": [
                ["Estudio", "Contexto", "Mecanismo", "Resultado", "Cita", "Página"],
                [keys["exercise"], "Residentes con andador", "Se sienten más estables", "Menos caídas", "falls fell", "4"],
            ],
        },
    )
    first = cmo("code", "import", str(book), code=1)
    assert "the tab 'Equipo Madrid' (1 row) holds statements in its own columns and was not read" in first.stderr
    assert "--sheet 'Equipo Madrid'" in first.stderr
    cmo("code", "import", str(book), "--sheet", "Equipo Madrid", code=None)
    spanish = next(s for s in _statements(cmo) if s["context"] == "Residentes con andador")
    assert (spanish["outcome"], spanish["quote"], spanish["page"]) == ("Menos caídas", "falls fell", "4")


def test_citation_is_the_quote_on_a_french_sheet_and_the_source_on_an_english_one(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    french = write_csv(
        tmp_path / "francais.csv",
        ["Étude", "Contexte", "Mécanisme", "Résultat", "Citation"],
        [keys["exercise"], "Résidents en maison de retraite", "Ils se sentent plus stables", "Moins de chutes", "fewer fell"],
    )
    cmo("code", "import", str(french), code=None)
    english = write_csv(tmp_path / "english.csv", ["Citation", "Context", "Mechanism", "Outcome"], [keys["preventing"], *"cmo"])
    cmo("code", "import", str(english), code=None)
    by_context = {s["context"]: s for s in _statements(cmo)}
    assert by_context["Résidents en maison de retraite"]["quote"] == "fewer fell"
    assert by_context["c"]["source"] == keys["preventing"] and not by_context["c"]["quote"]


def test_a_tab_whose_header_reads_as_no_coding_sheet_is_named_with_why_and_its_sheet(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    book = _book(
        tmp_path / "with-italian.xlsx",
        {
            "Coding": [["Study", "Context", "Mechanism", "Outcome"], [keys["exercise"], CONTEXT, MECHANISM, OUTCOME]],
            "Roma": [
                ["Studio", "Contesto", "Meccanismo", "Esito"],
                [keys["exercise"], "Anziani che vivono da soli", "si sentono seguiti dal fisioterapista", "cadono meno spesso"],
                [keys["exercise"], "Anziani in casa di riposo", "il gruppo li motiva ogni settimana", "restano nel programma"],
            ],
            "Read me": [["Code one finding a row."], ["Ask Maja when unsure."]],
        },
    )
    said = cmo("code", "import", str(book), code=1)
    assert (
        f"{book}: the tab 'Roma' (2 rows) was not read, only 'Coding' was: its header has no 'source', 'context', "
        "'mechanism' and 'outcome' columns (found 'Studio', 'Contesto', 'Meccanismo', 'Esito'). If it holds statements, "
        "name its columns so and import it with --sheet 'Roma'."
    ) in said.stderr
    assert "Read me" not in said.stderr  # one column of notes: no rows of a table


def test_the_templates_own_tabs_are_not_named_as_left_unread(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    template = tmp_path / "template.xlsx"
    cmo("code", "template", "-o", str(template))
    book = openpyxl.load_workbook(template)
    book["statements"].append([None, keys["exercise"], CONTEXT, MECHANISM, OUTCOME])
    book.save(template)
    said = cmo("code", "import", str(template))
    assert "was not read" not in said.stderr


# --- AN 9, 10: NVivo's 'Case'; a first tab that is no coding sheet names the one that is ---------------------------------


def test_nvivos_case_and_file_columns_are_the_source(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    for header in ("Case", "Files"):
        row = [keys["exercise"], header, "m", "o"]
        sheet = write_csv(tmp_path / f"{header}.csv", [header, "Context", "Mechanism", "Outcome"], row)
        cmo("code", "import", str(sheet))
    assert {s["context"]: s["source"] for s in _statements(cmo)} == {"Case": keys["exercise"], "Files": keys["exercise"]}


def test_a_workbook_whose_first_tab_is_a_matrix_names_the_tab_of_statements_when_refused(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    book = _book(
        tmp_path / "matrix.xlsx",
        {
            "Matrix": [[None, "A : Staff"], ["1 : Lindqvist, 2019", "balance"]],
            "CMO rows": [["Informant", "Context", "Mechanism", "Outcome"], [keys["exercise"], CONTEXT, MECHANISM, OUTCOME]],
        },
    )
    refused = cmo("code", "import", str(book), code=2)
    assert (
        "The tab 'CMO rows' has 'context', 'mechanism' and 'outcome' columns, but no 'source': name it so and import it "
        "with --sheet 'CMO rows'."
    ) in refused.stderr
    assert _statements(cmo) == []


# --- AN 5, AO 15: a page made a date is read back as its pages, and said as stored --------------------------------------


def test_the_pages_a_date_was_made_of_are_its_day_and_month_upwards_unless_a_day_of_1_could_be_the_spreadsheets():
    from cmo.sheets.coding import likely_pages

    assert likely_pages("2026-04-09") == "4-9" and likely_pages("2026-11-03") == "3-11" and likely_pages("07-Aug") == "7-8"
    assert likely_pages("2019-03-01") == "" and likely_pages("2026-05-05") == ""


def test_a_page_made_a_date_is_stored_as_its_pages_and_the_import_says_so(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    book = _book(
        tmp_path / "dated.xlsx",
        {
            "Coding": [
                ["Study", "Context", "Mechanism", "Outcome", "Page"],
                [keys["exercise"], CONTEXT, MECHANISM, OUTCOME, datetime(2026, 4, 9)],
                [keys["preventing"], "Homes with a falls lead", "Staff notice risks early", "Fewer falls", datetime(2019, 3, 1)],
            ]
        },
    )
    said = cmo("code", "import", str(book), code=1)
    assert (
        f"{book}: row 2, column 'Page': the page '2026-04-09' is a date, as a spreadsheet makes one of the page range 4-9: "
        "it was read back and stored as the pages '4-9'."
    ) in said.stderr
    assert "row 3, column 'Page': the page '2019-03-01' is a date" in said.stderr
    assert "It was stored as written and counts as no page (in the report and packs)" in said.stderr
    pages = {s["source"]: s["page"] for s in _statements(cmo)}
    assert pages == {keys["exercise"]: "4-9", keys["preventing"]: "2019-03-01"}


# --- AP: a body cited by its first words; one coder written two ways; one row twice ------------------------------------


def test_a_body_cited_by_the_first_words_of_its_name_is_read_as_its_source(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = write_csv(tmp_path / "body.csv", ["Study", "Context", "Mechanism", "Outcome"], ["Welsh Government 2020", *"cmo"])
    cmo("code", "import", str(sheet))
    assert [s["source"] for s in _statements(cmo)] == [keys["preventing"]]


def test_the_opening_of_a_name_is_read_only_for_a_body_of_four_words_or_more():
    from cmo.sheets.tables import _parts_cited

    assert "welshgovernment" in _parts_cited("Welsh Government Falls Prevention Taskforce")
    assert "welshgovernmentfalls" in _parts_cited("Welsh Government Falls Prevention Taskforce")
    assert "welshgovernmentfallsprevention" in _parts_cited("Welsh Government Falls Prevention Taskforce")
    assert not any(part.endswith("of") for part in _parts_cited("Royal College of Nursing Workforce"))  # ends on a word
    assert _parts_cited("Garcia Marquez") == {"garcia", "marquez"}


def test_a_coder_written_in_other_capitals_is_one_coder_written_the_first_way(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "coders.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Coder"],
        [keys["exercise"], CONTEXT, MECHANISM, OUTCOME, "JvdB"],
        [keys["preventing"], "Homes with a falls lead", "Staff notice risks early", "Fewer falls", "jvdb"],
    )
    said = cmo("code", "import", str(sheet))
    assert {s["coder"] for s in _statements(cmo)} == {"JvdB"}
    assert f"{sheet}: row 3: the coder 'jvdb' is 'JvdB' written otherwise, and was read as 'JvdB'" in said.stderr


def test_a_row_twice_on_the_sheet_is_said_as_the_same_row_twice_not_as_a_statement_unchanged(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    row = [keys["exercise"], CONTEXT, MECHANISM, OUTCOME]
    sheet = write_csv(tmp_path / "twice.csv", ["Study", "Context", "Mechanism", "Outcome"], row, row)
    said = cmo("code", "import", str(sheet))
    assert "Imported 1 new statement and 0 updates (0 statements unchanged)" in said.stdout
    assert f"{sheet}: rows 2 and 3 are the same row twice (word for word, no id given): it was imported once, as S1" in (
        said.stderr
    )


def test_a_tab_listing_the_sources_themselves_is_not_named_as_statements_left_unread(cmo, tmp_path):
    """A tab of the review's sources (a key and its citation) cites them on every row, but holds no context, mechanism
    and outcome: only a tab with three columns of words is named as statements perhaps left unread."""
    keys = _review(cmo, tmp_path)
    book = _book(
        tmp_path / "with-sources.xlsx",
        {
            "Coding": [["Study", "Context", "Mechanism", "Outcome"], [keys["exercise"], CONTEXT, MECHANISM, OUTCOME]],
            "Sources": [["Key", "Citation"], [keys["exercise"], "A long citation of the trial, its authors and its journal"]],
        },
    )
    said = cmo("code", "import", str(book))
    assert "Sources" not in said.stderr


def test_a_column_headed_with_the_word_domain_is_the_domain(cmo, tmp_path):
    """Trial AS 1: 'Relevant to domain' was kept as a column of the team's own, every statement left without its domain,
    exit 0; headed 'Domain' the same cells were read and checked."""
    keys = _review(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Relevant to domain"],
        [keys["exercise"], CONTEXT, MECHANISM, OUTCOME, "Staff"],
    )
    cmo("code", "import", str(sheet))
    assert [s["domain"] for s in _statements(cmo)] == ["staff"]
    wrong = write_csv(
        tmp_path / "wrong.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Domain(s)"],
        [keys["exercise"], CONTEXT, "Staff are trained", OUTCOME, "Kitchens"],
    )
    said = cmo("code", "import", str(wrong), code=2)
    assert "'Kitchens' is not a domain in this review" in said.stderr
