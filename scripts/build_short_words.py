"""Build cmo/synthesis/english/short_words.txt: English words of up to four letters, one list read two ways.

Why one list. Two rules ask "is this short word English?" and read the same WordNet lemmas differently:
- a word typed in capitals ("HEALTH WORKER SUPPORT", "NHS STAFF FEEL RUSHED") is lowered unless it is an initialism;
  a short one is an initialism when WordNet writes it in lower case nowhere ("ANC", "NCD"; not "DAY", "BED"):
  `cmo.synthesis.lexicon.short_words`, the `written` words in lower case;
- a coder's shorthand ("pt", "abx", "tx", "GDP") is named before a pack goes out (`cmo round close --check`); a short
  word is shorthand when WordNet does not know it, or knows it only as a shortening of a longer word (every sense's
  synset holds a longer word that begins with its first letter and has its letters in order: "pt" of "pint", "gdp" of
  "gross domestic product", "tx" of "Texas"), unless it is that word's beginning ("exam", "lab", "vet": clippings
  people say): `cmo.synthesis.shorthand`, the `written` words in any case, less those `shortened`, with the irregular
  `forms` ("arose", "geese").
A lay reader also knows the short words and forms a common dictionary lists ("app", "vs", "etc", "amid", "chess",
"UK", "TV"), which WordNet, a dictionary of nouns, verbs, adjectives and adverbs from 2006, lacks or calls a
shortening: the `dictionary` line, the words of two to five letters, in lower case or in capitals, of Debian's
`wbritish` (SCOWL's British English list of common words, as a spelling checker uses it) that WordNet does not already
know as words. A lower-case one WordNet calls a shortening ("pt", "hr") stays shorthand (`cmo.synthesis.shorthand`).

A word WordNet knows only inside a phrase of several words ("quo" of "status quo", "vivo" of "in vivo", "et" of "et al",
"tem" of "pro tem") is no shorthand where the text writes that phrase: the `phrases` line, WordNet's lower-case lemmas of
several words that hold a word of two to five letters it knows as no word of its own, less a phrase that shortens another
lemma of its synset ("cu ft" of "cubic foot": an abbreviation itself; a clipping people say as a phrase, "et al" of
"et alii", "pro tem" of "pro tempore", is kept, as clippings are words).

An initialism a reader knows, WordNet knows with its words ("GP", general practitioner; "UK", United Kingdom): the
`spelt` line, each initialism WordNet writes in capitals (two to five letters) with the other lemmas of its synsets, of
two words or more ("GP:general_practitioner", "UK:united_kingdom"; "horsepower", one word, is left out of "HP").
Where a review's texts spell an initialism out as other words than these ("health professional" beside "HP"), a reader
knows it for something else: `cmo.synthesis.shorthand.initialisms_spelt_out`.

Lines: `written` (WordNet's one-word lemmas of up to four letters, as WordNet writes them), `shortened` (those, in
lower case, it knows only as a shortening), `forms` (its irregular forms of up to five letters), `dictionary`, `phrases`
(each with '_' between its words), `spelt` (each an initialism, ':' and one of its phrases).

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base`, SCOWL (its own permissive licence) in
Debian's `wbritish`, both as plain files; cmo depends on neither at run time. Run this after changing the rule, and
commit the file it writes:
    apt-get install wordnet-base wbritish && .venv/bin/python scripts/build_short_words.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import DICTIONARY, WORDNET, write_list

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "short_words.txt"
SHORT = 4
WORD = re.compile(r"[a-z]+")
DICTIONARY_WORD = re.compile(r"[a-z]{2,5}|[A-Z]{2,5}")
PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


def synsets() -> dict[tuple[str, str], list[str]]:
    """Each synset (part of speech, offset) and its words as WordNet writes them, spaces for underscores."""
    found: dict[tuple[str, str], list[str]] = {}
    for pos in PARTS_OF_SPEECH:
        for line in (WORDNET / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            count = int(fields[3], 16)
            found[(pos, fields[0])] = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).replace("_", " ") for i in range(count)]
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
    if not (WORDNET / "index.noun").exists() or not DICTIONARY.exists():
        print("needs WordNet and SCOWL: apt-get install wordnet-base wbritish", file=sys.stderr)
        return 1
    sets = synsets()
    written = {word for words in sets.values() for word in words if word.isascii() and word.isalpha() and len(word) <= SHORT}
    known, shortened, forms = set(), set(), set()
    for pos in PARTS_OF_SPEECH:
        for line in (WORDNET / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, count = fields[0], int(fields[2])
            if not WORD.fullmatch(lemma) or len(lemma) > SHORT:
                continue
            senses = [[word.lower() for word in sets[(pos, offset)]] for offset in fields[-count:]]
            if all(any(shortens(lemma, other) for other in words if other != lemma) for words in senses):
                shortened.add(lemma)
            else:
                known.add(lemma)
        for line in (WORDNET / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
            form = line.split()[0] if line.split() else ""
            if WORD.fullmatch(form) and len(form) <= SHORT + 1:
                forms.add(form)
    shortened -= known | forms
    words = {word.lower() for word in written} - shortened | forms
    listed = DICTIONARY.read_text(encoding="utf-8").split()
    dictionary = {word for word in listed if DICTIONARY_WORD.fullmatch(word) and word.lower() not in words}
    single = {word.lower() for words in sets.values() for word in words if " " not in word}
    phrases = set()
    for words in sets.values():
        for lemma in words:
            parts = lemma.split()
            if len(parts) < 2 or lemma != lemma.lower() or not all(WORD.fullmatch(part) for part in parts):
                continue
            if any(2 <= len(part) <= SHORT + 1 and part not in single for part in parts) and not any(
                shortens(lemma, other.lower()) for other in words if other != lemma
            ):
                phrases.add("_".join(parts))
    spelt = set()
    for words in sets.values():
        for lemma in words:
            if re.fullmatch(r"[A-Z]{2,5}", lemma):
                for other in words:
                    parts = re.findall(r"[a-z]+", other.lower())
                    if len(parts) >= 2 and other != lemma:
                        spelt.add(f"{lemma}:{'_'.join(parts)}")
    about = (
        "English words of up to four letters (see the script): as WordNet writes them, those it knows only as a "
        "shortening, its irregular forms, a common dictionary's, and its phrases holding a word it knows no other way."
    )
    lines = [
        "written " + " ".join(sorted(written)),
        "shortened " + " ".join(sorted(shortened)),
        "forms " + " ".join(sorted(forms)),
        "dictionary " + " ".join(sorted(dictionary)),
        "phrases " + " ".join(sorted(phrases)),
        "spelt " + " ".join(sorted(spelt)),
    ]
    write_list(OUTPUT, "build_short_words.py", about, lines, also="SCOWL (Debian wbritish)")
    print(
        f"wrote {len(written)} written, {len(shortened)} shortened, {len(forms)} forms, {len(dictionary)} dictionary words, "
        f"{len(phrases)} phrases, {len(spelt)} initialisms spelt out"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
