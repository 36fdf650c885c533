"""`cmo round`: close a consultation round (freeze the configurations a pack is made from) and look rounds up."""

from __future__ import annotations

import re
from functools import cache

from cmo.commands import writes
from cmo.errors import CmoError, LookAt
from cmo.models import SETTLED_WORDS, WORDING_AND_MEMBERS, Configuration, Decision, RoundSnapshot, SentConfiguration
from cmo.normalise import listed
from cmo.review import Review
from cmo.synthesis.lexicon import NEGATED_AUXILIARY
from cmo.synthesis.members import consulted_pinned
from cmo.views import RoundClosed, RoundListed


@writes
def close_round(review: Review, note: str = "") -> RoundSnapshot:
    """Freeze the current configurations as round N: what a consultation pack is made from."""
    store = review.store
    configs = _to_freeze(store)
    with store.transaction():
        newly = [c.id for c in configs if not c.pinned]
        configs = consulted_pinned(configs, set(newly))
        store.put_configurations([c for c in configs if c.id in newly])
        snapshot = RoundSnapshot(number=store.current_round(), note=note, configurations=_as_sent(configs, store.statements()))
        store.add_round(snapshot)
        store.record_decision(
            Decision(
                action="close-round",
                targets=[c.id for c in configs],
                note=note,
                round=snapshot.number,
                after={"round": snapshot.number},
            )
        )
    return snapshot


def _as_sent(configs: list[Configuration], statements) -> list[SentConfiguration]:
    """The configurations with the title and sentence the round's pack shows the group: the next round's pack tells
    what the group read, not today's rendering of these parts (trial U: the wording rules changed between rounds)."""
    from cmo.outputs.packs import shown_words  # the pack's own rendering; only closing a round needs it

    words = shown_words(configs, statements)
    return [
        SentConfiguration(**config.model_dump(), shown_title=words[config.id][0], shown_sentence=words[config.id][1])
        for config in configs
    ]


def _to_freeze(store) -> list[Configuration]:
    """The configurations a round would freeze now; none, or the same consultation as the last round, is refused."""
    configs = store.configurations()
    if not configs:
        raise CmoError("there are no configurations to freeze; run 'cmo refine' first.")
    rounds = store.rounds()
    if rounds and _as_consulted(rounds[-1].configurations) == _as_consulted(configs):
        last = rounds[-1].number
        raise CmoError(
            f"the configurations are as round {last} froze them, so round {last + 1} would be the same consultation; "
            f"nothing was changed (a pack of round {last} for another group: 'cmo pack --round {last} --group SLUG')."
        )
    return configs


def _as_consulted(configs) -> list[dict]:
    """What a reference group is shown of each configuration: a round that changes none of it is no new round. Key
    contexts a person cleared are shown no more, though their words are the same (none) as before."""
    from cmo.synthesis.evidence import key_contexts_cleared

    return [{**c.model_dump(include={"id", "groups", *WORDING_AND_MEMBERS}), "cleared": key_contexts_cleared(c)} for c in configs]


def close(review: Review, note: str = "") -> RoundClosed:
    """`cmo round close`."""
    snapshot = close_round(review, note)
    frozen = [c.id for c in snapshot.configurations]
    return RoundClosed(
        round=snapshot.number,
        closed_at=snapshot.closed_at,
        configurations=frozen,
        warnings=_looked_at(review, snapshot),
        notes=_untitled(review),
    )


def check(review: Review) -> RoundClosed:
    """`cmo round close --check`: what closing the round now would send and what the team should look at first (a
    configuration that is no finding, one worded in one study's words), changing nothing: closing freezes the words the
    group rates, and trial X's pack went out saying "physicians in Dutch nursing homes" because the warning came after."""
    configs = _to_freeze(review.store)
    would = RoundSnapshot(number=review.store.current_round(), configurations=configs)
    return RoundClosed(
        round=would.number,
        closed_at="",
        configurations=[c.id for c in configs],
        warnings=_looked_at(review, would),
        notes=_untitled(review),
    )


def _looked_at(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """What `round close` and its `--check` name for the team to look at before the group reads the round."""
    return (
        _unplaced(review, snapshot)
        + _not_compared(review, snapshot)
        + _not_findings(review, snapshot)
        + _no_mechanism(snapshot)
        + _worded_alike(snapshot)
        + _doubted_support(review, snapshot)
        + _support_both_ways(review, snapshot)
        + _words_no_member_says(review, snapshot)
        + _undecided_sources(review, snapshot)
        + _coders_disagreed(review, snapshot)
        + _protocols_counted(review, snapshot)
        + _preprints_counted_beside_their_papers(review, snapshot)
        + _one_study_s_names(review, snapshot)
        + _key_contexts_unworded(review, snapshot)
        + _titles_unworded(review, snapshot)
        + _titles_without_a_subject(snapshot)
        + _short_forms_unsaid(review, snapshot)
        + _words_of_another_language(review, snapshot)
    )


def _short_forms_unsaid(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """The coders' short forms ("pt", "abx", "GDPs") the round's configurations show the group whose meaning the team
    has not said (review.yaml `settings: short_forms:`): a lay member cannot read them (trial CG: "I didn't understand
    what abx means"). Said once, with the configurations using each; the pack then tells its readers what each means,
    and the coded words stay as coded."""
    from cmo.synthesis.evidence import contradicting_ids, shown_key_contexts
    from cmo.synthesis.shorthand import meaning_of, shorthand_by_word

    said = review.settings.short_forms
    held = {sid for config in snapshot.configurations if not config.retired for sid in config.statements}
    members = {statement.id: statement for statement in review.store.statements_with_ids(held)}
    texts = [
        (config.id, text)
        for config in snapshot.configurations
        if not config.retired
        for text in (config.title, config.context, config.mechanism, config.outcome, shown_key_contexts(config, members))
    ]  # the key contexts the pack shows: a person's, else its members' contexts (trial E0: "(MH, debt, housing)")
    texts += [
        (config.id, text)
        for config in snapshot.configurations
        if not config.retired
        for sid in contradicting_ids(config, members)
        for text in (members[sid].context, members[sid].mechanism, members[sid].outcome)
    ]  # the evidence against it, which the pack shows in its coder's words (helper H2: "TIC training only")
    coded = [
        text
        for statement in members.values()
        for text in (statement.context, statement.mechanism, statement.outcome, statement.quote)
    ]
    unsaid = {word: ids for word, ids in shorthand_by_word(texts, coded).items() if meaning_of(word, said) is None}
    if not unsaid:
        return []
    listed = "; ".join(f"'{word}' ({', '.join(ids[:5])}{' …' if len(ids) > 5 else ''})" for word, ids in unsaid.items())
    first = next(iter(unsaid))
    return [
        LookAt(
            f"The group would read short forms a lay reader may not know: {listed}. Say once what each means in "
            f"review.yaml, under settings: short_forms: (e.g. '{_as_yaml_key(first)}: …', one a line; a form readers know "
            "as it is, as itself), and the pack tells its readers; the configurations keep their words."
        )
    ]


def _words_of_another_language(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """Words of the round's configurations that no English word list cmo has knows (`_no_english_word`): a coder's
    word of another language ("In Sykehjem with regular legemiddelgjennomgang (tilsynslege, SSK, farmasøyt)", "In
    Danish plejehjem…"), which an English-reading group may not know (trial K2: `--check` named only 'SSK'). A name is
    none: a word its members write with a capital inside a sentence ("Oslo", "Bangla"), or one in capitals or with a
    capital inside it (a short form, which `_short_forms_unsaid` names); nor is a short form, nor a word the team has
    said in review.yaml `settings: short_forms:` (as itself, where the group knows it). Said once, with the
    configurations using each and the edit that rewords one. A part written in another language (`written_in`: "les
    soins à domicile…") is not read: a review consulting in that language chose it."""
    from cmo.language import written_in
    from cmo.synthesis.shorthand import meaning_of

    said = review.settings.short_forms
    held = {sid for config in snapshot.configurations if not config.retired for sid in config.statements}
    members = {statement.id: statement for statement in review.store.statements_with_ids(held)}
    unknown: dict[str, list[Configuration]] = {}
    written: dict[str, str] = {}  # each word as first written
    for config in snapshot.configurations:
        if config.retired:
            continue
        coded = [
            text
            for sid in config.statements
            if sid in members
            for text in (members[sid].context, members[sid].mechanism, members[sid].outcome, members[sid].quote)
        ]
        for text in (config.title, config.context, config.mechanism, config.outcome):
            if written_in(text or ""):
                continue  # a part written in another language is the team's choice, read by a group that reads it
            for found in _LETTERS.finditer(text or ""):
                word = found.group()
                if word.lower() in unknown and config in unknown[word.lower()]:
                    continue
                if meaning_of(word, said) is None and _no_english_word(word) and not _a_name(word, coded or [text]):
                    unknown.setdefault(word.lower(), []).append(config)
                    written.setdefault(word.lower(), word)
    if not unknown:
        return []
    listed = "; ".join(
        f"'{written[word]}' ({', '.join(c.id for c in configs[:5])}{' …' if len(configs) > 5 else ''})"
        for word, configs in unknown.items()
    )
    first = next(iter(unknown.values()))[0]
    context_edit = '--context "…"'
    return [
        LookAt(
            f"The group would read words no English word list knows, perhaps of another language: {listed}. Word "
            f"each as the group would say it ({_edit(first, context_edit)}, or --mechanism, --outcome, --title); "
            "where the group knows one, write it in review.yaml under settings: short_forms: as itself (e.g. "
            f"'{next(iter(unknown))}: {next(iter(unknown))}') and it is not named again."
        )
    ]


_LETTERS = re.compile(r"(?<![\w'’-])[^\W\d_]{3,}(?![\w'’-])")
"""A word of letters alone, three or more, standing by itself: not a piece of a hyphened compound ("pharmacist-led"),
of a word with a figure ("3rd"), or of a contraction."""

_COMBINING_FORMS = (
    *("multi", "poly", "mono", "tele", "neuro", "psycho", "cardio", "gastro", "immuno", "endo", "micro", "macro"),
    *("hyper", "hypo", "inter", "intra", "trans", "post", "semi", "super", "sub", "auto", "peri", "para", "pseudo"),
)
"""The Greek and Latin combining forms English builds its learned words with ("multimorbid", "neuropsychiatric",
"teleconsults"), beside its own prefixes (`_PREFIXES`)."""
_LEARNED_ENDINGS = re.compile(
    r"(?:olog(?:y|ies|ist|ists|ical|ically)|i(?:fy|fies|fied|fying)|itis|ectom(?:y|ies)|metr(?:y|ies|ic)|meters?"
    r"|graph(?:y|ies|ic|s)?|scop(?:y|ies|e|es|ic)|path(?:y|ies|ic))$"
)
"""English's learned endings, made of Greek and Latin ("endocrinologist", "gamified", "tendinitis", "oximetry",
"oximeters", "sonography", "endoscopy", "neuropathic")."""


@cache
def _no_english_word(word: str) -> bool:
    """Whether `word` (letters only) is in no English word list cmo has (`_uncommon`: the sentence model's vocabulary,
    the lexicon, the common dictionary, with their plurals, forms and derivations: the lists cmo ships, so every machine
    names the same words), nor built of English by its learned endings (`_LEARNED_ENDINGS`), its combining forms
    (`_COMBINING_FORMS`) before a word, or two words of three letters or more closed into one ("airtime"), nor a
    short form ("SSK": `is_shorthand`, named as one) or a word with capitals after its first letter (an initialism)."""
    from cmo.synthesis.shorthand import is_shorthand

    if word[1:] != word[1:].lower() or is_shorthand(word):
        return False
    return not _built_of_english(word.lower())


def _built_of_english(folded: str) -> bool:
    """Whether a word in small letters is English, or English's making (see `_no_english_word`): a piece no list knows
    is none, though `_uncommon` reads it as a short form ("hjem", "lege")."""
    from cmo.synthesis.shorthand import is_shorthand

    def known(piece: str) -> bool:
        return len(piece) >= 3 and not (is_shorthand(piece) or _uncommon(piece))

    if known(folded) or _LEARNED_ENDINGS.search(folded):
        return True
    if (adjective := re.fullmatch(r"(\w{4,})ic(?:al|ally)?", folded)) and known(adjective.group(1) + "y"):
        return True  # "empathic": an adjective English makes of a noun in -y (empathy), as "allergic" of "allergy"
    if any(folded.startswith(form) and _built_of_english(folded[len(form) :]) for form in _COMBINING_FORMS):
        return len(folded) > 6
    return any(known(folded[:i]) and known(folded[i:]) for i in range(3, len(folded) - 2))


def _a_name(word: str, texts: list[str]) -> bool:
    """Whether `texts` write `word` with a capital inside a sentence ("in Oslo", "Bangla SMS"), as English writes a
    name; a capital opening a text or a sentence tells nothing ("Sykehjem with regular reviews")."""
    for text in texts:
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text or "", re.IGNORECASE):
            if found.group()[:1].isupper() and not _SENTENCE_OPENING.search(text[: found.start()]):
                return True
    return False


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?;:(\"“]\s*|\s[-–—]\s*)\s*$")
"""Where any word takes a capital: a text's start, or after a full stop, a semicolon, a colon or an opening bracket."""


def _as_yaml_key(form: str) -> str:
    """A short form as review.yaml takes it as a key: in small letters, a sign in quotes ('"!="', as YAML reads '!' and
    '>' as its own marks); capitals that spell a word in small letters as written ("SE", "WHO": `is_a_word_in_capitals`),
    as 'se' or 'who' would name that word wherever a text writes it."""
    from cmo.synthesis.shorthand import is_a_word_in_capitals

    if not form[:1].isalnum():
        return f'"{form}"'
    return form if is_a_word_in_capitals(form) else form.lower()


def _untitled(review: Review) -> list[str]:
    """A review.yaml with no title: the round's pack, the group's first sight of the review, would be headed "Untitled
    review" on its cover and in every browser tab (trial CI: closed and packed without a word; the report says so, the
    pack did not). Said by `round close` and its `--check` after their summary, with the key to write; the round's
    configurations are not at fault, so nothing is refused and no exit code changes (the pack is written when the team
    asks, so the title can be written first)."""
    if not review.untitled:
        return []
    return [
        f"{review.folder / 'review.yaml'} has no title: the pack the group reads would be headed 'Untitled review'; "
        "write it as 'title: …' before running 'cmo pack'."
    ]


def _titles_unworded(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """A configuration a person reworded because of the group's answers (`--because F…`) whose title, not reworded
    since, still says what those answers objected to: words of the title (not the review's, `_the_review_s_terms`)
    that an answer says too and the parts reworded because of it no longer say. The group would read its own objection
    answered in the parts and repeated as the heading (trial AR 13: "Midwives have autonomy over their diary" stayed the
    title of a context reworded because a midwife said "autonomy over my diary means nothing when I am on call"). Said
    with the edit that words it; nothing changed."""
    from cmo.synthesis.terms import terms

    answers = {f.id: f for f in review.store.feedback(replaced=True) if f.id}
    the_review_s = _the_review_s_terms(review)
    because: dict[str, set[str]] = {}  # configuration → the answers its parts were reworded because of, since its title
    reworded: dict[str, set[str]] = {}  # configuration → the parts so reworded
    for decision in sorted(review.store.decisions_of("edit"), key=lambda d: d.seq):
        for target in decision.targets:
            if "title" in decision.after:
                because.pop(target, None)
                reworded.pop(target, None)
            elif decision.because and (parts := set(decision.after) & {"context", "mechanism", "outcome"}):
                because.setdefault(target, set()).update(decision.because)
                reworded.setdefault(target, set()).update(parts)
    found = []
    for config in snapshot.configurations:
        if config.retired or not because.get(config.id):
            continue
        said = [terms(_answer_words(answers[f])) for f in sorted(because[config.id]) if f in answers]
        # a word the rewording itself says is one the team took up from the answers or kept, no objection left standing
        # (trial BO 9: "calls" of "Calls work if it's the same person each time", the outcome reworded to "…when the
        # same person calls each time", and the title's "phone calls" named as what the answers spoke of)
        rewording = terms(" ".join(getattr(config, part) for part in sorted(reworded[config.id])))
        shared = [
            word.group()
            for word in _WORD.finditer(config.title)
            if (term := tuple(terms(word.group())))
            and not _CONTRACTION.fullmatch(word.group().lower())  # "dont": a function word, whatever the answer objected to
            and not the_review_s(term)
            and any(_says(words, term) for words in said)
            and not _says(rewording, term)
        ]
        if shared:
            quoted = ", ".join(f"'{word}'" for word in dict.fromkeys(shared))
            found.append(
                LookAt(
                    f"{config.id} was reworded because of the group's answers, but its title, '{config.title}', still "
                    f"says {quoted}, which those answers spoke of: {_edit(config, _WORDED_AGAIN % 'title')} words it "
                    "as the team now would."
                )
            )
    return found


def _answer_words(item) -> str:
    """Everything an answer wrote."""
    return " ".join((item.comment, item.missing, item.not_for_whom, item.read))


def _key_contexts_unworded(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """A configuration whose context a person reworded because of the group's answers while its key contexts are still
    its members' own words: the group reads the new context beside the words it asked to change (trial AD: "Volunteers
    given four hours of training" stayed under a rewording made because the group said four hours is not the norm).
    Said with the edit that words them; the members' words are what the evidence says, so nothing is changed."""
    from cmo.synthesis.evidence import key_contexts_cleared, supporting_contexts
    from cmo.synthesis.wording import key_contexts

    asked = {  # contexts reworded because of the group's answers (`--because F…`): what the group said to change
        target
        for decision in review.store.decisions_of("edit")
        if decision.because and "context" in decision.after
        for target in decision.targets
    }
    reworded = [
        c
        for c in snapshot.configurations
        if c.id in asked and not c.retired and not c.key_contexts.strip() and not key_contexts_cleared(c)
    ]
    if not reworded:
        return []
    statements = {s.id: s for s in review.store.statements_with_ids({sid for c in reworded for sid in c.statements})}
    found = []
    for config in reworded:
        shown = key_contexts("", config.context, supporting_contexts(config, statements), True)
        if shown:
            found.append(
                LookAt(
                    f"{config.id}'s context was reworded because of the group's answers, but its key contexts are still "
                    f"its members' words ('{shown}'): {_edit(config, _WORDED_AGAIN % 'key-contexts')} words them as the "
                    "team now would."
                )
            )
    return found


def _doubted_support(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """Members counted as support though their outcome reads as not following, which nobody has marked: what refine
    said once, said again before the group reads the round (trial AE: both rounds froze with S37 still counted as
    support, and `--check` said "Nothing to look at first")."""
    from functools import cache

    from cmo.commands.refine import doubts_within  # the one rule refine and `code` say it by
    from cmo.synthesis.evidence import reads_against

    held = {sid for config in snapshot.configurations if not config.retired for sid in config.statements}
    members = {s.id: s for s in review.store.statements_with_ids(held)}
    against = cache(lambda sid: reads_against(members[sid]))  # once each: a member is read for every configuration
    return [
        LookAt(line)
        for config in snapshot.configurations
        for line in doubts_within(config, members, lambda statement: against(statement.id))
    ]


def _support_both_ways(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """Two members both counted as support that give one thing opposite directions ("reduced mortality and
    readmission" beside "readmission may increase"), neither marked by a person: refine proposes neither side of a tie
    as contradicting, so the configuration counts a harm and its opposite alike, and the group would read both as its
    evidence (trial CV: C1 went out 'strong' with Gonçalves-Bradley 2017's rise in readmission among its supporters).
    Said once per pair, with the marks that decide it."""
    from cmo.synthesis.evidence import contradicting_ids, point_opposite_ways, supporting_ids

    held = {sid for config in snapshot.configurations if not config.retired for sid in config.statements}
    members = {s.id: s for s in review.store.statements_with_ids(held) if not s.deleted}
    found = []
    for config in snapshot.configurations:
        if config.retired:
            continue
        support = [
            members[sid]
            for sid in supporting_ids(config, members, contradicting_ids(config, members))
            if sid in members and not members[sid].stance.get(config.id) and members[sid].outcome.strip()
        ]
        for k, one in enumerate(support):
            other = next((o for o in support[k + 1 :] if point_opposite_ways(one.outcome, o.outcome)), None)
            if other is None or one.source == other.source:
                continue
            found.append(
                LookAt(
                    f"{config.id} counts {one.id} (“{one.outcome}”) and {other.id} (“{other.outcome}”) as support, though "
                    f"they say one thing went opposite ways: 'cmo code mark {other.id} --contradicting {config.id}' (or "
                    f"{one.id}) if one goes against it, '--supporting' if both hold"
                )
            )
    return found


def _words_no_member_says(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """A configuration whose words no statement of it on its side says any more (`members.stale_elements`: the
    statements it was worded from split off or detached), which the group would read as if its evidence said them:
    said with the edit that rewords it (re-check RF 4: after `configs split`, round 2's pack carried C2's old context and
    mechanism, said by refine and not by `round close --check`)."""
    from cmo.synthesis.evidence import contradicting_ids
    from cmo.synthesis.members import stale_elements

    held = {sid for config in snapshot.configurations if not config.retired for sid in config.statements}
    members = {s.id: s for s in review.store.statements_with_ids(held) if not s.deleted}
    found = []
    for config in snapshot.configurations:
        if config.retired:
            continue
        against = set(contradicting_ids(config, members))
        on_its_side = [members[sid] for sid in config.statements if sid in members and sid not in against]
        if on_its_side and (stale := stale_elements(config, on_its_side)):
            found.append(
                LookAt(
                    f"{config.id} is worded in words no statement on its side says (its {listed(stale)}): the "
                    f"group would read them as its evidence's; 'cmo configs edit {config.id} --{stale[0]} \"…\"' rewords it"
                )
            )
    return found


def _undecided_sources(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """Sources a configuration counts as support that a screener left undecided ("maybe"): the strength the group reads
    counts them, as nobody has decided otherwise (trial AD: one lifted a finding to "strong"); the team hears which
    before it freezes. A source never screened is not said: a team that screened elsewhere ingests only what it
    included, and the strength's reason counts those already."""
    from cmo.normalise import natural_key
    from cmo.synthesis.evidence import supporting_sources

    held = {sid for config in snapshot.configurations if not config.retired for sid in config.statements}
    # whole statements, not standings: a member whose outcome reads as not following, unmarked, supports nothing
    # (`evidence.undecided_ids`), and a standing has no outcome to read
    statements = {s.id: s for s in review.store.statements_with_ids(held) if not s.deleted}
    counted: dict[str, list[str]] = {}
    for config in (c for c in snapshot.configurations if not c.retired):
        for key in supporting_sources(config, statements)[0]:
            counted.setdefault(key, []).append(config.id)
    undecided = [s for s in review.store.sources_with_keys(counted) if s.screening == "maybe"]
    found = []
    for source in sorted(undecided, key=lambda s: s.key):
        state = "screened maybe and not yet decided"
        configs = ", ".join(sorted(set(counted[source.key]), key=natural_key))
        found.append(
            LookAt(
                f"{source.key} is {state}, and {configs} count{'s' if ',' not in configs else ''} it as support: "
                f"'cmo select include {source.key}' or 'cmo select exclude {source.key} --reason …' decides it."
            )
        )
    return found


def _coders_disagreed(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """Configurations holding statements whose coding sheet said the coders disagree on them (a column of the team's
    own, kept with each statement, read by `coders_disagree`: 'Agree? (2nd coder)' = DISAGREE): the group would rate
    a finding its own coders have not settled (trial CO: imported as settled, nothing said). Named with the statements;
    the cell, once settled and imported again, or the statement deleted, ends it."""
    from cmo.normalise import natural_key
    from cmo.sheets.coding import coders_disagree

    held = {sid for config in snapshot.configurations if not config.retired for sid in config.statements}
    disputed = {
        s.id: next(f"'{name}': {value}" for name, value in s.extra.items() if coders_disagree(name, value))
        for s in review.store.statements_with_ids(held)
        if not s.deleted and any(coders_disagree(name, value) for name, value in s.extra.items())
    }
    found = []
    for config in (c for c in snapshot.configurations if not c.retired):
        ids = sorted((sid for sid in config.statements if sid in disputed), key=natural_key)
        if ids:
            listed = ", ".join(f"{sid} ({disputed[sid]})" for sid in ids)
            found.append(
                LookAt(
                    f"{config.id} holds statements its coders marked as disagreed: {listed}; settle them before the group "
                    "rates it (write the settled word in the sheet's cell and import it again, or 'cmo code delete')."
                )
            )
    return found


def _protocols_counted(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """A configuration counting as support a study protocol nobody has appraised (trial AB: a trial's protocol made a
    finding "moderate", two sources for one study): a protocol states what a study will do and reports no finding.
    Said, not decided: the team's appraisal weighs it (once appraised, the team has), or a detach takes it out."""
    from cmo.synthesis.evidence import supporting_ids
    from cmo.synthesis.strength import reports_no_findings

    held = {sid for config in snapshot.configurations if not config.retired for sid in config.statements}
    statements = {s.id: s for s in review.store.statements_with_ids(held)}
    sources = {s.key: s for s in review.store.sources_with_keys({s.source for s in statements.values()})}
    protocols = {
        key
        for key, source in sources.items()
        if reports_no_findings(source.title, source.container)
        and source.appraisal.relevance is None
        and source.appraisal.rigour is None
        and source.status != "excluded"
    }
    found = []
    for config in (c for c in snapshot.configurations if not c.retired):
        counted = [sid for sid in supporting_ids(config, statements) if sid in statements]
        for key in sorted({statements[sid].source for sid in counted} & protocols):
            ids = [sid for sid in counted if statements[sid].source == key]
            found.append(
                LookAt(
                    f"{config.id} counts {key} as support ({', '.join(ids)}), a study protocol by its title, which "
                    f"reports no findings: 'cmo appraise {key} --relevance low' weighs it so, or "
                    f"'cmo configs detach {ids[0]} --note …' takes it out."
                )
            )
    return found


def _preprints_counted_beside_their_papers(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """A configuration whose statements cite a preprint and a paper its authors may have published it as
    (`dedupe.published_as`): counted as two sources, one study would make a finding look stronger than it is. Said, not
    decided: the preprint's title and DOI differ from the paper's, so only a person can tell it is one study, and
    `cmo sources merge --force` makes it one source (trial H7: 'Kellett et al. 2021' on medRxiv and 'Kellett et al. 2022'
    in BMJ Open made "3 sources support it" of two studies), or a grey report or thesis and the paper its team
    published of the same study (helper K2: a Swedish county's final report and its English article). So, too, a
    trial's registry record and a paper naming that registration (`dedupe.reports_registered_trial`:
    ClinicalTrials.gov's NCT03735342 beside the paper whose abstract names it)."""
    from cmo.bib.dedupe import published_as, reported_first_as, reports_registered_trial

    held = {sid for config in snapshot.configurations if not config.retired for sid in config.statements}
    statements = {s.id: s for s in review.store.statements_with_ids(held)}
    sources = {s.key: s for s in review.store.sources_with_keys({s.source for s in statements.values()})}
    found = []
    for config in (c for c in snapshot.configurations if not c.retired):
        cited = sorted({statements[sid].source for sid in config.statements if sid in statements} & sources.keys())
        for preprint in cited:
            for paper in cited:
                registered = sorted(reports_registered_trial(sources[preprint], sources[paper])) if paper != preprint else []
                if registered:
                    found.append(
                        LookAt(
                            f"{config.id} counts {preprint} (the trial's registry record, {', '.join(registered)}) and "
                            f"{paper} (a paper naming that registration), as two sources: if the paper reports that trial, "
                            f"'cmo sources merge {paper} {preprint} --force --note …' counts the study once."
                        )
                    )
                if paper != preprint and published_as(sources[preprint], sources[paper]):
                    kind = reported_first_as(sources[preprint])
                    found.append(
                        LookAt(
                            f"{config.id} counts {preprint} ({kind}, {sources[preprint].year}) and {paper} "
                            f"({sources[paper].year}), by the same authors, as two sources: if the {kind[2:]} was "
                            f"published as the paper, 'cmo sources merge {paper} {preprint} --force --note …' counts the "
                            "study once."
                        )
                    )
    return found


def _not_compared(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """Statements in another language than English whose configuration no person placed (`languages.placed_by_no_one`):
    cmo could not compare them with the others, so where they sit is nobody's judgement (CP: 18 of 20 French statements
    stood alone, and `--check` said "Nothing to look at first"). Said once per language, with the commands that place
    or keep them by hand, which refine keeps."""
    from cmo.synthesis.languages import placed_by_no_one

    held = {sid for config in snapshot.configurations for sid in config.statements}
    statements = {s.id: s for s in review.store.statements_with_ids(held) if not s.deleted}
    placed = placed_by_people(review, snapshot.configurations)
    by_language: dict[str, list[tuple[str, str]]] = {}
    for config_id, (language, ids) in placed_by_no_one(snapshot.configurations, statements, placed).items():
        by_language.setdefault(language, []).extend((sid, config_id) for sid in ids)
    found = []
    for language, placed in by_language.items():
        one = len(placed) == 1
        where = ", ".join(f"{sid} ({config_id})" for sid, config_id in placed)
        sid, config_id = placed[0]
        found.append(
            LookAt(
                f"{where} {'is' if one else 'are'} written in {language}, which cmo cannot compare with the review's "
                f"other statements, so {'its' if one else 'their'} place is no one's judgement and the pack says so: "
                f"'cmo configs attach {sid} --to C…' places {'it' if one else 'one'} by hand, 'cmo configs accept "
                f"{config_id}' keeps {'it' if one else 'one'} where it is (refine keeps either)"
            )
        )
    return found


def placed_by_people(review: Review, configurations) -> frozenset[str]:
    """The configurations a person decided on or accepted (`refine.standing`), not only sent in a round."""
    from cmo.commands.refine import standing

    return frozenset(cid for cid, said in standing(review, configurations).items() if said in ("accepted", "decided"))


def _unplaced(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """Statements in no configuration the round would send, though nobody detached or deleted them: the group would not
    see them, and nothing said so (trial Z: refine had named S3, and `--check` said "nothing to look at")."""
    from cmo.normalise import natural_key

    held = {sid for config in snapshot.configurations if not config.retired for sid in config.statements}
    loose = sorted(
        (s.id for s in review.store.statements() if s.id not in held and not s.detached and not s.deleted), key=natural_key
    )
    if not loose:
        return []
    one = len(loose) == 1
    return [
        LookAt(
            f"{', '.join(loose)} {'is' if one else 'are'} in no configuration, so the group would not see "
            f"{'it' if one else 'them'}: 'cmo configs attach {loose[0]} --to C…' places {'it' if one else 'one'}, "
            f"'cmo configs detach {loose[0]} --note …' says why {'it stays' if one else 'one stays'} out"
        )
    ]


def _one_study_s_names(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """A configuration of several sources still in one member's words that name that study's own place, programme or
    figure ("For providers in a large Dar es Salaam referral hospital…", trial S; "the rate of falls is reduced by 24%",
    trial U) or count its sites ("admitted to two large inner-city hospitals", trial AA: five sources, and `--check`
    said "Nothing to look at first"): the group would read one study as the synthesis. What only one source's
    statements say is one study's, however many of its statements say it; what another of its sources says anywhere,
    in any of its statements or their quotes, is not (trial AR 14: 'English' of "women who do not speak English" was
    in the other source's quote, 'burnout' in that source's statement placed elsewhere). Every part is read: a part a
    person reworded is theirs, but the parts they left are still one member's words (trial AJ: the context reworded,
    the outcome still said "at age 19", and `--check` passed), and a name opening a part is a name too when the lexicon
    knows it only as one (trial AI: "Japanese care facilities…" on a two-source configuration). Said with the command
    that words each part for all of them."""
    from cmo.synthesis.evidence import key_contexts_cleared, supporting_contexts
    from cmo.synthesis.wording import key_contexts

    held = {sid for config in snapshot.configurations for sid in config.statements}
    statements = {s.id: s for s in review.store.statements_with_ids(held)}
    the_review_s = _the_review_s(review)
    the_review_s_terms = _the_review_s_terms(review)
    every_source_says = said_by_source(review)
    earlier = [r for r in review.store.rounds() if r.number < snapshot.number]
    read = {c.id: c for c in earlier[-1].configurations} if earlier else {}  # the words the group last read
    found = []
    for config in snapshot.configurations:
        if config.retired:
            continue
        members = [statements[sid] for sid in config.statements if sid in statements]
        sources = len({m.source for m in members})
        worded = {e: getattr(config, e) for e in ("context", "mechanism", "outcome") if e not in config.edited}
        if not config.key_contexts.strip() and not key_contexts_cleared(config):  # the members' the group reads (AS 5)
            worded["key contexts"] = key_contexts("", config.context, supporting_contexts(config, statements), True)
        worded = {part: words for part, words in worded.items() if words.strip()}
        if sources < 2 or not worded:
            continue
        said = " ".join(f"{m.context} {m.mechanism} {m.outcome}" for m in members)
        texts = [every_source_says.get(source, "") for source in dict.fromkeys(m.source for m in members)]
        everyone = list(every_source_says.values())
        last = read.get(config.id)
        named: dict[str, list[str]] = {}
        for part, words in worded.items():
            new = last is None or (
                getattr(last, part) != words
                if part != "key contexts"
                else any(getattr(last, e) != getattr(config, e) for e in ("key_contexts", "context", "statements"))
            )
            contexts = part == "key contexts"  # members' own contexts, each one study's place and people by design: figures only
            names = _one_study_s_words(
                words, texts, said, (the_review_s, the_review_s_terms), new and not contexts, not contexts, everyone
            )
            if names:
                named[part] = names
        if named:
            told = dict.fromkeys(name for names in named.values() for name in names)  # a place, a programme, a figure
            quoted = ", ".join(f"'{name}'" for name in told)
            parts = " and ".join(named)
            edits = " ".join(f'--{part.replace(" ", "-")} "…"' for part in named)
            found.append(
                LookAt(
                    f"{config.id} goes to the group in one of its {sources} sources' words, naming {quoted} in its {parts}, "
                    f"which no other of its sources says: {_edit(config, edits)} words it for all of them."
                )
            )
    return found


def _one_study_s_words(
    worded: str, texts: list[str], said: str, the_review_s, new: bool, names: bool = True, everyone: list[str] | None = None
) -> list[str]:
    """What a configuration's part (or the key contexts shown with it) names that only one of its sources says
    (`texts`, each source's words; `said`, its members'): a name, a figure, a count of sites, and, in words the group has
    not read yet (`new`), one source's uncommon terms. `the_review_s` is the pair (names, terms) the review itself says.
    `names`: whether its names are read; not in the key contexts its members' contexts make, which list each study's
    place and people because that is what key contexts are for (trial BK 8: "naming 'Bosnian', 'Cambridge', 'East
    Harlem'…" of a list of six studies' settings), while a figure there is still one study's sample or year ("Sweden, a
    cohort of 40,000 smokers", trial AS 5). A name is read as the sentence rules read capitals: a hyphenated adjective
    capitalised as a sentence's first word ("Low-income", `a_common_compound`) is no name, nor part of the one after it
    (trial BN 3: "'Low-income African American'", "'High-risk'"); nor is a function word its capital opens a title with
    ("wards using This is me": trial DB named 'This', a word that names nothing to the group). An acronym is a name of
    one study's too where no other source of the whole review (`everyone`, each source's words) says it: a service, a
    role or a condition the review's studies share is said by more than one of them, a state or a programme one study
    alone had is not (trial CZ: a merged configuration of two studies went out as "In rural SC, pts recently discharged
    w/ HF/COPD", one South Carolina study's people, and the check said nothing)."""
    from cmo.synthesis.lexicon import ENGLISH_STOPWORDS, country_initialisms
    from cmo.synthesis.wording import a_common_compound, capitalised_names, counted_places, is_proper_noun

    names_shared, terms_shared = the_review_s
    opening = worded.split()[0].strip(",;:()") if worded.split() else ""
    capitalised = set(capitalised_names((worded,))) if names else set()
    places = country_initialisms()  # a country's initialism is a name wherever it stands: a part's first word, in brackets
    candidates = capitalised | ({opening} if names and opening and (is_proper_noun(opening) or opening in places) else set())
    candidates |= {word for word in re.findall(r"[A-Za-z]+", worded) if word in places} if names else set()  # "practice (UK)"
    named = (
        {
            _whole_name(worded, name, capitalised)
            for name in candidates
            if (not (name.isupper() or _PLURAL_ACRONYM.fullmatch(name)) or name in places or _alone(worded, name, everyone))
            # an acronym ("COVID-19", "NHS", "GPs") names a condition, a role or a service as often as a place, but a
            # country's ("US", "UK") is a place (trial CV: "For US veterans, …"), and so is one only one study says
            and not a_common_compound(name, capitalised)
            and _whole_name(worded, name, capitalised).casefold() not in ENGLISH_STOPWORDS  # "This is me"
            and sum(_possessed(name) in text for text in texts) == 1  # "God's" is said by one saying "God"
            and name in said
            and not names_shared(_whole_name(worded, name, capitalised))
        }
        | _one_source_s_figures(worded, texts, ages_aside=not names)
        | {place for place in counted_places(worded) if sum(_said_in(place, text) for text in texts) == 1}
        | (_one_source_s_terms(worded, texts, terms_shared) if new else set())
    )
    # each said once: '2017 with health authorities' (read as a count of sites) after its figure '2017' is named
    return sorted(name for name in named if not any(name.startswith(f"{other} ") for other in named))


def _said_in(counted: str, text: str) -> bool:
    """Whether a text says a count ("six months", "two hospitals"), its number in words or in figures (`in_figures`)."""
    from cmo.synthesis.wording import in_figures

    return in_figures(counted).casefold() in in_figures(text).casefold()


def _alone(worded: str, name: str, everyone: list[str] | None) -> bool:
    """Whether an acronym stands in `worded` as a place's name does, and one source alone of the whole review says it
    (`everyone`, each source's words; unknown: None), as a word of its own ("SC" of "rural SC", not of "SCI"). A
    place's name is the head of a phrase of place with no article (`_WHERE_BEFORE`: "in rural SC,", "from KZN and"): a
    service is "in the NHS", a time or a condition "during COVID-19", "with HF", and an acronym before the noun it
    qualifies ("in NHS GP practices", "CHW visits") names a kind of thing, not where."""
    from cmo.synthesis.lexicon import STOPWORDS

    if everyone is None:
        return False
    said = re.compile(rf"(?<![\w/-]){re.escape(name)}(?![\w/-])")
    heads = [
        found
        for found in said.finditer(worded)
        if (where := _WHERE_BEFORE.search(worded, 0, found.start()))
        and not set(where.group("between").split()) & STOPWORDS  # "patients with HF/COPD": the object of "with"
        and (not (after := _WORD.match(worded[found.end() :].lstrip())) or after.group().casefold() in STOPWORDS)
    ]
    return bool(heads) and sum(bool(said.search(text)) for text in everyone) == 1


_WHERE_BEFORE = re.compile(
    r"(?:^|\b(?:in|across|from|throughout|within|outside|around|near)\s+)(?P<between>(?:(?!(?:the|a|an)\s)[a-z][\w-]*\s+){0,2})$"
)
"""A preposition of place or a context's opening (which the sentence gives its "In"), perhaps with a word or two in
small letters after it and no article ("in rural ", "across northern ", "rural " opening the context): what follows
names where. A function word among those words ("patients with ", "people on ") opens a phrase of its own, whose object
is what follows: a condition or a treatment the people have, not where they are (helper F3: "patients with HF/COPD"
was named as one study's place)."""


_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]*[A-Z0-9]s")
"""An acronym's plural ("GPs", "CHWs", "NGOs"), read as the acronym is (`str.isupper`): the name of a role, a service or
a condition as often as of one study's place (trial CS: 'GPs' was named as one Scottish study's
word, where the other source spoke of practice staff)."""


def _one_source_s_figures(worded: str, texts: list[str], ages_aside: bool = False) -> set[str]:
    """The figures of a part only one source says, each read with the words it counts or dates: a figure another
    source says of something else is still one study's ("a 2014 school campaign" beside another's "in 2012-2014", trial
    AS 5: "2015" of "a 2015 television documentary" was in another source's "2013-2015", and the check passed). The
    figure's words run to the next function word or punctuation; another source says them when the word after the
    figure is, by its terms, the same. `ages_aside`: a figure giving people's ages (`_AGE_BEFORE`, `_AGE_AFTER`: "16-24
    yr olds", "aged 65 to 80") is not read, as in the key contexts, which say whom each study was about (trial DA: a
    review of testing for young people was asked to reword '16-24' out of its key contexts), nor a bound of ages in
    brackets (`_a_bound_of_ages`: "Older people (>=60)"); a number naming a service ("calling 999") is no study's figure
    anywhere (`_a_number_as_a_name`)."""
    from cmo.synthesis.lexicon import STOPWORDS
    from cmo.synthesis.terms import terms
    from cmo.synthesis.wording import in_figures

    texts = [in_figures(text) for text in texts]  # "6 months" of a part is said by a source's "six months"
    found = set()
    for figure in _FIGURE.finditer(worded):
        if ages_aside and (
            _AGE_BEFORE.search(worded, 0, figure.start())
            or _AGE_AFTER.match(worded, figure.end())
            or _a_bound_of_ages(worded, figure)
        ):
            continue
        if _a_number_as_a_name(worded, figure, texts):
            continue
        saying = [text for text in texts if figure.group() in text]
        if len(saying) == 1:
            found.add(figure.group())
            continue
        phrase = []
        for word in _WORD.finditer(worded, figure.end()):
            gap = worded[(phrase[-1].end() if phrase else figure.end()) : word.start()]
            if gap.strip() or word.group().casefold() in STOPWORDS:
                break
            phrase.append(word)
        if not phrase or not terms(phrase[0].group()):
            continue
        after = terms(phrase[0].group())
        following = re.compile(rf"(?<![\w.-]){re.escape(figure.group())}\s+({_WORD.pattern})")
        if sum(any(terms(m.group(1)) == after for m in following.finditer(text)) for text in saying) == 1:
            found.add(worded[figure.start() : phrase[-1].end()])
    return found


def _a_number_as_a_name(worded: str, figure: re.Match, texts: list[str]) -> bool:
    """Whether a figure is a number that names a service or a line, not a count or measure one study made: a whole
    number, no year, that a name written mid-sentence in capitals goes before ("NHS 111", "NHS 24"), that a verb of
    calling by telephone takes with no word it counts after it (`lexicon.verbs_of_telephoning`: "calling 999 with minor
    acute conditions", "told to ring 111."), or, of three figures or more, that another of the configuration's sources
    says as a number of its own too, not inside a range, a sum or a share ("frequent 911 users" beside another's "fewer
    911 calls"): a number several studies share is none's own. Trial CZ: `round close --check` named '999' and '911
    users' as one study's figures in the key contexts of a review of paramedics' care for older people, at every
    round, so it never closed without exit 1; a share ("admissions fell by 23%"), a sample ("120 pts") or a year one
    source gives is still that study's."""
    from cmo.synthesis.lexicon import STOPWORDS, verbs_of_telephoning

    number = figure.group()
    if not number.isdigit() or _YEAR.fullmatch(number):
        return False
    before = _WORD_BEFORE.search(worded, 0, figure.start())
    word = before.group(1) if before else ""
    opening = not before or not worded[: before.start()].strip() or worded[: before.start()].rstrip()[-1] in '.!?;:("“'
    if word[:1].isupper() and not opening and word.casefold() not in STOPWORDS:
        return True  # "NHS 111": a name's number
    after = re.match(rf"\s+({_WORD.pattern})", worded[figure.end() :])
    counted = bool(after) and after.group(1).casefold() not in STOPWORDS  # "called 120 patients": a count of patients
    if word.casefold() in verbs_of_telephoning() and not counted:
        return True
    if len(number) >= 3 and after and _names_the_noun_after_it(after.group(1), worded[figure.end() + after.end() :]):
        return True  # "911 dispatch sends paramedics…": a line's number before the one service it names (helper F3)
    bare = re.compile(rf"(?<![\w.,/%-]){number}(?![\w/%-]|[.,]\d|\s?%|\s?(?:–|-|to)\s?\d)")
    return len(number) >= 3 and sum(bool(bare.search(text)) for text in texts) >= 2


def _names_the_noun_after_it(noun: str, rest: str) -> bool:
    """Whether a number of three figures or more names the noun after it ("911 dispatch sends…", "after a 999 call",
    "the 111 service was busy") rather than counting it: English counts a plural ("911 calls", "120 patients", "500
    staff"), and a number before a singular that another noun follows measures that noun ("a 100 bed hospital", "a 500
    dose batch"). So a singular noun the lexicon knows, no person nor plural, with no noun after it (a verb, a function
    word, a mark or nothing follows) is what the number names, a service or a line as "NHS 111" is."""
    from cmo.synthesis.lexicon import STOPWORDS, english_word_tags
    from cmo.synthesis.wording import is_a_person, is_plural

    folded = noun.casefold()
    if "n" not in english_word_tags().get(folded, frozenset()) or is_plural(folded) or is_a_person(folded):
        return False
    following = _WORD.match(rest.lstrip()) if rest.strip()[:1].isalpha() else None
    if not following or following.group().casefold() in STOPWORDS:
        return True
    tags = english_word_tags().get(following.group().casefold(), frozenset())
    return bool(tags & {"P", "Z", "D"}) and not tags & {"n", "s", "a"}  # "sends", "fell": a verb; "hospital": a noun


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
"""A year ("2019", "1998"): a date one study gives, whoever else gives the same year of something else (trial AS 5)."""
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’&-]*)\s+$")


SHARED_BY = 4
"""A name at least one in this many of the review's coded sources say is the review's, not one study's."""


def _shared_by(sources: int) -> int:
    """How many of a review's coded sources saying a name or term make it the review's (`SHARED_BY`, at least 3)."""
    return max(3, -(-sources // SHARED_BY))


def said_by_source(review: Review) -> dict[str, str]:
    """Source key → everything its coded statements say, their quotes too: what a source says, wherever a coder
    placed it (the sources' titles are no statement of theirs), and, where the team said what its short forms mean
    (review.yaml `settings: short_forms:`), their words spelt out too: a source that writes 'ABU' says 'asymptomatic
    bacteriuria' (trial E2: `--check` named it as one study's words of a configuration both sources said it in)."""
    from cmo.synthesis.shorthand import spelt_out

    by_source: dict[str, list[str]] = {}
    for m in review.store.statements():
        by_source.setdefault(m.source, []).extend((m.context, m.mechanism, m.outcome, m.quote))
    meanings = review.settings.short_forms
    said = {source: " ".join(parts) for source, parts in by_source.items()}
    if not meanings:
        return said
    return {source: f"{text} {spelt_out(text, meanings)}" for source, text in said.items()}  # 'ABU' says its meaning


def _the_review_s(review: Review):
    """Whether a name is the review's rather than one study's detail: its own title or question says it ('South Asian'
    in a review of education for South Asian communities, trial AL 11), or many of its sources do (at least 3, and one
    in `SHARED_BY` of those with statements): a configuration worded with it names the population or setting the
    review is about, whichever member's words it came from."""
    own = f"{review.config.title} {review.config.question}"
    texts = list(said_by_source(review).values())
    least = _shared_by(len(texts))

    def shared(name: str) -> bool:
        if re.search(rf"\b{re.escape(name)}\b", own):
            return True
        return sum(bool(re.search(rf"\b{re.escape(name)}\b", text)) for text in texts) >= least

    return shared


def _the_review_s_terms(review: Review):
    """Whether a term (the normalised terms of a word, `terms.terms`) is the review's rather than one study's: its title
    or question says it, or at least `_shared_by` of its coded sources do ('benzodiazepines' in a review of stopping
    them, 'hypertension' in one of its care), as `_the_review_s` reads a name."""
    from cmo.synthesis.terms import terms

    own = terms(f"{review.config.title} {review.config.question}")
    by_source = {source: terms(text) for source, text in said_by_source(review).items()}
    least = _shared_by(len(by_source))

    def shared(term: tuple[str, ...]) -> bool:
        return _says(own, term) or sum(_says(said, term) for said in by_source.values()) >= least

    return shared


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_WORD_TAGS = frozenset("PZDNa")
"""The lexicon's tags of a verb's forms and of an adjective (`lexicon.english_word_tags`): words that tell what people
do or feel, in any study's sentence, not the thing one study had."""


def _one_source_s_terms(worded: str, texts: list[str], the_review_s) -> set[str]:
    """The uncommon words of a part (`_uncommon`: a drug, a device, a study's own compound such as 'direct-to-consumer')
    that only one of the configuration's sources says, however it inflects them (the terms cmo compares statements by),
    and that neither the review's question nor many of its sources say (`the_review_s`): what one study had, read as the
    synthesis (trial AP 8: a brochure trial's 'discontinue benzodiazepines' on a configuration of two trials, only one
    of which was about them). Words side by side are one phrase. Said of words the group has not read yet (the caller
    leaves out a part the last round sent as it is): a team that sent them once has weighed them, and a warning
    repeated at every round is one reviewers learn to ignore (trial AN 7)."""
    from cmo.synthesis.terms import terms

    said = [terms(text) for text in texts]
    spans: list[list[int]] = []  # [start, end] of each phrase in `worded`
    for word in _WORD.finditer(worded):
        term = tuple(terms(word.group()))
        opening = not worded[: word.start()].strip() or worded[: word.start()].rstrip()[-1] in ".!?:;"
        if not (term and _uncommon(word.group(), opening) and sum(_says(s, term) for s in said) == 1 and not the_review_s(term)):
            continue
        if spans and not worded[spans[-1][1] : word.start()].strip():
            spans[-1][1] = word.end()
        else:
            spans.append([word.start(), word.end()])
    return {worded[start:end] for start, end in spans}


def _says(terms: list[str], term: tuple[str, ...]) -> bool:
    """Whether a list of terms holds a word's terms side by side (a compound's, 'direct-to-consumer': direct, consum)."""
    if len(term) == 1:
        return term[0] in terms
    return any(tuple(terms[i : i + len(term)]) == term for i, t in enumerate(terms) if t == term[0])


def _uncommon(word: str, opening: bool = False) -> bool:
    """A word no everyday English sentence would use: neither a whole word of the general vocabulary cmo's sentence
    model was trained on (a compound never is) nor a verb's form, an adjective or an adverb the lexicon knows, nor an
    acronym ("NHS", "CHWs": a service or a condition as often as one study's), nor a contraction ("don't", "doesn't",
    "they're": trial CN's check named 'don't' and 'doesn't' as one study's words, at every round), nor a word a common
    dictionary lists in lower case (`lexicon.dictionary_words`: "burnout", "opioid"; trial CR named them as one
    study's), unless it is capitalised as a name, not merely as the first word of a sentence (`opening`), nor a short
    form ("incl"), nor an everyday word joined to itself ("peer-to-peer")."""
    from cmo.synthesis.lexicon import STOPWORDS, dictionary_words, english_word_tags
    from cmo.synthesis.shorthand import is_shorthand

    bare = re.sub(r"['’]s?$", "", word)
    if re.fullmatch(r"[A-Z][A-Z0-9]+s?", bare):
        return False
    folded = bare.casefold()
    if _CONTRACTION.fullmatch(folded):
        return False  # "don't", "can't", "they're", or "dont" typed without its apostrophe: no study's term (trial CM)
    if folded in STOPWORDS or folded in _general_words() or folded.endswith("ly"):
        return False
    if is_shorthand(bare):
        return False  # "incl", "abx": a short form, which the check names once as one (`shorthand_by_word`, trial CR)
    pieces = folded.split("-")
    if len(pieces) > 2 and pieces[0] == pieces[-1] and not _uncommon(pieces[0]):
        return False  # "peer-to-peer", "face-to-face", "door-to-door": an everyday word to itself (trial CR)
    as_written = bare.islower() or (opening and bare[1:].islower())  # "Burnout" opening a part; not "Bristol" inside it
    if as_written and any(form in dictionary_words() for form in (folded, *_singulars(folded))):
        return False
    tags = english_word_tags()
    forms = [folded] + [folded[:-3] + end for end in ("", "e")] * folded.endswith("ing")  # "tapering": "taper"'s form
    if any(tags.get(form, frozenset()) & _WORD_TAGS for form in forms) or _derived(folded):
        return False
    if _closed_compound(folded) and (as_written or "-" not in folded):  # "Housing-First" capitalised as a name
        return False
    return not any(_uncommon(singular, opening) is False for singular in _singulars(folded))


def _singulars(folded: str) -> list[str]:
    """What a plural may be the plural of ("carers": "carer"; "agencies": "agency"; "boxes": "box"): a plural of an
    everyday word is one, as "carer" (care + er) is and "carers" was not (trial CM: 'naming 'carers' in its context')."""
    if len(folded) < 5 or not folded.endswith("s") or folded.endswith("ss"):
        return []
    return [
        folded[:-1],
        *([folded[:-3] + "y"] if folded.endswith("ies") else []),
        *([folded[:-2]] if folded.endswith("es") else []),
    ]


def _closed_compound(folded: str) -> bool:
    """A compound written as one word of two everyday words of four letters or more each ("wellbeing", "caseload",
    "workforce", "timeframe"), as English closes a compound once it is common: no study's own term; nor two everyday
    words joined by one hyphen ("long-term", "well-being", "low-income"), the same compound before English closes it
    (helper H2: 'long-term' named as one study's word). A phrase hyphenated into one ("direct-to-consumer") is read by
    its pieces as before."""
    words = _general_words()
    if "-" in folded:
        pieces = folded.split("-")
        return len(pieces) == 2 and all(piece in words for piece in pieces)
    return any(folded[:i] in words and folded[i:] in words for i in range(4, len(folded) - 3))


_CONTRACTION = re.compile(rf"{NEGATED_AUXILIARY}n['’]?t|[a-z]+['’](?:re|ve|ll|d|m)")
"""A contraction, an auxiliary's "n't" (with its apostrophe or typed without: "dont") or a pronoun's "'re", "'ve"…:
English's function words, however a coder types them."""

_PREFIXES = ("un", "dis", "non", "mis", "in", "im", "ir", "il", "re", "pre", "de", "over", "under", "anti", "co", "self-")
_SUFFIXES = (
    *("ment", "ness", "ation", "ity", "ed", "ing", "er", "or", "al", "ful", "less", "able", "ism", "ist", "s", "es"),
    *("ise", "ised", "ises", "ising", "isation", "ize", "ized", "izes", "izing", "ization"),
)
"""English's derivational prefixes and suffixes: a word made of a known word and one of them is an everyday word. A verb
made of an adjective or noun by -ise or -ize, either spelling ("marginal": "marginalised", "marginalized"), is one too
(trial CS: a British team's 'marginalised' was named as one study's term)."""


def _derived(folded: str) -> bool:
    """Whether a word is built from a word the lexicon or the general vocabulary knows by English's own prefixes and
    suffixes, one of each at most ("unvaccinated": un + vaccinated; "disengagement": dis + engagement; "reskilling"):
    an everyday word, no name of one study's thing (trial AS 5). What is left must be a word of four letters or more,
    so a drug's or a device's name is not read as one by its first or last letters."""
    from cmo.synthesis.lexicon import english_word_tags

    tags = english_word_tags()

    def known(word: str) -> bool:
        if len(word) >= 5 and word[-1] == word[-2] and word[-1] in "lmnprt" and known(word[:-1]):
            return True  # a consonant British spelling doubles before a suffix: "counselling", "modelled" (trial CM)
        return len(word) >= 4 and (word in _general_words() or bool(tags.get(word)))

    def unsuffixed(word: str) -> bool:
        return known(word) or any(
            word.endswith(end) and (known(word[: -len(end)]) or known(word[: -len(end)] + "e")) for end in _SUFFIXES
        )

    if folded.startswith("un") and "N" in tags.get(folded[2:], frozenset()):
        return True  # "unmet", "unpaid", "unfed": "un" before a past participle however short (trial CS named 'unmet')
    return any(folded.startswith(start) and unsuffixed(folded[len(start) :].lstrip("-")) for start in _PREFIXES) or any(
        folded.endswith(end) and (known(folded[: -len(end)]) or known(folded[: -len(end)] + "e")) for end in _SUFFIXES
    )


@cache
def _general_words() -> frozenset[str]:
    """The whole words of the general English vocabulary of cmo's sentence model (its tokenizer's, shipped with cmo):
    about 20,000 words common enough to have a token of their own."""
    import json

    from cmo.synthesis.embeddings import TOKENIZER

    vocab = json.loads(TOKENIZER.read_text(encoding="utf-8"))["model"]["vocab"]
    return frozenset(word for word in vocab if word.isalpha())


def _worded_alike(snapshot: RoundSnapshot) -> list[LookAt]:
    """Two configurations that would go to the group in the same words, context, mechanism and outcome alike: the group
    would rate one finding twice (re-check of AQ, N1: after a round, a split left the configuration it came from in the
    words of the statement that left it, as the new one's). Said with the edit that words the older one again."""
    from cmo.normalise import fold

    seen: dict[tuple[str, str, str], Configuration] = {}
    found = []
    for config in snapshot.configurations:
        if config.retired:
            continue
        words = (fold(config.context), fold(config.mechanism), fold(config.outcome))
        if not any(words):
            continue
        if (first := seen.setdefault(words, config)) is not config:
            found.append(
                LookAt(
                    f"{first.id} and {config.id} would go to the group in the same words, so it would rate one finding "
                    f"twice: {_edit(first, '--context … --mechanism … --outcome …')} words {first.id} as its own members say "
                    f"it, or 'cmo configs merge {first.id} {config.id}' makes them one."
                )
            )
    return found


def _titles_without_a_subject(snapshot: RoundSnapshot) -> list[LookAt]:
    """A title that opens with a finite verb and names no subject (`opens_without_its_subject`: "Were experienced as
    re-traumatising", "Gave women a sense of calm and normality"), from a mechanism coded mid-sentence: the group would
    read a heading that says nothing of who or what does it, and cmo cannot know (helper CU). Said with the edit that
    words it."""
    from cmo.synthesis.wording import opens_without_its_subject

    return [
        LookAt(
            f"{config.id}'s title '{config.title}' opens with a verb and says nothing of who or what does it: "
            f"{_edit(config, _WORDED_AGAIN % 'title')} words it."
        )
        for config in snapshot.configurations
        if not config.retired and opens_without_its_subject(config.title)
    ]


def _no_mechanism(snapshot: RoundSnapshot) -> list[LookAt]:
    """A configuration with no mechanism, made from statements that name none: an outcome in a context, which is no
    realist finding (a CMO explains how an outcome comes about), yet the group would rate it as one beside its evidence
    (trial AN 8: "Pupils miss fewer lessons…" went out with an empty mechanism and "moderate" evidence, and the import
    had said so only statement by statement). So is one with no outcome: how people respond, with nothing saying what
    comes of it (trial CF 4: a row the coder left 'outcome? TBC', which the import named, went to the pack as "In rural
    Vermont HF, peers not available in rural areas.", its outcome "Not yet described." and its evidence "limited: 1
    source supports it", and neither `round close` nor its `--check` said so). Said with the edit that words the part and
    the detach that takes a statement out."""
    from cmo.outputs.events import targets_told

    found = []
    for config in snapshot.configurations:
        if config.retired:
            continue
        members = targets_told(config.statements) or "none"
        first = config.statements[0] if config.statements else "S…"
        unsaid = {
            "mechanism": "an outcome with nothing saying how it comes about",
            "outcome": "how people respond with nothing saying what comes of it",
        }
        for part, rated in unsaid.items():
            if getattr(config, part).strip() or part == "outcome" and not config.mechanism.strip():
                continue  # a configuration with neither is named once, for its mechanism
            found.append(
                LookAt(
                    f"{config.id} has no {part} (its statements, {members}, name none), so the group would rate {rated}, "
                    f"which is no realist finding: {_edit(config, _WORDED_AGAIN % part)} words it, or "
                    f"'cmo configs detach {first} --note …' takes a statement out."
                )
            )
    return found


def _not_findings(review: Review, snapshot: RoundSnapshot) -> list[LookAt]:
    """A configuration no included source supports goes out set apart, not as a finding: the team hears it first."""
    from cmo.commands.refine import describe  # the evidence rule, as every listing applies it

    return [
        LookAt(
            f"{view.id} has no included evidence behind it ({view.strength_reason[:-1]}): its pack sets it apart and asks "
            f"no rating; detach its statements or retire it if it is not a finding ('cmo configs detach S…', "
            f"'cmo configs retire {view.id}')."
        )
        for view in describe(review, snapshot.configurations, feedback=[])
        if view.strength == "none"
    ]


def list_rounds(review: Review) -> list[RoundListed]:
    return [
        RoundListed(round=r.number, closed_at=r.closed_at, note=r.note, configurations=len(r.configurations))
        for r in review.store.rounds()
    ]


def open_round(review: Review) -> int:
    """The round open now, which what the team changes goes into: one past the last closed round."""
    return review.store.current_round()


def get_round(review: Review, number: int | None = None) -> RoundSnapshot:
    rounds = review.store.rounds()
    if not rounds:
        raise CmoError("no round has been closed yet; run 'cmo round close' after 'cmo refine'.")
    if number is None:
        return rounds[-1]
    for snapshot in rounds:
        if snapshot.number == number:
            return snapshot
    raise CmoError(f"round {number} has not been closed (closed rounds: {', '.join(str(r.number) for r in rounds)}).")


_FIGURE = re.compile(r"(?<![\w./-])\d+(?:[.,]\d+)?(?:/\d+)*(?:\s?%|\s?(?:–|-|to)\s?\d+(?:[.,]\d+)?%?)?(?![\w/-])")
"""A study's own figure ("24%", "60–70", "3.5"), not part of a name ("COVID-19") nor a word ("2nd"); one written with a
slash is one figure ("24/7", "1/3"), never two (trial BC: "24/7" was named as '24', '7')."""
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?|between the ages of)\s+$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s?-?(?:years?|yrs?|y)(?:\s|-)?(?:olds?|of age)\b|\s?-?(?:year|yr)-?olds?\b", re.IGNORECASE)
"""Words that make a figure people's ages: "aged 16-24", "ages 15 to 24" before it; "yr olds", "years old", "-year-olds",
"years of age" after it."""
_BOUND_BEFORE = re.compile(r"\(\s*((?:>=|≥|=>|>|<=|≤|<|over|under)\s*)?$", re.IGNORECASE)
_BOUND_AFTER = re.compile(r"\s*(\+)?\s*\)")
_PEOPLE_MORE_OR_LESS = re.compile(r"([A-Za-z]+)\s*\(?\s*(?:[<>]=?|[≥≤]|over|under|above|below)\s*$", re.IGNORECASE)
"""A word and a sign or word of more or less before a figure: ages when the word names people ("women over 50"), not
"HbA1c >=7" nor "a cohort of over 40,000"."""


def _a_bound_of_ages(worded: str, figure: re.Match) -> bool:
    """A number alone in brackets with a bound ("older people (>=60)", "adults (65+)", "(≥18)"): whom a study took, its
    people's ages, as "aged 60 or over" says them (trial CZ: '60' of "older people (>=60) calling 999" was named in the
    key contexts). A number with a word after it ("(≥3 falls)"), a share ("(>=75%)") or one with no bound ("(n=60)",
    "(60)": a sample) is none; nor is a bound after a word for people without brackets ("women over 50")."""
    before = _BOUND_BEFORE.search(worded, 0, figure.start())
    after = _BOUND_AFTER.match(worded, figure.end())
    if before and after and (before.group(1) or after.group(1)):
        return True
    from cmo.synthesis.evidence import _names_people

    sign = _PEOPLE_MORE_OR_LESS.search(worded, 0, figure.start())  # "women over 50" (re-check RH3)
    return bool(sign) and _names_people(sign.group(1).casefold())


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:es|de|da|do|del|la|of)\s+)?[A-Z][\w'’-]*)*")


_WORDED_AGAIN = '--%s "…"'
"""The option a check's `configs edit` gives new words with."""


def _edit(config: Configuration, options: str) -> str:
    """The `configs edit` a check suggests, after the `configs unaccept` an accepted configuration needs first where the
    edit rewords a part `configs edit` refuses to change while it is accepted (`SETTLED_WORDS`; trial AS 11: the hint
    named an edit that was then refused, exit 2): not before a title or key contexts, which change while it stays
    accepted (trial BP 7: the advice to unaccept C10 before editing its key contexts was needless)."""
    edit = f"'cmo configs edit {config.id} {options}'"
    settled = any(re.search(rf"--{part}\b", options) for part in SETTLED_WORDS)
    return f"'cmo configs unaccept {config.id}' and then {edit}" if config.accepted and settled else edit


def _possessed(name: str) -> str:
    """A name without the possessive it carries in one sentence ("God's" → "God", "Women’s" → "Women")."""
    return re.sub(r"['’]s$", "", name)


def _whole_name(text: str, word: str, names: set[str] | frozenset[str] = frozenset()) -> str:
    """The run of capitalised words a name stands in ("Uttar" → "Uttar Pradesh", "Birth" → "Open Birth Days"), without
    a hyphenated adjective before it capitalised as a sentence's or a list's first word ("Low-income African American"
    → "African American": `a_common_compound`, the rule the sentences lower it by)."""
    from cmo.synthesis.wording import a_common_compound

    run = next((run for run in _NAME_RUN.findall(text) if re.search(rf"\b{re.escape(word)}\b", run)), word)
    first, _, rest = run.partition(" ")
    while rest and first != word and a_common_compound(first, names):
        first, _, rest = rest.partition(" ")
        run = f"{first} {rest}".strip()
    return run
