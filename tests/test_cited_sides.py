"""Trial P: a carer disagreed with C9; the team reworded C9 to say what she said and cited her answer, which every output
then listed as the group's view *against* the finding it produced; and a member marked as contradicting C9's old words
stayed so after the rewording, without a word. Now the side of a cited answer is a person's to set
(`configs cite --supporting/--contradicting`), it sticks, and a rewording names what was judged on the earlier words.
Built on the example review through the commands a user types (real SQLite, real files)."""

from __future__ import annotations

import re


def _answer(demo, rating: str = "disagree") -> str:
    sheet = demo.folder / "answers.csv"
    sheet.write_text(
        f"pseudonym,group,round,configuration,rating,comment\nKestrel,cyp,1,C1,{rating},They see more than you think\n",
        encoding="utf-8",
    )
    demo("feedback", "import", str(sheet))
    return demo.json("feedback", "list")[-1]["id"]


def _pack_sides(demo, tmp_path) -> tuple[str, str]:
    demo("round", "close", "--note", "second round")
    pack = tmp_path / "p2.html"
    demo("pack", "-o", str(pack))
    c1 = pack.read_text().split('id="cfg-C1"', 1)[1].split("</article>", 1)[0]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", c1))
    behind, rest = text.split("Sources behind it", 1)[1].split("Evidence that goes against it", 1)
    return behind, rest.split("What changed", 1)[0]


def test_an_answer_cited_against_by_its_rating_can_be_counted_for_it_and_that_sticks(demo, tmp_path):
    answer = _answer(demo)
    demo("configs", "edit", "C1", "--outcome", "Clinicians feel as sure of their assessment as in person", "--because", answer)
    done = demo("configs", "cite", "C1", "--feedback", answer)
    assert f"'cmo configs cite C1 --feedback {answer} --contradicting'" in done.stderr  # reworded because of it: for it, said

    done = demo("configs", "cite", "C1", "--feedback", answer, "--supporting", "--note", "C1 now says what she said")
    assert done.stderr == ""
    demo("refine")
    assert demo.json("configs", "show", "C1")["feedback_sides"] == {answer: "supporting"}
    assert f"feedback cited as evidence: {answer} (counted for it)" in demo("configs", "show", "C1").stdout
    behind, against = _pack_sides(demo, tmp_path)
    assert "counted by the team as support" in behind and "They see more than you think" in behind
    assert "Expert reference group" not in against

    md = tmp_path / "report.md"
    demo("report", "--format", "md", "-o", str(md))
    row = next(line for line in md.read_text().splitlines() if line.startswith("| **CMO") and "(C1)**" in line)
    assert "counted by the team as support" in row and "**Contradicting:**" not in row


def test_without_a_side_a_disagreement_is_cited_against_and_taking_it_back_drops_its_side(demo, tmp_path):
    answer = _answer(demo)
    assert demo("configs", "cite", "C1", "--feedback", answer).stderr == ""  # not reworded because of it: nothing to say
    demo("configs", "cite", "C1", "--feedback", answer, "--contradicting")
    demo("configs", "cite", "C1", "--feedback", answer, "--remove")
    assert demo.json("configs", "show", "C1")["feedback_sides"] == {}
    demo("configs", "cite", "C1", "--feedback", answer)
    demo("configs", "edit", "C1", "--title", "Seeing less of the person")
    behind, against = _pack_sides(demo, tmp_path)
    assert "who disagreed" in against and "counted by the team" not in against + behind


def test_an_agreement_the_team_counts_against_says_so():
    from cmo.models import FeedbackItem
    from cmo.outputs.tables import feedback_cited_as

    item = FeedbackItem(id="F2", round=1, respondent="Wren", configuration="C1", rating="agree", group="carers")
    said = feedback_cited_as(item, {"carers": "Family carers"}, "F2", against=True)
    assert said == "Expert reference group, round 1 (Family carers), counted by the team against it"
    assert feedback_cited_as(item, {}, "F2") == "Expert reference group, round 1 (carers)"


def test_a_rewording_names_the_marks_and_cited_answers_judged_on_the_earlier_words(demo):
    answer = _answer(demo, "agree")
    member = demo.json("configs", "show", "C1")["statements"][0]
    demo("code", "mark", member, "--contradicting", "C1")
    demo("configs", "cite", "C1", "--feedback", answer)
    assert demo("configs", "edit", "C1", "--title", "Seeing less of the person").stderr == ""  # the words it says unchanged

    done = demo("configs", "edit", "C1", "--outcome", "Clinicians feel sure of their assessment")
    assert f"'cmo code mark {member} --supporting C1' if the new wording turns it round" in done.stderr
    assert f"'cmo configs cite C1 --feedback {answer} --contradicting' if the new wording turns it round" in done.stderr
    assert demo.json("code", "show", member)["stance"] == {"C1": "contradicting"}  # said, never changed


def test_the_audit_trail_says_an_answer_was_counted_on_the_side_a_person_chose_whatever_its_rating(demo, tmp_path):
    """Trial X: turning a disagreement into support read, in the audit trail, as "on the side each answer took"."""
    answer = _answer(demo)
    demo("configs", "cite", "C1", "--feedback", answer)
    demo("configs", "cite", "C1", "--feedback", answer, "--supporting", "--note", "she disagreed with the old words")
    md = tmp_path / "report.md"
    demo("report", "--format", "md", "-o", str(md))
    trail = md.read_text(encoding="utf-8").split("udit", 1)[1]
    assert "cited the reference group's feedback on it, on the side each answer took" in trail  # the first citation
    assert "counted as support for it, whatever its rating, an answer from " in trail, trail
    assert answer not in trail, "an answer is named by who gave it, never by its id (trial AC)"
