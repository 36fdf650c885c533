"""A reviewer who includes, excludes or sets aside a source by hand can say why (`cmo select include KEY --note …`): the
note is kept with the decision, shown by `sources show` and in the report's document flow, and a screening sheet
imported again does not overwrite it (a person's decision made one at a time stands over a file that had not seen it)."""

from __future__ import annotations

from sheet_reviews import write_csv

_BIB = """@article{okafor2019meals,
  title = {Free school meals and attendance in primary schools},
  author = {Okafor, Ngozi},
  journal = {Public Health Nutrition},
  year = {2019}
}

@techreport{lund2021breakfast,
  title = {Breakfast clubs in rural districts: an evaluation},
  author = {Lund, Erik},
  institution = {County Council},
  year = {2021}
}

@article{baker2020snacks,
  title = {Vending machines in secondary schools},
  author = {Baker, Tom},
  journal = {Appetite},
  year = {2020}
}
"""


def _review(cmo, tmp_path):
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "refs.bib"), code=None)


def test_a_note_given_with_a_decision_is_kept_shown_and_reported(cmo, tmp_path):
    _review(cmo, tmp_path)
    why = "grey report, but the only one on rural schools <b>"
    cmo("select", "include", "lund2021breakfast", "--note", why, "--by", "NO")
    cmo("select", "exclude", "baker2020snacks", "--reason", "not about meals", "--note", "vending only", "--by", "NO")
    cmo("select", "include", "okafor2019meals", "--by", "NO")
    assert cmo.json("sources", "show", "lund2021breakfast")["screening_note"] == why
    assert f"by NO: {why}" in cmo("sources", "show", "lund2021breakfast").stdout
    assert cmo.json("sources", "show", "okafor2019meals")["screening_note"] == "", "no note given, none kept"
    history = cmo.json("history", "lund2021breakfast")
    assert any(why in d["note"] for d in history), "the history records the reason with the decision"
    cmo("report", "--format", "md", "-o", str(tmp_path / "report.md"), code=None)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "Screening decisions with the reviewer's note" in report
    assert "| included | NO | grey report, but the only one on rural schools" in report
    assert "| excluded: not about meals | NO | vending only |" in report
    assert "okafor2019meals) |" not in report.split("reviewer's note", 1)[1].split("\n## ", 1)[0]
    cmo("report", "-o", str(tmp_path / "report.html"), code=None)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "rural schools &lt;b&gt;" in html and "rural schools <b>" not in html, "a reviewer's words are escaped"


def test_a_changed_decision_leaves_the_earlier_note_behind(cmo, tmp_path):
    """A note belongs to the decision it was given with: excluding a source included with a note, without a new note,
    keeps no note saying why it was included; deciding the same again keeps it."""
    _review(cmo, tmp_path)
    cmo("select", "include", "lund2021breakfast", "--note", "only rural evaluation")
    cmo("select", "include", "lund2021breakfast")
    assert cmo.json("sources", "show", "lund2021breakfast")["screening_note"] == "only rural evaluation"
    cmo("select", "exclude", "lund2021breakfast", "--reason", "no outcomes")
    assert cmo.json("sources", "show", "lund2021breakfast")["screening_note"] == ""


def test_a_screening_sheet_imported_again_keeps_the_note_a_person_gave(cmo, tmp_path):
    _review(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "screening.csv",
        ["key", "decision", "reason", "note"],
        ["lund2021breakfast", "include", "", "title and abstract"],
        ["okafor2019meals", "include", "", ""],
    )
    cmo("select", "import", str(sheet), "--by", "KM")
    cmo("select", "include", "lund2021breakfast", "--note", "kept at full text: the only rural study", "--by", "NO")
    refused = cmo("select", "import", str(sheet), "--by", "KM", code=2)
    assert "row 2" in refused.stderr and "lund2021breakfast" in refused.stderr
    assert cmo.json("sources", "show", "lund2021breakfast")["screening_note"] == "kept at full text: the only rural study"
    rows = (["lund2021breakfast", "include"], ["okafor2019meals", "include"])
    quiet = write_csv(tmp_path / "again.csv", ["key", "decision"], *rows)
    cmo("select", "import", str(quiet), "--by", "KM")
    assert cmo.json("sources", "show", "lund2021breakfast")["screening_note"] == "kept at full text: the only rural study"
