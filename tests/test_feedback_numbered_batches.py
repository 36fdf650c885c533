"""A respondent named by a number alone, where the numbers start again (two batches of paper forms, each numbered from
1), is several people: the import refuses in one sentence rather than count one person's answers as replacing
another's. A number answering again within one group (a form sent twice), and names, are read as before."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "numbered_batches"


def test_two_batches_each_numbered_from_one_are_refused_not_merged(demo):
    before = demo.json("feedback", "list")
    result = demo("feedback", "import", str(DATA / "paper-forms.csv"), "--round", "1", code=2)
    said = result.stderr
    assert "paper-forms.csv respondents '1', '2', '3': each a number alone" in said
    assert "Children and young people and as Digitally excluded people" in said
    assert "give each batch's numbers a letter (A1, B1)" in said and "nothing was imported" in said
    assert said.count("\n") == 1  # one sentence
    assert demo.json("feedback", "list") == before


def test_batches_in_two_files_of_one_group_are_refused_too(demo, tmp_path):
    rows = (DATA / "paper-forms.csv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "batch-a.csv").write_text("\n".join(rows[:4]) + "\n", encoding="utf-8")
    second = [row.replace("Digitally excluded people", "Children and young people") for row in rows[4:]]
    (tmp_path / "batch-b.csv").write_text("\n".join([rows[0], *second]) + "\n", encoding="utf-8")
    result = demo("feedback", "import", str(tmp_path / "batch-a.csv"), str(tmp_path / "batch-b.csv"), "--round", "1", code=2)
    assert "batch-a.csv respondents '1', '2', '3'; batch-b.csv respondents '1', '2', '3'" in result.stderr
    assert "(different answers to one configuration)" in result.stderr


def test_one_number_sending_its_form_again_and_named_people_are_read_as_before(demo, tmp_path):
    # Must not fire (another topic's form): a patient panel on a falls-prevention service, numbered once, one of whom
    # sent a second form; and named respondents who answer as two groups are the team's to sort, not this rule's.
    (tmp_path / "falls-panel.csv").write_text(
        "Respondent,Group,C1: How far do you agree?,C2: How far do you agree?\n"
        "1,Inpatient and crisis care,Agree,Agree\n"
        "2,Inpatient and crisis care,Disagree,Agree\n"
        "1,Inpatient and crisis care,Disagree,Agree\n"
        "Wren,Children and young people,Agree,Agree\n",
        encoding="utf-8",
    )
    result = demo("feedback", "import", str(tmp_path / "falls-panel.csv"), "--round", "1", "--json", code=None)
    assert result.exit_code in (0, 1), result.stderr
    assert "a number alone" not in result.stderr
    assert "1 answered C1 more than once" in result.stderr
    kept = [a for a in demo.json("feedback", "list") if a["file"] == "falls-panel.csv"]
    assert sorted({a["respondent"] for a in kept}) == ["1", "2", "Wren"]
