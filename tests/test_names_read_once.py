"""The first listing after an upgrade read the names of every statement twice (helper H5, profile of `configs list` on
the large review whose kept sentences were under older rules: once for the rules the kept sentences are under, once
to word them; names_json was a third of the command). A command that only reads keeps none, so it now remembers them
while nothing is written; a write by another connection or by this one reads them again."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace

from sheet_reviews import cmo_run, review_from_rows

from cmo.commands.review import open_review

ROWS = [
    ("ada2019", "Black women attending NHS antenatal clinics", "a midwife they know listens", "they attend more visits"),
    ("bel2020", "Black women attending NHS antenatal clinics", "a midwife they know listens", "they attend every visit"),
]


def test_a_listing_reads_the_names_once_and_again_after_a_write(tmp_path):
    """Fails on the old code: read twice."""
    review = review_from_rows(tmp_path, ROWS)
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    with sqlite3.connect(review / "review.db") as db:  # kept under rules no longer in force, as after an upgrade
        for table in ("sentences", "names"):
            db.execute(f"UPDATE {table} SET rules = 'older;' || rules")
    with closing(open_review(review).store) as store:
        read = []
        names = store.wording.names
        store.wording = replace(store.wording, names=lambda: read.append(1) or names())
        parts = [(c.context, c.mechanism, c.outcome) for c in store.configurations()]
        worded = store.sentences(parts)
        assert len(read) == 1 and all(worded.values())
        assert store.sentences(parts) == worded and len(read) == 1
        with sqlite3.connect(review / "review.db") as other:  # another command writes a statement
            other.execute("UPDATE statements SET data = json_set(data, '$.quote', 'another quote') WHERE id = 'S1'")
        store.sentences(parts)
        assert len(read) == 2
