"""A thing called off, voided or discarded is one fewer, never the act its count is of (helper H5: `_CALLED_OFF` was four
verbs typed by hand). `lexicon.verbs_of_calling_off` is built by scripts/build_verbs_of_calling_off.py from WordNet's
synsets of calling off ({cancel, call off, …}), declaring void ({cancel, strike down} and its ways: annul, rescind,
repeal, nullify, countermand) and discarding ({discard, toss, …} and its ways: scrap, junk, jettison). Must not fire: a
thing said to be done ("sanctions were imposed", "antibiotics prescribed") is still the opposite of fewer of it."""

from __future__ import annotations

import pytest

from cmo.synthesis.evidence import opposite_outcomes


def test_the_built_list_holds_the_forms_of_calling_off_and_not_of_doing():
    from cmo.synthesis.lexicon import verbs_of_calling_off  # new with the list

    verbs = verbs_of_calling_off()
    assert {"cancelled", "canceled", "annulled", "rescinded", "repealed", "scrapped", "discarded"} <= verbs
    assert not {"scrubbed", "scratched", "avoided", "reversed", "lifted", "imposed", "prescribed", "called"} & verbs


@pytest.mark.parametrize(
    "called_off, fewer",
    [
        ("benefit fines were rescinded", "fewer benefit fines"),  # fails on the old code: read as fines given
        ("curfew orders were countermanded", "fewer curfew orders"),  # fails on the old code
        ("home visits are cancelled", "fewer home visits"),
        ("home visits were scrapped", "fewer home visits"),
    ],
)
def test_a_thing_called_off_is_no_opposite_of_fewer_of_it(called_off, fewer):
    assert not opposite_outcomes(called_off, fewer)


@pytest.mark.parametrize(
    "done, fewer",
    [("sanctions were imposed", "fewer sanctions"), ("antibiotics prescribed", "fewer antibiotics")],
)
def test_a_thing_done_is_still_the_opposite_of_fewer_of_it(done, fewer):
    assert opposite_outcomes(done, fewer)
