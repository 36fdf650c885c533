"""A name at the start of an element keeps its capital wherever cmo words a configuration (trial J: the CLI printed
"In hmong families…" while the pack kept "Hmong"). One rule: a word the English lexicon knows only as a proper noun
(`wording.is_proper_noun`) is a name; a common word at a sentence's start ("Patients", "Trust") is not."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import _lower_first, cmo_sentence, is_proper_noun


@pytest.mark.parametrize("word", ["Hmong", "Somalis", "Māori", "Latino", "Ramadan", "Ontario", "Asian", "Glasgow,"])
def test_a_word_the_lexicon_knows_only_as_a_proper_noun_is_a_name(word):
    assert is_proper_noun(word)
    assert _lower_first(f"{word} families in the study") == f"{word} families in the study"


@pytest.mark.parametrize("word", ["Patients", "Nurses", "Trust", "Rose", "Black", "Improved", "May", "Carers", "Older"])
def test_a_common_word_or_an_auxiliary_spelt_like_a_name_is_not_one(word):
    assert not is_proper_noun(word)
    assert _lower_first(f"{word} care at home") == f"{word[0].lower()}{word[1:]} care at home"


def test_a_word_the_lexicon_does_not_know_is_lowered_unless_the_statements_capitalise_it_elsewhere():
    assert _lower_first("Pasifika youth") == "pasifika youth"
    assert _lower_first("Pasifika youth", {"Pasifika"}) == "Pasifika youth"


def test_the_sentence_keeps_a_name_that_opens_an_element():
    said = cmo_sentence("Hmong families caring for older relatives", "Somali interpreters explain the plan", "Trust grows")
    assert said.startswith("For Hmong families caring for older relatives, Somali interpreters explain the plan")


def test_the_command_line_keeps_the_name_as_the_pack_does(demo):
    made = demo.json(
        "code",
        "add",
        "--source",
        "arya2021black",
        "--context",
        "Hmong families caring for older relatives",
        "--mechanism",
        "They trust a worker who speaks their language",
        "--outcome",
        "more families take up respite care",
    )["id"]
    config = demo.json("configs", "new", "--statements", made, "--note", "by hand")["id"]
    listed = demo("configs", "list").stdout
    assert "For Hmong families caring for older relatives" in listed and "hmong" not in listed
    assert "Hmong families" in demo("configs", "show", config).stdout
