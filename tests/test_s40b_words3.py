"""Session 40b (words3): the words a reference group reads (trials AK, AL, AM).

Each rule is tested alone on topics other than the trial's where it was found; the last tests guard readings the new
rules must leave as they were."""

from cmo.synthesis.wording import cmo_sentence, outcome_form, short_title


def test_an_aside_of_examples_is_closed_by_a_comma_before_the_verb():
    """Retrial AK: "…, such as adjusting medication or arranging a visit leads to…" ran the verb on from the example."""
    mechanism = "prompt review of home readings, such as checking weight or calling the patient"
    sentence = cmo_sentence("rural surgeries", mechanism, "fewer emergency admissions")
    assert sentence.endswith("checking weight or calling the patient, leads to fewer emergency admissions."), sentence


def test_an_and_inside_an_aside_of_examples_makes_no_plural_subject():
    mechanism = "practical help for new teachers, including lesson plans and a named mentor"
    sentence = cmo_sentence("secondary schools", mechanism, "fewer teachers leaving in their first year")
    assert "a named mentor, leads to fewer teachers leaving" in sentence, sentence


def test_a_third_person_that_is_no_plural_noun_after_a_prepositions_object_is_the_verb():
    """Trial AL: "the duty to cook traditional food for the family comes before their own diet" was read as a noun."""
    assert outcome_form("the need to pay for the bus to the market comes before any saving") == "clause"


def test_a_title_short_enough_is_kept_whole_rather_than_cut_to_its_subject_or_a_bare_verb():
    """Trial AL's titles: "The duty to cook traditional food for the family comes"."""
    assert short_title("the need to pay for the bus to the market comes before any saving") == (
        "The need to pay for the bus to the market comes before any saving"
    )
    assert short_title("the fear of losing the flat to a neighbour weighs on every decision") == (
        "The fear of losing the flat to a neighbour weighs on every decision"
    )


def test_people_described_by_a_phrase_with_of_inside_it_have_their_verb_after_it():
    """Trial AM: "For navigators with lived experience of violence work in the ED at night, …"."""
    context = "mentors with lived experience of prison work in the probation office at night"
    sentence = cmo_sentence(context, "young men see someone like them", "fewer missed appointments")
    assert sentence.startswith(f"Where {context}, "), sentence


def test_a_person_described_by_a_participle_and_by_has_their_verb_after_it():
    """Trial AM: "In a young person injured by violence fears retaliation, …"."""
    context = "a tenant evicted by a private landlord fears losing the deposit"
    sentence = cmo_sentence(context, "the council offers a loan", "fewer families in temporary housing")
    assert sentence.startswith(f"Where {context}, "), sentence


def test_a_base_form_and_its_object_after_plural_people_and_their_phrase_is_a_clause():
    """Trial AL: "health workers from the same ethnic group build trust through a shared cultural identity mean that…"."""
    mechanism = "volunteers from the local church gain confidence through weekly training"
    sentence = cmo_sentence("small farms", mechanism, "more farmers ask for help")
    assert sentence == f"In small farms, {mechanism}, so more farmers ask for help.", sentence


def test_a_third_person_before_a_participle_and_its_noun_is_the_verb():
    """Trial AM: "In the ED shares anonymised violence data with the police…"."""
    context = "the school shares anonymised pupil data with the council"
    sentence = cmo_sentence(context, "youth workers know where to go", "fewer exclusions")
    assert sentence.startswith(f"Where {context}, "), sentence


def test_a_name_in_capitals_that_is_a_function_word_in_lower_case_is_read_as_a_noun():
    """Trial AM: "ED" read as "ed", a function word, ended the subject before its verb."""
    context = "the IT team fixes laptops within a day"
    sentence = cmo_sentence(context, "staff trust the new system", "fewer paper records")
    assert sentence.startswith(f"Where {context}, "), sentence


def test_readings_left_as_they_were():
    assert cmo_sentence("women with a learning disability", "midwives explain each step", "fewer missed scans").startswith(
        "For women with a learning disability, "
    )
    assert cmo_sentence("a carer with complex care needs", "a nurse visits weekly", "fewer crises").startswith(
        "With a carer with complex care needs, "
    )
    assert cmo_sentence("the home visits planned for Monday", "staff can plan ahead", "fewer cancelled visits").startswith(
        "Where the home visits are planned for Monday, "
    )
    assert short_title(
        "Planning care together and adjusting it as needs change makes people feel their whole situation is taken into account"
    ) == ("Planning care together and adjusting it")
    mechanism = "a referral letter alone, without a follow-up call"
    assert ", without a follow-up call, leads to fewer families" in cmo_sentence("new parents", mechanism, "fewer families"), (
        cmo_sentence("new parents", mechanism, "fewer families")
    )
