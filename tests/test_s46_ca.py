"""Trial CA (pharmacist-led medication review in care homes; Embase, CENTRAL, IPA via ProQuest, Publish or Perish,
Rayyan, a DistillerSR extraction export): a sheet naming each study only by the record's own columns (DistillerSR's
'Refid', 'Title', 'Author', 'Year') is read by its title column, and a quote that says 'as above' under another
study's row is refused rather than given that study's words. Each rule is tested on another topic: school-based
bystander programmes."""

from __future__ import annotations

import pytest
from sheet_reviews import review_of, write_csv

from cmo.synthesis.wording import cmo_sentence

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


@pytest.mark.parametrize(
    "context, framed",
    [
        ("Physiotherapist reviews patients' exercises at each visit", "Where physiotherapist reviews patients' exercises"),
        ("Tutor marks pupils' homework every week", "Where tutor marks pupils' homework"),
        ("Volunteer checks tenants' smoke alarms", "Where volunteer checks tenants' smoke alarms"),
    ],
)
def test_one_person_then_a_verb_and_its_object_is_a_clause_not_a_place(context, framed):
    """Trial CA: "Pharmacist reviews residents' medicines in the care home …" was worded "In pharmacist reviews residents'
    medicines …", as a place: a word that may be a verb, after a noun for one person and before a noun in the
    possessive, is that person's verb, as it was before "their"."""
    sentence = cmo_sentence(context, "mothers feel noticed", "more mothers disclose low mood")
    assert sentence.startswith(framed), sentence


@pytest.mark.parametrize(
    "context",
    ["Physiotherapist reviews at six weeks", "Tutor marks in pupils' workbooks", "Carer needs assessment by the council"],
)
def test_a_noun_phrase_after_one_person_stays_a_noun_phrase(context):
    """The rule must not fire where the word after the possible verb opens a phrase of a noun's own (a preposition), or
    is a plain noun: "health visitor checks at six weeks" is a time and place, worded "In …"."""
    sentence = cmo_sentence(context, "mothers feel noticed", "more mothers disclose low mood")
    assert not sentence.startswith("Where "), sentence


@pytest.mark.parametrize(
    "outcome", ["Bullying fell in the intervention schools", "Reports of bullying rose across all year groups"]
)
def test_a_past_of_change_before_where_it_changed_is_the_outcome_s_verb(outcome):
    """Trial CA: "Drug use fell in intervention homes" was read as a noun phrase and worded "which leads to drug use fell
    in intervention homes": "fell" or "rose" before a preposition says where the change happened, as its verb."""
    sentence = cmo_sentence("Pupils who saw a peer model", "pupils feel able to act", outcome)
    assert "leads to" not in sentence and f"so {outcome[0].lower()}{outcome[1:]}" in sentence, sentence


def test_a_rose_that_names_a_thing_stays_a_noun_phrase():
    """The rule must not fire where 'rose' names a thing, with no preposition after it."""
    sentence = cmo_sentence("Volunteers run a weekly club", "members feel they belong", "A rose garden in the courtyard")
    assert "leads to a rose garden in the courtyard" in sentence, sentence
