"""A log of comments, one a row, as a webinar's Q&A report (Zoom's 'Question and Answer Report') or a discussion
wall's export (Padlet's posts) writes it, is read as comments: each on the configuration its wall's section or its own
words name unambiguously (by id, table number or title), else on the findings overall, and the import lists which rows
went where (trials BR 5 and BS 6: both were refused, naming a comment as a column). Tested on the example review
(crisis mental health care), not the trials' topics."""

from __future__ import annotations

import csv


def _zoom_qa(path, questions: list[tuple[str, str, str, str]]):
    """Zoom's webinar Q&A report: a title block, then 'Question Details' and one row per question."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Question and Answer Report"])
        writer.writerow(["Report Generated:", "Nov 04, 2026 18:02:10"])
        writer.writerow(["Topic", "Webinar ID", "Actual Start Time", "Actual Duration (minutes)", "# Question"])
        writer.writerow(["Crisis care ERG webinar", "861 2345 6789", "Nov 04, 2026 17:00:04", "60", str(len(questions))])
        writer.writerow([])
        writer.writerow(["Question Details"])
        writer.writerow(["#", "Question", "Asker Name", "Asker Email", "Answer(s)"])
        for number, (question, name, email, answer) in enumerate(questions, start=1):
            writer.writerow([number, question, name, email, answer])
    return path


def _comments(demo) -> list[tuple[str, str, str | None, str]]:
    return [(f["respondent"], f["configuration"], f["rating"], f["comment"]) for f in demo.json("feedback", "list")]


def test_a_zoom_qa_report_gives_each_question_to_the_configuration_it_names_else_to_the_findings_overall(demo, tmp_path):
    c6 = demo.json("configs", "show", "C6")["title"]
    report = _zoom_qa(
        tmp_path / "zoom_qa_report_86123456789.csv",
        [
            ("On C1: on video we never see the kitchen, and that is where the risk is", "Dr Ama Owusu", "ao@nhs.net", "Noted"),
            (f"{c6} - only if the same clinician comes back", "Lee", "lee@mind.org.uk", ""),
            ("Are C2 and C3 about the same staff?", "Sam", "sam@trust.nhs.uk", "Yes"),
            ("Will the recording be shared?", "Kit", "kit@gmail.com", "Live answered"),
        ],
    )
    said = demo("feedback", "import", str(report), code=1)
    anonymous = "Anonymous (zoom_qa_report_86123456789.csv row {})"
    assert _comments(demo) == [
        (anonymous.format(8), "C1", None, "On C1: on video we never see the kitchen, and that is where the risk is"),
        (anonymous.format(9), "C6", None, f"{c6} - only if the same clinician comes back"),
        (anonymous.format(10), "overall", None, "Are C2 and C3 about the same staff?"),  # two named: no guess
        (anonymous.format(11), "overall", None, "Will the recording be shared?"),
    ]
    assert "read as a log of comments, one a row (its 'Question' by 'Asker Name')" in said.stderr
    assert "row 8 on C1; row 9 on C6; rows 10 and 11, naming no configuration or several, on the findings overall" in (
        said.stderr
    )
    assert "'Asker Name' beside an email is an account's name, not a pseudonym" in said.stderr
    assert "the column 'Answer(s)' (3 rows) was not read" in said.stderr
    assert "Owusu" not in str(demo.json("feedback", "list"))  # an account's name is never stored


def test_a_padlet_walls_posts_are_comments_on_the_configuration_their_section_names(demo, tmp_path):
    c4 = demo.json("configs", "show", "C4")["title"]
    wall = tmp_path / "padlet-crisis-erg.csv"
    posted = ["2026-11-04 17:20:00 UTC", "2026-11-04 17:20:00 UTC"]
    with wall.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Subject", "Body", "Attachment", "Author", "Created At", "Updated At", "Section", "Comments"])
        for subject, body, author, section in [
            ("Yes", "Training made us ask what happened, not what is wrong", "Rowan (peer worker)", f"CMO 2.2 (C4) {c4}"),
            ("", "Our ward still restrains first", "Anonymous", f"CMO 2.2 (C4) {c4}"),
            ("Gap", "Nothing on people who are not in touch with services", "Rowan (peer worker)", "Anything we have missed?"),
        ]:
            writer.writerow([subject, body, "", author, *posted, section, "Kit: same here"])
    said = demo("feedback", "import", str(wall), code=1)
    assert _comments(demo) == [
        ("Rowan (peer worker)", "C4", None, "Yes\n\nTraining made us ask what happened, not what is wrong"),
        ("Anonymous (padlet-crisis-erg.csv row 3)", "C4", None, "Our ward still restrains first"),
        ("Rowan (peer worker)", "overall", None, "Gap\n\nNothing on people who are not in touch with services"),
    ]
    assert "rows 2 and 3 on C4; row 4, naming no configuration or several, on the findings overall" in said.stderr
    assert "the column 'Comments' (3 rows) was not read" in said.stderr  # others' replies are not the author's words


def test_a_configuration_column_the_team_adds_to_a_log_overrides_what_its_words_name(demo, tmp_path):
    """The override: a comment the words put on the findings overall, or on another configuration, goes where the team
    says once its answer is withdrawn and the file imported again; the log's other comments are imported once."""
    questions = [("Are C2 and C3 about the same staff?", "Sam", "sam@trust.nhs.uk", ""), ("On C1: yes", "Ola", "o@x.org", "")]
    demo("feedback", "import", str(_zoom_qa(tmp_path / "qa.csv", questions)), code=None)
    with (tmp_path / "qa.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    rows[6].append("Configuration")
    rows[7].append("C3")
    with (tmp_path / "qa.csv").open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    (overall,) = [f["id"] for f in demo.json("feedback", "list") if f["configuration"] == "overall"]
    demo("feedback", "withdraw", overall, "--note", "about C3")
    demo("feedback", "import", str(tmp_path / "qa.csv"), code=None)
    assert [(f["configuration"], f["comment"]) for f in demo.json("feedback", "list")] == [
        ("C1", "On C1: yes"),
        ("C3", "Are C2 and C3 about the same staff?"),
    ]


def test_a_sheet_with_a_rating_column_is_never_read_as_a_log(demo, tmp_path):
    """Must not fire: the template's layout with a 'Question' column of the team's own is read as the template."""
    sheet = tmp_path / "answers.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Name", "configuration", "rating", "comment", "Question"])
        writer.writerow(["Ash", "C1", "agree", "as on our ward", "Does C2 hold?"])
    demo("feedback", "import", str(sheet), code=None)
    assert _comments(demo) == [("Ash", "C1", "agree", "as on our ward")]


def test_a_wall_exported_in_spanish_is_read_as_its_english_columns_are(demo, tmp_path):
    """Re-check RF 5: a Padlet wall headed 'Asunto, Cuerpo, Autor, Sección' was refused ('missing columns pseudonym,
    configuration, rating') where the same headed in English was read."""
    c4 = demo.json("configs", "show", "C4")["title"]
    wall = tmp_path / "muro.csv"
    with wall.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Asunto", "Cuerpo", "Autor", "Creado", "Sección"])
        writer.writerow(["Sí", "La formación cambió cómo preguntamos", "Inés", "2026-11-04 17:20:00 UTC", f"CMO 2.2 (C4) {c4}"])
    demo("feedback", "import", str(wall), code=None)
    assert _comments(demo) == [("Inés", "C4", None, "Sí\n\nLa formación cambió cómo preguntamos")]
