"""Trial CN (interpreters in maternity care): `cmo feedback summary` printed "Missing or wrong:" before every answer to
the JISC form's question about the findings as a whole ("Is anything missing? Something that matters to you that none
of the findings covers?"), while the report and packs say "Missing": the summary's comments did not say which
configuration they answer. Tested on another topic: peer support in prisons."""

from __future__ import annotations

from cmo.models import FeedbackItem
from cmo.sheets.feedback import summarise
from cmo.views import FeedbackRow


def _rows(*items):
    return [FeedbackRow(**row) for row in summarise(list(items), [])]


def test_an_answer_about_the_findings_overall_is_labelled_missing_in_the_summary():
    overall = FeedbackItem(id="F3", round=1, respondent="Shag", configuration="overall", missing="Visits from family")
    [row] = _rows(overall)
    assert row.configuration == "overall"
    assert row.comments[0].in_a_line() == "Missing: Visits from family"


def test_an_answer_about_one_configuration_keeps_its_question_s_label():
    """Must not fire: an answer about one configuration that did not agree keeps "Missing or wrong"."""
    one = FeedbackItem(id="F4", round=1, respondent="Eider", configuration="C2", rating="partly", missing="Night staff")
    [row] = _rows(one)
    assert row.comments[0].in_a_line() == "Missing or wrong: Night staff"
