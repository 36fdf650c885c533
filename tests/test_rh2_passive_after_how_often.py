"""Re-check RH2 (int after trials DA, DB, DD): a passive whose "by" comes after words saying how often or when, or a
short phrase, is what was done to the people, not their act. Trial DB kept "families welcomed 24/7 as partners" and
trial DD "COs trained … and supervised by MO" as written; "mothers visited weekly by a health visitor" still became
"Mothers visit weekly by a health visitor" (the mothers made the visitors)."""

import pytest

from cmo.synthesis.wording import title_for


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("mothers visited weekly by a health visitor", "Mothers visited weekly by a health visitor"),
        ("staff trained in 2019 by the charity", "Staff trained in 2019 by the charity"),
        ("families visited at home by a midwife", "Families visited at home by a midwife"),
    ],
)
def test_a_passive_with_how_often_or_a_phrase_before_by_is_told_as_written(mechanism, title):
    assert title_for("new parents in rural areas", mechanism, "more breastfeeding at six weeks") == title


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        # an object comes first: the people's own act, put in the present as before (a housing and school topic)
        ("tenancy officers visited tenants at home by car", "Tenancy officers visit tenants at home by car"),
        ("teachers phoned parents weekly", "Teachers phone parents weekly"),
        ("volunteers visited weekly and talked with residents", "Volunteers visit weekly and talk with residents"),
    ],
)
def test_an_active_clause_is_still_told_in_the_present(mechanism, title):
    assert title_for("social housing estates", mechanism, "fewer evictions") == title


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("carers welcomed and treated as partners", "Carers welcomed and treated as partners"),
        ("new pupils greeted and treated as equals", "New pupils greeted and treated as equals"),
    ],
)
def test_a_role_given_after_two_joined_past_forms_is_told_as_written(mechanism, title):
    """Trial DB kept "families welcomed 24/7 as partners" as written; with a second past form joined by "and" the role
    was still read as the people's act ("Carers welcome and treat as partners")."""
    assert title_for("acute hospital wards", mechanism, "fewer complaints") == title


def test_two_joined_verbs_with_an_object_are_still_told_in_the_present():
    assert title_for("secondary schools", "teachers planned and taught lessons together", "better results") == (
        "Teachers plan and teach lessons together"
    )
