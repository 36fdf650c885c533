"""A coding sheet citing a body by the initials its name opens with ('CSG 2021' for the Council of State Governments
Justice Center, which calls itself the "CSG Justice Center") was refused with no suggestion of the source meant (helper
K3). It is still refused (a suggestion is no reading), now naming that source; initials that spell another body's name
suggest nothing of it."""

from __future__ import annotations

from conftest import DATA

from cmo.sheets.tables import _initials_of_its_opening

EXPORTS = DATA / "k3_reentry"


def test_a_body_cited_by_the_initials_its_name_opens_with_is_suggested(cmo):
    cmo("init", str(cmo.folder), "--domains", str(DATA.parent.parent / "configs" / "minimal.yaml"), code=None)
    cmo("ingest", str(EXPORTS / "ncjrs_grey_list.csv"), "--origin", "website")
    key = next(s["key"] for s in cmo.json("sources", "list") if s["authors"][0].startswith("Council of State"))
    cmo("select", "include", key)
    done = cmo("code", "import", str(EXPORTS / "coding_body_by_initials.csv"), code=2)
    assert f"row 2, column Study: 'CSG 2021' is not a source in this review (did you mean '{key}'?)" in done.stderr
    assert cmo.json("code", "list") == []


def test_initials_of_another_bodys_opening_words_are_not_its():
    assert _initials_of_its_opening("csg", "Council of State Governments Justice Center")
    assert _initials_of_its_opening("cqc", "Care Quality Commission")
    assert not _initials_of_its_opening("cjc", "Council of State Governments Justice Center")
    assert not _initials_of_its_opening("phe", "Public Health Wales")
    assert not _initials_of_its_opening("cs", "Council of State Governments")
