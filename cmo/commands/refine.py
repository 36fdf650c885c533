"""Refine: propose or update configurations from the coded statements, and close rounds.

The clustering itself is `cmo.synthesis.merge` (pure); this module feeds it from the store, keeps
every human decision (pinned and accepted configurations, detached statements), writes
the result in one transaction and logs what changed in the history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from cmo.commands import writes
from cmo.errors import CmoError
from cmo.models import Configuration, Decision, FeedbackItem, Statement
from cmo.normalise import natural_key
from cmo.outputs.events import refine_lines  # noqa: F401  (cli: `cmo history` prints a statement's path)
from cmo.review import Review
from cmo.synthesis.evidence import (
    asserting_what_is_denied,
    claims_one_kind_better,
    compares_null,
    contradicting_ids,
    denying_what_is_asserted,
    left_undecided,
    opposite_outcomes,
    outcome_is_uncertain,
    point_opposite_ways,
    reads_against,
    remember_readings,
    reports_a_gain_beside_null,
    sources_of,
    sources_telling_no_outcome,
    supporting_ids,
    teams_outcomes_named,
    told_supporters,
    undecided_ids,
)
from cmo.synthesis.members import consulted_pinned, majority_domain, with_groups
from cmo.synthesis.progress import Listener, listening
from cmo.synthesis.strength import evidence_strength, supporting_sources
from cmo.views import UNDECIDED, ConfigurationView


@dataclass
class RefineOutcome:
    configurations: list[Configuration]
    backend: str
    threshold: float
    unassigned: list[str]
    """Statements in no configuration: those a person detached (`detached`), and any refine could not place."""
    changed: list[str]
    lines: list[str] = field(default_factory=list)
    """What refine did, in words, per configuration ("C2 dissolved: S4 joined C7")."""
    suggested: dict[str, list[str]] = field(default_factory=dict)
    """Per pinned configuration, statements like it that refine left for a person to attach."""
    detached: list[str] = field(default_factory=list)
    held_back: dict[str, list[str]] = field(default_factory=dict)
    """Per configuration a person retired, the statements refine left unplaced rather than form it again."""


NOT_PLACING = ("code-add", "code-import")
"""Decisions that name a statement without placing it: after them alone, a statement is new."""


def placed_before(history: list[Decision]) -> set[str]:
    """Statements an earlier refine or decision placed, moved or freed: not new, so refine only suggests them for pinned ones."""
    placed: set[str] = set()
    for decision in history:
        if decision.action in NOT_PLACING:
            continue
        placed.update(decision.targets)
        if decision.action == "refine":
            placed.update(
                sid
                for side in (decision.before, decision.after)
                for members in side.values()
                if isinstance(members, list)
                for sid in members
            )
    return placed


@writes
def refine(
    review: Review, domain: str | None = None, threshold: float | None = None, backend: str | None = None
) -> RefineOutcome:
    store = review.store
    only = review.resolve_domain(domain) if domain else None
    statements = store.statements()
    if not statements:
        raise CmoError("there are no coded statements yet; import a coding sheet with 'cmo code import FILE'.")
    threshold = threshold if threshold is not None else review.settings.merge_threshold
    backend = backend or review.settings.similarity
    with store.transaction():
        consulted = {c.id for r in store.rounds() for c in r.configurations}
        existing = consulted_pinned(store.configurations(include_retired=True), consulted)  # a round pins what it sends
        before = {c.id: c for c in existing}
        from cmo.synthesis.merge import propose  # numpy and scipy: loaded only to refine

        history = store.history()

        result = propose(
            statements,
            review.domains,
            existing,
            next_id=lambda: store.next_id("C"),
            detached={s.id for s in statements if s.detached},
            placed=placed_before(history),
            only_domain=only,
            threshold=threshold,
            backend=backend,
            model=review.settings.model,
            retired_by_hand=retired_by_hand(history),
            consulted=consulted,
            made_by_hand=made_by_hand(history),
        )
        by_id = {s.id: s for s in statements}
        configurations = [c if c.retired else with_groups(c, by_id) for c in result.configurations]
        changed = [c for c in configurations if before.get(c.id) != c]
        told = [c for c in changed if _told_change(before.get(c.id), c, by_id)]  # what a person would call a change
        lines = (
            change_lines(before, configurations, result.joined, by_id)
            + suggestion_lines(result.suggested, before)
            + held_back_lines(result.held_back)
            + domain_lines(configurations, by_id)
            + against_lines(before, configurations, by_id)
            + doubt_lines(before, configurations, by_id)
            + apart_lines(before, result.kept_apart, configurations, by_id)
            + apart_lines(before, result.kept_apart_sides, configurations, by_id, sides=True)
            + apart_lines(before, result.kept_apart_people, configurations, by_id, people=True)
            + alone_lines(
                before,
                {  # the configurations it is most like: a twin in another domain is the one to hear of (re-trial N1)
                    sid: nearest
                    for sid, nearest in _not_kept_apart(
                        {sid: result.alone_nearest.get(sid, [near]) for sid, near in result.alone_near.items()},
                        {**result.kept_apart_people, **result.kept_apart_sides, **result.kept_apart},
                        configurations,
                        result.threshold,
                    ).items()
                    if sid not in result.coded_apart_near
                },
                configurations,
                result.threshold,
                far={
                    sid: floor
                    for sid, floor in result.alone_far.items()
                    if sid not in result.coded_apart_near
                    and not any(sid in kept for kept in (result.kept_apart, result.kept_apart_sides, result.kept_apart_people))
                },
            )
            + coded_apart_lines(before, result.coded_apart_near, configurations, by_id, result.threshold)
            + no_mechanism_lines(before, result.no_mechanism, configurations)
            + not_in_english_lines([by_id[sid] for sid in newly_placed(before, configurations) if sid in by_id])
            + words_kept_lines(result.words_kept)
        )
        store.put_configurations(changed)
        if changed or result.suggested != _last_suggested(store):
            targets = [c.id for c in told] + moved_statements(before, configurations)
            store.record_decision(
                Decision(
                    action="refine",
                    targets=targets,
                    round=store.current_round(),
                    note=f"proposed by cmo refine ({result.backend}, threshold {result.threshold})"
                    + (f" within domain {only}" if only else "")
                    + ("; no configuration changed" if not targets else ""),  # as it says: "0 changed"
                    before={
                        **{c.id: before[c.id].statements for c in changed if c.id in before},
                        "wording": _rewordings(before, changed, "before"),
                    },
                    after={
                        **{c.id: ([] if c.retired else c.statements) for c in changed},
                        "changes": lines,
                        "suggested": result.suggested,
                        "wording": _rewordings(before, changed, "after"),
                    },
                )
            )
    active = [c for c in configurations if not c.retired and (only is None or c.domain == only)]
    detached = [sid for sid in result.unassigned_statements if by_id[sid].detached]
    changed_ids = [c.id for c in told]  # not its similarity note or suggestions alone: "6 changed" named two (trial K)
    unassigned = result.unassigned_statements
    return RefineOutcome(
        active, result.backend, result.threshold, unassigned, changed_ids, lines, result.suggested, detached, result.held_back
    )


REWORDABLE = ("title", "context", "mechanism", "outcome", "domain")


def _rewordings(before: dict[str, Configuration], changed: list[Configuration], side: str) -> dict[str, dict]:
    """What refine reworded of configurations it kept, old or new wording by id: the audit trail tells old → new."""
    found = {}
    for config in changed:
        old = before.get(config.id)
        if old is None or config.retired:
            continue
        fields = [name for name in REWORDABLE if getattr(old, name) != getattr(config, name)]
        if fields:
            found[config.id] = {name: getattr(old if side == "before" else config, name) for name in fields}
    return found


def retired_by_hand(history: list[Decision]) -> dict[str, list[str]]:
    """Each configuration a person retired (`cmo configs retire`), with the statements it held then."""
    return {d.targets[0]: list(d.after.get("freed", [])) for d in history if d.action == "retire" and d.targets}


def made_by_hand(history: list[Decision]) -> set[str]:
    """Each configuration a person made (`cmo configs new`): refine reads its contradicting list as that command did."""
    return {d.targets[0] for d in history if d.action == "new" and d.targets}


def held_back_lines(held_back: dict[str, list[str]]) -> list[str]:
    """Statements refine would have formed a retired configuration from again: left for a person to place."""
    return [
        f"{', '.join(sids)} left in no configuration: {'together they' if len(sids) > 1 else 'on its own it'} would form "
        f"{cid} again, which a person retired; 'cmo configs attach {sids[0]} --to C…' places "
        f"{'one' if len(sids) > 1 else 'it'}, 'cmo configs new --statements {','.join(sids)}' forms one anew"
        for cid, sids in held_back.items()
    ]


def _last_suggested(store) -> dict:
    """What the last refine suggested: a refine that changes nothing records a decision only when that moved."""
    return store.last_recorded("refine", "suggested") or {}


def _homes(configurations) -> dict[str, str]:
    return {sid: c.id for c in configurations if not c.retired for sid in c.statements}


def moved_statements(before: dict[str, Configuration], after: list[Configuration]) -> list[str]:
    """Statements whose configuration refine changed, in id order: the refine decision names them for `cmo history`."""
    was, now = _homes(before.values()), _homes(after)
    return in_id_order(sid for sid in set(was) | set(now) if was.get(sid) != now.get(sid))


def in_id_order(ids) -> list[str]:
    return sorted(set(ids), key=natural_key)


def change_lines(
    before: dict[str, Configuration], after: list[Configuration], joined: dict[str, str], statements: dict[str, Statement]
) -> list[str]:
    """Every change refine made, in words, one line per configuration."""
    was, now = _homes(before.values()), _homes(after)
    lines = []
    for config in after:
        old = before.get(config.id)
        if old == config:
            continue
        if old is None:
            lone = " (a configuration of its own: it joined no other)" if len(config.statements) == 1 else ""
            lines.append(f"{config.id} new: {', '.join(config.statements)}{lone}")
        elif config.retired and not old.retired:
            went = [f"{sid} {_where(now.get(sid), statements.get(sid))}" for sid in old.statements]
            lines.append(f"{config.id} dissolved: {', '.join(went)}")
        elif not config.retired:
            lines += _kept_lines(old, config, was, now, joined, statements)
    return lines


def _told_change(old: Configuration | None, new: Configuration, statements: dict[str, Statement]) -> bool:
    """New, dissolved, or changed in what `change_lines` tells (members, wording, domain, the contradicting, groups)."""
    if old is None or old.retired != new.retired:
        return True
    return not new.retired and bool(_kept_lines(old, new, {}, {}, {}, statements))


def _where(config_id: str | None, statement: Statement | None) -> str:
    if config_id is not None:
        return f"joined {config_id}"
    if statement is not None and statement.detached:
        return "is detached"
    return "is in no configuration"


def _kept_lines(old: Configuration, new: Configuration, was: dict, now: dict, joined: dict, statements: dict) -> list[str]:
    gained = [s for s in new.statements if s not in old.statements]
    lost = [s for s in old.statements if s not in new.statements]
    lines = []
    for sid in gained:
        if joined.get(sid) == new.id:
            coded = statements[sid].domain
            why = "same domain" if coded else "coded to no domain"
            lines.append(f"{sid} added to {new.id} (pinned): new statement, {why}")
    moves = [f"{sid} joined" + (f" from {was[sid]}" if sid in was else "") for sid in gained if joined.get(sid) != new.id]
    moves += [f"{sid} left" + (f" for {now[sid]}" if sid in now else "") for sid in lost]
    fields = [name for name in ("title", "context", "mechanism", "outcome", "domain") if getattr(old, name) != getattr(new, name)]
    against_before, against_now = set(contradicting_ids(old, statements)), set(contradicting_ids(new, statements))
    if against_before != against_now:
        fields.append("contradicting")  # as every view reads it: a stored list put in another order is no change
    if set(old.groups) != set(new.groups):
        fields.append("groups")
    if moves or fields:
        said = ", ".join(moves + ([f"{' and '.join(fields)} updated"] if fields else []))
        lines.append(f"{new.id} changed: {said}")
    turned = [sid for sid in sorted(against_before - against_now, key=natural_key) if sid in new.statements]
    undecided = set(undecided_ids(new, statements)) if turned else set()
    for sid in turned:  # still a member: the side it counts on turned without a word (trial CI: C6's only evidence
        # against, a meta-analysis, turned to support and the strength from limited to strong)
        side = "it is not yet decided, on neither side" if sid in undecided else "it counts as support now"
        lines.append(
            f"{sid} is no longer read as going against {new.id}: {side}; "
            f"'cmo code mark {sid} --contradicting {new.id}' if it goes against it"
        )
    return lines


def suggestion_lines(suggested: dict[str, list[str]], configurations: dict[str, Configuration]) -> list[str]:
    """Statements like a pinned or accepted configuration that refine did not add: a person decides."""
    lines = []
    for cid, sids in suggested.items():
        accepted = configurations[cid].accepted
        why = "refine leaves an accepted configuration as it is" if accepted else "refine adds only new statements of its domain"
        lines.append(
            f"{cid} ({'accepted' if accepted else 'pinned'}) may take {', '.join(sids)}: {why}; "
            f"'cmo configs attach {sids[0]} --to {cid}' if it belongs"
        )
    return lines


def against_lines(before: dict[str, Configuration], after: list[Configuration], statements: dict[str, Statement]) -> list[str]:
    """Each statement refine newly reads as going against a configuration (the wording rule, `proposed_against`): a
    machine judgement that changes the strength of evidence, so the team hears it with the command that overrides it."""
    lines, common = [], {}
    for config in after:
        if config.retired:
            continue
        old = before.get(config.id)
        was = set(contradicting_ids(old, statements)) if old is not None else set()
        for sid in contradicting_ids(config, statements):
            if sid not in was and statements[sid].stance.get(config.id) is None:
                lines.append(
                    f"{sid} read as going against {config.id} ({_why_against(sid, config, statements, common)}); "
                    f"'cmo code mark {sid} --supporting {config.id}' if it agrees"
                )
    return lines


def _why_against(sid: str, config: Configuration, statements: dict[str, Statement], common: dict | None = None) -> str:
    """Which of the wording rule's reasons put a member against its configuration, in the words refine prints: a
    member flagged for pointing the other way was told "its outcome did not follow" (trial P). `common`: the review's
    common terms (`explain.common_terms`), filled on first need, for a caller saying several."""
    statement = statements[sid]
    if statement.contradicts:
        return "its coder flagged it as contradicting"
    if compares_null(statement.outcome):  # trial AA: "did just as well as usual care" is no other context or mechanism
        return f"its outcome, “{statement.outcome.strip()}”, finds no difference from what it was compared with"
    if reads_against(statement):
        holding = [o for o in config.statements if o != sid and o in statements and not reads_against(statements[o])]
        if asserted := denying_what_is_asserted(sid, holding, statements):  # AE 1: a null result of the change
            return (
                f"its outcome, “{statement.outcome.strip()}”, says the change {asserted[0]} reports "
                f"(“{statements[asserted[0]].outcome.strip()}”) did not come"
            )
        return f"its outcome did not follow, {_about_the_same(statement, holding, statements, common)}"
    others = [statements[o].outcome for o in config.statements if o != sid and o in statements]
    if any(point_opposite_ways(statement.outcome, other) for other in others):
        judged = teams_outcomes_named([statement.outcome])
        by = f", judged as review.yaml's settings.outcomes says ({', '.join(judged)})" if judged else ""
        return f"its outcome, “{statement.outcome.strip()}”, points the other way from most of the others{by}"
    deniers = [o for o in config.statements if o != sid and o in statements and reads_against(statements[o])]
    if asserting_what_is_denied([sid], deniers, statements):  # trial Y: about another context, the same outcome
        return f"its outcome, “{statement.outcome.strip()}”, says the change most of the others deny came"
    about = _about_the_same(statement, deniers, statements, common)
    return f"its outcome followed where most of the others say it did not, {about}"


def _about_the_same(statement: Statement, others: list[str], statements: dict[str, Statement], common: dict | None) -> str:
    """What a member read as going against shares with the others it was read beside, said as true: "about the same context
    and mechanism" where it shares a mechanism with one of them by the rule refine's notice reads a configuration by
    (`explain.no_mechanism_shared` of the pair: two words of their mechanisms beyond words their contexts name); else the
    one word or none it shares, as the notice says them. The wording rule reads the pair alike as a whole; a reviewer
    told "the same context and mechanism" of "classes seen as female-dominated; men prefer training" beside "they value
    the social contact" (one word, 'social') would believe a claim the words do not bear (trials BM 3, BO 5). Said, never
    acted on: the flag stands, with the mark that overrides it."""
    from cmo.synthesis.explain import common_terms, no_mechanism_shared

    if common is None:
        common = {}
    if not common:
        common.update(common_terms(list(statements.values())))
    beside = [statements[o] for o in others if o in statements]
    if not beside:
        return "as the wording rule reads it"
    alone = []
    for other in beside:
        words = no_mechanism_shared([statement, other], common)
        if words is None:
            return "about the same context and mechanism"
        alone += [word for word in words.get("alone", []) if word not in alone]
    quoted = ", ".join(f"'{word}'" for word in alone)
    shared = f"only {quoted}" if len(alone) == 1 else f"no more than one word ({quoted})" if alone else "no word"
    theirs = f"that of {beside[0].id}" if len(beside) == 1 else "those of " + ", ".join(o.id for o in beside)
    return f"though its mechanism shares {shared} with {theirs} beyond words their contexts name"


def _newly_in(before: dict[str, Configuration], config: Configuration) -> list[str]:
    """The members a configuration did not hold before this refine: what its lines speak of, once."""
    old = before.get(config.id)
    return [sid for sid in config.statements if old is None or old.retired or sid not in old.statements]


def doubt_lines(before: dict[str, Configuration], after: list[Configuration], statements: dict[str, Statement]) -> list[str]:
    """A new member whose outcome reads as not following (`reads_against`) that refine still counts as support (not
    about the same context and mechanism as the rest, by the rule): the team hears it, as it may go against the
    configuration (trial J: "no gain in efficiency" made a configuration's evidence moderate without a word), or that says
    the opposite of its outcome (`member_doubts`); and a member this refine moved from against it to its support (trial
    AD: a null trial counted for a reworded configuration without a word)."""
    lines = []
    for config in after:
        if config.retired or config.accepted:
            continue
        against = set(contradicting_ids(config, statements))
        holding = [statements[s] for s in config.statements if s in statements and s not in against]
        holding = [s for s in holding if not reads_against(s)]
        old = before.get(config.id)
        was_against = set(contradicting_ids(old, statements)) if old is not None and not old.retired else set()
        now_for = [sid for sid in config.statements if sid in was_against and sid not in against]  # trial AD: said
        for sid in dict.fromkeys([*_newly_in(before, config), *now_for]) if holding else ():
            statement = statements.get(sid)
            if statement and sid not in against:
                lines += member_doubts(statement, config, holding, reads_against(statement))
    return lines


def opposite_line(statement: Statement, config: Configuration) -> str:
    """A member counted as support though its outcome says the opposite of the configuration's (`opposite_outcomes`: a
    thing done where the configuration says it is withheld, or the other direction): a contrast a realist may keep
    (juxtapose) or set apart, said with the commands that decide it (AE 3, AF 5: a counter-example merged in unsaid)."""
    judged = teams_outcomes_named([statement.outcome])
    by = f", judged as review.yaml's settings.outcomes says ({', '.join(judged)})" if judged else ""
    return (
        f"{statement.id} counts as supporting {config.id}, though its outcome says the opposite of {config.id}'s "
        f"(“{statement.outcome.strip()}” beside “{config.outcome.strip()}”{by}); 'cmo configs split {config.id} --statements "
        f"{statement.id}' keeps it apart, 'cmo code mark {statement.id} --contradicting {config.id}' if it goes against, "
        f"'--supporting {config.id}' to keep it so"
    )


def doubts_within(config: Configuration, members: Mapping[str, Statement], against: Callable[[Statement], bool]) -> list[str]:
    """`support_doubts` of one configuration whose members are at hand (`against`: `reads_against`, remembered by the
    caller, as a round's check reads every member of every configuration)."""
    live = [members[sid] for sid in config.statements if sid in members and not members[sid].deleted]
    holding = [m for m in live if not against(m)]
    return [line for s in live if not s.contradicts for line in member_doubts(s, config, holding, against(s))]


def member_doubts(
    statement: Statement, config: Configuration, holding: list[Statement], against: bool, *, now: bool = False
) -> list[str]:
    """The one sentence to say of a member counted as supporting a configuration, if any: its outcome reads as not
    following (`against`, `doubted`), or it reads as following yet says the opposite of the configuration's outcome
    (`opposite_outcomes`: "mothers take up the offer" beside "mothers decline the offer"), and nobody has marked it nor
    listed it as contradicting. `now`: an edit made it so."""
    undecided = doubted(statement, config, holding)  # one that reads as following too: worse news of another thing
    if against or undecided:
        return [doubt_line(statement, config.id, now=now, config=config)] if undecided else []
    unmarked = statement.id not in config.contradicting and config.id not in statement.stance and not config.retired
    if reports_a_gain_beside_null(statement, config):  # "higher attendance" beside "did not attend": undecided, not support
        return []
    return [opposite_line(statement, config)] if unmarked and opposite_outcomes(statement.outcome, config.outcome) else []


def doubted(statement: Statement, config: Configuration, holding: list[Statement]) -> bool:
    """Whether a member whose outcome reads as not following (`reads_against`) is one to say: it counts on neither side
    until a person marks it (`evidence.left_undecided`, the one rule)."""
    return left_undecided(statement, config, holding)


def doubt_line(statement: Statement, config_id: str, *, now: bool = False, config: Configuration | None = None) -> str:
    """A member counted on neither side, as its outcome reads as not following, with the two marks that decide it: the
    one sentence refine, `code edit` (`now`: an edit made it so) and a person's grouping say it with."""
    reads, unlike = "reads as not following", ""
    if outcome_is_uncertain(statement.outcome):
        reads = "says only that the evidence is uncertain"
    elif not reads_against(statement) and config is not None and claims_one_kind_better(statement, config):
        reads = "finds no difference between two kinds of provider"
        unlike = f", where {config_id} says one of the two kinds makes the difference"
    elif not reads_against(statement):  # `evidence.worse_of_another_thing`: the same outcome, or another?
        reads, unlike = "tells of things going the worse way", f" in words naming nothing the outcomes of {config_id} name"
    return (
        f"{statement.id} is not yet decided for {config_id}: its outcome {'now ' * now}{reads} "
        f"(“{statement.outcome.strip()}”){unlike}, so it counts on neither side until a person marks it: 'cmo code mark "
        f"{statement.id} --contradicting {config_id}' if it goes against, '--supporting {config_id}' if it supports"
    )


def words_kept_lines(words_kept: dict[str, list[str]]) -> list[str]:
    """A configuration the reference group rated keeps its words though no member says them any more: said, with the
    edit that rewords it (trial V: they were reworded, unasked, under the round's answers)."""
    return [
        f"{cid} keeps the words the reference group rated, though no statement of it says its {' and '.join(parts)} any "
        f"more: 'cmo configs edit {cid} --{parts[0]} \"…\"' rewords it"
        for cid, parts in sorted(words_kept.items(), key=lambda item: natural_key(item[0]))
    ]


def alone_lines(
    before: dict[str, Configuration],
    alone_near: dict[str, list[tuple[str, float]]],
    after: list[Configuration],
    cut: float,
    far: dict[str, float] | None = None,
) -> list[str]:
    """A statement newly left in a configuration of its own, beside the configuration it is most like, or the two or
    three it is about as like (`explain.close_to_best`), by the ranking `cmo code suggest` shows (`explain.nearest_line`),
    with why refine did not add it to one it is as like as the review merges, where a person's decision holds that one.
    One that no configuration is liker to than two unrelated statements of the review are (`far`: that level, by
    `merge.corpus_background`) is said to have none close, not pointed at noise (trial CJ 18: "most like C12 (0.090)")."""
    from cmo.synthesis.explain import nearest_line

    home = {sid: c.id for c in after if not c.retired for sid in c.statements}
    held = {  # why a configuration it is as like as the review merges did not take it: a person's decision holds it
        c.id: f"{c.id} is accepted, and refine leaves an accepted configuration as it is"
        if c.accepted
        else f"{c.id} is pinned, and refine adds to it only new statements of its domain"
        for c in after
        if not c.retired and (c.accepted or c.pinned)
    }
    lines = {
        sid: nearest_line(sid, home[sid], nearest, cut, held)
        for sid, nearest in alone_near.items()
        if sid in home and (home[sid] not in before or before[home[sid]].statements != [sid])
    }
    for sid, floor in (far or {}).items():
        if sid in home and sid not in lines and (home[sid] not in before or before[home[sid]].statements != [sid]):
            lines[sid] = (
                f"{sid} stands alone in {home[sid]}; no configuration is close to it: none is liker to it than two unrelated "
                f"statements of this review are to each other ({floor:.3f}), so none is suggested: "
                f"'cmo configs attach {sid} --to ID' where a person sees it belongs ('cmo code suggest {sid}' shows the nearest)"
            )
    return [lines[sid] for sid in sorted(lines, key=natural_key)]


def not_in_english_lines(statements: list[Statement]) -> list[str]:
    """Statements coded in another language than English, said once per language with what to do (trial AF: four French
    and Spanish statements each stood alone, and `code suggest` offered configurations for sharing "la" and "de"): cmo's
    stemmer, lexicon and sentence model are English ones. Said by `code import` and by refine."""
    from cmo.synthesis.languages import not_in_english

    lines = []
    for language, ids in not_in_english(statements).items():
        one = len(ids) == 1
        lines.append(
            f"{', '.join(ids)} {'is' if one else 'are'} written in {language}: cmo compares statements in English only, "
            f"so {'its' if one else 'their'} place rests on an English sentence model reading {language} and on no shared "
            f"word, and cmo joins no two statements written in other languages than English, nor places one by "
            f"another; code an English version ('cmo code edit {ids[0]} --context … --mechanism … --outcome …', the "
            "original words kept in --quote) and refine again."
        )
    return lines


def coded_apart_lines(
    before: dict[str, Configuration],
    coded_apart_near: dict[str, tuple[str, float]],
    after: list[Configuration],
    statements: dict[str, Statement],
    cut: float,
) -> list[str]:
    """A statement newly alone that is as like a configuration of another domain as this review merges, kept out of it
    only by the domain a coder gave it (`MergeResult.coded_apart_near`): the coder's domain wins, and the team hears of
    the twin with the edit that brings them together (trial AE: three "perceived risk" statements stood apart; trial AD:
    S8's twin coded to another domain was never named)."""
    home = {sid: c for c in after if not c.retired for sid in c.statements}
    by_id = {c.id: c for c in after if not c.retired}
    lines = []
    for sid, (cid, score) in sorted(coded_apart_near.items(), key=lambda item: natural_key(item[0])):
        own, near = home.get(sid), by_id.get(cid)
        if own is None or near is None or sid not in statements or (own.id in before and before[own.id].statements == [sid]):
            continue
        lines.append(
            f"{sid} stands alone in {own.id}, though it is as like {cid} ({score:.3f}) as this review merges ({cut:.3f}): "
            f"it is coded to {statements[sid].domain or 'no domain'}, {cid} to {near.domain or 'no domain'}; "
            f"'cmo code edit {sid} --domain {near.domain} --note …' and refine again if they are one"
        )
    return lines


def no_mechanism_lines(
    before: dict[str, Configuration], no_mechanism: dict[str, dict[str, list[str]]], after: list[Configuration]
) -> list[str]:
    """A configuration refine proposed whose members share no mechanism (`MergeResult.no_mechanism`: fewer than two words
    of their mechanisms beyond words their contexts name): one outcome may be reached by
    different mechanisms, which a realist keeps apart; said once, when its members changed, as what it was proposed on
    and what the reviewer is to read, with the split that keeps them apart (trial AD: "seek professional help" and "not
    find the support helpful" joined on "help"; session 42: "older adults" alone, "depressive symptoms" + "delivered",
    "physician" named in context and mechanism), never as refine proposing and doubting one configuration at once
    (re-check AO). Of three or more members, the words are those most of them share (trial AR 2)."""
    by_id = {c.id: c for c in after if not c.retired}
    lines = []
    for cid, words in sorted(no_mechanism.items(), key=lambda item: natural_key(item[0])):
        config = by_id.get(cid)
        if config is None or (cid in before and before[cid].statements == config.statements):
            continue
        members = ", ".join(config.statements)
        alone, everywhere = words.get("alone", []), words.get("everywhere", [])
        parts = [element for element in ("context", "mechanism", "outcome") if words.get(element)]
        on = "; ".join(f"{element}: {', '.join(words[element])}" for element in parts)
        on = on or (f"mechanism: {', '.join(everywhere)}" if everywhere else "no word in common")
        context_named = [word for word in words.get("mechanism", []) if word not in alone]
        named = f" but {', '.join(context_named)}, which their contexts name too" if context_named else ""
        word = f"only '{alone[0]}'" if alone else "no word"
        listed = ", ".join(repr(w) for w in everywhere)
        beyond = f" beyond {listed}, words most of this review's mechanisms say" if everywhere else ""
        apart = words.get("apart", [])
        if apart:
            each = ", ".join(repr(w) for w in apart)
            shared = f"of {members}, {each} are each in half of their mechanisms, never together in half of them"
            split = f"'cmo configs split {cid} --statements ID,…' with those reached another way, if so"
        elif len(config.statements) == 2:
            shared = f"{members} share {word} of their mechanisms{beyond}{named}"
            split = f"'cmo configs split {cid} --statements {config.statements[-1]}' if so"
        else:
            shared = f"of {members}, {word} of their mechanisms is shared by half of them{beyond}{named}"
            split = f"'cmo configs split {cid} --statements ID,…' with those reached another way, if so"
        proposed = "mechanism words no half of its members say together" if apart else None
        proposed = proposed or f"{'one' if alone else 'no'} mechanism word in common"
        lines.append(
            f"{cid} was proposed on {proposed} ({on}) "
            "and on how alike the statements read as a whole: "
            f"{shared}. Read their mechanisms: two ways to one outcome are two "
            f"configurations; {split}"
        )
    return lines


def newly_placed(before: dict[str, Configuration], after: list[Configuration]) -> list[str]:
    """Statements in a configuration now that were in none before this refine."""
    held = {sid for c in before.values() if not c.retired for sid in c.statements}
    return [sid for c in after if not c.retired for sid in c.statements if sid not in held]


def apart_lines(
    before: dict[str, Configuration],
    kept_apart: dict[str, tuple[str, str]],
    after: list[Configuration],
    statements: dict[str, Statement],
    *,
    sides: bool = False,
    people: bool = False,
) -> list[str]:
    """Each statement refine newly kept out of a configuration because it says the opposite of a member there
    (`merge.say_the_opposite`), quoting both, with the attach that puts it there if a person reads them otherwise (trial
    Z: "physicians do not act on recommendations" and "physicians act on drug-related problems → no reduction in
    readmissions" were proposed as one configuration, the null result counted as its support). Said when either of the
    two is new where it is, once: a refine that changes nothing says nothing again. `sides`: kept out as it tells the
    opposite side of that member with no more than one word of their contexts and mechanisms in common
    (`MergeResult.kept_apart_sides`, `merge.two_sides_apart`), quoting each one's mechanism and outcome (trial AP: S30
    stood alone "most like C13 (0.391, where this review merges at 0.319)" with no word why). A configuration of another
    domain than the one the statement is coded to is said to be so (`merge._likest_kept_out` names one, trial AS 7).
    `people`: kept out as its outcome and that member's are two results of two peoples (`MergeResult.kept_apart_people`),
    quoting both outcomes."""
    by_id = {c.id: c for c in after if not c.retired}
    home = {sid: c.id for c in by_id.values() for sid in c.statements}
    lines = []
    for sid, (cid, member) in kept_apart.items():
        if home.get(sid) in (None, cid) or cid not in by_id or sid not in statements or member not in statements:
            continue
        if sid not in _newly_in(before, by_id[home[sid]]) and member not in _newly_in(before, by_id[cid]):
            continue
        mine_domain, theirs_domain = statements[sid].domain, by_id[cid].domain
        across = ""
        if mine_domain and theirs_domain and mine_domain != theirs_domain:
            across = f"; it is coded to {mine_domain}, {cid} to {theirs_domain}"
        if sides:
            mine, theirs = (_told(statements[s]) for s in (sid, member))
            shared = _situation_words(statements[sid], statements[member], statements)
            lines.append(
                f"{sid} kept out of {cid}: it tells the other side from {member} (“{mine}” beside “{theirs}”), and "
                f"their contexts and mechanisms share {'only “' + shared[0] + '”' if shared else 'no word'}, so they read "
                f"as two configurations, not one with {sid} counted as its support{across}; "
                f"'cmo configs attach {sid} --to {cid}' if it belongs there"
            )
            continue
        if people:
            mine, theirs = (statements[s].outcome.strip() for s in (sid, member))
            lines.append(
                f"{sid} kept out of {cid}: its outcome is about other people than {member}'s (“{mine}” beside "
                f"“{theirs}”), two results rather than one configuration's{across}; "
                f"'cmo configs attach {sid} --to {cid}' if it belongs there"
            )
            continue
        mine, theirs = (statements[s].mechanism.strip() for s in (sid, member))
        lines.append(
            f"{sid} kept out of {cid}: its mechanism says the opposite of {member}'s (“{mine}” beside "
            f"“{theirs}”), and their outcomes are not one configuration seen from both sides{across}; "
            f"'cmo configs attach {sid} --to {cid}' if it belongs there"
        )
    return lines


def _situation_words(statement: Statement, other: Statement, statements: dict[str, Statement]) -> list[str]:
    """The statement's own words for the terms its context and mechanism share with the other's, less those common among
    the statements near them: what `merge.two_sides_apart` counted (`merge.situation_shared`)."""
    from cmo.synthesis.explain import _terms
    from cmo.synthesis.merge import SituationWords, situation_shared

    shared = situation_shared(statement, other, SituationWords(list(statements.values())))
    words = {term: word for element in ("context", "mechanism") for term, word in _terms(statement, element).items()}
    return [words[term] for term in sorted(shared) if term in words]


def _told(statement: Statement) -> str:
    """A statement's mechanism and outcome, as `apart_lines` quotes a side: "what happened → what came of it"."""
    return " → ".join(part.strip() for part in (statement.mechanism, statement.outcome) if part and part.strip())


def _not_kept_apart(
    alone_nearest: dict[str, list[tuple[str, float]]],
    kept_apart: dict[str, tuple[str, str]],
    after: list[Configuration],
    cut: float = 0.0,
) -> dict[str, list[tuple[str, float]]]:
    """The statements proposed alone to be told where they are most like, less the configurations refine kept them out
    of, and, for the other of such a pair, that one's configuration (said once, by `apart_lines`); a statement left with
    none is not told. A statement kept out of a configuration is as like it as this review merges (`cut`), so one below
    the cut is not what it is "most like" (trial AS 7: "S34 kept out of C14", at 0.297, then "S34 stands alone in C21;
    it is most like C6 (0.168)"): only those at or above it are told beside."""
    home = {sid: c.id for c in after if not c.retired for sid in c.statements}
    apart = {(sid, cid) for sid, (cid, _) in kept_apart.items()}
    apart |= {(member, home[sid]) for sid, (_, member) in kept_apart.items() if sid in home}
    kept = {
        sid: [(cid, score) for cid, score in near if (sid, cid) not in apart and (sid not in kept_apart or score >= cut)]
        for sid, near in alone_nearest.items()
    }
    return {sid: near for sid, near in kept.items() if near}


def domain_lines(configurations: list[Configuration], statements: dict[str, Statement]) -> list[str]:
    """A pinned configuration keeps its domain (the group was consulted on it there); when most of its statements are now
    coded to another, the team hears it and decides, as refine never moves it unasked."""
    lines = []
    for config in configurations:
        if config.retired or config.accepted or not config.pinned or "domain" in config.edited:
            continue
        members = [statements[s] for s in config.statements if s in statements]
        coded = majority_domain(members)
        if coded and coded[0] != config.domain and coded[1] > 0.5:
            share = sum(m.domain == coded[0] for m in members)
            lines.append(
                f"{config.id} (pinned) stays in {config.domain or 'no domain'}, though {share} of its {len(members)} statements "
                f"are now coded to {coded[0]}; 'cmo configs move {config.id} --domain {coded[0]}' if it belongs there"
            )
    return lines


def refine_views(
    review: Review,
    domain: str | None = None,
    threshold: float | None = None,
    backend: str | None = None,
    progress: Listener | None = None,
) -> tuple[RefineOutcome, list[ConfigurationView]]:
    """`cmo refine`: what refine did, and the configurations as `configs list` shows them; `progress(done, total)`
    hears how far the model has read the elements it had not read before."""
    with listening(progress):
        outcome = refine(review, domain, threshold, backend)
    return outcome, describe(review, outcome.configurations)


def sentences(review: Review, views: list[ConfigurationView]) -> list[str]:
    """Each configuration's sentence as listings show it, with the review's names as packs and the report word it: as
    kept when it was last written (`Store.sentences`), or worded now where none was kept under the rules and names in
    force (a listing of 500 spent 0.1 s wording them again)."""
    found = review.store.sentences((v.context, v.mechanism, v.outcome) for v in views)
    return [found[(v.context, v.mechanism, v.outcome)] for v in views]


def standing(review: Review, configs: Iterable[Configuration | ConfigurationView]) -> dict[str, str]:
    """What keeps each configuration as it is, in the words listings label it with: "accepted" where the team accepted
    it; "decided" where a person's decision in the history names it (merged, split, moved, edited, detached from …);
    "sent in round 1" ("in rounds 1 and 2") where only the rounds that sent it to the reference group pinned it (a round
    pins what it sends: trial Z's C5 was labelled decided though nobody decided anything on it); "decided" for one
    pinned before the history named who did; "" where refine may propose it anew. Read in one pass over the history
    and the rounds, whatever the number of configurations."""
    from cmo.outputs.events import MACHINE_ACTIONS, NOT_A_CHANGE

    db = review.store.db
    routine = sorted(NOT_A_CHANGE | MACHINE_ACTIONS)
    decided = {
        target
        for (target,) in db.execute(
            "SELECT DISTINCT json_each.value FROM history, json_each(history.data, '$.targets') "
            f"WHERE history.action NOT IN ({', '.join('?' * len(routine))})",
            routine,
        )
    }
    sent: dict[str, list[int]] = {}
    rows = db.execute(
        "SELECT rounds.number, json_extract(json_each.value, '$.id') FROM rounds, json_each(rounds.data, '$.configurations') "
        "ORDER BY rounds.number"
    )
    for number, config_id in rows:
        sent.setdefault(config_id, []).append(number)
    said = {}
    for config in configs:
        rounds = sent.get(config.id, [])
        if config.accepted:
            said[config.id] = "accepted"
        elif not config.pinned:
            said[config.id] = ""
        elif rounds and config.id not in decided:
            numbers = [str(number) for number in rounds]
            listed = numbers[0] if len(numbers) == 1 else f"{', '.join(numbers[:-1])} and {numbers[-1]}"
            said[config.id] = f"sent in round{'s' if len(numbers) > 1 else ''} {listed}"
        else:
            said[config.id] = "decided"
    return said


def describe(review: Review, configs: list[Configuration], feedback: list[FeedbackItem] | None = None) -> list[ConfigurationView]:
    """The stable JSON view of configurations, with sources, strength and feedback beside each."""
    suggested = _last_suggested(review.store)
    wanted = {sid for c in configs for sid in [*c.statements, *suggested.get(c.id, [])]}
    kept = review.store.kept_undecided(configs)  # as the last write read them, where neither they nor a member changed
    statements = {s.id: s for s in review.store.statement_standings(wanted) if not s.deleted}
    # Whole statements only where an outcome is read: every member of a configuration whose undecided members were not
    # kept (`undecided_ids`); of one with members apart (against it or undecided), only its supporters from their sources,
    # which may tell no result but there (`told_supporters`): a listing of 459 read 2,557 members whole for 99 of them.
    listed = {c.id: contradicting_ids(c, statements) for c in configs}  # marks and flags: no outcome read
    unread = [c for c in configs if c.id not in kept]
    wanted_whole = {sid for c in unread for sid in c.statements}
    for c in configs:
        if c.id in kept and kept[c.id]:
            # the reason each undecided member is so (`evidence.undecided_because`) reads its outcome beside the
            # others': without them `configs show` named all four reasons once refine had kept its reading (helper RH4)
            wanted_whole.update(c.statements)
        elif c.id in kept and listed[c.id]:
            support = supporting_ids(c, statements, listed[c.id], kept[c.id])
            wanted_whole.update(told_supporters(support, {*listed[c.id], *kept[c.id]}, statements))
    whole = {s.id: s for s in review.store.statements_with_ids(wanted_whole) if not s.deleted}
    statements |= whole
    outcomes = {s.outcome for s in whole.values()} | {c.outcome for c in unread}
    remember_readings(review.store.kept_readings(outcomes))  # as the last write read them, the configurations' own too
    sources = review.store.source_standings({s.source for s in statements.values()})
    feedback = review.store.feedback() if feedback is None else feedback
    standings = standing(review, configs)
    maybe = review.store.screened_maybe(key for key, source in sources.items() if source.status == "unscreened")
    views = []
    for config in configs:
        contradicting = listed[config.id]
        undecided = kept[config.id] if config.id in kept else undecided_ids(config, statements, contradicting)
        untold = sources_telling_no_outcome(config, statements)
        support, against = supporting_sources(config, statements, contradicting, undecided, untold)
        label, why = evidence_strength(config, statements, sources, (support, against), undecided, untold=untold)
        sided = {*support, *against}
        neither = [key for key in sources_of(config.statements, statements) if key not in sided]
        answers = [f for f in feedback if f.configuration == config.id]
        views.append(
            ConfigurationView(
                **{
                    "id": config.id,
                    "title": config.title,
                    "domain": config.domain,
                    "domain_confidence": config.domain_confidence,
                    "context": config.context,
                    "mechanism": config.mechanism,
                    "outcome": config.outcome,
                    "key_contexts": config.key_contexts,
                    "statements": config.statements,
                    "contradicting": contradicting,
                    "sources": support,
                    "contradicting_sources": against,
                    "undecided": undecided,
                    "undecided_sources": neither,
                    "not_included": {  # a screener's maybe is no "unscreened", as every citation says (trial CV)
                        key: UNDECIDED if key in maybe else sources[key].status
                        for key in (*support, *against)
                        if key in sources and sources[key].status != "included"
                    },
                    "strength": label,
                    "strength_reason": why,
                    "groups": config.groups,
                    "accepted": config.accepted,
                    "pinned": config.pinned,
                    "standing": standings[config.id],
                    "feedback_evidence": config.feedback_evidence,
                    "feedback_sides": config.feedback_sides,
                    "why": config.why,
                    "suggestions": [
                        p
                        for p in config.suggested
                        if p.statement in suggested.get(config.id, []) and p.statement not in config.statements
                    ],  # trial Q: "may take S7" still said after a person attached S7
                    "feedback": {
                        "responses": len(answers),
                        "agree": sum(f.rating == "agree" for f in answers),
                        "partly": sum(f.rating == "partly" for f in answers),
                        "disagree": sum(f.rating == "disagree" for f in answers),
                        "items": [f.id for f in answers],
                    },
                    "suggested": [
                        sid
                        for sid in suggested.get(config.id, [])
                        if sid in statements and not statements[sid].detached and sid not in config.statements
                    ],
                }
            )
        )
    return views
