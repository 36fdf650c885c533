"""Trials AE and AF (session 39): how a member's outcome stands beside its configuration's.

- AE 1: a null result of the very change most members report ("total prescribing did not decrease" beside "less
  prescribing") was counted as support, as its context and mechanism were unlike the others'.
- AE 3, AF 5: a member whose outcome says the opposite ("prescribed even in advanced dementia" beside "more often
  withheld"; "communicate more fully" beside "leave out symptoms") was merged in as support, unsaid.
- AF 2: "does not speak about what matters" beside "reluctant to disclose" was read as going against: reluctance is
  a withholding, and a denial beside it is in line.
- AF 3: the key contexts held the contexts of members that say the opposite of the configuration.

Each rule is tested on sentences from other topics (school exclusions, surgery, housing repairs, men's mental health,
school meals, sexual health in general practice); one end-to-end test runs `cmo code import` and `cmo refine` on a real
SQLite review.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cmo.commands.refine import doubt_lines
from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import (
    denial_in_line,
    opposite_outcomes,
    proposed_against,
    reports_withholding,
    supporting_contexts,
)


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


def _unlike(sid: str, others: list[str]) -> bool:
    """No member is about the same context and mechanism as another (the trials' case: other programmes)."""
    return False


def _about_the_same(sid: str, others: list[str]) -> bool:
    return True


def _config(statements: dict[str, Statement], worded_from: str, cid: str = "C1") -> Configuration:
    source = statements[worded_from]
    return Configuration(
        id=cid,
        statements=list(statements),
        context=source.context,
        mechanism=source.mechanism,
        outcome=source.outcome,
    )


# ---- AE 1: a null result of the change most members report goes against it ----------------------------------------

EXCLUSIONS = {
    "S1": _st(
        "S1",
        "Secondary schools with a restorative practice lead",
        "Teachers repair harm with pupils",
        "Fewer pupils are excluded",
    ),
    "S2": _st(
        "S2",
        "Academies that train every teacher in de-escalation",
        "Teachers calm conflicts early",
        "Exclusions fell over two years",
    ),
    "S3": _st(
        "S3",
        "Schools in a local authority pilot of inclusion funding",
        "Head teachers are paid to keep pupils on roll",
        "Permanent exclusions did not fall",
    ),
}


def test_a_null_result_of_the_change_most_report_goes_against_whatever_its_context():
    """Fails on the old code: "permanent exclusions did not fall" counted as support for "fewer pupils are excluded",
    its context and mechanism being unlike the others'."""
    assert proposed_against(["S1", "S2", "S3"], EXCLUSIONS, _unlike) == ["S3"]


@pytest.mark.parametrize(
    ("outcome", "why"),
    [
        ("Permanent exclusions did not rise", "'did not rise' denies no fall"),
        ("Attendance did not fall", "another thing than the others report"),
    ],
)
def test_a_denial_of_another_change_is_not_against(outcome, why):
    """Pins: only the very change the others report, in their direction."""
    statements = {**EXCLUSIONS, "S3": EXCLUSIONS["S3"].model_copy(update={"outcome": outcome})}
    assert proposed_against(["S1", "S2", "S3"], statements, _unlike) == [], why


def test_the_converse_of_the_change_still_supports():
    """Pins: where the mechanism is denied ("teachers did not use the restorative approach"), exclusions not falling is
    what the configuration predicts, not a null result of it."""
    converse = EXCLUSIONS["S3"].model_copy(update={"mechanism": "Teachers did not use the restorative approach"})
    assert proposed_against(["S1", "S2", "S3"], {**EXCLUSIONS, "S3": converse}, _unlike) == []


def test_one_against_one_is_left_to_a_person():
    """Pins: on a tie neither side is the change the configuration claims."""
    assert proposed_against(["S1", "S3"], EXCLUSIONS, _unlike) == []


# ---- AE 3, AF 5: an outcome that says the opposite is said ----------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Opioids are more often withheld after minor surgery", "Opioids are prescribed even after minor day surgery"),
        ("Tenants are reluctant to report repairs", "Tenants report repairs as soon as they notice them"),
        ("Men leave out their low mood when they see the GP", "Men describe their low mood more fully"),
        ("More women attend antenatal classes", "Fewer women attend antenatal classes"),
    ],
)
def test_outcomes_that_say_the_opposite_of_one_thing(one, other):
    """Fails on the old code (no such reading)."""
    assert opposite_outcomes(one, other) and opposite_outcomes(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Opioids are more often withheld after minor surgery", "Fewer opioids are prescribed after minor surgery"),
        ("Tenants are reluctant to report repairs", "Tenants feel safe in their homes"),  # only the people in common
        ("Tenants are reluctant to report repairs", "Tenants are reluctant to complain"),
        ("Men leave out their low mood during the consultation", "The consultation runs over time"),  # where, not what
    ],
)
def test_outcomes_that_do_not(one, other):
    assert not opposite_outcomes(one, other)


SURGERY = {
    "S1": _st(
        "S1",
        "Day-surgery units with an opioid stewardship nurse",
        "Surgeons agree a no-opioid default",
        "Opioids are more often withheld after minor surgery",
    ),
    "S2": _st(
        "S2",
        "Hospitals that audit discharge prescriptions",
        "Surgeons see their own prescribing",
        "Opioids are withheld unless pain is severe",
    ),
    "S3": _st(
        "S3",
        "Private clinics rated on patient satisfaction",
        "Surgeons fear poor reviews",
        "Opioids are prescribed even after minor day surgery",
    ),
}


def test_refine_says_a_member_whose_outcome_says_the_opposite():
    """Fails on the old code: the member prescribing where the configuration withholds was counted as support unsaid."""
    config = _config(SURGERY, "S1")
    lines = doubt_lines({}, [config], SURGERY)
    assert len(lines) == 1 and lines[0].startswith("S3 counts as supporting C1, though its outcome says the opposite of C1's")
    assert "'cmo configs split C1 --statements S3'" in lines[0] and "'cmo code mark S3 --contradicting C1'" in lines[0]
    marked = {**SURGERY, "S3": SURGERY["S3"].model_copy(update={"stance": {"C1": "supporting"}})}
    assert doubt_lines({}, [config], marked) == []  # a person's word ends it


# ---- AF 2: a denial beside a reluctance is in line ------------------------------------------------------------------

MEN = {
    "S1": _st("S1", "Men whose GP is a woman they do not know", "Men feel ashamed of low mood", "Men are reluctant to seek help"),
    "S2": _st(
        "S2", "Farmers in isolated rural practices", "Farmers fear being seen as weak", "They withhold symptoms from the GP"
    ),
    "S3": _st(
        "S3",
        "Men seen by a locum in a ten-minute slot",
        "Men distrust a locum they meet only once",
        "Men do not talk about how they feel",
    ),
}


@pytest.mark.parametrize(
    ("outcome", "lessened"),
    [
        ("Men are reluctant to seek help", "Men are less reluctant to seek help"),
        ("Men hesitate to ask for help", "Men do not hesitate to ask for help"),
        ("Men are unwilling to see a GP", "Men are not unwilling to see a GP"),
        ("Patients leave out symptoms they find embarrassing", "Patients no longer leave out symptoms"),
    ],
)
def test_reluctance_is_a_withholding(outcome, lessened):
    """Fails on the old code: only 'withheld', 'refrain', 'omit'… said it."""
    assert reports_withholding(outcome)
    assert not reports_withholding(lessened)


def test_a_denial_beside_reluctance_and_withholding_is_in_line_not_against():
    """Fails on the old code: "men do not talk about how they feel" was read as going against "reluctant to seek
    help", "withhold symptoms"."""
    assert denial_in_line(MEN["S3"], [MEN["S1"], MEN["S2"]])
    assert proposed_against(["S1", "S2", "S3"], MEN, _about_the_same) == []


# ---- AF 3: key contexts only from members that say it as the configuration does -------------------------------------

MEALS = {
    "S1": _st(
        "S1",
        "Councils that fund free school meals for every pupil",
        "Parents no longer weigh the cost of lunch",
        "Pupils eat a hot lunch every day",
    ),
    "S2": _st(
        "S2", "Primary schools with a universal meals grant", "Parents do not have to apply or pay", "More pupils eat a hot lunch"
    ),
    "S3": _st(
        "S3", "Schools with no free school meals", "Parents judge school lunches too costly", "Pupils eat no hot meal at school"
    ),
}

SEXUAL_HEALTH = {
    "S1": _st(
        "S1",
        "Practice nurses with no training in sexual health",
        "Nurses feel embarrassed to raise it",
        "Nurses avoid discussing sexual health",
    ),
    "S2": _st(
        "S2",
        "Nurses in busy chronic disease clinics",
        "Nurses fear offending older patients",
        "Nurses avoid asking about sexual problems",
    ),
    "S3": _st(
        "S3",
        "Nurses who completed a sexual health course",
        "Nurses feel confident to raise it",
        "Nurses discuss sexual health more often",
    ),
}


def test_no_key_context_from_a_member_whose_outcome_did_not_follow():
    """Fails on the old code: "schools with no funded meal scheme" was a key context of funded meals, as its context and
    the configuration's mechanism ("no longer weigh the cost") both read as withholding."""
    contexts = supporting_contexts(_config(MEALS, "S1"), MEALS)
    assert MEALS["S3"].context not in contexts and MEALS["S2"].context in contexts


def test_no_key_context_from_a_member_whose_outcome_says_the_opposite():
    """Fails on the old code: "nurses who completed a sexual health course" was a key context of nurses avoiding it."""
    contexts = supporting_contexts(_config(SEXUAL_HEALTH, "S1"), SEXUAL_HEALTH)
    assert SEXUAL_HEALTH["S3"].context not in contexts and SEXUAL_HEALTH["S2"].context in contexts


# ---- end to end, on a real review ------------------------------------------------------------------------------------

ROWS = [
    ("adams2019", *EXCLUSIONS["S1"].model_dump(include={"context", "mechanism", "outcome"}).values()),
    ("baker2020", *EXCLUSIONS["S2"].model_dump(include={"context", "mechanism", "outcome"}).values()),
    ("cole2021", *EXCLUSIONS["S3"].model_dump(include={"context", "mechanism", "outcome"}).values()),
]


def test_refine_reads_the_null_result_as_going_against_and_says_why(tmp_path):
    """Fails on the old code: the null result was counted as one of three sources of support."""
    entry = "@article{{{key},\n  title = {{Study {key}}},\n  author = {{Author, A.}},\n  journal = {{J}},\n"
    entry += "  year = {{2020}}\n}}\n\n"
    (tmp_path / "refs.bib").write_text("".join(entry.format(key=row[0]) for row in ROWS), encoding="utf-8")
    lines = ["source,context,mechanism,outcome,quote,coder"]
    lines += [",".join(f'"{cell}"' for cell in (*row, "x", "JM")) for row in ROWS]
    (tmp_path / "coding.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def cmo(*args: str, cwd: Path) -> subprocess.CompletedProcess:
        code = "import sys; sys.argv[0] = 'cmo'; from cli import main; sys.exit(main())"
        return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True)

    assert cmo("init", "rev", cwd=tmp_path).returncode == 0
    review = tmp_path / "rev"
    assert cmo("ingest", "../refs.bib", cwd=review).returncode in (0, 1)
    assert cmo("code", "import", "../coding.csv", "--by", "JM", cwd=review).returncode in (0, 1)
    # a threshold that puts the three together while their contexts and mechanisms stay unlike: the rule is what is tested
    done = cmo("refine", "--by", "JM", "--backend", "lexical", "--threshold", "0.0001", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    statements = {s["outcome"]: s["id"] for s in json.loads(cmo("code", "list", "--json", cwd=review).stdout)}
    null = statements["Permanent exclusions did not fall"]
    configs = json.loads(cmo("configs", "list", "--json", cwd=review).stdout)
    held = next(c for c in configs if null in c["statements"])
    assert len(held["statements"]) == 3, configs
    assert held["contradicting"] == [null] and held["contradicting_sources"] == ["cole2021"]
    said = done.stdout + done.stderr
    assert f"{null} read as going against {held['id']} (its outcome, “Permanent exclusions did not fall”, says the change" in said
    assert f"'cmo code mark {null} --supporting {held['id']}' if it agrees" in said
    # the person's word wins, and survives refine
    assert cmo("code", "mark", null, "--supporting", held["id"], "--by", "JM", cwd=review).returncode == 0
    assert cmo("refine", "--by", "JM", "--backend", "lexical", "--threshold", "0.0001", cwd=review).returncode in (0, 1)
    again = next(c for c in json.loads(cmo("configs", "list", "--json", cwd=review).stdout) if null in c["statements"])
    assert again["contradicting"] == []
