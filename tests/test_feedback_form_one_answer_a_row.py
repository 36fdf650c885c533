"""A form tool's download of one answer a submission, asking which finding each is about and no pseudonym (trial E4,
a realist review of diabetes text-message programmes: its clinicians' Microsoft Forms download, 'ID', 'Start time',
'Completion time', 'Email', 'Name', 'Your role', 'Which finding (CMO number)?', a rating, what is missing). The import
refused it: Microsoft Forms' 'ID', the response's number, was read as the configuration ("'1' is not a configuration"),
'Which finding…?' was left unread, and with those fixed the file was refused for having no pseudonym column, though a
form's submission with its pseudonym left blank is a respondent of its own. A sheet typed by a team, headed 'ID' for
the configuration and sent with no form's times, is read and refused as before."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "microsoft_forms"
FORM = DATA / "clinicians-one-finding-a-row.xlsx"


def test_a_forms_download_of_one_answer_a_row_with_no_pseudonym_imports(demo):
    result = demo("feedback", "import", str(FORM))
    assert "Imported 3 answers for round 1" in result.stdout
    assert "the form asks for no pseudonym, so each submission is a respondent of its own" in result.stderr
    answers = demo.json("feedback", "list", "--round", "1")
    assert [a["configuration"] for a in answers] == ["C7", "C2", "C3"]  # CMO 1.1 is C7 in the example's pack
    assert {a["respondent"] for a in answers} == {
        "Anonymous (row 2, sent 2026-11-09T10:08:11)",
        "Anonymous (row 3, sent 2026-11-09T12:11:11)",
        "Anonymous (row 4, sent 2026-11-09T15:06:11)",
    }
    assert [a["role"] for a in answers] == ["Consultant psychiatrist", "Community psychiatric nurse", "Clinical psychologist"]
    assert "'1' is not a configuration" not in result.stderr


def test_a_teams_sheet_headed_id_for_the_configuration_is_read_as_before(demo, tmp_path):
    """Must not fire: a sheet the team typed, its 'ID' the configuration, no form's times: 'ID' names the finding."""
    sheet = tmp_path / "typed-up.csv"
    sheet.write_text("Pseudonym,ID,Agree,Comments\nKestrel,C2,yes,works for us\n", encoding="utf-8")
    demo("feedback", "import", str(sheet), code=None)
    answers = demo.json("feedback", "list", "--round", "1")
    assert [(a["respondent"], a["configuration"]) for a in answers] == [("Kestrel", "C2")]


def test_a_teams_sheet_with_no_pseudonym_and_no_times_is_still_refused(demo, tmp_path):
    """Must not fire: with no time a form gives each submission, nothing says each row is someone else."""
    sheet = tmp_path / "typed-up.csv"
    sheet.write_text("Configuration,Agree,Comments\nC2,yes,works for us\nC3,no,not on wards\n", encoding="utf-8")
    result = demo("feedback", "import", str(sheet), code=2)
    assert "missing column pseudonym" in result.stderr
