"""Why statements belong together, and where a statement may belong: words shared per element, and scores.

Every proposal of the engine (a configuration, a placement) is explained in the reviewer's own words:
for each element, the words of the statements that share a normalised term (`similarity.terms`, so
"trusting" and "trusted" count as one), and the mean similarity on the review's backend, which also
sees paraphrases that share no word. The words are the statements' own; nothing is generated.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations

import numpy as np

from cmo.models import Phrase, Placement, Why
from cmo.normalise import natural_key
from cmo.synthesis.similarity import ELEMENTS, HasElements, terms_with_words

SHARED_WORDS = 5
"""At most this many words per element: enough to see the idea, short enough to read."""
SUGGESTIONS = 3
COMMON_SHARE = 0.2
"""A word in more than this share of the review's statements (in that element) explains nothing: it is left out."""


def _terms(statement: HasElements, element: str) -> dict[str, str]:
    """A statement's terms in one element, each with the first word it was made from."""
    found: dict[str, str] = {}
    for term, word in terms_with_words(getattr(statement, element) or ""):
        found.setdefault(term, word)
    return found


def common_terms(statements: Sequence[HasElements]) -> dict[str, frozenset[str]]:
    """Per element, the terms so many statements use that sharing them says little (`COMMON_SHARE`)."""
    common = {}
    limit = max(2, COMMON_SHARE * len(statements))
    for element in ELEMENTS:
        counts = Counter(t for s in statements for t in _terms(s, element))
        common[element] = frozenset(t for t, n in counts.items() if n > limit)
    return common


def shared_by_members(members: Sequence[HasElements], common: dict[str, frozenset[str]] | None = None) -> dict[str, list[str]]:
    """Per element, the words at least two members (and at least half of them) share, most shared first."""
    common = common or {}
    shared = {}
    need = max(2, (len(members) + 1) // 2)
    for element in ELEMENTS:
        counts: Counter[str] = Counter()
        words: dict[str, Counter[str]] = {}
        for member in members:
            for term, word in _terms(member, element).items():
                if term in common.get(element, ()):
                    continue
                counts[term] += 1
                words.setdefault(term, Counter())[word] += 1
        most = [t for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n >= need]
        if most:
            shared[element] = [words[t].most_common(1)[0][0] for t in most[:SHARED_WORDS]]
    return shared


def shared_with(
    statement: HasElements, members: Sequence[HasElements], common: dict[str, frozenset[str]] | None = None
) -> dict[str, list[str]]:
    """Per element, the statement's words whose terms some member also has in that element."""
    common = common or {}
    shared = {}
    for element in ELEMENTS:
        theirs = {t for m in members for t in _terms(m, element)} - common.get(element, frozenset())
        mine = [word for term, word in _terms(statement, element).items() if term in theirs]
        if mine:
            shared[element] = mine[:SHARED_WORDS]
    return shared


def no_mechanism_shared(
    members: Sequence[HasElements], common: dict[str, frozenset[str]] | None = None
) -> dict[str, list[str]] | None:
    """The words the members share per element, as "proposed together" shows them (`shared_by_members`; none, it may be),
    where they share fewer than `MECHANISM_WORDS_IN_COMMON` words of their mechanisms (at least two of them, and at least
    half) beyond words their contexts name, the one they share, if any, as "alone", or where the words they share are each
    said by other members and never together by half of them (`_said_together`), those words as "apart"; else None.
    A configuration is a mechanism in a context leading to an outcome, and "two statements with the same outcome reached
    by different mechanisms are different configurations" (`cmo.synthesis.similarity`): members joined on their outcome,
    on a context word ("older adults"), or on the person both mechanisms are about ("the nurse's framing shapes the
    physician's decision" beside "education for both → a shared understanding with the physician", each physician's
    context) were put together on no mechanism at all, a judgement refine leaves to the reviewer, saying it. Words so
    common in an element that they explain nothing (`common_terms`: "patients", "staff") are no shared words (trial AR 2:
    nine statements shown as joined on "fewer, preterm" alone, two of them sharing "inner-city wards", were never said
    to be; session 42: "person" + "attend", "depressive symptoms" + "delivered", and "physician" in context and mechanism
    were never said to be)."""
    if sum(1 for m in members if (m.mechanism or "").strip()) < 2:
        return None  # fewer than two say how: nothing to compare
    if _one_way_to_one_outcome(members):
        return None
    common = common or {}
    named = frozenset(t for m in members for t in _terms(m, "context"))
    beyond_context = {**common, "mechanism": common.get("mechanism", frozenset()) | named}
    beyond = shared_by_members(members, beyond_context).get("mechanism", [])
    apart = len(beyond) >= MECHANISM_WORDS_IN_COMMON and not _said_together(members, beyond_context)
    if len(beyond) >= MECHANISM_WORDS_IN_COMMON and not apart:
        return None
    shared = shared_by_members(members, common)
    if apart:
        shared["apart"] = beyond
    elif beyond:
        shared["alone"] = beyond
    everywhere = [w for w in shared_by_members(members, {"mechanism": named}).get("mechanism", []) if w not in beyond]
    if everywhere:  # "trust in practitioner" coded on seven statements of different outcomes: shared, and no mechanism
        shared["everywhere"] = everywhere  # apart in this review, so said as such, never as no word (re-check 44 of BL C6)
    return shared


def _one_way_to_one_outcome(members: Sequence[HasElements]) -> bool:
    """Whether at least half the members (two or more) say the same mechanism and the same outcome in the same words, as
    a team coding with a code book writes one code's name on every passage it ticks (Dedoose, NVivo): one mechanism
    leading to one outcome, however often the review's other statements use those words (`common_terms`). Trial CC 3:
    six statements coded "Carer gains confidence from hands-on training" → "Exercises done daily at home" were said to
    share no mechanism word and to need splitting, as the code's words were those of a fifth of the review. Members of
    one mechanism and different outcomes are still said (re-check 44 of BL C6)."""
    need = max(2, (len(members) + 1) // 2)
    said = Counter(
        (mechanism, frozenset(_terms(m, "outcome")))
        for m in members
        if (mechanism := frozenset(_terms(m, "mechanism"))) and (m.outcome or "").strip()
    )
    return bool(said) and max(said.values()) >= need


def _said_together(members: Sequence[HasElements], common: dict[str, frozenset[str]]) -> bool:
    """Whether the mechanism words the members share (at least two members, and at least half, say each; beyond `common`)
    are one mechanism: `MECHANISM_WORDS_IN_COMMON` of them are said together by at least half the members, and no two
    or more others say none of those. Words each group says apart ("trust in the paramedic" twice beside "the
    paramedic's confidence" twice; "pupils trust the staff" twice beside "parents feel confident" twice) are two
    mechanisms joined on their context or outcome, not one (trial BT: C1 joined them, unsaid)."""
    need = max(2, (len(members) + 1) // 2)
    held = [set(_terms(m, "mechanism")) - common.get("mechanism", frozenset()) for m in members]
    counts = Counter(t for terms in held for t in terms)
    shared = sorted(t for t, n in counts.items() if n >= need)
    for pair in combinations(shared, MECHANISM_WORDS_IN_COMMON):
        holding = [terms for terms in held if terms.issuperset(pair)]
        others = [terms for terms in held if not terms & set(pair)]
        if len(holding) >= need and len(others) < 2:
            return True
    return False


MECHANISM_WORDS_IN_COMMON = 2
"""How many words of their mechanisms members must share (beyond words their contexts name) to be said to share a
mechanism (`no_mechanism_shared`): one is not enough (trials BD, BH, BJ rejected configurations sharing only "time",
"staff", "call"), chosen leaving one review out by F1 on configurations mixing what the answer key keeps apart, 2 in
every fold of both backends (`bench/bench_no_mechanism.py --part words`). Where one is shared, it is given as "alone";
words they share that the review's mechanisms use so often they tell none apart (`common_terms`), as "everywhere"."""


def cohesion(index, nodes: Sequence[int]) -> float | None:
    """Mean similarity of the members' pairs (None for a single member)."""
    if len(nodes) < 2:
        return None
    rows, cols = np.triu_indices(len(nodes), 1)
    nodes = np.asarray(nodes, dtype=np.int64)
    return round(float(index.pairs(nodes[rows], nodes[cols]).mean()), 3)


def why_together(index, nodes: Sequence[int], members: Sequence[HasElements], common=None) -> Why:
    return Why(similarity=cohesion(index, nodes), shared=shared_by_members(members, common))


def closest_phrases(statement: HasElements, members: Sequence, model: str) -> dict[str, Phrase]:
    """Per element, the member whose wording of it is closest in meaning to the statement's (the sentence model)."""
    from cmo.synthesis.embeddings import embed_texts

    found = {}
    for element in ELEMENTS:
        mine = (getattr(statement, element) or "").strip()
        theirs = [(m.id, (getattr(m, element) or "").strip()) for m in members]
        theirs = [(sid, text) for sid, text in theirs if text]
        if not mine or not theirs:
            continue
        vectors = embed_texts([mine, *(text for _, text in theirs)], model)
        sims = vectors[1:] @ vectors[0]
        best = int(np.argmax(sims))
        found[element] = Phrase(statement=theirs[best][0], text=theirs[best][1], similarity=round(float(sims[best]), 3))
    return found


def placement_scores(index, node: int, candidates: dict[str, list[int]]) -> list[tuple[float, str, list[int]]]:
    """Each configuration's score for a statement, best first (ties by id): its mean similarity to the configuration's
    other members, rounded as shown, with those members' nodes; the ranking `placements` explains and refine's offers
    read (`merge._offers`), so the two never rank differently."""
    scored = []
    for config_id, nodes in candidates.items():
        others = [n for n in nodes if n != node]
        if not others:
            continue
        score = float(index.pairs(np.full(len(others), node), np.asarray(others, dtype=np.int64)).mean())
        scored.append((round(score, 3), config_id, others))
    scored.sort(key=lambda item: (-item[0], natural_key(item[1])))
    return scored


def close_to_best(index, node: int, scored: list[tuple[float, str, list[int]]], top: int = SUGGESTIONS) -> list:
    """Of `placement_scores`'s ranking, the best and each runner-up (up to `top` in all) no further below it than one
    standard error of the difference between the two means: the spread of the statement's similarities to each
    configuration's members about that configuration's mean (pooled over the ranked ones; over all of them when each
    has one member), over their numbers of members. Below that, which of them is first is chance, so a person hears of
    every one (top-1 placement is 0.72 on the benchmarks where top-3 is 0.91); a runner-up far below is not offered."""
    ranked = [item for item in scored[:top] if item[0] > 0]
    if len(ranked) < 2:
        return ranked
    sims = [index.pairs(np.full(len(others), node), np.asarray(others, dtype=np.int64)) for _, _, others in ranked]
    within = sum(float(((s - s.mean()) ** 2).sum()) for s in sims)
    freedom = sum(len(s) for s in sims) - len(sims)
    spread = within / freedom if freedom > 0 else float(np.var(np.concatenate(sims), ddof=1))
    best = ranked[0]
    return [best] + [
        item
        for item, s in zip(ranked[1:], sims[1:])
        if best[0] - item[0] <= np.sqrt(spread / len(sims[0]) + spread / len(s)) + 1e-9
    ]


def nearest_line(
    statement_id: str, home: str, nearest: Sequence[tuple[str, float]], cut: float, held: Mapping[str, str] | None = None
) -> str:
    """What refine says of a statement it left in a configuration of its own (`home`): the configuration it is most like,
    or the two or three it is about as like (`close_to_best`), best first, each with its score and the command that
    attaches it, by the ranking `cmo code suggest` shows. A configuration named at or above the cut is one refine does
    not add it to, and `held` says why, by its id ("C4 is accepted, …"): a score above the cut, unmerged with no word
    why, reads as a bug (trials AN 18, AP 1)."""
    cid, score = nearest[0]
    why = [held[c] for c, s in nearest if s >= cut and c in (held or {})]
    merges = f"where this review merges at {cut:.3f}" + "".join(f"; {reason}" for reason in why)
    if len(nearest) == 1:
        return (
            f"{statement_id} stands alone in {home}; it is most like {cid} ({score:.3f}, {merges}): "
            f"'cmo configs attach {statement_id} --to {cid}' if it belongs there"
        )
    named = ", ".join(f"{c} ({s:.3f})" for c, s in nearest[:-1]) + f" or {nearest[-1][0]} ({nearest[-1][1]:.3f})"
    return (
        f"{statement_id} stands alone in {home}; it is about as like {named}, {merges}: "
        f"'cmo configs attach {statement_id} --to ID' with the one it belongs to, if any ('cmo code suggest {statement_id}' "
        "shows the words each shares)"
    )


def comparable(node: int, candidates: dict[str, list[int]], by_node) -> dict[str, list[int]]:
    """The configurations a statement may be placed by, each with the members it is compared with: every one for a
    statement written in English; for one written in another language (`languages.not_in_english`), only the members
    written in English, and only configurations holding one, as two statements in another language share their language,
    not their meaning (`languages.not_in_english_ids`). `by_node`: the statements, by node (a list or a dict)."""
    from cmo.synthesis.languages import not_in_english_ids

    if not not_in_english_ids([by_node[node]]):
        return candidates
    nodes = {n for held in candidates.values() for n in held}
    foreign = not_in_english_ids([by_node[n] for n in nodes])
    kept = {cid: [n for n in held if by_node[n].id not in foreign] for cid, held in candidates.items()}
    return {cid: held for cid, held in kept.items() if held}


def placements(
    index,
    statement_id: str,
    node: int,
    candidates: dict[str, list[int]],
    by_node,
    top: int = SUGGESTIONS,
    common=None,
    model: str | None = None,
) -> list[Placement]:
    """The `top` configurations a statement most likely belongs to: mean similarity to their members (the
    average linkage refine merges by), each with the words it shares with them and, given the sentence `model`,
    the members' closest phrases per element."""
    scored = placement_scores(index, node, comparable(node, candidates, by_node))
    if common is None:
        common = common_terms(list(by_node.values()) if isinstance(by_node, dict) else by_node)
    found = []
    for score, config_id, others in scored[:top]:
        members = [by_node[n] for n in others]
        why = Why(similarity=score, shared=shared_with(by_node[node], members, common))
        if model:
            why.closest = closest_phrases(by_node[node], members, model)
        found.append(Placement(statement=statement_id, configuration=config_id, score=score, why=why))
    return found
