"""Shared fixtures: the real corpus from ../shared, a fresh review folder, and the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

# The browser fixture (one headless Chromium per session) for every test module that asks for it.
pytest_plugins = ["browser"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
BENCHMARKS = SHARED / "benchmarks"
DATA = Path(__file__).resolve().parent / "data"
# When the example's round 1 closed, for every test: before any answer in tests/data was written.
EXAMPLE_CLOSED = "2026-11-02T09:00:00+00:00"


def pytest_addoption(parser):
    text = "rewrite tests/golden/ from the current output instead of comparing it (read the diff first)"
    parser.addoption("--update-golden", action="store_true", default=False, help=text)


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: the shared corpus sits beside the checkout in CI and on developer machines")
    return path


@pytest.fixture
def corpus() -> Path:
    return need_shared(CORPUS)


class Cli:
    """Runs `cmo` in-process against one review folder, as a user would type it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.runner = CliRunner()

    def __call__(self, *args: str, code: int | None = 0, input: str | None = None):
        from cli import cli

        result = self.runner.invoke(cli, ["--review", str(self.folder), *args], obj={}, input=input, catch_exceptions=False)
        if code is not None:
            assert result.exit_code == code, f"cmo {' '.join(args)} exited {result.exit_code}:\n{result.output}\n{result.stderr}"
        return result

    def json(self, *args: str, code: int | None = 0):
        result = self(*args, "--json", code=code)
        return json.loads(result.stdout)


@pytest.fixture
def cmo(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "review")


@pytest.fixture
def cmo_factory():
    return Cli


@pytest.fixture
def demo(cmo):
    """The shipped example review, built by `cmo demo`: round 1 closed, packs and report written.

    Round 1 is dated as closed on a fixed day before any answer in tests/data was written, so a form download answers
    its pack whatever day the suite runs (closed "now", the suite broke on the day after the forms were made)."""
    from contextlib import closing

    from cmo.commands.review import open_review

    cmo("demo", str(cmo.folder))
    with closing(open_review(cmo.folder).store) as store, store.transaction():
        for snapshot in store.rounds():
            store.db.execute(
                "UPDATE rounds SET closed_at = ?, data = ? WHERE number = ?",
                (EXAMPLE_CLOSED, snapshot.model_copy(update={"closed_at": EXAMPLE_CLOSED}).model_dump_json(), snapshot.number),
            )
    return cmo


@pytest.fixture
def unsent(demo):
    """The example as refine left it before any round: no configuration sent to the reference group, so none pinned
    (a round pins what it sends), and refine may re-form them all."""
    from contextlib import closing

    from cmo.commands.review import open_review

    with closing(open_review(demo.folder).store) as store, store.transaction():
        store.db.execute("DELETE FROM rounds")
        store.put_configurations([c.model_copy(update={"pinned": False}) for c in store.configurations()])
    return demo


@contextmanager
def read_only_copy_of(folder: Path, where: Path):
    """`folder` copied (without its packs) onto a file system mounted read-only at `where` (a colleague's share, a
    write-protected disk): a real mount, because root may write any file whatever its permission bits say."""
    where.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(where)], capture_output=True).returncode:
        pytest.skip("mounting a file system needs root; CI runs as root")
    try:
        shutil.copytree(folder, where / "review", ignore=shutil.ignore_patterns("packs"))
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        yield where / "review"
    finally:
        subprocess.run(["umount", str(where)], check=True)
