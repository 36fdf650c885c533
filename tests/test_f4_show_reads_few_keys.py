"""`cmo sources show NAME` of a name no work has reads only the keys the name could be or be a typo of
(`Store.source_keys_near`: those opening with a letter the name's words open with, and those of a year it writes), and
letters only the works cited alike that the name could be a lettered citation of (`key_aliases`): on a review of 50,000
works it read every key for "did you mean" and lettered 2,000 works of an author and year the name never named (issue
15). What it finds and suggests is what the whole review's keys and names give."""

from __future__ import annotations

import sys

import pytest
from conftest import DATA

FAMILIES = "Abbott Baines Carver Egan Fairley Gough Hartley Ingram Jessop Keane Lowther Mercer Nolan Oakes Pryce".split()


def _library(path) -> None:
    """An EndNote RIS export (RefMan (RIS) Export) of 150 papers, few sharing first author and year, and five by Dalton
    in 2015: works cited alike, which a review's documents letter "Dalton et al. 2015a" to "2015e"."""
    records = []
    for n in range(150):
        family, year = FAMILIES[n % len(FAMILIES)], 1990 + (n * 7) % 33
        records.append(
            f"TY  - JOUR\r\nAU  - {family}, A.\r\nAU  - Second, B.\r\nPY  - {year}\r\nT2  - Journal of Health Services\r\n"
            f"TI  - {['Nurses', 'Carers', 'Pharmacists'][n % 3]} and the organisation of community care {n}\r\n"
            f"ID  - {n + 1}\r\nER  - \r\n\r\n"
        )
    for n, topic in enumerate(["Home visits", "Discharge letters", "Telephone triage", "Respite", "Day centres"]):
        records.append(
            f"TY  - JOUR\r\nAU  - Dalton, R.\r\nAU  - Other, C.\r\nPY  - 2015\r\nT2  - Health and Social Care in the "
            f"Community\r\nTI  - {topic} for older people living alone\r\nID  - {900 + n}\r\nER  - \r\n\r\n"
        )
    path.write_text("\ufeff" + "".join(records), encoding="utf-8", newline="")


@pytest.fixture
def review(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    _library(tmp_path / "library.txt")
    cmo("ingest", str(tmp_path / "library.txt"), str(DATA / "trial_cs" / "SP_LW_library.txt"))
    return cmo


def _calls(run, function) -> list:
    """The first argument after `self` of each call of `function` while `run` runs (counted, not replaced)."""
    seen = []

    def count(frame, event, _):
        if event == "call" and frame.f_code is function.__code__:
            names = frame.f_code.co_varnames[: frame.f_code.co_argcount]
            seen.append(frame.f_locals.get(names[1] if names[:1] == ("self",) and len(names) > 1 else names[0]))

    sys.setprofile(count)
    try:
        run()
    finally:
        sys.setprofile(None)
    return seen


def test_a_key_no_work_has_reads_neither_every_key_nor_another_family_s_letters(review):
    import cmo.bib.citations
    import cmo.store

    said = []
    every_key = _calls(lambda: said.append(review("sources", "show", "nosuchkey2015", code=2)), cmo.store.Store.source_keys)
    assert "source 'nosuchkey2015' is not in this review" in said[0].stderr
    assert every_key == []
    lettered = _calls(lambda: review("sources", "show", "nosuchkey2015", code=2), cmo.bib.citations.year_letters)
    assert all(len(sources) < 5 for sources in lettered), lettered  # Dalton's five of 2015: no letter, no Dalton named
    lettered = _calls(lambda: review("sources", "show", "Dalton et al. 2015", code=2), cmo.bib.citations.year_letters)
    assert any(len(sources) == 5 for sources in lettered)  # the works it could be, each with its letter, are said


def _keys(review) -> list[str]:
    from contextlib import closing

    from cmo.commands.review import open_review

    with closing(open_review(review.folder).store) as store:
        return sorted(store.source_keys())


def _names(keys: list[str]) -> list[str]:
    """Names a user types: keys mistyped (a letter dropped, swapped, the case changed, the year wrong), a key in a path
    or as a document's file, lettered citations right and mistyped, a citation of works cited alike, and none."""
    dalton = next(key for key in keys if key.startswith("dalton"))
    hartley = next(key for key in keys if key.startswith("hartley"))
    return [
        hartley[:-1],
        hartley[:3] + hartley[4:],
        hartley.upper(),
        "h" + hartley[2] + hartley[1] + hartley[3:],
        hartley.replace(hartley[7:11], "1899"),
        "x" + hartley[1:],  # its first letter mistyped, its year kept
        f"Internals\\{hartley}",
        f"{dalton}.pdf",
        "Dalton et al. 2015c",
        "Dalton 2015b",
        "Daltin et al. 2015c",  # a family mistyped, with a letter
        "Dalton et al. 2015",
        "Daltin 2015",
        "Dalton 2016",
        "nosuchkey2015",
        "x",
        "zz9",
    ]


def test_what_a_name_finds_or_suggests_is_what_every_key_gives(review):
    """The keys near the name (`source_keys_near`) and its scoped names answer as every key and name of the review do."""
    import cmo.commands.sources as sources
    import cmo.store
    from cmo.commands.review import open_review
    from cmo.errors import CmoError

    opened = open_review(str(review.folder))

    def answers() -> list[str]:
        said = []
        for name in _names(_keys(review)):
            try:
                said.append(sources.get_source(opened, name).key)
            except CmoError as error:
                said.append(str(error))
        return said

    scoped = answers()
    near, whole = cmo.store.Store.source_keys_near, sources.key_aliases
    cmo.store.Store.source_keys_near = lambda store, name: store.source_keys()  # every key, every name: the old reading
    sources.key_aliases = lambda r, named=None: whole(r)
    try:
        assert answers() == scoped
    finally:
        cmo.store.Store.source_keys_near, sources.key_aliases = near, whole
        opened.close()
    assert sum("did you mean" in answer for answer in scoped) >= 5, scoped


def test_a_key_shaped_name_of_no_family_reads_no_titles(review):
    """A name in a key's shape ("nosuchkey2015") whose family no key opens with is no work's author and year: finding
    "the one work of that author and year" read every title of the review (`Store.title_aliases`), twice the old cost
    of `sources show nosuchkey2020` on a review of 50,000 works. A key-shaped name of a family the review has still
    finds its work (tests/test_key_shaped_suggests_author_year.py)."""
    import cmo.store

    said = []
    titles = _calls(lambda: said.append(review("sources", "show", "nosuchkey2015", code=2)), cmo.store.Store.title_aliases)
    assert "source 'nosuchkey2015' is not in this review" in said[0].stderr
    assert titles == []
