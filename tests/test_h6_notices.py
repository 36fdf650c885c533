"""Helper H6: a notice typed beside its record type. Embase.com's RIS types every record `TY  - JOUR` and writes the
kind of work in M3 ("Erratum"); EndNote writes it in %9; PubMed gives an erratum several PT lines. Each reaches the
one rule that names a notice (`notice_label`, `dedupe.notice_kind`), so an erratum titled as its paper is never
merged into it or counted a study unsaid, and `cmo sources show` says which source of the review it is about."""

from __future__ import annotations

from conftest import DATA

from cmo.bib.dedupe import corrected_title, notice_kind, notice_label
from cmo.bib.readers import endnote, medline, ris
from cmo.textio import decode_file

FLOW_NOTICES = "| Of them, notices about another work not excluded (errata, retractions, expressions of concern)"

FOLDER = DATA / "embase_errata"


def _read(reader, name: str):
    return reader.read(decode_file(FOLDER / name).text, name)


def test_an_embase_erratum_typed_in_m3_under_jour_is_named_by_line():
    read = _read(ris, "embase.ris")
    paper, erratum, other = read.records
    assert notice_label(erratum) == "Erratum" and notice_kind(erratum.title, notice_label(erratum)) == "erratum"
    assert [p.line for p in read.problems if "typed 'Erratum'" in p.message] == [erratum.provenance.line]
    assert notice_label(paper) == notice_label(other) == ""  # M3 "Article" is a study's type


def test_endnote_type_of_work_and_a_second_medline_publication_type_reach_the_same_rule():
    (typed,) = _read(endnote, "endnote_erratum.enw").records
    assert notice_label(typed) == "Erratum"
    paper, erratum = _read(medline, "pubmed_erratum.nbib").records
    assert erratum.original_type == "Journal Article; Published Erratum"
    assert notice_label(erratum) == "Published Erratum" and notice_label(paper) == ""


def test_a_type_of_work_naming_no_notice_and_a_title_opening_alike_name_nothing():
    text = "TY  - JOUR\nTI  - Correctional officers and stress at work\nM3  - Journal Article; Review\nER  - \n"
    (record,) = ris.read(text, "x.ris").records
    assert notice_label(record) == "" and notice_kind(record.title, notice_label(record)) == ""
    assert corrected_title(record.title) == record.title
    assert corrected_title("Correction to: Peer support for adolescents") == "Peer support for adolescents"


def test_the_erratum_is_kept_apart_and_sources_show_says_the_paper_it_is_about(cmo):
    cmo("init", str(cmo.folder))
    cmo.json("ingest", str(FOLDER / "embase.ris"), code=1)  # the erratum is named: rc 1
    shown = cmo.json("sources", "list")
    assert len(shown) == 3
    erratum = next(s["key"] for s in shown if s.get("doi") == "10.1186/s12913-019-4455-1")
    paper = next(s["key"] for s in shown if s.get("doi") == "10.1186/s12913-019-4321-1")
    detail = cmo.json("sources", "show", erratum)
    assert detail["notice"] == "erratum" and detail["notice_typed"] == "Erratum" and detail["corrects"] == [paper]
    assert cmo.json("sources", "show", paper)["notice"] == ""
    text = cmo("sources", "show", erratum).stdout
    assert "an erratum (typed 'Erratum' by its export)" in text and f"it is about {paper}" in text
    again = cmo.json("ingest", str(FOLDER / "endnote_erratum.enw"), code=1)  # EndNote's copy joins the erratum
    assert again["added"] == 0 and len(cmo.json("sources", "show", erratum)["records"]) == 2


def test_the_document_flow_says_how_many_documents_are_notices_until_they_are_excluded(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FOLDER / "embase.ris"), code=1)
    report = cmo.folder / "report.md"
    cmo("report", "-o", str(report), "--format", "md", code=None)
    assert FLOW_NOTICES + " | 1 |" in report.read_text()
    erratum = next(s["key"] for s in cmo.json("sources", "list") if s.get("doi") == "10.1186/s12913-019-4455-1")
    cmo("select", "exclude", erratum, "--reason", "notice, not a study")
    cmo("report", "-o", str(report), "--format", "md", code=None)
    assert "notices about another work" not in report.read_text()  # the team's exclusion counts it


def test_a_flow_of_studies_alone_says_no_notices(cmo):
    cmo("init", str(cmo.folder))
    ris = cmo.folder / "studies.ris"
    ris.write_text("TY  - JOUR\nTI  - Correctional officers and stress at work\nPY  - 2020\nM3  - Article\nER  - \n")
    cmo("ingest", str(ris), code=None)
    report = cmo.folder / "report.md"
    cmo("report", "-o", str(report), "--format", "md", code=None)
    assert "notices about another work" not in report.read_text()
