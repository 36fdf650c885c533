"""Trial BM (peer support in early intervention in psychosis): the team's realist extraction form in Word held one
table under each domain's heading ('Domain 2: Engagement with the early intervention service'); `cmo code import` read
the first table alone, gave its statements no domain, and asked for the other tables to be pasted under it, losing the
headings that said their domains. A Word document's tables are read as a workbook's tabs are: one table under each
domain's heading, with the same columns, is read whole, each row given its heading's domain. Checked on other topics
(school counselling) with real .docx files and the real CLI."""

from __future__ import annotations

import json

import docx

from tests.sheet_reviews import cmo_run, review_from_rows

HEADER = ["Study", "Context", "Mechanism", "Outcome", "Supporting quote (page)", "Reviewer comment"]
CONNECTING = [
    [
        "okafor",
        "Pupils on a waiting list for CAMHS",
        "A school counsellor sees them within a week",
        "Fewer pupils miss school",
        "(p. 4)",
        "AB",
    ],
    [
        "patel",
        "Pupils who distrust adults at school",
        "A counsellor from outside the school feels safe to talk to",
        "Pupils keep coming to sessions",
        "",
        "AB",
    ],
]
SAFETY = [
    ["okafor", "Counselling rooms beside the staff room", "Pupils fear being overheard",
     "Pupils hold back what worries them", "p.6", "CD, inferred"],
]  # fmt: skip


def _document(path, tables):
    """A Word form: a title, a note, then each (heading, rows) as a heading and a table under it."""
    document = docx.Document()
    document.add_heading("Realist data extraction form", 0)
    document.add_paragraph("Coders: AB, CD. Inferred CMOCs flagged in the comment column.")
    for heading, rows in tables:
        document.add_heading(heading, level=2)
        table = document.add_table(rows=0, cols=len(HEADER))
        for row in [HEADER, *rows]:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
        document.add_paragraph("")
    document.save(path)
    return path


def _review(tmp_path):
    return review_from_rows(tmp_path, [("okafor", "Pupils in a city", "They talk to staff", "They feel safer"),
                                       ("patel", "Pupils in a town", "They join groups", "They feel less alone")])  # fmt: skip


def _new_statements(review):
    return json.loads(cmo_run("code", "list", "--json", cwd=review).stdout)[2:]


def test_a_table_under_each_domains_heading_is_read_whole_each_row_its_headings_domain(tmp_path):
    """Fails on the old code: table 1 alone was read, its rows with no domain, table 2 named to be pasted under it."""
    review = _review(tmp_path)
    form = _document(
        tmp_path / "extraction.docx",
        [("Domain 1: Connecting effectively", CONNECTING), ("Domain 2 – Safety, privacy and confidentiality", SAFETY)],
    )
    done = cmo_run("code", "import", str(form), cwd=review)
    assert done.returncode in (0, 1), done.stderr
    new = _new_statements(review)
    assert [(s["source"], s["domain"]) for s in new] == [("okafor", "connecting"), ("patel", "connecting"), ("okafor", "safety")]
    assert "each of its tables, under the headings 'Domain 1: Connecting effectively'" in done.stderr
    assert "the heading above the table 'Domain 2 – Safety, privacy and confidentiality' names the review's domain" in done.stderr
    assert "paste their rows" not in done.stderr
    again = cmo_run("code", "import", str(form), cwd=review)
    assert len(_new_statements(review)) == 3 and "Imported 0 new statements" in again.stdout, again.stdout + again.stderr


def test_a_bad_row_in_any_table_imports_none_and_names_the_table_by_its_heading(tmp_path):
    review = _review(tmp_path)
    bad = [*SAFETY, ["Nobody 1999", "Anywhere", "Something", "Anything", "", ""]]
    form = _document(
        tmp_path / "extraction.docx",
        [("Domain 1: Connecting effectively", CONNECTING), ("Domain 2: Safety, privacy and confidentiality", bad)],
    )
    done = cmo_run("code", "import", str(form), cwd=review)
    assert done.returncode == 2
    assert "extraction.docx (table under 'Domain 2: Safety, privacy and confidentiality')" in done.stderr, done.stderr
    assert "Nobody 1999" in done.stderr
    assert _new_statements(review) == []


def test_tables_under_headings_naming_no_domain_keep_the_one_table_read(tmp_path):
    """A table a paper (headings 'Paper 1: Okafor 2020'): not one table a domain, so the first is read and the rest named,
    as before, and no row is given a domain from a heading."""
    review = _review(tmp_path)
    papers = [("Paper 1: Okafor 2020", CONNECTING[:1]), ("Paper 2: Patel 2021", CONNECTING[1:])]
    form = _document(tmp_path / "papers.docx", papers)
    done = cmo_run("code", "import", str(form), cwd=review)
    assert done.returncode == 1, done.stderr
    assert "table 1 was read; the document's table(s) 2 have the same columns and were not" in done.stderr
    assert [s["domain"] for s in _new_statements(review)] == [None]


# Trial BM 2: the team's EndNote library held a charity's evaluation report under the people who wrote it, the charity
# its publisher (AU Billsborough…, PB Mind); the grey-literature list held it under the charity ("Mind; McPin
# Foundation"), with the same web address, year and title. The import kept them apart "but their titles differ", which
# agreed: their authors had held them apart. A body a record names as its author, that the other record names as its
# publisher, is the same issuer: the two are one report; and a record kept apart at one address says what kept it.

HOUSING_RIS = (
    "TY  - RPRT\nAU  - Fitzpatrick, S.\nAU  - Watts, B.\nCY  - London\nPB  - Crisis\nPY  - 2022\n"
    "TI  - The homelessness monitor: England 2022\n"
    "UR  - https://www.crisis.org.uk/media/homelessness-monitor-england-2022.pdf\nER  - \n"
)


def _grey(tmp_path, author):
    (tmp_path / "grey.csv").write_text(
        "Title,Author / organisation,Year,Type,URL\n"
        f"The homelessness monitor – England 2022,{author},2022,Report,"
        "https://www.crisis.org.uk/media/homelessness-monitor-england-2022.pdf\n",
        encoding="utf-8",
    )
    return tmp_path / "grey.csv"


def test_a_report_under_its_publishing_body_and_under_its_writers_is_one_source(cmo, tmp_path):
    """Fails on the old code: two sources, the grey list's said to differ by its title."""
    (tmp_path / "library.ris").write_text(HOUSING_RIS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "library.ris"))
    said = cmo("ingest", str(_grey(tmp_path, '"Crisis; Heriot-Watt University"')))
    assert "kept as its own source" not in said.stderr
    [source] = cmo.json("sources", "list")
    assert len(source["records"]) == 2 and source["authors"][0] == "Fitzpatrick, S."


def test_a_body_that_did_not_publish_it_keeps_the_record_apart_and_says_the_authors_held_it(cmo, tmp_path):
    """Another body at the same address is not the report's issuer: kept apart, as before, but said for its authors."""
    (tmp_path / "library.ris").write_text(HOUSING_RIS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "library.ris"))
    said = cmo("ingest", str(_grey(tmp_path, "Shelter")), code=1)
    assert "the same web address and year as 'fitzpatrick2022homelessness', but their first authors differ" in said.stderr
    assert len(cmo.json("sources", "list")) == 2


# Trial BM 3: the reference group's paper forms were typed into Excel by an administrator, who wrote 'n/a' in every box
# left unanswered; `feedback summary` listed "Missing or wrong: n/a; Does not hold for: n/a" as the respondent's words.
# A written answer that only says there is nothing to write is a blank cell, and said. Checked on the shipped example
# (telemental health).


def _typed_forms(path, rows):
    import csv

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Pseudonym", "Configuration", "Rating", "What is missing or wrong?", "For whom does it not hold?"])
        writer.writerows(rows)
    return path


def test_a_written_answer_of_n_a_is_a_blank_cell_and_said(demo, tmp_path):
    """Fails on the old code: 'N/A', 'None.' and '-' were kept and listed as the respondents' words."""
    sheet = _typed_forms(
        tmp_path / "typed-forms.csv",
        [
            ("Otter", "C1", "agree", "N/A", "n/a"),
            ("Otter", "C2", "disagree", "None.", "Not for rural clinics"),
            ("Otter", "C3", "", "-", "n/a"),  # nothing answered at all: no answer
        ],
    )
    said = demo("feedback", "import", str(sheet), code=None)
    assert said.exit_code in (0, 1), said.stderr
    assert "typed-forms.csv row 2: 'N/A' written as an answer says there is nothing to write" in said.stderr
    answers = {a["configuration"]: a for a in demo.json("feedback", "list", "--round", "1")}
    assert set(answers) == {"C1", "C2"}
    assert (answers["C1"]["missing"], answers["C1"]["not_for_whom"]) == ("", "")
    assert (answers["C2"]["missing"], answers["C2"]["not_for_whom"]) == ("", "Not for rural clinics")


def test_an_answer_that_says_something_short_is_kept_as_written(demo, tmp_path):
    """The rule must not fire on words that say something: 'No', 'None of the nurses had training', 'NA' inside words."""
    sheet = _typed_forms(
        tmp_path / "typed-forms.csv",
        [("Otter", "C1", "partly", "None of the nurses had training", "No"), ("Otter", "C2", "agree", "NAMI guidance", "")],
    )
    said = demo("feedback", "import", str(sheet), code=None)
    assert "nothing to write" not in said.stderr
    answers = {a["configuration"]: a for a in demo.json("feedback", "list", "--round", "1")}
    assert (answers["C1"]["missing"], answers["C1"]["not_for_whom"]) == ("None of the nurses had training", "No")
    assert answers["C2"]["missing"] == "NAMI guidance"
