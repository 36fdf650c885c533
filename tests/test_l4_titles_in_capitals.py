"""Trial K1: CINAHL (and J-STAGE, as old MEDLINE records) give some titles all in capitals ("MODELS OF MIDWIFERY CARE
FOR INDIGENOUS WOMEN AND BABIES: A META-SYNTHESIS."), and every reference in the packs and the report printed them so,
shouted among titles in sentence case. A title in capitals is shown in sentence case, keeping an initialism, and a
word the review's other titles print capitalised inside a sentence ("Indigenous"); the record keeps its title as read.
Must not fire on a title in mixed case, nor take capitals from a title in title case ("Advance Care Planning")."""

from __future__ import annotations

from sheet_reviews import cmo_run

from cmo.bib.citations import citing, reference
from cmo.models import Source
from cmo.normalise import sentence_case, title_words

_DATA = __import__("pathlib").Path(__file__).parent / "data"


def _references(tmp_path) -> dict[str, str]:
    import json

    assert cmo_run("init", "rev", cwd=tmp_path).returncode == 0
    review = tmp_path / "rev"
    files = [_DATA / "ebsco_cinahl" / "cinahl-indigenous-midwifery-capitals.ris", _DATA / "east_asian_exports" / "jstage.ris"]
    assert cmo_run("ingest", *map(str, files), cwd=review).returncode in (0, 1)
    keys = [line.split("\t")[0] for line in cmo_run("sources", "list", cwd=review).stdout.splitlines() if "\t" in line]
    sources = [Source.model_validate(json.loads(cmo_run("sources", "show", k, "--json", cwd=review).stdout)) for k in keys]
    with citing(sources):
        return {s.key: (s.title, reference(s)) for s in sources}


def test_titles_in_capitals_are_shown_in_sentence_case_in_references(tmp_path):
    """Fails on the old code: both references printed the title in capitals."""
    shown = _references(tmp_path)
    title, cited = shown["corcoran2017models"]
    assert title.startswith("MODELS OF MIDWIFERY CARE")  # stored as read
    assert "Models of midwifery care for Indigenous women and babies: A meta-synthesis." in cited, cited
    _, cited = shown["takahashi2020support"]
    assert "Support for expressing wishes of people with dementia as perceived by home-visit nurses: Advance care" in cited


def test_titles_in_mixed_case_are_left_and_title_case_lends_no_capitals(tmp_path):
    """Must not fire: a title in mixed case is printed as written; a title-cased one tells no proper names."""
    shown = _references(tmp_path)
    assert "Difficulties of Family Surrogate Decision-Making in Advance Care Planning" in shown["tsuruwaka2019difficulties"][1]
    assert "Advance care planning at home" in shown["takahashi2020support"][1]
    known = title_words(["Screening for Diabetes in Primary Care Settings", "Foot ulcers in people with diabetes: the NHS way"])
    assert known == {"NHS": "NHS"}
    assert sentence_case("WOMEN WHO USE NICE GUIDANCE ON FOOT CARE IN THE US", known) == (
        "Women who use nice guidance on foot care in the us"
    )
    assert sentence_case("Vitamin D in PRIMARY care", known) == "Vitamin D in PRIMARY care"
