"""Consulting the expert reference group: packs out, feedback in.

`cmo.outputs.packs` renders and `cmo.sheets.feedback` parses, both pure; this module reads the review for
them and stores what comes back, so a round's feedback can be cited by later decisions.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from cmo.commands.rounds import get_round, placed_by_people
from cmo.files import atomic_write_text, refuse_mismatched_suffix
from cmo.outputs.packs import build_pack
from cmo.outputs.tables import round_numbers
from cmo.review import Review
from cmo.synthesis.strength import evidence_strength
from cmo.views import PackWritten


def _review_meta(review: Review) -> dict:
    settings = review.settings
    return {
        "title": review.title,
        "question": review.config.question,
        "respond_by": settings.respond_by,
        "contact": settings.contact,
        "short_forms": settings.short_forms,
        "spell_out_short_forms": settings.spell_out_short_forms,
        "reference_group": settings.reference_group,
    }


def default_pack_path(review: Review, round_number: int, domain: str | None, group: str | None) -> Path:
    """`packs/pack-round-1.html`, `…-1-safety.html` for a domain, `…-1-cyp.html` for a group; a group whose slug is a
    domain's too is `…-1-group-carers.html` (trial Z: the group's pack overwrote the domain's, without a word)."""
    if group and group in review.domain_slugs():
        group = f"group-{group}"
    parts = [f"pack-round-{round_number}"] + [p for p in (domain, group) if p]
    return review.folder / "packs" / ("-".join(parts) + ".html")


def make_pack(
    review: Review,
    round_number: int | None = None,
    domain: str | None = None,
    group: str | None = None,
    output: Path | None = None,
    today: date | None = None,
    *,
    fresh: bool = False,
) -> PackWritten:
    """Write the pack of a closed round (default: the latest) atomically: as it was first written, which is what the
    group was sent, whatever the evidence became since (an exclusion, a reworded statement); `fresh` renders it from
    the review as it is now instead, and keeps the pack as sent for the next plain `cmo pack`."""
    snapshot = get_round(review, round_number)
    domain_slug = review.resolve_domain(domain) if domain else None
    group_slug = review.resolve_group(group) if group else None
    path = output or default_pack_path(review, snapshot.number, domain_slug, group_slug)
    refuse_mismatched_suffix(path, "html", {"html": (".html", ".htm")}, "HTML", option=None)
    kept = review.store.kept_pack(snapshot.number, domain_slug, group_slug) or _written_before(review, snapshot.number, path)
    html = _render(review, snapshot, domain_slug, group_slug, today) if fresh or kept is None else kept[0]
    if kept is None and not review.store.read_only:
        with review.store.transaction():  # the first pack written for a closed round is the one it sends
            review.store.keep_pack(snapshot.number, domain_slug, group_slug, html)
    elif kept is not None and not review.store.read_only and not review.store.kept_pack(snapshot.number, domain_slug, group_slug):
        with review.store.transaction():  # a pack written before cmo kept them, found where cmo wrote it
            review.store.keep_pack(snapshot.number, domain_slug, group_slug, kept[0])
    if output is None:  # the review's own packs/ folder is made when first needed; a folder the user names must exist
        path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, html)
    rendered = fresh or kept is None
    untitled = str(review.folder / "review.yaml") if rendered and review.untitled else ""
    return PackWritten(
        path=str(path), round=snapshot.number, kept_since=kept[1][:10] if kept else "", fresh=fresh, untitled=untitled
    )


def _written_before(review: Review, round_number: int, path: Path) -> tuple[str, str] | None:
    """A pack cmo wrote for this round where it writes them, before a review kept its packs (schema 8): that file is
    what the group was sent. Its date is the file's."""
    default = default_pack_path(review, round_number, None, None).parent
    if path.parent != default or not path.is_file():
        return None
    text = path.read_text(encoding="utf-8", errors="replace")
    if '<meta name="generator" content="cmo">' not in text[:4000] or f", round {round_number}</title>" not in text[:4000]:
        return None
    from datetime import datetime

    return text, datetime.fromtimestamp(path.stat().st_mtime).date().isoformat()


_SHOWN_NUMBER = re.compile(r"CMO (\d+\.\d+) \(([A-Z]+\d+)\)")
"""A configuration as a pack names it (`tables.finding_name`): "CMO 1.2 (C4)"."""


def numbers_as_sent(review: Review, before: int | None = None) -> list[dict[str, str]]:
    """The numbers each closed round's tables gave its configurations, oldest first (before round `before` only, when
    given): as the round's pack kept as sent showed them, the number the group quotes, else as `tables.round_numbers`
    gives them. A pack sent before numbers stayed put numbered each domain in id order; it is read as it was sent."""
    rounds = [r for r in review.store.rounds() if before is None or r.number < before]
    return round_numbers(rounds, review.domains, {r.number: shown for r in rounds if (shown := _shown_numbers(review, r.number))})


def _shown_numbers(review: Review, round_number: int) -> dict[str, str]:
    """The numbers a closed round's kept pack named its configurations by (the whole round's pack, else a domain's or
    a group's: all are numbered alike); empty when no pack was kept."""
    shown: dict[str, str] = {}
    wanted = [(None, None), *((d.slug, None) for d in review.domains), *((None, g.slug) for g in review.groups)]
    for domain, group in wanted:
        if kept := review.store.kept_pack(round_number, domain, group):
            for number, config_id in _SHOWN_NUMBER.findall(kept[0]):
                shown.setdefault(config_id, f"CMO {number}")
    return shown


def _render(review: Review, snapshot, domain_slug: str | None, group_slug: str | None, today: date | None) -> str:
    store = review.store
    previous = next((r.configurations for r in store.rounds() if r.number == snapshot.number - 1), None)
    statements = {s.id: s for s in store.statements()}
    sources = {s.key: s for s in store.sources()}
    return build_pack(
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
        lambda config: evidence_strength(config, statements, sources, for_the_group=True),
        domain=domain_slug,
        group=group_slug,
        today=today,
        verified=_verified_quotes(review),
        earlier=numbers_as_sent(review, before=snapshot.number + 1),  # as the group was sent them, kept
        placed=placed_by_people(review, snapshot.configurations),
    )


def _verified_quotes(review: Review) -> frozenset[str]:
    """Statements whose quote is in their source's attached full text: the pack marks them."""
    if not review.store.fulltexts():
        return frozenset()
    from cmo.commands.fulltext import verify

    return frozenset(c.statement for c in verify(review) if c.status in ("verified", "other_page"))
