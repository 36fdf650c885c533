"""`cmo feedback`: read the expert reference group's answers into the review, list and summarise them, write the template.

`cmo.sheets.feedback` parses and checks the files; this module stores what comes back, so a round's
feedback can be cited by later decisions. A respondent's later file for a round replaces their
earlier answers there (the history keeps what was replaced), so a revised file counts once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cmo.commands import writes
from cmo.commands.rounds import get_round
from cmo.errors import CmoError
from cmo.models import Configuration, Decision, FeedbackItem
from cmo.normalise import fold
from cmo.review import Review
from cmo.sheets.feedback import parse_feedback_files, summarise, write_feedback_template
from cmo.views import FeedbackAnswer, FeedbackImported, FeedbackRow


@dataclass
class FeedbackImport:
    added: list[FeedbackItem] = field(default_factory=list)
    repeated: int = 0
    round: int = 0
    replaced: list[FeedbackItem] = field(default_factory=list)
    rounds: list[int] = field(default_factory=list)

    def view(self) -> FeedbackImported:
        return FeedbackImported(
            added=len(self.added),
            repeated=self.repeated,
            round=self.round,
            feedback=[item.id for item in self.added],
            replaced=[item.id for item in self.replaced],
            rounds=self.rounds,
        )


def _group_labels(review: Review) -> dict[str, str]:
    return {g.slug: g.name for g in review.groups}


@writes
def import_feedback(
    review: Review, paths: list[Path], round_number: int | None = None, *, called: dict[Path, str] | None = None
) -> FeedbackImported:
    """Each file answers the round it names (the latest closed round when it names none, or `--round`); all files or none.

    `called` records a file under a name other than its path: `cmo serve` reads an upload from a temporary copy, gone
    once imported, so the answers and the history name the file the person chose."""
    snapshot = get_round(review, round_number)
    rounds = (
        None
        if round_number is not None
        else {r.number: {c.id for c in r.configurations if not c.retired} for r in review.store.rounds()}
    )
    known = {c.id for c in snapshot.configurations if not c.retired}
    warnings: list[str] = []
    names = {r.number: _names_of(review, r.configurations) for r in review.store.rounds()}
    parsed = parse_feedback_files(
        paths,
        known,
        snapshot.number,
        groups=_group_labels(review),
        rounds=rounds,
        warnings=warnings,
        review_title=review.title,
        names=names,
        fates=_fates(review.store.history()),
    )
    items = _last_answer_each(_latest_file_each(_as_called(parsed, called or {})), warnings)
    if not items:
        raise CmoError(f"{', '.join(p.name for p in paths)}: no answers found; nothing was imported.")
    store = review.store
    with store.transaction():
        replaced = _replaced(store.feedback(), items)
        added, repeated = store.add_feedback(items, replacing=[item.id for item in replaced])
        _record_import(review, added, replaced)
    numbers = sorted({item.round for item in items})
    imported = FeedbackImport(added=added, repeated=repeated, round=max(numbers), replaced=replaced, rounds=numbers)
    return imported.view().model_copy(update={"warnings": warnings})


def _as_called(items: list[FeedbackItem], called: dict[Path, str]) -> list[FeedbackItem]:
    """Each answer naming its file as `called` says, when it says."""
    names = {str(path): name for path, name in called.items()}
    return [item.model_copy(update={"file": names[item.file]}) if item.file in names else item for item in items]


def _fates(history: list[Decision]) -> dict[str, str]:
    """What became of configurations merged away or retired by hand, for a feedback row that still names one."""
    fates: dict[str, str] = {}
    for decision in history:
        if decision.action == "merge" and isinstance(decision.after.get("into"), str):
            into = decision.after["into"]
            fates.update({t: f"merged into {into}" for t in decision.targets if t.startswith("C") and t != into})
        elif decision.action == "retire" and decision.targets:
            fates[decision.targets[0]] = "retired"
    return fates


def _names_of(review: Review, configurations: list[Configuration]) -> dict[str, str]:
    """What else people call a round's configurations in a feedback sheet: the number the pack's and report's tables
    give it ("CMO 1.2") and its title where no other configuration has it, each folded."""
    from cmo.outputs.tables import by_domain

    names: dict[str, str] = {}
    for section, (_, held) in enumerate(by_domain(configurations, review.domains), start=1):
        for row, config in enumerate(held, start=1):
            names[fold(f"CMO {section}.{row}")] = config.id
    titles: dict[str, list[str]] = {}
    for config in configurations:
        if not config.retired and config.title.strip():
            titles.setdefault(fold(config.title), []).append(config.id)
    names.update({title: ids[0] for title, ids in titles.items() if len(ids) == 1 and title not in names})
    return names


def _respondent(item: FeedbackItem) -> tuple[int, str]:
    """Who answered, for which round: the one key a later file replaces answers by."""
    return item.round, item.who


def _latest_file_each(items: list[FeedbackItem]) -> list[FeedbackItem]:
    """Two files from one respondent for one round in the same import: the one named later wins."""
    last_file = {_respondent(item): item.file for item in items}
    return [item for item in items if item.file == last_file[_respondent(item)]]


def _last_answer_each(items: list[FeedbackItem], warnings: list[str]) -> list[FeedbackItem]:
    """One named respondent answering one configuration twice in a file (a form sent again): the later answer
    counts, once, and it is said; two answers would count the same person twice in the agreement."""
    last = {(_respondent(item), item.configuration): index for index, item in enumerate(items) if item.respondent.strip()}
    dropped = {i for i, item in enumerate(items) if last.get((_respondent(item), item.configuration), i) != i}
    kept = [item for i, item in enumerate(items) if i not in dropped]
    twice = sorted({(items[i].file, items[i].respondent, items[i].configuration) for i in dropped})
    warnings += [
        f"{file}: {who} answered {config} more than once; only the later answer is counted" for file, who, config in twice
    ]
    return kept


def _replaced(stored: list[FeedbackItem], items: list[FeedbackItem]) -> list[FeedbackItem]:
    """A respondent's stored answers about the configurations their new file answers again, where it says something
    else; none when it gives nothing new (a re-import). Answers about configurations the new file does not mention
    stay: a short follow-up correcting two answers withdraws none of the other six (trial C)."""
    incoming: dict[tuple[int, str], set[str]] = {}
    answered: set[tuple[int, str, str]] = set()
    for item in items:
        incoming.setdefault(_respondent(item), set()).add(item.fingerprint)
        answered.add((*_respondent(item), item.configuration))
    known = {item.fingerprint for item in stored}
    revised = {who for who, prints in incoming.items() if not prints <= known}
    return [
        item
        for item in stored
        if _respondent(item) in revised
        and (*_respondent(item), item.configuration) in answered
        and item.fingerprint not in incoming[_respondent(item)]
    ]


def _record_import(review: Review, added: list[FeedbackItem], replaced: list[FeedbackItem]) -> None:
    """The import in the history; replaced answers whole, and their citations moved to the respondent's new answer."""
    store = review.store
    if added:
        store.record_decision(
            Decision(
                action="feedback-import",
                targets=[item.id for item in added],
                after={"files": sorted({item.file for item in added})},
                round=store.current_round(),
            )
        )
    if not replaced:
        return
    moved = _move_citations(review, replaced, added)
    note = "; ".join(
        sorted({f"{item.respondent}'s later file for round {item.round} replaces their earlier answers" for item in replaced})
    )
    store.record_decision(
        Decision(
            action="feedback-replace",
            targets=[*(item.id for item in replaced), *(item.id for item in added), *moved],
            note=note,
            before={"answers": [item.model_dump(mode="json") for item in replaced]},
            after={"feedback": [item.id for item in added], "citations": moved},
            round=store.current_round(),
        )
    )


def _move_citations(review: Review, replaced: list[FeedbackItem], added: list[FeedbackItem]) -> dict[str, list[str]]:
    """A configuration citing a replaced answer cites the same respondent's new answer about it, or nothing."""
    successor = {}
    for old in replaced:
        new = next(
            (item for item in added if _respondent(item) == _respondent(old) and item.configuration == old.configuration), None
        )
        successor[old.id] = new.id if new else None
    changed: list[Configuration] = []
    for config in review.store.configurations(include_retired=True):
        if any(f in successor for f in config.feedback_evidence):
            cited = [successor.get(f, f) for f in config.feedback_evidence if successor.get(f, f)]
            changed.append(config.model_copy(update={"feedback_evidence": list(dict.fromkeys(cited))}))
    review.store.put_configurations(changed)
    return {config.id: config.feedback_evidence for config in changed}


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
    rows = summarise(review.store.feedback(snapshot.number), snapshot.configurations)
    return [FeedbackRow(**row, retired_since=row["configuration"] in retired) for row in rows]


def feedback_template(review: Review, path: Path, round_number: int | None = None) -> Path:
    snapshot = get_round(review, round_number)
    write_feedback_template(path, snapshot.configurations, snapshot.number, _group_labels(review))
    return path
