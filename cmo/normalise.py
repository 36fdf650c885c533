"""Normalisation shared by every reader: identifiers, years, pages, names, types.

Readers differ in syntax; once a value is here it means the same whatever file it came from,
which is what lets de-duplication compare records across databases.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from urllib.parse import unquote, urlsplit


class lazy_pattern:  # noqa: N801 (written where re.compile is)
    """A regular expression compiled at its first use, not at import: every command imports these modules, and most
    of their patterns serve ingest or refine alone (compiling them was ~15 ms of every command). After the first use its
    methods are the compiled pattern's own, found without this lookup."""

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)

    def __getattr__(self, name: str):
        compiled = re.compile(*self._args)
        for method in ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "pattern", "flags"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


_DOI_PREFIX = lazy_pattern(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*|doi\s+)", re.I)
_DOI_SHAPE = lazy_pattern(r"10\.\d{4,9}/\S+")
_PERCENT_ESCAPE = lazy_pattern(r"%[0-9A-Fa-f]{2}")
_YEAR = lazy_pattern(r"(1[5-9]\d\d|20\d\d)")
_PMID = lazy_pattern(r"^[1-9]\d{0,8}$")  # no PMID is 0 (Abstrackr writes 0 for none) or starts with one
_SPACES = lazy_pattern(r"\s+")


def listed(words: list[str]) -> str:
    """Words as a sentence lists them: "a", "a and b", "a, b and c"."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def natural_key(text: str) -> tuple:
    """Sort `S2` before `S10`, `C2` before `C10`, `smith2020` before `smith2020a`."""
    return tuple(int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text))


def unique_key(key: str, taken, *, first_plain: bool = False) -> str:
    """`key`, or `key-2`, `key-3`… whichever is not yet in `taken` (a citation key must stay unique)."""
    if first_plain and key not in taken:
        return key
    low, high = 1, 2  # galloping: a file can repeat one key thousands of times, and key-2 … key-k are taken in turn
    while f"{key}-{high}" in taken:
        low, high = high, high * 2
    while high - low > 1:  # the first free suffix after low, where every suffix up to low is taken
        middle = (low + high) // 2
        low, high = (middle, high) if f"{key}-{middle}" in taken else (low, middle)
    return f"{key}-{high}"


def clean_text(value: str | None) -> str:
    """Collapse white space; keep every character (titles stay data, even `<script>`)."""
    if not value:
        return ""
    if value.isprintable() and "  " not in value and value[0] != " " and value[-1] != " ":
        return value  # already clean (space is the only printable white space): most values, abstracts too, unsplit
    return " ".join(value.split())


_NAME_WORD = lazy_pattern(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or per the to upon via vs with".split())
_KEPT_CAPITALS = {
    word.upper(): word
    for word in (
        "AIDS ADHD AMA BMC BMJ BJPsych CMAJ COVID EU HIV ICT IEEE JAMA JMIR NHS NICE NIHR OECD PLOS PTSD UK UNESCO "
        "UNICEF US USA WHO CDC II III IV"
    ).split()
}
"""Words a name in capitals keeps as their owners write them ("BMC", "PLOS", "JAMA"): acronyms with a vowel, which
the no-vowel rule (`display_case`) would not know."""
_KEPT_PHRASES = {"PLOS One": "PLOS ONE"}
_VOWEL = lazy_pattern(r"[aeiouyAEIOUY]")


def in_capitals(text: str | None) -> bool:
    """A name or title written all in capitals ("BMC PUBLIC HEALTH", as Web of Science gives journals): two letters or
    more, none of them lower-case."""
    return bool(text) and text.isupper() and sum(character.isalpha() for character in text) > 1


_WORD_ONSETS = frozenset(
    "bl br ch cl cr dr dw fl fr gh gl gn gr kh kl kn kr ph pl pn pr ps qu rh sc sh sk sl sm sn sp sq sr st sv sw th tr ts tw "
    "wh wr zh".split()
)
"""The consonant pairs a word (English, or a name in Latin letters: "Khan", "Sri", "Tsunami") can begin with."""


def _no_word_onset(word: str) -> bool:
    """A word in capitals no word could be: it begins with two consonants no word begins with ("HMIC", "HMICFRS",
    "NHSE", "DWP" aside) — an acronym of a body's name, kept in capitals when the rest is shown in title case."""
    head = word[:2].lower()
    return len(word) > 2 and not _VOWEL.search(head) and head not in _WORD_ONSETS


def an_initialism_by_its_form(word: str) -> bool:
    """A word in capitals its letters alone tell is an initialism: two letters or more and no vowel ("BMJ", "NHS", "GP"),
    or beginning as no word does ("HMIC", "HMICFRS")."""
    return len(word) > 1 and (not _VOWEL.search(word) or _no_word_onset(word))


def display_case(text: str) -> str:
    """A name written all in capitals, as it is shown: each word capitalised, small words ("of", "and", "the") lower
    but the first and after a colon, acronyms kept ("BMC", "JAMA", "PLOS ONE" as PLOS writes it, and any word without
    a vowel: "BMJ", "NHS", or beginning as no word does: "HMIC", "HMICFRS"); a name in mixed case is shown as written."""
    if not in_capitals(text):
        return text
    parts, last, first = [], 0, True
    words = [found.group(0).lower() for found in _NAME_WORD.finditer(text)]
    small = _TITLE_SMALL_WORDS if _ROMANCE_OR_GERMAN_JOINING.intersection(words) else _SMALL_WORDS
    for found in _NAME_WORD.finditer(text):
        word, between = found.group(0), text[last : found.start()]
        if word in _KEPT_CAPITALS:
            cased = _KEPT_CAPITALS[word]
        elif an_initialism_by_its_form(word):
            cased = word
        elif not first and word.lower() in small and not between.rstrip().endswith((":", ".", "(", "—", "–")):
            cased = word.lower()
        else:
            cased = word[0] + word[1:].lower()
        parts.append(between + cased)
        last, first = found.end(), False
    shown = "".join(parts) + text[last:]
    for phrase, kept in _KEPT_PHRASES.items():
        shown = shown.replace(phrase, kept)
    return shown


_SPELT_AS_WORDS = frozenset({"AIDS", "NICE", "US", "WHO"})
"""Acronyms of `_KEPT_CAPITALS` that are also English words ("women who give birth", "nice"): a title in capitals cannot
tell them apart, so `sentence_case` shows them as words."""


def title_words(titles: Iterable[str]) -> dict[str, str]:
    """How the review's titles in mixed case print a word inside a sentence: its acronyms ("ICU", "RCT") and proper
    names ("Australia", "Aboriginal"), by the word in capitals — those printed so inside a title and never in lower case
    there (a word a title capitalises as it begins, or after a colon, tells nothing). What `sentence_case` keeps in a
    title in capitals that another record of the review prints so."""
    cased: dict[str, str] = {}
    lower: set[str] = set()
    for title in titles:
        if not title or in_capitals(title) or not any(c.islower() for c in title):
            continue
        inner, last = [], 0
        for number, found in enumerate(_NAME_WORD.finditer(title)):
            between, last = title[last : found.start()], found.end()
            if number and not between.rstrip().endswith((":", ".", "?", "!")):
                inner.append(found.group(0))
        long = [word for word in inner if len(word) > 3 and not word.isupper()]
        title_cased = sum(word[0].isupper() for word in long) * 2 > len(long)  # "Models of Midwifery Care": no names told
        for word in inner:
            if word.islower():
                lower.add(word.upper())
            elif word.isupper() and len(word) > 1 or not title_cased and word[0].isupper() and word[1:].islower():
                cased.setdefault(word.upper(), word)
    return {upper: word for upper, word in cased.items() if upper not in lower}


def sentence_case(text: str, known: Mapping[str, str] | None = None) -> str:
    """A title written all in capitals (CINAHL's and old MEDLINE records' "MODELS OF MIDWIFERY CARE: A REVIEW"), as it
    is shown: in sentence case, as APA prints a title — the first word and the first after a colon, full stop or
    question mark capitalised, every other word lower — keeping what capitals alone tell is an initialism
    (`an_initialism_by_its_form`: "NHS", "GP", "HMIC"), an acronym its owner writes so (`_KEPT_CAPITALS`: "COVID",
    "JAMA"), the pronoun "I" and a one-letter label ("vitamin D", "type B"), and any word `known` (`title_words`: as the
    review's other records print it, "ICU", "Australia"). A title in mixed case is shown as written; the record keeps its
    title as read."""
    if not in_capitals(text):
        return text
    parts, last, first = [], 0, True
    for found in _NAME_WORD.finditer(text):
        word, between = found.group(0), text[last : found.start()]
        starts = first or between.rstrip().endswith((":", ".", "?", "!"))
        if known and word in known:
            cased = known[word]
        elif word in _KEPT_CAPITALS and word not in _SPELT_AS_WORDS:
            cased = _KEPT_CAPITALS[word]
        elif an_initialism_by_its_form(word) or (len(word) == 1 and word != "A"):
            cased = word
        elif starts:
            cased = word[0] + word[1:].lower()
        else:
            cased = word.lower()
        parts.append(between + cased)
        last, first = found.end(), False
    return "".join(parts) + text[last:]


_HOST_NAME = lazy_pattern(
    r"(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,24}\.?", re.I
)


def host_name(text: str | None) -> bool:
    """A web site's host name given as a publisher ("bmjopen.bmj.com", "eprints.whiterose.ac.uk.", "cambridge.org"), as
    Google Scholar (through Publish or Perish) names where it found a work: where a work is, not who published it. A
    body's name has a space or no dot in it ("Springer", "Wiley Online Library"), or capitals as its owner writes it
    ("JMLR.org")."""
    text = clean_text(text)
    return text == text.lower() and " " not in text and bool(_HOST_NAME.fullmatch(text)) and not text.replace(".", "").isdigit()


def publisher_name(text: str | None) -> str:
    """The publisher a record names, or '' for a web site's host name (`host_name`), which is never written or cited as
    one."""
    return "" if host_name(text) else clean_text(text)


def better_cased(had: str, given: str, *, capitals: bool = True) -> bool:
    """A linked record writes a source's value with more in it: the same letters once folded (a leading "The" aside),
    with the accents or the capitals the source's value lost. Proper case for a name in capitals ("Scandinavian Journal
    of Educational Research" for Web of Science's "SCANDINAVIAN JOURNAL OF EDUCATIONAL RESEARCH"); SciELO's "Cadernos
    de Saúde Pública" for PubMed's indexing form "Cadernos de saude publica", "PLoS Medicine" for "PLoS medicine": more
    accents with no fewer capitals, or more capitals with no fewer accents (`capitals=False` counts accents only, for a
    title, whose capitals are a style's). A different name (PubMed's "Lancet (London, England)" for "LANCET") never
    replaces one, nor does a form that loses some of what the source's value has: a name in lower case throughout
    (CENTRAL's "bmj") is no better than one in capitals ("BMJ", whose capitals may be an acronym's)."""
    if not had or not given or in_capitals(given) or not _same_letters(had, given):
        return False
    if in_capitals(had):
        return not capitals or _capitals(given) > 0  # a name all in lower case ("bmj") lost what capitals said
    accents = _accented(given) - _accented(had)
    more_capitals = _capitals(given) - _capitals(had) if capitals else 0
    return (accents > 0 and more_capitals >= 0) or (more_capitals > 0 and accents >= 0)


def better_written(had: str, given: str, *, name: bool = True) -> str:
    """A better form of a source's value from a linked record's, or '': the record's whole where it writes the same
    letters with more in them (`better_cased`). For a name (a journal's, a publisher's) that one form abbreviates word by
    word, the name in full with the accents and capitals the other writes its words with (`_abbreviates`): LILACS's
    "Ciênc. Saúde Coletiva (Online)" and PubMed's "Ciencia & saude coletiva" make "Ciência & Saúde Coletiva", whichever
    the source had. The full name's letters never change, nor is anything the source's form has lost; a title
    (`name=False`) counts accents only, and is never pieced together."""
    if better_cased(had, given, capitals=name) and not (name and in_capitals(had) and _sentence_cased(given)):
        return given
    if name and (cased := _title_cased(had, given) or _title_cased(given, had)):
        return cased if cased != had else ""
    if name and had == had.lower() and in_capitals(given) and _same_letters(had, given):
        return given  # "bmj" or "lancet" in lower case, which capitals say more of ("BMJ", shown "Lancet": `display_case`)
    if name and _first_part(given, had) and not _sentence_cased(given) and not in_capitals(given):
        return given  # the name a publisher writes for the NLM's name with its translation after it
    if not name or in_capitals(had) or in_capitals(given):
        return ""
    short, full = sorted((given, had), key=lambda form: len(fold(without_qualifier(form))))  # the shorter abbreviates
    if not _abbreviates(short, full):
        return ""
    shorter = [word for word in _NAME_WORD.findall(without_qualifier(short)) if fold(word) not in _NAME_JOINING]
    longer = [found for found in _NAME_WORD.finditer(full) if fold(found.group(0)) not in _NAME_JOINING]
    if len(shorter) != len(longer):
        return ""
    pieced, end = [], 0
    for abbreviated, found in zip(shorter, longer):
        pieced += [full[end : found.start()], _written_as(found.group(0), abbreviated)]
        end = found.end()
    pieced = "".join(pieced) + full[end:]
    words = [word for word in _NAME_WORD.findall(pieced) if fold(word) not in _NAME_JOINING]
    if len({word[0].isupper() for word in words[1:]}) > 1:
        return ""  # its words after the first half capitalised ("Health Policy and planning") is no better
    if full is had:
        return pieced if better_cased(had, pieced) else ""
    return pieced if _accented(pieced) >= _accented(had) else ""  # the name in full for its abbreviation, nothing lost


def _sentence_cased(name: str) -> bool:
    """A name in sentence case, as the NLM's catalogue writes journals ("JAMA internal medicine", "Pharmacy world &
    science"): a word after the first, joining words aside, begins in lower case."""
    words = _NAME_WORD.findall(name)[1:]
    return any(word[0].islower() and word.lower() not in _TITLE_SMALL_WORDS for word in words)


def _title_cased(sentence: str, capitals: str) -> str:
    """A journal's name in title case, where one record writes it in sentence case (PubMed's "JAMA internal medicine")
    and another in capitals (Web of Science's "JAMA INTERNAL MEDICINE"), which is shown in title case
    (`display_case`): the sentence-case form with each word but joining words begun with a capital, so its acronyms
    and accents stay ("JAMA Internal Medicine"); '' for any other pair. Whichever record came first, the name is the
    same."""
    if not in_capitals(capitals) or in_capitals(sentence) or not _sentence_cased(sentence):
        return ""
    if not _same_letters(sentence, capitals):
        return ""
    return title_case_name(sentence)


def title_case_name(name: str) -> str:
    """A journal's name in sentence case, as the NLM's catalogue writes every one (PubMed's JT: "Community mental
    health journal", "BMJ open"), in the title case its publisher and a reference list write it ("Community Mental
    Health Journal", "BMJ Open"): each word begun with a capital but joining words ("of", "and", "de") after the first
    and not after a colon or a full stop; its acronyms and accents stay, as do its first word ("npj digital medicine")
    and a word with a capital inside it ("mHealth"). A name in lower case throughout (CENTRAL's "journal of the american
    geriatrics society") has its first word begun with a capital too, but a first word without a vowel, a brand's or an
    acronym's as written ("npj digital medicine"). A name in capitals or in title case is as written, as is a web address
    ("http://www.nap.edu"), an ordinal's letters ("3rd") and a letter alone in brackets ("Physica status solidi (b)")."""
    if in_capitals(name) or not _sentence_cased(name) or "://" in name or name.lower().startswith("www."):
        return name
    lowered = name == name.lower()

    def capitalised(found: re.Match) -> str:
        word = found.group(0)
        after_stop = name[: found.start()].rstrip().endswith((":", "."))
        small = word.lower() in _TITLE_SMALL_WORDS and not after_stop
        first = found.start() == 0 and (not lowered or not _VOWEL.search(word))  # "npj" kept, "journal" begun in capital
        kept = small and found.start() > 0 or first or not word[0].islower() or word[1:] != word[1:].lower()  # "mHealth"
        kept = kept or name[found.start() - 1 : found.start()].isdigit()  # "3rd"
        kept = kept or (len(word) == 1 and name[found.start() - 1 : found.end() + 1] == f"({word})")  # "(b)"
        return word if kept else word[0].upper() + word[1:]

    return _NAME_WORD.sub(capitalised, name)


def _first_part(short: str, long: str) -> bool:
    """`short` is the first part of `long`, which goes on after a full stop with the name said again in another
    language (PubMed's bilingual "Canadian journal of psychiatry. Revue canadienne de psychiatrie" of "Canadian Journal
    of Psychiatry"): at least half the words after it begin as a word before it does ("canadienne", "psychiatrie").
    A section's name after it ("Journal of physics. Condensed matter", "Acta crystallographica. Section D, Biological
    crystallography") is part of the journal's name, which the shorter form would lose."""
    head, dot, rest = long.partition(". ")
    if not (dot and rest) or fold(head) != fold(short) or len(fold(short).split()) < 2:
        return False
    stems = {word[:4] for word in fold(head).split() if len(word) > 3}
    words = [word for word in fold(rest).split() if word not in _NAME_JOINING and len(word) > 1]
    return bool(words) and 2 * sum(word[:4] in stems for word in words) >= len(words)


def _written_as(word: str, abbreviated: str) -> str:
    """A name's word with the accents and capitals its abbreviation writes its first letters with ("Ciênc." of
    "Ciencia": "Ciência"), where that is more; the word as it was where the letters do not line up one for one."""
    if len(abbreviated) > len(word) or any(fold(a) != fold(w) for a, w in zip(abbreviated, word)):
        return word
    written = abbreviated + word[len(abbreviated) :]
    return written if better_cased(word, written) else word


_NAME_JOINING = frozenset("the of and in for on at a an de da do das dos del la le les des du e y et und für i".split())
"""Words an abbreviated journal name leaves out ("Cad. Saúde Pública" for "Cadernos de Saúde Pública")."""
_TITLE_SMALL_WORDS = _SMALL_WORDS | _NAME_JOINING
"""Words a name in title case keeps in lower case but the first ("of", "and", "de")."""
_ROMANCE_OR_GERMAN_JOINING = frozenset("de da das dos del des du et und für".split())
"""Joining words of a name in Spanish, Portuguese, French or German that no English name writes as a word: a name in
capitals holding one ("REVISTA DE EPIDEMIOLOGIA E CONTROLE DE INFECCAO", as Web of Science gives SciELO's journals)
keeps every joining word of those languages in lower case ("Revista de Epidemiologia e Controle de Infeccao", not
"Revista De Epidemiologia E Controle De Infeccao", trial CT), its "e" and "y" too, while an English name's letter
stays a capital ("Journal of Vitamin E Research")."""


def _abbreviates(short: str, long: str, *, in_full: int = 2) -> bool:
    """`short` is `long` abbreviated word by word, joining words left out and the NLM's qualifier aside ("Cad. Saúde
    Pública (Online)" of "Cadernos de saude publica"), with at least `in_full` words in full."""
    shorter, longer = _name_words(short), _name_words(long)
    return (
        len(shorter) == len(longer) > 1
        and all(whole.startswith(word) for word, whole in zip(shorter, longer))
        and sum(word == whole for word, whole in zip(shorter, longer)) >= in_full
    )


def _name_words(name: str) -> list[str]:
    """A journal's name as `_abbreviates` compares it: folded, its qualifier and joining words left out."""
    return [word for word in fold(without_qualifier(name)).split() if word not in _NAME_JOINING]


def abbreviation_initials(name: str) -> tuple[str, ...]:
    """The first letter of each word `_abbreviates` compares: a name and its abbreviation share them, word for word,
    so a document's journals are compared only within a group of the same initials (`citations.journal_names`: a
    corpus of 45,000 works in 5,000 journals compared every name with every other, 20 minutes for `sources list`)."""
    return tuple(word[0] for word in _name_words(name))


def abbreviated_name(short: str, full: str) -> bool:
    """`short` is the NLM's or the ISO abbreviation of the journal named `full` in full: two words or more, each the
    start of the full name's word at its place ("Scand J Work Environ Health", "Age Ageing", "Occup Environ Med" of
    "Scandinavian Journal of Work, Environment & Health", "Age and Ageing", "Occupational and Environmental
    Medicine"), joining words and "&" left out, one word at least shortened; a name in capitals is as good as one that
    is not. Any word that is no start of the other's ("Occup Environ Health") makes it another journal."""
    return fold(short) != fold(full) and _abbreviates(short, full, in_full=0) and len(fold(short)) < len(fold(full))


_QUALIFIER = lazy_pattern(
    r"\s+\((?:[^(),]+,[^(),]+|online|print|internet|en l[ií]nea|impresso|impreso|[^()]*\b(?:ed\.?|edn\.?|edition)"
    r"|(?:1[5-9]|20)\d\d)\)$",
    re.I,
)
"""What the NLM adds to a journal's name to tell it from another of that name: a place ("Lancet (London, England)",
"Journal of applied physiology (Bethesda, Md. : 1985)"), a medium (LILACS's "Cad. Saúde Pública (Online)"), an edition
("BMJ (Clinical research ed.)", "… (Spanish edition)": words in brackets ending "ed." or "edition"), a year alone (the year
the journal began, "Social science & medicine (1982)")."""


_NLM_ABBREVIATION = lazy_pattern(r"\s+:\s+(?P<initials>[A-Z][A-Z0-9]{1,9})$")


def journal_name(name: str) -> str:
    """A journal's name without the abbreviation the NLM's catalogue ends some titles with after a spaced colon
    ("Pharmacy world & science : PWS", as PubMed's JT gives it): letters each the first of a word of the name, in
    order. A subtitle ("Journal of Physics: Condensed Matter") or any other ending stays."""
    text = clean_text(name)
    found = _NLM_ABBREVIATION.search(text) if " : " in text else None
    if found is None:
        return text
    firsts = iter(word[0].lower() for word in fold(text[: found.start()]).split())
    return text[: found.start()] if all(letter in firsts for letter in found["initials"].lower()) else text


def without_qualifier(name: str) -> str:
    """A journal's name without the place, medium or edition the NLM adds to it (`_QUALIFIER`): "Lancet (London,
    England)" is "Lancet", "BMJ (Clinical research ed.)" "BMJ"; another bracket at its end ("Journal of Physics A
    (Mathematical and General)") is part of the name."""
    return _QUALIFIER.sub("", name) if name.endswith(")") else name


def _accented(text: str) -> int:
    """Letters written with more than ASCII has ("ú", "ç", "ø"): what a folded form loses."""
    return 0 if text.isascii() else sum(1 for character in text if character.isalpha() and not character.isascii())


def _capitals(text: str) -> int:
    return sum(1 for character in text if character.isupper())


def _without_the(folded: str) -> str:
    return folded.removeprefix("the ")


_APOSTROPHE = lazy_pattern(r"(?<=[^\W\d_])['’](?=[^\W\d_])")
"""An apostrophe inside a word ("Alzheimer's"), which a database writing names in capitals leaves out ("ALZHEIMERS")."""


def _same_letters(one: str, other: str) -> bool:
    """Two forms of one name or title: the same letters once folded, a leading "The" and an apostrophe inside a word
    aside (Web of Science's "JOURNAL OF ALZHEIMERS DISEASE" is PubMed's "Journal of Alzheimer's disease"), and "&" read
    as "and" ("RESEARCH IN SOCIAL & ADMINISTRATIVE PHARMACY" is "Research in Social and Administrative Pharmacy")."""

    def letters(text: str) -> str:
        return _without_the(fold(_APOSTROPHE.sub("", text).replace("&", " and ")))

    return letters(one) == letters(other)


_ABBREVIATED = frozenset(
    "al etc inc ltd co corp bros vs eds ed jr sr st dr mr mrs ms no nos vol vols pp fig figs approx dept univ".split()
)
"""Words written with a full stop that is part of them ("et al.", "Inc."): a title ending in one keeps it."""
_LAST_WORD = lazy_pattern(r"(\S+)\.$")
_SPACED_COLON = lazy_pattern(r"(?<=[^\s\d]) +:(?= )")
"""DSpace's spaced colon before a subtitle ("WHO recommendations : intrapartum care", as WHO IRIS writes titles): shown
as a colon after the word. Between numbers ("1 : 2") it is a ratio and stays."""
_COLON_AFTER_A_QUESTION = lazy_pattern(r"(?<=[?!]) +: +(\w)")
"""A spaced colon after a question or an exclamation, as the Cochrane Library's CENTRAL writes a subtitle ("… for Older
Persons? : a Randomized Trial"): the mark already ends the title, so the colon goes and the subtitle opens with a
capital, as the journal prints it ("… for Older Persons? A Randomized Trial"), never "Persons?: a" (helper H0)."""


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def plain_hyphens(text: str) -> str:
    """A hyphen written as Unicode's hyphen or non-breaking hyphen (U+2010, U+2011: Wiley's metadata, as CINAHL and Scopus
    pass it on, gives "Rojas‐García", "mixed‐studies") as the hyphen everyone types: a name or title then reads, is
    found and is exported alike whichever database gave it, and a BibTeX export carries no character pdfLaTeX
    refuses (trial BA)."""
    return text.translate(_HYPHENS)


def title_text(value: str | None) -> str:
    """A source's title as every output shows it: white space collapsed (`clean_text`) and the full stop a database
        ends it with taken off (PubMed's "…a randomized trial."), so it reads the same whichever database gave it (the
        record keeps its title as read, and so its fingerprint). A question or exclamation mark stays, as does the full
        stop of an abbreviation ("et al.", "Inc.", "U.S.", "e.g.") and an ellipsis; DSpace's spaced colon ("WHO
        recommendations : intrapartum care") is a colon after its word, and one after a question mark goes (CENTRAL's "…
    Persons? : a Randomized Trial"); a Unicode hyphen is "-" (`plain_hyphens`)."""
    text = plain_hyphens(clean_text(value))
    if " :" in text:
        text = _COLON_AFTER_A_QUESTION.sub(lambda found: " " + found.group(1).upper(), text)
        text = _SPACED_COLON.sub(":", text)
    if not text.endswith(".") or text.endswith(".."):
        return text
    last = _LAST_WORD.search(text)
    word = last.group(1) if last else ""
    if "." in word or word.lower().lstrip("([") in _ABBREVIATED:
        return text
    return text[:-1].rstrip() or text


def doi_alias(doi: str) -> str:
    """How a DOI names its source among a review's other names for sources (`Store.record_key_aliases`): folded, as a
    DOI is compared (`normalise_doi`), whichever form it is given in."""
    return f"doi:{doi.lower()}"


TITLE_WORDS = 4
"""The fewest words a title names its source with: fewer ("Editorial", "Group visits") is no one work's."""


def title_aliases(title: str) -> set[str]:
    """How a title names its source (`Store.title_aliases`): the whole title folded, and its main title before a
    colon, each of at least `TITLE_WORDS` words."""
    main = re.split(r"[:?]\s", title, maxsplit=1)[0]
    return {folded for folded in (fold(title), fold(main)) if folded.count(" ") + 1 >= TITLE_WORDS}


def written_doi(value: str | None) -> str | None:
    """A DOI as the publisher wrote it, what readers see: `https://doi.org/10.1186/1471-244X-10-51` and
    `doi:10.1186/1471-244X-10-51` both become `10.1186/1471-244X-10-51`. The form every reader keeps (and a source
    shows); DOIs are case-insensitive, so two are compared in `normalise_doi`'s form, never as written. A DOI written
    the way a link escapes it (Ovid's `10.1016/S0140-6736%2808%2960764-3`) is the DOI it escapes, `(08)` and all, as
    `doi_in_url` reads a link's path (trial BK: one trial from Embase and CENTRAL was two sources, cited 2008a and b)."""
    if not value:
        return None
    text = _DOI_PREFIX.sub("", value.strip())
    found = _DOI_SHAPE.search(text)
    if not found:
        return None
    doi = found.group(0).rstrip(".,;)]}")
    if _PERCENT_ESCAPE.search(doi):
        doi = unquote(doi)
    return doi.replace("\\_", "_").replace("{", "").replace("}", "")


def normalise_doi(value: str | None) -> str | None:
    """The form a DOI is compared in (de-duplication, aliases, sheets, full texts): `written_doi` lower-cased, as DOIs
    are case-insensitive; `https://doi.org/10.1/ABC` and `doi:10.1/abc` both become `10.1/abc`. Sources and records
    keep DOIs as written; a review ingested before that holds them in this form, which compares alike."""
    doi = written_doi(value)
    return doi.lower() if doi else None


_DOI_RESOLVER_HOST = lazy_pattern(r"^(?:[\w-]+\.)*doi\.org$", re.I)
_URL_SCHEME = lazy_pattern(r"^[a-z][a-z0-9+.-]*://", re.I)
_DOI_LANDING_PAGE = lazy_pattern(r"^(?:/[^/]+)*?/doi/(?:[a-z]+/)?(10\.\d{4,9}/.+)$", re.I)
"""A publisher's DOI page: `/doi/10.x/…` or `/doi/full/10.x/…` (`abs`, `pdf`, `epdf`…), at the start of the path or
after the site's own sections (Emerald's `/insight/content/doi/10.1108/…/full/html`): the first `/doi/` in it."""
_PAGE_VIEW = lazy_pattern(
    r"(?:/(?:full|fulltext|abstract|abs|summary|pdf|epdf|pdfdirect|epub|html|references|citedby|figures|suppl|reader))+/?$",
    re.I,
)
"""The view of a landing page after the DOI in its path (old Wiley: `/doi/10.1111/x.12/full`), not part of the DOI."""


def doi_in_url(url: str | None) -> str | None:
    """The DOI a link names, or None: the one rule for taking a DOI from a URL, in every reader.

    Only a DOI resolver's link (`https://doi.org/10.1/x`, `dx.doi.org`) or a publisher's DOI landing page, whose
    path holds `/doi/` before the DOI (`/doi/10.1/x`, `/doi/full/10.1/x/abstract`, Emerald's
    `/insight/content/doi/10.1108/HCS-01-2020-0001/full/html`), names one. A database's page of its own record
    (`record_page`) names none, whatever its path holds: its DOI-shaped part is the database's record, which no
    resolver knows (Cochrane CENTRAL's `/central/doi/10.1002/central/CN-01599999/full`). A DOI-shaped part elsewhere
    in a path names none; query, fragment and a page view (`/full`, `/full/html`) are never kept."""
    text = clean_text(url)
    if not text or " " in text:
        return None
    try:
        parts = urlsplit(text if _URL_SCHEME.match(text) else f"//{text}")
    except ValueError:
        return None
    path = unquote(parts.path)
    if _DOI_RESOLVER_HOST.match(parts.hostname or ""):
        candidate = path.lstrip("/")
    elif (found := _DOI_LANDING_PAGE.match(path)) and not record_page(text):
        candidate = _PAGE_VIEW.sub("", found.group(1))
    else:
        return None
    return written_doi(candidate) if _DOI_SHAPE.match(candidate) else None


_CITATION_KEY_SHAPE = lazy_pattern(r"[A-Za-z][\w:.+-]{0,99}")


_LABELLED_RECORD_NUMBER = lazy_pattern(r"[A-Za-z]+:\d+-")
"""A tool's record number after its label, opening the id: RefWorks' RIS `ID  - RefID:888-yang2024cellular`."""


def is_citation_key(value: str) -> bool:
    """A key a person or a reference manager gave ("Smith2020", "greenhalgh2018real", "who-guidance"), not a
    database's accession or record number ("895", "CN-02103847", "L621234567", "2020-32669-001", "ITEM-1"), nor one
    a tool writes after its label ("RefID:888-…"), which names the record in one database or library, means nothing in
    a citation and clashes between files: such a record's source gets an author-year key, and the record keeps the
    number as its own."""
    return (
        bool(_CITATION_KEY_SHAPE.fullmatch(value))
        and sum(char.islower() for char in value) >= 3
        and not _LABELLED_RECORD_NUMBER.match(value)
        and not is_accession_number(value)
    )


_PREFIXED_NUMBER = lazy_pattern(r"[A-Za-z]{1,10}[-_:.]\d{5,}")
"""A database's prefix and its number: the Virtual Health Library's LILACS and MEDLINE ids (`biblio-869567`,
`lil-771136`, `mdl-20345`), `WOS:000654321000012`. A year has four digits, so `smith-2020` is none."""
_SCIELO_PID = lazy_pattern(r"S\d{4}-\d{3}[\dX]\d{13}", re.I)
"""SciELO's PID: S, the journal's ISSN, the year, the issue and the article's place in it (`S0102-311X2013001100015`),
which SciELO writes as the BibTeX key of its exports."""


_LABELLED_PATH = lazy_pattern(r"[A-Za-z]+:[\w.-]+(?:/[\w.+-]+)+")
"""A database's label and the record's path in it: dblp's BibTeX keys (`DBLP:conf/ichi/TahaKO21`,
`DBLP:journals/jamia/SmithJ20`)."""


def is_accession_number(value: str) -> bool:
    """A database's number for the record, in whatever field an export writes it (a BibTeX key, RIS's `ID`): mostly
    digits with a number of five digits or more (`2020-32669-001`, `CN-02103847`), a database's prefix and such a
    number (`biblio-869567`), a SciELO PID, or a database's label and path (dblp's `DBLP:conf/ichi/TahaKO21`: re-check
    of trial AX, the key kept where dblp's file was read first).
    Keys a person or tool gives (`Smith2020`, `WHO2020`, `trento20045year`, Scopus' `Roberts20191869`) are none."""
    text = value.strip()
    mostly_digits = (
        sum(char.isdigit() for char in text) > sum(char.isalpha() for char in text)
        and _LONG_NUMBER.search(text)
        and not _NAME_AND_YEAR.match(text)
    )
    numbered = _PREFIXED_NUMBER.fullmatch(text) or _SCIELO_PID.fullmatch(text) or _LABELLED_PATH.fullmatch(text)
    return bool(mostly_digits or numbered)


def is_generated_key(key: str, authors: list[str], year: int | None, pages: str, doi: str = "") -> bool:
    """A key an exporter makes of the work's first author's family name, its year and its first page or article number,
    with nothing of a person's choosing (Scopus's `Dowson2020103502`, `Coenen20255`, `Fleming2014e006442`), or of its
    DOI's own part after the publisher's prefix, alone or after the family name (`_doi_suffix_key`: medRxiv's and
    bioRxiv's `Okafor2022.11.02.22281856`, `2023.05.12.23289876v1`): which database's export a review read first would
    name the work, so the source gets cmo's own author-year key instead (the file's key still names it,
    `Store.record_key_aliases`). A key a person or a reference manager gives (`Walker2000`, `walker2000why`,
    `Smith2020a`) is none."""
    if doi and _doi_suffix_key(key, authors, doi):
        return True
    if not authors or not year or not pages.strip():
        return False
    first_page = normalise_pages(pages).split("-")[0].strip()
    family = fold(authors[0].split(",", 1)[0]).replace(" ", "")
    return bool(family and first_page) and fold(key).replace(" ", "") == f"{family}{year}{fold(first_page)}"


_VERSION = lazy_pattern(r"v\d{1,2}$")


def _doi_suffix_key(key: str, authors: list[str], doi: str) -> bool:
    """Whether a key is the work's DOI after its prefix ("10.1101/"), with a version ("v1") or not, alone or after the
    first author's family name: a key nobody chose, as no person's key holds a DOI's number. The suffix must hold a
    number of five digits or more, so a short one ("10.1000/smith") that a person's key might write is none."""
    suffix = doi.strip().lower().partition("/")[2]
    if not suffix or not _LONG_NUMBER.search(suffix):
        return False
    written = _VERSION.sub("", key.strip().lower())
    if not written.endswith(suffix):
        return False
    before = written[: -len(suffix)]
    family = fold(authors[0].split(",", 1)[0]).replace(" ", "") if authors else ""
    return not before or (bool(family) and fold(before).replace(" ", "") == family)


_LONG_NUMBER = lazy_pattern(r"\d{5}")
"""A number longer than a year's: a key a person numbers by sections ("9.44:10a") is none."""
_NAME_AND_YEAR = lazy_pattern(r"[^\W\d_]+[_:.-]?(?:1[5-9]|20)\d\d")
"""A name and a year opening a key: a person's or a tool's key, even followed by a page (Scopus' `Li20191869`) or by
numbers (JabRef's `Franke_2005_LB_10757413_12`)."""


def normalise_pmid(value: str | None) -> str | None:
    """A PMID as given, or from the PubMed address a database gives instead (OpenAlex: "https://pubmed.ncbi.nlm.nih.gov/
    17913775")."""
    if not value:
        return None
    text = value.strip().split()[0] if value.strip() else ""
    labelled = re.match(r"(?:PMID|PUBMED)[:\s]*(\d{1,9})\b", value.strip(), re.I)  # Cochrane's "PUBMED 21314913"
    if labelled:
        text = labelled.group(1)
    elif "pubmed" in text:
        text = text.rstrip("/").rsplit("/", 1)[-1] if re.match(_PUBMED_ADDRESS, text) else ""
    return text if _PMID.match(text) else None


_PUBMED_ADDRESS = r"(?:https?://)?(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/)\d{1,9}/?$"


def labelled_pmid(*notes: str | None) -> str | None:
    """A PMID a note names as one ("PMID: 35767691"; EBSCO's "… PMID: NLM35767691."): Zotero keeps it in Extra,
    which its CSV, BibTeX (`note`) and CSL JSON (`note`) exports write out, and databases in their RIS note tags.

    Only the record's own: a note that cites another work (a reference list's entry, "Anderson, C. J. (1994).
    Encounter with reality… PMID: 7842832", as Ovid's PsycINFO writes its cited references in M1) names that work's
    PMID; and notes naming different PMIDs are a list of cited works, none of them the record's (a record has one)."""
    found = {
        match.group(1)
        for note in notes
        if note
        for match in re.finditer(_PMID_NOTE, note, re.I)
        if not re.search(_CITED_YEAR_BEFORE, note[: match.start()])
    }
    return found.pop() if len(found) == 1 else None


_CITED_YEAR_BEFORE = r"\((?:1[5-9]|20)\d\d[a-z]?\)"
"""A year in brackets before the label: the note is a reference to a work, as APA and PsycINFO write one ("(1994).")."""


_PMID_NOTE = r"\b(?:PMID|PUBMED):?\s*(?:NLM)?([1-9]\d{0,8})\b"
"""Compiled at first use (`re`'s cache), as this module's newer patterns are: every command imports it."""


def pubmed_url(pmid: str | None) -> str | None:
    """A PubMed record's page, the link a record with a PMID and no URL of its own gets."""
    return f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid else None


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_ISO_DAY = lazy_pattern(r"((?:1[5-9]|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})/?(?:[T ].*)?")
"""A date year first: ISO's "2026-11-15" (a time after it aside), Zotero's RIS "2026/11/15/"."""
_NUMBERED_DAY = lazy_pattern(r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:1[5-9]|20)\d\d)(?:[T ,].*)?")
"""A date with the year last: the day and month in the order the writer's country gives them ("15/11/2026" in the
UK, "11/15/2026" in the US)."""
_DAY_NAMED_MONTH = lazy_pattern(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+((?:1[5-9]|20)\d\d)", re.I)
_NAMED_MONTH_DAY = lazy_pattern(r"([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:1[5-9]|20)\d\d)", re.I)
_NAMED_MONTH = lazy_pattern(r"([a-z]{3,9})\.?,?\s+((?:1[5-9]|20)\d\d)", re.I)


def numbered_day_first(value: str | None) -> bool | None:
    """Which order a date written in numbers with its year last gives day and month: True for the day first
    ("15/11/2026"), False for the month first ("11/15/2026"), None where either could be ("03/04/2026") or it is no
    such date. A file's other dates decide an undecided one (`iso_date`)."""
    found = _NUMBERED_DAY.fullmatch(clean_text(value))
    if not found:
        return None
    first, second = int(found[1]), int(found[2])
    return True if first > 12 >= second else False if second > 12 >= first else None


def day_order(values) -> bool | None:
    """The order one file's dates written in numbers give day and month (`numbered_day_first`): what the dates that
    can be read only one way say, where they agree; None where none decides or they disagree."""
    said = {order for value in values if (order := numbered_day_first(value)) is not None}
    return said.pop() if len(said) == 1 else None


def iso_date(value: str | None, day_first: bool | None = None) -> str | None:
    """A date as ISO 8601 writes it ("2026-11-15", or "2026-11" for a month), as BibTeX's urldate and RIS's Y2 need
    it, from the forms people and tools write: ISO (a time after it aside), Zotero's "2026/11/15/", "15 November 2026",
    "Nov 15, 2026", "November 2026", and numbers with the year last, "15/11/2026", whose order of day and month is its
    own where one of them is over 12, else `day_first` (the order its file's other dates give: `day_order`). None
    where it cannot be read one way: the caller keeps it as written and says so."""
    text = clean_text(value)
    if not text:
        return None
    if found := _ISO_DAY.fullmatch(text):
        return _iso(int(found[1]), int(found[2]), int(found[3]))
    if found := _NUMBERED_DAY.fullmatch(text):
        first, second = int(found[1]), int(found[2])
        order = True if first == second else numbered_day_first(text)  # "04/04/2026" is one day either way
        order = day_first if order is None else order
        if order is None:
            return None
        day, month = (first, second) if order else (second, first)
        return _iso(int(found[3]), month, day)
    if (found := _DAY_NAMED_MONTH.fullmatch(text)) and found[2].lower() in _MONTHS:
        return _iso(int(found[3]), _MONTHS[found[2].lower()], int(found[1]))
    if (found := _NAMED_MONTH_DAY.fullmatch(text)) and found[1].lower() in _MONTHS:
        return _iso(int(found[3]), _MONTHS[found[1].lower()], int(found[2]))
    if (found := _NAMED_MONTH.fullmatch(text)) and found[1].lower() in _MONTHS:
        return f"{found[2]}-{_MONTHS[found[1].lower()]:02d}"
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    """The ISO form of a day that exists (no 31 April, no 29 February outside a leap year), else None."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


_MONTH_SHORT_YEAR = lazy_pattern(r"([a-z]{3,9})\.?[-/ ](\d\d)", re.I)
"""A month's name and two digits, as a spreadsheet shows a date formatted month and year ('Nov-20', Excel's mmm-yy)."""


def month_and_short_year(value: str | None, this_year: int | None = None) -> int | None:
    """The year of a date a spreadsheet shows as its month and the year's last two digits ('Nov-20': November 2020),
    in the century that puts it no later than this year ('Mar-98': 1998); None for anything else. A grey-literature
    list typed in Excel gave 'Nov-20', read as no year and cited 'n.d.' without a word (trial BG)."""
    found = _MONTH_SHORT_YEAR.fullmatch(clean_text(value))
    if not found or found[1].lower() not in _MONTHS:
        return None
    now = this_year or datetime.date.today().year
    year = now - now % 100 + int(found[2])
    return year if year <= now else year - 100


def parse_year(value: str | None) -> int | None:
    if not value:
        return None
    found = _YEAR.search(str(value))
    return int(found.group(1)) if found else None


_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—−", "-"))
"""Every dash a page range is written with (Cochrane writes U+2010), as the hyphen."""


NO_PAGES = re.compile(r"N\.\s*PAG\.?", re.I)
"""EBSCO's "no pagination" placeholder (RIS `SP  - N.PAG` / `EP  - N.PAG`, a 'Source' cell's 'pN.PAG-N.PAG'): no page."""


_PAGES_LABEL = re.compile(r"^(?:pp?|pgs?|pages?)(?:\.\s*|\s+)(?=[A-Za-z]?\d)", re.I)


def normalise_pages(value: str | None) -> str:
    """`1381--95` becomes `1381-1395`, as MEDLINE abbreviates and BibTeX doubles dashes; EBSCO's `N.PAG` is no page;
    punctuation before or after the pages is none of them (Scopus writes a notice's one page `:2380`), and neither is the
    label a person types before them ("pp. 120-127", "p. 34": helper H1's citations copied by hand from African
    Journals Online, exported as `SP  - pp. 120-127`); a label with no dot or space after it ("P1-P10") is the pages'."""
    text = clean_text(value).translate(_DASHES).strip(" :;,.")
    text = _PAGES_LABEL.sub("", text)
    text = re.sub(r"\s*-+\s*", "-", text)
    if NO_PAGES.search(text):
        text = "-".join(part for part in text.split("-") if part and not NO_PAGES.fullmatch(part))
    match = re.fullmatch(r"(\d{1,9})-(\d{1,9})", text)  # a page number has no 4,300 digits: int() would refuse it
    if match:
        first, last = match.groups()
        if len(last) < len(first) and int(last) < int(first[-len(last) :] or 0) + 10 ** len(last):
            last = first[: len(first) - len(last)] + last
        return f"{first}-{last}"
    return text


def format_name(family: str, given: str = "") -> str:
    """Authors are stored as "Family, Given"; a corporate author is kept whole as its family."""
    family, given = clean_text(family), clean_text(given)
    return f"{family}, {given}" if given else family


_NAME_ARTICLES = frozenset({"al", "et"})
"""Joining words a person's name may hold ("Ahmed al Mansouri"), not a mark of a body's."""


BODY_WORDS = frozenset(
    "government treasury inspectorate office council services prison prisons police parliament commission agency "
    "authority foundation institute association society department ministry executive federation coalition alliance "
    "partnership network directorate commissioner observatory collaborative committee group team panel unit centre "
    "center consortium forum taskforce collaboration university college hospital health".split()
)
"""Words that end a body's name and no person's ("HM Government", "Care Quality Commission", "Local Government
Association", "Older People's Steering Group", "Evaluation Team", "Flinders University", "Royal Adelaide Hospital",
and a health service named for its state or region, "SA Health", "Queensland Health", "Alfred Health": helper H0's
grey list cited "SA Health; Flinders University" as "Health & University 2023"), and, after "HM", name a body ("HM
Treasury", "HM Prison Service"). Not "board", "trust", "service": some people's family names ("Robert Service";
`_BODY_OR_FAMILY`)."""

_BODY_OR_FAMILY = frozenset({"board", "trust", "service"})
"""Words that end bodies' names and a few people's family names ("Robert Service"): a body's after two words or more
none of them an initial ("Youth Advisory Board", "Prison Health Service"), as a person's given names are rarely two
written whole (`body_name`)."""


def _whole_word(word: str) -> bool:
    """A name's word written whole, not an initial ("J.", "AJ"): a capital, then two letters or more, some small."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 2 and word[0].isupper() and any(c.islower() for c in letters) and not word.endswith(".")


def body_name(name: str) -> bool:
    """A body's name that has the shape of a person's written family name first and initials after ("Smith JA",
    "Ng K"): it ends in a word in capitals that names a place or a body, written as its owner writes it and undotted
    (`_KEPT_CAPITALS`: "Age UK", "Carers UK", "Healthwatch NHS"), or has a joining word in lower case among its words
    ("Save the Children UK", "Friends of the Earth"), which no person's family name has (its particles, "van der Helm",
    "de la Cruz", are none). So it stays one corporate author, never "Age, U. K.", cited "Age 2018". A person whose
    initials spell such a word is read from a list naming others, or a comma ("Patel, U. K."), as a person. A name
    that holds such an acronym before its last word ("NHS England", "WHO Europe", "UK Health Security Agency") is a
    body's too, never a person's written given name first ("England, NHS", cited "England 2019": trial AT 5); so is a
    name ending in a word only bodies end in (`BODY_WORDS`: "Care Quality Commission", "Scottish Government") or opening
    "Public Health" (re-check of AT: "Government, HM", "England, Public Health" cited as people), or ending in a word
    some family names are too ("Board", "Trust": `_BODY_OR_FAMILY`) after two whole words or more (trial BY 9: "Youth
    Advisory Board" was cited as "Board 2022")."""
    words = clean_text(name).split()
    if len(words) < 2:
        return False

    def acronym(word: str) -> bool:
        return word.isalpha() and word.isupper() and len(word) > 1 and _KEPT_CAPITALS.get(word) == word

    last = words[-1]
    return (
        (acronym(last) and not re.fullmatch(NAME_SUFFIX, last))
        or fold(last) in BODY_WORDS  # "HM Government", "Care Quality Commission", "Mental Health Foundation"
        or (fold(last) in _BODY_OR_FAMILY and len(words) > 2 and all(_whole_word(word) for word in words[:-1]))
        or fold(" ".join(words[:2])) == "public health"  # "Public Health England", "Public Health Wales"
        or any(  # two letters ("US Patel") may be a person's initials, written first
            acronym(word) and not re.fullmatch(NAME_SUFFIX, word) and (len(word) > 2 or len(words) > 2) for word in words[:-1]
        )
        or any(word in JOINING_WORDS - _NAME_ARTICLES for word in words[1:-1])
    )


def given_first_name(name: str) -> str:
    """ "Susan Kirsh" → "Kirsh, Susan", "Ludwig van Beethoven" → "van Beethoven, Ludwig": a person's name written given
    name first (BibTeX's "First von Last", OpenAlex's display names); one word stays as it is, as does a body's name
    (`body_name`: "Age UK" is never "UK, Age")."""
    if body_name(name):
        return clean_text(name)
    words = clean_text(name).split()
    suffix = words.pop() if len(words) > 2 and re.fullmatch(NAME_SUFFIX, words[-1]) else ""  # "John W. Williams Jr"
    if len(words) < 2:
        return " ".join(words)
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in NAME_PARTICLES:
        cut -= 1
    return format_name(" ".join(words[cut:]), " ".join(words[:cut])) + (f", {suffix}" if suffix else "")


def _capital_letters() -> str:
    """The capitals of the Latin, Greek and Cyrillic alphabets, accented or not, as ranges of a character class."""
    capitals = [code for code in range(0x41, 0x530) if unicodedata.category(chr(code)) in ("Lu", "Lt")]
    capitals += [code for code in range(0x1E00, 0x1F00) if unicodedata.category(chr(code)) == "Lu"]  # "Ḍ", "Ạ", "Ế"
    ranges: list[list[int]] = []
    for code in capitals:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(chr(first) if first == last else f"{chr(first)}-{chr(last)}" for first, last in ranges)


INITIAL = rf"(?:[{_capital_letters()}][\u0300-\u036f]*)"
"""One initial of a person's name: a capital letter, accented or not ("M", "À", "Ł", "Ž", "Ş", or "A" followed by a
combining accent), as a regular expression (Python's `re` has no class of capitals). Where readers tell a name's
initials from its family name ("Mas M.À.", "Sabaté S.", "Łukasik Ż."), so an accented initial is never read as part of
the family name."""


NAME_SUFFIX = r"(?:Jr|Sr|II|III|IV|2nd|3rd|4th)\.?"
"""What follows a person's name in a list ("Williams JW Jr", "John W. Williams Jr"), not a name of its own."""
NAME_PARTICLES = frozenset(
    {"von", "van", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "ten", "ter", "dos", "das", "y"}
)
"""Words that belong to the family name before it ("van der Helm")."""


def split_plain_name(name: str) -> str:
    """RIS/MEDLINE write "Family, Given" or "Family GI"; return "Family, Given"."""
    name = clean_text(name)
    if not name:
        return ""
    if "," in name:
        family, _, given = name.partition(",")
        return format_name(family, given)
    words = name.split()
    if len(words) == 2 and all(map(east_asian_word, words)):  # CiNii's "鶴若 麻理": the family name first
        return format_name(words[0], words[1])
    return name


_EAST_ASIAN_SCRIPTS = ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA", "HANGUL")


def east_asian_word(word: str) -> bool:
    """A word written wholly in Chinese characters, Japanese kana or Korean Hangul ('鶴若', '麻理', '김선영', '佐々木'):
    a name so written puts the family name first, as Chinese, Japanese and Korean do, so "鶴若 麻理" is "鶴若, 麻理"."""
    return bool(word) and all(
        character == "々" or unicodedata.name(character, "").startswith(_EAST_ASIAN_SCRIPTS) for character in word
    )


_UNSPACED_SCRIPTS = ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA")
UNSPACED_WORD_LENGTH = 4
"""The characters a citation key keeps of a title's opening in a script written without spaces between words (Chinese,
Japanese): a word there is one to four characters, so four hold the first word, where the 15 letters of a spaced
word (`TITLE_WORD_LENGTH`) ran to half a sentence ("訪問看護師が捉える認知症の人の"). Korean spaces its words."""


def written_without_spaces(word: str) -> bool:
    """Whether a word opens in Chinese characters or Japanese kana, scripts that write no space between words."""
    return bool(word) and unicodedata.name(word[0], "").startswith(_UNSPACED_SCRIPTS)


_ALNUM_OR_SPACE = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
_NON_ASCII = lazy_pattern(r"[^\x00-\x7f]+")
_LATIN_MODIFIERS = range(0x02B0, 0x0300)
"""Unicode's spacing modifier letters, written with the Latin alphabet ('Hawaiʻi', 'Ngāʼi'): folded away as accents are."""


def _other_script_letter(character: str, category: str) -> bool:
    """A letter of a script other than the Latin alphabet (Chinese, Japanese kana, Korean Hangul, Greek, Cyrillic,
    Arabic…), which has no ASCII spelling to fold to: kept, as the letters of its words."""
    return (
        category[0] == "L"
        and ord(character) not in _LATIN_MODIFIERS
        and not unicodedata.name(character, "LATIN").startswith("LATIN")
    )


def _non_ascii_run(match: re.Match) -> str:
    """A run of non-ASCII characters after NFKD. Accents go (they were split off by NFKD); dashes, quotes, spaces and
    other punctuation become a space, as their ASCII forms do, so "2008–2015" stays two years. A letter of another
    script is kept with the marks NFKD split off it (Japanese kana's voicing marks, Greek accents): 'ガ' is not 'カ'.
    Before this, every such letter was dropped: a Chinese or Japanese title folded to nothing, so two exports of one
    CNKI record were never linked, and a key was the year alone ('2019', helper H3)."""
    kept: list[str] = []
    after_letter = False
    for character in match.group(0):
        category = unicodedata.category(character)
        if category[0] == "M":
            if after_letter:
                kept.append(character)
            continue
        after_letter = _other_script_letter(character, category)
        kept.append(character if after_letter else "" if category[0] in "LN" else " ")
    return "".join(kept)


_UNDECOMPOSED_LETTERS = str.maketrans(
    {
        **dict(zip("ØøŁłĐđÐðĦħıĸŊŋſ", "OoLlDdDdHhikNns")),
        **{"ß": "ss", "ẞ": "SS", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "Ĳ": "IJ", "ĳ": "ij"},
    }
)
"""Latin letters Unicode gives no decomposition (NFKD leaves "Ø" whole), written as ASCII spells them: "Ødegaard" is
"Odegaard", "Łukasz" "Lukasz", "Straße" "Strasse". No dependency transliterates them, so the table is here."""


_HYPHEN_IN_A_WORD = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011](?=[^\W\d_])")
TITLE_STOPWORDS = frozenset(
    {"a", "an", "the", "of", "on", "in", "for", "and", "to", "with", "what", "how", "is", "are", "do", "does"}
)
"""Words a citation key's title word passes over (`cmo.bib.linking.citation_key`)."""
TITLE_WORD_LENGTH = 15
"""The most letters of a citation key's title word (`cmo.bib.linking.citation_key`)."""


def hyphenated_word(written: str) -> str:
    """A word made of words of letters joined by hyphens ("Co-responder", "well-being", "Self-management:"), folded and
    joined, its parts kept whole while they fit in a key's 15 letters; "" for any other word ("COVID-19", "5-year")."""
    parts = _HYPHEN_IN_A_WORD.split(written)
    if len(parts) < 2:
        return ""
    joined = ""
    for part in parts:
        letters = "".join(fold(part).split())
        if not letters.isalpha() or len(joined) + len(letters) > TITLE_WORD_LENGTH:
            break
        joined += letters
    return joined if joined != "".join(fold(parts[0]).split()) else ""


def former_key(key: str, title: str | None) -> str:
    """The key cmo made before a hyphenated title word was keyed whole (`hyphenated_word`): "marcus2022re" for
    "marcus2022reexamining" of "Re-examining mental health crisis intervention…", the key's title word cut at its first
    hyphen. A sheet written against a review keyed then still names the work; '' where the key's title word (the first
    that is no stop word nor number) is no such word, or its first part a stop word."""
    for written in (title or "").split():
        words = fold(written).split()
        if not words or words[0][0].isdigit() or all(word in TITLE_STOPWORDS for word in words):
            continue
        whole = hyphenated_word(written)
        first = "".join(fold(_HYPHEN_IN_A_WORD.split(written)[0]).split())
        if not whole or not key.endswith(whole) or not first.isalpha() or first in TITLE_STOPWORDS:
            return ""
        return key[: len(key) - len(whole)] + first
    return ""


def fold(text: str) -> str:
    """Lower-case letters and digits only, words split at any punctuation, ASCII or not:
    the one form titles and names are compared in (de-duplication, trace, suggestions) and citation keys are made of.
    Accents go; a Latin letter with none to take off is spelled in ASCII (`_UNDECOMPOSED_LETTERS`), never dropped, and
    a letter of another script is kept as it is written (`_non_ascii_run`)."""
    if not text.isascii():
        text = text.translate(_UNDECOMPOSED_LETTERS)
        text = _NON_ASCII.sub(_non_ascii_run, unicodedata.normalize("NFKD", text))
        if not text.isascii():  # another script's letters, their marks put back on them ('ガ', Hangul's syllables)
            text = unicodedata.normalize("NFC", text)
    return " ".join(text.lower().translate(_ALNUM_OR_SPACE).split())


_NAME_DIGITS = r"\d+(?=[^\W\d_])"
"""Digits inside a name or opening it, a letter after them ("Place2Be", "2gether", "5Rights"): a name's, never a year's."""

_AUTHOR_YEAR = lazy_pattern(
    rf"^\s*(?P<family>(?:[^\d(),;&]|{_NAME_DIGITS})+?)\s*(?:,?\s*(?:\bet\.?\s*al\.?|\band\s+[^\d(),;]+?|&\s*[^\d(),;]+?))?"
    r"\s*,?\s*\(?(?P<year>(?:1[5-9]|20)\d\d|(?<=[\s(,])n\.?\s?d\.?)-?(?P<letter>[a-z]{1,2})?\)?\s*$",
    re.I,
)


_FIRST_OF_MANY = lazy_pattern(
    rf"^\s*(?P<family>(?:[^\d(),;&]|{_NAME_DIGITS})+?)\s*,[^\d()]*?,?\s*"
    r"\(?(?P<year>(?:1[5-9]|20)\d\d|n\.?\s?d\.?)-?(?P<letter>[a-z]{1,2})?\)?\s*$",
    re.I,
)
"""The first of several authors ("Wildman, Moffatt & Steer 2019"), or initials after a comma ("Wildman, J. et al.")."""

_BODY_YEAR = lazy_pattern(
    rf"^\s*(?P<family>(?:[^\d]|{_NAME_DIGITS})+?)\s*,?\s+"
    r"\(?(?P<year>(?:1[5-9]|20)\d\d|n\.?\s?d\.?)-?(?P<letter>[a-z]{1,2})?\)?\s*$",
    re.I,
)
"""A body cited by its whole name, brackets and all: "Impact (East Midlands Adult Secure Care Services) n.d."."""

_INITIALS_AFTER = lazy_pattern(r"\s+(?:[A-Z]\.?){1,3}$")
"""Vancouver initials after a family name ("Smith JA, 2019")."""


def author_year_handle(family: str, year: int | str | None) -> str | None:
    """How a study is named in a sheet when not by its key ("Schlief et al. (2022)", "Imroc n.d."), reduced to
    the first author's family name (or the body that published it) and the year: the one form a source and a
    sheet's cell are compared in."""
    name = fold(family).replace(" ", "")  # "Olang'o" is typed "Olango", "van der Helm" "Van der helm" or "Vanderhelm"
    undated = year is None or str(year).lower().startswith("n")
    return f"@{name} {'n.d.' if undated else year}" if name else None


def unbraced_name(name: str | None) -> str:
    """A name without the braces BibTeX writes around a body's name to keep it whole ("{International Diabetes
    Federation}", typed so to `sources edit --authors`, trial AL): the braces say how to read the name, they are no part
    of it. A brace inside a name ("{\\"O}zt{\\"u}rk") stays."""
    text = clean_text(name)
    while len(text) >= 2 and text[0] == "{" and text[-1] == "}" and _closes_at_end(text):
        text = text[1:-1].strip()
    return text


def _closes_at_end(text: str) -> bool:
    """Whether the brace `text` opens with is the one it ends with ("{{WHO}}", not "{A} and {B}")."""
    depth = 0
    for place, char in enumerate(text):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0:
            return place == len(text) - 1
    return False


def cited_by(first_author: str | None, publisher: str | None, container: str | None) -> str:
    """Whom a source is cited by: its first author's family name ("Smith" of "Smith, J."), a body's name whole, the
    place or unit after its comma kept ("Ministry of Health, Kenya": `a_person`), or, with no author, the body that
    published it. A body's name in BibTeX's braces is cited without them (`unbraced_name`)."""
    first_author = unbraced_name(first_author) if first_author else first_author
    family, comma, _ = (first_author or "").partition(",")
    name = family.strip() if not comma or a_person(first_author) else clean_text(first_author)
    return name or clean_text(publisher or container)


_INITIALS_WORD = lazy_pattern(r"(?:[a-z](?=[A-Z]{2}))?(?:[A-Z][a-z]?){2,8}|[a-z]{2,10}|[A-Z]{2,10}")
"""A word made of a body's initials: capitals, a small word's letter among them ("NICE", "NHS", "DfE", "DoH"), a small
first letter before two capitals as a body styles its own ("iHV", the Institute of Health Visiting: trial BS); or a word
in lower case throughout, as a web site's name writes them ("www.nice.org.uk") and de-duplication folds them."""
_DOTTED_INITIALS = lazy_pattern(r"(?:[A-Za-z]\.){2,10}")
"""Initials each with a full stop: "U.S.", "N.H.S."."""
_ELIDED = lazy_pattern(r"^(?:[a-z]{1,4}|[LD])['’](?=[^\W\d_]{2})")
"""An article or a preposition elided before a name's word, as French and Italian write them ("l'Afrique", "d'Évaluation",
"dell'Istruzione"): the word is the one after it."""
INITIALS = lazy_pattern(r"(?:[a-z](?=[A-Z]{2}))?(?:[A-Z][a-z]?){2,8}")
"""A word in capitals that is a body's initials, a small word's letter among them ("NICE", "NHS", "DfE", "DoH"), a small
first letter before two capitals as a body styles its own ("iHV", the Institute of Health Visiting: trial BS): what a
sheet's citation opens with when it cites a body so, and a word of a body's name the body's initials give whole ("HM"
of "HM Government", "UK" of the "UK Health Security Agency": "HMG", "UKHSA")."""


_AND_WORDS = frozenset("and und och og et y e en".split())
"""The word "and" in the languages bodies' names reach a review in (`initials_of`: a pair of words it joins, a name's
grown part, may be left out of its initials)."""


def _initials_words(name: str | Sequence[str]) -> list[str]:
    """A name's words as written, split at hyphens ("Robert Koch-Institut") and punctuation, an elided article aside."""
    words = name.split() if isinstance(name, str) else list(name)
    split = (part for word in words for part in re.split(r"[\s/,;:()\[\]&–—-]+", word))
    return [_ELIDED.sub("", part.strip(".'’\"")) for part in split if part.strip(".'’\"")]


def initials_of(short: str | Sequence[str], long: str | Sequence[str]) -> bool:
    """Whether `short`, a name that opens with a body's initials ("NICE", "NHS England", "DfE", "U.S.", a site's "nice"),
    abbreviates the body's name `long` (strings or their words, as written or folded): each letter of the initials is the
    first letter of the next word of `long`, each other word of `short` is the next word; a word of `long` that is itself
    initials ("HM" of "HM Government", "UK" of the "UK Health Security Agency") may be given whole ("HMG", "UKHSA"); small
    words (`NAME_SMALL_WORDS`: "for", "and", "of", "de la", "für") may be given or not ("DoH", "DH"; "OMS" of
    "Organisation mondiale de la Santé"). Bodies keep their initials when their name grows a word (NICE, "National
    Institute for Clinical Excellence", added "Health" in 2005; CDC added "and Prevention" in 1992; NIHR added "and
    Care" in 2022), so initials of three letters or more may leave out one word, never the first, or one pair of words
    joined by "and" before a word they give (SBU, "Statens beredning för utvärdering", became the "Statens beredning för
    medicinsk och social utvärdering" in 2015): two words apart, or a pair at the end ("NAS" of the "National Academies
    of Sciences, Engineering, and Medicine", NASEM), or a first letter elsewhere ("PHE" is not "Public Health Wales") is
    another body. A name that is no initialism of its body ("UNICEF", the United Nations
    Children's Fund) is not read as one, nor are initials that are a word of the name itself ("health" of "Health
    Canada"). The one rule for citations, linking, journal names, a sheet's citations and de-duplication."""
    shorts, words_as_written = _initials_words(short), _initials_words(long)
    if shorts and _DOTTED_INITIALS.fullmatch(shorts[0] + "."):
        shorts[0] = shorts[0].replace(".", "")  # "U.S." as "US"
    if not shorts or not _INITIALS_WORD.fullmatch(shorts[0]) or len(words_as_written) < 2:
        return False
    pieces = [(fold(word).replace(" ", ""), place == 0 or bool(INITIALS.fullmatch(word))) for place, word in enumerate(shorts)]
    words = [fold(word).replace(" ", "") for word in words_as_written]
    if len(pieces) == 1 and pieces[0][0] in words:
        return False
    small = [word in NAME_SMALL_WORDS for word in words]
    whole = [len(word) > 1 and bool(INITIALS.fullmatch(word)) for word in words_as_written]
    may_leave_out = sum(len(text) for text, initials in pieces if initials) >= 3
    paired = [at + 2 < len(words) and words[at + 1] in _AND_WORDS and not small[at + 2] for at in range(len(words))]

    @functools.cache
    def fits(piece: int, letter: int, at: int, left_out: bool) -> bool:
        if piece == len(pieces):
            rest = [i for i in range(at, len(words)) if not small[i]]
            return not rest or (len(rest) == 1 and may_leave_out and not left_out)
        text, initials = pieces[piece]
        if letter == len(text):
            return fits(piece + 1, 0, at, left_out)
        if at == len(words):
            return False
        return (
            (letter == 0 and words[at] == text and fits(piece + 1, 0, at + 1, left_out))
            or (initials and words[at][:1] == text[letter] and fits(piece, letter + 1, at + 1, left_out))
            or (
                initials
                and whole[at]
                and text.startswith(words[at], letter)
                and fits(piece, letter + len(words[at]), at + 1, left_out)
            )
            or (small[at] and fits(piece, letter, at + 1, left_out))
            or (may_leave_out and not left_out and at > 0 and fits(piece, letter, at + 1, True))
            or (may_leave_out and not left_out and at > 0 and paired[at] and fits(piece, letter, at + 3, True))
        )

    return fits(0, 0, 0, False)


def a_person(name: str) -> bool:
    """Whether "Family, Given" is a person's name, not a body's written with a comma ("Ministry of Health, Kenya",
    "Heriot-Watt University, Institute for Social Policy"): short parts, no word a body's name joins its words with
    ("of", "for", "and", "the"; a person's "al" aside), no brackets nor digits. A name with no comma is no "Family,
    Given" at all. A family name's particles ("de la", "van der") are not counted among its words."""
    family, comma, given = name.partition(",")
    words = [word for word in fold(name).split() if len(word) > 1]
    return bool(
        comma
        and len([word for word in fold(family).split() if word not in NAME_PARTICLES]) <= 3  # "Gonzalez de la Fuente Martinez"
        and len(fold(given).split()) <= 4
        and not any(word in JOINING_WORDS - _NAME_ARTICLES for word in words)
        and not re.search(r"[()\[\]\d]", name)
    )


CODERS_APART = "; "
"""How a statement two coders coded word for word names both (`commands.code._with_both_coders`): "JM; HC"."""


def coders_of(coder: str) -> list[str]:
    """The coders a statement's coder cell names: one, or those who coded it word for word ("JM; HC")."""
    return [name.strip() for name in coder.split(CODERS_APART.strip()) if name.strip()]


def one_reviewer(written: str, people: Iterable[str]) -> str:
    """The one reviewer among `people` (the names decisions were recorded under, `--by`) a name a sheet or a screening
    tool gives is, or "" when it is none of them or could be several: the same name, its capitals, accents, dots and
    order aside ("fiona.reid", "Reid, Fiona"); its initials, two to five letters ("FR", "F.R.", "AdlR" of "Ana de los
    Ríos"); or a given name alone, as Rayyan names a reviewer by the first name of their account ("Fiona" of "Fiona
    Reid"). A name two reviewers answer to ("AM" of "Ana Martins" and "Ali Musa", "Sam" of two Sams) is neither's: it
    is kept as written, never merged into one of them."""
    words = fold(written.replace(".", " ").replace("_", " ")).replace(",", " ").split()
    if not words:
        return ""
    short, lettered = "".join(words), len(words) == 1 or all(len(word) == 1 for word in words)  # "FR", "F. R."
    same, answering = [], []
    for person in dict.fromkeys(clean_text(name) for name in people if clean_text(name)):
        theirs = fold(person.replace(".", " ")).replace(",", " ").split()
        if sorted(words) == sorted(theirs) or short == "".join(theirs):
            same.append(person)
        elif len(theirs) > 1 and lettered and 2 <= len(short) <= 5 and short == "".join(word[0] for word in theirs):
            answering.append(person)
        elif len(theirs) > 1 and len(words) == 1 and len(short) > 1 and short == theirs[0]:
            answering.append(person)
    found = same or answering  # a reviewer recorded under the very name is the one it names
    return found[0] if len(found) == 1 else ""


CITATION_LENGTH = 200
"""Longer than any citation typed in a cell: longer text is not read as one (which keeps the patterns' work small)."""
_WRAPPED = lazy_pattern(r"^[(\[](?P<inner>[^()\[\]]*)[)\]]$")
_SQUARE_YEAR = lazy_pattern(r"\[(?P<year>[^\[\]]*)\]$")
_SPACED_LETTER = lazy_pattern(r"(?<=\d)\s+(?=[a-z]\)?$)", re.I)


def author_year_of(text: str) -> str | None:
    """The handle of a citation written as author and year: "Schlief et al. (2022)", "Schlief 2022a",
    "Schlief and Jones, 2022", "World Health Organization 2019", "Imroc n.d."; None for anything else."""
    handles = author_year_handles(text)
    return handles[-1] if handles else None


def author_year_handles(text: str) -> list[str]:
    """The handles a citation may be found by, most precise first: with the letter it was written with, for works
    cited alike ("Wildman et al. 2019a": `lettered`), then without it. Read as people type citations: in brackets
    ("(Wildman et al., 2019a)"), with every author ("Wildman, Moffatt & Steer 2019"), initials after a comma
    ("Wildman, J. et al."), the year in square brackets, a space before the letter, a full stop after. A body's name
    written with a comma ("Ministry of Health, Kenya 2018": no person's, `a_person`) is found by its whole name first,
    as a source is cited by it (`cited_by`)."""
    text = _as_citation(text)
    authors = _AUTHOR_YEAR.match(text)
    found = authors or _FIRST_OF_MANY.match(text) or _BODY_YEAR.match(text)
    handle = author_year_handle(without_initials(found["family"]), found["year"]) if found else None
    if handle is None:
        return []
    handles = [handle]
    body = _BODY_YEAR.match(text) if authors and re.search(r"\band\b|&", text, re.I) else None
    if body and _is_body_name(body["family"]) and (whole := author_year_handle(body["family"], body["year"])) != handle:
        handles.insert(0, whole)  # a body's name holding "and" ("…for Health and Care Excellence 2015"), before two authors
    comma = _BODY_YEAR.match(text) if not authors and "," in text else None
    whole = author_year_handle(comma["family"], comma["year"]) if comma and _a_body_with_a_comma(comma["family"]) else None
    if whole and whole != handle:
        handles.insert(0, whole)  # a body's name with a comma ("Ministry of Health, Kenya 2018", `cited_by`), before its start
    letter = found["letter"].lower() if found["letter"] else ""
    return [lettered(h, letter) for h in handles] + handles if letter else handles


def _a_body_with_a_comma(name: str) -> bool:
    """A citation's name before its year that is a body's written with a comma ("Ministry of Health, Kenya"), not a
    person's "Family, Given" (`a_person`) nor several people listed ("Okafor, Mensah and Boateng": each part a name of
    a word or few, none holding a word a body's name joins its words with)."""
    if a_person(name):
        return False
    parts = [fold(part).split() for part in re.split(r",|&|\band\b", name, flags=re.I) if fold(part)]
    listed = all(len(words) <= 3 and not set(words) & (JOINING_WORDS - _NAME_ARTICLES) for words in parts)
    return not listed


def _is_body_name(name: str) -> bool:
    """A name an organisation may have, not two people's ("Okafor and Mensah", "van der Helm and de Vries"): three
    words or more besides joining words and the particles of a person's name ("National Institute for Health and
    Care Excellence", "Substance Abuse and Mental Health Services Administration", "Health and Safety Executive").
    Its whole name is only tried first: two authors are still read where no body has it."""
    words = fold(name).split()
    return sum(word not in JOINING_WORDS and word not in NAME_PARTICLES for word in words) >= 3


def author_handle(text: str) -> str | None:
    """The start every handle of a citation written without its year shares ("Takasugi & Lee", "Kirsh et al",
    "Smith and Jones": "@takasugi "), read by the same rule as one with a year (`author_year_handles`); None where the
    text holds a digit or is no citation."""
    text = _as_citation(text).rstrip(".,;: ")
    if not text or any(character.isdigit() for character in text):
        return None
    handles = author_year_handles(f"{text} 2000")
    return handles[-1].removesuffix("2000") if handles else None


_LISTED_AFTER = lazy_pattern(
    r"(?<![\w.])((?:1[5-9]|20)\d\d(?:-?[a-z]{1,2})?\)?|n\.\s?d\.?\)?)(?!\w)\s*(?:[;,&+/|\n]|\band\b)\s*", re.I
)
"""A citation's year (its letter, its closing bracket) followed by what lists another: "; ", ", ", " & ", " and "."""
_STRONG_SEPARATOR = lazy_pattern(r"\s*[;\n|]\s*")
"""What lists citations whatever they end with: "Takasugi & Lee; Kane 2010"."""


def listed_citations(text: str) -> list[str]:
    """The citations a cell lists one after another, each ended by its year ("Dil et al. 2012 and Takasugi & Lee 2012",
    "Smith and Jones 2019; Lee 2020", "(Smith et al., 2019a; Lee, 2020)"): split only after a year, so the "&" or "and"
    between two authors of one work ("Takasugi & Lee 2012") never splits it; at a semicolon, line break or bar whatever
    comes before. One piece where the cell lists nothing."""
    pieces = []
    for part in _STRONG_SEPARATOR.split(text[: CITATION_LENGTH * 4]):
        start = 0
        for listed in _LISTED_AFTER.finditer(part):
            pieces.append(part[start : listed.end(1)])
            start = listed.end()
        pieces.append(part[start:])
    return [piece for piece in map(_unbracketed, pieces) if piece]


def _unbracketed(piece: str) -> str:
    """A listed citation without the bracket the list opened or closed ("(Smith et al., 2019a" of "(Smith…; Lee…)")."""
    piece = piece.strip().strip(";,").strip()
    if piece.startswith(("(", "[")) and piece.count(piece[0]) > piece.count(")" if piece[0] == "(" else "]"):
        piece = piece[1:].strip()
    if piece.endswith((")", "]")) and piece.count(piece[-1]) > piece.count("(" if piece[-1] == ")" else "["):
        piece = piece[:-1].strip()
    return piece


def labelled(text: str, labels: Mapping[str, str]) -> list[str]:
    """The slugs a domain or group typed by a team may mean, `labels` being each slug and name (and any other label)
    to its slug: a label whole, any case and punctuation ("Safety, privacy & confidentiality"); after the number a
    protocol gives it ("Domain 3: Safety", "3. Safety", "D3 - Safety"); or the start of one ("safe") or words each
    starting a word of one ("Safety & privacy", "Therapeutic relationship"), where no label is the text whole, nor
    whole but for a plural (`singular`: "Teacher" is "Teachers", never also "Head teachers", whose word it starts:
    trial BD's form kept two teachers' answers without a group). One slug is an answer; several are for the message
    ("support" starts one label and is a word of another); none, nothing like it."""
    wanted = fold(text).replace(" and ", " ")
    if not wanted:
        return []
    folded = [(fold(label).replace(" and ", " "), slug) for label, slug in labels.items()]
    one = singular(wanted)
    for matches in (
        lambda label: label == wanted,
        lambda label: singular(label) == one,
        lambda label: label.startswith(wanted) or _words_start(wanted.split(), label.split()),
    ):
        found = sorted({slug for label, slug in folded if matches(label)})
        if found:
            return found
    if glossed := re.match(_GLOSSED_LABEL, text) or re.match(_NOTED_LABEL, text):
        before = fold(glossed["label"]).replace(" and ", " ")
        found = sorted({slug for label, slug in folded if label == before or singular(label) == singular(before)})
        found = found or sorted(
            {slug for label, slug in labels.items() if singular(before) in {singular(part) for part in _conjuncts(label)}}
        )
        found = found or sorted(
            {slug for label, slug in labels.items() if (gloss := _gloss(label)) and singular(gloss) == singular(before)}
        )
        if found:
            return found  # "Young people (youth advisory group)": a label whole, a note on it after
    numbered = re.match(_NUMBERED_LABEL, text, re.I)
    if numbered:
        return labelled(numbered["label"], labels)
    if spoken := re.match(_SPOKEN_AS_ONE, text, re.I):
        return labelled(spoken["label"], labels)  # "A young person (11-18)", "I am a parent or carer"
    return _labels_named_whole(text, folded)


def _gloss(label: str) -> str:
    """What a group's name says of it in brackets after it ("Students (youth advisory group)": youth advisory group),
    folded: the team's own other name for the group, a label whole, so a respondent's "Youth advisory group (Year 10)"
    is that group with a note after it, as "Students (Year 10)" is (trial E1 kept such an answer without a group)."""
    glossed = re.match(r"^[^()]*[^()\s]\s*\((?P<gloss>[^()]*[^()\s])\s*\)\s*$", label)
    return fold(glossed["gloss"]).replace(" and ", " ") if glossed else ""


def _conjuncts(label: str) -> list[str]:
    """The people a label of two or more joins ("Older people and carers" → older people, carers; "Parents, carers
    & families"), folded: each is the group as a respondent names the one they are, with a note after it ("Carer - my
    mum is 91", trial CZ kept a carer's answers without a group). A label joining none has no conjuncts, so "Other -
    please specify" still names no group "Other professionals"."""
    parts = [part.strip() for part in re.split(r",|&|/|\band\b|\bor\b", fold_keeping_slash(label).replace(" / ", "/"))]
    return [part for part in parts if part] if len(parts) > 1 else []


_SPOKEN_AS_ONE = r"^\s*(?:i\s*(?:am|['’]m)\s+)?(?:an?|the)\s+(?P<label>\S.*)$"
"""A form's choice worded as the one answering says it ("A young person (11-18)", "A parent or carer", "I am a teacher";
trial CM's Qualtrics form): the group after its article."""


def _labels_named_whole(text: str, folded: list[tuple[str, str]]) -> list[str]:
    """The labels of two words or more each of whose words the text says, alternatives joined by "or" or "/" as one
    joins them by "and" ("parent or carer" names 'Parents and carers', "CAMHS / MHST clinician" 'CAMHS clinicians';
    trial CM kept their answers without a group): every other word of the text is an alternative beside one of them,
    so "Parents of young people" names no group 'Young people'. A one-word label is not read so."""
    tokens = [singular(token) if token != "/" else token for token in re.findall(r"[^\W_]+|/", fold_keeping_slash(text))]
    found = set()
    for label, slug in folded:
        words = {word for word in singular(label).split() if word not in JOINING_WORDS}
        if len(words) < 2 or not words <= set(tokens):
            continue
        alternative = {"or", "/"}
        if all(
            token in words
            or token in JOINING_WORDS
            or token in alternative
            or (i and tokens[i - 1] in alternative)
            or (i + 1 < len(tokens) and tokens[i + 1] in alternative)
            for i, token in enumerate(tokens)
        ):
            found.add(slug)
    return sorted(found)


def fold_keeping_slash(text: str) -> str:
    """`fold`, with each "/" kept as a word of its own."""
    return " / ".join(fold(piece) for piece in text.split("/"))


def _words_start(words: list[str], label: list[str]) -> bool:
    """Each of the words, joining words aside, starts a word of the label (`labelled`)."""
    wanted = [word for word in words if word not in JOINING_WORDS]
    return bool(wanted) and all(any(had.startswith(word) for had in label) for word in wanted)


@lru_cache(maxsize=256)
def group_named(text: str, groups: tuple[tuple[str, str], ...]) -> tuple[list[str], bool]:
    """The groups (or domains: `groups` is each slug with its name) a label a team typed may mean, and whether it is a
    slug or name as written: one rule for a feedback form's group and a coding sheet's domain or group. A label
    (`labelled`), else each word as one of it (`singular`: "CHWs" is the group `chw`, "Midwife" "Midwives and
    nurses"). Once per distinct label, not once per answer (a sheet of 4,000 answers names a handful of groups)."""
    labels = {label: slug for slug, name in groups for label in (slug, name)}
    found = labelled(text, labels) or labelled(singular(text), {singular(label): slug for label, slug in labels.items()})
    return found, fold(text) in {fold(label) for label in labels}


def singular(text: str) -> str:
    """Each word of a name as one of it: 'Midwife' is the group 'Midwives and nurses' (slug `midwives`, trial S) as
    'Woman' is 'Women', 'Carer' 'Carers', 'Family' 'Families', 'Young person' 'Young people', 'CHW' 'CHWs'; read only
    where the name as typed means no group (`group_named`)."""
    words = []
    for word in fold(text).split():
        if word in _IRREGULAR_PLURALS:
            word = _IRREGULAR_PLURALS[word]
        elif len(word) > 4 and word.endswith("ives"):
            word = word[:-3] + "fe"
        elif len(word) > 3 and word.endswith("men"):
            word = word[:-3] + "man"
        elif len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.append(word)
    return " ".join(words)


_IRREGULAR_PLURALS = {"people": "person", "children": "child"}
"""Plurals no ending makes: 'Young person' is the group 'Young people', 'Child' 'Children and families'."""


_GLOSSED_LABEL = r"^\s*(?P<label>[^()]*[^()\s])\s*\([^()]*\)\s*$"
"""A label with a note in brackets after it, as a form's choice glosses a group ("Young people (youth advisory group)",
"Carers (unpaid)"; trial BL): read as the label before the brackets only where that is a label whole (or but for a
plural), never as the start of one, so "Other (please specify)" is not the group "Other professionals"."""
_NOTED_LABEL = r"^\s*(?P<label>[^()\-–—:]*[^()\-–—:\s])\s*(?:\s[-–—]|:)\s+\S.*$"
"""A label with a note after a dash between spaces or a colon, as a respondent types their group in a form's 'Other'
box ("Carer - my husband is on PD", "Renal nurse: community"; trial CW kept a carer's answers without a group): read as
a glossed label is (`_GLOSSED_LABEL`), the label before the note only where that is a label whole (or but for a
plural), so "Other - please specify" names no group."""
_NUMBERED_LABEL = (
    r"^\s*(?:(?:(?:domain|theme|group|d|g)\s*)?\(?\d{1,2}[a-z]?\)?\s*[:.)\-–—]?\s+|(?:domain|theme|group)\s*[:\-–—]\s*)"
    r"(?P<label>\S.*)$"
)
"""A label after the number a protocol gives it: "Domain 3: Safety", "3. Safety", "(2) Connecting", "D1 – Access"; or
after the word for its kind and a colon or dash, as a code names the domain it stands for ("Domain: Carers", "Theme –
Access": trial BW 7)."""
JOINING_WORDS = frozenset("a an the of in on for and to with by at from et al".split())
"""Words that name nothing in a title or a label: left out of the words a typed name must match."""
NAME_SMALL_WORDS = (
    JOINING_WORDS
    | {fold(word) for word in _NAME_JOINING}
    | frozenset("s di della dell im zur zum der den dem voor en og och pour sur".split())
)
"""Words a body's initials may leave out or give ("for" of "DfE", "de" and "la" of the "Organisation mondiale de la Santé",
OMS; "für" and "im" of the "Institut für Qualität und Wirtschaftlichkeit im Gesundheitswesen", IQWiG), in the languages
bodies' names reach a review in."""


def cited_with_more(text: str) -> tuple[list[str], str] | None:
    """A cell that opens with an author-year citation and goes on ("Cooper 2024 (Lancet Psychiatry)", "Schlief et al.
    2022 [12]", "Kirsh 2007 - shared appointments"): the citation's handles (`author_year_handles`) and the rest, for
    the caller to check against the works cited so (`KeyIndex`); None when the cell does not open with a citation."""
    text = text[:CITATION_LENGTH]
    year = re.search(_CITED_YEAR, text, re.I)
    if year is None or not text[year.end() :].strip():
        return None
    handles = author_year_handles(text[: year.end()])
    return (handles, text[year.end() :]) if handles else None


_CITED_YEAR = r"\b(?:1[5-9]|20)\d\d(?:-?[a-z]{1,2}\b)?\)?|(?<=[\s(,])n\.\s?d\.?\)?"
"""The first year in a cell, with its letter and closing bracket (`cited_with_more`)."""


def _as_citation(text: str) -> str:
    """A cell's citation with what people wrap it in taken off: "(Smith et al., 2019a)." → "Smith et al., 2019a"."""
    text = " ".join(text.split()[:40])[:CITATION_LENGTH].strip().removesuffix(".").strip()
    wrapped = _WRAPPED.match(text)
    text = wrapped["inner"].strip() if wrapped else text
    return _SPACED_LETTER.sub("", _SQUARE_YEAR.sub(r"(\g<year>)", text))


def lettered(handle: str, letter: str) -> str:
    """A handle with the letter that tells works cited alike apart ("@wildman 2019" + "a"): one form for a source's
    side (`commands.sources.key_aliases`) and a sheet's."""
    return f"{handle}{letter}"


def without_initials(name: str) -> str:
    """ "Smith JA" → "Smith"; also "Age UK" → "Age", so a body whose name ends in capitals is found by its citation too
    (the source's side registers both forms: `Store.record_key_aliases`)."""
    return _INITIALS_AFTER.sub("", name)


GREY_TYPES = {
    "report",
    "techreport",
    "online",
    "webpage",
    "misc",
    "thesis",
    "phdthesis",
    "mastersthesis",
    "unpublished",
    "conference",
    "abstract",
    "manual",
    "dataset",
    "software",
    "video",
    "audio",
    "legislation",
    "jurisdiction",
    "patent",
    "booklet",
    "electronic",
    "standard",
    "guidance",
    "news",
}

_BIBTEX_TYPES = {
    "article": "article",
    "book": "book",
    "inbook": "chapter",
    "incollection": "chapter",
    "inproceedings": "conference",
    "conference": "conference",
    "proceedings": "book",
    "techreport": "report",
    "report": "report",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "online": "webpage",
    "electronic": "webpage",
    "www": "webpage",
    "unpublished": "unpublished",
    "manual": "report",
    "booklet": "report",
    "book_section": "chapter",
    "web_page": "webpage",
    "generic": "misc",
    "magazine_article": "news",
    "newspaper_article": "news",
}


def bibtex_type(entry_type: str) -> str:
    return _BIBTEX_TYPES.get(entry_type.lower(), entry_type.lower() or "misc")


CONTAINER_FIELDS = ("journal", "journaltitle", "booktitle", "series", "howpublished")
"""The BibTeX fields that name what a work is in (its journal, proceedings, book, series or site), in the order a reader
takes its container from them (the first an entry gives)."""
PUBLISHER_FIELDS = ("publisher", "institution", "organization", "school")
"""The BibTeX fields that name who issued a work, in the order a reader takes its publisher from them."""
_OWN_FIELDS = {
    "article": ("journal", "publisher"),
    "inproceedings": ("booktitle", "publisher"),
    "incollection": ("booktitle", "publisher"),
    "book": ("series", "publisher"),
    "techreport": ("howpublished", "institution"),
    "phdthesis": ("howpublished", "school"),
    "mastersthesis": ("howpublished", "school"),
    "online": ("howpublished", "organization"),
}
"""The container and publisher fields BibTeX's styles read for each entry type the export writes: an article's journal,
a paper's or a chapter's booktitle, a report's institution, a thesis's school; any other its howpublished and
publisher."""


def bibtex_field(entry_type: str, family: tuple[str, ...], kept: Mapping[str, str]) -> str:
    """The field of a family (`CONTAINER_FIELDS`, `PUBLISHER_FIELDS`) an entry of this type writes its container or
    publisher in: the one BibTeX's styles read for that type (`_OWN_FIELDS`), unless the entry keeps (`kept`) a field of
    the family that a reader takes before it, or that one itself, where the family's first, so that it reads back as
    the container. dblp's papers in a series (`booktitle`, `series = {LNCS}`) were written `journal = {…Proceedings…}`
    with no booktitle, which BibTeX's styles print without it."""
    own = _OWN_FIELDS.get(entry_type, ("howpublished", "publisher"))[family == PUBLISHER_FIELDS]
    before = family[: family.index(own) + 1]
    return family[0] if any(kept.get(name) for name in before) else own


_THESIS_CONTAINER = lazy_pattern(
    r"\b(?:dissertations?|theses|thesis|masters)\b.{0,30}\b(?:abstracts?|international|global|full text)\b"
    r"|proquest dissertations",
    re.I,
)
ORIGINAL_AUTHORS = "original authors"
"""Where one work's records name its authors in two scripts (CiNii's "鶴若, 麻理", J-STAGE's "Mari Tsuruwaka"): the names
in the script the shown title is not in, kept beside those it is cited by (`linking.link_record`)."""
ORIGINAL_TITLE = "original title"
"""Where a record keeps its work's title in the language it was written in, given beside the English title it is listed
under: Ovid's "Original Title" (`OT`: MEDLINE's and Embase's translated records, their `TI` the English, often in
brackets). RIS's, EndNote's and MEDLINE's `TT` is the other way about: the title in the other language, beside `TI`."""

TOOL_STUDY_NUMBER = "covidence"
"""Where a record read from Covidence's export of a review's records keeps Covidence's own number of its study (the
column 'Covidence #', "#2204"; the record's `extra`, under the column's header as read). Covidence's other exports name
each study by it beside Covidence's own citation ('Study ID': "Wildman 2019a"), whose letters need not be cmo's, so a
quality-assessment or decision row names its study by it (`Store.record_key_aliases`; trial CS: Covidence's 'Wildman
2019a' was the service users' paper, cmo's the link workers')."""

_TOOL_NUMBER_WRITTEN = re.compile(r"^#?\s*(\d+)$")


def tool_study_number(cell: str) -> str | None:
    """A screening tool's number of a study as its export of the records writes it, and `TOOL_STUDY_NUMBER` keeps it
    ("#2204"), however a sheet writes it: Covidence's own exports write "#2204", a team's sheet copying the number into
    a column of its own often "2204" (a spreadsheet makes a number of it). None for a cell that is no such number (a
    team's column 'Covidence' saying "yes" or "screened there")."""
    found = _TOOL_NUMBER_WRITTEN.match(cell.strip())
    return f"#{found.group(1)}" if found else None


OTHER_LANGUAGE_TITLES = (ORIGINAL_TITLE, "TT")
"""The fields a record gives its work's title in another language by (`ORIGINAL_TITLE`, `TT`): one work, whichever
language a database lists it under (de-duplication compares them as the record's own title)."""


_LOOKS_LIKE_URL = lazy_pattern(r"^\s*(?:https?://|www\.)", re.I)


_LABELLED_TYPES = tuple(
    (re.compile(pattern, re.I), kind)
    for pattern, kind in (
        (r"\b(?:book reviews?|case reports?)\b", "article"),
        (r"\b(?:trials? regist(?:ry|ration)s?|registry (?:record|entry)|regist(?:ry|ered) trial)\b", "misc"),  # CENTRAL
        (r"\b(?:thesis|theses|dissertation|tesis|teses?|these|dissertacao|doktorarbeit)", "thesis"),
        (r"(?:avhandling|afhandling|uppsats|oppgave|examensarbete)\b|\bspeciale\b", "thesis"),  # Nordic, compounds too
        (r"\b(?:chapter|book ?section|section|encyclopa?edia|entry|capitulo|chapitre|kapitel)\b", "chapter"),
        (
            r"\b(?:conferences?|congress(?:es)?|proceedings|meetings?|symposi(?:um|a)|congres(?:os?|so)?|conferencias?|konferenz)\b",
            "conference",
        ),  # IEEE Conferences
        (r"\b(?:preprint|manuscript|unpublished|posted content)\b", "unpublished"),
        (r"\b(?:guidelines?|guidance|consensus statement)\b", "guidance"),  # a grey list's "Guideline", MEDLINE's
        (r"\b(?:guias?|directrices|diretrizes|lignes directrices|recommandations|leitlinien?)\b", "guidance"),
        (
            r"\b(?:reports?|government document|working paper|white paper|green paper|discussion paper|policy|policies"
            r"|position (?:paper|statement)|brief(?:ing)?s?|strateg(?:y|ies)|action plan|bulletin|fact ?sheets?|toolkit"
            r"|consultation|pamphlets?|booklets?|leaflets?)\b",
            "report",
        ),
        (r"\b(?:informes?|relatorios?|rapports?|berichte?|estrategias?|strategie)\b", "report"),
        (r"\b(?:book|monograph|libro|livro|livre|buch)\b", "book"),
        (
            r"\b(?:web ?pages?|web ?sites?|web (?:resource|document|article)|online (?:resource|source|document|article)"
            r"|blog(?: post)?|weblog|electronic source)\b",
            "webpage",
        ),
        # ProQuest's source types in M3 ("Trade Journal", "Wire Feeds"): the trade and news press, never peer-reviewed
        # (helper H2: an Inside Housing piece counted as a peer-reviewed article in the evidence strength)
        (r"\b(?:newspaper|magazine|trade (?:journal|publication)s?|wire feeds?)\b", "news"),
        (r"\bpatent\b", "patent"),
        (r"\b(?:software|computer program)\b", "software"),
        (r"\b(?:dataset|data set)\b", "dataset"),
        (r"\b(?:statute|legislation|bill|legal case|court case)\b", "legislation"),
        (r"\b(?:journals?|articles?|review|letter|editorial|comment|note|erratum|short survey)\b", "article"),
        (r"\b(?:articulos?|artigos?|artikel|artikkel)\b", "article"),  # Cristin's 'Vitenskapelig artikkel'
    )
)


_CAMEL_CASE = lazy_pattern(r"(?<=[a-z])(?=[A-Z])")


def type_from_label(label: str) -> str | None:
    """The kind of work a label written in words names ("Journal Article", "Book Section", "Conference Abstract",
    CSL's "paper-conference"): the one rule for the exports that spell types out (Ovid, EndNote, CSL JSON, CSV).
    None when the label names nothing known; the first rule that matches wins, so the specific ("Book
    Section", "Conference Review") comes before the general ("Book", "Review")."""
    words = fold(_CAMEL_CASE.sub(" ", label))  # Zotero's "bookSection"; 'Guía', 'Relatório' as 'guia', 'relatorio'
    return next((kind for pattern, kind in _LABELLED_TYPES if pattern.search(words)), None)


def labelled_type(labels: str | list[str], container: str = "", volume: str = "", pages: str = "", url: str | None = None) -> str:
    """A record's type where the export spells it out in words (one label or several, the first known wins);
    with no known label, an article when it names a journal, else misc; then `content_type`'s checks. A record that
    names a journal, labelled a report and a journal article both in one field (parted by ';', as ERIC lists its
    publication types: "Journal Articles; Reports - Research"), is the article: it was printed in the journal (trial
    BB: such records read as grey reports were held apart from the same paper in other databases)."""
    labels = [labels] if isinstance(labels, str) else labels
    declared = next((kind for label in labels if (kind := type_from_label(label))), None)
    listed = {kind for label in labels if ";" in label for part in label.split(";") if (kind := type_from_label(part))}
    if container and declared in ("report", "techreport") and "article" in listed:
        declared = "article"  # ERIC's "Journal Articles; Reports - Research": a study's report printed in a journal
    return content_type(declared or ("article" if container else "misc"), container, volume, pages, url)


_JOURNAL_PRINTS = frozenset({"webpage", "misc", "guidance"})
"""The types a journal's issue prints as an article (`content_type`): a web page's or generic record's, and a guideline
("Practice Guideline", which MEDLINE and CINAHL give a guideline printed in a journal, beside "Journal Article")."""


PREPRINT_SERVERS = lazy_pattern(
    r"\b(?:arxiv|biorxiv|medrxiv|psyarxiv|socarxiv|ssrn|research square|preprints?|"
    r"osf preprints?|chemrxiv|techrxiv|authorea)\b",
    re.I,
)
"""The servers that post preprints, as a record names its 'journal' (medRxiv's own RIS and BibTeX: `JF  - medRxiv`)."""


_GUIDANCE_ADDRESS = lazy_pattern(r"^[^?#]*/(?:guidance|guidelines?)(?:/|$)", re.I)
"""A web address whose path holds a folder of guidance ("nice.org.uk/guidance/ng97", "sign.ac.uk/guidelines/…"): a
guideline body's page of one of its guidelines. A journal's page names its article by volume, DOI or its title's words."""


def _issued_as_guidance(container: str, url: str) -> bool:
    """Whether a record's 'journal' or address names guidance rather than a journal (`content_type`): Google Scholar's
    source "NICE guideline [NG97]" (through Publish or Perish, with no type), a series of guidelines; a name with the
    word journal in it ("Journal of Clinical Practice Guidelines") is a journal's."""
    named = bool(container) and type_from_label(container) == "guidance" and not re.search(r"\bjournals?\b", fold(container))
    return named or bool(_GUIDANCE_ADDRESS.search(web_address(url)))


_A_REPORT_TO = lazy_pattern(
    r"^(?:(?:final|interim|full|technical|research|project) )*reports? (?:to|for|submitted to|prepared for|commissioned by)\b"
)
"""A 'journal' that names a report made to a body ("Report to the Patient Safety Research Portfolio, Dept of Health",
"Final report to NIHR", "Report for the Department of Health"), as Google Scholar's BibTeX gives a report: its
`@article` with the body it was made for in `journal`. A journal's name says "Reports" ("Scientific Reports", "Public
Health Reports") or "Report of…", never that it was made for someone."""


def content_type(declared: str, container: str = "", volume: str = "", pages: str = "", url: str | None = None) -> str:
    """A record's type from what it says, not only from its export's label: a thesis listed in
    Dissertation Abstracts is a thesis (grey), whatever a database calls it; a record posted on a preprint server
    (`PREPRINT_SERVERS`) is a preprint, unpublished and so grey, though its server's export labels it a journal article
    (trial BF: medRxiv's preprints were counted as peer-reviewed support); a record in a named
    journal with a volume or pages is an article even when exported as a web page or generic
    record (Cochrane CENTRAL's `TY  - ELEC`) or labelled a guideline (`_JOURNAL_PRINTS`). Other labels (a
    conference abstract) are kept. A record called an article (or nothing), with no volume nor pages, whose 'journal'
    names guidance or whose address is a guideline body's page of one (`_issued_as_guidance`) is a guideline, grey:
    trial CA 4, a NICE guideline Publish or Perish gave with no type was counted as a peer-reviewed article. So is
    one whose 'journal' names a report made for a body (`_A_REPORT_TO`): a report, grey."""
    if container and _THESIS_CONTAINER.search(container):
        return "thesis"
    if declared in ("article", "misc") and not (volume or pages) and _issued_as_guidance(container, url or ""):
        return "guidance"
    if declared in ("article", "misc") and not (volume or pages) and container and _A_REPORT_TO.search(fold(container)):
        return "report"  # trial CO: Scholar's CHUMS report to the Department of Health was counted as a peer-reviewed article
    if container and declared in ("article", *_JOURNAL_PRINTS) and PREPRINT_SERVERS.search(container):
        return "unpublished"
    if declared in _JOURNAL_PRINTS and container and not _LOOKS_LIKE_URL.match(container) and (volume or pages):
        return "article"
    return declared


_FULL_PAPER_PAGES = 4
"""The fewest pages of a paper printed whole in a conference's proceedings: a meeting abstract fits on one page or two,
while the shortest full papers ACM, IEEE and Springer print (short papers, posters' extended abstracts excepted) run to
four or more."""


def _page_span(pages: str) -> int:
    """How many pages a range of pages runs over ("112-124": 13, "5521-5534": 14), or 0 where it is no plain range (one
    page, an article number, letters before the numbers: "e18-e25" is a journal's own numbering, read as written)."""
    found = re.fullmatch(r"(\d{1,6})-(\d{1,6})", pages or "")
    if not found:
        return 0
    first, last = int(found.group(1)), int(found.group(2))
    return last - first + 1 if last >= first else 0


def full_paper_in_proceedings(pages: str = "", page_total: str = "") -> bool:
    """Whether a conference work is a paper printed whole in its proceedings: its pages run over four or more
    (`_FULL_PAPER_PAGES`), by its range ("112-124", IEEE Xplore's Start and End Page) or the number of pages its record
    gives (ACM's `numpages = {16}` beside an `articleno`). Such a paper passed the conference's peer review as a
    journal's article passes its journal's: in computing, engineering and health informatics it is how research is
    published (helper K4: ACM CHI and IEEE papers of an mHealth review were counted as grey literature, weakening every
    finding they backed). A meeting abstract (one page, or none given) stays grey."""
    count = page_count(page_total)
    return _page_span(normalise_pages(pages)) >= _FULL_PAPER_PAGES or (count.isdigit() and int(count) >= _FULL_PAPER_PAGES)


def is_grey(source_type: str, url: str | None = None, container: str = "", pages: str = "", page_total: str = "") -> bool:
    """Grey literature: anything not published as a journal article, book or chapter, or as a full paper in a
    conference's proceedings (`full_paper_in_proceedings`: its `pages` or `page_total` say so)."""
    kind = source_type.lower()
    if kind == "misc":
        return True
    if kind == "conference" and full_paper_in_proceedings(pages, page_total):
        return False
    return kind in GREY_TYPES


def issued_by_its_author(source_type: str, authors: Iterable[str], publisher: str) -> bool:
    """Whether a book was published by its own author: its publisher is one of its authors, by name ("World Health
    Organization" beside "World Health Organization", or an office of it named after it: "World Health Organization,
    Regional Office for Europe"). Such a work was issued by the body (or person) that wrote it, outside commercial
    and academic publishing: grey literature, as a report is, whatever the export labels it. Trial BX 2: WHO IRIS's
    exports (`TY  - BOOK`, WHO as author and publisher) were counted as peer-reviewed, in the evidence strength and
    the report's table of documents. A book a press published (a person's or a body's: "American Psychiatric
    Association" by "American Psychiatric Publishing") is not. A body of one word ("Mencap" by "Mencap", as HMIC's
    Ovid display gives a charity's report: trial CH) is its own publisher as much; only a publisher's name that starts
    with an author's one word ("Nightingale" by "Nightingale Press") is no sign, as it may be a person's surname. A
    publisher given as the body's own short form is the body (`_short_form_of`: "National Institute for Health and Care
    Excellence" by "NICE", as Google Scholar's BibTeX gives NICE's guidance: trial CO)."""
    if source_type.lower() != "book" or not (issuer := fold(publisher)):
        return False
    for author in authors:
        name = fold(author)
        if name and (issuer == name or (len(name.split()) > 1 and issuer.startswith(name + " "))):
            return True
        if _short_form_of(clean_text(publisher), clean_text(author)):
            return True
    return False


def _short_form_of(short: str, body: str) -> bool:
    """Whether `short` is a body's short form made of its name's initials: one word of two or more capitals, each the
    initial of a word of the name in order, the first word's first ("WHO" for "World Health Organization", "NICE" for
    "National Institute for Health and Care Excellence", which passes over "for", "Health" and "and"). A person's name
    ("Smith, John": a comma) or one word names no body with a short form."""
    if not re.fullmatch(r"[A-Z]{2,}", short) or "," in body:
        return False
    initials = [word[0].upper() for word in re.findall(r"[^\W\d_]+", body)]
    if len(initials) < 2 or initials[0] != short[0]:
        return False
    at = 1
    for letter in short[1:]:
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True


_ISSUING_BODY = lazy_pattern(
    r"\b(?:unit|department|dept|centre|center|institute|university|college|school|faculty|office|ministry|agency|"
    r"executive|council|commission|directorate|secretariat|observatory|authority|government)\b"
)
"""Words that name a body issuing its own work (a research unit, a university's department, a ministry, an agency),
as a book's imprint names its publisher."""
_PUBLISHING_HOUSE = lazy_pattern(r"\b(?:press|publish\w*|publications?|books|verlag|editions?|editorial|imprint)\b")
"""Words that name a publishing house, a university's press among them ("Oxford University Press", "Policy Press")."""


def issued_by_a_body(source_type: str, publisher: str) -> bool:
    """Whether a book was issued by a body that publishes its own work, not by a publishing house: its publisher names a
    unit, department, institute, university, ministry, agency… (`_ISSUING_BODY`) and no press or publishing
    (`_PUBLISHING_HOUSE`). Such a book is a report, grey literature, as one its own author published is
    (`issued_by_its_author`). Trial CN: MIDIRS's record of the MBRRACE-UK confidential enquiry ('Oxford: National
    Perinatal Epidemiology Unit, University of Oxford, 2023. 92 pages', typed Book, persons its authors) was counted as
    peer-reviewed in the evidence strength and the report's table of documents. "Oxford University Press" is a press."""
    return source_type.lower() == "book" and _a_body_issuing_its_own(publisher)


_HEAD_ENDS = lazy_pattern(r"\s+(?:of|for|on|in|at|and|&)\s+|\s*[,:;(–-]\s*")


def headed_by_a_body(name: str) -> bool:
    """Whether a name's head noun (its last word before "of", "for", "and", a comma…: "Centre" of "Centre for Mental
    Health", "Trust" of "Nuffield Trust") names a body issuing its own work (`_ISSUING_BODY`, a trust or a foundation):
    an organisation, where a journal's head is a journal's word ("Journal of Public Mental Health", "Psychiatric
    Services", "Health & Justice"). A word of the kind after the head ("Journal of the American College of Cardiology")
    is no sign."""
    head = _HEAD_ENDS.split(fold(name), maxsplit=1)[0].split()
    return bool(head) and (bool(_ISSUING_BODY.fullmatch(head[-1])) or head[-1] in ("trust", "foundation"))


def _a_body_issuing_its_own(publisher: str) -> bool:
    """Whether a publisher names a body that publishes its own work (`_ISSUING_BODY`) and no press (`_PUBLISHING_HOUSE`)."""
    issuer = fold(publisher)
    return bool(issuer) and bool(_ISSUING_BODY.search(issuer)) and not _PUBLISHING_HOUSE.search(issuer)


def report_of_a_body(source_type: str, container: str, volume: str, pages: str, publisher: str) -> bool:
    """Whether a record labelled a journal article is a report a body issued: it names no journal, volume or pages, and
    its publisher is a body that publishes its own work, not a press (`_a_body_issuing_its_own`: a university, a
    research centre, a council). Google Scholar exports every document it cannot type as `@article` (and `TY  - JOUR`)
    with only its publisher: a university's evaluation report ('@article{dayson2014social, …, publisher={Sheffield
    Hallam University}}') was counted as a peer-reviewed article in the evidence strength and the report's table of
    documents, and kept apart from a grey list's record of it as 'a journal work and a grey work'. An article naming
    its journal, volume or pages, or a publishing house ("Wiley Online Library", "Oxford University Press"), is one."""
    placed = container.strip() or volume.strip() or pages.strip()
    return source_type.lower() == "article" and not placed and _a_body_issuing_its_own(publisher)


def web_address(value: str) -> str:
    """The web address a field gives ('https://…', 'www.…', the first word of 'https://… (accessed May 2021)'), or ''
    for text naming none ('Link', 'see report'): the one rule for a record's url, whatever the export."""
    first = clean_text(value).split(" ", 1)[0] if value else ""
    if first.lower().startswith("www."):
        return first
    try:
        parts = urlsplit(first)
    except ValueError:
        return ""
    return first if parts.scheme.lower() in ("http", "https", "ftp") and parts.hostname else ""


def web_addresses(value: str) -> list[str]:
    """Every web address a field holds, in order: a reference manager writes several in one field, apart by white space
    (Mendeley's BibTeX `url`, EPPI-Reviewer's RIS `UR`) or by "; " (Lens.org's "Source URLs"). The first is a record's
    url (`web_address`); the others are kept beside it (`more_addresses`)."""
    found: list[str] = []
    for word in re.split(r"[\s;]+", clean_text(value)) if value else ():
        address = web_address(word.rstrip(","))
        if address and address not in found:
            found.append(address)
    return found


MORE_ADDRESSES = "urls"
"""Where a record keeps the web addresses after its first (`web_addresses`), "; "-joined: the model has one url, and a
BibTeX export writes this as a field of its own."""


def more_addresses(value: str, url: str | None) -> dict[str, str]:
    """The `extra` that keeps a field's further web addresses, beside the `url` taken from it: {} when it held one."""
    more = [address for address in web_addresses(value)[1:] if address != url]
    return {MORE_ADDRESSES: "; ".join(more)} if more else {}


_DATABASE_HOST = lazy_pattern(
    r"(?:^|\.)(?:embase\.com|ovid\.com|ebscohost\.com|scopus\.com|webofknowledge\.com|webofscience\.com|proquest\.com)$",
    re.I,
)
"""Subscription databases whose exports link each record to the database's own page of it (Embase's
`www.embase.com/search/results?subaction=viewrecord&id=L605537210`, Ovid, EBSCOhost, Scopus, Web of Science, ProQuest's
`www.proquest.com/docview/…?accountid=…` and `search.proquest.com/…`, which open an institution's login)."""


def database_doi(doi: str | None) -> bool:
    """A DOI a database registered for its own record of a work, not the work's: Informit's (the prefix 10.3316 it
    registers under for every database it indexes: `10.3316/informit.…`, A+ Education's `10.3316/aeipt.…`). A citation
    gives the publisher's DOI where a linked record has it (trial E1: the report cited Hart et al. 2018 by Informit's
    DOI though the team's BibTeX gave the journal's); a work Informit alone gave a DOI keeps it."""
    return (normalise_doi(doi or "") or "").startswith("10.3316/")


def database_link(url: str | None) -> bool:
    """A subscription database's page of its own record: it opens the database's login, not the work, so it is no
    work's link (a citation leaves it out; a linked record's own address takes its place in the source)."""
    address = web_address(url or "")
    try:
        host = urlsplit(address if "//" in address else f"//{address}").hostname or ""
    except ValueError:
        return False
    return bool(_DATABASE_HOST.search(host))


_RECORD_PAGE = lazy_pattern(
    r"(?:^|\.)(?:lens\.org|dimensions\.ai|openalex\.org|semanticscholar\.org)/"
    r"|(?:^|\.)europepmc\.org/(?:abstract/|article/(?!PMC/))"
    r"|^pubmed\.ncbi\.nlm\.nih\.gov/\d|(?:^|\.)ncbi\.nlm\.nih\.gov/pubmed/\d"
    r"|(?:^|\.)cochranelibrary\.com/central/",
    re.I,
)
"""An open database's page of its own record, host and path ("lens.org/102-266-…", "app.dimensions.ai/details/
publication/pub.1…", "openalex.org/W…", Europe PMC's abstract page "europepmc.org/article/MED/…", PubMed's page, the
Cochrane Library's page of a CENTRAL record "cochranelibrary.com/central/doi/10.1002/central/CN-…/full"). A full text
a database holds (PubMed Central's, Europe PMC's "article/PMC/…", "articles/PMC…", a Cochrane Review's
"cochranelibrary.com/cdsr/doi/…") is the work's."""


def record_page(url: str | None) -> bool:
    """A database's page of its record, open (`_RECORD_PAGE`: Lens.org, Dimensions, OpenAlex, Europe PMC's abstract
    page, PubMed) or behind a login (`database_link`): no address of the work. A source's address is its publisher's
    or a repository's page; with a DOI and none such, the DOI; a record page only where the work has nothing else."""
    address = web_address(url or "")
    if not address:
        return False
    try:
        parts = urlsplit(address if "//" in address else f"//{address}")
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    return database_link(address) or bool(_RECORD_PAGE.search(f"{host}{parts.path}"))


_HANDLE_PATH = lazy_pattern(r"(?:^|/)handle/(\d+(?:\.\d+)*/[^/?#\s]+)", re.I)
"""A handle in a repository's address: DSpace's `/handle/10665/134588` (WHO IRIS, old and new), its files'
`/bitstream/handle/10665/134588/file.pdf`."""
_INDEX_PAGE = lazy_pattern(r"/(?:index|default|home|main)(?:\.\w{2,5})?$", re.I)
_NAMING_PART = lazy_pattern(r"\d|[^\W_]+(?:[-_][^\W_]+){2,}")
"""What names one work in an address's path or query: a number (`/item/9789240020474`, `?id=L605537210`), or a slug
of three words or more (`/publications/social-care-nutshell`)."""


def host_and_path(address: str) -> tuple[str, str, str] | None:
    """(host without "www.", lower-cased; path, unquoted; query) of a web address, with or without its scheme; None
    where it cannot be read as one."""
    try:
        parts = urlsplit(address if "//" in address else f"//{address}")
        host = (parts.hostname or "").lower().removeprefix("www.")
    except ValueError:
        return None
    return host, unquote(parts.path), parts.query


def work_address(url: str | None) -> str:
    """The form a web address names one work in, for comparing two records' addresses (de-duplication): the scheme,
    "www." and a trailing slash or index page aside, a handle as `hdl:10665/134588` whichever server gives it
    (`hdl.handle.net`, DSpace's `/handle/…` and `/bitstream/handle/…`). '' for an address that names no one work: a
    home page or a section of a site (no number nor slug in it, `https://www.thelancet.com/journals/lancet`), a DOI
    resolver's (a DOI is compared as a DOI), a subscription database's (`database_link`)."""
    address = web_address(url or "")
    if not address or database_link(address) or (split := host_and_path(address)) is None:
        return ""
    host, path, query = split
    if host == "hdl.handle.net":
        handle = path.strip("/").lower()
        return f"hdl:{handle}" if "/" in handle else ""
    if handle := _HANDLE_PATH.search(path):
        return f"hdl:{handle.group(1).lower()}"
    if _DOI_RESOLVER_HOST.match(host) or doi_in_url(address):
        return ""
    path = _INDEX_PAGE.sub("", path).rstrip("/")
    if not _NAMING_PART.search(f"{path}?{query}"):
        return ""
    return f"{host}{path}" + (f"?{query}" if query else "")


_PAGE_COUNT = lazy_pattern(r"(?:[ivxlc]+,\s*)?(\d{1,5})\s*(?:p|pp|pages?)?\.?", re.I)
"""A whole work's number of pages, as catalogues write it: "245", "245 p.", "xii, 245 p.", "212 pages"."""


def page_count(value: str | None) -> str:
    """The number of pages a whole work (a thesis, a book) has, from a field that gives it ("245 p."), or '' when the
    field is something else (a range, "no pagination"): the RIS spec's SP of a thesis or book, ProQuest's page count,
    is its length, never pages a citation points to."""
    found = _PAGE_COUNT.fullmatch(clean_text(value))
    return found.group(1) if found else ""


MEETING = "eventtitle"
"""Where a record keeps the meeting a conference work was given at, apart from its container (the proceedings or the
journal that printed it): under biblatex's name for it, so a BibTeX export writes it as biblatex reads it."""
PAGE_COUNT = "pagetotal"
"""Where a record keeps a whole work's number of pages: the model has no field for it, and BibTeX (biblatex) names it so."""


_TYPED_ID = lazy_pattern(r"([CS])[\s.#-]*0*(\d+)")


TABLE_NUMBER = lazy_pattern(r"(?:CMO\s*)?(\d+)\.(\d+)", re.IGNORECASE)
"""A configuration as the report's and exports' tables number it (`outputs.tables.finding_name`): "CMO 1.2", "1.2"."""


def typed_id(text: str) -> str:
    """A configuration or statement id as people type it (" c03 ", "S04", "c 3", "C-3") in the form cmo gives it ("C3",
    "S4")."""
    wanted = text.strip().upper()
    found = _TYPED_ID.fullmatch(wanted)
    return f"{found[1]}{found[2]}" if found else wanted


REGISTRY_ID = re.compile(
    r"(?:NCT\d{8}|ISRCTN\d+|ACTRN\d+|ChiCTR[-\w]+|DRKS\d+|IRCT\w+|EUCTR[-\w]+|JPRN-\w+"
    r"|CTRI/[\w/]+|NTR\d+|NL\d{4,}|KCT\d+|TCTR\d+|PACTR\d+|CRD\d+)",
    re.IGNORECASE,
)
"""A trial registry's number ("NCT03735342", "ISRCTN12345678", PROSPERO's "CRD42020123456"): RIS's C7 of a trial's
registration (`readers.ris`), a registry record's address and a paper's "Trial registration: …" (`dedupe.registry_numbers`)."""
