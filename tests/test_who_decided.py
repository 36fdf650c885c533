"""Who made each decision (trial K: a two-person review's audit trail said only "the team"), and why a merge was made.

The command line records `--by NAME` (or `CMO_REVIEWER`, else the login name) with each decision; a browser records
the name it was given, and none when it was given none (the server's user is not the person at every browser).
History, its JSON, the web history and the report's audit trail say who. A merge is told by the realist move the
team named: only a consolidation says the configurations "said the same thing".
"""

from __future__ import annotations

import getpass
import os
import urllib.request

import pytest
from browser import chromium  # noqa: F401  (the fixture)
from conftest import DATA
from test_serve import Running, browse, decide

from cmo.models import Decision
from cmo.outputs.events import what_the_team_did


def _last(cmo, target: str) -> dict:
    return cmo.json("history", target)[-1]


def test_by_names_who_decided_in_the_history_and_its_json(demo):
    demo("--by", "Ana Silva", "configs", "edit", "C1", "--title", "Seeing less of the person", "--note", "clearer")
    assert _last(demo, "C1")["by"] == "Ana Silva"
    assert any("round 2  by Ana Silva  edit C1: clearer" in line for line in demo("history", "C1").stdout.splitlines())


def test_the_environment_names_the_reviewer_and_the_option_beats_it(demo, monkeypatch):
    monkeypatch.setenv("CMO_REVIEWER", "Ben Okafor")
    demo("configs", "edit", "C2", "--title", "One", "--note", "first")
    assert _last(demo, "C2")["by"] == "Ben Okafor"
    demo("--by", "Ana Silva", "configs", "edit", "C2", "--title", "Two", "--note", "second")
    assert _last(demo, "C2")["by"] == "Ana Silva"


def test_without_a_name_the_login_name_is_recorded_and_an_empty_name_records_none(demo, monkeypatch):
    monkeypatch.delenv("CMO_REVIEWER", raising=False)
    demo("configs", "edit", "C3", "--title", "One", "--note", "first")
    assert _last(demo, "C3")["by"] == ("" if os.geteuid() == 0 else getpass.getuser())
    demo("--by", "", "configs", "edit", "C3", "--title", "Two", "--note", "second")
    assert _last(demo, "C3")["by"] == ""
    assert "  by " not in demo("history", "C3").stdout.splitlines()[-2]


def test_the_superusers_login_names_no_one():
    """A review run as root (a container, a shared server) records no name rather than "root" in the report."""
    from cmo.commands.review import _login_name

    assert _login_name(uid=0) == ""
    assert _login_name(uid=1000) == getpass.getuser()


def test_a_name_is_one_line_of_printable_text(demo):
    demo("--by", "Ana\n\x00 Silva  " + "x" * 200, "configs", "edit", "C4", "--title", "One", "--note", "n")
    by = _last(demo, "C4")["by"]
    assert by.startswith("Ana Silva x") and len(by) == 80 and by.isprintable()


def test_the_reports_audit_trail_says_who_decided_and_who_ran_refine(unsent, tmp_path):
    unsent("--by", "Ben Okafor", "refine", "--threshold", "0.9")
    unsent("--by", "Chloé Martin", "select", "include", "ayeni2021balint")
    unsent("--by", "Ana Silva", "configs", "merge", "C13", "C14", "--move", "consolidate", "--note", "both about safety")
    unsent("report", "-o", str(tmp_path / "report.md"))
    trail = (tmp_path / "report.md").read_text(encoding="utf-8").split("## Audit trail", 1)[1]
    assert "as saying the same thing: both about safety (realist move: consolidate; decided by Ana Silva)." in trail
    assert "(run by Ben Okafor)." in trail
    checklist = (tmp_path / "report.md").read_text(encoding="utf-8").split("RAMESES", 1)[1]
    assert "the feedback behind it; decisions by Ana Silva (1)." in checklist  # refine is cmo's, not a person's decision
    assert "appraisal are shown; screened by Chloé Martin (1 document)." in checklist


@pytest.mark.parametrize(
    ("move", "told"),
    [
        ("consolidate", "merged C7 into it, as saying the same thing"),
        ("reconcile", "merged C7 into it, reconciling findings that seemed to disagree"),
        ("juxtapose", "merged C7 into it, setting their evidence side by side"),
        ("adjudicate", "merged C7 into it, judging which of their evidence holds"),
        ("situate", "merged C7 into it, placing each finding in the context it came from"),
        (None, "merged C7 into it"),
    ],
)
def test_a_merge_is_told_by_the_move_the_team_named(move, told):
    merge = Decision(action="merge", targets=["C3", "C7"], after={"into": "C3"}, move=move)
    assert what_the_team_did(merge, "C3") == told
    assert what_the_team_did(merge, "C7") == "merged it into C3" + told.removeprefix("merged C7 into it")


def test_a_reconciliation_is_not_told_to_the_group_as_saying_the_same_thing(demo, tmp_path):
    demo("configs", "merge", "C13", "C14", "--move", "reconcile", "--note", "they disagree on who feels safe")
    demo("round", "close", "--note", "second consultation")
    demo("pack", "-o", str(tmp_path / "pack.html"))
    pack = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "reconciling findings that seemed to disagree" in pack and "saying the same thing" not in pack


@pytest.fixture
def served(demo):
    running = Running(demo.folder)
    yield demo, running
    running.stop()


def test_a_browser_decides_as_the_name_it_was_given_and_as_nobody_before(served, chromium):  # noqa: F811
    demo, running = served
    url = f"{running.url}/configurations/C5"
    page, watch = browse(chromium, url)
    assert "decisions from this browser carry no name" in page.inner_text("header")
    decide(page, url, "edit", {"title": "Before a name"})
    assert _last(demo, "C5")["by"] == ""
    page.fill("header input[name=name]", "Chloé <b>Martin</b>")
    page.click("header form button")
    page.wait_for_load_state("load")
    assert page.url.startswith(url) and "recorded as made by Chloé <b>Martin</b>" in page.inner_text("main")
    decide(page, url, "edit", {"title": "After a name"})
    assert _last(demo, "C5")["by"] == "Chloé <b>Martin</b>"
    assert page.input_value("header input[name=name]") == "Chloé <b>Martin</b>"
    history = urllib.request.urlopen(f"{running.url}/history/C5").read().decode()
    assert "Chloé &lt;b&gt;Martin&lt;/b&gt;" in history and "<b>Martin" not in history
    listing = f"{running.url}/sources?status=included"
    page.goto(listing)
    page.fill("header input[name=name]", "Chloé")
    page.click("header form button")
    page.wait_for_load_state("load")
    assert page.url.startswith(listing + "&told=")  # back to the page and its filter, the name said on it
    other, _ = browse(page.context.browser, url)  # another person's browser: no name of its own
    assert "carry no name" in other.inner_text("header")
    other.context.close()
    assert not watch.problems, watch.problems
    page.context.close()


def test_by_may_follow_the_command_as_review_does(demo):
    demo("configs", "edit", "C6", "--title", "One", "--note", "n", "--by", "Dana Lee")
    assert _last(demo, "C6")["by"] == "Dana Lee"


def test_a_change_after_the_last_closed_round_is_told_as_after_it_not_as_a_round_never_held(demo, tmp_path):
    """Trial K: changes after the final round were told as a "round 4" that never took place."""
    demo("configs", "edit", "C1", "--title", "Seeing less of the person", "--note", "clearer")
    demo("report", "-o", str(tmp_path / "before.md"))
    assert "after round 1: The team reworded it: clearer" in (tmp_path / "before.md").read_text(encoding="utf-8")
    told = demo("history", "C1").stdout.splitlines()[-2]
    assert "round 2  " in told  # the round it went into, in the log: the same once round 2 is closed (trial CK)
    demo("round", "close", "--note", "second consultation")
    assert told in demo("history", "C1").stdout.splitlines()
    demo("report", "-o", str(tmp_path / "after.md"))
    assert "round 2: The team reworded it: clearer" in (tmp_path / "after.md").read_text(encoding="utf-8")


def test_a_statements_recoding_from_a_sheet_is_told_field_by_field_in_its_history(demo, tmp_path):
    """Trial K: what a coding sheet changed showed only in `cmo history --json`."""
    import csv

    demo("export", "--format", "csv", "-o", str(tmp_path / "out.csv"))
    with open(tmp_path / "out-statements.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    was = next(row["mechanism"] for row in rows if row["id"] == "S5")
    for row in rows:
        row["mechanism"] = "Staff feel trusted to adapt the visit" if row["id"] == "S5" else row["mechanism"]
    sheet = tmp_path / "recoded.csv"
    with open(sheet, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    demo("--by", "Ana Silva", "code", "import", str(sheet), code=None)
    told = demo("history", "S5").stdout
    assert "by Ana Silva  code-import S5: coding sheet recoded.csv" in told
    assert f'      mechanism: "{was}" -> "Staff feel trusted to adapt the visit"' in told


def test_serve_says_that_by_is_each_browsers_to_give(demo):
    """One server, several people: a name given to `cmo serve` would be silently unused, so it is said."""
    import subprocess
    import sys

    from conftest import REPO
    from test_serve import free_port

    command = [sys.executable, str(REPO / "cli.py"), "--review", str(demo.folder), "--by", "Ana", "serve", "--no-browser"]
    child = subprocess.Popen([*command, "--port", str(free_port())], stderr=subprocess.PIPE, text=True)
    try:
        assert child.stderr.readline().startswith("cmo serve: http://127.0.0.1:")
        assert child.stderr.readline() == (
            "warning: --by is not used by 'cmo serve': each browser gives its own name at the top of the page.\n"
        )
    finally:
        child.terminate()
        child.wait(timeout=10)


def test_who_screens_a_source_one_at_a_time_is_who_screened_it(cmo, tmp_path):
    """RAMESES asks who judged: a source screened at the command line (or in a browser) names the person deciding; a
    sheet's own "screened by" is kept as the sheet says; back to unscreened, nobody has screened it."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "citations" / "same_team_same_year.bib"))
    cmo("--by", "AK", "select", "exclude", "wildman2021", "--reason", "not about link workers")
    assert cmo.json("sources", "show", "wildman2021")["screened_by"] == "AK"
    cmo("--by", "RB", "select", "exclude", "wildman2021", "--reason", "not about link workers")  # no change: still AK's
    assert cmo.json("sources", "show", "wildman2021")["screened_by"] == "AK"
    sheet = tmp_path / "screening.csv"
    sheet.write_text(
        "key,decision,screened by\nwildman2019works,include,AK + RB (consensus)\nwildman2021,unscreened,\n", encoding="utf-8"
    )
    cmo("--by", "AK", "select", "import", str(sheet))  # AK takes back her own exclusion (RB's sheet may not: refused)
    assert cmo.json("sources", "show", "wildman2019works")["screened_by"] == "AK + RB (consensus)"
    assert cmo.json("sources", "show", "wildman2021")["screened_by"] == ""


def test_the_checklist_names_who_screened_as_the_screening_sheet_says(unsent, tmp_path):
    """Trial P: the sheet's "screened by" column (JR) was read and kept, but RAMESES item 9 named only the login that
    imported it ("recorded by root")."""
    keys = [s["key"] for s in unsent.json("sources", "list")][:3]
    sheet = tmp_path / "screening.csv"
    rows = [f"{keys[0]},include,,JR", f"{keys[1]},include,,JR; AB", f"{keys[2]},exclude,wrong population,AB"]
    sheet.write_text("key,decision,reason,screened by\n" + "\n".join(rows) + "\n", encoding="utf-8")
    unsent("--by", "root", "select", "import", str(sheet))
    unsent("report", "-o", str(tmp_path / "report.md"))
    checklist = (tmp_path / "report.md").read_text(encoding="utf-8").split("RAMESES", 1)[1]
    assert "appraisal are shown; screened by AB (2 documents) and JR (2)." in checklist
