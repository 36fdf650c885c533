"""Trial LB: two form downloads in one round, one form for teachers and one for parents, each with an unnamed row 3.

Both were 'Anonymous (row 3)', so the later file's answers replaced the earlier's (imported together, the earlier file's
were never stored). An unnamed submission is named by its row and when the form says it was sent, or else by its file
and row: two submissions never replace each other, the same submission in a later download of the form counts once,
and a review that stored 'Anonymous (row 3)' before adds nothing when the file is imported again."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from sheet_reviews import activity_review, write_csv

from cmo.commands.review import open_review
from cmo.sheets.feedback import fingerprint

C1 = "How far do you agree with each finding? [C1: Teachers trust that movement breaks fit the timetable]"
C2 = "How far do you agree with each finding? [C2: Pupils feel the after-school club is theirs]"
MISSING = "C2: What is missing or wrong?"


@pytest.fixture
def school(cmo, tmp_path):
    return activity_review(cmo, tmp_path)


def google_form(path: Path, *rows: tuple[str, str, str, str, str]) -> Path:
    """A Google Forms download: Timestamp, the pseudonym asked for, the two ratings and a comment."""
    return write_csv(path, ["Timestamp", "Your pseudonym", C1, C2, MISSING], *map(list, rows))


def teachers(tmp_path: Path, *more: tuple[str, str, str, str, str]) -> Path:
    return google_form(
        tmp_path / "ERG teachers (Responses).csv",
        ("2026/03/02 9:15:32 AM GMT", "Birch", "Strongly agree", "Agree", ""),
        ("2026/03/02 4:40:10 PM GMT", "", "Disagree", "Agree", "Only when the head teacher backs it."),
        *more,
    )


def parents(tmp_path: Path) -> Path:
    return google_form(
        tmp_path / "ERG parents (Responses).csv",
        ("2026/03/03 8:05:11 PM GMT", "Alder", "Agree", "Agree", ""),
        ("2026/03/04 7:30:45 AM GMT", "Prefer not to say", "Agree", "Disagree", "The club ends before the late bus."),
    )


def in_force(cmo) -> list[tuple[str, str, str]]:
    return sorted((a["respondent"], a["configuration"], a["rating"]) for a in cmo.json("feedback", "list", "--round", "1"))


EVERYONE = [
    ("Alder", "C1", "agree"),
    ("Alder", "C2", "agree"),
    ("Anonymous (row 3, sent 2026/03/02 4:40:10 PM GMT)", "C1", "disagree"),
    ("Anonymous (row 3, sent 2026/03/02 4:40:10 PM GMT)", "C2", "agree"),
    ("Birch", "C1", "agree"),
    ("Birch", "C2", "agree"),
    ("Prefer not to say (row 3, sent 2026/03/04 7:30:45 AM GMT)", "C1", "agree"),
    ("Prefer not to say (row 3, sent 2026/03/04 7:30:45 AM GMT)", "C2", "disagree"),
]


@pytest.mark.parametrize("together", [True, False])
def test_two_forms_unnamed_row_of_one_number_are_two_submissions(school, tmp_path, together):
    """Fails on the old code: imported together, 6 answers (teachers' row 3 never stored); apart, parents' row 3
    replaced teachers' ('Anonymous (row 3)'s later file replaced their earlier answers')."""
    files = [str(teachers(tmp_path)), str(parents(tmp_path))]
    if together:
        done = school("feedback", "import", *files, "--round", "1", code=None)
        assert "Imported 8 answers for round 1" in done.stdout
    else:
        school("feedback", "import", files[0], "--round", "1", code=None)
        done = school("feedback", "import", files[1], "--round", "1", code=None)
        assert "Imported 4 answers for round 1" in done.stdout and "replaced" not in done.stdout
    assert in_force(school) == EVERYONE
    assert "named by its row and when it was sent" in done.stderr


def test_the_same_submission_in_a_later_download_of_the_form_counts_once(school, tmp_path):
    """Must not fire: the teachers' form downloaded again a day later, one response more, under another file name."""
    school("feedback", "import", str(teachers(tmp_path)), str(parents(tmp_path)), "--round", "1", code=None)
    later = teachers(tmp_path, ("2026/03/05 1:00:00 PM GMT", "", "Agree", "Agree", ""))
    again = later.rename(tmp_path / "ERG teachers (Responses) (1).csv")
    done = school("feedback", "import", str(again), "--round", "1", code=None)
    assert "Imported 2 answers for round 1 (F9-F10); 4 already imported." in done.stdout
    assert len(in_force(school)) == 10


def test_forms_giving_no_time_name_an_unnamed_submission_by_its_file_and_row(school, tmp_path):
    """Fails on the old code: both were 'Anonymous (row 2)', and the second file's answer replaced the first's."""
    header = ["Pseudonym", C1]
    ward = write_csv(tmp_path / "teachers-paper.csv", header, ["", "Agree"])
    home = write_csv(tmp_path / "parents-paper.csv", header, ["", "Disagree"])
    school("feedback", "import", str(ward), "--round", "1", code=None)
    school("feedback", "import", str(home), "--round", "1", code=None)
    assert in_force(school) == [
        ("Anonymous (parents-paper.csv row 2)", "C1", "disagree"),
        ("Anonymous (teachers-paper.csv row 2)", "C1", "agree"),
    ]


def test_a_review_that_stored_anonymous_by_row_alone_adds_nothing_when_the_file_comes_again(school, tmp_path):
    """The upgrade: answers a cmo before trial LB stored as 'Anonymous (row 3)' are the row's submission, renamed in
    place and keeping their ids; the other form's row 3, whose answers differ, is a submission of its own."""
    school("feedback", "import", str(parents(tmp_path)), "--round", "1", code=None)
    with closing(open_review(school.folder).store) as store, store.transaction():
        olds = [item for item in store.feedback(replaced=True) if "(row 3" in item.respondent]
        named = [old.model_copy(update={"respondent": "Prefer not to say (row 3)"}) for old in olds]
        store.put_feedback([old.model_copy(update={"fingerprint": fingerprint(old)}) for old in named])
    assert ("Prefer not to say (row 3)", "C1", "agree") in in_force(school)
    done = school("feedback", "import", str(teachers(tmp_path)), "--round", "1", code=None)
    assert "Imported 4 answers for round 1 (F5-F8); 0 already imported." in done.stdout
    done = school("feedback", "import", str(parents(tmp_path)), "--round", "1", code=None)
    assert "Imported 0 answers for round 1; 4 already imported." in done.stdout
    assert "Prefer not to say (row 3) is Prefer not to say (row 3, sent 2026/03/04 7:30:45 AM GMT): F3-F4" in done.stderr
    assert in_force(school) == EVERYONE


def test_an_upload_names_an_unnamed_submission_by_the_file_the_person_chose(school, tmp_path):
    """Fails on the old code: `cmo serve` reads each upload from a copy called 'answers.csv', so two paper forms' row 2
    were one respondent, 'Anonymous (row 2)', and the second upload's answer replaced the first's."""
    from cmo.commands.feedback import import_feedback

    (tmp_path / "upload").mkdir()
    copy = tmp_path / "upload" / "answers.csv"  # the copy `cmo serve` reads each upload from
    for chosen, rating in (("teachers-paper.csv", "Agree"), ("parents-paper.csv", "Disagree")):
        write_csv(copy, ["Pseudonym", C1], ["", rating])
        with closing(open_review(school.folder)) as review:
            import_feedback(review, [copy], 1, called={copy: chosen})
    assert in_force(school) == [
        ("Anonymous (parents-paper.csv row 2)", "C1", "disagree"),
        ("Anonymous (teachers-paper.csv row 2)", "C1", "agree"),
    ]
