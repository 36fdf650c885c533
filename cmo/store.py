"""The review database: SQLite through plain SQL, one JSON column per model plus indexed keys.

Every command that writes does so inside `Store.transaction()`, so a crash or Ctrl-C leaves
the review as it was. The history table is append-only, enforced by triggers.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import TypeAdapter

from cmo.errors import Busy, CmoError
from cmo.models import (
    Configuration,
    Decision,
    FeedbackItem,
    Record,
    RoundSnapshot,
    Source,
    SourceStanding,
    Statement,
    StatementStanding,
    now_iso,
)
from cmo.normalise import (
    TOOL_STUDY_NUMBER,
    author_year_handle,
    cited_by,
    clean_text,
    doi_alias,
    fold,
    former_key,
    initials_of,
    natural_key,
    normalise_doi,
    title_aliases,
    web_address,
    without_initials,
)


@cache
def _list_of(model) -> TypeAdapter:
    return TypeAdapter(list[model])


SCHEMA_VERSION = 12

_STATEMENT_STANDING = (
    "json_object('id', id, 'source', source_key, 'stance', json(coalesce(json_extract(data, '$.stance'), '{}')), "
    + ", ".join(f"'{flag}', coalesce(json_extract(data, '$.{flag}'), 0)" for flag in ("contradicts", "detached", "deleted"))
    + ")"
)
"""A statement's `StatementStanding` as schema 4 wrote it (kept as released: migrations are never edited)."""
_STATEMENT_STANDING_TOLD = (
    _STATEMENT_STANDING[:-1]
    + ", 'tells_outcome', json(iif(trim(coalesce(json_extract(data, '$.outcome'), '')) != '', 'true', 'false')))"
)
"""A statement's `StatementStanding`: its source, the coder's flag, the reviewer's stance, whether it is out, and whether
it tells an outcome at all (a context or mechanism statement alone supports nothing, `evidence.supporting_sources`)."""
_SOURCE_STANDING = (
    "json_object('key', key, 'grey', json_extract(data, '$.grey'), 'appraisal', json(json_extract(data, '$.appraisal')))"
)
"""A source's `SourceStanding` as schema 4 wrote it (kept as released: migrations are never edited)."""
_SOURCE_STANDING_ALIKE = (
    "json_object('grey', json_extract(data, '$.grey'), 'appraisal', json(json_extract(data, '$.appraisal')), "
    "'status', coalesce(json_extract(data, '$.status'), 'unscreened'))"
)
"""A source's `SourceStanding`: whether it is grey literature, its appraisal, and its screening decision; without
its key, so that sources which stand alike have the same text."""

PAGE_SIZE = 16384
"""For a new review: a bulk ingest writes each page to the WAL and then to the database, one
system call each, so 16 KiB pages cut ~1 s of kernel time from a 50,000-record ingest."""


def _keep_replaced_feedback(db: sqlite3.Connection) -> None:
    """Schema 7: answers a respondent's later file replaced are kept, marked `replaced_by`, where cmo before it
    deleted them and kept them only in the history. Put them back from the history, each marked with the answer that
    replaced it, so that a configuration citing one still cites those words and a closed round's pack is as sent."""
    stored = {feedback_id: json.loads(data) for feedback_id, data in db.execute("SELECT id, data FROM feedback")}
    prints = {data.get("fingerprint") for data in stored.values()}
    replaces = [
        json.loads(data) for (data,) in db.execute("SELECT data FROM history WHERE action = 'feedback-replace' ORDER BY seq")
    ]
    every = dict(stored)
    for decision in replaces:
        every.update({a["id"]: a for a in decision.get("before", {}).get("answers", []) if isinstance(a, dict) and a.get("id")})

    def same_question(one: dict, other: dict) -> bool:
        keys = ("round", "configuration")
        return all(one.get(k) == other.get(k) for k in keys) and fold(one.get("respondent", "")) == fold(
            other.get("respondent", "")
        )

    for decision in replaces:
        later = [f for f in decision.get("after", {}).get("feedback", []) if isinstance(f, str)]
        for answer in decision.get("before", {}).get("answers", []):
            if (
                not isinstance(answer, dict)
                or not answer.get("id")
                or answer["id"] in stored
                or answer.get("fingerprint") in prints
            ):
                continue
            successor = next((f for f in later if f in every and same_question(every[f], answer)), later[0] if later else "")
            kept = {**answer, "replaced_by": successor or "a later answer"}
            db.execute(
                "INSERT INTO feedback(num, id, round, fingerprint, data) VALUES(?, ?, ?, ?, ?)",
                (id_number(kept["id"]), kept["id"], kept.get("round", 0), kept.get("fingerprint", ""), json.dumps(kept)),
            )
            stored[kept["id"]] = kept
            prints.add(kept.get("fingerprint"))


def _pin_consulted(db: sqlite3.Connection) -> None:
    """Schema 7: a closed round pins the configurations it sent (the reference group rated those words); pin those
    earlier rounds sent, once, so that refine finds them as a round now leaves them."""
    sent = {
        config["id"]
        for (data,) in db.execute("SELECT data FROM rounds")
        for config in json.loads(data).get("configurations", [])
        if isinstance(config, dict) and config.get("id")
    }
    for config_id, data in db.execute("SELECT id, data FROM configurations").fetchall():
        config = json.loads(data)
        if config_id in sent and not config.get("pinned"):
            db.execute("UPDATE configurations SET data = ? WHERE id = ?", (json.dumps({**config, "pinned": True}), config_id))


def _feedback_file_names(db: sqlite3.Connection) -> None:
    """Schema 7: each answer names its file by the file's name, as an upload to `cmo serve` always did; cmo before it
    kept the path as typed at the import ('../cases/fb.xlsx'), which means nothing from another folder or later."""
    for feedback_id, data in db.execute("SELECT id, data FROM feedback").fetchall():
        item = json.loads(data)
        name = str(item.get("file") or "").replace("\\", "/").rsplit("/", 1)[-1]
        if name != item.get("file", ""):
            db.execute("UPDATE feedback SET data = ? WHERE id = ?", (json.dumps({**item, "file": name}), feedback_id))


_NAMES_OF_A_WORK = tuple(f"json_extract(data, '$.{field}')" for field in ("authors[0]", "publisher", "container"))
"""The names a work is cited by, as SQL reads them from a source's or record's row: its first author, publisher, journal."""
_YEAR_WRITTEN = "CAST(json_extract(data, '$.year') AS TEXT)"


def first_letter_sql(name: str) -> str:
    """The SQL of what a name (an SQL expression) opens with, for `NameScope.where`: its first letter in lower case;
    "*" where folding may change it (a letter past ASCII: "Ø", "ß"), a mark opens it (a brace, a quote) or "the" does,
    which any family may begin; "" for an empty name. One expression, indexed (`_index_names`), so one name typed at
    the command line reads the works it could name, not every row's JSON."""
    return (
        f"(CASE WHEN {name} = '' THEN '' WHEN unicode({name}) > 127 OR substr({name}, 1, 1) NOT GLOB '[A-Za-z0-9]' "
        f"OR lower(substr({name}, 1, 3)) = 'the' THEN '*' ELSE lower(substr({name}, 1, 1)) END)"
    )


def _index_names(db: sqlite3.Connection) -> None:
    """Schema 12: the first letter of each name a work is cited by (`first_letter_sql`) and its year as a handle writes
    it, indexed on sources and records, and the grey sources. `cmo sources show x` on a review of 50,000 works read every
    row's JSON three times to say "not in this review" (helper N2); now SQLite reads only the works whose names open
    with the name's letters, or of its years."""
    for table in ("sources", "records"):
        for number, name in enumerate(_NAMES_OF_A_WORK):
            db.execute(f"CREATE INDEX IF NOT EXISTS {table}_by_name{number} ON {table}({first_letter_sql(name)})")
        db.execute(f"CREATE INDEX IF NOT EXISTS {table}_by_year_written ON {table}({_YEAR_WRITTEN})")
    db.execute("CREATE INDEX IF NOT EXISTS sources_grey ON sources(key) WHERE json_extract(data, '$.grey')")


def _index_years(db: sqlite3.Connection) -> None:
    """Schema 9: each source's year, indexed. A source's look-alikes are of its year (`Store.sources_holding`), so showing
    one source of 50,000 reads the works of its year rather than scanning every row's JSON for its first author's name.
    Added only where missing, so a review whose version number was set back keeps its column."""
    if "year" not in {row[1] for row in db.execute("PRAGMA table_xinfo(sources)")}:
        db.execute("ALTER TABLE sources ADD COLUMN year INTEGER GENERATED ALWAYS AS (json_extract(data, '$.year')) VIRTUAL")
    db.execute("CREATE INDEX IF NOT EXISTS sources_by_year ON sources(year)")


def _count_revisions(db: sqlite3.Connection) -> None:
    """Schema 10: each statement's revision, how many times its row has changed (`Store.put_statements`), indexed. A
    listing keys what it keeps of each configuration's members by their revisions rather than by digesting their rows (5 MB
    of a large review's rows each listing). What was kept of a configuration still as it was read is keyed again; the rest
    goes, never to be matched. Added only where missing, so a review whose version number was set back keeps its column."""
    if "rev" not in {row[1] for row in db.execute("PRAGMA table_xinfo(statements)")}:
        db.execute("ALTER TABLE statements ADD COLUMN rev INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX IF NOT EXISTS statement_revs ON statements(id, rev)")
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'undecided'").fetchone():
        return
    kept = db.execute(
        "SELECT u.key, u.rules, u.config, u.ids, CAST(c.data AS BLOB) FROM undecided u JOIN configurations c ON c.id = u.config"
    ).fetchall()
    rows = dict(db.execute("SELECT id, CAST(data AS BLOB) FROM statements"))
    revisions = dict(db.execute("SELECT id, CAST(rev AS TEXT) FROM statements"))
    db.execute("DELETE FROM undecided")
    for key, rules, config_id, ids, stored in kept:
        members = json.loads(stored)["statements"]
        as_read = hashlib.md5(stored, usedforsecurity=False)  # schema 9's key: the configuration and its members' rows
        as_read.update(b"\x1e".join(rows.get(sid, b"") for sid in members))
        if as_read.hexdigest() == key:
            new_key = undecided_key(stored, [revisions.get(sid) for sid in members])
            db.execute("INSERT INTO undecided(key, rules, config, ids) VALUES(?, ?, ?, ?)", (new_key, rules, config_id, ids))


def undecided_key(configuration: bytes, revisions: list[str | None]) -> str:
    """What a configuration's undecided members are kept under: the configuration as JSON and each member's revision in
    member order (a missing member as such). Its JSON lists its members, so the revisions joined are read one way only."""
    digest = hashlib.md5(configuration, usedforsecurity=False)
    digest.update(",".join(revision or "-" for revision in revisions).encode("ascii"))
    return digest.hexdigest()


_MIGRATIONS: dict[int, list[str | Callable[[sqlite3.Connection], None]]] = {
    1: [
        "CREATE TABLE counters (name TEXT PRIMARY KEY, next INTEGER NOT NULL)",
        """CREATE TABLE files (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, format TEXT NOT NULL,
            encoding TEXT NOT NULL, origin TEXT NOT NULL, records INTEGER NOT NULL, ingested_at TEXT NOT NULL)""",
        "CREATE TABLE sources (key TEXT PRIMARY KEY, data TEXT NOT NULL)",
        """CREATE TABLE records (
            id INTEGER PRIMARY KEY, source_key TEXT NOT NULL REFERENCES sources(key),
            file TEXT NOT NULL, line INTEGER NOT NULL, key TEXT NOT NULL, format TEXT NOT NULL,
            fingerprint TEXT NOT NULL, data TEXT NOT NULL, abstract_in_source INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX records_by_source ON records(source_key)",
        """CREATE TABLE statements (
            num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source_key TEXT NOT NULL, data TEXT NOT NULL)""",
        "CREATE INDEX statements_by_source ON statements(source_key)",
        "CREATE TABLE configurations (num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, data TEXT NOT NULL)",
        "CREATE TABLE rounds (number INTEGER PRIMARY KEY, closed_at TEXT NOT NULL, data TEXT NOT NULL)",
        """CREATE TABLE feedback (
            num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, round INTEGER NOT NULL,
            fingerprint TEXT NOT NULL UNIQUE, data TEXT NOT NULL)""",
        """CREATE TABLE history (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, action TEXT NOT NULL, data TEXT NOT NULL)""",
        """CREATE TRIGGER history_no_update BEFORE UPDATE ON history
            BEGIN SELECT RAISE(ABORT, 'history is append-only'); END""",
        """CREATE TRIGGER history_no_delete BEFORE DELETE ON history
            BEGIN SELECT RAISE(ABORT, 'history is append-only'); END""",
    ],
    2: [
        """CREATE TABLE fulltexts (
            sha256 TEXT PRIMARY KEY, source_key TEXT NOT NULL, file TEXT NOT NULL, stored TEXT NOT NULL,
            pages INTEGER NOT NULL, pages_with_text INTEGER NOT NULL, attached_at TEXT NOT NULL)""",
        "CREATE INDEX fulltexts_by_source ON fulltexts(source_key)",
        "CREATE VIRTUAL TABLE fulltext_pages USING fts5(text, source_key UNINDEXED, sha256 UNINDEXED, page UNINDEXED)",
    ],
    3: [
        """CREATE TABLE vectors (
            model TEXT NOT NULL, text_sha256 TEXT NOT NULL, vector BLOB NOT NULL,
            PRIMARY KEY (model, text_sha256)) WITHOUT ROWID""",
    ],
    4: [
        # What listings read of every row, in covering indexes: the evidence rule's standing of each statement
        # and source, and the domain each statement and configuration is coded to. A listing of 500
        # configurations then reads small index entries instead of parsing every row's whole JSON.
        f"ALTER TABLE statements ADD COLUMN standing TEXT GENERATED ALWAYS AS ({_STATEMENT_STANDING}) VIRTUAL",
        f"ALTER TABLE sources ADD COLUMN standing TEXT GENERATED ALWAYS AS ({_SOURCE_STANDING}) VIRTUAL",
        "CREATE INDEX statement_standings ON statements(id, standing)",
        "CREATE INDEX source_standings ON sources(key, standing)",
        *(
            statement
            for table, out in (("statements", "deleted"), ("configurations", "retired"))
            for statement in (
                f"ALTER TABLE {table} ADD COLUMN domain TEXT GENERATED ALWAYS AS (json_extract(data, '$.domain')) VIRTUAL",
                f"ALTER TABLE {table} ADD COLUMN live INTEGER GENERATED ALWAYS AS "
                f"(NOT coalesce(json_extract(data, '$.{out}'), 0)) VIRTUAL",
                f"CREATE INDEX {table}_by_domain ON {table}(live, num, id, domain)",
            )
        ),
    ],
    5: [
        # What review.yaml was read as, by its exact text: a command whose review.yaml is unchanged skips PyYAML.
        "CREATE TABLE parsed_files (name TEXT PRIMARY KEY, text TEXT NOT NULL, data TEXT NOT NULL)",
    ],
    6: [
        # A source's standing names its screening decision (an excluded source's statements no longer count as
        # evidence), and no longer its key: sources that stand alike are grouped by the indexed text itself.
        "DROP INDEX source_standings",
        "ALTER TABLE sources DROP COLUMN standing",
        f"ALTER TABLE sources ADD COLUMN standing TEXT GENERATED ALWAYS AS ({_SOURCE_STANDING_ALIKE}) VIRTUAL",
        "CREATE INDEX source_standings ON sources(key, standing)",
    ],
    7: [_keep_replaced_feedback, _feedback_file_names, _pin_consulted],
    8: [
        # Each closed round's pack as first written (for everyone, a domain or a group): what the group was sent,
        # written again as it was, whatever the evidence became (trial K: an exclusion changed round 1's pack).
        """CREATE TABLE packs (
            round INTEGER NOT NULL, domain TEXT NOT NULL, grp TEXT NOT NULL, written_at TEXT NOT NULL, html TEXT NOT NULL,
            PRIMARY KEY (round, domain, grp))""",
    ],
    9: [_index_years],
    10: [_count_revisions],
    11: [
        # A statement's standing says whether it tells an outcome: a listing reads no outcome, and a source whose only
        # members tell none supports nothing (trials CO, CR: a context-only row made a policy report a supporter).
        "DROP INDEX statement_standings",
        "ALTER TABLE statements DROP COLUMN standing",
        f"ALTER TABLE statements ADD COLUMN standing TEXT GENERATED ALWAYS AS ({_STATEMENT_STANDING_TOLD}) VIRTUAL",
        "CREATE INDEX statement_standings ON statements(id, standing)",
    ],
    12: [_index_names],
}
"""Each schema version's statements; append a new version, never edit a released one."""

_ID_NUMBER = re.compile(r"^([A-Z])(\d+)$")


def id_number(identifier: str) -> int:
    match = _ID_NUMBER.match(identifier)
    return int(match.group(2)) if match else 0


"""What makes two reads of a record the same; fields added to the model later are left out on purpose.
The key is the original one from the provenance: a key renamed on reading does not change it."""


_commits = 0


_SENTENCES_TABLE = (
    "CREATE TABLE IF NOT EXISTS sentences (key TEXT PRIMARY KEY, rules TEXT NOT NULL, text TEXT NOT NULL) WITHOUT ROWID"
)
"""Each configuration's sentence as the wording rules (`rules`, which cmo's files they are) made it when the
configuration was last written: listings read it rather than word hundreds of sentences again. A cache, made with the
first write that keeps one, so it needs no new schema: a read-only review written by an earlier cmo still opens."""
# The table `titles`, made as `sentences` is, keeps the title cmo words now for each decided configuration whose title
# cmo wrote (`keeps_cmo_title`), under the same rules: `configs show` compares it with the title the configuration has.


_NAMES_TABLE = (
    "CREATE TABLE IF NOT EXISTS names (key TEXT PRIMARY KEY, rules TEXT NOT NULL, fingerprint TEXT NOT NULL, "
    "data TEXT NOT NULL) WITHOUT ROWID"
)
"""The names the review's texts write (`Wording.names`), as read when statements were last written, and their
fingerprint, which the kept sentences are kept under: a listing reads the fingerprint rather than read every statement
again (0.23 s of a review of 10,000). A cache, as `sentences` is: made with the first write, no new schema."""


_READINGS_TABLE = (
    "CREATE TABLE IF NOT EXISTS readings (key TEXT PRIMARY KEY, rules TEXT NOT NULL, negative INTEGER NOT NULL) WITHOUT ROWID"
)
"""Whether each member's outcome reads as not following, as the evidence rules (`rules`) read it when a configuration
holding it was last written: a listing decides which members are not yet decided from these rather than read ~6,000
outcomes again. A cache, as `sentences` is: made with the first write, no new schema."""


_UNDECIDED_TABLE = (
    "CREATE TABLE IF NOT EXISTS undecided "
    "(key TEXT PRIMARY KEY, rules TEXT NOT NULL, config TEXT NOT NULL, ids TEXT NOT NULL) WITHOUT ROWID"
)
"""Which members of each configuration count on neither side (`evidence.undecided_ids`), as the evidence rules (`rules`)
read them when it was last written, under a key of the configuration and its members' revisions (`_undecided_keys`):
a listing reads these rather than read a thousand members' words beside their configurations' again (2 of a listing's
4.4 G instructions). An edit to a member or to the configuration changes the key, so it is read again; one row a
configuration (`config`), its latest. A cache, as `readings` is: made with the first write, no new schema."""


@dataclass(frozen=True)
class Reading:
    """The rule that reads whether an outcome says it did not follow (`negative(outcome)`) and which rules they are
    (`rules`: changes whenever the evidence rules' files, or what else they read, do), so a kept reading is used only
    while it holds; `undecided(configuration, statements)`, where given, the members that count on neither side, read from
    the whole statements (`evidence.undecided_ids`), kept with each configuration written."""

    rules: str
    negative: Callable[[str], bool]
    undecided: Callable[[Configuration, Mapping[str, Statement]], list[str]] | None = None

    def key(self, outcome: str) -> str:
        return hashlib.blake2b(outcome.encode("utf-8"), digest_size=16).hexdigest()


@dataclass(frozen=True)
class Wording:
    """The rule that words a configuration as one sentence (`sentence(context, mechanism, outcome, names)`, with the
    names the review's texts write, as `names()` reads them from its statements) and which rules they are (`rules`:
    changes whenever the wording's files do), so a kept sentence is used only while it holds: under those rules and
    those names (trial AY: a listing worded without the review's names read "For black women…" where the pack read
    "For Black women…")."""

    rules: str
    sentence: Callable[[str, str, str, str], str]
    names: Callable[[], str] = lambda: ""
    title: Callable[[str, str, str], str] | None = None
    """The title cmo words for a configuration's parts now (`wording.title_for`), kept beside its sentence for a
    configuration whose title cmo wrote and keeps (`keeps_cmo_title`), which `configs show` compares with its title."""

    def key(self, context: str, mechanism: str, outcome: str) -> str:
        return hashlib.blake2b("\x1f".join((context, mechanism, outcome)).encode("utf-8"), digest_size=16).hexdigest()

    def title_key(self, context: str, mechanism: str, outcome: str) -> str:
        """Where the title of these parts is kept in the `sentences` cache: apart from any sentence's key."""
        return hashlib.blake2b("\x1f".join(("title", context, mechanism, outcome)).encode("utf-8"), digest_size=16).hexdigest()


def keeps_cmo_title(config: Configuration) -> bool:
    """Whether a configuration keeps a title cmo wrote whatever cmo would word now: nobody edited its title, and a
    decision keeps its words (pinned, accepted), so refine never words it again behind the team's back."""
    return bool(config.title) and "title" not in config.edited and (config.pinned or config.accepted) and not config.retired


LOCK_WAIT = float(os.environ.get("CMO_LOCK_WAIT", "30"))
on_wait: Callable[[str], None] | None = None
"""Told once when a write must wait for another command's: the command line prints it on stderr."""
"""Seconds a write waits for another command's write to finish before giving up with a sentence."""


def _first_words(error: Exception) -> str:
    """SQLite's own message, without any binary text a damaged file put into it."""
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return "".join(c for c in text if c.isprintable())[:120]


def _holder_file(database: Path) -> Path:
    return database.with_name(database.name + "-holder")


def command_typed(args: list[str]) -> str:
    """The command a holder note names: its words before its first option, after cmo's own (`--review DIR`, `--debug`),
    three at most ("cmo configs accept C4"), never an option's value (SL: `cmo serve --port 59125` was noted as
    'cmo serve 59125', `cmo refine --backend lexical` as 'cmo refine lexical')."""
    at = 0
    while at < len(args) and args[at].startswith("-"):
        at += 2 if args[at] == "--review" else 1
    words = []
    for arg in args[at:]:
        if arg.startswith("-") or len(words) == 3:
            break
        words.append(arg)
    return " ".join(["cmo", *words])[:80]


def forget_holder(database: Path) -> None:
    """Remove the note of which command holds `database`'s write lock (`Store._note_holder`), if this process wrote it."""
    holder = _holder_file(database)
    try:
        note = json.loads(holder.read_text(encoding="utf-8"))
        if note.get("pid") == os.getpid():
            holder.unlink()
    except (OSError, ValueError, AttributeError):
        pass


def commits_made() -> int:
    """Write transactions this process committed: after Ctrl-C, says whether anything was saved."""
    return _commits


def _cited_by(aliases: dict[str, str], found: Mapping[str, Iterable[str]]) -> None:
    """Each handle found of one source names it; of several, "?" + handle lists them, for the message."""
    for handle, keys in found.items():
        keys = list(keys)
        aliases[handle if len(keys) == 1 else "?" + handle] = ", ".join(sorted(keys, key=natural_key))


def site_name(url: str | None) -> str:
    """The name a web site's host gives its owner, before its domain's ending ("sbu" of www.sbu.se, "nice" of
    www.nice.org.uk, "who" of who.int); '' for no address, or a host of one word."""
    address = web_address(url or "")
    if not address:
        return ""
    host = urlsplit(address if "://" in address else f"http://{address}").hostname or ""
    parts = [part for part in host.lower().split(".") if part]
    parts = parts[1:] if parts[:1] == ["www"] else parts
    return parts[0] if len(parts) > 1 and parts[0].isalpha() else ""


def _site_handles(db, aliases: Mapping[str, str], scope: NameScope | None = None) -> dict[str, set[str]]:
    """How a sheet may cite a grey work by the initials of the body whose site holds it, where the site's name is the
    initials of a body another of the review's works there is cited by ("SBU 2018" for the report the Swedish Agency for
    Health Technology Assessment and Assessment of Social Services put on www.sbu.se, beside the Statens beredning för
    medicinsk och social utvärdering's report there: trial LM 4, refused as no source). The initials come from the body's
    own name, in whatever language a record gives it (`initials_of`), never from a table of bodies; a site no work there
    is cited by the initials of names nothing, nor does a handle a work is cited by already. Given a `scope`, only the
    works of the sites it could name: the families it names, and the sites of its years' works."""
    by_site: dict[str, list[tuple[str, str, object]]] = {}
    where, params = "1", []
    if scope is not None:
        sites = {family.removeprefix("@") for family in scope.families}
        if (dated := scope.year_test())[0] != "0":
            query = f"SELECT json_extract(data, '$.url') FROM sources WHERE json_extract(data, '$.grey') AND ({dated[0]})"
            sites |= {site_name(url) for (url,) in db.execute(query, dated[1])}
        sites.discard("")
        where = " OR ".join("instr(lower(json_extract(data, '$.url')), ?)" for _ in sites) or "0"
        params = sorted(sites)  # every work of such a site, whatever its year: one of them may give the site its initials
    rows = db.execute(
        "SELECT key, json_extract(data, '$.authors[0]'), json_extract(data, '$.publisher'), "
        "json_extract(data, '$.container'), json_extract(data, '$.year'), json_extract(data, '$.url') FROM sources "
        f"WHERE json_extract(data, '$.grey') AND ({where})",
        params,
    )
    for key, first_author, publisher, container, year, url in rows:
        if name := site_name(url):
            by_site.setdefault(name, []).append((key, cited_by(first_author, publisher, container), year))
    found: dict[str, set[str]] = {}
    for name, works in by_site.items():
        if not any(cited and initials_of(name, cited) for _, cited, _ in works):
            continue
        for key, _, year in works:
            handle = author_year_handle(name, year)
            if handle and handle not in aliases and "?" + handle not in aliases:
                found.setdefault(handle, set()).add(key)
    return found


class Store:
    reviewer: str = ""
    """Who the decisions this store records are by: set by the command line (`--by`) or the browser for each person."""

    def __init__(self, path: Path):
        self.path = path
        self._parsed_to_keep: dict[str, tuple[str, str]] = {}
        self._statements_written = False
        """Statements were written in this transaction: the review's names are read again before it commits."""
        self._names_stale = False
        self._names_read: tuple[tuple[str, int, int], tuple[str, str]] | None = None
        self.wording: Wording | None = None
        self.reading: Reading | None = None
        """How configurations are worded as one sentence, set by the commands (the store words nothing itself)."""
        self.read_only = path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
        if self.read_only:
            # A review on a read-only disk, or someone else's: commands that only read still work.
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)
        else:
            self.db = sqlite3.connect(path, isolation_level=None, timeout=LOCK_WAIT)
            self.db.execute(f"PRAGMA page_size={PAGE_SIZE}")
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _begin(self) -> None:
        """Take the write lock; if another command holds it, say so once (`on_wait`) and wait for it. Once held,
        leave a note of which command holds it, so a command that waits can name it."""
        self.db.execute("PRAGMA busy_timeout = 0")
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self._note_holder()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() and "busy" not in str(error).lower():
                raise
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {int(LOCK_WAIT * 1000)}")
        if on_wait is not None:
            on_wait(f"{self.path} is being changed by {self.holder()}; waiting for it to finish (up to {LOCK_WAIT:g} s)…")
        self.db.execute("BEGIN IMMEDIATE")
        self._note_holder()

    @property
    def _holder_file(self) -> Path:
        return _holder_file(self.path)

    def _note_holder(self) -> None:
        """Best effort: a note that cannot be written (read-only folder) only makes a waiting command less precise."""
        note = {"pid": os.getpid(), "command": command_typed(sys.argv[1:]), "since": now_iso()}
        try:
            self._holder_file.write_text(json.dumps(note), encoding="utf-8")
        except OSError:
            pass

    def _forget_holder(self) -> None:
        forget_holder(self.path)

    def holder(self) -> str:
        """Which command holds the write lock, from its note, if its process is still running; else a plain word."""
        try:
            note = json.loads(self._holder_file.read_text(encoding="utf-8"))
            pid, command, since = int(note["pid"]), str(note["command"]), str(note["since"])
            os.kill(pid, 0)
        except (OSError, ValueError, KeyError, TypeError):
            return "another cmo command"
        return f"'{command}' (process {pid}, since {since[11:19]})"

    def _plainly(self, error: sqlite3.OperationalError) -> Exception:
        """SQLite's failures that are the machine's, not cmo's, in one sentence naming the file."""
        text = str(error).lower()
        if "full" in text:
            return CmoError(f"{self.path}: the disk is full; nothing was changed. Free some space and run the command again.")
        if "locked" in text or "busy" in text:
            holder = self.holder()
            return Busy(
                f"{self.path} is being changed by {holder} (waited {LOCK_WAIT:g} s); nothing was changed. "
                "Run this one again when that one has finished.",
                holder=holder,
                waited=LOCK_WAIT,
            )
        if "readonly" in text or "read-only" in text:
            return CmoError(f"{self.path} cannot be written (read-only); nothing was changed.")
        if "disk i/o" in text:
            return CmoError(f"{self.path}: the disk failed while writing (disk I/O error); nothing was changed.")
        return error

    @classmethod
    def open_existing(cls, path: Path) -> Store:
        """The database of a review whose review.yaml exists: missing, empty or damaged is said as
        such, never silently replaced by an empty review that the next command would build on."""
        if not path.exists():
            raise CmoError(
                f"{path} is missing although {path.parent / 'review.yaml'} is there; restore review.db from a "
                "copy (cmo will not start an empty review over the loss)."
            )
        if path.stat().st_size == 0:
            raise CmoError(
                f"{path} is empty (0 bytes): the review's data is gone from it; restore review.db from a copy "
                "(cmo will not start an empty review over the loss)."
            )
        try:
            return cls(path)
        except sqlite3.DatabaseError as error:
            text = str(error).lower()
            if isinstance(error, sqlite3.OperationalError) and "locked" in text:
                raise
            if any(word in text for word in ("not a database", "malformed", "corrupt")):
                raise CmoError(f"{path} is damaged ({_first_words(error)}); restore review.db from a copy.") from None
            # The machine's trouble (a full disk, a failing write, permissions), not the review's data: restoring an
            # older copy would lose work, so it is never advised here.
            raise CmoError(
                f"{path} could not be opened ({_first_words(error)}); the review itself is as it was: check the disk's "
                "free space and that its folder can be written, then run the command again."
            ) from None

    @classmethod
    def create(cls, path: Path) -> Store:
        if path.exists():
            raise CmoError(f"{path} already exists; a review folder holds one review.")
        return cls(path)

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise CmoError(f"{self.path} was written by a newer cmo (schema {version}); upgrade cmo to open it.")
        if version < SCHEMA_VERSION and self.read_only:
            raise CmoError(f"{self.path} is read-only and was written by an older cmo; copy the review somewhere writable.")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction(counted=False):
                for statement in _MIGRATIONS[target]:
                    if isinstance(statement, str):
                        self.db.execute(statement)
                    else:
                        statement(self.db)
                self.db.execute(f"PRAGMA user_version = {int(target)}")

    @contextmanager
    def transaction(self, *, counted: bool = True) -> Iterator[None]:
        """All or nothing: a failure (or Ctrl-C) anywhere inside rolls everything back.

        `counted`: a commit of the user's work, which `commits_made` reports (a schema migration is not)."""
        if self.db.in_transaction:
            yield
            return
        if self.read_only:
            raise CmoError(
                f"{self.path} is read-only (a read-only disk, or not yours to change); this command changes the review."
            )
        try:
            self._begin()
            try:
                upgraded = counted and self._kept_under_other_rules()  # before the write's own keeping deletes them
                yield
                if counted and self._parsed_to_keep:
                    self._keep_parsed_files()
                if self._statements_written:
                    self._keep_names()
                if upgraded or (counted and self._kept_under_other_rules()):
                    self._keep_every_configuration()
            except BaseException:
                if self.db.in_transaction:  # a failed write may have ended it already: keep the real cause
                    self.db.execute("ROLLBACK")
                raise
            finally:
                self._statements_written = self._names_stale = False
                self._forget_holder()
            self.db.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise self._plainly(error) from None
        if counted:
            global _commits
            _commits += 1

    # files people edit, as last read ------------------------------------------
    def parsed_file(self, name: str, text: str) -> object | None:
        """What the file `name` was read as when its text was exactly `text`; None if it has changed since."""
        row = self.db.execute("SELECT data FROM parsed_files WHERE name = ? AND text = ?", (name, text)).fetchone()
        return json.loads(row[0]) if row else None

    def keep_parsed_file(self, name: str, text: str, data: object) -> None:
        """Kept with the command's own next write, if it makes one: a command that only reads, or fails, never
        changes review.db. Kept only where JSON gives back exactly what was read (not a date, a number as a key)."""
        try:
            kept = json.dumps(data, ensure_ascii=False)
            if json.loads(kept) == data:
                self._parsed_to_keep[name] = (text, kept)
        except (TypeError, ValueError, RecursionError):
            return

    def _keep_parsed_files(self) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO parsed_files (name, text, data) VALUES (?, ?, ?)",
            ((name, text, data) for name, (text, data) in self._parsed_to_keep.items()),
        )
        self._parsed_to_keep.clear()

    # sentence vectors ----------------------------------------------------
    def vectors(self, model: str, digests: list[str]) -> dict[str, bytes]:
        """Stored sentence vectors of texts (by their SHA-256), so a text is encoded once per review, not per command."""
        found: dict[str, bytes] = {}
        for start in range(0, len(digests), 500):
            chunk = digests[start : start + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT text_sha256, vector FROM vectors WHERE model = ? AND text_sha256 IN ({marks})"
            found.update(self.db.execute(query, (model, *chunk)))
        return found

    def put_vectors(self, model: str, vectors: dict[str, bytes]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO vectors (model, text_sha256, vector) VALUES (?, ?, ?)",
            ((model, digest, blob) for digest, blob in vectors.items()),
        )

    # full texts ----------------------------------------------------------
    def add_fulltext(self, row: dict, pages: list[str]) -> None:
        """One PDF of a source (by content hash) and its pages' text, searchable with FTS5."""
        self.db.execute("DELETE FROM fulltext_pages WHERE sha256 = ?", (row["sha256"],))
        self.db.execute(
            "INSERT OR REPLACE INTO fulltexts VALUES "
            "(:sha256, :source_key, :file, :stored, :pages, :pages_with_text, :attached_at)",
            row,
        )
        self.db.executemany(
            "INSERT INTO fulltext_pages (text, source_key, sha256, page) VALUES (?, ?, ?, ?)",
            [(text, row["source_key"], row["sha256"], number) for number, text in enumerate(pages, start=1)],
        )

    def fulltexts(self) -> list[dict]:
        cursor = self.db.execute("SELECT * FROM fulltexts ORDER BY source_key, file")
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor]

    def fulltext_pages(self, source_key: str) -> list[str]:
        """The pages of a source's full text (its first attached PDF), in order."""
        row = self.db.execute(
            "SELECT sha256 FROM fulltexts WHERE source_key = ? ORDER BY attached_at LIMIT 1", (source_key,)
        ).fetchone()
        if row is None:
            return []
        return [text for (text,) in self.db.execute("SELECT text FROM fulltext_pages WHERE sha256 = ? ORDER BY page", (row[0],))]

    def pages_matching(self, query: str, limit: int) -> list[tuple[str, int, str]]:
        """(source, page, text) of the pages best matching an FTS5 query built by the caller, best first."""
        sql = (
            "SELECT source_key, page, text FROM fulltext_pages WHERE fulltext_pages MATCH ? ORDER BY bm25(fulltext_pages) LIMIT ?"
        )
        return list(self.db.execute(sql, (query, limit)))

    def search_fulltext(self, query: str, source_key: str | None = None, limit: int = 20) -> list[dict]:
        """Pages matching an FTS5 query (built by the caller from quoted words, never raw input), best first."""
        sql = (
            "SELECT source_key, page, snippet(fulltext_pages, 0, '[', ']', '…', 12), bm25(fulltext_pages) "
            "FROM fulltext_pages WHERE fulltext_pages MATCH ?"
        )
        parameters: list = [query]
        if source_key:
            sql += " AND source_key = ?"
            parameters.append(source_key)
        sql += " ORDER BY bm25(fulltext_pages) LIMIT ?"
        parameters.append(limit)
        return [
            {"source": key, "page": page, "snippet": snippet, "score": round(-score, 3)}
            for key, page, snippet, score in self.db.execute(sql, parameters)
        ]

    # ids ---------------------------------------------------------------
    def next_id(self, prefix: str) -> str:
        """`S`, `C` or `F` ids count up forever: a deleted or merged id is never reused."""
        row = self.db.execute("SELECT next FROM counters WHERE name = ?", (prefix,)).fetchone()
        number = row[0] if row else 1
        self.db.execute(
            "INSERT INTO counters(name, next) VALUES(?, ?) ON CONFLICT(name) DO UPDATE SET next = excluded.next",
            (prefix, number + 1),
        )
        return f"{prefix}{number}"

    # sources and records ------------------------------------------------
    def sources(self) -> list[Source]:
        rows = self.db.execute("SELECT data FROM sources").fetchall()
        found = [Source.model_validate_json(row[0]) for row in rows]
        return sorted(found, key=lambda source: natural_key(source.key))

    def screening_counts(self) -> dict[str, int]:
        """How many sources each screening word (`Source.screening`) holds: SQLite counts the sources alike in what the
        word is read from, so a decision on one source of 50,000 does not validate them all to count them (7 s)."""
        query = (
            "SELECT json_extract(data, '$.status'), json_extract(data, '$.maybe'), json_extract(data, '$.screened_by'), "
            "count(*) FROM sources GROUP BY 1, 2, 3"
        )
        counts: dict[str, int] = {}
        for status, maybe, screened_by, alike in self.db.execute(query):
            word = Source.model_construct(status=status or "unscreened", maybe=bool(maybe), screened_by=screened_by or "")
            counts[word.screening] = counts.get(word.screening, 0) + alike
        return counts

    def sources_holding(self, text: str, year: int | None | Literal["any"] = "any") -> list[Source]:
        """The sources whose stored record holds `text` anywhere, of any year or of `year` only (None: of no year):
        SQLite finds them without handing each row to Python, so one source's look-alikes (`citations.cited_alike`, which
        are of its year) cost a scan, not the whole review validated: in a review of 50,000 sources by one team, a fiftieth
        of them; of one year, the scan is of that year's works only (the index of years, schema 9)."""
        needle = json.dumps(text, ensure_ascii=False)[1:-1]  # as the JSON stores it
        if year == "any":
            rows = self.db.execute("SELECT data FROM sources WHERE instr(data, ?)", (needle,))
        else:
            query = "SELECT data FROM sources INDEXED BY sources_by_year WHERE year IS ? AND instr(data, ?)"
            rows = self.db.execute(query, (year, needle))
        return [Source.model_validate_json(row[0]) for row in rows]

    def source(self, key: str) -> Source | None:
        row = self.db.execute("SELECT data FROM sources WHERE key = ?", (key,)).fetchone()
        return Source.model_validate_json(row[0]) if row else None

    def source_keys(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT key FROM sources")}

    def source_keys_near(self, name: str) -> set[str]:
        """The keys a name typed at the command line could be, or be a typo of: those opening with the first character
        (either case, or folded) of any run of letters or digits the name holds, and those of works of a year it writes.
        A key opens with its first author's family and holds its year ("schlief2022telemental"), and a mistyped key
        keeps its first letter or its year, as does a key inside a path or a citation ("Internals\\Becker 2004",
        "Schlief 2022"); `cmo sources show x` on a review of 50,000 works read every key to refuse it (issue 15). By
        the primary key's index and `sources_by_year`, never every row."""
        starts = {c for run in re.findall(r"[^\W_]+", name) for c in {run[0], run[0].lower(), run[0].upper(), fold(run[0])[:1]}}
        keys: set[str] = set()
        for start in sorted(starts - {""}):
            rows = self.db.execute("SELECT key FROM sources WHERE key >= ? AND key < ?", (start, chr(ord(start) + 1)))
            keys.update(row[0] for row in rows)
        for year in sorted({int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", name)}):
            rows = self.db.execute("SELECT key FROM sources INDEXED BY sources_by_year WHERE year = ?", (year,))
            keys.update(row[0] for row in rows)
        return keys

    def sources_not_included(self) -> dict[str, tuple[str, str]]:
        """Key to (status, exclusion reason) of every source not included, in one pass over the table."""
        rows = self.db.execute(
            "SELECT key, json_extract(data, '$.status'), json_extract(data, '$.exclusion_reason') FROM sources "
            "WHERE json_extract(data, '$.status') != 'included'"
        )
        return {key: (status, reason or "") for key, status, reason in rows}

    def sources_by_file_and_key(self) -> dict[tuple[str, str], str | None]:
        """(file name, original key) of the stored records to their source; None where two sources
        hold records under the same pair."""
        found: dict[tuple[str, str], str | None] = {}
        for file, key, source_key in self.db.execute("SELECT file, key, source_key FROM records WHERE key != ''"):
            found[file, key] = source_key if found.get((file, key), source_key) == source_key else None
        return found

    def record_key_aliases(self, scope: NameScope | None = None) -> dict[str, str]:
        """Other names of sources, each to the one source it names: original keys of linked records (a team's own
        citation keys, where a duplicate from another export gave the source its key), and first author and year
        (`author_year_handle`: "Schlief et al. (2022)" in a sheet) where only one source has them; where several
        have them, "?" and the handle list their keys, so a sheet is told which to choose from. A linked record's own
        first author and year name its source too, where no source is cited so and the records that are name one
        source: a work's online-first year on one database's record ("Cornes et al. (2017)" of a paper in its 2018
        issue) is how a team that found it there cites it; a merged-away source's citation stays the merge's, to be said
        where it is read (`merged_away`). Given a `scope` (one name typed at the command line), only the first author and
        year handles it could be or be near are made, of the works that could give them (`NameScope`), and DOIs and
        tool numbers only where the name is one: the same answer for that name, without reading every work's authors."""
        rows = self.db.execute(
            "SELECT key, MIN(source_key) FROM records WHERE key != '' AND key NOT IN (SELECT key FROM sources) "
            "GROUP BY key HAVING COUNT(DISTINCT source_key) = 1"
        )
        aliases = dict(rows.fetchall())
        by_handle: dict[str, list[str]] = {}
        fields = _NAMES_OF_A_WORK
        where, params = scope.where(*fields) if scope is not None else ("1", [])
        firsts = self.db.execute(
            "SELECT key, json_extract(data, '$.authors[0]'), json_extract(data, '$.publisher'), "
            f"json_extract(data, '$.container'), json_extract(data, '$.year') FROM sources WHERE {where}",
            params,
        )
        for key, first_author, publisher, container, year in firsts:
            if scope is not None and not scope.may_give(year, first_author, publisher, container):
                continue
            for handle in citation_handles(first_author, publisher, container, year):
                by_handle.setdefault(handle, []).append(key)
        _cited_by(aliases, by_handle)
        merges = self.decisions_of("source-merge")
        merged = merged_away(merges, self.source_keys()) if merges else {}  # no review's every key read for none
        by_record: dict[str, set[str]] = {}
        linked = self.db.execute(
            "SELECT DISTINCT source_key, json_extract(data, '$.authors[0]'), json_extract(data, '$.publisher'), "
            f"json_extract(data, '$.container'), json_extract(data, '$.year') FROM records WHERE {where}",
            params,
        )
        for key, first_author, publisher, container, year in linked:
            if scope is not None and not scope.may_give(year, first_author, publisher, container):
                continue
            for handle in citation_handles(first_author, publisher, container, year):
                if handle not in by_handle and handle not in merged:  # a source's own citation is never a record's
                    by_record.setdefault(handle, set()).add(key)
        _cited_by(aliases, by_record)
        by_issuer: dict[str, set[str]] = {}
        where, params = scope.where(fields[1]) if scope is not None else ("1", [])
        grey = self.db.execute(
            "SELECT key, json_extract(data, '$.authors[0]'), json_extract(data, '$.publisher'), "
            "json_extract(data, '$.container'), json_extract(data, '$.year') FROM sources WHERE json_extract(data, '$.grey') "
            f"AND ({where})",
            params,
        )
        for key, first_author, publisher, container, year in grey:
            if scope is not None and not scope.may_give(year, publisher):
                continue
            for handle in issuer_handles(first_author, publisher, container, year):
                if handle not in aliases and "?" + handle not in aliases:  # a work cited so by its author comes first
                    by_issuer.setdefault(handle, set()).add(key)
        _cited_by(aliases, by_issuer)
        _cited_by(aliases, _site_handles(self.db, aliases, scope))
        if scope is not None:  # the handles the name could not be were made only for the works that gave wanted ones
            aliases = {name: key for name, key in aliases.items() if not name.lstrip("?").startswith("@") or scope.keeps(name)}
        _cited_by(aliases, self._former_keys(aliases, scope))
        if scope is None or scope.doi:
            dois = self.db.execute(  # a DOI names its source where only one has it (a sheet keyed by DOI, as Covidence's)
                "SELECT json_extract(data, '$.doi'), MIN(key) FROM sources WHERE json_extract(data, '$.doi') != '' "
                "GROUP BY 1 HAVING COUNT(*) = 1"
            )
            aliases.update((doi_alias(normalise_doi(doi) or doi), key) for doi, key in dois)
        number = f'$.extra."{TOOL_STUDY_NUMBER}"'
        numbered = self.db.execute(  # a screening tool's own number of a study names it exactly, whatever its letters
            "SELECT json_extract(data, ?) AS number, MIN(source_key) FROM records WHERE number IS NOT NULL "
            + ("" if scope is None else "AND number = ? ")
            + "GROUP BY number HAVING COUNT(DISTINCT source_key) = 1",
            (number,) if scope is None else (number, scope.name),
        )
        aliases.update((number, key) for number, key in numbered if number and number not in aliases)
        return aliases

    def _former_keys(self, aliases: Mapping[str, str], scope: NameScope | None) -> dict[str, set[str]]:
        """The keys cmo made before it keyed a hyphenated title word whole (`former_key`: "marcus2022re" of
        "marcus2022reexamining"), each to its source, where no source has it as its key and no other name is it: a sheet
        written against a review keyed then still imports. A former key begins the key, so one name reads only the keys
        it begins (the key's index)."""
        if scope is None:
            rows = self.db.execute(
                "SELECT key, json_extract(data, '$.title') FROM sources WHERE instr(json_extract(data, '$.title'), '-')"
            )
        else:
            name = scope.name.strip().lower()
            rows = self.db.execute(
                "SELECT key, json_extract(data, '$.title') FROM sources WHERE key > ? AND key < ?", (name, name + "\U0010ffff")
            )
        found: dict[str, set[str]] = {}
        for key, title in rows.fetchall():
            former = former_key(key, title)
            if former and former not in aliases and (scope is None or former == scope.name.strip().lower()):
                found.setdefault(former, set()).add(key)
        live = {former for former in found if self.db.execute("SELECT 1 FROM sources WHERE key = ?", (former,)).fetchone()}
        return {former: keys for former, keys in found.items() if former not in live}

    def title_aliases(self) -> dict[str, str]:
        """Titles as names of sources, folded (`normalise.title_aliases`), each where one source has it: a sheet that
        names its source by a reference pasted whole, or by its title (trial L)."""
        holders: dict[str, set[str]] = {}
        for key, title in self.db.execute("SELECT key, json_extract(data, '$.title') FROM sources"):
            for alias in title_aliases(title or ""):
                holders.setdefault(alias, set()).add(key)
        return {alias: keys.pop() for alias, keys in holders.items() if len(keys) == 1}

    def put_sources(self, sources: Iterable[Source]) -> None:
        self.db.executemany(
            "INSERT INTO sources(key, data) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET data = excluded.data",
            ((source.key, source.model_dump_json()) for source in sources),
        )

    def add_records(self, linked: Iterable[tuple[str, Record, str]], sources: dict[str, Source]) -> None:
        """Keep every original record; an abstract its source already holds is stored once, there."""
        self.db.executemany(
            "INSERT INTO records(source_key, file, line, key, format, fingerprint, data, abstract_in_source) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    key,
                    r.provenance.file,
                    r.provenance.line,
                    r.provenance.key,
                    r.provenance.format,
                    fingerprint,
                    *self._record_data(r, sources.get(key)),
                )
                for key, r, fingerprint in linked
            ),
        )

    @staticmethod
    def _record_data(record: Record, source: Source | None) -> tuple[str, int]:
        if record.abstract and source is not None and source.abstract == record.abstract:
            return record.model_dump_json(exclude={"abstract"}), 1
        return record.model_dump_json(), 0

    def known_fingerprints(self) -> set[tuple[str, str]]:
        return {(row[0], row[1]) for row in self.db.execute("SELECT fingerprint, file FROM records")}

    def records_of(self, key: str) -> list[Record]:
        """The original records linked into a source, as they were read."""
        return [record for _, record in self.record_rows(key)]

    def records_by_source(self) -> dict[str, list[Record]]:
        """Every source's records as they were read, in the order read (without the abstracts a source holds for them:
        what de-duplication compares)."""
        found: dict[str, list[Record]] = {}
        for key, data in self.db.execute("SELECT source_key, data FROM records ORDER BY id"):
            found.setdefault(key, []).append(Record.model_validate_json(data))
        return found

    def record_rows(self, key: str) -> list[tuple[int, Record]]:
        """(row id, record as read, its abstract restored) of each record linked into a source, in the order read."""
        source = self.source(key)
        rows = self.db.execute("SELECT id, data, abstract_in_source FROM records WHERE source_key = ? ORDER BY id", (key,))
        found = []
        for row_id, data, shared in rows:
            record = Record.model_validate_json(data)
            found.append((row_id, record.model_copy(update={"abstract": source.abstract}) if shared and source else record))
        return found

    def rehome_records(self, key: str, new_key: str, row_ids: Iterable[int] | None = None) -> None:
        """Records of `key` (all, or the rows named) now belong to `new_key`; every record of `key` first gets its
        own abstract back, since the source that held it once for them may change (`cmo sources merge/split`)."""
        wanted = None if row_ids is None else set(row_ids)
        for row_id, record in self.record_rows(key):
            self.db.execute(
                "UPDATE records SET data = ?, abstract_in_source = 0, source_key = ? WHERE id = ?",
                (record.model_dump_json(), new_key if wanted is None or row_id in wanted else key, row_id),
            )

    def rehome_source_rows(self, key: str, new_key: str) -> None:
        """What hangs on a source besides its records (statements, attached full texts) now hangs on `new_key`."""
        moved = [s.model_copy(update={"source": new_key}) for s in self.statements(key, include_deleted=True)]
        self.put_statements(moved)
        self.db.execute("UPDATE fulltexts SET source_key = ? WHERE source_key = ?", (new_key, key))
        self.db.execute("UPDATE fulltext_pages SET source_key = ? WHERE source_key = ?", (new_key, key))

    def delete_source(self, key: str) -> None:
        """Only once nothing refers to it (`cmo sources merge` moved its records, statements and texts)."""
        self.db.execute("DELETE FROM sources WHERE key = ?", (key,))

    def add_file(self, name: str, sha256: str, fmt: str, encoding: str, origin: str, records: int, at: str) -> None:
        self.db.execute(
            "INSERT INTO files(name, sha256, format, encoding, origin, records, ingested_at) VALUES(?, ?, ?, ?, ?, ?, ?)",
            (name, sha256, fmt, encoding, origin, records, at),
        )

    def files(self) -> list[dict]:
        cursor = self.db.execute("SELECT name, sha256, format, encoding, origin, records, ingested_at FROM files ORDER BY id")
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor]

    def records_from_file(self, name: str) -> list[tuple[str, Record]]:
        """(source, record as read) of each record read from a file of this name, in the order read: what its imports added."""
        rows = self.db.execute("SELECT source_key FROM records WHERE file = ? ORDER BY id", (name,)).fetchall()
        found = []
        for key in dict.fromkeys(key for (key,) in rows):
            found.extend((key, record) for record in self.records_of(key) if record.provenance.file == name)
        return found

    def withdraw_file(self, name: str) -> None:
        """Take back every import of a file of this name: its records and its rows in `files` go (the history keeps
        them, `cmo sources withdraw`); the records its sources keep from other files get back their own abstracts, as
        their source is rebuilt without this file's."""
        for (key,) in self.db.execute("SELECT DISTINCT source_key FROM records WHERE file = ?", (name,)).fetchall():
            self.rehome_records(key, key)
        self.db.execute("DELETE FROM records WHERE file = ?", (name,))
        self.db.execute("DELETE FROM files WHERE name = ?", (name,))

    def record_origins(self) -> dict[tuple[str, int], str]:
        """The route each record's own row named (a grey list's "Found via": "expert suggestion"), by (file, line), for
        the records whose row named one; the rest came by their file's origin."""
        rows = self.db.execute(
            "SELECT file, line, json_extract(data, '$.extra.\"cmo: origin\"') FROM records "
            "WHERE json_extract(data, '$.extra.\"cmo: origin\"') IS NOT NULL"
        )
        return {(file, line): origin for file, line, origin in rows}

    def records_typed(self, words: Iterable[str]) -> list[tuple[str, Record]]:
        """(source key, record) of the records whose type as read (`original_type`, RIS's M3, EndNote's "type of work")
        holds one of `words`: SQLite picks the few (the notices among a review's records, `dedupe.notice_label`) without
        handing each row to Python; a source keeps no record type."""
        kept = (
            "lower(coalesce(json_extract(data, '$.original_type'), '') || ';' || "
            "coalesce(json_extract(data, '$.extra.M3'), '') || ';' || "
            "coalesce(json_extract(data, '$.extra.\"type of work\"'), ''))"
        )
        words = list(words)
        if not words:
            return []
        hints = " OR ".join(f"instr({kept}, ?)" for _ in words)
        rows = self.db.execute(f"SELECT source_key, data FROM records WHERE {hints} ORDER BY id", words)
        return [(key, Record.model_validate_json(data)) for key, data in rows]

    # statements ---------------------------------------------------------
    def statements(self, source: str | None = None, *, include_deleted: bool = False) -> list[Statement]:
        """In id order; a deleted statement (`cmo code delete`) is out of everything but the report, history and export."""
        if source is None:
            rows = self.db.execute("SELECT data FROM statements ORDER BY num")
        else:
            rows = self.db.execute("SELECT data FROM statements WHERE source_key = ? ORDER BY num", (source,))
        found = [Statement.model_validate_json(row[0]) for row in rows]
        return found if include_deleted else [s for s in found if not s.deleted]

    def statements_with_ids(self, ids: Iterable[str]) -> list[Statement]:
        """The named statements (deleted ones too), in id order: what one configuration needs, not the whole review.
        SQLite orders them by the number each row is stored under, its id's (`id_number`): sorting 10,000 ids by their
        `natural_key` in Python cost a listing a tenth of its time."""
        wanted = json.dumps(sorted(set(ids)))
        rows = self.db.execute("SELECT data FROM statements WHERE id IN (SELECT value FROM json_each(?)) ORDER BY num", (wanted,))
        return _list_of(Statement).validate_json(f"[{','.join(data for (data,) in rows)}]")

    def sources_with_keys(self, keys: Iterable[str]) -> list[Source]:
        """The named sources, in key order."""
        return sorted(self._rows_in("sources", "key", keys, Source), key=lambda s: natural_key(s.key))

    def statement_standings(self, ids: Iterable[str]) -> list[StatementStanding]:
        """The named statements' source, flag, stance and whether they are out, without their text: what the
        evidence rule needs for a listing of many configurations."""
        return self._rows_in("statements", "id", ids, StatementStanding, "standing", index="statement_standings")

    def screened_maybe(self, keys: Iterable[str]) -> set[str]:
        """Of the named sources, those screened "maybe" (`Source.screening`: not yet decided, a screener named or the
        maybe kept), read in one query per 500: a standing says only unscreened, which a maybe is not (trial CV)."""
        wanted, found = sorted(set(keys)), set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            query = (
                f"SELECT key FROM sources WHERE key IN ({','.join('?' * len(chunk))}) "
                "AND json_extract(data, '$.status') = 'unscreened' AND (coalesce(json_extract(data, '$.maybe'), 0) "
                "OR trim(coalesce(json_extract(data, '$.screened_by'), '')) != '')"
            )
            found.update(key for (key,) in self.db.execute(query, chunk))
        return found

    def source_standings(self, keys: Iterable[str]) -> dict[str, SourceStanding]:
        """The named sources' grey flag, appraisal and screening decision, without the rest of each source: what
        strength needs.
        Sources that stand alike share one standing (most are unappraised peer-reviewed papers): a listing of 9,000
        sources validates a few standings instead of one each (60 → 34 ms)."""
        wanted, found = sorted(set(keys)), {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            query = (
                "SELECT standing, json_group_array(key) FROM sources "
                f"INDEXED BY source_standings WHERE key IN ({','.join('?' * len(chunk))}) GROUP BY standing"
            )
            for alike, named in self.db.execute(query, chunk):
                found.update(dict.fromkeys(json.loads(named), SourceStanding.model_validate_json(alike)))
        return found

    def _rows_in(self, table: str, column: str, values: Iterable[str], model, select: str = "data", index: str = "") -> list:
        """Rows named by `column`, 500 to a query, each query's rows validated as one JSON list: one call into
        pydantic per 500 rows rather than per row (a listing of 10,000 statements spent most of its time there).
        `index`: a covering index that holds `select`, which SQLite's planner would not pick by itself. Where most of the
        table is wanted (a listing of every configuration names nearly every statement), the index is walked once, in the
        same order, and the rows not named are passed over: 20 lookups of 500 cost SQLite five times one walk."""
        wanted, found = sorted(set(values)), []
        many = _list_of(model)
        indexed = f" INDEXED BY {index}" if index else ""
        if index and wanted and 2 * len(wanted) >= self._rows_at_most(table):
            rows = self.db.execute(f"SELECT group_concat({select}, ',') FROM {table}{indexed}").fetchone()[0]
            named = set(wanted)
            return [row for row in many.validate_json(f"[{rows or ''}]") if getattr(row, column) in named]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            # Each row is JSON cmo wrote, so the rows are joined as text: SQLite's json() parsed each one again (half the time).
            query = f"SELECT group_concat({select}, ',') FROM {table}{indexed} WHERE {column} IN ({marks})"
            rows = self.db.execute(query, chunk).fetchone()[0]  # names are ours, values bound
            found.extend(many.validate_json(f"[{rows or ''}]"))
        return found

    def statement(self, statement_id: str) -> Statement | None:
        row = self.db.execute("SELECT data FROM statements WHERE id = ?", (statement_id,)).fetchone()
        return Statement.model_validate_json(row[0]) if row else None

    def put_statements(self, statements: Iterable[Statement]) -> None:
        self._statements_written = self._names_stale = True
        self.db.executemany(
            "INSERT INTO statements(num, id, source_key, data) VALUES(?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET source_key = excluded.source_key, data = excluded.data, "
            "rev = statements.rev + (statements.data IS NOT excluded.data)",
            ((id_number(s.id), s.id, s.source, s.model_dump_json()) for s in statements),
        )

    def domain_users(self, slugs: Iterable[str] | None = None) -> dict[str, tuple[list[str], list[str]]]:
        """Slug -> (active configurations, live statements) coded to it (or to one of `slugs`), read from the index
        of each row's domain (schema 4): reading them from each row's JSON cost a review of 10,000 statements 20 ms."""
        found: dict[str, tuple[list[str], list[str]]] = {}
        only = "" if slugs is None else " AND domain IN (SELECT value FROM json_each(?))"
        for position, table in enumerate(("configurations", "statements")):
            query = f"SELECT id, domain FROM {table} INDEXED BY {table}_by_domain WHERE live = 1{only} ORDER BY num"
            for item, domain in self.db.execute(query, () if slugs is None else (json.dumps(sorted(slugs)),)):
                if domain:
                    found.setdefault(domain, ([], []))[position].append(item)
        return found

    def domains_in_use(self) -> set[str]:
        """The slugs active configurations and live statements are coded to: every command checks them against
        review.yaml, so SQLite reads them from the index without handing each row to Python."""
        query = " UNION ".join(
            f"SELECT DISTINCT domain FROM {table} INDEXED BY {table}_by_domain WHERE live = 1 AND domain IS NOT NULL"
            for table in ("configurations", "statements")
        )
        return {domain for (domain,) in self.db.execute(query) if domain}

    # configurations -----------------------------------------------------
    def configurations(self, include_retired: bool = False) -> list[Configuration]:
        rows = self.db.execute("SELECT data FROM configurations ORDER BY num")
        found = [Configuration.model_validate_json(row[0]) for row in rows]
        return found if include_retired else [c for c in found if not c.retired]

    def configurations_holding(self, statement_id: str) -> list[Configuration]:
        """The active configurations a statement is a member of. SQLite passes on the rows whose JSON never names it,
        so showing one statement does not validate every configuration of the review."""
        rows = self.db.execute("SELECT data FROM configurations WHERE instr(data, ?) ORDER BY num", (json.dumps(statement_id),))
        found = (Configuration.model_validate_json(row[0]) for row in rows)
        return [c for c in found if not c.retired and statement_id in c.statements]

    def configuration(self, config_id: str) -> Configuration | None:
        row = self.db.execute("SELECT data FROM configurations WHERE id = ?", (config_id,)).fetchone()
        return Configuration.model_validate_json(row[0]) if row else None

    def put_configurations(self, configurations: Iterable[Configuration]) -> None:
        configurations = list(configurations)
        self.db.executemany(
            "INSERT INTO configurations(num, id, data) VALUES(?, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data",
            ((id_number(c.id), c.id, c.model_dump_json()) for c in configurations),
        )
        self._keep_sentences([c for c in configurations if not c.retired])
        self._keep_readings([c for c in configurations if not c.retired])
        self._keep_undecided([c for c in configurations if not c.retired])

    # sentences, as last worded ----------------------------------------------
    def kept_sentences(self, parts: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], str]:
        """The sentence each (context, mechanism, outcome) was worded as by the rules in force and the review's names as
        they are, where one was kept."""
        if self.wording is None:
            return {}
        keys = {self.wording.key(*three): three for three in parts}
        return {keys[key]: text for key, text in self._kept("sentences", "text", self._sentence_rules(), list(keys))}

    def sentences(self, parts: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], str]:
        """The sentence of each (context, mechanism, outcome): as kept (`kept_sentences`), or worded now with the
        review's names where none was kept; a command that only reads keeps none."""
        parts = set(parts)
        found = self.kept_sentences(parts)
        if self.wording is not None and parts - found.keys():
            names = self._names()[1]
            found.update({three: self.wording.sentence(*three, names) for three in parts - found.keys()})
        return found

    def titles_now(self, parts: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], str]:
        """The title cmo words now for each (context, mechanism, outcome): as kept with the last write (`_keep_sentences`),
        or worded now where none was kept (the wording rules read only then)."""
        if self.wording is None or self.wording.title is None:
            return {}
        parts = set(parts)
        keys = {self.wording.title_key(*three): three for three in parts}
        found = {keys[key]: text for key, text in self._kept("titles", "text", self._sentence_rules(), list(keys))}
        found.update({three: self.wording.title(*three) for three in parts - found.keys()})
        return found

    def _sentence_rules(self) -> str:
        """What a kept sentence holds under: the wording rules in force and the fingerprint of the review's names."""
        return f"{self.wording.rules};{self._names(fingerprint_only=True)[0]}"

    def _names(self, *, fingerprint_only: bool = False) -> tuple[str, str]:
        """(fingerprint, names) of the review's texts (`Wording.names`): as kept, or read now where none was kept under
        the rules in force or statements were written since; read within a write, they are kept with it."""
        if not self._names_stale:
            column = "''" if fingerprint_only else "data"
            try:
                row = self.db.execute(
                    f"SELECT fingerprint, {column} FROM names WHERE key = 'review' AND rules = ?", (self.wording.rules,)
                ).fetchone()
            except sqlite3.OperationalError as error:  # no write has kept them yet: the table comes with the first
                if "no such table" not in str(error):
                    raise
                row = None
            if row:
                return row
            if self._names_read is not None and self._names_read[0] == self._names_state():
                return self._names_read[1]
        names = self.wording.names()
        fingerprint = hashlib.blake2b(names.encode("utf-8"), digest_size=16).hexdigest()
        if self.db.in_transaction:
            self.db.execute(_NAMES_TABLE)
            self.db.execute(
                "INSERT OR REPLACE INTO names(key, rules, fingerprint, data) VALUES('review', ?, ?, ?)",
                (self.wording.rules, fingerprint, names),
            )
            self._names_stale = False
        else:  # a command that only reads keeps none: it remembers them while nothing is written
            self._names_read = (self._names_state(), (fingerprint, names))
        return fingerprint, names

    def _names_state(self) -> tuple[str, int, int]:
        """What names read by a command that only reads hold under: the wording rules, this process's commits and
        SQLite's data_version (another connection's commits): the first listing after an upgrade read the names of
        10,000 statements twice, for the sentences' rules and for the sentences (names_json: a third of the command)."""
        return self.wording.rules, _commits, self.db.execute("PRAGMA data_version").fetchone()[0]

    def _keep_names(self) -> None:
        """After a command wrote statements: the review's names read again and kept, and, where they changed, every
        configuration's sentence worded again with them, so a listing after it reads kept ones."""
        self._statements_written = False
        if self.wording is not None:
            self._names_stale = True
            self._names(fingerprint_only=True)
            self._keep_sentences(self.configurations())

    def _rules_kept_apart(self) -> list[tuple[str, str, str]]:
        """(table, what SQLite reads as true of a row kept under rules no longer in force) of each cache a write keeps:
        cmo's own names and expressions, never a file's; the rules in force are the parameter."""
        if self.wording is None or self.reading is None:
            return []
        tables = [(t, "substr(rules, 1, length(:rules)) != :rules", f"{self.wording.rules};") for t in ("sentences", "titles")]
        tables.append(("readings", "rules != :rules", self.reading.rules))
        if self.reading.undecided is not None:
            tables.append(("undecided", "rules != :rules", self.reading.rules))
        return tables

    def _kept_under_other_rules(self) -> bool:
        """Whether a cache the last writes kept (sentences, readings, members on neither side) holds rows of rules no
        longer in force: an upgrade of cmo, or an edit to its files. Asked as a write begins too: a write that changes
        some configurations keeps theirs and deletes the rest, so asked only at its end, the first refine after an
        upgrade that changed 23 of 459 configurations left the other 436 to be worded and read by every listing
        (`configs list` 1.5 G instructions → 10.6 G on the large review)."""
        for table, condition, rules in self._rules_kept_apart():
            try:
                if self.db.execute(f"SELECT 1 FROM {table} WHERE {condition} LIMIT 1", {"rules": rules}).fetchone():
                    return True
            except sqlite3.OperationalError as error:  # no write has kept one yet
                if "no such table" not in str(error):
                    raise
        return False

    def _keep_every_configuration(self) -> None:
        """After an upgrade, the first write keeps every configuration's sentence, readings and members on neither side
        under the new rules, so listings after it read kept ones again (a listing only reads: without this, each would
        word and read the whole review anew until a refine: 2.2 s instead of 0.35 s on 10,000 statements)."""
        for table, condition, rules in self._rules_kept_apart():
            try:
                self.db.execute(f"DELETE FROM {table} WHERE {condition}", {"rules": rules})
            except sqlite3.OperationalError as error:
                if "no such table" not in str(error):
                    raise
        active = self.configurations()
        self._keep_sentences(active)
        self._keep_readings(active)
        self._keep_undecided(active)

    def _kept(self, table: str, column: str, rules: str, keys: list[str]) -> list[tuple[str, object]]:
        """(key, value) of each of `keys` a cache table (`sentences`, `readings`, `undecided`) kept under `rules`; none
        before the first write made the table. `table` and `column` are cmo's own names, never a file's."""
        found: list[tuple[str, object]] = []
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            try:
                found += self.db.execute(
                    f"SELECT key, {column} FROM {table} WHERE rules = ? AND key IN ({', '.join('?' * len(chunk))})",
                    (rules, *chunk),
                ).fetchall()
            except sqlite3.OperationalError as error:  # no write has kept one yet: the table comes with the first
                if "no such table" in str(error):
                    return []
                raise
        return found

    def _keep_sentences(self, configurations: list[Configuration]) -> None:
        """Each configuration written keeps its sentence, worded now unless kept already; sentences of rules no longer
        in force go. Written with the command's own write, never by a command that only reads."""
        if self.wording is None or not configurations:
            return
        parts = {(c.context, c.mechanism, c.outcome) for c in configurations}
        titled = {(c.context, c.mechanism, c.outcome) for c in configurations if keeps_cmo_title(c)}
        kept = self.kept_sentences(parts)
        untitled = self._untitled(titled)
        if not parts - kept.keys() and not untitled:
            return
        fingerprint, names = self._names()
        rules = f"{self.wording.rules};{fingerprint}"
        made = [(self.wording.key(*three), rules, self.wording.sentence(*three, names)) for three in parts - kept.keys()]
        titles = [(self.wording.title_key(*three), rules, self.wording.title(*three)) for three in untitled]  # type: ignore[misc]
        for table, rows in (("sentences", made), ("titles", titles)):  # cmo's own table names
            if rows:
                self.db.execute(_SENTENCES_TABLE.replace("sentences", table))
                self.db.execute(f"DELETE FROM {table} WHERE rules != ?", (rules,))
                self.db.executemany(f"INSERT OR REPLACE INTO {table}(key, rules, text) VALUES(?, ?, ?)", rows)

    def _untitled(self, parts: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        """Of these parts, those whose title cmo words now (`Wording.title`) is not kept under the rules in force."""
        if not parts or self.wording is None or self.wording.title is None:
            return set()
        keys = {self.wording.title_key(*three): three for three in parts}
        return parts - {keys[key] for key, _ in self._kept("titles", "text", self._sentence_rules(), list(keys))}

    def kept_readings(self, outcomes: Iterable[str]) -> dict[str, bool]:
        """Whether each outcome reads as not following, by the evidence rules in force, where a reading was kept."""
        if self.reading is None:
            return {}
        keys = {self.reading.key(outcome): outcome for outcome in outcomes if outcome}
        return {keys[key]: bool(negative) for key, negative in self._kept("readings", "negative", self.reading.rules, list(keys))}

    def _keep_readings(self, configurations: list[Configuration]) -> None:
        """The outcome of each configuration written and of each of its members keeps its reading, read now unless kept
        already (a listing reads both: whether a member is undecided depends on how the configuration's own outcome
        reads too); readings of rules no longer in force go. Written with the command's own write, as sentences are."""
        if self.reading is None or not configurations:
            return
        members = {sid for c in configurations for sid in c.statements}
        outcomes: set[str] = {c.outcome for c in configurations if c.outcome}
        listed = list(members)
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            rows = self.db.execute(
                f"SELECT json_extract(data, '$.outcome') FROM statements WHERE id IN ({', '.join('?' * len(chunk))})", chunk
            )
            outcomes.update(outcome for (outcome,) in rows if outcome)
        kept = self.kept_readings(outcomes)
        made = [(self.reading.key(o), self.reading.rules, int(self.reading.negative(o))) for o in outcomes - kept.keys()]
        if made:
            self.db.execute(_READINGS_TABLE)
            self.db.execute("DELETE FROM readings WHERE rules != ?", (self.reading.rules,))
            self.db.executemany("INSERT OR REPLACE INTO readings(key, rules, negative) VALUES(?, ?, ?)", made)

    # members on neither side, as last read -----------------------------------
    def kept_undecided(self, configurations: Iterable[Configuration]) -> dict[str, list[str]]:
        """Configuration id → its undecided members, where they were kept under the rules in force and neither it nor
        any member has changed since (a configuration not written yet, or edited in memory only, has none kept)."""
        if self.reading is None or self.reading.undecided is None:
            return {}
        keys = self._undecided_keys(list(configurations))
        kept = dict(self._kept("undecided", "ids", self.reading.rules, list(keys)))
        return {config_id: json.loads(kept[key]) for key, config_id in keys.items() if key in kept}

    def _undecided_keys(self, configurations: list[Configuration]) -> dict[str, str]:
        """Key → configuration id: a digest of the configuration as it is given and of each member's revision as it is
        stored (a missing member as such), in member order: a member's row changes its revision (`put_statements`), so
        whatever the reading reads of it."""
        revisions = self._revisions({sid for c in configurations for sid in c.statements})
        return {
            undecided_key(config.model_dump_json().encode("utf-8"), [revisions.get(sid) for sid in config.statements]): config.id
            for config in configurations
        }

    def _rows_at_most(self, table: str) -> int:
        """The number of rows of a table numbered by `num` (statements, configurations), but for gaps: its largest
        number, read from the end of its key. `table` is cmo's own name, never a file's."""
        (last,) = self.db.execute(f"SELECT max(num) FROM {table}").fetchone()
        return last or 0

    def _revisions(self, ids: set[str]) -> dict[str, str]:
        """The named statements' revisions, from their index, as one string of each (10,000 rows' tuples cost Python three
        times that). Most of the review's (a listing of every configuration) are read by walking the index, which costs
        SQLite half of looking each up by id; a few (one configuration) by looking them up."""
        query, named_only = (
            "SELECT group_concat(id, char(31)), group_concat(rev, char(31)) FROM statements INDEXED BY statement_revs",
            (),
        )
        if 2 * len(ids) < self._rows_at_most("statements"):
            query, named_only = query + " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),)
        named, revisions = self.db.execute(query, named_only).fetchone()
        return dict(zip(named.split("\x1f"), revisions.split("\x1f"))) if named else {}

    def _keep_undecided(self, configurations: list[Configuration]) -> None:
        """Each configuration written keeps its undecided members, read now unless kept already; those of rules no longer
        in force go. Written with the command's own write, as sentences and readings are."""
        if self.reading is None or self.reading.undecided is None or not configurations:
            return
        keys = self._undecided_keys(configurations)
        kept = {key for key, _ in self._kept("undecided", "ids", self.reading.rules, list(keys))}
        if not (missing := {key: config_id for key, config_id in keys.items() if key not in kept}):
            return
        wanted = {config.id: config for config in configurations}
        held = {sid for config_id in missing.values() for sid in wanted[config_id].statements}
        statements = {s.id: s for s in self.statements_with_ids(held) if not s.deleted}  # as a listing reads them
        made = [
            (key, self.reading.rules, config_id, json.dumps(self.reading.undecided(wanted[config_id], statements)))
            for key, config_id in missing.items()
        ]
        self.db.execute(_UNDECIDED_TABLE)
        self.db.execute(  # what was kept of these configurations as they were before, and under other rules, goes
            "DELETE FROM undecided WHERE rules != ? OR config IN (SELECT value FROM json_each(?))",
            (self.reading.rules, json.dumps(sorted(missing.values()))),
        )
        self.db.executemany("INSERT OR REPLACE INTO undecided(key, rules, config, ids) VALUES(?, ?, ?, ?)", made)

    # rounds -------------------------------------------------------------
    def rounds(self) -> list[RoundSnapshot]:
        rows = self.db.execute("SELECT data FROM rounds ORDER BY number")
        return [RoundSnapshot.model_validate_json(row[0]) for row in rows]

    def add_round(self, snapshot: RoundSnapshot) -> None:
        self.db.execute(
            "INSERT INTO rounds(number, closed_at, data) VALUES(?, ?, ?)",
            (snapshot.number, snapshot.closed_at, snapshot.model_dump_json()),
        )

    def kept_pack(self, round_number: int, domain: str | None, group: str | None) -> tuple[str, str] | None:
        """(html, written_at) of the round's pack as first written for this domain and group, if it was."""
        query = "SELECT html, written_at FROM packs WHERE round = ? AND domain = ? AND grp = ?"
        row = self.db.execute(query, (round_number, domain or "", group or "")).fetchone()
        return (row[0], row[1]) if row else None

    def keep_pack(self, round_number: int, domain: str | None, group: str | None, html: str) -> None:
        """Keep a round's pack as written; one kept already stays (the first written is the one sent)."""
        self.db.execute(
            "INSERT OR IGNORE INTO packs(round, domain, grp, written_at, html) VALUES(?, ?, ?, ?, ?)",
            (round_number, domain or "", group or "", now_iso(), html),
        )

    def replace_round(self, snapshot: RoundSnapshot) -> None:
        """Only for a domain renamed everywhere (`cmo domains rename`): a round's content is otherwise frozen."""
        self.db.execute("UPDATE rounds SET data = ? WHERE number = ?", (snapshot.model_dump_json(), snapshot.number))

    def current_round(self) -> int:
        """The round being worked on: one past the last closed round."""
        row = self.db.execute("SELECT MAX(number) FROM rounds").fetchone()
        return (row[0] or 0) + 1

    # feedback -----------------------------------------------------------
    def feedback(self, round_number: int | None = None, *, replaced: bool = False) -> list[FeedbackItem]:
        """The answers in force, every round or one; with `replaced`, the answers a respondent's later file replaced
        too (kept: a configuration may cite one, and a closed round's pack quotes it)."""
        where = (
            ["json_extract(data, '$.replaced_by') IS NULL OR json_extract(data, '$.replaced_by') = ''"] if not replaced else []
        )
        params: list[object] = []
        if round_number is not None:
            where.append("round = ?")
            params.append(round_number)
        clause = f" WHERE {' AND '.join(f'({w})' for w in where)}" if where else ""
        rows = self.db.execute(f"SELECT data FROM feedback{clause} ORDER BY num", params)
        return [FeedbackItem.model_validate_json(row[0]) for row in rows]

    def add_feedback(self, items: Iterable[FeedbackItem]) -> tuple[list[FeedbackItem], int]:
        """Store new items; an item already stored (same fingerprint) is counted once, in force or replaced: an earlier
        file imported again changes nothing (trial G: it brought back answers the respondent's later file had replaced)."""
        stored = {
            fingerprint: (feedback_id, data)
            for fingerprint, feedback_id, data in self.db.execute("SELECT fingerprint, id, data FROM feedback")
        }
        added, repeated = [], 0
        for item in items:
            if item.fingerprint in stored:
                repeated += 1
                continue
            item = item.model_copy(update={"id": self.next_id("F")})
            self.db.execute(
                "INSERT INTO feedback(num, id, round, fingerprint, data) VALUES(?, ?, ?, ?, ?)",
                (id_number(item.id), item.id, item.round, item.fingerprint, item.model_dump_json()),
            )
            stored[item.fingerprint] = (item.id, item.model_dump_json())
            added.append(item)
        return added, repeated

    def put_feedback(self, items: Iterable[FeedbackItem]) -> None:
        """Rewrite answers already stored, by id: marked replaced, or given the words an earlier cmo did not keep."""
        self.db.executemany(
            "UPDATE feedback SET fingerprint = ?, data = ? WHERE id = ?",
            ((item.fingerprint, item.model_dump_json(), item.id) for item in items),
        )

    # history ------------------------------------------------------------
    def record_decision(self, decision: Decision) -> Decision:
        """Appended to the history, with who made it (`reviewer`) unless the decision names someone already."""
        if self.reviewer and not decision.by:
            decision = decision.model_copy(update={"by": self.reviewer})
        cursor = self.db.execute(
            "INSERT INTO history(at, action, data) VALUES(?, ?, ?)",
            (decision.at, decision.action, decision.model_dump_json()),
        )
        return decision.model_copy(update={"seq": cursor.lastrowid})

    def history(self, target: str | None = None) -> list[Decision]:
        """Every decision in order, or those naming `target` (chosen by SQLite: a refine's decision holds every
        configuration's members, and a long review's history is megabytes no one command should validate)."""
        if target is None:
            rows = self.db.execute("SELECT seq, data FROM history ORDER BY seq")
        else:
            rows = self.db.execute(
                "SELECT seq, data FROM history WHERE EXISTS "
                "(SELECT 1 FROM json_each(data, '$.targets') WHERE json_each.value = ?) ORDER BY seq",
                (target,),
            )
        return [Decision.model_validate_json(data).model_copy(update={"seq": seq}) for seq, data in rows]

    def decisions_of(self, action: str) -> list[Decision]:
        """Every decision of one kind, in order (the domain renames), without reading the rest."""
        rows = self.db.execute("SELECT seq, data FROM history WHERE action = ? ORDER BY seq", (action,))
        return [Decision.model_validate_json(data).model_copy(update={"seq": seq}) for seq, data in rows]

    def last_recorded(self, action: str, key: str) -> object:
        """One thing the latest decision of a kind recorded after it (the last refine's `suggested`), None if none: that
        decision also records every configuration of the review (half a megabyte for 459), which a listing never reads
        (8 ms to validate)."""
        query = "SELECT json_extract(data, ?) FROM history WHERE action = ? ORDER BY seq DESC LIMIT 1"
        row = self.db.execute(query, (f"$.after.{key}", action)).fetchone()
        return json.loads(row[0]) if row and row[0] is not None else None


@dataclass(frozen=True)
class NameScope:
    """What one name typed at the command line could be among a review's other names for sources
    (`Store.record_key_aliases`), so only those are made: the first author and year handles of the years it writes
    (`years`, "n.d." for an undated one), and of the families it names in any year (`families`, as a handle writes them:
    "@kirsh"), which "did you mean" reads for a year mistyped or left out; a DOI's alias where the name is a DOI."""

    name: str
    years: frozenset[str]
    families: frozenset[str]
    doi: bool = False

    def keeps(self, handle: str) -> bool:
        """Whether a handle ("@kirsh 2007", "?@kirsh 2007") is of the name's years or families."""
        family, _, year = handle.lstrip("?").rpartition(" ")
        return year in self.years or family in self.families

    def may_give(self, year, *names: str | None) -> bool:
        """Whether a work of this year, cited by one of these names (its first author, publisher or journal), may
        give a handle the scope keeps: its year is one of the name's, or a family the name names begins one of them, or
        follows its "The" (a handle's family is the start of one, folded, its spaces taken out: `citation_handles`,
        `issuer_handles`)."""
        if _year_written(year) in self.years:
            return True
        if not self.families:
            return False
        written = [fold(clean_text(name)).replace(" ", "") for name in names if name]
        return any(text.removeprefix("the").startswith(f) or text.startswith(f) for f in self._spelt for text in written)

    @property
    def _spelt(self) -> list[str]:
        return [family.removeprefix("@") for family in self.families]

    def year_test(self) -> tuple[str, list]:
        """The SQL test of a work of one of the name's years ("0" for a name of none)."""
        years = sorted(year for year in self.years if year.isdigit())
        tests = [f"{_YEAR_WRITTEN} IN ({', '.join('?' * len(years))})"] if years else []
        if "n.d." in self.years:
            tests.append("json_extract(data, '$.year') IS NULL OR lower(substr(json_extract(data, '$.year'), 1, 1)) = 'n'")
        return " OR ".join(f"({test})" for test in tests) or "0", years

    def where(self, *names: str) -> tuple[str, list]:
        """The SQL test that leaves out, in SQLite rather than Python, rows `may_give` is sure to refuse: those of a
        year not the name's whose names (`names`, SQL expressions) each open with none of a family's first letter, a
        letter folding changes ("Ø", "ß"), a mark (a brace, a quote) or "the"."""
        dated, params = self.year_test()
        tests = [dated] if dated != "0" else []
        firsts = sorted({family[:1] for family in self._spelt if family})
        for name in names if firsts else ():
            tests.append(f"{first_letter_sql(name)} IN ('*', {', '.join('?' * len(firsts))})")  # indexed: `_index_names`
            params.extend(firsts)
        return (" OR ".join(f"({test})" for test in tests) or "0"), params


def _year_written(year) -> str:
    """A year as a handle writes it (`author_year_handle`): "n.d." for none."""
    return "n.d." if year is None or str(year).lower().startswith("n") else str(year)


def citation_handles(first_author: str | None, publisher: str | None, container: str | None, year) -> set[str]:
    """How a sheet may cite a work by its first author and year ("Schlief et al. 2022", with or without initials): the
    one reading for a source, a linked record and a source merged away."""
    cited = cited_by(first_author, publisher, container)
    return {author_year_handle(cited, year), author_year_handle(without_initials(cited), year)} - {None}


_THE = re.compile(r"^the\s+", re.I)


def issuer_handles(first_author: str | None, publisher: str | None, container: str | None, year) -> set[str]:
    """How a sheet may cite a grey work its people wrote by the body that issued it ("King's Fund 2024", "Health
    Foundation 2023" for a long read by Georghiou, or Hutchings and Alderwick, published by The King's Fund or The Health
    Foundation), as teams cite reports: the publisher and year, with and without its "The". None where the work is cited
    by its publisher already (no author, or a body as author). Trial CI: both refused as no source of the review."""
    issuer = clean_text(publisher)
    if not issuer or not first_author or cited_by(first_author, publisher, container) == issuer:
        return set()
    return {author_year_handle(issuer, year), author_year_handle(_THE.sub("", issuer), year)} - {None}


def merged_away(merges: Iterable[Decision], live: Collection[str]) -> dict[str, str]:
    """The names of sources merged away by 'cmo sources merge' (`merges`, in order), each to the live source it went
    into, through later merges: its key, and its first author and year as a sheet cites it ("Cornes et al. (2017)",
    `author_year_handle`, from the source as it was), so a sheet written before the merge still imports (trial AA: the
    merged key refused with "did you mean"). A key live again (a split brought it back) names itself; a citation two
    merged sources share and that went different ways names neither; a source gone since names nothing."""
    went: dict[str, str] = {}
    handles: dict[str, set[str]] = {}
    for decision in merges:
        if decision.action != "source-merge" or len(decision.targets) < 2:
            continue
        gone = decision.targets[1]
        into = decision.after.get("into")
        went[gone] = into if isinstance(into, str) and into else decision.targets[0]
        was = decision.before.get(gone)
        if isinstance(was, dict):
            authors = was.get("authors") or [None]
            for handle in citation_handles(authors[0], was.get("publisher"), was.get("container"), was.get("year")):
                handles.setdefault(handle, set()).add(gone)

    def now(key: str) -> str | None:
        seen = {key}
        while key in went and key not in live:
            key = went[key]
            if key in seen:
                return None
            seen.add(key)
        return key if key in live else None

    names = {key: into for key in went if key not in live and (into := now(key))}
    names |= {key.lower(): into for key, into in names.items()}
    for handle, keys in handles.items():
        ends = {now(key) for key in keys if key not in live}
        if len(ends) == 1 and None not in ends:
            names[handle] = ends.pop()
    return names
