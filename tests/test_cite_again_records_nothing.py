"""Citing an answer a configuration already cites changes nothing and records nothing (real SQLite, the demo review).

Re-check RH4: `configs cite C1 --feedback F7` a second time added the citation's entry to the audit trail again, so the
report's change log told the team's one decision twice. Citing it again with a new note, or on the other side, is a
change, recorded (must not be lost)."""

from __future__ import annotations

from conftest import Cli
from feedback_files import answers_file


def _cites(cmo, config: str) -> list[dict]:
    return [d for d in cmo.json("history", config) if d["action"] == "cite-feedback"]


def test_citing_again_records_nothing_but_a_new_side_is_recorded(tmp_path):
    cmo = Cli(tmp_path / "review")
    cmo("demo", str(cmo.folder))
    answers_file(tmp_path / "a.json", "Blue Heron", 1, {"C8": ("agree", "Matches what we saw on our team")})
    cmo("feedback", "import", str(tmp_path / "a.json"), code=None)
    answer = next(f["id"] for f in cmo.json("feedback", "list") if f["configuration"] == "C8")
    cmo("configs", "cite", "C8", "--feedback", answer, "--note", "a clinician's view")
    cmo("configs", "cite", "C8", "--feedback", answer, "--note", "a clinician's view")
    assert len(_cites(cmo, "C8")) == 1
    cmo("configs", "cite", "C8", "--feedback", answer, "--note", "and a carer said the same at the meeting")
    assert len(_cites(cmo, "C8")) == 2  # a new reason is kept
    cmo("configs", "cite", "C8", "--feedback", answer, "--contradicting", "--note", "read again: it is against")
    assert len(_cites(cmo, "C8")) == 3
    assert cmo.json("configs", "show", "C8")["feedback_evidence"] == [answer]
