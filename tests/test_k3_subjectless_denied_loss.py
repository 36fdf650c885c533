"""An outcome a coder writes without its subject, or with a personal pronoun, that denies a loss ("did not lose contact
in the first month", "they never dropped out") says the people the context names were spared it: the outcome held
(helper K3's re-entry peer-support review: "someone to call in the first days → did not lose contact in first month"
was read as going against "being met at the gate → felt safe, went to first appointment"). A direction verb denied of
a thing ("attendance did not drop", "use of restraint did not fall") is still a change that did not come."""

import pytest

from cmo.synthesis.evidence import outcome_is_negative


@pytest.mark.parametrize(
    "outcome",
    [
        "did not lose contact in first month",
        "they did not lose contact with the mental health team",
        "did not drop out",
        "never lost touch with the peer worker",
        "she did not fall again",
    ],
)
def test_a_loss_denied_of_no_named_subject_or_a_pronoun_says_the_outcome_held(outcome):
    assert outcome_is_negative(outcome) is False


@pytest.mark.parametrize(
    "outcome",
    [
        # another topic (care homes, schools): a direction denied of a thing is a change that did not come
        "attendance did not drop",
        "the proportion of residents given antibiotics did not fall",
        "use of restraint did not fall",
        "quality of life did not decline",
        "HbA1c did not improve",
        "did not attend",
    ],
)
def test_a_change_denied_of_a_thing_still_did_not_come(outcome):
    assert outcome_is_negative(outcome) is True
