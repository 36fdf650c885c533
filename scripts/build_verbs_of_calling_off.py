"""Build cmo/synthesis/english/verbs_of_calling_off.txt: verbs of calling off what was to be done, declaring it void or
discarding it ("cancel", "annul", "rescind", "repeal", "scrap", "discard"), each with its forms.

Why. A thing said to be done ("antibiotics are prescribed") is the act a count of it is of, so "fewer antibiotics" is
its opposite (`cmo.synthesis.evidence._an_act_on_it`); a thing called off ("home visits are cancelled") is one fewer,
never that act. cmo knew calling off by four verbs typed by hand (cancel, annul, scrap, scrub). WordNet 3.0 files
calling off as the synset {cancel, call off, scratch, scrub} ("postpone indefinitely or annul something that was
scheduled") and declaring void as {cancel, strike down} ("declare null and void"), whose direct troponyms are the ways
of doing it ({invalidate, annul, quash, void, nullify}, {revoke, annul, rescind, repeal, countermand, …}); and a
plan or service dropped as of no more use is discarded, {discard, toss, throw away, …}, whose ways are {trash, junk,
scrap}, "jettison", "dump" ("the home visits were scrapped": WordNet has no sense of calling off for "scrap"). A
one-word verb is kept where its most frequent verb sense is one of those synsets: so "scrub" (first to scour),
"scratch", "lift", "reverse", "retire" (first another sense) and "avoid" are not.

Each verb is written with its forms ("scrapped"; "cancelled" and "canceled", as either spelling may be typed).

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_verbs_of_calling_off.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import build_list, senses, synsets

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "verbs_of_calling_off.txt"
WORD = re.compile(r"[a-z]+")


def _forms(verb: str) -> list[str]:
    """A regular verb's forms ("rescind", "rescinds", "rescinded", "rescinding"), its last consonant doubled after one
    vowel in a verb of one syllable ("scrapped") and, as British English spells it, in one ending in a vowel and "l"
    ("cancelled", "cancelling", beside "canceled", "canceling")."""
    stem = verb[:-1] if verb.endswith("e") else verb
    third = verb + ("es" if re.search(r"(?:s|x|z|ch|sh)$", verb) else "s")
    if re.search(r"[^aeiou]y$", verb):
        stem, third = verb[:-1] + "i", verb[:-1] + "ies"
    forms = [verb, third, stem + "ed", (verb if verb.endswith("y") else stem) + "ing"]
    one_syllable = len(re.findall(r"[aeiou]+", verb)) == 1
    if re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb) and (one_syllable or verb.endswith("l")):
        forms = [verb, third, verb + verb[-1] + "ed", verb + verb[-1] + "ing", *(forms[2:] if not one_syllable else ())]
    return forms


def verbs_of_calling_off() -> list[str]:
    verbs = synsets("verb")
    first = {word: offsets[0] for word, offsets in senses("verb").items()}
    base = {
        offset
        for offset, (_, words, _) in verbs.items()
        if "cancel" in words and ("call_off" in words or "strike_down" in words) or {"discard", "toss"} <= set(words)
    }
    kinds = base | {target for offset in base for symbol, target, kind, _ in verbs[offset][2] if symbol == "~" and kind == "v"}
    return sorted({word for offset in kinds for word in verbs[offset][1] if WORD.fullmatch(word) and first.get(word) in kinds})


def main() -> int:
    about = "Verbs of calling off, voiding or discarding, as WordNet files them under 'cancel' and 'discard'. See the script."
    return build_list(
        OUTPUT, "build_verbs_of_calling_off.py", about, lambda: [" ".join(_forms(v)) for v in verbs_of_calling_off()]
    )


if __name__ == "__main__":
    sys.exit(main())
