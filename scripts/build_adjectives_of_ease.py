"""Build cmo/synthesis/english/adjectives_of_ease.txt: the adjectives that say how hard something is to act on.

Why. A mechanism coded without its subject is given "people" or "they" (`cmo.synthesis.wording._with_its_subject`).
Trial CG's pack read "Where the app is co-designed with nurses, people are easy to use" and "In a leaflet given at the
appointment, people are easy to understand": an adjective of ease or difficulty followed by a verb that lacks its
object ("easy to use", "hard to read on a phone") says what is done to its subject, the thing, not what people do.
"Able to attend", "willing to try", "keen to help" are no such adjectives: their subject does the verb.

The adjectives, from WordNet 3.0: the head adjectives WordNet gives the attribute "difficulty" or "easiness"
("difficult", "hard", "easy") and the adjectives it gives as similar to them ("simple", "tricky", "effortless").

Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_adjectives_of_ease.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import WORDNET, write_list

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "adjectives_of_ease.txt"
EASE = ("04709253", "04708113")  # the noun synsets "difficulty" and "easiness", attributes of "difficult" and "easy"
WORD = re.compile(r"[a-z]+")


def main() -> int:
    if not (WORDNET / "data.adj").exists():
        print("needs WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    heads: set[str] = set()
    words: dict[str, list[str]] = {}  # a head's offset, and "of" + a head's offset: its words, its similar ones' words
    for line in (WORDNET / "data.adj").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        head = line.partition(" | ")[0]
        fields = head.split()
        lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(int(fields[3], 16))]
        if any(f"= {attribute} n" in head for attribute in EASE):
            heads.add(fields[0])
            words.setdefault(fields[0], []).extend(lemmas)
        elif fields[2] == "s" and (similar := re.search(r"& (\d{8}) a", head)):
            words.setdefault("of " + similar.group(1), []).extend(lemmas)
    ease = {w for h in heads for w in (*words.get(h, []), *words.get("of " + h, [])) if WORD.fullmatch(w)}
    about = "Adjectives of difficulty or ease: 'easy to use' says what is done to its subject. See the script."
    write_list(OUTPUT, "build_adjectives_of_ease.py", about, [" ".join(sorted(ease))])
    print(f"wrote {len(ease)} adjectives to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
