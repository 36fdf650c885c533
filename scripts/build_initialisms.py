"""Build cmo/synthesis/english/initialisms.txt (words WordNet writes in capitals).

Why. Coders type some cells in capitals ("HEALTH WORKER SUPPORT", "RURAL VILLAGES WITH FEW CLINICS"), and a title or
a pack's sentence made of them shouts. Read as words, each is lowered, but an initialism in them keeps its capitals
("NHS STAFF FEEL RUSHED" is "NHS staff feel rushed", "MORE ANC VISITS" "more ANC visits":
`cmo.synthesis.wording._capitals_as_words`). Its form tells many an initialism: no vowel ("NHS", "GP", "LTC"), or a
start no word has ("HMIC"). A vowel's initialism ("HIV", "AIDS", "UNICEF") needs knowing: WordNet writes about 430
words in capitals with a vowel that it has no common word for ("HIV", "AIDS", "NGO", "ICU", "UNICEF"; not "CARE"
or "ACE", which it has in lower case too, nor "WHO", "IT", "OR", which are English function words), the first file.
A short word in capitals that is no English word is an initialism too ("ANC", "NCD", "OECD"): "short and no word" is
told against the words of up to four letters WordNet writes in lower case ("day", "bed", "city"), which
scripts/build_short_words.py writes into short_words.txt with the other short-word lists.

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time: the script writes one line of words.

Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_initialisms.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import WORDNET, write_list

ENGLISH = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english"
INITIALISMS = ENGLISH / "initialisms.txt"
VOWEL = re.compile(r"[AEIOUY]")


def lemmas() -> set[str]:
    """Every one-word lemma of WordNet's nouns, verbs, adjectives and adverbs, as WordNet writes it."""
    found: set[str] = set()
    for part in ("noun", "verb", "adj", "adv"):
        for line in (WORDNET / f"data.{part}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split(" ")
            count = int(fields[3], 16)
            found.update(re.sub(r"\(.*\)$", "", word) for word in fields[4 : 4 + 2 * count : 2])
    return {word for word in found if word.isascii() and word.isalpha()}


def main() -> int:
    if not (WORDNET / "data.noun").exists():
        print(f"WordNet is not in {WORDNET}: apt-get install wordnet-base", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ENGLISH.parent.parent.parent))
    from cmo.synthesis.lexicon import ENGLISH_STOPWORDS

    words = lemmas()
    lower = {word for word in words if word.islower()}
    capitals = {
        word
        for word in words
        if word.isupper() and len(word) > 1 and VOWEL.search(word) and word.lower() not in lower | ENGLISH_STOPWORDS
    }
    about = "Words WordNet writes in capitals, with a vowel, that are no common or function word. See the script."
    write_list(INITIALISMS, "build_initialisms.py", about, [" ".join(sorted(capitals))])
    print(f"{len(capitals)} initialisms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
