"""Coders' shorthand a lay reader of a pack may not know ("pt", "abx", "tx", "GDP", "w/o").

Configurations keep the words they were coded in; the team says once what each short form means (review.yaml
`settings: short_forms:`), `cmo round close --check` names those it has not said before the round goes out, and a pack
tells its readers what the ones it uses mean (trial CG: a patient member, "I didn't understand what abx means").

The rule (`is_shorthand`): a word of two to four letters that is no English function word and that WordNet does not
know as a word, only as a shortening of a longer one, or not at all (`english/short_forms.txt`, built by
scripts/build_short_forms.py); a word ending in "s" is read as its singular too ("pts", "GDPs"), but a word of five
letters ending in "s" that is a word itself ("focus", "bonus", "virus", "basis") is one. Longer words WordNet
lacks ("telehealth", "deprescribing") are spelt out of known parts and are not shorthand; clippings people say as
words ("exam", "lab", "vet") are words. A capitalised word inside a sentence is a name ("Teoh"), not shorthand; a
letter or two each side of a slash ("w/o", "b/c") is shorthand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from cmo.synthesis.lexicon import ENGLISH_STOPWORDS, english_word_tags

_FILE = Path(__file__).resolve().parent / "english" / "short_forms.txt"
_TOKEN = re.compile(r"(?<![\w'’/.-])([A-Za-z]{1,2}/[A-Za-z]{1,2}|[A-Za-z]{2,5})(?![\w/-]|['’][a-rt-z])")
_SENTENCE_START = re.compile(r"(^|[.!?(\"“]\s*|\s[-–—]\s*)$")
"""Where a capitalised word may be any word: a text's or sentence's start; elsewhere ("…, Teoh and Cope say") a name."""
LONGEST = 4


@cache
def _short_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(known, shortened) of `english/short_forms.txt`."""
    lines = {line.split()[0]: line.split()[1:] for line in _FILE.read_text(encoding="utf-8").splitlines() if line[:1] != "#"}
    return frozenset(lines.get("known", ())), frozenset(lines.get("shortened", ()))


def _a_word(word: str) -> bool:
    """An English word of up to four letters: a function word, a word the lexicon inflects, or one WordNet knows."""
    known, _ = _short_forms()
    tags = english_word_tags().get(word)
    return word in ENGLISH_STOPWORDS or word in known or bool(tags and tags != frozenset("C"))


def is_shorthand(word: str) -> bool:
    """A short form a lay reader may not know (see the module)."""
    if "/" in word:
        return True
    lower = word.lower()
    if not 2 <= len(lower) <= LONGEST + 1 or (len(lower) > LONGEST and not lower.endswith("s")):
        return False
    if lower.endswith("nt") and (lower[:-2] in ENGLISH_STOPWORDS or lower[:-1] in ENGLISH_STOPWORDS):
        return False  # "dont", "cant", "isnt": a contraction written without its apostrophe, no shorthand
    singular = lower[:-1] if lower.endswith("s") and len(lower) > 2 else ""
    if len(lower) > LONGEST:  # a plural of a short form ("pts", "GDPs"), unless a word itself ("focus", "bonus": trial CK)
        return not (_a_word(lower) or _a_word(singular))
    return not (_a_word(lower) or (singular and _a_word(singular)))


def shorthand_in(text: str) -> list[str]:
    """The short forms `text` uses, as written, each once, in order."""
    found: dict[str, str] = {}
    for match in _TOKEN.finditer(text or ""):
        word = match.group(1)
        inside = not _SENTENCE_START.search(text[: match.start()])
        if inside and word[:1].isupper() and word[1:].islower() and "/" not in word:
            continue  # "Teoh", "Cope": a name inside a sentence
        if is_shorthand(word):
            found.setdefault(word.lower(), word)
    return list(found.values())


def meaning_of(word: str, meanings: Mapping[str, str]) -> tuple[str, str] | None:
    """The team's entry for `word` (any case; a plural by its singular's entry, "pts" by "pt"): the short form as the
    team wrote it and what it means; None when the team has not said."""
    folded = {key.casefold(): (key, value) for key, value in meanings.items()}
    lower = word.casefold()
    if lower in folded:
        return folded[lower]
    if lower.endswith("s") and lower[:-1] in folded:
        return folded[lower[:-1]]
    return None


def shorthand_by_word(texts: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Each short form (as first written) and the ids whose text uses it, in order: `texts` is (id, text) pairs."""
    found: dict[str, tuple[str, list[str]]] = {}
    for owner, text in texts:
        for word in shorthand_in(text):
            written, owners = found.setdefault(word.lower(), (word, []))
            if owner not in owners:
                owners.append(owner)
    return {written: owners for written, owners in found.values()}
