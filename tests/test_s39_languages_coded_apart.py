"""Trial AE: 13 of 24 configurations were single statements. Five of them were as like another configuration as the
review merges (at or above its threshold) and stood alone only because their coder had put them in another domain;
refine named for each a configuration below the threshold instead. The coded domain still wins; the merge now says
which configuration each such statement would have joined (`MergeResult.coded_apart_near`), for refine to say it with
the command that changes the domain. Another topic: school-based vaccination."""

from __future__ import annotations

import itertools

from cmo.models import Domain, Statement
from cmo.synthesis.merge import propose

DOMAINS = [
    Domain(slug="school", name="School organisation", description="how schools organise vaccination days and consent forms"),
    Domain(slug="parents", name="Parents' trust", description="what parents believe about vaccines and the school nurse"),
]


def _statements() -> list[Statement]:
    rows = [
        (
            "S1",
            "parents",
            "Schools where the nurse sends consent forms home a week before the vaccination day",
            "parents have time to ask the nurse their questions",
            "more consent forms are returned signed",
        ),
        (
            "S2",
            "school",
            "Schools where the nurse sends consent forms home a week before the vaccination day",
            "parents have time to ask their questions before signing",
            "more consent forms are returned",
        ),
        (
            "S3",
            "school",
            "Schools that hold vaccination days in the gym",
            "pupils queue together and calm each other",
            "fewer pupils faint or refuse on the day",
        ),
        (
            "S4",
            "parents",
            "Parents who read rumours about vaccines on social media",
            "they fear side effects",
            "they keep their child home on the vaccination day",
        ),
    ]
    return [
        Statement(id=sid, source=f"okafor{20 + i}", context=c, mechanism=m, outcome=o, domain=domain)
        for i, (sid, domain, c, m, o) in enumerate(rows)
    ]


def test_a_statement_kept_alone_by_its_coded_domain_names_the_configuration_it_would_have_joined():
    counter = itertools.count(1)
    result = propose(_statements(), DOMAINS, next_id=lambda: f"C{next(counter)}", backend="lexical")
    home = {sid: c.id for c in result.configurations if not c.retired for sid in c.statements}
    assert home["S1"] != home["S2"]  # the coder's domains still win
    assert result.coded_apart_near["S1"][0] == home["S2"]
    assert result.coded_apart_near["S2"][0] == home["S1"]
    assert result.coded_apart_near["S1"][1] >= result.threshold
    assert "S3" not in result.coded_apart_near and "S4" not in result.coded_apart_near  # nothing above the threshold
    assert result.alone_near.get("S1", ("", 0))[0] != home["S2"]  # the other list names only what it may join


def test_without_coded_domains_the_same_statements_join_and_nothing_is_said():
    counter = itertools.count(1)
    uncoded = [s.model_copy(update={"domain": None}) for s in _statements()]
    result = propose(uncoded, DOMAINS, next_id=lambda: f"C{next(counter)}", backend="lexical")
    home = {sid: c.id for c in result.configurations if not c.retired for sid in c.statements}
    assert home["S1"] == home["S2"]
    assert result.coded_apart_near == {}
