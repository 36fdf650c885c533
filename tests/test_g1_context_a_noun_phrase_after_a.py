"""Helper G1: "Where schools without a staff champion for the scheme, …": "champion" after "a staff" was read as the
context's verb, so the context was framed as a statement. A base form after a short noun phrase that "a", "an", "each"
or "every" opens, of a verb that always takes an object, right before a preposition (no object), is no finite verb: a
noun of that phrase."""

from cmo.synthesis.wording import cmo_segments


def cmo_sentence(context: str, mechanism: str, outcome: str) -> str:
    return "".join(segment.text for segment in cmo_segments(context, mechanism, outcome))


def test_a_noun_after_a_and_a_noun_is_no_verb():
    said = cmo_sentence("schools without a staff champion for the scheme", "teachers feel unsupported", "the scheme lapses")
    assert said.startswith("In schools without a staff champion for the scheme, "), said
    said = cmo_sentence("clubs without a volunteer host for new members", "newcomers feel unwelcome", "they stop coming")
    assert said.startswith("In clubs without a volunteer host for new members, "), said


def test_a_verb_after_people_or_many_is_still_a_verb():
    """Must not fire (other topics): a plural subject's verb, and "a few" counting many, keep their reading."""
    said = cmo_sentence("youth clubs where a few volunteers run every session", "young people feel known", "they keep coming")
    assert said.startswith("In youth clubs where a few volunteers run every session, "), said
    said = cmo_sentence("a nurse lead runs the audit", "staff feel ownership", "audits continue")
    assert said.startswith("Where a nurse lead runs the audit, "), said
    said = cmo_sentence("families with a named nurse visit weekly", "they feel known", "they keep appointments")
    assert said.startswith("Where families with a named nurse visit weekly, "), said  # "visit" may stand alone
