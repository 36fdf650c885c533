"""Trial U: a respondent who sent the form twice had their first comment replaced by the second's "Sorry, sent twice",
and the finding in the first was no longer listed, summarised or quoted. The later answer's rating counts; words the
earlier answer said and the later one does not are kept beside it. Real review (the example), real imports."""

from __future__ import annotations

from sheet_reviews import answer_of as _answer
from sheet_reviews import feedback_form as _form

FIRST = "The word 'falls' put my husband off completely - call it a strength and balance class"


def test_a_form_sent_twice_in_one_download_keeps_the_first_comment_beside_the_later_answer(demo, tmp_path):
    sheet = _form(
        tmp_path,
        "form.csv",
        [f'blue-tit,1,C1,agree,"{FIRST}"', "green-owl,1,C1,agree,", 'blue-tit,1,C1,disagree,"Sorry, sent twice."'],
    )
    demo("feedback", "import", str(sheet), code=None)
    later = _answer(demo, "blue-tit")
    assert (later["rating"], later["comment"], later["earlier"]) == ("disagree", "Sorry, sent twice.", FIRST)
    summary = demo("feedback", "summary").stdout
    assert FIRST in summary and "Sorry, sent twice." in summary
    c1 = demo.json("configs", "show", "C1")["feedback"]
    assert (c1["responses"], c1["agree"], c1["disagree"]) == (2, 1, 1)  # the earlier rating still does not count


def test_a_later_file_s_answer_keeps_the_earlier_file_s_words_it_does_not_repeat_and_only_those(demo, tmp_path):
    demo("feedback", "import", str(_form(tmp_path, "first.csv", ["kite,1,C1,partly,Night shifts are different"])))
    demo("feedback", "import", str(_form(tmp_path, "again.csv", ["kite,1,C1,agree,On reflection it holds"])), code=None)
    assert _answer(demo, "kite")["earlier"] == "Night shifts are different"
    demo("feedback", "import", str(_form(tmp_path, "third.csv", ["kite,1,C1,agree,night shifts are different!"])), code=None)
    third = _answer(demo, "kite")
    assert (third["comment"], third["earlier"]) == ("night shifts are different!", "On reflection it holds")


def test_an_answer_that_says_again_what_it_replaces_carries_nothing_and_a_reimport_changes_nothing(demo, tmp_path):
    demo("feedback", "import", str(_form(tmp_path, "first.csv", ["wren,1,C2,agree,Rings true"])))
    again = _form(tmp_path, "again.csv", ["wren,1,C2,disagree,Rings true for days; not for nights"])
    demo("feedback", "import", str(again), code=None)
    assert _answer(demo, "wren")["earlier"] == ""
    before = demo.json("feedback", "list")
    demo("feedback", "import", str(again), code=None)
    assert demo.json("feedback", "list") == before


def test_an_answer_the_respondent_revised_is_not_kept_beside_its_revision(demo, tmp_path):
    """Trial Y: a respondent rewrote their answer, and the pack showed the withdrawn words run into the new ones."""
    first = "One training day is not enough; staff need more"
    demo("feedback", "import", str(_form(tmp_path, "first.csv", [f'heron,1,C1,partly,"{first}"'])))
    revised = "One training day is too little, staff need follow-up sessions after a disclosure"
    demo("feedback", "import", str(_form(tmp_path, "again.csv", [f'heron,1,C1,partly,"{revised}"'])), code=None)
    assert _answer(demo, "heron")["earlier"] == ""
    demo("feedback", "import", str(_form(tmp_path, "third.csv", ["heron,1,C1,agree,no"])), code=None)
    assert _answer(demo, "heron")["earlier"] == revised  # "no" is not a revision of it, though both hold the letters
