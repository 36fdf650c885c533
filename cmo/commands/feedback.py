"""`cmo feedback`: read the expert reference group's answers into the review, list and summarise them, write the template.

`cmo.sheets.feedback` parses and checks the files; this module stores what comes back, so a round's
feedback can be cited by later decisions. A respondent's later file for a round replaces their
earlier answers there, so a revised file counts once; a replaced answer is kept, marked with what replaced it, so a
configuration citing it keeps the words the team chose and a closed round's pack renders as it was sent.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from cmo.commands import writes
from cmo.commands.pack import numbers_as_sent
from cmo.commands.rounds import get_round
from cmo.errors import CmoError, LookAt, NotFound
from cmo.files import given_files
from cmo.models import WITHDRAWN, Configuration, Decision, FeedbackItem, RoundSnapshot
from cmo.normalise import clean_text, fold, natural_key
from cmo.outputs.events import fates
from cmo.review import Review
from cmo.sheets.feedback import (
    EVERYONE,
    NAMED_BY_ROW,
    PLACEHOLDER_NAMES,
    TEXT_FIELDS,
    GroupLabels,
    NoGroupRead,
    Scale,
    content_fingerprint,
    earlier_fingerprint,
    fingerprint,
    is_other_choice,
    parse_feedback_files,
    submission,
    summarise,
    template_rows,
    translated_fingerprint,
    unnamed_submission,
    write_feedback_template,
)
from cmo.store import id_number
from cmo.views import FeedbackAnswer, FeedbackImported, FeedbackRow, FeedbackWithdrawn


@dataclass
class FeedbackImport:
    added: list[FeedbackItem] = field(default_factory=list)
    repeated: int = 0
    round: int = 0
    replaced: list[FeedbackItem] = field(default_factory=list)
    rounds: list[int] = field(default_factory=list)
    kept: list[FeedbackItem] = field(default_factory=list)
    """Earlier answers a respondent gave again in the same file, stored now, marked replaced by their later one."""

    def view(self) -> FeedbackImported:
        return FeedbackImported(
            added=len(self.added),
            repeated=self.repeated,
            round=self.round,
            feedback=[item.id for item in self.added],
            replaced=[item.id for item in self.replaced],
            kept=sorted((item.id for item in self.kept), key=natural_key),
            rounds=self.rounds,
        )


def _group_labels(review: Review) -> dict[str, str]:
    return {g.slug: g.name for g in review.groups}


def _group_readings(review: Review) -> GroupLabels:
    """The groups a form's answers are read against: their names, and the aliases the team declared (trial AC)."""
    return GroupLabels.of(_group_labels(review), {g.slug: g.labels() for g in review.groups})  # `Group.labels`, the one rule


@writes
def import_feedback(
    review: Review,
    paths: list[Path],
    round_number: int | None = None,
    *,
    called: dict[Path, str] | None = None,
    scale: str | None = None,
    regroup: Collection[str] = (),
    batch: str | None = None,
) -> FeedbackImported:
    """Each file answers the round it names, or `--round`; a form's download naming none answers the round its answers
    show (stored already, when each came in, the configurations it asks about; else the latest closed round). All files
    or none.

    `called` records a file under a name other than its path: `cmo serve` reads an upload from a temporary copy, gone
    once imported, so the answers and the history name the file the person chose. `scale` ('1-5') reads ratings given
    as numbers alone (`Scale`). `regroup` ('Ruby=Youth workers', `--group`) gives a respondent the group the team
    chose, where the file gives none or one the team corrects (`given_groups`)."""
    paths = given_files(paths)  # 'Round 1*.csv' typed in PowerShell, which passes it as written
    numbered = Scale.parse(scale) if scale is not None else None
    regrouped = given_groups(regroup)
    snapshot = get_round(review, round_number)
    rounds = (
        None
        if round_number is not None
        else {r.number: {c.id for c in r.configurations if not c.retired} for r in review.store.rounds()}
    )
    known = {c.id for c in snapshot.configurations if not c.retired}
    warnings: list[str] = []
    closed = review.store.rounds()
    sent_numbers = numbers_as_sent(review)
    names = {r.number: _names_of(r.configurations, sent) for r, sent in zip(closed, sent_numbers, strict=True)}
    before = review.store.feedback(replaced=True)
    parsed = parse_feedback_files(
        paths,
        known,
        snapshot.number,
        groups=_group_readings(review),
        rounds=rounds,
        warnings=warnings,
        review_title=review.title,
        names=names,
        sections=_sections_of(review, closed, sent_numbers),
        fates=(ended := fates(review.store.history())),
        closed={r.number: r.closed_at for r in closed},
        imported={item.fingerprint for item in before},
        said=lambda: {content_fingerprint(item) for item in _not_withdrawn(before)},
        scale=numbered,
        worded=lambda: _template_words(closed, review.settings.short_forms),
        regroup=regrouped,
    )
    _numbers_that_start_again(parsed, _not_withdrawn(before), {g.slug: g.name for g in review.groups})
    parsed = _a_later_batch(parsed, _not_withdrawn(before), batch, {str(path): name for path, name in (called or {}).items()})
    given = _latest_file_each(parsed)
    again = _answered_again(given)
    warnings += _answers_on_ended([item for index, item in enumerate(given) if index not in again], ended)
    if len(again) == len(given):
        if any(isinstance(warning, LookAt) for warning in warnings):  # every row left out, each said why
            raise CmoError(
                f"{', '.join(p.name for p in paths)}: no answers to import; nothing was imported.\n" + "\n".join(warnings)
            )
        raise CmoError(f"{', '.join(p.name for p in paths)}: no answers found; nothing was imported.")
    given = _as_called(given, called or {})
    store = review.store
    with store.transaction():
        warnings += _give_words(store, given)
        stored = store.feedback(replaced=True)
        given, withdrawn_again = _withdrawn_file_again(stored, given)
        warnings += withdrawn_again
        stored = _not_withdrawn(stored)  # the same answers from another file are a new submission
        given = _as_stored(given, stored)
        wanted = {fold(who) for who in regrouped}
        regiven = {item.id for item in stored if fold(item.respondent) in wanted}  # given a group again now
        kept = teams_groups(store.history()) - regiven
        given, reread = _read_again(store, given, again, stored, kept)
        warnings = _groups_as_kept(warnings, given, reread)
        if any(again.changes() for again in reread):
            stored = _not_withdrawn(store.feedback(replaced=True))  # as read again
        items = [item for index, item in enumerate(given) if index not in again]
        answering = [item for item in items if _WITHDRAWN_PRINT not in item.fingerprint]  # a withdrawn file replaces nothing
        warnings += _replaced_already(stored, answering)
        replaced = _replaced(stored, answering)
        given, group_kept = _groups_kept(given, replaced)
        if group_kept:
            warnings += group_kept
            items = [item for index, item in enumerate(given) if index not in again]
        counted = {item.fingerprint for item in items}
        new, _ = store.add_feedback(given)  # ids in the order the answers were given (trial Q)
        added = [item for item in new if item.fingerprint in counted]
        repeated = len(items) - len(added)
        successors = _mark_replaced(store, replaced, added)
        kept = [item for item in new if item.fingerprint not in counted]
        warnings += _keep_answered_again(store, kept, items, stored + added)
        warnings += _keep_earlier_words(store, [*replaced, *kept], added, _edited_in_the_form(stored, given, replaced))
        warnings += _unchanged(store, reread)
        warnings += _record_import(review, added, replaced, successors, reread, regrouped)
    numbers = sorted({item.round for item in added} or {item.round for item in items})  # the rounds answers were added to
    imported = FeedbackImport(added=added, repeated=repeated, round=max(numbers), replaced=replaced, rounds=numbers, kept=kept)
    return imported.view().model_copy(update={"warnings": warnings})


def given_groups(given: Collection[str]) -> dict[str, str]:
    """`--group RESPONDENT=GROUP`, each as typed ('Ruby=Youth workers and navigators'): respondent -> group; a
    respondent given two groups is refused in one sentence. `--group GROUP` alone (no '=') is the group of every answer
    in the files naming none (`EVERYONE`): a form sent to one group only, whose answers never say it."""
    groups: dict[str, str] = {}
    for text in given:
        who, equals, group = text.partition("=") if "=" in text else (EVERYONE, "=", text)
        who, group = clean_text(who), clean_text(group)
        if not group:
            raise CmoError(
                f"--group '{text}': give a group, as --group \"Carers\" for every answer naming none, or a respondent and a "
                "group joined by '=', as --group \"Ruby=Youth workers\"."
            )
        if who == EVERYONE and groups.get(EVERYONE, group) != group:
            raise CmoError(f"--group '{text}': the files' answers naming no group are given two groups; give one.")
        if fold(who) in {fold(named) for named in groups} and fold(groups.get(who, "")) != fold(group):
            raise CmoError(f"--group '{text}': {who} is given two groups; give one.")
        groups[who] = group
    return groups


def _regrouped_said(items: list[FeedbackItem], regroup: dict[str, str] | None) -> list[str]:
    """The groups the team gave respondents (`--group`), for the history: the team's decision, kept with the import."""
    wanted = {fold(who) for who in regroup or {}}
    given = {(item.respondent, item.group) for item in items if fold(item.respondent) in wanted}
    return [f"{who}'s answers count under {group}, as the team gave it (--group)" for who, group in sorted(given)]


def _groups_given_after(items: list[FeedbackItem], regroup: dict[str, str] | None) -> dict[str, dict[str, str]]:
    """The answers whose group the team gave (`--group`), by id, for the history's record of the import: a later import
    of the same file keeps them (`teams_groups`)."""
    wanted = {fold(who) for who in regroup or {}}
    given = {item.id: item.group for item in items if fold(item.respondent) in wanted and item.id}
    return {"groups_given": given} if given else {}


def teams_groups(history: list[Decision]) -> set[str]:
    """The answers whose group the team gave with `--group` (`_groups_given_after`): a file imported again without it
    reads their answers as before but leaves the team's group as it is (a decision survives an import)."""
    return {
        item_id
        for decision in history
        if decision.action == "feedback-import"
        for item_id in decision.after.get("groups_given", {})
    }


def _as_called(items: list[FeedbackItem], called: dict[Path, str]) -> list[FeedbackItem]:
    """Each answer naming its file as `called` says (`cmo serve`: the name of the file the person uploaded), or else
    by the file's own name: the path typed at the import (`../cases/fb.xlsx`) means nothing later."""
    names = {str(path): name for path, name in called.items()}
    return [_called(item, names[item.file]) if item.file in names else _called(item, Path(item.file).name) for item in items]


def _called(item: FeedbackItem, name: str) -> FeedbackItem:
    """The answer naming its file `name`; an unnamed submission named by its file (`unnamed_submission`) is named by
    it too, not by the copy `cmo serve` read (every upload's copy is 'answers.csv': two forms' row 3 were one)."""
    update = {"file": name}
    found = _unnamed_row(item.respondent)
    if found and found["file"] and not found["sent"]:
        update["respondent"] = unnamed_submission(found["given"], found["row"], name, None)
    now = item.model_copy(update=update)
    return now.model_copy(update={"fingerprint": fingerprint(now)}) if now.respondent != item.respondent else now


def _give_words(store, items: list[FeedbackItem]) -> list[str]:
    """Answers imported by a cmo that did not keep the rating's words, imported again: the stored answer gets its words
    (and the rating they now count as) in place, under its own id, rather than being replaced by itself."""
    by_print = {item.fingerprint: item for item in store.feedback(replaced=True)}
    given, said = [], []
    for item in items:
        if not item.answer or item.fingerprint in by_print:
            continue
        earlier = by_print.get(earlier_fingerprint(item))
        if earlier is None or earlier.answer or earlier.replaced_by or earlier.fingerprint == item.fingerprint:
            continue
        updated = earlier.model_copy(update={"answer": item.answer, "rating": item.rating, "fingerprint": item.fingerprint})
        given.append(updated)
        by_print[item.fingerprint] = updated
        now = f", which now counts as {item.rating or 'no rating'}" if item.rating != earlier.rating else ""
        about = f"{earlier.id} ({earlier.respondent} on {earlier.configuration})"
        said.append(f"{item.file}: {about} keeps the words of its rating, '{item.answer}'{now}")
    store.put_feedback(given)
    return said


@dataclass(frozen=True)
class _Reread:
    """An answer stored already that a file gives again, unchanged (`content_fingerprint`): as stored, as kept now
    (its group, role or words' question as this file reads them), and the file."""

    before: FeedbackItem
    after: FeedbackItem
    file: str
    counted: bool = True
    """False for an earlier answer a respondent gave again in the same file, kept replaced by their later one."""
    exact: bool = False
    """Read as it was stored (the same print): an answer imported again, no column renamed."""
    translated: bool = False
    """Given with its rating in another language's words (`translated_fingerprint`): the same submission exported again."""

    def changes(self) -> dict[str, list[str]]:
        """Each field the file reads otherwise: field -> [as it was, as it is now]."""
        pairs = {
            key: [getattr(self.before, key), getattr(self.after, key)]
            for key in ("respondent", "group", "role", "group_words", "answer", *TEXT_FIELDS, "original")
        }
        return {key: pair for key, pair in pairs.items() if pair[0] != pair[1]}


def _groups_as_kept(warnings: list[str], given: list[FeedbackItem], reread: list[_Reread]) -> list[str]:
    """The warnings with what is true of answers a form's file names no review group for (`NoGroupRead`) where it gives
    answers stored already with a group (an earlier labels download's, or the team's): those keep it, so they were not
    'kept without one'; said with their ids. Answers new to the review are still said kept without one (helper H1)."""
    told: list[str] = []
    for warning in warnings:
        if not isinstance(warning, NoGroupRead):
            told.append(warning)
            continue
        name, words = Path(warning.file).name, fold(warning.words)
        stored = {again.after.fingerprint: again.after for again in reread if again.file == name}
        named = [item for item in given if item.file == name and fold(item.group_words) == words]
        grouped = [stored[item.fingerprint].id for item in named if stored.get(item.fingerprint, item).group]
        new = [item for item in named if not stored.get(item.fingerprint, item).group]
        if not grouped:
            told.append(warning)
            continue
        kept = (
            f"{warning.file}: the group '{warning.words}' is none of the review's groups, but its answers were imported "
            f"already with a group, which they keep ({id_runs(sorted(set(grouped), key=natural_key))})"
        )
        told.append(LookAt(f"{warning}; {kept.split(': ', 1)[1]}") if new else kept)
    return told


def _read_again(
    store, given: list[FeedbackItem], again: Collection[int], stored: list[FeedbackItem], kept: Collection[str] = ()
) -> tuple[list[FeedbackItem], list[_Reread]]:
    """Answers stored already, given again with the same rating and words (`content_fingerprint`) but read otherwise:
    a form's download imported again after a column was renamed, so that its role is now read (trial Q: 'What is your
    role?' renamed 'Role' replaced every answer, F1-F40 by F43-F83, and every citation pointed at a replaced one).
    Each is the answer stored, not a new one: it keeps its id, and gets what this file reads that it lacked or reads
    otherwise (a group or role, the question its words answer), in place; a group or role the file leaves blank
    changes nothing. Each comes back under the print it is now stored under, so the rest of the import sees it as
    imported already; the ones read again are returned, for the message and the history. `again`: the places of the
    earlier answers a respondent gave again in the same file (`_answered_again`), not counted; `stored`: every answer
    stored, replaced ones too; `kept`: the answers whose group the team gave (`teams_groups`), which keep it unless
    this import gives another with `--group`."""
    by_print = {item.fingerprint: item for item in stored}
    prints = set(by_print)
    said: dict[str, list[FeedbackItem]] = {}
    named: dict[str, str] = {}
    if any(item.fingerprint not in by_print for item in given):  # else a plain repeat: no answer is read otherwise
        named = _submissions_named([item for item in given if item.fingerprint not in by_print], stored)
        for item in reversed(stored):  # the latest first
            said.setdefault(content_fingerprint(item), []).append(item)
            if translated := translated_fingerprint(item):  # the same answer in another language's export
                for key in translated[0]:
                    said.setdefault(key, []).append(item)
            if item.id in named:  # a submission first read without its pseudonym, given again with it
                said.setdefault(content_fingerprint(item.model_copy(update={"respondent": named[item.id]})), []).append(item)
    claimed: set[str] = set()
    same, reread, changed = [], [], []
    for index, item in enumerate(given):
        if item.fingerprint in by_print:  # the same answer read the same way: counted as one already imported
            old = by_print[item.fingerprint]
            now = _with_group_words(old, item)
            if now is not old:
                changed.append(now)
            reread.append(_Reread(old, now, item.file, index not in again, now is old))
            same.append(item)
            continue
        alike = [old for old in said.get(content_fingerprint(item), []) if old.id not in claimed] if said else []
        translated = False
        if not alike and said and (reading := translated_fingerprint(item)):
            keys, language = reading
            found = {old.id: old for key in keys for old in said.get(key, []) if old.id not in claimed}
            alike = [old for old in found.values() if (translated_fingerprint(old) or ((), ""))[1] != language]
            translated = bool(alike)
        if not alike:
            same.append(item)
            continue
        old = min(alike, key=lambda old: bool(old.replaced_by))  # the one in force, else the latest
        claimed.add(old.id)
        now = _as_read_now(old, item if not translated else item.model_copy(update={"respondent": old.respondent}))
        if old.id in kept and now.group != old.group:  # the team's group for them stands (`teams_groups`)
            now = now.model_copy(update={"group": old.group, "group_words": old.group_words, "fingerprint": old.fingerprint})
            now = old if now == old else now.model_copy(update={"fingerprint": fingerprint(now)})
        if now.fingerprint != old.fingerprint and now.fingerprint in prints:
            now = old  # another answer stored holds that reading: this one stays as it is
        if now.fingerprint != old.fingerprint:
            prints.add(now.fingerprint)
            changed.append(now)
        elif now != old:  # only the group's words, which the print leaves out
            changed.append(now)
        reread.append(_Reread(old, now, item.file, index not in again, translated=translated))
        same.append(item.model_copy(update={"fingerprint": now.fingerprint}))
    if named:  # a submission's answers the file gives once, the same as the respondent's later submission's
        changed += _named_and_replaced(named, claimed, stored, changed, prints, reread, given)
    store.put_feedback(changed)
    return same, reread


def _named_and_replaced(
    named: dict[str, str],
    claimed: set[str],
    stored: list[FeedbackItem],
    changed: list[FeedbackItem],
    prints: set[str],
    reread: list[_Reread],
    given: list[FeedbackItem],
) -> list[FeedbackItem]:
    """The answers of a submission named now (`_submissions_named`) that no answer of the file claimed: the respondent
    sent the same answer twice, and the file gives it once. Each takes the pseudonym too, kept replaced by that
    respondent's answer in force on the same configuration, as the earlier of two submissions is; so is one the file
    gives as that respondent's earlier answer (`_answered_again`)."""
    now = {item.id: item for item in stored} | {item.id: item for item in changed}
    in_force = {(item.round, item.who, item.configuration): item.id for item in now.values() if not item.replaced_by}
    file = given[0].file if given else ""
    out: list[FeedbackItem] = []
    earlier = {again.after.id: again for again in reread if not again.counted}  # claimed by an earlier answer in the file
    for item_id, name in named.items():
        if item_id in claimed:
            again = earlier.get(item_id)
            later = in_force.get((again.after.round, again.after.who, again.after.configuration), "") if again else ""
            if again and later and later != item_id and not again.after.replaced_by:
                out.append(again.after.model_copy(update={"replaced_by": later}))
            continue
        old = now[item_id]
        renamed = old.model_copy(update={"respondent": name})
        later = in_force.get((renamed.round, renamed.who, renamed.configuration), "")
        renamed = renamed.model_copy(update={"replaced_by": later if later != item_id else ""})
        renamed = renamed.model_copy(update={"fingerprint": fingerprint(renamed)})
        if renamed.fingerprint in prints:  # the very answer stored already under the name: this one only replaced by it
            if not later or later == item_id:
                continue
            renamed = old.model_copy(update={"replaced_by": later})
        prints.add(renamed.fingerprint)
        out.append(renamed)
        reread.append(_Reread(old, renamed, file, counted=False))
    return out


def _unnamed_row(respondent: str) -> re.Match | None:
    found = NAMED_BY_ROW.match(respondent)
    return found if found and fold(found["given"]) in PLACEHOLDER_NAMES else None


def _submissions_named(given: list[FeedbackItem], stored: list[FeedbackItem]) -> dict[str, str]:
    """Stored answers of a submission cmo named by its row ('Anonymous (row 5)': the pseudonym was not read, trial R),
    which a file now gives again under a pseudonym: stored id -> the pseudonym. A submission is its respondent's when
    every answer it holds (round, configuration, rating and words) is one that respondent gives now, and no other
    respondent of the file gives them all: the corrected download of a form adds nothing it already holds. A submission
    named by its row alone, as cmo named one before it said when it was sent, is so the same row's unnamed submission
    of the file: the file imported again after the upgrade adds nothing (trial LB)."""

    def said(item: FeedbackItem) -> str:
        return content_fingerprint(item.model_copy(update={"respondent": ""}))

    here = {(item.round, item.who) for item in given}
    unnamed: dict[tuple[int, str], list[FeedbackItem]] = {}
    for item in stored:
        if _unnamed_row(item.respondent) and not item.replaced_by and (item.round, item.who) not in here:
            unnamed.setdefault((item.round, item.who), []).append(item)
    if not unnamed:
        return {}
    giving: dict[tuple[int, str], tuple[str, set[str]]] = {}
    for item in given:
        giving.setdefault((item.round, item.who), (item.respondent, set()))[1].add(said(item))
    named: dict[str, str] = {}
    for (number, _), answers in unnamed.items():
        held = {said(item) for item in answers}
        row = _unnamed_row(answers[0].respondent)
        whose = [
            name
            for (round_number, _), (name, gives) in giving.items()
            if round_number == number and held <= gives and _may_name(row, _unnamed_row(name))
        ]
        if len(whose) == 1:
            named.update({item.id: whose[0] for item in answers})
    return named


def _may_name(stored: re.Match, given: re.Match | None) -> bool:
    """Whether a file's respondent may be a stored unnamed submission: one with a pseudonym, or the unnamed submission
    of the same row where cmo stored it by its row alone (never one unnamed submission named by its time or file as
    another)."""
    if given is None:
        return True
    return not stored["file"] and not stored["sent"] and stored["row"] == given["row"]


def _as_read_now(old: FeedbackItem, item: FeedbackItem) -> FeedbackItem:
    """A stored answer as a file gives it again: the pseudonym it gives for a submission cmo named by its row
    (`_submissions_named`), the group and role it gives (a blank one says nothing), and its words under the questions
    this file asks them by."""
    update: dict[str, str] = {key: getattr(item, key) for key in ("respondent", "group", "role") if getattr(item, key)}
    if (was := _unnamed_row(old.respondent)) and was["sent"] and submission(old.respondent) == submission(item.respondent):
        update.pop("respondent")  # the same submission at another row (`submission`): its name as first imported stays
    if _a_choice_name(old.answer) and item.answer and not _a_choice_name(item.answer):
        update["answer"] = item.answer  # the form's label for the code first imported: 'Oui / Yes' for 'oui' (CP)
    if [clean_text(getattr(item, key)) for key in TEXT_FIELDS] != [clean_text(getattr(old, key)) for key in TEXT_FIELDS]:
        update.update({key: getattr(item, key) for key in TEXT_FIELDS})
    if item.original and clean_text(item.original) != clean_text(old.original):
        update["original"] = item.original  # the words as written, beside the translation in force (helper H3)
    now = _with_group_words(old.model_copy(update=update), item)
    return now.model_copy(update={"fingerprint": fingerprint(now)}) if now != old else old


_CHOICE_NAME = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")
"""A choice as a form's raw download writes it, its name in the form's code ('oui', 'en_partie', 'ne_sait_pas'), not
the label the respondent chose."""


def _a_choice_name(words: str) -> bool:
    """Rating words that are a choice's name in the form's code (`_CHOICE_NAME`): a labels download of the same
    submissions gives what the respondent read, which the answer keeps instead (CP: after KoboToolbox's labels
    download, summaries still quoted "oui" and "en_partie"). Words a person or a labels download wrote ('Agree',
    'Plutôt d'accord', 'strongly agree') are kept as first imported."""
    return bool(words) and bool(_CHOICE_NAME.fullmatch(words.strip()))


def _with_group_words(old: FeedbackItem, item: FeedbackItem) -> FeedbackItem:
    """A stored answer with the group in the respondent's words a file gives again (`FeedbackItem.group_words`), where
    it has none, or only the form's 'Other' choice: answers imported before cmo kept those words get them, once; a file
    giving none changes nothing."""
    if item.group_words and not old.group and (not old.group_words or _only_other(old.group_words, item.group_words)):
        return old.model_copy(update={"group_words": item.group_words})
    return old


def _only_other(kept: str, given: str) -> bool:
    """Words kept for a group that are the form's 'Other' choice alone, where a file now gives the respondent's own
    (trial AB: Kobo's 'group_other' was not read, and 'other' was kept as Ubuntu's words for 'Nurse in charge')."""
    return is_other_choice(kept) and not is_other_choice(given) and fold(kept) != fold(given)


def _unchanged(store, reread: list[_Reread]) -> list[str]:
    """How many answers a file gives again unchanged, keeping their ids, said once per file (the earlier answers a
    respondent gave again in it, kept replaced, apart); and what it reads otherwise (`_read_otherwise`)."""
    if all(again.exact for again in reread):
        return []
    citing: dict[str, list[str]] = {}
    for config in store.configurations():
        for feedback_id in config.feedback_evidence:
            citing.setdefault(feedback_id, []).append(config.id)
    said: list[str] = []
    for file in dict.fromkeys(again.file for again in reread if not again.exact):  # a plain repeat: 'already imported'
        here = list({again.before.id: again for again in reread if again.file == file}.values())
        counted = [again.before.id for again in here if again.counted]
        kept = [again.before.id for again in here if not again.counted]
        one = len(counted) == 1
        earlier = f"the earlier answers it gives again, kept replaced ({id_runs(kept)})"
        same = "the same rating and words"
        if any(again.translated for again in here):  # an export in another language: the scale's words translated
            same += ", or the same rating in another language's words, as a form exported again in it gives them"
        if counted:
            line = (
                f"{file}: {len(counted)} answer{'' if one else 's'} already imported {'is' if one else 'are'} unchanged "
                f"({same}) and keep{'s its id' if one else ' their ids'} ({id_runs(counted)})"
            )
            said.append(line + (f", as do {earlier}" if kept else ""))
        else:
            said.append(f"{file}: {earlier} are unchanged ({same}) and keep their ids")
        said.extend(_read_otherwise(file, [again for again in here if again.changes()], citing))
    return said


def _read_otherwise(file: str, reread: list[_Reread], citing: dict[str, list[str]]) -> list[str]:
    """What a file reads otherwise in answers it gives again unchanged, in words: a role, or a group where there was
    none, once per file, naming each respondent; each answer whose words it reads as another question's; and, to look
    at, each respondent it puts in another group than they were in (they now count under it), with the configurations
    citing those answers."""
    said: list[str] = []
    worded: dict[tuple[str, str], list[str]] = {}
    for again in reread:
        if after := again.changes().get("group_words", ("", ""))[1]:
            worded.setdefault((again.after.respondent, after), []).append(again.after.id)
    if worded:
        each = [f"{who} '{words}': {id_runs(ids)}" for (who, words), ids in worded.items()]
        shown = "; ".join(each[:MAX_NAMED]) + (f"; and {len(each) - MAX_NAMED} more" if len(each) > MAX_NAMED else "")
        said.append(f"{file}: the group each respondent gave in their own words is now kept beside their answers ({shown})")
    if written := [again.after.id for again in reread if "original" in again.changes()]:
        said.append(f"{file}: the words as written are now kept beside their translation on {id_runs(written)}")
    for key in ("respondent", "role", "group"):
        given: dict[tuple[str, str, str], list[str]] = {}
        for again in reread:
            before, after = again.changes().get(key, ("", ""))
            if after and not (key == "group" and before):
                given.setdefault((again.after.respondent, before, after), []).append(again.after.id)
        if given:
            each = [
                f"{who} '{after}'{f' (was {before!r})' if before else ''}: {id_runs(ids)}"
                for (who, before, after), ids in given.items()
            ]
            shown = "; ".join(each[:MAX_NAMED]) + (f"; and {len(each) - MAX_NAMED} more" if len(each) > MAX_NAMED else "")
            if key == "respondent":  # a submission first read without its pseudonym (`_submissions_named`)
                each = [f"{before} is {after}: {id_runs(ids)}" for (_, before, after), ids in given.items()]
                shown = "; ".join(each[:MAX_NAMED]) + (f"; and {len(each) - MAX_NAMED} more" if len(each) > MAX_NAMED else "")
                said.append(
                    f"{file}: the pseudonym each submission gives is now kept on its answers, which keep their ids ({shown})"
                )
            else:
                said.append(f"{file}: the {key} each respondent gives is now kept on their answers ({shown})")
    labelled = [again.after.id for again in reread if "answer" in again.changes()]
    if labelled:
        said.append(
            f"{file}: the rating words of {id_runs(labelled)} are now the form's labels, as the respondents read them, "
            "not the codes a raw download gave"
        )
    asked: dict[tuple[str, str], list] = {}  # answers whose words moved to another question, by (now, was)
    for again in reread:
        fields = [key for key in TEXT_FIELDS if key in again.changes()]
        if fields:
            now = " and ".join(key for key in fields if getattr(again.after, key))
            was = " and ".join(key for key in fields if getattr(again.before, key))
            asked.setdefault((now, was), []).append(again)
    for (now, was), moved_words in asked.items():
        if len(moved_words) == 1:
            again = moved_words[0]
            said.append(
                f"{file}: {again.after.id} ({again.before.respondent} on {_about(again.before)}) keeps its words, now as "
                f"the answer to {now} (they were the answer to {was}), as this file's columns ask"
            )
        else:  # one sentence for a whole column read under another question (RH3: 18 lines for one Kobo column)
            said.append(
                f"{file}: {len(moved_words)} answers ({id_runs([a.after.id for a in moved_words])}) keep their words, now "
                f"as the answers to {now} (they were the answers to {was}), as this file's columns ask"
            )
    moved: dict[tuple[str, str, str], list[str]] = {}
    for again in reread:
        before, after = again.changes().get("group", ("", ""))
        if before and after:
            moved.setdefault((again.before.respondent, before, after), []).append(again.after.id)
    for (who, before, after), ids in moved.items():
        cited = sorted({c for f in ids for c in citing.get(f, [])}, key=natural_key)
        cites = f"; {', '.join(cited)} cite{'s' if len(cited) == 1 else ''} them" if cited else ""
        said.append(
            LookAt(
                f"{file}: {who}'s answers {id_runs(ids)} keep their ids, now in the group {after} as this file gives it, "
                f"where they were in {before}, so they count under {after}{cites}; if the file is wrong, correct the group "
                "in it and import it again"
            )
        )
    return said


MAX_NAMED = 10
"""Respondents named in one line, the rest counted."""


def _about(item: FeedbackItem) -> str:
    return "the findings overall" if item.question == "overall" else item.question


def kept_again(imported: FeedbackImported) -> str:
    """ ", and kept 1 earlier answer a respondent gave again (F1), marked replaced by their later answer": every id an
    import stored is named, by the command and by `cmo serve` alike (trial W: "Imported 26 answers (F2-F27)" and F1)."""
    from cmo.views import counted

    if not imported.kept:
        return ""
    one = len(imported.kept) == 1
    return (
        f", and kept {counted(len(imported.kept), 'earlier answer')} {'a respondent' if one else 'respondents'} gave again "
        f"({id_runs(imported.kept)}), marked replaced by their later answer{'' if one else 's'}"
    )


def replaced_said(review: Review, ids: Collection[str]) -> str:
    """ "Robin's later file replaced their earlier answers F4, F19; Kestrel's replaced F15, F16, F18 (kept in the
    history).": the answers an import replaced, each named as the respondent whose they were, by the command and by
    `cmo serve` alike. A download holds everyone's answers, so one import may replace several people's (re-trial AA:
    "a later file from the same respondent" for Robin's and Kestrel's); the round is said when they are several."""
    wanted = set(ids)
    each: dict[tuple[int, str], list[FeedbackItem]] = {}
    for item in sorted(review.store.feedback(replaced=True), key=lambda item: natural_key(item.id)):
        if item.id in wanted:
            each.setdefault(_respondent(item), []).append(item)
    if not each:
        return ""
    several_rounds = len({number for number, _ in each}) > 1
    said = []
    for (number, _), olds in each.items():
        answers = ", ".join(old.id for old in olds)
        whose = f"{olds[0].respondent}'s{f' round {number}' if several_rounds else ''}"
        if said:
            said.append(f"{whose} replaced {answers}")
        else:
            said.append(f"{whose} later file replaced their earlier answer{'s' if len(olds) > 1 else ''} {answers}")
    more = len(said) - MAX_NAMED
    return "; ".join(said[:MAX_NAMED]) + (f"; and {more} more respondents'" if more > 0 else "") + " (kept in the history)."


def id_runs(ids: list[str]) -> str:
    """Ids as runs: 'F1-F9, F33, F41-F42'."""
    numbers = sorted({id_number(i) for i in ids})
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"F{run[0]}" if len(run) == 1 else f"F{run[0]}-F{run[-1]}" for run in runs)


def _template_words(rounds: list, meanings: dict[str, str] | None = None) -> dict[str, set[str]]:
    """Each configuration's title and statement as each closed round's answer sheet gave them (the words its pack showed,
    and its parts as today's rules word them, as a sheet made before cmo kept those words gave them), folded; a statement
    opening "For people…" or "With good links…" also as sheets made before those frames gave it ("In people…", "In good
    links…": `as_earlier_versions_worded`), so an answer sheet made by an earlier cmo is not taken for one a respondent
    wrote over; and with the team's short forms (`meanings`) written out, as a sheet made with `settings:
    spell_out_short_forms: true` gives them."""
    from cmo.synthesis.wording import as_earlier_versions_worded

    words: dict[str, set[str]] = {}
    for closed in rounds:
        as_parts = [Configuration(**c.model_dump(exclude={"shown_title", "shown_sentence"})) for c in closed.configurations]
        spelt = template_rows(closed.configurations, closed.number, (), meanings) if meanings else []
        given = [*template_rows(closed.configurations, closed.number, ()), *template_rows(as_parts, closed.number, ())]
        for row in [*given, *spelt]:
            said = {fold(text) for cell in row[4:6] for text in (str(cell), as_earlier_versions_worded(str(cell)))}
            words.setdefault(str(row[3]), set()).update(said)
    return words


def _names_of(configurations: list[Configuration], numbers: dict[str, str]) -> dict[str, str]:
    """What else people call a closed round's configurations in a feedback sheet: the number its pack gave it ("CMO
    1.2", `numbers`, from `pack.numbers_as_sent`) and its title where no other configuration has it, each folded."""
    names: dict[str, str] = {fold(number): config_id for config_id, number in numbers.items()}
    titles: dict[str, list[str]] = {}
    for config in configurations:
        if not config.retired and config.title.strip():
            titles.setdefault(fold(config.title), []).append(config.id)
    names.update({title: ids[0] for title, ids in titles.items() if len(ids) == 1 and title not in names})
    return names


def _sections_of(review: Review, closed: list[RoundSnapshot], numbers: list[dict[str, str]]) -> dict[str, str]:
    """A domain's folded name and slug -> the number its findings open with in the closed rounds' packs ("1" of "CMO
    1.4"), where every round numbers it alike: a wall laid out one section per domain names the domain its posts
    under it are about (`feedback._numbered_in_its_section`)."""
    named = {domain.slug: domain.name or domain.slug for domain in review.domains}
    found: dict[str, set[str]] = {}
    for snapshot, sent in zip(closed, numbers, strict=True):
        for config in snapshot.configurations:
            number = re.fullmatch(r"\D*?(\d+)\.\d+", sent.get(config.id, ""))
            if number and config.domain:
                for name in {fold(config.domain), fold(named.get(config.domain, config.domain))}:
                    found.setdefault(name, set()).add(number.group(1))
    return {name: numbers.pop() for name, numbers in found.items() if len(numbers) == 1}


def _respondent(item: FeedbackItem) -> tuple[int, str]:
    """Who answered, for which round: the one key a later file replaces answers by."""
    return item.round, item.who


def _question(item: FeedbackItem) -> tuple[int, str, str]:
    """Who answered what, for which round: the configuration their row named, wherever the answer is kept."""
    return (*_respondent(item), item.question)


_A_NUMBER_ALONE = re.compile(r"(?:no\.?\s*|#)?\d+")


def _numbers_that_start_again(items: list[FeedbackItem], stored: list[FeedbackItem], names: dict[str, str]) -> None:
    """A respondent named by a number alone is a row of a list, numbered by whoever typed the forms in or by the tool,
    not a name a person chose: where the numbers start again (two batches of paper forms, each numbered from 1), one
    number names several people, and reading it as one person would count one's answers as replacing another's. So a
    number given to answers of two groups or roles (in this import, or kept from another file), or two numbers each
    given to different answers to one configuration in this import's files, is refused in one sentence, nothing imported."""
    numbered = [item for item in items if _A_NUMBER_ALONE.fullmatch(item.who)]
    several: dict[str, list[str]] = {}  # file -> the numbers in it naming several people
    kinds: list[str] = []
    for who in dict.fromkeys(item.who for item in numbered):
        rounds = {item.round for item in numbered if item.who == who}
        theirs = [item for item in [*stored, *numbered] if item.who == who and item.round in rounds]
        groups = list(dict.fromkeys(names.get(item.group, item.group) for item in theirs if item.group))
        roles = list(dict.fromkeys(item.role for item in theirs if item.role))
        if len(groups) > 1 or len(roles) > 1:
            kinds += [kind for kind in (groups if len(groups) > 1 else roles) if kind not in kinds]
            for file in dict.fromkeys(item.file for item in theirs):
                several.setdefault(file, []).append(theirs[0].respondent)
    answers: dict[tuple[str, int, str], set[tuple]] = {}
    for item in numbered:
        answers.setdefault((item.who, item.round, item.question), set()).add((item.rating, *[t for _, t in item.said()]))
    twice = list(dict.fromkeys(who for (who, _, _), given in answers.items() if len(given) > 1))
    if len(twice) > 1:  # one number answering again is a person sending the form twice; numbers starting again are not
        for item in numbered:
            if item.who in twice and item.respondent not in (found := several.setdefault(item.file, [])):
                found.append(item.respondent)
    if several:
        places = "; ".join(
            f"{Path(file).name} respondents {', '.join(repr(who) for who in whos)}" for file, whos in several.items()
        )
        told = f" (answers as {' and as '.join(kinds)})" if kinds else " (different answers to one configuration)"
        raise CmoError(
            f"{places}: each a number alone, given to more than one person's answers{told}, "
            "as where two batches of forms are each numbered from 1: give each batch's numbers a letter (A1, B1), or "
            "each person a pseudonym, and import again; nothing was imported."
        )


def _a_later_batch(
    items: list[FeedbackItem], stored: list[FeedbackItem], batch: str | None, called: dict[str, str] | None = None
) -> list[FeedbackItem]:
    """A file whose respondents are numbers alone that an earlier import's file gave in the same round, where two or
    more of them give answers that differ from their earlier ones in every configuration both answer: a second batch of
    paper forms numbered from 1 again, as likely as the same people answering again, so the import asks rather than
    replace one person's answers by another's (LT: Thursday's batch silently replaced Monday's). `batch` is the team's
    word: "new" reads this import's repeated numbers as other people, named by their file ("1 (batch-thursday)"),
    "replaces" as the same people answering again. A corrected re-export (the same file name, or answers the same in a
    configuration) replaces as before, unasked; one number answering afresh is a person sending a form again. `called`:
    the name each file was uploaded as (`cmo serve`), by its path; stored answers name theirs."""
    if batch == "replaces":
        return items
    called = called or {}

    def name(item: FeedbackItem) -> str:
        return called.get(item.file) or Path(item.file).name

    here = {name(item) for item in items}
    earlier: dict[tuple[int, str], dict[str, tuple]] = {}
    files: dict[tuple[int, str], set[str]] = {}
    for item in stored:
        if not item.replaced_by and _A_NUMBER_ALONE.fullmatch(item.who) and Path(item.file).name not in here:
            earlier.setdefault(_respondent(item), {})[item.question] = (item.rating, *[t for _, t in item.said()])
            files.setdefault(_respondent(item), set()).add(Path(item.file).name)
    repeated = {_respondent(item) for item in items if _respondent(item) in earlier}
    if batch == "new":
        return [_of_its_batch(item, name(item)) if _respondent(item) in repeated else item for item in items]
    now: dict[tuple[int, str], dict[str, tuple]] = {}
    for item in items:
        if _respondent(item) in repeated:
            now.setdefault(_respondent(item), {})[item.question] = (item.rating, *[t for _, t in item.said()])
    afresh = [
        key
        for key, answers in now.items()
        if (both := answers.keys() & earlier[key].keys()) and all(answers[q] != earlier[key][q] for q in both)
    ]
    if len(afresh) < 2:
        return items
    named = {name(item): None for item in items if _respondent(item) in afresh}
    before = sorted({file for key in afresh for file in files[key]})
    numbers = list(dict.fromkeys(item.respondent for item in items if _respondent(item) in afresh))
    raise CmoError(
        f"{', '.join(named)}: respondents {', '.join(repr(n) for n in numbers)} are numbers alone that "
        f"{', '.join(before)} gave already, and each answers every configuration differently, as where a second batch of "
        "forms is numbered from 1 again: import again with '--batch new' if they are other people, or '--batch replaces' "
        "if they are the same people answering again; nothing was imported."
    )


def _of_its_batch(item: FeedbackItem, file: str) -> FeedbackItem:
    """A numbered respondent of a new batch (`--batch new`) named by its file too: '1 (batch-thursday)'."""
    now = item.model_copy(update={"respondent": f"{item.respondent} ({Path(file).stem})"})
    return now.model_copy(update={"fingerprint": fingerprint(now)})


def _latest_file_each(items: list[FeedbackItem]) -> list[FeedbackItem]:
    """Two files from one respondent for one round in the same import: the one named later wins."""
    last_file = {_respondent(item): item.file for item in items}
    return [item for item in items if item.file == last_file[_respondent(item)]]


def _answered_again(items: list[FeedbackItem]) -> set[int]:
    """One named respondent answering one configuration twice in a file (a form sent again): the later answer counts,
    once (two would count the same person twice in the agreement), and is what the import counts as imported; the
    earlier ones (their places here) are stored too, each where it was given, so the earlier answer has the lower id
    (trial Q: 'only the later answer is counted (F33), and the earlier (F41) is kept'), and kept marked replaced
    (`_keep_answered_again`), so nothing they wrote is lost."""
    last = {_question(item): index for index, item in enumerate(items) if item.respondent.strip()}
    return {i for i, item in enumerate(items) if last.get(_question(item), i) != i}


def _keep_answered_again(store, earlier: list[FeedbackItem], items: list[FeedbackItem], known: list[FeedbackItem]) -> list[str]:
    """Each earlier answer a respondent gave again in the same file, kept and marked replaced by their later one, as a
    later file's answers replace earlier ones: its words (an overall comment, a first rating) stay in the review and
    its history, and only the later answer counts. Said per answer, with both ids."""
    if not earlier:
        return []
    ids = {item.fingerprint: item.id for item in known if item.id}
    later = {_question(item): ids.get(item.fingerprint, "a later answer") for item in items}
    marked = [old.model_copy(update={"replaced_by": later[_question(old)]}) for old in earlier]
    store.put_feedback(marked)
    pairs = {old.id: old.replaced_by for old in marked}
    store.record_decision(
        Decision(
            action="feedback-replace",
            targets=[*pairs, *dict.fromkeys(pairs.values())],
            note="; ".join(
                f"{old.respondent} answered {old.question} again in {old.file}: {old.replaced_by} replaced {old.id}"
                for old in marked
            ),
            before={"answers": [old.model_dump(mode="json") for old in earlier]},
            after={"replaced_by": pairs, "feedback": list(dict.fromkeys(pairs.values()))},
            round=store.current_round(),
        )
    )
    return [
        f"{old.file}: {old.respondent} answered {old.question} more than once; only the later answer is counted "
        f"({old.replaced_by}), and the earlier ({old.id}) is kept, marked as replaced by it"
        for old in marked
    ]


def _edited_in_the_form(stored: list[FeedbackItem], given: list[FeedbackItem], replaced: list[FeedbackItem]) -> dict[str, str]:
    """The replaced answers the form itself no longer holds, as edited there: replaced id -> the file now read. A form's
    download holds every submission, so a later download of the same form gives again, unchanged, other respondents'
    answers the earlier file gave; where it does, and the respondent's earlier answer is not in it, the respondent
    edited their response (Google Forms' 'Edit response', Qualtrics' retake) and the form kept only the edit: the
    earlier words are their former version, kept in the history with the answer replaced, not words to show beside the
    edit (helper K7: the team saw old and new words run together). A form sent twice gives both rows, and a file of
    one respondent's (a pack's answers, a follow-up) gives no one else's: their earlier words stay beside (trial U)."""
    if not replaced:
        return {}
    held: dict[str, set[str]] = {}
    for item in given:
        held.setdefault(item.file, set()).add(item.fingerprint)
    files = {old.file for old in replaced}
    stored_in: dict[str, dict[str, set[str]]] = {}  # file -> respondent -> their answers' prints, for those files only
    for item in stored:
        if item.file in files:
            stored_in.setdefault(item.file, {}).setdefault(item.who, set()).add(item.fingerprint)
    edited = {}
    for old in replaced:
        others = set().union(*(prints for who, prints in stored_in.get(old.file, {}).items() if who != old.who))
        for file, prints in held.items():
            if old.fingerprint not in prints and others & prints:
                edited[old.id] = file
    return edited


def _keep_earlier_words(
    store, replaced: list[FeedbackItem], added: list[FeedbackItem], edited: dict[str, str] | None = None
) -> list[str]:
    """Each new answer keeps what the respondent wrote in the answers it replaced and does not say again (`earlier`):
    a form sent twice replaces the rating, not the words (trial U: "The word 'falls' put my husband off" was lost to
    "Sorry, sent twice"). Words the new answer says again, or revises (`_revised`: trial Y's respondent rewrote "One
    training day is not enough" with more after it), are not kept beside it: the revision is their last word; nor are
    those of an answer the form holds no more, edited there (`_edited_in_the_form`), which are said."""
    changed, told = [], []
    edited = edited or {}
    for new in added:
        olds = sorted((old for old in replaced if _question(old) == _question(new)), key=lambda old: natural_key(old.id))
        if gone := [old for old in olds if old.id in edited and new.file == edited[old.id] and old.said()]:
            told += [
                f"{new.file}: {new.respondent}'s answer on {new.question} was edited in the form since {old.file} (this "
                f"download no longer holds {old.id}'s words): {new.id}'s words are shown, and {old.id}'s are kept in the "
                f"history, replaced by it"
                for old in gone
            ]
            olds = [old for old in olds if old not in gone]
        words = [new.earlier] if new.earlier else []
        for old in olds:
            for _, text in old.said():
                said = [t for _, t in new.said()] + words
                if fold(text) and not any(_revised(text, now) for now in said):
                    words.append(text)
        if " | ".join(words) != new.earlier:
            changed.append(new.model_copy(update={"earlier": " | ".join(words)}))
    store.put_feedback(changed)
    return told


def _revised(earlier: str, now: str) -> bool:
    """Whether `now` says `earlier` again or is a revision of it: the earlier words within it, its first four words or
    more opening it (an edit of the earlier answer: what the edit dropped, the respondent dropped; trial H2's "I got
    barred from a hostel…" went to the group), or most of them kept in their order (rapidfuzz's partial ratio of the
    folded texts, 80 or more), as a respondent edits their own answer."""
    from rapidfuzz import fuzz  # only an import that replaces answers needs it

    then, said = fold(earlier), fold(now)
    if not then or not said:
        return False
    if f" {then} " in f" {said} ":
        return True
    opening = os.path.commonprefix([then.split(), said.split()])
    if len(opening) >= 4:  # the new words open with the earlier's own: an edit of that answer, what it dropped dropped
        return True
    return len(then.split()) >= 4 and fuzz.partial_ratio(then, said) >= 80  # a few words match by chance


def _answers_on_ended(items: list[FeedbackItem], fates: dict[str, str]) -> list[str]:
    """An answer on a configuration as its round sent it, merged away or retired since (a late file): kept there, for
    that round, and said, so no one reads it as an answer on what the configuration became."""
    return [
        LookAt(
            f"{item.file}: {item.respondent}'s answer on {item.configuration} is kept on {item.configuration} as round "
            f"{item.round} sent it; {item.configuration} was {fates[item.configuration]} since"
            + (
                f" (cite it on {fates[item.configuration].split()[-1]} if it still holds there)"
                if "merged" in fates[item.configuration]
                else ""
            )
        )
        for item in items
        if item.configuration in fates and not item.named
    ]


def _as_stored(items: list[FeedbackItem], stored: list[FeedbackItem]) -> list[FeedbackItem]:
    """Each answer with the print it is stored under: one a cmo stored without its rating's words (`earlier_fingerprint`)
    and a later file replaced is that answer, not a new one (trial G's repeat import must change nothing, whichever
    cmo imported the files first)."""
    wordless = {item.fingerprint for item in stored if not item.answer}
    known = {item.fingerprint for item in stored}
    same = []
    for item in items:
        earlier = earlier_fingerprint(item) if item.fingerprint not in known else ""
        same.append(item.model_copy(update={"fingerprint": earlier}) if earlier in wordless else item)
    return same


_WITHDRAWN_PRINT = " withdrawn as "


def _withdrawn_print(item: FeedbackItem) -> str:
    """A withdrawn answer's print, set apart from its own (each print is stored once): the same answers given again in
    another file are a new import (trial AA: Robin's real round-2 row, a minute after a withdrawn test row, was dropped)."""
    return f"{item.fingerprint}{_WITHDRAWN_PRINT}{item.id}"


def _print_before_withdrawal(item: FeedbackItem) -> str:
    return item.fingerprint.partition(_WITHDRAWN_PRINT)[0]


def _not_withdrawn(items: list[FeedbackItem]) -> list[FeedbackItem]:
    return [item for item in items if item.replaced_by != WITHDRAWN]


def _withdrawn_file_again(stored: list[FeedbackItem], given: list[FeedbackItem]) -> tuple[list[FeedbackItem], list[str]]:
    """The answers, a withdrawn file given again read as the withdrawn ones they are (a file withdrawn stays withdrawn,
    said once per file) where every answer of it reads as it did; a withdrawn file read differently now (another
    --scale, rows corrected) is a corrected import and counts whole (trial BU: a Delphi sheet withdrawn and imported
    again with its scale read in bands brought back only the 84 answers whose reading changed, and agreement read 0%
    everywhere). The same answers from another file are a new submission and count."""
    withdrawn = {(_print_before_withdrawal(item), item.file): item for item in stored if item.replaced_by == WITHDRAWN}
    files: dict[str, list[FeedbackItem]] = {}
    for item in given:
        files.setdefault(item.file, []).append(item)
    counted = {item.fingerprint for item in stored if item.replaced_by != WITHDRAWN}  # answers its first import repeated

    def as_before(item: FeedbackItem) -> bool:
        return (item.fingerprint, item.file) in withdrawn or item.fingerprint in counted

    unchanged = {file for file, items in files.items() if all(as_before(item) for item in items)}
    read, again = [], {}
    for item in given:
        if item.file in unchanged and (was := withdrawn.get((item.fingerprint, item.file))) is not None:
            again.setdefault(item.file, []).append(was.id)
            item = item.model_copy(update={"fingerprint": was.fingerprint})
        read.append(item)
    reread: dict[str, list[str]] = {}
    for item in stored:
        if item.replaced_by == WITHDRAWN and item.file in files and item.file not in unchanged:
            reread.setdefault(item.file, []).append(item.id)
    said = [
        LookAt(
            f"{file}: the answers here {id_runs(ids)} were withdrawn ('cmo history {ids[0]}' says why) and stay withdrawn; "
            "nothing was changed (to count them again, import a copy of the file under another name)"
        )
        for file, ids in again.items()
    ]
    said += [
        f"{file}: its answers {id_runs(ids)} were withdrawn and it reads differently now, so its answers are imported as a "
        "corrected file; the withdrawn ones stay in the history"
        for file, ids in reread.items()
    ]
    return read, said


def _replaced_already(stored: list[FeedbackItem], items: list[FeedbackItem]) -> list[str]:
    """Answers a respondent's later file replaced, in an earlier file imported again: they stay replaced (the later
    file is their last word), said once per file and respondent, in the order the later answers replaced them. A form's
    download holds everyone's answers: each is named as the respondent whose it is (trial AA credited Kestrel's answers
    to Robin, the first respondent of the file)."""
    gone = {item.fingerprint: item for item in stored if item.replaced_by and item.replaced_by != WITHDRAWN}
    files: dict[tuple[str, str], list[FeedbackItem]] = {}
    for item in items:
        if item.fingerprint in gone:
            old = gone[item.fingerprint]
            files.setdefault((item.file, old.who), []).append(old)
    return [
        LookAt(
            f"{file}: {olds[0].respondent}'s answers here are {', '.join(old.id for old in olds)}, which their later answers "
            f"{', '.join(dict.fromkeys(old.replaced_by for old in olds))} replaced; the later ones still count and nothing "
            "was changed"
        )
        for (file, _), olds in files.items()
    ]


def _replaced(stored: list[FeedbackItem], items: list[FeedbackItem]) -> list[FeedbackItem]:
    """A respondent's stored answers about the configurations their new file answers again, where it says something
    else; none when it gives nothing new (a re-import). Answers about configurations the new file does not mention
    stay: a short follow-up correcting two answers withdraws none of the other six (trial C); nor does an answer giving
    words and no rating replace one that rated the configuration (helper LH: one poll a file, the comments' poll took
    back every rating)."""
    incoming: dict[tuple[int, str], set[str]] = {}
    answered: set[tuple[int, str, str]] = set()
    rated: set[tuple[int, str, str]] = set()
    for item in items:
        incoming.setdefault(_respondent(item), set()).add(item.fingerprint)
        answered.add(_question(item))
        if item.rating:
            rated.add(_question(item))
    known = {item.fingerprint for item in stored}
    revised = {who for who, prints in incoming.items() if not prints <= known}
    moved = _words_given(items)
    return [
        item
        for item in stored
        if not item.replaced_by
        and _respondent(item) in revised
        and item.fingerprint not in incoming[_respondent(item)]
        and (
            _question(item) in answered
            and (not item.rating or _question(item) in rated)  # words alone never take back a rating (one poll a file)
            or _moved_to(item, moved) is not None
        )
    ]


def _words_given(items: list[FeedbackItem]) -> dict[tuple[str, int, str, str], FeedbackItem]:
    """(file, round, respondent, words) -> the answer of `items` that gives those words."""
    return {
        (item.file, *_respondent(item), fold(text)): item for item in items for _, text in item.said(earlier=False) if fold(text)
    }


def _moved_to(old: FeedbackItem, moved: dict[tuple[str, int, str, str], FeedbackItem]) -> FeedbackItem | None:
    """The answer the same file, read again, now gives a stored answer's words on, where it reads them as about another
    question (trial H2: "Re C20 - …", stored as an answer on the findings overall, read now as the answer on C20): the
    same row's words, read otherwise, so the new reading replaces the old, never counts beside it. None where the words
    are not all there, or stay on the same question (what `_replaced` decides already) or the stored answer gave none."""
    said = [fold(text) for _, text in old.said(earlier=False) if fold(text)]
    found = [moved.get((old.file, *_respondent(old), text)) for text in said]
    new = found[0] if found else None
    if new is None or any(other is not new for other in found):
        return None
    return new if _question(new) != _question(old) else None


def _groups_kept(given: list[FeedbackItem], replaced: list[FeedbackItem]) -> tuple[list[FeedbackItem], list[str]]:
    """A respondent's later answers that give no review group keep the one group the answers they replace gave (and
    their words for a group, where the later give none): a file that does not say whom they answer for in the review's
    words (a column left unread, the same form's responses exported in another language, 'Enfants et jeunes' for
    'Children and young people') is no answer that they speak for no group (trial CC 7: LimeSurvey's responses exported
    in French after English replaced every answer with one of no group, and each group's agreement was gone). Said once
    per respondent; `--group` gives another."""
    earlier: dict[tuple[int, str], set[tuple[str, str]]] = {}
    for old in replaced:
        if old.group or old.group_words:
            earlier.setdefault(_respondent(old), set()).add((old.group, old.group_words))
    kept: dict[str, str] = {}
    now = []
    for item in given:
        groups = earlier.get(_respondent(item), set())
        group, words = next(iter(groups)) if len(groups) == 1 else ("", "")
        if not item.group and (group or words and not item.group_words):
            item = item.model_copy(update={"group": group, "group_words": item.group_words or words})
            item = item.model_copy(update={"fingerprint": fingerprint(item)})
            kept.setdefault(item.respondent, f"({group})" if group else f"in their words ('{words}')")
        now.append(item)
    said = [
        f"{who}'s later answers give no group they answer for, so they keep the group their earlier answers gave "
        f"{group}; '--group \"{who}=GROUP\"' gives another"
        for who, group in kept.items()
    ]
    return now, said


def _mark_replaced(store, replaced: list[FeedbackItem], added: list[FeedbackItem]) -> dict[str, str]:
    """Each replaced answer kept, marked with the respondent's new answer to the same question, or the one its words
    are read as now (`_moved_to`): old id -> new id."""
    successors = {}
    moved = _words_given(added)
    for old in replaced:
        new = next((item for item in added if _question(item) == _question(old)), None) or _moved_to(old, moved)
        successors[old.id] = new.id if new else "a later answer"
    store.put_feedback([old.model_copy(update={"replaced_by": successors[old.id]}) for old in replaced])
    return successors


def _sliders_read(items: list[FeedbackItem]) -> list[str]:
    """How the answers' slider numbers were read ('the numbers on the 0–100 slider were read in thirds of it: …'), for
    the history: the rule is kept with the review, as each answer keeps its number (`Scale.rule`)."""
    found = (re.search(r" on the (\d+)–(\d+) scale$", item.answer) for item in items)
    scales = dict.fromkeys(Scale(int(m.group(1)), int(m.group(2))) for m in found if m)
    return [scale.rule() for scale in scales if scale.in_thirds]


def _record_import(
    review: Review,
    added: list[FeedbackItem],
    replaced: list[FeedbackItem],
    successors: dict[str, str],
    reread: list[_Reread],
    regroup: dict[str, str] | None = None,
) -> list[str]:
    """The import in the history, and each replaced answer a configuration cites, said: the citation stays on the words
    the team chose, and the line says how to cite the new answer too (trial E: it moved silently). Answers given again
    unchanged that the file reads otherwise (`_read_again`) are in the history too, as they were and what changed."""
    store = review.store
    if added:
        store.record_decision(
            Decision(
                action="feedback-import",
                targets=[item.id for item in added],
                note="; ".join([*_sliders_read(added), *_regrouped_said(added, regroup)]),
                after={"files": sorted({item.file for item in added}), **_groups_given_after(added, regroup)},
                round=store.current_round(),
            )
        )
    if changed := [again for again in reread if not again.exact and again.changes()]:
        store.record_decision(
            Decision(
                action="feedback-import",
                targets=sorted((again.after.id for again in changed), key=id_number),
                note=f"given again unchanged in {', '.join(dict.fromkeys(again.file for again in changed))}, which "
                "reads more of them; each keeps its id"
                + "".join(f"; {said}" for said in _regrouped_said([again.after for again in changed], regroup)),
                before={"answers": [again.before.model_dump(mode="json") for again in changed]},
                after={
                    "files": sorted({again.file for again in changed}),
                    "read_again": {again.after.id: again.changes() for again in changed},
                    **_groups_given_after([again.after for again in changed], regroup),
                },
                round=store.current_round(),
            )
        )
    if not replaced:
        return []
    citing = {
        config.id: [f for f in config.feedback_evidence if f in successors]
        for config in store.configurations(include_retired=True)
        if not config.retired and any(f in successors for f in config.feedback_evidence)
    }
    who = {item.id: item.respondent for item in replaced}
    said = [
        LookAt(
            f"{config_id} cites {old}, which {who[old]} replaced with {successors[old]}; cite {successors[old]} too if it "
            f"still holds: cmo configs cite {config_id} --feedback {successors[old]}"
        )
        for config_id, olds in sorted(citing.items(), key=lambda pair: natural_key(pair[0]))
        for old in olds
    ]
    pairs = "; ".join(f"{old} with {new}" for old, new in successors.items())
    files = sorted({f"{item.respondent}'s later file for round {item.round}" for item in replaced})
    store.record_decision(
        Decision(
            action="feedback-replace",
            targets=[*successors, *dict.fromkeys(successors.values()), *citing],
            note=f"{' and '.join(files)} replaced {pairs}"
            + (f"; still cited: {', '.join(f'{f} by {c}' for c, fs in citing.items() for f in fs)}" if citing else ""),
            before={"answers": [item.model_dump(mode="json") for item in replaced]},
            after={"replaced_by": successors, "feedback": list(dict.fromkeys(successors.values())), "cited_by": citing},
            round=store.current_round(),
        )
    )
    return said


def list_feedback(review: Review, round_number: int | None = None) -> list[FeedbackAnswer]:
    """`cmo feedback list`: the answers kept, every round or one, in id order."""
    if round_number is not None:
        get_round(review, round_number)
    return [
        FeedbackAnswer(**item.model_dump(include=set(FeedbackAnswer.model_fields)))
        for item in review.store.feedback(round_number)
    ]


def feedback_summary(review: Review, round_number: int | None = None) -> list[FeedbackRow]:
    snapshot = get_round(review, round_number)
    retired = {c.id for c in review.store.configurations(include_retired=True) if c.retired}
    ended = fates(review.store.history()) if retired else {}
    rows = summarise(review.store.feedback(snapshot.number), snapshot.configurations)
    return [
        FeedbackRow(
            **row,
            retired_since=row["configuration"] in retired,
            fate_since=ended.get(row["configuration"], "retired") if row["configuration"] in retired else "",
        )
        for row in rows
    ]


def feedback_template(review: Review, path: Path, round_number: int | None = None) -> Path:
    from cmo.commands.refine import describe  # the evidence rule, as the pack applies it

    snapshot = get_round(review, round_number)
    no_evidence = {v.id for v in describe(review, snapshot.configurations, feedback=[]) if v.strength == "none"}
    settings = review.settings
    meanings = settings.short_forms if settings.spell_out_short_forms else None  # as the pack writes them
    write_feedback_template(
        path, snapshot.configurations, snapshot.number, _group_labels(review), not_findings=no_evidence, meanings=meanings
    )
    return path


_ANSWER_ID = re.compile(r"^[Ff]\d+$")


@writes
def withdraw_feedback(review: Review, named: list[str], *, note: str) -> FeedbackWithdrawn:
    """Take back one import: by the file's name as the import recorded it ('forms-round2-download.xlsx'; a path typed
    to it names the same file), or by the answers' ids (F24-F28 as 'F24,F25,F26,F27,F28'). Each answer it added is
    kept, marked withdrawn, and no longer counts; each answer it replaced counts again, as before the import (an answer
    a later file replaced stays replaced, by that later answer). Recorded in the history with `note`, why.

    Refused, with nothing changed, where it would undo a decision behind the team's or the group's back: an answer a
    configuration cites (take the citation back first), or one in the review when a later round closed (its pack, as
    sent, was made with it). A decision made because of a withdrawn answer stands, and is said."""
    if not note.strip():
        raise CmoError("say why the answers are withdrawn with --note; the history keeps the reason.")
    store = review.store
    every = store.feedback(replaced=True)
    by_id = {item.id: item for item in every}
    taking, files = _to_withdraw(every, named)
    for item in taking:
        if item.replaced_by == WITHDRAWN:
            raise CmoError(f"{item.id} is withdrawn already ('cmo history {item.id}' says why); nothing was changed.")
    ids = {item.id for item in taking}
    _refuse_cited(store, ids)
    _refuse_sent(store, taking)
    successors = {item.id: item.replaced_by for item in taking}

    def after(item_id: str) -> str:  # the answer in force after the withdrawn one, if a later file replaced it
        seen = set()
        while item_id in successors and item_id not in seen:
            seen.add(item_id)
            item_id = successors[item_id]
        return "" if item_id in ids or item_id == WITHDRAWN else item_id

    restored = [
        old.model_copy(update={"replaced_by": after(old.replaced_by)})
        for old in every
        if old.id not in ids and old.replaced_by in ids
    ]
    restored = _one_in_force_each(restored)
    withdrawn = [item.model_copy(update={"replaced_by": WITHDRAWN, "fingerprint": _withdrawn_print(item)}) for item in taking]
    store.put_feedback([*withdrawn, *restored])
    back = sorted((old.id for old in restored if not old.replaced_by), key=natural_key)
    taken = sorted(ids, key=natural_key)
    what = f"the import of {_joined(files)}" if files else "answers"
    store.record_decision(
        Decision(
            action="feedback-withdraw",
            targets=[*taken, *(old.id for old in restored)],
            note=f"withdrew {what} ({id_runs(taken)})"
            + (f"; {id_runs(back)} count{'s' if len(back) == 1 else ''} again" if back else "")
            + f": {note.strip()}",
            before={"answers": [by_id[i].model_dump(mode="json") for i in [*taken, *(old.id for old in restored)]]},
            after={
                "withdrawn": taken,
                "in_force_again": back,
                "replaced_by": {old.id: old.replaced_by for old in restored},
                "files": files,
            },
            round=store.current_round(),
        )
    )
    warnings = _because_withdrawn(store, ids) + _cited_again(store, back)
    return FeedbackWithdrawn(withdrawn=taken, in_force_again=back, files=files, warnings=warnings)


def _to_withdraw(every: list[FeedbackItem], named: list[str]) -> tuple[list[FeedbackItem], list[str]]:
    """The answers `named` names: ids, each of which must be stored, or one file's name (as recorded, the name alone)
    whose answers are those one import added."""
    named = [part.strip() for part in named if part.strip()]
    if not named:
        raise CmoError("name the file whose import to take back, as 'cmo feedback list --json' gives it, or the answers' ids.")
    by_id = {item.id.upper(): item for item in every}
    if all(_ANSWER_ID.match(part) for part in named):
        unknown = [part for part in named if part.upper() not in by_id]
        if unknown:
            raise NotFound(f"feedback '{unknown[0]}' is not in this review; 'cmo feedback list' lists the ids.")
        taking = list({by_id[part.upper()].id: by_id[part.upper()] for part in named}.values())
        return taking, []
    if len(named) > 1:
        raise CmoError(
            f"withdraw one import at a time: name one file (not {_joined([repr(p) for p in named])}), or the answers' ids."
        )
    name = Path(named[0]).name
    taking = [item for item in every if item.file == name]
    if not taking:
        files = sorted({item.file for item in every if item.file and item.replaced_by != WITHDRAWN})
        known = f" (the files imported are {_joined([repr(f) for f in files])})" if files else " (no answers are imported yet)"
        raise NotFound(f"no answers were imported from a file named '{name}'{known}; nothing was changed.")
    live = [item for item in taking if item.replaced_by != WITHDRAWN]
    if not live:
        raise CmoError(
            f"the answers from {name} are withdrawn already ('cmo history {taking[0].id}' says why); nothing was changed."
        )
    return live, [name]


def _refuse_cited(store, ids: set[str]) -> None:
    """A configuration citing an answer counts it as evidence: the team's decision, which a withdrawal never undoes."""
    citing = [
        (config.id, f)
        for config in store.configurations(include_retired=True)
        if not config.retired
        for f in config.feedback_evidence
        if f in ids
    ]
    if citing:
        config_id, feedback_id = citing[0]
        more = f" (and {len(citing) - 1} more citation{'s' if len(citing) > 2 else ''})" if len(citing) > 1 else ""
        raise CmoError(
            f"{config_id} cites {feedback_id}{more}, so nothing was withdrawn: take the citation back first "
            f'(cmo configs cite {config_id} --feedback {feedback_id} --remove --note "..."), then withdraw.'
        )


def _refuse_sent(store, taking: list[FeedbackItem]) -> None:
    """An answer in the review when a later round closed: that round's pack, as sent, was made with it (its agreement,
    its quotes), so the group has read what it led to; withdrawing it would change the record of what they were told.
    Which came first is the history's order (the import's decision and the round's closing), else their times."""
    came: dict[str, tuple[int, str]] = {}
    closed: dict[int, tuple[int, str]] = {}
    for decision in store.history():
        if decision.action == "feedback-import" and not decision.before:
            for target in decision.targets:
                came.setdefault(target, (decision.seq, decision.at))
        elif decision.action == "close-round":
            closed.setdefault(decision.round, (decision.seq, decision.at))

    def before(item: FeedbackItem, seq: int, at: str) -> bool:
        if item.id not in came:  # imported before cmo recorded imports: in the review since
            return True
        return came[item.id][0] < seq if seq else came[item.id][1] <= at

    for snapshot in store.rounds():
        seq, at = closed.get(snapshot.number, (0, snapshot.closed_at))
        sent = [item.id for item in taking if snapshot.number > item.round and before(item, seq, at)]
        if sent:
            raise CmoError(
                f"{id_runs(sent)} {'was' if len(sent) == 1 else 'were'} in the review when round {snapshot.number} closed, "
                f"so its pack, as sent to the group, was made with {'it' if len(sent) == 1 else 'them'}; nothing was "
                "withdrawn: the answers stay on record (a respondent's later answer replaces theirs)."
            )


def _one_in_force_each(restored: list[FeedbackItem]) -> list[FeedbackItem]:
    """Two answers of one respondent to one question coming back in force: the later counts, the earlier stays replaced
    by it, as an import leaves them."""
    latest: dict[tuple[int, str, str], str] = {}
    for old in sorted(restored, key=lambda item: natural_key(item.id)):
        if not old.replaced_by:
            latest[_question(old)] = old.id
    return [
        old.model_copy(update={"replaced_by": latest[_question(old)]})
        if not old.replaced_by and latest[_question(old)] != old.id
        else old
        for old in restored
    ]


def _because_withdrawn(store, ids: set[str]) -> list[str]:
    """Decisions made because of an answer withdrawn now: they stand (the history and the pack give the answer as
    their reason), said so the team can look again."""
    said = []
    for decision in store.history():
        cited = [f for f in decision.because if f in ids]
        if cited and decision.action not in ("feedback-import", "feedback-replace", "feedback-withdraw"):
            about = ", ".join(t for t in decision.targets if not _ANSWER_ID.match(t)) or "the review"
            said.append(
                LookAt(
                    f"the {decision.action} of {about} was made because of {', '.join(cited)}, withdrawn now; it stands, "
                    f"with {'that answer' if len(cited) == 1 else 'those answers'} as its reason ('cmo history {cited[0]}')"
                )
            )
    return said


def _cited_again(store, back: list[str]) -> list[str]:
    """A configuration citing an answer that counts again (the team cited it before the import replaced it)."""
    again = set(back)
    return [
        f"{config.id} cites {f}, which counts again"
        for config in store.configurations()
        for f in config.feedback_evidence
        if f in again
    ]


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
