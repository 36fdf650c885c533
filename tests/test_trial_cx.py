"""Trial CX (inclusion health outreach and specialist primary care for people experiencing homelessness): the faults a
peer researcher and a public-health registrar who screen in ASReview LAB met, each with a case where the rule must not
fire, on another topic."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent / "data" / "trial_cx"


def _sources(cmo) -> dict[str, dict]:
    return {s["key"]: s for s in json.loads(cmo("sources", "list", "--json").stdout)}


def test_asreview_dataset_export_gives_its_labels_as_screening_decisions(cmo):
    """The ingest said ASReview's export's 'screening decisions are read by cmo select import FILE', and the import then
    refused it: 'the header row has no decision column'. Its `asreview_label` is the decision (1 relevant, 0 irrelevant,
    empty where ASReview never showed the record: left unscreened), its `asreview_note` the note, or an exclusion's
    reason; an exclusion with no note keeps the tool's judgement as its reason, said."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed-set.nbib"))
    said = cmo("select", "import", str(DATA / "asreview_dataset_all_peer-screen.csv"), code=1)
    sources = _sources(cmo)
    assert sources["gunner2019provision"]["status"] == "included"
    assert sources["hewett2016randomised"]["status"] == "excluded"
    assert sources["hewett2012general"]["status"] == "excluded"
    assert sources["hwang2005interventions"]["status"] == "unscreened"  # never shown in ASReview: nobody's decision
    shown = cmo("sources", "show", "hewett2016randomised").stdout
    assert "RCT about hospital not primary care??" in shown
    assert "marked irrelevant in ASReview" in cmo("sources", "show", "hewett2012general").stdout
    assert "row 5: excluded with no note saying why" in said.stderr
    assert "row 4: no label in 'asreview_label'" in said.stderr
    assert "was read as include (write include" not in said.stderr  # the tool's own 1 and 0 are no typist's numbers
    gunner = json.loads(cmo("sources", "list", "--json").stdout)
    assert next(s for s in gunner if s["key"] == "gunner2019provision")["status"] == "included"


def test_a_team_sheet_with_an_empty_decision_is_still_refused(cmo, tmp_path):
    """Must not fire: a school-meals team's own screening sheet (no tool's column) with a decision left empty is refused
    by row, and its 0 is still said as read."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed-set.nbib"))
    sheet = tmp_path / "school-meals-screening.csv"
    sheet.write_text(
        "doi,decision,reason\n10.3399/bjgp19X704633,0,not about school meals\n10.1136/bmj.e5999,,\n", encoding="utf-8"
    )
    refused = cmo("select", "import", str(sheet), code=2)
    assert "no decision" in refused.stderr
    sheet.write_text("doi,decision,reason\n10.3399/bjgp19X704633,0,not about school meals\n", encoding="utf-8")
    said = cmo("select", "import", str(sheet), code=1)
    assert "'0' in 'decision' was read as exclude" in said.stderr
