"""A rating said in the first person that rates nothing ("I don't know", "I'm not sure") is no rating, its words kept,
as "Don't know" was (trial BZ: a Google Forms download failed whole, exit 2, on the answer the pack invites)."""

from __future__ import annotations


def test_i_dont_know_and_im_not_sure_are_answers_without_a_rating(demo, tmp_path):
    path = tmp_path / "answers.csv"
    path.write_text(
        "pseudonym,group,round,configuration,rating,comment\n"
        "Linnet,cyp,1,C1,I don't know,never seen this service\n"
        "Linnet,cyp,1,C7,I'm not sure,\n"
        "Linnet,cyp,1,C3,Agree,\n",
        encoding="utf-8",
    )
    demo("feedback", "import", str(path), code=None)
    ratings = {a["configuration"]: a["rating"] for a in demo.json("feedback", "list")}
    assert ratings["C1"] is None and ratings["C7"] is None  # kept as answers, rating nothing
    assert ratings["C3"] == "agree"


def test_i_dont_know_in_a_form_download_is_its_middle_its_words_kept(demo, tmp_path):
    """Re-check RG 1: the rule reached the template's rows only; a Google Forms download still failed whole."""
    path = tmp_path / "Round 1 (Responses).csv"
    path.write_text(
        '"Timestamp","Your pseudonym","The group you are answering for",'
        '"How far do you agree? [C1: Clinicians see less of the person and their surroundings]",'
        '"How far do you agree? [C7: Video, phone or text contact lets them keep in touch]"\n'
        '"2026/11/05 10:15:32 AM GMT","Stoat","Children and young people","I don\'t know","Agree"\n',
        encoding="utf-8",
    )
    demo("feedback", "import", str(path), code=None)
    ratings = {a["configuration"]: a["rating"] for a in demo.json("feedback", "list")}
    assert ratings == {"C1": None, "C7": "agree"}
