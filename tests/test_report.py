"""The RAMESES report: numbers that match the data, escaped text, every citation, a page a browser draws."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import evidence_sample as sample
import pytest

from cmo.errors import BadInput
from cmo.outputs.report import ReportData, document_flow, render_report, report_context

CHROMIUM = "/usr/bin/chromium"


def data(**changes) -> ReportData:
    values = dict(
        review=sample.review(),
        domains=sample.domains(),
        groups=sample.groups(),
        sources=sample.sources(),
        statements=sample.statements(),
        configurations=sample.configurations(),
        decisions=sample.decisions(),
        rounds=sample.rounds(),
        feedback=sample.feedback(),
        strength=sample.strength,
        generated_at="2024-06-01T12:00:00+00:00",
    )
    values.update(changes)
    return ReportData(**values)


class Cells(HTMLParser):
    """Collects the text of every element carrying `data-flow`, and each configuration row's text."""

    def __init__(self):
        super().__init__()
        self.flow: dict[str, list[str]] = {}
        self.rows: dict[str, str] = {}
        self.tags: set[str] = set()
        self._flow: str | None = None
        self._row: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        attrs = dict(attrs)
        if "data-flow" in attrs:
            self._flow = attrs["data-flow"]
            self.flow.setdefault(self._flow, []).append("")
        if "data-configuration" in attrs:
            self._row = attrs["data-configuration"]
            self.rows[self._row] = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self._flow = None
        if tag == "tr":
            self._row = None

    def handle_data(self, text):
        if self._flow:
            self.flow[self._flow][-1] += text.strip()
        if self._row:
            self.rows[self._row] += text


def parsed(html: str) -> Cells:
    cells = Cells()
    cells.feed(html)
    return cells


# ---- the numbers ------------------------------------------------------------------------------


def test_flow_numbers_follow_from_the_sources():
    flow = document_flow(sample.sources(), sample.statements(), sample.configurations())
    records = sum(max(1, len(s.records)) for s in sample.sources())
    assert flow["records_identified"] == records == 10
    assert flow["duplicates_linked"] == records - 7 == 3
    assert flow["by_file"] == [
        {"file": "medline.nbib", "records": 4},
        {"file": "scopus.ris", "records": 3},
        {"file": "(entered directly, no file)", "records": 1},
        {"file": "call.ris", "records": 1},
        {"file": "psyc.ris", "records": 1},
    ]
    assert (flow["screened"], flow["unscreened"], flow["excluded"], flow["included"]) == (6, 1, 2, 4)
    assert flow["exclusion_reasons"] == [
        {"reason": "no reason recorded", "documents": 1, "also_given": 0},
        {"reason": "not about telemental health", "documents": 1, "also_given": 0},
    ]
    origins = {o["origin"]: (o["records"], o["documents"], o["included"]) for o in flow["by_origin"]}
    assert origins == {
        "database search": (5, 3, 2),
        "citation tracking": (1, 1, 0),
        "expert suggestion": (1, 1, 0),
        "call for evidence": (1, 1, 1),
        "website": (2, 1, 1),
    }
    assert (flow["included_with_statements"], flow["statements"], flow["configurations"], flow["domains"]) == (3, 5, 3, 2)


def test_html_flow_numbers_match_the_data():
    html = render_report(data())
    flow = document_flow(sample.sources(), sample.statements(), sample.configurations())
    cells = parsed(html).flow
    for name in ("records_identified", "duplicates_linked", "documents", "screened", "unscreened", "excluded", "included"):
        assert set(cells[name]) == {str(flow[name])}, name
    diagram = re.search(r"<svg class=\"flow\".*?</svg>", html, re.S).group(0)
    for label in (
        "Records identified: 10",
        "Duplicate records linked: 3",
        "Documents screened: 6",
        "Documents excluded: 2",
        "Documents included: 4",
        "Website",
        "2 records",
    ):
        assert label in diagram
    assert "not about telemental health: 1" in diagram


# ---- escaping ---------------------------------------------------------------------------------


def test_untrusted_text_is_escaped_and_no_script_or_javascript_link_reaches_the_page():
    html = render_report(data())
    assert "<script" not in html.lower()
    assert "Privacy &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; {braces}" in html
    assert "&lt;img src=x onerror=&#34;document.title=&#39;pwned&#39;&#34;&gt;" in html
    assert "<img" not in html and 'href="javascript' not in html.replace(" ", "")
    assert "NIHR &lt;Policy Research Programme&gt;" in html
    assert "Young people &lt;i&gt;often&lt;/i&gt; share rooms" in html
    assert {"script", "img", "iframe"}.isdisjoint(parsed(html).tags)


def test_markdown_escapes_html_and_table_breakers():
    md = render_report(data(), fmt="md")
    assert "Privacy \\<script\\>alert('x')\\</script\\> & {braces} at 50% of $5 \\#1 a\\_b" in md
    assert not re.search(r"(?<!\\)<", md), "every < in markdown is escaped"
    assert "| Records identified | 10 |" in md and "| Included | 4 |" in md
    table = [line for line in md.splitlines() if line.startswith("| **CMO")]
    assert len(table) == 3 and all(line.count(" | ") == 6 for line in table)


# ---- content ----------------------------------------------------------------------------------


def test_every_configuration_cites_its_supporting_and_contradicting_sources():
    rows = parsed(render_report(data())).rows
    assert set(rows) == {"C1", "C2", "C4"}
    assert "World Health Organization et al. 2021" in rows["C1"] and "who2021" not in rows["C1"]
    assert "Contradicting: Department of Health and Social Care 2019" in rows["C1"]
    assert "Smith et al. 2020" in rows["C2"] and "smith2020" not in rows["C2"]
    assert "World Health Organization et al. 2021" in rows["C4"]
    # round 1 sent C3 as CMO 1.2; C3 retired, the new C4 takes the next number (numbers are never reused)
    assert "CMO 1.1 (C1)" in rows["C1"] and "CMO 1.3 (C4)" in rows["C4"] and "CMO 2.1 (C2)" in rows["C2"]
    assert "moderate" in rows["C1"] and "2 statement(s)" in rows["C1"]


def test_characteristics_cover_included_documents_only():
    context = report_context(data())
    assert [r["key"] for r in context["characteristics"]] == ["evil", "lonely2016", "smith2020", "who2021"]
    who = next(r for r in context["characteristics"] if r["key"] == "who2021")
    assert (who["grey"], who["relevance"], who["rigour"], who["statements"]) == ("grey", "high", "medium", 2)
    assert next(r for r in context["characteristics"] if r["key"] == "evil")["link"] == ""


def test_consultation_round_shows_who_took_part_agreement_and_what_changed():
    rounds = report_context(data())["rounds"]
    assert [r["number"] for r in rounds] == [1, 2]
    first = rounds[0]
    assert first["participants"] == [
        {"group": "Children and young people", "respondents": 1 + 1},
        {"group": "Digitally excluded people", "respondents": 1},
    ]
    assert first["ratings"] == {"agree": 2, "partly": 1, "disagree": 1, "rated": 4, "agreement": 50, "at_least_partly": 75}
    assert first["changes"] == [
        "CMO 1.1 (C1) changed: title, context, mechanism, outcome, key contexts, 1 statement added (S3)",
        "C3 retired; the audit trail says why",
        "CMO 1.3 (C4) added: Reading risk remotely",
    ]
    assert [d["seq"] for d in first["decisions"]] == [1]
    assert rounds[1]["open"] and rounds[1]["participants"] == [{"group": "no group given", "respondents": 1}]


def test_audit_trail_shows_moves_notes_and_the_feedback_behind_them():
    audit = {a["id"]: a for a in report_context(data())["audit"]}
    assert [a["id"] for a in report_context(data())["audit"]] == ["C1", "C2", "C4", "C3"]
    edit = audit["C1"]["decisions"][0]
    assert edit["text"] == "The team reworded it: Reworded after young people's feedback (realist move: reconcile)."
    assert edit["because"] == [
        "Expert reference group, round 1 (Children and young people), who agreed, on CMO 1.1 (C1): "
        "Young people <i>often</i> share rooms"
    ]
    assert edit["changes"] == ["title: Privacy → A private, confidential space"]
    assert audit["C3"]["retired"]
    assert audit["C3"]["decisions"][0]["text"].startswith(
        "The team split it into separate configurations"
    )  # recorded without where its parts went
    assert audit["C2"]["decisions"] == []


def test_rameses_checklist_has_19_items_and_says_who_writes_what():
    checklist = report_context(data())["checklist"]
    assert [i["number"] for i in checklist] == list(range(1, 20))
    status = {i["number"]: i["status"] for i in checklist}
    assert {n for n, s in status.items() if s == "covered"} == {1, 9, 10, 11, 12, 13, 14, 19}
    assert {n for n, s in status.items() if s == "team"} == {3, 6, 7, 15, 17, 18}
    bare = {i["number"]: i["status"] for i in report_context(data(review={}, decisions=[], rounds=[], feedback=[]))["checklist"]}
    assert (bare[1], bare[4], bare[5], bare[11], bare[19]) == ("team", "team", "team", "partly", "team")


def test_an_empty_review_still_renders():
    empty = data(review={}, sources=[], statements=[], configurations=[], decisions=[], rounds=[], feedback=[])
    html = render_report(empty)
    assert "No configurations yet." in html and "No consultation round has been recorded." in html
    assert "Untitled review" in render_report(empty, fmt="md")


def test_unknown_format_is_refused():
    with pytest.raises(BadInput, match="'pdf'"):
        render_report(data(), fmt="pdf")


# ---- in a browser -----------------------------------------------------------------------------


def chromium(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"{CHROMIUM} is not installed")
    command = [
        CHROMIUM if Path(CHROMIUM).exists() else "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        f"--user-data-dir={cwd / 'profile'}",
        *args,
    ]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=90)


def test_chromium_draws_the_report_without_running_anything(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render_report(data()), encoding="utf-8")
    dom = chromium("--dump-dom", page.as_uri(), cwd=tmp_path).stdout
    assert "<title>What works for whom in telemental health: a rapid realist review — RAMESES report</title>" in dom
    assert "pwned" in dom and "<img" not in dom and "<script" not in dom
    cells = parsed(dom)
    assert set(cells.flow["records_identified"]) == {"10"} and set(cells.flow["included"]) == {"4"}
    assert set(cells.rows) == {"C1", "C2", "C4"}
    shot = tmp_path / "report.png"
    chromium(f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri(), cwd=tmp_path)
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_the_report_appendix_lists_every_statement_and_the_word_table_gives_strength(demo, tmp_path):
    from docx import Document

    demo("report", "--format", "md", "-o", str(tmp_path / "report.md"))
    text = (tmp_path / "report.md").read_text(encoding="utf-8")
    appendix = text.split("## Appendix: every coded statement", 1)[1]
    listed = re.findall(r"^\| (S\d+)", appendix, re.M)
    assert listed == [s["id"] for s in demo.json("code", "list")]
    demo("export", "--format", "docx", "-o", str(tmp_path / "table.docx"))
    first = Document(str(tmp_path / "table.docx")).tables[0]
    assert [c.text for c in first.rows[0].cells][-1] == "Strength of evidence"
    assert all(row.cells[4].text.split(":")[0] in ("strong", "moderate", "limited", "contested") for row in first.rows[1:])


@pytest.mark.parametrize("width", [375, 1280])
def test_the_report_reads_on_a_phone_and_a_desktop_and_prints(demo, tmp_path, width, request):
    from browser import artifact, open_page

    browser = request.getfixturevalue("chromium")
    demo("report", "-o", str(tmp_path / "report.html"))
    page, watch = open_page(browser, tmp_path / "report.html", width=width, height=900)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(artifact(f"report-{width}.png")), full_page=False)
    page.emulate_media(media="print")
    pdf = page.pdf(path=str(artifact(f"report-{width}.pdf")), format="A4")
    assert pdf.startswith(b"%PDF")
    assert watch.problems == []


def test_a_domain_s_drawing_shows_its_strongest_configurations_and_says_so_while_its_table_lists_all():
    """A drawing of 45 configurations is pages tall and no line can be followed: it shows the 40 with the
    strongest evidence, says so under it, and the table still has all 45 rows."""
    from cmo.models import Configuration

    many = [
        Configuration(
            id=f"C{i}",
            title=f"Finding {i}",
            context=f"Context {i}",
            mechanism=f"Mechanism {i}",
            outcome=f"Outcome {i}",
            domain="flexibility",
            statements=["S1", "S2"] if i % 9 == 0 else ["S1"],
        )
        for i in range(1, 46)
    ]
    html = render_report(data(configurations=many), fmt="html")
    findings = html.split('id="findings"', 1)[1].split('id="consultation"', 1)[0]
    assert "Drawn: the 40 of its 45 configurations with the strongest evidence" in findings
    assert len(re.findall(r'<tr id="cmo-C\d+"', findings)) == 45
    drawing = re.search(r"<svg.*?</svg>", findings, flags=re.S).group(0)
    drawn = set(re.findall(r"<title>(C\d+) \(", drawing))
    assert len(drawn) == 40
    assert {f"C{i}" for i in range(9, 46, 9)} <= drawn  # the five with more evidence are never the ones left out


def test_a_small_domain_is_drawn_whole_with_no_note():
    html = render_report(data(), fmt="html")
    assert "Drawn: the" not in html


def test_a_decision_that_moves_evidence_tells_each_configuration_its_own_side():
    """The audit trail said "The team added evidence to it (S1, C7)" under the configuration S1 had left."""
    from cmo.models import Decision
    from cmo.outputs.events import what_the_team_did

    attach = Decision(
        action="attach",
        targets=["S1", "C7", "C1"],
        before={"configurations": ["C1"], "detached": False},
        after={"configuration": "C7", "retired": ["C1"]},
    )
    assert what_the_team_did(attach, "C7") == "added S1 to it (from C1)"
    assert what_the_team_did(attach, "C1") == "moved S1 out of it, into C7; left with no evidence, it was retired"
    new = Decision(
        action="new",
        targets=["C14", "S13", "S3", "C2", "C6"],
        before={"configurations": ["C2", "C6"], "moved": {"C2": ["S3"], "C6": ["S13"]}},
        after={"C14": {"title": "x"}},
    )
    assert what_the_team_did(new, "C14") == "made it by hand from S3, S13"
    assert what_the_team_did(new, "C6") == "moved S13 out of it, into a configuration made by hand (C14)"
    from cmo.outputs.report import _decision_view

    accept = Decision(
        action="accept", targets=["C3"], after={"title": "T", "accepted": True, "retired": None, "key_contexts": []}
    )
    told = _decision_view(accept, {}, {}, "C3")
    assert told["text"] == "The team accepted it as it stands." and told["changes"] == []  # not every field, not "accepted: True"
    edit = Decision(
        action="edit",
        targets=["C3"],
        before={"key_contexts": ["a"], "pinned": False},
        after={"key_contexts": ["b"], "pinned": True},
    )
    assert _decision_view(edit, {}, {}, "C3")["changes"] == ["key contexts: a → b"]


def test_the_markdown_accounting_lists_each_statement_left_out_on_its_own_line(demo, tmp_path):
    first, second = demo.json("configs", "show", "C1")["statements"][:2]
    demo("configs", "detach", first, "--note", "off topic")
    demo("code", "delete", second, "--note", "a duplicate")
    demo("report", "-o", str(tmp_path / "r.md"))
    lines = (tmp_path / "r.md").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith(f"- {first} (") and line.endswith("detached: off topic") for line in lines)
    assert any(line.startswith(f"- {second} (") and line.endswith("deleted: a duplicate") for line in lines)
    assert "Statements by coder:" in lines


def _report_after_excluding(demo, tmp_path, key: str, fmt: str) -> str:
    demo("select", "exclude", key, "--reason", "training, not service delivery", code=1)
    demo("report", "--format", fmt, "-o", str(tmp_path / f"report.{fmt}"))
    return (tmp_path / f"report.{fmt}").read_text(encoding="utf-8")


def test_the_other_documents_section_says_an_excluded_source_stays_but_is_not_counted_in_the_strength(demo, tmp_path):
    md = _report_after_excluding(demo, tmp_path, "aldersey2021training", "md")
    section = md.split("## Other documents cited (not included)", 1)[1].split("\n## ", 1)[0]
    assert "stay in their configurations until the reviewers detach them" in section
    assert "it is not counted in the strength of evidence" in section
    assert "count as evidence" not in md and "counts as evidence" not in md
    holder = next(c for c in demo.json("configs", "list") if "aldersey2021training" in c["sources"])
    assert holder["strength_reason"].endswith("1 excluded source not counted."), "the rule the section now tells"


def test_the_html_report_marks_an_excluded_source_in_both_its_citation_lines(demo, tmp_path):
    html = _report_after_excluding(demo, tmp_path, "aldersey2021training", "html")
    holder = next(c for c in demo.json("configs", "list") if "aldersey2021training" in c["sources"])["id"]
    cell = html.split(f'id="cmo-{holder}"', 1)[1].split("</tr>", 1)[0]
    assert re.search(r'>Aldersey et al. 2021</a> <span class="status">\(excluded\)</span>', cell)
    assert "aldersey2021training" not in cell  # cited by author and year, as the exports cite it
    section = html.split('<section id="other-references">', 1)[1].split("</section>", 1)[0]
    assert "not counted in the strength of evidence" in section and "count as evidence" not in section


def test_a_domain_the_review_no_longer_has_is_told_in_words_in_the_audit_trail_never_as_its_slug():
    """Trial Y: "domain: school-culture → Delivery by teachers" after one domain was merged into another."""
    from cmo.outputs.report import _field_changes

    worded = {"domain": {"teachers": "Delivery by teachers"}}
    assert _field_changes({"domain": "school-culture"}, {"domain": "teachers"}, worded=worded) == [
        "domain: school culture (since removed) → Delivery by teachers"
    ]
    assert _field_changes({"domain": None}, {"domain": "teachers"}, worded=worded) == ["domain: — → Delivery by teachers"]
