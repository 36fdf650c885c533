"""Pydantic models: the single source of truth for every data shape cmo stores or prints.

The store keeps each object as its model's JSON plus a few indexed columns, so adding a
field here is all it takes to carry it through storage, `--json` output and exports.
"""

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError

from cmo.normalise import fold

BaseModelT = TypeVar("BaseModelT", bound=BaseModel)
Format = Literal[
    "bibtex",
    "ris",
    "medline",
    "wos",
    "ovid",
    "endnote",
    "endnote_xml",
    "pubmed_xml",
    "refworks",
    "csl",
    "zotero_rdf",
    "cochrane",
    "table",
]
Level = Literal["high", "medium", "low"]
Stance = Literal["supporting", "contradicting"]
Status = Literal["unscreened", "included", "excluded"]
Screening = Literal["unscreened", "maybe", "included", "excluded"]
"""A source's screening as shown (`Source.screening`): its status, with a screener's maybe told apart."""
SCREENINGS: tuple[str, ...] = Screening.__args__  # type: ignore[attr-defined]
Origin = Literal[
    "database search",
    "citation tracking",
    "expert suggestion",
    "call for evidence",
    "website",
]
ORIGINS: tuple[str, ...] = Origin.__args__  # type: ignore[attr-defined]
SourceType = Literal[
    "article",
    "book",
    "chapter",
    "conference",
    "abstract",
    "report",
    "thesis",
    "webpage",
    "unpublished",
    "news",
    "patent",
    "software",
    "dataset",
    "standard",
    "legislation",
    "guidance",
    "misc",
]
"""The kinds of work readers normalise records to; `cmo sources edit --type` takes one of them."""
SOURCE_TYPES: tuple[str, ...] = SourceType.__args__  # type: ignore[attr-defined]
RealistMove = Literal["juxtapose", "reconcile", "adjudicate", "consolidate", "situate"]
Rating = Literal["agree", "partly", "disagree"]
Backend = Literal["lexical", "semantic", "hybrid"]
EmbeddingModel = Literal["minilm-int8", "minilm-torch"]
DEFAULT_BACKEND: Backend = "hybrid"
"""Chosen from leave-one-review-out figures (BENCHMARKS.md): shared words plus the sentence model's paraphrase."""
ExportFormat = Literal["csv", "xlsx", "docx", "bib", "ris", "graphml", "json", "svg"]
ReportFormat = Literal["html", "md"]
SCREENED_ONE_AT_A_TIME = ("select-included", "select-excluded", "select-unscreened", "select-maybe")
"""Screening decisions a person makes on one source at a time (`cmo select include/exclude/maybe`, the browser), as
against a file's (`select-import`): one stands over a file that had not seen it, and its note is the person's reason."""
Action = Literal[
    "select-included",
    "select-excluded",
    "select-unscreened",
    "select-maybe",
    "select-import",
    "origin-import",
    "appraise",
    "appraise-import",
    "code-add",
    "code-import",
    "refine",
    "close-round",
    "merge",
    "split",
    "move",
    "edit",
    "detach",
    "accept",
    "cite-feedback",
    "uncite-feedback",
    "new",
    "retire",
    "unaccept",
    "attach",
    "code-delete",
    "code-edit",
    "mark",
    "source-edit",
    "source-merge",
    "source-split",
    "source-withdraw",
    "domain-rename",
    "feedback-import",
    "feedback-replace",
    "feedback-withdraw",
]
"""Every change the history records; a new kind of decision is added here first."""


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def trusted(model: type[BaseModelT], values: dict[str, Any]) -> BaseModelT:
    """An instance of `model` from values that name every one of its fields and were validated already (a Source
    built from a Record): pydantic's `model_construct` looks each field up for aliases and defaults, which cost
    more than reading the record did. Whoever calls this gives every field: `tests/test_schema.py` checks the
    result against `model_construct`."""
    instance = model.__new__(model)
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", set(values))
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=False, defer_build=True)


class Provenance(_Model):
    """Where one original record was read: kept for every record linked into a source."""

    file: str
    line: int
    key: str
    format: Format
    linked_by: str | None = None
    """Why this record joined its source as a duplicate (`cmo.bib.dedupe.match_basis`: "same DOI"; "merged by
    hand" after `cmo sources merge`); None for the record a source was started from, and where an earlier cmo
    did not record it. Written only when set, so a record's JSON is as it was for every other record."""

    @model_serializer(mode="wrap")
    def _linked_by_when_set(self, handler):
        data = handler(self)
        if data.get("linked_by", "") is None:
            del data["linked_by"]
        return data


class Bibliographic(_Model):
    """The bibliographic facts a record and a source share, normalised the same way."""

    key: str
    type: str = "misc"
    title: str = ""
    authors: list[str] = []
    year: int | None = None
    doi: str | None = None
    pmid: str | None = None
    container: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    publisher: str = ""
    url: str | None = None
    urldate: str | None = None
    abstract: str = ""
    grey: bool = False
    extra: dict[str, str] = {}


class Record(Bibliographic):
    """One bibliographic record as a reader found it, normalised but not yet de-duplicated.

    `key` is empty when the export gives none (RIS, MEDLINE); ingest then makes a citation key.
    """

    original_type: str = ""
    provenance: Provenance


class Appraisal(_Model):
    relevance: Level | None = None
    rigour: Level | None = None
    note: str = ""


class SourceStanding(_Model):
    """What the strength of evidence needs of a source: whether it is grey literature, its appraisal, and whether
    it was excluded. Read alone for a listing of many configurations (a whole source carries its abstract and
    records); sources that stand alike share one."""

    grey: bool = False
    appraisal: Appraisal = Field(default_factory=Appraisal)
    status: Status = "unscreened"


class StatementStanding(_Model):
    """What the supports/contradicts rule and strength need of a statement: its source, the coder's flag, the
    reviewer's stance, and whether it is out (`detached`, `deleted`). Read alone for a listing of many
    configurations, where whole statements (quotes, notes) would cost more than the listing."""

    id: str
    source: str
    contradicts: bool = False
    stance: dict[str, Stance] = {}
    detached: bool = False
    deleted: bool = False
    tells_outcome: bool = True
    """Whether its outcome says anything: a context or mechanism statement alone tells none."""


class Source(Bibliographic):
    """A work in the review: one or more linked records that are the same document."""

    records: list[Provenance] = []
    status: Status = "unscreened"
    exclusion_reason: str = ""
    screened_by: str = ""
    """Who screened it, as the screening sheet says ('RB + AK (consensus 12/03)'): RAMESES item 9 asks who judged."""
    screening_note: str = ""
    """The screeners' note on their decision, from the screening sheet."""
    maybe: bool = False
    """A screener's "maybe" (`cmo select maybe`, a sheet's 'maybe', 'unsure', 'Include?'): screened, not yet decided.
    Its `status` stays unscreened (neither among the included nor excluded); `screening` is the word shown."""
    screeners: dict[str, str] = {}
    """Each screener's own decision where a sheet gave one column per screener ('Decision (JM)', 'Decision (HC)'):
    {'JM': 'include', 'HC': 'exclude: not homelessness'}, as they wrote it, so screening in duplicate can be said."""

    @property
    def screening(self) -> Screening:
        """The one word every listing shows: included, excluded, maybe (screened, not yet decided) or unscreened. An
        unscreened source a screener is named on is a maybe too, as reviews before the `maybe` field recorded one."""
        if self.status == "unscreened" and (self.maybe or self.screened_by.strip()):
            return "maybe"
        return self.status

    appraisal: Appraisal = Field(default_factory=Appraisal)
    origin: Origin = "database search"
    edited: list[str] = []
    """Fields a reviewer corrected (`cmo sources edit`): linking and re-ingest never overwrite them."""


SCREENING_FIELDS = ("status", "exclusion_reason", "screened_by", "screening_note", "maybe", "screeners")
"""What screening sets of a source: what a merge carries over, a split gives back, and the history records."""


def mechanism_from_parts(resource: str, response: str) -> str:
    """A mechanism coded as resource and response, as one mechanism: what every listing, pack, trace and the
    merging read (they read `mechanism`), so a team that splits mechanisms is not shown an empty one."""
    return "; ".join(part.strip() for part in (resource, response) if part.strip())


_PART_LABEL = re.compile(r"\b(resource|response)s?\s*:\s*", re.IGNORECASE)


def labelled_mechanism_parts(mechanism: str) -> tuple[str, str] | None:
    """(resource, response) of a mechanism written out in the realist split in one cell, "Resource: …; Response: …"
    (either order, or one alone); None for any other mechanism."""
    labels = list(_PART_LABEL.finditer(mechanism))
    if not labels or mechanism[: labels[0].start()].strip() or len({m[1].lower() for m in labels}) < len(labels):
        return None
    parts = {"resource": "", "response": ""}
    for label, following in zip(labels, [*labels[1:], None]):
        text = mechanism[label.end() : following.start() if following else len(mechanism)]
        parts[label[1].lower()] = text.strip().rstrip(";,.").strip()
    return parts["resource"], parts["response"]


class Statement(_Model):
    """A coded CMO statement from one source; any one of C, M, O may be empty."""

    id: str
    source: str
    context: str = ""
    mechanism: str = ""
    mechanism_resource: str = ""
    mechanism_response: str = ""
    outcome: str = ""
    quote: str = ""
    page: str = ""
    context_stated: bool = True
    mechanism_stated: bool = True
    outcome_stated: bool = True
    domain: str | None = None
    groups: list[str] = []
    coder: str = ""
    note: str = ""
    contradicts: bool = False
    detached: bool = False
    """A person took it out of its configuration: refine leaves it out until `cmo configs attach`."""
    deleted: bool = False
    """A person deleted it (`cmo code delete`): kept for the history, out of everything else."""
    stance: dict[str, Stance] = {}
    """The reviewer's word, per configuration id (`cmo code mark`): beats the wording rule, survives refine."""
    extra: dict[str, str] = {}
    """The team's own columns of the coding sheet ("CMOC ID", "Confidence"), by header as written: kept, shown
    and written back to the sheet, never read by the engine."""

    @property
    def tells_outcome(self) -> bool:
        """Whether its outcome says anything (`StatementStanding.tells_outcome` of a listing)."""
        return bool(self.outcome.strip())

    @model_validator(mode="after")
    def _mechanism_in_its_parts(self) -> "Statement":
        """ "Resource: …; Response: …" typed in the mechanism is the realist split: kept as the two parts, and the
        mechanism read "…; …", so the labels reach neither the sentences people read nor the similarity. So is one
        typed in the resource or the response cell while the other is empty (trial BK: "Resource: no remuneration;
        Response: CHWs lose motivation" in 'Mechanism (resource)' titled a configuration "Response: CHWs lose
        motivation"), where the mechanism is those parts' own, not words a person gave it."""
        resource, response = self.mechanism_resource, self.mechanism_response
        if not (resource or response):
            typed = self.mechanism
        elif not (resource and response) and self.mechanism.strip() in ("", mechanism_from_parts(resource, response)):
            typed = resource or response
        else:
            return self
        parts = labelled_mechanism_parts(typed) if ":" in typed else None
        if parts:
            self.mechanism_resource, self.mechanism_response = parts
            self.mechanism = mechanism_from_parts(*parts)
        return self


class Phrase(_Model):
    """A member's wording of one element, the closest in meaning to a statement's: "like S12's '…'"."""

    statement: str
    text: str
    similarity: float


class Why(_Model):
    """Why statements belong together, in words a reviewer can check: what each element shares, and how alike they are."""

    similarity: float | None = None
    """Mean similarity of the pairs (members, or a statement and the members), on the review's backend."""
    shared: dict[str, list[str]] = {}
    """Per element (context, mechanism, outcome): words they share (the statement's own words)."""
    closest: dict[str, Phrase] = {}
    """Per element, the member's phrase closest in meaning (with the sentence model): a paraphrase shares no word."""


class Placement(_Model):
    """A statement that may belong to a configuration: refine's suggestion, `cmo code suggest`'s answer."""

    statement: str
    configuration: str
    score: float
    why: Why = Field(default_factory=Why)


WORDING_AND_MEMBERS = frozenset(
    {"title", "context", "mechanism", "outcome", "key_contexts", "domain", "statements", "contradicting"}
)
"""What a configuration says and rests on: what the history keeps of it before and after a decision, and
(with its id and groups) what a round freezes for the reference group."""

SETTLED_WORDS = ("context", "mechanism", "outcome")
"""The parts of an accepted configuration's wording `configs edit` refuses to change until it is unaccepted: the finding
the team settled. Its title and key contexts may be reworded while it stays accepted."""


class Configuration(_Model):
    """An overarching CMO configuration: a cluster of statements the reviewers stand behind."""

    id: str
    title: str = ""
    context: str = ""
    mechanism: str = ""
    outcome: str = ""
    key_contexts: str = ""
    domain: str | None = None
    domain_confidence: float = 0.0
    statements: list[str] = []
    contradicting: list[str] = []
    groups: list[str] = []
    feedback_evidence: list[str] = []
    """Feedback items (F ids) cited as evidence for it, as reviews cite expert input."""
    feedback_sides: dict[str, Literal["supporting", "contradicting"]] = {}
    """The side a person gave a cited answer where its rating alone would not do: a disagreement that prompted the
    rewording it now bears out (trial P) is counted for it. `counts_against` is the rule."""
    accepted: bool = False
    edited: list[str] = []
    """Elements a person has written (title, context, mechanism, outcome): refine keeps them."""
    pinned: bool = False
    """True once any human decision touched it: refine places new statements around it."""
    retired: bool = False
    """Merged away or emptied: kept so the id is never reused and history still resolves."""
    why: Why | None = None
    """Refine's explanation of why its members belong together (a proposal; people judge it)."""
    suggested: list[Placement] = []
    """For a pinned configuration: statements refine found like it and left for a person to attach."""

    def counts_against(self, item: "FeedbackItem") -> bool:
        """The side a cited answer takes: the one a person gave it (`cmo configs cite --supporting/--contradicting`),
        else its rating's (`FeedbackItem.goes_against`). Packs, tables, the report and exports all ask this."""
        side = self.feedback_sides.get(item.id)
        return side == "contradicting" if side else item.goes_against()


class Decision(_Model):
    """One entry of the append-only audit trail."""

    seq: int = 0
    at: str = Field(default_factory=now_iso)
    action: Action
    targets: list[str] = []
    move: RealistMove | None = None
    note: str = ""
    because: list[str] = []
    before: dict = {}
    after: dict = {}
    round: int = 1
    by: str = ""
    """Who made it, as cmo was told (`Store.reviewer`); empty in decisions recorded before cmo asked, and for refine's
    own proposals as for a person's, where nobody was named."""


class SentConfiguration(Configuration):
    """A configuration as a closed round froze it, with the words its pack showed the reference group: what the next
    round's pack compares with what the group will read then, whether a person rewrote the parts or the wording rules
    changed (trial U: "For older people…" became "Where older people…" and pack 2 said "No change"). Empty in rounds
    an older cmo closed: their words are rendered from the parts."""

    shown_title: str = ""
    shown_sentence: str = ""


class RoundSnapshot(_Model):
    number: int
    closed_at: str = Field(default_factory=now_iso)
    note: str = ""
    configurations: list[SentConfiguration] = []

    @field_validator("configurations", mode="before")
    @classmethod
    def _as_sent(cls, value: object) -> object:
        """A configuration given as it is now (no words shown yet) is read as one frozen without them."""
        if isinstance(value, list):
            return [c.model_dump() if isinstance(c, Configuration) and not isinstance(c, SentConfiguration) else c for c in value]
        return value


WITHDRAWN = "withdrawn"
"""`FeedbackItem.replaced_by` of an answer whose import was taken back (`cmo feedback withdraw`): kept, never counted."""


class FeedbackItem(_Model):
    """One respondent's answer about one configuration in one round."""

    id: str = ""
    round: int
    respondent: str
    group: str = ""
    role: str = ""
    """What the respondent speaks as (researcher, clinician, lived experience, ...), besides their group."""
    configuration: str
    rating: Rating | None = None
    missing: str = ""
    not_for_whom: str = ""
    read: str = ""
    comment: str = ""
    file: str = ""
    """The file's name as the team chose it (not the path typed at the import), so it means something later."""
    fingerprint: str = ""
    answer: str = ""
    """The rating as the respondent wrote it ('Somewhat agree', 'Neither agree nor disagree', 'Don't know'); `rating`
    is how it counts. Empty when no rating was given, and in answers imported before cmo kept the words."""
    named: str = ""
    """The configuration the respondent's row named, when the answer is kept on another: one merged away (the answer
    is then on the configuration it was merged into) or retired (then `overall`). Its rating is then not counted."""
    replaced_by: str = ""
    """The same respondent's later answer that replaced this one ('F16'), or `WITHDRAWN`. A replaced answer is kept,
    since a configuration may cite it and a closed round's pack quotes it, but it is no longer counted or listed."""
    earlier: str = ""
    """What the respondent wrote in answers this one replaced that it does not say again ("The word 'falls' put my
    husband off" before "Sorry, sent twice"): the later answer's rating counts, and their earlier words stay beside it,
    where listings, packs and the report quote them (trial U lost a finding to a resubmitted form)."""
    group_words: str = ""
    """The group as the respondent gave it in a form, where it names no one review group ('Community pharmacist' typed
    for 'Other, please specify', or several ticked): the answer stands without a group, and their words are kept beside
    it. Not in the `fingerprint`, so answers imported before it was kept keep theirs."""
    quoted: str = ""
    """Another message the answer quoted, as a WhatsApp reply typed into a sheet keeps it ('> Ravi: the app was in
    English only' above the member's own words): someone else's words, kept apart from this respondent's, never quoted
    or counted as theirs (packs, the report, agreement), shown by `cmo feedback list` as the message replied to."""
    original: str = ""
    """The answer's words as the respondent wrote them, where the team's sheet gives them beside its translation (a
    LINE group's Japanese under '原文 (LINE)' beside 'Comment (EN translation)'): the column the team heads as the answer
    is the answer in force, counted and quoted; these are kept with it, shown by `cmo feedback list` (helper H3)."""

    def said(self, *, earlier: bool = True) -> list[tuple[str, str]]:
        return what_they_said(self, earlier=earlier, retold=False)

    @property
    def who(self) -> str:
        """The respondent as compared everywhere: 'Kestrel' and 'kestrel ' are one person (imports, counts, report)."""
        return fold(self.respondent)

    @property
    def question(self) -> str:
        """The configuration the respondent answered: the one their row named, wherever the answer is kept."""
        return self.named or self.configuration

    def goes_against(self) -> bool:
        """The side a cited answer takes, by its rating: a disagreement is the group's view against the configuration
        (packs list it with the evidence against, never as support); any other answer is cited beside the sources."""
        return self.rating == "disagree"

    def rating_in_words(self) -> str:
        return FeedbackItem.rating_text(self.rating, self.answer, self.named)

    @staticmethod
    def rating_text(rating: str | None, answer: str = "", named: str = "") -> str:
        """A rating as the team reads it (listings, `configs show`): how it counts, with the respondent's own words
        when they said more ('agree (“Somewhat agree”)'); a neutral answer by its words (“Neither agree nor
        disagree”), never as a blank; 'no rating' only for a question left blank."""
        words = " ".join(answer.split())
        if named:
            return f"not counted (“{words}” about {named})" if words else f"not counted (about {named})"
        if not words:
            return rating or "no rating"
        if rating is None:
            return f"“{words}”"
        return rating if fold(words) == rating else f"{rating} (“{words}”)"


OPENING_ABOUT = r"\s*(?:re|regarding)\b\s*:?\s*"
"""The word a note or an email opens with to say what it is about ('Re C20 - …', 'Re: CMO 1.5', 'Regarding C4, …'),
before the id of the configuration it names (helper H2: a clinician's "Re C20 - agree with Kirst" stayed overall)."""
OPENING_ID = re.compile(
    rf"^(?:{OPENING_ABOUT})?\s*[\[(]?\s*(?:(?:CMO|configuration|finding)\s*(\d+)\.(\d+)\s*(?:\(\s*C([1-9][0-9]*)\s*\))?|C([1-9][0-9]*))"
    r"(?![A-Za-z0-9])(?!\.\d)\s*[\])]?\s*(?:(?:[:;,)\-–—]|\.(?!\d))|\s+(?=[^\s]))",
    re.I,
)
"""A free-text answer opening with the configuration it is about, by its id or the pack's number for it, then a mark or
its words: 'C13 - staying overnight…', 'C3: on our ward…', '[C5] …', 'CMO 1.4 (C13): …', 'Re C20 - …' (`OPENING_ABOUT`)."""

_ANOTHER_ID = re.compile(r"\s*[\])]?\s*(?:,|/|&|\+|-|–|—|to|and|or)\s*(?:CMO\s*\d+\.\d+|C[1-9][0-9]*)(?![A-Za-z0-9])", re.I)


def without_its_id(text: str, configuration: str) -> str:
    """Words as retold about the configuration they answer: an opening that only names it ('Re C7 - …', 'Regarding
    C4, …', 'CMO 1.4 (C13): …', as a note or an email says what it is about, and as the import reads it, `OPENING_ID`)
    is left out, as the pack and the listing already say which finding the answer is on (helper K7: the next round's
    pack read "Comment: Re C7 - …" to the group). Each paragraph is read so (an import joins a moved comment to the
    answer's own after a blank line); the words as written stay stored. An opening naming another configuration, or a
    pack's number alone ('CMO 1.4:', which names a configuration only by the round's numbering), stays."""
    if not configuration or "c" not in text.lower():
        return text
    kept = []
    for part in text.split("\n\n"):
        found = OPENING_ID.match(part)
        rest = part[found.end() :].lstrip(" -–—:;,.") if found else ""
        several = _ANOTHER_ID.match(part, found.end(found.lastindex or 0)) if found else None  # 'C1 and C3', 'C1-C3'
        if found and f"C{found[3] or found[4]}" == configuration.upper() and rest.strip() and not several:
            part = rest[0].upper() + rest[1:]
        kept.append(part)
    return "\n\n".join(kept)


def what_they_said(answer, *, earlier: bool = True, retold: bool = True) -> list[tuple[str, str]]:
    """What a respondent wrote (a stored answer or a view of one), each answer with its question's short label:
    packs, the report, the listings and `cmo serve` all quote it so (one who only said what is missing said something).
    The words of one who agreed with the finding, typed in the one box a form gave for words ("What is missing or wrong
    about …?") and no comment besides, are their comment, never under a label that reads as a criticism (trial AJ:
    "Missing or wrong: my mentor literally saved me"); beside a comment of their own, the box keeps its label. An answer
    about the findings as a whole was asked what is missing across them, not what is wrong with one: "Missing" (trial AS
    12: "Missing or wrong: The head teacher's attitude…"). Without `earlier`, only the answer in force: the words of
    answers it replaced stay with the team, never retold to the group (trial H2: a pack quoted a disclosure the
    respondent had edited out of their answer). Retold (`retold`, as every listing, pack and report quotes it), an
    opening naming the answer's own configuration is left out (`without_its_id`); `FeedbackItem.said` gives the words
    as written, which the import compares."""
    agreed_only_there = getattr(answer, "rating", None) == "agree" and not (answer.comment or "").strip()
    overall = getattr(answer, "configuration", "") == "overall"
    missing = "Comment" if agreed_only_there else "Missing" if overall else "Missing or wrong"
    asked = ((missing, answer.missing), ("Does not hold for", answer.not_for_whom), ("Worth reading", answer.read))
    told = (*asked, ("Comment", answer.comment), ("In an earlier answer", answer.earlier if earlier else ""))
    about = (getattr(answer, "named", "") or getattr(answer, "configuration", "")) if retold else ""
    return [(label, without_its_id(text.strip(), about)) for label, text in told if text.strip()]


def said_in_a_line(answer) -> str:
    """`what_they_said` as one line: the comment first, as written, then the other answers after their labels."""
    said = what_they_said(answer)
    comment = [text for label, text in said if label == "Comment"]
    return "; ".join([*comment, *(f"{label}: {text}" for label, text in said if label != "Comment")])


# --- review.yaml: the part of a review people edit ----------------------------------------


def _text(value: object) -> object:
    """YAML reads `2025-03-31` as a date and `42` as a number; a text field takes them as written."""
    if value is None:
        return ""
    return str(value) if isinstance(value, (int, float, date)) else value


class Domain(_Model):
    """A domain of the review, as review.yaml, refine, tables, graph and packs all describe it."""

    model_config = ConfigDict(extra="allow")

    slug: str
    name: str = ""
    """Shown to people; the slug when none is given."""
    description: str = ""
    """Its words assign statements to it, so it lists those a statement in it would use."""
    aliases: list[str] = []
    """Other labels a team writes for it ("Staff" for `workforce`, a second coder's): read as its name is, in every
    sheet, form and `--domain` (`labels`); `aliases: Staff` is one."""

    @model_validator(mode="before")
    @classmethod
    def _named(cls, data: object) -> object:
        if isinstance(data, dict) and data.get("slug") not in (None, ""):
            data = {**data, "slug": str(data["slug"])}
            data["name"] = str(_text(data.get("name")) or data["slug"])
            data["description"] = str(_text(data.get("description")))
            if "aliases" in data:  # only when written: review.yaml is written back as the team wrote it
                data["aliases"] = _aliases(data["aliases"])
        return data

    def labels(self) -> tuple[str, ...]:
        """What a team may write for it: its slug, its name and its aliases."""
        return (self.slug, self.name, *self.aliases)


def _aliases(value: object) -> object:
    """`aliases:` as a list of labels: one label alone is a list of one, nothing is none, blanks are dropped."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    if any(isinstance(item, (dict, list)) for item in items):
        raise ValueError("aliases must be a list of labels, e.g. aliases: [Staff, staffing]")
    return [" ".join(str(_text(item)).split()) for item in items if str(_text(item)).strip()]


class Group(Domain):
    """A priority stakeholder group (e.g. children and young people): the same fields as a domain."""


class OutcomeValence(_Model):
    """review.yaml's `settings: {outcomes: {wanted: [...], unwanted: [...]}}`: the outcomes the team wants more of and
    less of, which no dictionary knows for a review's field (WordNet and VADER rate "skill" good and "agitation" bad,
    but not "retention" or "turnover"). cmo reads "retention fell" as going against "retention improved", and "turnover
    rises" as a harm reported, by them (`evidence.outcome_valence`); a word of the team's overrides cmo's own lists."""

    model_config = ConfigDict(extra="forbid")

    wanted: list[str] = []
    """Outcomes the team wants more of ("retention", "uptake"): a rise is for the better, a fall for the worse."""
    unwanted: list[str] = []
    """Outcomes the team wants less of ("turnover", "readmission"): a rise is for the worse, a fall for the better."""

    @field_validator("wanted", "unwanted", mode="before")
    @classmethod
    def _words(cls, value: object) -> object:
        if value is None:
            return []
        items = value if isinstance(value, list) else [value]
        if any(isinstance(item, (dict, list)) for item in items):
            raise ValueError("must be a list of outcome words, e.g. [retention, uptake]")
        return list(dict.fromkeys(" ".join(str(_text(item)).split()) for item in items if str(_text(item)).strip()))

    @model_validator(mode="after")
    def _one_side(self) -> "OutcomeValence":
        both = {w.casefold() for w in self.wanted} & {w.casefold() for w in self.unwanted}
        if both:
            raise ValueError(f"'{sorted(both)[0]}' is both wanted and unwanted; keep it in one list")
        return self


class Settings(_Model):
    """review.yaml's `settings:`; names cmo does not know are kept and ignored."""

    model_config = ConfigDict(extra="allow")

    merge_threshold: float | None = None
    """Similarity above which refine merges statements; default: derived from the statements."""
    similarity: Backend = DEFAULT_BACKEND
    model: EmbeddingModel = "minilm-int8"
    """The sentence-embedding model of the semantic and hybrid backends."""
    synonyms: str | None = None
    """The team's own synonym file (path relative to review.yaml); cmo ships none."""
    respond_by: str = ""
    """Shown in packs: a date (ISO is written out) or free text."""
    contact: str = ""
    """Shown in packs: where answers go."""
    reference_group: str = ""
    """What packs, report and exports call the people the review consults ("Community advisory group", "Patient panel");
    default "Expert reference group" (`outputs.tables.REFERENCE_GROUP`)."""
    csv_separator: Literal[",", ";"] = ","
    """What separates the cells of the CSV files cmo writes (templates, exports): ";" for a team whose Excel is set to
    a language that writes decimals with a comma (French, German, Spanish…), which opens a ',' file in one column (CP).
    The files are then written as Excel reads them (`sheets.tables.csv_bytes`); cmo reads either when importing."""
    short_forms: dict[str, str] = {}
    """What the coders' short forms mean, said once (`abx: antibiotics`): packs tell their readers, and `round close
    --check` names the short forms not said yet (`cmo.synthesis.shorthand`). The coded words stay as coded."""

    outcomes: OutcomeValence = Field(default_factory=OutcomeValence)
    """The outcomes the team wants more of and less of (`OutcomeValence`): `outcomes: {wanted: [retention], unwanted:
    [turnover]}`."""

    spell_out_short_forms: bool = False
    """Whether packs and the report write each short form the team said out in the configurations' sentences ("pt
    defers": "patient defers"; `shorthand.spelt_out`) rather than telling once what it means: for readers who listen
    by text-to-speech or find short words hard (trial CW). The configurations keep the words they were coded in."""

    @field_validator("short_forms", mode="before")
    @classmethod
    def _short_forms(cls, value: object) -> object:
        if value is None:
            return {}
        if not isinstance(value, dict) or any(isinstance(v, (dict, list)) for v in value.values()):
            raise ValueError("must be short forms and what each means, one a line, e.g. 'abx: antibiotics'")
        said = {" ".join(str(_text(k)).split()): " ".join(str(_text(v)).split()) for k, v in value.items()}
        return {short: meaning for short, meaning in said.items() if short}

    @field_validator("outcomes", mode="before")
    @classmethod
    def _outcomes(cls, value: object) -> object:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ValueError("must be the outcomes wanted and unwanted, e.g. {wanted: [retention], unwanted: [turnover]}")
        unknown = [str(key) for key in value if key not in ("wanted", "unwanted")]
        if unknown:  # a misspelt list would leave the team's word unread, unsaid
            raise ValueError(f"takes two lists, wanted and unwanted; '{unknown[0]}' is neither")
        return value

    @field_validator("merge_threshold", mode="before")
    @classmethod
    def _threshold(cls, value: object) -> object:
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1):
            raise ValueError("must be a number between 0 and 1")
        return value

    @field_validator("respond_by", "contact", mode="before")
    @classmethod
    def _as_text(cls, value: object) -> object:
        return _text(value)


SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _needs_slug(item: object) -> object:
    if not isinstance(item, dict) or not str(item.get("slug") or "").strip():
        raise ValueError("needs a slug (and a name and description)")
    return item


def _slug_shape(item: Domain) -> Domain:
    if not SLUG.match(item.slug):
        raise ValueError(f"slug '{item.slug}' must be lower-case letters, digits and hyphens, e.g. 'safety'")
    return item


def _unique(items: list[Domain]) -> list[Domain]:
    """Each slug and each name once: a copied block left with another's name sent a sheet's cells naming it to the
    wrong, empty domain (trial T), as a name is how people write a domain in sheets and commands. An alias is a name
    so: no two items share one, and none is another's slug (trial AC)."""
    seen: set[str] = set()
    named: dict[str, tuple[int, str]] = {}
    for index, item in enumerate(items):
        if item.slug in seen:
            raise PydanticCustomError("duplicate_slug", "slug '{slug}' appears twice", {"slug": item.slug, "index": index})
        seen.add(item.slug)
        own = {" ".join(label.split()).casefold(): label for label in reversed(item.labels()[1:])}  # its name, its aliases
        for name, label in own.items():
            what = "name" if label == item.name else "alias"
            first, had = named.get(name, (index, what))
            if first != index:
                raise PydanticCustomError(
                    "duplicate_name",
                    "{what} '{name}' is item {first}'s{had} too; give each its own",
                    {"what": what, "name": label, "first": first + 1, "had": " alias" if had == "alias" else "", "index": index},
                )
            named[name] = (index, what)
    for index, item in enumerate(items):  # an alias that is another's slug would send its cells to the wrong one
        for alias in item.aliases:
            if alias.casefold() in seen - {item.slug}:
                raise PydanticCustomError(
                    "duplicate_name", "alias '{name}' is another's slug; give each its own", {"name": alias, "index": index}
                )
    return items


def _listed(value: object) -> object:
    """`groups:` with nothing after it is no groups; anything but a list is refused."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError("must be a list of {slug, name, description}")
    return value


ReviewDomains = Annotated[
    list[Annotated[Domain, BeforeValidator(_needs_slug), AfterValidator(_slug_shape)]],
    BeforeValidator(_listed),
    AfterValidator(_unique),
]
ReviewGroups = Annotated[
    list[Annotated[Group, BeforeValidator(_needs_slug), AfterValidator(_slug_shape)]],
    BeforeValidator(_listed),
    AfterValidator(_unique),
]


class ReviewConfig(_Model):
    """review.yaml: title, question, domains, stakeholder groups and settings; other keys are kept as written."""

    model_config = ConfigDict(extra="allow")

    title: str = ""
    question: str = ""
    domains: ReviewDomains = []
    groups: ReviewGroups = []
    settings: Settings = Field(default_factory=Settings)

    @field_validator("title", "question", mode="before")
    @classmethod
    def _as_text(cls, value: object) -> object:
        return _text(value)

    @field_validator("settings", mode="before")
    @classmethod
    def _mapping(cls, value: object) -> object:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ValueError("must be a mapping of names to values, e.g. merge_threshold: 0.25")
        return value

    def as_dict(self) -> dict:
        """As review.yaml has it (names filled in): what `review.yaml` is written from and the JSON export shows."""
        return self.model_dump(exclude_unset=True)
