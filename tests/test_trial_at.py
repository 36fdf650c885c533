"""Trial AT (social prescribing link workers for loneliness in older adults), each rule tried on another topic: Social
Care Online lists authors family name first in capitals ("HOLDING Eleanor; THOMPSON Jill"), which was read given name
first, cited "Eleanor 2020" and keyed eleanor2020… (AT 1)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sheet_reviews import cmo_run, review_from_rows

from cmo.sheets.records import read_records

# A Social Care Online CSV export on another topic (adult safeguarding in care homes).
_SCIE_ROWS = [
    ["Title", "Author(s)", "Publication year", "Source", "Publisher", "Abstract", "Content type", "URL"],
    [
        "Making safeguarding personal in care homes: a qualitative study",
        "OKAFOR Chidi; O'BRIEN Niamh; VAN DER BERG Anna",
        "2021",
        "Journal of Adult Protection, 23(4), 2021, pp.201-214.",
        "Emerald",
        "Interviews with managers.",
        "Journal article",
        "https://example.org/r/1",
    ],
    [
        "Safeguarding adults reviews: a thematic analysis",
        "MERCER Stewart W., et al",
        "2019",
        "Journal of Adult Protection, 21(2), 2019, pp.90-101.",
        "Emerald",
        "SARs.",
        "Journal article",
        "https://example.org/r/2",
    ],
    ["Adult safeguarding: practice guidance", "SOCIAL CARE INSTITUTE FOR EXCELLENCE", "2018", "", "SCIE", "", "Guidance", ""],
]
_buffer = io.StringIO()
csv.writer(_buffer).writerows(_SCIE_ROWS)
_SCIE = _buffer.getvalue()


def test_a_column_of_family_names_in_capitals_is_read_family_name_first(tmp_path: Path):
    records = read_records(_SCIE, "socialcareonline.csv").records
    assert records[0].authors == ["Okafor, Chidi", "O'Brien, Niamh", "van der Berg, Anna"]
    assert records[1].authors == ["Mercer, Stewart W.", "others"]  # "et al": the list cut short
    assert records[2].authors == ["Social Care Institute for Excellence"]  # a body in capitals, shown as a name


def test_a_social_care_online_export_is_keyed_and_cited_by_family_name(cmo, tmp_path: Path):
    (tmp_path / "scie.csv").write_text(_SCIE, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "scie.csv"))
    sources = {s["key"]: s for s in cmo.json("sources", "list")}
    assert {"okafor2021making", "mercer2019safeguarding"} <= set(sources)
    assert {s["key"][:5] for s in sources.values()} == {"okafo", "merce", "scie2"}
    shown = cmo("sources", "show", "okafor2021making").stdout
    assert "Okafor, Chidi; O'Brien, Niamh; van der Berg, Anna" in shown


def test_names_of_other_shapes_in_a_grey_list_are_not_read_as_family_names_in_capitals():
    grey = (
        "Title,Author(s),Year\n"
        '"Delayed discharge, a review","Smith, John; Jones, Ann",2021\n'
        "Loneliness in later life,AGE UK,2018\n"
    )
    records = read_records(grey, "grey.csv").records
    assert records[0].authors == ["Smith, John", "Jones, Ann"]
    assert records[1].authors == ["AGE UK"]  # no row of this column lists people so: nothing recased


# Trial AT 2: "people cannot afford the fee → they do not attend activities" was listed as going against "no bus to
# town → non-attendance", two ways of saying people did not attend. Tried on hospital outpatient clinics.
_CLINIC_ROWS = [
    ("fare2020", "Patients on low incomes", "bus fares to the hospital", "patients do not attend their outpatient appointments"),
    ("rural2021", "Patients in villages far from the hospital", "long journeys", "non-attendance at outpatient appointments"),
]


def _configs_new(review: Path) -> dict:
    done = cmo_run("configs", "new", "--statements", "S1,S2", "--json", "--by", "RT", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def test_a_denied_doing_beside_its_non_noun_is_one_finding_not_a_contradiction(tmp_path: Path):
    made = _configs_new(review_from_rows(tmp_path, _CLINIC_ROWS))
    assert made["contradicting"] == []


def test_a_denied_doing_beside_the_doing_still_goes_against(tmp_path: Path):
    reminded = ("texts2022", "Patients on low incomes", "text message reminders", "attendance at outpatient appointments")
    rows = [_CLINIC_ROWS[0], reminded]
    made = _configs_new(review_from_rows(tmp_path, rows))
    assert made["contradicting"] == ["S1"]


# Trial AT 3: "staff turnover and lost continuity for clients" was said to count as support "though its outcome says the
# opposite" of "they burn out or leave, and clients lose continuity": the noun "continuity" was read as a verb of going
# on. Tried on district nursing.
_NURSING_ROWS = [
    ("rota2021", "District nursing teams short of staff", "nurses carry heavy caseloads", "staff turnover and lost continuity"),
    ("visits2022", "District nursing teams short of staff", "nurses carry complex caseloads", "nurses leave the service"),
]


def _check_after_wording(rows, outcome: str, tmp_path: Path) -> str:
    review = review_from_rows(tmp_path, rows)
    assert cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review).returncode in (0, 1)
    assert cmo_run("configs", "edit", "C1", "--outcome", outcome, "--by", "RT", cwd=review).returncode in (0, 1)
    done = cmo_run("round", "close", "--check", cwd=review)
    return done.stdout + done.stderr


def test_a_noun_made_from_a_verb_of_going_on_is_no_opposite_of_leaving(tmp_path: Path):
    said = _check_after_wording(_NURSING_ROWS, "nurses leave, and patients lose continuity of care", tmp_path)
    assert "counts as supporting" not in said


def test_staying_is_still_the_opposite_of_leaving(tmp_path: Path):
    said = _check_after_wording(_NURSING_ROWS, "nurses stay in the service", tmp_path)
    assert "S2 counts as supporting C1, though its outcome says the opposite" in said


# Trial AT 4: Social Care Online wrote "AGE UK" and the grey list typed "Age UK" for one report; the source kept the
# first record's capitals, cited "AGE UK 2018b" in the pack and report. Tried on carers' reports and a journal article.
_CARERS_GREY = (
    "Title,Author(s),Year,URL\nState of caring 2023,CARERS UK,2023,https://www.carersuk.org/reports/state-of-caring-2023\n"
)
_CARERS_ZOTERO = """TY  - RPRT
TI  - State of caring 2023
AU  - Carers UK
PY  - 2023
UR  - https://www.carersuk.org/reports/state-of-caring-2023
ER  -

TY  - JOUR
TI  - Respite breaks for carers of people with dementia
AU  - De Silva, Ana
AU  - Moyo, Tendai
PY  - 2022
DO  - 10.1000/respite.2022.7
ER  -
"""
_CARERS_BIB = """@article{silva2022respite,
  title = {Respite breaks for carers of people with dementia},
  author = {de Silva, Ana and Moyo, Tendai},
  journal = {Dementia},
  year = {2022},
  doi = {10.1000/respite.2022.7}
}
"""


def test_a_name_a_database_wrote_in_capitals_takes_the_case_a_linked_record_gives_it(cmo, tmp_path: Path):
    (tmp_path / "grey.csv").write_text(_CARERS_GREY, encoding="utf-8")
    (tmp_path / "zotero.ris").write_text(_CARERS_ZOTERO, encoding="utf-8")
    (tmp_path / "library.bib").write_text(_CARERS_BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "grey.csv"), str(tmp_path / "library.bib"))
    cmo("ingest", str(tmp_path / "zotero.ris"))
    shown = {key: cmo("sources", "show", key).stdout for key in ("carersuk2023state", "silva2022respite")}
    assert "authors    Carers UK\n" in shown["carersuk2023state"]
    assert "Carers UK 2023" in shown["carersuk2023state"]
    assert "de Silva, Ana; Moyo, Tendai" in shown["silva2022respite"]  # a name in mixed case is never recased


# Trial AT 5: a grey list's "Author(s)" column (read as names written given name first) made "NHS England" a person,
# "England, NHS", cited "England 2022". Tried on a list of public health bodies' reports.
def test_a_body_named_with_its_acronym_first_is_never_a_person_written_given_name_first(cmo, tmp_path: Path):
    grey = (
        "Title,Author(s),Year\n"
        "Winter vaccination programme: evaluation,NHS England,2022\n"
        "Heat-health alerts: annual report,UK Health Security Agency,2023\n"
        "Community pharmacy flu jabs,Susan Kirsh,2021\n"
        "Vaccination uptake in care homes,US Patel,2020\n"
    )
    (tmp_path / "grey.csv").write_text(grey, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "grey.csv"))
    authors = {s["title"].split(":")[0]: s["authors"] for s in cmo.json("sources", "list")}
    assert authors["Winter vaccination programme"] == ["NHS England"]
    assert authors["Heat-health alerts"] == ["UK Health Security Agency"]
    assert authors["Community pharmacy flu jabs"] == ["Kirsh, Susan"]  # a person's name, as before
    assert authors["Vaccination uptake in care homes"] != ["US Patel"]  # two capitals first may be a person's initials
