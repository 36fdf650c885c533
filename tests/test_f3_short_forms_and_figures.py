"""Helper F3: faults in what `round close --check` says of short forms and one study's words.

"ED" passed the short-forms check where nothing spelt it out: its capitals were read as the dictionary's clipping "ed"
(education), a shortening itself. "HF/COPD" named 'HF' alone ('COPD' after a slash was never read), and the one-study
check named 'HF/COPD' as a place only one source says, as "patients with" were words of place before it."""

from __future__ import annotations

import pytest

from cmo.synthesis.shorthand import is_shorthand, shorthand_in


@pytest.mark.parametrize("word", ["ED", "EDs", "MED"])
def test_capitals_are_no_clipping_of_a_lower_case_word(word):
    """Fails on the old code: 'ED' and 'EDs' passed as the dictionary's "ed"."""
    assert is_shorthand(word)


@pytest.mark.parametrize("word", ["GP", "GPs", "CT", "ICU", "HIV", "UK", "US", "AIDS", "DNA", "TV", "ed", "app", "vs"])
def test_initialisms_a_reader_knows_still_pass(word):
    """Must not fire: capitals a common dictionary lists so ("GP", "CT"), or WordNet knows as a word ("HIV"), and
    lower-case words."""
    assert not is_shorthand(word)


def test_both_sides_of_a_slash_before_a_longer_word_are_read():
    """Fails on the old code: only 'HF' of "HF/COPD" was named."""
    assert shorthand_in("patients with HF/COPD discharged home") == ["HF", "COPD"]


@pytest.mark.parametrize(
    ("text", "named"),
    [("visits w/o a carer", ["w/o"]), ("ward/ICU staff", []), ("an and/or choice", []), ("b/c of cost", ["b/c"])],
)
def test_slashed_pairs_read_as_before(text, named):
    """Must not fire: a letter or two each side of a slash is one short form, and a word before a slash is a word."""
    assert shorthand_in(text) == named


def test_an_acronym_after_with_is_no_one_study_s_place():
    """Fails on the old code: 'HF/COPD' of "patients with HF/COPD" was named as a place only one source says. Must not
    fire: an acronym heading a phrase of place one source alone says is still named ("In rural SC"), on another topic."""
    from cmo.commands.rounds import _one_study_s_words

    nothing = (lambda name: False, lambda term: False)
    texts = ["patients with HF/COPD nurses call weekly fewer admissions", "patients at home nurses call weekly"]
    named = _one_study_s_words("patients with HF/COPD", texts, " ".join(texts), nothing, True, True, texts)
    assert named == []
    texts = ["rural SC pts recently discharged", "older people discharged home alone"]
    named = _one_study_s_words("rural SC, people recently discharged", texts, " ".join(texts), nothing, True, True, texts)
    assert named == ["SC"]


@pytest.mark.parametrize(
    "worded", ["911 dispatch sends paramedics to low acuity calls", "the 111 service was busy", "fewer 911 dispatch"]
)
def test_a_number_before_the_one_service_it_names_is_no_study_s_figure(worded):
    """Fails on the old code: '911' of "911 dispatch sends paramedics…" was named as one study's figure, though "NHS
    111" and "calling 999" were not: a number before a singular noun with no noun after it names that thing."""
    from cmo.commands.rounds import _one_source_s_figures

    assert _one_source_s_figures(worded, [worded, "older people who fall at home"]) == set()


@pytest.mark.parametrize(
    ("worded", "figure"),
    [
        ("911 calls fell", "911"),  # a count takes a plural
        ("120 patients seen in clinic", "120"),
        ("500 staff attend training", "500"),  # a plural without "s"
        ("a 100 bed hospital", "100"),  # a measure of the noun after it
        ("a 250 dose batch", "250"),
        ("2019 dispatch reforms", "2019"),  # a year
    ],
)
def test_counts_measures_and_years_are_still_one_study_s(worded, figure):
    """Must not fire, on other topics: counts, measures and years one source gives are still its own."""
    from cmo.commands.rounds import _one_source_s_figures

    assert figure in "".join(_one_source_s_figures(worded, [worded, "older people who fall at home"]))
