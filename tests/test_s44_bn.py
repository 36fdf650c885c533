"""Session 44, trial BN (patient navigation for cancer screening), each rule tested alone on other topics: an
'Inferred?' checkbox exported as its tool writes a tick ('checked': Airtable, Smartsheet) is a tick, never a per-row
error; a hyphenated word in lower case after its capital ('Low-income', 'Close-knit') opening a part before a name is
lowered as the sentence's first word, while a name keeps its capital ('London-based', 'Stoke-on-Trent'); a form's
group choice with words in brackets after it ('Inpatient and crisis care (ward, crisis house, A&E)') is that group,
never several ticked. Real files, a real SQLite review, the commands a user types."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Strength and balance classes for older people living at home: a randomised trial
AU  - Okonjo, Adaeze
PY  - 2018
JO  - Age and Ageing
DO  - 10.1093/ageing/2018.0113
ER  -

TY  - RPRT
TI  - Home hazard visits after a fall: a service evaluation
AU  - Falls Prevention Network
PY  - 2022
ER  -
"""

DOMAINS = """domains:
  - slug: classes
    name: Exercise classes
    description: Group strength and balance classes.
groups:
  - slug: older-people
    name: Older people
"""


def _review(cmo, tmp_path) -> dict[str, str]:
    return review_of(cmo, tmp_path, DOMAINS, RECORDS)


# ---- an 'Inferred?' checkbox exported as 'checked' ----------------------------------------------------------------


def test_an_inferred_checkbox_exported_as_checked_is_a_tick(cmo, tmp_path):
    """Fails on the old code: every ticked row refused, "'checked' is not c, m or o", and nothing imported (an Airtable
    base's checkbox field exports a tick as 'checked' and no tick as an empty cell)."""
    key = _review(cmo, tmp_path)["strength"]
    header = ["Sources", "Context", "Mechanism", "Outcome", "Inferred?"]
    rows = [
        [key, f"Older people living alone {n}", "Classes give them a reason to leave the house", "Fewer falls", tick]
        for n, tick in enumerate(["checked", "", "Checked", "unchecked"])
    ]
    said = cmo("code", "import", str(write_csv(tmp_path / "Grid view.csv", header, *rows)))
    assert "Imported 4 new statements" in said.stdout
    assert "rows 2, 4: the tick in 'Inferred?' was read as the whole statement inferred" in said.stderr
    stated = {s["context"][-1]: s["mechanism_stated"] for s in cmo.json("code", "list")}
    assert stated == {"0": False, "1": True, "2": False, "3": True}


# ---- a hyphenated adjective before a name ---------------------------------------------------------------------------


def _sentences(cmo, tmp_path, contexts: list[str]) -> str:
    keys = _review(cmo, tmp_path)
    rows = [
        [keys["strength"] if n % 2 else keys["home"], context, f"Instructors adapt the exercises {n}", f"Outcome {n} improves"]
        for n, context in enumerate(contexts)
    ]
    cmo("code", "import", str(write_csv(tmp_path / "coding.csv", ["Source", "Context", "Mechanism", "Outcome"], *rows)))
    cmo("refine", "--backend", "lexical", "--threshold", "0.99")
    return cmo("configs", "list").stdout


def test_a_hyphenated_adjective_opening_a_context_before_a_name_is_lowered(cmo, tmp_path):
    """Fails on the old code: "For Low-income Pakistani families…", "In Close-knit Somali communities…": a capital
    before a name was read as the first word of that name."""
    listed = _sentences(cmo, tmp_path, ["Low-income Pakistani families in rented flats", "Close-knit Somali communities"])
    assert "low-income Pakistani families in rented flats" in listed, listed
    assert "close-knit Somali communities" in listed, listed
    assert "Low-income Pakistani" not in listed.split("Outcome")[0].split("\n", 1)[1]


def test_a_hyphenated_name_opening_a_context_keeps_its_capital(cmo, tmp_path):
    """The rule must not fire on a name: one whose first part is a place, or with a capital after its hyphen."""
    listed = _sentences(cmo, tmp_path, ["London-based Somali women over 70", "Stoke-on-Trent Polish families"])
    assert "London-based Somali women over 70" in listed and "london-based" not in listed, listed
    assert "Stoke-on-Trent Polish families" in listed and "stoke-on-Trent" not in listed, listed


# ---- a form's group choice with words in brackets after it -----------------------------------------------------------

ASIDE = (
    "Pseudonym,Which group are you answering for?,Which group are you answering for? - Other (please specify),"
    "C4: Does this match your experience?\n"
    'Plover,"Inpatient and crisis care (ward, crisis house, A&E)",,Yes\n'
    "Knot,Other (please specify),Paramedic (ambulance service),Partly\n"
)


def test_a_group_choice_with_words_in_brackets_after_it_is_that_group(demo, tmp_path):
    """Fails on the old code: the commas in the brackets made three groups ticked, none of them the review's, and
    Plover's answers were kept without a group. A form's 'Other (please specify)' still names none."""
    form = tmp_path / "ward-staff-form.csv"
    form.write_text(ASIDE, encoding="utf-8")
    said = demo("feedback", "import", str(form), code=1)
    answers = {a["respondent"]: a for a in demo.json("feedback", "list")}
    assert answers["Plover"]["group"] == "inpatient-crisis", said.stderr
    assert "row 2: the group 'Inpatient and crisis care (ward, crisis …' was read as inpatient-crisis" in said.stderr
    assert (answers["Knot"]["group"], answers["Knot"]["group_words"]) == ("", "Paramedic (ambulance service)")
