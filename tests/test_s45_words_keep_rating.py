"""A later file giving a respondent's words on a configuration and no rating (one poll exported a file: the ratings'
poll, then the comments') never takes back the rating they gave it (helper LH); a later rating still replaces it."""

from __future__ import annotations


def _sheet(path, rating: str, comment: str) -> str:
    row = f"Kestrel,cyp,1,C1,{rating},{comment}"
    path.write_text(f"pseudonym,group,round,configuration,rating,comment\n{row}\n", encoding="utf-8")
    return str(path)


def _in_force(demo) -> list[dict]:
    return [a for a in demo.json("feedback", "list") if a["respondent"] == "Kestrel"]


def test_words_without_a_rating_keep_the_rating_given_before(demo, tmp_path):
    demo("feedback", "import", _sheet(tmp_path / "ratings.csv", "agree", ""))
    later = demo.json("feedback", "import", _sheet(tmp_path / "comments.csv", "", "Waiting lists are the real barrier"))
    assert not later["replaced"]
    answers = _in_force(demo)
    assert sorted(a["rating"] or "" for a in answers) == ["", "agree"]


def test_a_later_rating_still_replaces_the_earlier_one(demo, tmp_path):
    demo("feedback", "import", _sheet(tmp_path / "first.csv", "agree", ""))
    later = demo.json("feedback", "import", _sheet(tmp_path / "second.csv", "disagree", "changed my mind"))
    assert len(later["replaced"]) == 1
    assert [a["rating"] for a in _in_force(demo)] == ["disagree"]
