"""Re-check RH3 (trial CZ, community paramedicine): `round close --check` said "C1 goes to the group in one of its 5
sources' words, naming '60', '999' in its key contexts" of Mason 2007's "Older people (>=60) calling 999 with minor
acute conditions", every round, though key contexts list whom each study was about: '>=60' is the people's ages (the
rule for "aged 65 to 80" did not read a sign before the figure) and '999' the number they rang. A figure after a sign
or word of more or less that follows a word for people ("adults ≥65", "women over 50"), and a figure one calls ("calling
111", "dial 911") with no noun after it, are whom the study was about; a measure's threshold ("HbA1c >=7"), a count
after 'over' ("a cohort of over 40,000 smokers") and a count after a calling verb ("nurses called 40 patients") are
still one study's figures (other topics: diabetes, smoking, heart failure)."""

from __future__ import annotations

from sheet_reviews import cmo_run, review_from_rows


def _checked(tmp_path, rows):
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    edited = cmo_run("configs", "edit", "C1", "--context", "people who are offered care at home", "--by", "RT", cwd=review)
    assert edited.returncode in (0, 1), edited.stderr
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert checked.returncode in (0, 1), checked.stderr
    return checked.stderr


def test_an_age_after_a_sign_and_a_number_called_are_whom_it_is_about(tmp_path):
    told = _checked(
        tmp_path,
        [
            (
                "mason2007",
                "Older people (>=60) calling 999 with minor acute conditions",
                "seen and treated at home",
                "fewer ED visits",
            ),
            ("finn2013", "women over 50 who dial 911 after a fall", "seen and treated at home", "fewer ED visits"),
        ],
    )
    assert "'60'" not in told and "'999'" not in told, told
    assert "'50'" not in told and "'911'" not in told, told


def test_a_threshold_a_count_over_and_a_count_called_are_still_one_study_s(tmp_path):
    told = _checked(
        tmp_path,
        [
            (
                "dm2019",
                "patients with HbA1c >=7 in a cohort of over 40,000 smokers",
                "reminders keep it in mind",
                "better control",
            ),
            (
                "hf2020",
                "heart failure clinic where nurses called 35 patients weekly",
                "reminders keep it in mind",
                "better control",
            ),
        ],
    )
    assert "'7'" in told, told
    assert "'40,000'" in told, told
    assert "'35'" in told, told
