"""Helper K6: a CENTRAL record of a trial's registration names no person and often no author at all; it was keyed by
its official title's initials ("sbclcimwhsmhrbrct2016syndemic"). A registry record with no author is keyed by its
registry number, as trials are cited by it; the Cochrane Library's plain text gives the register's page in `SO`,
now kept as the record's registration. A record with an author (its investigator, or its sponsor), a paper naming
its registration, and a report with no registration keep the usual author-year or title-word key."""

from __future__ import annotations

from conftest import DATA

from cmo.bib.linking import citation_key
from cmo.bib.readers import cochrane, ris
from cmo.textio import decode_file

FILE = DATA / "k6_central" / "cochrane_library_registry.txt"
OVID = DATA / "cochrane_central_registry" / "cochrane_central_ovid.ris"


def test_central_registry_records_are_keyed_by_their_registry_number():
    records = cochrane.read(decode_file(FILE).text, FILE.name).records
    assert [r.extra.get("registration") for r in records] == ["NCT02859935", "ISRCTN12345678"]
    assert [citation_key(r) for r in records] == ["nct02859935", "isrctn12345678"]
    (ovid,) = ris.read(decode_file(OVID).text, OVID.name).records
    assert citation_key(ovid) == "nct02859935"


def test_a_registry_record_with_a_person_a_paper_naming_one_and_a_plain_report_keep_their_keys():
    text = (
        "TY  - ELEC\nAU  - Janssen, Pieter\nTI  - Linkage to care for men at high risk\nPY  - 2016\n"
        "UR  - https://clinicaltrials.gov/show/NCT02859935\nER  - \n\n"
        "TY  - JOUR\nAU  - Achterbergh, R. C. A.\nTI  - Help seeking after a syndemic based intervention\n"
        "JO  - Sex Transm Infect\n"
        "PY  - 2020\nAB  - TRIAL REGISTRATION: ClinicalTrials.gov NCT02859935.\nER  - \n\n"
        "TY  - RPRT\nTI  - Peer support for people leaving prison: an evaluation\nPY  - 2019\nER  - \n"
    )
    person, paper, report = ris.read(text, "x.ris").records
    assert citation_key(person) == "janssen2016linkage"
    sponsor = person.model_copy(update={"authors": ["University of Amsterdam"]})
    assert citation_key(sponsor) == "uoa2016linkage"  # a long body's name by its initials, as any body's key
    assert citation_key(paper) == "achterbergh2020help"
    assert citation_key(report) == "peer2019"


def test_the_review_lists_the_registry_records_by_number(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FILE), code=None)
    assert sorted(s["key"] for s in cmo.json("sources", "list")) == ["isrctn12345678", "nct02859935"]
    assert cmo.json("sources", "show", "nct02859935")["registry_record"] is True
