"""A text's normalised terms, as the lexical backend and the evidence rules read words: folded, phrase-mapped (the
review's synonyms), British -ise spelled -ize, stemmed, stop words out. Apart from `similarity` so that everyday commands
read evidence (`evidence._content`) without importing numpy and scipy (a listing of 459 configurations paid 0.5 s)."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

from cmo.normalise import fold
from cmo.synthesis import lexicon
from cmo.synthesis.lexicon import SPELLING, STOPWORDS

_WORD = re.compile(r"[a-z0-9]+")
_stemmer = snowballstemmer.stemmer("english")


_synonyms = lexicon.NO_SYNONYMS
"""The synonym groups the caches below were filled with; a review that brings others empties them."""


def _current_synonyms():
    global _synonyms
    wanted = lexicon.active_synonyms()
    if wanted is not _synonyms:
        _synonyms = wanted
        _stem.cache_clear()
        _terms_with_words.cache_clear()
    return _synonyms


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    words = _synonyms.words
    if word in words:
        return words[word]
    word = _fold_ise(SPELLING.get(word, word))
    stem = _stemmer.stemWord(word)
    return words.get(word) or words.get(stem) or stem


_ISE_EXCEPTIONS = frozenset(
    "advise advised advises advising exercise exercised exercises exercising expertise "
    "promise promised promises promising otherwise surprise surprised surprising premise "
    "premises compromise compromised supervise supervised supervising supervision "
    "enterprise franchise merchandise televise revise revised revising raise raised "
    "raising praise praised noise precise concise rise arise arises arising arisen wise "
    "disguise improvise improvised excise incise comprise comprised comprising "
    "despise devise devised chastise".split()
)


def _fold_ise(word: str) -> str:
    """organise/organisation -> organize/organization, leaving words that are -ise in US too. A vowel before the "ise"
    ("raises", "praised", "noises", "cruise") is no -ize verb's spelling: AE's "raises" was read as the term "raiz"."""
    if len(word) < 6 or word in _ISE_EXCEPTIONS:
        return word
    return re.sub(r"(?<![aeiou])is(e|ed|es|ing|er|ers|ation|ations)$", r"iz\1", word)


def terms(text: str) -> list[str]:
    """The normalised terms of one element's text: folded, phrase-mapped, stemmed, no stopwords."""
    return [term for term, _ in terms_with_words(text)]


def terms_with_words(text: str) -> tuple[tuple[str, str], ...]:
    """Each normalised term with the words it was made from, for readable titles."""
    _current_synonyms()
    return _terms_with_words(text)


@lru_cache(maxsize=200000)
def _terms_with_words(text: str) -> tuple[tuple[str, str], ...]:
    text = fold((text or "").replace("\u2019", "'"))
    found: list[tuple[int, str, str]] = []
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        start, word = words[i]
        phrase = _phrase_at(words, i)
        if phrase is not None:
            length, concept = phrase
            found.append((start, concept, " ".join(w for _, w in words[i : i + length])))
            i += length
            continue
        i += 1
        if word in STOPWORDS or len(word) < 2 or word.isdigit():
            continue
        stem = _stem(word)
        if stem and stem not in STOPWORDS:
            found.append((start, stem, word))
    return tuple((term, word) for _, term, word in sorted(found))


def _phrase_at(words: list[tuple[int, str]], i: int) -> tuple[int, str] | None:
    """The longest synonym phrase starting at word i, as (number of words, concept)."""
    for parts, concept in _synonyms.phrases.get(words[i][1], ()):
        if tuple(w for _, w in words[i : i + len(parts)]) == parts:
            return len(parts), concept
    return None
