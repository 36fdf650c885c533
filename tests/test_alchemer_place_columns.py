"""An Alchemer (SurveyGizmo) download heads its answers with 'Response ID' and 'Date Submitted', as LimeSurvey's does,
and writes where each response came from: 'IP Address', 'Country', 'City', 'State/Region', 'Postal'. A postcode ('OX1',
'LS1') in 'Postal' looked like LimeSurvey's answer codes ('A1'), so the whole file was refused (trial AZ). Rule: the
columns a form tool fills itself are never answers, so never taken for answer codes; an answer column holding codes
still is. Tested on a school-travel review's answers about the example review's configurations."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

from cmo.sheets.feedback import parse_feedback_files

OWN = ["Response ID", "Time Started", "Date Submitted", "Status", "Contact ID", "Language", "Referer", "SessionID"]
OWN += ["User Agent", "IP Address", "Longitude", "Latitude", "Country", "City", "State/Region", "Postal"]


def _alchemer(path, answer: str, submitted: str = "2026-03-02 10:09:50"):
    place = ["-2.59", "51.45", "UK", "Bristol", "England"]
    rows = [
        ["31", "2026-03-02 10:01:12", submitted, "Complete", "", "English", "", "s1", "Mozilla", "81.2.69.160", *place, "BS1"],
        ["32", "2026-03-02 10:02:40", submitted, "Complete", "", "English", "", "s2", "Mozilla", "81.2.69.161", *place, "BS8"],
    ]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow([*OWN, "Please choose a pseudonym", "How far do you agree with each finding?:C2"])
        writer.writerows([*row, name, answer] for row, name in zip(rows, ("Lapwing", "Curlew")))
    return path


def test_postcodes_in_a_form_tools_place_columns_are_not_answer_codes(tmp_path):
    warnings: list[str] = []
    items = parse_feedback_files([_alchemer(tmp_path / "alchemer.csv", "Agree")], {"C2"}, 1, warnings=warnings)
    assert sorted((item.respondent, item.configuration, item.rating) for item in items) == [
        ("Curlew", "C2", "agree"),
        ("Lapwing", "C2", "agree"),
    ]
    assert not [w for w in warnings if "Postal" in str(w)], warnings


def test_codes_in_an_answer_column_are_still_refused(tmp_path):
    from cmo.errors import CmoError

    try:
        parse_feedback_files([_alchemer(tmp_path / "codes.csv", "A2")], {"C2"}, 1, warnings=[])
    except CmoError as refused:
        assert "'A2'" in str(refused) and "Postal" not in str(refused)
    else:
        raise AssertionError("a download of answer codes was read")


def test_the_alchemer_download_imports_through_the_cli(demo, tmp_path):
    submitted = (datetime.now(UTC) - timedelta(seconds=5)).strftime("%Y-%m-%d %H:%M:%S")
    done = demo("feedback", "import", str(_alchemer(tmp_path / "alchemer-cli.csv", "Agree", submitted)), code=None)
    assert done.exit_code in (0, 1) and "Imported 2 answers" in done.stdout, done.stderr
    assert "answer codes" not in done.stderr
