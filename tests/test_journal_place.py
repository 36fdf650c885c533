"""Trial CC (session 46): a journal's name the NLM ends with its place in brackets.

A regional database writes a journal as the NLM abbreviates it, with the place that tells it apart from another journal
of one name ("Rev. neurol. (Paris)", "Med. clín. (Barc.)", PubMed's "Lancet (London, England)"); a database that
writes the journal in full leaves the place out ("Medicina Clinica"). The same pages of one volume, year and first
author were then kept apart as two works, because the journal's names did not agree. A name only one of the two ends
with such a place agrees without it; two journals named with different places ("J Physiol (Paris)", "J Physiol
(Lond)") stay apart.

The records are a Spanish medical journal's, written as IBECS (via the BVS portal, RIS) and Ovid Embase (labelled
display) write them: not the trial's topic (stroke rehabilitation)."""

from __future__ import annotations

from cmo.bib.dedupe import group_records
from cmo.models import Provenance, Record

IBECS = """TY  - JOUR
AU  - Fernández-Sánchez, Lucía
AU  - de la Fuente, Javier
TI  - Consumo de sal y presión arterial en atención primaria: estudio transversal
TT  - Salt intake and blood pressure in primary care: a cross-sectional study
JO  - Med. clín (Barc.)
PY  - 2016
VL  - 147
IS  - 3
SP  - 101
EP  - 106
LA  - es
ID  - ibc-155001
DB  - IBECS
ER  -
"""

EMBASE = """Database: Embase <1974 to 2026 December 04>
Search Strategy:
--------------------------------------------------------------------------------
1     salt intake.ti,ab. (12034)

***************************

<1>
Embase Accession Number
  611234567
Author
  Fernandez-Sanchez L.
  de la Fuente J.
Title
  Salt consumption and arterial pressure in primary care.
Source
  Medicina Clinica. 147(3):101-106, 2016.
Year of Publication
  2016

"""


def test_a_journal_the_nlm_names_with_its_place_is_the_one_written_without_it(cmo, tmp_path):
    ibecs, embase = tmp_path / "ibecs.ris", tmp_path / "embase-display.txt"
    ibecs.write_text(IBECS, encoding="utf-8")
    embase.write_text(EMBASE, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(ibecs), str(embase), code=None)
    sources = cmo.json("sources", "list")
    assert len(sources) == 1, [s["title"] for s in sources]
    shown = cmo.json("sources", "show", sources[0]["key"])
    assert len(shown["records"]) == 2
    assert any("same pages of one journal volume" in why for why in shown["linked"])


def _article(container: str, title: str) -> Record:
    return Record(
        key="",
        type="article",
        title=title,
        authors=["Dupont, Marc", "Martin, Claire"],
        year=1998,
        container=container,
        volume="92",
        issue="2",
        pages="45-52",
        provenance=Provenance(file="export.ris", line=1, key="", format="ris"),
    )


def test_two_journals_of_one_name_told_apart_by_their_places_stay_apart():
    paris = _article("J Physiol (Paris)", "Calcium channels of the sino-atrial node")
    london = _article("J Physiol (Lond)", "Potassium currents in cultured myocytes")
    assert group_records([paris, london]) == []


def test_the_place_alone_is_the_difference_where_the_name_is_the_same_journal():
    written = _article("Revue neurologique", "Aphasie et rééducation: une étude de cohorte")
    abbreviated = _article("Rev. neurol. (Paris)", "Aphasia and rehabilitation: a cohort study")
    assert group_records([written, abbreviated]) == [[0, 1]]
