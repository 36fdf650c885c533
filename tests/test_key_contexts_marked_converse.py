"""Left-over fault F2 3 (trial DB's S12): a member a person marked supporting whose outcome is the configuration's
converse gave its context as a key context, though that context is where the configuration did not hold ("medical wards
after a run of false alarms → nurses mistrust the scores → act on alerts less often" listed as key to "nurses trust the
scores → act on alerts more often"). The person's mark still counts it as support; its context is left out of the key
contexts (`evidence.marked_converse`), and `cmo code mark` says so, with the edit that words them by hand. A member
marked supporting that is no converse (its mechanism as the configuration's) keeps its context, as the person said."""

from __future__ import annotations

import csv
import json

from sheet_reviews import cmo_run, config_with_marks, review_from_rows

from cmo.synthesis.evidence import shown_key_contexts, supporting_ids

TOOL = ("wards where nurses trust the early warning tool", "nurses trust the tool's scores", "nurses act on alerts more often")


def test_a_converse_member_marked_supporting_counts_but_gives_no_key_context():
    """Fails on the old code: "Medical wards after a run of false alarms" was listed as a key context."""
    config, statements = config_with_marks(
        TOOL,
        [
            ("surgical wards with a trusted tool", "nurses trust the tool's scores", "nurses act on the alerts more often"),
            ("medical wards after false alarms", "nurses mistrust the tool's scores", "nurses act on the alerts less often"),
        ],
        {"S2"},
    )
    assert supporting_ids(config, statements) == ["S1", "S2"]  # the person's mark counts it
    assert shown_key_contexts(config, statements) == "Surgical wards with a trusted tool"


def test_on_another_topic_tenants_who_distrust_the_landlord_give_no_key_context():
    """Another topic, must fire: housing repairs."""
    config, statements = config_with_marks(
        ("estates where tenants trust the landlord", "tenants trust the landlord", "tenants report repairs more often"),
        [
            ("estates with a resident liaison officer", "tenants trust the landlord", "tenants report repairs more often"),
            ("estates after years of ignored complaints", "tenants distrust the landlord", "tenants report repairs less often"),
        ],
        {"S2"},
    )
    assert "S2" in supporting_ids(config, statements)
    assert shown_key_contexts(config, statements) == "Estates with a resident liaison officer"


def test_a_member_marked_supporting_with_the_same_mechanism_keeps_its_context():
    """Must not fire: no converse, its mechanism the configuration's, so the person's mark decides as before."""
    config, statements = config_with_marks(
        TOOL,
        [
            ("surgical wards with a trusted tool", "nurses trust the tool's scores", "nurses act on the alerts more often"),
            ("wards with agency nurses", "nurses trust the tool's scores", "nurses act on the alerts less often"),
        ],
        {"S2"},
    )
    assert shown_key_contexts(config, statements) == "Surgical wards with a trusted tool; Wards with agency nurses"


ROWS = [
    ("abel2019", "surgical wards with a trusted early warning tool", "nurses trust the tool's scores",
     "nurses act on the alerts more often"),
    ("bond2020", "medical wards after a run of false alarms", "nurses mistrust the tool's scores",
     "nurses act on the alerts less often"),
    ("cole2021", "wards where the tool is set up by the nurses' own team", "nurses trust the tool's scores",
     "nurses respond to alerts more often"),
    ("dunn2018", "hospitals with an outreach team", "a critical care nurse reviews deteriorating patients",
     "fewer cardiac arrests on the wards"),
    ("eden2022", "night shifts with one nurse to many patients", "observations are missed under pressure",
     "late recognition of deterioration"),
    ("fox2020", "wards using electronic observation charts", "scores are calculated automatically", "fewer errors in scoring"),
]  # fmt: skip


def test_code_mark_says_the_converse_members_context_is_left_out_and_the_export_leaves_it_out(tmp_path):
    """Fails on the old code: the mark said nothing of it and the export listed its context as key."""
    review = review_from_rows(tmp_path, ROWS)
    assert cmo_run("refine", cwd=review).returncode == 0
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    home = next(c["id"] for c in configs if "S2" in c["statements"] and not c.get("retired"))
    assert "S1" in next(c for c in configs if c["id"] == home)["statements"]
    marked = cmo_run("code", "mark", "S2", "--supporting", home, cwd=review)
    assert marked.returncode == 0, marked.stderr
    assert f"S2 counts as supporting {home} from its other side" in marked.stdout
    assert f"'cmo configs edit {home} --key-contexts" in marked.stdout
    assert cmo_run("export", "-o", str(tmp_path / "out.csv"), cwd=review).returncode == 0
    with open(tmp_path / "out.csv", encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["id"] == home)
    assert "false alarms" not in row["key_contexts"]
    assert "bond2020" in json.loads(cmo_run("configs", "show", home, "--json", cwd=review).stdout)["sources"]
