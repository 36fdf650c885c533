"""Trial BF: a person merged a configuration worded from a null trial ("readmission no worse than hospital care") with
one of three studies that report fewer admissions; the merged configuration kept the null trial's words, and the next
refine listed that very trial as going against it: a configuration worded from its own contradicting evidence, its
undecided members read against the null wording. A configuration is worded from a member on its side: words only a
member counted against it says are stale, and refine words it again from its support. Tested on another topic:
pharmacist medicines reviews for older people."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

NULL = "Hospital admissions did not differ from usual care"
ROWS = [
    ("okoro2019", "Older people on many medicines seen by a community pharmacist", "A structured medicines review", NULL),
    (
        "baines2021",
        "Older people on many medicines whose pharmacist shares the GP record",
        "The pharmacist stops medicines that cause falls",
        "Fewer hospital admissions",
    ),
    (
        "reyes2022",
        "Older people on many medicines whose pharmacist shares the GP record",
        "The pharmacist stops medicines that cause dizziness",
        "Fewer hospital admissions after a fall",
    ),
]


def _cmo(review, *args: str) -> str:
    done = cmo_run(*args, "--by", "RT", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def _merged_then_refined(tmp_path):
    review = review_from_rows(tmp_path, ROWS)
    null = json.loads(_cmo(review, "configs", "new", "--statements", "S1", "--json"))["id"]
    found = json.loads(_cmo(review, "configs", "new", "--statements", "S2,S3", "--json"))["id"]
    _cmo(review, "configs", "merge", null, found, "--note", "one finding on admissions")
    return review, null


def test_refine_words_a_merged_configuration_again_from_its_support_not_its_null_trial(tmp_path):
    review, merged = _merged_then_refined(tmp_path)
    _cmo(review, "refine")
    shown = json.loads(_cmo(review, "configs", "show", merged, "--json"))
    assert shown["contradicting"] == ["S1"]
    assert shown["outcome"] in ("Fewer hospital admissions", "Fewer hospital admissions after a fall")


def test_a_persons_words_stay_though_they_echo_the_member_against_it(tmp_path):
    review, merged = _merged_then_refined(tmp_path)
    words = "Admissions did not differ from usual care in the largest trial"
    _cmo(review, "configs", "edit", merged, "--outcome", words, "--note", "the trial's finding, on purpose")
    _cmo(review, "refine")
    assert json.loads(_cmo(review, "configs", "show", merged, "--json"))["outcome"] == words
