"""Helper K7: two context wordings a past session's testers named.

'out-of-hours care' was read as the plural "hours" and its verb "care", so the pack said "Where out-of-hours care,
nurses feel supported, …". A phrase written as one word with hyphens, a preposition or "of"/"to" inside it or opening
it ("out-of-hours", "after-hours", "end-of-life"), describes the noun after it and has no number of its own; a plural
noun joined by a hyphen ("co-workers", "care-givers") is still a plural subject with its verb.

"In attending physician models calling the GP …": a participle after a noun phrase is a reduced relative clause
(models that call the GP), a setting, and the context reads as the coder wrote it, framed by "In" like every setting
("In schools offering breakfast clubs, …"): no rewording into "Where … call …" behind the team's back (they reword it
with `cmo configs edit --context` if they wish). Topics: out-of-hours primary care, school meals, home care."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence

MECHANISM, OUTCOME = "nurses feel supported", "fewer transfers to hospital"


@pytest.mark.parametrize("context", ["out-of-hours care", "Out-of-hours care", "after-hours care for older people"])
def test_a_phrase_hyphenated_before_its_noun_is_a_setting(context):
    """Fails on the old code: 'Where out-of-hours care, nurses feel supported, …'."""
    assert cmo_sentence(context, MECHANISM, OUTCOME).startswith(f"In {context[0].lower()}{context[1:]}, nurses feel supported")


@pytest.mark.parametrize(
    ("context", "opening"),
    [
        ("co-workers support each other", "Where co-workers support each other, "),
        ("care-givers feel alone", "Where care-givers feel alone, "),
        ("out-of-hours GPs call back", "Where out-of-hours GPs call back, "),
    ],
)
def test_a_plural_noun_with_a_hyphen_keeps_its_verb(context, opening):
    """Must not fire: a hyphenated plural noun, or a plural after the hyphenated phrase, is a subject with its verb."""
    assert cmo_sentence(context, MECHANISM, OUTCOME).startswith(opening)


@pytest.mark.parametrize(
    "context",
    [
        "In attending physician models calling the GP out-of-hours",
        "attending physician models calling the GP out-of-hours",
        "schools offering breakfast clubs",
        "home care agencies calling families weekly",
    ],
)
def test_a_reduced_relative_clause_reads_as_written(context):
    """The decision kept: the participle describes the noun before it; the context is the coder's words after "In"."""
    bare = context.removeprefix("In ")
    assert cmo_sentence(context, MECHANISM, OUTCOME) == f"In {bare}, {MECHANISM}, which leads to {OUTCOME}."
