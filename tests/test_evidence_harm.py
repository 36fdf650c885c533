"""Trial S (respectful maternity care): in a configuration of what goes wrong ("understaffed wards → women are neglected"),
a member saying "women were not asked", "less satisfied" or "mistreatment is not counted" reports that harm; refine
said of four of five such members that their outcome "reads as not following" (and could flag them as contradicting).
`evidence.reports_harm` reads whether an outcome says something bad happened; `denial_in_line` sets such a denial
aside where most members that hold report a harm. Each rule is tested on topics other than childbirth."""

from __future__ import annotations

import pytest

from cmo.commands.refine import doubt_lines
from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import as_most_report, denial_in_line, proposed_against, reports_harm


def _st(sid: str, outcome: str, mechanism: str = "Senior staff set the tone on the ward") -> Statement:
    context = "Newly qualified nurses on busy wards"
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "New nurses are bullied and shouted at by senior colleagues",
        "Racist remarks from patients go unchallenged",
        "Residents are more often restrained and humiliated at night",
        "Younger and less educated tenants are most at risk of eviction threats",
        "Carers remain isolated",
    ],
)
def test_an_outcome_saying_something_bad_happened_reports_a_harm(outcome):
    assert reports_harm(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "Bullying reported by staff in the annual survey fell from 30% to 12%",
        "Fewer violent incidents on the ward",
        "Risk is managed without over-reacting and the person stays at home",
        "Readmissions fell",
        "Participants no longer felt isolated",
        "Greater confidence in self-management",
    ],
)
def test_a_harm_made_less_managed_or_denied_or_no_harm_at_all_is_not_reported(outcome):
    assert not reports_harm(outcome)


HARMS = [
    _st("S1", "New nurses are bullied and shouted at by senior colleagues"),
    _st("S2", "Incivility and humiliation in handovers are frequent"),
]
DENIED = _st("S3", "New nurses were not listened to or supported when they raised concerns")


def _about_the_same(sid: str, others: list[str]) -> bool:
    return True


def test_a_denial_among_members_reporting_a_harm_is_in_line_neither_flagged_nor_doubted():
    """Fails on the old code: S3 was proposed as contradicting, and refine said its outcome did not follow."""
    statements = {s.id: s for s in [*HARMS, DENIED]}
    assert denial_in_line(DENIED, HARMS)
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == []
    config = Configuration(id="C1", statements=["S1", "S2", "S3"])
    assert doubt_lines({}, [config], statements) == []


def test_the_same_denial_where_members_report_a_gain_is_still_said():
    """Pins what the harm rule leaves alone: beside outcomes that held, "did not" still reads as not following."""
    gains = [_st("S1", "New nurses feel supported and stay in post"), _st("S2", "Nurses gain confidence in raising concerns")]
    statements = {s.id: s for s in [*gains, DENIED]}
    assert not denial_in_line(DENIED, gains)
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == ["S3"]


def test_a_coder_s_flag_is_never_set_aside():
    flagged = DENIED.model_copy(update={"contradicts": True})
    assert not denial_in_line(flagged, HARMS)
    assert proposed_against(["S1", "S2", "S3"], {s.id: s for s in [*HARMS, flagged]}, _about_the_same) == ["S3"]


def test_a_configuration_is_worded_from_a_member_reporting_what_most_report():
    """Trial S: "quieter wards at the weekend → less reported abuse" worded the configuration of understaffed wards where
    women are neglected; the wording member now comes from those reporting what most members report."""
    calmer = _st("S4", "Bullying reported by new nurses fell on wards with a preceptor")
    assert [s.id for s in as_most_report([*HARMS, calmer])] == ["S1", "S2"]
    gains = [_st("S5", "Nurses gain confidence"), _st("S6", "Nurses stay in post"), _st("S7", "Nurses remain isolated")]
    assert [s.id for s in as_most_report(gains)] == ["S5", "S6"]
    assert [s.id for s in as_most_report([HARMS[0], calmer])] == ["S1", "S4"]  # a tie: all, as before


def test_a_new_member_that_says_what_a_configuration_worded_as_a_denial_says_is_not_doubted():
    """Trial X: "S10 counts as supporting C4, though its outcome reads as not following", where C4's own outcome is a
    denial ("nurses do not question the prescriber") and S10 says it too."""
    mechanism = "Hierarchy on the ward makes junior staff wary of senior doctors"
    nurses = "Care home nurses"
    held = Statement(id="S1", source="a", context=nurses, mechanism=mechanism, outcome="Nurses defer to the GP")
    said = Statement(id="S2", source="b", context=nurses, mechanism=mechanism, outcome="Nurses do not question the GP")
    config = Configuration(
        id="C4", statements=["S1", "S2"], context="Care home nurses", mechanism=mechanism, outcome="Nurses do not question the GP"
    )
    assert doubt_lines({"C4": config.model_copy(update={"statements": ["S1"]})}, [config], {"S1": held, "S2": said}) == []
    gaining = config.model_copy(update={"outcome": "Nurses defer to the GP"})
    assert doubt_lines({"C4": gaining.model_copy(update={"statements": ["S1"]})}, [gaining], {"S1": held, "S2": said})
