"""Trial E's feedback faults, each on a real review (the shipped example, its SQLite file and real answer files):
the respondent's own words for a rating are kept and shown, a replaced answer a configuration cites stays cited and
a closed round's pack stays as sent, an answer on a configuration merged away or retired is kept rather than blocking
the file, a cited disagreement is shown against the finding, and a configuration with no included evidence is set
apart in the pack."""

from __future__ import annotations

import csv
import json
import re
import sqlite3

from feedback_files import answers_file

from cmo.models import FeedbackItem
from cmo.sheets.feedback import earlier_fingerprint
from cmo.store import SCHEMA_VERSION


def pack_file(path, respondent: str, round_number: int, answers: dict[str, tuple[str, str]], group: str = "cyp"):
    """A file as the pack saves it: configuration -> (rating, comment)."""
    return answers_file(path, respondent, round_number, answers, group=group)


def form_sheet(path, rows: list[tuple[str, str, str, str]]):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Respondent", "Configuration", "Rating", "Comment"])
        writer.writerows(rows)
    return path


def article(html: str, anchor: str) -> str:
    return html.split(f'<article class="cmo" id="{anchor}"', 1)[1].split("</article>", 1)[0]


# --- 1. The respondent's words ------------------------------------------------------------------------------------


def test_the_words_of_each_rating_are_kept_listed_exported_and_counted_by_the_way_they_lean(demo, tmp_path):
    sheet = form_sheet(
        tmp_path / "forms.csv",
        [
            ("Green Finch", "C1", "Somewhat agree", "mostly true"),
            ("Green Finch", "C2", "Neither agree nor disagree", ""),
            ("Green Finch", "C3", "Strongly disagree", "not on our wards"),
            ("Green Finch", "C4", "", "no view on the rating"),
        ],
    )
    result = demo("feedback", "import", str(sheet), code=1)  # the neutral answer is one to look at
    assert f"{sheet.name} row 3: 'Neither agree nor disagree' was read as no rating" in result.stderr
    scale = "the form's scale of Strongly disagree, Neither agree nor disagree, Somewhat agree (as its answers give it)"
    assert f"{sheet.name} row 2: 'Somewhat agree' on {scale} was read as agree" in result.stderr
    listed = {a["configuration"]: a for a in demo.json("feedback", "list")}
    assert {c: (a["rating"], a["answer"]) for c, a in listed.items()} == {
        "C1": ("agree", "Somewhat agree"),
        "C2": (None, "Neither agree nor disagree"),
        "C3": ("disagree", "Strongly disagree"),
        "C4": (None, ""),
    }
    assert {a["file"] for a in listed.values()} == {"forms.csv"}  # the file's name, not the path typed
    # A neutral answer reads as its words, never as a question left blank.
    shown = {c: FeedbackItem.rating_text(a["rating"], a["answer"], a["named"]) for c, a in listed.items()}
    assert shown == {
        "C1": "agree (“Somewhat agree”)",
        "C2": "“Neither agree nor disagree”",
        "C3": "disagree (“Strongly disagree”)",
        "C4": "no rating",
    }
    # Leaning to agree is agreeing: C1's one rating is an agree (it was 0 % when 'Somewhat agree' counted as partly).
    listing = demo("feedback", "list").stdout
    assert "C2  Green Finch  “Neither agree nor disagree”" in listing and "agree (“Somewhat agree”): mostly true" in listing
    shown_c2 = [line for line in demo("configs", "show", "C2").stdout.splitlines() if "Neither agree" in line]
    assert shown_c2 and shown_c2[0].endswith("“Neither agree nor disagree”"), "no colon when nothing more was said"
    summary = {row["configuration"]: row for row in demo.json("feedback", "summary")}
    assert (summary["C1"]["agree"], summary["C1"]["agreement"]) == (1, 1.0)
    assert (summary["C2"]["unrated"], summary["C2"]["agreement"]) == (1, None)
    assert summary["C2"]["comments"] == []  # said nothing beyond the rating
    exported = tmp_path / "everything.json"
    demo("export", "--format", "json", "-o", str(exported))
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert {f["configuration"]: f["answer"] for f in data["feedback"]}["C2"] == "Neither agree nor disagree"
    stored = sqlite3.connect(demo.folder / "review.db").execute("SELECT data FROM feedback").fetchall()
    assert sorted(json.loads(d)["answer"] for (d,) in stored) == [
        "",
        "Neither agree nor disagree",
        "Somewhat agree",
        "Strongly disagree",
    ]


def as_schema_6(path) -> None:
    """The review as cmo wrote it before schema 7: no rating words, and a replaced answer deleted (kept only in the
    history, inside the `feedback-replace` decision)."""
    db = sqlite3.connect(path, isolation_level=None)
    for feedback_id, data in db.execute("SELECT id, data FROM feedback").fetchall():
        item = json.loads(data)
        if item.get("replaced_by"):
            db.execute("DELETE FROM feedback WHERE id = ?", (feedback_id,))
            continue
        for key in ("answer", "named", "replaced_by"):
            item.pop(key, None)
        item["file"] = f"../cases/{item['file']}"  # the path as typed at the import
        db.execute("UPDATE feedback SET data = ? WHERE id = ?", (json.dumps(item), feedback_id))
    db.execute("DROP TABLE packs")  # schema 8
    db.execute("PRAGMA user_version = 6")
    db.close()


def test_a_review_from_schema_6_gets_its_replaced_answers_back_and_a_reimport_gives_old_answers_their_words(demo, tmp_path):
    first = pack_file(tmp_path / "heron.json", "Blue Heron", 1, {"C2": ("disagree", "Some mentors lord it over you.")})
    (cited,) = demo.json("feedback", "import", str(first))["feedback"]
    demo("configs", "cite", "C2", "--feedback", cited)
    demo("configs", "edit", "C1", "--title", "Seeing less of the person at a distance")
    demo("round", "close")
    pack = tmp_path / "round-2.html"
    demo("pack", "--round", "2", "-o", str(pack))
    sent = pack.read_text(encoding="utf-8")
    follow_up = pack_file(tmp_path / "heron-2.json", "Blue Heron", 1, {"C2": ("partly", "On reflection: it depends.")})
    demo("feedback", "import", str(follow_up), code=1)
    form = form_sheet(tmp_path / "form.csv", [("Owl", "C1", "Somewhat agree", "mostly")])
    demo("feedback", "import", str(form))
    path = demo.folder / "review.db"
    as_schema_6(path)
    db = sqlite3.connect(path, isolation_level=None)
    assert db.execute("SELECT count(*) FROM feedback WHERE id = ?", (cited,)).fetchone()[0] == 0
    for config_id, data in db.execute("SELECT id, data FROM configurations").fetchall():  # rounds did not pin before 7
        db.execute(
            "UPDATE configurations SET data = ? WHERE id = ?", (json.dumps({**json.loads(data), "pinned": False}), config_id)
        )
    db.close()

    listed = demo.json("feedback", "list")  # opening the review migrates it
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert all(c["pinned"] for c in demo.json("configs", "list")), "what a round sent is pinned, once, by the migration"
    assert [(a["configuration"], a["comment"]) for a in listed] == [("C2", "On reflection: it depends."), ("C1", "mostly")]
    assert [a["file"] for a in listed] == ["heron-2.json", "form.csv"]
    kept = {json.loads(d)["id"]: json.loads(d) for (d,) in sqlite3.connect(path).execute("SELECT data FROM feedback")}
    assert kept[cited]["comment"] == "Some mentors lord it over you." and kept[cited]["replaced_by"] == listed[0]["id"]
    demo("pack", "--round", "2", "-o", str(pack))
    assert pack.read_text(encoding="utf-8") == sent  # the closed round's pack is as it was sent

    # An answer stored without its words (rated partly, as 'Somewhat agree' then counted) gets them, in place.
    owl = listed[1]
    db = sqlite3.connect(path, isolation_level=None)
    data = json.loads(db.execute("SELECT data FROM feedback WHERE id = ?", (owl["id"],)).fetchone()[0])
    from cmo.sheets.feedback import fingerprint

    legacy = {**data, "answer": "", "rating": "partly"}
    legacy["fingerprint"] = fingerprint(FeedbackItem.model_validate(legacy))
    db.execute(
        "UPDATE feedback SET data = ?, fingerprint = ? WHERE id = ?", (json.dumps(legacy), legacy["fingerprint"], owl["id"])
    )
    db.close()
    again = demo.json("feedback", "import", str(form))
    assert (again["added"], again["repeated"], again["replaced"]) == (0, 1, [])
    assert any(
        f"{owl['id']} (Owl on C1) keeps the words of its rating, 'Somewhat agree', which now counts as agree" in w
        for w in again["warnings"]
    )
    assert [(a["id"], a["rating"], a["answer"]) for a in demo.json("feedback", "list") if a["respondent"] == "Owl"] == [
        (owl["id"], "agree", "Somewhat agree")
    ]


def test_an_earlier_file_imported_again_after_the_upgrade_changes_nothing(demo, tmp_path):
    """Review of the change: answers stored before cmo kept a rating's words have another print, so an earlier file
    imported again after the upgrade replaced the respondent's later answer with it."""
    first = form_sheet(tmp_path / "first.csv", [("Kestrel", "C1", "Strongly agree", "first thoughts")])
    later = form_sheet(tmp_path / "later.csv", [("Kestrel", "C1", "Disagree", "second thoughts")])
    demo("feedback", "import", str(first))
    demo("feedback", "import", str(later))
    as_schema_6(demo.folder / "review.db")
    db = sqlite3.connect(demo.folder / "review.db", isolation_level=None)
    db.execute("DROP TRIGGER history_no_update")  # to write the history as the older cmo wrote it, then put back
    for seq, data in db.execute("SELECT seq, data FROM history WHERE action = 'feedback-replace'").fetchall():
        decision = json.loads(data)  # as the cmo before schema 7 recorded the replaced answer: no words, their print
        for answer in decision["before"]["answers"]:
            answer["fingerprint"] = earlier_fingerprint(FeedbackItem.model_validate(answer))
            answer.pop("answer", None)
        db.execute("UPDATE history SET data = ? WHERE seq = ?", (json.dumps(decision), seq))
    db.execute(
        "CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
    )
    db.close()
    before = demo.json("feedback", "list")  # migrates: the replaced answer is back, without its words
    again = demo("feedback", "import", str(first), code=1)
    assert "first.csv: Kestrel's answers here are " in again.stderr and "the later ones still count" in again.stderr
    assert demo.json("feedback", "list") == before and before[-1]["comment"] == "second thoughts"


# --- 2 and 4. A replaced answer stays cited; a closed round's pack stays as sent; a disagreement is shown against ----


def test_a_replaced_answer_stays_cited_and_a_closed_rounds_pack_is_the_same_after_the_import(demo, tmp_path):
    first = pack_file(tmp_path / "heron.json", "Blue Heron", 1, {"C2": ("disagree", "Some mentors lord it over you.")})
    (f_first,) = demo.json("feedback", "import", str(first))["feedback"]
    other = pack_file(tmp_path / "owl.json", "Grey Owl", 1, {"C1": ("agree", "Yes.")})
    demo("feedback", "import", str(other))
    demo("configs", "cite", "C2", "--feedback", f_first)
    demo("configs", "edit", "C1", "--title", "Seeing less of the person at a distance")
    demo("round", "close", "--note", "second round")
    before = tmp_path / "before.html"
    demo("pack", "--round", "2", "-o", str(before))
    sent = before.read_text(encoding="utf-8")

    follow_up = pack_file(tmp_path / "heron-2.json", "Blue Heron", 1, {"C2": ("partly", "On reflection: it depends.")})
    result = demo("feedback", "import", str(follow_up), "--json", code=1)
    imported = json.loads(result.stdout)
    (f_new,) = imported["feedback"]
    assert imported["warnings"] == [
        f"C2 cites {f_first}, which Blue Heron replaced with {f_new}; cite {f_new} too if it still holds: "
        f"cmo configs cite C2 --feedback {f_new}"
    ]
    assert demo.json("configs", "show", "C2")["feedback_evidence"] == [f_first]  # the words the reviewer chose
    assert [a["id"] for a in demo.json("feedback", "list") if a["configuration"] == "C2"] == [f_new]
    (replace,) = [d for d in demo.json("history", "C2") if d["action"] == "feedback-replace"]
    assert replace["targets"] == [f_first, f_new, "C2"]  # only what was replaced, by what, and who cites it

    after = tmp_path / "after.html"
    demo("pack", "--round", "2", "-o", str(after))
    assert after.read_text(encoding="utf-8") == sent
    assert "later replaced" not in sent

    # The cited answer disagrees: it is the group's view against C2, never a source behind it nor "evidence for it".
    c2 = article(sent, "cfg-C2")
    behind = c2.split("<h4>Sources behind it</h4>", 1)[1].split("<h4>Evidence that goes against it</h4>", 1)[0]
    against = c2.split("<h4>Evidence that goes against it</h4>", 1)[1].split("</details>", 1)[0]
    assert "Some mentors lord it over you." not in behind
    assert "Expert reference group, round 1 (Children and young people), who disagreed: “Some mentors lord it over you.”" in (
        against
    )
    changed = c2.split("What changed since round 1", 1)[1]
    assert "evidence for it" not in changed
    assert "So we recorded your view as the group&#39;s view against it, beside the evidence." in changed


def test_a_decisions_note_is_not_published_in_the_pack(demo, tmp_path):
    """`--note` is for the audit trail; trial E's pack told the group "Our reasoning: CLI edit"."""
    demo("configs", "edit", "C1", "--title", "Seeing less of the person at a distance", "--note", "CLI edit")
    demo("round", "close")
    pack = tmp_path / "pack.html"
    demo("pack", "-o", str(pack))
    html = pack.read_text(encoding="utf-8")
    assert "CLI edit" not in html and "Our reasoning" not in html
    assert "CLI edit" in json.dumps(demo.json("history", "C1"))


# --- 3. An answer on a configuration merged away or retired -------------------------------------------------------


def test_an_answer_on_a_retired_or_merged_configuration_is_kept_as_a_comment_and_the_rest_imports(demo, tmp_path):
    demo("configs", "retire", "C14", "--note", "two near-identical quotes")
    demo("configs", "merge", "C3", "C9", "--note", "same mechanism")
    demo("round", "close", code=1)  # the retired one's statement is in no configuration now: said
    sheet = form_sheet(
        tmp_path / "fb-redfox.csv",
        [
            ("Red Fox", "C1", "Strongly agree", "yes"),
            ("Red Fox", "C14", "Somewhat agree", "good point about paid work"),
            ("Red Fox", "C9", "Disagree", "not in rural areas"),
            ("Red Fox", "C13", "agree", ""),
            ("Red Fox", "C14", "agree", ""),
        ],
    )
    result = demo("feedback", "import", "--json", str(sheet), code=1)
    warnings = json.loads(result.stdout)["warnings"]
    assert (
        f"{sheet} row 3: answers C14, which was retired; its comment is kept on the findings overall, "
        "its rating ('Somewhat agree') not counted" in warnings
    )
    assert (
        f"{sheet} row 4: answers C9, which was merged into C3; its comment is kept on C3, its rating ('Disagree') not counted"
        in warnings
    )
    assert (
        f"{sheet} row 6: only rates C14 ('agree'), which was retired; with no comment to keep, the row was left out" in warnings
    )
    listed = [(a["configuration"], a["named"], a["rating"], a["answer"], a["comment"]) for a in demo.json("feedback", "list")]
    assert listed == [
        ("C1", "", "agree", "Strongly agree", "yes"),
        ("overall", "C14", None, "Somewhat agree", "good point about paid work"),
        ("C3", "C9", None, "Disagree", "not in rural areas"),
        ("C13", "", "agree", "agree", ""),
    ]
    assert FeedbackItem.rating_text(None, "Disagree", "C9") == "not counted (“Disagree” about C9)"
    c3 = {row["configuration"]: row for row in demo.json("feedback", "summary")}["C3"]
    assert (c3["responses"], c3["unrated"], c3["agreement"]) == (1, 1, None)
    assert demo.json("feedback", "import", str(sheet), code=1)["repeated"] == 4  # the same file again counts once


# --- 5. No included evidence ----------------------------------------------------------------------------------------


def test_a_configuration_with_no_included_evidence_is_set_apart_in_the_pack_and_not_asked_to_be_rated(demo, tmp_path):
    lone = next(c["id"] for c in demo.json("configs", "list") if c["sources"] == ["saunders2023trauma"])
    other = next(c["id"] for c in demo.json("configs", "list") if c["id"] != lone)
    demo("select", "exclude", "saunders2023trauma", "--reason", "not about remote care", code=1)
    assert demo.json("configs", "show", lone)["strength"] == "none"
    demo("configs", "edit", other, "--title", "Seeing less of the person at a distance")
    assert f"{lone} has no included evidence behind it" in demo("round", "close", code=1).stderr
    sheet = tmp_path / "answers.csv"
    demo("feedback", "template", "-o", str(sheet))  # the answer sheet asks no rating of it either (trial G)
    rows = {row[3]: row for row in csv.reader(sheet.open(encoding="utf-8-sig"))}
    assert rows[lone][5].startswith("Not yet a finding: no included study supports it. Comments welcome; no rating asked.")
    assert not rows[other][5].startswith("Not yet a finding")
    pack = tmp_path / "pack.html"
    demo("pack", "-o", str(pack))
    html = pack.read_text(encoding="utf-8")
    c4 = article(html, f"cfg-{lone}")
    assert '<span class="tag strength-none">no included evidence</span>' in c4
    assert "No included study supports this yet, so it is not a finding. We are not asking you to rate it" in c4
    assert f'name="rating-cfg-{lone}"' not in c4 and 'data-field="missing"' in c4
    apart = html.split("Not yet findings: no included evidence", 1)
    assert len(apart) == 2 and f'id="cfg-{lone}"' in apart[1] and f'id="cfg-{lone}"' not in apart[0]
    tables = re.findall(r'<table class="cmo-table">.*?</table>', html, re.S)
    assert tables and not any(f'href="#cfg-{lone}"' in table for table in tables)  # not in the findings at a glance
    assert ".strength-none {" in html and "“No included evidence” means" in html
