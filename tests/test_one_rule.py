"""Rules that exist once and every output uses: what supports or contradicts a configuration,
which member is central, how configurations are grouped by domain, and the jinja environment."""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path

import jinja2
import pytest
from statement_samples import DOMAINS, PEER, TRUST, ids

from cmo.models import Configuration, Source, Statement
from cmo.outputs.graph import build_graph
from cmo.outputs.packs import build_pack
from cmo.outputs.tables import UNASSIGNED, by_domain, domain_tables
from cmo.outputs.templating import environment
from cmo.synthesis.centrality import most_central
from cmo.synthesis.evidence import contradicting_ids, supporting_ids, supporting_sources
from cmo.synthesis.strength import evidence_strength

# ---- what supports and what contradicts a configuration ---------------------------------------

SOURCES = [
    Source(key="smith2020", type="article", title="Video therapy", authors=["Smith, Anna"], year=2020, status="included"),
    Source(key="jones2021", type="article", title="Phone therapy", authors=["Jones, Bo"], year=2021, status="included"),
    Source(key="who2022", type="report", title="Guidance", authors=["World Health Organization"], year=2022, grey=True),
    Source(key="lee2019", type="article", title="Apps", authors=["Lee, Cy"], year=2019, status="included"),
]
STATEMENTS = [
    Statement(id="S1", source="smith2020", context="At home", mechanism="feel safe", outcome="say more"),
    Statement(id="S2", source="jones2021", context="At home", mechanism="feel safe", outcome="say more"),
    Statement(id="S3", source="who2022", context="At home", mechanism="still worried", outcome="no change", contradicts=True),
    Statement(id="S4", source="lee2019", context="At home", mechanism="worry", outcome="said less"),
]
BY_ID = {s.id: s for s in STATEMENTS}
# S4 is refine's (or a person's) contradicting member; S3 its coder flagged; S9 the review does not have.
CONFIG = Configuration(
    id="C1",
    title="Privacy",
    context="At home",
    mechanism="feel safe",
    outcome="say more",
    domain="safety",
    statements=["S1", "S2", "S3", "S4", "S9"],
    contradicting=["S4"],
)


def test_listed_and_coder_flagged_statements_contradict_and_the_rest_support():
    assert contradicting_ids(CONFIG, BY_ID) == ["S4", "S3"]
    assert supporting_ids(CONFIG, BY_ID) == ["S1", "S2", "S9"]
    assert supporting_sources(CONFIG, BY_ID) == (["smith2020", "jones2021"], ["lee2019", "who2022"])


def test_a_detached_statement_is_evidence_for_neither_side():
    """Detach takes the statement out of both lists; the flag alone does not make it count."""
    detached = CONFIG.model_copy(update={"statements": ["S1", "S2", "S3"], "contradicting": []})
    statements = {**BY_ID, "S4": BY_ID["S4"].model_copy(update={"detached": True})}
    assert supporting_sources(detached, statements) == (["smith2020", "jones2021"], ["who2022"])


def test_table_graph_and_pack_take_sides_by_the_same_rule():
    row = domain_tables(SOURCES, STATEMENTS, [CONFIG], [{"slug": "safety", "name": "Safety"}], lambda c: ("limited", "x."))[
        0
    ].rows[0]
    assert (row.sources, row.contradicting_sources, row.contradicting) == (
        ["smith2020", "jones2021"],
        ["lee2019", "who2022"],
        ["S4", "S3"],
    )

    G = build_graph(SOURCES, STATEMENTS, [CONFIG], [], [])
    kinds = {sid: G.edges[f"statement:{sid}", "configuration:C1"]["kind"] for sid in ("S1", "S2", "S3", "S4")}
    assert kinds == {"S1": "member_of", "S2": "member_of", "S3": "contradicts", "S4": "contradicts"}

    html = build_pack(
        review={"title": "T", "question": "Q"},
        domains=[{"slug": "safety", "name": "Safety"}],
        groups=[],
        round_number=1,
        configurations=[CONFIG],
        previous=None,
        statements=BY_ID,
        sources={s.key: s for s in SOURCES},
        decisions=[],
        feedback=[],
        strength=lambda c: ("limited", "x."),
        today=date(2025, 1, 1),
    )
    c1 = html.split('<article class="cmo" id="cfg-C1"', 1)[1].split("</article>", 1)[0]
    behind, against = c1.split("Sources behind it", 1)[1].split("Evidence that goes against it", 1)
    assert "Smith (2020)" in behind and "Jones (2021)" in behind
    assert "Lee (2019)" not in behind and "World Health Organization" not in behind
    assert "Lee (2019)" in against and "World Health Organization (2022)" in against


def test_a_statement_its_coder_flagged_counts_against_in_the_strength_as_in_the_table_row():
    """The drift issue 10 found: strength counted a coder-flagged statement as support while the row listed it against."""
    config = Configuration(id="C2", domain="safety", statements=["S1", "S2", "S3"])
    sources = {s.key: s for s in SOURCES}
    strength = lambda c: evidence_strength(c, BY_ID, sources)  # noqa: E731
    row = domain_tables(SOURCES, STATEMENTS, [config], [{"slug": "safety", "name": "Safety"}], strength)[0].rows[0]
    assert (row.sources, row.contradicting_sources) == (["smith2020", "jones2021"], ["who2022"])
    assert row.strength_reason == "2 sources support it (2 peer-reviewed); 1 source reports the outcome did not follow."


# ---- which member is central -------------------------------------------------------------------


def test_refine_words_each_configuration_from_the_member_most_central_ranks_first():
    from cmo.synthesis.merge import propose

    everything = PEER + TRUST
    for config in [c for c in propose(everything, DOMAINS, next_id=ids()).configurations if not c.retired]:
        members = [s for s in everything if s.id in config.statements]
        assert config.mechanism == most_central(members, everything).mechanism, config.id


def test_split_and_detach_keep_wording_a_member_still_says_and_reword_from_the_member_refine_would_choose(demo):
    """A split or a detach is a decision about members, not wording: the configuration keeps its words while the
    member they came from stays (the trial's C9 was turned round by a split), and is worded again, as refine
    words, only when that member leaves."""
    from cmo.commands.review import open_review

    def central(statement_ids: list[str]) -> Statement:
        review = open_review(demo.folder)
        corpus = review.store.statements()
        members = [s for s in corpus if s.id in statement_ids and not s.contradicts]
        return most_central(members, corpus, review.settings.similarity, review.settings.model)

    def made(statements: str) -> dict:
        return demo.json("configs", "new", "--statements", statements, "--note", "made for the test")

    five = made("S13,S14,S24,S32,S33")
    source = central(five["statements"]).id
    others = [s for s in five["statements"] if s != source]
    new = demo.json("configs", "split", five["id"], "--statements", ",".join(others[:2]))
    assert new["mechanism"] == central(others[:2]).mechanism
    kept = demo.json("configs", "show", five["id"])
    assert kept["statements"] == [s for s in five["statements"] if s not in others[:2]]
    assert (kept["title"], kept["context"], kept["mechanism"], kept["outcome"]) == (
        five["title"],
        five["context"],
        five["mechanism"],
        five["outcome"],
    )
    demo.json("configs", "split", five["id"], "--statements", source)
    left = demo.json("configs", "show", five["id"])
    assert left["mechanism"] == central(left["statements"]).mechanism != five["mechanism"]

    # Worded, as an earlier refine of another corpus might have, from a member that is not the most central now.
    three = made("S2,S3,S4,S5")
    off_centre = next(s for s in three["statements"] if s != central(three["statements"]).id)
    with closing(open_review(demo.folder)) as review, review.store.transaction():
        config, member = review.store.configuration(three["id"]), review.store.statement(off_centre)
        words = {e: getattr(member, e) for e in ("context", "mechanism", "outcome")}
        review.store.put_configurations([config.model_copy(update=words)])
    bystanders = [s for s in three["statements"] if s != off_centre][:2]
    demo("configs", "split", three["id"], "--statements", ",".join(bystanders))
    assert demo.json("configs", "show", three["id"])["mechanism"] == words["mechanism"]

    four = made("S11,S12,S23,S25")
    worded_from = central(four["statements"]).id
    bystander = next(s for s in four["statements"] if s != worded_from)
    demo("configs", "detach", bystander)
    assert demo.json("configs", "show", four["id"])["mechanism"] == four["mechanism"]
    demo("configs", "detach", worded_from)
    after = demo.json("configs", "show", four["id"])
    assert after["mechanism"] == central(after["statements"]).mechanism != four["mechanism"]


# ---- how configurations are grouped by domain -------------------------------------------------

GROUPING = [
    Configuration(id="C10", domain=None, statements=["S1"]),
    Configuration(id="C2", domain="old-slug", statements=["S2"]),
    Configuration(id="C3", domain="safety", statements=["S1"]),
    Configuration(id="C4", domain="", statements=["S2"]),
    Configuration(id="C5", domain="safety", statements=["S2"], retired=True),
    Configuration(id="C1", domain="connecting", statements=["S1"]),
]
DOMAIN_LIST = [
    {"slug": "safety", "name": "Safety"},
    {"slug": "empty", "name": "Nothing here"},
    {"slug": "connecting", "name": "Connecting"},
]


def test_configurations_are_grouped_in_domain_order_then_unknown_slugs_then_the_unassigned():
    grouped = [(d.slug, d.name, [c.id for c in configs]) for d, configs in by_domain(GROUPING, DOMAIN_LIST)]
    assert grouped == [
        ("safety", "Safety", ["C3"]),
        ("empty", "Nothing here", []),
        ("connecting", "Connecting", ["C1"]),
        ("old-slug", "old-slug", ["C2"]),
        ("", "Other findings", ["C4", "C10"]),
    ]
    assert UNASSIGNED.name == "Other findings"


def test_table_report_and_pack_number_and_name_the_domains_alike():
    tables = domain_tables(SOURCES, STATEMENTS, GROUPING, DOMAIN_LIST, lambda c: ("limited", "x."))
    assert [(t.name, [r.number for r in t.rows]) for t in tables] == [
        ("Safety", ["CMO 1.1"]),
        ("Nothing here", []),
        ("Connecting", ["CMO 3.1"]),
        ("old-slug", ["CMO 4.1"]),
        ("Other findings", ["CMO 5.1", "CMO 5.2"]),
    ]
    html = build_pack(
        review={"title": "T", "question": "Q"},
        domains=DOMAIN_LIST,
        groups=[],
        round_number=1,
        configurations=GROUPING,
        previous=None,
        statements=BY_ID,
        sources={s.key: s for s in SOURCES},
        decisions=[],
        feedback=[],
        strength=lambda c: ("limited", "x."),
        today=date(2025, 1, 1),
    )
    for number, table in enumerate(tables, start=1):
        assert (f"Domain {number}: {table.name}" if table.slug else f">{table.name}</h2>") in html
    assert "No domain yet" not in html and "Domain 5: Other findings" not in html


# ---- one jinja environment ----------------------------------------------------------------------


def test_one_environment_escapes_html_and_markdown_and_refuses_undefined_names():
    html, markdown = environment(), environment(markdown=True)
    assert environment() is html and environment(markdown=True) is markdown
    assert html.from_string("{{ x }}").render(x="<b>|") == "&lt;b&gt;|"
    assert markdown.from_string("{{ x }}\n").render(x="<b>|") == "\\<b\\>\\|\n"
    for env in (html, markdown):
        assert env.loader is not None and env.get_template("report.md.j2")
        with pytest.raises(jinja2.UndefinedError):
            env.from_string("{{ missing }}").render()


def test_only_the_templating_module_builds_a_jinja_environment():
    package = Path(__file__).resolve().parents[1] / "cmo"
    builders = sorted(
        str(p.relative_to(package)) for p in package.rglob("*.py") if "Environment(" in p.read_text(encoding="utf-8")
    )
    assert builders == ["outputs/templating.py"]


# ---- one rule for a body's initials --------------------------------------------------------------


def test_only_normalise_reads_a_bodys_initials_against_its_name():
    """Citations, linking, a sheet's citations and de-duplication call `normalise.initials_of`; none fits initials of
    its own."""
    package = Path(__file__).resolve().parents[1] / "cmo"
    defining = sorted(
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if any(f"def {name}(" in p.read_text(encoding="utf-8") for name in ("initials_of", "_initials_of", "_acronym_fits"))
        or "def _abbreviates(acronym" in p.read_text(encoding="utf-8")
    )
    assert defining == ["normalise.py"]
