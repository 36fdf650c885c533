"""Trial P (hospital discharge of older people): small things a team saw in everyday commands, each through the
commands a user types on the example review (real SQLite)."""

from __future__ import annotations


def test_trace_shows_the_page_of_a_statement_coded_without_a_quote(demo):
    demo("code", "edit", "S1", "--quote", "", "--page", "12")
    shown = demo("trace", "S1").stdout
    assert "(no quote; p. 12)" in shown
    demo("code", "edit", "S1", "--quote", "We felt heard", "--page", "pp. 12-13")
    assert '"We felt heard" (pp. 12-13)' in demo("trace", "S1").stdout  # trial Q: "p. pp. 12-13"


def test_code_add_records_the_named_reviewer_as_its_coder(demo, monkeypatch):
    added = demo.json(
        "--by", "Jo Rao", "code", "add", "--source", "schlief2022telemental", "--context", "Staff who know the person",
        "--mechanism", "they trust them", "--outcome", "they stay in care",
    )  # fmt: skip
    assert added["coder"] == "Jo Rao"
    monkeypatch.delenv("CMO_REVIEWER", raising=False)
    plain = demo.json("code", "add", "--source", "schlief2022telemental", "--context", "A", "--mechanism", "B", "--outcome", "C")
    assert plain["coder"] == ""  # a login name is no one's initials
    given = demo.json("--by", "Jo Rao", "code", "add", "--source", "schlief2022telemental", "--context", "A", "--coder", "KM")
    assert given["coder"] == "KM"


def test_a_source_a_screener_left_undecided_is_not_said_to_be_unscreened(demo, tmp_path):
    cited = demo.json("code", "show", "S1")["source"]
    sheet = tmp_path / "screening.csv"
    sheet.write_text(f"key,decision,screened by,notes\n{cited},maybe,JR,check with SK\n", encoding="utf-8")
    demo("select", "import", str(sheet), code=None)
    assert demo.json("sources", "show", cited)["status"] == "maybe"
    report = tmp_path / "report.md"
    demo("report", "--format", "md", "-o", str(report))
    text = report.read_text(encoding="utf-8")
    assert "screened, not yet decided" in text and "not screened yet" not in text.split("## References", 1)[-1]


def test_a_review_started_with_its_own_domains_gets_no_other_reviews_groups(cmo, tmp_path):
    """Trial Q: a schools review started with its own domains was given the example's stakeholder groups ("Inpatient
    and crisis care"), which its pack would have offered its respondents."""
    domains = tmp_path / "domains.yaml"
    domains.write_text("domains:\n  - {slug: staff, name: Staff capability, description: Teachers' skills}\n", encoding="utf-8")
    folder = tmp_path / "schools"
    done = cmo("init", str(folder), "--domains", str(domains))
    assert "No stakeholder groups yet" in done.stdout
    text = (folder / "review.yaml").read_text(encoding="utf-8")
    assert "groups: []" in text and "crisis" not in text.lower()
    domains.write_text(domains.read_text() + "groups:\n  - {slug: pupils, name: Pupils}\n", encoding="utf-8")
    cmo("init", str(tmp_path / "with-groups"), "--domains", str(domains))
    assert "slug: pupils" in (tmp_path / "with-groups" / "review.yaml").read_text(encoding="utf-8")


def test_a_doi_is_shown_as_written_and_a_screening_sheet_finds_it_in_any_case(cmo, tmp_path):
    """Trial Q: DOIs were shown lower-cased ("1471-244x"); kept as written, a sheet naming the source by its DOI in
    another case must still find it."""
    cmo("init", str(cmo.folder))
    ris = tmp_path / "one.ris"
    ris.write_text(
        "TY  - JOUR\nAU  - Kidger, Judi\nTI  - Teachers' wellbeing and depressive symptoms\nPY  - 2010\n"
        "JO  - BMC Psychiatry\nDO  - 10.1186/1471-244X-10-51\nER  - \n",
        encoding="utf-8",
    )
    cmo("ingest", str(ris))
    (source,) = cmo.json("sources", "list")
    assert source["doi"] == "10.1186/1471-244X-10-51"
    sheet = tmp_path / "screening.csv"
    sheet.write_text("doi,decision\nhttps://doi.org/10.1186/1471-244x-10-51,include\n", encoding="utf-8")
    cmo("select", "import", str(sheet))
    assert cmo.json("sources", "show", source["key"])["status"] == "included"
