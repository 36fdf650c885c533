"""A suffix after a name written family name first in capitals ("SMITH John III") is the person's, never a sign that the
column writes its names another way (re-check of trials AT and AW: one such row turned a whole Social Care Online author
column back to given names first, every source keyed and cited by a given name). Topic: adult safeguarding."""

from __future__ import annotations

from cmo.sheets.records import read_records

_GREY = (
    "Title,Author(s),Publication year,Content type\n"
    "Safeguarding adults in supported housing,MARSHALL Ruth; SMITH John III,2020,Report\n"
    "Self-neglect and hoarding: practice guidance,OKAFOR Chidi; RICHARDSON Joseph Jr,2019,Report\n"
    "Making safeguarding personal,BRAYE Suzy; ORR David,2017,Report\n"
)


def test_a_suffix_after_a_name_in_capitals_first_is_the_persons():
    records = read_records(_GREY, "scie.csv").records
    assert records[0].authors == ["Marshall, Ruth", "Smith, John, III"]
    assert records[1].authors == ["Okafor, Chidi", "Richardson, Joseph, Jr"]
    assert records[2].authors == ["Braye, Suzy", "Orr, David"]


def test_sources_are_keyed_and_cited_by_family_name_beside_a_suffix(cmo, tmp_path):
    (tmp_path / "scie.csv").write_text(_GREY, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "scie.csv"))
    keys = {s["key"] for s in cmo.json("sources", "list")}
    assert keys == {"marshall2020safeguarding", "okafor2019selfneglect", "braye2017making"}


def test_a_body_whose_name_ends_as_only_bodies_end_is_never_a_person():
    grey = (
        "Title,Author(s),Year\n"
        "Adult social care market shaping,Local Government Association,2021\n"
        "The state of health care and adult social care,Care Quality Commission,2020\n"
        "Health matters: loneliness,Public Health Wales,2019\n"
        "Safeguarding in practice,Anna Board,2018\n"
        "Eviction and mental health,Robert Service,2017\n"
    )
    authors = [record.authors for record in read_records(grey, "grey.csv").records]
    assert authors[:3] == [["Local Government Association"], ["Care Quality Commission"], ["Public Health Wales"]]
    assert authors[3:] == [["Board, Anna"], ["Service, Robert"]]  # people whose family names a body might end in
