"""`cmo history`: the audit trail of a configuration, statement, source or domain, from the append-only history."""

from __future__ import annotations

from cmo.errors import NotFound
from cmo.models import Decision
from cmo.outputs.events import history_entry  # noqa: F401  (how `cmo history` tells each entry, as `cmo serve` does)
from cmo.review import Review


def history(review: Review, target: str) -> list[Decision]:
    """A configuration or statement (any case, or a table's "CMO 1.2"), or anything else a decision names: a source
    key, a domain slug."""
    named = review.store.history(target)
    return named or review.store.history(history_target(review, target))


def history_target(review: Review, target: str) -> str:
    """The id a history is asked of: as written where decisions or a source have it, else a configuration or
    statement as people type them (`configuration_id`)."""
    if review.store.history(target) or review.store.source(target) is not None:
        return target
    if file := _file_named(review, target):
        return file
    from cmo.commands.configs import configuration_id

    found = configuration_id(review, target)
    if review.store.configuration(found) is None and review.store.statement(found) is None:
        raise NotFound(
            f"'{target.strip()}' is neither a configuration, a statement, a source nor a file ingested in this review."
        )
    return found


def _file_named(review: Review, target: str) -> str:
    """The name an ingest recorded a file by, where `target` is that file (its name, or a path to it), ingested or
    withdrawn since (probe 40: a file ingested and never withdrawn was refused); '' otherwise."""
    from pathlib import PurePath

    from cmo.commands.ingest import withdrawn_before

    name = PurePath(target.strip()).name
    if not name:
        return ""
    store = review.store
    return name if any(row["name"] == name for row in store.files()) or withdrawn_before(store, name) else ""
