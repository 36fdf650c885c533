"""The configurations table as reviewers publish it, computed once for exports and the report.

Published realist reviews number configurations `CMO <domain>.<n>` and cite supporting sources
by author and year; every output (CSV, XLSX, Word, HTML, markdown) shows the same rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from cmo.bib.citations import reference, short_cite
from cmo.models import Configuration, Decision, Domain, FeedbackItem, Group, RoundSnapshot, Source, Statement
from cmo.normalise import TABLE_NUMBER, natural_key
from cmo.synthesis.evidence import (
    MIXED_SOURCE,
    contradicting_ids,
    key_contexts_cleared,
    listed_sides,
    shown_key_contexts,
    supporting_sources,
)
from cmo.synthesis.marked import marked_sentence
from cmo.views import UNDECIDED, counted, page_reference

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
    feedback_citations: list[str] = field(default_factory=list)
    """The reference group's answers cited as evidence that go with the finding (`cmo configs cite`), each named by
    `feedback_cited_as`; `citations` ends with them too."""
    key_contexts_cleared: bool = False
    """A person cleared its key contexts (`evidence.key_contexts_cleared`): none, by the team's decision."""
    feedback_against: list[str] = field(default_factory=list)
    """Cited answers that disagree (`FeedbackItem.goes_against`, the rule the packs use): the group's view against the
    finding, listed with the contradicting evidence; `contradicting_citations` ends with them too."""
    mixed_sources: list[str] = field(default_factory=list)
    """Its sources with members on both sides (`evidence.listed_sides`): cited once, for it, marked `MIXED_SOURCE`, and
    not again among `contradicting_citations` (`contradicting_sources` keeps every source of its contradicting members)."""

    @property
    def name(self) -> str:
        """How every output names the finding: `finding_name`."""
        return finding_name(self.number, self.id)

    @property
    def backed(self) -> bool:
        """Whether included evidence supports it: a row labelled `none` is listed apart from the findings."""
        return self.strength != NO_INCLUDED_EVIDENCE

    @property
    def overarching(self) -> str:
        """One sentence with the inline (context)/(mechanism)/(outcome) markers of published tables."""
        return marked_sentence(self.context, self.mechanism, self.outcome)


@dataclass
class DomainTable:
    slug: str
    name: str
    description: str
    rows: list[ConfigurationRow]


NO_INCLUDED_EVIDENCE = "none"
"""The strength label of a configuration no included source supports (`cmo.synthesis.strength`)."""


UNBACKED_HEADING = "Not backed by included evidence"
"""The heading every output lists configurations labelled `none` under, apart from the findings (`backed`)."""
UNBACKED_IN_DOMAIN = "No findings in this domain backed by included evidence (see below)."
"""What a domain's table says when every configuration in it is listed apart (`UNBACKED_HEADING`)."""


def unbacked_note(count: int) -> str:
    """Why the configurations under `UNBACKED_HEADING` are listed apart, in the report and the Word table alike."""
    one = count == 1
    it, they = ("it", "it is") if one else ("them", "they are")
    return (
        f"{counted(count, 'configuration')} {'has' if one else 'have'} no included source supporting {it} (for "
        f"instance, the only study behind {it} was excluded at screening), so {they} listed here, apart from the "
        f"findings, until the reviewers detach {'its' if one else 'their'} statements, retire {it} or find evidence."
    )


def finding_name(number: str, config_id: str) -> str:
    """`CMO 1.1 (C3)`: the table's number, which journals print, with the id packs, feedback sheets and the
    reference group use, so a reader can match the two. A configuration with no number (retired) is its id."""
    return f"{number} ({config_id})" if number else config_id


def finding_names(tables: list[DomainTable]) -> dict[str, str]:
    """Each active configuration's id → `finding_name`, for text that names configurations by id."""
    return {row.id: row.name for table in tables for row in table.rows}


REFERENCE_GROUP = "Expert reference group"
"""What outputs call the people a review consults, unless review.yaml names them (`Settings.reference_group`)."""


class GroupNames(dict):
    """Each group's name by slug, with what the review calls the people it consults (`called`, `Settings.reference_group`;
    default `REFERENCE_GROUP`), the one name `feedback_cited_as` gives them (trial CJ: a review whose stakeholders are a
    community advisory group read "Expert reference group, round 1 (Community advisory group)")."""

    def __init__(self, names: dict[str, str] | None = None, called: str = ""):
        super().__init__(names or {})
        self.called = " ".join(str(called or "").split()) or REFERENCE_GROUP


def called_in(review: dict | None) -> str:
    """What a review (as review.yaml has it) calls the people it consults: `Settings.reference_group`, or nothing."""
    settings = (review or {}).get("settings") or {}
    return str(settings.get("reference_group") or "") if isinstance(settings, dict) else ""


def feedback_cited_as(
    item: FeedbackItem | None,
    groups: dict[str, str],
    feedback_id: str = "",
    *,
    as_sent: bool = False,
    against: bool | None = None,
    by_rule: bool = False,
) -> str:
    """How every output names an answer cited as evidence: "Expert reference group, round 1 (probation)": the round and the
    respondent's group (`groups`: slug → name), never a pseudonym nor an internal id. One who disagreed
    (`FeedbackItem.goes_against`) is said to have disagreed, so that two answers of one group and round that take opposite sides
    never read as one; one who partly agreed is said to have, as counted with the finding (beside its sources, not against it,
    unless a person counts it so) but never told as full support; `against`, the side it is counted on
    (`Configuration.counts_against`), is said where a person set it against the rating; `by_rule`, where no person gave the side
    and the answer counts as support since the team reworded the finding in response to it (`sides_by_rule`), says that reason, in
    plain words (trial AQ: "counted as support by cmo" named the software to the reader). An answer its respondent later replaced
    says so, unless the words are `as_sent` (a closed round's pack quotes it as the team chose it); one no longer held at all is
    named as such."""
    called = getattr(groups, "called", REFERENCE_GROUP)
    if item is None:
        return f"{called} ({REPLACED_ANSWER})"
    who = groups.get(item.group, item.group) if item.group else ""
    who = "" if who.casefold() == called.casefold() else who  # the group is the body: named once
    text = f"{called}, round {item.round}" + (f" ({who})" if who else "")
    replaced = bool(item.replaced_by) and not as_sent
    disagreed = item.goes_against()
    text += ", who partly agreed" if item.rating == "partly" else ""  # neither full support nor against: said wherever cited
    if against is not None and against != disagreed:
        if not disagreed:
            text += ", counted by the team against it"
        else:
            text += AS_SUPPORT_BY_RULE if by_rule else ", who disagreed, counted by the team as support"
    elif disagreed:
        text += ", who disagreed"
    else:
        return text + (f", {REPLACED_ANSWER}" if replaced else "")
    return text + (f" ({REPLACED_ANSWER})" if replaced else "")


REPLACED_ANSWER = "an answer its respondent later replaced"
AS_SUPPORT_BY_RULE = ", who disagreed, counted as support since the team reworded the finding in response to it"


def sides_by_rule(decisions: Iterable[Decision], feedback: Iterable[FeedbackItem]) -> dict[str, set[str]]:
    """Configuration id → the cited answers whose side the latest citation giving one gave by cmo's rule, not by a
    person's `--supporting`/`--contradicting` (`after["sides_by_cmo"]`, records that do not say read as
    `with_rule_s_sides` reads them): what `feedback_cited_as(by_rule=True)` says, in packs and report alike."""
    chosen: dict[str, dict[str, bool]] = {}
    for decision in with_rule_s_sides(decisions, feedback):
        sides = decision.after.get("feedback_sides")
        if decision.action != "cite-feedback" or not isinstance(sides, dict):
            continue
        by_cmo = decision.after.get("sides_by_cmo") if isinstance(decision.after.get("sides_by_cmo"), list) else []
        for cid in (t for t in decision.targets if t.startswith("C")):
            for fid in decision.because:
                if fid in sides:
                    chosen.setdefault(cid, {})[fid] = fid in by_cmo
    return {cid: {fid for fid, rule in answers.items() if rule} for cid, answers in chosen.items()}


def with_rule_s_sides(decisions: Iterable[Decision], feedback: Iterable[FeedbackItem]) -> list[Decision]:
    """The decisions in order, each citation that gave a side to a disagreement the team had reworded the configuration
    because of (`configs edit --because`, before it) told as cmo's side, not a person's (`after["sides_by_cmo"]`, which
    `events.what_the_team_did` reads): `configs cite` with no side counts such an answer as support (configs'
    `_taken_in`), and a record that does not say who chose is read by that same rule. A record that says is kept."""
    by_feedback = {f.id: f for f in feedback if f.id}
    reworded: dict[str, set[str]] = {}
    read = []
    for decision in sorted(decisions, key=lambda d: d.seq):
        targets = [t for t in decision.targets if t.startswith("C")]
        if decision.action == "edit" and set(decision.after) & {"context", "mechanism", "outcome"}:
            for cid in targets:
                reworded.setdefault(cid, set()).update(decision.because)
        sides = decision.after.get("feedback_sides")
        if decision.action != "cite-feedback" or "sides_by_cmo" in decision.after or not isinstance(sides, dict):
            read.append(decision)
            continue
        was = decision.before.get("feedback_sides") if isinstance(decision.before.get("feedback_sides"), dict) else {}
        taken_in = [
            f
            for f in decision.because
            if sides.get(f) == "supporting"
            and f not in was
            and any(f in reworded.get(cid, set()) for cid in targets)
            and (f not in by_feedback or by_feedback[f].goes_against())
        ]
        read.append(decision.model_copy(update={"after": {**decision.after, "sides_by_cmo": taken_in}}) if taken_in else decision)
    return read


def feedback_sides(
    config: Configuration, answers: dict[str, FeedbackItem], groups: dict[str, str], by_rule: Iterable[str] = ()
) -> tuple[list[str], list[str]]:
    """(with the finding, against it): the answers `config` cites laid out by the side each takes
    (`Configuration.counts_against`, the rule the packs use), each worded by `feedback_cited_as`. An answer no longer
    held is cited beside the sources, as it was cited; `by_rule`, the answers whose side cmo's rule gave
    (`sides_by_rule`)."""
    by_rule = set(by_rule)
    with_it, against = [], []
    for feedback_id in config.feedback_evidence:
        item = answers.get(feedback_id)
        counted = item is not None and config.counts_against(item)
        (against if counted else with_it).append(
            feedback_cited_as(item, groups, feedback_id, against=counted, by_rule=feedback_id in by_rule)
        )
    return list(dict.fromkeys(with_it)), list(dict.fromkeys(against))


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


Numbering = Mapping[str, str]
"""Configuration id → its number in a round's tables ("CMO 1.2"), as `table_numbers` gives it."""


def table_numbers(
    configurations: Iterable[Configuration], domains: Iterable[dict | Domain], earlier: Sequence[Numbering] = ()
) -> dict[str, str]:
    """Each active configuration's number `CMO <section>.<n>`, the one rule every table, pack, feedback reader and
    `configs show "CMO 1.3"` number by. `earlier`: the numbers of the closed rounds, oldest first.

    With no earlier round, a section's configurations are numbered 1, 2, 3… in id order. After one, a configuration
    still in the section it was numbered in keeps its number (trial AD: one configuration moving into a domain moved
    every later number in it, and the group quotes "CMO 1.6" in its answers); one new to the section takes the next
    number after the highest the section has ever given, so a number is never given to another configuration and a
    table may have gaps. A number two earlier rounds gave two configurations (numbered before this rule) stays with the
    one the latest round gave it to."""
    given: dict[tuple[str, int], tuple[int, int]] = {}  # (id, section) → (round index, n) it was last given there
    highest: dict[int, int] = {}  # section → the highest n it has given
    for index, numbering in enumerate(earlier):
        for config_id, number in numbering.items():
            if found := TABLE_NUMBER.fullmatch(number):
                section, n = int(found[1]), int(found[2])
                given[(config_id, section)] = (index, n)
                highest[section] = max(highest.get(section, 0), n)
    numbers: dict[str, str] = {}
    for section, (_, configs) in enumerate(by_domain(configurations, domains), start=1):
        held = sorted((c for c in configs if (c.id, section) in given), key=lambda c: -given[(c.id, section)][0])
        taken: set[int] = set()
        for config in held:
            if (n := given[(config.id, section)][1]) not in taken:
                taken.add(n)
                numbers[config.id] = f"CMO {section}.{n}"
        last = max([highest.get(section, 0), *taken])
        for config in (c for c in configs if c.id not in numbers):
            last += 1
            numbers[config.id] = f"CMO {section}.{last}"
    return numbers


def round_numbers(
    rounds: Iterable[RoundSnapshot], domains: Iterable[dict | Domain], shown: Mapping[int, Numbering] | None = None
) -> list[dict[str, str]]:
    """The numbers each closed round's tables gave, oldest first: each round numbered by `table_numbers` after the
    rounds before it, or as `shown` says its pack showed them (round number → numbering; a pack sent before numbers
    stayed put numbered in id order)."""
    domains = list(domains)
    result: list[dict[str, str]] = []
    for snapshot in sorted(rounds, key=lambda r: r.number):
        kept = (shown or {}).get(snapshot.number)
        result.append(dict(kept) if kept else table_numbers(snapshot.configurations, domains, result))
    return result


def numbering_note(tables: list[DomainTable], called: str = "") -> str:
    """What a reader of tables whose numbers skip one (`table_numbers`) is told, once; empty when none skips. The people
    consulted are named as the review calls them (`called`, `Settings.reference_group`), and a configuration merged into
    another skips its number as a retired or moved one does (trial CW: the kidney review's report spoke of 'the expert
    reference group' beside 'Kidney expert reference group, round 1' everywhere else, and its gap was a merge)."""
    rows = [sorted(_number_order(row.number)[1] for row in table.rows) for table in tables]
    if all(held == list(range(1, len(held) + 1)) for held in rows):
        return ""
    name = " ".join(str(called or "").split()) or REFERENCE_GROUP
    name = name if name[1:2].isupper() else name[:1].lower() + name[1:]  # "the community advisory group"; "the ERG"
    return (
        f"A configuration keeps the number the {name} was sent, whatever changed since, and a number is never given to "
        "another configuration: where one was merged into another, retired or moved to another domain, the numbers skip it."
    )


def _number_order(number: str) -> tuple[int, int]:
    found = TABLE_NUMBER.fullmatch(number)
    return (int(found[1]), int(found[2])) if found else (0, 0)


def domain_tables(
    sources: list[Source],
    statements: list[Statement],
    configurations: list[Configuration],
    domains: list[dict],
    strength: Strength,
    feedback: Iterable[FeedbackItem] = (),
    groups: Iterable[dict | Group] = (),
    earlier: Sequence[Numbering] = (),
    decisions: Iterable[Decision] = (),
    called: str = "",
) -> list[DomainTable]:
    """One table per section of `by_domain`, rows numbered `CMO <section>.<n>` as published tables are, by
    `table_numbers` after the closed rounds' numbers (`earlier`, `round_numbers`), in number order.
    `feedback` and `groups` name the answers a configuration cites (`feedback_cited_as`), `decisions` who chose the side
    each is counted on (`sides_by_rule`)."""
    by_key = {s.key: s for s in sources}
    by_id = {s.id: s for s in statements}
    answers = {f.id: f for f in feedback if f.id}
    names = GroupNames({g.slug: g.name for g in map(Group.model_validate, groups)}, called)
    numbers = table_numbers(configurations, domains, earlier)
    by_rule = sides_by_rule(decisions, answers.values())

    def cite(config: Configuration) -> tuple[list[str], list[str]]:
        return feedback_sides(config, answers, names, by_rule.get(config.id, ()))

    return [
        DomainTable(
            slug=domain.slug,
            name=domain.name or domain.slug,
            description=domain.description,
            rows=[
                _row(numbers[c.id], c, by_key, by_id, strength, cite(c))
                for c in sorted(configs, key=lambda c: _number_order(numbers[c.id]))
            ],
        )
        for domain, configs in by_domain(configurations, domains)
    ]


def _row(
    number: str, config: Configuration, by_key: dict, by_id: dict, strength: Strength, feedback: tuple[list[str], list[str]]
) -> ConfigurationRow:
    """Supporting and contradicting statements and sources by the one rule (`cmo.synthesis.evidence`)."""
    from cmo.synthesis.wording import as_a_part_reads

    contradicting = contradicting_ids(config, by_id)
    sources, against_sources = supporting_sources(config, by_id)
    _, mixed, against_only = listed_sides(sources, against_sources)
    label, reason = strength(config)
    feedback_for, feedback_against = feedback
    return ConfigurationRow(
        number=number,
        id=config.id,
        title=config.title,
        context=as_a_part_reads(config.context),
        mechanism=as_a_part_reads(config.mechanism),
        outcome=as_a_part_reads(config.outcome),
        key_contexts=shown_key_contexts(config, by_id),
        key_contexts_cleared=key_contexts_cleared(config),
        domain=config.domain or "",
        statements=list(config.statements),
        contradicting=contradicting,
        sources=sources,
        contradicting_sources=against_sources,
        citations=_citations(sources, by_key, mixed) + feedback_for,
        contradicting_citations=_citations(against_only, by_key) + feedback_against,
        strength=label,
        strength_reason=reason,
        groups=list(config.groups),
        feedback_citations=feedback_for,
        feedback_against=feedback_against,
        mixed_sources=mixed,
    )


def _citations(keys: list[str], by_key: dict, mixed: list[str] = ()) -> list[str]:
    """Short citations in author-year order, each marked as `cited_as` says (`citation_of`), and those `mixed` as
    `MIXED_SOURCE` says (`evidence.listed_sides`)."""
    cited = (citation_of(k, by_key.get(k)) + (f" ({MIXED_SOURCE})" if k in mixed else "") for k in keys)
    return sorted(dict.fromkeys(cited), key=str.casefold)


def citation_of(key: str, source: Source | None) -> str:
    """A source as every table cites it: `Abbott & Magin 2018`, `Nixon 2020 (excluded)`; a key with no source is
    shown as the key, marked so."""
    return cited_as(short_cite(source) if source else key, citation_status(source))


# ---- sources cited that are not included ---------------------------------------------------

NOT_A_SOURCE = "not in the review's sources"
OTHER_DOCUMENTS = "Other documents cited (not included)"
"""The heading the report and the Word table list them under, apart from the included references."""


def citation_status(source: Source | None) -> str:
    """What a citation says of its source beside the citation: nothing when it is included, else its status
    (`excluded`, `unscreened`) or that the review has no such source. Readers must see it is not screened in."""
    if source is None:
        return NOT_A_SOURCE
    if source.status == "included":
        return ""
    return UNDECIDED if source.screening == "maybe" else source.status  # a screener's maybe is no "unscreened" (trial V)


def cited_as(citation: str, status: str) -> str:
    """How every output writes a citation: `Ayeni 2019 (excluded)`, `ayeni2019 (unscreened)`, `Cooper 2024`."""
    return f"{citation} {status_mark(status)}" if status else citation


def status_mark(status: str) -> str:
    """The mark itself, `(excluded)`, for a page that shows it apart from a linked citation."""
    return f"({status})" if status else ""


@dataclass
class CitedNotIncluded:
    """A document a configuration cites that is not among the included ones: listed apart from them."""

    key: str
    source: Source | None

    @property
    def status(self) -> str:
        return citation_status(self.source)

    @property
    def status_text(self) -> str:
        """`excluded: not about services`, `screened, not yet decided`, `not screened yet`: why it is not among the
        included documents."""
        if self.source is None:
            return NOT_A_SOURCE
        if self.source.status == "excluded":
            reason = (self.source.exclusion_reason or "").strip()
            return f"excluded: {reason}" if reason else "excluded, no reason recorded"
        if self.source.screening == "maybe":  # trial P: a screener's "maybe" is a judgement not yet made, not no screening
            return "screened, not yet decided"
        return "not screened yet"

    @property
    def text(self) -> str:
        return reference(self.source) if self.source else self.key


def cited_keys(tables: list[DomainTable]) -> list[str]:
    """Every source key a row cites, supporting or contradicting, in the order first cited."""
    return list(dict.fromkeys(k for t in tables for row in t.rows for k in [*row.sources, *row.contradicting_sources]))


def cited_not_included(tables: list[DomainTable], sources: list[Source]) -> list[CitedNotIncluded]:
    """The cited documents that are not included (excluded, unscreened, or unknown), in reference-list order.

    Their statements stay in their configurations until a person detaches them, so every output that lists
    references lists these apart: the included references stay what was screened in."""
    by_key = {s.key: s for s in sources}
    others = [CitedNotIncluded(k, by_key.get(k)) for k in cited_keys(tables) if citation_status(by_key.get(k))]
    return sorted(others, key=lambda o: (o.text.casefold() if o.source else o.key.casefold(), o.key))


def not_included_note(others: list[CitedNotIncluded]) -> str:
    """What the list of cited documents that are not included says of them, by the strength rule
    (`cmo.synthesis.strength`): only an excluded source is left out of the strength of evidence."""
    one = len(others) == 1
    statuses = {o.status for o in others}
    note = (
        f"The configurations above cite {counted(len(others), 'document')} that {'is' if one else 'are'} not among the "
        f"included documents, nor counted as {'one' if one else 'such'} in the document flow. Statements coded from "
        f"{'it' if one else 'them'} stay in their configurations until the reviewers detach them"
    )
    undecided = bool(statuses & {"unscreened", UNDECIDED})
    if "excluded" in statuses and undecided:
        return note + (
            "; those from an excluded document are not counted in the strength of evidence, "
            "those from a document not yet decided on still are."
        )
    if "excluded" in statuses:
        return note + f"; {'it is' if one else 'an excluded document is'} not counted in the strength of evidence."
    if undecided:
        return note + f" and {'it still counts' if one else 'they still count'} in the strength of evidence."
    return note + "."


CHECKED = ("verified", "other_page", "close", "not_found")
"""The results of a quote compared with an attached full text; `no_fulltext` (or no result) is a quote not checked."""


def check_in_words(status: str | None, stated_page: str = "", found_page: int | None = None) -> str:
    """A quote's check against its source's full text in the words every output gives it (`cmo trace`, the report's
    appendix, the statements export): verified, found on another page (the PDF's page and the page stated), close
    (not word for word), not found, or not checked. `found_page` is the file's page, not the number printed on it."""
    where = f"page {found_page} of the PDF" if found_page else ""
    if status == "verified":
        return "verified in the full text"
    if status == "other_page":
        stated = f", stated {page_reference(stated_page)}" if (stated_page or "").strip() else ""
        return f"found on {where or 'another page of the PDF'}{stated}"
    if status == "close":
        return f"close to {where or 'a passage of the full text'}, not word for word"
    if status == "not_found":
        return "not found in the full text"
    return "not checked: no full text to check against"


_EXPORT_MARKS = re.compile(r"\s*\[¬[a-z]\]\s*")
"""EPPI-Reviewer's marks around highlighted text in its coding reports ("[¬s]…[¬e]"): the export tool's, not the
source's words."""


def quote_as_shown(quote: str) -> str:
    """A quote as readers read it: without the marks an export tool put around it (`_EXPORT_MARKS`: trial AQ's report
    appendix read `[¬s]"The experimental group obtained…"[¬e]`), which no source printed."""
    return _EXPORT_MARKS.sub(" ", quote or "").strip() if "[¬" in (quote or "") else quote


def checked_quote(quote: str, stated_page: str, found: object) -> tuple[str, str]:
    """(status, words) of a quote's check: `found` is its result (a `cmo code verify` row, whose `found_page` is
    the PDF's page) or its status alone, or None for a quote no full text was checked for; ("", "") for no quote."""
    if not (quote or "").strip():
        return "", ""
    status = getattr(found, "status", found) or "no_fulltext"
    return status, check_in_words(status, stated_page, getattr(found, "found_page", None))
