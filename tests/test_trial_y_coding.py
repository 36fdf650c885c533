"""Trial Y (school mental health literacy) and trial W (social prescribing): re-importing coding sheets. cmo's own
export read back (its configurations table is cmo's, refused; a colleague's edit of a computed cell is named), a team's
own sheet without cmo's ids matched by the team's id column, a renamed column of the team's own, a source screened
"maybe", and CMOC sentences split without their joining words. The records are the example review's (telemental
health), not the trials'."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

DATA = Path(__file__).resolve().parent / "data" / "trial_y"

HEADER = ["Ref ID", "Paper", "Context", "Mechanism", "Outcome", "Quote", "Page", "Certainty"]
ROWS = [
    [
        "TM-1",
        "cooper2024peer",
        "Service users offered a peer worker by text",
        "They feel understood",
        "They stay in contact",
        "q1",
        "3",
        "high",
    ],
    [
        "TM-2",
        "foye2022clinician",
        "People leaving hospital after a crisis",
        "A named clinician they trust",
        "Fewer readmissions",
        "q2",
        "7",
        "high",
    ],
    [
        "TM-3",
        "saunders2023trauma",
        "Staff trained in trauma-informed care",
        "Patients feel safe to disclose",
        "Less restraint is used",
        "q3",
        "12",
        "medium",
    ],
    [
        "TM-4",
        "arya2021black",
        "Black service users in forensic settings",
        "Staff who share their background",
        "Trust in the ward grows",
        "q4",
        "2",
        "low",
    ],
]


def sentence_parts(sentence: str):
    from cmo.sheets.coding import sentence_parts as parts

    return parts(sentence)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def statements(cmo) -> dict[str, dict]:
    return {s["id"]: s for s in cmo.json("code", "list")}


def coded(demo, tmp_path: Path) -> dict[str, str]:
    """The team's first sheet imported: its 'Ref ID' to the statement each row made."""
    before = set(statements(demo))
    demo("code", "import", str(write_csv(tmp_path / "team-v1.csv", HEADER, ROWS)), code=None)
    made = {sid: s for sid, s in statements(demo).items() if sid not in before}
    return {s["extra"]["Ref ID"]: sid for sid, s in made.items()}


# W1: the export's configurations table is cmo's own


def test_the_exports_configurations_tab_is_never_offered_for_import(demo, tmp_path):
    export = tmp_path / "review.xlsx"
    demo("export", "-o", str(export))
    result = demo("code", "import", str(export), code=None)
    assert result.exit_code in (0, 1)
    assert "--sheet 'Configurations'" not in result.stderr


def test_importing_cmos_configurations_table_is_refused_in_one_sentence(demo, tmp_path):
    before = len(statements(demo))
    result = demo("code", "import", str(DATA / "export-configurations.xlsx"), "--sheet", "Configurations", code=2)
    said = result.stderr.strip()
    assert "is cmo's own table of configurations" in said and "nothing was imported" in said
    assert "'cmo configs edit C1" in said and said.count("\n") == 0
    emptied = tmp_path / "configs-noid.xlsx"  # the ids emptied, as the old refusal advised
    book = openpyxl.load_workbook(DATA / "export-configurations.xlsx")
    for row in book["Configurations"].iter_rows(min_row=2):
        row[1].value = None
    book.save(emptied)
    demo("code", "import", str(emptied), "--sheet", "Configurations", code=2)
    configurations_csv = tmp_path / "configurations.csv"
    demo("export", "-o", str(configurations_csv))
    assert "cmo's own table of configurations" in demo("code", "import", str(configurations_csv), code=2).stderr
    assert len(statements(demo)) == before


# W9: a colleague's edit of a computed cell is named, with the command that records it


def test_an_edited_computed_cell_is_named_with_the_command_that_records_it(demo, tmp_path):
    export = tmp_path / "review.xlsx"
    demo("export", "-o", str(export))
    book = openpyxl.load_workbook(export)
    sheet = book["Statements"]
    header = [cell.value for cell in sheet[1]]
    held, against = header.index("configurations"), header.index("contradicts")
    row = next(r for r in sheet.iter_rows(min_row=2) if r[held].value and not r[against].value)
    sid, config = row[0].value, row[held].value.split(";")[0].strip()
    row[against].value = config
    book.save(export)
    result = demo("code", "import", str(export), code=1)
    assert f"row {row[0].row}, column 'contradicts': {sid}'s cell says '{config}', where cmo has none" in result.stderr
    assert f"'cmo code mark {sid} --contradicting {config}'" in result.stderr
    assert statements(demo)[sid]["stance"] == {}  # named, not taken: cmo computes it


# W5: the team's own sheet, without cmo's ids, matched by the team's id column


def test_the_teams_id_column_matches_rows_and_applies_rewordings(demo, tmp_path):
    ids = coded(demo, tmp_path)
    count = len(statements(demo))
    rows = [list(r) for r in reversed(ROWS) if r[0] != "TM-1"]  # reversed, one row deleted
    rows[0][4] = "Trust in the ward grows over months"  # TM-4 reworded
    rows.append(
        [
            "TM-5",
            "cooper2024peer",
            "Young people using a peer app",
            "Someone like them replies",
            "They open up",
            "q5",
            "9",
            "medium",
        ]
    )
    result = demo("code", "import", str(write_csv(tmp_path / "team-v2.csv", ["Ref ID", "Study", *HEADER[2:]], rows)), code=1)
    assert "Imported 1 new statement and 1 update (2 statements unchanged)." in result.stdout
    assert statements(demo)[ids["TM-4"]]["outcome"] == "Trust in the ward grows over months"
    assert f"{ids['TM-1']} ('TM-1') has a 'Ref ID' and a source of this sheet but no row on it: it was kept" in result.stderr
    assert f"'cmo code delete {ids['TM-1']} --note" in result.stderr
    assert "word for word" not in result.stderr and "looks like" not in result.stderr
    assert len(statements(demo)) == count + 1 and not statements(demo)[ids["TM-1"]]["deleted"]


def test_a_column_whose_values_repeat_matches_no_rows(demo, tmp_path):
    coded(demo, tmp_path)
    count = len(statements(demo))
    header = ["Certainty", "Paper", *HEADER[2:7]]  # only 'Certainty' (high, high, …) of the team's own: no id
    rows = [[r[7], *r[1:7]] for r in ROWS]
    rows[0][4] = "They stay in contact with their team"
    result = demo("code", "import", str(write_csv(tmp_path / "no-id.csv", header, rows)), code=1)
    assert "matched to their statements" not in result.stderr and "looks like" in result.stderr
    assert len(statements(demo)) == count


def test_identical_rows_without_ids_are_counted_not_listed(demo, tmp_path):
    coded(demo, tmp_path)
    header = HEADER[1:7]  # no column of the team's own: nothing to match by
    result = demo("code", "import", str(write_csv(tmp_path / "same.csv", header, [r[1:7] for r in ROWS])))
    assert "4 rows (2, 3, 4, 5) repeat statements word for word" in result.stderr
    assert "row 2 repeats" not in result.stderr
    assert "(4 statements unchanged)" in result.stdout


def test_a_changed_row_not_applied_is_not_counted_unchanged(demo, tmp_path):
    coded(demo, tmp_path)
    rows = [r[1:7] for r in ROWS]
    rows[1][3] = "Fewer readmissions within a year"
    result = demo("code", "import", str(write_csv(tmp_path / "edited.csv", HEADER[1:7], rows)), code=1)
    assert "(3 statements unchanged)" in result.stdout and "looks like" in result.stderr


def test_reimporting_the_same_sheet_twice_changes_nothing(demo, tmp_path):
    coded(demo, tmp_path)
    rows = [list(r) for r in ROWS]
    rows[2][3] = "Patients feel safe enough to disclose"
    sheet = write_csv(tmp_path / "team-v2.csv", HEADER, rows)
    demo("code", "import", str(sheet))
    once = statements(demo)
    result = demo("code", "import", str(sheet))
    assert "Imported 0 new statements and 0 updates (4 statements unchanged)." in result.stdout
    assert statements(demo) == once


# W6: a renamed column of the team's own


def test_a_renamed_column_with_the_same_values_replaces_the_old_name(demo, tmp_path):
    ids = coded(demo, tmp_path)
    template = tmp_path / "template.xlsx"
    demo("code", "template", "-o", str(template))
    book = openpyxl.load_workbook(template)
    sheet = book["statements"]
    for cell in sheet[1]:
        if cell.value == "Certainty":
            cell.value = "Coder certainty"
    book.save(template)
    result = demo("code", "import", str(template))
    assert "Imported 0 new statements and 0 updates" in result.stdout
    assert result.stderr.count("the column 'Certainty' is headed 'Coder certainty' on this sheet") == 1
    extra = statements(demo)[ids["TM-1"]]["extra"]
    assert extra == {"Ref ID": "TM-1", "Coder certainty": "high"}
    assert "Certainty" not in statements(demo)[ids["TM-3"]]["extra"]


# W7: a source screened "maybe"


def test_a_maybe_source_is_called_screened_not_yet_decided(demo, tmp_path):
    demo("select", "maybe", "arya2021black", code=None)
    result = demo("code", "import", str(write_csv(tmp_path / "one.csv", HEADER[1:7], [ROWS[3][1:7]])))
    assert "arya2021black is maybe (screened, not yet decided);" in result.stderr
    assert "arya2021black is unscreened" not in result.stderr


# Trial W 5: a CMOC sentence's parts without its joining words


def test_a_relative_pronoun_opening_a_later_part_is_left_out():
    parts = sentence_parts(
        "Tenants given a named housing officer (C), they trust the landlord (M), which means that repairs are reported sooner (O)"
    ).parts
    assert parts["outcome"] == "repairs are reported sooner"
    parts = sentence_parts("Carers offered respite (C), they rest (M), which in turn lowers the strain they report (O)").parts
    assert parts["outcome"] == "lowers the strain they report"


def test_a_clause_frame_opening_the_sentence_is_left_out_of_the_context():
    parts = sentence_parts(
        "When wards are short-staffed (C), nurses ration their time (M), so call bells go unanswered (O)"
    ).parts
    assert parts == {
        "context": "wards are short-staffed",
        "mechanism": "nurses ration their time",
        "outcome": "call bells go unanswered",
    }
    assert sentence_parts("In rural practices (C), GPs know their patients (M), leading to earlier referral (O)").parts[
        "context"
    ] == (
        "In rural practices"  # a preposition says where: the context's own
    )


def test_joining_words_closing_a_part_before_the_next_mark_are_left_out():
    parts = sentence_parts("(C) Night-shift workers (M) sleep poorly, which then leads to (O) more sickness absence").parts
    assert parts["mechanism"] == "sleep poorly" and parts["outcome"] == "more sickness absence"


def test_a_cmoc_column_imports_parts_without_joining_words(demo, tmp_path):
    sheet = write_csv(
        tmp_path / "sentences.csv",
        ["Study", "CMOC"],
        [
            [
                "foye2022clinician",
                "When people leave hospital after a crisis (C), they see a named clinician (M), which cuts readmissions (O)",
            ]
        ],
    )
    before = set(statements(demo))
    demo("code", "import", str(sheet))
    (new,) = [s for sid, s in statements(demo).items() if sid not in before]
    assert (new["context"], new["outcome"]) == ("people leave hospital after a crisis", "cuts readmissions")
    assert new["extra"]["CMOC"].startswith("When people leave")  # the sentence as written, kept
