"""A member marked supporting whose context denies what the configuration's context says by 'not allowed to …' gives
no key context (helper N5, trial DB 6): 'families not allowed to stay' under 'wards where families can stay
overnight' is where it did not hold, never a context it is key to."""

from __future__ import annotations

from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import shown_key_contexts


def _shown(own: str, member_contexts: list[str], mechanism: str, outcome: str) -> str:
    statements = {
        f"S{n}": Statement(
            id=f"S{n}",
            source=f"study{n}",
            context=context,
            mechanism=mechanism,
            outcome=outcome,
            stance={"C1": "supporting"},  # as `cmo code mark S1 --supporting C1` leaves it
        )
        for n, context in enumerate(member_contexts, 1)
    }
    config = Configuration(id="C1", title="t", context=own, mechanism=mechanism, outcome=outcome, statements=list(statements))
    return shown_key_contexts(config, statements)


def test_a_marked_members_context_denying_what_the_configuration_allows_is_no_key_context():
    shown = _shown(
        "acute wards where families can stay overnight",
        ["families not allowed to stay", "Dutch rooming-in wards"],
        "carers help with meals and care",
        "patients less distressed",
    )
    assert shown == "Dutch rooming-in wards"


def test_a_member_denied_something_else_still_gives_its_context():
    """Must not fire (schools, not wards): a context denying what the configuration's context does not say
    ('not allowed to use phones' beside 'pupils can join clubs') is a key context as before."""
    shown = _shown(
        "schools where pupils can join after-school clubs",
        ["pupils not allowed to use phones", "rural schools"],
        "clubs give pupils a place to belong",
        "pupils attend school more",
    )
    assert shown == "Pupils not allowed to use phones; Rural schools"
