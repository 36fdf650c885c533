"""Session 40, outputs: what trials AH, AI, AJ and AK found in reports, packs, histories and round checks, each rule
tested alone on the example review (crisis mental health care) or on records of other topics."""

from __future__ import annotations

from cmo.models import Configuration, Decision, FeedbackItem, RoundSnapshot, Statement


def _report(demo) -> str:
    out = demo.folder / "report.md"
    demo("report", "--format", "md", "-o", str(out))
    return out.read_text(encoding="utf-8")


def _audit_of(report: str, config_id: str) -> str:
    """The audit trail's section of one configuration."""
    trail = report.split("## Audit trail", 1)[1]
    start = trail.index(f"({config_id})")
    return trail[start : trail.index("\n### ", start)]


def test_a_mark_that_confirms_cmos_reading_is_in_the_reports_audit_trail(demo):
    """Trials AH, AK: `code mark S38 --supporting C21` was in `cmo history` but not in the report's audit trail."""
    member = demo.json("configs", "show", "C1")["statements"][0]
    demo("code", "mark", member, "--supporting", "C1")
    assert f"judged {member} to be evidence for it, as cmo had read it" in _audit_of(_report(demo), "C1")


def test_the_audit_trail_tells_the_rewording_a_detach_had_cmo_make():
    """Trial AI: a retired configuration's audit trail left out the two rewordings `cmo history` showed."""
    from cmo.outputs.report import audit_trail

    detach = Decision(
        seq=4,
        action="detach",
        targets=["S2", "C7"],
        note="school nurse study excluded",
        before={"configurations": ["C7"], "C7": {"title": "Nurses visit classes", "outcome": "More pupils ask for help"}},
        after={"C7": {"title": "Teachers refer pupils", "outcome": "Referrals reach the service sooner"}},
    )
    config = Configuration(id="C7", title="Teachers refer pupils", retired=True)
    (told,) = audit_trail([config], [detach], [], [])[0]["decisions"]
    assert "cmo then worded it again from the evidence it holds" in told["text"]
    assert "title: Nurses visit classes → Teachers refer pupils" in told["changes"]
    assert "outcome: More pupils ask for help → Referrals reach the service sooner" in told["changes"]


def test_what_changed_after_a_round_names_the_answer_that_prompted_the_change():
    """Trial AH: "C3 changed: context", without the answer the team cited for it."""
    from cmo.outputs.report import consultation

    sent = Configuration(id="C2", title="Wardens check in", context="Sheltered housing tenants", statements=["S1"])
    now = sent.model_copy(update={"context": "Tenants of sheltered housing with a resident warden"})
    answer = FeedbackItem(
        id="F4",
        round=1,
        respondent="Robin",
        group="wardens",
        configuration="C2",
        rating="partly",
        comment="Only with a warden on site",
    )
    edit = Decision(
        seq=9,
        action="edit",
        targets=["C2"],
        because=["F4"],
        round=2,
        before={"context": sent.context},
        after={"context": now.context},
    )
    (first,) = consultation(
        [RoundSnapshot(number=1, configurations=[sent])], [answer], [{"slug": "wardens", "name": "Wardens"}], [now], [edit]
    )
    (line,) = first["changes"]
    assert line.startswith("C2 changed: context, prompted by Expert reference group, round 1 (Wardens), who partly agreed")
    assert "“Only with a warden on site”" in line


def test_an_agreeing_answer_behind_a_decision_is_said_to_agree():
    """Trial AJ: an agreeing comment typed in the form's "missing or wrong" box read as a criticism in the audit trail."""
    from cmo.outputs.report import _because

    answer = FeedbackItem(id="F2", round=1, respondent="Sam", configuration="C3", rating="agree", missing="The helpline saved me")
    assert _because("F2", answer, {}).startswith("Expert reference group, round 1, who agreed, on C3")


def test_a_coders_initials_are_not_bound_to_a_reviewer_by_a_guess():
    """Trials AH, AI: "KL as Kari Lund" because the session's reviewer was Kari Lund; initials are kept as written and
    the guess is said with the command that names the coder. A whole name written otherwise is the reviewer."""
    from cmo.outputs.report import coding_summary, statement_appendix

    coded = [
        Statement(id="S1", source="ngata2020", context="c", mechanism="m", outcome="o", coder="TW"),
        Statement(id="S2", source="ngata2020", context="c", mechanism="m", outcome="o", coder="Wiremu, Tama"),
    ]
    summary = coding_summary(coded, [], [], ["Tama Wiremu"])
    assert dict(summary["coders"]) == {"TW": 1, "Tama Wiremu": 1}
    assert summary["coders_read_as"] == ["Wiremu, Tama as Tama Wiremu"]
    assert summary["coders_guessed"] == ["TW may be Tama Wiremu ('cmo code edit S1 --coder \"Tama Wiremu\"' names S1's coder so)"]
    assert [row["coder"] for row in statement_appendix(coded, [], None, ["Tama Wiremu"])] == ["TW", "Tama Wiremu"]


def test_a_history_line_of_one_configuration_names_it_and_counts_the_rest():
    """Trial AH: `cmo history C3`'s first line listed the 71 ids a refine named."""
    from cmo.outputs.events import history_entry

    refine = Decision(seq=1, action="refine", targets=[f"C{n}" for n in range(1, 30)] + [f"S{n}" for n in range(1, 41)])
    line = history_entry(refine, "C17").line
    assert "refine C17, C1, C2, C3, C4, C5 and 63 more" in line
    assert "S40" not in line


def test_an_answer_on_another_configuration_is_named_with_it_in_a_pack():
    """Trial AK: a split's new configuration read "You told us (Cardiologists, who agreed)" of an agreement with the
    configuration it was split from."""
    from cmo.outputs.packs import _PackContext, _reasons

    whole = Configuration(id="C4", title="Peer workers share their story", statements=["S1", "S2"])
    part = Configuration(id="C9", title="Peer workers model recovery", statements=["S2"])
    answer = FeedbackItem(id="F6", round=1, respondent="Ari", group="peers", configuration="C4", rating="agree", comment="Yes")
    split = Decision(
        seq=3, action="split", targets=["C4", "C9"], because=["F6"], round=2, before={"C4": ["S1", "S2"]}, after={"C9": ["S2"]}
    )
    ctx = _PackContext(
        round_number=2,
        statements={},
        sources={},
        domain_names={},
        group_names={"peers": "Peer workers"},
        feedback={"F6": answer},
        decisions=[split],
        current={"C4": whole.model_copy(update={"statements": ["S1"]}), "C9": part},
        previous={"C4": whole},
        names={"C4": "CMO 1.4", "C9": "CMO 1.9"},
    )
    (heard,) = [h for reason in _reasons(part, ctx) for h in reason.heard]
    assert heard.rating == "agreed with CMO 1.4"
    (own,) = [h for reason in _reasons(ctx.current["C4"], ctx) for h in reason.heard]
    assert own.rating == "agreed"


def _one_source_detail(demo, config_id: str, part: str, words: str, edited: list[str]) -> list[str]:
    """`round close --check`'s one-study rule on a configuration whose `part` says `words`, as one of its members does."""
    from contextlib import closing

    from cmo.commands.review import open_review
    from cmo.commands.rounds import _one_study_s_names

    config = demo.json("configs", "show", config_id)
    member = config["statements"][0]
    demo("code", "edit", member, f"--{part}", words)
    with closing(open_review(demo.folder).store) as store:
        stored = store.configuration(config_id)
    sent = stored.model_copy(update={part: words, "edited": edited})
    review = open_review(demo.folder)
    try:
        return [str(look) for look in _one_study_s_names(review, RoundSnapshot(number=2, configurations=[sent]))]
    finally:
        review.store.close()


def test_round_check_reads_a_part_a_person_left_though_they_reworded_another(demo):
    """Trial AJ: the context reworded, the outcome still said one study's "at age 19", and `--check` passed."""
    said = _one_source_detail(demo, "C1", "outcome", "Fewer repeat crisis calls within 28 days", ["context"])
    assert any("C1 goes to the group in one of its 2 sources' words, naming '28' in its outcome" in line for line in said), said
    assert not _one_source_detail(demo, "C1", "outcome", "Fewer repeat crisis calls within 14 days", ["outcome"])


def test_round_check_reads_a_name_that_opens_a_part(demo):
    """Trial AI: "In Japanese care facilities…" on a two-source configuration: a name opening a part was not read."""
    said = _one_source_detail(demo, "C1", "context", "Scottish crisis teams offering video assessments", [])
    assert any("naming 'Scottish' in its context" in line for line in said), said


def test_an_answer_cited_as_evidence_is_not_told_as_prompting_a_change_it_did_not_prompt(demo, tmp_path):
    """Trial BS: a split made because of one answer, and another answer cited as evidence for the same configuration,
    were told in "What changed after this round" as both having prompted the split. The citation is told apart."""
    from tests.sheet_reviews import write_csv

    answers = write_csv(
        tmp_path / "answers.csv",
        ["pseudonym", "group", "round", "configuration", "rating", "what is missing or wrong", "comment"],
        ["Kestrel", "inpatient-crisis", "1", "C2", "partly", "Care home staff are not support workers", ""],
        ["Wren", "inpatient-crisis", "1", "C2", "agree", "", "Our crisis line calls fell after the training"],
    )
    demo("feedback", "import", str(answers))
    by_words = {f["missing"] or f["comment"]: f["id"] for f in demo.json("feedback", "list")}
    prompting = by_words["Care home staff are not support workers"]
    cited = by_words["Our crisis line calls fell after the training"]
    demo("configs", "split", "C2", "--statements", "S35", "--because", prompting)
    demo("configs", "cite", "C2", "--feedback", cited)
    (line,) = [line for line in _report(demo).splitlines() if "(C2) changed:" in line]
    told_as_prompting, _, told_as_cited = line.partition("; the team also cited as evidence ")
    assert "Care home staff are not support workers" in told_as_prompting
    assert "Our crisis line calls fell" not in told_as_prompting
    assert "Our crisis line calls fell after the training" in told_as_cited
