"""Writes based on what a person saw: refused when what they saw has changed since (the browser face's rule).

A page carries the version of each thing it shows (a configuration, a statement, a source); a write from it
names them. The check runs inside the write's own transaction, after `BEGIN IMMEDIATE`, so nothing can change
between the check and the write.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from cmo.commands import writes
from cmo.errors import CmoError
from cmo.review import Review

R = TypeVar("R")


class Stale(CmoError):
    """Someone changed what the page showed; nothing was written."""


def version_of(item) -> str:
    """A short fingerprint of a stored item as it is now (any pydantic model); None or missing: 'none'."""
    if item is None:
        return "none"
    return hashlib.sha256(item.model_dump_json().encode("utf-8")).hexdigest()[:16]


def current(review: Review, target: str) -> str:
    """The version of a configuration (C…), statement (S…) or source (its key) as stored now."""
    store = review.store
    if target[:1] == "C" and target[1:].isdigit():
        return version_of(store.configuration(target))
    if target[:1] == "S" and target[1:].isdigit():
        return version_of(store.statement(target))
    return version_of(store.source(target))


@writes
def unless_changed(review: Review, seen: dict[str, str], action: Callable[..., R], *args, **kwargs) -> R:
    """Run `action(review, *args, **kwargs)` only if every item in `seen` still has the version the page showed."""
    changed = sorted(t for t, version in seen.items() if current(review, t) != version)
    if changed:
        which = ", ".join(changed)
        raise Stale(f"someone changed {which} since you opened this page; nothing was written. Reload to see the change.")
    return action(review, *args, **kwargs)
