"""Left-overs of trial CJ (culturally adapted diabetes education for South Asian communities), fixed by helper LS.

Tests run on the shipped example (remote mental health care), another topic than the trial's.
"""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import REPO

SPANISH = (
    "--context",
    "Personas que esperan una cita en una clínica de salud mental comunitaria",
    "--mechanism",
    "sienten que el personal no las escucha",
    "--outcome",
    "abandonan el seguimiento",
)
ENGLISH = (
    "--context",
    "Young people on a waiting list for therapy",
    "--mechanism",
    "a weekly text from a named worker reassures them they are not forgotten",
    "--outcome",
    "fewer drop off the list",
)


def test_a_statement_no_configuration_is_liker_to_than_unrelated_statements_gets_no_suggestion(demo):
    """Trial CJ 18: a statement coded in Urdu was told it was "most like C12 (0.090)" where the review merged at 0.231:
    a score at the level of two unrelated statements of the review names nothing. An English statement with a
    configuration above that level is still pointed at it."""
    demo("code", "add", "--source", "arya2021black", *SPANISH)
    demo("code", "add", "--source", "arya2021black", *ENGLISH)
    said = demo("refine").stderr
    far = re.search(
        r"^(S\d+) stands alone in (C\d+); no configuration is close to it: .*\(([\d.]+)\), so none is suggested", said, re.M
    )
    assert far, said
    spanish = far[1]
    assert not re.search(rf"^{spanish} stands alone in C\d+; it is (?:most|about as) like", said, re.M)
    near = re.findall(r"^(S\d+) stands alone in C\d+; it is (?:most|about as) like C\d+ \(([\d.]+)", said, re.M)
    assert [sid for sid, _ in near] == [f"S{int(spanish[1:]) + 1}"]  # the English one keeps its hint
    assert all(float(score) > float(far[3]) for _, score in near)


def test_the_state_of_rounds_is_said_where_a_first_time_user_looks_for_it(demo):
    """Trial CJ 22: `cmo round open` got "No such command 'open'", and `cmo round list` listed closed rounds only (on a
    new review, nothing at all): nothing said a round is open until it is closed. A mistyped command is still named
    as click names it, with no word of rounds."""
    done = subprocess.run(
        [sys.executable, str(REPO / "cli.py"), "round", "open"], capture_output=True, text=True, cwd=demo.folder
    )
    assert done.returncode == 2 and "No such command 'open'. No command opens a round: one is open from the start" in done.stderr
    typo = subprocess.run([sys.executable, str(REPO / "cli.py"), "round", "lst"], capture_output=True, text=True)
    assert "Did you mean 'list'?" in typo.stderr and "opens a round" not in typo.stderr
    other = subprocess.run([sys.executable, str(REPO / "cli.py"), "configs", "open"], capture_output=True, text=True)
    assert other.returncode == 2 and "round" not in other.stderr  # another group's unknown command: no word of rounds

    listed = demo("round", "list").stdout.splitlines()
    assert listed[-1].startswith("round 2  open  (open until 'cmo round close' freezes it")
    assert [line.split()[:3] for line in listed[:-1]] == [["round", "1", "closed"]]
    assert demo.json("round", "list")[-1]["round"] == 1  # the JSON lists closed rounds, as before
    demo("configs", "edit", "C2", "--title", "Short sessions raise awareness of mental health")
    closed = demo("round", "close", "--note", "second").stdout
    assert "Round 3 is now open" in closed and demo("round", "list").stdout.splitlines()[-1].startswith("round 3  open")


def _with_setting(folder, **settings) -> None:
    import yaml

    path = folder / "review.yaml"
    review = yaml.safe_load(path.read_text(encoding="utf-8"))
    review.setdefault("settings", {}).update(settings)
    path.write_text(yaml.safe_dump(review, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_review_names_the_people_it_consults_once_and_every_output_uses_that_name(demo, tmp_path):
    """Trial CJ: a review whose stakeholders are a community advisory group read "Expert reference group, round 1
    (Community advisory group)" in its report and audit trail. `settings: {reference_group: …}` names them; without it
    the name is as before; an answer from the group the body is named after names it once."""
    sheet = tmp_path / "answers.csv"
    sheet.write_text(
        "pseudonym,group,round,configuration,rating,comment\nKestrel,cyp,1,C1,agree,Seeing the room matters\n",
        encoding="utf-8",
    )
    demo("feedback", "import", str(sheet))
    (answer,) = demo.json("feedback", "list")
    demo("configs", "cite", "C1", "--feedback", answer["id"])
    report = tmp_path / "report.md"

    demo("report", "-o", str(report))
    assert "Expert reference group, round 1 (Children and young people)" in report.read_text(encoding="utf-8")

    _with_setting(demo.folder, reference_group="Lived experience panel")
    demo("report", "-o", str(report))
    said = report.read_text(encoding="utf-8")
    assert "Lived experience panel, round 1 (Children and young people)" in said and "Expert reference group" not in said
    demo("export", "--format", "csv", "-o", str(tmp_path / "table.csv"))
    assert "Lived experience panel, round 1" in (tmp_path / "table.csv").read_text(encoding="utf-8-sig")
    demo("configs", "edit", "C2", "--title", "Short sessions raise awareness of mental health")
    demo("round", "close", "--note", "second")  # round 1's pack stays as it was sent
    demo("pack", "-o", str(tmp_path / "pack.html"))
    assert "Everyone in the Lived experience panel and the priority" in (tmp_path / "pack.html").read_text(encoding="utf-8")

    _with_setting(demo.folder, reference_group="Children and young people")
    demo("report", "-o", str(report))
    said = report.read_text(encoding="utf-8")
    assert "Children and young people, round 1, who agreed" in said and "(Children and young people)" not in said


def test_an_outcome_of_a_noun_phrase_then_a_clause_is_not_read_as_one_clause():
    """Trial CJ: C16 read "… means that hypoglycaemia episodes, pts stop medicines during Ramadan": the outcome lists
    a noun phrase and then a clause, and the clause's verb was taken as the noun phrase's. Such an outcome is worded to
    read right either way. A phrase opened by a preposition, a list as the subject, a relative clause and an aside
    stay clauses."""
    from cmo.synthesis.wording import cmo_sentence, outcome_form

    said = cmo_sentence("care homes with a daily exercise class", "residents feel stronger", "fewer falls, residents walk more")
    assert said.endswith("with this outcome: fewer falls, residents walk more.") and "means that fewer falls" not in said
    assert outcome_form("fewer falls, residents walk more") == "either"
    for clause in (
        "at night, fewer residents fall",
        "walking frames, bed rails or hip pads go unused",
        "a class that is short, lively or sociable keeps residents coming",
        "care, when it comes, is too late",
        "discharged early, patients are readmitted",
    ):
        assert outcome_form(clause) == "clause", clause
