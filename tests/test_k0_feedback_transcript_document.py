"""Trial K0: a research assistant's transcript of voice notes (plain text, one section per speaker) given to `cmo
feedback import` was refused as a table whose rows had more cells than its header ('a comma typed outside quotes cut
one of its cells'), words about a spreadsheet the team never made. It is refused as what it is, a document of notes,
with the template to copy the comments into; a typed table under a title line is still read. Tested on the example
review (crisis mental health care)."""

from __future__ import annotations

import shutil
from pathlib import Path

DATA = Path(__file__).parent / "data" / "voice_notes"


def test_a_transcript_of_voice_notes_is_refused_as_a_document_with_the_template_to_use(demo, tmp_path):
    notes = shutil.copy(DATA / "transcript-by-speaker.txt", tmp_path / "voice-notes.txt")
    said = demo("feedback", "import", str(notes), "--round", "1", code=2).stderr
    assert "voice-notes.txt: a document of notes" in said and "cmo feedback template -o answers.xlsx" in said
    assert "comma typed outside quotes" not in said
    assert demo.json("feedback", "list") == []


def test_a_typed_table_under_a_title_line_is_still_read(demo, tmp_path):
    """Must not fire: a title sentence above the template's columns, as an administrator types paper forms."""
    typed = tmp_path / "paper-forms.txt"
    typed.write_text(
        "Answers typed from the paper forms at the November meeting, round one.\n"
        "pseudonym,configuration,rating,comment\n"
        'Rowan,C1,Agree,"yes, when the same worker rings back"\n',
        encoding="utf-8",
    )
    demo("feedback", "import", str(typed), "--round", "1", code=None)
    assert [(f["respondent"], f["configuration"], f["rating"]) for f in demo.json("feedback", "list")] == [
        ("Rowan", "C1", "agree")
    ]
