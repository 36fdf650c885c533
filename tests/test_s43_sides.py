"""Which side a member's outcome is on (session 43)."""

from __future__ import annotations

import pytest

from cmo.synthesis.evidence import compares_null


@pytest.mark.parametrize(
    "outcome",
    [
        "Falls were no different from usual care at twelve months",
        "Attendance was not significantly different between the two schools",
        "Exclusions were not different in the two arms",
    ],
)
def test_an_outcome_no_different_from_its_comparison_is_a_null_result(outcome):
    """Trial BF: "Hospital admissions were no different from usual care" was not read as null, so a null trial counted
    as a third source of support."""
    assert compares_null(outcome)


@pytest.mark.parametrize("outcome", ["Teachers took a different approach to behaviour", "Pupils felt different afterwards"])
def test_a_different_thing_is_no_null_result(outcome):
    assert not compares_null(outcome)


def test_a_form_column_giving_one_configurations_id_and_anothers_exact_title_is_said_not_read(tmp_path):
    """Re-check RE: Typeform's "CMO 1.1 (C5): GPs do not see these as the patients most in need" (C11's title) went to
    C5 unsaid, a mistyped or out-of-date id taking another finding's answers."""
    from cmo.sheets.feedback import parse_feedback_files

    names = {1: {"tenants trust the caseworker": "C2", "landlords delay repairs after a complaint": "C7"}}
    path = tmp_path / "typeform.csv"
    header = "CMO 1.1 (C2): Landlords delay repairs after a complaint"
    path.write_text(f'#,"C7: Does this match your experience?","{header}"\nr1,Agree,Partly\n', encoding="utf-8")
    warnings: list[str] = []
    items = parse_feedback_files([path], {"C2", "C7"}, 1, warnings=warnings, names=names)
    said = " ".join(" ".join(str(w).split()) for w in warnings)
    assert {(i.configuration, i.rating) for i in items} == {("C7", "agree")}
    assert "was not read: it could be C2 or C7, as its words name each of them" in said


def test_a_form_column_giving_an_id_and_its_own_title_is_read():
    from cmo.sheets.feedback import _namings

    names = {"tenants trust the caseworker": "C2", "landlords delay repairs after a complaint": "C7"}
    assert _namings("CMO 1.1 (C2): Tenants trust the caseworker", names)[0] == {"C2"}


def test_members_whose_mechanisms_share_one_word_are_said_to_share_only_it():
    """Trials BD, BH, BJ: "time spent running displaced sitting" beside "curriculum pressure left no time", joined on
    "time" (and "staff", "call" elsewhere), were not questioned: one shared word counted as a mechanism in common."""
    from cmo.models import Statement
    from cmo.synthesis.explain import no_mechanism_shared

    def s(sid, context, mechanism, outcome):
        return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)

    library = s("S1", "Rural libraries", "volunteers give time to show people the tablet", "more people book online")
    bus = s("S2", "Villages with one bus a week", "the trip takes too much time to be worth it", "more people book online")
    assert no_mechanism_shared([library, bus])["alone"] == ["time"]
    both = s("S3", "Town libraries", "volunteers show people the tablet step by step", "more people book online")
    assert no_mechanism_shared([library, both]) is None  # volunteers, show, tablet: a mechanism in common


def test_refine_says_a_configuration_joined_on_one_mechanism_word(cmo, tmp_path):
    from sheet_reviews import refined_together

    out = refined_together(
        cmo,
        tmp_path,
        "Journal of Public Libraries",
        2022,
        [("Okoro", "Digital champions in rural libraries"), ("Byrne", "Bus routes and library use")],
        "okoro2022digital,Rural libraries,volunteers give time to show people the tablet,more people book appointments online\n"
        "byrne2022bus,Villages with one bus a week,the trip takes too much time to be worth it,"
        "more people book appointments online\n",
    )
    (config,) = cmo.json("configs", "list")
    cid = config["id"]
    assert f"{cid} was proposed on one mechanism word in common (mechanism: time; outcome: " in out
    assert "S1, S2 share only 'time' of their mechanisms." in out


def test_a_form_asking_which_findings_are_missing_is_the_question_about_them_all(tmp_path):
    """Trial BI: Google Forms' checkbox question "Which findings are missing?" was named and not read (exit 1)."""
    from cmo.sheets.feedback import parse_feedback_files

    names = {1: {"tenants trust the caseworker": "C2", "landlords delay repairs after a complaint": "C7"}}
    path = tmp_path / "google.csv"
    path.write_text(
        'Timestamp,Pseudonym,"C7: Does this match your experience?","Which findings are missing?"\n'
        '2026/11/12 9:14:03 AM GMT,Wren,Agree,"Rent arrears letters, Fear of eviction"\n',
        encoding="utf-8",
    )
    warnings: list[str] = []
    items = parse_feedback_files([path], {"C2", "C7"}, 1, warnings=warnings, names=names)
    assert {(i.configuration, i.rating, i.missing) for i in items} == {
        ("C7", "agree", ""),
        ("overall", None, "Rent arrears letters, Fear of eviction"),
    }
    assert not any("not read" in str(w) for w in warnings)


def test_an_answer_given_under_another_question_may_be_cited_where_a_person_says_it_belongs(demo, tmp_path):
    """Trial BI: 'configs cite C17 --feedback F12' was refused ("F12 answers C22") with no override, so a comment written
    under the wrong question could be cited nowhere it belongs."""
    from feedback_files import answers_file

    on_c2 = demo.json("feedback", "import", str(answers_file(tmp_path / "b.json", "Wren", 1, {"C2": "agree"})))["feedback"][0]
    refused = demo("configs", "cite", "C5", "--feedback", on_c2, code=2)
    assert "add --about-this with a --note saying why" in refused.stderr
    unsaid = demo("configs", "cite", "C5", "--feedback", on_c2, "--about-this", code=2)
    assert "say why these answers are about C5" in unsaid.stderr
    cited = demo.json("configs", "cite", "C5", "--feedback", on_c2, "--about-this", "--note", "about hope, not safety")
    assert cited["feedback_evidence"] == [on_c2]
    last = demo.json("history", "C5")[-1]
    assert (last["action"], last["note"]) == ("cite-feedback", "about hope, not safety")


def test_a_form_asking_who_are_you_gives_each_respondent_s_group(tmp_path):
    """Trial BG: Mentimeter's "Who are you?" slide was not read as the group, so 40 answers had none and the lived
    experience / professional split the reference group is for was lost."""
    from cmo.sheets.feedback import parse_feedback_files

    path = tmp_path / "mentimeter.csv"
    path.write_text(
        'Pseudonym,Who are you?,"C1: Does this match your experience?"\n'
        "Voter 1,Cyclists,Agree\nVoter 2,Residents,Disagree\nVoter 3,A bit of both,Partly\n",
        encoding="utf-8",
    )
    groups = {"riders": "Cyclists", "drivers": "Delivery drivers", "residents": "Residents"}
    items = parse_feedback_files([path], {"C1", "C2"}, 1, groups=groups, warnings=[])
    assert sorted((i.respondent, i.group) for i in items) == [
        ("Voter 1", "riders"),
        ("Voter 2", "residents"),
        ("Voter 3", ""),
    ]


def test_a_form_workbook_s_tab_of_a_row_per_respondent_is_read_beside_its_tabs_per_question(tmp_path):
    """Trial BG: Mentimeter's export has a tab per slide (a question's summed votes) before 'Voting results per
    participant'; the first tab that looked like a form was read and refused, and the team had to delete the others."""
    import openpyxl

    from cmo.sheets.feedback import parse_feedback_files

    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "2. C1 Caseworkers"
    summary.append(["C1: Tenants trust the caseworker - how far do you agree?"])
    summary.append([])
    summary.append(["Statement", "Disagree", "Partly", "Agree", "Responses"])
    summary.append(["C1: Tenants trust the caseworker", 0, 1, 2, 3])
    voters = book.create_sheet("Voting results per participant")
    voters.append(["Voter ID", "Who are you?", "C1: Tenants trust the caseworker - how far do you agree?"])
    voters.append(["a1", "Residents", "Agree"])
    voters.append(["b2", "Cyclists", "Partly"])
    voters.append(["c3", "Residents", "Agree"])
    voters.append(["d4", "Cyclists", "Disagree"])
    voters.append(["e5", "Residents", "Partly"])
    path = tmp_path / "mentimeter.xlsx"
    book.save(path)
    groups = {"riders": "Cyclists", "residents": "Residents"}
    items = parse_feedback_files([path], {"C1"}, 1, groups=groups, warnings=[])
    assert sorted((i.group, i.rating) for i in items) == [
        ("residents", "agree"),
        ("residents", "agree"),
        ("residents", "partly"),
        ("riders", "disagree"),
        ("riders", "partly"),
    ]
