"""Left-over fault F2 2 (trial DA, online STI testing for young people): refine kept "the service was designed for older
adults → young people avoid it" apart from "the clinic is made for other people → young people stay away", as telling
the other side, though both say a service made for others keeps young people from it. "Stay away" was read as a result
that followed, things going well, where it is the phrasal verb WordNet glosses as refraining from going: people holding
back, as "avoid" is. It now reads as a withholding (`evidence.WITHHELD`), so the two are one finding, and "stay away"
is no longer counted as support of "attendance rose". Checked too in general practice, and where "stay away" is denied or
no longer so."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Statement
from cmo.synthesis.evidence import outcome_side, reports_withholding
from cmo.synthesis.merge import Opposites


def st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src-{sid}", context=context, mechanism=mechanism, outcome=outcome)


def test_two_services_made_for_other_people_that_keep_young_people_away_are_not_kept_apart():
    """Fails on the old code: the pair was kept apart as telling opposite sides ("sides")."""
    s32 = st("S32", "online STI testing", "the service is designed for older adults", "young people avoid it")
    s8 = st("S8", "sexual health clinics", "the clinic is made for other people", "young people stay away from the clinic")
    assert Opposites([s32, s8]).reason(0, 1) is None
    assert outcome_side(s8) == outcome_side(s32) == -1


def test_in_general_practice_patients_who_stay_away_hold_back_as_those_who_avoid_it_do():
    """Another topic, must fire: "stay away" and "keep away", said of people, tell things going wrong."""
    kept = st("S1", "practices that moved to telephone triage", "patients feel the surgery is for the very ill",
              "older patients kept away from the surgery")  # fmt: skip
    avoided = st("S2", "practices with long waits", "patients feel they are wasting the doctor's time",
                 "patients avoided the practice")  # fmt: skip
    assert reports_withholding(kept.outcome)
    assert outcome_side(kept) == outcome_side(avoided) == -1
    assert Opposites([kept, avoided]).reason(0, 1) is None


def test_stay_away_denied_or_no_longer_so_withholds_nothing():
    """Must not fire: "no longer stay away", "did not stay away", and a thing kept away, hold nobody back."""
    assert not reports_withholding("young people no longer stay away from the clinic")
    assert not reports_withholding("young people did not stay away")
    assert not reports_withholding("staff kept the relatives informed")
    assert reports_withholding("young people stay away")


DA = [
    ("adams2019", "sexual health clinics in town centres", "young people feel the clinic is made for other people",
     "young people stay away"),
    ("baker2020", "online STI testing", "the service was designed for older adults", "young people do not use it"),
    ("clark2021", "online STI testing with postal kits", "young people can test without being seen at a clinic",
     "more young people tested"),
    ("davis2018", "online STI testing with postal kits", "testing at home avoids the embarrassment of a clinic visit",
     "uptake of testing rose"),
    ("evans2022", "text message results", "results arrive quickly and privately", "more young people collected their results"),
    ("ford2020", "schools with a sexual health drop-in", "a nurse is available in school hours", "more pupils asked for testing"),
    ("gray2019", "young people without a private address", "kits posted home may be opened by parents",
     "young people do not order kits"),
    ("hill2021", "free condoms with every kit", "the kit offers something useful beyond the test", "repeat testing rose"),
    ("irwin2017", "youth workers promoting testing", "trusted adults normalise testing", "more first-time testers"),
    ("jack2022", "a clinic with evening opening", "young people can attend after school or work",
     "attendance by under-25s rose"),
]  # fmt: skip


def test_refine_no_longer_counts_staying_away_as_support_of_attendance_rising(tmp_path):
    """Fails on the old code: S1 (young people stay away) and S10 (attendance rose) were proposed as one configuration,
    S1 counted as its support."""
    review = review_from_rows(tmp_path, DA)
    done = cmo_run("refine", cwd=review)
    assert done.returncode == 0, done.stderr
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    homes = {sid: c["id"] for c in configs if not c.get("retired") for sid in c["statements"]}
    assert homes["S1"] != homes["S10"]
