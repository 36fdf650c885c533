"""Trial CA (pharmacist-led medication review in care homes; Embase, CENTRAL, IPA via ProQuest, Publish or Perish,
Rayyan, a DistillerSR extraction export): a sheet naming each study only by the record's own columns (DistillerSR's
'Refid', 'Title', 'Author', 'Year') is read by its title column, and a quote that says 'as above' under another
study's row is refused rather than given that study's words. Each rule is tested on another topic: school-based
bystander programmes."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Bystander training for secondary school pupils: a cluster randomised trial
AU  - Moreau, Lea
PY  - 2019
JO  - Journal of Adolescent Health
DO  - 10.1016/jah.2019.0042
ER  -

TY  - JOUR
TI  - Teachers' views of a bystander programme: a qualitative study
AU  - Osei, Kwame
PY  - 2021
JO  - Health Education Research
DO  - 10.1093/her/cyab021
ER  -
"""

DOMAINS = """domains:
  - slug: pupils
    name: Pupils' confidence to intervene
    description: How pupils come to step in when they see bullying.
"""

TRIAL = "Bystander training for secondary school pupils: a cluster randomised trial"
VIEWS = "Teachers' views of a bystander programme: a qualitative study"
HEADER = ["Refid", "Title", "Author", "Year", "User", "Context (C)", "Mechanism (M)", "Outcome (O)", "Supporting quote", "Page"]


def test_a_sheet_that_names_each_study_only_by_its_title_column_is_read_by_it(cmo, tmp_path):
    """Trial CA: DistillerSR's extraction export ('Refid', 'Title', 'Author', 'Year' beside the form's questions) was
    refused as having no 'source' column, though every row's title names a source of the review."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "extraction.csv",
        HEADER,
        [
            "11",
            TRIAL,
            "Moreau L",
            "2019",
            "ana",
            "Pupils who saw a peer model",
            "Pupils feel able to act",
            "More pupils step in",
            "",
            "",
        ],
        [
            "12",
            VIEWS,
            "Osei K",
            "2021",
            "ben",
            "Teachers who ran the sessions",
            "Teachers feel ownership",
            "Sessions continue",
            "",
            "",
        ],
    )
    result = cmo("code", "import", str(sheet), code=None)
    assert result.exit_code in (0, 1), result.output
    statements = cmo.json("code", "list")
    keys = {s["title"].split()[0].lower(): s["key"] for s in cmo.json("sources", "list")}
    assert [s["source"] for s in statements] == [keys["bystander"], keys["teachers'"]]
    assert "'Title' names the review's sources by their titles" in result.stderr


def test_a_title_column_that_names_no_source_leaves_the_sheet_refused(cmo, tmp_path):
    """The rule must not fire where the 'Title' column is the team's own title of each CMOC, naming no source: the sheet
    still has no source column, and nothing is imported."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "extraction.csv",
        ["Title", "Context", "Mechanism", "Outcome"],
        ["Peer modelling", "Pupils who saw a peer model", "Pupils feel able to act", "More pupils step in"],
    )
    result = cmo("code", "import", str(sheet), code=None)
    assert result.exit_code == 2
    assert "no 'source' column" in result.stderr
    assert cmo.json("code", "list") == []


def test_a_quote_that_says_as_above_under_another_study_s_row_is_refused(cmo, tmp_path):
    """Trial CA: a second reviewer's row typed 'as above' in its quote cell under a row of another study, and the other
    study's quote and page were imported as this study's. Under a row of the same study it is read as ever."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "extraction.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Quote", "Page"],
        ["Osei 2021", "Teachers who ran the sessions", "Teachers feel ownership", "Sessions continue", "we made it ours", "6"],
        ["Moreau 2019", "Pupils who saw a peer model", "Pupils feel able to act", "More pupils step in", "as above", "6"],
    )
    result = cmo("code", "import", str(sheet), code=None)
    assert result.exit_code == 2
    assert "row 3, column 'Quote'" in result.stderr and "row 2" in result.stderr
    assert cmo.json("code", "list") == []

    same = write_csv(
        tmp_path / "same-study.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Quote", "Page"],
        ["Osei 2021", "Teachers who ran the sessions", "Teachers feel ownership", "Sessions continue", "we made it ours", "6"],
        ["Osei 2021", "Teachers with no training time", "Teachers feel ownership", "Sessions continue", "as above", "as above"],
    )
    result = cmo("code", "import", str(same), code=None)
    assert result.exit_code in (0, 1), result.output
    assert [(s["quote"], s["page"]) for s in cmo.json("code", "list")] == [("we made it ours", "6")] * 2
