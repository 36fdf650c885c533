"""A review on disk: a folder with `review.yaml` (people edit it) and `review.db` (cmo keeps it).

Commands find the review like git finds a repository: `--review DIR`, else `CMO_REVIEW`,
else the nearest folder upwards from the current one that holds a `review.yaml`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from cmo.errors import BadInput, CmoError, NotFound
from cmo.resources import default_config
from cmo.store import Store

CONFIG_NAME = "review.yaml"
DB_NAME = "review.db"


@dataclass
class Review:
    folder: Path
    config: dict
    store: Store = field(repr=False)

    @property
    def title(self) -> str:
        return str(self.config.get("title") or "Untitled review")

    @property
    def domains(self) -> list[dict]:
        return list(self.config.get("domains") or [])

    @property
    def groups(self) -> list[dict]:
        return list(self.config.get("groups") or [])

    @property
    def settings(self) -> dict:
        return dict(self.config.get("settings") or {})

    def domain_slugs(self) -> set[str]:
        return {d["slug"] for d in self.domains}

    def group_slugs(self) -> set[str]:
        return {g["slug"] for g in self.groups}

    def resolve_domain(self, text: str) -> str:
        """`--domain` takes a slug, a unique prefix of one, or a domain's name (or its start)."""
        wanted = text.strip().lower()
        if not wanted:
            raise CmoError("--domain is empty; give a domain slug or name.")
        for domain in self.domains:
            if wanted in (domain["slug"].lower(), str(domain.get("name", "")).lower()):
                return domain["slug"]
        matches = [
            d["slug"]
            for d in self.domains
            if d["slug"].lower().startswith(wanted) or str(d.get("name", "")).lower().startswith(wanted)
        ]
        if len(matches) == 1:
            return matches[0]
        known = ", ".join(d["slug"] for d in self.domains) or "none"
        if matches:
            raise CmoError(f"domain '{text}' is ambiguous: it could be {', '.join(matches)}.")
        raise NotFound(f"domain '{text}' is not in {self.folder / CONFIG_NAME} (domains: {known}).")

    def resolve_group(self, text: str) -> str:
        wanted = text.strip().lower()
        for group in self.groups:
            if wanted in (group["slug"].lower(), str(group.get("name", "")).lower()):
                return group["slug"]
        matches = [g["slug"] for g in self.groups if g["slug"].lower().startswith(wanted) or str(g.get("name", "")).lower().startswith(wanted)]
        if len(matches) == 1:
            return matches[0]
        known = ", ".join(g["slug"] for g in self.groups) or "none"
        raise NotFound(f"stakeholder group '{text}' is not in {self.folder / CONFIG_NAME} (groups: {known}).")

    def close(self) -> None:
        self.store.close()


def load_config(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise CmoError(f"{path} cannot be read ({error.strerror}).") from None
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        raise BadInput(f"{path}{where}: this is not valid YAML ({getattr(error, 'problem', error)}).") from None
    if not isinstance(data, dict):
        raise BadInput(f"{path}: expected a YAML mapping with title, question and domains.")
    _check_slugs(path, data.get("domains") or [], "domains")
    _check_slugs(path, data.get("groups") or [], "groups")
    _check_settings(path, data.get("settings"))
    return data


_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _check_settings(path: Path, settings) -> None:
    if settings is None:
        return
    if not isinstance(settings, dict):
        raise BadInput(f"{path}: 'settings' must be a mapping of names to values, e.g. merge_threshold: 0.25.")
    if settings.get("similarity", "lexical") not in ("lexical", "semantic", "hybrid"):
        raise BadInput(f"{path}: settings.similarity must be lexical, semantic or hybrid, not {settings['similarity']!r}.")
    threshold = settings.get("merge_threshold")
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold < 1):
        raise BadInput(f"{path}: settings.merge_threshold must be a number between 0 and 1, not {threshold!r}.")


def _check_slugs(path: Path, items: list, what: str) -> None:
    if not isinstance(items, list):
        raise BadInput(f"{path}: '{what}' must be a list of {{slug, name, description}}.")
    seen = set()
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not str(item.get("slug") or "").strip():
            raise BadInput(f"{path}: {what} item {number} needs a slug (and a name and description).")
        item["slug"] = str(item["slug"])
        if not _SLUG.match(item["slug"]):
            raise BadInput(f"{path}: {what} slug '{item['slug']}' must be lower-case letters, digits and hyphens, e.g. 'safety'.")
        if item["slug"] in seen:
            raise BadInput(f"{path}: {what} slug '{item['slug']}' appears twice.")
        seen.add(item["slug"])
        item["name"] = str(item.get("name") or item["slug"])
        item["description"] = str(item.get("description") or "")


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


def open_review(explicit: str | os.PathLike | None = None) -> Review:
    folder = find_folder(explicit)
    if folder is None:
        where = explicit or os.environ.get("CMO_REVIEW")
        if where:
            raise CmoError(f"{where} holds no review ({CONFIG_NAME} not found); run 'cmo init {where}' first.")
        raise CmoError(f"no review here or in any folder above {Path.cwd()}; run 'cmo init' or pass --review DIR.")
    return Review(folder=folder, config=load_config(folder / CONFIG_NAME), store=Store(folder / DB_NAME))


def init_review(folder: Path, domains_file: Path | None = None) -> Review:
    """Start a review: review.yaml from the default configuration (or --domains), and review.db."""
    if (folder / CONFIG_NAME).exists() or (folder / DB_NAME).exists():
        raise CmoError(f"{folder} already holds a review; use it, or choose another folder.")
    config = load_config(default_config())
    if domains_file is not None:
        chosen = load_config(domains_file)
        if not chosen.get("domains"):
            raise BadInput(f"{domains_file}: no 'domains:' list found (each item: slug, name, description).")
        for name in ("domains", "groups", "title", "question"):
            if chosen.get(name):
                config[name] = chosen[name]
    folder.mkdir(parents=True, exist_ok=True)
    text = "# The review: people edit this file; cmo keeps everything else in review.db.\n"
    text += yaml.safe_dump(config, sort_keys=False, allow_unicode=True, width=100)
    (folder / CONFIG_NAME).write_text(text, encoding="utf-8")
    return Review(folder=folder, config=config, store=Store.create(folder / DB_NAME))
