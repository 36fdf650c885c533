"""Helper H0: carers' phone-call notes typed into a Word table named a comment about the findings as a whole 'general'
in their Finding column; the import was refused ("'general' is not a configuration of round 1 … fix it and import
again") without saying how such a comment is written. A name with no number in it now says so: 'overall', or the id.
Tested on school nursing (a parent's call notes)."""

from __future__ import annotations

from conftest import REPO

DATA = REPO / "tests" / "data"
NOTES = DATA / "word_call_notes" / "call-notes.docx"
ROWS = [
    ("School nurses at the gate", "pupils talk to a nurse they see every day", "more pupils ask for help"),
    ("School nurses at the gate", "pupils see the same nurse each morning", "pupils ask for help sooner"),
]


def _closed_round(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "citations" / "same_team_same_year.bib"))
    cmo("select", "include", "wildman2019service", "wildman2021")
    lines = ["source,context,mechanism,outcome"]
    lines += [f"{key},{','.join(row)}" for key, row in zip(["wildman2019service", "wildman2021"], ROWS)]
    sheet = tmp_path / "coding.csv"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cmo("code", "import", str(sheet))
    cmo("configs", "new", "--statements", "S1,S2")
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("groups:\n", "groups:\n- slug: parents\n  name: Parents\n", 1))
    cmo("round", "close", code=None)


def test_words_naming_no_finding_say_how_a_comment_on_them_all_is_written(cmo, tmp_path):
    _closed_round(cmo, tmp_path)
    refused = cmo("feedback", "import", str(NOTES), code=2)
    said = refused.stderr
    assert "call-notes.docx row 3" in said and "'general' is not a configuration of round 1" in said
    assert "take 'overall' there" in said


def test_a_number_typed_wrong_is_still_offered_its_id_not_told_of_overall(cmo, tmp_path):
    """Not over-firing: a name with a number ('Config 9') is an id typed wrong, answered as before."""
    from cmo.sheets.feedback import _numbered_elsewhere

    assert "overall" not in _numbered_elsewhere("Config 1", 1, {"C1"}, {}, {})
    assert _numbered_elsewhere("Config 1", 1, {"C1"}, {}, {}) == " (did you mean C1?)"
