"""What supports and what contradicts a configuration: the one rule strength, tables, packs, the graph and refine use.

A statement the configuration holds supports it, unless it cuts against it. The reviewer's word comes
first: a stance set with `cmo code mark` (per configuration) is final. Without one, a member cuts against
it when it is in the configuration's `contradicting` list (refine proposes that list by `proposed_against`,
and merge, split and detach carry it along) or its coder flagged it `contradicts`; but a configuration is
never supported only by statements flagged against it: when every unmarked member would be flagged, none
is, for they are its support (a converse configuration, "deficit-focused messages → no improvement").
A detached statement has been taken out of the configuration's lists, so it is evidence for neither side.
Ids the review does not have name no source and are skipped when sources are counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from cmo.models import Configuration, Statement
from cmo.normalise import fold

NEGATIVE_OUTCOME = re.compile(
    r"\b(not|no(?! longer)|never|failed|fail|fails|failing|unchanged|neither|nor|"
    r"lack of|lacked|worse|worsened|worsening|declined|deteriorated|eroded|erosion|"
    r"ended|collapsed|discouraged|did n t|\w+n t|cannot|can not|unable|without effect|no effect|unsafe|harder|"
    r"less (?:safe|acceptable|effective|likely|able|accessible|helpful|engaged|satisfied))\b"
)


NEGATED_DECLINE = re.compile(
    r"\b(?:not|never|no longer|did n t|\w+n t|cannot|can not)\s+(?:\w+\s+)?"
    r"(?:drop|stop|quit|leave|left|lose|lost|fail|decline|worsen|relapse|disengage|withdr[ae]w|give up|gave up|miss|"
    r"avoid|deteriorat|fall|fell|end)\w*"
)
"""A denial of a decline ("did not drop out", "never missed a session", "no longer avoid the clinic"): two negatives,
which say the outcome held, so they are set aside before the wording rule looks for a denial."""


def outcome_is_negative(outcome: str) -> bool:
    """True when an outcome says the effect was absent or reversed ("did not", "no change"): the wording rule. A denied
    decline ("did not drop out") says it held."""
    return bool(NEGATIVE_OUTCOME.search(NEGATED_DECLINE.sub(" ", fold(outcome or ""))))


def outcome_asserted(outcome: str) -> str:
    """The outcome with the words that deny it set aside ("care was not kept going" → "care was kept going"): what a
    statement is about, to tell whether two statements speak of the same outcome, one saying it followed and one not."""
    return " ".join(NEGATIVE_OUTCOME.sub(" ", fold(outcome or "")).split())


def _stance(statement: Statement | None, config_id: str) -> str | None:
    return statement.stance.get(config_id) if statement is not None else None


def contradicting_ids(config: Configuration, statements: Mapping[str, Statement]) -> list[str]:
    """Members that cut against it (its list first): marked so, else listed or coder-flagged unless all would be."""
    said = {sid: _stance(statements.get(sid), config.id) for sid in config.statements}
    listed = set(config.contradicting)
    flagged = [
        sid
        for sid in config.statements
        if said[sid] is None and (sid in listed or (sid in statements and statements[sid].contradicts))
    ]
    unmarked = [sid for sid in config.statements if said[sid] is None]
    if flagged and len(flagged) == len(unmarked) and not any(s == "supporting" for s in said.values()):
        flagged = []
    against = set(flagged) | {sid for sid, s in said.items() if s == "contradicting"}
    members = set(config.statements)
    return [sid for sid in dict.fromkeys([*config.contradicting, *config.statements]) if sid in against and sid in members]


def supporting_ids(config: Configuration, statements: Mapping[str, Statement], against: list[str] | None = None) -> list[str]:
    """Its members that do not cut against it, in member order (`against`: its contradicting ids, when known)."""
    excluded = set(contradicting_ids(config, statements) if against is None else against)
    return [sid for sid in config.statements if sid not in excluded]


def supporting_contexts(config: Configuration, statements: Mapping[str, Statement]) -> list[str]:
    """The contexts of the members that support it, for its key contexts: a contradicting member's context is
    where the configuration did not hold, never one it is key to."""
    return [statements[sid].context for sid in supporting_ids(config, statements) if sid in statements]


def proposed_against(
    members: list[str], statements: Mapping[str, Statement], about_same: Callable[[str, list[str]], bool]
) -> list[str]:
    """The members refine lists as contradicting: the wording rule, where it makes sense.

    A member cuts against the configuration when its outcome is absent or reversed (or its coder flagged
    it) while others' outcome holds, and it is about the same context and mechanism as those others
    (`about_same(member, positive_members)`, the review's similarity above its corpus threshold): a
    converse statement, with another mechanism, supports rather than contradicts. Where more of the members
    about the same say the outcome did not follow than say it did (a null finding), that is what the
    configuration holds, and the members saying it did cut against it. Never all members.
    """
    positive = [sid for sid in members if statements[sid].outcome and not reads_against(statements[sid])]
    if not positive:
        return []
    negative = [sid for sid in members if sid not in positive and not statements[sid].contradicts and statements[sid].outcome]
    negative = [sid for sid in negative if about_same(sid, positive)]
    if len(negative) > len(positive):  # most of the like ones say it did not follow: what it holds; the rest cut against it
        flagged = [sid for sid in members if statements[sid].contradicts or (sid in positive and about_same(sid, negative))]
    else:
        flagged = [
            sid
            for sid in members
            if sid not in positive
            and (statements[sid].contradicts or (reads_against(statements[sid]) and about_same(sid, positive)))
        ]
    return [] if len(flagged) == len(members) else flagged


def reads_against(statement: Statement) -> bool:
    """Coder-flagged, or an outcome that is absent or reversed: the wording rule for one statement."""
    return statement.contradicts or bool(statement.outcome and outcome_is_negative(statement.outcome))


def sources_of(statement_ids: Iterable[str], statements: Mapping[str, Statement]) -> list[str]:
    """Source keys of the statements, each once, in first-seen order."""
    keys = [statements[sid].source for sid in statement_ids if sid in statements]
    return list(dict.fromkeys(keys))


def supporting_sources(
    config: Configuration, statements: Mapping[str, Statement], against: list[str] | None = None
) -> tuple[list[str], list[str]]:
    """(sources behind it, sources of the statements that contradict it); `against`: its contradicting ids, when
    known. `statements` may hold whole statements or their standing (`Store.statement_standings`)."""
    against = contradicting_ids(config, statements) if against is None else against
    return sources_of(supporting_ids(config, statements, against), statements), sources_of(against, statements)
