"""Build cmo/synthesis/english/initialisms_read_otherwise.txt: initialisms WordNet knows in capitals only as a place
that is no country (a US state's "PA", "CA", "MD", "OR"), a unit or measure ("HP" horsepower, "HF" high frequency), or
a thing beside one of those ("PA", a public address system), never as anything a health statement speaks of.

Why. `cmo round close --check` names a coder's short form a lay reader may not know, and passes a word in capitals
WordNet knows ("GP", "UK", "HIV", "ICU"), since those are initialisms everyone reads. But WordNet knows many capitals
in another sense than the coder's: trial CY's "HP recommendation legitimises taking part" (a health professional's) and
"PA benefit faded by 24 months" (physical activity) went to a group of older people unnamed, as WordNet has "HP" as
horsepower and "PA" as Pennsylvania, and one asked back "And what's HP?" (re-checks M1, RH1: "PA", "HF"). Where every
sense WordNet gives the capitals is such a place, unit or thing, a reader cannot know what the coder meant by them, so
they are named, whatever the review's texts say. Kept out: an initialism WordNet also has for a person, a body or
group, an act, a condition, a field of knowledge or a message ("GP", "ICU", "MS", "CT", "MI", "VA", "ED", "TV"); a
country's ("UK", "US": `build_country_initialisms.py`); one that is also an adjective, adverb or verb ("OK"); Roman
numerals ("II", "XIV": "type II diabetes").

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time. Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_initialisms_read_otherwise.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import WORDNET, write_list

ENGLISH = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english"
OUTPUT = ENGLISH / "initialisms_read_otherwise.txt"
ADVERBS_ONLY = ENGLISH / "initialisms_only_adverbs.txt"
"""And a second list: initialisms WordNet knows in capitals only as an adverb ("BC", "AD": before Christ, anno Domini;
"ASAP"). Used as a noun, after a preposition ("young people in BC": British Columbia; helper DA), such capitals name a
place or a thing WordNet does not know them for, as a US state's do, and are named where the text puts them so
(`shorthand.shorthand_in`); as the adverb ("seen ASAP", "in 200 BC") they pass."""
LOCATION, QUANTITY, ATTRIBUTE = "15", "23", "07"
"""WordNet's lexicographer files: noun.location, noun.quantity, noun.attribute (a frequency band: "HF", "UHF")."""
OTHERWISE = {LOCATION, QUANTITY, ATTRIBUTE, "06", "27", "19", "25", "28"}
"""Places, units and measures, and beside them things no health statement means by capitals: noun.artifact (a public
address system), noun.substance, noun.phenomenon, noun.shape, noun.time."""
ROMAN = re.compile(r"[IVXLCDM]+")


def senses() -> dict[str, list[str]]:
    """Each lemma WordNet writes in capitals (two to five letters) and the lexicographer file of each of its synsets,
    in every part of speech ("adj", "adv", "verb" marked as such)."""
    found: dict[str, list[str]] = {}
    for part in ("noun", "verb", "adj", "adv"):
        for line in (WORDNET / f"data.{part}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split(" ")
            count = int(fields[3], 16)
            for word in fields[4 : 4 + 2 * count : 2]:
                lemma = re.sub(r"\(.*\)$", "", word)
                if lemma.isalpha() and lemma.isupper() and 2 <= len(lemma) <= 5:
                    found.setdefault(lemma, []).append(fields[1] if part == "noun" else part)
    return found


def main() -> int:
    if not (WORDNET / "data.noun").exists():
        print(f"WordNet is not in {WORDNET}: apt-get install wordnet-base", file=sys.stderr)
        return 2
    countries = set((ENGLISH / "country_initialisms.txt").read_text(encoding="utf-8").split())
    words = sorted(
        lemma
        for lemma, files in senses().items()
        if set(files) <= OTHERWISE
        and {LOCATION, QUANTITY, ATTRIBUTE} & set(files)
        and lemma not in countries
        and not ROMAN.fullmatch(lemma)
    )
    about = "Initialisms WordNet knows in capitals only as a place that is no country, a unit or a measure. See the script."
    write_list(OUTPUT, "build_initialisms_read_otherwise.py", about, [" ".join(words)])
    print(f"{OUTPUT}: {len(words)} initialisms")
    adverbs = sorted(lemma for lemma, files in senses().items() if set(files) == {"adv"} and not ROMAN.fullmatch(lemma))
    about = "Initialisms WordNet knows in capitals only as an adverb (an era, a time: BC, AD, ASAP). See the script."
    write_list(ADVERBS_ONLY, "build_initialisms_read_otherwise.py", about, [" ".join(adverbs)])
    print(f"{ADVERBS_ONLY}: {len(adverbs)} initialisms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
