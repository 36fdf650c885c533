"""What says a change looked for did not come ("did not prevent depression", "little effect on health outcomes"): read
by the sentences (`wording`: such an outcome is joined with "but") and by the sides (`evidence.reports_no_change`: a
configuration of null findings), from this one small module, so a listing that asks the second never loads the first's
rules for writing sentences (helper G1's check made `configs list` of the example load them: 814 → 956 M instructions)."""

from __future__ import annotations

import re

from cmo.normalise import lazy_pattern

_DID_NOT_CHANGE = lazy_pattern(
    r"\b(?:not|never|n't)\s+(?:\w+ly\s+)?(?:prevent|reduce|improve|increase|decrease|change|affect|alter|lower|raise|"
    r"shorten|lengthen|lead|result|differ|make\s+a\s+difference)\w*|\b(?:no|little|negligible|minimal)\s+(?:\w+\s+)?"
    r"(?:effect|difference|change|impact|"
    r"improvement|benefit|reduction|increase)s?\b",
    re.I,
)


def a_change_that_did_not_come(outcome: str) -> bool:
    """Whether an outcome says the change looked for did not come (a verb of change or effect denied: "the programme
    did not prevent depression", "no effect on adherence", `_DID_NOT_CHANGE`): what a mechanism led to it is not, so
    the sentence joins it with "but", never "so" (trial AN read "students learn problem-solving skills, so the
    programme did not prevent depression"). A denial that is itself what follows ("so they do not seek help") keeps
    "so". "Little", "negligible" or "minimal" effect or change says so as "no" does ("little effect on health
    outcomes"); `evidence.reports_no_change` reads it to tell a configuration of null findings (helper G1). A clause
    saying the outcome held alike across groups of the people (`alike_across_groups`: "no difference by mother's
    education") denies no change."""
    return bool(_DID_NOT_CHANGE.search(alike_across_set_aside(outcome)))


_ALIKE_ACROSS = lazy_pattern(
    r"(?:\bno|\bnot|n't|n t|\bnever|\blittle|\bwithout)\s+(?:\w+\s+){0,3}?"
    r"(?:differ\w*|var(?:y|ies|ied|ying|iation\w*)|gradients?)\b"
    r"|(?<!\bno )(?<!\bnot )(?<!\bn t )(?<!n't )\b(?:similar|comparable|equal|alike|consistent|the same)\b",
    re.I,
)
_ACROSS = lazy_pattern(
    r"(?<!made )(?<!caused )\b(?:by|across|among|amongst|regardless of|irrespective of)\s+(?P<groups>.+)", re.I
)
_NOT_GROUPS = lazy_pattern(
    r"^(?:the |a |an |each |either |both |two |three )?(?:groups?|arms?|conditions?)$"
    r"|\b(?:control\w*|comparison|comparator|usual|standard|placebo|sham|arms?|allocat\w*|randomi[sz]\w*|assign\w*|intervention\w*|treatment|"
    r"trials?|stud(?:y|ies)|reviews?|papers?|analys[ie]s|evaluations?|sources?|"
    r"baseline|before|after|end|time|times|day|days|week\w*|month\w*|year|years|follow\w*|"
    r"whether|received|given|offered|sent|attended|used|doses?|dosage|methods?|modes?|formats?|programmes?|programs?)\b"
    r"|\d",
    re.I,
)
"""What a "by" or "across" after a denied difference names when it is no group of the people or setting: a trial's
arms, a time ("no difference by 12 months", "by the end of the year"), the bare "group" a trial's arm is called, the
studies a review reads ("no consistent improvement across the reviews": the evidence, not the people, varied), or
what was done for them, which is the change looked for: people parted by whether they had it or what they were given,
sent or attended ("no difference in recovery by whether they had peer support", "among those who received the
leaflet"), or by its dose, method, mode, format or programme (helper RH5: such nulls were set aside as subgroups)."""


_THAT_DONE_BY = lazy_pattern(r"\s+(?:to|with)\s+(?:that|those)\s+(?:\w+ly\s+)?\w+\s+by\b", re.I)
"""A likeness to another's result ("similar to that achieved by the comparison schools", "comparable to those seen by
doctors"): the "by" names who achieved the result compared with (an arm, another kind of provider), never groups of
the people across which the outcome held alike (helper RH4: I1's subgroup rule took "the comparison schools" for
groups, so a null against a trial's comparison arm was counted on neither side)."""


def alike_across_groups(clause: str) -> bool:
    """Whether a clause says the outcome held alike across groups of the people or setting: a difference denied, or a
    likeness said, BY, ACROSS or AMONG a characteristic of them ("no difference in uptake by school size", "no difference
    by mother's education", "readmission did not vary by age group", "similar across ethnic groups"). Such a finding is
    no null result about the change: a subgroup comparison, it says the outcome came alike for all of them, never that
    it did not come, so it is no evidence against a configuration (trial H7: two such were listed as contradicting the
    configurations they support). Not where the groups are a trial's arms or a time (`_NOT_GROUPS`: "no difference by
    treatment group", "no difference by 12 months"), nor a denied difference "made by" something (an agent), nor
    "between" (which compares the arms as often as groups of people), nor the "by" of another's result compared with
    (`_THAT_DONE_BY`: "similar to that achieved by the comparison schools"), all null results still."""
    found = _ALIKE_ACROSS.search(clause)
    if not found:
        return False
    across = _ACROSS.search(clause, found.end())
    if across and _THAT_DONE_BY.match(clause, found.end(), across.start() + 3):
        across = _ACROSS.search(clause, across.start() + 3)  # the other result's "by": who achieved it
    return bool(across) and not _NOT_GROUPS.search(across.group("groups").strip())


_CLAUSES = lazy_pattern(r"\s*[,;|]\s*")


def alike_across_set_aside(outcome: str) -> str:
    """An outcome without its clauses that say it held alike across groups of the people (`alike_across_groups`): what
    is left says whether the outcome came ("high uptake, no difference by mother's education" → "high uptake"; nothing
    left where that is all it says). Read wherever a null is read (`a_change_that_did_not_come`,
    `evidence.outcome_is_negative`, `evidence.compares_null`), so the one finding is read alike by each."""
    if not _ALIKE_ACROSS.search(outcome) or not _ACROSS.search(outcome):
        return outcome
    return ", ".join(part for part in _CLAUSES.split(outcome) if part and not alike_across_groups(part))
