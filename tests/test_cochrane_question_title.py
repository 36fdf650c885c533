"""Helper H0: the Cochrane Library's CENTRAL export writes a subtitle after a spaced colon, after a question mark too
("… for Older Persons? : a Randomized Trial"), and the source was shown and cited "… Persons?: a Randomized Trial".
The question mark ends the title: the colon goes and the subtitle opens with a capital. Tested on school fitness."""

from __future__ import annotations

from conftest import REPO

DATA = REPO / "tests" / "data" / "cochrane_central"


def test_a_subtitle_after_a_question_reads_as_the_journal_prints_it(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "question-title.txt"))
    titles = {s["year"]: s["title"] for s in cmo.json("sources", "list")}
    assert titles[2019] == "Does a Daily Mile Improve Fitness in Primary School Children? A Cluster Randomized Trial"


def test_a_spaced_colon_after_a_word_is_still_a_colon():
    """Not over-firing: DSpace's and CENTRAL's spaced colon after a word stays a colon, and a ratio stays as written."""
    from cmo.normalise import title_text

    assert title_text("Active travel to school : a pragmatic trial") == "Active travel to school: a pragmatic trial"
    assert title_text("Fitness ratio 1 : 2 in girls") == "Fitness ratio 1 : 2 in girls"
