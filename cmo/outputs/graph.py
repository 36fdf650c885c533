"""The evidence graph: which sources back which statements, and which statements each configuration rests on.

Model (one edge per pair, so a plain DiGraph):

    source ──supports──► statement ──member_of──► configuration ──in──► domain
                                   ├─contradicts─►        │
                                   └─undecided───►        │
    statement / configuration ──tagged──► group ◄─────────┘

A source always *supports* the statement coded from it: the statement is what the source says.
Whether that statement backs or cuts against a configuration is a property of the link between
statement and configuration, so the stance sits on that edge: `contradicts` when the statement
is in the configuration's `contradicting` list (or is flagged `contradicts` by its coder),
`undecided` when it counts on neither side until a person marks it (`evidence.undecided_ids`: its outcome reads as
not following and nobody marked it; drawn as support, it read as a finding the review rests on), `member_of`
otherwise. Retired configurations are left out. Ids a statement or configuration
refers to that the review does not have (a source key, a domain or group slug) become
placeholder nodes with `known=False`, so nothing silently disappears from the picture.

The graph is a derived view, rebuilt from the store whenever it is needed.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING

from cmo.bib.citations import citing, short_cite
from cmo.errors import BadInput, NotFound
from cmo.files import atomic_file, atomic_write_text
from cmo.models import Configuration, Domain, Source, Statement
from cmo.normalise import natural_key
from cmo.outputs.tables import citation_status, cited_as
from cmo.synthesis.evidence import contradicting_ids, undecided_ids

if TYPE_CHECKING:
    import networkx as nx

KINDS = ("source", "statement", "configuration", "domain", "group")
MEMBER_EDGES = ("member_of", "contradicts", "undecided")
"""The kinds of edge from a statement to a configuration it is in: its side there."""
_SAID_FIRST = ("member_of", "undecided", "contradicts")
"""Which side a statement reached through several configurations is said to have: the last of these it has in any."""
_LIST_SEPARATOR = "; "
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def node_id(kind: str, ident: str) -> str:
    return f"{kind}:{ident}"


class Neighbourhood:
    """The part of a networkx DiGraph's interface a trace walks (nodes and edges with their data, successors,
    predecessors), for the few dozen nodes around one configuration. Importing networkx costs a command 0.13 s,
    more than reading and walking what one trace needs; the whole graph (`cmo graph`) is always a networkx
    DiGraph, and a test checks that every trace of the small one equals the whole graph's."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict] = {}
        self.edges: dict[tuple[str, str], dict] = {}
        self._next: dict[str, dict[str, None]] = {}
        self._previous: dict[str, dict[str, None]] = {}

    def __contains__(self, node: str) -> bool:
        return node in self.nodes

    def __len__(self) -> int:
        return len(self.nodes)

    def number_of_nodes(self) -> int:
        return len(self.nodes)

    def add_node(self, node: str, **data) -> None:
        self.nodes.setdefault(node, {}).update(data)
        self._next.setdefault(node, {})
        self._previous.setdefault(node, {})

    def add_edge(self, u: str, v: str, **data) -> None:
        for node in (u, v):
            if node not in self.nodes:
                self.add_node(node)
        self.edges.setdefault((u, v), {}).update(data)
        self._next[u][v] = self._previous[v][u] = None

    def successors(self, node: str):
        return iter(self._next[node])

    def predecessors(self, node: str):
        return iter(self._previous[node])


def build_graph(
    sources: list[Source],
    statements: list[Statement],
    configurations: list[Configuration],
    domains: list[dict],
    groups: list[dict],
    *,
    graph: Neighbourhood | None = None,
    undecided: dict[str, list[str]] | None = None,
) -> nx.DiGraph:
    """The evidence graph as a networkx DiGraph, or into `graph` (a `Neighbourhood`) for one trace. The whole graph
    letters alike citations as every document does (`citing`); a trace holds only some sources, so it cannot.
    `undecided`: each configuration's members on neither side as the review kept them (`Store.kept_undecided`), so a
    trace reads no outcome again where they hold."""
    whole = graph is None
    if graph is None:
        import networkx as nx

        graph = nx.DiGraph()
    G = graph
    for domain in domains:
        _add_named(G, "domain", domain)
    for group in groups:
        _add_named(G, "group", group)
    with citing(sources) if whole else nullcontext():
        for source in sources:
            G.add_node(node_id("source", source.key), **_source_attributes(source))
    sides = _member_sides(statements, configurations, undecided or {})
    for statement in statements:
        _add_statement(G, statement)
    for config in configurations:
        if not config.retired:
            _add_configuration(G, config, sides)
    return G


def _add_named(G: nx.DiGraph, kind: str, item: dict | Domain) -> None:
    item = Domain.model_validate(item)
    G.add_node(
        node_id(kind, item.slug), kind=kind, ref=item.slug, label=item.name or item.slug, description=item.description, known=True
    )


def _ensure(G: nx.DiGraph, kind: str, ident: str) -> str:
    """The node for an id, as a placeholder when the review does not define it."""
    node = node_id(kind, ident)
    if node not in G:
        G.add_node(node, kind=kind, ref=ident, label=ident, known=False)
    return node


def _source_attributes(source: Source) -> dict:
    return {
        "kind": "source",
        "ref": source.key,
        "label": cited_as(short_cite(source), citation_status(source)),  # marked as every output marks it
        "known": True,
        "title": source.title,
        "authors": list(source.authors),
        "year": source.year,
        "type": source.type,
        "doi": source.doi,
        "url": source.url,
        "grey": source.grey,
        "status": source.status,
        "screening": source.screening,  # "maybe" where a screener left it undecided: no "unscreened" (trial AD)
        "origin": source.origin,
        "relevance": source.appraisal.relevance,
        "rigour": source.appraisal.rigour,
    }


def _add_statement(G: nx.DiGraph, statement: Statement) -> None:
    node = node_id("statement", statement.id)
    G.add_node(
        node,
        kind="statement",
        ref=statement.id,
        label=statement.id,
        known=True,
        context=statement.context,
        mechanism=statement.mechanism,
        outcome=statement.outcome,
        quote=statement.quote,
        page=statement.page,
        source=statement.source,
        coder=statement.coder,
        domain=statement.domain,
        groups=list(statement.groups),
        contradicts=statement.contradicts,
    )
    G.add_edge(_ensure(G, "source", statement.source), node, kind="supports")
    for group in statement.groups:
        G.add_edge(node, _ensure(G, "group", group), kind="tagged")


def _member_sides(
    statements: list[Statement], configurations: list[Configuration], kept: dict[str, list[str]]
) -> dict[tuple[str, str], str]:
    """(statement, configuration) links that are `contradicts` or `undecided` edges, by the one rule
    (`cmo.synthesis.evidence`), its undecided members as kept where they were (`kept`); every other member's is
    `member_of`."""
    by_id = {s.id: s for s in statements}
    sides = {}
    for config in configurations:
        if config.retired:
            continue
        against = contradicting_ids(config, by_id)
        undecided = kept[config.id] if config.id in kept else undecided_ids(config, by_id, against)
        sides |= {(sid, config.id): "undecided" for sid in undecided}
        sides |= {(sid, config.id): "contradicts" for sid in against}
    return sides


def _add_configuration(G: nx.DiGraph, config: Configuration, sides: dict[tuple[str, str], str]) -> None:
    node = node_id("configuration", config.id)
    G.add_node(
        node,
        kind="configuration",
        ref=config.id,
        known=True,
        label=f"{config.id} {config.title}".strip(),
        title=config.title,
        context=config.context,
        mechanism=config.mechanism,
        outcome=config.outcome,
        key_contexts=config.key_contexts,
        domain=config.domain,
        accepted=config.accepted,
        groups=list(config.groups),
    )
    for sid in dict.fromkeys([*config.statements, *config.contradicting]):
        G.add_edge(_ensure(G, "statement", sid), node, kind=sides.get((sid, config.id), "member_of"))
    if config.domain:
        G.add_edge(node, _ensure(G, "domain", config.domain), kind="in")
    for group in config.groups:
        G.add_edge(node, _ensure(G, "group", group), kind="tagged")


def graph_stats(G: nx.DiGraph) -> dict:
    """Counts a reviewer checks before trusting the picture: orphans and loose ends included."""
    nodes = Counter(kind for _, kind in G.nodes(data="kind"))
    edges = Counter(kind for _, _, kind in G.edges(data="kind"))
    lonely_sources = _without(G, "source", lambda n: not any(G.edges[n, t]["kind"] == "supports" for t in G.successors(n)))
    loose_statements = _without(G, "statement", lambda n: not any(G.edges[n, t]["kind"] in MEMBER_EDGES for t in G.successors(n)))
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "nodes_by_kind": {k: nodes.get(k, 0) for k in KINDS},
        "edges_by_kind": {  # "undecided" only where a member is: most reviews have none
            k: edges.get(k, 0) for k in ("supports", *MEMBER_EDGES, "in", "tagged") if k != "undecided" or edges.get(k)
        },
        "components": _weak_components(G),
        "unknown_references": sorted(n for n, known in G.nodes(data="known") if known is False),
        "sources_without_statements": len(lonely_sources),
        "sources_without_statements_keys": lonely_sources,
        "statements_without_configuration": len(loose_statements),
        "statements_without_configuration_ids": loose_statements,
    }


def _weak_components(G: nx.DiGraph) -> int:
    import networkx as nx

    return nx.number_weakly_connected_components(G) if len(G) else 0


def _without(G: nx.DiGraph, kind: str, test) -> list[str]:
    found = [data["ref"] for n, data in G.nodes(data=True) if data.get("kind") == kind and test(n)]
    return sorted(found, key=natural_key)


def export_graph(G: nx.DiGraph, path: str | Path) -> Path:
    """GraphML (Gephi, yEd, Cytoscape) or node-link JSON, chosen by the file's extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        with atomic_file(path) as handle:
            write_graphml(G, handle)
    elif suffix == ".json":
        import networkx as nx

        data = nx.node_link_data(G, edges="edges")
        atomic_write_text(path, json.dumps(data, ensure_ascii=False) + "\n")
    else:
        raise BadInput(f"{path}: the graph can be written as .graphml or .json, not '{suffix or 'no extension'}'.")
    return path


def write_graphml(G: nx.DiGraph, handle: IO[str]) -> None:
    """Stream GraphML with flattened attributes: lists joined, None dropped, XML-invalid characters removed.

    Written by hand rather than with `nx.write_graphml` because that builds the whole XML tree
    in memory first (7.5 s for a 50,000-source review against about 2 s streamed); the output
    reads back with `nx.read_graphml`, Gephi, yEd and Cytoscape.
    """
    from xml.sax.saxutils import escape, quoteattr  # here, not at the top: it imports urllib and http (30 ms for `cmo trace`)

    node_keys = _graphml_keys((data for _, data in G.nodes(data=True)), "n")
    edge_keys = _graphml_keys((data for _, _, data in G.edges(data=True)), "e")
    write = handle.write
    write(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    for scope, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, (key, kind) in keys.items():
            write(f'  <key id="{key}" for="{scope}" attr.name={quoteattr(_xml_text(name))} attr.type="{kind}" />\n')
    write('  <graph edgedefault="directed">\n')
    for node, data in G.nodes(data=True):
        line = f"    <node id={quoteattr(node)}>{_graphml_data(data, node_keys, escape)}</node>\n"
        write(_xml_text(line))
    for u, v, data in G.edges(data=True):
        line = f"    <edge source={quoteattr(u)} target={quoteattr(v)}>{_graphml_data(data, edge_keys, escape)}</edge>\n"
        write(_xml_text(line))
    write("  </graph>\n</graphml>\n")


_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _graphml_keys(rows, prefix: str) -> dict[str, tuple[str, str]]:
    """One key per attribute name; a name seen with two types is declared as string."""
    types: dict[str, str] = {}
    for data in rows:
        for name, value in data.items():
            if value is None:
                continue
            kind = _GRAPHML_TYPES.get(type(value), "string")
            if types.setdefault(name, kind) != kind:
                types[name] = "string"
    return {name: (f"{prefix}{i}", kind) for i, (name, kind) in enumerate(types.items())}


def _graphml_data(data: dict, keys: dict[str, tuple[str, str]], escape: Callable[[str], str]) -> str:
    parts = []
    for name, value in data.items():
        if value is None:
            continue
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, (list, tuple, set)):
            text = _LIST_SEPARATOR.join(str(v) for v in value)
        elif isinstance(value, dict):
            text = json.dumps(value, ensure_ascii=False)
        else:
            text = str(value)
        parts.append(f'<data key="{keys[name][0]}">{escape(text)}</data>')
    return "".join(parts)


def _xml_text(value) -> str:
    return _XML_INVALID.sub("", str(value))


def load_graph(data: dict) -> nx.DiGraph:
    """A graph back from node-link data as `export_graph` writes it."""
    import networkx as nx

    return nx.node_link_graph(data, directed=True, multigraph=False, edges="edges")


def trace(G: nx.DiGraph | Neighbourhood | dict, ident: str) -> dict:
    """From a configuration, statement or domain back to every source, with quotes and pages.

    `ident` may be bare (`C3`, `S12`, `safety`) or prefixed (`configuration:C3`).
    """
    if isinstance(G, dict):
        G = load_graph(G)
    node = _resolve(G, ident)
    kind = G.nodes[node]["kind"]
    links = _statement_links(G, node, kind)
    statements = [_statement_entry(G, s, side) for s, side in links]
    keys = list(dict.fromkeys(entry["source"] for entry in statements))
    return {
        "id": G.nodes[node]["ref"],
        "kind": kind,
        "statements": statements,
        "sources": [_source_entry(G, key) for key in keys],
    }


def _resolve(G: nx.DiGraph, ident: str) -> str:
    ident = (ident or "").strip()
    if ident in G and G.nodes[ident].get("known", True):
        return ident
    for kind in ("configuration", "statement", "domain", "source"):
        for spelling in (ident, ident.upper()) if kind in ("configuration", "statement") else (ident,):
            node = node_id(kind, spelling)
            if node in G and G.nodes[node].get("known", True):
                return node
    raise NotFound(f"'{ident}' is not a configuration, statement, domain or source in this review.")


def _statement_links(G: nx.DiGraph, node: str, kind: str) -> list[tuple[str, str]]:
    """Statements behind the node, each with its side in the configuration it was reached from (`MEMBER_EDGES`); from a
    statement, a domain or a source, "contradicts" where it contradicts any, else "undecided" where it is undecided in
    any, else "member_of"."""
    if kind == "statement":
        return [(node, _side_anywhere(G, node))]
    if kind == "configuration":
        links = [(u, G.edges[u, node]["kind"]) for u in G.predecessors(node) if G.edges[u, node]["kind"] in MEMBER_EDGES]
        return sorted(links, key=lambda link: natural_key(G.nodes[link[0]]["ref"]))
    if kind == "domain":
        configs = sorted(
            (u for u in G.predecessors(node) if G.edges[u, node]["kind"] == "in"), key=lambda c: natural_key(G.nodes[c]["ref"])
        )
        seen: dict[str, str] = {}
        for config in configs:
            for statement, side in _statement_links(G, config, "configuration"):
                seen[statement] = max(seen.get(statement, "member_of"), side, key=_SAID_FIRST.index)
        return list(seen.items())
    if kind == "source":
        found = [v for v in G.successors(node) if G.edges[node, v]["kind"] == "supports"]
        return [(s, _side_anywhere(G, s)) for s in sorted(found, key=lambda s: natural_key(G.nodes[s]["ref"]))]
    raise NotFound(f"'{G.nodes[node]['ref']}' is a {kind}; trace starts from a configuration, statement, domain or source.")


def _side_anywhere(G: nx.DiGraph, statement: str) -> str:
    sides = {G.edges[statement, v]["kind"] for v in G.successors(statement)} & set(MEMBER_EDGES)
    return max(sides, key=_SAID_FIRST.index, default="member_of")


def _statement_entry(G: nx.DiGraph, node: str, side: str) -> dict:
    data = G.nodes[node]
    source = data.get("source")
    if source is None:
        source = next((G.nodes[u]["ref"] for u in G.predecessors(node) if G.edges[u, node]["kind"] == "supports"), "")
    return {
        "id": data["ref"],
        "context": data.get("context", ""),
        "mechanism": data.get("mechanism", ""),
        "outcome": data.get("outcome", ""),
        "quote": data.get("quote", ""),
        "page": data.get("page", ""),
        "source": source,
        "contradicts": side == "contradicts",
        "undecided": side == "undecided",
    }


def _source_entry(G: nx.DiGraph, key: str) -> dict:
    data = G.nodes.get(node_id("source", key), {})
    return {
        "key": key,
        "title": data.get("title", ""),
        "year": data.get("year"),
        "authors": list(data.get("authors") or []),
        "doi": data.get("doi"),
        "url": data.get("url"),
        "grey": data.get("grey"),
        "status": data.get("status"),
        "screening": data.get("screening", data.get("status")),
        "known": data.get("known", False),
    }
