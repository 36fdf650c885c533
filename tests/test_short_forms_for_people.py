"""Trial CM: with `settings: short_forms: {YP: young people}`, the pack read "…, YP see lessons as tokenistic, so people
don't engage with MH curriculum" for "so they don't engage": a short form the team defined was not known to name people.
One whose meaning names people (its head noun, "people with dementia": people) is people wherever a sentence names it.
Tested on dementia care; a short form for a thing (ACP: advance care plan) stays a thing."""

from __future__ import annotations

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.wording import cmo_sentence, use_short_forms

ROW = ("care homes with activity staff", "PwD feel settled in the lounge", "don't wander at night")


def test_a_short_form_for_people_is_people():
    try:
        assert use_short_forms({"PwD": "people with dementia", "ACP": "advance care plan"}) == "pwd pwds"
        assert "so they don't wander at night" in cmo_sentence(*ROW)
    finally:
        use_short_forms({})
    assert "so they don't" not in cmo_sentence(*ROW)


def test_a_short_form_for_a_thing_is_no_person():
    try:
        use_short_forms({"ACP": "advance care plan"})
        assert "so they" not in cmo_sentence("care homes with activity staff", "ACP feels like paperwork", "is not updated")
    finally:
        use_short_forms({})


def test_the_review_s_sentences_read_its_short_forms_for_people(tmp_path):
    rows = [("activities2019", *ROW), ("lounge2022", *ROW)]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    assert "so people don't wander" in cmo_run("configs", "show", "C1", cwd=review).stdout
    yaml = review / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + "settings:\n  short_forms:\n    PwD: people with dementia\n")
    shown = cmo_run("configs", "show", "C1", cwd=review)
    assert "so they don't wander at night" in shown.stdout, shown.stdout + shown.stderr
