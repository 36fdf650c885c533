"""Build cmo/synthesis/english/word_forms.txt: which English words are verb forms, and which of those are also nouns.

Why a file of our own. A configuration is worded "…, so [outcome]" when the outcome is a clause and "…, which leads
to [outcome]" when it is a noun phrase (`cmo.synthesis.wording`). Telling them apart needs to know whether a word can be
a finite verb ("enrols", "refer"), only a noun, or both ("returns", "costs", "plans"). A short hand-written verb list
missed verbs on every new topic (trials G, I and K: "…, which leads to the patient enrols"). The NIH SPECIALIST
Lexicon, as LemmInflect ships it (MIT; `pip install lemminflect`), knows the inflections of about 40,000 English words.
LemmInflect itself is not a dependency of cmo: importing and loading it takes about 0.25 s, and `cmo configs list`
words every configuration and must answer in under 0.2 s. So this script keeps only what the rule reads, as one line
of words per set of tags (about 30,000 words, read in under 10 ms, and only when a sentence needs a word looked up).

Tags, one letter each:
    P  base form of a verb (also the present tense after a plural subject: "teachers refer")
    Z  third person singular present ("the patient enrols")
    D  past tense ("staff valued")
    N  the past form is also the past participle ("improved": "wellbeing improved" or "improved adherence")
    n  a singular noun ("return", "series")
    s  a plural noun, unlike its singular ("costs", "men", "data")
    a  an adjective ("open", "better", "sustained")
    C  a proper noun, written here in lower case, that is no common word in any form ("hmong", "somalis", "ontario"):
       a name to keep capitalised at the start of an element ("Hmong families…"), where "Trust" or "Black" may be either

Kept: every word that is the base, third-person or past form of a verb, or an adjective, with all its tags; and the
nouns the rule could not tell singular from plural by their last letter: plurals without a final s ("men") and
singular nouns with one ("diabetes"). Other nouns are not needed: a word the file lacks is read as a noun. Proper
nouns are kept, with C alone, only where no common word is spelt the same; words with other characters than letters,
hyphen or apostrophe are left out.

Run it after changing the tags or the lexicon's version, and commit the file it writes:
    .venv/bin/pip install lemminflect && .venv/bin/python scripts/build_word_forms.py
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "word_forms.txt"
WORD = re.compile(r"[a-z][a-z'-]*")
VERB_TAGS = frozenset("PZD")


def lexicon_forms() -> dict[str, set[str]]:
    """Every lower-case word the lexicon inflects, with the tags of all the forms it can be."""
    import lemminflect
    from lemminflect import config

    tags: dict[str, set[str]] = defaultdict(set)
    with gzip.open(config.inflection_lu_fn, "rt", encoding="utf-8") as handle:
        lemmas = sorted({row[0] for row in csv.reader(handle) if WORD.fullmatch(row[0])})
    for lemma in lemmas:
        forms = lemminflect.getAllInflections(lemma)
        for tag, letter in (("VB", "P"), ("VBZ", "Z"), ("VBD", "D"), ("NN", "n"), ("JJ", "a"), ("JJR", "a"), ("JJS", "a")):
            for word in forms.get(tag, ()):
                tags[word].add(letter)
        for word in forms.get("VBN", forms.get("VBD", ())):
            if word in forms.get("VBD", ()):
                tags[word].add("N")
        for word in forms.get("NNS", ()):
            if word != lemma:
                tags[word].add("s")
    return tags


PROPER = re.compile(r"[A-Z][A-Za-z'-]*")


def proper_nouns(common: dict[str, set[str]]) -> set[str]:
    """Proper nouns and their plurals, lower-cased, that no common word's form shares ("rose" is a flower and the past
    of "rise"; "hmong" is only a people)."""
    from lemminflect import config

    found = set()
    with gzip.open(config.inflection_lu_fn, "rt", encoding="utf-8") as handle:
        for row in csv.reader(handle):
            forms = [row[0], *(row[2].split("/") if row[1] == "noun" and len(row) > 2 else ())]
            found.update(form.lower() for form in forms if PROPER.fullmatch(form))
    lemmas = set(common)
    with gzip.open(config.inflection_lu_fn, "rt", encoding="utf-8") as handle:
        lemmas.update(row[0] for row in csv.reader(handle) if WORD.fullmatch(row[0]))
    return {word for word in found if word not in lemmas and WORD.fullmatch(word)}


def kept(word: str, tags: set[str]) -> bool:
    if not WORD.fullmatch(word):
        return False
    if tags & VERB_TAGS or "a" in tags or tags == {"C"}:
        return True
    return ("s" in tags and not word.endswith("s")) or (
        "n" in tags and "s" not in tags and word.endswith("s") and not word.endswith("ss")
    )


def write(tags: dict[str, set[str]], version: str) -> int:
    groups: dict[str, list[str]] = defaultdict(list)
    for word, letters in tags.items():
        if kept(word, letters):
            groups["".join(sorted(letters))].append(word)
    lines = [
        f"# Built by scripts/build_word_forms.py from LemmInflect {version} (NIH SPECIALIST Lexicon); do not edit.",
        "# Each line: tags, then the words with exactly those tags. See the script for what each tag means.",
    ]
    lines += [f"{key} {' '.join(sorted(words))}" for key, words in sorted(groups.items())]
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(words) for words in groups.values())


def main() -> int:
    try:
        import lemminflect
    except ImportError:
        print("needs LemmInflect: .venv/bin/pip install lemminflect", file=sys.stderr)
        return 1
    forms = lexicon_forms()
    names = proper_nouns(forms)
    for word in names:
        forms[word] = {"C"}
    count = write(forms, lemminflect.__version__)
    print(f"wrote {count} words to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
