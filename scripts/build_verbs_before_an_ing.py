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

from wordnet_lists import build_list, verbs_with_frame

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "verbs_before_an_ing.txt"
VERB_ING = "33"  # WordNet's frame "Somebody ----s VERB-ing"


def verbs_before_an_ing() -> list[str]:
    return verbs_with_frame(VERB_ING)


def _with_third_person() -> list[str]:
    return [f"{verb} {verb}{'es' if re.search(r'(?:s|x|z|ch|sh)$', verb) else 's'}" for verb in verbs_before_an_ing()]


def main() -> int:
    about = "Verbs WordNet gives the frame 'Somebody ----s VERB-ing', with their third person. See the script."
    return build_list(OUTPUT, "build_verbs_before_an_ing.py", about, _with_third_person)


if __name__ == "__main__":
    sys.exit(main())
