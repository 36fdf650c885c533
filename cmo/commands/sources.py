"""`cmo sources`: views of sources for listings and `show`, and a reviewer's corrections (`edit`)."""

from __future__ import annotations

from cmo.commands import writes
from cmo.errors import BadInput, CmoError, NotFound
from cmo.models import SOURCE_TYPES, Decision, Source, now_iso
from cmo.normalise import is_grey
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
    from rapidfuzz import process  # only when a key is not found

    found = process.extractOne(key, list(candidates)) if candidates else None
    return f" (did you mean '{found[0]}'?)" if found and found[1] >= 60 else ""


def get_source(review: Review, key: str) -> Source:
    """By its key, or by the original key of a record linked into it (a team's own citation key)."""
    source = review.store.source(key) or review.store.source(review.store.record_key_aliases().get(key, ""))
    if source is None:
        raise NotFound(f"source '{key}' is not in this review{nearest(key, review.store.source_keys())}.")
    return source


@writes
def edit_source(review: Review, key: str, changes: dict, note: str = "") -> SourceDetail:
    """`cmo sources edit`: correct what the export got wrong; the fields set are kept in `edited`,
    so a re-ingest or a duplicate linked later never overwrites them (`cmo.bib.linking.link_record`)."""
    source = get_source(review, key)
    changes = _checked_changes({k: v for k, v in changes.items() if v is not None})
    if "type" in changes and "grey" not in changes and "grey" not in source.edited:
        changes["grey"] = is_grey(changes["type"])
    before = {name: getattr(source, name) for name in changes}
    edited = source.model_copy(update={**changes, "edited": sorted(set(source.edited) | set(changes))})
    with review.store.transaction():
        review.store.put_sources([edited])
        review.store.record_decision(
            Decision(
                action="source-edit",
                targets=[source.key],
                note=note,
                before=before,
                after=changes,
                round=review.store.current_round(),
            )
        )
    return source_detail(review, edited)


def _checked_changes(changes: dict) -> dict:
    if not changes:
        raise CmoError("nothing to edit: give --type, --grey or --peer-reviewed, --year or --title.")
    if "type" in changes:
        changes["type"] = changes["type"].strip().lower()
        if changes["type"] not in SOURCE_TYPES:
            raise BadInput(f"--type '{changes['type']}' is not a source type; choose one of {', '.join(SOURCE_TYPES)}.")
    if "year" in changes and not 1000 <= changes["year"] <= int(now_iso()[:4]) + 1:
        raise BadInput(f"--year {changes['year']} is not a publication year.")
    if "title" in changes:
        changes["title"] = " ".join(changes["title"].split())
        if not changes["title"]:
            raise BadInput("--title is empty; give the source's title.")
    return changes
