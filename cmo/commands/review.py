"""Finding, opening and starting a review: the one place a review's store is opened.

Commands find the review like git finds a repository: `--review DIR`, else `CMO_REVIEW`,
else the nearest folder upwards from the current one that holds a `review.yaml`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import yaml

from cmo.errors import BadInput, CmoError
from cmo.resources import default_config
from cmo.review import CONFIG_NAME, DB_NAME, Review, load_config
from cmo.store import Store
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


def open_review(explicit: str | os.PathLike | None = None) -> Review:
    folder = find_folder(explicit)
    if folder is None:
        where = explicit or os.environ.get("CMO_REVIEW")
        if where:
            raise CmoError(f"{where} holds no review ({CONFIG_NAME} not found); run 'cmo init {where}' first.")
        raise CmoError(f"no review here or in any folder above {Path.cwd()}; run 'cmo init' or pass --review DIR.")
    return Review(folder=folder, config=load_config(folder / CONFIG_NAME), store=Store.open_existing(folder / DB_NAME))


def init_review(folder: Path, domains_file: Path | None = None) -> Review:
    """Start a review: review.yaml from the default configuration (or --domains), and review.db."""
    if (folder / CONFIG_NAME).exists() or (folder / DB_NAME).exists():
        raise CmoError(f"{folder} already holds a review; use it, or choose another folder.")
    config = load_config(default_config())
    if domains_file is not None:
        chosen = load_config(domains_file)
        if not chosen.domains:
            raise BadInput(f"{domains_file}: no 'domains:' list found (each item: slug, name, description).")
        config = config.model_copy(
            update={name: getattr(chosen, name) for name in ("domains", "groups", "title", "question") if getattr(chosen, name)}
        )
    folder.mkdir(parents=True, exist_ok=True)
    text = "# The review: people edit this file; cmo keeps everything else in review.db.\n"
    text += yaml.safe_dump(config.as_dict(), sort_keys=False, allow_unicode=True, width=100)
    (folder / CONFIG_NAME).write_text(text, encoding="utf-8")
    return Review(folder=folder, config=config, store=Store.create(folder / DB_NAME))


def init(folder: Path, domains_file: Path | None = None) -> Started:
    """`cmo init`: start the review and say what it holds."""
    review = init_review(folder, domains_file)
    try:
        return Started(folder=str(review.folder), domains=[d.slug for d in review.domains])
    finally:
        review.close()


def tell_when_waiting(notice: Callable[[str], None]) -> None:
    """`notice(message)` is called once when a write waits for another command's (the CLI prints it)."""
    import cmo.store

    cmo.store.on_wait = notice
