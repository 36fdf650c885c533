"""Trial AD F4: refine proposed "peers encourage them → mothers seek professional help" and "feel judged by the
volunteer → mothers do not find the support helpful" as one configuration on the outcome word "help" alone, and then
read the second as going against the first. Vetoing such merges lowers every benchmark (bench/bench_shared_terms.py),
so the merge still makes them; it now says which configurations it put together on outcome words alone, their
contexts and mechanisms sharing none (now `MergeResult.no_mechanism`: no mechanism word shared, session 42), for refine
to name with the split that parts them.
Another topic: stopping smoking."""

from __future__ import annotations

import itertools

from cmo.models import Domain, Statement
from cmo.synthesis.explain import common_terms, no_mechanism_shared
from cmo.synthesis.merge import propose

DOMAINS = [
    Domain(slug="clinics", name="Stop-smoking services", description="clinics, counsellors, quit dates and pharmacies"),
    Domain(slug="settings", name="Smoke-free settings", description="workplaces, schools and homes without smoking"),
]


def _s(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


QUIT_DATE = _s("S1", "Smokers attending a stop-smoking clinic", "a counsellor agrees a quit date with them", "smokers quit")
CO_READING = _s("S2", "Pregnant women at antenatal booking", "a carbon monoxide reading alarms them", "women quit")


def test_two_statements_sharing_only_an_outcome_word_are_named_with_that_word():
    assert no_mechanism_shared([QUIT_DATE, CO_READING]) == {"outcome": ["quit"]}


def test_a_shared_mechanism_word_means_they_were_put_together_on_a_mechanism_and_a_context_word_does_not():
    same_mechanism = _s("S3", "Pregnant women at booking", "a counsellor agrees a quit date at booking", "women quit")
    assert no_mechanism_shared([QUIT_DATE, same_mechanism]) is None
    one_word = _s("S3", "Pregnant women at booking", "a counsellor reads their carbon monoxide level", "women quit")
    assert no_mechanism_shared([QUIT_DATE, one_word])["alone"] == ["counsellor"]  # one word is not enough (session 43)
    same_context = _s("S4", "Smokers at a pharmacy", "free patches are handed over", "smokers quit")
    assert no_mechanism_shared([QUIT_DATE, same_context]) == {"context": ["smokers"], "outcome": ["quit", "smokers"]}
    assert no_mechanism_shared([QUIT_DATE]) is None  # one statement is put together with nothing


def test_a_word_most_mechanisms_use_is_no_shared_mechanism_word():
    """As "feel" was in the trial's mechanisms: a word so common it explains nothing does not make two mechanisms alike."""
    corpus = [
        _s("S1", "Smokers attending a stop-smoking clinic", "staff agree a quit date with them", "smokers quit"),
        _s("S2", "Pregnant women at antenatal booking", "staff show them a carbon monoxide reading", "women quit"),
        _s("S3", "Workplaces without a smoking shelter", "staff stop taking cigarette breaks together", "fewer smoked"),
        _s("S4", "Schools that ban vaping", "staff confiscate vapes", "pupils vape less"),
        _s("S5", "Homes with young children", "staff explain second-hand smoke", "parents smoke outdoors"),
    ]
    common = common_terms(corpus)
    assert "staff" in common["mechanism"]
    assert no_mechanism_shared(corpus[:2], common) == {"outcome": ["quit"], "everywhere": ["staff"]}  # said as such (re-check 44)
    alone = no_mechanism_shared(corpus[:2])  # without the review's common words, "staff" is a shared word, but one only
    assert alone is not None and alone["alone"] == ["staff"]


def _corpus() -> list[Statement]:
    return [
        QUIT_DATE,
        CO_READING,
        _s("S3", "Community pharmacies", "pharmacists hand over free nicotine patches", "patches used for longer"),
        _s("S4", "Community pharmacies in deprived areas", "pharmacists hand over free nicotine gum", "gum used daily"),
        _s("S5", "Workplaces without a smoking shelter", "colleagues stop taking cigarette breaks together", "fewer cigarettes"),
        _s("S6", "Secondary schools that ban vaping", "teachers confiscate vapes in lessons", "pupils vape less"),
        _s("S7", "Homes with a newborn baby", "midwives explain the risk of second-hand smoke", "parents smoke outdoors"),
        _s("S8", "Prisons going smoke-free", "officers remove tobacco from the canteen", "calmer wings"),
    ]


def test_refine_names_the_configuration_it_proposed_on_outcome_words_alone():
    counter = itertools.count(1)
    result = propose(_corpus(), DOMAINS, next_id=lambda: f"C{next(counter)}", backend="lexical")
    home = {sid: c.id for c in result.configurations if not c.retired for sid in c.statements}
    assert home["S1"] == home["S2"]  # still proposed together: the reviewer decides
    assert home["S3"] == home["S4"]
    assert result.no_mechanism == {home["S1"]: {"outcome": ["quit"]}}  # the pharmacies share their mechanism: not said


def test_a_configuration_a_person_pinned_is_not_questioned():
    counter = itertools.count(1)
    first = propose(_corpus(), DOMAINS, next_id=lambda: f"C{next(counter)}", backend="lexical")
    pinned = [c.model_copy(update={"pinned": True}) if "S1" in c.statements else c for c in first.configurations]
    again = propose(_corpus(), DOMAINS, pinned, next_id=lambda: f"C{next(counter)}", backend="lexical")
    assert again.no_mechanism == {}
