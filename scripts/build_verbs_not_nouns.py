"""Build cmo/synthesis/english/verbs_not_nouns.txt: base forms used as a verb at least twenty times as often as a noun.

Why. An outcome coded as a verb phrase without its subject ("give feedback to staff") is worded with one ("so they give
feedback to staff"), but a noun phrase ("care quality for patients") is not (`cmo.synthesis.wording._lacks_its_subject`).
cmo's word forms tag "give", "offer", "build" as nouns too, as they may be, so "which leads to give feedback to staff"
went to a reference group (trial LK 5). What tells "give" from "care" is how they are used: SemCor, WordNet's corpus of
tagged uses, has "give" 780 times as a verb and once as a noun; "care" 85 and 17 times, "support" 84 and 43. A word used
as a verb twenty times as often as a noun, or more, is read as a verb at the start of an outcome.

The counts are WordNet 3.0's `cntlist.rev` (SemCor's tagged uses of each sense), summed per word and part of speech.
Only words WordNet has as a noun too are listed (a verb only is a verb already: `word_forms.txt` tags it so).

Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_verbs_not_nouns.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from wordnet_lists import WORDNET, write_list

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "verbs_not_nouns.txt"
TIMES = 20
"""How many times as often as a noun a word must be used as a verb."""
AT_LEAST = 20
"""How many uses as a verb a word must have before its counts are trusted."""
WORD = re.compile(r"[a-z]+")


def main() -> int:
    counts = WORDNET / "cntlist.rev"
    if not counts.exists():
        print("needs WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    nouns: Counter[str] = Counter()
    verbs: Counter[str] = Counter()
    for line in counts.read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma, _, sense = key.partition("%")
        kind = sense.split(":")[0]
        if kind == "1":
            nouns[lemma] += int(count)
        elif kind == "2":
            verbs[lemma] += int(count)
    listed_as_nouns = {
        line.split(" ", 1)[0] for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines() if line[:1] != " "
    }
    words = sorted(
        word
        for word, used in verbs.items()
        if WORD.fullmatch(word) and word in listed_as_nouns and used >= AT_LEAST and used >= TIMES * nouns[word]
    )
    about = f"Base forms SemCor tags as a verb at least {TIMES} times as often as a noun ('give'; not 'care'). See the script."
    write_list(OUTPUT, "build_verbs_not_nouns.py", about, [" ".join(words)])
    print(f"wrote {len(words)} words to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
