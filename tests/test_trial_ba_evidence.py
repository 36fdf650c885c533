"""Trial BA (hospital discharge of older people): two readings of which members of a configuration go against it.

1. "Patients are discharged quickly without waiting for assessments → length of stay was not reduced" beside "patients go
   home without waiting for assessments → length of stay reduced" was read as the converse (its mechanism denies
   "waiting"), so the null finding counted as support; it denies what the other denies: the same mechanism.
2. "Carers feel overwhelmed and the discharge is unsafe" beside "carers unprepared → carer strain and readmission" was
   read as going against ("unsafe" as the outcome reversed); it names a harm, in line with the harm the others report.

Checked on other topics: booking appointments online, release from youth custody; each with the case where the rule must
not fire, and through `cmo configs new` on a real review."""

from __future__ import annotations

import json

from cmo.models import Statement
from cmo.synthesis.evidence import is_converse, proposed_against
from tests.sheet_reviews import cmo_run, review_from_rows


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src-{sid}", context=context, mechanism=mechanism, outcome=outcome)


def _about_the_same(sid: str, others: list[str]) -> bool:
    return True


BOOKING = {
    "S1": _st("S1", "Practices that offer online booking", "Patients book appointments without phoning at eight o'clock",
              "Time to an appointment is shorter"),
    "S2": _st("S2", "Practices that offer online booking in rural areas", "Patients book appointments without phoning at "
              "eight o'clock", "Time to an appointment was not shorter"),
    "S3": _st("S3", "Practices that offer online booking", "Patients have no way to book online",
              "Time to an appointment was not shorter"),
    "S4": _st("S4", "Practices that offer online booking", "Patients book appointments online at any hour",
              "Time to an appointment is shorter"),
}  # fmt: skip


def test_a_member_denying_what_a_member_that_held_denies_is_no_converse():
    """Fails on the old code: beside S1 and S4, S2 was read as the converse (it denies phoning at eight, as S1 does), so
    it counted as support."""
    assert not is_converse(BOOKING["S2"], [BOOKING["S1"], BOOKING["S4"]])
    assert proposed_against(["S1", "S4", "S2"], BOOKING, _about_the_same) == ["S2"]


def test_a_member_denying_what_the_others_assert_is_still_the_converse():
    assert is_converse(BOOKING["S3"], [BOOKING["S4"]])
    assert proposed_against(["S4", "S3"], BOOKING, _about_the_same) == []


RELEASE = {
    "S1": _st("S1", "Young people released from custody with no housing arranged", "They return to the peers they "
              "offended with", "They reoffend and are recalled to custody"),
    "S2": _st("S2", "Young people released with a key worker who meets them at the gate", "They trust someone who "
              "knows them", "They settle into education or work"),
    "S3": _st("S3", "Young people released to a hostel far from home", "Key workers are relied on but given little notice "
              "of the release", "The young person feels abandoned and the release is unsafe"),
    "S4": _st("S4", "Young people released with a key worker who meets them at the gate", "They trust someone who "
              "knows them", "A safe release and they settle into education"),
}  # fmt: skip


def test_a_harm_named_beside_a_harm_reported_is_in_line():
    """Fails on the old code: "the release is unsafe" was read as the outcome not following, against the configuration."""
    assert proposed_against(["S1", "S2", "S3"], RELEASE, _about_the_same) == []


def test_a_harm_named_beside_members_that_only_go_well_still_goes_against():
    assert proposed_against(["S2", "S4", "S3"], RELEASE, _about_the_same) == ["S3"]


def test_configs_new_tells_each_side_as_read(tmp_path):
    """Both rules through the command line: the null finding is contradicting, the harm named is not."""
    rows = [
        ("ahmed2020", BOOKING["S1"].context, BOOKING["S1"].mechanism, BOOKING["S1"].outcome),
        ("byrne2022", BOOKING["S2"].context, BOOKING["S2"].mechanism, BOOKING["S2"].outcome),
        ("frost2024", BOOKING["S4"].context, BOOKING["S4"].mechanism, BOOKING["S4"].outcome),
        ("cole2019", RELEASE["S1"].context, RELEASE["S1"].mechanism, RELEASE["S1"].outcome),
        ("dunn2021", RELEASE["S2"].context, RELEASE["S2"].mechanism, RELEASE["S2"].outcome),
        ("evans2023", RELEASE["S3"].context, RELEASE["S3"].mechanism, RELEASE["S3"].outcome),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    for members in ("S1,S2,S3", "S4,S5,S6"):
        made = cmo_run("configs", "new", "--statements", members, "--by", "RT", cwd=review)
        assert made.returncode in (0, 1), made.stderr
    configs = {c["statements"][0]: c for c in json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)}
    assert configs["S1"]["contradicting"] == ["S2"], configs["S1"]
    assert configs["S4"]["contradicting"] == [], configs["S4"]
