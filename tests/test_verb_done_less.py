"""Trial AX: "they use the portal less than white patients" sat in a configuration worded "portal use increases" and was
counted as its support (the evidence 'strong'), unsaid: the direction at the clause's end was read as said of "portal" alone,
another thing than "use". A direction word ending a clause whose verb takes an object is said of the verb with its
object ("use the portal less" → using the portal went down), so the member is said as telling the opposite, with the
mark that decides it. Tested on another topic: tenants and a housing office."""

from __future__ import annotations

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import point_opposite_ways, point_same_way


def test_a_verb_and_its_object_going_down_is_the_opposite_of_the_verbs_noun_going_up():
    assert point_opposite_ways("tenants visit the housing office less than before", "office visits increase")
    assert point_same_way("tenants visit the housing office more", "office visits increase")


def test_a_clause_with_no_verb_before_its_thing_reads_as_before():
    assert not point_opposite_ways("tenants visit the office less", "rent arrears increase")
    assert not point_opposite_ways("rent arrears are lower", "office visits increase")


def test_the_lessening_is_said_with_the_mark_that_decides_it(tmp_path):
    officer = "a named housing officer answers repair requests"
    rows = [
        ("okoro2020", "Tenants in council flats", officer, "office visits increase"),
        ("lamb2021", "Tenants in council flats", officer, "office visits increase in the first year"),
        ("ferris2022", "Tenants in council flats", officer, "tenants visit the office less than before"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2,S3", "--json", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    assert "S3 counts as supporting C1, though its outcome says the opposite of C1's" in made.stderr
    assert "cmo code mark S3 --contradicting C1" in made.stderr
