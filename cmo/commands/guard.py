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


# What the machine says of a configuration beside what it is: why refine proposed its statements together (their mean
# similarity, which every statement coded anywhere shifts), the statements it may take, how sure the domain guess is.
# Refine rewrites them on every run, with no decision in the history; a page's write is checked against what a person
# decides on (the words, members, marks, domain, acceptance), so a refine that changed only these refuses nothing.
MACHINE_NOTES = {"why", "suggested", "domain_confidence"}


def version_of(item, round_number: int | None = None) -> str:
    """A short fingerprint of a stored item as it is now (any pydantic model); None or missing: 'none'. A
    configuration's is taken with the round it is shown in (`configuration_version`) and without the machine's notes."""
    if item is None:
        return "none"
    words = item.model_dump_json(exclude=MACHINE_NOTES) + ("" if round_number is None else f"\x1fround {round_number}")
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:16]


def configuration_version(review: Review, config) -> str:
    """A configuration's version as a page shows it: with the round open then, so a decision from a page opened before
    that round closed (and its packs froze the configuration as the group reads it) is out of date, as after any change
    a person could decide on (never refine's notes alone: `MACHINE_NOTES`)."""
    return version_of(config, review.store.current_round())


def current(review: Review, target: str) -> str:
    """The version of a configuration (C…), statement (S…) or source (its key) as stored now."""
    store = review.store
    if target[:1] == "C" and target[1:].isdigit():
        return configuration_version(review, store.configuration(target))
    if target[:1] == "S" and target[1:].isdigit():
        return version_of(store.statement(target))
    return version_of(store.source(target))


def _only_a_round_closed(review: Review, target: str, version: str) -> bool:
    """The page showed `target` as it is now, in a round closed since (the first closing pins a configuration refine
    proposed, so refine keeps it as the packs show it: that pin alone is the round's, no one's change)."""
    if not (target[:1] == "C" and target[1:].isdigit()):
        return False
    config, now = review.store.configuration(target), review.store.current_round()
    as_shown = [config]
    decisions = review.store.history(target)
    if config.pinned and decisions and decisions[-1].action == "close-round":  # closing pinned what refine proposed
        as_shown.append(config.model_copy(update={"pinned": False}))
    return any(version_of(shown, earlier) == version for shown in as_shown for earlier in range(1, now))


@writes
def unless_changed(review: Review, seen: dict[str, str], action: Callable[..., R], *args, **kwargs) -> R:
    """Run `action(review, *args, **kwargs)` only if every item in `seen` still has the version the page showed."""
    changed = sorted(t for t, version in seen.items() if current(review, t) != version)
    if changed and all(_only_a_round_closed(review, t, seen[t]) for t in changed):
        closed, which = review.store.current_round() - 1, ", ".join(changed)
        raise Stale(
            f"round {closed} was closed since you opened this page, freezing {which} as its packs show it; nothing was "
            f"written: a decision now is round {closed + 1}'s."
        )
    if changed:
        which = ", ".join(changed)
        raise Stale(f"someone changed {which} since you opened this page; nothing was written. Reload to see the change.")
    return action(review, *args, **kwargs)
