"""Trial AG 4 (session 39): negative outcomes that agree were read as contradictions.

"Clients dislike attending" beside "clients avoid the pharmacy", "counselling is skipped" beside "pharmacists are
reluctant to offer it", and "pharmacists do not offer it" beside the same were said to be opposite, or to go against
the configuration. A withholding, an avoidance, a dislike and a skipping all say what is not done, and a denial that
it is done says the same: they are in line, never opposite.

Each rule is tested on sentences from other topics (dental care, statin reviews, housing, sexual health, schools); the
end-to-end test runs `cmo refine` on a real SQLite review.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cmo.models import Statement
from cmo.synthesis.evidence import (
    denial_in_line,
    denies_what_others_withhold,
    opposite_outcomes,
    outcome_is_negative,
    proposed_against,
    reports_withholding,
)


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "The annual dental check-up is skipped",
        "Young people skip their follow-up appointment",
        "Teenagers dislike visiting the sexual health clinic",
        "Young men shun the community gym",
        "Tenants evade the housing officer",
    ],
)
def test_a_skipping_a_dislike_a_shunning_is_a_withholding(outcome):
    """Fails on the old code: none of these was read as saying what is not done."""
    assert reports_withholding(outcome) and not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    ["Pupils do not skip lessons", "Patients no longer dislike the waiting room", "Young people never skip breakfast"],
)
def test_a_denied_skipping_withholds_nothing(outcome):
    assert not reports_withholding(outcome)


def test_two_ways_of_saying_it_is_not_done_are_never_opposite():
    """Fails on the old code: both pairs were read as saying opposite things."""
    assert not opposite_outcomes(
        "Tenants dislike attending and some move to another landlord", "Tenants avoid the housing office and miss appointments"
    )
    assert not opposite_outcomes("The statin review is skipped", "GPs are reluctant to start or review statins")
    # doing it is still the opposite of skipping it
    assert opposite_outcomes("GPs carry out the statin review", "The statin review is skipped")


def test_a_denial_of_what_a_member_withholds_is_in_line():
    """Fails on the old code: with one of two members worded by absence, the denial was read as going against."""
    holding = [
        _st("S1", "Dentists short of time", "They doubt it works", "Dentists are reluctant to offer fluoride varnish"),
        _st("S2", "Parents given a leaflet", "They learn it protects teeth", "Parents ask for fluoride varnish more often"),
    ]
    denial = _st("S3", "Dentists unsure who qualifies", "They fear upsetting parents", "Dentists do not offer fluoride varnish")
    assert denial_in_line(denial, holding)
    assert denies_what_others_withhold(denial.outcome, holding)
    # a denied change, or a denial of another thing, is no such agreement
    assert not denies_what_others_withhold("Refusals of fluoride varnish did not fall", holding)
    assert not denies_what_others_withhold("Children do not brush their teeth twice a day", holding)


STATINS = {
    "S1": _st(
        "S1", "GPs who think statins overused", "They see statins as medicalising", "GPs are reluctant to start or review statins"
    ),
    "S2": _st("S2", "Practices with one GP on duty", "There is no time for the conversation", "The statin review is skipped"),
    "S3": _st("S3", "GPs unsure who qualifies", "They fear alarming patients", "GPs do not review statins"),
}


def test_refine_flags_none_of_three_that_say_it_is_not_done():
    """Fails on the old code: S3 was proposed as going against the configuration."""
    assert proposed_against(["S1", "S2", "S3"], STATINS, lambda sid, others: True) == []


# ---- end to end ------------------------------------------------------------------------------------------------------


def _cmo(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    code = "import sys; sys.argv[0] = 'cmo'; from cli import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True)


def _review(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    entry = "@article{{{key},\n  title = {{Study {key}}},\n  author = {{Author, A.}},\n  journal = {{J}},\n"
    entry += "  year = {{2021}}\n}}\n\n"
    keys = list(dict.fromkeys(r[0] for r in rows))
    (tmp_path / "refs.bib").write_text("".join(entry.format(key=key) for key in keys), encoding="utf-8")
    lines = ["source,context,mechanism,outcome,quote,coder"]
    lines += [",".join(f'"{cell}"' for cell in (*row, "a quote", "RT")) for row in rows]
    (tmp_path / "coding.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _cmo("init", "rev", cwd=tmp_path).returncode == 0
    review = tmp_path / "rev"
    assert _cmo("ingest", "../refs.bib", cwd=review).returncode in (0, 1)
    assert _cmo("select", "include", *keys, "--by", "RT", cwd=review).returncode in (0, 1)
    done = _cmo("code", "import", "../coding.csv", "--by", "RT", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    return review


def test_configs_new_and_refine_say_no_contradiction_among_agreeing_negatives(tmp_path):
    """Fails on the old code: S3 was read as going against C1, and S2 as saying the opposite of it."""
    sources = {"S1": "kaur2018", "S2": "moss2020", "S3": "moss2020"}
    rows = [(sources[sid], s.context, s.mechanism, s.outcome) for sid, s in STATINS.items()]
    review = _review(tmp_path, rows)
    made = _cmo("configs", "new", "--statements", "S1,S2,S3", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    said = made.stdout + made.stderr
    assert "going against" not in said and "says the opposite" not in said, said
    configs = json.loads(_cmo("configs", "list", "--json", cwd=review).stdout)
    assert [c["contradicting"] for c in configs] == [[]]
    refined = _cmo("refine", "--by", "RT", "--backend", "lexical", cwd=review)
    assert refined.returncode in (0, 1), refined.stderr
    said = refined.stdout + refined.stderr
    assert "going against" not in said and "says the opposite" not in said, said
    assert all(c["contradicting"] == [] for c in json.loads(_cmo("configs", "list", "--json", cwd=review).stdout))
