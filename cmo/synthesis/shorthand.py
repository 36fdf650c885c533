"""Coders' shorthand a lay reader of a pack may not know ("pt", "abx", "tx", "GDP", "w/o").

Configurations keep the words they were coded in; the team says once what each short form means (review.yaml
`settings: short_forms:`), `cmo round close --check` names those it has not said before the round goes out, and a pack
tells its readers what the ones it uses mean (trial CG: a patient member, "I didn't understand what abx means").

The rule (`is_shorthand`): a word of two to four letters that is no English function word and that WordNet does not
know as a word, only as a shortening of a longer one, or not at all (`lexicon.short_word_lists`, built by
scripts/build_short_words.py), and that no common dictionary lists as a reader would meet it: in lower case ("app",
"vs", "etc", "amid", "us", "pram"), unless it is an abbreviation, no vowel to sound it by and WordNet knowing it only as
a shortening, often of another word than the coder's ("pt" of pint, "hr" of hour, "yr" of year), or English text not
using it as a word ("wk", "hrs"; `_an_abbreviation`), or in capitals ("UK", "TV", "GP", "HIV": an initialism everyone
reads, unless the review's texts spell it out as other words than WordNet's: `initialisms_spelt_out`; or unless WordNet
knows it in capitals only as a place that is no country, a unit or a measure, "PA" Pennsylvania, "HP" horsepower, "HF"
high frequency, which no coder means: `lexicon.initialisms_read_otherwise`). A word ending
in a small "s" is read as its singular too ("pts", "GDPs"; the
"S" of "NHS" or "ARDS" is a letter of theirs), but a word of five letters ending in "s" that is a word itself ("focus",
"bonus", "chess", "abyss") is one. Longer words WordNet lacks ("telehealth", "deprescribing") are spelt out of known
parts and are not shorthand; clippings people say as words ("exam", "lab", "vet") are words. A capitalised word
inside a sentence is a name ("Teoh"), not shorthand, and so is one the lexicon knows as a name wherever it stands
("(Leeds)", where the bracket opens as a sentence does: trial CW asked the team what 'Leeds' means); a letter or two
each side of a slash ("w/o", "b/c") or of an ampersand ("S&B", "A&E") is shorthand. A word with a capital after a small
letter ("HaH", "DfE") is an initialism, never the lower-case word its letters spell ("hah"), unless WordNet or the
dictionary writes it so ("PhD", "WiFi"), when it is read as any word is, or it is one small letter before a
capitalised English word ("iPad", "eBay": a brand made of a word).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path

from cmo.language import BE_FORMS, DEGREE_WORDS, FUNCTION_WORDS, LINKING_VERBS, MODAL_AUXILIARIES
from cmo.normalise import fold
from cmo.synthesis.lexicon import (
    ENGLISH_STOPWORDS,
    country_initialisms,
    dictionary_words,
    english_word_tags,
    english_words,
    initialisms,
    initialisms_only_adverbs,
    initialisms_read_otherwise,
    short_word_lists,
)

_TOKEN = re.compile(
    r"(?<![\w'’.&-])(?:(?<!/)|(?<=[A-Za-z]{3}/)|(?<=/)(?=[A-Za-z]{3}))([A-Za-z]{1,2}[/&][A-Za-z]{1,2}|[A-Za-z]{2,5}|[A-Z]{5,7}s|[A-Z]{6,7})"
    r"(?![\w&]|-(?!(?<=[A-Z]-)[a-z]{2})|/(?![A-Za-z]{3})|['’][a-rt-z])"
)
"""A short word, an initialism in capitals of up to `LONGEST_CAPITALS` letters ("GBMSM", "STBBIs"), or a letter or two
each side of a slash ("w/o", "b/c") or an ampersand ("S&B", "A&E"). An initialism joined by a hyphen to the word it
qualifies ("CGA-led", "MDT-based": helper H0's "CGA-led HaH" went to the group untold) is read as itself; a word in small
letters before a hyphen ("co-op", "e-mail") is part of one word, as before. A slash
between a word and a longer one joins two words, each read as itself ("OPS/harm reduction sites", "ward/ICU": trial CR,
where 'OPS' was never told), and so does one before a word of three letters or more ("HF/COPD": heart failure or
chronic obstructive pulmonary disease, two short forms; helper F3 found 'COPD' never named)."""
_SENTENCE_START = re.compile(r"(^|[.!?;(\"“]\s*|\s[-–—]\s*)$")
"""Where a capitalised word may be any word: a text's or sentence's start, or a clause's after a semicolon, which coders
use as a full stop ("pt wants dialysis; Fam want CKM": trial CW's 'Fam' was read as a name and went unnamed); elsewhere
("…, Teoh and Cope say") a name."""
LONGEST = 4
LONGEST_CAPITALS = 7
"""Letters of the longest initialism in capitals read as a short form: one no lexicon knows as a word ("GBMSM", gay,
bisexual and other men who have sex with men; "STBBI"; trial DA: "In young GBMSM, …" went to a youth panel unnamed, as
a word of five letters was never read), while one it knows is read as that word ("COVID", "SMART", "NEVER")."""
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
"""A capital after a small letter inside a word ("HaH", hospital at home; "DfE"): a coder's initialism, never the word its
letters spell in lower case (trial CV: "HaH" was read as the interjection "hah" and went to the group unexplained)."""
_VOWEL = re.compile("[aeiouy]")


@cache
def _known() -> frozenset[str]:
    """The short words WordNet knows as words, in lower case: its words less those it knows only as a shortening,
    with its irregular forms ("arose"). One it writes only in capitals with no vowel to sound it by (`_SOUNDED_VOWEL`)
    is an initialism ("STD", sexually transmitted disease; "INR"), no word in small letters: a coder's "std care"
    (standard) went to a reference group unnamed, read as WordNet's "STD" (helper K1); in capitals it is read as any
    initialism is. One with a vowel may be sounded as a word ("oh", "asap") and is read as before."""
    lists = short_word_lists()
    small = {word.lower() for word in lists["written"] if not word.isupper() or _SOUNDED_VOWEL.search(word.lower())}
    return frozenset(small - lists["shortened"] | lists["forms"])


def _a_word(word: str) -> bool:
    """An English word a reader knows, as written (`word`, any case; see the module): a function word, a word the
    lexicon inflects, one WordNet knows, or one a common dictionary lists, in lower case unless it is an abbreviation
    (no vowel, and WordNet knows it only as a shortening), or in capitals as written."""
    lower = word.lower()
    lists = short_word_lists()
    if _INNER_CAPITAL.search(word) and word not in lists["written"] and word not in lists["dictionary"]:
        return _a_brand_of_a_word(word)  # "HaH": no "hah"; a word the lexicon writes so ("PhD", "WiFi") is read as it
        # reads the others
    if word.isupper() and lower not in ENGLISH_STOPWORDS and word in initialisms_read_otherwise():
        return False  # "PA", "HP": WordNet's Pennsylvania and horsepower are not what a coder means by them
    tags = english_word_tags().get(lower)
    if lower in ENGLISH_STOPWORDS or lower in _known() or bool(tags and tags != frozenset("C")):
        return True
    capitals = word[:-1] if word[-1:] == "s" and len(word) > 2 and word[:-1].isupper() else word  # "EDs": "ED"
    if capitals.isupper() and capitals.lower() in lists["shortened"]:
        return capitals in lists["dictionary"]  # "ED", "MED": capitals are an initialism's, not the clipping "ed"
        # (education) the dictionary lists in small letters; only a dictionary's own capitals ("GP", "CT") pass
    if lower in lists["dictionary"] and not _an_abbreviation(lower):
        return True  # "app", "vs", "amid", "us", "pram"; not "pt", "hr", "kg", "yr", "wk", "hrs": abbreviations
    return word.isupper() and word in lists["dictionary"]


def _a_brand_of_a_word(word: str) -> bool:
    """Whether a word with a capital after a small letter is one small letter before a capitalised English word of three
    letters or more ("iPad", "iPod", "eBay"): a brand's name made of a word, read as the word is, not a coder's
    initialism ("HaH", "DfE", "eGFR"). Re-check RH2: 'iPad' was named as a short form the team should explain."""
    head, rest = word[:1], word[1:]
    if not (head.islower() and len(rest) >= 3 and rest[0].isupper() and rest[1:].islower()):
        return False
    lower = rest.lower()
    return lower in _known() or lower in english_words() or lower in short_word_lists()["dictionary"]


_SOUNDED_VOWEL = re.compile("[aeiou]|(?<=.)y")
"""A vowel a reader can sound a word by: "y" is one after another letter ("gym", "my"), not as a word's first ("yr")."""


def _an_abbreviation(lower: str) -> bool:
    """A word a common dictionary lists (`lower`, in small letters) that is an abbreviation, no word: one with no vowel
    to sound it by (`_SOUNDED_VOWEL`) that WordNet knows only as a shortening, often of another word than the coder's
    ("pt" of pint, "hr" of hour, "yr" of year), or that English text does not use as a word of its own (no whole word
    of the sentence model's vocabulary, `_model_words`: "wk", "hrs", "bldg", "tsp"; not "vs", "lbs", "pp"). Trial CY:
    "61-94 yr olds", "24 wks" went to a group of older people unnamed, the "y" of "yr" read as a vowel and "wk" passing
    as the dictionary's. One with a vowel is an abbreviation too where WordNet knows it only as a shortening, writes it
    in small letters nowhere (only as another initialism in capitals: "ESP", extrasensory perception) and English text
    does not use it as a word: "esp" (especially), which the dictionary lists as its abbreviation (trial CZ: "can't
    drive esp in winter" went to a group of older people unnamed); not "pram", "ammo", "soya", written as words."""
    lists = short_word_lists()
    if _SOUNDED_VOWEL.search(lower):
        return lower in lists["shortened"] and lower not in lists["written"] and lower not in _model_words()
    return lower in lists["shortened"] or lower not in _model_words()


def is_shorthand(word: str) -> bool:
    """A short form a lay reader may not know (see the module). Letters each side of an ampersand ("S&B classes",
    "A&E") are initials joined, as a slash joins them: trial CY's "referral … into S&B classes" (strength and balance)
    went to a group of older people unsaid, the '&' keeping it from being read as a word at all."""
    if "/" in word or "&" in word:
        return True
    lower = word.lower()
    bare = word[:-1] if word.endswith("s") else word
    capitals = len(bare) >= 2 and bare.isupper()  # an initialism in capitals, its plural's "s" aside ("STBBIs")
    if not capitals and (not 2 <= len(lower) <= LONGEST + 1 or (len(lower) > LONGEST and not lower.endswith("s"))):
        return False
    if lower.endswith("nt") and (lower[:-2] in ENGLISH_STOPWORDS or lower[:-1] in ENGLISH_STOPWORDS):
        return False  # "dont", "cant", "isnt": a contraction written without its apostrophe, no shorthand
    singular = word[:-1] if word.endswith("s") and len(lower) > 2 else ""  # "GPs", "pts"; "NHS", "ARDS" end in a letter of theirs
    if singular.isupper() and singular in initialisms_read_otherwise():
        return True  # "PAs", "HPs": the plural of one (`_a_word`), though "pas" is a dictionary's word
    if capitals and len(lower) > LONGEST:  # "GBMSM", "CAMHS", "STBBIs", unless a word ("COVID", "SMART", "FOCUS")
        return len(bare) <= LONGEST_CAPITALS and not any(_a_long_word(form) for form in (word, singular) if form)
    if singular[1:].islower() and not _a_word(word) and not _a_word_in_small_letters(singular.lower()):
        return True  # "obs": "ob" is WordNet's "OB" and "Ob", never a word in small letters whose plural this is (H0)
    if len(lower) > LONGEST:  # a plural of a short form ("pts", "GDPs"), unless a word itself ("focus", "bonus": trial CK)
        return not (_a_word(word) or _a_word(singular))
    return not (_a_word(word) or (singular and _a_word(singular)))


def _a_long_word(word: str) -> bool:
    """A word of five letters or more in capitals that is an English word (`_a_word`), or one a common dictionary lists
    in small letters (`lexicon.dictionary_words`: "really", "always", "totally", which the short words' lists and the
    lexicon's verbs and adjectives do not hold): written in capitals for emphasis ("staff REALLY listened", "peers were
    ALWAYS there"; helper K7: both were asked about as short forms). An initialism that long spells no word ("GBMSM",
    "CAMHS", "STBBI")."""
    return _a_word(word) or word.lower() in dictionary_words()


def _a_word_in_small_letters(lower: str) -> bool:
    """Whether a word in small letters is one a reader knows written so (`_a_word`), not only as WordNet writes a name
    or an initialism spelt with the same letters ("Ob", a river; "OB", obstetrics): a plural in small letters is of a
    common noun, so "obs" (observations, a clipping) is no plural of either, while "meds", "labs" and "docs" are."""
    lists = short_word_lists()
    if lower in ENGLISH_STOPWORDS or lower in lists["written"] or lower in lists["forms"]:
        return True
    tags = english_word_tags().get(lower)
    if tags and tags != frozenset("C"):
        return True
    if lower in lists["dictionary"] and not _an_abbreviation(lower):
        return True
    return lower not in _written_in_any_case()


@cache
def _written_in_any_case() -> frozenset[str]:
    """WordNet's words, in small letters whatever their capitals ("ob" for "OB" and "Ob")."""
    return frozenset(word.lower() for word in short_word_lists()["written"])


def shorthand_in(text: str, english: bool = True) -> list[str]:
    """The short forms `text` uses, as written, each once, in order, and the signs (`_SIGN`) it writes for words. In a
    text written in another language than English (`english` False: `languages.written_in`), only a capitals' short
    form ("HTA", "ASC") or a slashed one is: its other words are that language's own ("les", "du", "sans", "soins"),
    which an English lexicon cannot judge (trial CP: a French statement's function words were listed as short forms the
    team should explain)."""
    if english:
        found = _used([("", _other_languages_phrases_aside(text or ""))], is_shorthand)
    else:
        found = _used([("", _ELIDED.sub(r"\1 ", text or ""))], _shorthand_in_another_language)
    codes = {code.group(1).lower(): code.group(1) for code in _CODE.finditer(text or "") if code.group(1).lower() not in found}
    codes |= {time.group(1).lower(): time.group(1) for time in _A_TIME_WRITTEN_SHORT.finditer(text or "")}
    codes |= {
        noun.group(1).lower(): noun.group(1)
        for noun in _AN_ADVERBS_CAPITALS_AS_A_NOUN.finditer(text or "")
        if noun.group(1) in initialisms_only_adverbs() and noun.group(1).lower() not in found
    }
    if english:
        codes |= {
            word.lower(): word
            for word in _codes_in_capitals(text or "")
            if word.lower() not in found and word.lower() not in codes
        }
    if codes:
        found = dict(sorted({**found, **codes}.items(), key=lambda item: (text or "").find(item[1])))
    signs = {match.group(0): match.start() for match in reversed(list(_SIGN.finditer(text or "")))}
    if not signs:
        return list(found.values())
    at = {word: (text or "").find(word) for word in found.values()}
    return sorted([*found.values(), *signs], key=lambda form: signs.get(form, at.get(form, 0)))


_CAPITALS_WORD = re.compile(rf"(?<![\w'’.&/-])([A-Z]{{2,{LONGEST}}})(?![\w&/-]|['’][a-rt-z])")
_NEIGHBOUR_BEFORE = re.compile(r"([^\W\d_]+)[^\w]*$")
_NEIGHBOUR_AFTER = re.compile(r"^[^\w]*([^\W\d_]+)")
_A_NOUN_S_PLACE = re.compile(r"(?:\b(?i:in|at|from|across|to|of|with|and|or|the|a|an|versus|vs)\s+|\(\s*)$")
"""Before a word, what puts it where a noun stands: a preposition, a conjunction, an article, an opening bracket."""


def _codes_in_capitals(text: str) -> list[str]:
    """A word in capitals whose small letters are an English word ("no", "tau", "act", "pie"), written among words in
    small letters, that no common dictionary or cmo's list of initialisms writes in capitals (not "UK", "TV", "HIV",
    "AIDS", "WHO"; nor, of two letters, one WordNet writes so: "US", "IT", "OR"): a short form a reader takes for the
    word, "compared with TAU at 24 months" (treatment as usual), "TIC on a poster" (trauma-informed care), "care homes in
    NO and PL" (Norway, Poland; helpers H6 and H2: the check and the pack passed them unsaid). Not a function word
    written in capitals for emphasis ("they did NOT attend", "NO change"), unless it stands where a noun does (after a
    preposition, a conjunction or an article, or in brackets: "in NO and PL", "(NO)"); nor capitals among capitals ("NO
    GP COVER ON FRIDAYS", a heading), whose words are the heading's and are not read. Of up to `LONGEST` letters,
    where initialisms and words share their spellings: a longer word in capitals reads as the word ("SMART" goals,
    "NEVER"), as `LONGEST_CAPITALS` says."""
    lists = short_word_lists()
    known = lists["dictionary"] | initialisms()
    found: list[str] = []
    for match in _CAPITALS_WORD.finditer(text):
        word = match.group(1)
        lower = word.lower()
        if word in known or (len(word) == 2 and word in lists["written"]) or not _a_word(lower):
            continue
        if (lower in ENGLISH_STOPWORDS or lower in MODAL_AUXILIARIES) and not _A_NOUN_S_PLACE.search(text[: match.start()]):
            continue  # "did NOT attend", "nurses MUST ask": emphasis
        if _an_adjective_said_of_its_subject(lower, text[: match.start()]):
            continue  # "people felt SAFE at home": emphasis
        if _an_adjective_before_its_noun(lower, text[: match.start()], text[match.end() :]):
            continue  # "a FREE bus pass", "a HUGE difference": emphasis
        before = _NEIGHBOUR_BEFORE.search(text[: match.start()])
        after = _NEIGHBOUR_AFTER.search(text[match.end() :])
        if any(near and not near.group(1).isupper() for near in (before, after)):
            found.append(word)
    return found


def _an_adjective_said_of_its_subject(lower: str, before: str) -> bool:
    """A word in capitals that English uses as an adjective, right after a form of "be", a linking verb ("felt",
    "seems") or a degree word ("so", "very"): the predicative adjective, which a writer puts in capitals for
    emphasis ("people felt SAFE at home", "it was FUN"; I0 and RH6: 'SAFE' and 'FUN' were asked about as short forms).
    A short form there is a noun, which no adjective's spelling gives ("the comparator was TAU", "was ACT")."""
    previous = _NEIGHBOUR_BEFORE.search(before)
    if not previous or before[previous.end(1) :].strip():
        return False  # "was, SAFE": a sign between them
    linking = previous.group(1).lower()
    if linking not in BE_FORMS | LINKING_VERBS | DEGREE_WORDS:
        return False
    return "a" in english_word_tags().get(lower, frozenset())


def _an_adjective_before_its_noun(lower: str, before: str, after: str) -> bool:
    """A word in capitals that English uses as an adjective, after "a" or a degree word and before the word in small
    letters it describes: the attributive adjective, stressed ("a FREE bus pass", "a HUGE difference", "very BIG
    portions"; helper K7: 'FREE' and 'HUGE' were asked about as short forms). A short form is a noun, which no
    adjective's spelling gives ("an ACT group", "TAU at 24 months"), and one the team finds passed is said in
    review.yaml as any short form is. A verb, a function word or
    nothing after it ("the FIT was positive", "for FREE") is no noun it describes: the capitals stay a noun's place;
    and only after "a" or a degree word is it surely no name (`_AN_INDEFINITE_S_PLACE`: "the NICE guideline")."""
    if "a" not in english_word_tags().get(lower, frozenset()):
        return False
    if not _AN_INDEFINITE_S_PLACE.search(before):
        return False
    following = re.match(r" ([a-z]+)\b", after)
    if not following:
        return False
    noun = following.group(1)
    if noun in ENGLISH_STOPWORDS and noun not in ("one", "ones"):
        return False  # "the FIT was", "SAFE and": no noun it describes
    tags = english_word_tags().get(noun, frozenset())
    return not tags or bool(tags & set("ans"))  # a noun (one the lexicon lacks is one) or an adjective before one


_AN_INDEFINITE_S_PLACE = re.compile(rf"\b(?i:a|an|{'|'.join(sorted(DEGREE_WORDS))})\s+$")
"""Before capitals and a noun, where a word describing that noun stands, not a name's: "a" or "an", which introduce a
thing rather than name one known, or a degree word ("a FREE drop-in", "very BIG portions"). Elsewhere capitals before a
noun are as often a programme's, guideline's or test's initialism spelling an adjective ("the NICE guideline",
"follows NICE guidance", "the WASH programme", "the FIT test") and are asked about as before."""


_CODE = re.compile(r"(?<![\w'’.&/-])([A-Za-z]{1,4}\d{1,4}[A-Za-z]{0,3})(?![\w&/-])")
"""A code of letters then figures ("s136", "T2DM", "CD4", "H1N1"): a section of an act, a condition or a test as
professionals write it, which `_TOKEN`, reading letters alone, never saw (trial DC: "s136 detentions fell" went to a
group of people with lived experience of crisis unsaid). Figures first ("10mg", "24h", "1990s") are amounts and times,
and a hyphenated name ("COVID-19") is written as the public reads it; neither is one."""
_A_TIME_WRITTEN_SHORT = re.compile(r"(?<![\w'’.&/£$€¥-])(\d+(?:w|wks?|m|mos?|mths?|y|yrs?))(?![\w&/-]|['’][a-rt-z])")
"""A measure of time written as a number glued to its unit's letters ("12m", "6mo", "3wk", "2yr"): the short forms of
weeks, months and years, which a lay reader may not read ("12m" is 12 months at a follow-up, 12 million or 12 metres
elsewhere), so a short form the team says the meaning of (helper K3: a pack showed "12m follow up" unexplained).
`_TOKEN` finds letters alone, so none was named. Hours ("24h") are read as the public reads them, as are amounts
("10mg") and money ("£12m"): trial DC."""

_AN_ADVERBS_CAPITALS_AS_A_NOUN = re.compile(r"\b(?i:in|at|from|across|to|of|with|the|a|an)\s+([A-Z]{2,5})(?![\w&/-])")
"""Capitals WordNet knows only as an adverb (`lexicon.initialisms_only_adverbs`: "BC", "AD") after a preposition or an
article, where the text uses them as a noun: "young people in BC" (British Columbia), "people with AD" (Alzheimer's
disease). WordNet's before Christ and anno Domini are no noun, so a reader cannot know what they mean, as with a US
state's capitals (`initialisms_read_otherwise`; helper DA: 'BC' passed the check). After a number ("in 200 BC") or a
verb ("seen ASAP") they are the adverb, and pass."""
_SIGN = re.compile(r"!=|=/=|≠|==|>=|<=|≥|≤|=>|⇒|↑|↓")
"""The signs of mathematics and programming a coder writes for words ("attendance != doing the exercises at home", "BP
↑", "completed >=75% of classes"): no punctuation of English prose, so a lay reader may not read them (trial CY:
"attendance != doing exercise at home between classes", an accepted configuration, went to a group of older people
unsaid). Named as short forms are; an arrow or sign people read as words ("->", "+", "=") is not."""


_PHRASE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")


@cache
def _other_languages_function_words() -> frozenset[str]:
    """Every function word of the other languages cmo knows (`cmo.language.FUNCTION_WORDS`), once."""
    return frozenset().union(*FUNCTION_WORDS.values())


def _other_languages_phrases_aside(text: str) -> str:
    """An English text with each phrase it quotes in another language blanked out (the same length, so what is left
    stands where it stood): a run of three words or more that English does not know, written with vowels and parted by
    spaces alone (a number among them), holding a function word of another language ("sobre el uso de antibióticos",
    "rotación de residentes cada 6 meses", "programa de gerenciamento"). Its words are that language's, which a coder
    switching languages wrote in full, not shorthand (trial CT: 'de', 'por', 'uso', 'cada', 'meses', 'pasos' were named
    as short forms to explain). A coder's shorthand beside one such word stays ("abx por via oral": 'abx'; "ceftriaxone
    im daily": 'im'), as does one with no vowel inside a run, which breaks it ("pts de facto")."""
    english, theirs = english_words(), _other_languages_function_words()
    spans: list[tuple[int, int]] = []
    run: list[re.Match] = []
    function_words = 0

    def close() -> None:
        nonlocal run, function_words
        words = [found for found in run if not found.group(0).isdigit()]
        if len(words) >= 3 and function_words:
            spans.append((words[0].start(), words[-1].end()))
        run, function_words = [], 0

    for found in _PHRASE_WORD.finditer(text):
        word = found.group(0)
        lower = word.lower()
        if run and text[run[-1].end() : found.start()].strip():
            close()  # punctuation between: another phrase
        if word.isdigit():
            if run:
                run.append(found)
            continue
        function_word = lower in theirs and lower not in english and lower not in ENGLISH_STOPWORDS
        if not function_word and (lower in english or lower in ENGLISH_STOPWORDS or _a_word(word) or not _VOWEL.search(lower)):
            close()
            continue
        run.append(found)
        function_words += function_word
    close()
    for start, end in reversed(spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_ELIDED = re.compile(r"(\b(?:[cdjlmnst]|qu))['’](?=[A-Z]{2})", re.IGNORECASE)
"""An elided article or pronoun before a capitals' short form ("l'HTA", "d'ASC", "qu'OMS"): the short form is a word of
its own, as it would be after "la" or "des" (RH3: "la TA car l'HTA ne donne pas de symptômes" named neither)."""
_ROMAN = re.compile(r"[IVX]+")


def _shorthand_in_another_language(word: str) -> bool:
    """A slashed short form (`is_shorthand`), or one in capitals, two letters or more and not a Roman numeral ("TA",
    "CV", "HTA", "ASCs"): in another language, capitals are no English word a reader knows ("TA", tension artérielle,
    is no "ta"), so the English lexicon has no say (RH3: "mesurer la TA", "risque CV" went to the group unexplained)."""
    if "/" in word or "&" in word:
        return is_shorthand(word)
    bare = word[:-1] if word.endswith("s") and len(word) > 2 else word
    return len(bare) >= 2 and bare.isupper() and len(word) <= LONGEST + 1 and not _ROMAN.fullmatch(bare)


def _used(texts: Iterable[tuple[str, str]], wanted: Callable[[str], bool]) -> dict[str, str]:
    """The words of `texts` (as written, each once by its lower case, in order) that are `wanted`: a short word or a
    letter or two each side of a slash, not a name (a capitalised word inside a sentence)."""
    found: dict[str, str] = {}
    for _, text in texts:
        phrases = [phrase.span() for phrase in _phrases().finditer(text or "")]
        for match in _TOKEN.finditer(text or ""):
            word = match.group(1)
            if any(start <= match.start(1) < end for start, end in phrases):
                continue  # "quo" of "status quo", "et" of "et al": a word of a phrase English knows (`_phrases`)
            inside = not _SENTENCE_START.search(text[: match.start()])
            if inside and word[:1].isupper() and word[1:].islower() and "/" not in word and "&" not in word:
                continue  # "Teoh", "Cope": a name inside a sentence
            if word[:1].isupper() and word[1:].islower() and "C" in english_word_tags().get(word.lower(), ()):
                continue  # "(Leeds)", "Leeds GPs…": a place the lexicon knows by name, wherever a sentence opens (trial CW)
            if _names_a_division(word, text[match.end() :]):
                continue  # "Bo district", "Kono District": a place's name, wherever a sentence opens (helper DD)
            if _opens_a_name(word, text[match.end() :]):
                continue  # "Hong Kong", "Sri Lanka": a name of two words, wherever a sentence opens (helper H3)
            if word.lower() not in found and wanted(word):
                found[word.lower()] = word
    return found


_A_DIVISION = re.compile(
    r"\s+(?:district|region|province|county|prefecture|municipality|governorate|parish|township|commune)s?\b", re.I
)
"""A country's division after its name ("Bo district", "Kono District", "Ashanti region")."""
_A_FEATURE = re.compile(
    r"\s+(?:River|Creek|Island|Lake|Bay|Valley|Range|Spring|Hill|Mountain|Coast|Harbou?r|Gorge|Beach|Falls|Plains|"
    r"Peninsula|Strait|Sound)s?\b"
)
"""A place's feature after its name, written with a capital as English writes a name's every word ("Daly River",
"Tennant Creek", "Palm Island"); in small letters ("Pt river walk") it is any noun."""


def _names_a_division(word: str, after: str) -> bool:
    """Whether `word`, written with a capital and small letters ("Bo"), is the name of a division of a country, told by
    the noun for one right after it (`_A_DIVISION`: "Bo district, Sierra Leone", "in Ho region"): a place, where a
    text's or sentence's first word may otherwise be any word (helper DD: 'Bo' was named as a short form a lay reader
    may not know), and of a place's feature, told by its noun written with a capital right after it (`_A_FEATURE`:
    helper K1, "(Daly River region)" had 'Daly' named). A word WordNet or a dictionary knows as a shortening ("Pt
    district nurse visits": patient; "Hr region"…) is the coder's short form still."""
    if not (word[:1].isupper() and word[1:].islower() and (_A_DIVISION.match(after) or _A_FEATURE.match(after))):
        return False
    lower = word.lower()
    return lower not in short_word_lists()["shortened"] and not _an_abbreviation(lower)


_NEXT_NAME_WORD = re.compile(r"\s([A-Z][a-z]{2,})\b(?![-'’])")
"""A word written with a capital and small letters right after another ("Hong Kong", "Sri Lanka", "Abu Dhabi")."""


def _opens_a_name(word: str, after: str) -> bool:
    """Whether `word`, written with a capital and small letters ("Hong"), opens a name of two words, told by a second
    word so written right after it that is no English word ("Kong", "Lanka", "Dhabi"): a place or a person, where a
    text's or sentence's first word may otherwise be any word (helper H3: 'Hong' of "Hong Kong community, early
    dementia" was named as a short form a lay reader may not know). A word WordNet or a dictionary knows as a
    shortening is the coder's short form still, and so is one before an English word ("Fam Meeting", "Pt Refused")."""
    if not (word[:1].isupper() and word[1:].islower()) or not (following := _NEXT_NAME_WORD.match(after)):
        return False
    lower, next_word = word.lower(), following.group(1).lower()
    if lower in short_word_lists()["shortened"] or _an_abbreviation(lower):
        return False
    lists = short_word_lists()
    return not (next_word in _known() or next_word in english_words() or next_word in lists["dictionary"])


@cache
def _phrases() -> re.Pattern[str]:
    """WordNet's phrases that hold a word it knows no other way (`short_word_lists`' `phrases`: "status quo", "in vivo",
    "et al", "pro tem"), written with any space between their words: such a word is no shorthand inside its phrase
    (CN: "hoc" of "ad hoc interpreters", and "quo" of "status quo", were named as short forms), but is alone."""
    phrases = sorted(short_word_lists().get("phrases", ()), key=len, reverse=True)
    if not phrases:
        return re.compile(r"(?!)")
    spelt = "|".join(r"\s+".join(phrase.split("_")) for phrase in phrases)
    return re.compile(rf"(?<![\w'’-])(?:{spelt})(?![\w'’-])", re.IGNORECASE)


def meaning_of(word: str, meanings: Mapping[str, str]) -> tuple[str, str] | None:
    """The team's entry for `word` (any case; a plural by its singular's entry, "pts" by "pt"): the short form as the
    team wrote it and what it means; None when the team has not said."""
    folded = {key.casefold(): (key, value) for key, value in meanings.items()}
    lower = word.casefold()
    entry = folded.get(lower) or (folded.get(lower[:-1]) if lower.endswith("s") else None)
    if entry and is_a_word_in_capitals(entry[0]) and not word[: len(entry[0])].isupper():
        return None  # "no GP cover", "people who attend": the word, not the team's 'NO' (Norway) or 'WHO'
    return entry


def is_a_word_in_capitals(form: str) -> bool:
    """Whether a short form written in capitals spells an English word in small letters ("NO", Norway, and "no"; "WHO",
    "US", "SE"): the team's entry for it means the capitals alone, never the word a text writes in small letters
    (helper RH1: with 'NO: Norway' said for a context's country codes, "Friday afternoon, no GP cover" was spelt out
    "Norway GP cover"). An initialism whose small letters are no word ("GP", "ABU") means the same in any case."""
    bare = form[:-1] if form.endswith("s") and len(form) > 2 else form
    return len(bare) >= 2 and bare.isalpha() and bare.isupper() and _a_word(form.lower())


_LONGER_WORD = re.compile(r"(?<![\w'’/.-])([A-Za-z][a-z]{4,8})(?![\w/-]|['’][a-rt-z])")
_ANY_WORD = re.compile(r"[a-z]+")
_TOKENIZER = Path(__file__).resolve().parent / "model_files" / "all-MiniLM-L6-v2" / "tokenizer.json"


@cache
def _model_words() -> frozenset[str]:
    """The whole words of the bundled sentence model's vocabulary (its tokenizer's, without the pieces '##…' and the
    marks '[…]'): the words common enough in English text to be one token ("interpreter", "appointment", "rehab";
    not "interp", "appt"). Empty where the file is missing (a trimmed install): then no clipping is named."""
    import json

    try:
        vocab = json.loads(_TOKENIZER.read_text(encoding="utf-8"))["model"]["vocab"]
    except (OSError, ValueError, KeyError, TypeError):
        return frozenset()
    return frozenset(word for word in vocab if word.isalpha() and word.islower())


def _a_word_of_text(word: str) -> bool:
    """A word English text uses as one: a word a reader knows (`_a_word`) or one of the sentence model's vocabulary."""
    return _a_word(word) or word in _model_words()


def clippings_in(text: str, whole: set[str]) -> list[str]:
    """The longer words of `text` (five to nine letters) that clip a word the same texts write whole (`whole`, their
    words in small letters): a word English text does not use as one (no word of the lexicon nor of the sentence
    model's vocabulary, `_model_words`; its plural's singular neither) that begins a known word two or more letters
    longer ("interp" beside "interpreter" or "interpreting", "psych" beside "psychiatry"), as a coder shortens a word the
    rest of the team writes out. Trial CN: "phone interp", "interp explains" went to a group of migrant women unsaid,
    six letters being past the short forms' four. A longer word that begins no known word of the texts ("telehealth",
    "deprescribing"; "midwife" beside "midwifery", neither of them in the vocabulary) is none, nor is a clipping people
    say as a word ("rehab", "stats": in the vocabulary)."""
    found: list[str] = []
    for match in _LONGER_WORD.finditer(text or ""):
        word = match.group(1)
        if word[:1].isupper() and not _SENTENCE_START.search(text[: match.start()]):
            continue  # a name inside a sentence
        lower = word.lower()
        stems = [lower, lower[:-1]] if lower.endswith("s") else [lower]
        if any(_a_word_of_text(stem) for stem in stems):
            continue
        stem = stems[-1]
        if any(len(other) >= len(stem) + 2 and other.startswith(stem) and _a_word_of_text(other) for other in whole):
            found.append(word)
    return found


_SPELT_WORD = re.compile(r"[A-Za-z]+|[^\sA-Za-z-]+")
_INITIALISM = re.compile(r"(?<![\w'’.&/-])([A-Z]{2,5})s?(?![\w&/-]|['’][a-rt-z])")


@cache
def _spelt_by_wordnet() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each initialism WordNet writes in capitals and the phrases it gives for it, as words ("GP": general
    practitioner; `short_word_lists`' `spelt`, built by scripts/build_short_words.py)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for entry in short_word_lists().get("spelt", ()):
        initialism, _, phrase = entry.partition(":")
        found.setdefault(initialism, []).append(tuple(phrase.split("_")))
    return {initialism: tuple(phrases) for initialism, phrases in found.items()}


def _phrases_by_initials(texts: Iterable[str]) -> dict[str, set[tuple[str, ...]]]:
    """The phrases of two to five words `texts` write whole, by their initials in capitals ("health professional",
    "trauma-informed care": "HP", "TIC"): words in small letters (a capital first), next to each other, parted by a
    space or a hyphen alone, no function word among them, and no short form (`is_shorthand`): words cut short spell
    nothing out (helper E3: "guides pts" was taken for a spelling out of "GP", named to the team as a short form
    readers do not know)."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for text in texts:
        run: list[str] = []
        for match in _SPELT_WORD.finditer(text or ""):
            word = match.group(0)
            if not word.isalpha() or not word[1:].islower() or word.lower() in ENGLISH_STOPWORDS or is_shorthand(word):
                run = []
                continue
            run.append(word.lower())
            for length in range(2, min(5, len(run)) + 1):
                phrase = tuple(run[-length:])
                found.setdefault("".join(part[0] for part in phrase).upper(), set()).add(phrase)
    return found


def _same_phrase(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Two phrases of the same words, each by its first four letters ("general practice", "general practitioner")."""
    return len(one) == len(other) and all(a[:4] == b[:4] for a, b in zip(one, other))


def initialisms_spelt_out(text: str, phrases: Mapping[str, set[tuple[str, ...]]]) -> list[str]:
    """The initialisms in capitals of `text` ("HP", "TICs") that the review's texts spell out (`phrases`, from
    `_phrases_by_initials`: "health professional", "trauma-informed care") as other words than WordNet gives for them:
    a reader knows "HP" as horsepower, "TIC" as a twitch, not as the team means them. Trial CY: "HP recommendation
    legitimises taking part" went to a group of older people unnamed, 'HP' being in the dictionary, and one asked
    "And what's HP?". An initialism spelt out as WordNet spells it ("GP" beside "general practice", "UK" beside "United
    Kingdom") is one readers know, and one the texts do not spell out is read as before (`is_shorthand`)."""
    found: list[str] = []
    for match in _INITIALISM.finditer(text or ""):
        initialism = match.group(1)
        spelt = phrases.get(initialism)
        if not spelt or initialism in country_initialisms():
            continue
        known = _spelt_by_wordnet().get(initialism, ())
        if not any(_same_phrase(phrase, theirs) for phrase in spelt for theirs in known):
            found.append(match.group(0))
    return found


def shorthand_by_word(texts: Iterable[tuple[str, str]], spelt_in: Iterable[str] = ()) -> dict[str, list[str]]:
    """Each short form (as first written) and the ids whose text uses it, in order: `texts` is (id, text) pairs. A
    longer word that clips one the texts write whole (`clippings_in`) is one too, and so is an initialism the texts,
    or the review's other texts `spelt_in` (its coded statements and quotes), spell out as other words than a reader
    knows it by (`initialisms_spelt_out`). An owner's texts read together tell the language it is written in
    (`languages.written_in`: a short context, "Adultes de Dakar", tells none alone); in another language only capitals'
    and slashed short forms are read, and no clipping. A piece of an English owner's text, up to a semicolon, that
    tells by itself it is in another language is read as that language: a key context listing one member's French
    context beside others' English ones (helper H1: "Poste de santé rural, suivi par l'infirmier chef de poste" named
    'de' as a short form to explain)."""
    from cmo.synthesis.languages import written_in

    texts = list(texts)
    phrases = _phrases_by_initials([*(text for _, text in texts), *spelt_in])
    by_owner: dict[str, list[str]] = {}
    for owner, text in texts:
        by_owner.setdefault(owner, []).append(text or "")
    english = {owner: written_in(*owned) is None for owner, owned in by_owner.items()}
    whole = {word for _, text in texts for word in _ANY_WORD.findall((text or "").lower())}
    found: dict[str, tuple[str, list[str]]] = {}
    for owner, text in texts:
        clipped = [*clippings_in(text, whole), *initialisms_spelt_out(text, phrases)] if english[owner] else []
        pieces = (text or "").split("; ") if english[owner] else [text]
        shown = [word for piece in pieces for word in shorthand_in(piece, english[owner] and written_in(piece) is None)]
        for word in [*shown, *clipped]:
            written, owners = found.setdefault(word.lower(), (word, []))
            if owner not in owners:
                owners.append(owner)
    return {written: owners for written, owners in found.values()}


def _letters_defined(texts: list[tuple[str, str]], letters: set[str]) -> list[str]:
    """The one-letter short forms the team defined (`settings: short_forms: {w: with}`) that the texts use as words
    ("peer workers w lived exp"), in order, each once: too short for `_TOKEN` to find, yet the team asked for them to
    be told (trial CX: "w" for "with" went to a lived-experience group untold). A letter in a term ("A&E", "w/o", "Type
    2") is no word of its own, and "a" or "I" only where the team defined them."""
    if not letters:
        return []
    found: dict[str, str] = {}
    one = re.compile(r"(?<![\w'’.&/-])([A-Za-z])(?![\w'’&/-])")
    for _, text in texts:
        for match in one.finditer(text or ""):
            if match.group(1) in letters:
                found.setdefault(match.group(1), match.group(1))
    return list(found.values())


_NUMBERED_FORM = re.compile(r"[A-Za-z]+\d[A-Za-z\d]*|\d+[A-Za-z][A-Za-z\d]*")
"""A short form with a figure in it ("s136", "T2DM", "5HT", "H1N1"): `_TOKEN` finds letters alone, so the team's entry
for one is found by `_numbered_defined`."""


def _numbered_defined(texts: list[tuple[str, str]], forms: set[str]) -> list[str]:
    """The short forms with a figure in them the team defined (`settings: short_forms: {s136: section 136 …}`) that the
    texts use as words, any capitals, or their plural ("T2DMs"), in order, each once: letters alone are all `_TOKEN`
    finds, yet the team asked for them to be told (trial DC: "s136" went to a lived-experience group untold, though
    review.yaml said what it means). A form inside a longer one ("s1360", "s136a") is not it."""
    if not forms:
        return []
    found: dict[str, str] = {}
    spelt = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    one = re.compile(rf"(?<![\w'’.&/-])({spelt})s?(?![\w'’&/-])", re.IGNORECASE)
    for _, text in texts:
        for match in one.finditer(text or ""):
            found.setdefault(match.group(1).casefold(), match.group(1))
    return list(found.values())


_TOLD_FORM = re.compile(
    r"(?<![\w'’.&/-])([A-Za-z][A-Za-z\d]*(?:/[A-Za-z][A-Za-z\d]*)+|[A-Za-z]{1,2}[&][A-Za-z]{1,2}|[A-Za-z]+\d[A-Za-z\d]*|\d+[A-Za-z][A-Za-z\d]*|[A-Za-z]{1,9})"
    r"(?![\w&/-]|['’][a-rt-z])"
    r"(\.(?=\s+[a-z]))?"  # a clipping's dot inside a sentence ("no sig. difference"): the form's, not a full stop
)


def spelt_out(text: str, meanings: Mapping[str, str]) -> str:
    """`text` with each short form the team said (`meanings`, review.yaml `settings: short_forms:`) written out as it
    means ("pt defers to doctor's authority": "patient defers to doctor's authority"; "pts" by "pt": "patients"), for a
    team that sets `settings: spell_out_short_forms: true` (trial CW: a patient partner hearing a pack by text-to-speech
    heard "P T" though the pack told once what 'pt' means); a clipping's dot inside a sentence goes with it ("no sig.
    difference": "no significant difference", not "significant."; helper H1). A form said as itself ("NHS: NHS")
    stays; one opening a sentence opens it with a capital ("Pt wants…": "Patient wants…"; a title "FI translates…": "Intercultural
    facilitator translates…", where helper E3's pack headed a finding in small letters; "mHealth app" stays as the team
    wrote it); one in brackets right after the words it stands for, as a coder defines it ("intercultural facilitators
    (FI)"), is left out, as those words say it already (helper E3: "facilitators (intercultural facilitator)"). The
    configuration's stored words are untouched: only what a reader is shown is written out."""
    if not meanings or not text:
        return text or ""

    def written(match: re.Match) -> str:
        word, dot = match.group(1), match.group(2) or ""
        if "/" in word and meaning_of(word, meanings) is None:  # "HF/COPD": each said form of the pair written out
            parts = word.split("/")
            return "/".join(one(part, match.string[: match.start()] if not n else "/") for n, part in enumerate(parts)) + dot
        told = one(word, match.string[: match.start()])
        return told if told != word else word + dot  # "no sig. difference": "no significant difference"

    def one(word: str, before: str) -> str:
        entry = meaning_of(word, meanings)
        if entry is None or entry[1].casefold() == entry[0].casefold():
            return word
        short, meaning = entry
        if word.casefold() != short.casefold():  # "pts" by "pt": the meaning's plural
            meaning = _plural_meaning(meaning, short, word)
        before = before.rstrip()
        opens = not before or before.endswith((".", "!", "?"))
        first = meaning.split(maxsplit=1)[0] if meaning.strip() else ""
        if (
            word[:1].isupper()
            and (opens or (short[:1].islower() and not word.isupper()))  # "Pt" anywhere; "FI", "HbA1c" only opening one
            and first[:1].islower()
            and not any(letter.isupper() for letter in first[1:])
        ):
            meaning = meaning[:1].upper() + meaning[1:]
        return meaning

    return _TOLD_FORM.sub(written, _DEFINED_IN_BRACKETS.sub(lambda found: _unless_defined(found, meanings), text))


_BRACKETED_END = re.compile(r"^(?P<head>.*?\S)\s*\((?P<inside>[^()]+)\)$")


def _plural_meaning(meaning: str, short: str, word: str) -> str:
    """A meaning made plural for a short form's plural ("pts" by "pt: patient"): its last word takes English's plural
    ending ("patients", "countries" for "country", "branches"), the words before a bracket that ends it do, not the
    bracket ("ASHAs" by "ASHA: community health worker (ASHA)" reads "community health workers (ASHAs)", where helper
    K4's pack read "community health worker (ASHA)s"), and a bracket holding the short form itself holds it as written
    here. A meaning already ending in "s" is taken as plural already, as the team wrote it."""
    if found := _BRACKETED_END.match(meaning):
        inside = found["inside"]
        return f"{_plural_meaning(found['head'], short, word)} ({word if inside.casefold() == short.casefold() else inside})"
    if meaning.endswith("s") or not meaning[-1:].isalpha():
        return meaning
    if re.search(r"[^aeiou]y$", meaning, re.I):
        return f"{meaning[:-1]}ies"
    return f"{meaning}es" if re.search(r"(?:ch|sh|x|z)$", meaning, re.I) else f"{meaning}s"


_DEFINED_IN_BRACKETS = re.compile(r"(?P<before>[^()]*?)\s*\((?P<form>[^()\s]{1,12})\)")
"""A short form alone in brackets, with the words before it ("Haitian intercultural facilitators (FI)")."""


def _unless_defined(found: re.Match, meanings: Mapping[str, str]) -> str:
    """The words before a bracketed short form the team said, without it where they end with what it means, singular or
    plural, in any case ("intercultural facilitators (FI)", FI said as "intercultural facilitator"): the coder's own
    definition, which the form written out would only repeat. Any other bracket stays as written."""
    entry = meaning_of(found.group("form"), meanings)
    before = found.group("before")
    if entry is None or entry[1].casefold() == entry[0].casefold():
        return found.group(0)
    said = fold(entry[1]).casefold().removesuffix("s")
    ending = fold(before).casefold().rstrip().removesuffix("s")
    if said and ending.endswith(said) and (len(ending) == len(said) or not ending[-len(said) - 1].isalnum()):
        return before
    return found.group(0)


def spelt_out_listed(text: str, meanings: Mapping[str, str]) -> str:
    """A list of items parted by "; " (a configuration's key contexts) with each said short form written out
    (`spelt_out`), each item opening with a capital (`opened_with_a_capital`) as the list's other items do: helper DA's
    pack read "young people receiving a positive result by text…; Users with a positive result; Waiting for results at
    home", the "YP" that opened the first item written out in small letters."""
    return "; ".join(opened_with_a_capital(spelt_out(item, meanings)) for item in (text or "").split("; "))


def opened_with_a_capital(item: str) -> str:
    """An item of a list with its first letter a capital ("users with a positive result": "Users with…"), where the
    list's items each open a line or follow "; ". A first word written with a capital after its first letter ("eGFR
    under 30", "mHealth apps", "iPhone users") is a name or short form spelt so, kept as written."""
    first = item.split(maxsplit=1)[0] if item.strip() else ""
    if not first[:1].islower() or any(letter.isupper() for letter in first[1:]):
        return item
    at = item.index(first)
    return item[:at] + first[:1].upper() + item[at + 1 :]


def _as_the_texts_write(key: str, word: str) -> str:
    """A short form as a reader sees it in the texts told: the team's entry where they wrote it with a capital ("GDP"),
    but one written in small letters, as review.yaml's keys are written and `round close --check` asks for them ("lw:
    …"), in the texts' own capitals where they write it as an initialism ("LW"; a plural's singular: "LTC" for "LTCs" by
    "ltc"). Trial E0's pack told "“lw” means link worker" to readers of "LW". A form whose only capital opens its part
    ("Pts with…") is told as the entry writes it ("pt")."""
    written = word[: len(key)]
    if key != key.lower() or written.casefold() != key.casefold() or written[1:] == written[1:].lower():
        return key
    return written


def short_forms_told(texts: Iterable[tuple[str, str]], meanings: Mapping[str, str]) -> str:
    """The sentence telling a reader what the short forms `texts` use mean, as the team said (review.yaml `settings:
    short_forms:`), each entry once as the team wrote it ("GDP" for "GDPs" and "GDP" alike), shorthand or not (a "BP"
    the team wrote as it is used is told, though readers may know it); a form said as itself
    ("NHS: NHS") is one readers know and is not told; "" when there is none to tell. One sentence for every reader:
    a pack's "How to read" (trial CG: a patient member could not read "abx") and the report's configurations."""
    texts = list(texts)
    written = {key.casefold() for key in meanings} | {f"{key.casefold()}s" for key in meanings}
    told: dict[str, tuple[str, str]] = {}
    defined = _used(  # "BP" the team defined, a word; "SE" the team said as 'se: Sweden', as the check asks (RH1)
        texts, lambda word: is_shorthand(word) or (word.casefold() in written and meaning_of(word, meanings) is not None)
    ).values()
    letters = _letters_defined(texts, {key for key in meanings if len(key) == 1 and key.isalpha()})
    numbered = _numbered_defined(texts, {key for key in meanings if _NUMBERED_FORM.fullmatch(key)})
    clipped = shorthand_by_word(texts)  # and a clipping the texts write whole ("interp": trial CN)
    for word in [*letters, *numbered, *defined, *clipped]:
        entry = meaning_of(word, meanings)
        if entry and entry[1].casefold() != entry[0].casefold():
            told.setdefault(entry[0], (_as_the_texts_write(entry[0], word), entry[1]))
    said = "; ".join(f"\u201c{word}\u201d means {meaning}" for word, meaning in told.values())
    return f"Short forms you will see: {said}." if said else ""
