"""Trial BI (a coding sheet from EPPI-Reviewer): its coding report, one row per coded passage ('Item ID', 'ShortTitle',
'Code', 'Info box', 'Coded text'), codes named 'Context – …', 'Mechanism – …', 'Outcome – …', was refused whole for
lacking C, M and O columns ('ShortTitle' named no source). Read as a coded-segments export, each passage's 'Page N:'
line and highlight marks ('[¬s]…[¬e]') split every cell into two statements of 'Page 104:', and the coder's own words in
the 'Info box' were kept aside while the parts were the quotes. Tested on another topic: community pharmacy support for
people starting a new medicine."""

from __future__ import annotations

from openpyxl import Workbook
from sheet_reviews import review_of

RECORDS = """TY  - JOUR
TI  - The New Medicine Service in community pharmacy: a qualitative study of patients' experiences
AU  - Latif, Asam
PY  - 2018
JO  - International Journal of Pharmacy Practice
ER  -

TY  - JOUR
TI  - Pharmacist follow-up calls and adherence to antihypertensives: a cluster trial
AU  - Moreno, Lucia
PY  - 2021
JO  - Research in Social and Administrative Pharmacy
ER  -
"""

DOMAINS = """domains:
  - slug: adherence
    name: Taking a new medicine
    description: What helps people keep taking a medicine they have just started.
"""

HEADER = ["Item ID", "ShortTitle", "Code", "Info box", "Coded text"]


def _workbook(path, *rows):
    book = Workbook()
    sheet = book.active
    sheet.title = "Coding report"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _coded(page, text):
    return f'Page {page}:\n[¬s]"{text}"[¬e]'


def test_an_eppi_coding_report_reads_the_info_box_as_the_parts_and_the_passages_as_quote_and_page(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _workbook(
        tmp_path / "EPPI coding report.xlsx",
        [5501, "Latif (2018)", "Context – Busy GP", "Patients who cannot get a GP appointment", _coded(4, "you can't get in")],
        [5501, "Latif (2018)", "Mechanism – Someone to ask", "The pharmacist answers worries", _coded(4, "she explained it")],
        [5501, "Latif (2018)", "Outcome – Kept taking", "Patients keep taking it", _coded(5, "I carried on with it")],
        [5502, "Moreno (2021)", "Context – Rural", "Rural patients far from the pharmacy", _coded(7, "an hour's drive")],
        [5502, "Moreno (2021)", "Mechanism – Reminded", "", _coded(7, "the call reminded me to collect it")],
        [5502, "Moreno (2021)", "Outcome – Adherence", "Higher adherence at six months", ""],
    )
    said = cmo("code", "import", str(sheet))
    statements = cmo.json("code", "list")
    assert [(s["source"], s["context"], s["mechanism"], s["outcome"], s["quote"], s["page"]) for s in statements] == [
        (
            keys["the"],
            "Patients who cannot get a GP appointment",
            "The pharmacist answers worries",
            "Patients keep taking it",
            '"you can\'t get in" … "she explained it" … "I carried on with it"',
            "4, 5",
        ),
        (
            keys["pharmacist"],
            "Rural patients far from the pharmacy",
            '"the call reminded me to collect it"',  # no words of the coder's: the passage, without its page and marks
            "Higher adherence at six months",
            '"an hour\'s drive" … "the call reminded me to collect it"',
            "7",
        ),
    ]
    assert "2 statements" in said.stderr and "the coder's words in 'Info box'" in said.stderr
    assert "holds passages of text" not in said.stderr
    assert cmo.json("code", "show", "S1")["extra"]["Item ID"] == "5501"


def test_segments_without_an_info_box_or_page_lines_are_read_as_before(cmo, tmp_path):
    """The rule must not fire where the export has no column of the coder's words nor 'Page N:' lines: each part is its
    passage as written, no quote or page is made up."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = tmp_path / "segments.xlsx"
    book = Workbook()
    book.active.append(["ShortTitle", "Code", "Coded text"])
    for row in (
        ["Latif (2018)", "Context – Busy GP", "patients who cannot see their GP"],
        ["Latif (2018)", "Mechanism – Someone to ask", "the pharmacist answers their worries"],
        ["Latif (2018)", "Outcome – Kept taking", "they keep taking it"],
    ):
        book.active.append(row)
    book.save(sheet)
    cmo("code", "import", str(sheet))
    [statement] = cmo.json("code", "list")
    assert statement["source"] == keys["the"]
    assert (statement["context"], statement["mechanism"], statement["outcome"]) == (
        "patients who cannot see their GP",
        "the pharmacist answers their worries",
        "they keep taking it",
    )
    assert statement["quote"] in ("", None) and statement["page"] in ("", None)
