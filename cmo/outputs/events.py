"""How each change the history records is told to readers: packs and the report use these words,
so no internal name ("close-round") or machine detail (backend, threshold) reaches them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from cmo.models import Decision
from cmo.normalise import listed, natural_key

ACTION_WORDS = {
    "select-included": "included the study behind it",
    "select-excluded": "excluded a study behind it",
    "select-unscreened": "returned a study behind it to screening",
    "select-maybe": "set a study behind it aside as not yet decided",
    "select-import": "updated which studies are included",
    "origin-import": "recorded where studies came from",
    "appraise": "appraised a study behind it",
    "appraise-import": "appraised the studies behind it",
    "code-add": "added evidence from a study",
    "code-import": "updated the evidence from the studies",
    "refine": "regrouped the evidence behind it",
    "close-round": "closed the consultation round",
    "merge": "merged it with another configuration",
    "split": "split it into separate configurations",
    "move": "moved it to another domain",
    "edit": "reworded it",
    "detach": "took out evidence that did not fit",
    "accept": "accepted it as it stands",
    "cite-feedback": "cited your feedback as evidence for it",
    "uncite-feedback": "took back its citation of the reference group's feedback",
    "new": "made it from evidence we grouped by hand",
    "retire": "took it out of the programme theory",
    "unaccept": "opened it again for change",
    "attach": "added evidence to it",
    "code-delete": "removed a piece of evidence",
    "code-edit": "corrected a piece of evidence",
    "mark": "judged whether a piece of evidence supports it or goes against it",
    "source-edit": "corrected the details of a study behind it",
    "source-merge": "found that two records of studies behind it were one study",
    "source-split": "found that a record linked to a study behind it was another study",
    "source-withdraw": "took back records read from a file ingested by mistake",
    "domain-rename": "renamed its domain",
    "feedback-import": "read your answers",
    "feedback-replace": "read a respondent's revised answers",
    "feedback-withdraw": "withdrew answers it had read, which no longer count",
}
"""What each change in the history means to a reader of a pack: every action has words (a test
checks), so no internal name ("close-round") reaches a reference group."""
NOT_A_CHANGE = {
    "close-round",
    "feedback-import",
    "feedback-replace",
    "feedback-withdraw",
    "select-import",
    "origin-import",
    "appraise",
    "appraise-import",
    "code-import",
    "code-add",
    "source-edit",
    "source-merge",
    "source-split",
    "source-withdraw",
    "domain-rename",
    "select-included",
    "select-excluded",
    "select-unscreened",
    "select-maybe",
}
"""Steps of the review's routine that touch every configuration; a pack lists changes, not these."""
TOLD_FIELDS = {
    "title": "title",
    "context": "context",
    "mechanism": "mechanism",
    "outcome": "outcome",
    "key_contexts": "key contexts",
    "domain": "domain",
    "groups": "stakeholder groups",
    "stance": "supports or contradicts",
    "feedback_evidence": "feedback cited",
}
"""The fields a change is told by, in words; flags and ids are the sentence's to tell."""
MERGED_AS = {
    "consolidate": ", as saying the same thing",
    "reconcile": ", reconciling findings that seemed to disagree",
    "juxtapose": ", setting their evidence side by side",
    "adjudicate": ", judging which of their evidence holds",
    "situate": ", placing each finding in the context it came from",
}
"""Why configurations were merged, by the realist move the team named: only a consolidation says they said the same
thing (trial K: a reconciliation was told as one); with no move named, the merge is told without a reason."""
MACHINE_ACTIONS = {"refine"}
"""Changes cmo proposed: their notes hold machine details (backend, threshold), never shown."""


REWORDED_FIELDS = ("title", "context", "mechanism", "outcome")
COMPARED = (*REWORDED_FIELDS, "key_contexts", "domain")
"""What a configuration is told to have changed by: between rounds (the report's "What changed after this round") and
by an edit (a pack's "So we …", the audit trail), one rule (`changed_fields`)."""
_UPDATED = re.compile(r"(?:^|: |, )(\w+(?: and \w+)*) updated$")


def refine_summary(decision: Decision, about: str) -> str:
    """What one refine did to configuration `about`, from its before/after members and the change line refine
    printed, in words: evidence that joined or left, and whether it was reworded or moved to another domain."""
    before, after = decision.before.get(about), decision.after.get(about)
    before = before if isinstance(before, list) else []
    after = after if isinstance(after, list) else []
    if after and not before:
        return f"cmo proposed it from {_ids(after)}"
    if before and not after:
        return f"cmo dissolved it ({_ids(before)} went to other configurations)"
    joined, left = [s for s in after if s not in before], [s for s in before if s not in after]
    parts = ([f"{_ids(joined)} joined"] if joined else []) + ([f"{_ids(left)} left"] if left else [])
    also = _refined_fields(decision, about)
    if not parts and not also:
        return "cmo regrouped the evidence and left it as it was"
    said = "cmo regrouped the evidence" + (": " + "; ".join(parts) if parts else "")
    return said + (", and " if parts else " and ") + " and ".join(also) if also else said


def changed_fields(before: object, after: object) -> list[str]:
    """The fields (`COMPARED`) two versions of a configuration differ in, in words ("key contexts"): two configurations,
    or an edit's record (before and after hold the fields it changed)."""

    def value(side: object, name: str) -> object:
        return side.get(name) if isinstance(side, dict) else getattr(side, name, None)

    named = [n for n in COMPARED if n in after] if isinstance(after, dict) else list(COMPARED)
    return [n.replace("_", " ") for n in named if value(before, n) != value(after, n)]


UNCHANGED_EDIT = "edited it, changing nothing"
"""An edit whose record shows no field changed (the same words given again): never told as "reworded it" (trial AM 7)."""


def changed_nothing(decision: Decision) -> bool:
    """Whether an edit's record shows every field it was given as it already was: told as such in the audit trail, and
    no change a pack tells its group of."""
    return decision.action == "edit" and bool(decision.after) and decision.before == decision.after


def edited(fields: list[str]) -> str:
    """What an edit did, told by the fields it changed (`changed_fields`): "reworded it" of its words, "changed its key
    contexts" of the rest (trial R: an edit of key contexts alone was told "So we reworded it")."""
    rest = [f for f in fields if f not in REWORDED_FIELDS]
    told = ["reworded it"] * any(f in REWORDED_FIELDS for f in fields) + ([f"changed its {listed(rest)}"] if rest else [])
    return " and ".join(told) or ACTION_WORDS["edit"]


def _refined_fields(decision: Decision, about: str) -> list[str]:
    """What else a refine changed of `about`, as its change line says ("C5 changed: S31 joined, title and context
    updated"): that it was reworded (which parts) or moved to another domain."""
    fields: list[str] = []
    for line in refine_lines(decision, about):
        if line.startswith(f"{about} changed:"):
            found = _UPDATED.search(line)
            fields += found.group(1).split(" and ") if found else []
    words = [f for f in REWORDED_FIELDS if f in fields]
    told = [f"reworded it ({listed(words)})"] if words else []
    if "domain" in fields:
        told.append("moved it to another domain")
    if "contradicting" in fields:
        told.append("re-read which evidence contradicts it")
    return told


def refine_wording(decision: Decision, about: str) -> tuple[dict, dict]:
    """The wording (title, context, mechanism, outcome, domain) a refine replaced and put in `about`'s place, when
    its record holds them (`before["wording"][id]`, `after["wording"][id]`); empty dicts when it does not."""
    sides = []
    for side in (decision.before, decision.after):
        wording = side.get("wording") if isinstance(side.get("wording"), dict) else {}
        sides.append(wording.get(about) if isinstance(wording.get(about), dict) else {})
    return sides[0], sides[1]


def _ids(ids: list[str]) -> str:
    return ", ".join(ids) if len(ids) < 8 else f"{', '.join(ids[:6])} and {len(ids) - 6} more"


_ID = re.compile(r"^[CSF]\d+$")


def is_id(name: str) -> bool:
    """A configuration, statement or feedback id: before/after keyed by ids hold members, not fields."""
    return bool(_ID.match(str(name)))


def refine_lines(decision: Decision, about: str) -> list[str]:
    """What a refine did to a configuration or statement (`about`), in the words refine printed: report and `cmo history`."""
    lines = decision.after.get("changes", []) if decision.action == "refine" else []
    return [line for line in lines if re.search(rf"\b{re.escape(about)}\b", line)] if about else list(lines)


def what_the_team_did(
    decision: Decision,
    about: str,
    evidence: Callable[[list[str]], str] | None = None,
    name: Callable[[str], str] | None = None,
    answer: Callable[[str], str] | None = None,
) -> str:
    """What a person's decision did to configuration `about`, as a verb phrase ("moved S1 out of it, into C7"):
    a decision that moves evidence names two configurations, and each is told its own side of it. Packs and
    the report both say it this way; `evidence` words statement ids for readers who never see them (a pack:
    "a finding from Cooper et al. (2024)"); `name` words configuration ids (the report: "CMO 1.1 (C3)"); `answer`
    words a feedback id by who gave it ("Expert reference group, round 1 (carers)"), as no reader is told an F id."""
    action, before, after = decision.action, decision.before, decision.after
    named = name or str
    configs = lambda ids: _ids([named(i) for i in ids])  # noqa: E731
    statements = sorted((t for t in decision.targets if t.startswith("S")), key=natural_key)
    moved = before.get("moved") if isinstance(before.get("moved"), dict) else {}
    lost = (evidence or _ids)(moved.get(about) or statements) or "evidence"
    retired = after.get("retired") if isinstance(after.get("retired"), list) else []
    emptied = "; left with no evidence, it was retired" if about in retired else ""
    held = before.get("configurations") if isinstance(before.get("configurations"), list) else []
    moved_to = _moved_to(action, after, lost, held, name)
    if moved_to:
        target, named, arrived = moved_to
        return arrived if about == target else f"moved {lost} out of it, into {named}{emptied}"
    if action == "detach" and about in held:
        return f"took {lost} out of it{emptied}"
    if action == "code-delete" and about in held:
        return f"deleted {lost} from the evidence{emptied}"
    if action == "merge" and after.get("into"):
        into, why = after["into"], MERGED_AS.get(decision.move or "", "")
        if about == into:
            merged = [t for t in decision.targets if t != into and t.startswith("C")]  # not the statements it moved
            return f"merged {configs(merged)} into it{why}"
        return f"merged it into {named(into)}{why}"
    if action == "split" and about in before:
        return f"split {configs([key for key in after if is_id(key) and key != about])} off from it"
    if action == "split" and about in after:
        return f"split it off from {configs([key for key in before if is_id(key)])}"
    reading = cmo_reading(decision, about)
    if action == "mark" and reading in UNDECIDED_WORDS and after.get("stance") in ("supporting", "contradicting"):
        side = "against" if after["stance"] == "contradicting" else "for"  # trial AM 7: never "as cmo had read it"
        return f"judged {lost}, {UNDECIDED_WORDS[reading]}, to be evidence {side} it, and marked it so"
    if action == "mark" and "stance" in after and not after["stance"] and _left_undecided(decision, about):
        return f"took back its mark on {lost}, which cmo leaves on neither side until a person marks it"
    if action == "mark" and mark_moved(decision, about) is not None:
        if "stance" in after and not after["stance"]:  # `--clear` (trial AB: told as "counted S39 as evidence for it")
            side = "against" if mark_moved(decision, about) else "for"
            return f"took back its mark on {lost}, leaving cmo's reading to count it as evidence {side} it"
        return f"counted {lost} {as_evidence(bool(mark_moved(decision, about)))}"
    if action == "mark" and about in decision.targets and after.get("stance") in ("supporting", "contradicting"):
        side = "against" if after["stance"] == "contradicting" else "for"  # trials AH, AK: a confirming mark is a decision
        if reading is None:  # a record that does not say how cmo read it claims no agreement (trial AM 7)
            return f"judged {lost} to be evidence {side} it and marked it so"
        if reading.endswith(" now"):
            return f"judged {lost} to be evidence {side} it, as cmo now reads it too, and marked it so to keep it there"
        return f"judged {lost} to be evidence {side} it, as cmo had read it, and marked it so to keep it there"
    if action == "mark" and about in decision.targets and "stance" in after and not after["stance"]:
        return f"took back its mark on {lost}, which stays on the side cmo reads it on"
    if action == "edit":
        return UNCHANGED_EDIT if changed_nothing(decision) else edited(changed_fields(before, after))
    if action == "cite-feedback" and name is not None:  # the report, in the third person; a pack speaks to the group
        return _cited_on_a_side(decision, answer) or "cited the reference group's feedback on it, on the side each answer took"
    if action == "retire":
        freed = after.get("freed") if isinstance(after.get("freed"), list) else []
        return "took it out of the programme theory" + (f" ({(evidence or _ids)(freed)} left free)" if freed else "")
    # Decisions recorded without where evidence went (or by an older cmo) are told in general words.
    return ACTION_WORDS[action]


def _cited_on_a_side(decision: Decision, answer: Callable[[str], str] | None = None) -> str:
    """A citation that counts answers on a side a person chose whatever their rating (`cite --supporting`): said so,
    with the answers, since turning a disagreement into support is a decision a reader weighs (trial X's audit trail
    told it as "on the side each answer took"). Each answer is named by who gave it (`answer`), never by its id (trial
    AC's report read "the reference group's answer F18"); without a way to name them, by how many there are. A side cmo
    gave, not a person (`after["sides_by_cmo"]`: a disagreement the team reworded the configuration because of, cited
    with no side given), is told by its reason, in plain words that never name the software (trial AQ): trials AN 4
    and AP read "counted by the team as support" of a dissent nobody had judged."""
    sides = decision.after.get("feedback_sides") if isinstance(decision.after.get("feedback_sides"), dict) else {}
    was = decision.before.get("feedback_sides") if isinstance(decision.before.get("feedback_sides"), dict) else {}
    by_cmo = decision.after.get("sides_by_cmo") if isinstance(decision.after.get("sides_by_cmo"), list) else []
    chosen: dict[str, list[str]] = {}
    for fid in decision.because:
        if sides.get(fid) in ("supporting", "contradicting") and was.get(fid) != sides[fid]:
            chosen.setdefault("cmo " + sides[fid] if fid in by_cmo else sides[fid], []).append(fid)
    told = {"supporting": "as support for it", "contradicting": "as evidence against it"}
    rating = {True: "its rating", False: "their ratings"}
    return "; ".join(
        f"cited {_answers_named(answers, answer)}, counted {told[side[4:]]} since the team had reworded the finding in "
        f"response to {'it' if len(answers) == 1 else 'them'}; no person gave {'it' if len(answers) == 1 else 'them'} a side"
        if side.startswith("cmo ")
        else f"counted {told[side]}, whatever {rating[len(answers) == 1]}, {_answers_named(answers, answer)}"
        for side, answers in chosen.items()
    )


def _answers_named(answers: list[str], answer: Callable[[str], str] | None) -> str:
    """Answers as a reader is told them, last in their sentence (what names them may end on ", who disagreed"): "an
    answer from Expert reference group, round 1 (carers)", "2 answers from …"; "one of the reference group's answers"
    where nothing names them."""
    if answer is None:
        return "one of the reference group's answers" if len(answers) == 1 else f"{len(answers)} of the reference group's answers"
    whose = list(dict.fromkeys(answer(a) for a in answers))
    many = "an answer" if len(answers) == 1 else f"{len(answers)} answers"
    return f"{many} from {'; '.join(whose)}"


def as_evidence(against: bool) -> str:
    """The side a mark moved a finding to, told as packs and the report both tell it, only of a mark that moved it
    (`mark_moved`): "as evidence for it, not against it" (trial S: "judged that S10 supports it, whatever its wording
    suggests" read as the team overruling the evidence)."""
    return "as evidence against it, not for it" if against else "as evidence for it, not against it"


UNDECIDED_WORDS = {"undecided": "which cmo had left undecided", "undecided now": "which cmo leaves undecided without a mark"}


def cmo_reading(decision: Decision, about: str) -> str | None:
    """How cmo read a mark's finding in configuration `about` just before the mark, as the mark's record says:
    "against" (listed as contradicting), "undecided" (`evidence.undecided_ids`: on neither side until a person marks
    it), "for", or None where the record does not say whether cmo had left it undecided (one written before marks
    kept `undecided`), so no reader is told that cmo agreed when it had not (trial AM 7). "undecided now" and "for now"
    where the report read it today (`report.with_cmo_s_reading`, `before["undecided_now"]`): said in the present tense,
    since cmo's rules may have read it otherwise when the team marked it."""
    if decision.action != "mark" or about not in decision.targets:
        return None
    finding = next((t for t in decision.targets if t.startswith("S")), "")
    before = decision.before
    if finding in (before.get("contradicting") or []):
        return "against"
    for key, when in (("undecided", ""), ("undecided_now", " now")):
        undecided = before.get(key)
        if isinstance(undecided, list):
            return ("undecided" if finding in undecided else "for") + when
    return None


def _left_undecided(decision: Decision, about: str) -> bool:
    """Whether a mark taken back (`--clear`) left its finding undecided, as the record's `after["undecided"]` says."""
    finding = next((t for t in decision.targets if t.startswith("S")), "")
    undecided = decision.after.get("undecided")
    return about in decision.targets and isinstance(undecided, list) and finding in undecided


def mark_moved(decision: Decision, about: str) -> bool | None:
    """Whether a mark (or its taking back) moved its finding to the other side of configuration `about`, as its record
    says (the stance and the contradicting list before and after): True when the finding now counts against it, False
    when for it, None when it stayed on the side it was on, which tells a reader nothing."""
    if decision.action != "mark" or about not in decision.targets:
        return None
    finding = next((t for t in decision.targets if t.startswith("S")), "")
    sides = [
        side.get("stance") == "contradicting" if side.get("stance") else finding in (side.get("contradicting") or [])
        for side in (decision.before, decision.after)
    ]
    return sides[1] if finding and sides[0] != sides[1] else None


def fates(decisions: list[Decision]) -> dict[str, str]:
    """What became of each configuration no longer active, in one pass over the history, as every output and command
    says it: "merged into C3" (a merge names where it went, `after["into"]`) or "retired" (by hand, or left with no
    statements by a detach, attach, new or delete); the last decision that ended it wins."""
    found: dict[str, str] = {}
    for decision in decisions:
        into = decision.after.get("into")
        if decision.action == "merge" and isinstance(into, str):
            found.update({t: f"merged into {into}" for t in decision.targets if t.startswith("C") and t != into})
        elif decision.action == "retire" and decision.targets:
            found[decision.targets[0]] = "retired"
        emptied = decision.after.get("retired")
        if isinstance(emptied, list):
            found.update({t: "retired" for t in emptied if isinstance(t, str) and t not in found})
    return found


def what_became_of(decisions: list[Decision], config_id: str, name: Callable[[str], str] | None = None) -> str:
    """`fates` of one configuration; `name` words the configuration it went into ("CMO 1.1 (C3)")."""
    return fate_named(fates(decisions).get(config_id, "retired"), name)


def fate_named(fate: str, name: Callable[[str], str] | None = None) -> str:
    """A fate from `fates`, the configuration it went into worded by `name`: for a caller that reads many at once."""
    into = fate.removeprefix("merged into ")
    return f"merged into {name(into)}" if name and into != fate else fate


def _moved_to(
    action: str, after: dict, lost: str, held: list[str], name: Callable[[str], str] | None = None
) -> tuple[str, str, str] | None:
    """Where an attach or a hand-made configuration took evidence: its id, how the configurations it left name
    it, and what it says of itself. With `name` (the report's "CMO 1.1 (C3)"), no parentheses hold another pair."""
    if action == "attach" and after.get("configuration"):
        target = after["configuration"]
        if name is None:
            return target, target, f"added {lost} to it" + (f" (from {_ids(held)})" if held else "")
        return target, name(target), f"added {lost} to it" + (f", from {_ids([name(c) for c in held])}" if held else "")
    made = next((key for key in after if is_id(key) and key.startswith("C")), "")
    if action == "new" and made:
        named = f"a configuration made by hand ({made})" if name is None else f"{name(made)}, a configuration made by hand"
        return made, named, f"made it by hand from {lost}"
    return None


def round_told(number: int, last_closed: int | None = None) -> str:
    """A decision's round for a reader. Without `last_closed`, the round it went into (the one open when it was made),
    as a log tells it (`cmo history`, `cmo serve`): the same whatever rounds close later (trial CK: two dumps of the
    history, before and after round 2 closed, differed in the lines of decisions made in between, "after round 1" then
    "round 2"). With it, as a document written now tells it (the report): one made after the last round closed was in
    no consultation (trial K: the changes after the final round were told as a "round 4" that never took place)."""
    if last_closed is None or number <= last_closed:
        return f"round {number}"
    return f"after round {last_closed}" if last_closed else "before the first consultation round"


def field_changes(decision: Decision, about: str) -> list[tuple[str, object, object]]:
    """The fields a decision changed, as (name, was, now): its own, or those it kept under `about`'s id (an import
    records each statement it updated so; trial K: a sheet's recoding showed only in `history --json`)."""
    before, after = decision.before, decision.after
    if isinstance(after.get(about), dict) and isinstance(before.get(about), dict):
        before, after = before[about], after[about]
    scalar = str | int | float | None
    return [
        (name, before[name], value)
        for name, value in after.items()
        if name in before and isinstance(value, scalar) and isinstance(before[name], scalar) and before[name] != value
    ]


@dataclass
class HistoryEntry:
    """One decision as `cmo history` and `cmo serve` tell it (`history_entry`): a line, then what it changed."""

    at: str
    round: str
    """The round it went into, as `round_told` says it: the same whatever rounds close later."""
    by: str
    what: str
    """The action, its targets, the realist move, the feedback behind it and the note."""
    details: list[str] = field(default_factory=list)

    @property
    def line(self) -> str:
        """The entry on one line, as a terminal shows it."""
        return f"{self.at}  {self.round}" + (f"  by {self.by}" if self.by else "") + f"  {self.what}"


def history_entry(decision: Decision, about: str) -> HistoryEntry:
    """How a history entry is told, at a terminal (`cmo history`) and on a page (`cmo serve`): when, in which round,
    by whom, what was done and why, then each field it changed of `about`, what a refine did to it, and what it left
    empty and retired (trial S: serve's list named no one, though `cmo history` said "by Kwame Mensah"). Of the whole
    review (`about` empty), each decision's targets are shortened: an import names hundreds. Of one thing's history, a
    decision naming many (a refine names every configuration and statement: trial AH's first line held 71 ids) names
    the thing first and counts the rest (`targets_told`)."""
    d = decision
    extra = "".join([f" [{d.move}]" if d.move else "", f" because {', '.join(d.because)}" if d.because else ""])
    named = f" {targets_told(d.targets, about)}" if d.targets else ""  # none: no empty list ("refine : …", trial BP 8)
    what = f"{d.action}{named}{extra}" + (f": {d.note}" if d.note else "")
    details = [f"{name}: {recorded_value(was)} -> {recorded_value(value)}" for name, was, value in field_changes(d, about)]
    details += refine_lines(d, about) if d.action == "refine" else []
    emptied = d.after.get("retired")
    if isinstance(emptied, list) and emptied:
        details.append(f"left with no statements, so retired: {', '.join(map(str, emptied))}")
    return HistoryEntry(d.at, round_told(d.round), d.by or "", what, details)


TARGETS_NAMED = 7
"""At most this many ids on a history line; more are counted ("and 64 more")."""


def targets_told(targets: list[str], about: str = "") -> str:
    """A decision's targets on a history line: all of them when few (`TARGETS_NAMED`), else `about` (the thing whose
    history it is) first and the rest shortened, so the line says what the decision did to it, not the whole review."""
    if len(targets) <= TARGETS_NAMED:
        return ", ".join(targets)
    first = [about] if about in targets else []
    rest = [t for t in targets if t != about]
    return ", ".join(first + rest[: TARGETS_NAMED - 1 - len(first)]) + f" and {len(rest) - (TARGETS_NAMED - 1 - len(first))} more"


def recorded_value(value: object) -> str:
    """A recorded value as a history entry prints it: quoted text, or 'none' for nothing (a statement left unmarked)."""
    return "none" if value is None else f'"{value}"' if isinstance(value, str) else str(value).lower()
