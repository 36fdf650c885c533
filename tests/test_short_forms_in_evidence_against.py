"""Helper H0: a pack written out for its readers (`spell_out_short_forms: true`) still listed, under "Evidence that goes
against it", a statement in its coder's shorthand ("For HITH pts, mixed conditions, …"), and with the setting off the
pack's "How to read" never told what such a form means, nor did `round close --check` name it: only the
configurations' own words were read. The statements a configuration lists against it are read as its words are.
Tested on diabetes foot care ("HCAs" only in the statement against)."""

from __future__ import annotations

from conftest import REPO

DATA = REPO / "tests" / "data"
FOR = "Pts with DM attending foot clinics,Podiatrists who explain the risk make it feel real,Pts check their feet daily"
AGAINST = "Pts with DM seen by HCAs,HCAs explain the risk in a rush,no change in how often pts check their feet"
SAID = "settings:\n  short_forms:\n    pt: patient\n    DM: diabetes mellitus\n    HCA: health care assistant\n"


def _review(cmo, tmp_path, settings: str, *, close: bool = True):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "citations" / "same_team_same_year.bib"))
    cmo("select", "include", "wildman2019service", "wildman2021")
    sheet = tmp_path / "coding.csv"
    sheet.write_text(f"source,context,mechanism,outcome\nwildman2019service,{FOR}\nwildman2021,{AGAINST}\n", encoding="utf-8")
    cmo("code", "import", str(sheet))
    made = cmo.json("configs", "new", "--statements", "S1,S2")
    cmo("code", "mark", "S2", "--contradicting", made["id"])
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + settings)
    if not close:
        return None
    cmo("round", "close", code=None)
    cmo("pack")
    return (cmo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8")


def test_the_evidence_against_is_written_out_as_the_finding_is(cmo, tmp_path):
    pack = _review(cmo, tmp_path, SAID + "  spell_out_short_forms: true\n")
    against = pack[pack.index("Evidence that goes against it") :]
    against = against[: against.index("</ul>")]
    assert "health care assistants" in against and "HCAs" not in against
    assert "Pts with" not in against


def test_by_default_the_pack_tells_what_a_short_form_of_the_evidence_against_means(cmo, tmp_path):
    pack = _review(cmo, tmp_path, SAID)
    assert "\u201cHCA\u201d means health care assistant" in pack


def test_round_close_check_names_a_short_form_only_the_evidence_against_uses(cmo, tmp_path):
    _review(cmo, tmp_path, "settings:\n  short_forms:\n    pt: patient\n    DM: diabetes mellitus\n", close=False)
    check = cmo("round", "close", "--check", code=None)
    assert "'HCAs'" in check.stderr or "'HCA'" in check.stderr


def test_a_configuration_with_nothing_against_it_tells_no_more_than_before(cmo, tmp_path):
    """Not over-firing: with no statement against it, the forms told are the configuration's own."""
    pack = _review(cmo, tmp_path, SAID)
    assert "\u201cDM\u201d means diabetes mellitus" in pack
    cmo("code", "mark", "S2", "--clear", "C1")
    cmo("configs", "detach", "S2", "--note", "another clinic")
    cmo("round", "close", code=None)
    cmo("pack", "--round", "2")
    second = (cmo.folder / "packs" / "pack-round-2.html").read_text(encoding="utf-8")
    assert "\u201cHCA\u201d means" not in second
