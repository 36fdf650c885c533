"""Trial DA (online STI testing for young people): `round close --check` asked the team to reword '16-24' out of a
configuration's key contexts ("C1 goes to the group in one of its 2 sources' words, naming '16-24' in its key
contexts"), though key contexts list whom each study was about, and an age band is exactly that. A figure giving
people's ages ("16-24 yr olds", "aged 65 to 80") is no study's own figure there; a sample's size still is (another
topic: smoking cessation, "a cohort of 40,000 smokers")."""

from __future__ import annotations

from sheet_reviews import cmo_run, review_from_rows


def _checked(tmp_path, rows):
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    worded = "people who would rather not be seen at a clinic"
    edited = cmo_run("configs", "edit", "C1", "--context", worded, "--by", "RT", cwd=review)
    assert edited.returncode in (0, 1), edited.stderr
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert checked.returncode in (0, 1), checked.stderr
    return checked.stderr


def test_an_age_band_in_key_contexts_is_whom_it_is_about(tmp_path):
    told = _checked(
        tmp_path,
        [
            ("aicken2016", "16-24 yr olds at further education colleges", "testing at home keeps it private", "test more often"),
            ("tomnay2014", "rural young people in small towns", "testing at home keeps it private", "test more often"),
        ],
    )
    assert "'16-24'" not in told, told


def test_a_sample_size_in_key_contexts_is_still_one_study_s(tmp_path):
    told = _checked(
        tmp_path,
        [
            ("quit2015", "a cohort of 40,000 smokers in Sweden", "text reminders keep quitting in mind", "more quit"),
            ("quit2018", "smokers attending a pharmacy", "text reminders keep quitting in mind", "more quit"),
        ],
    )
    assert "'40,000'" in told, told
