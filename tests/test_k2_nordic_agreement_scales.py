"""Helper K2: an expert reference group in Norway answered a Nettskjema form; its download's 'Delvis' (partly) and
'Nei' (no) refused the whole file, as no agreement scale but English, French, Spanish, German, Portuguese, Dutch,
Japanese, Korean and Chinese was read. Norwegian, Swedish and Danish answers are read as those languages' survey scales
word them ('Helt enig', 'Instämmer delvis', 'Overvejende uenig'), said with the language; a sentence typed in the rating
cell is still refused, on another topic (a Swedish housing panel)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cmo.errors import BadInput
from cmo.sheets.feedback import parse_feedback_files

DATA = Path(__file__).parent / "data" / "nettskjema"


def test_a_nettskjema_download_in_norwegian_is_read():
    warnings: list[str] = []
    items = parse_feedback_files([DATA / "nettskjema-312456-wide.csv"], {"C1", "C7"}, 1, warnings=warnings)
    ratings = sorted((item.configuration, item.rating) for item in items)
    assert ratings == [
        ("C1", "disagree"),
        ("C1", "partly"),
        ("C1", "partly"),
        ("C7", "agree"),
        ("C7", "agree"),
        ("C7", "disagree"),
    ]
    assert any("'Delvis', on a Norwegian agreement scale" in w for w in warnings), warnings


def _typed(tmp_path, ratings: list[str]):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Pseudonym", "Finding", "Agree?", "Comment"])
    for number, rating in enumerate(ratings, start=1):
        sheet.append([f"member {number}", "C1", rating, "typed from the meeting"])
    path = tmp_path / "typed answers.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize(
    "rating, read",
    [
        ("Helt enig", "agree"),
        ("Helt uenig", "disagree"),
        ("Nei", "disagree"),
        ("Instämmer helt", "agree"),
        ("Instämmer delvis", "partly"),
        ("Tar helt avstånd", "disagree"),
        ("Håller inte med", "disagree"),
        ("Overvejende enig", "agree"),
        ("Delvist", "partly"),
        ("Nej", "disagree"),
    ],
)
def test_norwegian_swedish_and_danish_ratings_are_read(tmp_path, rating, read):
    (item,) = parse_feedback_files([_typed(tmp_path, [rating])], {"C1"}, 1, warnings=[])
    assert item.rating == read


@pytest.mark.parametrize("rating", ["Verken enig eller uenig", "Vet inte", "Ved ikke"])
def test_their_middle_answers_are_no_rating(tmp_path, rating):
    (item,) = parse_feedback_files([_typed(tmp_path, [rating])], {"C1"}, 1, warnings=[])
    assert item.rating is None


def test_a_sentence_in_the_rating_cell_is_still_refused(tmp_path):
    """Must not fire: a Swedish housing panel member wrote a sentence where the rating goes."""
    with pytest.raises(BadInput, match="Instämmer men hyran är för hög"):
        parse_feedback_files([_typed(tmp_path, ["Agree", "Instämmer men hyran är för hög"])], {"C1"}, 1, warnings=[])
