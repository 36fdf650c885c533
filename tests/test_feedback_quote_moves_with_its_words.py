"""A reply typed up from a group chat, on the findings overall, quoting another member ('> Kestrel: …') and opening with
the finding it is about ('Re C1 - …'), is the answer on C1, and the message it replied to goes with it (helper RH6,
trying H2's 'Re C20 -' and H6's quoted replies together: the words moved to C1 and the quote, left on the emptied
overall row, was dropped, though the import said it was kept apart). Must not fire where the overall row keeps words
of its own. The shipped example review (telemental health)."""

from __future__ import annotations


def _sheet(tmp_path, rows):
    """A form's download: one row a respondent, a rating on C1, and words on the findings overall."""
    sheet = tmp_path / "erg-replies-typed.csv"
    sheet.write_text("Pseudonym,C1,Anything missing across the findings?\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return sheet


def _answers(demo, respondent):
    listed = demo.json("feedback", "list")
    return [(a["configuration"], a) for a in listed if a["respondent"] == respondent]


def test_a_quote_goes_with_the_words_moved_to_the_finding_they_name(demo, tmp_path):
    rows = ['otter,Agree,"> Kestrel: video from my bedroom felt safer\nRe C1 - not for me, my brother listens in."']
    result = demo("feedback", "import", str(_sheet(tmp_path, rows)), code=None)
    assert "quotes another message" in result.stderr
    words = "Re C1 - not for me, my brother listens in."
    said = [(c, a["missing"], a["quoted"]) for c, a in _answers(demo, "otter")]
    assert said == [("C1", words, "Kestrel: video from my bedroom felt safer")]
    before = demo.json("feedback", "list")
    demo("feedback", "import", str(_sheet(tmp_path, rows)), code=None)
    assert demo.json("feedback", "list") == before  # read again: nothing new


def test_a_quote_stays_on_an_overall_answer_that_keeps_its_own_words(demo, tmp_path):
    rows = ['heron,Agree,"> Wren: the app kept crashing\nThe app needs a phone of your own."']
    demo("feedback", "import", str(_sheet(tmp_path, rows)), code=None)
    on = {c: a["quoted"] for c, a in _answers(demo, "heron")}
    assert on == {"C1": "", "overall": "Wren: the app kept crashing"}  # stays with the words it replied to
