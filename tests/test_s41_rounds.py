"""Session 41, rounds, checks and the report (trials AN, AO, AP), each rule tested alone on another topic:
`round close --check` names a configuration with no mechanism (AN 8) and a configuration of several sources still
worded with an uncommon word or phrase only one of them says (AP 8: "direct-to-consumer", "benzodiazepines"); the
report's "What changed after this round" tells the citations made after it (AO 13), an empty key contexts cell says
why (AO 14), and a side cmo gave a cited answer is told as cmo's, not the team's (AN 4, AP); `domains alias` of a
label that is already the group's name says so (AO 12). Real files, a real SQLite review, the commands a user types."""

from __future__ import annotations

RECORDS = """TY  - JOUR
AU  - Okafor, Ngozi
TI  - Text reminders and foot self-checks in adults with diabetes: a randomised trial
JO  - Diabetic Medicine
PY  - 2021
ER  -

TY  - JOUR
AU  - Lindqvist, Maja
TI  - Podiatry-led foot care education in primary care: a mixed-methods evaluation
JO  - Journal of Foot and Ankle Research
PY  - 2019
ER  -

TY  - JOUR
AU  - Haddad, Rami
TI  - Foot ulcer prevention in community clinics: a qualitative study
JO  - Primary Care Diabetes
PY  - 2022
ER  -

TY  - JOUR
AU  - Moreau, Claire
TI  - Footwear advice and ulcer recurrence: a cohort study
JO  - Diabetes Care
PY  - 2020
ER  -
"""


def _review(cmo, tmp_path, rows: list[tuple[str, str, str, str]]) -> dict[str, str]:
    """A review of foot care for adults with diabetes, coded with `rows` (author, context, mechanism, outcome); the
    source keys by author."""
    (tmp_path / "feet.ris").write_text(RECORDS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "feet.ris"))
    keys = {s["key"].split("20")[0]: s["key"] for s in cmo.json("sources", "list")}
    cmo("select", "include", *keys.values())
    sheet = tmp_path / "coding.csv"
    sheet.write_text(
        "source,context,mechanism,outcome\n" + "".join(f'{keys[a]},"{c}","{m}","{o}"\n' for a, c, m, o in rows),
        encoding="utf-8",
    )
    cmo("code", "import", str(sheet), code=None)
    cmo("refine", "--backend", "lexical")
    return keys


def _statement(cmo, text: str) -> str:
    return next(s["id"] for s in cmo.json("code", "list") if text in f"{s['context']} {s['mechanism']} {s['outcome']}")


# ---- AN 8: a configuration with no mechanism ------------------------------------------------------------------


def test_round_close_check_names_a_configuration_with_no_mechanism_with_the_commands_that_settle_it(cmo, tmp_path):
    _review(
        cmo,
        tmp_path,
        [
            ("okafor", "Adults with diabetes seen in community podiatry", "", "Fewer foot ulcers are recorded"),
            ("lindqvist", "Adults with diabetes seen in community podiatry", "", "Fewer foot ulcers are recorded"),
        ],
    )
    [config] = cmo.json("configs", "list")
    assert not config["mechanism"]
    said = cmo("round", "close", "--check", code=1).stderr
    cid = config["id"]
    assert f"{cid} has no mechanism (its statements, " in said
    assert "which is no realist finding" in said
    assert f"'cmo configs edit {cid} --mechanism \"…\"' words it" in said and "'cmo configs detach S" in said
    cmo("configs", "edit", cid, "--mechanism", "A podiatrist checks the feet at each visit; problems are caught early")
    assert "has no mechanism" not in cmo("round", "close", "--check", code=None).stderr


# ---- AP 8: one source's uncommon words on a configuration of several ----------------------------------------


SHARED = "Foot ulcers heal and fewer recur"  # said by three of the four sources: the review's words, not one study's


def _feet(cmo, tmp_path, outcome: str) -> str:
    _review(
        cmo,
        tmp_path,
        [
            (
                "okafor",
                "Adults with diabetes registered with a general practice",
                "Weekly text-message reminders with a photograph guide; people remember to check their feet",
                outcome,
            ),
            (
                "lindqvist",
                "Adults with diabetes registered with a general practice",
                "Reminders from the practice; people remember to check their feet",
                "People check their feet every day",
            ),
            ("haddad", "Adults with diabetes attending a community clinic", "Nurses dress wounds promptly", SHARED),
            ("moreau", "Adults with diabetes after an ulcer has healed", "Advice on shoes that fit", SHARED),
        ],
    )
    okafor = _statement(cmo, "text-message")
    config = next(c for c in cmo.json("configs", "list") if okafor in c["statements"])
    if len(config["statements"]) < 2:  # the test's subject is a configuration of two sources: make it so, as a user would
        other = _statement(cmo, "Reminders from the practice")
        config = cmo.json("configs", "new", "--statements", f"{okafor},{other}", "--json")
    return config["id"]


def test_an_uncommon_phrase_only_one_of_its_sources_says_is_named_before_the_round_closes(cmo, tmp_path):
    cid = _feet(cmo, tmp_path, "People check their feet daily and fewer develop neuropathic ulcers")
    config = cmo.json("configs", "show", cid)
    assert "text-message" in config["mechanism"] and "neuropathic" in config["outcome"]  # worded from Okafor's
    said = cmo("round", "close", "--check", code=1).stderr
    line = next(line for line in said.splitlines() if f"{cid} goes to the group" in line)
    assert "'neuropathic'" in line
    assert "'text-message'" not in line  # two everyday words joined by a hyphen are English, as "text message" is (I0)
    assert "'photograph'" not in line and "'reminders'" not in line.casefold()  # everyday words, and both say reminders
    assert "'ulcers'" not in line  # three of the four sources say it: the review's word
    assert f"'cmo configs edit {cid} --outcome \"…\"' words it for all of them." in line


def test_an_uncommon_word_is_said_before_the_group_first_reads_it_not_again_at_every_round(cmo, tmp_path):
    """Trial AN 7: a warning repeated at every `round close --check` is one reviewers learn to ignore."""
    cid = _feet(cmo, tmp_path, "People check their feet daily and fewer develop neuropathic ulcers")
    assert "'neuropathic'" in cmo("round", "close", code=1).stderr
    cmo("configs", "edit", cid, "--title", "Reminders to check the feet")
    assert "'neuropathic'" not in cmo("round", "close", "--check", code=None).stderr  # the group read it as it is
    cmo("configs", "edit", cid, "--outcome", "People check their feet daily; fewer develop neuropathic ulcers")
    assert f"{cid} goes to the group" not in cmo("round", "close", "--check", code=None).stderr  # a person's words now


def test_words_its_other_source_says_too_or_everyday_words_are_not_named(cmo, tmp_path):
    cid = _feet(cmo, tmp_path, "People check their feet every day and seek help sooner")
    cmo("configs", "edit", cid, "--mechanism", "Reminders; people remember to check their feet")
    assert f"{cid} goes to the group" not in cmo("round", "close", "--check", code=None).stderr


def test_a_word_the_review_s_question_says_is_not_one_study_s(cmo, tmp_path):
    cid = _feet(cmo, tmp_path, "People check their feet daily and fewer develop neuropathic ulcers")
    cmo("configs", "edit", cid, "--mechanism", "Reminders; people remember to check their feet")
    assert "'neuropathic'" in cmo("round", "close", "--check", code=1).stderr
    yaml = cmo.folder / "review.yaml"
    text = yaml.read_text(encoding="utf-8")
    yaml.write_text(f"question: How do adults with neuropathic feet come to check them?\n{text}", encoding="utf-8")
    assert "'neuropathic'" not in cmo("round", "close", "--check", code=None).stderr


# ---- AO 12: an alias that is already the name ----------------------------------------------------------------


def test_an_alias_that_is_already_the_group_s_name_says_there_is_nothing_to_add(demo):
    group = demo.json("domains", "list")  # the example's domains; its groups are in review.yaml
    assert group
    text = (demo.folder / "review.yaml").read_text(encoding="utf-8")
    refused = demo("domains", "alias", "--group", "cyp", "CYP", code=2).stderr
    assert "'CYP' is already the slug of the group cyp" in refused and "nothing to add" in refused
    assert "also written: none" not in refused
    assert (demo.folder / "review.yaml").read_text(encoding="utf-8") == text


# ---- AO 13, AN 4, AO 14: the report ----------------------------------------------------------------------------


def _answer(demo, config: str, rating: str, comment: str) -> str:
    sheet = demo.folder / f"answers-{config}-{rating}.csv"
    sheet.write_text(
        f"pseudonym,group,round,configuration,rating,comment\nHeron{config},cyp,1,{config},{rating},{comment}\n",
        encoding="utf-8",
    )
    demo("feedback", "import", str(sheet))
    return demo.json("feedback", "list")[-1]["id"]


def _report(demo, tmp_path) -> str:
    md = tmp_path / "report.md"
    demo("report", "--format", "md", "-o", str(md))
    return md.read_text(encoding="utf-8")


def test_what_changed_after_a_round_tells_a_citation_that_changed_no_words(demo, tmp_path):
    answer = _answer(demo, "C2", "agree", "Video lets my son stay at school for the appointment")
    demo("configs", "cite", "C2", "--feedback", answer)
    report = _report(demo, tmp_path)
    changed = report.split("What changed after this round", 1)[1].split("\n#", 1)[0]
    line = next(line for line in changed.splitlines() if "(C2)" in line)
    assert "the team cited an answer as evidence for it: Expert reference group, round 1" in line
    assert "Video lets my son stay at school" in line


def test_what_changed_after_a_round_tells_any_decision_taken_because_of_its_answers(demo, tmp_path):
    answer = _answer(demo, "C3", "agree", "This is exactly what happens on our ward")
    demo("configs", "accept", "C3", "--because", answer)
    changed = _report(demo, tmp_path).split("What changed after this round", 1)[1].split("\n#", 1)[0]
    line = next(line for line in changed.splitlines() if "(C3)" in line)
    assert "the team accepted it as it stands: Expert reference group, round 1" in line
    assert "exactly what happens on our ward" in line


def test_a_side_cmo_gave_an_answer_after_a_rewording_is_told_as_cmo_s_not_the_team_s(demo, tmp_path):
    answer = _answer(demo, "C1", "disagree", "They see more than you think")
    demo("configs", "edit", "C1", "--outcome", "Clinicians feel as sure of their assessment as in person", "--because", answer)
    demo("configs", "cite", "C1", "--feedback", answer)  # no side given: cmo counts it for the new wording
    tables, trail = _report(demo, tmp_path).split("## Audit trail", 1)
    line = next(line for line in trail.splitlines() if "since the team had reworded the finding in response to it" in line)
    assert "no person gave it a side" in line
    assert "The team counted as support" not in trail
    row = next(line for line in tables.splitlines() if line.startswith("| **CMO") and "(C1)**" in line)
    assert "who disagreed, counted as support since the team reworded the finding in response to it" in row
    assert "counted by the team" not in row


def test_a_side_a_person_gave_is_still_told_as_the_team_s(demo, tmp_path):
    answer = _answer(demo, "C1", "disagree", "They see more than you think")
    demo("configs", "cite", "C1", "--feedback", answer, "--supporting")
    tables, trail = _report(demo, tmp_path).split("## Audit trail", 1)
    assert "The team counted as support for it, whatever its rating, an answer from" in trail
    assert "which cmo counts" not in trail
    row = next(line for line in tables.splitlines() if line.startswith("| **CMO") and "(C1)**" in line)
    assert "who disagreed, counted by the team as support" in row


def test_an_empty_key_contexts_cell_says_why_where_members_were_coded_in_other_contexts(cmo, tmp_path):
    checks = "A podiatrist checks the feet; problems are caught early"
    _review(
        cmo,
        tmp_path,
        [
            ("okafor", "Adults with diabetes in rural clinics", checks, "Fewer amputations"),
            ("lindqvist", "Adults with diabetes in city practices", checks, "Fewer amputations"),
        ],
    )
    [config] = cmo.json("configs", "list")
    other = next(sid for sid in config["statements"] if config["context"] not in cmo.json("code", "show", sid)["context"])
    cmo("code", "mark", other, "--contradicting", config["id"])
    md = tmp_path / "report.md"
    cmo("report", "--format", "md", "-o", str(md), code=1)  # exit 1: the review has no title nor question
    row = next(line for line in md.read_text(encoding="utf-8").splitlines() if line.startswith("| **CMO"))
    cells = [cell.strip() for cell in row.split("|")]
    assert cells[5] == "None beyond the context given; its other evidence comes from different contexts"
