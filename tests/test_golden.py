"""Golden files: the example review's report, pack and exports, compared whole with tests/golden/.

The example is built by the same pipeline as `cmo demo` (`run_demo`), in a fresh temporary folder.
Everything that would vary between runs is fixed through real parameters: the date the packs print
(`run_demo(today=...)`) and the report's generation time (`ReportData.generated_at`). The one value no
parameter reaches, the time cmo records each decision and round closure at, is masked by
`mask_recorded_times` and nothing else is. See tests/golden/README.md.

Regenerate, after reading the diff a failure prints:
    .venv/bin/python -m pytest -p no:cacheprovider tests/test_golden.py --update-golden
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cmo.commands.demo import run_demo
from cmo.commands.export import write_export
from cmo.commands.report import report_data
from cmo.commands.review import open_review
from cmo.outputs.report import render_report

GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_FILES = ("report.md", "report.html", "pack-round-1.html", "included.bib", "included.ris")
REGENERATE = ".venv/bin/python -m pytest -p no:cacheprovider tests/test_golden.py --update-golden"
TODAY = date(2025, 1, 15)
GENERATED_AT = "2025-01-15T12:00:00+00:00"
RECORDED_TIME = "YYYY-MM-DDTHH:MM:SS+00:00"
RECORDED_DATE = "YYYY-MM-DD"
DIFF_LINES = 80


def mask_recorded_times(text: str, recorded: list[str]) -> str:
    """Replace the times cmo recorded while building the example, and only those, by placeholders.

    Each decision's `at` and each round's `closed_at` are stamped with the clock (`cmo.models.now_iso`)
    when the step runs, and no parameter reaches them; the report prints them as dates. `recorded` is
    the exact list of those stamps read back from the review, so a date the output gets any other way
    (a source's year, the pinned pack date) is left as it is.
    """
    for stamp in sorted(set(recorded), key=len, reverse=True):
        text = text.replace(stamp, RECORDED_TIME)
    for day in sorted({stamp[:10] for stamp in recorded}):
        text = text.replace(day, RECORDED_DATE)
    return text


def build_outputs(workdir: Path) -> dict[str, str]:
    """The golden files' names and the text the example review produces for them, built in `workdir`."""
    result = run_demo(workdir / "review", today=TODAY)
    outputs = {"pack-round-1.html": _read(result.pack)}
    review = open_review(result.folder)
    try:
        data = replace(report_data(review), generated_at=GENERATED_AT)
        outputs["report.md"], outputs["report.html"] = render_report(data, "md"), render_report(data, "html")
        for fmt in ("bib", "ris"):
            (path,) = write_export(review, fmt, workdir / f"included.{fmt}")
            outputs[f"included.{fmt}"] = _read(path)
        recorded = [d.at for d in review.store.history()] + [r.closed_at for r in review.store.rounds()]
    finally:
        review.close()
    return {name: mask_recorded_times(outputs[name], recorded) for name in GOLDEN_FILES}


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def golden_diff(name: str, expected: str, actual: str) -> str:
    """A unified diff of the golden file against the new output, cut to its first DIFF_LINES lines."""
    before, after = f"tests/golden/{name}", f"{name} as generated now"
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(), before, after, lineterm=""))
    if not lines:
        index = next((i for i, (a, b) in enumerate(zip(expected, actual)) if a != b), min(len(expected), len(actual)))
        golden, now = expected[index:][:20], actual[index:][:20]
        lines = [f"the lines are equal but the characters differ at offset {index}: golden {golden!r}, now {now!r}"]
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + [f"... {len(lines) - DIFF_LINES} more diff lines"]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    return build_outputs(tmp_path_factory.mktemp("golden"))


@pytest.mark.parametrize("name", GOLDEN_FILES)
def test_golden(name: str, outputs: dict[str, str], request):
    path = GOLDEN / name
    actual = outputs[name]
    if request.config.getoption("--update-golden"):
        if not path.exists() or _read(path) != actual:
            path.write_bytes(actual.encode("utf-8"))
        return
    if not path.exists():
        pytest.fail(f"tests/golden/{name} is missing; create it with:\n    {REGENERATE}", pytrace=False)
    expected = _read(path)
    if actual != expected:
        pytest.fail(
            f"{name} differs from tests/golden/{name}:\n{golden_diff(name, expected, actual)}\n\n"
            f"If every change above is intended, regenerate the golden files with:\n    {REGENERATE}",
            pytrace=False,
        )


def test_outputs_do_not_depend_on_the_folder_or_the_hash_seed(outputs, tmp_path):
    """The same example built by another process, in another folder, with another hash seed, gives the same bytes."""
    script = (
        "import json, sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
        "from test_golden import build_outputs; print(json.dumps(build_outputs(Path(sys.argv[2]))))"
    )
    workdir = tmp_path / "elsewhere with spaces"
    workdir.mkdir()
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    command = [sys.executable, "-c", script, str(GOLDEN.parent), str(workdir)]
    done = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    again = json.loads(done.stdout)
    for name in GOLDEN_FILES:
        assert again[name] == outputs[name], golden_diff(name, outputs[name], again[name])
