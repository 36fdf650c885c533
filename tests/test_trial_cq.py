"""Trial CQ (session 47): a RAMESES trainer's rapid realist review of online consultation and digital triage in
general practice, coded in Excel by three coders.

- CQ 1: the team's sheet numbers its CMOCs in an `ID` column, 'CMOC01' … 'CMOC45', as teams do: every row was refused,
  "'CMOC01' is not a statement id (ids look like S12 …)", forty-five lines, and nothing was imported. A word's
  numbering (two letters or more before the number) is no mistyped statement id: the column is the team's own, said.
  'X7' (one letter and a number, shaped as cmo's S7) is still read as a mistyped id.
- CQ 2: "no reduction in appointments" counted, unsaid, as support of "fewer appointments needed", because a third
  member's admin was "handled without a GP appointment" (the rule that a denial is in line with a member going without
  the thing). A denied lessening says the thing kept coming, the opposite of going without it.

Tests are on other topics (hospital discharge, housing), not the trial's."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sheet_reviews import review_of
from test_s39c_coding import DOMAINS, RECORDS  # a hospital discharge review

from cmo.models import Statement
from cmo.synthesis.evidence import denies_what_others_go_without, proposed_against

HEADER = ["ID", "Study", "Context", "Mechanism", "Outcome", "Domain"]
NAMED = ["Wards with a named discharge nurse", "Patients trust one person to organise their going home", "Fewer delays"]
LATE = ["Carers told the discharge date late", "Carers feel left out and unprepared", "Carers decline to take them home"]


def _xlsx(path: Path, header: list[str], *rows: list[str]) -> Path:
    """A sheet as Excel saves a team's coding workbook: one tab, a bold-less header row, text cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Coding"
    for row in (header, *rows):
        sheet.append(row)
    book.save(path)
    return path


def test_a_teams_cmoc_numbering_is_its_own_column_not_forty_refused_ids(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _xlsx(
        tmp_path / "coding-v3.xlsx",
        HEADER,
        ["CMOC01", "Haugen 2017", *NAMED, "handover"],
        ["CMOC02", "Moreau 2021", *LATE, "family"],
    )
    said = cmo("code", "import", str(sheet))
    assert "the column 'ID' holds the team's own ids ('CMOC01' …)" in said.stderr
    statements = cmo.json("code", "list")
    assert [(s["id"], s["source"], s["extra"]) for s in statements] == [
        ("S1", keys["discharge"], {"ID": "CMOC01"}),
        ("S2", keys["home"], {"ID": "CMOC02"}),
    ]
    # the sheet imported again (a row corrected) matches its rows to the statements they made, by the team's ids
    _xlsx(sheet, HEADER, ["CMOC01", "Haugen 2017", *NAMED, "handover"], ["CMOC02", "Moreau 2021", *LATE[:2], "Carers say no"])
    cmo("code", "import", str(sheet), code=None)
    assert [s["outcome"] for s in cmo.json("code", "list")] == ["Fewer delays", "Carers say no"]


def test_ids_of_one_letter_and_a_number_are_still_read_as_mistyped_statement_ids(cmo, tmp_path):
    """Must not fire: 'X1', 'X2' are shaped as cmo's S1, S2: a typo, refused, nothing imported."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _xlsx(
        tmp_path / "typo.xlsx", HEADER, ["X1", "Haugen 2017", *NAMED, "handover"], ["X2", "Moreau 2021", *LATE, "family"]
    )
    said = cmo("code", "import", str(sheet), code=2)
    assert "'X1' is not a statement id" in said.stderr
    assert cmo.json("code", "list") == []


def _st(sid: str, outcome: str) -> Statement:
    return Statement(
        id=sid, source=f"src{sid}", context="Tenants with a support worker", mechanism="They budget with help", outcome=outcome
    )


def test_a_denied_lessening_is_not_in_line_with_a_member_going_without_the_thing():
    assert not denies_what_others_go_without("no reduction in evictions", [_st("S3", "tenancies continue without an eviction")])
    statements = {
        "S1": _st("S1", "fewer evictions"),
        "S2": _st("S2", "no reduction in evictions"),
        "S3": _st("S3", "arrears cleared without an eviction"),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, lambda sid, others: True) == ["S2"]


def test_a_denial_beside_going_without_the_same_thing_or_its_loss_stays_in_line():
    """Must not fire: "no eviction" beside "without an eviction", and "no reduction in income" beside "without loss of
    income", say the same absence."""
    assert denies_what_others_go_without("no eviction was recorded", [_st("S1", "tenancies continue without an eviction")])
    assert denies_what_others_go_without(
        "no reduction in household income", [_st("S1", "rent is paid without loss of household income")]
    )
    assert denies_what_others_go_without(
        "no increase in rent arrears", [_st("S1", "tenancies continue without extra rent arrears")]
    )


def _care(sid: str, outcome: str) -> Statement:
    return Statement(
        id=sid,
        source=f"src{sid}",
        context="Councils with a duty social worker",
        mechanism="Referrals come in by email",
        outcome=outcome,
    )


CASELOAD = {
    "S1": _care("S1", "Caseload grew, no reduction in referrals"),
    "S2": _care("S2", "caseload not reduced"),
    "S3": _care("S3", "social worker caseload increased"),
    "S4": _care("S4", "referrals reduced only partly"),
    "S5": _care("S5", "no reduction in social worker caseload"),
}


def test_a_member_denying_what_a_configuration_worded_as_not_following_denies_is_not_against_it():
    """CQ 3: a configuration worded "…is not reduced and often increases"; a member saying "no reduction in referrals"
    says what it says, whatever another member ("referrals reduced only partly") reports."""
    worded = "social worker caseload is not reduced and often increases"
    assert proposed_against(list(CASELOAD), CASELOAD, lambda sid, others: True, worded) == []


def test_a_member_denying_the_other_change_still_goes_against_such_a_configuration():
    """Must not fire: "no increase in caseload" denies a rise where the configuration says it often increases."""
    statements = {sid: CASELOAD[sid] for sid in ("S1", "S3", "S4")} | {"S6": _care("S6", "no increase in social worker caseload")}
    worded = "social worker caseload is not reduced and often increases"
    assert proposed_against(list(statements), statements, lambda sid, others: True, worded) == ["S6"]
    # nor does a configuration worded as the change that came spare a member denying it
    assert proposed_against(list(CASELOAD), CASELOAD, lambda sid, others: True, "caseload reduced") != []


def test_a_member_a_person_marked_supporting_gives_its_context_to_the_key_contexts():
    """CQ 4: members a person marked supporting whose outcome uses other words ("referrals reduced only partly" beside
    "caseload is not reduced") were left out of the key contexts, which named one study of several."""
    from cmo.models import Configuration
    from cmo.synthesis.evidence import supporting_contexts

    def member(sid: str, context: str, outcome: str, stance: dict | None = None) -> Statement:
        return Statement(
            id=sid,
            source=f"src{sid}",
            context=context,
            mechanism="Referrals come in by email",
            outcome=outcome,
            stance=stance or {},
        )

    statements = {
        "S1": member("S1", "Councils in the north-west with a duty desk", "caseload not reduced"),
        "S2": member("S2", "Rural councils with a single intake team", "referrals reduced only partly", {"C1": "supporting"}),
    }
    config = Configuration(
        id="C1",
        title="Email referrals add to the caseload",
        context="Councils taking referrals by email",
        mechanism="Referrals come in by email",
        outcome="social worker caseload is not reduced",
        statements=["S1", "S2"],
        edited=["outcome"],
    )
    contexts = supporting_contexts(config, statements)
    assert "Rural councils with a single intake team" in contexts
    # must not fire: unmarked, the same member's context stays out (its words say a reduction came)
    statements["S2"] = member("S2", "Rural councils with a single intake team", "referrals reduced only partly")
    assert "Rural councils with a single intake team" not in supporting_contexts(config, statements)
    # nor does a mark bring in a converse member's context, one that withholds what the configuration asserts
    statements["S2"] = member("S2", "Councils that do not take referrals by email", "caseload not reduced", {"C1": "supporting"})
    assert "Councils that do not take referrals by email" not in supporting_contexts(config, statements)


def _wardens_round(now_update: dict, decisions_after: list) -> list[str]:
    from cmo.models import Configuration, Decision, FeedbackItem, RoundSnapshot
    from cmo.outputs.report import consultation

    sent = Configuration(id="C2", title="Wardens check in", context="Sheltered housing tenants", statements=["S1"])
    now = sent.model_copy(update={"context": "Tenants of sheltered housing with a resident warden", **now_update})
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
    decisions = [edit, *(Decision(seq=10 + i, round=2, **d) for i, d in enumerate(decisions_after))]
    (first,) = consultation(
        [RoundSnapshot(number=1, configurations=[sent])], [answer], [{"slug": "wardens", "name": "Wardens"}], [now], decisions
    )
    return first["changes"]


def test_what_changed_after_a_round_tells_only_the_prompted_edit_as_prompted():
    """CQ 5: "C2 changed: context, key contexts, 1 statement added (S46), prompted by …" told a statement an update
    search added, and key contexts the team reworded later, as what the group's answer prompted."""
    (line,) = _wardens_round(
        {"statements": ["S1", "S9"], "key_contexts": "Tenants over 75"},
        [{"action": "edit", "targets": ["C2"], "before": {"key_contexts": ""}, "after": {"key_contexts": "Tenants over 75"}}],
    )
    assert line.startswith("C2 changed: context, prompted by Expert reference group, round 1 (Wardens)")
    assert line.endswith("; also key contexts, 1 statement added (S9)")


def test_a_change_prompted_by_an_answer_other_than_an_edit_is_told_whole_as_before():
    """Must not fire: an attach the answer prompted (not an edit) leaves every change told as prompted."""
    (line,) = _wardens_round(
        {"statements": ["S1", "S9"]},
        [{"action": "attach", "targets": ["S9", "C2"], "because": ["F4"]}],
    )
    assert line.startswith("C2 changed: context, 1 statement added (S9), prompted by Expert reference group, round 1")


def _ward(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source="osei2020", context=context, mechanism=mechanism, outcome=outcome)


def test_a_converse_pair_each_denying_what_the_other_asserts_is_not_against_it():
    """CQ 6: "no champion, system bolted on → staff see it as an add-on → not sustained" beside "a champion → staff see
    it as normal work, not an add-on → embedded and sustained" was listed as contradicting: one study shown for and
    against its own finding. Each denies what the other asserts: the configuration from its other side."""
    statements = {
        "S1": _ward(
            "S1",
            "Wards with a named discharge coordinator",
            "Staff see the plan as part of the job, not a paper exercise",
            "Discharges happen on time",
        ),
        "S2": _ward(
            "S2", "Wards with no coordinator", "Staff see the plan as a paper exercise", "Discharges do not happen on time"
        ),
    }
    assert proposed_against(["S1", "S2"], statements, lambda sid, others: True) == []


def test_a_member_that_denies_nothing_the_others_assert_still_goes_against():
    """Must not fire: the same coordinator and plan, and discharges still late, is a finding against."""
    statements = {
        "S1": _ward(
            "S1",
            "Wards with a named discharge coordinator",
            "Staff see the plan as part of the job, not a paper exercise",
            "Discharges happen on time",
        ),
        "S2": _ward(
            "S2",
            "Wards with a named discharge coordinator",
            "Staff see the plan as part of the job",
            "Discharges do not happen on time",
        ),
        "S3": _ward(
            "S3", "Wards with a discharge coordinator", "Staff see the plan as part of their job", "Discharges happen on time"
        ),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, lambda sid, others: True) == ["S2"]


def test_a_statement_that_joined_after_the_round_and_was_split_off_is_no_part_the_group_read(demo, tmp_path):
    """CQ 7: round 2's pack said of C28 "Part of it now forms C30", though C30's only statement joined C28 after round 1
    (an update search) and was split off again: the group never read it there. The part is new, and the original is
    told as unchanged. (The example review: telemental health.)"""
    import re
    from html import unescape

    config = next(c for c in demo.json("configs", "list") if len(c["statements"]) >= 2 and not c.get("accepted"))
    source = demo.json("sources", "list")[0]["key"]
    added = demo.json(
        "code", "add", "--source", source, "--context", "Carers of older people living alone",
        "--mechanism", "Carers book the video call for them", "--outcome", "Older people keep their appointments", "--json",
    )["id"]  # fmt: skip
    demo("configs", "attach", added, "--to", config["id"], code=None)
    demo("configs", "split", config["id"], "--statements", added, code=None)
    demo("round", "close", "--note", "second round", code=None)
    demo("pack", "--round", "2", "-o", str(tmp_path / "pack.html"))
    page = re.sub(r"<script.*?</script>|<style.*?</style>", "", (tmp_path / "pack.html").read_text(encoding="utf-8"), flags=re.S)
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert "Part of it now forms" not in text and "New: split from" not in text
    assert text.count("New in this round.") == 1  # the part, as the group meets it


def test_a_statement_the_group_read_that_is_split_off_is_still_told_as_part_of_it(demo, tmp_path):
    """Must not fire: a statement of the configuration as round 1 sent it, split off, is told on both sides."""
    import re
    from html import unescape

    config = next(c for c in demo.json("configs", "list") if len(c["statements"]) >= 3 and not c.get("accepted"))
    demo("configs", "split", config["id"], "--statements", config["statements"][-1], code=None)
    demo("round", "close", "--note", "second round", code=None)
    demo("pack", "--round", "2", "-o", str(tmp_path / "pack.html"))
    page = re.sub(r"<script.*?</script>|<style.*?</style>", "", (tmp_path / "pack.html").read_text(encoding="utf-8"), flags=re.S)
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert "Part of it now forms" in text and "New: split from" in text
