"""Left-overs of trial CJ (culturally adapted diabetes education for South Asian communities), fixed by helper LS.

Tests run on the shipped example (remote mental health care), another topic than the trial's.
"""

from __future__ import annotations

import re

SPANISH = (
    "--context",
    "Personas que esperan una cita en una clínica de salud mental comunitaria",
    "--mechanism",
    "sienten que el personal no las escucha",
    "--outcome",
    "abandonan el seguimiento",
)
ENGLISH = (
    "--context",
    "Young people on a waiting list for therapy",
    "--mechanism",
    "a weekly text from a named worker reassures them they are not forgotten",
    "--outcome",
    "fewer drop off the list",
)


def test_a_statement_no_configuration_is_liker_to_than_unrelated_statements_gets_no_suggestion(demo):
    """Trial CJ 18: a statement coded in Urdu was told it was "most like C12 (0.090)" where the review merged at 0.231:
    a score at the level of two unrelated statements of the review names nothing. An English statement with a
    configuration above that level is still pointed at it."""
    demo("code", "add", "--source", "arya2021black", *SPANISH)
    demo("code", "add", "--source", "arya2021black", *ENGLISH)
    said = demo("refine").stderr
    far = re.search(
        r"^(S\d+) stands alone in (C\d+); no configuration is close to it: .*\(([\d.]+)\), so none is suggested", said, re.M
    )
    assert far, said
    spanish = far[1]
    assert not re.search(rf"^{spanish} stands alone in C\d+; it is (?:most|about as) like", said, re.M)
    near = re.findall(r"^(S\d+) stands alone in C\d+; it is (?:most|about as) like C\d+ \(([\d.]+)", said, re.M)
    assert [sid for sid, _ in near] == [f"S{int(spanish[1:]) + 1}"]  # the English one keeps its hint
    assert all(float(score) > float(far[3]) for _, score in near)
