"""Trial CV: a geriatrician and an information specialist run a rapid realist review of virtual wards and hospital at
home for frail older people (UK, Australia, Spain, USA) from Ovid MEDLINE, Embase, CENTRAL, Epistemonikos and a
Zotero list of NHS England and Nuffield Trust reports. Each test builds its review through the commands a user types,
from the trial's real exports (tests/data/trial_cv/, real SQLite, no mocks)."""

from __future__ import annotations

import pytest

from tests.conftest import DATA

HERE = DATA / "trial_cv"


@pytest.fixture
def review(cmo):
    cmo("init", str(cmo.folder), "--domains", str(HERE / "domains.yaml"))
    cmo("ingest", str(HERE / "epistemonikos-2026-10-20.ris"), str(HERE / "ovid-medline-2026-10-19.txt"))
    return cmo


def _add(cmo, source: str, context: str, mechanism: str, outcome: str, domain: str = "patient-selection") -> None:
    cmo(
        "code",
        "add",
        "--source",
        source,
        "--context",
        context,
        "--mechanism",
        mechanism,
        "--outcome",
        outcome,
        "--domain",
        domain,
    )


# 1. A source screened "maybe" was listed as "(unscreened)" among a configuration's supporting sources by `configs show`
#    (the information specialist had screened it: maybe), while every other listing said it was not yet decided.


def test_configs_show_names_a_source_screened_maybe_as_not_yet_decided_not_unscreened(review):
    review("select", "include", "shepperd2016admission")
    review("select", "maybe", "goncalvesbradley2017early")
    _add(
        review,
        "shepperd2016admission",
        "older people in admission avoidance hospital at home",
        "daily visits by hospital at home nurses",
        "fewer people living in residential care at six months",
    )
    _add(
        review,
        "goncalvesbradley2017early",
        "older people in early discharge hospital at home",
        "daily visits by hospital at home nurses",
        "fewer people living in residential care at six months",
    )
    review("refine")
    shown = review("configs", "show", "C1").output
    assert "goncalvesbradley2017early (not yet decided)" in shown
    assert "(unscreened)" not in shown
    view = review.json("configs", "show", "C1")
    assert view["not_included"] == {"goncalvesbradley2017early": "not yet decided"}


def test_configs_show_still_names_a_source_nobody_screened_as_unscreened(review):
    """Must not fire: a source no one has screened is unscreened, whatever the review's topic."""
    review("select", "include", "caplan2012meta")
    _add(
        review,
        "caplan2012meta",
        "carers of patients treated at home",
        "carers take part in care at home",
        "carers are as satisfied as with hospital care",
        "patient-carer",
    )
    _add(
        review,
        "chua2022perceptions",
        "carers of patients treated at home",
        "carers take part in care at home",
        "carers are as satisfied as with hospital care",
        "patient-carer",
    )
    review("refine")
    assert "chua2022perceptions (unscreened)" in review("configs", "show", "C1").output


# 2. The coders' "HaH" (hospital at home) went to the reference group unexplained: `round close --check` read it as the
#    interjection "hah", a word every reader knows, so it never asked the team to say what it means.


def _checked(review, *statements: tuple[str, str, str, str]) -> str:
    for source, context, mechanism, outcome in statements:
        review("select", "include", source)
        _add(review, source, context, mechanism, outcome)
    review("refine")
    return review("round", "close", "--check", code=None).output


def test_round_check_names_a_coders_initialism_with_a_capital_inside_it(review):
    said = _checked(
        review,
        ("shepperd2016admission", "frail older people", "daily visits by HaH nurses", "fewer people in residential care"),
        ("caplan2012meta", "frail older people", "HaH team treats at home", "fewer people in residential care"),
    )
    assert "'HaH' (C1)" in said


def test_round_check_does_not_name_an_initialism_the_dictionary_writes_with_a_capital_inside(review):
    """Must not fire: "PhD", which WordNet writes so, on another topic (a doctoral training scheme)."""
    said = _checked(
        review,
        (
            "shepperd2016admission",
            "PhD students in a lab",
            "mentors meet them weekly",
            "students finish their PhD sooner",
        ),
        ("caplan2012meta", "PhD students in a lab", "mentors meet them weekly", "students finish their PhD sooner"),
    )
    assert "PhD" not in said and "short forms" not in said


# 3. A Cochrane review's "readmission may increase" was read as the word "may" going up, not readmission: beside two
#    studies finding fewer readmissions it was no opposite, so refine counted it as their support and the configuration
#    went to the group as strong evidence with a harm among its sources.


_OTHERS = (
    (
        "chua2022perceptions",
        "hospital clinicians new to the service",
        "they come to trust it as they see patients recover",
        "more referrals",
    ),
    (
        "wallis2024factors",
        "managers planning a new service",
        "early talks with ambulance crews build shared aims",
        "the service starts on time",
    ),
    ("norman2023virtual", "wards run by remote monitoring alone", "nobody visits when readings change", "patients feel unsafe"),
)
"""Statements on other matters, so that the review's threshold is read from statements unlike each other too."""


def _three(review, outcomes: list[str], context: str, mechanism: str) -> dict:
    for source, outcome in zip(("shepperd2016admission", "caplan2012meta", "goncalvesbradley2017early"), outcomes, strict=True):
        review("select", "include", source)
        _add(review, source, context, mechanism, outcome)
    for source, *parts in _OTHERS:
        _add(review, source, *parts, "team-systems")
    review("refine")
    return review.json("configs", "show", "C1")


def test_an_outcome_hedged_by_a_modal_verb_is_read_as_its_things_change(review):
    shown = _three(
        review,
        ["fewer readmissions", "fewer readmissions", "readmission may increase"],
        "older people with acute illness treated by a hospital at home team",
        "daily nurse visits let the team treat the illness at home",
    )
    assert shown["statements"] == ["S1", "S2", "S3"]
    assert shown["contradicting"] == ["S3"]
    assert "goncalvesbradley2017early" in shown["contradicting_sources"]


def test_an_outcome_hedged_by_a_modal_verb_agrees_with_the_same_change_unhedged(review):
    """Must not fire, on another topic (a school's breakfast club): "attendance may increase" beside "attendance
    increases" says the same, and "family income may rise" names income, not the adverb or the modal."""
    shown = _three(
        review,
        ["school attendance increases", "school attendance increases", "school attendance may increase"],
        "pupils from low-income families offered a free breakfast club",
        "a free breakfast brings pupils into school early",
    )
    assert shown["statements"] == ["S1", "S2", "S3"] and shown["contradicting"] == []


# 4. A configuration went to the group as "…the team visits daily and coordinates with primary care, which lowers
#    readmissions and fewer hosp days at 6m": the coder's list of comparatives was read as a verb and its object.


def _worded(
    review,
    outcome: str,
    mechanism: str = "the team visits daily and coordinates with primary care",
    context: str = "older people treated at home",
) -> str:
    review("select", "include", "caplan2012meta")
    _add(review, "caplan2012meta", context, mechanism, outcome, "team-systems")
    review("refine")
    return review("configs", "show", "C1").output.splitlines()[1].strip()


def test_an_outcome_listing_comparatives_is_worded_as_what_the_act_leads_to(review):
    worded = _worded(review, "lower readmissions and fewer days in hospital")
    assert worded.endswith("which leads to lower readmissions and fewer days in hospital.")
    assert "lowers" not in worded


def test_an_outcome_opening_with_lower_alone_is_still_what_the_act_lowers(review):
    """Must not fire, on another topic (blood pressure in a pharmacy clinic): 'lower blood pressure' is the verb."""
    context = "adults with high blood pressure in a community pharmacy"
    worded = _worded(review, "lower blood pressure", "the pharmacy reviews every prescription each month", context)
    assert worded.endswith("which lowers blood pressure.")


# 5. A configuration of four studies (USA and Spain) went to the group as "For US veterans, VA hospital-in-home, …",
#    one American study's people, and `round close --check` said nothing: a word in capitals was never read as a name.


def _two_worded(review, contexts: tuple[str, str]) -> str:
    for source, context in zip(("shepperd2016admission", "caplan2012meta"), contexts, strict=True):
        review("select", "include", source)
        _add(review, source, context, "the team visits daily and coordinates with primary care", "fewer readmissions")
    for source, *parts in _OTHERS:
        _add(review, source, *parts, "team-systems")
    review("refine")
    assert review.json("configs", "show", "C1")["statements"] == ["S1", "S2"]
    return review("round", "close", "--check", code=None).output


def test_round_check_names_a_country_s_initialism_only_one_of_its_sources_says(review):
    said = _two_worded(
        review, ("US veterans treated at home by a hospital team", "US veterans treated at home by a hospital team")
    )
    assert "naming" not in said  # both sources say it: the configuration's own people
    review("code", "edit", "S2", "--context", "older people treated at home by a hospital team", "--note", "the other study's")
    review("refine")
    said = review("round", "close", "--check", code=None).output
    assert "C1 goes to the group in one of its 2 sources' words, naming 'US' in its context" in said


def test_round_check_does_not_name_a_service_s_initialism_only_one_source_says(review):
    """Must not fire, on another topic (primary care): an acronym that is no country ("NHS", "GP") names a service as
    often as a place, as before."""
    said = _two_worded(review, ("NHS GP practices in deprived areas", "general practices in deprived areas"))
    assert "naming" not in said


# 6. The information specialist's screening sheet said who screened each record as 'AR/HC' (both of them); the report's
#    RAMESES item 9 read "screened by AR/HC (3 documents)", one reviewer of that name.


def _screened_by(review, tmp_path, who: str) -> str:
    sheet = tmp_path / "screening.csv"
    rows = [f"{key},include,{who}" for key in ("caplan2012meta", "shepperd2016admission", "edgar2024admission")]
    sheet.write_text("key,decision,screened by\n" + "\n".join(rows) + "\n", encoding="utf-8")
    review("select", "import", str(sheet))
    report = tmp_path / "report.md"
    review("report", "--format", "md", "-o", str(report), code=None)
    return next(line for line in report.read_text(encoding="utf-8").splitlines() if "| Selection and appraisal" in line)


def test_the_report_names_each_screener_of_a_cell_that_parts_them_with_a_slash(review, tmp_path):
    said = _screened_by(review, tmp_path, "AR/HC")
    assert "screened by AR (3 documents) and HC (3)" in said and "AR/HC" not in said


def test_the_report_keeps_a_screener_written_family_name_first_as_one_person(review, tmp_path):
    """Must not fire: "Ruiz, Ana" is one reviewer, whatever the review's topic."""
    said = _screened_by(review, tmp_path, '"Ruiz, Ana"')
    assert "screened by Ruiz, Ana (3 documents)" in said


# 7. Cochrane's "may reduce the likelihood of living in residential care", coded as the outcome, went to the group as
#    "…treatment at home with daily visits by nurses means that people may reduce likelihood of living in residential
#    care": the people, not the visits, were made to reduce it.


def test_an_outcome_hedged_by_may_is_what_the_act_may_change(review):
    worded = _worded(review, "may reduce the likelihood of living in a care home", "daily visits by hospital at home nurses")
    assert worded.endswith("daily visits by hospital at home nurses may reduce the likelihood of living in a care home.")


def test_an_act_people_do_hedged_by_may_is_still_theirs(review):
    """Must not fire, on another topic (loneliness): attending is what the people do, not the phone call."""
    context = "older people living alone"
    worded = _worded(review, "may attend clinic more often", "a weekly phone call from the nurse", context)
    assert worded.endswith("a weekly phone call from the nurse means that they may attend clinic more often.")


# 8. Caplan 2012's "reduced mortality and readmission" gave readmission no direction ("and" parts clauses), so a
#    member saying readmissions rose beside it was never read as its opposite.


def test_a_thing_joined_by_and_to_a_changed_thing_changes_the_same_way(review):
    shown = _three(
        review,
        ["reduced mortality and readmission", "reduced mortality and readmission", "readmissions increased"],
        "older people with acute illness treated by a hospital at home team",
        "daily nurse visits let the team treat the illness at home",
    )
    assert shown["statements"] == ["S1", "S2", "S3"]
    assert shown["contradicting"] == ["S3"]


def test_a_comparative_joined_by_and_names_no_thing_of_its_own(review):
    """Must not fire, on another topic (a staff wellbeing scheme): "less stressed and happier" gives "happier" no
    direction as a thing, so "staff are happier" beside it agrees."""
    shown = _three(
        review,
        ["staff are less stressed and happier", "staff are less stressed and happier", "staff are happier"],
        "ward nurses offered protected time for supervision",
        "regular supervision lets nurses talk through hard shifts",
    )
    assert shown["contradicting"] == []


# 9. Beside Caplan 2012's fall in readmission, Gonçalves-Bradley 2017's rise was one against one: refine proposes neither
#    side of a tie, so C1 went to the group "strong" with both counted as support, and `round close --check` was silent.


def _pair(review, outcomes: tuple[str, str], context: str, mechanism: str) -> None:
    for source, outcome in zip(("shepperd2016admission", "caplan2012meta"), outcomes, strict=True):
        review("select", "include", source)
        _add(review, source, context, mechanism, outcome)
    for source, *parts in _OTHERS:
        _add(review, source, *parts, "team-systems")
    review("refine")
    assert review.json("configs", "show", "C1")["statements"] == ["S1", "S2"]


def test_round_check_names_two_supporters_that_say_one_thing_went_opposite_ways(review):
    context, mechanism = "older people with acute illness treated at home", "daily nurse visits let the team treat it at home"
    _pair(review, ("reduced mortality and readmission", "readmission may increase"), context, mechanism)
    said = review("round", "close", "--check", code=None).output
    assert "C1 counts S1 (“reduced mortality and readmission”) and S2 (“readmission may increase”) as support" in said
    review("code", "mark", "S2", "--supporting", "C1")
    assert "opposite ways" not in review("round", "close", "--check", code=None).output  # a person's mark decides it


def test_round_check_does_not_name_two_supporters_that_agree(review):
    """Must not fire, on another topic (a breakfast club): two members saying attendance rose, one hedged."""
    context, mechanism = "pupils offered a free breakfast club", "a free breakfast brings pupils into school early"
    _pair(review, ("school attendance increases", "school attendance may increase"), context, mechanism)
    assert "opposite ways" not in review("round", "close", "--check", code=None).output
