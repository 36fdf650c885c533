"""Session 40 (words2): sentences whose parts are read as what they are, clause or noun phrase (trials AH, AI, AJ, AK).

Each rule is tested alone on topics other than the trial's where it was found; the last tests guard readings the new
rules must leave as they were."""

from cmo.synthesis.wording import cmo_sentence, outcome_form


def test_a_plural_subject_with_a_relative_clause_has_its_verb_after_it():
    """Trial AI: "professionals who see dementia as a terminal disease start ACP mean that…": a clause read as a noun."""
    assert outcome_form("coaches who see a concussion as a minor injury delay HIA checks") == "clause"
    mechanism = "bystanders who see a collapse as a faint start CPR"
    sentence = cmo_sentence("people who collapse in the street", mechanism, "more people survive")
    assert sentence == (
        "For people who collapse in the street, bystanders who see a collapse as a faint start CPR, so more people survive."
    ), sentence


def test_a_verb_and_its_particle_after_a_relative_clause_is_the_subjects():
    sentence = cmo_sentence(
        "carers of people with dementia", "respite workers who know the family step in at short notice", "carers keep working"
    )
    assert "step in at short notice, so carers keep working" in sentence, sentence


def test_a_singular_subject_has_its_verb_after_its_relative_clause_and_a_bracket():
    """Trial AJ: "housing that is unstable… (hostels, B&Bs) crowds out every other goal means that…"."""
    commute = "a commute that is long, costly or crowded (two buses, three trains) squeezes out every evening plan"
    assert outcome_form(commute) == "clause"
    sentence = cmo_sentence("adult learners working full time", commute, "could not keep up with evening classes")
    assert "squeezes out every evening plan, so they could not keep up" in sentence, sentence


def test_a_verb_that_is_an_adjective_too_after_a_plural_before_a_preposition_may_be_a_verb():
    """Trial AH: "multidisciplinary teams coordinate across health, job centre and workplace leads to…"."""
    mechanism = "volunteers coordinate across churches, schools and libraries"
    sentence = cmo_sentence("rural villages with no shop", mechanism, "wider reach of the food bank")
    assert "churches, schools and libraries, which leads to wider reach" in sentence, sentence


def test_a_change_after_a_prepositions_plural_object_agrees_with_the_head():
    """Trial AK: "leads to adherence to daily readings falls over time"."""
    assert outcome_form("attendance at weekly clubs falls over the winter") == "clause"
    outcome = "attendance at weekly clubs falls over the winter"
    sentence = cmo_sentence("families on low incomes", "the cost of the bus fare", outcome)
    assert sentence.endswith("the cost of the bus fare means that attendance at weekly clubs falls over the winter."), sentence


def test_a_verb_that_is_an_adjective_too_before_a_comparative_is_a_verb():
    """Trial AJ: "leads to relationships last longer"."""
    assert outcome_form("friendships last longer") == "clause"
    sentence = cmo_sentence("new members of a walking group", "pairing on shared hobbies", "friendships last longer")
    assert sentence.endswith("pairing on shared hobbies means that friendships last longer."), sentence


def test_and_inside_a_relative_clause_makes_no_plural_subject():
    """Trial AJ: "a mentor who is available and treats them like family (…) mean that…"."""
    sentence = cmo_sentence(
        "older people living alone", "a neighbour who brings the shopping and a newspaper", "the older person feels remembered"
    )
    assert "and a newspaper means that the older person feels remembered" in sentence, sentence


def test_and_inside_brackets_makes_no_plural_subject():
    sentence = cmo_sentence("young footballers", "a coach (“like a big brother and a teacher”)", "the player feels confident")
    assert "teacher”) means that the player" in sentence, sentence


def test_a_noun_that_may_be_a_verb_after_its_determiner_opens_a_clause_without_that():
    """Trial AK: "trust in a heart failure nurse they know and can reach, which leads to…" (no verb)."""
    assert outcome_form("trust in a football coach they know and can call") == "noun phrase"
    mechanism = "trust in a football coach they know and can call"
    sentence = cmo_sentence("pupils who have a football coach they know", mechanism, "earlier disclosure of bullying")
    assert "they know and can call leads to earlier disclosure of bullying." in sentence, sentence


def test_a_that_clause_ending_on_a_compound_noun_leaves_its_noun_verbless():
    """Trial AK: "fear that telehealth will replace home visits, so they decline…" (no verb)."""
    assert outcome_form("worry that the council will close youth clubs") == "noun phrase"
    sentence = cmo_sentence(
        "teenagers who use the youth centre",
        "worry that the council will close youth clubs",
        "they stay away from the consultation",
    )
    assert "close youth clubs means that they stay away" in sentence, sentence


def test_a_noun_then_and_makes_the_rest_a_noun_phrase_where_its_last_word_was_unsure():
    """Trial AK: "alert fatigue has this outcome: frustration and some alerts ignored"."""
    sentence = cmo_sentence("junior doctors covering three wards at night", "pager overload", "exhaustion and some calls missed")
    assert sentence.endswith("pager overload leads to exhaustion and some calls missed."), sentence


def test_a_context_of_what_keeps_happening_is_a_condition():
    """Trial AK: "In repeated technical problems with equipment, …"."""
    sentence = cmo_sentence("frequent power cuts in the neighbourhood", "fridges fail", "vaccines spoil")
    assert sentence.startswith("With frequent power cuts in the neighbourhood, "), sentence


def test_an_ing_word_after_a_nationality_is_part_of_the_people():
    """Trial AI: "In Norwegian nursing home staff trained in ACP"."""
    sentence = cmo_sentence("Danish teaching assistants in primary schools", "training in behaviour support", "fewer exclusions")
    assert sentence.startswith("For Danish teaching assistants in primary schools, "), sentence


def test_two_nouns_joined_before_their_verb_stay_a_clause():
    """Guard: "and" after a noun does not make a noun phrase where a word before the last was the verb of both."""
    sentence = cmo_sentence(
        "people with epilepsy whose diagnosis is hidden",
        "stigma and lack of awareness of the condition make the subject hard to raise",
        "seizure plans are rarely written",
    )
    assert "hard to raise, so seizure plans" in sentence, sentence


def test_a_participles_object_joined_by_or_stays_a_noun_phrase():
    """Guard: "fewer days lost to unplanned admission or death" is still one noun phrase."""
    outcome = "fewer days lost to unplanned admission or death"
    sentence = cmo_sentence("older patients", "prompt review of transmitted readings", outcome)
    assert sentence.endswith("readings leads to fewer days lost to unplanned admission or death."), sentence


def test_a_context_of_beneficiaries_is_for_them():
    """Trial AH: "In long-term sickness beneficiaries in a municipality…"; diaries stay things."""
    sentence = cmo_sentence("pension beneficiaries in rural districts", "advisers visit at home", "more claims completed")
    assert sentence.startswith("For pension beneficiaries in rural districts, "), sentence
    assert cmo_sentence("diaries kept by patients", "reflection on symptoms", "earlier help").startswith(
        "Where diaries are kept by patients"  # things and what is done to them (helper F3), not "For"
    ), sentence
