"""Build cmo/synthesis/english/verbs_read_otherwise.txt: words cmo's lexicon (`word_forms.txt`, the SPECIALIST
Lexicon) has only as a verb's base form that WordNet has as no verb: as a noun or an adjective ("temp staff", "third
sector", "ref letters"), or not at all while an adjective derived from no verb begins with it, a clipping ("psych
staff": psychiatric, psychological; not "reformat", as "reformatory" comes from the verb "reform").

Why. A base form that is no noun, adjective or participle is read as a verb before a noun (`cmo.synthesis.wording.
_lacks_its_subject`: "perceive cycling as affordable"), so a pack gave it a subject: trial DC's "psych staff not police
= less frightening" read "it psyches staff not police". Where the two dictionaries disagree, the word before a noun is
not surely a verb, and describes the noun as often.

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_verbs_read_otherwise.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_lists import build_list, senses, synsets

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "cmo" / "synthesis" / "english" / "verbs_read_otherwise.txt"
WORD_FORMS = ROOT / "cmo" / "synthesis" / "english" / "word_forms.txt"
VERB_BASE = "P"  # word_forms.txt's tag for a verb's base form (see scripts/build_word_forms.py)
LONGER = 3  # letters an adjective goes on beyond a clipping ("psych" + "ic" is "psychic", no clipping of "psychic")


def verbs_only() -> list[str]:
    """The words `word_forms.txt` tags only as a verb's base form."""
    found = []
    for line in WORD_FORMS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        tags, *words = line.split(" ")
        if tags == VERB_BASE:
            found += [word for word in words if word.isalpha()]
    return found


def verbs_read_otherwise() -> list[str]:
    verbs, nouns, adjectives = senses("verb"), senses("noun"), senses("adj")
    from_no_verb = set()
    for _file, words, pointers in synsets("adj").values():
        if not any(symbol == "+" and kind == "v" for symbol, _target, kind, _numbers in pointers):
            from_no_verb |= {word for word in words if word.isalpha()}
    found = []
    for word in verbs_only():
        if word in verbs:
            continue
        clipped = any(len(adjective) >= len(word) + LONGER and adjective.startswith(word) for adjective in from_no_verb)
        if word in nouns or word in adjectives or clipped:
            found.append(word)
    return sorted(found)


def main() -> int:
    about = "Words the lexicon has only as a verb's base that WordNet has as no verb, a noun or a clipping. See the script."
    return build_list(
        OUTPUT,
        "build_verbs_read_otherwise.py",
        about,
        verbs_read_otherwise,
        needs="data.adj",
        also="cmo's word_forms.txt",
        counted="words",
    )


if __name__ == "__main__":
    sys.exit(main())
