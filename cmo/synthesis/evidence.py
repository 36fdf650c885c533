"""What supports and what contradicts a configuration: the one rule strength, tables, packs, the graph and refine use.

A statement the configuration holds supports it, unless it cuts against it. The reviewer's word comes
first: a stance set with `cmo code mark` (per configuration) is final. Without one, a member cuts against
it when it is in the configuration's `contradicting` list (refine proposes that list by `proposed_against`,
and merge, split and detach carry it along) or its coder flagged it `contradicts`; but a configuration is
never supported only by statements flagged against it: when every unmarked member would be flagged, none
is, for they are its support (a converse configuration, "deficit-focused messages → no improvement").
A member whose outcome reads as not following, which nobody marked and no list names as contradicting, counts on
neither side until a person marks it (`undecided_ids`), unless its denial is in line with the others or is what the
configuration says: a null result is not support by default (trials AH 2, AI 4, AJ 2).
A detached statement has been taken out of the configuration's lists, so it is evidence for neither side.
Ids the review does not have name no source and are skipped when sources are counted.

A converse statement supports: where its mechanism is denied ("nobody owns the whole pathway", "they did not feel
listened to") or its context denies what the others' say ("schools without the counsellor" beside "schools with a
counsellor"), an outcome that did not follow is what the configuration predicts, not evidence against it
(`is_converse`); refine never lists it as contradicting, and its context is never one of the key contexts.

A null comparison ("did just as well as usual care", "no greater fall than") is a null result, not support for a
configuration whose outcome says the change came (`compares_null`); a configuration a person makes by hand of a finding
and its null result is read with its members about the same (`against_by_hand`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache, lru_cache

from cmo.models import Configuration, Statement
from cmo.normalise import fold, lazy_pattern
from cmo.synthesis.key_contexts import gives_key_context
from cmo.synthesis.lexicon import (
    ENGLISH_STOPWORDS,
    NEGATED_AUXILIARY,
    STOPWORDS,
    active_outcome_valence,
    burden_nouns,
    good_nouns,
    harm_nouns,
    medicines,
    opposite_words,
    verbs_of_calling_off,
    verbs_of_ending,
    verbs_of_not_attending,
    verbs_of_recording,
    verbs_of_the_mind,
    words_of_no_change,
)
from cmo.synthesis.nulls import a_change_that_did_not_come, alike_across_groups


# The wording rules (3,400 lines, a twentieth of a listing's instructions to import) are read only when an outcome or a
# context is read, never by a listing that reads what the last write kept: each name below imports them on first use,
# then stands for the wording rule itself.
def _is_person(word: str) -> bool:
    global _is_person
    from cmo.synthesis.wording import _is_person

    return _is_person(word)


def _word_tags(word: str) -> set[str]:
    global _word_tags
    from cmo.synthesis.wording import _word_tags

    return _word_tags(word)


def key_contexts(*args, **kwargs):  # noqa: F811 (becomes the wording rule on first use)
    global key_contexts
    from cmo.synthesis.wording import key_contexts

    return key_contexts(*args, **kwargs)


def said_and_denied(text: str):  # noqa: F811 (becomes the wording rule on first use)
    global said_and_denied
    from cmo.synthesis.wording import said_and_denied

    return said_and_denied(text)


_OF_CHANGE = (
    r"(?:(?:any|a|an|much|real|significant|measurable|noticeable|clear)\s+)*"
    r"(?:change|improvement|improving|difference|increase|reduction|decrease|effect|impact|benefit|gain|rise|progress)\w*"
)
"""A change, an effect or a gain ("any change", "significant improvement"): what "without" or "no" denies of an outcome."""
_FEW = r"(?<!\ba )(?<!\bthe )(?<!\ba very )(?:little|few|limited|(?:hardly|scarcely|barely) any)"
"""The negative quantifiers: "little" and "few" without "a" or "the" (which say some: "a few", "the few who came"),
"limited", "hardly any". Like "no", they deny what they quantify (`_next_to_none`)."""
_NEXT_TO_NONE = rf"(?:{_FEW}|negligible|minimal)"
"""A quantifier of next to none (`_FEW`, "negligible", "minimal"): before a change or an effect ("little effect on HbA1c",
"minimal improvement in pain", "hardly any change") it denies it as "no" does, whatever the change is of (trial BK
S29: "little effect on HbA1c" counted as support of "improved HbA1c"); "a little improvement" says some came."""
NEGATIVE_OUTCOME = lazy_pattern(
    r"\b(not|no(?! longer)|never|none|nobody|nothing|failed|fail|fails|failing|unchanged|neither|nor|"
    r"lack of|lacked|worse|worsened|worsening|deteriorated|eroded|erosion|"
    r"ended|collapsed|discouraged|did n t|\w+n t|cannot|can not|unable|without effect|no effect|unsafe|harder|"
    rf"without {_OF_CHANGE}|{_NEXT_TO_NONE} {_OF_CHANGE}|"
    r"less (?:safe|acceptable|effective|likely|able|accessible|helpful|engaged|satisfied))\b"
)
"""The words that say an outcome was absent or reversed ("did not", "no change", "failed to", "without any change in").
"Declined" is not among them: said of a thing it is a lessening, as "fell" is ("disciplinary incidents and restraint
declined" is the outcome following, trial CU: Ford & Hawke's detention study counted against the configuration it
supports), and said of people it is a refusal (`_refusals_read`)."""

_SIGNIFICANT = (
    r"(?:significant\w*|statistically|measurabl\w*|meaningful\w*|substantial\w*|markedly|appreciabl\w*|clinically|real|clear)"
)
_CHANGED = (
    r"(?:improv\w*|chang\w*|increas\w*|decreas\w*|reduc\w*|rise|rises|risen|rose|fall|falls|fell|fallen|drop|drops|dropped|"
    r"benefit\w*|effects?|gain\w*|differ\w*|better|worse|higher|lower|greater|fewer|less)"
)
"""A change denied before what it is compared with ("did not improve compared with the control group", "no significant
reduction relative to usual care"): `NULL_COMPARISON`."""
_MORE_OR_LESS = r"(?:greater|larger|bigger|higher|lower|smaller|better|worse|more|less|fewer|different|faster|slower)"
_BE = r"(?:is|are|was|were|be|been|being|remained|remains|stayed|stays)"
NULL_COMPARISON = lazy_pattern(
    r"\b(?:just|equally) as \w+\b(?! as \d)|\b(?:about|roughly|nearly|almost) as \w+ as\b(?! \d)"
    rf"|\b{_BE} as (?!well\b|much\b|many\b|long\b|far\b|soon\b|follows?\b)\w+ as\b(?! \d)"
    r"|\b(?:did|do|does|done|fared|fare|fares|performed|perform|performs|worked|work|works) as well as\b"
    rf"|\bno (?:(?:significant|statistically significant|real|clear|measurable|meaningful) )?{_MORE_OR_LESS}\b(?=[^|]*\bthan\b)"
    rf"|\b(?:no|not|n t) (?:(?:(?:statistically )?significant(?:ly)?|real|clear|measurabl[ey]|meaningful(?:ly)?) )?"
    r"(?:differ|differs|differed|difference|differences|different (?:from|to|than|between|among|across|in|with))\b"
    r"|\b(?:similar|comparable|equivalent|identical) (?:to|with|between|among|across|in both)\b"
    r"|\bthe same as (?:in|with|for|among|under|on)\b"
    r"|\b(?:no|not|n t) worse\b|\bnon ?inferior\w*|\bat least as \w+ as\b|\bas (?:good|effective|safe|successful) as\b"
    r"|\b(?:similar|comparable|equivalent)(?: or (?:better|superior|higher|lower))?(?= *(?:\||$))"
    r"|\b(?:similar|comparable|equivalent) or (?:better|superior)\b"
    rf"|\b(?:not|no|n t|never) (?:(?:{_SIGNIFICANT}|more|any|much|further|greater) ){{0,3}}{_CHANGED}\b[^|]*?"
    r"\b(?:(?:as )?compared (?:with|to)|relative to|versus|vs|in comparison (?:with|to))\b"
)
"""A comparison that found no difference ("linked just as well as usual care", "uptake was as high as in the other
arm", "no greater fall than with insurance alone", "no difference between the groups", "did not differ", "similar to
usual care"), or an equivalence ("no worse than hospital", "non-inferior", "at least as good as", "as effective as",
"length of stay similar", "equivalent or better"), or a change denied against a comparator ("loneliness did not
improve compared with the control group", "no significant reduction in falls relative to usual care"): a null result,
which says the change a programme is credited with did not come from it, and what a configuration worded as an
equivalence holds (`proposed_against`). "As well as" joining two things, "as many as 40%" and "as long as" compare nothing."""

_CLAUSE_END = lazy_pattern(r"[,;:.!?()\[\]\u2013\u2014]+|\s-\s")
"""The coder's punctuation that ends a clause (`fold` drops it): where a concession ends."""

_HYPHENED_PIECE = lazy_pattern(r"\b([^\W\d_]+)-(?=[^\W\d_])")


def _prefixes_joined(text: str) -> str:
    """Text with each piece a hyphen binds to the word after it joined to that word, where the piece alone is no English
    word but a function word of another language the reader drops (`STOPWORDS`): the English prefix "de-" or "mis-",
    so "de-escalation" is read as "deescalation" and "mis-diagnoses" as "misdiagnoses", one thing as when written whole
    (trial CT: "less de-escalation" gave no thing its direction, so "de-escalation rarely happens" was told as its
    opposite; "fewer mis-diagnoses" read as the opposite of "more diagnoses"). An English word before a hyphen
    ("in-hospital", "over-prescribing") stays a word, and "non-" keeps its own reading (`_NON`). A preposition hyphens bind
    between two words ("peer-to-peer bullying", "youth-on-staff assaults", "face-to-face visits") is part of one word
    that tells which kind, never a preposition opening a phrase of the clause: it goes, so "peer-to-peer bullying did
    not fall" is read as "peer peer bullying did not fall", a denial of its clause (trial CU: read as saying which peer,
    `GAPPED_CLAUSE_DENIAL`, so a null finding counted as support of "violence fell")."""

    def joined(found: re.Match) -> str:
        piece = found.group(1).lower()
        bound = piece in STOPWORDS and piece not in ENGLISH_STOPWORDS and piece != _NON
        return found.group(1) if bound else found.group(0)

    return _HYPHENED_PIECE.sub(joined, _HYPHENED_PREPOSITION.sub(" ", text))


_HYPHENED_PREPOSITION = lazy_pattern(
    r"(?<=[^\W\d_])-(?:to|on|of|in|at|for|by|from|with|into|onto|against|over|under)-(?=[^\W\d_])", re.I
)


_NO_JOINED = lazy_pattern(r"\bno-(?!one\b)(?=[a-z])", re.I)
"""'No' joined by a hyphen to the word after it ("no-shows", "no-go areas", "a no-fault scheme") makes one word, a thing
or a kind of thing, which denies nothing: "fewer no-shows" says the outcome followed (trial BP 2: "Fewer no-shows" was
read as not following, and its statement left undecided). "No-one" is "nobody", a denial still."""

_VERBAL_DENIAL = r"\b(?:not|never|did n t|\w+n t|cannot|can not|unable|failed|fails|fail)\b"
CONCESSION = lazy_pattern(
    r"\b(?:despite|in spite of|even (?:without|with|though|if|when)|although|though|regardless of|irrespective of|"
    rf"notwithstanding)\b(?:[^|]*(?=\|)|(?:(?!{_VERBAL_DENIAL})[^|])*)"
)
"""A concession, to the end of its clause ("despite no regular pay", "even without a referral", "although no incentives
were offered,"): what the outcome held in spite of, never whether it followed. Where no punctuation ends it, it ends
before a verb's denial, which is the main clause's ("despite training nurses did not change practice")."""

_SUBORDINATOR = (
    r"(?:when|whenever|where|wherever|if|because|unless|until|although|though|even though|even if|even when|"
    r"after|since|once)"
)
SUBORDINATE = lazy_pattern(
    rf"(?<=[a-z0-9] )\b{_SUBORDINATOR}\b[^|]*?(?=\s*(?:\||\bbut\b|\bwhereas\b|\byet\b|\bwhile\b|$))"
    rf"|(?:^|(?<=\| )){_SUBORDINATOR}\b[^|]*(?=\|)"
)
"""A clause of its own inside the outcome's, opened by a subordinating word ("antibiotics are prescribed when they are
not needed", "mothers keep attending because they do not feel judged", "if they are not referred, mothers do not
attend", "fewer decayed teeth four years after the programme ended"): when, where, if, why or despite what the outcome
came, never whether it did, so its denials and endings are not the outcome's (trial BV: "after the programme ended" read
a trial's lasting benefit as not following, and the review's headline finding was worded from the null trial; "before"
is left out, as it more often opens a phrase a mechanism turns on, "de-escalate before a crisis"). After
the outcome's words it runs to the end of the clause; opening the outcome, only to the coder's punctuation, as without
it the words where the outcome begins are not told ("when not referred mothers do not attend")."""

NOT_ONLY = lazy_pattern(r"\bnot (?:only|just|merely|simply|solely)\b")
""""Not only … but also": an addition, never a denial."""

_ADVERSE = (
    r"drop|drops|dropped|dropping|stop|stops|stopped|quit|quits|leave|leaves|left|lose|loses|lost|fail\w*|decline\w*|"
    r"worsen\w*|relaps\w*|disengag\w*|withdr[ae]w\w*|give up|gave up|miss|misses|missed|missing|avoid\w*|deteriorat\w*|"
    r"fall|falls|fell|end|ends|ended|isolat\w*|alone|lonel\w*|afraid|fear\w*|scared|anxi\w*|worr\w*|ashamed|shame\w*|"
    r"embarrass\w*|stigma\w*|exclud\w*|exclusion|marginali[sz]\w*|burden\w*|overwhelm\w*|overload\w*|overburden\w*|"
    r"confus\w*|distress\w*|stress\w*|harm|harms|harmed|harmful|hurt\w*|pain|pains|painful|suffer\w*|struggl\w*|difficult\w*|"
    r"barrier\w*|frustrat\w*|upset|guilt\w*|blame\w*|judg\w*|reject\w*|discriminat\w*|helpless\w*|hopeless\w*|"
    r"exhaust\w*|burn\w* out|burnout|unsafe|risk|risks|problem\w*|complain\w*|conflict\w*|resist\w*|refus\w*|delay\w*|attrition|"
    r"error\w*|mistake\w*|wait|waits|waited|abandon\w*|neglect\w*|ignored|dismiss\w*|unwelcome|intimidat\w*|threat\w*|danger\w*|"
    r"abus\w*|misus\w*|misdiagnos\w*|mishandl\w*|mistreat\w*|maltreat\w*|violen\w*|violat\w*|disrespect\w*|assault\w*|humiliat\w*|bull(?:y|ies|ied|ying)|"
    r"coerc\w*|insult\w*|racis\w*|degrad\w*|dissatisf\w*|unsatisf\w*|slap\w*|scold\w*|shout\w*|beaten|"
    r"re[ -]?admi(?:t|ss)\w*|re[ -]?hospitali[sz]\w*|(?:re[ -]?)?offend\w*|reconvict\w*|recidiv\w*|"
    r"(?:re[ -]?)?arrest\w*|evict\w*|"
    r"die|dies|died|dying|death|deaths|mortality|overdos\w*|(?:re[ -]?)?injur\w*|poor|poorer|poorly|"
    r"preterm|premature|stillbirth\w*|miscarr\w*|complication\w*|morbidit\w*|exacerbat\w*|adverse|side effects?|"
    r"retaliat\w*|reveng\w*|attack\w*|stab|stabs|stabbed|stabbing|shoot\w*|kill|kills|killed|killing|crime\w*|criminal\w*|"
    r"victimi[sz]\w*|incarcerat\w*|imprison\w*|convict\w*|suicid\w*|(?:re[ -]?)?trauma|(?:re[ -]?)?traumati[sz]\w*|infect\w*"
)
"""Words for something bad happening or felt (a decline, a harm, a fear), or an event a service tries to prevent (a
readmission, reoffending, an eviction, a death), or an act that harms or is suffered (retaliation, an arrest, being
traumatised again, an infection, a clinical event such as a preterm birth, a complication, an adverse event or a side
effect), or a thing done wrongly (misuse, a misdiagnosis), or being kept waiting
("people wait in temporary accommodation"; the verb only, as
"a waiting list" or "the waiting room" names no harm; trial AQ 2): what the programme hopes to see less of, so that its
denial ("the young person does not retaliate", "they are less likely to be arrested") says the outcome followed
(`DENIED_ADVERSE`, trial AM 1, retrial R2). A prefix "re-" folds to "re " and is read either way."""

_LIGHT = (
    r"feel|feels|felt|feeling|report|reports|reported|reporting|experience|experienced|experiencing|seem|seemed|become|"
    r"became|get|got|be|been|being|is|are|was|were|more|as|so|too|very|any|further|ever|again|really|much|the|a|an|their|"
    r"likely|to|at|of|from|in|out|up|all|such|have|has|had"
)
"""Words a denial reaches its object over ("were not more likely to relapse", "no longer felt isolated", "less likely to
have a fall"); any other word ("did not reduce stigma", "no support for isolated carers", "no change in anxiety") keeps
the denial its own."""

DENIED_ADVERSE = lazy_pattern(
    rf"\b(?:not|never|no longer|no|none|did n t|\w+n t|cannot|can not|less likely to|unlikely to)\s+"
    rf"(?:(?:{_LIGHT})\s+){{0,3}}(?:{_ADVERSE})\b"
)
"""A denial of something bad ("did not drop out", "never missed a session", "no longer felt isolated", "no fear of
being judged", "less likely to drop out"): two negatives, which say the outcome held, so they are set aside before the
wording rule looks for a denial."""


_USE_OF_SUBSTANCES = r"(?:substance|drug|alcohol|opioid|cannabis|heroin|cocaine) (?:use|misuse|abuse)|drinking"
"""Using drugs or alcohol, which a rise of is a harm wherever an outcome measures it (`DENIED_RISE_OF_HARM`), while the
words alone name no harm ("clients disclose more about their drug use")."""
_AUX = r"(?:do|does|did|has|have|had|is|are|was|were|will|would)"
_RISE = (
    r"(?:increase|increases|increased|increasing|rise|rises|risen|rose|growth|grow|grew|grown|escalat\w*|spike|upturn|"
    r"go up|gone up|went up|widen|widens|widened|widening|lengthen|lengthens|lengthened|lengthening)"
)
DENIED_RISE_OF_HARM = lazy_pattern(
    rf"\b(?:no|not|never|without|n t)\s+(?:(?:any|a|an|{_SIGNIFICANT}|further|overall)\s+){{0,3}}{_RISE}\s+"
    rf"(?:(?:in|of)\s+(?:\w+\s+){{0,3}}?|(?:\w+\s+)?)(?:{_ADVERSE}|{_USE_OF_SUBSTANCES})\b"
    rf"|\b(?:{_ADVERSE}|{_USE_OF_SUBSTANCES})\b(?:\s+\w+){{0,3}}?\s+(?:(?:{_AUX})\s+)?(?:not|never|n t)\s+"
    rf"(?:(?:{_SIGNIFICANT})\s+)?{_RISE}\b"
    rf"|\b(?:{_AUX})\s+(?:not|n t)\s+(?:increase|raise|worsen)\s+(?:\w+\s+){{0,3}}?(?:{_ADVERSE}|{_USE_OF_SUBSTANCES})\b"
)
"""A rise denied of something bad ("no increase in substance use", "no rise in evictions", "relapse did not increase",
"did not increase drug use"; typed as coders shorten it, without its "in": "no increase adverse events", trial CZ): the
harm kept at bay, as its denial is (`DENIED_ADVERSE`), so the outcome held; trial CF 1:
Tsemberis et al.'s "housing retention, no increase in substance use" was read as an outcome that did not follow, counted
against its configuration and called its evidence contested. A rise denied of anything else ("no increase in
attendance") and a fall denied of a harm ("no reduction in falls") still say the outcome did not follow."""


_THING_ENDS = (
    r"(?=\s*(?:$|[|,;.)]|\b(?:or|and|in|among|amongst|of|for|at|on|between|across|during|over|after|with|from|by|than|"
    r"compared|versus|vs|towards|toward|against|to)\b))"
)
"""What may follow the head of the thing said to rise: the clause's end, a conjunction or a preposition ("an increase
in agitation or aggression", "inequalities between areas"); not another noun ("crisis team contacts": the contacts)."""
_DENIED_RISE_OF_A_HARM = (
    lazy_pattern(
        rf"\b(?:no|not|never|without|n t)\s+(?:(?:any|a|an|{_SIGNIFICANT}|further|overall)\s+){{0,3}}{_RISE}\s+"
        rf"(?:(?:in|of)\s+(?:\w+\s+){{0,3}}?|(?:\w+\s+)?)(?P<thing>[a-z]+){_THING_ENDS}"
    ),
    lazy_pattern(
        rf"\b(?P<thing>[a-z]+)(?:\s+(?:in|among|amongst|of|for)\s+\w+(?:\s+\w+)?)?\s+(?:{_AUX}\s+)?(?:not|never|n t)\s+"
        rf"(?:(?:{_SIGNIFICANT})\s+)?{_RISE}\b"
    ),
)
_RISING_HARM = (
    lazy_pattern(
        rf"\b(?P<thing>[a-z]+)(?:\s+(?:in|among|amongst|between|of|for)\s+\w+(?:\s+\w+)?)?\s+(?:(?:{_AUX}|been)\s+){{0,2}}"
        rf"(?:\w+ly\s+)?{_RISE}\b"
    ),
    lazy_pattern(rf"\b{_RISE}\s+(?:in|of)\s+(?:\w+\s+){{0,3}}?(?P<thing>[a-z]+){_THING_ENDS}"),
    lazy_pattern(
        r"\b(?:more|greater|higher|longer|increased|increasing|rising|growing|widening|lengthening|escalating)\s+"
        rf"(?:\w+\s+){{0,2}}?(?P<thing>[a-z]+){_THING_ENDS}"
    ),
)
"""A harm noun (`lexicon.harm_nouns`: "agitation", "aggression", "inequalities", built from VADER's sentiment lexicon
and WordNet, where `_ADVERSE` is written by hand) said to rise ("inequalities widen", "an increase in aggression",
"greater disparity"), or its rise denied (`_DENIED_RISE_OF_A_HARM`: "no increase in agitation or aggression",
"agitation did not rise"): as the head of what rises, never a word naming a service ("crisis team contacts rose").
The rise is a harm reported (`reports_harm`; trial CQ: "inequalities widen" counted as support of "improved access"),
its denial a harm kept at bay, set aside as `DENIED_RISE_OF_HARM` is (trials LW, CO: "no increase in
agitation/aggression" read as an outcome that did not follow)."""


def _a_harm_noun(match: re.Match) -> bool:
    """Whether the thing said to rise is a harm: one the team wants less of (`outcome_valence`: "staff turnover rises"
    where review.yaml names turnover unwanted; "length of stay rose" where it names length of stay, read by the thing
    measured, `_measured`), else a harm noun or a burden borne (`_burdens_measured`), unless the team wants it."""
    measured = _measured(match)
    burden = bool(measured & burden_nouns())
    if not any(active_outcome_valence()):
        return match["thing"] in harm_nouns() or burden
    said = _teams_valence(frozenset(_content(thing) or thing for thing in {match["thing"], *measured}))
    return said < 0 if said else match["thing"] in harm_nouns() or burden


_OF_TIME = frozenset({"time", "times"})
_TIME_UNTIL = lazy_pattern(r"\btimes? (?:to|until|before) (?:\w+ ){0,3}$")
"""A time until a thing, with up to three words describing it ("time to first home visit"): a wait for it."""


def _measured(match: re.Match) -> set[str]:
    """What the thing said to rise names or measures, of which a burden (`lexicon.burden_nouns`: a delay, a wait, a stay,
    a cost) makes its rise a harm: the thing itself ("costs rose", "delays increased"), the noun after a measure of it
    ("length of stay", "duration of hospitalisation", `_MEASURES`) or before "time" ("waiting times"), or what a time
    runs until ("time to treatment": a wait for it, so a burden unless what it waits for is a harm, "time to relapse").
    "Time" alone names no burden ("time spent with patients"), nor does a measure of what people do ("length of
    engagement")."""
    thing, text = match["thing"], match.string
    before = text[: match.start("thing")].split()[-1:]
    if thing in _MEASURES or thing in _OF_TIME:
        after = text[match.end("thing") :].split()[:2]
        named = after[1] if len(after) == 2 and after[0] == "of" else before[-1] if before and thing in _OF_TIME else ""
        return {named} if named else set()
    if _TIME_UNTIL.search(text, 0, match.start("thing")) and not _HARM_WORD.fullmatch(thing) and thing not in harm_nouns():
        return {thing, "wait"}
    return {thing}


def _a_harm_rises(clause: str) -> bool:
    """Whether a clause (folded) says a harm noun rose (`_RISING_HARM`)."""
    return any(_a_harm_noun(found) for pattern in _RISING_HARM for found in pattern.finditer(clause))


def _set_aside_denied_harms(text: str) -> str:
    """The text (folded) without its denials of something bad (`DENIED_ADVERSE`), which say the outcome held; but a
    verb that also gives a direction ("fall", "drop", "decline", "lose") said of what names no person ("the proportion
    of residents given antibiotics did not fall", "attendance did not drop") is a change that did not come, not a harm
    spared ("residents did not fall", "older pupils did not drop out" still are). A subject that is a personal pronoun
    ("they did not lose contact"), or none at all, as a coder writes an outcome of the people the context names ("did
    not lose contact in the first month", "never dropped out"), is a person's: the harm spared."""

    def spared(match: re.Match) -> str:
        word = match.group(0).split()[-1]
        if word in _DIRECTION or re.fullmatch(_LESSENS, word):
            opening = text[text.rfind("|", 0, match.start()) + 1 : match.start()].split()
            subject = opening[: next((i for i, w in enumerate(opening) if w in _PREPOSITIONS), len(opening))]
            subject = [w for w in subject if not re.fullmatch(_AUXILIARY, w)]
            if subject and not any(_is_person(w) or w in _PRONOUNS for w in subject):
                return match.group(0)
        return " "

    text = _DENIED_WORSENING.sub(" ", text)
    for pattern in _DENIED_RISE_OF_A_HARM:
        text = pattern.sub(lambda found: " " if _a_harm_noun(found) else found.group(0), text)
    return _HARM_MADE_UNLIKELY.sub(" ", DENIED_ADVERSE.sub(spared, DENIED_RISE_OF_HARM.sub(" ", text)))


_DENIED_WORSENING = lazy_pattern(
    r"\b(?:no|not|never|without|w o|did n t|\w+n t)\s+(?:(?:any|further|significant|a|an)\s+){0,2}"
    r"(?:worsen\w*|deteriorat\w*|exacerbat\w*)\b"
)
"""A change for the worse denied ("no worsening of symptoms", "stopped w/o worsening of NPS or QoL", "did not
deteriorate"): whatever it is said of, a worsening is a harm, so its denial says the outcome held, where a neutral
direction denied of a thing ("attendance did not drop") is a change that did not come (`_set_aside_denied_harms`).
Trial CO: a deprescribing trial's "discontinuation sustained w/o worsening of NPS or QoL" and "no worsening of
symptoms" read as outcomes that did not follow."""


_MADE_UNLIKELY = r"less likely|unlikely|less common|less frequent|rarer"
_HARM_MADE_UNLIKELY = lazy_pattern(
    rf"\b(?P<harm>{_ADVERSE})\b(?P<said>(?: [a-z]\w*){{0,3}}? (?:is|are|was|were|becomes?|became|be|been) )"
    rf"(?:{_MADE_UNLIKELY})\b(?! to\b)"
)
"""Something bad said to be made less likely ("preterm birth is less likely", "a readmission was unlikely"): the harm
spared, as its denial before it is (`DENIED_ADVERSE`), never an outcome that did not follow; "those who left were less
likely to return" makes the return less likely, not the leaving (trial AR 2)."""


_AUXILIARY = r"(?:do|does|did|have|has|had|is|are|was|were|be|been|am|can|could|will|would|shall|should|may|might|must)"
_DENIAL_WORD = r"(?:not|no|never|none|nothing|nobody|\w+n t|cannot)"
MODIFYING_DENIAL = lazy_pattern(
    r"\b(?P<head>[a-z][\w-]*) (?:"
    rf"(?:with|for|of|among|from|in|at|on|about) (?:no|not|none|nothing)(?! {_OF_CHANGE}\b)"
    rf"|(?:who|whom|which|that)(?: {_AUXILIARY})?(?: (?:also|still|yet|ever|often|always|usually))? (?:not|never|\w+n t|cannot)"
    r"|(?:who|which|that) [a-z]\w* (?:no|none|nothing)"
    rf"|(?:or|nor) (?:no|none)(?! {_OF_CHANGE}\b)(?= [a-z])"
    rf"|(?:whose|where) (?:[a-z]\w* ){{0,2}}(?:{_AUXILIARY} )?{_DENIAL_WORD}"
    r")\b"
)
"""A denial in a phrase that tells which people or things a noun means: a prepositional phrase ("residents with no
urinary symptoms", "tenants in no arrears") or a relative clause ("pupils who did not attend the breakfast club",
"prisoners who had no visits", "homes where no doctor visits"), or a noun phrase given as one of alternatives ("released
to a hostel or no fixed abode", "pupils in a unit or no school place"). It says who or what, never whether the clause's
verb held, unless it denies a change ("a programme with no effect", "little or no improvement"). After a verb ("resulted
in no change", "left with no support") the phrase is the verb's, and the denial stays."""
PARTICIPLE_DENIAL = lazy_pattern(
    r"\b(?:in|among|amongst|for|of|to|from|with|between) (?:[a-z][\w-]* ){0,3}?(?P<head>[a-z][\w-]*) not"
    r"(?= (?:yet |previously |already |currently )?[a-z]+(?:ed|wn|en) (?:to|by|with|for|in|at|on|from|as)\b)"
)
"""A denial in a participle phrase after the object of a preposition, saying which people that object means ("raised
blood pressure found in people not known to their practice", "more checks among men not registered with a GP"): who,
not whether the outcome followed, as a relative clause says it (`MODIFYING_DENIAL`). The object must be a person
(`_is_person`), and the phrase follow a preposition: "the referral not received by the practice" or "men were not
registered" denies the clause."""
COUNTERFACTUAL = lazy_pattern(
    r"\b(?:would|could|might|should)(?: not| never|n t)(?: otherwise)? have\b"
    r"|\bhad (?:it|they|he|she|we|i|you|there) (?:not|never)\b"
)
"""A counterfactual's denial ("antibiotics they would not have prescribed had they examined the resident", "had it not
been for the tenancy officer"): what did not happen in a world that was not, which says the main verb did happen."""
_CONTRASTED = r"(?:to|into|onto|in|at|on|from|with|by|for|through|via|within|inside|outside)"
CONTRASTED_PLACE = lazy_pattern(rf"(?P<joint>\||\b(?:but|and|yet|or)\b)\s*(?:not|never)(?= (?P<prep>{_CONTRASTED})\b)")
"""A denial that only sets one place, way or person against another the clause named with the same preposition ("safe
discharge to accommodation, never to the street", "pupils taught in class, not in a unit", "paid by the state and not
by families"): it says where or how the outcome came, never that it did not."""
CONTACT_CLAUSE_DENIAL = lazy_pattern(
    r"\b(?P<verb>[a-z]+) (?:(?:the|their|his|her|its|our|any|some|many|several|all|other) )?(?P<head>[a-z][\w-]*) "
    rf"(?:they|she|he|we|i|you) (?:{_AUXILIARY} )?(?:not|never|\w+n t|cannot)\b"
)
"""A denial in a relative clause with no 'that' or 'which' after the thing a verb acts on ("women disclose worries they
would not raise in a short visit", "staff report problems they cannot solve alone"): it says which things, never that
the verb's clause did not happen, as a relative clause with 'that' says it (`MODIFYING_DENIAL`). The word before the
thing must be a verb, and the thing no person: "after the visit they did not return" and "nurses told mothers they did
not need to attend" deny their clause."""
GAPPED_CLAUSE_DENIAL = lazy_pattern(
    r"(?<=[a-z0-9] )\b(?:in|at|to|into|from|on|within) (?:(?:the|their|his|her|its|our|any|some|many|several|all|other) )?"
    r"(?P<head>[a-z][\w-]*) (?:that |which |whom )?(?:the )?(?P<subject>[a-z][\w-]*) "
    rf"(?:{_AUXILIARY} )?(?:not|never|\w+n t|cannot) (?P<verb>[a-z]+)(?=\s*(?:$|\||\b(?:in|at|on|to|for|with|by|or|and|but)\b))"
)
"""A denial in a clause with its own subject after the place or people a preposition names, whose verb has no object
of its own but that place or those people ("reversals happen in places EMS doesn't reach", "care goes to people that
services do not reach", "visits happen in homes nurses never see"): it says which places or people, never that the
outcome did not come (trial CR: "places EMS doesnt reach", read as a denial once a contraction typed without its
apostrophe was one, put a supporting study against its configuration). The place must follow words of the clause:
one that opens it (at its start, or after "but", "and", "when"…) says where the clause did not happen ("in the end
patients did not return", "but in class they do not cope"); a verb with an object ("at home patients do not take
medicines") denies its clause. The words before the place must hold a verb of the clause ("reversals happen in …"):
after a noun alone the phrase is part of the clause's subject, and the denial its verb's (trial CU: "youth-on-staff
assaults did not decrease", folded to "youth on staff assaults …", read as saying which staff, so a trial's null
finding counted as support)."""
_OPENS_A_CLAUSE = frozenset("and but or yet so then while whereas because when if though although as since".split())
COMPLEMENT_DENIAL = lazy_pattern(r"\bto (?P<verb>[a-z]+) (?:not|never) (?=[a-z]+ing\b)")
"""A denial of what a verb after "to" proposes ("nurses feel able to recommend not starting an antibiotic", "officers
are willing to consider not evicting"): the act they are able or willing to take, not a denial of their being so."""


def _names_a_thing(word: str) -> bool:
    """Whether a word can head a noun phrase: a content word that is no verb's past form ("started", "left") nor only a
    verb ("resulted"); a word the lexicon does not know is a noun ("residents") unless it ends in -ed."""
    if word in STOPWORDS or word.isdigit():
        return False
    tags = _word_tags(word)
    if tags & {"D", "N"} or (tags & {"P", "Z"} and not tags & {"n", "s"}):
        return False
    return bool(tags) or not word.endswith("ed")


_STANDING_FOR = frozenset("those these ones others".split())
"""Pronouns that stand for the people or things a relative clause after them picks out ("a gap between families who can
pay and those who cannot", "schools that can afford it and those that can't"): the clause says which, as after a noun
(`MODIFYING_DENIAL`; trial CM's "inequity between schools that can afford it and those that can't" was left undecided,
its outcome read as not following)."""


def _denials_of_the_clause(text: str) -> str:
    """Folded text without the denials that belong to something other than its clause: in a phrase that tells who or
    what a noun means (`MODIFYING_DENIAL`, `PARTICIPLE_DENIAL`, `CONTACT_CLAUSE_DENIAL`, `GAPPED_CLAUSE_DENIAL`), in a
    counterfactual
    (`COUNTERFACTUAL`), in what a verb after "to" proposes (`COMPLEMENT_DENIAL`) or in setting one place against another
    (`CONTRASTED_PLACE`)."""

    def modifier(match: re.Match) -> str:
        if not _names_a_thing(match.group("head")) and match.group("head") not in _STANDING_FOR:
            return match.group(0)
        return re.sub(rf"\s*{_DENIAL_WORD}$", "", match.group(0))

    def complement(match: re.Match) -> str:
        verb = match.group("verb")
        if "P" not in _word_tags(verb) or re.fullmatch(_LIGHT, verb) or re.fullmatch(_AUXILIARY, verb):
            return match.group(0)
        return f"to {verb} "

    def contrasted(match: re.Match) -> str:  # the same preposition earlier in the text: one place set against another
        before = match.string[: match.start()]
        return f"{match.group('joint')} " if re.search(rf"\b{match.group('prep')}\b", before) else match.group(0)

    def of_people(match: re.Match) -> str:
        return match.group(0).removesuffix(" not") if _is_person(match.group("head")) else match.group(0)

    def contact(match: re.Match) -> str:
        verb, head = match.group("verb"), match.group("head")
        if not _word_tags(verb) & {"P", "Z", "D"} or not _names_a_thing(head) or _is_person(head):
            return match.group(0)
        return re.sub(rf"\s*{_DENIAL_WORD}$", "", match.group(0))

    text = CONTRASTED_PLACE.sub(contrasted, COUNTERFACTUAL.sub(" ", text))

    def gapped(match: re.Match) -> str:
        before = match.string[: match.start()].split()[-1:]
        if before and before[0] in _OPENS_A_CLAUSE:  # "but in class they do not cope": where the clause did not happen
            return match.group(0)
        clause = match.string[match.string.rfind("|", 0, match.start()) + 1 : match.start()].split()
        if not any(_word_tags(word) & {"P", "Z", "D"} for word in clause):
            return match.group(0)  # "youth on staff assaults did not decrease": no verb before it, so it is the subject's
        subject = match.group("subject")
        if subject in STOPWORDS or re.fullmatch(_AUXILIARY, subject):  # "attention in class did not change": no subject
            return match.group(0)
        if not _names_a_thing(match.group("head")) or "P" not in _word_tags(match.group("verb")):
            return match.group(0)
        return re.sub(rf" {_DENIAL_WORD} (?=[a-z]+$)", " ", match.group(0))

    text = CONTACT_CLAUSE_DENIAL.sub(contact, PARTICIPLE_DENIAL.sub(of_people, text))
    text = GAPPED_CLAUSE_DENIAL.sub(gapped, text)
    return COMPLEMENT_DENIAL.sub(complement, MODIFYING_DENIAL.sub(modifier, text))


_CONTRACTED_NOT = lazy_pattern(rf"\b({NEGATED_AUXILIARY})nt\b")
"""A negative contraction typed without its apostrophe ("dont", "didnt", "wasnt", "cant", "wont"), as coders type in a
spreadsheet cell: read as `fold` reads it with the apostrophe ("don t"), a denial (trial CM: "staff dont know referral
routes" and "pupils dont engage" were read as saying the thing happened)."""


_CAPITALS = lazy_pattern(r"\b[A-Z]{2,}\b")


def _initialisms_named(text: str) -> str:
    """Text with each initialism in capitals that folds to another language's function word (`STOPWORDS`, not
    `ENGLISH_STOPWORDS`) written as a name the reader keeps: "ED" (emergency department) folds to Italian's "ed", so
    "fewer ED transports" named no thing and gave it no direction, and "safe non-transport" beside it was read as its
    opposite (trial CZ). English's own words typed in capitals for emphasis ("did NOT attend") stay what they are, and
    a text typed all in capitals is left as it is."""
    if not any(c.islower() for c in text):
        return text

    def named(found: re.Match) -> str:
        word = found.group(0).lower()
        return f"{found.group(0)}unit" if word in STOPWORDS and word not in ENGLISH_STOPWORDS else found.group(0)

    return _CAPITALS.sub(named, text)


_SIGNIFICANT_SHORTENED = lazy_pattern(r"\b(?:stat\.? )?sig(?:nif)?\.(?= +[a-z])", re.I)
"""A coder's shortening of "significant" ("no sig. difference", "stat. sig. reduction", "signif. fewer"): its dot ends
no clause, and it reads as the word (trial DD: "no sig. difference in maternal/perinatal outcome CO vs MO" was read as
the clause "no sig" and another, "difference in …")."""


_POINTS_SHORTENED = lazy_pattern(
    r"\b(\d+(?:[.,]\d+)?) ?pts?\b(?= +(?:higher|lower|better|worse|greater|smaller|above|below)\b)", re.I
)
"""A figure then "pt" or "pts" then a comparative ("scored 3 pts higher", "2.5 pts lower than usual care"): the unit of
the amount of a difference, points, as "12 percentage points" is (`_AMOUNT_UNITS`), never a count of patients, whom no
comparative measures so ("3 patients higher" is no English; "3 pts more" may count them). Helper K5: read as patients
(`wording.people_contracted`), the people of the outcome."""


def _folded(outcome: str) -> str:
    """The outcome folded (`fold`), with "|" where the coder's punctuation ended a clause; a negative contraction typed
    without its apostrophe is read as one typed with it (`_CONTRACTED_NOT`), a shortened "significant" as the word
    (`_SIGNIFICANT_SHORTENED`), "3 pts higher" as points (`_POINTS_SHORTENED`); an initialism folding to a function
    word is kept as a name (`_initialisms_named`)."""
    outcome = _POINTS_SHORTENED.sub(r"\1 points", _SIGNIFICANT_SHORTENED.sub("significant", outcome or ""))
    parts = (
        _CONTRACTED_NOT.sub(r"\1n t", fold(_NO_JOINED.sub("no", _prefixes_joined(_initialisms_named(p)))))
        for p in _CLAUSE_END.split(outcome)
    )
    return " | ".join(part for part in parts if part)


@lru_cache(maxsize=65536)
def _as_worded(outcome: str) -> str:
    """The outcome folded, without its subordinate clauses (`_subordinates_set_aside`), concessions and "not only"s: the
    words that say whether it followed; a refusal worded "declined" is read as one (`_refusals_read`), not as a
    lessening."""
    return _as_said(_subordinates_set_aside(_folded(outcome)))


def _as_said(folded: str) -> str:
    """Folded text without its concessions and "not only"s, a refusal worded "declined" read as one: what a mechanism
    says (`_as_denied`), where a clause saying when or where ("advice is given where a nurse cannot attend") may be
    what it withholds."""
    return _refusals_read(NOT_ONLY.sub(" ", CONCESSION.sub(" ", folded)))


def _subordinates_set_aside(folded: str) -> str:
    """Folded text without its subordinate clauses (`SUBORDINATE`); one ends before "and" that opens a clause with a
    subject of its own ("care stops whenever the coordinator is away and staff do not know whom to call"), or before
    "and" that gives the outcome another direction ("rates are higher where the scheme is trusted and lower where it is
    adversarial": the outcome's own second side, trial AH 8)."""

    def aside(match: re.Match) -> str:
        words = match.group(0).split()
        if (phrase := _phrase_of_time(words, folded[: match.start()].split())) is not None:
            return " " + " ".join(words[phrase:])
        for i, word in enumerate(words[1:-1], start=1):
            after = words[i + 1]
            if word == "and" and (after in _PRONOUNS or after in _DETERMINERS or _is_person(after)):
                return " " + " ".join(words[i:])
            if word == "and" and after in _BEFORE_ITS_THING:  # "higher where trusted and lower where adversarial"
                return " " + _subordinates_set_aside(" ".join(words[i:]))
        return " "

    return SUBORDINATE.sub(aside, folded)


_PHRASE_OF_TIME = frozenset({"after", "since", "until"})
_BE_OR_HAVE = frozenset({"is", "are", "was", "were", "has", "have", "had"})


def _phrase_of_time(words: list[str], before: list[str]) -> int | None:
    """Where "after" opens a phrase, not a clause, in the outcome's subject: "harm after discharge | is reduced" (a bare
    noun or three, then the outcome's verb telling a direction, its subject before it saying no verb of its own): the
    number of the phrase's words, or None where "after" opens a clause of when ("teeth four years after the programme
    ended", "falls decreased after staffing was increased"). Re-check RH: the harm's reduction was set aside with the
    clause, and the statement read as things going wrong."""
    if words[0] not in _PHRASE_OF_TIME or not before or any(word in _BE_OR_HAVE for word in before):
        return None
    if _word_tags(before[-1]) & {"D", "Z"}:
        return None  # "readmissions fell | after …": the outcome's verb came first
    for end in range(2, min(len(words) - 1, 5)):
        if words[end] in _BE_OR_HAVE:
            told = words[end + 2] if words[end + 1] == "been" and end + 2 < len(words) else words[end + 1]
            nouns = words[1:end]
            plain = all(w not in _DETERMINERS and w not in _PRONOUNS and not _is_person(w) for w in nouns)
            direction = told in _DIRECTION or re.fullmatch(_LESSENS, told) is not None
            return end if plain and direction else None
    return None


_EVIDENCE = r"(?:evidence|data|research|findings?|results?|stud(?:y|ies)|trials?|reviews?)"
_UNSETTLED = r"(?:unclear|uncertain|unknown|undetermined|inconclusive|equivocal|not (?:yet )?(?:known|clear))"
UNCERTAIN = lazy_pattern(
    r"\b(?:not enough|insufficient|limited|little|weak|scant|sparse|"
    rf"no (?:clear|conclusive|consistent|firm|good|strong|robust|reliable))(?: \w+)? {_EVIDENCE}\b"
    rf"|\b(?:mixed|conflicting|inconsistent|equivocal|inconclusive)(?: \w+)? {_EVIDENCE}\b"
    rf"|\b(?:{_EVIDENCE}|effects?|impact|benefits?) (?:\w+ ){{0,4}}(?:is|are|was|were|remains?|remained)(?: still)? "
    rf"(?:mixed|conflicting|inconsistent|lacking|insufficient|{_UNSETTLED})\b"
    rf"|\b(?:whether|if) .*\b(?:is|are|was|were|remains?|remained)(?: still)? {_UNSETTLED}\b"
    rf"|\b{_UNSETTLED} (?:whether|if|that)\b"
    r"|\bremains? to be (?:seen|established|determined|shown)\b"
)
"""A statement of uncertainty about what it speaks of ("there is not enough evidence that help-seeking improves",
"whether attendance improves remains unclear", "it is unknown if it lasts", "the evidence on reoffending is mixed",
"results were inconclusive"): what the evidence cannot tell, which neither asserts nor denies the outcome. "Unclear" or
"uncertain" said of people ("pupils are unclear where to get help") is their state, an outcome like any other."""
_HEDGE_CLAUSES = lazy_pattern(r"(\s*(?:\||\bbut\b|\bwhereas\b|\bwhile\b)\s*)")


def _set_aside_uncertainty(text: str) -> str:
    """Folded text without its clauses of uncertainty (`UNCERTAIN`): "knowledge improved but whether help seeking
    improves remains unclear" → "knowledge improved but"."""
    return "".join(" " if UNCERTAIN.search(part) else part for part in _HEDGE_CLAUSES.split(text))


def outcome_is_uncertain(outcome: str) -> bool:
    """Whether an outcome only says the evidence is uncertain (`UNCERTAIN`: "not enough evidence that X", "whether X
    remains unclear", "inconclusive", "mixed evidence"), asserting and denying nothing besides: two such statements
    agree, and beside members that say the outcome followed, or did not, it is neither for nor against them."""
    worded = _as_worded(outcome or "")
    return bool(UNCERTAIN.search(worded)) and not re.sub(r"[|\s]+|\b(?:but|whereas|while)\b", "", _set_aside_uncertainty(worded))


_KEPT_READINGS: dict[str, bool] = {}
"""Readings of outcomes a review kept with its configurations (`Store.kept_readings`, under the rules in force, which are
these very functions): a listing reads them instead of reading thousands of outcomes again (`remember_readings`)."""


def remember_readings(readings: Mapping[str, bool]) -> None:
    """Take the readings a review kept (`Store.kept_readings`) as `outcome_is_negative`'s own."""
    _KEPT_READINGS.update(readings)


def outcome_is_negative(outcome: str) -> bool:
    """`_outcome_is_negative`, as a review kept it where it did (`remember_readings`)."""
    kept = _KEPT_READINGS.get(outcome)
    return _outcome_is_negative(outcome) if kept is None else kept


@lru_cache(maxsize=65536)
def _outcome_is_negative(outcome: str) -> bool:
    """True when an outcome says the effect was absent or reversed ("did not", "no change", "without any change"), or
    found no difference from what it was compared with (`compares_null`): the wording rule. A denial of something bad
    ("did not drop out", "no longer felt isolated") says it held; a concession ("despite no regular pay"), "not only …
    but also" or a statement of uncertainty ("not enough evidence that it improves", `UNCERTAIN`) denies nothing."""
    worded = _set_aside_denied_harms(_denials_of_the_clause(_providers_set_aside(_set_aside_uncertainty(_as_worded(outcome)))))
    if NEGATIVE_OUTCOME.search(worded) or _next_to_none(worded) or compares_null(outcome):
        return True
    return _ceased(worded) and (not _PARTICLE_NOUN.search(outcome) or _outcome_is_negative(_PARTICLE_NOUN.sub("", outcome)))


_NULL_WORDS = lazy_pattern(
    r"\b(?:as|than|differ\w*|similar|comparable|equivalent|identical|worse|compared|relative|versus|vs|comparison)\b"
    r"|inferior",
    re.I,
)
"""A word one of `NULL_COMPARISON`'s ways of saying it holds, looked for in the outcome as written, before it is folded."""


def compares_null(outcome: str) -> bool:
    """Whether an outcome is a null comparison (`NULL_COMPARISON`: "did just as well as usual care", "no greater fall
    than", "no difference between"), outside a concession, a statement of uncertainty or a comparison of who gave the
    care (`_providers_set_aside`): a null result, on neither the side of a change that came nor of a harm spared. Setting
    clauses aside only takes words away, so an outcome whose folded words hold no null comparison is none, told without
    reading its clauses (a listing asks it of every configuration: helper G1's `null_members`)."""
    if not outcome or not _NULL_WORDS.search(outcome) or not NULL_COMPARISON.search(_folded(outcome)):
        return False
    return bool(NULL_COMPARISON.search(_providers_set_aside(_set_aside_uncertainty(_as_worded(outcome)))))


_ALIKE_TO = lazy_pattern(
    r"\b(?:similar|comparable|equivalent|identical|equal) (?:to|with)\b(?P<to>.*)"
    r"|\b(?:as (?:good|safe|effective|successful|well)|the same) as\b(?P<as>.*)"
    r"|\b(?:no|not|n t|did n t|do n t|does n t) (?:(?:statistically |clinically )?significant(?:ly)? )?"
    r"(?:differ\w*|worse)\b(?P<rest>.*)"
)
_COMPARED_PEOPLE = lazy_pattern(r"\b(?:vs|versus|than|between|compared (?:with|to)|and|or)\b(?P<them>.*)")
_AN_ARM = lazy_pattern(
    r"\b(?:control\w*|usual|standard|routine|placebo|sham|arms?|wait\w*|comparison|comparator|baseline|before|previous\w*|"
    r"pre|post|intervention|randomi[sz]ed|allocated|assigned|untreated|unexposed)\b"
)
_STANDS_FOR_THE_OUTCOME = lazy_pattern(r"\s*(?:that|those)\s+(?:\w+(?:ed|en|wn)\s+)?by\b")
"""A pronoun standing for the outcome compared, its agent after "by" ("control comparable to that achieved by
physicians", "rates similar to those seen by doctors"): the people compared with are the agent's, as in "similar to
doctors'" (helper H1: a task-sharing study's "comparable to that achieved by physicians" was read as a null result)."""
_PHRASE_END = lazy_pattern(r"\b(?:in|at|for|on|during|after|across|over|within|among|amongst|from|by|when|where|who)\b")
"""Words that end a comparator's noun phrase ("doctors in the same hospitals", "MDs at regional level")."""


def _compares_providers(clause: str) -> bool:
    """Whether a folded clause finds no difference between kinds of people ("mortality similar to doctors", "outcomes
    comparable to MOs", "no significant difference between clinical officers and medical officers", "complications not
    different AC vs MD", "as safe as surgeons"): a comparison of who gave the care, as task-sharing and substitution
    studies make, where the same result in the other hands is the finding, that the outcome followed as it does with
    them. Not where the comparison names a trial's arm or a time ("similar to usual care", "no different from the
    control group", "no difference between patients allocated to the two arms", "similar to baseline"), nor without
    people on the other side ("no difference between the groups", "outcomes similar"): null results still (trial DD:
    Bolkan's "safe surgery, mortality similar to doctors" and McCord's "comparable to MDs'" were read as studies
    against the configurations they support)."""
    found = _ALIKE_TO.search(clause)
    if not found:
        return False
    after = next(group for group in found.groups() if group is not None)
    if found.group("rest") is not None:  # "no difference in X between A and B", "not different AC vs MD"
        compared = _COMPARED_PEOPLE.search(after)
        if not compared:
            return False
        after = compared.group("them")
    if standing := _STANDS_FOR_THE_OUTCOME.match(after):  # "comparable to that achieved by physicians"
        after = after[standing.end() :]
    them = _PHRASE_END.split(after)[0] if not after.strip().startswith(tuple(("between ", "and "))) else after
    words = them.split()
    people = [word for word in words if _is_person(word) or _is_person(f"{word}s")]
    return bool(people) and not _AN_ARM.search(after)


_KINDS_APART = lazy_pattern(r"\s+(?:and|vs|versus|or|compared (?:with|to))\s+")


def _kinds_compared(clause: str) -> list[frozenset[str]]:
    """Of a folded clause that finds no difference between two kinds of people it names both of (`_compares_providers`:
    "no difference in satisfaction between ad hoc and professional interpreters", "no significant difference between
    clinical officers and medical officers"), the words that set each kind apart from the other, as stems ({"ad", "hoc"}
    and {"profession"}; {"clinic"} and {"medic"}); none where the clause names only the kind compared with ("mortality
    similar to doctors": the other kind is the study's own, the substitute)."""
    found = _ALIKE_TO.search(clause)
    if not found or found.group("rest") is None or not _compares_providers(clause):
        return []
    compared = _COMPARED_PEOPLE.search(found.group("rest"))
    if not compared or compared.group(0).split()[0] not in ("between", "vs", "versus"):
        return []
    sides = _KINDS_APART.split(_PHRASE_END.split(compared.group("them"))[0].strip(), maxsplit=1)
    if len(sides) != 2:
        return []
    stems = [{_content(word) for word in side.split() if word not in STOPWORDS} - {None} for side in sides]
    people = {_content(word) for side in sides for word in side.split() if _is_person(word)}
    apart = [frozenset(stems[0] - stems[1] - people), frozenset(stems[1] - stems[0] - people)]
    return apart if all(apart) else []


def claims_one_kind_better(member: Statement, config: Configuration) -> bool:
    """Whether a member finds no difference between two kinds of people who give the care (`_kinds_compared`: "no
    difference in patient satisfaction between ad hoc and professional interpreters") where the configuration names one
    of the two kinds by what sets it apart ("professional interpreters explain the diagnosis") and its outcome tells of
    a change (`outcome_directions`: "improved care", "fewer readmissions"; not "caesarean sections performed safely"):
    the configuration claims that kind makes the difference, which a null between the two kinds does not support. A
    task-sharing configuration that names neither kind apart ("trained health officers → caesarean sections performed
    safely") is what such a null supports: the substitute does as well (`_compares_providers`). Counted on neither side
    until a person marks it (trial G2: a null between ad hoc and professional interpreters was counted as support of
    "professional interpreter → improved care")."""
    kinds = [kinds for clause in _as_worded(member.outcome or "").split(" | ") if (kinds := _kinds_compared(clause))]
    said = config.outcome or ""
    if not kinds or not said.strip() or not outcome_directions(said) or outcome_is_negative(said):
        return False
    named = {_content(word) for text in (config.context, config.mechanism) for word in _as_worded(text or "").split()}
    return any(kind <= named for pair in kinds for kind in pair)


def _providers_set_aside(worded: str) -> str:
    """Folded text without its clauses that compare who gave the care (`_compares_providers`): what is left says whether
    the outcome followed ("safe surgery | mortality similar to doctors" → "safe surgery"; nothing left: it followed as
    it does in the others' hands). So, too, clauses that say it held alike across groups of the people or setting
    (`nulls.alike_across_groups`: "high uptake | no difference by mother s education" → "high uptake")."""
    if "|" not in worded and not _ALIKE_TO.search(worded) and not alike_across_groups(worded):
        return worded
    return " | ".join(
        clause for clause in worded.split(" | ") if not _compares_providers(clause) and not alike_across_groups(clause)
    )


_HARM = rf"(?:{_ADVERSE})"
_LESSENING = r"fewer|less|lower|lowered|smaller|lesser|few|decreas\w*|reduc\w*|eliminat\w*|prevent\w*|halv\w*"
_LESSENS = (
    r"fall|falls|fell|fallen|drop\w*|declin\w*|decreas\w*|reduc\w*|shr[iau]nk\w*|eliminat\w*|prevented|avoided|cut|halv\w*|"
    r"managed|addressed|overcome|overcame|resolved|tackled|handled|mitigated|eased|lessened|alleviated|relieved|minimi[sz]ed"
)
"""Verbs that make a harm less, said after it ("abuse fell", "risk is managed", "barriers were overcome", "falls were
halved", "readmissions cut by a third"); `_LESSENING` and these give a direction down as `_ANTONYMS` do. A harm
avoided or averted as the verb's object (`_MADE_LESS`: "digital requests avoid the stigma of attending") is made less
too, where "patients avoid the clinic for fear of stigma" still reports a harm (trial CQ: "avoid stigma" read as a harm
in a mechanism, so "improved access" told no side and the study saying "inequalities widen" joined it)."""
_MADE_LESS = lazy_pattern(
    rf"\b(?:{_LESSENING})\s+(?:\w+\s+){{0,3}}{_HARM}\b|\b(?:avoid|avoids|avoided|avoiding|avert\w*)\s+(?:(?:the|any|a|an)\s+)?{_HARM}\b"
)
_HARM_WORD = lazy_pattern(rf"\b(?!(?:{_LESSENS})\b){_HARM}\b")  # "readmissions fell" lessens: the verb harms nothing
_LESSENED_AFTER = lazy_pattern(rf"\b(?:{_LESSENS}|{_MADE_UNLIKELY})\b(?! to\b)")


def reports_harm(outcome: str) -> bool:
    """Whether an outcome says something bad happened ("women are neglected", "abuse is more frequent at night"), not
    that it was made less ("less reported abuse", "fewer falls") or lessened ("disrespect and abuse reported at
    discharge fall from 20% to 13%": a verb of lessening later in its clause), nor did not happen ("did not drop
    out"); "less educated women are most at risk" still reports one."""
    for clause in _set_aside_denied_harms(_providers_set_aside(_as_worded(outcome or ""))).split("|"):
        clause = _harm_labels_set_aside(clause)
        harm = _HARM_WORD.search(_MADE_LESS.sub(" ", clause))
        if harm and not _LESSENED_AFTER.search(_MADE_LESS.sub(" ", clause), harm.end()) or _a_harm_rises(clause):
            return True
    return False


def _harm_labels_set_aside(clause: str) -> str:
    """A folded clause without the harm nouns that only name whom it is about: a harm word that is no adjective or past
    participle, just before a word naming people or a group of them ("uptake rose in higher risk groups", "at risk
    youth", "abuse survivors attended more") labels those people, as a compound noun does, and tells nothing going wrong
    (trial DA: "uptake rose in higher risk groups too" read as a harm, so a study of testing rising in them was kept
    apart from another of testing rising as telling "the other side"). An adjective of harm before people ("more
    anxious patients") and a harm said of them ("women are most at risk") still report one."""
    words = clause.split()
    for i, word in enumerate(words[:-1]):
        following = words[i + 1]
        if not (following in _GROUPS_OF_PEOPLE or _names_people(following)):
            continue
        if _HARM_WORD.fullmatch(word) and not _word_tags(word) & {"a", "D"}:
            words[i] = ""
    return " ".join(word for word in words if word)


_GROUPS_OF_PEOPLE = frozenset(
    "group groups subgroup subgroups population populations community communities cohort cohorts".split()
)


_FEW_OF = lazy_pattern(rf"\b{_FEW}\b")


def _next_to_none(worded: str) -> bool:
    """Whether an outcome (folded, its denied harms set aside) denies its thing by a negative quantifier (`_FEW`: "few
    households let them in", "little nursing involvement", "limited uptake of screening", "they changed little"), as
    "no households let them in" does. Of a harm ("few patients relapsed", "little fear of being judged", "few
    complications") it says the harm was spared, and the outcome followed. So does a clause saying its thing is low or
    poor (`_DEFICIENT_THING`, `_THING_DEFICIENT`: "low engagement", "adherence was poor")."""
    for clause in worded.split("|"):
        for found in _FEW_OF.finditer(clause):
            if not _HARM_BEFORE.search(_CLAUSES.split(clause[found.end() :])[0]):
                return True
        for part in _CLAUSES.split(clause):
            deficient = _DEFICIENT_THING.fullmatch(part.strip()) or _THING_DEFICIENT.fullmatch(part.strip())
            if deficient and not _HARM_BEFORE.search(deficient["thing"]) and not _a_past_verb_in(deficient["head"] or ""):
                return True
    return False


def _a_past_verb_in(words: str) -> bool:
    """Whether words hold a verb's past form that is no noun or adjective ("income families attended"): a clause's
    verb, so the words before it are its subject, not a noun phrase."""
    return any("D" in (tags := _word_tags(word)) and not tags & {"n", "s", "a"} for word in words.split())


_DEFICIENT = r"(?:very |too |still |consistently |persistently |relatively |generally )?(?:low|poor)"
_AFTER_A_THING = r"(?: (?:of|among|amongst|in|at|for|during|across|throughout|over|after|by|with|from|until|on) .*)?"
_DEFICIENT_THING = lazy_pattern(rf"{_DEFICIENT} (?P<thing>(?P<head>(?:\w+ ){{0,3}}?\w+){_AFTER_A_THING})")
_THING_DEFICIENT = lazy_pattern(
    rf"(?P<thing>.+?) (?:is|are|was|were|remain|remains|remained|stay|stays|stayed|seemed|appeared) {_DEFICIENT}"
    rf"(?P<head>){_AFTER_A_THING}"
)
"""A thing said to be low or poor, as a clause of its own: "low engagement", "poor adherence among men" (the clause a
noun phrase after the adjective, with at most a phrase after a preposition: no verb, so not "poor housing led to…",
"low income families attended more" (`_a_past_verb_in`), nor "lower blood pressure"), or "adherence was poor",
"uptake remained low in the first year". Like a negative quantifier (`_FEW`), it denies its thing (trial OD:
"adherence was poor" counted as support of "adherence improved"); of a harm ("relapse rates were low", "low anxiety")
it says the harm was spared."""


_CEASING = lazy_pattern(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bget )(?<!\bgot )"
    r"\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|ceasing|lapse|lapses|lapsed|lapsing|"
    r"disengag(?:e|es|ed|ing)|(?:drop|drops|dropped|dropping|fall|falls|fell|falling|tail|tails|tailed|tailing) (?:off|away)|"
    r"(?:drop|drops|dropped|dropping) out|(?:peter|peters|petered|fizzle|fizzles|fizzled) out)\b"
    r"(?= *(?:\||$|(?:after|within|by|at|over|before|during|from|when|once|between|in|on|for|and|but|as|so|because)\b))"
)
_PARTICLE_NOUN = lazy_pattern(r"(?<=[a-z])-(?=(?:out|off|away)s?\b)", re.I)
"""A hyphen between a verb and its particle makes a noun ("drop-out", "fall-off"), no verb of ceasing: "increased
distress and drop-out" reports a harm, not that its thing ceased (`_ceased`)."""
_CEASING_HARMLESS = lazy_pattern(rf"\b(?:{_LESSENING}|only|no one|nobody|none)\b")
_CEASING_ACHIEVED = lazy_pattern(r"\b(?:successfully|safely|effectively|appropriately)\s*$")
"""An adverb of achievement right before a verb of stopping ("more meds successfully stopped", "most safely stopped
smoking"): the stopping was what was sought and was done, so the outcome followed (`_ceased`). Trial CO: a
deprescribing review's "more meds successfully stopped" was read as an outcome that did not follow."""
_HARM_BEFORE = lazy_pattern(rf"\b(?:{_ADVERSE})\b")


def _ceased(worded: str) -> bool:
    """Whether an outcome (folded, its denied harms set aside) says its own thing or people ceased: a verb of stopping,
    lapsing, dropping out or off or disengaging with no object after it ("follow-up visits lapse", "most stopped after
    a month", "contact drops off", "young people disengage from the team"), as "ended" or "collapsed" says it, so it
    reads as not following (trials BK S18, BO S12: counted as support of "more women monitor their glucose", "still
    exercising"). With an object, or in the passive, it says what people gave up ("patients stopped smoking", "the
    medicines were stopped"), which only the others' words can place (`opposite_outcomes`); a harm that ceased ("the
    abuse stopped", "falls dropped off") or a lessened or limited ceasing ("fewer dropped out", "only a few dropped out")
    says the outcome followed, as does a stopping achieved (`_CEASING_ACHIEVED`: "more meds successfully stopped"). A
    harm not among the harm words (`_ADVERSE`: "the harassment stopped") is read as a thing that ceased. A drug right
    before the verb (`lexicon.medicines`: "more drugs stopped", "antipsychotics stopped") ceases only as someone stops
    it: the passive without its auxiliary, placed by the others' words as "the medicines were stopped" is (helper K2: a
    deprescribing review's "more drugs stopped" was counted against "number of drugs reduced")."""
    for clause in worded.split("|"):
        for found in _CEASING.finditer(clause):
            before = _CLAUSES.split(clause[: found.start()])[-1]  # its own subject: "was poor and most stopped"
            achieved = _CEASING_ACHIEVED.search(before)
            given = before.split()[-1:] and before.split()[-1] in medicines()  # "more drugs stopped": someone stopped them
            if not _HARM_BEFORE.search(before) and not _CEASING_HARMLESS.search(before) and not achieved and not given:
                return True
    return False


def worded_as_harm(holding: Iterable[Statement]) -> bool:
    """Whether most of the members that hold a configuration report a harm: a configuration of what goes wrong
    ("understaffed wards → women are neglected"), where a member's "women were not asked", "less satisfied" is that
    harm too, never an outcome that did not follow (trial S: four of five such notes on a review of mistreatment in
    childbirth were noise)."""
    outcomes = [s.outcome for s in holding if s.outcome]
    return bool(outcomes) and 2 * sum(reports_harm(o) for o in outcomes) > len(outcomes)


def as_most_report(statements: Sequence[Statement]) -> list[Statement]:
    """Those that report what most report: a harm happening, or not (`reports_harm`); all of them on a tie. A
    configuration is worded from one of these, never from a member seen from the other side (trial S: "quieter wards at
    the weekend → less reported abuse" worded the configuration of understaffed wards where women are neglected)."""
    harms = [reports_harm(s.outcome) for s in statements if s.outcome]
    if 2 * sum(harms) == len(harms):
        return list(statements)
    most = 2 * sum(harms) > len(harms)
    return [s for s in statements if not s.outcome or reports_harm(s.outcome) == most]


WITHHELD = lazy_pattern(
    r"(?<!\bless )(?<!\bfewer )(?<!\bno longer )(?<!\bnot )(?<!\bnever )(?<!\bn t )"
    r"\b(?:withh[oe]ld\w*|refrain\w*|forgo|forgoes|forgone|forgoing|forego\w*|forwent|omit\w*|abstain\w*|"
    r"(?:held|hold|holds|holding|keep|keeps|kept|keeping) back|(?:leave|leaves|left|leaving) out|"
    r"reluctan\w*|unwilling\w*|hesitan\w*|hesitat\w*|disinclin\w*|avoid|avoids|avoided|avoiding|"
    r"refuse|refuses|refused|refusing|refusal|(?:turn|turns|turned|turning) down|"
    r"(?:opt|opts|opted|opting|drop|drops|dropped|dropping) out|skip|skips|skipped|skipping|"
    r"(?:stay|stays|stayed|staying|keep|keeps|kept|keeping) away|"
    r"dislike|dislikes|disliked|disliking|shun|shuns|shunned|shunning|evade|evades|evaded|evading|"
    r"resist|resists|resisted|resisting|rarely|seldom|hardly ever|scarcely ever|"
    r"delay|delays|delayed|delaying|postpone|postpones|postponed|postponing|(?:put|puts|putting) off|"
    r"non ?(?:\w+(?:ance|ence|ment|ion)|uptake|use|response|return))\b"
)
"""Words that say a thing was not done, by choice ("antibiotics are withheld", "staff refrain from restraint", "the
test is omitted", "they leave out symptoms"), or that people hold back from doing it ("reluctant to disclose",
"unwilling to seek help", "hesitate to ask", "avoid using interpreters") or refuse it ("families refuse the offer",
"they turn down a place", "pupils opt out", "carers drop out of the group", "young people stay away from the clinic",
"keep away", WordNet's "refrain from going", and "decline" said of people refusing a
thing, `_refusals_read`), skip or shun it ("the review is skipped", "teenagers shun the clinic", "they evade the
question"), dislike doing it ("tenants dislike attending the office") or resist it ("carers resist moving their
relative", "resist" as a verb, not "resistance"), put it off ("witnesses delay calling an ambulance", "parents postpone
vaccination": not done when it was needed, as "avoid calling" says), or that it is seldom done ("home visits are
rarely offered", "staff seldom ask"): an outcome worded by its absence, as "not requested", "not given", "do not
take up" word it with a denial, so that "patients decline screening" beside "patients
do not attend screening" is one finding (trial AD F3), and "counselling is skipped" beside "pharmacists are reluctant to
offer it" is no opposite (trial AG 4). A thing of doing named with "non" before it ("non-attendance", "non-adherence",
"non-uptake") says it was not done, so "they do not attend activities" beside "non-attendance" is one finding (trial AT
2); "non-medical" or "non-judgemental" names no doing. "Less reluctant", "no longer leave out", "did not refuse" make
the holding back less, and say nothing is withheld."""

_DECLINE = lazy_pattern(r"\bdeclin(?:e|es|ed|ing)\b")
_PRONOUNS = frozenset("they he she we you i".split())
_THEREAFTER = frozenset("thereafter afterwards afterward later since overall again somewhat".split())
_TAKING = frozenset("the a an their his her its our any all this these that those every".split())


def _refusals_read(text: str) -> str:
    """Folded text where "decline" says people refused a thing ("mothers decline peer support", "patients declined the
    offer", "carers declined to take part", "decline treatment"), read as "refused" (`WITHHELD`): it takes an object or
    "to" and a verb, said of people (or of nobody named: the coder's shorthand; or of a quantifier alone that stands for
    them, `_counts_people`: "many declined the offer", "most declined to take part"), or said of people with nothing
    after it ("most patients declined"). "Attendance declined", "a decline in
    visits", "cognitive decline", "declined to 20%", "declined sharply over time" are a lessening, and stay."""

    def read(match: re.Match) -> str:
        clause = re.split(r"\|", text[: match.start()])[-1].split()
        if clause and not any(_is_person(w) or w in _PRONOUNS for w in clause) and not _counts_people(clause):
            return match.group(0)
        after = text[match.end() :].split()[:2]
        if not after or after[0] == "|":  # "patients declined": people who decline, with nothing after, refuse
            return "refused" if clause and (_is_person(clause[-1]) or clause[-1] in _PRONOUNS) else match.group(0)
        if after[0].isdigit() or after[0].endswith("ly") or after[0] in _THEREAFTER:
            return match.group(0)
        if after[0] == "to":
            takes = len(after) > 1 and not after[1].isdigit() and "P" in _word_tags(after[1])
        else:
            takes = after[0] in _TAKING or _names_a_thing(after[0])
        return "refused" if takes else match.group(0)

    return _DECLINE.sub(read, text) if "declin" in text else text


def _counts_people(clause: list[str]) -> bool:
    """Whether a subject is a quantifier alone, standing for the people it counts ("many", "most", "some"), as the
    wording rules read "most feel safer" (`wording._QUANTIFIERS`)."""
    from cmo.synthesis.wording import _QUANTIFIERS

    return len(clause) == 1 and clause[0] in _QUANTIFIERS


_EARLIER = lazy_pattern(r"\b(?:who|that|which) (?:(?:had|previously|initially|originally|once|earlier|at first|first) )+$")
"""A relative clause that says what people had done before ("parents who had refused", "patients who initially
declined"): which people the outcome is said of, not what came of them."""


def reports_withholding(outcome: str) -> bool:
    """Whether an outcome says a thing was withheld (`WITHHELD`) and does not deny it ("were not withheld"). A withholding
    in a relative clause that says what the people had done before (`_EARLIER`: "families who had refused now accept
    it", "pupils who had previously dropped out return to class") says who they are, not the outcome. A withholding
    the outcome itself makes less ("non-adherence decreased", "vaccine hesitancy fell") withholds nothing, as "fewer
    refused" does not: the thing is done more."""
    worded = _as_worded(outcome or "")
    found = [m for m in WITHHELD.finditer(worded) if not _EARLIER.search(worded[: m.start()])]
    if not found or outcome_is_negative(outcome):
        return False
    lessened = {thing for thing, sign in outcome_directions(outcome).items() if sign < 0}
    return any(not _withheld_words(m.group(0)) & lessened for m in found)


def _withheld_words(withholding: str) -> set[str | None]:
    """The stems that may name a withholding where an outcome gives it a direction: its last word ("non-adherence"
    → "nonadher") and, for a verb with its particle, the verb ("drop-out fell", "drop-out declined": the drop-out is
    what fell, so nothing is withheld; CU's "declined" read as a lessening had made "attendance improved and drop-out
    declined" the opposite of "attendance improved")."""
    words = _hyphened_prefixes_joined(withholding.split())
    return {_content(words[-1]), *(_content(words[0]) for _ in words[1:2] if words[-1] in _PARTICLES)}


def _withholds(outcome: str) -> bool:
    """Whether an outcome says a thing was withheld (`reports_withholding`) other than by keeping it from happening
    (`_kept_from_happening`: "avoided conveyance", "admission is avoided"): what a configuration worded by what is not
    done or as a barrier says. A thing kept from happening is the success the others' denial ("no change in ED use",
    "admissions did not fall") may go against, so it is asked about, never taken as in line (trial BT: "no change in ED
    use" counted as support beside "avoided conveyance")."""
    return reports_withholding(outcome) and not _kept_from_happening(outcome)


def worded_by_absence(holding: Iterable[Statement]) -> bool:
    """Whether most of the members that hold a configuration say what goes wrong (`reports_harm`), what is withheld
    (`reports_withholding`) or what is left undone (`reports_left_undone`): a configuration worded by what is not done,
    where a member's denial ("antimicrobials are
    not always requested" beside "antibiotics are withheld in line with the care plan") says the same direction in
    other words, never that the outcome did not follow."""
    outcomes = [s.outcome for s in holding if s.outcome]
    said = sum(reports_harm(o) or _withholds(o) or reports_left_undone(o) for o in outcomes)
    return bool(outcomes) and 2 * said > len(outcomes)


def opposite_outcomes(one: str, other: str) -> bool:
    """Whether two outcomes that both read as following say opposite things of one thing: they give it opposite directions
    (`point_opposite_ways`: "more referrals" beside "fewer referrals"), or one says it was withheld (`reports_withholding`)
    where the other says it was done ("antibiotics are prescribed even in advanced dementia" beside "antibiotics are more
    often withheld"; "they communicate their problems more fully" beside "they leave out symptoms and problems"). What
    the two name in common must be a thing, not the people (`_shared_thing`): "refugees feel safe" is no opposite of
    "refugees withhold information". A denial ("were not prescribed") is read by `outcome_is_negative`, and an outcome
    that makes a thing less ("fewer antibiotics are prescribed") goes the way a withholding does. Where neither withholds,
    one that turns away from a thing (`_turnings`: "patients stopped their medicines") is the opposite of one that goes
    on with it (`_GOING_ON`: "patients kept taking their medicines"); where one does, an outcome saying the withheld thing
    was left undone (`_undone`: "children go untreated" beside "parents are reluctant to treat") agrees with it, and so
    does one saying by a limiting quantifier that it fell short (`_falls_short_alone`: "sign-out done in only 23% of
    operations" beside "sign-out omitted"; trial K0 was told the two say opposite things). An
    outcome that reads as not following only by a word a prefix negates (`_negative_by_its_word`: "residents felt
    unsafe", "carers were unable to cope") is read by that word alone (`_negated_by_its_prefix`); one that denies a
    thing is done is the opposite of one that says it is done, or done more (`_asserts_what_is_denied`: "mothers did
    not attend" beside "higher attendance")."""
    if not one or not other or any(outcome_is_uncertain(o) for o in (one, other)):
        return False
    negative = [o for o in (one, other) if outcome_is_negative(o)]
    if negative and all(map(_negative_by_its_word, negative)):  # "patients felt unsafe": the opposite of "felt safe"
        return _negated_by_its_prefix(one, other)
    if len(negative) == 1:  # "mothers did not attend" beside "higher attendance at antenatal clinics"
        return _asserts_what_is_denied(other if negative[0] == one else one, negative[0])
    if negative:
        return False
    if point_opposite_ways(one, other) or _denies_the_harm(one, other) or _denies_the_harm(other, one):
        return True
    if _lessens_the_harm(one, other) or _lessens_the_harm(other, one):
        return True
    if _negated_by_its_prefix(one, other):
        return True
    if _reversed_by_prefix(one, other) or _falls_short(one, other) or _falls_short(other, one):
        return True
    if _done_where_made_less(one, other) or _done_where_made_less(other, one):
        return True
    if _goes_on_where_made_less(one, other) or _goes_on_where_made_less(other, one):
        return True
    withheld = reports_withholding(one), reports_withholding(other)
    if withheld == (False, False):  # "patients stopped their medicines" beside "patients kept taking their medicines"
        return any(_turns_from_what_goes_on(a, b) for a, b in ((one, other), (other, one)))
    if withheld[0] == withheld[1] or (_kept_from_happening(one) and _kept_from_happening(other)):
        return False
    done, held = (other, one) if withheld[0] else (one, other)
    if _turns_away(done, held) or _undone(done, held) or _done_late(done, held) or _falls_short_alone(done):
        return False  # "sign-out done in only 23%" beside "sign-out omitted": the same shortfall in other words
    if _holds_back_turning_away(held):  # "reluctant to stop medicines": they go on, as "continue medicines" says
        return bool(_turnings(done)) and _shared_thing(one, other)
    held_directions = outcome_directions(held)
    lessened = [thing for thing, sign in outcome_directions(done).items() if sign == -1 and held_directions.get(thing) != -1]
    return not lessened and _shared_thing(done, _withholding_clauses(held))


def _withholding_clauses(outcome: str) -> str:
    """The parts of an outcome its coder set apart by commas or semicolons (folded: "|") that say what is withheld
    (`WITHHELD`), joined: the thing another outcome must name to say it was done ("they leave out symptoms and problems"
    is one part). A thing named in another part is no thing withheld: "delayed care, safety
    risk" withholds care, so "risk urgent problems missed" is no opposite of it, though both name a risk (trial CQ,
    after "delay" became a withholding: two harms of one configuration were told as opposites)."""
    clauses = [clause for clause in _as_worded(outcome).split("|") if WITHHELD.search(clause)]
    return " | ".join(clauses) if clauses else outcome


_KEPT_FROM_HAPPENING = lazy_pattern(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:avoided|prevented|averted|forestalled|headed off)\b"
    r"|(?:^|\|\s*|\b(?:an|a|the|fewer|more|less|many|most|some|\d+)\s+)(?:avoided|prevented|averted)\s+"
    r"(?!(?:the|a|an|their|his|her|its|our|your|my|any|this|these|those|them|it|him|us|me|to|by|for|in|at|on|with)\b)"
    r"(?!\w+ing\b)[a-z]"
)


def _kept_from_happening(outcome: str) -> bool:
    """Whether an outcome says a thing was kept from happening, in the passive ("admission is avoided", "unnecessary
    admissions are prevented", "crises were averted") or with the participle before the thing, at the start of the
    outcome or after an article or a number ("avoided conveyance", "an avoided admission", "12 prevented falls"; not
    "avoided the clinic" or "avoided using interpreters", which people do): "avoided" there is a thing prevented, not
    people holding back from it (`WITHHELD`), so two such outcomes say one thing, never opposite things, and such an
    outcome tells a success, no barrier (`_withholds`). Trial BC: "unnecessary hospital admissions are prevented" was said
    to be the opposite of "admission is avoided and the patient dies at home"."""
    return bool(_KEPT_FROM_HAPPENING.search(_as_worded(outcome)))


_OWNED_BY_PEOPLE = lazy_pattern(r"^\W*(?:\w+\s+){0,2}?\w+(?:'s|’s|s'|s’)(?=\s)", re.I)
"""An outcome opening with people in the possessive ("patients' blood pressure", "the child's weight"): what follows is
theirs, the thing the outcome tells of, not a verb of what they do (folded, "patients blood pressure" would read
"blood" as their verb)."""
_KEPT_IN_CHECK = lazy_pattern(r"control(?:s|led|ling)?|(?:contain|curb|restrain)(?:s|ed|ing)?|moderat(?:es|ed|ing)")
"""WordNet's "control, hold in, hold, contain, check, curb, moderate: lessen the intensity of; temper; hold in restraint;
hold or keep within limits" ("check" aside: "blood pressure checked" is a measure taken): done to a thing, it makes
the thing less, as `_LESSENS` do ("hypertension controlled", "the outbreak contained")."""


def _names_its_thing_after(words: list[str], people: int, less: list[str], made_less: Mapping[str, int]) -> bool:
    """Whether the people at `people` are followed by the very words the other outcome names its thing with ("patients
    blood pressure is controlled" beside "blood pressure reduced"): the possessive with its apostrophe dropped, as
    coders type it, so the thing is theirs and no verb of what they do ("GPs prescribe antibiotics" names no thing of
    "fewer antibiotic prescriptions" in its words; helper RH4)."""
    for end in range(people + 2, min(people + 4, len(words) + 1)):
        run = words[people + 1 : end]
        if _content(run[-1]) in made_less and any(less[k : k + len(run)] == run for k in range(len(less))):
            return True
    return False


def _done_where_made_less(done: str, less: str) -> bool:
    """Whether an outcome says a thing is done, with no direction ("antibiotics are prescribed to satisfy relatives"),
    where the other makes only less of that thing, in the same words once its direction is set aside ("fewer antibiotic
    prescriptions"): the thing the first opens with (its subject: a thing, never people, as "staff report infections"
    says what staff do, not that infections come) is one the other makes less, and the first's verb is a word of the
    other's (a stem's first letters: "prescribed", "prescriptions"), or the other names nothing but the thing and the
    first's verb says it was done (`_names_only_its_thing`, `_an_act_on_it`: "antibiotics prescribed" beside "fewer
    antibiotics", G2), as "home visits are cancelled" and "medicines reviewed" are no opposites of "fewer home visits"
    or "fewer medicines". Trial AU counted the first as support of the second, "strong". A verb of making a record or
    counting (`lexicon.verbs_of_recording`: "falls are recorded") observes its thing and says nothing of its count, so is
    no opposite of "fewer falls" (helper K5)."""
    made_less = outcome_directions(less)
    if not made_less or set(made_less.values()) != {-1} or outcome_directions(done):
        return False
    if reports_withholding(done) and not reports_withholding(less):  # "skipped" beside "fewer skipped": one verb
        return False
    words = _as_worded(done).split()
    first = next((k for k, word in enumerate(words) if _content(word) and word not in _DETERMINERS), None)
    said = {stem[:_STEM_START] for stem in (_content(word) for word in _as_worded(less).split()) if stem}
    if first is not None and _of_people(words, first):
        theirs = _names_its_thing_after(words, first, _as_worded(less).split(), made_less)  # "patients blood pressure"
        if not _OWNED_BY_PEOPLE.search(done) and not theirs:
            return _people_do_what_is_made_less(words[first:], made_less, said)
        first += 1  # "patients' blood pressure is controlled": the thing is theirs, not what they do
    if first is not None and first >= len(words):
        return False
    if first is None or _content(words[first]) not in made_less:
        return False
    rest = words[first:]
    while rest and _content(rest[0]) in made_less:
        rest = rest[1:]  # past the subject ("home visits")
    while rest and rest[0] in _BEING:
        rest = rest[1:]  # and "are": to its verb
    verb = rest[0] if rest else ""
    if not _content(verb) or re.fullmatch(rf"{_LESSENING}|{_LESSENS}", verb):
        return False  # "HbA1c reduction comparable to …": the thing made less, as the other says (helper RH4)
    if verb in verbs_of_recording():  # "falls are recorded": observed, not done, beside "fewer falls (were recorded)"
        return False
    return str(_content(verb))[:_STEM_START] in said or (_names_only_its_thing(less, made_less) and _an_act_on_it(verb))


def _names_only_its_thing(less: str, made_less: Mapping[str, int]) -> bool:
    """Whether an outcome that makes a thing less names nothing but the thing and how it went ("fewer antibiotics",
    "reduced hospital admissions"): what is done to the thing is left unsaid, so that another outcome's act on it
    ("antibiotics are prescribed") is the act its count is of."""
    words = [w for w in _as_worded(less).split() if w not in STOPWORDS and w != "|"]
    return all(_content(w) is None or _content(w) in made_less or re.fullmatch(_LESSENING, w) for w in words)


def _an_act_on_it(verb: str) -> bool:
    """Whether the verb after a thing ("antibiotics prescribed", "children vaccinated") says it is done: a verb form that
    is no verb of the mind (`verbs_of_the_mind`: "reviewed", "monitored", "assessed" look at a thing, and fewer of it may
    follow), nor of ending (`verbs_of_ending`), of withholding (`WITHHELD`: "delayed", "refused") or calling off
    (`lexicon.verbs_of_calling_off`: "cancelled", "rescinded": a thing called off is one fewer, never the act its count
    is of), of harm (`_HARM_WORD`), of no change, nor a participle with "un" (`_undone_word`)."""
    if not _verb_form(verb) or verb in verbs_of_the_mind() or verb in verbs_of_ending() or verb in words_of_no_change():
        return False
    if _KEPT_IN_CHECK.fullmatch(verb) or re.fullmatch(_LESSENS, verb):
        return False  # a verb that keeps its thing in check ("blood pressure is controlled"): no act its count is of
    return (
        not WITHHELD.search(verb)
        and verb not in verbs_of_calling_off()
        and not _HARM_WORD.fullmatch(verb)
        and not _undone_word(verb)
    )


def _people_do_what_is_made_less(words: list[str], made_less: Mapping[str, int], said: set[str]) -> bool:
    """Whether an outcome that opens with people says they do to a thing what the other says is done less ("patients
    missed doses" beside "fewer doses were missed"): the people's verb is a word of the other's and its object is the
    thing made less, the active voice of the same words. Trial BX 3: "patients missed doses" was counted as support of
    "fewer doses were missed", "strong". What people do that the other does not say ("staff report falls" beside
    "fewer falls") is no opposite."""
    person = next((k for k, word in enumerate(words) if _is_person(word)), None)
    if person is None or person + 1 >= len(words):
        return False
    verb, rest = words[person + 1], words[person + 2 :]
    if not _verb_form(verb) or str(_content(verb) or "")[:_STEM_START] not in said:
        return False
    thing = next((word for word in rest if _content(word) and word not in _DETERMINERS and word not in STOPWORDS), "")
    return bool(thing) and _content(thing) in made_less


def _goes_on_where_made_less(going: str, less: str) -> bool:
    """Whether an outcome says a thing goes on (`_GOING_ON`: "loneliness persists", "anxiety remains high", "engagement
    is sustained") where the other makes that thing less ("reduced loneliness", "lower engagement"): the lessening did not
    come, or it came where the first says it did not (re-check of trial AT: "loneliness persists" counted as support of
    "loneliness reduced", unsaid). Nothing made less in the first ("the fall in admissions is sustained" goes on with the
    lessening, in line), nor a turning away made less ("fewer patients stop treatment" beside "patients kept taking their
    medication": fewer stop, in line; trial BX 6)."""
    made_less = {thing for thing, sign in outcome_directions(less).items() if sign == -1}
    worded = _as_worded(going)
    if not made_less or not _GOING_ON.search(worded) or _GOING_ON.search(_as_worded(less)):
        return False
    if any(_made_less_before(_as_worded(less), m.start()) for m in _TURNING_AWAY.finditer(_as_worded(less))):
        return False
    if -1 in outcome_directions(going).values() or re.search(rf"\b(?:{_LESSENING}|{_LESSENS})\b", worded):
        return False
    for match in _GOING_ON.finditer(worded):  # what goes on: its clause's words before the verb, or its object after
        before = re.split(r"\||\band\b|\bbut\b", worded[: match.start()])[-1].split()
        after = re.split(r"\||\band\b|\bbut\b", worded[match.end() :])[0].split()[:3]
        if {_content(word) for word in [*before, *after]} & made_less:
            return True
    return False


_BEING = frozenset("is are was were be been being".split())
_STEM_START = 5
"""Letters of a stem that tell one word in its verb's and its noun's forms ("prescrib", "prescript")."""


def _denies_the_harm(one: str, other: str) -> bool:
    """Whether an outcome denies a harm (`DENIED_ADVERSE`: "they do not retaliate or carry a weapon", "residents no longer
    felt isolated") that the other reports happening (`reports_harm`: "they consider carrying a weapon or retaliating",
    "residents felt isolated"): the same harm, said not to come and said to come (trial AM 6)."""
    if not reports_harm(other):
        return False
    denied = {_content(m.group(0).split()[-1]) for m in DENIED_ADVERSE.finditer(_as_worded(one))} - {None}
    if not denied:
        return False
    reported = {_content(m.group(0)) for m in _HARM_WORD.finditer(_set_aside_denied_harms(_as_worded(other)))} - {None}
    return bool(denied & reported)


def _lessens_the_harm(one: str, other: str) -> bool:
    """Whether an outcome makes less (`outcome_directions`: "less burnout", "reduced isolation") a harm the other reports
    happening, named with no direction (`reports_harm`: "doula burnout, programme insecure", "residents felt isolated"):
    the same harm, said to come and said to come less, as "more falls" and "fewer falls" are (helper K1: "doulas
    sustained, less burnout" was merged as support into "doula burnout", two mechanisms told as one, unsaid). The harm
    must end a part of the other as what came of it ("staff stress", "felt isolated"): one a verb follows says how it
    went ("pain improved", "pain is controlled"), which `point_opposite_ways` reads. Not of two peoples (`_two_peoples`),
    nor where the first reports a harm too."""
    if not reports_harm(other) or reports_harm(one) or _two_peoples(one, other):
        return False
    lessened = {thing for thing, sign in outcome_directions(one).items() if sign == -1}
    if not lessened:
        return False
    reported = {_content(m.group(0)) for m in _HARM_WORD.finditer(_set_aside_denied_harms(_as_worded(other)))} - {None}
    named_last = {_content(clause.split()[-1]) for clause in _as_worded(other).split("|") if clause.split()}
    return bool(lessened & reported & named_last)


_REVERSING_PREFIXES = ("dis", "un", "de", "mis")
"""Prefixes that make a verb its reversal ("continue" and "discontinue", "engage" and "disengage", "lock" and "unlock",
"escalate" and "de-escalate", "trust" and "mistrust"), where the prefixed form is itself a verb of cmo's English word forms."""
_VERB_TAGS = frozenset("PZDN")
_ALTERNATIVE = lazy_pattern(r"\b(?:rather than|instead of|in place of|other than)\b[^|]*")
"""What an outcome says is not done, set against what is ("GPs continue medicines rather than deprescribe")."""


def _verb_form(word: str) -> bool:
    """Whether a word is a form of a verb in cmo's English word forms: its base, third-person or past form, or "-ing"
    on its base ("discontinuing", "engaging")."""
    if _word_tags(word) & _VERB_TAGS:
        return True
    return word.endswith("ing") and any("P" in _word_tags(base) for base in (word[:-3], word[:-3] + "e"))


def _reversed_by_prefix(one: str, other: str) -> bool:
    """Whether one outcome's verb is the other's with a prefix that reverses it (`_REVERSING_PREFIXES`: "patients
    continue benzodiazepines" beside "patients discontinue benzodiazepines", "staff lock the ward" beside "staff unlock
    the ward"), both verbs of cmo's English word forms, said of the same thing: the object after both verbs where both
    have one, else a thing both name (`_shared_thing`). What either says is not done ("rather than deprescribe") is not
    read. Made less, the reversal is undone, as a negation is (`_way`: "reduced mistrust of the police" agrees with
    "increased trust in the police")."""
    words = [_ALTERNATIVE.sub(" ", _as_worded(o)).split() for o in (one, other)]
    directions = outcome_directions(one), outcome_directions(other)
    for (mine, theirs), (my_way, their_way) in ((words, directions), (words[::-1], directions[::-1])):
        for i, word in enumerate(theirs):
            for prefix in _REVERSING_PREFIXES:
                if word == prefix and i + 1 < len(theirs):  # "de escalate": a hyphen folds to a space
                    base, rest = theirs[i + 1], theirs[i + 2 :]
                elif word.startswith(prefix) and len(word) > len(prefix) + 3 and _verb_form(word):
                    base, rest = word[len(prefix) :], theirs[i + 1 :]
                else:
                    continue
                if base not in mine or not _verb_form(base):
                    continue
                if _way(word if word != prefix else prefix + base, their_way) != _way(base, my_way):
                    continue  # "reduced mistrust of the police" agrees with "increased trust in the police"
                objects = _object(rest), _object(mine[mine.index(base) + 1 :])
                if (objects[0] & objects[1]) if all(objects) else _shared_thing(one, other):
                    return True
    return False


def _negated_by_its_prefix(one: str, other: str) -> bool:
    """Whether one outcome says what the other does with a prefix that negates it, as WordNet pairs the two words
    (`opposite_words`: "carer satisfaction" beside "carer dissatisfaction", "parents felt supported" beside "parents
    felt unsupported", "continuity of care" beside "discontinuity of care"; re-check RF 1 counted both as support). The
    word must say what the outcome is, not which kind of a thing it names: one before a word of content describes it
    ("informal carers", "unwanted pregnancies"), and "formal support" beside "informal support" names two supports.
    Made less, the negation is undone ("reduced carer dissatisfaction" agrees with "improved carer satisfaction"), and
    two peoples' outcomes are not one ("staff satisfaction" beside "patient dissatisfaction"; re-check RG 2)."""
    partners = opposite_words()
    said = [_said_as_the_outcome(o) for o in (one, other)]
    if _two_peoples(one, other):
        return False  # "staff satisfaction" beside "patient dissatisfaction": two peoples' outcomes
    return any(
        _way(word, _clause_directions(one, word)) == _way(negated, _clause_directions(other, negated))  # "reduced
        # dissatisfaction" agrees with "satisfaction"
        and _of_one_thing(of, said[1][negated])
        for word, of in said[0].items()
        for negated in _negations(word, partners) & said[1].keys()
    )


def _clause_directions(outcome: str, word: str) -> dict[str, int]:
    """The directions (`outcome_directions`) of the clause of an outcome that says a word `_said_as_the_outcome` found:
    the way another clause gives its own thing is not this word's ("safe non-transport, fewer ED attendances" makes no
    non-transport fewer; trial CZ read it as the opposite of "fewer ED transports"). A word no clause holds as written
    (a singular found from a plural) is read in the clause that holds its plural, else by the whole outcome."""
    clauses = _as_worded(outcome).split("|")
    if len(clauses) > 1:
        for clause in clauses:
            words = _hyphened_prefixes_joined(_ALTERNATIVE.sub(" ", clause).split())
            if any(w in (word, f"{word}s", f"{word[:-1]}ies") for w in words):
                return outcome_directions(clause)
    return outcome_directions(outcome)


_DENYING_VERB = lazy_pattern(r"\b(?:not|never|n t)\s+(?:(?:be|been|have|always|ever|yet|even|all|really)\s+)*([a-z]+)")
"""A verb denied ("did not attend", "never took up the offer", "have not been vaccinated", "couldn't manage"): the
word after the denial, past the auxiliaries and adverbs that may stand between."""


def _asserts_what_is_denied(asserting: str, denying: str) -> bool:
    """Whether an outcome that follows says done, or done more, the very thing the other denies by a verb
    (`_DENYING_VERB`: "mothers did not attend antenatal clinics" beside "higher attendance at antenatal clinics",
    "carers never took up respite" beside "carers took up respite"): the denied verb's stem is a word of the first, not
    made less there ("attendance fell" says the denial's way), of the same people (`_two_peoples`: "fathers did not
    attend" is no opposite of "mothers attended"), of the thing the denial names it done to where it names one
    (`_object`: "did not try to copy peers" is no opposite of "tried the same changes"), its particle too ("did not take
    up the offer" is no "take medicines"). A verb of how a thing went (`_CHANGE_VERB`: "self-management did not
    improve") denies its subject's change, read by `denying_what_is_asserted`, as "no change in attendance", which
    denies no verb, is. An outcome worded by absence ("they avoid the clinic") or lessening ("fewer missed visits") is
    read by `denial_in_line`, in line with a denial."""
    holding = Statement(id="", source="", outcome=asserting)
    if worded_by_absence([holding]) or denies_what_others_lessen(denying, [holding]) or _two_peoples(asserting, denying):
        return False
    words = _as_worded(asserting).split()
    stems = [_content(word) for word in words]
    ways = outcome_directions(asserting)
    for found in _DENYING_VERB.finditer(_as_worded(denying)):
        verb, rest = found.group(1), _as_worded(denying)[found.end() :].split("|")[0].split()
        stem = _content(verb)
        if not stem or stem not in stems or _CHANGE_VERB.fullmatch(verb) or any(sign < 0 for sign in ways.values()):
            continue  # "self-management did not improve" denies its subject's change: `denying_what_is_asserted`
        after = words[stems.index(stem) + 1 :]
        if rest and rest[0] in _PARTICLES and (not after or after[0] != rest[0]):
            continue  # "did not take up the offer" is no "take medicines"
        denied_object = _object(rest[1:] if rest and rest[0] in _PARTICLES else rest)
        if not denied_object or denied_object & _object(after[1:] if after and after[0] in _PARTICLES else after):
            return True
    return False


_CHANGE_VERB = lazy_pattern(rf"{_CHANGED}|grow\w*|grew|sustain\w*|last\w*|persist\w*|work\w*|help\w*|succeed\w*")
"""Verbs that say how a thing went, not what people did ("did not improve", "did not change", "was not sustained", "did
not work"): their subject is the thing denied."""


def _two_peoples(one: str, other: str) -> bool:
    """Whether two outcomes are said of two peoples and none in common ("staff satisfaction" beside "patient
    dissatisfaction", "fathers did not attend" beside "mothers attended")."""
    people = [outcome_people(o) for o in (one, other)]
    return all(people) and not people[0] & people[1]


def outcome_people(outcome: str) -> frozenset[str]:
    """The people an outcome names, as stems (`_names_people`: "patients reported higher satisfaction" → patient,
    "carers' burden fell" → carer); none where it names no one ("fewer admissions")."""
    return _spelt_people({_content(w) for w in _as_worded(outcome or "").split() if _names_people(w)} - {None})


def _spelt_people(stems: Iterable[str | None]) -> frozenset[str]:
    """People's stems, a coder's contraction of a noun for people ("pts", "drs": `wording.people_contracted`) written as
    the nouns it may contract ("patient", "parent"), so "pts felt safe" and "patients felt anxious" are of the same
    people, and "clinicians" other people than "pts"."""
    from cmo.synthesis.wording import people_contracted

    spelt = set()
    for stem in stems:
        nouns = people_contracted(stem) if stem else frozenset()
        spelt |= {_content(noun) for noun in nouns} if nouns else {stem}
    return frozenset(spelt - {None})


_ANYONE = frozenset("people person persons individual individuals human humans".split())
"""The nouns English has for anyone at all: every group of people is of them ("people stay engaged" may be the patients,
the clinicians or both), so they name no one group apart from another (`outcome_about`)."""
_SAYS_NO_RESULT = lazy_pattern(rf"(?:{_LIGHT}|{_MORE_OR_LESS})")
"""Words of an outcome that say how a result was had or told, or how much, not what it was (`_LIGHT`: "reported",
"felt", "were"; `_MORE_OR_LESS`: "higher", "fewer")."""


def outcome_about(outcome: str) -> tuple[frozenset[str], frozenset[str]]:
    """Whom an outcome is about, its subject: the people it names before its first verb (`_names_people`, `_verb_form`:
    "patients reported…", "patient satisfaction rose", "fewer patients were readmitted"), never those a verb or a noun
    made of one is done to ("they accepted the offer of a peer supporter", "support for carers improved"), nor anyone
    at all (`_ANYONE`: "people stay engaged"); and, where it
    names them, the stems of what it says of them: its other words less those that say no result (`_SAYS_NO_RESULT`):
    "patients reported higher satisfaction with care" → ({patient}, {satisfact, care}); "fewer admissions" → (none,
    none)."""
    words = _as_worded(outcome or "").split()
    before = next((i for i, w in enumerate(words) if _verb_form(w) and not _names_people(w)), len(words))
    people = _spelt_people({_group_named(words, i) for i, w in enumerate(words[:before]) if _names_people(w)}) - _ANYONE
    if not people:
        return people, frozenset()
    said = {_content(w) for w in words if not _names_people(w) and not _SAYS_NO_RESULT.fullmatch(w)}
    named = {_content(part) for group in people if " " in group for part in group.split()}  # "young" of "young people"
    return people, frozenset(said - {None} - people - named)


def _group_named(words: list[str], at: int) -> str | None:
    """The people the word at `at` names, as `outcome_about` tells them apart: its stem, but a noun for anyone
    (`_ANYONE`) only with the adjective before it that makes it a group ("young people", "older people"; re-check RH1:
    "teachers reported fewer behaviour referrals" and "young people felt they belonged at school" were proposed as one
    configuration, 'young people' read as anyone); "the people", "more people" stay anyone (the noun, dropped)."""
    word = words[at]
    if word not in _ANYONE:
        return _content(word)
    before = words[at - 1] if at else ""
    if not before or before in ENGLISH_STOPWORDS or _SAYS_NO_RESULT.fullmatch(before) or "a" not in _word_tags(before):
        return word
    return f"{before} {word}"


def about_other_people(one: tuple[frozenset[str], frozenset[str]], other: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether two outcomes, each given as (`outcome_people`, its other terms), tell two results of two peoples: each
    names people, none in common, and they share no other term. A configuration's outcome is one result for the people
    it is about: "patients reported higher satisfaction with care" and "carers reported less burden" are two, however
    alike the visits that led to them (trial F2). One result said of the same people in other words ("nurses adopted
    the tool" beside "staff adopted the tool", "young people used the service" beside "adolescents used the service")
    shares its other terms, and is not read so."""
    (people, said), (their_people, their_said) = one, other
    return bool(people and their_people) and not people & their_people and not said & their_said


def _negative_by_its_word(outcome: str) -> bool:
    """Whether an outcome reads as not following (`outcome_is_negative`) only because of a word said as the outcome that
    a prefix negates (`_negations`: "residents felt unsafe at night", "carers were unable to cope"): with the word
    without its prefix, it follows ("residents felt safe at night"). "Did not feel safe" denies by "not", and stays a
    denial."""
    partners = opposite_words()
    for word in _said_as_the_outcome(outcome):
        for bare in _negations(word, partners):
            if len(bare) < len(word) and word.endswith(bare):
                plain = re.sub(rf"\b{re.escape(word[: len(word) - len(bare)])}-?(?={re.escape(bare)}\b)", "", outcome, flags=re.I)
                if plain != outcome and not outcome_is_negative(plain):
                    return True
    return False


def _way(word: str, read: dict[str, int]) -> int:
    """The way an outcome (`read`: its `outcome_directions`) takes a word: made less, itself or its people ("fewer feel
    dependent"), -1, else 1 (made more, or no way said: "better attendance" takes it as "attendance" does)."""
    return -1 if read.get(_content(word) or "", -1 if any(sign < 0 for sign in read.values()) else 1) < 0 else 1


_NON = "non"
"""A prefix that only negates: "non-attendance", "nonadherence", "non-engagement" say the thing was not done or not had,
whether or not WordNet lists the word, where "in" and "dis" may make another word ("inpatient", "discharge")."""


def _negations(word: str, partners: Mapping[str, frozenset[str]]) -> set[str]:
    """A word's negations by a prefix: WordNet's (`opposite_words`) and, for a thing, the word with "non" before it or,
    with "non" before it, the word without it ("adherence", "nonadherence")."""
    bare = word.removeprefix(_NON)
    return {*partners.get(word, frozenset()), bare if bare != word and len(bare) > 3 else _NON + word}


def _said_as_the_outcome(outcome: str) -> dict[str, frozenset[str]]:
    """The words of an outcome that end their clause or come before a function word ("satisfaction with care", "felt
    unsupported and alone"), in the singular too: what it says of its thing, not a word describing the next. A verb
    before its object ("continue their statins", "trust the nurses") is read with it (`_reversed_by_prefix`: "continue
    their statins" is no opposite of "discontinue their sleeping tablets"); a word that may be a verb said with none
    ("felt safe on the ward", "disengage from school") or given a direction as a thing is ("increased trust") is said.
    People are whom it is said of, not what (`_names_people`: "support for smokers" and "support for non-smokers" are
    one support of two peoples, though WordNet pairs "smoker" and "nonsmoker"). "Non" hyphenated ("non-attendance",
    folded as two words) is read with its word. Each word comes with what a preposition after it says it is of, as
    `_object` reads it ("unwilling to attend group visits" → {attend, group, visit}; none where nothing follows)."""
    words = _hyphened_prefixes_joined(_ALTERNATIVE.sub(" ", _as_worded(outcome)).split())  # not what is not done
    given_a_way = outcome_directions(outcome)
    said: dict[str, frozenset[str]] = {}
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else "|"
        as_a_verb = _verb_form(word) and (after in _DETERMINERS or after in _TAKING) and _content(word) not in given_a_way
        if word != "|" and (after == "|" or after in STOPWORDS) and not as_a_verb and not _names_people(word):
            of = _object(" ".join(words[i + 2 :]).split("|")[0].split()) if after in _PREPOSITIONS else frozenset()
            for form in (word, word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")):
                said[form] = said.get(form, frozenset()) | of
    return said


def _of_one_thing(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two words said as outcomes are of one thing (`_said_as_the_outcome`): what follows each names one thing
    (`_one_thing`: "lessons", "maths lessons"), or one says nothing of what ("felt safe" beside "felt unsafe at home").
    "Willing to take medicines" is no opposite of "unwilling to attend group visits", nor "safe at home" of "unsafe in
    the stairwells", nor "satisfaction with school meals" of "dissatisfaction with school transport"."""
    return not (one and other) or _one_thing(one, other)


def _names_people(word: str) -> bool:
    """Whether a folded word names people: a plural noun for them ("smokers", "nonsmokers", "residents"), or its
    singular: of a common noun for people ("patient", "carer"), else where the word is no adjective ("smoker";
    "independent", "higher" are, whatever their plural's ending)."""
    from cmo.synthesis.wording import _PEOPLE

    return _is_person(word) or f"{word}s" in _PEOPLE or (_is_person(f"{word}s") and "a" not in _word_tags(word))


def _hyphened_prefixes_joined(words: list[str]) -> list[str]:
    """Folded words with "non" standing alone, no word of its own, joined to the word it was hyphenated or spaced to
    ("non attendance" → "nonattendance"): one thing, not attendance (`_NON`)."""
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] == _NON and word != "|":
            joined[-1] += word
        else:
            joined.append(word)
    return joined


_LIMITING = lazy_pattern(
    r"\b(?:only|just|merely|barely)(?: (?:about|around|roughly|nearly|almost|approximately|some|over|under))?"
    r" (?:half|a third|a quarter|a fifth|one in \w+|one third|one quarter|a (?:small )?minority|a fraction|a few|few|some"
    r"|a small (?:number|proportion|share|fraction)|\d+)\b"
    r"|\ba (?:small )?minority of\b|\b(?:fewer|less) than (?:half|a third|a quarter)\b|(?:^|\| )few\b"
)
"""A quantifier that limits how many the outcome reached ("only about half of those referred were linked to care",
"only 27 percent attended", "a minority of tenants kept up payments", "fewer than half were followed up", "few were
linked"): the outcome falling short."""


def _falls_short(limited: str, other: str) -> bool:
    """Whether an outcome says, by a limiting quantifier (`_LIMITING`), that the very thing the other says went up fell
    short ("only about half of those referred were linked to care" beside "higher linkage to care"): a stem of the
    words after the quantifier is, or begins, a thing the other gives a rise. A limited harm ("only a few dropped out")
    is a harm made less, and two limited outcomes ("only half attended" beside "few attended") agree."""
    found = _LIMITING.search(_as_worded(limited))
    if not found or _LIMITING.search(_as_worded(other)) or reports_harm(limited):
        return False
    risen = [thing for thing, sign in outcome_directions(other).items() if sign > 0]
    said = {_content(w) for w in _as_worded(limited)[found.end() :].split("|")[0].split()} - {None}
    return any(a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))) for a in said for b in risen)


class _pattern_of_words(lazy_pattern):  # noqa: N801 (written where re.compile is)
    """A `lazy_pattern` whose text is made at its first use: one that holds a shipped list of words, read then."""

    def __init__(self, make: Callable[[], str]):
        self._make = make

    def __getattr__(self, name: str):
        if name in ("_make", "_args"):
            raise AttributeError(name)
        self._args = (self._make(), 0)
        return super().__getattr__(name)


_TURNING_AWAY = _pattern_of_words(
    lambda: (
        r"(?<!\bnot )(?<!\bnever )(?<!n t )"
        r"(?:\b(?:chang|switch|leav|left|mov|quit|stop|abandon|transfer|discontinu|ceas|disengag|desert|exit|withdr[ae]w)\w*|"
        rf"\b(?:{'|'.join(sorted(verbs_of_ending()))})\b|"
        r"\b(?:give|gives|gave|given|giving) up\b|\b(?:drop|drops|dropped|dropping|opt|opts|opted|opting) out\b)"
    )
)
"""Verbs of leaving a thing or replacing it: "clients change pharmacy", "patients switch provider", "carers leave the
group", "families stop the medicine", "patients drop out" say people turn away, as a withholding does. One denied ("side
effects do not stop them taking their tablets", "carers never left the group", "didn't quit") is no turning: the thing
goes on, as an outcome saying it continues says (trial BV: "infection-control concerns do not stop brushing" was said to
be the opposite of "brushing continues"). With them, the verbs WordNet files under "discontinue", the antonym it gives of
"continue" (`lexicon.verbs_of_ending`: "interrupt", "disrupt", "expire"; trial CP: "pts interrupt treatment" was no
opposite of "pts continue treatment")."""


def _turns_away(done: str, held: str) -> bool:
    """Whether an outcome that reads as done says people turn away from the thing (`_TURNING_AWAY`) the other says is
    withheld, and that other does not hold back the turning itself: "clients change pharmacy" agrees with "clients
    avoid the pharmacy" (trial AG 4 read the two as opposite), where "staff change the care plan" is the opposite of "staff
    avoid changing the care plan"."""
    worded = _as_worded(done)
    turns = {_content(m.group(0).split()[0]) for m in _TURNING_AWAY.finditer(worded)} - {None}
    held_words = {_content(w) for w in _as_worded(held).split()} - {None}
    return bool(turns) and not turns & held_words


_GOING_ON = lazy_pattern(
    r"\b(?:keep|keeps|kept|keeping|continu(?:e|es|ed|ing)|persist(?:s|ed|ing)?|maintain(?:s|ed|ing)?|stay(?:s|ed|ing)?|"
    r"remain(?:s|ed|ing)?|sustain(?:s|ed|ing)?)\b"
)
"""Verbs of going on with a thing ("patients kept taking their medicines", "tenants remain in the scheme", "carers
continue to attend"): the opposite of turning away from it (`_TURNING_AWAY`), where neither outcome withholds. The verbs
only: a noun or adjective made from them ("lost continuity of care", "persistent pain", "maintenance") says nothing goes
on, so "clients lose continuity" beside "staff leave" is no opposite (trial AT 3)."""


def _turns_from_what_goes_on(turning: str, going: str) -> bool:
    """Whether one outcome turns away from a thing (`_turnings`: "tenants stopped paying rent") that the other, turning
    from nothing, says goes on (`_GOING_ON`: "tenants kept paying rent"): the turning verb takes as its object a thing
    the other names, or, with nothing after it ("the medicines were stopped"), both name one thing (`_shared_thing`).
    A turning said of people with nothing after it but what they lack ("they are left without care") turns from nothing
    the other names."""
    if not _turnings(turning) or _turnings(going) or not _GOING_ON.search(_as_worded(going)):
        return False
    named = {_content(w) for w in _as_worded(going).split()} - {None}
    worded = _ALTERNATIVE.sub(" ", _as_worded(turning))
    for match in _TURNING_AWAY.finditer(worded):
        if _made_less_before(worded, match.start()):
            continue  # a turning away made less ("fewer tenants leave the scheme") goes on, as "tenants remain" says
        rest = worded[match.end() :].split("|")[0].split()
        if (_object(rest) & named) if rest else _shared_thing(turning, going):
            return True
    return False


def _made_less_before(worded: str, at: int) -> bool:
    """Whether the clause before a verb opens by making its subject less ("fewer tenants | leave", "less often patients |
    stop"): what the verb says is done less (trial BX 6: "fewer patients stop treatment" read as the opposite of
    "patients kept taking their medication")."""
    clause = re.split(r"\||\band\b|\bbut\b", worded[:at])[-1].split()
    return bool(clause) and re.fullmatch(_LESSENING, clause[0]) is not None


def _undone(done: str, held: str) -> bool:
    """Whether an outcome that reads as done says, by a verb's participle with "un" ("girls go unvaccinated", "needs
    remain untreated", "letters were left unanswered"), that the very thing the other says is withheld was not done:
    the same absence in other words, never its opposite."""
    held_words = {_content(w) for w in _as_worded(held).split()} - {None}
    return any(_undone_word(word) and _content(word[2:]) in held_words for word in _as_worded(done).split())


_PUT_OFF = lazy_pattern(r"\b(?:delay|delays|delaying|postpone|postpones|postponed|postponing|(?:put|puts|putting) off)\b")
_LATE = lazy_pattern(r"\b(?:late|later|belated|belatedly|overdue|delayed)\b")


def _done_late(done: str, held: str) -> bool:
    """Whether an outcome that reads as done says the thing came late ("late booking for antenatal care", "vaccination
    given late") where the other puts that thing off (`_PUT_OFF`: "women delay booking", "parents postpone
    vaccination"): the same lateness in other words, never its opposite (trial CN, on the integrated code: refine and
    every round close said "women delay booking" says the opposite of "late booking"). A thing done on time or more
    often ("vaccination given on schedule") is still the opposite of putting it off."""
    return bool(_PUT_OFF.search(_as_worded(held)) and _LATE.search(_as_worded(done)) and _shared_thing(done, held))


def _undone_word(word: str) -> bool:
    """A verb's participle with "un", a thing not done: "unvaccinated", "unanswered", "unidentified"; a short one is a
    participle as cmo's English word forms tag it ("unmet", "unpaid", "unread"), so "unfair", "unsafe" are none. A
    harm's ("unharmed", "unhurt", `_HARM_WORD`) says a harm was spared, and one of no change ("unaffected", "unaltered",
    `words_of_no_change`) that the thing stayed as it was, as "unchanged" does: no thing left undone ("residents' sleep
    was unaffected by the noise" told things going wrong)."""
    if not word.startswith("un") or len(word) < 5 or _HARM_WORD.fullmatch(word[2:]) or word in words_of_no_change():
        return False
    return _verb_form(word[2:]) if len(word) > 6 else "N" in _word_tags(word[2:])


_LEFT_AS_IT_WAS = lazy_pattern(
    r"\b(?:go|goes|going|gone|went|remain|remains|remained|remaining|stay|stays|stayed|staying|left|leave|leaves|leaving|"
    r"is|are|was|were|be|been|being)\s+(un\w+)(?P<by> by\b[^|]*)?"
)
"""A verb of staying as it was, or of being, before a participle with "un" ("needs go unidentified", "letters were left
unanswered", "pupils were unvaccinated"), and what it is said to be by ("unaffected by side effects")."""
_GOING_WITHOUT = lazy_pattern(r"\b(?:go|goes|going|gone|went|do|does|doing|done|did) without\b(?P<thing>[^|]*)")
"""People said to go without a thing ("families went without food", "staff go without breaks"): it was left undone."""


def reports_left_undone(outcome: str) -> bool:
    """Whether an outcome says a thing was left undone, a verb of staying as it was with a verb's participle in "un"
    (`_undone_word`: "early needs go unidentified", "children remain unvaccinated", "letters are left unanswered"): an
    absence, as a withholding is, so a member denying the thing happened ("abuse is not disclosed") says it in other
    words (trial BS). So does such a participle said after its thing, the verb left out as a code's or a heading's words
    leave it ("psychosocial needs unmet", "calls unanswered at night": trial BW 6, beside "knowledge not applied"), or
    after a verb of being ("pupils were unvaccinated"), and people said to go without a thing ("families went without
    food"). An adjective in "un" ("parents remain unhappy"), such a word before its thing ("unexpected benefits", "unmet
    needs"), a harm spared ("unharmed", "unaffected by side effects", "went without complications") or a clause that
    makes its subject less or says it is so no longer ("fewer children remain unvaccinated", "no longer go untreated")
    says no thing was left undone."""
    worded = _as_worded(outcome or "")
    left = [m.start() for m in _LEFT_AS_IT_WAS.finditer(worded) if _undone_word(m.group(1)) and not _by_a_harm(m["by"])]
    gone = [m.start() for m in _GOING_WITHOUT.finditer(worded) if not _HARM_BEFORE.search(_CLAUSES.split(m["thing"])[0])]
    if any(not _left_no_more(worded, at) for at in left + gone):
        return True
    return any(_undone_after_its_thing(clause) for clause in worded.split("|") if not _left_no_more(clause, len(clause)))


_LESS = "less"


def reports_a_lack(outcome: str) -> bool:
    """Whether an outcome says its thing lacks what an adjective in "-less" is without, said of it (ending its clause or
    before a function word: "carers felt powerless", "residents felt hopeless and helpless", "families remained
    homeless"), where what it is without (the adjective's stem, a word of cmo's English word forms) is no harm: a lack,
    as going without is. One without a harm ("the procedure was painless", "fearless") says a harm was spared; one
    before its thing says which thing ("homeless families were housed", "a seamless transition"); a clause that makes
    its subject less or says it is so no longer ("fewer families remained homeless") says no lack."""
    for clause in _as_worded(outcome or "").split("|"):
        words = clause.split()
        for i, word in enumerate(words):
            stem, after = word.removesuffix(_LESS), words[i + 1] if i + 1 < len(words) else ""
            if stem == word or len(stem) < 3 or "a" not in _word_tags(word) or not _word_tags(stem) or _HARM_WORD.fullmatch(stem):
                continue
            if (not after or after in STOPWORDS) and not _left_no_more(clause, clause.find(word)):
                return True
    return False


def _left_no_more(worded: str, at: int) -> bool:
    """Whether the clause before a thing left undone makes its subject less (`_made_less_before`: "fewer children
    remain unvaccinated") or says it is so no longer ("children no longer go untreated")."""
    return _made_less_before(worded, at) or " no longer " in f" {re.split(r'[|]', worded[:at])[-1]} "


def _by_a_harm(by: str | None) -> bool:
    """Whether what a participle in "un" is said to be by is a harm ("unaffected by side effects", "undisturbed by
    noise" is none): a harm spared, no thing left undone."""
    return bool(by) and bool(_HARM_BEFORE.search(_CLAUSES.split(by)[0]))


_AFTER_A_PARTICIPLE = frozenset(
    "and or but in at by for on to from with during after before until because as when while despite throughout across "
    "among within over since".split()
)
"""Words that may follow a participle said after its thing ("needs unmet in hospital"), where a noun would follow an
adjective before its own ("unmet needs")."""


def _undone_after_its_thing(clause: str) -> bool:
    """Whether a clause says a thing, then a verb's participle in "un" (`_undone_word`) ending it or followed by what
    may follow a participle (`_AFTER_A_PARTICIPLE`, an adverb in "-ly"): "needs unmet", "girls unvaccinated by age 12"."""
    words = clause.split()
    for i, word in enumerate(words[1:], 1):
        after = words[i + 1] if i + 1 < len(words) else ""
        if _undone_word(word) and (not after or after in _AFTER_A_PARTICIPLE or after.endswith("ly")):
            if not (after == "by" and _by_a_harm(" ".join(words[i + 1 :]))):
                return True
    return False


def _turnings(outcome: str) -> set[str]:
    """The stems of the verbs of turning away (`_TURNING_AWAY`) an outcome says, not of what it says is not done
    ("keep the rota rather than change it")."""
    return {_content(m.group(0).split()[0]) for m in _TURNING_AWAY.finditer(_ALTERNATIVE.sub(" ", _as_worded(outcome)))} - {None}


def _holds_back_turning_away(outcome: str) -> bool:
    """Whether what an outcome says is withheld (`WITHHELD`) is itself a turning away (`_TURNING_AWAY`): "GPs are
    reluctant to stop medicines", "tenants refuse to leave", "staff avoid changing the plan". Two negatives: the thing
    goes on, as "GPs continue medicines" says, so it is the opposite only of an outcome that turns away from it."""
    worded = _as_worded(outcome)
    for match in WITHHELD.finditer(worded):
        after = [w for w in worded[match.end() :].split()[:3] if w not in ("to", "from", "with")]
        if after and _TURNING_AWAY.fullmatch(after[0]):
            return True
    return False


def _of_people(words: list[str], i: int) -> bool:
    """Whether the word at i names people or says which people ("young people", "older patients", "pastoral staff"):
    a person (`_is_person`), or a word before one that is no verb nor function word."""
    for word in words[i:]:
        if _is_person(word):
            return True
        if word in STOPWORDS or _word_tags(word) & _VERB_TAGS:
            return False
    return False


_SET_APART = frozenset("outside beyond except besides instead rather than".split())
"""Words after which a clause names what is not its thing ("prefer support outside school", "rather than deprescribe")."""


def _shared_thing(one: str, other: str) -> bool:
    """Whether two outcomes name one thing, not a person, once denials and directions are set aside (`outcome_asserted`),
    of what each clause says before a preposition other than "to" or "of": what is done or withheld, not where or when
    ("they leave out symptoms during the consultation" withholds symptoms, not the consultation), nor after a word that
    sets another thing apart (`_SET_APART`: "prefer support outside school" names no school-based thing). A word that
    is only an adjective ("emotional strain" beside "emotional conversations") describes a thing, and is none."""

    def things(outcome: str) -> set[str]:
        found: set[str] = set()
        for clause in _CLAUSES.split(_as_worded(outcome)):
            words = clause.split()
            cut = next(
                (i for i, w in enumerate(words) if (w in _PREPOSITIONS and w not in ("to", "of") or w in _SET_APART) and i),
                len(words),
            )
            asserted = outcome_asserted(" ".join(words[:cut])).split()
            kept = [
                w
                for i, w in enumerate(asserted)
                if not _of_people(asserted, i) and not WITHHELD.fullmatch(w) and _word_tags(w) != {"a"}
            ]
            found |= {_content(w) for w in kept} - {None}
        return found

    return bool(things(one) & things(other))


def denial_in_line(statement: Statement, holding: Iterable[Statement], beside: Iterable[Statement] = ()) -> bool:
    """A member whose outcome reads as not following by its words alone (no coder's flag), among members that report a
    harm or a withholding (`worded_by_absence`), or that make less of the very thing it denies happened
    (`denies_what_others_lessen`: "nobody is discharged to the street" beside "fewer discharges to the street"), or
    that say a thing went the way opposite to the change it denies (`denies_the_other_way`: "no increase in falls"
    beside "falls were fewer"; `beside`, the configuration's other members, may deny the change itself): its denial
    describes that harm, that absence or that lessening, in line with them, so nothing is flagged or said."""
    holding = list(holding)
    return (
        not statement.contradicts
        and reads_against(statement)
        and not _denies_a_harm_they_report(statement.outcome, holding)
        and (
            worded_by_absence(holding)
            or denies_what_others_lessen(statement.outcome, holding)
            or denies_what_others_withhold(statement.outcome, holding)
            or denies_what_others_go_without(statement.outcome, holding)
            or denies_the_other_way(statement.outcome, holding, beside)
            or _a_harm_beside_harms(statement.outcome, holding)
            or lessens_what_others_lessen(statement.outcome, holding)
            or says_theirs_beside_its_denial(statement.outcome, holding)
        )
    )


def says_theirs_beside_its_denial(outcome: str, holding: Iterable[Statement]) -> bool:
    """Whether an outcome that denies in one clause asserts, in a clause of its own with no denial, what one of
    `holding` says ("women did not use the interpreter and relied on their husband" beside "women prefer husband or
    family member to interpret"; "tenants did not use the portal and relied on the warden" beside "tenants prefer the
    warden to report repairs"): the denial names what people turned from, the asserted clause what they did instead,
    which is the others' finding, in line with them. The asserted clause must share a content word with one of
    `holding` that the denying clause does not hold (not the people both speak of), with the adjective before it there
    ("mothers were not offered a choice and saw a male doctor" says nothing of "mothers prefer a female doctor"), and
    report no harm where none of `holding` does; no member of `holding` may say done what the denial denies
    (`_asserts_what_is_denied`: "tenants did not stay and the flat was re-let" beside "tenants stay in the flat" still
    goes against), and a denied change ("attendance did not improve and …", `_denied_clauses`) is no such thing.
    Trial CN: Hoang 2009's S40 made "prefer a family interpreter" contested. A clause saying its thing is low or few
    (`_next_to_none`: "low sense of choice, regret later" beside "dialysis regret") denies as such a clause does, unless
    that thing is one `holding` reports ("low attendance" beside "attendance rose"; trial CW: Morton 2010 made C6
    contested)."""
    read = _denials_of_the_clause(_set_aside_uncertainty(_as_worded(outcome or "")))
    clauses = [clause for clause in _CLAUSES.split(read) if clause.strip()]
    low = [clause for clause in clauses if not NEGATIVE_OUTCOME.search(clause) and _next_to_none(_set_aside_denied_harms(clause))]
    asserted = [clause for clause in clauses if not NEGATIVE_OUTCOME.search(clause) and clause not in low]
    if (
        not asserted
        or len(asserted) == len(clauses)
        or (len(asserted) + len(low) < len(clauses) and _denied_clauses(outcome) is None)
    ):
        return False
    holding = [s for s in holding if s.outcome and not reads_against(s)]
    if not holding or any(_asserts_what_is_denied(s.outcome, outcome) for s in holding):
        return False
    if any(reports_harm(clause) for clause in asserted) and not any(reports_harm(s.outcome) for s in holding):
        return False
    theirs = {_content(w) for s in holding for w in _as_worded(s.outcome).split() if w not in STOPWORDS} - {None}
    if any(_things_named(clause) & theirs for clause in low):
        return False  # "low attendance" beside "attendance rose": the very thing they report, said to be low
    denied_words = {_content(w) for clause in clauses if clause not in asserted for w in clause.split()}
    said = {_content(w) for clause in asserted for w in clause.split() if w not in STOPWORDS} - denied_words - {None}
    for other in holding:
        words = _as_worded(other.outcome).split()
        for i, word in enumerate(words):
            if word in STOPWORDS or _content(word) not in said:
                continue
            before = words[i - 1] if i else ""  # "a female doctor" is no "a male doctor": its adjective must be said too
            if before in STOPWORDS or "a" not in _word_tags(before) or _content(before) in said:
                return True
    return False


def _denies_a_harm_they_report(outcome: str, holding: Iterable[Statement]) -> bool:
    """Whether an outcome denies that a harm rose or came ("carer burden not increased", "no increase in burnout") where
    one of `holding` reports that very harm as happening ("carer burden, often unmeasured", "staff burnout"): it says
    the harm they tell of did not come, against them, never in line with a configuration worded by what goes wrong
    (trial CI: a meta-analysis's "carer burden not increased" counted as support of "relatives take on care → carer
    burden" once most members told a harm). A harm the others make less ("falls were fewer") or deny the fall of
    ("stigma did not reduce") is not reported as happening, so "no increase in falls" beside it stays in line
    (`denies_the_other_way`), and "stigma did not rise" beside "did not reduce" is one null finding (trial Y)."""
    rises = [thing for thing, sign in denied_directions(outcome).items() if sign > 0 and _HARM_WORD.fullmatch(thing)]
    if not rises:
        return False
    for other in holding:
        if not other.outcome or not reports_harm(other.outcome) or outcome_is_negative(other.outcome):
            continue  # a member denying the harm's fall ("stigma did not reduce") tells no harm as happening
        harms = [found.group(0) for found in _HARM_WORD.finditer(_MADE_LESS.sub(" ", _as_worded(other.outcome)))]
        if any(a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))) for a in rises for b in harms):
            return True
    return False


def denies_the_other_way(outcome: str, holding: Iterable[Statement], beside: Iterable[Statement] = ()) -> bool:
    """Whether an outcome denies that a thing went the opposite way to the way one of `holding` says it went ("no
    increase in falls", "falls did not rise" beside "falls were fewer"; "waits did not get longer" beside "shorter
    waits"), and denies no change any of them reports: the thing did not go the way the others say it was kept from, in
    line with them. A denial of the very change they report ("falls were not reduced" beside "fewer falls"), of any
    change ("no change in falls") or a null comparison still goes against (`denying_what_is_asserted`); and where
    another member (`beside`) denies that very change, the two denials say together that the thing did not change, a
    null finding, not this one's support (trial Y: "arrears did not rise" and "did not fall" beside "arrears fell")."""
    denied = denied_directions(outcome)
    if not denied or compares_null(outcome):
        return False
    reported = [outcome_directions(s.outcome) for s in holding if s.outcome]
    other_way = {thing: -sign for thing, sign in denied.items()}
    if not any(_agreed(other_way, said) for said in reported) or any(_agreed(denied, said) for said in reported):
        return False
    return not any(_agreed(denied_directions(s.outcome or ""), other_way) for s in beside)


_HARM_REVERSAL = lazy_pattern(
    r"worse|worsened|worsening|deteriorated|eroded|erosion|collapsed|discouraged|unsafe|harder|less safe"
)
"""The words of `NEGATIVE_OUTCOME` that name a harm rather than deny a thing ("the discharge is unsafe", "mobility
deteriorated"), as against "not", "no", "failed"."""


def _a_harm_beside_harms(outcome: str, holding: Iterable[Statement]) -> bool:
    """Whether an outcome reads as not following only by words that name a harm (`_HARM_REVERSAL`: "carers feel
    overwhelmed and the discharge is unsafe"), with no denial, and reports a harm (`reports_harm`), where at least half
    of `holding` report a harm: it tells the same thing going wrong as they do, in line with them, not that their
    outcome did not follow (trial BA 2). Beside members that only tell things going well, it still goes against."""
    outcomes = [s.outcome for s in holding if s.outcome]
    if not outcomes or 2 * sum(reports_harm(o) for o in outcomes) < len(outcomes) or not reports_harm(outcome):
        return False
    read = _set_aside_denied_harms(_denials_of_the_clause(_set_aside_uncertainty(_as_worded(outcome))))
    found = list(NEGATIVE_OUTCOME.finditer(read))
    return bool(found) and not compares_null(outcome) and all(_HARM_REVERSAL.fullmatch(m.group(0)) for m in found)


def _denied_clauses(outcome: str) -> list[list[str]] | None:
    """The words of the clauses of an outcome that deny (`NEGATIVE_OUTCOME`), or None where it denies nothing or denies
    a change ("exclusions did not fall", "no reduction in readmissions"), which says a lessening did not come."""
    denied = [
        clause.split()
        for clause in _CLAUSES.split(_denials_of_the_clause(_set_aside_uncertainty(_as_worded(outcome or ""))))
        if NEGATIVE_OUTCOME.search(clause)
    ]
    changes = rf"{_OF_CHANGE}|{_LESSENS}|{_LESSENING}|changed?"
    if not denied or any(w in _DIRECTION or re.fullmatch(changes, w) for ws in denied for w in _without_less_likely(ws)):
        return None
    return denied


def _without_less_likely(words: list[str]) -> list[str]:
    """Words without the "less" of "less likely": it says how likely the thing is, not that a change was denied
    ("antibiotics are less likely to be prescribed" denies prescribing, as "antibiotics are not prescribed" does; re-check
    of trial AU: read as going against "fewer antibiotic prescriptions")."""
    return [w for i, w in enumerate(words) if not (w == "less" and words[i + 1 : i + 2] == ["likely"])]


def denies_what_others_withhold(outcome: str, holding: Iterable[Statement]) -> bool:
    """Whether an outcome denies a thing is done ("nurses do not offer the vaccine", "tenants never attend the office")
    where one of `holding` says that thing is withheld, avoided or disliked (`reports_withholding`: "nurses are reluctant
    to offer the vaccine", "tenants dislike attending the office"): two ways of saying it is not done, in line, whatever
    the other members say. A denial of a change ("refusals did not fall") or a null comparison is no such thing."""
    held = [s.outcome for s in holding if s.outcome and reports_withholding(s.outcome)]
    if not held or compares_null(outcome) or _denied_clauses(outcome) is None:
        return False
    return any(_shared_thing(outcome, other) for other in held)


_GONE_WITHOUT = lazy_pattern(r"\bwithout((?: \w+){1,3})")
_DENIED_THING = lazy_pattern(r"\b(?:not|no|never|none|nobody|nothing)((?: \w+){1,4})")


def denies_what_others_go_without(outcome: str, holding: Iterable[Statement]) -> bool:
    """Whether an outcome denies a thing came ("no increase in practice workload was reported") where one of `holding`
    says its outcome came without that thing ("access is switched on without extra workload"): two ways of saying the
    thing was absent, in line, not against (trial AX). A thing denied that no member went without ("no increase in
    uptake" beside "uptake increases") is no such thing; nor is a denied lessening of the thing ("no reduction in
    appointments") beside going without it ("handled without a GP appointment"): it says the thing kept coming, the
    opposite of its absence, in line only with going without a lessening ("without loss of quality" beside "no
    reduction in quality"). Trial CQ: "no reduction in appointments" counted, unsaid, as support of "fewer appointments
    needed" because a third member's admin was "handled without a GP appointment"."""

    def things(pattern: re.Pattern[str], text: str) -> set[tuple[str, bool]]:
        found_things = set()
        for found in pattern.finditer(_as_worded(text)):
            words = found.group(1).split()
            lessening = any(_LESSENED_WORD.fullmatch(word) for word in words)
            found_things |= {
                (stem, lessening)
                for word in words
                if (stem := _content(word)) is not None
                and not _OF_CHANGE_WORD.fullmatch(word)
                and not _LESSENED_WORD.fullmatch(word)
            }
        return found_things

    gone_without = {thing for s in holding for thing in things(_GONE_WITHOUT, s.outcome or "")}
    if not gone_without:
        return False
    return bool(things(_DENIED_THING, outcome or "") & gone_without)


_LESSENED_WORD = lazy_pattern(rf"{_LESSENING}|{_LESSENS}|loss|losing|lost")
"""A word saying a thing was made less ("reduction", "fewer", "fall", "loss"): what a denial or a "without" may name of
its thing, so "no reduction in X" is told from "no X" (`denies_what_others_go_without`)."""


_OF_CHANGE_WORD = lazy_pattern(rf"{_OF_CHANGE}|extra|additional|added|more|any")


def denies_what_others_lessen(outcome: str, holding: Iterable[Statement]) -> bool:
    """Whether an outcome denies that a thing happened at all ("no pupil was excluded", "nobody was readmitted") where
    one of `holding` says that thing went down ("fewer exclusions", "readmissions fell"): the same direction, further.
    A denial that names a change of its own ("exclusions did not fall", "no reduction in readmissions") is no such
    thing: it denies the lessening."""
    lessened = {thing for s in holding for thing, sign in outcome_directions(s.outcome or "").items() if sign == -1}
    if not lessened or compares_null(outcome):
        return False
    denied = _denied_clauses(outcome)
    if denied is None:
        return False
    named = {_content(w) for ws in denied for w in ws if not NEGATIVE_OUTCOME.fullmatch(w)} - {None}
    return any(a == b or (len(a) >= 6 and len(b) >= 6 and a[:6] == b[:6]) for a in named for b in lessened)


_LESS_LIKELY = lazy_pattern(r"less likely")
_LOW_OR_FEW = lazy_pattern(rf"{_FEW}|{_DEFICIENT}|less|likely|fewer|lower")


def lessens_what_others_lessen(outcome: str, holding: Iterable[Statement]) -> bool:
    """Whether an outcome reads as not following only by saying its thing is low, few or less likely ("less likely in
    residential care at 6m", "few referrals, low occupancy": `_next_to_none`, "less likely"), with no denial, where one
    of `holding` makes the same thing less in a clause of its own ("fewer moved into residential care", "occupancy
    fell"): a thing that went down, the way they say it went, in line with them, never an outcome that did not follow
    (trial CI: Shepperd et al.'s "less likely in residential care" left undecided beside "fewer moved into residential
    care"). Each clause that reads so must name nothing (people aside) that clause does not: "few pupils attended"
    beside "fewer pupils excluded" still goes against, as does "few referrals" beside "more referrals"."""
    low = _low_clauses(outcome)
    lessened = [
        _things_named(clause)
        for s in holding
        for clause in _CLAUSES.split(_as_worded(s.outcome or ""))
        if -1 in outcome_directions(clause).values() and not outcome_is_negative(clause)
    ]
    if not low or not lessened:
        return False

    def named_there(mine: set[str], theirs: set[str]) -> bool:
        return all(any(a == b or (len(a) >= 6 and len(b) >= 6 and a[:6] == b[:6]) for b in theirs) for a in mine)

    return all((mine := _things_named(clause)) and any(named_there(mine, theirs) for theirs in lessened) for clause in low)


def _low_clauses(outcome: str | None) -> list[str]:
    """The clauses of an outcome that reads as not following only by saying its thing is low, few, limited or less
    likely (`_next_to_none`, "less likely": "limited use by women", "few referrals, low occupancy"), with no denial and
    no harm named; [] where it denies, names a harm going wrong, compares null or tells a ceasing."""
    if not outcome or compares_null(outcome) or _ceased(_as_worded(outcome)):
        return []
    read = _set_aside_denied_harms(_denials_of_the_clause(_set_aside_uncertainty(_as_worded(outcome))))
    if _DENIAL.search(read) or any(not _LESS_LIKELY.fullmatch(m.group(0)) for m in NEGATIVE_OUTCOME.finditer(read)):
        return []
    return [clause for clause in _CLAUSES.split(read) if NEGATIVE_OUTCOME.search(clause) or _next_to_none(clause)]


def low_among_falls(outcome: str | None, holding: Iterable[Statement]) -> bool:
    """Whether an outcome reads as not following only by saying its thing is low or limited (`_low_clauses`: "limited
    use by women") where every member of `holding` that says the outcome followed gives its things a fall or a low and
    none a rise ("women less often reached", "lower listening rates"): it goes the way they all go, so it is never
    against them. Where it names their thing it is in line (`lessens_what_others_lessen`); where it names another
    ("use" beside "reach") whether it is their finding is a person's call, so it counts on neither side until one marks
    it (`left_undecided`; helper L0, from trial K4: "limited use by women" listed against C7). Beside a member that
    gives anything a rise ("uptake rose") it still goes against."""
    if not _low_clauses(outcome):
        return False
    directions = [outcome_directions(s.outcome) for s in holding if s.outcome and not reads_against(s)]
    return bool(directions) and all(d and all(sign < 0 for sign in d.values()) for d in directions)


def _things_named(clause: str) -> set[str]:
    """The stems of the words of a clause that name a thing: not its people, its quantities, its words of direction or of
    being low, nor a number or a time ("at 6m")."""
    return {
        stem
        for word in clause.split()
        if not _LOW_OR_FEW.fullmatch(word)
        and not any(c.isdigit() for c in word)
        and word not in STOPWORDS
        and not _is_person(word)
        and (stem := _content(word)) is not None
        and not _OF_CHANGE_WORD.fullmatch(word)
        and not re.fullmatch(rf"{_LESSENS}|{_LESSENING}|{_RISE}", word)
    }


def outcome_asserted(outcome: str) -> str:
    """The outcome with the words that deny it or give its direction set aside ("care was not kept going" → "care was
    kept going", "fewer households are visited" → "households are visited"), and without its concessions: what a
    statement is about, to tell whether two statements speak of the same outcome, one saying it followed and one not."""
    words = NEGATIVE_OUTCOME.sub(" ", _as_worded(outcome)).split()
    return " ".join(w for i, w in enumerate(words) if w != "|" and not _is_direction(words, i))


_ANTONYMS = (
    ("more", "fewer less"),
    ("higher high", "lower low lowered lowering"),
    ("greater larger bigger", "smaller lesser"),
    ("many", "few"),
    ("increase increases increased increasing", "decrease decreases decreased decreasing"),
    ("increase increases increased increasing", "reduce reduces reduced reducing reduction"),
    ("rise rises rose risen rising", "fall falls fell fallen falling"),
    ("rise rises rose risen rising", "drop drops dropped dropping"),
    ("rise rises rose risen rising", "decline declines declined declining"),
    ("wax waxes waxed waxing", "wane wanes waned waning"),
    ("grow grows grew grown growing", "shrink shrinks shrank shrunk shrinking"),
    ("raise raises raised raising", "lower lowered lowering"),
    ("longer", "shorter"),
    ("faster", "slower"),
    ("stronger", "weaker"),
    ("gain gains gained gaining", "lose loses lost losing loss"),
    ("double doubles doubled doubling", "halve halves halved halving"),
    ("raise raises raised raising", "cut cuts cutting"),
)
"""Antonym pairs of words that give a direction (up, down): "more" and "fewer" households, attendance "rose" or "fell",
costs "doubled" or were "halved" or "cut by a third"."""
_VALUED = (
    ("improve improves improved improving improvement", "worsen worsens worsened worsening"),
    ("better", "worse"),
)
"""Antonym pairs of words that judge a change (for the better, for the worse) rather than give its direction: "HbA1c
improved" says nothing of whether it went up or down, so it is no opposite of "lower HbA1c" (trial AL 3), only of
"HbA1c worsened". Their signs are 2 and -2, so they agree with or oppose only each other."""

_DIRECTION = {
    w: sign
    for pairs, unit in ((_ANTONYMS, 1), (_VALUED, 2))
    for up, down in pairs
    for words, sign in ((up, unit), (down, -unit))
    for w in words.split()
}
_BEFORE_ITS_THING = frozenset(
    "more fewer less higher high lower low greater larger bigger smaller lesser many few better worse longer shorter "
    "faster slower stronger weaker".split()
)
"""Direction words that come before what they give the direction of ("fewer households"), unless they end the clause
("performance is low"); the others (verbs and nouns of change) come after it ("attendance rose") unless they take an
object ("reduced readmissions") or "in"/"of" ("an increase in uptake")."""
_MEASURES = frozenset(
    "number numbers rate rates proportion proportions level levels amount amounts percentage share frequency degree "
    "extent score scores scored length duration likely able willing often frequently difference differences".split()
)
"""Words that measure the thing rather than name it ("the number of visits", "length of stay", "more likely to attend";
"a difference in HbA1c reduction between arms" compares the reduction, and names no thing "difference"; "wellbeing
scored higher" measures wellbeing, as "wellbeing scores were higher" does)."""
_PREPOSITIONS = frozenset("of to in at for on with by from among over after before during between into".split())
_DETERMINERS = frozenset("the a an their its his her our some any them him us it".split())
_PARTICLES = frozenset("away back down up off out over further again overall".split())
"""After a direction verb, words that are not its object ("fell away", "drop out", "rose again")."""
_CLAUSES = lazy_pattern(r"\s*(?:\||\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\byet\b)\s*")
_DENIAL = lazy_pattern(r"\b(?:not|no|never|none|without|cannot|\w+n t)\b")


def _content(word: str) -> str | None:
    """The word's stem as the lexical backend has it (the review's synonyms too), unless it measures or links."""
    from cmo.synthesis.terms import terms  # everyday commands read evidence without numpy and scipy

    if word in _MEASURES or word in _PREPOSITIONS or word in _PARTICLES:
        return None
    stems = terms(word)
    return stems[-1] if stems else None


def _is_direction(words: list[str], i: int) -> bool:
    """Whether the word at i gives a direction: not in "no longer", nor a verb made another by its particle ("drop out"),
    nor "more" or "less" after a verb of change, which says how much it changed ("did not reduce more in their
    classes"), nor a word of change spelt as a noun where a word before counts it or a verb of change after it is its
    own ("fewer falls", "falls were halved": what went down, as "fewer admissions", "admissions halved")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i else ""
    if words[i] in ("more", "less") and before in _DIRECTION and before not in _BEFORE_ITS_THING:
        return False
    if words[i] not in _BEFORE_ITS_THING and (before in _BEFORE_ITS_THING or after in _DIRECTION.keys() - _BEFORE_ITS_THING):
        return False  # "fewer falls", "falls halved", "drops in attendance fell": the thing counted or changed, a noun
    return words[i] in _DIRECTION and after not in ("out", "off") and not (words[i] == "longer" and before == "no")


def _subject(words: list[str]) -> frozenset[str]:
    """The head of the noun phrase a clause opens with: its last content word before a preposition ("retention of
    workers" → retention; "the number of visits" → visits, as a measure names no thing; "waiting time" → wait, the
    time of a burden being the burden, `_burden_stems`, while "response time" stays a time). A modal verb or an adverb
    between it and its verb hedges the change, naming no thing: "readmission may increase", "readmissions probably
    rise" say readmission went up (trial CV: "may" was read as the thing, so a Cochrane review's "readmission may
    increase" was no opposite of "reduced mortality and readmission", and counted as its support)."""
    head = None
    for word in words:
        if word in _PREPOSITIONS and head:
            break
        if head and (word in _HEDGING_MODALS or _an_adverb_of_manner(word)):
            continue
        if word in _OF_TIME and head in _burden_stems():
            continue  # "waiting time": the time of a wait is the wait (helper K5: "waiting time fell" read as no gain)
        head = _content(word) or head
    return frozenset([head] if head else [])


@cache
def _burden_stems() -> frozenset[str]:
    """The stems of the burdens borne (`lexicon.burden_nouns`: "wait", "delay", "stay"), whose time is the burden itself
    ("waiting time", "delay times"), as `_measured` reads a rise in one as a harm."""
    return frozenset(stem for stem in map(_content, burden_nouns()) if stem)


_HEDGING_MODALS = frozenset("may might must can could will would shall should".split())
"""Modal verbs, which say how sure or how bound a change is, not what changed."""


def _an_adverb_of_manner(word: str) -> bool:
    """An adverb made from an adjective the lexicon knows ("probably" of "probable", "significantly", "slightly",
    "possibly", "happily"), and no noun or verb itself: not "family", "supply" or "assembly"."""
    if not word.endswith("ly") or len(word) < 5 or _word_tags(word) - {"a"}:
        return False  # "supply", "rally": a noun or verb of its own
    stem = word[:-2]
    bases = (stem, word[:-1] + "e", stem[:-1] + "y" if stem.endswith("i") else stem)
    return any("a" in _word_tags(base) for base in bases)


def _done_to(words: list[str]) -> frozenset[str]:
    """What a clause ending in a direction word went up or down in (`_subject`: "performance is low" → performance),
    with the verb done to it where a verb takes it as its object ("they use the portal less" → {use, portal}): the
    using went down, which "portal use increases" says went up (trial AX: the two were read as two things, and the one
    counted as support of the other)."""
    head = _subject(words)
    verbs = {
        verb
        for k, word in enumerate(words[:-1])
        if words[k + 1] in _DETERMINERS and _verb_form(word) and (verb := _content(word)) is not None
    }
    return head | verbs if head and verbs and not verbs <= head else head


_AMOUNT_UNITS = frozenset("percent per cent percentage points point pp fold".split())
"""Words that follow a figure as its unit ("23 percent", "40 per cent", "12 percentage points", "2 fold")."""


def _before_the_amount(before: list[str]) -> list[str]:
    """The words before a comparative without the amount it ends on, a figure and its unit ("scored 3 points higher",
    "were 12 percentage points lower"): the amount is no thing, what was scored is (`_past_the_amount`'s mirror)."""
    end = len(before)
    while end and before[end - 1] in _AMOUNT_UNITS:
        end -= 1
    if end < len(before) and end and any(ch.isdigit() for ch in before[end - 1]):
        return before[: end - 1]
    return before


def _past_the_amount(rest: list[str]) -> list[str]:
    """The words after a direction verb past the amount it moved by, a figure and its unit ("falls reduced 23%", folded
    "falls reduced 23"; "attendance rose 12 percentage points"): the amount is no thing, so an outcome that says nothing
    after it names its thing before the verb ("falls"), as "falls reduced" does. Trial CY: "rate of falls reduced 23%"
    read as giving falls no direction, so "falls reduced" was told as its opposite and "MORE falls in frail group" was
    counted as its support."""
    if not rest or not any(ch.isdigit() for ch in rest[0]):
        return rest
    rest = rest[1:]
    while rest and rest[0] in _AMOUNT_UNITS:
        rest = rest[1:]
    return rest


def _object(words: list[str]) -> frozenset[str]:
    """The content words of the noun phrase that follows, up to three: "fewer home visits" → {home, visit}, "more likely
    to attend" → {attend}. It ends before a participle ("households visited"), a word that takes an object ("households
    let them in") or any other word."""
    found: list[str] = []
    for k, word in enumerate(words):
        stem = _content(word)
        takes_object = k + 1 < len(words) and words[k + 1] in _DETERMINERS
        if stem and (not found or not (word.endswith(("ed", "ing")) or takes_object)):
            found.append(stem)
            if len(found) == 3:
                break
        elif found or word not in _MEASURES and word not in _DETERMINERS and word not in _PREPOSITIONS:
            break
    return frozenset(found)


def outcome_directions(outcome: str) -> dict[str, int]:
    """What an outcome says went up (1) or down (-1), by the stem of the thing: "Fewer households are visited and the
    volunteers' performance is low" → {household: -1, performance: -1}. A clause that denies ("did not increase"),
    concedes ("despite lower pay") or is uncertain ("unclear whether it improves") gives no direction; a thing said to go
    both ways is left out."""
    return _directions(outcome, denied=False)


def denied_directions(outcome: str) -> dict[str, int]:
    """What an outcome says did not go up (1) or down (-1), by the stem of the thing, read as `outcome_directions` reads
    a clause that does not deny: "Stigma did not reduce more in their classes" → {stigma: -1}, "attendance did not
    rise" → {attendance: 1}. "Did not rise" and "fell" are no opposites: only "did not fall" is "fell"'s."""
    return _directions(outcome, denied=True)


def _directions(outcome: str, denied: bool) -> dict[str, int]:
    found: dict[str, set[int]] = {}
    for things, sign in _directions_read(outcome, denied):
        for thing in things:
            found.setdefault(thing, set()).add(sign)
    return {thing: next(iter(signs)) for thing, signs in found.items() if len(signs) == 1}


@lru_cache(maxsize=65536)
def _directions_read(outcome: str, denied: bool) -> tuple[tuple[frozenset[str], int], ...]:
    """Each thing an outcome gives a direction, as the content words that name it ("fewer caesarean births" →
    {caesarean, birth}: -1), remembered: a round's check reads each configuration's outcome beside every member's."""
    found: list[tuple[frozenset[str], int]] = []
    last: frozenset[str] = frozenset()  # the things the clause before spoke of: "higher … and lower" leaves its own out
    ending: int | None = None  # the direction of the thing the clause before ended on: "reduced mortality | and readmission"
    alone: frozenset[str] = frozenset()  # a thing named alone before "and": "skills | and competence improve"
    read = _denials_of_the_clause(_providers_set_aside(_set_aside_uncertainty(_as_worded(outcome))))
    for clause in _CLAUSES.split(read):  # "comparable to that achieved by doctors", "no difference by age": no direction
        if bool(_DENIAL.search(clause) or NULL_COMPARISON.search(clause)) != denied:  # "as high as": no higher
            last, ending, alone = frozenset(), None, frozenset()
            continue
        words = _hyphened_prefixes_joined(clause.split())  # "less non-adherence": less of no thing adherence is
        if ending is not None and (joined := _a_thing_alone(words)):
            found.append((joined, ending))  # "reduced mortality and readmission": readmission went down too
            continue
        ending, before = None, alone
        alone = _a_thing_named_first(words)
        for i, word in enumerate(words if _DIRECTION.keys() & set(words) else ()):
            if not _is_direction(words, i):
                continue
            rest = _past_the_amount([w for w in words[i + 1 :] if w not in _DETERMINERS and not w.endswith("ly")])
            if word in _BEFORE_ITS_THING:  # "fewer households", else "performance is low", "they use the portal less"
                things = _object(words[i + 1 :]) if not _said_of_its_subject(words, i) else frozenset()
                things = things or _state_kept(words, i) or _done_to(_before_the_amount(words[:i]))
            elif rest and rest[0] in ("in", "of"):  # "an increase in uptake"
                things = _object(rest[1:])
            elif rest and rest[0] not in STOPWORDS and rest[0] not in _PARTICLES:  # "reduced readmissions"
                things = _object(rest)
            else:  # "attendance rose"
                things = _subject(words[:i])
                if before and things and i == len([w for w in words[:i] if w not in _DETERMINERS]) and not found:
                    found.append((before, _DIRECTION[word]))  # "skills and competence improve": the skills too
            if not things and not any(_content(w) for w in words[:i]):  # "… and lower": the clause before's thing
                things = last
            things = _as_retained(_as_found(words, i, things))
            if things:
                found.append((things, _DIRECTION[word]))
                tail = [w for w in words[i + 1 :] if w not in _DETERMINERS]
                ending = _DIRECTION[word] if tail and {_content(w) for w in tail} == set(things) else None
            last = things or last
    return tuple(found)


def _said_of_its_subject(words: list[str], i: int) -> bool:
    """Whether a direction word that comes before its thing ("fewer households") is said of the clause's subject
    instead, as a complement followed by a preposition other than "of" ("retention was lower for people with active
    substance use", "scores were higher among women"): what follows names for whom or where, not what went up or down
    (helper K5: "lower for people" gave people the direction, so a finding on retention was no opposite of one on
    staying housed). "More of the households" names its thing after "of"; with nothing named before it, the words after
    are its thing ("fewer in the intervention group were admitted")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return after in _PREPOSITIONS and after != "of" and bool(_done_to(words[:i]))


_RETAINED = frozenset("retain retent".split())
"""The stems of keeping a state or a place: "retain", "retention" (WordNet: "the act of retaining something"; to retain
is to keep or to continue to have): how long a person keeps a tenancy, a job or a place in a programme."""


def _state_kept(words: list[str], i: int) -> frozenset[str]:
    """A state said to last longer or shorter: "longer" or "shorter" after "be" and a participle ("participants were
    housed longer", "they were employed for longer") says how long the state was kept, its retention, which "tenancy
    retention was lower" gives the other way (helper K5: read as "housed", a thing of its own, and counted as its
    support). An act that went on longer ("patients waited longer", "staff trained for longer") is no state kept: its
    verb is its thing, as before; nor is a stay ("length of stay"), a burden of its own. A retaining is read as a
    retention wherever it is named (`_as_retained`)."""
    if words[i] not in ("longer", "shorter"):
        return frozenset()
    before = [w for w in words[:i] if w not in ("for", "much", "far", "even", "still")]
    if len(before) >= 2 and before[-2] in _BEING and before[-1].endswith("ed") and _verb_form(before[-1]):
        return frozenset(["retent"])
    return frozenset()


def _as_retained(things: frozenset[str]) -> frozenset[str]:
    """The things read with a retaining ("staff were retained") and a retention read as one thing (`_RETAINED`)."""
    return frozenset("retent" if t in _RETAINED else t for t in things) if things & _RETAINED else things


def _a_thing_alone(words: list[str]) -> frozenset[str]:
    """A clause that only names a thing, one or two words with no verb, direction or "be" among them ("readmission",
    "hospital days"), after "and" joined it to the thing a direction word before ended its clause on: the same direction
    (trial CV: "reduced mortality and readmission" gave readmission none, so a Cochrane review's "readmission may
    increase" beside it was no opposite). "Fewer falls and residents felt safer" and "less stressed and happier" name no
    thing alone."""
    named = [w for w in words if w not in _DETERMINERS]
    if not 1 <= len(named) <= 2 or any(w in _DIRECTION or w in _BEING or _word_tags(w) & {"D", "Z", "a"} for w in named):
        return frozenset()
    if any(w.endswith("er") and any("a" in _word_tags(b) for b in (w[:-2], w[:-1], w[:-3] + "y")) for w in named):
        return frozenset()  # "less stressed and happier": a comparative of its own, no thing
    stems = {_content(w) for w in named}
    return frozenset(stems) if None not in stems else frozenset()


def _a_thing_named_first(words: list[str]) -> frozenset[str]:
    """A clause that only names a thing, one or two words that are no verb, adjective, direction, "be" or people
    ("skills"), before "and" joins it to a clause whose direction comes after its thing: the same direction ("skills and
    competence improve": the skills improve too). "Staff and patients were happier" names people, no thing."""
    named = [w for w in words if w not in _DETERMINERS]
    if not 1 <= len(named) <= 2 or any(w in _DIRECTION or w in _BEING or _is_person(w) for w in named):
        return frozenset()
    if any(_word_tags(w) & {"D", "a", "P"} or ("Z" in _word_tags(w) and "s" not in _word_tags(w)) for w in named):
        return frozenset()
    stems = {_content(w) for w in named}
    return frozenset(stems) if None not in stems else frozenset()


_FOUND = "found "
"""What `_as_found` puts before a thing whose finding an outcome gives a direction, not the thing's own amount."""


def _as_found(words: list[str], i: int, things: frozenset[str]) -> frozenset[str]:
    """The things a direction word at i gives a direction, as the finding of them where a verb of the mind takes them as
    its object (`verbs_of_the_mind`: identifying, detecting, noticing, diagnosing): "more discrepancies were identified
    at reconciliation", "pharmacists identified more discrepancies" say more were found, which is the scheme working,
    not more of them, so they are no opposite of "fewer discrepancies after discharge" (trial CD 9), only of "fewer
    discrepancies identified". The verb comes after the thing, as its participle, with or without a verb of being
    ("discrepancies identified", "were detected"), or before the direction word, taking a thing that is no adjective
    ("identified more discrepancies", not "felt more confident"). "More errors occurred" tells the errors' own amount."""
    if not things or words[i] not in _BEFORE_ITS_THING or not things & {_content(w) for w in words[i + 1 : i + 4]}:
        return things  # "they felt worse": the direction word ends its clause and gives it to the feeling itself
    minds = verbs_of_the_mind()
    before = words[i - 1] if i else ""
    found = before in minds and _verb_form(before) and not any("a" in _word_tags(w) for w in words[i + 1 : i + 2])
    found = found and not _fails_to_find(before)
    named = {*things}
    for word in words[i + 1 :]:
        if found or word in _BEING or word in _DETERMINERS or word in _MEASURES or word == "of" or word.endswith("ly"):
            continue
        if _content(word) in named:
            continue
        found = word in minds and "N" in _word_tags(word) and not _fails_to_find(word)
        break
    return frozenset(_FOUND + thing for thing in things) if found else things


def _fails_to_find(verb: str) -> bool:
    """Whether a verb of the mind is one of holding back or a harm (`WITHHELD`, `_HARM_WORD`: "skipped", "missed",
    "neglected"): "fewer dialysis sessions were skipped" gives the sessions skipped their direction, no finding."""
    return bool(WITHHELD.search(verb) or _HARM_WORD.fullmatch(verb))


def point_opposite_ways(a: str, b: str) -> bool:
    """Whether two outcomes give one thing opposite directions ("more households visited", "fewer households are
    visited"; "attendance rose", "attendance fell"). One thing: the words naming it on one side are all among the words
    naming it on the other ("fewer home visits" beside "more visits"), so "more spontaneous vaginal births" is no
    opposite of "fewer caesarean births", two kinds of birth (trial AR 1; `_one_thing`)."""
    return _opposed_things(_directions_read(a, False), _directions_read(b, False))


def _one_thing(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two noun phrases, read as their content words, name one thing: one's words are all among the other's
    ("visits" and "home visits"), not two kinds of one thing, each with a word the other has not ("vaginal births",
    "caesarean births")."""
    return bool(one) and bool(other) and (one <= other or other <= one)


def _opposed_things(a: tuple[tuple[frozenset[str], int], ...], b: tuple[tuple[frozenset[str], int], ...]) -> bool:
    """Whether a thing of one reading (`_directions_read`) goes the opposite way to one thing of the other
    (`_one_thing`), where neither outcome gives that word both directions."""
    up_and_down = _both_ways(a) | _both_ways(b)
    return any(
        _judged(things, sign) == -_judged(other_things, other_sign)
        and _one_thing(things, other_things)
        and not (things & other_things) <= up_and_down
        for things, sign in a
        for other_things, other_sign in b
    )


@cache
def _good_stems() -> frozenset[str]:
    """The stems of the nouns of things people want (`lexicon.good_nouns`: "skill", "competence", "confidence")."""
    return frozenset(stem for stem in map(_content, good_nouns()) if stem)


@cache
def _harm_stems() -> frozenset[str]:
    """The stems of the harm nouns and of the burdens borne (`lexicon.burden_nouns`: "stay", "delay", "cost")."""
    return frozenset(stem for stem in map(_content, harm_nouns() | burden_nouns()) if stem)


def outcome_valence(things: frozenset[str]) -> int:
    """Whether a thing an outcome names (its content stems, `_content`) is one people want more of (1), one they want
    less of (-1), or neither known (0): the one judgement of an outcome's worth. The review team's word comes first
    (review.yaml `settings: {outcomes: {wanted: [retention], unwanted: [turnover]}}`, `_teams_valence`), as no dictionary
    knows that a workforce review wants retention and not turnover; then the nouns people want (`_good_stems`, from
    VADER and WordNet) that are no harm (1), and the harm nouns (`_harm_stems`, -1). A thing said not had ("missed
    appointments", `_not_had_stems`) is worth the opposite of the thing (a harm where the thing is worth nothing known)."""
    said = _teams_valence(things)
    if said:
        return said
    if undone := things & _not_had_stems():  # "missed appointments", "cancelled visits": the thing not had
        rest = outcome_valence(things - undone) if things - undone else 0
        return -rest if rest else -1
    if things & _harm_stems():
        return -1
    return 1 if things & _good_stems() else 0


@cache
def _not_had_stems() -> frozenset[str]:
    """The stems of the verbs saying a thing was not had: failed to attend (`lexicon.verbs_of_not_attending`: "missed",
    "skipped") or called off (`lexicon.verbs_of_calling_off`: "cancelled"). Less of a thing missed is a gain ("fewer
    missed appointments", helper H2: read as fewer appointments, things going worse), and a harm missed is none."""
    verbs = verbs_of_not_attending() | verbs_of_calling_off()
    return frozenset(stem for word in verbs if (stem := _content(word)) in verbs)  # not "liquid" of "liquidated"


def _teams_valence(things: frozenset[str]) -> int:
    """The review team's word on a thing (`outcome_valence`): 1 where it names an outcome they want more of, -1 one
    they want less of, 0 neither. An outcome the team named in several words is its head, its last word that names a
    thing, as English puts a noun phrase's head last ("staff turnover" is a turnover; "length of stay" a stay, as a
    measure names none, `_MEASURES`), which is what an outcome's reading gives a direction ("turnover rose")."""
    wanted, unwanted = _teams_outcomes(active_outcome_valence())
    if things & {head for head in unwanted if head}:
        return -1
    return 1 if things & {head for head in wanted if head} else 0


def teams_outcomes_named(outcomes: Iterable[str]) -> list[str]:
    """The outcomes of the review team's (review.yaml `settings: {outcomes: …}`) that these outcomes give a direction,
    said as judged: "retention (wanted)", "turnover (unwanted)"; what `configs show` and refine say where the team's
    word decided a member's side (`outcome_valence`)."""
    said = active_outcome_valence()
    if not any(said):
        return []
    heads = _teams_outcomes(said)
    read = {t for o in outcomes if o for denied in (False, True) for found, _ in _directions_read(o, denied) for t in found}
    return [
        f"{name} ({side})"
        for names, named, side in ((said[0], heads[0], "wanted"), (said[1], heads[1], "unwanted"))
        for name, head in zip(names, named, strict=True)
        if head and head in read
    ]


@lru_cache(maxsize=4)
def _teams_outcomes(said: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[list[str | None], list[str | None]]:
    """The head stem of each of the team's wanted and unwanted outcomes (`lexicon.active_outcome_valence`,
    `_teams_valence`), or None for one that names no thing; spelt as outcomes are read (`_as_worded`: "follow-up" as
    "follow up")."""

    def head(outcome: str) -> str | None:
        stems = [stem for word in re.sub(r"[^a-z0-9]+", " ", fold(outcome).lower()).split() if (stem := _content(word))]
        return stems[-1] if stems else None

    wanted, unwanted = ([head(outcome) for outcome in side] for side in said)
    return wanted, unwanted


def _judged(things: frozenset[str], sign: int) -> int:
    """The sign a direction gives a thing, judged where the thing is one people want (`outcome_valence`): its rise is a
    change for the better (`_VALUED_SIGN`), its fall one for the worse, so "skills declined" goes against "skills and
    competence improve" as "skills worsened" does, and "confidence waned" against "confidence improved"; and where the
    review team said they want less of it, its rise is for the worse ("turnover rose" beside "turnover improved"). A
    thing not known to be wanted keeps its direction, which no judgement opposes: "pain declined", "waiting times
    fell" and "blood pressure fell" are no opposites of "pain improved" or "blood pressure improved"; a harm noun of
    cmo's own lists (`_harm_stems`) is not judged so, as those are read as harms reported (`reports_harm`)."""
    if abs(sign) != 1:
        return sign
    valence = outcome_valence(things)
    if valence > 0 or (valence < 0 and _teams_valence(things)):
        return sign * _VALUED_SIGN * valence
    return sign


def _both_ways(read: tuple[tuple[frozenset[str], int], ...]) -> set[str]:
    signs: dict[str, set[int]] = {}
    for things, sign in read:
        for thing in things:
            signs.setdefault(thing, set()).add(sign)
    return {thing for thing, found in signs.items() if len(found) > 1}


def point_same_way(a: str, b: str) -> bool:
    """Whether two outcomes give one thing the same direction."""
    return _agreed(outcome_directions(a), outcome_directions(b))


def _agreed(a: dict[str, int], b: dict[str, int]) -> bool:
    """Whether two readings give a thing the same direction, or the same judgement (`_judged`: "skills declined" beside
    "skills worsened")."""
    return any(
        thing in b and _judged(frozenset((thing,)), b[thing]) == _judged(frozenset((thing,)), sign) for thing, sign in a.items()
    )


def _stance(statement: Statement | None, config_id: str) -> str | None:
    return statement.stance.get(config_id) if statement is not None else None


def reports_no_change(outcome: str) -> bool:
    """Whether an outcome is a null finding: a change or effect denied ("no effect on adherence", "little effect on
    health outcomes", "attendance did not improve": `nulls.a_change_that_did_not_come`) or a null comparison ("did
    just as well as usual care": `compares_null`). Not a harm or a denial that is itself what follows ("they drop out",
    "so they do not seek help"), which report an outcome that came."""
    return bool(outcome) and (a_change_that_did_not_come(outcome) or compares_null(outcome))


def null_members(config: Configuration, statements: Mapping[str, Statement], support: Iterable[str]) -> list[str]:
    """The members counted for it (`support`, its members not against it nor undecided) where the configuration is
    worded as a null finding (its own outcome `reports_no_change`: "visits once and leaves leaflets, which leads to little
    effect on health outcomes") and the team marked none as supporting it. Its members are then null findings too (one
    saying the outcome came beside it is undecided: `followed_beside_null`), evidence that the mechanism did not produce
    the outcome, which is what it says; they are told so, never as "supports it", which reads as the mechanism working
    (helper G1), until the team marks a member (`cmo code mark --supporting`), whose word is final. Read from the
    configuration's words and the members' marks alone, so a listing reads no member's outcome. Empty for any other."""
    if config.retired or not reports_no_change(config.outcome or ""):
        return []
    members = [sid for sid in support if sid in statements]
    if any(_stance(statements[sid], config.id) == "supporting" for sid in members):
        return []
    return members


def contradicting_ids(config: Configuration, statements: Mapping[str, Statement]) -> list[str]:
    """Members that cut against it (its list first): marked so, else listed or coder-flagged unless every member would
    be by the rule, read without the marks (a list holds the members marked against it too, which the rule did not
    propose): a mark says how its own member stands, never how another does."""
    said = {sid: _stance(statements.get(sid), config.id) for sid in config.statements}
    listed = set(config.contradicting)
    by_rule = [  # the rule's reading of every member, marked or not: a list also holds the members marked against it
        sid
        for sid in config.statements
        if (sid in statements and statements[sid].contradicts) or (sid in listed and said[sid] != "contradicting")
    ]
    if len(by_rule) == len(config.statements):  # never all: decided without the marks, so that a mark on one member
        by_rule = []  # never changes how another is read (trial AA)
    against = {sid for sid in by_rule if said[sid] is None} | {sid for sid, s in said.items() if s == "contradicting"}
    members = set(config.statements)
    return [sid for sid in dict.fromkeys([*config.contradicting, *config.statements]) if sid in against and sid in members]


def supporting_ids(
    config: Configuration,
    statements: Mapping[str, Statement],
    against: list[str] | None = None,
    undecided: list[str] | None = None,
) -> list[str]:
    """Its members that do not cut against it and are not left undecided (`undecided_ids`), in member order (`against`:
    its contradicting ids, `undecided` its undecided ones, when known: a listing reads them once per configuration)."""
    against = contradicting_ids(config, statements) if against is None else against
    undecided = undecided_ids(config, statements, against) if undecided is None else undecided
    excluded = {*against, *undecided}
    return [sid for sid in config.statements if sid not in excluded]


def undecided_ids(config: Configuration, statements: Mapping[str, Statement], against: list[str] | None = None) -> list[str]:
    """Its members that count on neither side until a person marks them (`cmo code mark --supporting/--contradicting`):
    the one rule every command, table, pack and export reads a member's side by. A member is undecided where its outcome
    reads as not following ("no effect on lasting return to work", "did not increase social support") while other
    members say the outcome followed, nobody marked it, its coder did not flag it and no list names it as contradicting,
    and it is neither a denial in line with the others (`denial_in_line`: "nobody was readmitted" beside "fewer
    readmissions") nor what the configuration's own words say (`says_it_as_worded`: a configuration worded as a null
    finding, or from its deficit). A converse member ("no private space → distress did not change") is never listed as
    contradicting (`proposed_against`), but whether it is the configuration seen from the other side is a person's call.
    Counted as support by default, such a null result set labels like "strong" (trials AH 2, AI 4, AJ 2); it is no
    evidence against either until a person says so.
    `statements` must hold whole statements: a standing (`Store.statement_standings`) has no outcome to read."""
    against = set(contradicting_ids(config, statements) if against is None else against)
    if config.retired:
        return []
    members = [statements[sid] for sid in config.statements if sid in statements and sid not in against]
    members = [m for m in members if isinstance(m, Statement) and not getattr(m, "detached", False)]
    holding = [m for m in members if not reads_against(m)]
    if not holding:  # none says the outcome followed: what it holds is that it did not
        return []
    held = {m.id for m in holding}  # by id: comparing whole statements costs a listing of 459 configurations seconds
    nulls = [m for m in members if m.id not in held]
    return [m.id for m in members if left_undecided(m, config, holding) or followed_beside_null(m, config, nulls)]


def followed_beside_null(member: Statement, config: Configuration, nulls: list[Statement]) -> bool:
    """Whether a member that says the outcome followed counts on neither side of a configuration worded as a null or
    reversed finding: the mirror of `left_undecided`. The configuration's own outcome reads as not following ("sick leave
    days similar across groups", "attendance did not improve"), some other member says so as it is worded (`nulls`, the
    members whose outcome reads as not following), and this one's outcome reports a gain, a thing that went one way and
    no harm (`outcome_directions`, `reports_harm`: "increased work participation"; not "later return to work" nor "the
    employer is rarely involved", which say no gain), nobody marked it, no list names it and its coder did not flag it,
    and it is neither in line with the configuration's words (`denial_in_line`: "fewer readmissions" beside "nobody was
    readmitted") nor says what they say (`says_it_as_worded`). A positive trial counted as support of a null one (trial
    AH 1: "moderate: 2 sources") is evidence for neither until a person says which side it is on."""
    said = (config.outcome or "").strip()
    if config.retired or not reports_a_gain_beside_null(member, config):
        return False
    if reads_against(member) or member.contradicts or member.id in config.contradicting or config.id in member.stance:
        return False
    if not any(m.id != member.id and says_it_as_worded(m, config) for m in nulls):
        return False  # no member says what its words say: a person worded the converse of what its members found
    worded = member.model_copy(update={"context": config.context, "mechanism": config.mechanism, "outcome": said})
    return not denial_in_line(worded, [member]) and not says_it_as_worded(member, config)


def reports_a_gain_beside_null(member: Statement, config: Configuration) -> bool:
    """Whether a member's outcome reports a gain, a thing that went one way and no harm (`outcome_directions`,
    `reports_harm`: "increased work participation", "higher attendance at the youth club"; not "later return to work"),
    where the configuration's own outcome reads as not following: what `followed_beside_null` leaves undecided when a null
    member says the configuration's words, so that refine never says such a member counts as support."""
    said, outcome = (config.outcome or "").strip(), (member.outcome or "").strip()
    if not said or not outcome or not outcome_is_negative(said):
        return False
    return bool(outcome_directions(outcome)) and not reports_harm(outcome)  # "later return to work": no measured gain


def left_undecided(member: Statement, config: Configuration, holding: list[Statement]) -> bool:
    """Whether a member of a configuration, not listed against it, counts on neither side (`undecided_ids`), beside
    `holding`, the members that say the outcome followed: the one reading refine, `configs new`/`attach`, `code` and a
    round's check say it by. Beside a configuration worded as a barrier (`worded_as_barrier`) or as an outcome that did
    not follow ("deprescribing is deferred or not started"), a member that reads as not following ("tailoring of
    medicines is not done routinely") says what its words say, in line (trial AP 11). A member that only says the evidence
    is uncertain ("mixed evidence on substance use outcomes", `outcome_is_uncertain`) beside members that tell a result
    is on neither side either (trial CF 7: Miler et al.'s review counted as a third source behind "peer support → housing
    retention")."""
    if config.retired or not holding or member.contradicts or member.id in config.contradicting or config.id in member.stance:
        return False
    if outcome_is_uncertain(member.outcome or "") and not outcome_is_uncertain(config.outcome or ""):
        return any(tells_a_result(m.outcome or "") for m in holding if m.id != member.id)
    if not reads_against(member):
        return worse_of_another_thing(member, config, holding) or (
            claims_one_kind_better(member, config) and not worded_as_barrier(config)
        )
    if worded_as_barrier(config) or outcome_is_negative(config.outcome or ""):
        return False
    return not denial_in_line(member, holding) and not says_it_as_worded(member, config)


def _things_of(outcome: str | None) -> set[str]:
    """The things an outcome names (`_things_named`), without its people (`outcome_people`: "carer workload" names a
    workload, "carer" its people)."""
    return _things_named(_as_worded(outcome or "")) - outcome_people(outcome or "")


UNDECIDED_BECAUSE = {
    "uncertain": "the evidence it tells of is uncertain",
    "worse": "it tells of things going worse in words naming nothing the configuration's outcome names",
    "kinds": "it finds no difference between two kinds of provider where the configuration says one kind makes the difference",
    "opposite": "its outcome and the configuration's go opposite ways (one says the outcome followed, the other that it did not)",
    "other": "it finds no change in a thing that neither the configuration's outcome nor its members' name",
}
"""Why a member counts on neither side (`undecided_because`), as the label's reason says it."""


def undecided_because(member: Statement, config: Configuration, statements: Mapping[str, Statement]) -> str:
    """Which of `left_undecided`'s and `followed_beside_null`'s readings left a member undecided, a key of
    `UNDECIDED_BECAUSE`, read in their order, so `configs show` names the one that applied, never all four (helper H2);
    "" for a standing (no outcome to read). Read only for the members `undecided_ids` gave. A member that finds no
    change in a thing none of the others nor the configuration's outcome names (`_things_named`: "no difference in
    carer satisfaction" beside "carer workload increased", sharing only their people) is said to be of another thing,
    not to go the opposite way (helper K5): whether it belongs here at all is the team's call."""
    if not isinstance(member, Statement):
        return ""
    if outcome_is_uncertain(member.outcome or "") and not outcome_is_uncertain(config.outcome or ""):
        return "uncertain"
    members = [statements[sid] for sid in config.statements if isinstance(statements.get(sid), Statement)]
    holding = [m for m in members if not reads_against(m)]
    if reads_against(member):
        theirs = set().union(*(_things_of(o.outcome) for o in holding), _things_of(config.outcome))
        mine = _things_of(member.outcome)
        return "other" if mine and not mine & theirs else "opposite"  # "no difference in carer satisfaction" (K5)
    if worse_of_another_thing(member, config, holding):
        return "worse"
    if claims_one_kind_better(member, config) and not worded_as_barrier(config):
        return "kinds"
    return "opposite"  # what followed, beside a configuration worded as a null finding (`followed_beside_null`)


def worse_of_another_thing(member: Statement, config: Configuration, holding: list[Statement]) -> bool:
    """Whether a member whose outcome reads as following tells of things going the worse way (`_goes_worse`: "skills
    declined and errors increased") beside a configuration whose outcome tells of things going better (`_goes_better`),
    as most of its other members' do, and none of theirs of things going worse, in words that name nothing they name
    (`_same_thing`): whether it is the same outcome gone the other way, or another outcome
    altogether, only a person reading the study can say, so it counts on neither side until one marks it. Counted as
    support by default, bad news of another thing made "quality of counselling improved" stronger (F1, from a benchmark
    tester's note). Where it names their thing, the rules of directions decide (`point_opposite_ways`: "errors increased"
    beside "fewer errors"); beside a configuration of what goes wrong (`worded_as_barrier`) it is in line."""
    mine = member.outcome or ""
    if not mine.strip() or not _goes_better(config.outcome or "") or not _goes_worse(mine):
        return False  # the configuration's own words first: read once, as most tell of no gain
    theirs = [o for o in [config.outcome, *(m.outcome for m in holding if m.id != member.id)] if o and o.strip()]
    if not theirs or any(_goes_worse(o) for o in theirs) or 2 * sum(map(_goes_better, theirs)) <= len(theirs):
        return False  # each remembered: read once a listing, however many members
    if not any(_gain_said(o) for o in theirs):
        return False  # only things rising that nobody said are wanted: "documentation time increased" (RH3)
    if worded_as_barrier(config) or outcome_is_negative(config.outcome or ""):
        return False
    return not any(_same_thing(mine, o) for o in theirs)


def _goes_worse(outcome: str) -> bool:
    """Whether an outcome tells of things going the worse way: a harm reported (`reports_harm`: "errors increased") or a
    change judged for the worse (`_judged`: "skills declined", "care worsened", a thing the team wants said to fall)."""
    return _goes_worse_read(outcome, active_outcome_valence())


@lru_cache(maxsize=65536)
def _goes_worse_read(outcome: str, _said: tuple) -> bool:
    """`_goes_worse`, remembered by the outcome and the team's word it was read by: a listing reads each member's
    outcome beside every other member's of its configuration."""
    return reports_harm(outcome) or any(_judged(things, sign) < -1 for things, sign in _directions_read(outcome, False))


def _goes_better(outcome: str) -> bool:
    """Whether an outcome tells of things going the better way: a change judged for the better, or a rise of a thing not
    known as a harm ("quality improved", "more accurate case management"), or a harm going down ("fewer falls")."""
    return _goes_better_read(outcome, active_outcome_valence())


@lru_cache(maxsize=65536)
def _goes_better_read(outcome: str, _said: tuple) -> bool:
    return any(
        (sign < 0) if outcome_valence(things) < 0 else _judged(things, sign) > 0
        for things, sign in _directions_read(outcome, False)
    )


def _gain_said(outcome: str) -> bool:
    """Whether an outcome says a gain in words, not only a rise: a change judged for the better ("quality improved"),
    a rise of a thing people want (`outcome_valence`: the team's word or cmo's lists) or a harm going down ("fewer
    falls"), as `_goes_worse` reads only those the worse way. A rise of a thing nobody said is wanted ("documentation
    time increased", "workload increased") tells no gain by itself: where no outcome of a configuration says one, a
    member's harm ("staff stress rose") is no worse news beside better, and counts as its words decide (RH3: such a
    member was left undecided as bad news beside good)."""
    return _gain_said_read(outcome, active_outcome_valence())


@lru_cache(maxsize=65536)
def _gain_said_read(outcome: str, _said: tuple) -> bool:
    return any(
        (sign < 0) if outcome_valence(things) < 0 else _judged(things, sign) > 1
        for things, sign in _directions_read(outcome, False)
    )


def worded_as_barrier(config: Configuration) -> bool:
    """Whether a configuration's outcome, as it is worded now, says what goes wrong (`reports_harm`: "poor
    self-management") or what is withheld (`reports_withholding`: "they hold back information"): a barrier, where a
    member's denial ("patients did not follow treatment advice", "they do not engage") says that barrier in other words,
    never that the outcome did not follow (trial AL 11; AM 6: read from the words after `configs edit`, not from those
    the members were first read beside). So does one telling of things going the worse way (`_goes_worse`: "staff
    skills declined", "lower fidelity on service philosophy items"; helper H2: "residents disengage from support" beside
    it was left undecided, though both tell of things going worse)."""
    said = config.outcome or ""
    return bool(said.strip()) and not outcome_is_negative(said) and (reports_harm(said) or _withholds(said) or _goes_worse(said))


def supporting_contexts(config: Configuration, statements: Mapping[str, Statement]) -> list[str]:
    """The contexts of the members that support it as it is worded, for its key contexts: a contradicting member's
    context is where the configuration did not hold, never one it is key to; nor is a converse member's, which supports
    it from the other side ("discharged without being asked → did not feel safe" beside "invited to say what matters →
    felt more prepared", trial P; `says_it_as_worded`). A reader is never told it holds where it did not. A person's
    mark (`cmo code mark --supporting`) decides how its outcome reads beside the configuration's (`_outcome_as_worded`:
    one side of an outcome worded two ways, trial AH 5), never that a converse member says it as worded. Nor is a
    context that points the other way from the configuration's own ("young people at lower risk" under "young people at
    higher risk", trial AM 8: `point_opposite_ways`): the configuration is said of the other. Nor a context denying the
    very thing the configuration works through ("screening with referral but no follow-up" under follow-up by a known
    worker, trial AO 2), nor one naming a study only its source names ("GPs in the OPTI-SCRIPT practices", AP):
    `key_contexts.gives_key_context`. A member a person marked supporting that withholds nothing the configuration
    asserts says it as worded, whatever words its outcome uses (`_marked_as_worded`; trial CQ: "telephone demand reduced
    only partly", marked supporting of "GP workload is not reduced", and "some gave up seeking care", marked supporting
    of "inequalities in access widen", were left out, and the key contexts named one study of four). A member a person
    marked supporting that is the configuration's converse, its outcome the opposite where its mechanism is turned round
    (`marked_converse`: "nurses mistrust the scores → act on alerts less often" under "nurses trust the scores → act on
    alerts more often"), still counts as support, as the person said, but its context is where the configuration's
    outcome did not follow, and is left out (trial DB S12); `cmo code mark` says so."""
    return [
        statements[sid].context
        for sid in supporting_ids(config, statements)
        if sid in statements
        and (
            _unread_beside(statements[sid], config)
            or (
                (says_it_as_worded(statements[sid], config) or _marked_as_worded(statements[sid], config))
                and (
                    (_stance(statements[sid], config.id) == "supporting" and not marked_converse(statements[sid], config))
                    or _outcome_as_worded(statements[sid], config)
                )
            )
        )
        and not (statements[sid].context and config.context and point_opposite_ways(statements[sid].context, config.context))
        and gives_key_context(statements[sid], config, statements)  # not where its resource was missing, nor one study's name
    ]


def _unread_beside(member: Statement, config: Configuration) -> bool:
    """Whether a member or the configuration is written in another language (`_in_another_language`): English words of
    denial and harm cannot tell whether the member says it as worded, so a member counted as support gives its context
    as it counts (RH3, trial CP on the integrated code: "ppl dont seek checks → less than half aware", counted as support
    of a French configuration saying the same, lost its context from key contexts once "dont" read as a denial)."""
    return _in_another_language(config) or _in_another_language(member)


def marked_converse(member: Statement, config: Configuration) -> bool:
    """Whether a member a person marked supporting is the configuration told from its other side: its outcome says the
    opposite of the configuration's (`opposite_outcomes`) and it is its converse (`is_converse`: its mechanism withholds
    or turns round what the configuration's says). The mark counts it as support, and its context is where the
    configuration did not hold, never a key context of it (`supporting_contexts`). So is one whose outcome reads as not
    following where the configuration's follows, in words that are no denial in line with it (`_outcome_as_worded`):
    the person counts it as support, so it can only be the configuration where its context was missing (trial K0:
    "nobody explains the procedure → patients feel ignored → patients did not trust staff", marked supporting of
    "patients are asked their name → feel recognised → trust the team", gave "nobody explains the procedure" as a key
    context; a denial the rules read as no opposite, as its object differs, "staff" beside "the team")."""
    if _stance(member, config.id) != "supporting" or not (member.outcome and config.outcome):
        return False
    if opposite_outcomes(member.outcome, config.outcome) and is_converse(member, [config]):
        return True
    return (
        outcome_is_negative(member.outcome)
        and not outcome_is_negative(config.outcome)
        and not outcome_is_uncertain(member.outcome)
        and not _outcome_as_worded(member, config)
    )


def _marked_as_worded(member: Statement, config: Configuration) -> bool:
    """Whether a person marked a member supporting (`cmo code mark --supporting`) and it is no converse by what it
    withholds (`says_it_as_worded`'s first reading: "discharged without being asked" beside "invited to say what
    matters" stays out) nor only uncertain where the configuration is not: the person's word decides which way its
    outcome reads beside the configuration's, as the strength counts it."""
    if _stance(member, config.id) != "supporting":
        return False
    if outcome_is_uncertain(member.outcome or "") != outcome_is_uncertain(config.outcome or ""):
        return False
    return not withholds(member, said_words(config)) or withholds(config, said_words(member))


def key_contexts_cleared(config: Configuration) -> bool:
    """Whether a person cleared a configuration's key contexts (`cmo configs edit C5 --key-contexts ""`): then it has
    none, and its members' contexts are never shown in their place (trial AW 9: "Baltimore" came back after clearing)."""
    return "key_contexts" in config.edited and not config.key_contexts.strip()


def shown_key_contexts(config: Configuration, statements: Mapping[str, Statement]) -> str:
    """What a reader sees as a configuration's key contexts (`wording.key_contexts`): a person's words, nothing where a
    person cleared them (`key_contexts_cleared`), else its supporting members' contexts (`supporting_contexts`)."""
    if key_contexts_cleared(config):
        return ""
    members = supporting_contexts(config, statements)
    return key_contexts(config.key_contexts, config.context, members, "context" in config.edited)


def _outcome_as_worded(member: Statement, config: Configuration) -> bool:
    """Whether a member's outcome says what the configuration's does: not the opposite (`opposite_outcomes`: "GPs use
    interpreters more often" beside "practitioners avoid using interpreters"), and, where one reads as not following and
    the other does not, only as a denial of the harm, withholding or lessening the other words it by ("not involved"
    beside "their voice is left out"; "no discharges to the street" beside "fewer discharges to the street"). "Consultations
    go ahead with no interpreter at all" says the opposite of "interpreters are booked", whatever its context and
    mechanism withhold (AF 3: the context of practices with no funded service was given as key to funding). Nor does a
    member that tells where things went wrong (`_went_wrong`: "difficulty using the devices → errors in readings") beside
    a configuration that tells none ("ease of use → high adherence to daily readings"; trials AH 5, AK 7), nor one that
    tells only of things going well (`_goes_well`: "lessons about the condition → more confident decisions") beside a
    configuration that tells where they went wrong ("confusion about the condition → anxiety", trial AS 2)."""
    mine, its = member.outcome or "", config.outcome or ""
    if not mine or not its:
        return True
    if opposite_outcomes(mine, its):
        return False
    if not outcome_is_negative(mine) and not outcome_is_negative(its) and _went_wrong(member) and not _went_wrong(config):
        return False  # "difficulty using the devices → errors in readings" beside "ease of use → high adherence" (AK 7)
    if _went_wrong(config) and _goes_well(member):
        return False  # "lessons about the condition → more confident decisions" beside "confusion → anxiety" (trial AS 2)
    if outcome_is_uncertain(mine) or outcome_is_negative(mine) == outcome_is_negative(its):
        return True
    denied, held = (mine, its) if outcome_is_negative(mine) else (its, mine)
    holding = Statement(id="", source="", outcome=held)
    return worded_by_absence([holding]) or denies_what_others_lessen(denied, [holding])


def _goes_well(member: Statement) -> bool:
    """Whether a statement tells only of things going well: its outcome gives something a rise (`outcome_directions`:
    "more confident participation", "higher attendance") and nothing in its context, mechanism or outcome reports a harm,
    a withholding or a denial. Beside a configuration that tells where things went wrong (`_went_wrong`), it tells the
    other side, so its context is where the barrier was not met."""
    outcome = member.outcome or ""
    if outcome_is_negative(outcome) or not any(sign > 0 for sign in outcome_directions(outcome).values()):
        return False
    parts = (member.context or "", member.mechanism or "", outcome)
    return not any(reports_harm(part) or reports_withholding(part) or denies(part) for part in parts)


def _went_wrong(cmo: Statement | Configuration) -> bool:
    """Whether a statement tells where things went wrong: its outcome reports something bad (`reports_harm`, said before
    any "than", which names what it is compared with) and its mechanism does too, denies or holds back
    (`reports_withholding`: "landlords are reluctant to let to them → finding a flat was a recurring difficulty", trial
    AQ 2), or its context denies ("clinicians and workplace never communicate → conflicting advice and delayed return";
    "difficulty using the devices → errors in readings"). A harm word in the outcome alone ("sick leave is planned")
    tells no failure."""
    outcome = re.split(r"\bthan\b", cmo.outcome or "")[0]
    if not reports_harm(outcome):
        return False
    mechanism = cmo.mechanism or ""
    return reports_harm(mechanism) or denies(mechanism) or reports_withholding(mechanism) or denies(cmo.context or "")


def says_it_as_worded(member: Statement, config: Configuration) -> bool:
    """Whether a member says what the configuration's own words say, not its converse. Beside a configuration whose
    words withhold nothing, it withholds nothing either (`withholds`: "decided on the ward round without them; their
    knowledge is not wanted → unprepared" beside "invited to say what matters → more prepared") and its outcome reads
    as following. Beside one worded from its deficit ("staff plan around services instead of asking the person → their
    voice is left out"), a member that withholds too agrees, whatever words its outcome uses ("they do not have the
    energy to take part → not involved"), and one that does not is its converse only where its outcome reads the other
    way ("a health worker checks on mothers → they attend" beside "no health worker → mothers did not attend"): a
    deficit is often told without a denial ("they wait for assessments and packages"). A member that only says the
    evidence is uncertain (`outcome_is_uncertain`) says what a configuration worded so says, and no other's."""
    if outcome_is_uncertain(member.outcome or "") != outcome_is_uncertain(config.outcome or ""):
        return False  # "not enough evidence that it improves" beside "it improves", or the other way round
    worded, withheld = withholds(config, said_words(member)), withholds(member, said_words(config))
    if withheld:
        return worded
    return not (member.outcome and config.outcome) or outcome_is_negative(member.outcome) == outcome_is_negative(config.outcome)


def proposed_against(
    members: list[str],
    statements: Mapping[str, Statement],
    about_same: Callable[[str, list[str]], bool],
    outcome: str | None = None,
) -> list[str]:
    """The members refine lists as contradicting: the wording rule, where it makes sense.

    A member cuts against the configuration when its outcome is absent or reversed (or its coder flagged
    it) while others' outcome holds, and it is about the same context and mechanism as those others
    (`about_same(member, positive_members)`, the review's similarity above its corpus threshold): a
    converse statement, with another mechanism, supports rather than contradicts; so does one that withholds the
    mechanism or context the others assert (`is_converse`: "nobody owns the whole pathway → the pathway is not
    sustained" beside "staff own the pathway → it is sustained", trial P). Where more of the members about the same say the
    outcome did not follow than say it did (a null finding), that is what the configuration holds, and the members
    saying it did cut against it, unless they assert what those withhold (the converse of a
    configuration worded from its deficit: "staff invite questions → took an active part" beside "no relative to speak
    for them, staff plan around services → not involved"). So does a member whose outcome follows but
    gives a thing the opposite direction to most of those that speak of it ("more households visited" beside "fewer
    households are visited", `pointing_the_other_way`), and, where most members say the outcome did not follow, one
    that says the very change one of them denies did come ("stigma is reduced" beside "stigma did not reduce",
    `asserting_what_is_denied`), whatever its context and mechanism. A member that only says the evidence is uncertain
    (`outcome_is_uncertain`) is on neither side and is never flagged unless its coder flagged it. A null comparison
    (`compares_null`: "usual care linked just as well", "no greater fall than insurance alone") speaks of whether the
    change came whatever its context and mechanism, and is never a converse: it is about the same as every member, and
    every member as it (trial AB). Never all members.

    `outcome`: the configuration's outcome as a person worded it, when one did. Worded as a null comparison or an
    equivalence ("blood pressure falls about as much as with insurance alone", "outcomes as good as hospital care"), it
    is what its null comparisons say, so none of them goes against it (trial AC; re-trial AB N1); worded as a change
    that came, a null comparison goes against it only where it speaks of the same thing (`_same_thing`: "mortality no
    worse" says nothing against "less time in bed"). Worded as a change that did not come ("GP workload is not reduced"),
    a member denying that very change of that thing ("no reduction in demand" beside "workload increased") says what the
    configuration says and never goes against it, whatever another member reports (`_denies_as_worded`; trial CQ: a
    member marked supporting, "demand reduced only partly", made refine list the study saying "no reduction" against a
    configuration worded "not reduced").
    """
    flagged = _proposed_against(members, statements, about_same)
    holding = [statements[sid].outcome for sid in members if sid not in flagged and not reads_against(statements[sid])]
    holding += [outcome] if outcome and not outcome_is_negative(outcome) else []  # a person's words speak of it too
    flagged = [
        sid for sid in flagged if statements[sid].contradicts or not _null_of_another_thing(statements[sid].outcome, holding)
    ]
    if outcome:
        flagged = [sid for sid in flagged if statements[sid].contradicts or not says_as_worded(statements[sid].outcome, outcome)]
    if outcome and not compares_null(outcome):
        flagged = [
            sid
            for sid in flagged
            if statements[sid].contradicts
            or not compares_null(statements[sid].outcome)
            or _same_thing(statements[sid].outcome, outcome)
        ]
    return flagged


def says_as_worded(member: str | None, worded: str | None) -> bool:
    """Whether a member's outcome says what a configuration worded as not following says (`worded`): both null
    comparisons ("no difference in mortality at 6 months" beside "little or no difference in mortality at six months"),
    or a denial of the very change of the very thing it denies (`_denies_as_worded`). Such a member is never against the
    configuration, whatever it was flagged as where it stood before (helper H0: a split made "no difference in
    mortality" contradict the configuration worded "little or no difference in mortality" it split off with)."""
    if not member or not worded:
        return False
    return (compares_null(worded) and compares_null(member)) or _denies_as_worded(member, worded)


def _null_of_another_thing(outcome: str, holding: list[str]) -> bool:
    """Whether an outcome of several parts (a list its coder parted with ";") says in one part that a change came and
    finds, in its others, no difference only in things no member that holds speaks of (`_same_thing`): a trial that
    reports the change the configuration says came ("higher carer satisfaction") and a null on another measure ("no
    difference in days at home") tells nothing against it (trial DB: the TEAM trial listed against a configuration about
    carers welcomed as partners). It is then no contradiction of its own accord; where its null part speaks of a thing a
    holding member speaks of ("more days at home"), it still goes against."""
    parts = [part.strip() for part in (outcome or "").split(";") if part.strip()]
    if len(parts) < 2 or not holding:
        return False
    nulls = [part for part in parts if outcome_is_negative(part)]
    if not nulls or len(nulls) == len(parts) or not all(compares_null(part) for part in nulls):
        return False
    return not any(_same_thing(part, other) for part in nulls for other in holding)


def _denies_as_worded(member: str, worded: str) -> bool:
    """Whether a member's outcome denies what a configuration's outcome, worded as not following, denies: both read as
    not following, of the same thing (`_same_thing`), and neither says a thing went, or was denied going, the way the
    other says it did not: "no reduction in demand, workload increased" beside "workload is not reduced and often
    increases", not "no increase in workload" beside it (a rise denied where the configuration denies a fall)."""
    if not member or not worded or not outcome_is_negative(member) or not outcome_is_negative(worded):
        return False
    if compares_null(member) or compares_null(worded) or not _same_thing(member, worded):
        return False
    mine = {**outcome_directions(member), **{t: -2 * s for t, s in denied_directions(member).items()}}
    its = {**outcome_directions(worded), **{t: -2 * s for t, s in denied_directions(worded).items()}}
    return not any(its.get(thing, 0) * sign < 0 for thing, sign in mine.items())


_COMPARED_WITH = re.compile(r"\b(?:compared (?:with|to)|relative to|versus|vs|in comparison (?:with|to))$")


_WHEN_MEASURED = frozenset(
    "second minut hour day week fortnight month year later one two three four five six seven eight nine ten eleven twelv".split()
)
"""Stems of the words that say when an outcome was measured ("at six months", "12 weeks later"), not what."""


def _same_thing(one: str, other: str) -> bool:
    """Whether two outcomes speak of the same thing: a content word in common (or one's stem beginning the other's) once
    their denials, directions and what each is compared with ("than insurance alone", "similar to bed-based care") are
    set aside (`outcome_asserted`), and with them, where each names something besides, when it was measured (helper H0:
    "no difference in mortality at 6 months" went against "fewer living in residential care at 6 months") and the people
    it was measured in (`_names_people`: "no difference in carer satisfaction" is of satisfaction, not of "carer workload
    increased"; "pupils did just as well", naming nothing else, is of the pupils still)."""
    from cmo.synthesis.terms import terms  # everyday commands read evidence without numpy and scipy

    def thing(outcome: str) -> set[str]:  # "functional gain similar to bed-based care" → functional gain
        worded = _as_worded(outcome)
        null = NULL_COMPARISON.search(worded)
        if null and re.search(r"\b(?:to|with|as|than|between|among|across|in both)$", null.group(0)):
            # a denied change before "compared with" holds its thing: "no change in self efficacy … compared with"
            said = _COMPARED_WITH.sub("", null.group(0))
            worded = worded[: null.start()] + (said if said != null.group(0) else "")
        elif null:  # what "just as well" is compared "as" is no thing measured: "as those in the intervention schools"
            rest = worded[null.end() :]
            worded = worded[: null.start()] + " " + ("" if re.match(r"\s*as\b", rest) else rest)
        found = {t for t in terms(outcome_asserted(re.split(r"\bthan\b", worded)[0])) if _content(t)}
        # when it was measured ("at 6 months") is no thing of its own, where the outcome names one besides (helper H0)
        found = {t for t in found if t not in _WHEN_MEASURED} or found
        # nor are the people it was measured in (helper H0: "no difference in carer satisfaction" went against "carer
        # workload increased"), where it names a thing besides: "pupils did just as well" is of the pupils still
        people = {_content(w) for w in _as_worded(outcome).split() if _names_people(w)}
        return {t for t in found if t not in people}, found

    # one word's stem begins the other's ("link" and "linkage"): one thing in another form
    (ones, one_all), (others, other_all) = thing(one), thing(other)
    if not ones or not others:  # one names only its people ("pupils did just as well"): of whatever is said of them
        ones, others = one_all, other_all
    return any(a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))) for a in ones for b in others)


def _proposed_against(
    members: list[str], statements: Mapping[str, Statement], about_same: Callable[[str, list[str]], bool]
) -> list[str]:
    unsure = {
        sid
        for sid in members
        if not statements[sid].contradicts
        and (outcome_is_uncertain(statements[sid].outcome) or _in_another_language(statements[sid]))
    }  # English words cannot tell whether a statement in another language says its outcome followed (`outcome_side`)
    positive = [sid for sid in members if statements[sid].outcome and not reads_against(statements[sid]) and sid not in unsure]
    denying = _denying_a_harm_reported(positive, members, statements)
    positive = [sid for sid in positive if sid not in denying]
    if not positive:
        return []
    nulls = {sid for sid in members if sid not in unsure and compares_null(statements[sid].outcome)}
    if nulls:  # a null comparison speaks of whether the change came, whatever its context and mechanism
        about_same = _with_nulls(about_same, nulls)
    holding = [statements[sid] for sid in positive]
    negative = [
        sid
        for sid in members
        if sid not in positive and sid not in unsure and not statements[sid].contradicts and statements[sid].outcome
    ]
    beside = [statements[sid] for sid in negative]
    null_side = [  # a converse member says what the others say, from the other side: never part of a null finding
        sid
        for sid in negative
        if not denial_in_line(statements[sid], holding, beside) and (sid in nulls or not is_converse(statements[sid], holding))
    ]
    negative = [sid for sid in null_side if about_same(sid, positive)]
    if len(negative) > len(positive):  # most of the like ones say it did not follow: what it holds; the rest cut against it
        side = [statements[sid] for sid in negative]
        flagged = [
            sid
            for sid in members
            if statements[sid].contradicts
            or (sid in positive and about_same(sid, negative) and not is_converse(statements[sid], side))
        ]
    else:
        side = [statements[sid] for sid in positive]
        flagged = [
            sid
            for sid in members
            if sid not in positive
            and (
                statements[sid].contradicts
                or (
                    (reads_against(statements[sid]) or sid in denying)
                    and not denial_in_line(statements[sid], side, beside)
                    and not low_among_falls(statements[sid].outcome, side)
                    and about_same(sid, positive)
                    and (sid in nulls or not is_converse(statements[sid], side))
                )
            )
        ]
    flagged += [sid for sid in pointing_the_other_way(positive, statements, about_same) if sid not in flagged]
    if len(null_side) < len(positive):  # a null result of the very change most report: against, whatever its C and M (AE 1)
        flagged += [sid for sid in null_side if sid not in flagged and denying_what_is_asserted(sid, positive, statements)]
    if len(null_side) > len(positive):
        deniers = [sid for sid in null_side if sid not in flagged]
        flagged += [sid for sid in asserting_what_is_denied(positive, deniers, statements) if sid not in flagged]
    flagged = [sid for sid in members if sid in flagged]
    return [] if len(flagged) == len(members) else flagged


def _denying_a_harm_reported(positive: list[str], members: list[str], statements: Mapping[str, Statement]) -> set[str]:
    """The members whose outcome, read alone, holds because it denies a harm rose (`DENIED_RISE_OF_HARM`: "carer burden
    not increased", trial CF 1) where another member reports that very harm as happening (`_denies_a_harm_they_report`:
    "carer burden, often unmeasured") or that very rise (`denying_what_is_asserted`: "falls increased"): beside them
    the denial says the harm they tell of did not come, against them (trial CI 1); or where another member denies the
    harm fell ("stigma did not reduce"): the two denials say together that it did not change, a null finding (trial Y).
    Beside members about something else ("housing retention") it is the outcome held."""
    found = set()
    for sid in positive:
        others = [other for other in positive if other != sid]
        opposite = {thing: -sign for thing, sign in denied_directions(statements[sid].outcome or "").items()}
        if (
            _denies_a_harm_they_report(statements[sid].outcome, [statements[other] for other in others])
            or denying_what_is_asserted(sid, others, statements)
            or any(_agreed(denied_directions(statements[o].outcome or ""), opposite) for o in members if o != sid)
        ):
            found.add(sid)
    return found


def _with_nulls(about_same: Callable[[str, list[str]], bool], nulls: set[str]) -> Callable[[str, list[str]], bool]:
    """`about_same`, where a null comparison (`compares_null`) is about the same as any member and any member as it."""
    return lambda sid, others: sid in nulls or any(o in nulls for o in others if o != sid) or about_same(sid, others)


def against_by_hand(members: list[str], statements: Mapping[str, Statement]) -> list[str]:
    """The members of a configuration a person made from `members` (`cmo configs new`) that cut against it: the one
    rule (`proposed_against`), where the person who put them together said they are about the same context and
    mechanism, so that a finding and its null result ("length of stay did not fall" beside "length of stay falls";
    "usual care linked just as well") are told as contested at once, not counted as two sources of support (trial AA).
    The configuration is then worded from a member not listed here."""
    return proposed_against([sid for sid in members if sid in statements], statements, lambda sid, others: True)


def asserting_what_is_denied(ids: list[str], deniers: list[str], statements: Mapping[str, Statement]) -> list[str]:
    """Of statements whose outcomes follow (`ids`), those that say a thing went the very way one of `deniers` says it did
    not ("students' stigma is reduced" beside "students' stigma did not reduce more"; `denied_directions`): the
    opposite finding on one outcome. "Stigma did not rise" denies no fall, and two denials oppose nothing."""
    denied = [denied_directions(statements[sid].outcome) for sid in deniers]
    return [sid for sid in ids if any(_agreed(outcome_directions(statements[sid].outcome), d) for d in denied)]


def denying_what_is_asserted(sid: str, ids: list[str], statements: Mapping[str, Statement]) -> list[str]:
    """Of statements whose outcomes follow (`ids`), those that report the very change `sid` says did not come: a thing
    its outcome names went the way `sid` denies ("total antibiotic prescribing did not decrease" beside "less antibiotic
    prescribing"; "readmissions did not fall" beside "fewer readmissions", `denied_directions`). A null result of the
    change the configuration claims, which goes against it whatever its context and mechanism, unless it is the
    converse or in line (the caller sets those aside). "Did not rise" denies no fall; a thing the other outcome does
    not name ("resistance did not fall" beside "fewer antibiotic courses") is another finding."""
    denied = denied_directions(statements[sid].outcome or "")
    if not denied:
        return []
    found = []
    for other in ids:
        outcome = statements[other].outcome or ""
        named = {_content(w) for w in outcome_asserted(outcome).split()} - {None}
        signs = set(outcome_directions(outcome).values())
        if any(sign in signs and thing in named for thing, sign in denied.items()):
            found.append(other)
    return found


def pointing_the_other_way(
    ids: list[str], statements: Mapping[str, Statement], about_same: Callable[[str, list[str]], bool]
) -> list[str]:
    """Of statements whose outcomes follow, those that give a thing the opposite direction to more of the others than
    give it theirs ("more households visited" beside two saying "fewer households are visited"), about the same context
    and mechanism as those others (`about_same`), unless it is their converse (`is_converse`: "staff mistrusted the
    tool → used it less" beside "staff trusted the tool → used it more"). Neither side of a tie is."""
    directions = {sid: outcome_directions(statements[sid].outcome) for sid in ids}
    against = []
    for sid in ids:
        other_way = [o for o in ids if o != sid and point_opposite_ways(statements[sid].outcome, statements[o].outcome)]
        same_way = [o for o in ids if o != sid and o not in other_way and _agreed(directions[sid], directions[o])]
        if len(other_way) > len(same_way) + 1 and about_same(sid, other_way):
            if not is_converse(statements[sid], [statements[o] for o in other_way]):
                against.append(sid)
    return against


def reads_against(statement: Statement) -> bool:
    """Coder-flagged, or an outcome that is absent or reversed: the wording rule for one statement."""
    return statement.contradicts or bool(statement.outcome and outcome_is_negative(statement.outcome))


_DENIES = lazy_pattern(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|lack|lacks|lacked|lacking|absence|absent|cannot|can not|"
    r"unable|\w+n t|fail|fails|failed|failing|instead of \w+ing)\b"
)
"""The words that deny what a mechanism speaks of: the outcome's denials, and "without", "lack", "absent", "instead of"
doing ("staff turn to relatives instead of asking the older person"; not "a flexible approach instead of a fixed
pathway", which puts one thing for another)."""
_SPARED = lazy_pattern(rf"\b(?:without|free of|free from|lack of)\s+(?:(?:{_LIGHT})\s+){{0,3}}(?:{_ADVERSE})\b")
"""Care given "without stigma", "free from fear", "without being judged": something bad spared, which denies nothing."""


def denies(text: str) -> bool:
    """Whether a mechanism denies what it speaks of ("nobody owns the whole pathway", "they did not feel supported",
    "without peer accountability", "a lack of clear roles"). A denial of something bad ("they no longer felt
    isolated", "care given without stigma"), a concession ("despite no regular pay") or "not only … but also" denies
    nothing, as in an outcome."""
    return bool(_DENIES.search(_as_denied(text)))


_SUBJECT_OPENS = lazy_pattern(r"\b(?:so|so that|because|since|as|which|who|that|when|where|if|then)\b")
"""Words that open a clause of its own inside a clause ("assesses at home so admission is not needed")."""


def denied_subject(text: str) -> str:
    """Of what a mechanism denies (`denies`), whom or what it is denied of: the words of the denial's clause before it,
    folded ("physicians do not act on recommendations" → "physicians"; "a team treats at home so admission is not needed"
    → "admission is", as "so" opens a clause of its own); "" where the denial opens its clause ("nobody owns the
    pathway", "without a key worker")."""
    worded = _as_denied(text)
    found = _DENIES.search(worded)
    if not found:
        return ""
    before = _CLAUSES.split(worded[: found.start()])[-1]
    return _SUBJECT_OPENS.split(before)[-1].strip()


def denied_part(text: str) -> str:
    """What a mechanism denies (`denies`), as the words of its clause after the denial, folded: "physicians do not act
    on recommendations" → "act on recommendations", "without peer accountability" → "peer accountability"; "" when it
    denies nothing. Who does not do it ("physicians") stays out: it is what is denied of them; and so do a clause
    joined after it ("no rush and they had time" denies a rush, `_CLAUSES`) and the words a denial reaches its object
    over ("did not feel hurried" denies "hurried", `_LIGHT`)."""
    worded = _as_denied(text)
    found = _DENIES.search(worded)
    words = _CLAUSES.split(worded[found.end() :])[0].split() if found else []
    return " ".join(words[next((i for i, w in enumerate(words) if not re.fullmatch(_LIGHT, w)), len(words)) :])


def _as_denied(text: str) -> str:
    """The mechanism folded, without what denies nothing (a harm spared, a concession, "not only")."""
    return _SPARED.sub(" ", _set_aside_denied_harms(_as_said(_folded(text or ""))))


def said_words(statement: Statement | Configuration) -> set[str]:
    """The content words its context and mechanism say (`wording.said_and_denied`)."""
    return said_and_denied(statement.context or "")[0] | said_and_denied(statement.mechanism or "")[0]


def withholds(statement: Statement | Configuration, said: set[str]) -> bool:
    """Whether its mechanism is denied (`denies`), or its context denies a thing in `said`, the words others say in their
    context and mechanism ("schools without a counsellor" beside "schools with a counsellor", `wording.said_and_denied`).
    A context that denies what no other statement speaks of ("mothers with no transport") tells who the people are, not
    that the configuration's context is absent."""
    return _withholds_mechanism(statement.mechanism, said) or bool(said_and_denied(statement.context or "")[1] & said)


_BUT = lazy_pattern(r"\b(?:but|yet|however)\b")


def _withholds_mechanism(mechanism: str, said: set[str]) -> bool:
    """Whether a mechanism is denied (`denies`). One that first says what happens and then, after "but", denies another
    thing ("case management coordinated community teams but did not change how emergencies were handled") withholds
    only where what it denies is among the words others say (`said`): it asserts their mechanism and adds a shortfall
    of its own, so an outcome that did not follow beside theirs is no converse of it (trial AC)."""
    if not denies(mechanism):
        return False
    first, *rest = _BUT.split(_as_denied(mechanism), maxsplit=1)
    if not rest or _DENIES.search(first) or not said_and_denied(first)[0]:
        return True
    return bool(said_and_denied(denied_part(mechanism))[0] & said)


def is_converse(member: Statement, side: list[Statement]) -> bool:
    """Whether a member whose outcome reads the other way from those of `side` (the members it would go against) says the
    same configuration from the other side, and so supports it: its outcome did not follow where it withholds the
    mechanism or context that `side` asserts ("discharged without being asked, nobody checked they could cope → did not
    feel safe" beside "invited to say what matters → felt more prepared", trial P), or followed where it asserts what
    `side` withholds ("staff who invite questions → took a more active part" beside "no relative to speak for them →
    not involved"). `side` is read as most of its members read; half of them, as the member's converse.

    An outcome giving a thing the opposite direction to theirs ("staff used the tool less" beside "staff used the tool
    more", `point_opposite_ways`) reads the other way as a denial does, and a mechanism that says the opposite of
    theirs (`_turned_round`: "staff mistrusted the tool" beside "staff trusted the tool", "less contact" beside "more
    contact") withholds it as a denial does: "mistrust → less use" beside "trust → more use" is the configuration
    from its other side, while "trust → less use" beside it is a finding against it."""
    if not side:
        return False
    own, said = said_words(member), set().union(*(said_words(s) for s in side))
    # a side member withholding what the member says counts against its being the converse, unless the member withholds
    # what that one says too: each denies what the other asserts, one configuration told from both sides (trial CQ:
    # "no champion → staff see it as an add-on → not sustained" beside "a champion → normal work, not an add-on →
    # embedded and sustained" was listed as contradicting, the study shown for and against its own finding)
    withheld = sum(withholds(s, own) and not withholds(member, said_words(s)) for s in side)
    if not outcome_is_negative(member.outcome or "") and _points_against(member, side) and _asserts_what_they_lack(member, side):
        return True
    if outcome_is_negative(member.outcome or "") or _points_against(member, side):
        turned = withholds(member, said) or _turned_round(member, side)
        return turned and withheld * 2 <= len(side) and not _denies_as_they_do(member, side)
    return not withholds(member, said) and withheld * 2 >= len(side)


def _lacking(mechanism: str) -> bool:
    """Whether a mechanism says its thing is lessened and nothing raised ("staff less able to use non-drug approaches",
    "lower confidence in managing distress"), not a harm made less ("staff less distressed", `_MADE_LESS`), nor a denial
    or the means it takes (read by `denies`)."""
    ways = set(outcome_directions(mechanism).values())
    return -1 in ways and 1 not in ways and not _MADE_LESS.search(_as_worded(mechanism))


def _people_of(mechanism: str) -> set[str]:
    return {_content(w) for w in _as_worded(mechanism).split() if _is_person(w)} - {None}


def _asserts_what_they_lack(member: Statement, side: list[Statement]) -> bool:
    """Whether a member whose outcome points the other way from theirs (`_points_against`) asserts, of the very people
    at least half of `side` say lack it (half, as `is_converse` reads a tie), what those lack: its mechanism neither
    denies nor lessens, theirs lessen (`_lacking`: "staff feel empowered to question sedative use → less psychotropic
    use" beside "staff less able to use non-drug approaches → more psychotropic prescribing"). The configuration's
    converse, its mechanism raised and its outcome reversed, whatever words the two mechanisms hold (trial CO: Sawan
    2017 listed as contradicting Smeets 2018's configuration, though the two share only "staff"); a member whose
    mechanism lessens too ("staff less able → less prescribing") or that speaks of other people ("GPs review medicines
    monthly") is not."""
    mechanism = member.mechanism or ""
    people = _people_of(mechanism)
    if not people or denies(mechanism) or _lacking(mechanism) or set(outcome_directions(mechanism).values()) & {-1}:
        return False
    lacking = sum(_lacking(s.mechanism or "") and bool(people & _people_of(s.mechanism or "")) for s in side)
    return lacking * 2 >= len(side)


def _points_against(member: Statement, side: list[Statement]) -> bool:
    """Whether a member's outcome gives a thing the opposite direction to the outcomes of more than half of `side`."""
    return sum(point_opposite_ways(member.outcome or "", s.outcome or "") for s in side) * 2 > len(side)


def _turned_round(member: Statement, side: list[Statement]) -> bool:
    """Whether a member's mechanism says the opposite of the mechanism of more than half of `side`: it gives one thing
    the opposite direction (`point_opposite_ways`: "less contact with tutors" beside "more contact with tutors") or has
    a verb's reversal (`_reversed_by_prefix`: "staff mistrusted the tool" beside "staff trusted the tool"). Not the
    other readings of opposite outcomes: a mechanism that turns to a thing ("staff switch to remote working") turns
    away from nothing."""
    mechanism = member.mechanism or ""
    opposite = (
        point_opposite_ways(mechanism, s.mechanism or "") or _reversed_by_prefix(mechanism, s.mechanism or "") for s in side
    )
    return sum(opposite) * 2 > len(side)


def _denies_as_they_do(member: Statement, side: list[Statement]) -> bool:
    """Whether a member's mechanism denies the very thing the mechanism of a member of `side` denies where that member's
    outcome followed as a good ("patients go home without waiting for assessments → length of stay reduced" beside
    "patients are discharged without waiting for assessments → length of stay was not reduced"): the same mechanism,
    not its converse, so its outcome that did not follow goes against (trial BA 1)."""
    denied = said_and_denied(member.mechanism or "")[1]
    return bool(denied) and any(
        denied & said_and_denied(s.mechanism or "")[1]
        for s in side
        if s.outcome and not reports_harm(s.outcome) and not reports_withholding(s.outcome)
    )


def outcome_side(statement: Statement) -> int:
    """Which way a statement tells things went: -1 where they went wrong (`_went_wrong`: a harm in its outcome, told of
    a mechanism that harms or is denied, "they resolve the conflict by defaulting to old habits → they disengage"; or
    people holding back, `reports_withholding`, said of them: "they withhold information and refuse follow-up"), 1 where
    they went well (a result, `tells_a_result`, with no harm, withholding, thing left undone (`reports_left_undone`:
    "pupils stayed unvaccinated", said of people going wrong as a withholding is) or denial in its outcome and nothing denied or
    harmful in its mechanism, and nothing said to go down: "the spouse reminds them → they take their medicines more
    regularly"), 0 where its words tell neither plainly (a null result, a harm made less, "admissions were avoided": a
    thing prevented, not withheld; "fewer visits" or "lower HbA1c", good or bad by what the thing is; a word negating
    another by its prefix, `_says_a_negation`: "support was inadequate", good or bad by what is negated). A count said to
    go down beside a thing said to get better ("improved functional status and fewer onward referrals") still tells
    things went well: the count judges nothing alone, the improvement does (trial BZ 1: "patients feel dismissed → they
    stop seeking help" was counted as support of it, joined on "symptoms")."""
    outcome = statement.outcome or ""
    if not tells_a_result(outcome) or outcome_is_negative(outcome):
        return 0
    if _in_another_language(statement):
        return 0  # English words of harm and denial cannot tell its side: "mauvais contrôle" read as going well (trial CP)
    absent = reports_withholding(outcome) or reports_left_undone(outcome)
    if _went_wrong(statement) or (absent and _said_of_people(outcome) and not _absence_made_less(outcome)):
        return -1
    if reports_a_lack(outcome) and _said_of_people(outcome):
        return -1  # "carers felt powerless": people lacking what they need, as people going without it
    if _falls_short_alone(outcome):
        return -1  # "less than half aware", "only 6% controlled": the outcome fell short (trial CP)
    if reports_harm(outcome) or absent or _more_left_undone(outcome):
        return 0
    mechanism = statement.mechanism or ""
    if denies(mechanism) or reports_harm(mechanism) or denies(statement.context or ""):
        return 0
    directions = set(outcome_directions(outcome).values())
    if _VALUED_SIGN not in directions and (-1 in directions or _says_a_negation(outcome)):
        return 0
    return 1


def _in_another_language(statement: Statement | Configuration) -> bool:
    """Whether a statement is written in another language than English (`languages.written_in`), whose words of harm,
    denial and lack the English rules here do not know."""
    from cmo.synthesis.languages import written_in

    return written_in(statement.context or "", statement.mechanism or "", statement.outcome or "") is not None


def _falls_short_alone(outcome: str) -> bool:
    """Whether an outcome says by a limiting quantifier (`_LIMITING`) that what it reached fell short ("less than half
    were aware", "only 6% controlled"): things going wrong, as "only about half were linked to care" goes against
    "higher linkage" (`_falls_short`); of a harm ("only a few dropped out", "fewer than half relapsed") the harm was
    made less, and nothing fell short."""
    worded = _as_worded(outcome)
    found = _LIMITING.search(worded)
    return bool(found) and not reports_harm(outcome) and not _HARM_BEFORE.search(worded[found.end() :].split("|")[0])


def _more_left_undone(outcome: str) -> bool:
    """Whether an outcome gives a rise to a thing a verb's participle in "un" describes (`_undone_word`: "unmet need
    increased", "more untreated infections"): more of a thing left undone, no plainer a good than more of a harm, where
    "unmet need increased" read as things going well. "Unvaccinated children attended more often" gives the rise to the
    attending, not to what is left undone."""
    raised = {thing for things, sign in _directions_read(outcome, False) if sign > 0 for thing in things}
    words = _as_worded(outcome).split()
    return any(_undone_word(word) and _content(after) in raised for word, after in zip(words, words[1:], strict=False))


_VALUED_SIGN = 2
"""The sign `_DIRECTION` gives a word that judges a change for the better (`_VALUED`: "improved", "better")."""


def _says_a_negation(outcome: str) -> bool:
    """Whether an outcome says, as what it is, a word that negates another by a prefix, as WordNet pairs the two
    (`opposite_words`: "support was inadequate", "interpreters were unavailable", "the programme was discontinued",
    "parents were unaware of the service", "attendance was unaffected", "they distrusted services", in any of its
    forms, `_forms_of`): good or bad by what is negated, which the
    prefix alone does not tell, as a count said to go down does not. The word ends its clause or comes before a
    function word or a verb's "-ing" ("felt uncomfortable asking"), or is a verb after its subject ("they mistrusted
    services", `_verb_after_its_subject`); one before a word of content describes it ("informal carers", "unplanned
    admissions", "disadvantaged pupils attended"). A negated harm ("unharmed", "uninjured") says a harm was spared."""
    words = _ALTERNATIVE.sub(" ", _as_worded(outcome)).split()
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else "|"
        said = after == "|" or after in STOPWORDS or after.endswith("ing") or _verb_after_its_subject(words, i)
        if word != "|" and said and _negated_word(word):
            return True
    return False


def _verb_after_its_subject(words: list[str], i: int) -> bool:
    """Whether the word at i is a verb after its subject, whatever follows it ("parents mistrusted services"): a verb
    form of cmo's English word forms that is no adjective, after a word of content or a pronoun ("parents", "they"),
    not at the start of its clause nor after another function word, where a participle describes what follows
    ("disadvantaged pupils attended", "the disadvantaged pupils")."""
    tags = _word_tags(words[i])
    before = words[i - 1] if i > 0 else "|"
    return bool(tags & {"P", "Z", "D"}) and "a" not in tags and before != "|" and (before not in STOPWORDS or before in _PRONOUNS)


def _forms_of(word: str) -> set[str]:
    """The word and the forms it may be inflected from: a plural's or third person's singular ("inequalities",
    "disagrees"), a past's or an "-ing" form's base ("distrusted" → "distrust", "disadvantaged" → "disadvantage",
    "disconnecting" → "disconnect"); which of them is a word the caller's data tells."""
    forms = {word, word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")}
    for ending in ("ed", "ing"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            forms |= {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    return forms


def _absence_made_less(outcome: str) -> bool:
    """Whether each withholding an outcome says (`WITHHELD`) is in a clause that makes its subject less ("fewer
    patients refused treatment"), or withholds a thing said with a word negating another (`_negated_word`: "patients
    avoided unnecessary tests", "staff withheld inappropriate sedation"): the holding back was made less, or was of
    what was not wanted, so things did not go wrong."""
    worded = _as_worded(outcome)
    found = list(WITHHELD.finditer(worded))
    return bool(found) and all(
        _made_less_before(worded, m.start()) or any(map(_negated_word, _CLAUSES.split(worded[m.end() :])[0].split()))
        for m in found
    )


def _negated_word(word: str) -> bool:
    """Whether a word, in one of its forms (`_forms_of`), negates another by a prefix as WordNet pairs them
    (`opposite_words`: "unnecessary", "inappropriate", "distrusted"), and what it negates is no harm ("unharmed")."""
    partners = opposite_words()
    for form in _forms_of(word):
        base = next((b for b in partners.get(form, ()) if form.endswith(b) and len(form) > len(b)), None)
        if base and not _HARM_WORD.fullmatch(base):
            return True
    return False


def _said_of_people(outcome: str) -> bool:
    """Whether an outcome names people (or a pronoun for them): "they withhold information", not "admissions avoided"."""
    return any(_is_person(w) or w in _PRONOUNS for w in _as_worded(outcome).split())


def on_opposite_sides(a: Statement, b: Statement) -> bool:
    """Whether two statements tell opposite sides: one of things going wrong, the other of things going well
    (`outcome_side`). Whether they are one configuration seen from both sides is told by their contexts and mechanisms
    (`merge.two_sides_apart`), never by this. (Opposite directions given one thing in mechanism and outcome, "lose
    confidence" beside "gained confidence", kept converse pairs apart that a reviewer keeps as one, "the burden of a
    daily routine → adherence fell" beside "less burden → high adherence", and cost a large review seconds: not read.)"""
    return outcome_side(a) * outcome_side(b) == -1


_CONDITIONAL = lazy_pattern(
    r"\b(?:depend|depends|depended|dependent|depending|hinge|hinges|hinged|contingent|conditional) (?:on|upon)\b"
    r"|\b(?:var(?:y|ies|ied)) (?:with|by|across|according to)\b"
)
"""What an outcome is said to depend on ("return to work depends on the insurer's capacity to arrange placements",
"uptake varies with the practice's size"): the condition of an outcome, which tells no result of its own."""


def tells_a_result(outcome: str) -> bool:
    """Whether an outcome tells a result: it says something, is no statement of uncertainty (`outcome_is_uncertain`) and
    does not only say what the outcome depends on (`_CONDITIONAL`)."""
    return bool((outcome or "").strip()) and not outcome_is_uncertain(outcome) and not _CONDITIONAL.search(_as_worded(outcome))


def sources_of(statement_ids: Iterable[str], statements: Mapping[str, Statement]) -> list[str]:
    """Source keys of the statements, each once, in first-seen order."""
    keys = [statements[sid].source for sid in statement_ids if sid in statements]
    return list(dict.fromkeys(keys))


def told_supporters(support: Iterable[str], apart: Iterable[str], statements: Mapping[str, Statement]) -> list[str]:
    """The supporters (`supporting_ids`) from a source that has a member apart (against the configuration or undecided):
    the members whose outcome `supporting_sources` reads, to tell whether that source gives its result anywhere else
    (trial AH 3). A listing reads these members whole and the rest by their standing only."""
    told = {statements[sid].source for sid in apart if sid in statements}
    return [sid for sid in support if sid in statements and statements[sid].source in told] if told else []


def supporting_sources(
    config: Configuration,
    statements: Mapping[str, Statement],
    against: list[str] | None = None,
    undecided: list[str] | None = None,
    untold: list[str] | None = None,
) -> tuple[list[str], list[str]]:
    """(sources behind it, sources of the statements that contradict it); `against`: its contradicting ids, `undecided` its
    undecided ones and `untold` its sources telling no outcome (`sources_telling_no_outcome`), when known. `statements` may hold
    whole statements or their standing (`Store.statement_standings`), which reads no outcome (nothing is then undecided). A source
    supports only through a member whose outcome it gives: one whose outcome statement goes against the configuration or is
    undecided is no supporter for a statement of it that tells no result (`tells_a_result`): a context or mechanism statement with
    no outcome, or one whose outcome only says what the outcome depends on (trial AH 3 and its retrial: a background statement of
    a null trial, "return to work depends on the insurer's capacity", attached, made it a supporter, and "contested" read
    "moderate")."""
    against = contradicting_ids(config, statements) if against is None else against
    undecided = undecided_ids(config, statements, against) if undecided is None else undecided
    support = supporting_ids(config, statements, against, undecided)
    told = [statements[sid] for sid in told_supporters(support, {*against, *undecided}, statements)]
    whole = [s for s in told if isinstance(s, Statement)]
    # its source tells a result only where its member goes against or is undecided: no supporter (AH 3)
    silent = {s.source for s in whole} - {s.source for s in whole if tells_a_result(s.outcome or "")}
    silent.update(sources_telling_no_outcome(config, statements) if untold is None else untold)
    kept = [sid for sid in support if sid not in statements or statements[sid].source not in silent]
    return sources_of(kept, statements), sources_of(against, statements)


MIXED_SOURCE = "mixed: for it in part, against it in part"
"""How a listing marks a source with members on both sides of a finding (`listed_sides`)."""


def listed_sides(support: list[str], against: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(sources listed for it, those of them with members against it too, sources listed against it): each source once
    per finding, as a reader counts sources. One with members on both sides (`supporting_sources` gives it on both) is
    listed for it, as the strength counts it ("also reports where it did not follow"), marked `MIXED_SOURCE`, and not
    again against it: a printed pack read "Sources: Correa-Velez & Ryan (2012); Riggs et al. (2017). Against it: Riggs
    et al. (2017).", one study named as two (trial RH1)."""
    both = [key for key in support if key in set(against)]
    return support, both, [key for key in against if key not in set(support)]


def sources_telling_no_outcome(config: Configuration, statements: Mapping[str, Statement]) -> list[str]:
    """The sources whose members in it tell no outcome at all (a context or a mechanism alone), where it tells one: a
    source supports only through a member whose outcome it gives, so these count on neither side, and the strength's
    reason says so (trials CO and CR: a policy report's context-only row made it a supporter, "limited" read
    "moderate"). `statements` may hold whole statements or their standing: both say `tells_outcome`."""
    if not (config.outcome or "").strip():
        return []
    members = [member for member in map(statements.get, config.statements) if member is not None]
    untold = [member.source for member in members if not member.tells_outcome]
    if not untold:  # most configurations: one pass over their members
        return []
    telling = {member.source for member in members if member.tells_outcome}
    return [key for key in dict.fromkeys(untold) if key not in telling]
