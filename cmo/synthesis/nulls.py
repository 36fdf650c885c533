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
    outcomes"); `evidence.reports_no_change` reads it to tell a configuration of null findings (helper G1)."""
    return bool(_DID_NOT_CHANGE.search(outcome))
