"""Coders' shorthand a lay reader of a pack may not know ("pt", "abx", "tx", "GDP", "w/o").

Configurations keep the words they were coded in; the team says once what each short form means (review.yaml
`settings: short_forms:`), `cmo round close --check` names those it has not said before the round goes out, and a pack
tells its readers what the ones it uses mean (trial CG: a patient member, "I didn't understand what abx means").

The rule (`is_shorthand`): a word of two to four letters that is no English function word and that WordNet does not
know as a word, only as a shortening of a longer one, or not at all (`lexicon.short_word_lists`, built by
scripts/build_short_words.py), and that no common dictionary lists as a reader would meet it: in lower case ("app",
"vs", "etc", "amid", "us", "pram"), unless it is an abbreviation, no vowel in it and WordNet knowing it only as a
shortening, often of another word than the coder's ("pt" of pint, "hr" of hour), or in capitals ("UK", "TV", "GP",
"HIV": an initialism everyone reads). A word ending in a small "s" is read as its singular too ("pts", "GDPs"; the
"S" of "NHS" or "ARDS" is a letter of theirs), but a word of five letters ending in "s" that is a word itself ("focus",
"bonus", "chess", "abyss") is one. Longer words WordNet lacks ("telehealth", "deprescribing") are spelt out of known
parts and are not shorthand; clippings people say as words ("exam", "lab", "vet") are words. A capitalised word
inside a sentence is a name ("Teoh"), not shorthand; a letter or two each side of a slash ("w/o", "b/c") is shorthand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache

from cmo.synthesis.lexicon import ENGLISH_STOPWORDS, english_word_tags, short_word_lists

_TOKEN = re.compile(r"(?<![\w'’/.-])([A-Za-z]{1,2}/[A-Za-z]{1,2}|[A-Za-z]{2,5})(?![\w/-]|['’][a-rt-z])")
_SENTENCE_START = re.compile(r"(^|[.!?(\"“]\s*|\s[-–—]\s*)$")
"""Where a capitalised word may be any word: a text's or sentence's start; elsewhere ("…, Teoh and Cope say") a name."""
LONGEST = 4
_VOWEL = re.compile("[aeiouy]")


@cache
def _known() -> frozenset[str]:
    """The short words WordNet knows as words, in lower case: its words less those it knows only as a shortening,
    with its irregular forms ("arose")."""
    lists = short_word_lists()
    return frozenset({word.lower() for word in lists["written"]} - lists["shortened"] | lists["forms"])


def _a_word(word: str) -> bool:
    """An English word a reader knows, as written (`word`, any case; see the module): a function word, a word the
    lexicon inflects, one WordNet knows, or one a common dictionary lists, in lower case unless it is an abbreviation
    (no vowel, and WordNet knows it only as a shortening), or in capitals as written."""
    lower = word.lower()
    tags = english_word_tags().get(lower)
    if lower in ENGLISH_STOPWORDS or lower in _known() or bool(tags and tags != frozenset("C")):
        return True
    lists = short_word_lists()
    if lower in lists["dictionary"] and (lower not in lists["shortened"] or _VOWEL.search(lower)):
        return True  # "app", "vs", "amid", "us", "pram"; not "pt", "hr", "kg": abbreviations, often of another word
    return word.isupper() and word in lists["dictionary"]


def is_shorthand(word: str) -> bool:
    """A short form a lay reader may not know (see the module)."""
    if "/" in word:
        return True
    lower = word.lower()
    if not 2 <= len(lower) <= LONGEST + 1 or (len(lower) > LONGEST and not lower.endswith("s")):
        return False
    if lower.endswith("nt") and (lower[:-2] in ENGLISH_STOPWORDS or lower[:-1] in ENGLISH_STOPWORDS):
        return False  # "dont", "cant", "isnt": a contraction written without its apostrophe, no shorthand
    singular = word[:-1] if word.endswith("s") and len(lower) > 2 else ""  # "GPs", "pts"; "NHS", "ARDS" end in a letter of theirs
    if len(lower) > LONGEST:  # a plural of a short form ("pts", "GDPs"), unless a word itself ("focus", "bonus": trial CK)
        return not (_a_word(word) or _a_word(singular))
    return not (_a_word(word) or (singular and _a_word(singular)))


def shorthand_in(text: str) -> list[str]:
    """The short forms `text` uses, as written, each once, in order."""
    return list(_used([("", text)], is_shorthand).values())


def _used(texts: Iterable[tuple[str, str]], wanted: Callable[[str], bool]) -> dict[str, str]:
    """The words of `texts` (as written, each once by its lower case, in order) that are `wanted`: a short word or a
    letter or two each side of a slash, not a name (a capitalised word inside a sentence)."""
    found: dict[str, str] = {}
    for _, text in texts:
        for match in _TOKEN.finditer(text or ""):
            word = match.group(1)
            inside = not _SENTENCE_START.search(text[: match.start()])
            if inside and word[:1].isupper() and word[1:].islower() and "/" not in word:
                continue  # "Teoh", "Cope": a name inside a sentence
            if word.lower() not in found and wanted(word):
                found[word.lower()] = word
    return found


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


def short_forms_told(texts: Iterable[tuple[str, str]], meanings: Mapping[str, str]) -> str:
    """The sentence telling a reader what the short forms `texts` use mean, as the team said (review.yaml `settings:
    short_forms:`), each entry once as the team wrote it ("GDP" for "GDPs" and "GDP" alike), shorthand or not (a "BP"
    the team wrote as it is used is told, though readers may know it); a form said as itself
    ("NHS: NHS") is one readers know and is not told; "" when there is none to tell. One sentence for every reader:
    a pack's "How to read" (trial CG: a patient member could not read "abx") and the report's configurations."""
    written = set(meanings) | {f"{key}s" for key in meanings}
    told: dict[str, str] = {}
    for word in _used(
        texts, lambda word: is_shorthand(word) or word in written
    ).values():  # "BP" the team defined, read as a word
        entry = meaning_of(word, meanings)
        if entry and entry[1].casefold() != entry[0].casefold():
            told.setdefault(*entry)
    said = "; ".join(f"\u201c{word}\u201d means {meaning}" for word, meaning in told.items())
    return f"Short forms you will see: {said}." if said else ""
