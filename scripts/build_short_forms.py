"""Build cmo/synthesis/english/short_forms.txt: the short words WordNet knows as words, and those it knows only as
a shortening of a longer one.

Why. Coders write in shorthand ("pt", "abx", "tx", "GDP", "hx"), and those words reach the reference group's packs,
where a patient member cannot read them (trial CG: "I didn't understand what abx means"). `cmo round close --check`
names them before the round goes out, so the team can say once what each means (review.yaml `short_forms:`). Telling
shorthand from a word needs an English word list; a list of shorthand would be one topic's.

The rule, one sentence: a word of four letters or fewer is shorthand when WordNet does not know it (nor, for a word
ending in "s", its singular), or knows it only as a shortening: every sense's synset holds a longer word that begins
with its first letter and has its letters in order ("pt" of "patient"/"pint", "gdp" of "gross domestic product",
"tx" of "Texas"), unless it is that word's beginning ("exam", "lab", "gym", "info", "vet": clippings people say).
Longer words WordNet lacks ("telehealth", "deprescribing") are not shorthand: they are spelt out, of known parts.

Written here: line `known`, the WordNet words of up to four letters (and the irregular forms of its .exc files) that
are words; line `shortened`, those it knows only as a shortening. A word on neither line is unknown to WordNet.

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run this after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_short_forms.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import WORDNET, write_list

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "short_forms.txt"
SHORT = 4
WORD = re.compile(r"[a-z]+")
PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


def synsets() -> dict[tuple[str, str], list[str]]:
    """Each synset (part of speech, offset) and its words, lower case, spaces for underscores."""
    found: dict[tuple[str, str], list[str]] = {}
    for pos in PARTS_OF_SPEECH:
        for line in (WORDNET / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            count = int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower().replace("_", " ") for i in range(count)]
            found[(pos, fields[0])] = words
    return found


def shortens(short: str, longer: str) -> bool:
    """`short` is a shortening of `longer`: it begins with its first letter and has its letters in order, and is not
    merely its beginning (a clipping, "exam" of "examination", which people say as a word)."""
    joined = re.sub(r"[^a-z]", "", longer)
    if len(joined) <= len(short) or joined[0] != short[0] or joined.startswith(short):
        return False
    rest = iter(joined[1:])
    return all(letter in rest for letter in short[1:])


def main() -> int:
    if not (WORDNET / "index.noun").exists():
        print("needs WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    sets = synsets()
    known, shortened = set(), set()
    for pos in PARTS_OF_SPEECH:
        for line in (WORDNET / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, count = fields[0], int(fields[2])
            if not WORD.fullmatch(lemma) or len(lemma) > SHORT:
                continue
            senses = [sets[(pos, offset)] for offset in fields[-count:]]
            if all(any(shortens(lemma, other) for other in words if other != lemma) for words in senses):
                shortened.add(lemma)
            else:
                known.add(lemma)
        for line in (WORDNET / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
            form = line.split()[0] if line.split() else ""
            if WORD.fullmatch(form) and len(form) <= SHORT + 1:
                known.add(form)
    shortened -= known
    about = "Words of up to four letters: those WordNet knows as words, and those it knows only as a shortening."
    write_list(
        OUTPUT, "build_short_forms.py", about, ["known " + " ".join(sorted(known)), "shortened " + " ".join(sorted(shortened))]
    )
    print(f"wrote {len(known)} known and {len(shortened)} shortened words to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
