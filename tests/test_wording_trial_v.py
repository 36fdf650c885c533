"""Trial V and S: contexts and outcomes written as clauses, lists of describers before people, and capitals that are
no names (FINDINGS item 9). Each rule is tried with sentences from other topics too."""

import pytest

from cmo.synthesis.wording import cmo_sentence, names_from, outcome_form


@pytest.mark.parametrize(
    "context, opening",
    [
        ("Street triage covers a locality in the evenings", "Where street triage covers a locality"),
        ("officers and clinicians respond together to the same incident", "Where officers and clinicians respond"),
        ("Pharmacists review every prescription at discharge", "Where pharmacists review"),
    ],
)
def test_a_context_with_any_finite_verb_is_a_clause(context, opening):
    assert cmo_sentence(context, "staff know what to do", "fewer errors").startswith(opening)


def test_a_verb_after_a_time_word_is_not_the_contexts_own():
    """A guard on the rule above (passes on the old code too)."""
    assert cmo_sentence("people detained in Leeds after the scheme began", "x", "y").startswith("For people detained")


def test_a_names_word_is_no_verb():
    """A guard on the rule above (passes on the old code too)."""
    sentence = cmo_sentence("midwives in a Dar es Salaam referral hospital", "they reflect", "care improves")
    assert sentence.startswith("For midwives in a Dar es Salaam")


@pytest.mark.parametrize(
    "outcome",
    ["women who pay receive better treatment"],
)
def test_a_subject_with_a_relative_clause_then_its_verb_is_a_clause(outcome):
    assert outcome_form(outcome) == "clause"


@pytest.mark.parametrize("outcome", ["odds of any disrespect and abuse fall by 66%", "the odds of a fall rise by 20 percent"])
def test_a_verb_with_by_and_a_number_after_it_is_a_clause(outcome):
    assert outcome_form(outcome) == "clause"


@pytest.mark.parametrize(
    "context", ["Dalit, Muslim and adolescent women giving birth", "rural, poor or older farmers in drought areas"]
)
def test_a_list_of_describers_before_people_is_people(context):
    assert cmo_sentence(context, "staff hold prejudices", "care is worse").startswith("For ")


def test_a_word_capitalised_only_inside_a_longer_name_and_written_lower_elsewhere_is_no_name():
    texts = ["All nine Street Triage schemes cut detentions", "street triage helps", "under the Mental Health Act", "health care"]
    with names_from(texts):
        assert cmo_sentence("Street triage funded as a pilot", "staff invest less", "fragile schemes").startswith("In street")
        assert cmo_sentence("Health systems where abuse is unmeasured", "leaders look away", "abuse persists").startswith(
            "In health systems"
        )


@pytest.mark.parametrize(
    "outcome, expected",
    [("More A&E attendances in crisis", "more A&E"), ("Better GP access at weekends", "better GP")],
)
def test_a_common_word_before_an_acronym_is_lowered(outcome, expected):
    assert expected in cmo_sentence("in rural areas", "people have nowhere to go", outcome)


def test_an_article_before_an_acronym_is_lowered():
    assert cmo_sentence("A PACER team responds to a call", "x happens", "fewer detentions").startswith("Where a PACER team")


def test_community_teams_moving_is_still_a_place():
    """A guard on the rule above (passes on the old code too)."""
    assert cmo_sentence("Community teams moving to remote working", "x", "y").startswith("In community teams")
