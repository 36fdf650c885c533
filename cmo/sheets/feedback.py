"""Feedback files: the JSON a consultation pack saves and the CSV/XLSX template, read and checked.

A feedback file arrives by email from outside the team, so it is hostile until shown otherwise:
size-capped, sniffed, shape-checked, and every problem is reported at once with file and
row/field, so the sender can be asked for one corrected file. Nothing is imported unless
everything is valid. Each item carries a content fingerprint, so importing the same answers
twice (even from two files) counts them once.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import cache, lru_cache
from html.parser import HTMLParser
from pathlib import Path

from cmo.errors import BadInput, LookAt
from cmo.files import atomic_write_bytes, saved_bytes
from cmo.language import ENGLISH_STOPWORDS
from cmo.models import OPENING_ABOUT, OPENING_ID, Configuration, FeedbackItem
from cmo.normalise import TABLE_NUMBER, clean_text, fold, group_named, labelled, natural_key, typed_id
from cmo.sheets.tables import (
    GROUP_HEADERS,
    ZIP_MAGIC,
    Table,
    check_size,
    csv_bytes,
    csv_table,
    cut_by_a_delimiter,
    decode_sheet,
    looks_binary,
    names_a_translation,
    row_list,
    sheet_names,
    spreadsheet_table,
    spreadsheet_tables,
    tab_named,
    text_cell,
    unread_columns_warning,
    word_table,
    zipped_files,
)
from cmo.textio import json_nested_too_deeply

MAX_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_TEXT = 20_000
MAX_NAME = 200
MAX_LISTED_PROBLEMS = 50
EVERYONE = ""  # `--group GROUP` alone: the respondent of `regroup` meaning every answer in the files that names no group
FORMAT = "cmo-feedback"

TEMPLATE_COLUMNS = (
    "respondent",
    "group",
    "round",
    "configuration",
    "title",
    "statement",
    "rating",
    "missing",
    "not_for_whom",
    "read",
    "comment",
    "role",
)
"""The template's fields, in its column order; `title` and `statement` are there to read and are ignored on import.
`role` came later, so it is last: sheets filled in before it keep their columns."""
TEMPLATE_LABELS = {
    "respondent": "pseudonym",
    "missing": "what is missing or wrong",
    "not_for_whom": "for whom does it not hold",
    "read": "anything we should read",
    "role": "speaking as",
}
TEMPLATE_HEADERS = tuple(TEMPLATE_LABELS.get(name, name) for name in TEMPLATE_COLUMNS)
"""What the template's header row says, in words a respondent reads (each is one of `_phrases`, so a filled-in
sheet reads back; the field names themselves are read as well)."""
TEXT_FIELDS = ("missing", "not_for_whom", "read", "comment")
ANSWER_FIELDS = ("rating", *TEXT_FIELDS)
REQUIRED_COLUMNS = ("respondent", "configuration", "rating")
OVERALL = "overall"
"""The answer about the whole set of findings rather than one configuration: the pack's and sheet's last question."""
OVERALL_TITLE = "Anything missing overall"
OVERALL_QUESTION = "Is anything missing from the whole set of findings? (no rating needed)"
SHEET_QUESTIONS = {
    "rating": "Does this match your experience?",
    "missing": "What is missing or wrong?",
    "not_for_whom": "For whom, or where, does it not hold?",
    "read": "Anything we should read (a report, a paper, a web page)?",
    "comment": "Anything else.",
}
"""The questions the answer sheet's 'How to fill in' asks for each column: a form may head its columns with them, so
they are read as those columns (`_phrases`), as the pack's own questions are."""
RATINGS = {
    "agree": "agree",
    "yes": "agree",
    "y": "agree",
    "partly": "partly",
    "partially": "partly",
    "partial": "partly",
    "somewhat": "partly",
    "disagree": "disagree",
    "no": "disagree",
    "n": "disagree",
}
NO_RATING = frozenset(
    {"n a", "na", "not applicable", "don t know", "dont know", "do not know", "unsure", "not sure"}
    # the same in the languages whose agreement scales are read (trial CP: a French form's 'Je ne sais pas')
    | {"je ne sais pas", "ne sais pas", "nsp", "sans opinion", "no se", "no lo se", "nao sei", "weiss nicht", "weiß nicht"}
)
"""Ratings that rate nothing, as forms write them: read as no rating, the answer's words kept."""
COLUMN_ALIASES = {
    "pseudonym": "respondent",
    "name": "respondent",
    "respondent pseudonym": "respondent",
    "your pseudonym": "respondent",
    "stakeholder group": "group",
    "your group": "group",
    "speaking as": "role",
    "your role": "role",
    "config": "configuration",
    "configuration id": "configuration",
    "id": "configuration",
    "cmo": "configuration",
    # a sheet typed from paper forms by a community worker, in the pack's own words (trial CJ: 'Finding' holding 'CMO 2.1',
    # 'Agree? (Y / N / Partly)', "What's missing": the file refused as naming no configuration)
    "finding": "configuration",
    # a form of one answer a submission asks which finding it is about, in the pack's words (trial E4: Microsoft Forms'
    # 'Which finding (CMO number)?' left unread, the file refused as naming no configuration)
    **dict.fromkeys(("which finding", "which configuration", "which cmo", "finding number", "cmo number"), "configuration"),
    "agree": "rating",
    "what s missing": "missing",
    "does it match your experience": "rating",
    "does this match your experience": "rating",
    "what is missing or wrong": "missing",
    "missing or wrong": "missing",
    "for whom does it not hold": "not_for_whom",
    "not for whom": "not_for_whom",
    "not hold": "not_for_whom",  # a form's variable named by the question's last words: KoboToolbox 'c1_not_hold' (AV)
    "does not hold": "not_for_whom",
    "anything we should read": "read",
    "suggested reading": "read",
    "comments": "comment",
    "any other comments": "comment",
    # a form written in Spanish, Portuguese, French or German, as a coding sheet is read in them (trial BX 5: KoboToolbox's
    # 'grupo_datos/seudonimo' and 'grupo_datos/rol' unread, every respondent 'Anonymous (row N)' and their roles lost)
    # and the short form French and English forms name the question by (trial CP: KoboToolbox's 'grp_info/pseudo')
    **dict.fromkeys(("seudonimo", "pseudonimo", "pseudonyme", "pseudo"), "respondent"),
    **dict.fromkeys((fold(name) for name in GROUP_HEADERS), "group"),
    **dict.fromkeys(("rol", "papel", "funcao", "funcion", "fonction", "rolle"), "role"),
    **dict.fromkeys(("comentario", "comentarios", "commentaire", "commentaires", "kommentar", "kommentare"), "comment"),
    **dict.fromkeys(("ronda", "rodada", "runde"), "round"),
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class _Row:
    """One answer as found in a file, before checking; `shared` fields are set once per file."""

    file: str
    where: str
    values: dict[str, object]
    shared: set[str] = field(default_factory=set)
    line: str = ""
    """The sheet's row ('row 7'), shared by a form's answers from one submission: the unit a round is read for."""
    when: _When | None = None
    form: bool = False
    """One of a form tool's answers (one row per respondent, a column per question): its columns are the form's."""
    scale: Scale | None = None
    """The numbered scale its rating question gives ('1 = strongly disagree, 5 = strongly agree'), if it gives one."""
    headers: dict[str, str] = field(default_factory=dict)
    """The file's own header of the column each field was read from ('Finding' for `configuration`), where one was."""

    def at(self, name: str) -> str:
        """Where a field's value is, as the person who made the file can find it: the file and row, and the column by its
        own header ("row 3, column 'Finding'"), never the template's internal field name where the file has a column
        (helper G1: "field configuration: missing" named no column of a sheet headed 'Finding'); a file with no columns
        (a JSON or YAML answer) names its field."""
        place = self.file if name in self.shared else self.where
        header = self.headers.get(name)
        return f"{place}, column '{header}'" if header else f"{place}, field {name}"

    @property
    def place(self) -> str:
        """Where in its file the answer is ('row 7', 'answer 2', 'row 3 (C2)'), for a message naming several."""
        return self.where.removeprefix(self.file).strip() or self.where


class _Problems(list):
    def add(self, message: str) -> None:
        if message not in self:
            self.append(message)

    def add_on(self, message: str, place: str) -> None:
        """A problem found on many rows of a file (the same unreadable value), said once with the rows it is on:
        `message` holds '{places}' where they go."""
        on: dict[str, tuple[int, list[str]]] = self.__dict__.setdefault("_on", {})
        if message not in on:
            on[message] = (len(self), [])
            self.append(message)
        index, places = on[message]
        if place not in places:
            places.append(place)
        numbers = [int(number) for p in places if (number := p.removeprefix("row ")).isdigit()]
        said = row_list(numbers) if len(numbers) == len(places) else ", ".join(places[:10]) + (" …" if len(places) > 10 else "")
        self[index] = message.replace("{places}", said)

    def add_alike(self, kind: tuple[str, str], message: str, place: str) -> None:
        """A problem of one kind found on many answers of a file (a form's ratings all numbers alone, trial AL: 29 lines
        for one fix): said once, on the first answer as found, with how many more there are and on which rows."""
        alike: dict[tuple[str, str], tuple[int, str, list[str]]] = self.__dict__.setdefault("_alike", {})
        if kind not in alike:
            alike[kind] = (len(self), message, [])
            self.append(message)
            return
        index, first, places = alike[kind]
        places.append(place)
        numbers = list(dict.fromkeys(int(n) for p in places if (n := p.removeprefix("row ")).isdigit()))
        on = row_list(numbers) if len(numbers) == len(dict.fromkeys(places)) else _places(places)
        more = "1 more rating, on {on}, is" if len(places) == 1 else f"{len(places)} more ratings, on {{on}}, are"
        self[index] = f"{first} ({more.format(on=on)} the same)"


# --- Reading ---------------------------------------------------------------------------------


def parse_feedback_files(
    paths: Iterable[str | Path],
    known_configs: set[str],
    round: int,
    *,
    groups: dict[str, str] | GroupLabels | None = None,
    rounds: dict[int, set[str]] | None = None,
    warnings: list[str] | None = None,
    review_title: str = "",
    names: dict[int, dict[str, str]] | None = None,
    fates: dict[str, str] | None = None,
    closed: dict[int, str] | None = None,
    imported: Collection[str] = (),
    said: Callable[[], Collection[str]] | None = None,
    scale: Scale | None = None,
    worded: Callable[[], dict[str, set[str]]] | None = None,
    regroup: dict[str, str] | None = None,
    sections: dict[str, str] | None = None,
) -> list[FeedbackItem]:
    """Read every file, check every answer, and return the items only if all of them are valid.

    `sections` (a domain's folded name or slug -> the number its pack gave its findings, "1" of "CMO 1.4") lets a wall's
    post headed by a bare number ("1.4 texts") under the section named for that domain be read as that finding.

    `groups` (slug -> name, or `GroupLabels` with the aliases a team declared), when given, makes the group column
    strict: a slug, a name or an alias is accepted and stored as the slug. `rounds` (closed round -> its
    configurations), when given, lets each file say which round it answers, or else reads it from the file
    (`_read_rounds`), so answers to an earlier round still import after a later one is closed. `closed` (round -> when
    it was closed) refuses an answer given before the round it would answer was closed; `imported` holds the prints of
    the answers stored already, and `said` gives what they say (`content_fingerprint`), asked for only for an answer
    whose print is none of them (a renamed column now reads its group or role).
    Raises BadInput naming each file and row/field at fault. Items come back without ids (the store assigns them),
    de-duplicated by fingerprint; `warnings` hears how a form tool's five-point ratings were read and which round a
    file naming none was read as; `fates` says what became of a configuration an answer names that its round does
    not hold ("merged into C4"), for the message. `scale` reads a rating given as a number alone (`Scale`); `worded` gives
    each configuration's title and statement as the rounds' templates wrote them (folded), to name a sheet's edits of
    them. `regroup` (respondent as the file names them -> a group as the team writes it, `--group`) gives a respondent
    the group the team chose where their answer names none (a form's 'Other' matching two groups, trial AM); a file
    among `paths` that is a form's data dictionary (`FormCodes`) is read for what the other files' codes mean.
    """
    groups = GroupLabels.of(groups) if isinstance(groups, dict) else groups
    problems = _Problems()
    items: list[FeedbackItem] = []
    read_as: dict[tuple[str, str], tuple[str, list[str]]] = {}
    notes: list[str] = []
    moved: list[str] = []
    hints: list[str] = []  # a row citing one finding whose words fit another's title (`_worded_for_another`)
    read_groups: dict[tuple[str, str, str], list[str]] = {}
    moments = {number: _utc(at) for number, at in (closed or {}).items()}
    timing = _Timing(rounds, moments, frozenset(imported), fates or {}, cache(said or frozenset))

    def build(row: _Row, number: int, found: _Problems, said: dict | None, kept: list[str] | None) -> FeedbackItem | None:
        known = rounds.get(number, set()) if rounds is not None else known_configs
        heard = read_groups if said is not None else None
        named = (names or {}).get(number, {})
        hinted = hints if kept is not None else None  # said once, of the row as imported
        return _item(row, known, number, groups, found, said, named, fates, kept, heard, scale, names, hinted)

    def tentative(row: _Row, number: int) -> FeedbackItem | None:
        return build(row, number, _Problems(), None, None)

    paths = [Path(path) for path in paths]
    codes = FormCodes.among(paths)
    if codes is not None:
        paths = [path for path in paths if path not in codes.files]
        if not paths:
            raise BadInput(
                f"{codes.named}: a form's data dictionary, which says what the codes of its raw download mean, and no "
                f"answers: import it with the download, as cmo feedback import answers.csv {codes.files[0].name}."
            )
    reading = _Reading(groups, scale, _called_alike(names or {}), worded or dict, codes, sections or {})
    given_to: set[str] = set()
    given_all: set[str] = set()  # respondents given the files' group (`--group GROUP`), as the files name them
    for path in paths:
        read = _nothing_written(_fill_shared_answers(_read_rows(Path(path), problems, notes, review_title, reading)), notes)
        _dates_alone(read, notes)
        notes.extend(_quoting_another(read))
        rows = _in_order_sent(
            _regrouped([row for row in read if _answered(row)], regroup or {}, groups, given_to, notes, given_all)
        )
        asked = rounds.get(round, set()) if rounds is not None else known_configs
        rows = _opening_named(rows, asked, round, (names or {}).get(round, {}), notes)
        notes.extend(_after_now(rows, min(moments.values(), default=None)))
        for row, answered in zip(rows, _answer_rounds(rows, round, timing, tentative, problems, notes)):
            item = build(row, answered, problems, read_as, moved) if answered else None
            if item is not None:
                items.append(item)
    for respondent, group in list((regroup or {}).items()):
        if respondent == EVERYONE:  # each respondent given the files' group is the team's choice, kept on a later import
            regroup.update({who: group for who in given_all if who not in regroup})
        elif fold(respondent) not in given_to:
            problems.add(f"--group '{respondent}': no answer in {', '.join(map(str, paths))} is from '{respondent}'")
    if problems:
        raise BadInput(_problem_message(problems))
    if warnings is not None:
        warnings.extend(notes)
        warnings.extend(_read_as_warnings(read_as, items))
        if groups is not None:  # a review declaring no groups says a form's group too: its words are kept without one
            warnings.extend(_group_warning(file, text, slug, where, groups) for (file, text, slug), where in read_groups.items())
        warnings.extend(LookAt(message) for message in moved)
        warnings.extend(hints)
    return list({item.fingerprint: item for item in items}.values())


_ABOUT = OPENING_ABOUT
_OPENING_ID = OPENING_ID
_ABOUT_OPENING = re.compile(_ABOUT, re.I)
_SEVERAL_OPENING = re.compile(r"\s*[\])]?\s*(?:,|/|&|\+|and|or)\s*(?:CMO\s*\d+\.\d+|C[1-9][0-9]*)(?![A-Za-z0-9])", re.I)


def _their_row_on(rows: list[_Row], index: int, configuration: str, named: Callable[[object], str]) -> int | None:
    """In a sheet of one answer a row (cmo's template, a team's log: no other row of the file shares this one's line),
    the same respondent's own row on `configuration` in the same file and round, where words about the findings overall
    that open by naming it go: their answer on it, rating and all. Helper K7: "kestrel,1,C7,agree" and "kestrel,1,
    overall,,Re C7 - …" made two answers on C7, and the unrated one replaced the agreement, which no longer counted. A
    form's row holds a whole submission, whose answers share its line: another line is another submission."""
    row = rows[index]
    who = fold(str(row.values.get("respondent") or ""))
    if not who or fold(who) in PLACEHOLDER_NAMES:
        return None
    if any(other.file == row.file and other.line == row.line for other in rows if other is not row):
        return None
    return next(
        (
            place
            for place, other in enumerate(rows)
            if other.file == row.file
            and other is not row
            and fold(str(other.values.get("respondent") or "")) == who
            and str(other.values.get("round") or "") == str(row.values.get("round") or "")
            and named(other.values.get("configuration")) == configuration
        ),
        None,
    )


def _opening_named(rows: list[_Row], known: set[str], round_number: int, names: dict[str, str], notes: list[str]) -> list[_Row]:
    """A respondent's words about the findings overall (a form's 'What is missing or wrong? Please say which finding you
    mean') that open by naming one configuration of the round asked about, by its id or the pack's number for it ('C13 -
    staying overnight…', 'CMO 1.4: …'), are their words on that configuration, as a log's comment naming one is
    (`_comment_log_rows`): moved to the same respondent's answer on it from the same submission (or an unrated answer of
    their own on it), and said. An opening naming several ('C1-C3', 'C1, C3: …') or an id the round has no
    configuration for stays on the findings overall, said; words that only start with a capital C ('C-section rates',
    'C diff') name nothing. Read before the round and the prints are (`_answer_rounds`), so a download imported again
    is recognised."""

    def named(written: object) -> str:
        written = clean_text(str(written or ""))
        typed = typed_id(written) if written else ""
        return typed if typed in known else names.get(_name_key(written), "").upper() or _named_with_its_id(written, known, names)

    rows = list(rows)
    moved: dict[str, list[str]] = {}
    for index, row in enumerate(list(rows)):
        if fold(str(row.values.get("configuration") or "")) != OVERALL:
            continue
        for key in TEXT_FIELDS:
            text = clean_text(str(row.values.get(key) or ""))
            if not (found := _OPENING_ID.match(text)):
                continue
            numbered = names.get(fold(f"CMO {found[1]}.{found[2]}")) if found[1] else None
            ids = {f"C{number}" for number in (found[3], found[4]) if number} | ({numbered.upper()} if numbered else set())
            shown = _shown(text[: found.end()].strip(" -–—:;,.([)]"), 30)
            named_to = max(found.end(group) for group in (2, 3, 4) if found[group])
            about = _ABOUT_OPENING.match(text)
            opening = text[about.end() if about else 0 :].strip(" \t[(")
            several = _ID_RANGE.match(opening) or _NUMBER_RANGE.match(opening) or _SEVERAL_OPENING.match(text, named_to)
            if several or len(ids) > 1:
                notes.append(
                    LookAt(
                        f"{row.where} (overall): the answer opens with '{_shown(text, 30)}', naming several "
                        "configurations, so it was kept on the findings overall; to give it to one, write that one's id "
                        "alone before it and import again"
                    )
                )
                break
            if not ids or not ids <= known:
                notes.append(
                    LookAt(
                        f"{row.where} (overall): the answer opens with '{shown}', which names no configuration of "
                        f"round {round_number}, so it was kept on the findings overall"
                    )
                )
                continue
            [configuration] = ids
            at = next(
                (
                    place
                    for place, other in enumerate(rows)
                    if other.file == row.file
                    and other.line
                    and other.line == row.line
                    and other is not rows[index]
                    and named(other.values.get("configuration")) == configuration
                ),
                None,
            )
            if at is None:
                at = _their_row_on(rows, index, configuration, named)
            if at is None:
                values = {**rows[index].values, **dict.fromkeys(TEXT_FIELDS, ""), "configuration": configuration, "quoted": ""}
                values.pop("rating", None)
                rows.append(replace(rows[index], values=values, where=f"{row.where} ({configuration})"))
                at = len(rows) - 1
            before = clean_text(str(rows[at].values.get(key) or ""))
            rows[at] = replace(rows[at], values={**rows[at].values, key: f"{before}\n\n{text}" if before else text})
            rows[index] = replace(rows[index], values={**rows[index].values, key: ""})
            if (quote := rows[index].values.get("quoted")) and not any(rows[index].values.get(k) for k in TEXT_FIELDS):
                # the message these words replied to goes with them (`_quoting_another`), never dropped with the row
                had = str(rows[at].values.get("quoted") or "")
                rows[at] = replace(rows[at], values={**rows[at].values, "quoted": f"{had}\n{quote}" if had else quote})
                rows[index] = replace(rows[index], values={**rows[index].values, "quoted": ""})
            moved.setdefault(row.file, []).append(f"{row.line or row.place} ('{shown}' to {configuration})")
    for file, places in moved.items():
        notes.append(
            f"{file} {_places(places)}: words about the findings overall that open with the configuration they are about "
            "were read as the answer on it, as the respondent named it"
        )
    return [row for row in rows if _answered(row)] if moved else rows


def _in_order_sent(rows: list[_Row]) -> list[_Row]:
    """A file's answers in the order they came in, where every row says when to the second (a form's 'Start time',
    SurveyMonkey's 'End Date'): a respondent who answered twice is counted by their later answer, not their lower row
    (trial CD: a download sorted otherwise counted the earlier submission). One file's times are written in one zone and
    one order of day and month, so they are compared as written; where a date reads two ways (12/07/2026), the file is
    put in order only where both readings give the same order (two answers of one day, minutes apart: re-check RH).
    Rows of one time, and any file where a row gives none, keep the file's order."""
    if not rows or any(row.when is None for row in rows):
        return rows
    day_first = sorted(rows, key=lambda row: row.when.readings[0])
    month_first = sorted(rows, key=lambda row: row.when.readings[-1])
    return day_first if all(a is b for a, b in zip(day_first, month_first)) else rows


_QUOTED_LINE = re.compile(r"^[ \t]*>[ \t]*(?![\d=<>])\S", re.M)
"""A line of an answer opening with '>', as WhatsApp, email and forums mark the words of the message a reply quotes
('> Lakshmamma: Phone is with my son'); not a comparison ('> 50% of patients', '>= 2 visits')."""


def _quoting_another(rows: list[_Row]) -> list[str]:
    """Answers whose words quote another message (`_QUOTED_LINE`), as a lead typing up a WhatsApp group's replies
    keeps them: the quote is someone else's words, often with their name, while packs and the report show each answer
    as one respondent's, named only by group (trial E4: a patient advocate's name, quoted in another's reply, was
    printed in the next pack and the report). The quoted lines are taken out of the answer's words and kept apart
    (`FeedbackItem.quoted`, under the row's `quoted`): what the respondent wrote is their answer, the message they
    replied to is never theirs. Said once for each file, with its rows."""
    quoted: dict[str, list[str]] = {}
    for row in rows:
        taken: list[str] = []
        for key in TEXT_FIELDS:
            text = str(row.values.get(key) or "")
            if not _QUOTED_LINE.search(text):
                continue
            lines = text.splitlines()
            taken += [re.sub(r"^[ \t]*>[ \t]*", "", line) for line in lines if _QUOTED_LINE.match(line)]
            row.values[key] = "\n".join(line for line in lines if not _QUOTED_LINE.match(line)).strip()
        if taken:
            row.values["quoted"] = "\n".join(taken)
            quoted.setdefault(row.file, []).append(row.line or row.place)
    return [
        f"{file} {_places(list(dict.fromkeys(lines)))}: the answer quotes another message (a line opening with '>'), "
        "someone else's words that may name them: the quoted lines are kept apart from the answer, never shown or "
        "counted as this respondent's words ('cmo feedback list' shows them as the message replied to)"
        for file, lines in quoted.items()
    ]


def _edited_words(rows: list[_Row], wording: Callable[[], dict[str, set[str]]]) -> list[str]:
    """The template's title and statement cells are the configuration's words, not read: a respondent who wrote there
    (trial N: 'Peers offer hope - but only if they are paid properly') is named, with the row, so their words reach
    the team."""
    edited: dict[str, list[str]] = {}
    given = [row for row in rows if row.values.get("title") or row.values.get("statement")]
    worded = wording() if given else {}  # the configurations' sentences are worded only for a sheet that shows them
    for row in given:
        configuration = typed_id(str(row.values.get("configuration") or ""))
        for key in ("title", "statement"):
            cell = clean_text(str(row.values.get(key) or "")).removeprefix(NOT_A_FINDING).strip()
            if configuration in worded and cell and fold(cell) not in worded[configuration]:
                edited.setdefault(row.file, []).append(f"{row.line} ({configuration}'s {key}: '{_shown(cell, 50)}')")
    return [
        LookAt(
            f"{file} {', '.join(places)}: not the words the template gave; the title and statement are not read, so "
            "copy what the respondent wrote there into 'what is missing or wrong' or 'comment' and import again"
        )
        for file, places in edited.items()
    ]


@dataclass(frozen=True)
class GroupLabels:
    """The review's stakeholder groups as a form is read against them: the name each slug was offered by (`names`), and
    every label a team may write for one (`labels`: each slug with its slug, its name and its aliases, `Group.labels`),
    so a group `cmo domains alias --group` declared reads on a form as on a coding sheet."""

    names: dict[str, str]
    labels: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, names: dict[str, str], aliases: dict[str, tuple[str, ...]] | None = None) -> GroupLabels:
        said = {slug: (slug, name, *(aliases or {}).get(slug, ())) for slug, name in names.items()}
        return cls(dict(names), tuple((slug, label) for slug, labels in said.items() for label in dict.fromkeys(labels) if label))

    def __bool__(self) -> bool:
        return bool(self.names)

    def words_of(self, slug: str) -> set[str]:
        """The words of every label of a group (`_name_words`)."""
        return {word for named, label in self.labels if named == slug for word in _name_words(label)}


@dataclass(frozen=True)
class _Reading:
    """What the review tells the reading of a file: its groups (`GroupLabels`), the scale the team says numbers are
    on, and what people call its configurations besides their ids (folded title or table number -> id)."""

    groups: GroupLabels | None = None
    scale: Scale | None = None
    names: dict[str, str] = field(default_factory=dict)
    worded: Callable[[], dict[str, set[str]]] = dict
    codes: FormCodes | None = None
    sections: dict[str, str] = field(default_factory=dict)
    """A domain's folded name or slug -> the number its pack's findings open with ("1" of "CMO 1.4")."""

    def titled(self, header: str) -> tuple[str, str] | None:
        """A column asking about a configuration by its title or its table's number ('CMO 3.1') anywhere in its
        words: a Likert statement heading its own column (Microsoft Forms), a grid's row joined to its question as
        each tool joins them ('How far do you agree? [Seeing the person]', Google Forms; '3.1. Does this match your
        experience?: Seeing the person', JISC), or a question about it ('What is missing or wrong about CMO 3.1?'):
        the one rule `_question` reads ids by."""
        return _question(header, self.names)


def _called_alike(names: dict[int, dict[str, str]]) -> dict[str, str]:
    """What each configuration is called in any closed round, where that names one configuration in all of them."""
    found: dict[str, set[str]] = {}
    for called in names.values():
        for name, configuration in called.items():
            found.setdefault(name, set()).add(configuration)
    return {name: ids.pop() for name, ids in found.items() if len(ids) == 1}


def _problem_message(problems: list[str]) -> str:
    """One problem in one sentence; several, counted, one per line, as every other import lists its problems."""
    count = len(problems)
    if count == 1:
        return f"{problems[0]}; feedback not imported: fix it and import again."
    them = "them" if count != 1 else "it"
    head = f"Feedback not imported: {count} problem{'s' if count != 1 else ''} found, fix {them} and import again."
    lines = problems[:MAX_LISTED_PROBLEMS] + ([f"and {count - MAX_LISTED_PROBLEMS} more"] if count > MAX_LISTED_PROBLEMS else [])
    return head + "\n" + "\n".join(lines)  # one per line, as every other import lists its problems


def _read_rows(
    path: Path,
    problems: _Problems,
    notes: list[str],
    review_title: str = "",
    reading: _Reading | None = None,
) -> list[_Row]:
    """The pack's JSON, or the template as CSV or a workbook, read by the sheets' one reader; `notes` hears how a
    form tool's sheet was read."""
    name = str(path)
    if not path.is_file():
        problems.add(f"{name}: no such file")
        return []
    try:
        check_size(path, MAX_BYTES, "feedback")
        raw = path.read_bytes()
        suffix = path.suffix.lower()
        if raw.startswith(ZIP_MAGIC) and "word/document.xml" in (zipped_files(path) or ()):
            # a Word document's table (a consultation event's notes typed into Word), read as the coding import reads one
            return _table_rows(word_table(path, wanted=_is_feedback_header), problems, notes, reading or _Reading())
        if raw.startswith(ZIP_MAGIC):
            if polls := _poll_tables(path, notes):
                return _one_answer_each(
                    [row for table in polls for row in _table_rows(table, problems, notes, reading or _Reading())]
                )
            tables = spreadsheet_tables(
                path, "Responses", max_unpacked=MAX_UNPACKED_BYTES, wanted=_is_feedback_header, most_rows=True
            )
            if len(tables) > 1:
                named = ", ".join(f"'{table.sheet}'" for table in tables[:-1]) + f" and '{tables[-1].sheet}'"
                notes.append(
                    f"{name}: its sheets {named} have the same columns, so every one was read, as one file's answers (an "
                    "administrator's sheet per meeting); each row is named by its sheet"
                )
            return [row for table in tables for row in _table_rows(table, problems, notes, reading or _Reading())]
        if suffix in (".xlsx", ".xls", ".xlsm"):
            problems.add(f"{name}: not an Excel workbook (.xlsx); save it as .xlsx or CSV")
            return []
        if looks_binary(raw):  # the sheets' rule: UTF-16 ('Unicode Text') and UTF-32 are text
            problems.add(f"{name}: a binary file, not feedback (expected the pack's JSON, or the CSV/XLSX template)")
            return []
        text, _ = decode_sheet(raw, path)
        if suffix != ".json" and (chat := _chat_export(text, name)):  # iOS's lines open with '[', as JSON does
            return _table_rows(chat, problems, notes, reading or _Reading())
        if suffix == ".json" or text.lstrip().startswith(("{", "[")):
            return _json_rows(text, name, problems, review_title)
        if kind := next((kind for kind in _TEXTS_NO_TABLE if kind.found(text)), None):
            problems.add(_copy_into_template(name, kind.what, kind.each, kind.who))
            return []
        try:
            table = csv_table(text, path, wanted=_is_feedback_header)
        except BadInput:
            if not _a_document(text, suffix):
                raise
            table = None
        if table is None or _a_document(text, suffix, table.header):
            what = "a document of notes (its first line a sentence, and no table of answers read under it)"
            problems.add(_copy_into_template(name, what, "each person's comments", "who said it as respondent, their group"))
            return []
        return _table_rows(table, problems, notes, reading or _Reading())
    except BadInput as error:
        problems.add(error.message.rstrip("."))
        return []


_POLL_ANSWER = frozenset({"answer", "answers", "response", "responses", "vote", "votes"})
"""The one column of a poll's tab holding each participant's answer, under the poll's question."""


def _poll_tables(path: Path, notes: list[str]) -> list[Table]:
    """A poll tool's workbook (Slido's poll results: an overview tab, then a tab per poll, its question above a header
    of who answered, their answer and when): each poll's tab read as a form's sheet whose one question is the poll's,
    heading its 'Answer' column, so its configuration is named as a form's column names one (id, table number or
    title); a tab that is no poll (the overview) is named and left unread. A tab naming a configuration on each row
    (the template's layout, under a title), or counting the votes under each point of a scale (Mentimeter's slide
    tabs: 'Disagree, Partly, Agree, Responses'), is no poll. None where no tab is a poll."""
    polls, others = [], []
    names = sheet_names(path, MAX_UNPACKED_BYTES)
    for name in names if len(names) > 1 else ():  # an overview and a poll at least
        try:
            table = spreadsheet_table(path, name, max_unpacked=MAX_UNPACKED_BYTES, chosen=True)
        except BadInput:  # an empty tab, a tab of notes: no poll
            others.append(name)
            continue
        answers = [index for index, header in enumerate(table.header) if fold(str(header)) in _POLL_ANSWER]
        asked = next((clean_text(str(cell)) for _, cells in table.above for cell in cells if clean_text(str(cell))), "")
        long = any(_column_name(str(header)) == "configuration" for header in table.header)  # one row per answer
        summed = len(_scale_point_columns([str(header) for header in table.header])) >= 3  # votes counted by point
        if len(answers) != 1 or not asked or not table.rows or long or summed:
            others.append(name)
            continue
        table.header = [asked if index == answers[0] else header for index, header in enumerate(table.header)]
        table.part_of, table.file = str(table.file), tab_named(table.file, name)
        polls.append(table)
    if polls and others:
        named = ", ".join(f"'{name}'" for name in others)
        notes.append(
            f"{path}: read as a poll tool's workbook, a tab per poll, each poll's question above its 'Answer' column; its "
            f"tab{'' if len(others) == 1 else 's'} {named}, no poll's answers (a summary of them), "
            f"{'was' if len(others) == 1 else 'were'} not read"
        )
    return polls


def _one_answer_each(rows: list[_Row]) -> list[_Row]:
    """A participant's answers to several polls about one configuration (its rating in one, what is missing in
    another) as one answer, as a form's row gives them, so that no poll's answer replaces another's; two polls asking
    the same (two ratings) stay two answers, the later counted, as a form sent twice. An unnamed participant's answer
    in each poll is a submission of its own (`unnamed_submission` names it by its tab and row)."""
    merged: dict[tuple[str, str], _Row] = {}
    out: list[_Row] = []
    for row in rows:
        key = (fold(str(row.values.get("respondent") or "")), str(row.values.get("configuration") or ""))
        first = merged.get(key) if key[0] else None
        said = {k: v for k, v in row.values.items() if str(v or "").strip() and k not in PERSON_COLUMNS}
        if first is None or any(str(first.values.get(k) or "").strip() not in ("", str(v).strip()) for k, v in said.items()):
            merged[key] = row
            out.append(row)
            continue
        first.values.update(said)
    return out


def _json_rows(text: str, name: str, problems: _Problems, review_title: str = "") -> list[_Row]:
    try:
        with json_nested_too_deeply(name, "a feedback file"):
            data = json.loads(text)
    except BadInput as error:
        problems.add(error.message.rstrip("."))
        return []
    except ValueError as error:
        problems.add(f"{name}: not valid JSON ({error})")
        return []
    if not isinstance(data, dict) or not isinstance(data.get("answers"), list):
        problems.add(f'{name}: not a feedback file saved by a consultation pack (expected a JSON object with an "answers" list)')
        return []
    if data.get("format", FORMAT) != FORMAT:
        problems.add(f'{name}, field format: expected "{FORMAT}"')
        return []
    shared = {key: data.get(key) for key in ("respondent", "group", "role", "round")}
    theirs = data.get("review")
    if isinstance(theirs, str) and review_title and theirs.strip() and fold(theirs) != fold(review_title):
        problems.add(
            f"{name}, field review: saved from the pack of '{clean_text(theirs)[:120]}', not of this review "
            f"('{clean_text(review_title)[:120]}'), so its answers are about other configurations. If this review's title "
            "changed after the pack was sent, write the old title in the file's review field"
        )
        return []
    rows = []
    for number, answer in enumerate(data["answers"], start=1):
        where = f"{name} answer {number}"
        if not isinstance(answer, dict):
            problems.add(f"{where}: expected an object with configuration and rating")
            continue
        values = {key: answer.get(key) for key in ("configuration", "rating", *TEXT_FIELDS)}
        rows.append(_Row(name, where, {**values, **shared}, set(shared), line=f"answer {number}"))
    return rows


def _table_rows(table: Table, problems: _Problems, notes: list[str], reading: _Reading) -> list[_Row]:
    """Rows of a CSV or sheet, numbered as a spreadsheet shows them (the header is usually row 1): one row per
    answer, as the template has them, or one per respondent with a column per configuration's question, as a form
    tool exports them (`_wide_columns`). A column holding when each response came in is read for the round it
    answers (`_time_columns`); every other column not read is named, so nothing a respondent wrote goes unsaid."""
    name = table.file
    if cut := cut_by_a_delimiter(table):  # every answer after the cut would be read under the next question
        problems.add(cut)
        return []
    notes.extend(LookAt(warning) for warning in table.warnings)  # a sheet left unread, a formula without its value
    table = _checked_choices(_without_previews(_decoded(_one_header_of_two(table), reading.codes, notes), notes))
    table = _without_unfinished(table, notes)
    own = _tools_own_columns(table.header)  # LimeSurvey's 'id' is its response's number, not a configuration
    columns = _account_names_apart([TOOLS_OWN if i in own else _column_name(h) for i, h in enumerate(table.header)], table.header)
    columns = _read_in_two_languages(columns, table.header, own)
    if (log := _comment_log(table.header)) is not None:
        return _comment_log_rows(_with_addresses(table, (log.words, log.subject)), log, notes, reading)
    if tally := _tally_columns(table.header):
        counted = ", ".join(f"'{_shown(str(header), 30)}'" for header in tally)
        problems.add(
            f"{name} row {table.header_row}: the sheet counts everyone's ratings (its columns {counted}: how many "
            "chose each point of the scale, and their average), a summary, not each person's answers, and cmo keeps "
            "each respondent's own answer so that groups and later rounds can be told apart: export the answers one row "
            "per person instead (a form tool's per-respondent download, a poll's per-participant report), or type them "
            "into 'cmo feedback template -o answers.xlsx' and import that"
        )
        return []
    _find_pseudonym_column(table, columns, notes)
    wide = _wide_columns(table, columns, reading)
    if isinstance(wide, _Advice):
        problems.add(wide)
        return []
    if isinstance(wide, str):
        problems.add(_layout_problem(table, wide))
        return []
    _find_group_column(table, columns, set(wide or ()) | own, reading.groups, notes)
    if coded := _given_as_codes(table, columns, reading.groups):
        problems.add(coded)
        return []
    if wide:
        _find_round_column(table, columns, set(wide), notes)
        about = ", ".join(sorted({configuration for configuration, _ in wide.values()}, key=natural_key))
        layout = "one row per respondent with a column per question"
        notes.append(f"{name}: read as a form's sheet, {layout} ({len(wide)} column{'' if len(wide) == 1 else 's'}, on {about})")
        notes.extend(_asked_twice_about_them_all(table, wide))
        notes.extend(_numbered_otherwise(table, wide, reading.names))
        _find_group_in_own_words(table, columns, set(wide), notes)
        shared = {index for index, column in enumerate(columns) if column in (*PERSON_COLUMNS, GROUP_IN_OWN_WORDS)}
        timed = _time_columns(table, shared | set(wide))
        could_be = _naming_several(table, shared | set(wide) | set(timed), reading.names)
        notes.extend(could_be.values())
        _say_unread(table, shared | set(wide) | set(timed) | set(could_be), notes, WIDE_COLUMNS_SAID)
        written = [index for index, (_, column) in wide.items() if column in TEXT_FIELDS]
        return _wide_rows(_with_addresses(table, written), columns, wide, timed, notes)
    if "rating" not in columns:
        _find_rating_column(table, columns, notes, reading.scale)
    absent = [c for c in REQUIRED_COLUMNS if c not in columns]
    unasked = absent == ["respondent"] and _sent_by_a_form(table, columns)
    if unasked:
        absent = []
    if absent and "respondent" not in columns and (grid := _panel_grid(table, columns, reading)) is not None:
        written = [index for index, column in enumerate(columns) if column in TEXT_FIELDS]
        return _panel_rows(_with_addresses(table, written), columns, grid, notes)
    if absent:
        if _has_repeated_questions(table):
            problems.add(_layout_problem(table))
            return []
        hint = _rating_hint(table, columns) if "rating" in absent else ""
        problems.add(
            f"{name} row {table.header_row}: missing column{'s' if len(absent) > 1 else ''} "
            f"{', '.join(_headed(column) for column in absent)} "
            f"(the template's columns are {', '.join(map(_headed, TEMPLATE_COLUMNS))}){hint}"
        )
        return []
    columns = _with_original(table, columns, notes)
    read = {index for index, column in enumerate(columns) if column in (*TEMPLATE_COLUMNS, ORIGINAL)}
    timed = _time_columns(table, read)
    _say_unread(table, read | set(timed), notes, ", ".join(TEMPLATE_HEADERS))
    table = _with_addresses(table, [index for index, column in enumerate(columns) if column in TEXT_FIELDS])
    rows = [
        _Row(
            table.part_of or name,
            f"{table.part_of or name} {table.row_named(number)}",
            _cells_of(columns, cells, (*TEMPLATE_COLUMNS, ORIGINAL)),
            line=table.row_named(number),
            when=_when(table, cells, timed),
            headers=_headers_of(columns, table.header, cells, TEMPLATE_COLUMNS),
        )
        for number, cells in table.rows
    ]
    notes.extend(_edited_words(rows, reading.worded))
    rows = [row for row in rows if any(str(v).strip() for k, v in row.values.items() if k not in _THE_ROUNDS_OWN)]
    if unasked and rows:
        for row in rows:
            row.values["respondent"] = unnamed_submission("", row.line, table.part_of or name, row.when)
        notes.append(
            f"{table.part_of or name} {_places([row.line for row in rows])}: the form asks for no pseudonym, so each "
            f"submission is a respondent of its own, named by its row and when it was sent ('{rows[0].values['respondent']}'): "
            "one person who sent it twice counts twice"
        )
    return rows


ORIGINAL = "original"
"""A row's words as the respondent wrote them, beside the team's translation (`FeedbackItem.original`)."""
_ORIGINAL_WORDS = frozenset(
    {"original", "originals", "verbatim", "orig", "originale", "originaltext", "originalsprache", "原文", "원문"}
    | {"原話", "原话", "原語", "原语", "원본", "원어"}
)
"""The words a header says its column holds the words as first written by, beside a translation ('Comment (original)',
'Verbatim', 'Texto original', Japanese and Chinese '原文', '原話', Korean '원문'), folded; with `names_a_translation`'s
words for the translation beside it."""


def _with_original(table: Table, columns: list[str], notes: list[str]) -> list[str]:
    """The columns with the one holding the answers as written, where the team's sheet gives an answer's translation
    ('Comment (EN translation)', `names_a_translation`) and one column not read says it holds the original ('原文
    (LINE)', `_ORIGINAL_WORDS`): the column the team heads as the answer is the answer in force, counted and quoted, and
    the original is kept with it (`FeedbackItem.original`), said (helper H3: a LINE group's Japanese words were named
    as not read and lost). Without a translation named, or with two originals, nothing changes: the column is named."""
    translated = [i for i, column in enumerate(columns) if column in TEXT_FIELDS and names_a_translation(table.header[i])]
    originals = [
        i
        for i, column in enumerate(columns)
        if column not in TEMPLATE_COLUMNS and not _ORIGINAL_WORDS.isdisjoint(fold(str(table.header[i])).split())
    ]
    if not translated or len(originals) != 1:
        return columns
    [index] = originals
    kept = ", ".join(f"'{_shown(str(table.header[i]), 40)}'" for i in translated)
    notes.append(
        f"{table.part_of or table.file}: '{_shown(str(table.header[index]), 40)}' was read as the answers as written and "
        f"{kept} as their translation, the answer in force (counted and quoted); the words as written are kept with each "
        "answer ('cmo feedback list' shows them)"
    )
    return [ORIGINAL if i == index else column for i, column in enumerate(columns)]


def _sent_by_a_form(table: Table, columns: list[str]) -> bool:
    """Whether a sheet of one answer a row that has no pseudonym column is a form tool's download (Microsoft Forms'
    'ID', 'Start time', 'Completion time', 'Email', 'Name', then a question naming the finding and one rating it): a
    column the tool fills itself says when each row was sent. Each row is then one submission, a respondent of its own,
    as a form's sheet of a column per question is read (`_wide_rows`); an anonymous form of clinicians was refused
    for a missing pseudonym column (trial E4). A sheet typed by the team with no pseudonym column, and no time each
    answer was sent, is still refused."""
    read = {index for index, column in enumerate(columns) if column in TEMPLATE_COLUMNS}
    return any(_is_form_metadata(str(table.header[index])) for index in _time_columns(table, read))


def _with_addresses(table: Table, written: Iterable[int | None]) -> Table:
    """A link in a written answer keeps where it points: a cell showing 'see this guideline' whose link (Insert > Link,
    or a `HYPERLINK("https://…", "see this guideline")` formula) holds the address is read as 'see this guideline
    (https://…)', since the reader gives the text alone (trial CB 6: a respondent's reading was kept without its
    address). The address is kept as text, as every answer is: shown escaped, never made a link. A cell that already
    shows its address (a web or email address typed, which Excel links itself) is left as written; only the columns
    `written` (the answers in words) are, never a pseudonym, a group or a rating."""
    columns = {index for index in written if index is not None}
    if not table.links or not columns:
        return table
    rows = []
    for number, cells in table.rows:
        cells = list(cells)
        for index in columns:
            address = table.links.get((number, index), "").strip()
            if index < len(cells) and cells[index].strip() and address:
                cells[index] = _text_with_address(cells[index], address)
        rows.append((number, cells))
    return replace(table, rows=rows)


def _text_with_address(text: str, address: str) -> str:
    """A linked cell's text with its address after it in brackets, unless the text holds it already."""
    shown = address[len("mailto:") :] if address.lower().startswith("mailto:") else address
    if shown.rstrip("/").casefold() in text.casefold():
        return text
    return f"{text.rstrip()} ({shown})"


_SUMMARISED = re.compile(
    r"%|\b(?:median|mean|average|iqr|sd|std|range|min|max|total|count|n|consensus|agreement|quartile|q[1-4])\b"
)
"""A column summing up a row's ratings (its median, quartiles ('Q1'), mean, spread, or the share rating within a band:
'% rating 7-9'), never a panellist's."""


_PANELLIST = re.compile(r"[A-Za-z]{1,3}[ _-]?\d{1,3}")
"""A panellist's code, as a Delphi panel is kept anonymous ('P01', 'E3', 'GP-2'): a column so headed is their ratings,
never one counting something ('Sources') or naming a round ('Round 2')."""


@dataclass(frozen=True)
class _Grid:
    """A panel's results sheet laid out the other way (a Delphi round's: a row per configuration, a column of ratings per
    panellist): the column naming each row's configuration, and each panellist's column by index -> their code."""

    about: int
    panel: dict[int, str]


def _panel_grid(table: Table, columns: list[str], reading: _Reading) -> _Grid | None:
    """A sheet with a row per configuration and a column of ratings per panellist, as a Delphi round's results are kept
    ('Item, Statement, P01 … P08, Median, % rating 7-9, Comments'): a column naming each row's configuration (id, table
    number or title: `_item_column`), and three or more columns, each headed by a panellist's code
    (`_PANELLIST`) and holding whole numbers alone. None for any other sheet."""
    about = _item_column(table, reading)
    if about is None:
        return None
    panel: dict[int, str] = {}
    for index, header in enumerate(table.header):
        cells = [row[index].strip() for _, row in table.rows if index < len(row) and row[index].strip()]
        words = clean_text(str(header))
        if index == about or columns[index] in TEMPLATE_COLUMNS or _SUMMARISED.search(fold(words)):
            continue  # a round's number, a group's code, the row's median
        if cells and all(re.fullmatch(r"\d+(?:\.0)?", cell) for cell in cells) and _PANELLIST.fullmatch(words):
            panel[index] = words
    return _Grid(about, panel) if len(panel) >= 3 else None


def _item_column(table: Table, reading: _Reading) -> int | None:
    """The grid's column naming each row's configuration: no cell naming two, and every filled cell or most of them (two
    or more) naming one, the column naming the most; a row naming none (an item the panel proposed) is then named as not a
    configuration of the round, never the whole grid refused as missing its columns (re-check RG 5)."""
    best, most = None, 0
    for index in range(len(table.header)):
        cells = [row[index].strip() for _, row in table.rows if index < len(row) and row[index].strip()]
        counts = [len(_namings(cell, reading.names)[0]) for cell in cells]
        named = counts.count(1)
        if counts and max(counts) == 1 and (named == len(cells) or (named >= 2 and 2 * named > len(cells))) and named > most:
            best, most = index, named
    return best


def _panel_rows(table: Table, columns: list[str], grid: _Grid, notes: list[str]) -> list[_Row]:
    """Each panellist's rating of each row's configuration, the panellist named by their column's code; a comment
    opening with a panellist's code ('P02: hope can be reframed') is theirs, on that row's configuration, and one naming
    no panellist is a respondent of its own, named by its file and row. Columns not read (the row's median) are named."""
    name = table.part_of or table.file
    codes = {fold(code): code for code in grid.panel.values()}
    said = [index for index, column in enumerate(columns) if column in ("comment", "missing", "not_for_whom", "read")]
    rows: list[_Row] = []
    for number, cells in table.rows:
        line = table.row_named(number)
        configuration = cells[grid.about].strip() if grid.about < len(cells) else ""
        if not configuration:
            continue
        answers: dict[str, dict[str, object]] = {}
        for index, code in grid.panel.items():
            if index < len(cells) and cells[index].strip():
                answers[code] = {"rating": cells[index].strip().removesuffix(".0")}
        for index in said:
            text = cells[index].strip() if index < len(cells) else ""
            for part in (part.strip() for part in re.split(r";\s+(?=\w+\s*:)", text) if part.strip()):
                whose, colon, words = part.partition(":")
                code = codes.get(fold(whose)) if colon else None
                who = code or unnamed_submission("", line, name, None)
                answer = answers.setdefault(who, {})
                key = columns[index]
                answer[key] = "\n\n".join(filter(None, [str(answer.get(key) or ""), words.strip() if code else part]))
        rows.extend(
            _Row(name, f"{name} {line} ({who})", {"respondent": who, "configuration": configuration, **answer}, line=line)
            for who, answer in answers.items()
        )
    notes.append(
        f"{name}: read as a panel's results, a row per configuration (its '{_shown(str(table.header[grid.about]), 30)}') "
        f"and a column of ratings per panellist ({', '.join(grid.panel.values())}), each panellist a respondent by "
        f"their code; give each their group with --group {next(iter(grid.panel.values()))}=GROUP"
    )
    _say_unread(table, {grid.about, *grid.panel, *said}, notes, "the configuration, each panellist's ratings and comments")
    return rows


_TALLIED = frozenset({"average", "mean", "average score", "mean score", "total", "total votes", "votes", "skipped", "skip"})
"""What a summary of a scale's answers heads beside its points: their average, how many voted or skipped."""


def _tally_columns(header: Sequence[str]) -> list[str]:
    """The columns of a summary of a scale's answers, as a live poll's results export writes one for each statement
    (Mentimeter's 'Scales': 'Statement, Average, 1, 2, 3, 4, 5', a count under each point): an average or total
    (`_TALLIED`) beside three columns or more each headed by one point of a scale, a number alone or agreement's words
    ('Strongly agree'). [] for any other header: a form's columns ask questions and never are the scale's points."""
    points = _scale_point_columns(header)
    totals = [name for name in header if fold(_header_words(name)) in _TALLIED]
    return [*totals, *points] if totals and len(points) >= 3 else []


def _scale_point_columns(header: Sequence[str]) -> list[str]:
    """The columns headed each by one point of a scale, a number alone or agreement's words ('Strongly agree'): a
    summary's counts under each point, never a form's questions."""
    folded = [fold(_header_words(name)) for name in header]
    return [name for name, key in zip(header, folded) if (key.isdigit() and len(key) <= 2) or (key and _says_agreement(key))]


_LOGGED_WORDS = frozenset(
    {"question", "body", "post", "message", "content"}
    | {"pregunta", "pergunta", "frage", "cuerpo", "corpo", "corps", "inhalt", "mensaje", "mensagem", "nachricht"}
    | {"publicacion", "publicacao", "beitrag"}  # the same in Spanish, Portuguese, French and German, as a form's columns
)
"""The column of a log of comments, one a row, that holds each one's words: a webinar's Q&A report ('Question', Zoom's),
a wall's posts ('Body', Padlet's, with its 'Subject' above the words), a whiteboard's sticky notes ('Content', the field
Miro's board items keep their text in; trial K0's Miro export was refused naming a sticky note's words as a column)."""
_LOGGED_SUBJECT = frozenset({"subject", "post subject", "asunto", "assunto", "sujet", "betreff"})
_LOGGED_BY = frozenset(
    {"asker name", "asker", "author", "name", "posted by", "created by", "autor", "autora", "auteur", "verfasser"}
)
"""The column of such a log naming who wrote each comment, as the tool shows them."""
_LOGGED_UNDER = frozenset(
    {"section", "column", "frame"}  # Padlet's, a whiteboard's
    | {"seccion", "secao", "abschnitt", "columna", "coluna", "colonne", "spalte"}  # Padlet's, translated
)
"""The column of a wall's posts naming the part of the wall each was posted under (Padlet's 'Section'; a whiteboard's
'Frame', the box its sticky notes sit in): a wall laid out one part per configuration names it there."""
_EMAILS = frozenset({"email", "email address", "asker email", "author email", "e mail"})


@dataclass(frozen=True)
class _CommentLog:
    """A log's columns (`_comment_log`) by index: the words, the subject above them, who wrote each, the part of the
    wall it is under, and whether an email is logged beside the names (so they are accounts, not pseudonyms)."""

    words: int
    subject: int | None
    by: int
    under: int | None
    emails: bool
    configuration: int | None = None


_EMAIL_HEADER = re.compile(r"(?im)^(?:from|subject|sent|date|to|cc)\s*:")
"""A line of an email's header block, as a mail program writes it above a message and a reply quotes it ('From:',
'Sent:', 'To:', 'Subject:')."""


def _an_email(text: str) -> bool:
    """Whether a text file is an email pasted or saved as it came (`_EMAIL_HEADER`: its first line 'From:', a 'Subject:'
    line in the block under it), not a table: trial H7, a clinician's emailed comments saved as a .txt were refused as
    'one row per respondent and a column per configuration', naming a line of the email as a column."""
    lines = [line for line in text.splitlines() if line.strip()][:8]
    if not lines or not re.match(r"(?i)from\s*:", lines[0].strip()):
        return False
    return any(re.match(r"(?i)subject\s*:", line.strip()) for line in lines[1:])


_CAPTION_TIMING = re.compile(r"^(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}", re.M)
"""A caption's timing line in a WebVTT (or SubRip) file: '00:00:10.020 --> 00:00:31.600'."""


def _a_transcript(text: str) -> bool:
    """Whether a text file is a meeting's transcript as Zoom, Teams or Meet save it (WebVTT: the word 'WEBVTT' on its
    first line, then captions under timing lines, `_CAPTION_TIMING`), not a table: a yarning circle's Zoom transcript
    was refused as a CSV whose rows had more cells than its header, telling the team to quote a comma."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    return first.startswith("WEBVTT") and _CAPTION_TIMING.search(text) is not None


_CHAT_LINE = re.compile(
    r"(?m)^\s*(?:\[(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\]"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s+-)\s*\S"
)
"""A message's first line in a chat copied or exported as text: Microsoft Teams' '[10:32] Name', WhatsApp's
'[14/12/2026, 10:32:05] Name: …' or '14/12/2026, 10:32 - Name: …': a time (after a date) in brackets, or a date and
time before a dash, then who wrote."""


def _a_chat(text: str) -> bool:
    """Whether a text file is a chat copied as it came (two messages or more opening `_CHAT_LINE`), not a table: helper
    K3, an expert reference group's Teams chat pasted into a .txt was refused as 'one row per respondent and a column
    per configuration', naming a sentence of a message as a column."""
    return len(_CHAT_LINE.findall(text[:20000])) >= 2


_SENTENCE = re.compile(r"^\W*\w+(?:[ ,;:'’()-]+\w+){5,}.*[.?!]\s*$")
"""A line that is a sentence: it opens with six words or more and ends as a sentence ends."""


def _a_document(text: str, suffix: str, header: Sequence[str] | None = None) -> bool:
    """Whether a text file that is no CSV by its name is a document of notes, not a table: no tab in it (a tool's
    tab-separated export), and its first line a sentence (`_SENTENCE`), as no table's header is, and, where a header was
    read, that sentence is the header (a title line above a typed table is no document). Trial K0: a research
    assistant's transcript of voice notes, one section per speaker, was refused as rows whose commas cut their cells."""
    if suffix in (".csv", ".tsv") or "\t" in text:
        return False
    first = next((line for line in text.splitlines() if line.strip()), "").strip().lstrip("\ufeff").strip()
    if header is not None and fold(",".join(header)).replace(" ", "") != fold(first).replace(" ", ""):
        return False
    return bool(_SENTENCE.match(first))


_CHAT_MESSAGE = re.compile(
    r"^\u200e?\[?(?P<date>\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}),?\s+(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:[\s\u202f]?[aApP]\.?\s?[mM]\.?)?)\]?\s*(?:[-\u2013]\s+)?(?P<who>[^:]{1,80}?):\s(?P<words>.*)$"
)
"""A message's first line in a chat app's exported chat, as WhatsApp writes it: Android's `12/10/26, 9:11 pm - Nasreen:
…`, iOS's `[12/10/2026, 21:11:05] Nasreen: …`; a line of the chat's own (`… created group "…"`, the encryption notice)
names no sender before a colon."""
_CHAT_START = re.compile(r"^\u200e?\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}[:.]\d{2}")
"""Any line the chat app starts with its date and time: a message or one of the chat's own lines."""
_CHAT_PLACEHOLDER = re.compile(
    r"^\u200e?(?:<media omitted>|<attached: [^>]*>|(?:image|video|audio|sticker|gif|document) omitted|"
    r"this message was deleted|you deleted this message|null|<this message was edited>)$",
    re.I,
)
"""What a chat export writes where a message held no words: a picture left out, a deleted message."""


def _chat_export(text: str, name: str) -> Table | None:
    """A chat app's exported chat (WhatsApp's 'Export chat' .txt: `_CHAT_MESSAGE`), as a log of comments, one message a
    row numbered by its line in the file, under 'Date', 'Author' and 'Message', so it is read as any log is
    (`_comment_log_rows`: each message on the configuration its words name, else on the findings overall). A message
    running over several lines is one, and so are a sender's messages one after another with nobody else's between
    (a turn typed as several messages); a line of the chat's own and a message with no words (`_CHAT_PLACEHOLDER`) are
    no comment. Each turn is a respondent of its own, its sender (a name in the exporting phone's contacts, or a number)
    named with its line ('Nasreen (line 4)'), as a person's later message in a chat says more, never replaces what they
    said before, as a form sent again does; packs and the report name the group and round, never the sender (helper
    K4: a patient group's WhatsApp chat was refused as a CSV whose row 3 'has 5 cells', with advice to put its commas
    in quotes).
    None where fewer than two lines, or not most of the lines that start with a date, are such messages."""
    lines = text.splitlines()
    started = [line for line in lines if _CHAT_START.match(line)]
    messages = [found for line in started if (found := _CHAT_MESSAGE.match(line))]
    if len(messages) < 2 or len(started) < len(lines) / 2:
        return None
    rows: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines, start=1):
        if found := _CHAT_MESSAGE.match(line):
            who, words = found["who"].strip(), found["words"].strip()
            if _CHAT_PLACEHOLDER.match(words):
                continue  # a picture or a deleted message: nothing said, nor does it part a sender's run of messages
            if rows and rows[-1][1][1] == who:
                rows[-1][1][2] = f"{rows[-1][1][2]}\n{words}"  # one turn typed as several messages: one comment
                continue
            rows.append((number, [f"{found['date']} {found['time']}", who, words]))
        elif _CHAT_START.match(line):
            rows.append((number, ["", "", ""]))  # the chat's own line: no message to continue
        elif rows and line.strip():
            rows[-1][1][2] = f"{rows[-1][1][2]}\n{line.strip()}"
    kept = [(number, cells) for number, cells in rows if cells[1]]
    for number, cells in kept:
        cells[1] = f"{cells[1]} (line {number})"  # a chat's turns are not a form sent again: none replaces another
    return Table(file=name, header=["Date", "Author", "Message"], rows=kept) if kept else None


@dataclass(frozen=True)
class _TextNoTable:
    """A kind of text file people send as feedback that holds no table of answers, and what to copy from it."""

    found: Callable[[str], bool]
    what: str
    each: str
    who: str


_TEXTS_NO_TABLE = (
    _TextNoTable(
        _a_transcript,
        "a meeting's transcript (WebVTT, its 'WEBVTT' first line and timed captions)",
        "each speaker's comment",
        "the speaker's made-up name as respondent",
    ),
    _TextNoTable(_an_email, "an email (its 'From:' and 'Subject:' lines)", "each comment", "the sender as respondent"),
    _TextNoTable(
        _a_chat, "a chat copied as text (its '[10:32] Name' lines)", "each message about a finding", "the sender as respondent"
    ),
)
"""Text files refused as what they are (`_copy_into_template`), in the order they are told apart."""


def _copy_into_template(name: str, what: str, each: str, who: str) -> str:
    """The one sentence refusing a text file that is no table of answers: what it is, and how to bring its words in
    (the template, one row per comment), so every refusal of the kind reads alike."""
    return (
        f"{name}: {what}, not a table of answers: copy {each} into the template ('cmo feedback template -o "
        f"answers.xlsx': {who}, the configuration it is about, their words) and import that"
    )


def _comment_log(header: Sequence[str]) -> _CommentLog | None:
    """A log of comments, one a row, as a webinar's Q&A report or a wall's export writes it ('#, Question, Asker Name,
    Asker Email, Answer(s)', Zoom's; 'Subject, Body, Author, Created At, Section, Comments', Padlet's): a column of the
    words (`_LOGGED_WORDS`) and one naming who wrote them (`_LOGGED_BY`), and none the template reads as the rating,
    nor one asking about a configuration (a form's); a 'Configuration' column the team adds names the one each comment
    it is filled on is about. None for any other header."""
    folded = [fold(_header_words(name)) for name in header]

    def first(names: frozenset[str]) -> int | None:
        return next((index for index, name in enumerate(folded) if name in names), None)

    words, by = first(_LOGGED_WORDS), first(_LOGGED_BY)
    if words is None or by is None or len(set(folded) & _LOGGED_WORDS) > 1:
        return None
    columns = [_column_name(name) for name in header]
    if "rating" in columns or any(_question(str(name)) for name in header):
        return None
    configuration = columns.index("configuration") if "configuration" in columns else None
    return _CommentLog(words, first(_LOGGED_SUBJECT), by, first(_LOGGED_UNDER), first(_EMAILS) is not None, configuration)


def _comment_log_rows(table: Table, log: _CommentLog, notes: list[str], reading: _Reading) -> list[_Row]:
    """Each comment of a log (`_comment_log`) as an answer of the template's: its words (after its subject, where the
    wall gives one) the comment, on the configuration a 'Configuration' column the team added gives it, else the one its
    wall's part names, else the one its own words name, by id, table number or title (`_namings`, as a column's header
    is read); a comment naming none, or several, is a comment on the findings overall. Never guessed unsaid: the import
    lists which rows were read as on which configuration and which as on the findings overall. Who wrote each is its
    pseudonym, as a form's 'Name' is (`_account_names_apart`), except beside an email (an account's name, which the pack
    promises is never needed): then each comment is a respondent of its own, named by its file and row (another file's
    row 8, a poll's, is someone else), and said. Its other columns (the host's answer, the replies, the reactions) are
    not the commenter's words, so they are named as not read."""

    def cell(cells: list[str], index: int | None) -> str:
        return clean_text(cells[index]) if index is not None and index < len(cells) else ""

    name = table.part_of or table.file
    read = {index for index in (log.words, log.subject, log.under, log.configuration) if index is not None}
    read |= {index for index, header in enumerate(table.header) if fold(_header_words(header)) in ("", "no", "number")}
    emails = {index for index, header in enumerate(table.header) if fold(_header_words(header)) in _EMAILS}
    timed = _time_columns(table, read | emails | {log.by})
    group = _logged_group(table, read | emails | set(timed) | {log.by}, reading.groups)
    rows: list[_Row] = []
    on: dict[str, list[str]] = {}
    anonymous: dict[str, str] = {}
    for number, cells in table.rows:
        words = "\n\n".join(part for part in (cell(cells, log.subject), cell(cells, log.words)) if part)
        if not words:
            continue
        line = table.row_named(number)
        named = _namings(cell(cells, log.under), reading.names)[0] if log.under is not None else set()
        if len(named) != 1:
            named = _namings(words, reading.names)[0]
        if not named:
            under = cell(cells, log.under) if log.under is not None else None
            named = _numbered_in_its_section(cell(cells, log.subject) or words, under, reading)
        configuration = cell(cells, log.configuration) or (next(iter(named)) if len(named) == 1 else OVERALL)
        on.setdefault(OVERALL if configuration.casefold() == OVERALL else configuration, []).append(line)
        who = "" if log.emails else cell(cells, log.by)
        if fold(who) in PLACEHOLDER_NAMES:
            who = anonymous[line] = unnamed_submission(who, line, name, None)  # a comment's time is not its submission's
        values = {"respondent": who, "configuration": configuration, "comment": words}
        if group is not None and cell(cells, group):
            values["group"] = cell(cells, group)
        headers = {"configuration": clean_text(str(table.header[log.configuration]))} if cell(cells, log.configuration) else {}
        rows.append(_Row(name, f"{name} {line}", values, line=line, when=_when(table, cells, timed), headers=headers))
    overall = on.pop(OVERALL, [])
    said = [f"{_places(lines)} on {about}" for about, lines in sorted(on.items(), key=lambda item: natural_key(item[0]))]
    said += [f"{_places(overall)}, naming no configuration or several, on the findings overall"] if overall else []
    notes.append(
        f"{name}: read as a log of comments, one a row (its '{_shown(table.header[log.words])}' by "
        f"'{_shown(table.header[log.by])}'), each the comment on the configuration its "
        f"{'section or ' if log.under is not None else ''}words name: {'; '.join(said) or 'none'}; where one is about "
        "another, withdraw its answer ('cmo feedback withdraw F12') and import the file again with a 'Configuration' column "
        "giving the id on that row"
    )
    if anonymous:
        why = f"'{_shown(table.header[log.by])}' beside an email is an account's name, not a pseudonym" if log.emails else ""
        notes.append(
            f"{name} {_places(list(anonymous))}: {why or 'no name was given'}, so each comment is a respondent of its own, "
            f"named by its file and row ('{next(iter(anonymous.values()))}'): one person's comments count as several"
        )
    if group is not None:
        read.add(group)
        notes.append(f"{name}: the column '{_shown(table.header[group])}' holds the review's groups, so it was read as the group")
    # a log's tags are the people's own (a facilitator tagging sticky notes), not a form tool's: named where not read
    tags = {index for index, header in enumerate(table.header) if fold(_header_words(header)) in ("tag", "tags")}
    _say_unread(table, read | emails | set(timed) | {log.by}, notes, "the comment and who wrote it", tags)
    return rows


def _logged_group(table: Table, read: set[int], groups: GroupLabels | None) -> int | None:
    """The one other column of a log of comments whose every filled cell names one of the review's groups (`labelled`):
    the commenter's group, as a whiteboard's 'Tags' holds it where the facilitator tagged each sticky note by who wrote
    it (trial K0: Miro's 'Tags', 'Service users', 'Carers', was neither read nor named, a tool's label in a form). None
    where the review has no groups, or no column or several do."""
    if not groups:
        return None
    labels = {label: slug for slug, label in groups.labels}
    found = []
    for index in range(len(table.header)):
        answers = _answers_in(table, index) if index not in read else []
        if answers and all(len(labelled(answer, labels)) == 1 for answer in answers):
            found.append(index)
    return found[0] if len(found) == 1 else None


_BARE_NUMBER = re.compile(r"(?:re|about|on|for)? ?(\d+) (\d+)(?![a-z0-9])")
"""A post's heading that opens with a finding's number alone, folded ("1.4 texts" → "1 4 texts", "re 2.1" → "re 2 1")."""
_OPENING_NUMBER = re.compile(r"\s*(?:(?:re|about|on|for)\s*:?\s*)?(\d+)\.(\d+)(?![\d.,/%]|\.\d)(?!\s*%)", re.I)
"""A comment opening with a number as the pack writes a finding's, 'D.N' with its dot ("1.1 is true", "re 2.3:"), not a
date, a fraction or a share ('12/10', '1/2', '1.5%')."""
_BRACKETED_NUMBER = re.compile(r"[(\[]\s*(\d+)\.(\d+)\s*[)\]]")
"""A finding's number alone in brackets within a comment ("the pulse oximeter thing (2.1) - …"), as a citation is put."""


def _numbered_in_its_section(subject: str, section: str | None, reading: _Reading) -> set[str]:
    """The configuration a comment numbers without 'CMO', where the pack numbers findings "D.N" (its domain's number,
    then the finding's): at its start ("1.4 texts", "re 2.1") or in brackets ("the oximeter thing (2.1) - …", one
    number so bracketed). On a wall laid out one section per domain (`section` given), the post sits under the section
    named for domain D (its name or slug, `_Reading.sections`): the number and the section agree, so the post is on
    finding D.N, as 'CMO D.N' would say (trial H7: read as on the findings overall); under another domain's section or
    none, it names nothing: "1.4" alone may be a date, a version or a dose. In a log with no sections (a chat, a Q&A),
    a number as the pack writes it opening the comment ("1.1 is true", helper K4's WhatsApp chat) or bracketed names
    the finding the pack numbered so in every closed round (`_Reading.names`), and the import lists the rows it read so."""
    bracketed = {found.groups() for found in _BRACKETED_NUMBER.finditer(subject)}
    if section is not None:
        found = _BARE_NUMBER.match(fold(subject))
        number = found.groups() if found else next(iter(bracketed)) if len(bracketed) == 1 else None
        if number is None or _section_number(fold(section), reading.sections) != number[0]:
            return set()
    else:
        found = _OPENING_NUMBER.match(subject)
        number = found.groups() if found else next(iter(bracketed)) if len(bracketed) == 1 else None
        if number is None:
            return set()
    named = reading.names.get(f"cmo {int(number[0])} {int(number[1])}")
    return {named} if named else set()


_PACK_S_DOMAIN_HEADING = re.compile(r"domain (\d+)(?: (.+))?")
"""A section named as the pack heads a domain, folded: "Domain 2: Trusting relationships" → "domain 2 trusting
relationships", or its number alone ("Domain 2")."""


def _section_number(section: str, sections: dict[str, str]) -> str | None:
    """The number the pack gave the domain a wall's (folded) section is named for: by the domain's name or slug, or by
    the pack's own heading for it, "Domain 2: Trusting relationships" or "Domain 2" (RH6: a wall whose sections copied
    the pack's headings had every numbered post read as on the findings overall). A heading whose number and name
    disagree names no domain."""
    if section in sections:
        return sections[section]
    heading = _PACK_S_DOMAIN_HEADING.fullmatch(section)
    if not heading or heading.group(1) not in sections.values():
        return None
    if heading.group(2) is not None and sections.get(heading.group(2)) != heading.group(1):
        return None
    return heading.group(1)


def _naming_several(table: Table, read: set[int], names: dict[str, str]) -> dict[int, LookAt]:
    """A form's column left unread because its words name several configurations (two ids, or two titles neither
    within the other), said with the ones it could be, so the team knows which to head it with."""
    said = {}
    for index, header in enumerate(table.header):
        chosen, _ = _namings(_header_words(header).replace("_", " "), names)
        rows = len(_answers_in(table, index))
        if index in read or len(chosen) < 2 or not rows:
            continue
        ids = sorted(chosen, key=natural_key)
        could = ", ".join(ids[:-1]) + f" or {ids[-1]}"
        if _in_ranges(_header_words(header), names):  # a question about a range of them asks about each, not one
            said[index] = LookAt(
                f"{table.file}: the column '{_shown(header)}' ({rows} row{'' if rows == 1 else 's'}) was not read: it names a "
                f"range of configurations ({', '.join(ids[:-1])} and {ids[-1]}), and cmo does not guess which one each "
                f"answer is about; copy it once for each, headed by its id ('{ids[0]}: …'), or head it 'Any other "
                "comments?' to keep its answers as comments on the findings overall, and import again"
            )
            continue
        said[index] = LookAt(
            f"{table.file}: the column '{_shown(header)}' ({rows} row{'' if rows == 1 else 's'}) was not read: it could be "
            f"{could}, as its words name each of them; head it with the one it asks about ('{ids[0]}: …') and import again"
        )
    return said


def _headed(column: str) -> str:
    """A column named as the template heads it ('what is missing or wrong' for `missing`), never by its field; quoted
    where it is several words, so a list of them reads."""
    header = TEMPLATE_HEADERS[TEMPLATE_COLUMNS.index(column)]
    return f"'{header}'" if " " in header else header


_THE_ROUNDS_OWN = ("round", "configuration", "title", "statement")
"""The template's cells it fills itself: a row holding only these is a question not answered."""


PERSON_COLUMNS = ("respondent", "group", "role", "round")
"""A form's columns about the person answering (and the round, when a form asks it), shared by all their answers."""
WIDE_COLUMNS_SAID = (
    "a pseudonym, the group and role, when the response came in, and a question per configuration headed by its id "
    "('C3: What is missing or wrong?') or one about the findings overall ('Any other comments?')"
)


def _cells_of(columns: list[str], cells: list[str], wanted: Collection[str]) -> dict[str, object]:
    """A row's cells by the column each is read as; where two columns are read as one (a form's 'Name' and
    'Pseudonym'), the rightmost that holds something."""
    values: dict[str, object] = {}
    for column, cell in zip(columns, cells):
        if column in wanted and (cell.strip() or column not in values):
            values[column] = cell
    return values


def _headers_of(columns: list[str], header: Sequence[object], cells: list[str], wanted: Collection[str]) -> dict[str, str]:
    """The file's own header of the column each field of a row is read from (`_cells_of`'s: where two columns are read as
    one, the rightmost that holds something), so a message names the column as the file heads it."""
    headers: dict[str, str] = {}
    for index, column in enumerate(columns):
        cell = cells[index] if index < len(cells) else ""
        if column in wanted and index < len(header) and (cell.strip() or column not in headers):
            headers[column] = clean_text(str(header[index]))
    return {column: said for column, said in headers.items() if said}


def _say_unread(table: Table, read: set[int], notes: list[str], columns_read: str, people: set[int] = frozenset()) -> None:
    """Each column holding something that no rule reads, named (exit 1): a form's extra question is the group's words
    (trial I: a reading list and the comments about all the findings were dropped without a word). `people`: columns
    people filled though a form tool's label heads them (a whiteboard's 'Tags'), named as any other."""
    kept = (
        set(read)
        | (_filled_by_the_tool(table.header) - set(people))
        | {
            index
            for index, name in enumerate(table.header)
            if _column_name(name) in ("title", "statement") or _consent_given(table, index)
        }
    )
    said = unread_columns_warning(table, kept, reads=columns_read)
    if said is not None:
        notes.append(said)


TOOLS_OWN = "tools_own"
"""A column a form tool fills itself, known by the tool's signature (`_tools_own_columns`): read as nothing."""

_LIMESURVEY_OWN = {
    "id": ("response id",),
    "submitdate": ("date submitted", "completed"),
    "lastpage": ("last page",),
    "startlanguage": ("start language",),
    "seed": ("seed",),
    "token": ("access code", "token"),
    "startdate": ("date started",),
    "datestamp": ("date last action",),
    "ipaddr": ("ip address",),
    "refurl": ("referrer url", "referring url"),
}
"""LimeSurvey's own fields, by their code and the text its download heads them with, in each of its heading styles
('Question code': 'lastpage'; 'Question text': 'Last page'; 'Question code & question text': 'lastpage. Last page')."""
_LIMESURVEY_CODES = frozenset({"submitdate", "lastpage", "startlanguage", "datestamp", "ipaddr", "refurl"})
"""LimeSurvey's field names no person heads a question with: one of them signs a download as LimeSurvey's."""


def _limesurvey_field(header: str) -> str:
    """The LimeSurvey field a column is, in any of its heading styles; '' for any other column. Headed by its code and
    text ('submitdate. Date submitted'), the code says which field it is whatever language the text is in: a download
    in French heads it 'submitdate. Date de soumission', 'lastpage. Dernière page' (trial CC: each was named as unread)."""
    folded = fold(header)
    coded = re.match(r"\s*([a-z]+)\.\s", header)
    for code, texts in _LIMESURVEY_OWN.items():
        if folded == code or folded in texts or (coded is not None and coded.group(1) == code):
            return code
    return ""


def _tools_own_columns(header: Sequence[str]) -> set[int]:
    """The columns a form tool fills itself, known by the tool's signature rather than by each label alone: a
    LimeSurvey download (headed by one of its field names, 'submitdate', 'lastpage', or by two of its own fields'
    texts, 'Last page' and 'Start language') has its response's number, when it was started, submitted and last
    changed, the page it was left on, its language, its seed, access code, address and referrer: none of them a
    question, so none is read or named, though 'Seed' or 'Last page' alone could head a team's question."""
    fields = {index: field for index, name in enumerate(header) if (field := _limesurvey_field(str(name)))}
    coded = any(fold(str(header[index])).split()[0] in _LIMESURVEY_CODES for index in fields)
    return (set(fields) if coded or len(set(fields.values()) - {"id"}) >= 2 else set()) | _response_numbers(header)


def _response_numbers(header: Sequence[str]) -> set[int]:
    """The 'ID' column of a download whose tool signs it with when each response was started and completed
    (Microsoft Forms: 'ID', 'Start time', 'Completion time', 'Email', 'Name'): the response's number, 1, 2, 3…, not
    the configuration an answer is about, which the template heads 'ID' too (trial E4: a clinicians' form of one answer a
    row was refused as '1' … '4' naming no configuration, its 'Which finding?' unread). A team's sheet headed 'ID'
    with no such times is read as before."""
    folded = [fold(_REMARK.sub(" ", str(name))) for name in header]
    if not {"start time", "completion time"} <= set(folded):
        return set()
    return {index for index, name in enumerate(folded) if name == "id"}


def _filled_by_the_tool(header: Sequence[str]) -> set[int]:
    """The columns a form tool fills itself, not a respondent: those its signature names (`_tools_own_columns`), those
    its labels name (`_is_form_metadata`), and where the response came from beside the device's own address or place
    (`_WHERE_FROM`). None of them holds an answer, so none is read, named, or taken for a form's answer codes (trial AZ:
    Alchemer's 'Postal' column, 'OX1', refused the whole file as a LimeSurvey download of answer codes)."""
    located = any(_locates_the_device(str(name)) for name in header)
    return _tools_own_columns(header) | {
        index
        for index, name in enumerate(header)
        if _is_form_metadata(str(name)) or (located and fold(_REMARK.sub(" ", str(name))) in _WHERE_FROM)
    }


def _consent_given(table: Table, index: int) -> bool:
    """A form's consent question ('Consent/I agree to take part', 'Do you consent to take part?') whose every answer
    gives consent: the permission to use the answers, no feedback, so it is not read and not named. A refusal in it is
    an answer the team must see, so such a column is named as ever."""
    header = str(table.header[index]).rsplit("/", 1)
    words = fold(_header_words(" ".join(header)))
    if not re.search(r"\b(?:consent|consents|consenting|agree to (?:take part|participate|participating))\b", words):
        return False
    answers = [fold(answer) for answer in _answers_in(table, index)]
    given = r"(?:yes|y|true|1|i agree|agree|agreed|i consent|consent|consent given|i do|accept|accepted)(?: .*)?"
    refused = r"\b(?:not|no|don t)\b"
    return bool(answers) and all(re.fullmatch(given, answer) and not re.search(refused, answer) for answer in answers)


def _without_unfinished(table: Table, notes: list[str]) -> Table:
    """A response its respondent never finished or submitted, as the form tool marks it (`_unfinished_marks`), is no
    answer they gave: it is left out and said once, with its rows and how to count it if the team wants it."""
    marks = _unfinished_marks(table)
    if not marks:
        return table
    left = sorted(marks)
    fixes = list(dict.fromkeys(fix for number in left for fix in marks[number]))
    total = len(table.rows)
    one = len(left) == 1
    notes.append(
        f"{table.file} {_places([f'row {n}' for n in left])}: {len(left)} of {total} responses {'was' if one else 'were'} "
        f"never finished or submitted, as the form marks {'it' if one else 'them'}, so {'it was' if one else 'they were'} "
        f"left out; to count {'it' if one else 'them'}, {' and '.join(fixes)} and import again"
    )
    return replace(table, rows=[(number, cells) for number, cells in table.rows if number not in marks])


_UNFINISHED_STATUS = frozenset(
    {"partial", "incomplete", "in progress", "not submitted", "unfinished", "not completed", "not complete", "abandoned"}
    | {"partially completed", "partial response", "partially complete", "saved", "not finished"}
)
"""How a form's status column marks a response left unfinished (SurveyMonkey, Alchemer, JISC Online Surveys)."""
_REDCAP_STATUS = re.compile(r"^\w+_complete$")
"""REDCap's status of each record's form, `<form>_complete` in its raw export (0 Incomplete, 1 Unverified, 2 Complete),
'Complete?' in its labels' export: an Incomplete survey was never submitted (trial BB: a respondent's half-filled
survey was counted). A record a team typed in from a paper form is Unverified or Complete, and counts."""
_SUBMITTED_AT = frozenset({"submitted at", "submitted on", "date submitted", "time submitted", "submit date"})
"""A tool's label for when a response was submitted, filled with a moment (a date and a time of day) on submission; a
team typing up paper forms writes the day alone ('Submitted', `_says_when_received`), and may leave it empty."""


def _unfinished_marks(table: Table) -> dict[int, list[str]]:
    """The rows a form tool marks as never finished or submitted, each with how to count it: a status saying so
    ('Partial', 'Incomplete': SurveyMonkey, Alchemer, JISC Online Surveys), Qualtrics' 'Finished' false or its
    'Progress' short of 100, REDCap's form status Incomplete (`_REDCAP_STATUS`), or no time in the column saying when
    it was submitted where the tool fills it on
    submission (LimeSurvey's 'submitdate', empty for a response never submitted; another tool's 'Date submitted' where
    other rows hold one). KoboToolbox keeps no response before it is sent."""
    limesurvey = bool(_tools_own_columns(table.header))
    marks: dict[int, list[str]] = {}
    for index, name in enumerate(table.header):
        label = fold(_REMARK.sub(" ", str(name)))
        cells = {number: (cells[index].strip() if index < len(cells) else "") for number, cells in table.rows}
        shown = _shown(str(name), 40)
        if label == "finished":
            found = [n for n, cell in cells.items() if fold(cell) in ("false", "0", "no")]
            fix = f"write True in '{shown}'"
        elif label == "progress":
            found = [n for n, cell in cells.items() if (number := _number_given(cell)) is not None and number < 100]
            fix = f"write 100 in '{shown}'"
        elif label in ("status", "response status", "completion status", "response state", "completion"):
            found = [n for n, cell in cells.items() if fold(cell) in _UNFINISHED_STATUS]
            fix = f"write Complete in '{shown}'"
        elif _REDCAP_STATUS.search(str(name).strip()) or label == "complete":
            found = [n for n, cell in cells.items() if fold(cell) in ("0", "incomplete")]
            fix = f"write {'Complete' if label == 'complete' else '2'} in '{shown}'"
        elif (limesurvey and _limesurvey_field(str(name)) == "submitdate") or (
            label in _SUBMITTED_AT
            and (filled := [cell for cell in cells.values() if cell])
            and all(_DATE_TIME.match(cell) for cell in filled)
        ):
            found = [n for n, cell in cells.items() if not cell]
            fix = f"give a date and time in '{shown}'"
        else:
            continue
        for number in found:
            marks.setdefault(number, []).append(fix)
    return marks


def _locates_the_device(header: str) -> bool:
    """A column a form tool fills with where the response came from, the device's, never a question's: its IP address,
    its browser, or the place it was found at (latitude, longitude). A sheet holding one is a tool's download, whose
    'Language', 'Country', 'City' and 'Postal' columns are the tool's too (`_WHERE_FROM`; Alchemer writes them all,
    trial AM), not the team's questions."""
    words = fold(_REMARK.sub(" ", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header)))
    return words in ("ip address", "ipaddress", "ip", "user agent", "latitude", "longitude", "location latitude")


_WHERE_FROM = frozenset(
    {"language", "country", "city", "state", "region", "state region", "postal", "postal code", "zip", "zip code"}
    | {"latitude", "longitude", "referer", "referrer", "user agent", "ip address"}
)
"""Where a response came from as a tool that also records the device's address or place labels it (`_locates_the_device`):
read as the tool's own only beside such a column, as a form of the team's may well ask 'Country'."""


def _is_form_metadata(header: str) -> bool:
    """A column a form tool fills itself, not with anything a respondent wrote: left unread without a word, as every
    download has them. Known by its name: a short label, no question, that is an id or number ('UserID', 'Network ID',
    'Unique ID', 'UserNo', Typeform's '#'), a time ('Start Date (UTC)', 'Completion time', 'Ended'), how long or how
    far the respondent got ('Duration (in seconds)', 'Progress'), where the response came from ('Tracking Link',
    'Collector ID', 'IP Address', 'User Agent'), or one of the few other labels tools add (`FORM_METADATA`: the
    signed-in account's 'Email' and 'Name', Qualtrics' 'Status'); REDCap's '…_complete' and '…_timestamp'."""
    if re.search(r"_(?:complete|timestamp)$", header.strip()) or re.fullmatch(r"\s*(?:#|№|n°|no\.?)\s*", header, re.I):
        return True
    if re.fullmatch(r"_\w*", header.strip()):  # KoboToolbox's and ODK's own fields: '_index', '_notes', '__version__'
        return True
    if field := _XML_PATH.fullmatch(header.strip()):  # an XML path, ODK's 'meta/instanceID': its field's name
        return _is_form_metadata(field[1])
    unbracketed = _REMARK.sub(" ", header)  # 'Start Date (UTC)', 'Duration (in seconds)': the zone or unit aside
    words = fold(re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", unbracketed)).split()  # 'UserID', 'IPAddress'
    if fold(header) in FORM_METADATA or " ".join(words) in FORM_METADATA or "".join(words) in _RUN_TOGETHER:
        return True  # REDCap's 'Complete?' too
    if "?" in header:  # a question the respondent answered
        return False
    if not words or len(words) > 4:
        return False
    if words[-1] in _METADATA_ID_WORDS:  # 'Respondent ID', 'UserNo', 'SessionID', 'Unique response number'
        return True
    if set(words) <= _METADATA_TIME_WORDS and not set(words) <= {"in", "to", "last", "utc", "gmt"}:
        return True  # 'Start Date (UTC)', 'Completion time', 'Time Started', 'Duration (in seconds)', 'Progress'
    return words[0] in _METADATA_SOURCE_WORDS and all(word in _METADATA_SOURCE_TAILS or word.isdigit() for word in words[1:])


_METADATA_ID_WORDS = frozenset({"id", "ids", "identifier", "uuid", "guid", "no", "nr", "num", "number", "token"})
"""The last word of an id or a number a tool gives each response or respondent."""
_METADATA_TIME_WORDS = frozenset(
    {
        *("start", "started", "end", "ended", "submit", "submitted", "completion", "completed", "complete", "finished"),
        *("modified", "last", "recorded", "created", "updated", "date", "time", "timestamp", "datetime", "utc", "gmt"),
        *("duration", "in", "seconds", "taken", "to", "progress"),
    }
)
"""The words of a label saying when a response began or ended, how long it took and how far it got, and nothing else:
'Time in crisis care' or 'Date of admission' is a question, not a tool's label."""
_METADATA_SOURCE_WORDS = frozenset({"ip", "ipaddress", "tracking", "collector", "referer", "referrer", "custom"})
_METADATA_SOURCE_TAILS = frozenset({"address", "link", "url", "data", "value", "variable", "field"})
"""Where a response came from, as tools label it: 'IP Address', 'Tracking Link', 'Custom Value', 'Custom Data 1'."""

FORM_METADATA = frozenset(
    {
        *("email", "name", "email address", "first name", "last name", "score", "status", "response type", "tags"),
        *("user agent", "user language", "distribution channel", "location latitude", "location longitude"),
        *("recipient last name", "recipient first name", "recipient email", "external reference", "external data reference"),
        *("redcap repeat instrument", "redcap repeat instance", "urn", "complete", "finished", "custom data"),
        *("today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "audit", "start geopoint"),
        # the signed-in account's email as Microsoft Forms and Google Forms label it in French, German, Spanish and
        # Portuguese (helper LQ 3: 'Adresse de messagerie' was named as unread, exit 1)
        *("e mail", "e mail adresse", "adresse de messagerie", "adresse e mail", "adresse electronique", "courriel"),
        *("correo electronico", "correo", "direccion de correo electronico", "endereco de email", "endereco de e mail"),
    }
)
"""The labels form tools add to every download (Microsoft Forms, Google Forms, SurveyMonkey, Smart Survey, Typeform,
Qualtrics, REDCap, JISC Online Surveys; an XLSForm's metadata questions, as KoboToolbox and ODK name them) that no word
of `_is_form_metadata`'s rule marks as a tool's."""
_RUN_TOGETHER = frozenset(label.replace(" ", "") for label in FORM_METADATA)
"""The labels as Qualtrics runs them together, lower-cased ('recipientlastname')."""


def _one_header_of_two(table: Table) -> Table:
    """SurveyMonkey heads its download with two rows: the questions, and under them 'Response', 'Open-Ended Response'
    or, under a matrix question spread over several columns, each row's label ('C1: Seeing the person'). Read as one
    header: the question, with the label after it as Qualtrics writes it ('Does this match your experience? - C1:
    …'), so the sub-header is never read as a respondent's answers.

    The header found may be either row: the sheet's reader takes the first row asking about a configuration, and a
    matrix row labelled by the finding's number ('CMO 1.1 (C1) Common standards…') puts the first such question on
    the second row (trial AC: the questions above it, the pseudonym and the group, were lost with every comment)."""
    if _is_sub_header(table.header) and table.above and table.above[-1][0] == table.header_row - 1:
        (number, top), below = table.above[-1], table.header
        table = replace(table, header=top, header_row=number, above=table.above[:-1])
    elif table.rows and table.rows[0][0] == table.header_row + 1 and _is_sub_header(table.rows[0][1]):
        below = table.rows[0][1]
        table = replace(table, rows=table.rows[1:])
    else:
        return table
    names, question = [], ""
    for index in range(max(len(table.header), len(below))):
        top = table.header[index] if index < len(table.header) else ""
        question = top or question
        label = below[index] if index < len(below) else ""
        names.append(top or question if fold(label) in _SUB_HEADER_WORDS else f"{top or question} - {label}")
    return replace(table, header=names)


def _is_sub_header(cells: Sequence[str]) -> bool:
    """SurveyMonkey's second header row: it heads a question's column 'Response' or 'Open-Ended Response'."""
    return any(fold(cell) in _SUB_HEADER_WORDS - {""} for cell in cells)


_SUB_HEADER_WORDS = frozenset({"", "response", "open ended response"})


def _checked_choices(table: Table) -> Table:
    """A checkbox question REDCap spreads over a column per choice ('Which group are you answering for?
    (choice=Carers)', each 'Checked' or 'Unchecked'), read as one column of the choices checked, joined with ', ', as
    other tools write a checkbox answer."""
    choices: dict[str, list[tuple[int, str]]] = {}
    for index, name in enumerate(table.header):
        found = re.match(r"^(.*?)\s*\(choice=(.+)\)\s*$", name, re.S)
        if found:
            choices.setdefault(found.group(1).strip(), []).append((index, found.group(2).strip()))
    if not choices:
        return table
    spread = {index for options in choices.values() for index, _ in options}
    header = [name for index, name in enumerate(table.header) if index not in spread] + list(choices)
    rows = []
    for number, cells in table.rows:
        kept = [cell for index, cell in enumerate(cells) if index not in spread]
        kept += [""] * (len(header) - len(choices) - len(kept))
        checked = [
            ", ".join(label for index, label in options if index < len(cells) and fold(cells[index]) == "checked")
            for options in choices.values()
        ]
        rows.append((number, kept + checked))
    return replace(table, header=header, rows=rows)


@dataclass(frozen=True)
class FormCodes:
    """What a form's codes for its choices mean, as its data dictionary gives them (REDCap's 'Data Dictionary' CSV: a
    row per field, with its variable, its type and its choices, '1, Carers | 2, Clinicians'): a form's raw download
    gives a choice by its code ('2'), so a group or a rating is read only with the labels the dictionary gives. Given
    with the answers (`cmo feedback import answers.csv dictionary.csv`), it is read, not imported."""

    fields: dict[str, dict[str, str]]
    """Each field's variable -> its codes -> their labels."""
    checkboxes: frozenset[str]
    """The fields whose choices a download spreads over a column each ('group___1': 1 ticked, 0 not)."""
    files: tuple[Path, ...]
    headings: dict[str, str] = field(default_factory=dict)
    """Each column's code -> its heading as the form's words give it (a LimeSurvey survey structure: 'G01Q01' ->
    'G01Q01. Which group are you answering for?', `_survey_structure`)."""

    @classmethod
    def among(cls, paths: list[Path]) -> FormCodes | None:
        """The data dictionaries among the files given, read together; None when none is."""
        fields: dict[str, dict[str, str]] = {}
        checkboxes: set[str] = set()
        headings: dict[str, str] = {}
        files = []
        for path in paths:
            read = _data_dictionary(path)
            if read is None and (structure := _survey_structure(path)) is not None:
                read = (structure[0], set())
                headings.update(structure[1])
            if read is not None:
                files.append(path)
                fields.update(read[0])
                checkboxes |= read[1]
        return cls(fields, frozenset(checkboxes), tuple(files), headings) if files else None

    @property
    def named(self) -> str:
        return ", ".join(str(path) for path in self.files)


_CHOICE_TYPES = {"radio": None, "dropdown": None, "checkbox": None, "yesno": {"1": "Yes", "0": "No"}}
_CHOICE_TYPES["truefalse"] = {"1": "True", "0": "False"}


def _beside_answers_text(path: Path, suffixes: tuple[str, ...]) -> str | None:
    """The text of a file given beside a form's answers that may describe them (a data dictionary, a survey's
    structure), read within the size cap; None where it is no such text file (a workbook, a binary, unreadable), so it
    is read as answers."""
    if path.suffix.lower() not in suffixes or not path.is_file():
        return None
    try:
        check_size(path, MAX_BYTES, "feedback")
        raw = path.read_bytes()
        return None if looks_binary(raw) else decode_sheet(raw, path)[0]
    except BadInput:
        return None


def _data_dictionary(path: Path) -> tuple[dict[str, dict[str, str]], set[str]] | None:
    """A form's data dictionary as a CSV: a column naming each field's variable ('Variable / Field Name', 'Field
    name'), one its type ('Field Type') and one its choices ('Choices, Calculations, OR Slider Labels'); its fields
    offering choices (radio, dropdown, checkbox, yes/no, true/false) with their codes and labels. None for any other
    file (answers, a pack's JSON), which is read as answers."""
    text = _beside_answers_text(path, (".csv", ".txt"))
    try:
        table = csv_table(text, path) if text is not None else None
    except BadInput:
        return None
    if table is None:
        return None
    header = [fold(cell) for cell in table.header]
    variables = ("variable field name", "variable name", "field name", "variable")
    variable = next((i for i, h in enumerate(header) if h in variables), None)
    choices = next((i for i, h in enumerate(header) if h.startswith("choices")), None)
    kind = next((i for i, h in enumerate(header) if h in ("field type", "type")), None)
    if variable is None or choices is None or kind is None:
        return None
    fields: dict[str, dict[str, str]] = {}
    checkboxes: set[str] = set()
    for _, cells in table.rows:
        cell = dict(enumerate(cells))
        name, typed = cell.get(variable, "").strip(), fold(cell.get(kind, ""))
        if not name or typed not in _CHOICE_TYPES:
            continue
        pairs = (part.partition(",") for part in cell.get(choices, "").split("|"))
        given = _CHOICE_TYPES[typed] or {code.strip(): label.strip() for code, _, label in pairs if label.strip()}
        if given:
            fields[name] = given
            if typed == "checkbox":
                checkboxes.add(name)
    return fields, checkboxes


_STRUCTURE_COLUMNS = ("class", "type/scale", "name", "text")
"""The columns of LimeSurvey's survey structure as tab-separated text (Display/Export > 'Tab-separated-values format
(*.txt)'): a row per item, its class ('G' a group, 'Q' a question, 'SQ' a subquestion, 'A' an answer option), its name
(the question's code, the subquestion's or the answer's) and its text."""


def _survey_structure(path: Path) -> tuple[dict[str, dict[str, str]], dict[str, str]] | None:
    """A LimeSurvey survey structure (`_STRUCTURE_COLUMNS`), read for a download headed by question codes alone: each
    column's code with the heading LimeSurvey's 'Question code & question text' gives it ('G01Q01. Which group …?';
    a subquestion's 'G02Q01[SQ001]. How far do you agree? [CMO 3.1 …]'), and each question's answer codes with their
    words (an 'Answer codes' download's 'A1'). The first language's rows are read. None for any other file."""
    text = _beside_answers_text(path, (".csv", ".txt", ".tsv"))
    if text is None:
        return None
    lines = text.lstrip("\ufeff").splitlines()
    header = [cell.strip().lower() for cell in lines[0].split("\t")] if lines else []
    if not all(name in header for name in _STRUCTURE_COLUMNS):
        return None
    at = {name: header.index(name) if name in header else -1 for name in (*_STRUCTURE_COLUMNS, "language")}
    fields: dict[str, dict[str, str]] = {}
    headings: dict[str, str] = {}
    language, question, words = "", "", ""
    for line in lines[1:]:
        cells = line.split("\t")
        cell = {name: cells[i].strip() if i < len(cells) else "" for name, i in at.items() if i >= 0}
        kind, name, said = cell["class"].upper(), cell["name"], clean_text(cell["text"])
        if cell.get("language"):
            language = language or cell["language"]
            if cell["language"] != language:
                continue  # a survey in two languages repeats each item in the second: the first's words are read
        if kind == "Q" and name:
            question, words = name, said
            headings[name] = f"{name}. {said}"
        elif kind == "SQ" and name and question:
            headings[f"{question}[{name}]"] = f"{question}[{name}]. {words} [{said}]"
        elif kind == "A" and name and question:
            fields.setdefault(question, {})[name] = said
    return (fields, headings) if headings else None


def _decoded(table: Table, codes: FormCodes | None, notes: list[str]) -> Table:
    """A form's raw download with each choice given by its code read as the label its data dictionary gives
    (`FormCodes`): a column named by a field's variable holds its labels; a checkbox field spread over a column per
    choice ('group___2', 1 when ticked) is headed as REDCap's labelled download heads it ('group (choice=Carers)',
    'Checked'), so it is read as one column of the choices ticked (`_checked_choices`). A code the dictionary does not
    give is kept as written. Said, with the dictionary's name."""
    if codes is None:
        return table
    header, decoding = list(table.header), {}
    for index, name in enumerate(table.header):
        key = name.strip()
        if key in codes.headings:
            header[index] = codes.headings[key]  # LimeSurvey's question code, headed by its question's words
        if re.sub(r"\[[^\]]*\]$", "", key) in codes.fields and key not in codes.fields and key in codes.headings:
            decoding[index] = codes.fields[re.sub(r"\[[^\]]*\]$", "", key)]  # a subquestion's answers: its question's
            continue
        if key in codes.fields:
            decoding[index] = codes.fields[key]
            continue
        spread = re.fullmatch(r"(.+?)___(\w+)", key)
        if spread and spread.group(1) in codes.checkboxes:
            given = {code.lower().replace("-", "_"): label for code, label in codes.fields[spread.group(1)].items()}
            if spread.group(2).lower() in given:
                header[index] = f"{spread.group(1)} (choice={given[spread.group(2).lower()]})"
                decoding[index] = {"1": "Checked", "0": "Unchecked"}
    if header != list(table.header):
        named = sum(a != b for a, b in zip(header, table.header))
        notes.append(
            f"{table.file}: {named} column{'' if named == 1 else 's'} headed by question codes read under the questions "
            f"{codes.named} gives"
        )
    if not decoding:
        return replace(table, header=header)
    rows = [
        (number, [decoding[i].get(cell.strip(), cell) if i in decoding else cell for i, cell in enumerate(cells)])
        for number, cells in table.rows
    ]
    named = list(dict.fromkeys(re.sub(r"___\w+$", "", table.header[i].strip()) for i in decoding))
    shown = ", ".join(f"'{name}'" for name in named[:4]) + (" …" if len(named) > 4 else "")
    notes.append(f"{table.file}: the codes in {shown} were read as the choices {codes.named} gives them")
    return replace(table, header=header, rows=rows)


def _given_as_codes(table: Table, columns: list[str], groups: GroupLabels | None) -> str:
    """Answers given as the form's codes for its choices, not their words: nothing is imported until the words are
    given, and the one sentence says how to download them from the tool that wrote the file. The group as REDCap's raw
    download gives it ('1', '2', `_groups_as_codes`), or a LimeSurvey download of answer codes ('A1', 'A2': its
    'Answer codes' export) whose every answer in a column is such a code. '' where no answer is given so."""
    if coded := _groups_as_codes(table, columns, groups):
        return coded
    if not _tools_own_columns(table.header):
        return ""
    own = _filled_by_the_tool(table.header)
    coded_columns = [
        index
        for index in range(len(table.header))
        if index not in own
        and (answers := _answers_in(table, index))
        and all(re.fullmatch(r"[A-Za-z]{1,3}\d{1,5}", answer.strip()) for answer in answers)
    ]
    if not coded_columns:
        questions = [index for index in range(len(table.header)) if index not in own]
        if questions and all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*(?:\[[^\]]*\])*", table.header[i].strip()) for i in questions):
            return (
                f"{table.file}: a LimeSurvey download headed by its question codes alone "
                f"('{_shown(table.header[questions[0]], 30)}'), "
                f"which name no finding, so no answer can be read: {_FULL_ANSWERS}"
            )
        return ""
    codes = list(dict.fromkeys(answer.strip() for index in coded_columns for answer in _answers_in(table, index)))
    shown = ", ".join(f"'{code}'" for code in codes[:5]) + (" …" if len(codes) > 5 else "")
    named = ", ".join(f"'{_shown(table.header[index], 30)}'" for index in coded_columns[:3])
    named += " …" if len(coded_columns) > 3 else ""
    return (
        f"{table.file}: a LimeSurvey download of answer codes ({shown} in {named}), the form's codes for its choices, "
        f"not the answers' words, so no answer can be read: {_FULL_ANSWERS}"
    )


_FULL_ANSWERS = (
    "export the responses again with their full answers and their questions' words (LimeSurvey: Export results > "
    "Responses: 'Full answers', headings 'Question code & question text')"
)


def _groups_as_codes(table: Table, columns: list[str], groups: GroupLabels | None) -> str:
    """The group given as the form's code for its choice ('1', '2': REDCap's raw download, trial AL), none of them a
    group's name: no answer would count under its group, so nothing is imported until the labels are given, with
    how to give them. '' where the group column is not such."""
    if not groups or "group" not in columns:
        return ""
    index = columns.index("group")
    answers = _answers_in(table, index)
    labels = {label: slug for slug, label in groups.labels}
    if not answers or not all(re.fullmatch(r"\d{1,3}", answer.strip()) for answer in answers):
        return ""
    if any(labelled(answer, labels) for answer in answers):
        return ""
    codes = sorted(dict.fromkeys(answer.strip() for answer in answers), key=int)
    shown = ", ".join(f"'{code}'" for code in codes[:5]) + (" …" if len(codes) > 5 else "")
    said = (
        f"{table.file}: the column '{_shown(table.header[index])}' gives each respondent's group as a number ({shown}), the "
        "form's code for a choice, not a group's name, so no answer would count under its group: download the answers "
    )
    if table.import_ids:  # Qualtrics' download of numeric values: it has no data dictionary to give beside it (trial CM)
        return said + "with their labels (Qualtrics: Data & Analysis > Export Data > CSV, 'Use choice text')"
    return said + (
        "with their labels (REDCap: 'CSV / Microsoft Excel (labels)'), or import the form's data dictionary with the file "
        f"(cmo feedback import {Path(table.file).name} DataDictionary.csv)"
    )


def _find_round_column(table: Table, columns: list[str], asked: set[int], notes: list[str]) -> None:
    """A form's column naming the round each response answers, in a tool's words (REDCap's 'redcap_event_name',
    'round_1_arm_1'; its labelled download's 'Event Name', 'Round 1 (Arm 1: …)'): headed as a round, an event or a wave,
    and every answer in it naming a round (`_round_named`). Read as the round; the import says so."""
    if "round" in columns:
        return
    found = [
        index
        for index, header in enumerate(table.header)
        if index not in asked
        and columns[index] not in TEMPLATE_COLUMNS
        and set(fold(_header_words(header).replace("_", " ")).split()) & {"round", "rounds", "event", "wave"}
        and (answers := _answers_in(table, index))
        and all(re.search(r"round|rnd", fold(answer)) and _round_named(answer) for answer in answers)
    ]
    if len(found) == 1:
        columns[found[0]] = "round"
        example = _shown(_answers_in(table, found[0])[0], 40)
        notes.append(
            f"{table.file}: the column '{_shown(table.header[found[0]])}' names the round each response answers "
            f"('{example}'), so it was read as the round"
        )


def _without_previews(table: Table, notes: list[str]) -> Table:
    """Qualtrics marks the responses its authors gave while testing ('Survey Preview', 'Survey Test' in Response Type):
    no member of the group wrote them, so they are left out, and said."""
    kinds = [index for index, name in enumerate(table.header) if fold(name) in ("response type", "status")]
    previews = [number for number, cells in table.rows if any(fold(cells[i]) in _PREVIEWS for i in kinds if i < len(cells))]
    if not previews:
        return table
    notes.append(f"{table.file} {_places([f'row {n}' for n in previews])}: a test of the form (Survey Preview), left out")
    return replace(table, rows=[(number, cells) for number, cells in table.rows if number not in previews])


_PREVIEWS = frozenset({"survey preview", "survey test", "preview", "test"})


def _find_group_column(table: Table, columns: list[str], asked: set[int], groups: GroupLabels | None, notes: list[str]) -> None:
    """A form asks for the group and the role in its own words ('Which group do you belong to?', 'What is your role?'):
    the one column of the sheet's own whose every answer names one of the review's groups (`labelled`) or ticks several
    (`_ticked_groups`), a role's column too ('Your role' holding 'School staff'), else the one whose header asks for a
    group and some of whose answers name one (a form's 'Other' answer is the respondent's own words), is the group
    (`_group_columns`); then the one column left asking for a role ('What is your role?', 'I am a…') is the role. The
    import says so of each."""
    own = [index for index, column in enumerate(columns) if index not in asked and column not in TEMPLATE_COLUMNS]
    if groups and "group" not in columns:
        roles = [index for index, column in enumerate(columns) if column == "role" and index not in asked]
        found = _group_columns(table, own + roles, groups)
        if len(found) == 1:
            columns[found[0]] = "group"
            shown = _shown(table.header[found[0]])
            notes.append(f"{table.file}: the column '{shown}' holds the review's groups, so it was read as the group")
    if groups and "group" not in columns and "role" in columns and (said := _roles_some_a_group(table, columns, groups)):
        notes.append(said)
    if "role" not in columns:
        others = set(_other_words_of_group(table, columns, asked))  # the group's 'Other' words, though it asks who one is
        found = [
            index for index in own if columns[index] != "group" and index not in others and _asks_for_role(table.header[index])
        ]
        if len(found) == 1 and _answers_in(table, found[0]):
            columns[found[0]] = "role"
            shown = _shown(table.header[found[0]])
            notes.append(f"{table.file}: the column '{shown}' asks what each respondent speaks as, so it was read as the role")
            return
        filled = [index for index in own if columns[index] != "group" and _says_who_filled_it_in(table.header[index])]
        if len(filled) == 1 and _answers_in(table, filled[0]):
            columns[filled[0]] = "role"
            shown = _shown(table.header[filled[0]])
            notes.append(
                f"{table.file}: the column '{shown}' says who filled in each form (the person, a supporter, a family carer), "
                "so it was kept with each answer as the respondent's role"
            )


def _roles_some_a_group(table: Table, columns: list[str], groups: GroupLabels) -> str:
    """Where a sheet asks for no group, and some but not all of its role column's answers name one of the review's
    groups, the role stays the role (`_group_columns`: 'parent' or 'Head of year' may sound like a group), and the
    import names the answers that name none, with the command that makes each the team's word for a group (helper K2:
    a Nettskjema form's '2. Rolle / Role', 'Relative' beside 'Pårørende', read as no group without a word)."""
    index = columns.index("role")
    labels = {label: slug for slug, label in groups.labels}
    answers = list(dict.fromkeys(clean_text(value) for value in _answers_in(table, index)))
    none = [value for value in answers if len(labelled(value, labels)) != 1]
    if not none or len(none) == len(answers):
        return ""
    shown = ", ".join(f"'{_shown(value, 40)}'" for value in none)
    return (
        f"{table.file}: the column '{_shown(table.header[index])}' was read as the role, not the group: "
        f"{len(answers) - len(none)} of its answers name{'s' if len(answers) - len(none) == 1 else ''} one of the review's "
        f"groups, but {shown} name{'s' if len(none) == 1 else ''} none, so no answer of the file has a group; if "
        f"{'it is' if len(none) == 1 else 'they are'} the team's words for a group, declare {'it' if len(none) == 1 else 'each'} "
        f'(cmo domains alias --group SLUG "{_shown(none[0], 40)}") and import the file again: the column is then the group'
    )


def _says_who_filled_it_in(header: str) -> bool:
    """A column saying who filled in a form, as a team typing up paper forms heads it ('Who filled it in', 'Completed
    by', 'Form filled in by', 'Who wrote the answers?'): where the form asks for no role, whether the person answered
    alone or with a supporter, or a carer answered for them, is kept beside each answer as their role (trial CH: it was
    named as unread and the import exited 1)."""
    folded = fold(_header_words(header))
    done = r"(?:filled|filled in|filled out|completed|wrote|written|typed|answered)"
    what = r"(?: (?:it|this|the|form|questionnaire|sheet|answers?|in|out|up|for them))*"
    return bool(
        re.fullmatch(rf"who {done}{what}", folded)
        or re.fullmatch(rf"(?:(?:the )?(?:form|questionnaire|sheet|answers?) )?{done}(?: (?:in|out|up))? by(?: whom)?", folded)
    )


GROUP_IN_OWN_WORDS = "group_in_own_words"
"""A form's column for the respondent's own words where they chose 'Other' as their group (`_find_group_in_own_words`)."""


def _find_group_in_own_words(table: Table, columns: list[str], asked: set[int], notes: list[str]) -> None:
    """A form asks for the words of an 'Other' answer in a column of its own: JISC Online Surveys numbers it as a
    part of the group's question ('2.a. If you selected Other, please specify:' under '2. Which group…?', trial X),
    SurveyMonkey and Qualtrics head it with the group's question ('Which group…? - Other (please specify)', '… - Other
    - Text'), KoboToolbox and ODK name it after the group's question with 'other' after it ('group_other', for a
    question named 'group'). The one such column, a part of the group's question or beside it, gives the group in the respondent's
    words where they chose 'Other' (`_group_with_own_words`); the import says so."""
    if "group" not in columns:
        return
    group = columns.index("group")
    found = _other_words_of_group(table, columns, asked)
    if len(found) == 1:
        columns[found[0]] = GROUP_IN_OWN_WORDS
        if not _answers_in(table, found[0]):  # nothing written in it: nothing was read (trial AM)
            return
        notes.append(
            f"{table.file}: the column '{_shown(table.header[found[0]])}' gives the group in the respondent's words where "
            f"they chose 'Other' in '{_shown(table.header[group])}', so it was read as their group"
        )


def _other_words_of_group(table: Table, columns: list[str], asked: Collection[int]) -> list[int]:
    """The columns giving the words of an 'Other' answer to the group's question (`_find_group_in_own_words`): a part
    of it, beside it, or headed with its words; not another question's, nor the role's though it asks who one is
    (trial AJ: SurveyMonkey's 'Which group best describes you? - Other (please specify)' was read as the role)."""
    if "group" not in columns:
        return []
    group = columns.index("group")
    asked_in = fold(_header_words(table.header[group]))
    number = _question_number(table.header[group])
    return [
        index
        for index, header in enumerate(table.header)
        if index not in asked
        and index != group
        and columns[index] not in TEMPLATE_COLUMNS
        and (
            _is_its_other(header, table.header[group])
            or (
                _asks_for_other_words(header)
                and (
                    index == group + 1
                    or (number and (part := _question_number(header))[: len(number)] == number and len(part) > len(number))
                    or (asked_in and fold(_header_words(header)).startswith(asked_in))
                )
            )
        )
    ]


def _is_its_other(header: str, group: str) -> bool:
    """A column headed as the group's question with 'Other' added, and nothing else, wherever the tool adds it:
    KoboToolbox and ODK's 'group_other' for 'group', LimeSurvey's 'G01Q02[other]. Which group are you answering for?
    [Other]' for 'G01Q02. Which group are you answering for?' (in its 'code', 'text' or 'code & text' headings alike)."""
    return _asked_words(group) in _asked_without_other(_asked_words(header))


def _asked_words(header: str) -> tuple[str, ...]:
    """A header's words, folded and sorted, without the code LimeSurvey puts before its text ('G01Q02[other]. ')."""
    coded = r"^\s*[A-Za-z][A-Za-z0-9_]*(?:\[[^\]]*\])*\.\s+(?=\S)"
    return tuple(sorted(fold(_header_words(re.sub(coded, "", str(header)))).split()))


def _asked_without_other(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The words a question asks that this header asks with one or more 'other' added (`_is_its_other`): so a sheet's
    columns are matched to the question each is the 'Other' of by looking each up once, where comparing every pair
    took minutes for a sheet of thousands of columns (probe 44 BQ)."""
    found, left = [], list(words)
    while "other" in left:
        left.remove("other")
        if left:
            found.append(tuple(left))
    return found


def _asks_for_other_words(header: str) -> bool:
    """A question asking what a respondent who chose 'Other' meant: 'If you selected Other, please specify',
    'Other (please specify)', Qualtrics' 'Other - Text'."""
    folded = fold(_header_words(header))
    asks = r"\b(?:specify|specified|describe|say|state|tell us|write|text)\b"
    return bool(re.search(r"\bother\b", folded) and re.search(asks, folded))


def is_other_choice(group: str) -> bool:
    """A form's 'Other' choice as a group: 'Other', 'Other (please specify)', 'other'."""
    return bool(re.match(r"^other\b", fold(group)))


def _group_with_own_words(group: str, words: str) -> str:
    """The group a form's answer gives, its 'Other' choice ('Other', 'Other (please specify)', one of several ticked)
    replaced by the respondent's own words for it; a group chosen beside words given anyway keeps both, so neither is
    lost."""
    words = clean_text(words)
    if not words:
        return group
    choices = [choice.strip() for choice in re.split(r"[,;]", group) if choice.strip()]
    other = [choice for choice in choices if is_other_choice(choice)]
    if not choices or choices == other:
        return words
    if other:
        return ", ".join(words if choice == other[0] else choice for choice in choices if choice not in other[1:])
    return f"{group}, {words}"


def _group_columns(table: Table, candidates: list[int], groups: GroupLabels) -> list[int]:
    """The columns that may be the group, most sure first: those whose every answer names one of the review's groups
    (where several do, the ones asking for a group), else those asking for a group, or who the respondent is ('I am
    a…'), some of whose answers name one. A question asking for a role ('What is your role?') is the group only where
    every answer names one: its answers are otherwise roles ('parent', 'Head of year'), some of which sound like one."""
    labels = {label: slug for slug, label in groups.labels}
    ticked = groups.labels
    candidates = [index for index in candidates if not _asks_for_other_words(table.header[index])]  # its 'Other' words
    # nor the column giving another question's 'Other' words ('Q02[other]. … [Other]'), though what a respondent who
    # chose 'Other' wrote there names a group (trial BE: 'Practice manager' there made it the group, and every other
    # respondent's group, in 'Q02', was lost)
    asked = {_asked_words(table.header[index]) for index in candidates}
    candidates = [
        index
        for index in candidates
        if not any(words in asked for words in _asked_without_other(_asked_words(table.header[index])))
    ]
    named = {
        index: [len(labelled(value, labels)) == 1 or bool(_ticked_groups(value, ticked)) for value in _answers_in(table, index)]
        for index in candidates
    }
    found = [index for index in candidates if named[index] and all(named[index])]
    if len(found) > 1:
        found = [index for index in found if _asks_for_group(table.header[index])] or found
    asking = [index for index in candidates if named[index] and _asks_for_group(table.header[index])]
    # the one question asking for a group is the group, though every answer to it is 'Other' (trial X: the words
    # were then in a column of their own, `_find_group_in_own_words`)
    return found or [index for index in asking if any(named[index])] or (asking if len(asking) == 1 else [])


def _find_pseudonym_column(table: Table, columns: list[str], notes: list[str]) -> None:
    """A form asks for the pseudonym in its own words ('Please choose a made-up name (pseudonym) and use the same one
    in both rounds', 'Your nickname', trial R): where no column is named the pseudonym, the one column whose header asks
    for a pseudonym, a made-up name, a nickname or a code name, wherever in its words, and asks about no configuration,
    is the pseudonym. The import says so."""
    if "respondent" in columns:
        return
    found = [
        index
        for index, header in enumerate(table.header)
        if columns[index] not in TEMPLATE_COLUMNS and _asks_for_pseudonym(header) and _question(str(header)) is None
    ]
    if len(found) == 1:
        columns[found[0]] = "respondent"
        notes.append(f"{table.file}: the column '{_shown(table.header[found[0]])}' asks for a pseudonym, so it was read as one")
        return
    named = [index for index, header in enumerate(table.header) if columns[index] not in TEMPLATE_COLUMNS and _names_them(header)]
    if len(named) == 1 and _answers_in(table, named[0]):  # a form's 'Name' left blank names nobody (trial CH: Smart Survey)
        columns[named[0]] = "respondent"
        shown = _shown(table.header[named[0]])
        notes.append(f"{table.file}: the column '{shown}' names each respondent as they signed, so it was read as the pseudonym")


def _asks_for_pseudonym(header: str) -> bool:
    return bool(re.search(_PSEUDONYM_WORDS, fold(_header_words(header))))


_PSEUDONYM_WORDS = (
    r"\b(?:pseudonyms?|made up names?|nick ?names?|code ?names?|seudonimos?|pseudonimos?|pseudonymes?|pseudoniem(?:en)?)\b"
    r"|\bname (?:should|shall|can|could|may|do) (?:we|i) (?:use for|call) you\b"
    r"|\bwhat (?:should|shall|can|could|may|do) (?:we|i) call you\b"
)
"""A pseudonym asked for in English, Spanish, Portuguese, French, German or Dutch, wherever in a header's words; or the
name to call the respondent by, asked as a question ('What name should we use for you?', 'What should we call you?',
as a youth group's form asks it: trial E1 read three such answers as unnamed submissions)."""


def _names_them(header: str) -> bool:
    """A column naming the person who answered, as a team typing up paper forms heads it ('Name on form', 'Name as
    written', 'Respondent name'), where no column asks for a pseudonym: the name they gave is the one they are known by."""
    folded = fold(_REMARK.sub(" ", header))
    on = r"(?: (?:as )?(?:written |given |signed )?on (?:the |their )?(?:form|sheet|questionnaire|paper|response))"
    if folded in _NAME_IN_LANGUAGES:  # Microsoft Forms' signed-in 'Name' in a French, Spanish or Portuguese download
        return True
    return bool(re.fullmatch(rf"(?:(?:respondent|participant|responder)s? )?name(?:{on}| as (?:written|given|signed))?", folded))


_NAME_IN_LANGUAGES = frozenset({"nom", "nombre", "nome", "nom complet", "nombre completo", "nome completo"})


def _asks_for_group(header: str) -> bool:
    """A question asking which group the respondent is in: 'Which group are you in?', 'Your stakeholder group', or
    which kind of person they are ('I am a…', 'Which best describes you?')."""
    folded = fold(_header_words(header))
    return any(word.startswith(("group", "grupo", "grupp")) for word in folded.split()) or bool(re.search(_WHO_YOU_ARE, folded))


def _asks_for_role(header: str) -> bool:
    """A question asking what the respondent speaks as: 'What is your role?', 'Job title', 'In what capacity are you
    responding?', or which kind of person they are ('I am a…'), where the review's groups are asked for elsewhere."""
    folded = fold(_header_words(header))
    return bool(re.search(_ROLE_WORDS, folded) or re.search(_WHO_YOU_ARE, folded))


_WHO_YOU_ARE = (
    r"^(?:i am|i m)(?: an?)?\b|\bdescribes? (?:you|yourself)\b|\bwhich of (?:these|the following) are you\b"
    r"|^who are you\b|^(?:are you|you are) an?\b"  # Mentimeter's "Who are you?" slide (trial BG)
)
_ROLE_WORDS = (
    r"\b(?:roles?|job|job title|profession|occupation|capacity|speak(?:ing)? as"
    r"|rol|papel|funcao|funcion|fonction|rolle|profesion|profissao|ocupacion|ocupacao|cargo|beruf)\b"
)  # and as Spanish, Portuguese, French and German forms ask it (trial BX 5)


def _answers_in(table: Table, index: int) -> list[str]:
    return [cells[index] for _, cells in table.rows if index < len(cells) and cells[index].strip()]


# --- A form tool's layouts ------------------------------------------------------------------------------------

_QUESTION_FIRST = re.compile(r"^\s*\[?\s*(C[1-9][0-9]*|overall)\b\s*\]?(?:\s*[:.)\-–—]\s*|\s+)?(.*)$", re.I | re.S)
"""A question headed by the configuration it asks about, as a form's question is written: 'C3: … Does this
match your experience?', 'C3 - What is missing or wrong?', 'C3 What is missing or wrong?', or 'C3' alone."""


def _header_words(header: object) -> str:
    """A header's words without the number a form tool puts before its question, the one rule every header is read
    by: JISC Online Surveys numbers questions and their parts '1. ', '3.1. ', '3.a. ', '14.1.a. ', '9.b.iii.a. '; its
    coded download, Qualtrics and others 'Q3_1', 'Q14_1_a', 'Q3.', 'Q3)'; a part may be bracketed ('4(a)', '4.1(b)
    '). A number with no mark after it ('2 visits a week') or a decimal ('1.5 hours') is words."""
    text = str(header or "")
    return text[found.end() :] if (found := re.match(_QUESTION_NUMBER, text, re.I)) else text


def _question_number(header: object) -> tuple[str, ...]:
    """The parts of the number a form tool gives a header's question (`_QUESTION_NUMBER`), each as written, folded:
    '4.a.', 'Q4_a' and '4(a)' are ('4', 'a'), '9.b.iii.a.' is ('9', 'b', 'iii', 'a'); () for a header with none. A
    question's sub-questions are those whose number starts with its own and goes on ('4.a.' under '4.', '4.1.a.'
    under '4.1.')."""
    found = re.match(_QUESTION_NUMBER, str(header or ""), re.I)
    number = (found.group(1) or found.group(2) or "") if found else ""
    return tuple(re.findall(r"[0-9]+|[a-z]+", number.casefold()))


_PART = r"(?:\d{1,3}|[a-z]|[ivx]{1,5})"
_QUESTION_NUMBER = (
    r"^\s*(?:Q(\d+(?:_[0-9a-z]+)*)(?:\s*[.:)\-–—])?(?:\s+|$)"  # Q3, Q3_1, Q14_1_a, then a mark or a space
    rf"|(\d{{1,3}}(?:\.{_PART})*(?:\({_PART}\))*)(?:[.)]|(?<=\)))(?:\s+|$))"  # 3. 3.1. 3.a. 9.b.iii.a. 2) 4(a) 4.1(b).
)
"""Compiled at first use (`re`'s cache), as this module's newer patterns are: `feedback summary` imports it."""


def _asked_and_rows(header: str) -> list[tuple[str, str]]:
    """The ways a header may be read as a question and the row of a grid it asks about, the header whole first (no
    grid: ('', header)), then as each tool joins them: 'Question [Row]' (Google Forms), 'Question - Row' (Qualtrics,
    and SurveyMonkey's two header rows as `_one_header_of_two` joins them), 'Question: Row' (JISC Online Surveys), at
    each place such a join appears (a question may hold a colon: 'Round 2: Does this match?: C1: …')."""
    read = [("", header)]
    grid = re.match(r"^(.*?)\s*\[([^\]]+)\]\s*$", header, re.S)
    if grid:
        read.append((grid.group(1), grid.group(2)))
    read.extend((header[: join.start()], header[join.end() :]) for join in re.finditer(_JOIN, header) if join.start())
    return read


_JOIN = r"\s+[-–—]\s+|:\s+"


class _PackQuestions(HTMLParser):
    """The questions a consultation pack's templates ask, each with the field its answer is saved in: a text box by
    its label (`<label for=…>`), a set of choices (the rating) by its fieldset's legend, the details about the
    respondent by their `name`. Template code inside a question is no part of its words."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.asked: list[tuple[str, str]] = []
        self._legends: list[str] = []
        self._labels: dict[str, str] = {}
        self._boxes: dict[str, str] = {}
        self._words: list[str] | None = None
        self._label_for = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {key: value or "" for key, value in attrs}
        answer = named.get("data-field") or named.get("name", "")
        if tag == "fieldset":
            self._legends.append("")
        elif tag in ("legend", "label"):
            self._words, self._label_for = [], named.get("for", "") if tag == "label" else ""
        elif tag in ("input", "textarea", "select") and answer in TEMPLATE_COLUMNS:
            if named.get("type") in ("radio", "checkbox"):
                self.asked.append((self._legends[-1] if self._legends else "", answer))
            else:
                self._boxes[named.get("id", "")] = answer

    def handle_data(self, data: str) -> None:
        if self._words is not None:
            self._words.append(data)

    def handle_endtag(self, tag: str) -> None:
        words = " ".join("".join(self._words or []).split())
        if tag == "legend" and self._legends:
            self._legends[-1] = words
        elif tag == "label" and self._label_for:
            self._labels[self._label_for] = words
        elif tag == "fieldset" and self._legends:
            self._legends.pop()
        if tag in ("legend", "label"):
            self._words = None

    def questions(self) -> list[tuple[str, str]]:
        boxes = [(self._labels.get(box, ""), answer) for box, answer in self._boxes.items()]
        return [(words, answer) for words, answer in self.asked + boxes if words and "{" not in words]


@lru_cache(maxsize=1)
def _pack_questions() -> tuple[tuple[str, str], ...]:
    """(question, field) for every question a consultation pack asks, read from the pack's own templates: a form
    that copies the pack's words is read as the pack's answers are, whatever the pack comes to ask."""
    from importlib.resources import files

    found: list[tuple[str, str]] = []
    templates = files("cmo.outputs").joinpath("templates")
    for template in sorted(templates.iterdir(), key=lambda entry: entry.name):
        if template.name.startswith("pack") and template.name.endswith(".html.j2"):
            reader = _PackQuestions()
            reader.feed(template.read_text(encoding="utf-8"))
            reader.close()
            found.extend(reader.questions())
    return tuple(found)


@lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    """Every header read as one of the template's columns, folded -> the column: its names, the template's labels,
    `COLUMN_ALIASES`, and the questions the pack (`_pack_questions`) and the answer sheet (`SHEET_QUESTIONS`, the
    overall question) ask, each with or without its aside in brackets ('(a report, a paper, a web page)')."""
    phrases = {fold(name): name for name in TEMPLATE_COLUMNS}
    phrases.update({fold(label): name for name, label in TEMPLATE_LABELS.items()})
    phrases.update(COLUMN_ALIASES)
    asked = [*_pack_questions(), *((words, name) for name, words in SHEET_QUESTIONS.items())]
    for words, name in [*asked, (OVERALL_QUESTION, "missing"), (OVERALL_TITLE, "missing")]:
        for said in (fold(words), fold(re.sub(r"\([^()]*\)", " ", words))):
            if said:
                phrases.setdefault(said, name)
    return phrases


@lru_cache(maxsize=1)
def _answer_phrases() -> tuple[tuple[str, str], ...]:
    """The phrases naming an answer's columns (`_phrases`), longest first: a question ending in one asks it."""
    found = [(phrase, name) for phrase, name in _phrases().items() if name in ANSWER_FIELDS]
    return tuple(sorted(found, key=lambda pair: -len(pair[0])))


def _is_feedback_header(header: Sequence[str]) -> bool:
    """The row a feedback sheet's header is on: one naming the configuration column, or asking questions about
    configurations (Qualtrics puts its questions on the second row, under its own question ids); a row of answers
    naming a configuration ('C3') asks none, and a summary's 'Configuration, Agree count' holds no answers (trial N: a
    summary tab before the responses was read instead of them); or naming a configuration alone ('CMO 2.1 (C1)') beside
    the pseudonym's or group's column, as a paper form's typed-up sheet does, whose answers below may start with an id
    ('C3: fear was not our experience', trial AI: that row was taken for the header)."""
    if any(_DATE_TIME.match(str(cell).strip()) for cell in header):
        return False  # when an answer came in: a row of answers, whatever else its cells name (trial BS)
    named = {_column_name(name) for name in header}
    answers = {"respondent", "rating", *TEXT_FIELDS}
    return (
        ("configuration" in named and bool(named & answers))
        or _comment_log(header) is not None
        or bool(_tally_columns(header))
        or any(_asks_question(name) for name in header)
        or (bool(named & {"respondent", "group"}) and any(_question(name) for name in header))
    )


def _asks_question(name: str) -> bool:
    found = _question(name)
    return found is not None and bool(found[1].strip())


def _question(header: str, names: dict[str, str] | None = None) -> tuple[str, str] | None:
    """The configuration a column's question is about and the question asked, for a header naming one: by its id at
    the start of the header or of a grid's row (`_asked_and_rows`), else named anywhere in its words (`_named_once`:
    by its id, its table's number 'CMO 3.1' or its title, `names`: folded -> id)."""
    header = _header_words(header).replace("_", " ")  # a variable's name: REDCap's 'c1_rating', 'overall_missing'
    for asked, row in _asked_and_rows(header):
        if (found := _QUESTION_FIRST.match(row)) and not _ID_RANGE.match(row.strip(" \t[")):  # 'C3-C7: …' is a range
            configuration, asked = found.group(1), asked or found.group(2) or ""
            break
    else:
        if not (named := _named_once(header, names or {})):
            return None
        configuration, asked = named
    return (OVERALL if configuration.casefold() == OVERALL else configuration.upper()), asked


def _named_once(header: str, names: dict[str, str]) -> tuple[str, str] | None:
    """A header naming one configuration anywhere in its words rather than at the start of a grid's row: by its id,
    by its report's table number, by its title, or by several of them together ('Does this match? [CMO 3.1 (C1)
    Seeing the person]', 'CMO 3.1 (C1): What is missing?', 'What is missing or wrong about CMO 3.1 (C1)?', 'Comments
    on Seeing the person'). An id names it where one is given (two ids, two configurations: none is read); else the
    table numbers and titles (`names`) must name one, a title of a word or two only as a grid's row whole. The
    question is the words before the naming where they ask one, else those after it, without the naming itself or the
    word joining it to the question ('about', 'on', 'for'); or the question the naming stands in as its 'it' ('Anything
    else you want to tell us about CMO 2.5 (C28)?' is the pack's 'Anything else you want to tell us about it?', trial
    AB); a question asking for anything else about it asks for a comment on it."""
    folded = fold(header)
    chosen, spans = _namings(header, names)
    if len(chosen) != 1:
        return None
    [configuration] = chosen
    spans.sort()
    start, end = spans[0][0], max(stop for _, stop in spans)
    before, after = _question_words(folded[:start]), _question_words(folded[end:])
    it = _question_words(f"{folded[:start]}it{folded[end:]}")  # the pack's question with the naming for its 'it'
    asked = next((words for words in (before, after, it) if _answer_field(words)), None)
    if asked is None and re.match(_ANYTHING_ELSE, before):  # 'Anything else about CMO 2.5 (C28)?': words about it
        return configuration, it
    return configuration, after if asked is None else asked


def _namings(header: str, names: dict[str, str]) -> tuple[set[str], list[tuple[int, int]]]:
    """The configurations a header names (`_named_once`), and where in its folded words: its ids where it gives any,
    else its titles and table numbers (`names`); an id beside another configuration's exact title (not its number, which
    shifts from round to round) names both, so the column is said and not read (re-check RE: "CMO 1.1 (C5): <C11's
    title>" went to C5 unsaid). A title within a longer one named in the same words is part of that one, so a
    configuration's exact title names it, not another's title it contains ('Without seeing the resident they rely on the
    nurse's account' is C31's, though C1's 'They rely on the nurse's account' is in it: trial X)."""
    folded = fold(header)
    spans: list[tuple[int, int]] = []
    ids = set()
    for found in re.finditer(r"(?<![a-z0-9])c([1-9][0-9]*)(?![a-z0-9])", folded):
        ids.add(f"C{found.group(1)}")
        spans.append(found.span())
    titled: list[tuple[tuple[int, int], str]] = []
    whole = {fold(row) for _, row in _asked_and_rows(header)}  # a grid's row that is a short title is its title
    for name, configuration in names.items():
        if len(name.split()) >= 3 or (name and name in whole):  # a word or two may be any question's words
            titled.extend(
                (found.span(), configuration.upper())
                for found in re.finditer(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", folded)
            )
    within = {
        (span, named)
        for span, named in titled
        for (start, end), other in titled
        if start <= span[0] and span[1] <= end and end - start > span[1] - span[0]
    }
    by_name = {named for span, named in titled if (span, named) not in within}
    spans.extend(span for span, named in titled if (span, named) not in within)
    spans.extend(found.span() for found in re.finditer(_TABLE_NUMBER, folded))  # 'CMO 3.1' beside the id, named or not
    titled_other = {named for named in by_name - ids if _title_in(folded, named, names)}
    chosen = ids | titled_other if ids and titled_other else ids or by_name  # an id beside another's exact title: both
    return chosen | _in_ranges(header, names), sorted(spans)


def _numbered_otherwise(table: Table, wide: dict[int, tuple[str, str]], names: dict[str, str]) -> list[str]:
    """The columns whose header gives a configuration's id beside a table number its pack gave another ('CMO 1.5
    (C22)' where the pack numbered C22 'CMO 1.4': trial H0, read as C22 without a word). The id is read, as the stable
    name (a table number shifts from round to round); the mismatch is said once for each id and number, with its
    columns, so the team can check the form asked what they think it did."""
    by_id = {configuration.upper(): name for name, configuration in names.items() if re.fullmatch(_TABLE_NUMBER, name)}
    found: dict[tuple[str, str], list[str]] = {}
    for index, (configuration, _) in wide.items():
        folded = fold(_header_words(str(table.header[index])))
        ids = set(re.findall(r"(?<![a-z0-9])c([1-9][0-9]*)(?![a-z0-9])", folded))
        if configuration == OVERALL or ids != {configuration[1:]} or configuration not in by_id:
            continue
        for number in dict.fromkeys(m.group(0) for m in re.finditer(_TABLE_NUMBER, folded)):
            if number != by_id[configuration]:
                found.setdefault((configuration, number), []).append(_shown(str(table.header[index]), 60))
    return [
        f"{table.file}: the column{'s' if len(headers) > 1 else ''} {', '.join(repr(h) for h in headers)} "
        f"name{'' if len(headers) > 1 else 's'} {configuration} as '{_as_numbered(number)}', but the pack numbered "
        f"{configuration} '{_as_numbered(by_id[configuration])}'"
        f"{f' and {_as_numbered(number)} is {names[number]}' if names.get(number) else ''}; read as {configuration}, "
        "by its id: if the form meant the other, correct the form's header and import again"
        for (configuration, number), headers in found.items()
    ]


def _as_numbered(folded: str) -> str:
    """A folded table number ('cmo 1 4') as a pack writes it ('CMO 1.4')."""
    word, *parts = folded.split()
    return f"{word.upper() if word == 'cmo' else word.capitalize()} {'.'.join(parts)}"


def _title_in(folded: str, configuration: str, names: dict[str, str]) -> bool:
    """Whether a folded header holds a title (not a table number) of the configuration, as a whole run of words."""
    return any(
        configuration.upper() == named.upper()
        and not re.fullmatch(_TABLE_NUMBER, name)
        and len(name.split()) >= 3
        and re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", folded)
        for name, named in names.items()
    )


_RANGE_TO = r"\s*(?:-|–|—|to|through|until)\s*"
_ID_RANGE = re.compile(rf"(?<![A-Za-z0-9])C([1-9][0-9]*){_RANGE_TO}C?([1-9][0-9]*)(?![A-Za-z0-9.])", re.I)
_NUMBER_RANGE = re.compile(
    rf"(?<![A-Za-z0-9])(?:CMOs?|configurations?|findings?)\s*(\d+)\.(\d+){_RANGE_TO}(?:(?:CMO|configuration|finding)\s*)?"
    r"(\d+)\.(\d+)(?![0-9])",
    re.I,
)


def _in_ranges(header: str, names: dict[str, str]) -> set[str]:
    """The configurations a header names by a range: of ids ('C3-C7', 'C3 to C7': each id from the first to the last
    the review knows, `names`, or every one between where it names none) or of table numbers ('CMO 3.1-3.5': each
    configuration numbered from the first to the last). A range names every configuration in it, never its first
    alone (trial AQ: a comment headed '(CMO 3.1-3.5)' was given to CMO 3.1)."""
    known = {int(found[1:]) for found in names.values() if re.fullmatch(r"C[0-9]+", found, re.I)}
    named: set[str] = set()
    for found in _ID_RANGE.finditer(header):
        first, last = int(found.group(1)), int(found.group(2))
        if first < last <= first + MAX_RANGE:
            named.update(f"C{number}" for number in range(first, last + 1) if not known or number in known)
    numbered = {
        (int(m[1]), int(m[2])): configuration.upper()
        for name, configuration in names.items()
        if (m := re.fullmatch(r"cmo (\d+) (\d+)", name))
    }
    for found in _NUMBER_RANGE.finditer(header):
        first, last = (int(found.group(1)), int(found.group(2))), (int(found.group(3)), int(found.group(4)))
        named.update(configuration for number, configuration in numbered.items() if first <= number <= last)
    return named


MAX_RANGE = 200
"""The most configurations a range of ids may span ('C1-C40'): past it, the numbers are something else."""


_JOINING_WORDS = r"(?:about|on|for|regarding|re|of|to|with|in|concerning|the|this|finding|cmo|configuration)"


_TABLE_NUMBER = r"(?<![a-z0-9])(?:cmo|configuration|finding) \d+(?: \d+)*(?![a-z0-9])"
"""A table's number for a configuration ('CMO 3.1', folded 'cmo 3 1'): part of its naming, never of the question."""


def _question_words(text: str) -> str:
    """A header's words around a configuration's naming (folded), without the words joining them to it ('What is
    missing or wrong about' CMO 3.1, 'Comments on' C1)."""
    text = text.replace("_", " ").strip(" \t:;,.-–—()[]")
    while (shorter := re.sub(rf"(?:^|\s){_JOINING_WORDS}$", "", text).strip()) != text:
        text = shorter
    return text


def _answer_field(asked: str) -> str | None:
    """The template's column a question's answers belong in, by its wording ('… Does this match your
    experience?' is the rating; 'What is missing or wrong?' is missing, as is any question of a form's own about what
    is missing, left out or overlooked, `_MISSING_WORDS`: trial AU's Qualtrics form asked 'What would you change, or what
    is missing?' and was refused whole); None when the wording says none."""
    folded = fold(asked)
    found = next(
        (column for phrase, column in _answer_phrases() if folded == phrase or (" " in phrase and folded.endswith(" " + phrase))),
        None,
    )
    if found == "rating" or folded in _phrases():
        return found
    within = _questions_within(folded)
    if re.search(r"\bcomments?\b", folded) or (found and len(within | {found}) > 1):
        return "comment"  # comments in general, or two things asked at once ('Any comments, including who it does not hold for?')
    if not found and not within and (translated := _translated_questions(folded)):
        # a question of the form's own about what is missing ('What would you change, or what is missing?'), or the pack's
        # questions as a team translated them ('¿Para quién, o dónde, no se cumple?', trial CT): two asked at once, a comment
        return next(iter(translated)) if len(translated) == 1 else "comment"
    return found or (next(iter(within)) if len(within) == 1 else None)  # 'C8: What is missing or wrong? Say why.'


def _translated_questions(folded: str) -> set[str]:
    """The pack's questions a form's own words ask in the languages its other questions are read in (`_MISSING_WORDS`,
    `_NOT_HOLDING_WORDS`, `_READING_WORDS`), folded: what is missing (in English too, in the form's own words), for whom
    or where it does not hold, and what to read."""
    asked = {"missing": _MISSING_WORDS, "not_for_whom": _NOT_HOLDING_WORDS, "read": _READING_WORDS}
    return {column for column, words in asked.items() if re.search(words, folded)}


def _questions_within(folded: str) -> set[str]:
    """The template's columns whose question (`_answer_phrases`, of two words or more) a header's folded words ask
    anywhere in them, loosely: with the words a form puts around it ('What is missing or wrong in any of these? Please
    say which one.', Typeform, trial AR) and another word for its 'it' or 'does' ('For whom does this not hold?')."""
    return {column for pattern, column in _loose_phrases() if pattern.search(folded)}


@lru_cache(maxsize=1)
def _loose_phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    loose = {"it": r"(?:it|this|that|these|they|this finding|these findings)", "does": r"(?:does|do)"}
    phrases = [(phrase, column) for phrase, column in _answer_phrases() if " " in phrase]
    worded = ((" ".join(loose.get(word, re.escape(word)) for word in phrase.split()), column) for phrase, column in phrases)
    return tuple((re.compile(rf"(?<![a-z0-9]){words}(?![a-z0-9])"), column) for words, column in worded)


def _asks_a_pack_question(header: str) -> str | None:
    """The template's column a form's question naming no configuration asks about them all, where its words hold one
    of the pack's own questions for words ('What is missing or wrong in any of these?', 'For whom does this not
    hold?', 'Anything we should read?'), two of them a comment; a rating or 'anything else' is no such question."""
    within = _questions_within(fold(_header_words(header))) & {"missing", "not_for_whom", "read"}
    return (next(iter(within)) if len(within) == 1 else "comment") if within else None


def _wide_columns(table: Table, columns: list[str], reading: _Reading) -> dict[int, tuple[str, str]] | str | None:
    """A form tool's sheet, one row per respondent: each column asking about a configuration, as (configuration,
    the template's column its answers belong in), and a comment column asking about none as the answer about the
    whole set of findings (`OVERALL`), two asking one thing about them all both (`_asked_twice_about_them_all`); a
    sentence when the columns cannot be read so unambiguously (two asking one thing about one configuration); None for
    the template's layout (a configuration column naming configurations)."""
    asked = {index: found for index, name in enumerate(table.header) if (found := reading.titled(name))}
    scale = reading.scale
    if not asked or _names_configurations(table, columns):
        return None
    follow_ups = _follow_ups(table, asked)
    asked = dict(sorted({**asked, **follow_ups}.items()))
    about_all = {index: (OVERALL, name) for index, name in enumerate(columns) if name in TEXT_FIELDS and index not in asked}
    for answer, asks in (("missing", _asks_what_is_missing_overall), ("comment", _asks_for_anything_else)):
        about_all.update(
            {
                index: (OVERALL, answer)
                for index, header in enumerate(table.header)
                if index not in asked and index not in about_all and asks(header)
            }
        )
    about_all.update(
        {
            index: (OVERALL, answer)
            for index, header in enumerate(table.header)
            if index not in asked and index not in about_all and columns[index] not in PERSON_COLUMNS
            if not _namings(_header_words(header), reading.names)[0]  # about several: named, not read (`_naming_several`)
            if (answer := _asks_a_pack_question(header))
        }
    )
    about_all = dict(sorted(about_all.items()))  # two asking one thing about them all are kept in the form's order
    read: dict[int, tuple[str, str]] = {}
    seen: dict[tuple[str, str], int] = {}
    not_understood: list[tuple[int, int, str]] = []
    unworded = [index for index, (configuration, question) in asked.items() if not _answer_field(question)]
    all_ratings = len(unworded) > 1 and _holds_ratings(table, unworded, scale)  # a grid: 'Yes' in one, 'Partly' in another
    rated_in_words = {configuration for configuration, question in asked.values() if _answer_field(question) == "rating"}
    for index, (configuration, question) in {**asked, **about_all}.items():
        given = scale or _scale_asked(table.header[index])
        rates = all_ratings and index in unworded or _holds_ratings(table, [index], given)
        if index in unworded and rates and configuration in rated_in_words:
            continue  # a grid's other row ('… [Would it work for people like you?]'): the form's own question, named unread
        column = _answer_field(question) or ("rating" if rates else None)
        column = column or ("comment" if re.match(_ANYTHING_ELSE, question) else None)  # anything else about it
        column = column or ("missing" if configuration == OVERALL else None)  # the pack's question about them all
        column = column or ("comment" if index in follow_ups else None)  # '4.a. Please explain': words about it
        if column is None and (numbers := _numbers_alone(table, index)):
            return numbers
        if column is None and (unread := _ratings_unread(table, index)):
            not_understood.extend(unread)
            continue
        if column is None:
            return f"cmo cannot tell which answer the column '{_shown(table.header[index])}' holds"
        if (configuration, column) in seen and configuration != OVERALL:  # about them all, both are kept (`_wide_rows`)
            both = _two_headers(table.header[seen[configuration, column]], table.header[index])
            return f"the columns {both} both seem to hold {configuration}'s {column}"
        seen.setdefault((configuration, column), index)
        read[index] = (configuration, column)
    return _ratings_not_understood(table, not_understood) if not_understood else read


def _follow_ups(table: Table, asked: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """A form's sub-question naming no configuration asks about the one its question names: JISC Online Surveys
    numbers the follow-up under each question '4.a. What is missing or wrong?' under '4. CMO 2.1 (C1) …: Does this
    match your experience?' (trial X), a coded download 'Q4_a' under 'Q4', others '4(a)'. Its question is the one
    whose number is the longest start of its own (`_question_number`: '4.1.' before '4.' for '4.1.a.'), where that
    question names one configuration; the sub-question's own words say which answer it holds."""
    numbered: dict[tuple[str, ...], str] = {}
    for index, (configuration, _) in asked.items():
        if number := _question_number(table.header[index]):
            numbered[number] = configuration if numbered.get(number, configuration) == configuration else ""
    found = {}
    for index, header in enumerate(table.header):
        number = _question_number(header)
        if index in asked or len(number) < 2:
            continue
        parents = [numbered[number[:end]] for end in range(len(number) - 1, 0, -1) if number[:end] in numbered]
        if parents and parents[0] and parents[0] != OVERALL:
            found[index] = (parents[0], fold(_header_words(header)))
    return found


class _Advice(str):
    """Why a form's columns cannot be read, and what to give so they are: said alone, not as a layout to retype."""


def _numbers_alone(table: Table, index: int) -> _Advice | None:
    """A form's question answered by numbers alone ('4': a linear scale, Google Forms, trial S): ratings, which lean
    either way as the form numbered its scale, so the scale is asked for (`--scale`), not the answers retyped."""
    answers = [(number, cells[index].strip()) for number, cells in table.rows if index < len(cells) and cells[index].strip()]
    numbers = [_number_given(value) for _, value in answers]
    if not answers or None in numbers:
        return None
    row, value = answers[0]
    top = max(numbers)
    if top > MAX_POINTS:  # past a rating scale's points: a slider, whose ends its answers do not show
        give = (
            f"which lean either way as the form set its slider, and run past a rating scale's {MAX_POINTS} points: import "
            f"it again giving the slider's ends from its disagree end, {_scale_example(top)}"
        )
    else:
        give = (
            "which lean either way as the form numbered its scale: import it again giving the scale from its disagree end, "
            f"--scale 1-{max(int(top), 5)} when 1 is 'strongly disagree'"
        )
    shown = _shown(table.header[index])
    return _Advice(f"{table.file} row {row}: the column '{shown}' holds ratings as numbers alone ('{value}'), {give}")


def _ratings_unread(table: Table, index: int) -> list[tuple[int, int, str]]:
    """A form's question answered by a choice of words some of which are on no agreement scale cmo reads ('D'accordo',
    'Kinda'): each such answer as (row, column, its words), for `_ratings_not_understood`. Its answers are a rating's
    where each is a few words and the question asks how far one agrees, or some of them are ratings."""
    answers = [(number, cells[index].strip()) for number, cells in table.rows if index < len(cells) and cells[index].strip()]
    if not answers or any(len(value.split()) > _CHOICE_WORDS or re.search(r"[.!?]\s", value) for _, value in answers):
        return []
    unread = [(number, index, value) for number, value in answers if not _on_agreement_scale(_scale_words(value))]
    if len(unread) == len(answers) and not re.search(_ASKS_AGREEMENT, fold(_header_words(table.header[index]))):
        return []
    return unread


def _ratings_not_understood(table: Table, unread: list[tuple[int, int, str]]) -> _Advice:
    """Ratings whose words were not understood, each named by row and column with its words: said alone, not as a
    layout to retype (trial AF: a SurveyMonkey download rated in French was refused as 'one row per respondent')."""
    unread.sort()
    named = [f"row {row}, column '{_shown(table.header[index])}': '{_shown(value, 40)}'" for row, index, value in unread[:5]]
    more = f" (and {len(unread) - 5} more)" if len(unread) > 5 else ""
    return _Advice(
        f"{table.file}: {'a rating was' if len(unread) == 1 else 'ratings were'} not understood, {'; '.join(named)}{more}: "
        f"cmo reads agree, partly, disagree and {SCALES_READ}; write each such rating as one of them in the file and "
        "import it again"
    )


_CHOICE_WORDS = 8
"""At most the words of one choice on a form's scale ('Ni d'accord ni pas d'accord' is seven)."""
_ASKS_AGREEMENT = (
    r"\b(?:agree|disagree|agreement|rate|rating|d accord|de acuerdo|zustimm\w*|stimmen sie|concorda\w*|mee eens)\b"
    r"|\bto what extent\b|\bhow far\b|\bmatch(?:es)? your experience\b"
)
"""A question asking how far one agrees, in the languages whose scales are read (`_AGREEMENT_SCALES`)."""


def _asked_twice_about_them_all(table: Table, read: dict[int, tuple[str, str]]) -> list[str]:
    """A form asking one question about the findings overall twice ('Is anything missing overall?' in two sections,
    'Any other comments?' and 'Anything else you would like to tell us?'): each respondent's answers to both are kept,
    one after the other, as their answer about the findings overall, and the import says which columns."""
    asked: dict[str, list[int]] = {}
    for index, (configuration, column) in read.items():
        if configuration == OVERALL:
            asked.setdefault(column, []).append(index)
    return [
        f"{table.file}: the columns {' and '.join(_column_shown(table, i) for i in indexes)} both ask about the findings "
        f"overall ('{TEMPLATE_LABELS.get(column, column)}'), so each respondent's answers to them are kept, one after the "
        "other in the order of the columns, as their answer about the findings overall"
        for column, indexes in asked.items()
        if len(indexes) > 1
    ]


def _column_shown(table: Table, index: int) -> str:
    """A column by its header and, where another column's header reads the same, its letter as a spreadsheet shows
    it ('L', 'AB'), so a message can tell them apart."""
    shown = _shown(table.header[index])
    if sum(_shown(name) == shown for name in table.header) < 2:
        return f"'{shown}'"
    letters, number = "", index + 1
    while number:
        number, left = divmod(number - 1, 26)
        letters = chr(ord("A") + left) + letters
    return f"{letters} ('{shown}')"


def _asks_for_anything_else(header: str) -> bool:
    """A form's question asking for anything else the respondent would say, naming no configuration: the answer
    sheet's own 'Anything else.' and any question opening as it does or as a request for other comments ('Anything
    else you would like to tell us?', 'Is there anything else you would like to add?', 'Any further comments?'). Its
    answers are the comment about the findings overall."""
    return bool(re.match(_ANYTHING_ELSE, fold(_header_words(header))))


_ANYTHING_ELSE = (
    r"(?:is there |are there |do you have )?(?:anything|something) else\b"
    r"|(?:do you have |are there )?(?:any )?(?:other|further|more|final|additional|last|general|overall)"
    r" (?:comments?|thoughts|remarks|feedback)\b"
    r"|(?:general |other |overall )?comments?(?: (?:on|about|for))? (?:any|all|every)(?: of the)? (?:findings?|configurations?)$"
    # the same in French, German, Spanish and Portuguese ('Autres commentaires ?', 'Weitere Anmerkungen',
    # '¿Otros comentarios?', 'Comentários adicionais'), as COLUMN_ALIASES reads a form's other columns in them
    r"|(?:avez vous )?(?:d )?autres? (?:commentaires?|remarques?|observations?)\b"
    r"|(?:y a t il |avez vous )?(?:quelque chose d autre|autre chose)\b"
    r"|(?:commentaires?|remarques?|observations?) (?:supplementaires?|generaux|generales?|finaux|finales?|libres?)\b"
    r"|(?:haben sie )?(?:noch )?(?:weitere|sonstige|andere|zusatzliche|allgemeine|abschliessende) "
    r"(?:kommentare?|anmerkungen|bemerkungen|hinweise)\b"
    r"|(?:tiene |tienes )?(?:algun |algunos? |alguna )?(?:otros?|otras?) (?:comentarios?|observaciones|sugerencias)\b"
    r"|(?:comentarios?|observaciones) (?:adicionales|generales|finales)\b"
    r"|(?:algo mas|mais alguma coisa)\b"
    r"|(?:outros?|outras?) (?:comentarios?|observacoes)\b|(?:comentarios?|observacoes) (?:adicionais|gerais|finais)\b"
)
"""A question for anything else, or a column for comments on any of the findings ('Comments (any finding)', a paper
form's typed-up sheet), or for other comments, asked or not ('Any other comments?', 'Other comments', 'General
comments': trial BM's form named its 'Other comments' column and read none of it), folded."""


def _asks_what_is_missing_overall(header: str) -> bool:
    """A form's question asking what the findings leave out, about them all rather than one configuration (it names
    none): the pack's own 'Is anything missing?', or any question about what is missing (left out, a gap) 'overall',
    'in general', 'as a whole', 'across the findings', 'from all the findings' ('Is anything missing overall?', trial
    Q). Its answers are the answer about the findings overall, as the pack's last question's are."""
    folded = fold(_header_words(header))
    if not re.search(_MISSING_WORDS, folded):
        return False
    return bool(re.search(_ABOUT_THEM_ALL, folded) or re.fullmatch(_ONLY_WHAT_IS_MISSING, folded))


_MISSING_WORDS = (
    r"\b(?:missing|left out|overlooked|omitted|gaps?"
    r"|manque(?:nt)?|manquant(?:e|s|es)?|oublie(?:e|s|es)?|falta(?:n|ndo)?|faltante?s?|fehlt|fehlen|luecken?)\b"
)
"""What is missing, in the languages a form's questions are read in (`_LANGUAGE_WORDS`: French 'Qu'est-ce qui manque ?',
Spanish and Portuguese 'Qué falta?', 'O que está faltando?', German 'Was fehlt?'; trial CC 6: a LimeSurvey form exported
in French was refused whole, its 'missing' question unread)."""
_NOT_HOLDING_WORDS = (
    r"\b(?:(?:para )?(?:quien|quienes|donde|que (?:personas|pacientes|casos|contextos))\b.*\bno\b"
    r"|(?:para )?(?:quem|onde|que (?:pessoas|pacientes|casos|contextos))\b.*\bnao\b"
    r"|pour qui\b.*\b(?:ne|n)\b.*\bpas\b|dans quels? (?:cas|contextes?)\b.*\bpas\b"
    r"|(?:fur wen|wo|bei wem|in welchen (?:fallen|kontexten))\b.*\bnicht\b)"
)
"""For whom, or where, a finding does not hold, as the pack asks it, in Spanish, Portuguese, French and German ('¿Para
quién, o dónde, no se cumple?', 'Para quem, ou onde, isso não se aplica?', 'Pour qui cela ne tient-il pas ?', 'Für wen
oder wo gilt das nicht?'), folded: a person or place asked about, then a denial (trial CT: a Colombian team's Google
Form asked the pack's questions in Spanish and the whole download was refused)."""
_READING_WORDS = r"\b(?:leer|lectura|lecturas|ler|leitura|leituras|lire|lecture|lectures|lesen|lekture)\b"
"""Anything the team should read, as the pack asks it, in Spanish, Portuguese, French and German ('¿Hay algo que
deberíamos leer?', 'Há algo que devemos ler?', 'Y a-t-il quelque chose que nous devrions lire ?', 'Sollten wir etwas
lesen?'), folded."""
_ABOUT_THEM_ALL = (
    r"\b(?:overall|in general|generally|as a whole|on the whole|altogether|whole|across|none of the"
    r"|dans l ensemble|dans leur ensemble|en general|no geral|em geral|no conjunto|en conjunto|insgesamt|im allgemeinen"
    r"|(?:from|in|of) (?:all )?(?:the |these |our )?(?:findings|configurations|statements|results|programme theory|pack))\b"
)
_ONLY_WHAT_IS_MISSING = (
    r"(?:is |was )?(?:there )?(?:anything|something|what)(?: else)?(?: is| s)? (?:missing|left out)"
    r"|(?:are |were )?(?:there )?(?:which|what|any) (?:other |more )?(?:findings|configurations|mechanisms|explanations|themes)"
    r"(?: if any)?(?: are| were| is)? (?:missing|left out)"
)
"""A question asking only what is missing ("Is anything missing?"), or which findings are (trial BI: Google Forms'
"Which findings are missing?" checkbox question was named and not read)."""


def _names_configurations(table: Table, columns: list[str]) -> bool:
    if "configuration" not in columns:
        return False
    index = columns.index("configuration")
    return any(index < len(cells) and _question(cells[index]) for _, cells in table.rows)


def _read_in_two_languages(columns: list[str], header: Sequence[object], own: Collection[int]) -> list[str]:
    """A form written in two languages heads every question with both, parted by ' / ' (Nettskjema, University of
    Oslo: '1. Navn / Name', '2. Rolle / Role', '3. Hvilket funn? / Which finding'): where every question of the sheet
    is so headed (the tool's own columns, '$created', aside), a header that names no column as a whole is read by
    the half that names one, where only one half does, or both the same ('Rôle / Role'). A question asking about a
    configuration is left to `_wide_columns`, which reads its words whole. One header with a ' / ' among questions
    that have none ('Name / organisation') asks two things, and is read as before."""
    known = set(_phrases().values())
    asked = [i for i, h in enumerate(header) if i not in own and str(h or "").strip() and not _is_form_metadata(str(h))]
    if len(asked) < 2 or not all(len(_BILINGUAL.split(str(header[i]).strip())) == 2 for i in asked):
        return columns
    read = list(columns)
    for index in asked:
        if read[index] in known or _question(str(header[index])) is not None:
            continue
        halves = {_column_name(half) for half in _BILINGUAL.split(str(header[index]).strip())} & known
        if len(halves) == 1:
            read[index] = halves.pop()
    return read


def _account_names_apart(columns: list[str], header: list[str]) -> list[str]:
    """A 'Name' column is the respondent only where nothing else is: a form asking for a pseudonym has its own
    question, and a form that records who signed in (Microsoft Forms: 'Email', 'Name') fills 'Name' from their
    account, which the pack promises is not needed. Such a column is left unread, and so named."""
    named = [index for index, column in enumerate(columns) if column == "respondent" and fold(str(header[index])) == "name"]
    asks = any(column == "respondent" and index not in named for index, column in enumerate(columns))
    if named and (asks or "email" in columns):
        return ["account_name" if index in named else column for index, column in enumerate(columns)]
    return columns


def _wide_rows(
    table: Table, columns: list[str], asked: dict[int, tuple[str, str]], timed: dict[int, tuple[str, ...]], notes: list[str]
) -> list[_Row]:
    """Each respondent's answers to each configuration, as the template's rows: the respondent's columns (pseudonym,
    group, role) and when they answered shared by all of them. Each row is one submission, so one given no pseudonym,
    or a placeholder ('Anonymous'), is a respondent of its own, named by its row, and said."""
    rows, unnamed, first = [], [], ""
    scales = {c: _scale_asked(table.header[index]) for index, (c, column) in asked.items() if column == "rating"}
    for number, cells in table.rows:
        person = _cells_of(columns, cells, PERSON_COLUMNS)
        if words := _cells_of(columns, cells, (GROUP_IN_OWN_WORDS,)).get(GROUP_IN_OWN_WORDS, ""):
            person["group"] = _group_with_own_words(str(person.get("group") or ""), str(words))
        line = table.row_named(number)
        given = clean_text(str(person.get("respondent") or ""))
        when = _when(table, cells, timed)
        if fold(given) in PLACEHOLDER_NAMES:
            person["respondent"] = first = unnamed_submission(given, line, table.part_of or table.file, when)
            unnamed.append(line)
        answers: dict[str, dict[str, object]] = {}
        for index, (configuration, column) in asked.items():
            answer = answers.setdefault(configuration, {"configuration": configuration})
            cell = cells[index] if index < len(cells) else ""
            if column in answer:  # a question about them all asked twice (`_asked_twice_about_them_all`): both kept
                cell = "\n\n".join(said for said in (str(answer[column]).strip(), cell.strip()) if said)
            answer[column] = cell
        rows.extend(
            _Row(
                table.part_of or table.file,
                f"{table.part_of or table.file} {line} ({c})",
                {**person, **a},
                line=line,
                when=when,
                form=True,
                scale=scales.get(c),
            )
            for c, a in answers.items()
        )
    if unnamed and any(_answered(row) for row in rows):
        asked_for = "gives no pseudonym or a placeholder" if "respondent" in columns else "asks for no pseudonym"
        notes.append(
            f"{table.part_of or table.file} {_places(unnamed)}: the form {asked_for}, so each submission is a respondent of "
            f"its own, named by its row and when it was sent, or else its file ('{first}'): one person who sent it twice "
            "counts twice"
        )
    return rows


def unnamed_submission(given: str, line: str, file: str, when: _When | None) -> str:
    """A submission with no pseudonym, named by what identifies it: its row and when the form says it was sent, which a
    later download of the same form gives again (so it counts once), while another form's row of that number was sent
    at another time (trial LB: two forms' unnamed row 8, one for clinicians and one for people with lived experience,
    were both 'Anonymous (row 8)', and the later file's answers replaced the earlier's); a form giving no time names
    it by its file and row, as a log of comments does."""
    if when is not None:
        return f"{given or 'Anonymous'} ({line}, sent {' '.join(when.text.split())})"
    return f"{given or 'Anonymous'} ({_shown(Path(file).name, 60)} {line})"


PLACEHOLDER_NAMES = frozenset(
    {"", "anonymous", "anon", "anonymous respondent", "n a", "na", "none", "no name", "prefer not to say"}
    | {"anonyme", "anonimo", "anonima", "anonym", "anoniem", "sans nom", "sin nombre", "sem nome", "kein name", "geen naam"}
)
"""What people type where a form asks for a pseudonym they have not chosen: not a person, so never one respondent; in
each language cmo reads a form in (a French form's 'Anonyme', trial CC: two respondents who typed it were one, the
later's answers replacing the earlier's)."""


def _layout_problem(table: Table, reason: str = "") -> str:
    """A form's sheet whose columns cannot all be placed (`reason`: which one, read as a form's sheet all the same, so
    never 'cmo reads one row per answer', trial AI), or whose questions name no configuration."""
    where = f"{table.file} row {table.header_row}: the sheet has one row per respondent and a column per configuration"
    where += " or question"
    if reason:
        return (
            f"{where}, as a form tool exports it, and {reason}: head each with the configuration's id and the question its "
            "answers are to ('C3: What is missing or wrong?', 'C3: Comments'), or write the template's layout (one row per "
            "answer) with 'cmo feedback template -o answers.xlsx', copy the answers into it and import that"
        )
    return (
        f"{where}, as a form tool exports it, but its questions name no configuration, so cmo reads one row per answer "
        "(respondent, configuration, rating, comment): write that layout with 'cmo feedback template -o answers.xlsx', "
        "copy the answers into it and import that, or head each question with its configuration's id ('C3: …')"
    )


def _has_repeated_questions(table: Table) -> bool:
    """Columns asking one question again and again (one per configuration): a form's layout."""
    phrases = dict(_answer_phrases())
    asked = [_answer_field(name) for name in table.header if fold(name) not in phrases]
    return any(asked.count(column) > 1 for column in ANSWER_FIELDS)


def _find_rating_column(table: Table, columns: list[str], notes: list[str], scale: Scale | None = None) -> None:
    """A form names the rating column by its question ('How far do you agree?'): the one column of the team's own
    holding only agreement answers is the rating, and the import says so."""
    found = _rating_candidates(table, columns, scale)
    if len(found) == 1:
        columns[found[0]] = "rating"
        shown = _shown(table.header[found[0]])
        notes.append(f"{table.file}: the column '{shown}' holds agree/disagree answers, so it was read as the rating")


def _rating_hint(table: Table, columns: list[str]) -> str:
    found = [f"'{_shown(table.header[index])}'" for index in _rating_candidates(table, columns)]
    if not found:
        return _numbers_hint(table, columns)
    return f"; {' and '.join(found)} hold agree/disagree answers: name the one with the ratings 'rating'"


def _numbers_hint(table: Table, columns: list[str]) -> str:
    """A column of agreement answers where some are a scale's number alone ('2'): which way a number leans depends on
    how the form numbered its scale, which the file does not say, so it is named rather than read."""
    for index, name in enumerate(columns):
        if name in TEMPLATE_COLUMNS:
            continue
        answers = [(number, fold(cells[index])) for number, cells in table.rows if index < len(cells) and cells[index].strip()]
        bare = [(number, value) for number, value in answers if _number_given(value) is not None]
        worded = [value for _, value in answers if _number_given(value) is None]
        if bare and worded and all(_on_agreement_scale(_scale_words(value)) for value in worded):
            row, value = bare[0]
            return (
                f"; '{_shown(table.header[index])}' holds agreement answers, but row {row} rates '{value}', a number "
                "alone, which leans either way as the form numbered its scale: give the scale from its disagree end "
                "(--scale 1-5 when 1 is 'strongly disagree'), or each answer its words as the form labels them ('4 - Agree')"
            )
    return ""


def _rating_candidates(table: Table, columns: list[str], scale: Scale | None = None) -> list[int]:
    return [index for index, name in enumerate(columns) if name not in TEMPLATE_COLUMNS and _holds_ratings(table, [index], scale)]


def _holds_ratings(table: Table, indexes: list[int], scale: Scale | None = None) -> bool:
    """Every answer in the columns is on an agreement scale, and some say which one: agreement ('Somewhat agree') or
    the pack's 'Partly' ('Yes' and 'No' alone answer any question); or, with the scale the team gave, every answer
    is a number on it."""
    written = [cells[i] for _, cells in table.rows for i in indexes if i < len(cells) and cells[i]]
    if not written:
        return False
    numbers = [_number_given(value) for value in written]
    if scale is not None and all(number is not None and scale.holds(number) for number in numbers):
        return True
    values = [_scale_words(value) for value in written]
    if _three_faces(values):  # an easy-read form's faces, an 'n/a' where none was ticked
        return all(_on_agreement_scale(value) or value in SAYS_NOTHING for value in values)
    return all(map(_on_agreement_scale, values)) and any(map(_says_agreement, values))


_SCALES_MIDDLE = frozenset({"not sure", "unsure", "neither", "neutral", "undecided"})
"""The middle of a three-point agreement scale as an easy-read form words it, between 'Yes' and 'No' (its faces: 😊 yes,
😐 not sure, ☹ no); "don't know" answers a question of fact as well, so it says no scale."""


def _three_faces(values: list[str]) -> bool:
    """Whether answers (folded, `_scale_words`) use all three points of an easy-read form's scale, 'Yes', 'Not sure' and
    'No', as an administrator types the faces ticked on paper: together they rate, as 'Partly' beside them does, where
    'Yes' and 'No' alone answer any question. Trial CH: a sheet typed up from easy-read forms was refused whole."""
    said = {RATINGS.get(value) or ("middle" if _in_own_words(value) in _SCALES_MIDDLE else None) for value in values}
    return {"agree", "disagree", "middle"} <= said


def _scale_words(text: str) -> str:
    """A rating's words, folded, without the number a numbered scale puts before or after them ("4 - Agree", "Agree
    (4)", "5 = Strongly agree", as Qualtrics, REDCap and SurveyMonkey label points): the words say which way it leans
    whatever the scale's numbering, which runs either way."""
    halves = _BILINGUAL.split(text.strip())
    if len(halves) == 2 and (said := _said_both_ways(*halves)):
        return said
    folded = fold(text)
    return _SCALE_NUMBER.sub("", folded) if _SCALE_NUMBER.search(folded) and not folded.isdigit() else folded


_SCALE_NUMBER = re.compile(r"^\d{1,2} (?=\D)|(?<=\D) \d{1,2}$")
_BILINGUAL = re.compile(r"\s+/\s+")
"""Between a choice's label in one language and in another, as a form built in two languages labels each choice ('Oui /
Yes', 'En partie / Partly', 'Je ne sais pas / Don't know')."""


def _said_both_ways(first: str, second: str) -> str:
    """A choice labelled in two languages (`_BILINGUAL`) whose two labels lean the same way (both agree, both no rating):
    the label to read it by, the one cmo reads as written where one is (trial CP: KoboToolbox's 'Oui / Yes' refused as
    no rating); '' where they lean differently or either leans no way cmo reads, so the whole is judged as written."""
    halves = [_scale_words(first), _scale_words(second)]
    leanings = [None if not h else "none" if _in_own_words(h) in NO_RATING else _scale_reading(h)[0] for h in halves]
    if None in leanings or leanings[0] != leanings[1]:
        return ""
    return next((h for h in halves if h in RATINGS or _in_own_words(h) in NO_RATING), halves[0])


def _on_agreement_scale(folded: str) -> bool:
    return _scale_reading(folded)[0] is not None


def _shown(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def _two_headers(first: str, second: str, limit: int = 60) -> str:
    """Two columns' headers as a sentence names them, each cut short (`_shown`), but from where they differ where their
    starts are alike: a grid's rows share the question's words and differ only at the end ('… [Is this important to
    people like you?]'), and trial E0's refusal named "'C1: Clinicians see less…' and 'C1: Clinicians see less…'"."""
    a, b = " ".join(first.split()), " ".join(second.split())
    if _shown(a, limit) != _shown(b, limit):
        return f"'{_shown(a, limit)}' and '{_shown(b, limit)}'"
    common = len(os.path.commonprefix([a, b]))
    start = a.rfind(" ", 0, max(0, min(common, len(a), len(b)) - limit // 3)) + 1  # from a word's start
    return f"'…{_shown(a[start:], limit)}' and '…{_shown(b[start:], limit)}'"


SAYS_NOTHING = frozenset({"n a", "na", "not applicable", "none", "nil", "nothing", "no comment", "no comments"})
"""What a written answer holds, folded, to say there is nothing to write ('n/a', 'N/A', 'None.', 'No comment'): as a
blank cell, no answer (`_nothing_written`)."""


def says_nothing(text: str) -> bool:
    """Words that say there is nothing to write (`SAYS_NOTHING`), or marks with no letter or digit at all ('-', '—',
    '.'). Folding keeps Latin letters only, so an answer in Urdu or Chinese folds to nothing too: it is judged by its
    own characters, never blanked (re-check 44: 'اپنی زبان میں بات کرنا سب سے اہم ہے' was read as a blank cell)."""
    folded = fold(text)
    return folded in SAYS_NOTHING if folded else not any(character.isalnum() for character in text)


def _nothing_written(rows: list[_Row], notes: list[str]) -> list[_Row]:
    """A written answer (what is missing, for whom it does not hold, what to read, a comment) that only says there is
    nothing to write ('n/a', as an administrator types the paper form's unanswered boxes) is a blank cell, so it is
    never shown, counted or quoted as the respondent's words; said once for each file and what it held, with its rows.
    Trial BM: 'Missing or wrong: n/a; Does not hold for: n/a' was listed as two answers of one respondent.
    A rating cell that says so ('n/a' typed in a paper form's unticked agree box) is no rating either: the answer has
    none, and a row with nothing else is no answer (trial CX: an administrator's 'n/a' was counted as an answer to C12,
    without a rating, unsaid)."""
    blanked: dict[tuple[str, str], list[str]] = {}
    unrated: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        for key in TEXT_FIELDS:
            value = row.values.get(key)
            if isinstance(value, str) and value.strip() and says_nothing(value):
                row.values[key] = ""
                blanked.setdefault((row.file, value.strip()), []).append(row.place)
        rating = row.values.get("rating")
        if isinstance(rating, str) and rating.strip() and fold(rating) in SAYS_NOTHING:
            row.values["rating"] = ""
            unrated.setdefault((row.file, rating.strip()), []).append(row.place)
    notes.extend(
        f"{file} {_places(places)}: '{text}' written as an answer says there is nothing to write, so it was read as a blank cell"
        for (file, text), places in blanked.items()
    )
    notes.extend(
        f"{file} {_places(places)}: '{text}' given as the rating says none was given, so it was read as no rating (an "
        "answer with nothing else written is none)"
        for (file, text), places in unrated.items()
    )
    return rows


def _dates_alone(rows: list[_Row], notes: list[str]) -> None:
    """A written answer that is a date alone ('2026-03-05', as a workbook's date cell is read, or '05/03/2026', as a CSV
    Excel saved writes one) is what a spreadsheet makes of a respondent's '3/5' or '5-3' (a score, a range): kept as
    read, since what was typed cannot be told, and said with its rows (exit 1), so the team can ask. A date within
    words ('met on 5 March') is the respondent's own."""
    dated: dict[tuple[str, str, str], list[str]] = {}
    for row in rows:
        for key in TEXT_FIELDS:
            value = row.values.get(key)
            if isinstance(value, str) and _DATE_ALONE_WRITTEN.fullmatch(value.strip()):
                dated.setdefault((row.file, TEMPLATE_LABELS.get(key, key), value.strip()), []).append(row.place)
    notes.extend(
        LookAt(
            f"{file} {_places(places)}: the answer to '{field}', '{text}', is a date alone, which a spreadsheet makes of what "
            "is typed as '3/5' or '5-3' (a score, a range); it was kept as read: check with the respondent what they wrote"
        )
        for (file, field, text), places in dated.items()
    )


_DATE_ALONE_WRITTEN = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]00:00(?::00)?)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")
"""A date and nothing else, as a spreadsheet writes one it made of a cell (`_dates_alone`)."""


def _answered(row: _Row) -> bool:
    """A template row left blank, or one carrying only the pseudonym, is not an answer."""
    return any(str(row.values.get(key) or "").strip() for key in ("rating", *TEXT_FIELDS))


def _column_name(header: object) -> str:
    """The template's column a header names, as written, with a form's question number before it ('1. Your
    pseudonym', JISC Online Surveys) or an aside in brackets after it ('Name (made up)'); a question for anything
    else (`_asks_for_anything_else`: 'Other comments') names the comment, on the configuration its row names (a form's
    sheet with no such column reads it as the comment on the findings overall)."""
    folded = fold(_header_words(header))
    if folded not in _phrases() and (bare := fold(re.sub(r"\([^()]*\)", " ", _header_words(header)))) in _phrases():
        folded = bare  # an aside in brackets after a column's name: 'Name (made up)', 'Agree? (Y / N / Partly)'
    if folded not in _phrases() and (field := _XML_PATH.fullmatch(str(header or "").strip())):
        folded = fold(field[1]) if fold(field[1]) in _phrases() else folded  # KoboToolbox's 'grupo_datos/rol'
    if folded not in _phrases() and _asks_for_anything_else(str(header or "")):
        return "comment"
    if folded not in _phrases() and _holds_their_words(fold(re.sub(r"\([^()]*\)", " ", _header_words(header)))):
        return "comment"  # notes of a call: 'What they said', 'Their words', 'Comments made' (trial H0)
    if folded not in _phrases() and re.fullmatch(_ONLY_WHAT_IS_MISSING, folded):
        return "missing"  # the pack's own 'Is anything missing?': on the finding its row names, or on them all
    if folded not in _phrases() and folded.startswith(_ASKS_WHICH):
        return "configuration"  # 'Which finding are you commenting on?': the question goes on after its alias
    if folded not in _phrases() and (path := _LABEL_PATH.fullmatch(str(header or "").strip())):
        unread = fold(_header_words(path["last"])).replace(" ", "_")
        if (inner := _column_name(path["last"])) != unread:
            return inner  # KoboToolbox's labels after their groups' labels: 'Fin/Autres commentaires ?' (trial CP)
    return _phrases().get(folded, folded.replace(" ", "_"))


_SAYING = r"(?:said|say|says|saying|told|tell|tells|wrote|write|writes|written|commented|remarked|stated|mentioned)"
"""A verb of saying, as a note of what someone said puts it."""
_THEIR_WORDS = re.compile(
    rf"(?:what|everything|anything)(?: (?!{_SAYING}\b)\w+){{0,3}} {_SAYING}(?: (?:us|me|them|to us|to me|in \w+))?"
    r"|(?:in )?(?:their|his|her|your|my|our)(?: own)? words?"
    rf"|(?:comments?|remarks?|points?|views?) (?:made|given|raised|shared|{_SAYING})(?: by (?:them|him|her|\w+))?"
)
"""A column's header saying it holds what people said, wrote or told ('What they said', 'What was said', 'What the
carer told us', 'Their words', 'In her own words', 'Comments made'), folded: what was said (a verb of saying after
'what' and who said it) or the words of someone named by a possessive. A note of a call or a meeting so headed is the
comment column; 'Who said it' names a person and 'What they rated' says no words, so neither is read so; who said
it is up to three words ('What the head teacher told us')."""


def _holds_their_words(folded: str) -> bool:
    """Whether a folded header names a column of what people said (`_THEIR_WORDS`), all its words."""
    return bool(_THEIR_WORDS.fullmatch(folded))


_ASKS_WHICH = tuple(
    f"{alias} " for alias, name in COLUMN_ALIASES.items() if alias.startswith("which ") and name == "configuration"
)
"""A form's question asking which finding an answer is about, in words of its own after 'which finding' ('Which finding
are you commenting on?', 'Which configuration is this about?'): helper H3, a clinicians' Google Form so worded was
refused as naming no configuration column. 'Which findings surprised you?' asks another thing."""
_LABEL_PATH = re.compile(r"(?:[^/]*?[^/\s]/(?=\S))+(?P<last>[^/].*)")
"""A question's label as KoboToolbox downloads labels, after its groups' labels and a '/' with no space either side
('Fin/Autres commentaires ?'); a ' / ' between spaces parts a label in two languages ('Rôle / Role'), no group."""
_XML_PATH = re.compile(r"[\w.-]+(?:/[\w.-]+)*/([\w.-]+)")
"""A question's name as KoboToolbox and ODK download it, after the groups it is in ('grupo_datos/rol', 'general/missing',
'meta/instanceID'): the field it names is its last part, read as that column's name where the whole is none."""


def _fill_shared_answers(rows: list[_Row]) -> list[_Row]:
    """A hand-filled sheet often gives the pseudonym once (its first row, or merged cells): the file's other rows are
    that respondent's; a group or role given once is filled only in the same respondent's rows. A form tool's rows are
    each one submission, a person of its own (trial N: one respondent's group was given to everyone who left it blank)."""
    sheet = [row for row in rows if not row.form]
    named = {_person_value(row, "respondent") for row in sheet} - {""}
    if len(named) == 1:
        only = named.pop()
        for row in sheet:
            if not _person_value(row, "respondent"):
                row.values["respondent"] = only
    for key in ("group", "role"):
        given: dict[str, set[str]] = {}
        for row in sheet:
            if value := _person_value(row, key):
                given.setdefault(_person_value(row, "respondent"), set()).add(value)
        for row in sheet:
            theirs = given.get(_person_value(row, "respondent"), ())
            if len(theirs) == 1 and not _person_value(row, key):
                row.values[key] = next(iter(theirs))
    return rows


def _person_value(row: _Row, key: str) -> str:
    return str(row.values.get(key) or "").strip()


# --- When an answer was given, and the round it answers ------------------------------------------------------

_DATE_TIME = re.compile(
    r"^(?P<a>\d{1,4})[-/.](?P<b>\d{1,2})[-/.](?P<c>\d{1,4})(?:T|,?\s+)(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    r"(?::(?P<second>\d{2})(?:[.,]\d+)?)?\s*(?P<half>[AaPp]\.?[Mm]\.?)?"
    r"\s*(?P<zone>Z|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{2,5})?$"
)
"""A moment as form tools write when a response came in: Google Forms' download ('2024/04/02 10:15:32 AM GMT+1'), a
sheet linked to a form ('4/2/2024 10:15:32'), Microsoft Forms and Qualtrics ('2024-04-02 19:14:40'), a workbook's
date cell ('2024-04-02T19:14:40'). A date without a time of day is no such moment: it may answer a question."""
_ZONE_OFFSET = re.compile(r"(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?")
WIDEST_OFFSET = timedelta(hours=14)
"""How far local time is from UTC at most: a time written without its zone is known only within this."""


@dataclass(frozen=True)
class _When:
    """When a response came in, known within an interval: a time without its zone, or a date that reads either way
    round (4/2/2024), is not known exactly. `readings` are its moments with a time without its zone read as UTC, one per
    order its date reads in; `text` is as the sheet wrote it, for a message."""

    earliest: datetime
    latest: datetime
    readings: tuple[datetime, ...]
    text: str
    column: str = ""
    zoned: bool = False
    """Written with its zone, or in a zone the sheet names: `readings` are exact. Else they are the time as written."""

    def before(self, moment: datetime) -> bool:
        """Given before `moment`, whatever zone or order of day and month the sheet meant."""
        return self.latest < moment


def _time_columns(table: Table, read: Collection[int]) -> dict[int, tuple[str, ...]]:
    """The columns, among those not read as anything else, that say when each response came in (every value with a
    number a date with a time of day: REDCap writes '[not completed]' where it has none), each with the orders its
    dates read in: ('ymd',), or ('dmy', 'mdy') when no value says."""
    found: dict[int, tuple[str, ...]] = {}
    for index in range(len(table.header)):
        if index in read:
            continue
        values = [cells[index].strip() for _, cells in table.rows if index < len(cells) and re.search(r"\d", cells[index])]
        if not values:
            continue
        matches = [_DATE_TIME.match(value) for value in values]
        if not all(matches) and _says_when_received(table.header[index]):  # a paper form's 'Date received': days alone
            matches = [_DATE_ALONE.match(value) for value in values]
        if all(matches):
            orders = tuple(order for order in ("ymd", "dmy", "mdy") if all(_moment(m, order) for m in matches if m))
            if orders:
                found[index] = orders
    return found


_DATE_ALONE = re.compile(r"^(?P<a>\d{1,4})[-/.](?P<b>\d{1,2})[-/.](?P<c>\d{1,4})$")
"""A day without a time of day ('15/12/2026'), read as when a response came in only in a column saying so
(`_says_when_received`): a paper form typed up, its 'Date received'."""


def _says_when_received(header: str) -> bool:
    """A column's label saying the day a response came in, as a team typing up paper forms heads it ('Date received',
    'Received on', 'Date returned', 'Submitted'), not a question ('Date of admission')."""
    folded = fold(_REMARK.sub(" ", header))
    done = r"(?:received|returned|submitted|completed|recorded|sent back)"
    return bool(re.fullmatch(rf"(?:date (?:form |response )?{done}|{done}(?: on| date)?|date)", folded))


def _moment(found: re.Match, order: str) -> datetime | None:
    """The moment a match names read in `order` (year, month and day as 'ymd'), without its zone; None if it cannot be.
    A day alone (`_DATE_ALONE`) is its start."""
    first, second, third = found["a"], found["b"], found["c"]
    if (order == "ymd") != (len(first) == 4) or len(third) not in ((1, 2) if order == "ymd" else (2, 4)):
        return None
    year, month, day = {"ymd": (first, second, third), "dmy": (third, second, first), "mdy": (third, first, second)}[order]
    parts = {"hour": "0", "minute": "0", "second": None, "half": None, **found.groupdict()}  # a day alone: its start
    hour, half = int(parts["hour"]), (parts["half"] or "")[:1].lower()
    if half and not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if half == "p" else 0) if half else hour
    year = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return datetime(year, int(month), int(day), hour, int(parts["minute"]), int(parts["second"] or 0))
    except ValueError:
        return None


def _offset(zone: str | None) -> timedelta | None:
    """How far the zone a time names is ahead of UTC; None when it names none, or one by a name meaning several
    ('AST', 'CST')."""
    written = (zone or "").upper().replace(" ", "")
    if written in ("Z", "UTC", "GMT"):
        return timedelta(0)
    found = _ZONE_OFFSET.fullmatch(written)
    if not written or not found:
        return None
    size = timedelta(hours=int(found[2]), minutes=int(found[3] or 0))
    return size if found[1] == "+" else -size


def _when(table: Table, cells: list[str], timed: dict[int, tuple[str, ...]]) -> _When | None:
    """When a row's response came in: the latest of its times (Microsoft Forms' completion, not its start)."""
    found = [
        _when_written(cells[index].strip(), orders, table.header[index], _named_zone(table, index))
        for index, orders in timed.items()
        if index < len(cells) and cells[index].strip()
    ]
    return max((when for when in found if when), key=lambda when: when.latest, default=None)


def _named_zone(table: Table, index: int) -> str:
    """The time zone Qualtrics names for a column's times in its row of import ids ('{"ImportId":"endDate",
    "timeZone":"America/Denver"}'); '' where none is named."""
    cell = table.import_ids[index] if index < len(table.import_ids) else ""
    try:
        zone = json.loads(cell).get("timeZone", "") if cell else ""
    except (ValueError, AttributeError):
        return ""
    return zone if isinstance(zone, str) else ""


def _when_written(text: str, orders: tuple[str, ...], column: str, zone: str = "") -> _When | None:
    found = _DATE_TIME.match(text)
    if not found and (day := _DATE_ALONE.match(text)):  # a day alone: any time of it, in any zone
        days = [moment.replace(tzinfo=UTC) for order in orders if (moment := _moment(day, order))]
        if not days:
            return None
        ends = tuple(moment + timedelta(days=1) - timedelta(seconds=1) for moment in days)  # in by the day's end
        return _When(min(days) - WIDEST_OFFSET, max(ends) + WIDEST_OFFSET, ends, text, column)
    moments = [moment for order in orders if found and (moment := _moment(found, order))]
    if not found or not moments:
        return None
    if zone and not found["zone"]:
        return _when_in_zone(moments, zone, text, column) or _when_written(text, orders, column)
    offset = _offset(found["zone"])
    slack = WIDEST_OFFSET if offset is None else timedelta(0)
    utc = [(moment - (offset or timedelta(0))).replace(tzinfo=UTC) for moment in moments]
    return _When(min(utc) - slack, max(utc) + slack, tuple(utc), text, column, zoned=offset is not None)


def _when_in_zone(moments: list[datetime], zone: str, text: str, column: str) -> _When | None:
    """Moments a sheet gives in a named zone ('America/Denver'), in UTC; None for a zone this machine does not know."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        local = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    utc = [moment.replace(tzinfo=local).astimezone(UTC) for moment in moments]
    return _When(min(utc), max(utc), tuple(utc), text, column, zoned=True)


CLOCK_SLACK = timedelta(minutes=5)
"""How far a form's clock may run ahead of this computer's before a time it wrote is said to be in the future."""


def _after_now(rows: list[_Row], first_out: datetime | None = None) -> list[str]:
    """Answers time-stamped after this computer's clock, said once for each file: a response cannot come in later
    than it is read, so the form's or this computer's clock or time zone is wrong (trial AJ), and the round read from
    when it came in may be too. A time written without its zone is taken as this computer's local time, a day alone
    as its date (a paper form's 'Date received'). A date reading either way round (12/06/2026) is late when every
    reading of it is, leaving out one before the first round was closed (`first_out`), when no pack was out to answer,
    as `_Timing.out_at` does."""
    now = datetime.now(UTC)
    here = now.astimezone().replace(tzinfo=None)
    late: dict[str, list[_Row]] = {}
    for row in rows:
        when = row.when
        if when is None:
            continue
        readings = [moment for moment in when.readings if first_out is None or moment >= first_out] or when.readings
        if _DATE_ALONE.match(when.text):
            ahead = min(moment.date() for moment in readings) > here.date()
        elif when.zoned:
            ahead = min(readings) > now + CLOCK_SLACK
        else:
            ahead = min(moment.replace(tzinfo=None) for moment in readings) > here + CLOCK_SLACK
        if ahead:
            late.setdefault(row.file, []).append(row)
    said = []
    for file, found in late.items():
        lines = list(dict.fromkeys(row.line or row.place for row in found))
        first = found[0].when
        assert first is not None
        said.append(
            f"{file} {_places(lines)}: answers time-stamped after this computer's clock ({here:%Y-%m-%d %H:%M}), as "
            f"'{first.text}' in '{_shown(first.column, 40)}': the form's clock or time zone, or this computer's, is likely "
            "wrong, and the round read from when they came in may be too"
        )
    return said


def _utc(stamp: str) -> datetime:
    moment = datetime.fromisoformat(stamp)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass
class _Timing:
    """What tells the round of an answer: the closed rounds' configurations (None when the import names the round),
    when each was closed, the prints of the answers stored already, and what became of configurations since."""

    rounds: dict[int, set[str]] | None
    closed: dict[int, datetime]
    imported: frozenset[str]
    fates: dict[str, str]
    said: Callable[[], Collection[str]] = frozenset
    """What the answers stored already say (`content_fingerprint`), worked out when first asked."""

    def too_early(self, when: _When | None, number: int) -> bool:
        """Given before the round was closed, in every zone the time may be in: an answer to no pack of that round."""
        return when is not None and number in self.closed and when.before(self.closed[number])

    def stored(self, item: FeedbackItem | None) -> bool:
        if item is None or not self.imported:
            return False
        if item.fingerprint in self.imported or earlier_fingerprint(item) in self.imported:
            return True
        return content_fingerprint(item) in self.said()

    def out_at(self, when: _When, numbers: Iterable[int]) -> int | None:
        """The latest of these rounds closed when a response came in (0 for none): the pack it answers; None when the
        ways its date reads (4/2/2024) disagree. A time without its zone is read as UTC here: it is filed within
        hours of the truth, and only refused when it is early in every zone (`too_early`)."""
        found = {max((n for n in numbers if n in self.closed and self.closed[n] <= at), default=0) for at in when.readings}
        found = found - {0} or found  # a reading under which no pack was out yet (12 May for 05/12) is not the day meant
        return found.pop() if len(found) == 1 else None

    def closed_on(self, number: int) -> str:
        return self.closed[number].date().isoformat() if number in self.closed else "?"


_Tentative = Callable[[_Row, int], "FeedbackItem | None"]


def _answer_rounds(
    rows: list[_Row], asked: int, timing: _Timing, tentative: _Tentative, problems: _Problems, notes: list[str]
) -> list[int]:
    """The round each of a file's answers is for (0 where it can be none): the one the file names, or the import
    (`--round`), or else the one the file shows (`_read_rounds`). An answer given before its round was closed, while an
    earlier round's pack was out, answers that pack, not this round's: refused, unless an earlier import stored it.
    One given before any round was closed answers no pack cmo made: the round named is taken at its word, and said."""
    if not rows:
        return []
    if timing.rounds is not None and all(_round_value(row, _Problems()) is None for row in rows):
        return _read_rounds(rows, timing, tentative, problems, notes)
    numbers = [_row_round(row, asked, timing.rounds, problems) for row in rows]
    early: dict[tuple[int, int], list[_Row]] = {}
    for row, number in zip(rows, numbers):
        if number and row.when and timing.too_early(row.when, number) and not timing.stored(tentative(row, number)):
            early.setdefault((number, timing.out_at(row.when, timing.closed) or 0), []).append(row)
    named = "the file" if timing.rounds is not None else "--round"
    for (number, out), given in early.items():
        if out:
            fix = "import the file without --round" if named == "--round" else f"write {out} in its round column"
            problems.add(_too_early(given, number, timing, f"round {out}'s pack was the one out then: {fix}"))
        else:
            notes.append(
                LookAt(_too_early(given, number, timing, "", taken=f"they were imported for round {number} as {named} says"))
            )
    return numbers


def _read_rounds(rows: list[_Row], timing: _Timing, tentative: _Tentative, problems: _Problems, notes: list[str]) -> list[int]:
    """A file naming no round (a form tool's export), read submission by submission: answers stored already are that
    round's (a form's download holds every response, so the same file comes again); else the time a response came in
    says whose pack was out (the latest round closed by then); else the latest round. A form asking about a
    configuration a round no longer held (merged away before it was closed) was made for an earlier round. What was
    read, and why, is said."""
    rounds = timing.rounds or {}
    fitting, unfit = _fitting_rounds(rows, rounds, timing.fates)
    submissions: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        key = row.line if row.form else "who " + fold(str(row.values.get("respondent") or ""))
        submissions.setdefault(key, []).append(index)
    numbers = [0] * len(rows)
    read: dict[tuple[int, str], list[_Row]] = {}
    early: list[_Row] = []
    for indexes in submissions.values():
        given = [rows[i] for i in indexes]
        number, why = _stored_round(given, fitting, timing, tentative), "stored"
        when = max((row.when for row in given if row.when), key=lambda when: when.latest, default=None)
        timed = timing.out_at(when, fitting) if when is not None and not number else None
        if timed == 0 and timing.too_early(when, fitting[0]):
            early.extend(given)
            continue
        if timed is not None:
            number, why = timed or fitting[0], "timed"  # 0 here: hours from the first close, in no zone surely before
        number, why = (number, why) if number else (fitting[-1], "latest")
        for i in indexes:
            numbers[i] = number
        read.setdefault((number, why), []).extend(given)
    if early:
        first = fitting[0]
        fix = f"if the questions went out before that, import the file with --round {first}"
        problems.add(_too_early(early, first, timing, fix))
    notes.extend(_rounds_read(rows, read, timing, unfit))
    return numbers


def _fitting_rounds(rows: list[_Row], rounds: dict[int, set[str]], fates: dict[str, str]) -> tuple[list[int], str]:
    """The closed rounds a form's questions fit (each holds every configuration a column asks about), and why the
    later ones do not; every round when none fits, or the file is not a form's (a row names what it answers)."""
    every = sorted(rounds)
    asked = {str(row.values.get("configuration")) for row in rows if row.form} - {OVERALL}
    fitting = [number for number in every if asked <= rounds[number]]
    if not asked or not fitting:
        return every, ""
    if fitting[-1] == every[-1]:
        return fitting, ""
    after = every[every.index(fitting[-1]) + 1]
    gone = sorted(asked - rounds[after], key=natural_key)
    said = ", ".join(f"{c} ({fates[c]})" if c in fates else c for c in gone[:3]) + (" …" if len(gone) > 3 else "")
    return fitting, f"it asks about {said}, which round {after} did not hold"


def _stored_round(given: list[_Row], fitting: list[int], timing: _Timing, tentative: _Tentative) -> int:
    """The round whose stored answers a submission repeats (0 for none): all of them, or one with words (a comment
    is said once; a bare 'agree' may well be said again in a later round)."""
    for number in reversed(fitting):
        items = [tentative(row, number) for row in given]
        if any(item is None for item in items):
            continue
        stored = [item for item in items if timing.stored(item)]
        if stored and (len(stored) == len(items) or any(_has_words(item) for item in stored)):
            return number
    return 0


def _has_words(item: FeedbackItem | None) -> bool:
    return item is not None and any(getattr(item, key).strip() for key in TEXT_FIELDS)


def _rounds_read(rows: list[_Row], read: dict[tuple[int, str], list[_Row]], timing: _Timing, unfit: str) -> list[str]:
    """Which round a file naming none was read as, and why, once per reason (said, as an import says how it read a
    form's scale: the round is what the file shows, or the latest, as the import's help promises)."""
    file, said = rows[0].file, []
    for (number, why), given in sorted(read.items()):
        places = "its answers" if len(given) == len(rows) else _places([row.line for row in given if row.line])
        were = "was" if places.startswith("row ") else "were"
        if why == "stored":
            repeat = f"repeat answers already imported for round {number}, so they are round {number}'s"
            said.append(f"{file} names no round: {places} {repeat}")
        elif why == "timed":
            later = min((n for n in timing.closed if n > number), default=0)
            until = f" and before round {later} was ({timing.closed_on(later)})" if later else ""
            said.append(
                f"{file} names no round: {places} came in after round {number} was closed ({timing.closed_on(number)}){until}, "
                f"so {'it answers' if were == 'was' else 'they answer'} round {number}'s pack"
            )
        elif unfit:
            said.append(f"{file} names no round: {places} {were} read as round {number}'s, as {unfit} when it was closed")
        elif len(timing.rounds or {}) > 1:
            said.append(
                f"{file} names no round, nor when each response came in: {places} {were} read as round {number}'s, the latest "
                "closed round; if they answer an earlier round's pack, import the file with --round"
            )
        else:
            said.append(f"{file} names no round: {places} {were} read as round {number}'s, the only closed round")
    return said


def _too_early(rows: list[_Row], number: int, timing: _Timing, then: str, *, taken: str = "") -> str:
    """One sentence for answers given before the round they would answer was closed: refused, `then` saying why and
    what to do; or, given before any round was, `taken` at the word of the file or the import."""
    whens = sorted((row.when for row in rows if row.when), key=lambda when: when.latest)
    lines = list(dict.fromkeys(row.line for row in rows))
    one = len(lines) == 1
    given = f"on {whens[0].text}" if one else f"from {whens[0].text} to {whens[-1].text}"
    said = f"{rows[0].file} {_places(lines)}: answered {given}, before round {number} was closed ({timing.closed_on(number)})"
    if taken:
        return f"{said}, so before its pack could be made; {taken.replace('they were', 'it was') if one else taken}"
    return f"{said}, so {'it' if one else 'they'} cannot answer round {number}'s pack: {then}"


# --- Checking --------------------------------------------------------------------------------


def _item(
    row: _Row,
    known: set[str],
    round_number: int,
    groups: GroupLabels | None,
    problems: _Problems,
    read_as: dict[str, str] | None = None,
    names: dict[str, str] | None = None,
    fates: dict[str, str] | None = None,
    moved: list[str] | None = None,
    read_groups: dict | None = None,
    scale: Scale | None = None,
    numbered: dict[int, dict[str, str]] | None = None,
    hints: list[str] | None = None,
) -> FeedbackItem | None:
    """One row checked and read. `names` is what the row's round's pack and titles call its configurations (folded ->
    id); `numbered` the same for every closed round, to say which round a table number of another round is from."""
    before = len(problems)
    respondent = _short_text(row, "respondent", problems, required=True)
    configuration = _short_text(row, "configuration", problems, required=True)
    typed = typed_id(configuration) if configuration else ""
    if typed in known:
        configuration = typed  # "c3", "C03" as people type them
    elif configuration and (names or {}).get(_name_key(configuration)) in known:
        configuration = (names or {})[_name_key(configuration)]  # "CMO 1.2", "1.2", or its title
    elif configuration and (bracketed := _named_with_its_id(configuration, known, names or {})):
        configuration = bracketed  # "CMO 5.1 (C11)", as the pack names it: typed from a paper form
    named, fate = "", ""
    if configuration and configuration.casefold() == OVERALL:
        configuration = OVERALL
    elif configuration and configuration not in known:
        fate = (fates or {}).get(typed or configuration, "")
        if fate:  # kept, unrated, where the configuration went (trial E: a retired one blocked the whole file)
            named, configuration = typed or configuration, _kept_on(typed or configuration, known, fates or {})
        elif two := _two_findings(configuration, round_number, known, numbered or {}):
            problems.add(f"{row.at('configuration')}: {two}")
        else:
            problems.add(
                f"{row.at('configuration')}: '{configuration}' is not a configuration of round {round_number}"
                f"{_numbered_elsewhere(configuration, round_number, known, numbered or {}, fates or {})}"
            )
    rating, answer = _rating(row, problems, read_as, scale or row.scale)
    _check_round(row, round_number, problems)
    group = _group(row, groups, problems, read_groups)
    group_words = _group_words(row, group)
    role = _short_text(row, "role", problems)
    texts = {key: _long_text(row, key, problems) for key in TEXT_FIELDS}
    if len(problems) > before:
        return None
    if named:
        said = f" ('{_shown(answer, 40)}')" if answer else ""
        if not any(text.strip() for text in texts.values()):
            if moved is not None:
                moved.append(
                    f"{row.where}: only rates {named}{said}, which was {fate}; with no comment to keep, the row was left out"
                )
            return None
        where = "the findings overall" if configuration == OVERALL else configuration
        if moved is not None:
            counted = f", its rating{said} not counted" if answer else ""
            moved.append(f"{row.where}: answers {named}, which was {fate}; its comment is kept on {where}{counted}")
        rating = None
    if hints is not None and configuration in known and (other := _worded_for_another(configuration, texts, names or {})):
        cited = _shown(str(row.values.get("configuration") or ""), 20)
        said = _shown(" ".join(text for text in texts.values() if text), 40)
        hints.append(
            f"{row.where}: cites {configuration} ('{cited}') and is kept there, as the member cited it, but its words "
            f"('{said}') fit {other}'s title ('{_title_of(other, names or {})}') better; if it is on {other}, write "
            f"{other} in that row's configuration and import the file again (its answers replace these)"
        )
    item = FeedbackItem(
        round=round_number,
        respondent=respondent,
        group=group,
        role=role,
        configuration=configuration,
        rating=rating,
        answer=answer,
        named=named,
        file=row.file,
        group_words=group_words,
        quoted=str(row.values.get("quoted") or ""),
        original=clean_text(str(row.values.get("original") or "")),
        **texts,
    )
    item.fingerprint = fingerprint(item)  # the group's words aside: answers imported before they were kept keep their print
    return item


def _regrouped(
    rows: list[_Row],
    regroup: dict[str, str],
    groups: GroupLabels | None,
    given_to: set[str],
    notes: list[str],
    given_all: set[str],
) -> list[_Row]:
    """Each answer of a respondent the team gave a group (`--group RESPONDENT=GROUP`) with that group in place of the
    one the file gives, said with the respondent's words for it; the group must be one of the review's, by its slug,
    name or alias. `given_to` hears whom the file holds, so a pseudonym mistyped is named. The files' group (`--group
    GROUP`, `EVERYONE`) goes to each answer naming none, its respondent told to `given_all`; an answer naming a group
    keeps it, and the note says so."""
    if not regroup:
        return rows
    slugs = {group: _teams_slug(who, group, groups) for who, group in regroup.items()}  # each named, given or not
    wanted = {fold(who): (who, group) for who, group in regroup.items() if who != EVERYONE}
    said: dict[tuple[str, str, str, str], list[str]] = {}
    kept: dict[str, list[str]] = {}
    for row in rows:
        who = fold(str(row.values.get("respondent") or ""))
        if who not in wanted:
            if EVERYONE not in regroup:
                continue
            if clean_text(str(row.values.get("group") or "")):
                kept.setdefault(row.file, []).append(row.line or row.place)
                continue
            given_all.add(clean_text(str(row.values.get("respondent") or "")))
            wanted_here = (EVERYONE, regroup[EVERYONE])
        else:
            given_to.add(who)
            wanted_here = wanted[who]
        name, group = wanted_here
        own = clean_text(str(row.values.get("group") or ""))
        row.values["group"] = slugs[group]
        written = clean_text(str(row.values.get("respondent") or "")) or name  # as the file names them
        said.setdefault((row.file, EVERYONE if name == EVERYONE else written, slugs[group], own), []).append(
            row.line or row.place
        )
    for (file, name, slug, own), places in said.items():
        words = f", for their words '{_shown(own, 40)}'" if own and fold(own) != fold(slug) else ""
        whose = "the answers naming no group count" if name == EVERYONE else f"{name}'s answers count"
        notes.append(f"{file} {_places(list(dict.fromkeys(places)))}: {whose} under {slug}, as --group says{words}")
    for file, places in kept.items():
        notes.append(
            f"{file} {_places(list(dict.fromkeys(places)))}: the answers name their own group and keep it "
            "(--group GROUP gives only answers naming none)"
        )
    return rows


def _teams_slug(name: str, group: str, groups: GroupLabels | None) -> str:
    """The review's group a `--group` names, by its slug, name or alias; one naming none, or two, is refused."""
    found, _ = group_named(group, groups.labels) if groups else ([], True)
    if len(found) != 1:
        offered = ", ".join(f"'{named}'" for named in groups.names.values()) if groups else "none: it declares no groups"
        could = f"it could be {' or '.join(found)}" if found else f"the review's groups are {offered}"
        given = group if name == EVERYONE else f"{name}={group}"
        raise BadInput(f"--group '{given}': '{group}' is not one of the review's groups ({could}); feedback not imported.")
    return found[0]


def _group_words(row: _Row, group: str) -> str:
    """The group as a form's respondent gave it where it names no one review group (their words for 'Other', several
    ticked, a group typed that none matches): kept beside the answers, which stand without a group (`_group`)."""
    if group or not row.form:
        return ""
    return clean_text(str(row.values.get("group") or ""))


_ID_AFTER = re.compile(r"(.*?)\s*[(\[]\s*(C\s*-?\s*\d+)\s*[)\]]\s*", re.IGNORECASE | re.DOTALL)


def _named_with_its_id(written: str, known: set[str], names: dict[str, str]) -> str:
    """The id a cell gives in brackets after the configuration's table number or title, as the pack names each finding
    ("CMO 5.1 (C11)", "Trust built over time (C17)"), which an administrator typing up paper forms copies whole (trial
    CR: every row of a workshop's sheet was refused as "not a configuration of round 1"). Only where the words before
    it name that configuration too, or none of the round's: a table number or title of another one with it is no
    answer to tell, and stays refused. "" otherwise."""
    found = _ID_AFTER.fullmatch(written.strip())
    if not found or (wanted := typed_id(found[2])) not in known:
        return ""
    before = found[1].strip(" -:–")
    named = names.get(_name_key(before)) if before else None
    return wanted if named in (None, wanted) else ""


def _content_words(text: str) -> set[str]:
    """A text's words that carry its meaning: folded, no function words (`ENGLISH_STOPWORDS`), no numbers, a plural's
    final 's' dropped so 'champions' is 'champion'."""
    words = (word for word in fold(text).split() if len(word) > 2 and word.isalpha() and word not in ENGLISH_STOPWORDS)
    return {word[:-1] if word.endswith("s") and not word.endswith("ss") else word for word in words}


def _titles(names: dict[str, str]) -> dict[str, str]:
    """Each configuration's title (folded) among a round's names, its id upper-cased; its table numbers and ids left."""
    return {
        configuration.upper(): name
        for name, configuration in names.items()
        if not re.fullmatch(_TABLE_NUMBER, name) and not re.fullmatch(r"c\d+|\d+(?: \d+)*", name)
    }


def _title_of(configuration: str, names: dict[str, str]) -> str:
    return _titles(names).get(configuration, "")


def _worded_for_another(cited: str, texts: dict[str, str], names: dict[str, str]) -> str:
    """The one other configuration a comment's words name where it cites `cited` by id or number: its words name what
    that one's title is about (the title's subject, its first word that carries meaning: 'champion' of 'Champion reminds
    and models the checklist'), a word no other title of the round has, and share no word with the cited one's title
    (K0: "3.2, the champion left for Kampala" was filed on CMO 3.2, 'Team builds shared understanding…', without a word,
    the champion's finding being CMO 3.3). The member's own citation stands; this only says so. '' where the words fit
    the cited title, or name no other finding's subject, or several."""
    titles, subjects = _title_subjects(tuple(names.items()))
    if cited not in titles:
        return ""
    words = _content_words(" ".join(texts.values()))
    if not words or words & titles[cited]:
        return ""
    fitting = [configuration for configuration, subject in subjects.items() if configuration != cited and subject in words]
    return fitting[0] if len(fitting) == 1 else ""


@lru_cache(maxsize=8)
def _title_subjects(names: tuple[tuple[str, str], ...]) -> tuple[dict[str, set[str]], dict[str, str]]:
    """A round's titles' meaningful words by configuration, and each title's subject where no other title has it (its
    first meaningful word): worked out once a round, not once a row."""
    titles = {configuration: _content_words(title) for configuration, title in _titles(dict(names)).items()}
    counted = Counter(word for title in titles.values() for word in title)
    subjects: dict[str, str] = {}
    for configuration, title in _titles(dict(names)).items():
        first = next((found for word in title.split() for found in _content_words(word)), "")
        if first and counted[first] == 1:
            subjects[configuration] = first
    return titles, subjects


def _name_key(written: str) -> str:
    """How a configuration's name is looked up in a round's names (`parse_feedback_files`' `names`, folded): a table
    number with or without 'CMO' ('2.7', 'cmo 02.07') as the pack wrote it ('CMO 2.7'), anything else folded."""
    if found := TABLE_NUMBER.fullmatch(written.strip()):
        return fold(f"CMO {int(found[1])}.{int(found[2])}")
    return fold(written)


def _table_numbers(names: dict[str, str]) -> dict[str, str]:
    """Id -> the table number a round's names give it ('CMO 3.3'), read back from the folded names."""
    found = (re.fullmatch(r"cmo (\d+) (\d+)", name) for name in names)
    return {names[m[0]]: f"CMO {m[1]}.{m[2]}" for m in found if m}


def _two_findings(written: str, round_number: int, known: set[str], numbered: dict[int, dict[str, str]]) -> str:
    """A table number or title with another configuration's id after it ('CMO 1.5 (C12)', copied from another draft's
    pack): both named, as the round's pack numbers them, for the person typing the form to write the one meant (trial
    CX: 'CMO 1.5 (C12)' was refused as "not a configuration of round 1", though C12 was, as CMO 1.4). "" otherwise."""
    both = _ID_AFTER.fullmatch(written.strip())
    if not both or (config_id := typed_id(both[2])) not in known:
        return ""
    names = numbered.get(round_number, {})
    other = names.get(_name_key(both[1].strip(" -:–")))
    if not other or other == config_id:
        return ""
    number = _table_numbers(names).get(config_id)
    return (
        f"'{written.strip()}' names two of round {round_number}'s findings: its pack gave '{both[1].strip()}' to {other}"
        f"{f' and numbered {config_id} {number}' if number else ''}; write the one the answer is about"
    )


def _numbered_elsewhere(
    written: str, round_number: int, known: set[str], numbered: dict[int, dict[str, str]], fates: dict[str, str]
) -> str:
    """Why a name is none of a round's configurations, said after it: for a table number, which configuration each other
    round's pack gave that number, and the number this round's pack gave it (never an id guessed from its digits: 'CMO
    3.4' is not C4); for anything else, the id it ends with the number of (`_did_you_mean`); for words with no number
    ('general', as helper H0's carers' call notes named a comment on the findings as a whole), how such a comment is
    written and that an id names one finding."""
    if not TABLE_NUMBER.fullmatch(written.strip()):
        if not any(character.isdigit() for character in written):  # words, no id: 'general', 'all of them'
            return f" (words about the findings as a whole take '{OVERALL}' there, or give the id the pack names it by)"
        return _did_you_mean(written, known)
    key = _name_key(written)
    shown = f"CMO {key.removeprefix('cmo ').replace(' ', '.')}"
    here = _table_numbers(numbered.get(round_number, {}))
    said = []
    for number, names in sorted(numbered.items(), reverse=True):
        if number == round_number or (config_id := names.get(key)) is None:
            continue
        if config_id in here:
            now = f"which round {round_number}'s pack numbered {here[config_id]}: did you mean {config_id}?"
        elif config_id in known:
            now = f"did you mean {config_id}?"
        else:
            now = f"which round {round_number} did not hold" + (f" ({fates[config_id]})" if config_id in fates else "")
        said.append(f"round {number}'s pack numbered {config_id} {shown}, {now}")
    if said:
        return f" ({'; '.join(said)})"
    return f" (no round's pack numbered a configuration {shown})" if numbered else ""


def _did_you_mean(typed: str, known: set[str]) -> str:
    """The configuration a typed name ends with the number of ('CMO3', 'Config 3'), offered, not read: 'CMO 3' may
    be a report's numbering."""
    number = re.search(r"(\d{1,4})\s*$", typed)
    guess = f"C{int(number.group(1))}" if number else ""
    return f" (did you mean {guess}?)" if guess in known else ""


def _kept_on(config_id: str, known: set[str], fates: dict[str, str]) -> str:
    """Where an answer about a configuration that is gone is kept: the one it was merged into (followed through later
    merges) when the round holds it, else the answer about the findings overall."""
    seen = {config_id}
    while (fate := fates.get(config_id, "")).startswith("merged into "):
        config_id = fate.removeprefix("merged into ").strip()
        if config_id in known:
            return config_id
        if config_id in seen:
            break
        seen.add(config_id)
    return OVERALL


def fingerprint(item: FeedbackItem) -> str:
    """Same respondent, round, configuration and answers give the same print, whatever the file.
    A role, the rating's own words (beyond a plain 'agree'), and the configuration a moved answer named count only
    when given, so answers imported before cmo kept them keep their print."""
    content = [
        item.round,
        item.who,
        item.group,
        item.configuration,
        item.rating or "",
        *(clean_text(getattr(item, key)) for key in TEXT_FIELDS),
    ]
    if item.role:
        content.append(fold(item.role))
    if item.answer and fold(item.answer) not in RATINGS:
        content.append(["answer", fold(item.answer)])
    if item.named:
        content.append(["named", item.named])
    if item.original:
        content.append(["original", clean_text(item.original)])
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()[:32]


def content_fingerprint(item: FeedbackItem) -> str:
    """What the respondent said, whatever the columns it was read from called them: who, in which round, about which
    configuration, the rating and its words, and the words they wrote (whichever question's column held them). Their
    group and role are not in it: a form's download imported again after a column was renamed so that it is read now
    ('What is your role?' renamed 'Role', trial Q) gives the same answers, which keep their ids (`fingerprint` holds
    the role, so it differs). Never stored, so not hashed: a key, unlike any `fingerprint` (32 hex digits)."""
    answer = fold(item.answer) if item.answer else ""
    texts = sorted(text for key in TEXT_FIELDS if (value := getattr(item, key)) and (text := clean_text(value)))
    parts = [
        str(item.round),
        submission(item.respondent),
        item.named,
        item.configuration,
        item.rating or "",
        "" if answer in RATINGS else answer,
    ]
    return "said\x1f" + "\x1f".join([*parts, *texts])


def translated_fingerprint(item: FeedbackItem) -> tuple[tuple[str, ...], str] | None:
    """What the respondent said, with their rating by the way it leans, not its words, and the language of the scale
    the words are on ('' for English); None for an answer whose rating is on no agreement scale. A form exported again
    in another language (LimeSurvey, Microsoft Forms, Qualtrics label each response in the language chosen) gives the
    same submission, its scale's words translated ('Plutôt d'accord' for 'Somewhat agree') and the respondent's own
    words as they wrote them: an answer of the same print in another scale's language is the answer stored, not a new
    one (trial CC: every answer of the French export got a new id, replacing the English one's)."""
    words = _scale_words(item.answer) if item.answer else ""
    lean, language = _scale_reading(words) if words else (None, "")
    if lean is None:
        return None
    texts = sorted(text for key in TEXT_FIELDS if (value := getattr(item, key)) and (text := clean_text(value)))
    keys = []
    for who in _submitted_by(item):
        parts = [str(item.round), who, item.named, item.configuration, lean]
        keys.append("leans\x1f" + "\x1f".join([*parts, *texts]))
    return tuple(keys), language


def _submitted_by(item: FeedbackItem) -> list[str]:
    """Who gave an answer, as exports of one form in two languages both say it: the respondent, or, for a submission
    named by its row and when it was sent (`unnamed_submission`), that row and each moment its time may be, in any
    order of day and month, without its zone: an export in French writes '20/11/2026 09:10:00' where the English one
    wrote '2026/11/20 9:10:00 AM GMT+1', and the placeholder in its language ('Anonyme')."""
    found = NAMED_BY_ROW.match(item.respondent)
    if not found or fold(found["given"]) not in PLACEHOLDER_NAMES or not found["sent"] or found["file"]:
        return [item.who]
    written = _DATE_TIME.match(found["sent"].removeprefix(", sent ").strip())
    moments = {moment for order in ("ymd", "dmy", "mdy") if written and (moment := _moment(written, order))}
    return [f"{found['row']} sent {moment:%Y-%m-%d %H:%M:%S}" for moment in sorted(moments)] or [item.who]


def submission(respondent: str) -> str:
    """Who sent an answer, as compared between files: the respondent, or, for a submission with no pseudonym named by
    its row and when the form says it was sent (`unnamed_submission`), that moment alone. A later download of the same
    form, or a copy saved as 'feedback (1).csv', gives the same submission at the same moment, but at another row
    where a response before it was deleted in the form or the rows come sorted otherwise (helper K7: every answer
    after the deleted row was imported again, and counted twice); two forms' rows sent at one moment still differ by
    their words, rating or configuration, which the print holds too."""
    found = NAMED_BY_ROW.match(respondent)
    if not found or fold(found["given"]) not in PLACEHOLDER_NAMES or not found["sent"] or found["file"]:
        return fold(respondent)
    return "sent " + fold(found["sent"].removeprefix(", sent "))


NAMED_BY_ROW = re.compile(r"^(?P<given>.*) \((?:(?P<file>.+) )?(?P<row>row \d+(?: of tab '.*')?)(?P<sent>, sent .+)?\)$")
"""A submission cmo named by its row (`unnamed_submission`): 'Anonymous (row 5, sent 14/05/2024 10:15:32)', or by its
file and row; 'Anonymous (row 5)' alone as a cmo before trial LB named it."""


def earlier_fingerprint(item: FeedbackItem) -> str:
    """The print cmo gave this answer before it kept the rating's words: without them, and with a leaning answer
    ('Somewhat agree') read as partly, as it then was. A stored answer with this print and no words is this answer,
    imported by that cmo: a re-import gives it its words rather than replacing it."""
    words = fold(item.answer)
    rating = "partly" if _LEANING.match(words) else item.rating
    return fingerprint(item.model_copy(update={"answer": "", "rating": rating}))


def _string(row: _Row, key: str, problems: _Problems) -> str | None:
    value = row.values.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        problems.add(f"{row.at(key)}: expected text, found {type(value).__name__}")
        return None
    return _CONTROL.sub("", str(value)).replace("\r\n", "\n").strip()


def _short_text(row: _Row, key: str, problems: _Problems, *, required: bool = False) -> str:
    text = _string(row, key, problems)
    if text is None:
        return ""
    text = clean_text(text)
    if required and not text:
        hints = {
            "respondent": " (a pseudonym is enough)",
            "configuration": f" (write the finding it answers, as the pack names it, 'CMO 1.2' or 'C3', or '{OVERALL}' for "
            "words on the findings as a whole)",  # trial E1: a paper form's general comments row, told only 'missing'
        }
        problems.add(f"{row.at(key)}: missing{hints.get(key, '')}")
    elif len(text) > MAX_NAME:
        problems.add(f"{row.at(key)}: longer than {MAX_NAME} characters")
    return text


def _long_text(row: _Row, key: str, problems: _Problems) -> str:
    text = _string(row, key, problems) or ""
    if len(text) > MAX_TEXT:
        problems.add(f"{row.at(key)}: longer than {MAX_TEXT:,} characters")
    return text


_LEANING = re.compile(
    r"^(?:(?:somewhat|partly|partially|mostly|slightly|moderately|tend to) (?:agree|disagree)"
    r"|(?:agree|disagree) (?:somewhat|partly|partially|in part|mostly|slightly))$"
)
"""A five-point scale's answers between the ends ('Somewhat agree'), which cmo before 0.x read all as partly."""
_FIVE_POINT = (
    (re.compile(r"^(?:(?:strongly|completely|fully|totally|entirely) agree|agree (?:strongly|completely|fully))$"), "agree"),
    (re.compile(r"^(?:(?:strongly|completely|totally|entirely) disagree|disagree (?:strongly|completely))$"), "disagree"),
    (re.compile(r"^(?:(?:partly|partially) (?:agree|disagree)|(?:agree|disagree) (?:partly|partially|in part))$"), "partly"),
    (re.compile(r"^(?:(?:somewhat|mostly|slightly|moderately|tend to) agree|agree (?:somewhat|mostly|slightly))$"), "agree"),
    (
        re.compile(r"^(?:(?:somewhat|mostly|slightly|moderately|tend to) disagree|disagree (?:somewhat|mostly|slightly))$"),
        "disagree",
    ),
)
"""Ratings a form tool's five-point scale writes (Microsoft Forms, Google Forms, Qualtrics), read as the pack's
three by the way they lean: 'Somewhat agree' agrees and 'Somewhat disagree' disagrees, so the agreement figure counts
everyone who leans to agree; only an answer that says 'partly' is partly. The respondent's words are kept beside
the rating (`FeedbackItem.answer`), so how strongly they agreed is never lost."""
_NO_DIRECTION = re.compile(r"^(?:neither agree nor disagree|neither|neutral|unsure|not sure|undecided|no opinion|don ?t know)$")


NO_DIRECTION_READ_AS = "no rating"


@dataclass(frozen=True)
class _AgreementScale:
    """One language's agreement scale as a form in it words its answers (folded: accents and apostrophes gone), read by
    the rule English answers are (`_FIVE_POINT`): an end said more or less strongly leans as that end does ('Plutôt
    d'accord', 'Muy en desacuerdo', 'Stimme eher zu'), an answer saying partly is partly, alone or with either end
    ('Concordo em parte'), and the middle ('Ni d'accord ni pas d'accord', 'Weder noch') is no rating. `agree` and
    `disagree` may hold `{d}` where the language puts how strongly inside an end ('stimme {d} zu'); `yes` and `no`
    answer any question, so they do not say a column holds ratings (`_says_agreement`)."""

    language: str
    agree: str
    disagree: str
    degree: str
    partly: str
    neither: str
    yes: str
    no: str

    @property
    def patterns(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        return _scale_patterns(self)

    def reading(self, folded: str, *, yes_no: bool = True) -> str | None:
        """agree, partly, disagree or `NO_DIRECTION_READ_AS` for an answer on this scale, else None."""
        found = next((kind for pattern, kind in self.patterns if pattern.match(folded)), None)
        if found is None and yes_no:
            found = "agree" if re.fullmatch(self.yes, folded) else "disagree" if re.fullmatch(self.no, folded) else None
        return found


@cache
def _scale_patterns(scale: _AgreementScale) -> tuple[tuple[re.Pattern[str], str], ...]:
    degree = f"(?:{scale.degree})"
    agree, disagree = (words.replace("{d}", f"(?:{degree} )?") for words in (scale.agree, scale.disagree))
    either = f"(?:{agree}|{disagree})"
    end = "^(?:{degree} )?(?:{words})(?: {degree})?$"
    return (
        (re.compile(rf"^(?:{scale.neither})$"), NO_DIRECTION_READ_AS),
        (re.compile(rf"^(?:{scale.partly})(?: {either})?$|^{either} (?:{scale.partly})$"), "partly"),
        (re.compile(end.format(degree=degree, words=disagree)), "disagree"),
        (re.compile(end.format(degree=degree, words=agree)), "agree"),
    )


_NO_DEGREE = r"(?!)"
"""The words of degree of a scale that writes them into its answers' words (`_AGREEMENT_SCALES`): none apart."""
_AGREEMENT_SCALES = (
    _AgreementScale(
        "French",
        agree=r"d accord|en accord",
        disagree=r"(?:pas|pas du tout|pas vraiment|ne suis pas|je ne suis pas) d accord|en desaccord",
        degree=r"tout a fait|totalement|entierement|completement|fortement|vivement|absolument|plutot|assez|un peu|tres",
        partly=r"en partie|partiellement|plus ou moins",
        neither=r"ni d accord ni (?:pas d accord|en desaccord)|neutre|sans opinion|indecise?|(?:je )?ne (?:sais|sait) pas"
        r"|ne se prononce pas|nsp",
        yes=r"oui",
        no=r"non",
    ),
    _AgreementScale(
        "Spanish",
        agree=r"de acuerdo",
        disagree=r"en desacuerdo|(?:no estoy|nada|no) de acuerdo",
        degree=r"muy|totalmente|completamente|fuertemente|plenamente|bastante|algo|un poco|ligeramente|mas bien",
        partly=r"en parte|parcialmente",
        neither=r"ni de acuerdo ni en desacuerdo|ni acuerdo ni desacuerdo|neutral|neutro|indiferente|no se|no lo se|no sabe"
        r"|sin opinion|indecis[oa]|ns nc",
        yes=r"si",
        no=r"no",
    ),
    _AgreementScale(
        "German",
        agree=r"(?:ich )?stimme {d}zu|trifft {d}zu|{d}zustimmung|einverstanden",
        disagree=r"(?:ich )?stimme {d}nicht zu|trifft {d}nicht zu|(?:ich )?lehne {d}ab|{d}ablehnung|nicht einverstanden",
        degree=r"voll und ganz|ganz und gar|voll|ganz|vollig|vollstandig|absolut|eher|stark|sehr|uberhaupt|gar",
        partly=r"teils teils|teils|teilweise|(?:ich )?stimme (?:teilweise|teils) zu|trifft (?:teilweise|teils) zu",
        neither=r"weder noch|weder zustimmung noch ablehnung|stimme weder zu noch (?:nicht zu|lehne ich ab)|neutral"
        r"|unentschieden|weiss (?:ich )?nicht|keine angabe|keine meinung|kann ich nicht beurteilen",
        yes=r"ja",
        no=r"nein",
    ),
    _AgreementScale(
        "Portuguese",
        agree=r"concordo",
        disagree=r"discordo|nao concordo",
        degree=r"totalmente|plenamente|completamente|inteiramente|fortemente|muito|bastante|um pouco|ligeiramente",
        partly=r"em parte|parcialmente",
        neither=r"(?:nem|nao) concordo nem discordo|neutr[oa]|indiferente|nao sei|sem opiniao|indecis[oa]",
        yes=r"sim",
        no=r"nao",
    ),
    _AgreementScale(
        "Dutch",
        agree=r"(?:mee )?eens|akkoord",
        disagree=r"(?:mee )?oneens|niet (?:mee )?eens|niet akkoord",
        degree=r"helemaal|volledig|geheel|totaal|sterk|zeer|erg|enigszins|een beetje|beetje|eerder|redelijk|grotendeels",
        partly=r"deels|gedeeltelijk|ten dele|deels wel deels niet",
        neither=r"neutraal|(?:niet eens|noch eens) (?:en |maar ook |noch )?(?:niet )?oneens|weet (?:ik )?niet|geen mening"
        r"|geen idee",
        yes=r"ja",
        no=r"nee",
    ),
    _AgreementScale(  # Nettskjema's and SurveyXact's Norwegian: 'Helt enig' … 'Helt uenig', 'Delvis', 'Ja', 'Nei'
        "Norwegian",
        agree=r"enig",
        disagree=r"uenig|ikke enig",
        degree=r"helt|svaert|ganske|noe|litt|overveiende",
        partly=r"delvis|delvis enig|litt enig og litt uenig",
        neither=r"verken enig eller uenig|hverken enig eller uenig|noytral|vet ikke|usikker|ingen mening",
        yes=r"ja",
        no=r"nei",
    ),
    _AgreementScale(  # Swedish forms: 'Instämmer helt', 'Håller delvis med', 'Tar helt avstånd', 'Ja', 'Nej'
        "Swedish",
        agree=r"instammer|haller med|{d}enig",
        disagree=r"instammer inte(?: alls)?|haller inte med|tar {d}avstand|oenig|inte enig",
        degree=r"helt|i hog grad|till stor del|i viss man|ganska|nagot|lite|absolut",
        partly=r"delvis|instammer delvis|haller delvis med|delvis enig",
        neither=r"varken eller|varken instammer eller tar avstand|neutral|vet inte|vet ej|ingen asikt",
        yes=r"ja",
        no=r"nej",
    ),
    _AgreementScale(  # Danish forms (SurveyXact): 'Helt enig', 'Overvejende uenig', 'Delvist', 'Ja', 'Nej'
        "Danish",
        agree=r"enig",
        disagree=r"uenig|ikke enig",
        degree=r"helt|overvejende|meget|noget|lidt",
        partly=r"delvis|delvist|delvis enig|delvist enig",
        neither=r"hverken enig eller uenig|hverken eller|neutral|ved ikke|ingen mening",
        yes=r"ja",
        no=r"nej",
    ),
    _AgreementScale(  # the Likert scale Japanese surveys word: そう思う (agree) … そう思わない (disagree)
        "Japanese",
        agree=r"(?:とても|非常に|強く|やや|まあ|どちらかといえば|どちらかと言えば)?(?:そう思う|同意する|賛成)",
        disagree=r"(?:全く|まったく|あまり|どちらかといえば|どちらかと言えば)?(?:そう思わない|同意しない)|反対",
        degree=_NO_DEGREE,
        partly=r"少し|一部|部分的に(?:そう思う|同意する)?|ある程度(?:そう思う)?",
        neither=r"どちらともいえない|どちらとも言えない|わからない|分からない",
        yes=r"はい",
        no=r"いいえ",
    ),
    _AgreementScale(  # 동의 (agree) … 동의하지 않음 (disagree), or 그렇다 … 그렇지 않다
        "Korean",
        agree=r"(?:매우 |대체로 |약간 )?(?:동의(?:함|한다)?|그렇다)",
        disagree=r"(?:전혀 |대체로 |별로 )?(?:동의하지 않(?:음|는다)|그렇지 않다)|비동의|반대",
        degree=_NO_DEGREE,
        partly=r"부분적으로(?: 동의(?:함|한다)?)?|일부 동의(?:함|한다)?|조금",
        neither=r"보통(?:이다)?|중립|잘 모르겠다|모르겠다|모름",
        yes=r"예|네",
        no=r"아니오|아니요",
    ),
    _AgreementScale(  # 同意 (agree) … 不同意 (disagree), in simplified or traditional characters
        "Chinese",
        agree=r"(?:非常|很|比较|比較|完全)?(?:同意|赞成|贊成)",
        disagree=r"(?:非常|很|比较|比較|完全)?(?:不同意|不赞成|不贊成)|反对|反對",
        degree=_NO_DEGREE,
        partly=r"部分同意|有些同意|一部分",
        neither=r"一般|中立|不确定|不確定|说不清|說不清|不知道",
        yes=r"是",
        no=r"否",
    ),
)
"""The agreement scales forms write besides English's, one a language, each read by the one rule (`_AgreementScale`):
a reference group answering in French, Spanish, German, Portuguese or Dutch rates as an English one does (trial AF:
'Plutôt d'accord' refused a whole SurveyMonkey download), and one in Norwegian, Swedish or Danish (helper K2: a
Nettskjema download's 'Delvis' and 'Nei' refused the whole file); one in Japanese, Korean or Chinese too, their words of
degree written into each answer's words, as those languages join them ('ややそう思う', '매우 동의', '非常同意'): helper H3,
a carers' group's answers typed from LINE, 'はい', '少し', 'いいえ', were refused."""


def _in_own_words(folded: str) -> str:
    """A rating's words without the first person a respondent typed before them: "I don't know", "I'm not sure" are
    "don't know", "not sure" (trial BZ: a Google Forms download failed whole on the answer the pack invites)."""
    return re.sub(r"^i(?: m| am)? ", "", folded)


def _scale_reading(folded: str) -> tuple[str | None, str]:
    """How a rating's words (folded, `_scale_words`) lean, and the language of the scale they are on ('' for English):
    agree, partly, disagree, `NO_DIRECTION_READ_AS` for its middle, or None for words on no scale cmo reads."""
    rating = RATINGS.get(folded) or next((kind for pattern, kind in _FIVE_POINT if pattern.match(folded)), None)
    if rating or _NO_DIRECTION.match(_in_own_words(folded)):
        return rating or NO_DIRECTION_READ_AS, ""
    return next(((found, scale.language) for scale in _AGREEMENT_SCALES if (found := scale.reading(folded))), (None, ""))


def _says_agreement(folded: str) -> bool:
    """Words only an agreement scale writes ('Somewhat agree', 'Partly', 'Plutôt d'accord'), unlike 'Yes' and 'No',
    which answer any question: a column holding them holds ratings."""
    return (
        "agree" in folded
        or RATINGS.get(folded) == "partly"
        or any(scale.reading(folded, yes_no=False) for scale in _AGREEMENT_SCALES)
    )


SCALES_READ = (
    "the words of an agreement scale in English, "
    + ", ".join(scale.language for scale in _AGREEMENT_SCALES[:-1])
    + f" or {_AGREEMENT_SCALES[-1].language}"
)
"""What a rating may say, as a message tells it."""


def _scale_asked(question: str) -> Scale | None:
    """The numbered scale a question gives its answers ('How far do you agree? (1 = strongly disagree, 5 = strongly
    agree)', 'where 1 is disagree and 7 is agree'): the form says which way its numbers run, so they are read on it."""
    folded = fold(question)
    for disagree, agree in (_SCALE_NUMBER_FIRST, _SCALE_WORDS_FIRST):
        ends = re.search(disagree, folded), re.search(agree, folded)
        if ends[0] and ends[1] and int(ends[0].group(1)) != int(ends[1].group(1)):
            found = Scale(int(ends[0].group(1)), int(ends[1].group(1)))
            return found if max(found.disagree, found.agree) <= MAX_SCALE_END else None
    return None


_DISAGREE_END = r"(?:strongly |completely |totally )?disagree\b|not at all\b|(?:do )?not agree at all\b"
_AGREE_END = (
    r"(?:strongly |completely |totally |fully )?agree\b|(?:completely|fully|totally|entirely|absolutely)\b(?! (?:dis)?agree)"
)
_SCALE_NUMBER_FIRST = (
    rf"\b(\d{{1,4}}) (?:is |means )?(?:{_DISAGREE_END})",
    rf"\b(\d{{1,4}}) (?:is |means )?(?:{_AGREE_END})",
)
_SCALE_WORDS_FIRST = (r"\b(?:disagree|not at all) (?:is )?(\d{1,4})\b", r"\b(?:agree|completely) (?:is )?(\d{1,4})\b")
"""A scale's ends as a question words them, folded: '1 strongly disagree', or 'strongly disagree 1' ('= 1'); a slider's
as how far one agrees: '0 = not at all, 100 = completely'."""
_ON_GIVEN_SCALE = r"^[\d.]+ on the \d+–\d+ scale$"
"""An answer's words when it was a number read on the scale the team gave (`Scale.words`)."""


def _read_as_warnings(read_as: dict[tuple[str, str], tuple[str, list[str]]], items: Iterable[FeedbackItem] = ()) -> list[str]:
    """How a form tool's scale was read, each by file and rows: by the way it leans (said), and its midpoint as no
    rating, which the team should look at (exit 1): the answer counts as a response, not as agreement or disagreement.
    The scale is named as the file's answers (`items`) give it (`_scale_given`), never by a number of points it may
    not have."""
    warnings: list[str] = []
    given: dict[str, list[str]] = {}
    for item in items:
        given.setdefault(item.file, []).append(item.answer)
    for (file, text), (rating, places) in read_as.items():
        where = f"{file} {_places(places)}"
        if rating == NO_DIRECTION_READ_AS:
            warnings.append(
                LookAt(
                    f"{where}: '{text}' was read as no rating: the answer counts as a response, with its words, but as "
                    "neither agreement nor disagreement"
                )
            )
        elif rating == SLIDER_READ:  # one rule for the file's rows, each named once whichever columns it answers
            rows = _places([re.sub(r" \([^()]*\)$", "", place) for place in places])
            warnings.append(f"{file} {rows}: {text}; each answer keeps its number")
        elif re.match(_ON_GIVEN_SCALE, text):
            warnings.append(f"{where}: {text} was read as {rating} (the number is kept)")
        elif (folded := _scale_words(text)) in RATINGS:  # a rating's word with more written ('Yes 👍', 'No??')
            warnings.append(f"{where}: '{text}' was read as {rating}, as '{folded}' alone is (the words are kept)")
        elif language := _scale_reading(_scale_words(text))[1]:
            warnings.append(f"{where}: '{text}', on a {language} agreement scale, was read as {rating} (the words are kept)")
        else:
            warnings.append(
                f"{where}: '{text}' on {_scale_given(given.get(file, [text]))} was read as {rating} (the words are kept)"
            )
    return warnings


def _scale_given(answers: Iterable[str]) -> str:
    """A form's agreement scale as its answers give it, from its disagree end: 'the form's scale of Strongly disagree,
    Disagree, Agree, Strongly agree (as its answers give it)'. A download holds the answers chosen, not the choices
    offered, so the scale is named by them, never by a count of points (trial CC: a four-point scale, with no middle,
    was said to be a five-point one)."""
    points: dict[str, tuple[int, str]] = {}
    for answer in answers:
        folded = _scale_words(answer)
        rating, language = _scale_reading(folded) if answer and _in_own_words(folded) not in NO_RATING else (None, "")
        if rating is None or language or folded in points:
            continue
        sign = {"agree": 1, "disagree": -1}.get(rating, 0)
        strength = 3 if _STRONGLY.search(folded) else 1 if _LEANING.match(folded) else 2
        points[folded] = (sign * strength, clean_text(answer))
    shown = [words for _, words in sorted(points.values(), key=lambda point: point[0])]
    if len(shown) < 2:
        return "the form's agreement scale"
    return f"the form's scale of {', '.join(shown)} (as its answers give it)"


_STRONGLY = re.compile(r"\b(?:strongly|completely|fully|totally|entirely)\b")
"""How an agreement scale's ends say themselves ('Strongly agree'), beyond the plain 'Agree' and the leaning 'Somewhat
agree' (`_LEANING`): a scale's answers are named in its order (`_scale_given`)."""


_OF_TAB = re.compile(r"^(.*?)( of tab '.*')$", re.S)
"""A row named among a workbook's several sheets read as one file (`Table.row_named`): "row 7 of tab 'Meeting 2'"."""


def _places(places: list[str]) -> str:
    """'row 3', 'rows 3, 5 and 9', 'answers 2 and 4': the places a warning is about, named as the file numbers them;
    the rows of each sheet together where a workbook's sheets were read as one ("rows 3 and 5 of tab 'Meeting 1', row
    2 of tab 'Meeting 2'")."""
    unique = list(dict.fromkeys(places))
    tabs: dict[str, list[str]] = {}
    for place in unique:
        found = _OF_TAB.match(place)
        tabs.setdefault(found[2] if found else "", []).append(found[1] if found else place)
    if len(tabs) > 1 or "" not in tabs:
        return ", ".join(f"{_places(rows)}{tab}" for tab, rows in tabs.items())
    kinds = {place.split(" ", 1)[0] for place in unique}
    if len(unique) == 1 or len(kinds) != 1:
        return ", ".join(unique)
    kind = kinds.pop()
    numbers = [place.split(" ", 1)[1] for place in unique]
    return f"{kind}s {', '.join(numbers[:-1])} and {numbers[-1]}"


def _rating(row: _Row, problems: _Problems, read_as: dict | None = None, scale: Scale | None = None) -> tuple[str | None, str]:
    """How the answer counts (agree, partly, disagree, or None) and the respondent's words for it, as written."""
    text = _string(row, "rating", problems)
    if not text:
        return None, ""
    number = _number_given(text)  # a spreadsheet's 4 may come as 4.0
    if number is not None:
        return _numbered_rating(row, number, problems, read_as, scale)
    words = clean_text(text)
    folded = _scale_words(text)
    if _in_own_words(folded) in NO_RATING:
        return None, words  # an answer all the same: "I don't know" is one the pack invites (trial BZ: it failed the import)
    rating, _ = _scale_reading(folded)
    said = read_as.setdefault((row.file, words), (rating or NO_DIRECTION_READ_AS, [])) if read_as is not None else None
    if rating == NO_DIRECTION_READ_AS:
        if said is not None:  # neither way: an answer without a rating, its words kept, and said for the team
            said[1].append(row.place)
        return None, words
    if rating is None:
        if read_as is not None:
            read_as.pop((row.file, words), None)
        shown = text if len(text) <= 40 else text[:40] + "…"
        problems.add(f"{row.at('rating')}: '{shown}' is not one of agree, partly, disagree, nor {SCALES_READ}")
    elif folded in RATINGS and read_as is not None and re.fullmatch(r"[\w' .\-–=:()\[\]]+", words):  # '4 - Agree': unsaid
        read_as.pop((row.file, words), None)
    elif said is not None:
        said[1].append(row.place)
    return rating, words


def _numbered_rating(
    row: _Row, number: float, problems: _Problems, read_as: dict | None, scale: Scale | None
) -> tuple[str | None, str]:
    """A number alone leans as the form numbered its scale, which its download does not say: read only on the scale
    the team gives (`--scale`) or the question's words give (`_scale_asked`), its words saying which scale, and said
    like any reading of a form's scale; a slider's numbers by one rule, said once for the file (`Scale.rule`)."""
    shown = _number_shown(number)
    if scale is None:
        asked = "" if row.form else "write agree, partly or disagree, as the sheet asks, or if a form numbered its scale, "
        problems.add_alike(
            (row.file, "a number alone"),
            f"{row.at('rating')}: '{shown}' is a number alone, which leans either way as the form numbered its scale: "
            f"{asked}give the scale from its disagree end, as {_scale_example(number)}",
            row.line or row.place,
        )
        return None, shown
    if not scale.holds(number) or (number != int(number) and not scale.slider):
        whole = " (its points are whole numbers)" if scale.holds(number) else ""
        problems.add(f"{row.at('rating')}: '{shown}' is not on the scale {scale}{whole}")
        return None, shown
    rating, words = scale.reading(number), scale.words(number)
    if read_as is not None:
        said = (scale.rule(), SLIDER_READ) if scale.in_thirds else (words, rating or NO_DIRECTION_READ_AS)
        read_as.setdefault((row.file, said[0]), (said[1], []))[1].append(row.place)
    return rating, words


def _scale_example(top: float) -> str:
    """The `--scale` a message suggests for numbers up to `top`: a rating scale's, or past its points a slider's."""
    if top > MAX_POINTS:
        return "--scale 0-100 for a slider from 0 ('not at all', 'strongly disagree') to 100 ('completely')"
    return "--scale 1-5 when 1 is 'strongly disagree'"


@dataclass(frozen=True)
class Scale:
    """A form's numbered agreement scale, from its disagree end to its agree end ('1-5'; '5-1' when 5 is 'strongly
    disagree'), as the team gives it: a form's download gives only the numbers. A number leans as its place on the
    scale, as the words of a five-point scale are read (`_FIVE_POINT`: 4 of 5 agrees); the middle of an odd scale
    leans neither way, as 'Neither agree nor disagree' does."""

    disagree: int
    agree: int

    @classmethod
    def parse(cls, text: str) -> Scale:
        found = re.fullmatch(r"\s*(\d+)\s*(?:-|–|—|to|\.\.)\s*(\d+)\s*", text)
        why = (
            "it is not two whole numbers joined by '-'"
            if not found
            else "both ends are the same number"
            if int(found.group(1)) == int(found.group(2))
            else f"a scale's ends are at most {MAX_SCALE_END}"
            if max(int(found.group(1)), int(found.group(2))) > MAX_SCALE_END
            else ""
        )
        if why:
            raise BadInput(
                f"--scale '{text}': give the form's numbers from its disagree end to its agree end, as '1-5' "
                f"(or '5-1' when 5 is 'strongly disagree'), or a slider's ends, as '0-100' ({why})."
            )
        return cls(int(found.group(1)), int(found.group(2)))

    def __str__(self) -> str:
        return f"{self.disagree}–{self.agree}"

    def holds(self, number: int) -> bool:
        return min(self.disagree, self.agree) <= number <= max(self.disagree, self.agree)

    @property
    def slider(self) -> bool:
        """More points than a rating scale has (0–10 at most): a slider ('0 = not at all, 100 = completely'), read in
        thirds (`reading`)."""
        return abs(self.agree - self.disagree) > MAX_POINTS - 1

    @property
    def nine_points(self) -> bool:
        """The nine-point scale a Delphi panel rates on (1–9, as the RAND/UCLA appropriateness method and GRADE panels
        use it), read in its three bands, 7–9 agree, 4–6 partly and 1–3 disagree, as its users read it (trial BU: a
        Welphi round's 6 was counted as agreeing and its 4 as disagreeing, which the panel's own results call uncertain)."""
        return abs(self.agree - self.disagree) == NINE_POINTS - 1

    @property
    def in_thirds(self) -> bool:
        """Read in thirds of its length (`reading`): a slider, or a Delphi panel's nine points."""
        return self.slider or self.nine_points

    def reading(self, number: float) -> str | None:
        """agree, disagree, or in the middle None, or partly on a three-point scale, as the pack's own Yes / Partly / No
        (REDCap codes its choices 1, 2, 3). A slider is read in thirds of its length: the third at its agree end agrees,
        the one at its disagree end disagrees, and the middle third agrees partly, as the pack's Partly (a slider's
        middle is no one point a respondent stops on, as a five-point scale's 'Neither' is)."""
        if self.in_thirds:
            along, length = abs(number - self.disagree), abs(self.agree - self.disagree)
            return "agree" if along * 3 > length * 2 else "disagree" if along * 3 < length else "partly"
        toward_agree = (number - self.disagree) * 2 - (self.agree - self.disagree)  # its sign: which half it is in
        if toward_agree == 0:
            return "partly" if abs(self.agree - self.disagree) == 2 else None
        return "agree" if (toward_agree > 0) == (self.agree > self.disagree) else "disagree"

    def words(self, number: float) -> str:
        """What the respondent said, kept beside the rating: the number and the scale it is on."""
        return f"{_number_shown(number)} on the {self} scale"

    def rule(self) -> str:
        """How a slider's numbers were read (`reading`), said once for each file and kept in the history."""
        low, high = sorted((self.disagree, self.agree))
        spans: dict[str, list[int]] = {}
        for number in range(low, high + 1):
            spans.setdefault(self.reading(number) or NO_DIRECTION_READ_AS, []).append(number)
        parts = [f"{min(spans[kind])}–{max(spans[kind])} {kind}" for kind in ("agree", "partly", "disagree") if kind in spans]
        if self.nine_points:
            return f"the numbers on the {self} scale were read in its three bands, as Delphi panels rate: {', '.join(parts)}"
        return f"the numbers on the {self} slider were read in thirds of it: {', '.join(parts)}"


MAX_POINTS = 11
"""The most points a rating scale has (0–10); a wider one is a slider (`Scale.slider`)."""
NINE_POINTS = 9
"""The points of a Delphi panel's scale (1–9), read in its three bands (`Scale.nine_points`)."""
MAX_SCALE_END = 1000
"""The largest end a scale may have (a slider runs 0–100 or, finely, 0–1000)."""
SLIDER_READ = "in thirds"
"""How `_numbered_rating` marks a slider's numbers for `_read_as_warnings`, which says the rule once for each file."""


def _number_given(text: str) -> float | None:
    """A rating written as a number alone ('4', '4.0' as a spreadsheet gives it, a slider's '72.5'), else None."""
    found = re.fullmatch(r"\s*(\d{1,4})(?:[.,](\d{1,3}))?\s*", text)
    return float(f"{found.group(1)}.{found.group(2) or 0}") if found else None


def _number_shown(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:g}"


def _row_round(row: _Row, round_number: int, rounds: dict[int, set[str]] | None, problems: _Problems) -> int:
    """The round an answer is for: the one asked for; with `rounds`, the file's own when it names a closed one."""
    if rounds is None:
        _check_round(row, round_number, problems)
        return round_number
    found = _round_value(row, problems)
    if found is not None and found not in rounds:
        closed = ", ".join(str(n) for n in sorted(rounds))
        problems.add(f"{row.at('round')}: these answers are for round {found}, which has not been closed (closed: {closed})")
        return 0
    return found or round_number


def _check_round(row: _Row, round_number: int, problems: _Problems) -> None:
    found = _round_value(row, problems)
    if found is not None and found != round_number:
        problems.add(f"{row.at('round')}: these answers are for round {found}, but round {round_number} is being imported")


def _round_value(row: _Row, problems: _Problems) -> int | None:
    """The round a row or file names, None when it names none; a value that is no round number is a problem."""
    value = row.values.get("round")
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        found = None
    elif isinstance(value, int):
        found = value
    elif isinstance(value, float) and value.is_integer():
        found = int(value)
    elif isinstance(value, str):
        found = _round_named(value)
    else:
        found = None
    if found is None:
        shown = f"'{str(value)[:20]}' is not a round number: write the round's number, as 1"
        if "round" in row.shared:
            problems.add(f"{row.at('round')}: {shown}")
        else:
            problems.add_on(f"{row.file} {{places}}, field round: {shown}", row.line or row.place)
    return found


_ROUND_NAMED = re.compile(r"(?:(?:round|rnd|rd|r)\s*(?:no\.?|number|#)?\s*[.:#-]?\s*)?(\d{1,4})[.:;,]?", re.IGNORECASE)
_REMARK = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _round_named(text: str) -> int | None:
    """The round a cell names as people write it: '2', 'Round 2', 'R2', 'round 2 (May)' (a remark in brackets is
    read past), and as REDCap names an event ('round_2_arm_1', 'Round 2 (Arm 1: Panel)'); None for anything else
    ('1-2', 'May')."""
    text = re.sub(r"[\s_]+arm[\s_]*\d{1,3}$", "", _REMARK.sub(" ", text).strip(), flags=re.IGNORECASE)  # REDCap's 'round_1_arm_1'
    found = _ROUND_NAMED.fullmatch(text.replace("_", " ").strip())
    return int(found.group(1)) if found else None


def _group(row: _Row, groups: GroupLabels | None, problems: _Problems, read_groups: dict | None = None) -> str:
    """The review's group an answer names, as a team types it (`labelled`: "Clinicians", "clinician", "Group 2 -
    Carers"); one not written as a slug or name is said with what it was read as (`read_groups`), never guessed
    between two. A form's answer naming no one group (its 'Other', or several ticked: `_ticked_groups`) is kept
    without a group, and said (`_group_warning`)."""
    text = _short_text(row, "group", problems)
    if not text or groups is None:
        return text
    found, as_written = group_named(text, groups.labels)
    if not found and len(halves := _BILINGUAL.split(text.strip())) == 2:  # 'Infirmiers / Nurses': a choice in two languages
        named = [group_named(half, groups.labels)[0] for half in halves]
        if all(len(n) <= 1 for n in named) and len(either := {g for n in named for g in n}) == 1:
            found, as_written = sorted(either), False
    if not found and len(alike := _one_group_ticked(text, groups)) == 1:
        found, as_written = sorted(alike), False  # choices ticked that all name one group ('YOI, Young offender …')
    if len(found) == 1:
        if read_groups is not None and not as_written:
            read_groups.setdefault((row.file, text, found[0]), []).append(row.line or row.place)
        return found[0]
    could = f": it could be {' or '.join(found)}" if found else f" ({', '.join(groups.names)})"
    if row.form:  # a form's 'Other' answer, in the respondent's words: the answer stands, without a group
        if read_groups is not None:
            read_groups.setdefault((row.file, text, ""), []).append(row.line or row.place)
        return ""
    declare = "" if found else f'; if it is the team\'s label for one, declare it: cmo domains alias --group SLUG "{text}"'
    problems.add(f"{row.at('group')}: '{text}' is not one of the review's groups{could}{declare}")
    return text


_group_named = group_named
"""Its name before the rule moved to `normalise.group_named` (tests/test_trial_w_forms.py reads it so)."""


@lru_cache(maxsize=256)
def _ticked_groups(text: str, groups: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """A checkbox question's answer ticking several groups, as form tools join the choices ticked ('Children and young
    people, Digitally excluded people', Google Forms; 'Carers,Clinicians', JISC Online Surveys; 'Carers;Clinicians;',
    Microsoft Forms): each choice as written with the group it names ('' for none), where at least one names a group;
    () for a cell that is no such list. A group whose name holds a comma is read whole."""
    pieces = [(found.start(), found.end()) for found in re.finditer(r"[^,;]+", text) if found.group().strip()]
    if len(pieces) < 2:
        return ()
    read: dict[int, list[tuple[str, str]]] = {0: []}
    for end in range(1, len(pieces) + 1):
        for start in (start for start in range(end) if start in read):  # the longest choice first
            choice = text[pieces[start][0] : pieces[end - 1][1]].strip()
            found, _ = group_named(choice, groups)
            if len(found) == 1 or (end - start == 1 and not found):
                read[end] = [*read[start], (choice, found[0] if len(found) == 1 else "")]
                break
    ticked = read.get(len(pieces), [])
    return tuple(ticked) if len(ticked) > 1 and any(slug for _, slug in ticked) else ()


def _one_group_ticked(text: str, groups: GroupLabels) -> set[str]:
    """The groups a cell read as choices ticked (`_ticked_groups`) names, where a choice naming none is words of the one
    group another names: a single choice whose name holds a comma, worded a little otherwise than the review's
    ('Frontline staff, peer workers or service managers' for 'Frontline staff, peer workers and service managers',
    trial R), is that group, not two ticked."""
    ticked = _ticked_groups(text, groups.labels)
    named = {slug for _, slug in ticked if slug}
    if len(named) == 1:
        (slug,) = named
        words = groups.words_of(slug)
        if all(found or set(_name_words(choice)) <= words for choice, found in ticked):
            return named
    return {slug for _, slug in ticked}


def _name_words(text: str) -> list[str]:
    """A name's words that name something: not 'and', 'or', 'of', 'the'."""
    return [word for word in fold(text).split() if word not in {"and", "or", "of", "the", "a", "an", "with", "for"}]


class NoGroupRead(LookAt):
    """The warning that a form's answers naming none of the review's groups were kept without one (`_group_warning`),
    with the file and the words it names, so the import can say instead what is true of answers it had already (helper
    H1: a raw-codes download's 'asc' was said 'kept without one' where those answers kept the group the labels file gave
    them)."""

    file: str
    words: str

    def __new__(cls, message: str, file: str, words: str) -> NoGroupRead:
        said = super().__new__(cls, message)
        said.file, said.words = file, words
        return said


def _group_warning(file: str, text: str, slug: str, places: list[str], groups: GroupLabels) -> str:
    where = f"{file} {_places(places)}: the group '{_shown(text, 40)}'"
    if slug:
        return f"{where} was read as {slug}"
    if ticked := _ticked_groups(text, groups.labels):
        none = "none of the review's groups"
        given = [f"'{choice}' ({named or none})" for choice, named in ticked]
        listed = ", ".join(given[:-1]) + f" and {given[-1]}"
        return LookAt(
            f"{file} {_places(places)}: {len(ticked)} groups were ticked, {listed}, and an answer counts under one group, so "
            "these answers were kept without a group rather than under one cmo would choose"
        )
    found, _ = group_named(text, groups.labels)
    if found:
        return LookAt(f"{where} could be {' or '.join(found)}, so the answers were kept without one rather than guess")
    offered = ", ".join(f"'{name or slug}'" for slug, name in groups.names.items()) or "it declares none"  # names, not slugs
    return NoGroupRead(
        f"{where} is none of the review's groups ({offered}), so the answers were kept without one, with the respondent's "
        "words for it",
        file,
        text,
    )


# --- The spreadsheet template ------------------------------------------------------------------


NOT_A_FINDING = "Not yet a finding: no included study supports it. Comments welcome; no rating asked."
"""Said before a configuration's words in the answer sheet when no included source supports it, as its pack sets it
apart and asks no rating."""


def write_feedback_template(
    path: str | Path,
    configurations: list[Configuration],
    round_number: int,
    groups: dict[str, str] | None = None,
    not_findings: Collection[str] = (),
    meanings: Mapping[str, str] | None = None,
) -> None:
    """Write the answer sheet as CSV or XLSX (by extension): one row per configuration of the round; those in
    `not_findings` (no included evidence) say so and ask no rating; each short form in `meanings` written out, as the
    pack writes it (`template_rows`)."""
    target = Path(path)
    rows = template_rows(configurations, round_number, not_findings, meanings)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        atomic_write_bytes(target, csv_bytes(TEMPLATE_HEADERS, rows))
    elif suffix == ".xlsx":
        atomic_write_bytes(target, _template_xlsx(rows, groups or {}, target))
    else:
        raise BadInput(f"{target}: the template must be a .csv or .xlsx file.")


def template_rows(
    configurations: list[Configuration],
    round_number: int,
    not_findings: Collection[str],
    meanings: Mapping[str, str] | None = None,
) -> list[list[object]]:
    """The answer sheet's rows: each configuration's title and statement as its pack shows them, with each short form
    in `meanings` written out (`shorthand.spelt_out`, the pack's own rule, for a team that sets `settings:
    spell_out_short_forms: true`: helpers H1 and H3, the sheet the group reads kept the coders' 'CHWs', 'BP')."""
    from cmo.synthesis.shorthand import spelt_out
    from cmo.synthesis.wording import cmo_sentence

    active = sorted((c for c in configurations if not c.retired), key=lambda c: natural_key(c.id))
    rows = []
    for c in active:  # a closed round's words as its pack showed them (`SentConfiguration`), else today's rendering
        said = getattr(c, "shown_sentence", "") or cmo_sentence(c.context, c.mechanism, c.outcome)
        said = f"{NOT_A_FINDING} {said}" if c.id in not_findings else said
        title = getattr(c, "shown_title", "") or clean_text(c.title)
        said, title = (spelt_out(said, meanings), spelt_out(title, meanings)) if meanings else (said, title)
        rows.append(["", "", round_number, c.id, title, said, "", "", "", "", "", ""])
    return [*rows, ["", "", round_number, OVERALL, OVERALL_TITLE, OVERALL_QUESTION, "", "", "", "", "", ""]]


def _template_xlsx(rows: list[list[object]], groups: dict[str, str], target: Path) -> bytes:
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Responses"
    sheet.append(list(TEMPLATE_HEADERS))
    for row in rows:
        sheet.append([text_cell(sheet, v) if isinstance(v, str) else v for v in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = dict(zip(TEMPLATE_COLUMNS, (18, 22, 7, 13, 32, 60, 12, 40, 40, 40, 40, 22)))
    for letter, name in zip("ABCDEFGHIJKL", TEMPLATE_COLUMNS):
        sheet.column_dimensions[letter].width = widths[name]
    sheet.freeze_panes = "A2"
    last = max(len(rows) + 1, 2)
    rating = DataValidation(type="list", formula1='"agree,partly,disagree"', allow_blank=True)
    rating.add(f"G2:G{last}")
    sheet.add_data_validation(rating)
    if groups and all("," not in slug and '"' not in slug for slug in groups):
        group = DataValidation(type="list", formula1='"' + ",".join(groups) + '"', allow_blank=True)
        group.add(f"B2:B{last}")
        sheet.add_data_validation(group)
    _instructions(book.create_sheet("How to fill in"), groups)
    return saved_bytes(book, lambda built: None, target)  # built above, in memory: only the save meets the disk


def _instructions(sheet, groups: dict[str, str]) -> None:
    sheet.append(["Column", "What to write"])
    sheet.append([TEMPLATE_LABELS["respondent"], "A made-up name. No real name needed. Writing it once is enough."])
    sheet.append(
        [
            "group",
            "The stakeholder group you answer for (optional): " + "; ".join(f"{slug} = {name}" for slug, name in groups.items()),
        ]
    )
    sheet.append(["round, configuration, title, statement", "Filled in for you: please leave them as they are."])
    sheet.append(["rating", f"{SHEET_QUESTIONS['rating']} agree, partly or disagree."])
    for name in TEXT_FIELDS:
        sheet.append([TEMPLATE_LABELS.get(name, name), SHEET_QUESTIONS[name]])
    role = "What you speak as (optional): researcher, clinician, lived experience, carer, ... Writing it once is enough."
    sheet.append([TEMPLATE_LABELS["role"], role])
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 90
    for row in sheet.iter_rows():
        for cell in row:
            cell.data_type = "s"


# --- Summary -----------------------------------------------------------------------------------


def summarise(items: list[FeedbackItem], configurations: list[Configuration]) -> list[dict]:
    """Agreement per configuration and per group, with the comments: `cmo feedback summary --json`.

    `agreement` is the share of ratings that are "agree" (None without ratings); rows come in
    id order and include configurations nobody answered, so gaps show.
    """
    unique = list({item.fingerprint or item.id or id(item): item for item in items}.values())
    titles = {c.id: clean_text(c.title) for c in configurations if not c.retired}
    by_config: dict[str, list[FeedbackItem]] = {}
    for item in unique:
        by_config.setdefault(item.configuration, []).append(item)
    if OVERALL in by_config:
        titles[OVERALL] = OVERALL_TITLE
    summary = []
    for config_id in sorted(set(titles) | set(by_config), key=natural_key):
        answers = by_config.get(config_id, [])
        by_group: dict[str, list[FeedbackItem]] = {}
        for item in answers:
            by_group.setdefault(item.group, []).append(item)
        summary.append(
            {
                "configuration": config_id,
                "title": titles.get(config_id, ""),
                **_tally(answers),
                "by_group": [{"group": g, **_tally(by_group[g])} for g in sorted(by_group)],
                "comments": [_comment(item) for item in sorted(answers, key=lambda i: natural_key(i.id or "")) if item.said()],
            }
        )
    return summary


def _tally(items: list[FeedbackItem]) -> dict:
    counts = Counter(item.rating for item in items)
    return {
        "responses": len(items),
        "agree": counts["agree"],
        "partly": counts["partly"],
        "disagree": counts["disagree"],
        "unrated": counts[None],
        "agreement": agreement(items),
    }


def qualifying_words(item: FeedbackItem) -> str:
    """The sentence of an answer's words (its comment, what is missing, for whom it does not hold) that says the finding
    holds only sometimes or for some ('it is not always embarrassing', 'only where the nurse knows the family', 'except
    on night shifts', 'it depends on the ward'), '' where none does: an agreement worded so may go the other way,
    which `configs cite` says, as the rating alone decides the side a citation takes."""
    for key in ("comment", "missing", "not_for_whom"):
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", getattr(item, key) or ""):
            if _QUALIFYING.search(fold(sentence)):
                return _shown(sentence.strip(), 100)
    return ""


_QUALIFYING = re.compile(
    r"\b(?:not (?:always|all|every|everyone|everywhere|necessarily|really|quite|universal\w*|the case|true|so simple)"
    r"|\w+n t (?:always|necessarily|really)|cannot (?:always|necessarily)"
    r"|only (?:when|if|where|for|in|with|some|a few|sometimes|partly)|except|exceptions?|unless|(?:it )?depends"
    r"|sometimes|in some cases|some of the time|it varies|varies|on the contrary|the opposite|the reverse)\b"
)
"""Words that limit a claim to some times, places or people, or deny it, as English says them (folded)."""


def agreement(items: Iterable[FeedbackItem]) -> float | None:
    """The agreement figure, the one rule wherever it is shown: the share of rated answers that agree, None when
    nothing was rated. A form's 'Somewhat agree' is an agree here, because ratings are read by the way they lean
    (`_FIVE_POINT`); 'partly' (the pack's own middle answer) and no rating ('Neither agree nor disagree') are not."""
    counts = Counter(item.rating for item in items)
    rated = counts["agree"] + counts["partly"] + counts["disagree"]
    return round(counts["agree"] / rated, 3) if rated else None


def _comment(item: FeedbackItem) -> dict:
    return {
        "feedback": item.id,
        "configuration": item.configuration,
        "respondent": item.respondent,
        "group": item.group,
        "group_words": item.group_words,
        "role": item.role,
        "rating": item.rating,
        "answer": item.answer,
        "named": item.named,
        "earlier": item.earlier,
        **{key: getattr(item, key) for key in TEXT_FIELDS},
    }
