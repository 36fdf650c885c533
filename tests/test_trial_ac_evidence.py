"""Trial AC (virtual wards for older people with frailty) and re-trial AB's new problem N1: an equivalence ("mortality no
worse than in hospital", "similar functional gain") read as going against a configuration worded as an equivalence or
about another outcome (AC4, N1); "no reduction in emergency admissions" counted as support because the mechanism added
a shortfall of its own after "but" (AC5); two statements of geriatric assessment at home kept apart as opposite because
one's mechanism ends "so admission is not needed" (AC7). Checked here on other topics: tutoring, school mentoring,
medicines review by pharmacists, alcohol detoxification, and a real review (`cmo code import`, `cmo refine`,
`cmo configs edit` on SQLite)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cmo.models import Statement
from cmo.synthesis.evidence import compares_null, is_converse, proposed_against
from cmo.synthesis.merge import say_the_opposite


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src-{sid}", context=context, mechanism=mechanism, outcome=outcome)


def _about_the_same(sid: str, others: list[str]) -> bool:
    return True


@pytest.mark.parametrize(
    "outcome",
    [
        "Readmissions no worse than after inpatient detoxification",
        "Relapse rates were non-inferior to the clinic arm",
        "Reading scores at least as good as with face-to-face tutoring",
        "Outcomes as good as in a residential unit",
        "Attendance and exam passes similar",
        "Pass rates equivalent or better than in the comparison schools",
    ],
)
def test_an_equivalence_is_a_null_comparison(outcome):
    """Fails on the old code: "no worse", "non-inferior", "at least as good as", "as good as", a closing "similar" and
    "equivalent or better" were read as nothing of the kind."""
    assert compares_null(outcome)


@pytest.mark.parametrize("outcome", ["Similar programmes improved attendance", "Attendance improved in similar schools"])
def test_similar_before_what_it_qualifies_compares_nothing(outcome):
    assert not compares_null(outcome)


TUTORING = {
    "S1": _st("S1", "Pupils behind in reading in urban primary schools", "Online tutors give daily one-to-one practice",
              "Reading scores rise"),
    "S2": _st("S2", "Pupils behind in reading in rural primary schools", "Online tutors give one-to-one practice",
              "No greater gain in reading scores than face-to-face tutoring"),
}  # fmt: skip


def test_a_null_comparison_is_in_line_with_a_configuration_worded_as_an_equivalence():
    """Fails on the old code (no `outcome`): the team's wording "about as much as" changed nothing (re-trial N1)."""
    assert proposed_against(["S1", "S2"], TUTORING, _about_the_same) == ["S2"]  # the change came: it goes against
    worded = "Reading scores rise about as much as with face-to-face tutoring"
    assert proposed_against(["S1", "S2"], TUTORING, _about_the_same, worded) == []
    assert proposed_against(["S1", "S2"], TUTORING, _about_the_same, "Reading scores rise") == ["S2"]


def test_a_null_comparison_about_another_thing_does_not_go_against_it():
    """Fails on the old code: a null result on reading scores counted against a configuration of attendance (AC4)."""
    assert proposed_against(["S1", "S2"], TUTORING, _about_the_same, "Pupils attend school more often") == []


MENTORING = {
    "S1": _st("S1", "Secondary schools in deprived areas", "A pastoral mentor meets pupils at risk each week",
              "Fewer exclusions"),
    "S2": _st("S2", "Secondary schools in a coastal town", "Mentors met pupils weekly but did not change how teachers "
              "handled classroom incidents", "No reduction in exclusions"),
    "S3": _st("S3", "Secondary schools in a coastal town", "No mentor meets the pupils", "No reduction in exclusions"),
}  # fmt: skip


def test_a_mechanism_that_adds_a_shortfall_after_but_is_no_converse():
    """Fails on the old code: "… but did not change how teachers handled incidents" made the member a converse, so "no
    reduction in exclusions" counted as support for "fewer exclusions" (AC5)."""
    assert not is_converse(MENTORING["S2"], [MENTORING["S1"]])
    assert proposed_against(["S1", "S2"], MENTORING, _about_the_same) == ["S2"]
    # a mechanism denied outright is still the configuration seen from its other side
    assert is_converse(MENTORING["S3"], [MENTORING["S1"]])
    assert proposed_against(["S1", "S3"], MENTORING, _about_the_same) == []


def test_a_denial_of_what_follows_from_the_mechanism_is_no_opposite_mechanism():
    """Fails on the old code: "so a clinic visit is not needed" was read as denying the other's "needs" (AC7)."""
    nurse = _st(
        "S1",
        "Older people on many medicines",
        "A nurse reviews medicines at home so a clinic visit is not needed",
        "Fewer adverse drug events",
    )
    pharmacist = _st(
        "S2",
        "Older people on many medicines",
        "A pharmacist's review at home meets needs as a clinic would",
        "Fewer adverse drug events",
    )
    assert not say_the_opposite(nurse, pharmacist)
    denied = _st("S3", "Care homes", "Pharmacists do not review medicines", "Residents are given duplicate prescriptions")
    done = _st("S4", "Care homes", "Pharmacists review medicines every month", "No change in adverse drug events")
    assert say_the_opposite(denied, done)


# ---- on a real review -----------------------------------------------------------------------------------------------

ROWS = [
    ("evans2019", "Adults with alcohol dependence at low risk of withdrawal seizures",
     "Nurses supervise withdrawal at home, so people keep their routines", "More people complete detoxification"),
    ("frost2021", "Adults with alcohol dependence at low risk of withdrawal seizures",
     "Nurses supervise withdrawal at home, so people keep their routines",
     "No greater completion of detoxification than in an inpatient unit"),
]  # fmt: skip


def _cmo(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    code = "import sys; sys.argv[0] = 'cmo'; from cli import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True)


def test_refine_reads_the_team_s_equivalence_wording(tmp_path):
    """Fails on the old code: after `configs edit --outcome "… about as much as …"`, refine kept the null comparison
    as contradicting (re-trial N1)."""
    entry = "@article{{{key},\n  title = {{Study {key}}},\n  author = {{Author, A.}},\n  year = {{2020}}\n}}\n\n"
    (tmp_path / "refs.bib").write_text("".join(entry.format(key=row[0]) for row in ROWS), encoding="utf-8")
    (tmp_path / "domains.yaml").write_text("domains:\n  - slug: all\n    name: All\n", encoding="utf-8")
    lines = ["source,context,mechanism,outcome,quote,domain,coder"]
    lines += [",".join(f'"{cell}"' for cell in (*row, "x", "all", "JM")) for row in ROWS]
    (tmp_path / "coding.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _cmo("init", "rev", "--domains", "domains.yaml", cwd=tmp_path).returncode == 0
    review = tmp_path / "rev"
    assert _cmo("ingest", "../refs.bib", cwd=review).returncode in (0, 1)
    assert _cmo("code", "import", "../coding.csv", "--by", "JM", cwd=review).returncode in (0, 1)
    assert _cmo("refine", cwd=review).returncode in (0, 1)

    def contested() -> bool:
        return "S2 (contradicting)" in _cmo("configs", "show", "C1", cwd=review).stdout

    assert contested()
    edit = _cmo("configs", "edit", "C1", "--outcome", "people complete detoxification about as often as in an inpatient unit",
                "--move", "adjudicate", cwd=review)  # fmt: skip
    assert edit.returncode in (0, 1), edit.stderr
    assert _cmo("refine", cwd=review).returncode in (0, 1)
    assert not contested()
