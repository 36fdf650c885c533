"""A live poll's results export counts everyone's ratings (Mentimeter's 'Scales' slide: each statement's average and how
many chose each point) and holds no one's own answer: it is refused naming what it is and what to export instead, never
read with a statement's row as the header and a count as an answer. Tested on the example review (crisis mental health
care)."""

from __future__ import annotations

import csv

import openpyxl


def _results_workbook(path, titles: list[str], points: list[str]):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "1. Does this match"
    sheet.append(["Does this match your experience?"])
    sheet.append(["Scales"])
    sheet.append([])
    sheet.append(["Statement", "Average", *points, "Skipped", "Total"])
    for title in titles:
        sheet.append([title, 3.6, 0, 1, 3, 5, 2, 1, 12][: 2 + len(points)] + [1, 12])
    other = book.create_sheet("2. Anything missing")
    other.append(["Is anything missing?"])
    other.append(["Open Ended"])
    other.append(["Response"])
    other.append(["Nothing about carers at night"])
    book.save(path)
    return path


def test_a_polls_counts_of_each_point_of_a_scale_are_refused_naming_what_to_export(demo, tmp_path):
    titles = [f"C{n} {demo.json('configs', 'show', f'C{n}')['title']}" for n in (1, 2, 3)]
    book = _results_workbook(tmp_path / "mentimeter-results.xlsx", titles, ["1", "2", "3", "4", "5"])
    for scale in ([], ["--scale", "1-5"]):
        said = demo("feedback", "import", str(book), *scale, code=2)
        assert "row 4: the sheet counts everyone's ratings (its columns 'Average', 'Skipped', 'Total', '1', '2'" in said.stderr
        assert "export the answers one row per person instead" in said.stderr
        assert "cannot tell which answer the column 'C1" not in said.stderr  # a statement's row is not the header
    assert demo.json("feedback", "list") == []


def test_points_named_in_words_are_a_tally_too(demo, tmp_path):
    titles = [f"C1 {demo.json('configs', 'show', 'C1')['title']}"]
    words = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
    book = _results_workbook(tmp_path / "results.xlsx", titles, words)
    said = demo("feedback", "import", str(book), code=2)
    assert "the sheet counts everyone's ratings" in said.stderr and "'Strongly agree'" in said.stderr


def test_a_form_download_with_a_total_the_team_added_is_read_as_answers(demo, tmp_path):
    """Must not fire: a column of totals beside questions (no column headed by a point of the scale) is no tally."""
    sheet = tmp_path / "answers.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Pseudonym", "C1: Does this match your experience?", "C2: Does this match your experience?", "Total"])
        writer.writerow(["Ash", "Agree", "Disagree", "2"])
    demo("feedback", "import", str(sheet), code=None)
    assert [(f["configuration"], f["rating"]) for f in demo.json("feedback", "list")] == [("C1", "agree"), ("C2", "disagree")]
