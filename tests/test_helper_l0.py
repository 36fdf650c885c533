"""Helper L0: left-overs of trial K4 (a member going the way the others go listed against them; support counted across
opposite sides; patients grouped with doctors)."""

from __future__ import annotations

from cmo.models import Configuration, Statement
from cmo.synthesis import evidence


def _members(outcomes: list[str]) -> dict[str, Statement]:
    return {
        f"S{i}": Statement(id=f"S{i}", source=f"src{i}", context="women sharing a phone", mechanism="messages", outcome=o)
        for i, o in enumerate(outcomes, 1)
    }


def _against_and_undecided(said: str, outcomes: list[str]) -> tuple[list[str], list[str]]:
    members = _members(outcomes)
    against = evidence.against_by_hand(list(members), members)
    config = Configuration(id="C1", context="c", mechanism="m", outcome=said, statements=list(members))
    return against, evidence.undecided_ids(config, members, against)


def test_a_thing_said_to_be_limited_among_members_that_all_tell_falls_is_never_against_them():
    # trial K4: S34 "limited use by women" listed against C7, whose members all say a thing fell or was low
    outcomes = ["women less often reached", "lower listening rates for women", "limited use by women"]
    against, undecided = _against_and_undecided("women less often reached", outcomes)
    assert against == []
    assert undecided == ["S3"]  # "use" is not what they say fell ("reach", "listening"): a person's call
    # naming their very thing, it is in line with them
    outcomes = ["women less often reached", "lower listening rates for women", "limited listening by women"]
    assert _against_and_undecided("women less often reached", outcomes) == ([], [])


def test_a_thing_said_to_be_limited_beside_members_that_tell_a_rise_still_goes_against():
    # must not fire (a school travel review): the others say walking rose, "limited walking" is its failure
    outcomes = ["more pupils walk to school", "walking to school rose", "limited walking among girls"]
    assert _against_and_undecided("more pupils walk to school", outcomes)[0] == ["S3"]
    # one member telling a rise among falls is enough to keep the rule from firing
    outcomes = ["fewer car trips", "more pupils walk to school", "limited walking among girls"]
    assert _against_and_undecided("more pupils walk to school", outcomes)[0] == ["S3"]
