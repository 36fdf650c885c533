"""Trial F: a wrong author list can be corrected and the correction holds; each linked record says why it was linked."""

from __future__ import annotations

import json
import sqlite3

from conftest import CORPUS, need_shared

from cmo.bib.dedupe import Deduplicator
from cmo.models import SOURCE_TYPES, Provenance, Record

WIM = "Van den Berghe, Wim; Nöstlinger, Christiana; Laga, Marie"


def _msm(cmo, *names: str) -> dict:
    """The MEDLINE export (which gives "Wim, Vanden Berghe") and the included set (which gives it right)."""
    files = [str(need_shared(CORPUS / "ris" / name)) for name in names]
    return cmo.json("ingest", *files)


def _wim_key(cmo) -> str:
    found = [s["key"] for s in cmo.json("sources", "list") if s["doi"] == "10.1007/s10461-013-0516-y"]
    assert len(found) == 1
    return found[0]


def test_corrected_authors_are_cited_everywhere_and_survive_reingest(cmo, tmp_path):
    _msm(cmo, "msm_ovid_medline.ris")
    key = _wim_key(cmo)
    assert cmo.json("sources", "show", key)["citation"] == "Wim et al. 2014"
    edited = cmo.json("sources", "edit", key, "--authors", WIM, "--note", "family and given names swapped")
    assert edited["authors"] == ["Van den Berghe, Wim", "Nöstlinger, Christiana", "Laga, Marie"]
    assert edited["edited"] == ["authors"] and edited["citation"] == "Van den Berghe et al. 2014"

    _msm(cmo, "msm_ovid_medline.ris", "msm_included_fulltext.ris")  # again, and a duplicate linked later
    shown = cmo.json("sources", "show", "Van den Berghe et al. 2014")  # found by the corrected first author
    assert shown["key"] == key and shown["authors"][0] == "Van den Berghe, Wim" and len(shown["records"]) == 2

    cmo("select", "include", key)
    cmo("export", "--format", "bib", "-o", str(tmp_path / "included.bib"))
    cmo("export", "--format", "ris", "-o", str(tmp_path / "included.ris"))
    assert "Van den Berghe, Wim and" in (tmp_path / "included.bib").read_text(encoding="utf-8")
    ris = (tmp_path / "included.ris").read_text(encoding="utf-8")
    assert "AU  - Van den Berghe, Wim" in ris and "Wim, Vanden" not in ris
    (edit,) = [d for d in cmo.json("history", key) if d["action"] == "source-edit"]
    assert edit["before"]["authors"][0] == "Wim, Vanden Berghe"
    said = cmo("sources", "edit", key, "--type", "article").stdout
    assert said == f"Corrected {key} (Van den Berghe et al. 2014): article, peer-reviewed, 2014.\n"


def test_bad_authors_are_refused_in_one_sentence_and_change_nothing(cmo):
    _msm(cmo, "msm_ovid_medline.ris")
    key = _wim_key(cmo)
    before = cmo.json("sources", "show", key)
    for given, words in (
        ("  ", "--authors is empty"),
        ("Van den Berghe, Wim;; Laga, Marie", "empty name"),
        ("Van den Berghe, W., Nöstlinger, C.", "more than one comma"),
        ("Van den Berghe, Wim\nLaga, Marie", "one line"),
        ("12345; Laga, Marie", "'12345' is not a name"),
        ("Anonymous", "names no author"),
    ):
        result = cmo("sources", "edit", key, "--authors", given, code=2)
        assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert cmo.json("sources", "show", key) == before


def test_edit_help_names_every_type_in_words_not_the_code(cmo):
    text = " ".join(cmo("sources", "edit", "--help").stdout.split())
    assert "cmo.models" not in text and "SourceType" not in text
    assert all(kind in text for kind in SOURCE_TYPES) and "--authors" in text


# --- why records were linked -------------------------------------------------------------------


def test_show_and_ingest_say_why_each_record_was_linked(cmo):
    _msm(cmo, "msm_ovid_medline.ris")
    summary = _msm(cmo, "msm_included_fulltext.ris")
    key = _wim_key(cmo)
    assert sum(summary["linked_by"].values()) == summary["merged"] == len(summary["links"]) > 0
    mine = [link for link in summary["links"] if link["source"] == key]
    assert mine == [{"record": "msm_included_fulltext.ris:298", "record_key": "ris11", "source": key, "linked_by": "same DOI"}]
    shown = cmo.json("sources", "show", key)
    assert shown["linked"] == ["the source was started from this record", "same DOI"]
    text = cmo("sources", "show", key).stdout
    assert "msm_included_fulltext.ris:298  ris  key ris11  (same DOI)" in text


def test_a_review_from_before_says_it_did_not_record_why_and_a_merge_by_hand_says_so(cmo):
    _msm(cmo, "msm_ovid_medline.ris", "msm_included_fulltext.ris")
    key = _wim_key(cmo)
    db = sqlite3.connect(cmo.folder / "review.db")  # as an earlier cmo stored it: no linked_by
    (data,) = db.execute("SELECT data FROM sources WHERE key = ?", (key,)).fetchone()
    old = json.loads(data)
    for record in old["records"]:
        record.pop("linked_by", None)
    db.execute("UPDATE sources SET data = ? WHERE key = ?", (json.dumps(old), key))
    db.commit()
    db.close()
    assert cmo.json("sources", "show", key)["linked"][1] == "linked before cmo recorded why"

    other = next(s["key"] for s in cmo.json("sources", "list") if s["key"] != key and len(s["records"]) == 1)
    merged = cmo.json("sources", "merge", key, other, "--force")
    assert merged["linked"][-1] == "merged by hand (cmo sources merge)"


def _record(key: str, title: str, **fields) -> Record:
    return Record(
        key=key, title=title, type="article", provenance=Provenance(file="t.ris", line=1, key=key, format="ris"), **fields
    )


def test_the_basis_names_what_the_match_rested_on():
    title = "Syndemic and other risk factors for unprotected anal intercourse among Belgian men"
    known = _record("a", title, authors=["Vanden Berghe, W."], year=2014, container="AIDS and Behavior", volume="18")
    dedupe = Deduplicator()
    dedupe.add("a", known)
    again = _record("b", title.upper(), authors=["Vanden Berghe, Wim"], year=2014, container="AIDS & Behavior", volume="18")
    assert dedupe.match(again) == "a"
    assert dedupe.basis == "same title; year, authors, volume and journal agree"
    assert dedupe.match(_record("c", "Another work entirely, about something else", year=2014)) is None
    assert dedupe.basis == ""


# --- a merge by hand of two works that differ -------------------------------------------------


def test_merging_two_works_that_differ_in_title_and_authors_asks_for_force(cmo):
    _msm(cmo, "msm_ovid_medline.ris")
    key = _wim_key(cmo)
    other = next(s for s in cmo.json("sources", "list") if s["year"] and s["year"] != 2014 and s["authors"])
    before = cmo.json("sources", "list")
    refused = cmo("sources", "merge", key, other["key"], code=2).stderr.strip()
    assert len(refused.splitlines()) == 1 and "differ in title, authors and year" in refused and "--force" in refused
    assert "Wim et al. 2014" in refused and other["key"] in refused
    assert cmo.json("sources", "list") == before
    merged = cmo.json("sources", "merge", key, other["key"], "--force", "--note", "I know")
    assert len(merged["records"]) == 2 and other["key"] not in [s["key"] for s in cmo.json("sources", "list")]


def test_differences_leaves_a_translation_or_one_year_apart_alone():
    from cmo.bib.dedupe import differences

    paper = _record("a", "Syndemics and HIV risk among MSM in Belgium", authors=["Vanden Berghe, W."], year=2014)
    early = _record(
        "b", "Syndemics and HIV risk among MSM in Belgium: an online survey", authors=["Vanden Berghe, W."], year=2013
    )
    assert differences(paper, early) == ["year"]
    other = _record("c", "Community health workers in rural clinics", authors=["Jenkins, A."], year=2020)
    assert differences(paper, other) == ["title", "authors", "year"]


def test_a_supplement_named_in_volume_and_issue_is_cited_once():
    """MEDLINE's `VL - 28 Suppl 1` with `IS - Suppl 1` read 'AIDS care, 28 Suppl 1(Suppl 1)'."""
    from cmo.bib.citations import reference
    from cmo.models import Source

    source = Source(key="k", title="T", authors=["A, B"], year=2016, container="AIDS care", volume="28 Suppl 1", issue="Suppl 1")
    assert "AIDS care, 28 Suppl 1." in reference(source)
    plain = source.model_copy(update={"volume": "28", "issue": "1"})
    assert "AIDS care, 28(1)." in reference(plain)
