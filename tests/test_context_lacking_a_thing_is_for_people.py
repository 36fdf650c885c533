"""Trial DA (online STI testing for young people): the round 2 pack read "Where young people without a private address
or phone of their own (in care, sofa-surfing, sharing a phone), they cant get kit …": the noun after "without a private"
("address", a verb too) was taken for the context's verb, so the people lacking something were worded as a clause. A
noun that a preposition's article or possessive opens, with only adjectives between, is what the people have or lack:
the context is for them. Must not fire where a verb follows that noun (another topic: home visiting, housing)."""

from cmo.synthesis.wording import cmo_sentence


def _sentence(context):
    return cmo_sentence(context, "they cannot get the kit privately", "they do not use the service")


def test_people_without_an_adjective_and_noun_are_whom_it_is_for():
    assert _sentence("Young people without a private address or phone of their own").startswith(
        "For young people without a private address or phone of their own,"
    )
    assert _sentence("young people without a private address or phone (in care, sofa-surfing)").startswith("For young people")


def test_a_clause_after_the_noun_is_still_a_clause():
    # home visiting and housing: the verb after the preposition's object is the clause's own
    assert _sentence("families with a named nurse visit weekly").startswith("Where families with a named nurse visit weekly,")
    assert _sentence("the housing office has a private room").startswith("Where the housing office has a private room,")
