"""Build cmo/synthesis/english/verbs_before_a_clause.txt: the past forms of verbs WordNet gives the frame "Somebody
----s that CLAUSE" ("believed", "feared", "thought", "felt"), less those WordNet lists as adjectives too ("perceived",
"expected", "assumed", "trusted").

Why. A mechanism coded without its subject often opens with what the people believed, their "that" left out:
"believed restraint kept pts safe", "feared staff would judge them". Such a verb's past form then stands before a
clause of its own (a noun, then its verb), and the pack read "In nursing homes…, believed restraint kept pts safe", as
if "believed restraint" were a thing (helper G1). A past form that is an adjective too describes the noun after it
("perceived stigma reduced attendance", "expected benefits outweighed the cost": a clause with its own subject), so it
is left out; `cmo.synthesis.wording._a_mind_and_what_it_held` reads only those of the list that are mostly what a mind
does (`verbs_of_the_mind`).

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files, and SCOWL's
British English word list in `wbritish`, which tells which spelling of a regular past form is a word; cmo depends on
neither at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base wbritish && .venv/bin/python scripts/build_verbs_before_a_clause.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_lists import DICTIONARY, WORDNET, build_list, senses, verbs_with_frame

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "verbs_before_a_clause.txt"
THAT_CLAUSE = "26"  # WordNet's frame "Somebody ----s that CLAUSE"


def _irregular_pasts() -> dict[str, set[str]]:
    """Each verb's irregular inflected forms by WordNet's exceptions (`verb.exc`: "thought think")."""
    found: dict[str, set[str]] = {}
    for line in (WORDNET / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, *bases = line.split()
        for base in bases:
            found.setdefault(base, set()).add(form)
    return found


def _regular_pasts(verb: str) -> set[str]:
    if verb.endswith("e"):
        return {verb + "d"}
    if len(verb) > 1 and verb.endswith("y") and verb[-2] not in "aeiou":
        return {verb[:-1] + "ied"}
    return {verb + "ed", verb + verb[-1] + "ed"}


def pasts_before_a_clause() -> list[str]:
    words = set(DICTIONARY.read_text(encoding="utf-8").split())
    adjectives = set(senses("adj"))
    irregular = _irregular_pasts()
    found = set()
    for verb in verbs_with_frame(THAT_CLAUSE):
        forms = {form for form in irregular.get(verb, set()) if not form.endswith("ing") and not form.endswith("s")}
        forms |= {form for form in _regular_pasts(verb) if form in words}
        found |= {form for form in forms if form not in adjectives}
    return sorted(found)


def main() -> int:
    about = "Past forms of verbs WordNet gives the frame 'Somebody ----s that CLAUSE', none an adjective. See the script."
    return build_list(OUTPUT, "build_verbs_before_a_clause.py", about, pasts_before_a_clause, counted="past forms")


if __name__ == "__main__":
    sys.exit(main())
