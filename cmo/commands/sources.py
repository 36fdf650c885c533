"""Views of sources for listings and `show`: the stable JSON fields scripts rely on."""

from __future__ import annotations

from rapidfuzz import process

from cmo.errors import NotFound
from cmo.models import Source
from cmo.review import Review

SUMMARY_FIELDS = ("key", "title", "authors", "year", "doi", "pmid", "type", "container", "grey", "url", "status")


def source_summary(source: Source) -> dict:
    data = {name: getattr(source, name) for name in SUMMARY_FIELDS}
    data["records"] = [record.model_dump() for record in source.records]
    data["exclusion_reason"] = source.exclusion_reason
    data["relevance"] = source.appraisal.relevance
    data["rigour"] = source.appraisal.rigour
    data["origin"] = source.origin
    return data


def source_detail(review: Review, source: Source) -> dict:
    data = source.model_dump()
    data["records"] = [record.model_dump() for record in source.records]
    data["statements"] = [s.id for s in review.store.statements(source.key)]
    return data


def nearest(key: str, candidates) -> str:
    found = process.extractOne(key, list(candidates)) if candidates else None
    return f" (did you mean '{found[0]}'?)" if found and found[1] >= 60 else ""


def get_source(review: Review, key: str) -> Source:
    """By its key, or by the original key of a record linked into it (a team's own citation key)."""
    source = review.store.source(key) or review.store.source(review.store.record_key_aliases().get(key, ""))
    if source is None:
        raise NotFound(f"source '{key}' is not in this review{nearest(key, review.store.source_keys())}.")
    return source
