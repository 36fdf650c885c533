"""Trials AA and AB: ordinary wording read as "the outcome did not follow", and a finding counted as supported by its
null result.

Trial AA (hospital discharge for people experiencing homelessness): "less likely to be readmitted", "discharge to
shelters or no fixed address" and "discharge to accommodation, never to the street" were read as denials, so the key
supporting studies were listed against the findings they support. Trial AB (community health workers and
hypertension): "usual-care CHWs linked just as well" and "no greater fall than insurance alone" were counted as support
for a finding that the change came. Each rule is tested alone on sentences from other topics (maternity, diabetes,
schools, prisons, housing); a real review (`cmo code import`, `cmo refine`, `cmo code mark` on SQLite) checks the null
comparison and that a mark on one statement never changes how another is read.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import (
    compares_null,
    contradicting_ids,
    denied_directions,
    outcome_is_negative,
    proposed_against,
)


def _st(sid: str, context: str, mechanism: str, outcome: str, **more) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome, **more)


def _about_the_same(sid: str, others: list[str]) -> bool:
    return True


def _unlike(sid: str, others: list[str]) -> bool:
    return False


# ---- (a) a comparative of a bad outcome, a noun phrase, a place set against another: no denial ---------------------


@pytest.mark.parametrize(
    "outcome",
    [
        "Women were less likely to be readmitted within six weeks of the birth",  # maternity
        "Men released with a mentor were less likely to reoffend in the first year",  # prisons
        "Tenants were less likely to be evicted for arrears",  # housing
        "People with diabetes were less likely to die within five years",  # diabetes
    ],
)
def test_less_likely_to_suffer_a_bad_event_says_the_outcome_came(outcome):
    """Fails on the old code: "less likely" was a denial whatever followed it."""
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    ("outcome", "negative"),
    [
        ("Pupils were less likely to attend the breakfast club", True),  # less of a good thing: still against
        ("Fewer falls in the first month at home", False),
        ("A lower risk of admission for hypoglycaemia", False),
        ("Mothers did not attend the postnatal check", True),
    ],
)
def test_comparatives_as_before(outcome, negative):
    """Pins: a comparative of a good outcome, and a plain denial, are read as before."""
    assert outcome_is_negative(outcome) is negative


@pytest.mark.parametrize(
    "outcome",
    [
        "Care leavers move on to supported lodgings or no settled home",  # looked-after children
        "Released to a probation hostel or no fixed abode",  # prisons
    ],
)
def test_a_denial_naming_one_of_alternative_places_denies_nothing(outcome):
    """Fails on the old code: "or no settled home" read as "the outcome did not follow"."""
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "Pupils with autism are taught in their own class, not in a separate unit",  # schools
        "Insulin is started by the practice nurse in primary care, never in a hospital clinic",  # diabetes
        "Women give birth at the midwife-led unit and not at the obstetric unit",  # maternity
    ],
)
def test_a_denial_that_sets_one_place_against_another_denies_nothing(outcome):
    """Fails on the old code: "not in a separate unit" read as "the outcome did not follow"."""
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "Little or no improvement in HbA1c",  # a change denied, as before
        "Insulin was not started in primary care",  # no place set against another
        "Pupils with autism are not taught in a separate unit",  # no place before the denial
    ],
)
def test_denials_that_stay(outcome):
    """Pins: the denial of a change, and a denial with no place set against it, still deny."""
    assert outcome_is_negative(outcome)


# ---- (b) a null comparison is a null result -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "outcome",
    [
        "Pupils taught by teaching assistants did just as well as those taught by teachers",  # schools
        "Reading scores were as high as in the control schools",
        "HbA1c fell no more than with usual care",  # diabetes
        "No difference between the groups in caesarean rates",  # maternity
        "Reconviction rates did not differ from the comparison prison",  # prisons
        "Breastfeeding at six weeks was similar to usual care",
    ],
)
def test_a_comparison_that_found_no_difference_is_a_null_result(outcome):
    """Fails on the old code for most (an equal comparison read as the change having come)."""
    assert compares_null(outcome) and outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "Knowledge as well as confidence improved",
        "As many as 40% of women attended the clinic",
        "Attendance was higher than in the control schools",
        "Rent arrears fell, as long as the officer stayed",
    ],
)
def test_what_compares_nothing(outcome):
    """Pins: "as well as" joining two things, "as many as 40%", a real difference and "as long as" are no null result."""
    assert not compares_null(outcome)


def test_an_equal_comparison_denies_the_rise():
    """Fails on the old code: "as high as" gave reading scores a rise."""
    assert denied_directions("Reading scores were as high as in the control schools") == {"read": 1}


SCHOOLS = {
    "S1": _st(
        "S1",
        "Primary schools in deprived areas",
        "Trained teaching assistants run daily phonics sessions, so pupils practise every day",
        "More pupils reach the expected reading standard",
    ),
    "S2": _st(
        "S2",
        "Primary schools in the comparison arm",
        "Class teachers teach phonics as usual",
        "Pupils did just as well as those in the intervention schools",
    ),
}


def test_a_null_comparison_goes_against_whatever_its_context_and_mechanism():
    """Fails on the old code: the comparison arm's "did just as well" counted as support for "more pupils reach the
    standard" (trial AB: usual-care CHWs linked just as well)."""
    assert proposed_against(["S1", "S2"], SCHOOLS, _unlike) == ["S2"]


def test_two_null_comparisons_hold_and_the_change_goes_against_them():
    """Fails on the old code: where most members find no difference, that is what the configuration holds."""
    statements = {
        **SCHOOLS,
        "S3": _st("S3", "Secondary schools", "Form tutors run catch-up reading", "Reading ages were similar to usual teaching"),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _unlike) == ["S1"]


DIABETES = {
    "S1": _st(
        "S1",
        "Adults with type 2 diabetes in general practice",
        "A practice nurse adjusts medicines under a protocol, so treatment is not delayed",
        "HbA1c did not fall",
    ),
    "S2": _st(
        "S2",
        "Adults with type 2 diabetes attending a hospital clinic",
        "A specialist nurse adjusts medicines between appointments",
        "HbA1c falls (-0.5%)",
    ),
}


def test_a_configuration_made_by_hand_of_a_finding_and_its_null_result_is_contested():
    """Fails on the old code (no such reading; trial AA: `configs new` from "length of stay did not fall" and "length
    of stay falls" said "moderate, 2 sources support it"): the person who put them together said they are about the
    same, so the one saying it did not fall goes against the one saying it fell."""
    from cmo.synthesis.evidence import against_by_hand

    assert against_by_hand(["S1", "S2"], DIABETES) == ["S1"]
    assert proposed_against(["S1", "S2"], DIABETES, _unlike) == []  # refine, with unlike members: as before


def test_a_configuration_made_by_hand_keeps_its_converse_member():
    """Pins: a member whose mechanism is withheld and whose outcome did not follow supports, even by hand."""
    from cmo.synthesis.evidence import against_by_hand

    statements = {
        **DIABETES,
        "S1": DIABETES["S1"].model_copy(update={"mechanism": "No nurse adjusts medicines between appointments"}),
    }
    assert against_by_hand(["S1", "S2"], statements) == []


# ---- a denial that something happened at all, beside "fewer" of it: in line ----------------------------------------


def test_none_at_all_is_in_line_with_fewer():
    """Fails on the old code (trial AA: "nobody is discharged to the street" beside "fewer discharges to the street"
    was read as going against it once the guideline's "never to the street" read as support)."""
    statements = {
        "S1": _st("S1", "Secondary schools with a nurture room", "Staff de-escalate early", "Fewer exclusions from school"),
        "S2": _st("S2", "Secondary schools with a nurture group", "Staff de-escalate before a crisis", "Fewer exclusions"),
        "S3": _st("S3", "Schools with a nurture room", "Staff de-escalate early", "There were no exclusions that term"),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == []


def test_a_denied_lessening_still_goes_against():
    """Pins: "exclusions did not fall" beside "fewer exclusions" denies the change."""
    statements = {
        "S1": _st("S1", "Secondary schools with a nurture room", "Staff de-escalate early", "Fewer exclusions from school"),
        "S2": _st("S2", "Secondary schools with a nurture group", "Staff de-escalate before a crisis", "Fewer exclusions"),
        "S3": _st("S3", "Schools with a nurture room", "Staff de-escalate early", "Exclusions did not fall"),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == ["S3"]


# ---- (c) a mark on one statement never changes how another is read --------------------------------------------------


PRISON = {
    "S1": _st("S1", "Men leaving prison", "A mentor meets them at the gate", "Fewer men reoffend in the first year"),
    "S2": _st("S2", "Men leaving a local prison", "A mentor meets them at the gate", "Reoffending did not fall"),
}


def _read(config: Configuration, statements: dict[str, Statement]) -> list[str]:
    return contradicting_ids(config, statements)


def test_marking_one_member_against_leaves_the_other_as_it_was():
    """Fails on the old code: S2, listed as going against, was counted as support once S1 was marked against (every
    unmarked member flagged, so none was)."""
    before = Configuration(id="C1", statements=["S1", "S2"], contradicting=["S2"])
    assert _read(before, PRISON) == ["S2"]
    marked = {**PRISON, "S1": PRISON["S1"].model_copy(update={"stance": {"C1": "contradicting"}})}
    after = before.model_copy(update={"contradicting": ["S1", "S2"]})  # as refine and `code mark` store it
    assert "S2" in _read(after, marked)


def test_marking_one_member_for_leaves_the_other_as_it_was():
    """Fails on the old code: two coder-flagged members support a configuration of their own (never all against),
    until one is marked as supporting it, which turned the other against it."""
    flagged = {sid: s.model_copy(update={"contradicts": True}) for sid, s in PRISON.items()}
    config = Configuration(id="C1", statements=["S1", "S2"])
    assert _read(config, flagged) == []
    flagged["S2"] = flagged["S2"].model_copy(update={"stance": {"C1": "supporting"}})
    assert _read(config, flagged) == []


# ---- on a real review -----------------------------------------------------------------------------------------------


ROWS = [
    (
        "ahmed2021",
        "Primary schools in deprived areas of northern England",
        "Trained teaching assistants run daily phonics sessions, so pupils practise reading every day",
        "More pupils reach the expected reading standard",
    ),
    (
        "ahmed2021",
        "Primary schools in deprived areas of northern England, comparison arm",
        "Class teachers run phonics sessions as usual, so pupils practise reading",
        "Pupils did just as well as those in the intervention schools",
    ),
    (
        "baker2019",
        "Maternity units in rural Wales",
        "Midwives phone women at home after discharge, so problems are caught early",
        "Women were less likely to be readmitted within six weeks",
    ),
    (
        "cole2020",
        "Maternity units in rural Scotland",
        "Midwives phone women at home after discharge, so problems are caught early",
        "Fewer readmissions within six weeks",
    ),
]


def _cmo(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    code = "import sys; sys.argv[0] = 'cmo'; from cli import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True)


def _coded_review(tmp_path: Path) -> Path:
    """A review of ROWS' statements, each study a source, every statement in one domain."""
    sources = sorted({row[0] for row in ROWS})
    entry = "@article{{{key},\n  title = {{Study {key}}},\n  author = {{Author, A.}},\n  year = {{2020}}\n}}\n\n"
    (tmp_path / "refs.bib").write_text("".join(entry.format(key=key) for key in sources), encoding="utf-8")
    (tmp_path / "domains.yaml").write_text("domains:\n  - slug: all\n    name: All\n", encoding="utf-8")
    lines = ["source,context,mechanism,outcome,quote,domain,coder"]
    lines += [",".join(f'"{cell}"' for cell in (*row, "x", "all", "JM")) for row in ROWS]
    (tmp_path / "coding.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _cmo("init", "rev", "--domains", "domains.yaml", cwd=tmp_path).returncode == 0
    review = tmp_path / "rev"
    assert _cmo("ingest", "../refs.bib", cwd=review).returncode in (0, 1)
    done = _cmo("code", "import", "../coding.csv", "--by", "JM", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    return review


def test_refine_and_marks_on_a_real_review(tmp_path):
    """Fails on the old code: the comparison arm's "did just as well" counted as support and "less likely to be
    readmitted" was read as going against "fewer readmissions"; and (the mark) S2's reading changed when the other
    member of its configuration was marked."""
    review = _coded_review(tmp_path)
    done = _cmo("refine", "--by", "JM", "--backend", "lexical", "--threshold", "0.15", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    ids = {s["outcome"]: s["id"] for s in json.loads(_cmo("code", "list", "--json", cwd=review).stdout)}
    configs = {c["id"]: c for c in json.loads(_cmo("configs", "list", "--json", cwd=review).stdout)}
    held = {sid: c for c in configs.values() for sid in c["statements"]}
    more, same = ids["More pupils reach the expected reading standard"], ids[ROWS[1][3]]
    less_likely, fewer = ids[ROWS[2][3]], ids[ROWS[3][3]]
    assert held[more]["id"] == held[same]["id"], "the two arms are proposed together"
    assert held[same]["contradicting"] == [same]
    assert f"{same} read as going against {held[same]['id']} (its outcome, “{ROWS[1][3]}”, finds no difference" in done.stderr
    assert held[less_likely]["id"] == held[fewer]["id"]
    assert held[less_likely]["contradicting"] == []

    # a mark on the other member never changes how the null comparison is read
    config = held[more]["id"]
    assert _cmo("code", "mark", more, "--contradicting", config, "--by", "JM", cwd=review).returncode == 0
    done = _cmo("refine", "--by", "JM", "--backend", "lexical", "--threshold", "0.15", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    after = {c["id"]: c for c in json.loads(_cmo("configs", "list", "--json", cwd=review).stdout)}
    assert same in after[config]["contradicting"]
    assert json.loads(_cmo("code", "show", same, "--json", cwd=review).stdout).get("stance", {}) == {}


def test_configs_new_of_a_finding_and_its_null_result_is_contested_and_worded_from_the_finding(tmp_path):
    """Trial AA: `configs new` of "length of stay did not fall" and "length of stay falls" was worded "did not fall" and
    rated "moderate, 2 sources support it". The person said they belong together; the null result cuts against it."""
    review = _coded_review(tmp_path)
    ids = {s["outcome"]: s["id"] for s in json.loads(_cmo("code", "list", "--json", cwd=review).stdout)}
    finding, null = (
        ids["More pupils reach the expected reading standard"],
        ids["Pupils did just as well as those in the intervention schools"],
    )
    done = _cmo("configs", "new", "--statements", f"{null},{finding}", "--by", "JM", "--json", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    made = json.loads(done.stdout)
    made = made.get("configuration", made)
    assert made["contradicting"] == [null] and made["outcome"] == "More pupils reach the expected reading standard"
    assert made["strength"] != "moderate" or "contest" in made["strength_reason"], made["strength_reason"]
