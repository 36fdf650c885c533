"""Word lists for the lexical similarity backend: stopwords, spelling, and a review's own synonyms.

Only general rules live here: English stopwords, the function words of other common languages that are no English word
(`cmo.language`), and British-to-American spelling. cmo ships no
synonym table: one written by people who had read a benchmark scores there and nowhere else, and
paraphrase is the embedding model's job (`cmo.synthesis.embeddings`). A team that knows its
field's words may give its own file (review.yaml: `settings: {synonyms: synonyms.yaml}`):

    synonyms:
      groupvisit: [shared medical appointment, group visit, group clinic]
      carer: [carer, caregiver, family caregiver]

Each group maps the words and phrases a team uses interchangeably to one concept. Keep groups
to true synonyms: a group that joins two different ideas makes different configurations alike.
Forms are plain words and phrases (letters and spaces); nothing in the file is run as a pattern.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from cmo.language import ENGLISH_STOPWORDS, other_function_words
from cmo.language import english_word_tags as english_word_tags  # the lexicon's, read by the base layer's `written_in` too
from cmo.language import english_words as english_words
from cmo.normalise import fold

_ENGLISH = Path(__file__).resolve().parent / "english"


def _words_in(name: str) -> frozenset[str]:
    lines = (_ENGLISH / name).read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


@cache
def things_named_like_people() -> frozenset[str]:
    """Plural nouns with the ending of a noun for people that mostly name something else ("vouchers", "reminders",
    "posters", "grants", "ingredients"), as WordNet's senses and their tagged uses tell (`english/not_people.txt`, built
    by scripts/build_not_people.py)."""
    return _words_in("not_people.txt")


@cache
def people_or_things() -> frozenset[str]:
    """The nouns of `things_named_like_people` that WordNet also has for a person ("agents", "cleaners", "commuters"):
    people where a statement shows them to be (`english/people_or_things.txt`, built by scripts/build_not_people.py)."""
    return _words_in("people_or_things.txt")


@cache
def words_of_no_change() -> frozenset[str]:
    """Participles negated by a prefix that say a thing stayed as it was ("unaffected", "unchanged", "unaltered",
    "unmodified"), as WordNet glosses them (`english/no_change_words.txt`, built by scripts/build_opposite_words.py)."""
    return _words_in("no_change_words.txt")


@cache
def verbs_of_the_mind() -> frozenset[str]:
    """The present and past forms of the verbs whose uses are mostly what a mind does ("feel", "believe", "trust",
    "perceived"; not "seem", "prompt" or "help", which things do too), by WordNet's senses and SemCor's tagged uses
    (`english/verbs_of_the_mind.txt`, built by scripts/build_not_people.py)."""
    return _words_in("verbs_of_the_mind.txt")


@cache
def peoples() -> frozenset[str]:
    """Plurals of the capitalised nouns WordNet has for a kind of person, lower-cased: the members of a nation, faith or
    people ("muslims", "sikhs", "bangladeshis", "catholics"), whose ending does not tell they are people
    (`english/peoples.txt`, built by scripts/build_not_people.py)."""
    return _words_in("peoples.txt")


@cache
def people_nouns() -> frozenset[str]:
    """Plural nouns for people whose ending does not say so ("surgeons", "paramedics", "registrars", "locums", "babies",
    "victims"): most of their uses in WordNet's tagged corpus are people, or, untagged, all their senses
    (`english/people.txt`, built by scripts/build_not_people.py). A group ("crews", "teams") or a place ("wards") is none."""
    return _words_in("people.txt")


@cache
def verbs_not_nouns() -> frozenset[str]:
    """Base forms used as a verb at least twenty times as often as a noun ("give", "offer", "build"; not "care",
    "support"), by SemCor's tagged uses (`english/verbs_not_nouns.txt`, built by scripts/build_verbs_not_nouns.py)."""
    return _words_in("verbs_not_nouns.txt")


@cache
def phrasal_verbs() -> frozenset[str]:
    """WordNet's phrasal verbs, a verb and an adverb particle joined by "_" ("hand_over", "drop_out", "look_after"):
    "GP hands over a problem" has the verb "hand over", where "home visits after discharge" has no verb "visit after"
    (`english/phrasal_verbs.txt`, built by scripts/build_phrasal_verbs.py)."""
    return _words_in("phrasal_verbs.txt")


@cache
def collective_people() -> frozenset[str]:
    """Nouns for people taken collectively, with no plural ending ("youth", "elderly", "needy"), which agree as the writer
    means them (`english/collective_people.txt`, built by scripts/build_collective_people.py)."""
    return _words_in("collective_people.txt")


@cache
def adjectives_of_ease() -> frozenset[str]:
    """The adjectives that say how hard something is to act on ("easy", "hard", "difficult", "simple", "tricky"), as
    WordNet's attributes "difficulty" and "easiness" and their similar adjectives give them: "easy to use" says what is
    done to its subject (`english/adjectives_of_ease.txt`, built by scripts/build_adjectives_of_ease.py)."""
    return _words_in("adjectives_of_ease.txt")


@cache
def acts_of_people() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs only people do, in their base form: "prescribe", "withhold"; nouns for a state of mind: "fear", "belief"),
    by WordNet's verb frames and noun senses (`english/acts_of_people.txt`, built by scripts/build_acts_of_people.py)."""
    lines = [line.split() for line in (_ENGLISH / "acts_of_people.txt").read_text(encoding="utf-8").splitlines()]
    found = {words[0]: frozenset(words[1:]) for words in lines if words and not words[0].startswith("#")}
    return found.get("acts", frozenset()), found.get("minds", frozenset())


@cache
def harm_nouns() -> frozenset[str]:
    """Nouns of something bad that befalls or is felt, and their plurals ("agitation", "aggression", "inequalities",
    "disparity"): nouns VADER's sentiment lexicon rates bad, in WordNet's files of states, feelings, acts, events and
    attributes, or that WordNet derives from an adjective VADER rates bad or sets as its antonym (`english/harm_words.txt`,
    built by scripts/build_harm_words.py)."""
    return _words_in("harm_words.txt")


@cache
def burden_nouns() -> frozenset[str]:
    """Nouns of a burden patients or services bear, and their plurals ("delay", "wait", "waiting", "stay",
    "hospitalisation", "cost", "expense"): the words of WordNet's senses of a delay, a wait, a stay, a period in
    hospital and an amount spent, where that is the word's most frequent sense (`english/burden_words.txt`, built by
    scripts/build_burden_words.py). Their rise is a harm as a harm noun's is (`evidence._a_harm_noun`)."""
    return _words_in("burden_words.txt")


@cache
def good_nouns() -> frozenset[str]:
    """Nouns of something people want to have or keep, and their plurals ("skill", "competence", "confidence",
    "satisfaction", "trust"): nouns VADER's sentiment lexicon rates good, in WordNet's files of abilities, states,
    feelings, acts and attributes, or that WordNet derives from an adjective VADER rates good or gives as a kind of such a
    noun (`english/good_words.txt`, built by scripts/build_good_words.py)."""
    return _words_in("good_words.txt")


@cache
def verbs_of_ending() -> frozenset[str]:
    """The forms of the verbs of breaking off what goes on ("interrupt", "disrupt", "discontinue", "cease", "expire"), as
    WordNet files them under "discontinue", the antonym it gives of "continue" (`english/verbs_of_ending.txt`, built by
    scripts/build_verbs_of_ending.py)."""
    return _words_in("verbs_of_ending.txt")


@cache
def medicines() -> frozenset[str]:
    """Nouns that name a drug or a kind of drug ("drugs", "medicines", "hypnotics", "antipsychotics", "statins"), as
    WordNet files them under drug.n.01 (`english/medicines.txt`, built by scripts/build_medicines.py): a thing that does
    nothing of itself, so "drugs stopped" says someone stopped them (`evidence._ceased`)."""
    return _words_in("medicines.txt")


@cache
def verbs_of_calling_off() -> frozenset[str]:
    """The forms of the verbs of calling off what was to be done or declaring it void ("cancel", "annul", "rescind",
    "repeal"), as WordNet files them under "cancel" (`english/verbs_of_calling_off.txt`, built by
    scripts/build_verbs_of_calling_off.py): a thing called off is not done."""
    return _words_in("verbs_of_calling_off.txt")


@cache
def verbs_of_recording() -> frozenset[str]:
    """The forms of the verbs of making a record of a thing or counting it ("record", "document", "log", "count"), as
    WordNet files them under "record" and "count" (`english/verbs_of_recording.txt`, built by
    scripts/build_verbs_of_recording.py): a thing recorded is observed, not done, and has no direction."""
    return _words_in("verbs_of_recording.txt")


@cache
def verbs_of_not_attending() -> frozenset[str]:
    """The forms of the verbs of failing to attend ("miss", "skip", "cut"), as WordNet files them as the antonym of
    "attend" (`english/verbs_of_not_attending.txt`, built by scripts/build_verbs_of_not_attending.py): a thing missed
    is a thing not had ("missed appointments")."""
    return _words_in("verbs_of_not_attending.txt")


@cache
def names_spelt_like_verbs() -> frozenset[str]:
    """Words WordNet writes as nouns only with a name's capital, whose only common word is a verb no counted text uses
    ("shanghai", "hoover"; `english/names_spelt_like_verbs.txt`, built by scripts/build_names_spelt_like_verbs.py):
    written with a capital, the name."""
    return _words_in("names_spelt_like_verbs.txt")


@cache
def verbs_of_telephoning() -> frozenset[str]:
    """The forms of the verbs of calling by telephone ("call", "phone", "ring", "dial", "telephone"), as WordNet files
    those whose topic is telephony (`english/verbs_of_telephoning.txt`, built by scripts/build_verbs_of_telephoning.py):
    a number after one is the number called, a service's name ("calling 999"), no count."""
    return _words_in("verbs_of_telephoning.txt")


@cache
def verbs_before_an_ing() -> frozenset[str]:
    """The verbs, with their third person, that take an -ing form as their object ("starts missing visits", "stops
    attending", "keeps coming back", "avoids asking"), as WordNet's frame "Somebody ----s VERB-ing" gives them
    (`english/verbs_before_an_ing.txt`, built by scripts/build_verbs_before_an_ing.py)."""
    return _words_in("verbs_before_an_ing.txt")


@cache
def verbs_before_a_clause() -> frozenset[str]:
    """The past forms of verbs WordNet frames with a clause after them ("believed", "feared", "thought": "Somebody ----s
    that CLAUSE"), none WordNet lists as an adjective too ("perceived", "expected"), which describe the noun after them
    (`english/verbs_before_a_clause.txt`, built by scripts/build_verbs_before_a_clause.py)."""
    return _words_in("verbs_before_a_clause.txt")


@cache
def verbs_things_do() -> frozenset[str]:
    """The verbs WordNet gives the frame "Something ----s", verbs a thing does with no one doing it ("costs rise",
    "visits run late", "rates fall"), unlike "train", "fund", "counsel", which a person does to something
    (`english/verbs_things_do.txt`, built by scripts/build_verbs_things_do.py)."""
    return _words_in("verbs_things_do.txt")


@cache
def verbs_done_to_people() -> frozenset[str]:
    """The verbs WordNet frames with a person as their object ("Somebody ----s somebody", "… somebody PP": "refer",
    "admit", "send"), whose past form after people and before "to"/"from"/"into" may say what was done to them
    (`english/verbs_done_to_people.txt`, built by scripts/build_verbs_done_to_people.py)."""
    return _words_in("verbs_done_to_people.txt")


@cache
def verbs_taking_an_object() -> frozenset[str]:
    """The verbs WordNet frames only with an object ("champion", "fund", "host"): before a preposition, no object after
    it, such a word is a noun (`english/verbs_taking_an_object.txt`, built by scripts/build_verbs_taking_an_object.py)."""
    return _words_in("verbs_taking_an_object.txt")


@cache
def verbs_read_otherwise() -> frozenset[str]:
    """Words the lexicon has only as a verb's base form that WordNet has as no verb: a noun or adjective ("temp staff",
    "third sector") or a clipping of an adjective ("psych staff": psychiatric), which describe the noun after them as
    often as they take it as an object (`english/verbs_read_otherwise.txt`, built by scripts/build_verbs_read_otherwise.py)."""
    return _words_in("verbs_read_otherwise.txt")


@cache
def opposite_words() -> dict[str, frozenset[str]]:
    """Each word and the words WordNet gives as its antonym by a negating prefix ("satisfaction" and "dissatisfaction",
    "supported" and "unsupported", "continuity" and "discontinuity"), or has in its antonym's synset ("safe": "dangerous,
    unsafe"), or derives from such a pair ("engagement", "disengagement"), both ways (`english/opposite_words.txt`, built
    by scripts/build_opposite_words.py). A hyphen is dropped ("non-engagement" → "nonengagement"), as outcomes are read
    with "non" joined to its word."""
    partners: dict[str, set[str]] = {}
    for line in (_ENGLISH / "opposite_words.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            one, other = line.replace("-", "").split()  # "non-engagement" is read as outcomes are folded, one word
            partners.setdefault(one, set()).add(other)
            partners.setdefault(other, set()).add(one)
    return {word: frozenset(others) for word, others in partners.items()}


@cache
def initialisms() -> frozenset[str]:
    """The words WordNet writes in capitals, with a vowel, that are no common or function word ("HIV", "AIDS", "NGO",
    "UNICEF"; not "CARE", "WHO"): initialisms a text in capitals keeps (`english/initialisms.txt`, built by
    scripts/build_initialisms.py)."""
    return _words_in("initialisms.txt")


@cache
def country_initialisms() -> frozenset[str]:
    """The initialisms WordNet gives as a country's name ("US", "USA", "UK", "PRC", "USSR"): a place, as any name is,
    though most words in capitals name a condition or a service (`english/country_initialisms.txt`, built by
    scripts/build_country_initialisms.py)."""
    return _words_in("country_initialisms.txt")


@cache
def initialisms_read_otherwise() -> frozenset[str]:
    """The initialisms WordNet knows in capitals only as a place that is no country ("PA", "CA": US states), a unit or a
    measure ("HP" horsepower, "HF" high frequency): a coder's "PA" (physical activity) or "HP" (health professional) is
    none of them, and a reader cannot know what it means (`english/initialisms_read_otherwise.txt`, built by
    scripts/build_initialisms_read_otherwise.py)."""
    return _words_in("initialisms_read_otherwise.txt")


@cache
def initialisms_only_adverbs() -> frozenset[str]:
    """The initialisms WordNet knows in capitals only as an adverb ("BC", "AD", "ASAP"): used as a noun ("young people in
    BC", British Columbia) they name what WordNet does not know them for (`english/initialisms_only_adverbs.txt`, built
    by scripts/build_initialisms_read_otherwise.py)."""
    return _words_in("initialisms_only_adverbs.txt")


@cache
def short_word_lists() -> dict[str, frozenset[str]]:
    """The lines of `english/short_words.txt` (built by scripts/build_short_words.py), each a list of words: `written`
    (WordNet's words of up to four letters, as it writes them), `shortened` (those it knows only as a shortening),
    `forms` (its irregular forms), `dictionary` (a common dictionary's short words WordNet does not know as words)."""
    lines = (_ENGLISH / "short_words.txt").read_text(encoding="utf-8").splitlines()
    return {line.split()[0]: frozenset(line.split()[1:]) for line in lines if line.strip() and not line.startswith("#")}


@cache
def short_words() -> frozenset[str]:
    """The English words of up to four letters WordNet writes in lower case ("day", "bed", "city"): what a short word in
    capitals is, when it is no initialism (`short_word_lists`, the written words in lower case)."""
    return frozenset(word for word in short_word_lists()["written"] if word.islower())


@cache
def dictionary_words() -> frozenset[str]:
    """The words a common English dictionary lists in lower case ("burnout", "opioid", "caseworker";
    `english/dictionary_words.txt`, built by scripts/build_dictionary_words.py from SCOWL's wbritish), less the forms
    `english_word_tags` holds and plurals of listed words: words of English any study may use."""
    return _words_in("dictionary_words.txt")


STOPWORDS = ENGLISH_STOPWORDS | other_function_words()

NEGATED_AUXILIARY = r"(?:do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|ca|wo|ai)"
"""The auxiliaries a negative contraction is made of ("do" of "don't", "ca" of "can't", "wo" of "won't"), as a pattern:
read by the evidence rules ("dont" typed without its apostrophe is a denial) and by round close ("dont" is no study's
term) alike."""
"""Words that are never terms: English function words, and those of French, Spanish, Portuguese, German, Italian and
Dutch that are no English word ("la", "de", "und", but not "die" or "come"), so a statement coded in another language
shares no word with others for its articles and prepositions alone (trial AF: "shares la", "shares de")."""

SPELLING: dict[str, str] = {
    "behaviour": "behavior",
    "behaviours": "behaviors",
    "behavioural": "behavioral",
    "centre": "center",
    "centres": "centers",
    "programme": "program",
    "programmes": "programs",
    "practise": "practice",
    "practised": "practiced",
    "practises": "practices",
    "practising": "practicing",
    "neighbourhood": "neighborhood",
    "neighbourhoods": "neighborhoods",
    "colour": "color",
    "favour": "favor",
    "favourable": "favorable",
    "honour": "honor",
    "labour": "labor",
    "counselling": "counseling",
    "counsellor": "counselor",
    "paediatric": "pediatric",
    "anaemia": "anemia",
    "oedema": "edema",
    "ageing": "aging",
    "judgement": "judgment",
    "fulfil": "fulfill",
    "enrol": "enroll",
    "enrolment": "enrollment",
    "travelled": "traveled",
    "modelling": "modeling",
    "licence": "license",
    "defence": "defense",
    "organisation": "organization",
    "haemoglobin": "hemoglobin",
    "oestrogen": "estrogen",
}


@dataclass(frozen=True)
class Synonyms:
    """A review's synonym groups, compiled: single words by word, phrases by their first word."""

    words: dict[str, str] = field(default_factory=dict)
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict)
    source: str = ""

    @property
    def concepts(self) -> frozenset[str]:
        return frozenset(self.words.values()) | {c for options in self.phrases.values() for _, c in options}

    def __hash__(self) -> int:
        return hash(self.source)


NO_SYNONYMS = Synonyms()


def compile_synonyms(groups: dict[str, list[str]], source: str = "") -> Synonyms:
    """Synonym groups as `Synonyms`; forms are folded and lower-cased, and anything but letters and spaces
    is read as a space. Raises ValueError naming the group at fault."""
    words: dict[str, str] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for concept, forms in groups.items():
        name = re.sub(r"[^a-z0-9]+", "", fold(str(concept)).lower())
        if not name or not isinstance(forms, list):
            raise ValueError(f"group {concept!r} needs a name and a list of words or phrases")
        for form in forms:
            parts = tuple(re.sub(r"[^a-z]+", " ", fold(str(form)).lower()).split())
            if len(parts) == 1:
                words[parts[0]] = f"syn{name}"
            elif parts:
                phrases.setdefault(parts[0], []).append((parts, f"syn{name}"))
    ordered = {first: tuple(sorted(options, key=lambda p: (-len(p[0]), p[0]))) for first, options in phrases.items()}
    return Synonyms(words, ordered, source or repr(sorted(groups.items())))


_active: Synonyms = NO_SYNONYMS


def use_synonyms(synonyms: Synonyms) -> None:
    """The review's own synonym groups, used by the lexical backend from now on (set when a review is opened)."""
    global _active
    _active = synonyms


def active_synonyms() -> Synonyms:
    return _active


_valence: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


def use_outcome_valence(wanted: Sequence[str], unwanted: Sequence[str]) -> None:
    """The outcomes the review's team wants more of and less of (review.yaml `settings: {outcomes: ...}`), read by
    `evidence.outcome_valence` from now on (set when a review is opened, as its synonyms are)."""
    global _valence
    _valence = (tuple(wanted), tuple(unwanted))


def active_outcome_valence() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(wanted, unwanted) as the team wrote them."""
    return _valence
