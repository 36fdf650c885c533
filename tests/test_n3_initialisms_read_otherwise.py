"""Re-checks M1, RH1, CY: "PA benefit faded by 24 months" (physical activity), "HP recommendation legitimises taking
part" (health professional) and "HF" (heart failure) went to a lay group unnamed where nothing in the review spelt them
out: WordNet writes them in capitals, so they passed as initialisms everyone reads, but only as a place that is no
country (Pennsylvania), a unit or a measure (horsepower, high frequency), which no coder means. Such an initialism
(`lexicon.initialisms_read_otherwise`, built from WordNet) is named by `round close --check`, its plural too. Must not
fire: initialisms WordNet has for a person, a unit of a hospital, a condition or a country ("GP", "ICU", "HIV", "UK",
"US"), ones no list holds that readers know ("COVID"), function words in capitals ("IN", "ME"), Roman numerals.

Re-check RH2: 'iPad' was named as a short form: one small letter before a capitalised English word ("iPad", "eBay") is a
brand made of a word, not a coder's initialism ("HaH", "DfE", "eGFR" stay named). 'A&E' stays named (README: readers
outside the UK and Ireland do not know it; `A&E: A&E` in review.yaml says it is known as it is)."""

from __future__ import annotations

import csv

import pytest
from sheet_reviews import cmo_run

from cmo.synthesis.lexicon import initialisms_read_otherwise
from cmo.synthesis.shorthand import is_shorthand, shorthand_by_word


def test_the_list_holds_places_and_units_only():
    assert {"PA", "HP", "HF", "CA"} <= initialisms_read_otherwise()
    assert not {"GP", "ICU", "HIV", "UK", "US", "MS", "MD", "CT", "ED", "TV", "OK", "II", "XIV"} & initialisms_read_otherwise()


@pytest.mark.parametrize("word", ["PA", "HP", "HF", "PAs", "HPs", "eGFR", "HaH", "DfE", "A&E"])
def test_named(word):
    assert is_shorthand(word)


@pytest.mark.parametrize("word", ["GP", "GPs", "ICU", "HIV", "UK", "US", "COVID", "IN", "ME", "II", "iPad", "eBay", "PhD", "pa"])
def test_not_named(word):
    assert not is_shorthand(word)


def test_in_configurations_on_two_topics():
    texts = [
        ("C14", "PA benefit faded by 24 months"),  # falls prevention
        ("C3", "HF nurse visits at home after discharge"),  # heart failure
        ("C5", "residents use an iPad to call family; GP and ICU staff agree; type II diabetes"),
    ]
    assert shorthand_by_word(texts) == {"PA": ["C14"], "HF": ["C3"]}


def test_round_close_check_names_pa_in_a_falls_review(tmp_path):
    entry = (
        "@article{{{key},\n  title = {{Study {key}}},\n  author = {{Author, A.}},\n  journal = {{J}},\n  year = {{2019}}\n}}\n"
    )
    keys = ("sherrington2019", "finnegan2019")
    (tmp_path / "refs.bib").write_text("".join(entry.format(key=key) for key in keys), encoding="utf-8")
    with open(tmp_path / "coding.csv", "w", newline="", encoding="utf-8") as sheet:
        writer = csv.writer(sheet)
        writer.writerow(["source", "context", "mechanism", "outcome", "quote", "coder"])
        for key in ("sherrington2019", "finnegan2019"):
            writer.writerow([key, "older people after a fall", "GP refers to a class", "PA benefit faded by 24 months", "", "RM"])
    assert cmo_run("init", "rev", cwd=tmp_path).returncode == 0
    review = tmp_path / "rev"
    assert cmo_run("ingest", "../refs.bib", cwd=review).returncode in (0, 1)
    assert cmo_run("select", "include", "sherrington2019", "finnegan2019", "--by", "RM", cwd=review).returncode in (0, 1)
    assert cmo_run("code", "import", "../coding.csv", "--by", "RM", cwd=review).returncode in (0, 1)
    assert cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RM", cwd=review).returncode in (0, 1)
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert checked.returncode == 1, checked.stderr
    assert "'PA'" in checked.stderr and "'GP'" not in checked.stderr, checked.stderr
