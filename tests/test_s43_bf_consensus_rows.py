"""Trial BF (a Covidence "Extraction 2.0" export): Covidence writes one row per study per reviewer, then the row the
two reviewers agreed, its 'Reviewer Name' 'Consensus'. Each reviewer's draft and the consensus were imported as three
statements of one finding, each counted as evidence, and 'Reviewer Name' was kept as a column of the team's own, so no
statement had a coder. Tested on another topic: school-based counselling for young people."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Counsellors in secondary schools: a realist evaluation
AU  - Okafor, Ngozi
PY  - 2019
JO  - Journal of Adolescence
ER  -

TY  - JOUR
TI  - Peer mentoring and school attendance: a cluster trial
AU  - Lindqvist, Erik
PY  - 2020
JO  - Child Care in Practice
ER  -
"""

DOMAINS = """domains:
  - slug: access
    name: Getting help in school
    description: How pupils reach the counsellor.
"""

HEADER = ["Covidence #", "Study ID", "Reviewer Name", "Context", "Mechanism", "Outcome", "Supporting quote", "Page"]


def _statements(cmo) -> list[tuple[str, str, str, str]]:
    return [(s["source"], s["context"], s["coder"], s["outcome"]) for s in cmo.json("code", "list")]


def test_a_study_with_consensus_rows_keeps_only_what_its_reviewers_agreed(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "covidence.csv",
        HEADER,
        [
            "#21",
            "Okafor 2019",
            "Maria Lenz",
            "Pupils who can self-refer",
            "They need not ask a teacher",
            "More referrals",
            "q",
            "4",
        ],
        ["#21", "Okafor 2019", "Sam Hurst", "Self-referral allowed", "No teacher in between", "Referrals rise", "q", "4"],
        [
            "#21",
            "Okafor 2019",
            "Consensus",
            "Pupils who can self-refer",
            "They need not ask a teacher",
            "More referrals",
            "q",
            "4",
        ],
        [
            "#34",
            "Lindqvist 2020",
            "Sam Hurst",
            "Pupils paired with an older mentor",
            "They feel expected",
            "Attend more",
            "q",
            "7",
        ],
    )
    said = cmo("code", "import", str(sheet), code=1)
    assert _statements(cmo) == [
        (keys["counsellors"], "Pupils who can self-refer", "Consensus", "More referrals"),
        (keys["peer"], "Pupils paired with an older mentor", "Sam Hurst", "Attend more"),
    ]
    assert "rows 2, 3: 'Okafor 2019' has consensus rows, so these rows" in said.stderr
    assert "Lindqvist" not in said.stderr  # a study one reviewer extracted, with no consensus row, keeps its row


def test_without_consensus_rows_every_reviewers_row_is_a_statement(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "two-coders.csv",
        HEADER,
        [
            "#21",
            "Okafor 2019",
            "Maria Lenz",
            "Pupils who can self-refer",
            "They need not ask a teacher",
            "More referrals",
            "q",
            "4",
        ],
        ["#21", "Okafor 2019", "Sam Hurst", "Pupils waiting for a slot", "They give up asking", "Fewer referrals", "q", "5"],
    )
    cmo("code", "import", str(sheet))
    assert [s["coder"] for s in cmo.json("code", "list")] == ["Maria Lenz", "Sam Hurst"]
