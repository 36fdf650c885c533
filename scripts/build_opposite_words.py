"""Build cmo/synthesis/english/opposite_words.txt: pairs of words WordNet gives as each other's antonym where one is
the other with a prefix that negates it ("satisfaction" and "dissatisfaction", "happy" and "unhappy", "employment" and
"unemployment", "ability" and "inability").

Why. Two members of one configuration whose outcomes say opposite things count as support unless cmo reads them as
opposite (`cmo.synthesis.evidence.opposite_outcomes`), and it read directions ("more" / "fewer"), denials and verbs of
turning away, never a word and its negation: "carer satisfaction" beside "carer dissatisfaction" both counted as
support (re-check RF 1). A prefix alone cannot tell a negation ("inpatient" is no "patient" denied, "discharge" no
"charge" undone), and a hand-written list never covers the next topic: WordNet's antonym pointers do, and only pairs
that are the same word with a negating prefix are kept, so "young" and "old", "day" and "night", which an outcome may
say of different people, are not. An antonym's synset lends its other words ("safe" is given "dangerous", whose synset
holds "unsafe"), and two words WordNet derives from such a pair ("engage", "disengage": "engagement", "disengagement")
are a pair too. A word used mostly as an adverb ("well", "even", "just") is no pair of a negation that is none
("unwell", "uneven", "unjust").

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time: the script writes one pair a line, read when two outcomes are compared.

It also writes english/no_change_words.txt: the participles of those pairs negated by their prefix that WordNet glosses as
a change denied ("unaffected": "undergoing no change when acted upon"; "unmodified": "not changed in form or
character"), or whose word without the prefix it glosses as a change ("altered": "changed in form"). Such a participle says
the thing stayed as it was, no change, as "unchanged" does, where another ("unvaccinated", "unanswered") says a thing
was left undone (`cmo.synthesis.evidence.reports_left_undone`).

Run it after changing the rule, and commit the files it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_opposite_words.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import wordnet_lists
from wordnet_lists import WORDNET, write_list

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "opposite_words.txt"
NO_CHANGE = OUTPUT.with_name("no_change_words.txt")
CHANGE_DENIED = re.compile(r"\b(?:no|not)\b(?:\s+\w+){0,3}\s+(?:chang|alter|differen)\w*")
"""A gloss that denies a change: "undergoing no change", "not changed in form", "not made or become different"."""
A_CHANGE = re.compile(r"(?:chang|alter)\w*|made (?:or become )?different")
"""A gloss that opens with a change: "changed in form or character", "made or become different in some respect"."""
PARTS = ("noun", "verb", "adj", "adv")
NEGATING = ("dis", "un", "in", "im", "il", "ir", "non", "mis")


def synsets(part: str) -> dict[str, tuple[list[str], list[tuple[str, str, str, str]]]]:
    """Each synset of a part of speech (`wordnet_lists.synsets`): its words and its pointers (symbol, target offset,
    source/target numbers, the target's part of speech)."""
    return {
        offset: (words, [(symbol, target, numbers, kind) for symbol, target, kind, numbers in pointers])
        for offset, (_, words, pointers) in wordnet_lists.synsets(part).items()
    }


def negated_by_prefix(one: str, other: str) -> bool:
    """Whether one word is the other with a negating prefix, a hyphen after it or not ("non-smoker")."""
    for longer, shorter in ((one, other), (other, one)):
        for prefix in NEGATING:
            if longer in (prefix + shorter, f"{prefix}-{shorter}"):
                return True
    return False


def pairs() -> set[tuple[str, str]]:
    """Each antonym WordNet gives of a word, and each other word of the antonym's synset, kept where one is the other
    with a negating prefix: "safe" is given "dangerous" as its antonym, whose synset also holds "unsafe". Then the words
    WordNet derives from the two of such a pair of verbs or adjectives that are themselves the same word with the same
    prefix: "engage" and "disengage" give "engagement" and "disengagement", which WordNet pairs with no antonym."""
    read = {part: synsets(part) for part in PARTS}
    found, derived = set(), {}
    for of_part in read.values():
        for words, pointers in of_part.values():
            for number, word in enumerate(words, 1):
                derived.setdefault(word, set()).update(
                    read[_PART_OF[kind]][target][0][int(numbers[2:], 16) - 1]
                    for symbol, target, numbers, kind in pointers
                    if symbol == "+" and int(numbers[:2], 16) == number and target in read[_PART_OF[kind]]
                )
            for symbol, target, numbers, _ in pointers:
                if symbol != "!" or target not in of_part:
                    continue
                source, at = int(numbers[:2], 16), int(numbers[2:], 16)
                one, antonym = words[source - 1], of_part[target][0][at - 1]
                for other in {antonym, *of_part[target][0]}:  # "safe" / "dangerous", "unsafe"
                    if "_" not in one + other and negated_by_prefix(one, other):
                        found.add(tuple(sorted((one, other), key=len)))
    for one, other in list(found):
        prefix = other.removesuffix(one)  # "dis" of "engage" / "disengage"; "" where the prefix is hyphenated or not one's
        if not prefix or prefix + one != other:
            continue
        for made in derived.get(one, ()):
            if prefix + made in derived.get(other, ()) and "_" not in made:  # "engagement" / "disengagement"
                found.add((made, prefix + made))
    return found


def glosses(part: str) -> dict[str, str]:
    """Each synset's gloss, up to its first example or second definition."""
    found = {}
    for line in (WORDNET / f"data.{part}").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" ") and " | " in line:
            found[line.split(" ", 1)[0]] = line.split(" | ", 1)[1].split(";")[0]
    return found


def no_change(pairs: set[tuple[str, str]]) -> set[str]:
    """The participles negated by a prefix among the `pairs` that WordNet glosses as a change denied
    (`CHANGE_DENIED`: "unaffected", "unmodified") or whose word without the prefix it glosses as a change (`A_CHANGE`:
    "altered" is "changed in form or character", so "unaltered"). A word of being unable to change ("unchangeable",
    "inalterable") is no participle, and says no result."""
    adjectives, said = synsets("adj"), glosses("adj")
    glossed: dict[str, list[str]] = {}
    for offset, (words, _) in adjectives.items():
        for word in words:
            glossed.setdefault(word, []).append(said.get(offset, ""))
    return {
        negated
        for plain, negated in pairs
        if negated.endswith("ed")
        and (
            any(CHANGE_DENIED.search(gloss) for gloss in glossed.get(negated, ()))
            or any(A_CHANGE.match(gloss) for gloss in glossed.get(plain, ()))
        )
    }


def words_of(part: str) -> set[str]:
    """The words of a part of speech in WordNet's index."""
    lines = (WORDNET / f"index.{part}").read_text(encoding="latin-1").splitlines()
    return {line.split(" ")[0] for line in lines if not line.startswith(" ")}


def mostly_adverbs() -> set[str]:
    """Words WordNet's sense-tagged counts (`cntlist.rev`) find used more often as an adverb than as any other part of
    speech: "well", "even", "just" say how or how much, so "the service worked well" is no opposite of "patients felt
    unwell", where "unwell" is no adverb. A pair of two adverbs ("happily", "unhappily") is kept."""
    counts: dict[str, list[int]] = {}
    for line in (WORDNET / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split(" ")
        lemma, kind = key.split("%")[0], key.split("%")[1][0]
        counts.setdefault(lemma, [0, 0])[kind == "4"] += int(count)
    return {lemma for lemma, (other, adverb) in counts.items() if adverb > other}


_PART_OF = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}


def main() -> int:
    if not (WORDNET / "data.noun").exists():
        print("needs WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    mostly, adverbs = mostly_adverbs(), words_of("adv")
    found = sorted(pair for pair in pairs() if not any(a in mostly and b not in adverbs for a, b in (pair, pair[::-1])))
    about = "A word and its antonym that is the word with a negating prefix, one pair a line."
    write_list(OUTPUT, "build_opposite_words.py", about, [f"{one} {other}" for one, other in found])
    print(f"wrote {len(found)} pairs to {OUTPUT}")
    unchanged = sorted(no_change(set(found)))
    about = "Participles negated by a prefix that WordNet glosses as a change denied: no change, as unchanged. See the script."
    write_list(NO_CHANGE, "build_opposite_words.py", about, [" ".join(unchanged)])
    print(f"wrote {len(unchanged)} words to {NO_CHANGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
