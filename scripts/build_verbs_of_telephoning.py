"""Build cmo/synthesis/english/verbs_of_telephoning.txt: the verbs of calling someone by telephone ("call", "phone",
"ring", "dial", "telephone"), each with its forms.

Why. A number after such a verb is the number called, a service's name ("older people calling 999 with minor acute
conditions", "told to ring 111"), not a count one study made; `cmo round close --check` named '999' as one study's figure
in a configuration's key contexts, at every round (trial CZ). WordNet 3.0 files the verbs whose topic is telephony
(their ';c' pointer is the noun synset {telephone, telephony}); the single words of those synsets are kept, with their
regular forms, British spelling's doubled "l" ("dialled") and WordNet's irregular ones (verb.exc: "rang", "rung").

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_verbs_of_telephoning.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import WORDNET, build_list, synsets

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "verbs_of_telephoning.txt"
WORD = re.compile(r"[a-z]+")


def _forms(verb: str, irregular: dict[str, list[str]]) -> list[str]:
    """A verb's forms: "call", "calls", "called", "calling"; "phone", "phoned", "phoning"; "dial", "dialled", "dialed"."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = [verb, verb + "s", stem + "ed", stem + "ing"]
    if re.search(r"[aeiou]l$", verb) and not re.search(r"[aeiou]{2}l$", verb):
        forms += [verb + "led", verb + "ling"]  # British spelling doubles a final "l" after one vowel
    return list(dict.fromkeys([*forms, *irregular.get(verb, [])]))


def verbs_of_telephoning() -> list[str]:
    nouns = synsets("noun")
    telephony = {offset for offset, (_, words, _) in nouns.items() if {"telephone", "telephony"} <= set(words)}
    verbs = synsets("verb")
    words = {
        word
        for _, (_, members, pointers) in verbs.items()
        if any(symbol == ";c" and target in telephony for symbol, target, _, _ in pointers)
        for word in members
        if WORD.fullmatch(word)
    }
    irregular: dict[str, list[str]] = {}
    for line in (WORDNET / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, base = line.split()[:2]
        irregular.setdefault(base, []).append(form)
    return [" ".join(_forms(word, irregular)) for word in sorted(words)]


def main() -> int:
    about = "Verbs of calling by telephone, as WordNet files those whose topic is telephony, with their forms. See the script."
    return build_list(OUTPUT, "build_verbs_of_telephoning.py", about, verbs_of_telephoning, needs="verb.exc")


if __name__ == "__main__":
    sys.exit(main())
