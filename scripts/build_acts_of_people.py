"""Build cmo/synthesis/english/acts_of_people.txt: verbs only a person does, by WordNet's verb frames.

Why. A mechanism coded as a noun phrase is made the subject of an outcome coded as a verb and its object
(`cmo.synthesis.wording._a_noun_phrases_verb`: "peer support reduces stigma"). Trial CG's pack read "In uncertain
diagnosis, …, fear of serious consequences - better safe than sorry prescribes abx": a fear does not prescribe; the
dentists do. The rule, one sentence: a verb every sense of which WordNet frames with a person as its subject
("Somebody ----s something", "Somebody ----s to somebody") and none with a thing ("Something ----s something",
"Something ----s", "It ----s that CLAUSE") is an act of people ("prescribe", "withhold", "choose", "book"), so a
mechanism that names no people is no subject for it. Verbs things do too ("reduce", "encourage", "prompt", "limit",
"attend") have a frame with "Something" as their subject; verbs framed with a person as their object too ("train",
"convince", "persuade") are left out, as a course trains people.

Only a mechanism whose head is a state of mind is held no subject for them: a noun every WordNet sense of which is a
feeling, a thought or a motive (noun.feeling, noun.cognition, noun.motive: "fear", "belief", "worry"), as a contract
or a policy (one of whose senses is a document) may be said to "prioritise" or "prescribe" something. Written here:
line `acts`, the verbs; line `minds`, the nouns.

Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_acts_of_people.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import WORDNET, write_list

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "acts_of_people.txt"
NOT_A_PERSON = {"01", "03", "04", "05", "06", "10", "11", "12", "34", "35"}  # frames whose subject is "Something" or "It"
A_PERSON_AFTER = {"09", "14", "17", "18", "20", "24", "25", "30"}  # frames with a person as the verb's object
MIND = {"09", "12", "16"}  # noun.cognition, noun.feeling, noun.motive
WORD = re.compile(r"[a-z]+")


def main() -> int:
    if not (WORDNET / "data.verb").exists():
        print("needs WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    frames: dict[str, set[str]] = {}
    for line in (WORDNET / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        head = line.partition(" | ")[0].split()
        at = 4 + 2 * int(head[3], 16)
        at += 1 + 4 * int(head[at])
        frames[head[0]] = {head[at + 2 + 3 * i] for i in range(int(head[at]))}
    acts = set()
    for line in (WORDNET / "index.verb").read_text(encoding="latin-1").splitlines():
        fields = line.split()
        if line.startswith(" ") or not WORD.fullmatch(fields[0]):
            continue
        senses = [frames[offset] for offset in fields[-int(fields[2]) :]]
        if all(senses) and not set().union(*senses) & (NOT_A_PERSON | A_PERSON_AFTER):
            acts.add(fields[0])
    lexicographer = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            lexicographer[line[:8]] = line[9:11]
    minds = set()
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        fields = line.split()
        if not line.startswith(" ") and WORD.fullmatch(fields[0]):
            if all(lexicographer[offset] in MIND for offset in fields[-int(fields[2]) :]):
                minds.add(fields[0])
    about = "Verbs only people do (base forms), and nouns for states of mind. See the script."
    write_list(OUTPUT, "build_acts_of_people.py", about, ["acts " + " ".join(sorted(acts)), "minds " + " ".join(sorted(minds))])
    print(f"wrote {len(acts)} verbs and {len(minds)} nouns to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
