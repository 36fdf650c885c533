"""Session 41, words people read (second part): titles cut only where a phrase ends (trials AN 11, AP 7), a title told
in the present (AO 10), a context that describes its people with a participle not worded as a clause (AN 12, AO 9,
AP), a resource the context has said left out, an outcome that did not follow joined by "but", another language's
parts without capitals mid-sentence, and a table's cell lowered after "; " as its sentence is. Each rule is tested on
other topics than the trial's."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import as_a_part_reads, cmo_sentence, short_title, title_for

# --- AN 11 / AP 7: a title is cut only where a phrase ends ------------------------------------------------------------


def test_a_title_keeps_the_phrase_of_a_verb_joined_by_and():
    """ "…where to send pupils and hold | on to them": the second verb is not left without its phrase."""
    assert short_title("carers do not know where to send the forms and hold on to them") == (
        "Carers do not know where to send the forms and hold on to them"
    )
    assert not short_title("tenants do not know which office to ring and wait for a letter from the council").endswith("and wait")


def test_a_verb_and_its_pronoun_after_and_keep_their_phrase():
    assert short_title("carers have no idea where to take the forms and hand them to reception staff") == (
        "Carers have no idea where to take the forms"
    )


def test_nowhere_keeps_the_infinitive_that_says_what():
    """ "Practitioners and school staff have nowhere" said nothing of what."""
    title = short_title("lone parents and their children have nowhere to stay for the night and sleep in cars")
    assert title == "Lone parents and their children have nowhere to stay"


def test_a_which_and_its_noun_keep_their_infinitive():
    assert short_title("tenants do not know which office to ring and wait for a letter from the council") == (
        "Tenants do not know which office to ring"
    )


def test_an_object_pronoun_after_the_word_after_and_makes_it_a_verb_not_a_second_noun():
    """ "refer the young person | and pass them between services": "the person and pass" is no pair of nouns."""
    title = short_title("volunteers and drivers have nowhere to take the older man and leave him between visits to the clinic")
    assert title == "Volunteers and drivers have nowhere to take the older man"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Carers rely on a short, practical checklist", "Carers rely on a short, practical checklist"),
        ("Tenants want their own, lockable front door", "Tenants want their own, lockable front door"),
    ],
)
def test_a_comma_between_two_adjectives_of_one_noun_ends_no_title(text, title):
    """ "Physicians act on a clear" (trial AP): the comma parts two adjectives before their noun."""
    assert short_title(text) == title


def test_a_comma_after_a_clause_still_ends_the_title():
    title = short_title("residents feel safe at home, which means staff sleep better at night because the doors lock")
    assert title == "Residents feel safe at home"


# --- AO 10: a configuration's title reads in the present ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("Tenants felt ignored and unsafe", "Tenants feel ignored and unsafe"),
        ("Volunteers visited older neighbours every week", "Volunteers visit older neighbours every week"),
        (
            "The helpline reduced waiting times and improved satisfaction",
            "The helpline reduces waiting times and improves satisfaction",
        ),
        ("Farmers were reluctant to borrow", "Farmers are reluctant to borrow"),
        ("The warden did not knock", "The warden does not knock"),
        ("They tried harder", "They try harder"),
        ("Parents worried about the cost", "Parents worry about the cost"),
    ],
)
def test_a_title_told_in_the_past_is_told_in_the_present(mechanism, title):
    assert title_for("", mechanism, "") == title


@pytest.mark.parametrize(
    "mechanism",
    [
        "Staff felt valued because managers listened",  # another clause, another time
        "Women discharged early return sooner",  # a participle that describes them
        "Older tenants offered a move accept it",
        "Teachers read the guidance",  # a present too
    ],
)
def test_a_title_whose_tense_is_not_sure_is_left_as_written(mechanism):
    assert title_for("", mechanism, "") == mechanism


def test_the_present_agrees_with_the_people_not_with_what_describes_them():
    assert title_for("", "Staff trained in the tool used it more", "") == "Staff trained in the tool use it more"


# --- AN 12 / AO 9 / AP: a context that describes its people ------------------------------------------------------------


def test_a_context_whose_people_are_found_to_have_something_is_for_them():
    """ "Where people found to have raised blood pressure…, …" (trial AO): "to have" is no clause's verb."""
    sentence = cmo_sentence(
        "farmers found to have unpaid loans at the cooperative",
        "an extension officer visits them",
        "more farmers keep their land",
    )
    assert sentence.startswith("For farmers found to have unpaid loans at the cooperative, ")


def test_a_context_of_people_offered_something_is_for_them():
    """ "Where older patients offered deprescribing, …" (trial AP)."""
    sentence = cmo_sentence("older tenants offered rehousing", "a housing officer explains the move", "tenants agree to move")
    assert sentence.startswith("For older tenants offered rehousing, ")


def test_a_noun_after_a_preposition_and_an_adjective_is_no_contexts_verb():
    """ "Where insured patients with regular contact with the same nurse, …" (trial AO)."""
    sentence = cmo_sentence(
        "students with regular contact with a tutor", "students ask for help early", "fewer students drop out"
    )
    assert sentence.startswith("For students with regular contact with a tutor, ")


def test_an_acronym_for_people_before_an_ing_phrase_is_for_them_where_the_mechanism_names_them():
    """ "In GPs using electronic health records, …" (trial AP)."""
    sentence = cmo_sentence("FCHVs using mobile phones", "supervisors call FCHVs weekly", "more visits are reported")
    assert sentence.startswith("For FCHVs using mobile phones, ")


# --- AN 12: a resource said twice, an outcome that did not follow -------------------------------------------------------


def test_a_resource_the_context_has_said_is_not_said_again():
    sentence = cmo_sentence(
        "tenants join a repair scheme run by the council",
        "a repair scheme run by the council; tenants report repairs",
        "repairs are done sooner",
    )
    assert (
        sentence == "Where tenants join a repair scheme run by the council, tenants report repairs, so repairs are done sooner."
    )


def test_a_resource_with_words_of_its_own_is_kept():
    sentence = cmo_sentence(
        "tenants join a repair scheme", "a named repairs officer; tenants report repairs", "repairs are done sooner"
    )
    assert "a named repairs officer; tenants report repairs" in sentence


def test_a_change_that_did_not_come_is_joined_by_but():
    """ "students learn problem-solving skills, so the programme did not prevent depression" (trial AN)."""
    sentence = cmo_sentence(
        "libraries run a homework club", "children finish their homework", "the club did not improve exam results"
    )
    assert sentence.endswith("children finish their homework, but the club did not improve exam results.")
    sentence = cmo_sentence("libraries run a homework club", "children finish their homework", "no difference in exam results")
    assert sentence.endswith(", but with no difference in exam results.")


def test_a_denial_that_follows_from_the_mechanism_keeps_so():
    sentence = cmo_sentence("libraries run a homework club", "children feel ashamed", "they do not come back")
    assert sentence.endswith("children feel ashamed, so they do not come back.")


def test_a_mechanism_of_people_taking_something_abstract_is_a_clause():
    """ "staff take ownership of mental health promotion means that…" (trial AN): a verb and its object, not a noun."""
    sentence = cmo_sentence("", "staff take ownership of the rota", "fewer shifts go uncovered")
    assert sentence == "Staff take ownership of the rota, so fewer shifts go uncovered."


# --- AO 9: another language's parts, AP: a table's cells ---------------------------------------------------------------


def test_parts_in_another_language_are_not_capitalised_mid_sentence():
    sentence = cmo_sentence(
        "Lorsque les bibliothèques ouvrent le soir", "Les élèves viennent travailler", "Les devoirs sont faits"
    )
    assert sentence == "Lorsque les bibliothèques ouvrent le soir, les élèves viennent travailler, les devoirs sont faits."


def test_a_part_shown_alone_is_lowered_after_its_semicolon_as_the_sentence_is():
    assert as_a_part_reads("Trust in the warden; Trust grows over months") == "Trust in the warden; trust grows over months"
    assert as_a_part_reads("A named warden; NHS staff call ahead") == "A named warden; NHS staff call ahead"


def test_the_report_and_pack_show_a_mechanism_lowered_after_its_semicolon(demo, tmp_path):
    demo("configs", "edit", "C2", "--mechanism", "Trust in the mentor; Trust grows over months")
    report = tmp_path / "report.html"
    demo("report", "-o", str(report))
    html = report.read_text(encoding="utf-8")
    assert "<td>Trust in the mentor; trust grows over months<td>" in html  # the configurations table
    demo("configs", "edit", "C1", "--title", "Seeing less of the person at a distance")
    demo("round", "close", "--note", "second round", code=None)
    pack = tmp_path / "pack.html"
    demo("pack", "-o", str(pack))
    html = pack.read_text(encoding="utf-8")
    assert "<dd>Trust in the mentor; trust grows over months</dd>" in html
