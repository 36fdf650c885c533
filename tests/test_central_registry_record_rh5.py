"""A trial's registry record as Cochrane CENTRAL gives it is named beside the paper reporting that trial (helper RH5,
re-checking I1's registry pair on the integrated code): CENTRAL (through Ovid) exports a ClinicalTrials.gov entry as
`TY  - ELEC` with the registration's official title as `T2`, read as its container, and the registry's address as
`JA`. The registry pair asked for no container at all, so a CENTRAL registry record beside the paper whose abstract
names NCT02859935 was never named one trial, in `sources show` or `round close --check`. A record in a journal issue
(volume, pages) is never a registry record, whatever address it links to."""

from __future__ import annotations

from conftest import DATA

EXPORTS = DATA / "cochrane_central_registry"
RECORD, PAPER, OTHER = "nct02859935", "achterbergh2020help", "stuart2017linkage"  # the registry record by its number (K6)


def _review(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXPORTS / "cochrane_central_ovid.ris"), str(EXPORTS / "paper_naming_registration.ris"))
    keys = {row["key"] for row in cmo.json("sources", "list")}
    assert {RECORD, PAPER, OTHER} <= keys, keys


def test_sources_show_names_a_central_registry_record_and_its_paper(cmo):
    """Fails on the old code: neither named the other."""
    _review(cmo)
    assert cmo.json("sources", "show", RECORD)["registry_record"]
    assert cmo.json("sources", "show", PAPER)["same_trial"] == [RECORD]
    assert cmo.json("sources", "show", RECORD)["same_trial"] == [PAPER]


def test_round_close_check_names_the_pair(cmo):
    """Fails on the old code: the check said nothing of the pair."""
    _review(cmo)
    for n, key in enumerate((RECORD, PAPER)):
        cmo("code", "add", "--source", key, "--context", "men at an STI clinic",
            "--mechanism", f"linkage to care {n}", "--outcome", "help seeking")  # fmt: skip
    cmo("refine")
    cmo("configs", "new", "--statements", "S1,S2", "--domain", "safety")
    done = cmo("round", "close", "--check", code=None)
    said = done.stdout + done.stderr
    assert f"counts {RECORD} (the trial's registry record, NCT02859935) and {PAPER}" in said
    assert len(cmo.json("sources", "list")) == 3  # nothing merged behind the team's back


def test_a_journal_paper_linking_to_the_registry_is_no_registry_record(cmo):
    """Must not fire: a paper in a journal issue whose link is the registry's page is a paper, not the record."""
    _review(cmo)
    assert not cmo.json("sources", "show", OTHER)["registry_record"]
    assert cmo.json("sources", "show", OTHER)["same_trial"] == []
    assert not cmo.json("sources", "show", PAPER)["registry_record"]
