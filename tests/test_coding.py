"""The coding sheet: template → fill in a spreadsheet → parse, and every way a sheet can be wrong."""

from __future__ import annotations

import csv
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cmo.errors import BadInput
from cmo.models import Source, Statement
from cmo.sheets import tables as sheet_io
from cmo.sheets.coding import CODING_COLUMNS, StatementRow, parse_coding_sheet, write_template

SHARED = Path(__file__).resolve().parents[2] / "shared"

SOURCES = [
    Source(key="smith2020", title="Video consultations in crisis care", authors=["Smith, Ann", "Jones, Bo"], year=2020),
    Source(key="lee2019", title='=HYPERLINK("http://example.org")', authors=["Lee, C"], year=2019),
    Source(key="okafor2021", title="Digital exclusion", authors=["Okafor, D", "Ng, E", "Roy, F"], year=2021),
]
KEYS = {s.key for s in SOURCES}
DOMAINS = [
    {"slug": "safety", "name": "Safety, privacy and confidentiality", "description": "Feeling safe."},
    {"slug": "access", "name": "Access", "description": ""},
]
GROUPS = [{"slug": "cyp", "name": "Children and young people"}, {"slug": "inpatient", "name": "Inpatient and crisis care"}]
STATEMENTS = [
    Statement(
        id="S10",
        source="lee2019",
        context="Rural clinics",
        mechanism="",
        outcome="Fewer missed visits",
        quote="it saved the bus fare",
        page="12",
        domain="access",
        coder="AB",
    ),
    Statement(
        id="S2",
        source="smith2020",
        context="Young people in crisis",
        mechanism="Felt heard at home",
        outcome="Disclosed more",
        quote="=I could talk",
        page="4-5",
        domain="safety",
        groups=["cyp", "inpatient"],
        coder="CD",
        note="check page",
    ),
    Statement(
        id="S3",
        source="okafor2021",
        context="No device",
        mechanism="Loaned tablets; Confidence to join",  # as imported from its two parts
        mechanism_resource="Loaned tablets",
        mechanism_response="Confidence to join",
        outcome="-attended",
        outcome_stated=False,
    ),
]


def parse(path: Path, **overrides):
    arguments = dict(
        source_keys=KEYS, domains={"safety", "access"}, groups={"cyp", "inpatient"}, statement_ids={s.id for s in STATEMENTS}
    )
    arguments.update(overrides)
    return parse_coding_sheet(path, **arguments)


def write_csv(path: Path, rows: list[list[str]], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def bad_sheet_message(tmp_path: Path, rows: list[list[str]], **overrides) -> str:
    path = write_csv(tmp_path / "sheet.csv", [list(CODING_COLUMNS), *rows])
    with pytest.raises(BadInput) as caught:
        parse(path, **overrides)
    return caught.value.message


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_template_with_statements_round_trips_unchanged(tmp_path, suffix):
    written = write_template(tmp_path / f"coding.{suffix}", SOURCES, DOMAINS, GROUPS, STATEMENTS)

    rows = parse(written[0])

    by_id = {s.id: s for s in STATEMENTS}
    assert [r.id for r in rows] == ["S2", "S3", "S10"]
    assert [r.update(by_id[r.id]) for r in rows] == [by_id["S2"], by_id["S3"], by_id["S10"]]
    assert rows.warnings == []


def test_csv_template_writes_exact_columns_and_side_files(tmp_path):
    written = write_template(tmp_path / "coding.csv", SOURCES, DOMAINS, GROUPS)

    assert [p.name for p in written] == ["coding.csv", "coding-sources.csv", "coding-domains-groups.csv"]
    assert (tmp_path / "coding.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert next(csv.reader((tmp_path / "coding.csv").open(encoding="utf-8-sig"))) == list(CODING_COLUMNS)
    sources = list(csv.DictReader((tmp_path / "coding-sources.csv").open(encoding="utf-8-sig")))
    assert sources[0] == {
        "key": "smith2020",
        "citation": "Smith & Jones 2020",
        "title": "Video consultations in crisis care",
        "year": "2020",
    }
    assert sources[1]["title"].startswith("'="), "a formula-like title must not run when Excel opens the CSV"
    tags = list(csv.DictReader((tmp_path / "coding-domains-groups.csv").open(encoding="utf-8-sig")))
    assert [(t["kind"], t["slug"]) for t in tags] == [
        ("domain", "safety"),
        ("domain", "access"),
        ("group", "cyp"),
        ("group", "inpatient"),
    ]
    assert list(tmp_path.glob(".*tmp")) == []


def test_xlsx_template_filled_in_a_spreadsheet_imports_new_statements(tmp_path):
    path = write_template(tmp_path / "coding.xlsx", SOURCES, DOMAINS, GROUPS)[0]
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["statements", "sources", "domains and groups"]
    assert [c.value for c in workbook["statements"][1]] == list(CODING_COLUMNS)
    assert workbook["sources"]["C3"].value == '=HYPERLINK("http://example.org")'
    assert workbook["sources"]["C3"].data_type == "s"
    sheet = workbook["statements"]
    sheet.append(
        [
            None,
            "smith2020",
            "Night shifts",
            "Staff trusted the app",
            "Fewer incidents",
            "quote",
            17,
            "Safety",
            "cyp, inpatient",
            "AB",
            None,
        ]
    )
    sheet.append([])
    sheet.append([None, "Lee2019", None, None, "Outcome only", None, None, None, None, None, None])
    workbook.save(path)

    rows = parse(path)

    assert [(r.row, r.id) for r in rows] == [(2, None), (4, None)]
    first = rows[0].new_statement("S11")
    assert first.page == "17" and first.domain == "safety" and first.groups == ["cyp", "inpatient"]
    assert rows[1].new_statement("S12").source == "lee2019"


def test_openpyxl_fallback_reads_what_calamine_reads(tmp_path):
    pytest.importorskip("python_calamine", reason="without calamine the fallback is the only reader")
    path = write_template(tmp_path / "coding.xlsx", SOURCES, DOMAINS, GROUPS, STATEMENTS)[0]

    def trimmed(records):
        return [(number, "\t".join(cells).rstrip("\t")) for number, cells in records]

    assert trimmed(sheet_io._openpyxl_records(path, "statements")[0]) == trimmed(
        sheet_io._spreadsheet_records(path, "statements")[0]
    )
    assert sheet_io._openpyxl_records(path, "sources")[0][2][1][2].startswith("=HYPERLINK")


def test_edited_sheet_updates_statements_by_id_and_adds_new_ones(tmp_path):
    path = write_template(tmp_path / "coding.csv", SOURCES, DOMAINS, GROUPS, STATEMENTS)[0]
    lines = list(csv.reader(path.open(encoding="utf-8-sig")))
    header = lines[0]
    lines[1][header.index("context")] = "Young people in acute crisis"
    lines[1][header.index("groups")] = "cyp"
    lines.append(["", "okafor2021", "Shared phones", "", "", "", "", "", "", "EF", "", "", "", "m"])
    write_csv(path, lines)

    rows = parse(path)

    updated = rows[0].update(STATEMENTS[1])
    assert updated.context == "Young people in acute crisis"
    assert updated.groups == ["cyp"]
    assert updated.quote == "=I could talk" and updated.coder == "CD"
    new = rows[3]
    assert new.id is None and new.row == 5
    assert new.new_statement("S11").mechanism_stated is False


def test_sheet_without_optional_columns_leaves_those_fields_alone(tmp_path):
    path = write_csv(
        tmp_path / "s.csv",
        [["ID", "Source", "Context", "Mechanism", "Outcome"], ["S3", "okafor2021", "No device", "", "-attended"]],
    )

    (row,) = parse(path)

    assert set(row.fields) == {"source", "context", "mechanism", "outcome"}
    assert row.update(STATEMENTS[2]).mechanism_resource == "Loaned tablets"


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            {"source": "smith2020x"},
            "row 2, column source: 'smith2020x' is not a source in this review (did you mean 'smith2020'?)",
        ),
        ({"source": ""}, "row 2, column source: no source key"),
        ({"domain": "saftey"}, "row 2, column domain: 'saftey' is not a domain in this review (did you mean 'safety'?)"),
        ({"groups": "cyp; carers"}, "row 2, column groups: 'carers' is not a stakeholder group in this review"),
        (
            {"context": "", "mechanism": "", "outcome": ""},
            "row 2, columns context, mechanism and outcome: no context, mechanism or outcome",
        ),
        ({"id": "X7"}, "row 2, column id: 'X7' is not a statement id"),
        ({"id": "S99"}, "row 2, column id: S99 is not a statement in this review"),
    ],
)
def test_each_kind_of_bad_cell_is_reported_by_row_and_column(tmp_path, cells, expected):
    good = {"id": "", "source": "smith2020", "context": "c", "mechanism": "m", "outcome": "o", "domain": "", "groups": ""}
    row = [{**good, **cells}.get(column, "") for column in CODING_COLUMNS]

    message = bad_sheet_message(tmp_path, [row])

    assert message.startswith(f"{tmp_path / 'sheet.csv'} has 1 problem, so nothing was imported:")
    assert expected in message


def test_duplicate_id_and_bad_inferred_flag_are_reported(tmp_path):
    path = write_csv(
        tmp_path / "s.csv",
        [
            ["id", "source", "context", "mechanism", "outcome", "inferred"],
            ["S2", "smith2020", "c", "m", "o", "c"],
            ["s2", "smith2020", "c", "m", "o", "x"],
        ],
    )
    with pytest.raises(BadInput) as caught:
        parse(path)
    assert "row 3, column id: S2 is also on row 2" in caught.value.message
    assert "row 3, column inferred: 'x' is not c, m or o" in caught.value.message


def test_all_problems_listed_in_one_error_with_a_cap(tmp_path):
    rows = [["", f"nobody{i}", "c", "", "", "", "", "", "", "", ""] for i in range(60)]

    message = bad_sheet_message(tmp_path, rows)

    lines = message.splitlines()
    assert "has 60 problems" in lines[0]
    assert lines[1].startswith("row 2, column source: 'nobody0'")
    assert len(lines) == 1 + 50 + 1 and lines[-1] == "and 10 more"


def test_missing_required_columns_are_named(tmp_path):
    path = write_csv(tmp_path / "s.csv", [["id", "source", "context", "quote"], ["", "lee2019", "c", ""]])
    with pytest.raises(BadInput, match="no 'mechanism' and 'outcome' columns"):
        parse(path)


def test_split_mechanism_columns_replace_the_mechanism_column(tmp_path):
    path = write_csv(
        tmp_path / "s.csv",
        [["source", "context", "resource", "response", "outcome"], ["lee2019", "", "Peer worker", "Felt understood", ""]],
    )
    (row,) = parse(path)
    assert row.fields["mechanism_resource"] == "Peer worker"
    assert "mechanism" not in row.fields


def test_blank_rows_are_skipped_and_row_numbers_stay_those_of_the_sheet(tmp_path):
    path = write_csv(
        tmp_path / "s.csv", [list(CODING_COLUMNS), ["", "lee2019", "c"] + [""] * 8, [""] * 11, ["", "nobody", "c"] + [""] * 8]
    )
    with pytest.raises(BadInput, match="row 4, column source: 'nobody'"):
        parse(path)


def test_bom_semicolons_and_windows_1252_are_read(tmp_path):
    rows = [["id", "source", "context", "mechanism", "outcome"], ["", "lee2019", "Café staff", "", "Reçu"]]
    bom = write_csv(tmp_path / "bom.csv", rows, encoding="utf-8-sig", delimiter=";")
    windows = write_csv(tmp_path / "win.csv", rows, encoding="cp1252")

    from_bom, from_windows = parse(bom), parse(windows)

    assert from_bom[0].fields["context"] == from_windows[0].fields["context"] == "Café staff"
    assert from_bom.warnings == []
    assert "Windows-1252" in from_windows.warnings[0]


def test_domain_and_group_names_accepted_when_given_as_a_mapping(tmp_path):
    labels = {"safety": "safety", "safety, privacy and confidentiality": "safety"}
    groups = {"inpatient": "inpatient", "Inpatient and crisis care": "inpatient", "cyp": "cyp"}
    path = write_csv(
        tmp_path / "s.csv",
        [
            ["source", "context", "mechanism", "outcome", "domain", "groups"],
            ["lee2019", "c", "", "", "Safety, Privacy and Confidentiality", "Inpatient and crisis care, cyp"],
        ],
    )
    (row,) = parse(path, domains=labels, groups=groups)
    assert row.fields["domain"] == "safety" and row.fields["groups"] == ["inpatient", "cyp"]


def test_unreadable_files_are_refused_with_their_name(tmp_path):
    for name in ("s.xls", "s.xlsx", "s.ods"):
        with pytest.raises(BadInput, match=f"{name}: cannot be read as a spreadsheet"):
            parse(write_csv(tmp_path / name, [["a"]]))
    with pytest.raises(BadInput, match="expected a .csv or .xlsx file"):
        parse(write_csv(tmp_path / "s.pdf", [["a"]]))
    with pytest.raises(BadInput, match="must be .csv or .xlsx"):
        write_template(tmp_path / "s.ods", SOURCES, DOMAINS, GROUPS)


def test_merge_dev_statements_import_with_answer_columns_ignored():
    sheet = SHARED / "benchmarks" / "merge_dev" / "statements.csv"
    if not sheet.exists():
        pytest.skip(f"{sheet} is not here")
    keys = {f"dev{n:03d}" for n in range(1, 34)}

    rows = parse_coding_sheet(sheet, source_keys=keys, domains=set(), groups=set(), statement_ids={f"S{n}" for n in range(1, 38)})

    assert len(rows) == 37
    assert all("contradicts" not in r.fields and "truth_config" not in r.fields for r in rows)
    assert sum(not (r.fields["context"] and r.fields["mechanism"] and r.fields["outcome"]) for r in rows) == 7


def test_every_sheet_is_capped_in_size_and_in_what_its_workbook_unpacks_to(tmp_path, monkeypatch):
    sheet = write_csv(tmp_path / "s.csv", [["source", "context"], ["lee2019", "c" * 2000]])
    book = tmp_path / "s.xlsx"
    write_template(book, SOURCES, DOMAINS, GROUPS)
    monkeypatch.setattr(sheet_io, "MAX_SHEET_BYTES", 1024 * 1024)
    monkeypatch.setattr(sheet_io, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(BadInput, match=f"{book}: the workbook unpacks to 0 MB, over the 0 MB limit for a sheet"):
        parse(book)
    monkeypatch.setattr(sheet_io, "MAX_SHEET_BYTES", 1000)
    with pytest.raises(BadInput, match=f"{sheet}: the file is 0.0 MB, over the 0 MB limit for a sheet"):
        parse(sheet)


def test_one_csv_writer_guards_text_and_writes_for_excel_or_for_scripts():
    rows = [["=SUM(A1)", "-3 dB", -3, None, "Café"], ["@me", "+44", 2.5, "", "'=kept"]]
    for_excel = sheet_io.csv_bytes(["a", "b", "c", "d", "e"], rows)
    assert for_excel.startswith(b"\xef\xbb\xbfa,b,c,d,e\r\n")
    assert for_excel.decode("utf-8-sig").split("\r\n")[1:] == ["'=SUM(A1),'-3 dB,-3,,Café", "'@me,'+44,2.5,,'=kept", ""]
    plain = sheet_io.csv_bytes(["a", "b", "c", "d", "e"], rows, for_excel=False)
    assert plain == for_excel.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n")


def test_an_xlsx_template_keeps_formulas_as_text_and_drops_characters_xlsx_cannot_hold(tmp_path):
    """A vertical tab (Word's line break, pasted into a quote) used to stop the template being written."""
    path = tmp_path / "t.xlsx"
    statement = Statement(id="S1", source="lee2019", context="=1+1", quote="line\x0bbreak\x00")
    write_template(path, SOURCES, DOMAINS, GROUPS, [statement])
    (header, row) = load_workbook(path)["statements"].iter_rows(max_row=2)
    cells = {h.value: c for h, c in zip(header, row)}
    assert cells["quote"].value == "linebreak"
    assert cells["context"].value == "=1+1" and cells["context"].data_type == "s"
    assert cells["note"].value is None


def test_a_page_range_a_spreadsheet_turned_into_a_date_is_imported_as_written_and_named(tmp_path):
    from datetime import datetime

    path = write_template(tmp_path / "coding.xlsx", SOURCES, DOMAINS, GROUPS)[0]
    workbook = load_workbook(path)
    sheet = workbook["statements"]
    sheet.append([None, "smith2020", "Night shifts", "Staff trusted the app", "Fewer incidents", "q", datetime(2024, 12, 15)])
    sheet.append([None, "smith2020", "Day shifts", "Staff trusted the app", "Fewer incidents", "q", "12-15"])
    workbook.save(path)

    parsed = parse(path)

    assert [r.fields["page"] for r in parsed.rows] == ["12-15", "12-15"]  # read back from the date (trial AN 5)
    assert len(parsed.warnings) == 1
    assert parsed.warnings[0].startswith(
        f"{path}: row 2, column 'page': the page '2024-12-15' is a date, as a spreadsheet makes one of the page range 12-15: "
        "it was read back and stored as the pages '12-15'."
    )


def test_a_formula_no_program_computed_refuses_its_row_naming_the_cell(tmp_path):
    """openpyxl, pandas and other programs write formulas without their values (Excel saves the value). The row was
    imported with the cell empty and the advice to import again, which then made the row a second statement (trial T):
    now the row is refused, naming the cell, so importing again after saving is safe."""
    path = write_template(tmp_path / "coding.xlsx", SOURCES, DOMAINS, GROUPS)[0]
    workbook = load_workbook(path)
    workbook["statements"].append(
        [None, "smith2020", '=CONCATENATE("Night ", "shifts")', "Staff trusted the app", "Fewer incidents"]
    )
    workbook["sources"]["H2"] = "=1+1"  # another sheet's formulas are not what is imported
    workbook.save(path)

    with pytest.raises(BadInput) as refused:
        parse(path)

    assert 'row 2, column context: a formula no spreadsheet has computed, C2 (=CONCATENATE("Night ", "shifts"))' in str(
        refused.value
    )
    assert "H2" not in str(refused.value)  # another sheet's formulas are not what is imported


def test_a_link_formula_without_its_value_reads_as_the_text_it_shows(tmp_path):
    """A program that writes `=HYPERLINK("address", "text")` saves no value; Excel would show the text (the
    address, without one), so that is what is read, and only other formulas are named as read empty."""
    path = write_template(tmp_path / "coding.xlsx", SOURCES, DOMAINS, GROUPS)[0]
    workbook = load_workbook(path)
    workbook["statements"].append(
        [None, "smith2020", "Night shifts", "Staff trusted the app", '=HYPERLINK("https://example.org/a", "Fewer ""falls""")']
    )
    workbook["statements"].append([None, "smith2020", "Night shifts", '=HYPERLINK("https://example.org/b")', "Fewer"])
    workbook.save(path)

    parsed = parse(path)

    assert parsed.rows[0].fields["outcome"] == 'Fewer "falls"'
    assert parsed.rows[1].fields["mechanism"] == "https://example.org/b"
    assert parsed.warnings == []  # a link formula is read as the text it shows; others refuse their row (above)


def test_formulas_a_spreadsheet_saved_with_their_values_are_read_silently(tmp_path):
    path = write_template(tmp_path / "coding.xlsx", SOURCES, DOMAINS, GROUPS)[0]
    workbook = load_workbook(path)
    workbook["statements"].append([None, "smith2020", "=C1", "Staff trusted the app", "Fewer incidents"])
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:  # what Excel writes: the formula and the value it computed
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = next(name for name in parts if name.startswith("xl/worksheets/sheet1"))
    parts[sheet] = (
        parts[sheet].replace(b"<f>C1</f><v></v>", b"<f>C1</f><v>context</v>").replace(b'<c r="C2">', b'<c r="C2" t="str">')
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)

    parsed = parse(path)

    assert parsed.rows[0].fields["context"] == "context" and parsed.warnings == []


def test_a_teams_own_columns_are_kept_shown_written_back_and_updated(tmp_path):
    """Nothing on the sheet is lost: columns cmo does not read ("CMOC ID", "Confidence") are kept with each
    statement by their header, written back to the next template, and an emptied cell removes its value."""
    first = write_csv(
        tmp_path / "own.csv",
        [
            ["Study", "Context (C)", "Mechanisms", "Outcome (O)", "CMOC ID", "Confidence"],
            ["smith2020", "Young people", "Felt heard", "Disclosed more", "CMOC 4", "high"],
            ["lee2019", "Rural clinics", "Saved the fare", "Fewer missed visits", "CMOC 7", ""],
        ],
    )
    rows = parse(first)
    made = [row.new_statement(f"S{n}") for n, row in enumerate(rows, start=50)]
    assert [s.extra for s in made] == [{"CMOC ID": "CMOC 4", "Confidence": "high"}, {"CMOC ID": "CMOC 7"}]
    assert (made[0].source, made[0].context, made[0].mechanism) == ("smith2020", "Young people", "Felt heard")

    template = write_template(tmp_path / "again.csv", SOURCES, DOMAINS, GROUPS, made)[0]
    with template.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[-3:] == ["CMOC ID", "Confidence", "cmo version"]
    again = parse(template, statement_ids={s.id for s in made})
    assert [row.update(s) for row, s in zip(again, made)] == made

    edited = write_csv(
        tmp_path / "edited.csv",
        [["id", "source", "context", "mechanism", "outcome", "Confidence"], ["S50", "smith2020", "c", "m", "o", ""]],
    )
    assert next(iter(parse(edited, statement_ids={"S50"}))).update(made[0]).extra == {"CMOC ID": "CMOC 4"}


def test_study_column_with_author_and_year_names_the_source(tmp_path):
    """Extraction sheets name studies as 'Smith et al. (2020)': the one source with that first author and year."""
    path = write_csv(
        tmp_path / "study.csv",
        [["Study", "Context", "Mechanism", "Outcome"], ["Smith et al. (2020)", "c", "m", "o"], ["Okafor 2021", "c", "m", "o"]],
    )
    aliases = {"@smith 2020": "smith2020", "@okafor 2021": "okafor2021"}
    assert [row.fields["source"] for row in parse(path, record_keys=lambda: aliases)] == ["smith2020", "okafor2021"]
    with pytest.raises(BadInput, match="'Okafor 2021' is not a source in this review"):
        parse(path, record_keys=lambda: {"@smith 2020": "smith2020"})
    with pytest.raises(BadInput, match="'Okafor 2021' could be any of okafor2021a, okafor2021b: write the key"):
        parse(path, record_keys=lambda: {"@smith 2020": "smith2020", "?@okafor 2021": "okafor2021a, okafor2021b"})


def test_a_header_read_loosely_never_takes_a_column_named_exactly():
    """'Outcome' is the outcome; 'Outcomes' beside it is the team's own column, not a second outcome."""
    table = sheet_io.Table(file="s.csv", header=["Source", "Context", "Mechanism", "Outcome", "Outcomes"], rows=[])
    from cmo.sheets.coding import _ALIASES

    columns = sheet_io.find_columns(table, _ALIASES)
    assert (columns["outcome"], columns["context"]) == (3, 1)
    assert 4 not in columns.values()


def test_every_citation_the_template_writes_names_its_source_back(demo, tmp_path):
    """The template cites undated and organisational sources as "Imroc n.d."; a sheet that used those words
    was refused ("is not a source in this review")."""
    demo("code", "template", "-o", str(tmp_path / "sheet.csv"))
    with (tmp_path / "sheet-sources.csv").open(encoding="utf-8-sig", newline="") as handle:
        cited = {row["citation"]: row["key"] for row in csv.DictReader(handle)}
    assert any(c.endswith("n.d.") for c in cited)
    aliases = [c for c in cited if list(cited).count(c) == 1]
    for citation in aliases:
        shown = demo.json("sources", "show", citation)
        assert shown["key"] == cited[citation], citation


def test_headers_c_m_o_and_author_year_are_read(tmp_path):
    path = write_csv(tmp_path / "cmo.csv", [["Author/Year", "C", "M", "O"], ["Smith et al. (2020)", "c", "m", "o"]])
    rows = list(parse(path, record_keys=lambda: {"@smith 2020": "smith2020"}))
    assert [(r.fields["source"], r.fields["context"], r.fields["mechanism"], r.fields["outcome"]) for r in rows] == [
        ("smith2020", "c", "m", "o")
    ]


def test_a_mechanism_coded_as_resource_and_response_is_the_statements_mechanism(tmp_path):
    """Listings, packs and merging read `mechanism`: a sheet with only the two parts must not leave it empty;
    a mechanism someone wrote is never replaced by its parts, one made from them follows them."""
    path = write_csv(
        tmp_path / "s.csv",
        [["source", "context", "resource", "response", "outcome"], ["lee2019", "c", "Peer worker", "Felt understood", "o"]],
    )
    (row,) = parse(path)
    made = row.new_statement("S1")
    assert made.mechanism == "Peer worker; Felt understood" and made.mechanism_resource == "Peer worker"
    edited = StatementRow(row=2, id="S1", fields={"mechanism_response": "Felt heard"})
    assert edited.update(made).mechanism == "Peer worker; Felt heard"
    written = made.model_copy(update={"mechanism": "peer workers who have been there make people feel understood"})
    assert edited.update(written).mechanism == written.mechanism


@pytest.mark.parametrize("reader", ["calamine", "openpyxl"])
def test_a_second_sheet_laid_out_like_the_first_is_named_not_silently_skipped(tmp_path, reader, monkeypatch):
    """A workbook with a tab per coder: one sheet is read, and a sheet with the same columns is said, by name and
    rows; a sheet laid out otherwise (a list of sources, instructions) is not, as in cmo's own template."""
    openpyxl = pytest.importorskip("openpyxl")
    if reader == "openpyxl":
        monkeypatch.setitem(sys.modules, "python_calamine", None)
    book = openpyxl.Workbook()
    header = ["source", "context", "mechanism", "outcome"]
    first = book.active
    first.title = "Coder A"
    for row in (header, ["lee2019", "c1", "m1", "o1"]):
        first.append(row)
    second = book.create_sheet("Coder B")
    for row in (header, ["lee2019", "c2", "m2", "o2"], ["lee2019", "c3", "m3", "o3"]):
        second.append(row)
    notes = book.create_sheet("Instructions")
    for row in (["how to code"], ["one statement a row"], ["quote the page"]):
        notes.append(row)
    book.save(tmp_path / "two.xlsx")
    parsed = parse(tmp_path / "two.xlsx")
    assert len(parsed.rows) == 1
    (warning,) = [w for w in parsed.warnings if "only the sheet" in w]
    assert "'Coder A' was read" in warning and "'Coder B' (2 rows)" in warning and "Instructions" not in warning
    del book["Coder B"]
    book.save(tmp_path / "one.xlsx")
    assert not [w for w in parse(tmp_path / "one.xlsx").warnings if "only the sheet" in w]


def test_an_older_copy_of_the_sheet_cannot_undo_a_later_change_and_every_update_keeps_what_it_replaced(demo, tmp_path):
    """Trial C: coder B's copy of the template reverted coder A's rewording of S3, and the history kept nothing of it.
    Now a row B left alone keeps A's later words (B's own change is applied beside it); a cell both changed is refused,
    naming the later change, until B empties the row's version cell; sheet updates keep before/after."""
    first, second, third = tmp_path / "coder-a.csv", tmp_path / "coder-b.csv", tmp_path / "coder-c.csv"
    for path in (first, second, third):
        demo("code", "template", "-o", str(path))

    def reword(path, statement_id, column, text):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        at = rows[0].index(column)
        for row in rows:
            if row[0] == statement_id:
                row[at] = text
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)

    old_outcome = demo.json("code", "show", "S3")["outcome"]
    reword(first, "S3", "outcome", "CODER A's outcome")
    reword(second, "S4", "outcome", "CODER B's outcome")
    reword(third, "S3", "outcome", "CODER C's outcome")
    demo("code", "import", str(first))
    last = demo.json("history", "S3")[-1]
    assert last["before"]["S3"]["outcome"] == old_outcome and last["after"]["S3"]["outcome"] == "CODER A's outcome"

    demo("code", "import", str(second))  # S3 left alone on B's copy: A's change stands beside B's
    assert demo.json("code", "show", "S3")["outcome"] == "CODER A's outcome"
    assert demo.json("code", "show", "S4")["outcome"] == "CODER B's outcome"

    db = (demo.folder / "review.db").read_bytes()
    refused = demo("code", "import", str(third), code=2).stderr
    assert "row 4: S3: this row changes the outcome, and since this sheet was made, the outcome was changed by " in refused
    assert "so nothing was imported" in refused and (demo.folder / "review.db").read_bytes() == db
    assert demo.json("code", "show", "S3")["outcome"] == "CODER A's outcome"

    reword(third, "S3", "cmo version", "")  # the team chooses to overwrite: the row's outcome then goes over A's
    demo("code", "import", str(third), code=0)
    assert demo.json("code", "show", "S3")["outcome"] == "CODER C's outcome"
    assert demo.json("code", "show", "S4")["outcome"] == "CODER B's outcome"  # left alone on C's copy: B's stands


def test_typing_a_dated_page_again_as_the_import_advised_corrects_that_statement_not_a_second(demo, tmp_path):
    """Trial F: the date warning said to type the page as text and import the sheet again; doing so made S25 beside
    S16, one quote coded twice. Now the row (no id) that says what a statement says corrects its dated page; any other
    page is named, not made a second statement."""
    source = demo.json("code", "show", "S1")["source"]
    header = ["source", "context", "mechanism", "outcome", "quote", "page"]
    row = [source, "At home", "Staff call back", "Trust grows", "they rang me back", "04-Mar"]
    demo("code", "import", str(write_csv(tmp_path / "dated.csv", [header, row])), code=1)
    made = demo.json("code", "list")[-1]["id"]
    assert demo.json("code", "show", made)["page"] == "3-4"  # read back from the date (trial AN 5)
    again = demo("code", "import", str(write_csv(tmp_path / "typed.csv", [header, [*row[:5], "3-4"]])))
    assert f"row 2 repeats {made} word for word" in again.stderr
    assert demo.json("code", "list")[-1]["id"] == made and demo.json("code", "show", made)["page"] == "3-4"
    other = demo("code", "import", str(write_csv(tmp_path / "other.csv", [header, [*row[:5], "9"]])), code=1)
    assert f"row 2 says what {made} says, from the same quote, but on page '9'" in other.stderr
    assert demo.json("code", "list")[-1]["id"] == made and demo.json("code", "show", made)["page"] == "3-4"


def test_a_statement_with_no_mechanism_is_imported_and_named(demo, tmp_path):
    source = demo.json("code", "show", "S1")["source"]
    sheet = write_csv(tmp_path / "nomech.csv", [["source", "context", "mechanism", "outcome"], [source, "At home", "", "Trust"]])
    said = demo("code", "import", str(sheet), code=1)
    made = demo.json("code", "list")[-1]["id"]
    assert f"row 2: {made} has no mechanism: a CMO statement without one says what happened but not why" in said.stderr
    assert "Imported 1 new statement" in said.stdout
    assert "no mechanism" not in demo("code", "import", str(sheet)).stderr, "said once, when it comes in"


def test_a_sheet_part_of_which_was_not_taken_as_written_is_imported_and_exits_1(demo, tmp_path):
    """DESIGN's exit 1, "done, with problems to look at": a page a spreadsheet turned into a date (as a CSV writes
    it: '04-Mar'), another coder's tab left unread, a row for a deleted statement. Trial C: each exited 0."""
    openpyxl = pytest.importorskip("openpyxl")
    source = demo.json("code", "show", "S1")["source"]
    header = ["source", "context", "mechanism", "outcome", "page"]
    pages = write_csv(tmp_path / "pages.csv", [header, [source, "At home", "Staff call back", "Trust grows", "04-Mar"]])
    said = demo("code", "import", str(pages), code=1)
    assert "the page '04-Mar' is a date" in said.stderr and "Imported 1 new statement" in said.stdout

    book = openpyxl.Workbook()
    book.active.title = "JM"
    book.active.append(header)
    book.active.append([source, "In clinics", "Nurses listen", "People return", "3"])
    other = book.create_sheet("AK")
    other.append(header)
    other.append([source, "In homes", "Visits continue", "People stay", "4"])
    book.save(tmp_path / "coders.xlsx")
    said = demo.json("code", "import", str(tmp_path / "coders.xlsx"), code=1)
    assert said["added"] == 1 and len(said["look_at"]) == 1 and "'AK' (1 row)" in said["look_at"][0]

    demo("code", "delete", "S2", "--note", "coded twice")
    template = tmp_path / "old.csv"
    demo("code", "template", "-o", str(template))
    rows = list(csv.reader(template.open(encoding="utf-8-sig", newline="")))
    rows.append(["S2", source, "In wards", "Staff explain", "Calm returns"] + [""] * (len(rows[0]) - 5))
    write_csv(template, rows)
    assert "S2 was deleted" in demo("code", "import", str(template), code=1).stderr


def test_a_member_of_an_accepted_configuration_that_now_reads_the_other_way_is_said(demo, tmp_path):
    """Trial C: the sheet changed S13's outcome to "did not increase"; accepted C7 went on counting it as support,
    and neither the import nor refine said a word. The team decides, with `code mark`."""
    demo("refine")
    config = next(c for c in demo.json("configs", "list") if len(c["statements"]) >= 2 and not c["contradicting"])
    demo("configs", "accept", config["id"])
    member = config["statements"][0]
    sheet = tmp_path / "sheet.csv"
    demo("code", "template", "-o", str(sheet))
    rows = list(csv.reader(sheet.open(encoding="utf-8-sig", newline="")))
    at = rows[0].index("outcome")
    next(row for row in rows if row[0] == member)[at] = "Facility births did not increase"
    write_csv(sheet, rows)
    said = demo.json("code", "import", str(sheet), code=1)
    assert any(f"{member} is in {config['id']}, which the team accepted as it was" in w for w in said["look_at"])
    assert f"'cmo code mark {member} --contradicting {config['id']}'" in said["look_at"][-1]
    demo("code", "mark", member, "--contradicting", config["id"])
    assert member in demo.json("configs", "show", config["id"])["contradicting"]


def test_headers_named_with_the_methods_own_word_are_read(tmp_path):
    """Trial C: "CMO context / CMO mechanism / CMO outcome" were refused, though "Context (C)" was read."""
    header = ["Study", "CMO context", "CMO mechanism", "CMO outcome"]
    path = write_csv(tmp_path / "cmo.csv", [header, ["smith2020", "c", "m", "o"]])
    (row,) = parse(path)
    assert (row.fields["context"], row.fields["mechanism"], row.fields["outcome"]) == ("c", "m", "o")


def test_a_group_taken_out_of_review_yaml_is_said_and_the_reviews_own_sheet_still_imports(demo, tmp_path):
    """Trial C: with a group deleted from review.yaml by hand nothing was said, and cmo's own template, which writes
    the statements' tags back, was then refused row by row."""
    tagged = [s["id"] for s in demo.json("code", "list") if "cyp" in s["groups"]]
    config = demo.folder / "review.yaml"
    text = config.read_text(encoding="utf-8")
    start = text.index("- slug: cyp")
    end = text.index("- slug:", start + 1)
    config.write_text(text[:start] + text[end:], encoding="utf-8")
    sheet = tmp_path / "sheet.csv"
    demo("code", "template", "-o", str(sheet))
    said = demo.json("code", "import", str(sheet), code=1)
    assert said["updated"] == 0
    assert any("tagged with group 'cyp', which review.yaml no longer lists" in w for w in said["look_at"])
    assert all("cyp" in demo.json("code", "show", sid)["groups"] for sid in tagged)


def test_a_long_own_column_is_shown_apart_from_its_value(demo, tmp_path):
    """Trial F: `code show` printed 'Reviewer 2 commentcheck'."""
    source = demo.json("code", "show", "S1")["source"]
    sheet = write_csv(
        tmp_path / "own.csv",
        [["source", "context", "mechanism", "outcome", "Reviewer 2 comment"], [source, "a", "b", "c", "check"]],
    )
    demo("code", "import", str(sheet))
    shown = demo("code", "show", demo.json("code", "list")[-1]["id"]).stdout
    assert "Reviewer 2 comment: check" in shown
