"""What a careful user runs into: re-coding, regrouping, odd output paths, typos, bad settings."""

from __future__ import annotations

import csv
import json
import sqlite3

from conftest import DATA


def rewrite_sheet(demo, tmp_path, change) -> None:
    sheet = tmp_path / "sheet.csv"
    demo("code", "template", "-o", str(sheet))
    rows = list(csv.DictReader(sheet.open(encoding="utf-8-sig")))
    change(rows)
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    demo("code", "import", str(sheet))


def test_refine_saves_a_new_domain_and_wording_from_a_recoded_sheet(unsent, tmp_path):
    demo = unsent  # refine re-forms configurations no round sent out
    config = next(c for c in demo.json("configs", "list") if "S3" in c["statements"])
    members = set(config["statements"])

    def recode(rows):
        for row in rows:
            if row["id"] in members:
                row["domain"] = "flexibility"
                row["mechanism"] = "Choosing how to meet keeps people in charge of their care"

    rewrite_sheet(demo, tmp_path, recode)
    refined = {c["id"]: c for c in demo.json("refine")}[config["id"]]
    stored = demo.json("configs", "show", config["id"])
    assert refined["domain"] == stored["domain"] == "flexibility"
    assert stored["mechanism"] == "Choosing how to meet keeps people in charge of their care"
    refined_at = [d for d in demo.json("history", config["id"]) if d["action"] == "refine"][-1]
    assert refined_at["before"]["wording"][config["id"]]["mechanism"] == config["mechanism"]  # the audit trail tells old → new
    assert refined_at["after"]["wording"][config["id"]]["mechanism"] == stored["mechanism"]
    assert refined_at["after"]["wording"][config["id"]]["domain"] == "flexibility"


def test_a_consulted_configuration_recoded_elsewhere_keeps_its_domain_and_refine_says_so(demo, tmp_path):
    """Trial E: one coder recoding statements moved a consulted configuration to another domain. Now it stays (the
    group was consulted on it there), its new wording is taken from the recoded members, and refine names the move."""
    config = next(c for c in demo.json("configs", "list") if "S3" in c["statements"])
    members = set(config["statements"])
    target = next(d for d in ("flexibility", "safety") if d != config["domain"])

    def recode(rows):
        for row in rows:
            if row["id"] in members:
                row["domain"] = target

    rewrite_sheet(demo, tmp_path, recode)
    said = demo("refine").stderr
    assert demo.json("configs", "show", config["id"])["domain"] == config["domain"]
    assert (
        f"{config['id']} (pinned) stays in {config['domain']}, though {len(members)} of its {len(members)} statements are now "
        f"coded to {target}; 'cmo configs move {config['id']} --domain {target}'" in said
    )
    demo("configs", "move", config["id"], "--domain", target)
    assert f"{config['id']} (pinned) stays" not in demo("refine").stderr


def test_configurations_carry_their_statements_groups_into_group_packs(demo):
    tagged = [c for c in demo.json("configs", "list") if "inpatient-crisis" in c["groups"]]
    assert tagged
    pack = (demo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8")
    demo("pack", "--group", "inpatient-crisis", "-o", str(demo.folder / "crisis.html"))
    crisis = (demo.folder / "crisis.html").read_text(encoding="utf-8")
    assert "No configuration is marked as especially relevant" not in crisis
    assert pack != crisis


def _detach_central(review):
    config = next(c for c in review.json("configs", "list") if len(c["statements"]) >= 3 and not c["contradicting"])
    central = next(s for s in config["statements"] if review.json("code", "show", s)["mechanism"] == config["mechanism"])
    said = review("configs", "detach", central).stderr
    after = review.json("configs", "show", config["id"])
    assert central not in after["statements"]
    return config, central, after, said


def test_detaching_the_central_statement_rewords_the_configuration(unsent):
    config, central, after, said = _detach_central(unsent)
    assert after["mechanism"] != config["mechanism"] and "worded again from its members" in said


def test_detaching_the_central_statement_of_one_the_group_rated_keeps_its_words_and_says_so(demo):
    """Trial V: words the reference group rated stay until a person rewords them."""
    config, central, after, said = _detach_central(demo)
    assert after["mechanism"] == config["mechanism"]
    assert f"{config['id']} is worded from {central}, now detached: its words stay until you reword it" in said


def test_excluding_a_coded_source_warns_where_its_statements_count(demo):
    result = demo("select", "exclude", "cooper2024peer", "--reason", "full text shows a different population", code=1)
    assert "cooper2024peer has 4 coded statements (in " in result.stderr


def test_output_paths_missing_folders_and_links(demo, tmp_path):
    result = demo("report", "-o", str(tmp_path / "missing" / "report.html"), code=2)
    assert "folder" in result.stderr and "missing" in result.stderr and "unexpected" not in result.stderr
    real = tmp_path / "real.html"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(real)
    demo("report", "-o", str(link))
    assert link.is_symlink() and "RAMESES" in real.read_text(encoding="utf-8")


def test_an_ingest_that_fails_leaves_no_review_behind(cmo_factory, tmp_path):
    typo = cmo_factory(tmp_path / "typo" / "review")
    empty = tmp_path / "empty.bib"
    empty.write_text("", encoding="utf-8")
    typo("ingest", str(empty), code=2)
    assert not (tmp_path / "typo" / "review").exists()
    assert "the file is BibTeX" in typo("ingest", str(DATA / "traps.bib"), "--format", "medline", code=2).stderr
    assert not (tmp_path / "typo" / "review").exists()


def test_bad_settings_in_review_yaml_are_named(demo):
    config = demo.folder / "review.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "settings:\n  merge_threshold: high\n", encoding="utf-8")
    result = demo("refine", code=2)
    assert "merge_threshold" in result.stderr and "review.yaml" in result.stderr


def test_small_slips_are_caught(demo, tmp_path):
    config = demo.json("configs", "list")[0]
    first = config["statements"][0]
    demo("configs", "split", config["id"], "--statements", f"{first},{first.lower()}")
    assert demo.json("configs", "list")[-1]["statements"] == [first]
    demo("refine", "--threshold", "5", code=2)
    assert demo.json("trace", config["id"].lower())["id"] == config["id"]
    sheet = tmp_path / "again.csv"
    demo("code", "template", "-o", str(sheet))
    rows = list(csv.DictReader(sheet.open(encoding="utf-8-sig")))
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({**row, "id": ""} for row in rows[:3])
    summary = demo.json("code", "import", str(sheet))
    assert summary["added"] == 0 and len(summary["warnings"]) == 1  # the three rows said in one line
    assert "3 rows (2, 3, 4) repeat statements word for word" in summary["warnings"][0]


def test_feedback_ids_in_any_case(demo, tmp_path):
    answers = tmp_path / "answers.json"
    target = demo.json("configs", "list")[0]["id"]
    answers.write_text(
        json.dumps(
            {
                "format": "cmo-feedback",
                "version": 1,
                "round": 1,
                "respondent": "Grey Wren",
                "answers": [{"configuration": target.lower(), "rating": "agree"}],
            }
        ),
        encoding="utf-8",
    )
    assert demo.json("feedback", "import", str(answers))["added"] == 1
    db = sqlite3.connect(demo.folder / "review.db")
    assert db.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == 1
