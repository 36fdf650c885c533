"""Helper L3 (fault found by trial helper K3): a configuration worded from a null finding read as a claim, "peer support
leads to no significant difference in rearrest", and a lived-experience member answered "Dont say it didnt work". A
null coded as a noun phrase is worded as what the studies found ("made no … difference", "showed no effect"), marked
as theirs ("(in these studies)"); an outcome that came keeps "leads to"."""

from __future__ import annotations

from sheet_reviews import write_csv

from cmo.synthesis.wording import cmo_segments


def _said(context: str, mechanism: str, outcome: str) -> str:
    return "".join(segment.text for segment in cmo_segments(context, mechanism, outcome))


def test_a_null_difference_is_said_as_found_not_as_led_to():
    said = _said("people released from jail with mental illness", "peer support", "no significant difference in rearrest")
    assert "leads to" not in said, said
    assert "peer support made no significant difference in rearrest (in these studies)." in said, said


def test_a_null_effect_on_another_topic_is_said_as_shown():
    said = _said("older adults in care homes", "a falls-prevention leaflet", "little effect on adherence")
    assert "a falls-prevention leaflet showed little effect on adherence (in these studies)." in said, said
    said = _said("", "text message reminders", "no improvement in clinic attendance")
    assert said == "Text message reminders showed no improvement in clinic attendance (in these studies).", said


def test_an_outcome_that_came_still_leads_to_it():
    said = _said("older adults in care homes", "a falls-prevention leaflet", "fewer falls")
    assert "leaflet leads to fewer falls." in said and "these studies" not in said, said
    said = _said("rural clinics", "a named nurse", "no missed appointments")  # no change denied: an outcome that came
    assert "these studies" not in said, said


def test_a_null_configuration_reads_as_found_in_refine(cmo, tmp_path):
    (tmp_path / "refs.bib").write_text(
        "@article{Hyde2022,\n  title = {Peer reentry pilot},\n  author = {Hyde, H.},\n"
        "  journal = {Health & Justice},\n  year = {2022}\n}\n",
        encoding="utf-8",
    )
    coding = write_csv(
        tmp_path / "coding.csv",
        ["source", "context", "mechanism", "outcome", "quote", "coder"],
        ["Hyde2022", "people released from jail with mental illness", "peer support",
         "no significant difference in rearrest at 12 months", "q", "RT"],
    )  # fmt: skip
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "refs.bib"), code=None)
    cmo("select", "include", "Hyde2022", "--by", "RT", code=None)
    cmo("code", "import", str(coding), "--by", "RT", code=None)
    shown = cmo("refine", "--backend", "lexical").stdout
    assert "peer support made no significant difference in rearrest at 12 months (in these studies)." in shown, shown
    assert "leads to no" not in shown, shown
