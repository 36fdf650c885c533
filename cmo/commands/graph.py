"""The review's evidence graph, built from the store on demand (it is never stored itself)."""

from __future__ import annotations

import networkx as nx

from cmo.outputs.graph import build_graph
from cmo.review import Review


def review_graph(review: Review) -> nx.DiGraph:
    store = review.store
    return build_graph(store.sources(), store.statements(), store.configurations(), review.domains, review.groups)
