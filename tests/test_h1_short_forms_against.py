"""Helper H1: the pack tells the evidence against a finding in its member's words, which round close --check never read
for short forms and spell_out_short_forms never wrote out ("NHIS cover … no sig. difference in systolic BP"); a French
key context beside English words had its 'de' named as a coder's short form."""

from __future__ import annotations

from conftest import DATA

GIM = DATA / "global_index_medicus" / "gim-french-titles.ris"


def _against_in_shorthand(cmo) -> None:
    """A review whose one configuration has a member against it coded in the team's shorthand ("no sig. difference")."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(GIM))
    for source, outcome in (
        ("ndiaye2019observance", "more patients return for follow-up"),
        ("ba2020role", "more patients return for follow-up visits"),
    ):
        cmo("code", "add", "--source", source, "--context", "rural health posts", "--mechanism",
            "nurses follow up patients by phone", "--outcome", outcome, "--quote", "they come back")  # fmt: skip
    cmo("code", "add", "--source", "sow2021suivi", "--context", "rural health posts", "--mechanism",
        "nurses follow up patients by phone", "--outcome", "no sig. difference in follow-up visits vs usual care",
        "--quote", "no sig. difference was found")  # fmt: skip
    cmo("refine", code=None)
    (config,) = [c["id"] for c in cmo.json("configs", "list") if "S1" in c["statements"]]
    if "S3" not in next(c for c in cmo.json("configs", "list") if c["id"] == config)["statements"]:
        cmo("configs", "attach", "S3", "--to", config, code=None)
    cmo("code", "mark", "S3", "--contradicting", config, code=None)


def test_round_close_check_names_the_short_forms_of_the_evidence_against(cmo):
    """Fails on the old code: the pack tells the member against a finding in its own words, which the check never read,
    so 'sig' went to the group unnamed."""
    _against_in_shorthand(cmo)
    said = cmo("round", "close", "--check", code=1).stderr
    assert "'sig' (C1)" in said


def test_spelt_out_short_forms_reach_the_evidence_against_in_the_pack(cmo):
    """Fails on the old code: with spell_out_short_forms the configuration's words were written out, but the sentence
    of the evidence against it kept "no sig. difference"; the study's quote stays as it was written."""
    _against_in_shorthand(cmo)
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(
        yaml.read_text(encoding="utf-8").replace("title: ''", "title: Follow-up by phone", 1)
        + "settings:\n  short_forms:\n    sig: significant\n  spell_out_short_forms: true\n",
        encoding="utf-8",
    )
    cmo("round", "close", code=None)
    cmo("pack", code=None)
    (pack,) = (cmo.folder / "packs").glob("pack-round-1*.html")
    text = pack.read_text(encoding="utf-8")
    assert "no significant difference in follow-up visits" in text
    assert "no sig. difference in follow-up" not in text
    assert "no sig. difference was found" in text  # the quote, as the study wrote it


_ENGLISH_CONFIGURATION = [
    ("C6", "Cost of medicines"),
    ("C6", "Rural health posts and towns where patients pay for their own medicines"),
    ("C6", "cost of medicines"),
    ("C6", "patients stop treatment when they run out of money"),
]


def test_a_french_key_context_beside_english_words_names_no_french_word_as_a_short_form():
    """Fails on the old code: the configuration's English words made its texts read as English together, so the French
    key context's 'de' went to round close as a coder's short form to explain."""
    from cmo.synthesis.shorthand import shorthand_by_word

    french = ("C6", "Poste de santé rural, suivi par l'infirmier chef de poste")
    assert shorthand_by_word([*_ENGLISH_CONFIGURATION, french]) == {}


def test_short_forms_of_either_language_are_still_named_beside_it():
    from cmo.synthesis.shorthand import shorthand_by_word

    texts = [
        ("C6", "Cost of meds"),
        ("C6", "Rural health posts and towns where pts pay for their own medicines"),
        ("C6", "Poste de santé rural, suivi par l'ICP chef de poste; pupils w/o devices"),  # a second piece in English
    ]
    assert set(shorthand_by_word(texts)) == {"pts", "ICP", "w/o"}
