"""`cmo code template` left out the team's own 'ID' column (the brief's left-over 3): a first import keeps ids shaped as
cmo's (S1, S2 …) as the team's own column, which later imports of the team's sheets are matched by, but the template
could not write it under 'ID', the header of cmo's ids, and dropped it. It is written beside cmo's id as 'Team ID',
read back under the team's own name on a sheet cmo wrote, and a renumbering typed there reaches the team's next sheet.

A team's own column no cmo column reads ('CMOC ID') keeps its header and place (must not fire), on another topic."""

from __future__ import annotations

import csv

import openpyxl
from sheet_reviews import review_of, write_csv
from test_s39c_coding import DOMAINS, RECORDS
from test_s40_coding import DOMAINS as TRAVEL_DOMAINS
from test_s40_coding import RECORDS as TRAVEL_RECORDS

HEADER = ["ID", "Study", "Context", "Mechanism", "Outcome", "Coder"]
ROWS = [
    ["S1", "Haugen 2017", "Wards with a named discharge nurse", "Patients trust one person", "Fewer delays", "JM"],
    ["S2", "Moreau 2021", "Carers told the date late", "Carers feel left out", "Carers decline to take them home", "JM"],
]


def _read(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_teams_id_column_is_written_beside_cmos_id_and_read_back_as_the_teams(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    cmo("code", "import", str(write_csv(tmp_path / "jm.csv", HEADER, *ROWS)))
    cmo("code", "template", "-o", str(tmp_path / "template.csv"))
    header, *rows = _read(tmp_path / "template.csv")
    assert header[:3] == ["id", "Team ID", "source"] and [row[1] for row in rows] == ["S1", "S2"]
    said = cmo("code", "import", str(tmp_path / "template.csv"))
    assert "0 updates" in said.stdout and [s["extra"] for s in cmo.json("code", "list")] == [{"ID": "S1"}, {"ID": "S2"}]
    # the team renumbers in the template; its own sheet, headed 'ID', is then matched by the new numbers
    rows[1][1] = "JM-2"
    write_csv(tmp_path / "template.csv", header, *rows)
    cmo("code", "import", str(tmp_path / "template.csv"))
    assert cmo.json("code", "show", "S2")["extra"] == {"ID": "JM-2"}
    renumbered = [ROWS[0], ["JM-2", *ROWS[1][1:4], "Carers decline to take the person home", "JM"]]
    cmo("code", "import", str(write_csv(tmp_path / "jm.csv", HEADER, *renumbered)), code=None)
    assert [s["outcome"] for s in cmo.json("code", "list")] == ["Fewer delays", "Carers decline to take the person home"]
    cmo("code", "template", "-o", str(tmp_path / "template.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "template.xlsx").worksheets[0]
    assert [cell.value for cell in sheet[1]][:3] == ["id", "Team ID", "source"]


def test_a_teams_column_cmo_reads_no_other_way_keeps_its_header_and_a_team_id_of_its_own_stays_so(cmo, tmp_path):
    """Must not fire: 'CMOC ID' is written as it was headed, at the end; a 'Team ID' on the team's own sheet is theirs."""
    review_of(cmo, tmp_path, TRAVEL_DOMAINS, TRAVEL_RECORDS)
    header = ["CMOC ID", "Team ID", "Study", "Context", "Mechanism", "Outcome"]
    row = ["W-1", "T7", "Tanaka 2019", "Quiet residential streets", "Parents trust an adult walks with them", "More walk"]
    cmo("code", "import", str(write_csv(tmp_path / "travel.csv", header, row)))
    assert cmo.json("code", "show", "S1")["extra"] == {"CMOC ID": "W-1", "Team ID": "T7"}
    cmo("code", "template", "-o", str(tmp_path / "template.csv"))
    written = _read(tmp_path / "template.csv")[0]
    assert written[:2] == ["id", "source"] and written[-3:] == ["CMOC ID", "Team ID", "cmo version"]
    said = cmo("code", "import", str(tmp_path / "template.csv"))
    assert "0 updates" in said.stdout and cmo.json("code", "show", "S1")["extra"] == {"CMOC ID": "W-1", "Team ID": "T7"}
