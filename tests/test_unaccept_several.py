"""Trial DA: `round close --check` asked to unaccept C1 and C4 before rewording them; `cmo configs unaccept C1 C4` was
refused ("Got unexpected extra argument (C4)") where `configs accept C1 C4` takes both. Several are unaccepted in one
transaction, one decision each; an unknown id, or one not accepted, changes nothing (tested on a review of home
visiting, another topic)."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

ROWS = [
    ("visit2019", "mothers of newborns in deprived areas", "a named health visitor builds trust", "more mothers keep visits"),
    ("visit2021", "first-time fathers at home", "the visitor speaks to fathers directly", "fathers take part in care"),
]


def _accepted(review):
    listed = cmo_run("configs", "list", "--json", cwd=review)
    return {c["id"]: c["accepted"] for c in json.loads(listed.stdout)}


def test_several_configurations_are_unaccepted_at_once(tmp_path):
    review = review_from_rows(tmp_path, ROWS, appraised=True)
    for sid in ("S1", "S2"):
        made = cmo_run("configs", "new", "--statements", sid, "--by", "RT", cwd=review)
        assert made.returncode in (0, 1), made.stderr
    ids = sorted(_accepted(review))
    assert cmo_run("configs", "accept", *ids, "--by", "RT", cwd=review).returncode == 0
    done = cmo_run("configs", "unaccept", *ids, "--by", "RT", cwd=review)
    assert done.returncode == 0, done.stderr
    assert f"{', '.join(ids)} are no longer accepted" in done.stdout
    assert not any(_accepted(review).values())


def test_one_not_accepted_or_unknown_changes_nothing(tmp_path):
    review = review_from_rows(tmp_path, ROWS, appraised=True)
    for sid in ("S1", "S2"):
        assert cmo_run("configs", "new", "--statements", sid, "--by", "RT", cwd=review).returncode in (0, 1)
    first, second = sorted(_accepted(review))
    assert cmo_run("configs", "accept", first, "--by", "RT", cwd=review).returncode == 0
    refused = cmo_run("configs", "unaccept", first, second, "--by", "RT", cwd=review)
    assert refused.returncode == 2
    assert f"{second} is not accepted" in refused.stderr
    unknown = cmo_run("configs", "unaccept", first, "C99", "--by", "RT", cwd=review)
    assert unknown.returncode == 2
    assert _accepted(review)[first] is True
