"""A quote left open in a hand-edited CSV must not swallow the rows after it; Excel's own
multi-line cells and its 'Unicode Text' (UTF-16, tab-separated) sheets must still import."""

from __future__ import annotations

import codecs
import csv
import io

import pytest

HEADER = "id,source,context,mechanism,outcome,quote,page,domain,groups,coder,note\n"
UNCLOSED = (
    HEADER
    + ',schlief2022telemental,Young people at home,Privacy worries,Hold back,"we could not talk freely,3,safety,cyp,AB,\n'
    + ",johnson2021impact,Staff working remotely,Less sight of risk,Less confident,staff were anxious,4,safety,,AB,\n"
    + ",johnson2021impact,Carers,Less respite,More strain,carers were stretched,5,connecting,,AB,\n"
)


def statuses(demo) -> dict[str, str]:
    return {s["key"]: s["status"] for s in demo.json("sources", "list")}


def excel_csv(rows: list[list[str]], delimiter: str = ",") -> str:
    """What Excel writes: CRLF between rows, cells with line breaks, delimiters or quotes quoted."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def new_row(quote: str, context: str = "Young people at home") -> list[str]:
    return ["", "schlief2022telemental", context, "Privacy worries", "Hold back", quote, "3", "safety", "cyp", "AB", ""]


def test_unclosed_quote_in_coding_sheet_is_refused_naming_the_line(demo, tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(UNCLOSED, encoding="utf-8")
    before = demo.json("code", "list")

    result = demo("code", "import", str(sheet), code=2)

    assert "sheet.csv line 2: a quoted cell is never closed" in result.stderr
    assert "line 4" in result.stderr and "Traceback" not in result.output
    assert demo.json("code", "list") == before


def test_unclosed_quote_closed_by_a_later_quote_is_refused(demo, tmp_path):
    """The open quote is ended by the opening quote of a later quoted cell, so no row is lost
    at the end of the file; the text glued after that quote gives it away."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER
        + ',schlief2022telemental,Young people at home,Privacy worries,Hold back,"we could not talk freely,3,safety,cyp,AB,\n'
        + ",johnson2021impact,Carers,Less respite,More strain,carers were stretched,5,connecting,,AB,\n"
        + ',johnson2021impact,Staff,Less sight of risk,Less confident,"staff were anxious, often",4,safety,,AB,\n',
        encoding="utf-8",
    )
    before = demo.json("code", "list")

    result = demo("code", "import", str(sheet), code=2)

    assert "sheet.csv line 2: a quoted cell is never closed" in result.stderr and "line 4" in result.stderr
    assert demo.json("code", "list") == before


def test_a_row_inside_a_quoted_cell_is_named_in_a_warning(demo, tmp_path):
    """Ended by a stray quote just before a comma (10"), the cell holds a whole row; prose with
    as many commas looks the same, so the import goes on and a warning names the lines to check."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER
        + ',schlief2022telemental,Young people at home,Privacy worries,Hold back,"we could not talk freely,3,safety,cyp,AB,\n'
        + ",johnson2021impact,Carers,Less respite,More strain,carers were stretched,5,connecting,,AB,\n"
        + ',johnson2021impact,Staff,Less sight of risk,Less confident,on a screen of 10",4,safety,,AB,\n',
        encoding="utf-8",
    )
    result = demo("code", "import", str(sheet), code=None)
    assert "sheet.csv line 2: a quoted cell runs on to line 4, and its line 3 looks like a row of its own" in result.stderr


def test_prose_with_many_commas_in_a_multi_line_cell_is_not_refused(demo, tmp_path):
    quote = (
        "Participants described three things.\nStaff included nurses, psychiatrists, psychologists, social "
        "workers, peer workers, GPs, pharmacists, therapists, receptionists, cleaners, and managers.\nAll agreed."
    )
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(excel_csv([HEADER.strip().split(","), new_row(quote, "At home")]), encoding="utf-8", newline="")
    before = len(demo.json("code", "list"))
    demo("code", "import", str(sheet), code=None)
    assert len(demo.json("code", "list")) == before + 1


def test_excel_multi_line_cells_import_unchanged(demo, tmp_path):
    quote = (
        'We could not talk freely, not with mum in the kitchen.\nShe said "later", then\n'
        '"not now, not here, not at all, not, ever"'
    )
    context = "At home,\nwith family\nnearby"
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        excel_csv(
            [
                HEADER.strip().split(","),
                new_row(quote, context),
                [
                    "",
                    "johnson2021impact",
                    "Carers",
                    "Less respite",
                    "More strain",
                    "carers, stretched",
                    "5",
                    "connecting",
                    "",
                    "AB",
                    "",
                ],
            ]
        ),
        encoding="utf-8-sig",
        newline="",
    )
    assert '""later""' in sheet.read_text(encoding="utf-8-sig")
    count = len(demo.json("code", "list"))

    summary = demo.json("code", "import", str(sheet))

    assert summary["added"] == 2
    added = demo.json("code", "show", f"S{count + 1}")
    assert added["quote"] == quote and added["context"] == context
    assert demo.json("code", "show", f"S{count + 2}")["quote"] == "carers, stretched"


def test_excel_multi_line_cell_holding_a_row_like_line_imports_when_properly_closed(demo, tmp_path):
    """A properly quoted cell that ends where a row could not end is Excel's, not a lost quote."""
    quote = "Counts by site:\n1,2,3\nall low"
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(excel_csv([HEADER.strip().split(","), new_row(quote)]), encoding="utf-8", newline="")
    count = len(demo.json("code", "list"))

    assert demo.json("code", "import", str(sheet))["added"] == 1
    assert demo.json("code", "show", f"S{count + 1}")["quote"] == quote


def test_unclosed_quote_in_screening_file_applies_no_decision(demo, tmp_path):
    screening = tmp_path / "s.csv"
    screening.write_text(
        "key,decision,reason\n"
        'johnson2021impact,exclude,"not about remote care\n'
        "schlief2022telemental,exclude,wrong setting\n"
        "cooper2024peer,exclude,wrong setting\n",
        encoding="utf-8",
    )
    before = statuses(demo)

    result = demo("select", "import", str(screening), code=2)

    assert "s.csv line 2: a quoted cell is never closed" in result.stderr and "line 4" in result.stderr
    assert statuses(demo) == before


def test_screening_reason_over_several_lines_is_applied(demo, tmp_path):
    reason = "Not about remote care,\nonly face-to-face, inpatient, wards"
    screening = tmp_path / "s.csv"
    screening.write_text(
        excel_csv(
            [["key", "decision", "reason"], ["cooper2024peer", "exclude", reason], ["schlief2022telemental", "include", ""]]
        ),
        encoding="utf-8",
        newline="",
    )

    demo("select", "import", str(screening), code=None)

    shown = demo.json("sources", "show", "cooper2024peer")
    assert shown["status"] == "excluded" and shown["exclusion_reason"] == reason


@pytest.mark.parametrize(
    "command, content",
    [
        (("select", "origins"), 'key,origin\ncooper2024peer,"website\nschlief2022telemental,citation tracking\n'),
        (
            ("appraise", "--file"),
            'key,relevance,rigour,note\ncooper2024peer,high,low,"small study\nschlief2022telemental,low,low,\n',
        ),
    ],
)
def test_unclosed_quote_in_origins_and_appraisal_files_is_refused(demo, tmp_path, command, content):
    path = tmp_path / "f.csv"
    path.write_text(content, encoding="utf-8")
    before = demo.json("sources", "list")

    result = demo(*command, str(path), code=2)

    assert "f.csv line 2: a quoted cell is never closed" in result.stderr
    assert demo.json("sources", "list") == before


def test_excel_unicode_text_sheet_utf16_tab_separated_is_read(demo, tmp_path):
    quote = 'On ne pouvait pas parler, à la maison\nnot with "them" there'
    sheet = tmp_path / "sheet.txt"
    sheet.write_bytes(excel_csv([HEADER.strip().split(","), new_row(quote, "Café at home")], delimiter="\t").encode("utf-16"))
    assert sheet.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    count = len(demo.json("code", "list"))

    assert demo.json("code", "import", str(sheet))["added"] == 1
    added = demo.json("code", "show", f"S{count + 1}")
    assert added["quote"] == quote and added["context"] == "Café at home"


def test_utf16_without_bom_and_binary_files(demo, tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes(excel_csv([HEADER.strip().split(","), new_row("plain")]).encode("utf-16-le"))
    assert demo.json("code", "import", str(sheet))["added"] == 1

    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x00\x01\x02\x03PK\x00\x00junk\x00")
    before = demo.json("code", "list")
    result = demo("code", "import", str(binary), code=2)
    assert "binary.csv" in result.stderr and "save it as 'CSV UTF-8'" in result.stderr
    assert demo.json("code", "list") == before


def test_code_list_keeps_one_line_per_statement_when_cells_have_line_breaks(demo, tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        excel_csv([HEADER.strip().split(","), new_row("a quote", "Wards with\npeer workers")]), encoding="utf-8", newline=""
    )
    demo("code", "import", str(sheet), code=None)
    lines = demo("code", "list").stdout.splitlines()
    assert len(lines) == len(demo.json("code", "list"))
    assert any("C: Wards with peer workers" in line for line in lines)


def excel_unicode_text(rows: list[list[str]], *, bom: bool) -> bytes:
    """What Excel's 'Unicode Text' save writes: tab-separated, CRLF, UTF-16LE, its BOM first
    (some versions and converters leave the BOM out)."""
    return (codecs.BOM_UTF16_LE if bom else b"") + excel_csv(rows, delimiter="\t").encode("utf-16-le")


@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
def test_code_import_and_feedback_import_both_read_excel_unicode_text(demo, tmp_path, bom):
    """One reader for every sheet: feedback import used to refuse as binary what code import read."""
    sheet = tmp_path / "coding.txt"
    sheet.write_bytes(excel_unicode_text([HEADER.strip().split(","), new_row("à la maison", "Café")], bom=bom))
    answers = tmp_path / "answers.txt"
    target = demo.json("configs", "list")[0]["id"]
    answers.write_bytes(
        excel_unicode_text(
            [["respondent", "configuration", "rating", "comment"], ["Grey Wren", target, "partly", "Pas à l'école, à la maison"]],
            bom=bom,
        )
    )
    assert answers.read_bytes().startswith(b"\xff\xfe") == bom and b"\r\x00\n\x00" in answers.read_bytes()

    assert demo.json("code", "import", str(sheet))["added"] == 1
    assert demo.json("feedback", "import", str(answers))["added"] == 1
    (item,) = [c for row in demo.json("feedback", "summary") for c in row["comments"] if c["respondent"] == "Grey Wren"]
    assert item["rating"] == "partly" and item["comment"] == "Pas à l'école, à la maison"
