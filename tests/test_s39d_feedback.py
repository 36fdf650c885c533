"""A configuration named in a feedback sheet by its table number (trial AG finding 8).

Trial AG (community pharmacy): a transcriber typed the pack's number without 'CMO' ('2.7'), and was told "'2.7' is not a
configuration of round 2 (did you mean C7?)", though the round's pack numbered C19 'CMO 2.7'; a number the previous
round's pack gave ('CMO 3.4') was likewise sent to C4. These tests use other topics: the rule alone on answers about
home visits by health visitors, then through `cmo` on the shipped example review (crisis mental health care).
"""

from __future__ import annotations

import re

import pytest

from cmo.errors import BadInput
from cmo.normalise import fold
from cmo.sheets.feedback import parse_feedback_files

KNOWN = {"C2", "C4", "C7", "C9", "C12"}
NAMES = {
    1: {fold("CMO 1.1"): "C2", fold("CMO 1.2"): "C12", fold("CMO 2.1"): "C9", fold("Trusted visitor opens the door"): "C4"},
    2: {fold("CMO 1.1"): "C2", fold("CMO 1.2"): "C4", fold("CMO 1.3"): "C12", fold("CMO 2.1"): "C9"},
}


def _sheet(tmp_path, configuration: str):
    sheet = tmp_path / "home_visits.csv"
    sheet.write_text(f"respondent,configuration,rating,comment\nMarigold,{configuration},partly,Only after the first visit\n")
    return sheet


@pytest.mark.parametrize("written", ["1.3", "CMO 1.3", "cmo1.3", " 01.03 "])
def test_a_table_number_with_or_without_cmo_is_read_as_the_rounds_pack_numbered_it(tmp_path, written):
    items = parse_feedback_files([_sheet(tmp_path, written)], KNOWN, 2, names=NAMES)
    assert [item.configuration for item in items] == ["C12"]


def test_a_number_another_rounds_pack_gave_is_said_as_that_and_never_guessed_from_its_digits(tmp_path):
    with pytest.raises(BadInput) as raised:
        parse_feedback_files([_sheet(tmp_path, "CMO 1.4")], KNOWN, 2, names={2: NAMES[2], 1: {fold("CMO 1.4"): "C12"}})
    said = str(raised.value)
    assert "round 1's pack numbered C12 CMO 1.4, which round 2's pack numbered CMO 1.3: did you mean C12?" in said
    assert "C4?" not in said
    with pytest.raises(BadInput) as raised:
        parse_feedback_files([_sheet(tmp_path, "2.2")], KNOWN, 2, names=NAMES)
    said = str(raised.value)
    assert "'2.2' is not a configuration of round 2 (no round's pack numbered a configuration CMO 2.2)" in said
    assert "C2?" not in said


def test_a_number_another_round_gave_a_configuration_this_round_does_not_hold_says_what_became_of_it(tmp_path):
    names = {1: {fold("CMO 3.1"): "C30"}, 2: NAMES[2]}
    with pytest.raises(BadInput) as raised:
        parse_feedback_files([_sheet(tmp_path, "3.1")], KNOWN, 2, names=names, fates={"C30": "merged into C9"})
    assert "round 1's pack numbered C30 CMO 3.1, which round 2 did not hold (merged into C9)" in str(raised.value)
    assert "C31" not in str(raised.value) and "C1?" not in str(raised.value)


def test_an_id_like_name_still_gets_its_hint(tmp_path):
    with pytest.raises(BadInput) as raised:
        parse_feedback_files([_sheet(tmp_path, "Config 7")], KNOWN, 2, names=NAMES)
    assert "did you mean C7?" in str(raised.value)


def _numbers(demo, tmp_path) -> dict[str, str]:
    path = tmp_path / "report.md"
    demo("report", "--format", "md", "-o", str(path))
    found = re.findall(r"(CMO \d+\.\d+) \((C\d+)\)", path.read_text(encoding="utf-8"))
    return {config_id: number for number, config_id in reversed(found)}


def test_an_answer_giving_the_packs_number_alone_is_filed_on_the_configuration_the_pack_numbered_so(demo, tmp_path):
    numbers = _numbers(demo, tmp_path)
    config_id, number = next((i, n) for i, n in numbers.items() if f"C{n.split('.')[-1]}" != i)
    sheet = tmp_path / "crisis_round1.csv"
    bare = number.removeprefix("CMO ")
    sheet.write_text(f"respondent,round,configuration,rating\nKestrel,1,{bare},partly\n", encoding="utf-8")
    demo("feedback", "import", str(sheet), code=None)
    answered = {a["respondent"]: a["configuration"] for a in demo.json("feedback", "list") if a["respondent"] == "Kestrel"}
    assert answered == {"Kestrel": config_id}
