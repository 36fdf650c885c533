"""`cmo sources edit`: a reviewer's correction of a source holds through re-ingests and shows in strength and report."""

from __future__ import annotations

import re
from pathlib import Path

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


# --- merge and split: the reviewer's word on duplicates ---------------------------------------

ONE_CHAPTER_TWICE = (
    "%0 Book Section\n%T Realist synthesis\n%A Pawson, Ray\n%B Evidence-based policy\n%D 2006\n%I SAGE\n%P 73-104\n",
    '[{"id": "pawson2006", "type": "chapter", "title": "Realist synthesis", "container-title": "Evidence-based policy",'
    ' "publisher": "SAGE", "author": [{"family": "Pawson", "given": "Ray"}], "issued": {"date-parts": [[2006]]}}]',
)


def _two_exports(cmo, tmp_path):
    (tmp_path / "scholar.enw").write_text(ONE_CHAPTER_TWICE[0], encoding="utf-8")
    (tmp_path / "zotero.json").write_text(ONE_CHAPTER_TWICE[1], encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "scholar.enw"), str(tmp_path / "zotero.json"))
    keys = sorted(s["key"] for s in cmo.json("sources", "list"))
    assert keys == ["pawson2006", "pawson2006realist"]  # a short title without pages: not linked by itself
    return keys


def test_merge_joins_what_deduplication_missed_moves_statements_and_sticks(cmo, tmp_path):
    keep, other = _two_exports(cmo, tmp_path)
    cmo("select", "include", other)
    cmo("code", "add", "--source", other, "--context", "Policy makers", "--mechanism", "See the theory", "--outcome", "Use it")
    merged = cmo.json("sources", "merge", keep, other, "--note", "one chapter")
    assert (merged["key"], merged["status"], len(merged["records"]), merged["pages"]) == (keep, "included", 2, "73-104")
    assert merged["statements"] == ["S1"] and cmo.json("code", "show", "S1")["source"] == keep
    cmo("ingest", str(tmp_path / "scholar.enw"), str(tmp_path / "zotero.json"))  # the same files again
    assert [s["key"] for s in cmo.json("sources", "list")] == [keep]
    assert "not in this review" in cmo("sources", "show", other, code=2).stderr
    decision = cmo.json("history", keep)[-1]
    assert decision["action"] == "source-merge" and decision["before"][other]["status"] == "included"


def test_merge_refuses_two_different_screening_decisions(cmo, tmp_path):
    keep, other = _two_exports(cmo, tmp_path)
    cmo("select", "include", keep)
    cmo("select", "exclude", other, "--reason", "not about policy")
    message = cmo("sources", "merge", keep, other, code=2).stderr
    assert f"{keep} is included and {other} excluded: decide which holds" in message
    assert len(cmo.json("sources", "list")) == 2


def test_split_takes_a_wrongly_linked_record_out_and_sticks(cmo):
    """Two abstracts of one conference supplement share its DOI; had they been linked, split parts them."""
    from conftest import DATA

    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "exports" / "ovid_embase_citavi.ovd"), str(DATA / "exports" / "ovid_embase_endnote.cgi"))
    key = "behan2018quality"
    cmo("select", "include", key)
    cmo("code", "add", "--source", key, "--context", "Adults with PCD", "--mechanism", "Stigma", "--outcome", "Isolation")
    new = cmo.json("sources", "split", key, "ovid_embase_endnote.cgi:1", "--note", "the other export's copy, as a test")
    assert new["key"] != key and new["status"] == "unscreened" and new["statements"] == []
    assert [r["file"] for r in new["records"]] == ["ovid_embase_endnote.cgi"]
    left = cmo.json("sources", "show", key)
    assert [r["file"] for r in left["records"]] == ["ovid_embase_citavi.ovd"]
    assert (left["status"], left["statements"], left["abstract"][:10]) == ("included", ["S1"], "Background")
    assert new["abstract"] == left["abstract"]  # each record kept its own abstract
    cmo("ingest", str(DATA / "exports" / "ovid_embase_endnote.cgi"))
    assert len(cmo.json("sources", "show", key)["records"]) == 1
    assert "its records: ovid_embase_citavi.ovd:1" in cmo("sources", "split", key, "x.ris:3", code=2).stderr
    assert "only record" in cmo("sources", "split", key, "ovid_embase_citavi.ovd:1", code=2).stderr


def test_a_source_is_found_by_first_author_and_year_when_one_has_them(cmo, tmp_path):
    (tmp_path / "two.ris").write_text(
        "TY  - JOUR\nTI  - Video consultations\nAU  - Smith, Ann\nPY  - 2020\nER  - \n\n"
        "TY  - JOUR\nTI  - Digital exclusion\nAU  - Smith, Bob\nPY  - 2020\nER  - \n\n"
        "TY  - JOUR\nTI  - Peer support\nAU  - Okafor, D\nPY  - 2021\nER  - \n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "two.ris"))
    assert cmo.json("sources", "show", "Okafor et al. (2021)")["key"] == "okafor2021peer"
    message = cmo("sources", "show", "Smith 2020", code=2).stderr
    assert "'Smith 2020' could be any of smith2020digital (Smith 2020a), smith2020video (Smith 2020b): use the key." in message


def test_a_split_after_a_wrong_merge_gives_back_the_key_and_screening(cmo, tmp_path):
    """The record split out got a new key and no screening; the merge's history had both."""
    keep, other = _two_exports(cmo, tmp_path)
    cmo("select", "exclude", other, "--reason", "a later edition")
    cmo("appraise", other, "--relevance", "low")
    where = "{file}:{line}".format(**cmo.json("sources", "show", other)["records"][0])
    cmo("select", "exclude", keep, "--reason", "a later edition")
    cmo("sources", "merge", keep, other, "--note", "looked the same")
    back = cmo.json("sources", "split", keep, where, "--note", "they were two editions")
    assert (back["key"], back["status"], back["exclusion_reason"], back["appraisal"]["relevance"]) == (
        other,
        "excluded",
        "a later edition",
        "low",
    )


def test_a_split_after_a_wrong_merge_gives_back_the_statements_the_merge_moved(demo):
    """Trial C: the split restored kane2016limits and its appraisal, but S3, S12 and S20 went on citing the source
    it had been merged into, so their evidence was counted for the wrong study."""
    by_source: dict[str, list[str]] = {}
    for statement in demo.json("code", "list"):
        by_source.setdefault(statement["source"], []).append(statement["id"])
    keep, other = [key for key, ids in by_source.items() if len(ids) >= 2][:2]
    where = "{file}:{line}".format(**demo.json("sources", "show", other)["records"][0])
    demo("sources", "merge", keep, other, "--note", "looked the same", "--force")  # two works: it takes --force
    assert all(demo.json("code", "show", sid)["source"] == keep for sid in by_source[other])
    said = demo("sources", "split", keep, where, "--note", "two works").stdout
    assert f"{', '.join(by_source[other])} cite" in said
    assert [demo.json("code", "show", sid)["source"] for sid in by_source[other]] == [other] * len(by_source[other])
    assert all(demo.json("code", "show", sid)["source"] == keep for sid in by_source[keep])
    assert demo.json("history", by_source[other][0])[-1]["action"] == "source-split"


def test_two_records_read_on_one_line_are_split_by_their_key(cmo, tmp_path):
    """EndNote XML writes a whole library on one line, so every record is line 1: `sources split FILE:1` took the
    first record of the source, perhaps the wrong one. Now it names each and takes FILE:LINE@KEY."""
    real = (Path(__file__).parent / "data" / "endnote_xml" / "endnote_20_reflib_bluelight.xml").read_text(encoding="utf-8")
    first = real[real.index("<record>") : real.index("</record>") + len("</record>")]
    again = first.replace("<rec-number>895</rec-number>", "<rec-number>9895</rec-number>", 1)
    library = tmp_path / "library.xml"
    library.write_text(real.replace(first, first + again, 1), encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(library), code=None)
    twice = next(s for s in cmo.json("sources", "list") if len(cmo.json("sources", "show", s["key"])["records"]) == 2)
    refused = cmo("sources", "split", twice["key"], "library.xml:1", code=2).stderr
    assert "2 records of" in refused and "library.xml:1@895" in refused and "library.xml:1@9895" in refused
    split = cmo.json("sources", "split", twice["key"], "library.xml:1@9895", "--note", "a copy")
    assert [r["key"] for r in split["records"]] == ["9895"]
    assert [r["key"] for r in cmo.json("sources", "show", twice["key"])["records"]] == ["895"]


def test_a_mistyped_key_suggests_only_a_close_one(demo):
    """Trial G: `sources edit nosuch` suggested an unrelated key; suggestions follow the sheets' one rule."""
    near = demo("sources", "show", "schlief2023", code=2).stderr
    assert "(did you mean 'schlief2022telemental'?)" in near
    far = demo("sources", "edit", "nosuch", "--year", "2020", code=2).stderr
    assert "source 'nosuch' is not in this review." in far and "did you mean" not in far
