"""'helped' before a verb's bare form is a past verb, its context a clause (trial E4, a realist review of diabetes apps
in India): the context 'children helped set up app' was read as a noun phrase, people described by a participle, and
the pack read "For children helped set up app, someone to turn to when stuck means that they used the app longer", as if
the finding were about the children. "help" takes a verb's bare form with no object between ("helped set up",
"helped plan meals"); a participle describing its noun never does, and takes "by", "with", "into", "back"… after it,
which stay noun phrases. Other examples are about housing, employment and schools."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence, is_clause


@pytest.mark.parametrize(
    "context",
    ["children helped set up app", "peers helped plan meals for the week", "volunteers helped move furniture into the flat"],
)
def test_helped_before_a_bare_verb_is_a_clause(context):
    assert is_clause(context)


def test_the_sentence_opens_the_clause_with_where():
    sentence = cmo_sentence("children helped set up app", "someone to turn to when stuck", "used the app longer")
    assert sentence.startswith("Where children helped set up app, ")


@pytest.mark.parametrize(
    "context",
    [
        "families helped by housing volunteers",
        "people helped into work after long sickness",
        "people helped back to work",
        "tenants helped home from hospital",
        "pupils helped with reading",
    ],
)
def test_a_participle_describing_people_stays_a_noun_phrase(context):
    assert not is_clause(context)
    assert cmo_sentence(context, "they feel supported", "they stay longer").startswith("For ")
