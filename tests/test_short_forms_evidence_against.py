"""Helper H2 (a Housing First review): the pack shows each finding's evidence against it in its coder's words ("In
Glasgow hostels, TIC training only, no change in the rules means that staff went back to old practices"), but
`round close --check` read only the configurations' own words and key contexts for short forms, so "TIC" reached
the reference group unnamed, untold in "How to read" and never written out. The words of the members the pack
shows as evidence against are now read as the configuration's own are. A member the pack does not show (one
supporting it, beside the member its wording comes from) is not read: its short forms stay unnamed. Topic: blood
pressure in general practice."""

from __future__ import annotations

from conftest import REPO

DATA = REPO / "tests" / "data"
SHEET = (
    "source,context,mechanism,outcome\n"
    "wildman2019service,Adults with raised blood pressure in general practice,Home readings make the risk feel real,"
    "They take their tablets more regularly\n"
    "wildman2019works,Adults with raised blood pressure in general practice,Home readings make the risk feel real,"
    "They take their tablets more regularly\n"
    "wildman2021,Adults with raised blood pressure in general practice,"
    "Home readings sent to the HCA make the risk feel real,They take their tablets more regularly\n"
)


def _review(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "citations" / "same_team_same_year.bib"))
    cmo("select", "include", "wildman2019service", "wildman2019works", "wildman2021")
    sheet = tmp_path / "coding.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    cmo("code", "import", str(sheet))
    cmo("refine", "--backend", "lexical")
    member = next(s["id"] for s in cmo.json("code", "list") if "HCA" in s["mechanism"])
    config = next(c for c in cmo.json("configs", "list") if member not in c["statements"])
    cmo("configs", "attach", member, "--to", config["id"], code=None)  # the team puts it with the others
    (config,) = [c for c in cmo.json("configs", "list") if c["statements"]]
    assert member in config["statements"] and "HCA" not in config["mechanism"]
    return config["id"], member


def test_a_supporting_members_short_form_the_pack_does_not_show_is_not_named(cmo, tmp_path):
    _review(cmo, tmp_path)
    assert "short forms" not in cmo("round", "close", "--check").stderr


def test_a_short_form_in_the_evidence_against_that_the_pack_shows_is_named_told_and_written_out(cmo, tmp_path):
    config, member = _review(cmo, tmp_path)
    cmo("code", "mark", member, "--contradicting", config)
    said = cmo("round", "close", "--check", code=None).stderr
    assert f"short forms a lay reader may not know: 'HCA' ({config})." in said
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + "settings:\n  short_forms:\n    HCA: healthcare assistant\n")
    assert "short forms" not in cmo("round", "close", "--check", code=None).stderr
    cmo("round", "close", code=None)
    cmo("pack")
    pack = (cmo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8")
    assert "home readings sent to the HCA" in pack  # shown as evidence against it
    assert "“HCA” means healthcare assistant" in pack  # and told in "How to read"
    yaml.write_text(yaml.read_text(encoding="utf-8") + "  spell_out_short_forms: true\n")
    cmo("pack", "--fresh", "-o", str(tmp_path / "spelt.html"), code=None)
    spelt = (tmp_path / "spelt.html").read_text(encoding="utf-8")
    assert "home readings sent to the healthcare assistant" in spelt and "the HCA" not in spelt
