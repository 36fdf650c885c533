"""Trial CP: an outcome that fell short by a limiting quantifier ("less than half aware", "only 6% controlled") was read
as things going well, so refine joined "asymptomatic HTN, ppl dont seek checks → less than half aware" (Lamptey 2017)
with "community trust in CHWs → more pple screened" (Adler 2019), sharing one word, and counted it as support; and
"attrition rises" read as going well. (Those two still join, as one configuration seen from both sides: their
mechanisms share "people" and "check", more than the one word that keeps opposite sides apart.)"""

from __future__ import annotations

import pytest

from cmo.models import Statement
from cmo.synthesis.evidence import outcome_side


def _side(outcome: str) -> int:
    return outcome_side(Statement(id="S1", source="x", context="at home", mechanism="they are visited", outcome=outcome))


@pytest.mark.parametrize("outcome", ["less than half aware", "only 6% controlled", "fewer than half were followed up"])
def test_an_outcome_that_fell_short_tells_things_going_wrong(outcome):
    assert _side(outcome) == -1


@pytest.mark.parametrize("outcome", ["attrition rises", "staff attrition increased"])
def test_attrition_is_no_outcome_going_well(outcome):
    assert _side(outcome) != 1


@pytest.mark.parametrize(
    ("outcome", "side"),
    [("only a few dropped out", 0), ("fewer than half relapsed", 1), ("attrition fell", 0), ("more women attended", 1)],
)
def test_a_harm_limited_or_lessened_is_not_read_as_falling_short(outcome, side):
    """Must not fire (other topics: a smoking-cessation group, relapse prevention): a harm reached by few is spared."""
    assert _side(outcome) == side


def test_a_statement_in_another_language_tells_no_side_by_english_words():
    """Trial CP: 'Faible connaissance de l'HTA et mauvais contrôle' read as going well (no English word of harm in it),
    so it was kept apart from 'only 6% controlled', the same finding in English. An English one keeps its side."""
    french = Statement(
        id="S10",
        source="x",
        context="Adultes de Dakar",
        mechanism="Pas de contact régulier avec les services de santé",
        outcome="Faible connaissance de l'HTA et mauvais contrôle",
    )
    assert outcome_side(french) == 0
    assert _side("more women attended the clinic") == 1


def _by_words(sid: str, others: list[str]) -> bool:
    return True


def test_a_statement_in_another_language_is_no_side_to_go_against():
    """RH3, on the integrated code: once 'pts dont go to referal' read as a denial (the contraction typed without its
    apostrophe), refine listed it as going against C1, whose only other member is French ('Seulement 41% des référés
    consultent', the same shortfall), as if the French one said the outcome followed. English words cannot tell that
    side, so the French member holds nothing for the English one to go against."""
    from cmo.synthesis.evidence import proposed_against

    french = Statement(
        id="S3",
        source="seck",
        context="Adultes dépistés positifs référés au poste de santé",
        mechanism="Le coût du transport et la consultation payante découragent les patients",
        outcome="Seulement 41% des référés consultent",
    )
    english = Statement(
        id="S23",
        source="adler",
        context="pts referred to facility; drugs not on NHIS",
        mechanism="cost of drugs + transport deters pts",
        outcome="pts dont go to referal",
    )
    statements = {s.id: s for s in (french, english)}
    assert proposed_against(["S3", "S23"], statements, _by_words) == []


def test_english_members_still_go_against_each_other():
    """Must not fire (another topic: school meals): two English members, one whose outcome did not follow."""
    from cmo.synthesis.evidence import proposed_against

    held = Statement(
        id="S1", source="a", context="primary schools", mechanism="free meals relieve parents", outcome="attendance rose"
    )
    other = Statement(
        id="S2", source="b", context="primary schools", mechanism="free meals relieve parents", outcome="attendance did not rise"
    )
    third = Statement(
        id="S3", source="c", context="primary schools", mechanism="free meals relieve parents", outcome="attendance rose"
    )
    statements = {s.id: s for s in (held, other, third)}
    assert proposed_against(["S1", "S2", "S3"], statements, _by_words) == ["S2"]


def test_a_member_counted_beside_a_configuration_in_another_language_gives_its_context():
    """RH3, trial CP on the integrated code: C33 (French: 'Les gens ne se font pas mesurer la TA…' → 'Moins de la moitié
    des hypertendus connaissent leur statut') counts Lamptey's 'asymptomatic HTN, ppl dont seek checks → less than half
    aware' as support, but its context left the key contexts once 'dont' read as a denial: English words cannot compare
    it with French ones. Must not fire: beside an English configuration, a converse member's context stays out."""
    from cmo.models import Configuration
    from cmo.synthesis.evidence import supporting_contexts

    french = Statement(
        id="S9",
        source="pessinaba",
        context="Population générale Saint-Louis, pas de dépistage actif",
        mechanism="Les gens ne se font pas mesurer la TA car l'HTA ne donne pas de symptômes",
        outcome="Moins de la moitié des hypertendus connaissent leur statut",
    )
    english = Statement(
        id="S32",
        source="lamptey",
        context="Lower Manya Krobo, no community screening before ComHIP",
        mechanism="asymptomatic HTN, ppl dont seek checks",
        outcome="less than half aware",
    )
    config = Configuration(
        id="C33", title="t", context=french.context, mechanism=french.mechanism, outcome=french.outcome, statements=["S9", "S32"]
    )
    assert english.context in supporting_contexts(config, {"S9": french, "S32": english})

    held = Statement(
        id="S1",
        source="a",
        context="wards with a discharge nurse",
        mechanism="patients are asked what matters",
        outcome="felt prepared",
    )
    converse = Statement(
        id="S2",
        source="b",
        context="wards without a discharge nurse",
        mechanism="patients are not asked what matters",
        outcome="did not feel prepared",
    )
    worded = Configuration(
        id="C1", title="t", context=held.context, mechanism=held.mechanism, outcome=held.outcome, statements=["S1", "S2"]
    )
    assert converse.context not in supporting_contexts(worded, {"S1": held, "S2": converse})
