"""Build cmo/synthesis/english/country_initialisms.txt (the initialisms WordNet gives as a country's name).

Why. `cmo round close --check` names a configuration of several sources still worded in one study's words that name
that study's own place ("For providers in a large Dar es Salaam referral hospital…"), but passes over a word in capitals,
since an acronym ("COVID-19", "NHS") names a condition or a service as often as a place. A country's initialism is a
place all the same: trial CV's four-study configuration went to the group as "For US veterans, VA hospital-in-home…",
one American study's people, beside studies from Spain, and the check said nothing. WordNet knows which initialisms
are a country's name: a lemma in capitals of a synset that is an instance of a kind of country ("US", "USA" of the
United States, "UK", "PRC", "USSR"); the states and cities it also abbreviates ("MS", "MI", "PA", "VA") are left out,
as in a health statement they are as often a condition, a role or a service ("MS", multiple sclerosis).

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time: the script writes one line of words.

Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_country_initialisms.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import WORDNET, write_list

ENGLISH = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english"
OUTPUT = ENGLISH / "country_initialisms.txt"
COUNTRY = ["country", "state", "land"]
"""The synset of "a politically organized body of people under a single government", as WordNet lists its lemmas."""


def nouns() -> dict[str, tuple[list[str], list[tuple[str, str]]]]:
    """Each noun synset by its offset: its lemmas as WordNet writes them, and its hypernym pointers (`@`, and `@i` of an
    instance) to other nouns."""
    found = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" ")
        count = int(fields[3], 16)
        lemmas = [re.sub(r"\(.*\)$", "", word) for word in fields[4 : 4 + 2 * count : 2]]
        at = 4 + 2 * count
        pointers = [tuple(fields[at + 1 + 4 * k : at + 3 + 4 * k]) for k in range(int(fields[at]))]
        found[fields[0]] = (lemmas, [(symbol, offset) for symbol, offset in pointers if symbol in ("@", "@i")])
    return found


def main() -> int:
    if not (WORDNET / "data.noun").exists():
        print(f"WordNet is not in {WORDNET}: apt-get install wordnet-base", file=sys.stderr)
        return 2
    synsets = nouns()
    country = {offset for offset, (lemmas, _) in synsets.items() if lemmas[:3] == COUNTRY}

    def kinds(offset: str) -> set[str]:
        seen: set[str] = set()
        todo = [offset]
        while todo:
            for _, up in synsets[todo.pop()][1]:
                if up not in seen:
                    seen.add(up)
                    todo.append(up)
        return seen

    words = {
        lemma
        for offset, (lemmas, pointers) in synsets.items()
        if any(symbol == "@i" for symbol, _ in pointers) and kinds(offset) & country
        for lemma in lemmas
        if lemma.isalpha() and lemma.isupper() and len(lemma) > 1
    }
    about = "Initialisms WordNet gives as a country's name (an instance of a kind of country). See the script."
    write_list(OUTPUT, "build_country_initialisms.py", about, [" ".join(sorted(words))])
    print(f"{OUTPUT}: {len(words)} initialisms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
