"""DistillerSR's extraction export names the reviewer who filled each form in its `User` column; the import kept it as
a column of the team's own and every statement had no coder (the brief's left-over 4). A `User` column is read as the
coder, and said; a sheet's own `Coder` column wins over it, and a `User` whose cells name the review's stakeholder groups
(the kind of service user a row is about) stays the team's own column.

The export's layout is trial CA's (`test_s46_ca`: 'Refid', 'Title', 'Author', 'Year', 'User', then the form's questions,
as DistillerSR's report writes them); the must-not-fire cases on a school travel review with groups (`test_s40_coding`)."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv
from test_s40_coding import DOMAINS as TRAVEL_DOMAINS
from test_s40_coding import RECORDS as TRAVEL_RECORDS
from test_s46_ca import DOMAINS, HEADER, RECORDS, TRIAL, VIEWS


def test_distillers_user_column_is_read_as_the_coder(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    rows = [
        ["11", TRIAL, "Moreau L", "2019", "ana.k", "Pupils saw a peer model", "Pupils feel able to act", "More step in", "", ""],
        ["12", VIEWS, "Osei K", "2021", "ben.o", "Teachers ran sessions", "Teachers feel ownership", "Sessions go on", "", ""],
    ]
    said = cmo("code", "import", str(write_csv(tmp_path / "distiller.csv", HEADER, *rows)), code=None)
    assert "the column 'User' names who filled each row's form" in said.stderr
    assert [(s["coder"], s["extra"].get("User")) for s in cmo.json("code", "list")] == [("ana.k", None), ("ben.o", None)]


def test_a_coder_column_wins_and_a_user_naming_groups_is_the_teams_own(cmo, tmp_path):
    """Must not fire: 'User' beside 'Coder' is the team's own column; 'User' holding 'Parents', 'Teachers' is a group's."""
    review_of(cmo, tmp_path, TRAVEL_DOMAINS, TRAVEL_RECORDS)
    header = ["Study", "User", "Context", "Mechanism", "Outcome", "Coder"]
    row = ["Tanaka 2019", "Parents", "Quiet residential streets", "Parents trust an adult walks", "More walk", "RT"]
    said = cmo("code", "import", str(write_csv(tmp_path / "coded.csv", header, row)), code=None)
    assert "names who filled" not in said.stderr
    header = header[:-1]
    row = ["Tanaka 2019", "Teachers", "Schools with a walking bus", "Teachers see pupils arrive calm", "Pupils settle sooner"]
    said = cmo("code", "import", str(write_csv(tmp_path / "users.csv", header, row)), code=None)
    assert "names who filled" not in said.stderr
    read = [(s["coder"], s["extra"]) for s in cmo.json("code", "list")]
    assert read == [("RT", {"User": "Parents"}), ("", {"User": "Teachers"})]
