"""Trial CE (session 46): a first-year PhD student's exercise-referral review, coded in Excel.

- CE 2: a team that numbers its CMOCs S1, S2 … before any import had every row refused, 'S1 is not a statement in this
  review (leave id empty for a new statement)', one line a row. Ids shaped as cmo's, on a review that holds no
  statement yet, are the team's own column; a later import of the sheet matches its rows by them.
- CE 3: a block pasted from an older copy of the sheet brought its own header row ('Paper', 'Context (C)' …) into the
  middle of the sheet: each of its cells was refused as an unknown source, domain and id. A row heading the sheet again
  in the same places is left out, and said; one heading its columns in another order refuses the sheet.
- CE 4: a context, mechanism and outcome each pasted from a PDF over two lines became two statements of half sentences.
  Lines that run on (one opening in small letters below one ending in no mark) are one text.

Sentences are about hospital discharge (the review `test_s39c_coding` builds), not the trial's topic."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv
from test_s39c_coding import DOMAINS, RECORDS  # a hospital discharge review

HEADER = ["ID", "Study", "Context", "Mechanism", "Outcome", "Domain"]
NAMED = ["Wards with a named discharge nurse", "Patients trust one person to organise their going home", "Fewer delays"]
LATE = ["Carers told the discharge date late", "Carers feel left out and unprepared", "Carers decline to take them home"]


def _parts(cmo) -> list[tuple[str, str, str]]:
    return [(s["context"], s["mechanism"], s["outcome"]) for s in cmo.json("code", "list")]


def test_a_teams_own_numbering_on_a_first_import_is_kept_not_refused(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    rows = [["s2", "Haugen 2017", *NAMED, "handover"], ["S01", "Moreau 2021", *LATE, "family"]]  # cmo numbers them S1, S2
    rows.append(list(rows[0]))  # a row pasted twice: imported once, and its id still names one statement
    sheet = write_csv(tmp_path / "extraction.csv", HEADER, *rows)
    said = cmo("code", "import", str(sheet))
    assert "the column 'ID' numbers statements ('s2' …), and this review holds none yet" in said.stderr
    statements = cmo.json("code", "list")
    assert [(s["source"], s["extra"]) for s in statements] == [(keys["discharge"], {"ID": "s2"}), (keys["home"], {"ID": "S01"})]
    # the sheet fixed and imported again: its rows are the statements they made, matched by the team's own ids
    rows[1][4] = "Carers decline to take the person home"
    write_csv(sheet, HEADER, *rows)
    cmo("code", "import", str(sheet), code=None)
    assert _parts(cmo) == [tuple(NAMED), (*LATE[:2], "Carers decline to take the person home")]
    # cmo's own template heads its ids 'id' too: they are cmo's, and the template imports back unchanged
    cmo("code", "template", "-o", str(tmp_path / "template.csv"))
    said = cmo("code", "import", str(tmp_path / "template.csv"))
    assert "0 updates" in said.stdout and _parts(cmo)[0] == tuple(NAMED)


def test_an_id_the_review_holds_makes_the_column_cmos_and_a_mistyped_one_is_still_refused(cmo, tmp_path):
    """Must not fire: on a sheet naming a statement the review holds, an id it does not hold is a typo, refused."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    cmo("code", "import", str(write_csv(tmp_path / "first.csv", HEADER[1:], ["Haugen 2017", *NAMED, "handover"])))
    update = write_csv(
        tmp_path / "update.csv", HEADER, ["S1", "Haugen 2017", *NAMED, "handover"], ["S7", "Moreau 2021", *LATE, "family"]
    )
    said = cmo("code", "import", str(update), code=2)
    assert "S7 is not a statement in this review" in said.stderr
    assert len(cmo.json("code", "list")) == 1


def test_a_header_pasted_again_in_the_same_places_is_left_out_and_said(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    pasted = ["", "Paper", "Context (C)", "Mechanism (M)", "Outcome (O)", "Domain"]
    sheet = write_csv(
        tmp_path / "merged.csv", HEADER, ["", "Haugen 2017", *NAMED, "handover"], pasted, ["", "Moreau 2021", *LATE, "family"]
    )
    said = cmo("code", "import", str(sheet), code=None)
    assert "row 3 repeats the header" in said.stderr
    assert [s["source"] for s in cmo.json("code", "list")] == [keys["discharge"], keys["home"]]


def test_a_header_pasted_again_with_its_columns_moved_refuses_the_sheet(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    moved = ["", "Paper", "Outcome (O)", "Mechanism (M)", "Context (C)", "Domain"]
    later = ["", "Moreau 2021", *LATE[::-1], "family"]
    sheet = write_csv(tmp_path / "merged.csv", HEADER, ["", "Haugen 2017", *NAMED, "handover"], moved, later)
    said = cmo("code", "import", str(sheet), code=2)
    assert "row 3 heads the sheet again with its columns in another order" in said.stderr
    assert cmo.json("code", "list") == []


def test_a_row_whose_parts_were_pasted_over_two_lines_is_one_statement(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    wrapped = ["When carers were told the discharge date\nonly on the morning of discharge"]
    wrapped += ["Carers felt the plan was made\nwithout them", "Carers declined\nto take them home"]
    two = ["Wards with a named nurse\nWards without one", "Patients trust one person\nNobody owns the plan"]
    two += ["Fewer delays\nMore delays"]
    sheet = write_csv(tmp_path / "pasted.csv", HEADER[1:], ["Moreau 2021", *wrapped, "family"], ["Haugen 2017", *two, "handover"])
    cmo("code", "import", str(sheet), code=None)
    parts = _parts(cmo)
    assert parts[0] == tuple(wrapped)  # one statement, its words as pasted
    # must not fire: two CMOCs typed one a line, each line a whole part, are two statements
    assert parts[1:] == [
        ("Wards with a named nurse", "Patients trust one person", "Fewer delays"),
        ("Wards without one", "Nobody owns the plan", "More delays"),
    ]
