"""`round close --check` names a configuration worded in words no statement of it says any more (re-check RF 4: after
`configs split`, round 2's pack carried the old context and mechanism, said by refine but not by the check)."""

from __future__ import annotations


def test_a_configuration_split_from_the_statement_it_was_worded_from_is_named_before_the_round_closes(demo):
    config = demo.json("configs", "show", "C3")
    worded_from = next(sid for sid in config["statements"] if demo.json("code", "show", sid)["context"] == config["context"])
    demo("configs", "split", "C3", "--statements", worded_from)
    said = demo("round", "close", "--check", code=None).stderr
    assert "C3 is worded in words no statement on its side says (its context, mechanism and outcome)" in said
    assert "'cmo configs edit C3 --context" in said


def test_a_configuration_whose_members_say_its_words_is_not_named(demo):
    config = demo.json("configs", "show", "C3")
    other = next(sid for sid in config["statements"] if demo.json("code", "show", sid)["context"] != config["context"])
    demo("configs", "split", "C3", "--statements", other)
    said = demo("round", "close", "--check", code=None).stderr
    assert "C3 is worded in words no statement" not in said
