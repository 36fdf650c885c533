"""Helper LZ (CU): the mechanism "youth learned the FREEDOM steps" was titled "Youth learns the FREEDOM steps": "youth",
young people taken collectively, was made one. A noun WordNet glosses as people collectively (english/collective_people.txt,
built by scripts/build_collective_people.py) keeps the coder's tense in a title. Must not fire on one person, a compound
whose head is another noun ("youth worker"), or a plural; tested on care of older people and school nursing too."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmo.synthesis.wording import title_for

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("youth learned the FREEDOM steps", "Youth learned the FREEDOM steps"),
        ("the elderly valued the weekly visits", "The elderly valued the weekly visits"),
    ],
)
def test_people_taken_collectively_keep_the_coders_tense(mechanism, title):
    assert title_for("In young offender institutions", mechanism, "fewer incidents") == title


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("the school nurse learned the new protocol", "The school nurse learns the new protocol"),
        ("the youth worker learned the steps", "The youth worker learns the steps"),
        ("staff learned the new protocol", "Staff learn the new protocol"),
    ],
)
def test_one_person_or_a_plural_is_still_told_in_the_present(mechanism, title):
    assert title_for("In secondary schools", mechanism, "fewer exclusions") == title


def test_the_collective_nouns_are_what_their_script_writes():
    text = (REPO / "cmo" / "synthesis" / "english" / "collective_people.txt").read_text(encoding="utf-8")
    assert text.startswith("# Built by scripts/build_collective_people.py from WordNet 3.0")
    assert "youth" in text.split() and "team" not in text.split()
