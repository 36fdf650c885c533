"""`cmo graph` and `cmo trace`: the review's evidence graph, built from the store on demand (it is never stored itself)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cmo.errors import CmoError
from cmo.fulltext.quotes import quote_in_context
from cmo.normalise import TABLE_NUMBER
from cmo.outputs.graph import Neighbourhood, build_graph, export_graph, graph_stats
from cmo.outputs.graph import trace as trace_graph
from cmo.outputs.tables import check_in_words
from cmo.review import Review
from cmo.views import GraphStats, Trace

if TYPE_CHECKING:
    import networkx as nx


def review_graph(review: Review) -> nx.DiGraph:
    store = review.store
    return build_graph(store.sources(), store.statements(), store.configurations(), review.domains, review.groups)


def stats(review: Review) -> GraphStats:
    return GraphStats(**graph_stats(review_graph(review)))


def export(review: Review, path: Path) -> Path:
    """GraphML or node-link JSON, by the file's extension."""
    return export_graph(review_graph(review), path)


def graph_around(review: Review, identifier: str) -> Neighbourhood:
    """The part of the evidence graph a trace of `identifier` walks: the configurations it concerns, their
    statements and those statements' sources. Built from those rows alone, so one trace does not read the whole
    review (50,000 sources); the trace it gives is the whole graph's (a test compares them)."""
    store = review.store
    ident = (identifier or "").strip()
    configs = store.configurations()
    statements: set[str] = set()
    keys: set[str] = set()
    by_id = {c.id: c for c in configs}
    if ident.upper() in by_id:
        chosen = [by_id[ident.upper()]]
    elif ident.upper() in {c.id for c in store.configurations(include_retired=True)}:
        from cmo.commands.configs import get_configuration

        get_configuration(review, ident)  # says it is retired, and where to read how
    elif (statement := store.statement(ident.upper())) is not None:
        if statement.deleted:  # trial K: "not a statement in this review", of one `code show` and `history` show
            raise CmoError(
                f"{statement.id} was deleted, so it is in no configuration and no output; 'cmo history {statement.id}' "
                f"says why and 'cmo code show {statement.id}' shows it."
            )
        statements.add(ident.upper())
        chosen = [c for c in configs if ident.upper() in c.statements or ident.upper() in c.contradicting]
    elif ident in {d.slug for d in review.domains}:
        chosen = [c for c in configs if c.domain == ident]
    else:
        own = store.statements(ident)
        statements |= {s.id for s in own}
        keys.add(ident)
        chosen = [c for c in configs if statements & (set(c.statements) | set(c.contradicting))]
    for config in chosen:
        statements |= set(config.statements) | set(config.contradicting)
    rows = [s for s in store.statements_with_ids(statements) if not s.deleted]
    keys |= {s.source for s in rows}
    from cmo.synthesis.evidence import remember_readings

    remember_readings(store.kept_readings({s.outcome for s in rows} | {c.outcome for c in chosen}))  # as the last write read them
    kept = store.kept_undecided(chosen)  # as the last write read them, where neither they nor a member changed
    return build_graph(
        store.sources_with_keys(keys), rows, chosen, review.domains, review.groups, graph=Neighbourhood(), undecided=kept
    )


def _source_named(review: Review, identifier: str) -> str:
    """A source named otherwise than by its key ("Cornes et al. (2017)", a key merged away by 'cmo sources merge', a
    linked record's own key) as its key, as every command that takes a source reads it (`sources.get_source`); anything
    else (a configuration, a statement, a domain, a key) as given (re-trial AA: `trace` refused a merged-away key)."""
    store, ident = review.store, identifier.strip()
    upper = ident.upper()
    if store.configuration(upper) is not None or store.statement(upper) is not None or store.source(ident) is not None:
        return identifier
    if ident in {d.slug for d in review.domains}:
        return identifier
    from cmo.commands.sources import get_source
    from cmo.errors import NotFound

    try:
        return get_source(review, ident, said=[]).key
    except NotFound:
        return identifier  # the trace says what it is not


def trace(review: Review, identifier: str) -> Trace:
    """The trace, each quote checked against its source's attached full text and shown in its context."""
    from cmo.commands.fulltext import QuoteChecker

    if TABLE_NUMBER.fullmatch(identifier.strip()):  # "CMO 1.2", as the report numbers it
        from cmo.commands.configs import configuration_id

        identifier = configuration_id(review, identifier)
    identifier = _source_named(review, identifier)
    found = trace_graph(graph_around(review, identifier), identifier)
    detached = {s.id for s in review.store.statement_standings(e["id"] for e in found["statements"]) if s.detached}
    for statement in found["statements"]:
        if statement["id"] in detached:
            statement["detached"] = True  # a person took it out of every configuration: the history says why
    if found["kind"] == "statement":  # where the statement counts: what a trace from a quote is asked first
        for statement in found["statements"]:
            statement["configurations"] = [c.id for c in review.store.configurations_holding(statement["id"])]
    checker = QuoteChecker(review)
    for statement in found["statements"]:
        quote, source = statement.get("quote") or "", statement.get("source") or ""
        if not quote.strip() or not source:
            continue
        checked = checker.check(quote, statement.get("page") or "", source)
        if checked.status == "no_fulltext":
            continue
        statement["quote_check"] = checked.status
        statement["quote_checked"] = check_in_words(checked.status, statement.get("page") or "", checked.found_page)
        if checked.found_page and checked.status != "not_found":
            statement["found_page"] = checked.found_page
            statement["in_context"] = quote_in_context(quote, checker.pages(source)[checked.found_page - 1])
    return Trace(**found, feedback=_cited(review, found))


def _cited(review: Review, found: dict) -> list[dict]:
    """The answers a traced configuration cites as evidence, each with the side it counts on (`counts_against`)."""
    from cmo.models import said_in_a_line

    config = review.store.configuration(found["id"]) if found["kind"] == "configuration" else None
    if config is None or not config.feedback_evidence:
        return []
    items = {item.id: item for item in review.store.feedback(replaced=True)}
    return [
        {
            "id": item.id,
            "round": item.round,
            "group": item.group,
            "rating": item.rating,
            "side": "contradicting" if config.counts_against(item) else "supporting",
            "said": said_in_a_line(item),
        }
        for fid in config.feedback_evidence
        if (item := items.get(fid)) is not None
    ]
