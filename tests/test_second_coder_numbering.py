"""A second coder's sheet numbered S1, S2 … as the first coder's was (the brief's CE 3 left-over): the team's own ids
match rows to the statements an earlier import made, so HC's S1 rewrote JM's S1, recorded only in the history. A row
the team's own id matches, coded by another coder in other words, is refused naming the row and what to type; a coder's
own corrected sheet still updates, and other coders' statements are no rows it left out.

Fault on a hospital discharge review (`test_s39c_coding`); the must-not-fire case on a school travel one (`test_s40_coding`)."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv
from test_s39c_coding import DOMAINS, RECORDS
from test_s40_coding import DOMAINS as TRAVEL_DOMAINS
from test_s40_coding import RECORDS as TRAVEL_RECORDS

HEADER = ["ID", "Study", "Context", "Mechanism", "Outcome", "Coder"]
JM = [
    ["S1", "Haugen 2017", "Wards with a named discharge nurse", "Patients trust one person to organise it", "Fewer delays", "JM"],
    ["S2", "Moreau 2021", "Carers told the date late", "Carers feel left out", "Carers decline to take them home", "JM"],
]
HC = [
    ["S1", "Haugen 2017", "Nurses short of time on the ward", "Letters written in haste", "Medication changes missed", "HC"],
    ["S2", "Haugen 2017", "A named nurse on the ward", "Patients know whom to ask", "Fewer delays", "HC"],
]


def _by_coder(cmo) -> list[tuple[str, str, str]]:
    return [(s["id"], s["coder"], s["context"]) for s in cmo.json("code", "list")]


def test_a_second_coders_rows_numbered_alike_are_refused_not_put_over_the_first_coders(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    cmo("code", "import", str(write_csv(tmp_path / "jm.csv", HEADER, *JM)), "--by", "JM")
    before = _by_coder(cmo)
    said = cmo("code", "import", str(write_csv(tmp_path / "hc.csv", HEADER, *HC)), "--by", "HC", code=2)
    assert "row 2: its 'ID' S1 is JM's S1 ('Wards with a named discharge nurse'), and this row is HC's" in said.stderr
    assert "('HC-S1'), or empty the column" in said.stderr and "row 3: its 'ID' S2 is JM's S2" in said.stderr
    assert _by_coder(cmo) == before  # nothing of JM's changed
    # renumbered as the refusal says: HC's own statements, JM's untouched
    renumbered = [[f"HC-{row[0]}", *row[1:]] for row in HC]
    cmo("code", "import", str(write_csv(tmp_path / "hc.csv", HEADER, *renumbered)), "--by", "HC")
    assert _by_coder(cmo) == [*before, ("S3", "HC", HC[0][2]), ("S4", "HC", HC[1][2])]
    # JM's corrected sheet updates JM's statement, and does not call HC's statements rows it left out
    JM[0][4] = "Fewer delayed discharges"
    said = cmo("code", "import", str(write_csv(tmp_path / "jm.csv", HEADER, *JM)), "--by", "JM")
    assert "1 update" in said.stdout and "no row on it" not in said.stderr
    assert cmo.json("code", "show", "S1")["outcome"] == "Fewer delayed discharges"


def test_a_coders_own_sheet_corrected_and_renamed_still_updates(cmo, tmp_path):
    """Must not fire: one coder's re-import, the coder's name in other capitals, or the coder cell alone corrected."""
    review_of(cmo, tmp_path, TRAVEL_DOMAINS, TRAVEL_RECORDS)
    rows = [["S1", "Tanaka 2019", "Quiet residential streets", "Parents trust an adult walks with them", "More walk", "Ana Ruiz"]]
    sheet = write_csv(tmp_path / "travel.csv", HEADER, *rows)
    cmo("code", "import", str(sheet))
    rows[0][4], rows[0][5] = "More children walk to school", "ana ruiz"
    cmo("code", "import", str(write_csv(sheet, HEADER, *rows)), code=None)
    assert cmo.json("code", "show", "S1")["outcome"] == "More children walk to school"
    rows[0][5] = "A. Ruiz"  # the same words, the coder written otherwise: an update of the coder, not another's statement
    cmo("code", "import", str(write_csv(sheet, HEADER, *rows)), code=None)
    assert [s["coder"] for s in cmo.json("code", "list")] == ["A. Ruiz"]
