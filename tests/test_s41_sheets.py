"""Session 41: how a screening or appraisal sheet finds its source, and what it keeps (trials AQ 10-11, AR 5, AN 17,
AO 11, AP). Each rule on a topic of its own: falls prevention in care homes."""

from __future__ import annotations

from pathlib import Path

import pytest

RIS = """TY  - JOUR
AU  - Okafor, Ngozi
AU  - Lind, Per
TI  - Exercise classes and falls among care home residents: a cluster trial
PY  - 2019
JO  - Age and Ageing
DO  - 10.1000/falls.2019.001
ER  -

TY  - JOUR
AU  - Okafor, Ngozi
TI  - Staff handover and night-time falls in nursing homes: an ethnography
PY  - 2019
JO  - Journal of Advanced Nursing
DO  - 10.1000/falls.2019.002
ER  -

TY  - JOUR
AU  - Brennan, Siobhan
TI  - Hip protectors in residential aged care: a realist evaluation
PY  - 2021
JO  - BMC Geriatrics
DO  - 10.1000/falls.2021.003
ER  -

TY  - JOUR
AU  - Tanaka, Hiro
TI  - Medication review by pharmacists and falls in care homes
PY  - 2017
JO  - Drugs and Aging
DO  - 10.1000/falls.2017.004
ER  -

TY  - JOUR
AU  - Adeyemi, Tolu
TI  - Night lighting and falls in dementia care units
PY  - 2020
JO  - Dementia
ER  -

TY  - CONF
AU  - Adeyemi, Tolu
TI  - Sensor mats and falls in dementia care units
PY  - 2020
ER  -
"""


@pytest.fixture
def falls(cmo, tmp_path: Path):
    cmo("init", str(cmo.folder))
    ris = tmp_path / "falls.ris"
    ris.write_text(RIS, encoding="utf-8")
    cmo("ingest", str(ris), code=None)
    keys = {s["title"][:12]: s["key"] for s in cmo.json("sources", "list")}
    return cmo, keys


def sheet(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def show(cmo, key: str) -> dict:
    return cmo.json("sources", "show", key)


def test_the_key_column_is_the_one_whose_cells_name_sources_not_a_running_number(falls, tmp_path):
    cmo, keys = falls
    path = sheet(tmp_path, "screen.csv", "Ref,Citation,Decision\n1,Brennan 2021,Include\n2,Tanaka 2017,Include\n")
    result = cmo("select", "import", str(path), code=None)
    assert result.exit_code == 0, result.output
    assert show(cmo, keys["Hip protecto"])["status"] == "included"


def test_many_rows_naming_no_source_are_one_sentence(falls, tmp_path):
    cmo, _ = falls
    rows = "".join(f"Nobody {2000 + n},Include\n" for n in range(9))
    result = cmo("select", "import", str(sheet(tmp_path, "bad.csv", "Study,Decision\n" + rows)), code=2)
    said = result.output + result.stderr
    assert "9 rows name no source in this review" in said
    assert said.count("is not a source in this review") == 0


def test_appraisal_finds_a_source_by_its_doi_where_the_citation_is_ambiguous(falls, tmp_path):
    cmo, keys = falls
    text = (
        "Study,DOI,Relevance,Rigour\n"
        "Okafor 2019 (ethnography),10.1000/falls.2019.002,High,Medium\n"
        ",10.1000/falls.2019.001,Low,High\n"
    )
    cmo("appraise", "--file", str(sheet(tmp_path, "appraisal.csv", text)))
    assert show(cmo, keys["Staff handov"])["appraisal"]["relevance"] == "high"
    assert show(cmo, keys["Exercise cla"])["appraisal"]["rigour"] == "high"


def test_the_appraisers_column_is_the_appraisal_note_beside_a_screening_notes_column(falls, tmp_path):
    cmo, keys = falls
    text = (
        "Study,Decision,Reason / notes,Relevance,Rigour,Appraiser comments\n"
        "Brennan 2021,Include,ask the team,High,Medium,small sample; clear programme theory\n"
    )
    result = cmo("appraise", "--file", str(sheet(tmp_path, "both.csv", text)), code=None)
    assert result.exit_code == 0, result.output + result.stderr
    assert show(cmo, keys["Hip protecto"])["appraisal"]["note"] == "small sample; clear programme theory"


def test_a_key_merged_away_names_the_source_it_went_into_in_a_file_as_on_its_own(falls, tmp_path):
    cmo, keys = falls
    kept, gone = keys["Night lighti"], keys["Sensor mats "]
    cmo("sources", "merge", kept, gone, "--force", "--note", "the abstract of the same study", code=None)
    text = f"key,relevance,rigour\n{gone},medium,low\n"
    result = cmo("appraise", "--file", str(sheet(tmp_path, "merged.csv", text)), code=1)
    assert f"merged into {kept}" in result.output + result.stderr
    assert show(cmo, kept)["appraisal"]["rigour"] == "low"
    cmo("select", "import", str(sheet(tmp_path, "s.csv", f"key,decision\n{gone},include\n")), code=1)
    assert show(cmo, kept)["status"] == "included"


def test_a_repeated_row_with_the_same_ratings_keeps_both_notes(falls, tmp_path):
    cmo, keys = falls
    text = "key,relevance,rigour,note\n{k},high,low,first reader\n{k},high,low,second reader\n".format(k=keys["Hip protecto"])
    cmo("appraise", "--file", str(sheet(tmp_path, "twice.csv", text)))
    assert show(cmo, keys["Hip protecto"])["appraisal"]["note"] == "first reader; second reader"


def test_a_comment_alone_already_the_screening_note_is_no_appraisal(falls, tmp_path):
    cmo, keys = falls
    text = "Study,Decision,Relevance,Rigour,Comments\nTanaka 2017,Include?,,,check the full text first\n"
    path = sheet(tmp_path, "one.csv", text)
    cmo("select", "import", str(path), code=None)
    assert show(cmo, keys["Medication r"])["screening_note"] == "check the full text first"
    cmo("appraise", "--file", str(path))
    assert show(cmo, keys["Medication r"])["appraisal"] == {"relevance": None, "rigour": None, "note": ""}
