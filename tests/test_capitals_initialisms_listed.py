"""A list of initialisms parted by commas is no shouted phrase (trial E2, a realist review of antibiotic prescribing in
nursing homes in four countries): the context 'frail older adults in homes in NO, PL, SE and NL' was read as words
typed in capitals, and Norway's code, being also an English word, was lowered: the pack and the report read "homes in
no, PL, SE and NL". A run of capitals whose words are parted by commas and are mostly initialisms is kept as written;
shouted words, listed or not, are lowered as before. Other examples are about buses, schools and registries."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import capitals_as_words, cmo_sentence


@pytest.mark.parametrize(
    "text",
    [
        "frail older adults in homes in NO, PL, SE and NL",
        "bus operators in the US, UK, IT and NO",
        "school registries in NO, SE, DK",
    ],
)
def test_a_list_of_initialisms_is_kept_as_written(text):
    assert capitals_as_words(text) == text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("BUS DRIVERS FEEL RUSHED", "Bus drivers feel rushed"),
        ("NHS STAFF FEEL RUSHED", "NHS staff feel rushed"),
        ("TEACHERS, PARENTS, GP", "Teachers, parents, GP"),  # a shouted list of words
        ("ANC AND PNC VISITS", "ANC and PNC visits"),  # no commas: a phrase, as before
    ],
)
def test_shouted_words_are_lowered_as_before(text, read):
    assert capitals_as_words(text) == read


def test_the_sentence_keeps_the_countrys_code():
    sentence = cmo_sentence("school registries in NO, SE and DK", "heads compare their results", "fewer exclusions")
    assert "NO, SE and DK" in sentence
