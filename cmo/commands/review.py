"""Finding, opening and starting a review: the one place a review's store is opened.

Commands find the review like git finds a repository: `--review DIR`, else `CMO_REVIEW`,
else the nearest folder upwards from the current one that holds a `review.yaml`.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

from cmo.errors import BadInput, CmoError, NotFound
from cmo.files import CSV_SEPARATOR
from cmo.models import ReviewConfig
from cmo.normalise import clean_text
from cmo.resources import default_config
from cmo.review import CONFIG_NAME, DB_NAME, Review, load_config, read_text, read_yaml, safe_loader, yaml_line
from cmo.store import Reading, Store, Wording
from cmo.synthesis.lexicon import NO_SYNONYMS, Synonyms, compile_synonyms, use_outcome_valence, use_synonyms
from cmo.synthesis.vault import keep_vectors_in
from cmo.views import Started


def find_folder(explicit: str | os.PathLike | None = None, start: Path | None = None) -> Path | None:
    if explicit:
        folder = Path(explicit)
        return folder if (folder / CONFIG_NAME).is_file() else None
    env = os.environ.get("CMO_REVIEW")
    if env:
        folder = Path(env)
        return folder if (folder / CONFIG_NAME).is_file() else None
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    return None


REVIEWER_NAME_LIMIT = 80
"""A name, not a note: what a history line and the report's audit trail have room for."""


def reviewer_name(given: str | None) -> str:
    """Who the decisions of this command are by: the name given (`--by`, `CMO_REVIEWER`, a browser's name), else the
    login name, so a two-person review's history says who decided what rather than "the team"."""
    if given is None:
        given = _login_name()
    printable = "".join(ch if ch.isprintable() else " " for ch in given)
    return " ".join(clean_text(printable).split())[:REVIEWER_NAME_LIMIT]


def _login_name(uid: int | None = None) -> str:
    """The login's name, or none for the superuser's: "root" is a machine's account, never a person a published
    review can name as having screened or decided (trial AA: "screened by ML, RN and root")."""
    import getpass

    if uid is None:
        uid = os.geteuid() if hasattr(os, "geteuid") else -1
    if uid == 0:
        return ""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # a container's user with no name
        return ""


def reviews_nearby(here: Path | None = None) -> list[Path]:
    """The reviews in the folders inside `here` and beside it (its parent's folders), by name: where a reviewer who
    ran `cmo init my-review` and stayed in the folder above it, or went into the folder of their exports beside it,
    meant their commands to go."""
    here = (here or Path.cwd()).resolve()
    found: set[Path] = set()
    for parent in {here, here.parent}:
        try:
            entries = list(parent.iterdir())
        except OSError:
            continue
        for entry in entries:
            try:  # a folder this account may not enter (PermissionError) holds no review it could use
                if entry != here and entry.is_dir() and (entry / CONFIG_NAME).is_file():
                    found.add(entry)
            except OSError:
                continue
    return sorted(found)


def nearby_hint(here: Path | None = None) -> str:
    """The sentence naming the review beside a folder that holds none ('' where there is none, or several)."""
    found = reviews_nearby(here)
    if not found:
        return ""
    if len(found) > 1:
        return f"; reviews nearby: {', '.join(str(folder) for folder in found)} (pass --review DIR to use one)"
    return f"; the review nearby is {found[0]}: run the command from there or pass --review {found[0]}"


def open_review(explicit: str | os.PathLike | None = None) -> Review:
    folder = find_folder(explicit)
    if folder is None:
        where = explicit or os.environ.get("CMO_REVIEW")
        if where:
            raise CmoError(f"{where} holds no review ({CONFIG_NAME} not found); run 'cmo init {where}' first.")
        hint = nearby_hint()
        if hint:
            raise CmoError(f"no review here or in any folder above {Path.cwd()}{hint}.")
        raise CmoError(f"no review here or in any folder above {Path.cwd()}; run 'cmo init' or pass --review DIR.")
    store = Store.open_existing(folder / DB_NAME)
    try:
        config = load_config(folder / CONFIG_NAME, store)
        use_synonyms(load_synonyms(folder, config.settings.synonyms))
        use_outcome_valence(config.settings.outcomes.wanted, config.settings.outcomes.unwanted)
    except BaseException:
        store.close()
        raise
    return _opened(folder, config, store)


def _opened(folder: Path, config: ReviewConfig, store: Store) -> Review:
    """A review ready for commands: its vectors kept in its store, and configurations kept with their sentences."""
    keep_vectors_in(StoredVectors(store))
    CSV_SEPARATOR.set(config.settings.csv_separator)
    store.wording = Wording(rules=wording_rules(config), sentence=_worded, names=lambda: _names(store), title=_titled)
    store.reading = Reading(rules=f"{rules_of()};{_synonyms_read()}", negative=_negative, undecided=_undecided)
    return Review(folder=folder, config=config, store=store)


def wording_rules(config: ReviewConfig | None = None) -> str:
    """Which wording rules are in force (`rules_of`): an upgrade or an edit to any of them words every sentence anew;
    so does a change to the team's short forms that name people (`wording.use_short_forms`), which the review's
    sentences are worded with from now on."""
    meanings = config.settings.short_forms if config else {}
    if not meanings and "cmo.synthesis.wording" not in sys.modules:
        return rules_of()  # no short forms, and nothing worded yet: the wording rules stay unloaded (a listing needs none)
    from cmo.synthesis.wording import use_short_forms

    people = use_short_forms(meanings)
    return f"{rules_of()};people={people}" if people else rules_of()


@cache
def rules_of() -> str:
    """Which rules a kept sentence or reading was made by: a digest of the contents of every file the synthesis rules are
    in (its modules, its word lists, `normalise`), so the same rules give the same digest wherever and whenever cmo was
    installed. By size and time (a stat each), a reinstall of the same cmo read every sentence and reading again and a
    listing cost three times as much until the next write (trial CK); and a rule in a file not listed (the key contexts
    evidence reads) could change unseen. Reading them is about a megabyte, once a command."""
    package = Path(__file__).resolve().parents[1]
    files = sorted([*(package / "synthesis").glob("*.py"), *(package / "synthesis" / "english").glob("*.txt")])
    digest = hashlib.blake2b(digest_size=16)
    for path in [*files, package / "normalise.py"]:
        digest.update(path.read_bytes())
        digest.update(b"\x00")
    return digest.hexdigest()


def _negative(outcome: str) -> bool:
    from cmo.synthesis.evidence import outcome_is_negative

    return outcome_is_negative(outcome)


def _worded(context: str, mechanism: str, outcome: str, names: str) -> str:
    """A configuration's sentence as listings show it: with the review's names (`names_as`), as packs, the report and
    exports word it, and in a fresh context, so a kept sentence is the one a listing would word."""
    from contextvars import Context

    from cmo.synthesis.wording import cmo_sentence, names_as

    def worded() -> str:
        with names_as(names):
            return cmo_sentence(context, mechanism, outcome)

    return Context().run(worded)


def _titled(context: str, mechanism: str, outcome: str) -> str:
    """The title cmo words now for a configuration's parts, as refine and `configs edit` title one (`title_for`)."""
    from cmo.synthesis.wording import title_for

    return title_for(context, mechanism, outcome)


def _names(store: Store) -> str:
    """The names the review's texts write (`names_from`, as packs and the report read them), as JSON."""
    from cmo.synthesis.wording import names_json, statement_texts

    return names_json(statement_texts(store.statements()))


def misspelt_names(review: Review) -> list[str]:
    """review.yaml names cmo does not know that are close to one it does (`setings:`, `merge_treshold:`): kept as
    written, as a team's own keys are, but said, since the setting meant is otherwise silently not applied."""
    config, path = review.config, review.folder / CONFIG_NAME
    places = [
        ("", config.model_extra or {}, type(config).model_fields),
        ("settings: ", config.settings.model_extra or {}, type(config.settings).model_fields),
    ]
    if not any(extra for _, extra, _ in places):
        return []
    from difflib import get_close_matches

    text = path.read_text(encoding="utf-8-sig")
    found = []
    for where, extra, known in places:
        for name in extra:
            close = get_close_matches(str(name), list(known), n=1, cutoff=0.8)
            if close:
                line = yaml_line(text, ["settings", name] if where else [name])
                found.append(
                    f"{path}{f', line {line}' if line else ''}: {where}'{name}' is not a name cmo reads; "
                    f"did you mean '{close[0]}'? (it is kept, and ignored)"
                )
    return found


class StoredVectors:
    """The review database as the engine's vector vault: read always, written only inside a command's transaction
    (a read-only command encodes what is missing and forgets it)."""

    def __init__(self, store: Store):
        self.store = store

    def load(self, model: str, texts: list[str]) -> dict:
        import numpy as np

        digests = {_digest(t): t for t in texts}
        try:
            found = self.store.vectors(model, list(digests))
        except sqlite3.ProgrammingError:  # the command has closed its review: nothing kept to read
            return {}
        return {digests[d]: np.frombuffer(blob, dtype=np.float32) for d, blob in found.items()}

    def save(self, model: str, vectors: dict) -> None:
        try:
            if self.store.db.in_transaction and not self.store.read_only:
                self.store.put_vectors(model, {_digest(t): v.astype("float32").tobytes() for t, v in vectors.items()})
        except sqlite3.ProgrammingError:
            return


def _digest(text: str) -> str:
    import hashlib  # only refine needs it; importing it cost every command 3 ms

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_synonyms(folder: Path, name: str | None) -> Synonyms:
    """The team's synonym file named in settings (relative to review.yaml), compiled; none named: none used."""
    if not name:
        return NO_SYNONYMS
    path = folder / name
    if not path.is_file():
        raise NotFound(f"{folder / CONFIG_NAME}: settings.synonyms names {name}, which is not a file.")
    config = f"{path}"
    text, data = read_yaml(path)
    groups = data.get("synonyms") if isinstance(data, dict) else None
    if not isinstance(groups, dict):
        raise BadInput(f"{config}: expected 'synonyms:' with groups of words, e.g. carer: [carer, caregiver].")
    try:
        return compile_synonyms(groups, source=f"{path.resolve()}:{text}")
    except ValueError as error:
        raise BadInput(f"{config}: {error}.") from None


def init_review(folder: Path, domains_file: Path | None = None, *, example: bool = False) -> Review:
    """Start a review: review.yaml from the default configuration (or --domains), and review.db. Only the shipped
    `example` keeps the default's title and question: a team's own review is never titled as another's (its pack
    would go to the reference group under it); theirs come from --domains, or are left for them to write."""
    if (folder / CONFIG_NAME).exists() or (folder / DB_NAME).exists():
        raise CmoError(f"{folder} already holds a review; use it, or choose another folder.")
    config = load_config(default_config())
    if not example:
        config = config.model_copy(update={"title": "", "question": ""})
    taken: dict[str, str] = {}
    if domains_file is not None:
        chosen = load_config(domains_file)
        if not chosen.domains:
            raise BadInput(f"{domains_file}: no 'domains:' list found (each item: slug, name, description).")
        config = config.model_copy(
            update={name: getattr(chosen, name) for name in ("domains", "title", "question") if getattr(chosen, name)}
            | {"groups": chosen.groups}  # trial Q: a schools review was given the example's "Inpatient and crisis care"
        )
        taken = _team_text(read_text(domains_file), ("domains", "groups", "title", "question"))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CONFIG_NAME).write_text(_config_text(config, taken), encoding="utf-8")
    store = Store.create(folder / DB_NAME)
    config = load_config(folder / CONFIG_NAME, store)  # as every later command reads it
    with store.transaction():
        pass  # keeps what review.yaml was read as: the next commands need no YAML parser
    return _opened(folder, config, store)


_HEADER = "# The review: people edit this file; cmo keeps everything else in review.db.\n"


def _config_text(config: ReviewConfig, taken: dict[str, str]) -> str:
    """review.yaml's text: each key as the team's domains file writes it, comments and all (`taken`: trial AD lost the
    line that said where the domains were agreed), the others as cmo writes them. Read back, it must say what `config`
    says, else it is written as cmo writes it all: nothing the team wrote is read otherwise than it was."""
    import yaml

    data = config.as_dict()
    dumped = {key: yaml.safe_dump({key: value}, sort_keys=False, allow_unicode=True, width=100) for key, value in data.items()}
    plain = _HEADER + "".join(dumped.values())
    if not taken:
        return plain
    for chunks in ({key: _indentless(chunk) for key, chunk in taken.items()}, taken):  # cmo's layout, else the team's
        text = _HEADER + "".join(chunks.get(key) or dumped[key] for key in data)
        try:
            if ReviewConfig.model_validate(yaml.load(text, Loader=safe_loader())).as_dict() == data:
                return text
        except (yaml.YAMLError, ValueError):
            continue
    return plain


def _indentless(chunk: str) -> str:
    """A key's text with the lines under it moved left by the indent of its list's dashes ("  - slug: …" as "- slug: …"),
    as cmo writes its lists, so review.yaml reads alike whoever wrote the part; comments go left as far as they can."""
    lines = chunk.split("\n")
    body = [i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#") and line[:1] in " \t"]
    if not body or not lines[body[0]].lstrip().startswith("- "):
        return chunk
    shift = len(lines[body[0]]) - len(lines[body[0]].lstrip(" "))
    if any(len(lines[i]) - len(lines[i].lstrip(" ")) < shift for i in body):
        return chunk
    first = body[0]
    moved = [line[min(shift, len(line) - len(line.lstrip(" "))) :] if i >= first else line for i, line in enumerate(lines)]
    return "\n".join(moved)


def _team_text(text: str, keys: tuple[str, ...]) -> dict[str, str]:
    """The text of each of `keys` in a YAML file written as a block mapping, from the comments above it to the next
    key's: {key: text}, each ending in a new line; the file's opening comments go with its first key. {} for a file not
    so written (a flow mapping, `{domains: […]}`)."""
    import yaml

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return {}
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        return {}
    lines = text.split("\n")
    starts = []
    for key, _ in root.value:
        if key.start_mark.column != 0:
            return {}
        first = key.start_mark.line
        while first > 0 and (not lines[first - 1].strip() or lines[first - 1].lstrip().startswith("#")):
            first -= 1  # the comments above a key are its own
        starts.append((str(key.value), first))
    opening, starts[0] = "\n".join(lines[: root.value[0][0].start_mark.line]).strip("\n"), (starts[0][0], 0)
    ends = [start for _, start in starts[1:]] + [len(lines)]
    chunks = {name: "\n".join(lines[start:end]).strip("\n") + "\n" for (name, start), end in zip(starts, ends, strict=True)}
    kept = {name: chunk for name, chunk in chunks.items() if name in keys}
    if kept and opening and starts[0][0] not in kept:  # the file's opening comments, above a key not taken
        first = next(iter(kept))
        kept[first] = opening + "\n" + kept[first]
    return kept


def init(folder: Path, domains_file: Path | None = None) -> Started:
    """`cmo init`: start the review and say what it holds."""
    review = init_review(folder, domains_file)
    try:
        return Started(
            folder=str(review.folder),
            domains=[d.slug for d in review.domains],
            groups=[g.slug for g in review.config.groups],
            title=review.config.title,
        )
    finally:
        review.close()


def release_write_lock_note(folder: Path) -> None:
    """The note naming this process as holding the review's write lock, removed if it is left (`cmo serve` stopped
    while a write ran); another process's note is left alone."""
    from cmo.store import forget_holder

    forget_holder(folder / DB_NAME)


def tell_when_waiting(notice: Callable[[str], None]) -> None:
    """`notice(message)` is called once when a write waits for another command's (the CLI prints it)."""
    import cmo.store

    cmo.store.on_wait = notice


def _synonyms_read() -> str:
    """The review's synonyms as the evidence rules read them (`evidence._content`), and the outcomes its team wants more
    and less of (`evidence.outcome_valence`): a kept reading holds while they do."""
    import hashlib

    from cmo.synthesis.lexicon import active_outcome_valence, active_synonyms

    valence = active_outcome_valence()
    said = repr(active_synonyms()) + (repr(valence) if any(valence) else "")  # none said: as read before there was one
    return hashlib.blake2b(said.encode("utf-8"), digest_size=8).hexdigest()


def _undecided(config, statements) -> list[str]:
    from cmo.synthesis.evidence import undecided_ids

    return undecided_ids(config, statements)
