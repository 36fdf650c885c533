"""`cmo history`: the audit trail of a configuration or statement, from the append-only history."""

from __future__ import annotations

from cmo.errors import NotFound
from cmo.models import Decision
from cmo.review import Review


def history(review: Review, target: str) -> list[Decision]:
    target = target.upper()
    if review.store.configuration(target) is None and review.store.statement(target) is None:
        raise NotFound(f"'{target}' is neither a configuration nor a statement in this review.")
    return review.store.history(target)
