"""Helper H3: a carers' group in Japan answered in a LINE group and the team typed the answers into a workbook, each
rating as written: 'はい', '少し', 'いいえ'. The import refused all six rows, as no agreement scale but English, French,
Spanish, German, Portuguese and Dutch was read. Japanese, Korean and Chinese answers are read as those languages'
survey scales word them ('ややそう思う', '매우 동의', '不同意'), said with the language; words that are no scale's
answer (a sentence typed in the rating cell) are still refused, on another topic (a Korean housing panel)."""

from __future__ import annotations

import openpyxl
import pytest

from cmo.errors import BadInput
from cmo.sheets.feedback import parse_feedback_files


def _typed(tmp_path, ratings: list[str]):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Pseudonym", "Finding", "Agree?", "Comment"])
    for number, rating in enumerate(ratings, start=1):
        sheet.append([f"member {number}", "C1", rating, "typed from the group chat"])
    path = tmp_path / "typed answers.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize(
    "rating, read",
    [
        ("はい", "agree"),
        ("少し", "partly"),
        ("いいえ", "disagree"),
        ("ややそう思う", "agree"),
        ("あまりそう思わない", "disagree"),
        ("매우 동의", "agree"),
        ("동의하지 않음", "disagree"),
        ("非常同意", "agree"),
        ("部分同意", "partly"),
        ("不同意", "disagree"),
    ],
)
def test_japanese_korean_and_chinese_ratings_are_read(tmp_path, rating, read):
    warnings: list[str] = []
    (item,) = parse_feedback_files([_typed(tmp_path, [rating])], {"C1"}, 1, warnings=warnings)
    assert item.rating == read
    assert any("agreement scale" in w for w in warnings), warnings


@pytest.mark.parametrize("rating", ["보통", "どちらともいえない", "一般"])
def test_their_middle_answers_are_no_rating(tmp_path, rating):
    (item,) = parse_feedback_files([_typed(tmp_path, [rating])], {"C1"}, 1, warnings=[])
    assert item.rating is None


def test_a_sentence_in_the_rating_cell_is_still_refused(tmp_path):
    """Must not fire: a Korean housing panel member wrote a sentence where the rating goes."""
    with pytest.raises(BadInput, match="매우 동의하지만 수리가 늦다"):
        parse_feedback_files([_typed(tmp_path, ["Agree", "매우 동의하지만 수리가 늦다"])], {"C1"}, 1, warnings=[])
