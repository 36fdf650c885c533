"""Trials R, S and T: a screener's "maybe" is kept and shown as maybe (screened, not yet decided) wherever a source's
screening is shown; a sheet with one decision column per screener ('Decision (JM)', 'Decision (HC)') is read as
screening in duplicate; a number in a decision cell is read only as 1 or 0, and said. Each sheet is imported into the
example review through the command a user types (real SQLite)."""

from __future__ import annotations

import sqlite3

from openpyxl import Workbook

UNCODED = "ayeni2021balint"
"""An excluded source of the example review with no statements coded from it (no warning of statements counting)."""
INCLUDED = "cooper2024peer"


def _sheet(tmp_path, text: str, name: str = "screening.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_maybe_is_shown_as_maybe_in_the_listing_the_source_and_the_imports_counts(demo, tmp_path):
    result = demo("select", "import", str(_sheet(tmp_path, f"key,decision\n{UNCODED},maybe\n")))
    assert "Changed the screening of 1 source (0 already so)" in result.output and "1 maybe" in result.output
    assert demo.json("sources", "show", UNCODED)["status"] == "maybe"
    assert {s["key"]: s["status"] for s in demo.json("sources", "list")}[UNCODED] == "maybe"


def test_a_screening_template_writes_a_maybe_as_maybe_and_reads_it_back_unchanged(demo, tmp_path):
    demo("select", "import", str(_sheet(tmp_path, f"key,decision\n{UNCODED},unsure\n")))
    template = tmp_path / "template.csv"
    demo("select", "template", "-o", str(template))
    row = next(line for line in template.read_text(encoding="utf-8").splitlines() if line.startswith(UNCODED))
    assert ",maybe," in row
    result = demo("select", "import", str(template))
    assert "Changed the screening of 0 sources" in result.output
    assert demo.json("sources", "show", UNCODED)["status"] == "maybe"


def test_a_maybe_recorded_before_the_maybe_field_is_shown_as_maybe(demo, tmp_path):
    """A review whose maybe was stored as unscreened with its screener named, as cmo kept it before."""
    demo("select", "import", str(_sheet(tmp_path, f"key,decision,screened by\n{UNCODED},maybe,JM\n")))
    db = sqlite3.connect(demo.folder / "review.db")
    with db:
        db.execute("UPDATE sources SET data = json_remove(data, '$.maybe') WHERE key = ?", (UNCODED,))
    db.close()
    assert demo.json("sources", "show", UNCODED)["status"] == "maybe"


def _duplicate(tmp_path, rows: list[tuple[str, str, str]]):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["key", "Decision (JM)", "Decision (HC)", "Conflict?"])
    for key, jm, hc in rows:
        sheet.append([key, jm, hc, "YES" if jm != hc else None])
    path = tmp_path / "independent.xlsx"
    workbook.save(path)
    return path


def test_two_screeners_who_agree_decide_the_source_screened_by_both_and_each_decision_is_kept(demo, tmp_path):
    demo("select", "import", str(_duplicate(tmp_path, [(UNCODED, "Exclude - wrong population", "Exclude")])), code=1)
    source = demo.json("sources", "show", UNCODED)
    assert (source["status"], source["exclusion_reason"], source["screened_by"]) == ("excluded", "wrong population", "JM; HC")
    assert source["screeners"] == {"JM": "exclude: wrong population", "HC": "exclude"}


def test_two_screeners_who_disagree_leave_the_source_as_it_was_and_each_conflict_is_named_by_row_and_key(demo, tmp_path):
    sheet = _duplicate(tmp_path, [(INCLUDED, "Include", "Exclude - protocol"), (UNCODED, "Include", "Include")])
    result = demo("select", "import", str(sheet), code=1)
    conflicts = [line for line in result.stderr.splitlines() if "do not agree" in line]
    assert len(conflicts) == 1 and "row 2, cooper2024peer" in conflicts[0] and "HC exclude: protocol" in conflicts[0]
    assert demo.json("sources", "show", INCLUDED)["status"] == "included"
    assert demo.json("sources", "show", UNCODED)["status"] == "included"


def test_two_screeners_who_disagree_on_an_unscreened_source_leave_it_maybe(demo, tmp_path):
    demo("select", "import", str(_sheet(tmp_path, f"key,decision\n{UNCODED},unscreened\n", "back.csv")))
    assert demo.json("sources", "show", UNCODED)["status"] == "unscreened"
    demo("select", "import", str(_duplicate(tmp_path, [(UNCODED, "Maybe", "Include")])), code=1)
    assert demo.json("sources", "show", UNCODED)["status"] == "maybe"


def test_a_decision_of_1_or_0_is_read_as_include_or_exclude_and_said(demo, tmp_path):
    result = demo("select", "import", str(_sheet(tmp_path, f"key,decision\n{UNCODED},1\n")), code=1)
    assert "'1' in 'decision' was read as include" in result.stderr
    assert demo.json("sources", "show", UNCODED)["status"] == "included"


def test_another_number_as_a_decision_is_refused_saying_which_numbers_are_read_and_nothing_changes(demo, tmp_path):
    result = demo("select", "import", str(_sheet(tmp_path, f"key,decision\n{INCLUDED},maybe\n{UNCODED},2\n")), code=2)
    assert "'2' is not a decision" in result.output + result.stderr and "only 1 (include) and 0 (exclude)" in result.stderr
    assert demo.json("sources", "show", INCLUDED)["status"] == "included"


def test_a_maybe_decided_one_at_a_time_is_listed_and_templated_as_maybe(demo, tmp_path):
    """`cmo select maybe KEY` is the one-at-a-time decision a sheet's "maybe" is; `--status maybe` finds it."""
    key = demo.json("sources", "list")[0]["key"]
    demo("select", "maybe", key, code=1)  # its coded statements still count: said
    assert demo.json("sources", "show", key)["status"] == "maybe"
    assert [s["key"] for s in demo.json("sources", "list", "--status", "maybe")] == [key]
    sheet = tmp_path / "maybes.csv"
    demo("select", "template", "-o", str(sheet), "--status", "maybe")
    assert sheet.read_text(encoding="utf-8-sig").count("\n") == 2 and key in sheet.read_text(encoding="utf-8-sig")


def test_a_cited_document_left_at_maybe_is_cited_as_not_yet_decided_never_as_unscreened(demo, tmp_path):
    """Trial V: a maybe was cited "(unscreened)" in the configuration, the pack and the report."""
    config = demo.json("configs", "list")[0]
    key = config["sources"][0]
    demo("select", "maybe", key, code=1)  # its coded statements still count: said
    report = tmp_path / "report.md"
    demo("report", "-o", str(report))
    text = report.read_text(encoding="utf-8")
    assert "(not yet decided)" in text and "(unscreened)" not in text


# --- Screening in duplicate, in the report (RAMESES item 9) and from Rayyan's votes ------------------------------


def _item_nine(demo, tmp_path) -> str:
    demo("report", "--format", "md", "-o", str(tmp_path / "report.md"))
    lines = (tmp_path / "report.md").read_text(encoding="utf-8").splitlines()
    return next(line for line in lines if line.startswith("| 9 |"))


def test_the_report_says_how_many_documents_were_screened_in_duplicate_and_how_many_disagreements_are_open(demo, tmp_path):
    keys = [INCLUDED, "machin2023coproducing", UNCODED]
    demo("select", "import", str(_sheet(tmp_path, f"key,decision\n{UNCODED},unscreened\n", "back.csv")))
    rows = [(keys[0], "Include", "Include"), (keys[1], "Exclude - no mechanism", "Exclude"), (keys[2], "Include", "Exclude")]
    demo("select", "import", str(_duplicate(tmp_path, rows)), code=None)
    assert demo.json("sources", "show", UNCODED)["status"] == "maybe"
    row = _item_nine(demo, tmp_path)
    assert "3 documents screened independently by two or more reviewers, who disagreed on 1 (1 still to decide)" in row, row
    demo("select", "include", UNCODED, code=None)
    assert "who disagreed on 1 (each decided by the team since)" in _item_nine(demo, tmp_path)


def test_a_report_of_a_review_screened_once_says_nothing_of_duplicate_screening(demo, tmp_path):
    assert "independently" not in _item_nine(demo, tmp_path)


def test_rayyan_votes_are_each_reviewer_s_and_a_split_vote_is_a_conflict_named_with_who_voted_what(demo, tmp_path):
    """Trial R: Rayyan's disagreements left sources unscreened, with no word of who voted what."""
    title = demo.json("sources", "show", UNCODED)["title"]
    other = demo.json("sources", "show", INCLUDED)["title"]
    sheet = _sheet(
        tmp_path,
        'key,title,notes\n1,"' + title + '","RAYYAN-INCLUSION: {""Mia""=>""Maybe"", ""Tom""=>""Maybe""}"\n'
        '2,"' + other + '","RAYYAN-INCLUSION: {""Mia""=>""Included"", ""Tom""=>""Excluded""} | RAYYAN-EXCLUSION-REASONS: '
        'wrong setting"\n',
        "articles.csv",
    )
    result = demo("select", "import", str(sheet), code=1)
    assert f"row 3, {INCLUDED}: the screeners do not agree (Mia include; Tom exclude); left included" in result.stderr
    maybe = demo.json("sources", "show", UNCODED)
    assert (maybe["status"], maybe["screened_by"], maybe["screeners"]) == ("maybe", "Mia; Tom", {"Mia": "maybe", "Tom": "maybe"})
    assert demo.json("sources", "show", INCLUDED)["screeners"] == {"Mia": "include", "Tom": "exclude"}
    assert "2 documents screened independently by two or more reviewers, who disagreed on 1" in _item_nine(demo, tmp_path)


def test_the_report_s_flow_counts_a_maybe_as_screened_and_not_decided_and_its_statements_as_not_included(demo, tmp_path):
    """Trial Y: the flow said "Awaiting screening: 2" of two documents screened maybe, and credited their statements to
    the included documents."""
    held = [s for s in demo.json("code", "list") if s["source"] == INCLUDED]
    assert held
    demo("select", "maybe", INCLUDED, code=None)
    demo("report", "--format", "md", "-o", str(tmp_path / "report.md"))
    text = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "| Awaiting screening | 0 |" in text and "| Screened, not yet decided | 1 |" in text
    assert f"| CMO statements from documents not included | {len(held)} |" in text
    reasons = [c["strength_reason"] for c in demo.json("configs", "list")]
    assert any("not yet included or excluded at screening" in reason for reason in reasons)
