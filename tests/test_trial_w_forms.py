"""Trials W (social prescribing, Smart Survey and Typeform downloads) and Y (a school programme, a Google Form).

1. The import's summary names every id it stores: a respondent's earlier answer given again in the same file is stored
   too, marked replaced ('Imported 26 answers for round 1 (F2-F27)' left F1 out).
2. The columns a form tool fills itself are known by their labels (ids and numbers, times, duration and progress,
   tracking links, collectors, IP addresses), in every tool's header row, and are not named as unread (exit 1).
3. A group a form's respondent typed that is no review group is said with the groups' names the form offered, not
   their slugs; a group is matched by its name too, singular or plural.
4. The group in a respondent's own words ('Other, please specify') is stored beside their answers, out of the print,
   so answers imported before keep theirs and a re-import changes nothing.

Each rule is tested alone on answers written here about the example review (crisis care, remote care), then on the
testers' downloads (`tests/data/trial_w_forms/`).
"""

from __future__ import annotations

import json
from contextlib import closing

import pytest
from conftest import DATA

from cmo.commands.review import open_review
from cmo.sheets.feedback import Scale, _group_named, parse_feedback_files

TRIAL_W = DATA / "trial_w_forms"
CRISIS = {"cyp": "Children and young people", "inpatient-crisis": "Inpatient and crisis care", "carers": "Carers"}


def _read(tmp_path, text: str, known=("C2", "C7"), name="download.csv", **given):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    warnings: list[str] = []
    items = parse_feedback_files([path], set(known), 1, warnings=warnings, **given)
    return path, items, [" ".join(str(w).split()) for w in warnings]


def _stored(folder) -> list:
    with closing(open_review(folder).store) as store:
        return store.feedback(replaced=True)


# ---- 1. the summary names every id stored -------------------------------------------------------------------------


def test_the_import_names_the_earlier_answer_it_stores_beside_the_ones_it_counts(demo, tmp_path):
    """Fails on the old code: the summary said 'Imported 2 answers for round 1 (F2-F3)' and F1 was stored unnamed."""
    form = tmp_path / "ward-form.csv"
    form.write_text(
        "respondent,round,configuration,rating,comment\n"
        "swift,1,C4,partly,Trauma training came late on our ward\n"
        "plover,1,C4,agree,\n"
        "swift,1,C4,agree,Trauma training came late on our ward but it helped\n",
        encoding="utf-8",
    )
    result = demo("feedback", "import", str(form), code=None)
    assert (
        "Imported 2 answers for round 1 (F2-F3), and kept 1 earlier answer a respondent gave again (F1), marked replaced "
        "by their later answer; 0 already imported." in result.stdout
    )
    assert sorted(item.id for item in _stored(demo.folder)) == ["F1", "F2", "F3"]
    said = json.loads(demo("feedback", "import", str(form), "--json", code=None).stdout)
    assert (said["kept"], said["added"], said["repeated"]) == ([], 0, 2)  # nothing stored again, so nothing named
    assert len(_stored(demo.folder)) == 3


# ---- 2. a form tool's own columns ---------------------------------------------------------------------------------

TOOLS = {
    "Smart Survey": (
        ["UserID", "UserNo", "Name", "Email", "IP Address", "Unique ID", "Started", "Ended", "Tracking Link", "Custom Value"],
        ["118203411", "1", "", "", "81.2.69.160", "x7", "02/03/2026 10:01:12", "02/03/2026 10:09:50", "Web Link", "ward-b"],
    ),
    "Typeform": (
        ["#", "Start Date (UTC)", "Submit Date (UTC)", "Network ID", "Response Type", "Tags"],
        ["k3j9x2mq8v1a0z7c", "2026-03-02 10:01:12", "2026-03-02 10:09:50", "8a1f2c3d4e", "completed", "pilot"],
    ),
    "SurveyMonkey": (
        ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "Custom Data 1"],
        ["11490384732", "431298771", "03/02/2026 10:01:12 AM", "03/02/2026 10:09:50 AM", "81.2.69.160", "", "ward-b"],
    ),
    "Qualtrics": (
        ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate"]
        + ["ResponseId", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage"],
        ["2026-03-02 10:01:12", "2026-03-02 10:09:50", "IP Address", "81.2.69.160", "100", "518", "True"]
        + ["2026-03-02 10:09:51", "R_1ABCdefGHIjkl", "51.5", "-0.12", "anonymous", "EN-GB"],
    ),
    "Microsoft Forms": (
        ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"],
        ["1", "3/2/26 10:01:12", "3/2/26 10:09:50", "anonymous", "", ""],
    ),
    "Alchemer": (
        ["Response ID", "Time Started", "Date Submitted", "Status", "SessionID", "Referer", "User Agent"],
        ["7", "2026-03-02 10:01:12", "2026-03-02 10:09:50", "Complete", "1646215272_622", "https://example.org", "Mozilla/5.0"],
    ),
}


def _download(own: list[str], filled: list[str], extra: tuple[str, str] | None = None) -> str:
    import csv
    import io

    header = [*own, "Please choose a pseudonym", "C2: Does this match your experience?", "C2: What is missing or wrong?"]
    row = [*filled, "Linnet", "Partly", "Nights are different"]
    if extra:
        header.append(extra[0])
        row.append(extra[1])
    out = io.StringIO()
    csv.writer(out).writerows([header, row])
    return out.getvalue()


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_the_columns_each_form_tool_fills_itself_are_not_named(tmp_path, tool):
    """Fails on the old code for Smart Survey ('UserID', 'UserNo', 'Tracking Link'), Typeform ('#', 'Network ID') and
    Alchemer ('Time Started', 'SessionID'…): named as unread, exit 1, though the README says they are not."""
    own, filled = TOOLS[tool]
    _, items, warnings = _read(tmp_path, _download(own, filled))
    assert not [w for w in warnings if "were not read" in w or "was not read" in w], warnings
    assert [(i.respondent, i.configuration, i.rating, i.missing) for i in items] == [
        ("Linnet", "C2", "partly", "Nights are different")
    ]


@pytest.mark.parametrize(
    "header", ["Time in crisis care", "Date of admission", "Device used for the video call", "Which ward were you on"]
)
def test_a_question_the_respondent_answered_is_still_named_whatever_its_words(tmp_path, header):
    own, filled = TOOLS["Typeform"]
    _, _, warnings = _read(tmp_path, _download(own, filled, (header, "Three weeks on Willow ward")))
    unread = [w for w in warnings if "not read" in w]
    assert len(unread) == 1 and f"'{header}'" in unread[0] and "'#'" not in unread[0], warnings


def test_the_testers_smart_survey_and_typeform_downloads_name_no_tool_column(tmp_path):
    warnings: list[str] = []
    parse_feedback_files(
        [TRIAL_W / "smartsurvey-round1-export.csv"], {"C4", "C5", "C7", "C9", "C27", "C28"}, 1, warnings=warnings
    )
    parse_feedback_files(
        [TRIAL_W / "typeform-round2-responses.csv"], {"C20", "C27", "C28", "C29"}, 2, warnings=warnings, scale=Scale.parse("1-5")
    )
    said = "\n".join(map(str, warnings))
    for column in ("UserID", "UserNo", "Tracking Link", "'#'", "Network ID", "Start Date (UTC)"):
        assert column not in said


# ---- 3. a group typed is said with the names the form offered ----------------------------------------------------


def test_a_group_that_is_none_of_the_reviews_is_said_with_the_names_the_form_offered(tmp_path):
    """Fails on the old code: '… none of the review's groups (cyp, inpatient-crisis, carers)', slugs the form never
    showed (trial Y: 'Teachers' against 'Young people', 'School staff', 'Parents and carers')."""
    text = "Pseudonym,Which group are you answering for?,C2: Does this match your experience?\nDunlin,Paramedics,Yes\n"
    _, items, warnings = _read(tmp_path, text, groups=CRISIS)
    assert items[0].group == ""
    assert (
        "the group 'Paramedics' is none of the review's groups ('Children and young people', 'Inpatient and crisis care', "
        "'Carers'), so the answers were kept without one" in " ".join(warnings)
    )
    assert "cyp" not in " ".join(w for w in warnings if "Paramedics" in w)


@pytest.mark.parametrize(
    ("typed", "slug"),
    [("young person", "cyp"), ("Child", "cyp"), ("CARER", "carers"), ("Inpatient and crisis care", "inpatient-crisis")],
)
def test_a_group_is_matched_by_its_name_singular_or_plural_in_any_case(typed, slug):
    """'Young person' failed on the old code: 'people' has no ending to take off."""
    found, _ = _group_named(typed, tuple(CRISIS.items()))
    assert found == [slug]


# ---- 4. the group in the respondent's own words is stored ---------------------------------------------------------

OTHER_WORDS = (
    "Pseudonym,Which group are you answering for?,Which group are you answering for? - Other (please specify),"
    "C4: Does this match your experience?,C4: What is missing or wrong?\n"
    "Godwit,Other (please specify),Crisis line volunteer,Partly,We never hear what happens after the call\n"
    "Redshank,Children and young people,,Yes,\n"
)


def test_a_group_in_the_respondents_own_words_is_kept_beside_their_answers(demo, tmp_path):
    """Fails on the old code: 'Crisis line volunteer' was named by the import and then lost."""
    form = tmp_path / "crisis-form.csv"
    form.write_text(OTHER_WORDS, encoding="utf-8")
    demo("feedback", "import", str(form), code=1)  # the words are still named: no group counts them
    answers = {a["respondent"]: a for a in demo.json("feedback", "list")}
    assert (answers["Godwit"]["group"], answers["Godwit"]["group_words"]) == ("", "Crisis line volunteer")
    assert answers["Redshank"]["group_words"] == ""
    comments = [c for row in demo.json("feedback", "summary") for c in row["comments"]]
    assert [c["group_words"] for c in comments if c["respondent"] == "Godwit"] == ["Crisis line volunteer"]
    listed = next(line for line in demo("feedback", "list").stdout.splitlines() if "Godwit" in line)
    assert "Godwit (no group: 'Crisis line volunteer')" in listed  # the words where the group is shown
    assert "(no group: 'Crisis line volunteer', partly)" in demo("feedback", "summary").stdout
    before = demo.json("feedback", "list")
    again = demo("feedback", "import", str(form), code=1)
    assert "Imported 0 answers for round 1; 2 already imported." in again.stdout
    assert demo.json("feedback", "list") == before


def test_answers_imported_before_the_words_were_kept_keep_their_print_and_get_the_words_once(demo, tmp_path):
    """An answer stored without the words (as an older cmo stored it) is the same answer: a re-import gives it the words
    under its own id, says so, and the next re-import changes nothing."""
    form = tmp_path / "crisis-form.csv"
    form.write_text(OTHER_WORDS, encoding="utf-8")
    demo("feedback", "import", str(form), code=1)
    with closing(open_review(demo.folder).store) as store, store.transaction():
        store.put_feedback([item.model_copy(update={"group_words": ""}) for item in store.feedback(replaced=True)])
    prints = {item.id: item.fingerprint for item in _stored(demo.folder)}
    result = demo("feedback", "import", str(form), code=1)
    assert "the group each respondent gave in their own words is now kept beside their answers (Godwit 'Crisis line " in (
        " ".join(result.stderr.split())
    )
    after = _stored(demo.folder)
    assert {item.id: item.fingerprint for item in after} == prints
    assert [item.group_words for item in after if item.respondent == "Godwit"] == ["Crisis line volunteer"]
    before = demo.json("feedback", "list")
    third = demo("feedback", "import", str(form), code=1)
    assert "now kept beside" not in third.stderr and demo.json("feedback", "list") == before


def test_the_testers_smart_survey_download_keeps_the_pharmacists_words():
    """Trial W's 'Other (please specify)': 'Community pharmacist', said with the groups' names and kept."""
    warnings: list[str] = []
    groups = {"older": "Older people and carers", "linkworkers": "Link workers"}
    items = parse_feedback_files(
        [TRIAL_W / "smartsurvey-round1-export.csv"], {"C4", "C5", "C7", "C9", "C27", "C28"}, 1, warnings=warnings, groups=groups
    )
    assert {i.group_words for i in items if i.respondent.startswith("Anonymous")} == {"Community pharmacist"}
    assert any("('Older people and carers', 'Link workers')" in str(w) for w in warnings)
