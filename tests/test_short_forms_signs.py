"""Trial CY (falls prevention): C3, accepted, went to a group of older people as "attendance != doing exercise at home
between classes": a programmer's sign for "is not", which `round close --check` did not name, though it names the
coders' short forms a lay reader may not know. The signs of mathematics and programming a coder writes for words
('!=', '≠', '>=', '↑', '↓', '=>') are named as short forms are; once the team says what each means in review.yaml (a
sign in quotes, as YAML takes it) the pack's How to read tells its readers. Tested on school meals and blood pressure;
signs people read as words ('->', '+', '=', '70+') and a p value ('p < 0.05') name nothing."""

from __future__ import annotations

import yaml
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.shorthand import short_forms_told, shorthand_in


def test_a_sign_written_for_words_is_a_short_form():
    assert shorthand_in("hot lunch uptake != free meal registration") == ["!="]
    assert shorthand_in("salt intake ↓ so BP ↓ in pts") == ["↓", "pts"]
    assert shorthand_in("pupils who ate >=3 hot lunches a week") == [">="]


def test_signs_people_read_as_words_name_nothing():
    assert shorthand_in("pupils aged 7+ -> more lunches eaten; cost = one pound; p < 0.05") == []


def test_a_sign_the_team_defined_is_told():
    told = short_forms_told([("C1", "uptake != registration")], {"!=": "is not the same as"})
    assert told == "Short forms you will see: \u201c!=\u201d means is not the same as."


def test_round_close_check_names_a_sign_and_the_pack_tells_it_once_said(tmp_path):
    rows = [
        ("meals2019", "Primary schools where uptake != registration", "Staff eat with pupils", "More pupils eat a hot lunch"),
        ("meals2021", "Primary schools where uptake != registration", "Staff eat with pupils", "More pupils eat a hot lunch"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert "'!=' (C" in checked.stderr and "(e.g. '\"!=\": …'" in checked.stderr, checked.stderr
    settings = yaml.safe_load((review / "review.yaml").read_text(encoding="utf-8"))
    settings["title"] = "School meals"
    settings.setdefault("settings", {})["short_forms"] = {"!=": "is not the same as"}
    (review / "review.yaml").write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert "'!='" not in checked.stderr, checked.stderr
    assert cmo_run("round", "close", "--by", "RT", cwd=review).returncode in (0, 1)
    packed = cmo_run("pack", "-o", "pack.html", cwd=review)
    assert packed.returncode in (0, 1), packed.stderr
    assert "\u201c!=\u201d means is not the same as" in (review / "pack.html").read_text(encoding="utf-8")
