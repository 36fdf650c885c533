"""Small hand-made CMO statements shared by the merge and embedding tests: two clear configurations."""

from __future__ import annotations

import itertools

from cmo.models import Domain, Statement


def st(sid, context="", mechanism="", outcome="", **kw) -> Statement:
    return Statement(id=sid, source=f"src-{sid}", context=context, mechanism=mechanism, outcome=outcome, **kw)


PEER = [
    st(
        "S1",
        "Isolated older patients with diabetes",
        "Meeting peers at group visits corrected misconceptions about diet",
        "Greater confidence in self-management",
    ),
    st(
        "S2",
        "Lonely adults living with diabetes",
        "Contact with fellow patients in the group clinic put right their mistaken beliefs about food",
        "Improved self-efficacy",
    ),
    st(
        "S3",
        "Socially isolated patients",
        "Peers in shared appointments challenged false assumptions about the illness",
        "More confident about managing their condition",
    ),
]
TRUST = [
    st(
        "S4",
        "A new university and community partnership",
        "Partners tested each other's trustworthiness during conflicts",
        "Trust grew and goals were met",
    ),
    st(
        "S5",
        "An early academic-community coalition",
        "Resolving disagreements built trust between researchers and community members",
        "Sustained trust and later goals reached",
    ),
    st(
        "S6",
        "Community members suspicious of researchers",
        "Trust was tested and reaffirmed through conflict between partners",
        "Trust was sustained over years",
    ),
]


DOMAINS = [
    Domain(
        slug="peer-support",
        name="Peer support in group clinics",
        description="How patients learn from other patients with the same condition in group visits.",
    ),
    Domain(
        slug="partnerships",
        name="Research partnerships",
        description="How trust between university researchers and community partners is built.",
    ),
]


def ids(prefix="C"):
    numbers = itertools.count(1)
    return lambda: f"{prefix}{next(numbers)}"
