"""Refine: propose or update configurations from the coded statements, and close rounds.

The clustering itself is `cmo.synthesis.merge` (pure); this module feeds it from the store, keeps
every human decision (pinned and accepted configurations, detached statements), writes
the result in one transaction and logs what changed in the history.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmo.errors import CmoError
from cmo.models import Configuration, Decision, FeedbackItem
from cmo.review import Review
from cmo.synthesis.merge import propose, with_groups
from cmo.synthesis.strength import evidence_strength, supporting_sources
from cmo.synthesis.wording import cmo_sentence
from cmo.views import ConfigurationView


@dataclass
class RefineOutcome:
    configurations: list[Configuration]
    backend: str
    threshold: float
    unassigned: list[str]
    changed: list[str]


def refine(review: Review, domain: str | None = None, threshold: float | None = None,
           backend: str | None = None) -> RefineOutcome:
    store = review.store
    only = review.resolve_domain(domain) if domain else None
    statements = store.statements()
    if not statements:
        raise CmoError("there are no coded statements yet; import a coding sheet with 'cmo code import FILE'.")
    threshold = threshold if threshold is not None else review.settings.merge_threshold
    backend = backend or review.settings.similarity
    with store.transaction():
        existing = store.configurations(include_retired=True)
        before = {c.id: c for c in existing}
        result = propose(
            statements, review.domains, existing, next_id=lambda: store.next_id("C"),
            detached={s.id for s in statements if s.detached}, only_domain=only, threshold=threshold,
            backend=backend,
        )
        by_id = {s.id: s for s in statements}
        configurations = [c if c.retired else with_groups(c, by_id) for c in result.configurations]
        changed = [c for c in configurations if before.get(c.id) != c]
        store.put_configurations(changed)
        if changed:
            store.record_decision(Decision(
                action="refine", targets=[c.id for c in changed], round=store.current_round(),
                note=f"proposed by cmo refine ({result.backend}, threshold {result.threshold})"
                     + (f" within domain {only}" if only else ""),
                before={c.id: before[c.id].statements for c in changed if c.id in before},
                after={c.id: ([] if c.retired else c.statements) for c in changed},
            ))
    active = [c for c in configurations if not c.retired and (only is None or c.domain == only)]
    return RefineOutcome(active, result.backend, result.threshold, result.unassigned_statements, [c.id for c in changed])


def refine_views(review: Review, domain: str | None = None, threshold: float | None = None,
                 backend: str | None = None) -> tuple[RefineOutcome, list[ConfigurationView]]:
    """`cmo refine`: what refine did, and the configurations as `configs list` shows them."""
    outcome = refine(review, domain, threshold, backend)
    return outcome, describe(review, outcome.configurations)


def sentence(view: ConfigurationView) -> str:
    """The configuration's C, M and O as the one sentence listings show."""
    return cmo_sentence(view.context, view.mechanism, view.outcome)


def describe(review: Review, configs: list[Configuration],
             feedback: list[FeedbackItem] | None = None) -> list[ConfigurationView]:
    """The stable JSON view of configurations, with sources, strength and feedback beside each."""
    statements = {s.id: s for s in review.store.statements()}
    sources = {s.key: s for s in review.store.sources()}
    feedback = review.store.feedback() if feedback is None else feedback
    views = []
    for config in configs:
        support, against = supporting_sources(config, statements)
        label, why = evidence_strength(config, statements, sources)
        answers = [f for f in feedback if f.configuration == config.id]
        views.append(ConfigurationView(**{
            "id": config.id, "title": config.title, "domain": config.domain,
            "domain_confidence": config.domain_confidence,
            "context": config.context, "mechanism": config.mechanism, "outcome": config.outcome,
            "key_contexts": config.key_contexts,
            "statements": config.statements, "contradicting": config.contradicting,
            "sources": support, "contradicting_sources": against,
            "strength": label, "strength_reason": why,
            "groups": config.groups, "accepted": config.accepted, "pinned": config.pinned,
            "feedback_evidence": config.feedback_evidence,
            "feedback": {
                "responses": len(answers),
                "agree": sum(f.rating == "agree" for f in answers),
                "partly": sum(f.rating == "partly" for f in answers),
                "disagree": sum(f.rating == "disagree" for f in answers),
                "items": [f.id for f in answers],
            },
        }))
    return views




