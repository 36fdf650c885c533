"""Builds the EPPI-Reviewer coding reports here (run from this folder): a codeset of the three parts alone, 'Context',
'Mechanism', 'Outcome' (EPPI-Reviewer writes a code's name, not its path), each passage's words in its 'Info box', as a
team coding CMOs in EPPI-Reviewer sets it up; exported as 'Coding report' to Excel. Topic: community pharmacy medicines
reviews."""

from openpyxl import Workbook

HEADER = ["Item ID", "ShortTitle", "Code", "Info box", "Coded text"]
ROWS = [
    [
        5120331,
        "Latif (2013)",
        "Context",
        "pharmacists in busy chain pharmacies with targets for reviews",
        'Page 4:\n[¬s]"we were told to get fifty MURs done a month"[¬e]',
    ],
    [5120331, "Latif (2013)", "Mechanism", "reviews felt as a box-ticking exercise", ""],
    [
        5120331,
        "Latif (2013)",
        "Outcome",
        "patients saw few changes to their medicines",
        'Page 6:\n[¬s]"nothing changed really"[¬e]',
    ],
    [
        5120331,
        "Latif (2013)",
        "Context",
        "patients who already knew their pharmacist",
        'Page 7:\n[¬s]"I have known her for years"[¬e]',
    ],
    [5120331, "Latif (2013)", "Mechanism", "trust in the pharmacist's advice", ""],
    [5120331, "Latif (2013)", "Outcome", "more problems with medicines raised", ""],
]


def main() -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Coding report"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save("coding_report_part_codes.xlsx")


if __name__ == "__main__":
    main()
