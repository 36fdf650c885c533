"""Trial V: a Google Forms download refused whole for one comment header.

'What is missing or wrong about CMO 3.1 (C1)?' sent the team to retype every answer into the template, while
'CMO 3.1 (C1): What is missing or wrong?' imported. A column may name its configuration anywhere in its words: by its
id, by the number the report's tables give it ('CMO 3.1') or by its title, with the question around it. Each test
imports a real file into the shipped example review (round 1 closed: C1 is 'CMO 3.1', C2 'CMO 4.1', titled 'Short
sessions on mental health awareness').
"""

from __future__ import annotations

import csv
from pathlib import Path

GRID = "How far do you agree with each finding? [CMO 3.1 (C1) Clinicians see less of the person and their surroundings]"


def form(path: Path, header: list[str], *rows: list[str]) -> Path:
    """A Google Forms download: a timestamp, a pseudonym, then the form's questions."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Timestamp", "Choose a made-up name (pseudonym)", *header])
        writer.writerows(["2030/01/07 7:49:24 PM GMT", *row] for row in rows)
    return path


def _answers(demo) -> list[tuple[str, str, str, str, str]]:
    return sorted(
        (a["respondent"], a["configuration"], a["rating"] or "", a["missing"] or "", a["comment"] or "")
        for a in demo.json("feedback", "list", "--round", "1")
    )


def test_a_question_before_the_configurations_number_and_id_is_read_as_asked(demo, tmp_path):
    """Fails on the old code: exit 2, 'cmo cannot tell which answer the column … holds', nothing imported."""
    sheet = form(
        tmp_path / "Findings - round 1 (Responses).csv",
        [GRID, "What is missing or wrong about CMO 3.1 (C1)?"],
        ["Kestrel", "Agree", "It leaves out carers"],
        ["Otter", "Disagree", ""],
    )
    result = demo("feedback", "import", str(sheet), "--round", "1", code=None)
    assert result.exit_code in (0, 1), result.output + result.stderr
    assert _answers(demo) == [
        ("Kestrel", "C1", "agree", "It leaves out carers", ""),  # what is missing, not a comment
        ("Otter", "C1", "disagree", "", ""),
    ]


def test_a_configuration_named_only_by_its_tables_number_inside_the_question(demo, tmp_path):
    """Fails on the old code: a header naming 'CMO 4.1' with no id was refused whole."""
    sheet = form(
        tmp_path / "by-number.csv",
        ["What is missing or wrong about CMO 4.1?", "Any comments about CMO 4.1?"],
        ["Wren", "Ward staff", "Rings true"],
    )
    demo("feedback", "import", str(sheet), "--round", "1", code=None)
    assert _answers(demo) == [("Wren", "C2", "", "Ward staff", "Rings true")]


def test_a_configuration_named_only_by_its_title_inside_the_question(demo, tmp_path):
    """Fails on the old code: 'What is missing or wrong about <title>?' was refused whole."""
    sheet = form(
        tmp_path / "by-title.csv",
        ["What is missing or wrong about 'Short sessions on mental health awareness'?"],
        ["Lark", "Refresher sessions"],
    )
    demo("feedback", "import", str(sheet), "--round", "1", code=None)
    assert _answers(demo) == [("Lark", "C2", "", "Refresher sessions", "")]
