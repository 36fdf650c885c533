"""Build cmo/synthesis/english/opposite_words.txt: pairs of words WordNet gives as each other's antonym where one is
the other with a prefix that negates it ("satisfaction" and "dissatisfaction", "happy" and "unhappy", "employment" and
"unemployment", "ability" and "inability").

Why. Two members of one configuration whose outcomes say opposite things count as support unless cmo reads them as
opposite (`cmo.synthesis.evidence.opposite_outcomes`), and it read directions ("more" / "fewer"), denials and verbs of
turning away, never a word and its negation: "carer satisfaction" beside "carer dissatisfaction" both counted as
support (re-check RF 1). A prefix alone cannot tell a negation ("inpatient" is no "patient" denied, "discharge" no
"charge" undone), and a hand-written list never covers the next topic: WordNet's antonym pointers do, and only pairs
that are the same word with a negating prefix are kept, so "young" and "old", "day" and "night", which an outcome may
say of different people, are not.

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time: the script writes one pair a line, read when two outcomes are compared.

Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_opposite_words.py
"""

from __future__ import annotations

import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "opposite_words.txt"
PARTS = ("noun", "verb", "adj", "adv")
NEGATING = ("dis", "un", "in", "im", "il", "ir", "non", "mis")


def synsets(part: str) -> dict[str, tuple[list[str], list[tuple[str, str, str]]]]:
    """Each synset of a part of speech: its words and its pointers (symbol, target offset, source/target numbers)."""
    found = {}
    for line in (WORDNET / f"data.{part}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" ")
        count = int(fields[3], 16)
        words = [word.split("(")[0].lower() for word in fields[4 : 4 + 2 * count : 2]]
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * k], fields[at + 2 + 4 * k], fields[at + 4 + 4 * k]) for k in range(int(fields[at]))]
        found[fields[0]] = (words, pointers)
    return found


def negated_by_prefix(one: str, other: str) -> bool:
    """Whether one word is the other with a negating prefix, a hyphen after it or not ("non-smoker")."""
    for longer, shorter in ((one, other), (other, one)):
        for prefix in NEGATING:
            if longer in (prefix + shorter, f"{prefix}-{shorter}"):
                return True
    return False


def pairs() -> set[tuple[str, str]]:
    found = set()
    for part in PARTS:
        read = synsets(part)
        for words, pointers in read.values():
            for symbol, offset, numbers in pointers:
                if symbol != "!" or offset not in read:
                    continue
                source, target = int(numbers[:2], 16), int(numbers[2:], 16)
                one, other = words[source - 1], read[offset][0][target - 1]
                if "_" not in one + other and negated_by_prefix(one, other):
                    found.add(tuple(sorted((one, other), key=len)))
    return found


def main() -> int:
    if not (WORDNET / "data.noun").exists():
        print("needs WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    found = sorted(pairs())
    lines = [
        "# Built by scripts/build_opposite_words.py from WordNet 3.0 (Debian wordnet-base); do not edit.",
        "# A word and its antonym that is the word with a negating prefix, one pair a line.",
        *(f"{one} {other}" for one, other in found),
    ]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(found)} pairs to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
