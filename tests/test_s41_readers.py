"""Session 41, readers: PubMed XML (trial AM: refused, so a team that saved XML had to search again) read as the MEDLINE
record PubMed writes for the same article; a MEDLINE line wrapped after a word's hyphen read whole; Covidence's own
'Tags' column (trial AI: every Covidence import exited 1) read into the screening note.

The PubMed fixtures (tests/data/pubmed_xml/README.md) are one set of tuberculosis and HIV records written both ways, as
PubMed writes XML and MEDLINE; the sheets are written here in Covidence's layout, on the example review's sources."""

from __future__ import annotations

import pytest
from conftest import DATA

from cmo.bib.readers import medline, pubmed_xml, read_parts
from cmo.errors import BadInput
from cmo.textio import decode_file

SET = DATA / "pubmed_xml" / "pubmed-tb-hiv-set"


def _xml(text: str, name: str = "pubmed.xml"):
    return pubmed_xml.read(text, name)


def _set(suffix: str):
    path = SET.with_suffix(suffix)
    return (pubmed_xml if suffix == ".xml" else medline).read(decode_file(path).text, path.name)


# PubMed XML, read ----------------------------------------------------------------------------------------------------


def test_a_pubmed_xml_article_gives_every_field_a_citation_and_a_screener_need():
    read = _set(".xml")
    assert len(read.records) == 4
    article, online, erratum, chapter = read.records
    assert article.authors == ["Mwangi, Grace W", "van der Berg, Pieter-Jan", "Otieno, Samuel", "TB Adherence Study Group"]
    assert article.title.startswith("Video-observed therapy for Mycobacterium tuberculosis treatment in community clinics")
    assert (article.year, article.volume, article.issue, article.pages) == (
        2019,
        "23",
        "11",
        "112-118",
    )  # "2019 Nov-Dec", "112-8"
    assert article.container.startswith("The international journal of tuberculosis and lung disease")
    assert (article.doi, article.pmid, article.extra["PMC"]) == ("10.5588/ijtld.19.0123", "31712345", "PMC6987654")
    assert article.abstract.startswith("SETTING: Six community clinics") and " CONCLUSION: Flexibility" in article.abstract
    assert article.extra["MH"] == "Antitubercular Agents/*therapeutic use; *Medication Adherence"
    assert article.extra["OT"] == "adherence; digital health" and article.extra["LA"] == "eng"
    assert article.provenance.format == "pubmed_xml" and article.provenance.key == "31712345"
    assert article.provenance.line == 4  # the line its <PubmedArticle> opens on
    assert "CD4(+) recovery" in online.title and online.pages == "e0241234"  # its ELocationID, as PubMed cites it
    assert erratum.original_type == "Published Erratum" and erratum.authors == []
    assert any("typed 'Published Erratum'" in p.message and p.line == erratum.provenance.line for p in read.problems)
    assert (chapter.type, chapter.title, chapter.container, chapter.publisher) == (
        "chapter",
        "Directly Observed Therapy",
        "StatPearls",
        "StatPearls Publishing",
    )


def test_the_same_records_read_from_pubmed_xml_and_from_medline_are_the_same_records():
    """Every field a source, its citation and de-duplication use is the same whichever of PubMed's formats was saved."""
    from_xml, from_medline = _set(".xml"), _set(".nbib")
    assert [p.message for p in from_xml.problems] == [p.message for p in from_medline.problems]
    kept_apart = {"provenance", "extra"}
    for xml_record, medline_record in zip(from_xml.records, from_medline.records, strict=True):
        assert xml_record.model_dump(exclude=kept_apart) == medline_record.model_dump(exclude=kept_apart)
        assert xml_record.provenance.key == medline_record.provenance.key


def test_inline_markup_in_a_title_is_read_as_text_and_a_superscript_in_brackets():
    text = (
        '<?xml version="1.0" ?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">'
        '<PMID Version="1">11111111</PMID><Article><Journal><Title>Water research</Title></Journal>'
        "<ArticleTitle>Removal of <i>Escherichia coli</i> and NO<sub>3</sub><sup>-</sup> by <b>slow</b> sand filters."
        "</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
    )
    assert _xml(text).records[0].title == "Removal of Escherichia coli and NO(3)(-) by slow sand filters."


def test_a_pubmed_xml_with_entities_of_its_own_is_refused_in_one_sentence_naming_the_line():
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;">\n]>\n'
        "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID></MedlineCitation></PubmedArticle>"
        "</PubmedArticleSet>"
    )
    with pytest.raises(BadInput, match=r"^bomb\.xml line 2: the XML declares a document type of its own"):
        _xml(bomb, "bomb.xml")


def test_a_cut_pubmed_xml_is_refused_with_its_line_and_an_article_with_nothing_is_named():
    with pytest.raises(BadInput, match=r"^cut\.xml line 3: not well-formed XML"):
        _xml('<?xml version="1.0" ?>\n<PubmedArticleSet>\n<PubmedArticle><MedlineCitation>', "cut.xml")
    empty = _xml("<PubmedArticleSet>\n<PubmedArticle><PubmedData/></PubmedArticle></PubmedArticleSet>")
    assert empty.records == [] and empty.problems[0].line == 2 and "has no PMID, title or author" in empty.problems[0].message


def test_a_large_pubmed_xml_is_handed_on_in_parts(monkeypatch):
    from cmo.bib.readers import endnote_xml

    article = (
        "<PubmedArticle><MedlineCitation><PMID>{n}</PMID><Article><ArticleTitle>Trial {n} of school meals.</ArticleTitle>"
        "</Article></MedlineCitation></PubmedArticle>\n"
    )
    text = "<PubmedArticleSet>\n" + "".join(article.format(n=n) for n in range(1, 11)) + "</PubmedArticleSet>\n"
    monkeypatch.setattr(endnote_xml, "FEED_CHARACTERS", 300)
    monkeypatch.setattr(endnote_xml, "PART_RECORDS", 3)  # one part size for every XML export
    parts = list(read_parts("pubmed_xml", text, "meals.xml"))
    assert len(parts) > 2 and [r.pmid for part in parts for r in part.records] == [str(n) for n in range(1, 11)]


# MEDLINE, the rules both formats share -------------------------------------------------------------------------------


def _medline(*lines: str):
    return medline.read("\n".join(["PMID- 22222222", *lines, "SO  - J Test. 2021."]) + "\n", "x.nbib").records[0]


def test_a_medline_line_wrapped_after_a_words_hyphen_joins_the_word_but_not_a_suspended_hyphen():
    record = _medline(
        "TI  - Pre- and post-intervention changes in self-",
        "      reported sleep among shift-",
        "      working midwives: a before-",
        "      and-after study.",
    )
    assert (
        record.title
        == "Pre- and post-intervention changes in self-reported sleep among shift-working midwives: a before-and-after study."
    )
    assert _medline("TI  - Short- or long-", "      term care?").title == "Short- or long-term care?"
    assert _medline("TI  - Short-", "      or long-term care?").title == "Short- or long-term care?"


def test_a_medline_record_without_pages_is_cited_by_its_article_number_not_a_publishers_item_id():
    assert _medline("TI  - A", "LID - 10.3390/ijerph17051692 [doi]", "LID - 1692 [pii]").pages == "1692"
    assert _medline("TI  - A", "LID - S0277-9536(19)30656-5 [pii]").pages == ""
    assert _medline("TI  - A", "PG  - 45-9", "LID - e12 [pii]").pages == "45-49"


# PubMed XML, ingested (needs the sniffing and the format name outside cmo/bib/readers: see the session's report) ---


def test_pubmed_xml_is_ingested_and_its_medline_copy_links_to_the_same_works(cmo):
    cmo("init", str(cmo.folder))
    first = cmo.json("ingest", str(SET.with_suffix(".xml")), code=1)  # the erratum is named: rc 1
    assert first["added"] == 4 and first["files"][0]["format"] == "pubmed_xml"
    second = cmo.json("ingest", str(SET.with_suffix(".nbib")), code=1)
    assert second["added"] == 0 and second["merged"] == 4
    sources = cmo.json("sources", "list")
    assert len(sources) == 4 and all(len(source["records"]) == 2 for source in sources)


# Covidence ------------------------------------------------------------------------------------------------------------

COVIDENCE_HEADER = (
    '"Title","Authors","Abstract","Published Year","Published Month","Journal","Volume","Issue","Pages",'
    '"Accession Number","DOI","Ref","Covidence #","Study","Notes","Tags"\n'
)


def test_covidences_tags_are_kept_in_the_screening_note_and_the_import_exits_0(demo, tmp_path):
    """Trial AI: Covidence writes 'Tags' (the team's own labels) in every export; it was named as a column the user
    should rename, and every import exited 1."""
    chosen = [s for s in demo.json("sources", "list") if s["status"] != "excluded" and s["title"]][:2]
    rows = [
        f'"{source["title"]}","","","{source["year"] or ""}","","","","","","","","{n}","#{100 + n}","","",'
        f'"{"awaiting full text; qualitative" if n == 1 else ""}"\n'
        for n, source in enumerate(chosen, start=1)
    ]
    sheet = tmp_path / "review_98765_included_csv_20261206.csv"
    sheet.write_text(COVIDENCE_HEADER + "".join(rows), encoding="utf-8")
    result = demo("select", "import", str(sheet), "--as", "included")
    assert "was not read" not in result.output
    shown = demo("sources", "show", chosen[0]["key"]).output
    assert "Tags: awaiting full text; qualitative" in shown
    assert "Tags" not in demo("sources", "show", chosen[1]["key"]).output


def test_a_tags_column_in_a_sheet_of_no_tools_is_still_named_as_not_read(demo, tmp_path):
    """Only the tool that always writes the column is spared the warning: a team's own 'Tags' column is theirs."""
    source = next(s for s in demo.json("sources", "list") if s["title"])
    sheet = tmp_path / "screening.csv"
    sheet.write_text(f"key,decision,Tags\n{source['key']},include,priority\n", encoding="utf-8")
    result = demo("select", "import", str(sheet), code=1)
    assert "the column 'Tags' (1 row) was not read" in result.output
