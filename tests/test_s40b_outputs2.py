"""Session 40b, outputs: what trials AJ, AL and AM found in packs, the report's audit trail and round checks, each rule
tested alone on topics other than the trial's (school meals, social prescribing, sheltered housing, falls prevention)."""

from __future__ import annotations

import re

from conftest import REPO

from cmo.models import Configuration, Decision, FeedbackItem, RoundSnapshot, Statement

DATA = REPO / "tests" / "data"


# --- An agreeing answer's words are not put under "Missing or wrong" (trial AJ B) ---------------------------------


def _answer(rating: str, missing: str) -> FeedbackItem:
    return FeedbackItem(id="F4", round=1, respondent="Robin", group="wardens", configuration="C2", rating=rating, missing=missing)


def test_what_an_agreeing_respondent_wrote_in_the_missing_or_wrong_box_is_quoted_as_their_comment():
    """Trial AJ: "Missing or wrong: my mentor literally saved me" of a respondent who strongly agreed, in pack and report."""
    from cmo.outputs.report import consultation

    sent = Configuration(id="C2", title="Wardens check in", context="Sheltered housing tenants", statements=["S1"])
    now = sent.model_copy(update={"context": "Tenants of sheltered housing with a resident warden"})
    edit = Decision(
        seq=9,
        action="edit",
        targets=["C2"],
        because=["F4"],
        round=2,
        before={"context": sent.context},
        after={"context": now.context},
    )
    groups = [{"slug": "wardens", "name": "Wardens"}]
    agreed = _answer("agree", "Our warden knocks every morning and it is why I feel safe")
    (first,) = consultation([RoundSnapshot(number=1, configurations=[sent])], [agreed], groups, [now], [edit])
    (line,) = first["changes"]
    assert "who agreed" in line and "“Our warden knocks every morning and it is why I feel safe”" in line
    assert "Missing or wrong" not in line


def test_a_respondent_who_partly_agreed_keeps_the_forms_label_on_what_is_missing():
    from cmo.models import what_they_said  # the one rule packs, the report, listings and `cmo serve` quote answers by

    said = what_they_said(_answer("partly", "Only with a warden on site"))
    assert said == [("Missing or wrong", "Only with a warden on site")]
    assert what_they_said(_answer("agree", "Only with a warden on site")) == [("Comment", "Only with a warden on site")]


def test_a_pack_quotes_an_agreeing_answers_words_without_the_missing_or_wrong_label():
    """The pack retells a cited answer: trial AJ's pack 2 read "You told us (…, who agreed): Missing or wrong: …"."""
    from cmo.outputs.packs import _PackContext, _reasons

    sent = Configuration(id="C2", title="Wardens check in", context="Sheltered housing tenants", statements=["S1"])
    agreed, disagreed = _answer("agree", "Our warden knocks every morning"), _answer("disagree", "No warden here")
    disagreed = disagreed.model_copy(update={"id": "F5", "respondent": "Sam"})
    cite = Decision(seq=3, action="cite-feedback", targets=["C2"], because=["F4", "F5"], round=2)
    ctx = _PackContext(
        round_number=2,
        statements={},
        sources={},
        domain_names={},
        group_names={"wardens": "Wardens"},
        feedback={"F4": agreed, "F5": disagreed},
        decisions=[cite],
        current={"C2": sent},
        previous={"C2": sent},
        names={"C2": "CMO 1.2"},
    )
    heard = {h.id: h for reason in _reasons(sent, ctx) for h in reason.heard}
    assert heard["F4"].text == "Comment: Our warden knocks every morning." and heard["F4"].rating == "agreed"
    assert heard["F5"].text == "Missing or wrong: No warden here."


# --- The audit trail tells how cmo had read a marked finding (trial AM 7) -------------------------------------------


def _mark(before: dict, stance: str = "supporting") -> Decision:
    return Decision(
        seq=5,
        action="mark",
        targets=["S4", "C2"],
        before={"stance": None, "contradicting": [], **before},
        after={"stance": stance},
    )


def test_a_mark_on_a_finding_cmo_had_left_undecided_never_says_cmo_had_read_it_so():
    """Trial AM 7: "judged S11 to be evidence for it, as cmo had read it" of a finding cmo had left undecided."""
    from cmo.outputs.events import what_the_team_did

    told = what_the_team_did(_mark({"undecided": ["S4"]}), "C2")
    assert told == "judged S4, which cmo had left undecided, to be evidence for it, and marked it so"
    against = what_the_team_did(_mark({"undecided": ["S4"]}, "contradicting"), "C2")
    assert against == "judged S4, which cmo had left undecided, to be evidence against it, and marked it so"
    assert "as cmo had read it" in what_the_team_did(_mark({"undecided": []}), "C2")


def test_a_mark_whose_record_does_not_say_how_cmo_read_it_claims_no_agreement():
    from cmo.outputs.events import what_the_team_did

    assert what_the_team_did(_mark({}), "C2") == "judged S4 to be evidence for it and marked it so"


def test_the_report_reads_today_whether_cmo_leaves_a_marked_finding_undecided():
    """An older mark record has no `undecided`: the report reads the finding with `evidence.undecided_ids`, mark taken off,
    and says so in the present tense (a null result beside two that say the outcome followed counts on neither side)."""
    from cmo.outputs.events import what_the_team_did
    from cmo.outputs.report import with_cmo_s_reading

    members = [
        Statement(
            id="S1",
            source="a2019",
            context="Pupils in primary schools",
            mechanism="A free breakfast",
            outcome="attention improves",
        ),
        Statement(
            id="S2",
            source="b2020",
            context="Pupils in primary schools",
            mechanism="A free breakfast",
            outcome="attention improves",
        ),
        Statement(
            id="S3",
            source="c2021",
            context="Pupils in primary schools",
            mechanism="A free breakfast",
            outcome="attention did not improve",
            stance={"C5": "supporting"},
        ),
    ]
    config = Configuration(
        id="C5", title="A free breakfast", context="Pupils in primary schools", mechanism="A free breakfast",
        outcome="attention improves", statements=["S1", "S2", "S3"],
    )  # fmt: skip
    mark = Decision(
        seq=3, action="mark", targets=["S3", "C5"], before={"stance": None, "contradicting": []}, after={"stance": "supporting"}
    )
    (read,) = with_cmo_s_reading([mark], [config], members)
    told = what_the_team_did(read, "C5")
    assert told == "judged S3, which cmo leaves undecided without a mark, to be evidence for it, and marked it so"
    confirm = mark.model_copy(update={"targets": ["S1", "C5"]})
    (read,) = with_cmo_s_reading([confirm], [config], members)
    assert "as cmo now reads it too" in what_the_team_did(read, "C5")


def test_an_edit_that_changed_nothing_is_not_told_as_a_rewording():
    """Trial AM 7: the same context given again was logged "The team reworded it", with no change listed."""
    from cmo.outputs.events import what_the_team_did

    same = "Older people living alone after a fall"
    edit = Decision(seq=8, action="edit", targets=["C3"], before={"context": same}, after={"context": same})
    assert what_the_team_did(edit, "C3") == "edited it, changing nothing"
    changed = edit.model_copy(update={"after": {"context": "Older people living alone"}})
    assert what_the_team_did(changed, "C3") == "reworded it"


# --- A name the review is about is no one study's detail (trial AL 11) ----------------------------------------------


def _review(cmo, tmp_path, contexts: list[tuple[str, str]], title: str = ""):
    cmo("init", str(cmo.folder))
    if title:
        yaml = cmo.folder / "review.yaml"
        text = yaml.read_text(encoding="utf-8")
        yaml.write_text(re.sub(r"(?m)^title: .*$", f"title: '{title}'", text, count=1), encoding="utf-8")
    cmo("ingest", str(DATA / "citations" / "same_team_same_year.bib"))
    cmo("select", "include", "wildman2019service", "wildman2019works", "wildman2021")
    sheet = tmp_path / "coding.csv"
    rows = [
        f"{key},{context},Link workers who listen without hurry help older people trust them,{outcome}"
        for key, context, outcome in contexts
    ]
    sheet.write_text("source,context,mechanism,outcome\n" + "\n".join(rows) + "\n", encoding="utf-8")
    cmo("code", "import", str(sheet))


def test_a_name_the_reviews_title_says_is_not_one_studys_words(cmo, tmp_path):
    """Trial AL 11: 'South Asian' was flagged as one study's words in a review about South Asian communities."""
    pair = [
        ("wildman2019service", "Somali elders registered with a general practice", "They join community groups"),
        ("wildman2021", "Older people registered with a general practice", "They join community groups"),
    ]
    _review(cmo, tmp_path, pair, title="Social prescribing for Somali elders: a rapid realist review")
    cmo("configs", "new", "--statements", "S1,S2")
    result = cmo("round", "close", "--check")
    assert "goes to the group" not in result.stderr and "Nothing to look at first." in result.stdout


def test_a_name_one_source_says_in_a_review_about_something_else_is_still_named(cmo, tmp_path):
    pair = [
        ("wildman2019service", "Somali elders registered with a general practice", "They join community groups"),
        ("wildman2021", "Older people registered with a general practice", "They join community groups"),
    ]
    _review(cmo, tmp_path, pair, title="Social prescribing for older people: a rapid realist review")
    cmo("configs", "new", "--statements", "S1,S2")
    assert "naming 'Somali' in its context" in cmo("round", "close", "--check", code=1).stderr


def test_a_name_many_of_the_reviews_sources_say_is_not_one_studys_words(cmo, tmp_path):
    """'Somali' said by three of the review's three coded sources, though only one of this configuration's."""
    rows = [
        ("wildman2019service", "Somali elders registered with a general practice", "They join community groups"),
        ("wildman2021", "Older people registered with a general practice", "They join community groups"),
        ("wildman2019works", "Somali families caring for a parent", "Carers take a break"),
        ("wildman2021", "Somali carers of a parent with dementia", "Carers take a break"),
    ]
    _review(cmo, tmp_path, rows, title="Social prescribing for older people: a rapid realist review")
    cmo("configs", "new", "--statements", "S1,S2")
    assert "naming 'Somali'" not in cmo("round", "close", "--check", code=None).stderr


def test_a_possessive_name_is_said_by_a_source_that_says_the_name():
    """Trial AL 11: "God's" flagged though the other source said "sent by God"."""
    from cmo.commands.rounds import _possessed

    assert _possessed("God's") == "God" and _possessed("Women’s") == "Women" and _possessed("Leeds") == "Leeds"
