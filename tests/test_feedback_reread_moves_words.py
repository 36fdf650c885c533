"""Trial H2 (Housing First): a comment on the findings overall opening "Re C20 - …" was stored by an earlier cmo as
an answer overall (F29); imported again once cmo read it as the answer on C20 (F31), both stayed in force, and the one
comment counted twice. The same file's same respondent, read again, giving the stored words on another question, is
the row read otherwise: the new answer replaces the old (kept, marked replaced), and a third import adds nothing.
The shipped example review (telemental health), not the trial's topic."""

from __future__ import annotations

from contextlib import closing

from sheet_reviews import feedback_form

from cmo.commands.review import open_review
from cmo.sheets.feedback import fingerprint

WORDS = "Re C1 - works for follow-up, but a first meeting by video put my patients off"


def _form(tmp_path):
    rows = ["kestrel,1,C1,agree,", "kestrel,1,C2,partly,", f'kestrel,1,overall,,"{WORDS}"', "robin,1,overall,,All clear"]
    return feedback_form(tmp_path, "round1.csv", rows)


def _as_an_earlier_cmo_read_it(demo) -> str:
    """The answer on C1 the words were read as, put back where an earlier cmo kept them: overall, no rating."""
    with closing(open_review(demo.folder)) as review, review.store.transaction():
        (now,) = [item for item in review.store.feedback() if item.comment == WORDS]
        assert now.configuration == "C1"
        old = now.model_copy(update={"configuration": "overall", "rating": None, "answer": ""})
        review.store.put_feedback([old.model_copy(update={"fingerprint": fingerprint(old)})])
        return now.id


def _in_force(demo, respondent: str) -> list[tuple[str, str]]:
    return [(a["configuration"], a["comment"]) for a in demo.json("feedback", "list") if a["respondent"] == respondent]


def test_a_file_read_again_moving_a_comment_to_the_finding_it_names_counts_it_once(demo, tmp_path):
    sheet = _form(tmp_path)
    demo("feedback", "import", str(sheet), code=None)
    old = _as_an_earlier_cmo_read_it(demo)
    demo("feedback", "import", str(sheet), code=None)
    assert sorted(_in_force(demo, "kestrel")) == [("C1", WORDS), ("C2", "")]  # once, on C1
    assert _in_force(demo, "robin") == [("overall", "All clear")]  # another's overall answer stays
    with closing(open_review(demo.folder)) as review:
        kept = {item.id: item for item in review.store.feedback(replaced=True)}
    assert kept[old].replaced_by and kept[kept[old].replaced_by].comment == WORDS  # kept, marked replaced
    before = demo.json("feedback", "list")
    demo("feedback", "import", str(sheet), code=None)
    assert demo.json("feedback", "list") == before


def test_a_later_file_s_overall_words_never_take_back_a_different_answer_on_a_finding(demo, tmp_path):
    """Another respondent's own words on C1 and overall, differing: the later file's overall answer replaces nothing on C1."""
    first = tmp_path / "first.csv"
    first.write_text("respondent,round,configuration,rating,comment\nwren,1,C1,agree,Rings true\n", encoding="utf-8")
    demo("feedback", "import", str(first), code=None)
    later = tmp_path / "later.csv"
    later.write_text("respondent,round,configuration,rating,comment\nwren,1,overall,,Rings true for days\n", encoding="utf-8")
    demo("feedback", "import", str(later), code=None)
    assert sorted(_in_force(demo, "wren")) == [("C1", "Rings true"), ("overall", "Rings true for days")]
