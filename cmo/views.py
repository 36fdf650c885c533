"""What `--json` prints: one pydantic model per command output, the fields scripts rely on.

Field names are a contract with users' scripts: add fields, never rename them. `cli.py` prints
`view.model_dump()`; the engine builds these from `cmo.models` objects.
"""

import re

from pydantic import BaseModel, ConfigDict, model_serializer

from cmo.models import (
    FeedbackItem,
    Level,
    Origin,
    Placement,
    Provenance,
    Rating,
    Screening,
    Source,
    Statement,
    Why,
    said_in_a_line,
)


class View(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Started(View):
    """`cmo init`."""

    folder: str
    domains: list[str]
    groups: list[str] = []
    """The stakeholder groups packs ask respondents to answer for: the --domains file's, else none (the example's own
    only with the example's domains)."""
    title: str = ""
    """Empty until the team writes it in review.yaml (or their --domains file gives it)."""


class Problem(View):
    """A block that could not be read: named by file and line."""

    file: str
    line: int
    message: str


class IngestedFile(View):
    file: str
    format: str
    encoding: str
    records: int
    same_as: str | None = None
    """Set when the file's content was ingested before under another name."""
    abbreviations: int | None = None
    """Set for a BibTeX file of `@string`s only."""

    @model_serializer(mode="wrap")
    def _set_only(self, handler):
        """The two notes appear only on the files they concern, as they always have."""
        data = handler(self)
        return {k: v for k, v in data.items() if v is not None or k not in ("same_as", "abbreviations")}


class Link(View):
    """One record `cmo ingest` linked into a source as a duplicate, and why."""

    record: str
    """FILE:LINE, as `cmo sources show` and `cmo sources split` name it."""
    record_key: str
    source: str
    linked_by: str
    """`cmo.bib.dedupe.match_basis`: "same DOI", "similar title, year and authors", ..."""


class Ingested(View):
    """`cmo ingest`."""

    read: int
    added: int
    merged: int
    unchanged: int
    problems: list[Problem]
    warnings: list[str]
    files: list[IngestedFile]
    linked_by: dict[str, int] = {}
    """How many records were linked as duplicates on each basis (the `linked_by` of `links`)."""
    links: list[Link] = []
    """Each record linked into a source as a duplicate: which source, and why."""
    read_again: int = 0
    """Of `merged`, the records that are the same records read again (a corrected file, one database's record exported
    again in another format, a screening tool's copy: `cmo.bib.linking.re_read`), which the document flow counts once."""


class Selection(View):
    """`cmo select ...` and `cmo appraise --file`: what changed and where the review stands."""

    changed: int
    unchanged: int
    sources: list[str]
    counts: dict[str, int]
    warnings: list[str]
    blank: int = 0
    """Rows of a file that judged nothing (every cell empty): neither changed nor "already so" (trial Y)."""


class Appraised(View):
    """`cmo appraise KEY`."""

    key: str
    relevance: Level | None
    rigour: Level | None
    note: str


class SourceSummary(View):
    """One row of `cmo sources list`."""

    key: str
    citation: str
    """As documents cite it ("Wildman et al. 2019a")."""
    title: str
    authors: list[str]
    year: int | None
    doi: str | None
    pmid: str | None
    type: str
    container: str
    grey: bool
    url: str | None
    status: Screening
    """`Source.screening`: a screener's maybe shown as maybe (screened, not yet decided), not as unscreened."""
    records: list[Provenance]
    exclusion_reason: str
    relevance: Level | None
    rigour: Level | None
    origin: Origin


class SourceDetail(Source):
    """`cmo sources show`: the source whole, with the statements coded from it."""

    status: Screening = "unscreened"
    """`Source.screening`: a screener's maybe shown as maybe (screened, not yet decided), not as unscreened."""
    statements: list[str]
    citation: str = ""
    """How it is cited ("Van den Berghe et al. 2014"), by the one citation rule."""
    linked: list[str] = []
    """Aligned with `records`: why each record is part of this source, in words."""
    original_title: str = ""
    """The work's title in its own language where the title shown is the English one a linked record gave
    (`linking.link_record` keeps it as `extra["original title"]`, as Ovid's records give it)."""
    notice: str = ""
    """"erratum", "retraction" or "expression of concern" where the source is a notice about another work, by its export's
    type or its title (`dedupe.notice_kind`), else ""; `corrects`: the sources of the review it is about, found by their
    title."""
    notice_typed: str = ""
    corrects: list[str] = []
    by_crossref: str = ""
    """"FILE: field, field": what the source took by crossref from its parent in another file (`bibtex.BY_CROSSREF`)."""
    notices: list[str] = []
    """The notices of the review about this source ("KEY (a retraction)"), found by the title they name."""
    same_trial: list[str] = []
    """The sources that are the other half of one registered trial with it: its registry record, or the papers naming
    the registration it is the record of (`dedupe.reports_registered_trial`); kept apart until the team merges them."""
    registry_record: bool = False
    """Whether it is a trial's registry record (`dedupe.registration_of`)."""


class CodeImported(View):
    """`cmo code import`."""

    added: int
    updated: int
    unchanged: int
    statements: list[str]
    warnings: list[str]
    quotes_not_found: list[str] = []
    """Statements whose quote is not in their source's attached full text (the command exits 1)."""
    look_at: list[str] = []
    """The warnings that are problems to look at: part of the sheet not taken as written, an accepted configuration
    whose member now reads the other way (the command exits 1)."""


class PlacementView(Placement):
    """`cmo code suggest`: one configuration a statement may belong to, with its title and domain."""

    title: str = ""
    domain: str = ""
    other_domain: str = ""
    """Where the configuration is of another domain than the one a person coded the statement to: that said, with the
    edit that lets refine join them; "" where it may join it as coded."""
    kept_apart: str = ""
    """Where refine keeps the statement apart from one of the configuration's members (it says the opposite, tells
    the other side, or its outcome is about other people: `merge.Opposites`), that said, so the team attaches it
    knowingly; "" where nothing keeps them apart."""


class StatementDetail(Statement):
    """`cmo code list` and `cmo code show`: a statement with the configurations holding it."""

    configurations: list[str]


class FeedbackTally(View):
    responses: int
    agree: int
    partly: int
    disagree: int
    items: list[str]


class ConfigurationView(View):
    """A configuration with its sources, strength and feedback: `cmo configs list`, `show`, `refine`."""

    id: str
    title: str
    domain: str | None
    domain_confidence: float
    context: str
    mechanism: str
    outcome: str
    key_contexts: str
    statements: list[str]
    contradicting: list[str]
    sources: list[str]
    contradicting_sources: list[str]
    not_included: dict[str, str] = {}
    """Sources on either side that are not included, with their screening decision as every citation says it
    ('excluded', 'unscreened', or 'not yet decided' for one screened maybe: `tables.citation_status`)."""
    undecided: list[str] = []
    """Members counted on neither side until a person marks them (`evidence.undecided_ids`): an outcome that reads as not
    following, which nobody marked."""
    undecided_sources: list[str] = []
    """The sources behind only such members (or only statements of theirs that say no outcome), on neither side: with
    `sources` and `contradicting_sources`, every source its statements come from (trial AH: "3 statements from 2 sources")."""
    strength: str
    strength_reason: str
    groups: list[str]
    accepted: bool
    pinned: bool
    standing: str = ""
    """Why refine keeps it as it is, as listings label it (`configs.standing`): "accepted" (the team accepted it),
    "decided" (a person decided on it: merged, split, moved, edited …), "sent in round 1" (a round sent it to the
    reference group and so pinned it, though nobody decided anything on it), or "" (refine may propose it anew)."""
    feedback_evidence: list[str]
    feedback_sides: dict[str, str] = {}
    """Cited answers a person counted on a side their rating would not give (`Configuration.counts_against`)."""
    feedback: FeedbackTally
    suggested: list[str] = []
    """Statements the last refine found like this pinned configuration but left for a person to attach."""
    suggestions: list[Placement] = []
    """The same, each with its score and the words it shares with the members."""
    why: Why | None = None
    """Refine's reason for proposing these members together: shared words per element and their similarity."""
    key_contexts_shown: str = ""
    """The key contexts a person wrote, or "none (cleared by the team)" (`cmo configs show` only); empty where packs and
    the report show its supporting members' contexts."""
    domain_why: str = ""
    title_now: str = ""
    """The title cmo words now, where the one it has was written by an earlier cmo and nobody edited it (`cmo configs
    show` only; `configs.title_worded_now`): said, never taken without the team."""
    outcomes_judged: list[str] = []
    """The outcomes the team named wanted or unwanted in review.yaml (`settings: {outcomes: …}`) that its outcome or its
    members' give a direction ("retention (wanted)"): the team's word by which a rise or a fall is read as for the better
    or the worse (`cmo configs show` only; `evidence.teams_outcomes_named`)."""
    """How it came to its domain, in words (`cmo configs show` only): a person's choice, its statements' coding, or
    its wording's likeness to the domains' descriptions when its statements' coding does not decide."""


def left_empty(retired: list[str], *, pointer: bool = True) -> str:
    """Said after a decision that took the last statement out of configurations: they are retired (`pointer`: with the
    command that says why, at a terminal; a page links its history instead)."""
    if not retired:
        return ""
    where = f" ('cmo history {retired[0]}')" if pointer else ""
    return f" {', '.join(retired)}, left with no statements, {'is' if len(retired) == 1 else 'are'} retired{where}."


class Detached(View):
    """`cmo configs detach`."""

    statement: str
    detached_from: list[str]
    retired: list[str] = []
    """Configurations this left with no statements, and so retired."""
    wording: list[str] = []
    """What became of the words of each configuration it left, said (trial V: a consulted one keeps them)."""

    def told(self, *, pointer: bool = True) -> str:
        """What the detach did, as the command and `cmo serve` say it (trial X: "Detached S42 from no configuration.")."""
        if not self.detached_from:
            return f"Detached {self.statement}: it was in no configuration, and refine will leave it out of every one."
        return f"Detached {self.statement} from {', '.join(self.detached_from)}.{left_empty(self.retired, pointer=pointer)}"


class Attached(View):
    """`cmo configs attach`."""

    statement: str
    to: str
    moved_from: list[str]
    retired: list[str] = []
    """Configurations this left with no statements, and so retired."""

    def told(self, *, pointer: bool = True) -> str:
        """What the attach did, as the command and `cmo serve` say it."""
        moved = f" (from {', '.join(self.moved_from)})" if self.moved_from else ""
        return f"Attached {self.statement} to {self.to}{moved}.{left_empty(self.retired, pointer=pointer)}"


class Retired(View):
    """`cmo configs retire`: the statements it held are free for the next refine."""

    configuration: str
    freed: list[str]

    def told(self, *, pointer: bool = True) -> str:
        """What the retire did, as the command and `cmo serve` say it (trial BJ: a page said only "retire done.", and
        the statements it held were in no configuration unsaid): which statements are in none now, and what places
        them (`pointer`: the command that places one by hand, at a terminal; a page names its own form)."""
        if not self.freed:
            return f"Retired {self.configuration}; it held no statements."
        one = len(self.freed) == 1
        it = "it" if one else "them"
        by_hand = (
            f" ('cmo configs attach {self.freed[0]} --to C…' places {it} by hand; 'cmo configs detach' keeps {it} out)"
            if pointer
            else f"; the Attach form on a configuration's page places {it} by hand"
        )
        refine = "'cmo refine'" if pointer else "refine (on the Configurations page)"
        return (
            f"Retired {self.configuration}; {', '.join(self.freed)} {'is' if one else 'are'} free, in no configuration now: "
            f"the next {refine} places {it} where {'it fits' if one else 'they fit'}, never in {self.configuration} again, "
            f"and names {it} if left in none{by_hand}."
        )


class Deleted(View):
    """`cmo code delete`."""

    statement: str
    removed_from: list[str]
    note: str
    retired: list[str] = []
    """Configurations this left with no statements, and so retired."""
    accepted: list[str] = []
    """Accepted configurations it left: they keep the wording the team accepted, which the team may now reconsider."""
    wording: list[str] = []
    """What became of the words of each configuration it left, said (trial V: a consulted one keeps them)."""


class Marked(View):
    """`cmo code mark`: the reviewer's stance and the configuration's contradicting list after it."""

    statement: str
    configuration: str
    stance: str
    contradicting: list[str]
    undecided: list[str] = []
    """Its members counted on neither side after the mark (`evidence.undecided_ids`): cleared, a null result is one."""
    statements: list[str] = []
    """Every statement marked, in the order given (`statement` is the first): `cmo code mark S11 S12 --contradicting C6`."""
    context_left_out: list[str] = []
    """Statements marked supporting that are the configuration's converse (`evidence.marked_converse`): counted as its
    support, their contexts left out of its key contexts, as where it did not hold."""


class PackWritten(View):
    """`cmo pack`: where it was written, and whether it is the pack the round sent (kept since `sent_on`)."""

    path: str
    round: int
    kept_since: str = ""
    """The date the round's pack as sent was first written; empty when this write was the first."""
    fresh: bool = False
    """Rendered from the evidence as it is now (`--fresh`), not the pack as sent."""
    untitled: str = ""
    """review.yaml, where it has no title and this pack was rendered now: its cover and its tab say 'Untitled review'."""


class RoundClosed(View):
    """`cmo round close`."""

    round: int
    closed_at: str
    configurations: list[str]
    warnings: list[str] = []
    notes: list[str] = []
    """Said after the summary, changing no exit code: what the pack will show that review.yaml, not the round, holds."""


class RoundListed(View):
    """One row of `cmo round list`."""

    round: int
    closed_at: str
    note: str
    configurations: int


class FeedbackImported(View):
    """`cmo feedback import`."""

    added: int
    repeated: int
    round: int
    feedback: list[str]
    replaced: list[str] = []
    """Earlier answers the respondents' later files for the same round replaced (kept in the history)."""
    kept: list[str] = []
    """The ids stored now that `feedback` does not hold: earlier answers a respondent gave again in the same file (a
    form sent twice), kept marked replaced by their later answer and not counted, so every id stored is accounted for."""
    rounds: list[int] = []
    """Every round the files answered (`round` is the latest of them)."""
    warnings: list[str] = []
    """How answers were read that the files did not write as the pack does (a five-point scale)."""


class FeedbackWithdrawn(View):
    """`cmo feedback withdraw`."""

    withdrawn: list[str]
    """The answers taken back: kept in the review and its history, no longer counted, listed or quoted."""
    in_force_again: list[str] = []
    """The answers the withdrawn ones had replaced, counted again as before the import."""
    files: list[str] = []
    warnings: list[str] = []


class GroupTally(View):
    group: str
    responses: int
    agree: int
    partly: int
    disagree: int
    unrated: int
    agreement: float | None


class FeedbackComment(View):
    feedback: str
    configuration: str = ""
    """The configuration it answers ('overall' for the findings as a whole): an answer about the findings as a whole was
    asked what is missing across them, and `what_they_said` labels it "Missing" (trial CN: `feedback summary` printed
    "Missing or wrong:" before every overall answer, the report "Missing")."""
    respondent: str
    group: str
    group_words: str = ""
    """The group in the respondent's words where the form's answer named no review group (`FeedbackItem.group_words`)."""
    role: str = ""
    rating: Rating | None
    missing: str
    not_for_whom: str
    read: str
    comment: str
    answer: str = ""
    """The rating in the respondent's own words ('Somewhat agree', 'Neither agree nor disagree')."""
    named: str = ""
    """The configuration the answer named, when it is kept on another (merged away or retired)."""
    earlier: str = ""
    """What the respondent wrote in answers this one replaced and does not say again (`FeedbackItem.earlier`)."""

    def in_a_line(self) -> str:
        return said_in_a_line(self)

    def rating_in_words(self) -> str:
        return FeedbackItem.rating_text(self.rating, self.answer, self.named)


class FeedbackRow(View):
    """One configuration in `cmo feedback summary`; `agreement` is the share of ratings that are "agree"."""

    configuration: str
    title: str
    responses: int
    agree: int
    partly: int
    disagree: int
    unrated: int
    agreement: float | None
    by_group: list[GroupTally]
    comments: list[FeedbackComment]
    retired_since: bool = False
    """The team retired (or merged away) the configuration after the round: its answers are about what it was."""
    fate_since: str = ""
    """What became of it since, in words ('merged into C3', 'retired'), when `retired_since`."""


class GraphStats(View):
    """`cmo graph stats`."""

    nodes: int
    edges: int
    nodes_by_kind: dict[str, int]
    edges_by_kind: dict[str, int]
    components: int
    unknown_references: list[str]
    sources_without_statements: int
    sources_without_statements_keys: list[str]
    statements_without_configuration: int
    statements_without_configuration_ids: list[str]


class Trace(View):
    """`cmo trace`: the statements and sources behind a configuration, statement, domain or source."""

    id: str
    kind: str
    statements: list[dict]
    sources: list[dict]
    feedback: list[dict] = []
    """Of a configuration, the answers cited as evidence for or against it (`cmo configs cite`): id, round, group,
    rating, the side it counts on and the respondent's words, as its evidence is traced back to them too (trial CN:
    `cmo trace C8` listed its statements and sources, never the interpreters' answer the team cited)."""


class DomainListed(View):
    """One row of `cmo domains list`; `listed` is False for a slug in use that review.yaml no longer has."""

    slug: str
    name: str
    description: str
    aliases: list[str] = []
    """The team's own labels for it, read on sheets and forms (`cmo domains alias`)."""
    listed: bool
    configurations: list[str]
    statements: int


class DomainRenamed(View):
    """`cmo domains rename`: what now carries the new slug."""

    old: str
    new: str
    review_yaml: bool
    """True when review.yaml was changed too (False when it had been renamed there by hand)."""
    configurations: list[str]
    statements: list[str]
    rounds: list[int]


class FeedbackAnswer(View):
    """One row of `cmo feedback list`: an answer kept (a replaced one is only in the history)."""

    id: str
    round: int
    respondent: str
    group: str
    role: str
    configuration: str
    rating: Rating | None
    missing: str
    not_for_whom: str
    read: str
    comment: str
    file: str
    answer: str = ""
    """The rating in the respondent's own words ('Somewhat agree', 'Neither agree nor disagree'); `rating` is how it counts."""
    named: str = ""
    """The configuration the answer named, when it is kept on another (merged away or retired): its rating is not counted."""
    group_words: str = ""
    """The group in the respondent's words where the form's answer named no review group (`FeedbackItem.group_words`)."""
    earlier: str = ""
    """What the respondent wrote in answers this one replaced and does not say again (`FeedbackItem.earlier`)."""

    quoted: str = ""
    """Another message the answer replied to, kept apart from its words (`FeedbackItem.quoted`)."""
    original: str = ""
    """The answer's words as written, beside the team's translation in force (`FeedbackItem.original`)."""

    def in_a_line(self) -> str:
        return said_in_a_line(self)

    def rating_in_words(self) -> str:
        """`FeedbackItem.rating_text`: the rating with the respondent's words, a neutral answer by its words."""
        return FeedbackItem.rating_text(self.rating, self.answer, self.named)


class FulltextRow(View):
    """`cmo fulltext list`: one attached PDF."""

    source: str
    file: str
    stored: str
    pages: int
    pages_with_text: int
    """0 for a scanned PDF with no text layer: nothing can be searched or verified in it."""


class Unmatched(View):
    file: str
    candidates: list[str]
    """The nearest sources by title, for `--source`: nothing is guessed."""


class FulltextAttached(View):
    """`cmo fulltext attach`."""

    attached: list[FulltextRow]
    unmatched: list[Unmatched]
    warnings: list[str]


class QuoteVerified(View):
    """`cmo code verify`: one statement's quote against its source's full text."""

    statement: str
    source: str
    status: str
    """verified (on the stated page), other_page, not_found or no_fulltext."""
    page: str
    found_page: int | None
    similarity: float
    passage: str


class SearchHit(View):
    """`cmo search`: a page of an included full text."""

    source: str
    page: int
    snippet: str
    score: float


class EvidenceCandidate(View):
    """`cmo configs evidence`: a passage not yet coded that resembles the configuration."""

    source: str
    page: int
    passage: str
    score: float


# --- Words shared by every view: a count agrees with its noun ------------------------------


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """ "1 record", "3 records", "1 person", "2 people": a count and its noun always agree."""
    return f"{number} {noun_for(number, noun, plural)}"


def noun_for(number: int, noun: str, plural: str | None = None) -> str:
    """The noun alone, agreeing with `number`, for where the count is printed apart (in bold)."""
    return noun if number == 1 else plural or noun + "s"


def page_reference(page: str | None) -> str:
    """A statement's page as a reader sees it: "p. 12", "pp. 12-15" for a range or list, and a page the coder gave some
    other way as written ("abstract", "Table 2", "supplementary file"): "p. abstract" is no page. A page the coder
    labelled ("p101", "p 1722", "pp. 100-101", German "S. 714", Dutch "blz. 12") is that page, its label read as "p." or
    "pp." (trial E2's trace and report read "p. p101"); "S3", a supplement's page, and "P2211", a poster's, are no label."""
    text = " ".join(str(page or "").split())
    labelled = re.match(_PAGE_LABEL, text)
    number = text[labelled.end() :] if labelled else text
    if re.fullmatch(_ONE_PAGE, number):
        return f"p. {number}"
    if re.fullmatch(_PAGES, number):
        return f"pp. {number}"
    return text


UNDECIDED = "not yet decided"
"""A document a screener left at maybe, as every output and listing marks it: screened, its decision not yet made."""


def page_given(page: str | None) -> str:
    """A statement's page as the report and the packs count and print it: what the coder wrote, unless it is a date a
    spreadsheet made of it (`page_is_a_date`, warned at import), which is no page (trial S: "46 a page reference" and
    "2025-05-16" printed as S29's page)."""
    text = " ".join(str(page or "").split())
    return "" if page_is_a_date(text) else text


def page_is_a_date(page: str) -> bool:
    """A page cell a spreadsheet turned into a date (a page range, '12-15' as 15 December), as read ('2025-12-15',
    `cmo.sheets.tables.cell_text`) or as a CSV saved by a spreadsheet shows it ('04-Mar' of '3-4', 'Dec-14' of '12-14'):
    the import warns of it, `code show` marks it, and the report and packs count it as no page."""
    return bool(re.match(r"\d{4}-\d{2}-\d{2}$", page) or re.match(_DATE_AS_SHOWN, page, re.IGNORECASE))


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_DATE_AS_SHOWN = rf"(?:\d{{1,2}}[-/ ]{_MONTH}|{_MONTH}[-/ ]\d{{2,4}})$"
_ONE_PAGE = r"[A-Za-z]?\d{1,5}[a-z]?|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
"""A page number: "12", "12a", "S3" (a supplement's), "e12", or a preface's roman "xii"."""
_PAGES = r"[A-Za-z]?\d{1,5}[a-z]?(?:\s*(?:[-–—,;&]|and)\s*[A-Za-z]?\d{1,5}[a-z]?)+"
_PAGE_LABEL = r"(?:pp?\.?|pgs?\.?|pages?|S\.|Seiten?|blz\.|bl\.|p[aá]gs?\.|p[aá]ginas?)\s*(?=\d)"
"""A page's label a coder wrote before its number, in English, German, Dutch, Spanish or Portuguese: "p", "pp.", "pg",
"page", "S.", "Seite", "blz.", "pág.": the label, not the page (`page_reference`). Small letters for "p", so a poster's
"P2211" keeps its letter; a dot after "S", so a supplement's "S3" does."""
"""Patterns compiled at first use (`re`'s cache): every command imports this module, few write a page."""
