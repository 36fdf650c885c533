"""A trial's registry record and the paper reporting it are named as one trial (helper I1, a fault trial H7 left):
ClinicalTrials.gov's record of NCT03735342 (grey, its sponsor as author, the year it was posted) and O'Leary 2021,
whose abstract ends "Trial registration: ClinicalTrials.gov NCT03735342", were two unrelated sources, counted as two
sources of one finding. `round close --check` names the pair as it names a preprint and its paper, and `sources show`
of either says it; neither is merged without the team's command. Must not fire on papers naming no registration, nor
on a registration no paper names."""

from __future__ import annotations

from conftest import DATA

EXPORTS = DATA / "trial_h7"
RECORD, PAPER = "universityofcoloradodenver2018text", "oleary2021text"


def _review(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXPORTS / "clinicaltrials_gov_ctg-studies.csv"), str(EXPORTS / "europepmc.ris"))
    cmo("select", "include", RECORD, PAPER, "perman2017schoolbased")


def _one_configuration_of(cmo, *keys: str) -> None:
    for n, key in enumerate(keys):
        cmo("code", "add", "--source", key, "--context", "parents of middle school students",
            "--mechanism", f"text reminders {n}", "--outcome", "consent forms returned")  # fmt: skip
    cmo("refine")
    cmo("configs", "new", "--statements", ",".join(f"S{n}" for n in range(1, len(keys) + 1)), "--domain", "safety")


def test_round_close_check_names_a_registry_record_counted_beside_its_paper(cmo):
    """Fails on the old code: the check said nothing of the pair."""
    _review(cmo)
    _one_configuration_of(cmo, RECORD, PAPER)
    done = cmo("round", "close", "--check", code=None)
    said = done.stdout + done.stderr
    assert f"counts {RECORD} (the trial's registry record, NCT03735342) and {PAPER}" in said
    assert f"'cmo sources merge {PAPER} {RECORD} --force --note …'" in said
    assert len(cmo.json("sources", "list")) == 9  # nothing merged behind the team's back


def test_sources_show_of_either_names_the_other(cmo):
    """Fails on the old code: neither named the other."""
    _review(cmo)
    assert cmo.json("sources", "show", PAPER)["same_trial"] == [RECORD]
    assert cmo.json("sources", "show", RECORD)["same_trial"] == [PAPER]
    shown = cmo("sources", "show", PAPER).stdout
    assert f"same trial {RECORD} is the registry record of the trial it names" in shown


def test_no_pair_where_no_paper_names_the_registration(cmo):
    """Must not fire: a systematic review naming no registration, and Uppsala's registration beside papers that do not
    name it, stay unpaired; a paper is never a registry record because its abstract names one."""
    _review(cmo)
    assert cmo.json("sources", "show", "perman2017schoolbased")["same_trial"] == []
    assert cmo.json("sources", "show", "hilton2011i")["same_trial"] == []
    assert not cmo.json("sources", "show", PAPER)["registry_record"]
    _one_configuration_of(cmo, PAPER, "perman2017schoolbased")
    done = cmo("round", "close", "--check", code=None)
    assert "registry record" not in done.stdout + done.stderr


def test_registry_numbers_are_read_whole():
    from cmo.bib.dedupe import registry_numbers

    assert registry_numbers("Trial registration: ClinicalTrials.gov NCT03735342.") == {"NCT03735342"}
    assert registry_numbers("https://clinicaltrials.gov/study/NCT03735342") == {"NCT03735342"}
    assert registry_numbers("see XNCT03735342 and NCT1234") == set()
