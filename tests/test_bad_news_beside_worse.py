"""Helper H2 (a Housing First review): under "high staff turnover and vacancies reduce time with tenants → lower
fidelity on service philosophy items", McKinnon's "staff turnover means residents have to retell their story →
residents disengage from support" was left "not yet decided" (`undecided_ids`), as if its disengaging went against
the configuration, though both tell of things going worse. A configuration whose own outcome tells of things going
worse (`_goes_worse`: "skills declined", "lower fidelity") is one of what goes wrong, as one worded as a barrier is:
a member whose other thing did not follow says it in line. Beside a configuration of things going better, or of a
change nobody judged, the same member is still left to a person. Topic: care-home staff training."""

from __future__ import annotations

from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import supporting_ids, undecided_ids

CONTEXT = "care homes with agency cover on most shifts"


def _review(outcome: str) -> tuple[Configuration, dict[str, Statement]]:
    held = Statement(
        id="S1", source="srcS1", context=CONTEXT, mechanism="no protected time for training", outcome="staff skills declined"
    )
    member = Statement(
        id="S2",
        source="srcS2",
        context="residential homes for older people",
        mechanism="agency staff change every week, so residents have to explain their routines again",
        outcome=outcome,
    )
    config = Configuration(id="C1", statements=["S1", "S2"], context=CONTEXT, mechanism=held.mechanism, outcome=held.outcome)
    return config, {"S1": held, "S2": member}


def test_another_thing_not_following_beside_things_going_worse_is_in_line():
    config, statements = _review("residents disengage from activities")
    assert undecided_ids(config, statements) == []
    assert supporting_ids(config, statements) == ["S1", "S2"]


def test_beside_things_going_better_or_no_judged_change_it_is_still_left_to_a_person():
    """Must not fire: the same member beside "staff skills improved" or "staff attend training" is left undecided."""
    for said in ("staff skills improved", "staff attend training"):
        config, statements = _review("residents disengage from activities")
        statements["S1"] = statements["S1"].model_copy(update={"outcome": said})
        config = config.model_copy(update={"outcome": said})
        assert undecided_ids(config, statements) == ["S2"], said


def test_less_of_a_thing_missed_is_a_gain_and_less_of_the_thing_a_loss():
    """Helper H2 (and helper LU's test): "fewer missed appointments" read as fewer appointments, things going worse.
    A thing missed, skipped or cancelled is a thing not had (WordNet's antonym of 'attend', and calling off)."""
    from cmo.synthesis.evidence import _goes_better, _goes_worse

    for gain in ("fewer missed appointments", "fewer skipped meals", "fewer cancelled home visits"):
        assert _goes_better(gain) and not _goes_worse(gain), gain
    assert _goes_worse("fewer appointments") and not _goes_better("fewer appointments")  # must not fire: the thing itself


def test_the_reason_names_the_one_cause_that_left_a_member_undecided():
    """`configs show`'s reason listed four possible causes (opposite ways, worse news, kinds of provider, uncertain)
    for a member undecided by one of them. Topic: school attendance, not care homes."""
    from cmo.synthesis.evidence import undecided_because
    from cmo.synthesis.strength import undecided_words

    held = Statement(id="S1", source="a", context="primary schools", mechanism="mentors call home", outcome="attendance improved")
    against = Statement(
        id="S2", source="b", context="primary schools", mechanism="mentors call home", outcome="attendance did not improve"
    )
    config = Configuration(
        id="C1", statements=["S1", "S2"], context="primary schools", mechanism=held.mechanism, outcome=held.outcome
    )
    statements = {"S1": held, "S2": against}
    assert undecided_ids(config, statements) == ["S2"]
    said = undecided_words(["S2"], "C1", {"S2": undecided_because(against, config, statements)})
    assert "go opposite ways" in said and "uncertain" not in said and "kinds of provider" not in said
    assert "'cmo code mark S2 --supporting C1'" in said
