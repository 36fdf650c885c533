"""A configuration split off by hand and worded from a null finding ("little or no difference in reading scores") never
lists as contradicting it a member that finds the same null ("no difference in reading scores"), a flag that member
carried from the configuration it left, where the others said the change came (helper H0: a split of a hospital at home
review's mortality findings listed one of its two agreeing trials as against it, the reduced-mortality meta-analysis as
undecided, until the next refine turned both round)."""

from __future__ import annotations

import json
from pathlib import Path

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import compares_null, says_as_worded

# Another topic: breakfast clubs in primary schools.
ROWS = [
    ("ahmed2019", "primary schools in deprived areas", "a free breakfast removes the stigma of hunger", "better attendance"),
    ("bryce2020", "primary schools in deprived areas", "a free breakfast for every pupil removes stigma", "attendance improved"),
    (
        "crane2021",
        "primary schools running breakfast clubs",
        "pupils eat a breakfast at school",
        "no difference in reading scores at 12 months",
    ),
    (
        "dunn2022",
        "primary schools running breakfast clubs",
        "pupils eat breakfast at school",
        "little or no difference in reading scores at twelve months",
    ),
    ("elms2018", "breakfast clubs in primary schools", "pupils concentrate better after eating", "improved reading scores"),
]


def _config(review: Path, cid: str) -> dict:
    done = cmo_run("configs", "show", cid, "--json", cwd=review)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_split_worded_from_a_null_never_lists_the_same_null_against_it(tmp_path: Path):
    review = review_from_rows(tmp_path, ROWS)
    made = cmo_run("configs", "new", "--statements", "S1,S2,S3,S4,S5", "--by", "RT", "--json", cwd=review)
    assert made.returncode == 0, made.stderr
    whole = json.loads(made.stdout)["id"]
    assert {"S3", "S4"} <= set(_config(review, whole)["contradicting"])  # nulls against the attendance finding
    split = cmo_run("configs", "split", whole, "--statements", "S3,S4,S5", "--by", "RT", cwd=review)
    assert split.returncode == 0, split.stderr
    new = next(c for c in json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout) if "S5" in c["statements"])
    assert compares_null(new["outcome"])  # worded from a null member, the two nulls being the most central
    assert not {"S3", "S4"} & set(new["contradicting"])


def test_a_null_still_goes_against_a_configuration_worded_as_a_change_that_came():
    """Not over-firing: a null beside a configuration that says the change came is no agreement with it."""
    assert not says_as_worded("no difference in reading scores at 12 months", "improved reading scores")
    assert not says_as_worded("improved reading scores", "no difference in reading scores")
    assert says_as_worded("no difference in reading scores at 12 months", "little or no difference in reading scores")
