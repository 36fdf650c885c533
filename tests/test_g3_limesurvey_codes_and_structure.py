"""Helper G3, fault 1: LimeSurvey answers headed by question codes ('G01Q01', 'G02Q01[SQ001]'), imported with the
survey's structure LimeSurvey writes as tab-separated text (its `class`, `type/scale`, `name`, `text` columns), were
refused, asking for an export headed 'Question code & question text'. The structure gives each code its question's
words (`feedback._survey_structure`), so the pair is read; any other second file leaves the refusal as it was."""

from __future__ import annotations

import shutil

from conftest import DATA

FILES = DATA / "limesurvey"


def test_answers_headed_by_codes_are_read_with_the_survey_structure(demo, tmp_path):
    """Fails on the old code: exit 2, 'headed by its question codes alone'."""
    result = demo.json(
        "feedback", "import", str(FILES / "results-survey482913.csv"), str(FILES / "limesurvey_survey_482913.txt"), code=1
    )
    assert result["added"] == 3
    assert any("headed by question codes read under the questions" in warning for warning in result["warnings"])
    groups = {item["respondent"]: item["group"] for item in demo.json("feedback", "list")}
    assert set(groups.values()) == {"cyp", "inpatient-crisis", "digitally-excluded"}
    assert {item["configuration"] for item in demo.json("feedback", "list")} == {"C1"}


def test_another_second_file_still_gets_the_refusal(demo, tmp_path):
    """Must not fire: a tab-separated file that is no survey structure (a Covidence-like list of studies) is no
    question's words: the codes are refused as before, in one sentence."""
    other = tmp_path / "studies.txt"
    other.write_text("Study\tTitle\tYear\nSmith 2019\tHome visits\t2019\n", encoding="utf-8")
    shutil.copy(FILES / "results-survey482913.csv", tmp_path / "answers.csv")
    said = demo("feedback", "import", str(tmp_path / "answers.csv"), str(other), code=2).stderr
    assert "headed by its question codes alone" in said
    assert demo.json("feedback", "list") == []


def test_answer_codes_are_read_as_the_options_the_structure_gives(demo):
    """An 'Answer codes' download ('A1') headed by codes, with the structure's answer options: groups and ratings read."""
    demo.json(
        "feedback",
        "import",
        str(FILES / "results-survey482913-answer-codes.csv"),
        str(FILES / "limesurvey_survey_482913_with_answers.txt"),
        code=1,
    )
    items = demo.json("feedback", "list")
    assert {item["group"] for item in items} == {"cyp", "inpatient-crisis", "digitally-excluded"}
    assert sorted(str(item["rating"]) for item in items) == ["None", "agree", "disagree"]
