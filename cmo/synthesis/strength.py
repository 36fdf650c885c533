"""How strong is the evidence behind a configuration: one rule, written down, used everywhere.

Which sources support and which contradict is `cmo.synthesis.evidence`, as in every table and pack.
The rule (also in the README) weighs each supporting source by its appraisal:
rigour high 1.0, medium 0.6, low 0.3, not yet appraised 0.5; a source rated low for
relevance counts half. Grey literature is named in the reason but not discounted twice: its
rigour rating already says how far it can be trusted.

- strong:    weight 2.5 or more from at least 3 sources, 2 or more of them peer-reviewed,
             and fewer contradicting sources than a third of the supporting ones;
- moderate:  weight 1.2 or more from at least 2 sources, contradicted by fewer sources than support it;
- contested: as many contradicting sources as supporting ones (or more);
- limited:   anything else with a counted source behind it (one source, or only low-rigour evidence);
- none:      no included source supports it (say, its only study was excluded at screening): not a finding yet,
             so packs and the report set it apart rather than present it beside real findings.

A contradicting source that also supports it does not make it contested on its own: a study that reports the
outcome followed for some people and not for others shows a difference between contexts within that study, not a
contested evidence base, and the reason says so (trial P: "Supporting: Williams 2022. Contradicting: Williams 2022" was
labelled contested). It still counts against it where strong and moderate count contradicting sources.

A source excluded at screening counts on neither side, and the reason says how many were left out: its
statements stay in their configurations (nothing is detached behind the reviewer's back) until detached. A source
not yet screened, or screened "maybe", counts (nobody has decided otherwise), and the reason says how many of the
supporting ones are not yet included or excluded.

A member whose outcome reads as not following, which nobody has marked, counts on neither side
(`evidence.undecided_ids`), as does one whose outcome followed beside a configuration worded as a null finding
(`evidence.followed_beside_null`); the reason names it with the two commands that decide it.

Feedback cited as evidence (`cmo configs cite`) is named in the reason but does not change the
label: it is the group's judgement of the configuration, not an independent study.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from cmo.models import Configuration, SourceStanding, Statement
from cmo.normalise import listed
from cmo.synthesis.evidence import (
    UNDECIDED_BECAUSE,
    null_members,
    sources_telling_no_outcome,
    supporting_sources,
    undecided_because,
    undecided_ids,
)
from cmo.views import counted

RIGOUR_WEIGHT = {"high": 1.0, "medium": 0.6, "low": 0.3, None: 0.5}

NO_EVIDENCE = "none"
"""The label of a configuration no included source supports."""
LABELS = ("strong", "moderate", "contested", "limited", NO_EVIDENCE)
"""Every label the rule gives, from the most evidence behind a configuration to none (what a drawing keeps first)."""
LABEL_WORDS = {NO_EVIDENCE: "no included evidence"}
"""A label shown in other words than its own: "none" alone reads as a missing value."""


def evidence_strength(
    config: Configuration,
    statements: Mapping[str, Statement],
    sources: Mapping[str, SourceStanding],
    sides: tuple[list[str], list[str]] | None = None,
    undecided: list[str] | None = None,
    for_the_group: bool = False,
    untold: list[str] | None = None,
) -> tuple[str, str]:
    """(label, why): the why is one plain sentence a stakeholder can read. `sources`: whole sources or their standing
    (`Store.source_standings`), which is all the rule reads; `sides`: `supporting_sources`, and `undecided`: `undecided_ids`, and
    `untold`: `sources_telling_no_outcome`, when known. `for_the_group`: the why a consultation pack gives the reference group,
    which names no statement id and no command the team types (trial CD: a pack read "'cmo code mark S16 --supporting C2'")."""
    support, against = sides or supporting_sources(config, statements)
    excluded = {key for key in (*support, *against) if key in sources and sources[key].status == "excluded"}
    support, against = [k for k in support if k not in excluded], [k for k in against if k not in excluded]
    known = [sources[key] for key in support if key in sources]
    weight = sum(_weight(source) for source in known)
    peer = sum(1 for source in known if not source.grey)
    grey = len(known) - peer
    both = [key for key in against if key in support]  # for some people and not others: a difference within the study
    contesting = [key for key in against if key not in support]
    if not known:
        label = NO_EVIDENCE
    elif len(contesting) >= len(support):
        label = "contested"
    elif len(known) >= 3 and peer >= 2 and weight >= 2.5 and len(against) * 3 < len(known):
        label = "strong"
    elif len(known) >= 2 and weight >= 1.2 and len(against) < len(known):
        label = "moderate"
    else:
        label = "limited"
    opposing = [sources[key] for key in contesting if key in sources]
    undecided = undecided_ids(config, statements) if undecided is None else undecided
    counted_members = [
        sid
        for sid in config.statements
        if sid not in undecided and sid not in config.contradicting and not getattr(statements.get(sid), "detached", False)
    ]
    nulls = null_members(config, statements, counted_members) if known else []
    why = _why(len(known), peer, grey, known, len(contesting), len(both), contested=label == "contested", opposing=opposing)
    if nulls:  # a configuration of null findings: its sources found no change, never "support it" (helper G1)
        one = len(known) == 1
        found = f"{len(known)} source{'' if one else 's'} report{'s' if one else ''} the outcome did not follow, as it says"
        why = found + why[why.index(" it") + 3 :]
        if not for_the_group:
            why = why[:-1] + f"; a null finding: 'cmo code mark {nulls[0]} --supporting {config.id}' counts it as support."
    if excluded:
        why = why[:-1] + f"; {counted(len(excluded), 'excluded source')} not counted."
    unscreened = sum(1 for source in known if source.status == "unscreened")
    if unscreened:  # counted, as the team has not decided otherwise; said, so no one takes it for a screened study
        why = why[:-1] + f"; {unscreened} of them not yet included or excluded at screening."
    untold = sources_telling_no_outcome(config, statements) if untold is None else untold
    if silent := [key for key in untold if key not in excluded]:
        one = len(silent) == 1
        said = f"{counted(len(silent), 'source')} {'tells' if one else 'tell'} no outcome of it, so "
        said += f"{'it is' if one else 'they are'} not counted"
        why = why[:-1] + (f"; {said}." if for_the_group else f"; {said} ({', '.join(silent)}).")
    if undecided:
        if for_the_group:
            said = undecided_for_the_group(undecided)
        else:
            causes = {sid: undecided_because(statements[sid], config, statements) for sid in undecided if sid in statements}
            said = undecided_words(undecided, config.id, causes)
        why = why[:-1] + f"; {said}."
    if config.feedback_evidence:
        count = len(config.feedback_evidence)
        why = why[:-1] + f"; the reference group's feedback is cited {count} time{'s' if count != 1 else ''}."
    return label, why


def undecided_words(undecided: list[str], config_id: str, why: Mapping[str, str] | None = None) -> str:
    """The members counted on neither side (`undecided_ids`), with the two commands that decide each: what the label's
    reason says wherever it is shown (`configs show`/`list`, packs, the report, exports). `why`: each member's reading
    (`evidence.undecided_because`), so the reason names the one that applied to each (helper H2: four were listed as
    possible); the four are named only where none was read (a listing of standings)."""
    one = len(undecided) == 1
    tail = (
        f"{'counts' if one else 'count'} on neither side until a person marks {'it' if one else 'each'}: "
        f"'cmo code mark {undecided[0]} --supporting {config_id}' or '--contradicting {config_id}'"
    )
    read = {sid: (why or {}).get(sid, "") for sid in undecided}
    if all(read.values()):
        groups: dict[str, list[str]] = {}
        for sid, key in read.items():
            groups.setdefault(key, []).append(sid)
        said = "; ".join(
            f"{listed(ids) + ', as ' if len(groups) > 1 else ''}{_said_of(UNDECIDED_BECAUSE[key], len(ids))}"
            for key, ids in groups.items()
        )
        return f"{listed(undecided)} {'is' if one else 'are'} not yet decided, as {said}, and {tail}"
    return (
        f"{listed(undecided)} {'is' if one else 'are'} not yet decided, as "
        f"{'its outcome and the configuration' if one else 'their outcomes and the configuration'}'s go opposite ways "
        "(one says the outcome followed, the other that it did not), tell of things going worse in words naming nothing "
        "the configuration's outcome names, find no difference between two kinds of provider where the configuration "
        "says one kind makes the difference, find no change in a thing no other names, or the evidence it tells of is "
        "uncertain, and " + tail
    )


def _said_of(reason: str, members: int) -> str:
    """A reason of `UNDECIDED_BECAUSE`, said of one member or of several ("S2 and S3 are not yet decided, as their
    outcomes and the configuration's go opposite ways", not "as its outcome"; helper RH4)."""
    if members == 1:
        return reason
    for one, several in (("its outcome", "their outcomes"), ("it tells", "they tell"), ("it finds", "they find")):
        reason = reason.replace(one, several)
    return reason


def undecided_for_the_group(undecided: list[str]) -> str:
    """The members counted on neither side (`undecided_ids`), as a pack tells the reference group: how many, and that
    the team has yet to weigh them; the ids and commands of `undecided_words` are the team's."""
    if len(undecided) == 1:
        return (
            "1 finding whose outcome goes the other way, or is uncertain, is not yet weighed: the review team has yet to "
            "decide whether "
            "it supports it or goes against it"
        )
    return (
        f"{len(undecided)} findings whose outcomes go the other way, or are uncertain, are not yet weighed: the review "
        "team has yet to "
        "decide whether each supports it or goes against it"
    )


_PROTOCOL_TITLE = re.compile(
    r"\b(?:study|trial|review|evaluation|research)\s+protocol\b"  # "study protocol for a cluster randomised trial"
    r"|\bprotocol\s+(?:for|of)\s+(?:a|an)\s+(?:[\w-]+\s+){0,6}?(?:trial|study|review|evaluation|synthesis)\b"
    r"|^\s*protocol\s*:|:\s*(?:a\s+)?protocol\s*$",
    re.IGNORECASE,
)
_PROTOCOL_JOURNAL = re.compile(r"\bprotocols\b", re.IGNORECASE)  # JMIR Research Protocols, Systematic Reviews' are titled so


def reports_no_findings(title: str, container: str = "") -> bool:
    """A study protocol, by its title or its journal's ("… study protocol for a cluster randomised trial", "Protocol for
    a realist evaluation of…", JMIR Research Protocols): it says what a study will do, not what it found. Not a title
    that names a protocol as what was studied ("A nurse-led protocol for the management of sepsis")."""
    return bool(_PROTOCOL_TITLE.search(title) or _PROTOCOL_JOURNAL.search(container))


def _rigour_of(sources: list[SourceStanding], before: str = "", after: str = "") -> str:
    """How many of these sources are of each rigour ("1 of high rigour, 2 of medium rigour, 1 not yet appraised"), or
    nothing when none is appraised: the one wording for the sources for a configuration and those against it."""
    rated = [s.appraisal.rigour for s in sources if s.appraisal.rigour]
    if not rated:
        return ""
    counts = {level: rated.count(level) for level in ("high", "medium", "low") if rated.count(level)}
    unrated = [f"{len(sources) - len(rated)} not yet appraised"] if len(rated) < len(sources) else []  # trial AM 20
    return before + ", ".join([*(f"{n} of {level} rigour" for level, n in counts.items()), *unrated]) + after


def _weight(source: SourceStanding) -> float:
    weight = RIGOUR_WEIGHT.get(source.appraisal.rigour, 0.5)
    return weight / 2 if source.appraisal.relevance == "low" else weight


def _why(
    count: int,
    peer: int,
    grey: int,
    known: list[SourceStanding],
    against: int,
    both: int = 0,
    contested: bool = False,
    opposing: list[SourceStanding] | None = None,
) -> str:
    """The label's one sentence, which agrees with the label: where other sources contest it, a supporting study that also
    reports where it did not follow is named as such, never as "not contested evidence" (trial AL 9). The rigour of the
    sources against it is said as that of those for it (`opposing`): "4 of medium rigour; 1 source reports the outcome
    did not follow" hid that the one against was a high-rigour trial (trial AN 14)."""
    if count == 0:
        said = (
            f"; {counted(against, 'source')} {'reports' if against == 1 else 'report'} the outcome did not follow"
            f"{_rigour_of(opposing or [], ' (', ')')}"
            if against
            else ""
        )
        return f"No included source supports it yet{said}."
    parts = [f"{count} source{'s' if count != 1 else ''} support{'s' if count == 1 else ''} it"]
    kinds = []
    if peer:
        kinds.append(f"{peer} peer-reviewed")
    if grey:
        kinds.append(f"{grey} grey literature")
    parts[0] += f" ({', '.join(kinds)})"
    if rigour := _rigour_of(known):
        parts.append(rigour)
    if against:
        parts.append(
            f"{against} source{'s' if against != 1 else ''} report{'s' if against == 1 else ''} the outcome did not follow"
            f"{_rigour_of(opposing or [], ' (', ')')}"
        )
    if both:  # counted as support only: one study's contexts differ, which does not contest it
        if count == 1:
            which = "the supporting study" if against else "that study"
        else:
            which = f"{both} of them"
        verb = f"also report{'s' if both == 1 else ''} where it did not follow"
        parts.append(
            f"{which} {verb}, which alone would not contest it" if contested else f"{which} {verb}: not contested evidence"
        )
    return "; ".join(parts) + "."
