"""Session 46, helper LF: which way an outcome went (`evidence.outcome_side`). An outcome saying people were left with a
thing they need undone ("pupils stayed unvaccinated", "went untreated", "remained undiagnosed", "were left
unsupported") was read as things going well, as any outcome without a harm word was, so refine joined it to the
improvement it goes against. Tested here on other topics (tuberculosis, dental care, homelessness, domestic abuse):
people left undone go wrong, as people holding back do (`reports_withholding`); a thing left undone ("referrals went
unanswered") tells neither side plainly; a harm spared ("unharmed", "unaffected by side effects", "went without
complications"), a participle before its thing ("untreated patients were referred") or a clause that makes its
subject less ("fewer patients went untreated", "fewer parents refused the check") tells nothing went wrong."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Statement
from cmo.synthesis.evidence import on_opposite_sides, outcome_side, reports_left_undone

NURSE = "a TB nurse phones them each week"


def _side(outcome: str, mechanism: str = NURSE) -> int:
    return outcome_side(
        Statement(id="S1", source="ahmed2020", context="Adults with latent TB", mechanism=mechanism, outcome=outcome)
    )


def test_people_left_undone_tell_things_went_wrong():
    """Fails on the old code: each read 1, things going well."""
    assert _side("many exposed children went untreated") == -1
    assert _side("older migrants remained undiagnosed for years") == -1
    assert _side("rough sleepers were unhoused after discharge") == -1
    assert _side("survivors were left unsupported after disclosure") == -1
    assert _side("families went without heating in winter") == -1


def test_a_thing_left_undone_tells_neither_side():
    """Fails on the old code (read 1): what is left undone is said of no people, so it is good or bad by what it is."""
    assert _side("dental referrals went unanswered") == 0
    assert _side("positive screens were unrecorded") == 0


def test_a_left_undone_outcome_is_the_other_side_of_an_improvement():
    """Fails on the old code: both read as going well, so refine had no reason to keep them apart."""
    done = Statement(
        id="S1", source="a", context="Adults with latent TB", mechanism=NURSE, outcome="more children completed treatment"
    )
    left = Statement(
        id="S2", source="b", context="Adults with latent TB", mechanism=NURSE, outcome="many children remained untreated"
    )
    assert on_opposite_sides(done, left)


def test_a_withholding_made_less_tells_nothing_went_wrong():
    """Fails on the old code (read -1): "fewer parents refused" holds back less, as "fewer remained untreated" does."""
    assert _side("fewer parents refused the dental check") != -1
    assert _side("fewer children went untreated") != -1
    assert not reports_left_undone("fewer children went untreated")
    assert _side("exposed children no longer go untreated") != -1
    assert _side("survivors are no longer left unsupported") != -1
    assert _side("parents refused the dental check") == -1  # the holding back itself still goes wrong


def test_a_harm_spared_or_a_participle_before_its_thing_is_left_as_it_was():
    """Must not fire: no thing is left undone."""
    assert _side("residents were unharmed") == 1
    assert _side("children were unaffected by side effects") != -1
    assert _side("patients went without complications") != -1
    assert _side("untreated children were referred to the clinic") == 1
    assert _side("parents remain unhappy with the clinic") != -1
    assert not reports_left_undone("staff did without complications")


def test_a_participle_said_to_be_by_a_harm_is_a_harm_spared():
    """Fails on the old code: "unaffected by side effects" was read as a thing left undone."""
    assert not reports_left_undone("women were unaffected by side effects")
    assert reports_left_undone("women were untreated by the clinic")  # by no harm: left undone


def test_refine_keeps_survivors_left_unsupported_apart_from_women_kept_in_contact(tmp_path):
    """Fails on the old code: "survivors were left unsupported" read as going well, so refine joined it, on one word
    ("advocate"), to the configuration it goes against."""
    rows = [
        (
            "ahmed2020",
            "Women disclosing abuse at an antenatal clinic",
            "the midwife refers them to an advocate the same day",
            "women felt safer and stayed in contact with the advocate",
        ),
        (
            "baker2021",
            "Survivors in rural areas far from services",
            "the advocate can only phone them once a month",
            "survivors were left unsupported",
        ),
        ("cole2022", "Dental practices in deprived areas", "a hygienist visits schools", "more children saw a dentist"),
        ("dunn2022", "Hostels for homeless adults", "a GP holds a weekly clinic", "more residents registered with a GP"),
    ]
    review = review_from_rows(tmp_path, rows)
    done = cmo_run("refine", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    assert not any({"ahmed2020", "baker2021"} <= set(c["sources"]) for c in configs), configs


# ---- a word negating another by its prefix, as WordNet pairs them ---------------------------------------------------

CLINIC = "a prison nurse runs a weekly clinic"


def test_a_negation_said_as_the_outcome_tells_neither_side():
    """Fails on the old code (each read 1, things going well): the prefix alone does not tell whether what is negated
    was wanted, so the outcome goes on neither side."""
    assert _side("dental care in custody was inadequate", CLINIC) == 0
    assert _side("hepatitis C testing was unavailable at weekends", CLINIC) == 0
    assert _side("the peer mentor scheme was discontinued", CLINIC) == 0
    assert _side("prisoners were unaware of the clinic", CLINIC) == 0
    assert _side("the screening remained incomplete", CLINIC) == 0
    assert _side("prisoners distrusted the healthcare staff", CLINIC) == 0  # a verb's past, read by its base
    assert _side("they mistrusted healthcare staff", CLINIC) == 0  # a verb after its subject, with its object


def test_a_participle_describing_what_follows_is_no_negation_said():
    """Must not fire: "disadvantaged" before its people says which people, not what came of them."""
    assert _side("disadvantaged prisoners attended the clinic more often", CLINIC) == 1
    assert _side("more disadvantaged prisoners attended", CLINIC) == 1


def test_a_negated_harm_a_describing_word_or_a_judged_change_is_left_as_it_was():
    """Must not fire: a harm negated is a harm spared; a word before its thing says which kind of thing it is; a change
    judged for the better tells the side whatever it is of."""
    assert _side("prisoners were unharmed", CLINIC) == 1
    assert _side("informal carers felt supported", CLINIC) == 1
    assert _side("unexpected benefits were reported by prisoners", CLINIC) == 1
    assert _side("improved independence on release", CLINIC) == 1


def test_two_failures_are_not_told_as_opposite_sides():
    """Fails on the old code: "testing was unavailable" read as going well, so beside prisoners refusing testing the two
    were told as opposite sides, and refine would keep two accounts of one failure apart."""
    refused = Statement(id="S1", source="a", context="Prisoners on remand", mechanism=CLINIC, outcome="prisoners refused testing")
    unavailable = Statement(
        id="S2", source="b", context="Prisoners on remand", mechanism=CLINIC, outcome="hepatitis C testing was unavailable"
    )
    assert outcome_side(refused) == -1
    assert not on_opposite_sides(refused, unavailable)


def test_holding_back_from_what_is_not_wanted_tells_nothing_went_wrong():
    """Fails on the old code (read -1): what is withheld is said with a word negating another ("unnecessary",
    "inappropriate"), so holding back from it is no failure."""
    assert _side("GPs avoided unnecessary scans for low back pain", "a physiotherapist triages referrals") != -1
    assert _side("care home staff withheld inappropriate sedation", "a pharmacist reviews each resident") != -1


def test_holding_back_from_a_thing_still_goes_wrong():
    """Must not fire: a thing withheld with no such word."""
    assert _side("GPs avoided the follow-up scans", "a physiotherapist triages referrals") == -1
    assert _side("residents refused their medicines", "a pharmacist reviews each resident") == -1
