"""The RAMESES report: everything the review's data can fill of the 19 publication standards.

The report is built in two steps: `report_context` turns plain data into plain dicts and lists
(numbers, rows, diagram boxes), and a template lays them out as self-contained HTML (no network,
no script) or markdown. Every bibliographic or feedback text is untrusted: HTML autoescapes it,
markdown escapes it through the environment's `finalize` hook, so no template can forget to.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Union

from markupsafe import Markup

from cmo.bib.citations import citing, reference, safe_url, short_cite
from cmo.bib.linking import re_read
from cmo.errors import BadInput
from cmo.models import (
    ORIGINS,
    SCREENED_ONE_AT_A_TIME,
    Configuration,
    Decision,
    Domain,
    FeedbackItem,
    Group,
    RoundSnapshot,
    Source,
    Statement,
    now_iso,
    said_in_a_line,
)
from cmo.normalise import clean_text, coders_of, fold, natural_key, one_reviewer
from cmo.outputs.events import (  # noqa: F401
    MACHINE_ACTIONS,
    NOT_A_CHANGE,
    TOLD_FIELDS,
    changed_fields,
    fate_named,
    fates,
    mark_moved,
    refine_lines,
    refine_summary,
    refine_wording,
    round_told,
    what_the_team_did,
)
from cmo.outputs.tables import (
    CHECKED,
    OTHER_DOCUMENTS,
    UNBACKED_HEADING,
    UNBACKED_IN_DOMAIN,
    CitedNotIncluded,
    ConfigurationRow,
    DomainTable,
    GroupNames,
    called_in,
    checked_quote,
    citation_of,
    cited_not_included,
    domain_tables,
    feedback_cited_as,
    finding_names,
    not_included_note,
    numbering_note,
    quote_as_shown,
    round_numbers,
    status_mark,
    unbacked_note,
    with_rule_s_sides,
)
from cmo.outputs.templating import counted, environment
from cmo.outputs.theory import DRAWN_AT_MOST, STRENGTH_WORDS, legend_words, table_theory
from cmo.sheets.feedback import agreement
from cmo.synthesis.evidence import MIXED_SOURCE, contradicting_ids
from cmo.synthesis.wording import names_from, statement_texts
from cmo.views import page_given, page_is_a_date

if TYPE_CHECKING:
    from cmo.views import QuoteVerified

Strength = Callable[[Configuration], tuple[str, str]]
QuoteResult = Union[str, "QuoteVerified"]
DIRECT_ENTRY = "(entered directly, no file)"
NO_REASON = "no reason recorded"
_REASON_BREAK = re.compile(r";(?![^()]*\))")  # a semicolon outside brackets


def reasons_given(reason: str | None) -> list[str]:
    """The reasons one exclusion gives, in the order written: its reason cut at semicolons outside brackets. Import
    writes several so (Rayyan's 'RAYYAN-EXCLUSION-REASONS: wrong population,foreign language', two screeners' reasons
    on one row), as a team types them ("wrong population; wrong outcome"); "wrong setting (hospital; inpatient)" is one.
    Trial CN: the report counted 'wrong population; foreign language' as one reason of its own."""
    return [part.strip() for part in _REASON_BREAK.split(reason or "") if part.strip()]


NO_GROUP = "no group given"
RATINGS = ("agree", "partly", "disagree")
NO_FULLTEXT_NOTE = "No full text is attached to the review, so no quote below was checked against its source."


def _no_strength(config: Configuration) -> tuple[str, str]:
    return "", ""


@dataclass
class ReportData:
    """What a report is made from; the store provides it, nothing here reads files."""

    review: dict
    domains: list[dict]
    groups: list[dict]
    sources: list[Source]
    statements: list[Statement]
    configurations: list[Configuration]
    decisions: list[Decision] = field(default_factory=list)
    rounds: list[RoundSnapshot] = field(default_factory=list)
    feedback: list[FeedbackItem] = field(default_factory=list)
    strength: Strength = _no_strength
    generated_at: str = field(default_factory=now_iso)
    quote_checks: dict[str, QuoteResult] = field(default_factory=dict)
    """Statement id → its quote's check (`cmo code verify`): the result, whose `found_page` is the PDF's page the quote
    is on, or its status alone (verified, other_page, close, not_found or no_fulltext); empty: no full text attached."""
    files: list[dict] = field(default_factory=list)
    """The files ingested (`Store.files`: name and origin, ...): the route each record came by, for the document flow."""
    record_origins: dict[tuple[str, int], str] = field(default_factory=dict)
    """(file, line) → the route a record names for itself (`readers.ORIGIN`, from a grey list's "Found via" column):
    where it differs from its file's origin, the document flow counts the record under it."""
    notice_types: dict[str, str] = field(default_factory=dict)
    """Source key → the type its records' export gave it as a notice about another work (`commands.report.notice_types`)."""
    searches: list[dict[str, str]] = field(default_factory=list)
    """The search strategies the review keeps (`review.SEARCHES`: name and text of each file), for RAMESES item 8."""
    numbers: list[dict[str, str]] | None = None
    """The numbers each closed round's pack gave its configurations (`pack.numbers_as_sent`), which the tables keep;
    None: as `tables.round_numbers` numbers `rounds`."""


def render_report(data: ReportData, fmt: str = "html") -> str:
    if fmt not in ("html", "md"):
        raise BadInput(f"report format '{fmt}' is not known; use html or md.")
    with names_from(statement_texts(data.statements)), citing(data.sources):
        context = report_context(data)
        if fmt == "html":
            return environment().get_template("report.html.j2").render(**context)
        return environment(markdown=True).get_template("report.md.j2").render(**context)


def report_context(data: ReportData) -> dict:
    live = [s for s in data.statements if not s.deleted]
    flow = document_flow(data.sources, live, data.configurations, data.files, data.record_origins, data.notice_types)
    cited = [*data.feedback, *replaced_answers(data.decisions, data.feedback)]  # a cited answer is named when replaced
    earlier = round_numbers(data.rounds, data.domains) if data.numbers is None else data.numbers  # as the group quotes them
    tables = domain_tables(
        data.sources,
        live,
        data.configurations,
        data.domains,
        data.strength,
        cited,
        data.groups,
        earlier,
        data.decisions,
        called_in(data.review),
    )
    names = finding_names(tables)
    included = characteristics(data.sources, live)
    anchors = {row["key"]: row["anchor"] for row in included}
    apart = cited_not_included(tables, data.sources)
    others = other_reference_rows(apart)
    anchors.update({row["key"]: row["anchor"] for row in others})
    statuses = {row["key"]: row["status"] for row in others}
    by_key = {s.key: s for s in data.sources}
    decisions = with_rule_s_sides(data.decisions, cited)
    spelt = _short_forms_spelt_out(data.review)
    views = [_table_view(t, anchors, statuses, by_key, {s.id: s for s in live}, spelt) for t in tables]
    if spelt:
        views = [
            {**view, **{part: [_spelt_out_row(row, spelt) for row in view[part]] for part in ("rows", "unbacked")}}
            for view in views
        ]
    context = {
        "review": _review_meta(data.review),
        "generated_at": date_text(data.generated_at),
        "flow": flow,
        "taken_back": taken_back(data.decisions, data.files),
        "searches": [{"name": f["name"], "lines": f["text"].strip().splitlines()} for f in data.searches if f["text"].strip()],
        "screening_notes": screening_notes(data.sources, data.decisions),
        "diagram": flow_diagram(flow),
        "characteristics": included,
        "characteristics_summary": characteristics_summary(included),
        "coding": {
            **coding_summary(live, data.sources, data.configurations, _reviewers(data.decisions)),
            **quote_summary(data.quote_checks, live),
        },
        "accounting": statement_accounting(
            data.statements, data.configurations, data.decisions, lambda key: citation_of(key, by_key.get(key))
        ),
        "tables": views,
        "numbering_note": numbering_note(tables, called_in(data.review)),  # numbers kept between rounds may skip one
        "short_forms": _short_forms_told(data, live),  # still told: the appendix of coded statements keeps the coders' words
        "unbacked": [row for view in views for row in view["unbacked"]],
        "unbacked_heading": UNBACKED_HEADING,
        "unbacked_in_domain": UNBACKED_IN_DOMAIN,
        "rounds": consultation(
            data.rounds, data.feedback, data.groups, data.configurations, decisions, names, called_in(data.review)
        ),
        "audit": audit_trail(
            data.configurations,
            with_cmo_s_reading(decisions, data.configurations, data.statements),
            cited,
            data.groups,
            names,
            max((r.number for r in data.rounds), default=0),
            {d.slug: d.name or d.slug for d in map(Domain.model_validate, data.domains)},
            called_in(data.review),
        ),
        "references": [
            {"anchor": anchors[s.key], "text": reference(s), "link": source_link(s)}
            for s in sorted(_included(data.sources), key=lambda s: reference(s).casefold())
        ],
        "other_references": others,
        "other_references_note": not_included_note(apart) if apart else "",
        "other_references_heading": OTHER_DOCUMENTS,
        "unbacked_note": unbacked_note(sum(len(view["unbacked"]) for view in views)),
        "appendix": statement_appendix(live, data.sources, data.quote_checks, _reviewers(data.decisions)),
        "unchecked_note": NO_FULLTEXT_NOTE if not data.quote_checks and any(s.quote.strip() for s in live) else "",
    }
    context["checklist"] = rameses_checklist(data, context)
    return context


def _short_forms_spelt_out(review: dict | None) -> dict[str, str]:
    """The team's short forms and what each means where review.yaml asks for them written out (`settings:
    spell_out_short_forms: true`); empty otherwise. The report tells what they mean either way (`_short_forms_told`)."""
    settings = (review or {}).get("settings") or {}
    meanings = settings.get("short_forms") if isinstance(settings, dict) else None
    if not isinstance(meanings, dict) or settings.get("spell_out_short_forms") is not True:
        return {}
    return {str(key): str(value) for key, value in meanings.items()}


def _spelt_out_row(row: dict, meanings: dict[str, str]) -> dict:
    """A configurations table row with each said short form written out in its words (`shorthand.spelt_out`, as packs
    write them)."""
    from cmo.synthesis.shorthand import spelt_out, spelt_out_listed

    parts = ("title", "context", "mechanism", "outcome")
    spelt = {part: spelt_out(row[part], meanings) for part in parts if isinstance(row.get(part), str)}
    if isinstance(row.get("key_contexts"), str) and row["key_contexts"] not in (NO_KEY_CONTEXTS, NONE_BY_THE_TEAM):
        spelt["key_contexts"] = spelt_out_listed(row["key_contexts"], meanings)  # the members' words, not the report's
        # own sentence for none, whose "; its other evidence…" is no item of a list (helper E3: "; Its other evidence")
    return {**row, **spelt}


def _short_forms_told(data: ReportData, live: list[Statement]) -> str:
    """What the short forms the report's configurations and coded statements use mean, told once, as a pack tells its
    readers (`short_forms_told`, one sentence): review.yaml `settings: short_forms:`."""
    from cmo.synthesis.shorthand import short_forms_told

    settings = (data.review or {}).get("settings") or {}
    meanings = settings.get("short_forms") if isinstance(settings, dict) else None
    if not isinstance(meanings, dict) or not meanings:
        return ""
    shown = [c for c in data.configurations if not c.retired]
    texts = [(c.id, text) for c in shown for text in (c.title, c.context, c.mechanism, c.outcome, c.key_contexts)]
    texts += [(s.id, text) for s in live for text in (s.context, s.mechanism, s.outcome)]
    return short_forms_told(texts, {str(key): str(value) for key, value in meanings.items()})


def replaced_answers(decisions: list[Decision], held: list[FeedbackItem]) -> list[FeedbackItem]:
    """The answers respondents' later files replaced, as the history keeps them (a `feedback-replace` decision holds
    each as it was and what replaced it), less those `held` already: so that a configuration citing one names its
    group and round (`feedback_cited_as`) though the report reads only the answers in force."""
    known = {item.id for item in held}
    found: dict[str, FeedbackItem] = {}
    for decision in decisions:
        if decision.action != "feedback-replace":
            continue
        successors = decision.after.get("replaced_by")
        successors = successors if isinstance(successors, dict) else {}
        for answer in decision.before.get("answers") or []:
            try:
                item = FeedbackItem.model_validate(answer)
            except ValueError:  # a record an older cmo wrote otherwise: named as an answer no longer held
                continue
            if item.id and item.id not in known:
                found[item.id] = item.model_copy(
                    update={"replaced_by": item.replaced_by or successors.get(item.id) or "a later answer"}
                )
    return list(found.values())


def _review_meta(review: dict) -> dict:
    """The few review.yaml fields the report shows, as text; missing ones are empty."""
    keys = ("title", "question", "authors", "funding", "rationale", "protocol")
    meta = {key: review.get(key) or "" for key in keys}
    if isinstance(meta["authors"], list):
        meta["authors"] = ", ".join(str(a) for a in meta["authors"])
    meta = {key: str(value) for key, value in meta.items()}
    meta["title"] = meta["title"] or "Untitled review"
    return meta


def _included(sources: list[Source]) -> list[Source]:
    return [s for s in sources if s.status == "included"]


# ---- document flow (RAMESES item 12) ------------------------------------------------------


def document_flow(
    sources: list[Source],
    statements: list[Statement],
    configurations: list[Configuration],
    files: list[dict] = (),
    record_origins: Mapping[tuple[str, int], str] | None = None,
    notice_types: Mapping[str, str] | None = None,
) -> dict:
    """Counts for the flow diagram.

    As PRISMA counts them: the records each route identified (a record under its own file's origin, trial R: the
    citation-tracking file's duplicates of database records were counted as database records; under its own route
    before its file's where its row named one, `record_origins`: a grey list's "Found via" row that an expert suggested
    is an expert's record, though the database's record of the work came first), then the duplicates linked, then the
    documents. A record read again (`re_read`: a corrected file ingested again, under its name or
    another) is not a record a search found again and counts once. A source entered by hand has no file record; it
    counts as one record identified (under `DIRECT_ENTRY`) so that records identified − duplicates linked = documents,
    always.
    """
    origin_of: dict[str, str] = {}
    for file in files:
        origin_of.setdefault(file["name"], file["origin"])
    routes = record_origins or {}
    by_file: Counter[str] = Counter()
    records_by_origin: Counter[str] = Counter()
    for source in sources:
        found = [p for p in source.records if not re_read(p)] or source.records[:1]
        by_file.update([p.file for p in found] or [DIRECT_ENTRY])
        # The record a source started from counts under the source's origin (its own route, its file's, or a reviewer's
        # correction); each linked record under its own route, else its file's.
        linked = [routes.get((p.file, p.line)) or origin_of.get(p.file, source.origin) for p in found[1:]]
        records_by_origin.update([source.origin, *linked])
    identified = sum(by_file.values())
    excluded = [s for s in sources if s.status == "excluded"]
    included = _included(sources)
    coded = {s.source for s in statements}
    active = [c for c in configurations if not c.retired]
    given = [reasons_given(s.exclusion_reason) or [NO_REASON] for s in excluded]
    reasons = Counter(first for first, *_ in given)  # PRISMA: one reason per document, the first as written
    also = Counter(r for first, *later in given for r in dict.fromkeys(later) if r != first)
    origins = [o for o in ORIGINS] + sorted(({s.origin for s in sources} | set(records_by_origin)) - set(ORIGINS))
    return {
        "records_identified": identified,
        "by_file": [{"file": f, "records": n} for f, n in sorted(by_file.items(), key=lambda i: (-i[1], i[0]))],
        "by_origin": [
            {
                "origin": origin,
                "records": records_by_origin[origin],
                "documents": sum(1 for s in sources if s.origin == origin),
                "included": sum(1 for s in included if s.origin == origin),
            }
            for origin in origins
            if records_by_origin[origin]
        ],
        "duplicates_linked": identified - len(sources),
        "documents": len(sources),
        "screened": sum(1 for s in sources if s.screening != "unscreened"),
        "unscreened": sum(1 for s in sources if s.screening == "unscreened"),
        "undecided": sum(1 for s in sources if s.screening == "maybe"),
        "notices": _notices(sources, notice_types or {}),
        "excluded": len(excluded),
        "exclusion_reasons": [
            {"reason": r, "documents": reasons[r], "also_given": also[r]}
            for r in sorted(reasons.keys() | also.keys(), key=lambda r: (-reasons[r], -also[r], r))
        ],
        "included": len(included),
        "included_with_statements": sum(1 for s in included if s.key in coded),
        "statements": len(statements),
        "statements_not_included": sum(1 for s in statements if s.source not in {i.key for i in included}),
        "configurations": len(active),
        "domains": len({c.domain for c in active if c.domain}),
    }


def _notices(sources: list[Source], typed: Mapping[str, str]) -> int:
    """Documents that are notices about another work, errata, retractions and expressions of concern
    (`dedupe.notice_kind`: by their title or
    the type their export gave, RIS's M3, EndNote's %9), not excluded: each counts as a document of its own until the
    team excludes it at screening, so the flow says how many of its documents are none (helper H6: an Embase erratum
    under `TY  - JOUR` was counted a study unsaid). The type is its records' (`typed`, `commands.report.notice_types`), as ingest
    names the record by it: a stored source keeps none (helper K6: a MEDLINE "PT  - Published Erratum" titled without
    the word was named at ingest and counted as a study)."""
    from cmo.bib.dedupe import NOTICES_ABOUT_A_WORK, notice_kind, notice_label

    return sum(
        1
        for s in sources
        if s.status != "excluded" and notice_kind(s.title, typed.get(s.key) or notice_label(s)) in NOTICES_ABOUT_A_WORK
    )


def _not_included(statements: int) -> str:
    """Statements coded from documents not (yet) included, said beside the count (trial Y: the flow credited all 51 to the
    14 included documents, 3 being from two screened "maybe")."""
    return f" ({statements} from documents not included)" if statements else ""


@dataclass
class Box:
    x: int
    y: int
    width: int
    height: int
    lines: list[str]
    main: bool = True

    @property
    def text_x(self) -> int:
        return self.x + 10


_LINE = 17
_CHARS_PER_PIXEL = 1 / 7.2
_LIST_LIMIT = 6


def taken_back(decisions: list[Decision], files: list[dict]) -> list[str]:
    """Files ingested and taken back (`cmo sources withdraw`), with how many records and why, for RAMESES item 8's
    account of the searches: the flow no longer counts them, and a reader hears that it once did. A file ingested
    again since counts again, and is not said."""
    ingested = {file["name"] for file in files}
    said: dict[str, str] = {}  # the latest withdrawal of each file
    for decision in decisions:
        if decision.action == "source-withdraw" and (name := str(decision.after.get("file", ""))) not in ingested:
            why = decision.note.split("): ", 1)[1] if "): " in decision.note else ""
            said[name] = f"{name} ({counted(int(decision.after.get('records', 0)), 'record')}{': ' + why if why else ''})"
    return list(said.values())


def screening_notes(sources: list[Source], decisions: list[Decision]) -> list[dict]:
    """Each document whose screening a person decided one at a time with a note on why (`cmo select include KEY
    --note …`), as it stands, for RAMESES item 9's account of selection: the decision, who made it and their words. A
    decision a file made since (a screening sheet's) is the file's, whose notes are the sheet's to keep."""
    by_hand: dict[str, Decision] = {}
    for decision in decisions:
        if decision.action in SCREENING_ACTIONS:
            for key, now in decision.after.items():
                if isinstance(now, dict) and ({"status", "screening_note", "maybe"} & now.keys()):
                    by_hand[key] = decision
    rows = []
    for source in sources:
        decision = by_hand.get(source.key)
        if decision is None or decision.action not in SCREENED_ONE_AT_A_TIME or not source.screening_note.strip():
            continue
        said = {"maybe": "not yet decided", "unscreened": "returned to screening"}.get(source.screening, source.screening)
        if source.status == "excluded" and source.exclusion_reason.strip():
            said += f": {source.exclusion_reason.strip()}"
        rows.append(
            {
                "key": source.key,
                "citation": citation_of(source.key, source),
                "decision": said,
                "by": decision.by or source.screened_by,
                "note": source.screening_note.strip(),
            }
        )
    return rows


def flow_diagram(flow: dict) -> dict:
    """Boxes and arrows of the flow diagram, laid out here so the template only draws them."""
    width, gap = 960, 28
    origins = flow["by_origin"] or [{"origin": "no records", "records": 0}]
    top_width = (width - 20 - gap * (len(origins) - 1)) // len(origins)
    boxes: list[Box] = []
    arrows: list[tuple[int, int, int, int]] = []
    y = 10
    top = [
        _box(10 + i * (top_width + gap), y, top_width, [o["origin"].capitalize(), counted(o["records"], "record")])
        for i, o in enumerate(origins)
    ]
    boxes += top
    y += max(b.height for b in top) + gap
    main_x, main_w, side_x, side_w = 10, 440, 510, 440
    steps = [
        (
            [f"Records identified: {flow['records_identified']}", f"from {len(flow['by_file'])} file(s)"],
            _listing("Records by file", [(f["file"], f["records"]) for f in flow["by_file"]]),
        ),
        (
            [f"Documents after linking duplicates: {flow['documents']}"],
            [f"Duplicate records linked: {flow['duplicates_linked']}"],
        ),
        (
            [f"Documents screened: {flow['screened']}"],
            [f"Awaiting screening: {flow['unscreened']}"]
            + ([f"Screened, not yet decided: {flow['undecided']}"] if flow["undecided"] else []),
        ),
        (
            [f"Documents included: {flow['included']}"],
            [f"Documents excluded: {flow['excluded']}"]
            + _listing("", [(r["reason"], r["documents"]) for r in flow["exclusion_reasons"] if r["documents"]]),
        ),
        (
            [
                f"Included documents with coded CMO statements: {flow['included_with_statements']}",
                f"CMO statements: {flow['statements']}" + _not_included(flow["statements_not_included"]),
                f"Configurations: {flow['configurations']} in {flow['domains']} domain(s)",
            ],
            [],
        ),
    ]
    previous = None
    for main_lines, side_lines in steps:
        main = _box(main_x, y, main_w, main_lines)
        side = _box(side_x, y, side_w, side_lines, main=False) if side_lines else None
        if side is not None:
            main.height = side.height = max(main.height, side.height)
        if previous is None:
            arrows += [(b.x + b.width // 2, b.y + b.height, main.x + main.width // 2, main.y) for b in top]
        else:
            arrows.append((previous.x + previous.width // 2, previous.y + previous.height, main.x + main.width // 2, main.y))
        if side is not None:
            arrows.append((main.x + main.width, main.y + main.height // 2, side.x, side.y + side.height // 2))
            boxes.append(side)
        boxes.append(main)
        previous = main
        y += main.height + gap
    return {"width": width, "height": y, "boxes": boxes, "arrows": arrows}


def _listing(title: str, items: list[tuple[str, int]]) -> list[str]:
    lines = [title] if title else []
    lines += [f"{name}: {n}" for name, n in items[:_LIST_LIMIT]]
    if len(items) > _LIST_LIMIT:
        lines.append(f"… and {len(items) - _LIST_LIMIT} more (see the table)")
    return lines


def _box(x: int, y: int, width: int, lines: list[str], main: bool = True) -> Box:
    chars = max(12, int((width - 20) * _CHARS_PER_PIXEL))
    wrapped = [piece for line in lines for piece in (textwrap.wrap(line, chars) or [""])]
    return Box(x, y, width, 14 + _LINE * len(wrapped), wrapped, main)


# ---- included documents (RAMESES items 9, 10, 13) -----------------------------------------


def characteristics(sources: list[Source], statements: list[Statement]) -> list[dict]:
    counts = Counter(s.source for s in statements)
    rows = sorted(_included(sources), key=lambda s: (short_cite(s).casefold(), s.key))
    return [
        {
            "anchor": f"src-{index}",
            "key": s.key,
            "citation": short_cite(s),
            "title": s.title,
            "type": s.type,
            "year": s.year or "",
            "grey": "grey" if s.grey else "peer-reviewed",
            "origin": s.origin,
            "relevance": s.appraisal.relevance or "",
            "rigour": s.appraisal.rigour or "",
            "statements": counts.get(s.key, 0),
            "link": source_link(s),
        }
        for index, s in enumerate(rows, start=1)
    ]


def characteristics_summary(rows: list[dict]) -> dict:
    years = [r["year"] for r in rows if r["year"]]
    return {
        "documents": len(rows),
        "types": sorted(Counter(r["type"] for r in rows).items(), key=lambda i: (-i[1], i[0])),
        "grey": sum(1 for r in rows if r["grey"] == "grey"),
        "peer_reviewed": sum(1 for r in rows if r["grey"] != "grey"),
        "years": f"{min(years)}–{max(years)}" if years else "",
        "relevance": [(level, sum(1 for r in rows if r["relevance"] == level)) for level in ("high", "medium", "low", "")],
        "rigour": [(level, sum(1 for r in rows if r["rigour"] == level)) for level in ("high", "medium", "low", "")],
    }


def source_link(source: Source) -> str:
    """A source's link as every output gives it (`safe_url`, one rule): its DOI, else an http(s) URL that opens the work,
    never a `javascript:` URL nor a database's login page (trial S: an Embase login link reached the report)."""
    if source.doi:
        return f"https://doi.org/{source.doi}"
    return safe_url(source.url) or ""


def coding_summary(
    statements: list[Statement], sources: list[Source], configurations: list[Configuration] = (), people: list[str] = ()
) -> dict:
    """How the statements were coded; each coder named as RAMESES item 9 names a reviewer (`_reviewer` among `people`)."""
    total = len(statements)
    coders = Counter(  # a statement two coders coded alike ("JM; HC") counts for each
        _coder(name, list(people)) for s in statements for name in (coders_of(s.coder) or ["not recorded"])
    )
    return {
        "statements": total,
        "coders_read_as": read_as_reviewers({name for s in statements for name in coders_of(s.coder)}, list(people)),
        "coders_guessed": coders_guessed(statements, list(people)),
        "sources": len({s.source for s in statements}),
        "coders": sorted(coders.items(), key=lambda i: (-i[1], i[0])),
        "with_quote": sum(1 for s in statements if s.quote.strip()),
        "with_page": sum(1 for s in statements if page_given(s.page)),
        "dated_pages": [s.id for s in statements if page_is_a_date(" ".join(str(s.page or "").split()))],
        "inferred": {
            element: sum(1 for s in statements if not getattr(s, f"{element}_stated"))
            for element in ("context", "mechanism", "outcome")
        },
        "contradicting": len(contradicting_any(statements, configurations)),
    }


def quote_check(statement: Statement, checks: dict[str, QuoteResult]) -> tuple[str, str]:
    """(status, words) of a statement's quote checked against its source's full text (`checked_quote`)."""
    return checked_quote(statement.quote, page_given(statement.page), checks.get(statement.id))


def quote_summary(checks: dict[str, QuoteResult], statements: list[Statement] = ()) -> dict:
    """How many quotes were found in the attached full texts, and which were not (or not on the page stated): what
    a journal reader can trust, and what to look at in the appendix."""
    results = {s.id: quote_check(s, checks)[0] for s in sorted(statements, key=lambda s: natural_key(s.id))}
    by_status = {status: [sid for sid, found in results.items() if found == status] for status in CHECKED}
    checked = sum(len(ids) for ids in by_status.values())
    return {
        "quotes_checked": checked,
        "quotes_verified": len(by_status["verified"]),
        "quotes_other_page": by_status["other_page"],
        "quotes_close": by_status["close"],
        "quotes_not_found": by_status["not_found"],
        "quotes_unchecked": sum(1 for found in results.values() if found == "no_fulltext"),
        "quote_sentence": _quote_sentence(checked, by_status) if checked else "",
    }


def _quote_sentence(checked: int, by_status: dict[str, list[str]]) -> str:
    verified = len(by_status["verified"])
    text = (
        f"of {counted(checked, 'quote')} checked against the attached full texts, {verified} "
        f"{'was' if verified == 1 else 'were'} found there word for word on the page stated"
    )
    for status, label in (
        ("other_page", "found on another page"),
        ("close", "close, not word for word"),
        ("not_found", "not found"),
    ):
        if by_status[status]:
            text += f"; {label}: {', '.join(by_status[status])}"
    return text


def contradicting_any(statements: list[Statement], configurations: list[Configuration]) -> set[str]:
    """Statements that contradict the configuration they are in, by the one rule the tables list them by."""
    by_id = {s.id: s for s in statements}
    return {sid for c in configurations if not c.retired for sid in contradicting_ids(c, by_id) if sid in by_id}


def statement_accounting(
    statements: list[Statement],
    configurations: list[Configuration],
    decisions: list[Decision],
    cite: Callable[[str], str] = str,
) -> dict:
    """Every statement accounted for; a detached or deleted one named with its source as the tables cite it (`cite`:
    "Khan & Begum 2020", not its key)."""
    """Where every coded statement is, so the numbers add up: in a configuration, detached (with the reviewer's
    note), deleted (with the reason), or not yet placed (before the first refine)."""
    held = {sid for c in configurations if not c.retired for sid in c.statements}
    deleted = [s for s in statements if s.deleted]
    detached = [s for s in statements if not s.deleted and s.id not in held and s.detached]
    unplaced = [s.id for s in statements if not s.deleted and s.id not in held and not s.detached]
    return {
        "total": len(statements),
        "in_configurations": sum(1 for s in statements if not s.deleted and s.id in held),
        "detached": [_set_aside(s, decisions, "detach", cite) for s in detached],
        "deleted": [_set_aside(s, decisions, "code-delete", cite) for s in deleted],
        "unplaced": unplaced,
    }


def _set_aside(statement: Statement, decisions: list[Decision], action: str, cite: Callable[[str], str]) -> dict:
    """A statement a person took out, with the note of the last decision that did so."""
    notes = [d.note for d in decisions if d.action == action and statement.id in d.targets]
    return {"id": statement.id, "source": cite(statement.source), "note": notes[-1] if notes else ""}


def other_reference_rows(apart: list[CitedNotIncluded]) -> list[dict]:
    """The cited documents that are not included (`tables.cited_not_included`), each with where it is listed."""
    return [
        {
            "anchor": f"cited-{index}",
            "key": other.key,
            "text": other.text,
            "link": source_link(other.source) if other.source else "",
            "status": other.status,
            "status_text": other.status_text,
        }
        for index, other in enumerate(apart, start=1)
    ]


def _table_view(
    table: DomainTable,
    anchors: dict[str, str],
    statuses: dict[str, str] | None = None,
    by_key: dict | None = None,
    members: Mapping[str, Statement] | None = None,
    spelt: Mapping[str, str] | None = None,
) -> dict:
    """A domain's findings, drawn and tabled; its configurations no included source supports (`backed`) are listed
    apart (`unbacked`), each keeping its number so every output names it alike. A row with no key contexts though its
    members were coded in others says why (`no_key_contexts`). With short forms to write out (`spelt`,
    `_short_forms_spelt_out`) the drawing writes them out as the table does (`_spelt_out_row`): re-check RH2's report
    table read "patients with heart failure…" under a picture of "Pts with HF/COPD", as the pack's picture did not."""
    statuses, by_key = statuses or {}, by_key or {}
    rows = [_row_view(row, table.name, anchors, statuses, by_key) for row in table.rows]
    for view, row in zip(rows, table.rows):
        if not view["key_contexts"]:
            view["key_contexts"] = no_key_contexts(row, members or {})
    backed = replace(table, rows=[row for row in table.rows if row.backed])
    if spelt:
        parts = ("context", "mechanism", "outcome")
        written = [_spelt_out_row({part: getattr(row, part) for part in parts}, dict(spelt)) for row in backed.rows]
        backed = replace(backed, rows=[replace(row, **w) for row, w in zip(backed.rows, written)])
    drawn = table_theory(backed, DRAWN_AT_MOST) if backed.rows else None
    return {
        "slug": table.slug,
        "name": table.name,
        "description": table.description,
        "theory": Markup(drawn.svg()) if drawn else "",
        "legend": legend_words(sorted({label for *_, label in drawn.arrows})) if drawn else "",
        "drawn": min(len(backed.rows), DRAWN_AT_MOST),
        "rows": [view for view, row in zip(rows, table.rows) if row.backed],
        "unbacked": [view for view, row in zip(rows, table.rows) if not row.backed],
    }


NO_KEY_CONTEXTS = "None beyond the context given; its other evidence comes from different contexts"
NONE_BY_THE_TEAM = "None beyond the context given (the review team's decision)"


def no_key_contexts(row: ConfigurationRow, members: Mapping[str, Statement]) -> str:
    """What a row's empty key contexts cell says where its members were coded in contexts other than its own, all left
    out of key contexts (`evidence.supporting_contexts`: a member that does not support it, or not as worded): an empty
    cell beside three members reads as a context nobody coded (trial AO 14). Empty where every member's context is its
    own: the context column says it. Where a person cleared them (`configs edit --key-contexts ""`), it says so."""
    if row.key_contexts_cleared:
        return NONE_BY_THE_TEAM
    own = " ".join(row.context.split()).casefold()
    others = {
        " ".join(members[sid].context.split()).casefold()
        for sid in row.statements
        if sid in members and members[sid].context.strip()
    } - {own}
    return NO_KEY_CONTEXTS if others else ""


def _row_view(row: ConfigurationRow, domain: str, anchors: dict, statuses: dict, by_key: dict) -> dict:
    """A row as the report shows it: supporting sources then the answers cited with the finding; contradicting
    sources then the answers cited against it (`tables.feedback_sides`, the packs' rule)."""
    cited = [
        {**c, "mixed": MIXED_SOURCE} if c["key"] in row.mixed_sources else c
        for c in _cited(row.sources, anchors, statuses, by_key)
    ]
    against = _cited([k for k in row.contradicting_sources if k not in row.mixed_sources], anchors, statuses, by_key)
    return {
        **row.__dict__,
        "name": row.name,
        "domain_name": domain,
        "strength_words": STRENGTH_WORDS.get(row.strength, row.strength),
        "overarching": row.overarching,
        "cited": cited,
        "cited_against": against,
        "cited_feedback": row.feedback_citations,
        "supporting_texts": [c["text"] + (f" ({c['mixed']})" if c.get("mixed") else "") for c in cited] + row.feedback_citations,
        "against_texts": [c["text"] for c in against] + row.feedback_against,
    }


def _cited(
    keys: list[str], anchors: dict[str, str], statuses: dict[str, str] | None = None, by_key: dict | None = None
) -> list[dict]:
    """Each cited source as every table cites it (`citation_of`: author and year, its mark when it is not included),
    with where it is listed, in author-year order."""
    statuses, by_key = statuses or {}, by_key or {}
    cited = [_one_cited(k, anchors.get(k, ""), statuses.get(k, ""), by_key.get(k)) for k in dict.fromkeys(keys)]
    return sorted(cited, key=lambda c: (c["text"].casefold(), c["key"]))


def _one_cited(key: str, anchor: str, status: str, source: Source | None = None) -> dict:
    return {
        "key": key,
        "anchor": anchor,
        "status": status,
        "mark": status_mark(status),
        "citation": short_cite(source) if source else key,
        "text": citation_of(key, source),
        "mixed": "",  # `MIXED_SOURCE` where the row has it on both sides (`_row_view`)
    }


def date_text(value: date | str) -> str:
    """A date as people read it ("6 December 2026"), from a date, an ISO date or an ISO timestamp (the report's time of
    writing: trial AC's header read "Report generated 2026-12-06T03:18:15+00:00"); text that is no date, as it is."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip()).date()
        except ValueError:
            return clean_text(value)
    return f"{value.day} {value:%B %Y}"


# ---- consultation rounds (RAMESES items 4, 5, 11) -----------------------------------------


def consultation(
    rounds: list[RoundSnapshot],
    feedback: list[FeedbackItem],
    groups: list[dict],
    configurations: list[Configuration],
    decisions: list[Decision],
    findings: dict[str, str] | None = None,
    called: str = "",
) -> list[dict]:
    """One entry per round with a snapshot or feedback: who took part, agreement, what changed. `findings` names
    the configurations that are still current (`finding_names`: "CMO 1.1 (C3)")."""
    findings = findings or {}
    names = GroupNames({g.slug: g.name for g in map(Group.model_validate, groups)}, called)
    by_feedback = {f.id: f for f in feedback if f.id}
    snapshots = {r.number: r for r in rounds}
    numbers = sorted(set(snapshots) | {f.round for f in feedback})
    views = []
    for number in numbers:
        items = [f for f in feedback if f.round == number]
        snapshot = snapshots.get(number)
        later = [n for n in numbers if n > number and n in snapshots]
        after = snapshots[later[0]].configurations if later else configurations
        ids = {f.id for f in items if f.id}
        views.append(
            {
                "number": number,
                "closed_at": snapshot.closed_at if snapshot else "",
                "note": snapshot.note if snapshot else "",
                "open": snapshot is None,
                "respondents": len({f.who for f in items}),
                "responses": len(items),
                "participants": _participants(items, names),
                "ratings": _ratings(items),
                "by_configuration": _ratings_by_configuration(items, findings),
                "overall": [
                    f"{names.get(f.group, f.group) or 'a respondent'}: {' '.join(f.missing.split())}"
                    for f in items
                    if f.configuration == "overall" and f.missing.strip()
                ],
                "changes": _changes(
                    snapshot.configurations,
                    after,
                    findings,
                    decisions,
                    _prompted_by(decisions, number, later[0] if later else None, by_feedback, names),
                    _cited_after(decisions, number, later[0] if later else None, after, by_feedback),
                    _prompted_by(decisions, number, later[0] if later else None, by_feedback, names, citing=True),
                    _prompted_fields(decisions, number, later[0] if later else None),
                )
                if snapshot
                else [],
                "changes_until": f"round {later[0]}" if later else "now",
                "decisions": [
                    _round_decision(d, by_feedback, names, findings)
                    for d in sorted(decisions, key=lambda d: d.seq)
                    if set(d.because) & ids
                ],
            }
        )
    return views


def _round_decision(decision: Decision, by_feedback: dict[str, FeedbackItem], names: dict, findings: dict[str, str]) -> dict:
    """A decision in a round's list, told with the configurations it was about named first ("CMO 4.4 (C23): The team
    cited…"): in a list of many, "it" alone names none (trial AC: two identical lines, one on C23 and one on C11)."""
    about = [t for t in decision.targets if t.startswith("C")]
    view = _decision_view(decision, by_feedback, names, about[0] if len(about) == 1 else "", findings)
    if about:
        view["text"] = f"{', '.join(findings.get(c, c) for c in about)}: {view['text']}"
    return view


def _participants(items: list[FeedbackItem], names: dict) -> list[dict]:
    """Respondents per group; one who named no review group in their own words ('Other: Traditional healer
    association') is counted under those words, never as having given none (trial CC 10)."""
    people: dict[tuple[str, str], set[str]] = {}
    for item in items:
        people.setdefault((item.group or "", "" if item.group else clean_text(item.group_words)), set()).add(item.who)

    def named(group: str, words: str) -> str:
        return names.get(group, group) if group else f"no review group, in their words: '{words}'" if words else NO_GROUP

    return [
        {"group": named(*key), "respondents": len(who)}
        for key, who in sorted(people.items(), key=lambda i: (not i[0][0], not i[0][1], named(*i[0]).casefold()))
    ]


def _ratings(items: list[FeedbackItem]) -> dict:
    counts = Counter(f.rating for f in items if f.rating)
    rated = sum(counts.values())
    return {
        **{r: counts.get(r, 0) for r in RATINGS},
        "rated": rated,
        "agreement": round(100 * share) if (share := agreement(items)) is not None else None,
        "at_least_partly": round(100 * (counts.get("agree", 0) + counts.get("partly", 0)) / rated) if rated else None,
    }


def _ratings_by_configuration(items: list[FeedbackItem], findings: dict[str, str] | None = None) -> list[dict]:
    by_config: dict[str, list[FeedbackItem]] = {}
    for item in items:
        by_config.setdefault(item.configuration, []).append(item)
    return [
        {
            "configuration": (findings or {}).get(config, config),
            **_ratings(entries),
            "comments": sum(1 for f in entries if (f.comment or f.missing or f.not_for_whom).strip()),
        }
        for config, entries in sorted(by_config.items(), key=lambda i: natural_key(i[0]))
    ]


def _prompted_by(
    decisions: list[Decision],
    number: int,
    until: int | None,
    by_feedback: dict[str, FeedbackItem],
    names: dict,
    citing: bool = False,
) -> dict[str, list[str]]:
    """Configuration id → the answers the decisions on it cited (`--because`) between round `number`'s close and round
    `until`'s (or now), each as `feedback_cited_as` names it with what it said in a line: what "What changed after this
    round" tells beside each change (trial AH: "C3 changed: context" without the answer that prompted it). An answer
    cited as evidence (`configs cite`) prompted no change: it is among these only with `citing`, which gives those alone
    (trial BS: an answer cited for C1 was told as having prompted its split)."""
    found: dict[str, list[str]] = {}
    for decision in sorted(decisions, key=lambda d: d.seq):
        if not decision.because or not _in_window(decision, number, until):
            continue
        if (decision.action in _CITING) != citing:
            continue
        for cid in (t for t in decision.targets if t.startswith("C")):
            for fid in decision.because:
                item = by_feedback.get(fid)
                said = textwrap.shorten(said_in_a_line(item), 160, placeholder="…") if item else ""
                told = _cited_rated(item, names, fid) + (f": “{said}”" if said else "")
                found.setdefault(cid, [])
                if told not in found[cid]:
                    found[cid].append(told)
    return found


def _prompted_fields(decisions: list[Decision], number: int, until: int | None) -> dict[str, set[str]]:
    """Configuration id → the fields, in words (`changed_fields`: "context", "key contexts"), that the decisions citing
    the group's answers (`--because`) between round `number`'s close and round `until`'s changed, where each of them
    was an edit; one that did anything else (a merge, a split, a statement attached) leaves its configuration out, and
    every change is told as prompted, as before."""
    fields: dict[str, set[str]] = {}
    other: set[str] = set()
    for decision in decisions:
        if not decision.because or decision.action in _CITING or not _in_window(decision, number, until):
            continue
        for cid in (t for t in decision.targets if t.startswith("C")):
            if decision.action == "edit":
                fields.setdefault(cid, set()).update(changed_fields(decision.before, decision.after))
            else:
                other.add(cid)
    return {cid: named for cid, named in fields.items() if cid not in other and named}


_CITING = frozenset({"cite-feedback", "uncite-feedback"})
"""The decisions that cite an answer as evidence, or take a citation back: they change no configuration's words."""


def _in_window(decision: Decision, number: int, until: int | None) -> bool:
    """Whether a decision was made after round `number` closed and before round `until` did (or since, with none): the
    decisions a round's pack tells as what changed since the last (`packs.build_pack`: those of the round after)."""
    return decision.round > number and (until is None or decision.round <= until)


def _cited_after(
    decisions: list[Decision],
    number: int,
    until: int | None,
    after: list[Configuration],
    by_feedback: dict[str, FeedbackItem],
) -> dict[str, str]:
    """Configuration id → what the decisions taken on it because of the group's answers after round `number` came to,
    for one whose words and evidence they left as they were: citing answers ("cited 2 answers as evidence for it", by
    the side each now takes, `Configuration.counts_against`), and any other (an accept, a mark) as the audit trail tells
    it (`what_the_team_did`); `_prompted_by` names the answers. Trial AO's round 1 listed only a rewording while the
    round-2 pack told three citations made after it."""
    configs = {c.id: c for c in after if not c.retired}
    cited: dict[str, list[str]] = {}
    other: dict[str, list[str]] = {}
    for decision in sorted(decisions, key=lambda d: d.seq):
        if not decision.because or not _in_window(decision, number, until):
            continue
        for cid in (t for t in decision.targets if t in configs):
            if decision.action == "cite-feedback":
                held = [f for f in decision.because if f in configs[cid].feedback_evidence and f in by_feedback]
                cited.setdefault(cid, []).extend(f for f in held if f not in cited[cid])
            elif decision.action not in ("uncite-feedback", "edit"):
                did = what_the_team_did(decision, cid)
                other.setdefault(cid, []).extend([did] * (did not in other.get(cid, [])))
    told = {cid: list(actions) for cid, actions in other.items()}
    for cid, answers in cited.items():
        if not answers:
            continue
        sides = {configs[cid].counts_against(by_feedback[f]) for f in answers}
        side = "on both sides" if len(sides) == 2 else "against it" if sides == {True} else "for it"
        told.setdefault(cid, []).append(
            f"cited {'an answer' if len(answers) == 1 else f'{len(answers)} answers'} as evidence {side}"
        )
    return {cid: " and ".join(actions) for cid, actions in told.items() if actions}


def _changes(
    before: list[Configuration],
    after: list[Configuration],
    findings: dict[str, str] | None = None,
    decisions: list[Decision] = (),
    prompted: dict[str, list[str]] | None = None,
    cited: dict[str, str] | None = None,
    cited_answers: dict[str, list[str]] | None = None,
    prompted_fields: dict[str, set[str]] | None = None,
) -> list[str]:
    """What changed between a round's snapshot and the next one (or the review as it is now), each configuration
    named as the tables name it when it is still current; one gone is told as merged or retired (`fates`); each with
    the answers that prompted it (`prompted`, `_prompted_by`), and apart from them any answer the team cited as
    evidence for it (`cited_answers`), which prompted none of its changes. One whose words and evidence stayed while the
    team cited the group's answers on it is told so (`cited`, `_cited_after`), with the answers. Where the answers
    prompted only edits, the changes they made (`prompted_fields`, `_prompted_fields`) are told beside them and the rest
    after "also" (trial CQ: "changed: context, key contexts, 1 statement added (S46), prompted by …" told a statement
    an update search added, and key contexts the team reworded later, as the group's doing)."""
    old = {c.id: c for c in before if not c.retired}
    new = {c.id: c for c in after if not c.retired}
    lines = []
    ended = fates(decisions) if set(old) - set(new) else {}  # the history read once, however many are gone
    prompted_by = lambda cid: f", prompted by {'; '.join(prompted[cid])}" if (prompted or {}).get(cid) else ""  # noqa: E731
    for cid in sorted(set(old) | set(new), key=natural_key):
        named = (findings or {}).get(cid, cid)
        if cid not in new:
            fate = fate_named(ended.get(cid, "retired"), lambda into: (findings or {}).get(into, into))
            lines.append(f"{named} {fate}{prompted_by(cid)}; the audit trail says why")
        elif cid not in old:
            lines.append(f"{named} added: {new[cid].title}".rstrip(": ") + prompted_by(cid))
        else:
            edited = changed_fields(old[cid], new[cid])  # as a pack tells an edit (one rule)
            gained = sorted(set(new[cid].statements) - set(old[cid].statements), key=natural_key)
            lost = sorted(set(old[cid].statements) - set(new[cid].statements), key=natural_key)
            if gained:  # in words, as the pack tells it (trial X: "statements +0/−3")
                edited.append(f"{counted(len(gained), 'statement')} added ({', '.join(gained)})")
            if lost:
                edited.append(f"{counted(len(lost), 'statement')} taken out ({', '.join(lost)})")
            if edited:
                also = (cited_answers or {}).get(cid) or []
                quoted = (prompted or {}).get(cid, [])
                fresh = [answer for answer in also if answer not in quoted]  # trial CR: an answer quoted twice in a line
                again = len(also) - len(fresh)
                also_cited = (
                    f"; the team also cited {'that answer' if again == 1 else 'those answers'} as evidence" if again else ""
                )
                if fresh:
                    also_cited += (
                        f", and {'; '.join(fresh)}" if again else f"; the team also cited as evidence {'; '.join(fresh)}"
                    )
                fields = (prompted_fields or {}).get(cid)
                told = [f for f in edited if f in fields] if fields and prompted_by(cid) else edited
                rest = [f for f in edited if f not in told]
                besides = f"; also {', '.join(rest)}" if told and rest else ""
                told = told or edited
                lines.append(f"{named} changed: {', '.join(told)}{prompted_by(cid)}{besides}{also_cited}")
            elif (cited or {}).get(cid):
                answers = "; ".join([*(prompted or {}).get(cid, []), *(cited_answers or {}).get(cid, [])])
                lines.append(f"{named}: the team {cited[cid]}" + (f": {answers}" if answers else ""))
    return lines


# ---- audit trail (RAMESES items 5, 11) ----------------------------------------------------


def with_cmo_s_reading(
    decisions: list[Decision], configurations: list[Configuration], statements: list[Statement]
) -> list[Decision]:
    """The decisions, each mark recorded without whether cmo had left its finding undecided (`before["undecided"]`)
    given how cmo reads it today (`before["undecided_now"]`, which `events.cmo_reading` reads): `evidence.undecided_ids`
    of its configuration with that mark taken off and the contradicting list as the mark found it. Told in the present
    tense, as today's rules may read it otherwise than those the team marked it under; the audit trail never tells "as
    cmo had read it" of a finding it cannot know cmo read so (trial AM 7: S11, S13 and S20 were "not yet decided")."""
    from cmo.synthesis.evidence import undecided_ids

    by_id = {s.id: s for s in statements if not s.deleted}
    configs = {c.id: c for c in configurations}
    read = []
    for decision in decisions:
        finding = next((t for t in decision.targets if t.startswith("S")), "")
        config = configs.get(next((t for t in decision.targets if t.startswith("C")), ""))
        if (
            decision.action != "mark"
            or isinstance(decision.before.get("undecided"), list)
            or config is None
            or finding not in by_id
            or finding not in config.statements
        ):
            read.append(decision)
            continue
        member = by_id[finding]
        unmarked = member.model_copy(update={"stance": {k: v for k, v in member.stance.items() if k != config.id}})
        against = list(decision.before.get("contradicting") or [])
        as_found = config.model_copy(update={"contradicting": against})
        undecided = undecided_ids(as_found, {**by_id, finding: unmarked})
        before = {**decision.before, "undecided_now": [finding] if finding in undecided else []}
        read.append(decision.model_copy(update={"before": before}))
    return read


def audit_trail(
    configurations: list[Configuration],
    decisions: list[Decision],
    feedback: list[FeedbackItem],
    groups: list[dict],
    findings: dict[str, str] | None = None,
    last_closed: int | None = None,
    domain_names: dict[str, str] | None = None,
    called: str = "",
) -> list[dict]:
    """Every configuration with the decisions that touched it, active ones first; `findings` names those still
    current as the tables do ("CMO 1.1 (C3)"), in headings and sentences alike; a decision made after the last
    closed round is told as such (`round_told`); domains and groups a change moved are named, not slugged."""
    findings = findings or {}
    names = GroupNames({g.slug: g.name for g in map(Group.model_validate, groups)}, called)
    worded = {"domain": domain_names or {}, "groups": names}
    by_feedback = {f.id: f for f in feedback if f.id}
    by_target: dict[str, list[Decision]] = {}
    for decision in sorted(decisions, key=lambda d: (d.seq, d.at)):
        for target in dict.fromkeys(decision.targets):
            by_target.setdefault(target, []).append(decision)
    trail = []
    for config in sorted(configurations, key=lambda c: (c.retired, natural_key(c.id))):
        # rounds have their section; every mark is a person's judgement, kept though it left its finding on the side
        # cmo read it on (trials AH, AK: `code mark S38 --supporting C21` was in `cmo history` but not here)
        touching = [d for d in by_target.get(config.id, []) if d.action not in NOT_A_CHANGE]
        trail.append(
            {
                "id": config.id,
                "name": findings.get(config.id, config.id),
                "title": config.title,
                "retired": config.retired,
                "decisions": [
                    {
                        **_decision_view(d, by_feedback, names, config.id, findings, worded),
                        "when": round_told(d.round, last_closed),
                    }
                    for d in touching
                ],
            }
        )
    return trail


def statement_appendix(
    statements: list[Statement], sources: list[Source], checks: dict[str, QuoteResult] | None = None, people: list[str] = ()
) -> list[dict]:
    """Every coded statement, as journals ask for the data behind the configurations, each quote with its check
    against the attached full texts (`quote_check`); with no full text attached, the appendix says so once. Its coder
    is named as RAMESES item 9 names a reviewer (`_reviewer` among `people`: trial S's "coded by AdlR")."""
    cite = {s.key: short_cite(s) for s in sources}
    return [
        {
            "id": s.id,
            "source": cite.get(s.source, s.source),
            "context": s.context,
            "mechanism": s.mechanism,
            "outcome": s.outcome,
            "quote": quote_as_shown(s.quote),
            "check_status": quote_check(s, checks or {})[0],
            "check": quote_check(s, checks or {})[1] if checks else "",
            "page": page_given(s.page),
            "coder": _coder(s.coder, list(people)) if s.coder else s.coder,
            "detached": s.detached,
        }
        for s in sorted(statements, key=lambda s: natural_key(s.id))
    ]


def _decision_view(
    decision: Decision,
    by_feedback: dict[str, FeedbackItem],
    names: dict,
    about: str = "",
    findings: dict | None = None,
    worded: dict[str, dict[str, str]] | None = None,
) -> dict:
    """One change, told as a sentence about `about` (a configuration), for journal readers: configurations named as
    the tables name them (`findings`), cited answers as `feedback_cited_as` names them."""
    findings = findings or {}
    if decision.action in MACHINE_ACTIONS:
        changes = _field_changes(*refine_wording(decision, about), by_feedback, names, worded)
    elif decision.action in NOT_TOLD_FIELDS:
        changes = _field_changes(*reworded_by_cmo(decision, about), by_feedback, names, worded)
    else:
        changes = _field_changes(decision.before, decision.after, by_feedback, names, worded)
    text = _decision_sentence(
        decision, about, lambda cid: findings.get(cid, cid), lambda fid: feedback_cited_as(by_feedback.get(fid), names, fid)
    )
    if changes and decision.action in NOT_TOLD_FIELDS and decision.action not in MACHINE_ACTIONS:
        text += " cmo then worded it again from the evidence it holds:"
    return {
        "seq": decision.seq,
        "date": decision.at[:10],
        "round": decision.round,
        "text": text,
        "because": [_because(fid, by_feedback.get(fid), names, findings) for fid in decision.because],
        "changes": changes,
    }


def reworded_by_cmo(decision: Decision, about: str) -> tuple[dict, dict]:
    """The wording a person's decision had cmo write again for configuration `about` (a detach or an attach that took
    away the statement it was worded from keeps it under its id: `before[about]`, `after[about]`), as `cmo history`
    tells it; empty dicts when it left the wording alone (trial AI: a retired configuration's audit trail lost both
    of its rewordings)."""
    was, now = decision.before.get(about), decision.after.get(about)
    return (was, now) if isinstance(was, dict) and isinstance(now, dict) else ({}, {})


NOT_TOLD_FIELDS = (
    MACHINE_ACTIONS | NOT_A_CHANGE | {"accept", "unaccept", "attach", "detach", "new", "retire", "merge", "split", "mark"}
)
"""Their sentence says it all: refine's members, a round's number, where evidence went. A refine's wording is
told when its record holds it (`refine_wording`)."""


def _decision_sentence(
    decision: Decision, about: str, name: Callable[[str], str] | None = None, answer: Callable[[str], str] | None = None
) -> str:
    if decision.action in MACHINE_ACTIONS:
        text = refine_summary(decision, about) if about else "cmo regrouped the evidence"
    else:
        text = f"The team {what_the_team_did(decision, about, name=name, answer=answer)}"
        if decision.note:
            text += f": {decision.note.strip().rstrip('.')}"
    who = f"{'run' if decision.action in MACHINE_ACTIONS else 'decided'} by {decision.by}" if decision.by else ""
    aside = [f"realist move: {decision.move}"] * bool(decision.move) + [who] * bool(who)
    return text + (f" ({'; '.join(aside)})" if aside else "") + "."


def _because(fid: str, item: FeedbackItem | None, names: dict, findings: dict | None = None) -> str:
    """An answer a decision was taken because of: who gave it (`feedback_cited_as`), about which finding, and what it said."""
    cited = _cited_rated(item, names, fid)
    if item is None:
        return cited
    about = (findings or {}).get(item.configuration, item.configuration)
    said = said_in_a_line(item) or (item.rating or "")
    said = textwrap.shorten(said, 160, placeholder="…") if said else ""
    on = "on the findings overall" if item.configuration == "overall" else f"on {about}"
    return f"{cited}, {on}{': ' + said if said else ''}"


AGREED_WORDS = {"agree": ", who agreed", "partly": ", who partly agreed"}


def _cited_rated(item: FeedbackItem | None, names: dict, fid: str) -> str:
    """An answer a decision was taken because of, named (`feedback_cited_as`, which says who disagreed) with its
    rating when they agreed, so that their words quoted after a form's label ("Missing or wrong: my mentor saved me")
    never read as a criticism (trial AJ)."""
    cited = feedback_cited_as(item, names, fid)
    if item is None or item.goes_against() or ", who" in cited:
        return cited
    return cited + AGREED_WORDS.get(item.rating or "", "")


def _field_changes(
    before: dict,
    after: dict,
    by_feedback: dict[str, FeedbackItem] | None = None,
    names: dict | None = None,
    worded: dict[str, dict[str, str]] | None = None,
) -> list[str]:
    """Each told field's change, old → new; `worded`: per field, the name each value stands for (a domain's slug,
    a group's), since readers of the report never see slugs."""
    lines = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old != new and name in TOLD_FIELDS:
            if name == "feedback_evidence":  # what this decision cited or took back, each answer with its side, whole
                was, now = (v if isinstance(v, list) else [] for v in (old, new))
                added, taken = [f for f in now if f not in was], [f for f in was if f not in now]
                if added:
                    lines.append(f"{TOLD_FIELDS[name]}: {_feedback_named(added, by_feedback or {}, names or {})}")
                if taken:
                    lines.append(f"no longer cited: {_feedback_named(taken, by_feedback or {}, names or {})}")
                continue
            called = (worded or {}).get(name, {})
            if called:
                old, new = (_named(value, called) for value in (old, new))
            lines.append(f"{TOLD_FIELDS[name]}: {_short(old)} → {_short(new)}")
    return lines


def _feedback_named(ids, by_feedback: dict[str, FeedbackItem], names: dict) -> str:
    ids = ids if isinstance(ids, list) else []
    return "; ".join(dict.fromkeys(feedback_cited_as(by_feedback.get(f), names, f) for f in ids))


def _named(value, called: dict[str, str]):
    """A slug, or a list of them, as the names they stand for; one the review no longer has, in words and said so (trial
    Y: "domain: school-culture → Delivery by teachers", of a domain merged into another)."""
    if isinstance(value, list):
        return [_slug_named(item, called) for item in value]
    return _slug_named(value, called) if isinstance(value, str) else value


def _slug_named(slug: str, called: dict[str, str]) -> str:
    if slug in called or not slug:
        return called.get(slug, slug)
    return f"{slug.replace('-', ' ').replace('_', ' ')} (since removed)"


def _short(value) -> str:
    if value in (None, "", []):
        return "—"
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return textwrap.shorten(text, 140, placeholder="…")


# ---- RAMESES checklist --------------------------------------------------------------------

RAMESES_ITEMS = (
    (1, "Title"),
    (2, "Abstract"),
    (3, "Rationale for review"),
    (4, "Objectives and focus of review"),
    (5, "Changes in the review process"),
    (6, "Rationale for using realist synthesis"),
    (7, "Scoping the literature"),
    (8, "Searching processes"),
    (9, "Selection and appraisal of documents"),
    (10, "Data extraction"),
    (11, "Analysis and synthesis processes"),
    (12, "Document flow diagram"),
    (13, "Document characteristics"),
    (14, "Main findings"),
    (15, "Summary of findings"),
    (16, "Strengths, limitations and future research directions"),
    (17, "Comparison with existing literature"),
    (18, "Conclusion and recommendations"),
    (19, "Funding"),
)


SCREENING_ACTIONS = {
    *("select-included", "select-excluded", "select-unscreened", "select-maybe", "select-import"),
    *("appraise", "appraise-import"),
}


def _deciders(decisions: list[Decision], actions: Callable[[str], bool], said: str) -> str:
    """Who recorded the decisions of the given actions, with how many each (RAMESES asks who screened, appraised and
    analysed): empty when nobody was named."""
    counts = Counter(d.by for d in decisions if d.by and actions(d.action))
    if not counts:
        return ""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return f"; {said} " + ", ".join(f"{who} ({n})" for who, n in ranked)


def _who_screened(data: ReportData) -> str:
    """Who screened and who appraised, with how many documents each, for RAMESES item 9: a document's screeners as
    it records them (a sheet's "screened by" column, "JR; AB" or "JR/AB" for two who agreed, or the person who ran `select`),
    else who recorded its decision; its appraisal by who recorded the latest one. Initials a sheet gives are the
    reviewer whose name they are the initials of (`_reviewer`). Documents are counted, never imports (trial S: "KM
    (10), Kwame Mensah (1)" for one person, and "(1)" for the 20 appraisals one import recorded)."""
    people = _reviewers(data.decisions)
    status_by, appraisal_by = _recorded_by(data, "status"), _recorded_by(data, "appraisal")
    screened: Counter[str] = Counter()
    for source in (s for s in data.sources if s.status != "unscreened"):
        named = [who.strip() for who in _SCREENERS_APART.split(source.screened_by) if who.strip()]
        if not named and source.key in status_by:
            named = [status_by[source.key]]  # a sheet that named no one: who recorded the decision
        screened.update({_reviewer(who, people) for who in named})
    appraised = Counter(appraisal_by[s.key] for s in data.sources if s.key in appraisal_by and _appraised(s))
    told = [f"screened by {_documents_each(screened)}"] if screened else []
    told += [duplicate] if (duplicate := _in_duplicate(data.sources)) else []
    told += [f"appraisal recorded by {_documents_each(appraised)}"] if appraised else []
    return "; ".join(told)


_SCREENERS_APART = re.compile(r"\s*(?:;|/|&|\+|\band\b)\s*")
"""What parts the screeners a sheet's "screened by" cell names: "JR; AB", "AR/HC", "AR & HC", "AR and HC" are two people
who agreed (trial CV: "screened by AR/HC (29 documents)", one reviewer by that name); a comma does not, as "Ruiz, Ana"
is one person written family name first."""


def _in_duplicate(sources: list[Source]) -> str:
    """How many documents two or more reviewers screened independently (a sheet's column for each, Rayyan's votes:
    `Source.screeners`), how many of those they disagreed on, and whether the team has decided them since: what
    RAMESES item 9 asks of a selection made in duplicate, and what a reader weighs it by."""
    decided = [_screeners_words(s) for s in sources]
    pairs = [(s, words) for s, words in zip(sources, decided) if len(words) >= 2]
    if not pairs:
        return ""
    said = f"{counted(len(pairs), 'document')} screened independently by two or more reviewers"
    differ = [s for s, words in pairs if len(set(words)) > 1]
    if not differ:
        return f"{said}, who agreed on each"
    left = sum(s.screening in ("maybe", "unscreened") for s in differ)
    settled = f"{left} still to decide" if left else "each decided by the team since"
    return f"{said}, who disagreed on {len(differ)} ({settled})"


def _screeners_words(source: Source) -> list[str]:
    """Each screener's decision in a word ('exclude: wrong population' → 'exclude'); one not made yet is left out."""
    words = (said.partition(":")[0].strip().lower() for said in source.screeners.values())
    return [word for word in words if word in ("include", "exclude", "maybe")]


def _recorded_by(data: ReportData, name: str) -> dict[str, str]:
    """Each document's key → who recorded the latest decision that set its `name` field (status, appraisal)."""
    keys = {s.key for s in data.sources}
    found: dict[str, str] = {}
    for decision in data.decisions:
        if decision.action in SCREENING_ACTIONS and decision.by:
            now = decision.after
            found.update({key: decision.by for key in keys & set(now) if isinstance(now[key], dict) and name in now[key]})
    return found


def _appraised(source: Source) -> bool:
    return source.appraisal.relevance is not None or source.appraisal.rigour is not None


def _documents_each(counts: Counter) -> str:
    """ "Ana de los Ríos (12 documents) and Kwame Mensah (11)": most first."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    named = [f"{who} ({counted(n, 'document') if i == 0 else n})" for i, (who, n) in enumerate(ranked)]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def _reviewers(decisions: list[Decision]) -> list[str]:
    """Everyone who recorded a decision: the names a sheet's initials are read as (`_reviewer`)."""
    return sorted({d.by for d in decisions if d.by})


def _reviewer(written: str, people: list[str]) -> str:
    """A name a sheet or a screening tool gives ("FR", "Fiona") as the one reviewer among `people` (who made
    decisions) it names (`normalise.one_reviewer`), as written when none or several are."""
    return one_reviewer(written, people) or written


def _same_name(written: str, person: str) -> bool:
    """Whether a name as written is the person's whole name, its capitals, accents, dots, commas and order aside
    ("Reid, Fiona" of "Fiona Reid"), as against initials or a given name alone, which only may be theirs."""
    words = lambda text: sorted(fold(text.replace(".", " ").replace("_", " ")).replace(",", " ").split())  # noqa: E731
    return words(written) == words(person) or "".join(words(written)) == "".join(words(person))


def _coder(written: str, people: list[str]) -> str:
    """A coder as the report names them: the reviewer among `people` whose whole name the sheet wrote (`_same_name`);
    initials or a given name are kept as written, never bound to a person by a guess (trials AH, AI: "KL as Kari Lund"
    because the session's reviewer was Kari Lund attributed 30 statements to her): `coders_guessed` says who they may be."""
    person = _reviewer(written, people)
    return person if _same_name(written, person) else written


def read_as_reviewers(written: Iterable[str], people: list[str]) -> list[str]:
    """ "Reid, Fiona as Fiona Reid": each name a sheet gave that the report reads as a reviewer written otherwise (trial
    AG: the coder column said "Fiona Reid" where the sheet said "Reid, Fiona", and nothing said why)."""
    said = {name.strip(): _coder(name.strip(), people) for name in written if name and name.strip()}
    return [f"{name} as {person}" for name, person in sorted(said.items()) if person != name]


def coders_guessed(statements: list[Statement], people: list[str]) -> list[str]:
    """Coders a sheet named by initials or a given name that may be a reviewer who recorded decisions (`one_reviewer`),
    kept as written (`_coder`), each said as the guess it is with the command that names the coder: "KL may be Kari
    Lund ('cmo code edit S3 --coder "Kari Lund"' names S3's coder so)"."""
    first: dict[str, str] = {}
    for statement in sorted((s for s in statements if s.coder.strip()), key=lambda s: natural_key(s.id)):
        first.setdefault(statement.coder.strip(), statement.id)
    told = []
    for written, sid in sorted(first.items()):
        person = _reviewer(written, people)
        if person != written and not _same_name(written, person):
            told.append(f"{written} may be {person} ('cmo code edit {sid} --coder \"{person}\"' names {sid}'s coder so)")
    return told


def rameses_checklist(data: ReportData, context: dict) -> list[dict]:
    """Each of the 19 items: `covered` (this report fills it), `partly` (it helps) or `team` (write it)."""
    flow, meta = context["flow"], context["review"]
    has_decisions, has_rounds = bool(data.decisions), bool(context["rounds"])
    status = {
        1: ("covered", "#top", "The title names the review as realist.")
        if "realist" in meta["title"].lower()
        else ("team", "#top", "Name the document as a realist synthesis or review in its title."),
        2: ("partly", "#summary", "The counts in the summary can seed a structured abstract."),
        3: ("covered", "#question", "Rationale from review.yaml.")
        if meta["rationale"]
        else ("team", "", "Say why the topic matters and why a review is needed."),
        4: ("partly", "#question", "The review question is shown; describe how the focus was negotiated.")
        if meta["question"]
        else ("team", "", "State the questions and the focus of the review."),
        5: (
            "partly",
            "#consultation",
            "Changes between rounds and every decision are listed; justify departures from the protocol.",
        )
        if has_decisions or has_rounds
        else ("team", "", "Describe and justify changes to the review process."),
        6: ("team", "", "Explain why a realist approach suits the question."),
        7: ("team", "", "Describe the initial scoping and the initial programme theory."),
        8: (
            "covered",
            "#searches",
            f"Records by origin and by file and the search strategies kept ({', '.join(f['name'] for f in context['searches'])}) "
            "are shown; say when each search was run where it does not.",
        )
        if context["searches"]
        else (
            "partly",
            "#flow",
            "Records by origin and by file are shown; add databases, dates and search strategies (each search as its "
            "database wrote it, in a text file in the review's folder searches/; 'cmo ingest' keeps an Ovid export's there).",
        ),
        9: (
            "covered",
            "#characteristics",
            "Screening decisions with exclusion reasons and relevance/rigour appraisal are shown; "
            + (_who_screened(data) or "say who judged")
            + ".",
        )
        if flow["screened"]
        else ("team", "", "No document has been screened yet."),
        10: (
            "covered",
            "#appendix-statements",
            "Every statement with its source, quote, page and coder is listed in the appendix.",
        )
        if data.statements
        else ("team", "", "No statements have been coded yet."),
        11: (
            "covered",
            "#audit",
            "The audit trail shows every merge, split and edit with its realist move and the feedback behind it"
            + _deciders(data.decisions, lambda action: action not in MACHINE_ACTIONS | NOT_A_CHANGE, "decisions by")
            + ".",
        )
        if has_decisions
        else ("partly", "#findings", "Configurations are shown; no refinement decisions are recorded yet."),
        12: ("covered", "#flow", "Flow diagram with numbers, exclusion reasons and source of origin."),
        13: ("covered", "#characteristics", "Characteristics table of the included documents."),
        14: ("covered", "#findings", "Configurations by domain with supporting citations.")
        if flow["configurations"]
        else ("team", "", "No configurations yet."),
        15: ("team", "", "Summarise the key findings and their relevance to users."),
        16: ("partly", "#findings", "Evidence strength per configuration is shown; discuss strengths and limitations."),
        17: ("team", "", "Compare the findings with existing literature."),
        18: ("team", "", "Draw conclusions and recommendations."),
        19: ("covered", "#funding", "Funding from review.yaml.")
        if meta["funding"]
        else ("team", "", "State the funding and the funder's role."),
    }
    return [
        {"number": n, "item": name, "status": status[n][0], "where": status[n][1], "note": status[n][2]}
        for n, name in RAMESES_ITEMS
    ]
