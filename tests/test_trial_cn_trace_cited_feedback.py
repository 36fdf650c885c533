"""Trial CN (interpreters in maternity care): the team cited an interpreter's answer as evidence for C8, but `cmo trace
C8` listed only its statements and sources: a reader tracing the finding back to its evidence never met the answer it
rests on. The trace lists each cited answer with its group, round, rating, the side it counts on and its words. Built
on the example review (telemental health)."""

from __future__ import annotations


def _answer(demo, rating: str) -> str:
    sheet = demo.folder / "answers.csv"
    sheet.write_text(
        f"pseudonym,group,round,configuration,rating,comment\nKestrel,cyp,1,C1,{rating},They see more than you think\n",
        encoding="utf-8",
    )
    demo("feedback", "import", str(sheet))
    return demo.json("feedback", "list")[-1]["id"]


def test_a_trace_lists_the_answers_a_configuration_cites(demo):
    answer = _answer(demo, "disagree")
    demo("configs", "cite", "C1", "--feedback", answer)
    [cited] = demo.json("trace", "C1")["feedback"]
    assert (cited["id"], cited["round"], cited["side"]) == (answer, 1, "contradicting")
    assert cited["said"] == "They see more than you think"
    shown = demo("trace", "C1").stdout
    assert f"feedback {answer} (" in shown and "cited against it: They see more than you think" in shown


def test_a_trace_of_a_configuration_citing_nothing_or_of_a_statement_lists_no_feedback(demo):
    """Must not fire: no answer cited, or a statement traced, gives no feedback lines."""
    assert demo.json("trace", "C2")["feedback"] == []
    assert demo.json("trace", "S1")["feedback"] == []
    assert "feedback " not in demo("trace", "C2").stdout
