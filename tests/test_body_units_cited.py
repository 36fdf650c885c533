"""A sheet citing a body by its initials or short name reads the work of one of its units: "AHA 2018" for the American
Heart Association Council on Hypertension's statement, "DHHS 2020" for a catalogue's "United States. Department of Health
and Human Services" (MARC's parent-and-unit form), "NIH 2019" for the National Institutes of Health Office of Dietary
Supplements; where two works of that year answer (the body's own and its unit's), none is guessed and both are
named."""

from __future__ import annotations

from pathlib import Path

RIS = """TY  - RPRT
AU  - American Heart Association Council on Hypertension
TI  - Salt reduction in community kitchens: a scientific statement
PY  - 2018
PB  - American Heart Association
ER  -
TY  - RPRT
AU  - United States. Department of Health and Human Services
TI  - Dietary guidelines for Americans 2020-2025
PY  - 2020
PB  - U.S. Government Publishing Office
ER  -
TY  - RPRT
AU  - National Institutes of Health Office of Dietary Supplements
TI  - Sodium fact sheet for health professionals
PY  - 2019
PB  - NIH
ER  -
TY  - RPRT
AU  - National Institute for Health Research
TI  - Salt intake in care homes: a themed review
PY  - 2021
PB  - NIHR
ER  -
"""

TWO_UNITS = """TY  - RPRT
AU  - American Heart Association
TI  - Heart disease and stroke statistics for food banks
PY  - 2018
PB  - American Heart Association
ER  -
"""

RIS, TWO_UNITS = (text.replace("ER  -\n", "ER  - \n") for text in (RIS, TWO_UNITS))  # RIS ends a record "ER  - "
HEADER = "Source,Context,Mechanism,Outcome\n"
ROW = "{cited},In community kitchens,cooks feel trusted to cut salt,less salt is served\n"


def _review(cmo, tmp_path: Path, text: str) -> None:
    cmo("init", str(cmo.folder))
    (tmp_path / "grey.ris").write_text(text, encoding="utf-8")
    cmo("ingest", str(tmp_path / "grey.ris"))


def _coded(cmo, tmp_path: Path, *cited: str, code: int | None = None):
    sheet = tmp_path / "coding.csv"
    sheet.write_text(HEADER + "".join(ROW.format(cited=c) for c in cited), encoding="utf-8")
    return cmo("code", "import", str(sheet), code=code)


def test_a_body_s_initials_read_the_work_of_one_of_its_units(cmo, tmp_path):
    """Failed before: 'AHA 2018', 'DHHS 2020' and 'NIH 2019' were 'not a source in this review'."""
    _review(cmo, tmp_path, RIS)
    result = _coded(cmo, tmp_path, "AHA 2018", "DHHS 2020", "NIH 2019")
    assert result.exit_code in (0, 1), result.output + result.stderr
    sources = {item["source"] for item in cmo.json("code", "list")}
    keys = {item["title"][:10]: item["key"] for item in cmo.json("sources", "list")}
    assert sources == {keys["Salt reduc"], keys["Dietary gu"], keys["Sodium fac"]}


def test_two_works_of_the_body_and_its_unit_are_not_guessed_between(cmo, tmp_path):
    """Must not fire: the Association's own work and its council's, both 2018: refused, both named."""
    _review(cmo, tmp_path, RIS + TWO_UNITS)
    refused = _coded(cmo, tmp_path, "AHA 2018", code=2).stderr
    keys = [item["key"] for item in cmo.json("sources", "list") if item["year"] == 2018]
    assert len(keys) == 2 and all(key in refused for key in keys), refused
