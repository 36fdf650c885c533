"""A source's look-alikes are searched among the works of its year through an index of years (schema 9), not by
scanning every source's JSON (issue 15: `sources show` of one of 50,000 sources). The letters a source is cited with
are as before: two 2019 papers by Okafor are "Okafor 2019a" and "2019b"; Okafor's 2020 paper, and a work of no year,
are lettered apart from them."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from cmo.store import SCHEMA_VERSION

RIS = "\n".join(
    f"TY  - JOUR\nAU  - Okafor, N.\nTI  - {title}\n{'PY  - ' + year if year else ''}\nJO  - Journal of Rural Midwifery\nER  - \n"
    for title, year in (
        ("Birth companions in rural clinics", "2019"),
        ("Community midwives and antenatal visits", "2019"),
        ("Mobile clinics for postnatal care", "2020"),
        ("Traditional birth attendants as referrers", ""),
    )
)


def _citations(cmo) -> dict[str, str]:
    return {s["title"]: cmo.json("sources", "show", s["key"])["citation"] for s in cmo.json("sources", "list")}


def test_a_source_is_lettered_among_the_works_of_its_own_year(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    (tmp_path / "okafor.ris").write_text(RIS, encoding="utf-8")
    cmo("ingest", str(tmp_path / "okafor.ris"))
    cited = _citations(cmo)
    assert sorted(cited[t] for t in cited if "2019" in cited[t]) == ["Okafor 2019a", "Okafor 2019b"]
    assert cited["Mobile clinics for postnatal care"] == "Okafor 2020", "one work of 2020: no letter"
    assert "2019" not in cited["Traditional birth attendants as referrers"]


def test_the_year_index_is_what_the_search_reads_and_an_older_review_gains_it(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    (tmp_path / "okafor.ris").write_text(RIS, encoding="utf-8")
    cmo("ingest", str(tmp_path / "okafor.ris"))
    before = _citations(cmo)
    path = cmo.folder / "review.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as db:  # as a review written by schema 8
        db.execute("DROP INDEX sources_by_year")
        db.execute("ALTER TABLE sources DROP COLUMN year")
        db.execute("PRAGMA user_version = 8")
    assert _citations(cmo) == before
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        plan = db.execute(
            "EXPLAIN QUERY PLAN SELECT data FROM sources INDEXED BY sources_by_year WHERE year IS ? AND instr(data, ?)",
            (2019, "Okafor"),
        ).fetchall()
        assert "USING INDEX sources_by_year" in plan[0][3]
        assert db.execute("SELECT count(*) FROM sources WHERE year = 2019").fetchone()[0] == 2
