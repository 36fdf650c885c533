"""Helper H1 (a rapid realist review of community health workers and hypertension in sub-Saharan Africa, sources in
English and French): WHO Global Index Medicus writes a French work's title as APA cites it, the original first and the
English translation in brackets; cmo took every bracketed title for Scopus's translation-first form, turned it round to
the translation first, and said the file had given the translation first. A file read again whose title a reader
turns the other way is the same row read again, not a duplicate."""

from __future__ import annotations

from conftest import DATA

from cmo.bib.readers import ReadResult, read_parts

GIM = DATA / "global_index_medicus" / "gim-french-titles.ris"


def test_a_global_index_medicus_title_already_original_first_is_kept_as_written():
    """Fails on the old code: the two French titles were turned to 'Treatment adherence … [Observance …]'."""
    result = ReadResult.joined(read_parts("ris", GIM.read_text(encoding="utf-8"), GIM.name))
    titles = [record.title for record in result.records]
    assert titles[0] == (
        "Observance thérapeutique des patients hypertendus suivis dans un poste de santé rural au Sénégal "
        "[Treatment adherence among hypertensive patients followed in a rural health post in Senegal]"
    )
    assert titles[1].startswith("Rôle des agents de santé communautaire")
    # the translation written first (Scopus's way) is still turned, and only it is said
    turned = "Le suivi communautaire des patients hypertendus par les relais à Dakar [Community follow-up of hypertensive "
    assert titles[2] == turned + "patients by relais in Dakar]"
    (said,) = [warning for warning in result.warnings if "another language" in warning]
    assert "1 title of works in another language" in said and "Community follow-up" not in said.split("(")[0]


def test_ingest_of_global_index_medicus_says_only_the_title_it_turned(cmo):
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(GIM)).stderr
    assert "1 title of works in another language gave the English translation first" in said
    assert "Treatment adherence among" not in said
    titles = {source["title"] for source in cmo.json("sources", "list")}
    assert any(title.startswith("Observance thérapeutique") for title in titles)


def test_a_file_read_again_with_its_title_and_translation_turned_round_adds_no_duplicate(cmo, tmp_path):
    """Fails on the old code: the same row of the same file, its title read the other way round by a cmo that turns a
    title and its bracketed translation (`original_title_first`), was taken for another record and linked as a
    duplicate, the document flow counting it twice."""
    first = GIM.read_text(encoding="utf-8").split("\n\n")[0]
    turned = first.replace(
        "Observance thérapeutique des patients hypertendus suivis dans un poste de santé rural au Sénégal "
        "[Treatment adherence among hypertensive patients followed in a rural health post in Senegal]",
        "Treatment adherence among hypertensive patients followed in a rural health post in Senegal "
        "[Observance thérapeutique des patients hypertendus suivis dans un poste de santé rural au Sénégal]",
    ).replace("LA  - fr", "LA  - en")  # as an older reading stored it
    export = tmp_path / "gim" / "gim-export.ris"
    export.parent.mkdir()
    export.write_text(turned + "\n", encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(export))
    export.write_text(first.replace("LA  - fr", "LA  - en") + "\n", encoding="utf-8")  # no reader turns either
    said = cmo("ingest", str(export), code=None)
    assert "1 the same records read again" in said.stdout or "1 the same record read again" in said.stdout
    assert "as duplicates" not in said.stdout
    assert len(cmo.json("sources", "list")) == 1
