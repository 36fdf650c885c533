"""Helper G3, fault 3: a MAXQDA or ATLAS.ti document named 'Hartman ECCMID 2023 abstract.pdf', where Hartman 2023 has a
paper and a conference abstract, was refused as either. The words a name adds to its author and year are checked
against the work's title, journal and publisher and now also the words its kind of work is called by
(`sources._KIND_WORDS`: a conference's abstract is an 'abstract'), so the abstract is the one; names nothing tells
apart still list both. Topics: antibiotic stewardship in nursing homes; (must not fire) school-based vision screening."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

DOMAINS = """domains:
  - slug: stewardship
    name: Antibiotic stewardship
    description: Prescribing.
"""

RECORDS = """TY  - JOUR
TI  - Antimicrobial stewardship rounds in nursing homes: a stepped-wedge trial
AU  - Hartman, Eva
PY  - 2023
JO  - Journal of Antimicrobial Chemotherapy
VL  - 78
SP  - 1201
EP  - 1210
ER  -

TY  - CONF
TI  - Stewardship rounds in nursing homes: first results of a stepped-wedge trial
AU  - Hartman, Eva
PY  - 2023
T2  - ECCMID 2023: 33rd European Congress of Clinical Microbiology and Infectious Diseases
ER  -
"""

HEADER = ["Document name", "Context", "Mechanism", "Outcome"]


def test_the_document_name_s_words_pick_the_conference_abstract(cmo, tmp_path):
    """Fails on the old code: 'could be any of' both, exit 2."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "segments.csv",
        HEADER,
        ["Hartman ECCMID 2023 abstract.pdf", "homes with a visiting pharmacist", "staff feel backed to stop", "fewer courses"],
        ["Hartman 2023 abstract.pdf", "homes with weekly rounds", "nurses ask sooner", "fewer courses"],
    )
    cmo("code", "import", str(sheet), code=None)
    assert [s["source"] for s in cmo.json("code", "list")] == [keys["stewardship"], keys["stewardship"]]


def test_a_name_no_work_s_kind_tells_apart_still_lists_both(cmo, tmp_path):
    """Must not fire: two journal articles of one author and year; 'abstract' names neither, so both are listed."""
    records = RECORDS.replace("TY  - CONF", "TY  - JOUR").replace(
        "T2  - ECCMID 2023: 33rd European Congress of Clinical Microbiology and Infectious Diseases", "JO  - Eye"
    )
    records = records.replace("Hartman, Eva", "Lindqvist, Per").replace("nursing homes", "primary schools")
    review_of(cmo, tmp_path, DOMAINS, records)
    sheet = write_csv(
        tmp_path / "segments.csv", HEADER, ["Lindqvist 2023 abstract.pdf", "schools screen vision", "parents act", "glasses worn"]
    )
    said = cmo("code", "import", str(sheet), code=2).stderr
    assert "could be any of" in said and "lindqvist2023antimicrobial" in said and "lindqvist2023stewardship" in said
