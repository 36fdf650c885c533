"""The choices cli.py spells out for a fast `--help` are the models' own lists (its import rules are in test_layout.py)."""

from __future__ import annotations

from typing import get_args

import click
import pytest

from cli import cli
from cmo.models import Backend, ExportFormat, Format, Level, Origin, RealistMove, ReportFormat, Screening, Status


def commands(group: click.Group = cli, path: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))


def choices(option_name: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    found = {}
    for path, command in commands():
        for param in command.params:
            if option_name in param.opts and isinstance(param.type, click.Choice):
                found[path] = tuple(param.type.choices)
    return found


@pytest.mark.parametrize(
    ("option", "literal", "extra", "where"),
    [
        ("--origin", Origin, (), {("ingest",)}),
        ("--status", Screening, (), {("sources", "list"), ("select", "template")}),
        ("--as", Status, (), {("select", "import")}),
        ("--relevance", Level, (), {("appraise",)}),
        ("--rigour", Level, (), {("appraise",)}),
        ("--move", RealistMove, (), None),
        ("--backend", Backend, (), {("refine",)}),
    ],
)
def test_the_cli_choices_are_the_models_literals(option, literal, extra, where):
    found = choices(option)
    assert found and (where is None or set(found) == where)
    for path, listed in found.items():
        assert set(listed) == set(get_args(literal)) | set(extra), f"cmo {' '.join(path)} {option}"


def test_the_format_choices_are_the_models_literals():
    formats = choices("--format")
    assert formats[("ingest",)] == ("auto", *get_args(Format))
    assert formats[("export",)] == get_args(ExportFormat)
    assert formats[("report",)] == get_args(ReportFormat)


def test_every_decision_command_offers_every_realist_move():
    moves = choices("--move")
    looks = (("list",), ("show",), ("evidence",), ())
    decisions = {path for path, _ in commands() if path[:1] == ("configs",) and path[1:] not in looks}
    assert decisions <= set(moves)


def test_the_engine_lists_are_the_same_literals():
    from cmo.outputs.export import FORMATS
    from cmo.synthesis.backends import BACKENDS

    assert FORMATS == get_args(ExportFormat) and BACKENDS == get_args(Backend)


def test_history_of_one_id_is_exactly_the_decisions_naming_it(demo):
    """`cmo history C1` is chosen in SQL: C1's decisions, not C10's or C11's, in order, the same as filtering all."""
    from cmo.commands.review import open_review

    review = open_review(str(demo.folder))
    try:
        every = review.store.history()
        for target in ("C1", "C10", "S1", "schlief2022telemental"):
            assert review.store.history(target) == [d for d in every if target in d.targets]
        refines = [d for d in every if d.action == "refine"]
        assert review.store.last_recorded("refine", "suggested") == refines[-1].after["suggested"]
        assert (
            review.store.last_recorded("refine", "no-such") is None and review.store.last_recorded("no-such", "suggested") is None
        )
    finally:
        review.close()


def test_the_text_views_show_what_their_help_promises(demo):
    """`configs show` lists statements and sources, `sources show` the appraisal, `graph stats` reads as words."""
    config = demo.json("configs", "show", "C1")
    shown = demo("configs", "show", "C1").stdout
    assert f"statements: {', '.join(config['statements'])}" in shown.replace(" (contradicting)", "")
    assert f"supporting sources: {', '.join(config['sources'])}" in shown
    appraised = next(s for s in demo.json("sources", "list") if s["rigour"])
    assert f"rigour {appraised['rigour']}" in demo("sources", "show", appraised["key"]).stdout
    stats = demo("graph", "stats").stdout
    assert "nodes by kind: " in stats and "{" not in stats and "[" not in stats
    out = config["statements"][0]
    demo("configs", "detach", out, "--note", "off topic")
    shown = demo("code", "show", out).stdout
    assert f"yes ('cmo history {out}' says why)" in shown and "True" not in shown


def test_the_indexed_lookups_give_what_reading_every_row_gives(demo):
    """`code show` finds a statement's configurations, and every command the domains in use, without validating
    every row; each must say exactly what the whole review says, retired configurations and deleted statements
    left out, a configuration whose text merely mentions an id not counted."""
    from cmo.commands.review import open_review

    demo("configs", "edit", "C2", "--mechanism", 'staff recall "S1" and S10 from the pilot', "--note", "wording")
    demo("code", "delete", "S4", "--note", "a duplicate")
    demo("configs", "retire", "C5", "--note", "folded into C1")
    review = open_review(str(demo.folder))
    try:
        configs = review.store.configurations()
        for statement in review.store.statements(include_deleted=True):
            whole = [c.id for c in configs if statement.id in c.statements]
            assert [c.id for c in review.store.configurations_holding(statement.id)] == whole
        live = [s for s in review.store.statements() if not s.deleted]
        assert review.store.domains_in_use() == {x.domain for x in [*configs, *live] if x.domain}
        users = review.store.domain_users()
        assert review.store.domain_users({"safety"}) == {k: v for k, v in users.items() if k == "safety"}
    finally:
        review.close()


def test_a_configuration_is_found_by_the_number_the_tables_give_it_and_by_its_id_as_typed(demo, tmp_path):
    """Trial C: the exports label configurations "CMO 1.3", yet `configs accept "CMO 1.3"` refused it, as "C03"."""
    import csv

    demo("export", "--format", "csv", "-o", str(tmp_path / "x.csv"))
    with (tmp_path / "x.csv").open(encoding="utf-8-sig", newline="") as handle:
        numbered = {row["number"]: row["id"] for row in csv.DictReader(handle)}
    for number, config_id in list(numbered.items())[:4]:
        assert demo.json("configs", "show", number)["id"] == config_id
    assert demo.json("configs", "show", " c03 ")["id"] == "C3"
    assert "'CMO 9.9' is not in this review" in demo("configs", "show", "CMO 9.9", code=2).stderr
