"""A document's file name that is a citation whose author's family name opens with a particle ("van Buul 2015
JAC.pdf", "de Vries 2019.pdf") is read as that citation: re-check RH1 of helper E2's rule for names with words between
author and year found 'Buul' read as such a word ('van 2015'), so a name three works answer to was refused as no source
with one of them suggested, instead of naming each. Tested on school-based physical activity, not the trial's topic."""

from __future__ import annotations

import csv

BIB = """@article{devries2019active,
 author = {de Vries, Anouk and Bakker, Sem},
 year = {2019},
 title = {Active lessons in Dutch primary schools: a cluster trial},
 journal = {BMJ Open},
 volume = {9},
 pages = {e024001}
}

@article{devries2019teachers,
 author = {de Vries, Anouk and Smit, Lotte},
 year = {2019},
 title = {Teachers' views of active lessons: a qualitative study},
 journal = {BMC Public Health},
 volume = {19},
 pages = {1201}
}

@article{jansen2020playground,
 author = {Jansen, Pieter},
 year = {2020},
 title = {Playground markings and break-time activity},
 journal = {Health Education Research},
 volume = {35},
 pages = {77--88}
}
"""


def _review(cmo, tmp_path, names: list[str]):
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "refs.bib"), code=None)
    path = tmp_path / "coding.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Document name", "Context", "Mechanism", "Outcome"])
        for name in names:
            writer.writerow([name, "primary schools", "pupils enjoy moving in lessons", "more minutes of activity"])
    return path


def test_a_documents_name_with_a_particle_two_works_answer_to_names_both(cmo, tmp_path):
    sheet = _review(cmo, tmp_path, ["de Vries 2019.pdf"])
    result = cmo("code", "import", str(sheet), code=2)
    assert "'de Vries 2019.pdf' could be any of devries2019active, devries2019teachers" in result.stderr
    assert "is not a source in this review" not in result.stderr


def test_a_documents_name_one_work_answers_to_is_read_as_it(cmo, tmp_path):
    """Must not fire: a name one work answers to imports, and so does one its journal tells apart ("BMJ")."""
    sheet = _review(cmo, tmp_path, ["Jansen 2020.pdf"])
    result = cmo("code", "import", str(sheet), code=None)
    assert result.exit_code in (0, 1), result.stderr
    assert [s["source"] for s in cmo.json("code", "list")] == ["jansen2020playground"]
