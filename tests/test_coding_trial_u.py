"""Trial U (a falls-prevention rapid realist review): a sheet with C/M/O columns and a CMOC sentence column, a workbook
whose other tab holds statements laid out otherwise, and marks written before their parts after a framing word."""

from __future__ import annotations

import csv
from pathlib import Path

from cmo.synthesis.marked import marked_parts

DATA = Path(__file__).resolve().parent / "data" / "trial_u"


def demo_list(cmo) -> list[dict]:
    return cmo.json("code", "list")


def test_each_row_is_read_from_its_cells_or_else_its_cmoc_sentence(demo):
    before = len(demo_list(demo))
    result = demo("code", "import", str(DATA / "mixed-cmoc-column.csv"))
    assert "1 statement read from the marked sentences of 'CMOC'" in result.stderr
    added = demo_list(demo)[before:]
    assert [(s["source"], s["context"], s["mechanism"], s["outcome"]) for s in added] == [
        (
            "cooper2024peer",
            "Service users new to peer support",
            "Feeling understood by someone with lived experience",
            "Staying in contact with services",
        ),
        ("foye2022clinician", "In people leaving hospital", "a named clinician they trust", "fewer readmissions"),
    ]


def test_a_row_with_neither_cells_nor_sentence_names_the_cmoc_column_too(demo, tmp_path):
    sheet = tmp_path / "empty-row.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Study", "Context (C)", "Mechanism (M)", "Outcome (O)", "CMOC"])
        writer.writerow(["cooper2024peer", "Peer workers", "Hope", "Staying", ""])
        writer.writerow(["foye2022clinician", "", "", "", ""])
        writer.writerow(["foye2022clinician", "", "", "", "Carers (C), trust (M), so calls (O)"])
    before = len(demo_list(demo))
    result = demo("code", "import", str(sheet), code=2)
    assert "row 3, columns Context (C), Mechanism (M), Outcome (O) and CMOC: no context" in result.output + result.stderr
    assert len(demo_list(demo)) == before


def test_a_sentence_that_disagrees_with_its_rows_cells_is_said(demo, tmp_path):
    sheet = tmp_path / "both.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Study", "Context (C)", "Mechanism (M)", "Outcome (O)", "CMOC"])
        writer.writerow(["cooper2024peer", "Peer workers", "Hope", "Staying", "Peer workers (C), hope (M), so staying (O)"])
        writer.writerow(["foye2022clinician", "Carers", "Trust", "Calls", "Carers (C), fear (M), so fewer calls (O)"])
    result = demo("code", "import", str(sheet), code=0)
    assert "row 3: the statement was read from its cells; its sentence in 'CMOC'" in result.stderr
    assert "differ from 'Mechanism (M)' and 'Outcome (O)'" in result.stderr
    assert "row 2:" not in result.stderr
    assert demo_list(demo)[-1]["mechanism"] == "Trust"


def test_another_tab_laid_out_as_statements_is_named_with_its_sheet_option(demo):
    before = len(demo_list(demo))
    result = demo("code", "import", str(DATA / "two-tabs-different-columns.xlsx"), code=1)
    assert (
        "the tab 'RK coding' (2 rows) holds statements in its own columns and was not read; only 'Coding' was: import it "
        "too, with --sheet 'RK coding'"
    ) in result.stderr
    assert "'Sources'" not in result.stderr  # a list of sources is no tab of statements
    assert len(demo_list(demo)) == before + 1
    demo("code", "import", str(DATA / "two-tabs-different-columns.xlsx"), "--sheet", "RK coding")
    assert len(demo_list(demo)) == before + 3


def test_a_framing_word_before_the_first_mark_belongs_to_no_part(demo):
    sentence = (
        "In [C] older people who finish a programme, [M] a sense of control over their own exercise, [O] carrying on "
        "exercising at home"
    )
    added = demo.json("code", "add", "--source", "cooper2024peer", "--cmoc", sentence)
    assert (added["context"], added["mechanism"], added["outcome"]) == (
        "older people who finish a programme",
        "a sense of control over their own exercise",
        "carrying on exercising at home",
    )
    for frame in ("For", "Where", "When", "Among"):
        assert marked_parts(f"{frame} (C) carers, (M) trust, (O) calls").parts["context"] == "carers"
    mostly = "Mostly [C] older people, [M] control [O] going"
    refused = demo("code", "add", "--source", "cooper2024peer", "--cmoc", mostly, code=2)
    assert "'going' is outside every marked part" in refused.output + refused.stderr


def test_joining_words_before_the_next_mark_are_left_out_where_marks_go_before_their_parts():
    read = marked_parts("[C] older people, [M] a sense of control leads to [O] carrying on exercising")
    assert read.parts == {
        "context": "older people",
        "mechanism": "a sense of control",
        "outcome": "carrying on exercising",
    }
    assert marked_parts("(C) carers (M) trust, so that (O) calls").parts["mechanism"] == "trust"
