"""What refine proposes, and says of it (session 41, trials AR 2, AR 7 and the re-check of AO).

- AR 2: nine statements joined on "fewer, preterm" were shown "proposed together: outcome: fewer, preterm" yet never said
  to be joined on outcome words alone, as two of them shared a context word. The words said are the words shown.
- AO (re-check): refine proposed a configuration and, in the same run, said "they may be one outcome reached by
  different mechanisms": it now says once what it was proposed on and what the reviewer is to read.
- AR 7: a statement standing alone was told to change its coded domain to join another lone statement it was only just
  as like as the review merges, sharing one mechanism word; a lone configuration has no members' likeness, so the bar is
  how alike the review's configurations' members usually are.
Other topics: falls prevention in older people, school meals, and community pharmacy."""

from __future__ import annotations

import itertools

from sheet_reviews import refined_together

from cmo.models import Domain, Statement
from cmo.synthesis.explain import no_mechanism_shared
from cmo.synthesis.merge import propose


def _s(sid: str, context: str, mechanism: str, outcome: str, domain: str | None = None) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome, domain=domain)


FALLS = [
    _s("S1", "Older people living alone in rural villages", "a physiotherapist sets strength exercises at home", "fewer falls"),
    _s("S2", "Care home residents with dementia", "night lighting is fitted in every corridor", "fewer falls at night"),
    _s("S3", "Older people living alone in council flats", "a pharmacist reviews sedative medicines", "falls are fewer"),
    _s("S4", "Hospital inpatients over eighty", "bed alarms alert nurses when they stand", "fewer falls on the ward"),
    _s("S5", "Retired miners with poor balance", "tai chi classes in the welfare hall", "fewer falls over a year"),
]


def test_a_large_configuration_shown_as_joined_on_outcome_words_is_said_so_though_two_members_share_a_context_word():
    assert set(no_mechanism_shared(FALLS[:2])["outcome"]) == {"fewer", "falls"}
    # S1 and S3 share "older people living alone", but no context or mechanism word is shared by half of the five
    assert no_mechanism_shared(FALLS).keys() == {"outcome"}
    assert set(no_mechanism_shared(FALLS)["outcome"]) == {"fewer", "falls"}


def test_a_configuration_most_of_whose_members_share_a_mechanism_word_is_not_said_to_rest_on_its_outcome():
    shared = [
        _s("S6", "Older people after a fall", "strength exercises at home twice a week", "fewer falls"),
        _s("S7", "Older people with osteoporosis", "strength exercises in a group", "fewer falls"),
        _s("S8", "Care home residents", "strength exercises with a carer", "fewer falls"),
    ]
    assert no_mechanism_shared(shared) is None
    assert no_mechanism_shared(shared[:2] + FALLS[1:2]) is None  # two of three share "strength exercises": half of them


def test_refine_says_an_outcome_only_configuration_once_without_doubting_its_own_proposal(cmo, tmp_path):
    out = refined_together(
        cmo,
        tmp_path,
        "Public Health Nutrition",
        2019,
        [("Okafor", "Breakfast clubs in primary schools"), ("Lindgren", "Free school lunches in Sweden")],
        "okafor2019breakfast,Pupils arriving hungry at inner-city primary schools,a breakfast club opens before lessons,"
        "pupils concentrate better in class\n"
        "lindgren2019free,Teenagers in Swedish municipalities,a free hot lunch is served to every child,"
        "pupils concentrate better\n",
    )
    (config,) = cmo.json("configs", "list")
    cid = config["id"]
    assert out.count(f"{cid} was proposed on no mechanism word in common (") == 1
    assert "may be one outcome" not in out  # refine proposing it and doubting it at once
    assert "Read their mechanisms: two ways to one outcome are two configurations" in out
    assert f"'cmo configs split {cid} --statements S2' if so" in out


PHARMACY = [
    # two tight configurations of the "advice" domain: their members are very alike
    _s("S1", "Customers buying cough medicine", "the pharmacist asks about their symptoms", "no antibiotics asked", "advice"),
    _s(
        "S2",
        "Customers buying cough medicine for children",
        "the pharmacist asks about symptoms",
        "no antibiotics asked",
        "advice",
    ),
    _s(
        "S3",
        "Adults collecting blood pressure tablets",
        "the pharmacist checks their blood pressure",
        "doses adjusted sooner",
        "advice",
    ),
    _s(
        "S4",
        "Older adults collecting blood pressure tablets",
        "the pharmacist checks blood pressure",
        "doses adjusted sooner",
        "advice",
    ),
    # a lone statement in "advice", a lone one in "staffing": one mechanism word in common
    _s("S5", "Parents of babies with colic", "a calm manner reassures them", "parents feel less anxious", "advice"),
    _s(
        "S6",
        "Locum pharmacists covering rural branches",
        "a heavy manner of working every weekend",
        "locums leave the role",
        "staffing",
    ),
]
DOMAINS = [
    Domain(slug="advice", name="Advice at the counter", description="pharmacists advising customers"),
    Domain(slug="staffing", name="Pharmacy staffing", description="locums, rotas and retention"),
]


def test_a_lone_statement_is_not_told_to_recode_its_domain_for_a_lone_one_it_is_only_just_as_like_as_the_cut():
    ids = (f"C{n}" for n in itertools.count(1))
    result = propose(PHARMACY, DOMAINS, next_id=lambda: next(ids), backend="lexical", threshold=0.02)
    home = {sid: c.id for c in result.configurations if not c.retired for sid in c.statements}
    assert home["S1"] == home["S2"] and home["S3"] == home["S4"]
    assert home["S5"] != home["S6"]
    assert "S5" not in result.coded_apart_near and "S6" not in result.coded_apart_near


def test_a_lone_statement_as_like_another_domain_lone_one_as_configurations_usually_are_is_still_told():
    twin = _s(
        "S6",
        "Parents of babies with colic",
        "a calm manner reassures them at the counter",
        "parents feel less anxious",
        "staffing",
    )
    ids = (f"C{n}" for n in itertools.count(1))
    result = propose([*PHARMACY[:5], twin], DOMAINS, next_id=lambda: next(ids), backend="lexical", threshold=0.02)
    assert "S5" in result.coded_apart_near or "S6" in result.coded_apart_near
