"""Trial AB: a trial's protocol, coded beside its results, counted as a second supporting source and made a finding
"moderate". A protocol states what a study will do and reports no finding. `round close --check` names a configuration
counting an unappraised protocol as support, with the appraisal and the detach that settle it; the team decides."""

from __future__ import annotations

import pytest

from cmo.synthesis.strength import reports_no_findings

RECORDS = """TY  - JOUR
AU  - Alvarez, Lucia
TI  - School nurses and asthma action plans: a cluster randomised trial
JO  - Journal of School Health
PY  - 2022
ER  -

TY  - JOUR
AU  - Alvarez, Lucia
TI  - School nurses and asthma action plans: study protocol for a cluster randomised trial
JO  - BMC Public Health
PY  - 2019
ER  -
"""


def _review(cmo, tmp_path):
    (tmp_path / "asthma.ris").write_text(RECORDS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "asthma.ris"))
    keys = [s["key"] for s in cmo.json("sources", "list")]
    cmo("select", "include", *keys)
    protocol = next(k for k in keys if k.startswith("alvarez2019"))
    sheet = tmp_path / "coding.csv"
    mechanism = "a school nurse who knows the pupil's action plan gives staff the confidence to act early"
    sheet.write_text(
        "source,context,mechanism,outcome\n"
        + "".join(f"{key},In primary schools with a nurse on site,{mechanism},fewer pupils are sent home\n" for key in keys),
        encoding="utf-8",
    )
    cmo("code", "import", str(sheet))
    cmo("refine", "--backend", "lexical")
    (config,) = cmo.json("configs", "list")
    return config, protocol


def test_a_configuration_counting_an_unappraised_protocol_is_named_before_the_round_closes(cmo, tmp_path):
    config, protocol = _review(cmo, tmp_path)
    (sid,) = [s["id"] for s in cmo.json("code", "list") if s["source"] == protocol]
    said = cmo("round", "close", "--check", code=1).stderr
    assert f"{config['id']} counts {protocol} as support ({sid}), a study protocol by its title" in said
    assert f"'cmo appraise {protocol} --relevance low' weighs it so" in said
    assert f"'cmo configs detach {sid} --note …' takes it out" in said


def test_once_the_team_has_appraised_the_protocol_nothing_is_said(cmo, tmp_path):
    _, protocol = _review(cmo, tmp_path)
    cmo("appraise", protocol, "--relevance", "high", "--note", "states the programme theory we test")
    assert "study protocol" not in cmo("round", "close", "--check").stderr


@pytest.mark.parametrize(
    "title",
    [
        "Peer support for perinatal depression: study protocol for a randomised controlled trial",
        "Protocol for a realist evaluation of social prescribing link workers in England",
        "Antimicrobial stewardship in care homes: a realist review protocol",
        "Protocol of a stepped-wedge cluster trial of interpreter-led consultations",
    ],
)
def test_a_protocol_is_known_by_its_title(title):
    assert reports_no_findings(title)


@pytest.mark.parametrize(
    "title",
    [
        "A nurse-led protocol for the management of sepsis in the emergency department",
        "Effect of a task-shifting protocol on blood pressure control: a cluster randomised trial",
        "Protocol-driven weaning shortened ventilation in a district general hospital",
    ],
)
def test_a_study_of_a_protocol_is_no_protocol(title):
    assert not reports_no_findings(title)


def test_a_protocols_journal_says_so():
    assert reports_no_findings("Digital peer support for new fathers", "JMIR Research Protocols")
    assert not reports_no_findings("Digital peer support for new fathers", "Trials")


def test_a_source_screening_has_not_decided_is_named_before_the_round_closes(cmo, tmp_path):
    """Trial AE: a source screened "maybe" counted in the strength both rounds froze, and `--check` said nothing."""
    config, protocol = _review(cmo, tmp_path)
    cmo("appraise", protocol, "--relevance", "low", "--note", "a protocol: no findings")
    cmo("select", "maybe", protocol, code=1)  # said: its statement still counts
    said = cmo("round", "close", "--check", code=1).stderr
    assert f"{protocol} is screened maybe and not yet decided, and {config['id']} counts it as support" in said
    assert f"'cmo select include {protocol}' or 'cmo select exclude {protocol} --reason …' decides it." in said
    cmo("select", "exclude", protocol, "--reason", "protocol only", code=1)  # said: its statement no longer counts
    assert "not yet decided" not in cmo("round", "close", "--check").stderr


def test_trace_says_a_maybe_source_is_not_yet_decided(cmo, tmp_path):
    """Trial AD: `trace` called a source screened maybe "(unscreened)", where `sources show` said maybe."""
    config, protocol = _review(cmo, tmp_path)
    cmo("select", "maybe", protocol, code=1)
    assert f"source {protocol}: " in (said := cmo("trace", config["id"]).stdout)
    line = next(line for line in said.splitlines() if f"source {protocol}: " in line)
    assert line.endswith("(not yet decided)")
