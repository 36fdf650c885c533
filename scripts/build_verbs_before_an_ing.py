"""Build cmo/synthesis/english/verbs_before_an_ing.txt: verbs WordNet gives the frame "Somebody ----s VERB-ing" ("starts
missing visits", "stops attending clinics", "keeps coming back", "avoids asking for help"), each with its third person.

Why. An outcome coded as one person's next act opens with a verb's third person that is a plural noun too ("starts",
"stops", "keeps"), and what follows tells the two apart (`cmo.synthesis.wording._a_bare_object`): a verb after it makes
the first word a noun ("needs assessment completed late"). After such a verb an -ing form is its object and a verb in
its own right ("starts missing visits": "visits" is what is missed), so the pack read "patient feels fobbed off, which
leads to starts missing visits" (trial RH2). WordNet 3.0's verb frames say which verbs take an -ing form as their
object: frame 33, given to a synset as a whole or to one of its words.

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_verbs_before_an_ing.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import WORDNET, write_list

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "verbs_before_an_ing.txt"
WORD = re.compile(r"[a-z]+")
VERB_ING = "33"  # WordNet's frame "Somebody ----s VERB-ing"


def verbs_before_an_ing() -> list[str]:
    found = set()
    for line in (WORDNET / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" ")
        count = int(fields[3], 16)
        words = [word.split("(")[0].lower() for word in fields[4 : 4 + 2 * count : 2]]
        at = 4 + 2 * count
        at += 1 + 4 * int(fields[at])
        if at >= len(fields) or not fields[at].isdigit():
            continue
        for k in range(int(fields[at])):
            frame, number = fields[at + 2 + 3 * k], int(fields[at + 3 + 3 * k], 16)
            if frame == VERB_ING:
                found |= set(words) if number == 0 else {words[number - 1]}
    return sorted(word for word in found if WORD.fullmatch(word))


def main() -> int:
    if not (WORDNET / "data.verb").exists():
        print("needs WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    verbs = verbs_before_an_ing()
    lines = [f"{verb} {verb}{'es' if re.search(r'(?:s|x|z|ch|sh)$', verb) else 's'}" for verb in verbs]
    about = "Verbs WordNet gives the frame 'Somebody ----s VERB-ing', with their third person. See the script."
    write_list(OUTPUT, "build_verbs_before_an_ing.py", about, lines)
    print(f"wrote {len(verbs)} verbs to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
