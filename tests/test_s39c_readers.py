"""Session 39, readers (third round): what the tester of trial AG (community pharmacy services for people who use
opioids) found in Web of Science's BibTeX and in titles linked across Google Scholar and a grey list. The records here
are of other topics (school health, asthma, falls in care homes).

AG 1. Web of Science writes every BibTeX value in two braces (`Volume = {{42}}`): volume, issue and pages kept the inner
      ones, so citations read "Journal of School Health, {42}({3}): {201-209}" and exports wrote `volume = {{42}}`; its
      journals' names in capitals were exported as read ("JOURNAL OF SCHOOL HEALTH") while citations title-case them.
AG 11. A title written all in lower case (Google Scholar's) was kept over a grey list's with capitals.

Each rule is tested alone, then through `cmo` as a user runs it. Every test fails on the code before.
"""

from __future__ import annotations

from contextlib import closing

from cmo.bib.citations import citing, reference
from cmo.bib.linking import link_record, new_source
from cmo.bib.readers.bibtex import read
from cmo.commands.review import open_review
from cmo.models import Provenance, Record

WOS_BIB = """@article{ WOS:000512345600001,
Author = {Okafor, Chidi and
   Lindqvist, Maja},
Title = {{School nurses and asthma action plans: a cluster trial in
   Manitoba, Canada}},
Journal = {{JOURNAL OF SCHOOL HEALTH}},
Year = {{2020}},
Month = {{MAR}},
Volume = {{42}},
Number = {{3}},
Pages = {{201-209}},
DOI = {{10.1111/josh.12345}},
Unique-ID = {{WOS:000512345600001}},
}

@article{ WOS:000512345600002,
Author = {Haddad, Rania},
Title = {{Inhaler technique taught by school staff}},
Journal = {{PEDIATRICS}},
Year = {{2019}},
Volume = {{144}},
Number = {{2}},
Pages = {{e20190011}},
DOI = {{10.1542/peds.2019-0011}},
Language = {{English}},
Unique-ID = {{WOS:000512345600002}},
}
"""

ZOTERO_BIB = """@article{moreau2021midwife,
  title = {Midwife-led asthma reviews in pregnancy},
  author = {Moreau, Claire and {Royal College of Midwives}},
  journal = {JOGNN},
  year = {2021},
  volume = {50},
  pages = {33--41},
  note = {{Asthma} and {pregnancy} series},
}

@article{berg2020nurse,
  title = {Nurse-led asthma clinics},
  author = {Berg, Anna},
  journal = {Journal of Advanced Nursing},
  year = {2020},
  volume = {{76}},
}
"""


def _records(text: str, name: str) -> dict[str, Record]:
    return {record.provenance.key: record for record in read(text, name).records}


# --- AG 1: braces that protect a whole value -------------------------------------------------------------------------


def test_braces_around_a_whole_value_are_read_as_the_value_in_every_field():
    records = _records(WOS_BIB, "savedrecs.bib")
    first = records["WOS:000512345600001"]
    assert (first.volume, first.issue, first.pages) == ("42", "3", "201-209")
    assert first.extra["unique-id"] == "WOS:000512345600001" and first.extra["month"] == "3"
    assert first.title.startswith("School nurses and asthma action plans") and first.container == "JOURNAL OF SCHOOL HEALTH"
    assert records["WOS:000512345600002"].pages == "e20190011"


def test_braces_that_group_part_of_a_value_or_name_a_body_stay():
    records = _records(ZOTERO_BIB, "library.bib")
    midwife = records["moreau2021midwife"]
    assert midwife.authors == ["Moreau, Claire", "Royal College of Midwives"]  # braces around a name: one body's
    assert midwife.extra["note"] == "{Asthma} and {pregnancy} series"  # braces inside the value: kept as written
    assert records["berg2020nurse"].volume == "76"


def test_a_journal_in_capitals_is_exported_as_cited_and_volume_issue_pages_without_braces(cmo, tmp_path):
    wos = tmp_path / "savedrecs.bib"
    wos.write_text(WOS_BIB, encoding="utf-8")
    zotero = tmp_path / "library.bib"
    zotero.write_text(ZOTERO_BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(wos), str(zotero))
    keys = [source["key"] for source in cmo.json("sources", "list")]
    cmo("select", "include", *keys)
    cmo("export", "--format", "bib", "-o", str(tmp_path / "out.bib"))
    cmo("export", "--format", "ris", "-o", str(tmp_path / "out.ris"))
    bib = (tmp_path / "out.bib").read_text(encoding="utf-8")
    ris = (tmp_path / "out.ris").read_text(encoding="utf-8")
    assert "journal = {Journal of School Health}" in bib and "volume = {42}" in bib and "number = {3}" in bib
    assert "pages = {201--209}" in bib and "{{" not in bib.replace("{{Asthma}", "")
    assert "journal = {Pediatrics}" in bib  # one word, from a file that writes every journal in capitals
    assert "journal = {JOGNN}" in bib  # one word in capitals among names in mixed case: initials, as read
    assert "T2  - Journal of School Health" in ris and "VL  - 42" in ris and "SP  - 201" in ris and "{" not in ris
    with closing(open_review(cmo.folder).store) as store:
        sources = store.sources()
        with citing(sources):
            cited = {source.title.split()[0]: reference(source) for source in sources}
    assert "Journal of School Health, 42(3): 201–209." in cited["School"]
    assert cited["School"].count("{") == 0


# --- AG 11: a title all in lower case ---------------------------------------------------------------------------------


def _record(title: str, file: str) -> Record:
    return Record(
        key="",
        type="report",
        title=title,
        authors=["Care Inspectorate"],
        year=2023,
        url="https://www.careinspectorate.com/falls-report-2023",
        provenance=Provenance(file=file, line=2, key="row2", format="table"),
    )


def test_a_title_in_lower_case_gives_way_to_the_same_title_with_capitals_whichever_came_first():
    lower = _record("falls prevention in care homes in scotland", "scholar.csv")
    written = _record("Falls Prevention in Care Homes in Scotland", "grey.csv")
    source = new_source(lower, {}, "database search", [])
    assert link_record(source, written).title == "Falls Prevention in Care Homes in Scotland"
    source = new_source(written, {}, "website", [])
    assert link_record(source, lower).title == "Falls Prevention in Care Homes in Scotland"
    accented = _record("Promoção da saúde na escola em São Paulo", "lilacs.csv")
    plain = _record("promoção da saúde na escola em são paulo", "scholar.csv")
    source = new_source(_record("Promocao da saude na escola em Sao Paulo", "scopus.csv"), {}, "database search", [])
    assert link_record(source, plain).title == "Promocao da saude na escola em Sao Paulo"  # its names' capitals lost
    assert link_record(source, accented).title == "Promoção da saúde na escola em São Paulo"
    capitals = new_source(_record("FALLS PREVENTION IN CARE HOMES IN SCOTLAND", "wos.csv"), {}, "database search", [])
    assert link_record(capitals, written).title == "Falls Prevention in Care Homes in Scotland"


def test_ingest_keeps_the_grey_list_s_title_over_google_scholar_s_in_lower_case(cmo, tmp_path):
    scholar = tmp_path / "PoP_scholar.csv"
    scholar.write_text(
        "Cites,Authors,Title,Year,Source,Publisher,ArticleURL,Type\n"
        "3,Care Inspectorate,falls prevention in care homes in scotland,2023,,careinspectorate.com,"
        "https://www.careinspectorate.com/falls-report-2023,PDF\n",
        encoding="utf-8",
    )
    grey = tmp_path / "grey_list.csv"
    grey.write_text(
        "Title,Author/Organisation,Year,Document type,URL\n"
        "Falls Prevention in Care Homes in Scotland,Care Inspectorate,2023,Report,https://www.careinspectorate.com/falls-report-2023\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(scholar))
    cmo("ingest", str(grey), "--origin", "website")
    (source,) = cmo.json("sources", "list")
    assert source["title"] == "Falls Prevention in Care Homes in Scotland"
    assert len(cmo.json("sources", "show", source["key"])["records"]) == 2


def test_a_source_read_before_with_braced_values_is_mended_when_its_file_is_ingested_again():
    """A review ingested before the reader read whole-value braces keeps "{42}"; the same file read again mends it."""
    old = Record(
        key="",
        type="article",
        title="Inhaler technique taught by school staff",
        authors=["Haddad, Rania"],
        year=2019,
        container="PEDIATRICS",
        volume="{144}",
        issue="{2}",
        pages="{e20190011}",
        extra={"language": "{English}", "note": "{Asthma} and {pregnancy} series"},
        provenance=Provenance(file="savedrecs.bib", line=14, key="WOS:000512345600002", format="bibtex"),
    )
    source = new_source(old, {}, "database search", [])
    again = _records(WOS_BIB, "savedrecs.bib")["WOS:000512345600002"]
    again.extra["note"] = "Asthma and pregnancy series"
    mended = link_record(source, again)
    assert (mended.volume, mended.issue, mended.pages) == ("144", "2", "e20190011")
    assert mended.extra["language"] == "English"
    assert mended.extra["note"] == "{Asthma} and {pregnancy} series"  # braces that group part of it: the source's own
