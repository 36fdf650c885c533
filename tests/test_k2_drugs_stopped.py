"""Helper K2 (a deprescribing review in Nordic nursing homes): a coder's "more drugs stopped", "drugs stopped" was
read as things that ceased, an outcome that did not follow, so refine counted it against "number of drugs reduced"
(contradicting) or left it undecided. A drug does nothing of itself: "drugs stopped" is the passive without its
auxiliary, drugs someone stopped (`lexicon.medicines`, WordNet's drug.n.01 and its kinds). Must not fire, on other
topics: people, visits or contact that stopped or lapsed still did not follow (an exercise programme, peer support)."""

from __future__ import annotations

from pathlib import Path

from cmo.synthesis.evidence import outcome_is_negative
from cmo.synthesis.lexicon import medicines

DATA = Path(__file__).parent / "data"


def test_drugs_stopped_is_a_stopping_someone_did():
    assert not outcome_is_negative("more drugs stopped")
    assert not outcome_is_negative("drugs stopped")
    assert not outcome_is_negative("antipsychotics stopped in most residents")
    assert not outcome_is_negative("medicines stopped after two weeks")
    assert {"drugs", "medicines", "hypnotics", "statins"} <= medicines()
    assert not {"patients", "visits", "contact", "treatment", "medicine"} & medicines()  # the field is no drug


def test_people_visits_and_contact_that_stop_still_did_not_follow():
    assert outcome_is_negative("most stopped after a month")  # an exercise programme's attenders
    assert outcome_is_negative("more patients stopped")
    assert outcome_is_negative("follow-up visits lapsed")
    assert outcome_is_negative("contact with peer workers drops off")
    assert outcome_is_negative("no drugs stopped")


def test_refine_counts_more_drugs_stopped_as_support(cmo, tmp_path):
    """End to end: a Google Sheets coding sheet of a deprescribing review, a second coder's "more drugs stopped" beside
    "number of drugs reduced" and "Number of drugs fell": in one configuration, counted as its support."""
    cmo("init", str(cmo.folder))
    ris = tmp_path / "refs.ris"
    ris.write_text(
        "TY  - JOUR\nAU  - Husebo, B. S.\nTI  - The Effect of a Multicomponent Intervention on Quality of Life in "
        "Residents of Nursing Homes\nJO  - Journal of the American Medical Directors Association\nPY  - 2019\nVL  - 20\n"
        "SP  - 330\nEP  - 339\nDO  - 10.1016/j.jamda.2018.11.006\nER  - \n\n"
        "TY  - RPRT\nAU  - Sjölund, Britt-Marie\nTI  - Fördjupade läkemedelsgenomgångar på särskilt boende\nPY  - 2018\n"
        "PB  - Linnéuniversitetet\nER  - \n",
        encoding="utf-8",
    )
    cmo("ingest", str(ris), code=None)
    keys = [s["key"] for s in cmo.json("sources", "list")]
    cmo("select", "include", *keys)
    sheet = tmp_path / "coding.csv"
    written = (DATA / "coding_sheets" / "deprescribing-google-sheets.csv").read_text(encoding="utf-8")
    sheet.write_text(written.replace(",Organisation,", ",,"), encoding="utf-8")  # the example's domains are others
    cmo("code", "import", str(sheet), code=None)
    cmo("refine", code=None)
    configs = cmo.json("configs", "list")
    (holding,) = [c for c in configs if "S3" in c["statements"]]
    assert {"S1", "S3"} <= set(holding["statements"])
    assert "S3" not in holding["contradicting"] and "S3" not in holding["undecided"]
