"""What supports and what contradicts a configuration: the one rule strength, tables, packs, the graph and refine use.

A statement the configuration holds supports it, unless it cuts against it. The reviewer's word comes
first: a stance set with `cmo code mark` (per configuration) is final. Without one, a member cuts against
it when it is in the configuration's `contradicting` list (refine proposes that list by `proposed_against`,
and merge, split and detach carry it along) or its coder flagged it `contradicts`; but a configuration is
never supported only by statements flagged against it: when every unmarked member would be flagged, none
is, for they are its support (a converse configuration, "deficit-focused messages → no improvement").
A detached statement has been taken out of the configuration's lists, so it is evidence for neither side.
Ids the review does not have name no source and are skipped when sources are counted.

A converse statement supports: where its mechanism is denied ("nobody owns the whole pathway", "they did not feel
listened to") or its context denies what the others' say ("schools without the counsellor" beside "schools with a
counsellor"), an outcome that did not follow is what the configuration predicts, not evidence against it
(`is_converse`); refine never lists it as contradicting, and its context is never one of the key contexts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from cmo.models import Configuration, Statement
from cmo.normalise import fold
from cmo.synthesis.lexicon import STOPWORDS
from cmo.synthesis.wording import said_and_denied

NEGATIVE_OUTCOME = re.compile(
    r"\b(not|no(?! longer)|never|none|nobody|nothing|failed|fail|fails|failing|unchanged|neither|nor|"
    r"lack of|lacked|worse|worsened|worsening|declined|deteriorated|eroded|erosion|"
    r"ended|collapsed|discouraged|did n t|\w+n t|cannot|can not|unable|without effect|no effect|unsafe|harder|"
    r"without (?:(?:any|a|an|much|real|significant|measurable|noticeable|clear)\s+)*"
    r"(?:change|improvement|improving|difference|increase|reduction|decrease|effect|impact|benefit|gain|rise|progress)\w*|"
    r"less (?:safe|acceptable|effective|likely|able|accessible|helpful|engaged|satisfied))\b"
)
"""The words that say an outcome was absent or reversed ("did not", "no change", "failed to", "without any change in")."""

_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\u2013\u2014]+|\s-\s")
"""The coder's punctuation that ends a clause (`fold` drops it): where a concession ends."""

_VERBAL_DENIAL = r"\b(?:not|never|did n t|\w+n t|cannot|can not|unable|failed|fails|fail)\b"
CONCESSION = re.compile(
    r"\b(?:despite|in spite of|even (?:without|with|though|if|when)|although|though|regardless of|irrespective of|"
    rf"notwithstanding)\b(?:[^|]*(?=\|)|(?:(?!{_VERBAL_DENIAL})[^|])*)"
)
"""A concession, to the end of its clause ("despite no regular pay", "even without a referral", "although no incentives
were offered,"): what the outcome held in spite of, never whether it followed. Where no punctuation ends it, it ends
before a verb's denial, which is the main clause's ("despite training nurses did not change practice")."""

NOT_ONLY = re.compile(r"\bnot (?:only|just|merely|simply|solely)\b")
""""Not only … but also": an addition, never a denial."""

_ADVERSE = (
    r"drop|drops|dropped|dropping|stop|stops|stopped|quit|quits|leave|leaves|left|lose|loses|lost|fail\w*|decline\w*|"
    r"worsen\w*|relaps\w*|disengag\w*|withdr[ae]w\w*|give up|gave up|miss|misses|missed|missing|avoid\w*|deteriorat\w*|"
    r"fall|falls|fell|end|ends|ended|isolat\w*|alone|lonel\w*|afraid|fear\w*|scared|anxi\w*|worr\w*|ashamed|shame\w*|"
    r"embarrass\w*|stigma\w*|exclud\w*|exclusion|marginali[sz]\w*|burden\w*|overwhelm\w*|overload\w*|overburden\w*|"
    r"confus\w*|distress\w*|stress\w*|harm|harms|harmed|harmful|hurt\w*|pain|pains|painful|suffer\w*|struggl\w*|difficult\w*|"
    r"barrier\w*|frustrat\w*|upset|guilt\w*|blame\w*|judg\w*|reject\w*|discriminat\w*|helpless\w*|hopeless\w*|"
    r"exhaust\w*|burn\w* out|burnout|unsafe|risk|risks|problem\w*|complain\w*|conflict\w*|resist\w*|refus\w*|delay\w*|"
    r"error\w*|mistake\w*|abandon\w*|neglect\w*|ignored|dismiss\w*|unwelcome|intimidat\w*|threat\w*|danger\w*|"
    r"abus\w*|mistreat\w*|maltreat\w*|violen\w*|violat\w*|disrespect\w*|assault\w*|humiliat\w*|bull(?:y|ies|ied|ying)|"
    r"coerc\w*|insult\w*|racis\w*|degrad\w*|dissatisf\w*|unsatisf\w*|slap\w*|scold\w*|shout\w*|beaten"
)
"""Words for something bad happening or felt (a decline, a harm, a fear): what the programme hopes to see less of."""

_LIGHT = (
    r"feel|feels|felt|feeling|report|reports|reported|reporting|experience|experienced|experiencing|seem|seemed|become|"
    r"became|get|got|be|been|being|is|are|was|were|more|as|so|too|very|any|further|ever|again|really|much|the|a|an|their|"
    r"likely|to|at|of|from|in|out|up|all|such"
)
"""Words a denial reaches its object over ("were not more likely to relapse", "no longer felt isolated"); any other word
("did not reduce stigma", "no support for isolated carers", "no change in anxiety") keeps the denial its own."""

DENIED_ADVERSE = re.compile(
    rf"\b(?:not|never|no longer|no|none|did n t|\w+n t|cannot|can not|less likely to|unlikely to)\s+"
    rf"(?:(?:{_LIGHT})\s+){{0,3}}(?:{_ADVERSE})\b"
)
"""A denial of something bad ("did not drop out", "never missed a session", "no longer felt isolated", "no fear of
being judged", "less likely to drop out"): two negatives, which say the outcome held, so they are set aside before the
wording rule looks for a denial."""


def _folded(outcome: str) -> str:
    """The outcome folded (`fold`), with "|" where the coder's punctuation ended a clause."""
    return " | ".join(part for part in (fold(p) for p in _CLAUSE_END.split(outcome or "")) if part)


def _as_worded(outcome: str) -> str:
    """The outcome folded, without its concessions and "not only"s: the words that say whether it followed."""
    return NOT_ONLY.sub(" ", CONCESSION.sub(" ", _folded(outcome)))


def outcome_is_negative(outcome: str) -> bool:
    """True when an outcome says the effect was absent or reversed ("did not", "no change", "without any change"): the
    wording rule. A denial of something bad ("did not drop out", "no longer felt isolated") says it held; a concession
    ("despite no regular pay") or "not only … but also" denies nothing."""
    return bool(NEGATIVE_OUTCOME.search(DENIED_ADVERSE.sub(" ", _as_worded(outcome))))


_HARM = rf"(?:{_ADVERSE})"
_LESSENING = r"fewer|less|lower|lowered|smaller|lesser|few|decreas\w*|reduc\w*|eliminat\w*|prevent\w*"
_LESSENS = (
    r"fall|falls|fell|fallen|drop\w*|declin\w*|decreas\w*|reduc\w*|shr[iau]nk\w*|eliminat\w*|prevented|avoided|"
    r"managed|addressed|overcome|overcame|resolved|tackled|handled|mitigated|eased|lessened|alleviated|relieved|minimi[sz]ed"
)
"""Verbs that make a harm less, said after it ("abuse fell", "risk is managed", "barriers were overcome")."""
_MADE_LESS = re.compile(rf"\b(?:{_LESSENING})\s+(?:\w+\s+){{0,3}}{_HARM}\b")
_HARM_WORD = re.compile(rf"\b(?!(?:{_LESSENS})\b){_HARM}\b")  # "readmissions fell" lessens: the verb harms nothing
_LESSENED_AFTER = re.compile(rf"\b(?:{_LESSENS})\b")


def reports_harm(outcome: str) -> bool:
    """Whether an outcome says something bad happened ("women are neglected", "abuse is more frequent at night"), not
    that it was made less ("less reported abuse", "fewer falls") or lessened ("disrespect and abuse reported at
    discharge fall from 20% to 13%": a verb of lessening later in its clause), nor did not happen ("did not drop
    out"); "less educated women are most at risk" still reports one."""
    for clause in DENIED_ADVERSE.sub(" ", _as_worded(outcome or "")).split("|"):
        harm = _HARM_WORD.search(_MADE_LESS.sub(" ", clause))
        if harm and not _LESSENED_AFTER.search(_MADE_LESS.sub(" ", clause), harm.end()):
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


def denial_in_line(statement: Statement, holding: Iterable[Statement]) -> bool:
    """A member whose outcome reads as not following by its words alone (no coder's flag), among members that report a
    harm (`worded_as_harm`): its denial describes that harm, in line with them, so nothing is flagged or said."""
    return not statement.contradicts and reads_against(statement) and worded_as_harm(holding)


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
    ("grow grows grew grown growing", "shrink shrinks shrank shrunk shrinking"),
    ("raise raises raised raising", "lower lowered lowering"),
    ("improve improves improved improving improvement", "worsen worsens worsened worsening"),
    ("better", "worse"),
    ("longer", "shorter"),
    ("faster", "slower"),
    ("stronger", "weaker"),
    ("gain gains gained gaining", "lose loses lost losing loss"),
)
"""Antonym pairs of words that give a direction (up, down): "more" and "fewer" households, attendance "rose" or "fell"."""

_DIRECTION = {w: sign for up, down in _ANTONYMS for words, sign in ((up, 1), (down, -1)) for w in words.split()}
_BEFORE_ITS_THING = frozenset(
    "more fewer less higher high lower low greater larger bigger smaller lesser many few better worse longer shorter "
    "faster slower stronger weaker".split()
)
"""Direction words that come before what they give the direction of ("fewer households"), unless they end the clause
("performance is low"); the others (verbs and nouns of change) come after it ("attendance rose") unless they take an
object ("reduced readmissions") or "in"/"of" ("an increase in uptake")."""
_MEASURES = frozenset(
    "number numbers rate rates proportion proportions level levels amount amounts percentage share frequency degree "
    "extent score scores length duration likely able willing often frequently".split()
)
"""Words that measure the thing rather than name it ("the number of visits", "length of stay", "more likely to attend")."""
_PREPOSITIONS = frozenset("of to in at for on with by from among over after before during between into".split())
_DETERMINERS = frozenset("the a an their its his her our some any them him us it".split())
_PARTICLES = frozenset("away back down up off out over further again overall".split())
"""After a direction verb, words that are not its object ("fell away", "drop out", "rose again")."""
_CLAUSES = re.compile(r"\s*(?:\||\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\byet\b)\s*")
_DENIAL = re.compile(r"\b(?:not|no|never|none|without|cannot|\w+n t)\b")


def _content(word: str) -> str | None:
    """The word's stem as the lexical backend has it (the review's synonyms too), unless it measures or links."""
    from cmo.synthesis.similarity import terms  # here: everyday commands read evidence without numpy and scipy

    if word in _MEASURES or word in _PREPOSITIONS or word in _PARTICLES:
        return None
    stems = terms(word)
    return stems[-1] if stems else None


def _is_direction(words: list[str], i: int) -> bool:
    """Whether the word at i gives a direction: not in "no longer", nor a verb made another by its particle ("drop out")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return words[i] in _DIRECTION and after not in ("out", "off") and not (words[i] == "longer" and words[i - 1 : i] == ["no"])


def _subject(words: list[str]) -> frozenset[str]:
    """The head of the noun phrase a clause opens with: its last content word before a preposition ("retention of
    workers" → retention; "the number of visits" → visits, as a measure names no thing)."""
    head = None
    for word in words:
        if word in _PREPOSITIONS and head:
            break
        head = _content(word) or head
    return frozenset([head] if head else [])


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
    volunteers' performance is low" → {household: -1, performance: -1}. A clause that denies ("did not increase") or
    concedes ("despite lower pay") gives no direction; a thing said to go both ways is left out."""
    found: dict[str, set[int]] = {}
    for clause in _CLAUSES.split(_as_worded(outcome)):
        if _DENIAL.search(clause):
            continue
        words = clause.split()
        for i, word in enumerate(words if _DIRECTION.keys() & set(words) else ()):
            if not _is_direction(words, i):
                continue
            rest = [w for w in words[i + 1 :] if w not in _DETERMINERS and not w.endswith("ly")]
            if word in _BEFORE_ITS_THING:  # "fewer households", else "performance is low"
                things = _object(words[i + 1 :]) or _subject(words[:i])
            elif rest and rest[0] in ("in", "of"):  # "an increase in uptake"
                things = _object(rest[1:])
            elif rest and rest[0] not in STOPWORDS and rest[0] not in _PARTICLES:  # "reduced readmissions"
                things = _object(rest)
            else:  # "attendance rose"
                things = _subject(words[:i])
            for thing in things:
                found.setdefault(thing, set()).add(_DIRECTION[word])
    return {thing: next(iter(signs)) for thing, signs in found.items() if len(signs) == 1}


def point_opposite_ways(a: str, b: str) -> bool:
    """Whether two outcomes give one thing opposite directions ("more households visited", "fewer households are
    visited"; "attendance rose", "attendance fell")."""
    return _opposed(outcome_directions(a), outcome_directions(b))


def point_same_way(a: str, b: str) -> bool:
    """Whether two outcomes give one thing the same direction."""
    return _agreed(outcome_directions(a), outcome_directions(b))


def _opposed(a: dict[str, int], b: dict[str, int]) -> bool:
    return any(b.get(thing) == -sign for thing, sign in a.items())


def _agreed(a: dict[str, int], b: dict[str, int]) -> bool:
    return any(b.get(thing) == sign for thing, sign in a.items())


def _stance(statement: Statement | None, config_id: str) -> str | None:
    return statement.stance.get(config_id) if statement is not None else None


def contradicting_ids(config: Configuration, statements: Mapping[str, Statement]) -> list[str]:
    """Members that cut against it (its list first): marked so, else listed or coder-flagged unless all would be."""
    said = {sid: _stance(statements.get(sid), config.id) for sid in config.statements}
    listed = set(config.contradicting)
    flagged = [
        sid
        for sid in config.statements
        if said[sid] is None and (sid in listed or (sid in statements and statements[sid].contradicts))
    ]
    unmarked = [sid for sid in config.statements if said[sid] is None]
    if flagged and len(flagged) == len(unmarked) and not any(s == "supporting" for s in said.values()):
        flagged = []
    against = set(flagged) | {sid for sid, s in said.items() if s == "contradicting"}
    members = set(config.statements)
    return [sid for sid in dict.fromkeys([*config.contradicting, *config.statements]) if sid in against and sid in members]


def supporting_ids(config: Configuration, statements: Mapping[str, Statement], against: list[str] | None = None) -> list[str]:
    """Its members that do not cut against it, in member order (`against`: its contradicting ids, when known)."""
    excluded = set(contradicting_ids(config, statements) if against is None else against)
    return [sid for sid in config.statements if sid not in excluded]


def supporting_contexts(config: Configuration, statements: Mapping[str, Statement]) -> list[str]:
    """The contexts of the members that support it as it is worded, for its key contexts: a contradicting member's
    context is where the configuration did not hold, never one it is key to; nor is a converse member's, which supports
    it from the other side ("discharged without being asked → did not feel safe" beside "invited to say what matters →
    felt more prepared", trial P; `says_it_as_worded`). A reader is never told it holds where it did not."""
    return [
        statements[sid].context
        for sid in supporting_ids(config, statements)
        if sid in statements and says_it_as_worded(statements[sid], config)
    ]


def says_it_as_worded(member: Statement, config: Configuration) -> bool:
    """Whether a member says what the configuration's own words say, not its converse. Beside a configuration whose
    words withhold nothing, it withholds nothing either (`withholds`: "decided on the ward round without them; their
    knowledge is not wanted → unprepared" beside "invited to say what matters → more prepared") and its outcome reads
    as following. Beside one worded from its deficit ("staff plan around services instead of asking the person → their
    voice is left out"), a member that withholds too agrees, whatever words its outcome uses ("they do not have the
    energy to take part → not involved"), and one that does not is its converse only where its outcome reads the other
    way ("a health worker checks on mothers → they attend" beside "no health worker → mothers did not attend"): a
    deficit is often told without a denial ("they wait for assessments and packages")."""
    worded, withheld = withholds(config, said_words(member)), withholds(member, said_words(config))
    if withheld:
        return worded
    return not (member.outcome and config.outcome) or outcome_is_negative(member.outcome) == outcome_is_negative(config.outcome)


def proposed_against(
    members: list[str], statements: Mapping[str, Statement], about_same: Callable[[str, list[str]], bool]
) -> list[str]:
    """The members refine lists as contradicting: the wording rule, where it makes sense.

    A member cuts against the configuration when its outcome is absent or reversed (or its coder flagged
    it) while others' outcome holds, and it is about the same context and mechanism as those others
    (`about_same(member, positive_members)`, the review's similarity above its corpus threshold): a
    converse statement, with another mechanism, supports rather than contradicts; so does one that withholds the
    mechanism or context the others assert (`is_converse`: "nobody owns the whole pathway → the pathway is not
    sustained" beside "staff own the pathway → it is sustained", trial P). Where more of the members about the same
    say the outcome did not follow than say it did (a null finding), that is what the configuration holds, and the
    members saying it did cut against it, unless they assert what those withhold (the converse of a configuration worded
    from its deficit: "staff invite questions → took an active part" beside "no relative to speak for them, staff plan
    around services → not involved"). So does a member whose outcome follows but
    gives a thing the opposite direction to most of those that speak of it ("more households visited" beside "fewer
    households are visited", `pointing_the_other_way`). Never all members.
    """
    positive = [sid for sid in members if statements[sid].outcome and not reads_against(statements[sid])]
    if not positive:
        return []
    negative = [sid for sid in members if sid not in positive and not statements[sid].contradicts and statements[sid].outcome]
    holding = [statements[sid] for sid in positive]
    negative = [sid for sid in negative if about_same(sid, positive) and not denial_in_line(statements[sid], holding)]
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
                    reads_against(statements[sid])
                    and not denial_in_line(statements[sid], side)
                    and about_same(sid, positive)
                    and not is_converse(statements[sid], side)
                )
            )
        ]
    flagged += [sid for sid in pointing_the_other_way(positive, statements, about_same) if sid not in flagged]
    flagged = [sid for sid in members if sid in flagged]
    return [] if len(flagged) == len(members) else flagged


def pointing_the_other_way(
    ids: list[str], statements: Mapping[str, Statement], about_same: Callable[[str, list[str]], bool]
) -> list[str]:
    """Of statements whose outcomes follow, those that give a thing the opposite direction to more of the others than
    give it theirs ("more households visited" beside two saying "fewer households are visited"), about the same context
    and mechanism as those others (`about_same`). Neither side of a tie is."""
    directions = {sid: outcome_directions(statements[sid].outcome) for sid in ids}
    against = []
    for sid in ids:
        other_way = [o for o in ids if o != sid and _opposed(directions[sid], directions[o])]
        same_way = [o for o in ids if o != sid and o not in other_way and _agreed(directions[sid], directions[o])]
        if len(other_way) > len(same_way) + 1 and about_same(sid, other_way):
            against.append(sid)
    return against


def reads_against(statement: Statement) -> bool:
    """Coder-flagged, or an outcome that is absent or reversed: the wording rule for one statement."""
    return statement.contradicts or bool(statement.outcome and outcome_is_negative(statement.outcome))


_DENIES = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|lack|lacks|lacked|lacking|absence|absent|cannot|can not|"
    r"unable|\w+n t|fail|fails|failed|failing|instead of \w+ing)\b"
)
"""The words that deny what a mechanism speaks of: the outcome's denials, and "without", "lack", "absent", "instead of"
doing ("staff turn to relatives instead of asking the older person"; not "a flexible approach instead of a fixed
pathway", which puts one thing for another)."""
_SPARED = re.compile(rf"\b(?:without|free of|free from|lack of)\s+(?:(?:{_LIGHT})\s+){{0,3}}(?:{_ADVERSE})\b")
"""Care given "without stigma", "free from fear", "without being judged": something bad spared, which denies nothing."""


def denies(text: str) -> bool:
    """Whether a mechanism denies what it speaks of ("nobody owns the whole pathway", "they did not feel supported",
    "without peer accountability", "a lack of clear roles"). A denial of something bad ("they no longer felt
    isolated", "care given without stigma"), a concession ("despite no regular pay") or "not only … but also" denies
    nothing, as in an outcome."""
    return bool(_DENIES.search(_SPARED.sub(" ", DENIED_ADVERSE.sub(" ", _as_worded(text or "")))))


def said_words(statement: Statement | Configuration) -> set[str]:
    """The content words its context and mechanism say (`wording.said_and_denied`)."""
    return said_and_denied(statement.context or "")[0] | said_and_denied(statement.mechanism or "")[0]


def withholds(statement: Statement | Configuration, said: set[str]) -> bool:
    """Whether its mechanism is denied (`denies`), or its context denies a thing in `said`, the words others say in their
    context and mechanism ("schools without a counsellor" beside "schools with a counsellor", `wording.said_and_denied`).
    A context that denies what no other statement speaks of ("mothers with no transport") tells who the people are, not
    that the configuration's context is absent."""
    return denies(statement.mechanism) or bool(said_and_denied(statement.context or "")[1] & said)


def is_converse(member: Statement, side: list[Statement]) -> bool:
    """Whether a member whose outcome reads the other way from those of `side` (the members it would go against) says the
    same configuration from the other side, and so supports it: its outcome did not follow where it withholds the
    mechanism or context that `side` asserts ("discharged without being asked, nobody checked they could cope → did not
    feel safe" beside "invited to say what matters → felt more prepared", trial P), or followed where it asserts what
    `side` withholds ("staff who invite questions → took a more active part" beside "no relative to speak for them →
    not involved"). `side` is read as most of its members read; half of them, as the member's converse."""
    if not side:
        return False
    own, said = said_words(member), set().union(*(said_words(s) for s in side))
    withheld = sum(withholds(s, own) for s in side)
    if outcome_is_negative(member.outcome or ""):
        return withholds(member, said) and withheld * 2 <= len(side)
    return not withholds(member, said) and withheld * 2 >= len(side)


def sources_of(statement_ids: Iterable[str], statements: Mapping[str, Statement]) -> list[str]:
    """Source keys of the statements, each once, in first-seen order."""
    keys = [statements[sid].source for sid in statement_ids if sid in statements]
    return list(dict.fromkeys(keys))


def supporting_sources(
    config: Configuration, statements: Mapping[str, Statement], against: list[str] | None = None
) -> tuple[list[str], list[str]]:
    """(sources behind it, sources of the statements that contradict it); `against`: its contradicting ids, when
    known. `statements` may hold whole statements or their standing (`Store.statement_standings`)."""
    against = contradicting_ids(config, statements) if against is None else against
    return sources_of(supporting_ids(config, statements, against), statements), sources_of(against, statements)
