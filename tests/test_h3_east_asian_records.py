"""Helper H3: a team in Tokyo, Seoul and Taipei ingests CNKI, CiNii Research and J-STAGE exports. `fold`, the one form
titles and names are compared and keyed in, dropped every letter of a script other than the Latin alphabet, so a
Chinese or Japanese title folded to nothing: CNKI's EndNote and RefWorks exports of one paper stayed two sources
('王晓丽 et al. 2022a' and '2022b'), and each source of a Japanese or Chinese record was keyed by its year alone
('2019', '2019-2'), which README says no key is. Names CiNii writes family name first with a space ('鶴若 麻理') were
cited whole. Other topics: a Greek and a Russian record, and Latin names, fold and split as before."""

from __future__ import annotations

from pathlib import Path

from cmo.normalise import fold, split_plain_name

DATA = Path(__file__).parent / "data" / "east_asian_exports"


def test_fold_keeps_the_letters_of_other_scripts_and_still_takes_accents_off_latin_ones():
    assert fold("阿尔茨海默病患者家属") == "阿尔茨海默病患者家属"
    assert fold("치매노인 가족의 사전돌봄계획") == "치매노인 가족의 사전돌봄계획"  # Hangul's syllables, not their jamo
    assert fold("データ・ケア") == "データ ケア"  # kana keep their voicing marks; the middle dot parts words
    assert fold("佐々木") == "佐々木"
    assert fold("Ψυχική Υγεία") == "ψυχική υγεία" and fold("Москва") == "москва"
    assert fold("Hawaiʻi Ødegaard café 2008–2015") == "hawaii odegaard cafe 2008 2015"


def test_cnki_endnote_and_refworks_exports_of_one_paper_are_one_source(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "cnki_endnote.txt"), str(DATA / "cnki_refworks.txt"))
    sources = cmo.json("sources", "list")
    assert len(sources) == 2  # the second paper of 王晓丽 2022 in the same journal is another work
    (acp,) = [s for s in sources if s["title"].startswith("阿尔茨海默病")]
    assert len(acp["records"]) == 2
    assert not acp["key"][0].isdigit() and acp["key"].startswith("王晓丽2022")


def test_cinii_and_jstage_records_of_one_paper_link_and_keys_name_the_author(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "cinii_research.ris"), str(DATA / "jstage.ris"))
    sources = cmo.json("sources", "list")
    by_doi = [s for s in sources if s.get("doi") == "10.32151/jjne.11.1_12"]
    assert len(by_doi) == 1 and len(by_doi[0]["records"]) == 2  # Japanese title from CiNii, English from J-STAGE
    assert all(not s["key"][0].isdigit() for s in sources)
    shown = cmo.json("sources", "show", "Tsuruwaka 2019")
    assert shown["authors"][0] == "Tsuruwaka, Mari"  # cited in the script of its English title (K6); CiNii's kept
    assert shown["extra"]["original authors"] == "鶴若, 麻理; 長江, 弘子"
    assert shown["key"].startswith("鶴若2019")


def test_a_name_in_east_asian_script_is_family_name_first_and_others_are_not():
    assert split_plain_name("鶴若 麻理") == "鶴若, 麻理"
    assert split_plain_name("김 선영") == "김, 선영"
    assert split_plain_name("王晓丽") == "王晓丽"  # no space: the name whole
    assert split_plain_name("Иван Петров") == "Иван Петров"  # another script, written given name first: as before
    assert split_plain_name("Mari Tsuruwaka") == "Mari Tsuruwaka"


def test_a_kci_csv_is_read_by_its_korean_columns_and_meets_koreameds_english_record(cmo):
    """KCI's CSV was refused ('no column is read as a title'): its Korean column names are read, and its English title
    ('외국어논문명') links the paper to KoreaMed's English record of it, which has no DOI."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "kci_export.csv"), str(DATA / "koreamed.ris"))
    sources = cmo.json("sources", "list")
    assert len(sources) == 3
    (kim,) = [s for s in sources if s["year"] == 2020]
    assert len(kim["records"]) == 2
    assert kim["title"].startswith("Experiences of family caregivers")


def test_cnkis_excel_export_is_read_by_its_columns_named_in_two_languages(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "cnki_excel_export.csv"), str(DATA / "cnki_endnote.txt"))
    sources = cmo.json("sources", "list")
    (acp,) = [s for s in sources if s["title"].startswith("阿尔茨海默病")]
    assert len(acp["records"]) == 2  # the Excel row and the EndNote record of one paper
    shown = cmo.json("sources", "show", acp["key"])
    assert shown["container"] == "中华护理杂志" and shown["pages"] == "921-927"


def test_a_hyphen_parts_a_header_only_between_two_scripts():
    from cmo.sheets.records import COLUMNS
    from cmo.sheets.tables import Table, find_columns

    assert find_columns(Table("list.csv", ["Title", "Post-COVID", "Co-author"], []), COLUMNS) == {"title": 0}
    assert find_columns(Table("list.csv", ["Title / Year", "Authors"], []), COLUMNS) == {"authors": 1}
