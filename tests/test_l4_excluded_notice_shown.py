"""Trial K0: `cmo sources show` on an erratum the team had already excluded still told them to "exclude it at
screening". The notice line says what holds now: excluded (nothing to do), included (exclude it), or unscreened (exclude
it at screening, as before). Tested on PubMed's errata export; must not change the advice on an unscreened notice."""

from __future__ import annotations

from sheet_reviews import cmo_run

_ERRATA = __import__("pathlib").Path(__file__).parent / "data" / "pubmed_errata" / "errata_cited_by_journal.nbib"


def _notice_line(review) -> str:
    shown = cmo_run("sources", "show", "correction2021", cwd=review).stdout
    return next(line for line in shown.splitlines() if line.startswith("notice"))


def test_an_excluded_erratum_is_not_told_to_be_excluded(tmp_path):
    """Fails on the old code: the excluded erratum was told 'exclude it at screening'."""
    assert cmo_run("init", "rev", cwd=tmp_path).returncode == 0
    review = tmp_path / "rev"
    assert cmo_run("ingest", str(_ERRATA), cwd=review).returncode in (0, 1)
    assert "exclude it at screening (cmo select exclude correction2021" in _notice_line(review)  # unscreened: as before
    done = cmo_run("select", "exclude", "correction2021", "--reason", "notice, not a study", "--by", "RT", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    line = _notice_line(review)
    assert "excluded at screening, so it counts as evidence nowhere" in line and "cmo select exclude" not in line
    assert cmo_run("select", "include", "correction2021", "--by", "RT", cwd=review).returncode in (0, 1)
    assert "it is included, so it counts as evidence: exclude it (cmo select exclude correction2021" in _notice_line(review)
