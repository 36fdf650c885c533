"""Trial CC (session 46): a bilingual team heads each column in both its languages ('Título / Title', 'Autor(es) /
Author(s)', 'Año / Year'); the grey-literature list was refused as having no title column. A header of names spaced
around a slash, each naming the same column, is read as that column; one whose names name two columns ('Title / Year')
is read as neither. A Canadian public-health list in French and English, not the trial's stroke rehabilitation."""

from __future__ import annotations

from cmo.sheets.records import COLUMNS
from cmo.sheets.tables import Table, find_columns


def test_a_list_headed_in_two_languages_is_ingested(cmo, tmp_path):
    grey = tmp_path / "litterature-grise.csv"
    grey.write_text(
        "Titre / Title,Auteurs / Authors,Année / Year,Type,URL\n"
        "Les soins à domicile au Nunavik: rapport annuel,Régie régionale de la santé du Nunavik,2021,Rapport,"
        "https://nrbhss.ca/fr/rapport-2021\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(grey), "--origin", "website")
    (source,) = cmo.json("sources", "list")
    assert source["title"] == "Les soins à domicile au Nunavik: rapport annuel"
    assert source["year"] == 2021


def test_a_header_naming_two_columns_in_its_two_names_is_read_as_neither():
    table = Table(file="list.csv", header=["Title / Year", "Authors", "Titre"], rows=[])
    columns = find_columns(table, COLUMNS)
    assert columns.get("title") == 2 and 0 not in columns.values()
