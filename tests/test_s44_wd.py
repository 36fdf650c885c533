"""Session 44, helper WD: machine titles and sentences that changed what the coder wrote (trials BN, BO, BP). Each rule is
tested on a topic other than the trials' (bowel screening, falls, buprenorphine), with cases where it must not fire."""

from __future__ import annotations

import json

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.wording import cmo_sentence, context_frame, short_title, title_for

# --- A past participle with no one before it who acts describes; it is not put in the present (BN C11, BO C2) ----------


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("A leaflet posted to each household", "A leaflet posted to each household"),  # a thing is posted, it posts nothing
        ("Individually tailored debt advice repeated at each visit", "Individually tailored debt advice repeated at each visit"),
        ("personally delivered food parcels", "Personally delivered food parcels"),
    ],
)
def test_a_participle_that_nothing_before_it_acts_is_left_as_written(mechanism, title):
    assert title_for("", mechanism, "") == title


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("Volunteers delivered food to housebound tenants", "Volunteers deliver food to housebound tenants"),
        ("The caseworker wrote to the landlord", "The caseworker writes to the landlord"),  # one person acts
        ("Tenants complained about the damp", "Tenants complain about the damp"),  # people, a preposition after
    ],
)
def test_a_past_verb_whose_subject_acts_is_still_told_in_the_present(mechanism, title):
    assert title_for("", mechanism, "") == title


def test_refine_titles_a_thing_done_to_as_the_coder_wrote_it(tmp_path):
    """Through the command line: the title `configs list` gives (as packs and the report do) keeps the participle."""
    review = review_from_rows(
        tmp_path,
        [("fuel1", "households in fuel poverty", "a leaflet posted to each household", "more households heat their homes")],
    )
    done = cmo_run("refine", "--backend", "lexical", "--json", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    titles = [c["title"] for c in json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)]
    assert titles == ["A leaflet posted to each household"], titles


# --- A shortened title is cut at a phrase's end, and "them" whose people were cut names them (BN C3, C12, C19) ---------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a verb after the "and" that closes a list of verbs is a verb, a plural noun's form or not (BN C3: "…and goes")
        (
            "the adviser phones the landlord, drafts a letter and sits in on the hearing with the tenant",
            "The adviser phones the landlord, drafts a letter and sits in on the hearing",
        ),
        # a verb phrase after "and" may open with a modal or a denial (BN C12: "…and cannot work")
        ("Wardens can only knock on one door and cannot wait for every tenant", None),
        # a phrase's end a word or two past twelve, rather than a cut between words and "…"
        (
            "tenants who fall behind with rent and cannot pay are evicted without any warning from the council",
            "Tenants who fall behind with rent and cannot pay are evicted without any warning",
        ),
    ],
)
def test_a_shortened_title_ends_where_a_phrase_ends(text, title):
    assert short_title(text) == (title or text[0].upper() + text[1:])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # must not fire: "and" and a plural noun that closes no list of verbs is cut before its phrase as before
        (
            "the caseworker arranges transport and visits to the food bank for tenants who live far away from town",
            "The caseworker arranges transport and visits to the food bank for tenants",
        ),
        ("the scheme pays arrears and covers deposits for tenants moving out of temporary accommodation in the borough", None),
    ],
)
def test_a_title_that_ended_whole_is_cut_as_before(text, title):
    assert short_title(text) == (title or "The scheme pays arrears and covers deposits")


def test_a_long_verb_phrase_after_and_with_its_denial_is_cut_before_the_and():
    title = title_for(
        "Advisers with heavy caseloads",
        "They can only see each tenant once and cannot follow through on every repair request",
        "",
    )
    assert title == "Advisers can only see each tenant once"


@pytest.mark.parametrize(
    ("context", "mechanism", "title"),
    [
        ("Tenants in rent arrears", "Advisers help them apply for hardship grants, so arrears stop growing", None),
        ("Older people living alone", "Volunteers phone them weekly", "Volunteers phone older people weekly"),
        ("Rural food banks", "Volunteers phone them weekly", "Volunteers phone them weekly"),  # no people to name
        ("Tenants in rent arrears", "Tenants ask them for help", "Tenants ask them for help"),  # them is someone else
    ],
)
def test_them_whose_people_only_the_context_names_is_named_in_the_title(context, mechanism, title):
    assert title_for(context, mechanism, "") == (title or "Advisers help tenants apply for hardship grants")


# --- A context that is an act or what was done is a condition, "With …"; a clause whose object is an activity (BP 5) ----


@pytest.mark.parametrize(
    ("context", "frame"),
    [
        ("Eviction ban lifted after the pandemic", "With eviction ban lifted after the pandemic, "),  # what was done to it
        ("Home visiting suspended during the flu outbreak", "With home visiting suspended during the flu outbreak, "),
        ("Suspension of the benefit cap during the winter", "With suspension of the benefit cap during the winter, "),  # an act
        # must not fire: places, people, a name's "of", people given something (LP's rule)
        ("Clinics closed at weekends", "Where clinics are closed at weekends, "),  # a state of things (helper F3)
        ("Debt advice funded by the council", "In debt advice funded by the council, "),  # how a programme is run
        ("West of the borough", "In west of the borough, "),  # a place's "of", no act
        ("Residents of sheltered housing", "For residents of sheltered housing, "),
        ("Rural clinics", "In rural clinics, "),
        ("A school-based programme", "In a school-based programme, "),
        ("Ward teams given discharge coaching", "For ward teams given discharge coaching, "),
    ],
)
def test_a_context_that_names_an_act_or_what_was_done_opens_with(context, frame):
    assert cmo_sentence(context, "landlords delay possession claims", "fewer families become homeless").startswith(frame)


def test_a_names_of_is_no_act():
    assert context_frame("University of Leeds halls of residence") != "With "


@pytest.mark.parametrize(
    "mechanism",
    [
        "Support workers coordinate budgeting",
        "Housing officers coordinate rehousing and repairs",
        "Volunteers coordinate befriending",
    ],
)
def test_people_and_a_verb_with_an_activity_for_its_object_are_a_clause(mechanism):
    sentence = cmo_sentence("Tenants in rent arrears", mechanism, "Fewer missed rent payments")
    assert f"{mechanism[0].lower()}{mechanism[1:]}, which leads to fewer missed rent payments." in sentence


def test_a_noun_phrase_mechanism_still_takes_its_verb():
    """Must not fire: a mechanism with no verb is still given one ("leads to"), as before."""
    sentence = cmo_sentence("Tenants in rent arrears", "a named worker for budgeting", "Fewer missed rent payments")
    assert "a named worker for budgeting leads to fewer missed rent payments" in sentence


def test_the_pack_words_a_relaxed_rule_as_a_condition(tmp_path):
    """Through the command line: `configs show` words the sentence the pack and report use."""
    review = review_from_rows(
        tmp_path,
        [
            (
                "ban1",
                "Eviction ban lifted after the pandemic",
                "Landlords serve notices in bulk",
                "More families present as homeless",
            )
        ],
    )
    assert cmo_run("refine", "--backend", "lexical", "--json", cwd=review).returncode in (0, 1)
    shown = cmo_run("configs", "show", "C1", cwd=review)
    assert "With eviction ban lifted after the pandemic, landlords serve notices in bulk" in shown.stdout, shown.stdout
