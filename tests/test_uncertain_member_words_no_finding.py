"""Helper H0: a virtual-ward configuration went to the reference group worded from its one member that only said the
evidence was uncertain ("… has this outcome: little evidence of benefit compared with usual care"), its other members
(admissions avoided, fewer readmissions) counted as its support. A member on neither side words a configuration only
where every member is so (`centrality.wording_member`). Tested on falls prevention in care homes."""

from __future__ import annotations

from cmo.models import Statement
from cmo.synthesis.centrality import wording_member
from cmo.synthesis.evidence import outcome_is_uncertain


def _statement(sid: str, outcome: str) -> Statement:
    return Statement(
        id=sid, source=f"src{sid}", context="care home residents", mechanism="staff review falls risk weekly", outcome=outcome
    )


UNCERTAIN = "little evidence of benefit compared with usual care"


def test_a_configuration_is_not_worded_from_a_member_that_only_says_the_evidence_is_uncertain():
    assert outcome_is_uncertain(UNCERTAIN)
    ranked = [_statement("S1", UNCERTAIN), _statement("S2", "fewer falls"), _statement("S3", "falls were reduced")]
    assert wording_member(ranked).id == "S2"  # the most central of those that say the outcome followed


def test_members_all_uncertain_still_word_it():
    """Not over-firing: where every member only says the evidence is uncertain, the configuration is that."""
    ranked = [_statement("S1", UNCERTAIN), _statement("S2", "the evidence on falls is inconclusive")]
    assert wording_member(ranked).id == "S1"


def test_a_null_member_still_words_a_configuration_most_of_whose_members_find_no_change():
    """Not over-firing: a null finding ("no difference in falls") is a side, unlike an uncertain one."""
    ranked = [
        _statement("S1", "no difference in falls compared with usual care"),
        _statement("S2", "no reduction in falls"),
        _statement("S3", UNCERTAIN),
        _statement("S4", "fewer falls"),
    ]
    assert wording_member(ranked).id in {"S1", "S2"}
