"""The configurations table as reviewers publish it, computed once for exports and the report.

Published realist reviews number configurations `CMO <domain>.<n>` and cite supporting sources
by author and year; every output (CSV, XLSX, Word, HTML, markdown) shows the same rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from cmo.bib.citations import short_cite
from cmo.models import Configuration, Domain, Source, Statement
from cmo.normalise import natural_key
from cmo.synthesis.evidence import contradicting_ids, supporting_contexts, supporting_sources
from cmo.synthesis.wording import key_contexts

Strength = Callable[[Configuration], tuple[str, str]]

UNASSIGNED = Domain(slug="", name="Other findings", description="Findings the reviewers have not yet placed in a domain.")
"""The section of configurations without a domain, in every table, pack and report."""


@dataclass
class ConfigurationRow:
    number: str
    id: str
    title: str
    context: str
    mechanism: str
    outcome: str
    key_contexts: str
    domain: str
    statements: list[str]
    contradicting: list[str]
    sources: list[str]
    contradicting_sources: list[str]
    citations: list[str]
    contradicting_citations: list[str]
    strength: str
    strength_reason: str
    groups: list[str] = field(default_factory=list)

    @property
    def overarching(self) -> str:
        """One sentence with the inline (context)/(mechanism)/(outcome) markers of published tables."""
        parts = [
            f"{text} ({label})"
            for text, label in ((self.context, "context"), (self.mechanism, "mechanism"), (self.outcome, "outcome"))
            if text
        ]
        return " ".join(parts)


@dataclass
class DomainTable:
    slug: str
    name: str
    description: str
    rows: list[ConfigurationRow]


def active(configurations: Iterable[Configuration]) -> list[Configuration]:
    return sorted((c for c in configurations if not c.retired), key=lambda c: natural_key(c.id))


def by_domain(
    configurations: Iterable[Configuration], domains: Iterable[dict | Domain]
) -> list[tuple[Domain, list[Configuration]]]:
    """Active configurations in id order, grouped the one way every output shows them.

    The review's domains in its order (empty ones too, so domain numbers never shift), then slugs the
    review no longer names, then `UNASSIGNED` when any configuration has no domain.
    """
    configs = active(configurations)
    sections = [Domain.model_validate(d) for d in domains]
    known = {d.slug for d in sections}
    unknown = sorted({c.domain for c in configs if c.domain and c.domain not in known})
    sections += [Domain(slug=slug, name=slug) for slug in unknown]
    if any(not c.domain for c in configs):
        sections.append(UNASSIGNED)
    return [(domain, [c for c in configs if (c.domain or "") == domain.slug]) for domain in sections]


def domain_tables(
    sources: list[Source],
    statements: list[Statement],
    configurations: list[Configuration],
    domains: list[dict],
    strength: Strength,
) -> list[DomainTable]:
    """One table per section of `by_domain`, rows numbered `CMO <section>.<n>` as published tables are."""
    by_key = {s.key: s for s in sources}
    by_id = {s.id: s for s in statements}
    return [
        DomainTable(
            slug=domain.slug,
            name=domain.name or domain.slug,
            description=domain.description,
            rows=[_row(f"CMO {position}.{n}", c, by_key, by_id, strength) for n, c in enumerate(configs, start=1)],
        )
        for position, (domain, configs) in enumerate(by_domain(configurations, domains), start=1)
    ]


def _row(number: str, config: Configuration, by_key: dict, by_id: dict, strength: Strength) -> ConfigurationRow:
    """Supporting and contradicting statements and sources by the one rule (`cmo.synthesis.evidence`)."""
    contradicting = contradicting_ids(config, by_id)
    sources, against_sources = supporting_sources(config, by_id)
    label, reason = strength(config)
    return ConfigurationRow(
        number=number,
        id=config.id,
        title=config.title,
        context=config.context,
        mechanism=config.mechanism,
        outcome=config.outcome,
        key_contexts=key_contexts(config.key_contexts, config.context, supporting_contexts(config, by_id)),
        domain=config.domain or "",
        statements=list(config.statements),
        contradicting=contradicting,
        sources=sources,
        contradicting_sources=against_sources,
        citations=_citations(sources, by_key) + [f"reference group feedback {f}" for f in config.feedback_evidence],
        contradicting_citations=_citations(against_sources, by_key),
        strength=label,
        strength_reason=reason,
        groups=list(config.groups),
    )


def _citations(keys: list[str], by_key: dict) -> list[str]:
    """Short citations in author-year order; a key with no source is shown as the key."""
    cited = [(short_cite(by_key[k]) if k in by_key else k) for k in keys]
    return sorted(dict.fromkeys(cited), key=str.casefold)
