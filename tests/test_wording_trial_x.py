"""Trial X (antibiotics in care homes) found contexts about people framed "In …" ("In GPs covering…", "In physicians
responsible for…", "In out-of-hours and NHS 111 prescribers…"), one framed "Where …" that is no clause ("Where physicians
covering residents they do not know, …"), titles cut inside a phrase ("Acting as gatekeepers between residents", "…see
antibiotics as a way", "…staff and prescribers err", "…and send urine") and a title that opens with "They". Each rule is
tried alone with sentences from other topics (schools, prisons, dementia care, pharmacy, housing), beside sentences that
must not change."""

import pytest

from cmo.synthesis.wording import cmo_sentence, short_title, title_for


def opening(context: str) -> str:
    return cmo_sentence(context, "staff feel supported", "care improves").split(",", 1)[0]


# 1. People frames


@pytest.mark.parametrize(
    "context",
    [
        "CHWs visiting households who have a new baby",
        "SENCOs covering several primary schools who are asked about a pupil",
        "PCSOs patrolling estates who are called to a disturbance",
    ],
)
def test_an_acronyms_plural_said_who_of_is_people(context):
    """ "GPs", "CHWs": an acronym's plural is people where the context says "who" of it."""
    assert opening(context) == f"For {context}"


@pytest.mark.parametrize(
    "context",
    [
        "LTCFs where residents who fall are sent to hospital",
        "ICUs with high nurse turnover",
        "CCGs that commission dementia services",
        "NGOs running tenancy support",
    ],
)
def test_an_acronyms_plural_that_names_places_stays_in(context):
    """A guard (passes on the old code too): an acronym's plural alone may be a place or a body ("LTCFs", "ICUs"); a
    "who" said of other people ("residents who fall") does not make it people."""
    assert opening(context).startswith("In ")


@pytest.mark.parametrize(
    "context",
    [
        "SENCOs and class teachers in rural primary schools",
        "night-shift and agency carers on dementia wards",
        "housing and benefits advisers who see tenants in arrears",
        "prison and probation officers supervising men on licence",
        "rural and remote pharmacists",
    ],
)
def test_people_joined_by_and_are_people(context):
    """Two noun phrases joined by "and" whose last names people, the first people too or only describing them."""
    assert opening(context) == f"For {context}"


@pytest.mark.parametrize("context", ["schools and teachers in rural areas", "prisons and their officers", "wards and day rooms"])
def test_a_place_joined_to_people_stays_in(context):
    """A guard (passes on the old code too): "schools and teachers" opens with a place."""
    assert opening(context).startswith("In ")


@pytest.mark.parametrize(
    "context",
    [
        "teachers responsible for pupils with an education plan",
        "carers knowledgeable about dementia",
        "tenants responsible for repairs",
    ],
)
def test_an_adjective_after_the_people_describes_them(context):
    """ "physicians responsible for…": an adjective the lexicon does not list (it lists only words with a verb's or a
    name's forms), known by its ending, after the people describes them."""
    assert opening(context) == f"For {context}"


@pytest.mark.parametrize(
    "context",
    [
        "prison officers covering wings they do not usually staff",
        "pharmacists checking prescriptions they did not dispense",
        "teachers supervising pupils they have never taught",
    ],
)
def test_a_clause_without_that_after_a_noun_is_no_statement(context):
    """ "residents they do not know": a subject pronoun right after a noun opens a relative clause without "that"; its
    verb does not make the context a statement ("Where …")."""
    assert opening(context) == f"For {context}"


@pytest.mark.parametrize(
    "context",
    ["the nurse says they are fine", "staff felt they could not refuse", "the tenant knows they owe rent"],
)
def test_a_pronoun_after_a_verb_stays_its_own_clause(context):
    """A guard (passes on the old code too): after a verb, a pronoun opens a clause of its own, and the context is
    still a statement."""
    assert opening(context) == f"Where {context}"


# 2. Titles cut inside a phrase


def test_a_list_after_a_preposition_is_kept_whole():
    title = short_title(
        "Working as a bridge between pupils, parents and teachers, they decide whether and how to call a meeting about a child"
    )
    assert title == "Working as a bridge between pupils, parents and teachers"


def test_a_noun_keeps_the_infinitive_that_says_what_it_is_for():
    assert short_title("Carers put routine first and see sedatives as a way to settle residents") == (
        "Carers put routine first and see sedatives as a way to settle residents"
    )
    assert short_title("Officers give each man a leaflet and a chance to ask questions about the new regime") == (
        "Officers give each man a leaflet and a chance to ask questions"
    )


def test_a_main_clause_is_titled_without_its_opening_phrase():
    """ "Without tests on site, staff err | on the side of treating": the clause, whole, not its verb bare."""
    assert short_title(
        "Without a pharmacist on the ward at night, agency nurses and junior doctors err on the side of caution"
    ) == ("Agency nurses and junior doctors err on the side of caution")


def test_a_clause_verb_is_not_left_bare():
    title = short_title("Tenants who have fallen behind with rent for several months rely on advisers for help with forms")
    assert not title.endswith("rely")


def test_a_verb_phrase_after_and_keeps_its_own_phrase():
    """ "…and send urine | for culture": whole where it fits, else cut before the "and"."""
    assert short_title("Pharmacists are told to check doses against the chart and send queries to wards") == (
        "Pharmacists are told to check doses against the chart and send queries to wards"
    )
    assert short_title(
        "Teachers are asked to record each incident on the school system and refer pupils to the pastoral team"
    ) == ("Teachers are asked to record each incident on the school system")


def test_titles_that_were_whole_stay_so():
    """A guard (passes on the old code too)."""
    assert short_title("Carers feel listened to") == "Carers feel listened to"
    assert short_title("Residents with dementia feel calmer when staff use their names, so fewer are given sedatives") == (
        "Residents with dementia feel calmer when staff use their names"
    )


# 3. Titles that open with a pronoun


def test_a_title_names_the_people_a_joined_context_names():
    title = title_for("Housing and benefits advisers who see tenants in arrears", "They rely on the landlord's account", "")
    assert title == "Housing and benefits advisers rely on the landlord's account"


def test_a_pronoun_title_with_no_people_named_takes_the_outcome():
    title = title_for("When the ward is short-staffed", "They rely on the agency nurse's account", "Sedatives are given at night")
    assert title == "Sedatives are given at night"


def test_a_pronoun_title_keeps_its_pronoun_where_no_other_part_names_anyone():
    """A guard (trial P's rule): a context is never the title, so "They" stays where the outcome cannot replace it."""
    assert title_for("Pharmacies that close at five", "They cannot get advice", "").startswith("They cannot")
