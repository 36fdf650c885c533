"""Trial AG (coding sheets): a 'Theme' column of the review's domains read as the domain; a sheet giving statements
the domains they lacked read as updates, not as repeats 'word for word'; a row giving a statement's words otherwise
in any field said, with exit 1; the team's own CMOC number on two rows said. Each rule is tested on another topic:
hospital discharge of older people."""

from __future__ import annotations

from pathlib import Path

from test_s39_coding import _csv
from test_s39_coding import _review as reviewed

RECORDS = """TY  - JOUR
TI  - Discharge planning for frail older people: a qualitative study of ward nurses
AU  - Haugen, Ingrid
PY  - 2017
JO  - Age and Ageing
DO  - 10.1093/ageing/2017.0101
ER  -

TY  - JOUR
TI  - Home visits after hospital discharge and readmission in older adults
AU  - Moreau, Celine
PY  - 2021
JO  - BMC Geriatrics
DO  - 10.1186/geri.2021.0202
ER  -
"""

DOMAINS = """domains:
  - slug: handover
    name: Handover between hospital and home
    description: What passes from the ward to community teams.
  - slug: family
    name: Family carers
    description: Relatives who take on care after discharge.
"""

ROWS = [
    ("Wards with a named discharge nurse", "Patients trust one person to organise their going home", "Fewer delayed discharges"),
    ("Carers told the discharge date late", "Carers feel left out and unprepared", "Carers decline to take the person home"),
]


def _review(cmo, tmp_path: Path) -> dict[str, str]:
    return reviewed(cmo, tmp_path, DOMAINS, RECORDS)


def _domains(cmo) -> list[str | None]:
    return [s["domain"] for s in cmo.json("code", "list")]


# --- AG 2: a column of the domains under a header in the team's words, or under any header -----------------------------


def test_a_theme_column_of_the_domains_names_is_read_as_the_domain_and_said(cmo, tmp_path):
    """Trial AG: a 'Theme' column of the domains' names was kept as the team's own, every statement without a domain."""
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "themes.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Domain / theme"],
        [keys["2017"], *ROWS[0], "Handover between hospital and home"],
        [keys["2021"], *ROWS[1], "Family carers"],
    )
    cmo("code", "import", str(sheet))
    assert _domains(cmo) == ["handover", "family"]  # a header with the word "domain" is the domain's (session 41, AS 1)
    assert "Domain / theme" not in cmo.json("code", "show", "S1")["extra"]


def test_a_column_under_another_header_whose_every_cell_names_a_domain_is_read_and_said_to_look_at(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "areas.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Focus"],
        [keys["2017"], *ROWS[0], "handover"],
        [keys["2021"], *ROWS[1], "Family carers"],
    )
    said = cmo("code", "import", str(sheet), code=1)
    assert _domains(cmo) == ["handover", "family"]
    assert "the column 'Focus' was read as the statements' domain (2 rows), as each of its cells names a domain" in (said.stderr)
    assert "head it 'Domain' to confirm it" in said.stderr


def test_a_theme_column_naming_domains_only_in_part_is_kept_and_said_with_the_alias_command(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "themes.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Theme"],
        [keys["2017"], *ROWS[0], "Ward to community"],
        [keys["2021"], *ROWS[1], "Family carers"],
    )
    said = cmo("code", "import", str(sheet), code=1)
    assert _domains(cmo) == [None, None]
    assert cmo.json("code", "show", "S1")["extra"] == {"Theme": "Ward to community"}
    assert "the column 'Theme' names the review's domains on some rows, but not 'Ward to community'" in said.stderr
    assert 'cmo domains alias SLUG "Ward to community"' in said.stderr
    cmo("domains", "alias", "handover", "Ward to community")
    again = cmo("code", "import", str(sheet))  # now read as the domain: the blanks filled, not repeats
    assert _domains(cmo) == ["handover", "family"]
    assert "Imported 0 new statements and 2 updates" in again.stdout


def test_a_column_of_free_text_beside_is_not_read_as_the_domain(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "notes.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Reviewer remark"],
        [keys["2017"], *ROWS[0], "Check the handover section"],
        [keys["2021"], *ROWS[1], "Family"],
    )
    said = cmo("code", "import", str(sheet))
    assert _domains(cmo) == [None, None] and "read as the statements' domain" not in said.stderr


# --- AG 3: a row filling in what its statement left empty is an update; one giving a field otherwise is said --------


def test_a_sheet_giving_the_domains_its_statements_lacked_updates_them(cmo, tmp_path):
    """Trial AG: the same rows with a 'Domain' column were 'repeats word for word', 0 updates, exit 0, domains empty."""
    keys = _review(cmo, tmp_path)
    header = ["Study", "Context", "Mechanism", "Outcome"]
    cmo("code", "import", str(_csv(tmp_path / "v1.csv", header, [keys["2017"], *ROWS[0]], [keys["2021"], *ROWS[1]])))
    assert _domains(cmo) == [None, None]
    sheet = _csv(
        tmp_path / "v2.csv",
        [*header, "Domain"],
        [keys["2017"], *ROWS[0], "Handover between hospital and home"],
        [keys["2021"], *ROWS[1], "family"],
    )
    said = cmo("code", "import", str(sheet))
    assert _domains(cmo) == ["handover", "family"]
    assert "Imported 0 new statements and 2 updates" in said.stdout
    assert "rows 2, 3 repeat the words of S1, S2 with no id given, and fill in the domain where they had none" in said.stderr
    assert "word for word" not in said.stderr
    again = cmo("code", "import", str(sheet))  # now the same in every field: a repeat
    assert "repeat statements word for word (S1, S2)" in again.stderr and "0 updates" in again.stdout


def test_a_row_giving_a_statements_words_with_another_note_is_not_word_for_word_and_exits_1(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    header = ["Study", "Context", "Mechanism", "Outcome", "Note"]
    cmo("code", "import", str(_csv(tmp_path / "v1.csv", header, [keys["2017"], *ROWS[0], "from the interviews"])))
    said = cmo("code", "import", str(_csv(tmp_path / "v2.csv", header, [keys["2017"], *ROWS[0], "from the survey"])), code=1)
    assert "word for word" not in said.stderr
    assert "row 2 repeats the words of S1 (no id given), but it gives the note 'from the survey' (S1: 'from the interviews')" in (
        said.stderr
    )
    assert "give the row the id S1 to update S1" in said.stderr
    assert cmo.json("code", "show", "S1")["note"] == "from the interviews"


# --- AG 15: the team's own number on two rows ---------------------------------------------------------------------------


def test_the_teams_own_number_on_two_rows_saying_different_things_is_said_with_the_rows(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "numbered.csv",
        ["CMOC no.", "Study", "Context", "Mechanism", "Outcome"],
        ["1", keys["2017"], *ROWS[0]],
        ["7", keys["2021"], *ROWS[1]],
        ["7", keys["2021"], "Carers shown how to use a hoist", "Carers feel able to cope", "Carers take the person home"],
    )
    said = cmo("code", "import", str(sheet), code=1)
    assert len(cmo.json("code", "list")) == 3
    assert f"{sheet}: the team's own 'CMOC no.' gives one number to two rows or more ('7' on rows 3, 4)" in said.stderr


def test_a_row_pasted_twice_or_a_grouping_column_is_not_said_as_a_number_used_twice(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "numbered.csv",
        ["CMOC no.", "Study", "Context", "Mechanism", "Outcome", "Batch"],
        ["1", keys["2017"], *ROWS[0], "1"],
        ["2", keys["2021"], *ROWS[1], "1"],
        ["2", keys["2021"], *ROWS[1], "1"],
    )
    said = cmo("code", "import", str(sheet))
    assert "gives one number to two rows" not in said.stderr
    assert "rows 3 and 4 are the same row twice (word for word, no id given): it was imported once, as S2" in said.stderr


def test_a_column_pointing_to_another_numbering_beside_the_sheets_own_is_no_number_used_twice(cmo, tmp_path):
    """Trial BH 8: 'Refines IPT #' repeats values because it points to the initial theory each CMOC refines; beside
    'CMOC #', which numbers every row, the import said it "gives one number to two rows … number them apart"."""
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "numbered.csv",
        ["CMOC #", "Study", "Context", "Mechanism", "Outcome", "Refines IPT #"],
        ["1", keys["2017"], *ROWS[0], "2"],
        ["2", keys["2021"], *ROWS[1], "2"],
        ["3", keys["2021"], "Carers shown how to use a hoist", "Carers feel able to cope", "Carers take the person home", "4"],
    )
    said = cmo("code", "import", str(sheet))
    assert "gives one number to two rows" not in said.stderr
    assert len(cmo.json("code", "list")) == 3
