"""Feedback files: the pack's JSON and the CSV/XLSX template, read strictly and summarised."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from cmo.errors import BadInput, LookAt
from cmo.models import Configuration, FeedbackItem
from cmo.sheets.feedback import (
    TEMPLATE_HEADERS,
    parse_feedback_files,
    summarise,
    write_feedback_template,
)

KNOWN = {"C1", "C2", "C10"}
CONFIGS = [
    Configuration(id="C2", title="Seeing the person"),
    Configuration(id="C1", title='=HYPERLINK("http://evil")'),
    Configuration(id="C10", title="Broadband"),
    Configuration(id="C3", title="Merged away", retired=True),
]
GROUPS = {"cyp": "Children and young people", "crisis": "Inpatient and crisis care"}


def pack_json(tmp_path: Path, name: str = "answers.json", **changes) -> Path:
    response = {
        "format": "cmo-feedback",
        "version": 1,
        "review": "R",
        "round": 2,
        "respondent": "Blue Heron",
        "group": "cyp",
        "saved_at": "2025-03-01T10:00:00Z",
        "answers": [
            {"configuration": "C1", "rating": "agree", "missing": "", "not_for_whom": "", "read": ""},
            {
                "configuration": "C10",
                "rating": "partly",
                "missing": "Siblings",
                "not_for_whom": "Care leavers",
                "read": "https://example.org/report",
            },
        ],
    } | changes
    path = tmp_path / name
    path.write_text(json.dumps(response), encoding="utf-8")
    return path


def problems_of(paths, **kwargs) -> str:
    with pytest.raises(BadInput) as caught:
        parse_feedback_files(paths, KNOWN, 2, **kwargs)
    return caught.value.message


def test_reads_the_json_a_pack_saves(tmp_path):
    items = parse_feedback_files([pack_json(tmp_path)], KNOWN, 2)
    assert [(i.configuration, i.rating, i.respondent, i.group, i.round) for i in items] == [
        ("C1", "agree", "Blue Heron", "cyp", 2),
        ("C10", "partly", "Blue Heron", "cyp", 2),
    ]
    assert items[1].not_for_whom == "Care leavers" and items[1].read == "https://example.org/report"
    assert items[0].file.endswith("answers.json")
    assert len({i.fingerprint for i in items}) == 2 and all(len(i.fingerprint) == 32 for i in items)


def test_the_same_answers_twice_count_once(tmp_path):
    first = pack_json(tmp_path, "a.json")
    second = pack_json(tmp_path, "b.json", saved_at="2025-03-02T09:00:00Z", respondent="blue heron ")
    items = parse_feedback_files([first, second], KNOWN, 2)
    assert len(items) == 2
    again = parse_feedback_files([second], KNOWN, 2)
    assert {i.fingerprint for i in again} == {i.fingerprint for i in items}
    changed = pack_json(tmp_path, "c.json", answers=[{"configuration": "C1", "rating": "disagree"}])
    assert parse_feedback_files([changed], KNOWN, 2)[0].fingerprint not in {i.fingerprint for i in items}


def test_every_problem_is_named_with_file_row_and_field_and_nothing_is_returned(tmp_path):
    good = pack_json(tmp_path, "good.json")
    bad = pack_json(
        tmp_path,
        "bad.json",
        round=1,
        answers=[
            {"configuration": "C1", "rating": "agree"},
            {"configuration": "C99", "rating": "maybe"},
            "not an object",
        ],
    )
    message = problems_of([good, bad])
    assert message.startswith("Feedback not imported: 4 problems found, fix them and import again.")
    assert f"{bad}, field round: these answers are for round 1, but round 2 is being imported" in message
    assert message.count("field round") == 1
    assert f"{bad} answer 2, field configuration: 'C99' is not a configuration of round 2" in message
    assert f"{bad} answer 2, field rating: 'maybe' is not one of agree, partly, disagree" in message
    assert f"{bad} answer 3: expected an object" in message
    assert "good.json" not in message
    assert len(message.splitlines()) == 5, "the sentence, then each problem on its own line"


def test_template_csv_round_trips(tmp_path):
    path = tmp_path / "template.csv"
    write_feedback_template(path, CONFIGS, 2, GROUPS)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == TEMPLATE_HEADERS and "not_for_whom" not in rows[0]  # words a respondent reads
    assert [r[3] for r in rows[1:]] == ["C1", "C2", "C10", "overall"]
    assert rows[1][4].startswith("'=HYPERLINK")
    rows[1][0], rows[1][1], rows[1][6], rows[1][7] = "Blue Heron", "Children and young people", "Partly", "Older teens"
    rows[3][6] = "no"
    rows[4][0], rows[4][1], rows[4][7] = "Blue Heron", "Children and young people", "Nothing on carers' own needs"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    items = parse_feedback_files([path], KNOWN, 2, groups=GROUPS)
    assert [(i.configuration, i.rating, i.respondent, i.group) for i in items] == [
        ("C1", "partly", "Blue Heron", "cyp"),
        ("C10", "disagree", "Blue Heron", "cyp"),
        ("overall", None, "Blue Heron", "cyp"),
    ]
    assert items[-1].missing == "Nothing on carers' own needs"
    assert items[0].missing == "Older teens"


def test_csv_problems_name_row_and_column(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text(
        "Respondent;Group;Round;Configuration;Rating;Not for whom\n"
        "Heron;teachers;2;C1;agree;\n"
        "Heron;cyp;3;C2;;Older adults\n"
        ";;;;;\n",
        encoding="utf-8",
    )
    message = problems_of([path], groups=GROUPS)
    assert f"{path} row 2, column 'Group': 'teachers' is not one of the review's groups (cyp, crisis)" in message
    assert f"{path} row 3, column 'Round': these answers are for round 3" in message
    assert "row 4" not in message


def test_csv_with_a_quote_never_closed_is_refused_not_swallowed(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text(
        'Respondent,Group,Round,Configuration,Rating,Not for whom\nHeron,cyp,2,C1,agree,"Older teens\nHeron,cyp,2,C2,disagree,\n',
        encoding="utf-8",
    )
    assert f"{path} line 2: a quoted cell is never closed" in problems_of([path], groups=GROUPS)


def test_csv_without_required_columns_is_refused(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("name,score\nA,1\n", encoding="utf-8")
    assert f"{path} row 1: missing columns configuration, rating" in problems_of([path])


def test_template_xlsx_round_trips_and_keeps_titles_as_text(tmp_path):
    path = tmp_path / "template.xlsx"
    write_feedback_template(path, CONFIGS, 2, GROUPS)
    book = openpyxl.load_workbook(path)
    sheet = book["Responses"]
    assert tuple(c.value for c in sheet[1]) == TEMPLATE_HEADERS
    assert sheet["E2"].data_type == "s" and sheet["E2"].value.startswith("=HYPERLINK")
    assert "How to fill in" in book.sheetnames
    sheet["A2"], sheet["G2"], sheet["H3"] = "Otter", "disagree", "Nothing about staff"
    sheet["G4"] = "sometimes"
    book.save(path)
    message = problems_of([path])
    assert f"{path} row 4, column 'rating': 'sometimes' is not one of agree, partly, disagree" in message
    sheet["G4"] = "agree"
    book.save(path)
    items = parse_feedback_files([path], KNOWN, 2)
    assert [(i.configuration, i.rating, i.respondent) for i in items] == [
        ("C1", "disagree", "Otter"),
        ("C2", None, "Otter"),
        ("C10", "agree", "Otter"),
    ]


def test_template_needs_a_known_extension(tmp_path):
    with pytest.raises(BadInput, match="must be a .csv or .xlsx file"):
        write_feedback_template(tmp_path / "t.ods", CONFIGS, 2)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("huge.json", b"{" + b" " * (10 * 1024 * 1024) + b"}", "over the 10 MB limit"),
        ("photo.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a binary file, not feedback"),
        ("list.json", b'[{"configuration": "C1"}]', 'expected a JSON object with an "answers" list'),
        ("broken.json", b'{"answers": [', "not valid JSON"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("other.json", b'{"format": "zotero", "answers": []}', 'field format: expected "cmo-feedback"'),
        ("fake.xlsx", b"respondent,configuration,rating\n", "not an Excel workbook"),
        ("zip.xlsx", b"PK\x03\x04garbage", "not an Excel workbook"),
        ("empty.csv", b"", "the file is empty"),
    ],
)
def test_hostile_and_malformed_files_are_refused_with_a_reason(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    message = problems_of([path])
    assert str(path) in message and expected in message


def test_wrong_types_and_huge_texts_are_refused(tmp_path):
    path = pack_json(
        tmp_path,
        respondent=["x"],
        answers=[
            {"configuration": "C1", "rating": 5},
            {"configuration": "C2", "rating": "agree", "missing": "x" * 20_001},
        ],
    )
    message = problems_of([path])
    assert f"{path}, field respondent: expected text, found list" in message
    assert f"{path} answer 1, field rating: '5' is a number alone" in message
    assert f"{path} answer 2, field missing: longer than 20,000 characters" in message


def test_missing_pseudonym_and_missing_file(tmp_path):
    path = pack_json(tmp_path, respondent="  ")
    message = problems_of([path, tmp_path / "nowhere.json"])
    assert f"{path}, field respondent: missing (a pseudonym is enough)" in message
    assert f"{tmp_path / 'nowhere.json'}: no such file" in message


def test_summary_gives_agreement_per_configuration_and_group_with_comments():
    def item(n, config, rating, group, **texts):
        return FeedbackItem(
            id=f"F{n}",
            round=2,
            respondent=f"R{n}",
            group=group,
            configuration=config,
            rating=rating,
            fingerprint=f"fp{n}",
            **texts,
        )

    items = [
        item(1, "C1", "agree", "cyp"),
        item(2, "C1", "partly", "cyp", missing="Siblings"),
        item(3, "C1", "disagree", "crisis", not_for_whom="Inpatients"),
        item(4, "C1", "agree", ""),
        item(4, "C1", "agree", ""),
        item(5, "C10", None, "cyp", read="A report"),
    ]
    summary = summarise(items, CONFIGS)
    assert [row["configuration"] for row in summary] == ["C1", "C2", "C10"]
    c1 = summary[0]
    assert (c1["responses"], c1["agree"], c1["partly"], c1["disagree"], c1["agreement"]) == (4, 2, 1, 1, 0.5)
    assert [(g["group"], g["responses"], g["agreement"]) for g in c1["by_group"]] == [
        ("", 1, 1.0),
        ("crisis", 1, 0.0),
        ("cyp", 2, 0.5),
    ]
    assert [c["feedback"] for c in c1["comments"]] == ["F2", "F3"]
    assert summary[1]["responses"] == 0 and summary[1]["agreement"] is None
    assert summary[2]["unrated"] == 1 and summary[2]["comments"][0]["read"] == "A report"
    json.dumps(summary)


def test_a_workbook_is_read_whatever_its_name_says_and_its_rows_keep_their_numbers(tmp_path):
    from cmo.sheets import tables

    book_path = tmp_path / "template.xlsx"
    write_feedback_template(book_path, CONFIGS, 2)
    book = openpyxl.load_workbook(book_path)
    book["Responses"].insert_rows(1)  # a blank first row: the header is row 2, as the spreadsheet shows
    book["Responses"]["A3"], book["Responses"]["G3"], book["Responses"]["G5"] = "Otter", "agree", "maybe"
    renamed = tmp_path / "answers.csv"
    book.save(renamed)
    assert f"{renamed} row 5, column 'rating': 'maybe' is not one of" in problems_of([renamed])
    assert tables._openpyxl_records(renamed, "Responses")[0][1][1][:4] == ["pseudonym", "group", "round", "configuration"]


def test_a_form_tools_five_point_ratings_are_read_by_direction_and_said(tmp_path):
    """Microsoft Forms and Google Forms write 'Strongly agree' ... 'Strongly disagree': each is read by the way it
    leans ('Somewhat disagree' disagrees; only 'partly' is partly), its words kept beside the rating, and how each
    was read is a warning naming the file and rows; 'Neither agree nor disagree' is an answer without a rating, named."""
    path = tmp_path / "forms.csv"
    path.write_text(
        "Respondent,Configuration,Rating\nHeron,C1,Strongly agree\nHeron,C2,Somewhat disagree\nHeron,C10,Strongly disagree\n"
        "Owl,C1,Somewhat agree\nOwl,C2,Partly agree\nOwl,C10,Somewhat agree\n",
        encoding="utf-8",
    )
    warnings: list[str] = []
    items = parse_feedback_files([path], KNOWN, 2, warnings=warnings)
    assert [(item.configuration, item.rating, item.answer) for item in items] == [
        ("C1", "agree", "Strongly agree"),
        ("C2", "disagree", "Somewhat disagree"),
        ("C10", "disagree", "Strongly disagree"),
        ("C1", "agree", "Somewhat agree"),
        ("C2", "partly", "Partly agree"),
        ("C10", "agree", "Somewhat agree"),
    ]
    scale = (
        "the form's scale of Strongly disagree, Somewhat disagree, Partly agree, Somewhat agree, Strongly agree "
        "(as its answers give it)"
    )
    assert warnings == [
        f"{path} row 2: 'Strongly agree' on {scale} was read as agree (the words are kept)",
        f"{path} row 3: 'Somewhat disagree' on {scale} was read as disagree (the words are kept)",
        f"{path} row 4: 'Strongly disagree' on {scale} was read as disagree (the words are kept)",
        f"{path} rows 5 and 7: 'Somewhat agree' on {scale} was read as agree (the words are kept)",
        f"{path} row 6: 'Partly agree' on {scale} was read as partly (the words are kept)",
    ]
    path.write_text("Respondent,Configuration,Rating,Comment\nHeron,C1,Neither agree nor disagree,depends on the ward\n", "utf-8")
    warnings = []
    (neither,) = parse_feedback_files([path], KNOWN, 2, warnings=warnings)
    assert (neither.rating, neither.answer, neither.comment) == (None, "Neither agree nor disagree", "depends on the ward")
    assert warnings == [
        f"{path} row 2: 'Neither agree nor disagree' was read as no rating: the answer counts as a response, with its "
        "words, but as neither agreement nor disagreement"
    ]
    assert isinstance(warnings[0], LookAt)  # the import exits 1: the team looks at it


def test_a_respondent_who_answered_a_configuration_twice_in_a_file_is_counted_once(demo, tmp_path):
    sheet = tmp_path / "form.csv"
    sheet.write_text(
        "respondent,round,configuration,rating,comment\n"
        "blue-heron,1,C1,agree,first thoughts\n"
        "green-owl,1,C1,agree,\n"
        "blue-heron,1,C1,disagree,on reflection no\n",
        encoding="utf-8",
    )
    result = demo("feedback", "import", str(sheet))
    assert (
        "warning: " in result.stderr
        and "blue-heron answered C1 more than once; only the later answer is counted (F3), and the earlier (F1) is kept, "
        "marked as replaced by it.\n"
        in result.stderr
    )
    c1 = demo.json("configs", "show", "C1")["feedback"]
    assert (c1["responses"], c1["agree"], c1["disagree"]) == (2, 1, 1)
    assert "(F2-F3)" in result.stdout
    sheet.write_text("respondent,round,configuration,rating\nred-kite,1,C2,agree\n", encoding="utf-8")
    assert "Imported 1 answer for round 1 (F4);" in demo("feedback", "import", str(sheet)).stdout  # not "(F4-F4)"


def test_what_a_respondent_said_is_every_answer_they_gave_labelled():
    """Packs, the report and `cmo serve` quote answers by one rule: an answer with only 'what is missing' said something."""
    from cmo.models import FeedbackItem

    item = FeedbackItem(round=1, respondent="kite", configuration="C1", missing="night shifts", comment=" ")
    assert item.said() == [("Missing or wrong", "night shifts")]
    assert FeedbackItem(round=1, respondent="kite", configuration="C1").said() == []


def test_listings_label_each_answer_and_keep_a_comment_on_its_line(demo, tmp_path):
    """Trial B: `feedback summary` joined 'what is missing', 'not for whom' and 'worth reading' with no labels,
    and a comment's second line started at column 0."""
    sheet = tmp_path / "form.csv"
    sheet.write_text(
        "respondent,round,configuration,rating,comment,missing,not_for_whom\n"
        'blue-heron,1,C1,agree,"rings true\nfor our ward",there are none,Remote hamlets\n',
        encoding="utf-8",
    )
    demo("feedback", "import", str(sheet))
    line = "rings true for our ward; Missing or wrong: there are none; Does not hold for: Remote hamlets"
    summary = demo("feedback", "summary").stdout
    assert f"    F1 (no group, agree): {line}\n" in summary
    assert line[:40] in demo("feedback", "list").stdout


def test_answers_saved_from_another_reviews_pack_are_refused(tmp_path):
    """Trial C: a file from the telemental-health pack was counted as answers about this review's unrelated C1."""
    other = pack_json(tmp_path, review="What works for whom in telemental health")
    message = problems_of([other], review_title="Link workers and loneliness in later life")
    said = f"{other}, field review: saved from the pack of 'What works for whom in telemental health', not of this review"
    assert said in message
    same = pack_json(tmp_path, name="same.json", review="  link workers and LONELINESS in later life ")
    assert len(parse_feedback_files([same], KNOWN, 2, review_title="Link workers and loneliness in later life")) == 2
    assert len(parse_feedback_files([other], KNOWN, 2)) == 2  # no title to compare with: read as before


@pytest.mark.parametrize("written", ["N/A", "n/a", "Don't know", "Not sure"])
def test_a_rating_that_rates_nothing_is_no_rating_and_the_answer_is_kept(tmp_path, written):
    """Trial C: 'N/A' was refused row by row; it is an answer without a rating, as the pack's "I don't know" is."""
    sheet = tmp_path / "form.csv"
    sheet.write_text(f'respondent,configuration,rating,comment\nHeron,C1,"{written}",not my area\n', encoding="utf-8")
    (item,) = parse_feedback_files([sheet], KNOWN, 2)
    assert (item.rating, item.comment) == (None, "not my area")


def test_the_summary_marks_a_configuration_retired_after_its_round(demo, tmp_path):
    """Trial C: answers about C14, retired after round 1 closed, were summarised as if nothing had happened."""
    sheet = tmp_path / "form.csv"
    sheet.write_text("respondent,round,configuration,rating\nblue-heron,1,C2,agree\n", encoding="utf-8")
    demo("feedback", "import", str(sheet))
    demo("configs", "retire", "C2", "--note", "merged into the wider finding")
    rows = {row["configuration"]: row for row in demo.json("feedback", "summary")}
    assert rows["C2"]["retired_since"] is True and rows["C1"]["retired_since"] is False
    assert "C2 [retired since]  " in demo("feedback", "summary").stdout


def test_a_late_answer_on_a_configuration_merged_since_its_round_is_kept_there_and_said(demo, tmp_path):
    """Trial G: after round 1, C5 was merged into C3; a late round-1 answer on C5 imported silently (exit 0) and the
    summary called C5 retired."""
    demo("configs", "merge", "C3", "C5")
    sheet = tmp_path / "late.csv"
    sheet.write_text("respondent,round,configuration,rating,comment\nred fox,1,C5,agree,holds for us\n", encoding="utf-8")
    said = demo("feedback", "import", str(sheet), code=1)
    assert "late.csv: red fox's answer on C5 is kept on C5 as round 1 sent it; C5 was merged into C3 since" in said.stderr
    assert "C5 [merged into C3 since]  " in demo("feedback", "summary").stdout
    assert {r["configuration"]: r["fate_since"] for r in demo.json("feedback", "summary")}["C5"] == "merged into C3"


def test_a_configuration_typed_with_a_leading_zero_or_spaces_is_the_one_meant(tmp_path):
    sheet = tmp_path / "form.csv"
    sheet.write_text("respondent,configuration,rating\nHeron, c01 ,agree\nWren,C010,partly\n", encoding="utf-8")
    assert sorted(item.configuration for item in parse_feedback_files([sheet], KNOWN, 2)) == ["C1", "C10"]


def test_a_configuration_named_by_its_number_in_the_pack_or_its_title_is_the_one_meant(demo, tmp_path):
    """Trial C: answers naming configurations by title, or by the "CMO 1.3" the tables print, were refused row by row."""
    demo("export", "--format", "csv", "-o", str(tmp_path / "x.csv"))
    with (tmp_path / "x.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    numbered, titled = rows[0], rows[1]
    sheet = tmp_path / "form.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        answers = [["Heron", numbered["number"], "agree"], ["Wren", titled["title"], "partly"]]
        csv.writer(handle).writerows([["respondent", "configuration", "rating"], *answers])
    demo("feedback", "import", str(sheet))
    answered = {a["respondent"]: a["configuration"] for a in demo.json("feedback", "list")}
    assert answered == {"Heron": numbered["id"], "Wren": titled["id"]}


def test_one_problem_is_one_sentence(demo, tmp_path):
    """Trial G: a missing file gave a heading line and the problem on a second line."""
    said = demo("feedback", "import", str(tmp_path / "missing.csv"), code=2).stderr.strip()
    assert said.count("\n") == 0 and "missing.csv: no such file; feedback not imported: fix it and import again." in said
