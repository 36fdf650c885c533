"""A grey list typed from Trove and the Analysis & Policy Observatory names universities, hospitals and state health
services as its authors ("SA Health; Flinders University"): each is one corporate author, cited by its whole name,
never a person cited by the body's last word ("Health & University 2023", helper H0's trial). People named given name
first on the same list stay people."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "trove_apo"


def test_universities_hospitals_and_state_health_services_are_bodies_not_people(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "grey-list.csv"), "--origin", "website")
    authors = {s["title"].split(" ")[0]: s["authors"] for s in cmo.json("sources", "list")}
    assert authors["Evaluation"] == ["SA Health", "Flinders University"]
    assert authors["Hospital"] == ["Royal Adelaide Hospital"]
    assert authors["Virtual"] == ["NSW Agency for Clinical Innovation"]


def test_people_on_the_same_list_stay_people(cmo):
    """Not over-firing: a person whose family name starts like a body's word ("Healy", "Collins") is a person."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "grey-list.csv"), "--origin", "website")
    authors = {s["title"].split(" ")[0]: s["authors"] for s in cmo.json("sources", "list")}
    assert authors["Older"] == ["Healy, Maria", "Collins, Tom"]
