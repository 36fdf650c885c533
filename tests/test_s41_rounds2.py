"""Session 41, rounds and the report, second part (trials AQ, AR), each rule tested alone on another topic:
`round close --check` reads what a configuration's other sources say wherever it was coded, quotes too, before naming
a word one study's (AR 14: 'English', 'burnout'), and names a title still saying what the answers a rewording was made
for objected to (AR 13); the report says a side given by rule in plain words, one wording with the packs
(`tables.feedback_cited_as`, AQ), an empty key contexts cell in plain words (AQ, AR 10), and shows quotes without an
export tool's highlight marks (AQ: EPPI-Reviewer's `[¬s]…[¬e]`). Real files, a real SQLite review, the commands a
user types."""

from __future__ import annotations

from sheet_reviews import coded_review

RECORDS = """TY  - JOUR
AU  - Nakamura, Aiko
TI  - Pharmacist medicine reviews for older people living at home: a cluster trial
JO  - Age and Ageing
PY  - 2020
ER  -

TY  - JOUR
AU  - Brennan, Siobhan
TI  - Deprescribing conversations in community pharmacy: a qualitative study
JO  - International Journal of Pharmacy Practice
PY  - 2021
ER  -

TY  - JOUR
AU  - Osei, Kwame
TI  - Home visits by pharmacists after hospital discharge: a process evaluation
JO  - BMC Geriatrics
PY  - 2019
ER  -

TY  - JOUR
AU  - Fischer, Lena
TI  - Medicine reviews in care homes: a mixed-methods study
JO  - Drugs and Aging
PY  - 2022
ER  -
"""


def _review(cmo, tmp_path, rows: list[tuple[str, str, str, str, str]]) -> dict[str, str]:
    """A review of pharmacists' medicine reviews for older people, coded with `rows` (author, context, mechanism,
    outcome, quote); the source keys by author."""
    return coded_review(cmo, tmp_path, RECORDS, rows)


def _statement(cmo, text: str) -> str:
    return next(s["id"] for s in cmo.json("code", "list") if text in f"{s['context']} {s['mechanism']} {s['outcome']}")


def _together(cmo, *texts: str) -> str:
    """The configuration holding the statements saying `texts`, made as a user would where refine kept them apart."""
    ids = [_statement(cmo, text) for text in texts]
    config = next((c for c in cmo.json("configs", "list") if set(ids) <= set(c["statements"])), None)
    if config is None or len(config["statements"]) != len(ids):
        config = cmo.json("configs", "new", "--statements", ",".join(ids), "--json")
    return config["id"]


# ---- AR 14: what another of its sources says anywhere is not one study's words ----------------------------------

OSEI = ("osei", "Older people just home from hospital", "The pharmacist sees the medicines in the kitchen", "Errors found", "")
CANTONESE = "Older people who speak only Cantonese, whose pharmacist books a telephone interpreter"


def _interpreted(cmo, tmp_path, quote: str) -> str:
    _review(
        cmo,
        tmp_path,
        [
            ("nakamura", CANTONESE, "They understand why each medicine was stopped", "Fewer medicines are restarted", ""),
            (
                "brennan",
                "Older people taking several medicines at home",
                "They understand why each medicine was stopped",
                "Fewer medicines are restarted",
                quote,
            ),
            OSEI,
            ("fischer", "Residents of care homes", "Staff and pharmacist review the chart together", "Fewer falls", ""),
        ],
    )
    cid = _together(cmo, "Cantonese", "several medicines at home")
    cmo("configs", "edit", cid, "--context", CANTONESE)  # worded from one member, as refine may have worded it
    return cid


def test_a_name_another_source_says_in_its_quote_is_not_one_study_s(cmo, tmp_path):
    cid = _interpreted(cmo, tmp_path, "Those who spoke only Cantonese told us the leaflets meant nothing to them")
    said = cmo("round", "close", "--check", code=None).stderr
    assert "'Cantonese'" not in said, said
    assert f"{cid} goes to the group" not in said


def test_a_name_only_one_source_says_anywhere_is_still_named(cmo, tmp_path):
    cid = _interpreted(cmo, tmp_path, "People valued a pharmacist who came back to check on them")
    said = cmo("round", "close", "--check", code=1).stderr
    line = next(line for line in said.splitlines() if f"{cid} goes to the group" in line)
    assert "'Cantonese'" in line


def test_an_uncommon_word_another_source_says_in_a_statement_placed_elsewhere_is_not_one_study_s(cmo, tmp_path):
    _review(
        cmo,
        tmp_path,
        [
            (
                "nakamura",
                "Older people at home taking ten or more medicines",
                "The pharmacist and the doctor agree which medicines can stop",
                "Less polypharmacy",
                "",
            ),
            (
                "brennan",
                "Older people at home taking ten or more medicines",
                "The pharmacist and the doctor agree which medicines can stop",
                "Fewer medicines at six months",
                "",
            ),
            ("brennan", "Pharmacists with no time in the day", "Reviews are rushed", "Polypharmacy goes unchallenged", ""),
            OSEI,
            ("fischer", "Residents of care homes", "Staff and pharmacist review the chart together", "Fewer falls", ""),
        ],
    )
    cid = _together(cmo, "Less polypharmacy", "Fewer medicines at six months")
    cmo("configs", "edit", cid, "--title", "The pharmacist and the doctor agree")  # a person's title; the outcome is Nakamura's
    config = cmo.json("configs", "show", cid)
    if "polypharmacy" not in config["outcome"].casefold():
        cmo("configs", "edit", cid, "--outcome", "Less polypharmacy")
        cmo("round", "close")  # the group read the words once; the test is of words it has not read
        cmo("configs", "edit", cid, "--outcome", "Less polypharmacy at a year")
    said = cmo("round", "close", "--check", code=None).stderr
    assert "'polypharmacy'" not in said.casefold(), said


# ---- AR 13: a rewording made because of the group's answers, its title left as they objected to ------------------


def _answer(demo, config: str, comment: str) -> str:
    sheet = demo.folder / f"answers-{config}.csv"
    sheet.write_text(
        f"pseudonym,group,round,configuration,rating,comment\nKestrel{config},cyp,1,{config},disagree,{comment}\n",
        encoding="utf-8",
    )
    demo("feedback", "import", str(sheet))
    return demo.json("feedback", "list")[-1]["id"]


def _a_configuration_and_a_title_word(demo) -> tuple[str, str]:
    """An active configuration of the example and an uncommon-enough word of its title that the answer can take up."""
    for config in demo.json("configs", "list"):
        words = [w.strip(",.;:") for w in config["title"].split() if len(w.strip(",.;:")) > 6]
        if words:
            return config["id"], words[-1]
    raise AssertionError("the example has no titled configuration")


def test_a_title_still_saying_what_the_answer_a_rewording_was_made_for_objected_to_is_named(demo):
    cid, word = _a_configuration_and_a_title_word(demo)
    answer = _answer(demo, cid, f"The {word.lower()} part is not how it works for us at all")
    context = demo.json("configs", "show", cid)["context"]
    demo("configs", "edit", cid, "--context", f"{context.rstrip('.')} with a named worker", "--because", answer)
    said = demo("round", "close", "--check", code=1).stderr
    line = next(line for line in said.splitlines() if f"{cid} was reworded because of the group's answers" in line)
    assert f"'{word}'" in line and f"'cmo configs edit {cid} --title \"…\"'" in line
    demo("configs", "edit", cid, "--title", "A named worker keeps them in touch")
    assert f"{cid} was reworded because of" not in demo("round", "close", "--check", code=None).stderr


def test_a_rewording_made_for_no_answer_or_an_answer_not_about_the_title_is_not_named(demo):
    cid, word = _a_configuration_and_a_title_word(demo)
    answer = _answer(demo, cid, "We would add evenings and weekends to this")
    context = demo.json("configs", "show", cid)["context"]
    demo("configs", "edit", cid, "--context", f"{context.rstrip('.')} in the evenings", "--because", answer)
    assert f"{cid} was reworded because of" not in demo("round", "close", "--check", code=None).stderr


# ---- AQ: a side given by rule in plain words; an empty key contexts cell in plain words ---------------------------


def _report(cmo, tmp_path, code: int | None = None) -> str:
    md = tmp_path / "report.md"
    cmo("report", "--format", "md", "-o", str(md), code=code)
    return md.read_text(encoding="utf-8")


def test_a_side_given_by_rule_is_told_by_its_reason_without_the_software_s_name(demo, tmp_path):
    cid = demo.json("configs", "list")[0]["id"]
    answer = _answer(demo, cid, "It does not feel like that to the young people we see")
    demo("configs", "edit", cid, "--outcome", "Some young people feel as listened to as in person", "--because", answer)
    demo("configs", "cite", cid, "--feedback", answer)  # no side given: counted as support by the rule
    tables, trail = _report(demo, tmp_path).split("## Audit trail", 1)
    row = next(line for line in tables.splitlines() if line.startswith("| **CMO") and f"({cid})**" in line)
    assert "who disagreed, counted as support since the team reworded the finding in response to it" in row
    assert "by cmo" not in row
    line = next(line for line in trail.splitlines() if "since the team had reworded the finding in response to it" in line)
    assert "by cmo" not in line and "which cmo" not in line and "no person gave it a side" in line


def test_a_side_a_person_gave_is_still_the_team_s(demo, tmp_path):
    cid = demo.json("configs", "list")[0]["id"]
    answer = _answer(demo, cid, "It does not feel like that to the young people we see")
    demo("configs", "cite", cid, "--feedback", answer, "--supporting")
    row = next(line for line in _report(demo, tmp_path).splitlines() if line.startswith("| **CMO") and f"({cid})**" in line)
    assert "who disagreed, counted by the team as support" in row
    assert "reworded the finding in response to it" not in row


def test_an_empty_key_contexts_cell_says_so_in_plain_words(cmo, tmp_path):
    reviewed = "The pharmacist reviews every medicine with them; doubts are raised early"
    _review(
        cmo,
        tmp_path,
        [
            ("nakamura", "Older people living alone at home", reviewed, "Fewer admissions", ""),
            ("brennan", "Older people in sheltered housing", reviewed, "Fewer admissions", ""),
        ],
    )
    cid = _together(cmo, "living alone", "sheltered housing")
    config = cmo.json("configs", "show", cid)
    other = next(sid for sid in config["statements"] if config["context"] not in cmo.json("code", "show", sid)["context"])
    cmo("code", "mark", other, "--contradicting", cid)
    row = next(line for line in _report(cmo, tmp_path).splitlines() if line.startswith("| **CMO") and f"({cid})**" in line)
    cells = [cell.strip() for cell in row.split("|")]
    assert cells[5] == "None beyond the context given; its other evidence comes from different contexts"
    assert "member" not in cells[5] and "configuration" not in cells[5]


# ---- AQ: an export tool's highlight marks are no part of a quote ---------------------------------------------------


def test_quotes_are_shown_without_an_export_tool_s_highlight_marks(cmo, tmp_path):
    marked = '[¬s]"Nobody had ever asked me which tablets I actually took"[¬e]'
    _review(
        cmo,
        tmp_path,
        [
            ("nakamura", "Older people at home", "They say which medicines they really take", "Doses are corrected", marked),
            ("brennan", "Residents of care homes", "Staff and pharmacist review the chart together", "Fewer falls", ""),
        ],
    )
    report = _report(cmo, tmp_path)
    appendix = report.split("Nobody had ever asked me", 1)
    assert len(appendix) == 2, "the quote is in the report's appendix"
    row = next(line for line in report.splitlines() if "Nobody had ever asked me" in line)
    assert "[¬" not in row
    assert '"Nobody had ever asked me which tablets I actually took"' in row


def test_a_check_on_an_accepted_configuration_names_the_unaccept_before_the_edit():
    """Trial AS 11: `round close --check` suggested `configs edit C7` for an accepted configuration; the edit was then
    refused (exit 2)."""
    from cmo.commands.rounds import _WORDED_AGAIN, _edit
    from cmo.models import Configuration

    accepted = Configuration(id="C7", title="t", context="c", mechanism="m", outcome="o", accepted=True)
    assert _edit(accepted, _WORDED_AGAIN % "outcome") == (
        "'cmo configs unaccept C7' and then 'cmo configs edit C7 --outcome \"…\"'"
    )  # a title is edited while accepted: no unaccept before it (trial BP 7, tests/test_s44_sv.py)
    assert _edit(accepted.model_copy(update={"accepted": False}), "--outcome x") == "'cmo configs edit C7 --outcome x'"
