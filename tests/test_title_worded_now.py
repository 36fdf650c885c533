"""A decided configuration keeps the title an earlier cmo worded (helper H5, trials E1, E4: a review refined by an older
version kept "Learning to help a friend does" after upgrading), as refine never rewords a decided configuration behind
the team's back. `configs show` says how cmo words it now and the command that takes it; nothing changes until the
team runs it. Never said of a title a person wrote, of one cmo wrote as it words it now, or of a configuration refine
will word again anyway (not decided)."""

from __future__ import annotations

import json
from contextlib import closing

from sheet_reviews import cmo_run, review_from_rows

from cmo.commands.review import open_review

PEERS = "mental health teams bringing in paid peer support workers"
SAFE = "clear safeguarding arrangements and supervision reassure peers and colleagues"
ROWS = [
    ("ada2019", PEERS, SAFE, "peer roles are introduced safely and sustained"),
    ("bel2020", PEERS, SAFE, "peer roles are introduced safely and kept on"),
]
EARLIER = "Clear safeguarding arrangements and supervision does"


def _as_an_earlier_cmo_titled(review, config_id: str, title: str) -> None:
    with closing(open_review(review).store) as store, store.transaction():
        config = store.configuration(config_id)
        store.put_configurations([config.model_copy(update={"title": title})])


def _show(review, config_id: str) -> tuple[str, dict]:
    said = cmo_run("configs", "show", config_id, cwd=review).stdout
    return said, json.loads(cmo_run("configs", "show", config_id, "--json", cwd=review).stdout)


def test_configs_show_tells_an_earlier_cmo_s_title_of_a_decided_configuration_and_the_command_takes_it(tmp_path):
    """Fails on the old code: nothing said."""
    review = review_from_rows(tmp_path, ROWS)
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    now = _show(review, "C1")[1]["title"]
    assert cmo_run("configs", "accept", "C1", cwd=review).returncode in (0, 1)
    said, shown = _show(review, "C1")
    assert "cmo now words this title" not in said and not shown.get("title_now")  # cmo's own title as it words it now
    _as_an_earlier_cmo_titled(review, "C1", EARLIER)
    said, shown = _show(review, "C1")
    assert shown["title"] == EARLIER and shown["title_now"] == now  # said, not taken
    assert f"cmo now words this title: \u201c{now}\u201d" in said and f"'cmo configs edit C1 --title \"{now}\"'" in said
    assert cmo_run("configs", "edit", "C1", "--title", now, cwd=review).returncode in (0, 1)
    said, shown = _show(review, "C1")
    assert shown["title"] == now and not shown["title_now"] and "cmo now words" not in said


def test_a_person_s_title_or_an_undecided_configuration_s_is_never_told(tmp_path):
    review = review_from_rows(tmp_path, ROWS)
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    _as_an_earlier_cmo_titled(review, "C1", EARLIER)  # not decided: the next refine words it again
    assert not _show(review, "C1")[1].get("title_now")
    assert cmo_run("configs", "edit", "C1", "--title", "Safe peer roles", cwd=review).returncode in (0, 1)
    said, shown = _show(review, "C1")  # a person's title: theirs, whatever cmo would word
    assert shown["title"] == "Safe peer roles" and not shown["title_now"] and "cmo now words" not in said
