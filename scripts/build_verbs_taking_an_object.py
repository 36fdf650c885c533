"""Build cmo/synthesis/english/verbs_taking_an_object.txt: verbs every WordNet frame of which gives them an object
("Somebody ----s something", "… somebody"), none standing alone or before a phrase ("Somebody ----s", "Somebody ----s
PP", "Something ----s", "Somebody ----s to INFINITIVE" …): "champion", "fund", "host".

Why. A word that is a noun and such a verb, right before a preposition, has no object after it, so it is no finite
verb there but a noun ("schools without a staff champion | for the scheme": helper G1's pack read "Where schools
without a staff champion for the scheme, …", the context framed as a statement). A verb that may stand without an
object ("visit", "lead", "run") keeps its reading ("families with a named nurse visit weekly").

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_verbs_taking_an_object.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_lists import build_list, verbs_with_frame

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "verbs_taking_an_object.txt"
WITH_AN_OBJECT = ("08", "09", "10", "11")  # "Somebody ----s something/somebody", "Something ----s somebody/something"
WITHOUT = ("01", "02", "03", "04", "06", "07", "12", "13", "22", "23", "26", "27", "28", "32", "33", "34", "35")
"""Frames with no object: alone, before a phrase, an adjective, a clause, an infinitive or an -ing form."""


def verbs_taking_an_object() -> list[str]:
    without = set().union(*(verbs_with_frame(frame) for frame in WITHOUT))
    return sorted(set().union(*(verbs_with_frame(frame) for frame in WITH_AN_OBJECT)) - without)


def main() -> int:
    about = "Verbs WordNet frames only with an object: no frame of theirs stands without one. See the script."
    return build_list(OUTPUT, "build_verbs_taking_an_object.py", about, verbs_taking_an_object)


if __name__ == "__main__":
    sys.exit(main())
