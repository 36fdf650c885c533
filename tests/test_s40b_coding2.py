"""Trials AL, AM and the re-trial of AJ (coding sheets and configuration edits): an edit that would empty a
configuration's part, a citation giving part of a source's name (one word of a double family name, the first of two
bodies, a body without its note in brackets, a body with its longer name in brackets), a row naming two sources
imported again, and statements given as JSON Lines or as cmo's own `code list --json`. Each rule is tested on another
topic: smoking cessation in community pharmacies."""

from __future__ import annotations

import json
from pathlib import Path

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Pharmacist-led stop smoking support in deprived areas
AU  - García Márquez, Lucía
AU  - Reid, Tom
PY  - 2019
JO  - Tobacco Control
DO  - 10.1136/tc.2019.0101
ER  -

TY  - JOUR
TI  - Varenicline supplied by community pharmacists: a cohort study
AU  - Okafor, Chidi
PY  - 2020
JO  - Addiction
DO  - 10.1111/add.2020.0202
ER  -

TY  - RPRT
TI  - Smoking cessation in community pharmacy: a joint position statement
AU  - Royal Pharmaceutical Society and Action on Smoking and Health
PY  - 2021
ER  -

TY  - RPRT
TI  - What people told us about stop smoking services in pharmacies
AU  - Healthwatch
PB  - Healthwatch (Independent Champion for People who Use Health and Social Care)
PY  - 2022
ER  -

TY  - RPRT
TI  - Quitting in the queue: a survey of pharmacy customers
AU  - Shelter (Jones K)
PY  - 2018
ER  -
"""

DOMAINS = """domains:
  - slug: access
    name: Access to support
    description: Where and when smokers get help to stop.
  - slug: trust
    name: Trust in the pharmacist
    description: How smokers see the pharmacist.
"""

CONTEXT = "smokers who visit a pharmacy for other reasons"
MECHANISM = "the pharmacist offers help without an appointment"
OUTCOME = "more smokers set a quit date"


def _review(cmo, tmp_path: Path) -> dict[str, str]:
    return review_of(cmo, tmp_path, DOMAINS, RECORDS)


_csv = write_csv


def _sources_of_import(cmo, tmp_path: Path, cell: str, code: int | None = 0):
    sheet = _csv(tmp_path / "cited.csv", ["Source", "Context", "Mechanism", "Outcome"], [cell, CONTEXT, MECHANISM, OUTCOME])
    said = cmo("code", "import", str(sheet), code=code)
    return [s["source"] for s in cmo.json("code", "list")], said


# --- AM 3: an edit that would empty a part --------------------------------------------------------------------------------


def test_an_edit_emptying_a_part_is_refused_and_changes_nothing(cmo, tmp_path):
    """Trial AM: `configs edit C3 --outcome ""` (an unset shell variable) wiped a sent configuration's outcome, exit 0."""
    keys = _review(cmo, tmp_path)
    _sources_of_import(cmo, tmp_path, keys["pharmacist-led"], code=None)
    made = cmo.json("configs", "new", "--statements", "S1", "--note", "for the test")["id"]
    before = cmo.json("configs", "show", made)
    history = cmo("history", made).stdout
    for option in ("--outcome", "--mechanism", "--context", "--title"):
        said = cmo("configs", "edit", made, option, "", code=2)
        assert f"{made}'s {option[2:]} would be left empty" in said.stderr
        assert "nothing was changed" in said.stderr
        assert said.stderr.count("\n") <= 1
    said = cmo("configs", "edit", made, "--outcome", "   ", "--context", "", code=2)
    assert "context and outcome would be left empty" in said.stderr
    assert cmo.json("configs", "show", made) == before
    assert cmo("history", made).stdout == history


def test_an_edit_giving_words_still_rewords_and_key_contexts_may_be_emptied(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    _sources_of_import(cmo, tmp_path, keys["pharmacist-led"], code=None)
    made = cmo.json("configs", "new", "--statements", "S1", "--note", "for the test")["id"]
    cmo("configs", "edit", made, "--outcome", "more smokers stop for four weeks", "--key-contexts", "deprived areas")
    cmo("configs", "edit", made, "--key-contexts", "")
    shown = cmo.json("configs", "show", made)
    assert (shown["outcome"], shown["key_contexts"]) == ("more smokers stop for four weeks", "")


# --- AL 18, AJ 11, R1: a citation giving part of a source's name --------------------------------------------------------


def test_one_word_of_a_double_family_name_names_the_work(cmo, tmp_path):
    """Trial AL: "Kjøllesdal 2011" for Råberg Kjøllesdal's work was "not a source in this review", with no suggestion."""
    keys = _review(cmo, tmp_path)
    for cell in ("Márquez 2019", "Garcia et al. (2019)"):
        sources, _ = _sources_of_import(cmo, tmp_path, cell, code=None)
        assert sources[-1] == keys["pharmacist-led"], cell


def test_one_word_of_a_double_family_name_two_works_share_is_refused_naming_both(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    second = RECORDS.split("\n\n")[0].replace("Pharmacist-led stop smoking", "Follow-up calls after").replace("0101", "0909")
    (tmp_path / "second.ris").write_text(second + "\n", encoding="utf-8")
    cmo("ingest", str(tmp_path / "second.ris"), code=None)
    other = next(s["key"] for s in cmo.json("sources", "list") if s["key"] not in keys.values())
    cmo("select", "include", other)
    _, said = _sources_of_import(cmo, tmp_path, "Márquez 2019", code=2)
    assert "'Márquez 2019' could be any of" in said.stderr
    assert keys["pharmacist-led"] in said.stderr and other in said.stderr
    assert "write the key" in said.stderr or "use the key" in said.stderr


def test_the_first_of_two_bodies_names_their_joint_work(cmo, tmp_path):
    """Trial AL: "International Diabetes Federation 2016" for a report of it and the DAR International Alliance."""
    keys = _review(cmo, tmp_path)
    sources, _ = _sources_of_import(cmo, tmp_path, "Royal Pharmaceutical Society 2021", code=None)
    assert sources == [keys["smoking"]]


def test_a_body_cited_with_its_longer_name_in_brackets(cmo, tmp_path):
    """Re-trial AJ 11: "Foundations (What Works Centre for Children & Families) 2024", cmo's own former citation."""
    keys = _review(cmo, tmp_path)
    cell = "Healthwatch (Independent Champion for People who Use Health and Social Care) 2022"
    sources, _ = _sources_of_import(cmo, tmp_path, cell, code=None)
    assert sources == [keys["what"]]


def test_a_body_cited_without_the_note_in_brackets_its_name_carries(cmo, tmp_path):
    """Re-trial R1: "Barnardo's 2017" for the author "Barnardo's (Smith N)" was not a source."""
    keys = _review(cmo, tmp_path)
    sources, _ = _sources_of_import(cmo, tmp_path, "Shelter 2018", code=None)
    assert sources == [keys["quitting"]]


def test_a_citation_naming_a_source_by_its_own_name_is_not_read_as_part_of_another(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    own = RECORDS.split("\n\n")[1].replace("Okafor, Chidi", "García, Pablo").replace("2020", "2019").replace("0202", "0303")
    (tmp_path / "own.ris").write_text(own + "\n", encoding="utf-8")
    cmo("ingest", str(tmp_path / "own.ris"), code=None)
    garcia = next(s["key"] for s in cmo.json("sources", "list") if s["key"] not in keys.values())
    cmo("select", "include", garcia)
    sources, _ = _sources_of_import(cmo, tmp_path, "García 2019", code=None)
    assert sources == [garcia]


# --- AL 14: a row naming two sources, imported again ----------------------------------------------------------------------


def test_a_row_naming_two_sources_imported_again_is_one_row_with_both_statements(cmo, tmp_path):
    """Trial AL: "2 rows (45, 45) repeat statements word for word (S44, S45)" and then "S44 ('M1'), S45 ('M1') have a
    'CMOC ID' … but no row on it": one row, said to exist and not to exist."""
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "own-ids.csv",
        ["Ref", "Source", "Context", "Mechanism", "Outcome"],
        ["P1", keys["varenicline"], CONTEXT, MECHANISM, OUTCOME],
        ["P2", f"{keys['pharmacist-led']}; {keys['varenicline']}", "smokers on low incomes", "it is free", "they try it"],
    )
    cmo("code", "import", str(sheet), code=None)
    assert len(cmo.json("code", "list")) == 3
    said = cmo("code", "import", str(sheet), code=None)
    assert "row 3 repeats S2 and S3 word for word, a statement for each source it names" in said.stderr
    assert "2 rows" not in said.stderr
    assert "no row on it" not in said.stderr
    assert len(cmo.json("code", "list")) == 3


# --- AM 18: statements as JSON Lines, and cmo's own `code list --json` ----------------------------------------------------


def test_a_coders_json_lines_are_read_as_a_sheet(cmo, tmp_path):
    """Trial AM: a second coder's statements as JSON Lines were refused ('expected a .csv or .xlsx file')."""
    keys = _review(cmo, tmp_path)
    lines = [
        {"source": keys["varenicline"], "context": CONTEXT, "mechanism": MECHANISM, "outcome": OUTCOME, "coder": "LM"},
        {
            "source": "Okafor 2020",
            "context": "smokers who tried alone",
            "mechanism": "free medicine",
            "outcome": "they quit",
            "domain": "access",
            "coder": "LM",
            "groups": [],
        },
    ]
    path = tmp_path / "second-coder.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    cmo("code", "import", str(path), code=None)
    made = cmo.json("code", "list")
    assert [(s["source"], s["coder"], s["outcome"]) for s in made] == [
        (keys["varenicline"], "LM", OUTCOME),
        (keys["varenicline"], "LM", "they quit"),
    ]
    assert made[1]["domain"] == "access"


def test_cmos_own_json_listing_imports_back_as_updates(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    _sources_of_import(cmo, tmp_path, keys["varenicline"], code=None)
    listing = cmo.json("code", "list")
    listing[0]["outcome"] = "more smokers are still abstinent at four weeks"
    path = tmp_path / "listing.json"
    path.write_text(json.dumps(listing), encoding="utf-8")
    said = cmo("code", "import", str(path), code=None)
    assert "Imported 0 new statements and 1 update" in said.stdout
    assert [s["outcome"] for s in cmo.json("code", "list")] == ["more smokers are still abstinent at four weeks"]
    assert "context_stated" not in said.stderr and "deleted" not in said.stderr


def test_a_line_that_is_not_json_is_refused_in_one_sentence_naming_it(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    path = tmp_path / "broken.jsonl"
    good = json.dumps({"source": keys["varenicline"], "context": CONTEXT, "mechanism": MECHANISM, "outcome": OUTCOME})
    path.write_text(good + "\n" + '{"source": "Okafor 2020", "context": \n', encoding="utf-8")
    said = cmo("code", "import", str(path), code=2)
    assert f"{path}: line 2 is not one JSON object" in said.stderr
    assert said.stderr.count("\n") <= 1
    assert cmo.json("code", "list") == []
