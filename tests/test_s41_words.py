"""Session 41, words people read: a name kept at the start of a context worded "Where …" (trial AM 12), a title and
sentence for a mechanism coded as an outcome-like noun phrase (AM 13), and what a pack tells a respondent was done with
an answer told by the side they took (AL 17). Each rule is tested on other topics than the trial's."""

from __future__ import annotations

from feedback_files import answers_file

from cmo.synthesis.wording import cmo_sentence, names_from, title_for


def _article(html: str, anchor: str) -> str:
    return html.split(f'<article class="cmo" id="{anchor}"', 1)[1].split("</article>", 1)[0]


def _what_changed(demo, tmp_path, config: str) -> str:
    demo("configs", "edit", "C1", "--title", "Seeing less of the person at a distance")  # a round 2 to close
    demo("round", "close", "--note", "second round")
    pack = tmp_path / "p2.html"
    demo("pack", "--round", "2", "-o", str(pack))
    return _article(pack.read_text(encoding="utf-8"), f"cfg-{config}").split("What changed since round 1", 1)[1]


# --- AL 17: a respondent's answer told by the side they took ---------------------------------------------------------


def test_a_disagreement_the_team_counts_as_support_is_told_as_what_prompted_the_rewording(demo, tmp_path):
    """Trial AL: "So we reworded it and cited your feedback as evidence for it" to a respondent who disagreed."""
    answers = answers_file(tmp_path / "wren.json", "Jenny Wren", 1, {"C2": ("disagree", "Mentors need training first.")})
    (answer,) = demo.json("feedback", "import", str(answers))["feedback"]
    demo("configs", "edit", "C2", "--mechanism", "a trained mentor builds trust over time", "--because", answer)
    demo("configs", "cite", "C2", "--feedback", answer, "--supporting")
    changed = _what_changed(demo, tmp_path, "C2")
    assert "evidence for it" not in changed
    assert "cited your feedback as what prompted the change" in changed


def test_a_disagreement_counted_as_support_without_a_change_is_kept_beside_the_evidence(demo, tmp_path):
    answers = answers_file(tmp_path / "wren.json", "Jenny Wren", 1, {"C2": ("disagree", "Mentors need training first.")})
    (answer,) = demo.json("feedback", "import", str(answers))["feedback"]
    demo("configs", "cite", "C2", "--feedback", answer, "--supporting")
    changed = _what_changed(demo, tmp_path, "C2")
    assert "evidence for it" not in changed and "prompted" not in changed
    assert "So we kept your feedback beside the evidence." in changed


def test_an_agreement_the_team_counts_against_is_not_told_as_the_groups_view_against_it(demo, tmp_path):
    answers = answers_file(tmp_path / "owl.json", "Grey Owl", 1, {"C2": ("agree", "Yes, but only for older teenagers.")})
    (answer,) = demo.json("feedback", "import", str(answers))["feedback"]
    demo("configs", "cite", "C2", "--feedback", answer, "--contradicting")
    changed = _what_changed(demo, tmp_path, "C2")
    assert "view against it" not in changed
    assert "So we kept your feedback beside the evidence." in changed


def test_an_agreement_cited_for_it_is_still_evidence_for_it(demo, tmp_path):
    answers = answers_file(tmp_path / "owl.json", "Grey Owl", 1, {"C2": ("agree", "My mentor was like family.")})
    (answer,) = demo.json("feedback", "import", str(answers))["feedback"]
    demo("configs", "cite", "C2", "--feedback", answer)
    assert "So we cited your feedback as evidence for it." in _what_changed(demo, tmp_path, "C2")


# --- AM 12: a name at the start of a context worded "Where …" ---------------------------------------------------------


def test_a_name_whose_first_word_is_a_common_one_keeps_its_capital_where_the_texts_write_it_so():
    """Trial AM: "Where redthread is a charity…". A name of several words whose first is common alone ("Age", "Carers")
    is the review's name where its texts write the two words together mid-sentence."""
    texts = ["older people referred to Age UK by their GP", "a helpline run by Carers UK"]
    with names_from(texts):
        said = cmo_sentence("Age UK volunteers visit each week", "older people feel less alone", "they go out more")
        assert said.startswith("Where Age UK volunteers visit each week, ")
        assert cmo_sentence("Carers UK advisers phone carers", "carers feel heard", "they keep caring").startswith(
            "Where Carers UK advisers phone carers, "
        )
        # the word alone, at the start of a sentence, is still the sentence's capital
        assert cmo_sentence("Age is no barrier to joining", "people feel welcome", "they join").startswith("Where age is no")


def test_names_and_acronyms_keep_their_case_at_the_start_of_a_where_clause():
    texts = ["patients are visited by Macmillan nurses", "residents were lent iPads by the home"]
    with names_from(texts):
        assert cmo_sentence("Macmillan nurses visit at home", "patients feel safe", "they die at home").startswith(
            "Where Macmillan nurses visit at home, "
        )
        assert cmo_sentence("NHS England funds the pilot", "managers plan ahead", "staff stay").startswith(
            "Where NHS England funds the pilot, "
        )
        assert cmo_sentence("iPads are lent to every resident", "residents see family", "they feel less lonely").startswith(
            "Where iPads are lent to every resident, "
        )
    # a name capitalised inside the statement itself, without the review's texts
    assert cmo_sentence(
        "Macmillan is a charity funded by donations", "patients trust Macmillan nurses", "they call for help early"
    ).startswith("Where Macmillan is a charity")


# --- AM 13: a mechanism coded as a change, without a verb ---------------------------------------------------------------


def test_a_mechanism_that_names_a_change_is_titled_with_what_it_leads_to():
    """Trial AM: the title "Fewer readmissions and incarcerations" said a result, not how one comes about."""
    context = "older people attend a strength and balance class"
    assert title_for(context, "fewer falls and fractures", "fewer hospital admissions") == (
        "Fewer falls and fractures lead to fewer hospital admissions"
    )
    assert title_for("wards with a discharge coordinator", "shorter stays in hospital", "beds are free for new patients") == (
        "Shorter stays in hospital mean that beds are free for new patients"
    )
    assert title_for("workplaces with a return-to-work coordinator", "less time off sick", "reduces costs for employers") == (
        "Less time off sick reduces costs for employers"
    )


def test_a_change_with_an_outcome_read_either_way_is_titled_as_a_heading():
    title = title_for("a school runs a breakfast club", "fewer late arrivals and absences", "the school saves money")
    assert title == "Fewer late arrivals and absences \u2013 the school saves money"


def test_a_noun_phrase_that_names_no_change_keeps_its_title_and_a_long_one_is_not_joined():
    assert title_for("pregnant women", "a named midwife for the whole pregnancy", "women feel known") == (
        "A named midwife for the whole pregnancy"
    )
    long = "women who have seen the same midwife at every antenatal appointment feel able to tell her about abuse"
    assert title_for("pregnant women", "fewer changes of midwife", long) == "Fewer changes of midwife"


# --- AM 11 (re-trial 40b, N1): a clause context whose verb comes before a "where" or "which" ---------------------------


def test_a_clause_context_with_where_after_its_verb_opens_where():
    """Trial AM: "In the emergency department shares anonymised data on where assaults happen…"."""
    said = cmo_sentence("the council publishes data on which wards have the longest waits", "families choose", "waits fall")
    assert said.startswith("Where the council publishes data on which wards have the longest waits, ")
    said = cmo_sentence("the school nurse visits each class when a pupil is unwell", "pupils feel looked after", "they stay")
    assert said.startswith("Where the school nurse visits each class when ")
    # a place or people described by a clause after "where" or "who" stays a place or people
    assert cmo_sentence("areas where people have no car", "staff visit", "people are seen").startswith("In areas where")
    assert cmo_sentence("people who are homeless", "they feel judged", "they leave").startswith("For people who are homeless")
