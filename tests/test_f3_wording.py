"""Helper F3: faults in the plain English cmo writes for reference groups (configuration sentences and titles)."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence, title_for


@pytest.mark.parametrize(
    ("mechanism", "written"),
    [
        ("patients cant get a GP appointment", "patients can't get a GP appointment"),
        ("they dont trust the service", "they don't trust the service"),
        ("families wont attend", "families won't attend"),
        ("staff didnt know the referral routes", "staff didn't know the referral routes"),
    ],
)
def test_a_contraction_typed_bare_is_written_with_its_apostrophe(mechanism, written):
    """Fails on the old code: "cant", "dont" typed without an apostrophe went to the group as typed, though the evidence
    rules read them as the denials they are."""
    assert written in cmo_sentence("older people living alone", mechanism, "fewer visits")
    contraction = next(word for word in written.split() if "'" in word)
    assert contraction in title_for("older people living alone", mechanism, "fewer visits")


@pytest.mark.parametrize(
    "mechanism", ["skipping visits is their wont", "management cant about safety", "the rules are cant to them"]
)
def test_cant_and_wont_as_words_of_their_own_stay(mechanism):
    """Must not fire: "wont" (a habit) and "cant" (insincere talk) are words where no verb follows them."""
    assert mechanism.split(" ", 1)[1] in cmo_sentence("ward teams", mechanism, "distrust")


def _opening(context: str) -> str:
    from cmo.synthesis.wording import cmo_segments

    return "".join(piece.text for piece in cmo_segments(context, "patients go to the emergency department", "more visits"))


@pytest.mark.parametrize(
    ("context", "opening"),
    [
        ("other services closed out of hours", "Where other services are closed out of hours, "),
        ("GP practices closed at night", "Where GP practices are closed at night, "),
        ("the walk-in centre shut at weekends", "Where the walk-in centre is shut at weekends, "),
    ],
)
def test_things_and_the_state_they_are_in_take_their_verb(context, opening):
    """Fails on the old code: "In other services closed out of hours, …" put the patients inside the closed services,
    and "Where GP practices closed at night, …" read as a past event."""
    assert _opening(context).startswith(opening)


@pytest.mark.parametrize(
    ("context", "opening"),
    [
        ("teachers trained in first aid", "For teachers trained in first aid, "),  # people: "For"
        ("ward teams given discharge coaching", "For ward teams given discharge coaching, "),
        ("areas with clinics closed", "In areas with clinics closed, "),  # the state is the object's
        ("primary care teams new to paramedics", "With primary care teams new to paramedics, "),  # an adjective: "With"
        ("integrated care teams", "In integrated care teams, "),  # a participle before its noun
        ("debt advice funded by the council", "In debt advice funded by the council, "),  # no number said
    ],
)
def test_people_places_and_conditions_keep_their_frames(context, opening):
    """Must not fire, on other topics: people after "For", a participle inside a phrase or before its noun, a noun with
    no number, a condition after "With"."""
    assert _opening(context).startswith(opening)


@pytest.mark.parametrize(
    ("context", "opening"),
    [
        ("CP programs internationally", "In CP programs internationally, "),
        ("GP visits weekly", "In GP visits weekly, "),
    ],
)
def test_an_initialism_before_a_plural_and_an_adverb_is_a_noun_phrase(context, opening):
    """Fails on the old code: "Where CP programs internationally, …" read 'programs' as a verb with no object."""
    assert _opening(context).startswith(opening)


@pytest.mark.parametrize(
    ("context", "opening"),
    [
        ("the NHS pays late", "Where the NHS pays late, "),
        ("nurse visits weekly", "Where nurse visits weekly, "),
        ("the service runs smoothly", "Where the service runs smoothly, "),
    ],
)
def test_a_verb_after_a_noun_or_with_its_determiner_is_still_a_clause(context, opening):
    """Must not fire: a verb after a word in small letters, or after an initialism with its article."""
    assert _opening(context).startswith(opening)


@pytest.mark.parametrize(
    ("context", "mechanism", "title", "opening"),
    [
        ("ward staff", "equated safety with control", "Ward staff equated safety with control", "For ward staff, they equated"),
        ("nurses", "saw restraint as care", "Nurses saw restraint as care", "For nurses, they saw restraint"),
        ("parents", "viewed discharge as rejection", "Parents viewed discharge as rejection", "For parents, they viewed"),
    ],
)
def test_a_minds_act_coded_without_its_subject_takes_the_contexts_people(context, mechanism, title, opening):
    """Fails on the old code: the title "Equated safety with control" and "For ward staff, equated safety with control
    means that…" named no one, as a past form before a noun was read as a participle describing it."""
    assert title_for(context, mechanism, "more restraint") == title
    assert cmo_sentence(context, mechanism, "more restraint").startswith(opening)


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("perceived stigma", "Perceived stigma"),  # a participle describing its noun: no complement
        ("improved access with outreach", "Improved access with outreach leads to more restraint"),  # no act of the mind
        ("reduced waiting times", "Reduced waiting times"),
    ],
)
def test_a_participle_describing_its_noun_stays(mechanism, title):
    """Must not fire, on other topics: a past participle before its noun with no complement, or of no verb of the mind."""
    assert title_for("older people", mechanism, "more restraint") == title


def test_round_close_names_a_minds_act_title_only_where_no_one_is_known():
    """The check names such a title for the team to word where the context names no one; a participle's is left."""
    from cmo.synthesis.wording import opens_without_its_subject

    assert opens_without_its_subject("Equated safety with control")
    assert not opens_without_its_subject("Improved access") and not opens_without_its_subject("Perceived stigma")


def test_a_part_shown_beside_its_sentence_writes_a_bare_contraction_as_the_sentence_does():
    """Re-check RH2: the pack's sentence read "staff don't feel confident…" while its programme theory picture and its
    table of parts read "staff dont feel confident…" (`as_a_part_reads`, the one function for a part shown beside its
    sentence). Tested on school nursing; 'wont' as a word of its own stays."""
    from cmo.synthesis.wording import as_a_part_reads

    assert as_a_part_reads("school nurses dont feel able to ask about self-harm") == (
        "school nurses don't feel able to ask about self-harm"
    )
    assert as_a_part_reads("pupils wont see the nurse in break time") == "pupils won't see the nurse in break time"
    assert as_a_part_reads("skipping lunch is their wont") == "skipping lunch is their wont"
