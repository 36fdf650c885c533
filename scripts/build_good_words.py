"""Build cmo/synthesis/english/good_words.txt: nouns of something people want to have or keep (an ability, a state, a
feeling, an attribute): "skill", "competence", "confidence", "satisfaction", "trust", "safety", "wellbeing".

Why. A direction word says which way a thing went ("skills declined", "confidence fell"), and a judging word says
whether it went well ("skills improved"): cmo reads the two apart (`evidence._VALUED`), so "blood pressure fell" is no
opposite of "blood pressure improved". Of a thing people want, though, a fall is a worsening: "skills declined" goes
against "skills and competence improve" (benchmark vareilles2017 S9 was counted as support). cmo knew the things people
do not want (`harm_words.txt`, built by build_harm_words.py) but not the ones they do. The same two general sources
tell them:

- VADER's sentiment lexicon (vaderSentiment 3.3.2 on PyPI, MIT licence; Hutto and Gilbert 2014): a word rated +1 or
  higher on average by its ten raters is one people read as good.
- WordNet 3.0 (Princeton; Debian's `wordnet-base`): its lexicographer files tell a noun of an ability or knowledge
  (noun.cognition), a state, feeling, act, event, phenomenon, process or attribute from a person, place or thing; its
  pointers derive nouns from adjectives ("confident" → "confidence", "competent" → "competence") and give a noun's
  kinds ("ability" → "skill", "competence").

A noun is kept when VADER rates it +1 or higher, its most frequent WordNet sense is in one of those files, and WordNet
gives it no more senses as an adjective than as a noun (not "fine", "well", "good": a quality said of a thing); so
is a noun WordNet derives from an adjective VADER rates +1 or higher, and a direct kind of a sense in those files of a
noun VADER rates so ("ability" → "skill"), each only where that derived noun or kind is the noun's own most frequent
sense (no noun comes in by a rare sense). A noun VADER rates below zero, or one in harm_words.txt (build that first),
is never kept. cmo reads the list only where a noun is the thing an outcome gives a direction to (`evidence._judged`).

Run it after changing the rule, and commit the file it writes (vaderSentiment need not be installed for cmo itself):
    apt-get install wordnet-base && pip download --no-deps vaderSentiment==3.3.2 -d /tmp/vader \
      && (cd /tmp/vader && unzip -o -q vaderSentiment-3.3.2-py2.py3-none-any.whl) \
      && .venv/bin/python scripts/build_good_words.py /tmp/vader/vaderSentiment/vader_lexicon.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_harm_words import FILES, WORD, _plural
from build_harm_words import OUTPUT as HARM_OUTPUT
from wordnet_lists import WORDNET, senses, synsets, write_list

OUTPUT = HARM_OUTPUT.with_name("good_words.txt")
POSITIVE = 1.0
"""VADER's mean rating at or above which a word is one people read as good."""
GOOD_FILES = {**FILES, "09": "cognition"}
"""The harm list's files, and noun.cognition: a skill, knowledge or confidence is had, as a state is."""


def good_nouns(vader: Path) -> set[str]:
    """The nouns the rule in this module's docstring keeps."""
    rated = {}
    for line in vader.read_text(encoding="utf-8").splitlines():
        word, mean, *_ = line.split("\t")
        rated[word] = float(mean)
    good = {word for word, mean in rated.items() if mean >= POSITIVE and WORD.fullmatch(word)}
    nouns, adjectives = senses("noun"), senses("adj")
    noun_data, adjective_data = synsets("noun"), synsets("adj")

    def first_sense_in(word: str, offsets: set[str]) -> bool:
        return word in nouns and nouns[word][0] in offsets and noun_data[nouns[word][0]][0] in GOOD_FILES

    found = {
        word
        for word in good & nouns.keys()
        if noun_data[nouns[word][0]][0] in GOOD_FILES and len(adjectives.get(word, ())) <= len(nouns[word])
    }
    derived: dict[str, set[str]] = {}  # word → the synsets it is derived in
    for _, words, pointers in adjective_data.values():
        for symbol, target, kind, numbers in pointers:
            source, number = int(numbers[:2], 16), int(numbers[2:], 16)
            if symbol == "+" and kind == "n" and source and number and words[source - 1] in good:  # "confident"
                derived.setdefault(noun_data[target][1][number - 1], set()).add(target)
    found |= {word for word, offsets in derived.items() if WORD.fullmatch(word) and first_sense_in(word, offsets)}
    for word in list(found & good):  # "ability" → "skill", "competence"
        for offset in (o for o in nouns[word] if noun_data[o][0] in GOOD_FILES):
            for symbol, kind_of, kind, _ in noun_data[offset][2]:
                if symbol == "~" and kind == "n":
                    found |= {w for w in noun_data[kind_of][1] if WORD.fullmatch(w) and first_sense_in(w, {kind_of})}
    harms = {line.split()[0] for line in HARM_OUTPUT.read_text(encoding="utf-8").splitlines() if not line.startswith("#")}
    found = {word for word in found if rated.get(word, 0) >= 0 and word not in harms}
    return found - _outnumbered(found)


def _outnumbered(found: set[str]) -> set[str]:
    """The nouns of `found` whose stem, as cmo reads a word (`cmo.synthesis.terms`: "hospitality" and "hospital" are
    both "hospit"), is the stem of another noun not in `found` that WordNet's tagged texts use at least as often (the
    count in index.noun): cmo reads the stem, so "longer hospital stays" would be judged a good thing growing. A noun
    used more than any other of its stem keeps it ("confidence", 3, beside "confidant", 1)."""
    sys.path.insert(0, str(OUTPUT.parents[3]))
    from cmo.synthesis.terms import terms

    def stem(word: str) -> str:
        found_terms = terms(word)
        return found_terms[-1] if found_terms else ""

    used: dict[str, int] = {}
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            used[fields[0]] = int(fields[5 + int(fields[3])])
    most: dict[str, int] = {}  # stem → the most any noun not in `found` is used
    for word, count in used.items():
        if WORD.fullmatch(word) and word not in found and (at := stem(word)):
            most[at] = max(most.get(at, -1), count)
    return {word for word in found if most.get(stem(word), -1) >= used.get(word, 0)}


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not Path(argv[1]).is_file() or not (WORDNET / "index.noun").exists():
        print(__doc__.rsplit("Run it", 1)[1], file=sys.stderr)
        return 1
    nouns = good_nouns(Path(argv[1]))
    lines = [f"{noun} {_plural(noun)}" for noun in sorted(nouns)]
    about = f"Nouns of something people want to have or keep, each with its plural ({len(lines)}). See the script."
    write_list(OUTPUT, "build_good_words.py", about, lines, also="VADER 3.3.2's sentiment lexicon (MIT)")
    print(f"wrote {len(lines)} nouns to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
