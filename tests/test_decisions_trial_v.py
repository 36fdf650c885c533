"""Trial V: a delete never rewords what the reference group rated, and a person's mark follows its statement.

Each test runs the shipped example review (round 1 closed: C1 was sent to the group, worded from S3; C6 holds S11 to
S33) as a user types it.
"""

from __future__ import annotations


def _show(cmo, config_id: str) -> dict:
    return cmo.json("configs", "show", config_id)


def test_deleting_the_statement_a_consulted_configuration_is_worded_from_keeps_its_words(demo):
    """Deleting S49 reworded C2, which round 1 had sent to the group ("5 agree" now sat under new words); its words
    stay, and the decision records that they come from a statement now deleted."""
    before = _show(demo, "C1")
    said = demo("code", "delete", "S3", "--note", "coded twice").stderr
    assert "C1 is worded from S3, now deleted: its words stay until you reword it" in said  # on screen, not only kept
    after = _show(demo, "C1")
    assert after["statements"] == ["S4"]
    assert {k: after[k] for k in ("title", "context", "mechanism", "outcome")} == {
        k: before[k] for k in ("title", "context", "mechanism", "outcome")
    }
    deleted = [d for d in demo.json("history", "C1") if d["action"] == "code-delete"][-1]
    assert any("worded from S3, now deleted: its words stay" in line for line in deleted["after"]["wording"])


def test_a_rewording_a_delete_does_is_recorded_field_by_field(unsent):
    """Before any round, deleting the statement a configuration is worded from words it again from its members: the
    history tells each field old -> new (trial V: 'cmo history C2' showed only 'code-delete S49, C2')."""
    before = _show(unsent, "C1")
    unsent("code", "delete", "S3", "--note", "coded twice")
    after = _show(unsent, "C1")
    assert after["mechanism"] != before["mechanism"]
    told = unsent("history", "C1").stdout
    assert f'mechanism: "{before["mechanism"]}" -> "{after["mechanism"]}"' in told


def test_a_persons_mark_follows_its_statement_into_the_configuration_a_split_makes(demo):
    """S43 was marked as supporting C5 and split off into C26; the mark stayed on C5, so refine read S43 as against
    C26 and reworded its evidence. The mark now counts for C26, and refine leaves C26 as the person made it."""
    demo("code", "mark", "S11", "--supporting", "C6")
    made = demo.json("configs", "split", "C6", "--statements", "S11,S12")["id"]
    assert demo.json("code", "show", "S11")["stance"] == {made: "supporting"}
    split = [d for d in demo.json("history", made) if d["action"] == "split"][-1]
    assert split["after"]["marks"] == {"carried": {"S11": "supporting C6"}}
    demo("refine")
    assert "S11" not in _show(demo, made)["contradicting"]
    assert [d["action"] for d in demo.json("history", made) if d["action"] == "refine" and made in d["targets"]] == []


def test_a_mark_for_a_configuration_merged_away_counts_for_the_one_it_joins(demo):
    """A person's mark is about the statement: merging its configuration into another keeps it, for the one kept."""
    demo("code", "mark", "S17", "--supporting", "C8")
    demo("configs", "merge", "C7", "C8")
    assert demo.json("code", "show", "S17")["stance"] == {"C7": "supporting"}
