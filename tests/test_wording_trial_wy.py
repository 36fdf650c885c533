"""Trials W (social prescribing) and Y (school mental health) found contexts that are clauses framed "In …"/"With …" ("In
support ends after a fixed 12-week period", "With older people lack transport to reach groups"), outcomes joined as nouns
("…, which leads to reduces loneliness", "…, with this outcome: attend", "…, with this outcome: students' mental health
knowledge increases") and a title cut before an adjective's infinitive ("…and that it is safe"). Each rule is tried alone
with sentences from other topics (schools, prisons, dementia care, pharmacy, housing, social prescribing), beside
sentences that must not change."""

import pytest

from cmo.synthesis.wording import cmo_sentence, title_for


def opening(context: str) -> str:
    return cmo_sentence(context, "staff feel supported", "care improves").split(",", 1)[0]


# 1. Contexts that are clauses without a determiner


@pytest.mark.parametrize(
    "context",
    [
        "older people lack transport to reach groups",
        "young people lack a quiet place to revise",
        "people lack a fixed address",
        "older people lack daylight in the care home",
    ],
)
def test_people_and_a_verb_is_a_clause(context):
    """ "people" without an article is a plural, as "men" and "children" are: a verb after it is a verb."""
    assert opening(context) == f"Where {context}"


@pytest.mark.parametrize(
    "context",
    [
        "support ends after six sessions",
        "funding stops within a year",
        "tenancy support lasts 12 weeks",
        "medication review stops before discharge",
        "the pilot ends after one school year",
    ],
)
def test_how_long_something_goes_on_is_a_clause(context):
    """ "ends", "stops", "lasts" with a time after them: a verb, though a plural noun too."""
    assert opening(context) == f"Where {context}"


@pytest.mark.parametrize(
    ("context", "frame"),
    [
        ("older people lacking transport", "For"),
        ("peer support groups", "In"),
        ("home visits by nurses", "In"),
        ("home visits after discharge", "In"),
        ("bus stops near the clinic", "In"),
        ("parents' evenings", "In"),
        ("staff support groups", "In"),
        ("police cells at the station", "In"),
        ("people detained after street triage began", "For"),
        ("GP practices refer patients without consent", "Where"),
        ("carers juggle paid work", "Where"),
    ],
)
def test_noun_phrases_keep_their_frame(context, frame):
    assert opening(context) == f"{frame} {context}"


# 2. Outcomes coded without their subject


@pytest.mark.parametrize(
    ("mechanism", "outcome"),
    [
        ("members feel they belong to the group", "reduces loneliness and improves health"),
        ("the link worker builds trust", "frees them to take up activities"),
        ("prisoners trust the officer", "increases the number of complaints made"),
        ("residents recognise the carer", "calms them during personal care"),
        ("tenants feel heard", "makes them more likely to pay rent"),
    ],
)
def test_a_verbs_third_person_goes_on_from_the_mechanism(mechanism, outcome):
    assert cmo_sentence("", mechanism, outcome) == f"{mechanism[0].upper()}{mechanism[1:]}, which {outcome}."


@pytest.mark.parametrize(
    ("mechanism", "outcome", "sentence"),
    [
        ("patients trust their recommendations", "attend", "Patients trust their recommendations, so they attend."),
        ("pupils feel the club is for them", "take part", "Pupils feel the club is for them, so they take part."),
        ("Insufficient pay; Peer workers feel exploited", "leave the service", None),
        ("the pharmacist explains each medicine", "take their medicines", None),
        ("the drop-in is free", "attend", "The drop-in is free, so people attend."),
        ("I feel safe", "attend", "I feel safe, so I attend."),
        ("she trusts the pharmacist", "completes treatment", "She trusts the pharmacist, so she completes treatment."),
    ],
)
def test_a_base_verb_takes_the_mechanisms_people(mechanism, outcome, sentence):
    said = cmo_sentence("", mechanism, outcome)
    if sentence is None:
        assert said.endswith(f", so they {outcome}.")
    else:
        assert said == sentence


@pytest.mark.parametrize(
    ("mechanism", "outcome", "frame"),
    [
        ("prisoners trust the officer", "increases in complaints", ", which leads to "),
        ("residents feel at home", "falls prevention uptake", ", which leads to "),
        ("tenants feel heard", "rises steadily", ", with this outcome: "),
        ("patients feel heard", "is more likely to attend", ", with this outcome: "),
        ("they feel out of place", "drop out", ", so they "),
        ("teachers feel confident", "pupils ask for help", ", so "),
    ],
)
def test_other_outcomes_keep_their_frame(mechanism, outcome, frame):
    assert f"{frame}{outcome}." in cmo_sentence("", mechanism, outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "students' mental health knowledge increases",
        "residents' sleep quality declines",
        "the pharmacy's naloxone stock falls",
        "each tenant's rent arrears balance decreases",
        "a patient's confidence declines steadily",
    ],
)
def test_a_change_after_a_possessive_noun_is_a_clause(outcome):
    """A verb of change ending the outcome, after a noun opened by a possessive or determiner, is its verb."""
    assert cmo_sentence("", "staff explain the plan", outcome) == f"Staff explain the plan, so {outcome}."


@pytest.mark.parametrize("outcome", ["a patient's home visits", "parents' evenings", "teachers' workload increases in term"])
def test_a_possessive_noun_phrase_is_no_clause(outcome):
    assert ", so " not in cmo_sentence("", "staff explain the plan", outcome)


def test_a_base_verb_takes_the_contexts_people_where_the_mechanism_names_none():
    said = cmo_sentence("prisoners on short sentences", "doubted that a mentor could help", "did not take up the offer")
    assert said.endswith("could help, so they did not take up the offer.")
    said = cmo_sentence("housing estates with no community centre", "a weekly drop-in in the library", "attend")
    assert said.endswith("library means that people attend.")  # a noun phrase is the verb's subject (trial AA)
    said = cmo_sentence("tenants in arrears", "the cost of the bus is a barrier", "miss their appointments")
    assert said.endswith("a barrier, so they miss their appointments.")


@pytest.mark.parametrize("outcome", ["loneliness returns after the service ends", "attendance drops after half term"])
def test_a_state_before_a_verb_and_a_phrase_is_a_clause(outcome):
    """A noun of a state or quality ("loneliness", "attendance") is seldom the first word of a compound noun: "after" is
    no sign of a noun phrase after it, as it is after "home visits"."""
    assert cmo_sentence("", "staff explain the plan", outcome) == f"Staff explain the plan, so {outcome}."


# 3. Titles keep an adjective's infinitive


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        (
            "Students sense that the teacher cares and that it is safe to talk about mental health",
            "Students sense that the teacher cares",
        ),
        (
            "Prisoners feel that officers listen and that they are free to raise complaints about their treatment",
            "Prisoners feel that officers listen and that they are free to raise complaints",  # a phrase ends (WD)
        ),
        (
            "Clients see the link worker as someone who is ready to listen to what matters to them most",
            "Clients see the link worker as someone who is ready to listen",
        ),
        (
            "Residents with dementia feel calm and are more willing to accept help with washing and dressing",
            "Residents with dementia feel calm and are more willing to accept help",
        ),
        (
            "Community pharmacists without a private consultation room feel unable to ask about a customer's drug use",
            "Community pharmacists without a private consultation room feel unable to ask",
        ),
    ],
)
def test_no_title_ends_on_an_adjective_before_its_infinitive(mechanism, title):
    assert title_for("", mechanism, "") == title
