"""A chat copied as text (Microsoft Teams' '[10:32] Name' lines, replies, reactions) given to `cmo feedback import` is
refused as a chat, naming the file and what to do, not misread as a form's sheet naming a sentence of a message as a
column (helper K3: an expert reference group's Teams chat). A form's CSV whose rows open with a date and time (a
WhatsApp thread typed into a sheet, another review's) is still a table."""

from __future__ import annotations

from conftest import DATA

from cmo.sheets.feedback import _a_chat


def test_a_teams_chat_copied_as_text_is_refused_as_a_chat(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "k3_reentry" / "wos_savedrecs.bib"))
    cmo("select", "include", "hyde2022enhancing")
    cmo(
        "code",
        "add",
        "--source",
        "hyde2022enhancing",
        "--context",
        "veterans leaving prison",
        "--mechanism",
        "a peer mentor drives them to appointments",
        "--outcome",
        "appointments kept",
    )
    cmo("refine")
    cmo("round", "close", code=None)
    done = cmo("feedback", "import", str(DATA / "k3_reentry" / "teams_chat_copied.txt"), code=2)
    assert "teams_chat_copied.txt: a chat copied as text (its '[10:32] Name' lines), not a table of answers" in done.stderr
    assert "column per configuration" not in done.stderr
    assert cmo.json("feedback", "list") == []


def test_whatsapp_lines_are_a_chat_but_a_sheet_of_timestamped_rows_is_not():
    assert _a_chat("[14/12/2026, 10:32:05] Ray: C10 yes\n[14/12/2026, 10:33:10] Dee: agree\n")
    assert _a_chat("14/12/2026, 10:32 - Ray: C10 yes\n14/12/2026, 10:40 - Dee: agree\n")
    assert not _a_chat((DATA / "whatsapp_typed" / "erg-replies-typed.csv").read_text(encoding="utf-8"))
    assert not _a_chat((DATA / "feedback_forms" / "ERG round 1 (Responses).csv").read_text(encoding="utf-8-sig"))
