"""Consulting the expert reference group: packs out, feedback in.

`cmo.outputs.packs` renders and `cmo.sheets.feedback` parses, both pure; this module reads the review for
them and stores what comes back, so a round's feedback can be cited by later decisions.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cmo.commands.rounds import get_round
from cmo.files import atomic_write_text, refuse_mismatched_suffix
from cmo.outputs.packs import build_pack
from cmo.review import Review
from cmo.synthesis.strength import evidence_strength


def _review_meta(review: Review) -> dict:
    settings = review.settings
    return {
        "title": review.title,
        "question": review.config.question,
        "respond_by": settings.respond_by,
        "contact": settings.contact,
    }


def default_pack_path(review: Review, round_number: int, domain: str | None, group: str | None) -> Path:
    parts = [f"pack-round-{round_number}"] + [p for p in (domain, group) if p]
    return review.folder / "packs" / ("-".join(parts) + ".html")


def make_pack(
    review: Review,
    round_number: int | None = None,
    domain: str | None = None,
    group: str | None = None,
    output: Path | None = None,
    today: date | None = None,
) -> Path:
    """Render the pack for a closed round (default: the latest) and write it atomically."""
    snapshot = get_round(review, round_number)
    domain_slug = review.resolve_domain(domain) if domain else None
    group_slug = review.resolve_group(group) if group else None
    store = review.store
    previous = next((r.configurations for r in store.rounds() if r.number == snapshot.number - 1), None)
    statements = {s.id: s for s in store.statements()}
    sources = {s.key: s for s in store.sources()}
    html = build_pack(
        _review_meta(review),
        review.domains,
        review.groups,
        snapshot.number,
        snapshot.configurations,
        previous,
        statements,
        sources,
        store.history(),
        store.feedback(replaced=True),  # a replaced answer a configuration cites is quoted as the team chose it
        lambda config: evidence_strength(config, statements, sources),
        domain=domain_slug,
        group=group_slug,
        today=today,
        verified=_verified_quotes(review),
    )
    path = output or default_pack_path(review, snapshot.number, domain_slug, group_slug)
    refuse_mismatched_suffix(path, "html", {"html": (".html", ".htm")}, "HTML", option=None)
    if output is None:  # the review's own packs/ folder is made when first needed; a folder the user names must exist
        path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, html)
    return path


def _verified_quotes(review: Review) -> frozenset[str]:
    """Statements whose quote is in their source's attached full text: the pack marks them."""
    if not review.store.fulltexts():
        return frozenset()
    from cmo.commands.fulltext import verify

    return frozenset(c.statement for c in verify(review) if c.status in ("verified", "other_page"))
