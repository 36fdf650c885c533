"""How a CMO configuration is put into words for readers: one sentence, its parts, a short title.

Packs, feedback sheets, the report and `cmo code show` all word configurations the same way, so the
rule lives here, once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from cmo.language import BE_FORMS as _BE_FORMS
from cmo.language import DEGREE_WORDS as _DEGREE_WORDS
from cmo.language import LINKING_VERBS as _LINKING_VERBS
from cmo.normalise import an_initialism_by_its_form, clean_text, fold
from cmo.synthesis.languages import written_in
from cmo.synthesis.lexicon import (
    ENGLISH_STOPWORDS,
    NEGATED_AUXILIARY,
    STOPWORDS,
    acts_of_people,
    adjectives_of_ease,
    collective_people,
    dictionary_words,
    english_word_tags,
    english_words,
    initialisms,
    names_spelt_like_verbs,
    other_function_words,
    people_nouns,
    people_or_things,
    peoples,
    phrasal_verbs,
    short_words,
    things_named_like_people,
    verbs_before_a_clause,
    verbs_before_an_ing,
    verbs_done_to_people,
    verbs_not_nouns,
    verbs_of_the_mind,
    verbs_read_otherwise,
    verbs_taking_an_object,
    verbs_things_do,
)
from cmo.synthesis.marked import without_joining_words
from cmo.synthesis.nulls import a_change_that_did_not_come


@dataclass
class Segment:
    """A piece of a configuration sentence; `part` is context/mechanism/outcome or empty."""

    text: str
    part: str = ""


def cmo_segments(context: str, mechanism: str, outcome: str) -> list[Segment]:
    """ "In [context], [mechanism], which leads to [outcome]." with whatever parts exist, in frames
    that fit each part's form: a context that opens with its own preposition or conjunction
    ("Where patients could decide…", "Among older men…") is not given another "In"; an outcome
    that is a clause ("care continues") follows "so", a noun phrase "which leads to", and one that could be
    either (`outcome_form`) a colon, which reads right both ways."""
    c, m, o = (_clause(context), _clause(mechanism), without_joining_words(_clause(outcome)))  # "so …": the frame's
    names = capitalised_names((c, m, o)) | _REVIEW_NAMES.get()
    review = _REVIEW_WRITTEN.get()
    token = _WRITTEN_HERE.set(how_written((c, m, o)) | review if review else how_written((c, m, o)))
    try:
        with people_shown(c, m):
            return _segments(c, m, o, names)
    finally:
        _WRITTEN_HERE.reset(token)


_in_another_language = lru_cache(maxsize=4096)(written_in)
"""`languages.written_in` of a statement's parts, remembered: a listing words each sentence several times."""

_WRITTEN_HERE: ContextVar[Written | None] = ContextVar("written_here", default=None)
"""How the sentence being worded and the review's texts write their words, while `cmo_segments` words it."""


def _segments(c: str, m: str, o: str, names: set[str]) -> list[Segment]:
    if _in_another_language(c, m, o) or any(_in_another_language(part) for part in (c, m, o)):
        return _parts_as_written(c, m, o)
    c, m, o = (_lower_after_semicolons(part, names) for part in (c, m, o))
    c = _without_the_people_said_next(c, m)
    m = _what_a_label_names_in_brackets(_without_a_resource_said(c, m))
    pieces: list[Segment] = []
    whom = False
    if c:
        c = _when_for_in_before_a_verb(c)
        if _opens_itself(c):
            pieces += [Segment(_upper_first(c), "context"), Segment(", ")]
        elif placed := _a_place_then_what_holds_there(c):  # "peri-urban Dakar, relais are unpaid volunteers" (J2)
            place, state = placed
            pieces += [Segment("In "), Segment(_lower_first(place, names), "context"), Segment(", where ")]
            pieces += [Segment(_lower_first(state, names), "context"), Segment(", ")]
        elif stated := _a_state_of_things(c):  # "other services closed out of hours": "Where … are closed …" (F3)
            pieces += [Segment("Where "), Segment(_lower_first(stated, names), "context"), Segment(", ")]
        elif _states_itself(c):  # "the group visit is more relaxed": where it holds, not "in" it (trial J)
            pieces += [Segment("Where "), Segment(_lower_first(c, names), "context"), Segment(", ")]
        else:  # "For teachers trained in first aid", "With good links with…", "In rural clinics" (`context_frame`)
            frame = "For " if _named_in_the_response(c, m) else _frame_for_whom(c, m)
            said = _an_aside_in_brackets(_parts_as_a_list(c))
            pieces += [Segment(frame), Segment(_lower_first(said, names), "context"), Segment(", ")]
            m = _they_for_the_same_people(c, m) if frame == "For " else m
            whom = frame.startswith("For ") and bool(_article_for_one_person(c))
    said = o
    m, o = _the_act_changes_it(m, o)
    m = _with_its_subject(m, c, whom)
    if m:
        pieces.append(Segment(_lower_first(m, names) if c else _upper_first(m), "mechanism"))
        if o:
            frame = _outcome_frame(m, o, c)
            if _acted_on(said, o) and outcome_form(m) != CLAUSE:  # its verb agrees with the phrase: "…plan increases confidence"
                frame = f"{',' if _ends_with_an_aside(m) else ''} "
            pieces += [Segment(frame), Segment(_lower_first(_after_its_frame(frame, o), names), "outcome")]
            if _what_a_null_found(o) and frame.strip(", ") == _what_a_null_found(o):
                pieces.append(Segment(" (in these studies)"))  # what was found, not that it cannot work
    elif o:
        form = EITHER if _lacks_its_subject(o) else _outcomes_reading(o)
        if form == CLAUSE:
            pieces.append(Segment(_lower_first(o, names) if c else _upper_first(o), "outcome"))
        elif form == NOUN_PHRASE:
            pieces += [Segment("this leads to " if c else "This leads to "), Segment(_lower_first(o, names), "outcome")]
        else:
            pieces += [Segment("the outcome: " if c else "Outcome: "), Segment(_lower_first(o, names), "outcome")]
    elif pieces:
        pieces.pop()
    if pieces:
        pieces.append(Segment("."))
    return pieces


_DETERMINERS_OF_THINGS = frozenset("other some many most all several few the these those".split())
"""Words a plural noun phrase may open with before the state a context says it is in ("other services closed…")."""


def _a_place_then_what_holds_there(context: str) -> tuple[str, str] | None:
    """A context coded as a place, a comma and a statement of what holds there ("peri-urban Dakar, relais communautaires
    are unpaid volunteers", "rural Ghana, clinics have one nurse"), split into the two: English joins them "In [the
    place], where [it holds], …". Written whole after "Where" it read "Where peri-urban Dakar, relais … are unpaid
    volunteers, …", a place made a clause (trial H1). Only one comma, a first part with no verb and no opening
    preposition or conjunction that `context_frame` would open with "In" (a place, a programme: not people, a
    condition or a time), and a second part that is a statement (`_states_itself`); a list of conditions ("Haitian
    women at UBS in Curitiba, no interpreter") has none."""
    if context.count(",") != 1 or "(" in context:
        return None
    place, state = (part.strip() for part in context.split(","))
    words = _words(place)
    if not words or not state or words[0] in _PREPOSITIONS | _BOUNDARIES | _RELATIVES or len(words) > 6:
        return None
    if context_frame(place) != "In " or outcome_form(place) == CLAUSE or _states_itself(place):
        return None
    return (place, state) if _states_itself(state) else None


def _a_state_of_things(context: str) -> str:
    """A context coded as things and the state they are in, its "are" or "is" left out ("other services closed out of
    hours", "the clinic shut at weekends", "GP practices closed at night"): a noun phrase of up to four words that
    names no people, then a past participle that is no noun, then
    a preposition, an adverb or nothing (an object after it, "ward teams given coaching", makes the noun those given
    it, `_given_to_first`): written with its verb ("other services are closed out of hours"), which "Where"
    opens, as English says the condition things are in. "In other services closed out of hours, …" put the patients
    inside the closed services, and "Where GP practices closed at night" read as a past event (helper F3). Only where
    `context_frame` would say "In": people keep "For" ("For teachers trained in first aid"), a condition "With" ("With
    primary care teams new to paramedics", which reads right); "" for any other context."""
    tokens = context.split()
    words = [_bare_word(token.strip(",;:()").lower()) for token in tokens]
    at = next((k for k, word in enumerate(words[:5]) if k and _a_state_word(word)), 0)
    if not at or any(not token.replace("-", "").replace("/", "").isalpha() for token in tokens[:at]):
        return ""
    opening, head = words[0], words[at - 1]
    if any(word in STOPWORDS or word in _PHRASE_OPENERS for word in words[1:at]):
        return ""  # "areas with clinics closed": the state is the phrase's object's
    if (tags := _word_tags(head)) and not tags & {"n", "s"} or head in _PRE_VERB_ADVERBS or head.endswith("ly"):
        return ""  # "the information already received": an adverb, no noun, before the participle
    if opening in STOPWORDS and opening not in _DETERMINERS_OF_THINGS:
        return ""
    if _is_person(head) or _is_person(_singular(head)) or any(_is_person(word) for word in words[:at]):
        return ""
    after = _next(words, at)
    if after and not (after in _PREPOSITIONS or after in _ADVERBS_AFTER_A_VERB or after.endswith("ly")):
        return ""  # "clinics closed the ward", "programmes reliant on…" is read on ("on" is a preposition)
    if _is_plural(head):
        verb = "are"
    elif opening in ("the", "this", "that") and at > 1:
        verb = "is"
    else:
        return ""  # "care closed…": a noun without a determiner says no number
    if context_frame(context) != "In ":
        return ""  # "With primary care teams new to paramedics": "With" says a state as English does (trial CZ)
    return " ".join([*tokens[:at], verb, *tokens[at:]])


def _a_state_word(word: str) -> bool:
    """A past participle that is no noun ("closed", "staffed", "based", "paid"): what was done to a thing, after "are".
    A word that is only an adjective ("reliant on grants", "unavailable") is left to the frames as it was."""
    tags = _word_tags(word)
    return "N" in tags and not tags & {"n", "s"} and not word.endswith("ing")


def _an_aside_in_brackets(context: str) -> str:
    """A context that is a name and an aside after its comma ("Norway, a register of 90,000 girls and their parents",
    "Leeds, a city with high deprivation") with the aside in brackets, so that the one comma after the context ends it:
    trial AS read "In Norway, a register of 90,000 girls and their parents, mothers born abroad…", three phrases that
    read as a list. Any other context as it is (a list, "rural, remote clinics"; a name alone)."""
    name, comma, aside = context.partition(", ")
    said = name.split()
    if not comma or ", " in aside or not said or not all(w[:1].isupper() for w in said if w not in ("of", "and")):
        return context
    return f"{name} ({aside})" if aside.split()[0].lower() in _ARTICLES and len(aside.split()) > 1 else context


def _parts_as_a_list(context: str) -> str:
    """A context coded as who or where, then the conditions there, each after a comma ("Haitian women at UBS in Curitiba,
    no interpreter, short consultations"), with its conditions joined as English lists what goes with a place or people:
    "…, with no interpreter and short consultations". The sentence read "For Haitian women at UBS in Curitiba, no
    interpreter, short consultations, they feel unheard", a run of phrases the reader could not tell from the
    mechanism's start (helper G1). Only where the first part is a phrase of two words or more, not a name, and every
    other part is a short phrase with no verb that opens in lower case with no preposition or joining word (two parts or
    more; one, where it says what is lacking: "no interpreter"); a list of names ("Ghana, Kenya and Uganda"), of
    adjectives ("rural, remote clinics"), of phrases with their own verbs or participles ("living alone") as it is."""
    first, *rest = context.split(", ")
    if rest and rest[-1].startswith("and "):
        rest[-1] = rest[-1][4:]
    if not rest or len(rest) == 1 and not rest[0].startswith("no ") or len(first.split()) < 2 or first.istitle():
        return context
    for part in rest:
        words = part.split()
        opening = words[0] if words else ""
        if not 1 <= len(words) <= 5 or not opening.isalpha() or not opening.islower() or "(" in part:
            return context
        if opening in _OPENERS or opening in _PHRASE_OPENERS or opening in _BOUNDARIES | _RELATIVES | {"and", "or", "but"}:
            return context  # "…, where staff rotate", "…, in Kenya": no thing that goes with the place
        if opening.endswith("ing") or any((t := _word_tags(w.lower())) & {"D", "N"} and not t & {"n", "s", "a"} for w in words):
            return context  # "living alone", "staff trained": a phrase with its verb, no thing that goes with it
        if outcome_form(part) == CLAUSE or " and " in part or " or " in part:
            return context
    listed = ", ".join(rest[:-1]) + " and " + rest[-1] if len(rest) > 1 else rest[0]
    return f"{first}, with {listed}"


def _without_the_people_said_next(context: str, mechanism: str) -> str:
    """A context whose last item after a comma names the people the mechanism opens with ("rural district hospitals
    Tanzania, AMOs" before "AMOs from the region with family ties there…", "care homes, nurses" before "nurses on night
    shifts…") without that item: the mechanism names them at once, and helper DD's sentence read "In rural district
    hospitals Tanzania, AMOs, AMOs from the region…". Only people (`_is_person`, an acronym's plural), whom the mechanism
    goes on from with words of its own: a place or thing named in both ("Ghana, Kenya" before "Kenya's policy…") is
    the context's, and is kept."""
    head, comma, last = context.rpartition(", ")
    said = last.split()
    if not comma or not head.strip() or not 1 <= len(said) <= 4:
        return context
    word = said[-1]
    if not (_is_person(word.lower()) or _ACRONYM_PLURAL.match(word)):
        return context
    opens = re.match(rf"{re.escape(last)}(?=\s+[\w(]|$)", mechanism.strip(), re.I)
    return head if opens else context


def _without_a_resource_said(context: str, mechanism: str) -> str:
    """A mechanism coded as resource and response ("staff professional development; staff take ownership…") without
    its resource where the context has said every word of it already ("When a whole-school approach includes
    professional development for all staff, …": trial AN's sentence said it twice); any other as it is."""
    resource, _, response = mechanism.partition("; ")
    if not context or not response or "; " in response:
        return mechanism
    said = {_singular(w) for w in _words(context)}
    told = {_singular(w) for w in _words(resource) if w not in STOPWORDS and w not in ",;("}
    return response if told and told <= said else mechanism


_LABELLED = re.compile(r"(?P<label>[^:;,()]+?):\s+(?P<what>[^:;]+)")


def _what_a_label_names_in_brackets(mechanism: str) -> str:
    """A mechanism coded as a short label and what it names after a colon ("continuity of care: the same team follows
    the person from ward to home", "peer support: someone who has been through it visits weekly") with what it names in
    brackets after the label, so the label is what leads to the outcome: trial BA read "…, continuity of care: the same
    team follows the person…, with this outcome: fewer readmissions". A label is a noun phrase of four words or fewer
    and what follows it says more than a word; any other colon ("outcome: fewer falls" inside a clause, a time "10:30")
    as it is."""
    found = _LABELLED.fullmatch(mechanism)
    if found is None:
        return mechanism
    label, what = found["label"].strip(), found["what"].strip()
    if not 1 <= len(label.split()) <= 4 or len(what.split()) < 3 or not _surely_a_noun_phrase(label):
        return mechanism
    return f"{label} ({what})"


def _parts_as_written(c: str, m: str, o: str) -> list[Segment]:
    """A statement coded in another language, or with a part coded in one (`languages.written_in`), worded without
    English frames: trial AF's pack read "In Quand les soignants sont formés…, ils s'adressent directement au patient has
    this outcome: et le patient se sent écouté." Where the statement as a whole is in that language, its parts are joined
    as the coder wrote them ("Quand les soignants sont formés…, ils s'adressent…, et le patient se sent écouté."), their
    own joining words kept (a short part has too few function words to tell its language alone); where only a part is,
    each is named by its part ("Context: … Mechanism: … Outcome: …"), as no frame fits both languages."""
    parts = [(text, part) for text, part in ((c, "context"), (m, "mechanism"), (o, "outcome")) if text]
    if not parts:
        return []
    pieces: list[Segment] = []
    if _in_another_language(*(text for text, _ in parts)):
        names = capitalised_names((c, m, o)) | _REVIEW_NAMES.get()
        for k, (text, part) in enumerate(parts):
            text = _lower_first(text, names, english=False) if k else _upper_first(text)  # "…, les infirmiers…" (AO: "…, Les…")
            pieces += [Segment(", ")] * bool(k) + [Segment(text, part)]
        return [*pieces, Segment(".")]
    for k, (text, part) in enumerate(parts):
        pieces += [Segment(" ")] * bool(k) + [Segment(f"{part.capitalize()}: "), Segment(_upper_first(text), part), Segment(".")]
    return pieces


def _frame_for_whom(context: str, mechanism: str) -> str:
    """`context_frame`, where a context opens with one person after "a"/"an": read "With" where the mechanism's subject
    names other people, who meet that person ("With a link worker who speaks Polish, mothers ask…"; trial AF read "In an
    interpreter who speaks a different dialect…"), "For" where it speaks of that person ("For a father who works nights,
    he misses…"). Plural people keep "For" whoever responds, as the tests of trials U-X have it ("For older people
    offered a class, staff feel supported"), although trial AF read "For interpreters booked…, GPs feel pressure…"."""
    frame = context_frame(context)
    if frame == "In " and (one_in_each := _one_in_each(context)):
        return one_in_each
    words = clean_text(context).split()
    initials = frame == "For " and bool(words) and bool(_ACRONYM_SINGULAR.match(words[0].rstrip(",;:")))
    article = _article_for_one_person(context) if frame == "In " or initials else ""  # "For a GP who sees…" (K2)
    person = _one_person_first(context) or article and _bare_word(_opening_noun_phrase(words)[-1].rstrip(",;:"))
    if frame != "In " and not (initials and article) or not person:
        return frame
    subject = _mechanisms_subject(mechanism)
    frame = "With " if _someone_else_responds([person], mechanism) and subject[:1] not in (["he"], ["she"]) else "For "
    return f"{frame}{article} " if article else frame  # "For a patient given leaflet…" (trial LB read "In patient…")


_EACH = re.compile(r"(?P<what>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,5})\s+(?:(?:in|for|at|on|across)\s+(?:every|each)\b|per\s)")
"""A context that opens with a noun phrase and "in/for/at every…", "for each…" or "per…"."""


def _one_in_each(context: str) -> str:
    """ "With a " where a context opens with one thing or role, without its article, found in every place or for each
    person ("designated senior mental health lead in every school", "named nurse for each family", "school nurse per 1000
    pupils"): what each place has, a resource, not the people it is for (LW read "In designated senior mental health lead
    in every school", trial CN "For a named nurse for each family, parents feel…"). "" for a context that opens
    otherwise: an article or number ("one child in every class"), a plural, a word describing the one before it ("older
    man living alone in every village": it is they, "For").  "u" takes no article, its sound untold."""
    found = _EACH.match(clean_text(context))
    if not found:
        return ""
    words = [_bare_word(word) for word in found["what"].split()]
    if any(word in STOPWORDS or word in _OBJECT_OPENERS or _is_plural(word) for word in words):
        return ""
    last = _word_tags(words[-1])
    if any(word.endswith("ing") for word in words[1:]) or last and (last <= {"a"} or last & {"D", "N"} and "n" not in last):
        return ""  # "man living alone", "nurse alone", "staff trained": what describes the one before it
    first = words[0][:1]
    return "With " if first == "u" else "With an " if first in "aeio" else "With a "


def _article_for_one_person(context: str) -> str:
    """The article a context coded without one needs where it opens with a noun for one person ("patient given leaflet
    about care home choice", "older carer living alone", "mother with no car"; `_one_person`), as telegraphic coding drops
    it: "a", or "an" before a vowel; "" where it opens otherwise (a determiner, a plural, a name, a noun that only
    describes the one after it: "patient safety culture", "carer burden high"), or with "u", whose sound the letter does
    not tell ("a user", "an uninsured man")."""
    words = clean_text(context).split()
    bare = [_bare_word(word.rstrip(",;:")) for word in _opening_noun_phrase(words)]
    if not bare or bare[0] in STOPWORDS or bare[0] in _OBJECT_OPENERS:
        return ""  # every word up to where the phrase stops: "patient choice of home" is a choice
    after = _bare_word(words[1]) if len(words) > 1 else ""  # an adjective or "who": "GP uncertain…", "GP who sees…"
    if (
        _ACRONYM_SINGULAR.match(words[0].rstrip(",;:"))
        and (after == "who" or "a" in _word_tags(after) and after not in _PREPOSITIONS)
        and len(_head_words(words, 0)[0]) == 1
        and _one_person(bare[0])
    ):
        return _article_before_initials(words[0].rstrip(",;:"))  # "GP uncertain about…": "a GP", as "a nurse" (K2)
    if not words[0][1:].islower() or is_proper_noun(words[0]):
        return ""  # an acronym or a name
    if not _one_person(bare[-1]) or any(_is_plural(word) or not word.replace("-", "").isalpha() for word in bare):
        return ""
    first = bare[0][:1]
    return "" if first == "u" else "an" if first in "aeio" else "a"


_LETTERS_SAID_WITH_A_VOWEL = "AEFHILMNORSX"
"""The capitals whose names open with a vowel's sound ("eff", "aitch", "ell", "em"…): "an LHW", "an MDT", "an RN"."""


def _article_before_initials(initials: str) -> str:
    """The article before an initialism for one person, as its first letter is said: "an" where the letter's name
    opens with a vowel ("an LHW", "an OT", "an SLT"), "a" where not ("a GP", "a CHW"); "" where the initialism may be
    said as a word, a vowel after its first letter and four letters or more ("SALT", "NASW"), or opens with "U", whose
    sound is untold ("a UN", "an UNRWA")."""
    if initials[0] == "U" or initials[0] not in "AEIO" and len(initials) >= 4 and re.search("[AEIOU]", initials[1:]):
        return ""
    return "an" if initials[0] in _LETTERS_SAID_WITH_A_VOWEL else "a"


def _opening_noun_phrase(words: list[str]) -> list[str]:
    """The words of the noun phrase a context opens with (`_head_words`), up to where it stops: a word after its noun
    that may describe it is the phrase's own where "of" follows it ("patient choice of home": a choice), and describes the
    noun where another preposition does ("interpreter present in person", "nurse alone on night shift"; trial CN read "In
    trained intercultural interpreter present in person")."""
    head, stop = _head_words(words, 0)
    if not head:
        return []
    if len(head) < stop and (stop >= len(words) or _bare_word(words[stop]) != "of"):
        return head
    return words[:stop]


def _someone_else_responds(people: list[str], mechanism: str) -> bool:
    """Whether the subject of the mechanism (`_mechanisms_subject`) names people, and the mechanism names none of
    `people` anywhere, one or many ("For patients with limited English, clinicians understand the patient" is for them)."""
    acronyms = {_bare_word(w) for w in mechanism.split() if _ACRONYM_PLURAL.match(w.strip(",;:()"))}  # "GPs"
    named = [w for w in _mechanisms_subject(mechanism) if _is_person(w) or _one_person(w) or w in acronyms | _SUBJECT_PRONOUNS]
    said = set(_words(mechanism))
    told = {w for w in people if _is_person(w) or _one_person(w)}
    if not named or set(named) & _SUBJECT_PRONOUNS or said & _BACK_TO_THEM:
        return False
    return not told & said and not {_singular(w) for w in told} & said


_BACK_TO_THEM = frozenset("their them theirs themselves his him her hers herself himself".split())
"""Pronouns after a mechanism's subject that point back to the people its context opens with ("hostel staff do not know
their needs")."""


def _one_person(word: str) -> bool:
    """A singular noun for a person ("interpreter", "midwife", "woman", "family", "baby"): its plural names people
    (`_is_person`). A consonant and "y" make "ies" (trial CW: "baby" was no person, and a sentence read "In baby born
    early, …" where "mother with no car" reads "For a mother with no car")."""
    plurals = (f"{word}s", re.sub("(?:fe|f)$", "ves", word), re.sub("man$", "men", word), re.sub("(?<=[^aeiou])y$", "ies", word))
    return not _is_plural(word) and any(_is_person(plural) for plural in plurals)


def _one_person_first(context: str) -> str:
    """The noun for one person a context opens with after "a"/"an" ("an interpreter who speaks…" → "interpreter"), or ""."""
    words = clean_text(context).split()
    if not words or _bare_word(words[0]) not in ("a", "an"):
        return ""
    head: list[str] = []
    for word in words[1:5]:
        if _bare_word(word) in _NOT_IN_A_HEAD:
            break
        head.append(_bare_word(word))
        if word[-1:] in ",;:":
            break
    return head[-1] if head and _one_person(head[-1]) else ""


def reads_plainly(context: str, mechanism: str, outcome: str) -> bool:
    """Whether `cmo_sentence` words the statement in its plainest frames, adding no word of its own to its parts: an
    English statement whose mechanism is a clause with its own subject and whose outcome is a clause or a noun phrase
    with its own, joined by "so" or "which leads to" (not "they…", "means that", "with this outcome:"). A pack explains
    its parts with such a one (trial AD's "How to read" example read "For mothers who fear being judged…, expect a
    peer…")."""
    c, m, o = (_clause(part) for part in (context, mechanism, outcome))
    if not (c and m and o) or _in_another_language(c, m, o) or "; " in m:
        return False
    if outcome_form(m) != CLAUSE or _lacks_its_subject(m):
        return False
    return outcome_form(o) in (CLAUSE, NOUN_PHRASE) and not _lacks_its_subject(o) and not _a_verb_and_its_object(o)


def _the_act_changes_it(mechanism: str, outcome: str) -> tuple[str, str]:
    """A mechanism coded as an act without its subject ("prioritise continuity of carer for these women first", "send
    text reminders the day before") and an outcome coded as a change without its subject ("reduce inequalities",
    "increase confidence"), worded as a careful writer does: the act, in its "-ing" form, is what changes it
    ("prioritising continuity of carer for these women first reduces inequalities"). Given "they" or "people" as
    subject, trial CB's pack read "they prioritise continuity of carer for these women first, so they reduce
    inequalities": the women neither prioritise nor reduce. And a mechanism coded as a noun phrase ("follow-up within
    two days by the nurse") has its outcome's base form agree with it ("…reduces readmissions"), as has one after a
    clause whose subject is no people, which ", which" takes up whole ("…lower the barriers to booking, which improves
    access"; it read "which improve access"). Not where the
    mechanism is a verb of feeling or being ("feel listened to", "are not trained"): people's own state, the people act
    after it; not where the outcome is another kind of act ("skip doses", "attend more"), which people do; nor where
    the "-ing" form is not sure from the spelling (`_ing_form`)."""
    if not mechanism or not outcome or "; " in mechanism or not _a_change_in_its_base_form(outcome):
        return mechanism, outcome
    if _lacks_its_subject(mechanism):
        first, space, rest = mechanism.partition(" ")
        word = first.lower()
        tags = _word_tags(word)
        if tags & {"Z", "D"} or "P" not in tags or word in _FINITE or word in _LINKING_VERBS | _BE_FORMS | _NEGATIONS:
            return mechanism, outcome
        acting = _ing_form(word)
        if not acting or not rest:
            return mechanism, outcome
        return acting + space + rest, _third_person(outcome)
    if _surely_a_noun_phrase(mechanism) and not _a_plural_subject(mechanism):
        return mechanism, _third_person(outcome)
    if outcome_form(mechanism) == CLAUSE and not _names_its_people(mechanism):
        return mechanism, _third_person(outcome)  # "…lower the barriers to booking, which improves access": "which" is it all
    return mechanism, outcome


def _acted_on(coded: str, worded: str) -> bool:
    """Whether `_the_act_changes_it` made the act the outcome's subject: its verb now agrees with it ("reduces"), or
    a modal verb, which agrees with any subject, opens it ("may reduce the likelihood…")."""
    return worded != coded or (_a_change_in_its_base_form(coded) and coded.split(" ", 1)[0].lower() in _HEDGING_MODALS)


def _a_change_in_its_base_form(outcome: str) -> bool:
    """An outcome opening with a verb of change in its base form that is no noun, then its object ("reduce
    inequalities", "improve access"); not "increase in uptake", "falls", "reduced admissions". A modal verb may hedge it
    ("may reduce the likelihood of living in a care home", as Cochrane reviews word a finding): the act may reduce it
    (trial CV: "…daily visits by nurses means that people may reduce likelihood of living in residential care", as
    though the people reduced it)."""
    words = _words(outcome)
    if len(words) > 2 and words[0] in _HEDGING_MODALS:
        words = words[1:]
    if len(words) < 2 or words[0] not in _CHANGE_VERBS | _IMPROVING:
        return False
    if words[0] in _COMPARATIVES and _joins_another_comparative(words):
        return False  # "lower readmissions and fewer days in hospital": a comparative among others, no verb
    tags, after = _word_tags(words[0]), words[1]
    if tags & {"Z", "D"} or after in _PHRASE_OPENERS or after in _ADVERBS_AFTER_A_VERB or not after[:1].isalpha():
        return False
    return not tags & {"n", "s"} or after in _OBJECT_OPENERS or "n" not in _word_tags(after) or _is_plural(after)


_HEDGING_MODALS = frozenset("may might could can will would should must".split())
"""Modal verbs that may open an outcome coded without its subject, before its verb ("may reduce", "could improve")."""


def _joins_another_comparative(words: list[str]) -> bool:
    """Whether an outcome goes on with "and" or "or" then a comparative ("lower readmissions and fewer days in
    hospital", "lower costs or better outcomes"): its opening "lower" is a comparative like the one it is listed with,
    not a verb to give its configuration's act (trial CV: "…coordinates with primary care, which lowers readmissions and
    fewer hosp days at 6m")."""
    return any(word in ("and", "or") and after in _COMPARATIVES for word, after in zip(words[1:], words[2:], strict=False))


def _ing_form(base: str) -> str:
    """The "-ing" form of a verb's base form where its spelling says it: "e" dropped ("prioritise" → "prioritising",
    not after "ee", "ye", "oe": "agreeing"), "ie" as "y" ("tie" → "tying"), a final consonant doubled after one vowel in
    one syllable ("stop" → "stopping"); else the ending added where the word ends in two consonants or a vowel ("send"
    → "sending", "follow" → "following"). "" where the stress decides the doubling ("refer" → "referring", "visit" →
    "visiting") and the lexicon does not say."""
    vowels = "aeiou"
    if not base.isalpha() or len(base) < 2:
        return ""
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    last, before = base[-1], base[-2]
    if last in vowels or last in "wxy" or before not in vowels:
        return base + "ing"  # "send", "follow", "stay", "fix", "go"
    if len(base) > 2 and base[-3] in vowels:
        return base + "ing"  # "treat", "keep": two vowels before the consonant
    syllables = len(re.findall(r"[aeiouy]+", base))
    return base + last + "ing" if syllables == 1 else ""


def _third_person(outcome: str) -> str:
    """An outcome's first verb, in its base form, in the form a singular subject takes ("reduce inequalities" →
    "reduces inequalities"), as the lexicon lists it; as it is where it lists none, or where a modal verb, which takes
    every subject alike, opens it ("may reduce the likelihood…")."""
    first, space, rest = outcome.partition(" ")
    word = first.lower()
    if word in _HEDGING_MODALS:
        return outcome
    for form in (word + "s", word + "es", word[:-1] + "ies"):
        if "Z" in _word_tags(form):
            return (form if first == word else form.capitalize()) + space + rest
    return outcome


def _with_its_subject(mechanism: str, context: str, whom: bool = False) -> str:
    """A mechanism coded as a verb phrase without its subject ("expect a peer who has been through it to be
    non-judgemental", "do not think to refer mothers"; `_lacks_its_subject`), with one: "they" where the context opens
    with the people it is about (`_people_first`) or one person the sentence frames it "For" (`whom`,
    `_article_for_one_person`: "For a carer offered respite, they feel…"), else "people", as an outcome coded so is
    given (`_who_acts`): "For rural practices given extra funding, people feel…", whoever the practices are. Trial AD's
    pack read "For health visitors who do not know the local peer service, do not think to refer mothers", an order;
    and its "How to read" example too. A mechanism coded with its resource ("Insufficient pay; feel exploited") as it is;
    one whose first piece before "; " is itself a verb phrase without its subject ("have time to deal with it; trust
    built 1:1") gives that piece its subject (trial CM's pack read "For pastoral staff…, have time to deal…").
    The verb's capital, which it had only for opening its cell, is lowered after the subject (`_after_its_subject`)."""
    if mechanism and "; " in mechanism:
        first, rest = mechanism.split("; ", 1)
        if ":" in first or not _lacks_its_subject(first) or _with_its_subject(first, context, whom) == first:
            return mechanism
        return f"{_with_its_subject(first, context, whom)}; {rest}"
    if not mechanism or not _lacks_its_subject(mechanism):
        return mechanism
    if thing := _said_of_a_thing(mechanism):
        return f"{thing} {_after_its_subject(mechanism)}"
    if not whom and not _people_first(context) and (thing := _what_acts_on_people(mechanism, context)):
        return f"{thing} {_after_its_subject(_for_several(mechanism) if thing == 'they' else _third_person(mechanism))}"
    return f"{'they' if whom or _people_first(context) else 'people'} {_after_its_subject(_for_several(mechanism))}"


def _what_acts_on_people(verb_phrase: str, context: str) -> str:
    """The subject of a verb phrase coded without one whose object is people ("gave women a sense of calm", "helps
    patients feel safe"), after a context that names a thing, not people: "they" or "it" for that thing, by its head's
    number ("units with views of nature…" → "they"; the head is the noun before a preposition, a relative or a
    participle: "rural practices | given extra funding"), or "it" where the coder's verb is singular ("gives staff
    time…"). "people" would be the women the verb acts on: helper CU's pack read "In units with views of nature…,
    people gave women a sense of calm" (the units did). One person the context names ("With a named nurse for each
    family", helper LY's frame) is that person, "the nurse", not "it" (re-check RH2). Empty where the verb acts on no
    people ("feel listened to": people feel, whoever the context names). A modal before the verb is passed over ("can
    re-traumatise women"), and "such" of "such as" is no head ("routine procedures such as strip searches" → "they"):
    re-check RH1 read "In routine procedures such as strip searches…, people can re-traumatise women"."""
    said = _words(verb_phrase)
    verb = 1 if said[:1] and said[0] in _MODALS - {"to"} else 0
    verb += 1 if verb and _next(said, 0) == "not" else 0
    if not _people_after(said, verb):
        return ""
    words = _words(context)
    ends = (k for k, word in enumerate(words) if k and (word in _PREPOSITIONS or word in _RELATIVES or "N" in _word_tags(word)))
    head = next(ends, len(words)) - 1
    head -= 1 if head > 0 and words[head] == "such" and _next(words, head) == "as" else 0
    if head >= 0 and words[head].isalpha() and not _is_plural(words[head]) and _is_person(f"{words[head]}s"):
        return f"the {words[head]}"  # "With a designated nurse in every care home, the nurse gives residents…", not "it"
    if "Z" in _word_tags(said[verb]):
        return "it"
    if head < 0 or not words[head].isalpha():
        return ""
    return "they" if _is_plural(words[head]) else "it"


_SUBJECT_OF_A_LINK = {"is": "it", "was": "it", "feels": "it", "seems": "it", "looks": "it", "remains": "it"}
_SUBJECT_OF_A_LINK |= {"are": "they", "were": "they", "feel": "they", "seem": "they", "look": "they", "remain": "they"}
_DEGREE_BEFORE_EASE = frozenset("very so too quite really rather fairly more less not still".split())


def _said_of_a_thing(verb_phrase: str) -> str:
    """The subject a verb phrase coded without one says of a thing, not of people: "it" (or "they", for a plural verb)
    where it links its subject to an adjective of ease or difficulty (`adjectives_of_ease`) and a verb that lacks its
    object, "is easy to use on a ward round", "are hard to read": its subject is what that verb is done to, the app or
    the leaflet (trial CG's pack read "Where the app is co-designed with nurses, people are easy to use"). Empty where
    the verb has its object ("find it easy to ask for help"), or the adjective is no such one ("are able to attend",
    "feel listened to"), so its subject does the verb."""
    words = re.findall(r"[a-z']+|[,;.:]", verb_phrase.lower())
    subject = _SUBJECT_OF_A_LINK.get(words[0] if words else "", "")
    at = 1
    while at < len(words) and words[at] in _DEGREE_BEFORE_EASE:
        at += 1
    if not subject or at + 2 >= len(words) or words[at] not in adjectives_of_ease() or words[at + 1] != "to":
        return ""
    after = _next(words, at + 2)
    if "P" not in _word_tags(words[at + 2]) or (
        after and after not in ",;.:" and (after not in STOPWORDS or after in _OBJECT_OPENERS)
    ):
        return ""
    return subject


def _after_its_subject(verb_phrase: str) -> str:
    """A verb phrase coded without its subject, as it reads after the subject a sentence or title gives it: its first
    capital lowered as at the start of a part (`_lower_first`: an acronym or a name keeps its own), since a verb opens
    no name ("Feel forced to choose between health and job" read "they Feel forced…" and "Respondents Feel forced…",
    trial BZ 2). A denial coded without its "do" ("not accept handover until a bed is free") has it, as the plural
    subject given it needs (trial LB read "For ED staff under pressure, they not accept handover…"), and a passive's
    participle its "are" ("not trained to recognise infection": trial LH read "For staff in care homes, they not
    trained…"); a participle that is a base form too ("not put off", "not let in") takes "do", as an order would."""
    lowered = _lower_first(verb_phrase, _REVIEW_NAMES.get())
    first, _, rest = lowered.partition(" ")
    verb = rest.split(" ", 1)[0].lower()
    if first.lower() != "not":
        return lowered
    tags = _word_tags(verb)
    if "P" in tags and "Z" not in tags:
        return f"do {lowered}"
    return f"are {lowered}" if "N" in tags else lowered  # "not trained to recognise…" is a passive: "they are not trained"


_FOR_SEVERAL = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't"}
_FOR_SEVERAL |= {"hasn't": "haven't", "doesn't": "don't"}
"""The verbs whose form for several subjects no ending gives (`_for_several`)."""


def _for_several(verb_phrase: str) -> str:
    """A verb phrase coded for one person ("feels listened to without judgement", "is not asked", "has a key worker"),
    its first verb in the form "they" and "people" take, as `_with_its_subject` gives it one of them (trial BL: the pack
    read "people feels listened to"): "feel", "are", "have"; as it is where the first word is no verb for one person."""
    first, space, rest = verb_phrase.partition(" ")
    word = first.lower()
    if word in _FOR_SEVERAL:
        return _FOR_SEVERAL[word] + space + rest
    if "Z" not in _word_tags(word):
        return verb_phrase
    bases = [word[:-3] + "y" if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "", word[:-1]]
    base = next((b for b in bases if b and "P" in _word_tags(b)), "")
    return base + space + rest if base else verb_phrase


def _they_for_the_same_people(context: str, mechanism: str) -> str:
    """A mechanism whose subject names again the people its context opens with ("For carers of older people at home,
    carers take on tasks…", "For older women living alone, women feel…"), with "they" in its place: the sentence has
    just said who they are. Only a subject that is the last words of those people (`_people_first`), plural, before
    the mechanism's own verb (`_form_and_verb`); any other subject ("staff", "their families") is someone else."""
    form, verb = _form_and_verb(mechanism)
    said = mechanism.split()
    if form != CLAUSE or not verb or verb > len(said):
        return mechanism
    subject = _words(" ".join(said[:verb]))
    people = _words(_people_first(context))
    if subject != _words(mechanism)[:verb] or not people or not _is_plural(people[-1]):
        return mechanism  # a comma or bracket inside the subject: its words are not the text's first ones
    if {"and", "or"} & set(people) and people[-len(subject) :] != people:
        return mechanism  # "For nurses and asylum seekers…, asylum seekers cannot…": "they" would be both (trial AF)
    if subject[:1] == ["the"] and len(subject) > 1:
        subject = subject[1:]
    if people[-len(subject) :] != subject:
        return mechanism
    return " ".join(["they", *said[verb:]])


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
"""Words an outcome coded without its subject opens with ("feel safe to disclose", "cannot attend"): auxiliaries,
modals, and common verbs in forms that are seldom nouns or adjectives."""


_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
_CHANGE_VERBS = frozenset(
    "increase increases decrease decreases rise rises fall falls drop drops decline declines reduce reduces "
    "shrink shrinks lengthen lengthens shorten shortens change changes".split()
)
"""Verbs of change that are nouns too ("an increase"): an outcome opening with one is no verb phrase lacking its subject."""
_COMPARATIVES = frozenset("longer shorter fewer more less greater higher lower better worse bigger smaller".split())
_NOT_BEFORE_A_VERB = _COMPARATIVES | frozenset("a an the this that no any some each every its their our his her my your".split())
"""After these a verb-like word is a noun: "an increase", "longer stays and poorer outcomes"."""
_NOT_BEFORE_A_FINITE_VERB = _NOT_BEFORE_A_VERB | frozenset(
    "with of in to for by and or but nor from on at than as not being been be having getting into onto about over under "
    "after before during without within across among amongst between through via per towards , ( ;".split()
)
"""No subject ends with these, so no finite verb follows them: "people with improved mood", "to cope with and manage
pain", "a sense of being overlooked"."""

CLAUSE, NOUN_PHRASE, EITHER = "clause", "noun phrase", "either"
_VERB_FORMS = frozenset("ZDN")
"""The lexicon's tags of a verb's third-person and past forms (`scripts/build_word_forms.py`): no name's first word."""

_AUXILIARIES = frozenset(
    """is are was were am isn't aren't wasn't weren't has have had hasn't haven't hadn't do does did doesn't don't didn't
    can could will would may might must should shall can't cannot won't wouldn't couldn't shouldn't mustn't""".split()
)
_BOUNDARIES = frozenset("when whenever where wherever while whereas because if unless until once although though whether".split())
"""What opens a clause inside the outcome: a verb after it is that clause's ("fewer admissions when staff are trained")."""
_RELATIVES = frozenset("who whom whose which that".split())
_QUANTIFIERS = frozenset("some many most few all both several others none half neither either".split())
"""Words that stand for the people they count when a verb follows at once ("some are readmitted", "most feel safer")."""
_COMPARATIVE_QUANTIFIERS = frozenset("fewer more less".split())
"""Comparatives that stand for what they count when an auxiliary follows at once ("fewer were admitted", "less is
known"), where before any other word they describe it ("fewer admissions", "more staff")."""
_WH_OBJECTS = frozenset("what how why".split())
"""Words that open a clause a preposition takes as its object ("variation in what wards deliver", "clarity about how
teams work"): the verb after them is that clause's, never the outcome's own."""
_BEFORE_PLURALS_ONLY = frozenset("many few several both others none".split())
"""Quantifiers no singular noun follows ("many patients", never "many patient"), or pronouns no noun follows at all."""
_PLURAL_WITHOUT_S = frozenset("people staff police personnel".split())
"""Nouns that agree as plurals although the lexicon lists them as their own singular too ("people stay", "staff feel")."""
_PLURAL_OF_A_PERSON = frozenset(["people"])
"""Of those, the plural of a singular of its own ("person"): the lexicon lists "people" as a singular for "a people" (a
nation), which takes an article, so without one it is a plural like "men" or "children" and, like them, seldom describes
a noun after it, where "staff support", "police cells" and "personnel files" are nouns. A verb after it is a verb:
"older people lack transport" (trial W read "With older people lack transport to reach groups, …")."""
_PRE_VERB_ADVERBS = frozenset("also still never always often sometimes usually rarely seldom already then now".split())
_OBJECT_OPENERS = frozenset(
    "the a an this these those their his her its our my your them him us me it some any no several many most much".split()
)
_ADVERBS_AFTER_A_VERB = frozenset("again back away out off up down well still too together often sooner later also".split())
_PAST_OF_CHANGE = frozenset(
    "improved increased decreased declined dropped reduced worsened changed lengthened shortened deteriorated recovered "
    "stabilised stabilized persisted continued stopped ended varied fluctuated doubled halved".split()
)
_PARTICIPLE_AS_BASE = frozenset("run come become set put cut hit let shut spread cost hurt quit split cast".split())
"""Verbs whose past participle is spelt as their base form: before "by" it is a passive's participle that describes
("night shelters run by volunteers", "clinics set up by the trust"), not the verb of a clause (re-check RE, trial BC:
"Where night shelters run by volunteers, …")."""
_IRREGULAR_PAST_OF_CHANGE = frozenset("fell rose grew shrank sank".split())
"""Past forms of verbs of change spelt as other words too ("fell" an adjective, "rose" a flower): after a noun, with
nothing after them that they could describe, or a preposition (where and among whom it changed), they are its verb (trial
BH: "this leads to mortality fell"; trial CA: "which leads to drug use fell in intervention homes")."""
_INDEFINITE_PRONOUNS = frozenset(
    "nobody somebody anybody everybody someone anyone everyone nothing something anything everything".split()
)
"""Pronouns for people or things in general: a word the lexicon does not list, never a name, though a coder writes it
with a capital at the start of every statement it opens (trial BH: "…, Nobody knows who holds the list")."""
"""Past forms of verbs of change, which need no object ("teachers' own wellbeing improved"); another past form with
nothing after it may be a participle describing a noun ("better use of the information received")."""


def is_clause(text: str) -> bool:
    """Whether the outcome is surely a clause ("care continues", "the patient enrols"); see `outcome_form`."""
    return outcome_form(text) == CLAUSE


def outcome_form(text: str) -> str:
    """CLAUSE when a finite verb follows the outcome's subject ("referrers find the service easy to use"), NOUN_PHRASE
    when no word could be one ("fewer missed appointments", "improved adherence"), EITHER when a word can be read both
    ways and nothing around it tells ("their tax returns", "service costs"): the caller then words the sentence so that
    it reads right either way.

    Auxiliaries, modals and subject pronouns are known at once; other words are looked up in the English lexicon
    (`english/word_forms.txt`, built by scripts/build_word_forms.py). A verb after "when", "because"… belongs to an
    inner clause, and the first verb after "who", "which" or "that" to a relative clause ("good practice that clinicians
    agree on"); a list or aside after ", which" or ", -ing" ends the search."""
    return _form_and_verb(text)[0]


def _form_and_verb(text: str) -> tuple[str, int | None]:
    form, verb = _form_and_verb_read(text, _SHOWN_PEOPLE.get())
    if form == CLAUSE and verb is not None and _a_phrase_then_a_clause(_words(text), verb):
        return EITHER, None
    return form, verb


def _a_phrase_then_a_clause(words: list[str], verb: int) -> bool:
    """Whether the clause's subject and verb come after a comma that ends a verbless phrase not opened by a preposition:
    "hypoglycaemia episodes, pts stop medicines" (two outcomes, a noun phrase then a clause) and "six months later, HbA1c
    fell" (a time, then the clause) are read alike, so the sentence is worded to read right either way ("has this
    outcome: …"), never "means that hypoglycaemia episodes, pts stop …" (trial CJ: C16). "In rural areas, uptake was
    lower" opens with a preposition: a clause, as before."""
    if words[:verb].count(",") != 1:
        return False  # none, or an aside between two ("care, when it comes, is too late")
    comma = words.index(",")
    after = words[comma + 1]
    return (
        0 < comma < verb - 1
        and words[0] not in _PREPOSITIONS | _BOUNDARIES
        and not words[0].endswith(("ed", "ing"))  # a participle's phrase opens the clause: "discharged early, patients …"
        and not _RELATIVES & set(words[:comma])  # the comma is inside a relative clause: "a commute that is long, costly…"
        and after not in _BOUNDARIES | _RELATIVES | {"but", "yet", "so", "and", "or"}  # ", but it did not last": a second clause
        and not any("D" in _word_tags(word) for word in words[1:comma])  # "falls fell, …": the phrase has its verb
        and not {"and", "or"} & set(words[comma + 1 : verb])  # a list is the subject: "video, phone or text contact lets…"
    )


@lru_cache(maxsize=1024)
def _form_and_verb_read(text: str, shown: frozenset[str]) -> tuple[str, int | None]:
    """`outcome_form`, and where in `_words(text)` the finite verb that makes it a clause is (None when it is none).
    Remembered: a sentence's framing asks it of the same part several times. What is in brackets is an aside, read
    without: "housing that is unsafe (hostels, B&Bs) crowds out every other goal" has its verb after it (trial AJ)."""
    outside, places = _without_brackets(text)
    if outside != text and _words(outside):
        form, verb = _form_and_verb(outside)
        return form, None if verb is None else places[verb]
    words = _words(text)
    if not words:
        return NOUN_PHRASE, None
    if words[0] in _SUBJECT_PRONOUNS:
        return CLAUSE, None  # "they say less", "we lose touch"
    if ratio := _A_RATIO.match(text):
        form, verb = _form_and_verb(f"some {text[ratio.end() :]}")  # "one in four | had no information", as "some had…"
        return form, None if verb is None else verb + len(_words(ratio[0])) - 1
    if _an_adjective_alone(words) or _nothing_to_describe(_next(words, 0)) and _noun_or_verb(words[0]):
        return EITHER, None  # "safer", "more confident about managing it"; "trust", "say more"
    if _a_participle_with_nothing_to_describe(words):
        return EITHER, None  # "conveyed anyway", "died in their preferred place": no noun phrase
    first_unsure = unsure = 0
    in_relative = False
    whose = ""  # the noun a relative clause said something of, once that clause has its verb ("professionals who see…")
    named, plurals = _capitalised(text), _acronym_plurals(text)
    initialisms = _initialisms_at(text)
    read_as = {k: _ACRONYM_READ_AS for k in named if words[k] in STOPWORDS or words[k] in _OBJECT_PRONOUNS}
    words = [_ACRONYM_PLURAL_READ_AS if k in plurals else read_as.get(k, w) for k, w in enumerate(words)]
    i = 0
    while (i := i + 1) < len(words):
        word, before = words[i], words[i - 1]
        if i in named:
            continue  # "providers in a large Dar es Salaam referral hospital": a name's word is no verb
        if whose and _the_verb_after_a_relative(words, i, whose, named):
            return CLAUSE, i  # "professionals who see dementia as a terminal disease | start ACP" (trial AI)
        if before == "," and word in _BOUNDARIES and "," in words[i + 1 :]:
            i = words.index(",", i + 1)  # an aside ("care, when it comes, is too late"): its subject's verb is after it
            continue
        if before == "," and word in _WHO_WHICH and not in_relative and _a_verb_after_the_aside(words, i):
            return CLAUSE, words.index(",", i + 1) + 1  # "trust in the nurse, who has met them, carries over…" (trial AD)
        if word in _BOUNDARIES or before == "," and (word in _RELATIVES or word.endswith("ing")):
            break
        if word in _WH_OBJECTS and (before in _PREPOSITIONS or before == "of"):
            break  # "variation in what virtual wards deliver": the verb is the inner clause's, the preposition's object
        if word in _RELATIVES and not _closes_no_subject(before) or _opens_a_contact_clause(words, i):
            in_relative, whose = True, ""
            said_of = before
            continue
        if in_relative and _the_relatives_verb(before, word):
            in_relative, whose = False, said_of  # "women who pay | receive better treatment": "pay" is the relative's verb
            continue
        if word in ("leads", "lead") and _next(words, i) == "to" and not in_relative and before not in _ANY_DETERMINERS:
            return CLAUSE, i  # "exposure to others' successes | leads to trying…", as an arrow between phrases reads
        reading = _verb_reading(words, i)
        if reading and in_relative:
            in_relative, whose = False, said_of  # the relative clause's own verb
        elif (
            reading == CLAUSE
            and (i - 1 in initialisms or _nouns_alone_before(words, i))
            and _a_plural_then_adverbs_alone(words, i)
        ):
            continue  # "CP programs internationally": the initialism describes the plural noun (helper F3), as do nouns
            # ("community paramedic programs internationally": helper G1 read "Where community paramedic programs…")
        elif reading == CLAUSE:
            return CLAUSE, i
        elif reading == EITHER and whose and _a_compound_nouns_plural(words, i):
            continue  # "fear that telehealth will replace home | visits": the relative clause's object, a compound noun
        elif reading == EITHER:
            first_unsure, unsure = first_unsure or i, i  # the first and the last word read either way
    if unsure and (_a_noun_joined_last(words, unsure) or first_unsure == len(words) - 1 and _a_noun_joined_first(words)):
        return NOUN_PHRASE, None  # "needs left unmet and disappointment": "and" joins like with like (trial AD)
    return EITHER if unsure else NOUN_PHRASE, None


_ACRONYM_READ_AS = "unit"
"""A capitalised word after the first that is a function word or a pronoun in lower case ("the ED shares data", "the IT
team", "in US focus groups"): a name, read as a noun ("ed" is a stopword, which ended the subject before its verb; trial
AM read "In the ED shares…"; "us" before "focus groups" was read as a subject and its verb, and trial CW's pack read
"Where elderly pts and nephs in US focus groups, …")."""


_ACRONYM_PLURAL_READ_AS = "units"
"""An acronym's plural ("AMOs", "CHWs", `_ACRONYM_PLURAL`), read as a plural noun that no verb is: in lower case a few
are words the lexicon lists otherwise ("amos" a name), and the verb after them was read as a noun (helper DD's pack
read "AMOs from the region with family ties there leads to AMOs stay in rural posts")."""


def _acronym_plurals(text: str) -> set[int]:
    """The places in `_words(text)` of words written as an acronym's plural (`_ACRONYM_PLURAL`: "AMOs", "GPs")."""
    as_written = _WORD_AS_WRITTEN.findall(text.replace("\u2019", "'").replace("\u2011", "-"))
    if [w.lower() for w in as_written] != _words(text):
        return set()
    return {i for i, word in enumerate(as_written) if _ACRONYM_PLURAL.match(word)}


def _initialisms_at(text: str) -> set[int]:
    """The places in `_words(text)` of words written in capitals, two letters or more ("CP", "NHS", "GP")."""
    as_written = _WORD_AS_WRITTEN.findall(text.replace("\u2019", "'").replace("\u2011", "-"))
    if [w.lower() for w in as_written] != _words(text):
        return set()
    return {i for i, word in enumerate(as_written) if len(word) > 1 and word.isalpha() and word.isupper()}


def _a_plural_then_adverbs_alone(words: list[str], i: int) -> bool:
    """Whether words[i] is a plural noun too ("programs", "services", "visits") with nothing after it but adverbs
    ("internationally", "locally", "again"): after an initialism ("CP programs internationally", "GP visits weekly") it
    is the noun the initialism describes, as English makes compounds of them ("NHS services", "ED visits"), not a verb
    with no object whose subject the initialism is; an object after it makes the clause ("NHS funds the programme").
    Trial pack read "Where CP programs internationally, …"."""
    after = words[i + 1 :]
    return (
        "s" in _word_tags(words[i])
        and bool(after)
        and all((word.endswith("ly") and len(word) > 4) or word in _ADVERBS_AFTER_A_VERB for word in after)
    )


def _nouns_alone_before(words: list[str], i: int) -> bool:
    """Whether two words or more before words[i] are nouns alone, none plural, none a determiner or verb ("community
    paramedic | programs"): nouns stacked before a noun, as English makes compounds ("community mental health teams"),
    not a subject, which a singular noun without its article rarely is but in a coder's shorthand for one person
    ("nurse visits weekly", one noun, keeps its verb)."""
    if i < 2:
        return False
    for word in words[:i]:
        tags = _word_tags(word)
        if not word.isalpha() or word in STOPWORDS or tags & {"s", "D", "N", "Z"} or tags and "n" not in tags:
            return False
    return True


def _without_brackets(text: str) -> tuple[str, list[int]]:
    """The text without what it says in brackets, and where each of its `_words` is in `_words(text)`."""
    pieces = re.split(r"(\([^()]*\))", text)
    kept: list[str] = []
    places: list[int] = []
    at = 0
    for k, piece in enumerate(pieces):
        count = len(_words(piece))
        if not k % 2:
            kept.append(piece)
            places += range(at, at + count)
        at += count
    return " ".join(kept), places


def _the_verb_after_a_relative(words: list[str], i: int, whose: str, named: set[int]) -> bool:
    """Whether words[i], after a relative clause that has its verb, is the verb of the noun that clause said something
    of (`whose`): a form that agrees with that noun and not with the word right before it, which is no subject's last
    word, and what a verb takes after it (an object, an adverb, a particle, a name: "professionals who see dementia as a
    terminal disease | start ACP", "a tenancy that is unaffordable | crowds out every other goal", "workers who know the
    family | step in"). Trial AI read "professionals
    who see dementia as a terminal disease start ACP mean that…", as if it had no verb. After "and" the word goes on
    with the relative clause ("a mentor who is available and treats them like family")."""
    word, before = words[i], words[i - 1]
    tags = _word_tags(word)
    if word in _AUXILIARIES or _closes_no_subject(before) or not before[:1].isalpha() or before in _RELATIVES:
        return False
    plural = _is_plural(whose)
    if plural and ("P" not in tags or _is_plural(before)) or not plural and "Z" not in tags:
        return False
    if not plural and (_is_person(word) or not _word_tags(whose) and not whose.isalpha()):
        return False
    return _verb_follows(words, i) or _an_object_follows(words, i) or _next(words, i) in _PARTICLES or i + 1 in named


def _a_compound_nouns_plural(words: list[str], i: int) -> bool:
    """ "replace home | visits", "meet care | leavers": the last word, a plural noun that may be a verb, after a singular
    noun with no determiner that follows a verb: the object's head, not a verb (trial AK read "fear that telehealth will
    replace home visits" as a clause)."""
    if _next(words, i) or i < 2 or "s" not in _word_tags(words[i]):
        return False
    noun, verb = words[i - 1], words[i - 2]
    if _is_plural(noun) or noun in STOPWORDS or not noun.isalpha() or _word_tags(noun) & {"Z", "D"}:
        return False
    return bool(_word_tags(verb) & {"P", "Z", "D"}) and not _is_plural(verb)


def _a_noun_joined_first(words: list[str]) -> bool:
    """Whether the words open with a noun of one or two words that no verb or describer is, then "and" ("frustration and
    some alerts ignored"): as "and" joins like with like, what comes after it is a noun phrase too, where a participle at
    its end left the text unsure (trial AK read "alert fatigue has this outcome: frustration and some alerts ignored").
    The caller asks only where that last word was unsure: a word unsure before it may be the verb of both nouns
    ("stigma and lack of awareness make…")."""
    joined = words.index("and") if "and" in words else -1
    if not 1 <= joined <= 2:
        return False
    return all(w.isalpha() and w not in STOPWORDS and not _word_tags(w) & {"P", "Z", "D", "a", "N"} for w in words[:joined])


def _a_noun_joined_last(words: list[str], unsure: int) -> bool:
    """Whether the words end with "and"/"or" and a noun of one or two words that no verb, adjective or function word is
    ("…and disappointment", "…or poor sleep" is not: "poor" describes): as "and" joins like with like, what comes before
    it is a noun phrase too, where a word that may be a verb left the text unsure ("calls left unanswered and
    frustration"). Not where a preposition comes between that word (at `unsure`) and the "and", which then joins the
    preposition's objects ("teams coordinate across health, job centre and workplace"; trial AH)."""
    joined = max((k for k, w in enumerate(words) if w in ("and", "or")), default=-1)
    last = words[joined + 1 :]
    if joined < 1 or not 1 <= len(last) <= 2:
        return False
    participle = _word_tags(words[unsure]) & {"D", "N"}  # "days lost to admission or death": the "or" joins its object
    if not participle and any(w in _PREPOSITIONS or w == "of" for w in words[unsure + 1 : joined]):
        return False
    between = words[unsure + 1 : joined]
    if "Z" in _word_tags(words[unsure]) and between and all(_a_plain_noun(w) or w in _ARTICLES for w in between):
        return False  # "training increases knowledge and confidence": the "and" joins the verb's objects (trial DD)
    return all(
        w[:1].isalpha() and w not in STOPWORDS and not _word_tags(w) and not _is_person(w) and not w.endswith("ly") for w in last
    )


def _a_plain_noun(word: str) -> bool:
    """A word no verb, adjective or function word is, as `_a_noun_joined_last` reads the nouns after "and"."""
    return word[:1].isalpha() and word not in STOPWORDS and not _word_tags(word) and not word.endswith("ly")


def _a_verb_after_the_aside(words: list[str], i: int) -> bool:
    """Whether the relative clause opened at words[i] after a comma is an aside closed by a second comma, after which the
    subject's own verb comes at once ("trust in the nurse, who has met the family, carries over to…")."""
    if "," not in words[i + 1 :]:
        return False
    after = words.index(",", i + 1) + 1
    return after < len(words) and _verb_reading([*words[: i - 1], *words[after:]], i - 1) == CLAUSE


_WORD = re.compile(r"[a-z0-9]{1,3}&[a-z0-9]{1,3}\b|[a-z0-9][a-z0-9'-]*|[,;(]")
_WORD_AS_WRITTEN = re.compile(r"[a-zA-Z0-9]{1,3}&[a-zA-Z0-9]{1,3}\b|[a-zA-Z0-9][a-zA-Z0-9'-]*|[,;(]")
"""A word, or initials joined by "&" ("A&E", "R&D"): read as "a" and "e", the article made the name's next noun its
subject and "programmes" its verb (trial AW: "Where A&E navigator programmes in England and Wales, …")."""


def _words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("\u2011", "-")
    return _WORD.findall(text)


def _capitalised(text: str) -> set[int]:
    """The places in `_words(text)` of words written with a capital after the first: no verb is ("Dar es Salaam")."""
    text = text.replace("\u2019", "'").replace("\u2011", "-")
    as_written = _WORD_AS_WRITTEN.findall(text)
    if [w.lower() for w in as_written] != _words(text):
        return set()  # letters whose lower case is not one letter: no place is sure
    return {i for i, word in enumerate(as_written) if i and word[:1].isupper()}


_ONE_OF = frozenset("a an each every".split())
"""Determiners of one thing, whose noun phrase, as a subject, takes a verb's -s form ("a staff member champions…")."""


def _a_base_form_after_one(words: list[str], i: int) -> bool:
    """Whether words[i], a base form of a verb that always takes an object (`verbs_taking_an_object`: "champion",
    "fund", "host"), follows a noun phrase of one or two words that "a", "an", "each" or "every" opens and comes right
    before a preposition ("schools without a staff champion | for the scheme"): no object follows, so it is no finite
    verb but a noun of that phrase (helper G1's pack read "Where schools without a staff champion for the scheme, …").
    A verb that may stand alone keeps its reading ("families with a named nurse visit weekly"); "a few", "a lot", "a
    number" count many."""
    tags = _word_tags(words[i])
    if "P" not in tags or tags & {"Z", "D"} or i < 2 or _next(words, i) not in _PREPOSITIONS:
        return False
    if words[i] not in verbs_taking_an_object():
        return False
    for opener in (i - 2, i - 3):
        if opener >= 0 and words[opener] in _ONE_OF:
            between = words[opener + 1 : i]
            if between[0] in ("few", "lot", "number", "couple", "range", "variety"):
                return False
            return all(w.isalpha() and w not in _PREPOSITIONS | _AUXILIARIES | {"and", "or"} for w in between)
    return False


def _verb_reading(words: list[str], i: int) -> str | None:
    """Whether words[i] is a finite verb after its subject: CLAUSE when surely, EITHER when maybe, None when not."""
    if i == 1 and words[0] in _QUANTIFIERS and _verb_after_a_quantifier(words):
        return CLAUSE  # "some are readmitted", "most feel safer": the quantifier is the subject
    if i == 1 and words[0] in _COMPARATIVE_QUANTIFIERS and (words[1] in _AUXILIARIES or _only_a_verb(words[1])):
        return CLAUSE  # "fewer were in residential care", "more attend follow-up": the comparative stands for those it counts
    before = _before_adverbs(words, i)
    if before == "," and words[i] in _AUXILIARIES and "," in words[1 : i - 1]:
        return CLAUSE  # an aside closed ("more care, or a care home, is arranged"): the subject's verb follows it
    if before is None or _closes_no_subject(before):
        return None
    word = words[i]
    if word in _AUXILIARIES:
        return CLAUSE  # known without the lexicon
    if _a_base_form_after_one(words, i):
        return None  # "schools without a staff champion for the scheme": a noun of the phrase "a" opens
    if _describes_what_follows(before):
        return None
    tags = _word_tags(word)
    if words[i - 1] in _PRE_VERB_ADVERBS and tags & {"P", "Z"} and "a" not in tags:
        return CLAUSE  # "the nurse rarely visits", "residents often walk": no such adverb comes inside a noun phrase
    if before in _LINKING_VERBS or before in _LINKING_PARTICIPLES:
        return None  # "feeling judged by staff", "staff seem rushed": what a linking verb is followed by describes
    by_whom = _next(words, i) == "by" and not _by_a_number(words, i)
    if ("D" in tags and "N" in tags and word not in _PAST_OF_CHANGE or word in _PARTICIPLE_AS_BASE) and by_whom:
        return None  # "women referred by midwives", "shelters run by volunteers": a passive's participle describes
    if "D" in tags and "N" not in tags and (_next(words, i) in _COMPARATIVES or _by_a_number(words, i)):
        return CLAUSE  # "HbA1c fell more than…", "attendance rose by 5%": a past form with how much it changed
    if "D" in tags and "N" not in tags and _next(words, i)[:1].isdigit() and not _closes_no_subject(before):
        return CLAUSE  # "HbA1c fell 0.85% more", "visits rose 12%": a past that is no participle, and its measure (E4)
    if "D" in tags and "N" in tags:  # "valued", "kept": a past verb, or a participle describing a noun
        return _past_reading(words, i)
    if "P" in tags and "a" in tags and _is_person(before) and _is_plural(before):
        if _an_object_follows(words, i) or _a_mass_noun_object(words, i) and _next(words, i + 1) in _PREPOSITIONS:
            return CLAUSE  # "volunteers clean homes", "clinicians present dialysis as the default": people do what is after
    if "D" in tags and "N" not in tags and _is_plural(before) and _nothing_to_describe(_next(words, i)):
        return CLAUSE  # "antimicrobial use and infections fell", "admissions rose": a past that is no participle (trial AE)
    if "P" in tags and "a" in tags and _next(words, i) in _ARTICLES | _POSSESSIVES:
        if word not in _PREPOSITIONS and (_is_plural(before) or _after_a_compound_subject(words, i)):
            return CLAUSE  # "practices record the patient's language": no adjective comes before an article (trial AF);
            # nor after two nouns joined by "and": "self-referral and flexibility lower the barriers…" (trial CB)
    a_verb_too = word not in _ADVERBS_AFTER_A_VERB and word not in _PREPOSITIONS  # "workers back in work", "people over 65"
    if a_verb_too and "P" in tags and "a" in tags and "Z" not in tags and _is_plural(before):
        after = _next(words, i)
        if (after in _COMPARATIVES or after in _ADVERBS_AFTER_A_VERB) and _nothing_to_describe(_next(words, i + 1)):
            return CLAUSE  # "relationships last longer", "wounds close faster": no adjective follows a plural noun so
        if after in _PREPOSITIONS and after not in ("of", "to"):
            return EITHER  # "teams coordinate across sectors", "services open to all" (trial AH read "…leads to…")
    change_ends = _nothing_to_describe(_next(words, i)) or _next(words, i) in _PREPOSITIONS  # "fell in the homes" (CA)
    if word in _IRREGULAR_PAST_OF_CHANGE and change_ends and not _closes_no_subject(before):
        return CLAUSE  # "mortality fell", "attendance rose sharply", "drug use fell in intervention homes"
    if "P" in tags and _is_person(before) and _is_plural(before) and _people_after(words, i):
        return CLAUSE  # "staff reposition residents", "teachers coach their pupils": people doing a thing to people
    if "P" in tags and "a" in tags and _is_plural(before) and _next(words, i) in _OPENING_A_CLAUSE and _next(words, i + 1):
        return CLAUSE  # "programs close when the grant ends": no adjective after a plural noun opens a clause of its own
    if "a" in tags or not tags & {"P", "Z", "D"}:
        return None  # not a verb, or an adjective first ("open", "better")
    if "P" in tags and "Z" not in tags and not _is_plural(before) and _after_a_compound_subject(words, i):
        return EITHER  # "in-service training and support build knowledge": two nouns with "and" agree as a plural
    if "P" in tags and not tags & {"Z", "D"} and _subjects_determiner(words, i) in _SINGULAR_DETERMINERS:
        return None  # "a referral slip alone", "each school nurse visit": a base form agrees with no "a…" or "each…"
    if _by_a_number(words, i):
        return CLAUSE  # "odds of any disrespect and abuse fall by 66%": a noun has no "by 66%" after it
    if "D" in tags or not tags & {"n", "s"}:
        return CLAUSE  # only ever a verb: "enrols", "refer", "rose"
    if "Z" in tags:  # "returns", "costs": a plural noun too
        if "s" in tags and _counted_as_plural(words, i):
            return None
        if _is_plural(before):  # "the number of referrals drops"; "patients returns" is no clause
            return CLAUSE if "of" in words[:i] or _a_change_to_a_singular_head(words, i) else None
        if "s" not in tags:
            return CLAUSE  # "the duty to cook for the family comes before…": a third person no plural noun is (trial AL)
        if _one_person(_the_persons_head(words, i)) and _goes_on_after(words, i):
            return CLAUSE  # "a young person injured by violence fears retaliation": the person's verb (trial AM)
        if _one_person(before) and _a_possessive_follows(words, i):
            return CLAUSE  # "pharmacist reviews residents' medicines": the person's verb (trial CA)
        if _one_person(before) and _a_phrasal_verb(words, i):
            return CLAUSE  # "GP hands over a social problem": one person's phrasal verb (helper CS read "In GP hands over…")
        if _a_noun_before_a_phrase(words, i):
            return EITHER  # "home visits after discharge", "bus stops near the clinic"
        if _verb_follows(words, i) or _agrees_with_its_subject(words, i) or _goes_on_for_a_time(words, i):
            return CLAUSE
        if _a_described_object_follows(words, i):
            return CLAUSE  # "the emergency department shares anonymised data…": no noun phrase runs on into another
        if not _next(words, i) and words[i] not in _CHANGE_VERBS and _ends_a_prepositions_object(words, i):
            return None  # "a link to housing options", "access to bus passes": a compound noun after "to", "of"…
        return CLAUSE if _a_change_ends_it(words, i) else EITHER
    if before in _PLURAL_WITHOUT_S and before not in _PLURAL_OF_A_PERSON:  # "staff support" is a noun too
        if _verb_follows(words, i) or _a_described_object_follows(words, i):  # "police question young men…" (trial AM)
            return CLAUSE
        return EITHER if "P" in tags and _a_mass_noun_object(words, i) else None
    if _is_plural(before):  # "teachers approach", "wait times fall": a verb agrees; "times of day" does not
        return CLAUSE if _next(words, i) != "of" else None
    if "Z" not in tags and _people_before_their_phrase(words, i) and _an_object_follows(words, i, nouns=False):
        return CLAUSE  # "women with gestational diabetes return to care": the verb agrees with "women", not "diabetes"
    if "Z" not in tags and _people_before_their_phrase(words, i) and _an_abstract_object(words, i):
        return CLAUSE  # "health workers from the same ethnic group build trust through…" (trial AL read "…mean that")
    return EITHER if _verb_follows(words, i) else None


_LINKING_PARTICIPLES = frozenset("feeling seeming becoming getting being remaining looking sounding".split())
_PERSONS_PREPOSITIONS = frozenset("with in from on at of without".split())


def _people_before_their_phrase(words: list[str], i: int) -> bool:
    """Whether the words before words[i] are a plural noun for people and a short phrase that describes them ("more
    people with raised blood pressure", "women with a learning disability", "pupils in rural schools"): a base form
    after them is their verb, though the noun right before it is singular."""
    head = _the_persons_head(words, i)
    return (_is_person(head) or head in _PLURAL_WITHOUT_S) and _is_plural(head)


def _the_persons_head(words: list[str], i: int) -> str:
    """The noun for people or a person that the phrase right before words[i] describes ("women with a learning
    disability", "navigators with lived experience of violence", "a young person injured by violence"), past a phrase
    with "of" inside it and a participle before "by"; "" where the words before are no such phrase."""
    for j in range(i - 1, max(0, i - 9), -1):
        word = words[j]
        if word in _PERSONS_PREPOSITIONS or word == "by":
            k = j - 1
            if word == "by" and k > 0 and _word_tags(words[k]) & {"D", "N"} and not _word_tags(words[k]) & {"n", "s"}:
                k -= 1  # "a young person injured | by violence"
            head = words[k] if k >= 0 else ""
            if _is_person(head) or head in _PLURAL_WITHOUT_S or _one_person(head):
                return head
            if word != "of":
                return ""
        elif word in _PHRASE_OPENERS or word in _RELATIVES or not word[:1].isalnum():
            return ""
    return ""


def _an_abstract_object(words: list[str], i: int) -> bool:
    """After a base form, a singular noun of one word and then a preposition ("build trust through…", "gain confidence
    in…"): the verb's object, where the base form may be a noun too. The caller asks only after plural people and their
    phrase ("health workers from the same ethnic group | build trust through…"), whose verb a base form agrees with."""
    after, then = _next(words, i), _next(words, i + 1)
    if not after.isalpha() or after in STOPWORDS or _is_plural(after) or _is_person(f"{after}s") or then not in _PREPOSITIONS:
        return False
    return not _word_tags(after) & {"Z", "D", "a", "N"}


def _goes_on_after(words: list[str], i: int) -> bool:
    """A word after words[i] that goes on with a verb's object, not a phrase of a noun's own: no preposition, relative,
    conjunction or comma."""
    after = _next(words, i)
    return after[:1].isalpha() and after not in _PREPOSITIONS and after not in _RELATIVES and after not in _PHRASE_OPENERS


def _a_possessive_follows(words: list[str], i: int) -> bool:
    """Whether a noun in the possessive ("residents'", "the resident's" is an article's) follows words[i]: the start of
    another noun phrase, as an article or "their" is, which no noun phrase runs on into, so words[i] is a verb after one
    person (trial CA read "In pharmacist reviews residents' medicines…", as a place, where "… reviews their medicines"
    was a clause)."""
    after = _next(words, i)
    return len(after) > 2 and after[0].isalpha() and after.endswith(("'", "'s", "\u2019", "\u2019s"))


def _people_after(words: list[str], i: int) -> bool:
    """Whether people follow words[i], right after it or after an article or possessive ("reposition residents", "coach
    their pupils"): what a verb does to them, as no compound of a plural for people ("staff support") is followed by
    more people (re-check RE: "staff reposition residents on a schedule mean that…"), nor by "other", "many" or another
    word saying which or how many of them (`_DETERMINERS`: trial CN read "staff use other patients or cleaners to
    interpret" as a noun phrase, worded "… to interpret have this outcome: …")."""
    after = _next(words, i)
    if after in _ARTICLES or after in _POSSESSIVES or after in _DETERMINERS:
        after = _next(words, i + 1)
    return _is_person(after) and _is_plural(after)


def _an_object_follows(words: list[str], i: int, nouns: bool = True) -> bool:
    """What follows a verb (`_verb_follows`), a plural noun it acts on ("collect medicines"; not with `nouns` False, where
    "mothers with poor support networks" has a compound noun) or an activity in "-ing" ("coordinate dosing", "plan
    shopping": trial BP read "spoke staff coordinate dosing and pharmacy pick-up leads to…"), a phrase that opens with a
    determiner ("link to the clinic", "return to their GP"), or another verb ("start or change treatment")."""
    after = _next(words, i)
    if _verb_follows(words, i) or nouns and _is_plural(after) and after[:1].isalpha() and after not in _SUBJECT_PRONOUNS:
        return True
    if nouns and _an_ing_form(after):
        return True
    if after in ("and", "or") and "P" in _word_tags(_next(words, i + 1)):
        return True  # "start or change treatment"
    return after in _PREPOSITIONS and _next(words, i + 1) in _OBJECT_OPENERS


def _after_a_compound_subject(words: list[str], i: int) -> bool:
    """Whether words[i] follows two nouns joined by "and" that open the phrase or a clause ("in-service training and
    support | build…"), not ones inside a preposition's phrase ("help with housing and income | support"), with more
    after it: a verb there agrees with both."""
    if i < 3 or words[i - 2] != "and" or not words[i - 1][:1].isalpha() or not _next(words, i)[:1].isalpha():
        return False
    if _word_tags(words[i - 3]) == {"a"} or _describes_what_follows(words[i - 1]):
        return False  # "informational and appraisal support", "practical and emotional support": both describe (trial AD)
    for j in range(i - 3, max(-1, i - 7), -1):
        if words[j] in _PREPOSITIONS or words[j] == "of" or words[j] in _RELATIVES:
            return False
        if not words[j][:1].isalpha() or words[j] in _BOUNDARIES:
            return True
    return True


def _ends_a_prepositions_object(words: list[str], i: int) -> bool:
    """Whether words[i], the last word, closes the object of a preposition ("a link to housing | options", "a lack of
    care | homes"): one or two singular nouns after "to", "of", "for"…, with it the head of a compound noun."""
    for j in range(i - 1, max(-1, i - 4), -1):
        word = words[j]
        if word in _PREPOSITIONS or word == "of":
            return j < i - 1
        if not word[:1].isalpha() or word in STOPWORDS or _is_plural(word) or _word_tags(word) & {"Z", "D"}:
            return False
    return False


_HOW_LONG_VERBS = frozenset("ends stops starts lasts finishes closes lapses resumes".split())
"""Third persons of the verbs that say when something begins, goes on or ends, which are plural nouns too ("ends",
"stops"); the others ("begins", "continues", "expires", "ceases") are only verbs, known so already."""
_TIME_OPENERS = frozenset("after before within until till once".split())


def _goes_on_for_a_time(words: list[str], i: int) -> bool:
    """ "support ends after six sessions", "funding stops within a year", "the course lasts 12 weeks": a verb of how long
    something goes on (`_HOW_LONG_VERBS`) after a singular noun, with when or how long after it (a preposition of time or
    a number): as a noun it heads no such phrase, where "home visits after discharge" or "bus stops near the clinic" are
    nouns (trial W read "In support ends after a fixed 12-week period, …")."""
    after = _next(words, i)
    return words[i] in _HOW_LONG_VERBS and (after in _TIME_OPENERS or after in _NUMBERS or after[:1].isdigit())


_ABSTRACT_ENDINGS = ("ness", "ity", "ism", "ance", "ence", "ship", "hood")
"""Endings of nouns of a state or quality ("loneliness", "anxiety", "attendance", "confidence"), which are seldom the
first word of a compound noun: "loneliness returns after the service ends" is a clause."""


def _a_change_to_a_singular_head(words: list[str], i: int) -> bool:
    """ "adherence to daily readings | falls over time", "trust in local services | declines": a verb of change (or of
    how long something goes on) after a plural noun that is a preposition's object, the phrase's head before that
    preposition singular, and nothing after it but an adverb or when: the verb agrees with the head (trial AK read "leads
    to adherence to daily readings falls over time")."""
    if words[i] not in _CHANGE_VERBS and words[i] not in _HOW_LONG_VERBS:
        return False
    after = _next(words, i)
    if not (_nothing_to_describe(after) or after in _TIME_OPENERS or after in ("over", "during", "across")):
        return False
    at = next((j for j in range(1, i) if words[j] in _PREPOSITIONS or words[j] in _RELATIVES or not words[j].isalpha()), 0)
    head = words[at - 1] if at else ""
    return words[at] in _PREPOSITIONS and head.isalpha() and head not in STOPWORDS and not _is_plural(head)


def _a_phrasal_verb(words: list[str], i: int) -> bool:
    """Whether words[i], a third person in -s, and the particle after it are a phrasal verb WordNet lists ("hands over",
    "drops out", "looks after": `phrasal_verbs`); "visits after", "stops near" are none. The caller asks only after one
    person ("GP hands over…"), as "phone calls in the evening" has a noun's plural before a preposition."""
    word, particle = words[i], _next(words, i)
    if not particle.isalpha() or not word.endswith("s"):
        return False
    bases = {word[:-1], word[:-2] if word.endswith("es") else "", f"{word[:-3]}y" if word.endswith("ies") else ""}
    return any(f"{base}_{particle}" in phrasal_verbs() for base in bases if base)


def _a_noun_before_a_phrase(words: list[str], i: int) -> bool:
    """ "home visits after discharge", "bus stops near the clinic", "support needs in school": a word that is a plural
    noun too, after a singular noun with no determiner before it and before a preposition ("after", "near" are
    adjectives too, which `_verb_follows` reads as a verb's complement): a noun phrase, unless its verb says how long
    something goes on (`_goes_on_for_a_time`)."""
    return (
        _next(words, i) in _PREPOSITIONS
        and "s" in _word_tags(words[i])
        and not words[i - 1].endswith(_ABSTRACT_ENDINGS)
        and not _subjects_determiner(words, i)
        and not _goes_on_for_a_time(words, i)
    )


def _a_change_ends_it(words: list[str], i: int) -> bool:
    """ "students' mental health knowledge increases", "the waiting list grows", "a patient's confidence declines
    steadily": a verb of change (`_CHANGE_VERBS`) with nothing after it but an adverb, after a singular noun phrase that
    opens with a determiner or a possessive. Read as a clause it says what it says; "the rent increases", which may be a
    noun, reads right as a clause too (trial Y read "…, with this outcome: students' mental health knowledge increases")."""
    after = _next(words, i)
    if words[i] not in _CHANGE_VERBS or not words[i].endswith("s"):
        return False
    if after and after != "(" and after not in _ADVERBS_AFTER_A_VERB and not (after.endswith("ly") and len(after) > 4):
        return False  # "(" opens an aside on how it changed: "length of stay changes (shorter on…)"
    j = i - 1
    while j >= 0:
        word = words[j]
        if word.endswith("'") or word.endswith("'s") or word in _ANY_DETERMINERS:
            return j < i - 1
        if word == "of" and j < i - 1 and j and words[j - 1][:1].isalpha() and words[j - 1] not in STOPWORDS:
            return not _is_plural(words[j - 1])  # "length of stay falls", "use of restraint declines": its measure
        if not word[:1].isalpha() or word in STOPWORDS or word in _PHRASE_OPENERS or _is_plural(word) or word in _NUMBERS:
            return False
        j -= 1
    return False


def _opens_a_contact_clause(words: list[str], i: int) -> bool:
    """A subject pronoun right after a noun opens a relative clause with no "that" ("residents they do not know", "the
    service we run"): its verb is that clause's, not the phrase's own (trial X read "Where physicians covering residents
    they do not know, …"). A verb before the pronoun is none ("staff felt they could"): its clause goes on."""
    word, before = words[i], words[i - 1]
    if word not in _SUBJECT_PRONOUNS or not before[:1].isalpha():
        return False
    if before in STOPWORDS or before in _PHRASE_OPENERS or before in _AUXILIARIES or before in _BOUNDARIES:
        return False
    tags = _word_tags(before)  # a noun: unknown to the lexicon ("residents", "resident"), or only ever a noun's plural
    return not tags or "s" in tags or "n" in tags and _after_its_determiner(words, i - 1)


def _after_its_determiner(words: list[str], i: int) -> bool:
    """Whether words[i] closes a noun phrase opened by a determiner, with only nouns and describers between ("a heart
    failure | nurse"): a noun, though the lexicon knows it as a verb too. Trial AK read "trust in a heart failure nurse
    they know and can reach" as a clause whose verb was "know", and worded it "…, which leads to…"."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if words[j] in _ANY_DETERMINERS:
            return True
        if not words[j].isalpha() or words[j] in STOPWORDS or _is_plural(words[j]) or _word_tags(words[j]) & {"Z", "D"}:
            return False
    return False


def _the_relatives_verb(relative: str, word: str) -> bool:
    """The word right after "who" (or after "which", "that" when it is only a verb, never a noun: "services that care
    homes provide" has its verb later) is the relative clause's verb: "women who pay receive…", "staff who are…"."""
    if relative not in ("who", "which", "that"):
        return False
    tags = _word_tags(word)
    if word in _AUXILIARIES or relative == "who" and tags & {"P", "Z", "D"}:
        return True
    return bool(tags & {"P", "Z", "D"}) and not tags & {"n", "s", "a"}


def _by_a_number(words: list[str], i: int) -> bool:
    """ "fall by 66%", "rise by 3 points": a verb of how much something changed, with its measure after it."""
    return _next(words, i) == "by" and _next(words, i + 1)[:1].isdigit()


def _verb_after_a_quantifier(words: list[str]) -> bool:
    """ "some are", "both felt listened to", "most feel safer": a verb after the quantifier, no noun it describes
    ("some trained staff", "most care packages")."""
    tags = _word_tags(words[1])
    if words[1] in _AUXILIARIES:
        return True
    if words[0] in _BEFORE_PLURALS_ONLY and "P" in tags and "s" not in tags and words[1] not in _PLURAL_WITHOUT_S:
        return not _is_plural(_next(words, 1))  # "many report feeling safer"; "many care homes" is a compound's plural
    if tags & {"n", "s"} and "P" in tags and _next(words, 1) in ("into", "onto"):
        return True  # "some move into paid work" (trial R): a verb's way into something, where "some move" is no noun
    if tags & {"n", "s"}:  # "some care", "all staff": a noun, unless what follows is a verb's ("most feel safer")
        return _verb_follows(words, 1)
    if "D" in tags and "N" in tags:  # "several reported feeling safer"; not "some trained staff"
        return _past_reading(words, 1) == CLAUSE
    return bool(tags & {"P", "Z", "D"})


def _only_a_verb(word: str) -> bool:
    """A verb's present or past form that is no noun or adjective as well ("attend", "seek", "engage"; not "support",
    "return", "attended")."""
    tags = _word_tags(word)
    return bool(tags & {"P", "D"}) and not tags & {"n", "s", "a", "N"}


def _past_reading(words: list[str], i: int) -> str | None:
    """ "staff valued the course", "older adults kept attending": a past verb with its object or an -ing after it; a
    verb of change needs none ("wellbeing improved"); "helped" with a verb's bare form after it ("children helped set up
    the app", "peers helped plan meals"), as "help" alone of English verbs takes one with no object between, where a
    participle describing its noun takes "by" or "with" ("families helped by volunteers"): trial E4's pack read "For
    children helped set up app, …". Otherwise it may describe the noun: "the information received"."""
    after = _next(words, i)
    if words[i - 1].endswith("ly"):
        return None  # "newly qualified"
    if words[i] in _PAST_OF_GIVING and after in _OBJECT_OPENERS and _is_person(words[i - 1]):
        return EITHER  # "older people offered a class": who was offered it, or who offered it
    if after in _OBJECT_OPENERS or after in _COMPARATIVES or _an_ing_form(after):
        return CLAUSE
    if words[i] == "helped" and _a_bare_verb_with_its_object(words, i + 1):
        return CLAUSE  # "children helped set up the app": "help" takes a verb's bare form; a participle never does
    if after in _PARTICLES_OF_A_VERB and _an_object_after_the_particle(_next(words, i + 1)):
        return CLAUSE  # "trusts set up continuity teams": a verb, its particle and its object (trial AR read "In trusts set up…")
    if words[i] in _PAST_OF_CHANGE:
        return CLAUSE
    return EITHER


def _a_bare_verb_with_its_object(words: list[str], i: int) -> bool:
    """Whether words[i] is a verb's bare form going on with its particle or object ("set up the app", "plan meals",
    "move house"), not a word a participle takes to say where ("helped home from hospital", "helped back to work")."""
    word, after = _next(words, i - 1), _next(words, i)
    if "P" not in _word_tags(word) or word in _PREPOSITIONS | _PARTICLES_OF_A_VERB or not after:
        return False
    return after in _PARTICLES_OF_A_VERB or after in _OBJECT_OPENERS or after not in _PREPOSITIONS | STOPWORDS


_PREPOSITIONS_IN_ING = frozenset("during including excluding regarding concerning according notwithstanding".split())
"""Prepositions spelt as a verb's "-ing" form: "people discharged during the pandemic" is no past verb with an "-ing"
after it ("older adults kept attending"); trial BA read "Where people discharged during COVID-19 who were given…"."""


def _an_ing_form(word: str) -> bool:
    """A verb's "-ing" form, as far as its spelling tells: not a short word ("sing", "king") nor a preposition."""
    return word.endswith("ing") and len(word) > 4 and word not in _PREPOSITIONS_IN_ING


_PARTICLES_OF_A_VERB = frozenset("up out off down over back away".split())
"""Particles a verb takes before its object ("set up", "took over", "cut off"); a participle that describes ("services
set up by the trust", "families cut off from care") has a preposition after its particle, not an object."""


def _an_object_after_the_particle(word: str) -> bool:
    """Whether a word after a verb's particle opens its object: a determiner, or a word that is no function word and no
    preposition ("continuity teams", "the service"), not "by", "from", "to"…"""
    if word in _OBJECT_OPENERS:
        return True
    return word[:1].isalpha() and word not in STOPWORDS and word not in _PHRASE_OPENERS and word not in _PREPOSITIONS


_EACH_AND_ALL = frozenset("each every all both".split())
"""Determiners that open an object after a verb ("visits each class"); without a subject's determiner before the word
they may follow a noun too ("home visits each week")."""
_SINGULAR_DETERMINERS = frozenset("a an each every this another one either neither".split())
"""Determiners no plural noun follows as its head: "a link worker", never "a link workers"."""
_ANY_DETERMINERS = _SINGULAR_DETERMINERS | frozenset("the its their his her our my your".split())
_FIGURES_OF = {
    **{word: str(n) for n, word in enumerate("two three four five six seven eight nine ten eleven twelve".split(), 2)},
    **{word: str(n) for n, word in zip(range(20, 60, 10), "twenty thirty forty fifty".split())},
    "hundred": "100",
    "dozen": "12",
}
"""Number words and the figure each says: "six months" is "6 months" (`in_figures`)."""
_NUMBERS = frozenset(_FIGURES_OF)
_NUMBER_WORD = re.compile(rf"\b({'|'.join(_FIGURES_OF)})\b", re.IGNORECASE)


def in_figures(text: str) -> str:
    """A text with each number word written as its figure ("followed up for six months" → "followed up for 6 months"):
    a number written in words and in figures is one number, whichever a study's authors chose (helper H0: `round close
    --check` named 'six months' as one study's, though another source said "6 months")."""
    return _NUMBER_WORD.sub(lambda found: _FIGURES_OF[found.group(1).lower()], text)


_COUNTS = "|".join(sorted(_NUMBERS))
_A_RATIO = re.compile(rf"\s*(?:\d+|one|{_COUNTS})\s+(?:in|out\s+of)\s+(?:\d+|{_COUNTS})\b", re.I)
"""A ratio that opens a part ("one in four", "2 out of 3"): a quantity that stands for those it counts as "some" does,
so a verb after it is theirs ("one in four had no information") and a noun what it counts ("one in three residents");
trial BU read "one" as an adjective before "in" ("…, with this outcome: one in four had no information")."""


def _agrees_with_its_subject(words: list[str], i: int) -> bool:
    """Whether words[i], a verb's third person or a plural noun ("visits", "phones", "runs"), is the verb of the noun
    phrase before it, by number and by what follows it:

    - that phrase opens with a determiner no plural follows ("a link worker phones within a week", "each tenant pays
      late"), and no singular noun follows for the word to describe ("a needs assessment", "a benefits adviser");
    - or that phrase opens with any determiner and an object follows: "each", "every", "all" ("the school nurse visits
      each class"), a plural noun ("the pharmacist reviews medicines", "the housing officer calls tenants": two plural
      nouns in a row make no noun phrase), an adjective with no noun after it ("the ward runs short of midwives",
      "the pharmacy runs low on stock"), or a participle with one ("the school shares anonymised pupil data").

    A phrase without a determiner ("home visits by health visitors", "peer support groups") or after a possessive
    ("a patient's home visits") is not read: its number is not known, and it is no subject."""
    determiner = _subjects_determiner(words, i)
    if not determiner:
        return False
    after = _next(words, i)
    if determiner in _SINGULAR_DETERMINERS and not _a_noun_to_describe(after) or after in _EACH_AND_ALL:
        return True
    if _is_plural(after) and after not in _SUBJECT_PRONOUNS and after[:1].isalpha():
        return True
    tags = _word_tags(after)
    if _a_described_object_follows(words, i):
        return True  # "the ED shares anonymised violence data": a participle describing the object (trial AM read "In the ED…")
    return "a" in tags and "s" not in tags and not after.endswith("ing") and not _a_noun_to_describe(_next(words, i + 1))


def _subjects_determiner(words: list[str], i: int) -> str:
    """The determiner that opens the noun phrase right before words[i] ("a | link worker", "the | ward"): the words
    between are nouns and describers, none plural nor a number; "" where another word comes first (a preposition: "care
    for a family", a possessive: "a patient's home", a comma, an -ing phrase after a noun: "an NGO launching care
    groups") or none does."""
    j = i - 1
    while j >= 0 and words[j] not in _ANY_DETERMINERS:
        word = words[j]
        if not word[:1].isalnum() or word in STOPWORDS or word in _PHRASE_OPENERS or _is_plural(word) or "'" in word:
            return ""
        if word in _NUMBERS or not re.search("[a-z]", word):
            return ""  # "an extra three home visits", "a further 6 sessions": what a number counts is plural
        if word.endswith("ing") and len(word) > 4 and j and not _modifies_what_follows(words[j - 1]):
            return ""  # "an NGO launching care groups": a phrase after the noun, whose own noun is "care groups"
        j -= 1
    if j < 0 or j == i - 1 or j and (words[j - 1] in _PHRASE_OPENERS or words[j - 1] in STOPWORDS):
        return ""
    return words[j]


def _modifies_what_follows(word: str) -> bool:
    """A determiner or an adjective that is no noun: an -ing word after it describes the noun after that ("a visiting
    nurse", "a social housing officer"); after a noun it opens a phrase of its own ("an NGO launching…")."""
    tags = _word_tags(word)
    return word in _ANY_DETERMINERS or "a" in tags and "s" not in tags


def _a_noun_to_describe(word: str) -> bool:
    """A singular noun (or a word the lexicon does not know, read as one) that a word before it may describe: "a needs
    | assessment"; not a function word, an adverb, a plural or an adjective alone."""
    if not word or not word[:1].isalpha() or word in STOPWORDS or word in _PHRASE_OPENERS or word in _EACH_AND_ALL:
        return False
    if word in _ADVERBS_AFTER_A_VERB or word.endswith("ly") and len(word) > 4 or _is_plural(word):
        return False
    tags = _word_tags(word)
    return not tags or "n" in tags


_PAST_OF_GIVING = frozenset(
    "offered sent showed shown told asked allowed denied granted awarded promised taught paid lent handed assigned owed "
    "refused charged issued".split()
)
"""Past forms of verbs that take two objects ("offer someone something"), whose participle keeps one: people "offered a
place" are those it was offered to, so an object after one does not make it a past verb (trial U read "Where older
people offered a falls-prevention intervention, …")."""
_PARTICIPLES_OF_GIVING = _PAST_OF_GIVING | {"given"}
"""Their participles, with "given", which the lexicon lists only as an adjective and a noun ("a given"): after a word
that may be a plural noun, one describes it ("ward teams given discharge coaching", "clinics given extra funding"),
so that word is no verb with an object after it (trial BC read "Where ward teams given discharge coaching, …")."""


def _verb_follows(words: list[str], i: int) -> bool:
    """What follows a verb and not a noun: its object ("find the service"), an adverb ("returns once", "costs less"),
    an adjective ("stay engaged"), "to" and a verb ("struggle to keep") or another verb ("approach and refer")."""
    after = _next(words, i)
    then = _next(words, i + 1)
    if after in _OBJECT_OPENERS or after in _COMPARATIVES or after in _ADVERBS_AFTER_A_VERB or after in _BOUNDARIES:
        return True
    if after.endswith("ly") and len(after) > 4:
        return True
    tags = _word_tags(after)
    if "a" in tags and not tags & {"n", "s"} and not after.endswith("ing"):
        # "stay engaged", "feel safe"; an -ing word describes a noun ("community teams moving to…"). A word that is a
        # plural noun too takes an adjective after it only as a verb that links to it ("patient stays calm"): else the
        # adjective describes the noun ("primary care teams new to paramedics", "CP programs reliant on grants";
        # trial CZ's pack read "Where primary care teams new to paramedics, …")
        # A preposition the lexicon lists as an adjective too ("after", "past") opens a phrase, as after any verb.
        linking = words[i] in _LINKING_VERBS or words[i] in _LINKING_TOO or after in STOPWORDS
        return "s" not in _word_tags(words[i]) or linking
    if after == "to" and "P" in _word_tags(then):
        return True
    return after in ("and", "or") and bool(_word_tags(then) & {"P", "Z", "D"}) and not _word_tags(then) & {"n", "s", "a"}


def _a_described_object_follows(words: list[str], i: int) -> bool:
    """Whether words[i] is followed by a describer (an adjective, or a participle that is no noun) and then a noun, one or
    many ("shares | anonymised data", "question | young men", "funds | local services"): a second noun phrase, which a
    noun phrase does not run straight on into, so words[i] is the verb between them. A context a person types reads so
    as often as a coder's: trial AM read "In the emergency department shares anonymised data…" and "For police question
    young men…". Not a participle after a word that may be a plural noun with no determiner before it ("home visits
    planned weeks ahead"), which it may describe."""
    after, then = _next(words, i), _next(words, i + 1)
    if not after.isalpha() or after in STOPWORDS or after in _PHRASE_OPENERS:
        return False
    describer = _word_tags(after)
    participle = describer & {"D", "N"} and not describer & {"n", "s"} or after in _PARTICIPLES_OF_GIVING
    participle = participle or not describer and after.endswith("ed") and len(after) > 4  # "anonymised", not in the lexicon
    adjective = "a" in describer and "s" not in describer and not after.endswith("ing")
    if not (participle or adjective):
        return False
    if participle and "s" in _word_tags(words[i]) and not _subjects_determiner(words, i):
        return False
    plural = _is_plural(then) and then.isalpha() and then not in _SUBJECT_PRONOUNS and then not in _PHRASE_OPENERS
    return _a_noun_to_describe(then) or plural


_PREPOSITIONS_AFTER_ADJECTIVES = frozenset("about with in to for of than at from".split())


def _a_mass_noun_object(words: list[str], i: int) -> bool:
    """ "staff gain knowledge about…", "police lack training": after a base form, a singular noun that is no verb form
    and ends its phrase or opens a preposition's; a verb's object, as a compound noun after "staff support" would read
    oddly ("staff support knowledge"). Trial AE read "staff gain knowledge about appropriate prescribing means that…"."""
    after, then = _next(words, i), _next(words, i + 1)
    if not after[:1].isalpha() or after in STOPWORDS or _is_plural(after) or _word_tags(after) & {"P", "Z", "D", "a"}:
        return False
    return not then or then in _PREPOSITIONS or then == "of" or then in ",;("  # "staff take ownership of…" (trial AN)


def _counted_as_plural(words: list[str], i: int) -> bool:
    """A noun phrase before words[i] opened by a word that counts only plurals ("fewer", "many", "several"; "shorter and
    fewer") whose words before words[i] are no plural: words[i] is its plural head ("fewer antibiotic courses"), not a
    verb agreeing with a singular subject (trial AE read "with this outcome: shorter and fewer antibiotic courses")."""
    j = i - 1
    while j >= 0 and words[j] not in _BEFORE_PLURALS_ONLY | {"fewer"}:
        if not words[j][:1].isalpha() or words[j] in _PHRASE_OPENERS - {"and", "or"} or _is_plural(words[j]) or "'" in words[j]:
            return False
        j -= 1
    return 0 <= j < i - 1 and words[i - 1] not in ("and", "or")


def _an_adjective_alone(words: list[str]) -> bool:
    """ "safer", "less alone", "more confident about managing it": an adjective with no noun, which neither "so" nor
    "which leads to" can take."""
    i = 1 if words[0] in _DEGREE_WORDS and len(words) > 1 else 0
    after = _next(words, i)
    return (not after or after in _PREPOSITIONS_AFTER_ADJECTIVES) and "a" in _word_tags(words[i])


def _a_participle_with_nothing_to_describe(words: list[str]) -> bool:
    """Whether a part opens with a verb's past form that is no noun ("conveyed", "died", "admitted") and no noun follows
    for it to describe: the end, an adverb or a preposition ("conveyed anyway", "died in their preferred place",
    "admitted within a week"). It says what happened to or was done by people not named, so it is no noun phrase,
    which "leads to" would take (trial BT: "fear of blame leads to conveyed anyway"); "improved adherence" is one."""
    tags = _word_tags(words[0])
    if not tags & {"D", "N"} or tags & {"n", "s"} or "," in words:
        return False  # "isolated at home, older people lose touch": the clause after its comma
    after = _next(words, 0)
    return _nothing_to_describe(after) or after in _PREPOSITIONS and after != "of"


def _noun_or_verb(word: str) -> bool:
    tags = _word_tags(word)
    return bool(tags & {"P", "Z"}) and bool(tags & {"n", "s"})


def _a_mass_noun_after(word: str) -> bool:
    """A word after a base form that can only be a noun taking no article ("feedback", "advice", "information"): no
    function word, and no form of a verb or plural (`word_forms.txt` tags none), so "give feedback" is a verb and its
    object where "wait times", "cut costs", "build trust" may be a noun phrase."""
    return word.isalpha() and len(word) > 2 and word not in ENGLISH_STOPWORDS and not _word_tags(word) - {"n"}


def _a_verb_with_no_noun_after(first: str, second: str) -> bool:
    """ "stopped", "disclosed more", "attend regularly": a word that is only ever a verb, and no noun after it for it to
    describe ("improved adherence")."""
    if not _nothing_to_describe(second):
        return False
    tags = _word_tags(first)
    return bool(tags & {"P", "Z", "D"}) and not tags & {"n", "s", "a"}


def _nothing_to_describe(word: str) -> bool:
    """The end, or a word that is no noun: what follows a word that does not describe a noun."""
    return not word or word in _COMPARATIVES or word in _ADVERBS_AFTER_A_VERB or word.endswith("ly") and len(word) > 4


def _before_adverbs(words: list[str], i: int) -> str | None:
    """The word before words[i], past any adverb between a subject and its verb ("men never return"); None at the start.
    A word in -ly right after a determiner is the noun itself ("a family visits weekly"), no adverb."""
    j = i - 1
    while j > 0 and (words[j] in _PRE_VERB_ADVERBS or words[j].endswith("ly") and len(words[j]) > 4):
        if words[j] not in _PRE_VERB_ADVERBS and words[j - 1] in _ANY_DETERMINERS:
            break
        j -= 1
    return words[j] if j >= 0 and j < i else None


def _closes_no_subject(word: str) -> bool:
    """No subject ends with a determiner, preposition, comparative, possessive or auxiliary."""
    return word in _NOT_BEFORE_A_FINITE_VERB or word in _AUXILIARIES or word.endswith("'") or word.endswith("'s")


def _describes_what_follows(word: str) -> bool:
    """An adjective or participle that is no noun describes the word after it ("fewer missed visits", "sexual risk")."""
    tags = _word_tags(word)
    return bool(tags & {"a", "N"}) and not tags & {"n", "s"}


def _is_plural(word: str) -> bool:
    """ "teachers", "men", "they"; not "diabetes", "loneliness" or "access". A word the lexicon does not know is plural
    when it ends in s ("referrers"), but one joined by a hyphen has the number of its last part where the lexicon knows
    that ("pre-dialysis", "post-diagnosis" as "dialysis"; "co-workers" as "workers"): trial BU read "a clinic in a
    pre-dialysis service" as plural people and their verb ("Where a nurse-led options clinic in a pre-dialysis
    service, …")."""
    if word in _PLURAL_WITHOUT_S or word in ("we", "they", "you", "i"):
        return True
    tags = _word_tags(word)
    if "s" in tags:
        return True
    if _a_phrase_hyphenated(word):
        return False  # "out-of-hours care", "after-hours care": a modifier, never a plural subject ("hours care")
    last = word.rpartition("-")[2]
    if not tags and last != word and _word_tags(last):
        return _is_plural(last)
    return not tags and word.endswith("s") and not word.endswith("ss") and not word.endswith("'s")


def _a_phrase_hyphenated(word: str) -> bool:
    """A phrase written as one word with hyphens, a preposition or "of" or "to" inside it or opening it
    ("out-of-hours", "after-hours", "end-of-life", "day-to-day", "in-home"): English hyphenates a phrase so only where
    it describes the noun after it ("out-of-hours care" is care out of hours), so it has no number of its own, whatever
    its last word's (helper K7: "out-of-hours care" was read as "hours" and their verb "care", and the pack said "Where
    out-of-hours care, …"). A plural made of figures ("over-65s") is a noun: people over 65."""
    pieces = word.split("-")
    if len(pieces) < 2 or any(not piece.isalpha() for piece in pieces):
        return False
    return any(piece in _PREPOSITIONS or piece in ("of", "to", "out", "up") for piece in pieces[:-1])


def is_plural(word: str) -> bool:
    """Whether a word in small letters is a plural noun or one that agrees as a plural ("calls", "staff", "people")."""
    return _is_plural(word)


def is_a_person(word: str) -> bool:
    """Whether a word in small letters names a person or people ("nurse", "patients")."""
    return _is_person(word)


def _next(words: list[str], i: int) -> str:
    return words[i + 1] if i + 1 < len(words) else ""


_lexicon = english_word_tags
"""The English lexicon's word forms and their tags, read the first time a sentence needs a word looked up."""


_NO_TAGS: frozenset[str] = frozenset()


def _word_tags(word: str) -> frozenset[str]:
    if not word:
        return _NO_TAGS
    tags = _lexicon().get(word)
    if tags is None:
        return _a_prefixed_verbs_tags(word)
    return tags


_VERB_PREFIXES = ("re", "mis")
"""Prefixes that make a verb of a verb ("rehouse", "misread"); not "out", "over", "under", which open nouns too
("outcomes" is no "out" + "comes")."""


def _a_prefixed_verbs_tags(word: str) -> frozenset[str]:
    """A word the lexicon does not list that is a verb it does list after "re" or "mis" ("rehouses", "rehoused",
    "misreads"), or after "co-" ("co-design", "co-produces": helper K4 read "In ASHAs co-design msgs in Delhi"): the
    verb's tags, so "the team rehouses them" is read as a clause as "the team houses them" is (trial AQ
    read "…, the team rehouses them without discharging them … means that…")."""
    for prefix in (*_VERB_PREFIXES, "co-"):  # "co-design", "co-produce": with its hyphen, as "co" opens "cover", "count"
        rest = word.removeprefix(prefix).removeprefix("-")
        if rest != word and len(rest) >= 4:
            tags = _lexicon().get(rest, _NO_TAGS)
            if prefix == "co-" and tags & {"D", "N"}:
                continue  # "co-located", "co-produced": a participle, read as before ("GP practices co-located with…")
            if tags & {"P", "Z", "D"}:
                return tags
    return _NO_TAGS


def _outcome_frame(mechanism: str, outcome: str, context: str = "") -> str:
    """What joins a mechanism to its outcome: "so" before a clause, "which leads to" before a noun phrase, and a colon
    after ", with this outcome" before what could be either ("their tax returns"); an outcome coded as a verb phrase
    without its subject ("do not take up the referral", "drop out") takes the mechanism's subject where it is a pronoun
    ("they feel out of place, so they drop out"), else follows that colon too."""
    if _surely_a_noun_phrase(mechanism):
        return _a_noun_phrases_verb(mechanism, outcome, context)
    so = ", and so " if re.search(r",\s+so\b", mechanism) else ", so "  # "…, so they feel unsure, and so care …": one "so" each
    if _a_noun_phrase_then_but(outcome):
        return ", which leads to "  # "…, which leads to fewer falls, but injuries did not change" (trial AU)
    if a_change_that_did_not_come(outcome):
        form = outcome_form(outcome)
        if form == CLAUSE:  # "students learn problem-solving skills, but the programme did not prevent depression"
            return ", and " if re.search(r",\s+but\b", mechanism) else ", but "  # "…, but the gains fade, and…": one "but"
        if form == NOUN_PHRASE and _words(outcome)[:1] == ["no"]:
            return ", but with "  # "…, but with no effect on adherence"
    if _the_persons_next_verb(mechanism, outcome):
        return ", and so "  # "young person feels fobbed off, and so refuses or disengages…" (trial BY: "which leads to refuses")
    if _a_verb_after_peoples_clause(mechanism, outcome):
        return ", which "  # "prisoners felt treated with dignity, which supports rehabilitation" (re-check RH1)
    if _a_verb_and_its_object(outcome):  # "reduces loneliness", "frees them to…": the mechanism does it, or one person
        who = _who_acts(mechanism, outcome, context)
        return f"{so}{who} " if who else ", which "  # trial W read "…to the group, which leads to reduces loneliness"
    if _lacks_its_subject(outcome):
        if _what_changes_it(outcome) and not _names_its_people(mechanism):
            return ", which "  # "…, classes teaching skills, which did not increase social support": not "so they"
        who = _who_acts(mechanism, outcome, context)
        return f"{so}{who} " if who else ", with this outcome: "
    return {CLAUSE: so, NOUN_PHRASE: ", which leads to "}.get(_outcomes_reading(outcome), ", with this outcome: ")


def _the_persons_next_verb(mechanism: str, outcome: str) -> bool:
    """Whether an outcome coded as a verb's third person and what follows it ("refuses the offer", "drops out",
    "refuses or disengages from the link worker") says what one person did next, after a mechanism whose clause's
    subject is that person, named by a noun ("young person feels fobbed off and dismissed"): the clause's second verb,
    which goes on from it after ", and so". Trial BY read "…, young person feels fobbed off and dismissed, which leads to
    refuses or disengages from the link worker"; "which refuses the offer" made the feeling refuse. Not a verb of
    change ("reduces loneliness"), which the mechanism does (`_a_verb_and_its_object`); not after "he" or "she", who
    are named again (`_who_acts`); not a plural noun ("visits to the clinic")."""
    words = _words(outcome)
    tags = _word_tags(words[0]) if words else _NO_TAGS
    if "Z" not in tags or words[0] in _AUXILIARIES:
        return False
    after = _next(words, 0)
    joined = after in ("and", "or") and "Z" in _word_tags(_next(words, 1))
    changed = {words[0], words[0].removesuffix("s"), words[0].removesuffix("es")} & (_CHANGE_VERBS | _IMPROVING)
    if changed <= _CHANGES_WITHOUT_AN_OBJECT and after in _OBJECT_OPENERS:
        changed = set()  # "declines the referral": refuses it, no change the mechanism made
    if changed and after not in _ADVERBS_AFTER_A_VERB:
        return False  # "reduces loneliness"; not "drops out"
    if "s" in tags and not (
        after in _OBJECT_OPENERS or after in _ADVERBS_AFTER_A_VERB or joined or not after or _a_bare_object(words)
    ):
        return False
    form, verb = _form_and_verb(mechanism)
    said = _words(mechanism)
    if form != CLAUSE or not verb or "Z" not in _word_tags(said[verb]) and said[verb] not in ("is", "was", "has", "does", "did"):
        return False
    return _one_person(said[verb - 1])


def _a_verb_after_peoples_clause(mechanism: str, outcome: str) -> bool:
    """Whether an outcome opens with a word that is a verb's third person and a plural noun alike ("supports", "helps",
    "increases") and its bare object (`_a_bare_object`: "supports rehabilitation"), after a mechanism whose subject is
    people in the plural ("prisoners felt treated with dignity", "they feel respected"): the verb's singular cannot be
    theirs, so it is what the mechanism did, joined by ", which". Re-check RH1: CU's MAXQDA passage "which supports
    rehabilitation" lost its "which" and the pack read "prisoners felt treated with dignity…, which leads to supports
    rehabilitation". A word that is a singular noun too ("needs assessment", "sports injuries") or a verb of change
    English uses without an object ("falls prevention") heads a noun phrase, and is left."""
    words = _words(outcome)
    if len(words) < 2 or words[0] in _CHANGES_WITHOUT_AN_OBJECT or not _a_bare_object(words):
        return False
    if outcome_form(outcome) == CLAUSE or any(word in _AUXILIARIES for word in words[1:]):
        return False  # "repairs are done sooner": a plural noun and its verb
    tags = _word_tags(words[0])
    if not {"Z", "s"} <= tags or "n" in tags:
        return False
    subject = _mechanisms_subject(mechanism)
    return bool(subject) and (subject[0] in ("they", "we") or _is_person(subject[-1]) and _is_plural(subject[-1]))


def _a_bare_object(words: list[str]) -> bool:
    """Whether the word after an outcome's first word, one that is a verb's third person and a plural noun alike
    ("starts", "visits"), is its object with no article ("starts dialysis by default", "starts HD without considering
    alternatives", "visits clinic more often"): a word that is no verb's form nor a preposition, with no verb's third
    person or past form after it, so the first word is the outcome's only verb. A plural noun that heads a noun phrase
    has its verb after ("needs assessment completed late"), or a preposition after it ("visits to the clinic"). Trial CW:
    the pack read "pt defers to doctor's authority, which leads to starts HD without considering alternatives". An -ing
    form after a verb that takes one as its object (`verbs_before_an_ing`: "starts missing visits", "keeps skipping
    meals") is that object, and what follows it is its own: re-check RH2 read "patient feels fobbed off, which leads to
    starts missing visits"."""
    after = _next(words, 0)
    if after.endswith("ing") and words[0] in verbs_before_an_ing() and not _word_tags(after) & {"Z", "D"}:
        return True
    if _a_things_own_doing(after, _next(words, 1)):
        return False  # "costs rising for families", "visits running late": the plural noun's own verb (helper N3 saw
        # "patient feels fobbed off, and so costs rising for families")
    if not after or not after.isalpha() or after in _PREPOSITIONS or after in _BOUNDARIES or _word_tags(after) & {"Z", "D", "P"}:
        return False
    return not any(_word_tags(word) & {"Z", "D"} for word in words[2:])


def _a_things_own_doing(word: str, after: str) -> bool:
    """Whether an -ing form after a plural noun is that noun's own verb: the -ing form of a verb a thing does with no
    one doing it (`verbs_things_do`: "rise", "run", "fall", "grow"), with no noun after it, only a preposition, an
    adverb or an adjective ("costs rising for families", "visits running late", "rates falling sharply"). The -ing form
    of a verb only a person does to something is a noun, an object ("funds training for staff", "offers befriending"),
    and so is one before a noun ("runs walking groups")."""
    if len(word) < 5 or not word.endswith("ing") or _word_tags(word) & {"Z", "D", "P", "n", "s"}:
        return False
    stem = word[:-3]
    bases = (stem, f"{stem}e", stem[:-1] if stem[-1:] == stem[-2:-1] else "")
    if not any(base in verbs_things_do() for base in bases if base):
        return False
    return (
        not after
        or after in _PREPOSITIONS
        or after in _ADVERBS_AFTER_A_VERB
        or after in STOPWORDS
        or after.endswith("ly")
        or "a" in _word_tags(after)
    )


_BUT_AFTER_A_PART = re.compile(r"[,;]\s+(?:but|yet|while|whereas)\s", re.I)


def _a_noun_phrase_then_but(outcome: str) -> bool:
    """Whether an outcome opens with a noun phrase and goes on after ", but" ("Less quinolone use for UTI, but total
    prescribing did not decrease", "Fewer falls, but injuries did not change"): what the mechanism led to is that
    phrase, so it is joined as a noun phrase is, though the clause after "but" makes the whole read as one; joined with
    "but" or "so" it read "…, but fewer falls, but injuries did not change" (trial AU)."""
    first = _BUT_AFTER_A_PART.search(outcome)
    return bool(first) and outcome_form(outcome[: first.start()]) == NOUN_PHRASE


def _a_noun_phrases_verb(mechanism: str, outcome: str, context: str = "") -> str:
    """What joins a mechanism coded as a noun phrase ("a named midwife for the whole pregnancy", "feeling judged by
    staff") to its outcome: a verb, with the phrase as its subject, where the comma frames left a sentence with none
    (trial AA read "…, early identification of homelessness and a link to housing options, which leads to improved
    discharge outcomes."): "leads to" a noun phrase, "means that" a clause, "has this outcome:" what may be either;
    an outcome coded as a verb and its object ("reduces stigma") takes the phrase as its subject. Each agrees with the
    phrase (`_a_plural_subject`); an aside that closes the phrase ("a referral letter alone, without a follow-up call")
    is closed by a comma too."""
    closed = "," if _ends_with_an_aside(mechanism) else ""
    plural = _a_plural_subject(mechanism.rpartition(",")[0] if closed else mechanism)  # "help, including plans and a mentor"
    if _lacks_its_subject(outcome) and _what_changes_it(outcome) and not _names_its_people(mechanism):
        return f"{closed} "  # "remote telemedical management did not reduce mortality", not "means that they did not…"
    if _a_verb_and_its_object(outcome) and not plural and not _a_mind_doing_an_act(mechanism, outcome):
        return f"{closed} "
    if _lacks_its_subject(outcome) or _a_verb_and_its_object(outcome):
        who = _who_acts(mechanism, _for_several(outcome), context) or "people"  # one person's verb: as theirs
        return f"{closed} {'mean' if plural else 'means'} that {who} "
    form = _outcomes_reading(outcome)
    if form == NOUN_PHRASE and (found := _what_a_null_found(outcome)):  # "peer support made no significant difference…"
        return f"{closed} {found} "
    if form == NOUN_PHRASE or _a_noun_phrase_then_but(outcome):  # "…leads to less quinolone use, but…" (re-check AU)
        return f"{closed} {'lead' if plural else 'leads'} to "
    if form == CLAUSE:
        return f"{closed} {'mean' if plural else 'means'} that "
    return f"{closed} {'have' if plural else 'has'} this outcome: "


_A_NULL_NOUN = re.compile(r"^(?:no|little|negligible|minimal)\s+(?:\w+\s+)?(?P<noun>\w+)\b", re.I)


def _what_a_null_found(outcome: str) -> str:
    """The verb that says a null finding coded as a noun phrase ("no significant difference in rearrest", "little
    effect on adherence": `nulls.a_change_that_did_not_come`) was what the studies found, where "leads to" would make
    the absence of a change read as a thing the mechanism brings about (helper K3: "peer support leads to no significant
    difference in rearrest", and a lived-experience member answered "Dont say it didnt work"): one MAKES a difference,
    a change or an impact, and a study SHOWS an effect, a benefit or an improvement; `_segments` then says the finding
    is the studies' (" (in these studies)"). Empty for any other outcome."""
    found = _A_NULL_NOUN.match(outcome)
    if not found or not a_change_that_did_not_come(outcome):
        return ""
    return "made" if found.group("noun").casefold().rstrip("s") in {"difference", "change", "impact"} else "showed"


def _a_mind_doing_an_act(mechanism: str, outcome: str) -> bool:
    """A mechanism whose head is a state of mind ("fear of serious consequences", "the belief that…") before an outcome
    coded as an act only people do ("prescribes abx", "withholds treatment"), by WordNet (`acts_of_people`): a fear does
    not prescribe, people do, so the outcome is theirs ("… means that people prescribe abx"), where trial CG's pack
    read "fear of serious consequences - better safe than sorry prescribes abx". Verbs things do too ("reduces",
    "prompts") keep the mechanism as their subject, as does a mechanism naming what is no state of mind."""
    words, verbs = _words(mechanism), _words(outcome)
    if not words or not verbs:
        return False
    acts, minds = acts_of_people()
    return words[_head_of(words, 0)] in minds and _for_several(verbs[0]) in acts


def _after_its_frame(frame: str, outcome: str) -> str:
    """An outcome coded without its subject as it reads after the "they" or "people" its frame gives it: its first verb
    in their form (`_for_several`), as a mechanism given one is (trial BL). Trial CG read "staff shortages mean that people
    attends fewer visits" and "… means that people is more likely to attend"; an outcome after any other frame as it is."""
    if not frame.endswith((" they ", " people ")):
        return outcome
    return _for_several(outcome)


def _what_changes_it(outcome: str) -> bool:
    """An outcome coded as a verb of change and its object, without a subject, after an auxiliary or a negation or in
    the past: "did not reduce all-cause mortality", "did not increase social support", "reduced admissions". What
    changed something is the mechanism, not the people: "so they did not increase social support" read as if the young
    people had (trial AJ), "means that they did not reduce mortality" as if the patients had (trial AK). A modal verb
    hedges it as "did" does ("may reduce admissions"): after a thing the sentence made the mechanism's subject ("it gives
    staff time to phone patients"), re-check RH2 read "…, so people may reduce admissions"."""
    words = _words(outcome)
    k = 0
    while k < len(words) and (words[k] in _NEGATIONS or words[k] in _HEDGING_MODALS or words[k] in _DO_FORMS):
        k += 1
    if k >= len(words) - 1:
        return False
    verb, after = words[k], words[k + 1]
    base = {verb, verb.removesuffix("d"), verb.removesuffix("ed"), verb.removesuffix("s")}
    if not base & (_CHANGE_VERBS | _IMPROVING):
        return False
    if not k and verb in _CHANGE_VERBS and not verb.endswith("ed"):
        return False  # "falls in admissions", "increase in uptake": a noun, not a verb without its subject
    return after not in _PHRASE_OPENERS and after not in _ADVERBS_AFTER_A_VERB and after[:1].isalpha()


_DO_FORMS = frozenset("did does do didn't doesn't don't".split())
_IMPROVING = frozenset("improve worsen lower raise shorten lengthen".split())
_CHANGES_WITHOUT_AN_OBJECT = frozenset("rise rises fall falls decline declines".split())
"""Verbs of change English uses without an object ("attendance declines"): with one they say something else ("declines
the referral", refuses it), what a person did next (trial CS's pack read "the patient feels fobbed off, which declines the
referral")."""


def _names_its_people(mechanism: str) -> bool:
    """Whether a mechanism's subject is people or a pronoun for them (`_mechanisms_subject`)."""
    words = _words(mechanism.partition("; ")[2] or mechanism)
    if not words:
        return False
    if words[0] in _SUBJECT_PRONOUNS:  # "it leaves residents unsettled": the pronoun is its subject, as `_mechanisms_subject`
        return words[0] != "it"
    form, verb = _form_and_verb(" ".join(words))
    head = words[verb - 1] if form == CLAUSE and verb else words[_head_of(words, 0)]
    return head in _SUBJECT_PRONOUNS - {"it"} or _is_person(head) or _is_person(f"{head}s")


def _surely_a_noun_phrase(mechanism: str) -> bool:
    """A mechanism with no finite verb (`outcome_form`) that is no verb phrase coded without its subject either ("doubted
    that a mentor could help", "feel safe to disclose", "offered the place to others")."""
    bare = _without_brackets(mechanism)[0].strip()
    mechanism = bare if bare and mechanism.rstrip().endswith(")") else mechanism  # "peer support (someone … visits)"
    if outcome_form(mechanism) != NOUN_PHRASE or _lacks_its_subject(mechanism):
        return False
    words = _words(mechanism)
    tags = _word_tags(words[0]) if words else _NO_TAGS
    opens_a_verb_phrase = tags & {"P", "Z", "D"} and not tags & {"n", "s"} and not words[0].endswith("ing")
    if opens_a_verb_phrase and _next(words, 0) in _OBJECT_OPENERS | {"that", "to", "whether", "how", "what"}:
        return False
    if _a_verb_for_several_then_its_object_to(words):
        return False  # "text reminders prompt parents to return the form": a clause (trial H7)
    relative = False
    for i, word in enumerate(words[1:], 1):
        relative = relative or word in _RELATIVES or word in _SUBJECT_PRONOUNS  # "…a worker (who) they know"
        tags = _word_tags(word)
        if tags & {"P", "Z", "D"} and not tags & {"n", "s", "a", "N"} and not relative and words[i - 1] != "to":
            return False  # "some look for help, including remote support, and feel able to cope": "feel" is only a verb
    return True


def _a_verb_for_several_then_its_object_to(words: list[str]) -> bool:
    """Whether words hold a plural noun, then a word that is a verb for several ("prompt", "help", "allow"), then its
    object (a determiner or pronoun, or a plural noun) and "to" before a verb's base form: "text reminders prompt parents
    to return the form", "home visits help the family to cope". A verb taking an object and an infinitive, the finite
    verb of a clause, which no noun phrase has: "prompt" after "reminders" is no noun there, as "prompt parents to
    return" could not be one (trial H7's pack read "…, text reminders prompt parents to return the form have this
    outcome: …")."""
    for i in range(1, len(words) - 3):
        word, before, after = words[i], words[i - 1], words[i + 1]
        if "P" not in _word_tags(word) or "s" in _word_tags(word) or before in STOPWORDS or not _is_plural(before):
            continue
        if after not in _OBJECT_OPENERS and not (_is_plural(after) and after not in STOPWORDS):
            continue
        to = next((j for j in range(i + 2, min(i + 6, len(words) - 1)) if words[j] == "to"), None)
        if to is not None and "P" in _word_tags(words[to + 1]):
            return True
    return False


def _a_plural_subject(phrase: str) -> bool:
    """Whether a noun phrase takes a plural verb: two joined by "and" before what describes them ("a named GP and
    nurse", "no daytime bed and staff without training"), or after it with a determiner of their own ("screening of
    all pupils and a referral route": "help with housing and benefits" is one); else its head's number ("home
    visits by midwives", "peer support")."""
    bare = _without_brackets(phrase)[0]
    plurals = _acronym_plurals(bare)  # "AMOs from the region": "amos" is a name in the lexicon
    words = [_ACRONYM_PLURAL_READ_AS if k in plurals else w for k, w in enumerate(_words(bare))]
    in_head = True
    for k, word in enumerate(words):
        if word in _RELATIVES and k and not _closes_no_subject(words[k - 1]) or word in _SUBJECT_PRONOUNS:
            break  # "a mentor who is available and treats them like family": its "and" is the relative clause's (trial AJ)
        if word in ("and", "&") and k:
            after, before = _next(words, k), words[k - 1]
            if after in _ANY_DETERMINERS or after in _QUANTITY or after in _OBJECT_OPENERS - {"them", "it", "us", "me"}:
                if not in_head and _pairs_with_the_prepositions_object(words, k):
                    continue  # "trust in the NHS and the school nurse": one trust, in both (trial H7)
                return True
            describers = _describes_what_follows(before) or _describes_what_follows(after)
            if in_head and not before.endswith("-") and not describers:
                return True  # "a GP and nurse"; not "a GP- and nurse-led team", "social and emotional support"
        elif word in _PHRASE_OPENERS or word in _RELATIVES or word in ",;(" or word.endswith("ing") and k:
            in_head = False
    head = words[_head_of(words, 0)] if words else ""
    return _is_plural(head) and not head.endswith("ing")


def _pairs_with_the_prepositions_object(words: list[str], k: int) -> bool:
    """Whether the "and" at `k`, after a preposition, joins a second object to that preposition: what follows it opens
    with the very determiner the preposition's object opens with ("trust in the NHS and the school nurse", "training
    for all nurses and all carers"), as "and" joins like with like. The phrase's head is then one, whatever follows;
    not where the two differ ("screening of all pupils and a referral route": two things, the second its own), nor where
    the second's noun takes an "of" of its own, as a head does ("support from the family and the flexibility of the
    schedule": two things, as the head "support" is one; helper RH4)."""
    opener = next((i for i in range(k - 1, -1, -1) if words[i] in _PREPOSITIONS or words[i] == "of"), None)
    if opener is None or opener + 1 >= k or words[opener + 1] != _next(words, k):
        return False
    return "of" not in words[k + 3 : k + 5]


def _ends_with_an_aside(phrase: str) -> bool:
    """ "a referral letter alone, without a follow-up call", "prompt action on the data, such as adjusting medication": a
    phrase after the last comma that opens with a preposition or with what gives examples (`_ASIDE_OPENERS`, "including"),
    not the last item of a list ("beds, nursing and meals"). Trial AK read "…, such as adjusting medication or arranging a
    visit leads to…", the verb run on from the example."""
    head, comma, aside = phrase.rpartition(",")
    said = _words(aside)
    opens = bool(said) and (said[0] in _PREPOSITIONS or said[0] in _ASIDE_OPENERS or said[0] == "including")
    return bool(comma) and opens and not _a_list_goes_on(head, comma + aside)


def _a_verb_and_its_object(outcome: str) -> bool:
    """An outcome coded as a verb's third person and its object, without a subject: "reduces loneliness and improves
    health", "frees them to take up activities", "increases the number of referrals". Its subject is the mechanism
    itself, which it goes on from after ", which", unless the mechanism's subject is one person (`_who_acts`). A word
    that is a plural noun too takes a determiner or a pronoun after it ("increases in attendance", "falls prevention"
    are nouns); one with no object ("drops out", "continues"), or a verb of what people do (`_FINITE`: "attends
    school", "seeks help"), says what people did, not what the mechanism did."""
    words = _words(outcome)
    if len(words) < 2 or words[0] in _AUXILIARIES or words[0] in _FINITE - _CHANGE_VERBS and words[1] not in _OBJECT_OPENERS:
        return False
    tags, after = _word_tags(words[0]), words[1]
    if after in ("and", "or") and "Z" in tags and "Z" in _word_tags(_next(words, 1)):
        return _a_verb_and_its_object(" ".join(words[2:]))  # "reduces and simplifies their medicines": two verbs, one object
    if "Z" not in tags or after in _ADVERBS_AFTER_A_VERB or after in _PHRASE_OPENERS or not after[:1].isalpha():
        return False
    return after in _OBJECT_OPENERS or not tags & {"n", "s"} and not (after.endswith("ly") and len(after) > 4)


def _outcomes_reading(outcome: str) -> str:
    """`outcome_form` of an outcome as a frame joins it: EITHER where it reads as a noun phrase only because its first
    word is a noun too, a verb's base form before a bare noun ("Decline group activities", "Miss appointments", "Refuse
    care", "Change behaviour"; `_a_base_form_or_a_noun_first`). Coders write an outcome as what people do, without its
    subject, as often as they name a measure ("Return visits", "Support group attendance", a noun before a noun), and
    English does not tell the two apart: "which leads to decline group activities" read as an order (helper G1), where
    the colon ("with this outcome: …") reads right either way. Any other outcome as `outcome_form` reads it."""
    form = outcome_form(outcome)
    return EITHER if form == NOUN_PHRASE and _a_base_form_or_a_noun_first(outcome) else form


def _a_base_form_or_a_noun_first(outcome: str) -> bool:
    """Whether an outcome opens with a word that is a verb's base form and a noun, and nothing else ("decline",
    "miss", "support"), then a bare noun with no determiner ("group activities", "appointments", "care"): the verb and
    its object, or a noun describing the noun after it. A preposition, determiner or adverb after the first word makes it
    a noun phrase ("Increase in attendance", "Return to work rates", "Use of the app": a noun and its phrase), and so
    does a word that is no noun ("Walk more"), or a second that is a verb too before a phrase of its own ("peer support
    for each other": the compound's head and its phrase)."""
    words = _words(outcome)
    if len(words) < 2 or _word_tags(words[0]) - {"D", "N"} != {"P", "n"}:
        return False  # a base form that is its own past too: "quit smoking", "cut costs"
    second = words[1]
    if not second.isalpha() or second in STOPWORDS or second in _PHRASE_OPENERS or second in _ADVERBS_AFTER_A_VERB:
        return False
    tags = _word_tags(second)
    if "P" in tags and (_next(words, 1) in _PREPOSITIONS or _next(words, 1) == "of"):
        return False  # "peer support for each other": a noun and verb too, before its phrase, the compound's head
    return not tags or bool(tags & {"n", "s"})


def _mechanisms_subject(mechanism: str) -> list[str]:
    """The words before the finite verb of a mechanism's response (after "; " where it is coded with its resource);
    where no verb is sure, its first three words up to a preposition and to their last noun for people ("the patient
    trusts…" → the, patient); [] where none names people."""
    response = mechanism.partition("; ")[2] or mechanism
    words = _words(response)
    if words and words[0] in _SUBJECT_PRONOUNS:
        return words[:1]
    form, verb = _form_and_verb(response)
    if form == CLAUSE and verb:
        subject = words[:verb]
    else:
        subject = []
        for word in words[:3]:
            if word in _PHRASE_OPENERS or not word[:1].isalnum():
                break
            subject.append(word)
        while subject and not (_is_person(subject[-1]) or _is_person(f"{subject[-1]}s")):
            subject.pop()
    return subject


_ONE_PERSONS_AUXILIARIES = frozenset("is was has does am isn't wasn't hasn't doesn't not".split())


def _who_acts(mechanism: str, outcome: str, context: str = "") -> str:
    """The subject an outcome coded without one takes after "so", where its verb agrees with it:

    - a verb's third person ("completes treatment") after a mechanism whose subject is "he" or "she": that pronoun ("she
      trusts the pharmacist, so she completes treatment"); "" after any other (the caller joins it with ", which": the
      mechanism is its subject);
    - another verb: the mechanism's own pronoun ("they feel out of place, so they drop out"), "they" where its subject
      names people, one or more ("Patients trust their recommendations, so they attend"; trial W read "…, with this
      outcome: attend"), or where it names none and the context opens with people ("For older people, cost of
      activities is a barrier, so they do not take up the referral"), else "people" ("The service is free, so
      people attend"); "" after "he"/"she" or before "is" (the caller's colon reads right then)."""
    said = _words(outcome)
    first = said[0] if said else ""
    one_person = "Z" in _word_tags(first) and "P" not in _word_tags(first) or first in _ONE_PERSONS_AUXILIARIES
    subject = _mechanisms_subject(mechanism)
    pronoun = subject[0] if len(subject) == 1 and subject[0] in _SUBJECT_PRONOUNS else ""
    if one_person or pronoun in ("he", "she"):
        return pronoun if one_person and pronoun in ("he", "she") else ""
    if pronoun and pronoun != "it":
        return "I" if pronoun == "i" else pronoun
    if any(_is_person(word) or _is_person(f"{word}s") for word in subject):
        return "they"
    return "they" if _people_first(context) else "people"


_NEGATIONS = frozenset("not never cannot".split())
_CONTRACTED_WITHOUT_APOSTROPHE = re.compile(rf"{NEGATED_AUXILIARY}nt")
"""A negative contraction typed without its apostrophe, as coders type in a spreadsheet ("dont", "cant", "wont",
"didnt"): the evidence rules read it as the denial it is (`lexicon.NEGATED_AUXILIARY`), and so does the wording."""
_BASE_VERBS = frozenset("drop stop start keep take stay return seek leave join miss lose gain use".split())


_A_PARTICLE_COMPOUND = re.compile(rf"[A-Za-z]+-(?:{'|'.join(sorted(_PARTICLES_OF_A_VERB | {'in', 'on', 'through'}))})\b(?!-)")
"""A verb and its particle written with a hyphen ("follow-up", "drop-in", "check-in", "call-back"): English writes the
phrasal verb open ("follow up the family") and its noun or adjective hyphened, so such a word opens a noun phrase, never
a verb phrase without its subject (trial LH read "For bereaved carers, they follow-up call from the nurse…")."""


def opens_without_its_subject(title: str) -> bool:
    """Whether a title opens with a finite verb and names no subject ("Gave women a sense of calm and normality", "Were
    experienced as re-traumatising"): a mechanism coded mid-sentence, whose subject the coder left out and no context
    names as people (`_title_for` gives people their own). Alone as a heading it says nothing of who or what does it,
    which only the team can word (helper CU). A past form only ("gave", "took"), a third person or an auxiliary; a past
    form that is a participle too ("Improved access", "Reduced waiting times") describes its noun, and is left."""
    words = _words(title)
    if not words or not _lacks_its_subject(title):
        return False
    first, tags = words[0], _word_tags(words[0])
    if "D" in tags and first in verbs_of_the_mind() and _a_bare_object_then_its_complement(words):
        return True  # "Equated safety with control": a mind's act with its object and complement (helper F3)
    if _a_mind_and_what_it_held(words):
        return True  # "Believed restraint kept pts safe": what a mind held, and whose mind nobody says (helper G1)
    return first in _AUXILIARIES or ("D" in tags or "Z" in tags) and "N" not in tags and "s" not in tags


def _a_bare_object_then_its_complement(words: list[str]) -> bool:
    """Whether a verb's past form (words[0]) is followed by one noun with no article, then "with" or "as" and what the
    noun is taken for ("equated safety with control", "saw restraint as care", "viewed discharge as rejection"): a
    verb of the mind and its object and complement, as a coder writes a mechanism without its subject, not a participle
    describing its noun ("Improved access", "Perceived stigma": no complement follows). Helper F3: the title
    "Equated safety with control" and "For ward staff, equated safety with control means that…" named no one."""
    if len(words) < 4 or words[2] not in ("with", "as"):
        return False
    noun = words[1]
    return noun.isalpha() and noun not in STOPWORDS and not _word_tags(noun) & {"D", "N", "Z"} and not _is_person(noun)


def _lacks_its_subject(text: str) -> bool:
    """ "do not take up the referral", "cannot attend", "stay well", "drop out", "take part", "leave the service": a verb
    phrase, where a clause has a subject first ("care continues") and a noun phrase none at all ("fewer admissions"). A
    base form that is a noun too is a verb before its object's determiner or pronoun ("support the family", "support
    each other"), as no noun phrase goes on so. A part that opens with a number opens with its subject ("911 not called",
    "3 of 10 stopped": trial CR's pack read "so people 911 not called"). Read up to the part's first comma, semicolon
    or colon: a word before one has nothing after it to take as its object ("distress; some rang clinic anyway" is a
    noun, then a clause: helper DA's pack read "…mean that people distress; some rang clinic anyway")."""
    words = re.findall(r"[a-z']+", re.split(r"[,;:]", text.lower(), maxsplit=1)[0])
    if not words or _A_PARTICLE_COMPOUND.match(text.lstrip()) or text.lstrip()[:1].isdigit():
        return False
    if words[0] in _PRE_VERB_ADVERBS and len(words) > 1:  # "still convey pts who could stay home": the verb after its
        # adverb (trial CZ's pack read "…support means that still convey pts…", no one conveying)
        return _lacks_its_subject(text.lstrip()[len(words[0]) :])
    first, second = words[0], words[1] if len(words) > 1 else ""
    if first in _NEGATIONS or (first in _FINITE and first not in _CHANGE_VERBS and second not in ("of", "in", "to")):
        return True
    if _CONTRACTED_WITHOUT_APOSTROPHE.fullmatch(first) and second.isalpha() and second != "of":  # "as is their wont"
        return True  # "dont attend dentist", "cant get an appt": a coder's "don't" typed without its apostrophe (trial CX
        # read "…competing priorities mean that dont attend dentist", no one doing it)
    if first in _BASE_VERBS and second in ("out", "up", "away", "in", "on", "off", "well", "engaged", "away", "part"):
        return True
    if first in _BASE_VERBS and len(second) > 4 and second.endswith("ing") and not second.endswith("thing"):
        return True  # "keep attending", "stop coming": the verb and the doing it keeps up or stops (trial CX read
        # "consistent provider leads to keep attending")
    tags = _word_tags(first)
    if "P" in tags and not tags & {"Z", "s"} and second in _OBJECT_OPENERS - {"no", "much", "most", "more"}:
        return True
    if "D" in tags and second in _OBJECT_OPENERS - {"no", "much", "most", "more"}:
        return True  # "tried the same changes": a past form before a determiner is its verb (trial J: "which leads to tried…")
    if "D" in tags and first in verbs_of_the_mind() and _a_bare_object_then_its_complement(words):
        return True  # "equated safety with control", "saw restraint as care": a mind's act, no noun it describes (F3)
    if _a_mind_and_what_it_held(words):
        return True  # "believed restraint kept pts safe": what a mind held, its "that" left out (helper G1)
    if "P" in tags and words[1:3] in (["each", "other"], ["one", "another"]):
        return True  # "support each other", "help one another": a verb and its object, no noun phrase ("leads to support…")
    infinitive = "P" in _word_tags(_next(words, 1)) or _next(words, 1) in ("be", "have")
    if "P" in tags and not tags & {"Z", "s", "n"} and second == "to" and infinitive:
        return True  # "expect to be moved", "decide to leave": a verb only, and its infinitive (trial AD)
    if "P" in tags and not tags & {"a"} and first in verbs_not_nouns() and _a_mass_noun_after(second):
        return True  # "give feedback to staff": a word used as a verb far more than as a noun, and a noun it takes (LK 5)
    if tags in ({"P"}, {"Z"}) and second.isalpha() and first not in verbs_read_otherwise():
        return True  # "perceive cycling as affordable": a base form that is no noun, adjective or participle describes
        # no noun after it, as "improved adherence" does (trial LB read "In commuters…, perceive cycling… leads to…");
        # nor does a verb's -s form that is no plural noun ("removes barriers of travel": trial CM read "For MH
        # clinicians based on the school site, removes barriers…"). Not a word WordNet has as no verb, a noun or a
        # clipping ("psych staff not police": trial DC read "it psyches staff…"; "temp staff", "third sector orgs")
    return _a_verb_with_no_noun_after(first, second)


def _a_mind_and_what_it_held(words: list[str]) -> bool:
    """Whether words open with the past form of a verb of the mind that takes a clause (`verbs_before_a_clause`,
    `verbs_of_the_mind`: "believed", "feared", "knew") and then a clause, its "that" left out as speech leaves it:
    "believed restraint kept pts safe", "feared staff would judge them", "thought they were a burden". The clause is
    "that" or a subject pronoun after the verb, or a noun of up to three words and then its finite verb, with more after
    it. A past form that is a noun too ("thought leaders promoted the scheme", "felt needs were met") takes only "that"
    or a pronoun after it, and one that is an adjective too is not in the list ("perceived stigma reduced uptake")."""
    if len(words) < 3 or words[0] not in verbs_before_a_clause() or words[0] not in verbs_of_the_mind():
        return False
    second = words[1]
    if second == "that" or second in _SUBJECT_PRONOUNS - {"it", "i", "you"}:
        return True
    if "n" in _word_tags(words[0]):
        return False
    if second.endswith("ing") and len(second) > 4:
        return True  # "feared being judged": the act the mind held, as its object
    for k in range(1, min(4, len(words) - 1)):
        word = words[k]
        if not word.isalpha() or word in STOPWORDS and word not in _FINITE or word in _PHRASE_OPENERS:
            return False
        if k > 1 and (word in _FINITE or "D" in _word_tags(word)) and k + 1 < len(words):
            return True  # "believed restraint | kept pts safe"
        if _word_tags(word) & {"D", "N", "Z", "P"} - {"n"} and not _word_tags(word) & {"n", "s"}:
            return False  # a verb before any noun: "feared being judged", "knew to ask"
    return False


def framed_as_a_statement(context: str) -> bool:
    """Whether every output words this context as a statement, after "Where " (`_states_itself`), not as a place or
    people after "In " or "For "."""
    return not _opens_itself(context) and _states_itself(context)


def _states_itself(context: str) -> bool:
    """A context written as a statement: its subject, then "is", "are", "has"… before any "who", "where", "when"… (so
    "services where users have histories of trauma" and "teams moving to remote working" stay places and people)."""
    if _a_point_in_time(context):
        return False  # "3 month follow up after training": a time, not "month follows up" (`context_frame`: "At …")
    words = re.findall(r"[a-z']+", context.lower())
    for position, word in enumerate(words[:8]):
        if word in _BOUNDARIES or word in _RELATIVES:
            return _a_verb_and_more_before(context, word)
        if position and word in _TIME_CONJUNCTIONS and _people_first(_before_a_time_clause(context)):
            break  # "relatives not told before a drug is stopped": people, and a clause of time's own verb (helper K2)
        if position and word in ("is", "are", "was", "were", "has", "have", "had"):
            if words[position - 1] == "to":
                continue  # "people found to have raised blood pressure": an infinitive, no clause's verb (trial AO)
            if position > 1 and _opens_a_contact_clause(words, position - 1):
                continue  # "pupils they have never taught": the verb of a relative clause without "that"
            return True
    before = _before_a_time_clause(context)
    form, verb = _form_and_verb(before)
    words = _words(before)
    if form != CLAUSE and before != clean_text(context) and words:
        whole, at = _form_and_verb(context)
        if whole == CLAUSE and at == len(words) - 1:
            form, verb = whole, at  # "support ends | after six sessions": the time phrase is its verb's, the last before it
    if verb == len(words) - 1 and _is_person(words[verb]):
        return False  # "NHS staff": people named last are whom it is for, though "staff" may be a verb
    if form == CLAUSE and verb and _described_not_stated(words, verb):
        return False
    if form == EITHER and _a_bare_persons_verb(words):
        return True  # "mother works nights", "carer lives alone": a clause whose "the" the coder left out
    return form == CLAUSE  # "street triage covers a locality", "officers respond"; "the care home runs out of staff"


def _a_bare_persons_verb(words: list[str]) -> bool:
    """Whether a context opens with a noun for one person and no article ("mother", "prison officer", "carer") and then
    a word in -s with an object, an adverb or an adjective after it: that person's verb, as after "a" or "the"
    (`_agrees_with_its_subject`), since a singular noun for a person names no context alone ("mother works nights",
    "carer lives alone", "prison officer checks cells hourly"). Not where a singular noun follows for the word to
    describe ("carer needs assessment"), where the person's noun is an adjective too ("patient records incomplete"), nor
    where a preposition follows: "inpatient wards in the first weeks of the pandemic" is a place, as a plural noun after
    a noun that describes it reads, and the lexicon does not tell it from "link worker goes with the person…"."""
    at = next((k for k, word in enumerate(words[:4]) if "Z" in _word_tags(word)), 0)
    if not at or not _one_person(words[at - 1]) or "a" in _word_tags(words[at - 1]) or _is_person(words[at]):
        return False  # "peer volunteers supervised…": people named by two nouns, not "peer" and its verb
    if any(not w.isalpha() or w in STOPWORDS or w in _PHRASE_OPENERS or _is_plural(w) for w in words[:at]):
        return False
    reached = _next(words, at)
    a_person = reached not in STOPWORDS and _one_person(reached) and not _named_for_what_they_do(reached)
    if a_person and "n" not in _word_tags(words[at]):
        return True  # "mentor meets client at the gate" (trial CF read "In mentor meets client…"): one person's verb
        # and the person it reaches; a plural describes a role named by its verb ("carer benefits adviser")
    return _goes_on_after(words, at) and not _a_noun_to_describe(_next(words, at))


def _named_for_what_they_do(word: str) -> bool:
    """A noun for a person made from a verb the lexicon knows and "-er" or "-or" ("adviser", "manager", "trainer",
    "supervisor"): a role, which a noun before it may describe ("benefits adviser", "services manager")."""
    if not word.endswith(("er", "or")):
        return False
    return any("P" in _word_tags(stem) for stem in (word[:-2], word[:-1]))


def _object_of_a_participle(words: list[str], verb: int) -> bool:
    """Whether the word a context's clause reading takes for its verb is the object of a participle in "-ing" that
    describes the people before it (an adverb may come between: "pharmacists already running…"): the word right after
    the participle ("Lady Health Workers visiting homes monthly", "health visitors seeing mothers weekly"), or the last
    word of the noun phrase an article or possessive opens after it ("pharmacists running a minor ailments service").
    Trial AV read "Where Lady Health Workers visiting homes monthly, …". A verb after the participle's object is the
    clause's own ("nurses visiting homes notice distress")."""
    at = next((k for k in range(verb - 1, 0, -1) if words[k].endswith("ing") and len(words[k]) > 4), 0)
    if not at or any(w.endswith("ing") for w in words[at + 1 : verb]):
        return False
    if verb != at + 1 and not (words[at + 1] in _ARTICLES | _POSSESSIVES and verb == len(words) - 1):
        return False
    before = at - 1 if words[at - 1] not in _PRE_VERB_ADVERBS else at - 2
    return before >= 0 and (_is_person(words[before]) or _is_person(_singular(words[before])))


def _described_not_stated(words: list[str], verb: int) -> bool:
    """Whether the word a context's clause reading takes for its verb describes its people instead: a past form of a
    verb that takes two objects right after them ("older patients offered deprescribing", "mothers given a leaflet":
    those it was offered, as a context says whom it is about; trial AP read "Where older patients offered
    deprescribing, …"), a noun for people before an adjective that opens their description ("school nurses unsure of
    the law": trial AS read "Where school nurses unsure of…"), or a noun after a preposition and an adjective
    ("patients with regular contact with…": trial AO read "Where insured patients with regular contact with the same
    nurse, …")."""
    if words[verb] in _PARTICIPLES_OF_GIVING and (_is_person(words[verb - 1]) or _is_person(_singular(words[verb - 1]))):
        return True
    if _is_person(words[verb]) and _an_adjective_only(_next(words, verb)):
        return True  # "school nurses unsure of the guidance": people an adjective's phrase describes (trial AS 9)
    if _object_of_a_participle(words, verb):
        return True  # "Lady Health Workers visiting homes monthly": "homes" is what they visit (trial AV)
    if _ends_a_resource_counted(words, verb):
        return True  # "low-income women with little family support nearby" (trial BC)
    if _object_of_a_preposition(words, verb):
        return True  # "young people without a private address or phone of their own" (trial DA)
    adjective = _word_tags(words[verb - 1])
    return verb > 1 and words[verb - 2] in _PREPOSITIONS and "a" in adjective and "P" not in adjective


def _object_of_a_preposition(words: list[str], verb: int) -> bool:
    """Whether the word a context's clause reading takes for its verb is the noun a preposition's article or possessive
    opens, with only adjectives between ("young people without a private address or phone of their own": "address"; trial
    DA's pack read "Where young people without a private address …, they …"): no verb follows an article, so it names
    what the people have or lack, as a noun phrase's description. A verb after that noun is the clause's own ("families
    with a named nurse visit weekly")."""
    k = verb - 1
    while k > 0 and "a" in (tags := _word_tags(words[k])) and "P" not in tags and words[k] not in _ARTICLES:
        k -= 1
    return 0 < k < verb and words[k] in _ARTICLES | _POSSESSIVES and words[k - 1] in _PREPOSITIONS


def _ends_a_resource_counted(words: list[str], verb: int) -> bool:
    """Whether the word a context's clause reading takes for its verb ends what a word of quantity (`_QUANTITY`: "no",
    "little", "few"…) counts in the phrase that describes its people ("women with | little family support | nearby",
    "carers with no respite care available"), with at most an adjective after it, said of that resource as in "few
    clinics nearby": a noun, as what a quantity counts is (`names_a_condition`). A verb with more after it is the
    people's ("patients with no carer struggle to attend"), and so is a linking verb before its adjective ("carers with
    little support feel alone")."""
    after = words[verb + 1 :]
    if len(after) > 1 or after and not _an_adjective_only(after[0]) or words[verb] in _LINKING_VERBS:
        return False  # "carers with little support | feel alone": a linking verb's adjective
    for k in range(verb - 1, max(0, verb - 4), -1):
        if words[k] in _QUANTITY:
            return words[k - 1] in _PERSONS_PREPOSITIONS and bool(_the_persons_head(words, k))
        if not words[k].isalpha() or words[k] in STOPWORDS or _is_plural(words[k]):
            return False
    return False


def _an_adjective_only(word: str) -> bool:
    """A word read only as an adjective ("unsure", "anxious", "reluctant"): no verb, no noun, no past form."""
    tags = _word_tags(word)
    return "a" in tags and not tags & {"P", "Z", "D", "N", "n", "s"}


def _a_verb_and_more_before(context: str, boundary: str) -> bool:
    """Whether the words before a context's first "where", "which", "who", "when"… are a clause whose verb has words
    after it ("the emergency department shares anonymised data on | where assaults happen": trial AM read "In the
    emergency department shares…"); not a place or people the clause after it describes ("services | where users
    have…", "iCCM programmes | where volunteers…", "teachers in rural schools | whose heads…"), nor people a noun for
    them read as a verb and an adjective after it describe ("practice nurses unsure | whether…")."""
    found = re.search(rf"\b{re.escape(boundary)}\b", context, re.I)
    before = context[: found.start()].strip(" ,") if found else ""
    form, verb = _form_and_verb(before) if before else (NOUN_PHRASE, None)
    words = _words(before)
    if form != CLAUSE or verb is None or verb >= len(words) - 1:
        return False
    return not (_is_person(words[verb]) and _describes_after(words[verb + 1]))  # "practice nurses | unsure whether…"


_OPENING_A_CLAUSE = frozenset("when whenever once because unless until while if".split())
"""Conjunctions that open a clause of their own after a verb ("programs close when the grant ends", trial CZ's pack read
"…which leads to programs close when grant ends", 'close' taken as an adjective): a word that is a verb and an
adjective after a plural noun, with one of these after it, is the plural's verb."""
_TIME_CONJUNCTIONS = frozenset("after before since".split())
"""Prepositions that open a clause of time as well ("people detained after street triage began"): a verb after them is
that clause's, not the context's own."""


def _before_a_time_clause(context: str) -> str:
    """The context up to its first "after", "before" or "since", whose verb (if any) is not the subject's."""
    kept = []
    for word in context.split():
        if word.lower().strip(",;:()") in _TIME_CONJUNCTIONS:
            break
        kept.append(word)
    return " ".join(kept)


_POINT_IN_TIME = re.compile(
    r"\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four)[-\s]?"
    r"(?:hours?|h|days?|d|weeks?|wks?|w|months?|mths?|mos?|m|years?|yrs?|y)\b(?![-\s]+olds?\b)"
    r"(?:\s*[-–]?\s*(?:follow[-\s]?ups?|after|later|on|post)\b)",
    re.IGNORECASE,
)


def _a_point_in_time(context: str) -> bool:
    """A context that opens with a number of days, weeks, months or years and then a follow-up or "after" ("3 month
    follow up after training", "6 weeks after discharge", "12-month follow-up"): when the outcome was seen, not where
    nor for whom; never people of an age ("2-year-olds"), nor a count of things ("3 GP practices")."""
    return bool(_POINT_IN_TIME.match(context))


_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIMES_OF_DAY = frozenset("morning mornings afternoon afternoons evening evenings night nights".split())


def _a_day_named_first(context: str) -> bool:
    """A context that opens with a day of the week as a time ("Friday afternoon, no GP cover", "Sundays when the ward is
    short", "Monday"): a time English puts after "On", never "In" (trial E2's pack read "In Friday afternoon, …"). The
    day is the time where nothing follows it, or a comma, a time of day or a word opening a clause; before another noun
    it names a thing or a place ("Sunday schools", "Saturday markets"), framed as before."""
    words = _words(context)
    if not words or not (words[0] in _DAYS or words[0].endswith("s") and words[0][:-1] in _DAYS):
        return False
    after = context.split()[0][-1:] == "," or len(words) == 1
    return after or words[1] in _TIMES_OF_DAY or words[1] in _OPENING_A_CLAUSE | {"after", "before", "and"}


def context_frame(context: str) -> str:
    """The word a context coded as a noun phrase follows: "With " where it names a condition, quality or resource
    ("With high staff turnover, …", `names_a_condition`), "For " where it opens with people ("For older adults living
    alone, …", `_people_first`), and "In " for a place, a programme or a time ("In rural clinics", "In a school-based
    programme", "In the first weeks after discharge"), and "At " for a point in time a number of days, weeks, months or
    years names ("At 3 month follow up after training", "At six weeks after the birth": trial CR's pack read "Where 3 month
    follow up after training, knowledge retained"). Earlier versions of cmo gave all of them "In "
    (`as_earlier_versions_worded`)."""

    if _a_point_in_time(context):
        return "At "
    if _a_day_named_first(context):
        return "On "
    if _a_participle_phrase(context):
        return "When "
    if names_a_condition(context):
        return "With "
    return "For " if _people_first(context) or _given_to_first(context) else "In "


def _when_for_in_before_a_verb(context: str) -> str:
    """A context a coder opened with "In" before a verb's -ing form and what the verb goes on with ("In waiting for LTC
    bed", "In caring for a partner with dementia") opened with "When", as English opens a clause without its subject
    (`_a_participle_phrase`): trial LH's pack read "In waiting for LTC bed, staff lose sight…". An -ing form that
    describes the noun after it ("In waiting rooms", "In nursing homes", "In learning disability services") is a place,
    and stays "In"; so does one before a preposition and people with no article ("In training for staff", "In funding
    for carers"), a provision and whom it is for, as a verb's object after "for" takes its article ("for a bed")."""
    words = _words(context)
    if len(words) < 3 or words[0] != "in" or not _a_verbs_ing_form(words[1]):
        return context
    after = words[2]
    goes_on = after in _PREPOSITIONS or after in _ARTICLES | _POSSESSIVES or after in _ADVERBS_AFTER_A_VERB
    if not goes_on and not _an_adjective_only(after):
        return context
    if after in _PREPOSITIONS and len(words) > 3 and _is_person(words[3]):
        return context  # "In training for staff", "In funding for carers": a noun in -ing and whom it is for (helper LO)
    return "When" + context.lstrip()[2:]


def _a_verbs_ing_form(word: str) -> bool:
    """An -ing form of a verb the lexicon knows ("waiting", "caring", "living"), by its base: "wait", "care", "live"."""
    if not _an_ing_form(word):
        return False
    stem = word[:-3]
    return any("P" in _word_tags(base) for base in (stem, f"{stem}e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem))


def _a_participle_phrase(context: str) -> bool:
    """Whether a context opens with a verb's participle and the phrase it goes on with, no noun before it for it to
    describe: a past participle before a preposition or an adverb ("embedded in the primary care team", "discharged
    from hospital"), or an -ing form before an article, a possessive, an adverb or an adjective ("living alone",
    "caring for" is not: "funding from the council", "training in de-escalation" are nouns before their preposition).
    It is a clause without its subject, which "When" opens as English does ("When embedded in the surgery team, …");
    "In" read it as a place (trial BT: "In embedded in primary care team, …"). A participle that describes the noun
    after it is a noun phrase ("nursing homes", "integrated care teams", "waiting lists"), and a preposition in -ing
    ("during", "following") opens the context itself."""
    words = _words(context)
    if len(words) < 2 or words[0] in _PREPOSITIONS_IN_ING or words[0] in _OPENERS:
        return False
    first, after = words[0], words[1]
    if first.endswith("ing") and len(first) > 4:
        verb = _a_verbs_ing_form(first)
        goes_on = after in _ADVERBS_AFTER_A_VERB or _an_adjective_only(after) or after in _ARTICLES | _POSSESSIVES
        return verb and goes_on  # no noun in -ing ("funding from…", "training in…") goes on so
    tags = _word_tags(first)
    return bool(tags & {"D", "N"}) and not tags & {"n", "s"} and (after in _PREPOSITIONS or after in _ADVERBS_AFTER_A_VERB)


def _given_to_first(context: str) -> bool:
    """Whether a context opens with a plural noun phrase (no preposition or function word in it) and then a participle of
    giving (`_PARTICIPLES_OF_GIVING`) with what was given after it: those it was given to, whom the context is for as it
    is for people ("For ward teams given discharge coaching", "For rural clinics given extra funding"), not a place they
    are in. Without an object the plural is what was given ("exam fees paid late"), and stays as it was."""
    words = _words(context)
    at = next((k for k, word in enumerate(words[:5]) if word in _PARTICIPLES_OF_GIVING), 0)
    if not at or not _is_plural(words[at - 1]) or framed_as_a_statement(context):
        return False
    given = _next(words, at)
    if not given.replace("-", "").isalpha() or given in _PREPOSITIONS or given in _ADVERBS_AFTER_A_VERB or given.endswith("ly"):
        return False
    if given not in _OBJECT_OPENERS and given in STOPWORDS or _an_adjective_only(given) and not _next(words, at + 1):
        return False
    return all(word.isalpha() or "-" in word for word in words[:at]) and not set(words[:at]) & (STOPWORDS | _PHRASE_OPENERS)


_LATER_FRAMES = ("For ", "With ", "When ", "At ")
"""Frames `context_frame` gives where earlier versions of cmo gave "In "."""


def as_earlier_versions_worded(sentence: str) -> str:
    """A configuration's sentence as cmo worded it before "For", "With", "When" and "At" (`context_frame`): "In good
    links…" where it now reads "With good links…", so that an answer sheet made then is still read as the template's
    words; the sentence itself where nothing changed."""
    for frame in _LATER_FRAMES:
        if sentence.startswith(frame):
            return "In " + sentence[len(frame) :]
    return sentence


_QUANTITY = frozenset(
    "no little less least much more enough few fewer fewest limited adequate inadequate sufficient insufficient ample "
    "scarce scant minimal reduced increased extra additional excessive considerable substantial".split()
)
"""Determiners and adjectives of quantity or sufficiency, which say how much of something there is ("limited time", "no
named contact", "few chances to practise"): what they count is a resource, even people or places ("few clinics nearby",
"additional staff": how many there are, not where or for whom)."""
_DEGREE = frozenset(
    "high higher highest low lower lowest great greater greatest heavy heavier heaviest long longer longest short shorter "
    "shortest strong stronger strongest weak weaker weakest good better best bad worse worst close closer closest clear "
    "clearer clearest unclear poor poorer poorest".split()
)
"""Adjectives of degree and quality, which place what they describe on a scale of level, length, strength or goodness
("high turnover", "long waits", "strong leadership", "good links", "clear roles", "poor connectivity")."""
_RECURRING = frozenset("repeated recurrent recurring frequent persistent ongoing constant continual".split())
"""Adjectives of how often or how long something happens: what they describe is an event or a state one lives with
("repeated technical problems", "persistent pain", "frequent admissions"), never a place one is in; people they describe
("frequent attenders") are people first (`_people_first`)."""
_OF_MEANS = frozenset("poor poorer poorest".split())
"""Of those, the ones that also class places and people by their means ("poor neighbourhoods"): they make a condition
only of a mass noun ("poor connectivity at home")."""
_DEGREE_ADVERBS = frozenset(
    "very too so more less most least relatively highly fairly quite rather extremely increasingly".split()
)
"""What may stand before an adjective of degree ("very limited time", "relatively high turnover"); "more", "less" only
before an adjective ("more deprived areas"), as before a noun they count ("more support")."""
_QUANTITY_NOUNS = frozenset(
    "lack absence shortage shortages scarcity dearth paucity excess surplus abundance plenty lot lots level levels amount "
    "amounts degree".split()
)
"""Nouns that measure what follows their "of" ("a lack of private space", "high levels of stigma")."""
_ARTICLES = frozenset("a an the".split())
_DETERMINERS = frozenset("another every each either neither other such several many most both few some any all".split())
"""Words that open a noun phrase by saying which or how many: a closed class, never a name on its own (trial AJ's feedback
template read "…end early or abruptly, Another adult leaving confirms…", the review's texts having one capitalised)."""
_POSSESSIVES = frozenset("their its his her our my your".split())


_AGED = re.compile(r"\s*\d+\s*(?:(?:-|–|to)\s*\d+\s*)?(?:years?|yrs?|months?)[- ]olds?\b", re.I)
"""People named by their age ("14-17 year olds", "11 to 16 year-olds", "16-year-olds")."""


def names_a_condition(context: str) -> bool:
    """Whether a context coded as a noun phrase names a condition, a quality or a resource, read "With …" (a realist
    reviewer's "With good links with local specialist services, staff…"), not a place, a programme or a time ("In …"):

    - it opens with a word of quantity or sufficiency ("limited time in appointments", "no named contact", "a lack of
      private space", "high levels of stigma": `_QUANTITY`, `_QUANTITY_NOUNS`);
    - an adjective of degree or quality (`_DEGREE`) describes its head, a mass noun ("high staff turnover", "strong
      leadership from the ward manager": a singular noun without an article names a substance, a quality or an
      activity, never a place one is in), or stands right before a countable one ("good links with…", "long waits");
    - its head names a state or relation by its suffix ("trusting relationships", "partnership working": -ship), or is a
      mass noun whose "to" says what it reaches ("access to a named key worker", "exposure to violence") or whose "from"
      where it comes from ("funding from the local authority", "support from family": trial BA read "In support…").

    People stay "for" them ("older people with little support"), unless counted ("few volunteers"); a number before
    "year-olds" gives their age, not how many there are ("11 to 16 year-olds", trial CM read "With 11 to 16 year-olds")."""
    if _AGED.match(context):
        return False
    words = _words(context)
    article = bool(words) and words[0] in _ARTICLES
    i = int(article)
    while i + 1 < len(words) and _adverb_of_degree(words[i], words[i + 1]):
        i += 1
    if i >= len(words):
        return False
    opener = words[i]
    if opener in _QUANTITY or opener in _QUANTITY_NOUNS and _next(words, i) == "of":
        return True
    if _people_first(context):
        return False
    if opener in _RECURRING and i + 1 < len(words):
        return True  # "repeated technical problems with equipment", "frequent power cuts": what keeps happening (trial AK)
    head_at = _head_of(words, i)
    head = words[head_at]
    countable = article or _is_plural(head)  # "a school-based programme", "rural clinics": things one can be in
    if head in _QUANTITY_NOUNS:
        return True  # "high levels of stigma", "staff shortages on night shift": what is short or how much there is
    if _a_state_said_last(words):
        return True  # "pressure on beds high", "clinic open late": read "With pressure on beds high", a state it is in
    if opener in _DEGREE and head_at > i and (not countable or head_at == i + 1 and opener not in _OF_MEANS):
        return True
    if head.endswith(("ship", "ships")) and not _named_place(context, head):
        return True  # "trusting relationships", "strong leadership"; not "the township of Soweto", a place by its name
    reaching = _next(words, head_at) == "to" or _next(words, head_at) == "from" and "a" not in _word_tags(head)  # "far from"
    if not countable and not article and (_an_act_of(context, words, head_at) or _what_was_done_to_it(words, i)):
        return True  # "waiver of the exam requirement", "urine testing relaxed during the pandemic" (trial BP read "In …")
    return not countable and reaching and head not in _DEGREE and head not in _QUANTITY


def _an_act_of(context: str, words: list[str], head_at: int) -> bool:
    """Whether a context's head, a singular noun with no article, names an act done to what its "of" names: a noun made
    from a verb (`_ACT_ENDINGS`, or the verb and "-r": "waiver" from "waive") ("waiver of the in-person exam
    requirement", "suspension of the benefit cap", "provision of free transport"): what holds, not a place one is in
    ("west of the district", "edge of town"). A name's "of" ("University of Leeds": a capital after it) is none."""
    head = words[head_at]
    if _next(words, head_at) != "of" or _is_person(head):
        return False
    if not head.endswith(_ACT_ENDINGS) and not (head.endswith("er") and "P" in _word_tags(head[:-1])):
        return False
    after = re.search(rf"(?i:\b{re.escape(head)})\s+of\s+(\S)", context)
    return bool(after) and not after.group(1).isupper()


_ACT_ENDINGS = ("ion", "ment", "al", "ure", "ance", "ence")
"""Endings of nouns made from verbs that name the act ("suspension", "management", "removal", "closure", "allowance")."""
_WHEN_DONE = frozenset("during after since until throughout following before".split())
"""What says when a thing was done ("relaxed during the pandemic", "lifted after the election")."""


def _what_was_done_to_it(words: list[str], start: int) -> bool:
    """Whether a context opens with a singular noun phrase of plain words (no article, no person, no plural: "urine
    testing", "home visiting", "eviction ban") and then a past participle and when it was done (`_WHEN_DONE`: "relaxed
    during the pandemic", "suspended after the outbreak"), or nothing after it ("incentive payment delayed", as a coder
    notes a state without its "is": trial LB read "In incentive payment delayed, …"): an event, read "With urine testing
    relaxed during…", never a place ("In urine testing relaxed…"). A participle that says how a programme is run ("care
    led by midwives", "triage funded as a pilot") or describes a noun after it ("integrated teams") is not this, nor are
    plural things done to ("clinics closed at weekends"); people given something are whom it is for (`_given_to_first`)."""
    for k in range(start + 1, min(len(words), start + 4)):
        tags = _word_tags(words[k])
        if tags & {"D", "N"} and not tags & {"n", "s", "P", "Z"}:
            before = words[start:k]
            plain = all(w.isalpha() and w not in STOPWORDS and not _is_plural(w) and not _is_person(w) for w in before)
            return plain and (_next(words, k) in _WHEN_DONE or k == len(words) - 1)
        if not words[k].isalpha() or words[k] in STOPWORDS:
            return False
    return False


def _a_state_said_last(words: list[str]) -> bool:
    """Whether a context with no verb ends with an adjective said of the noun before it, the coder's clause without its
    "is" ("pressure on beds high", "waiting list long", "data on ethnicity incomplete"): the state that noun is in, which
    "With" reads as English does ("With pressure on beds high, …"); "In" would read it as a place. Only right after a
    noun: not after a verb or participle ("a woman who lives alone", "allowances paid late", "people living alone") nor
    a function word ("rural and remote"), not where a relative clause says it ("services that are free", "wards where
    relatives can stay overnight"), nor of the object of "with" ("NH with CRP available": the homes have it, and "With
    NH with CRP available" said "with" twice), and not a
    comparative or an adverb in -ly, which say how a verb is done ("pupils vape less", "sleep poorly")."""
    if len(words) < 2 or any(word in _RELATIVES or word in _BOUNDARIES for word in words):
        return False  # "wards where relatives can stay overnight": the clause's, not the noun's state
    if "with" in words[1:-2] or "without" in words[1:-2]:
        return False  # "NH with CRP available": the state of what the place has, "In" it (helper G1 read "With NH with…")
    if words[0] in STOPWORDS and words[0] not in _ARTICLES | _POSSESSIVES:
        return False  # "whether it falls remains unclear": a clause it opens, no noun
    last = words[-1]
    if last not in _DEGREE and not _an_adjective_only(last) or last in _COMPARATIVES or last.endswith(("ly", "ing")):
        return False  # "costs less", "fits better", "sleep poorly", "keep visits going": how a verb is done
    before = next((w for w in reversed(words[:-1]) if w not in _DEGREE_ADVERBS), "")
    if not before.isalpha() or before in STOPWORDS or before.endswith("ing"):
        return False
    tags = _word_tags(before)
    return not tags or bool(tags & {"n", "s"}) and not tags & {"D", "N"}


def _named_place(context: str, head: str) -> bool:
    """Whether the head noun is followed by "of", "in" or "near" and a name ("district of Kaski", "parish in Kerry",
    "township of Soweto"): what a name of a place follows is a place, whatever its ending; an acronym names a service
    or a body as often ("leadership of NHS England")."""
    found = re.search(rf"(?i:\b{re.escape(head)})\s+(?i:of|in|near)\s+(?:the\s+)?([A-Z][\w'’-]*)", context)
    return bool(found) and not found.group(1).isupper()


def _adverb_of_degree(word: str, after: str) -> bool:
    """ "very", "relatively", "more" before an adjective ("more deprived areas"): not what the phrase is about."""
    if word in ("more", "less", "most", "least"):
        tags = _word_tags(after)
        return "a" in tags or "N" in tags and not tags & {"n", "s"}
    return word in _DEGREE_ADVERBS or word.endswith("ly") and len(word) > 4 and not _word_tags(word)


def _head_of(words: list[str], start: int) -> int:
    """Where the noun phrase opening at `start` ends, its head's index: before its first preposition, relative, comma or
    participle ("good links | with…", "pastoral care | moved from…", "staff | working…")."""
    end = start
    for j in range(start + 1, len(words)):
        word, before = words[j], words[j - 1]
        tags = _word_tags(word)
        if word in _PHRASE_OPENERS or word in _RELATIVES or word in _BOUNDARIES or word in ("of", ",", ";", "("):
            break
        describes = before in _QUANTITY or before in _DEGREE or "a" in _word_tags(before)
        if not describes and (word.endswith("ing") and len(word) > 4 or tags & {"D", "N"} and not tags & {"n", "s"}):
            break  # "care moved from", "staff working"; not "adequate funding"
        end = j
    return end


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _opens_itself(text: str) -> bool:
    first = text.split(" ", 1)[0].lower().strip(",")
    return first in _OPENERS


_REVIEW_NAMES: ContextVar[frozenset[str]] = ContextVar("review_names", default=frozenset())


@contextmanager
def names_from(texts: Iterable[str]) -> Iterator[None]:
    """While a pack, report, export or listing is worded: the words the review's own texts (statements and
    their quotes) capitalise mid-sentence are names, kept capitalised at the start of a part too
    ("Latino men…" stays so even when no other part of that statement says "Latino")."""
    with names_as(names_json(texts)):
        yield


def names_json(texts: Iterable[str]) -> str:
    """What `names_from` reads of these texts (the names and `how_written`), as JSON: what a review keeps of its texts so
    that a listing words its configurations with the review's names without reading every statement again
    (`Store.kept_names`)."""
    names, written = _read_capitals(tuple(texts))
    fields = (names, written.capitalised, written.alone, written.lower, {" ".join(pair) for pair in written.joined})
    return json.dumps([sorted(field) for field in fields], ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=8)
def _names_read(kept: str) -> tuple[frozenset[str], Written]:
    names, capitalised, alone, lower, joined = json.loads(kept)
    pairs = frozenset(tuple(pair.split(" ", 1)) for pair in joined)
    return frozenset(names), Written(frozenset(capitalised), frozenset(alone), frozenset(lower), pairs)


@contextmanager
def names_as(kept: str) -> Iterator[None]:
    """`names_from` of the texts `names_json` read."""
    names, written = _names_read(kept)
    token = _REVIEW_NAMES.set(names)
    told = _REVIEW_WRITTEN.set(written)
    try:
        yield
    finally:
        _REVIEW_NAMES.reset(token)
        _REVIEW_WRITTEN.reset(told)


@dataclass(frozen=True)
class Written:
    """How texts write their words: the words capitalised mid-sentence, those of them capitalised with no other
    capitalised word beside them (a name of one word: "Kenya", "Māori"), and every word written in lower case, folded."""

    capitalised: frozenset[str] = frozenset()
    alone: frozenset[str] = frozenset()
    lower: frozenset[str] = frozenset()
    joined: frozenset[tuple[str, str]] = frozenset()
    """Two capitalised words written side by side mid-sentence, the first with no punctuation after it ("Age", "UK" of
    "referred to Age UK"): a name of several words, whatever each word is alone."""

    def __or__(self, other: Written) -> Written:
        return Written(
            self.capitalised | other.capitalised, self.alone | other.alone, self.lower | other.lower, self.joined | other.joined
        )


def how_written(parts: Iterable[str]) -> Written:
    """`Written` for these texts. A word beside another capitalised one with no punctuation between is in a longer
    name ("Insurance" in "the National Health Insurance Scheme"); one beside a comma is not ("Kenya, Uganda")."""
    return _read_capitals(tuple(parts))[1]


_REVIEW_WRITTEN: ContextVar[Written | None] = ContextVar("review_written", default=None)


def statement_texts(statements: Iterable) -> Iterator[str]:
    """A review's texts whose capitals tell its names (`names_from`): each statement's parts and quote, and the other
    columns its coder wrote ("IF Black women experience racism … THEN …": trial AR's coder capitalised "Black" there,
    mid-sentence, where every part opened with it)."""
    for s in statements:
        yield from (s.context, s.mechanism, s.outcome, s.quote)
        for value in (getattr(s, "extra", None) or {}).values():
            if isinstance(value, str):
                yield from _labels_listed(value)


def _labels_listed(value: str) -> list[str]:
    """A team's own cell as texts whose capitals tell names: each of its lines, and each item of a line listing labels
    that each open with a capital, a comma between them (Dedoose's 'Codes Applied Combined': "Family caregiver at home,
    Carer gains confidence, No difference in disability"), as each opens as a part does. Trial CC 4: the codes' capitals
    after each comma were read as names, and every configuration read "In Family caregiver…, Carer gains…". A line of
    running text, some item of which opens in lower case ("In Kenya, some carers…"), is read whole."""
    lines = [line for line in value.splitlines() if line.strip()]
    items = [[item.strip() for item in line.split(",")] for line in lines]
    return [
        piece
        for line, listed in zip(lines, items, strict=True)
        for piece in (listed if len(listed) > 1 and all(item[:1].isupper() for item in listed) else [line])
    ]


def capitalised_names(parts: tuple[str, ...]) -> set[str]:
    """Words a coder capitalised other than at the start of a part or sentence: names, kept as written ("Nepal" from
    "Nepal's" too), and a name in brackets that the lexicon knows only as one ("elderly pts starting HD in UK
    (Birmingham)", trial CW: the bracket hid it, and `round close --check` passed one study's city on a configuration of
    three; "(See table 2)" opens as a sentence does). A common word capitalised only as part of a longer name
    ("National" in "work on National Immunization Days") is no name alone: trial O's pack read "In National volunteer
    programme in Nepal". Nor is one the same texts write in lower case elsewhere ("Street" in "nine Street Triage
    schemes", where others say "street triage"; "Health" in "the Mental Health Act"): trial V's pack read "In Street
    triage funded as a pilot". (A part opening with the whole name keeps it anyway: `_lower_first` keeps a capital
    followed by another.)"""
    return set(_read_capitals(tuple(parts))[0])


@lru_cache(maxsize=64)
def _read_capitals(parts: tuple[str, ...]) -> tuple[frozenset[str], Written]:
    """`capitalised_names` and `how_written` of the same texts, read in one pass (each sentence is worded from both)."""
    found: set[str] = set()
    in_names: set[str] = set()
    capitalised: set[str] = set()
    alone: set[str] = set()
    lower: set[str] = set()
    joined: set[tuple[str, str]] = set()
    written_lower: set[str] = set()
    in_capitals_alone: dict[str, int] = {}
    for part in parts:
        as_typed = [w.strip(",;:()") for w in (part or "").split()]
        written_lower.update(_fold_word(w) for w in as_typed if w[:1].islower())
        for word in _alone_in_capitals(as_typed):
            in_capitals_alone[word] = in_capitals_alone.get(word, 0) + 1
        for sentence in _SENTENCE_BREAK.split(_capitals_as_words(part, frozenset())):
            words = sentence.split()
            lower.update(_fold_word(w.strip(",;:()")) for w in words if w[:1].islower())
            for i in range(1, len(words)):
                bracketed = words[i][:1] == "(" and words[i][1:2].isupper()
                if not words[i][:1].isupper() and not bracketed:
                    continue
                word = words[i].strip(",;:()")
                if bracketed and not is_proper_noun(word):  # "(See table 2)", "(Partly)" open as a sentence does
                    continue
                bare = _without_possessive(word)
                before_upper = not bracketed and words[i - 1][:1].isupper() and not _a_word_in_capitals(words[i - 1])
                after_upper = i + 1 < len(words) and words[i + 1][:1].isupper()
                capitalised.update((word, bare))
                joined_before = before_upper and words[i - 1][-1:] not in ",;:)"
                if joined_before and i > 1:
                    joined.add((words[i - 1].strip(",;:()"), word))  # both mid-sentence: "…referred to Age UK"
                joined_after = after_upper and words[i][-1:] not in ",;:("
                if not joined_before and not joined_after:
                    alone.update((word, bare))
                in_a_longer_name = before_upper or after_upper
                if in_a_longer_name and (_word_tags(fold(bare)) - _PROPER or fold(bare.lower()) in dictionary_words()):
                    continue  # "Emergency" of "Emergency Department": a dictionary's common word, no name alone
                (in_names if in_a_longer_name else found).update((word, bare))
    names = found | {word for word in in_names if fold(word.lower()) not in lower}
    names |= {word for word, texts in in_capitals_alone.items() if texts > 1 and _fold_word(word.lower()) not in written_lower}
    return frozenset(names), Written(frozenset(capitalised), frozenset(alone), frozenset(lower), frozenset(joined))


_SENTENCE_BREAK = re.compile(r"[.;:!?]\s+|\s[–—-]\s+|\\")
"""Where a text's next words open as a sentence's do: after a sentence's end, a semicolon or colon, and after a dash
between spaces or a backslash, which open a code's name after its parent's ('Context – Women new to the area',
'Mechanism\\Feeling safe', as coding tools write the codes a team's columns keep): a capital there names nothing
(trial BI: 'Coded as' cells of 'Outcome – Women …' made 'Women' a name, and the pack read 'so Women felt less
isolated')."""


def _alone_in_capitals(words: list[str]) -> set[str]:
    """The words a text writes in capitals beside words that are not ("Joint unit (PACER), officer…", "PACER response at
    home"): a name or initialism as its coder writes it, never shouting, which runs two words or more (`_capitals_as_words`).
    Where two texts or more write it so, the review keeps it so where a cell shouts it beside another ("SA PACER, police +
    ambulance": trial DC's pack read "In SA pacer", the programme's name lowered as if "PACER" were the word "pacer"),
    unless its coders write it in small letters too. A function word typed in capitals for stress ("did NOT attend") is
    no name, nor a word one text alone stresses so."""
    alone: set[str] = set()
    for i, word in enumerate(words):
        if len(word) < 2 or not word.isalpha() or not _in_capitals(word) or word.lower() in ENGLISH_STOPWORDS:
            continue
        beside = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
        if not any(_in_capitals(other) and sum(c.isalpha() for c in other) > 1 for other in beside):
            alone.add(word)
    return alone


def _a_word_in_capitals(word: str) -> bool:
    """A function word written in capitals ("IF", "THEN", "BECAUSE" of an "IF … THEN …" column): a template's word, no
    part of a name with the capitalised word after it ("IF Black women…")."""
    bare = word.strip(",;:()")
    return len(bare) > 1 and bare.isupper() and bare.lower() in STOPWORDS


_fold_word = lru_cache(maxsize=8192)(fold)
"""`fold` of one word, remembered: a listing words hundreds of sentences from the same few thousand words."""


_COUNTED_PLACES = re.compile(
    r"\b(?:in|at|to|across|from|into|between|among|amongst|throughout)\s+"
    rf"((?:\d+|(?:{'|'.join(sorted(_NUMBERS))}))\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+s)\b",
    re.IGNORECASE,
)


def counted_places(text: str) -> list[str]:
    """The counted places a text says where something happened ("admitted to two large inner-city hospitals", "in 12
    general practices", "across five boroughs"): a number after a preposition of place, up to the plural noun it
    counts. How many sites one study had, where a synthesis of several says where in general."""
    return [found.group(1) for found in _COUNTED_PLACES.finditer(text)]


def _without_possessive(word: str) -> str:
    """ "Nepal's" → "Nepal", "Nurses'" → "Nurses": the name without the possessive a lexicon does not list."""
    return re.sub(r"['\u2019]s?$", "", word) or word


def cmo_sentence(context: str, mechanism: str, outcome: str) -> str:
    return "".join(s.text for s in cmo_segments(context, mechanism, outcome))


def _clause(text: str) -> str:
    text = _with_apostrophes(capitals_as_words(clean_text(text)))
    return _arrows_as_words(_symbols_as_words(text)).rstrip(" .;,")


_CONTRACTION_TYPED_BARE = re.compile(rf"\b({NEGATED_AUXILIARY})(nt)\b(?=(\s+[A-Za-z]+)?)", re.IGNORECASE)
"""A negative contraction typed without its apostrophe ("dont", "didnt", "cant", "wont"), and the word after it."""
_WORDS_OF_THEIR_OWN = frozenset({"cant", "wont"})
"""Contractions typed bare that spell an English word too: "cant" (insincere talk), "wont" (a habit: "as is their
wont")."""


def _with_apostrophes(text: str) -> str:
    """A part as a reader reads it, each negative contraction a coder typed without its apostrophe written with it
    ("pts cant get an appt": "pts can't get an appt"; "dont", "didnt", "wasnt"), as the evidence rules read it as the
    denial it is (`evidence._CONTRACTED_NOT`): helper F3 found "patients cant get a GP appointment" in a pack. "cant"
    and "wont" are English words of their own, and are the contraction only before a verb's base form ("wont attend";
    not "as is their wont", "management cant")."""
    if "nt" not in text.lower():
        return text

    def written(found: re.Match) -> str:
        auxiliary, ending, after = found.group(1), found.group(2), (found.group(3) or "").strip().lower()
        if (auxiliary + ending).lower() in _WORDS_OF_THEIR_OWN and not ("P" in _word_tags(after) and after not in STOPWORDS):
            return found.group(0)
        return f"{auxiliary}{ending[0]}'{ending[1]}"

    return _CONTRACTION_TYPED_BARE.sub(written, text)


_A_WORD_OR_NUMBER = re.compile(r"[^\W_][\w'\u2019-]*")
_ROMAN_NUMERAL = re.compile(r"(?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_A_POSSESSIVE = re.compile(r"['\u2019]S$")
_SHORT = 4
"""A word in capitals of up to this many letters that is no English word is an initialism ("ANC", "NCD", "OECD")."""


def capitals_as_words(text: str) -> str:
    """`_capitals_as_words` with the words the review writes in capitals in running text (`names_from`: "COVID")."""
    return _capitals_as_words(text, _REVIEW_NAMES.get())


def _capitals_as_words(text: str, names: frozenset[str] | set[str]) -> str:
    """A text with the words a coder typed in capitals ("HEALTH WORKER SUPPORT", "RURAL VILLAGES WITH FEW CLINICS") as
    the words they are, lower-cased, but its initialisms kept ("NHS STAFF FEEL RUSHED" → "NHS staff feel rushed":
    `_an_initialism`), and its first letter a capital where the capitals opened it. Capitals are read so only where two
    words of two letters or more stand in capitals side by side: one alone ("ANC attendance", "COVID restrictions") is
    as the coder meant it, an initialism or a name. `names` are the words the review writes in capitals in running text
    (`names_from`), initialisms there too. A title or a pack's sentence made of such a cell shouted, and lowering every
    word in capitals lost the initialisms' ("ANC" read "anc")."""
    if sum(1 for c in text if c.isupper()) < 4:
        return text
    words = list(_A_WORD_OR_NUMBER.finditer(text))
    upper = [_in_capitals(found.group(0)) for found in words]
    runs: list[list[list[int]]] = []  # each run as its pieces a coder's sign joins ("NURSE + GP MEET WEEKLY")
    for i, capitals in enumerate(upper):
        if not capitals:
            continue
        between = text[words[i - 1].end() : words[i].start()] if i else ""
        if runs and runs[-1][-1][-1] == i - 1 and not any(c.isalpha() for c in between):
            if _A_JOINING_SIGN.search(between):
                runs[-1].append([i])
            else:
                runs[-1][-1].append(i)
        else:
            runs.append([[i]])
    shouted = [  # "SMI + ACT": no piece of two words; "NURSE + GP MEET WEEKLY": "GP MEET WEEKLY", and "NURSE" with it
        [i for piece in run for i in piece]
        for run in runs
        if any(sum(1 for i in piece if sum(c.isalpha() for c in words[i].group(0)) > 1) > 1 for piece in run)
    ]  # two words of two letters or more: "A HEALTH…" counts "HEALTH" alone
    shouted = [run for run in shouted if not _initialisms_listed(text, words, run, names)]
    shouted = [run for run in shouted if not _initialisms_side_by_side(words, upper, run, names)]
    if not shouted:
        return text
    bare = [found.group(0).lower() for found in words]
    said = {
        i: _as_a_word(words[i].group(0), names - {words[i].group(0)} if _a_relative_here(bare, i) else names)
        for run in shouted
        for i in run
        if not _no_pronoun_here(bare, i)  # "WHO GUIDANCE": kept as the coder typed it
    }
    pieces, last = [], 0
    for i, found in enumerate(words):
        if i in said:
            pieces += [text[last : found.start()], said[i]]
            last = found.end()
    lowered = "".join([*pieces, text[last:]])
    if shouted[0][0] == 0 and not text[: words[0].start()].strip():
        lowered = _upper_first(lowered)  # "Rural villages with few clinics", as a coder writes a cell
    return lowered


def _initialisms_side_by_side(words: list[re.Match], upper: list[bool], run: list[int], names: frozenset[str] | set[str]) -> bool:
    """Whether a run of words in capitals inside a text the coder wrote in small letters names things in initialisms
    side by side ("trust msgs from PHC MO", a primary health centre's medical officer), not a shouted phrase: at most one
    of its words is no initialism (`_an_initialism`), and that one may be (`_could_be_an_initialism`), where a
    coder shouting writes words ("NHS STAFF FEEL RUSHED", "with HIV STIGMA in clinics"). A
    text all in capitals is read by its runs as before: the rule holds only where a word of two letters or more outside
    the run is in small letters. Trial E4's pack read "trust msgs from PHC mo more than from companies", "mo" being
    WordNet's "moment"."""
    inside = set(run)
    if not any(not upper[i] and sum(c.isalpha() for c in found.group(0)) > 1 for i, found in enumerate(words) if i not in inside):
        return False
    plain = [i for i in run if not _an_initialism(_A_POSSESSIVE.sub("", words[i].group(0)), names)]
    return len(plain) < 2 and all(_could_be_an_initialism(words[i].group(0).lower()) for i in plain)


def _could_be_an_initialism(lower: str) -> bool:
    """Whether a word in capitals that WordNet knows, beside initialisms, may still be one: as short as one runs
    (`_SHORT`), and no function word, verb or adjective a coder puts in capitals to stress it ("GP SAID no", "NOT"),
    as "MO" (WordNet's "mo", a moment) or "PA" is."""
    return len(lower) <= _SHORT and lower not in ENGLISH_STOPWORDS and not english_word_tags().get(lower)


def _initialisms_listed(text: str, words: list[re.Match], run: list[int], names: frozenset[str] | set[str]) -> bool:
    """Whether a run of words in capitals is a list of initialisms, not a shouted phrase: its words are parted by commas
    ("in NO, PL, SE and NL", "sites in the US, UK, IT and NO", the list's item after its "and" counted) and at least
    half of them are initialisms (`_an_initialism`).
    Such a list is the coder's names as written; lowering its words that are also English words read Norway's "NO" as
    "no" (trial E2's pack: "homes in no, PL, SE and NL"). A shouted list of words ("STAFF, FAMILIES, GP") is lowered as
    before, and so is a run with no commas ("ANC AND PNC VISITS")."""
    if len(run) < 2 or any("," not in text[words[i - 1].end() : words[i].start()] for i in run[1:]):
        return False
    items = list(run)
    last = run[-1]
    if last + 2 < len(words) and words[last + 1].group(0) in ("and", "or") and _in_capitals(words[last + 2].group(0)):
        items.append(last + 2)  # the item that closes the list: "NO, SE and DK"
    kept = sum(1 for i in items if _an_initialism(_A_POSSESSIVE.sub("", words[i].group(0)), names))
    return kept >= len(items) - kept


def _a_relative_here(words: list[str], i: int) -> bool:
    """Whether a word of a text in capitals that the review also writes as a name ("WHO", the World Health Organization)
    is the relative pronoun it is spelt as: after a noun for people ("PEOPLE WHO WAIT", "CARERS WHO FEEL ALONE"), or
    before a verb that is no noun or a function word ("… WHO FEEL", "… WHO ARE"). Trial LO's rule kept every such name,
    so a review that cites WHO read "People WHO wait long"; "WHO GUIDANCE", "FOLLOWING WHO STAFF VISITS" keep it."""
    if words[i] not in _RELATIVES:
        return False
    if i and (_is_person(words[i - 1]) or _is_person(_singular(words[i - 1]))):
        return True
    after = _next(words, i)
    tags = _word_tags(after)
    return after in ENGLISH_STOPWORDS or bool(tags & {"P", "Z", "D"}) and not tags & {"n", "s"}


_ONLY_PRONOUNS = frozenset({"who", "whom"})
"""Relatives that are pronouns only, never a determiner ("which guidance", "that guidance", "whose guidance" are words)."""


def _no_pronoun_here(words: list[str], i: int) -> bool:
    """Whether a word of a text in capitals spelt as a pronoun that is only ever one ("WHO") cannot be it where it stands:
    after no noun for people, and before a word that is no function word and no verb or adjective ("WHO GUIDANCE
    IGNORED", "STAFF FOLLOW WHO GUIDANCE"): an initialism, kept as the coder typed it, whether or not the review writes
    it elsewhere (trial LO: "Who guidance ignored"; `_a_relative_here` reads it where the review does). "PEOPLE WHO WAIT",
    "THOSE WHO OFTEN FEEL ALONE", "UNSURE WHO" keep the pronoun."""
    if words[i] not in _ONLY_PRONOUNS or _a_relative_here(words, i) or i + 1 >= len(words):
        return False
    after = words[i + 1]
    return after.isalpha() and after not in ENGLISH_STOPWORDS and not _word_tags(after) & {"P", "Z", "D", "a"}


_A_JOINING_SIGN = re.compile(r"[&+]|->|=>|\u2192")
"""A sign a coder writes between two words ("NURSE + GP", "SMI & ACT", "FEAR -> GIVES IN"): the words it joins are read
in capitals together where one side shouts ("NURSE + GP MEET WEEKLY"), as the word it stands for would split them; two
words alone that it joins ("SMI + ACT", "IT & HR") are initialisms as a coder wrote them."""


def _in_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _as_a_word(word: str, names: frozenset[str] | set[str]) -> str:
    """A word of a text in capitals as it reads: each of its pieces between hyphens lowered, but an initialism's
    ("NURSE-LED" "nurse-led", "POST-COVID" "post-COVID" where the review writes "COVID"), and "I"."""
    pieces = word.split("-")
    for k, piece in enumerate(pieces):
        bare = _A_POSSESSIVE.sub("", piece)
        if piece == "I" or not any(c.isalpha() for c in piece):
            continue
        if bare.isalpha() and _an_initialism(bare, names):
            pieces[k] = bare + piece[len(bare) :].lower()  # "GP'S" → "GP's"
        else:
            pieces[k] = piece.lower()
    return "-".join(pieces)


@lru_cache(maxsize=4096)
def _an_initialism_by_what_it_is(word: str) -> bool:
    """A word in capitals that is an initialism by its form (`normalise.an_initialism_by_its_form`: "NHS", "HMIC"), a
    Roman numeral ("III"), one WordNet writes in capitals that is no verb's base or past ("HIV", "AIDS", "UNICEF"; not
    "LED" of "NURSE LED CLINICS"), or a short word that is no English word ("ANC", "NCD", "OECD"). An English function
    word is a word ("WHO", "IT", "OR" of "PEOPLE WHO WAIT")."""
    lower = word.lower()
    if an_initialism_by_its_form(word) or _ROMAN_NUMERAL.fullmatch(word):
        return True
    if lower in ENGLISH_STOPWORDS:
        return False
    tags = english_word_tags().get(lower, frozenset())
    if word in initialisms():
        return not tags & {"P", "D"}
    if len(word) > _SHORT or tags or lower in short_words():
        return False
    singular = lower[:-1] if lower.endswith("s") else ""
    return not (singular and (singular in short_words() or singular in english_word_tags()))


def _an_initialism(word: str, names: frozenset[str] | set[str]) -> bool:
    """`_an_initialism_by_what_it_is`, or a word the review writes in capitals in running text (`names`: "COVID")."""
    return word in names or _an_initialism_by_what_it_is(word)


_SYMBOLS_AS_WORDS = (
    (re.compile(r"(?<!\S)&(?!\S)"), "and"),
    (re.compile(r"(?<=[^\W\d_]) \+ (?=[^\W\d_])"), " and "),
    (re.compile(r"(?<![\w/])[wW]/(?:[oO]|[oO][uU][tT])(?![\w/])\s*"), "without "),
    (re.compile(r"(?<![\w/])[wW]/(?=\s*[^\W\d_]{2})\s*"), "with "),
    (re.compile(r"(?<!\S)\u2191\s*(?=\w)"), "increased "),
    (re.compile(r"(?<!\S)\u2193\s*(?=\w)"), "reduced "),
    (re.compile(r"(?<=\w)\s*\u2191(?=[\s,;.]|$)"), " increased"),
    (re.compile(r"(?<=\w)\s*\u2193(?=[\s,;.]|$)"), " reduced"),
)
"""The signs a coder writes in notes for the words they stand for, as a sentence spells them: "&" standing alone
("feel invisible & not consulted"; not in "A&E"), a "+" standing alone between words ("carer sets up device + prompts
the person", trial CH's pack for people with learning disabilities; not "A+E", "HIV+ men", "1 + 1"), "w/" and "w/o" or
"w/out" ("CHAs w/ heavy caseload"; not "and/or", "n/a", "w/c"), and an arrow before or after what it says rose or fell
("↑ institutional deliveries", "home visits ↓"). Trial LB's pack read "In C: CHAs w/ heavy caseload…", "which leads to ↑
institutional deliveries"; trial CF's "peer mentors w/out peer supervision" read "peer mentors with out peer supervision".
(An arrow between two phrases: `_arrows_as_words`.)"""
_ARROW = re.compile(r"(?<=[\w)'\u2019])\s*(?:->|=>|\u2192)\s*(?=\w)")


def _symbols_as_words(text: str) -> str:
    """A part with the signs coders write in notes spelled as the words they stand for (`_SYMBOLS_AS_WORDS`)."""
    if not any(sign in text for sign in "&/+\u2191\u2193"):
        return text
    for sign, words in _SYMBOLS_AS_WORDS:
        text = sign.sub(words, text)
    return text


def _arrows_as_words(text: str) -> str:
    """A part as a sentence says it, with an arrow a coder wrote between two phrases as the words it stands for
    (`_leads_to`): trial J's pack read "In mistrust of physicians a common experience, group visit -> increased trust in
    physician, which leads to adherence". A title keeps the coder's arrow, whole where it is short (trial LS). An arrow
    between two figures is a change from one to the other (`_FIGURES_ARROW`)."""
    if ">" not in text and "\u2192" not in text:
        return text
    return _ARROW.sub(_leads_to, _FIGURES_ARROW.sub(_from_figure, text))


_FIGURES_ARROW = re.compile(r"(?<![\w.,])(?P<from>from )?(?P<first>\d[\d.,]*%?)\s*(?:->|=>|\u2192)\s*(?=\d)")
"""An arrow a coder writes between two figures ("fewer regular medicines (9.6 -> 7.5)", "antipsychotic use fell 21.6 ->
18.9%"): the change from one to the other, "from 9.6 to 7.5", never "leads to" (trial CO's pack read "fewer regular
medicines (9.6 leads to 7.5)"). A "from" the coder wrote stays one."""


def _from_figure(found: re.Match) -> str:
    """A change between two figures in words (`_FIGURES_ARROW`): "from 9.6 to "."""
    return f"from {found['first']} to "


def _leads_to(arrow: re.Match) -> str:
    """An arrow between two phrases, as words: "leads to" after a noun phrase, agreeing with it ("group visit leads to",
    "friendships lead to"); ", which leads to" after a clause ("the pharmacist knows the practices, which leads to quick
    fixes"), and ", so" before one ("…explains the referral, so the resident sees it as routine")."""
    before = re.split(r"[;,(]", arrow.string[: arrow.start()])[-1]
    after = re.split(r"[;(]|->|=>|\u2192", arrow.string[arrow.end() :])[0]
    if outcome_form(after) == CLAUSE:
        return ", so "
    if outcome_form(before) == CLAUSE:
        return ", which leads to "
    return " lead to " if _a_plural_subject(before) else " leads to "


def _lower_after_semicolons(text: str, names: frozenset[str] | set[str] = frozenset()) -> str:
    """A part's later pieces after "; " in mid-sentence, their capital lowered as at the start of a part
    (`_lower_first`: names, acronyms and "I" keep theirs): a mechanism coded as resource and response is joined with
    "; " (`models.mechanism_from_parts`), and "…from their own experience; Service users feel hopeful" read as two
    sentences run together (trial R)."""
    first, *rest = text.split("; ")
    return "; ".join([first, *(_lower_first(piece, names) for piece in rest)])


def as_a_part_reads(text: str) -> str:
    """A configuration's part as a table or a pack's list shows it beside its sentence: its pieces after "; " lowered
    as the sentence lowers them (`_lower_after_semicolons`), so a cell does not read "Trust in the GP; Trust works both
    ways" where the sentence reads "…; trust works both ways" (trial AP); its words typed in capitals as the sentence
    reads them (`capitals_as_words`), and the signs a coder writes in notes as the words the sentence spells them in
    (`_symbols_as_words`: trial E0's pack sentence read "people with LTCs" and its picture and the report's table
    "People w/ LTCs"), an arrow between two phrases as the words the sentence says for it (`_arrows_as_words`:
    re-check RH1's pack read "mentor turns up every wk, so mentee feels valued" and, in its picture and the mechanism
    shown beside it, "mentor turns up every wk -> mentee feels valued"), and a contraction typed bare with its
    apostrophe as the sentence writes it (`_with_apostrophes`: re-check RH2's pack sentence read "staff don't feel
    confident" and its picture and table "staff dont"); its first word as written."""
    text = _with_apostrophes(_arrows_as_words(_symbols_as_words(capitals_as_words(clean_text(text)))))
    if "; " not in text:
        return text
    review = _REVIEW_WRITTEN.get()
    token = _WRITTEN_HERE.set(how_written((text,)) | review if review else how_written((text,)))
    try:
        return _lower_after_semicolons(text, capitalised_names((text,)) | _REVIEW_NAMES.get())
    finally:
        _WRITTEN_HERE.reset(token)


def in_running_text(name: str) -> str:
    """A label a team wrote to stand alone (a group's or domain's name: "Older people and carers") as it reads inside a
    sentence, "People who can speak for older people and carers" (trial AC's pack cover kept the capital): its first
    capital lowered as at the start of a part (`_lower_first`), so names and acronyms keep theirs ("NHS managers",
    "Māori whānau"), and so do the words the review's texts capitalise mid-sentence (`names_from`)."""
    return _lower_first(clean_text(name), _REVIEW_NAMES.get())


def _lower_first(text: str, names: frozenset[str] | set[str] = frozenset(), english: bool = True) -> str:
    """Lower-case a leading capital unless the word looks like an acronym (NHS, GP), is `I`, is capitalised elsewhere
    in the same statements too (a name: "Latino", "Māori"), or is a name by the English lexicon (`is_proper_noun`); nor a
    word joined by "and" to a name ("Black and Brown women"), nor one opening a name in another language ("Un chez-soi
    d'abord…", where `english`)."""
    word, _, rest = text.partition(" ")
    if not text or len(word) == 1 and word == "I" or len(word) > 1 and not word[1:].islower() and not _before_an_acronym(word):
        return text
    bare = _without_possessive(word.strip(",;:()"))
    if bare.lower() in _DETERMINERS and not rest[:1].isupper():
        return text[0].lower() + text[1:]  # "Another adult leaving…"; not "Another Chance Trust"
    written = _WRITTEN_HERE.get()
    lower_too = bool(written) and fold(bare.lower()) in written.lower
    if lower_too and rest[:1].islower() and bare in written.capitalised - written.alone and not is_proper_noun(word):
        return text[0].lower() + text[1:]  # "Insurance removes…": a word of "the National Health Insurance Scheme" alone
    if word.strip(",;:()") in names or bare in names or is_proper_noun(word) or _a_name_before_its_noun(bare, rest):
        return text
    if _joined_to_a_name(rest, names) or english and _a_name_in_another_language(bare, rest):
        return text  # "Black and Brown women" (trial AR read "Where black and Brown women…"); "Un chez-soi d'abord…"
    if _a_name_nobody_lowers(bare, _REVIEW_WRITTEN.get(), rest):
        return text  # "Torbay integrated teams": trial AC read "In torbay…"
    if _opens_a_name_written_so(word.strip(",;:()"), rest, written or _REVIEW_WRITTEN.get()):
        return text  # "Age UK volunteers visit…", where the texts say "referred to Age UK": not "Where age UK…"
    if lower_too and bare not in written.capitalised and (rest[:1].islower() or _an_adjective_before_a_place(bare, rest)):
        return text[0].lower() + text[1:]  # "Rural Eastern Cape Province", where the texts write "the rural Eastern Cape"
    if word.lower() in _ARTICLES:
        return text[0].lower() + text[1:]  # "a Veterans Affairs facility": an article opens no name (trial AE's listing)
    if _describes_a_people(bare, rest):
        return text[0].lower() + text[1:]  # "Older Punjabi Sikh women": an adjective before a people's name (trial BK)
    if rest[:1].isupper() and not _word_tags(word.lower()) & _VERB_FORMS and not _common_before_an_acronym(word, rest):
        if not a_common_compound(word, names):
            return text  # "South Asian adults"; not "Improved HbA1c", "More A&E attendances", "A PACER team"
    return text[0].lower() + text[1:]


def _a_name_before_its_noun(word: str, rest: str) -> bool:
    """Whether a capitalised word is a name whose only common word is a rare verb (`lexicon.names_spelt_like_verbs`:
    "Shanghai", "Hoover") before a noun it describes ("Shanghai community RCT"): no verb's base form describes a noun,
    so the capital is the name's (helper H3's pack read "In shanghai community RCT, …"). Before a function word the verb
    goes on ("Whittle down waiting lists", "Hoover up the crumbs") and is lowered as before."""
    after = _words(rest)[:1]
    if word.lower() not in names_spelt_like_verbs() or not after:
        return False
    return after[0] not in _PREPOSITIONS | _ARTICLES | _DETERMINERS | _POSSESSIVES | _PARTICLES and not _is_person(after[0])


def _an_adjective_before_a_place(word: str, rest: str) -> bool:
    """Whether a capitalised adjective the texts write in lower case ("Rural", "Homeless") opens a part before a place's
    name, and so describes it ("Rural Northern Region", "Rural Ghana"): the name after it opens with a compass point's
    adjective, a name by the lexicon, or a word that is no English word. Before a name of common words in capitals
    ("Homeless Hospital Discharge Fund", "Homeless Health Peer Advocacy", "Deaf Awareness Week") the adjective is that
    name's first word: trial CX's pack read "In homeless Hospital Discharge Fund projects", a programme misnamed."""
    if "a" not in _word_tags(word.lower()):
        return False
    after = rest.split(" ", 1)[0].strip(",;:()")
    known = fold(after.lower()) in english_words() or after.lower() in dictionary_words()
    return after.lower() in _COMPASS_ADJECTIVES or is_proper_noun(after) or not known


_HYPHENED_ACRONYM = re.compile(r"^(?P<head>[A-Z][a-z]+)-(?P<tail>[A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)*)[,;:]?$")
"""A capitalised word joined by a hyphen to an acronym: "Post-COVID", "Non-NHS", "Pre-HIV"."""
_HYPHENED_PREFIXES = frozenset("non pre post anti mid sub co inter intra multi semi pro ex peri trans cross".split())
"""English prefixes written with a hyphen before a capital ("non-NHS", "pre-ART"), which the lexicon has not as words."""


def _before_an_acronym(word: str) -> bool:
    """Whether a word is a common English word capitalised only to open its cell, joined by a hyphen to an acronym
    ("Post-COVID assessment clinics", "Non-NHS providers", "Pre-ART counselling"): its capital goes as any other's does
    (`_lower_first`), the acronym keeps its own. Trial LB read "In Post-COVID assessment clinics", as the capitals after
    the hyphen made the whole word read as an acronym. A name ("Al-NHS"?) is no English word, and keeps its capital."""
    found = _HYPHENED_ACRONYM.match(word)
    head = found["head"] if found else ""
    return bool(found) and (head.lower() in english_words() or head.lower() in _HYPHENED_PREFIXES) and not is_proper_noun(head)


_COMPASS_ADJECTIVES = frozenset("north south east west northern southern eastern western".split())


def _describes_a_people(word: str, rest: str) -> bool:
    """A capitalised word the lexicon knows only as a common adjective ("Older", "Undocumented", "Urban"), before the
    name of a people (one whose plural WordNet has for a kind of person, `peoples`: "Somali", "Punjabi", "Muslim"): it
    describes the people and its capital is the sentence's, as no people's name opens with such an adjective ("For Older
    Punjabi Sikh women…" read so mid-sentence). A compass point's adjective is part of the name ("Eastern European",
    "Southern African"), as are words that are nouns or verbs too ("Black Caribbean", "Native American", "North
    African"), and these keep their capital."""
    after = rest.split(" ", 1)[0].strip(",;:()")
    if not after[:1].isupper() or _word_tags(word.lower()) != {"a"} or word.lower() in _COMPASS_ADJECTIVES:
        return False
    return after.lower() in peoples() or f"{after.lower()}s" in peoples()


def a_common_compound(word: str, names: frozenset[str] | set[str]) -> bool:
    """A hyphenated word in lower case after its capital whose first part is a common English word and no name
    ("Low-income", "Close-knit", "High-risk"): an adjective, whose capital is the sentence's though a name follows it
    (trial BN's pack read "For Low-income African American and Latino patients…", "In Close-knit South Asian
    communities…"), and no part of the name after it (`round close --check` named 'Low-income African American' one
    study's, BN 3). A name keeps its capital: one with a capital after the hyphen ("Stoke-on-Trent", "Anglo-Saxon"), or
    whose first part is a name ("London-based", or one the review's texts capitalise)."""
    bare = word.strip(",;:()")
    first, hyphen, after = bare.partition("-")
    if not hyphen or not after or not bare[1:].islower():
        return False
    return first.lower() in english_words() and first not in names and not is_proper_noun(first)


def _joined_to_a_name(rest: str, names: frozenset[str] | set[str]) -> bool:
    """Whether a part's first word is joined by "and"/"or" to a word the coder capitalised mid-sentence, a name of the
    same kind and no acronym ("Black and Brown women", "Deaf and Disabled people"): the first word is capitalised as
    the name it is paired with, not as the sentence's first."""
    joiner, _, after = rest.partition(" ")
    second = _without_possessive(after.split(" ", 1)[0].strip(",;:()"))
    return joiner in ("and", "or", "&") and second[:1].isupper() and second[1:].islower() and second in names


def _a_name_in_another_language(word: str, rest: str) -> bool:
    """Whether a part opens with a function word of another language that is no English word ("Un", "La", "El") and
    a word after it that is no English word either ("Un chez-soi d'abord participants…"): a programme's or a body's name
    in that language, kept as written (trial AQ read "For un chez-soi d'abord participants…"). Only in a statement
    worded in English: one written in that language (`_parts_as_written`) lowers "Les élèves…" as a sentence's middle."""
    second = rest.split(" ", 1)[0].strip(",;:()").lower()
    first, english = word.lower(), english_words()
    return first in other_function_words() and first not in english and bool(second) and second not in english


_COMMON_ENDINGS = (
    *_ABSTRACT_ENDINGS,
    "ency",
    "ancy",
    "ible",
    "able",
    "ous",
    "ive",
    "ful",
    "ant",
    "ent",
    "ly",
    "ary",
    "al",
    "ic",
    "ed",
    "ing",
    "ment",
    "tion",
    "sion",
    "ty",
)
"""Endings of common words the lexicon does not list ("multidisciplinary", "hospital", "geriatric", "frailty"): those
of adjectives (`_ADJECTIVE_ENDINGS`) and of abstract nouns (`_ABSTRACT_ENDINGS`, and "-ency"/"-ancy" beside "-ence" and
"-ance": "Emergency readmission rates" kept its capital inside a sentence, helper H4), and more."""


def _a_name_nobody_lowers(word: str, review: Written | None, rest: str = "") -> bool:
    """A capitalised word that is a name though the lexicon does not know it (a town, a borough, a service: "Torbay",
    "Kirklees"): one the review's texts, where they are known (`names_from`), never write in lower case, nor its plural
    ("Carer strain…" where the texts say "carers"), one word, no plural, no person, without a common word's ending, and
    not the head of a phrase "of" a thing in lower case ("Loss of mobility…", where a name goes on in capitals: "Isle of
    Wight"), nor a verb run together with its "not" ("Cannot", which the lexicon lists as neither). Without the
    review's texts such a word is read as texts that never lower it would read it: a name where it
    goes on "of" a word in capitals ("Isle of Wight practices…", which read "In isle of Wight…"), and otherwise nothing
    tells it from a common word the lexicon does not list ("Frailty units…"), so it is lowered as before (trial BA 3:
    "which leads to Carer strain", "lead to Loss of mobility"). Nor a
    noun for one person (`_one_person`) before its verb, as a coder writes one without its article
    (`_a_bare_persons_verb`: "Receptionist books the interpreter", "Pharmacist reviews the list"; trial BC read "when
    Receptionist books…"), where a name before a noun stays one ("Doncaster practices with…")."""
    lower = word.lower()
    if not word[:1].isupper() or not word.isalpha() or len(word) < 4 or _word_tags(lower):
        return False
    if lower in STOPWORDS or lower in _INDEFINITE_PRONOUNS or _is_plural(lower) or _is_person(lower):
        return False
    if lower.endswith("not") and lower[:-3] in STOPWORDS:
        return False  # "Cannot reach the clinic": a verb and its "not" written as one word (trial E0 read "they Cannot")
    if _one_person(lower) and _a_bare_persons_verb([lower, *_words(rest)[:4]]):
        return False  # "Receptionist books the interpreter": one person's noun and its verb, its article left out
    if lower.endswith(_COMMON_ENDINGS):
        return False
    if re.match(r"of [a-z]", rest):
        return False
    if review is None:
        return bool(re.match(r"of [A-Z][a-z]", rest))  # "Isle of Wight practices": the name goes on in capitals
    return not {fold(lower), fold(lower + "s"), fold(lower + "es")} & review.lower


def _opens_a_name_written_so(word: str, rest: str, written: Written | None) -> bool:
    """Whether a part opens with the first two words of a name the texts write mid-sentence ("Age UK", "Citizens
    Advice", "Public Health England"), though its first word is a common one alone: the name is kept whole, where the
    capital before an acronym or another capital would otherwise be read as the sentence's (`_common_before_an_acronym`)."""
    after = rest.split(" ", 1)[0].strip(",;:()")
    return bool(written) and bool(after[:1].isupper()) and (word, after) in written.joined


def _common_before_an_acronym(word: str, rest: str) -> bool:
    """A common word (an article, "more", "better"…) before an acronym ("More A&E attendances", "A PACER team"): its
    capital is the sentence's, not part of a name with the acronym."""
    after = rest.split(" ", 1)[0].strip(",;:()")
    acronym = len(after) > 1 and not any(ch.islower() for ch in after)
    bare = word.lower().strip(",;:()")
    return acronym and (bare in STOPWORDS or bool(_word_tags(bare) - _PROPER))


def is_proper_noun(word: str) -> bool:
    """A name whatever the sentence: the lexicon knows it only as a proper noun ("Hmong", "Somalis", "Māori", "Ontario";
    trial J: "In hmong families…"), possessive or not ("Nepal's"), not as any common word's form ("Trust", "Black",
    "Rose"), nor an auxiliary ("May")."""
    folded = fold(_without_possessive(word.strip(",;:()")))  # "Nepal's national programme": trial O read "In nepal's…"
    return " " not in folded and folded not in _AUXILIARIES and _word_tags(folded) == _PROPER


_PROPER = frozenset("C")


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


TITLE_WORDS = 12
"""A clause this long or shorter is a title whole; a longer one is cut before a phrase, to this many words at most."""
TITLE_WORDS_AT_LEAST = 6
"""A cut never leaves fewer words than this: "Mentor with lived experience acts" is no phrase."""


TITLE_WORDS_WHOLE = 14
"""A clause no cut leaves whole (`short_title`) is a title whole up to this many words, rather than cut with "…"."""


_CLAUSE_END = re.compile(r"[,;:.(]|\s(?:so|which|because|and so|leading to|so that)\s", re.I)


_PHRASE_OPENERS = frozenset(
    "with without for to in on at by from and or but because when where while which that who whose so after before "
    "during through about until unless if as than within across among amongst into under over between via despite "
    "against towards toward".split()
)
_DANGLING = _PHRASE_OPENERS | frozenset(
    "a an the their his her its our your my of this these those rather than such including like especially "
    "particularly both either neither whether each every any some very not no is are was were be been being has have had "
    "can could will would may might must should".split()
)
"""Words that point on to what follows ("…during an emergency such", "…who can"): no title ends on one. An object
pronoun is none: "…the community that chose them" ends whole, where dropping "them" left "…that chose" (trial O)."""
_DANGLING |= frozenset("whom nor although though whereas".split())
_JOINING_SIGNS = frozenset("\u2192 -> => \u2013 \u2014 - & + /".split())
"""Signs that join two parts ("attendance at sport sessions → no change", "a GP – and a nurse"): a title may be cut
before one, as before a phrase, but never ends on one, which leaves it pointing at what was cut (trial BY: "Attendance
at sport sessions →")."""
_DANGLING |= _JOINING_SIGNS
_DANGLING |= frozenset("only just even mainly mostly solely largely chiefly merely purely exclusively primarily".split())
"""Adverbs that pick out what follows them ("screening is only | for women with symptoms"): a title ending on one says
the opposite of the text (re-check 44: "…think screening is only")."""
_QUALIFIER = re.compile(r"\s*(?:or|but|not|nor|except|unless|yet|only|rather|without|with\s+no)\b", re.I)
"""What opens a part that qualifies the clause before it ("…, or…", "…, without a follow-up call"): a title keeps both
or neither."""


def short_title(text: str) -> str:
    """A title a reader can scan that reads as a complete phrase, never cut mid-thought.

    The whole text when it is short (TITLE_WORDS_AT_LEAST words or fewer); else its first clause (up to a
    comma, "so", "which", "because"…) when that is at most TITLE_WORDS words; a longer clause loses its
    last phrases, cut before "with", "and", "when"… and never after a dangling "in" or "the", keeping at
    least TITLE_WORDS_AT_LEAST words, or, where no such cut is whole, the fewest words past TITLE_WORDS (up to
    TITLE_WORDS_WHOLE) that end a phrase. Only a long clause with no such boundary is cut between words, and
    then it ends with "…" so that no one reads it as the whole."""
    text = clean_text(text).rstrip(" .;,:")
    if len(text.split()) <= TITLE_WORDS_AT_LEAST:
        return _upper_first(text)
    if len(text.split()) > TITLE_WORDS and (main := _main_clause_after_its_opener(text)):
        text = main  # "Without tests or a doctor on site, | staff and prescribers err on the side of treating"
        if len(text.split()) <= TITLE_WORDS_AT_LEAST:
            return _upper_first(text)
    text = _without_a_relative_aside(text)
    clause, rest = _first_clause(text)
    qualified = bool(rest) and _QUALIFIER.match(rest)  # "low, or already high": the cut would say only "low"
    words = clause.split() if len(clause.split()) >= 4 and not qualified and not _sets_the_scene(clause, rest) else text.split()
    if len(words) <= TITLE_WORDS:
        return _upper_first(" ".join(words).rstrip(",;:"))
    longer = range(TITLE_WORDS + 1, min(TITLE_WORDS_WHOLE, len(words) - 1) + 1)  # a phrase's end a little later than
    # TITLE_WORDS, rather than a cut between words (trial BN: "…and goes | through the bowel preparation")
    for cut in [*range(TITLE_WORDS, TITLE_WORDS_AT_LEAST - 1, -1), *longer]:
        before = " ".join(words[:cut])
        listed = words[cut - 1][-1:] == "," and _verbs_listed(before.rstrip(","), ", " + " ".join(words[cut:]))
        if listed or _stranded(words[cut - 1], words[cut - 1][-1:]):
            return _upper_first(before.rstrip(","))  # "…joins ward rounds, | coordinates…"; "…no relationship with, | rather…"
        if _bare_word(words[cut]) in ("and", "or") and _a_verbs_list_closed(words, cut):
            continue  # "…joins ward rounds, coordinates care | and advocates…" would list two of its three verbs
        if words[cut].lower().strip(",;:") in _PHRASE_OPENERS or words[cut] in _JOINING_SIGNS:
            if _an_objects_complement(words, cut):
                continue  # "…see the service | as worth doing" said they see it (trial CD)
            if _the_second_objects_phrase(words, cut):
                continue  # "…dialysis as the default and conservative management | as a last resort" (trial BU)
            parted = _alternatives_parted(words, cut)
            if parted is not None:
                if parted <= TITLE_WORDS_WHOLE:
                    return _upper_first(" ".join(words[:parted]).rstrip(",;:"))  # "…by doctors or by family"
                continue
            if _a_linking_verb_bare(words, cut):
                end = _the_complements_end(words, cut)
                if end <= TITLE_WORDS_WHOLE:
                    return _upper_first(" ".join(words[:end]).rstrip(",;:"))  # "…makes people feel in control"
                continue
            kept = _without_dangling(words[:cut])
            if len(words) <= TITLE_WORDS_WHOLE and _a_verb_phrase_begun(words, len(kept)):
                break  # "…and send urine | for culture": whole where it fits, else cut before its "and" (trial X)
            whole = not _cut_inside_a_phrase(words, len(kept)) and not _only_its_subject(kept, words)
            whole = whole and not (len(words) <= TITLE_WORDS_WHOLE and _its_verb_cut(kept, words))
            if len(kept) >= TITLE_WORDS_AT_LEAST and whole:
                return _upper_first(" ".join(kept).rstrip(",;:"))
    if len(words) <= TITLE_WORDS_WHOLE:
        return _upper_first(" ".join(words).rstrip(",;:"))
    kept = _without_dangling(words[:TITLE_WORDS])
    if len(kept) + 1 < len(words) and _a_participle_bare(words, len(kept)) and _bare_word(words[len(kept)]) in _PARTICLES_AFTER:
        kept = words[: len(kept) + 1]  # "…feel cared about…", not "…feel cared…" (trial AJ)
    if len(kept) + 2 < len(words) and _an_adjective_and_its_infinitive(words, len(kept)):
        kept = words[: len(kept) + 2]  # "…feel unable to respond…", not "…feel unable…" (trial Y: "…it is safe")
    return _upper_first(" ".join(kept).rstrip(",;:") + "…")


_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\s[^,;:()]*,\s+")


def _without_a_relative_aside(text: str) -> str:
    """A subject's relative clause set off by two commas ("trust in the referring professional, who has met the volunteers,
    carries over to the peer service") left out, where the words before it are no clause and the text without it is
    one: its first comma ends no clause, and a title cut there says who or what, not what happens (trial AD's title
    read "Trust in the referring professional"). Any other text as it is."""
    aside = _RELATIVE_ASIDE.search(text)
    if not aside or outcome_form(text[: aside.start()]) == CLAUSE:
        return text
    without = f"{text[: aside.start()]} {text[aside.end() :]}"
    return without if outcome_form(without) == CLAUSE else text


def _sets_the_scene(clause: str, rest: str) -> bool:
    """Whether a text's first clause only opens it, its main clause after the comma: the clause starts with a word that
    opens a clause or phrase of its own ("when", "if", "with", `_OPENERS`) and what follows reads as a clause ("when the
    GP explains the harms, | families accept waiting"). A title of that clause alone says when, not what happens (trial
    E2's title read "When the GP explains the harms of abx")."""
    said = clause.split()
    if not said or not rest.strip() or _bare_word(said[0]) not in _OPENERS:
        return False
    return _form_and_verb(rest.strip())[0] == CLAUSE


def _first_clause(text: str) -> tuple[str, str]:
    """The text up to its first clause boundary (a comma, "so", "which"…) that ends a clause, and what follows that
    boundary; a comma inside a list or a "which" that is a verb's object ("know which signs") ends none (trial P)."""
    for boundary in _CLAUSE_END.finditer(text):
        head = text[: boundary.start()].strip().rstrip(",;:")
        said, after = head.split(), text[boundary.start() :]
        if _inside_an_aside(text, boundary.start()):
            continue  # "read a change (confusion, falls) as a UTI": the aside's brackets hold its commas, and the clause goes on
        if boundary.group() == "." and _an_abbreviations_stop(said, after):
            continue  # "a defined package incl. NCD screening": the full stop shortens "including" (trial CP)
        if _a_list_goes_on(head, after) or len(said) > 1 and _lost_its_object(said, after.split()[0]):
            continue
        if _verbs_listed(head, after):
            continue  # "workers screen, | make a provisional diagnosis and refer": the comma lists the clause's verbs
        if len(said) > 1 and said[-1] in _JOINING_SIGNS:
            return " ".join(said[:-1]), text[boundary.end() :]  # "attendance at sessions → | (no change)": it ends there
        if said and _bare_word(said[-1]) in _DANGLING and not _stranded(said[-1], after):
            continue  # "an exchange in | which staff…": a preposition, determiner or conjunction ends no clause (trial S)
        if after[:1] == "," and _an_adjective_before_its_noun(said, after):
            continue  # "act on a clear, | evidence-based recommendation": the noun is still to come (trial AP)
        return head, text[boundary.end() :]
    return text, ""


def _inside_an_aside(text: str, at: int) -> bool:
    """Whether the clause boundary at `at` (a comma, or the bracket opening an aside) stands inside brackets that close
    before the clause goes on: "nurses read a change in condition (confusion, falls) as a UTI" goes on after its aside,
    so neither its "(" nor its comma ends the clause (trial E2's title read "Nurses read a change in condition"). A
    bracket whose aside ends the text ("fewer visits (12 v 15)") ends the clause, as before."""
    opening = text.rfind("(", 0, at + 1)
    if opening < 0 or text.rfind(")", 0, at) > opening:
        return False
    closing = text.find(")", at)
    return closing > 0 and bool(re.match(r"\s*[^\W\d_]", text[closing + 1 :]))


def _an_abbreviations_stop(said: list[str], after: str) -> bool:
    """Whether the full stop at the start of `after` ends an abbreviation inside a sentence, not the sentence: words go
    on after it in small letters ("approx. five"), or it follows a short form written in small letters or one dotted
    already ("incl. NCD screening", "e.g. NSAIDs"; `shorthand.is_shorthand`). A short form in capitals ends a
    sentence as any word does ("… by the GP. Patients …")."""
    from cmo.synthesis.shorthand import is_shorthand

    going_on = after[1:].lstrip()
    if not said or not going_on or after[1:2] not in (" ", ""):
        return False
    word = said[-1].lstrip("(\"'“‘")
    return going_on[:1].islower() or "." in word or (word.isalpha() and word.islower() and is_shorthand(word))


def _an_adjective_before_its_noun(said: list[str], after: str = "") -> bool:
    """Whether words end on an adjective that is no noun right after "a", "an", "the" or a possessive (at most one word
    of degree between): "a clear", "their own, …", "the long, …". A comma after it parts two adjectives of one noun
    ("a clear, evidence-based recommendation", "a safe, confidential space"), never a clause. So does one after an
    adjective that is no verb where another adjective follows the comma, with no determiner before a plural or mass
    noun ("offer intensive, flexible support", "give practical, hands-on advice": trial AQ's title read "Workers can
    offer intensive")."""
    bare = [_bare_word(w) for w in said[-3:]]
    if len(bare) < 2:
        return False
    tags = _word_tags(bare[-1])
    if not ("a" in tags and not tags & {"s"}) or _is_person(bare[-1]):
        return False
    following = _bare_word(after.lstrip(", ").split(" ", 1)[0]) if after else ""
    then = _word_tags(following)
    if not tags & {"P", "Z", "D"} and "a" in then and not then & {"s", "P", "Z"} and not _is_person(following):
        return True
    opener = bare[-2] if bare[-2] not in _DEGREE_WORDS | _DEGREE_ADVERBS or len(bare) < 3 else bare[-3]
    return opener in _ARTICLES or opener in _POSSESSIVES


def _a_verbs_list_closed(words: list[str], cut: int) -> bool:
    """Whether the "and"/"or" at words[cut] closes a list of verbs begun at a comma before it (`_verbs_listed`)."""
    for comma in range(cut - 1, 0, -1):
        if words[comma - 1][-1:] == ",":
            head = " ".join(words[:comma]).rstrip(",")
            return _verbs_listed(head, ", " + " ".join(words[comma:]))
    return False


def _stranded(word: str, after: str) -> bool:
    """A preposition right before a comma ends its clause, its object said before it ("workers they have no
    relationship with, | rather than…", "the school they belong to, | …")."""
    return _bare_word(word) in _PREPOSITIONS and after[:1] in ",;"


def _verbs_listed(head: str, after: str) -> bool:
    """Whether a comma goes on to more verbs of the clause before it, closed by "and"/"or" ("the team joins ward rounds,
    | coordinates care and advocates for the patient", "workers screen, | make a diagnosis and refer"): the word after
    the comma, the word after the list's "and" and a word of the clause are verbs in one form (all "joins",
    "coordinates", "advocates" or all "screen", "make", "refer"), however long each item is."""
    listed = re.match(r"\s*,\s*([\w'-]+)[^,;:.]*?\s(?:and|or)\s+([\w'-]+)", after)
    if not listed:
        return False
    first, last = (_bare_word(w) for w in listed.groups())
    said = _words(head)
    for form in ("Z", "P"):
        if form in _word_tags(first) and form in _word_tags(last) and any(form in _word_tags(w) for w in said[1:]):
            return not _word_tags(first) & {"D", "N"} and first not in _PREPOSITIONS
    return False


def _cut_inside_a_phrase(words: list[str], cut: int) -> bool:
    """A cut before `words[cut]` that leaves a verb without its object ("…believe | that…"), or parts a comparison:
    "as soon | as", "more care is arranged | than the person needs" (trial P); or that leaves a phrase unfinished
    (trial X): a noun without the "to" that says what it is for ("as a way | to relieve symptoms"), "between" with one
    side ("between residents | and doctors"), a verb phrase begun after "and" without its own phrase ("…and send urine
    | for culture"), the clause's verb bare ("staff err | on the side of treating"), or a subject after a comma without
    its verb ("On site, staff | and prescribers err…")."""
    if _lost_its_object(words[:cut], words[cut]) or _as_as(words, cut) or _than(words, cut) or _as_what_it_is(words, cut):
        return True
    if words[cut - 1][-1:] in ",;:":
        return False  # a phrase closed by its comma ends whole
    return (
        _a_noun_and_its_infinitive(words, cut)
        or _an_adjective_and_its_infinitive(words, cut)
        or _between_one_side(words, cut)
        or _a_list_without_its_last_item(words, cut)
        or _one_determiner_for_both(words, cut)
        or _a_participle_bare(words, cut)
        or _a_question_without_its_verb(words, cut)
        or _a_noun_and_its_clause_for_to(words, cut)
        or _a_gerund_bare(words, cut)
        or _a_verb_phrase_begun(words, cut)
        or _the_verb_bare(words, cut)
        or _a_subject_without_its_verb(words, cut)
        or _a_verb_without_what_it_takes(words, cut)
        or _a_verb_sharing_what_follows(words, cut)
        or _an_adjective_after_its_noun_bare(words, cut)
        or _modifiers_of_one_noun_parted(words, cut)
    )


def _an_adjective_after_its_noun_bare(words: list[str], cut: int) -> bool:
    """ "care close | to home", "services open | to all", "a hub run | with local staff": an adjective, or a participle
    that is no past tense, that follows its noun comes with what completes it, as English puts an adjective alone
    before its noun; cut before that phrase, the title ends on it (trial CB read "The benefits of knowing the midwife
    are enhanced by care close", "Care in a community hub run"). Before another word than "to" only an adjective that
    is no noun ("a care home | with…" is a noun's) or a participle only ("run", "given", "shown"). Not after
    "is", "feel"… or a word of degree, where an adjective alone ends a clause ("staff are kind | to…"), nor after a word
    that is no noun (a word the lexicon does not list, "hub", is taken for one)."""
    preposition = _bare_word(words[cut])
    if preposition not in _PREPOSITIONS or cut < 2:
        return False
    adjective, noun = _bare_word(words[cut - 1]), _bare_word(words[cut - 2])
    said = _word_tags(adjective)
    only_a_participle = "N" in said and ("D" not in said or preposition == "by") or adjective in _PARTICIPLE_AS_BASE
    # "a centre staffed | by…": a past form before its agent's "by" is a passive's participle, as `_verb_reading` reads it
    an_adjective = "a" in said and (preposition == "to" or not said & {"n", "s"})
    if not an_adjective and not (only_a_participle and preposition != "to"):
        return False
    if words[cut - 2][-1:] in ",;:":
        return False
    if noun in _BE_FORMS or noun in _LINKING_VERBS or noun in _DEGREE_WORDS or noun in STOPWORDS or noun == "not":
        return False
    tags = _word_tags(noun)
    return (bool(tags & {"n", "s"}) or not tags and noun.isalpha()) and "a" not in tags and not tags & {"D", "Z"}


def _modifiers_of_one_noun_parted(words: list[str], cut: int) -> bool:
    """ "run with Aboriginal | and Torres Strait Islander staff", "for young | and older carers": two modifiers joined by
    "and"/"or" before the one noun they share; cut before the "and", the title ends on a modifier without its noun (trial
    CB read "Care in a community hub run with Aboriginal"). The first is an adjective or a name's word inside the text,
    the second up to three such words or an "-ing" form ("Romanian speaking"), then the shared noun in lower case. Not
    two names ("in Leeds | and Bradford"), nor two nouns ("nurses | and Somali-speaking staff"), nor an adjective and
    another that ends its phrase ("kind | and respectful to patients")."""
    if _bare_word(words[cut]) not in ("and", "or") or cut < 2 or words[cut - 1][-1:] in ",;:":
        return False
    before = words[cut - 1]

    def modifies(word: str) -> bool:
        tags = _word_tags(_bare_word(word))
        return word[:1].isupper() or "a" in tags and not tags & {"s", "P", "Z", "D"} and not _is_person(_bare_word(word))

    if not modifies(before) or before.lower().endswith("ing"):
        return False
    for k in range(cut + 1, min(cut + 5, len(words))):
        word, bare = words[k], _bare_word(words[k])
        tags = _word_tags(bare)
        a_noun = tags & {"n", "s"} and ("a" not in tags or _is_person(bare)) or not tags and not bare.endswith(("ing", "ly"))
        if k > cut + 1 and word[:1].islower() and bare not in STOPWORDS and bare.isalpha() and a_noun:
            return True  # the noun they share ("staff", "health visitors": a word the lexicon does not list is one too)
        if word[-1:] in ",;:" or not (modifies(word) or k > cut + 1 and bare.endswith("ing") and len(bare) > 5):
            return False  # "Polish and Romanian speaking | families": a participle describes with them
    return False


def _a_verb_sharing_what_follows(words: list[str], cut: int) -> bool:
    """A cut after a clause's verb joined bare by "and"/"or" to a second verb in its form ("a form tutor makes | and
    explains the referral", "the link worker knows and has relationships | with local providers"): the two share what
    follows, so a title cut anywhere after the first leaves it without it (trial BY's titles read "A trusted adult such
    as a form tutor makes", "Link worker knows and has relationships"). The clause's verb by `_form_and_verb`, or a
    word that may be one where the second is only ever a verb ("reviews and explains")."""
    words = ["," if word in _JOINING_SIGNS else word for word in words]  # "…the referral → young person…" ends it
    said = _words(" ".join(words))
    form, verb = _form_and_verb(" ".join(words))
    if form != CLAUSE or verb is None:
        verb = next((k for k in range(1, len(said) - 2) if said[k + 1] in ("and", "or") and _verb_reading(said, k)), None)
        if verb is None or _word_tags(said[verb + 2]) & {"n", "s", "a"}:
            return False
    if verb + 2 >= len(said) or said[verb + 1] not in ("and", "or"):
        return False
    first, second = _word_tags(said[verb]), _word_tags(said[verb + 2])
    if not (first & second & {"P", "Z", "D"} or said[verb + 2] in _AUXILIARIES):
        return False
    return verb < len(_words(" ".join(words[:cut]))) < _what_two_verbs_share_ends(said, verb + 3)


def _what_two_verbs_share_ends(said: list[str], start: int) -> int:
    """Where the object that two verbs share ends, from `start` after the second: at a comma or a word that opens a
    phrase, past one phrase of a preposition ("has relationships | with local providers", where "knows" takes them too)."""
    end, phrases = start, 0
    while end < len(said):
        word = said[end]
        if word in ",;(" or word in _PHRASE_OPENERS and end > start:
            if word not in _PREPOSITIONS or phrases:
                break
            phrases += 1
        end += 1
    return end


_WH_CLAUSES = frozenset("who whom whether what how why".split())


def _a_verb_without_what_it_takes(words: list[str], cut: int) -> bool:
    """A cut right after a clause's verb that leaves it without its infinitive or the question it takes: "…and the
    physician wants | to avoid conflict", "The culture of the home shapes | who feels able to question…" (trial AE's
    titles ended so). The verb by its place (`_verb_reading`); "who", "what", "how"… after a noun would open no clause
    on it."""
    said = _words(" ".join(words[:cut]))
    if len(said) < 2:
        return False
    reading = _verb_reading(said, len(said) - 1)
    if reading is None and _a_second_verb_of_its_clause(said):
        reading = CLAUSE  # "staff are uncertain and want | to be on the safe side" (trial AU's title ended "…and want")
    following = _bare_word(words[cut])
    then = _bare_word(words[cut + 1]) if cut + 1 < len(words) else ""
    if following == "to":
        return reading == CLAUSE and ("P" in _word_tags(then) or then in _BASES_UNLISTED) and not _is_person(then)
    return following in _WH_CLAUSES and reading in (CLAUSE, EITHER)


_BASES_UNLISTED = frozenset({"be"})
"""A verb's base form cmo's English word forms do not list as one, as it lists "is", "are"… as auxiliaries: an
infinitive all the same ("want to be", "expect to be seen")."""


def _a_second_verb_of_its_clause(said: list[str]) -> bool:
    """Whether the last word is a verb after "and"/"or" that joins it to a clause that has its verb already: the clause's
    second verb ("staff are uncertain about the diagnosis and want", "parents worry and ask"), not a noun listed after
    another with no verb before them ("the cost of care and support")."""
    if len(said) < 4 or said[-2] not in ("and", "or") or not _word_tags(said[-1]) & {"P", "Z"}:
        return False
    return any(_verb_reading(said, j) == CLAUSE for j in range(1, len(said) - 2))


_PREPOSITIONS = frozenset(
    "with without for to in on at by from about within across among amongst into onto under over between via despite "
    "against towards toward through during after before until as like near past".split()
)
"""What opens a phrase inside a clause (a verb's or noun's complement), as against a clause of its own ("when", "and")."""


def _a_noun_and_its_infinitive(words: list[str], cut: int) -> bool:
    """ "see antibiotics as a way | to relieve symptoms", "have a chance | to speak": a noun after "a"/"an" whose
    infinitive says what it is for; "a way" alone says nothing. Not "to" and a noun ("a letter | to staff"). After "the"
    too, where the noun is the object of a verb before it: "removes the need | to walk into a group" says the opposite
    cut (trial AD)."""
    verb = _bare_word(words[cut + 1]) if cut + 1 < len(words) else ""
    if _bare_word(words[cut]) != "to" or "P" not in _word_tags(verb) or _is_person(verb) or verb in _PLURAL_WITHOUT_S:
        return False
    before = [_bare_word(w) for w in words[max(0, cut - 3) : cut]]
    noun = before[-1]
    if noun in _INDEFINITES or len(before) > 1 and before[-2] in ("which", "what", "whose"):
        return True  # "have nowhere | to refer the young person"; "do not know which office | to ring"
    if noun in _DANGLING or _word_tags(noun) & {"P", "Z", "D"} and not _a_noun_after_the(before):
        return False
    return any(w in ("a", "an") for w in before[:-1]) or _a_noun_after_the(before)


_INDEFINITES = frozenset(
    "nowhere somewhere anywhere everywhere nothing something anything everything nobody somebody anybody everybody "
    "noone someone anyone everyone".split()
)
"""Pronouns an infinitive completes ("nowhere to go", "someone to talk to"): alone they say nothing of what (trial AN's
title read "Practitioners and school staff have nowhere")."""


def _a_noun_after_the(before: list[str]) -> bool:
    """ "removes the need", "lose the chance": "the" and a noun after a verb's third person or past form (no noun)."""
    if len(before) < 3 or before[1] != "the":
        return False
    verb = _word_tags(before[0])
    return bool(verb & {"Z", "D"}) and not verb & {"n", "s", "a"} and "s" not in _word_tags(before[2])


def _an_adjective_and_its_infinitive(words: list[str], cut: int) -> bool:
    """ "it is safe | to talk about mental health", "residents feel able | to say no", "staff are likely | to refer": an
    adjective whose infinitive says what it is about; cut before it, the clause says something else ("it is safe",
    trial Y). An adjective only, or one after "is", "feel"… or a word of degree ("safe", "free" are nouns too)."""
    verb = _bare_word(words[cut + 1]) if cut + 1 < len(words) else ""
    if _bare_word(words[cut]) != "to" or "P" not in _word_tags(verb) or _is_person(verb) or verb in _PLURAL_WITHOUT_S:
        return False
    adjective, before = _bare_word(words[cut - 1]), _bare_word(words[cut - 2]) if cut >= 2 else ""
    tags = _word_tags(adjective)
    if "a" not in tags and not (not tags and adjective.endswith(_ADJECTIVE_ENDINGS) and len(adjective) > 5):
        return False  # "reluctant", "eligible": adjectives the lexicon does not list
    linked = before in _BE_FORMS or before in _LINKING_VERBS or before in _DEGREE_WORDS or before == "not"
    return not tags & {"n", "s"} or linked


def _a_list_without_its_last_item(words: list[str], cut: int) -> bool:
    """ "care across pregnancy, birth | and postnatal", "for young, homeless | or migrant women": a cut before the "and"/"or"
    that closes a list of commas (`_a_list_goes_on`, the rule that keeps a list whole at a clause's comma) leaves the list
    short of its last item, and what the items belonged to cut off (trial CB's title read "Caseload midwives who know the
    woman provide care across pregnancy, birth")."""
    if _bare_word(words[cut]) not in ("and", "or"):
        return False
    opened = [k for k in range(cut) if _bare_word(words[k]) in _PHRASE_OPENERS]
    commas = [k for k in range(cut - 1) if words[k][-1:] == "," and not any(k < o < cut for o in opened)]
    if not commas:
        return False
    return any(_a_list_goes_on(" ".join(words[: k + 1]).rstrip(","), ", " + " ".join(words[k + 1 :])) for k in commas)


def _between_one_side(words: list[str], cut: int) -> bool:
    """ "between residents | and doctors", "between the patient, the employer | and the insurance office": "between"
    names two sides, never one, however many words its first side or a list of sides takes (trial AH's title read "The
    coordinator is a bridge between the patient, the employer")."""
    kept = [_bare_word(w) for w in words[:cut]]
    if _bare_word(words[cut]) not in ("and", "or") or "between" not in kept:
        return False
    after = kept[len(kept) - 1 - kept[::-1].index("between") :]
    return not {"and", "or"} & set(after)


def _a_participle_bare(words: list[str], cut: int) -> bool:
    """ "the offer is made | in good faith", "the certificate is informed | by the coordinator's knowledge", "lets them feel
    cared | about": a past participle right after "is", "feel"… (or "not"), cut before the phrase it goes on with, says
    something else or nothing (trials AH, AJ). The title keeps the phrase, or is cut before the clause."""
    if _bare_word(words[cut]) not in _PREPOSITIONS or cut < 2 or words[cut - 1][-1:] in ",;:":
        return False
    word, before = _bare_word(words[cut - 1]), _bare_word(words[cut - 2])
    if before == "not" and cut >= 3:
        before = _bare_word(words[cut - 3])
    tags = _word_tags(word)
    participle = bool(tags & {"D", "N"}) and (word.endswith(("ed", "en", "wn", "de")) or "N" in tags)
    return participle and (before in _BE_FORMS or before in _LINKING_VERBS or before in ("feel", "be", "being", "been"))


def _a_linking_verb_bare(words: list[str], cut: int) -> bool:
    """A cut right after "feel", "seem", "become", "remain" or "get" before the phrase that says how ("makes people feel
    | in control of their care", "helps families feel | at ease"): the verb is left saying nothing (the example's C17
    read "…makes people feel")."""
    return cut >= 2 and words[cut - 1][-1:] not in ",;:" and _bare_word(words[cut - 1]) in _LINKING_VERBS


def _the_complements_end(words: list[str], cut: int) -> int:
    """Where the phrase a linking verb takes, begun at `cut` ("in control", "at ease"), ends: before the next phrase
    opener or "of" ("in control | of their care"), or after a comma; the whole text where none comes."""
    for end in range(cut + 2, len(words)):
        if words[end - 1][-1:] in ",;:" or _bare_word(words[end]) in _PHRASE_OPENERS | {"of"}:
            return end
    return len(words)


_PARTICLES_AFTER = frozenset("about for of on with to at".split())
"""Prepositions a verb's participle takes as its own ("cared about", "paid for", "thought of", "relied on")."""


def _a_question_without_its_verb(words: list[str], cut: int) -> bool:
    """ "learn what a rise | in weight means", "ask how the team | at the hospital works": a "what", "how", "why" or
    "whether" clause cut before its verb leaves a subject that is asked about and no question (trial AK's title read
    "…and learn what a rise")."""
    said = [_bare_word(w) for w in words[:cut]]
    opened = [k for k, w in enumerate(said) if k and w in ("what", "how", "why", "whether")]
    if not opened or opened[-1] == len(said) - 1:
        return False
    inner = " ".join(words[opened[-1] + 1 : cut])
    if said[opened[-1] + 1] in _AUXILIARIES or said[opened[-1] + 1] in _SUBJECT_PRONOUNS:
        return False  # "what is asked", "how they cope": its verb or its subject and verb are said
    if _form_and_verb(inner)[0] == CLAUSE:
        return False
    if said[opened[-1] + 1] in _ANY_DETERMINERS:
        return True  # "what a rise", "how the team": an inner clause's subject, its verb still to come
    form, verb = _form_and_verb(" ".join(words[opened[-1] + 1 :]))
    return form == CLAUSE and verb is not None and verb >= len(_words(inner))


def _a_noun_and_its_clause_for_to(words: list[str], cut: int) -> bool:
    """ "as a way | for professionals to watch them", "as a way for professionals | to watch them", "a chance for staff |
    to speak": a noun after "a"/"an" whose "for … to" says what it is for; cut before the "for" or the "to", the title
    says nothing of what (trial AK's title read "Patients see the equipment as a way for professionals")."""
    following = _bare_word(words[cut])
    said = [_bare_word(w) for w in words[:cut]]
    if following == "for":
        rest = [_bare_word(w) for w in words[cut + 1 : cut + 5]]
        to = next((k for k, w in enumerate(rest) if w == "to"), -1)
        noun_at = len(said) - 1
    elif following == "to":
        fors = [k for k in range(max(0, len(said) - 4), len(said)) if said[k] == "for"]
        if not fors:
            return False
        rest, to, noun_at = [_bare_word(w) for w in words[cut:]], 0, fors[-1] - 1
    else:
        return False
    if to < 0 or to + 1 >= len(rest) or "P" not in _word_tags(rest[to + 1]) or _is_person(rest[to + 1]):
        return False
    if noun_at < 1 or said[noun_at] in _DANGLING or _word_tags(said[noun_at]) & {"P", "Z", "D"}:
        return False
    return said[noun_at - 1] in ("a", "an") or noun_at >= 2 and said[noun_at - 2] in ("a", "an")


def _one_determiner_for_both(words: list[str], cut: int) -> bool:
    """ "make going to the GP | or health visitor feel normal", "ask the nurse | or doctor": two nouns after one
    determiner, the second without its own, are one phrase; cut between them, the title says one of them and leaves
    what follows the pair cut off (trial AD). Only where the pair goes on after its second noun, or ends the text."""
    if _bare_word(words[cut]) not in ("and", "or") or cut + 1 >= len(words) or words[cut - 1][-1:] in ",;:":
        return False
    kept = [_bare_word(w) for w in words[max(0, cut - 3) : cut]]
    second = _bare_word(words[cut + 1])
    tags = _word_tags(second)
    if second in STOPWORDS or tags & {"P", "Z", "D", "N"} and not tags & {"n", "s"} or second.endswith("ing"):
        return False  # "the nurse | or care assistant", "the GP | or senior nurse"; not "the nurse | or refer"
    if tags & {"P", "Z", "D"} and cut + 2 < len(words) and _bare_word(words[cut + 2]) in _OBJECT_OPENERS:
        return False  # "refer the young person | and pass them between services": a verb and its object (trial AN)
    opened = [k for k, w in enumerate(kept) if w in _ARTICLES | _POSSESSIVES]
    return bool(opened) and not set(kept[opened[-1] + 1 :]) & (_PREPOSITIONS | STOPWORDS)


def _a_gerund_bare(words: list[str], cut: int) -> bool:
    """ "make going | to the GP feel normal", "fear walking | into a group": a verb's -ing form after a verb or "and",
    cut before the phrase it goes on with, says nothing of where or what (trial AD: "Peers encourage them and make
    going")."""
    word, before = _bare_word(words[cut - 1]), _bare_word(words[cut - 2]) if cut >= 2 else ""
    if _bare_word(words[cut]) not in _PREPOSITIONS or not word.endswith("ing") or len(word) < 5:
        return False
    return _a_verb_by_its_place(word, before)


def _a_verb_phrase_begun(words: list[str], cut: int) -> bool:
    """ "…base the diagnosis on symptoms and send urine | for culture", "…and refer families | to services": a verb
    phrase begun after "and"/"or" (at most two words kept after it) cut before its own phrase: a text short enough
    is titled whole (`short_title`), a longer one cut before the "and", which keeps the first whole. A modal, an
    auxiliary or a denial may open the verb phrase, and then the word after it is its verb, a noun too or not ("…and
    cannot work | through each person's barriers": trial BN's title ended "…and cannot work")."""
    if _bare_word(words[cut]) not in _PREPOSITIONS:
        return False
    for j in range(max(1, cut - 4), cut - 1):
        if _bare_word(words[j]) not in ("and", "or"):
            continue
        verb = j + 1
        while verb < cut - 1 and _bare_word(words[verb]) in _AUXILIARIES | _NEGATIONS:
            verb += 1
        tags = _word_tags(_bare_word(words[verb]))
        helped = verb > j + 1 and verb >= cut - 2 and "P" in tags  # "…and cannot work | through…"
        if helped or verb == j + 1 and j >= cut - 3 and tags & {"P", "Z", "D"} and not tags & {"n", "s", "a"}:
            return True
    return _a_verb_joined_bare(words, cut)


def _a_verb_joined_bare(words: list[str], cut: int) -> bool:
    """ "…where to send pupils and hold | on to them", "…lose the practitioner and wait | for a replacement": the last
    word kept is the one word after "and"/"or", a verb that is a noun too ("hold", "wait", "pass"), read as a verb where
    a word before the "and", after the clause's first, is a verb in the same form and no noun ("send", "lose"): cut
    there, the second verb is left without its phrase (trials AN, AP)."""
    if cut > 3 and _bare_word(words[cut - 1]) in _OBJECT_PRONOUNS:
        cut -= 1  # "…and hand them | to reception staff": the verb and its pronoun
    if cut < 3 or _bare_word(words[cut - 2]) not in ("and", "or") or words[cut - 2][-1:] in ",;:":
        return False
    verb = _word_tags(_bare_word(words[cut - 1]))
    if "s" in verb and not _a_verbs_list_closed(words, cut - 2) or "a" in verb or _is_person(_bare_word(words[cut - 1])):
        return False  # a plural noun ("…and home visits"), unless its "and" closes a list of verbs ("…, arranges transport
        # and goes | through the preparation": trial BN's title ended "…and goes")
    for form in ("P", "Z", "D"):
        if form in verb and any(
            form in (tags := _word_tags(_bare_word(w))) and not tags & {"n", "s", "a"} for w in words[1 : cut - 2]
        ):
            return True
    return False


_OBJECT_PRONOUNS = frozenset("them it him her us me".split())


def _the_verb_bare(words: list[str], cut: int) -> bool:
    """ "Staff and prescribers err | on the side of treating", "Residents rely | on the nurse": the clause's own verb
    is the last word kept, and the phrase after it its complement. A verb of change says enough ("admissions fell | by
    a third")."""
    if _bare_word(words[cut]) not in _PREPOSITIONS:
        return False
    kept = " ".join(words[:cut])
    form, verb = _form_and_verb(kept)
    said = _words(kept)
    return form == CLAUSE and verb == len(said) - 1 and said[-1] not in _PAST_OF_CHANGE | _CHANGE_VERBS


def _a_subject_without_its_verb(words: list[str], cut: int) -> bool:
    """ "Without tests on site, staff | and prescribers err…": after its last comma, the words kept are the subject of
    a clause whose verb was cut."""
    commas = [k for k in range(cut) if words[k][-1:] == ","]
    if not commas or commas[-1] == cut - 1:
        return False
    subject, clause = " ".join(words[commas[-1] + 1 : cut]), " ".join(words[commas[-1] + 1 :])
    form, verb = _form_and_verb(clause)
    return form == CLAUSE and verb is not None and verb >= len(_words(subject))


def _main_clause_after_its_opener(text: str) -> str:
    """The main clause of a long text that opens with a phrase of its own before a comma ("Without tests or a doctor on
    site, | staff and prescribers err on the side of treating"; "When the GP is away, | nurses…"): the clause that says
    who does what, where it names them; "" where none does ("…, they decide": "they" is no one in a list of titles)."""
    first = _bare_word(text.split()[0])
    if first not in _OPENERS:
        return ""  # not "Hearing how others handled diet, | …": an -ing phrase may be the subject itself
    for comma in re.finditer(r",\s+", text):
        rest = text[comma.end() :]
        said = _words(rest)
        if len(said) < 3 or said[0] in _SUBJECT_PRONOUNS or said[0] in _PHRASE_OPENERS or said[0] in _OPENERS:
            return ""
        form, verb = _form_and_verb(rest)
        if form != CLAUSE or verb is None:
            return ""
        if set(said[:verb]) & _SUBJECT_PRONOUNS:
            return ""  # "Without a private, | confidential space they worry…": the comma is inside the opener
        if "," not in said[:verb]:
            return _upper_first(rest)  # its subject right after the comma: "…on site, staff and prescribers err…"
        if said[verb - 1] not in _SUBJECT_PRONOUNS:
            return ""  # "…, nurses, carers and GPs disagree": which comma ends the opener is not known
        # "between residents, families and doctors, they decide": a list goes on, its clause after the next comma
    return ""


_LIST_ITEM = r"(?:(?!(?:and|or)\b)[\w'-]+\s+){0,2}(?!(?:and|or)\b)[\w'-]+"
"""An item of a list, one to three words, none of them the "and"/"or" that closes the list: the list ends at its first
"and" (", families and doctors, they decide whether and how" is a list of two, then a clause; trial X)."""
_LIST_GOES_ON = re.compile(rf",\s*{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*,?\s+(?:and|or)\s+[\w'-]+")


def _a_list_goes_on(clause: str, after: str) -> bool:
    """ "the person's social, family and functional background", "without a device, a connection or the confidence":
    a comma that goes on to more of a list ending in "and"/"or" is inside the list, not the end of a clause (trial P's
    title "Information about the person's social"; the example's "People without a suitable device")."""
    listed = _LIST_GOES_ON.match(after)
    if not listed:
        return False
    items = [item.split() for item in re.split(r",|\band\b|\bor\b", listed.group(0)) if item.strip()]
    return not any(item[0].lower() in _ASIDE_OPENERS or item[0].lower().endswith("ing") for item in items) and not any(
        w in _SUBJECT_PRONOUNS for w in _words(listed.group(0))
    )


_ASIDE_OPENERS = frozenset("such especially particularly notably mainly mostly like e.g. i.e. eg ie for".split())
"""What opens an aside, not the next item of a list: ", including remote support, and feel able" is no list."""


_DO_SUPPORT = frozenset({"do", "does", "did"})
"""The auxiliary English puts before "not" where no other verb carries it ("…does not change…"): left bare at a title's
end once its "not" is cut, it says the opposite of the text ("Learning to help a friend does")."""


def _without_dangling(words: list[str]) -> list[str]:
    """No title ends on a word that points to what was cut ("…the", "…rather"), nor on "to" and its verb ("…and
    clinicians to get"), unless "to" makes a modal of the verb before it ("…they have to do", `_MODAL_TO`), nor on the
    "do" that carried a "not" it cut (`_DO_SUPPORT`; trial E1: "…a friend does not by itself change how students feel"
    was titled "…a friend does"); a "do" that is the verb itself ("…what the team can do") stays."""
    kept = list(words)
    while len(kept) > 3 and (kept[-1].lower().strip(",;:") in _DANGLING or len(kept) > 4 and kept[-2].lower() == "to"):
        if kept[-2].lower() == "to" and _an_adjective_and_its_infinitive(kept, len(kept) - 2):
            break  # "…that they are free to raise…": "…they are free" says something else (trial Y)
        if kept[-2].lower() == "to" and _an_adjective_after_its_noun_bare(kept, len(kept) - 2):
            break  # "…by care close to home": an adjective after its noun and what completes it (trial CB)
        if kept[-2].lower() == "to" and _an_infinitive_says_what(kept):
            break  # "…know where to ring", "…which office to ring", "…have nowhere to go": what follows is what it is
        if kept[-2].lower() == "to" and _bare_word(kept[-3]) in _MODAL_TO and not _a_noun_after_its_article(kept, -3):
            break  # "…something they have to do": "have to" is a modal and its verb, never "…something they" (trial BD)
        if _bare_word(kept[-1]) in _PARTICLES and _word_tags(_bare_word(kept[-2])) & {"D", "N"}:
            break  # "…are not handed over", "…were followed up": a verb's particle, not a phrase begun (trial AA)
        if _bare_word(kept[-1]) in _PARTICLES and _bare_word(kept[-3]) in _MODALS and "P" in _word_tags(_bare_word(kept[-2])):
            break  # "…men can drop in", "…to sign up": a verb's particle after its modal (trial AZ read "…can drop")
        negation = _bare_word(kept.pop()) == "not"
        if negation and len(kept) > 3 and _bare_word(kept[-1]) in _DO_SUPPORT:
            kept.pop()  # "…does not": its "do" asserts what the "not" denied
    return kept


def _an_infinitive_says_what(kept: list[str]) -> bool:
    """Whether words ending on "to" and a verb are the infinitive a "where", "how", "which office" or "nowhere" takes:
    without it they say nothing of what ("know which office | to ring", "have nowhere | to go")."""
    before = [_bare_word(w) for w in kept[-4:-2]]
    wh = {"which", "what", "whose", "where", "when", "how", "whom", "who", "whether"}
    return bool(before) and (before[-1] in _INDEFINITES | wh or len(before) > 1 and before[0] in ("which", "what", "whose"))


_PARTICLES = frozenset("over up out off down back away on in through".split())
_MODALS = frozenset("can could will would may might must should to".split())
_MODAL_TO = frozenset("have has had having need needs needed ought".split())
"""Verbs that with "to" say what must be done ("have to", "need to", "ought to"): the verb after "to" is the clause's
own (`_without_dangling`), so a title keeps it, as it keeps a modal's; "the need to walk" is a noun's infinitive."""


def _a_noun_after_its_article(words: list[str], at: int) -> bool:
    """Whether `words[at]` follows an article, a possessive or a determiner, so is a noun ("the need", "their need")."""
    before = _bare_word(words[at - 1]) if len(words) >= -at + 1 else ""
    return before in _ARTICLES or before in _POSSESSIVES or before in _DETERMINERS


"""Words that finish a phrasal verb ("handed over", "followed up", "dropped out") as well as opening a phrase."""

_WHO_WHICH = ("who", "whom", "whose", "which")


def _only_its_subject(kept: list[str], words: list[str]) -> bool:
    """Words kept that are a subject and its relative clause, where the words cut go on to the verb the subject is of:
    "Providers who have no private space | to offer stop noticing that women are exposed" says who, not what they do
    (trial S). Kept: a relative pronoun after a noun and no finite verb after its own; the whole, no noun phrase; the
    words cut, no further relative clause ("Carers of people who have been discharged from wards | and who can no
    longer visit" is a noun phrase cut whole)."""
    said = _words(" ".join(kept))
    relative = next((i for i, w in enumerate(said) if i and w in _WHO_WHICH), 0)
    if not relative or _closes_no_subject(said[relative - 1]) or outcome_form(" ".join(kept)) != NOUN_PHRASE:
        return False
    return outcome_form(" ".join(words)) != NOUN_PHRASE and not set(_words(" ".join(words[len(kept) :]))) & set(_WHO_WHICH)


def _its_verb_cut(kept: list[str], words: list[str]) -> bool:
    """Words kept that are only the subject of the clause whose verb was cut: "The duty to cook traditional food | for
    the family comes before their own diet" says what, not what it does (trial AL's title read "…for the family comes",
    whose verb lost its phrase; cut earlier, it lost the verb). `short_title` then keeps a text short enough whole; a
    longer one keeps its subject ("Planning care together and adjusting it"), rather than a cut inside what it does."""
    form, verb = _form_and_verb(" ".join(words))
    said, at = _words(" ".join(words)), len(_words(" ".join(kept)))
    if form != CLAUSE or verb is None or verb < at:
        return False
    return not set(said[at:verb]) & set(_WHO_WHICH)  # "…from wards | and who can no longer visit": a relative's verb


def _as_as(words: list[str], cut: int) -> bool:
    """ "as soon | as they are fit", "as long | as": the two "as" of a comparison are one phrase, never cut apart."""
    return _bare_word(words[cut]) == "as" and cut >= 2 and _bare_word(words[cut - 2]) == "as"


def _as_what_it_is(words: list[str], cut: int) -> bool:
    """ "the young men see the specialist | as a credible messenger", "families treat the nurse | as a friend": "as" and a
    noun phrase with no verb of its own after a clause's verb and its object say what the object is taken to be, which
    the clause says; cut there, the title says only that they see it (trial AM). "as" that opens a clause ("…improves
    | as the ward settles") may be cut before."""
    if _bare_word(words[cut]) != "as" or cut + 1 >= len(words) or words[cut - 1][-1:] in ",;:":
        return False
    if _bare_word(words[cut + 1]) not in _ARTICLES | _POSSESSIVES:
        return False
    form, verb = _form_and_verb(" ".join(words[:cut]))
    return form == CLAUSE and verb is not None and verb < cut - 1 and outcome_form(" ".join(words[cut + 1 :])) != CLAUSE


def _than(words: list[str], cut: int) -> bool:
    """ "more care is arranged | than the person needs": a comparison without its "than" says something else."""
    return _bare_word(words[cut]) == "than" and any(_bare_word(w) in _COMPARATIVES for w in words[:cut])


def _lost_its_object(kept: list[str], following: str) -> bool:
    """A cut that leaves a verb without its object or clause ("…increasingly believe | that telephone triage…", "…the
    community that chose | them" when "them" was taken for a dangling word, trial O): a word that is only ever a verb
    ends the words kept (not a participle after "is", "feel"…: "what is asked | of them", "staff who are trained"), and
    the word cut after it is its object, not a phrase of its own ("…workers who visit | with kits") nor an adverb.
    `short_title` then cuts at an earlier phrase, or marks its cut "…"."""
    word, before = _bare_word(kept[-1]), _bare_word(kept[-2])
    tags = _word_tags(word)
    if kept[-1][-1:] in ",;:":
        return False
    if _a_verb_by_its_place(word, before) and _bare_word(following) in _OBJECT_OPENERS | {"these", "those", "what", "that"}:
        return True  # "…and treat | those with less of it", "…stop noticing | that women are exposed" (trial S)
    if not tags & {"P", "Z", "D"} or tags & {"n", "s"}:
        return False
    if tags & {"a", "N"} and (before in _BE_FORMS or before in _LINKING_VERBS):
        return False  # "what is asked | of them", "staff who are trained", "volunteers who feel valued"
    following = _bare_word(following)
    if not following or following in _ADVERBS_AFTER_A_VERB or following.endswith("ly") and len(following) > 4:
        return False
    return following not in _PHRASE_OPENERS or following in ("that", "which", "what", "how", "why", "whether")


def _a_verb_by_its_place(word: str, before: str) -> bool:
    """A word that could be a noun or a verb ("treat", "offer", "return") read as a verb where no noun could stand:
    after "and", "or", "to" or a subject pronoun; an -ing form after a verb ("stop noticing", "keep asking")."""
    if word.endswith("ing") and len(word) > 4:
        return bool(_word_tags(before) & {"P", "Z", "D"}) and not _word_tags(before) & {"a"}
    return bool(_word_tags(word) & {"P", "Z", "D"}) and (before in ("and", "or", "to") or before in _SUBJECT_PRONOUNS)


_LINKING_TOO = frozenset("stays keeps looks sounds grows turns goes comes proves appears runs falls".split())
"""Verbs in -s that are plural nouns too and link their subject to an adjective after them ("the patient stays calm",
"the ward goes quiet", "the stock runs low", "she falls ill"): a clause's verb, where another such word before an adjective is
a noun the adjective describes (`_verb_follows`)."""

_AS_COMPLEMENT_VERBS = frozenset(
    "see sees saw seen seeing regard regards regarded regarding view views viewed viewing treat treats treated treating "
    "perceive perceives perceived perceiving describe describes described describing recognise recognises recognised "
    "recognising recognize recognizes recognized recognizing experience experiences experienced experiencing".split()
)
"""Verbs whose object takes its complement after "as" ("see the service as worth doing", "treat the referral as an
administrative task"): the "as" phrase is what the clause says of its object, not a phrase a title may drop."""


def _an_objects_complement(words: list[str], cut: int) -> bool:
    """A cut before the "as" of an object's complement, the verb (`_AS_COMPLEMENT_VERBS`) at most six words before it:
    "…and see the service | as worth doing" leaves them seeing the service (trial CD's C10 was titled so)."""
    if _bare_word(words[cut]) != "as" or _bare_word(words[cut - 1]) == "such":
        return False  # "seen in person during an emergency | such as the pandemic": an example, no complement
    if [_bare_word(w) for w in words[cut + 1 : cut + 3]] == ["well", "as"]:
        return False  # "as well as": and
    return any(_bare_word(word) in _AS_COMPLEMENT_VERBS for word in words[max(0, cut - 7) : cut - 1])


def _the_second_objects_phrase(words: list[str], cut: int) -> bool:
    """Whether words[cut] opens the phrase of a second object joined by "and" or "or" that repeats the preposition of the
    first's ("present dialysis as the default and conservative management | as a last resort", "send the letter to the
    GP and a copy | to the family"): a cut there pairs the second object with the first's phrase, saying what the text
    does not (trial BU's title read "Clinicians present dialysis as the default and conservative management"). A second
    part that opens with a preposition of its own ("in the evening and at weekends | in May"), or one after a phrase of
    another preposition ("check doses against the chart and send queries | to wards"), is no such object."""
    opener = _bare_word(words[cut])
    if opener not in _PREPOSITIONS:
        return False
    joined = next((k for k in range(cut - 1, max(0, cut - 5), -1) if _bare_word(words[k]) in ("and", "or")), None)
    if joined is None or joined + 1 >= cut or _bare_word(words[joined + 1]) in _PHRASE_OPENERS:
        return False
    if any(_bare_word(word) in _PHRASE_OPENERS for word in words[joined + 1 : cut]):
        return False
    openers = [_bare_word(word) for word in words[1:joined] if _bare_word(word) in _PHRASE_OPENERS]
    return bool(openers) and openers[-1] == opener  # the first object's own phrase, not "check doses against the chart"


def _alternatives_parted(words: list[str], cut: int) -> int | None:
    """Where a title cut at words[cut] would part two phrases of one preposition joined by "or", "and" or "nor" ("the
    choice was made for them by doctors | or by family who want them to keep going", cut before "or" or before its
    second "by"): the end of the second phrase (the next phrase opener or clause mark after it), so the title keeps both
    or neither; None where the cut parts no such pair. Trial CW: a carer said families were not 'pressure', the
    mechanism was reworded to say doctors or family, and the title that followed it said "…made for them by doctors"."""
    if _bare_word(words[cut]) in ("or", "and", "nor"):
        joined = cut
    elif cut and _bare_word(words[cut - 1]) in ("or", "and", "nor"):
        joined = cut - 1
    else:
        return None
    if joined + 1 >= len(words) or (opener := _bare_word(words[joined + 1])) not in _PREPOSITIONS:
        return None
    first = next((k for k in range(joined - 1, -1, -1) if _bare_word(words[k]) in _PHRASE_OPENERS), None)
    if first is None or _bare_word(words[first]) != opener or words[joined - 1][-1:] in ",;:":
        return None
    end = joined + 2
    while end < len(words) and _bare_word(words[end]) not in _PHRASE_OPENERS and words[end - 1][-1:] not in ",;:":
        end += 1
    return end


def _bare_word(word: str) -> str:
    return word.lower().strip(",;:()")


KEY_CONTEXTS = 4


def key_contexts(written: str, own_context: str, member_contexts: list[str], context_written: bool = False) -> str:
    """What a reader sees as a configuration's key contexts: the reviewers' own words when they wrote them; otherwise the
    distinct contexts its statements were coded in (besides the configuration's own), each whole, so the column is never
    empty while the evidence names contexts and never says less than the coder wrote: cut to a phrase,
    "support-worker-level staff in settings where access to training depends" lost what it depends on. A member's
    context that denies what the configuration's own context says ("volunteers trained once with no later refresher
    training" beside "volunteers who received refresher training", trial O) is the opposite case, never a key context
    (`said_and_denied`); a thing the configuration's context both denies and says ("without a private address or phone
    of their own (in care, sharing a phone)", trial DA) is not said plainly, and a member lacking it ("YP w/o own
    address or phone") is the context it was worded from, not its opposite. Where a person wrote the configuration's own
    context (`context_written`), a member's that says it with words the person left out ("Acutely ill adults in Boston
    offered hospital-level care at home" beside their "Acutely ill adults offered hospital-level care at home", trial
    AC) is what they wrote it from, not another context: listing it would put back what they took out
    (`says_it_with_more`). A member's context of several parted by "; " (two codes of one excerpt, "restorative
    practice; Black pupils") is each of them: one said already, by another member or by the configuration's own context,
    is not listed again (trial BB: "Restorative practice adopted; Restorative practice adopted; Black pupils…")."""
    from cmo.synthesis.shorthand import opened_with_a_capital

    if clean_text(written):  # a person's words, each item opened as the members' are ("…; rural areas; Men who…")
        return "; ".join(opened_with_a_capital(item) for item in clean_text(written).split("; "))
    own = _clause(own_context).casefold()
    asserted, denied = said_and_denied(own_context)
    asserted = asserted - denied  # "without a phone of their own (… sharing a phone)": it says no such thing plainly
    seen: dict[str, str] = {}
    own_parts = {_clause(part).casefold() for part in own_context.split("; ")}
    for text in (_clause(part) for context in member_contexts for part in context.split("; ")):
        if text and said_and_denied(text)[1] & asserted:
            continue  # "…with no later refresher training" where it holds after "…who received refresher training"
        if context_written and text and says_it_with_more(text, own_context):
            continue  # the person's context, with what they took out of it put back
        if text and text.casefold() != own and text.casefold() not in own_parts and text.casefold() not in seen:
            seen[text.casefold()] = opened_with_a_capital(text)  # whole: "…who see services as 'for lonely people'" cut
            # lost its sense
    return "; ".join(list(seen.values())[:KEY_CONTEXTS])


def says_it_with_more(longer: str, shorter: str) -> bool:
    """Whether `longer` has every word of `shorter`, in its order, and more words among them: "Acutely ill adults in
    Boston offered care at home" says "Acutely ill adults offered care at home" with "in Boston"."""
    words, said = _words(shorter), iter(_words(longer))
    return bool(words) and len(_words(longer)) > len(words) and all(word in said for word in words)


_DENIALS = frozenset("no not without lack lacks lacking lacked never cannot none absent".split())
_DENIAL_REACH = 5
"""How many words after "no", "without"… it denies, in one phrase: "no later refresher training", "no bicycles or
transport"; a preposition, relative or conjunction of clauses ends it sooner."""
_LISTS_GO_ON = frozenset(", and or nor".split())


def said_and_denied(text: str) -> tuple[set[str], set[str]]:
    """The content words a context says, and the nouns it denies: the last word of each phrase after "no", "without",
    "lack"… (its head: "no later refresher training" denies training, "without a ward manager" a manager, not a ward;
    "no bicycles or transport" both), each without a plural's s; a participle or "able" denied before "to" denies the
    verb after it too ("families not allowed to stay" denies staying, trial DB). ("volunteers received refresher
    training") says {volunteer, received, refresher, training}."""
    said: set[str] = set()
    denied: set[str] = set()
    reach, head, verb = 0, "", False
    for word in [*_words(text), ";"]:
        if head and word == "to" and (head.endswith("ed") or head == "able"):
            denied.add(head)  # "not allowed to stay", "never invited to join": what they may not do is denied too
            reach, head, verb = _DENIAL_REACH, "", True
            continue
        if verb and len(word) > 3 and word not in STOPWORDS:
            denied.add(_singular(word))
            verb = False
            continue
        ends = word in _LISTS_GO_ON or word in _PHRASE_OPENERS or word in _BOUNDARIES or word in _RELATIVES
        if head and (ends or word in ";(" or word in _DENIALS or reach == 0):
            denied.add(head)
            head = ""
        if word in _DENIALS or word in _LISTS_GO_ON and reach:
            reach = _DENIAL_REACH  # "no bicycles or transport": the list goes on being denied
            continue
        if ends or word in ";(":
            reach = 0
        content = len(word) > 3 and word not in STOPWORDS and not ends
        if reach and content:
            head = _singular(word)
        elif content:
            said.add(_singular(word))
        reach = max(reach - 1, 0)
    return said, denied


def title_for(context: str, mechanism: str, outcome: str) -> str:
    """A title nobody wrote: the mechanism's, as a short phrase (else the outcome's, else the context's). A title that
    would open with "They" names who they are where the context opens with them ("Older patients understand their
    medicines…"): a title stands alone in a list, where "They" points at no one (trial P). Where the context names no
    one, or the pronoun is another ("We", "It"), the title is the outcome's where that names its subject (trial X); a
    context is never the title, as it says where, not what happens ("Services that close at five")."""
    written = tuple(clean_text(part) for part in (context, mechanism, outcome))
    names = capitalised_names(tuple(_symbols_as_words(part) for part in written)) | _REVIEW_NAMES.get()
    # capitals read before signs become words: "ENGAGES W/ SERVICES" is one run ("ENGAGES with SERVICES" was two)
    context, mechanism, outcome = (_with_apostrophes(_symbols_as_words(_capitals_as_words(part, names))) for part in written)
    with people_shown(context, mechanism):
        return _title_for(context, mechanism, outcome)


def _title_for(context: str, mechanism: str, outcome: str) -> str:
    said = _in_the_present(_response_alone(clean_text(mechanism)))
    text = _them_named(said or _in_the_present(clean_text(outcome)), context)
    # only a mechanism is joined to what it leads to: an outcome standing in for none is not joined to itself (trial BH:
    # "Fewer falls lead to fewer falls", for statements coded with no mechanism)
    if said and _a_change_named(text) and (leads_to := _with_what_it_leads_to(text, outcome, context)):
        return leads_to
    if said and (acting := _the_act_changes_it(said, clean_text(outcome))[0]) != said:
        verb, _, rest = acting.partition(" ")  # "Sending text reminders the day before", as the sentence words it
        people = _people_first(context) if rest.startswith("them ") else ""  # "Involving families in…", not "…them…"
        named = _lower_first(people, capitalised_names((context,)) | _REVIEW_NAMES.get())
        return short_title(f"{verb} {named} {rest[5:]}" if people else acting)
    who = _who_they_are(context) if re.match(r"they\s", text, re.I) else ""
    if who:
        return short_title(f"{who} {text[5:]}")
    if (who := _who_they_are(context)) and "; " not in text and _lacks_its_subject(text):
        return short_title(
            f"{who} {_after_its_subject(text)}"
        )  # "Do not think to refer mothers" named no one (trial AD): who does not
    if _opens_with_a_pronoun(text) and clean_text(outcome) and not _opens_with_a_pronoun(outcome):
        text = clean_text(outcome)  # no one named: the outcome, which names its subject (trial X: "They rely on…")
    return short_title(text or context)


def _them_named(text: str, context: str) -> str:
    """A title whose clause's verb takes "them" as its object ("Navigators help them enrol…", "Advisers phone them
    weekly"), with the people the context opens with (`_people_first`) in its place: the sentence says who they are
    first, but a title stands alone, and an object pronoun is never its own clause's subject (trial BN: "Navigators help
    them enrol…" named no one). Where the context opens with no people, or the subject names them again ("Patients ask
    them…"), the text as it is."""
    form, verb = _form_and_verb(text)
    said, words = text.split(), _words(text)
    people = _people_first(context)
    if form != CLAUSE or verb is None or not people or len(said) <= verb + 1 or said[verb + 1] != "them":
        return text
    if words[: verb + 2] != [_bare_word(w) for w in said[: verb + 2]] or set(words[:verb]) & set(_words(people)):
        return text
    said[verb + 1] = _lower_first(people, capitalised_names((context,)) | _REVIEW_NAMES.get())
    return " ".join(said)


_CHANGE_NOUNS = _CHANGE_VERBS | frozenset("reduction reductions improvement improvements".split())


def _a_change_named(mechanism: str) -> bool:
    """A mechanism coded as a noun phrase (`_surely_a_noun_phrase`) that names a change, as an outcome does: opening,
    after its article, with a comparative ("fewer readmissions and incarcerations", "less time off sick"), a past form of
    change ("reduced waiting times") or a noun of change ("a fall in admissions"). Alone as a title it says a result,
    not how one comes about (trial AM's title read "Fewer readmissions and incarcerations")."""
    words = _words(mechanism)
    first = _next(words, 0) if words[:1] and words[0] in _ARTICLES else words[0] if words else ""
    opens = first in _COMPARATIVES or first in _PAST_OF_CHANGE or first in _CHANGE_NOUNS
    return opens and _surely_a_noun_phrase(mechanism)


def _with_what_it_leads_to(mechanism: str, outcome: str, context: str) -> str:
    """A title for a mechanism that names a change (`_a_change_named`): the phrase joined to its outcome by the verb the
    sentence gives it (`_a_noun_phrases_verb`, the one rule for a mechanism without a verb): "Fewer falls lead to fewer
    admissions", "Less time off sick means that teams keep their cover". An outcome that may be read either way takes
    a dash, as a heading's result does ("Fewer readmissions and incarcerations – the programme saves money"; a colon
    would be the second where a pack asks "Your view on CMO 4.4 (C20): …"). "" where
    there is no outcome or the whole is longer than a title whole (TITLE_WORDS_WHOLE): the phrase is then the title, as before."""
    m, o = _clause(mechanism), _clause(outcome)
    if not o:
        return ""
    names = capitalised_names((context, m, o)) | _REVIEW_NAMES.get()
    verb = _a_noun_phrases_verb(m, o, context)
    joined = f"{m} \u2013 " if verb.rstrip().endswith(":") else f"{m}{verb}"
    joined += _lower_first(_after_its_frame(verb, o), names)
    return _upper_first(joined) if len(joined.split()) <= TITLE_WORDS_WHOLE else ""


_PRESENT_OF = {
    "was": ("is", "are"), "were": ("is", "are"), "had": ("has", "have"), "did": ("does", "do"),
    "felt": ("feels", "feel"), "found": ("finds", "find"), "took": ("takes", "take"), "made": ("makes", "make"),
    "saw": ("sees", "see"), "gave": ("gives", "give"), "got": ("gets", "get"), "went": ("goes", "go"),
    "knew": ("knows", "know"), "thought": ("thinks", "think"), "told": ("tells", "tell"), "said": ("says", "say"),
    "lost": ("loses", "lose"), "kept": ("keeps", "keep"), "left": ("leaves", "leave"), "came": ("comes", "come"),
    "became": ("becomes", "become"), "began": ("begins", "begin"), "brought": ("brings", "bring"),
    "sought": ("seeks", "seek"), "spent": ("spends", "spend"), "built": ("builds", "build"), "held": ("holds", "hold"),
    "met": ("meets", "meet"), "paid": ("pays", "pay"), "led": ("leads", "lead"), "grew": ("grows", "grow"),
    "understood": ("understands", "understand"), "chose": ("chooses", "choose"), "fell": ("falls", "fall"),
    "rose": ("rises", "rise"), "won": ("wins", "win"), "wrote": ("writes", "write"), "sent": ("sends", "send"),
    "heard": ("hears", "hear"), "meant": ("means", "mean"), "stood": ("stands", "stand"), "taught": ("teaches", "teach"),
}  # fmt: skip
"""The present of common irregular past forms, for one subject and for several (`_in_the_present`); forms that are
their own present ("put", "set", "read", "cut") need none."""


def _in_the_present(text: str) -> str:
    """A clause told in the past ("Nurses felt overburdened and undervalued", "Free medicines removed the cost barrier"),
    told in the present, as a configuration's finding reads across its members (trial AO 10): its finite verb
    (`_form_and_verb`), a past form that is no present too, put in the present for its subject's number (a regular "-ed"
    where the lexicon lists the present, or `_PRESENT_OF`), and any verb "and"/"or" joins to it at once. The text as it
    is where that is not sure: no such verb, a past form after "because", "so", "when", "who"… (another clause's,
    another time), a joined verb with its own subject, or words the verb's place cannot be matched in."""
    form, verb = _form_and_verb(text)
    said = text.split()
    words = [_bare_word(w) for w in said]
    if form == CLAUSE and verb is None and words[:1] and words[0] in _SUBJECT_PRONOUNS:
        verb = 1  # "they tried harder"
    elif form == EITHER:
        verb = _a_past_verb_read_either_way(words)
        form = CLAUSE if verb else form
    if form != CLAUSE or verb is None or _words(text)[: verb + 1] != words[: verb + 1] or "," in text.split(";")[0]:
        return text
    if words[verb] not in _AUXILIARIES and _done_by_someone(words, verb):
        return text  # "COs trained on the job and supervised by MO": done to them, a passive
    if any(_a_mind_and_what_it_held(_words(" ".join(said[k:]))) for k in range(verb)):
        return text  # "(Staff) believed restraint | kept pts safe": the verb found is what the mind held, told in its time
    if _joins_another_clause(words):
        return text  # "funding ended and the service was interrupted": each clause told in its own time
    described = [k for k in range(1, verb) if _present_of(words[k], True) and words[k + 1] not in _PREPOSITIONS]
    if set(words[:verb]) & (_BOUNDARIES | _RELATIVES | _WH_OBJECTS) or described:
        return text  # "patients understood how their food | affected…": the verb found is an inner clause's; not "staff
        # trained in the tool | used it", a participle and its phrase
    if _a_present_verb_after(words, verb):
        return text  # "the bond built in home visits | makes it easier": the past form describes the subject
    if _tense_not_sure(words, verb):
        return text  # "joint working builds | shared understanding", "sessions | cancelled": told as written
    if words[verb - 1] in collective_people():
        return text  # "youth learned…": one or many as the coder means it, which the past does not say (helper CU
        # titled it "Youth learns…", young people made one)
    singular = _a_singular_subject(words[:verb])
    changed = {verb: _present_of(words[verb], singular)}
    if not changed[verb]:
        return text
    for k in range(verb + 1, len(words)):
        if words[k] in _BOUNDARIES | _RELATIVES | {"so", "because"}:
            if any(_present_of(w, True) for w in words[k + 1 :]):
                return text  # "…because managers listened": another clause, told in its own time
            break
        joined = words[k - 1] in ("and", "or") and k - 2 > verb
        if joined and _present_of(words[k], True) and not _word_tags(words[k - 2]) & {"D", "N"}:
            changed[k] = _present_of(words[k], singular)  # "…removed the barrier and improved uptake"
        elif words[k - 1] in ("and", "or") and k - 2 == verb and _a_past_form(words[k]):
            if not _present_of(words[k], True):
                return text  # "…collected and fed back": both verbs in one time, or neither changed (trial AS 9)
            if "a" in _word_tags(words[k]):
                return text  # "staff supported and skilled to manage…": a participle and an adjective describe the staff
                # (trial CO titled it "Staff support and skill to manage…", what was done to them read as what they do)
            changed[k] = _present_of(words[k], singular)  # "collected and followed up" → "collect and follow up"
    for k, present in changed.items():
        said[k] = (present[:1].upper() + present[1:] if said[k][:1].isupper() else present) + said[k][len(words[k]) :]
    return " ".join(said)


def _joins_another_clause(words: list[str]) -> bool:
    """Whether "and", "or" or "but", after a verb, joins a clause with a subject of its own ("funding ended | and the
    service was interrupted", "staff turned to online translators | and the advice was incomplete"): two clauses, each
    told in its own time, which `_in_the_present` leaves as written (helper E3: titled "Funding ends and the service was
    interrupted", one verb put in the present and the other not, and "… and the advice are incomplete", the second
    clause's verb given the first clause's subject). A verb joined with no subject of its own ("removed the barrier and
    improved uptake", "felt overburdened and undervalued") is one clause's, and "Patients and carers felt heard" joins
    two subjects, before any verb."""
    first = None
    for at, word in enumerate(words):
        if word not in ("and", "or", "but") or at < 2 or at >= len(words) - 1:
            continue
        if first is None:  # a mechanism coded without its subject opens with its verb ("equated quiet with safety")
            first = 0 if _lacks_its_subject(" ".join(words)) else 1
        if not any(_a_past_form(said) or said in _AUXILIARIES for said in words[first:at]):
            continue  # no verb before it: subjects joined ("patients and carers felt heard")
        rest = words[at + 1 :]
        form, verb = _form_and_verb(" ".join(rest))
        if form == EITHER:
            verb = _a_past_verb_read_either_way(rest)
        if form != NOUN_PHRASE and (verb or rest[0] in _SUBJECT_PRONOUNS):  # a verb after words of its own, or a
            return True  # subject pronoun ("… and they used it more", whose verb `_form_and_verb` leaves unplaced)
    return False


_BY_WHAT_IS_DONE = frozenset("by through via where wherever".split())
"""What opens the phrase or clause after a participle saying by whom, by what means or where a thing was done ("built
through training", "delivered where the patient lives"), as a verb of its subject's own takes an object or says of what
it is ("parents worried about the cost")."""


def _tense_not_sure(words: list[str], verb: int) -> bool:
    """Whether the past form found as a clause's verb may be no verb of its own, so that putting it in the present would
    change what the words say (trial BL: "Joint working builds share understanding", "Sessions cancel"): a word before it
    that may be a verb in the present, after the subject's first word ("joint working builds | shared understanding",
    "the practice uses | printed leaflets": the past form describes what follows); or the past form ending the text right
    after its subject ("sessions | cancelled", "referrals | delayed": what was done to them, as an outcome is coded, not
    what they did), or followed only by words that say how ("emotional load | carried alone", "trust | built faster":
    trial CF read "Emotional load carries alone", what the load was made to bear read as what it does), or by a "but"
    that opens what went otherwise ("problems | identified but no follow-through": trial CO titled it "Problems identify
    but no follow-through", what was done to the problems read as what they do), or by a phrase or clause saying by what
    or where it was done (`_BY_WHAT_IS_DONE`: "officer buy-in | built through training and shared shifts", "care |
    delivered where the patient lives": trials CL, CI read "Officer buy-in builds through training and shares shifts",
    "Care delivers where pt lives"; a verb of change, "attendance improved with reminders", is its subject's own). The
    text is then told as written, which says the same in another time."""
    if verb >= 2 and "Z" in _word_tags(words[verb - 1]):
        return True
    if words[0] in _SUBJECT_PRONOUNS:
        return False
    if verb == len(words) - 1 or words[verb + 1] in ("but", "yet"):
        return True
    if "N" in _word_tags(words[verb]) and words[verb] not in _PAST_OF_CHANGE and words[verb + 1] in _BY_WHAT_IS_DONE:
        return True  # "officer buy-in | built through training", "care | delivered where the patient lives" (trials CL, CI)
    joined = verb + 2 if verb + 2 < len(words) and words[verb + 1] in ("and", "or") and _a_past_form(words[verb + 2]) else verb
    if "N" in _word_tags(words[verb]) and words[verb] not in _PAST_OF_CHANGE and _a_role_follows(words[joined + 1 :]):
        return True  # "families | welcomed 24/7 as partners in care": trial DB titled it "Families welcome 24/7 as…"; so
        # "carers | welcomed and treated as partners" (re-check RH2: "Carers welcome and treat as partners")
    return "N" in _word_tags(words[verb]) and all(_says_how(word) for word in words[verb + 1 :])


def _a_role_follows(words: list[str]) -> bool:
    """Whether the words after a past form open with "as" and the role it gives ("welcomed as partners", "seen as a
    burden", "treated daily as visitors"), after any words saying how often or when ("24/7", "daily", "twice"): a role
    given to the subject, what was done to it, which told in the present reads as what the subject does ("Families
    welcome 24/7 as partners in care", trial DB). A verb of its subject's own ("volunteers served as mentors") is then
    told as written too, which says the same in another time."""
    k = 0
    while k < len(words) and (any(c.isdigit() for c in words[k]) or _says_how(words[k]) or words[k].endswith("ly")):
        k += 1
    return 0 < len(words) - k and words[k] == "as" and k + 1 < len(words) and words[k + 1] not in ("if", "though", "well")


def _says_how(word: str) -> bool:
    """A word that says how or when, as an adverb does, and names nothing: "alone", "faster", "quickly", "later"."""
    tags = _word_tags(word)
    return word in _ADVERBS_AFTER_A_VERB or (tags == {"a"}) or (not tags and len(word) > 4 and word.endswith("ly"))


def _a_present_verb_after(words: list[str], verb: int) -> bool:
    """Whether a verb in the present follows a past form in its own clause (before "when", "who", "so"…): "The bond
    built in home visits makes it easier to listen", "Trust built over years lets women speak", "Emails sent a week before
    the visit prompt parents to book" (a plural subject's present is its base form). The past form is then a
    participle describing the subject, and the present verb is the clause's own. A word that may be a plural noun too
    ("visits", "makes") counts as a verb only where an object follows it at once (a pronoun, an article,
    a possessive or people) or a plural noun comes before it: "…by home visits" ends a phrase, "…makes it easier" and "…weekly
    calls helps tenants" go on as a verb does. Where this reads wrongly, the title is only left in the coder's tense."""
    present = {"Z"} if _a_singular_subject(words[:verb]) else {"Z", "P"}
    for k in range(verb + 1, len(words)):
        if words[k] in _BOUNDARIES | _RELATIVES | {"so", "because", "and", "or"}:
            return False
        tags = _word_tags(words[k])
        if not tags & present or words[k - 1] in _ARTICLES | _POSSESSIVES | _DETERMINERS | {"to"}:
            continue
        if not tags & {"n", "s", "a"} or _next(words, k) in _OBJECT_PRONOUNS | _ARTICLES | _POSSESSIVES:
            return True
        if _people_after(words, k):
            return True  # "…a week before the visit | prompt parents to book": a verb does something to people
        if "s" in _word_tags(words[k - 1]) and k - 1 > verb:
            return True  # "…over weekly calls | helps tenants": a plural noun ends the phrase, the verb follows
    return False


def _a_past_verb_read_either_way(words: list[str]) -> int | None:
    """Where a text read either way (`_form_and_verb`: "nurses felt overburdened", "parents worried about side effects"
    may be people described by a participle) has its verb, as a title reads it: the first past form after a subject of
    plain words (no preposition, no relative), none that keeps an object as a participle ("patients offered a review",
    `_PAST_OF_GIVING`) or is followed by "by", and no verb in the present after it but an infinitive ("…referred to the
    clinic attend more" says its verb later); None where there is none such. Nor is a past form the verb where nothing
    before it can act (`_no_one_acts_before`): "individually prescribed exercise", "a kit mailed to the home" say what
    was done to it (trials BN, BO titled them "Individually prescribes…", "A kit mails to the home")."""
    for k in range(1, min(len(words), 5)):
        if words[k - 1] in _PHRASE_OPENERS or words[k - 1] in _RELATIVES:
            return None
        if _present_of(words[k], True):
            if words[k] in _PAST_OF_GIVING or _done_by_someone(words, k) or _no_one_acts_before(words, k):
                return None
            after = words[k + 2] if _word_tags(_next(words, k)) == {"a"} and k + 2 < len(words) else _next(words, k)
            if "P" in _word_tags(after) and not _word_tags(after) & {"s", "a"}:
                return None  # "women discharged early | return sooner": the verb is later
            for j in range(k + 1, len(words)):
                tags = _word_tags(words[j])
                if tags & {"P", "Z"} and not tags & {"n", "s", "a"} and words[j - 1] not in _AUXILIARIES | {"to"}:
                    return None
            return k
    return None


def _done_by_someone(words: list[str], k: int) -> bool:
    """Whether the past form at `words[k]`, or one "and"/"or" joins to it later in its clause, is followed by "by" and
    who did it: a passive ("COs trained on the job and supervised by MO", "staff trained by the charity"), what was done
    to the people named, never their act (trial DD titled it "COs train on the job and supervise by MO"). Words saying
    how often or when, or a short phrase a preposition opens, may stand between ("mothers visited weekly by a health
    visitor", "staff trained in 2019 by the charity", "families visited at home by a midwife": re-check RH2 titled them
    "Mothers visit weekly by…"); an object may not ("nurses visited patients at home by car" is their act)."""
    if _by_follows(words, k) or _sent_somewhere(words, k):
        return True
    for j in range(k + 1, len(words) - 1):
        if words[j] in _BOUNDARIES | _RELATIVES or words[j] in ("so", "because"):
            return False
        if words[j] in ("and", "or") and _a_past_form(words[j + 1]) and _by_follows(words, j + 1):
            return True
    return False


_PATHS = frozenset("to from into".split())


def _sent_somewhere(words: list[str], k: int) -> bool:
    """Whether the past form at `words[k]`, after people and with "to", "from" or "into" at once, no object between,
    is of a verb that takes a person as its object (`verbs_done_to_people`: "refer", "admit", "send"): "patients
    referred to the CLP", "women referred to the district hospital", "children admitted from A&E" say where they were
    sent, what was done to them (trial helpers titled them "Patients refer to the CLP"). Such a verb may be their own
    act too ("staff referred to the guideline"); the words cannot say which, and a title keeps them as written. Verbs
    that take no person ("nurses talked to patients", "waiting times dropped to a week") are still told in the
    present."""
    if k < 1 or k + 1 >= len(words) or words[k + 1] not in _PATHS or not _a_past_form(words[k]):
        return False
    if not _is_person(words[k - 1]) and words[k - 1] not in _SUBJECT_PRONOUNS:
        return False
    return _present_of(words[k], False) in verbs_done_to_people()


def _by_follows(words: list[str], k: int) -> bool:
    """Whether "by" follows the word at `words[k]` within a few words, with only words saying how often or when
    ("weekly", "24/7", "twice") or a phrase a preposition opens ("at home", "in 2019") between: never past an object
    the word takes first, nor past "and", "or" or a clause's opening word."""
    in_phrase = False
    for j in range(k + 1, min(len(words), k + 7)):
        word = words[j]
        if word == "by":
            return True
        if word in _BOUNDARIES | _RELATIVES or word in ("and", "or", "so", "because", "but"):
            return False
        if word in _PREPOSITIONS:
            in_phrase = True
        elif not in_phrase and not (any(c.isdigit() for c in word) or _says_how(word) or word.endswith("ly")):
            return False
    return False


def _no_one_acts_before(words: list[str], k: int) -> bool:
    """Whether the past form at `words[k]` has no subject that acts: only adverbs before it ("individually prescribed
    strength exercise": no one named, what was prescribed), or only past forms that describe what comes after ("repeated
    supervised CS": trial DD titled it "Repeated supervises CS"), or a preposition right after it, no object between,
    where the words before name no person ("a kit mailed | to the home", "leaflets posted | to every household": a thing
    does not mail itself, it is mailed). People ("parents worried about the cost", "the nurse"), a pronoun and a verb of
    change ("waiting times dropped to a week") keep their verb."""
    subject = words[:k]
    if all(w in _PRE_VERB_ADVERBS or w.endswith("ly") and len(w) > 4 and not _word_tags(w) for w in subject):
        return True
    if all(_a_past_form(w) and not _is_person(w) for w in subject):
        return True
    if _next(words, k) not in _PREPOSITIONS or words[k] in _PAST_OF_CHANGE:
        return False
    return not any(_is_person(w) or _one_person(w) or w in _SUBJECT_PRONOUNS for w in subject)


def _a_past_form(word: str) -> bool:
    """A past form that is no present too ("followed", "fed", "drove"; not "read", "put"), as a verb "and" joins to
    another's reads in its time."""
    tags = _word_tags(word)
    return word in _PRESENT_OF or "D" in tags and not tags & {"P", "Z"}


def _present_of(word: str, singular: bool) -> str:
    """The present of a past form for one subject or several ("removed" → "removes"/"remove", "felt" → "feels"/"feel"),
    or "" where the word is no past form only (a present too: "found" in `_PRESENT_OF` aside, "read", "put")."""
    if word in _PRESENT_OF:
        return _PRESENT_OF[word][0 if singular else 1]
    tags = _word_tags(word)
    if "D" not in tags or tags & {"P", "Z"} or not word.endswith("ed"):
        return ""
    stem = word[:-2]
    bases = [stem[:-1] + "y"] if stem.endswith("i") else [word[:-1], stem, stem[:-1] if stem[-1:] == stem[-2:-1] else ""]
    base = next((b for b in bases if b and "P" in _word_tags(b)), "")
    if not base or not singular:
        return base
    third = [base + "s", base + "es", base[:-1] + "ies" if base.endswith("y") else ""]
    return next((t for t in third if t and "Z" in _word_tags(t)), "")


def _a_singular_subject(subject: list[str]) -> bool:
    """Whether a clause's subject (its words before the verb) is one thing or person: its last noun, past adverbs, is
    not plural, and no "and" joins two."""
    head: list[str] = []
    for k, word in enumerate(subject):
        if k and (word in _PHRASE_OPENERS and word != "and" or word in _RELATIVES or _present_of(word, True)):
            break  # "staff trained in the tool": the people, not the tool
        if word not in _PRE_VERB_ADVERBS and word != "not":
            head.append(word)
    if not head or "and" in head:
        return False
    if head[-1] in ("he", "she", "it"):
        return True
    return not _is_plural(head[-1]) and head[-1] not in _SUBJECT_PRONOUNS


def _opens_with_a_pronoun(text: str) -> bool:
    """ "They rely on…", "We lose touch…": a title that opens so names no one, as it stands alone in a list."""
    said = _words(text)
    return bool(said) and said[0] in _SUBJECT_PRONOUNS - {"i"} | {"he", "she"}


def _response_alone(mechanism: str) -> str:
    """A mechanism coded as resource and response ("Insufficient pay; Peer workers feel exploited"), where the resource
    is a noun phrase, titled by its response, the clause that says what people do ("Peer workers feel exploited"): a
    title that joins the two with "; " reads as two fragments (trial R). Any other mechanism as it is."""
    resource, _, response = mechanism.partition("; ")
    if response and outcome_form(resource) != CLAUSE and outcome_form(response) == CLAUSE:
        return response
    return mechanism


def _named_in_the_response(context: str, mechanism: str) -> bool:
    """Whether the plural noun a context opens with ("peer advocates with experience of homelessness") is the subject
    of the mechanism's response ("…; Peer advocates gain confidence"): the response of a realist mechanism is people's
    reasoning, so who it speaks of are people, whatever the noun's ending (trial R read "In peer advocates…")."""
    if _an_acronym_that_responds(context, mechanism):
        return True
    opens, subject = _words(context)[:4], _words(mechanism.partition("; ")[2])
    shared = 0
    while shared < min(len(opens), len(subject)) and opens[shared] == subject[shared]:
        shared += 1
    return bool(shared) and _is_plural(opens[shared - 1]) and not names_a_condition(context)


def _an_acronym_that_responds(context: str, mechanism: str) -> bool:
    """Whether the context opens with an acronym's plural ("Irish GPs given a choice…", `_ACRONYM_PLURAL`) that the
    mechanism's subject names again ("GPs choose…"): who reasons in a mechanism are people, where the acronym alone
    could be a place ("ICUs") as well (trial AF read "In Irish GPs given a choice…")."""
    head: list[str] = []
    for word in clean_text(context).split()[:4]:
        if _bare_word(word) in _NOT_IN_A_HEAD or head and _bare_word(word).endswith("ing"):
            break  # "GPs | using electronic health records"
        head.append(word.strip(",;:()"))
    if not head or not _ACRONYM_PLURAL.match(head[-1]):
        return False
    subject = _mechanisms_subject(mechanism)
    response = mechanism.partition("; ")[2] or mechanism
    return subject[-1:] == [head[-1].lower()] or bool(re.search(rf"\b{re.escape(head[-1])}\b", response))


_NOT_IN_A_HEAD = _PHRASE_OPENERS | _RELATIVES | frozenset("of living receiving given offered discharged admitted".split())
_NOT_IN_A_HEAD |= frozenset("off outside inside beyond behind beside around throughout upon".split())
_NOT_IN_A_HEAD |= frozenset("whether not never".split())
"""Prepositions too: "workers off work with back pain" are workers, not "workers off work" (trial AH read "In workers
off work…"); "whether", which opens what an adjective after the people says of them ("psychiatrists unsure whether
task-sharing is safe": trial AV read "In psychiatrists unsure whether…"); and a denial, which opens what is said of the
people as a participle does: "family carers not involved in planning" are carers (trial BA read "In family carers not
involved…")."""
_PEOPLE = frozenset(
    """people staff men women children adults adolescents teenagers youth pupils students patients carers families parents
    mothers fathers girls boys peers elders residents clients users members volunteers nurses doctors midwives clinicians
    teachers workers practitioners professionals survivors veterans migrants refugees couples individuals persons
    colleagues managers leaders others relatives siblings spouses partners friends neighbours neighbors daughters sons
    husbands wives grandchildren olds""".split()
)
_PERSON_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "iaries", "lords")
"""Who "they" can be in a title: people, by the common nouns for them, the capitalised nouns for a nation, faith or
people ("Muslims", "Sikhs", "Bangladeshis": `peoples`, trial BK's context read "In British Bangladeshi Muslims, …"), and
the endings of nouns for what people do
("caregivers", "pharmacists", "paediatricians", "participants", "residents", "beneficiaries": trial AH read "In
long-term sickness beneficiaries…"); never a place or a service ("Services that close at five": "they cannot get help"
is about the people), nor a noun made with -ment, which names an act or what it made ("emergency departments",
"appointments"), nor one whose usual sense WordNet says is no person ("vouchers", "reminders", "posters", "lists":
`things_named_like_people`; a word it lacks, "prescribers", keeps the ending's reading); nor kin, whose nouns have no
such ending ("relatives", "spouses", "daughters": trial AU read "In relatives given an information leaflet…")."""


_ADJECTIVE_ENDINGS = ("ible", "able", "ous", "ive", "ful", "ant", "ent")
"""Endings of adjectives the lexicon does not list, as it lists only words with a verb's or a name's forms: "responsible",
"eligible", "anxious", "reluctant", "dependent"."""


def _describes_after(word: str) -> bool:
    """An adjective or adverb after a noun ("able", "eligible", "responsible", "already", "newly"): it describes, it
    names no one."""
    tags = _word_tags(word)
    if not tags and word.endswith(_ADJECTIVE_ENDINGS) and len(word) > 5 and not _is_person(word):
        return True  # "physicians responsible for…" (trial X read "In physicians responsible for…")
    return word in _PRE_VERB_ADVERBS or word.endswith("ly") and len(word) > 4 or "a" in tags and not _is_person(word)


def _is_person(word: str) -> bool:
    word = word.rsplit("-", 1)[-1]
    return (
        word in _PEOPLE
        or word in _TEAM_PEOPLE
        or word in _SHOWN_PEOPLE.get()
        or word in peoples()
        or word in people_nouns()
        or _contracts_people(word)
        or word.endswith(_PERSON_ENDINGS)
        and not word.endswith("ments")
        and (word not in things_named_like_people() or word in _SHOWN_PEOPLE.get())
    )


_NO_VOWEL = re.compile(r"[a-z]{2,4}")
_VOWEL_IN = re.compile(r"[aeiouy]")


def _contracts_people(word: str) -> bool:
    """Whether a folded word is a contraction of a common noun for people (`people_contracted`)."""
    return bool(people_contracted(word))


@lru_cache(maxsize=4096)
def people_contracted(word: str) -> frozenset[str]:
    """The common nouns for people (`_PEOPLE`, singular) a folded word contracts, itself or as a plural: no vowel to sound
    it by, its letters the noun's in order, from its first to its last, as English contracts a word ("Dr" for doctor,
    "Mr" for mister): "pt" and "pts" (patient, parent), "drs" (doctor). A coder's "pts felt isolated at night" is said
    of patients, as "patients felt isolated" is (helper H0: refine read "clinicians reluctant to enrol sicker pts" as
    saying the opposite of it, the people of each unread). Not initials ("GP", "YP"), whose letters open several words:
    they are people where the team's short forms or the text spell them out (`use_short_forms`, `people_shown`)."""
    bare = word[:-1] if word.endswith("s") and len(word) > 2 else word
    if not _NO_VOWEL.fullmatch(bare) or _VOWEL_IN.search(bare):
        return frozenset()
    return frozenset(noun for noun in _PEOPLE_SINGULAR if _contracted(bare, noun))


def _contracted(letters: str, noun: str) -> bool:
    """Whether `letters` contract `noun`: its first and last letters, and any others between in the noun's order."""
    if len(noun) <= len(letters) or noun[0] != letters[0] or noun[-1] != letters[-1]:
        return False
    rest = iter(noun[1:-1])
    return all(letter in rest for letter in letters[1:-1])


_PEOPLE_SINGULAR = frozenset(w[:-1] for w in _PEOPLE if w.endswith("s") and not w.endswith(("ies", "ves", "ss")))
"""The singulars of the common nouns for people that take a plain "s" ("patient", "parent", "doctor")."""


_TEAM_PEOPLE: frozenset[str] = frozenset()
"""The team's short forms (review.yaml `settings: short_forms:`) whose meaning names people (`use_short_forms`)."""


def use_short_forms(meanings: dict[str, str]) -> str:
    """The review's short forms, read from now on (set when a review is opened): one whose meaning's last word names
    people ("YP: young people", "CYP: children and young people", "PwD: people with dementia") is people wherever a sentence
    names it, as its meaning would be (trial CM: "YP see lessons as tokenistic, so people don't engage" for "so they
    don't engage"). Returns those short forms, in small letters, for the rules a kept sentence was worded by."""
    global _TEAM_PEOPLE
    before, _TEAM_PEOPLE = _TEAM_PEOPLE, frozenset()
    people = set()
    for short, meaning in meanings.items():
        head = re.split(r"\b(?:with|who|whose|in|of|on|at|from|living|having|under|over|aged)\b", meaning or "")[0]
        last = _words(head)[-1:]  # "people with dementia": people
        if last and (_is_person(last[0]) or _is_person(f"{last[0]}s")) and re.fullmatch(r"[A-Za-z]+", short):  # "officer"
            people |= {short.casefold(), f"{short.casefold()}s"}  # "SU" and "SUs"
    if frozenset(people) != before:
        _people_first_read.cache_clear()  # read with the short forms before: "CHNs" stayed a place (helper H1)
        _form_and_verb_read.cache_clear()
    _TEAM_PEOPLE = frozenset(people)
    return " ".join(sorted(_TEAM_PEOPLE))


_SHOWN_PEOPLE: ContextVar[frozenset[str]] = ContextVar("shown_people", default=frozenset())
"""The nouns that name people or things (`people_or_things`) that the statement being worded shows to be people
(`people_shown`)."""


@contextmanager
def people_shown(context: str, mechanism: str) -> Iterator[None]:
    """While a statement is worded, the nouns for people or things (`people_or_things`: "agents", "cleaners",
    "commuters", whose uses WordNet's tagged corpus reads mostly as a cause, a cleaning product, a train) that its
    context opens with and that it shows are people: a "who" after the noun ("cleaners who work nights"), or the
    mechanism's subject is the noun again (one or many) before a verb of the mind ("agents feel trusted by families",
    "a commuter perceives cycling as safe": `verbs_of_the_mind`), as no reminder or voucher feels or believes; so too an
    acronym's plural, people or places as its letters say ("CHWs in rural Malawi | CHWs feel respected…", not "ICUs
    with…"); not
    the verb's passive, which things take too ("reminders valued by parents"). Trial
    LB's pack read "In community health agents in Brazil, agents feel trusted…", "In cleaners in NHS hospitals, …" as
    if they were places."""
    either = people_or_things()
    words = _words(context)[:5]
    acronyms = {_bare_word(w) for w in context.split()[:5] if _ACRONYM_PLURAL.match(w.strip(",;:()"))}
    opening = {w for w in words if w in either or w in acronyms}
    shown = {w for k, w in enumerate(words) if w in opening and _next(words, k) == "who"}
    shown |= _short_forms_spelt_as_people(context)
    said = _words(mechanism.partition("; ")[2] or mechanism)
    for k, word in enumerate(said[:4]):
        noun = word if word in opening else f"{word}s" if f"{word}s" in opening else ""
        at = next((j for j in range(k + 1, min(k + 4, len(said))) if said[j] not in _PRE_VERB_ADVERBS | _NEGATION), 0)
        if noun and at and said[at] in verbs_of_the_mind() and _next(said, at) != "by":
            shown.add(noun)  # not a passive: "reminders valued by parents" are valued, a thing may be
    token = _SHOWN_PEOPLE.set(frozenset(shown))
    try:
        yield
    finally:
        _SHOWN_PEOPLE.reset(token)


_SPELT_AFTER = re.compile(r"\b(?P<short>[A-Z][A-Za-z]*[A-Z])s\s*\((?P<spelt>[A-Za-z][A-Za-z -]*)\)")
_SPELT_BEFORE = re.compile(r"(?P<spelt>[A-Za-z][A-Za-z -]*?)\s*\((?P<short>[A-Z][A-Za-z]*[A-Z])s\)")


def _short_forms_spelt_as_people(text: str) -> set[str]:
    """The plurals of short forms in capitals that a text spells out beside them, in brackets either way, as people:
    "ASHAs (accredited social health activists)", "community health workers (CHWs)". A plural of an initialism is a
    plural of what its letters stand for, and where the words its letters open name people at their end ("activists",
    "workers"), it is those people, as a short form the team names in review.yaml is (`use_short_forms`): helper G1's
    pack read "In ASHAs (accredited social health activists) in rural Bihar, …" as if they were a place. Returned in small
    letters, as `_is_person` reads words."""
    found = set()
    for pattern in (_SPELT_AFTER, _SPELT_BEFORE):
        for match in pattern.finditer(text):
            letters = match["short"].lower()
            spelt = re.split(r"[\s-]+", match["spelt"].strip())[-len(letters) :]
            last = spelt[-1].lower() if spelt else ""
            if len(spelt) == len(letters) and "".join(w[0].lower() for w in spelt) == letters:
                if _is_person(last) or _is_person(f"{last}s"):
                    found.add(f"{letters}s")
    return found


_NEGATION = frozenset("do does did not don't doesn't didn't".split())
"""The words between a subject and the verb they deny ("cleaners do not feel…")."""


def _who_they_are(context: str) -> str:
    """The people a context opens with, as written ("Older patients whose discharge date…" → "Older patients"), with
    the capital a title opens with where the coder wrote none (trial AA: "people discharged to hostels" left the title
    "They are handed over to new workers"); "" when it opens otherwise (`_people_first`)."""
    return _upper_first(_people_first(context))


def _people_first(context: str) -> str:
    return _people_first_read(context, _SHOWN_PEOPLE.get())


@lru_cache(maxsize=1024)
def _people_first_read(context: str, shown: frozenset[str]) -> str:
    """The plural noun for people a context opens with, and the words before it ("older patients whose discharge
    date…" → "older patients", "less experienced nurses"): at most four words, up to the first preposition, relative or
    participle after a noun; "" when it opens otherwise (with a place, a programme, a condition: "schools where…", "long
    waits for CAMHS")."""
    if aged := _AGED.match(context):
        return aged.group(0).strip()  # "11 to 16 year-olds in Wales": people by their age (trial CM)
    if people := _people_first_in_order(context):
        return people
    listed = _DESCRIBERS_LISTED.match(clean_text(context))
    if listed and (people := _people_first_in_order(listed.group(2))):
        return f"{listed.group(1)}{people}"  # "Dalit, Muslim and adolescent women": a list of what describes the people
    return ""


_DESCRIBERS_LISTED = re.compile(r"^((?:[\w'-]+,\s+){1,4}[\w'-]+,?\s+(?:and|or)\s+)(.+)$")
"""One-word items in a list closed by "and"/"or", and what follows the last of them."""


def _people_first_in_order(context: str) -> str:
    """The people a context opens with (`_people_first`), one noun phrase or two joined by "and"/"or" whose last names
    people: "GPs and other prescribers", "out-of-hours and NHS 111 prescribers", where the first is people too or only
    describes them ("schools and teachers" opens with a place)."""
    words = clean_text(context).split()
    head, stop = _head_words(words, 0)
    joined = stop < len(words) and _bare_word(words[stop]) in ("and", "or") and head and head[-1] == words[stop - 1]
    if joined and (other := _head_words(words, stop + 1)[0]) and _names_people(other[-1], words, stop + 1 + len(other)):
        if _names_people(head[-1], words, stop, joined=True) or _describes_before(head[-1]):
            return " ".join([*head, words[stop], *other])
    return " ".join(head) if head and _names_people(head[-1], words, stop) else ""


def _head_words(words: list[str], start: int) -> tuple[list[str], int]:
    """The words of the noun phrase that opens at `start` (at most four, up to the first preposition, relative,
    conjunction or participle after a noun, without what describes it after its noun), and where it stopped."""
    head: list[str] = []
    stop = start
    for at, word in enumerate(words[start : start + 5], start):
        bare = _bare_word(word)
        tags = _word_tags(bare)
        participle = bare.endswith("ing") or tags & {"D", "N"} and not tags & {"n", "s"}
        before = _bare_word(head[-1]) if head else ""  # "less experienced nurses", "newly qualified…": it describes them
        if "-" in bare and not tags and _is_plural(before) and _word_tags(bare.rsplit("-", 1)[-1]) & {"D", "N"}:
            participle = True  # "health visitors co-located with…", "women self-referred to…": as "located", "referred"
        named = "C" in _word_tags(before) and not _is_person(before)
        describes = _describes_what_follows(before) or before.endswith("ly") or named
        if word.startswith("(") and head:
            break  # "pastoral staff (non teaching) in schools": an aside in brackets describes the people before it (trial CM)
        if bare in _NOT_IN_A_HEAD or participle and before and not describes:
            break  # "Norwegian nursing home staff": after a name's adjective an -ing word describes too (trial AI); not
            # after a people's name ("Muslims fasting during Ramadan")
        if participle and _one_person(before) and _bare_word(_next(words, at)) in _PREPOSITIONS:
            break  # "family involved in decisions", "family caring for a relative": one person's participle phrase (CW)
        head.append(word.rstrip(",;:"))
        stop += 1
        if word[-1:] in ",;:":
            break
    while len(head) > 1 and _describes_after(_bare_word(head[-1])):
        head.pop()  # "teachers able to…", "students already at risk": what follows the people describes them
    return (head, stop) if 1 <= len(head) <= 4 else ([], stop)


_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")
"""An acronym in capitals with a plural's s: "GPs", "CHWs", "LTCFs", "ICUs": people or places, as its letters say."""
_ACRONYM_SINGULAR = re.compile(r"^[A-Z]{2,}$")
"""An acronym in capitals, one of what it names ("GP", "CHW", "ICU"): a person where "who" follows it, as a coder's note
drops the article ("GP who sees a pt after a fall")."""


def _names_people(word: str, words: list[str], after: int, joined: bool = False) -> bool:
    """Whether the head noun `word` names people: a noun for people (`_is_person`), an acronym right before "who" ("GP
    who sees…"), alternatives joined by a slash one of which names people ("nurses/HCAs", "GPs/fastlege": a slash joins
    words of one kind; helper K2 read "In GPs/fastlege renewing prescriptions…"), or an acronym's plural ("GPs",
    "CHWs") that the context shows to be people, joined with people ("GPs and nurses") or said "who" of before any
    other people or place ("GPs covering several care homes who are phoned…"); "LTCFs where…", "ICUs with…" stay
    places."""
    if _is_person(_bare_word(word)):
        return True
    if "/" in (written := word.strip(",;:()/")):  # "nurses/HCAs", "GP/fastlege": a slash joins alternatives of one kind
        return any(_names_people(part, words, after, joined) for part in written.split("/") if part)
    if _ACRONYM_SINGULAR.match(word.strip(",;:()")) and after < len(words) and _bare_word(words[after]) == "who":
        return True  # "GP who sees a pt after a fall": "who" is said of a person only (helper K2 read "In GP who…")
    if not _ACRONYM_PLURAL.match(word.strip(",;:()")):
        return False
    if joined:
        return True
    for later in words[after:]:
        bare = _bare_word(later)
        if bare == "who":
            return True
        if bare in ("which", "where", "that", "whose") or _is_person(bare) or _ACRONYM_PLURAL.match(later.strip(",;:()")):
            return False
    return False


def _describes_before(word: str) -> bool:
    """A first item that only describes the people after "and"/"or": no plural noun ("rural and remote nurses", "care
    and support workers"), or a compound made with hyphens ("out-of-hours and NHS 111 prescribers")."""
    bare = _bare_word(word)
    return "-" in bare or not _is_plural(bare)


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
        frame = _outcome_frame(title, phrase)
        with_outcome = f"{title}{frame}{_lower_first(_after_its_frame(frame, phrase), capitalised_names((outcome,)))}"
    if context:
        with_context = f" ({_lower_first(short_title(context).rstrip('…'), capitalised_names((context,)))})"
    if own("outcome"):
        yield with_outcome
    if own("context"):
        yield title + with_context
    if own("outcome", "context"):
        yield with_outcome + with_context
