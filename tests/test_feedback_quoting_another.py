"""An answer quoting another member's message is named at import (trial E4, a diabetes SMS review whose lead typed a
WhatsApp group's replies into a sheet): a reply's quote ('> Lakshmamma: Phone is with my son') is someone else's words,
with their name, and the next pack and the report printed it as this respondent's words, though each respondent is
shown only by group. The import names the rows and keeps the quoted lines apart from the member's own words (helper
H6); a comparison opening a line ('> 50% of my friends…') is no quote. Examples are about the shipped telemental-health review."""

from __future__ import annotations

from pathlib import Path

SHEET = Path(__file__).parent / "data" / "whatsapp_typed" / "erg-replies-typed.csv"


def test_a_reply_quoting_another_member_keeps_the_quote_apart_from_its_own_words(demo):
    """Helper H6: the member's own words are the answer, the message they replied to is kept apart, said once."""
    result = demo("feedback", "import", str(SHEET), "--round", "1")
    assert f"{SHEET} row 3: the answer quotes another message" in result.stderr
    assert "the quoted lines are kept apart from the answer" in result.stderr
    assert "row 4: the answer quotes" not in result.stderr and "rows 3 and 4" not in result.stderr
    answers = demo.json("feedback", "list", "--round", "1")
    assert len(answers) == 3  # nothing dropped
    otter = next(a for a in answers if a["respondent"] == "Otter")
    assert otter["comment"] == "Not for me, my brother is always listening."
    assert otter["quoted"] == "Kestrel: Video from my bedroom felt safer"
    assert not any("Kestrel" in a["comment"] for a in answers if a["respondent"] != "Kestrel")
    heron = next(a for a in answers if a["respondent"] == "Heron")
    assert heron["comment"].startswith("> 50% of my friends") and heron["quoted"] == ""  # a comparison, no quote
    listed = demo("feedback", "list", "--round", "1").stdout
    assert "my brother is always listening.  (replying to: Kestrel: Video from my bedroom felt safer)" in listed


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
