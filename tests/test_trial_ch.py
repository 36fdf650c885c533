"""Trial CH: a rapid realist review of remote and video GP consultations for adults with learning disabilities,
co-produced with an advisor who has a learning disability (exports as HMIC via Ovid, Publish or Perish and OpenAlex
write them)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "trial_ch"


def test_a_charitys_own_report_of_one_word_is_grey_and_a_press_named_after_a_surname_is_not(cmo):
    """Fails on the old code: Mencap's report (author and publisher 'Mencap') was counted as peer-reviewed."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "hmic-ovid-display.txt"), code=None)
    grey = {s["title"].split(":")[0]: (s["type"], s["grey"]) for s in cmo.json("sources", "list")}
    assert grey["My Health, My Life"] == ("book", True)
    assert grey["Notes on nursing for the labouring classes"] == ("book", False)
