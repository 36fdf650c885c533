"""A listing of every configuration names nearly every statement: their standings are read by walking the index that
holds them once, not by 500-id lookups (issue 15: `configs list` on 10,000 statements, 20 lookups costing SQLite five
times one walk). A command that names few statements (one configuration) still looks them up. Either way the same
standings come back, in the same order, and a statement not named is never among them."""

from __future__ import annotations

from contextlib import closing

from cmo.commands.review import open_review
from cmo.models import Statement

WARDS = ("Nurses on night shifts on surgical wards", "Handover at the bedside", "Falls at night went down")


def _store_of_wards(cmo, count: int):
    """A review of bedside handover on hospital wards: `count` statements, every seventh flagged by its coder as
    contradicting and every eleventh deleted, written straight into the store."""
    cmo("init", str(cmo.folder))
    review = open_review(cmo.folder)
    context, mechanism, outcome = WARDS
    statements = [
        Statement(
            id=f"S{i}",
            source=f"ward{i % 40}",
            context=context,
            mechanism=mechanism,
            outcome=outcome,
            contradicts=i % 7 == 0,
            deleted=i % 11 == 0,
        )
        for i in range(1, count + 1)
    ]
    with review.store.transaction():
        review.store.put_statements(statements)
    return review


def _queries(store, read) -> tuple[object, list[str]]:
    said: list[str] = []
    store.db.set_trace_callback(said.append)
    try:
        found = read()
    finally:
        store.db.set_trace_callback(None)
    return found, [q for q in said if "standing" in q]


def test_standings_of_most_statements_are_read_in_one_walk_and_match_the_lookups(cmo):
    with closing(_store_of_wards(cmo, 1_200)) as review:
        store = review.store
        named = [f"S{i}" for i in range(1, 1_201) if i % 5]  # 960 of 1,200: most of them
        walked, queries = _queries(store, lambda: store.statement_standings(named))
        assert len(queries) == 1, "one walk of the index, not a lookup per 500 ids"
        looked_up = [s for start in range(0, len(named), 100) for s in store.statement_standings(named[start : start + 100])]
        assert sorted(s.id for s in walked) == sorted(named), "every one named, and none that was not"
        assert {s.id: s for s in walked} == {s.id: s for s in looked_up}, "the same standing either way"
        assert [s.id for s in walked] == sorted(named), "in the index's order, as the lookups give them"
        s7 = next(s for s in walked if s.id == "S7")
        assert s7.contradicts and not s7.deleted and s7.source == "ward7"


def test_standings_of_a_few_statements_are_still_looked_up(cmo):
    with closing(_store_of_wards(cmo, 1_200)) as review:
        store = review.store
        named = ["S3", "S22", "S1100", "S9999"]  # one configuration's members; S9999 was never written
        found, queries = _queries(store, lambda: store.statement_standings(named))
        assert len(queries) == 1 and " IN (" in queries[0], "looked up by id, not the whole index walked"
        assert [s.id for s in found] == ["S1100", "S22", "S3"]
        assert next(s for s in found if s.id == "S22").deleted
