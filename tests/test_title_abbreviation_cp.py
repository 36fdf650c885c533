"""Trial CP: the configuration coded "CHWs given a defined package incl. NCD screening" was titled "CHWs given a
defined package incl" in the pack, the report and the Word table: the full stop of the coder's "incl." was read as
the end of the sentence. A full stop that ends an abbreviation inside a sentence parts no clause; a sentence's own
full stop, after a word or a capitals' short form, still does."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import short_title


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("CHWs given a defined package incl. NCD screening", "CHWs given a defined package incl. NCD screening"),
        (
            "Pharmacists review e.g. statins and anticoagulants at each visit",
            "Pharmacists review e.g. statins and anticoagulants at each visit",
        ),
        ("Costs approx. five dollars a visit so people delay care", "Costs approx. five dollars a visit"),
    ],
)
def test_an_abbreviations_full_stop_does_not_end_the_title(mechanism, title):
    assert short_title(mechanism) == title


def test_a_sentences_full_stop_after_a_capitals_short_form_still_ends_it():
    """Must not fire (another topic: home visits in general practice)."""
    assert short_title("Visits are made by the GP. Patients feel safe at home and keep their appointments") == (
        "Visits are made by the GP"
    )
