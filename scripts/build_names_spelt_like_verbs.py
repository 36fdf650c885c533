"""Build cmo/synthesis/english/names_spelt_like_verbs.txt: words WordNet knows as nouns only by a name's capital
("Shanghai", "Hoover"), and in small letters only as a verb that WordNet's tagged texts never use ("shanghai": to force
someone aboard a ship).

Why. The sentence rules lower a capital that opens a context unless the word is a name (`wording._lower_first`), and a
word the lexicon knows as a verb is taken for a common word: trial H3's pack read "In shanghai community RCT, …". A noun
WordNet writes only with a capital is a name whenever the word is a noun; where its only common use is a verb, a
capitalised word before another noun ("Shanghai community") is that name, since no verb's base form describes a noun.
Words that are a common noun, an adjective or an adverb too ("Reading", "Bath", "Nice") are left out: their capital
tells nothing; so are verbs the texts WordNet's senses were counted on use ("Tell" is William Tell, "Teach" a pirate,
"Sue" a novelist, but "Tell staff…" opens an order): only a verb no counted text used is rarer than the name. One word
of letters, as WordNet's index files list them.

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_names_spelt_like_verbs.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import WORDNET, build_list, senses

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "names_spelt_like_verbs.txt"
WORD = re.compile(r"[a-z]+")


def _noun_cases() -> dict[str, set[bool]]:
    """Each noun, lower-cased, and whether its senses write it with a capital (True) or without (False)."""
    found: dict[str, set[bool]] = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" ")
        count = int(fields[3], 16)
        for word in fields[4 : 4 + 2 * count : 2]:
            word = word.split("(")[0]
            found.setdefault(word.lower(), set()).add(word[:1].isupper())
    return found


def _verbs_never_counted() -> set[str]:
    """The verbs none of whose senses WordNet's tagged texts (SemCor) used: the index's tagsense_cnt is 0."""
    found = set()
    for line in (WORDNET / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        pointers = int(fields[3])
        if int(fields[4 + pointers + 1]) == 0:
            found.add(fields[0])
    return found


def names_spelt_like_verbs() -> list[str]:
    cases = _noun_cases()
    verbs = _verbs_never_counted()
    others = set(senses("adj")) | set(senses("adv"))
    names = (word for word, capitals in cases.items() if capitals == {True} and WORD.fullmatch(word))
    return sorted(word for word in names if word in verbs and word not in others)


def main() -> int:
    about = "Nouns WordNet writes only as names, whose only common word is a verb ('shanghai'). See the script."
    return build_list(OUTPUT, "build_names_spelt_like_verbs.py", about, names_spelt_like_verbs, counted="words")


if __name__ == "__main__":
    sys.exit(main())
