"""Helper K7: a comment that opened by naming its finding ('Re C7 - …', 'Regarding C4, …', as a note or an email says
what it is about) was retold in the next round's pack as written, so the group read "Re C7 - works for follow-up…".
The pack (and every listing quoting the answer) already says which finding it is on: the naming opening is left out
of what is retold, and the words as written stay stored. An opening naming another finding, several, or none stays.
The shipped example review (telemental health); the must-not-fire cases are on another topic (school meals)."""

from __future__ import annotations

from sheet_reviews import feedback_form

from cmo.models import without_its_id

ROWS = [
    "kestrel,1,C7,agree,",
    'kestrel,1,overall,,"Re C7 - works for follow-up, but a first meeting by video put my patients off"',
    'robin,1,C4,partly,"Regarding C4, the training is one afternoon and never repeated"',
]


def test_the_next_rounds_pack_retells_a_comment_without_the_id_it_opened_with(demo, tmp_path):
    """Fails on the old code: the pack read “Re C7 - works for follow-up…” and “Regarding C4, the training…”."""
    demo("feedback", "import", str(feedback_form(tmp_path, "round1.csv", ROWS)), code=None)
    ids = {a["configuration"]: a["id"] for a in demo.json("feedback", "list")}
    for config, because in (("C7", "they keep in touch, while a first meeting stays face to face"), ("C4", "it is repeated")):
        demo("configs", "cite", config, "--feedback", ids[config])
        demo("configs", "edit", config, "--outcome", because, "--because", ids[config], code=None)
    demo("round", "close")
    demo("pack", "-o", str(tmp_path / "pack.html"))
    html = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "Works for follow-up, but a first meeting" in html and "The training is one afternoon" in html
    assert "Re C7" not in html and "Regarding C4" not in html
    stored = {a["comment"] for a in demo.json("feedback", "list")}  # the record keeps the words as written
    assert "Re C7 - works for follow-up, but a first meeting by video put my patients off" in stored


def test_an_opening_naming_another_finding_or_several_or_none_stays():
    """Must not fire (school meals): only an opening naming the answer's own finding, alone, is left out."""
    assert without_its_id("Re C3 - the queue is too long", "C5") == "Re C3 - the queue is too long"
    assert without_its_id("C5 and C6 both miss the breakfast club", "C5") == "C5 and C6 both miss the breakfast club"
    assert without_its_id("C5-C6: same point about portions", "C5") == "C5-C6: same point about portions"
    assert without_its_id("Cooks know the pupils by name", "C5") == "Cooks know the pupils by name"
    assert without_its_id("Regarding costs, C5 ignores free meals", "C5") == "Regarding costs, C5 ignores free meals"
    assert without_its_id("C5", "C5") == "C5"
    assert without_its_id("Re: C5 - menus change termly", "C5") == "Menus change termly"
