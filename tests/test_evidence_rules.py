"""Evidence rules that span commands, through the CLI on the example review.

1. A configuration concerns the stakeholder groups its statements are tagged for: when its
   statements change (detach, split, merge, re-coding, refine) its groups follow them.
2. Statements coded from a source that is not included stay in their configurations, with a warning
   when they are coded; an excluded source counts on neither side of the strength of evidence (the
   reason says so), and the report lists every source it cites.
"""

from __future__ import annotations

import csv
import re
from contextlib import closing
from pathlib import Path

EXCLUDED = "ayeni2021balint"
SHEET_HEADER = ["id", "source", "context", "mechanism", "outcome", "quote", "page", "domain", "groups", "coder", "note"]


def groups_of(cmo, statement_ids: list[str]) -> list[str]:
    return sorted({g for sid in statement_ids for g in cmo.json("code", "show", sid)["groups"]})


def config(cmo, config_id: str) -> dict:
    return cmo.json("configs", "show", config_id)


def write_sheet(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=SHEET_HEADER)
        writer.writeheader()
        writer.writerows([{k: row.get(k, "") for k in SHEET_HEADER} for row in rows])
    return path


def open_store(cmo):
    from cmo.commands.review import open_review

    return closing(open_review(cmo.folder).store)


# ---- 1. groups follow the statements ----------------------------------------------------------


def made(cmo, statements: str) -> str:
    """A configuration made by hand from these statements: the rules below must not hang on what refine proposed."""
    return cmo.json("configs", "new", "--statements", statements, "--note", "made for the test")["id"]


def test_detach_takes_a_group_away_with_its_only_statement_and_the_group_pack_says_so(demo, tmp_path):
    assert [s["id"] for s in demo.json("code", "list") if "cyp" in s["groups"]] == ["S1"]
    both = made(demo, "S1,S2")
    assert [c["id"] for c in demo.json("configs", "list") if "cyp" in c["groups"]] == [both]

    demo("configs", "detach", "S1", "--note", "about adults")
    kept = config(demo, both)
    assert kept["statements"] == ["S2"]
    assert kept["groups"] == groups_of(demo, ["S2"]) == []

    demo("round", "close")
    demo("pack", "--group", "cyp", "-o", str(tmp_path / "cyp.html"))
    html = (tmp_path / "cyp.html").read_text(encoding="utf-8")
    assert "The reviewers marked" not in html
    assert "No configuration is marked as especially relevant to this group yet" in html


def test_split_gives_each_part_the_groups_of_its_own_statements(demo):
    whole = made(demo, "S3,S15,S22")
    assert config(demo, whole)["groups"] == ["inpatient-crisis"]
    assert groups_of(demo, ["S15", "S22"]) == []

    new = demo.json("configs", "split", whole, "--statements", "S3")
    assert new["statements"] == ["S3"] and new["groups"] == ["inpatient-crisis"]
    assert config(demo, whole)["groups"] == []

    merged = demo.json("configs", "merge", whole, new["id"])
    assert merged["groups"] == ["inpatient-crisis"]
    assert config(demo, whole)["groups"] == groups_of(demo, config(demo, whole)["statements"])


def test_merge_takes_the_groups_of_all_the_statements_it_holds(demo):
    one, other = made(demo, "S1,S2"), made(demo, "S16,S21")
    first, second = config(demo, one), config(demo, other)
    merged = demo.json("configs", "merge", one, other)
    assert set(merged["statements"]) == set(first["statements"]) | set(second["statements"])
    assert merged["groups"] == groups_of(demo, merged["statements"]) == ["cyp", "digitally-excluded"]


def test_every_configuration_s_groups_match_its_statements_after_decisions_and_refine(demo):
    demo("configs", "detach", "S1")
    demo("configs", "split", made(demo, "S3,S15,S22"), "--statements", "S3")
    demo("configs", "accept", "C4")
    demo("refine")
    for c in demo.json("configs", "list"):
        assert c["groups"] == groups_of(demo, c["statements"]), c["id"]


def test_refine_repairs_stale_groups_but_keeps_groups_a_person_set(demo):
    """A review saved before groups followed their statements still has stale ones: refine mends them."""
    held = next(c["id"] for c in demo.json("configs", "list") if c["id"] not in ("C1", "C7") and groups_of(demo, c["statements"]))
    grouped = groups_of(demo, config(demo, held)["statements"])
    stale = sorted({"cyp", "inpatient-crisis", "digitally-excluded"} - set(grouped))[:1]
    with open_store(demo) as store, store.transaction():
        c1, accepted, c7 = store.configuration("C1"), store.configuration(held), store.configuration("C7")
        store.put_configurations(
            [
                c1.model_copy(update={"statements": ["S2"], "groups": ["cyp"], "pinned": True}),
                accepted.model_copy(update={"groups": [*stale, *grouped], "accepted": True, "pinned": True}),
                c7.model_copy(update={"groups": ["digitally-excluded"], "edited": ["groups"], "pinned": True}),
            ]
        )
        store.put_statements([store.statement("S1").model_copy(update={"detached": True})])
    demo("refine")
    assert config(demo, "C1")["groups"] == []
    assert config(demo, held)["groups"] == grouped
    assert config(demo, "C7")["groups"] == ["digitally-excluded"], "groups a person set are kept"


def test_re_tagging_a_statement_in_the_coding_sheet_re_tags_its_configuration(demo, tmp_path):
    both = made(demo, "S1,S2")
    sheet = tmp_path / "sheet.csv"
    demo("code", "template", "-o", str(sheet))
    rows = list(csv.DictReader(sheet.open(encoding="utf-8-sig")))
    assert rows[0]["id"] == "S1" and rows[0]["groups"] == "cyp"
    rows[0]["groups"] = ""
    rows[1]["groups"] = "digitally-excluded"  # S2, made into one configuration with S1 above
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    summary = demo.json("code", "import", str(sheet))
    assert summary["updated"] == 2
    assert config(demo, both)["groups"] == ["digitally-excluded"]


# ---- 2. statements from sources that are not included -----------------------------------------


def test_importing_statements_from_an_excluded_source_warns_once_naming_source_and_status(demo, tmp_path):
    assert next(s for s in demo.json("sources", "list") if s["key"] == EXCLUDED)["status"] == "excluded"
    sheet = write_sheet(
        tmp_path / "more.csv",
        [
            {
                "source": EXCLUDED,
                "context": "Trainee doctors",
                "mechanism": "feel heard in a reflective group",
                "outcome": "less burnout",
            },
            {
                "source": EXCLUDED,
                "context": "Trainee doctors",
                "mechanism": "see colleagues struggle too",
                "outcome": "less isolation",
            },
            {
                "source": "cooper2024peer",
                "context": "Wards with peer workers",
                "mechanism": "feel understood",
                "outcome": "more hope",
            },
        ],
    )
    result = demo("code", "import", str(sheet), code=1)  # a warning to look at: done, with problems (trial T)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1, result.stderr
    assert EXCLUDED in warnings[0] and "is excluded" in warnings[0] and "not about mental-health" in warnings[0]
    assert (
        "2 statements (S39, S40) are kept, and refine will place them as any other, but do not count towards the strength"
        in warnings[0]
    )
    assert "cooper2024peer" not in result.stderr


def test_importing_from_included_sources_warns_about_nothing(demo, tmp_path):
    sheet = write_sheet(
        tmp_path / "ok.csv",
        [
            {
                "source": "cooper2024peer",
                "context": "Wards with peer workers",
                "mechanism": "feel understood",
                "outcome": "more hope",
            },
        ],
    )
    summary = demo.json("code", "import", str(sheet))
    assert summary["warnings"] == []


def test_statements_from_an_unscreened_source_warn_that_it_is_unscreened(cmo, tmp_path):
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@article{lee2020remote, title={Remote crisis care}, author={Lee, Ann}, year={2020}, journal={J Ment Health}}\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(bib))
    sheet = write_sheet(
        tmp_path / "sheet.csv",
        [
            {
                "source": "lee2020remote",
                "context": "People in crisis at night",
                "mechanism": "feel reassured by a voice",
                "outcome": "fewer A&E visits",
            },
        ],
    )
    summary = cmo.json("code", "import", str(sheet))
    assert len(summary["warnings"]) == 1
    assert "lee2020remote is unscreened" in summary["warnings"][0]
    assert "1 statement (S1) counts as evidence" in summary["warnings"][0]
    assert "cmo select include lee2020remote" in summary["warnings"][0]


def test_adding_one_statement_from_an_excluded_source_warns(demo):
    from cmo.commands.code import add_statement
    from cmo.commands.review import open_review

    review = open_review(demo.folder)
    try:
        added = add_statement(review, source=EXCLUDED, context="Trainee doctors", mechanism="feel heard", outcome="stay")
    finally:
        review.store.close()
    assert added.statement.id == "S39"
    assert len(added.warnings) == 1 and added.warnings[0].startswith(f"{EXCLUDED} is excluded (")
    assert (
        "1 statement (S39) is kept, and refine will place it as any other, but does not count towards the strength"
        in added.warnings[0]
    )

    result = demo(
        "code", "add", "--source", EXCLUDED, "--context", "Trainee doctors", "--mechanism", "feel safe", "--outcome", "stay"
    )
    assert "Added S40" in result.stdout
    assert f"warning: {EXCLUDED} is excluded" in result.stderr
    assert "2 statements (S39, S40) are kept, and refine will place them as any other, but do not" in result.stderr


def _code_like_s5_from_the_excluded_source(cmo, tmp_path) -> str:
    """A statement worded as S5 (in C3) but coded from the excluded source: refine puts it in C3."""
    s5 = cmo.json("code", "show", "S5")
    sheet = write_sheet(
        tmp_path / "like-s5.csv",
        [
            {
                **{k: s5[k] for k in ("context", "mechanism", "outcome")},
                "source": EXCLUDED,
                "quote": "reflective groups",
                "page": "S123",
            }
        ],
    )
    cmo("code", "import", str(sheet), code=1)  # coded from an excluded source: a warning to look at
    cmo("refine")
    holders = [c for c in cmo.json("configs", "list") if EXCLUDED in c["sources"]]
    assert len(holders) == 1
    return holders[0]["id"]


def _section(text: str, heading: str) -> str:
    return text.split(heading, 1)[1].split("\n## ", 1)[0]


def test_report_lists_every_source_it_cites_and_keeps_the_flow_equal_to_the_sources(demo, tmp_path):
    holder = _code_like_s5_from_the_excluded_source(demo, tmp_path)
    reason = config(demo, holder)["strength_reason"]
    assert "1 source supports it" in reason and reason.endswith("1 excluded source not counted."), "the excluded one is not"
    sources = demo.json("sources", "list")
    included = sum(s["status"] == "included" for s in sources)
    excluded = sum(s["status"] == "excluded" for s in sources)

    demo("report", "--format", "md", "-o", str(tmp_path / "report.md"))
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert f"| Included | {included} |" in md and f"| Excluded | {excluded} |" in md
    row = next(line for line in md.splitlines() if f"({holder})" in line and line.startswith("| **CMO"))
    assert re.search(r"Ayeni[^|;]* \(excluded\)", row) and EXCLUDED not in row  # cited by author and year
    references = _section(md, "## References (included documents)")
    assert len(re.findall(r"^\d+\. ", references, re.MULTILINE)) == included
    assert "Ayeni" not in references
    others = _section(md, "## Other documents cited (not included)")
    assert len(re.findall(r"^\d+\. ", others, re.MULTILINE)) == 1
    assert "Ayeni" in others and "excluded: " in others and EXCLUDED not in others  # a key is cmo's, never shown (trial Y)

    demo("report", "-o", str(tmp_path / "report.html"))
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert set(re.findall(r'data-flow="included">(\d+)<', html)) == {str(included)}
    assert set(re.findall(r'data-flow="excluded">(\d+)<', html)) == {str(excluded)}
    references = html.split('<section id="references">', 1)[1].split("</section>", 1)[0]
    assert references.count("<li ") == included and "Ayeni" not in references
    assert "Other documents cited (not included)" in html
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets <= ids, f"links to nowhere: {sorted(targets - ids)}"
    cell = html.split(f'id="cmo-{holder}"', 1)[1].split("</tr>", 1)[0]
    anchor = re.search(r'<a href="#([^"]+)">Ayeni[^<]*</a> <span class="status">\(excluded\)</span>', cell).group(1)
    listed = re.search(rf'<li id="{anchor}" data-status="excluded"[^>]*>(.*?)</li>', html, re.DOTALL).group(1)
    assert "Ayeni" in listed and "[excluded: " in listed


def test_excluding_a_cited_source_moves_it_to_the_other_list_and_the_counts_follow(demo, tmp_path):
    result = demo(
        "select", "exclude", "aldersey2021training", "--reason", "training, not service delivery", code=1
    )  # done, with a problem to look at
    assert "no longer count towards the strength of evidence" in result.stderr
    sources = demo.json("sources", "list")
    included = sum(s["status"] == "included" for s in sources)
    demo("report", "--format", "md", "-o", str(tmp_path / "report.md"))
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert f"| Included | {included} |" in md
    assert len(re.findall(r"^\d+\. ", _section(md, "## References (included documents)"), re.MULTILINE)) == included
    others = _section(md, "## Other documents cited (not included)")
    assert "Aldersey" in others and "training, not service delivery" in others and "aldersey2021training" not in others


def test_a_report_citing_only_included_sources_has_no_other_list(demo, tmp_path):
    demo("report", "--format", "md", "-o", str(tmp_path / "report.md"))
    assert "Other documents cited" not in (tmp_path / "report.md").read_text(encoding="utf-8")


def test_detached_statements_are_not_called_evidence(demo):
    demo("select", "exclude", EXCLUDED, "--reason", "not about mental-health services")
    first = demo(
        "code", "add", "--source", EXCLUDED, "--context", "Trainee doctors", "--mechanism", "feel heard", "--outcome", "stay"
    )
    added = first.stdout.split()[1].rstrip(".")
    demo("configs", "detach", added, "--note", "not evidence")
    result = demo("code", "add", "--source", EXCLUDED, "--context", "Nurses", "--mechanism", "feel safe", "--outcome", "stay")
    warning = next(line for line in result.stderr.splitlines() if line.startswith(f"warning: {EXCLUDED}"))
    assert added not in warning and "1 statement (" in warning


def test_strength_from_the_sources_standing_alone_is_strength_from_the_whole_sources(demo):
    """Listings read only each source's grey flag and appraisal; the rule must say the same as with the whole."""
    from cmo.commands.review import open_review
    from cmo.synthesis.strength import evidence_strength

    keys = [s["key"] for s in demo.json("sources", "list")]
    demo("appraise", keys[0], "--relevance", "low", "--rigour", "high")  # appraisals of several kinds: weights differ
    demo("appraise", keys[1], "--rigour", "low")
    demo("select", "exclude", keys[2], "--reason", "wrong setting", code=None)
    with closing(open_review(str(demo.folder))) as review:
        statements = {s.id: s for s in review.store.statements()}
        whole = {s.key: s for s in review.store.sources()}
        standing = review.store.source_standings(whole)
        assert standing.keys() == whole.keys()
        for config in review.store.configurations():
            assert evidence_strength(config, statements, standing) == evidence_strength(config, statements, whole)
        assert standing[keys[0]].appraisal.relevance == "low" and standing[keys[1]].appraisal.rigour == "low"
        assert standing[keys[2]].status == "excluded"


def test_an_excluded_source_counts_on_neither_side_and_the_reason_says_so(demo):
    """Excluding a source is the reviewer's decision that it is not evidence: its statements stay in their
    configurations (nothing detached behind their back), but strength no longer counts it."""
    holder = next(c for c in demo.json("configs", "list") if len(c["sources"]) >= 2 and c["strength"] != "limited")
    before = holder["strength_reason"]
    left_out = holder["sources"][0]
    demo("select", "exclude", left_out, "--reason", "not about remote care", code=1)
    after = demo.json("configs", "show", holder["id"])
    assert after["statements"] == holder["statements"] and left_out in after["sources"]
    assert after["strength_reason"] != before and after["strength_reason"].endswith("; 1 excluded source not counted.")
    assert f"{len(holder['sources']) - 1} source" in after["strength_reason"]
    assert after["not_included"] == {left_out: "excluded"}
    assert f"{left_out} (excluded)" in demo("configs", "show", holder["id"]).stdout  # trial G: shown unmarked
    demo("select", "include", left_out)
    assert demo.json("configs", "show", holder["id"])["strength_reason"] == before


def test_a_configuration_whose_only_sources_are_excluded_has_no_included_evidence_not_limited(demo):
    """ "Limited" says some evidence backs a finding; with every source excluded none does, and the label says so."""
    holder = next(c for c in demo.json("configs", "list") if len(c["sources"]) == 1 and c["strength"] == "limited")
    demo("select", "exclude", holder["sources"][0], "--reason", "not about remote care", code=1)
    after = config(demo, holder["id"])
    assert after["strength"] == "none"
    assert (
        after["strength_reason"].startswith("No included source supports it yet")
        and "1 excluded source not counted" in (after["strength_reason"])
    )
    demo("configs", "edit", holder["id"], "--title", "Worded again for the next round")
    closed = demo("round", "close", code=1)
    assert f"warning: {holder['id']} has no included evidence behind it (No included source supports it yet" in closed.stderr
    demo("select", "include", holder["sources"][0])
    assert config(demo, holder["id"])["strength"] == "limited"


def test_the_statements_export_says_what_configs_show_says_contradicts(demo, tmp_path):
    """A reviewer's `code mark` (no coder flag) makes a member contradict: the export names it, as configs show."""
    import csv

    shown = demo.json("configs", "show", "C3")
    member = next(s for s in shown["statements"] if s not in shown["contradicting"])
    demo("code", "mark", member, "--contradicting", "C3")
    demo("export", "--format", "csv", "-o", str(tmp_path / "t.csv"))
    with (tmp_path / "t-statements.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    after = demo.json("configs", "list")
    for config in after:
        for sid in config["contradicting"]:
            assert config["id"] in rows[sid]["contradicts"].split("; ")
    assert "C3" in rows[member]["contradicts"].split("; ")


def test_key_contexts_come_from_the_members_that_support_it():
    """A contradicting member's context is where the configuration did not hold: never shown as key to it."""
    from cmo.models import Configuration, Statement
    from cmo.synthesis.evidence import supporting_contexts

    statements = {
        "S1": Statement(id="S1", source="a", context="rural clinics", mechanism="m", outcome="care continues"),
        "S2": Statement(id="S2", source="b", context="urban teams", mechanism="m", outcome="stopped", contradicts=True),
        "S3": Statement(id="S3", source="c", context="community teams", mechanism="m", outcome="care continues"),
    }
    config = Configuration(id="C1", statements=["S1", "S2", "S3"], context="c", mechanism="m", outcome="care continues")
    assert supporting_contexts(config, statements) == ["rural clinics", "community teams"]


def test_groups_come_from_the_members_that_support_it(demo):
    """Trial B: "Especially relevant to: older adults living alone" came from the statement that contradicted it.
    A group is whom a configuration holds for; a reviewer's mark moves it as the wording rule does."""
    from cmo.models import Configuration, Statement
    from cmo.synthesis.members import with_groups

    statements = {
        "S1": Statement(id="S1", source="a", context="c", mechanism="m", outcome="care continues", groups=["rural"]),
        "S2": Statement(id="S2", source="b", context="c", mechanism="m", outcome="stopped", contradicts=True, groups=["alone"]),
    }
    config = Configuration(id="C1", statements=["S1", "S2"], context="c", mechanism="m", outcome="care continues")
    assert with_groups(config, statements).groups == ["rural"]

    groups_of = {s["id"]: s["groups"] for s in demo.json("code", "list")}
    shown, member, group = next(
        (config, sid, group)
        for config in demo.json("configs", "list")
        if len(config["statements"]) > 1
        for sid in config["statements"]
        for group in groups_of[sid]
        if not any(group in groups_of[other] for other in config["statements"] if other != sid)
    )
    assert group in shown["groups"]
    demo("code", "mark", member, "--contradicting", shown["id"])
    assert group not in demo.json("configs", "show", shown["id"])["groups"]


def test_a_listing_counts_the_sources_on_both_sides(demo):
    """Trial E: "2 statements from 1 source, 1 contradicting" for statements from two sources, one of them against."""
    holder = next(c for c in demo.json("configs", "list") if len(c["sources"]) == 2 and len(c["statements"]) == 2)
    member = next(s for s in holder["statements"] if demo.json("code", "show", s)["source"] == holder["sources"][1])
    demo("code", "mark", member, "--contradicting", holder["id"])
    marked = config(demo, holder["id"])
    assert marked["sources"] == holder["sources"][:1] and marked["contradicting_sources"] == holder["sources"][1:]
    assert f"2 statements from 2 sources, 1 contradicting ({member})" in demo("configs", "show", holder["id"]).stdout


def test_a_supporting_source_not_yet_screened_counts_and_the_reason_says_so():
    """Trial F: an unscreened book chapter made a configuration "strong" with nothing to say it was never screened."""
    from cmo.models import Configuration, SourceStanding, StatementStanding
    from cmo.synthesis.strength import evidence_strength

    statements = {f"S{i}": StatementStanding(id=f"S{i}", source=f"k{i}") for i in (1, 2)}
    config = Configuration(id="C1", statements=["S1", "S2"])
    screened = {"k1": SourceStanding(status="included"), "k2": SourceStanding(status="included")}
    label, why = evidence_strength(config, statements, screened)
    assert "screened" not in why
    assert evidence_strength(config, statements, {**screened, "k2": SourceStanding()}) == (
        label,
        why[:-1] + "; 1 of them not yet included or excluded at screening.",
    )


def test_configs_show_says_how_a_configuration_came_to_its_domain(demo):
    """Trial F: C4 sat in a domain none of its statements were coded to, and nothing said why."""

    def coded(statement_id: str) -> str | None:
        return demo.json("code", "show", statement_id)["domain"]

    holder = next(
        c
        for c in demo.json("configs", "list")
        if len(c["statements"]) == 2 and c["domain"] and coded(c["statements"][0]) == coded(c["statements"][1]) == c["domain"]
    )
    first, second = holder["statements"]
    coded = coded(first)
    assert f"domain: its statements' coded domain (of its 2 statements, 2 to {coded})" in (
        demo("configs", "show", holder["id"]).stdout
    )
    other = next(d for d in ("flexibility", "safety") if d != coded)
    demo("code", "edit", second, "--domain", other, "--note", "recoded")
    told = demo("configs", "show", holder["id"]).stdout
    assert "as its statements' coding does not decide (of its 2 statements, 1 to " in told
    assert f"'cmo configs move {holder['id']} --domain …' chooses another" in told
    demo("configs", "move", holder["id"], "--domain", other)
    assert "domain: its domain as a person set it" in demo("configs", "show", holder["id"]).stdout
