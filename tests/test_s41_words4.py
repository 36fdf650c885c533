"""Words people read, fifth part (session 41; trial AS 9): a title's two verbs "and" joins told in one time, people an
adjective's phrase describes open "For", a name's aside in a context bracketed. Each rule on a topic other than the trial's."""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence, title_for

# --- Two verbs "and" joins are both put in the present, or neither is (AS 9) ---------------------------------------


def test_a_verb_joined_at_once_to_the_first_is_put_in_the_present_too():
    title = title_for("", "volunteers collected and returned the surveys", "more surveys came back")
    assert title.startswith("Volunteers collect and return the surveys")


def test_a_singular_subjects_two_verbs_both_take_its_present():
    title = title_for("", "the practice nurse phoned and visited every new mother", "more mothers attended")
    assert title.startswith("The practice nurse phones and visits every new mother")


def test_a_joined_past_form_with_no_known_present_leaves_both_as_written():
    title = title_for("", "pharmacists checked and fed back on each prescription", "fewer errors reached patients")
    assert title.startswith("Pharmacists checked and fed back")


def test_a_passive_participle_after_was_is_not_a_second_verb():
    title = title_for("", "staff were trained and supported by the ward manager", "fewer incidents")
    assert title.startswith("Staff are trained and supported by the ward manager")


# --- People an adjective's phrase describes open "For", never "Where" (AS 9) ----------------------------------------


def test_people_described_by_an_adjective_phrase_open_for():
    said = cmo_sentence("practice nurses anxious about the new triage system", "they ask a doctor to check", "waits grow")
    assert said.startswith("For practice nurses anxious about the new triage system, ")


def test_people_and_a_verb_with_its_object_still_open_where():
    said = cmo_sentence("the district nurses see patients weekly", "problems are spotted early", "fewer admissions")
    assert said.startswith("Where the district nurses see patients weekly, ")


# --- A name and its aside: the aside in brackets, so the context ends at one comma (AS 9) ----------------------------


def test_a_names_aside_is_bracketed_in_the_sentence():
    said = cmo_sentence(
        "Leeds, a city with 40,000 unpaid carers", "carers who are known to their GP are offered breaks", "fewer carers burn out"
    )
    assert said.startswith("In Leeds (a city with 40,000 unpaid carers), carers who are known")


def test_a_list_with_commas_is_no_aside():
    said = cmo_sentence("rural, remote and island practices", "patients travel far for tests", "tests are missed")
    assert said.startswith("In rural, remote and island practices, patients travel")


def test_an_answer_about_the_findings_as_a_whole_is_labelled_missing_not_missing_or_wrong():
    """Trial AS 12: answers to "Is anything missing across the findings?" read "Missing or wrong:" in report and pack."""
    from cmo.models import FeedbackItem, what_they_said

    overall = FeedbackItem(id="F1", round=1, respondent="Wren", configuration="overall", missing="Head teachers' attitudes")
    assert what_they_said(overall) == [("Missing", "Head teachers' attitudes")]
    one = overall.model_copy(update={"configuration": "C2"})
    assert what_they_said(one) == [("Missing or wrong", "Head teachers' attitudes")]
