"""Session 40, readers: each rule on its own, on topics other than the trials' and the probe's (school meals, falls
prevention, dementia cafés, housing first, ...), with real files and a real review.

- a withdraw naming one of several different files ingested under one name is refused, nothing lost (probe 40 F1);
- a .csv with a records header is a table, whatever tag lines its cells hold (probe 40 F2);
- a long EBSCO-like 'Source' cell is read in linear time (probe 40 F3);
- a control character (a NUL) in a record is taken out and said by file and line (probe 40 F5);
- IEEE Xplore's "E. Villalba; M. T. Arredondo" is read family name last (trial AK 2);
- a record with no title is said (trial AI 7); an erratum is said (trial AK 10);
- a Dimensions affiliation column is not taken for an unread author column (trial AH 10);
- a grey list's 'Organisation / author' column is read, Harvard lists of names too (trial AJ 10);
- a PDF's address and year link two grey records with the same title (trial AJ 4);
- an M3 of several types agreeing with TY JOUR keeps the article an article (trial AJ 3);
- `cmo history FILE` for a file ingested and never withdrawn, and its error as typed (probe 40 F8).
"""

from __future__ import annotations

import time

from cmo.bib.readers import ris
from cmo.bib.readers.medline import read as read_medline
from cmo.sheets.records import initials_first_names, journal_citation, read_records


def keys(cmo) -> list[str]:
    return sorted(s["key"] for s in cmo.json("sources", "list"))


def _ris(title: str, author: str, year: int) -> str:
    return f"TY  - JOUR\nTI  - {title}\nAU  - {author}\nPY  - {year}\nJO  - Public Health Nutrition\nER  - \n"


def test_withdrawing_one_of_two_different_files_of_one_name_is_refused_and_nothing_is_lost(cmo, tmp_path):
    (tmp_path / "school").mkdir()
    (tmp_path / "falls").mkdir()
    meals = tmp_path / "school" / "citations.ris"
    meals.write_text(_ris("Universal free school meals and attainment", "Holford, Angus", 2019), encoding="utf-8")
    falls = tmp_path / "falls" / "citations.ris"
    falls.write_text(_ris("Tai chi for falls prevention in care homes", "Logan, Pip", 2021), encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(meals))
    cmo("ingest", str(falls))
    both = keys(cmo)
    assert len(both) == 2

    refused = cmo("sources", "withdraw", str(meals), "--note", "wrong search", code=2)
    said = refused.stderr
    assert "one of 2 different files ingested under the name citations.ris" in said
    assert "(this file)" in said and "cmo sources withdraw citations.ris" in said and "nothing was changed" in said
    assert keys(cmo) == both  # nothing lost

    # The name alone, as the ingest recorded it, names both imports: taken back on purpose.
    taken = cmo.json("sources", "withdraw", "citations.ris", "--note", "both searches redone")
    assert taken["imports"] == 2 and keys(cmo) == []


def test_a_csv_with_a_records_header_is_a_table_whatever_its_cells_hold(cmo, tmp_path):
    table = tmp_path / "housing.csv"
    table.write_text(
        '"Title","Author","Year"\n'
        '"Housing First fidelity in Canada","Goering, Paula","2016"\n'
        '"Tenancy sustainment\nTY  - JOUR\nTI  - PLANTED\nER  - ","Tsemberis, Sam","2010"\n'
        '"Scattered-site housing and recovery","Aubry, Tim","2015"\n',
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(table))
    titles = sorted(s["title"] for s in cmo.json("sources", "list"))
    assert len(titles) == 3
    assert titles[0].startswith("Housing First fidelity") and not any(t == "PLANTED" for t in titles)


def test_a_long_source_cell_is_read_in_linear_time():
    started = time.perf_counter()
    for cell in ("Bol. " + "b. " * 40_000 + "; 2021. 80 p.", "Bol. " + "b 2021. " * 15_000 + "; 2021."):
        journal_citation(cell)
    assert time.perf_counter() - started < 3.0  # the old pattern took minutes on these
    read = journal_citation("Nutrition Bulletin. Spring2021, Vol. 46 Issue 2, p112-120. 9p.")
    assert read == {"container": "Nutrition Bulletin", "volume": "46", "issue": "2", "pages": "112-120", "year": "2021"}


def test_a_nul_byte_in_a_record_is_taken_out_and_said_by_file_and_line(cmo, tmp_path):
    table = tmp_path / "meals.csv"
    table.write_text('Title,Author,Year\n"Breakfast clubs\x00 and attendance","Crawford, Claire",2019\n', encoding="utf-8")
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(table), code=1).stderr
    assert "meals.csv:2:" in said and "control characters" in said and "title" in said
    (source,) = cmo.json("sources", "list")
    assert source["title"] == "Breakfast clubs and attendance"
    template = tmp_path / "screen.csv"
    cmo("select", "template", "-o", str(template))
    assert "\x00" not in template.read_text(encoding="utf-8")


def test_ieee_semicolon_lists_written_initials_first_are_read_family_name_first(cmo, tmp_path):
    assert initials_first_names("R. Gupta; K. L. Chan; A. de Souza") == ["Gupta, R.", "Chan, K. L.", "de Souza, A."]
    assert initials_first_names("Gupta, R.; Chan, K. L.") == []  # already family name first
    table = tmp_path / "xplore.csv"
    table.write_text(
        '"Document Title","Authors","Publication Title","Publication Year","DOI"\n'
        '"Smart insoles for gait monitoring","R. Gupta; K. L. Chan","IEEE Sensors Journal","2020","10.1109/JSEN.2020.000001"\n'
        '"A solo author gait paper","M. Okafor","IEEE Access","2021","10.1109/ACCESS.2021.000002"\n',
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(table))
    assert keys(cmo) == ["gupta2020smart", "okafor2021solo"]


def test_ieee_lists_with_a_capital_outside_ascii_are_read_family_name_last_for_every_author(cmo, tmp_path):
    # trial AX: "K. Lindqvist; P. Åberg; J. Moll" was read as three family names ("K. Lindqvist et al.") because "Åberg"
    # fell outside [A-Z]; any alphabet's capital starts an initial or a family name
    assert initials_first_names("Ö. Yılmaz; Ş. Çelik; E. Ünal") == ["Yılmaz, Ö.", "Çelik, Ş.", "Ünal, E."]
    assert initials_first_names("de Lusignan S, Mold F") == []  # Vancouver, family name first: not this reader's
    table = tmp_path / "xplore.csv"
    table.write_text(
        '"Document Title","Authors","Publication Title","Publication Year","DOI"\n'
        '"Wind turbine blade icing detection","T. Nilsen; Ø. Håland; A. Strand","IEEE Access","2022","10.1109/ACCESS.2022.3"\n',
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(table))
    assert keys(cmo) == ["nilsen2022wind"]
    (source,) = cmo.json("sources", "list")
    assert source["authors"] == ["Nilsen, T.", "Håland, Ø.", "Strand, A."]


def test_ieee_xplore_document_identifier_gives_the_type_as_its_bibtex_does(cmo, tmp_path):
    # trial AX: IEEE Xplore's CSV gave its conference papers as journal articles (peer-reviewed) where the same
    # database's BibTeX (@INPROCEEDINGS) and dblp gave them as conference papers (grey): its "Document Identifier"
    # column ("IEEE Conferences", "IEEE Journals") says which, read as a type label, plurals too; a paper printed whole in
    # the proceedings (eight pages here) is peer-reviewed all the same (helper K4: `normalise.full_paper_in_proceedings`)
    table = tmp_path / "xplore.csv"
    table.write_text(
        '"Document Title","Authors","Publication Title","Publication Year","Start Page","End Page","DOI","Document Identifier"\n'
        '"Drone delivery of defibrillators","L. Park; J. Mensah","2022 IEEE Robotics Conf.","2022","10","17","10.1109/R.1",'
        '"IEEE Conferences"\n'
        '"Drone routing for rural pharmacies","M. Osei","IEEE Access","2023","55","66","10.1109/A.2","IEEE Journals"\n',
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(table))
    read = {s["key"]: (s["type"], s["grey"]) for s in cmo.json("sources", "list")}
    assert read == {"park2022drone": ("conference", False), "osei2023drone": ("article", False)}


def test_a_record_with_no_title_is_said_at_ingest(cmo, tmp_path):
    export = tmp_path / "noise.ris"
    export.write_text("TY  - JOUR\nTI  - \nAU  - Basner, Mathias\nPY  - 2014\nJO  - Lancet\nER  - \n", encoding="utf-8")
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(export), code=1).stderr
    assert "noise.ris:1: this record has no title" in said and "cmo sources edit KEY --title" in said


def test_an_erratum_is_said_at_ingest_as_a_notice_to_exclude(tmp_path):
    nbib = (
        "PMID- 11111111\nTI  - Error in Figure 2.\nDP  - 2020 Mar\nPT  - Published Erratum\nTA  - BMJ Open\n"
        "JT  - BMJ open\nSO  - BMJ Open. 2020 Mar;10(3):e000001.\n"
    )
    result = read_medline(nbib, "school.nbib")
    from cmo.bib.readers import within_limits

    part = within_limits(result, "school.nbib")
    said = [p.message for p in part.problems]
    assert any("'Published Erratum'" in m and "not a study" in m and "cmo select exclude" in m for m in said)


def test_an_affiliation_column_naming_organisations_is_no_unread_author_column(tmp_path):
    text = (
        "Title,Authors,PubYear,City of Research organization,Research Organizations - standardized\n"
        '"Peer support for new fathers","Shorey, Shefaly",2019,Singapore,National University of Singapore\n'
    )
    read = read_records(text, "dims.csv")
    assert not read.warnings
    unread = read_records('Title,Year,Author,Lead organisation\nA,2019,"Ng, A",Mind\n', "grey.csv")
    assert any("'Lead organisation'" in str(w) for w in unread.warnings)  # a column naming who issued it still is


def test_a_grey_lists_organisation_author_column_and_harvard_lists_are_read_as_authors(cmo, tmp_path):
    assert ris.split_author_value("Kendall, S., Bloor, K., ACME Trust and Rudd, P.") == [
        "Kendall, S.",
        "Bloor, K.",
        "ACME Trust",
        "Rudd, P.",
    ]
    assert ris.split_author_value("Institute of Health Equity, Marmot Review Team") == [
        "Institute of Health Equity, Marmot Review Team"
    ]
    grey = tmp_path / "grey.csv"
    grey.write_text(
        "Organisation / author,Year,Title,Publisher\n"
        '"Kendall, S., Bloor, K. and Rudd, P.",2015,Evaluation of the school nursing pathway,Department of Health\n',
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(grey))
    assert keys(cmo) == ["kendall2015evaluation"]


def test_two_grey_records_with_one_pdf_address_year_and_title_are_one_work(cmo, tmp_path):
    pdf = "https://www.crisis.org.uk/media/housing-first.pdf"
    bib = tmp_path / "zotero.bib"
    bib.write_text(
        "@techreport{blood_housing_2017,\n title = {Implementing Housing First across England, Scotland and Wales},\n"
        f" author = {{Blood, Imogen}},\n institution = {{Crisis}},\n year = {{2017}},\n url = {{{pdf}}}\n}}\n",
        encoding="utf-8",
    )
    grey = tmp_path / "grey.csv"
    grey.write_text(
        f"Author,Year,Title,Type,URL\n,2017,Implementing Housing First across England Scotland and Wales,Report,{pdf}\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(bib), str(grey))
    (source,) = cmo.json("sources", "list")
    assert source["key"] == "blood_housing_2017"


def test_an_m3_listing_a_journal_article_among_other_types_keeps_the_article_an_article():
    text = (
        "TY  - JOUR\nTI  - Nurse-led falls clinics\nAU  - Close, Jacqueline\nPY  - 2003\nT2  - Age and Ageing\n"
        "VL  - 32\nSP  - 10\nEP  - 18\nM3  - Journal Articles; Reports - Research\nER  - \n\n"
        "TY  - JOUR\nTI  - Falls services in England\nAU  - Close, Jacqueline\nPY  - 2004\n"
        "M3  - Reports - Evaluative\nER  - \n"
    )
    article, report = ris.read(text, "eric.ris").records
    assert (article.type, article.grey) == ("article", False)
    assert report.type == "report"


def test_history_of_a_file_ingested_and_never_withdrawn_is_no_error_and_an_unknown_name_is_said_as_typed(cmo, tmp_path):
    export = tmp_path / "Falls.ris"
    export.write_text(_ris("Exercise to prevent falls in older adults", "Sherrington, Cathie", 2019), encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(export))
    cmo("history", str(export))
    cmo("history", "Falls.ris")
    said = cmo("history", "no-such-thing.ris", code=2).stderr
    assert "'no-such-thing.ris'" in said
