"""Trial H2 (Housing First): a respondent sent the form twice and edited their words the second time, dropping a
personal disclosure ("I got barred from a hostel…"); the round-2 pack still retold the dropped words to the whole group
as "In an earlier answer". An edit that opens with the earlier answer's own words is a revision (nothing of the earlier
kept beside it), and a pack retells only the answer in force: words a later answer replaced stay with the team
(`feedback summary`), never the group. The shipped example review (telemental health), not the trial's topic."""

from __future__ import annotations

from sheet_reviews import answer_of as _answer
from sheet_reviews import feedback_form as _form

DROPPED = "my cousin was sectioned after a video call went wrong"


def test_an_edited_answer_keeps_nothing_it_dropped_and_the_pack_retells_only_the_edit(demo, tmp_path):
    first = f"video works if the nurse knows you already. {DROPPED} and nobody rang back"
    edited = "video works if the nurse knows you already. A phone call first would help."
    demo("feedback", "import", str(_form(tmp_path, "first.csv", [f'heron,1,C1,partly,"{first}"'])), code=None)
    demo("feedback", "import", str(_form(tmp_path, "again.csv", [f'heron,1,C1,partly,"{edited}"'])), code=None)
    later = _answer(demo, "heron")
    assert (later["comment"], later["earlier"]) == (edited, "")
    demo("configs", "edit", "C1", "--outcome", "people keep in touch with their team by video", "--because", later["id"])
    demo("round", "close", "--note", "second", code=None)
    demo("pack", "-o", str(tmp_path / "pack.html"), code=None)
    page = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "A phone call first would help." in page and "sectioned" not in page


def test_words_a_resent_form_replaced_stay_with_the_team_and_never_reach_the_group(demo, tmp_path):
    """Another topic's words (trial U's falls class): "Sorry, sent twice" replaced them; the team still reads them."""
    kept = "The word 'falls' put my husband off completely - call it a strength and balance class"
    demo("feedback", "import", str(_form(tmp_path, "first.csv", [f'wren,1,C1,agree,"{kept}"'])), code=None)
    demo("feedback", "import", str(_form(tmp_path, "again.csv", ['wren,1,C1,disagree,"Sorry, sent twice."'])), code=None)
    later = _answer(demo, "wren")
    assert later["earlier"] == kept and kept in demo("feedback", "summary").stdout
    demo("configs", "edit", "C1", "--outcome", "people keep in touch with their team by video", "--because", later["id"])
    demo("round", "close", "--note", "second", code=None)
    demo("pack", "-o", str(tmp_path / "pack.html"), code=None)
    page = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "Sorry, sent twice." in page and "husband" not in page
