"""What journal and lay readers read in the report, the Word table and the programme theory (trial E, finding 7):
sources cited by author and year with the contradicting ones apart, cited feedback named by group and round, each
finding named by its table number beside the id packs use, mechanisms drawn whole, configurations no included
source supports set apart, and a refine's rewording in the audit trail. Built on the example review (real SQLite,
real files) through the commands a user types."""

from __future__ import annotations

import re
from dataclasses import replace

import evidence_sample as sample
import pytest
from browser import chromium  # noqa: F401  (the fixture)
from test_report import data as sample_data

from cmo.models import Decision
from cmo.outputs.report import ReportData, render_report, report_context
from cmo.outputs.theory import COLOURS, STRENGTH_ORDER, legend_words, programme_theory

KEY = re.compile(r"\b[a-z]+\d{4}[a-z]*\b")
"""A citation key (`cooper2024peer`, `imrocacutecare` has no year and is caught by name where it matters)."""


def _report(demo, tmp_path, fmt: str) -> str:
    path = tmp_path / f"report.{fmt}"
    demo("report", "--format", fmt, "-o", str(path))
    return path.read_text(encoding="utf-8")


def _md_row(md: str, config_id: str) -> list[str]:
    line = next(line for line in md.splitlines() if line.startswith("| **CMO") and f"({config_id})**" in line)
    return [cell.strip() for cell in line.strip("|").split(" | ")]


# ---- 1. citations by author and year, contradicting ones apart -----------------------------------------------


def test_the_report_cites_by_author_and_year_with_the_contradicting_sources_apart(demo, tmp_path):
    holder = next(c for c in demo.json("configs", "list") if c["contradicting_sources"] and len(c["sources"]) > 1)
    md = _report(demo, tmp_path, "md")
    cited = _md_row(md, holder["id"])[5]
    assert not KEY.search(cited), cited  # trial E: "abbott2018peer; contradicting: …; matthews2021peer"
    # the example's contradicting source also supports it: named once, marked mixed, not again as contradicting (RH1)
    (mixed,) = [key for key in holder["contradicting_sources"] if key in holder["sources"]]
    assert "Contradicting" not in cited and cited.count("(mixed: for it in part, against it in part)") == 1, cited
    assert len(cited.split("; ")) == len(holder["sources"]), cited

    html = _report(demo, tmp_path, "html")
    cell = html.split(f'id="cmo-{holder["id"]}"', 1)[1].split('<td class="citations">', 1)[1].split("<td>", 1)[0]
    parts = re.findall(r'<p class="(supporting|contradicting)">(.*?)</p>', cell, re.S)
    assert [kind for kind, _ in parts] == ["supporting"] and '<span class="mixed">' in parts[0][1]
    shown = re.sub(r"<[^>]+>", "", "".join(text for _, text in parts))
    assert not KEY.search(shown), shown
    characteristics = html.split('<section id="characteristics">', 1)[1].split("</section>", 1)[0]
    for linked in re.findall(r'<a href="#(src-\d+)">([^<]+)</a>', cell):  # the same words the characteristics table uses
        assert re.search(rf'<tr id="{linked[0]}"><td>{re.escape(linked[1])}<br>', characteristics)


# ---- 2. feedback cited as evidence: the group and the round, not "F16" ----------------------------------------


def test_cited_feedback_is_named_by_its_group_and_round_in_the_word_table_and_the_report(demo, tmp_path):
    docx = pytest.importorskip("docx")
    sheet = tmp_path / "answers.csv"
    sheet.write_text(
        "pseudonym,group,round,configuration,rating,comment\nKestrel,cyp,1,C1,agree,Seeing the room matters\n",
        encoding="utf-8",
    )
    demo("feedback", "import", str(sheet))
    (answer,) = demo.json("feedback", "list")
    demo("configs", "cite", "C1", "--feedback", answer["id"])
    named = "Expert reference group, round 1 (Children and young people)"

    demo("export", "--format", "docx", "-o", str(tmp_path / "table.docx"))
    rows = [r for t in docx.Document(str(tmp_path / "table.docx")).tables for r in t.rows[1:]]
    cell = next(r.cells[1].text for r in rows if "(C1)" in r.cells[0].text)
    assert named in cell and "feedback F" not in cell and answer["id"] not in cell
    contested = next(c["id"] for c in demo.json("configs", "list") if c["contradicting"])  # the example has one
    against = next(r.cells[1].text for r in rows if f"({contested})" in r.cells[0].text)
    # its one contradicting source also supports it: cited once, marked mixed, no "Contradicting:" line naming it again
    assert "Contradicting:" not in against and "(mixed: for it in part, against it in part)" in against, against

    md = _report(demo, tmp_path, "md")
    assert named in _md_row(md, "C1")[5]
    trail = md.split("## Audit trail", 1)[1]
    assert f"feedback cited: {named}" in trail and answer["id"] not in trail.split("feedback cited:")[1].split("\n")[0]


# ---- 3. one name for a finding: its table number beside the id packs and sheets use -------------------------------


def test_every_finding_is_named_by_its_number_and_id_in_the_tables_changes_and_audit_trail(demo, tmp_path):
    demo("configs", "merge", "C13", "C14", "--move", "consolidate", "--note", "both about feeling unsafe at home")
    md = _report(demo, tmp_path, "md")
    numbers = dict(re.findall(r"^\| \*\*(CMO \d+\.\d+) \((C\d+)\)\*\*", md, re.M))
    numbers = {cid: number for number, cid in numbers.items()}
    trail = md.split("## Audit trail", 1)[1].split("\n## ", 1)[0]
    for heading in re.findall(r"^### .*$", trail, re.M):
        named = re.match(r"### CMO \d+\.\d+ \((C\d+)\) ", heading)
        if named is None:  # only a configuration no longer current is named by its id alone
            assert re.match(r"### (C\d+) ", heading).group(1) not in numbers and heading.endswith("(retired)"), heading
    assert f"### {numbers['C13']} (C13) " in trail and "### C14 " in trail  # a merged one keeps its id alone
    assert "The team merged C14 into it, as saying the same thing: both about feeling unsafe at home (realist move" in trail
    assert f"The team merged it into {numbers['C13']} (C13), as saying the same thing" in trail

    docx = pytest.importorskip("docx")
    demo("export", "--format", "docx", "-o", str(tmp_path / "table.docx"))
    first_cells = [r.cells[0].text for t in docx.Document(str(tmp_path / "table.docx")).tables for r in t.rows[1:]]
    assert all(re.match(r"CMO \d+\.\d+ \(C\d+\) ", text) for text in first_cells), first_cells


def test_what_changed_after_a_round_names_current_findings_as_the_tables_do():
    rounds = report_context(sample_data())["rounds"]
    assert rounds[0]["by_configuration"][0]["configuration"] == "CMO 1.1 (C1)"
    assert rounds[0]["changes"][0].startswith("CMO 1.1 (C1) changed:")


# ---- 4. the programme theory draws each mechanism whole ------------------------------------------------------------

LONG_MECHANISM = (
    "Mentor with lived experience acts as a credible role model of change, giving hope that a different life is "
    "possible after prison"
)


def test_the_mechanism_box_holds_the_whole_mechanism_wrapped():
    theory = programme_theory("Trust", [("C3", "Mentees let down by services", LONG_MECHANISM, "Mentees hope", "limited")])
    (box,) = [p for p in theory.parts if p.layer == "mechanism"]
    assert " ".join(box.lines) == LONG_MECHANISM and "…" not in box.text
    assert box.height >= 12 + 14 * len(box.lines)


def test_the_drawn_mechanism_box_contains_every_line_of_its_text_in_a_browser(chromium, tmp_path):  # noqa: F811
    theory = programme_theory("Trust", [("C3", "Mentees let down by services", LONG_MECHANISM, "Mentees hope", "limited")])
    page = chromium.new_page()
    page.set_content(f"<!DOCTYPE html><html><body>{theory.svg()}</body></html>")
    inside = page.evaluate(
        """() => {
            const rects = [...document.querySelectorAll('rect')].map(r => r.getBBox());
            return [...document.querySelectorAll('svg text:not([text-anchor="middle"])')].map(t => {
                const b = t.getBBox();
                return rects.some(r => b.x >= r.x && b.x + b.width <= r.x + r.width
                                    && b.y >= r.y && b.y + b.height <= r.y + r.height);
            });
        }"""
    )
    shown = page.evaluate("() => [...document.querySelectorAll('svg text')].map(t => t.textContent).join(' ')")
    page.close()
    assert all(inside), inside
    assert LONG_MECHANISM in " ".join(shown.split())


# ---- 6. no included evidence: its own colour, listed apart from the findings -------------------------------------------


def test_no_included_evidence_has_its_own_colour_and_place():
    assert STRENGTH_ORDER[-1] == "none" and COLOURS["none"] not in {COLOURS[k] for k in COLOURS if k != "none"}
    assert legend_words(["limited", "none"]) == "limited red, no included evidence amber"


def _unbacked(config) -> tuple[str, str]:
    return (
        ("none", "No included source supports it yet; 1 excluded source not counted.") if config.id == "C4" else ("moderate", "")
    )


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_configuration_with_no_included_evidence_is_listed_apart_from_the_findings(fmt):
    text = render_report(sample_data(strength=_unbacked), fmt)
    findings, apart = text.split("Not backed by included evidence", 1)
    assert "(C4)" not in findings.split("Configurations by domain", 1)[1] and "(C1)" in findings
    assert "CMO 1.3 (C4)" in apart.split("Consultation rounds", 1)[0] and "no included evidence" in apart
    assert "(C1)" not in apart.split("Consultation rounds", 1)[0]


def test_the_report_reads_alike_when_no_configuration_is_labelled_none():
    text = render_report(sample_data(), "md")
    assert "Not backed by included evidence" not in text and "(C4)" in text.split("## Consultation rounds")[0]


def test_excluding_the_only_study_behind_a_finding_sets_it_apart_in_the_report(demo, tmp_path):
    demo("select", "exclude", "aldersey2021training", "--reason", "training, not service delivery", code=1)
    (holder,) = [c["id"] for c in demo.json("configs", "list") if c["sources"] == ["aldersey2021training"]]
    if demo.json("configs", "show", holder)["strength"] != "none":
        pytest.skip("the strength rule does not label a configuration with no included source 'none' yet")
    html = _report(demo, tmp_path, "html")
    findings = html.split('<section id="findings">', 1)[1].split('id="unbacked"', 1)[0]
    assert f'data-configuration="{holder}"' not in findings
    assert f'data-configuration="{holder}" data-unbacked' in html


# ---- 7. a refine that reworded a configuration says so in the audit trail -------------------------------------------

REFINE = dict(
    action="refine",
    targets=["C1", "S3"],
    note="proposed by cmo refine (hybrid, threshold 0.32)",
    round=2,
    at="2024-05-01T00:00:00+00:00",
    seq=99,
)


def _trail(decision: Decision) -> dict:
    data = sample_data()
    audit = report_context(replace(data, decisions=[*data.decisions, decision]))["audit"]
    return next(d for d in next(a for a in audit if a["id"] == "C1")["decisions"] if d["seq"] == 99)


def test_the_audit_trail_says_a_refine_reworded_a_configuration():
    """As refine records it today (trial E): members, and the line it printed, which names the fields it changed."""
    told = _trail(
        Decision(
            **REFINE,
            before={"C1": ["S1"]},
            after={"C1": ["S1", "S3"], "changes": ["C1 changed: S3 joined, title and context and mechanism and outcome updated"]},
        )
    )
    assert told["text"] == "cmo regrouped the evidence: S3 joined, and reworded it (title, context, mechanism and outcome)."
    moved = _trail(Decision(**REFINE, before={"C1": ["S1"]}, after={"C1": ["S1"], "changes": ["C1 changed: domain updated"]}))
    assert moved["text"] == "cmo regrouped the evidence and moved it to another domain."


def test_the_audit_trail_shows_the_old_and_new_wording_when_the_refine_recorded_them():
    told = _trail(
        Decision(
            **REFINE,
            before={"C1": ["S1"], "wording": {"C1": {"title": "Housing help", "context": "Men with no family"}}},
            after={
                "C1": ["S1", "S3"],
                "wording": {"C1": {"title": "Family contact", "context": "Men with family contact"}},
                "changes": ["C1 changed: S3 joined, title and context updated"],
            },
        )
    )
    assert told["changes"] == ["context: Men with no family → Men with family contact", "title: Housing help → Family contact"]


def test_report_data_with_no_feedback_names_nothing_it_cannot_find():
    """A cited answer the review no longer holds (its respondent replaced it) is named as such, not as a bare id."""
    configs = [c.model_copy(update={"feedback_evidence": ["F404"]}) if c.id == "C1" else c for c in sample.configurations()]
    md = render_report(ReportData(**{**sample_data().__dict__, "configurations": configs}), "md")
    assert "Expert reference group (an answer its respondent later replaced)" in _md_row(md, "C1")[5]
    assert "F404" not in _md_row(md, "C1")[5]  # never an internal id


def test_the_audit_trail_names_the_domains_and_groups_a_change_moved_never_their_slugs(demo, tmp_path):
    """A self-trial's report read "domain: flexibility → therapeutic": slugs are the team's shorthand, not the reader's."""
    was = demo.json("configs", "show", "C2")["domain"]
    demo("configs", "move", "C2", "--domain", "therapeutic" if was != "therapeutic" else "safety", "--note", "fits better")
    trail = _report(demo, tmp_path, "md").split("## Audit trail", 1)[1]
    moved = next(line for line in trail.splitlines() if line.strip().startswith("- domain:"))
    assert "Therapeutic quality and relationship" in moved or "Safety, privacy and confidentiality" in moved
    assert not re.search(r"\b(connecting|flexibility|safety|therapeutic)\b", moved), moved
