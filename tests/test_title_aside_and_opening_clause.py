"""Titles cut where a clause does not end (trial E2, a realist review of antibiotic prescribing in nursing homes):

- A mechanism with an aside in brackets inside its clause ("nurses read a change in condition (confusion, falls) as a
  UTI") was titled "Nurses read a change in condition": the aside's bracket and comma were read as the clause's end,
  and the title said something else than the finding. An aside whose clause goes on after it ends nothing.
- A mechanism that opens with a clause setting the scene ("when the GP explains the harms of abx, families accept
  waiting") was titled by that clause alone, "When the GP explains the harms of abx", which says when, not what happens.

Sentences are about schools, buses and a library, not the trial's topic; the words of the trial are in one test."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import short_title, title_for


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("teachers misread a pupil's silence (shyness, fatigue) as defiance",) * 2,
        ("nurses read a change in condition (confusion, falls) as a UTI",) * 2,
    ],
)
def test_an_aside_inside_the_clause_is_no_end_of_it(mechanism, title):
    assert short_title(mechanism) == title[:1].upper() + title[1:]


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("if the bus is late, commuters drive to work instead",) * 2,
        ("when the GP explains the harms of abx, families accept waiting",) * 2,
    ],
)
def test_a_clause_that_sets_the_scene_is_not_the_title_alone(mechanism, title):
    assert short_title(mechanism) == title[:1].upper() + title[1:]


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        # an aside that ends its clause still ends it; so does the main clause that comes first
        (
            "staff feel rushed (no time), patients wait longer and complain to the ward manager about it",
            "Staff feel rushed (no time), patients wait longer and complain to the ward manager",
        ),
        ("readers borrow more books, because the library opens on Sundays and lends e-books too", "Readers borrow more books"),
    ],
)
def test_a_clause_that_ends_is_cut_as_before(mechanism, title):
    assert short_title(mechanism) == title


def test_the_configurations_title_keeps_what_the_aside_qualifies():
    mechanism = "teachers misread a pupil's silence (shyness, fatigue) as defiance"
    title = title_for("pupils in large classes", mechanism, "more detentions")
    assert "as defiance" in title
