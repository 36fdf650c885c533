"""Build cmo/synthesis/english/not_people.txt: plural nouns with the ending of a noun for people that name things.

Why. A title says "they" and a context opens "For …" when its words name people, and cmo reads a plural ending in
-ers, -ors, -ists, -ians, -ants, -ents, -ees as a noun for people ("caregivers", "pharmacists", "participants":
`cmo.synthesis.wording._is_person`). Many such words name things: "vouchers", "reminders", "posters", "folders",
"stickers", "lists", "grants", "plants", "ingredients". A hand-written list of them grows with every trial and never
covers the next topic, so this script asks WordNet which of them name something other than a person.

The rule, one sentence: a noun with a person's ending names people unless WordNet gives it no sense that is a person
("waiver", "folder", "sticker", "checklist"), or most of its uses in WordNet's tagged corpus (SemCor's sense counts) are
senses that are no person ("reminder", "poster", "flyer", "grant", "plant"). A noun SemCor never tagged keeps the
ending's reading when one of its senses is a person: WordNet orders and counts "smoker" (a person, a party, a railway
car) as it does "voucher" (a person who vouches, two documents), so it cannot tell which a review means. A word WordNet
lacks ("prescribers") keeps the ending's reading too.

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time: the script writes one line of words, read only when a sentence asks whether a word is people.

Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_not_people.py
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "not_people.txt"
PERSON = 18  # noun.person, WordNet's lexicographer file for nouns that name people
WORD = re.compile(r"[a-z]+")
PERSON_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "iaries", "lords")


def plural(lemma: str) -> str:
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + ("es" if lemma.endswith(("s", "x", "ch", "sh")) else "s")


def sense_files() -> dict[str, int]:
    """Each noun synset's offset and its lexicographer file."""
    files = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            offset, file_number, _ = line.split(" ", 2)
            files[offset] = int(file_number)
    return files


def tag_counts() -> dict[tuple[str, int], int]:
    """How often SemCor tagged each (lemma, sense number) of a noun."""
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for line in (WORDNET / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, sense, count = line.split()
        lemma, _, kind = key.partition("%")
        if kind.startswith("1:"):
            counts[lemma, int(sense)] += int(count)
    return counts


def names_things(lemma: str, senses: list[int], counts: dict[tuple[str, int], int]) -> bool:
    """No sense of the noun is a person, or most of the uses SemCor tagged are senses that are none."""
    if PERSON not in senses:
        return True
    weights = [counts.get((lemma, number), 0) for number in range(1, len(senses) + 1)]
    people = sum(weight for weight, file in zip(weights, senses, strict=True) if file == PERSON)
    return people * 2 < sum(weights)


def main() -> int:
    if not (WORDNET / "index.noun").exists():
        print("needs WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    files, counts = sense_files(), tag_counts()
    things = set()
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, count = fields[0], int(fields[2])
        word = plural(lemma)
        if WORD.fullmatch(lemma) and word.endswith(PERSON_ENDINGS) and not word.endswith("ments"):
            if names_things(lemma, [files[offset] for offset in fields[-count:]], counts):
                things.add(word)
    lines = [
        "# Built by scripts/build_not_people.py from WordNet 3.0 (Debian wordnet-base); do not edit.",
        "# Plural nouns with the ending of a noun for people that mostly name something else. See the script for the rule.",
        " ".join(sorted(things)),
    ]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(things)} words to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
