"""Helper H3: a team coding Korean, Japanese and Chinese studies keeps each quote as written and its English translation
in the next column ('Quote (original language)', 'Quote (EN translation)'), as reviews of literature in other languages
do. Both were read as the quote, and the sheet was refused ('keep one'), so a team had to delete its translations or
its originals. The column as written is the quote (checked against the full text in its own language); the
translation is kept as the team's own column. Two columns of one field neither of which says it is a translation
(another topic: two coders' quotes on a housing review) are still refused where a row's cells differ."""

from __future__ import annotations

import shutil

from conftest import DATA

from cmo.sheets.tables import Table, find_columns

SHEETS = DATA / "excel_mac_translated_quotes"
_COLUMNS = {"quote": ("quote",), "source": ("study",)}


def test_a_quote_beside_its_translation_is_read_as_written_and_the_translation_kept(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    shutil.copy(SHEETS / "koreamed.ris", tmp_path / "koreamed.ris")
    cmo("ingest", str(tmp_path / "koreamed.ris"))
    for source in cmo.json("sources", "list"):
        cmo("select", "include", source["key"])
    said = cmo("code", "import", str(SHEETS / "coding-sheet.csv"))
    assert "'Quote (original language)' was read as the quote and 'Quote (EN translation)'" in said.stderr
    first = cmo.json("code", "show", "S1")
    assert first["quote"] == "연명의료를 안 한다는 게 부모를 포기하는 것 같았어요"
    assert first["extra"]["Quote (EN translation)"] == "Not having life-sustaining treatment felt like giving up on my parent"


def test_two_quote_columns_that_differ_and_translate_nothing_are_still_refused(tmp_path):
    sheet = Table(
        file="housing.csv",
        header=["Study", "Quote (JM)", "Quote (HC)"],
        rows=[(2, ["Shelter 2019", "the landlord never answered", "we moved out in March"])],
    )
    try:
        find_columns(sheet, _COLUMNS)
    except Exception as refused:  # BadInput: the one sentence naming the row
        assert "row 2 differs" in str(refused)
    else:
        raise AssertionError("two differing quote columns were read as one")
    from cmo.sheets.tables import names_a_translation

    assert not names_a_translation("Quote (HC)") and names_a_translation("Zitat (Übersetzung)")


def test_a_translated_column_of_a_team_sheet_on_another_topic():
    """A French team's sheet: 'Citation' as written in English papers, 'Citation (traduction)' their French."""
    sheet = Table(
        file="fiche.csv",
        header=["Study", "Quote (anglais)", "Quote (traduction)"],
        rows=[(2, ["Shelter 2019", "the landlord never answered", "le propriétaire n'a jamais répondu"])],
    )
    assert find_columns(sheet, _COLUMNS)["quote"] == 1
    assert "its translation, kept as the team's own column" in sheet.warnings[0]
