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
from cmo.synthesis.evidence import contradicting_ids, supporting_sources

Strength = Callable[[Configuration], tuple[str, str]]

UNASSIGNED = {"slug": "", "name": "No domain yet", "description": ""}








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


def domain_tables(
    sources: list[Source],
    statements: list[Statement],
    configurations: list[Configuration],
    domains: list[dict],
    strength: Strength,
) -> list[DomainTable]:
    """Active configurations grouped by domain in the review's domain order; unknown slugs last."""
    by_key = {s.key: s for s in sources}
    by_id = {s.id: s for s in statements}
    configs = active(configurations)
    tables = [_domain_table(d) for d in domains]
    known = {t.slug for t in tables}
    for config in configs:
        slug = config.domain or ""
        if slug not in known:
            tables.append(_domain_table(UNASSIGNED if not slug else {"slug": slug, "name": slug}))
            known.add(slug)
    index = {t.slug: t for t in tables}
    for config in configs:
        table = index[config.domain or ""]
        position = tables.index(table) + 1
        number = f"CMO {position}.{len(table.rows) + 1}"
        table.rows.append(_row(number, config, by_key, by_id, strength))
    return [t for t in tables if t.rows or t.slug]


def _domain_table(domain: dict | Domain) -> DomainTable:
    domain = Domain.model_validate(domain)
    return DomainTable(slug=domain.slug, name=domain.name or domain.slug, description=domain.description, rows=[])


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
        key_contexts=config.key_contexts,
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


