"""`cmo domains`: a slug renamed everywhere at once, and a slug renamed by hand in review.yaml detected and explained."""

from __future__ import annotations

import sqlite3


def _statement_domains(folder) -> list[str]:
    with sqlite3.connect(folder / "review.db") as db:
        return [row[0] for row in db.execute("SELECT json_extract(data, '$.domain') FROM statements")]


def test_rename_reaches_review_yaml_statements_configurations_rounds_and_history(demo, tmp_path):
    config_file = demo.folder / "review.yaml"
    config_file.write_text(
        config_file.read_text(encoding="utf-8").replace("- slug: safety\n", "- slug: safety  # agreed\n"), encoding="utf-8"
    )
    in_safety = [c["id"] for c in demo.json("configs", "list", "--domain", "safety")]
    renamed = demo.json("domains", "rename", "safety", "safe-care", "--note", "clearer for the ERG")
    assert renamed["review_yaml"] and renamed["configurations"] == in_safety and renamed["rounds"] == [1]
    text = config_file.read_text(encoding="utf-8")
    assert "- slug: safe-care  # agreed\n" in text and text.startswith("# The review: people edit this file")
    assert [c["id"] for c in demo.json("configs", "list", "--domain", "safe-care")] == in_safety
    assert "safety" not in _statement_domains(demo.folder) and "safe-care" in _statement_domains(demo.folder)
    assert demo.json("domains", "list")[2]["slug"] == "safe-care"
    assert [d["action"] for d in demo.json("history", in_safety[0])][-1] == "domain-rename"
    demo("pack", "--round", "1", "-o", str(tmp_path / "pack.html"))
    assert "Safety, privacy and confidentiality" in (tmp_path / "pack.html").read_text(encoding="utf-8")


def test_a_slug_renamed_by_hand_is_explained_and_refine_refuses_until_it_is_renamed(demo):
    config_file = demo.folder / "review.yaml"
    config_file.write_text(config_file.read_text(encoding="utf-8").replace("slug: safety", "slug: privacy"), encoding="utf-8")
    for command in (("configs", "list"), ("report",), ("domains", "list")):
        result = demo(*command)
        assert ("domain 'safety', which review.yaml no longer lists" in result.stderr) == (command[0] != "domains")
    assert "cmo domains rename safety privacy" in demo("configs", "list").stderr
    before = demo.json("configs", "list")
    refused = demo("refine", code=2)
    assert "nothing was changed" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert demo.json("configs", "list") == before
    orphan = demo.json("domains", "list")[-1]
    assert (orphan["slug"], orphan["listed"]) == ("safety", False) and orphan["configurations"]
    renamed = demo.json("domains", "rename", "safety", "privacy")
    assert not renamed["review_yaml"] and renamed["configurations"] == orphan["configurations"]
    assert demo("refine").stderr.count("warning") == 0


def test_bad_renames_change_nothing(demo):
    before = (demo.folder / "review.yaml").read_text(encoding="utf-8"), _statement_domains(demo.folder)
    for args, words in (
        (["safety", "connecting"], "renaming would merge them"),
        (["safety", "Bad Slug"], "cannot be a slug"),
        (["nope", "other"], "domain 'nope' is neither"),
        (["safety", "safety"], "same slug"),
    ):
        result = demo("domains", "rename", *args, code=2)
        assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert ((demo.folder / "review.yaml").read_text(encoding="utf-8"), _statement_domains(demo.folder)) == before


def test_a_sheet_written_before_a_rename_imports_to_the_domain_as_it_is_called_now(demo, tmp_path):
    """Trial B: after `domains rename fit activity-fit`, the team's older sheet was refused: "'fit' is not a domain"."""
    import csv

    demo("domains", "rename", "safety", "safe-care")
    demo("domains", "rename", "safe-care", "privacy")
    source = demo.json("code", "show", "S1")["source"]
    sheet = tmp_path / "older.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [["source", "context", "mechanism", "outcome", "domain"], [source, "At home", "Staff call back", "Trust", "Safety"]]
        )
    added = demo.json("code", "import", str(sheet))["statements"][0]
    assert demo.json("code", "show", added)["domain"] == "privacy"
