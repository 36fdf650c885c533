"""A reference group's answers as form tools download them: is reading a form's layout dearer than the template's?

    python bench/bench_feedback_forms.py [--old OLD_TREE] [--respondents 250] [--runs 5]

The shipped example (round 1 closed, 17 configurations) gets the same answers four ways, each imported into a fresh
copy of it by `cmo feedback import --round 1`, alternating, median of `--runs`: cmo's own template (one row per
answer: the baseline), a Google Forms download (one row per respondent, a grid question per configuration), a
SurveyMonkey one (two header rows, a matrix), and a Google Forms linear scale read with `--scale 1-5`. With `--old`, the
template is also imported by an older source tree (`git archive COMMIT | tar -x -C /tmp/old`), for a change's cost.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

REPO = Path(__file__).resolve().parents[1]
RATINGS = ("Yes", "Partly", "No")
CONFIGURATIONS = [f"C{n}" for n in range(1, 18)]


def answers(respondents: int) -> list[tuple[str, str, list[tuple[str, int, str]]]]:
    """Each respondent's pseudonym, group, and (configuration, rating 0-2, comment) for every configuration."""
    rng = random.Random(7)
    groups = ("Children and young people", "Inpatient and crisis care", "Digitally excluded people")
    return [
        (
            f"Respondent {n}",
            rng.choice(groups),
            [(c, rng.randrange(3), rng.choice(["", "", "Not on night shifts, in my experience."])) for c in CONFIGURATIONS],
        )
        for n in range(respondents)
    ]


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def template(folder: Path, given) -> Path:
    rows = [["pseudonym", "group", "round", "configuration", "rating", "comment"]]
    rows += [[who, group, "1", c, RATINGS[r], comment] for who, group, said in given for c, r, comment in said]
    return write(folder / "template.csv", rows)


def google_forms(folder: Path, given, scale: bool = False) -> Path:
    question = "How far do you agree? (1 strongly disagree, 5 strongly agree)" if scale else "Does this match your experience?"
    header = ["Timestamp", "Your pseudonym", "Your group"]
    header += [f"{question} [{c}]" for c in CONFIGURATIONS] + [f"{c}: Comment" for c in CONFIGURATIONS]
    rows = [header]
    for who, group, said in given:
        rated = [str((1, 3, 5)[r]) if scale else RATINGS[r] for _, r, _ in said]
        rows.append(["", who, group, *rated, *(comment for *_, comment in said)])
    return write(folder / ("linear-scale.csv" if scale else "google-forms.csv"), rows)


def surveymonkey(folder: Path, given) -> Path:
    top = ["Respondent ID", "Collector ID", "Your pseudonym", "Your group", "Does this match your experience?"]
    top += [""] * (len(CONFIGURATIONS) - 1) + [f"{c}: Comment" for c in CONFIGURATIONS]
    below = ["", "", "Response", "Response", *(f"{c}: a finding" for c in CONFIGURATIONS)]
    below += ["Open-Ended Response"] * len(CONFIGURATIONS)
    rows = [top, below]
    for n, (who, group, said) in enumerate(given):
        rows.append([str(1000 + n), "42", who, group, *(RATINGS[r] for _, r, _ in said), *(comment for *_, comment in said)])
    return write(folder / "surveymonkey.csv", rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--old", type=Path)
    parser.add_argument("--respondents", type=int, default=250)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "review"
        subprocess.run([sys.executable, str(REPO / "cli.py"), "demo", str(base)], check=True, capture_output=True)
        given = answers(args.respondents)
        files = {
            "template": (REPO, template(Path(tmp), given), []),
            "Google Forms": (REPO, google_forms(Path(tmp), given), []),
            "SurveyMonkey": (REPO, surveymonkey(Path(tmp), given), []),
            "linear scale": (REPO, google_forms(Path(tmp), given, scale=True), ["--scale", "1-5"]),
        }
        if args.old:
            files["template, old tree"] = (args.old, files["template"][1], [])
        times: dict[str, list[float]] = {name: [] for name in files}
        for _ in range(args.runs):
            for name, (tree, path, extra) in files.items():
                folder = Path(tmp) / "copy"
                shutil.rmtree(folder, ignore_errors=True)
                shutil.copytree(base, folder)
                command = [sys.executable, str(tree / "cli.py"), "--review", str(folder), "feedback", "import", str(path)]
                started = time.perf_counter()
                done = subprocess.run([*command, "--round", "1", *extra], capture_output=True, text=True, cwd=tree)
                times[name].append(time.perf_counter() - started)
                assert done.returncode in (0, 1), (name, done.stderr[-400:])
        answers_given = args.respondents * len(CONFIGURATIONS)
        print(f"{args.respondents} respondents, {answers_given:,} answers; median of {args.runs} runs each")
        baseline = median(times["template"])
        for name, measured in times.items():
            print(f"  {name:20s} {median(measured):.3f} s  {median(measured) / baseline:.2f}x template")


if __name__ == "__main__":
    main()
