"""Build cmo/synthesis/english/verbs_done_to_people.txt: verbs WordNet gives a frame with a person as their object
("Somebody ----s somebody", "Somebody ----s somebody PP": "refer", "admit", "send", "discharge", "transfer").

Why. A title tells a mechanism coded in the past in the present (`cmo.synthesis.wording._in_the_present`: "nurses
felt overburdened" → "Nurses feel overburdened"). A people noun, then the past form of such a verb and at once "to",
"from" or "into", with no object between, is most often what was done to them, a passive ("patients referred to the
CLP", "women referred to the district hospital", "children admitted to the ward"): the people were sent somewhere, the
path names where. Read as their own act it became "Patients refer to the CLP" (trial helpers, G1). As a verb such as
"refer" has an active sense with "to" as well ("staff referred to the guideline"), the words cannot say which; where
they cannot, a title keeps the coder's words as written, which never changes who did what.

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_verbs_done_to_people.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_lists import build_list, verbs_with_frame

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "verbs_done_to_people.txt"
SOMEBODY_SOMEBODY = "09"  # WordNet's frame "Somebody ----s somebody"
SOMEBODY_SOMEBODY_PP = "20"  # WordNet's frame "Somebody ----s somebody PP"


def verbs_done_to_people() -> list[str]:
    return sorted(set(verbs_with_frame(SOMEBODY_SOMEBODY)) | set(verbs_with_frame(SOMEBODY_SOMEBODY_PP)))


def main() -> int:
    about = "Verbs WordNet frames with a person as their object: 'Somebody ----s somebody (PP)'. See the script."
    return build_list(OUTPUT, "build_verbs_done_to_people.py", about, verbs_done_to_people)


if __name__ == "__main__":
    sys.exit(main())
