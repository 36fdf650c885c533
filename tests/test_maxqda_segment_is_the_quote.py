"""A coding sheet a team made from MAXQDA's 'Coded segments' export, context, mechanism and outcome columns added beside
the export's own ('Document name', 'Code', 'Beginning', 'End', 'Segment'), lost every quote (trial E2, a review of
antibiotic prescribing in nursing homes: 39 statements imported with none, 'Segment' kept as the team's own column). The
'Segment' column is the passage MAXQDA coded: where the source is read from MAXQDA's 'Document name' and no other
column is the quote, it is the quote, and the import says so. A sheet of the team's own headed otherwise keeps a column
it heads 'Segment' as its own. Runs on the shipped example review (telemental health), not the trial's topic."""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "maxqda"


def test_the_segment_of_a_maxqda_export_with_cmo_columns_is_each_statements_quote(demo):
    before = len(demo.json("code", "list"))
    result = demo("code", "import", str(DATA / "coded-segments-with-cmo-columns.xlsx"), code=None)
    added = demo.json("code", "list")[before:]
    assert [statement["quote"] for statement in added] == [
        "Seeing someone who had been through it gave me hope that I could get there too.",
        "I knew her, so I rang her before things got bad rather than going to A&E.",
    ]
    assert "the column 'Segment', the passage MAXQDA coded, was read as the statements' quotes" in result.stderr


def test_a_segment_column_on_a_sheet_headed_otherwise_stays_the_teams_own(demo, tmp_path):
    sheet = tmp_path / "coding.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Study", "Context", "Mechanism", "Outcome", "Segment"])
        writer.writerow(["cooper2024peer", "young carers", "being believed", "asking for help", "carers under 18"])
    before = len(demo.json("code", "list"))
    demo("code", "import", str(sheet), code=None)
    added = demo.json("code", "list")[before:]
    assert [statement["quote"] for statement in added] == [""]
