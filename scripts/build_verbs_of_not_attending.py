"""Build cmo/synthesis/english/verbs_of_not_attending.txt: the verbs of failing to attend ("miss", "skip", "cut"), each
with its forms.

Why. A thing said missed ("missed appointments", "skipped meals") is that thing not had: fewer of them is a gain, more
a loss, whatever the thing is worth (`cmo.synthesis.evidence.outcome_valence`). cmo read "fewer missed appointments"
as fewer appointments, things going worse (helper H2). WordNet 3.0 files failing to attend as the antonym it gives of
"attend" ({miss}: "fail to attend an event or activity"), whose troponyms are the ways of doing it ({cut, skip}:
"intentionally fail to attend"; {bunk off, play hooky}, of more than one word, not kept). No sense is asked to come
first: before a noun, each sense of these verbs says a thing not had or not done.

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_verbs_of_not_attending.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from build_verbs_of_calling_off import _forms
from wordnet_lists import build_list, synsets

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "verbs_of_not_attending.txt"
WORD = re.compile(r"[a-z]+")


def verbs_of_not_attending() -> list[str]:
    verbs = synsets("verb")
    kinds = {
        offset
        for offset, (_, _, pointers) in verbs.items()
        if any(symbol == "!" and kind == "v" and "attend" in verbs[target][1] for symbol, target, kind, _ in pointers)
    }
    found = set(kinds)
    while found:
        found = {target for offset in found for symbol, target, kind, _ in verbs[offset][2] if symbol == "~" and kind == "v"}
        found -= kinds
        kinds |= found
    return sorted({word for offset in kinds for word in verbs[offset][1] if WORD.fullmatch(word)})


def main() -> int:
    about = "Verbs of failing to attend, as WordNet files them as the antonym of 'attend' and its ways. See the script."
    return build_list(
        OUTPUT, "build_verbs_of_not_attending.py", about, lambda: [" ".join(_forms(v)) for v in verbs_of_not_attending()]
    )


if __name__ == "__main__":
    sys.exit(main())
