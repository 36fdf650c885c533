"""What supports and what contradicts a configuration: the one rule strength, tables, packs and the graph use.

A statement the configuration holds supports it, unless it cuts against it: it is in the
configuration's `contradicting` list (refine puts members whose outcome did not follow there, and
merge, split and detach carry the list along) or its coder flagged it `contradicts`. A detached
statement has been taken out of the configuration's lists, so it is evidence for neither side.
Ids the review does not have name no source and are skipped when sources are counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from cmo.models import Configuration, Statement


def contradicting_ids(config: Configuration, statements: Mapping[str, Statement]) -> list[str]:
    """Statements that cut against it: its `contradicting` list, then members their coder flagged."""
    flagged = [sid for sid in config.statements if sid in statements and statements[sid].contradicts]
    return list(dict.fromkeys([*config.contradicting, *flagged]))


def supporting_ids(config: Configuration, statements: Mapping[str, Statement]) -> list[str]:
    """Its members that do not cut against it, in member order."""
    against = set(contradicting_ids(config, statements))
    return [sid for sid in config.statements if sid not in against]


def sources_of(statement_ids: Iterable[str], statements: Mapping[str, Statement]) -> list[str]:
    """Source keys of the statements, each once, in first-seen order."""
    keys = [statements[sid].source for sid in statement_ids if sid in statements]
    return list(dict.fromkeys(keys))


def supporting_sources(config: Configuration, statements: Mapping[str, Statement]) -> tuple[list[str], list[str]]:
    """(sources behind it, sources of the statements that contradict it)."""
    support, against = supporting_ids(config, statements), contradicting_ids(config, statements)
    return sources_of(support, statements), sources_of(against, statements)
