"""Trial CI (an NHS Wales team's rapid realist review of virtual wards for frail older people).

- CI 1: the notes of a consultation event, typed into a Word table (a row per table's view: who, which configuration,
  agree?, what was said), given to `cmo feedback import`, were refused as "a zip archive holding '[Content_Types].xml'
  …, not a workbook; unzip it and import the file inside": advice that leads nowhere. A Word document's table is read as
  a feedback sheet, by the one Word table reader the coding import uses.
- CI 2: a coding sheet citing a grey report by the body that issued it ("Kings Fund 2024", "Health Foundation 2023"
  for long reads their staff wrote) was refused: "not a source in this review". A grey work a person wrote is cited by
  its publisher and year too, where that names no other source; two of one body's reports that year stay a choice.
- CI 3: a bilingual body ("Llywodraeth Cymru / Welsh Government") cited by one of its names ("Welsh Government 2023")
  was refused. Each name a body gives itself either side of a spaced slash is its name.
- CI 4: a review with no title in review.yaml closed its round and wrote a pack headed "Untitled review", the reference
  group's first sight of it, without a word. `round close` (and `--check`) says so after its summary.

Must-not-fire cases are on another topic (school physical activity, a national statistics office's housing survey)."""

from __future__ import annotations

from pathlib import Path

from sheet_reviews import activity_review, review_of, write_csv

DOMAINS = """domains:
  - slug: access
    name: Access to care
    description: Who gets the service and how.
  - slug: carers
    name: Family carers
    description: Relatives who take on care.
"""


def _word_table(path: Path, header: list[str], rows: list[list[str]], heading: str = "Consultation event notes") -> Path:
    """A Word document with one table under a heading, as a person types an event's notes into Word."""
    from docx import Document

    document = Document()
    document.add_heading(heading, 1)
    document.add_paragraph("Typed up from the flipcharts.")
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(path))
    return path


# --- CI 1: an event's notes in a Word table --------------------------------------------------------------------------


def test_an_events_notes_typed_into_a_word_table_import_as_feedback(cmo, tmp_path):
    activity_review(cmo, tmp_path)
    configs = [c["id"] for c in cmo.json("configs", "list")]
    notes = _word_table(
        tmp_path / "Consultation event notes.docx",
        ["Pseudonym", "Configuration", "Agree?", "Comment"],
        [
            ["Table 1 (teachers)", configs[0], "Yes", "Breaks fit only if the head backs them"],
            ["Table 2 (pupils)", configs[1], "Partly", "Clubs clash with buses home"],
        ],
    )
    said = cmo("feedback", "import", str(notes), code=None)
    assert said.exit_code in (0, 1), said.stderr
    assert "zip archive" not in said.stderr and "unzip" not in said.stderr
    answers = cmo.json("feedback", "list")
    assert [(a["configuration"], a["rating"]) for a in answers] == [(configs[0], "agree"), (configs[1], "partly")]
    assert "Clubs clash with buses home" in str(answers[1])


def test_a_word_document_with_no_table_given_as_feedback_is_one_sentence_and_nothing_changed(cmo, tmp_path):
    """Must not fire: a Word document holding no table (a letter, minutes written as prose) is refused, naming it."""
    from docx import Document

    activity_review(cmo, tmp_path)
    letter = tmp_path / "minutes.docx"
    document = Document()
    document.add_paragraph("The group met on Tuesday and agreed with most findings.")
    document.save(str(letter))
    said = cmo("feedback", "import", str(letter), code=2)
    assert "minutes.docx" in said.stderr and "no table" in said.stderr
    assert cmo.json("feedback", "list") == []


# --- CI 2 and 3: grey works cited by their issuing body, and a body named in two languages ----------------------------

GREY = """TY  - RPRT
AU  - Georghiou, Theo
TI  - Virtual wards: what are they and are they making a difference?
PB  - The King's Fund
PY  - 2024
UR  - https://www.kingsfund.org.uk/insight-and-analysis/long-reads/virtual-wards
ER  -

TY  - RPRT
AU  - Llywodraeth Cymru / Welsh Government
TI  - Care closer to home: virtual wards in Wales
PY  - 2023
UR  - https://www.gov.wales/virtual-wards
ER  -

TY  - RPRT
AU  - Statistique Canada / Statistics Canada
TI  - Housing conditions of older Canadians
PY  - 2020
ER  -

TY  - RPRT
AU  - Okafor, Ada
TI  - Active lessons: a survey of primary schools
PB  - Youth Sport Trust
PY  - 2021
ER  -

TY  - RPRT
AU  - Lind, Bo
TI  - Movement breaks in secondary schools
PB  - Youth Sport Trust
PY  - 2021
ER  -
"""

HEADER = ["Paper", "Context", "Mechanism", "Outcome"]
ROW = ["Community teams short of staff", "Clinicians doubt a quick response", "Few referrals"]


def test_a_grey_report_is_cited_by_the_body_that_issued_it(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, GREY)
    sheet = write_csv(tmp_path / "coding.csv", HEADER, ["Kings Fund 2024", *ROW], ["The King's Fund (2024)", *ROW[:2], "Low use"])
    cmo("code", "import", str(sheet), code=None)
    assert [s["source"] for s in cmo.json("code", "list")] == [keys["virtual"], keys["virtual"]]


def test_a_bilingual_body_is_cited_by_either_of_its_names(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, GREY)
    sheet = write_csv(
        tmp_path / "coding.csv", HEADER, ["Welsh Government 2023", *ROW], ["Statistics Canada 2020", "Older renters", *ROW[1:]]
    )
    cmo("code", "import", str(sheet), code=None)
    assert [s["source"] for s in cmo.json("code", "list")] == [keys["care"], keys["housing"]]


def test_a_body_that_issued_two_reports_that_year_or_one_word_of_a_name_names_none(cmo, tmp_path):
    """Must not fire: two reports the Youth Sport Trust issued in 2021 leave the choice to the team (both named), and
    'Canada 2020', one word of the bilingual office's name, names no source; nothing is imported."""
    keys = review_of(cmo, tmp_path, DOMAINS, GREY)
    sheet = write_csv(tmp_path / "coding.csv", HEADER, ["Youth Sport Trust 2021", *ROW], ["Canada 2020", *ROW])
    said = cmo("code", "import", str(sheet), code=2)
    assert keys["active"] in said.stderr and keys["movement"] in said.stderr
    assert "'Canada 2020' is not a source in this review" in said.stderr
    assert cmo.json("code", "list") == []
    # each is still cited by its author
    cmo("code", "import", str(write_csv(tmp_path / "by-author.csv", HEADER, ["Okafor 2021", *ROW], ["Lind 2021", *ROW])))
    assert [s["source"] for s in cmo.json("code", "list")] == [keys["active"], keys["movement"]]


# --- CI 4: a round closed for a review with no title ------------------------------------------------------------------


def _set_title(folder: Path, title: str) -> None:
    config = folder / "review.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("title: ''", f"title: {title}"), encoding="utf-8")


def test_closing_a_round_of_a_review_with_no_title_says_the_pack_would_be_untitled(cmo, tmp_path):
    activity_review(cmo, tmp_path)  # closes round 1
    cmo("configs", "edit", cmo.json("configs", "list")[0]["id"], "--outcome", "so more minutes of activity were given")
    said = cmo("round", "close", "--check", code=None)
    assert "has no title: the pack the group reads would be headed 'Untitled review'" in said.stdout
    assert said.exit_code == 0  # the configurations are not at fault: said, not refused
    closed = cmo("round", "close")
    assert "has no title" in closed.stdout


def test_a_review_with_a_title_closes_its_round_without_that_word(cmo, tmp_path):
    """Must not fire: a titled review's round close says nothing of the title."""
    activity_review(cmo, tmp_path)
    _set_title(cmo.folder, "Physical activity in schools")
    cmo("configs", "edit", cmo.json("configs", "list")[0]["id"], "--outcome", "so more minutes of activity were given")
    said = cmo("round", "close", "--check", code=None)
    assert "has no title" not in said.stdout + said.stderr


# --- CI 5: a denial of the very harm the configuration's members report goes against it -------------------------------


def _statements(*outcomes: str):
    from cmo.models import Statement

    return [
        Statement(id=f"S{n}", source=f"study{n}", context="ctx", mechanism="mech", outcome=o) for n, o in enumerate(outcomes, 1)
    ]


def test_a_denial_of_the_harm_the_members_report_goes_against_them():
    """ "Carer burden not increased" (a meta-analysis) beside members telling of carer burden and anxiety was read as in
    line with a configuration worded by what goes wrong, and counted as its support once most members told a harm."""
    from cmo.synthesis.evidence import denial_in_line, proposed_against

    burden, anxiety, strain, denied = _statements(
        "carer burden, often unmeasured", "carer anxiety", "carer strain", "carer burden not increased"
    )
    assert not denial_in_line(denied, [burden, anxiety, strain], [denied])
    statements = {s.id: s for s in (burden, anxiety, strain, denied)}
    assert proposed_against(list(statements), statements, lambda sid, others: True) == [denied.id]
    # another topic: teachers' burnout
    burnout, workload, none = _statements(
        "staff burnout in the first term", "teachers report heavy workload", "no increase in burnout"
    )
    assert not denial_in_line(none, [burnout, workload], [none])


def test_a_denial_of_a_harm_the_members_make_less_stays_in_line():
    """Must not fire: "no increase in falls" or "stigma did not increase" beside members saying the harm was made less
    ("falls were fewer", "fewer pupils report stigma") says the same way, and is no evidence against them."""
    from cmo.synthesis.evidence import denial_in_line, proposed_against, reads_against

    for made_less, denial in (
        ("falls were fewer", "no increase in falls"),
        ("fewer pupils report stigma", "stigma did not increase"),
    ):
        fewer, none = _statements(made_less, denial)
        assert not reads_against(none) or denial_in_line(none, [fewer], [none])
        statements = {s.id: s for s in (fewer, none)}
        assert proposed_against(list(statements), statements, lambda sid, others: True) == []


# --- CI 6: Zotero RDF, Zotero's own export format -----------------------------------------------------------------------

ZOTERO_RDF = Path(__file__).parent / "data" / "zotero_rdf" / "library.rdf"


def test_a_zotero_rdf_export_is_ingested_its_works_read_and_its_attachments_notes_and_collections_passed_over(cmo):
    cmo("init", str(cmo.folder))
    said = cmo.json("ingest", str(ZOTERO_RDF))
    assert said["files"][0]["format"] == "zotero_rdf" and said["read"] == 2
    article, report = cmo.json("sources", "list")
    assert (article["key"], article["doi"], article["pmid"], article["container"]) == (
        "dalysmith2019using",
        "10.1186/s12889-019-7587-9",
        "31615795",
        "BMC Public Health",
    )
    assert article["authors"] == ["Daly-Smith, Andy", "Quarmby, Thomas"] and article["year"] == 2019
    assert (report["type"], report["grey"], report["authors"]) == ("report", True, ["Youth Sport Trust"])
    assert report["url"] == "https://www.youthsporttrust.org/research/girls-active-2022"


def test_the_same_library_as_zotero_rdf_and_csl_json_is_one_set_of_sources(cmo, tmp_path):
    import json

    cmo("init", str(cmo.folder))
    csl = [
        {
            "id": "http://zotero.org/users/local/x/items/AB12CD34",
            "type": "article-journal",
            "title": "Using a multi-stakeholder experience-based design process to co-develop the Creating Active Schools "
            "Framework",
            "container-title": "BMC Public Health",
            "volume": "19",
            "issue": "1",
            "page": "1385",
            "DOI": "10.1186/s12889-019-7587-9",
            "author": [{"family": "Daly-Smith", "given": "Andy"}, {"family": "Quarmby", "given": "Thomas"}],
            "issued": {"date-parts": [["2019", 10, 15]]},
        }
    ]
    (tmp_path / "library.json").write_text(json.dumps(csl), encoding="utf-8")
    cmo("ingest", str(tmp_path / "library.json"))
    said = cmo.json("ingest", str(ZOTERO_RDF))
    assert said["added"] == 1 and said["merged"] == 1
    assert len(cmo.json("sources", "list")) == 2


def test_rdf_that_is_not_zoteros_or_declares_entities_is_refused_with_nothing_ingested(cmo, tmp_path):
    """Must not fire: an RDF file of another tool (no Zotero namespace) is no Zotero export, and one declaring entities
    is refused before it is parsed; nothing is ingested either way."""
    cmo("init", str(cmo.folder))
    other = tmp_path / "people.rdf"
    other.write_text(
        '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:foaf="http://xmlns.com/foaf/0.1/">\n  <foaf:Person><foaf:name>Ada</foaf:name></foaf:Person>\n</rdf:RDF>\n',
        encoding="utf-8",
    )
    assert "people.rdf" in cmo("ingest", str(other), code=2).stderr
    entities = tmp_path / "entities.rdf"
    text = ZOTERO_RDF.read_text(encoding="utf-8")
    entities.write_text(text.replace('<?xml version="1.0"?>', '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaa">]>'))
    said = cmo("ingest", str(entities), code=2)
    assert "entities.rdf" in said.stderr and "nothing was ingested" in said.stderr
    assert cmo.json("sources", "list") == []


# --- CI 7: refine says which member stopped counting against a configuration --------------------------------------------


def test_refine_names_a_member_no_longer_read_as_going_against_its_configuration(tmp_path):
    """A refine turned C6's only evidence against it to support, said only as 'C6 changed: contradicting updated'. The
    member is named, with the mark that turns it back; a refine that changes nothing says nothing of the kind."""
    from sheet_reviews import cmo_run, review_from_rows

    review = review_from_rows(
        tmp_path,
        [
            (
                "okafor2021",
                "Crowded urban primary schools",
                "Teachers trust movement breaks fit the timetable",
                "More minutes of activity",
            ),
            (
                "lind2022",
                "Crowded urban primary schools",
                "Teachers trust movement breaks fit the timetable",
                "More minutes of activity",
            ),
            (
                "ngata2023",
                "Crowded urban primary schools",
                "Teachers trust movement breaks fit the timetable",
                "No more minutes of activity",
            ),
        ],
    )
    first = cmo_run("refine", "--backend", "lexical", "--threshold", "0.3", cwd=review)
    assert first.returncode in (0, 1), first.stderr
    configs = __import__("json").loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    held = next(c for c in configs if "S3" in c["statements"])
    assert held["contradicting"] == ["S3"], first.stdout + first.stderr
    again = cmo_run("refine", "--backend", "lexical", "--threshold", "0.3", cwd=review)
    assert "no longer read as going against" not in again.stdout + again.stderr  # nothing changed, nothing said
    edited = cmo_run("code", "edit", "S3", "--outcome", "More minutes of activity", "--note", "misread", cwd=review)
    assert edited.returncode in (0, 1), edited.stderr
    said = cmo_run("refine", "--backend", "lexical", "--threshold", "0.3", cwd=review)
    assert f"S3 is no longer read as going against {held['id']}" in said.stdout + said.stderr
