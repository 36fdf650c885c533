"""RH3, rerunning trial CP and a care-home review on the integrated code: a first round's pack told its readers "we
show how strong the evidence is and why, the sources it rests on, any evidence that goes against it. Then we ask…": a
list with no "and" before its last item, the "and" belonging to the later rounds' "…, and what changed since round 1".
The first round's list now ends "… and any evidence that goes against it"; a later round's keeps its own last item."""

from __future__ import annotations

import re
from html import unescape


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_first_packs_list_of_what_it_shows_ends_with_and(demo):
    said = _text((demo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8"))
    assert "the sources it rests on and any evidence that goes against it. Then we ask" in said


def test_a_later_packs_list_ends_with_what_changed(demo):
    """Must not fire: round 2's list keeps 'what changed' as its last item, after 'and'."""
    demo(
        "configs",
        "edit",
        "C1",
        "--title",
        "Video consultations save older people a journey",
        "--move",
        "reconcile",
        "--note",
        "t",
    )
    demo("round", "close", code=None)
    demo("pack", code=None)
    said = _text((demo.folder / "packs" / "pack-round-2.html").read_text(encoding="utf-8"))
    assert "the sources it rests on, any evidence that goes against it, and what changed since round 1." in said
