"""Trial F finding 12: `cmo select template` writes a screening sheet that `cmo select import` reads back."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import CORPUS, need_shared
from openpyxl import load_workbook

from cmo.sheets.screening import SCREENING_HEADER

HOSTILE = '=HYPERLINK("http://evil.example","click")'


def _review(cmo) -> list[dict]:
    cmo("ingest", str(need_shared(CORPUS / "ris" / "msm_included_fulltext.ris")))
    found = cmo.json("sources", "list")
    cmo("select", "include", found[0]["key"], found[1]["key"])
    cmo("select", "exclude", found[2]["key"], "--reason", HOSTILE)
    return found


def _rows(path) -> list[dict]:
    if path.suffix == ".csv":
        return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    sheet = load_workbook(path)["Screening"]
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], ["" if v is None else v for v in row], strict=True)) for row in values[1:]]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_sheet_reads_back_unchanged_and_a_reviewer_s_decisions_are_applied(cmo, tmp_path, suffix):
    found = _review(cmo)
    sheet = tmp_path / f"screening{suffix}"
    cmo("select", "template", "-o", str(sheet))
    rows = _rows(sheet)
    assert list(rows[0]) == list(SCREENING_HEADER) and [r["key"] for r in rows] == [s["key"] for s in found]
    first = rows[0]
    assert first["citation"] and first["title"] == found[0]["title"].rstrip() and first["decision"] == "included"
    assert rows[2]["decision"] == "excluded" and rows[3]["decision"] == "unscreened"
    assert all(len(r["abstract"]) <= 402 for r in rows) and any(r["abstract"].endswith(" …") for r in rows)

    before = cmo.json("sources", "list")
    unchanged = cmo.json("select", "import", str(sheet))
    assert (unchanged["changed"], unchanged["unchanged"]) == (0, len(found))
    assert cmo.json("sources", "list") == before  # the hostile reason came back as it was written

    if suffix == ".csv":  # a reviewer screens in the sheet
        text = sheet.read_bytes().decode("utf-8-sig").splitlines()
        cells = list(csv.reader(text))
        cells[4][7], cells[4][8], cells[5][7] = "exclude", "not about MSM", "include"
        buffer = io.StringIO()
        csv.writer(buffer).writerows(cells)
        sheet.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    else:
        book = load_workbook(sheet)
        screening = book["Screening"]
        screening["H5"], screening["I5"], screening["H6"], screening["J6"] = "exclude", "not about MSM", "include", "AB"
        book.save(sheet)
    applied = cmo.json("select", "import", str(sheet))
    assert applied["sources"] == [found[3]["key"], found[4]["key"]]
    after = {s["key"]: s for s in cmo.json("sources", "list")}
    assert (after[found[3]["key"]]["status"], after[found[3]["key"]]["exclusion_reason"]) == ("excluded", "not about MSM")
    assert after[found[4]["key"]]["status"] == "included"


def test_text_that_looks_like_a_formula_stays_text(cmo, tmp_path):
    found = _review(cmo)
    cmo("select", "template", "-o", str(tmp_path / "s.csv"))
    cmo("select", "template", "-o", str(tmp_path / "s.xlsx"), "--status", "excluded")
    raw = (tmp_path / "s.csv").read_bytes().decode("utf-8-sig")
    assert "'=HYPERLINK(" in raw and ",=HYPERLINK" not in raw and '"=HYPERLINK' not in raw
    cell = load_workbook(tmp_path / "s.xlsx")["Screening"]["I2"]
    assert cell.data_type == "s" and cell.value == HOSTILE
    assert [r["key"] for r in _rows(tmp_path / "s.xlsx")] == [found[2]["key"]]


def test_a_sheet_of_another_kind_is_refused(cmo, tmp_path):
    _review(cmo)
    result = cmo("select", "template", "-o", str(tmp_path / "s.tsv"), code=2)
    assert "must be .csv or .xlsx" in result.stderr and not (tmp_path / "s.tsv").exists()
