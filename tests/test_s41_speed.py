"""Everyday commands on a large review read what the last write kept rather than read every member's words again (issue
15: `configs list` of 459 configurations, 10,000 statements): which members count on neither side, kept under a key of
the configuration and its members as they were, read again once either changes or the rules do; the outcome readings of
the configurations' own outcomes; and a source's look-alikes of its own year only."""

from __future__ import annotations

from contextlib import closing

from cmo.commands.review import open_review
from cmo.models import Statement
from cmo.store import Reading
from cmo.synthesis.evidence import _outcome_is_negative, undecided_ids

GARDENS = (
    "source,context,mechanism,outcome\n"
    "{key},Residents of tower blocks given shared garden plots,They meet neighbours while tending the plots,Loneliness fell\n"
    "{key},Residents of tower blocks given a shared garden,They meet their neighbours at the plots,Loneliness fell a lot\n"
    "{key},Residents of tower blocks given garden plots,They meet neighbours at the plots,Loneliness did not change\n"
)


def _gardens(cmo, tmp_path):
    """A review of community gardens: one configuration of three members, the third saying its outcome did not follow,
    which no list names as contradicting it."""
    cmo("init", str(cmo.folder))
    grey = tmp_path / "grey.csv"
    grey.write_text('title,year,author,type\nShared gardens on estates,2022,"Okonjo, T.",report\n', encoding="utf-8")
    cmo("ingest", str(grey))
    sheet = tmp_path / "coding.csv"
    sheet.write_text(GARDENS.format(key=cmo.json("sources", "list")[0]["key"]), encoding="utf-8")
    cmo("code", "import", str(sheet))
    cmo("configs", "new", "--statements", "S1,S2,S3", "--note", "one finding")
    with closing(open_review(cmo.folder)) as review, review.store.transaction():  # as refine places a member: no list
        review.store.put_configurations([review.store.configurations()[0].model_copy(update={"contradicting": []})])


def _reading(rules: str = "these rules") -> Reading:
    """The evidence rules as `commands.review` gives them to the store, under rules named `rules`."""
    return Reading(rules=rules, negative=_outcome_is_negative, undecided=lambda config, held: undecided_ids(config, held))


def _members(store, config) -> dict[str, Statement]:
    return {s.id: s for s in store.statements_with_ids(config.statements) if not s.deleted}


def test_a_write_keeps_which_members_are_undecided_and_a_listing_reads_the_same(cmo, tmp_path):
    _gardens(cmo, tmp_path)
    with closing(open_review(cmo.folder)) as review:
        store = review.store
        store.reading = _reading()
        config = store.configurations()[0]
        read = undecided_ids(config, _members(store, config))
        assert read == ["S3"], "no change in loneliness beside two members where it fell: on neither side"
        with store.transaction():
            store.put_configurations([config])
        assert store.kept_undecided([config]) == {config.id: read}


def test_a_kept_reading_of_undecided_members_holds_only_while_nothing_it_read_changed(cmo, tmp_path):
    _gardens(cmo, tmp_path)
    with closing(open_review(cmo.folder)) as review:
        store = review.store
        store.reading = _reading()
        config = store.configurations()[0]
        with store.transaction():
            store.put_configurations([config])
        assert config.id in store.kept_undecided([config])
        reworded = config.model_copy(update={"outcome": "Residents felt less alone"})
        assert store.kept_undecided([reworded]) == {}, "a configuration edited in memory reads its members again"
        store.reading = _reading("other rules")
        assert store.kept_undecided([config]) == {}, "an upgrade's rules never read what the old ones kept"
        store.reading = _reading()
        member = store.statement("S3")
        with store.transaction():
            store.put_statements([member.model_copy(update={"outcome": "Loneliness fell slightly"})])
        assert store.kept_undecided([config]) == {}, "a member edited since: read again"
        with store.transaction():
            store.put_configurations([config])
        assert store.kept_undecided([config]) == {config.id: []}, "S3 now says loneliness fell too"
        held = store.db.execute("SELECT count(*) FROM undecided WHERE config = ?", (config.id,)).fetchone()[0]
        assert held == 1, "what was kept of it as it was before goes"


def test_the_configurations_own_outcome_keeps_its_reading(cmo, tmp_path):
    _gardens(cmo, tmp_path)
    with closing(open_review(cmo.folder)) as review:
        store = review.store
        store.reading = Reading(rules="these rules", negative=_outcome_is_negative)
        config = store.configurations()[0].model_copy(update={"outcome": "Nobody on the estate felt less alone"})
        with store.transaction():
            store.put_configurations([config])
        assert store.kept_readings([config.outcome]) == {config.outcome: _outcome_is_negative(config.outcome)}


def test_a_listing_of_a_review_whose_writes_kept_nothing_reads_and_writes_nothing(cmo, tmp_path):
    """A review written before the cache (no `undecided` table) lists as it did, and a listing never makes the table."""
    import sqlite3

    _gardens(cmo, tmp_path)
    with closing(sqlite3.connect(cmo.folder / "review.db")) as db, db:
        db.execute("DROP TABLE IF EXISTS undecided")
    listed = cmo.json("configs", "list")
    assert listed[0]["undecided"] == ["S3"]
    with closing(open_review(cmo.folder)) as review:
        review.store.reading = _reading()
        assert review.store.kept_undecided(review.store.configurations()) == {}
    with closing(sqlite3.connect(cmo.folder / "review.db")) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "undecided" not in tables


def test_a_sources_look_alikes_are_read_of_its_year_only(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    grey = tmp_path / "grey.csv"
    grey.write_text(
        "title,year,author,type\n"
        'Bus routes and hospital visits,2019,"Lindqvist, M.",report\n'
        'Night buses and shift workers,2019,"Lindqvist, M.",report\n'
        'Rural bus timetables,2020,"Lindqvist, M.",report\n'
        'Bus passes for carers,,"Lindqvist, M.",report\n',
        encoding="utf-8",
    )
    cmo("ingest", str(grey))
    with closing(open_review(cmo.folder)) as review:
        store = review.store
        titles = lambda found: sorted(s.title for s in found)  # noqa: E731
        assert len(store.sources_holding("Lindqvist")) == 4
        of_2019 = ["Bus routes and hospital visits", "Night buses and shift workers"]
        assert titles(store.sources_holding("Lindqvist", 2019)) == of_2019
        assert titles(store.sources_holding("Lindqvist", None)) == ["Bus passes for carers"]
        assert store.sources_holding("Lindqvist", 2021) == []


def test_statements_are_given_in_id_order_however_many_are_named(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    with closing(open_review(cmo.folder)) as review:
        store = review.store
        numbers = [7, 600, 12, 1, 501, 70, 2]
        with store.transaction():
            store.put_statements(Statement(id=f"S{n}", source="k", outcome=f"Queue {n} shortened") for n in range(1, 650))
        assert [s.id for s in store.statements_with_ids(f"S{n}" for n in numbers)] == [f"S{n}" for n in sorted(numbers)]
        assert [s.id for s in store.statements_with_ids([f"S{n}" for n in range(649, 0, -1)])] == [f"S{n}" for n in range(1, 650)]
