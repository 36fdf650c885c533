"""Helper K2 (a deprescribing review): a coder's context "GP who sees a pt after a fall" went to the reference group as
"In GP who sees a pt after a fall, …", as if a GP were a place: an acronym was read as people only in its plural
("GPs who…"). "Who" is said of a person only, so an acronym right before it names one: "For GP who sees …". Must not
fire, on other topics: an acronym before "where", "which" or "that" (an ICU, the NHS) is still a place or a body."""

from __future__ import annotations

from cmo.synthesis.wording import context_frame


def test_an_acronym_before_who_is_a_person():
    assert context_frame("GP who sees a pt after a fall") == "For "
    assert context_frame("CHW who visits homes in the district") == "For "
    assert context_frame("GPs who renew prescriptions without review") == "For "


def test_an_acronym_before_where_which_or_that_stays_a_place():
    assert context_frame("ICU where nurses rotate between units") == "In "
    assert context_frame("NHS which funds the service") == "In "
    assert context_frame("ED that has a frailty team") == "In "


def test_people_joined_by_a_slash_are_people():
    """A coder's 'GPs/fastlege renewing prescriptions…' went out as 'In GPs/fastlege renewing…'; a slash joins
    alternatives of one kind, so one that names people makes the pair people."""
    assert context_frame("GPs/fastlege renewing prescriptions for elderly pts without seeing them") == "For "
    assert context_frame("nurses/HCAs on night shifts") == "For "


def test_places_joined_by_a_slash_stay_places():
    """Must not fire (schools, wards): alternatives that are places stay places."""
    assert context_frame("schools/colleges in rural areas") == "In "
    assert context_frame("wards/units with high turnover") == "In "
