"""A file read again (an older cmo's misreading now read right, or an export since corrected) gives its sources its new
reading of what only its earlier reading gave them, said old → new; what a reviewer corrected, what another record gives
too, the keys and every decision stay (trial CB: MIDIRS's pamphlet stayed an article in the journal 'London: RCM, 2018')."""

from __future__ import annotations

import json

RIS_RECORD = "TY  - {ty}\nAU  - {au}\nTI  - {ti}\n{more}PY  - {py}\nER  - \n\n"

LEAFLET = "Free school meals in Scotland: a briefing for head teachers"
TRIAL = "Universal free school meals and pupils' diet quality: a cluster trial"
SURVEY = "Lunchtime experiences of secondary pupils: a national survey"
ABSTRACT = (
    "AB  - Head teachers are told how universal free school meals are funded, who registers pupils, and what to tell parents "
)


def ris(*records: tuple[str, str, str, str, int]) -> str:
    return "".join(RIS_RECORD.format(ty=ty, au=au, ti=ti, more=more, py=py) for ty, au, ti, more, py in records)


def sources(cmo) -> dict[str, dict]:
    return {s["key"]: s for s in cmo.json("sources", "list")}


def test_a_ris_file_read_again_replaces_what_only_its_earlier_reading_gave(cmo, tmp_path):
    """The earlier reading took a leaflet's imprint for a journal; the new reading is a report of a publisher: the
    source becomes a grey report with no journal, said old → new, its key and screening kept. A year a reviewer
    corrected stays, and so does a journal another database's record gives too."""
    export = tmp_path / "cinahl.ris"
    export.write_text(
        ris(
            (
                "JOUR",
                "Education Scotland",
                LEAFLET,
                f"JO  - Edinburgh: Education Scotland, 2019\nVL  - 6\n{ABSTRACT}&amp;\n",
                2019,
            ),
            ("JOUR", "Morgan, Kelly", TRIAL, "JO  - Appetite\nDO  - 10.1000/fsm.2020.1\n", 2018),
            ("JOUR", "Hughes, Rhian", SURVEY, "JO  - Appetite\nDO  - 10.1000/fsm.2021.7\n", 2021),
        ),
        encoding="utf-8",
    )
    other = tmp_path / "medline.ris"
    other.write_text(ris(("JOUR", "Hughes, Rhian", SURVEY, "JO  - Appetite\nDO  - 10.1000/fsm.2021.7\n", 2021)), "utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(export), code=None)
    cmo("ingest", str(other), code=None)
    before = sources(cmo)
    leaflet = next(k for k, s in before.items() if s["title"].startswith("Free school"))
    trial = next(k for k, s in before.items() if s["title"].startswith("Universal"))
    survey = next(k for k, s in before.items() if s["title"].startswith("Lunchtime"))
    cmo("select", "include", leaflet, code=None)
    cmo("sources", "edit", trial, "--year", "2019", "--note", "the journal's year", code=None)

    export.write_text(
        ris(
            ("RPRT", "Education Scotland", LEAFLET, f"PB  - Education Scotland\n{ABSTRACT}&\n", 2019),
            ("JOUR", "Morgan, Kelly", TRIAL, "JO  - Appetite\nDO  - 10.1000/fsm.2020.1\n", 2020),
            ("JOUR", "Hughes, Rhian", SURVEY, "JO  - Public Health Nutrition\nDO  - 10.1000/fsm.2021.7\n", 2021),
        ),
        encoding="utf-8",
    )
    again = cmo.json("ingest", str(export), code=None)
    assert again["added"] == 0
    after = sources(cmo)
    assert sorted(after) == sorted(before)  # keys stay
    assert (after[leaflet]["type"], after[leaflet]["container"], after[leaflet]["grey"]) == ("report", "", True)
    assert after[leaflet]["status"] == "included"
    said = [w for w in again["warnings"] if leaflet in w and "→" in w]
    assert len(said) == 1 and "container 'Edinburgh: Education Scotland, 2019' → none" in said[0]
    assert "type 'article' → 'report'" in said[0]
    assert "abstract '…at to tell parents &amp;' → '…at to tell parents &'" in said[0]  # where it changed
    # Not changed: a reviewer's correction, and a value another file's record gives too.
    assert after[trial]["year"] == 2019
    assert after[survey]["container"] == "Appetite"
    assert not any(trial in w and "→" in w for w in again["warnings"])
    assert not any(survey in w and "→" in w for w in again["warnings"])
    # Read once more, unchanged: nothing is said or changed.
    third = cmo.json("ingest", str(export), code=None)
    assert third["unchanged"] == 3 and not any("→" in w for w in third["warnings"])


def test_a_bibtex_entry_read_again_under_its_key_takes_its_new_reading(cmo, tmp_path):
    """A BibTeX entry (same file, same citation key) first read as an article in a 'journal' that was its publisher's
    place: read again as the report it is, its statements keep citing the same key."""
    bib = tmp_path / "library.bib"
    entry = (
        "@{kind}{{foodfoundation2022lunch,\n  title = {{The state of school lunches in England}},\n"
        "  author = {{{{Food Foundation}}}},\n{more}  year = {{2022}}\n}}\n"
    )
    bib.write_text(entry.format(kind="article", more="  journal = {London: Food Foundation},\n"), encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(bib), code=None)
    bib.write_text(entry.format(kind="techreport", more="  institution = {Food Foundation},\n"), encoding="utf-8")
    again = cmo.json("ingest", str(bib), code=None)
    [source] = cmo.json("sources", "list")
    assert source["key"] == "foodfoundation2022lunch"
    assert (source["type"], source["container"], source["grey"]) == ("report", "", True)
    said = [w for w in again["warnings"] if "→" in w]
    assert len(said) == 1 and "container 'London: Food Foundation' → none" in said[0], json.dumps(again["warnings"])


# A grey list a team typed, ingested with no --origin (trial CB 5: 8 hand-found documents counted as a database search).

HAND_HEADER = ["Title", "Organisation", "Year", "Type", "Web address"]
HAND_ROWS = [
    [
        "Rough sleeping snapshot in England: autumn 2022",
        "Department for Levelling Up",
        "2023",
        "Statistics",
        "https://example.gov.uk/rough-sleeping",
    ],
    ["Housing First in Wales: a guide for commissioners", "Cymorth Cymru", "2021", "Guidance", "https://example.org/hf-wales"],
    ["Ending homelessness together: annual report", "Scottish Government", "2022", "Report", "https://example.scot/ending"],
]


def test_a_grey_list_typed_by_hand_and_ingested_with_no_origin_is_said_to_count_as_a_database_search(cmo, tmp_path):
    from tests.sheet_reviews import write_csv

    listed = write_csv(tmp_path / "websites.csv", HAND_HEADER, *HAND_ROWS)
    cmo("init", str(cmo.folder))
    result = cmo("ingest", str(listed))  # exit 0: said, nothing to look at
    assert "websites.csv: every record is grey literature typed in a list" in result.stderr
    assert "count under 'database search'" in result.stderr and "--origin" in result.stderr
    assert "cmo select origins FILE" in result.stderr


def test_no_such_word_for_a_list_with_its_route_nor_a_databases_export_nor_articles(cmo, tmp_path):
    from tests.sheet_reviews import write_csv
    from tests.test_policy_database_records import OVERTON_HEADER, _overton_row

    cmo("init", str(cmo.folder))
    said = "every record is grey literature typed in a list"
    given = write_csv(tmp_path / "given.csv", HAND_HEADER, *HAND_ROWS)
    assert said not in cmo("ingest", str(given), "--origin", "website").stderr
    routed = write_csv(
        tmp_path / "routed.csv",
        [*HAND_HEADER, "Found via"],
        *([*row, "Experts"] for row in HAND_ROWS),
    )
    assert said not in cmo("ingest", str(routed), code=None).stderr
    overton = write_csv(
        tmp_path / "policies-export.csv",
        OVERTON_HEADER,
        _overton_row(
            "gbr-1",
            "Homelessness code of guidance for local authorities",
            "guidance",
            "UK Government",
            "United Kingdom",
            "government",
            "2018",
            "https://example.gov.uk/code",
        )
        + ["", "", ""],
    )
    assert said not in cmo("ingest", str(overton), code=None).stderr
    mixed = write_csv(
        tmp_path / "mixed.csv",
        [*HAND_HEADER, "Journal"],
        [*HAND_ROWS[0], ""],
        [
            "Tenancy sustainment after Housing First: a cohort study",
            "Pleace, Nicholas",
            "2020",
            "Journal article",
            "",
            "Housing Studies",
        ],
    )
    assert said not in cmo("ingest", str(mixed), code=None).stderr


def test_a_review_that_kept_an_earlier_reading_after_a_re_read_takes_the_new_one_when_the_file_is_ingested_again(cmo, tmp_path):
    """A review whose file was read again by a cmo that kept the old reading (the source still the misread article,
    both readings stored): ingesting the file once more, every record known, gives the source the newer reading, said
    once; the next ingest says nothing."""
    from contextlib import closing

    from cmo.commands.review import open_review
    from tests.sheet_reviews import write_csv

    header = ["Title", "Author", "Year", "Type", "Journal"]
    listed = write_csv(
        tmp_path / "handsearch.csv",
        header,
        ["Community fridges and food waste: a toolkit", "Hubbub Foundation", "2020", "Journal article", "London: Hubbub"],
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(listed), "--origin", "website", code=None)
    [before] = cmo.json("sources", "list")
    assert (before["type"], before["container"], before["grey"]) == ("article", "London: Hubbub", False)
    write_csv(listed, header, ["Community fridges and food waste: a toolkit", "Hubbub Foundation", "2020", "Report", ""])
    cmo("ingest", str(listed), "--origin", "website", code=None)
    with closing(open_review(cmo.folder).store) as store, store.transaction():  # as a cmo before this rule left it
        store.put_sources([store.source(before["key"]).model_copy(update={k: before[k] for k in ("type", "container", "grey")})])
    assert cmo.json("sources", "list")[0]["container"] == "London: Hubbub"
    again = cmo.json("ingest", str(listed), "--origin", "website", code=None)
    assert again["unchanged"] == 1
    [after] = cmo.json("sources", "list")
    assert (after["key"], after["type"], after["container"], after["grey"]) == (before["key"], "report", "", True)
    assert any("container 'London: Hubbub' → none" in w for w in again["warnings"])
    assert not any("→" in w for w in cmo.json("ingest", str(listed), "--origin", "website", code=None)["warnings"])
