"""Which members give a configuration its key contexts, beyond supporting it as worded (`evidence.supporting_contexts`):
not a member whose context lacks the very thing the configuration works through, nor one naming a study only its own
source names (trials AO 2, AP). Apart from `members` so the evidence rules can read it without importing back."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from cmo.models import Configuration, Statement


def gives_key_context(member: Statement, config: Configuration, statements: Mapping[str, Statement]) -> bool:
    """Whether a member that supports a configuration as it is worded (`evidence.supporting_contexts`) gives it a key
    context: not where its context denies what the configuration rests on (`denies_its_resource`), nor where it names one
    study (`names_one_study`). Key contexts tell a reader where the finding holds and are read as the synthesis's."""
    return not denies_its_resource(member, config) and not names_one_study(member.context or "", member.source, statements)


def denies_its_resource(member: Statement, config: Configuration) -> bool:
    """Whether a member's context denies a thing the configuration's own words say is there, the resource it works by:
    a word its title or mechanism asserts that the member's context says is missing ("no", "without", "lack":
    `wording.said_and_denied`), read by stem, so that "no follow-up" denies "a health worker follows them up" and "no
    supervisor" denies "supportive supervision". That context is where the resource was absent, so where the
    configuration was not seen to hold, whatever its outcome says (trial AO 2: "screening with referral but no follow-up"
    was listed as key to "follow-up by a known CHW gets people to the clinic"). A word of its context counts too where
    the member denies the thing itself ("no supervisor" beside "workers who receive supervision"), not one kind of it:
    "not offered a trained interpreter" is where people "rely on friends to interpret", not its opposite. A thing the
    configuration itself denies (one worded from its deficit: "no supervisor → unsure what to advise") is no resource of
    it, so a member saying it missing says it as worded; an aside in brackets ("who receive (or lack) supervision") is
    not what it says."""
    from cmo.synthesis.terms import terms  # the stems the evidence rules read words by
    from cmo.synthesis.wording import _DENIALS, said_and_denied

    def stems(words: Iterable[str]) -> set[str]:
        return {stem for word in words for stem in terms(word)}

    context = member.context or ""
    said, denied_words = said_and_denied(context)
    denied = stems(denied_words) - stems(said)  # "not part of the health care team" says health
    if not denied:
        return False
    every_word = said_and_denied(" ".join(w for w in context.split() if w.casefold().strip(",;:()") not in _DENIALS))[0]
    of_a_kind = bool(every_word - said - denied_words)  # "not offered a trained interpreter": words besides the thing
    asserted: set[str] = set()
    its_denials: set[str] = set()
    for part in ("title", "mechanism", "context"):
        its_said, its_denied = said_and_denied(_ASIDE.sub(" ", getattr(config, part) or ""))
        if part != "context" or not of_a_kind:
            asserted |= stems(its_said)
        its_denials |= stems(its_denied)
    denied -= its_denials  # what the configuration itself says is missing, its member says as worded
    return any(_same_stem(one, other) for one in denied for other in asserted)


_ASIDE = re.compile(r"\([^()]*\)")
"""A parenthesis, an aside to what a configuration's words say: "workers who receive (or lack) regular supervision"
rests on supervision received."""


_SHORTEST_SHARED_STEM = 5
"""How long a stem one word's must begin with to be the same word's ("supervis" of "supervisor"); shorter stems
("care" of "career") begin other words."""
_LONGEST_ENDING = 2
"""How much longer the other stem may be: an ending ("supervis-or"), not another word ("mother-hood")."""


def _same_stem(one: str, other: str) -> bool:
    shorter, longer = sorted((one, other), key=len)
    return shorter == longer or (
        len(shorter) >= _SHORTEST_SHARED_STEM and longer.startswith(shorter) and len(longer) - len(shorter) <= _LONGEST_ENDING
    )


_ACRONYM = re.compile(r"(?<![\w-])[A-Z]+(?:-[A-Z]+)*(?![\w-])")
"""A name written in capitals and hyphens ("OPTI-SCRIPT", "EMPOWER", "D-PRESCRIBE"); not one with figures, which names a
condition or a version ("COVID-19", "H1N1")."""
_SHORTEST_STUDY_NAME = 4
"""Shorter capitals ("UK", "USA", "HIV", "NHS") are no study's name (`names_one_study`)."""


def names_one_study(context: str, source: str, statements: Mapping[str, Statement]) -> bool:
    """Whether a context names one study: a name written in capitals ("GPs in the OPTI-SCRIPT practices") that the
    statements of no source but its own say (`statements`: the review's), a trial's or programme's acronym. A key context
    is read as where the synthesis holds, and a study's own name tells the reader one study instead (trial AP). A name
    two sources say ("The NHS in England", "people with NCDs") names a service or a condition, not a study; so do names
    joined by a hyphen of which each is short or said by another source ("an NCD-HIV clinic"), as short capitals
    ("UK", "HIV") abbreviate a place, a condition or a service far more often than they name a trial."""
    names = set(_ACRONYM.findall(context))
    if not names:
        return False
    by_source: dict[str, list[str]] = {}
    for statement in statements.values():
        by_source.setdefault(statement.source, []).append(
            f"{statement.context} {statement.mechanism} {statement.outcome} {statement.quote}"
        )
    others = " \n ".join(" ".join(texts) for key, texts in by_source.items() if key != source)

    def said_elsewhere(name: str) -> bool:  # "NCDs" says NCD
        return bool(re.search(rf"(?<![\w-]){re.escape(name)}(?:'?s)?(?![\w-])", others))

    return any(
        not said_elsewhere(name)
        and any(len(part) >= _SHORTEST_STUDY_NAME and not said_elsewhere(part) for part in name.split("-"))
        for name in names
    )
