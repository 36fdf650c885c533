"""Build cmo/synthesis/english/verbs_of_recording.txt: verbs of making a record of a thing or counting it ("record",
"document", "log", "register", "count", "enumerate"), each with its forms.

Why. A thing said to be done ("antibiotics are prescribed") is the act a count of it is of, so "fewer antibiotics" is
its opposite (`cmo.synthesis.evidence._an_act_on_it`); a thing said to be recorded or counted ("falls are recorded",
"falls were documented in the ward diary") is only observed, with no direction of its own, so it is never the opposite
(nor the support) of "fewer falls" (helper K5: read as its opposite). WordNet 3.0 files making a record as the synset
{record, enter, put down} ("make a record of; set down in permanent form") and counting as {count, number, enumerate,
numerate} ("determine the number or amount of"); their direct troponyms are the ways of doing it ("log", "document",
"file", "tally", "chronicle"). A one-word verb is kept where its most frequent verb sense is one of those synsets, so
"enter" (first to come into), "file" or "note" (first other senses) are not. Verbs of looking at a thing ("measured",
"monitored", "assessed") are already `verbs_of_the_mind`.

Each verb is written with its forms ("logged"; "recorded", "recording").

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_verbs_of_recording.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from build_verbs_of_calling_off import _forms
from wordnet_lists import build_list, senses, synsets

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "verbs_of_recording.txt"
WORD = re.compile(r"[a-z]+")


def verbs_of_recording() -> list[str]:
    verbs = synsets("verb")
    first = {word: offsets[0] for word, offsets in senses("verb").items()}
    base = {
        offset
        for offset, (_, words, _) in verbs.items()
        if {"record", "put_down"} <= set(words) or {"count", "enumerate"} <= set(words)
    }
    kinds = base | {target for offset in base for symbol, target, kind, _ in verbs[offset][2] if symbol == "~" and kind == "v"}
    return sorted({word for offset in kinds for word in verbs[offset][1] if WORD.fullmatch(word) and first.get(word) in kinds})


def main() -> int:
    about = "Verbs of making a record of a thing or counting it, as WordNet files them under 'record' and 'count'. See the script"
    return build_list(OUTPUT, "build_verbs_of_recording.py", about, lambda: [" ".join(_forms(v)) for v in verbs_of_recording()])


if __name__ == "__main__":
    sys.exit(main())
