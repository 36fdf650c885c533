"""Trial CN (interpreters in maternity care): MIDIRS's record of the MBRRACE-UK confidential enquiry, exported from
Ovid as 'Citation (.txt)', typed Book with persons as authors and its imprint 'Oxford: National Perinatal Epidemiology
Unit, University of Oxford, 2023. 92 pages', lost its publisher (a comma inside the publisher's name) and was counted as
a peer-reviewed book in the evidence strength and the report's table of documents. A book a unit, department,
institute, university or ministry issued, not a press, is a report: grey literature. Tested on another topic: falls
in older people (Ovid's labelled display, CRLF line ends, as HMIC and MIDIRS write it)."""

from __future__ import annotations

DISPLAY = """Database: HMIC Health Management Information Consortium <1979 to October 2026>
Search Strategy:
--------------------------------------------------------------------------------
1     falls.ti,ab. (812)

***************************

<1>
Accession Number
  HMIC-2021-00311
Author
  Rowe, Alison
  Patel, Dev
Title
  Falls prevention in care homes: an economic evaluation of the FinCH programme.
Source
  Oxford: Health Economics Research Centre, University of Oxford, 2021. 40 pages
Publication Type
  Book
Year of Publication
  2021

<2>
Accession Number
  HMIC-2019-00877
Author
  Lord, Stephen
Title
  Falls in older people: risk factors and strategies for prevention.
Source
  Cambridge: Cambridge University Press, 2019. 320 pages
Publication Type
  Book
Year of Publication
  2019

<3>
Accession Number
  HMIC-2020-00102
Author
  Kenner, Joan
Title
  Ageing at home: falls, care and the welfare state.
Source
  Bristol: Policy Press, 2020. 210 pages
Publication Type
  Book
Year of Publication
  2020
"""


def test_a_book_a_research_unit_issued_is_grey_and_keeps_its_publisher_commas_and_all(cmo, tmp_path):
    path = tmp_path / "hmic-falls.txt"
    path.write_bytes(DISPLAY.replace("\n", "\r\n").encode("utf-8"))
    cmo("init", str(cmo.folder))
    cmo("ingest", str(path), code=None)
    sources = {s["title"].split(":")[0]: s for s in cmo.json("sources", "list")}
    report = sources["Falls prevention in care homes"]
    assert (report["type"], report["grey"]) == ("book", True)
    shown = cmo.json("sources", "show", report["key"])
    assert shown["publisher"] == "Health Economics Research Centre, University of Oxford"


def test_a_book_a_press_published_stays_peer_reviewed():
    """Must not fire: a university's press or a publishing house is publishing, not a body issuing its own report."""
    from cmo.normalise import issued_by_a_body

    assert not issued_by_a_body("book", "Cambridge University Press")
    assert not issued_by_a_body("book", "Policy Press")
    assert not issued_by_a_body("book", "Jessica Kingsley Publishers")
    assert not issued_by_a_body("article", "Health Economics Research Centre, University of Oxford")


def test_books_of_presses_ingested_are_not_grey(cmo, tmp_path):
    path = tmp_path / "hmic-falls.txt"
    path.write_bytes(DISPLAY.replace("\n", "\r\n").encode("utf-8"))
    cmo("init", str(cmo.folder))
    cmo("ingest", str(path), code=None)
    sources = {s["title"].split(":")[0]: s for s in cmo.json("sources", "list")}
    assert sources["Falls in older people"]["grey"] is False
    assert sources["Ageing at home"]["grey"] is False
