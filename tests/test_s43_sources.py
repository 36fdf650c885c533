"""Sources read as their databases write them (session 43)."""

from __future__ import annotations

from sheet_reviews import write_csv

_POP = ["Cites", "Authors", "Title", "Year", "Source", "Publisher", "ArticleURL", "GSRank", "AuthorCount"]


def test_a_publish_or_perish_list_with_three_initials_is_people_and_its_lone_names_are_too(cmo, tmp_path):
    """Trial BE: "M Heath, AMF Hvass, CM Wejse" (three initials) was read as no list of people, so the column was not
    known to write names initials first and its lone "D Patel" was cited "D Patel 2022", never matching "Patel 2022"."""
    sheet = write_csv(
        tmp_path / "pop.csv",
        _POP,
        ["12", "M Heath, AMF Hvass, CM Wejse", "Cycle lanes and commuting in Aarhus", "2019", "J Transp H", "", "", "1", "3"],
        ["3", "K Osei, JB Mensah", "Protected cycle lanes and injuries in Accra", "2021", "Inj Prev", "", "", "2", "2"],
        ["0", "D Patel", "Cycle training for adults in Leicester: an evaluation", "2022", "", "", "https://x.org/1", "3", "1"],
        ["0", "NHS England", "Active travel and health: a briefing", "2020", "", "", "https://x.org/2", "4", "1"],
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(sheet), code=None)
    cited = {s["title"].split(":")[0]: s["authors"] for s in cmo.json("sources", "list")}
    assert cited["Cycle lanes and commuting in Aarhus"] == ["Heath, M.", "Hvass, A. M. F.", "Wejse, C. M."]
    assert cited["Cycle training for adults in Leicester"] == ["Patel, D."]
    assert cited["Active travel and health"] == ["NHS England"], "a body's initials and place alone stay a body"
