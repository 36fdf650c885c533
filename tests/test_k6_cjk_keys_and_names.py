"""Helper K6: a source whose records name it in two scripts (CiNii's Japanese record, J-STAGE's English one) showed
the English title with the Japanese names, cited "鶴若 & 長江 2019" in an English report. Its names are now cited in the
script of the title it shows, the other names kept beside them ("original authors"), in either order of ingest. And a
key made from a Chinese or Japanese title keeps its opening four characters, not fifteen (half a sentence); a title in
the Latin alphabet, or in Korean, which spaces its words, is keyed as before."""

from __future__ import annotations

from conftest import DATA

from cmo.bib.linking import citation_key
from cmo.bib.readers import ris

EAST_ASIAN = DATA / "east_asian_exports"


def test_chinese_and_japanese_title_words_are_cut_to_four_characters_and_others_are_not():
    text = (
        "TY  - JOUR\nAU  - 高橋 恵子\nTI  - 訪問看護師が捉える認知症の人の意思表明支援\nPY  - 2020\nER  - \n\n"
        "TY  - JOUR\nAU  - 王晓丽\nTI  - 社区脑卒中患者康复护理的研究\nPY  - 2022\nER  - \n\n"
        "TY  - JOUR\nAU  - 김선영\nTI  - 치매노인 가족의 돌봄 경험\nPY  - 2020\nER  - \n\n"
        "TY  - JOUR\nAU  - Smith, Jo\nTI  - Telehealth follow-up after cardiac surgery\nPY  - 2020\nER  - \n"
    )
    keys = [citation_key(r) for r in ris.read(text, "x.ris").records]
    assert keys == ["高橋2020訪問看護", "王晓丽2022社区脑卒", "김선영2020치매노인", "smith2020telehealth"]


def _cited_in_latin_letters(cmo, *files):
    cmo("init", str(cmo.folder))
    for path in files:
        cmo("ingest", str(EAST_ASIAN / path), code=None)
    shown = cmo.json("sources", "show", "Tsuruwaka 2019")
    assert shown["title"].startswith("Difficulties of Family")
    assert shown["authors"] == ["Tsuruwaka, Mari", "Nagae, Hiroko"] and shown["citation"] == "Tsuruwaka & Nagae 2019"
    assert shown["extra"]["original authors"] == "鶴若, 麻理; 長江, 弘子"


def test_an_english_title_is_cited_with_names_in_latin_letters_cinii_first(cmo):
    _cited_in_latin_letters(cmo, "cinii_research.ris", "jstage.ris")


def test_an_english_title_is_cited_with_names_in_latin_letters_jstage_first(cmo):
    _cited_in_latin_letters(cmo, "jstage.ris", "cinii_research.ris")


def test_a_japanese_only_source_keeps_its_japanese_names(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EAST_ASIAN / "cinii_research.ris"), code=None)
    (yamamoto,) = [s for s in cmo.json("sources", "list") if s["year"] == 2021]
    shown = cmo.json("sources", "show", yamamoto["key"])
    assert shown["authors"][0] == "山本, 真理子" and "original authors" not in shown["extra"]
