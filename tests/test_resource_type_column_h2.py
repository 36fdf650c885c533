"""Helper H2 (grey literature from the Homeless Hub, a Housing First review): a list whose column of kinds of work is
headed 'Resource Type' (the Homeless Hub's, as DataCite and Zenodo name theirs) was not read as the type: its
reports, toolkit, book and thesis were all 'misc', the report's table of documents said 'misc 3' and the pack named
no report. 'Resource Type' is read as 'Document Type' is. Must not fire: a column of the same name holding no kind of
work (a library list's 'Free to read', 'Subscription') leaves the type as before (a dementia-care reading list)."""

from __future__ import annotations

from conftest import DATA

from tests.sheet_reviews import write_csv

LIST = DATA / "homeless_hub" / "homelesshub_resources.csv"


def test_a_grey_lists_resource_type_column_gives_each_work_its_type(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(LIST), "--origin", "website")
    types = {s["title"].split()[0]: (s["type"], s["grey"]) for s in cmo.json("sources", "list")}
    assert types == {
        "Housing": ("book", False),  # a press published it: a book as any other (README: only a body's own is grey)
        "Peer": ("report", True),
        "Trauma-Informed": ("report", True),
        "Youth": ("thesis", True),
    }


def test_a_resource_type_column_naming_no_kind_of_work_leaves_the_type_as_before(cmo, tmp_path):
    path = write_csv(
        tmp_path / "reading-list.csv",
        ["Title", "Authors", "Year", "Journal", "Volume", "Pages", "Resource type"],
        ["Music and agitation in care homes", "Ridder, Hanne Mette", "2013", "Dementia", "12", "47-61", "Free to read"],
        ["Carers' views of respite", "Lloyd, Liz", "2016", "", "", "", "Subscription"],
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(path), "--origin", "database search")
    types = {s["title"].split()[0]: s["type"] for s in cmo.json("sources", "list")}
    assert types == {"Music": "article", "Carers'": "misc"}
