"""Views of sources for listings and `show`: the stable JSON fields scripts rely on."""

from __future__ import annotations

from rapidfuzz import process

from cmo.errors import NotFound
from cmo.models import Source
from cmo.review import Review
from cmo.views import SourceDetail, SourceSummary


def source_summary(source: Source) -> SourceSummary:
    fields = source.model_dump(include=set(SourceSummary.model_fields))
    return SourceSummary(**fields, relevance=source.appraisal.relevance, rigour=source.appraisal.rigour)


def list_sources(review: Review, status: str | None = None) -> list[SourceSummary]:
    """`cmo sources list`: in key order, optionally only those with one status."""
    return [source_summary(s) for s in review.store.sources() if status is None or s.status == status]


def source_detail(review: Review, source: Source) -> SourceDetail:
    return SourceDetail(**source.model_dump(), statements=[s.id for s in review.store.statements(source.key)])


def show_source(review: Review, key: str) -> SourceDetail:
    return source_detail(review, get_source(review, key))


def nearest(key: str, candidates) -> str:
    found = process.extractOne(key, list(candidates)) if candidates else None
    return f" (did you mean '{found[0]}'?)" if found and found[1] >= 60 else ""


def get_source(review: Review, key: str) -> Source:
    """By its key, or by the original key of a record linked into it (a team's own citation key)."""
    source = review.store.source(key) or review.store.source(review.store.record_key_aliases().get(key, ""))
    if source is None:
        raise NotFound(f"source '{key}' is not in this review{nearest(key, review.store.source_keys())}.")
    return source
