"""Build cmo/synthesis/english/verbs_things_do.txt: verbs WordNet gives the frame "Something ----s", verbs a thing
does with no one doing it ("costs rise", "visits run late", "waits grow", "rates fall"), as opposed to verbs only a
person does to something ("train", "counsel", "fund", "screen", "befriend").

Why. An outcome after one person's mechanism that opens with a word that is a plural noun and a verb's third person
alike ("costs", "visits") was read as that person's next verb when a word with no verb form followed it
(`cmo.synthesis.wording._a_bare_object`), so "costs rising for families" read "patient feels fobbed off, and so costs
rising for families" (helper N3). An -ing form of a verb a thing does, with no noun after it, is the first word's own
verb ("costs rising", "visits running late"); the -ing form of a verb only a person does to something is a noun, the
verb's object ("funds training for staff", "offers befriending").

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_verbs_things_do.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_lists import build_list, verbs_with_frame

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "verbs_things_do.txt"
SOMETHING_DOES = "01"  # WordNet's frame "Something ----s"


def verbs_things_do() -> list[str]:
    return verbs_with_frame(SOMETHING_DOES)


def main() -> int:
    about = "Verbs WordNet gives the frame 'Something ----s': verbs a thing does with no one doing it. See the script."
    return build_list(OUTPUT, "build_verbs_things_do.py", about, verbs_things_do)


if __name__ == "__main__":
    sys.exit(main())
