"""Trial CW: a configuration of three sources (two US interview studies, one UK study) went to the reference group as
"For elderly pts starting HD in UK (Birmingham), …", one study's city read as the synthesis, and `round close --check`
said nothing: the opening bracket hid the capital, so 'Birmingham' was no name. A capitalised word opening a bracket is
a name where the lexicon knows it only as one; a word that opens a bracket as a sentence does ('(See table 2)',
'(Partly)') is not. Tested on social prescribing, one of the must-not-fire cases on the same review."""

from __future__ import annotations

from test_round_close_names import _review

from cmo.synthesis.wording import capitalised_names


def test_a_place_in_brackets_only_one_study_names_is_said_at_round_close_check(cmo, tmp_path):
    _review(cmo, tmp_path, "Older people seen in general practice (Newcastle)", "Older people in general practice")
    config = cmo.json("configs", "list")[0]
    assert "(Newcastle)" in config["context"]  # worded from the member that says the most
    said = cmo("round", "close", "--check", code=1).stderr
    assert f"{config['id']} goes to the group in one of its 2 sources' words, naming 'Newcastle'" in said


def test_a_bracket_opening_as_a_sentence_names_nothing(cmo, tmp_path):
    """Must not fire: '(See table 2)' and '(Partly)' are no names; a bracketed place both sources say is shared."""
    assert capitalised_names(("older people in year 7 (See table 2) who join (Partly) a group",)) == set()
    _review(cmo, tmp_path, "Older people in general practice (See appendix)", "Older people in general practice")
    assert "goes to the group" not in cmo("round", "close", "--check").stderr


def test_a_bracketed_place_every_source_says_is_not_named(cmo, tmp_path):
    _review(cmo, tmp_path, "Older people in general practice (Newcastle)", "Older people in Newcastle general practices")
    assert "goes to the group" not in cmo("round", "close", "--check").stderr
