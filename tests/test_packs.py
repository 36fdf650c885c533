"""Consultation packs: content and safety checked on the HTML, behaviour checked in Chromium."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

import pytest
from browser import artifact, new_context, open_page

from cmo.bib.citations import doi_url, safe_url, short_citation
from cmo.errors import NotFound
from cmo.models import Configuration, Decision, FeedbackItem, Source, Statement
from cmo.outputs.packs import build_pack
from cmo.sheets.feedback import parse_feedback_files
from cmo.synthesis.wording import cmo_sentence

SHARED = Path(__file__).resolve().parents[2] / "shared"
MERGE_DEV = SHARED / "benchmarks" / "merge_dev" / "statements.csv"

REVIEW = {
    "title": "What works for whom with telemental health?",
    "question": "What works, for whom, and why?",
    "respond_by": "2025-03-31",
    "contact": "review-team@example.org",
}
DOMAINS = [
    {"slug": "connecting", "name": "Connecting effectively", "description": "Getting and staying in touch."},
    {"slug": "safety", "name": "Safety, privacy and confidentiality", "description": "Feeling safe online."},
]
GROUPS = [
    {"slug": "cyp", "name": "Children and young people", "description": "Under 25."},
    {"slug": "crisis", "name": "Inpatient and crisis care", "description": ""},
    {"slug": "digital", "name": "Digitally excluded people", "description": ""},
]
HOSTILE_TITLE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def strength(config: Configuration) -> tuple[str, str]:
    n = len(config.statements)
    return ("Strong", f"{n} statements from several studies agree.") if n >= 2 else ("Weak", "Only one statement.")


def sample(title_c1: str = "Private space at home") -> dict:
    """Two rounds of a small review: round 2 rewords C1, merges C3 into C2, adds C4 and C5."""
    sources = {
        "smith2020": Source(
            key="smith2020",
            type="article",
            title="Video therapy at home",
            authors=["Smith, Jane", "Doe, John", "Roe, Kim"],
            year=2020,
            doi="10.1000/abc<def>",
            container="BMJ Open",
            volume="10",
            pages="1-9",
        ),
        "nhs2021": Source(
            key="nhs2021",
            type="report",
            title="Remote care guidance",
            authors=["NHS England"],
            year=2021,
            url="https://example.org/guidance",
            grey=True,
        ),
        "evil": Source(
            key="evil", type="misc", title="Click me", authors=["Hacker, A"], year=2022, url="javascript:alert(1)", grey=True
        ),
    }
    statements = {
        "S1": Statement(
            id="S1",
            source="smith2020",
            context="Young people sharing a home",
            mechanism="They worry that family members overhear",
            outcome="They say less in sessions",
            quote="I whisper so mum can't hear",
            page="4",
        ),
        "S2": Statement(
            id="S2",
            source="nhs2021",
            context="Young people sharing a home",
            mechanism="A private room lets them speak freely",
            outcome="Sessions are more open",
        ),
        "S3": Statement(
            id="S3",
            source="evil",
            context="Young people with their own room",
            mechanism="They still worried",
            outcome="No difference in openness",
            contradicts=True,
            quote="made no difference",
        ),
        "S4": Statement(
            id="S4",
            source="smith2020",
            context="Crisis teams",
            mechanism="Video lets staff see the person",
            outcome="Risk is judged more safely",
        ),
        "S5": Statement(
            id="S5", source="nhs2021", context="People without broadband", mechanism="", outcome="They miss appointments"
        ),
    }
    previous = [
        Configuration(
            id="C1",
            title="Privacy",
            context="People at home",
            mechanism="They fear being overheard",
            outcome="They hold back",
            domain="safety",
            statements=["S1"],
        ),
        Configuration(
            id="C2",
            title="Seeing the person",
            context="Crisis care",
            mechanism="Staff can see",
            outcome="Safer",
            domain="connecting",
            statements=["S4"],
        ),
        Configuration(
            id="C3",
            title="Visual cues",
            context="Crisis care",
            mechanism="Staff read body language",
            outcome="Safer",
            domain="connecting",
        ),
    ]
    configurations = [
        Configuration(
            id="C1",
            title=title_c1,
            context="Young people sharing a home",
            mechanism="They worry that family members overhear",
            outcome="They say less in sessions",
            key_contexts="Especially younger teenagers.",
            domain="safety",
            statements=["S1", "S2", "S3"],
            groups=["cyp"],
        ),
        Configuration(
            id="C2",
            title="Seeing the person",
            context="Crisis teams",
            mechanism="Video lets staff see the person",
            outcome="Risk is judged more safely",
            domain="connecting",
            statements=["S4"],
            groups=["crisis"],
        ),
        Configuration(
            id="C4",
            title="No broadband",
            context="People without broadband",
            outcome="They miss appointments",
            statements=["S5"],
            groups=["digital"],
        ),
        Configuration(
            id="C5",
            title="Talking to peers",
            context="Young people",
            mechanism="Peers online",
            outcome="Less alone",
            domain="connecting",
            groups=["cyp"],
        ),
    ]
    feedback = [
        FeedbackItem(
            id="F1",
            round=1,
            respondent="Quiet Otter",
            group="cyp",
            configuration="C1",
            rating="partly",
            missing="It is about young people <b>sharing</b> a home, not everyone.",
        )
    ]
    decisions = [
        Decision(action="edit", targets=["C1"], note="Narrowed the context.", because=["F1"], round=2),
        Decision(action="merge", targets=["C2", "C3"], note="Both describe visual assessment.", round=2),
        Decision(action="edit", targets=["C1"], note="An older decision.", round=1),
    ]
    return dict(
        review=REVIEW,
        domains=DOMAINS,
        groups=GROUPS,
        round_number=2,
        configurations=configurations,
        previous=previous,
        statements=statements,
        sources=sources,
        decisions=decisions,
        feedback=feedback,
        strength=strength,
        today=date(2025, 3, 1),
    )


def text_of(html: str) -> str:
    """The visible text, roughly: tags removed, entities left as written."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def article(html: str, anchor: str) -> str:
    return html.split(f'<article class="cmo" id="{anchor}"', 1)[1].split("</article>", 1)[0]


# --- The HTML itself ---------------------------------------------------------------------------


def test_pack_has_cover_explanation_domains_and_references():
    html = build_pack(**sample())
    assert "<h1>What works for whom with telemental health?</h1>" in html
    assert "Round 2" in html and "1 March 2025" in html and "31 March 2025" in html
    assert 'href="mailto:review-team@example.org"' in html
    assert "Domain 1: Connecting effectively" in html and "Domain 2: Safety, privacy and confidentiality" in html
    assert "Other findings" in html
    unassigned = html.split('id="domain-unassigned"', 1)[1].split("</section>", 1)[0]
    assert '<h2 id="domain-unassigned-heading">Other findings</h2>' in unassigned and 'id="cfg-C4"' in unassigned
    example = html.split('id="how-to-read"', 1)[1].split("</section>", 1)[0]
    assert "(CMO 1.1 (C2), “Seeing the person”)" in example
    assert "In crisis teams" in text_of(example)
    assert 'id="ref-smith2020"' in html and "Smith et al. (2020)" in html
    assert html.count('<figure class="theory">') == 3 and "contexts, mechanisms and outcomes</title>" in html


def test_configuration_reads_as_a_sentence_once_and_a_short_table_row():
    html = build_pack(**sample())
    c1 = article(html, "cfg-C1")
    assert "For young people sharing a home, they worry that family members overhear, so they say less in sessions." in c1
    assert c1.lower().count("they worry that family members overhear") == 2  # the sentence, and the parts in <details>
    assert '<details class="more">' in c1 and "Especially younger teenagers." in c1.split('<details class="more">', 1)[1]
    row = html.split('<a href="#cfg-C1">CMO 2.1 (C1)</a>', 1)[1].split("</tr>", 1)[0]
    assert "(context)" not in row and "strength-" in row
    assert 'href="#ref-smith2020">Smith et al. (2020)</a>; <a href="#ref-nhs2021">NHS England (2021)</a>' in row


def test_strength_sources_and_contradicting_evidence_are_shown():
    c1 = article(build_pack(**sample()), "cfg-C1")
    assert "Strong" in c1 and "3 statements from several studies agree." in c1
    supporting = c1.split("Sources behind it", 1)[1].split("Evidence that goes against it", 1)[0]
    assert "Smith et al. (2020)" in supporting and "NHS England (2021)" in supporting
    assert "Grey literature (report)" in supporting
    assert "Hacker (2022)" not in supporting
    against = c1.split("Evidence that goes against it", 1)[1].split("What changed", 1)[0]
    assert "Hacker (2022)" in against and "no difference in openness" in against and "made no difference" in against


def test_what_changed_tells_rewording_merges_new_and_the_feedback_behind_it():
    html = build_pack(**sample())
    c1 = article(html, "cfg-C1")
    assert "Reworded. It used to say:" in c1 and "For people at home, they fear being overheard, so they hold back." in c1
    assert "Renamed; it was called “Privacy”." in c1
    assert "New evidence: 2 findings from NHS England (2021) and Hacker (2022) added to it." in c1  # refine's, too
    assert "No change." not in c1
    assert "You told us (someone from the group “Children and young people”, who partly agreed)" in c1
    assert "It is about young people &lt;b&gt;sharing&lt;/b&gt; a home" in c1
    assert "So we reworded it.</p>" in c1
    assert "Narrowed the context" not in html and "Our reasoning" not in html  # the team's note is for the audit trail
    assert "An older decision." not in c1
    assert "Quiet Otter" not in html
    c2 = article(html, "cfg-C2")
    assert "C3 “Visual cues” was merged into this one." in c2
    assert "Moved here from" not in c2
    assert "New in this round." in article(html, "cfg-C4")
    assert 'C3 “Visual cues” was merged into <a href="#cfg-C2">CMO 1.1 (C2)</a>.' in html


def test_first_round_has_no_what_changed_section():
    inputs = sample() | {"previous": None, "round_number": 1, "decisions": []}
    html = build_pack(**inputs)
    assert "What changed" not in html and "No longer in the pack" not in html


def test_group_pack_puts_its_configurations_first_and_says_so():
    html = build_pack(**sample(), group="cyp")
    assert "This pack is for children and young people." in html
    connecting = html.split('id="domain-connecting"', 1)[1].split("</section>", 1)[0]
    assert connecting.index('id="cfg-C5"') < connecting.index('id="cfg-C2"')
    assert "The first configuration here is marked for children and young people." in connecting
    everyone = build_pack(**sample()).split('id="domain-connecting"', 1)[1].split("</section>", 1)[0]
    assert everyone.index('id="cfg-C2"') < everyone.index('id="cfg-C5"')
    assert '<option value="cyp" selected>' in html


def test_domain_pack_holds_only_that_domain():
    html = build_pack(**sample(), domain="safety")
    assert 'id="cfg-C1"' in html and 'id="cfg-C2"' not in html and 'id="cfg-C4"' not in html
    assert "One domain only: Safety, privacy and confidentiality." in html
    assert "No longer in the pack" not in html


def test_unknown_domain_or_group_is_named():
    with pytest.raises(NotFound, match="No domain 'nope'"):
        build_pack(**sample(), domain="nope")
    with pytest.raises(NotFound, match="No stakeholder group 'adults'"):
        build_pack(**sample(), group="adults")


def test_untrusted_text_is_escaped_and_bad_links_dropped():
    html = build_pack(**sample(HOSTILE_TITLE) | {"review": REVIEW | {"title": "Review </script><script>alert(1)</script>"}})
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;img src=x onerror=" in html
    assert "javascript:" not in html
    assert 'href="https://doi.org/10.1000/abc%3Cdef%3E"' in html
    data = html.split('<script type="application/json" id="pack-data">', 1)[1].split("</script>", 1)[0]
    assert json.loads(data)["review"] == "Review </script><script>alert(1)</script>"
    assert html.count("<script") == 2


def test_pack_is_self_contained_and_pins_its_script():
    html = build_pack(**sample())
    assert "<link" not in html and not re.search(r'\bsrc="', html)
    assert not re.search(r"@import|url\(", html)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src &#39;none&#39;" in csp and "script-src &#39;sha256-" in csp


def test_every_form_control_has_a_label():
    html = build_pack(**sample())
    ids = re.findall(r'<(?:textarea|select|input(?![^>]*type="radio"))[^>]*\bid="([^"]+)"', html)
    assert ids
    for control in ids:
        assert f'<label for="{control}">' in html, control
    assert html.count('<input type="radio"') == 3 * 4


def test_link_helpers():
    assert doi_url("https://doi.org/10.1000/A B") == "https://doi.org/10.1000/a"
    assert doi_url("10.1002/(SICI)1097<x>") == "https://doi.org/10.1002/%28sici%291097%3Cx%3E"
    assert doi_url("not a doi") is None
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("doi:10.1000/x") == "https://doi.org/10.1000/x"
    for bad in ("javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,x", "ftp://x.org", "//evil.org", "http:/x"):
        assert safe_url(bad) is None, bad


def test_sentence_and_citation_wording():
    assert cmo_sentence("NHS staff.", "", "Fewer errors") == "For NHS staff, this leads to fewer errors."
    assert cmo_sentence("", "Trust grows", "More visits") == "Trust grows, which leads to more visits."
    assert cmo_sentence("", "", "") == ""
    assert short_citation(Source(key="k", authors=["Ng, A", "Li, B"], year=2019)) == "Ng & Li (2019)"
    assert short_citation(Source(key="k", authors=[], publisher="Mind")) == "Mind (n.d.)"


# --- In a real browser -------------------------------------------------------------------------


def write_pack(tmp_path: Path, **changes) -> Path:
    path = tmp_path / "pack.html"
    path.write_text(build_pack(**(sample() | changes)), encoding="utf-8")
    return path


def test_pack_opens_without_errors_or_network(chromium, tmp_path):
    page, watch = open_page(chromium, write_pack(tmp_path))
    assert page.title().startswith("What works for whom")
    assert page.locator("article.cmo").count() == 4
    unlabelled = page.evaluate("""Array.from(document.querySelectorAll('input, select, textarea'))
        .filter(el => el.labels.length === 0).map(el => el.outerHTML)""")
    assert unlabelled == []
    assert [page.locator(tag).count() for tag in ("header", "nav", "main", "footer", "h1")] == [1, 1, 1, 1, 1]
    assert watch.problems == []


def test_form_keeps_answers_and_saves_a_file_the_importer_accepts(chromium, tmp_path):
    path = write_pack(tmp_path)
    context = new_context(chromium)
    page, watch = open_page(chromium, path, context=context)
    page.get_by_label("Your pseudonym (required)").fill("Blue Heron")
    page.get_by_label("The group you are answering for").select_option("crisis")
    c1 = page.locator("#cfg-C1")
    c1.get_by_label("Partly").check()
    c1.get_by_label("What is missing or wrong?").fill("Siblings, not parents, <b>overhear</b>.")
    c1.get_by_label("For whom, or where, does it not hold?").fill("Care leavers")
    page.locator("#cfg-C2").get_by_label("Yes").check()
    page.reload()
    assert page.get_by_label("Your pseudonym (required)").input_value() == "Blue Heron"
    assert page.locator("#cfg-C1").get_by_label("Partly").is_checked()
    assert "Care leavers" == page.locator("#cfg-C1").get_by_label("For whom, or where, does it not hold?").input_value()
    with page.expect_download() as download:
        page.get_by_role("button", name="Save my answers as a file").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "feedback-round-2-Blue-Heron.json"
    items = parse_feedback_files([saved], {"C1", "C2", "C4", "C5"}, 2)
    items.sort(key=lambda i: i.configuration)
    assert [(i.configuration, i.rating, i.group) for i in items] == [("C1", "partly", "crisis"), ("C2", "agree", "crisis")]
    assert items[0].missing == "Siblings, not parents, <b>overhear</b>." and items[0].not_for_whom == "Care leavers"
    assert watch.problems == []
    context.close()


def test_save_asks_for_a_pseudonym_first(chromium, tmp_path):
    page, watch = open_page(chromium, write_pack(tmp_path))
    page.locator("#cfg-C1").get_by_label("Yes").check()
    page.get_by_role("button", name="Save my answers as a file").click()
    assert "Please enter a pseudonym" in page.locator("#save [data-status]").inner_text()
    assert page.evaluate("document.activeElement.id") == "respondent-name"
    assert watch.problems == []


def test_hostile_titles_show_as_text_and_run_nothing(chromium, tmp_path):
    path = write_pack(
        tmp_path,
        configurations=sample(HOSTILE_TITLE)["configurations"],
        review=REVIEW | {"title": '<img src=x onerror="window.__pwned = 3">'},
    )
    page, watch = open_page(chromium, path)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#cfg-C1-heading").inner_text().endswith(HOSTILE_TITLE)
    assert page.locator("h1").inner_text() == '<img src=x onerror="window.__pwned = 3">'
    assert page.locator("main img").count() == 0
    assert watch.problems == []


def test_phone_width_has_no_sideways_scrolling_and_prints(chromium, tmp_path):
    path = tmp_path / "pack.html"
    path.write_text(build_pack(**realistic_inputs()), encoding="utf-8")
    page, watch = open_page(chromium, path, width=375, height=812)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=str(artifact("pack-phone-375.png")), full_page=False)
    page.locator("#cfg-C1").scroll_into_view_if_needed()
    page.screenshot(path=str(artifact("pack-phone-375-configuration.png")), full_page=False)
    page.emulate_media(media="print")
    assert page.locator("#save-answers").is_hidden()
    pdf = page.pdf(path=str(artifact("pack.pdf")), format="A4")
    assert pdf.startswith(b"%PDF")
    assert watch.problems == []


def realistic_inputs() -> dict:
    """The merge_dev statements (hand-written paraphrases of published CMOs), grouped by their answer key."""
    if not MERGE_DEV.exists():
        return sample()
    with MERGE_DEV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    statements = {
        r["id"]: Statement(
            id=r["id"],
            source=r["source"],
            context=r["context"],
            mechanism=r["mechanism"],
            outcome=r["outcome"],
            quote=r["quote"],
            page=r["page"],
            contradicts=r["contradicts"] == "yes",
        )
        for r in rows
    }
    sources = {
        r["source"]: Source(
            key=r["source"],
            authors=[f"Author{r['source'][-3:]}, A"],
            year=2010 + int(r["source"][-1]),
            title=f"Study {r['source']}",
        )
        for r in rows
    }
    clusters: dict[str, list[dict]] = {}
    for r in rows:
        clusters.setdefault(r["truth_config"], []).append(r)
    domains = {
        "kirsh2017:ungrouped": "shared-medical-appointments",
        "jagosh2015:1": "trust-building",
        "jagosh2015:2": "spin-off-projects",
    }
    configurations = []
    for n, (key, members) in enumerate(sorted(clusters.items()), start=1):
        first = max(members, key=lambda m: bool(m["context"]) + bool(m["mechanism"]) + bool(m["outcome"]))
        configurations.append(
            Configuration(
                id=f"C{n}",
                title=f"Configuration {key}",
                context=first["context"],
                mechanism=first["mechanism"],
                outcome=first["outcome"],
                domain=domains.get(members[0]["truth_domain"]),
                statements=[m["id"] for m in members],
            )
        )
    merge_domains = [{"slug": s, "name": s.replace("-", " ").capitalize()} for s in domains.values()]
    return sample() | dict(
        domains=merge_domains,
        configurations=configurations,
        previous=None,
        round_number=1,
        decisions=[],
        feedback=[],
        statements=statements,
        sources=sources,
    )


def printed_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def test_the_round_two_pack_prints_to_a_page_per_configuration_plus_three(demo, chromium, tmp_path):
    """After feedback, a reworded configuration and a cited answer: every configuration once in
    full, details folded away, answer lines instead of buttons, nothing said about a button."""
    template = tmp_path / "answers.csv"
    demo("feedback", "template", "-o", str(template))
    with template.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row.update(respondent="Blue Heron", group="cyp", rating="partly", comment="Siblings overhear, not parents.")
    with template.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    demo("feedback", "import", str(template))
    demo("configs", "edit", "C1", "--title", "A private space at home", "--note", "Siblings, not only parents", "--because", "F1")
    demo("configs", "cite", "C1", "--feedback", "F1")
    demo("round", "close")
    demo("pack", "-o", str(tmp_path / "pack.html"))
    configurations = len(demo.json("configs", "list"))
    page, watch = open_page(chromium, tmp_path / "pack.html")
    page.emulate_media(media="print")
    assert page.locator("#save-answers").is_hidden()
    assert not page.get_by_text("press the button").is_visible()
    assert page.get_by_text("write your answers on the lines").is_visible()
    shown_twice = page.evaluate(
        """() => [...document.querySelectorAll('.references a.url, .references a.doi')]
              .filter(a => !['none', 'normal'].includes(getComputedStyle(a, '::after').content)).length"""
    )
    assert page.locator(".references a.url, .references a.doi").count() > 0 and shown_twice == 0  # each link printed once
    pdf = page.pdf(path=str(artifact("pack-round-2.pdf")), format="A4")
    # a page a configuration, besides the cover, how to read, the findings at a glance (a page a dozen) and references,
    # and the line each finding prints naming its sources and the evidence against it (trial CR: paper named none)
    assert printed_pages(pdf) <= configurations + 3 + configurations // 6, (printed_pages(pdf), configurations)
    assert watch.problems == []


def test_the_overall_question_is_saved_and_imported(demo, chromium, tmp_path):
    demo("pack", "-o", str(tmp_path / "pack.html"))
    context = new_context(chromium)
    page, watch = open_page(chromium, tmp_path / "pack.html", context=context)
    page.get_by_label("Your pseudonym (required)").fill("Grey Wren")
    page.get_by_label("Is anything missing? Something that matters to you that none of the findings covers?").fill(
        "Carers' own needs"
    )
    with page.expect_download() as download:
        page.get_by_role("button", name="Save my answers as a file").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    imported = demo.json("feedback", "import", str(saved))
    assert imported["added"] == 1
    listed = demo.json("feedback", "list")
    assert [(a["configuration"], a["rating"], a["missing"]) for a in listed] == [("overall", None, "Carers' own needs")]
    summary = {row["configuration"]: row for row in demo.json("feedback", "summary")}
    assert summary["overall"]["title"] == "Anything missing overall" and summary["overall"]["responses"] == 1
    demo("report", "--format", "md", "-o", str(tmp_path / "report.md"))
    assert "Anything missing overall, in the respondents' words:" in (tmp_path / "report.md").read_text(encoding="utf-8")
    assert watch.problems == []
    context.close()


def test_a_pack_into_a_folder_that_does_not_exist_is_refused_and_makes_no_folder(demo, tmp_path):
    missing = tmp_path / "no" / "such"
    said = demo("pack", "-o", str(missing / "pack.html"), code=2).stderr
    assert f"the folder {missing} does not exist" in said and not (tmp_path / "no").exists()


def test_a_source_excluded_after_coding_is_marked_where_the_pack_cites_it(demo, tmp_path):
    """Its statements still count until the team detaches them; the reference group is told it was excluded."""
    demo("select", "exclude", "aldersey2021training", "--reason", "not about service delivery", code=1)
    demo("pack", "--fresh", "-o", str(tmp_path / "pack.html"))  # round 1's configurations with the evidence as it is now
    text = (tmp_path / "pack.html").read_text(encoding="utf-8")
    tag = '<span class="tag">excluded from the review</span>'
    after = re.findall(r"Aldersey et al\. \(2021\)</a>(?: <span class=\"tag grey\">[^<]*</span>)?(.{0,60})", text)
    assert after and all(said.startswith((" " + tag, " (excluded from the review)")) for said in after), after
    listed = text.split('<li id="ref-aldersey2021training">', 1)[1].split("</li>", 1)[0]
    assert tag in listed
    assert tag not in text.split('<li id="ref-cooper2024peer">', 1)[1].split("</li>", 1)[0]


def test_what_changed_names_the_work_a_finding_came_from_not_its_id(demo, tmp_path):
    """A reference group never sees statement ids: a pack tells a decision by the work the evidence came from."""
    import re

    config = demo.json("configs", "show", "C1")
    out = config["statements"][0]
    demo("configs", "detach", out, "--note", "off topic")
    demo("round", "close", "--note", "second round", code=None)  # C1's words may be the detached statement's: said
    pack = tmp_path / "p2.html"
    demo("pack", "-o", str(pack))
    reasons = [re.sub(r"<[^>]+>", "", r) for r in re.findall(r'<li class="reason">(.*?)</li>', pack.read_text(), re.S)]
    told = [r for r in reasons if "took a finding from " in r]
    assert told and not any(re.search(rf"\b{out}\b", r) or "off topic" in r for r in told)


def test_an_answer_that_prompted_two_decisions_is_quoted_once_with_both():
    """Trial I: accepting C19 because of F1 and citing F1 quoted the same comment twice under "What changed"."""
    inputs = sample()
    inputs["decisions"] = [
        *inputs["decisions"],
        Decision(action="accept", targets=["C1"], because=["F1"], round=2),
        Decision(action="cite-feedback", targets=["C1"], because=["F1"], after={"feedback_evidence": ["F1"]}, round=2),
    ]
    c1 = article(build_pack(**inputs), "cfg-C1")
    assert c1.count("It is about young people &lt;b&gt;sharing&lt;/b&gt; a home") == 1
    # F1 partly agreed: cited as evidence that it holds in part, never as full support (helper N5, trial DD 5)
    assert "So we reworded it, accepted it as it stands and cited your feedback as evidence that it holds in part.</p>" in c1


def test_a_comment_that_is_neither_missing_nor_wrong_has_its_own_box_and_is_imported(demo, chromium, tmp_path):
    """Trial K: praise from a person with lived experience ("Being in my own bed made all the difference") could only
    go under "What is missing or wrong?", and was quoted back to the group as "Missing or wrong:"."""
    demo("pack", "-o", str(tmp_path / "pack.html"))
    first = demo.json("configs", "list")[0]["id"]
    context = new_context(chromium)
    page, watch = open_page(chromium, tmp_path / "pack.html", context=context)
    page.get_by_label("Your pseudonym (required)").fill("Grey Wren")
    page.locator(f"#cfg-{first}-comment").fill("Being in my own bed made all the difference.")
    with page.expect_download() as download:
        page.get_by_role("button", name="Save my answers as a file").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    demo("feedback", "import", str(saved))
    (answer,) = demo.json("feedback", "list")
    assert (answer["configuration"], answer["comment"], answer["missing"]) == (
        first,
        "Being in my own bed made all the difference.",
        "",
    )
    assert watch.problems == []


def test_a_move_and_a_move_back_nobody_asked_for_are_no_change(demo, tmp_path):
    """Trial N: a configuration moved to another domain and back was told twice as "We moved it to another domain"
    in the round-2 pack, though it sat where the reference group had last seen it. A pack tells the round's net
    change; an unprompted move is told once, by where it came from."""
    demo("configs", "move", "C1", "--domain", "connecting")
    demo("configs", "move", "C1", "--domain", "safety")
    demo("configs", "move", "C2", "--domain", "safety")
    demo("round", "close", "--note", "second round")
    pack = tmp_path / "p2.html"
    demo("pack", "-o", str(pack))
    html = pack.read_text()
    c1, c2 = article(html, "cfg-C1"), article(html, "cfg-C2")
    assert "No change." in c1.split("What changed since round 1", 1)[1]
    changed = text_of(c2.split("What changed since round 1", 1)[1])
    assert "Moved here from “Therapeutic quality and relationship”." in changed
    assert changed.count("oved") == 1  # no "We moved it to another domain" beside it


def test_a_move_the_group_asked_for_names_where_it_went():
    inputs = sample()
    inputs["decisions"] = [
        *inputs["decisions"],
        Decision(
            action="move", targets=["C1"], because=["F1"], before={"domain": "safety"}, after={"domain": "connecting"}, round=2
        ),
    ]
    c1 = article(build_pack(**inputs), "cfg-C1")
    assert "moved it to “Connecting" in c1 and "another domain" not in c1


def test_a_configuration_new_in_this_round_is_not_said_to_be_reworded(demo, tmp_path):
    """Trial P: C26, made by hand after round 1 and then edited, read "New in this round … So we reworded it": the
    group never saw the words it was reworded from."""
    sheet = tmp_path / "answers.csv"
    sheet.write_text(
        "pseudonym,group,round,configuration,rating,comment\nKestrel,cyp,1,overall,,Coming home to an empty house\n",
        encoding="utf-8",
    )
    demo("feedback", "import", str(sheet))
    answer = demo.json("feedback", "list")[-1]["id"]
    made = demo.json("configs", "new", "--statements", "S1,S2", "--because", answer)
    demo("configs", "edit", made["id"], "--title", "Arriving home to an empty house", "--because", answer)
    demo("round", "close", "--note", "second round")
    pack = tmp_path / "p2.html"
    demo("pack", "-o", str(pack))
    told = text_of(article(pack.read_text(), f"cfg-{made['id']}").split("What changed since round 1", 1)[1])
    assert "New in this round." in told and "Coming home to an empty house" in told and "reworded" not in told


def test_an_answer_with_a_rating_alone_is_told_as_that_never_quoted_as_no_comment():
    """Trial Z: "You told us (…, who disagreed): “no comment”" quoted words nobody wrote."""
    given = sample()
    given["feedback"] = [given["feedback"][0].model_copy(update={"missing": "", "rating": "disagree"})]
    c1 = article(build_pack(**given), "cfg-C1")
    assert "who disagreed), without a comment.</p>" in c1 and "no comment" not in c1
