"""Build cmo/synthesis/english/verbs_of_ending.txt: verbs of breaking off what goes on ("interrupt", "disrupt",
"discontinue", "cease", "quit", "expire"), each with its forms.

Why. An outcome saying people turn away from a thing ("patients stopped their medicines") is the opposite of one saying
it goes on ("patients kept taking their medicines", `cmo.synthesis.evidence._turns_from_what_goes_on`), and cmo knew the
verbs of turning away by a hand-written pattern (`evidence._TURNING_AWAY`) that had no "interrupt": "pts interrupt
treatment" beside "pts continue treatment" was no opposite (trial CP). WordNet 3.0 gives "discontinue" as the antonym of
"continue" in both of its senses of going on; its synsets holding "discontinue" ({discontinue, stop, cease, give up,
quit, lay off}, {break, break off, discontinue, stop}, {discontinue}) and their direct troponyms (the ways of doing it:
"interrupt", "disrupt", "expire", "fizzle") are the verbs of breaking off. A word is kept where its most frequent verb
sense is one of those synsets (not "break", "drop", "cut", "rest", whose first senses are others) and SemCor, WordNet's
tagged corpus, has it as a verb at least as often as a noun (not "cheese").

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_verbs_of_ending.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from wordnet_lists import WORDNET, build_list, senses, synsets

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "verbs_of_ending.txt"
WORD = re.compile(r"[a-z]+")


def _forms(verb: str) -> list[str]:
    """A regular verb's forms: "interrupt", "interrupts", "interrupted", "interrupting"; "cease", "ceased", "ceasing"."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return [verb, verb + ("es" if re.search(r"(?:s|x|z|ch|sh)$", verb) else "s"), stem + "ed", stem + "ing"]


def verbs_of_ending() -> list[str]:
    verbs = synsets("verb")
    first = {word: offsets[0] for word, offsets in senses("verb").items()}
    used: dict[str, Counter[str]] = {"1": Counter(), "2": Counter()}
    for line in (WORDNET / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma, _, sense = key.partition("%")
        if sense[:1] in used:
            used[sense[:1]][lemma] += int(count)
    base = {offset for offset, (_, words, _) in verbs.items() if "discontinue" in words}
    kinds = base | {target for offset in base for symbol, target, kind, _ in verbs[offset][2] if symbol == "~" and kind == "v"}
    words = {word for offset in kinds for word in verbs[offset][1] if WORD.fullmatch(word) and first.get(word) in kinds}
    return sorted(word for word in words if used["2"][word] >= used["1"][word])


def main() -> int:
    about = "Verbs of breaking off what goes on, as WordNet files them under 'discontinue', with their forms. See the script."
    return build_list(
        OUTPUT,
        "build_verbs_of_ending.py",
        about,
        lambda: [" ".join(_forms(verb)) for verb in verbs_of_ending()],
        needs="cntlist.rev",
    )


if __name__ == "__main__":
    sys.exit(main())
