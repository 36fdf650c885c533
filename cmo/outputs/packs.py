"""Consultation packs: one self-contained HTML file per round for an expert reference group.

Everything a pack shows comes from bibliographies, coding sheets and feedback files, so it is
untrusted text: templates autoescape (with StrictUndefined), links are rebuilt from http(s)
URLs and DOIs only, and a Content-Security-Policy lets only the pack's own script and styles
(pinned by hash) run, so even a slip in escaping cannot execute anything. The pack loads
nothing from the network.

`build_pack` is pure: the caller reads the store and passes plain models in.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from urllib.parse import urlsplit

from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, field_validator

from cmo.bib.citations import citing, doi_url, reference, safe_url, short_citation
from cmo.errors import NotFound
from cmo.models import (
    Configuration,
    Decision,
    Domain,
    FeedbackItem,
    Group,
    SentConfiguration,
    Source,
    Statement,
    what_they_said,
    without_its_id,
)
from cmo.normalise import clean_text, natural_key, normalise_doi, written_doi
from cmo.outputs.events import NOT_A_CHANGE, as_evidence, what_the_team_did
from cmo.outputs.report import date_text
from cmo.outputs.tables import UNASSIGNED, GroupNames, by_domain, domain_tables, feedback_cited_as, finding_names, sides_by_rule
from cmo.outputs.templating import environment
from cmo.outputs.theory import legend as theory_legend
from cmo.outputs.theory import programme_theory
from cmo.synthesis.evidence import MIXED_SOURCE, contradicting_ids, listed_sides, shown_key_contexts, supporting_sources
from cmo.synthesis.languages import placed_by_no_one
from cmo.synthesis.strength import LABEL_WORDS, LABELS, NO_EVIDENCE
from cmo.synthesis.wording import (
    Segment,
    as_a_part_reads,
    cmo_segments,
    cmo_sentence,
    in_running_text,
    names_from,
    reads_plainly,
    statement_texts,
)
from cmo.views import page_given

Strength = Callable[[Configuration], tuple[str, str]]

RATING_WORDS = {"agree": "agreed", "partly": "partly agreed", "disagree": "disagreed"}
DIAGRAM_WIDTH = 480
"""Narrow enough that the picture's text stays readable when a phone scales it down."""


# --- Input shapes: what the caller passes in besides the cmo.models objects -------------


class _Input(BaseModel):
    model_config = ConfigDict(extra="ignore")


class PackReview(_Input):
    """The review as people know it: from review.yaml."""

    title: str
    question: str = ""
    respond_by: str = ""
    """A date (ISO `2025-03-31` is shown as "31 March 2025") or free text."""
    contact: str = ""
    """Who answers go to: an email address becomes a mailto link, anything else is shown as text."""
    reference_group: str = ""
    """What the review calls the people it consults (`Settings.reference_group`), in the answers the pack cites."""
    short_forms: dict[str, str] = {}
    """What the coders' short forms mean (`Settings.short_forms`): the pack tells its readers those it uses."""
    spell_out_short_forms: bool = False
    """Write each said short form out in the configurations' words (`Settings.spell_out_short_forms`)."""

    @field_validator("respond_by", "contact", "question", mode="before")
    @classmethod
    def _text(cls, value: object) -> str:
        return "" if value is None else str(value)


# --- What the template renders: plain, already-decided values ------------------------------


@dataclass
class Reference:
    key: str
    anchor: str
    citation: str
    text: str
    doi: str | None = None
    doi_url: str | None = None
    url: str | None = None
    grey: bool = False
    grey_label: str = ""
    excluded: bool = False
    """Screened out after its statements were coded: they stay in their configurations until detached but are not
    counted in the strength of evidence (`cmo.synthesis.strength`), and readers are told it is excluded."""

    @property
    def link_label(self) -> str:
        """Its URL's link, labelled by what it is: "doi", the site it is on ("scielo.br"), else "link"; never a guess
        at the work's type (trial S: journal articles with a library's URL and no DOI were labelled "web page")."""
        return link_label(self.url)


def link_label(url: str | None) -> str:
    """A link labelled by where it goes (`Reference.link_label`)."""
    try:
        host = (urlsplit(url or "").hostname or "").removeprefix("www.")
    except ValueError:
        host = ""
    return "doi" if host in ("doi.org", "dx.doi.org") else host or "link"


@dataclass
class Contradiction:
    reference: Reference
    sentence: str
    quote: str = ""
    page: str = ""
    verified: bool = False


@dataclass
class Heard:
    """One piece of last round's feedback, retold without the respondent's pseudonym."""

    id: str
    who: str
    rating: str
    text: str
    about: str = ""
    """The finding the answer was given on, where it is not the one whose change it prompted ("about CMO 1.5")."""


@dataclass
class Reason:
    actions: list[str]
    heard: list[Heard] = field(default_factory=list)
    above: int = 0
    """How many of the answers that prompted it are quoted above, with an earlier change: each is quoted once."""
    also: bool = False
    """Part of what it did is told by an earlier reason and left out here ("We also changed its key contexts")."""

    @property
    def action(self) -> str:
        """ "reworded it", "reworded it and accepted it", "a, b and c"."""
        return " and ".join([", ".join(self.actions[:-1]), self.actions[-1]] if len(self.actions) > 1 else self.actions)


@dataclass
class Change:
    kind: str
    text: str
    old_sentence: str = ""


@dataclass
class ConfigView:
    id: str
    name: str
    """How the report's table names it ("CMO 1.2 (C4)", `finding_name`): the group reads the numbers the report
    prints, and the id they give back in their answers."""
    anchor: str
    title: str
    segments: list[Segment]
    sentence: str
    context: str
    mechanism: str
    outcome: str
    key_contexts: str
    strength_label: str
    strength_why: str
    strength_class: str
    supporting: list[Reference]
    feedback_evidence: list[str]
    """Cited feedback that goes with the finding (`FeedbackItem.goes_against` is the rule), listed beside the sources."""
    feedback_against: list[str]
    """Cited feedback that disagrees: the group's view against the finding, listed with the evidence against it."""
    contradicting: list[Contradiction]
    changes: list[Change]
    reasons: list[Reason]
    group_names: list[str]
    for_audience: bool
    mixed: list[str] = field(default_factory=list)
    """The keys of its sources with members on both sides (`evidence.listed_sides`): named once, among `supporting`,
    marked `MIXED_SOURCE`."""
    against_sources: list[Reference] = field(default_factory=list)
    """The other sources of `contradicting`, each once: what the printed "Against it:" names."""
    mixed_words: str = MIXED_SOURCE
    not_compared: str = ""
    """The language its evidence is written in where cmo could not compare it and no person placed it
    (`languages.placed_by_no_one`): the pack says the finding stands as the machine left it."""
    not_compared_part: list[Reference] = field(default_factory=list)
    """Where only part of its evidence is in `not_compared` (beside members in English), the sources of that part: the
    pack names them, as the finding does not stand apart (RH3: an English finding of two English studies was flagged
    'Its evidence is written in Spanish … it stands apart' for the third, joined to them by refine)."""

    @property
    def unsupported(self) -> bool:
        """No included study supports it (strength "none"): not presented as a finding, nor asked to be rated."""
        return self.strength_class == NO_EVIDENCE


@dataclass
class DomainView:
    number: int
    slug: str
    name: str
    description: str
    anchor: str
    configurations: list[ConfigView]
    """The domain's findings: configurations with included evidence behind them."""
    tagged_count: int = 0
    unsupported: list[ConfigView] = field(default_factory=list)
    """Configurations no included study supports yet, shown apart and not asked to be rated."""


@dataclass
class Retired:
    id: str
    title: str
    text: str
    into_anchor: str | None = None
    into_name: str | None = None


@dataclass
class DomainTheory:
    name: str
    anchor: str
    svg: Markup


@dataclass
class Diagram:
    theories: list[DomainTheory]
    legend: list[tuple[str, str]]
    """(strength label, line colour) for the labels the drawings use."""


# --- Entry point ---------------------------------------------------------------------------


def build_pack(*args, **kwargs) -> str:
    """Render the consultation pack (see `_build_pack`), with the review's names kept capitalised."""
    statements = kwargs.get("statements", args[6] if len(args) > 6 else {})
    sources = kwargs.get("sources", args[7] if len(args) > 7 else {})
    with names_from(statement_texts(statements.values())), citing(sources.values()):
        return _build_pack(*args, **kwargs)


def _build_pack(
    review: dict | PackReview,
    domains: list[dict] | list[Domain],
    groups: list[dict] | list[Group],
    round_number: int,
    configurations: list[Configuration],
    previous: list[Configuration] | None,
    statements: dict[str, Statement],
    sources: dict[str, Source],
    decisions: list[Decision],
    feedback: list[FeedbackItem],
    strength: Strength,
    domain: str | None = None,
    group: str | None = None,
    today: date | None = None,
    verified: frozenset[str] = frozenset(),
    earlier: Sequence[Mapping[str, str]] = (),
    placed: frozenset[str] = frozenset(),
) -> str:
    """Render the consultation pack for one round as one self-contained HTML document.

    `previous` is the previous round's snapshot (None in round 1); `decisions` may hold the
    whole audit trail, only those of `round_number` are told as "what changed"; `feedback`
    must hold the items their `because` cites. `domain` and `group` are exact slugs. `earlier`: the numbers of the
    rounds before it (`tables.round_numbers`), so a configuration keeps the number the group quoted.
    """
    review = PackReview.model_validate(review)
    domain_list = [Domain.model_validate(d) for d in domains]
    group_list = [Group.model_validate(g) for g in groups]
    audience = _find_group(group_list, group)
    if domain is not None and domain not in {d.slug for d in domain_list}:
        raise NotFound(f"No domain '{domain}' in this review.")

    context = _PackContext(
        round_number=round_number,
        statements=statements,
        sources=sources,
        domain_names={d.slug: d.name or d.slug for d in domain_list},
        group_names=GroupNames({g.slug: g.name or g.slug for g in group_list}, review.reference_group),
        feedback={item.id: item for item in feedback if item.id},
        decisions=[d for d in decisions if d.round == round_number],
        current={c.id: c for c in configurations if not c.retired},
        previous=None if previous is None else {c.id: c for c in previous},
        verified=verified,
        by_rule=sides_by_rule(decisions, feedback),
        placed=placed,
    )
    current = list(context.current.values())
    tables = domain_tables(list(sources.values()), list(statements.values()), current, domain_list, strength, earlier=earlier)
    context.names = finding_names(tables)  # the report's numbering, made by the one function that makes it there
    chosen = [c for c in context.current.values() if domain is None or c.domain == domain]
    views = {c.id: _config_view(c, context, strength, audience) for c in chosen}
    if review.spell_out_short_forms:
        views = {key: _spelt_out_view(view, review.short_forms) for key, view in views.items()}
    numbers = {table.slug: number for number, table in enumerate(tables, start=1)}
    order = {row.id: index for table in tables for index, row in enumerate(table.rows)}  # the tables' number order
    domain_views = _domain_views(domain_list, chosen, views, domain, audience, numbers, order)
    references = sorted(context.references.values(), key=lambda r: (r.citation.lower(), r.key))
    return render_pack(
        review=review,
        round_number=round_number,
        today=today or date.today(),
        audience=audience,
        domain_name=context.domain_names.get(domain, "") if domain else "",
        groups=group_list,
        domains=domain_views,
        example=_example(domain_views, {c.id for c in chosen if c.accepted}),
        tagged=[v for d in domain_views for v in (*d.configurations, *d.unsupported) if v.for_audience],
        retired=_retired(context, domain, views),
        diagram=_diagram(domain_views),
        references=references,
        short_forms="" if review.spell_out_short_forms else _short_forms_used(chosen, views, review.short_forms),
    )


def _spelt_out_view(view: ConfigView, meanings: dict[str, str]) -> ConfigView:
    """A configuration as the pack shows it with each said short form written out in its words (`shorthand.spelt_out`),
    for a team that sets `settings: spell_out_short_forms: true`; then no short form is left to tell."""
    from dataclasses import replace

    from cmo.synthesis.shorthand import spelt_out, spelt_out_listed

    return replace(
        view,
        title=spelt_out(view.title, meanings),
        segments=[replace(segment, text=spelt_out(segment.text, meanings)) for segment in view.segments],
        sentence=spelt_out(view.sentence, meanings),
        context=spelt_out(view.context, meanings),
        mechanism=spelt_out(view.mechanism, meanings),
        outcome=spelt_out(view.outcome, meanings),
        key_contexts=spelt_out_listed(view.key_contexts, meanings),
        contradicting=[replace(against, sentence=spelt_out(against.sentence, meanings)) for against in view.contradicting],
    )


def _short_forms_used(configurations: list[Configuration], views: dict[str, ConfigView], meanings: dict[str, str]) -> str:
    """What the short forms the pack's configurations show ("abx", "pt") mean, as the pack's "How to read" tells them
    (`short_forms_told`), their key contexts as shown (`views`: a person's, else their members' contexts: trial E0's
    pack showed "(MH, debt, housing)" untold); the configurations keep the words they were coded in."""
    from cmo.synthesis.shorthand import short_forms_told

    shown = [(c, views[c.id].key_contexts if c.id in views else c.key_contexts) for c in configurations]
    texts = [(c.id, text) for c, key in shown for text in (c.title, c.context, c.mechanism, c.outcome, key)]
    texts += [(c.id, against.sentence) for c in configurations if c.id in views for against in views[c.id].contradicting]
    return short_forms_told(texts, meanings)


def render_pack(**values) -> str:
    """Fill the template; the CSS and script travel inline and are pinned by hash in the CSP."""
    values.setdefault("short_forms", "")
    env = environment()
    css, script = _asset("pack.css"), _asset("pack.js")
    form_data = {
        "format": "cmo-feedback",
        "version": 1,
        "review": values["review"].title,
        "round": values["round_number"],
        "group": values["audience"].slug if values["audience"] else "",
        "storage_key": _storage_key(values["review"].title, values["round_number"]),
    }
    return env.get_template("pack.html.j2").render(
        css=Markup(css),
        script=Markup(script),
        csp=_content_security_policy(css, script),
        form_data=form_data,
        audience_in_text=in_running_text(values["audience"].name or values["audience"].slug) if values["audience"] else "",
        date_text=date_text(values["today"]),
        respond_by_text=date_text(values["review"].respond_by),
        contact_email=_email(values["review"].contact),
        previous_round=values["round_number"] - 1,
        **values,
    )


# --- Plain-language pieces ---------------------------------------------------------------


def html_anchor(prefix: str, value: str) -> str:
    """An element id made only of safe characters, so ids never carry markup or spaces."""
    return f"{prefix}-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", value).strip("-") or "x")


# --- Building the views ------------------------------------------------------------------


@dataclass
class _PackContext:
    round_number: int
    statements: dict[str, Statement]
    sources: dict[str, Source]
    domain_names: dict[str, str]
    group_names: dict[str, str]
    feedback: dict[str, FeedbackItem]
    decisions: list[Decision]
    current: dict[str, Configuration]
    previous: dict[str, Configuration] | None
    verified: frozenset[str] = frozenset()
    """Statements whose quote was found in their source's attached full text."""
    by_rule: dict[str, set[str]] = field(default_factory=dict)
    """Configuration id → the cited answers whose side no person chose (`tables.sides_by_rule`), told as the report tells them."""
    names: dict[str, str] = field(default_factory=dict)
    """Each current configuration's id → its name in the report's table (`finding_names`)."""
    references: dict[str, Reference] = field(default_factory=dict)
    anchors: set[str] = field(default_factory=set)
    placed: frozenset[str] = frozenset()
    """The configurations a person decided on or accepted (`rounds.placed_by_people`)."""

    def reference(self, key: str) -> Reference:
        if key not in self.references:
            self.references[key] = _reference(key, self.sources.get(key), self._unique_anchor("ref", key))
        return self.references[key]

    def findings(self, statement_ids: list[str]) -> str:
        """Statements as a reference group reads them: by the works they came from, never by their ids."""
        works = list(dict.fromkeys(self.statements[s].source for s in statement_ids if s in self.statements))
        cited = [short_citation(self.sources[key]) if key in self.sources else key for key in works]
        count = len(statement_ids)
        if not count:
            return ""
        findings = "a finding" if count == 1 else f"{count} findings"
        if not cited:  # deleted statements: the pack no longer holds their sources
            return findings
        return f"{findings} from {cited[0] if len(cited) == 1 else ', '.join(cited[:-1]) + ' and ' + cited[-1]}"

    def name(self, config_id: str) -> str:
        """A configuration as the report's table names it; one no longer in the programme theory by its id."""
        return self.names.get(config_id, config_id)

    def config_anchor(self, config_id: str) -> str:
        return self._unique_anchor("cfg", config_id)

    def _unique_anchor(self, prefix: str, value: str) -> str:
        anchor = base = html_anchor(prefix, value)
        n = 1
        while anchor in self.anchors:
            n += 1
            anchor = f"{base}-{n}"
        self.anchors.add(anchor)
        return anchor


def _find_group(groups: list[Group], slug: str | None) -> Group | None:
    if slug is None:
        return None
    for candidate in groups:
        if candidate.slug == slug:
            return candidate
    raise NotFound(f"No stakeholder group '{slug}' in this review.")


def _config_view(config: Configuration, ctx: _PackContext, strength: Strength, audience: Group | None) -> ConfigView:
    label, why = strength(config)
    title, sentence = _words(config)
    segments = cmo_segments(config.context, config.mechanism, config.outcome)
    if "".join(s.text for s in segments) != sentence:  # its round froze other words than today's rules give: those
        segments = [Segment(sentence)]
    support, mixed, against = listed_sides(*supporting_sources(config, ctx.statements))
    return ConfigView(
        id=config.id,
        name=ctx.name(config.id),
        anchor=ctx.config_anchor(config.id),
        title=title,
        segments=segments,
        sentence=sentence,
        context=as_a_part_reads(config.context),
        mechanism=as_a_part_reads(config.mechanism),
        outcome=as_a_part_reads(config.outcome),
        key_contexts=shown_key_contexts(config, ctx.statements),
        strength_label=STRENGTH_WORDS.get(label.lower().strip(), clean_text(label)),
        strength_why=clean_text(why),
        strength_class=_strength_class(label),
        supporting=[ctx.reference(key) for key in support],
        feedback_evidence=[_feedback_citation(ctx, config, f) for f in _cited(ctx, config, against=False)],
        feedback_against=[_feedback_citation(ctx, config, f) for f in _cited(ctx, config, against=True)],
        contradicting=_contradictions(config, ctx),
        changes=_changes(config, ctx),
        reasons=_reasons(config, ctx),
        group_names=[ctx.group_names.get(g, g) for g in config.groups],
        for_audience=audience is not None and audience.slug in config.groups,
        mixed=mixed,
        against_sources=[ctx.reference(key) for key in against],
        **_not_compared(config, ctx),
    )


def _not_compared(config: Configuration, ctx: _PackContext) -> dict:
    """The language of its members no one placed (`languages.placed_by_no_one`), and, where other members sit beside
    them, the sources of those members, each once: the part of its evidence the flag is about."""
    language, ids = placed_by_no_one([config], ctx.statements, ctx.placed).get(config.id, ("", []))
    members = [sid for sid in config.statements if sid in ctx.statements]
    if not language or len(ids) >= len(members):
        return {"not_compared": language}
    keys = list(dict.fromkeys(ctx.statements[sid].source for sid in ids))
    return {"not_compared": language, "not_compared_part": [ctx.reference(key) for key in keys]}


def _cited(ctx: _PackContext, config: Configuration, *, against: bool) -> list[str]:
    """The answers it cites that the pack holds, on the side asked: the one rule (`Configuration.counts_against`)."""
    held = [ctx.feedback[f] for f in config.feedback_evidence if f in ctx.feedback]
    return [item.id for item in held if config.counts_against(item) == against]


def _feedback_citation(ctx: _PackContext, config: Configuration, feedback_id: str) -> str:
    """ "Expert reference group, round 1 (inpatient and crisis care): …" — never the pseudonym; one who disagreed
    is said to have disagreed, so the words read as the challenge they are."""
    item = ctx.feedback[feedback_id]
    words = without_its_id(clean_text(item.comment or item.missing or item.not_for_whom or item.read), item.question)
    against = config.counts_against(item)
    by_rule = feedback_id in ctx.by_rule.get(config.id, ())
    head = feedback_cited_as(item, ctx.group_names, feedback_id, as_sent=True, against=against, by_rule=by_rule)  # one wording
    return f"{head}: “{_shorten(words, 200)}”" if words else head


def _contradictions(config: Configuration, ctx: _PackContext) -> list[Contradiction]:
    found = []
    for statement_id in contradicting_ids(config, ctx.statements):
        statement = ctx.statements.get(statement_id)
        if statement is None:
            continue
        found.append(
            Contradiction(
                reference=ctx.reference(statement.source),
                sentence=cmo_sentence(statement.context, statement.mechanism, statement.outcome),
                quote=clean_text(statement.quote),
                page=page_given(statement.page),
                verified=statement.id in ctx.verified,
            )
        )
    return found


def _reference(key: str, source: Source | None, anchor: str) -> Reference:
    if source is None:
        return Reference(key=key, anchor=anchor, citation=key, text=f"Source '{key}' (details not available).")
    return Reference(
        key=key,
        anchor=anchor,
        citation=short_citation(source),
        text=_full_reference(source),
        doi=written_doi(source.doi),
        doi_url=doi_url(source.doi),
        url=_other_link(source),
        grey=source.grey,
        grey_label=_grey_label(source) if source.grey else "",
        excluded=source.status == "excluded",
    )


def _other_link(source: Source) -> str | None:
    """A source's web address beside its DOI's link, where it opens something else: the DOI's own resolver link
    (Publish or Perish and Zotero give `https://doi.org/…` as the work's URL) is the link shown already, never read out
    or printed twice (trial CR)."""
    url = safe_url(source.url)
    resolver = urlsplit(url).hostname in _DOI_RESOLVERS if url else False
    if url and source.doi and resolver and normalise_doi(url) == normalise_doi(source.doi):
        return None
    return url


_DOI_RESOLVERS = frozenset({"doi.org", "dx.doi.org", "www.doi.org"})


def _full_reference(source: Source) -> str:
    return reference(source, link=False)


def _grey_label(source: Source) -> str:
    kind = clean_text(source.type).lower()
    return "Grey literature" if kind in ("", "misc") else f"Grey literature ({kind})"


STRENGTH_ORDER = LABELS
"""The labels `cmo.synthesis.strength` gives, each with its own colour in pack.css."""
STRENGTH_WORDS = LABEL_WORDS


def _strength_class(label: str) -> str:
    text = label.lower().strip()
    return text if text in STRENGTH_ORDER else "other"


# --- What changed since the previous round -----------------------------------------------


def _changes(config: Configuration, ctx: _PackContext) -> list[Change]:
    """What changed since the last round, its words told as the group read them then and will read them now
    (`_words`): a person's edit and a change of the wording rules alike (trial U: pack 2 read "Where older people…"
    where pack 1 had read "For older people…", and said "No change")."""
    if ctx.previous is None:
        return []
    before = ctx.previous.get(config.id)
    if before is None:
        origins = _split_origins(config.id, ctx)
        if origins:
            names = ", ".join(f"{ctx.name(p.id)} “{_words(p)[0]}”" for p in origins)
            return [Change("split", f"New: split from {names}.")]
        return [Change("new", "New in this round.")]
    changes = []
    (title_then, sentence_then), (title_now, sentence_now) = _words(before), _words(config)
    if title_then != title_now:
        changes.append(Change("renamed", f"Renamed; it was called “{title_then}”."))
    if sentence_then != sentence_now:
        changes.append(Change("reworded", "Reworded. It used to say:", sentence_then))
    if before.domain != config.domain:
        changes.append(Change("moved", f"Moved here from “{_domain_name(before.domain, ctx)}”."))
    merged_in = _merged_into(config.id, ctx)
    for merged in merged_in:
        changes.append(
            Change(
                "merged",
                f"{merged.id} “{_words(merged)[0]}” was merged into this one. It used to say:",
                _words(merged)[1],
            )
        )
    parts = _split_parts(config.id, ctx)
    for part in parts:
        went = [sid for sid in before.statements if sid not in config.statements and sid in part.statements]
        with_them = f", with {ctx.findings(went)}" if went else ""
        changes.append(Change("split", f"Part of it now forms {ctx.name(part.id)} “{_words(part)[0]}”{with_them}."))
    return changes + _evidence_changes(before, config, ctx, merged_in, split_into={part.id for part in parts})


def _evidence_changes(
    before: Configuration,
    config: Configuration,
    ctx: _PackContext,
    merged_in: list[Configuration] = (),
    split_into: set[str] = frozenset(),
) -> list[Change]:
    """Findings that joined or left it since the last round, whoever moved them (refine or the team): a pack that
    said "No change" of a configuration with new evidence hid what respondents are asked to judge. A finding that
    came with a configuration merged into it is said to come from there, not to be new evidence; one that came from
    another configuration, from there (trial AD: from one taken out of the pack, it was "New evidence"); one that left
    for another, where it went, unless a part split from it took it (told with the split, once: trial AQ's pack told one
    split three times); one the team detached, by what they did (`_reasons`), not again here."""
    gained = [sid for sid in config.statements if sid not in before.statements]
    changes = []
    for merged in merged_in:
        came = [sid for sid in gained if sid in merged.statements]
        if came:
            changes.append(Change("evidence", f"From {merged.id}, merged into it: {ctx.findings(came)}."))
            gained = [sid for sid in gained if sid not in came]
    lost = [sid for sid in before.statements if sid not in config.statements]
    came_from = _held(gained, ctx.previous or {}, but=config.id)
    for origin, came in came_from.items():
        old = (ctx.previous or {})[origin]
        if origin in ctx.current:
            changes.append(Change("evidence", f"Moved here from {ctx.name(origin)}: {ctx.findings(came)}."))
        else:
            changes.append(Change("evidence", f"From {origin} “{_words(old)[0]}”, no longer in the pack: {ctx.findings(came)}."))
    gained = [sid for sid in gained if not any(sid in came for came in came_from.values())]
    if gained:
        changes.append(Change("evidence", f"New evidence: {ctx.findings(gained)} added to it."))
    went_to = _held(lost, ctx.current, but=config.id)
    for target, went in went_to.items():
        if target in split_into:
            continue
        moved = ctx.findings(went)
        changes.append(Change("evidence", f"{moved[0].upper()}{moved[1:]} moved from it to {ctx.name(target)}."))
    detached = {t for d in _decisions_naming("detach", config.id, ctx) for t in d.targets}
    lost = [sid for sid in lost if not any(sid in went for went in went_to.values()) and sid not in detached]
    if lost:  # a finding the team detached is told by what they did ("We took a finding from … out of it"), once
        taken = ctx.findings(lost)
        changes.append(Change("evidence", f"{taken[0].upper()}{taken[1:]} taken out of it."))
    return changes


def _held(statement_ids: list[str], configs: dict[str, Configuration], but: str) -> dict[str, list[str]]:
    """Which of `configs` (other than `but`) hold which of the statements, for a pack to say where a finding came from or
    went to (trial AD: a finding moved from a retired configuration was "New evidence", told again as "We added…")."""
    held: dict[str, list[str]] = {}
    for sid in statement_ids:
        holder = next((cid for cid, c in configs.items() if cid != but and not c.retired and sid in c.statements), None)
        if holder:
            held.setdefault(holder, []).append(sid)
    return held


def shown_words(configurations: list[Configuration], statements: list[Statement]) -> dict[str, tuple[str, str]]:
    """Each configuration's (title, sentence) as its pack shows them to the group, with the review's names
    (`names_from`, as `build_pack` reads them): what a closing round keeps of each (`SentConfiguration`)."""
    with names_from(statement_texts(statements)):
        return {config.id: _rendered(config) for config in configurations}


def _rendered(config: Configuration) -> tuple[str, str]:
    """Its (title, sentence) by today's wording rules."""
    title = clean_text(config.title) or f"Configuration {config.id}"
    return title, cmo_sentence(config.context, config.mechanism, config.outcome)


def _words(config: Configuration) -> tuple[str, str]:
    """The (title, sentence) the group reads of it: those its round kept, as that round's pack showed them; a
    round an older cmo closed kept none, and its parts are rendered as today."""
    title, sentence = _rendered(config)
    if isinstance(config, SentConfiguration):
        return config.shown_title or title, config.shown_sentence or sentence
    return title, sentence


def _decisions_naming(action: str, config_id: str, ctx: _PackContext) -> list[Decision]:
    return [d for d in ctx.decisions if d.action == action and config_id in d.targets]


def _split_origins(config_id: str, ctx: _PackContext) -> list[Configuration]:
    """A split decision names the original and its parts; the original is the one that existed before, and the part
    holds some of what the group read in it (`_held_then`)."""
    assert ctx.previous is not None
    ids = [t for d in _decisions_naming("split", config_id, ctx) for t in d.targets]
    part = ctx.current.get(config_id)
    return [
        ctx.previous[t]
        for t in dict.fromkeys(ids)
        if t != config_id and t in ctx.previous and (part is None or _held_then(part, ctx.previous[t]))
    ]


def _split_parts(config_id: str, ctx: _PackContext) -> list[Configuration]:
    """The configurations split off `config_id` since the last round that hold some of what the group read in it."""
    assert ctx.previous is not None
    ids = [t for d in _decisions_naming("split", config_id, ctx) for t in d.targets]
    before = ctx.previous.get(config_id)
    return [
        ctx.current[t]
        for t in dict.fromkeys(ids)
        if t != config_id
        and t in ctx.current
        and t not in ctx.previous
        and (before is None or _held_then(ctx.current[t], before))
    ]


def _held_then(part: Configuration, original: Configuration) -> bool:
    """Whether a part split off a configuration holds a statement the configuration held when the group read it: one
    that joined after the round and was split off again was never part of what they read (trial CQ: round 2's pack said
    of C28 "Part of it now forms C30", though C30's only statement joined C28 after round 1 and left it again)."""
    return bool(set(part.statements) & set(original.statements))


def _merged_into(config_id: str, ctx: _PackContext) -> list[Configuration]:
    """Configurations of the previous round that a merge this round folded into `config_id`."""
    assert ctx.previous is not None
    return [ctx.previous[gone] for gone in _gone_ids(ctx) if _merge_survivor(gone, ctx) == config_id]


def _gone_ids(ctx: _PackContext) -> list[str]:
    assert ctx.previous is not None
    return sorted((i for i in ctx.previous if i not in ctx.current and not ctx.previous[i].retired), key=natural_key)


def _merge_survivor(gone_id: str, ctx: _PackContext) -> str | None:
    for decision in _decisions_naming("merge", gone_id, ctx):
        named = decision.after.get("into") or decision.after.get("id")
        if isinstance(named, str) and named in ctx.current:
            return named
        for target in decision.targets:
            if target != gone_id and target in ctx.current:
                return target
    return None


def _retired(ctx: _PackContext, domain: str | None, views: dict[str, ConfigView]) -> list[Retired]:
    if ctx.previous is None:
        return []
    gone = []
    for gone_id in _gone_ids(ctx):
        old = ctx.previous[gone_id]
        if domain is not None and old.domain != domain:
            continue
        survivor = _merge_survivor(gone_id, ctx)
        title = _words(old)[0] if clean_text(old.title) else gone_id
        if survivor:
            text = f"was merged into {ctx.name(survivor)}."
            anchor = views[survivor].anchor if survivor in views else None
            gone.append(Retired(gone_id, title, text, anchor, ctx.name(survivor)))
        else:
            gone.append(Retired(gone_id, title, _taken_out(old, ctx)))
    return gone


def _taken_out(old: Configuration, ctx: _PackContext) -> str:
    """What became of a configuration taken out of the programme theory, and of the findings it rested on that now
    belong to another (trial AD: "C20 … was taken out of the programme theory" of one whose only finding had been
    attached to C4: the evidence was not taken out)."""
    kept = _held(list(old.statements), ctx.current, but=old.id)
    where = "; ".join(
        f"{ctx.findings(sids)} behind it {'is' if len(sids) == 1 else 'are'} now part of {ctx.name(cid)}"
        for cid, sids in kept.items()
    )
    return "was taken out of the programme theory" + (f"; {where}." if where else ".")


def _reasons(config: Configuration, ctx: _PackContext) -> list[Reason]:
    """The decisions of this round on `config`, each with the feedback that prompted it. The team's own notes are
    not published: a `--note` is written for the audit trail ("CLI edit", "typo"), not for the reference group, so
    a pack says what was done and what prompted it, never the note. What a round's decisions came to is told, not
    each step (`_holding`, `_sides_changed`), and each answer is quoted once (trial S: one answer three times)."""
    reasons: list[Reason] = []
    mine = [d for d in ctx.decisions if config.id in d.targets and d.action not in NOT_A_CHANGE]
    sides = _sides_changed(config, ctx, mine)
    for index, decision in enumerate(mine):
        held = _holding(decision, mine[index + 1 :])
        if not held and decision.action in CITES:
            continue  # trial S: cited, then cited again for it: the later one is what holds
        cited = [ctx.feedback[f] for f in held if f in ctx.feedback]
        if not cited and _told_by_changes(decision) or decision.action == "edit" and _new_this_round(config, ctx):
            continue  # trial P: a configuration new in this round was "reworded", from words the group never saw
        if decision.action == "mark":
            if id(decision) not in sides:
                continue  # a mark that leaves the finding on the side the group saw tells them nothing
            action = sides[id(decision)]
        elif decision.action == "cite-feedback":
            action = _cite_action(config, cited, _whose(cited, reasons), _prompted_a_change(cited, mine))
        elif decision.action == "move":
            action = f"moved it to “{_domain_name(decision.after.get('domain'), ctx)}”"
        elif decision.action == "unaccept":
            action = "agreed to look at it again"  # the group's answer reopened it; "opened it again for change" is ours
        else:
            action = what_the_team_did(decision, config.id, ctx.findings, ctx.name)
        _tell(reasons, action, [_heard(item, ctx, config.id) for item in cited], decision.action)
    return reasons


CITES = {"cite-feedback", "uncite-feedback"}
"""Decisions on which answers a configuration cites, and on which side: for each answer, the round's last holds."""


def _holding(decision: Decision, later: list[Decision]) -> list[str]:
    """The answers `decision` cites or uncites that no later citing decision of the round names again (for any
    other decision, all the answers behind it)."""
    if decision.action not in CITES:
        return list(decision.because)
    named_later = {f for d in later if d.action in CITES for f in d.because}
    return [f for f in decision.because if f not in named_later]


SAID_ONLY_WITH_ANSWERS = {"accept", "unaccept", "refine"}
"""Decisions a pack tells only with the answers that prompted them: accepting a configuration, and opening it again for
change, are the team's own bookkeeping (trial AE's round 2 read "We opened it again for change" of an accept the group
never saw); what the team then changed is told by what changed."""


def _tell(reasons: list[Reason], action: str, heard: list[Heard], kind: str) -> None:
    """Add what the team did to the reasons: with the answers quoted before it joins the reason that quotes them all
    (trial I: one answer that prompted several decisions is quoted once), and an answer quoted with an earlier
    reason is not quoted again but counted ("with the answer quoted above")."""
    ids = {h.id for h in heard}
    quoted = {h.id for r in reasons for h in r.heard}
    joined = next((r for r in reasons if r.heard and ids <= {h.id for h in r.heard}), None)
    if heard and joined is not None:
        said = {clause for told in joined.actions for clause in _ACTS.split(told)}
        new = [clause for clause in _ACTS.split(action) if clause not in said]
        if new:  # trial P: two edits for one answer read "we reworded it and reworded it"; trial CR: so did an edit of
            joined.actions.append(" and ".join(new))  # the words, then one of the title and key contexts
    elif heard:
        reasons.append(Reason([action], [h for h in heard if h.id not in quoted], above=len(ids & quoted)))
    elif kind not in SAID_ONLY_WITH_ANSWERS:  # trial CW: "So we reworded it." then "We reworded it and changed its key
        said = {clause for told in reasons for one in told.actions for clause in _ACTS.split(one)}  # contexts."
        new = [clause for clause in _ACTS.split(action) if clause not in said]
        if new:
            reasons.append(Reason([" and ".join(new)], also=len(new) < len(_ACTS.split(action))))


_ACTS = re.compile(r" and (?=(?:reworded|changed|moved|cited|merged|split|marked|detached|attached|retired|took) )")
"""Where one thing the team did ends and the next begins in what a decision did ("reworded it and changed its key
contexts"), so that a thing told for one answer is not told again ("reworded it and reworded it")."""


def _whose(cited: list[FeedbackItem], reasons: list[Reason]) -> str:
    """The answers a citing decision names, said so when the reason it joins quotes others too: "the answer from
    someone from the group “Midwives and nurses”"; empty when it names them all (the action says "your feedback")."""
    ids = {item.id for item in cited}
    joined = next((r for r in reasons if r.heard and ids <= {h.id for h in r.heard}), None)
    if joined is None or ids == {h.id for h in joined.heard}:
        return ""
    named = [h for h in joined.heard if h.id in ids]
    if len(named) == 1 and sum(h.who == named[0].who for h in joined.heard) == 1:
        return f"the answer from {named[0].who}"
    return "one of these answers" if len(named) == 1 else f"{len(named)} of these answers"


def _cite_action(config: Configuration, cited: list[FeedbackItem], whose: str = "", prompted: bool = False) -> str:
    """What citing answers did, told by the side each answer takes (`Configuration.counts_against`) where the respondent
    took it too (`_on_its_side`): a disagreement cited is the group's view against the finding, an agreement evidence for
    it. An answer the team counts on the other side from the respondent's own ("who disagreed, counted by the team as
    support", or a neutral answer) is told as what prompted the change it goes with, else as kept beside the evidence,
    never as "evidence for it": trial AL told a respondent who disagreed "we reworded it and cited your feedback as
    evidence for it". `whose` names the answers among others."""
    sides = {_on_its_side(config, item) for item in cited}
    if sides == {"partly"}:
        return f"cited {whose or 'your feedback'} as evidence that it holds in part"
    sides = {"for" if side == "partly" else side for side in sides}
    if sides == {"against"}:
        return f"recorded {whose or 'your view'} as the group's view against it, beside the evidence"
    if sides == {"for"}:
        return f"cited {whose or 'your feedback'} as evidence for it"
    if sides == {"for", "against"}:
        return f"recorded {whose or 'your views'} as the group's views, for it and against it, beside the evidence"
    if prompted:
        return f"cited {whose or 'your feedback'} as what prompted the change"
    return f"kept {whose or 'your feedback'} beside the evidence"


def _on_its_side(config: Configuration, item: FeedbackItem) -> str:
    """The side a cited answer is told on to its respondent: "for" where the team counts it with the finding and the respondent
    agreed (partly, where a person counted it so); "against" where the team counts it against and the respondent disagreed, or
    partly agreed (a part that does not hold); "partly" where a partly agreeing answer is counted with it by its rating alone
    (told as evidence that it holds in part, `feedback_cited_as`' rule); "" where the two differ, or the respondent took no side
    (a neutral answer, none given): the one rule for every phrase a pack uses of what was done with an answer."""
    against = config.counts_against(item)
    if against and (item.goes_against() or item.rating == "partly"):
        return "against"
    if not against and item.rating == "partly" and item.id not in config.feedback_sides:
        return "partly"  # counted with it, but never told as full support unless a person counted it so
    if not against and item.rating in ("agree", "partly"):
        return "for"
    return ""


def _prompted_a_change(cited: list[FeedbackItem], decisions: list[Decision]) -> bool:
    """Whether any of these answers prompted another of the round's decisions on the configuration than citing them
    (a rewording, a move, a split: what the pack tells the group it led to)."""
    ids = {item.id for item in cited}
    return any(d.action not in CITES and ids & set(d.because) for d in decisions)


def _sides_changed(config: Configuration, ctx: _PackContext, decisions: list[Decision]) -> dict[int, str]:
    """The team's marks of this round on findings the group saw last round, told only where they moved a finding to
    the other side of it (`contradicting_ids`, the one rule), at the last mark on each: "now count a finding from
    Ratcliffe et al. (2016) as evidence for it, not against it as in round 1". A mark that confirms the side the group
    saw says nothing to them, and no mark is told as a judgement on a finding's words (trial S)."""
    before = None if ctx.previous is None else ctx.previous.get(config.id)
    marks = [d for d in decisions if d.action == "mark"]
    if before is None or not marks:
        return {}
    first: dict[str, object] = {}
    last: dict[str, Decision] = {}
    for decision in marks:
        for sid in (t for t in decision.targets if t.startswith("S")):
            first.setdefault(sid, decision.before.get("stance"))
            last[sid] = decision
    then = dict(ctx.statements)
    for sid, stance in first.items():
        if sid in then:
            kept = {c: s for c, s in then[sid].stance.items() if c != config.id}
            then[sid] = then[sid].model_copy(update={"stance": kept | ({config.id: stance} if stance else {})})
    was, now = set(contradicting_ids(before, then)), set(contradicting_ids(config, ctx.statements))
    told: dict[int, str] = {}  # by the id() of the mark that tells it
    for sid, decision in last.items():
        if sid in before.statements and sid in config.statements and (sid in was) != (sid in now):
            told[id(decision)] = f"now count {ctx.findings([sid])} {as_evidence(sid in now)} as in round {ctx.round_number - 1}"
    return told


CHANGES_TELL = {"title", "context", "mechanism", "outcome", "domain"}
"""What `_changes` tells of a configuration by comparing it with the last round: its words and its domain."""


def _told_by_changes(decision: Decision) -> bool:
    """A move or rewording nobody's answer prompted is told by what changed since the last round ("Moved here from
    …", "Reworded. It used to say: …"), which sums up the round: trial N's move there and back again was told twice
    as "We moved it to another domain" of a configuration that had not moved. So is evidence attached to it, with where
    it came from (`_evidence_changes`)."""
    if decision.action == "attach":
        return True  # the findings that joined, and from where, are told by `_evidence_changes` (trial AD told it twice)
    if decision.action == "split":
        return True  # "Part of it now forms …" and "New: split from …" tell it (trial AQ: "We split … off from it" again)
    return decision.action in ("move", "edit") and bool(decision.after) and set(decision.after) <= CHANGES_TELL


def _new_this_round(config: Configuration, ctx: _PackContext) -> bool:
    return ctx.previous is not None and config.id not in ctx.previous


def _domain_name(slug: object, ctx: _PackContext) -> str:
    return ctx.domain_names.get(str(slug or ""), str(slug or "")) or UNASSIGNED.name


def _ended(said: str) -> str:
    """One answer's words closed with a full stop where the respondent ended none, so the next answer's label does not
    run into them (trial Y: "…after a disclosure In an earlier answer: …")."""
    return said if said.endswith((".", "!", "?", "…", ".)", ".”", '."')) else f"{said}."


def _heard(item: FeedbackItem, ctx: _PackContext, about: str = "") -> Heard:
    """An answer as a pack retells it; one given on another finding than `about` (the configuration whose change it
    prompted) names that finding, so its rating is never read as the group's view of this one (trial AK: a split's new
    configuration read "You told us (Cardiologists, who agreed)" of an agreement with the configuration it came from).
    Only the answer in force is retold: words the respondent replaced are theirs and the team's, not the group's."""
    said = what_they_said(item, earlier=False)
    text = " ".join(_ended(f"{label}: {clean_text(value)}") for label, value in said if clean_text(value))
    group = ctx.group_names.get(item.group, clean_text(item.group))
    rating = RATING_WORDS.get(item.rating or "", "")
    elsewhere = item.configuration not in ("", about) if about else False
    on = "the findings overall" if item.configuration == "overall" else ctx.name(item.configuration)
    return Heard(
        id=item.id,
        who=f"someone from the group “{group}”"
        if group
        else f"someone who answers as “{words}”"  # their group in their own words, none of the review's (trial CC L8)
        if (words := clean_text(item.group_words))
        else "a respondent",
        rating=f"{rating} with {on}" if rating and elsewhere else rating,
        text=text,
        about=f"about {on}" if elsewhere and not rating else "",
    )


# --- Domains, example, diagram --------------------------------------------------------------


def _domain_views(
    domains: list[Domain],
    chosen: list[Configuration],
    views: dict[str, ConfigView],
    only: str | None,
    audience: Group | None,
    numbers: dict[str, int],
    order: dict[str, int] | None = None,
) -> list[DomainView]:
    """The domains shown, each numbered as the report numbers it (`numbers`: slug → number), in a pack of one
    domain too."""
    result = []
    sections = [(d, configs) for d, configs in by_domain(chosen, domains) if only in (None, d.slug) or configs]
    for domain, configs in sections:
        members = sorted((views[c.id] for c in configs), key=lambda v: (order or {}).get(v.id, 0))
        if audience is not None:
            members.sort(key=lambda v: not v.for_audience)
        findings = [v for v in members if not v.unsupported]
        result.append(
            DomainView(
                number=numbers.get(domain.slug, 0),
                slug=domain.slug,
                name=clean_text(domain.name or domain.slug),
                description=clean_text(domain.description),
                anchor=html_anchor("domain", domain.slug or "unassigned"),
                configurations=findings,
                tagged_count=sum(v.for_audience for v in findings),
                unsupported=[v for v in members if v.unsupported],
            )
        )
    return result


def _example(domains: list[DomainView], settled: set[str] | frozenset[str] = frozenset()) -> ConfigView | None:
    """The first configuration with all three parts marked in its sentence (one its round froze in other words than
    today's rules give is shown unmarked), one with no short form a lay reader may not know first (`shorthand_in`:
    re-check RH3's example was an accepted "few GP appts … pt feels cared for" beside a plainly reworded one), then one
    the team accepted (`settled`), and among those one worded in its
    plainest frames first (`reads_plainly`), then one not joined by "has this outcome:": the explanation uses it as its
    example. Trial CY's pack explained the parts
    with a draft still in its coder's shorthand ("…generic invitation letter - ppl dont see it as relevant to them…")
    where the team had accepted another, whose mechanism has no subject of its own and so does not read plainly."""
    every = [v for d in domains for v in d.configurations]
    complete = [v for v in every if v.context and v.mechanism and v.outcome and any(s.part for s in v.segments)]
    plain = {v.id for v in complete if reads_plainly(v.context, v.mechanism, v.outcome)}  # trial AD: "…, expect a peer…"
    unsure = {v.id for v in complete if "this outcome:" in v.sentence}  # the frame for what could be a clause or a phrase
    from cmo.synthesis.shorthand import shorthand_in

    coded = {v.id for v in complete if shorthand_in(v.sentence)}  # re-check RH3: an accepted "few GP appts … pt feels…"
    ranked = sorted(complete, key=lambda v: (v.id in coded, v.id not in settled, v.id not in plain, v.id in unsure))
    return (ranked or every or [None])[0]


def _diagram(domains: list[DomainView]) -> Diagram:
    """Each domain's programme theory, contexts → mechanisms → outcomes (cmo.outputs.theory)."""
    theories = []
    for domain in domains:
        drawn = programme_theory(
            domain.name,
            [(v.id, v.context, v.mechanism, v.outcome, v.strength_class) for v in domain.configurations],
        )
        theories.append(DomainTheory(domain.name, domain.anchor, Markup(drawn.svg())))
    used = {v.strength_class for d in domains for v in d.configurations}
    legend = [(label, colour) for label, colour in theory_legend() if label in used]
    return Diagram(theories, legend)


# --- Small helpers -----------------------------------------------------------------------------


def _shorten(text: str, limit: int) -> str:
    text = clean_text(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _email(contact: str) -> str | None:
    text = contact.strip()
    return text if re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", text) else None


def _storage_key(title: str, round_number: int) -> str:
    digest = hashlib.sha256(f"{title}\n{round_number}".encode()).hexdigest()[:16]
    return f"cmo-pack-{digest}"


@cache
def _asset(name: str) -> str:
    source, _, _ = environment().loader.get_source(environment(), name)
    return source


def _content_security_policy(css: str, script: str) -> str:
    def pin(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    return (
        f"default-src 'none'; style-src {pin(css)}; script-src {pin(script)}; img-src data:; base-uri 'none'; form-action 'none'"
    )
