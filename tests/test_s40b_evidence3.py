"""Session 40b, evidence 3: how a member's outcome is read and counted (trials AL, AM and the retrial of AH-AK).

- A denial or lessening of an act that harms ("do not retaliate", "less likely to be arrested", "not re-traumatised",
  "not infected") says the outcome followed, as "did not drop out" does (the harm lexicon, `DENIED_ADVERSE`).
- A word that judges a change ("improved", "better") is no opposite of one that gives its direction ("lower").
- A label's one sentence agrees with it: "contested" never reads "not contested evidence".
- A source whose outcome statement goes against supports through no statement that tells no result ("… depends on …").
- A configuration worded as a barrier (a harm or a withholding, as its words read now) is in line with a member's denial.

Each rule is tested alone on topics other than the trials' (hospital infection control, hypertension in community
pharmacies, care-home moves, housing first, carers' assessments, asthma clinics); the end-to-end test runs `cmo` on a real
SQLite review.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cmo.models import Appraisal, Configuration, SourceStanding, Statement
from cmo.synthesis.evidence import (
    opposite_outcomes,
    outcome_is_negative,
    supporting_sources,
    undecided_ids,
)
from cmo.synthesis.strength import evidence_strength


def _st(sid: str, context: str, mechanism: str, outcome: str, source: str = "") -> Statement:
    return Statement(id=sid, source=source or f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


def _sources(*keys: str) -> dict[str, SourceStanding]:
    return {key: SourceStanding(appraisal=Appraisal(rigour="high"), status="included") for key in keys}


# ---- 1. a denial of an act that harms says the outcome followed --------------------------------------------------------


def test_a_denied_act_that_harms_reads_as_following():
    """Fails on the old code: each read as an outcome that did not follow."""
    for outcome in (
        "residents are not re-traumatised by the move",
        "tenants are less likely to be arrested for rough sleeping",
        "pupils who are teased do not retaliate",
        "patients with a urinary catheter were not infected",
    ):
        assert not outcome_is_negative(outcome), outcome
    assert outcome_is_negative("residents did not settle into the new home")  # a denial of something good still is one


def test_a_member_whose_outcome_denies_a_harm_is_not_left_undecided():
    """Fails on the old code: S2 was "not yet decided" beside members saying the outcome followed."""
    statements = {
        "S1": _st("S1", "Tenants housed first", "A key worker visits weekly", "Tenants keep their tenancy"),
        "S2": _st(
            "S2", "Tenants with a history of rough sleeping", "They have a safe place", "They are less likely to be arrested"
        ),
        "S3": _st("S3", "Tenants housed first", "Support is open-ended", "Tenants stay housed after a year"),
    }
    config = Configuration(id="C1", statements=["S1", "S2", "S3"], outcome="Tenants keep their tenancy")
    assert undecided_ids(config, statements) == []


# ---- 2. a judged change is no opposite of a direction ------------------------------------------------------------------


def test_an_evaluative_word_beside_a_direction_is_no_opposite():
    """Fails on the old code: "lower blood pressure" read as the opposite of "blood pressure improved"."""
    assert not opposite_outcomes(
        "lower blood pressure at three months", "customers stayed with the service and blood pressure improved"
    )
    assert opposite_outcomes("lower blood pressure at three months", "higher blood pressure at three months")


# ---- 3. the label's sentence agrees with the label ---------------------------------------------------------------------


def test_a_contested_label_never_reads_not_contested():
    """Fails on the old code: "contested: … that study also reports where it did not follow: not contested evidence"."""
    statements = {
        "S1": _st("S1", "Wards with a link nurse", "Hand hygiene is audited weekly", "Fewer infections", "ito2019"),
        "S2": _st("S2", "Wards without a link nurse", "Audits lapse", "No fewer infections than before", "ito2019"),
        "S3": _st("S3", "Surgical wards", "Audits are fed back", "No reduction in infections", "bauer2021"),
    }
    config = Configuration(id="C1", statements=["S1", "S2", "S3"], contradicting=["S2", "S3"], outcome="Fewer infections")
    label, why = evidence_strength(config, statements, _sources("ito2019", "bauer2021"))
    assert label == "contested"
    assert "not contested" not in why and "the supporting study also reports where it did not follow" in why


# ---- 4. a source supports only through a statement that tells a result -------------------------------------------------


def test_a_statement_saying_what_the_outcome_depends_on_is_no_support_of_a_source_against_it():
    """Fails on the old code: S3 made lane2020 a supporter, and "contested" read "moderate"."""
    statements = {
        "S1": _st("S1", "Adults with asthma", "A nurse reviews inhaler technique", "Fewer emergency visits", "king2019"),
        "S2": _st(
            "S2",
            "Adults with asthma in deprived areas",
            "A nurse reviews inhaler technique",
            "No fewer emergency visits than usual care",
            "lane2020",
        ),
        "S3": _st(
            "S3",
            "Practices in deprived areas",
            "Nurses are shared between practices",
            "Emergency visits depend on how often the nurse can attend",
            "lane2020",
        ),
    }
    config = Configuration(id="C1", statements=["S1", "S2", "S3"], contradicting=["S2"], outcome="Fewer emergency visits")
    assert supporting_sources(config, statements) == (["king2019"], ["lane2020"])
    assert evidence_strength(config, statements, _sources("king2019", "lane2020"))[0] == "contested"


# ---- 5. a configuration worded as a barrier, as its words read now -----------------------------------------------------


def test_a_denial_beside_a_configuration_worded_as_a_barrier_is_in_line():
    """Fails on the old code: S3 was "not yet decided", although the configuration's own words say the same barrier; after
    the configuration is reworded the other way, S3 is undecided again: the reading follows the words as they are now."""
    statements = {
        "S1": _st(
            "S1",
            "Carers offered an assessment",
            "The form asks only about the person cared for",
            "Carers keep their own needs back",
        ),
        "S2": _st(
            "S2",
            "Carers offered an assessment",
            "The assessor visits with the person cared for present",
            "Carers talk about how the person copes",
        ),
        "S3": _st("S3", "Older carers", "They see asking for help as failing", "Carers do not mention their own needs"),
    }
    barrier = Configuration(id="C1", statements=["S1", "S2", "S3"], outcome="Carers hold back their own needs")
    assert undecided_ids(barrier, statements) == []
    reworded = barrier.model_copy(update={"outcome": "Carers talk about their own needs"})
    assert undecided_ids(reworded, statements) == ["S3"]


# ---- end to end: a real review ----------------------------------------------------------------------------------------


def _cmo(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    code = "import sys; sys.argv[0] = 'cmo'; from cli import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True)


def test_a_harm_avoided_counts_as_support_in_a_real_review(tmp_path):
    """Fails on the old code: `configs new` read S1 as going against C1 and the reason named a contradicting study."""
    entry = "@article{{{key},\n  title = {{{title}}},\n  author = {{{author}}},\n  journal = {{J}},\n  year = {{{year}}}\n}}\n\n"
    (tmp_path / "refs.bib").write_text(
        entry.format(key="moss2020", title="Moving care home residents", author="Moss, A.", year=2020)
        + entry.format(key="reid2022", title="Planned moves", author="Reid, B.", year=2022),
        encoding="utf-8",
    )
    rows = [
        (
            "moss2020",
            "Residents moved when a home closes",
            "Staff they know move with them",
            "Residents are not re-traumatised by the move",
        ),
        ("reid2022", "Residents moved when a home closes", "Familiar belongings go with them", "Residents settle within a month"),
    ]
    lines = ["source,context,mechanism,outcome,quote,coder"] + [",".join(f'"{c}"' for c in (*r, "a quote", "RT")) for r in rows]
    (tmp_path / "coding.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _cmo("init", "rev", cwd=tmp_path).returncode == 0
    review = tmp_path / "rev"
    assert _cmo("ingest", "../refs.bib", cwd=review).returncode in (0, 1)
    assert _cmo("select", "include", "moss2020", "reid2022", "--by", "RT", cwd=review).returncode in (0, 1)
    done = _cmo("code", "import", "../coding.csv", "--by", "RT", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    made = _cmo("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    assert "going against" not in made.stdout + made.stderr
    shown = json.loads(_cmo("configs", "show", "C1", "--json", cwd=review).stdout)
    assert shown["contradicting"] == [] and "not yet decided" not in shown["strength_reason"]
    assert sorted(shown["sources"]) == ["moss2020", "reid2022"]
