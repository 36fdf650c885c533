"""Trial AW (coding sheets from NVivo): a coding summary by node exported to a sheet names each file and node by its
path in the project ("Internals\\Haugen 2017", "Nodes\\Family carers"), numbers the passages it codes in a 'Reference'
column ("Reference 1") and heads them 'Coded text'. Each rule is tested on another topic: hospital discharge of older
people."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv
from test_s39c_coding import DOMAINS, RECORDS  # the same hospital discharge review

NAMED = ("Wards with a named discharge nurse", "Patients trust one person to organise their going home", "Fewer delays")
LATE = ("Carers told the discharge date late", "Carers feel left out and unprepared", "Carers decline to take them home")


def _keys(cmo, tmp_path) -> dict[str, str]:
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    return {"haugen": keys["discharge"], "moreau": keys["home"]}


def _read(cmo, field: str) -> list[str | None]:
    return [s[field] for s in cmo.json("code", "list")]


def test_a_file_named_by_its_path_in_the_nvivo_project_names_its_source(cmo, tmp_path):
    """Trial AW: 'Internals\\Becker 2004' was refused as no source, on every row, with the source its last part names
    offered as a guess."""
    keys = _keys(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "summary.csv",
        ["File", "Context", "Mechanism", "Outcome"],
        ["Internals\\Haugen 2017", *NAMED],
        ["<Files\\Interviews\\Moreau 2021>", *LATE],
    )
    cmo("code", "import", str(sheet))
    assert _read(cmo, "source") == [keys["haugen"], keys["moreau"]]


def test_a_path_whose_parts_name_no_source_is_still_refused_naming_it(cmo, tmp_path):
    _keys(cmo, tmp_path)
    sheet = write_csv(tmp_path / "summary.csv", ["File", "Context", "Mechanism", "Outcome"], ["Internals\\Okafor 2019", *NAMED])
    said = cmo("code", "import", str(sheet), code=2)
    assert "row 2, column File: 'Internals\\Okafor 2019' is not a source in this review" in said.stderr
    assert cmo.json("code", "list") == []


def test_nvivo_reference_numbers_beside_the_file_column_are_no_source(cmo, tmp_path):
    """Trial AW: NVivo's 'Reference' column ('Reference 1', 'Reference 2') was read as the source ahead of 'File', and
    all 38 rows were refused."""
    keys = _keys(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "summary.csv",
        ["Node", "File", "Reference", "Coverage", "Context", "Mechanism", "Outcome"],
        ["", "Haugen 2017", "Reference 1", "1.20%", *NAMED],
        ["", "Moreau 2021", "Reference 2", "0.80%", *LATE],
    )
    said = cmo("code", "import", str(sheet))
    assert _read(cmo, "source") == [keys["haugen"], keys["moreau"]]
    assert "the column 'File' names the review's sources and 'Reference' names none ('Reference 1', 'Reference 2')" in (
        said.stderr
    )
    assert cmo.json("code", "show", "S1")["extra"]["Reference"] == "Reference 1"


def test_a_reference_column_that_names_the_sources_is_read_whatever_the_file_column_holds(cmo, tmp_path):
    """The rule must not fire where the column a header chose names the sources: 'File' then is the team's own."""
    keys = _keys(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "summary.csv",
        ["Reference", "File", "Context", "Mechanism", "Outcome"],
        ["Haugen 2017", "Moreau 2021", *NAMED],
        ["Moreau 2021", "Haugen 2017", *LATE],
    )
    said = cmo("code", "import", str(sheet), code=None)
    assert _read(cmo, "source") == [keys["haugen"], keys["moreau"]]
    assert "names the review's sources and" not in said.stderr
    assert cmo.json("code", "show", "S1")["extra"]["File"] == "Moreau 2021"


def test_an_nvivo_node_column_of_the_domains_paths_is_read_as_the_domain(cmo, tmp_path):
    """Trial AW: 'Nodes\\Reachable moment' in NVivo's 'Node' column gave no statement a domain, and refine filed them
    by their words alone."""
    _keys(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "summary.csv",
        ["Node", "File", "Context", "Mechanism", "Outcome"],
        ["Nodes\\Handover between hospital and home", "Haugen 2017", *NAMED],
        ["Nodes\\Family carers\\Late notice", "Moreau 2021", *LATE],
    )
    said = cmo("code", "import", str(sheet), code=None)
    assert _read(cmo, "domain") == ["handover", "family"]
    assert "the column 'Node' was read as the statements' domain" in said.stderr


def test_a_node_column_of_other_themes_gives_no_domain(cmo, tmp_path):
    _keys(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "summary.csv",
        ["Node", "File", "Context", "Mechanism", "Outcome"],
        ["Nodes\\Trust", "Haugen 2017", *NAMED],
        ["Nodes\\Timing", "Moreau 2021", *LATE],
    )
    cmo("code", "import", str(sheet), code=None)
    assert _read(cmo, "domain") == [None, None]
    assert cmo.json("code", "show", "S1")["extra"]["Node"] == "Nodes\\Trust"


def test_nvivo_coded_text_is_the_quote(cmo, tmp_path):
    _keys(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "summary.csv",
        ["File", "Coded text", "Context", "Mechanism", "Outcome"],
        ["Haugen 2017", "one nurse held the whole plan together", *NAMED],
    )
    cmo("code", "import", str(sheet), code=None)
    assert _read(cmo, "quote") == ["one nurse held the whole plan together"]


# --- AW 4: a person's suffix in Publish or Perish's author list, and typed in a correction -----------------------------

_POP = (
    "Cites,Authors,Title,Year,Source,Publisher,ArticleURL,GSRank,Type,AuthorCount\n"
    '31,"RW Tate Jr, L Okonjo, P Harland…",Supported housing for care leavers: a realist evaluation,2019,'
    "Housing Studies,,https://example.org/tate,1,HTML,5\n"
    '7,"HM Government",Keep on caring: supporting young people from care to independence,2016,,,'
    "https://example.org/hmg,2,PDF,1\n"
)


def test_publish_or_perish_authors_with_a_suffix_are_each_read_as_people(cmo, tmp_path):
    """Trial AW: "J Richardson Jr, WA Wical, N Kottage…" was one author, keyed and cited 'J Richardson Jr'."""
    (tmp_path / "pop.csv").write_text(_POP, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "pop.csv"), code=None)
    by_title = {source["title"].split()[0]: source for source in cmo.json("sources", "list")}
    tate = cmo.json("sources", "show", by_title["Supported"]["key"])
    assert tate["authors"] == ["Tate, R. W., Jr", "Okonjo, L.", "Harland, P.", "others"]
    assert tate["citation"] == "Tate et al. 2019" and tate["key"].startswith("tate2019")
    assert cmo.json("sources", "show", by_title["Keep"]["key"])["authors"] == ["HM Government"]  # a body stays whole


def test_a_correction_takes_a_suffix_after_a_second_comma_and_refuses_any_other(cmo, tmp_path):
    (tmp_path / "pop.csv").write_text(_POP, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "pop.csv"), code=None)
    key = next(s["key"] for s in cmo.json("sources", "list") if s["title"].startswith("Supported"))
    said = cmo("sources", "edit", key, "--authors", "Tate, Robert W., Jr; Okonjo, Lola").stdout
    assert "(Tate & Okonjo 2019)" in said
    assert cmo.json("sources", "show", key)["authors"] == ["Tate, Robert W., Jr", "Okonjo, Lola"]
    refused = cmo("sources", "edit", key, "--authors", "Tate, R., Okonjo, L.", code=2)
    assert "more than one comma in one name" in refused.stderr


# --- AW 5: a configuration is worded from a member saying its mechanism happened, not from its converse ----------------


def _st(sid: str, context: str, mechanism: str, outcome: str):
    from cmo.models import Statement

    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


def test_a_configuration_is_not_worded_from_its_one_member_that_withholds_the_mechanism():
    """Trial AW: "they do not see the visit as a chance to change → less readiness" gave a configuration its words, its
    one converse member, and the two studies finding the visit a teachable moment counted as its support."""
    from cmo.synthesis.centrality import wording_member

    withholding = _st(
        "S4", "Parents who work night shifts", "A health visitor calls; they do not see the visit as useful", "Less uptake"
    )
    ranked = [
        withholding,
        _st("S1", "First-time mothers", "A health visitor calls; they see the visit as useful", "More uptake of checks"),
        _st("S2", "Mothers in rural areas", "A health visitor calls at home; they value the visit", "Higher uptake"),
    ]
    assert wording_member(ranked).id == "S1"


def test_a_configuration_most_of_whose_members_withhold_the_mechanism_is_worded_from_one_of_them():
    """Must not fire: where most members say the mechanism did not happen, that is the configuration."""
    from cmo.synthesis.centrality import wording_member

    ranked = [
        _st("S1", "Parents who work night shifts", "A health visitor calls; they do not see the visit as useful", "Less uptake"),
        _st("S2", "Fathers at home", "Nobody explains why the visit matters", "Fewer checks attended"),
        _st("S3", "First-time mothers", "A health visitor calls; they see the visit as useful", "More uptake of checks"),
    ]
    assert wording_member(ranked).id == "S1"
