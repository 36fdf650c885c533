"""Trial AG 6 and 9, on the shipped example (telemental health in the pandemic), not the trial's pharmacies.

AG 6: `configs edit C23 --title … --mechanism …` then `configs merge C19 C23` kept C19's machine wording and said
nothing: the person's words were lost. Now a person's wording wins over the machine's; where both were reworded by
people, the target's stays and the words dropped are said, with the `configs edit` that restores them.

AG 9: `configs new` took statements from C1-C3, refine's, and left them "[decided]", so refine never re-formed what
was left. Now what is left stays as pinned as it was: the person decided about the statements moved."""

from __future__ import annotations

import json
import shlex
from contextlib import closing

from cmo.commands.review import open_review


def _active(cmo) -> list[dict]:
    return [c for c in cmo.json("configs", "list") if not c.get("retired")]


def _told(cmo) -> list[str]:
    with closing(open_review(cmo.folder).store) as store:
        return store.last_recorded("merge", "wording") or []


def test_a_merge_keeps_the_words_a_person_wrote_on_the_configuration_merged_away(unsent):
    target, other = (c["id"] for c in _active(unsent)[:2])
    machine_context = unsent.json("configs", "show", other)["context"]
    unsent("configs", "edit", other, "--title", "Video calls feel safer", "--mechanism", "they can end the call at once")
    said = unsent("configs", "merge", target, other).stderr
    assert f"{target} takes the wording a person wrote on {other}" in said  # said on screen, not only in the history
    merged = unsent.json("configs", "show", target)
    assert (merged["title"], merged["mechanism"]) == ("Video calls feel safer", "they can end the call at once")
    assert merged["context"] == machine_context  # the wording is taken whole from the one a person reworded
    with closing(open_review(unsent.folder).store) as store:
        assert {"title", "mechanism"} <= set(store.configuration(target).edited)  # still a person's: refine keeps it
    assert _told(unsent) == [
        f"{target} takes the wording a person wrote on {other} (title and mechanism); {target}'s own, the machine's, is dropped"
    ]


def test_where_both_were_reworded_the_target_keeps_its_own_and_the_dropped_words_are_said_with_their_edit(unsent):
    target, other, third = (c["id"] for c in _active(unsent)[:3])
    unsent("configs", "edit", target, "--title", "Remote sessions need a quiet room")
    unsent("configs", "edit", other, "--outcome", 'they say "I can\'t talk now" and hang up')
    unsent("configs", "merge", target, other, third)  # the third, the machine's, loses its words unsaid
    assert unsent.json("configs", "show", target)["title"] == "Remote sessions need a quiet room"
    told = _told(unsent)
    assert len(told) == 1 and told[0].startswith(f"{other}'s outcome (a person wrote it) is dropped: {target} keeps its own")
    restore = told[0].split("'cmo ", 1)[1].rsplit("' restores it", 1)[0]
    unsent(*shlex.split(restore))  # the command said restores the words as written
    assert unsent.json("configs", "show", target)["outcome"] == 'they say "I can\'t talk now" and hang up'


def test_a_merge_of_machine_wordings_says_nothing_of_words(unsent):
    target, other = (c["id"] for c in _active(unsent)[:2])
    before = unsent.json("configs", "show", target)
    unsent("configs", "merge", target, other)
    assert unsent.json("configs", "show", target)["title"] == before["title"]
    assert _told(unsent) == []


def test_configs_new_leaves_what_remains_of_refines_configurations_unpinned(unsent):
    held = [c for c in _active(unsent) if len(c["statements"]) >= 2]
    machine, person = held[0], held[1]
    unsent("configs", "edit", person["id"], "--title", "Staff keep in touch by text")  # a person's: pinned before
    result = unsent("configs", "new", "--statements", f"{machine['statements'][0]},{person['statements'][0]}")
    made = result.stdout.split()[1]
    shown = {c["id"]: c for c in _active(unsent)}
    assert shown[machine["id"]]["pinned"] is False  # nobody decided about what is left: refine may re-form it
    assert shown[person["id"]]["pinned"] is True
    assert shown[made]["pinned"] is True
    listing = unsent("configs", "list").stdout
    first_line = {line.split()[0]: line for line in listing.splitlines() if line[:1] == "C"}
    assert "[decided]" not in first_line[machine["id"]]
    assert "[decided]" in first_line[person["id"]] and "[decided]" in first_line[made]
    unsent("refine")
    assert unsent.json("configs", "show", made)["statements"] == sorted(
        [machine["statements"][0], person["statements"][0]], key=lambda s: int(s[1:])
    )
    assert json.dumps(unsent.json("configs", "show", person["id"])["title"]) == json.dumps("Staff keep in touch by text")
