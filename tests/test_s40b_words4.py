"""Session 40b (words4): contexts a person types as a clause, and titles cut before what a verb's object is taken to be
(re-check of trial AM, items 11 and 13).

Each rule is tested alone on topics other than the trial's; the last test guards readings the new rules must leave as
they were."""

from cmo.synthesis.wording import cmo_sentence, outcome_form, short_title


def test_a_third_person_before_a_participle_and_a_plural_or_mass_noun_is_the_verb():
    """Retrial AM N1: "In the emergency department shares anonymised data with the police…" (a plural after the participle)."""
    context = "the county council shares audited accounts with every parish"
    sentence = cmo_sentence(context, "parents trust the budget", "more parents join the forum")
    assert sentence.startswith(f"Where {context}, "), sentence


def test_a_base_form_after_a_plural_without_s_before_an_adjective_and_a_noun_is_the_verb():
    """Retrial AM N1: `configs new --statements S3,S4` gave "For police question young men in the ED…"."""
    context = "staff support young carers at the weekend club"
    sentence = cmo_sentence(context, "the carers feel less alone", "fewer carers leave school early")
    assert sentence.startswith(f"Where {context}, "), sentence


def test_a_third_person_after_a_determiner_and_before_a_participle_and_a_plural_is_the_verb():
    assert outcome_form("the charity funds trained volunteers in each town") == "clause"


def test_a_context_a_person_types_as_a_clause_reads_with_where_in_the_review(demo):
    """Retrial AM N1: `configs edit C12 --context "the emergency department shares anonymised data…"` listed
    "In the emergency department shares…": the person's words take the same frame as a coder's."""
    context = "the museum loans restored paintings to village schools"
    demo("configs", "edit", "C1", "--context", context)
    listing = demo("configs", "list").stdout
    assert f"Where {context}, " in listing, listing
    assert "In the museum loans" not in listing, listing


def test_a_title_keeps_what_the_verbs_object_is_taken_to_be():
    """Retrial AM 13: "The young men see the specialist" (cut before "as a credible messenger they can trust")."""
    assert short_title("the older tenants see the warden as a neighbour they can always ask") == (
        "The older tenants see the warden as a neighbour they can always ask"
    )


def test_a_title_may_still_be_cut_before_an_as_that_opens_a_clause():
    title = short_title("ward staff relax their visiting rules as the new manager settles in over the winter months")
    assert title == "Ward staff relax their visiting rules as the new manager settles", title


def test_readings_left_as_they_were():
    assert outcome_form("home visits planned weeks ahead") != "clause"  # a participle may describe a compound noun
    assert outcome_form("care plans reviewed weekly") != "clause"
    assert outcome_form("a needs assessment") == "noun phrase"
    assert outcome_form("bus stops near the clinic") != "clause"
    assert outcome_form("older people with limited mobility") == "noun phrase"
