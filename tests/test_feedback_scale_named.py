"""Trial CC: a form whose scale had four points (Strongly disagree … Strongly agree, no middle) was said to be a
five-point one in the import's account of how its answers were read. A download holds the answers chosen, not the
choices the form offered, so the scale is named by the answers the file gives, from its disagree end, never by a count
of points it may not have (tests/data/feedback_scales/README.md)."""

from __future__ import annotations

from conftest import DATA

SCALES = DATA / "feedback_scales"


def test_a_four_point_scale_is_not_called_a_five_point_one(demo):
    result = demo("feedback", "import", str(SCALES / "four-point (Responses).csv"))
    assert "five-point" not in result.stderr
    scale = "the form's scale of Strongly disagree, Disagree, Agree, Strongly agree (as its answers give it)"
    assert f"'Strongly agree' on {scale} was read as agree" in result.stderr
    assert f"'Strongly disagree' on {scale} was read as disagree" in result.stderr


def test_a_scale_with_a_middle_is_named_with_it(demo):
    """Must not fire as four points: a form's middle answer given is one of its points."""
    result = demo("feedback", "import", str(SCALES / "five-point (Responses).csv"), code=1)  # the middle: exit 1
    scale = (
        "the form's scale of Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree "
        "(as its answers give it)"
    )
    assert f"'Strongly agree' on {scale} was read as agree" in result.stderr


def test_a_french_scale_is_still_named_by_its_language(demo, tmp_path):
    sheet = tmp_path / "réponses.csv"
    sheet.write_text(
        "Pseudonyme,Configuration,Évaluation\nHéron,C1,Plutôt d'accord\nHéron,C2,Pas du tout d'accord\n", encoding="utf-8"
    )
    result = demo("feedback", "import", str(sheet))
    assert "'Plutôt d'accord', on a French agreement scale, was read as agree" in result.stderr
