"""Build cmo/synthesis/english/medicines.txt: nouns that name a drug or a medicine ("drugs", "medicines", "medications",
"hypnotics", "antipsychotics", "benzodiazepines", "statins"), singular and plural.

Why. An outcome saying its own thing or people ceased with no object after the verb ("contact drops off", "most stopped
after a month") reads as not following (`cmo.synthesis.evidence._ceased`); in the passive ("the medicines were stopped")
it says what people gave up, which only the other statements' words can place. A drug does nothing of itself: "more
drugs stopped", "antipsychotics stopped", as coders write a deprescribing review's outcome, are the passive without its
auxiliary, drugs someone stopped, never drugs that ceased (helper K2: a deprescribing review's "more drugs stopped" and
"drugs stopped" were counted against "number of drugs reduced" and "most proposals carried out"). The rule, one sentence:
a noun whose most frequent sense is WordNet's drug (drug.n.01, "a substance that is used as a medicine or narcotic") or
one of its kinds, at any depth (medicine.n.02, hypnotic, antipsychotic, statin…), and the plural of a noun whose senses
before its drug's are a discipline ("medicine", the field: "medicines" are drugs, as a field has no plural).

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_medicines.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import build_list, plural, senses, synsets

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "medicines.txt"
DRUG = "03247620"  # drug.n.01: a substance that is used as a medicine or narcotic
COGNITION = "09"  # noun.cognition: a discipline or body of knowledge ("medicine" the field), which has no plural
WORD = re.compile(r"[a-z]+")


def medicines() -> list[str]:
    nouns = synsets("noun")
    kinds, todo = {DRUG}, [DRUG]
    while todo:
        for symbol, target, kind, _numbers in nouns[todo.pop()][2]:
            if symbol in ("~", "~i") and kind == "n" and target not in kinds:
                kinds.add(target)
                todo.append(target)
    words = set()
    for word, offsets in senses("noun").items():
        if not WORD.fullmatch(word) or not offsets:
            continue
        if offsets[0] in kinds:
            words |= {word, plural(word)}
            continue
        at = next((k for k, offset in enumerate(offsets) if offset in kinds), None)
        if at and all(nouns[offset][0] == COGNITION for offset in offsets[:at]):
            words.add(plural(word))  # "medicines": the discipline, knowledge, has no plural; the drug has
    return sorted(words)


if __name__ == "__main__":
    sys.exit(
        build_list(
            OUTPUT,
            "build_medicines.py",
            "Nouns whose most frequent sense is a drug or a kind of drug (drug.n.01 and its hyponyms), with plurals.",
            medicines,
            needs="data.noun",
            counted="nouns",
        )
    )
