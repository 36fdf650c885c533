"""Answer files as a consultation pack saves them, for the feedback tests."""

from __future__ import annotations

import json


def answers_file(path, respondent: str, round_number: int, answers: dict, role: str = "", group: str = ""):
    """A file as the pack saves it: configuration -> rating, or -> (rating, comment); a rating alone gets a comment
    naming who said it about what."""
    rows = []
    for config, answer in answers.items():
        rating, comment = answer if isinstance(answer, tuple) else (answer, f"{respondent} on {config}")
        rows.append(
            {"configuration": config, "rating": rating, "missing": "", "not_for_whom": "", "read": "", "comment": comment}
        )
    data = {"format": "cmo-feedback", "version": 1, "round": round_number, "respondent": respondent, "group": group}
    path.write_text(json.dumps({**data, "role": role, "answers": rows}), encoding="utf-8")
    return path
