"""Trial Z: how linked records' names, journals and links are chosen.

Z1 (F1). JSTOR's RIS writes authors given name first ("Rebecca Gillespie"): kept whole, and it replaced the "Family,
    Given" other databases gave for the same paper.
Z2 (F2). A CSV column headed "Author(s)" was read as display names: a Vancouver list became one author.
Z9 (F9). Web of Science's "JOURNAL OF ALZHEIMERS DISEASE", read first, was kept beside PubMed's "Journal of Alzheimer's
    disease".
Z10 (F10). Scopus's compact initials "Tan, E.C." were never replaced by Web of Science's full names.
Z11 (F11). ProQuest's login-only link became the work's address.

Each rule is tested alone with names from other topics; every test fails on the code before.
"""

from __future__ import annotations

from cmo.bib.linking import link_record, new_source
from cmo.bib.readers.ris import read
from cmo.models import Provenance, Record
from cmo.normalise import better_written, record_page
from cmo.sheets.records import read_records


def _record(line: int = 1, file: str = "a.ris", **values) -> Record:
    return Record(key="", provenance=Provenance(file=file, line=line, key=f"r{line}", format="ris"), **values)


def _linked(first: Record, second: Record):
    return link_record(new_source(first, {}, "database", []), second)


def _ris(authors: list[str]) -> list[str]:
    lines = "".join(f"AU  - {name}\n" for name in authors)
    text = f"TY  - JOUR\nTI  - Loneliness among rural carers\n{lines}PY  - 2019\nER  - \n"
    return read(text, "jstor.ris").records[0].authors


# --- Z1. names written given name first ------------------------------------------------------------------------------


def test_z1_a_ris_records_names_all_written_given_name_first_are_split_family_first():
    assert _ris(["Siobhan Keane", "Tomas J Oduya", "Ludwig van Beethoven"]) == [
        "Keane, Siobhan",
        "Oduya, Tomas J",
        "van Beethoven, Ludwig",
    ]
    assert _ris(["Mei-Ling O'Connor", "P. R. McAllister"]) == ["O'Connor, Mei-Ling", "McAllister, P. R."]


def test_z1_vancouver_names_bodies_and_a_lone_name_are_not_read_given_first():
    assert _ris(["Keane SM", "Oduya TJ"]) == ["Keane, S. M.", "Oduya, T. J."]
    assert _ris(["Friends of the Earth", "Siobhan Keane"]) == ["Friends of the Earth", "Siobhan Keane"]
    assert _ris(["Carers UK", "Siobhan Keane"]) == ["Carers UK", "Siobhan Keane"]
    assert _ris(["Keane, Siobhan", "Tomas Oduya"]) == ["Keane, Siobhan", "Tomas Oduya"]  # the record splits by comma
    assert _ris(["Pan American Health Organization"]) == ["Pan American Health Organization"]  # alone: person or body


def test_z1_a_comma_form_from_another_record_decides_the_split_whichever_came_first():
    split = _record(line=1, title="Loneliness among rural carers", authors=["Keane, Siobhan", "Oduya, Tomas"])
    whole = _record(line=2, file="b.ris", title="Loneliness among rural carers", authors=["Siobhan Keane", "Tomas Oduya"])
    assert _linked(split, whole).authors == ["Keane, Siobhan", "Oduya, Tomas"]
    assert _linked(whole, split).authors == ["Keane, Siobhan", "Oduya, Tomas"]


def test_z1_the_testers_jstor_record_is_cited_by_its_family_names(cmo, tmp_path):
    path = tmp_path / "jstor.ris"
    path.write_text(
        "Provider: JSTOR http://www.jstor.org\nDatabase: JSTOR\n\nTY  - JOUR\nTI  - Managing medications: the role of "
        "informal caregivers\nAU  - Rebecca Gillespie\nAU  - Judy Mullan\nAU  - Lindsey Harrison\nPY  - 2014\n"
        "T2  - Journal of Clinical Nursing\nER  - \n"
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(path))
    shown = cmo.json("sources", "show", "gillespie2014managing")
    assert shown["authors"] == ["Gillespie, Rebecca", "Mullan, Judy", "Harrison, Lindsey"]


# --- Z2. an author column read by what it holds ----------------------------------------------------------------------


def test_z2_an_author_s_column_of_vancouver_names_or_family_given_is_read_as_such(tmp_path):
    text = (
        '"Author(s)","Title","Year"\n'
        '"Okafor AC, Lindqvist B, Haddad RM","Falls after hip fracture in rural clinics","2015"\n'
        '"Okafor AC; Lindqvist B","School meals and attention in adolescents","2016"\n'
        '"Okafor, Adaeze; Lindqvist, Bo","Tooth decay in children of migrant families","2017"\n'
        '"Adaeze Okafor; Bo Lindqvist","Night shifts and sleep among nurses","2018"\n'
    )
    records = read_records(text, "central.csv").records
    assert [record.authors for record in records] == [
        ["Okafor, A. C.", "Lindqvist, B.", "Haddad, R. M."],
        ["Okafor, A. C.", "Lindqvist, B."],
        ["Okafor, Adaeze", "Lindqvist, Bo"],
        ["Okafor, Adaeze", "Lindqvist, Bo"],
    ]


# --- Z9. a journal in capitals loses to its mixed-case form ----------------------------------------------------------


def test_z9_a_name_in_capitals_takes_a_mixed_case_forms_apostrophe_and_ampersand_whichever_came_first():
    capitals, sentence = "BULLETIN OF PARKINSONS RESEARCH", "Bulletin of Parkinson's research"
    assert better_written(capitals, sentence) == "Bulletin of Parkinson's Research"
    assert better_written(sentence, capitals) == "Bulletin of Parkinson's Research"
    assert better_written("JOURNAL OF SOIL & WATER SCIENCE", "Journal of Soil and Water Science") == (
        "Journal of Soil and Water Science"
    )
    wos = _record(line=1, title="Tillage and erosion", container="BULLETIN OF PARKINSONS RESEARCH")
    pubmed = _record(line=2, file="b.ris", title="Tillage and erosion", container="Bulletin of Parkinson's research")
    assert _linked(wos, pubmed).container == _linked(pubmed, wos).container == "Bulletin of Parkinson's Research"


# --- Z10. compact initials give way to full names --------------------------------------------------------------------


def test_z10_compact_initials_in_any_spacing_give_way_to_the_full_names_of_a_linked_record():
    full = ["Okafor, Adaeze Chioma", "Lindqvist, Bo", "Haddad, Rami M"]
    for initials in (["Okafor, A.C.", "Lindqvist, B.", "Haddad, R.M."], ["Okafor, AC", "Lindqvist, B", "Haddad, RM"]):
        scopus = _record(line=1, title="Falls after hip fracture", authors=initials)
        wos = _record(line=2, file="b.txt", title="Falls after hip fracture", authors=full)
        assert _linked(scopus, wos).authors == full
        assert _linked(wos, scopus).authors == full


# --- Z11. ProQuest's login page is no work's address -----------------------------------------------------------------


def test_z11_proquest_links_are_a_databases_record_page_and_give_way_to_the_doi_or_a_works_page():
    for url in (
        "https://www.proquest.com/scholarly-journals/x/docview/1012345678/se-2?accountid=11526",
        "https://search.proquest.com/docview/1012345678?accountid=14511",
    ):
        assert record_page(url)
        proquest = _record(line=1, title="Tooth decay in migrant children", doi="10.1000/teeth.1", url=url)
        assert new_source(proquest, {}, "database", []).url is None  # the DOI is its address
        zotero = _record(line=2, file="z.csv", title="Tooth decay in migrant children", url="https://example.org/teeth/1")
        assert _linked(zotero, proquest).url == "https://example.org/teeth/1"
