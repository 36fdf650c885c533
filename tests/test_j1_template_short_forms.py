"""Helpers H1 and H3: with `settings: spell_out_short_forms: true` the pack wrote "community health workers" but
`cmo feedback template` still gave the group the coders' "CHWs", "BP": the answer sheet is what the group reads, so it
writes each said short form out by the pack's own function (`shorthand.spelt_out`); the sheet so made imports without
being taken for one a respondent wrote over. By default it keeps the coded words, as the pack does. Tested on diabetes
foot care ("Pts with DM")."""

from __future__ import annotations

import csv

from sheet_reviews import coded_pair

ROW = "Pts with DM attending foot clinics,Podiatrists who explain the risk make it feel real,Pts check their feet"
SAID = "settings:\n  short_forms:\n    pt: patient\n    DM: diabetes mellitus\n"


def _template(cmo, tmp_path, settings: str) -> str:
    coded_pair(cmo, tmp_path, ROW)
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + settings)
    cmo("round", "close", code=None)
    cmo("feedback", "template", "-o", str(tmp_path / "answers.csv"))
    return (tmp_path / "answers.csv").read_text(encoding="utf-8-sig")


def test_the_template_writes_out_the_short_forms_the_pack_writes_out(cmo, tmp_path):
    sheet = _template(cmo, tmp_path, SAID + "  spell_out_short_forms: true\n")
    assert "patients with diabetes mellitus attending" in sheet and "pts with DM" not in sheet
    rows = list(csv.reader((tmp_path / "answers.csv").open(encoding="utf-8-sig")))
    rows[1][0], rows[1][6] = "Podiatrist A", "agree"
    with (tmp_path / "filled.csv").open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    result = cmo("feedback", "import", str(tmp_path / "filled.csv"))
    assert "not the words the template gave" not in result.output


def test_by_default_the_template_keeps_the_coded_words(cmo, tmp_path):
    sheet = _template(cmo, tmp_path, SAID)
    assert "pts with DM" in sheet and "diabetes mellitus" not in sheet
