"""Trial CW: with `settings: short_forms:` said, a pack still read "pt defers to doctor's authority", and a patient
partner listening by text-to-speech heard "P T". A team may set `settings: spell_out_short_forms: true`: the pack and
the report then write each said short form out in the configurations' words (`shorthand.spelt_out`, one function),
the stored configuration untouched; default off, as before. Tested on diabetes foot care ("Pts with DM")."""

from __future__ import annotations

from sheet_reviews import coded_pair

from cmo.synthesis.shorthand import spelt_out

ROW = "Pts with DM attending foot clinics,Podiatrists who explain the risk make it feel real,Pts check their feet"
SAID = "settings:\n  short_forms:\n    pt: patient\n    DM: diabetes mellitus\n    NHS: NHS\n"


def _review(cmo, tmp_path, settings: str):
    coded_pair(cmo, tmp_path, ROW)
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + settings)
    cmo("round", "close", code=None)
    cmo("pack")
    cmo("report", "-o", str(tmp_path / "report.md"), code=1)  # exit 1: no title or question written
    pack = (cmo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8")
    return pack, (tmp_path / "report.md").read_text(encoding="utf-8")


def test_spelt_out_writes_each_said_form_as_it_means():
    said = {"pt": "patient", "CKM": "conservative kidney management", "w/o": "without", "NHS": "NHS"}
    assert spelt_out("pt defers to doctor; pts w/o CKM. Pt wants NHS care", said) == (
        "patient defers to doctor; patients without conservative kidney management. Patient wants NHS care"
    )
    assert spelt_out("a ptarmigan and an optician", said) == "a ptarmigan and an optician"


def test_a_team_that_asks_has_its_short_forms_written_out_in_pack_and_report(cmo, tmp_path):
    pack, report = _review(cmo, tmp_path, SAID + "  spell_out_short_forms: true\n")
    assert "Patients with diabetes mellitus" in pack and "Pts with DM" not in pack
    assert "\u201cDM\u201d means" not in pack  # nothing left to tell
    table = report[report.index("Configurations by domain") :]
    table = table[: table.index("\n## ", 1)]
    assert (
        "Patients with diabetes mellitus" in table and "Pts with DM" not in table
    )  # the coded statements' appendix keeps the coder's words
    shown = cmo.json("configs", "list")
    assert any("Pts with DM" in config["context"] for config in shown)  # the stored words stay as coded


def test_by_default_the_pack_keeps_the_coded_words_and_tells_them(cmo, tmp_path):
    pack, report = _review(cmo, tmp_path, SAID)
    assert "Pts with DM" in pack and "Patients with diabetes mellitus" not in pack
    assert "\u201cDM\u201d means diabetes mellitus" in pack


def test_a_short_form_in_capitals_opening_a_title_or_sentence_opens_it_with_a_capital_when_written_out():
    """Helper E3: a pack headed a finding "intercultural facilitator translates, accompanies…" in small letters, the
    title's "FI" written out as the team said it. Inside a sentence the meaning keeps its small letters; one the team
    wrote with a capital inside its first word ("mHealth") stays as written. Tested on community health workers."""
    said = {"CHW": "community health worker", "MHA": "mHealth app", "pt": "patient"}
    assert spelt_out("CHW visits build trust", said) == "Community health worker visits build trust"
    assert spelt_out("Pts trust the CHW. CHWs return", said) == (
        "Patients trust the community health worker. Community health workers return"
    )
    assert spelt_out("MHA use grows", said) == "mHealth app use grows"
    assert spelt_out("families trust the CHW", said) == "families trust the community health worker"


def test_a_short_form_in_brackets_right_after_the_words_it_stands_for_is_left_out_when_written_out():
    """Helper E3: "Haitian intercultural facilitators (FI)" read "… facilitators (intercultural facilitator)" in the
    pack and the report. A coder's definition in brackets repeats the words before it once written out; a bracketed form
    after other words is not one, and is written out as any other."""
    said = {"CHW": "community health worker", "ED": "emergency department"}
    assert spelt_out("rural community health workers (CHWs) visit homes", said) == "rural community health workers visit homes"
    assert spelt_out("visits to the Emergency Department (ED) fell", said) == "visits to the Emergency Department fell"
    assert spelt_out("home visits (CHW) weekly", said) == "home visits (community health worker) weekly"
    assert spelt_out("a worker (CHW) came", said) == "a worker (community health worker) came"


def test_the_reports_sentence_for_no_key_contexts_is_not_read_as_a_list_of_them():
    """Helper E3: with short forms written out, the report's "None beyond the context given; its other evidence comes
    from different contexts" read "…; Its other evidence…", each part after "; " opened with a capital as a key context
    is. The sentence is the report's own, not the members' words."""
    from cmo.outputs.report import NO_KEY_CONTEXTS, _spelt_out_row

    row = {"title": "Pts check feet", "context": "pts with DM", "mechanism": "m", "outcome": "o", "key_contexts": NO_KEY_CONTEXTS}
    spelt = _spelt_out_row(row, {"pt": "patient", "DM": "diabetes"})
    assert spelt["key_contexts"] == NO_KEY_CONTEXTS and spelt["context"] == "patients with diabetes"
    listed = _spelt_out_row({**row, "key_contexts": "pts with DM; older pts"}, {"pt": "patient", "DM": "diabetes"})
    assert listed["key_contexts"] == "Patients with diabetes; Older patients"


def test_each_said_short_form_of_a_slash_joined_pair_is_written_out():
    """Re-check RH2: 'round close --check' names both 'HF' and 'COPD' of 'HF/COPD' (helper F3), and the team said
    both, yet the pack still read "patients with HF/COPD": a pair joined by a slash was read as one unsaid form.
    Tested on kidney care: each said form of the pair is written out, the slash kept."""
    said = {"T2D": "type 2 diabetes", "CKD": "chronic kidney disease", "w/o": "without", "pt": "patient"}
    assert spelt_out("pts with T2D/CKD on dialysis", said) == "patients with type 2 diabetes/chronic kidney disease on dialysis"
    assert spelt_out("CKD/T2D clinics", said) == "Chronic kidney disease/type 2 diabetes clinics"
    assert spelt_out("pt/carer dyads", said) == "patient/carer dyads"


def test_a_slash_joining_no_said_form_or_a_said_slashed_form_stays():
    """Must not fire: 'and/or', units and a form said with its slash ('w/o') read as before."""
    said = {"w/o": "without", "CKD": "chronic kidney disease"}
    assert spelt_out("carers and/or pts w/o transport", said) == "carers and/or pts without transport"
    assert spelt_out("creatinine in mg/dl at 24/7 clinics", said) == "creatinine in mg/dl at 24/7 clinics"


def _drawn(cmo, tmp_path) -> str:
    """The texts of the report's programme theory pictures (HTML report), one a line."""
    import re

    cmo("report", "-o", str(tmp_path / "report.html"), code=1)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    return "\n".join(re.findall(r"<text[^>]*>([^<]*)</text>", html))


def test_the_reports_picture_writes_out_short_forms_as_its_table_does(cmo, tmp_path):
    """Re-check RH2: with short forms written out, the report's table read "patients with heart failure…" but the
    programme theory picture above it "Pts with HF/COPD", as coded (the pack's picture was written out)."""
    _review(cmo, tmp_path, SAID + "  spell_out_short_forms: true\n")
    drawn = _drawn(cmo, tmp_path)
    assert "Patients with diabetes" in drawn and "DM" not in drawn.split()


def test_by_default_the_reports_picture_keeps_the_coded_words(cmo, tmp_path):
    _review(cmo, tmp_path, SAID)
    assert "Pts with DM" in _drawn(cmo, tmp_path)
