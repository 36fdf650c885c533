"""Session 44, helper WD: machine titles and sentences that changed what the coder wrote (trials BN, BO, BP). Each rule is
tested on a topic other than the trials' (bowel screening, falls, buprenorphine), with cases where it must not fire."""

from __future__ import annotations

import json

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.wording import title_for

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
