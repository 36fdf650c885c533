"""The programme theory drawn: per domain, contexts → mechanisms → outcomes, one arrow per
configuration, coloured by the strength of its evidence.

Layout is networkx's layered (multipartite) layout: contexts, mechanisms and outcomes are its three
layers and a part two configurations share is one box. The SVG carries its own colours (presentation
attributes, no stylesheet), so the same drawing serves the pack, the report and `cmo export --format svg`.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from markupsafe import escape

from cmo.normalise import clean_text
from cmo.synthesis.strength import LABEL_WORDS, LABELS
from cmo.synthesis.wording import capitals_as_words, short_title

LAYERS = ("context", "mechanism", "outcome")
COLUMN = 210
"""Width of a box; three columns and two gaps make a drawing 750 wide, scrolled within its frame on a phone."""
GAP = 60
LINE = 14
CHARS = 30
COLOURS = {
    "strong": "#1b5e20",
    "moderate": "#1f5fa8",
    "limited": "#b2392c",
    "contested": "#7b4fa8",
    "none": "#9a6700",
}
"""Line colours per strength label (the packs' palette); anything else is grey. `none` (no included source
supports it) is amber: set apart from the findings, and never mistaken for the red of limited evidence."""
COLOUR_NAMES = {"#1b5e20": "green", "#1f5fa8": "blue", "#b2392c": "red", "#7b4fa8": "purple", "#9a6700": "amber"}
"""What a caption calls each colour."""
STRENGTH_WORDS = LABEL_WORDS
"""Labels a reader needs in plain words; the others say themselves."""


@dataclass
class Part:
    layer: str
    text: str
    lines: list[str]
    whole: str = ""
    """What the box stands for in full, for the reader who hovers over a shortened context."""
    x: float = 0.0
    y: float = 0.0
    height: float = 0.0


@dataclass
class Theory:
    """One domain's drawing: boxes, arrows and the SVG made from them."""

    name: str
    width: int
    height: int
    parts: list[Part] = field(default_factory=list)
    arrows: list[tuple[Part, Part, str, str]] = field(default_factory=list)
    """(from, to, configuration id, strength label)."""

    def svg(self) -> str:
        return _svg(self)


def programme_theory(name: str, configurations: list[tuple[str, str, str, str, str]]) -> Theory:
    """`configurations`: (id, context, mechanism, outcome, strength label), in reading order."""
    import networkx as nx  # loaded only when a theory is drawn

    graph = nx.DiGraph()
    parts: dict[tuple[str, str], Part] = {}
    chains = []
    for config_id, *texts, strength in configurations:
        chain = []
        for layer, text in zip(LAYERS, texts):
            label = _label(layer, text)
            key = (layer, label.casefold())
            whole = clean_text(text).rstrip(" .") or label
            if key not in parts:
                parts[key] = Part(layer, label, textwrap.wrap(label, CHARS) or [label], whole)
                graph.add_node(key, layer=LAYERS.index(layer))
            elif parts[key].whole != whole:
                parts[key].whole = label  # one box for contexts shortened alike: no one of them speaks for it
            chain.append(parts[key])
        for a, b in zip(chain, chain[1:]):
            graph.add_edge((a.layer, a.text.casefold()), (b.layer, b.text.casefold()))
        chains.append((chain, config_id, strength))
    theory = Theory(name=name, width=3 * COLUMN + 2 * GAP + 20, height=0)
    if not parts:
        return theory
    order = _layered_order(graph, [key for key in parts if key[0] == LAYERS[0]])
    for layer in LAYERS:
        column = [parts[key] for key in order if key[0] == layer]
        y = 10.0
        for part in column:
            part.height = 12 + LINE * len(part.lines)
            part.x = 10 + LAYERS.index(layer) * (COLUMN + GAP)
            part.y = y
            y += part.height + 12
        theory.height = max(theory.height, int(y) + 30)
    theory.parts = list(parts.values())
    for chain, config_id, strength in chains:
        for a, b in zip(chain, chain[1:]):
            theory.arrows.append((a, b, config_id, strength))
    return theory


def _label(layer: str, text: str) -> str:
    """What a box says: a mechanism or an outcome whole, wrapped (cut short, "more care is arranged [than the person
    later needs]" says the opposite: trial P); a context as its short title (`short_title`: a complete phrase), marked
    "…" when words were left out, so a drawing stays a page a reader can follow and says where it is shortened."""
    text = capitals_as_words(clean_text(text)).rstrip(" .")  # "HEALTH WORKER SUPPORT" as the sentence reads it
    if not text:
        return "(not yet described)"
    if layer != "context":
        return text
    short = short_title(text)
    return short if short.endswith("…") or len(short.split()) == len(text.split()) else f"{short.rstrip(',;:')} …"


def _layered_order(graph, first: list) -> list:
    """Sugiyama's barycentre heuristic on networkx's layering: each layer sorted by the mean
    position of its boxes' predecessors, so lines cross as little as they can."""
    import networkx as nx

    order, position = [], {}

    def barycentre(node) -> float:
        before = [position[p] for p in graph.predecessors(node)]
        return sum(before) / len(before) if before else float(first.index(node))

    for layer_nodes in nx.topological_generations(graph):
        layer = sorted(layer_nodes, key=barycentre)
        position.update((node, index) for index, node in enumerate(layer))
        order += layer
    return order


def _svg(theory: Theory) -> str:
    rows = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {theory.width} {theory.height}" '
        f'width="{theory.width}" height="{theory.height}" font-family="sans-serif" font-size="12">',
        f"<title>{escape(theory.name)}: contexts, mechanisms and outcomes</title>",
        '<g aria-hidden="true">',  # one picture, named by its title: a screen reader does not read its boxes' and lines'
        # words twice over (each box's tooltip, then its wrapped lines) before the findings that say them in full
    ]
    for index, layer in enumerate(LAYERS):
        x = 10 + index * (COLUMN + GAP) + COLUMN / 2
        rows.append(f'<text x="{x:.0f}" y="{theory.height - 8}" text-anchor="middle" fill="#333333">{layer.capitalize()}s</text>')
    for a, b, config_id, strength in theory.arrows:
        x1, y1 = a.x + COLUMN, a.y + a.height / 2
        x2, y2 = b.x, b.y + b.height / 2
        colour = COLOURS.get(strength, "#777777")
        rows.append(
            f'<path d="M{x1:.0f},{y1:.0f} C{x1 + GAP / 2:.0f},{y1:.0f} {x2 - GAP / 2:.0f},{y2:.0f} {x2 - 4:.0f},{y2:.0f}" '
            f'fill="none" stroke="{colour}" stroke-width="2"><title>{escape(config_id)} ({escape(strength)})</title></path>'
        )
        rows.append(f'<path d="M{x2 - 8:.0f},{y2 - 4:.0f} L{x2:.0f},{y2:.0f} L{x2 - 8:.0f},{y2 + 4:.0f}" fill="{colour}"/>')
    for part in theory.parts:
        rows.append(
            f'<rect x="{part.x:.0f}" y="{part.y:.0f}" width="{COLUMN}" height="{part.height:.0f}" rx="4" '
            f'fill="#ffffff" stroke="#555555"><title>{escape(part.whole or part.text)}</title></rect>'
        )
        for n, line in enumerate(part.lines):
            rows.append(f'<text x="{part.x + 8:.0f}" y="{part.y + 16 + n * LINE:.0f}" fill="#111111">{escape(line)}</text>')
    rows.append("</g>")
    rows.append("</svg>")
    return "\n".join(rows)


def legend() -> list[tuple[str, str]]:
    """(label, colour) for the strength labels, in order: what the lines' colours mean."""
    return list(COLOURS.items())


def legend_words(labels: list[str] | None = None) -> str:
    """The legend as a caption says it: "strong green, moderate blue, …, no included evidence amber"; only
    `labels` when given (the ones a drawing uses), in the legend's order."""
    return ", ".join(
        f"{STRENGTH_WORDS.get(label, label)} {COLOUR_NAMES[colour]}"
        for label, colour in legend()
        if labels is None or label in labels
    )


DRAWN_AT_MOST = 40
"""Beyond this many configurations a domain's drawing is pages tall and no one can follow a line in it."""
STRENGTH_ORDER = LABELS


def drawn_rows(rows: list, at_most: int | None = DRAWN_AT_MOST) -> list:
    """The rows a drawing shows: all of them, or the `at_most` with the strongest evidence, in reading order."""
    if at_most is None or len(rows) <= at_most:
        return list(rows)
    rank = {label: i for i, label in enumerate(STRENGTH_ORDER)}
    kept = sorted(range(len(rows)), key=lambda i: (rank.get(rows[i].strength, len(rank)), i))[:at_most]
    return [rows[i] for i in sorted(kept)]


def table_theory(table, at_most: int | None = None) -> Theory:
    """The drawing of one domain table (cmo.outputs.tables.DomainTable): report and export use it."""
    rows = drawn_rows(table.rows, at_most)
    return programme_theory(table.name, [(r.id, r.context, r.mechanism, r.outcome, r.strength) for r in rows])


def theories_svg(tables: list) -> str:
    """Every domain's drawing stacked in one SVG document, each under its domain's name."""
    drawn = [(t.name, table_theory(t)) for t in tables if t.rows]
    width = max((theory.width for _, theory in drawn), default=400)
    rows, y = [], 0
    for name, theory in drawn:
        rows.append(f'<text x="10" y="{y + 20}" font-family="sans-serif" font-size="15" font-weight="bold">{escape(name)}</text>')
        rows.append(theory.svg().replace("<svg ", f'<svg x="0" y="{y + 30}" ', 1))
        y += theory.height + 50
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {max(y, 40)}" width="{width}" height="{max(y, 40)}">'
        "<title>Programme theory: contexts, mechanisms and outcomes by domain</title>"
    )
    return head + "\n".join(rows) + "</svg>\n"
