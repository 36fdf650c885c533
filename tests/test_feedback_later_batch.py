"""A later file whose respondents are numbers alone that an earlier import gave, each answering every configuration
differently, may be a second batch of paper forms numbered from 1 again: the import asks (`--batch new|replaces`)
rather than read Thursday's people as Monday's answering again (helper LT's "not fixed"). A corrected re-export still
replaces as before."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "numbered_batches"


def test_a_second_batch_numbered_from_one_again_is_asked_about_not_replacing(demo):
    demo("feedback", "import", str(DATA / "batch-monday.csv"), "--round", "1")
    before = demo.json("feedback", "list")
    result = demo("feedback", "import", str(DATA / "batch-thursday.csv"), "--round", "1", code=2)
    said = result.stderr
    assert "batch-thursday.csv: respondents '1', '2', '3' are numbers alone that batch-monday.csv gave already" in said
    assert "'--batch new'" in said and "'--batch replaces'" in said and "nothing was imported" in said
    assert said.strip().count("\n") == 0  # one sentence
    assert demo.json("feedback", "list") == before


def test_the_team_says_new_batch_and_both_batches_count(demo):
    demo("feedback", "import", str(DATA / "batch-monday.csv"), "--round", "1")
    result = demo("feedback", "import", str(DATA / "batch-thursday.csv"), "--round", "1", "--batch", "new")
    assert "replaced" not in result.stdout
    answers = demo.json("feedback", "list")
    assert not any(a.get("replaced_by") for a in answers)
    assert {"1", "1 (batch-thursday)", "3 (batch-thursday)"} <= {a["respondent"] for a in answers}
    again = demo("feedback", "import", str(DATA / "batch-thursday.csv"), "--round", "1", "--batch", "new")
    assert "0 answers" in again.stdout  # imported twice, counted once


def test_the_team_says_replaces_and_the_later_answers_count(demo):
    demo("feedback", "import", str(DATA / "batch-monday.csv"), "--round", "1")
    result = demo("feedback", "import", str(DATA / "batch-thursday.csv"), "--round", "1", "--batch", "replaces")
    assert "1's later file replaced their earlier answers" in result.stdout


def test_a_corrected_re_export_and_one_number_answering_again_replace_unasked(demo, tmp_path):
    # Must not fire (another topic's panel): a falls-prevention patient panel numbered once; the typist's corrected
    # re-export under another name changes one person's answers, and a later form from one person answers afresh.
    first = "Respondent,Group,C1: How far do you agree?,C2: How far do you agree?\n"
    rows = ["1,Inpatient and crisis care,Agree,Agree", "2,Inpatient and crisis care,Disagree,Agree"]
    (tmp_path / "falls-panel.csv").write_text(first + "\n".join(rows) + "\n", encoding="utf-8")
    demo("feedback", "import", str(tmp_path / "falls-panel.csv"), "--round", "1")
    rows[1] = "2,Inpatient and crisis care,Agree,Disagree"
    (tmp_path / "falls-panel (corrected).csv").write_text(first + "\n".join(rows) + "\n", encoding="utf-8")
    result = demo("feedback", "import", str(tmp_path / "falls-panel (corrected).csv"), "--round", "1")
    assert "2's later file replaced their earlier answers" in result.stdout
    (tmp_path / "falls-panel-1-again.csv").write_text(first + "1,Inpatient and crisis care,Disagree,Disagree\n")
    result = demo("feedback", "import", str(tmp_path / "falls-panel-1-again.csv"), "--round", "1")
    assert "1's later file replaced their earlier answers" in result.stdout
