"""`cmo graph` and `cmo trace`: the review's evidence graph, built from the store on demand (it is never stored itself)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from cmo.outputs.graph import build_graph, export_graph, graph_stats
from cmo.outputs.graph import trace as trace_graph
from cmo.review import Review
from cmo.views import GraphStats, Trace


def review_graph(review: Review) -> nx.DiGraph:
    store = review.store
    return build_graph(store.sources(), store.statements(), store.configurations(), review.domains, review.groups)


def stats(review: Review) -> GraphStats:
    return GraphStats(**graph_stats(review_graph(review)))


def export(review: Review, path: Path) -> Path:
    """GraphML or node-link JSON, by the file's extension."""
    return export_graph(review_graph(review), path)


def trace(review: Review, identifier: str) -> Trace:
    return Trace(**trace_graph(review_graph(review), identifier))
