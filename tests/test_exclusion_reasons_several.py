"""Trial CN: Rayyan's several exclusion reasons in one cell ('wrong population,foreign language') counted in the
report's reasons table as one reason of their own. PRISMA wants one reason per document: the flow counts the first as
written, and the table says which documents also gave the others."""

from __future__ import annotations

from pathlib import Path

import evidence_sample as sample

from cmo.outputs.report import document_flow, reasons_given

DATA = Path(__file__).parent / "data" / "rayyan_reasons"


def test_rayyan_reasons_count_once_under_the_first_and_the_others_are_listed(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "back.ris"))
    cmo("select", "import", str(DATA / "rayyan.csv"))
    cmo("report", "-o", str(cmo.folder / "report.md"), code=1)  # warned: no title nor question
    text = (cmo.folder / "report.md").read_text(encoding="utf-8")
    table = text.split("### Reasons for exclusion", 1)[1].split("\n## ", 1)[0]
    assert "counts once, under the first its screener wrote" in table
    assert "| wrong population | 2 | 0 |" in table
    assert "| foreign language | 0 | 1 |" in table
    assert "| wrong setting (hospital; inpatient) | 1 | 0 |" in table  # a semicolon in brackets: one reason
    assert "wrong population; foreign language |" not in table
    cmo("report", "-o", str(cmo.folder / "report.html"), code=1)
    html = (cmo.folder / "report.html").read_text(encoding="utf-8")
    assert '<th class="num">Also given</th>' in html


def test_one_reason_each_keeps_the_table_as_it_was():
    """Must not fire: a review of school meals whose exclusions give one reason each (a comma inside one is words)."""
    sources = sample.sources()
    excluded = [s for s in sources if s.status == "excluded"]
    sources = [
        s.model_copy(update={"exclusion_reason": "not about school meals, nor about lunch clubs"}) if s is excluded[0] else s
        for s in sources
    ]
    flow = document_flow(sources, sample.statements(), sample.configurations())
    assert all(row["also_given"] == 0 for row in flow["exclusion_reasons"])
    assert "not about school meals, nor about lunch clubs" in [row["reason"] for row in flow["exclusion_reasons"]]
    assert reasons_given("wrong design; (protocol only); ") == ["wrong design", "(protocol only)"]
    assert reasons_given("") == []
