"""Contexts written as whole clauses (a subject and its finite verb) read "Where …", never "In …" or "For …": the verb
is known by its form and its place after a noun phrase, not by a list of any topic's verbs. Each rule is tried alone, with
contexts from several topics (health visiting, prisons, dementia care, pharmacy, housing), beside contexts that are
noun phrases and must keep their frame."""

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.wording import cmo_sentence, outcome_form


def opening(context: str) -> str:
    return cmo_sentence(context, "staff feel supported", "care improves").split(",", 1)[0]


@pytest.mark.parametrize(
    "context",
    [
        "a health visitor calls before the birth",
        "a prison officer checks on new arrivals",
        "each resident walks in the garden",
        "a community pharmacist phones within two days",
        "a housing officer visits",
    ],
)
def test_a_word_in_s_after_a_singular_determiners_phrase_is_its_verb(context):
    """ "a … workers" is no noun phrase: after "a", "each", "this", the word in -s is the verb."""
    assert opening(context) == f"Where {context}"


@pytest.mark.parametrize(
    "context, frame",
    [
        ("a needs assessment by a social worker", "In"),
        ("a benefits advice service", "In"),
        ("a series of home visits", "In"),
        ("home visits by health visitors", "In"),
        ("a patient's home visits", "In"),
        ("an extra three home visits", "With"),
        ("a further 6 prison visits", "In"),
        ("a charity running peer support groups", "In"),
    ],
)
def test_a_word_in_s_before_a_singular_noun_or_without_a_subjects_determiner_is_no_verb(context, frame):
    """A guard on the rule above (passes on the old code too): "a needs assessment" describes a noun; a number between
    "a" and the word makes it plural; an -ing phrase after a noun has its own noun ("running | peer support groups")."""
    assert opening(context) == f"{frame} {context}"


@pytest.mark.parametrize(
    "context",
    [
        "the pharmacist reviews medicines at discharge",
        "the housing officer calls tenants before an eviction",
        "the prison runs courses for fathers",
        "the care home welcomes visitors at any hour",
        "the health visitor visits mothers at home",
    ],
)
def test_a_word_in_s_with_a_plural_object_after_it_is_a_verb(context):
    """Two plural nouns in a row ("reviews medicines") make no noun phrase: the first is the verb."""
    assert opening(context) == f"Where {context}"


@pytest.mark.parametrize(
    "context, frame",
    [
        ("nurses' visits to each class", "In"),
        ("classes for parents", "In"),
        ("programmes in schools", "In"),
        ("the peer support groups", "In"),
        ("mental health needs assessments", "In"),
        ("services that use peer workers", "In"),
    ],
)
def test_noun_phrases_with_plurals_keep_their_frame(context, frame):
    """A guard on the rule above (passes on the old code too)."""
    assert opening(context) == f"{frame} {context}"


@pytest.mark.parametrize(
    "context",
    [
        "the ward runs short of midwives at night",
        "the pharmacy runs low on stock",
        "the wing stays calm after lock-up",
        "the flat stays damp in winter",
    ],
)
def test_a_word_in_s_with_an_adjective_and_no_noun_after_it_is_a_verb(context):
    assert opening(context) == f"Where {context}"


@pytest.mark.parametrize(
    "context",
    [
        "the school nurse visits each class",
        "the prison chaplain meets every new arrival",
        "the pharmacist checks all repeat prescriptions",
    ],
)
def test_a_word_in_s_with_each_or_every_after_it_is_a_verb(context):
    assert opening(context) == f"Where {context}"


@pytest.mark.parametrize("context", ["home visits each week", "the school nurse visits", "the health visitor calls"])
def test_a_word_in_s_with_nothing_telling_after_it_stays_a_noun(context):
    """A guard on the rules above (passes on the old code too): "the school nurse visits" may be the visits."""
    assert opening(context) == f"In {context}"


@pytest.mark.parametrize(
    "context",
    [
        "the care home runs out of staff",
        "the day centre depends on volunteers",
        "Street triage covers a locality in the evenings with a nurse available to officers",
        "the landlord evicts tenants",
    ],
)
def test_people_named_last_do_not_undo_an_earlier_verb(context):
    """People named last are whom a context is for ("NHS staff") only when they are what was read as its verb."""
    assert opening(context) == f"Where {context[0].lower()}{context[1:]}"


@pytest.mark.parametrize("context", ["NHS staff", "prison healthcare staff"])
def test_people_named_last_stay_for_them(context):
    """A guard on the rule above (passes on the old code too)."""
    assert opening(context) == f"For {context}"


@pytest.mark.parametrize(
    "context",
    ["a family visits weekly", "the family phones the ward", "the family pays the rent", "each family sees a pharmacist"],
)
def test_a_word_in_ly_after_a_determiner_is_the_noun_not_an_adverb(context):
    """ "family" ends as adverbs do; after "a" or "the" it is the subject."""
    assert opening(context) == f"Where {context}"


@pytest.mark.parametrize("outcome", ["men never return", "carers quickly lose touch"])
def test_adverbs_between_a_subject_and_its_verb_are_still_passed(outcome):
    """A guard on the rule above (passes on the old code too)."""
    assert outcome_form(outcome) == "clause"


@pytest.mark.parametrize(
    "context",
    [
        "the nurse rarely visits",
        "the warden still checks on residents at night",
        "the pharmacy often runs short of stock",
        "the housing officer never calls",
    ],
)
def test_a_word_after_an_adverb_of_frequency_is_a_verb(context):
    """No "rarely", "often", "still" comes inside a noun phrase before its noun."""
    assert opening(context) == f"Where {context}"


@pytest.mark.parametrize("context", ["care home family visits", "the information already received", "a newly qualified nurse"])
def test_adverbs_and_words_in_ly_inside_noun_phrases_make_no_verb(context):
    """A guard on the rule above (passes on the old code too)."""
    assert opening(context).split(" ", 1)[1] == context and not opening(context).startswith("Where")


@pytest.mark.parametrize(
    "context",
    [
        "older people offered a falls-prevention intervention",
        "women denied a birth companion",
        "prisoners sent a letter before release",
        "tenants offered a new tenancy",
    ],
)
def test_people_given_or_offered_something_are_people_not_a_clause(context):
    """A verb of giving keeps an object in its participle: "people offered a place" are those it was offered to (trial U
    read "Where older people offered a falls-prevention intervention")."""
    assert opening(context) == f"For {context}"


@pytest.mark.parametrize("context", ["staff valued the course", "the pharmacist offered a review", "officers searched the cells"])
def test_a_past_verb_with_its_object_is_still_a_clause(context):
    """A guard on the rule above (passes on the old code too): people first ("officers") stay a clause only with a verb
    that takes one object, or a singular subject."""
    assert opening(context) == f"Where {context}"


@pytest.mark.parametrize(
    "context",
    [
        "father works nights",
        "prison officer checks cells hourly",
        "school nurse knows pupils by name",
        "carer visits daily",
    ],
)
def test_a_word_in_s_after_a_bare_noun_for_one_person_is_that_persons_verb(context):
    """A coder's clause without its "the": a singular noun for one person names no context alone, so the word in -s after
    it, with an object or an adverb after it, is its verb ("In father works nights" read as a place before)."""
    assert opening(context) == f"Where {context}"


@pytest.mark.parametrize(
    "context, frame",
    [
        ("carer needs assessment", "In"),
        ("inpatient wards in the first month of a measles outbreak", "In"),
        ("student loans for nursing courses", "In"),
        ("home visits after discharge", "In"),
        ("a prisoner's family visits", "In"),
        ("rural dental practices", "In"),
        ("older people living alone", "For"),
        ("care homes with high staff turnover", "In"),
    ],
)
def test_a_word_in_s_before_a_singular_noun_or_after_no_person_keeps_the_frame(context, frame):
    """A guard on the rule above: a singular noun after the word in -s is what it describes ("needs | assessment"), and no
    noun for one person comes before "home visits", nor without its determiner before "family visits"."""
    assert opening(context) == f"{frame} {context}"


@pytest.mark.parametrize(
    "context",
    [
        "queue at the dental clinic long",
        "caseload per school nurse high",
        "data on ethnicity incomplete",
        "staffing levels on the wing",
    ],
)
def test_a_state_said_after_its_noun_or_how_much_there_is_reads_with(context):
    """ "queue at the dental clinic long" is a clause without its "is": "With" reads it as English does (an absolute
    phrase), "In" as a place; a quantity noun as the head ("staffing levels on the wing") is how much there is."""
    assert opening(context) == f"With {context}"


@pytest.mark.parametrize(
    "context, frame",
    [
        ("pupils who live alone", "For"),
        ("prisoners living alone", "For"),
        ("practices rural and remote", "In"),
        ("exam fees paid late", "In"),
        ("clinics in the rural north", "In"),
        ("patients who sleep poorly", "For"),
        ("families who brush twice daily", "For"),
    ],
)
def test_an_adjective_after_a_verb_a_participle_or_a_function_word_is_no_state_of_a_noun(context, frame):
    """A guard on the rule above: an adjective after a verb, a participle or "and" says how something is done or whom it
    is for, not the state of the noun before it."""
    assert opening(context) == f"{frame} {context}"


def test_a_coders_clause_without_its_article_reads_as_a_clause_in_the_listing(tmp_path):
    """Through the CLI: `configs list` words each configuration by the same rule as packs and titles."""
    rows = [
        (key, context, "the family feels heard", "fewer missed dental appointments")
        for key, context in (("ali2020", "father works nights"), ("bell2021", "father works nights"))
    ]
    rows += [
        (key, "queue at the dental clinic long", "parents give up on booking", "fewer children are seen")
        for key in ("cole2019", "dunn2022")
    ]
    review = review_from_rows(tmp_path, rows)
    assert cmo_run("refine", cwd=review).returncode in (0, 1)
    listing = cmo_run("configs", "list", cwd=review).stdout
    assert "Where father works nights, the family feels heard" in listing
    assert "With queue at the dental clinic long, parents give up on booking" in listing
    assert "In father" not in listing and "In queue" not in listing
