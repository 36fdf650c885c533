"""Feedback counted once and cited where it belongs: a respondent's later file replaces their answers,
`cmo feedback list` shows what is kept, `configs cite` refuses answers about another configuration,
and a file for an earlier round still imports after a later round is closed."""

from __future__ import annotations

import csv
import json

from feedback_files import answers_file


def test_a_later_file_from_the_same_respondent_replaces_their_answers_about_what_it_answers_again(demo, tmp_path):
    first = demo.json(
        "feedback",
        "import",
        str(answers_file(tmp_path / "heron.json", "Blue Heron", 1, {"C1": "agree", "C2": "partly", "C3": "agree"})),
    )
    demo.json(
        "feedback",
        "import",
        str(answers_file(tmp_path / "otter.json", "Otter", 1, {"C1": "disagree"}, role="lived experience", group="cyp")),
    )
    c2_answer = first["feedback"][1]
    demo("configs", "cite", "C2", "--feedback", c2_answer)
    later = answers_file(tmp_path / "heron-v2.json", "blue heron", 1, {"C1": "agree", "C2": "disagree"}, role="clinician")
    result = demo("feedback", "import", str(later), "--json", code=1)  # a citation to look at: exit 1
    revised = json.loads(result.stdout)
    # Their answers about C1 and C2 are replaced; the one about C3, which the new file does not mention, stays.
    assert sorted(revised["replaced"]) == sorted(first["feedback"][:2]) and revised["added"] == 2
    kept = demo.json("feedback", "list")
    assert [(a["respondent"], a["configuration"], a["rating"], a["role"]) for a in kept] == [
        ("Blue Heron", "C3", "agree", ""),
        ("Otter", "C1", "disagree", "lived experience"),
        ("blue heron", "C1", "agree", "clinician"),
        ("blue heron", "C2", "disagree", "clinician"),
    ]
    assert kept[1]["group"] == "cyp" and kept[1]["comment"] == "Otter on C1"
    assert demo.json("configs", "show", "C1")["feedback"]["responses"] == 2
    assert demo.json("configs", "show", "C3")["feedback"]["responses"] == 1
    # The citation stays on the words the reviewer chose, and the import says so, with the command to cite the new one.
    new_c2 = kept[3]["id"]
    assert demo.json("configs", "show", "C2")["feedback_evidence"] == [c2_answer]
    line = (
        f"C2 cites {c2_answer}, which Blue Heron replaced with {new_c2}; cite {new_c2} too if it still holds: "
        f"cmo configs cite C2 --feedback {new_c2}"
    )
    assert revised["warnings"] == [line] and line in result.stderr
    trail = demo.json("history", c2_answer)
    assert trail[-1]["action"] == "feedback-replace" and len(trail[-1]["before"]["answers"]) == 2
    assert trail[-1]["targets"] == [*first["feedback"][:2], *revised["feedback"], "C2"]  # what was replaced, by what
    assert f"replaced {first['feedback'][0]} with {revised['feedback'][0]}; {c2_answer} with {new_c2}" in trail[-1]["note"]
    again = demo.json("feedback", "import", str(tmp_path / "heron-v2.json"))
    assert (again["added"], again["repeated"], again["replaced"]) == (0, 2, [])
    # Trial G: the earlier file imported again brought back the answers the later one replaced; now it changes nothing.
    earlier = demo("feedback", "import", str(tmp_path / "heron.json"), "--json", code=1)
    assert (json.loads(earlier.stdout)["added"], json.loads(earlier.stdout)["replaced"]) == (0, [])
    replaced_now = f"{first['feedback'][0]}, {first['feedback'][1]}, which their later answers {revised['feedback'][0]}, "
    assert f"heron.json: Blue Heron's answers here are {replaced_now}" in earlier.stderr
    assert demo.json("feedback", "list") == kept


def test_cite_refuses_feedback_about_another_configuration_unless_it_came_from_it(demo, tmp_path):
    imported = demo.json("feedback", "import", str(answers_file(tmp_path / "a.json", "Kite", 1, {"C1": "agree", "C3": "agree"})))
    on_c1, on_c3 = imported["feedback"]
    before = demo.json("configs", "show", "C3")
    refused = demo("configs", "cite", "C3", "--feedback", on_c1, code=2)
    assert f"{on_c1} answers C1, not C3" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert demo.json("configs", "show", "C3") == before
    demo("configs", "merge", "C3", "C1")
    assert demo.json("configs", "cite", "C3", "--feedback", f"{on_c1},{on_c3}")["feedback_evidence"] == [on_c1, on_c3]
    assert f"feedback cited as evidence: {on_c1}, {on_c3}" in demo("configs", "show", "C3").stdout  # trial G: which ones
    # Trial H: a citation could not be taken back.
    taken = demo.json("configs", "cite", "C3", "--feedback", on_c1, "--remove", "--note", "cited by mistake")
    assert taken["feedback_evidence"] == [on_c3]
    assert demo.json("history", "C3")[-1]["action"] == "uncite-feedback"
    demo("report", "--format", "md", "-o", str(tmp_path / "r.md"))
    trail = (tmp_path / "r.md").read_text(encoding="utf-8").split("## Audit trail", 1)[1]
    assert "took back its citation of the reference group's feedback" in trail and "  - no longer cited: " in trail
    refused = demo("configs", "cite", "C3", "--feedback", on_c1, "--remove", code=2)
    assert f"C3 does not cite {on_c1} (it cites {on_c3}); nothing was changed." in refused.stderr


def test_a_comment_on_the_whole_programme_theory_may_be_cited_for_the_configuration_it_led_to(demo, tmp_path):
    """'What is missing' overall is how a reference group prompts a new configuration: citing it was refused with
    advice ('cite it on overall') that no command could follow."""
    imported = demo.json("feedback", "import", str(answers_file(tmp_path / "a.json", "Kite", 1, {"overall": ""})))
    (overall,) = imported["feedback"]
    made = demo.json("configs", "new", "--statements", "S6", "--note", "the group said vetting was missing")["id"]
    assert demo.json("configs", "cite", made, "--feedback", overall)["feedback_evidence"] == [overall]
    on_c2 = demo.json("feedback", "import", str(answers_file(tmp_path / "b.json", "Wren", 1, {"C2": "agree"})))["feedback"][0]
    demo("configs", "merge", "C3", "C1")
    refused = demo("configs", "cite", "C3", "--feedback", on_c2, code=2)
    assert f"{on_c2} answers C2, not C3 or a configuration it came from (C1); cite it on C2, or, where" in refused.stderr


def test_an_earlier_rounds_file_imports_into_that_round_after_a_later_round_closed(demo, tmp_path):
    demo("configs", "edit", "C2", "--title", "Reworded after round 1")
    demo("round", "close", "--note", "second round")
    late = demo.json("feedback", "import", str(answers_file(tmp_path / "late.json", "Wren", 1, {"C1": "partly"})))
    assert (late["round"], late["rounds"]) == (1, [1])
    assert [a["round"] for a in demo.json("feedback", "list", "--round", "1")] == [1]
    assert demo.json("feedback", "list", "--round", "2") == []
    refused = demo("feedback", "import", str(answers_file(tmp_path / "future.json", "Wren", 3, {"C1": "agree"})), code=2)
    assert "round 3, which has not been closed" in refused.stderr
    forced = demo("feedback", "import", "--round", "2", str(tmp_path / "late.json"), code=2)
    assert "answers are for round 1, but round 2 is being imported" in forced.stderr
    assert len(demo.json("feedback", "list")) == 1


def test_the_template_carries_a_role(demo, tmp_path):
    sheet = tmp_path / "answers.csv"
    demo("feedback", "template", "-o", str(sheet))
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[-1] == "speaking as"
    rows[0].update(respondent="Finch", rating="agree", role="researcher")
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    demo("feedback", "import", str(sheet))
    assert [(a["respondent"], a["role"]) for a in demo.json("feedback", "list")] == [("Finch", "researcher")]


def test_merging_keeps_the_feedback_each_configuration_cited_and_records_no_move_unless_named(demo, tmp_path):
    imported = demo.json("feedback", "import", str(answers_file(tmp_path / "a.json", "Kite", 1, {"C1": "agree", "C3": "agree"})))
    on_c1, on_c3 = imported["feedback"]
    demo("configs", "cite", "C1", "--feedback", on_c1)
    demo("configs", "cite", "C3", "--feedback", on_c3)
    assert demo.json("configs", "merge", "C1", "C3")["feedback_evidence"] == [on_c1, on_c3]
    assert demo.json("configs", "show", "C1")["feedback_evidence"] == [on_c1, on_c3]
    assert [d["move"] for d in demo.json("history", "C3")[-2:]] == [None, None]  # cite and merge: no move was named
    demo("configs", "detach", demo.json("configs", "show", "C2")["statements"][0], "--note", "off topic", "--move", "adjudicate")
    assert demo.json("history", "C2")[-1]["move"] == "adjudicate"


def test_the_report_counts_one_respondent_however_their_pseudonym_is_cased_or_spaced(demo, tmp_path):
    """The import already treats 'Kestrel' and 'kestrel ' as one person; the report counted two."""
    demo("feedback", "import", str(answers_file(tmp_path / "a.json", "Kestrel", 1, {"C1": "agree"}, group="cyp")))
    demo("feedback", "import", str(answers_file(tmp_path / "b.json", "kestrel ", 1, {"C2": "agree"}, group="cyp")))
    demo("report", "--format", "md", "-o", str(tmp_path / "report.md"))
    text = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "1 respondent gave 2 responses." in text


def test_a_neutral_rating_imports_as_an_answer_without_a_rating_and_exits_1(demo, tmp_path):
    """Both trials' form files stopped whole on 'Neither agree nor disagree'; the answer's words are now kept."""
    sheet = tmp_path / "forms.csv"
    sheet.write_text(
        "Respondent,Configuration,Rating,Comment\nHeron,C1,Neither agree nor disagree,it depends\nHeron,C2,Agree,\n", "utf-8"
    )
    result = demo("feedback", "import", str(sheet), code=1)
    assert "'Neither agree nor disagree' was read as no rating" in result.stderr
    answers = {a["configuration"]: (a["rating"], a["comment"]) for a in demo.json("feedback", "list")}
    assert answers == {"C1": (None, "it depends"), "C2": ("agree", "")}


def test_an_answer_about_a_configuration_merged_away_says_where_it_went(demo, tmp_path):
    """A rating alone about a configuration merged away rates wording that is gone: the row is left out, named."""
    demo("configs", "merge", "C2", "C3")
    demo("round", "close", "--note", "after the merge")
    sheet = tmp_path / "late.csv"
    sheet.write_text("Respondent,Configuration,Rating\nHeron,C3,agree\nHeron,C2,agree\n", "utf-8")
    result = demo("feedback", "import", str(sheet), code=1)
    assert f"{sheet} row 2: only rates C3 ('agree'), which was merged into C2; with no comment to keep, the row was left out" in (
        result.stderr
    )
    assert [(a["configuration"], a["rating"]) for a in demo.json("feedback", "list")] == [("C2", "agree")]
