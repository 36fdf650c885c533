"""The evidence graph: typed nodes and edges, exports that load back, and the trace a reviewer asks for."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

import evidence_sample as sample
import networkx as nx
import pytest

from cmo.errors import BadInput, NotFound
from cmo.models import Configuration, Statement
from cmo.outputs.graph import build_graph, export_graph, graph_stats, load_graph, trace

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def G() -> nx.DiGraph:
    return build_graph(**sample.everything())


def kinds_of_nodes(graph) -> dict:
    counts = defaultdict(int)
    for _, kind in graph.nodes(data="kind"):
        counts[kind] += 1
    return dict(counts)


def test_nodes_and_edges_are_typed_and_retired_configurations_left_out(G):
    assert kinds_of_nodes(G) == {"domain": 3, "group": 2, "source": 7, "statement": 5, "configuration": 3}
    assert "configuration:C3" not in G
    assert G.edges["source:who2021", "statement:S1"]["kind"] == "supports"
    assert G.edges["statement:S1", "configuration:C1"]["kind"] == "member_of"
    assert G.edges["statement:S3", "configuration:C1"]["kind"] == "contradicts"
    assert G.edges["configuration:C1", "domain:safety"]["kind"] == "in"
    assert G.edges["statement:S1", "group:cyp"]["kind"] == "tagged"
    assert G.edges["configuration:C1", "group:cyp"]["kind"] == "tagged"
    assert all(data.get("label") for _, data in G.nodes(data=True))


def test_a_statement_flagged_contradicting_contradicts_the_configuration_it_sits_in():
    statements = [Statement(id="S1", source="a", contradicts=True), Statement(id="S2", source="a")]
    configs = [Configuration(id="C1", statements=["S1", "S2"])]
    G = build_graph([], statements, configs, [], [])
    assert G.edges["statement:S1", "configuration:C1"]["kind"] == "contradicts"
    assert G.edges["statement:S2", "configuration:C1"]["kind"] == "member_of"


def test_stats_name_the_loose_ends(G):
    stats = graph_stats(G)
    assert stats["nodes_by_kind"]["source"] == 7
    assert stats["edges_by_kind"] == {"supports": 5, "member_of": 4, "contradicts": 1, "in": 3, "tagged": 2}
    assert stats["edges"] == G.number_of_edges() == 15
    assert stats["sources_without_statements_keys"] == ["cole2018", "lonely2016", "ng2017", "tbd2022"]
    assert stats["statements_without_configuration"] == 0
    assert stats["unknown_references"] == []


def test_references_to_unknown_ids_become_placeholders_not_silent_gaps():
    G = build_graph(
        [],
        [Statement(id="S1", source="ghost", groups=["nobody"])],
        [Configuration(id="C1", statements=["S1", "S99"], domain="nowhere")],
        [],
        [],
    )
    stats = graph_stats(G)
    assert stats["unknown_references"] == ["domain:nowhere", "group:nobody", "source:ghost", "statement:S99"]
    assert G.nodes["source:ghost"]["known"] is False


def test_graphml_loads_back_with_the_same_nodes_edges_and_kinds(G, tmp_path):
    path = export_graph(G, tmp_path / "review.graphml")
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == G.number_of_nodes()
    assert back.number_of_edges() == G.number_of_edges()
    assert kinds_of_nodes(back) == kinds_of_nodes(G)
    who = back.nodes["source:who2021"]
    assert who["title"] == sample.NASTY_TITLE
    assert who["authors"] == "World Health Organization; van der Berg, Jan; Müller, José"
    assert who["year"] == 2021 and who["grey"] is True
    assert back.nodes["source:evil"]["title"] == "<img src=x onerror=\"document.title='pwned'\"> bad"
    assert back.edges["statement:S3", "configuration:C1"]["kind"] == "contradicts"
    assert all("label" in data for _, data in back.nodes(data=True))


def test_node_link_json_loads_and_traces(G, tmp_path):
    path = export_graph(G, tmp_path / "review.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    back = load_graph(data)
    assert back.number_of_nodes() == G.number_of_nodes()
    assert back.number_of_edges() == G.number_of_edges()
    assert back.nodes["statement:S1"]["groups"] == ["cyp"]
    assert trace(data, "C1") == trace(G, "C1")


def test_unknown_graph_extension_is_refused(G, tmp_path):
    with pytest.raises(BadInput, match="review.gexf"):
        export_graph(G, tmp_path / "review.gexf")
    assert not (tmp_path / "review.gexf").exists()


def test_trace_from_a_configuration_reaches_every_source_with_quotes_and_pages(G):
    thread = trace(G, "C1")
    assert thread["id"] == "C1" and thread["kind"] == "configuration"
    assert [(s["id"], s["source"], s["quote"], s["page"], s["contradicts"]) for s in thread["statements"]] == [
        ("S1", "who2021", "they whispered <b>so</b> as not to be heard", "12", False),
        ("S3", "evil", '=HYPERLINK("http://x")', "", True),
    ]
    assert [s["key"] for s in thread["sources"]] == ["who2021", "evil"]
    who = thread["sources"][0]
    assert who["title"] == sample.NASTY_TITLE and who["doi"] == "10.1000/who.2021_5"
    assert who["authors"][0] == "World Health Organization" and who["grey"] is True and who["year"] == 2021


def test_trace_from_a_statement_a_domain_and_prefixed_ids(G):
    assert trace(G, "statement:S2")["sources"][0]["key"] == "smith2020"
    safety = trace(G, "safety")
    assert safety["kind"] == "domain"
    assert [s["id"] for s in safety["statements"]] == ["S1", "S3", "S10"]
    assert {s["key"] for s in safety["sources"]} == {"who2021", "evil"}


def test_trace_of_an_unknown_or_retired_id_names_it(G):
    with pytest.raises(NotFound, match="'C99'"):
        trace(G, "C99")
    with pytest.raises(NotFound, match="'C3'"):
        trace(G, "C3")


def test_merge_benchmark_statements_trace_back_to_their_sources(tmp_path):
    """Real coded statements from the shared merge benchmark, grouped by their answer-key configuration."""
    path = SHARED / "benchmarks" / "merge_dev" / "statements.csv"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    statements = [
        Statement(
            id=r["id"],
            source=r["source"],
            context=r["context"],
            mechanism=r["mechanism"],
            outcome=r["outcome"],
            quote=r["quote"],
            page=r["page"],
        )
        for r in rows
    ]
    clusters: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        clusters[row["truth_config"]].append(row["id"])
    configs = [Configuration(id=f"C{i}", title=name, statements=ids) for i, (name, ids) in enumerate(sorted(clusters.items()), 1)]
    G = build_graph([], statements, configs, [], [])
    by_id = {r["id"]: r for r in rows}
    for config in configs:
        thread = trace(G, config.id)
        assert [s["id"] for s in thread["statements"]] == sorted(config.statements, key=lambda s: int(s[1:]))
        assert {s["key"] for s in thread["sources"]} == {by_id[s]["source"] for s in config.statements}
        assert all(s["quote"] == by_id[s["id"]]["quote"] for s in thread["statements"])
    back = nx.read_graphml(export_graph(G, tmp_path / "bench.graphml"))
    assert back.number_of_edges() == G.number_of_edges() == 2 * len(rows)


def test_a_trace_reads_only_what_it_walks_and_says_what_the_whole_graph_says(demo):
    from cmo.commands.graph import graph_around, review_graph
    from cmo.commands.review import open_review
    from cmo.outputs.graph import trace

    review = open_review(demo.folder)
    try:
        whole = review_graph(review)
        idents = [c.id for c in review.store.configurations()] + [s.id for s in review.store.statements()]
        idents += [s.key for s in review.store.sources()] + [d.slug for d in review.domains]
        for ident in idents:
            part = graph_around(review, ident)
            assert trace(part, ident) == trace(whole, ident), ident
            assert part.number_of_nodes() <= whole.number_of_nodes()
        assert graph_around(review, "C1").number_of_nodes() < whole.number_of_nodes() / 2
    finally:
        review.close()


def test_a_trace_of_a_retired_configuration_says_it_is_retired_and_where_to_read_why(demo):
    first, second = [c["id"] for c in demo.json("configs", "list")][:2]
    demo("configs", "merge", first, second)
    said = demo("trace", second, code=2).stderr
    assert f"configuration {second} was merged into {first}; its evidence is in {first} now ('cmo trace {first}'); " in said
    assert f"'cmo history {second}' says how and why." in said


def test_trace_of_a_detached_statement_says_a_person_detached_it(demo):
    """Trial B: `cmo trace S39` of a detached statement looked like any other; it is in no configuration on purpose."""
    before = demo.json("trace", "S20")["statements"][0]
    assert "detached" not in before
    demo("configs", "detach", "S20", "--note", "about wards, not remote care")
    assert demo.json("trace", "S20")["statements"][0]["detached"] is True
    assert "[detached by a person; 'cmo history S20' says why]" in demo("trace", "S20").stdout


def test_a_source_not_included_is_labelled_as_every_output_cites_it(G):
    labels = {data["ref"]: data["label"] for _, data in G.nodes(data=True) if data["kind"] == "source"}
    excluded = [ref for ref, label in labels.items() if label.endswith(" (excluded)")]
    assert excluded and labels["tbd2022"].endswith(" (unscreened)")
    assert all("(" not in label for ref, label in labels.items() if G.nodes[f"source:{ref}"]["status"] == "included")
