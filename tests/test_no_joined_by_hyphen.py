"""'No' joined by a hyphen to the word after it ("no-shows", "no-go areas") is one word, a thing, and denies nothing: an
outcome of fewer no-shows says the outcome followed. Trial BP 2: "Fewer no-shows" (a telehealth clinic) left its
statement "not yet decided" in its configuration, its outcome read as not following. Tested on clinic attendance and
policing outcomes; the rule must not fire on "no-one", which is "nobody", nor on a denial elsewhere in the outcome."""

from __future__ import annotations

import json

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import outcome_is_negative


@pytest.mark.parametrize(
    "outcome",
    ["fewer no-shows at the diabetes clinic", "No-show rates fell by a third", "fewer no-go areas for residents"],
)
def test_a_thing_named_with_no_and_a_hyphen_is_no_denial(outcome):
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    ["no-one came to the evening clinic", "No one came to the evening clinic", "reminders did not reduce no-shows"],
)
def test_a_denial_still_counts(outcome):
    assert outcome_is_negative(outcome)


def test_refine_counts_fewer_no_shows_as_support(tmp_path):
    """Fails on the old code: S2 was "not yet decided" for the configuration it joined."""
    context, mechanism = "adults booked at a diabetes clinic", "a text reminder the day before prompts them to come"
    rows = [("adeyemi2020", context, mechanism, "fewer missed appointments")]
    rows.append(("brandt2022", context, mechanism, "fewer no-shows"))
    review = review_from_rows(tmp_path, rows)
    done = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    said = done.stdout + done.stderr
    assert "not yet decided" not in said and "going against" not in said, said
    (config,) = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    assert config["statements"] == ["S1", "S2"] and config["undecided"] == [] and config["contradicting"] == []
    assert config["strength"] != "contested"
