"""Re-check 44: a coding sheet's "Islam et al 2018 (DREAM)" is offered the source of exactly that author and year,
but `cmo sources show` of the same words offered nothing: it had a suggester of its own. It now asks the one the sheet
asks, where the nearest key was the trial's protocol of another year. A community-pharmacy review's records."""

RIS = """\
TY  - JOUR
AU  - Okonkwo, Adaeze
TI  - Blood pressure clinics run by pharmacists in deprived neighbourhoods
JO  - Journal of Community Pharmacy
PY  - 2019
ER  -

TY  - JOUR
AU  - Okonkwo, Adaeze
TI  - PharmBP: protocol for a cluster randomised trial
JO  - Trials
PY  - 2016
ER  -
"""


def test_a_citation_with_a_trial_name_after_it_is_offered_its_source(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    (tmp_path / "records.ris").write_text(RIS, encoding="utf-8")
    cmo("ingest", str(tmp_path / "records.ris"))
    keys = {s["citation"]: s["key"] for s in cmo.json("sources", "list")}
    refused = cmo("sources", "show", "Okonkwo et al 2019 (PharmBP)", code=2).stderr
    assert f"did you mean '{keys['Okonkwo 2019']}'" in refused, refused
    refused = cmo("sources", "show", "nothing like any of them", code=2).stderr
    assert "did you mean" not in refused, refused
