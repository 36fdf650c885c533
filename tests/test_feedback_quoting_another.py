"""An answer quoting another member's message is named at import (trial E4, a diabetes SMS review whose lead typed a
WhatsApp group's replies into a sheet): a reply's quote ('> Lakshmamma: Phone is with my son') is someone else's words,
with their name, and the next pack and the report printed it as this respondent's words, though each respondent is
shown only by group. The import names the rows (exit 1) and what to do; a comparison opening a line ('> 50% of my
friends…') is no quote. Examples are about the shipped telemental-health review."""

from __future__ import annotations

from pathlib import Path

SHEET = Path(__file__).parent / "data" / "whatsapp_typed" / "erg-replies-typed.csv"


def test_a_reply_quoting_another_member_is_named_by_its_row(demo):
    result = demo("feedback", "import", str(SHEET), "--round", "1", code=1)
    assert f"{SHEET} row 3: the answer quotes another message" in result.stderr
    assert "'cmo feedback withdraw erg-replies-typed.csv', cut the quoted lines" in result.stderr
    assert "row 4: the answer quotes" not in result.stderr and "rows 3 and 4" not in result.stderr
    answers = demo.json("feedback", "list", "--round", "1")
    assert len(answers) == 3  # kept as written: nothing dropped
    assert any("> Kestrel" in a["comment"] for a in answers)


def test_a_comparison_opening_a_line_is_no_quote(demo, tmp_path):
    """Must not fire: '> 50%' and '>= 2' open comparisons, and a '>' inside a line is a sign in the text."""
    sheet = tmp_path / "answers.csv"
    sheet.write_text(
        "Pseudonym,Configuration,Rating,Comment\n"
        'Wren,C2,agree,"> 50% of us said so"\n'
        'Lark,C3,agree,">= 2 calls a week helped"\n'
        'Robin,C5,agree,"a score > 3 meant a call back"\n',
        encoding="utf-8",
    )
    result = demo("feedback", "import", str(sheet), "--round", "1")
    assert "quotes another message" not in result.stderr
