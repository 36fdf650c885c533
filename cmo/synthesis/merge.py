"""Merge coded CMO statements into proposed overarching configurations and assign domains.

The engine is pure: statements, domain specs and the existing configurations go in, a
`MergeResult` comes out; the caller stores it. Human decisions win: pinned and accepted
configurations keep their members, ids of re-proposed configurations are stable across
runs, and new ids come only from the caller's `next_id`.

Method, in short: per-element similarity (`cmo.synthesis.similarity`), a sparse top-k neighbour
graph, and average-linkage agglomerative clustering on that graph, stopped at a
threshold set from the corpus itself: halfway between how similar unrelated statements
typically are (the median of random pairs) and how similar a statement typically is to
its nearest neighbour. No number of clusters is given, and no constant depends on a
particular data set.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from cmo.models import DEFAULT_BACKEND, Configuration, Domain, Placement, Statement
from cmo.normalise import natural_key
from cmo.synthesis.backends import build_index
from cmo.synthesis.centrality import by_centrality, wording_member
from cmo.synthesis.evidence import (  # noqa: F401
    about_other_people,
    against_by_hand,
    as_most_report,
    contradicting_ids,
    denied_part,
    denied_subject,
    is_converse,
    on_opposite_sides,
    outcome_about,
    outcome_asserted,
    outcome_is_negative,
    outcome_side,
    proposed_against,
    reads_against,
    supporting_ids,
)
from cmo.synthesis.explain import (
    COMMON_SHARE,
    close_to_best,
    cohesion,
    common_terms,
    comparable,
    no_mechanism_shared,
    placement_scores,
    placements,
    shared_with,
    why_together,
)
from cmo.synthesis.languages import not_in_english_ids
from cmo.synthesis.members import (  # noqa: F401  (used here and re-exported)
    groups_of,
    keeps_words,
    majority_domain,
    stale_elements,
    still_saying,
    title_follows,
    with_groups,
)
from cmo.synthesis.similarity import ELEMENTS, SimilarityIndex, terms
from cmo.synthesis.wording import distinct_titles, title_for

NEIGHBOURS = 40
"""Neighbours kept per statement; graphs of corpora up to this size are exact."""
MIN_MEMBERS = 1
"""A statement like no other is a configuration of its own (its evidence is then "limited", the truth): none is lost."""
DOMAIN_MIN_CONFIDENCE = 0.2
"""Below this relative margin over the runner-up domain, a domain is left unassigned."""
BACKGROUND_SAMPLE = 20000
SIDES_SHARED_WORDS = 1
"""Two statements telling opposite sides that share no more than this many words of their contexts and mechanisms are
kept apart (`two_sides_apart`): 0, 1 and 2 scored on the benchmark sets (`bench/bench_topics.py`), 1 best or tied on
every set, so chosen leaving any one set out."""


@dataclass
class MergeResult:
    configurations: list[Configuration]
    """Every configuration passed in or proposed, in id order; emptied ones are `retired`."""
    backend: str
    threshold: float
    unassigned_statements: list[str]
    """Statements in no active configuration: only detached ones, or those outside `only_domain`."""
    statement_domains: dict[str, str | None] = field(default_factory=dict)
    """Coded domain, else the configuration's, else the statement's own best match."""
    domain_confidence: dict[str, float] = field(default_factory=dict)
    joined: dict[str, str] = field(default_factory=dict)
    """New statements refine added to a pinned configuration: statement id to configuration id."""
    suggested: dict[str, list[str]] = field(default_factory=dict)
    """Per pinned configuration, statements like it that refine left where they are: a person may attach them."""
    held_back: dict[str, list[str]] = field(default_factory=dict)
    words_kept: dict[str, list[str]] = field(default_factory=dict)
    """Per configuration a round sent to the reference group, the parts of its words no member says any more (its
    wording member deleted, detached or edited): kept as the group rated them, for a person to reword (trial V)."""
    """Per configuration a person retired, its former statements that would have formed it again: left unplaced."""
    alone_near: dict[str, tuple[str, float]] = field(default_factory=dict)
    """Each statement refine proposes in a configuration of its own, with the other configuration (kept or new) it is
    most like and how like, below the cut: where a person may attach it (trial J: three new statements, each most
    like the configuration the team had fixed for it, became configurations of their own without a word)."""
    alone_nearest: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    """As `alone_near` (its first), with the runners-up the statement is about as like (`explain.close_to_best`), best
    first: what refine says of it (`explain.nearest_line`). Only configurations liker to it than two unrelated statements
    of the review are to each other (`corpus_background`): a hint at the level of noise names nothing."""
    alone_far: dict[str, float] = field(default_factory=dict)
    """Each statement proposed alone that some configuration scores above nothing, but none above `corpus_background`
    (given as the value): refine says no configuration is close to it, in place of a hint at the level of noise."""
    kept_apart: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Each statement refine kept out of a configuration it is like enough to join, because it says the opposite of a
    member there (`say_the_opposite`): the configuration and that member (trial Z:
    "physicians do not act on recommendations" and "physicians act on drug-related problems → no reduction" were
    proposed as one)."""
    coded_apart_near: dict[str, tuple[str, float]] = field(default_factory=dict)
    """Each statement refine proposes in a configuration of its own that is as like another configuration as a merge
    needs (at or above the threshold) but was kept out of it because a person coded it to another domain (`may_hold`):
    that configuration and the score. The coder's domain wins, but it is a judgement a reviewer may revisit (trial AE:
    "unfamiliarity raises the physician's perceived risk of not treating", coded to remote prescribing, stood alone at
    0.441 from "the physician perceives a high risk of missing a serious infection", coded to diagnosis, where the
    review merged at 0.307, and refine named only a configuration below the threshold)."""
    kept_apart_sides: dict[str, tuple[str, str]] = field(default_factory=dict)
    """As `kept_apart`, for a statement kept out because it tells the opposite side of a member there with no more than
    one word of their contexts and mechanisms in common (`two_sides_apart`): the configuration and that member (trial AL
    1, 2: "do not understand the advice → poor self-management" and "hearing peers' stories → gained confidence" were one
    configuration; AM 2: police questioning → "they withhold information" beside a credible messenger → "they open
    up")."""
    kept_apart_people: dict[str, tuple[str, str]] = field(default_factory=dict)
    """As `kept_apart`, for a statement kept out because its outcome and a member's there are two results of two peoples
    (`evidence.about_other_people`: "patients reported higher satisfaction with care" beside "carers reported less
    burden", joined on the visits that led to both): the configuration and that member. A person who reads them as one
    attaches or merges them, and a configuration a person made is never split by it."""
    no_mechanism: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    """Each configuration refine proposes of two or more statements whose members share fewer than two words of their
    mechanisms beyond words their contexts name (`explain.no_mechanism_shared`), on every backend: the words they do share,
    per element. The sentence model once excused mechanisms it read alike, so the hybrid backend kept quiet where the
    lexical one spoke, and "not confident they can do the exercises" beside "feel more confident they can move about
    safely" (joined on 'confident' alone, outcomes attendance and fear of falling) went unsaid where its neighbours sharing
    one word were said (trial BO 6); with two words needed that excuse lowered F1 on mixed configurations in every fold
    (`bench/bench_no_mechanism.py`). Put together on their outcome, a context word or the
    person they are about, they may be different configurations (the same outcome by different mechanisms), a judgement
    for the reviewer, who hears of it with the split that parts them (trial AD: "peers encourage them → mothers seek
    professional help" and "feel judged by the volunteer → mothers do not find the support helpful" were proposed as one
    on "help" alone, and the second was then read as going against the first; session 42: "older adults" alone,
    "depressive symptoms" + "delivered")."""


def propose(
    statements: Sequence[Statement],
    domains: Sequence[Domain],
    existing: Iterable[Configuration] = (),
    *,
    next_id: Callable[[], str],
    detached: Iterable[str] = frozenset(),
    placed: Iterable[str] | None = None,
    only_domain: str | None = None,
    threshold: float | None = None,
    backend: str = DEFAULT_BACKEND,
    model: str = "minilm-int8",
    retired_by_hand: dict[str, Iterable[str]] | None = None,
    consulted: Iterable[str] = (),
    made_by_hand: Iterable[str] = (),
) -> MergeResult:
    """Cluster statements into configurations, keeping every human decision in `existing`.

    `threshold` overrides the corpus-derived average-linkage threshold; `only_domain`
    re-clusters only the statements in that domain and leaves other configurations be
    (similarities and the threshold still come from the whole corpus). `backend` names
    the similarity backend (`cmo.synthesis.backends.BACKENDS`); domains are always assigned lexically.
    Detached and deleted statements stay out. `placed`: statements an earlier refine or decision placed; only
    the others are new and may join a pinned configuration (default: every statement in `existing`).
    `retired_by_hand`: each configuration a person retired, with the statements it held; a proposal made only of one
    such configuration's statements would undo the retirement under a new id, so it is not made (`held_back`).
    `made_by_hand`: the configurations a person made (`cmo configs new`): their contradicting list is read as the person's
    grouping reads it (`evidence.against_by_hand`), the one reading `configs new` gave, never re-read by refine (trial AI 6).
    """
    statements = sorted((s for s in statements if not s.deleted), key=lambda s: natural_key(s.id))
    existing = sorted((c.model_copy(deep=True) for c in existing), key=lambda c: natural_key(c.id))
    detached = frozenset(detached) | {s.id for s in statements if s.detached}
    domain_model = DomainModel(statements, domains, backend, model)

    own_domain = domain_model.for_statements(statements)
    in_scope = _scope(statements, existing, own_domain, only_domain)
    scoped = [s for s in statements if s.id in in_scope]
    untouched = [c for c in existing if c.retired or not _touches(c, in_scope, only_domain)]
    active = [c for c in existing if not (c.retired or not _touches(c, in_scope, only_domain))]
    locked = [c for c in active if c.pinned or c.accepted]
    reproposed = [c for c in active if not (c.pinned or c.accepted)]

    index = build_index(statements, backend=backend, model=model)
    position = {s.id: i for i, s in enumerate(statements)}
    graph = NeighbourGraph.build(index)
    cut = threshold if threshold is not None else corpus_threshold(index, graph)

    taken = {sid for c in locked + untouched if not c.retired for sid in c.statements}
    free = [s.id for s in scoped if s.id not in taken and s.id not in detached]
    by_id = {s.id: s for s in statements}
    placed = {sid for c in existing for sid in c.statements} if placed is None else set(placed)

    opposite = Opposites(statements)
    members_of = {c.id: [by_id[sid] for sid in c.statements if sid in by_id] for c in locked}

    def joinable(sid: str, cid: str) -> bool:
        return _may_join(by_id[sid], cid, locked, placed) and not any(opposite.pair(by_id[sid], m) for m in members_of[cid])

    attached = _nearest_kept(free, locked, reproposed, position, graph, cut, joinable, index, by_id)
    free = [sid for sid in free if sid not in attached]
    coded = {position[sid]: by_id[sid].domain for sid in free if by_id[sid].domain}
    refused: dict[int, int] = {}
    sides: dict[int, int] = {}
    people: dict[int, int] = {}
    apart = opposite.between_nodes(refused, sides, people)
    clusters = graph.average_linkage([position[sid] for sid in free], cut, coded, apart)
    clusters = [[statements[i].id for i in c] for c in clusters if len(c) >= MIN_MEMBERS]
    clusters, held_back = _not_formed_again(clusters, retired_by_hand or {})

    builder = _Builder(by_id, index, position, domain_model, _AboutSame(statements, position, backend, cut, model))
    builder.consulted = set(consulted)
    builder.made_by_hand = set(made_by_hand)
    changed, fresh = [], set()
    for config in locked:
        extra = [sid for sid, cid in attached.items() if cid == config.id]
        changed.append(builder.keep(config, extra))
        if changed[-1].title != config.title:
            fresh.add(config.id)
    matched_ids = _match_ids(clusters, reproposed)
    lone_last = [m for m in matched_ids if len(m[1]) > 1] + [m for m in matched_ids if len(m[1]) == 1]
    lone: dict[str, str] = {}  # each statement proposed alone, to its configuration
    no_mechanism: dict[str, dict[str, list[str]]] = {}
    for old, members in lone_last:
        config_id = old.id if old is not None else next_id()
        changed.append(builder.propose(config_id, members))
        fresh.add(config_id)
        if len(members) == 1:
            lone[members[0]] = config_id
        elif (words := no_mechanism_shared([by_id[sid] for sid in changed[-1].statements], builder.common)) is not None:
            no_mechanism[config_id] = words
    retitled = distinct_titles([c for c in [*untouched, *changed] if not c.retired], fresh)
    changed = [c.model_copy(update={"title": retitled[c.id]}) if c.id in retitled else c for c in changed]
    needs_domain = [c for c in changed if c.domain is None and not c.accepted]  # accepted: untouched, even its domain
    found = domain_model.for_configurations([[by_id[s] for s in c.statements if s in by_id] for c in needs_domain])
    for config, (domain, confidence) in zip(needs_domain, found):
        config.domain, config.domain_confidence = domain, round(confidence, 3)
    result_configs = list(untouched) + changed
    matched = {c.id for c in result_configs}
    for old in reproposed:
        if old.id not in matched:
            result_configs.append(old.model_copy(update={"statements": [], "contradicting": [], "retired": True}))
    result_configs.sort(key=lambda c: natural_key(c.id))

    active_configs = [c for c in result_configs if not c.retired]
    kept = {c.id for c in locked}
    offers = _offers(free, active_configs, kept, statements, index, graph, cut, builder, opposite)
    suggested: dict[str, list[str]] = {}
    for placement in offers.values():
        suggested.setdefault(placement.configuration, []).append(placement.statement)
    result_configs = [  # a pinned configuration keeps each offer, with its score and words, for `configs show`
        c.model_copy(update={"suggested": [offers[sid] for sid in sorted(suggested.get(c.id, []), key=natural_key)]})
        if c.id in kept and not c.accepted
        else c
        for c in result_configs
    ]
    member_of = {sid: c for c in result_configs if not c.retired for sid in c.statements}
    alone = {sid: cid for sid, cid in lone.items() if sid not in offers}
    background = corpus_background(index)
    alone_any = _alone_near(alone, active_configs, statements, index, graph, opposite)
    alone_nearest = {sid: kept for sid, near in alone_any.items() if (kept := [(c, s) for c, s in near if s > background])}
    alone_far = {sid: round(background, 3) for sid in alone_any if sid not in alone_nearest}
    coded_apart_nearest = _alone_near(
        alone, active_configs, statements, index, graph, opposite, across_coded_domains=True, at_least=cut
    )
    kept_apart = _kept_apart(refused, statements, member_of)
    kept_apart_sides = _kept_apart(sides, statements, member_of)
    kept_apart_people = _kept_apart(people, statements, member_of)
    noted = {"mechanism": kept_apart, "sides": kept_apart_sides, "people": kept_apart_people}
    alone_nearest = _hints_kept_apart(alone_nearest, active_configs, position, opposite, cut, noted)
    _likest_kept_out(alone, active_configs, statements, index, graph, opposite, cut, noted)
    statement_domains, confidence = {}, {}
    for s in statements:
        config = member_of.get(s.id)
        if s.domain:
            statement_domains[s.id], confidence[s.id] = s.domain, 1.0
        elif config is not None and config.domain:
            statement_domains[s.id], confidence[s.id] = config.domain, config.domain_confidence
        else:
            statement_domains[s.id], confidence[s.id] = own_domain[s.id]
    return MergeResult(
        configurations=result_configs,
        backend=index.backend,
        threshold=round(float(cut), 4),
        unassigned_statements=[s.id for s in statements if s.id not in member_of],
        statement_domains=statement_domains,
        domain_confidence=confidence,
        joined=attached,
        suggested={cid: sorted(sids, key=natural_key) for cid, sids in sorted(suggested.items())},
        held_back=held_back,
        words_kept=builder.words_kept,
        alone_near={sid: near[0] for sid, near in alone_nearest.items()},
        alone_nearest=alone_nearest,
        alone_far=alone_far,
        coded_apart_near={sid: near[0] for sid, near in coded_apart_nearest.items()},
        kept_apart=dict(sorted(kept_apart.items(), key=lambda item: natural_key(item[0]))),
        kept_apart_sides=dict(sorted(kept_apart_sides.items(), key=lambda item: natural_key(item[0]))),
        kept_apart_people=dict(sorted(kept_apart_people.items(), key=lambda item: natural_key(item[0]))),
        no_mechanism=dict(sorted(no_mechanism.items(), key=lambda item: natural_key(item[0]))),
    )


def _not_formed_again(
    clusters: list[list[str]], retired_by_hand: dict[str, Iterable[str]]
) -> tuple[list[list[str]], dict[str, list[str]]]:
    """The clusters to propose, and per configuration a person retired the statements of a cluster made only of its
    former members: retiring says they do not form a configuration, so refine does not form it again."""
    former = [(cid, frozenset(sids)) for cid, sids in sorted(retired_by_hand.items(), key=lambda kv: natural_key(kv[0]))]
    kept, held_back = [], {}
    for members in clusters:
        undone = next((cid for cid, sids in former if sids and set(members) <= sids), None)
        if undone is None:
            kept.append(members)
        else:
            held_back.setdefault(undone, []).extend(members)
    return kept, {cid: sorted(sids, key=natural_key) for cid, sids in held_back.items()}


def _may_join(statement: Statement, config_id: str, locked: list[Configuration], placed: set[str]) -> bool:
    """Refine adds a statement to a pinned configuration only when it is new and coded to its domain (or none);
    never to an accepted one, which stays as the team accepted it: there it is only suggested."""
    config = next(c for c in locked if c.id == config_id)
    return not config.accepted and statement.id not in placed and (statement.domain is None or statement.domain == config.domain)


def _scope(statements, existing, own_domain, only_domain) -> set[str]:
    if only_domain is None:
        return {s.id for s in statements}
    elsewhere = {sid for c in existing if not c.retired and c.domain != only_domain for sid in c.statements}
    already_here = {sid for c in existing if not c.retired and c.domain == only_domain for sid in c.statements}
    return already_here | {s.id for s in statements if own_domain[s.id][0] == only_domain and s.id not in elsewhere}


def _touches(config: Configuration, in_scope: set[str], only_domain: str | None) -> bool:
    if only_domain is None:
        return True
    return config.domain == only_domain


def corpus_threshold(index: SimilarityIndex, graph: NeighbourGraph) -> float:
    """Halfway between the typical similarity of unrelated pairs and of nearest neighbours.

    Most pairs in a review are unrelated, so the median of random pairs estimates the
    background; the median nearest-neighbour similarity is what a paraphrase looks like
    in this corpus, with its vocabulary and its statement lengths. Both scale with the
    corpus, so the cut does too.
    """
    n = index.size
    if n < 3:
        return 0.2
    background = corpus_background(index)
    nearest = graph.nearest()
    typical_nearest = float(np.median(nearest[nearest > 0])) if np.any(nearest > 0) else 0.0
    return max(0.05, (background + typical_nearest) / 2)


def corpus_background(index: SimilarityIndex) -> float:
    """How alike two unrelated statements of this review are: the median similarity of its pairs (a sample of them in a
    large review), on its own scale (backend, vocabulary, statement lengths). A configuration no liker than this to a
    statement tells a person nothing about where it belongs (trial CJ 18: a statement coded in Urdu was told it was
    "most like C12 (0.090)", where the review merged at 0.231)."""
    return float(np.median(_background_sample(index))) if index.size >= 2 else 0.0


def _background_sample(index: SimilarityIndex) -> np.ndarray:
    n = index.size
    if n * (n - 1) // 2 <= BACKGROUND_SAMPLE:
        rows, cols = np.triu_indices(n, 1)
    else:
        rng = np.random.default_rng(20240601)
        rows = rng.integers(0, n, BACKGROUND_SAMPLE)
        cols = rng.integers(0, n, BACKGROUND_SAMPLE)
        keep = rows != cols
        rows, cols = rows[keep], cols[keep]
    return index.pairs(rows, cols)


@dataclass
class NeighbourGraph:
    """Sparse, symmetric similarity graph over statement positions."""

    adjacency: list[dict[int, float]]

    @classmethod
    def build(cls, index: SimilarityIndex, k: int = NEIGHBOURS) -> NeighbourGraph:
        rows, cols, sims = index.neighbours(k)
        adjacency: list[dict[int, float]] = [{} for _ in range(index.size)]
        for a, b, s in zip(rows.tolist(), cols.tolist(), sims.tolist()):
            if s > 0:
                adjacency[a][b] = s
                adjacency[b][a] = s
        return cls(adjacency)

    def nearest(self) -> np.ndarray:
        return np.array([max(nbrs.values(), default=0.0) for nbrs in self.adjacency])

    def mean_to(self, node: int, members: Iterable[int]) -> float:
        members = list(members)
        if not members:
            return 0.0
        nbrs = self.adjacency[node]
        return sum(nbrs.get(m, 0.0) for m in members) / len(members)

    def average_linkage(
        self,
        nodes: list[int],
        cut: float,
        coded: Mapping[int, str] | None = None,
        apart: Callable[[list[int], list[int]], bool] | None = None,
    ) -> list[list[int]]:
        """Average-linkage agglomeration on the graph; a missing edge counts as 0.

        Merges the pair of clusters with the highest mean pairwise similarity until no
        pair reaches `cut`. Clusters are named by their smallest node, and ties break on
        those names, so the result does not depend on input order. `coded`: the domain a
        person coded each node to; two clusters holding different coded domains are never
        merged, as a configuration sits in one domain and the coder's choice is theirs. `apart(one, other)`: whether two
        clusters' members may never share a configuration (two statements saying the opposite, `say_the_opposite`).
        """
        domain_of = dict(coded or {})  # per cluster, by its name: the domain its members were coded to, if any
        alive = set(nodes)
        members = {v: [v] for v in nodes}
        links: dict[int, dict[int, float]] = {v: {u: s for u, s in self.adjacency[v].items() if u in alive} for v in nodes}
        version = {v: 0 for v in nodes}
        heap = []
        for a in sorted(nodes):
            for b, s in links[a].items():
                if a < b and s >= cut:
                    heap.append((-s, a, b, 0, 0))
        heapq.heapify(heap)
        while heap:
            neg, a, b, va, vb = heapq.heappop(heap)
            if a not in alive or b not in alive or version[a] != va or version[b] != vb:
                continue
            if _coded_apart(domain_of.get(a), domain_of.get(b)) or (apart is not None and apart(members[a], members[b])):
                continue
            keep, gone = (a, b) if a < b else (b, a)
            domain_of[keep] = domain_of.get(keep) or domain_of.pop(gone, None)
            alive.discard(gone)
            members[keep].extend(members.pop(gone))
            version[keep] += 1
            gone_links = links.pop(gone)
            gone_links.pop(keep, None)
            keep_links = links[keep]
            keep_links.pop(gone, None)
            for other, total in gone_links.items():
                keep_links[other] = keep_links.get(other, 0.0) + total
                other_links = links[other]
                other_links.pop(gone, None)
                other_links[keep] = keep_links[other]
            size = len(members[keep])
            for other in sorted(keep_links):
                mean = keep_links[other] / (size * len(members[other]))
                if mean >= cut:
                    lo, hi = min(keep, other), max(keep, other)
                    heapq.heappush(heap, (-mean, lo, hi, version[lo], version[hi]))
        return [sorted(members[v]) for v in sorted(members)]


def _coded_apart(one: str | None, other: str | None) -> bool:
    return bool(one and other and one != other)


def _nearest_kept(free, locked, reproposed, position, graph, cut, joinable, index, by_id) -> dict[str, str]:
    """Free statements clearly like a configuration the team kept (pinned or accepted), each attached to the one it is
    most like of those it may join (`joinable`: new, of its domain, not accepted, saying the opposite of none of its
    members), only if no configuration refine may re-form (`reproposed`) is liker still: a statement that fits one of
    those better is left to the clustering, so a decided configuration does not take in evidence that belongs elsewhere.
    Likeness is the one `cmo code suggest` ranks by (`explain.placement_scores`), over the configurations holding one of
    its neighbours (no other scores above nothing). A kept configuration of another domain liker than one it may join does
    not keep it from that one (trial Y: S49, 0.40 like the pinned C1 of its domain, was left alone and offered to C7 of
    another domain); an accepted one it is likest of all does: it is suggested there (`_offers`) and placed on its own
    meanwhile, never filed under the next best pinned one (trial AJ 0: a new statement whose best home was the accepted
    C1, 0.44 in `code suggest`, was added to the pinned C4 and made it "strong")."""
    targets = {c.id: [position[sid] for sid in c.statements if sid in position] for c in locked}
    kept = {c.id: c for c in locked}
    holder = {node: cid for cid, nodes in targets.items() for node in nodes}
    rivals = _members_by_node(reproposed, position)
    attached = {}
    for sid in free:
        node = position[sid]
        near = {holder[n] for n in graph.adjacency[node] if n in holder}
        candidates = {cid: targets[cid] for cid in sorted(near, key=natural_key) if may_hold(kept[cid], by_id[sid])}
        above = [(score, cid) for score, cid, _ in placement_scores(index, node, candidates) if score >= cut]
        if not above or kept[above[0][1]].accepted:
            continue
        joins = next(((score, cid) for score, cid in above if joinable(sid, cid)), None)
        if joins is not None and _best_rival(node, rivals, graph, index) <= joins[0]:
            attached[sid] = joins[1]
    return attached


def _offers(
    free,
    configs: list[Configuration],
    kept: set[str],
    statements,
    index,
    graph,
    cut,
    builder,
    opposite=None,
) -> dict[str, Placement]:
    """Per statement refine may offer to a configuration the team kept (pinned or accepted), that offer: the first
    answer `cmo code suggest` gives for it (`placements` over the configurations that do not hold it and may hold it,
    `may_hold`), when that is a kept one, as like it as this review merges at (`cut`) and liker than the statement's own
    configuration is (its other members), so refine and `code suggest` never name different places (trial Z: refine
    offered S3 to the pinned C2 of another domain, which `code suggest` does not offer; it ranked the accepted C1 first).
    Only a statement the neighbour graph finds as like a kept one as the cut is read, and only against the
    configurations holding one of its neighbours (no other scores above nothing): a large review compares a few.
    Never a kept configuration one of whose members the statement is kept apart from (`Opposites`: it says the
    opposite, or tells the other side), as refine never joins them: trial DD's refine said "S31 kept out of C12: it
    tells the other side" and, once C12 was accepted, "C12 (accepted) may take S31"."""
    if not kept:
        return {}
    apart = kept if opposite is not None else set()
    position = {s.id: i for i, s in enumerate(statements)}
    holder, nodes = _members_by_node(configs, position)
    by_id = {c.id: c for c in configs}
    found = {}
    for sid in free:
        node = position[sid]
        near = {holder[n] for n in graph.adjacency[node] if n in holder}  # none other can score above nothing
        if not any(graph.mean_to(node, [n for n in nodes[cid] if n != node]) >= cut for cid in near & kept):
            continue
        candidates = {
            cid: nodes[cid]
            for cid in sorted(near, key=natural_key)
            if cid in by_id
            and sid not in by_id[cid].statements
            and may_hold(by_id[cid], statements[node])
            and not (cid in apart and opposite.apart_from(node, nodes[cid]) is not None)
        }
        ranked = placement_scores(index, node, candidates)
        if not ranked or ranked[0][1] not in kept or ranked[0][0] < cut:
            continue
        score, cid, _ = ranked[0]
        own = placement_scores(index, node, {holder[node]: nodes[holder[node]]}) if node in holder else []
        if own and own[0][0] >= score:
            continue  # it is where it belongs best
        found[sid] = placements(index, sid, node, {cid: candidates[cid]}, statements, 1, builder.common, builder._model())[0]
    return found


class Opposites:
    """Which statements no configuration holds together, each pair read once: they say the opposite of each other
    (`say_the_opposite`), or they tell opposite sides, one of things going wrong and one of things going well, with no
    more than one word of their contexts and mechanisms in common (`two_sides_apart`); or both are written in another
    language than English, so what they share is their language, not their meaning (`languages.not_in_english_ids`).
    The clustering asks it of nodes, and only pairs where one of them denies something, they tell opposite sides, or both
    are in another language can be apart, so most pairs are never read; each statement's side is read once
    (`evidence.outcome_side`)."""

    def __init__(self, statements: Sequence[Statement]):
        self.statements = list(statements)
        self.at = {s.id: i for i, s in enumerate(self.statements)}
        self.known: dict[tuple[int, int], str | None] = {}
        self.deniers = {i for i, s in enumerate(self.statements) if denied_part(s.mechanism)}
        self.side = [outcome_side(s) for s in self.statements]
        foreign = not_in_english_ids(self.statements)
        self.foreign = {i for i, s in enumerate(self.statements) if s.id in foreign}
        self._near: SituationWords | None = None
        self.about = [outcome_about(s.outcome or "") for s in self.statements]

    def reason(self, x: int, y: int) -> str | None:
        """Why the statements at two positions are kept apart: "mechanism" (`say_the_opposite`), "sides"
        (`two_sides_apart`), "people" (their outcomes are two results of two peoples, `evidence.about_other_people`),
        "language" (both written in another language than English), or None."""
        key = (x, y) if x <= y else (y, x)
        if key not in self.known:
            a, b = self.statements[x], self.statements[y]
            why = None
            if x in self.foreign and y in self.foreign:
                why = "language"
            elif (x in self.deniers or y in self.deniers) and say_the_opposite(a, b):
                why = "mechanism"
            elif self.side[x] * self.side[y] == -1:
                if self._near is None:
                    self._near = SituationWords(self.statements)
                why = "sides" if len(situation_shared(a, b, self._near)) <= SIDES_SHARED_WORDS else None
            if why is None and self.other_people(x, y):
                why = "people"
            self.known[key] = why
        return self.known[key]

    def other_people(self, x: int, y: int) -> bool:
        """Whether the outcomes at two positions are two results of two peoples (`evidence.about_other_people`): read
        from each statement's people and terms, read once."""
        return about_other_people(self.about[x], self.about[y])

    def pair(self, a: Statement, b: Statement) -> bool:
        return self.reason(self.at[a.id], self.at[b.id]) is not None

    def apart_from(self, node: int, members: Iterable[int]) -> tuple[int, str] | None:
        """The first of a configuration's members the statement at `node` is kept apart from, with why (`reason`)."""
        for member in members:
            if member != node and (why := self.reason(node, member)) is not None:
                return member, why
        return None

    def between_nodes(
        self, refused: dict[int, int], sides: dict[int, int], people: dict[int, int]
    ) -> Callable[[list[int], list[int]], bool]:
        """Whether two clusters (lists of nodes) hold a pair kept apart; each refused pair's first node is noted with the
        other, in `refused` where their mechanisms say the opposite, in `sides` where they tell opposite sides, in
        `people` where their outcomes are about two peoples (two statements in another language are noted in none:
        refine says so of all of them at once)."""

        def apart(one: list[int], other: list[int]) -> bool:
            for x, y in ((x, y) for x in one for y in other):
                if not (
                    x in self.deniers
                    or y in self.deniers
                    or self.side[x] * self.side[y] == -1
                    or (x in self.foreign and y in self.foreign)
                    or self.other_people(x, y)
                ):
                    continue
                why = self.reason(x, y)
                if why == "language":
                    return True
                if why is not None:
                    noted = refused if why == "mechanism" else sides if why == "sides" else people
                    noted.setdefault(x, y)
                    noted.setdefault(y, x)
                    return True
            return False

        return apart


def two_sides_apart(a: Statement, b: Statement, near: SituationWords | None = None) -> bool:
    """Whether two statements tell opposite sides (`evidence.on_opposite_sides`: "they resolve the conflict by defaulting
    to old habits → they disengage" beside "the spouse reminds them → better self-management") with no more than one word
    of their contexts and mechanisms in common (`situation_shared`, words common among the statements near them set
    aside): what
    joins them is then their outcome, or one word, and two different mechanisms that led opposite ways are two
    configurations, never one counted as support of the other (trial AL 1: the first was counted as support of the
    second, "strong"). One configuration seen from both sides says its mechanism both ways, in more words than one
    ("the landlord does not answer repair requests → tenants leave early" beside "a housing officer answers repair
    requests within a week → tenants stay longer"), and stays one."""
    return on_opposite_sides(a, b) and len(situation_shared(a, b, near)) <= SIDES_SHARED_WORDS


def situation_shared(a: Statement, b: Statement, near: SituationWords | None = None) -> set[str]:
    """The terms two statements share in their contexts and mechanisms, element by element, less those common among
    the statements near the two (`SituationWords.common_of`: "patients", "staff"); with no `near`, every shared term."""
    found: set[str] = set()
    for element in _SITUATION:
        mine, theirs = set(terms(getattr(a, element) or "")), set(terms(getattr(b, element) or ""))
        shared = mine & theirs
        found |= shared - near.common_of(element, shared, mine | theirs) if near is not None and shared else shared
    return found


_SITUATION = ("context", "mechanism")


class SituationWords:
    """Which of the terms two statements share says little, judged among the statements near them: those that share a
    term of that element with either. A term more than a fifth of them use (`explain.COMMON_SHARE`: "patients",
    "staff", the review's own topic) is set aside. Judged among the whole review, an update search on other matters made
    "patients" rare, so two statements telling opposite sides shared one word more and a failure joined an improvement's
    configuration unsaid (trials BZ 1, RG 3); statements sharing no word with either now change nothing. Each term's
    statements are indexed once; most pairs are decided by the bounds of that count without counting it."""

    def __init__(self, statements: Sequence[Statement]):
        self.using: dict[str, dict[str, set[int]]] = {element: {} for element in _SITUATION}
        for position, statement in enumerate(statements):
            for element in _SITUATION:
                for term in set(terms(getattr(statement, element) or "")):
                    self.using[element].setdefault(term, set()).add(position)

    def common_of(self, element: str, shared: set[str], either: set[str]) -> set[str]:
        """The shared terms used by more than `COMMON_SHARE` of the statements using any of `either` (and by more than
        two): the union is counted only as far as the answer needs, since no term is common among more statements than
        five times its own."""
        using = self.using[element]
        count = {term: len(using.get(term, ())) for term in either}
        least = max(count.values(), default=0)  # the near statements are at least the most used term's
        open_terms = {term for term in shared if count[term] > max(2, COMMON_SHARE * least)}
        if not open_terms:
            return set()
        enough = max(count[term] for term in open_terms) / COMMON_SHARE  # no term of them is common among more
        near: set[int] = set()
        for term in sorted(either, key=lambda t: -count[t]):
            near |= using.get(term, set())
            if len(near) >= enough:
                break
        return {term for term in open_terms if count[term] > max(2, COMMON_SHARE * len(near))}


def say_the_opposite(a: Statement, b: Statement) -> bool:
    """Whether two statements say the opposite of one another, so no configuration holds both: one's mechanism denies
    what the other's says (`_denies_what_is_said`: "physicians do not act on recommendations" beside "physicians act on
    drug-related problems") and neither is the other's converse (`evidence.is_converse`, the one rule that tells a
    configuration seen from its other side: "nobody owns the pathway → it is not sustained" beside "staff own the
    pathway → it is sustained" are one configuration). What is left is an outcome that followed where the mechanism
    was denied beside one that did not where it was there: two findings no one configuration holds. A context that
    denies what another says ("a shortened course with no homework" beside "the extra homework overwhelmed them") is
    where the configuration is seen from its other side as often as not, and keeps nothing apart."""
    if _denies_what_is_said(a, b) == _denies_what_is_said(b, a):
        return False
    return not (is_converse(a, [b]) or is_converse(b, [a]))


def _denies_what_is_said(statement: Statement, other: Statement) -> bool:
    """Whether a statement's mechanism denies what the other's mechanism says, which denies nothing: the head of what it
    denies (`evidence.denied_part`, its first term: "physicians do not act on recommendations" denies acting) is one
    of the other's terms ("physicians act on drug-related problems"). Two mechanisms that both deny ("recommendations
    are not seen as relevant"), or one that denies another thing ("staff do not have time" beside "staff are
    overstretched"), say no opposite."""
    denied = terms(denied_part(statement.mechanism))
    said = set(terms(other.mechanism or ""))
    if not denied or denied_part(other.mechanism) or denied[0] not in said:
        return False
    of_whom = terms(denied_subject(statement.mechanism))  # "so admission is not needed": admission, which the other never names
    return not of_whom or bool(set(of_whom) & said)


def _kept_apart(refused: dict[int, int], statements: Sequence[Statement], member_of: dict) -> dict[str, tuple[str, str]]:
    """Per statement the clustering kept from a configuration because it says the opposite of a member there, ending in
    different configurations: the configuration and that member. Of a pair, the one in the smaller configuration (the
    later id on a tie) is named as kept out of the other's."""
    found = {}
    for x, y in sorted(refused.items()):
        a, b = statements[x].id, statements[y].id
        home_a, home_b = member_of.get(a), member_of.get(b)
        if home_a is None or home_b is None or home_a.id == home_b.id:
            continue
        rank_a, rank_b = (-len(home_a.statements), natural_key(a)), (-len(home_b.statements), natural_key(b))
        out, member, there = (a, b, home_b) if rank_a > rank_b else (b, a, home_a)
        if out in found:
            continue
        found[out] = (there.id, member)
    return dict(sorted(found.items(), key=lambda item: natural_key(item[0])))


def _alone_near(
    alone: dict[str, str],
    configs: list[Configuration],
    statements: list[Statement],
    index,
    graph: NeighbourGraph,
    opposite: Opposites,
    across_coded_domains: bool = False,
    at_least: float = 0.0,
) -> dict[str, list[tuple[str, float]]]:
    """Each statement proposed alone (to the configuration holding it) with the other configuration it is likest, kept
    or new, scored as `cmo code suggest` scores it (`explain.placements`), so the person who decides whether it stands
    alone sees where it would go (trial Q: 17 of 27 configurations were single statements, each said only to have
    "joined no other"). Only configurations holding one of its neighbours can score above nothing: a large review
    compares a few, not all; and only those it may join (`may_hold`), as the merge keeps coded domains apart.
    `across_coded_domains`: only those it may not join, as coded to another domain, scoring `at_least` this much, and
    that it would join were its domain changed, as the line that names one says: none of whose members it is kept apart
    from (`Opposites`), and to which it is as like as their members are like one another (`explain.cohesion`; for a
    configuration of one, as the review's configurations' members usually are, `typical_cohesion`), as a
    coder's domain is a person's judgement (trial AO 4: "supportive supervision → skills reinforced" was told to recode
    its domain to join "workload and pay → overburdened" at 0.263 where the review merged at 0.247, members alike at
    0.303), and with a word of its mechanism in common with theirs (`explain.shared_with`, words common across the review
    set aside): two statements of different domains alike in their setting or their result alone are two configurations,
    and recoding one joins them on no shared why (trial AS 6: "a positive experience of the school program builds trust"
    told to recode to join "the South Australian school program → coverage reached 80%", which has no mechanism; "missed
    sessions were not fully caught up" to join it on "coverage"). A statement written in another language is compared
    with members written in English only (`explain.comparable`). Each with the runners-up it is about as like
    (`explain.close_to_best`), best first: the hint was right for few singletons when it named one (trials AI 2, AK 6,
    AJ D), and the benchmarks' top-3 placement is far above their top-1."""
    position = {s.id: i for i, s in enumerate(statements)}
    holder, nodes = _members_by_node(configs, position)
    by_id = {c.id: c for c in configs}
    typical = typical_cohesion(index, nodes) if across_coded_domains else 0.0
    common = common_terms(statements) if across_coded_domains else {}
    found = {}
    for sid, own in alone.items():
        node = position[sid]
        near = {holder[n] for n in graph.adjacency[node] if n in holder and holder[n] != own}
        candidates = {
            cid: nodes[cid]
            for cid in sorted(near, key=natural_key)
            if may_hold(by_id[cid], statements[node]) != across_coded_domains
        }
        scored = placement_scores(index, node, comparable(node, candidates, statements))
        if across_coded_domains:
            scored = [
                (score, cid, held)
                for score, cid, held in scored
                if joins_across_domains(index, node, held, score, statements, common, typical, opposite)
            ]
        close = [(cid, score) for score, cid, _ in close_to_best(index, node, scored)]
        close = [(cid, score) for cid, score in close if score >= at_least]
        if close:
            found[sid] = close
    return found


def joins_across_domains(
    index, node: int, held: list[int], score: float, statements: Sequence[Statement], common, typical: float, opposite: Opposites
) -> bool:
    """Whether a statement coded to another domain than a configuration's (`may_hold`) is told it belongs there, by
    refine's hint (`_alone_near`) and `cmo code suggest` alike: none of the members (`held`, by node) is kept apart from it
    (`Opposites`), it is as like them (`score`) as they are like one another (`explain.cohesion`; for a configuration of
    one, `typical`: `typical_cohesion`), and it has a word of its mechanism in common with theirs (`explain.shared_with`,
    words `common` across the review set aside)."""
    return (
        opposite.apart_from(node, held) is None
        and score >= (cohesion(index, held) or typical)
        and bool(shared_with(statements[node], [statements[n] for n in held], common).get("mechanism"))
    )


def typical_cohesion(index, nodes: dict[str, list[int]]) -> float:
    """How alike the members of this review's configurations of two or more are, the median of their `explain.cohesion`:
    what a statement coded to another domain must reach to be told to join a lone statement, which has no members'
    likeness of its own (trial AR 7: "practical and emotional support → less anxiety", coded to access, was told to
    recode to workforce to join "the emotional load of going above and beyond → midwives burn out", standing alone, at
    0.303 where the review merged at 0.293, the two sharing one word of their mechanisms). With no such configuration,
    nothing: the cut alone decides."""
    found = [cohesion(index, held) for held in nodes.values() if len(held) >= 2]
    return float(np.median(found)) if found else 0.0


def _hints_kept_apart(
    nearest: dict[str, list[tuple[str, float]]],
    configs: list[Configuration],
    position: dict[str, int],
    opposite: Opposites,
    cut: float,
    noted: dict[str, dict[str, tuple[str, str]]],
) -> dict[str, list[tuple[str, float]]]:
    """Each statement's hints (`_alone_near`) less the configurations it is as like as this review merges (`cut`) yet
    kept out of, as it is kept apart from a member there (`Opposites.reason`): why it stands alone is that member, not
    its score, so the first such one is noted in `noted` (per reason: `MergeResult.kept_apart`, `kept_apart_sides`) for
    refine to say, with the attach that puts it there (trial AP: "S30 stands alone in C19; it is most like C13 (0.391,
    where this review merges at 0.319)", kept out by C13's S32, on the other side, and said of no one). Below the cut,
    a hint is where a person may attach it, whatever its members, and stays. A pair already noted the other way is said
    once (`_kept_apart`)."""
    members = {c.id: [position[sid] for sid in c.statements if sid in position] for c in configs}
    ids = {node: sid for sid, node in position.items()}
    found = {}
    for sid, near in nearest.items():
        kept, told = [], False
        for cid, score in near:
            apart = opposite.apart_from(position[sid], members.get(cid, [])) if score >= cut else None
            if apart is None:
                kept.append((cid, score))
                continue
            member, why = apart
            said = any(other.get(ids[member], ("", ""))[1] == sid for other in noted.values())  # the pair, the other way
            if not told and not said and why in noted:
                for other in noted.values():
                    other.pop(sid, None)
                noted[why][sid] = (cid, ids[member])
                told = True
        if kept:
            found[sid] = kept
    return found


def _likest_kept_out(
    alone: dict[str, str],
    configs: list[Configuration],
    statements: list[Statement],
    index,
    graph: NeighbourGraph,
    opposite: Opposites,
    cut: float,
    noted: dict[str, dict[str, tuple[str, str]]],
) -> None:
    """Per statement proposed alone, the configuration it is likest of those it is as like as this review merges (`cut`)
    yet kept apart from a member of (`Opposites.reason`), of any domain, noted in `noted` (per reason) with the member
    there it is likest of those it is kept apart from, in place of a less like one the clustering or the hints noted:
    refine says why it stands alone where it would go, not where it came nearest the cut first; one of another domain only
    when it is as like it as its members are to one another, as a hint across domains (`_alone_near`) (trial AS 7: "S34 kept out
    of C4", nurses and consent, at 0.228 where the review merged at 0.222, while C14, the lack of knowledge whose other
    side S34 tells, at 0.297 in another domain, was never named). Only configurations holding one of its neighbours can
    score above nothing. A pair already noted the other way is said once (`_kept_apart`)."""
    position = {s.id: i for i, s in enumerate(statements)}
    holder, nodes = _members_by_node(configs, position)
    ids = {node: sid for sid, node in position.items()}
    by_id = {c.id: c for c in configs}
    typical = typical_cohesion(index, nodes)
    for sid, own in alone.items():
        node = position[sid]
        near = {holder[n] for n in graph.adjacency[node] if n in holder and holder[n] != own}
        candidates = comparable(node, {cid: nodes[cid] for cid in sorted(near, key=natural_key)}, statements)
        scored = {cid: score for score, cid, _ in placement_scores(index, node, candidates)}
        was = next(((why, found[sid][0]) for why, found in noted.items() if sid in found), None)
        for score, cid in sorted(((s, c) for c, s in scored.items()), key=lambda item: (-item[0], natural_key(item[1]))):
            if score < cut or (was is not None and scored.get(was[1], 0.0) >= score):
                break
            if not may_hold(by_id[cid], statements[node]) and score < (cohesion(index, nodes[cid]) or typical):
                continue  # of another domain: as like it as its members are to one another, as `_alone_near` asks
            held = sorted(candidates[cid], key=lambda n: -float(index.pairs(np.array([node]), np.array([n]))[0]))
            apart = opposite.apart_from(node, held)
            if apart is None or apart[1] not in noted:
                continue
            member, why = apart
            if any(other.get(ids[member], ("", ""))[1] == sid for other in noted.values()):
                break  # the pair, the other way: said once
            for other in noted.values():
                other.pop(sid, None)
            noted[why][sid] = (cid, ids[member])
            break


def may_hold(config: Configuration, statement: Statement) -> bool:
    """Whether a statement may sit in a configuration: not across the domain a person coded it to (refine never
    places it so; suggestions offer only these)."""
    return not _coded_apart(statement.domain, config.domain)


def _members_by_node(configs: list[Configuration], position: dict[str, int]) -> tuple[dict[int, str], dict[str, list[int]]]:
    nodes = {c.id: [position[sid] for sid in c.statements if sid in position] for c in configs}
    return {node: cid for cid, held in nodes.items() for node in held}, nodes


def _best_rival(node: int, rivals: tuple[dict[int, str], dict[str, list[int]]], graph: NeighbourGraph, index) -> float:
    """How like the statement is the re-formable configuration it is most like, by `explain.placement_scores`: only those
    holding one of its neighbours can score above nothing, so a large review compares a few, not every configuration."""
    holder, nodes = rivals
    near = {holder[n] for n in graph.adjacency[node] if n in holder}
    ranked = placement_scores(index, node, {cid: nodes[cid] for cid in sorted(near, key=natural_key)})  # never itself
    return ranked[0][0] if ranked else 0.0


def _match_ids(clusters: list[list[str]], previous: list[Configuration]):
    """Pair each cluster with the previous configuration it overlaps most (Jaccard).

    Greedy from the best overlap down; ties go to the older id, then the earlier
    cluster. Re-running on unchanged input therefore returns the same ids.
    """
    holders: dict[str, list[int]] = {}
    for position, old in enumerate(previous):
        for sid in set(old.statements):
            holders.setdefault(sid, []).append(position)
    sizes = [len(set(old.statements)) for old in previous]
    candidates = []
    for ci, members in enumerate(clusters):
        mset = set(members)
        overlaps = Counter(position for sid in mset for position in holders.get(sid, ()))
        for position, overlap in overlaps.items():
            old = previous[position]
            union = len(mset) + sizes[position] - overlap
            candidates.append((-overlap / union, natural_key(old.id), ci, old))
    candidates.sort(key=lambda t: t[:3])
    chosen: dict[int, Configuration] = {}
    used: set[str] = set()
    for _, _, ci, old in candidates:
        if ci not in chosen and old.id not in used:
            chosen[ci] = old
            used.add(old.id)
    return [(chosen.get(ci), members) for ci, members in enumerate(clusters)]


class _Builder:
    """Turns a list of member ids into a full Configuration."""

    def __init__(self, by_id, index: SimilarityIndex, position, domain_model: DomainModel, about_same: _AboutSame):
        self.by_id = by_id
        self.index = index
        self.position = position
        self.domains = domain_model
        self.about_same = about_same
        self.common = common_terms(list(by_id.values()))
        self.consulted: set[str] = set()
        self.words_kept: dict[str, list[str]] = {}
        self.made_by_hand: set[str] = set()

    def propose(self, config_id: str, members: list[str]) -> Configuration:
        members = sorted(members, key=natural_key)
        ranked = self._by_centrality(members)
        contradicting = self._contradicting(config_id, members, proposed_against(members, self.by_id, self.about_same))
        worded_from = self._wording_member(self._supporting(ranked, members, contradicting))
        fields = {e: (getattr(worded_from, e) or "").strip() for e in ELEMENTS}
        if contradicting:  # read again against the outcome it is worded with: a null result about another thing is not against it
            again = proposed_against(members, self.by_id, self.about_same, fields["outcome"] or None)
            contradicting = [sid for sid in contradicting if sid in self._contradicting(config_id, members, again)]
        return Configuration(
            id=config_id,
            title=title_for(fields["context"], fields["mechanism"], fields["outcome"]),
            statements=members,
            contradicting=contradicting,
            groups=self._groups(members),
            why=why_together(self.index, [self.position[m] for m in members], [self.by_id[m] for m in members], self.common),
            **fields,
        )

    def keep(self, config: Configuration, extra: list[str], suggested: list[str] = ()) -> Configuration:
        """A pinned configuration: same members (plus new ones that joined), edits kept, and the statements
        refine found like it offered (`suggested`), each with its score and shared words. Accepted: untouched."""
        if config.accepted:
            return config
        members = sorted(set(config.statements) | set(extra), key=natural_key)
        present = [sid for sid in members if sid in self.by_id]
        ranked = self._by_centrality(present)
        # the list is refine's proposal, made again by today's rule (a person's say is each member's mark, read first):
        # a list stored by an earlier rule would otherwise outlive it on every configuration a team pinned
        worded = config.outcome or None  # what the rule reads against, a person's wording or refine's, as `propose` reads it
        if config.id in self.made_by_hand:  # a person said its members are about the same: `configs new`'s reading (AI 6)
            proposed = against_by_hand(present, self.by_id)
        else:
            proposed = proposed_against(present, self.by_id, self.about_same, worded)
        contradicting = self._contradicting(config.id, members, proposed)
        nodes = [self.position[sid] for sid in present]
        by_node = {self.position[sid]: self.by_id[sid] for sid in self.by_id}
        update: dict = {
            "statements": members,
            "contradicting": contradicting,
            "groups": config.groups if "groups" in config.edited else self._groups(members),
            "suggested": [
                placements(self.index, sid, self.position[sid], {config.id: nodes}, by_node, 1, self.common, self._model())[0]
                for sid in suggested
            ],
        }
        # words only a member counted against it says are stale too: a configuration is worded from a member on its side
        # (trial BF: a merge kept C14's words, its null trial's, and refine then listed that trial against C14)
        against = set(
            contradicting_ids(config.model_copy(update={"statements": members, "contradicting": contradicting}), self.by_id)
        )
        stale = stale_elements(config, [self.by_id[sid] for sid in present if sid not in against])
        if stale and keeps_words(config, self.consulted):  # the group rated these words: a person rewords them
            self.words_kept[config.id] = stale
        elif stale:  # worded again, whole, from one member: never one element from another statement than the rest
            supporting = self._supporting(ranked, members, contradicting)
            held = [sid for sid in supporting if sid in config.statements] or supporting  # before any that joined now
            worded_from = wording_member(still_saying(config, [self.by_id[sid] for sid in held if sid in self.by_id]))
            for element in (e for e in ELEMENTS if e not in config.edited):
                update[element] = (getattr(worded_from, element) or "").strip()
            if title_follows(config, stale):
                update["title"] = title_for(*(update.get(e, getattr(config, e)) for e in ELEMENTS))
        return config.model_copy(update=update)

    def _groups(self, members: list[str]) -> list[str]:
        return groups_of(members, self.by_id)

    def _model(self) -> str | None:
        """The sentence model, when the review's backend uses one (for the closest phrases of a suggestion)."""
        return self.about_same.model if self.about_same.backend != "lexical" else None

    def _by_centrality(self, members: list[str]) -> list[str]:
        """Members from most to least central, as split and detach rank them (`cmo.synthesis.centrality`)."""
        return by_centrality(members, self.index, self.position)

    def _supporting(self, ranked: list[str], members: list[str], contradicting: list[str]) -> list[str]:
        """The ranked members that support it by the one rule (`cmo.synthesis.evidence`), of those reporting what most
        of them report (`as_most_report`); all of them if none does. Not yet worded, it has no outcome to read its
        undecided members by (`evidence.undecided_ids`): all but those against it are candidates, on the side most of
        them are on (`wording_member`: the null side only where most say the outcome did not follow), so a null finding
        held by most is never worded from its one positive trial, which then counts on neither side (trial AH 1)."""
        draft = Configuration(id="", statements=members, contradicting=contradicting)
        support = [sid for sid in ranked if sid in self.by_id and sid not in contradicting_ids(draft, self.by_id)]
        if not support:
            return ranked
        side = reads_against(wording_member([self.by_id[sid] for sid in support]))
        said = {sid for sid in support if (self.by_id[sid].outcome or "").strip()}
        support = [sid for sid in support if sid not in said or reads_against(self.by_id[sid]) == side]
        saying = {s.id for s in as_most_report([self.by_id[sid] for sid in support])}
        return [sid for sid in ranked if sid in saying] or support

    def _contradicting(self, config_id: str, members: list[str], proposed: list[str]) -> list[str]:
        """The list refine stores: its proposal (`evidence.proposed_against`) as the one rule reads it, marks first."""
        draft = Configuration(id=config_id, statements=members, contradicting=proposed)
        return contradicting_ids(draft, self.by_id)

    def _wording_member(self, supporting: list[str]) -> Statement:
        """The member the configuration is worded from (`centrality.wording_member`), of those in the review."""
        return wording_member([self.by_id[sid] for sid in supporting if sid in self.by_id])


class _AboutSame:
    """Whether a statement says the outcome did not follow where another statement said it did, with that one:

    - about the same context and mechanism: their C and M alone, on the review's similarity, reach the corpus threshold;
    - and about the same outcome once the words that deny it or give its direction are set aside (`outcome_asserted`:
      "did not keep care going" beside "care was kept going", "fewer households" beside "more households"): the same
      words, by the threshold the review's outcomes give (`corpus_threshold` over outcomes alone, compared by their
      words, as sentence models hold antonyms close: "conceal" beside "disclose"); or with a context and mechanism as
      alike as paraphrases are in this review (the median nearest neighbour's similarity):
      the same C and M, and the outcome did not follow, however it is worded.

    A negatively worded outcome about something else ("men do not disclose" beside "men conceal and disengage", in
    another setting) says the same thing, not the opposite. Both thresholds come from the review's own statements (a
    seeded sample of a large one). Built on first use, as most configurations have no candidate."""

    SAMPLE = 2000

    def __init__(self, statements: Sequence[Statement], position: dict[str, int], backend: str, cut: float, model: str):
        self.statements, self.position, self.backend, self.cut, self.model = statements, position, backend, cut, model
        self._situations: SimilarityIndex | None = None
        self._outcomes: SimilarityIndex | None = None
        self.same_outcome = self.same_situation = 1.0

    def __call__(self, statement_id: str, others: list[str]) -> bool:
        if self._situations is None:
            self._situations, self._outcomes = self._indexes(self.statements)
            self._thresholds()
        node = self.position[statement_id]
        nodes = np.array([self.position[o] for o in others if o != statement_id])
        if not len(nodes):
            return False
        ends = np.full(len(nodes), node)
        situation = self._situations.pairs(ends, nodes)
        if not (situation >= self.cut).any():
            return False
        outcome = self._outcomes.pairs(ends, nodes)
        return bool(((situation >= self.cut) & ((outcome >= self.same_outcome) | (situation >= self.same_situation))).any())

    def _indexes(self, statements: Sequence[Statement]) -> tuple[SimilarityIndex, SimilarityIndex]:
        """Over contexts and mechanisms alone, and over outcomes alone with their denials set aside."""
        situations = [s.model_copy(update={"outcome": ""}) for s in statements]
        outcomes = [
            s.model_copy(update={"context": "", "mechanism": "", "outcome": outcome_asserted(s.outcome)}) for s in statements
        ]
        return (
            build_index(situations, backend=self.backend, model=self.model),
            build_index(outcomes, backend="lexical"),  # words, not meaning: a sentence model puts "conceal" by "disclose"
        )

    def _thresholds(self) -> None:
        situations, outcomes = self._situations, self._outcomes
        if len(self.statements) > self.SAMPLE:
            chosen = np.random.default_rng(20240601).choice(len(self.statements), self.SAMPLE, replace=False)
            situations, outcomes = self._indexes([self.statements[i] for i in sorted(chosen)])
        nearest = NeighbourGraph.build(situations).nearest()
        self.same_situation = float(np.quantile(nearest[nearest > 0], 0.9)) if np.any(nearest > 0) else 1.0
        self.same_outcome = corpus_threshold(outcomes, NeighbourGraph.build(outcomes))


class DomainModel:
    """Assigns domains by how close a statement's text is to a domain's name and description.

    Lexically by TF-IDF cosine; with the semantic or hybrid backend also by the sentence model's cosine
    (the mean of both for hybrid, as for statements), so a domain described in other words than the
    statements use is still found. A statement's coded domain always wins.
    """

    def __init__(self, statements: Sequence[Statement], domains: Sequence[Domain], backend: str = "lexical", model: str = ""):
        self.slugs = [d.slug for d in domains]
        self.backend, self.model = backend, model
        self.statements, self.baseline = list(statements), None
        self.domain_texts = [f"{d.name}. {d.description}" for d in domains]
        domain_docs = [terms(f"{d.name}. {d.name}. {d.description}") for d in domains]
        statement_docs = [self._doc(s) for s in statements]
        all_docs = statement_docs + domain_docs
        self.vocab = {t: i for i, t in enumerate(sorted({t for d in all_docs for t in d}))}
        df = Counter(t for d in all_docs for t in set(d))
        n = len(all_docs)
        self.idf = np.array([np.log((1 + n) / (1 + df[t])) + 1.0 for t in sorted(self.vocab)])
        self.domain_vectors = self._matrix(domain_docs)

    @staticmethod
    def _doc(statement: Statement) -> list[str]:
        return [t for e in ELEMENTS for t in terms(getattr(statement, e))]

    def _matrix(self, docs: list[list[str]]) -> sparse.csr_matrix:
        rows, cols, vals = [], [], []
        for r, doc in enumerate(docs):
            for term, count in sorted(Counter(t for t in doc if t in self.vocab).items()):
                rows.append(r)
                cols.append(self.vocab[term])
                vals.append((1.0 + np.log(count)) * self.idf[self.vocab[term]])
        m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(docs), len(self.vocab)))
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.diags(1.0 / norms) @ m

    def best(self, groups: list[list[Statement]]) -> list[tuple[str | None, float]]:
        """For each group of statements (one statement, or a configuration's members), the closest domain and
        the confidence: its relative margin over the runner-up (1.0 when only one matches); None below the minimum."""
        if not self.slugs or not groups:
            return [(None, 0.0)] * len(groups)
        sims = (self._matrix([[t for s in g for t in self._doc(s)] for g in groups]) @ self.domain_vectors.T).toarray()
        if self.backend in ("semantic", "hybrid"):
            meaning = self._by_meaning(groups)
            sims = meaning if self.backend == "semantic" else (sims + meaning) / 2
        return [self._pick(row) for row in sims]

    def _centred(self, cosines: np.ndarray) -> np.ndarray:
        """Each domain's cosines less that domain's mean over the review's statements: a description that is
        close to everything (long, generic) gains nothing from it; what is left is how much closer this is."""
        return np.clip(np.round(cosines - self.baseline, 3), 0.0, None)  # rounded: float noise is no evidence

    def _by_meaning(self, groups: list[list[Statement]]) -> np.ndarray:
        """Cosine of each group's mean statement vector with each domain's name-and-description vector, less each
        domain's mean over the review (`_centred`). A statement's vector is the mean of its elements' vectors, the
        ones the similarity backend has already computed."""
        from cmo.synthesis.embeddings import embed_texts

        domains = embed_texts(self.domain_texts, self.model)
        if self.baseline is None:  # every element in one call: the model reads in batches, not three at a time
            embed_texts(
                [t.strip() for s in self.statements for t in (s.context, s.mechanism, s.outcome) if t.strip()], self.model
            )
        rows = [self._mean([self._vector(s) for s in g], domains.shape[1]) for g in groups]
        if self.baseline is None:
            everyone = np.vstack([self._mean([self._vector(s)], domains.shape[1]) for s in self.statements] or [rows[0]])
            self.baseline = (everyone @ domains.T).mean(axis=0)
        return self._centred(np.vstack(rows) @ domains.T)

    def _vector(self, statement: Statement) -> np.ndarray | None:
        from cmo.synthesis.embeddings import embed_texts

        texts = [t.strip() for t in (statement.context, statement.mechanism, statement.outcome) if t.strip()]
        return embed_texts(texts, self.model).mean(axis=0) if texts else None

    @staticmethod
    def _mean(vectors: list, width: int) -> np.ndarray:
        present = [v for v in vectors if v is not None]
        mean = np.mean(present, axis=0) if present else np.zeros(width)
        return mean / max(float(np.linalg.norm(mean)), 1e-12)

    def _pick(self, sims: np.ndarray) -> tuple[str | None, float]:
        order = sorted(range(len(sims)), key=lambda i: (-sims[i], i))
        top = sims[order[0]]
        if top <= 0:
            return None, 0.0
        runner_up = sims[order[1]] if len(order) > 1 else 0.0
        confidence = float((top - runner_up) / top)
        if confidence < DOMAIN_MIN_CONFIDENCE:
            return None, confidence
        return self.slugs[order[0]], confidence

    def for_statements(self, statements: Sequence[Statement]) -> dict[str, tuple[str | None, float]]:
        """A coded domain wins; the others by their own text."""
        uncoded = [s for s in statements if not s.domain]
        found = dict(zip((s.id for s in uncoded), self.best([[s] for s in uncoded])))
        return {s.id: (s.domain, 1.0) if s.domain else found[s.id] for s in statements}

    def for_configurations(self, groups: list[list[Statement]]) -> list[tuple[str | None, float]]:
        """Per group: the majority of its coded domains, else its members' pooled text."""
        results: list[tuple[str | None, float] | None] = [majority_domain(g) for g in groups]
        pending = [i for i, r in enumerate(results) if r is None]
        for i, found in zip(pending, self.best([groups[i] for i in pending])):
            results[i] = found
        return results  # type: ignore[return-value]
