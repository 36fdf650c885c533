"""`cmo export --format json` is everything: every table of the store, validating back into the models."""

from __future__ import annotations

import json
import sqlite3

import yaml

from cmo.models import Configuration, Decision, FeedbackItem, Record, ReviewConfig, RoundSnapshot, Source, Statement

TABLES = {
    "sources": Source,
    "records": Record,
    "statements": Statement,
    "configurations": Configuration,
    "rounds": RoundSnapshot,
    "feedback": FeedbackItem,
    "history": Decision,
    "files": None,
}


def test_the_json_export_holds_every_table_and_validates_back(demo, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "format": "cmo-feedback",
                "round": 1,
                "respondent": "Heron",
                "role": "carer",
                "answers": [{"configuration": "C1", "rating": "agree"}],
            }
        ),
        encoding="utf-8",
    )
    demo("feedback", "import", str(answers))
    demo("configs", "detach", "S1", "--note", "about wards")
    demo("configs", "merge", "C3", "C4")
    demo("sources", "edit", "johnson2021impact", "--grey")
    out = tmp_path / "everything.json"
    demo("export", "--format", "json", "-o", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    with sqlite3.connect(demo.folder / "review.db") as db:
        for table, model in TABLES.items():
            assert len(data[table]) == db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] > 0, table
            for row in data[table] if model else []:
                model.model_validate(row)
    assert any(c["retired"] for c in data["configurations"]) and any(s["detached"] for s in data["statements"])
    assert {d["action"] for d in data["history"]} >= {"merge", "detach", "source-edit", "feedback-import", "close-round"}
    assert data["feedback"][0]["role"] == "carer"
    assert {r["source"] for r in data["records"]} == {s["key"] for s in data["sources"]}
    on_disk = yaml.safe_load((demo.folder / "review.yaml").read_text(encoding="utf-8"))
    assert ReviewConfig.model_validate(data["review"]) == ReviewConfig.model_validate(on_disk)
