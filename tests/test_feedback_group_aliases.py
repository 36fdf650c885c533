"""A stakeholder group's alias (`cmo domains alias --group`, `aliases:` in review.yaml) is read on a feedback form as on a
coding sheet: a team's own label for a group ("Young people's services" for `cyp`) was read on the sheet and refused on
the form that asked the same people. A label naming no group is refused with the command that declares it."""

from __future__ import annotations

import csv

from cmo.sheets.feedback import GroupLabels, parse_feedback_files


def _answered(demo, tmp_path, group: str):
    demo("feedback", "template", "-o", str(tmp_path / "template.csv"))
    with (tmp_path / "template.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[1][0], rows[1][1], rows[1][6] = "Kingfisher", group, "agree"
    path = tmp_path / "answers.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows[:2])
    return path


def test_a_declared_group_alias_is_read_on_a_feedback_form(demo, tmp_path):
    demo("domains", "alias", "--group", "cyp", "Young people's services")
    demo("feedback", "import", str(_answered(demo, tmp_path, "Young people's services")))
    (answer,) = demo.json("feedback", "list")
    assert (answer["respondent"], answer["group"]) == ("Kingfisher", "cyp")


def test_a_label_naming_no_group_is_refused_with_the_command_that_declares_it(demo, tmp_path):
    path = _answered(demo, tmp_path, "Hospital school teachers")
    refused = demo("feedback", "import", str(path), code=2).stderr
    assert f"{path} row 2, column 'group': 'Hospital school teachers' is not one of the review's groups" in refused
    assert 'cmo domains alias --group SLUG "Hospital school teachers"' in refused
    assert demo.json("feedback", "list") == []


def test_ticked_choices_naming_one_group_by_its_alias_and_its_name_are_that_group(tmp_path):
    """A checkbox answer ticking a group's name and its alias ("Carers, Family members") names one group, not two."""
    path = tmp_path / "answers.csv"
    path.write_text('Respondent,Group,Round,Configuration,Rating\nHeron,"Carers, Family members",2,C1,agree\n', encoding="utf-8")
    labels = GroupLabels.of({"carers": "Carers", "staff": "Staff"}, {"carers": ("Family members",)})
    (item,) = parse_feedback_files([path], {"C1"}, 2, groups=labels)
    assert item.group == "carers"
