"""Helper DA: a pack's key contexts mixed small and capital first letters ("young people receiving a positive result
by text…; Users with a positive result; Waiting for results at home"): the members' contexts each opened with a capital,
but a short form that opened one ("YP") was written out afterwards in small letters, and a person's own key contexts
kept each item as typed. One rule (`shorthand.opened_with_a_capital`): each item of the key contexts opens with a
capital, after any short form is written out; a first word with a capital inside it ("eGFR", "mHealth") is a name or
short form spelt so and stays as written. Tested on STI testing (DA's topic) and on diabetes foot care."""

from __future__ import annotations

from sheet_reviews import coded_pair

from cmo.synthesis.shorthand import opened_with_a_capital, spelt_out_listed
from cmo.synthesis.wording import key_contexts

SAID = "settings:\n  short_forms:\n    YP: young people\n    MSM: men who have sex with men\n  spell_out_short_forms: true\n"


def test_a_short_form_opening_an_item_is_written_out_with_a_capital():
    """Fails on the old code (no such function; `spelt_out` gave "young people receiving…")."""
    meanings = {"YP": "young people", "MSM": "men who have sex with men"}
    assert spelt_out_listed("YP receiving a positive result by text; Users with a positive result; MSM", meanings) == (
        "Young people receiving a positive result by text; Users with a positive result; Men who have sex with men"
    )


def test_members_contexts_keep_a_name_spelt_with_a_capital_inside():
    """Fails on the old code: "EGFR under 30" (the first letter made a capital whatever the word)."""
    shown = key_contexts("", "adults with diabetes", ["eGFR under 30", "mHealth app users", "podiatry clinics in Wales"])
    assert shown == "eGFR under 30; mHealth app users; Podiatry clinics in Wales"


def test_a_persons_key_contexts_open_each_item_as_the_members_do():
    """Fails on the old code: "Young people aged 16-24; rural areas" kept as typed."""
    assert key_contexts("Young people aged 16-24; rural areas; NHS clinics", "", []) == (
        "Young people aged 16-24; Rural areas; NHS clinics"
    )


def test_must_not_fire_on_initialisms_names_or_capitals_already():
    for item in ("NHS Scotland clinics", "iPhone users", "Black pupils", "HIV clinics", "16-24 year olds", ""):
        assert opened_with_a_capital(item) == item


def test_the_pack_and_report_open_each_key_context_with_a_capital(cmo, tmp_path):
    """Fails on the old code: the pack read "young people aged 16-24; rural areas; men who have sex with men"."""
    row = "YP offered online STI testing,testing at home means nobody sees them at the clinic,YP test more often"
    config = coded_pair(cmo, tmp_path, row)[0]["id"]
    cmo("configs", "edit", config, "--key-contexts", "YP aged 16-24; rural areas; MSM")
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + SAID)
    cmo("round", "close", code=None)
    cmo("pack")
    cmo("report", "-o", str(tmp_path / "report.md"), code=1)  # exit 1: no title or question written
    pack = (cmo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    for text in (pack, report):
        assert "Young people aged 16-24; Rural areas; Men who have sex with men" in text
        assert "young people aged 16-24" not in text
