"""The main job on the shipped example review: the whole pipeline, start to finish.

It builds an ordinary review folder, so every other command works on it afterwards.
The example's files ship with the package (`cmo.resources`), so this runs from any folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cmo.commands.appraise import import_appraisal
from cmo.commands.code import import_sheet
from cmo.commands.ingest import ingest
from cmo.commands.pack import make_pack
from cmo.commands.refine import refine
from cmo.commands.report import write_report
from cmo.commands.review import init_review
from cmo.commands.rounds import close_round
from cmo.commands.select import import_origins, import_screening
from cmo.resources import example_dir
from cmo.review import Review

DEMO_GROUP = "cyp"


@dataclass
class DemoResult:
    folder: Path
    steps: list[str] = field(default_factory=list)
    pack: Path | None = None
    group_pack: Path | None = None
    report: Path | None = None


def run_demo(folder: Path, today: date | None = None) -> DemoResult:
    """Build the example review in `folder`; `today` is the date the packs print (default: today),
    fixed by the golden-file tests so the packs come out the same on any day."""
    example = example_dir()
    review = init_review(folder, example=True)
    try:
        return _pipeline(review, example, today)
    finally:
        review.close()


def _pipeline(review: Review, example: Path, today: date | None = None) -> DemoResult:
    result = DemoResult(folder=review.folder)
    summary = ingest(review, [example / "example.bib"])
    result.steps.append(f"ingested {summary.read} records into {summary.added} sources")
    screening = import_screening(review, example / "screening.csv")
    result.steps.append(
        f"screened: {screening.counts.get('included', 0)} included, {screening.counts.get('excluded', 0)} excluded"
    )
    import_appraisal(review, example / "appraisal.csv")
    import_origins(review, example / "origins.csv")
    result.steps.append("appraised relevance and rigour; recorded how each source was found")
    coded = import_sheet(review, example / "coding-sheet.csv")
    result.steps.append(f"imported {coded.added} CMO statements from the coding sheet{_parts_missing(review)}")
    outcome = refine(review)
    result.steps.append(f"refined them into {len(outcome.configurations)} configurations ({outcome.backend} similarity)")
    snapshot = close_round(review, "first consultation with the expert reference group")
    result.steps.append(f"closed round {snapshot.number}")
    result.pack = Path(make_pack(review, snapshot.number, today=today).path)
    if DEMO_GROUP in review.group_slugs():
        result.group_pack = Path(make_pack(review, snapshot.number, group=DEMO_GROUP, today=today).path)
    result.report = write_report(review, review.folder / "report.html")
    result.steps.append("rendered the consultation packs and the RAMESES report")
    return result


def _parts_missing(review: Review) -> str:
    """The example's statements coded without a context, mechanism or outcome, named in the one line that says they came
    in (as a coder leaves a part unknown), so the review's first command says what `cmo code import` says of them."""
    from cmo.sheets.coding import PARTS

    missing = [s.id for s in review.store.statements() if not all(getattr(s, part).strip() for part in PARTS)]
    if not missing:
        return ""
    verb = "has" if len(missing) == 1 else "have"
    return f" ({', '.join(missing)} {verb} a part missing, as coded: 'cmo code show {missing[0]}')"
