"""Build cmo/synthesis/english/dictionary_words.txt: the words a common English dictionary lists in lower case.

Why. `cmo round close --check` names the uncommon words only one of a configuration's sources says ("naming
'benzodiazepines' in its mechanism"): one study's thing, read as the synthesis. An uncommon word was one neither the
sentence model's vocabulary nor the English lexicon's verbs and adjectives hold, so every everyday noun the tokenizer
splits ("burnout", "opioid", "caseworker") was named as one study's (trial CR). A word a general dictionary lists in
lower case is a word of English, which any study may use: no study's own term (`cmo.commands.rounds._uncommon`); one
capitalised as a name is read as a name. The dictionary is Debian's `wbritish` (SCOWL's British English list of common
words, as a spelling checker uses it), not WordNet, which also lists drugs and devices ("naloxone", "benzodiazepine").

Kept: the lower-case words (letters, hyphens inside), less possessives, the forms the English lexicon already tags
(`english/word_forms.txt`) and a plural whose singular is listed (`_singulars` reads plurals). cmo does not depend on
wbritish at run time. Run this after changing the rule, and commit the file it writes:
    apt-get install wbritish && .venv/bin/python scripts/build_dictionary_words.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import DICTIONARY

ENGLISH = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english"
OUTPUT = ENGLISH / "dictionary_words.txt"
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def tagged() -> set[str]:
    """The word forms `english/word_forms.txt` lists (cmo reads them already)."""
    lines = (ENGLISH / "word_forms.txt").read_text(encoding="utf-8").splitlines()
    return {word for line in lines if line and not line.startswith("#") for word in line.split()[1:]}


def main() -> int:
    if not DICTIONARY.exists():
        print("needs SCOWL: apt-get install wbritish", file=sys.stderr)
        return 1
    listed = {word for word in DICTIONARY.read_text(encoding="utf-8").split() if WORD.fullmatch(word)}
    known = tagged()
    plurals = {word for word in listed if word.endswith("s") and ({word[:-1], word[:-2], word[:-3] + "y"} & listed)}
    words = sorted(listed - known - plurals)
    header = [
        "# Built by scripts/build_dictionary_words.py from SCOWL (Debian wbritish); do not edit.",
        "# The words a common dictionary lists in lower case, less those english/word_forms.txt tags and plurals.",
    ]
    OUTPUT.write_text("\n".join([*header, *words]) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
