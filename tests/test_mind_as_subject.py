"""Trial CG: a mechanism coded as a noun phrase was made the subject of an act only people do: "In uncertain diagnosis,
…, fear of serious consequences - better safe than sorry prescribes abx". A state of mind (a noun every WordNet sense
of which is a feeling, a thought or a motive) does no act WordNet frames only with a person as its subject; the
outcome is now the people's: "… means that people prescribe abx"."""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence

CONTEXT = "Where blood pressure readings are borderline"


def test_a_fear_does_not_prescribe_people_do():
    said = cmo_sentence(
        "uncertain diagnosis, can't tell if infection spreading", "fear of serious consequences", "prescribes abx"
    )
    assert said.endswith("fear of serious consequences means that people prescribe abx.")


def test_on_another_topic_a_belief_does_not_withhold_consent():
    assert cmo_sentence(CONTEXT, "fear of a stroke", "prescribes a second drug").endswith(
        "fear of a stroke means that people prescribe a second drug."
    )
    assert cmo_sentence(CONTEXT, "the belief that tablets are for life", "withholds consent").endswith(
        "the belief that tablets are for life means that people withhold consent."
    )


def test_what_things_do_and_what_no_state_of_mind_does_keep_the_mechanism_as_subject():
    """'reduces' is framed with things as its subject too; a policy (one sense a document) and a nurse may prescribe."""
    assert cmo_sentence(CONTEXT, "fear of a stroke", "reduces missed doses").endswith("fear of a stroke reduces missed doses.")
    assert cmo_sentence(CONTEXT, "a practice policy", "prescribes a second drug").endswith(
        "a practice policy prescribes a second drug."
    )
    assert cmo_sentence(CONTEXT, "a named nurse", "prescribes a second drug").endswith("a named nurse prescribes a second drug.")
