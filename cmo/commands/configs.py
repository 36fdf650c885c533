"""Human decisions on configurations: merge, split, move, edit, detach, accept, new, retire, unaccept, attach.

Each decision is one transaction that changes the configurations and appends to the
history, with the realist move it made, a note, and the feedback that prompted it.
A configuration a person touched is `pinned`: `cmo refine` never undoes the decision,
it only places new statements around it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from typing import Literal

from cmo.commands import writes
from cmo.commands.refine import describe
from cmo.errors import CmoError, NotFound
from cmo.models import (
    SETTLED_WORDS,
    WITHDRAWN,
    WORDING_AND_MEMBERS,
    Action,
    Configuration,
    Decision,
    FeedbackItem,
    Settings,
    Statement,
)
from cmo.normalise import TABLE_NUMBER, fold, listed, natural_key, typed_id
from cmo.outputs.events import what_became_of
from cmo.review import Review
from cmo.store import keeps_cmo_title
from cmo.synthesis.evidence import against_by_hand, supporting_ids
from cmo.synthesis.members import (
    WORDED_ELEMENTS,
    keeps_words,
    majority_domain,
    stale_elements,
    still_saying,
    title_follows,
    with_groups,
)
from cmo.views import Attached, ConfigurationView, Detached, Retired, counted

EDITABLE = ("title", "context", "mechanism", "outcome", "key_contexts")


def get_configuration(review: Review, config_id: str, *, include_retired: bool = False) -> Configuration:
    config = review.store.configuration(configuration_id(review, config_id))
    if config is not None and config.retired and not include_retired:
        fate = what_became_of(review.store.history(config.id), config.id)
        into = fate.removeprefix("merged into ")
        now = f"; its evidence is in {into} now ('cmo trace {into}')" if into != fate else ""
        raise NotFound(f"configuration {config.id} was {fate}{now}; 'cmo history {config.id}' says how and why.")
    if config is None:
        known = [c.id for c in review.store.configurations()]
        shown = f"{', '.join(known[:12])}{'…' if len(known) > 12 else ''}"
        hint = f" (configurations: {shown})" if known else " (run 'cmo refine' first)"
        raise NotFound(f"configuration '{config_id}' is not in this review{hint}.")
    return config


_NUMBER_AND_ID = re.compile(r"(?:CMO\s*)?\d+\.\d+\s*[(\[]\s*(?P<id>C\s*\d+)\s*[)\]]", re.IGNORECASE)
"""A configuration as the report prints it, its table number then its id: "CMO 3.1 (C1)"."""


def configuration_id(review: Review, written: str) -> str:
    """The id a person means: `C3` as typed ("c3", " C03 "), or the number the report's and exports' tables give it
    ("CMO 1.3", "1.3"), numbered as those tables number (`tables.table_numbers`, after the closed rounds' numbers);
    a number no configuration has now is the one a closed round's pack gave it last (one since retired or moved)."""
    if shown := _NUMBER_AND_ID.fullmatch(written.strip()):
        written = shown["id"]  # "CMO 3.1 (C1)" as the report prints it: the id is the one that never changes
    wanted = typed_id(written)
    if found := TABLE_NUMBER.fullmatch(wanted):
        from cmo.commands.pack import numbers_as_sent
        from cmo.outputs.tables import table_numbers

        sent = numbers_as_sent(review)
        number = f"CMO {int(found[1])}.{int(found[2])}"
        for numbers in [table_numbers(review.store.configurations(), review.domains, sent), *reversed(sent)]:
            if held := [config_id for config_id, given in numbers.items() if given == number]:
                return held[0]
    return wanted


def list_configurations(review: Review, domain: str | None = None) -> list[ConfigurationView]:
    """`cmo configs list`: active configurations in id order, optionally of one domain, each with its standing."""
    slug = review.resolve_domain(domain) if domain else None
    return describe(review, [c for c in review.store.configurations() if slug is None or c.domain == slug])


def show_configuration(review: Review, config_id: str) -> tuple[ConfigurationView, list[FeedbackItem]]:
    """`cmo configs show`: the configuration's view and every answer about it, all rounds."""
    view = shown(review, get_configuration(review, config_id))
    return view, [item for item in review.store.feedback() if item.configuration == view.id]


def shown(review: Review, config: Configuration) -> ConfigurationView:
    """One configuration as `configs show` gives it: the listing's view, how it came to its domain and the key contexts
    a person wrote or cleared (re-check of trial AW: `configs show` never said them). Its members' contexts, which
    packs and the report show where no person wrote any, are not read again here: reading them costs a third of the
    command, and its statements are listed beside it."""
    from cmo.synthesis.evidence import key_contexts_cleared, teams_outcomes_named

    written = "none (cleared by the team)" if key_contexts_cleared(config) else config.key_contexts.strip()
    judged = []
    if any(review.settings.outcomes.wanted + review.settings.outcomes.unwanted):  # members read only where the team said
        members = review.store.statements_with_ids(config.statements)
        judged = teams_outcomes_named([config.outcome, *(s.outcome for s in members if not s.deleted)])
    return describe(review, [config])[0].model_copy(
        update={
            "domain_why": _domain_why(review, config),
            "key_contexts_shown": written,
            "outcomes_judged": judged,
            "title_now": title_worded_now(review, config),
        }
    )


def title_worded_now(review: Review, config: Configuration) -> str:
    """The title cmo would word now for a configuration whose words it keeps (pinned by a decision, accepted: a round
    pins what it sends) where that differs from the title it has, which cmo wrote and nobody edited (`keeps_cmo_title`):
    a review refined by an earlier cmo keeps that cmo's titles ("Learning to help a friend does"), as refine never
    rewords a decided configuration behind the team's back; `configs show` says the new wording and how to take it
    (`configs edit ID --title …`), and the team decides. Empty where a person wrote the title, where refine will word it
    again anyway (not pinned), or where the title is the wording with what tells it from another of that title
    (`distinct_titles`: "…, so more pupils ask for help", "… (in rural practices)"). Read as the last write kept it
    (`Store.titles_now`), so showing one reads no wording rules."""
    if not keeps_cmo_title(config):
        return ""
    parts = (config.context, config.mechanism, config.outcome)
    now = review.store.titles_now([parts]).get(parts, "")
    if not now or now == config.title or config.title.startswith((f"{now}, ", f"{now} (")):
        return ""
    return now


def _domain_why(review: Review, config: Configuration) -> str:
    """How a configuration came to its domain: trial F found one in a domain none of its statements were coded to,
    with nothing to say why."""
    if config.domain is None:
        return "no domain yet"
    if "domain" in config.edited:
        return "its domain as a person set it"
    members = [s for s in review.store.statements_with_ids(config.statements) if not s.deleted]
    coded = Counter(s.domain for s in members if s.domain)
    said = ", ".join(f"{n} to {slug}" for slug, n in coded.most_common()) or "none to a domain"
    decided = majority_domain(members)
    if decided and decided[0] == config.domain:
        return f"its statements' coded domain (of its {counted(len(members), 'statement')}, {said})"
    return (
        f"its wording is closest to this domain's description ({config.domain_confidence:.2f}), as its statements' "
        f"coding does not decide (of its {counted(len(members), 'statement')}, {said}); "
        f"'cmo configs move {config.id} --domain …' chooses another"
    )


def _check_feedback(review: Review, because: Iterable[str], *, in_force: bool = False, about: Iterable[str] = ()) -> list[str]:
    """Feedback ids the review has, replaced answers too (a decision may have been made because of one); `in_force`:
    only answers no later file replaced (what is newly cited as evidence); `about`: the configurations the decision
    changes, which each answer must be about (or one they came from, or the whole programme theory: `may_cite`), as
    the pack tells the group "You told us … so we …" under them (trial K: a mistyped id put one respondent's answer
    about C2 under a merge of C5 into C18)."""
    cited = [f.strip().upper() for f in because if f.strip()]
    if not cited:
        return cited
    known = {item.id: item for item in review.store.feedback(replaced=True)}
    about = [c for c in about if c.startswith("C")]
    history = review.store.history() if about else []
    lineage = {c for config in about for c in came_from(history, config)}
    for feedback_id in cited:
        if feedback_id not in known:
            raise NotFound(f"feedback '{feedback_id}' is not in this review; 'cmo feedback list' lists the ids.")
        answered = known[feedback_id].configuration
        if about and not may_cite(lineage, answered):
            raise CmoError(
                f"{feedback_id} answers {answered}, not {' or '.join(about)} (nor a configuration they came from); nothing "
                "was changed: give as --because the answers about what this decision changes."
            )
        if in_force and known[feedback_id].replaced_by == WITHDRAWN:
            raise CmoError(
                f"{feedback_id} was withdrawn{_withdrawn_by(review, feedback_id)}, so it counts no more; nothing was cited."
            )
        if in_force and known[feedback_id].replaced_by:
            item = known[feedback_id]
            raise CmoError(
                f"{feedback_id} was replaced by {item.replaced_by} in {item.respondent}'s later answers; nothing was "
                f"cited: cite {item.replaced_by} instead."
            )
    return cited


def _withdrawn_by(review: Review, feedback_id: str) -> str:
    """When, by whom and why an answer was withdrawn (`cmo feedback withdraw`), as the history tells it: ' on 2026-05-04
    by Robin (the history says: "withdrew the import of …: why")'; '' where no decision names it withdrawn."""
    withdrawals = [d for d in review.store.history(feedback_id) if feedback_id in (d.after.get("withdrawn") or [])]
    if not withdrawals:
        return ""
    last = withdrawals[-1]
    return f' on {last.at[:10]}{f" by {last.by}" if last.by else ""} (the history says: "{last.note.strip()}")'


def _record(
    review: Review,
    action: Action,
    targets: list[str],
    *,
    move=None,
    note="",
    because=(),
    before=None,
    after=None,
    about_targets: bool = True,
) -> Decision:
    """One decision in the history; `about_targets`: the answers it was made because of must be about what it changes,
    unless a person said they are (`cite_feedback`'s `about_this`)."""
    return review.store.record_decision(
        Decision(
            action=action,
            targets=targets,
            move=move,
            note=note,
            because=_check_feedback(review, because, about=targets if about_targets else ()),
            before=before or {},
            after=after or {},
            round=review.store.current_round(),
        )
    )


def _snapshot(config: Configuration) -> dict:
    return config.model_dump(include=set(WORDING_AND_MEMBERS))


@writes
def merge(review: Review, ids: list[str], *, move=None, note="", because=()) -> Configuration:
    """Merge the later configurations into the first: one id survives, the others retire."""
    if len(ids) < 2:
        raise CmoError("merge needs two or more configurations, e.g. 'cmo configs merge C3 C7'.")
    configs = [get_configuration(review, cid) for cid in ids]
    if len({c.id for c in configs}) != len(configs):
        raise CmoError("merge was given the same configuration twice.")
    keep, others = configs[0], configs[1:]
    for config in configs:
        refuse_changing_accepted(config, f"merging {', '.join(c.id for c in configs)}")
    with review.store.transaction():
        before = {c.id: _snapshot(c) for c in configs}
        members = in_order(keep.statements + [s for c in others for s in c.statements])
        contradicting = list(dict.fromkeys(keep.contradicting + [s for c in others for s in c.contradicting]))
        statements = {s.id: s for s in review.store.statements()}
        marked, marks = _carried_marks(
            statements, {c.id: c.statements for c in others}, keep.id, sides=("supporting", "contradicting")
        )
        review.store.put_statements(marked)
        merged = with_stances(
            with_groups(
                keep.model_copy(
                    update={
                        "statements": members,
                        "contradicting": contradicting,
                        "pinned": True,
                        # the reference group's feedback the team cited for any of them stays cited
                        "feedback_evidence": list(
                            dict.fromkeys([*keep.feedback_evidence, *(f for c in others for f in c.feedback_evidence)])
                        ),
                    }
                ),
                statements,
            ),
            statements,
        )
        if "groups" in keep.edited:
            merged = merged.model_copy(update={"groups": sorted(set(keep.groups).union(*(c.groups for c in others)))})
        words, told = _merged_wording(review, keep, others)
        merged = merged.model_copy(update=words)
        retired = [
            c.model_copy(update={"retired": True, "pinned": True, "statements": [], "contradicting": [], "groups": []})
            for c in others
        ]
        review.store.put_configurations([merged, *retired])
        _record(
            review,
            "merge",
            [*(c.id for c in configs), *(sid for c in others for sid in c.statements)],  # a statement's history shows it
            move=move,
            note=note,
            because=because,
            before=before,
            after={
                merged.id: _snapshot(merged),
                "into": merged.id,
                **({"marks": marks} if marks else {}),
                **({"wording": told} if told else {}),
            },
        )
    return merged


def _worded_by_person(config: Configuration) -> list[str]:
    """The parts of a configuration's wording a person wrote (`configs edit`), in the order the edit command takes them."""
    return [name for name in EDITABLE if name in config.edited]


def _merged_wording(review: Review, keep: Configuration, others: list[Configuration]) -> tuple[dict, list[str]]:
    """The words a merge keeps: a person's over the machine's (trial AG 6: C23, reworded by hand one command earlier,
    merged into C19, left C19's machine wording and no word said). Where the target's wording is all the machine's, the
    first other a person reworded gives the merged configuration its wording whole (its words are about members now in
    it, and a machine context beside a person's mechanism would be neither's); where the target's was reworded too, the
    target's stays. Each person's wording dropped is said, with the `configs edit` that restores it; the update, the
    sentences (for the history and the command)."""
    reworded = [c for c in others if _worded_by_person(c)]
    if not reworded:
        return {}, []
    update, told, kept = {}, [], "its own"
    if not _worded_by_person(keep):
        source, reworded = reworded[0], reworded[1:]
        kept = f"{source.id}'s"
        fields = _worded_by_person(source)
        update = {name: getattr(source, name) for name in EDITABLE} | {"edited": sorted(set(keep.edited) | set(fields))}
        told.append(
            f"{keep.id} takes the wording {_edited_by(review, source.id)} wrote on {source.id} ({_said(fields)}); "
            f"{keep.id}'s own, the machine's, is dropped"
        )
    for other in reworded:
        fields = _worded_by_person(other)
        typed = {name: json.dumps(getattr(other, name), ensure_ascii=False) for name in fields}
        restore = " ".join(f"--{name.replace('_', '-')} {value}" for name, value in typed.items())
        one = len(fields) == 1
        told.append(
            f"{other.id}'s {_said(fields)} ({_edited_by(review, other.id)} wrote {'it' if one else 'them'}) "
            f"{'is' if one else 'are'} dropped: {keep.id} keeps {kept} wording; "
            f"'cmo configs edit {keep.id} {restore}' restores {'it' if one else 'them'}"
        )
    return update, told


def _said(fields: list[str]) -> str:
    return listed([name.replace("_", " ") for name in fields])


def _edited_by(review: Review, config_id: str) -> str:
    """Who last reworded a configuration, as the history names them ("a person" where it names no one)."""
    edits = [d for d in review.store.history(config_id) if d.action == "edit" and config_id in d.targets]
    return edits[-1].by if edits and edits[-1].by else "a person"


@writes
def split(review: Review, config_id: str, statement_ids: list[str], *, move=None, note="", because=()) -> Configuration:
    """Move the named statements out into a new configuration of their own."""
    config = get_configuration(review, config_id)
    refuse_changing_accepted(config, f"splitting {config.id}")
    wanted = list(dict.fromkeys(typed_id(s) for s in statement_ids if s.strip()))
    missing = [s for s in wanted if s not in config.statements]
    if not wanted:
        raise CmoError("split needs --statements, e.g. 'cmo configs split C4 --statements S10,S11'.")
    if missing:
        verb = "is" if len(missing) == 1 else "are"
        raise NotFound(f"{', '.join(missing)} {verb} not in {config.id} (its statements: {', '.join(config.statements)}).")
    if len(wanted) == len(config.statements):
        raise CmoError(f"split would leave {config.id} empty; name only some of its statements.")
    statements = {s.id: s for s in review.store.statements()}
    with review.store.transaction():
        backend = review.settings
        new = _consolidated(review.store.next_id("C"), [statements[s] for s in wanted], config, statements, backend)
        kept = _left_with(config, [s for s in config.statements if s not in wanted], statements, backend, consulted_ids(review))
        new = new.model_copy(
            update={
                "contradicting": _still_against([s for s in config.contradicting if s in wanted], new, statements),
                **_coded_domain([statements[s] for s in wanted]),
            }
        )
        marked, marks = _carried_marks(statements, {config.id: wanted}, new.id)
        review.store.put_statements(marked)
        new = with_stances(new, statements)
        new = _told_apart(review, new, beside=[kept])
        review.store.put_configurations([kept, new])
        _record(
            review,
            "split",
            [config.id, new.id, *wanted],  # a statement's history shows the split that moved it
            move=move,
            note=note,
            because=because,
            before={config.id: _snapshot(config)},
            after={config.id: _snapshot(kept), new.id: _snapshot(new), **({"marks": marks} if marks else {})},
        )
    return new


def _carried_marks(
    statements: dict[str, Statement], moved: dict[str, list[str]], to: str, sides: tuple[str, ...] = ("supporting",)
) -> tuple[list[Statement], dict]:
    """A person's mark on a statement (`cmo code mark`) follows it into the configuration a person's decision moves it
    to (`moved`: from which configuration, which statements), when its side still makes sense there: a statement a
    person judged to support C5 and then grouped into C26 by hand supports that person's group (trial V: refine read
    S43 as against the C26 a split made of it, and reworded C26's evidence). A mark of another side stays behind, said.
    Returns the statements as they now are and the record: `{"carried": {S: "supporting C5"}, "left": {...}}`."""
    changed, carried, left = [], {}, {}
    for source, ids in moved.items():
        for sid in ids:
            statement = statements.get(sid)
            side = statement.stance.get(source) if statement else None
            if side is None or source == to or to in statement.stance:
                continue
            if side not in sides:
                left[sid] = f"{side} {source}"
                continue
            stance = {k: v for k, v in statement.stance.items() if k != source} | {to: side}
            statements[sid] = statement.model_copy(update={"stance": stance})
            changed.append(statements[sid])
            carried[sid] = f"{side} {source}"
    return changed, {k: v for k, v in {"carried": carried, "left": left}.items() if v}


def marks_told(marks: dict, to: str) -> list[str]:
    """The marks a decision carried into `to` or left behind, in words (the decision's record keeps them)."""
    carried = [f"{sid}'s mark as {was} now counts for {to}" for sid, was in marks.get("carried", {}).items()]
    left = [
        f"{sid}'s mark as {was} was left behind: 'cmo code mark {sid} --supporting {to}' "
        f"or '--contradicting {to}' says how it stands in {to}"
        for sid, was in marks.get("left", {}).items()
    ]
    return carried + left


def _coded_domain(members: list[Statement]) -> dict:
    """A part split off takes its statements' coded domain (their majority); else it keeps the parent's."""
    found = majority_domain(members)
    return {"domain": found[0], "domain_confidence": round(found[1], 3)} if found else {}


def in_order(ids: Iterable[str]) -> list[str]:
    """Members in id order, each once, as refine keeps them: a decision never leaves refine a reordering to record."""
    return sorted(set(ids), key=natural_key)


def _reworded(
    config: Configuration, statements: dict[str, Statement], backend: Settings, consulted: Iterable[str] = ()
) -> Configuration:
    """After members leave, a configuration whose words no member says any more (`stale_elements`: the one it was
    worded from left) is worded again, whole, from the supporting member refine would word it from; wording a member
    still says, a person's, an accepted configuration's and one a round sent to the reference group (`consulted`: the
    group rated these words) stay (`keeps_words`)."""
    from cmo.synthesis.wording import title_for

    stale = stale_elements(config, [statements[s] for s in config.statements if s in statements])
    members = [statements[s] for s in supporting_ids(config, statements) if s in statements]
    if keeps_words(config, consulted) or not members or not stale:
        return config
    central = _central(still_saying(config, members), statements, backend)  # worded again whole from one member
    update = {element: getattr(central, element) for element in WORDED_ELEMENTS if element not in config.edited}
    if title_follows(config, stale):
        update["title"] = title_for(central.context, central.mechanism, central.outcome)
    return config.model_copy(update=update)


def consulted_ids(review: Review) -> set[str]:
    """The configurations a closed round sent to the reference group."""
    return {c.id for r in review.store.rounds() for c in r.configurations}


WORDING = ("title", *WORDED_ELEMENTS)


def wording_told(
    before: Configuration, after: Configuration, leaving: Iterable[str], statements: dict[str, Statement], gone: str
) -> tuple[dict, dict, str | None]:
    """What taking `leaving` out did to a configuration's words, for the history and the person: the fields reworded
    (before, after) with a sentence; or, when its words stay though a statement they come from left (`keeps_words`),
    that sentence alone. Nothing when its words did not depend on the statements that left."""
    changed = [name for name in WORDING if getattr(before, name) != getattr(after, name)]
    if changed:
        said = {name: getattr(before, name) for name in changed}, {name: getattr(after, name) for name in changed}
        fields = ", ".join(changed)
        return *said, f"{after.id} was worded from a statement now {gone}: its {fields} were worded again from its members"
    members = [statements[s] for s in after.statements if s in statements]
    stale = stale_elements(after, members)
    sources = [
        sid
        for sid in leaving
        if sid in statements
        and any((getattr(statements[sid], e) or "").strip() == (getattr(after, e) or "").strip() for e in stale)
    ]
    if not stale or not sources or after.retired:
        return {}, {}, None
    return (
        {},
        {},
        f"{after.id} is worded from {', '.join(sources)}, now {gone}: its words stay until you reword it: "
        f"'cmo configs edit {after.id} --context … --mechanism … --outcome …'",
    )


def _told_apart(review: Review, made: Configuration, beside: Iterable[Configuration] = ()) -> Configuration:
    """A configuration made from a split or by hand whose title another active one has already says what it leads to,
    as refine words its proposals (`distinct_titles`); `beside`: configurations this decision changes, as they will be."""
    from cmo.synthesis.wording import distinct_titles

    replaced = {c.id for c in beside}
    others = [c for c in review.store.configurations() if c.id not in replaced and c.id != made.id]
    retitled = distinct_titles([*others, *beside, made], {made.id})
    return made.model_copy(update={"title": retitled[made.id]}) if made.id in retitled else made


def _central(members: list[Statement], statements: dict[str, Statement], backend: Settings) -> Statement:
    """The member refine would word it from: ranked on the review's backend over all statements."""
    from cmo.synthesis.centrality import most_central  # numpy: only when a configuration is reworded

    return most_central(members, list(statements.values()), backend.similarity, backend.model)


def _consolidated(
    config_id: str,
    members: list[Statement],
    parent: Configuration,
    statements: dict[str, Statement],
    backend: Settings,
    against: Iterable[str] = (),
) -> Configuration:
    """A new configuration worded from its most central member, as refine words its proposals: never from one that cuts
    against it (`against`), while another is there to word it."""
    from cmo.synthesis.wording import title_for

    central = _central([m for m in members if m.id not in set(against)] or members, statements, backend)
    return Configuration(
        id=config_id,
        title=title_for(central.context, central.mechanism, central.outcome),
        context=central.context,
        mechanism=central.mechanism,
        outcome=central.outcome,
        domain=parent.domain,
        domain_confidence=parent.domain_confidence,
        statements=in_order(s.id for s in members),
        groups=sorted({g for s in members for g in s.groups}),
        pinned=True,
    )


@writes
def move_domain(review: Review, config_id: str, domain: str, *, move=None, note="", because=()) -> Configuration:
    config = get_configuration(review, config_id)
    slug = review.resolve_domain(domain)
    if config.domain == slug:  # trial K: "moved" there, and the report told a move that never happened
        raise CmoError(f"{config.id} is in {slug} already; nothing was changed.")
    with review.store.transaction():
        moved = config.model_copy(
            update={"domain": slug, "domain_confidence": 1.0, "pinned": True, "edited": sorted(set(config.edited) | {"domain"})}
        )
        review.store.put_configurations([moved])
        _record(
            review,
            "move",
            [config.id],
            move=move,
            note=note,
            because=because,
            before={"domain": config.domain},
            after={"domain": slug},
        )
    return moved


@writes
def edit(review: Review, config_id: str, changes: dict[str, str], *, move=None, note="", because=()) -> Configuration:
    from cmo.synthesis.wording import title_for

    config = get_configuration(review, config_id)
    changes = {k: v for k, v in changes.items() if v is not None}
    if not changes:
        raise CmoError(f"nothing to edit: give one of --{', --'.join(n.replace('_', '-') for n in EDITABLE)}.")
    emptied = [part for part in ("title", "context", "mechanism", "outcome") if part in changes and not changes[part].strip()]
    if emptied:  # trial AM 3: `--outcome ""` (an unset shell variable) wiped the outcome of a finding the group had read
        raise CmoError(
            f"{config.id}'s {_said(emptied)} would be left empty, and a configuration reads as its title, context, "
            f"mechanism and outcome: give the new words (an unset shell variable gives none); nothing was changed."
        )
    if all(
        getattr(config, name) == words and (words or name != "key_contexts" or name in config.edited)
        for name, words in changes.items()
    ):
        return config  # it says that already: no edit to record (retrial AM N4: "Edited" and a history entry for none)
    # `--key-contexts ""` on key contexts nobody wrote clears them: its members' contexts are shown no more (trial AW 9)
    reworded = [part for part in SETTLED_WORDS if part in changes]
    if reworded:  # the words of a settled finding (trial Y: an accepted one reworded without a word); its title may change
        refuse_changing_accepted(config, f"rewording its {', '.join(reworded)}")
    follows = {}
    if reworded and "title" not in changes and "title" not in config.edited:
        # a title nobody wrote follows the words it is made of, as refine words it: the mechanism's, with whom it is of,
        # and what it leads to where another configuration has that title (trial BB: an outcome reworded from "staff
        # wellbeing" to "poorer staff wellbeing" left the title "…, which leads to staff wellbeing")
        worded = {part: changes.get(part, getattr(config, part)) for part in ("context", "mechanism", "outcome")}
        made = config.model_copy(update={**worded, "title": title_for(worded["context"], worded["mechanism"], worded["outcome"])})
        title = _told_apart(review, made).title
        follows = {"title": title} if title != config.title else {}
    with review.store.transaction():
        edited = config.model_copy(
            update={**changes, **follows, "pinned": True, "edited": sorted(set(config.edited) | set(changes))}
        )
        changes = {**changes, **follows}
        review.store.put_configurations([edited])
        _record(
            review,
            "edit",
            [config.id],
            move=move,
            note=note,
            because=because,
            before={k: getattr(config, k) for k in changes},
            after=changes,
        )
    return edited


@writes
def detach(review: Review, statement_id: str, *, move=None, note="", because=()) -> Detached:
    """Take a statement out of its configuration; refine will not put it back there."""
    with review.store.transaction():
        statement = _statement(review, statement_id)
        if statement.detached:
            # A second detach would record a decision without the first one's reason, and the report shows the last.
            raise CmoError(
                f"statement {statement.id} is already detached ('cmo history {statement.id}' says why); nothing was changed. "
                f"'cmo configs attach {statement.id} --to C1' puts it into a configuration."
            )
        refuse_taking_from_accepted(review, [statement.id])
        holders, words = release(review, [statement.id], gone="detached")
        review.store.put_statements([statement.model_copy(update={"detached": True})])
        was, now = _words_record(words)
        _record(
            review,
            "detach",
            [statement.id, *[c.id for c in holders]],
            move=move,
            note=note,
            because=because,
            before={"configurations": [c.id for c in holders], **was},
            after={**_emptied(holders), **now},
        )
    return Detached(
        statement=statement.id,
        detached_from=[c.id for c in holders],
        retired=[c.id for c in holders if c.retired],
        wording=words.get("told", []),
    )


def _statement(review: Review, statement_id: str) -> Statement:
    """A statement a person may decide on: one the review has and nobody deleted."""
    statement = review.store.statement(typed_id(statement_id))
    if statement is None:
        raise NotFound(f"statement '{statement_id}' is not in this review; 'cmo code list' shows the ids.")
    if statement.deleted:
        raise CmoError(f"statement {statement.id} was deleted ('cmo history {statement.id}' says why); it takes no decisions.")
    return statement


def refuse_changing_accepted(config: Configuration, change: str) -> None:
    """An accepted configuration is the team's settled finding: no decision changes what it holds (its wording would
    stay while the evidence behind it moved) until the team unaccepts it, knowingly. One sentence for every such
    refusal."""
    if config.accepted:
        raise CmoError(
            f"{change} would change {config.id}, which the team accepted; nothing was changed. Unaccept it first if it "
            f"should change ('cmo configs unaccept {config.id}'; 'cmo configs show {config.id}' shows what it rests on)."
        )


def refuse_taking_from_accepted(review: Review, statement_ids: list[str], *, keep: str | None = None) -> None:
    """A decision about a statement must not take it out of an accepted configuration on the side."""
    leaving = set(statement_ids)
    for config in review.store.configurations():
        taken = [s for s in config.statements if s in leaving]
        if taken and config.id != keep:
            refuse_changing_accepted(config, f"taking {', '.join(taken)} out")


def release(
    review: Review, statement_ids: list[str], *, keep: str | None = None, gone: str = "moved"
) -> tuple[list[Configuration], dict]:
    """Take statements out of the configurations holding them (but `keep`), as detach and split do.

    Each holder is pinned and reworded from the members left (`_reworded`: not one the team accepted or a round sent
    to the reference group); one left empty is retired as merge retires, so no empty configuration reaches a pack.
    Returns the holders as stored and what became of their words (`wording_told`), for the decision's record:
    `{"before": {id: fields}, "after": {id: fields}, "told": [sentences]}` (each part only when not empty).
    """
    leaving = set(statement_ids)
    holders = [c for c in review.store.configurations() if leaving & set(c.statements) and c.id != keep]
    statements = {s.id: s for s in review.store.statements()}
    consulted = consulted_ids(review)
    updated = []
    for config in holders:
        rest = [s for s in config.statements if s not in leaving]
        if not rest:
            updated.append(
                config.model_copy(update={"retired": True, "pinned": True, "statements": [], "contradicting": [], "groups": []})
            )
            continue
        updated.append(_left_with(config, rest, statements, review.settings, consulted))
    review.store.put_configurations(updated)
    words: dict = {"before": {}, "after": {}, "told": []}
    for old, new in zip(holders, updated):
        was, now, told = wording_told(old, new, sorted(leaving & set(old.statements), key=natural_key), statements, gone)
        if was:
            words["before"][new.id], words["after"][new.id] = was, now
        if told:
            words["told"].append(told)
    return updated, {k: v for k, v in words.items() if v}


def _left_with(
    config: Configuration, rest: list[str], statements: dict[str, Statement], backend: Settings, consulted: set[str]
) -> Configuration:
    """A configuration some of whose statements left (a split, a detach, a move), with the `rest`: pinned, against
    only by those of them that were, reworded from them (`_reworded`), and its groups theirs (`with_groups`)."""
    left = config.model_copy(
        update={"statements": rest, "contradicting": [s for s in config.contradicting if s in rest], "pinned": True}
    )
    return with_groups(_reworded(left, statements, backend, consulted), statements)


def _words_record(words: dict) -> tuple[dict, dict]:
    """The parts of a decision's before and after that tell what became of the words of the configurations it
    took statements from: each reworded field old → new under its id (`cmo history` lists them), and the sentences."""
    return dict(words.get("before", {})), {**words.get("after", {}), **({"wording": words["told"]} if words.get("told") else {})}


def _emptied(holders: list[Configuration]) -> dict:
    """What the history adds when a decision left configurations empty: they were retired."""
    retired = [c.id for c in holders if c.retired]
    return {"retired": retired} if retired else {}


@writes
def accept(review: Review, config_ids: str | list[str], *, move=None, note="", because=()) -> list[Configuration]:
    """Lock configurations against the algorithm: refine will neither change nor add to them. Several are accepted in
    one transaction, one decision each (their history reads as if accepted one by one); an unknown or already
    accepted id among them changes nothing (trial CQ: 'configs accept C13 C15 C2' was refused as extra arguments)."""
    ids = [config_ids] if isinstance(config_ids, str) else list(config_ids)
    configs = list({c.id: c for c in (get_configuration(review, i) for i in ids)}.values())
    if not configs:
        raise CmoError("give the configurations to accept, e.g. 'cmo configs accept C2 C5'.")
    done = [c.id for c in configs if c.accepted]
    if done:  # a second accept would add a decision to the audit trail that decided nothing
        which = f"{done[0]} is" if len(done) == 1 else f"{', '.join(done)} are"
        raise CmoError(f"{which} already accepted ('cmo history {done[0]}' shows when); nothing was changed.")
    accepted = [c.model_copy(update={"accepted": True, "pinned": True}) for c in configs]
    with review.store.transaction():
        review.store.put_configurations(accepted)
        for config in accepted:
            _record(review, "accept", [config.id], move=move, note=note, because=because, after=_snapshot(config))
    return accepted


@writes
def unaccept(review: Review, config_ids: str | list[str], *, move=None, note="", because=()) -> list[Configuration]:
    """Undo an accept: refine may place new statements again, but the configurations stay pinned. Several are
    unaccepted in one transaction, one decision each, as `accept` takes them; an unknown id, or one not accepted,
    changes nothing (trial DA: 'configs unaccept C1 C4', as 'round close --check' asked of both, was refused as an
    extra argument, where 'configs accept C1 C4' had taken both)."""
    ids = [config_ids] if isinstance(config_ids, str) else list(config_ids)
    configs = list({c.id: c for c in (get_configuration(review, i) for i in ids)}.values())
    if not configs:
        raise CmoError("give the configurations to unaccept, e.g. 'cmo configs unaccept C2 C5'.")
    undone = [c.id for c in configs if not c.accepted]
    if undone:
        which = f"{undone[0]} is" if len(undone) == 1 else f"{', '.join(undone)} are"
        raise CmoError(f"{which} not accepted, so there is nothing to undo ('cmo history {undone[0]}' shows why).")
    reopened = [c.model_copy(update={"accepted": False, "pinned": True}) for c in configs]
    with review.store.transaction():
        review.store.put_configurations(reopened)
        for config in reopened:
            _record(
                review,
                "unaccept",
                [config.id],
                move=move,
                note=note,
                because=because,
                before={"accepted": True},
                after={"accepted": False},
            )
    return reopened


@writes
def new_configuration(
    review: Review, statement_ids: list[str], *, domain: str | None = None, move=None, note="", because=()
) -> tuple[ConfigurationView, dict[str, list[str]], list[str]]:
    """A configuration made by hand from the named statements, taken out of wherever they were; with what was taken
    from which configuration and the configurations that taking them left empty, and so retired (the command says so).
    A statement of an accepted configuration is refused (`refuse_taking_from_accepted`)."""
    wanted = list(dict.fromkeys(typed_id(s) for s in statement_ids if s.strip()))
    if not wanted:
        raise CmoError("new needs --statements, e.g. 'cmo configs new --statements S1,S2'.")
    members = [_statement(review, s) for s in wanted]
    slug = review.resolve_domain(domain) if domain else None
    statements = {s.id: s for s in review.store.statements()}
    with review.store.transaction():
        refuse_taking_from_accepted(review, wanted)
        current = review.store.configurations()
        was_against = {s for c in current for s in c.contradicting}
        moved = {c.id: [s for s in c.statements if s in wanted] for c in current if set(wanted) & set(c.statements)}
        holders, words = release(review, wanted)
        holders = _held_as_before(review, holders, current)
        against = against_by_hand(wanted, statements)  # trial AA: a finding and its null result made "moderate support"
        parent = _placed(review, members, slug)
        new = _consolidated(review.store.next_id("C"), members, parent, statements, review.settings, against)
        carried = in_order({*_still_against([s for s in wanted if s in was_against], new, statements), *against})
        new = new.model_copy(update={"contradicting": carried, "edited": ["domain"] if slug else []})
        marked, marks = _carried_marks(statements, moved, new.id)
        review.store.put_statements(marked)
        new = with_stances(new, statements)
        new = _told_apart(review, new)
        review.store.put_configurations([new])
        review.store.put_statements([s.model_copy(update={"detached": False}) for s in members if s.detached])
        _record(
            review,
            "new",
            [new.id, *wanted, *[c.id for c in holders]],
            move=move,
            note=note,
            because=because,
            before={"configurations": [c.id for c in holders], "moved": moved, **_words_record(words)[0]},
            after={
                new.id: _snapshot(new),
                **_emptied(holders),
                **_words_record(words)[1],
                **({"marks": marks} if marks else {}),
            },
        )
    return shown(review, new), moved, [c.id for c in holders if c.retired]


def _held_as_before(review: Review, holders: list[Configuration], before: list[Configuration]) -> list[Configuration]:
    """What a configuration a person took statements from by hand (`configs new`) is left: as pinned as it was, for
    the person decided about the statements moved, not about what remains (trial AG 9: C1-C3, refine's, were listed
    "[decided]" after `configs new` took from them, and refine never re-formed their leftovers). One left empty is
    retired, as `release` retires it."""
    was = {c.id: c.pinned for c in before}
    kept = [c if c.retired or was.get(c.id, True) else c.model_copy(update={"pinned": False}) for c in holders]
    review.store.put_configurations([c for c, old in zip(kept, holders) if c is not old])
    return kept


def _still_against(flagged: list[str], config: Configuration, statements: dict[str, Statement]) -> list[str]:
    """Which flags a statement brings from the configuration it left into one made by hand still hold there: only where
    its own outcome reads against (`reads_against`), never on the member the new one is worded from, and never all of
    them (trial W: C27, worded from S30, listed S30 as contradicting it, a flag S30 had as a member of C2)."""
    from cmo.synthesis.evidence import denial_in_line, reads_against, says_as_worded

    worded = (config.context, config.mechanism, config.outcome)
    holding = [statements[m] for m in config.statements if m in statements and not reads_against(statements[m])]
    kept = [
        sid
        for sid in flagged
        if sid in statements
        and reads_against(statements[sid])
        and not denial_in_line(statements[sid], holding)  # trial X: "not always requested" beside "withheld"
        and (statements[sid].context, statements[sid].mechanism, statements[sid].outcome) != worded
        and not says_as_worded(statements[sid].outcome, config.outcome)  # H0: a null beside the null it is worded from
    ]
    return [] if len(kept) == len(config.statements) else kept


def _placed(review: Review, members: list[Statement], slug: str | None) -> Configuration:
    """Where a hand-made configuration sits: the domain given, else its members' as refine assigns it."""
    if slug:
        return Configuration(id="", domain=slug, domain_confidence=1.0)
    from cmo.synthesis.merge import DomainModel  # numpy and scipy: only for a hand-made configuration

    domain, confidence = DomainModel(
        review.store.statements(), review.domains, review.settings.similarity, review.settings.model
    ).for_configurations([members])[0]
    return Configuration(id="", domain=domain, domain_confidence=round(confidence, 3))


@writes
def retire(review: Review, config_id: str, *, move=None, note="", because=()) -> Retired:
    """Retire a configuration by hand: kept in the audit trail, its id never reused, its statements free again."""
    config = get_configuration(review, config_id)
    refuse_changing_accepted(config, f"retiring {config.id}")
    with review.store.transaction():
        retired = config.model_copy(update={"retired": True, "pinned": True, "statements": [], "contradicting": [], "groups": []})
        review.store.put_configurations([retired])
        _record(
            review,
            "retire",
            [config.id, *config.statements],
            move=move,
            note=note,
            because=because,
            before=_snapshot(config),
            after={"retired": True, "freed": config.statements},
        )
    return Retired(configuration=config.id, freed=config.statements)


@writes
def attach(review: Review, statement_id: str, config_id: str, *, move=None, note="", because=()) -> Attached:
    """Put a statement into a configuration by hand: out of detached and of any other configuration."""
    statement = _statement(review, statement_id)
    target = get_configuration(review, config_id)
    if statement.id in target.statements:
        raise CmoError(f"{statement.id} is already in {target.id}; nothing to attach.")
    refuse_changing_accepted(target, f"attaching {statement.id}")
    with review.store.transaction():
        refuse_taking_from_accepted(review, [statement.id], keep=target.id)
        holders, words = release(review, [statement.id], keep=target.id)
        statements = {s.id: s for s in review.store.statements()}
        _, marks = _carried_marks(statements, {c.id: [statement.id] for c in holders}, target.id)
        attached = statements[statement.id].model_copy(update={"detached": False})
        review.store.put_statements([attached])
        statements[statement.id] = attached
        members = in_order([*target.statements, statement.id])
        joined = with_stances(
            with_groups(
                _reworded(target.model_copy(update={"statements": members, "pinned": True}), statements, review.settings),
                statements,
            ),
            statements,
        )
        review.store.put_configurations([joined])
        _record(
            review,
            "attach",
            [statement.id, target.id, *[c.id for c in holders]],
            move=move,
            note=note,
            because=because,
            before={"configurations": [c.id for c in holders], "detached": statement.detached, **_words_record(words)[0]},
            after={
                "configuration": target.id,
                **_emptied(holders),
                **_words_record(words)[1],
                **({"marks": marks} if marks else {}),
            },
        )
    return Attached(
        statement=statement.id, to=target.id, moved_from=[c.id for c in holders], retired=[c.id for c in holders if c.retired]
    )


def with_stances(config: Configuration, statements: dict[str, Statement]) -> Configuration:
    """The reviewers' word on each member (`cmo code mark`) beats the wording rule in its contradicting list."""
    said = {s: statements[s].stance.get(config.id) for s in config.statements if s in statements}
    against = [
        s
        for s in config.statements
        if said.get(s) == "contradicting" or (s in config.contradicting and said.get(s) != "supporting")
    ]
    return config.model_copy(update={"contradicting": against})


@writes
def cite_feedback(
    review: Review,
    config_id: str,
    feedback_ids: list[str],
    *,
    move=None,
    note="",
    remove: bool = False,
    side: Literal["supporting", "contradicting"] | None = None,
    about_this: bool = False,
) -> Configuration:
    """Cite what the reference group said as evidence for a configuration, beside its sources; `remove` takes
    citations back (a person's decision, overridden by a person). `side` counts the answers for it or against it
    whatever their rating says (`Configuration.counts_against`); without it, a side given before is kept.
    `about_this`: answers given under another configuration's question that a person reads as about this one, cited
    with the note saying why (trial BI: a comment written under the wrong question could be cited nowhere it belongs)."""
    config = get_configuration(review, config_id)
    if remove:
        return _uncite(review, config, feedback_ids, move=move, note=note)
    cited = _check_feedback(review, feedback_ids, in_force=True)
    if not cited:
        raise CmoError("give the feedback to cite, e.g. --feedback F3,F7 ('cmo feedback list' lists them).")
    if about_this and not note.strip():
        raise CmoError(f"say why these answers are about {config.id} though given under another question: --note '…'.")
    if not about_this:
        _check_answers(review, config.id, cited)
    chosen = dict.fromkeys(cited, side) if side else dict.fromkeys(_taken_in(review, config, cited), "supporting")
    with review.store.transaction():
        cites = list(dict.fromkeys(config.feedback_evidence + cited))
        sides = config.feedback_sides | chosen
        if (
            cites == config.feedback_evidence
            and sides == config.feedback_sides
            and config.pinned
            and _said_so(review, config, note)
        ):
            return config  # cited so already: no change to record (re-check RH4: a second cite logged it again)
        updated = config.model_copy(update={"feedback_evidence": cites, "feedback_sides": sides, "pinned": True})
        review.store.put_configurations([updated])
        _record(
            review,
            "cite-feedback",
            [config.id],
            move=move,
            note=note,
            because=cited,
            about_targets=not about_this,
            before={"feedback_sides": config.feedback_sides} if chosen else {},
            after={"feedback_evidence": updated.feedback_evidence}
            | ({"feedback_sides": sides, "sides_by_cmo": [] if side else list(chosen)} if chosen else {}),  # who chose
        )
    return updated


def _said_so(review: Review, config: Configuration, note: str) -> bool:
    """Whether a citation's note adds nothing to what the audit trail says: none given, or one an earlier citation of
    this configuration gave. A new note is a reason kept, recorded though nothing else changes."""
    return not note.strip() or any(d.action == "cite-feedback" and d.note == note for d in review.store.history(config.id))


def _reworded_for(review: Review, config_id: str) -> set[str]:
    """The answers the team gave as the reason for rewording a configuration's context, mechanism or outcome
    (`configs edit --because`)."""
    return {
        f
        for d in review.store.history(config_id)
        if d.action == "edit" and set(d.after) & {"context", "mechanism", "outcome"}
        for f in d.because
    }


def _taken_in(review: Review, config: Configuration, cited: list[str]) -> list[str]:
    """Disagreements a rewording took in: answers that disagreed with a configuration the team then reworded because of
    them (`configs edit --because`), cited with no side given and none given before. The new wording is what they
    said, so they are cited as what it rests on, for it, not as the group's view against it (trial AE: a pharmacist's
    disagreement that re-situated C22 was cited against its new context, and the pack told her so); `cite_doubts` says
    it, with the command that counts one against it."""
    reworded = _reworded_for(review, config.id)
    answers = {item.id: item for item in review.store.feedback(replaced=True)}
    return [
        f
        for f in cited
        if f in reworded and f not in config.feedback_sides and f in answers and config.counts_against(answers[f])
    ]


def cite_doubts(review: Review, config: Configuration, cited: list[str]) -> list[str]:
    """What a citation with no side given decided that a person should know, each with the command that turns it
    round: a disagreement a rewording took in, cited for the new wording (`_taken_in`; trial P, then trial AE, where
    it was cited against the wording it produced); and an agreement whose words may go the other way
    (`qualifying_words`: 'it is not always embarrassing' under 'Strongly agree', trial AF); and a partly agreeing answer,
    counted with it and named as partly agreeing (`tables.feedback_cited_as`, trial DD). A side a person gave is
    their decision: nothing is said of it."""
    from cmo.sheets.feedback import qualifying_words  # the sheet readers: only when feedback is cited

    cited = [f.strip().upper() for f in cited]
    answers = {item.id: item for item in review.store.feedback(replaced=True)}
    reworded = _reworded_for(review, config.id)
    chosen = _sides_chosen_last(review, config.id)
    lines = []
    for f in cited:
        item = answers.get(f)
        if item is None:
            continue
        if f in reworded and chosen.get(f) == "supporting" and item.goes_against():
            lines.append(
                f"{f} disagreed with {config.id}'s earlier wording and {config.id} was reworded because of it, so it is "
                f"cited as what the new wording rests on, for it; 'cmo configs cite {config.id} --feedback {f} "
                "--contradicting' if it still goes against the new wording"
            )
        elif f not in config.feedback_sides and item.rating == "partly":
            lines.append(
                f"{f} partly agrees with {config.id}: it is counted with the evidence for it, never against it, and every "
                f"output names it as partly agreeing, not as full support; 'cmo configs cite {config.id} --feedback {f} "
                "--contradicting' if the part that does not hold goes against it"
            )
        elif f not in config.feedback_sides and item.rating == "agree" and (words := qualifying_words(item)):
            rated = f" ('{item.answer}')" if item.answer and fold(item.answer) != "agree" else ""
            lines.append(
                f"{f} agrees with {config.id} by its rating{rated}, but its words may go the other way ('{words}'): it is "
                f"cited for it; 'cmo configs cite {config.id} --feedback {f} --contradicting' if they go against it"
            )
    return lines


def _sides_chosen_last(review: Review, config_id: str) -> dict[str, str]:
    """The sides the latest citation on a configuration gave its answers (none where it gave none)."""
    last = next((d for d in reversed(review.store.history(config_id)) if d.action == "cite-feedback"), None)
    sides = last.after.get("feedback_sides") if last is not None else None
    return {f: sides[f] for f in last.because if f in sides} if isinstance(sides, dict) else {}


def _mark_came_from(review: Review, statement_id: str, config_id: str) -> str | None:
    """The configuration a statement's mark on `config_id` was made on, where a split, move or new configuration carried
    it there (`_carried_marks`) and no mark on `config_id` was made since (trial X: after a split, "a mark made on its
    earlier wording" of a mark made on C1)."""
    for decision in reversed(review.store.history(statement_id)):
        if decision.action == "mark" and config_id in decision.targets:
            return None
        carried = (decision.after.get("marks") or {}).get("carried", {}) if isinstance(decision.after, dict) else {}
        said = carried.get(statement_id) if isinstance(carried, dict) else None
        if isinstance(said, str) and config_id in decision.targets and said.split()[-1] != config_id:
            return said.split()[-1]
    return None


def reword_doubts(review: Review, before: Configuration, after: Configuration) -> list[str]:
    """What a person judged on a configuration's earlier words, once its context, mechanism or outcome is reworded:
    each member's mark and each cited answer's side, named with the command that turns it round (trial P: after
    C9 was reworded to say what S34 said, S34 stayed marked as contradicting it, without a word). Nothing is changed:
    the marks are people's decisions. Unmarked members are read against the new words as refine reads them
    (`refine.doubts_within`): one now left undecided, or saying the opposite of the new outcome, is said (trial AM 6)."""
    if all(getattr(before, part) == getattr(after, part) for part in ("context", "mechanism", "outcome")):
        return []
    from cmo.commands.refine import doubts_within
    from cmo.synthesis.evidence import reads_against

    lines = []
    members = review.store.statements_with_ids(after.statements)
    for statement in members:
        side = statement.stance.get(after.id)
        if side and not statement.deleted:
            other = "supporting" if side == "contradicting" else "contradicting"
            came = _mark_came_from(review, statement.id, after.id)
            judged = (
                f"a mark made on {came} ({side} {came}) that came with {statement.id} into {after.id}; it was judged on "
                f"{came}'s words, not these"
                if came
                else "a mark made on its earlier wording"
            )
            lines.append(
                f"{statement.id} is marked as {side} {after.id}, {judged}; "
                f"'cmo code mark {statement.id} --{other} {after.id}' if the new wording turns it round"
            )
    answers = {item.id: item for item in review.store.feedback(replaced=True)}
    for f in after.feedback_evidence:
        if f in answers:
            against = after.counts_against(answers[f])
            side, other = ("against", "supporting") if against else ("for", "contradicting")
            lines.append(
                f"{f} is cited {side} {after.id}, judged on its earlier wording; "
                f"'cmo configs cite {after.id} --feedback {f} --{other}' if the new wording turns it round"
            )
    # unmarked members read against the new words, as refine reads them (trial AM 6: one now saying the opposite kept
    # counting without a word)
    return lines + doubts_within(after, {m.id: m for m in members}, reads_against)


def _uncite(review: Review, config: Configuration, feedback_ids: list[str], *, move=None, note="") -> Configuration:
    wanted = _check_feedback(review, feedback_ids)
    stray = [f for f in wanted if f not in config.feedback_evidence]
    if not wanted or stray:
        cited = ", ".join(config.feedback_evidence) or "none"
        raise CmoError(f"{config.id} does not cite {', '.join(stray) or 'that'} (it cites {cited}); nothing was changed.")
    with review.store.transaction():
        kept = [f for f in config.feedback_evidence if f not in wanted]
        sides = {f: side for f, side in config.feedback_sides.items() if f in kept}
        updated = config.model_copy(update={"feedback_evidence": kept, "feedback_sides": sides})
        review.store.put_configurations([updated])
        _record(
            review,
            "uncite-feedback",
            [config.id],
            move=move,
            note=note,
            because=wanted,
            before={"feedback_evidence": config.feedback_evidence},
            after={"feedback_evidence": updated.feedback_evidence},
        )
    return updated


def may_cite(lineage: set[str], answered: str) -> bool:
    """Feedback is evidence only for the configuration it answers, or one that configuration came from (`lineage`:
    `came_from`); a comment on the programme theory as a whole (what is missing) may be cited for any, such as one it
    led the team to make."""
    from cmo.sheets.feedback import OVERALL  # the sheet readers: only when feedback is cited

    return answered in lineage or answered == OVERALL


def _check_answers(review: Review, config_id: str, cited: list[str]) -> None:
    lineage = came_from(review.store.history(), config_id)
    answers = {item.id: item.configuration for item in review.store.feedback()}
    for feedback_id in cited:
        if not may_cite(lineage, answers[feedback_id]):
            raise CmoError(
                f"{feedback_id} answers {answers[feedback_id]}, not {config_id} or a configuration it came from "
                f"({', '.join(sorted(lineage - {config_id})) or 'none'}); cite it on {answers[feedback_id]}, or, where it "
                f"is about {config_id} though given under that question, add --about-this with a --note saying why."
            )


def citable_feedback(review: Review, config_id: str) -> list[FeedbackItem]:
    """The answers in force a configuration may cite (`may_cite`) and does not cite yet: what a form offers."""
    config = get_configuration(review, config_id)
    lineage = came_from(review.store.history(), config.id)
    return [a for a in review.store.feedback() if a.id not in config.feedback_evidence and may_cite(lineage, a.configuration)]


def came_from(decisions: list[Decision], config_id: str) -> set[str]:
    """`config_id` and every configuration merged into it or split off into it, through any number of decisions."""
    found, todo = {config_id}, [config_id]
    while todo:
        current = todo.pop()
        for decision in decisions:
            if decision.action == "merge" and decision.after.get("into", decision.targets[:1] and decision.targets[0]) == current:
                parents = [t for t in decision.targets if t.startswith("C")]  # not the statements the merge moved
            elif decision.action == "split" and decision.targets[1:2] == [current]:
                parents = decision.targets[:1]
            else:
                continue
            todo += [p for p in parents if p not in found]
            found.update(parents)
    return found
