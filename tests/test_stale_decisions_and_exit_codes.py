"""Trial T: files that would undo later decisions, exports cut short, warnings that ask to check, files in disguise.

Each rule alone, on real files (tests/data/stale_sheets/) and a real review: a stale screening or appraisal file never
silently undoes a colleague's later decision; a MEDLINE or RIS file cut short is said, and the whole record read later
corrects the source it started; a warning that asks the user to check something exits 1; an Excel workbook named .csv
is told to be renamed; a Mac Roman file is read as Mac Roman.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import DATA

from cmo.textio import decode_file

FILES = DATA / "stale_sheets"
KEYS = ["martin2018effect", "tannenbaum2014reduction", "nguyen2023effect", "alaaeddine2023pharmacistled"]


@pytest.fixture
def review(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FILES / "deprescribing.ris"))
    assert [s["key"] for s in cmo.json("sources", "list")] == sorted(KEYS)
    return cmo


def _db(cmo) -> bytes:
    return (cmo.folder / "review.db").read_bytes()


# --- Finding 3: a stale screening or appraisal file -------------------------------------------------------------


def test_a_screening_file_imported_again_does_not_undo_a_colleague_s_later_exclusion(review):
    review("--by", "JG", "select", "import", str(FILES / "screening.csv"))
    review("--by", "KL", "select", "exclude", "nguyen2023effect", "--reason", "not about community pharmacists")
    before = _db(review)
    refused = review("--by", "JG", "select", "import", str(FILES / "screening.csv"), code=2).stderr
    assert (
        "screening.csv: row 4 would include nguyen2023effect, which KL excluded ('not about community pharmacists') one "
        in refused
    )
    assert "after this file last set it" in refused and "Nothing was imported" in refused
    assert "cmo select include nguyen2023effect" in refused  # the deliberate way to overturn it
    assert _db(review) == before
    assert review.json("sources", "show", "nguyen2023effect")["status"] == "excluded"


def test_deciding_again_one_at_a_time_is_the_deliberate_way_to_overturn_it(review):
    review("--by", "JG", "select", "import", str(FILES / "screening.csv"))
    review("--by", "KL", "select", "exclude", "nguyen2023effect", "--reason", "not about community pharmacists")
    review("--by", "JG", "select", "import", str(FILES / "screening.csv"), code=2)
    review("--by", "JG", "select", "include", "nguyen2023effect")
    review("--by", "JG", "select", "import", str(FILES / "screening.csv"))
    assert [d["by"] for d in review.json("history", "nguyen2023effect")][-2:] == ["KL", "JG"]


def test_a_file_never_imported_does_not_undo_a_colleague_s_decision_but_revises_the_importer_s_own(review):
    """A team's own file (matched by title) cannot say when it was made: a colleague's decision made one at a time
    stands over it; the importer's own is theirs to revise."""
    review("--by", "KL", "select", "exclude", "nguyen2023effect", "--reason", "a review, not a primary study")
    review("--by", "JG", "select", "exclude", "martin2018effect", "--reason", "pilot: wrong setting")
    refused = review("--by", "JG", "select", "import", str(FILES / "full_text_screening.csv"), code=2).stderr
    assert "row 3 would include nguyen2023effect, which KL excluded ('a review, not a primary study')" in refused
    assert "and this file has never set it" in refused and "row 2" not in refused
    review("--by", "JG", "select", "include", "nguyen2023effect")  # JG overturns KL's exclusion deliberately
    review("--by", "JG", "select", "import", str(FILES / "full_text_screening.csv"))
    assert review.json("sources", "show", "martin2018effect")["status"] == "included"


def test_a_stale_screening_template_is_refused_whatever_changed_since_and_an_emptied_version_cell_imports_it(review, tmp_path):
    sheet = tmp_path / "screening.csv"
    review("--by", "JG", "select", "template", "-o", str(sheet))
    colleague = tmp_path / "kl.csv"
    colleague.write_text("key,decision,reason\ntannenbaum2014reduction,exclude,benzodiazepines only\n", encoding="utf-8")
    review("--by", "KL", "select", "import", str(colleague))  # a later decision made by a file, not one at a time
    rows = list(csv.reader(io.StringIO(sheet.read_bytes().decode("utf-8-sig"))))
    assert rows[0][-1] == "cmo version" and all(row[-1].startswith("v") for row in rows[1:])
    for row in rows[1:]:
        row[7] = "included"  # JG screens every source in: the row for tannenbaum2014reduction was unscreened when made
    sheet.write_bytes(_csv(rows))
    before = _db(review)
    refused = review("--by", "JG", "select", "import", str(sheet), code=2).stderr
    assert (
        "row 5 would include tannenbaum2014reduction, which KL excluded ('benzodiazepines only') with screening file kl.csv"
        in refused
    )
    assert (
        "after this sheet was made; the row was changed on the sheet too" in refused
        and "empty the row's 'cmo version' cell" in refused
    )
    assert _db(review) == before
    rows[4][-1] = ""
    sheet.write_bytes(_csv(rows))
    review("--by", "JG", "select", "import", str(sheet))
    assert review.json("sources", "show", "tannenbaum2014reduction")["status"] == "included"


def test_an_old_appraisal_file_does_not_undo_a_colleague_s_later_appraisal(review):
    review("--by", "JG", "appraise", "--file", str(FILES / "appraisal.csv"))
    review("--by", "KL", "appraise", "nguyen2023effect", "--relevance", "low", "--rigour", "low")
    before = _db(review)
    refused = review("--by", "JG", "appraise", "--file", str(FILES / "appraisal.csv"), code=2).stderr
    assert "appraisal.csv: row 4 would make nguyen2023effect's appraisal relevance medium, rigour medium, which KL " in refused
    assert (
        "appraised relevance low, rigour low" in refused
        and "cmo appraise nguyen2023effect --relevance medium --rigour medium" in refused
    )
    assert _db(review) == before


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8-sig")


# --- Finding 4: exports cut short --------------------------------------------------------------------------------


def test_a_medline_file_cut_short_is_said_by_file_and_line_and_exits_1(cmo):
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(FILES / "pubmed_cut.nbib"), code=1).stderr
    assert "pubmed_cut.nbib line 27: the file ends inside the record of PMID 36520798, at line 31" in said
    assert "without the 'SO' line that closes every PubMed record" in said


def test_the_whole_medline_record_corrects_the_source_its_cut_copy_started(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    export = tmp_path / "pubmed.nbib"
    export.write_bytes((FILES / "pubmed_cut.nbib").read_bytes())
    cmo("ingest", str(export), code=1)
    cut = cmo.json("sources", "show", "barriers2022")
    assert (cut["type"], cut["grey"]) == ("misc", True)
    export.write_bytes((FILES / "pubmed.nbib").read_bytes())  # the whole export, under the same name
    said = cmo("ingest", str(export)).stderr
    assert "this record is the whole of barriers2022, read cut short from pubmed.nbib line 27" in said
    whole = cmo.json("sources", "show", "barriers2022")
    assert whole["title"].endswith("opinions of healthcare professionals in Ireland")
    assert (whole["type"], whole["grey"], whole["container"]) == ("article", False, "PloS one")
    assert whole["authors"][0] == "Heinrich, Clara H" and "cmo: cut short" not in whole["extra"]


def test_a_reviewer_s_correction_of_a_source_read_cut_short_outlasts_the_whole_record(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FILES / "pubmed_cut.nbib"), code=1)
    cmo("sources", "edit", "barriers2022", "--title", "Barriers and enablers to deprescribing in long-term care")
    cmo("ingest", str(FILES / "pubmed.nbib"))
    whole = cmo.json("sources", "show", "barriers2022")
    assert whole["title"] == "Barriers and enablers to deprescribing in long-term care"
    assert (whole["type"], whole["grey"]) == ("article", False)


def test_the_whole_ris_record_joins_and_corrects_the_source_its_cut_copy_started(cmo, tmp_path):
    """Cut in its title, before its year and DOI, the record has nothing de-duplication could link by."""
    cmo("init", str(cmo.folder))
    export = tmp_path / "export.ris"
    export.write_bytes((FILES / "deprescribing_cut.ris").read_bytes())
    said = cmo("ingest", str(export), code=1).stderr
    assert "export.ris line 49: the last RIS record has no 'ER  -' line" in said and "cut short" in said
    export.write_bytes((FILES / "deprescribing.ris").read_bytes())
    summary = cmo.json("ingest", str(export))
    assert (summary["added"], summary["merged"]) == (0, 1)
    assert summary["links"][0]["linked_by"] == "the whole of a record read cut short"
    (source,) = [s for s in cmo.json("sources", "list") if s["key"].startswith("alaaeddine")]
    assert (
        source["title"]
        == "A pharmacist-led medication review service with a deprescribing focus guided by implementation science"
    )
    assert source["year"] == 2023


# --- Finding 10: warnings that ask the user to check something exit 1 --------------------------------------------


def test_a_file_read_as_windows_1252_exits_1_showing_a_line_as_read(cmo):
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(FILES / "cp1252.ris"), code=1).stderr
    assert "it was read as Windows-1252" in said and "(line 2 reads 'AU  - Martin, Philippé')" in said


def test_a_ris_record_without_its_er_line_exits_1(cmo):
    cmo("init", str(cmo.folder))
    summary = cmo.json("ingest", str(FILES / "missing_er.ris"), code=1)
    assert summary["added"] == 4 and "missing_er.ris line 17: RIS record has no 'ER  -' line" in summary["warnings"][0]


def test_medline_lines_that_are_no_tag_lines_exit_1(cmo):
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(FILES / "stray_line.nbib"), code=1).stderr
    assert "1 line(s) inside MEDLINE records are not tag lines and were skipped (the first at line 8)" in said


# --- Finding 11: a workbook or document named .csv --------------------------------------------------------------


def test_an_excel_workbook_named_csv_is_told_to_be_renamed(cmo):
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(FILES / "scopus_workbook.csv"), code=2).stderr
    assert "scopus_workbook.csv: an Excel workbook named .csv, not a CSV file; rename it to .xlsx and ingest it again" in said
    assert "unzip" not in said


def test_a_word_document_named_csv_is_told_for_what_it_is(cmo):
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(FILES / "minutes.csv"), code=2).stderr
    assert "minutes.csv: a Word document (named .csv), not an export of records; export RIS or BibTeX" in said
    assert "unzip" not in said


# --- Finding 8: Mac Roman ----------------------------------------------------------------------------------------

RECORDS = (FILES / "accents.txt").read_text(encoding="utf-8").split("\n\n")


@pytest.mark.parametrize("record", RECORDS, ids=["french", "german", "spanish-portuguese", "nordic-english"])
def test_mac_roman_is_read_as_mac_roman_and_windows_1252_as_windows_1252(tmp_path, record):
    """Each language's accents, curly quotes and dashes, in the bytes each code page writes them in."""
    for encoding, named in (("mac_roman", "mac_roman"), ("cp1252", "cp1252")):
        path = tmp_path / f"{encoding}.ris"
        path.write_bytes(record.encode(encoding))
        decoded = decode_file(path)
        assert (decoded.encoding, decoded.text) == (named, record)


def test_an_export_in_mac_roman_is_stored_with_its_accents(cmo):
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(FILES / "macroman.ris"), code=1).stderr
    assert "it was read as Mac Roman" in said
    titles = {s["title"] for s in cmo.json("sources", "list")}
    assert "“I couldn’t talk with my brother there”: video consultations at home, pp. 12–13" in titles
    assert "¿Qué funciona? Atenção à saúde mental a distancia en España y Portugal" in titles
    assert (FILES / "windows1252.ris").read_bytes() != (FILES / "macroman.ris").read_bytes()


def test_a_mac_roman_sheet_reads_as_mac_roman_for_readers_that_take_only_western_text():
    from cmo.textio import western_reading  # for the coding sheet's reader (`sheets.tables.decode_sheet`)

    text, name = western_reading((FILES / "coding_macroman.csv").read_bytes())
    assert (
        name.startswith("Mac Roman") and "“I couldn’t talk with my brother there”,p.12–13" in text and "café note: naïve" in text
    )
    text, name = western_reading("café “naïve”".encode("cp1252"))
    assert (text, name) == ("café “naïve”", "Windows-1252")


def test_json_of_an_ingest_with_something_to_check_still_lists_it_as_a_warning(cmo):
    cmo("init", str(cmo.folder))
    result = cmo("ingest", str(FILES / "cp1252.ris"), "--json", code=1)
    assert "read as Windows-1252" in json.loads(result.stdout)["warnings"][0]
