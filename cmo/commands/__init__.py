"""One module per CLI group: each command takes a review, does its work in one transaction, returns a view."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def writes(command: Callable[P, R]) -> Callable[P, R]:
    """Run a command that changes the review inside one write transaction, from its first read.

    SQLite's `BEGIN IMMEDIATE` takes the write lock before anything is read, so two commands at
    once run one after the other: the second sees what the first wrote (two imports of one sheet
    add its rows once; a round closed during a refine freezes what refine left), instead of both
    deciding on what they read before either wrote.
    """

    @wraps(command)
    def in_one_transaction(*args: P.args, **kwargs: P.kwargs) -> R:
        review = args[0] if args else kwargs["review"]
        with review.store.transaction():
            return command(*args, **kwargs)

    return in_one_transaction
