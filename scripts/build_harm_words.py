"""Build cmo/synthesis/english/harm_words.txt: nouns of something bad that befalls or is felt (a state, a feeling, an
act, an event, an attribute): "agitation", "aggression", "hostility", "inequality", "disparity", "unfairness".

Why. An outcome that says such a thing rose ("inequalities widen") reports a harm, and one that denies its rise ("no
increase in agitation or aggression") says the harm was kept at bay, as "no increase in falls" does
(`cmo.synthesis.evidence.DENIED_RISE_OF_HARM`, `reports_harm`). cmo's hand-written harm words (`evidence._ADVERSE`) knew
neither (trials LW, CO: a care-home trial's "no increase in agitation/aggression" read as an outcome that did not follow;
CQ: "inequalities widen" counted as support of "improved access"). A hand-written list never covers the next topic; two
general sources do:

- VADER's sentiment lexicon (vaderSentiment 3.3.2 on PyPI, MIT licence; Hutto and Gilbert 2014): about 7,500 English
  words, each rated by ten people from -4 (extremely negative) to +4. A word rated -1 or lower on average is one people
  read as bad.
- WordNet 3.0 (Princeton; a BSD-like licence; Debian's `wordnet-base`): its lexicographer files tell a noun of a state,
  feeling, act, event, phenomenon, process or attribute from a person, a place, a thing or a group, and its pointers
  derive nouns from adjectives ("unequal" → "inequality") and give a noun's kinds ("inequality" → "disparity").

A word is kept when VADER rates it -1 or lower, WordNet has it as a noun whose most frequent sense is in one of those
files, and WordNet gives it no more senses as an adjective than as a noun (so not "low", "poor", "bad": a quantity or
quality said of a thing, read by cmo's rules on directions); so is each noun in those files that WordNet derives from an
adjective VADER rates -1 or lower ("unequal" → "inequality", "unfair" → "unfairness", "inequity"), and each kind WordNet
gives of such a derived noun ("disparity"), each only where the noun's most frequent sense, or a kind it is of, up to
`HYPERNYMS` steps, is itself one of harm (kept so, holding a word VADER rates bad, or derived from an adjective VADER
rates bad): "closeness" is first an intimacy and a kind of stinginess only by a rare sense, "question" first a query,
"gravity" first a force, so none of them is kept (an outcome saying patients asked more questions reported a harm).
Each noun is written with its plural. cmo reads the list only where a noun
is the thing said to rise or kept from rising, so that a harm naming a service ("crisis team", "cancer screening") is
never read as one.

Run it after changing the rule, and commit the file it writes (vaderSentiment need not be installed for cmo itself):
    apt-get install wordnet-base && pip download --no-deps vaderSentiment==3.3.2 -d /tmp/vader \
      && (cd /tmp/vader && unzip -o -q vaderSentiment-3.3.2-py2.py3-none-any.whl) \
      && .venv/bin/python scripts/build_harm_words.py /tmp/vader/vaderSentiment/vader_lexicon.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import WORDNET, plural, senses, synsets, write_list

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "harm_words.txt"
NEGATIVE = -1.0
"""VADER's mean rating at or below which a word is one people read as bad."""
FILES = {"04": "act", "07": "attribute", "11": "event", "12": "feeling", "19": "phenomenon", "22": "process", "26": "state"}
"""WordNet's lexicographer files of nouns that name what befalls or is felt, not who or what it befalls."""
WORD = re.compile(r"[a-z]+")
HYPERNYMS = 3
"""How many steps up WordNet's kinds a derived noun's most frequent sense may be from a sense of harm: "infection" (a
state whose kind is an illness) stays; "gravity" (first a physical force), "question", "condition" do not."""


def _bad_pole(scale: tuple, adjective_data: dict, bad: set[str]) -> bool:
    """Whether a scale's noun is itself its bad pole: "cowardice", which derives from "cowardly", so that its antonym,
    "courage", is the good one ("unequal" is on "equality", which derives from "equal")."""
    return any(
        symbol == "+" and kind in "as" and adjective_data[target][1][int(numbers[2:], 16) - 1] in bad
        for symbol, target, kind, numbers in scale[2]
    )


def harm_nouns(vader: Path) -> set[str]:
    """The nouns the rule in this module's docstring keeps: rated bad themselves (`NEGATIVE`), derived from an adjective
    rated bad ("unfair" → "unfairness"), the other pole of the scale a bad adjective is on ("unequal" is on WordNet's
    scale "equality", whose antonym is "inequality"; "unsafe" on "safety", whose antonym is "danger") and that pole's
    kinds ("disparity"); each in the files of `FILES`, neither rated good by VADER nor derived from a word it rates good
    ("braveness", which WordNet also links to "fearful")."""
    rated = {}
    for line in vader.read_text(encoding="utf-8").splitlines():
        word, mean, *_ = line.split("\t")
        rated[word] = float(mean)
    bad = {word for word, mean in rated.items() if mean <= NEGATIVE and WORD.fullmatch(word)}
    nouns, adjectives = senses("noun"), senses("adj")
    noun_data, adjective_data = synsets("noun"), synsets("adj")
    found = {
        word
        for word in bad & nouns.keys()
        if noun_data[nouns[word][0]][0] in FILES and len(adjectives.get(word, ())) <= len(nouns[word])
    }
    kept: set[tuple[str, int]] = set()  # (synset, word number; 0 for all its words)
    for _, words, pointers in adjective_data.values():
        for symbol, target, kind, numbers in pointers:
            if kind != "n" or noun_data[target][0] not in FILES:
                continue
            source = int(numbers[:2], 16)
            if symbol == "+" and source and words[source - 1] in bad:  # "unfair" → "unfairness"
                kept.add((target, int(numbers[2:], 16)))
            elif symbol == "=" and set(words) & bad and not _bad_pole(noun_data[target], adjective_data, bad):
                for other, poles, _, _ in (p[:4] for p in noun_data[target][2]):
                    if other == "!" and noun_data[poles][0] in FILES:
                        kept.add((poles, 0))
                        kept |= {(kind_of, 0) for s, kind_of, k, _ in noun_data[poles][2] if s == "~" and k == "n"}
    kept_synsets = {target for target, _ in kept}

    def of_harm(offset: str) -> bool:  # a kept synset, one holding a word VADER rates bad, or derived from a bad adjective
        _, words, pointers = noun_data[offset]
        if offset in kept_synsets or set(words) & bad:
            return True
        return any(s == "+" and k in "as" and adjective_data[t][1][int(n[2:], 16) - 1] in bad for s, t, k, n in pointers)

    def first_sense_of_harm(word: str) -> bool:  # "closeness": first an intimacy, only by a rare sense stinginess
        senses_now = [nouns[word][0]]
        for _ in range(HYPERNYMS + 1):
            if any(map(of_harm, senses_now)):
                return True
            senses_now = [t for o in senses_now for s, t, k, _ in noun_data[o][2] if s in ("@", "@i") and k == "n"]
        return False

    for target, number in kept:
        words = noun_data[target][1]
        named = {word for i, word in enumerate(words, 1) if number in (0, i) and WORD.fullmatch(word)}
        found |= {word for word in named if word in nouns and first_sense_of_harm(word)}
    good = {word for word, mean in rated.items() if mean > 0}

    def of_a_good_word(word: str) -> bool:  # "braveness" derives from "brave": WordNet links it to "fearful" too
        for offset in nouns[word]:
            _, words, pointers = noun_data[offset]
            at = words.index(word) + 1 if word in words else 0
            for symbol, target, kind, numbers in pointers:
                if symbol == "+" and kind in "as" and int(numbers[:2], 16) == at:
                    if adjective_data[target][1][int(numbers[2:], 16) - 1] in good:
                        return True
        return False

    return {word for word in found if rated.get(word, 0) <= 0 and word in nouns and not of_a_good_word(word)}


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not Path(argv[1]).is_file() or not (WORDNET / "index.noun").exists():
        print(__doc__.rsplit("Run it", 1)[1], file=sys.stderr)
        return 1
    nouns = harm_nouns(Path(argv[1]))
    lines = [f"{noun} {plural(noun)}" for noun in sorted(nouns)]
    about = f"Nouns of something bad that befalls or is felt, each with its plural ({len(lines)}). See the script."
    write_list(OUTPUT, "build_harm_words.py", about, lines, also="VADER 3.3.2's sentiment lexicon (MIT)")
    print(f"wrote {len(lines)} nouns to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
