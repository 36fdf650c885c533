"""A 'partly agree' answer cited as evidence is neither full support nor a disagreement (helper N5, trial DD 5): it is
counted with the finding, beside its sources, and every output names it as partly agreeing; the pack tells its
respondent it was cited as evidence that the finding holds in part, not "as evidence for it"."""

from __future__ import annotations

from cmo.models import Configuration, FeedbackItem
from cmo.outputs.packs import _cite_action
from cmo.outputs.tables import feedback_cited_as, feedback_sides


def _answer(fid: str, rating: str, words: str) -> FeedbackItem:
    return FeedbackItem(id=fid, round=1, respondent="Kite", group="surgeons", configuration="C1", rating=rating, missing=words)


def _config(**sides) -> Configuration:
    return Configuration(
        id="C1",
        title="Clinical officers supervised for their first operations",
        context="district hospitals",
        mechanism="supervision builds confidence",
        outcome="outcomes similar to doctors'",
        feedback_evidence=["F7"],
        feedback_sides=sides,
    )


def test_a_partly_agreeing_answer_is_named_so_where_it_is_cited():
    partly = _answer("F7", "partly", "only for uncomplicated caesareans")
    with_it, against = feedback_sides(_config(), {"F7": partly}, {"surgeons": "Surgeons"})
    assert with_it == ["Expert reference group, round 1 (Surgeons), who partly agreed"] and against == []
    assert _cite_action(_config(), [partly]) == "cited your feedback as evidence that it holds in part"


def test_a_full_agreement_and_a_person_s_side_are_told_as_before():
    """Must not fire (another topic: school mentoring): a full agreement is evidence for it, unqualified; a partly
    answer a person counted for it (--supporting) is told as they counted it; a disagreement still disagreed."""
    agree = _answer("F7", "agree", "mentors met weekly at our school")
    assert feedback_cited_as(agree, {"surgeons": "Teachers"}) == "Expert reference group, round 1 (Teachers)"
    assert _cite_action(_config(), [agree]) == "cited your feedback as evidence for it"
    partly = _answer("F7", "partly", "only with a paid mentor")
    assert _cite_action(_config(F7="supporting"), [partly]) == "cited your feedback as evidence for it"
    disagree = _answer("F7", "disagree", "mentoring did nothing")
    assert feedback_cited_as(disagree, {}).endswith(", who disagreed")
