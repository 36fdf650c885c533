"""'cmo configs cite C13 --feedback F15 F57' cites both answers, as 'cmo code mark S11 S12 --contradicting C6' takes
several ids. Trial CM: it was refused with "Got unexpected extra argument (F57)". Tested on the example review (crisis
care); an unknown id among them cites none."""

from __future__ import annotations

from feedback_files import answers_file


def _two_answers_of_one_configuration(cmo):
    config = cmo.json("configs", "list")[0]["id"]
    for name in ("Blue Heron", "Red Kite"):
        path = answers_file(cmo.folder.parent / f"{name}.json", name, 1, {config: "agree"})
        cmo("feedback", "import", str(path), code=None)
    answers = cmo.json("feedback", "list")
    by: dict[str, list[str]] = {}
    for answer in answers:
        if answer["configuration"] != "overall":
            by.setdefault(answer["configuration"], []).append(answer["id"])
    config, ids = next((c, ids) for c, ids in by.items() if len(ids) >= 2)
    return config, ids[:2]


def test_several_answers_after_feedback_are_all_cited(demo):
    cmo = demo
    config, (first, second) = _two_answers_of_one_configuration(cmo)
    done = cmo("configs", "cite", config, "--feedback", first, second, "--note", "both confirm it", code=None)
    assert done.exit_code in (0, 1), done.output
    shown = cmo.json("configs", "show", config)
    assert first in shown["feedback_evidence"] and second in shown["feedback_evidence"]


def test_an_unknown_id_among_them_cites_none(demo):
    cmo = demo
    config, (first, _) = _two_answers_of_one_configuration(cmo)
    before = cmo.json("configs", "show", config)["feedback_evidence"]
    done = cmo("configs", "cite", config, "--feedback", first, "F999", code=2)
    assert "F999" in done.stderr
    assert cmo.json("configs", "show", config)["feedback_evidence"] == before
