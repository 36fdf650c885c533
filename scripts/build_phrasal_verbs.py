"""Build cmo/synthesis/english/phrasal_verbs.txt: WordNet's phrasal verbs, a verb and an adverb particle ("hand_over",
"drop_out", "give_up", "look_after").

Why. A context coded as a clause about one person ("GP hands over a social problem with little explanation") was read
as a noun phrase, "hands" a plural noun before a preposition ("home visits after discharge"), and framed as a place:
"In GP hands over a social problem…" (helper CS, a). What tells "hands over" from "visits after" is that English has
the verb "hand over" and no verb "visit after": WordNet lists phrasal verbs as lemmas of two words joined by "_".

A lemma is kept where its first word is a verb WordNet lists alone and its second is a word WordNet lists as an adverb
("over", "out", "up", "after", "in"): a particle. A verb and a preposition ("care_for", "deal_with") is left out, as a
preposition after a plural noun is as common ("support for carers").

Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_phrasal_verbs.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import WORDNET, write_list

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "phrasal_verbs.txt"
WORD = re.compile(r"[a-z]+")


def _lemmas(name: str) -> set[str]:
    lines = (WORDNET / name).read_text(encoding="latin-1").splitlines()
    return {line.split(" ", 1)[0] for line in lines if line[:1] != " "}


def main() -> int:
    if not (WORDNET / "index.verb").exists():
        print("needs WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    verbs, adverbs = _lemmas("index.verb"), _lemmas("index.adv")
    found = []
    for lemma in verbs:
        parts = lemma.split("_")
        if len(parts) == 2 and all(WORD.fullmatch(part) for part in parts) and parts[0] in verbs and parts[1] in adverbs:
            found.append(lemma)
    words = sorted(found)
    about = "Phrasal verbs, a verb and an adverb particle joined by '_' ('hand_over'; not 'care_for'). See the script."
    write_list(OUTPUT, "build_phrasal_verbs.py", about, [" ".join(words)])
    print(f"wrote {len(words)} phrasal verbs to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
