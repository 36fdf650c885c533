"""Trial CB (midwifery continuity of carer): MIDIRS read through Ovid, and Informit beside Scopus.

1. Ovid's labelled export of a database that writes its citation string with its volume and issue in words ("Nursing
   Older People vol 31, no 2, April 2019, pp 22-27", as MIDIRS does) lost the journal, volume and issue; and a
   pamphlet's imprint ("Cardiff: Welsh Government, 2019. 36 pages") was read as an article in the journal "Cardiff:
   Welsh Government, 2019", volume 36, counted as peer-reviewed.
2. A database that gives its own record a DOI of its own (Informit's 10.3316/informit.…), beside the publisher's DOI
   another database gives, kept the two records of one paper (the same pages of one journal volume, year and first
   author) apart without a word.
The material here is about dementia care and falls in older people, not the trial's midwifery review.
"""

from __future__ import annotations

from cmo.bib.readers import read_parts
from cmo.textio import decode_file, sniff_format

LABELLED = """Database: Example Nursing Index <1971 to November 2026>
Search Strategy:
--------------------------------------------------------------------------------
1     dementia.ti,ab. (912)

***************************

<1>
Accession Number
  20190412-7
Author
  Smith AB
  Jones C
Title
  Person-centred care for people living with dementia in care homes
Source
  Nursing Older People vol 31, no 2, April 2019, pp 22-27
Publication Type
  Journal article - research
Year of Publication
  2019

<2>
Accession Number
  20200115-3
Author
  Welsh Government
Title
  Dementia action plan for Wales 2018-2022: easy read version
Source
  Cardiff: Welsh Government, 2019. 36 pages
Publication Type
  Pamphlet
Year of Publication
  2019

<3>
Accession Number
  20180101-9
Author
  Brown D
Title
  Falls prevention in the community
Source
  Age and Ageing. 47(3):331-338, 2018 May.
Publication Type
  Journal article
Year of Publication
  2018
"""


def _records(tmp_path, text):
    path = tmp_path / "ovid-export.txt"
    path.write_text(text, encoding="utf-8")
    text = decode_file(path).text
    parts = read_parts(sniff_format(text), text, path.name)
    return [record for part in parts for record in part.records]


def test_a_citation_naming_its_volume_and_issue_in_words_gives_journal_volume_and_issue(tmp_path):
    """Fails on the old code: the journal, volume and issue were empty."""
    first = _records(tmp_path, LABELLED)[0]
    assert (first.type, first.container, first.volume, first.issue, first.pages) == (
        "article",
        "Nursing Older People",
        "31",
        "2",
        "22-27",
    )
    assert not first.grey


def test_a_pamphlets_imprint_and_page_count_is_no_journal_and_the_pamphlet_is_grey(tmp_path):
    """Fails on the old code: an article in the journal 'Cardiff: Welsh Government, 2019', volume 36, not grey."""
    pamphlet = _records(tmp_path, LABELLED)[1]
    assert pamphlet.type == "report" and pamphlet.grey
    assert (pamphlet.container, pamphlet.volume) == ("", "")
    assert pamphlet.publisher == "Welsh Government"


def test_a_journal_citation_string_is_read_as_before(tmp_path):
    """Must not fire: MEDLINE's 'Journal. 47(3):331-338, 2018 May.' keeps its journal, volume, issue and pages."""
    third = _records(tmp_path, LABELLED)[2]
    assert (third.container, third.volume, third.issue, third.pages) == ("Age and Ageing", "47", "3", "331-338")


SCOPUS_RIS = """TY  - JOUR
AU  - Clemson, Lindy
AU  - Fiatarone Singh, Maria A.
AU  - Bundy, Anita
TI  - Integration of balance and strength training into daily life activity to reduce rate of falls in older people
PY  - 2012
T2  - BMJ (Online)
VL  - 345
SP  - 4547
EP  - 4562
DO  - 10.1136/bmj.e4547
ER  -
"""
DATABASE_RIS = """TY  - JOUR
AU  - Clemson, L
AU  - Fiatarone Singh, M A
TI  - Integration of balance and strength training into daily life activity to reduce rate of falls in older people
PY  - 2012
JO  - BMJ (Online)
VL  - 345
SP  - 4547
EP  - 4562
UR  - https://search.informit.org/doi/10.3316/informit.123456789
ER  -
"""


def test_one_papers_records_that_only_their_dois_keep_apart_are_named_for_merge(cmo, tmp_path):
    """Fails on the old code: two sources, nothing said. Two DOIs of two publishers are still named for a --force merge
    (Informit's own DOI is no conflict at all since helper G3: tests/test_g3_informit_dois_no_conflict.py)."""
    (tmp_path / "scopus.ris").write_text(SCOPUS_RIS, encoding="utf-8")
    (tmp_path / "index.ris").write_text(
        DATABASE_RIS.replace("UR  - https://search.informit.org/doi/10.3316/informit.123456789", "DO  - 10.1136/bmj.e4547.x"),
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "scopus.ris"))
    said = cmo("ingest", str(tmp_path / "index.ris"), code=1)
    assert "index.ris:1: the same pages of one journal volume, year and first author as 'clemson2012integration'" in said.stderr
    assert "their DOIs differ" in said.stderr
    assert "'cmo sources merge clemson2012integration clemson2012integration-2 --force'" in said.stderr


def test_informit_s_record_beside_scopus_s_is_one_source(cmo, tmp_path):
    """Informit's DOI of its own record (10.3316/informit.…) does not hold the paper Scopus gave apart (helper G3)."""
    (tmp_path / "scopus.ris").write_text(SCOPUS_RIS, encoding="utf-8")
    (tmp_path / "index.ris").write_text(DATABASE_RIS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "scopus.ris"))
    said = cmo("ingest", str(tmp_path / "index.ris"))
    assert "--force" not in said.stderr
    assert len(cmo.json("sources", "list")) == 1


def test_other_pages_of_one_volume_are_not_named(cmo, tmp_path):
    """Must not fire: another paper of the same first author in the same volume, on other pages, is no duplicate."""
    (tmp_path / "scopus.ris").write_text(SCOPUS_RIS, encoding="utf-8")
    elsewhere = DATABASE_RIS.replace("SP  - 4547", "SP  - 5001").replace("EP  - 4562", "EP  - 5010")
    (tmp_path / "index.ris").write_text(elsewhere, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "scopus.ris"))
    said = cmo("ingest", str(tmp_path / "index.ris"))
    assert "kept as its own source" not in said.stderr


def test_a_title_is_never_cut_before_the_last_item_of_a_list():
    """Fails on the old code: 'A community pharmacist who knows the patient checks their blood pressure, weight', a
    title that says the list was two checks; the cut list ends with '…' (cut, said) rather than reading as whole."""
    from cmo.synthesis.wording import short_title

    title = short_title("a community pharmacist who knows the patient checks their blood pressure, weight and kidney function")
    assert not title.endswith("blood pressure, weight")
    assert title.endswith("…") or title.endswith("kidney function")


def test_a_whole_list_in_a_title_is_kept_as_before():
    """Must not fire: a list the title keeps whole ('housing, health and education services') is left as it was."""
    from cmo.synthesis.wording import short_title

    text = "a named social worker coordinates support from housing, health and education services for the children"
    assert short_title(text) == "A named social worker coordinates support from housing, health and education services"


# 3. A coding sheet's 'Kildea et al. 2019 (EClinicalMedicine)' fitted both the included paper and its excluded twin
#    (another database's record, kept apart by its DOI), and was read as the twin, "the one cited exactly so": excluded
#    works carry no letter, so the twin's citation was the cell's to the letter. Here: community health workers.

PAPERS_RIS = """TY  - JOUR
AU  - Okafor, Ngozi
AU  - Bello, Ade
TI  - Community health workers and childhood immunisation in northern Nigeria: a cluster randomised trial
PY  - 2021
JO  - Lancet Global Health
VL  - 9
SP  - 311
EP  - 320
DO  - 10.1016/S2214-109X(21)00001-1
ER  -

TY  - JOUR
AU  - Okafor, Ngozi
AU  - Musa, Ibrahim
TI  - How trust in community health workers shapes vaccine uptake: a realist evaluation
PY  - 2021
JO  - BMJ Global Health
VL  - 6
SP  - 1
EP  - 12
DO  - 10.1136/bmjgh-2021-000001
ER  -
"""
TWIN_RIS = """TY  - JOUR
AU  - Okafor, N
AU  - Musa, I
TI  - How trust in community health workers shapes vaccine uptake : a realist evaluation
PY  - 2021
JO  - BMJ Global Health
VL  - 6
SP  - 1
EP  - 12
DO  - 10.9999/regional-index.77
ER  -
"""


def _coded(cmo, tmp_path, cell):
    (tmp_path / "papers.ris").write_text(PAPERS_RIS, encoding="utf-8")
    (tmp_path / "regional.ris").write_text(TWIN_RIS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "papers.ris"))
    cmo("ingest", str(tmp_path / "regional.ris"), code=1)
    cmo("select", "include", "okafor2021community", "okafor2021trust")
    cmo("select", "exclude", "okafor2021trust-2", "--reason", "another database's record of the same paper")
    (tmp_path / "coding.csv").write_text(
        "source,context,mechanism,outcome\n"
        f'"{cell}",mothers in rural wards,they trust a health worker from their village,more children fully immunised\n',
        encoding="utf-8",
    )
    said = cmo("code", "import", str(tmp_path / "coding.csv"), code=None)
    return said, cmo.json("code", "list")


def test_words_after_a_citation_fitting_a_paper_and_its_excluded_twin_read_as_the_included_paper(cmo, tmp_path):
    """Fails on the old code: the statement was coded to okafor2021trust-2, the excluded twin."""
    said, statements = _coded(cmo, tmp_path, "Okafor et al. 2021 (BMJ Global Health)")
    assert [s["source"] for s in statements] == ["okafor2021trust"]
    assert "the one included of those the words after its citation fit" in said.stderr


def test_words_after_a_citation_fitting_one_work_read_as_before(cmo, tmp_path):
    """Must not fire: 'Okafor et al. 2021 (Lancet Global Health)' fits one work, read as it was."""
    said, statements = _coded(cmo, tmp_path, "Okafor et al. 2021 (Lancet Global Health)")
    assert [s["source"] for s in statements] == ["okafor2021community"]
