"""The whole review as a team runs it, through the CLI, on the shipped example review.

Each test starts from `cmo demo` (ingest, screen, appraise, code, refine, round 1, packs,
report) and goes on the way a reviewer would: re-code, decide, consult, report, export.
"""

from __future__ import annotations

import csv
import json
import sqlite3

import networkx as nx
import pytest
from browser import new_context, open_page
from conftest import REPO

EXAMPLE = REPO / "sources"


def test_demo_builds_an_ordinary_review(demo):
    sources = demo.json("sources", "list")
    assert len(sources) == 16 and sum(s["status"] == "included" for s in sources) == 13
    configs = demo.json("configs", "list")
    assert len(configs) >= 6
    assert all(c["statements"] and c["sources"] and c["strength"] for c in configs)
    assert (demo.folder / "packs" / "pack-round-1.html").is_file()
    assert (demo.folder / "packs" / "pack-round-1-cyp.html").is_file()
    assert (demo.folder / "report.html").is_file()
    assert demo.json("round", "list")[0]["round"] == 1


def test_coding_sheet_round_trip_to_trace(demo, tmp_path):
    sheet = tmp_path / "sheet.csv"
    demo("code", "template", "-o", str(sheet))
    rows = list(csv.DictReader(sheet.open(encoding="utf-8-sig")))
    assert len(rows) == 38 and rows[0]["id"] == "S1"
    rows[0]["note"] = "checked by a second coder"
    rows.append(
        {
            **{k: "" for k in rows[0]},
            "source": "cooper2024peer",
            "context": "Wards introducing peer workers",
            "mechanism": "service users feel understood by someone who has been there",
            "outcome": "more hope",
            "quote": "shared lived experience",
            "page": "4",
            "coder": "EF",
        }
    )
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    summary = demo.json("code", "import", str(sheet))
    assert (summary["added"], summary["updated"]) == (1, 1)
    assert demo.json("code", "show", "S1")["note"] == "checked by a second coder"
    assert demo.json("code", "show", "S39")["source"] == "cooper2024peer"
    config = demo.json("configs", "list")[0]
    traced = demo.json("trace", config["id"])
    assert {s["id"] for s in traced["statements"]} == set(config["statements"])
    assert {s["key"] for s in traced["sources"]} == set(config["sources"]) | set(config["contradicting_sources"])
    assert all(s["quote"] for s in traced["statements"])


def test_a_bad_sheet_imports_nothing_and_names_row_and_column(demo, tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        "id,source,context,mechanism,outcome,quote,page,domain,groups,coder,note\n"
        ",cooper2024peer,ctx,mech,out,q,1,,,AB,\n"
        ",cooper2024pear,ctx,mech,out,q,1,,,AB,\n"
        ",cooper2024peer,,,,q,1,,,AB,\n"
        ",cooper2024peer,ctx,mech,out,q,1,nowhere,,AB,\n",
        encoding="utf-8",
    )
    before = demo.json("code", "list")
    result = demo("code", "import", str(sheet), code=2)
    assert "row 3, column source" in result.stderr and "cooper2024peer" in result.stderr
    assert "row 4" in result.stderr and "row 5, column domain" in result.stderr
    assert demo.json("code", "list") == before


def test_decisions_survive_refine_and_tell_their_story(demo):
    configs = demo.json("refine", "--domain", "safety")
    assert configs and all(c["domain"] == "safety" for c in configs)
    first, second = demo.json("configs", "list")[:2]
    demo("configs", "merge", first["id"], second["id"], "--move", "consolidate", "--note", "same mechanism")
    demo("configs", "edit", first["id"], "--title", "Feeling safe enough to speak", "--move", "reconcile")
    again = {c["id"]: c for c in demo.json("refine")}
    assert again[first["id"]]["title"] == "Feeling safe enough to speak"
    assert set(first["statements"]) | set(second["statements"]) <= set(again[first["id"]]["statements"])
    assert second["id"] not in again
    story = demo.json("history", first["id"])
    actions = [d["action"] for d in story]
    assert actions[0] == "refine" and actions.index("merge") < actions.index("edit")
    merge = story[actions.index("merge")]
    assert merge["move"] == "consolidate" and merge["note"] == "same mechanism"
    demo("configs", "show", second["id"], code=2)


def test_history_is_append_only(demo):
    db = sqlite3.connect(demo.folder / "review.db")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM history")


def test_consultation_round_trip_in_a_real_browser(demo, chromium, tmp_path):  # noqa: F811
    """Fill round 1's pack in Chromium, import it, decide citing it, close round 2: the pack says why."""
    configs = demo.json("configs", "list")
    target = configs[0]["id"]
    page, watch = open_page(chromium, demo.folder / "packs" / "pack-round-1.html", context=new_context(chromium))
    page.get_by_label("Your pseudonym (required)").fill("Quiet Otter")
    section = page.locator(f"#cfg-{target}")
    section.get_by_label("Partly").check()
    section.get_by_label("What is missing or wrong?").fill("It depends on having a room of your own.")
    with page.expect_download() as download:
        page.get_by_role("button", name="Save my answers as a file").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert watch.problems == []
    imported = demo.json("feedback", "import", str(saved))
    assert imported["added"] == 1
    assert demo.json("feedback", "import", str(saved))["added"] == 0
    feedback_id = imported["feedback"][0]
    summary = {row["configuration"]: row for row in demo.json("feedback", "summary")}
    assert summary[target]["partly"] == 1
    assert demo.json("configs", "show", target)["feedback"]["partly"] == 1
    demo(
        "configs",
        "edit",
        target,
        "--context",
        "People with a private room of their own",
        "--because",
        feedback_id,
        "--move",
        "reconcile",
        "--note",
        "the reference group told us",
    )
    demo("configs", "cite", target, "--feedback", feedback_id, "--note", "a lived-experience view we cite")
    assert demo.json("configs", "show", target)["feedback_evidence"] == [feedback_id]
    closed = demo("round", "close", "--note", "second round", code=1)  # said: key contexts still in the members' words
    assert f"{target}'s context was reworded because of the group's answers" in closed.stderr
    demo("pack", "--round", "2", "-o", str(tmp_path / "round2.html"))
    html = (tmp_path / "round2.html").read_text(encoding="utf-8")
    assert "It depends on having a room of your own." in html
    assert "People with a private room of their own" in html
    # a partly agreeing answer is named so wherever it is cited (helper N5, trial DD 5)
    assert "Expert reference group, round 1, who partly agreed: “It depends on having a room of your own.”" in html
    assert "Quiet Otter" not in html  # pseudonyms are never shown
    page, watch = open_page(chromium, tmp_path / "round2.html")
    assert watch.problems == []


def test_report_flow_matches_sources_and_every_configuration_traces(demo, tmp_path):
    sources = demo.json("sources", "list")
    demo("report", "--format", "md", "-o", str(tmp_path / "report.md"))
    text = (tmp_path / "report.md").read_text(encoding="utf-8")
    records = sum(len(s["records"]) for s in sources)
    included = sum(s["status"] == "included" for s in sources)
    assert f"Records identified | {records}" in text or f"Records identified: {records}" in text
    assert str(included) in text
    for config in demo.json("configs", "list"):
        assert config["title"] in text
        assert demo.json("trace", config["id"])["sources"]


def test_exports_open_and_bibtex_reingests_with_nothing_lost(demo, tmp_path, cmo_factory):
    demo("export", "--format", "bib", "-o", str(tmp_path / "included.bib"))
    fresh = cmo_factory(tmp_path / "fresh")
    fresh("init", str(fresh.folder))
    summary = fresh.json("ingest", str(tmp_path / "included.bib"))
    assert summary["added"] == 13 and summary["problems"] == []
    original = {s["key"]: s for s in demo.json("sources", "list") if s["status"] == "included"}
    for source in fresh.json("sources", "list"):
        before = original[source["key"]]
        for name in ("title", "authors", "year", "doi", "pmid", "container", "url", "grey", "type"):
            assert source[name] == before[name], (source["key"], name)
    import docx
    import openpyxl

    demo("export", "--format", "xlsx", "-o", str(tmp_path / "review.xlsx"))
    workbook = openpyxl.load_workbook(tmp_path / "review.xlsx")
    assert workbook.worksheets[0].max_row >= 2
    demo("export", "--format", "docx", "-o", str(tmp_path / "table.docx"))
    assert docx.Document(tmp_path / "table.docx").tables
    demo("export", "--format", "graphml", "-o", str(tmp_path / "g.graphml"))
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert sum(1 for _, d in graph.nodes(data=True) if d.get("kind") == "statement") == 38
    demo("export", "--format", "json", "-o", str(tmp_path / "all.json"))
    assert json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))


def test_the_demo_names_the_command_as_it_can_be_run(tmp_path):
    """Trial H: after the README's first command (a venv not activated), the demo's "Then try: cmo configs list"
    failed: `cmo` was only in .venv/bin. It names the path it was run by when `cmo` alone would not find it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    cmo = Path(sys.executable).parent / "cmo"
    if not cmo.exists():
        pytest.skip("cmo is not installed as a command beside this Python")
    env = {**os.environ, "PATH": "/usr/bin:/bin"}
    out = subprocess.run([str(cmo), "demo", str(tmp_path / "demo")], capture_output=True, text=True, env=env, check=True)
    assert f"&& {cmo.resolve()} configs list" in out.stdout
