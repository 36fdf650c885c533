"""Trial K2: refine gave C19 "In Sykehjem with regular legemiddelgjennomgang (tilsynslege, SSK, farmasøyt)…" and C20
"In Danish plejehjem…", and `round close --check` named only 'SSK'. A word of a configuration no English word list cmo
has knows, that is no name (written with a capital inside a sentence by its members) and no short form, is one the
group may not know: `--check` names it with the configuration and the edit that rewords it; a word the team writes under
`settings: short_forms:` is not named again. English words the lists lack (plurals, -ing forms, hyphened compounds,
British spellings, learned words) never are."""

from __future__ import annotations

from sheet_reviews import coded_pair

from cmo.commands.rounds import _no_english_word


def test_a_coders_norwegian_words_are_named_with_the_edit_that_rewords_them(cmo, tmp_path):
    row = (
        '"Sykehjem with regular legemiddelgjennomgang (tilsynslege, farmasøyt)",'
        "Regular reviews are part of the routine,Fewer drug-related problems"
    )
    config = coded_pair(cmo, tmp_path, row)[0]
    said = cmo("round", "close", "--check", code=1).stderr
    assert "no English word list knows" in said
    for word in ("Sykehjem", "legemiddelgjennomgang", "tilsynslege", "farmasøyt"):
        assert f"'{word}' ({config['id']})" in said
    assert f"'cmo configs edit {config['id']} --context \"…\"'" in said
    yaml = cmo.folder / "review.yaml"
    told = "  short_forms:\n    sykehjem: nursing home\n    legemiddelgjennomgang: medication review\n"
    told += "    tilsynslege: nursing home doctor\n    farmasøyt: pharmacist\n"
    text = yaml.read_text(encoding="utf-8")
    yaml.write_text(text + ("" if "settings:" in text else "settings:\n") + told, encoding="utf-8")
    assert "no English word list knows" not in cmo("round", "close", "--check").stderr


def test_english_words_no_list_holds_as_written_are_not_named(cmo, tmp_path):
    """Another topic, English only: plurals, -ing forms, hyphened compounds, British spellings, learned words and a
    place's name inside a sentence are English or names, never another language's."""
    row = (
        '"Multimorbid older people in Oslo care homes, neuropsychiatric symptoms, pulse oximetry",'
        '"Pharmacist-led deprescribing and teleconsults feel empathic and organised",'
        '"Fewer hospitalisations, gamified reminders keep patients adhering"'
    )
    coded_pair(cmo, tmp_path, row)
    assert "no English word list knows" not in cmo("round", "close", "--check").stderr


def test_the_rule_reads_words_not_names_or_short_forms():
    assert _no_english_word("plejehjem") and _no_english_word("fastlege") and _no_english_word("chawal")
    for word in ("airtime", "endocrinologist", "counselling", "wellbeing", "SSK", "GPs", "teleconsults", "empathic"):
        assert not _no_english_word(word), word


def test_a_statement_written_in_another_language_is_left_as_the_team_chose(cmo, tmp_path):
    """A review that consults in French codes in French: its parts are not read word by word."""
    row = "les soins à domicile pour les personnes âgées,les infirmières connaissent le patient,moins d'hospitalisations"
    coded_pair(cmo, tmp_path, row)
    said = cmo("round", "close", "--check", code=1).stderr  # other warnings: French statements placed by no one
    assert "written in French" in said and "no English word list knows" not in said
