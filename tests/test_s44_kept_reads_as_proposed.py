"""Re-check 44 (trials BK C11, BO C3): refine proposed a configuration and left a member whose null result is about
another thing "not yet decided", read against the outcome refine worded it with; after the round closed (the
configuration kept as sent), the next refine, with nothing changed, read it without that outcome and listed it as going
against ("C10 changed: contradicting updated"). A kept configuration's members are read against its outcome as a
proposed one's are, whoever worded it. A school-nursing review, not the trials' topics."""

from sheet_reviews import cmo_run, review_from_rows

DROP_IN = "school nurses run a weekly drop-in at lunchtime; pupils feel safe to talk about worries"
MENTORS = "peer mentors meet first-year students each week; students feel they belong"
VAN = "a van delivers repeat prescriptions; patients keep taking tablets"
ROWS = [
    ("nurse2020", "secondary schools in deprived areas", DROP_IN, "fewer pupils absent for anxiety"),
    ("nurse2020", "secondary schools in deprived areas", DROP_IN, "no significant difference in exam results between schools"),
    (
        "coach2019",
        "sixth-form colleges",
        MENTORS,
        "fewer students leave in the first term",
    ),
    (
        "coach2019",
        "sixth-form colleges",
        MENTORS,
        "more students pass their first-year exams",
    ),
    (
        "clinic2022",
        "rural practices with no pharmacy",
        VAN,
        "blood pressure controlled",
    ),
]


def _against(review, config_id: str) -> str:
    shown = cmo_run("configs", "show", config_id, cwd=review)
    assert shown.returncode == 0, shown.stderr
    return shown.stdout


def test_a_member_left_undecided_stays_so_when_its_configuration_is_kept(tmp_path):
    review = review_from_rows(tmp_path, ROWS)
    first = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert first.returncode in (0, 1), first.stderr
    holding = [line.split()[0] for line in cmo_run("configs", "list", cwd=review).stdout.splitlines() if line[:1] == "C"]
    config = next(c for c in holding if "S1" in _against(review, c) and "S2" in _against(review, c))
    assert "S2 (not yet decided)" in _against(review, config)
    done = cmo_run("round", "close", "--note", "first round", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    again = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert again.returncode in (0, 1), again.stderr
    assert "read as going against" not in again.stdout + again.stderr
    assert "S2 (not yet decided)" in _against(review, config)
