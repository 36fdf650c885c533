"""Trials CY and CU: "HP recommendation legitimises taking part" went to a group of older people with no word from
`round close --check` (the dictionary lists 'HP', for horsepower), and a respondent asked "And what's HP?"; "TIC not
used on units" (trauma-informed care) likewise ('tic' is a word). Where the review's own texts spell an initialism out
("a health professional's recommendation" in the coded quote) as other words than WordNet gives for it, a reader knows
it for something else: it is named. Must not fire: "GP" beside "general practice", "UK" beside "United Kingdom",
"HIV" beside "human immunodeficiency virus", and initialisms the texts never spell out ("COVID", "GP" alone; not "HP",
which WordNet knows only as horsepower: tests/test_n3_initialisms_read_otherwise.py)."""

from __future__ import annotations

import csv

from sheet_reviews import cmo_run

from cmo.synthesis.shorthand import shorthand_by_word


def test_an_initialism_spelt_out_as_other_words_than_readers_know_is_named():
    texts = [("C8", "HP recommendation legitimises taking part"), ("C3", "TIC not used on units")]
    spelt = ["a health professional's recommendation", "trauma-informed care was not used on the units"]
    assert shorthand_by_word(texts, spelt) == {"HP": ["C8"], "TIC": ["C3"]}


def test_an_initialism_spelt_out_as_wordnet_spells_it_is_not_named():
    texts = [("C1", "referral by GP in UK clinics; HIV testing offered; COVID lockdown")]
    spelt = ["general practice staff", "across the United Kingdom", "human immunodeficiency virus", "usual services"]
    assert shorthand_by_word(texts, spelt) == {}


def test_words_cut_short_spell_no_initialism_out():
    """Helper E3: "the nurse guides pts to the clinic" was taken for a spelling out of "GP" (its initials G and P), and
    "GPs" named as a short form readers do not know. A phrase holding a short form ("pts") spells nothing out; one in
    full words still does. On school nursing."""
    texts = [("C1", "GPs refer pupils to school nurses"), ("C2", "the school nurse guides pts to the clinic")]
    assert shorthand_by_word(texts) == {"pts": ["C2"]}
    spelt = ["a health professional's recommendation"]
    assert shorthand_by_word([("C3", "HP advice helps pupils")], spelt) == {"HP": ["C3"]}


def test_an_initialism_never_spelt_out_is_read_as_before():
    assert shorthand_by_word([("C1", "ICU nurses recommend taking part")]) == {}
    # "HP" never spelt out is named too, by what WordNet knows it as alone (test_n3_initialisms_read_otherwise)


def _review(tmp_path, quote: str):
    """Two included articles, each coded "HP recommendation legitimises taking part" with `quote` as its quote."""
    entry = (
        "@article{{{key},\n  title = {{Study {key}}},\n  author = {{Author, A.}},\n  journal = {{J}},\n  year = {{2021}}\n}}\n"
    )
    (tmp_path / "refs.bib").write_text("".join(entry.format(key=key) for key in ("bunn2008", "dickinson2011")), encoding="utf-8")
    with open(tmp_path / "coding.csv", "w", newline="", encoding="utf-8") as sheet:
        writer = csv.writer(sheet)
        writer.writerow(["source", "context", "mechanism", "outcome", "quote", "coder"])
        for key in ("bunn2008", "dickinson2011"):
            writer.writerow(
                [key, "older people offered falls classes", "HP recommendation legitimises taking part", "uptake", quote, "RM"]
            )
    assert cmo_run("init", "rev", cwd=tmp_path).returncode == 0
    review = tmp_path / "rev"
    assert cmo_run("ingest", "../refs.bib", cwd=review).returncode in (0, 1)
    assert cmo_run("select", "include", "bunn2008", "dickinson2011", "--by", "RM", cwd=review).returncode in (0, 1)
    assert cmo_run("code", "import", "../coding.csv", "--by", "RM", cwd=review).returncode in (0, 1)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RM", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert checked.returncode in (0, 1), checked.stderr
    return checked.stderr


def test_round_close_check_names_an_initialism_the_quotes_spell_out(tmp_path):
    assert "'HP'" in _review(tmp_path, "a health professional's recommendation"), _review


def test_round_close_check_names_it_where_nothing_spells_it_out_too(tmp_path):
    """Since N3: WordNet knows 'HP' in capitals only as horsepower, which no coder means (initialisms_read_otherwise)."""
    assert "'HP'" in _review(tmp_path, "a recommendation to take part")
