"""Which member of a configuration is most central, and so the one its wording is taken from.

Refine ranks members this way when it proposes a configuration, and split and detach when they
reword one, so a configuration reads the same whichever of them last touched it. Centrality is the
summed similarity to the other members, on the review's similarity backend with term weights fitted
on all the coded statements; ties go to the lowest id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from cmo.models import DEFAULT_BACKEND, Statement
from cmo.normalise import natural_key
from cmo.synthesis.backends import build_index
from cmo.synthesis.evidence import outcome_is_uncertain, reads_against, said_words, withholds
from cmo.synthesis.languages import written_in
from cmo.synthesis.similarity import SimilarityIndex


def by_centrality(members: Sequence[str], index: SimilarityIndex, position: Mapping[str, int]) -> list[str]:
    """Members (ids in the index) from most to least central; ties by id."""
    members = [s for s in members if s in position]
    if len(members) < 2:
        return list(members)
    nodes = [position[s] for s in members]
    rows, cols = np.repeat(nodes, len(nodes)), np.tile(nodes, len(nodes))
    sims = index.pairs(np.array(rows), np.array(cols)).reshape(len(nodes), len(nodes))
    np.fill_diagonal(sims, 0.0)
    centrality = sims.sum(axis=1)
    order = sorted(range(len(nodes)), key=lambda i: (-round(centrality[i], 12), natural_key(members[i])))
    return [members[i] for i in order]


def wording_member(ranked: Sequence[Statement]) -> Statement:
    """The member a configuration is worded from: the most central of those that say the most of context, mechanism
    and outcome. A configuration's words come from one statement, never stitched from several (trial J: one study's
    mechanism was joined by "so" to another study's outcome, a cause nobody reported); `ranked`: most central first.

    Never from a member that does not say what the configuration holds: of the members that say the outcome followed
    and those whose outcome reads as not following (`evidence.reads_against`), the words come from the side more of
    them are on, and on a tie from those that say it followed (trials AI 4, AK 4, AJ 2: a configuration worded from its
    one null trial, "… which leads to no improvement in quality of life", beside members saying it improved). Of
    those, one written in English where one is (`_in_another_language`). A member whose outcome only says the evidence
    is uncertain (`evidence.outcome_is_uncertain`: "little evidence of benefit compared with usual care") is on neither
    side and words it only where every member does so (helper H0: a virtual-ward finding went to the group as "… has
    this outcome: little evidence of benefit", supported by the reports of admissions avoided)."""
    said = [s for s in ranked if (s.outcome or "").strip()]
    telling = [s for s in said if not outcome_is_uncertain(s.outcome)]
    if telling and len(telling) < len(said):
        told = {s.id for s in telling}
        ranked = [s for s in ranked if s.id in told or not (s.outcome or "").strip()]
        said = telling
    against = [s for s in said if reads_against(s)]
    side = {s.id for s in (against if 2 * len(against) > len(said) else [s for s in said if not reads_against(s)])}
    kept = _saying_it_happened([s for s in ranked if s.id in side or not (s.outcome or "").strip()] or list(ranked))
    kept = [s for s in kept if not _in_another_language(s)] or kept
    return max(kept, key=lambda s: sum(bool((getattr(s, e) or "").strip()) for e in ("context", "mechanism", "outcome")))


def _in_another_language(statement: Statement) -> bool:
    """Whether a member is written in another language than English (`languages.written_in`): a configuration is worded
    from a member in English where it has one, as its packs, report and the words cmo compares are English (trial CT:
    C2 went to the reference group as "Percebem restrição como perda de autonomia médica", from a Portuguese member,
    beside one coded in English). A configuration whose members are all in another language is worded as before."""
    return written_in(statement.context or "", statement.mechanism or "", statement.outcome or "") is not None


def _saying_it_happened(members: list[Statement]) -> list[Statement]:
    """Of the members a configuration may be worded from, those whose mechanism and context say what the others say
    happened, where fewer than half withhold it (`evidence.withholds`: "they do not see the visit as a chance to change"
    beside "they see the visit as a teachable moment"): a converse member tells the configuration from its other side,
    and worded from it, the configuration says what only it reports while the others count as its support (trial AW:
    "… they do not see the visit as a chance to change, which leads to less readiness", supported by the two studies
    that found the ED visit a teachable moment). All of them where most withhold it: the configuration is then that."""
    if len(members) < 2:
        return members
    words = {s.id: said_words(s) for s in members}
    withholding = {s.id for s in members if withholds(s, set().union(*(w for i, w in words.items() if i != s.id)))}
    if not withholding or 2 * len(withholding) >= len(members):
        return members
    return [s for s in members if s.id not in withholding]


def most_central(
    members: Sequence[Statement], corpus: Sequence[Statement], backend: str = DEFAULT_BACKEND, model: str = "minilm-int8"
) -> Statement:
    """The member refine would word a configuration from, with the index refine builds of `corpus`."""
    known = {s.id: s for s in corpus}
    known.update((s.id, s) for s in members if s.id not in known)
    statements = sorted(known.values(), key=lambda s: natural_key(s.id))
    position = {s.id: i for i, s in enumerate(statements)}
    ranked = by_centrality([s.id for s in members], build_index(statements, backend=backend, model=model), position)
    return wording_member([known[sid] for sid in ranked])
