"""A document's file name with words between its first author and its year (trial E2, a review of antibiotic
prescribing in nursing homes: MAXQDA's documents 'Kistler_JAGS_2017.pdf' and 'Verenso richtlijn UWI 2018.pdf' were
refused as no source of the review, though each author and year names one source). Such a name is read with its year
after the author, the words between a note (or the journal's or title's words), and the import names the document and
the work it was read as; a name two works answer to is refused naming both. A cell a person types is read in its
order, as before. Runs on the shipped example review (telemental health), not the trial's topic."""

from __future__ import annotations

import csv


def _sheet(tmp_path, header: str, names: list[str]):
    path = tmp_path / "coding.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([header, "Context", "Mechanism", "Outcome", "Created by"])
        for name in names:
            writer.writerow([name, "people leaving hospital", "a named clinician they trust", "fewer readmissions", "JM"])
    return path


def test_a_documents_name_with_words_between_author_and_year_names_its_source(demo, tmp_path):
    sheet = _sheet(tmp_path, "Document name", ["Cooper_BMCMed_2024.pdf", "Foye qualitative study 2022.pdf"])
    before = len(demo.json("code", "list"))
    result = demo("code", "import", str(sheet), code=None)
    assert result.exit_code in (0, 1), result.stderr
    added = demo.json("code", "list")[before:]
    assert [statement["source"] for statement in added] == ["cooper2024peer", "foye2022clinician"]
    assert "row 3: the document 'Foye qualitative study 2022' was read as foye2022clinician" in result.stderr


def test_a_name_typed_in_a_study_cell_is_read_in_its_order(demo, tmp_path):
    sheet = _sheet(tmp_path, "Study", ["Foye qualitative study 2022"])
    before = len(demo.json("code", "list"))
    result = demo("code", "import", str(sheet), code=2)
    assert "'Foye qualitative study 2022' is not a source in this review" in result.stderr
    assert len(demo.json("code", "list")) == before


def test_a_document_whose_author_names_no_source_is_still_refused(demo, tmp_path):
    sheet = _sheet(tmp_path, "Document name", ["Nobody_BMCMed_2024.pdf"])
    result = demo("code", "import", str(sheet), code=2)
    assert "'Nobody_BMCMed_2024.pdf' is not a source in this review" in result.stderr
