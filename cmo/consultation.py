"""Consulting the expert reference group: packs out, feedback in.

`cmo.packs` renders and `cmo.feedback` parses, both pure; this module reads the review for
them and stores what comes back, so a round's feedback can be cited by later decisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cmo.errors import CmoError
from cmo.feedback import parse_feedback_files, summarise, write_feedback_template
from cmo.files import atomic_write_text, refuse_mismatched_suffix
from cmo.models import FeedbackItem
from cmo.packs import build_pack
from cmo.refine import get_round
from cmo.review import Review
from cmo.strength import evidence_strength


def _review_meta(review: Review) -> dict:
    settings = review.settings
    return {"title": review.title, "question": review.config.get("question", ""),
            "respond_by": settings.get("respond_by", ""), "contact": settings.get("contact", "")}


def default_pack_path(review: Review, round_number: int, domain: str | None, group: str | None) -> Path:
    parts = [f"pack-round-{round_number}"] + [p for p in (domain, group) if p]
    return review.folder / "packs" / ("-".join(parts) + ".html")


def make_pack(review: Review, round_number: int | None = None, domain: str | None = None,
              group: str | None = None, output: Path | None = None, today: date | None = None) -> Path:
    """Render the pack for a closed round (default: the latest) and write it atomically."""
    snapshot = get_round(review, round_number)
    domain_slug = review.resolve_domain(domain) if domain else None
    group_slug = review.resolve_group(group) if group else None
    store = review.store
    previous = next((r.configurations for r in store.rounds() if r.number == snapshot.number - 1), None)
    statements = {s.id: s for s in store.statements()}
    sources = {s.key: s for s in store.sources()}
    html = build_pack(
        _review_meta(review), review.domains, review.groups, snapshot.number, snapshot.configurations, previous,
        statements, sources, store.history(), store.feedback(),
        lambda config: evidence_strength(config, statements, sources),
        domain=domain_slug, group=group_slug, today=today,
    )
    path = output or default_pack_path(review, snapshot.number, domain_slug, group_slug)
    refuse_mismatched_suffix(path, "html", {"html": (".html", ".htm")}, "HTML", option=None)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, html)
    return path


@dataclass
class FeedbackImport:
    added: list[FeedbackItem] = field(default_factory=list)
    repeated: int = 0
    round: int = 0

    def as_dict(self) -> dict:
        return {"added": len(self.added), "repeated": self.repeated, "round": self.round,
                "feedback": [item.id for item in self.added]}


def _group_labels(review: Review) -> dict[str, str]:
    return {g["slug"]: str(g.get("name", g["slug"])) for g in review.groups}


def import_feedback(review: Review, paths: list[Path], round_number: int | None = None) -> FeedbackImport:
    """Feedback answers the latest closed round unless told otherwise; all files or none."""
    snapshot = get_round(review, round_number)
    known = {c.id for c in snapshot.configurations if not c.retired}
    items = parse_feedback_files(paths, known, snapshot.number, groups=_group_labels(review))
    if not items:
        raise CmoError(f"{', '.join(p.name for p in paths)}: no answers found; nothing was imported.")
    with review.store.transaction():
        added, repeated = review.store.add_feedback(items)
    return FeedbackImport(added=added, repeated=repeated, round=snapshot.number)


def feedback_summary(review: Review, round_number: int | None = None) -> list[dict]:
    snapshot = get_round(review, round_number)
    return summarise(review.store.feedback(snapshot.number), snapshot.configurations)


def feedback_template(review: Review, path: Path, round_number: int | None = None) -> Path:
    snapshot = get_round(review, round_number)
    write_feedback_template(path, snapshot.configurations, snapshot.number, _group_labels(review))
    return path
