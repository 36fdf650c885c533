"""Ovid's tagged export, EndNote's tagged text and CSL JSON: the exports reviewers bring besides RIS and BibTeX.

The Ovid and CSL files are real exports (tests/data/README.md); the EndNote file is written in the layouts
Google Scholar, EndNote and CNKI use, for no licensed real one was found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DATA

from cmo.bib.readers import csl, endnote, ovid, parallel, read_parts, refworks, ris, within_limits
from cmo.errors import BadInput
from cmo.normalise import type_from_label
from cmo.textio import decode_file, sniff_format

EXPORTS = DATA / "exports"


def _read(module, path: Path):
    return module.read(decode_file(path).text, path.name)


# Ovid -------------------------------------------------------------------------------------------------


def test_ovid_export_fields():
    """Embase through Ovid: no TY line, the source one citation string, authors as 'Behan L.'."""
    first, second = _read(ovid, EXPORTS / "ovid_embase_citavi.ovd").records
    assert first.title == "Quality of life in patients with primary ciliary dyskinesia: A systematic review."
    assert first.authors == ["Behan, L.", "Rubbo, B.", "Lucas, J. S.", "Galvin, A. D."]
    assert (first.year, first.doi, first.volume, first.issue) == (2018, "10.1186/s12919-018-0099-8", "12", "Supplement 3")
    assert first.container.startswith("BMC Proceedings") and first.type == "conference" and first.grey
    assert (first.provenance.line, first.provenance.key, first.provenance.format) == (1, "621381829", "ovid")
    assert first.pmid is None  # an Embase accession number is not a PubMed id
    assert first.extra["IN"].count("(Behan") == 2  # an indented line is one more institution
    assert second.provenance.line == 72 and second.authors == ["Dyskinesia, P. C.", "Server, E. A."]


def test_ovid_endnote_choice_breaks_the_abstract_over_unindented_lines_which_are_read_back_into_it():
    citavi = _read(ovid, EXPORTS / "ovid_embase_citavi.ovd").records[0]
    endnote_choice = _read(ovid, EXPORTS / "ovid_embase_endnote.cgi").records[0]
    assert "\nMethod(s):" in (EXPORTS / "ovid_embase_endnote.cgi").read_text()
    assert endnote_choice.abstract == citavi.abstract and "Conclusion(s): Health-related" in citavi.abstract


def test_ovid_medline_accession_is_the_pubmed_id_and_the_citation_string_gives_volume_issue_pages():
    text = (
        "<1. >\nVN  - Ovid Technologies\nDB  - Ovid MEDLINE(R) ALL\nUI  - 30412345\nTI  - Peer support for mothers.\n"
        "SO  - Journal of Advanced Nursing. 75(3):512-520, 2019 Mar.\nAU  - Smith J\nPT  - Journal Article\n"
        "PT  - Review\nYR  - 2019\n\n<2. >\nDB  - APA PsycInfo\nUI  - 2019-12345-001\nTI  - Peer groups.\n"
        "SO  - Psychological Medicine. Vol.49(2), Jan 2019, pp. 1-10.\nAU  - Lee, Anna\n"
    )
    medline_record, psycinfo_record = ovid.read(text, "ovid.txt").records
    assert medline_record.pmid == "30412345" and medline_record.url == "https://pubmed.ncbi.nlm.nih.gov/30412345/"
    assert (medline_record.container, medline_record.volume, medline_record.issue, medline_record.pages) == (
        "Journal of Advanced Nursing",
        "75",
        "3",
        "512-520",
    )
    assert medline_record.type == "article" and not medline_record.grey
    assert (psycinfo_record.container, psycinfo_record.volume, psycinfo_record.issue, psycinfo_record.pages) == (
        "Psychological Medicine",
        "49",
        "2",
        "1-10",
    )
    assert psycinfo_record.pmid is None and psycinfo_record.year == 2019


def test_ovid_sniffing_keeps_ovid_ris_as_ris_and_names_stray_text():
    assert sniff_format((EXPORTS / "ovid_embase_endnote.cgi").read_text()) == "ovid"
    assert sniff_format("<1. >\nTY  - JOUR\nTI  - A title\nER  - \n") == "ris"  # Ovid's RIS choice
    result = ovid.read("Search results\n<1. >\nTI  - A title\nAU  - Smith J\n", "ovid.txt")
    assert [r.title for r in result.records] == ["A title"]
    assert [(p.line, p.message) for p in result.problems] == [(1, "text that is not an Ovid field ('XX  - value'); skipped.")]


def test_ovid_records_without_markers_are_split_at_blank_lines():
    result = ovid.read("TI  - One\nAU  - Smith J\n\nTI  - Two\nAU  - Lee K\n", "cut.txt")
    assert [(r.title, r.provenance.line) for r in result.records] == [("One", 1), ("Two", 4)]


# EndNote tagged text ----------------------------------------------------------------------------------


def test_endnote_tagged_text_fields():
    path = DATA / "endnote_tagged.enw"
    assert sniff_format(path.read_text()) == "endnote"
    scholar, speech, thesis, dickens = _read(endnote, path).records
    assert scholar.authors == ["Vo, Nghia T", "Atwood, Robert C", "Drakopoulos, Michael"]
    assert (scholar.container, scholar.volume, scholar.issue, scholar.pages, scholar.year) == (
        "Optics express",
        "26",
        "22",
        "28396-28412",
        2018,
    )
    assert scholar.publisher == "Optical Society of America" and scholar.extra == {"isbn/issn": "1094-4087"}
    assert speech.container == "Language" and speech.provenance.line == 15  # %B names the journal here
    assert thesis.type == "thesis" and thesis.grey and thesis.doi == "10.1038/ntheses.01928"
    assert dickens.doi == "10.5678/dickens"  # a DOI put in %M (accession number)
    assert dickens.abstract == "The first half of the abstract, broken over a line without a tag, as CNKI exports do."
    assert dickens.extra["keywords"] == "realism; context"


def test_refer_without_type_lines_is_sniffed_by_two_tag_lines_and_a_tex_comment_is_not():
    refer = "%A Pawson, Ray\n%T Realist synthesis\n%D 2006\n\n%A Wong, Geoff\n%T RAMESES standards\n%D 2013\n"
    assert sniff_format(refer) == "endnote"
    assert [r.title for r in endnote.read(refer, "refs.txt").records] == ["Realist synthesis", "RAMESES standards"]
    assert sniff_format("% Generated by JabRef\n%A note\n@article{a, title={T}}\n") == "bibtex"


def test_endnote_text_before_any_record_is_named_and_a_new_type_line_starts_a_record():
    result = endnote.read("Exported from a library\n%0 Book\n%T One\n%0 Report\n%T Two\n", "refs.enw")
    assert [(r.title, r.type, r.provenance.line) for r in result.records] == [("One", "book", 2), ("Two", "report", 4)]
    assert [p.line for p in result.problems] == [1]


# RefWorks tagged text ---------------------------------------------------------------------------------

REFWORKS = (
    "RT Journal Article\nSR Electronic(1)\nA1 McLeish, Jenny\nA1 Redshaw, Maggie\nT1 Peer support during pregnancy and "
    "early parenthood\nJF BMC Pregnancy and Childbirth\nYR 2017\nVO 17\nIS 1\nSP 28\nOP 40\nAB Mothers valued peers who\n"
    "is what one mother said: of the same background.\nDO 10.1186/s12884-016-1220-0\nLA English\n\n"
    "RT Journal Article\nSR 1\nA1 张明远;李华\nT1 基于深度学习的医学影像分割\nJF 中国医学影像技术\nYR 2021\nIS 03\n"
    "vo 57\nOP 112-119\nK1 深度学习;医学影像\nSN 1000-1234\nCN 11-1234/R\nDS CNKI\n"
)


def test_refworks_fields_cnki_lists_and_wrapped_lines_that_look_like_tags():
    assert sniff_format(REFWORKS) == "refworks"
    english, chinese = refworks.read(REFWORKS, "refworks.txt").records
    assert english.authors == ["McLeish, Jenny", "Redshaw, Maggie"] and english.pages == "28-40"
    assert (english.container, english.year, english.volume, english.issue) == ("BMC Pregnancy and Childbirth", 2017, "17", "1")
    assert english.abstract == "Mothers valued peers who is what one mother said: of the same background."  # "is …" is no IS tag
    assert english.doi == "10.1186/s12884-016-1220-0" and english.issue == "1"
    assert chinese.authors == ["张明远", "李华"] and chinese.volume == "57" and chinese.pages == "112-119"  # lower-case vo
    assert (chinese.title, chinese.provenance.line, chinese.extra["DS"]) == ("基于深度学习的医学影像分割", 17, "CNKI")


# CSL JSON ---------------------------------------------------------------------------------------------


def test_csl_json_fields_keys_and_lines():
    result = within_limits(_read(csl, EXPORTS / "zotero_better_csl.json"), "zotero_better_csl.json")  # as ingest reads it
    found = {r.key: r for r in result.records}
    blair = found["Blair2004"]
    assert blair.title == "Frithuswith (d. 727)"  # CSL's rich text (<i>) is formatting, not words
    assert (blair.doi, blair.type, blair.year, blair.provenance.line) == ("10.1093/ref:odnb/10183", "chapter", 2004, 3)
    assert found["Author2015"].type == "report" and found["Author2015"].grey
    assert found["Kubrick1964"].authors == [] and found["Kubrick1964"].title.startswith("Dr. Strangelove")
    assert [(p.line, p.message) for p in result.problems] == [(5, "CSL record has no title, author, DOI or URL; it was skipped.")]


def test_csl_json_dates_take_the_first_year_given_and_ignore_years_before_print():
    found = {r.key: r for r in _read(csl, EXPORTS / "zotero_csl_dates.json").records}
    assert found["doe10_edtf_2011"].year == 2011  # "2011" given as text, a range to 2012
    assert all(r.year is None for key, r in found.items() if key in ("t5", "t6"))  # BC dates
    assert all(r.authors and r.authors[0].startswith("Doe") for r in found.values())


def test_csl_json_that_is_not_valid_is_refused_whole_with_its_line(cmo, tmp_path):
    broken = tmp_path / "library.json"
    broken.write_text('[\n  {"type": "book", "title": "One"},\n  {"type": "book" "title": "Two"}\n]\n')
    with pytest.raises(BadInput, match=r"library.json line 3: not valid JSON"):
        csl.read(broken.read_text(), "library.json")
    cmo("init", str(cmo.folder))
    before = (cmo.folder / "review.db").read_bytes()
    message = cmo("ingest", str(broken), code=2).stderr
    assert "library.json line 3: not valid JSON" in message and "nothing was ingested" in message
    assert (cmo.folder / "review.db").read_bytes() == before


def test_csl_json_one_object_and_items_that_are_not_records():
    assert [r.title for r in csl.read('{"type": "book", "title": "Alone"}', "one.json").records] == ["Alone"]
    result = csl.read('[1, {"type": "book", "title": "Kept", "author": [{"literal": "World Health Organization"}]}]', "x.json")
    assert [r.authors for r in result.records] == [["World Health Organization"]]
    assert [p.message for p in result.problems] == ["item 1 is not a CSL record (an object); skipped."]


def test_csl_json_is_sniffed_and_other_json_is_not():
    assert sniff_format(json.dumps([{"id": "a", "type": "article-journal", "title": "T"}], indent=2)) == "csl"
    assert sniff_format('{"name": "package", "version": "1.0"}') is None


# Shared -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Journal Article", "article"),
        ("article-journal", "article"),
        ("Book Section", "chapter"),
        ("bookSection", "chapter"),
        ("journalArticle", "article"),
        ("entry-encyclopedia", "chapter"),
        ("Book", "book"),
        ("Book Review", "article"),
        ("Conference Abstract", "conference"),
        ("paper-conference", "conference"),
        ("Thesis", "thesis"),
        ("Dissertation", "thesis"),
        ("Government Document", "report"),
        ("Technical Reports", "report"),
        ("Case Reports", "article"),
        ("posted-content", "unpublished"),
        ("Web Page", "webpage"),
        ("Newspaper Article", "news"),
        ("Computer Program", "software"),
        ("Dataset", "dataset"),
        ("Statute", "legislation"),
        ("Generic", None),
        ("motion_picture", None),
    ],
)
def test_each_type_label_rule(label, kind):
    assert type_from_label(label) == kind


def test_export_furniture_between_ris_records_is_not_a_problem():
    """EndNote Web and JSTOR print 'Record #2 of 9', 'Provider:' and 'Content:' lines around each record
    (rispy's example_extraneous_data.ris)."""
    text = (
        'Record #1 of 2\nProvider: Provider\nContent: text/plain; charset="UTF-8"\n1.\nTY  - JOUR\nID  - 12345\n'
        "T1  - Title of reference\nA1  - Marx, Karl\nER  - \n\nRecord #2 of 2\nProvider: Provider\n"
        'Content: text/plain; charset="UTF-8"\n2.\nTY  - JOUR\nID  - 12346\nT1  - Another\nA1  - Smith, J\nER  - \n'
    )
    result = ris.read(text, "jstor.ris")
    assert [r.title for r in result.records] == ["Title of reference", "Another"] and result.problems == []


TAGGED = [("ovid", EXPORTS / "ovid_embase_endnote.cgi"), ("endnote", DATA / "endnote_tagged.enw")]


@pytest.mark.parametrize(("fmt", "path"), TAGGED)
def test_tagged_exports_read_in_two_processes_give_what_one_gives(monkeypatch, fmt, path):
    text = decode_file(path).text * 3
    whole = [r.model_dump() for part in read_parts(fmt, text, path.name) for r in part.records]
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    parts = list(read_parts(fmt, text, path.name))
    assert len(parts) > 1 and [r.model_dump() for part in parts for r in part.records] == whole


def test_ovid_and_csl_exports_of_one_work_are_linked(cmo, tmp_path):
    """The same abstract from Ovid's two export choices, then from a CSL JSON file: one source."""
    cmo("init", str(cmo.folder))
    assert cmo.json("ingest", str(EXPORTS / "ovid_embase_citavi.ovd"))["added"] == 2
    assert cmo.json("ingest", str(EXPORTS / "ovid_embase_endnote.cgi"))["merged"] == 2
    library = tmp_path / "zotero.json"
    item = {
        "id": "http://zotero.org/users/1/items/ABCD",
        "type": "paper-conference",
        "title": "Quality of life in patients with primary ciliary dyskinesia: a systematic review",
        "author": [{"family": "Behan", "given": "L."}, {"family": "Rubbo", "given": "B."}],
        "issued": {"date-parts": [[2018]]},
        "DOI": "10.1186/S12919-018-0099-8",
    }
    library.write_text(json.dumps([item]))
    third = cmo.json("ingest", str(library))
    assert (third["added"], third["merged"]) == (0, 1)
    assert len(cmo.json("sources", "list")) == 2


def test_exports_joined_end_to_end_keep_every_record(tmp_path):
    """`cat a.ris b.ris > all.ris` puts the second file's byte order mark before its first TY line."""
    whole = (EXPORTS / "endnote.ris").read_bytes()
    joined = tmp_path / "joined.ris"
    joined.write_bytes(whole + whole)
    result = ris.read(decode_file(joined).text, joined.name)
    assert len(result.records) == 16 and result.problems == []
