"""`cmo sources show NAME` of a name that names nothing reads only the works the name could be or be near (its years,
the families it names), not every work's first author and year: on a review of 50,000 works 'sources show x' made a
handle of every work to say "not in this review" (`Store.NameScope`). What it finds and suggests is what the whole
review's names give (`handles_near`)."""

from __future__ import annotations

import sys

import pytest
from conftest import DATA

FAMILIES = (
    "Abbott Baines Carver Dalton Egan Fairley Gough Hartley Ingram Jessop Keane Lowther Mercer Nolan Oakes Pryce Quayle "
    "Rowntree Sayer Thorne Upton Vickers Wardle Yeomans Zielinski Ødegaard Muñoz Van der Berg"
).split()


def _library(path, works: int = 240) -> None:
    """An EndNote RIS export (File > Export, RefMan (RIS) Export) of `works` papers, their first authors and years
    spread so that few share both."""
    records = []
    for n in range(works):
        family = FAMILIES[n % len(FAMILIES)]
        year = 1990 + (n * 7) % 33
        records.append(
            f"TY  - JOUR\r\nAU  - {family}, A.\r\nAU  - Second, B.\r\nPY  - {year}\r\nT2  - Journal of Health Services\r\n"
            f"TI  - Paper {n} on the organisation of community care number {n}\r\nVL  - {n % 40}\r\nSP  - {n + 1}-{n + 9}\r\n"
            f"ID  - {n + 1}\r\nER  - \r\n\r\n"
        )
    records.append(  # one work of its family
        "TY  - JOUR\r\nAU  - Lindqvist, C.\r\nPY  - 2004\r\nT2  - Scandinavian Journal of Public Health\r\n"
        "TI  - Home visits by district nurses to older people living alone\r\nID  - 9001\r\nER  - \r\n\r\n"
    )
    path.write_text("\ufeff" + "".join(records), encoding="utf-8", newline="")


@pytest.fixture
def review(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    _library(tmp_path / "library.txt")
    cmo("ingest", str(tmp_path / "library.txt"), str(DATA / "trial_cs" / "SP_LW_library.txt"))
    return cmo


def _handles_made(run) -> int:
    """How many works' first author and year handles a command made (`store.citation_handles`, counted as it runs)."""
    import cmo.store

    calls = 0

    def count(frame, event, _):
        nonlocal calls
        if event == "call" and frame.f_code is cmo.store.citation_handles.__code__:
            calls += 1

    sys.setprofile(count)
    try:
        run()
    finally:
        sys.setprofile(None)
    return calls


def test_a_name_that_names_nothing_reads_few_works(review):
    said = []
    made = _handles_made(lambda: said.append(review("sources", "show", "x", code=2)))
    assert "source 'x' is not in this review" in said[0].stderr
    assert made < 20, made  # of 245 works: none is cited by a family 'x' nor of a year 'x' writes


@pytest.mark.parametrize(
    "name",
    [
        "Hartley 1997",  # a work of that year: found
        "Hartley et al. (1997)",
        "Hartly 1997",  # a family mistyped: the work of that year nearest it
        "Hartley 1998",  # a year with no Hartley: the work of that year whose family is nearest
        "Lindqvist 2005",  # a year mistyped: the one work of that family in another year
        "Lindqvist et al.",  # no year: the one work of that family
        "Quayle et al.",  # no year, a family of several works: none
        "Odegaard 2000",  # the family folded ('Ødegaard')
        "King's Fund 2020",  # a grey work's issuer (trial CS's library)
        "The King's Fund 2020",
        "Paper 17 on the organisation of community car",  # a title typed in part: the nearest title
        "hartley1997paper",
        "x",
    ],
)
def test_what_a_name_finds_or_suggests_is_the_whole_review_s(review, name):
    """The scoped names (`key_aliases(review, named=...)`) answer as the review's every name does."""
    import cmo.commands.sources as sources
    from cmo.commands.review import open_review
    from cmo.errors import CmoError

    opened = open_review(str(review.folder))

    def answer() -> str:
        try:
            return sources.get_source(opened, name).key
        except CmoError as error:
            return str(error)

    scoped = answer()
    whole = sources.key_aliases
    sources.key_aliases = lambda r, named=None: whole(r)  # the same function, given no name: every work's handles
    try:
        assert answer() == scoped
    finally:
        sources.key_aliases = whole
        opened.close()
