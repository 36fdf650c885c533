"""A short form in capitals that spells an English word in small letters ("NO", Norway; "WHO"; "SE") means the capitals
alone. Re-check RH1 of helpers E0 and E2 together: E2 kept a context's country codes in capitals ('homes in NO, PL, SE
and NL'), and E0's pack tells the short forms the findings write. A team that said 'NO: Norway' in review.yaml had it
read by YAML as the short form 'False' (never told), and, once read, the word "no" of "no GP cover" was spelt out
"Norway GP cover"; `round close --check` asked for 'se: …' in small letters, which the pack then did not tell for the
findings' "SE". Tested on another topic: childhood vaccination among migrant families."""

from __future__ import annotations

from sheet_reviews import coded_pair

from cmo.commands.rounds import _as_yaml_key
from cmo.synthesis.shorthand import short_forms_told, spelt_out


def test_capitals_that_spell_a_word_do_not_write_out_the_word():
    meanings = {"NO": "Norway", "WHO": "World Health Organization", "GP": "general practitioner"}
    text = "Migrant families in NO with no GP, who miss WHO-listed doses"
    assert spelt_out(text, meanings) == ("Migrant families in Norway with no general practitioner, who miss WHO-listed doses")
    assert spelt_out("No gp registration", meanings) == "No general practitioner registration"


def test_an_initialism_that_is_no_word_is_the_same_in_any_case():
    """Must not fire: 'GP', 'MMR' name no English word, so the team's entry stands for 'gp' and 'mmr' too."""
    meanings = {"GP": "general practitioner", "MMR": "measles, mumps and rubella vaccine"}
    assert spelt_out("the gp offers mmr", meanings) == ("the general practitioner offers measles, mumps and rubella vaccine")
    told = short_forms_told([("C1", "the gp offers mmr")], meanings)
    assert "\u201cGP\u201d means general practitioner" in told


def test_a_key_in_small_letters_tells_the_findings_capitals():
    told = short_forms_told(
        [("C1", "Families in NO, SE and NL with no GP")], {"se": "Sweden", "nl": "the Netherlands", "NO": "Norway"}
    )
    assert told == (
        "Short forms you will see: \u201cNO\u201d means Norway; \u201cSE\u201d means Sweden; "
        "\u201cNL\u201d means the Netherlands."
    )


def test_the_check_asks_for_capitals_that_spell_a_word_as_written():
    assert _as_yaml_key("SE") == "SE"
    assert _as_yaml_key("WHO") == "WHO"
    assert _as_yaml_key("NL") == "nl"  # no word: small letters, as before
    assert _as_yaml_key("abx") == "abx"


def test_review_yaml_reads_a_short_form_no_as_written(cmo, tmp_path):
    row = "Migrant families in NO and SE with no GP,Nurses at the school explain each dose,More children are vaccinated"
    coded_pair(cmo, tmp_path, row)
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(
        yaml.read_text(encoding="utf-8") + "settings:\n  short_forms:\n    NO: Norway\n    SE: Sweden\n"
        "    GP: general practitioner\n",
        encoding="utf-8",
    )
    cmo("round", "close", code=None)
    cmo("pack")
    pack = (cmo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8")
    assert "\u201cNO\u201d means Norway" in pack and "\u201cSE\u201d means Sweden" in pack
    assert "False" not in pack
    yaml.write_text(yaml.read_text(encoding="utf-8") + "  spell_out_short_forms: true\n", encoding="utf-8")
    cmo("pack", "--fresh", "-o", str(tmp_path / "spelt.html"))
    spelt = (tmp_path / "spelt.html").read_text(encoding="utf-8")
    assert "in Norway and Sweden with no general practitioner" in spelt
    assert "Norway general practitioner" not in spelt
