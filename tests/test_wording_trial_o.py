"""Trial O (community health volunteers): how a configuration is worded when its context opens with a name,
where a generated title may be cut, and which member contexts are key contexts. Each rule is tested on the trial's own
sentences and on sentences from other topics (nurses, patients, mothers, teachers, clinics, named programmes)."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import (
    _DANGLING,
    _lost_its_object,
    cmo_sentence,
    is_proper_noun,
    key_contexts,
    names_from,
    short_title,
)

# ---- (a) contexts keep the frame that fits them ------------------------------------------------------------------


@pytest.mark.parametrize(
    "context, mechanism, opening",
    [
        ("Clinics with long waiting times", "patients give up", "In clinics with long waiting times"),
        ("iCCM programmes where volunteers receive a small stipend", "Volunteers feel valued", "In iCCM programmes where"),
        # "who" belongs to the nearest plural before it, not the head
        ("Programmes where nurses who trained abroad lead the team", "patients feel reassured", "In programmes where nurses"),
        ("Wards staffed by agency nurses who rotate weekly", "patients feel unsettled", "Where wards are staffed by"),
        ("Teachers in rural schools whose heads support them", "peer observation feels safe", "For teachers in rural schools"),
        # people are "for" (trials P, Q: "In high school teachers given a course…" read oddly to lay readers)
        ("Older adults living alone", "Patients get to know clinicians", "For older adults living alone"),
        ("Skills-based training followed by practice", "Volunteers develop self-efficacy", "In skills-based training"),
        # a context that states itself, or opens with its own preposition, keeps its frame
        ("Volunteers are selected by their own community", "Volunteers feel a duty", "Where volunteers are selected"),
        ("Among mothers who breastfeed", "they feel supported", "Among mothers who breastfeed"),
    ],
)
def test_a_place_programme_or_people_without_either_signal_keep_their_frame(context, mechanism, opening):
    assert cmo_sentence(context, mechanism, "they stay").startswith(opening)


# ---- (a) a name keeps its capital: possessive, and a name of several words ---------------------------------------


@pytest.mark.parametrize("word", ["Nepal's", "Nepal\u2019s", "Kenya's", "Ontario's,"])
def test_a_possessive_name_is_a_name(word):
    assert is_proper_noun(word)


@pytest.mark.parametrize("word", ["Nurses'", "Patients'", "Mother's", "Trust's"])
def test_a_possessive_common_word_is_no_name(word):
    assert not is_proper_noun(word)


@pytest.mark.parametrize(
    "context, opening",
    [
        ("Nepal's national female community health volunteer programme", "In Nepal's national female"),
        ("Pakistan's Lady Health Worker Programme in rural Punjab", "In Pakistan's Lady Health Worker Programme"),
        ("Lady Health Worker Programme clinics in Punjab", "In Lady Health Worker Programme clinics"),
        ("National Immunization Days with allowances paid late", "In National Immunization Days"),
        ("Nurses' workload on night shifts", "In nurses' workload"),
    ],
)
def test_a_context_opening_with_a_name_keeps_its_capital(context, opening):
    assert cmo_sentence(context, "households trust workers they know", "uptake rises").startswith(opening + " ")


def test_a_common_word_capitalised_only_inside_a_longer_name_is_no_name_alone():
    """Trial O's pack read "In National volunteer programme in Nepal": "National" was taken for a name because another
    statement says "National Immunization Days"."""
    with names_from(["Volunteers worked on National Immunization Days.", "Clinics in Kisumu West and Latino men."]):
        assert cmo_sentence("National volunteer programme in Nepal", "staff fear", "payment did not help").startswith(
            "In national volunteer programme in Nepal"
        )
        assert cmo_sentence("Kisumu volunteers", "staff fear", "x").startswith("For Kisumu volunteers")  # a name alone
        assert cmo_sentence("Latino men", "staff fear", "x").startswith("For Latino men")  # one capitalised word still is
        assert cmo_sentence("West of the district", "staff fear", "x").startswith("In west of the district")
    with names_from(["Mothers came from Nepal's hills."]):
        assert cmo_sentence("Nepal volunteers", "staff fear", "x").startswith("For Nepal volunteers")


# ---- (b) a title never ends on a verb whose object was cut -------------------------------------------------------


@pytest.mark.parametrize(
    "text, title",
    [
        # trial O: "…to the community that chose" (the object pronoun was taken for a dangling word)
        (
            "Volunteers feel a sense of duty to the community that chose them and community members feel ownership of it",
            "Volunteers feel a sense of duty to the community that chose them",
        ),
        (
            "Volunteers cannot do what is asked of them and the community loses faith in them",
            "Volunteers cannot do what is asked of them",
        ),
        # a cut after a verb whose object was a "that" clause goes back to a phrase, or says "…"
        (
            "Practice nurses in small rural surgeries increasingly believe that telephone triage lets patients wait longer",
            "Practice nurses in small rural surgeries increasingly believe that telephone triage lets…",
        ),
        # a verb followed by a phrase of its own, or a passive participle, is whole
        (
            "Mothers trust the community health workers who visit with newborn care kits every week in the first month",
            "Mothers trust the community health workers who visit",
        ),
        (
            "Teachers value the mentors who gave feedback on lesson plans during the first term of their training",
            "Teachers value the mentors who gave feedback on lesson plans",
        ),
        # unchanged: the rule leaves a relative clause that ends whole
        (
            "Service users who cannot be seen in person during an emergency such as the COVID-19 pandemic",
            "Service users who cannot be seen in person during an emergency",
        ),
    ],
)
def test_a_title_never_ends_on_a_verb_that_lost_its_object(text, title):
    assert short_title(text) == title


def test_what_a_title_may_not_end_on():
    assert _lost_its_object("to the community that chose".split(), "them")
    assert _lost_its_object("nurses increasingly believe".split(), "that")
    assert not _lost_its_object("health workers who visit".split(), "with")  # a phrase of its own follows
    assert not _lost_its_object("volunteers who drop".split(), "out")  # a particle, not an object
    assert not _lost_its_object("what is asked".split(), "of")  # passive
    assert not _lost_its_object("staff who are trained".split(), "in")
    assert not _lost_its_object("mothers trust the midwives".split(), "who")  # a noun ends it
    assert {"whom", "nor", "although"} <= _DANGLING and "them" not in _DANGLING


@pytest.mark.parametrize(
    "text",
    [
        "Patients in the outreach clinic value the nurses who always explained each new medication and its side effects",
        "Clinics in the Lady Health Worker Programme that appointed a supervisor for every ten workers saw fewer dropouts",
        "Nurses on busy acute wards value ward managers who give regular constructive feedback during shifts and after",
        "Teachers who join the scheme in its first year often describe feeling that nobody at the school wants them",
    ],
)
def test_no_title_ends_on_a_dangling_word_or_a_verb_without_its_object(text):
    title = short_title(text).rstrip("…")
    words = title.split()
    assert words[-1].lower() not in _DANGLING, title
    if not short_title(text).endswith("…"):
        rest = text.split()[len(words) :]
        assert not _lost_its_object(words, rest[0] if rest else ""), title


# ---- (c) a member context that denies what the configuration's context says is no key context --------------------


def test_the_opposite_case_is_no_key_context():
    own = "Volunteers in Kisumu West who received refresher training in the last year"
    members = [own, "Volunteers trained once at recruitment with no later refresher training", "Volunteers with little schooling"]
    assert key_contexts("", own, members) == "Volunteers with little schooling"


@pytest.mark.parametrize(
    "own, member, kept",
    [
        ("Wards where nurses have protected time for handover", "Wards with no protected handover time", False),
        ("Clinics that offer evening appointments", "Clinics without evening appointments", False),
        ("Mothers supported by a trained peer counsellor", "Mothers with no peer counsellor", False),
        # the denied phrase's head, not its modifier: "a ward manager" is no ward
        ("Wards where nurses have protected time for handover", "Night shifts without a ward manager", True),
        # both deny the same: alike, not opposite
        ("Volunteers who lack transport, drugs or basic kits", "Surveillance volunteers with no bicycles or transport", True),
        ("Volunteers who lack transport, drugs or basic kits", "Home-based care volunteers without home care kits", True),
        ("Patients attending the Lady Health Worker Programme", "Patients with no regular doctor", True),
    ],
)
def test_a_member_context_is_left_out_only_when_it_denies_what_the_configuration_says(own, member, kept):
    assert (key_contexts("", own, [member]) == member) is kept


def test_contexts_the_reviewers_wrote_are_kept_as_written():
    written = "Teachers with no mentor"
    assert key_contexts(written, "Teachers with a mentor", ["Teachers with no mentor"]) == written
