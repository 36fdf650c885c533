"""Pydantic models: the single source of truth for every data shape cmo stores or prints.

The store keeps each object as its model's JSON plus a few indexed columns, so adding a
field here is all it takes to carry it through storage, `--json` output and exports.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Format = Literal["bibtex", "ris", "medline"]
Level = Literal["high", "medium", "low"]
Status = Literal["unscreened", "included", "excluded"]
Origin = Literal[
    "database search",
    "citation tracking",
    "expert suggestion",
    "call for evidence",
    "website",
]
ORIGINS: tuple[str, ...] = Origin.__args__  # type: ignore[attr-defined]
RealistMove = Literal["juxtapose", "reconcile", "adjudicate", "consolidate", "situate"]
REALIST_MOVES: tuple[str, ...] = RealistMove.__args__  # type: ignore[attr-defined]
Rating = Literal["agree", "partly", "disagree"]


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=False)


class Provenance(_Model):
    """Where one original record was read: kept for every record linked into a source."""

    file: str
    line: int
    key: str
    format: Format


class Bibliographic(_Model):
    """The bibliographic facts a record and a source share, normalised the same way."""

    key: str
    type: str = "misc"
    title: str = ""
    authors: list[str] = Field(default_factory=list)
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
    extra: dict[str, str] = Field(default_factory=dict)


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


class Source(Bibliographic):
    """A work in the review: one or more linked records that are the same document."""

    records: list[Provenance] = Field(default_factory=list)
    status: Status = "unscreened"
    exclusion_reason: str = ""
    appraisal: Appraisal = Field(default_factory=Appraisal)
    origin: Origin = "database search"


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
    groups: list[str] = Field(default_factory=list)
    coder: str = ""
    note: str = ""
    contradicts: bool = False
    detached: bool = False
    """A person took it out of its configuration: refine leaves it unassigned."""


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
    statements: list[str] = Field(default_factory=list)
    contradicting: list[str] = Field(default_factory=list)
    groups: list[str] = Field(default_factory=list)
    feedback_evidence: list[str] = Field(default_factory=list)
    """Feedback items (F ids) cited as evidence for it, as reviews cite expert input."""
    accepted: bool = False
    edited: list[str] = Field(default_factory=list)
    """Elements a person has written (title, context, mechanism, outcome): refine keeps them."""
    pinned: bool = False
    """True once any human decision touched it: refine places new statements around it."""
    retired: bool = False
    """Merged away or emptied: kept so the id is never reused and history still resolves."""


class Decision(_Model):
    """One entry of the append-only audit trail."""

    seq: int = 0
    at: str = Field(default_factory=now_iso)
    action: str
    targets: list[str] = Field(default_factory=list)
    move: RealistMove | None = None
    note: str = ""
    because: list[str] = Field(default_factory=list)
    before: dict = Field(default_factory=dict)
    after: dict = Field(default_factory=dict)
    round: int = 1


class RoundSnapshot(_Model):
    number: int
    closed_at: str = Field(default_factory=now_iso)
    note: str = ""
    configurations: list[Configuration] = Field(default_factory=list)


class FeedbackItem(_Model):
    """One respondent's answer about one configuration in one round."""

    id: str = ""
    round: int
    respondent: str
    group: str = ""
    configuration: str
    rating: Rating | None = None
    missing: str = ""
    not_for_whom: str = ""
    read: str = ""
    comment: str = ""
    file: str = ""
    fingerprint: str = ""
