"""Trial DC: a police mental-health liaison officer and her supervisor run a rapid realist review of street triage and
police–mental health co-response (ProQuest Criminal Justice Database RIS, PubMed XML and .nbib, a RefWorks folder
exported as RIS and as BibTeX, Dedoose's excerpt export coded by two coders, Microsoft Forms feedback). Each test fails
on the code before the trial, or is the case where the rule must not fire, on another topic."""

from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).parent / "data" / "trial_dc"


def _flow(cmo) -> dict[str, int]:
    report = cmo.folder / "report.md"
    cmo("report", "--format", "md", "-o", str(report), code=None)
    rows = re.findall(r"^\| (Records identified|Duplicate records linked) \| (\d+) \|$", report.read_text(), re.M)
    return {step: int(number) for step, number in rows}


def test_one_refworks_folder_exported_as_ris_and_as_bibtex_is_counted_once(cmo):
    """Fails on the old code: RefWorks' RIS and BibTeX exports of one folder (the same record numbers, `ID  -
    RefID:1040-…` and `@article{RefWorks:RefID:1040-…,`) made 6 records identified of 3, and 3 duplicate records
    linked, in the report's document flow: one library counted as two searches."""
    cmo("init", str(cmo.folder))
    result = cmo("ingest", str(DATA / "street_triage_folder.ris"), str(DATA / "street_triage_folder.bib"))
    assert "street_triage_folder.bib gives again 3 records of street_triage_folder.ris under the same record numbers" in (
        result.stderr
    )
    assert _flow(cmo) == {"Records identified": 3, "Duplicate records linked": 0}
    assert len(cmo.json("sources", "list")) == 3


def test_two_reviewers_refworks_folders_of_another_topic_keep_their_duplicates(cmo):
    """Must not fire: two reviewers' RefWorks folders of a school physical-activity review number their records each
    their own way. The SPARK paper under two numbers (210, 877) is a duplicate the searches found twice; number 211 of
    one folder and 211 of the other are two papers, never linked."""
    cmo("init", str(cmo.folder))
    result = cmo("ingest", str(DATA / "physical_activity_AB.ris"), str(DATA / "physical_activity_KT.bib"))
    assert "gives again" not in result.stderr
    assert _flow(cmo) == {"Records identified": 4, "Duplicate records linked": 1}
    assert len(cmo.json("sources", "list")) == 3


def _discharge_review(cmo, tmp_path) -> dict[str, str]:
    from sheet_reviews import review_of
    from test_s42_bb_code_matrix import DOMAINS, RECORDS

    return review_of(cmo, tmp_path, DOMAINS, RECORDS)


def test_a_second_coders_dedoose_excerpt_coded_alike_names_both_coders(cmo, tmp_path):
    """Fails on the old code: Dedoose writes each coder's own excerpt of a passage with its own 'Excerpt Range' and
    'Excerpt Date'. TB's excerpt coded with IH's very codes was 'not imported again', the statement left naming IH alone
    (TB's agreement lost), and the import asked for the row to be given IH's id, which would put TB's name over IH's.
    Tested on hospital discharge, not street triage."""
    keys = _discharge_review(cmo, tmp_path)
    said = cmo("code", "import", str(DATA / "dedoose_two_coders.csv"), code=1)
    statements = cmo.json("code", "list")
    assert [(s["source"], s["outcome"], s["coder"]) for s in statements] == [
        (keys["discharge"], "Fewer delays", "IH; TB"),
        (keys["discharge"], "Readmission", "TB"),
    ]
    assert statements[0]["extra"]["Excerpt Range"] == "1204-1290"  # the first coder's excerpt, kept
    assert "was not imported again" not in said.stderr
    assert "S1 now names both as its coders (IH; TB)" in said.stderr
    assert "row 3: S1 keeps its own columns as they were; TB's row gives 'Excerpt Range' '1198-1290'" in said.stderr


def test_one_coders_excerpt_twice_with_other_own_columns_is_still_asked_about(cmo, tmp_path):
    """Must not fire: the same coder's second excerpt of the same codes (one coder, two ranges) is no second coder's
    agreement: it is named, to be looked at, and the statement keeps one coder."""
    _discharge_review(cmo, tmp_path)
    text = (DATA / "dedoose_two_coders.csv").read_text(encoding="utf-8").replace(",TB,1198,", ",IH,1198,")
    sheet = tmp_path / "one_coder.csv"
    sheet.write_text(text, encoding="utf-8")
    said = cmo("code", "import", str(sheet), code=1)
    assert [s["coder"] for s in cmo.json("code", "list")] == ["IH", "TB"]
    assert "row 3 repeats the words of S1 (no id given)" in said.stderr
    assert "names both as its coders" not in said.stderr


SHORT_FORMS = (
    "settings:\n  short_forms:\n    s136: section 136 (a police power to take someone to a place of safety)\n"
    "    MH: mental health\n"
)


def _street_triage_coded(cmo, tmp_path, row: str, more: list[str] = ()) -> None:
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "street_triage_folder.ris"))
    keys = [s["key"] for s in cmo.json("sources", "list")]
    cmo("select", "include", *keys)
    sheet = tmp_path / "coding.csv"
    rows = [f"{key},{row}\n" for key in keys[:2]] + [f"{keys[2]},{other}\n" for other in more]
    sheet.write_text("source,context,mechanism,outcome\n" + "".join(rows), encoding="utf-8")
    cmo("code", "import", str(sheet))
    cmo("refine", "--backend", "lexical")


def _street_triage_pack(cmo, tmp_path, row: str, short_forms: str, more: list[str] = ()) -> str:
    _street_triage_coded(cmo, tmp_path, row, more)
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + short_forms, encoding="utf-8")
    cmo("round", "close", code=None)
    cmo("pack")
    return (cmo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8")


def test_a_short_form_with_a_figure_the_team_defined_is_told_to_the_group(cmo, tmp_path):
    """Fails on the old code: the team said in review.yaml what "s136" means, and the pack's "How to read" told "MH" but
    never "s136", the words of its example ("s136 detentions fell"): a short form with a figure in it was never found."""
    pack = _street_triage_pack(
        cmo, tmp_path, "Nurse in the police car,Officers get MH advice at the scene,s136 detentions fell", SHORT_FORMS
    )
    assert (
        "Short forms you will see: \u201cs136\u201d means section 136 (a police power to take someone to a place of "
        "safety); \u201cMH\u201d means mental health." in pack
    )


def test_a_numbered_form_inside_another_or_never_used_is_not_told():
    """Must not fire, on a diabetes review: "T2DM" the team defined is told where a finding writes it, not inside a longer
    code ("T2DMx"), nor where nothing writes it; letters alone are found as before."""
    from cmo.synthesis.shorthand import short_forms_told, spelt_out

    meanings = {"T2DM": "type 2 diabetes", "pt": "patient", "HbA1c": "average blood sugar"}
    assert short_forms_told([("C1", "pts with T2DM check their feet")], meanings) == (
        "Short forms you will see: \u201cT2DM\u201d means type 2 diabetes; \u201cpt\u201d means patient."
    )
    assert short_forms_told([("C1", "pts with T2DMx; hba1c2 fell")], meanings) == (
        "Short forms you will see: \u201cpt\u201d means patient."
    )
    assert spelt_out("pts with T2DM; HbA1c fell", meanings) == "patients with type 2 diabetes; average blood sugar fell"


def test_a_programmes_name_in_capitals_is_kept_where_a_cell_writes_it_beside_another(cmo, tmp_path):
    """Fails on the old code: the coders wrote the PACER programme in capitals in every cell ("Joint unit (PACER)",
    "PACER response at home"), and one cell beside the initials of its state ("SA PACER, police + ambulance"): the two
    capitalised words side by side were read as shouting, and the pack read "In SA pacer", as if the programme were the
    word "pacer"."""
    pack = _street_triage_pack(
        cmo,
        tmp_path,
        "SA PACER with police and ambulance,joint assessment at the scene,fewer transports to the emergency department",
        "",
        more=[
            "Joint unit (PACER) with one officer and one clinician,joint assessment at the scene,fewer transports to hospital",
            "PACER response at home,the clinician assesses at the scene,fewer transports to hospital",
        ],
    )
    assert "In SA PACER with police and ambulance" in pack
    assert "SA pacer" not in pack


def test_a_cell_in_capitals_is_still_read_as_words_where_no_other_text_writes_it_so():
    """Must not fire, on a rural maternity review: "RURAL VILLAGES WITH FEW CLINICS" is a coder's shouting, lowered; so
    is a word in capitals that opens one text alone ("CLINICS closed early"), and one the coders also write in small
    letters ("VILLAGES" beside "villages")."""
    from cmo.synthesis.wording import _capitals_as_words, _read_capitals

    texts = ("RURAL VILLAGES WITH FEW CLINICS", "CLINICS closed early", "VILLAGES far from roads", "two villages")
    assert _capitals_as_words(texts[0], _read_capitals(texts)[0]) == "Rural villages with few clinics"
    texts = ("ANC VISITS RISE", "ANC booked early", "ANC attended (ANC) twice")  # an initialism by its form, as before
    assert _capitals_as_words(texts[0], _read_capitals(texts)[0]) == "ANC visits rise"


def test_round_close_check_names_a_code_of_letters_and_figures_a_lay_reader_may_not_know(cmo, tmp_path):
    """Fails on the old code: 'round close --check' named 'MH' among the short forms a lay member may not know, but
    never 's136' (section 136 of the Mental Health Act), so the team never thought to say what it means, and the pack
    went to people with lived experience of crisis with "s136 detentions fell" unexplained."""
    _street_triage_coded(cmo, tmp_path, "Nurse in the police car,Officers get MH advice at the scene,s136 detentions fell")
    said = cmo("round", "close", "--check", code=None).stderr
    assert "'s136' (C" in said and "'MH' (C" in said
    from cmo.synthesis.shorthand import shorthand_in

    assert shorthand_in("pts with T2DM check feet") == ["pts", "T2DM"]  # a diabetes review's code, in order


def test_amounts_times_and_hyphenated_names_with_figures_are_no_short_forms():
    """Must not fire, on a diabetes and vaccination review: figures first ("10mg", "24h", "1990s") are amounts and times,
    "COVID-19" and "Type 2" are written as the public reads them."""
    from cmo.synthesis.shorthand import shorthand_in

    assert shorthand_in("10mg metformin within 24h, as in the 1990s; COVID-19 jabs; Type 2 diabetes") == []
