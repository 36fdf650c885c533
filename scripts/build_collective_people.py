"""Build cmo/synthesis/english/collective_people.txt: nouns WordNet glosses as people taken collectively, with no
plural ending ("youth": "young people collectively"; "clergy", "elderly", "needy", "royalty").

Why. A title is told in the present for its subject's number (`cmo.synthesis.wording._in_the_present`). A coded
mechanism "youth learned the FREEDOM steps" was titled "Youth learns the FREEDOM steps" (helper CU): "youth" has no
plural ending, so it was read as one, where the coder meant young people. Such a noun agrees as a plural or a singular
as the writer means it, which a past form does not say; the title keeps the coder's tense.

The rule: a one-word lemma of a group sense (WordNet's noun.group) whose gloss, before its first example, says it is
people or persons "collectively" ("young people collectively", "people who are old collectively"), or is a plural noun
for people (cmo's `english/people.txt`) "collectively" ("clergymen collectively", "rabbis collectively").

Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_collective_people.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import WORDNET, write_list

ENGLISH = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english"
OUTPUT = ENGLISH / "collective_people.txt"
WORD = re.compile(r"[a-z]+")
GROUP = "14"
"""WordNet's lexicographer file for groups (noun.group)."""


def main() -> int:
    data = WORDNET / "data.noun"
    if not data.exists():
        print("needs WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    people = {
        word
        for line in (ENGLISH / "people.txt").read_text(encoding="utf-8").splitlines()
        if line[:1] != "#"
        for word in line.split()
    }
    found: set[str] = set()
    for line in data.read_text(encoding="latin-1").splitlines():
        if line[:1] == " " or "|" not in line:
            continue
        fields, gloss = line.split("|", 1)
        parts = fields.split()
        if parts[1] != GROUP:
            continue
        gloss = gloss.split(";")[0].lower()
        words = re.findall(r"[a-z]+", gloss)
        if "collectively" not in words:
            continue
        if not ({"people", "persons"} & set(words) or any(word in people for word in words)):
            continue
        count = int(parts[3], 16)
        lemmas = [parts[4 + 2 * k].lower() for k in range(count)]
        found |= {lemma for lemma in lemmas if WORD.fullmatch(lemma)}
    about = "Nouns WordNet glosses as people collectively, with no plural ending ('youth', 'clergy'). See the script."
    write_list(OUTPUT, "build_collective_people.py", about, [" ".join(sorted(found))])
    print(f"wrote {len(found)} nouns to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
