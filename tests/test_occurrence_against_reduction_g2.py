"""An outcome that says a thing is done ("antibiotics prescribed") beside one that says only that there was less of it
("fewer antibiotics") says the opposite (G2, a fault left by trial helpers: a configuration "relatives want antibiotics
→ antibiotics prescribed" took in "GP explains, families accept waiting → fewer antibiotics" and nothing was said,
though "more antibiotics" beside "fewer antibiotics" was). The member still counts as support until a person decides;
`cmo configs attach` says so with the commands that split it off or mark it (`evidence._done_where_made_less`). Topics:
antibiotics for children's coughs, and blood tests in general practice. Must not fire where the verb looks at the thing
("medicines reviewed", deprescribing), calls it off ("home visits are cancelled") or reports it ("falls reported")."""

from __future__ import annotations

import json

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import opposite_outcomes


@pytest.mark.parametrize(
    ("done", "less"),
    [
        ("antibiotics prescribed", "fewer antibiotics"),
        ("antibiotics are prescribed to satisfy relatives", "fewer antibiotics"),
        ("blood tests are ordered", "fewer blood tests"),
        ("scans requested", "fewer scans"),
    ],
)
def test_a_thing_done_is_the_opposite_of_less_of_it(done, less):
    """Fails on the old code: neither way round was read as opposite."""
    assert opposite_outcomes(done, less) and opposite_outcomes(less, done)


@pytest.mark.parametrize(
    ("done", "less"),
    [
        ("medicines reviewed", "fewer medicines"),
        ("home visits are cancelled", "fewer home visits"),
        ("falls reported", "fewer falls"),
        ("antibiotics prescribed", "fewer antibiotics for coughs than for sore throats"),
        ("children vaccinated", "fewer children"),
    ],
)
def test_a_verb_that_looks_at_calls_off_or_reports_a_thing_is_no_opposite_of_less_of_it(done, less):
    """Must not fire: reviewing medicines may well lead to fewer of them, a cancelled visit is one fewer, a fall
    reported says nothing of how many; where the other names more than its thing, or people, its own words decide."""
    assert not opposite_outcomes(done, less) and not opposite_outcomes(less, done)


def test_attaching_fewer_antibiotics_to_antibiotics_prescribed_says_so(tmp_path):
    """Fails on the old code: the attach said nothing."""
    context = "out-of-hours consultations for children with coughs"
    pressed = "relatives want antibiotics and the GP fears a complaint"
    review = review_from_rows(
        tmp_path,
        [
            ("cab2016", context, pressed, "antibiotics prescribed"),
            ("sti2002", context, pressed, "antibiotics are prescribed"),
            ("but1998", context, "the GP explains the illness and families accept waiting", "fewer antibiotics"),
        ],
    )
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    home = next(c for c in configs if "S1" in c["statements"])
    assert "S3" not in home["statements"]  # refine keeps it apart; a person attaches it
    attached = cmo_run("configs", "attach", "S3", "--to", home["id"], cwd=review)
    said = attached.stdout + attached.stderr
    assert f"S3 counts as supporting {home['id']}, though its outcome says the opposite" in said, said
    assert f"'cmo configs split {home['id']} --statements S3'" in said and "'cmo code mark S3 --contradicting" in said
