"""Trial V: what the testers of a police–mental health street triage review found in records, exports and de-duplication
(files in `tests/data/trial_v`, each named in the README by the tool that wrote it).

2. Publish or Perish writes Google Scholar's authors initials first ("A Kirubarajan, S Puntis, …"): they were read as one
   author "A Kirubarajan", keyed `akirubarajan2018street`, and "Huppert 2015" in a coding sheet was refused.
3. The BibTeX export wrote a colleague's Mendeley `file` path, `mendeley-groups` and Scholar's metrics (`gsrank`,
   `cites`, `querydate`); a web site's host name ("bmjopen.bmj.com") was written and cited as a publisher.
6. A body's acronym in capitals ("HMIC", "HMICFRS") was shown "Hmic", "Hmicfrs".
10. The same grey report (same title, year and web address) from two lists stayed two sources: one list names the body
    by its acronym ("HMICFRS"), the other in full.

Each rule is tested alone with inputs written here, then on the testers' files. Every test fails on the code before.
"""

from __future__ import annotations

import re

import pytest
from conftest import DATA

from cmo.bib.dedupe import group_records
from cmo.bib.linking import citation_key
from cmo.models import Source
from cmo.normalise import display_case
from cmo.outputs.export import to_bibtex, to_ris
from cmo.sheets.records import read_records

HERE = DATA / "trial_v"


def _pop() -> dict[str, object]:
    """The testers' Publish or Perish rows, by the title's first word."""
    records = read_records((HERE / "pop-scholar.csv").read_text(encoding="utf-8"), "pop-scholar.csv").records
    return {record.title.split()[0]: record for record in records}


# --- 2. initials before the family name ------------------------------------------------------------------------------


def test_2_initials_first_authors_are_read_family_then_initials_and_a_cut_list_goes_on_unnamed():
    header = "Cites,Authors,Title,Year,Source,Publisher\n"
    rows = '4,"R Ng, S. J. Drabble, A van der Berg…",Two,2021,J,y\n5,"Ng R, Drabble SJ",Three,2022,J,z\n'
    first, vancouver = read_records(header + rows, "scholar.csv").records
    assert vancouver.authors == ["Ng, R.", "Drabble, S. J."]  # family first, as before
    assert first.authors == ["Ng, R.", "Drabble, S. J.", "van der Berg, A.", "others"]
    alone = read_records(header + '1,"HM Government",Plan,2014,,\n2,"D Huppert, M Griffiths",T,2015,J,\n', "s.csv").records
    assert alone[0].authors == ["HM Government"]  # a body alone is kept whole
    assert alone[1].authors == ["Huppert, D.", "Griffiths, M."]


def test_2_the_testers_publish_or_perish_file_gives_family_names_keys_and_sheet_citations(cmo, tmp_path):
    rows = _pop()
    assert rows["Police"].authors == ["Huppert, D.", "Griffiths, M."]
    assert rows["Street"].authors[:2] == ["Kirubarajan, A.", "Puntis, S."] and rows["Street"].authors[-1] == "others"
    assert rows["Evaluation"].authors == ["Irvine, A. L.", "Allen, L.", "Webber, M. P."]
    assert citation_key(rows["Police"]) == "huppert2015police"
    cmo("init", str(cmo.folder))
    cmo("ingest", str(HERE / "pop-scholar.csv"))
    assert cmo.json("sources", "show", "huppert2015police")["citation"] == "Huppert & Griffiths 2015"
    sheet = tmp_path / "coding.csv"
    sheet.write_text("Source,Context,Mechanism,Outcome\nHuppert 2015,A PACER unit attends,Clinician assesses,Fewer s136\n")
    assert "Imported 1 new statement" in cmo("code", "import", str(sheet)).stdout


# --- 3. only bibliographic fields; no path; no host name as publisher ------------------------------------------------


def test_3_bibtex_export_writes_bibliographic_fields_only_and_never_a_local_path():
    extra = {
        "file": ":C$\\backslash$:/Users/jsmith/Documents/a.pdf:pdf",
        "mendeley-groups": "Street triage RRR",
        "gsrank": "1",
        "cites": "112",
        "querydate": "2026-11-28 10:12:03",
        "owner": "Francesco",
        "keywords": "Police",
        "issn": "2044-6055",
        "note": "See C:/Users/x only in words",
        "annote": "C:/Users/jsmith/notes.txt",
    }
    written = to_bibtex([Source(key="k", type="article", title="T", container="BMJ Open", extra=extra)])
    assert re.findall(r"^  ([\w-]+) =", written, re.M) == ["title", "journal", "issn", "keywords", "note"]
    assert "Users/jsmith" not in written


def test_3_a_host_name_is_no_publisher_in_bibtex_ris_or_a_read_row():
    from cmo.normalise import host_name

    assert host_name("bmjopen.bmj.com") and host_name("eprints.whiterose.ac.uk.") and host_name("cambridge.org")
    assert not any(host_name(name) for name in ("Springer", "Wiley Online Library", "JMLR.org", "U.S. Govt.", "HMIC"))
    report = Source(key="r", type="report", title="T", publisher="eprints.whiterose.ac.uk")
    assert "whiterose" not in to_bibtex([report]) and "whiterose" not in to_ris([report])
    assert "institution = {Springer}" in to_bibtex([report.model_copy(update={"publisher": "Springer"})])
    rows = _pop()
    assert rows["Evaluation"].publisher == "" and rows["Evaluation"].extra["host"] == "eprints.whiterose.ac.uk"
    assert rows["Street"].publisher == "" and rows["Street"].extra["host"] == "cambridge.org"


def test_3_the_testers_mendeley_and_scholar_files_export_without_paths_groups_or_metrics(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(HERE / "pop-scholar.csv"))
    cmo("ingest", str(HERE / "mendeley.bib"))
    for key in [source["key"] for source in cmo.json("sources", "list")]:
        cmo("select", "include", key)
    out = tmp_path / "included.bib"
    cmo("export", "--format", "bib", "-o", str(out))
    written = out.read_text(encoding="utf-8")
    for leak in (
        "Users/jsmith",
        "mendeley-groups",
        "gsrank",
        "cites =",
        "querydate",
        "age =",
        "= {bmjopen.bmj.com}",
        "= {eprints.whiterose.ac.uk}",
    ):
        assert leak not in written, leak
    assert "doi = {10.1136/bmjopen-2016-011837}" in written and "pmid = {27872112}" in written
    ris = tmp_path / "included.ris"
    cmo("export", "--format", "ris", "-o", str(ris))
    assert "PB  - cambridge.org" not in ris.read_text(encoding="utf-8")
    assert cmo.json("sources", "show", "irvine2016evaluation")["publisher"] == ""


# --- 6. a body's acronym stays in capitals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("HMIC", "HMIC"),
        ("HMICFRS", "HMICFRS"),
        ("DWP RESEARCH REPORT", "DWP Research Report"),
        ("NHSE AND SPRINGER", "NHSE and Springer"),
        ("SRI LANKA JOURNAL OF PSYCHIATRY", "Sri Lanka Journal of Psychiatry"),
        ("SCHIZOPHRENIA BULLETIN", "Schizophrenia Bulletin"),
        ("THE BRITISH JOURNAL OF PSYCHIATRY", "The British Journal of Psychiatry"),
    ],
)
def test_6_a_word_in_capitals_no_word_could_be_stays_in_capitals(written, shown):
    assert display_case(written) == shown


def test_6_the_testers_grey_list_publishers_are_cited_in_capitals(cmo):
    from cmo.bib.citations import reference

    cmo("init", str(cmo.folder))
    cmo("ingest", str(HERE / "grey.csv"))
    fields = set(Source.model_fields)
    for key in ("hmic2013criminal", "hmicfrs2018policing"):
        shown = cmo.json("sources", "show", key)
        cited = reference(Source(**{name: value for name, value in shown.items() if name in fields}))
        assert "Hmic" not in cited, cited
    assert cited.startswith("HMICFRS (2018). Policing and mental health")


# --- 10. one grey report from two lists ------------------------------------------------------------------------------


def test_10_a_body_named_by_its_acronym_and_in_full_is_one_author_for_one_address_and_year():
    from cmo.models import Provenance, Record

    def record(line, authors):
        return Record(
            key="",
            type="report",
            title="Policing and mental health: picking up the pieces",
            authors=authors,
            year=2018,
            url="https://example.gov.uk/reports/policing-and-mental-health-2018/",
            provenance=Provenance(file="a.csv", line=line, key="", format="table"),
        )

    full = ["Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services"]
    assert group_records([record(1, ["HMICFRS"]), record(2, full)]) == [[0, 1]]
    other = record(2, ["Care Quality Commission"])
    assert group_records([record(1, ["HMICFRS"]), other]) == []  # another body: two works


def test_10_the_testers_grey_reports_link_across_their_lists(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(HERE / "grey.csv"))
    cmo("ingest", str(HERE / "zotero.json"))
    cmo("ingest", str(HERE / "mendeley.bib"))
    listed = cmo.json("sources", "list")
    pieces = [s for s in listed if "picking up the pieces" in s["title"]]
    cells = [s for s in listed if s["title"].startswith("A criminal use of police cells")]
    assert len(pieces) == 1 and len(cells) == 1
    why = cmo("sources", "show", pieces[0]["key"]).stdout
    assert "same web address and year" in why


def test_a_reference_never_cites_a_host_name_as_its_publisher():
    """Trial V: "eprints.whiterose.ac.uk." closed a reference, as a BibTeX file gave the site as the publisher."""
    from cmo.bib.citations import reference
    from cmo.models import Source

    report = Source(
        key="k",
        type="report",
        title="Street triage evaluation",
        authors=["Smith, Ann"],
        year=2016,
        publisher="eprints.whiterose.ac.uk",
    )
    assert "eprints" not in reference(report)
    assert "University of York" in reference(report.model_copy(update={"publisher": "University of York"}))


def test_a_linked_record_s_given_names_replace_initials_only():
    """Trial V: Publish or Perish's "Kirubarajan, A." stayed after Zotero's "Kirubarajan, Abirami" linked in."""
    from cmo.bib.linking import link_record
    from cmo.models import Provenance, Record

    def record(authors):
        return Record(
            key="k",
            title="Police mental health co-response",
            year=2018,
            authors=authors,
            provenance=Provenance(file="z.bib", line=1, key="k", format="bibtex"),
        )

    initials = Source(key="k", title="Police mental health co-response", year=2018, authors=["Kirubarajan, A.", "Drabble, S. J."])
    fuller = link_record(initials, record(["Kirubarajan, Abirami", "Drabble, Sarah J."]))
    assert fuller.authors == ["Kirubarajan, Abirami", "Drabble, Sarah J."]
    others = link_record(initials, record(["Smith, Abirami", "Drabble, Sarah J."]))  # another author: not replaced
    assert others.authors == initials.authors
    corrected = initials.model_copy(update={"edited": ["authors"]})  # a reviewer's correction stays
    assert link_record(corrected, record(["Kirubarajan, Abirami", "Drabble, Sarah J."])).authors == initials.authors
