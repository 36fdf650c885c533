"""Trial K0: two coders of a WHO checklist review coded one passage each, one quoting it whole and paging it '25-26',
the other clipping it shorter ('p 25'): the import named as double coding only a quote both wrote alike on one page,
and three such pairs went unnamed, each counted as a statement of its own. Two quotes of one source are one passage
where one is the other cut shorter (four words at least) on pages that meet. Tested on a falls-prevention review."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

_FALLS = (
    "Older people discharged home after a fall",
    "A physiotherapist visits within 48 hours and they regain confidence to move",
    "Fewer repeat falls",
)
_FIRST = "source,context,mechanism,outcome,quote,page,coder\n"


def _second_coding(tmp_path, first_quote: str, first_page: str, second_quote: str, second_page: str) -> str:
    review = review_from_rows(tmp_path, [("lee2020", *_FALLS)])
    (tmp_path / "first.csv").write_text(
        _FIRST + f'lee2020,"Frail people living alone","Nobody checks on them at home","They fall again","{first_quote}",'
        f'"{first_page}",AB\n',
        encoding="utf-8",
    )
    (tmp_path / "second.csv").write_text(
        _FIRST + f'lee2020,"People who live on their own","They are not visited","Repeat falls","{second_quote}",'
        f'"{second_page}",CD\n',
        encoding="utf-8",
    )
    assert cmo_run("code", "import", "../first.csv", "--by", "AB", cwd=review).returncode in (0, 1)
    done = cmo_run("code", "import", "../second.csv", "--by", "CD", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    assert len(json.loads(cmo_run("code", "list", "--json", cwd=review).stdout)) == 3  # all kept, as before
    return done.stdout + done.stderr


def test_a_quote_cut_shorter_on_a_page_within_the_others_range_is_named_as_double_coding(tmp_path):
    """Fails on the old code: nothing was said."""
    said = _second_coding(
        tmp_path,
        "nobody came to see me after I got home, so I fell again within the month",
        "25-26",
        "nobody came to see me after I got home",
        "p 25",
    )
    assert "that another coder coded too" in said and "S3 (row 2, CD) with S2 (AB)" in said


def test_quotes_of_other_passages_or_pages_are_not_named(tmp_path):
    """Must not fire: a short phrase both quotes share (under four words) or the same words on another page."""
    said = _second_coding(tmp_path, "I fell again within the month", "25", "I fell again", "25")
    assert "that another coder coded too" not in said
    (tmp_path / "other").mkdir()
    said = _second_coding(tmp_path / "other", "nobody came to see me after I got home", "12", "nobody came to see me", "30")
    assert "that another coder coded too" not in said
