"""How a CMO configuration is put into words for readers: one sentence, its parts, a short title.

Packs, feedback sheets, the report and `cmo code show` all word configurations the same way, so the
rule lives here, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from cmo.normalise import clean_text


@dataclass
class Segment:
    """A piece of a configuration sentence; `part` is context/mechanism/outcome or empty."""

    text: str
    part: str = ""


def cmo_segments(context: str, mechanism: str, outcome: str) -> list[Segment]:
    """ "In [context], [mechanism], which leads to [outcome]." with whatever parts exist, in frames
    that fit each part's form: a context that opens with its own preposition or conjunction
    ("Where patients could decide…", "Among older men…") is not given another "In"; an outcome
    that is a clause ("care continues") follows "so", a noun phrase "which leads to"."""
    c, m, o = (_clause(context), _clause(mechanism), _clause(outcome))
    names = _capitalised_names((c, m, o)) | _REVIEW_NAMES.get()
    pieces: list[Segment] = []
    if c:
        if _opens_itself(c):
            pieces += [Segment(_upper_first(c), "context"), Segment(", ")]
        else:
            pieces += [Segment("In "), Segment(_lower_first(c, names), "context"), Segment(", ")]
    if m:
        pieces.append(Segment(_lower_first(m, names) if c else _upper_first(m), "mechanism"))
        if o:
            pieces += [Segment(_outcome_frame(m, o)), Segment(_lower_first(o, names), "outcome")]
    elif o:
        if _lacks_its_subject(o):
            pieces += [Segment("the outcome: " if c else "Outcome: "), Segment(_lower_first(o, names), "outcome")]
        elif is_clause(o):
            pieces.append(Segment(_lower_first(o, names) if c else _upper_first(o), "outcome"))
        else:
            pieces += [Segment("this leads to " if c else "This leads to "), Segment(_lower_first(o, names), "outcome")]
    elif pieces:
        pieces.pop()
    if pieces:
        pieces.append(Segment("."))
    return pieces


_OPENERS = frozenset(
    "in among amongst for when where whenever if unless during after before once while as across at under within "
    "without with following on through by from since until because although though".split()
)
_FINITE = frozenset(
    """is are was were be been am isn't aren't wasn't weren't has have had do does did doesn't don't didn't
    can could will would may might must should shall can't cannot won't wouldn't couldn't shouldn't
    feel feels felt become becomes became get gets got stay stays remain remains continue continues
    improve improves worsen worsens grow grows grew fell rose goes went comes came seek seeks sought
    engage engages attend attends disclose discloses avoid avoids makes takes took finds leaves
    kept keeps lost gave held began""".split()
)
"""Words that make a clause: auxiliaries, modals, and verbs of change in forms that are seldom
nouns or adjectives (not "needs", "use", "improved", "missed": "patients' needs", "improved adherence")."""


_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
_CHANGE_VERBS = frozenset(
    "increase increases decrease decreases rise rises fall falls drop drops decline declines reduce reduces "
    "shrink shrinks lengthen lengthens shorten shortens".split()
)
"""Verbs of change that are nouns too ("an increase"): a verb after its subject ("missed appointments increase")."""
_NOT_BEFORE_A_VERB = frozenset(
    "a an the this that no any some each every its their our "
    "longer shorter fewer more less greater higher lower better worse bigger smaller".split()
)
"""After these a verb-like word is a noun: "an increase", "longer stays and poorer outcomes"."""


def is_clause(text: str) -> bool:
    """A clause has a verb after its first word ("care continues", "they feel safer"); a noun
    phrase ("improved adherence", "fewer missed appointments") does not. General English forms
    only: auxiliaries, modals and common verbs of change."""
    words = re.findall(r"[a-z']+", text.lower())
    if words and words[0] in _SUBJECT_PRONOUNS:
        return True  # "they say less", "we lose touch"
    verbs = _FINITE | _CHANGE_VERBS
    if any(word in verbs and words[i] not in _NOT_BEFORE_A_VERB for i, word in enumerate(words[1:6])):
        return True
    return _past_after_subject(re.findall(r"[a-z'-]+", text.lower()))


_NOT_BEFORE_A_PAST = _NOT_BEFORE_A_VERB | frozenset(
    "with of in to for by and or from on at than as not being been be having getting".split()
)
"""After these a word in -ed describes a noun or is a participle ("people with improved mood", "fewer missed visits",
"a sense of being overlooked"), not a past verb."""


def _past_after_subject(words: list[str]) -> bool:
    """A verb in the past after its subject ("teachers' wellbeing improved", "staff valued the course"): a word in -ed
    after the first, not after an article, comparative or preposition; the first word in -ed is an adjective
    ("improved adherence")."""
    return any(
        word.endswith("ed")
        and len(word) > 4
        and "-" not in word  # "HIV-related risk": a compound adjective
        and words[i] not in _NOT_BEFORE_A_PAST
        and not words[i].endswith("ly")
        for i, word in enumerate(words[1:6])
    )


def _outcome_frame(mechanism: str, outcome: str) -> str:
    """What joins a mechanism to its outcome: "so" before a clause, "which leads to" before a noun phrase; an outcome
    coded as a verb phrase without its subject ("do not take up the referral", "drop out") takes the mechanism's
    subject where it is a pronoun ("they feel out of place, so they drop out"), else follows a colon."""
    if _lacks_its_subject(outcome):
        first = mechanism.split(" ", 1)[0].lower()
        return f", so {first} " if first in _SUBJECT_PRONOUNS - {"i", "it"} else ", with this outcome: "
    return ", so " if is_clause(outcome) else ", which leads to "


_NEGATIONS = frozenset("not never cannot".split())
_BASE_VERBS = frozenset("drop stop start keep take stay return seek leave join miss lose gain use".split())


def _lacks_its_subject(text: str) -> bool:
    """ "do not take up the referral", "cannot attend", "stay well", "drop out": a verb phrase, where a clause has
    a subject first ("care continues") and a noun phrase none at all ("fewer admissions")."""
    words = re.findall(r"[a-z']+", text.lower())
    if not words:
        return False
    first, second = words[0], words[1] if len(words) > 1 else ""
    if first in _NEGATIONS or (first in _FINITE and first not in _CHANGE_VERBS and second not in ("of", "in", "to")):
        return True
    return first in _BASE_VERBS and second in ("out", "up", "away", "in", "on", "off", "well", "engaged", "away")


def _opens_itself(text: str) -> bool:
    first = text.split(" ", 1)[0].lower().strip(",")
    return first in _OPENERS


_REVIEW_NAMES: ContextVar[frozenset[str]] = ContextVar("review_names", default=frozenset())


@contextmanager
def names_from(texts: Iterable[str]) -> Iterator[None]:
    """While a pack, report or export is written: the words the review's own texts (statements and
    their quotes) capitalise mid-sentence are names, kept capitalised at the start of a part too
    ("Latino men…" stays so even when no other part of that statement says "Latino")."""
    token = _REVIEW_NAMES.set(frozenset(_capitalised_names(tuple(texts))))
    try:
        yield
    finally:
        _REVIEW_NAMES.reset(token)


def statement_texts(statements: Iterable) -> Iterator[str]:
    for s in statements:
        yield from (s.context, s.mechanism, s.outcome, s.quote)


def _capitalised_names(parts: tuple[str, ...]) -> set[str]:
    """Words a coder capitalised other than at the start of a part or sentence: names, kept as written."""
    found = set()
    for part in parts:
        for sentence in re.split(r"[.;:!?]\s+", part):
            for word in sentence.split()[1:]:
                if word[:1].isupper():
                    found.add(word.strip(",;:()"))
    return found


def cmo_sentence(context: str, mechanism: str, outcome: str) -> str:
    return "".join(s.text for s in cmo_segments(context, mechanism, outcome))


def _clause(text: str) -> str:
    return clean_text(text).rstrip(" .;,")


def _lower_first(text: str, names: frozenset[str] | set[str] = frozenset()) -> str:
    """Lower-case a leading capital unless the word looks like an acronym (NHS, GP), is `I`, or is
    capitalised elsewhere in the same statement too (a name: "Latino", "Māori")."""
    word, _, rest = text.partition(" ")
    if not text or len(word) == 1 and word == "I" or len(word) > 1 and not word[1:].islower():
        return text
    if word.strip(",;:()") in names or rest[:1].isupper():  # a name of two words: "South Asian adults", "Indian MSM"
        return text
    return text[0].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


TITLE_WORDS = 12
"""A clause this long or shorter is a title whole; a longer one is cut before a phrase, to this many words at most."""
TITLE_WORDS_AT_LEAST = 6
"""A cut never leaves fewer words than this: "Mentor with lived experience acts" is no phrase."""


_CLAUSE_END = re.compile(r"[,;:.(]|\s(?:so|which|because|and so|leading to|so that)\s", re.I)


_PHRASE_OPENERS = frozenset(
    "with without for to in on at by from and or but because when where while which that who whose so after before "
    "during through about until unless if as than within across among amongst into under over between via despite "
    "against towards toward".split()
)
_DANGLING = _PHRASE_OPENERS | frozenset("a an the their them his her its our your my of this these those".split())


def short_title(text: str) -> str:
    """A title a reader can scan that reads as a complete phrase, never cut mid-thought.

    The whole text when it is short (TITLE_WORDS_AT_LEAST words or fewer); else its first clause (up to a
    comma, "so", "which", "because"…) when that is at most TITLE_WORDS words; a longer clause loses its
    last phrases, cut before "with", "and", "when"… and never after a dangling "in" or "the", keeping at
    least TITLE_WORDS_AT_LEAST words. Only a long clause with no such boundary is cut between words, and
    then it ends with "…" so that no one reads it as the whole."""
    text = clean_text(text).rstrip(" .;,:")
    if len(text.split()) <= TITLE_WORDS_AT_LEAST:
        return _upper_first(text)
    clause = _CLAUSE_END.split(text, maxsplit=1)[0].strip().rstrip(",;:")
    words = clause.split() if len(clause.split()) >= 4 else text.split()
    if len(words) <= TITLE_WORDS:
        return _upper_first(" ".join(words).rstrip(",;:"))
    for cut in range(TITLE_WORDS, TITLE_WORDS_AT_LEAST - 1, -1):
        if words[cut].lower().strip(",;:") in _PHRASE_OPENERS:
            kept = _without_dangling(words[:cut])
            if len(kept) >= TITLE_WORDS_AT_LEAST:
                return _upper_first(" ".join(kept).rstrip(",;:"))
    return _upper_first(" ".join(_without_dangling(words[:TITLE_WORDS])).rstrip(",;:") + "…")


def _without_dangling(words: list[str]) -> list[str]:
    kept = list(words)
    while len(kept) > 3 and kept[-1].lower().strip(",;:") in _DANGLING:
        kept.pop()
    return kept


KEY_CONTEXTS = 4


def key_contexts(written: str, own_context: str, member_contexts: list[str]) -> str:
    """What a reader sees as a configuration's key contexts: the reviewers' own words when they wrote
    them; otherwise the distinct contexts its statements were coded in (besides the configuration's
    own), each whole, so the column is never empty while the evidence names contexts and never says less than the
    coder wrote: cut to a phrase, "support-worker-level staff in settings where access to training depends" lost what it
    depends on."""
    if clean_text(written):
        return clean_text(written)
    own = _clause(own_context).casefold()
    seen: dict[str, str] = {}
    for context in member_contexts:
        text = _clause(context)
        if text and text.casefold() != own and text.casefold() not in seen:
            seen[text.casefold()] = _upper_first(text)  # whole: "…who see services as 'for lonely people'" cut lost its sense
    return "; ".join(list(seen.values())[:KEY_CONTEXTS])


def title_for(context: str, mechanism: str, outcome: str) -> str:
    """A title nobody wrote: the mechanism's, as a short phrase (else the outcome's, else the context's)."""
    return short_title(mechanism or outcome or context)


def distinct_titles(configs: Iterable, fresh: Iterable[str]) -> dict[str, str]:
    """New titles for the `fresh` configurations (titles made by this step, not a person's) whose title another active
    configuration has too: trial G's pack listed "Pupils see trained staff as approachable and trustworthy" twice,
    for two findings with other outcomes, and the group could not tell which it rated. Such a title says what it
    leads to ("…, so more pupils ask for help") where that tells it from the others of that title, else where (its
    context in brackets), else both; one that stays the same anyway (the same mechanism, outcome and context) is
    left. `configs`: every active configuration; returns id → title for those that change."""
    configs = [c for c in configs if c.title]
    alike: dict[str, list] = {}
    for config in configs:
        alike.setdefault(config.title.casefold(), []).append(config)
    fresh = set(fresh)
    retold = [c for c in configs if c.id in fresh and len(alike[c.title.casefold()]) > 1]
    taken = {c.title.casefold() for c in configs} - {c.title.casefold() for c in retold}
    changed = {}
    for config in retold:
        for candidate in _more_telling(config, alike[config.title.casefold()]):
            if candidate.casefold() not in taken:
                changed[config.id] = candidate
                break
        taken.add(changed.get(config.id, config.title).casefold())
    return changed


def _more_telling(config, alike: list) -> Iterator[str]:
    """The title with what tells it from the others of its title: its outcome, its context, or both."""
    title, outcome, context = config.title, _clause(config.outcome), _clause(config.context)

    def own(*elements: str) -> bool:
        said = [_clause(getattr(config, e)).casefold() for e in elements]
        return all(said) and sum([_clause(getattr(c, e)).casefold() for e in elements] == said for c in alike) == 1

    with_outcome = with_context = ""
    if outcome:
        phrase = short_title(outcome).rstrip("…")
        with_outcome = f"{title}{_outcome_frame(title, phrase)}{_lower_first(phrase, _capitalised_names((outcome,)))}"
    if context:
        with_context = f" ({_lower_first(short_title(context).rstrip('…'), _capitalised_names((context,)))})"
    if own("outcome"):
        yield with_outcome
    if own("context"):
        yield title + with_context
    if own("outcome", "context"):
        yield with_outcome + with_context
