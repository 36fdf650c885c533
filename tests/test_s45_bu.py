"""Trial BU (decision support for older people choosing between dialysis and conservative kidney management): the team
kept its extraction in a Notion database and imported its CSV export, where a relation property names each linked
page by its title and address, 'Schell et al. 2012 (https://www.notion.so/Schell-et-al-2012-5f6a…?pvs=21)'. Every
row was refused as citing no source. A linked page's title is read without the address in brackets after it (a web
address, or the path of the page's file in the export). Checked on another topic (school nurses and pupils' mental
health) with real files and the real CLI."""

from __future__ import annotations

import json

from tests.sheet_reviews import cmo_run, write_csv

_REFS = """@article{mensah2020drop,
  title = {Drop-in clinics run by school nurses},
  author = {Mensah, Ama and Clarke, Joy},
  journal = {J School Health},
  year = {2020}
}

@article{ortiz2022peer,
  title = {Peer mentors for pupils moving school},
  author = {Ortiz, Luis},
  journal = {Child Care Health Dev},
  year = {2022}
}
"""

_HEADER = ["Name", "Study", "Context", "Mechanism", "Outcome", "Created by"]


def _review(tmp_path):
    (tmp_path / "refs.bib").write_text(_REFS, encoding="utf-8")
    assert cmo_run("init", "rev", cwd=tmp_path).returncode == 0
    review = tmp_path / "rev"
    assert cmo_run("ingest", "../refs.bib", cwd=review).returncode in (0, 1)
    assert cmo_run("select", "include", "mensah2020drop", "ortiz2022peer", "--by", "RT", cwd=review).returncode in (0, 1)
    return review


def test_a_notion_relation_names_its_page_by_the_title_before_its_address(tmp_path):
    """Fails on the old code: refused, "'Mensah et al. 2020 (https://www.notion.so/…)' is not a source in this review"."""
    review = _review(tmp_path)
    sheet = write_csv(
        tmp_path / "Extraction 4b1f_all.csv",
        _HEADER,
        ["Drop-in", "Mensah et al. 2020 (https://www.notion.so/Mensah-et-al-2020-8a1f0c2d9b3e4f5a6b7c8d9e0f1a2b3c?pvs=21)",
         "Pupils in secondary schools", "A nurse is there without an appointment", "More pupils ask for help", "Ana Ruiz"],
        ["Mentors", "Ortiz 2022 (../Studies%2077ab/Ortiz%202022%201b2c3d4e5f6a47b8c9d0e1f2a3b4c5d6.md)",
         "Pupils moving school", "An older pupil checks in each week", "Fewer pupils feel alone", "Ana Ruiz"],
        ["Both", "Mensah et al. 2020 (https://www.notion.so/Mensah-et-al-2020-8a1f?pvs=21), "
                 "Ortiz 2022 (https://www.notion.so/Ortiz-2022-1b2c?pvs=21)",
         "Pupils in rural schools", "Someone they know asks how they are", "They talk about worries sooner", "Ana Ruiz"],
    )  # fmt: skip
    done = cmo_run("code", "import", str(sheet), "--by", "RT", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    listed = json.loads(cmo_run("code", "list", "--json", cwd=review).stdout)
    assert [(s["source"], s["mechanism"]) for s in listed] == [
        ("mensah2020drop", "A nurse is there without an appointment"),
        ("ortiz2022peer", "An older pupil checks in each week"),
        ("mensah2020drop", "Someone they know asks how they are"),
        ("ortiz2022peer", "Someone they know asks how they are"),
    ], listed


def test_words_in_brackets_and_a_link_to_no_source_are_not_read_so(tmp_path):
    """The rule must not fire: a link whose title names no source is still refused, naming the cell as written, and
    words in brackets after a citation are no address."""
    from cmo.sheets.tables import without_link

    assert without_link("Okamoto 2016 (PhD)") == "Okamoto 2016 (PhD)"
    assert without_link("Smith (2019/20)") == "Smith (2019/20)"
    assert without_link("Smith 2019 (see https://example.org/a b)") == "Smith 2019 (see https://example.org/a b)"
    review = _review(tmp_path)
    cell = "Nobody 2019 (https://www.notion.so/Nobody-2019-9c0d?pvs=21)"
    sheet = write_csv(tmp_path / "x.csv", _HEADER, ["X", cell, "Pupils", "A nurse is there", "More ask", "Ana Ruiz"])
    done = cmo_run("code", "import", str(sheet), "--by", "RT", cwd=review)
    assert done.returncode == 2 and f"'{cell}' is not a source in this review" in done.stderr, done.stderr


def test_a_title_is_not_cut_where_it_pairs_a_second_object_with_the_first_ones_phrase(tmp_path):
    """Fails on the old code: the title read 'Teachers send the letter to the parents and a short summary', as if both
    went to the parents (trial BU: 'Clinicians present dialysis as the default and conservative management')."""
    from cmo.synthesis.wording import short_title

    review = _review(tmp_path)
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["source", "context", "mechanism", "outcome"],
        ["mensah2020drop", "Pupils who miss school",
         "Teachers send the letter to the parents and a short summary to the school nurse each term",
         "More pupils are seen by the nurse"],
    )  # fmt: skip
    assert cmo_run("code", "import", str(sheet), "--by", "RT", cwd=review).returncode in (0, 1)
    assert cmo_run("refine", "--backend", "lexical", "--by", "RT", cwd=review).returncode in (0, 1)
    (shown,) = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    assert shown["title"] == "Teachers send the letter to the parents", shown["title"]
    assert short_title("Staff give the leaflet to patients and a phone number to their carers at the first home visit") == (
        "Staff give the leaflet to patients and a phone number to their carers"
    )


def test_a_second_part_with_its_own_preposition_is_still_a_place_to_cut():
    """The rule must not fire: 'and at weekends' opens with a preposition of its own, so the title may end after it;
    nor where the phrase after the cut is no repeat of the first's ('…and talk with families | about…')."""
    from cmo.synthesis.wording import short_title

    text = "Workers visit older people at home in the evening and at weekends in the first month after discharge"
    assert short_title(text) == "Workers visit older people at home in the evening and at weekends"
    text = "Nurses give leaflets to patients and talk with their families about the choices before the first clinic"
    from cmo.synthesis.wording import _the_second_objects_phrase

    words = text.split()
    assert not any(_the_second_objects_phrase(words, cut) for cut in range(1, len(words)))


def _rated(demo, tmp_path, scale, numbers):
    names = ["Amina", "Joe", "Ann", "Bea", "Cal"][: len(numbers)]
    sheet = write_csv(
        tmp_path / f"panel-{scale}.csv",
        ["Your pseudonym", "C1 Clinicians see less of the person: how far do you agree?"],
        *[[name, str(number)] for name, number in zip(names, numbers)],
    )
    done = demo("feedback", "import", str(sheet), "--round", "1", "--scale", scale, code=None)
    ratings = {item["respondent"]: item["rating"] for item in demo.json("feedback", "list", "--round", "1")}
    return [ratings.get(name) for name in names], done.stderr


def test_a_delphi_panels_nine_points_are_read_in_its_three_bands(demo, tmp_path):
    """Fails on the old code: on the 1–9 scale 6 was read as agree and 4 as disagree, though a Delphi panel (RAND/UCLA,
    GRADE) calls 4–6 uncertain; only 7–9 agree (trial BU: the Welphi round's agreement figures were inflated)."""
    ratings, said = _rated(demo, tmp_path, "1-9", [4, 6, 7, 9, 2])
    assert ratings == ["partly", "partly", "agree", "agree", "disagree"], ratings
    assert "read in its three bands, as Delphi panels rate: 7–9 agree, 4–6 partly, 1–3 disagree" in said, said


def test_a_seven_point_scale_still_leans_by_its_middle(demo, tmp_path):
    """The rule must not fire: a seven-point agreement scale leans as its place from its middle (5 agrees, 3 disagrees,
    4 is neither), as its words would."""
    ratings, said = _rated(demo, tmp_path, "1-7", [5, 3, 4])
    assert ratings == ["agree", "disagree", None], ratings
    assert "three bands" not in said
