"""Trial AC (virtual wards for older people with frailty): words people read. Each rule is tested alone, on sentences from
other topics (schools, asthma, crisis care, fostering); the outputs through the commands a user types on the example review
(real SQLite, real files).

- AC10: "which leads to fewer were in residential care", "so variation in what virtual wards deliver", "In torbay…",
  "For carers…, carers take on…".
- AC12: "Report generated 2026-12-06T03:18:15+00:00"; "People who can speak for Older people and carers".
- AC9: "the reference group's answer F18"; two identical lines "cited the reference group's feedback on it".
- AC8: key contexts put back "in Boston" after the team took it out of the context."""

from __future__ import annotations

import re
from datetime import date

from cmo.synthesis.wording import (
    CLAUSE,
    NOUN_PHRASE,
    cmo_sentence,
    in_running_text,
    key_contexts,
    names_from,
    outcome_form,
    says_it_with_more,
)

# ---- AC10: outcomes, names and people said twice -------------------------------------------------------------------


def test_a_comparative_standing_for_those_it_counts_before_an_auxiliary_opens_a_clause():
    assert outcome_form("Fewer were readmitted within a year") == CLAUSE
    assert outcome_form("More had a named key worker") == CLAUSE
    assert outcome_form("Less is spent on agency staff") == CLAUSE
    assert outcome_form("Fewer exclusions from school") == NOUN_PHRASE  # before a noun it describes it, as before
    said = cmo_sentence("Pupils at risk of exclusion", "A mentor meets them weekly", "Fewer were excluded by the end of term")
    assert said.endswith("a mentor meets them weekly, so fewer were excluded by the end of term.")


def test_a_verb_after_what_or_how_is_the_inner_clauses_so_the_outcome_stays_a_noun_phrase():
    assert outcome_form("Uncertainty about what teachers expect") == NOUN_PHRASE
    assert outcome_form("Clarity about how referrals work") == NOUN_PHRASE
    assert outcome_form("Pupils know what to do next") == CLAUSE  # the clause's own verb comes first
    said = cmo_sentence("Schools without a written policy", "Staff improvise", "Variation in what pupils are offered")
    assert said.endswith("staff improvise, which leads to variation in what pupils are offered.")


def test_a_mechanism_naming_again_the_people_its_context_opens_with_says_they():
    said = cmo_sentence("Foster carers of teenagers in crisis", "Foster carers feel out of their depth", "Placements end early")
    assert said.startswith("For foster carers of teenagers in crisis, they feel out of their depth, so ")
    said = cmo_sentence("Older women living alone after a fall", "Women feel safer with a pendant alarm", "Fewer admissions")
    assert said.startswith("For older women living alone after a fall, they feel safer with a pendant alarm")
    other = cmo_sentence("Parents of children with asthma", "Children learn to use the inhaler", "Fewer attacks")
    assert "asthma, children learn" in other  # other people than the context's: named


def test_a_word_the_review_never_writes_in_lower_case_and_the_lexicon_does_not_know_keeps_its_capital():
    texts = ["Hackney integrated care teams", "frailty units in district hospitals", "telehealth at home", "staff assess"]
    with names_from(texts):
        assert cmo_sentence("Hackney integrated care teams", "Nurses visit daily", "Fewer admissions").startswith("In Hackney")
        assert cmo_sentence("Frailty units in district hospitals", "Staff assess quickly", "Fewer admissions").startswith(
            "In frailty units"
        )  # the review writes "frailty": a common word
    # without the review's texts nothing tells a place from a common word the lexicon lacks: lowered, as before
    assert cmo_sentence("Hackney integrated care teams", "Nurses visit daily", "Fewer admissions").startswith("In hackney")


# ---- AC12: dates and group names people read ------------------------------------------------------------------------


def test_a_timestamp_or_iso_date_is_written_as_people_read_a_date():
    from cmo.outputs.report import date_text

    assert date_text("2026-12-06T03:18:15+00:00") == "6 December 2026"
    assert date_text("2025-03-31") == "31 March 2025"
    assert date_text(date(2024, 1, 2)) == "2 January 2024"
    assert date_text("end of the month") == "end of the month"


def test_a_groups_name_in_running_text_loses_the_capital_only_a_label_has():
    assert in_running_text("Children and young people") == "children and young people"
    assert in_running_text("NHS managers") == "NHS managers"
    assert in_running_text("Māori whānau") == "Māori whānau"


def test_the_report_header_gives_the_day_it_was_written_as_a_date(demo, tmp_path):
    md = tmp_path / "report.md"
    demo("report", "--format", "md", "-o", str(md))
    header = next(line for line in md.read_text(encoding="utf-8").splitlines() if "Report generated" in line)
    assert re.search(r"Report generated \d{1,2} [A-Z][a-z]+ \d{4} by cmo", header), header
    assert "T" not in header.split("generated", 1)[1].split("by", 1)[0]


def test_a_groups_pack_speaks_of_the_group_in_running_text(demo, tmp_path):
    pack = tmp_path / "cyp.html"
    demo("pack", "--group", "cyp", "--fresh", "-o", str(pack))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", pack.read_text(encoding="utf-8")))
    assert "Who this pack is for Children and young people, and anyone answering for this group. " in text
    assert "This pack is for children and young people." in text
    assert "speak for Children" not in text


# ---- AC9: feedback named by group and round; each decision by its configuration -----------------------------------


def _answer(demo, configuration: str, who: str) -> str:
    sheet = demo.folder / f"answers-{who}.csv"
    sheet.write_text(
        f"pseudonym,group,round,configuration,rating,comment\n{who},cyp,1,{configuration},disagree,Not what we saw\n",
        encoding="utf-8",
    )
    demo("feedback", "import", str(sheet))
    return demo.json("feedback", "list")[-1]["id"]


def test_the_report_names_an_answer_counted_on_a_side_by_its_group_and_round_never_by_id(demo, tmp_path):
    answer = _answer(demo, "C1", "Kestrel")
    demo("configs", "cite", "C1", "--feedback", answer, "--supporting", "--note", "she disagreed with the old words")
    md = tmp_path / "report.md"
    demo("report", "--format", "md", "-o", str(md))
    text = md.read_text(encoding="utf-8")
    assert f"answer {answer}" not in text and not re.search(rf"\b{answer}\b", text)
    assert "counted as support for it, whatever its rating, an answer from Expert reference group, round 1" in text


def test_each_decision_citing_a_rounds_feedback_names_its_configuration(demo, tmp_path):
    first, second = _answer(demo, "C1", "Kestrel"), _answer(demo, "C2", "Wren")
    demo("configs", "cite", "C1", "--feedback", first)
    demo("configs", "cite", "C2", "--feedback", second)
    html = tmp_path / "report.html"
    demo("report", "-o", str(html))
    listed = html.read_text(encoding="utf-8").split("Decisions citing this round", 1)[1].split("</ul>", 1)[0]
    lines = [re.sub(r"<[^>]+>", "", line).strip() for line in listed.split("<li>")[1:]]
    cited = [line for line in lines if "cited the reference group" in line]
    assert len(cited) == 2 and len(set(cited)) == 2, lines
    assert cited[0].startswith("CMO") and "(C1)" in cited[0] and "(C2)" in cited[1]


# ---- AC8: key contexts follow the context a person wrote ------------------------------------------------------------


def test_a_member_context_that_says_a_persons_context_with_words_they_took_out_is_no_key_context():
    assert says_it_with_more("Pupils in Leeds secondary schools", "Pupils in secondary schools")
    assert not says_it_with_more("Pupils in secondary schools", "Pupils in secondary schools")
    assert not says_it_with_more("Teachers in secondary schools", "Pupils in secondary schools")
    members = ["Pupils in Leeds secondary schools", "Teachers new to the profession"]
    assert key_contexts("", "Pupils in secondary schools", members, context_written=True) == "Teachers new to the profession"
    # cmo's own context (no person wrote it): the member's place is a context of its own, shown as before
    assert "Leeds" in key_contexts("", "Pupils in secondary schools", members)
    # the team's own key contexts are theirs, whatever the context
    assert key_contexts("Leeds only", "Pupils in secondary schools", members, context_written=True) == "Leeds only"


def test_key_contexts_follow_a_context_the_team_edited(demo, tmp_path):
    demo("configs", "edit", "C1", "--context", "People in crisis who are offered care by video or telephone")
    md = tmp_path / "report.md"
    demo("report", "--format", "md", "-o", str(md))
    row = next(line for line in md.read_text(encoding="utf-8").splitlines() if line.startswith("| **CMO") and "(C1)**" in line)
    assert "or at raised risk" not in row  # S3's context, which the team's edit took the words out of
    assert "Community clinicians supporting people" in row  # another member's context is still key
