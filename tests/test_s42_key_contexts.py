"""A person can clear a configuration's key contexts, and the clearing sticks (trial AW 9: `configs edit C5
--key-contexts ""` changed nothing, and the members' contexts — "Baltimore" — came back in packs, report and the round
check)."""

from __future__ import annotations

import csv


def _member_contexts_shown(cmo, config_id: str) -> str:
    cmo("export", "-o", str(cmo.folder / "table.csv"))
    with open(cmo.folder / "table.csv", encoding="utf-8-sig", newline="") as handle:
        return next(row["key_contexts"] for row in csv.DictReader(handle) if row["id"] == config_id)


def test_clearing_key_contexts_empties_them_everywhere_and_survives_refine(demo):
    shown = _member_contexts_shown(demo, "C5")
    assert shown, "C5 of the example shows its members' contexts as key contexts"
    result = demo("configs", "edit", "C5", "--key-contexts", "", "--note", "its members' contexts add nothing")
    assert "Edited C5" in result.stdout
    demo("refine")
    assert _member_contexts_shown(demo, "C5") == ""
    demo("report")
    report = (demo.folder / "report.html").read_text(encoding="utf-8")
    assert "the review team&#39;s decision" in report or "the review team's decision" in report
    demo("round", "close", "--note", "second round")
    demo("pack")
    pack = (demo.folder / "packs" / "pack-round-2.html").read_text(encoding="utf-8")
    assert shown.split(";")[0] not in pack
    assert [d for d in demo.json("history", "C5") if d["action"] == "edit"]


def test_clearing_cleared_key_contexts_again_records_nothing(demo):
    demo("configs", "edit", "C5", "--key-contexts", "")
    edits = len(demo.json("history", "C5"))
    result = demo("configs", "edit", "C5", "--key-contexts", "")
    assert "nothing was changed" in result.stdout + result.stderr
    assert len(demo.json("history", "C5")) == edits


def test_key_contexts_written_by_a_person_are_kept_as_written(demo):
    demo("configs", "edit", "C5", "--key-contexts", "Acute wards with a peer worker on every shift")
    demo("refine")
    assert _member_contexts_shown(demo, "C5") == "Acute wards with a peer worker on every shift"


def test_configs_show_says_the_key_contexts_a_person_wrote_or_cleared(demo):
    assert "key contexts:" not in demo("configs", "show", "C5").stdout  # its members', listed beside it
    demo("configs", "edit", "C5", "--key-contexts", "Acute wards with a peer worker on every shift")
    assert "key contexts: Acute wards with a peer worker on every shift" in demo("configs", "show", "C5").stdout
    demo("configs", "edit", "C5", "--key-contexts", "")
    assert "key contexts: none (cleared by the team)" in demo("configs", "show", "C5").stdout


def test_a_members_context_of_several_parts_lists_each_part_once(tmp_path):
    """Trial BB: a member coded with two context codes ('restorative practice adopted; Black pupils…') beside members
    coded with the first alone showed 'Restorative practice adopted; Restorative practice adopted; Black pupils…' as
    the key contexts, in the pack, report and exports. Tested on pharmacists' follow-up calls."""
    from sheet_reviews import cmo_run, review_from_rows

    calls, doses = "Pharmacists phone patients after discharge", "Fewer missed doses"
    rows = [
        ("p1", "Rural pharmacies", calls, doses),
        ("p2", "Rural pharmacies; Patients living alone", calls, doses),
        ("p3", "Urban pharmacies", calls, doses),
    ]
    review = review_from_rows(tmp_path, rows)
    made = cmo_run("configs", "new", "--statements", "S1,S2,S3", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    assert cmo_run("export", "-o", "table.csv", cwd=review).returncode in (0, 1)
    with open(review / "table.csv", encoding="utf-8-sig", newline="") as handle:
        (row,) = [r for r in csv.DictReader(handle) if r["statements"].count("S") == 3]
    shown = [part.casefold() for part in row["key_contexts"].split("; ")]
    own = {part.casefold() for part in row["context"].split("; ")}
    assert len(shown) == len(set(shown)) and not own & set(shown), (row["context"], row["key_contexts"])
    assert {"rural pharmacies", "patients living alone", "urban pharmacies"} == own | set(shown)
