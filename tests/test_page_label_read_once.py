"""A page a coder wrote with its own label is that page (trial E2, a review coded in English, German and Dutch: the
trace and the report read "(p. p101)" for a page typed 'p101', and kept 'S. 714' and 'blz. 12' as written). The label
("p", "pp.", "page", German "S.", "Seite", Dutch "blz.", Spanish "pág.") is read as "p." or "pp."; a supplement's "S3",
a poster's "P2211" and a page given in words stay as they were."""

from __future__ import annotations

import pytest

from cmo.views import page_reference


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("p101", "p. 101"),
        ("p 1722", "p. 1722"),
        ("page 7", "p. 7"),
        ("pp 100-101", "pp. 100-101"),
        ("S. 714", "p. 714"),
        ("S.715-716", "pp. 715-716"),
        ("Seite 3", "p. 3"),
        ("blz. 12", "p. 12"),
        ("pág. 5", "p. 5"),
    ],
)
def test_a_labelled_page_is_shown_with_one_label(page, shown):
    assert page_reference(page) == shown


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("12", "p. 12"),
        ("12-15", "pp. 12-15"),
        ("S3", "p. S3"),  # a supplement's page
        ("P2211", "p. P2211"),  # a poster's number, as before
        ("p. 4", "p. 4"),
        ("Table 2", "Table 2"),
        ("abstract", "abstract"),
    ],
)
def test_other_pages_are_shown_as_before(page, shown):
    assert page_reference(page) == shown
