"""`cmo sources edit`: a reviewer's correction of a source holds through re-ingests and shows in strength and report."""

from __future__ import annotations

import re

from conftest import REPO

EXAMPLE_BIB = REPO / "sources" / "example.bib"
DUPLICATE_RIS = """TY  - JOUR
TI  - Impact on mental health care and on mental health service users of the COVID-19 pandemic
AU  - Johnson, Sonia
PY  - 2021
DO  - 10.1007/s00127-020-01927-4
JO  - Social Psychiatry and Psychiatric Epidemiology
ER  -
"""


def test_an_edit_survives_reingest_and_duplicates_and_changes_the_evidence(demo, tmp_path):
    key = "johnson2021impact"
    pair = next(c["id"] for c in demo.json("configs", "list") if key in c["sources"] and len(c["sources"]) == 2)
    assert "2 peer-reviewed" in demo.json("configs", "show", pair)["strength_reason"]
    edited = demo.json(
        "sources",
        "edit",
        key,
        "--type",
        "report",
        "--year",
        "2020",
        "--title",
        "A staff survey",
        "--note",
        "the journal version is a preprint's report",
    )
    assert (edited["type"], edited["grey"], edited["year"], edited["title"]) == ("report", True, 2020, "A staff survey")
    assert sorted(edited["edited"]) == ["grey", "title", "type", "year"]

    changed = tmp_path / "again" / "example.bib"  # the same export, re-run: the entry's content changed
    changed.parent.mkdir()
    changed.write_text(
        EXAMPLE_BIB.read_text(encoding="utf-8").replace("Online survey of 2,180", "A survey of 2,180"), encoding="utf-8"
    )
    (tmp_path / "scopus.ris").write_text(DUPLICATE_RIS, encoding="utf-8")
    demo("ingest", str(changed))
    demo("ingest", str(tmp_path / "scopus.ris"))
    source = demo.json("sources", "show", key)
    assert len(source["records"]) == 3
    assert (source["type"], source["grey"], source["year"], source["title"]) == ("report", True, 2020, "A staff survey")

    assert "1 peer-reviewed, 1 grey literature" in demo.json("configs", "show", pair)["strength_reason"]
    demo("report", "--format", "md", "-o", str(tmp_path / "report.md"))
    assert re.search(r"8 peer-reviewed, 5 grey literature", (tmp_path / "report.md").read_text(encoding="utf-8"))
    trail = demo.json("history", key)
    assert trail[-1]["action"] == "source-edit" and trail[-1]["before"]["year"] == 2021


def test_peer_reviewed_overrides_the_type_and_bad_input_changes_nothing(demo):
    assert demo.json("sources", "edit", "imrocacutecare", "--peer-reviewed")["grey"] is False
    before = demo.json("sources", "show", "arya2021black")
    for args, words in (
        (["--type", "blog"], "--type 'blog' is not a source type"),
        (["--year", "99"], "--year 99"),
        ([], "nothing to edit"),
        (["--title", "  "], "--title is empty"),
    ):
        result = demo("sources", "edit", "arya2021black", *args, code=2)
        assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert demo("sources", "edit", "nosuchkey", "--year", "2020", code=2).stderr.count("not in this review") == 1
    assert demo.json("sources", "show", "arya2021black") == before
