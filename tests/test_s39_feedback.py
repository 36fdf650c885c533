"""Reference-group feedback, session 39 (trials AE and AF):

- AF 4: a SurveyMonkey download rated in French was refused as "one row per respondent … write that layout with 'cmo
  feedback template'". Agreement scales are read in French, Spanish, German, Portuguese and Dutch (one rule a language,
  each tested alone), and a rating whose words cmo does not read is named by row, column and words, not blamed on the
  layout.
- AE 8: an answer the team reworded a configuration because of (`configs edit --because`) was cited against the
  wording it produced. It is now cited for it, said, with the command that counts it against.
- AF 13: an agreement whose words qualify the finding ('not always') is said at `configs cite`, with the override.

Sentences are about school-based mental health support and the shipped example (remote mental health care), not the
trials' topics (antimicrobial stewardship in care homes; interpreters for refugees). Real files, a real review."""

from __future__ import annotations

import re

import pytest

from cmo.errors import BadInput
from cmo.models import FeedbackItem
from cmo.sheets.feedback import parse_feedback_files

FINDINGS = ("C1 Counsellors on site shorten waits", "C2 Pupils trust a counsellor they know", "C3 Parents are told too late")


def _survey(tmp_path, ratings: list[str], name: str = "survey.csv"):
    """A SurveyMonkey download of one respondent rating three findings in a grid: its two header rows, as it writes them."""
    first = ["Respondent ID", "Choose a made-up name", "How far do you agree with each finding?", "", ""]
    second = ["", "Open-Ended Response", *FINDINGS]
    row = ["99120001", "Heron", *ratings]
    path = tmp_path / name
    path.write_text("\n".join(",".join(f'"{cell}"' for cell in line) for line in (first, second, row)) + "\n", encoding="utf-8")
    return path


def _ratings(tmp_path, ratings: list[str]) -> tuple[list[str | None], list[str]]:
    warnings: list[str] = []
    items = parse_feedback_files([_survey(tmp_path, ratings)], {"C1", "C2", "C3"}, 1, warnings=warnings)
    by_id = {item.configuration: item for item in items}
    return [by_id[c].rating for c in ("C1", "C2", "C3")], warnings


@pytest.mark.parametrize(
    "ratings, expected",
    [
        (["Tout à fait d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord"], ["agree", "disagree", None]),
        (["D'accord", "Pas du tout d'accord", "Partiellement d'accord"], ["agree", "disagree", "partly"]),
    ],
)
def test_french_agreement_scale(tmp_path, ratings, expected):
    read, warnings = _ratings(tmp_path, ratings)
    assert read == expected
    assert any("on a French agreement scale, was read as" in str(w) for w in warnings)


@pytest.mark.parametrize(
    "ratings, expected",
    [
        (["Totalmente de acuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo"], ["agree", "disagree", None]),
        (["Algo de acuerdo", "Muy en desacuerdo", "Parcialmente de acuerdo"], ["agree", "disagree", "partly"]),
    ],
)
def test_spanish_agreement_scale(tmp_path, ratings, expected):
    assert _ratings(tmp_path, ratings)[0] == expected


@pytest.mark.parametrize(
    "ratings, expected",
    [
        (["Stimme voll und ganz zu", "Stimme eher nicht zu", "Weder noch"], ["agree", "disagree", None]),
        (["Trifft eher zu", "Trifft überhaupt nicht zu", "Teils/teils"], ["agree", "disagree", "partly"]),
    ],
)
def test_german_agreement_scale(tmp_path, ratings, expected):
    assert _ratings(tmp_path, ratings)[0] == expected


@pytest.mark.parametrize(
    "ratings, expected",
    [
        (["Concordo totalmente", "Discordo", "Nem concordo nem discordo"], ["agree", "disagree", None]),
        (["Concordo", "Não concordo", "Concordo em parte"], ["agree", "disagree", "partly"]),
    ],
)
def test_portuguese_agreement_scale(tmp_path, ratings, expected):
    assert _ratings(tmp_path, ratings)[0] == expected


@pytest.mark.parametrize(
    "ratings, expected",
    [
        (["Helemaal mee eens", "Helemaal niet mee eens", "Neutraal"], ["agree", "disagree", None]),
        (["Eens", "Oneens", "Deels mee eens"], ["agree", "disagree", "partly"]),
    ],
)
def test_dutch_agreement_scale(tmp_path, ratings, expected):
    assert _ratings(tmp_path, ratings)[0] == expected


def test_a_template_sheet_rated_in_another_language_reads_its_rating_column(tmp_path):
    """One row per answer, the rating column holding words of one language's scale only: found and read."""
    path = tmp_path / "answers.csv"
    path.write_text(
        "pseudonym,configuration,Wie sehr stimmen Sie zu?\nAmsel,C1,Stimme zu\nAmsel,C2,Stimme nicht zu\n", encoding="utf-8"
    )
    items = parse_feedback_files([path], {"C1", "C2"}, 1)
    assert [(i.configuration, i.rating, i.answer) for i in items] == [
        ("C1", "agree", "Stimme zu"),
        ("C2", "disagree", "Stimme nicht zu"),
    ]


def test_ratings_not_understood_are_named_by_row_column_and_words_not_blamed_on_the_layout(tmp_path):
    path = _survey(tmp_path, ["Molto d'accordo", "Agree", "In disaccordo"])
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([path], {"C1", "C2", "C3"}, 1)
    said = caught.value.message
    assert "row 3, column 'How far do you agree with each finding? - C1 Counsellors on …': 'Molto d'accordo'" in said
    assert "'In disaccordo'" in said and "'Agree'" not in said
    assert "French, Spanish, German, Portuguese, Dutch, Norwegian, Swedish, Danish, Japanese, Korean or Chinese" in said  # H3, K2
    assert "one row per respondent" not in said and "feedback template" not in said


def test_a_rating_not_understood_on_the_template_names_the_scales_read(tmp_path):
    path = tmp_path / "answers.csv"
    path.write_text("pseudonym,configuration,rating\nWren,C1,Abbastanza\n", encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([path], {"C1"}, 1)
    said = caught.value.message
    assert f"{path} row 2, column 'rating': 'Abbastanza' is not one of agree, partly, disagree, nor the words" in said


def test_a_question_with_short_answers_that_are_no_ratings_is_still_a_question_cmo_cannot_place(tmp_path):
    """Only a column asking how far one agrees, or holding some ratings, is read as ratings not understood."""
    path = tmp_path / "wide.csv"
    header = "Your pseudonym,C1: Does this match your experience?,C1: Which year group?"
    path.write_text(f"{header}\nfox,Agree,Year 9\n", encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([path], {"C1"}, 1)
    assert "cmo cannot tell which answer the column 'C1: Which year group?' holds" in caught.value.message


def _answer(demo, rating: str, comment: str) -> str:
    sheet = demo.folder / "answers.csv"
    header = "pseudonym,group,round,configuration,rating,comment"
    sheet.write_text(f'{header}\nLinnet,cyp,1,C1,{rating},"{comment}"\n', encoding="utf-8")
    demo("feedback", "import", str(sheet))
    return demo.json("feedback", "list")[-1]["id"]


def _pack_c1(demo, tmp_path) -> str:
    demo("round", "close", "--note", "second round")
    pack = tmp_path / "p2.html"
    demo("pack", "-o", str(pack))
    c1 = pack.read_text().split('id="cfg-C1"', 1)[1].split("</article>", 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", c1))


def test_a_disagreement_a_rewording_took_in_is_cited_for_the_new_wording_and_said(demo, tmp_path):
    answer = _answer(demo, "disagree", "Young people open up only once they have met the clinician face to face")
    demo("configs", "edit", "C1", "--outcome", "Young people open up once they have met the clinician", "--because", answer)
    done = demo("configs", "cite", "C1", "--feedback", answer)
    assert f"{answer} disagreed with C1's earlier wording and C1 was reworded because of it" in done.stderr
    assert f"'cmo configs cite C1 --feedback {answer} --contradicting' if it still goes against the new wording" in done.stderr
    assert demo.json("configs", "show", "C1")["feedback_sides"] == {answer: "supporting"}
    text = _pack_c1(demo, tmp_path)
    behind = text.split("Sources behind it", 1)[1].split("What changed", 1)[0]
    assert "face to face" in behind.split("Evidence that goes against it", 1)[0]
    assert "as the group's view against it" not in text

    demo("configs", "cite", "C1", "--feedback", answer, "--contradicting", "--note", "she still disagrees")
    assert demo.json("configs", "show", "C1")["feedback_sides"] == {answer: "contradicting"}  # the person's word stands


def test_a_disagreement_no_rewording_took_in_is_still_cited_against_without_a_word(demo):
    answer = _answer(demo, "disagree", "Video calls drop too often in rural areas")
    demo("configs", "edit", "C1", "--outcome", "Clinicians feel as sure of their assessment as in person")  # no --because
    assert demo("configs", "cite", "C1", "--feedback", answer).stderr == ""
    assert demo.json("configs", "show", "C1")["feedback_sides"] == {}


def test_an_agreement_whose_words_qualify_the_finding_is_said_at_cite(demo):
    answer = _answer(demo, "Strongly agree", "Mostly right. It is not always the parents who book the call, though.")
    done = demo("configs", "cite", "C1", "--feedback", answer)
    assert f"{answer} agrees with C1 by its rating ('Strongly agree'), but its words may go the other way" in done.stderr
    assert "'It is not always the parents who book the call, though.'" in done.stderr
    assert f"'cmo configs cite C1 --feedback {answer} --contradicting'" in done.stderr
    assert demo.json("configs", "show", "C1")["feedback_sides"] == {}  # said, not decided


@pytest.mark.parametrize(
    "words, qualifies",
    [
        ("It depends on whether the school nurse is in that day.", True),
        ("True except for pupils in alternative provision.", True),
        ("Counsellors don't always have a private room.", True),
        ("Only where the head teacher backs it.", True),
        ("Exactly what our pupils told us.", False),
        ("Yes, and waits fell further once the counsellor was full time.", False),
    ],
)
def test_qualifying_words(words, qualifies):
    from cmo.sheets.feedback import qualifying_words

    item = FeedbackItem(round=1, respondent="Tern", configuration="C2", rating="agree", missing=words)
    assert bool(qualifying_words(item)) is qualifies


def test_a_forms_group_in_a_review_declaring_no_groups_is_kept_in_its_words_and_said(tmp_path):
    """`GroupLabels` (group aliases on forms) dropped the warning for a review with no groups: the words were kept
    beside the answer, but the team was not told."""
    from cmo.sheets.feedback import GroupLabels

    path = tmp_path / "form.csv"
    path.write_text("Your pseudonym,Group,C1: Does this match your experience?\nTeal,Teachers,Agree\n", encoding="utf-8")
    warnings: list[str] = []
    (item,) = parse_feedback_files([path], {"C1"}, 1, groups=GroupLabels.of({}), warnings=warnings)
    assert (item.group, item.group_words) == ("", "Teachers")
    assert any("the group 'Teachers' is none of the review's groups (it declares none)" in str(w) for w in warnings)


def test_a_column_of_ratings_with_one_not_understood_names_that_one(tmp_path):
    """A question not worded as one about agreement, most of whose answers are ratings: the one not read is named."""
    path = tmp_path / "form.csv"
    path.write_text("Your pseudonym,C2: Your view\nRook,Agree\nWren,Kinda\nTeal,Somewhat disagree\n", encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([path], {"C2"}, 1)
    said = caught.value.message
    assert f"{path}: a rating was not understood, row 3, column 'C2: Your view': 'Kinda'" in said
    assert "one row per respondent" not in said
