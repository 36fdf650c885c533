"""Helper K2: a Swedish county's final report of its medication reviews (DiVA, 2018, in Swedish) and the English
article its team published of the same study (2020) were both behind one configuration, "2 sources support it", and
`round close --check` said nothing: only a preprint was checked against the paper it became. A grey report or thesis
and a paper by the same first author and most of its authors, within three years, are named as a preprint is, for a
person to decide. Must not fire: another first author, a paper years later, two reports (a housing charity's)."""

from __future__ import annotations

from pathlib import Path

from cmo.bib.dedupe import published_as, reported_first_as
from cmo.models import Record
from cmo.sheets.records import read_records

DATA = Path(__file__).parent / "data" / "diva"


def _diva() -> list[Record]:
    return read_records((DATA / "diva-report-and-article.csv").read_text(encoding="utf-8"), "diva.csv").records


def test_a_report_and_the_article_of_its_team_may_be_one_study():
    thesis, report, article = _diva()
    assert reported_first_as(report) == "a report" and reported_first_as(thesis) == "a thesis"
    assert reported_first_as(article) == ""
    assert published_as(report, article)
    assert not published_as(article, report)


def test_another_first_author_is_another_study():
    thesis, _report, article = _diva()
    assert not published_as(thesis, article)  # Gustafsson's thesis, Sjölund's article


def _record(kind: str, title: str, year: int, authors: list[str], container: str = "") -> Record:
    from cmo.models import Provenance

    provenance = Provenance(file="grey-list.csv", line=2, key="row2", format="table")
    return Record(key="", type=kind, title=title, year=year, authors=authors, container=container, provenance=provenance)


def test_a_paper_years_later_or_another_report_is_not_named():
    """A housing charity's evaluation report and its authors' later work: not the same study by these rules."""
    report = _record("report", "Evaluation of a Housing First pilot", 2014, ["Pleace, Nicholas", "Bretherton, Joanne"])
    later = _record("article", "Housing First in England", 2019, ["Pleace, Nicholas", "Bretherton, Joanne"], "Housing Studies")
    another = _record("report", "Housing First: second evaluation", 2015, ["Pleace, Nicholas", "Bretherton, Joanne"])
    assert not published_as(report, later)  # five years on
    assert not published_as(report, another)  # a report is no paper
