"""`cmo feedback`: read the expert reference group's answers into the review, summarise them, write the template.

`cmo.sheets.feedback` parses and checks the files; this module stores what comes back, so a round's
feedback can be cited by later decisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cmo.commands.rounds import get_round
from cmo.errors import CmoError
from cmo.models import FeedbackItem
from cmo.review import Review
from cmo.sheets.feedback import parse_feedback_files, summarise, write_feedback_template
from cmo.views import FeedbackImported, FeedbackRow


@dataclass
class FeedbackImport:
    added: list[FeedbackItem] = field(default_factory=list)
    repeated: int = 0
    round: int = 0

    def view(self) -> FeedbackImported:
        return FeedbackImported(added=len(self.added), repeated=self.repeated, round=self.round,
                                feedback=[item.id for item in self.added])



def _group_labels(review: Review) -> dict[str, str]:
    return {g.slug: g.name for g in review.groups}



def import_feedback(review: Review, paths: list[Path], round_number: int | None = None) -> FeedbackImported:
    """Feedback answers the latest closed round unless told otherwise; all files or none."""
    snapshot = get_round(review, round_number)
    known = {c.id for c in snapshot.configurations if not c.retired}
    items = parse_feedback_files(paths, known, snapshot.number, groups=_group_labels(review))
    if not items:
        raise CmoError(f"{', '.join(p.name for p in paths)}: no answers found; nothing was imported.")
    with review.store.transaction():
        added, repeated = review.store.add_feedback(items)
    return FeedbackImport(added=added, repeated=repeated, round=snapshot.number).view()



def feedback_summary(review: Review, round_number: int | None = None) -> list[FeedbackRow]:
    snapshot = get_round(review, round_number)
    return [FeedbackRow(**row) for row in summarise(review.store.feedback(snapshot.number), snapshot.configurations)]



def feedback_template(review: Review, path: Path, round_number: int | None = None) -> Path:
    snapshot = get_round(review, round_number)
    write_feedback_template(path, snapshot.configurations, snapshot.number, _group_labels(review))
    return path
