"""A form's words about the findings overall that open with the configuration they are about (helper N5, trial DB 7).

The forms are written as SurveyMonkey's XLSX export writes them (Analyze Results > Save As > All individual responses >
XLSX, original view): two header rows, the question over its columns, then 'Response' / 'Open-Ended Response'."""

from __future__ import annotations

from cmo.sheets.feedback import parse_feedback_files

ASKED = "What is missing or wrong? Please say which finding you mean."


def _surveymonkey(tmp_path, findings: list[str], answers: list[tuple[str, list[str], str]]):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet"
    grid = "How far do you agree with each finding?"
    sheet.append(["Respondent ID", "Collector ID", "Please give a made-up name", grid, *[None] * (len(findings) - 1), ASKED])
    sheet.append([None, None, "Open-Ended Response", *findings, "Open-Ended Response"])
    for number, (name, ratings, words) in enumerate(answers):
        sheet.append([11453367880 + number, 430528931, name, *ratings, words])
    path = tmp_path / "round 1 feedback.xlsx"
    book.save(path)
    return path


def _read(tmp_path, findings, answers, known, names=None):
    path = _surveymonkey(tmp_path, findings, answers)
    warnings: list[str] = []
    items = parse_feedback_files([path], known, 1, warnings=warnings, names={1: names or {}})
    said = {(item.respondent, item.configuration): (item.rating, item.missing) for item in items}
    return said, warnings


def test_a_comment_opening_with_a_findings_id_is_on_that_finding(tmp_path):
    findings = ["CMO 1.1 (C1) Carers feel excluded", "CMO 1.4 (C13) Carer given the right to stay"]
    said, warnings = _read(
        tmp_path,
        findings,
        [
            ("Night Owl", ["Agree", "Neither agree nor disagree"], "C13 - staying overnight in a 6 bed bay is hard."),
            ("Patel", ["Disagree", "Agree"], "C1: on our ward carers were welcomed."),
            ("Robin", ["Agree", "Agree"], "Nobody told me about the carer passport until day 9."),
        ],
        {"C1", "C13"},
    )
    assert said[("Night Owl", "C13")][1] == "C13 - staying overnight in a 6 bed bay is hard."
    assert said[("Patel", "C1")] == ("disagree", "C1: on our ward carers were welcomed.")
    assert ("Night Owl", "overall") not in said and ("Patel", "overall") not in said
    assert said[("Robin", "overall")][1].startswith("Nobody told me")
    assert any("rows 3 ('C13' to C13) and 4 ('C1' to C1)" in w and "open with the configuration" in w for w in warnings)


def test_the_packs_number_for_a_finding_opening_a_comment_names_it(tmp_path):
    findings = ["CMO 2.1 (C4) Tutors who know the pupil", "CMO 2.2 (C7) Mentors meet weekly"]
    said, _ = _read(
        tmp_path,
        findings,
        [("Kestrel", ["Agree", "Agree"], "CMO 2.2: only where the mentor is paid for the hour.")],
        {"C4", "C7"},
        {"cmo 2 1": "C4", "cmo 2 2": "C7"},
    )
    assert said[("Kestrel", "C7")] == ("agree", "CMO 2.2: only where the mentor is paid for the hour.")


def test_words_that_only_start_with_a_c_or_name_no_one_finding_stay_overall(tmp_path):
    """Must not fire (maternity and infection control, not carers): 'C-section rates', 'C diff', a range, two ids and an
    id the round has no configuration for stay on the findings overall; the last three are said."""
    findings = ["CMO 1.1 (C1) Midwife-led units", "CMO 1.2 (C2) Isolation rooms"]
    comments = [
        "C-section rates were not looked at.",
        "C diff outbreaks close bays for weeks.",
        "C1-C2: both ignore night staff.",
        "C1, C2: both ignore night staff.",
        "C9 - the one about cleaners is gone.",
    ]
    said, warnings = _read(
        tmp_path, findings, [(f"P{n}", ["Agree", "Agree"], words) for n, words in enumerate(comments)], {"C1", "C2"}
    )
    for number, words in enumerate(comments):
        assert said[(f"P{number}", "overall")][1] == words
        assert said[(f"P{number}", "C1")][1] == "" and said[(f"P{number}", "C2")][1] == ""
    assert not any("open with the configuration" in w for w in warnings)
    assert sum("naming several configurations" in w for w in warnings) == 2
    assert any("'C9' which names no configuration of round 1" in w.replace("',", "'") for w in warnings)


def test_words_that_only_start_with_a_c_stay_overall_unsaid(tmp_path):
    """Must not fire (maternity, infection control): passes on the old code and the new."""
    findings = ["CMO 1.1 (C1) Midwife-led units", "CMO 1.2 (C2) Isolation rooms"]
    comments = ["C-section rates were not looked at.", "C diff outbreaks close bays for weeks.", "C. Jones said so."]
    said, warnings = _read(
        tmp_path, findings, [(f"P{n}", ["Agree", "Agree"], words) for n, words in enumerate(comments)], {"C1", "C2"}
    )
    assert [said[(f"P{n}", "overall")][1] for n in range(3)] == comments
    assert not any("open with" in w or "opens with" in w for w in warnings)
