"""Session 41, evidence (third part): which side a member counts on (trials AR 1, AQ 2).

Two outcomes give one thing opposite directions only where the words naming it on one side are all among those naming
it on the other ("fewer home visits" beside "more visits"); two kinds of one thing ("more generic prescriptions" beside
"fewer branded prescriptions") are no opposites, so a member saying a good thing rose and a harm fell agrees with one
saying that harm fell. A mechanism that holds back ("landlords are reluctant to …") beside a harm in the outcome tells
where things went wrong, and so does being kept waiting.

Each rule is tested alone on topics other than the trials' (prescribing, school meals, clinics, pharmacies, home care);
the end-to-end test runs `cmo` on a real SQLite review.
"""

from __future__ import annotations

from test_s40_evidence import _cmo, _review

from cmo.models import Statement
from cmo.synthesis.evidence import on_opposite_sides, opposite_outcomes, outcome_side, point_opposite_ways, reports_harm


def _both_ways(one: str, other: str) -> bool:
    forward, backward = opposite_outcomes(one, other), opposite_outcomes(other, one)
    assert forward == backward, (one, other)
    return forward


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


# ---- AR 1: two kinds of one thing are no opposites ---------------------------------------------------------------------


def test_one_kind_rising_is_no_opposite_of_another_kind_falling():
    """Fails on the old code: the shared head word ("prescriptions", "meals") was read as one thing going both ways."""
    assert not point_opposite_ways("more generic prescriptions and fewer branded medicines", "fewer branded prescriptions")
    assert not _both_ways("more generic prescriptions and fewer branded medicines", "fewer branded prescriptions")
    assert not _both_ways("more pupils eat hot school meals", "fewer packed meals are thrown away")


def test_one_thing_named_more_or_less_fully_still_goes_opposite_ways():
    assert _both_ways("more generic prescriptions", "fewer generic prescriptions")
    assert _both_ways("fewer home visits", "more visits")
    assert _both_ways("attendance rose", "attendance fell")
    assert _both_ways("higher rates of hot school meals", "fewer school meals")


def test_a_member_saying_a_good_thing_rose_and_a_harm_fell_is_not_against_one_saying_the_harm_fell(tmp_path):
    """Fails on the old code: `configs new` listed S1 as contradicting, and the configuration read as contested."""
    review = _review(
        tmp_path,
        [
            (
                "lee2020",
                "Practices with a prescribing pharmacist",
                "a pharmacist reviews every repeat prescription",
                "more generic prescriptions and fewer branded medicines",
            ),
            (
                "ali2021",
                "Practices in deprived areas with a pharmacist",
                "the pharmacist reviews repeat prescriptions",
                "fewer branded prescriptions",
            ),
            (
                "kim2022",
                "General practices with a practice pharmacist",
                "the pharmacist reviews repeat prescribing",
                "fewer branded prescriptions and lower drug costs",
            ),
        ],
    )
    made = _cmo("configs", "new", "--statements", "S1,S2,S3", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    shown = _cmo("configs", "show", "C1", cwd=review)
    assert shown.returncode == 0, shown.stderr
    assert "contradicting" not in shown.stdout.lower() and "contested" not in shown.stdout.lower(), shown.stdout
    listed = _cmo("configs", "list", cwd=review)
    assert "3 sources support it" in listed.stdout, listed.stdout


# ---- AQ 2: holding back, and being kept waiting, tell where things went wrong ---------------------------------------------


def test_a_mechanism_that_holds_back_beside_a_harm_tells_things_went_wrong():
    """Fails on the old code: side 0, so it sat with members telling things went well as one more supporter."""
    held_back = _st(
        "S1",
        "Community pharmacies",
        "pharmacists are reluctant to change doses",
        "getting the dose right was a recurring difficulty",
    )
    assert outcome_side(held_back) == -1
    went_well = _st(
        "S2",
        "Community pharmacies",
        "a pharmacist phones each patient after a change",
        "patients take the new dose as prescribed",
    )
    assert on_opposite_sides(held_back, went_well)


def test_a_harm_word_in_the_outcome_alone_still_tells_no_side():
    assert outcome_side(_st("S1", "Community pharmacies", "pharmacists review doses weekly", "a recurring difficulty")) == 0


def test_being_kept_waiting_is_a_harm_and_a_waiting_list_is_not():
    """Fails on the old code: "patients wait at home" reported no harm, so a clinic that cannot book them told no side."""
    assert reports_harm("patients wait at home for a slot")
    assert (
        outcome_side(_st("S1", "Rural clinics", "clinics cannot book patients quickly", "patients wait at home for a slot")) == -1
    )
    assert not reports_harm("families sit together in the waiting room")
    assert not reports_harm("carers are put on a waiting list")
    assert not reports_harm("patients did not wait for a slot")
