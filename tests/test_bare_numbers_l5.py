"""A finding's number without 'CMO', as the pack writes it, opening a comment or alone in brackets names that finding
(helper L5, faults trials K0 and K4 left: a whiteboard's sticky note "the pulse oximeter thing (2.1) - …" under the
Domain 2 frame, and a WhatsApp message "1.1 is true. …", were read as on the findings overall). On a wall laid out one
section per domain the section must be that number's domain (helper I1's rule); in a log with no sections (a chat) the
number must be one the closed rounds' packs gave a finding, written with its dot. Tested on the example review (crisis
mental health care: domain 2 is "Flexibility and personalisation", 2.1 is C5; 1.1 is C7)."""

from __future__ import annotations

import csv


def test_a_bracketed_number_under_its_domains_frame_names_that_finding(demo, tmp_path):
    """Fails on the old code: row 2 read as on the findings overall. Row 3 sits under another domain's frame."""
    board = tmp_path / "miro-board.csv"
    with board.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Content", "Frame", "Tags", "Color", "Created by", "Last modified by"])
        writer.writerow(["the evening thing (2.1) - it is what worked for me", "Domain 2: Flexibility and personalisation"])
        writer.writerow(["the camera thing (2.1) again", "Safety, privacy and confidentiality"])
    said = demo("feedback", "import", str(board), code=None)
    on = {f["comment"]: f["configuration"] for f in demo.json("feedback", "list")}
    assert on == {"the evening thing (2.1) - it is what worked for me": "C5", "the camera thing (2.1) again": "overall"}
    assert "row 2 on C5; row 3, naming no configuration or several, on the findings overall" in said.stderr


def test_a_chat_message_opening_with_a_packs_number_names_that_finding(demo, tmp_path):
    """Fails on the old code: the first two messages read as on the findings overall. The others must stay overall: a
    number within the words, a fraction, a share, a number no pack gave, two bracketed numbers."""
    chat = tmp_path / "WhatsApp Chat with Carers ERG.txt"
    messages = [
        ("Jo", "1.1 is true. the video calls kept us going"),
        ("Sam", "re 2.1: evenings only, please"),
        ("Ali", "we talked about 1.1 and 2.1 at the meeting"),
        ("Jo", "1/2 the staff never came back"),
        ("Sam", "1.5% of us have a smartphone"),
        ("Ali", "9.9 is not in the pack"),
        ("Jo", "both (1.1) and (2.1) matter"),
    ]
    chat.write_text(
        "\n".join(f"04/11/26, 7:{10 + n:02d} pm - {who}: {words}" for n, (who, words) in enumerate(messages)) + "\n",
        encoding="utf-8",
    )
    said = demo("feedback", "import", str(chat), code=None)
    on = {f["comment"]: f["configuration"] for f in demo.json("feedback", "list")}
    assert on == {
        "1.1 is true. the video calls kept us going": "C7",
        "re 2.1: evenings only, please": "C5",
        **{words: "overall" for _, words in messages[2:]},
    }
    assert " 1 on C7; " in said.stderr and " 2 on C5; " in said.stderr  # the import lists the rows it read so
