"""`cmo history`: the audit trail of a configuration, statement, source or domain, from the append-only history."""

from __future__ import annotations

from cmo.errors import NotFound
from cmo.models import Decision
from cmo.outputs.events import field_changes, round_told  # noqa: F401  (how `cmo history` tells each change)
from cmo.review import Review


def history(review: Review, target: str) -> list[Decision]:
    """A configuration or statement (any case), or anything else a decision names: a source key, a domain slug."""
    named = review.store.history(target)
    if named or review.store.source(target) is not None:
        return named
    target = target.upper()
    if review.store.configuration(target) is None and review.store.statement(target) is None:
        raise NotFound(f"'{target}' is neither a configuration, a statement nor a source in this review.")
    return review.store.history(target)
