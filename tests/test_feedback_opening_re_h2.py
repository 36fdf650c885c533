"""Helper H2 (a Housing First review's expert reference group): a clinician's words about the findings overall
opened "Re C20 - agree with Kirst; harm reduction works but you need a prescriber on the team", as a note or an
email about one item opens ('Re:', 'Regarding'), and were kept on the findings overall, though 'C20 - …' alone is
read as the answer on C20. "Re" and "regarding" before the id now name it as the id alone does. Words that only
start with "re" ('Re-referrals…') or name the id later ('Regarding costs, C4 …') stay overall. Topic: school
mentoring. The form is SurveyMonkey's XLSX export: two header rows, the question over its columns."""

from __future__ import annotations

from cmo.sheets.feedback import parse_feedback_files

FINDINGS = ["CMO 2.1 (C4) Tutors who know the pupil", "CMO 2.2 (C7) Mentors meet weekly"]
NAMES = {1: {"cmo 2 1": "C4", "cmo 2 2": "C7"}}


def _read(tmp_path, answers):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    grid = "How far do you agree with each finding?"
    sheet.append(["Respondent ID", "Collector ID", "Please give a made-up name", grid, None, "Anything else?"])
    sheet.append([None, None, "Open-Ended Response", *FINDINGS, "Open-Ended Response"])
    for number, (name, words) in enumerate(answers):
        sheet.append([11453367880 + number, 430528931, name, "Agree", "Agree", words])
    path = tmp_path / "mentoring round 1.xlsx"
    book.save(path)
    items = parse_feedback_files([path], {"C4", "C7"}, 1, warnings=[], names=NAMES)
    return {(item.respondent, item.configuration): item.missing or item.comment for item in items}


def test_a_comment_opening_re_or_regarding_a_finding_is_on_that_finding(tmp_path):
    said = _read(
        tmp_path,
        [
            ("Kestrel", "Re C7 - only where the mentor is paid for the hour."),
            ("Wren", "Re: CMO 2.1 - tutors change every term here."),
            ("Plover", "re cmo2.2 weekly is too often for sixth formers"),
            ("Dunlin", "Regarding C4, the pupils chose their tutor."),
        ],
    )
    assert said[("Kestrel", "C7")] == "Re C7 - only where the mentor is paid for the hour."
    assert said[("Wren", "C4")] == "Re: CMO 2.1 - tutors change every term here."
    assert said[("Plover", "C7")] == "re cmo2.2 weekly is too often for sixth formers"
    assert said[("Dunlin", "C4")] == "Regarding C4, the pupils chose their tutor."
    assert not any(configuration == "overall" for _, configuration in said)


def test_words_that_only_start_with_re_or_name_a_finding_later_stay_overall(tmp_path):
    comments = [
        "Re-referrals to CAMHS were not counted at all.",
        "Regarding costs, C4 ignores who pays for the tutor.",
        "Re the findings overall: they fit our school.",
        "Reading C7 I thought of our own scheme.",
    ]
    said = _read(tmp_path, [(f"P{n}", words) for n, words in enumerate(comments)])
    assert [said[(f"P{n}", "overall")] for n in range(len(comments))] == comments
