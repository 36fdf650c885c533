"""Re-check RH1 (trial CN's material on the integrated code): "delay" became a word of holding back (peer-naloxone
trial: "witnesses delay calling an ambulance"), and refine, then each round close, warned that S35 "women delay booking"
says the opposite of its configuration's "late booking for antenatal care". Putting a thing off and the thing coming
late are one finding; a thing done on time, or more, is still the opposite of putting it off."""

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import opposite_outcomes


def test_putting_a_thing_off_is_the_thing_coming_late():
    for held, done in [
        ("women delay booking", "late booking for antenatal care"),
        ("parents postpone vaccination", "vaccination given late"),
        ("witnesses delay calling an ambulance", "ambulance called late"),
    ]:
        assert not opposite_outcomes(held, done) and not opposite_outcomes(done, held), (held, done)


def test_a_thing_done_on_time_or_more_is_still_the_opposite_of_putting_it_off():
    for held, done in [
        ("parents postpone vaccination", "vaccination given on schedule"),
        ("parents postpone vaccination", "more children vaccinated"),
        ("witnesses delay calling an ambulance", "ambulance called at once"),
    ]:
        assert opposite_outcomes(held, done) and opposite_outcomes(done, held), (held, done)


def test_refine_does_not_warn_that_late_and_put_off_say_opposite_things(tmp_path):
    review = review_from_rows(
        tmp_path,
        [
            ("ahmed2019", "rural GP practices, no reminder letters", "parents forget the due date", "vaccination given late"),
            (
                "brown2021",
                "rural GP practices, no reminder letters",
                "parents forget the due date",
                "parents postpone vaccination",
            ),
        ],
    )
    done = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    said = done.stdout + done.stderr
    assert "C1 new: S1, S2" in said, said
    assert "says the opposite" not in said, said
