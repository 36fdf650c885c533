"""What a configuration's members decide about it: its groups, its coded domain and which of their contexts are key.

Kept apart from `merge` (numpy, scipy) so the everyday commands that only look at configurations
(`configs list`, `code import`) do not load the merging machinery. Imports `evidence` only inside its functions, so
that `evidence` may ask `gives_key_context` (evidence is read by every command; this module by fewer).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from cmo.models import Configuration, Statement


def groups_of(member_ids: Iterable[str], statements: dict[str, Statement]) -> list[str]:
    """The stakeholder groups a configuration concerns: those its statements are tagged for."""
    return sorted({g for sid in member_ids if sid in statements for g in statements[sid].groups})


def majority_domain(members: list[Statement]) -> tuple[str, float] | None:
    """The domain most of the members are coded to, with its share; None when none is coded or two tie."""
    coded = Counter(s.domain for s in members if s.domain)
    if not coded:
        return None
    ranked = sorted(coded.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0], ranked[0][1] / sum(coded.values())


def with_groups(config: Configuration, statements: dict[str, Statement]) -> Configuration:
    """The configuration with its groups taken again from the statements that support it now: a contradicting
    member's group is whom it did not hold for, never one it is especially relevant to (as for key contexts).

    Groups are derived data: nothing lets a person set them, so they follow the members. Should
    a person ever set them (`"groups"` in `edited`), theirs are kept, as for every other field.
    """
    from cmo.synthesis.evidence import supporting_ids

    if "groups" in config.edited:
        return config
    groups = groups_of(supporting_ids(config, statements), statements)
    return config if groups == config.groups else config.model_copy(update={"groups": groups})


WORDED_ELEMENTS = ("context", "mechanism", "outcome")


def stale_elements(config: Configuration, members: Iterable[Statement]) -> list[str]:
    """The elements whose words no member says any more (the statement it was worded from left, or its coder rewrote
    it), not a person's wording (`edited`): then the configuration is worded again, whole, from one member
    (`centrality.wording_member`). Wording a member still says stays, and an element no member gave stays empty, so a
    split, a detach or a refine never rewords a configuration behind the team's back, nor stitches it from two."""
    members = list(members)
    return [
        element
        for element in WORDED_ELEMENTS
        if element not in config.edited
        and (text := (getattr(config, element) or "").strip())
        and not any((getattr(member, element) or "").strip() == text for member in members)
    ]


def title_follows(config: Configuration, stale: Iterable[str]) -> bool:
    """Whether a configuration worded again (`stale`: the elements worded again) takes the title its new words give
    (`wording.title_for`): a title nobody wrote follows whichever of its words changed, as `configs edit` retitles it, since
    a title is made from the outcome or the context too (a configuration coded with no mechanism is titled by its
    outcome; "They…" by the people its context names): trial LH's kept "More mothers attend four antenatal visits" over
    an outcome reworded to "mothers book their first antenatal visit earlier", as only a stale mechanism retitled it. A
    title a person wrote (`edited`) never changes."""
    return "title" not in config.edited and (not config.title or any(True for _ in stale))


def keeps_words(config: Configuration, consulted: Iterable[str]) -> bool:
    """Whether a configuration keeps its words whatever members leave it: the team accepted it, or a round sent it to
    the reference group, whose ratings are of these words (trial V: deleting the statement C2 was worded from reworded
    it under the round's five "agree" answers). A person rewords it ('cmo configs edit'); every path that rewords a
    configuration asks this (`configs.release`, `split`)."""
    return config.accepted or config.id in set(consulted)


def still_saying(config: Configuration, ranked: list[Statement]) -> list[Statement]:
    """Of the members a configuration may be worded again from (`ranked`, most central first), those that still say the
    most of its words (not a person's, `edited`), when any says one: after a coder rewrites part of the statement a
    configuration was worded from, it is worded again from that statement, not from one that joined since (trial N: a
    pinned configuration took a newer member's mechanism and outcome though its own member still said its outcome)."""

    def said(member: Statement) -> int:
        return sum(
            1
            for element in WORDED_ELEMENTS
            if element not in config.edited
            and (text := (getattr(config, element) or "").strip())
            and (getattr(member, element) or "").strip() == text
        )

    counts = [said(member) for member in ranked]
    most = max(counts, default=0)
    return [member for member, count in zip(ranked, counts) if count == most] if most else ranked


def consulted_pinned(configs: list[Configuration], consulted: set[str]) -> list[Configuration]:
    """A configuration a round sent to the reference group is pinned: the group rated these words and members, so refine
    keeps them and only suggests (or adds a new statement of its domain), never rewords or re-forms it unasked."""
    return [c.model_copy(update={"pinned": True}) if c.id in consulted and not c.pinned else c for c in configs]
