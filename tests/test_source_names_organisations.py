"""How a sheet's source cell names an organisation's work, and one of two works cited alike, by the one rule every
sheet and `cmo sources show` read source cells by (`KeyIndex.resolve`); and the meeting of a conference abstract in a
database's CSV export.

1. Reviewers cite a body by its initials ("SAMHSA 2019") where the export holds its name, and by its name where the
   export holds its initials: either is read as the other where the initials are the name's (small words counted or
   not, one word of a grown name left out), never where two works could be meant.
2. A citation two works answer to names the included one on a sheet that prefers included works (a coding sheet),
   said with its row; a screening or appraisal sheet stays strict, and its message says how each was screened.
3. Embase's and Scopus's "Conference Name", Web of Science's "Conference Title" are the record's meeting, as the RIS
   readers keep it, and the journal or proceedings its container."""

from __future__ import annotations

import csv
import json
from contextlib import closing

import pytest

BODIES_BIB = """\
@techreport{samhsa_report,
  author = {{Substance Abuse and Mental Health Services Administration}},
  title = {Key substance use and mental health indicators in the United States},
  year = {2019},
}
@report{nspcc_review,
  author = {{National Society for the Prevention of Cruelty to Children}},
  title = {How safe are our children?},
  year = {2017},
}
@report{dfe_guidance,
  author = {{Department for Education}},
  title = {Mental health and behaviour in schools},
  year = {2018},
}
@report{nihr_plan,
  author = {{National Institute for Health and Care Research}},
  title = {Best research for best health: the next chapter},
  year = {2023},
}
@report{dhsc_plan,
  author = {{Department of Health and Social Care}},
  title = {Suicide prevention strategy for England},
  year = {2023},
}
"""

BODIES_RIS = """\
TY  - RPRT
AU  - Agency for Healthcare Research and Quality
TI  - Telehealth for acute and chronic care consultations
PY  - 2019
ER  -

TY  - RPRT
AU  - SCIE
TI  - Co-production in social care: what it is and how to do it
PY  - 2015
ER  -

TY  - RPRT
AU  - Care Quality Commission (CQC)
TI  - The state of health care and adult social care in England
PY  - 2020
ER  -
"""

GREY_CSV = """\
Title,Authors,Year,Publisher,Type
Education at a glance,Organisation for Economic Co-operation and Development,2021,OECD Publishing,report
The state of the world's children,United Nations Children's Fund,2021,,report
Mental health in Scotland: a plan,National Health Service Scotland,2020,,report
"""


def _bodies_review(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    for name, text in (("bodies.bib", BODIES_BIB), ("bodies.ris", BODIES_RIS), ("grey.csv", GREY_CSV)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        cmo("ingest", str(tmp_path / name))
    return {s["citation"]: s["key"] for s in cmo.json("sources", "list")}


def _shown(cmo, cited: str, code: int = 0):
    result = cmo("sources", "show", cited, "--json", code=code)
    return json.loads(result.stdout)["key"] if code == 0 else result.stderr


def test_a_body_cited_by_its_initials_is_the_work_of_the_body_of_that_name(cmo, tmp_path):
    """Fails before: every one of these was 'not a source in this review'."""
    keys = _bodies_review(cmo, tmp_path)
    assert _shown(cmo, "SAMHSA 2019") == keys["Substance Abuse and Mental Health Services Administration 2019"]
    assert _shown(cmo, "(NSPCC, 2017)") == keys["National Society for the Prevention of Cruelty to Children 2017"]
    assert _shown(cmo, "DfE 2018") == keys["Department for Education 2018"]  # a small word's letter among the capitals
    assert _shown(cmo, "AHRQ (2019)") == keys["Agency for Healthcare Research and Quality 2019"]
    assert _shown(cmo, "OECD 2021") == keys["Organisation for Economic Co-operation and Development 2021"]
    assert _shown(cmo, "NHS Scotland 2020") == keys["National Health Service Scotland 2020"]  # initials, then a word
    assert _shown(cmo, "CQC 2020") == keys["Care Quality Commission (CQC) 2020"]  # the initials it gives in brackets
    assert _shown(cmo, "NIHR 2023") == keys["National Institute for Health and Care Research 2023"]  # a grown name
    # what no rule justifies: UNICEF is no initialism of the United Nations Children's Fund; two letters leave no word
    # out (DH is not the Department of Health and Social Care); the year is the work's
    assert "is not in this review" in _shown(cmo, "UNICEF 2021", code=2)
    assert "is not in this review" in _shown(cmo, "DH 2023", code=2)
    assert "is not in this review" in _shown(cmo, "SAMHSA 2020", code=2)


def test_a_body_whose_export_holds_its_initials_is_found_by_its_name(cmo, tmp_path):
    """Fails before: the name written out was not a source in this review."""
    keys = _bodies_review(cmo, tmp_path)
    assert _shown(cmo, "Social Care Institute for Excellence 2015") == keys["SCIE 2015"]
    assert _shown(cmo, "Care Quality Commission 2020") == keys["Care Quality Commission (CQC) 2020"]


def test_initials_two_bodies_share_or_a_body_cited_both_ways_are_refused_naming_each(cmo, tmp_path):
    """Fails before: 'APA 2013' was not a source (now: which of two); 'ISPOR 2016' named the one work whose author
    field is the initials, though the society's full name is another work's author that year."""
    cmo("init", str(cmo.folder))
    ris = tmp_path / "two.ris"
    ris.write_text(
        "TY  - RPRT\nAU  - American Psychiatric Association\nTI  - Diagnostic manual\nPY  - 2013\nER  - \n\n"
        "TY  - RPRT\nAU  - American Psychological Association\nTI  - Publication manual\nPY  - 2013\nER  - \n\n"
        "TY  - RPRT\nAU  - ISPOR\nTI  - Budget impact analysis\nPY  - 2016\nER  - \n\n"
        "TY  - RPRT\nAU  - International Society for Pharmacoeconomics and Outcomes Research\nTI  - Good practice\n"
        "PY  - 2016\nER  - \n",
        encoding="utf-8",
    )
    cmo("ingest", str(ris))
    said = _shown(cmo, "APA 2013", code=2)
    assert "'APA 2013' could be any of apa2013diagnostic (American Psychiatric Association 2013)" in said
    assert "apa2013publication (American Psychological Association 2013): use the key" in said
    said = _shown(cmo, "ISPOR 2016", code=2)
    assert "could be any of ispor2016budget (ISPOR 2016), ispor2016good (International Society for" in said
    sheet = tmp_path / "coded.csv"
    sheet.write_text("source,context,mechanism,outcome\nAPA 2013,Clinicians,A shared manual,Agreement\n", encoding="utf-8")
    refused = cmo("code", "import", str(sheet), code=2).stderr
    assert "row 2, column source: 'APA 2013' could be any of apa2013diagnostic" in refused


def test_a_coding_and_an_appraisal_sheet_read_a_body_by_its_initials(cmo, tmp_path):
    """Fails before: both sheets were refused, 'AHRQ 2019' and 'NSPCC 2017' naming no source."""
    keys = _bodies_review(cmo, tmp_path)
    coded = tmp_path / "coded.csv"
    coded.write_text(
        "source,context,mechanism,outcome\nAHRQ 2019,Rural clinics,Video visits save travel,More follow-up\n"
        "NSPCC 2017,Schools,Staff know the signs,Earlier referral\n",
        encoding="utf-8",
    )
    cmo("code", "import", str(coded))
    assert [s["source"] for s in cmo.json("code", "list")] == [
        keys["Agency for Healthcare Research and Quality 2019"],
        keys["National Society for the Prevention of Cruelty to Children 2017"],
    ]
    appraisal = tmp_path / "appraisal.csv"
    appraisal.write_text("key,relevance,rigour\nNSPCC 2017,high,medium\n", encoding="utf-8")
    cmo("appraise", "--file", str(appraisal))
    shown = cmo.json("sources", "show", keys["National Society for the Prevention of Cruelty to Children 2017"])
    assert (shown["appraisal"]["relevance"], shown["appraisal"]["rigour"]) == ("high", "medium")


# --- 2. one of two works cited alike, one included ---------------------------------------------------------------

ALIKE_BIB = """\
@article{okafor_trial,
  author = {Okafor, Ngozi and Mensah, Kofi},
  title = {Community health workers and hypertension control: a cluster trial},
  journal = {Lancet Global Health},
  year = {2021},
}
@article{okafor_protocol,
  author = {Okafor, Ngozi and Mensah, Kofi},
  title = {Community health workers and hypertension control: a trial protocol},
  journal = {Trials},
  year = {2021},
}
@article{okafor_process,
  author = {Okafor, Ngozi and Addo, Ama},
  title = {Supervising community health workers: a process evaluation},
  journal = {Health Policy and Planning},
  year = {2021},
}
"""


def _alike_review(cmo, tmp_path, *, excluded=("okafor_protocol",), included=("okafor_trial",)):
    cmo("init", str(cmo.folder))
    bib = tmp_path / "alike.bib"
    bib.write_text(ALIKE_BIB, encoding="utf-8")
    cmo("ingest", str(bib))
    keys = {s["title"].split(": ")[-1]: s["key"] for s in cmo.json("sources", "list")}
    for title in included:
        cmo("select", "include", keys[_TITLES[title]])
    for title in excluded:
        cmo("select", "exclude", keys[_TITLES[title]], "--reason", "a protocol, no findings")
    return {name: keys[_TITLES[name]] for name in _TITLES}


_TITLES = {"okafor_trial": "a cluster trial", "okafor_protocol": "a trial protocol", "okafor_process": "a process evaluation"}


def _index(folder, *, prefer_included):
    from cmo.commands.review import open_review
    from cmo.commands.sources import key_aliases
    from cmo.sheets.tables import KeyIndex

    review = open_review(folder)
    return review, KeyIndex(review.store.source_keys(), lambda: key_aliases(review), prefer_included=prefer_included)


def test_a_citation_two_works_answer_to_names_the_included_one_where_included_works_are_preferred(cmo, tmp_path):
    """Fails before: KeyIndex took no preference, and the citation was refused as ambiguous on every sheet."""
    keys = _alike_review(cmo, tmp_path, excluded=("okafor_protocol", "okafor_process"))
    review, index = _index(cmo.folder, prefer_included=True)
    with closing(review.store):
        assert index.resolve("Okafor & Mensah 2021") == keys["okafor_trial"]
        assert index.resolve("(Okafor et al., 2021)") == keys["okafor_trial"]
        assert index.chosen == {"Okafor & Mensah 2021": keys["okafor_trial"], "(Okafor et al., 2021)": keys["okafor_trial"]}
        rows = [(2, ["Okafor & Mensah 2021", "x"]), (3, ["Lee 2020; (Okafor et al., 2021)"]), (4, [])]
        said = index.said_of_choices("coded.csv", rows, 0)
    assert said[0] == (
        f"coded.csv: row 2: 'Okafor & Mensah 2021' could be any of {keys['okafor_process']}, {keys['okafor_protocol']}, "
        f"{keys['okafor_trial']}; it was read as {keys['okafor_trial']}, the one of them included "
        f"({keys['okafor_process']} is excluded: a protocol, no findings; {keys['okafor_protocol']} is excluded: a protocol, "
        "no findings): write the key where another is meant"
    )
    assert said[1].startswith("coded.csv: row 3: '(Okafor et al., 2021)' could be any of")


def test_no_work_is_preferred_where_none_or_several_are_included_or_on_a_strict_sheet(cmo, tmp_path):
    """Pins: two works included, or none (one unscreened), leave the citation ambiguous; a sheet that does not prefer
    (screening: the excluded work may be the one meant) is never given the included one."""
    _alike_review(cmo, tmp_path, excluded=(), included=("okafor_trial", "okafor_process"))
    review, index = _index(cmo.folder, prefer_included=True)
    with closing(review.store):
        assert index.resolve("Okafor 2021") is None and index.chosen == {}
    review, strict = _index(cmo.folder, prefer_included=False)
    with closing(review.store):
        assert strict.resolve("Okafor 2021") is None and strict.said_of_choices("a.csv", [(2, ["Okafor 2021"])], 0) == []


def test_a_strict_sheet_refusing_works_cited_alike_says_how_each_was_screened(cmo, tmp_path):
    """Fails before: the message cited both 'Okafor & Mensah 2021' alike, so it did not tell the two works apart."""
    keys = _alike_review(cmo, tmp_path)
    sheet = tmp_path / "screening.csv"
    sheet.write_text("key,decision,reason\nOkafor & Mensah 2021,exclude,wrong outcome\n", encoding="utf-8")
    refused = cmo("select", "import", str(sheet), code=2).stderr
    assert (
        f"'Okafor & Mensah 2021' could be any of {keys['okafor_process']} (Okafor & Addo 2021, unscreened), "
        f"{keys['okafor_protocol']} (Okafor & Mensah 2021, excluded), {keys['okafor_trial']} (Okafor & Mensah 2021, "
        "included): write the key"
    ) in refused
    assert cmo.json("sources", "show", keys["okafor_trial"])["status"] == "included"  # nothing decided


# --- 3. a conference abstract's meeting in a database's CSV export ---------------------------------------------

EMBASE_HEADER = (
    "Title,Original Title,Author Names,Author Addresses,Correspondence Address,Editors,AiP/IP Entry Date,"
    "Full Record Entry Date,Source,Source title,Publication Year,Volume,Issue,First Page,Last Page,Date of Publication,"
    "Publication Type,Conference Name,Conference Location,Conference Date,Conference Editors,ISSN,ISBN,Book Publisher,"
    "Abstract,Embase Accession ID,Medline PMID,PUI,DOI"
).split(",")
SCOPUS_HEADER = (
    "Authors,Author full names,Author(s) ID,Title,Year,Source title,Volume,Issue,Art. No.,Page start,Page end,Page count,"
    "Cited by,DOI,Link,Abstract,Publisher,Conference name,Conference date,Conference location,Conference code,ISSN,ISBN,"
    "CODEN,PubMed ID,Language of Original Document,Abbreviated Source Title,Document Type,Publication Stage,Open Access,"
    "Source,EID"
).split(",")
WOS_HEADER = (
    "Publication Type,Authors,Book Authors,Book Editors,Book Group Authors,Author Full Names,Book Author Full Names,"
    "Group Authors,Article Title,Source Title,Book Series Title,Book Series Subtitle,Language,Document Type,"
    "Conference Title,Conference Date,Conference Location,Conference Sponsor,Conference Host,Author Keywords,"
    "Keywords Plus,Abstract,Publisher,Volume,Issue,Start Page,End Page,DOI,Publication Year,UT (Unique WOS ID)"
).split(",")


def _table(path, header, *rows):
    """A CSV as the exporter lays it out: every column of its header, the row's cells by name, the rest empty."""
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows([row.get(name, "") for name in header] for row in rows)
    return path


def _ingested(cmo, path):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(path))
    return {s["title"]: cmo.json("sources", "show", s["key"]) for s in cmo.json("sources", "list")}


def test_an_embase_csv_conference_abstract_has_its_meeting_apart_from_its_journal(cmo, tmp_path):
    """Fails before: the meeting was kept as 'conference name', which nothing reads as the meeting."""
    path = _table(
        tmp_path / "embase.csv",
        EMBASE_HEADER,
        {
            "Title": "Peer workers in early intervention for psychosis",
            "Author Names": "Osei A., Boateng K.",
            "Source": "Schizophrenia Bulletin (2020) 46 Supplement 1 (S123). Date of Publication: 1 May 2020",
            "Source title": "Schizophrenia Bulletin",
            "Publication Year": "2020",
            "Volume": "46",
            "Publication Type": "Conference Abstract",
            "Conference Name": "2020 Congress of the Schizophrenia International Research Society, SIRS 2020",
            "Conference Location": "Florence, Italy",
        },
        {"Title": "A journal article", "Author Names": "Mensah K.", "Source title": "BMJ Open", "Publication Year": "2019"},
    )
    sources = _ingested(cmo, path)
    abstract = sources["Peer workers in early intervention for psychosis"]
    assert (abstract["type"], abstract["container"]) == ("conference", "Schizophrenia Bulletin")
    assert abstract["extra"]["eventtitle"] == "2020 Congress of the Schizophrenia International Research Society, SIRS 2020"
    assert "conference name" not in abstract["extra"] and abstract["extra"]["conference location"] == "Florence, Italy"
    assert "eventtitle" not in sources["A journal article"]["extra"]


def test_a_scopus_csv_conference_paper_has_its_meeting_and_its_proceedings(cmo, tmp_path):
    """Fails before: as for Embase. A row naming only its conference has that as its container (as RIS's T2)."""
    meeting = "16th World Congress of Medical and Health Informatics, MedInfo 2017"
    path = _table(
        tmp_path / "scopus.csv",
        SCOPUS_HEADER,
        {
            "Authors": "Lee A.; Park B.",
            "Author full names": "Lee, Anna (57190000001); Park, Ben (57190000002)",
            "Title": "Telepsychiatry for rural veterans",
            "Year": "2017",
            "Source title": "Studies in Health Technology and Informatics",
            "Conference name": meeting,
            "Document Type": "Conference paper",
            "Source": "Scopus",
        },
        {"Authors": "Kim S.", "Title": "Proceedings untitled", "Year": "2018", "Conference name": meeting, "Source": "Scopus"},
    )
    sources = _ingested(cmo, path)
    paper = sources["Telepsychiatry for rural veterans"]
    assert (paper["container"], paper["extra"]["eventtitle"]) == ("Studies in Health Technology and Informatics", meeting)
    alone = sources["Proceedings untitled"]
    assert (alone["container"], "eventtitle" in alone["extra"]) == (meeting, False)
    bib = tmp_path / "included.bib"
    cmo("select", "include", paper["key"])
    cmo("export", "-o", str(bib))
    assert f"eventtitle = {{{meeting}}}" in bib.read_text(encoding="utf-8")


def test_a_web_of_science_workbook_meeting_abstract_has_its_conference_title_as_its_meeting(cmo, tmp_path):
    """Fails before: as for Embase, under 'conference title'. The workbook as Web of Science's Excel export lays it out."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "savedrecs"
    row = {
        "Publication Type": "J",
        "Authors": "Kim, S; Cho, H",
        "Author Full Names": "Kim, Soo; Cho, Hana",
        "Article Title": "Video consultations in community oncology",
        "Source Title": "JOURNAL OF CLINICAL ONCOLOGY",
        "Document Type": "Meeting Abstract",
        "Conference Title": "Annual Meeting of the American-Society-of-Clinical-Oncology (ASCO)",
        "Conference Date": "MAY 29-JUN 02, 2015",
        "Volume": "33",
        "Publication Year": "2015",
        "UT (Unique WOS ID)": "WOS:000358036900001",
    }
    sheet.append(WOS_HEADER)
    sheet.append([row.get(name) for name in WOS_HEADER])
    path = tmp_path / "savedrecs.xlsx"
    book.save(path)
    abstract = _ingested(cmo, path)["Video consultations in community oncology"]
    assert abstract["container"] == "JOURNAL OF CLINICAL ONCOLOGY"
    assert abstract["extra"]["eventtitle"] == "Annual Meeting of the American-Society-of-Clinical-Oncology (ASCO)"
