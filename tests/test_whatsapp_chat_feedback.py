"""Helper K4: a patient group's WhatsApp chat, exported with 'Export chat' (a .txt of 'date, time - Name: message'
lines), was refused as a CSV whose 'row 3 has 5 cells but the header has 4 columns', telling the team to put the
cells' commas in double quotes. It is read as a log of comments (`feedback._chat_export`): each turn a comment on the
configuration its words name, else on the findings overall; the chat's own lines and media placeholders are no
comment, and a sender's later message never replaces an earlier one. Tested on the example review (crisis mental
health care), not the trial's topic (diabetes SMS in South Asia)."""

from __future__ import annotations

import shutil

from conftest import DATA

CHATS = DATA / "whatsapp_chats"
JOS_NEXT = "and my son would never have said it himself"  # the same turn, after a picture: one comment


def _comments(demo) -> list[tuple[str, str, str]]:
    return [(f["respondent"], f["configuration"], f["comment"]) for f in demo.json("feedback", "list")]


def test_an_android_whatsapp_export_is_read_as_a_log_of_comments(demo, tmp_path):
    """Fails on the old code: refused (exit 2), as a CSV with unquoted commas."""
    chat = tmp_path / "WhatsApp Chat with Carers ERG.txt"
    shutil.copy(CHATS / chat.name, chat)
    said = demo("feedback", "import", str(chat), "--round", "1", code=None)
    assert said.exit_code in (0, 1), said.stderr
    assert _comments(demo) == [
        ("Jo (line 3)", "C1", "On C1, when the crisis team came by video, nobody saw the state of the kitchen " + JOS_NEXT),
        ("Priya (line 7)", "overall", "Honestly, the whole pack reads like it was written for managers. Where are the carers?"),
        ("+44 7700 900123 (line 8)", "C1", "C1 - the same happened to us, twice, and the second time they sent someone out"),
        ("Jo (line 10)", "overall", "Thanks all, good night"),  # a later turn of Jo's: said too, replacing nothing
    ]
    assert "read as a log of comments" in said.stderr
    again = demo("feedback", "import", str(chat), "--round", "1", code=None)
    assert "4 already imported" in again.stdout


def test_an_ios_whatsapp_export_is_read_too(demo, tmp_path):
    chat = tmp_path / "_chat.txt"
    shutil.copy(CHATS / chat.name, chat)
    demo("feedback", "import", str(chat), "--round", "1", code=None)
    assert [(who, on) for who, on, _ in _comments(demo)] == [("Sam (line 1)", "C1"), ("Dee (line 2)", "C1")]


def test_a_csv_with_an_unquoted_comma_is_still_refused_as_one(demo, tmp_path):
    """Must not fire: a typed-up sheet of answers on another topic whose comment has an unquoted comma is no chat."""
    sheet = tmp_path / "answers.txt"
    sheet.write_text(
        "Respondent,Configuration,Rating,Comment\nWren,C1,agree,fine\nRobin,C2,partly,ok for adults, not for children\n",
        encoding="utf-8",
    )
    said = demo("feedback", "import", str(sheet), "--round", "1", code=2)
    assert "row 3" in said.stderr and "double quotes" in said.stderr
