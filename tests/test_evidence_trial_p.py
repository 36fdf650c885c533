"""Trial P (hospital discharge of older people living with frailty): what supports and what contradicts a configuration.

1. Converse statements were flagged as contradicting: "discharged without being asked, nobody checked they could cope →
   did not feel safe" against "invited to say what matters → felt more prepared". Where a member withholds the mechanism
   (or denies the context the others assert) and its outcome did not follow, it is the configuration seen from the other
   side, which supports it (`evidence.is_converse`); so is a member asserting what a configuration worded from its
   deficit withholds.
2. Key contexts listed where the finding failed: only members that say it as it is worded give one
   (`evidence.supporting_contexts`, `says_it_as_worded`).
3. "Contested" from a single study: a contradicting source that also supports it counts as support only, and the
   reason says so (`strength.evidence_strength`).
4. "Mortality did not change" counted as support of "readmissions are reduced": refine already says so on stderr (the
   line "S31 counts as supporting C7, though its outcome reads as not following"): nothing to change here.

Each rule is tested alone on other topics (school mental health, diabetes self-management, community health workers),
then on the tester's coding sheet.
"""

from __future__ import annotations

import pytest

from cmo.models import Appraisal, Configuration, SourceStanding, Statement
from cmo.synthesis.evidence import denies, is_converse, proposed_against, supporting_contexts
from cmo.synthesis.strength import evidence_strength


def _st(sid: str, context: str, mechanism: str, outcome: str, source: str = "", **extra) -> Statement:
    return Statement(id=sid, source=source or f"src{sid}", context=context, mechanism=mechanism, outcome=outcome, **extra)


def _about_the_same(sid: str, others: list[str]) -> bool:
    """The strongest case for a flag: every member about the same context and mechanism as the others."""
    return True


# ---- 1. converse statements support ----------------------------------------------------------------------------------

COUNSELLOR = {
    "S1": _st(
        "S1",
        "Pupils in schools with a named counsellor",
        "Pupils trust the counsellor and talk about worries early",
        "Pupils seek help sooner",
    ),
    "S2": _st(
        "S2",
        "Secondary schools with a counsellor on site",
        "Pupils trust the counsellor and raise worries before a crisis",
        "More pupils seek help early",
    ),
}


@pytest.mark.parametrize(
    "mechanism",
    [
        "Nobody follows up with pupils after a first conversation",
        "No one the pupils trust is there to talk to",
        "Pupils are not involved in choosing who they talk to",
        "A lack of trust in staff keeps worries hidden",
        "Pupils feel they cannot talk to anyone about their worries",
    ],
)
def test_a_member_whose_mechanism_is_denied_and_outcome_did_not_follow_is_converse_support(mechanism):
    """Fails on the old code (it flagged S3): mechanism absent and outcome absent say what the others say."""
    statements = {**COUNSELLOR, "S3": _st("S3", "Pupils in schools where staff rotate", mechanism, "Pupils did not seek help")}
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == []
    assert is_converse(statements["S3"], [COUNSELLOR["S1"], COUNSELLOR["S2"]])


def test_a_member_with_the_same_mechanism_whose_outcome_did_not_follow_still_contradicts():
    """Pins the rule the converse one leaves alone: the mechanism present, the outcome absent."""
    statements = {
        **COUNSELLOR,
        "S3": _st(
            "S3",
            "Pupils in schools with a counsellor",
            "Pupils trust the counsellor and talk about worries",
            "Pupils did not seek help any sooner",
        ),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == ["S3"]


DIABETES = {
    "S1": _st(
        "S1", "Patients in clinics with a diabetes educator", "The educator explains how food changes their glucose", "HbA1c fell"
    ),
    "S2": _st(
        "S2",
        "Primary care practices that employ a diabetes educator",
        "Patients learn from the educator what to eat",
        "HbA1c improved at six months",
    ),
}


def test_a_context_that_denies_what_the_others_say_is_converse_support():
    """Fails on the old code (it flagged S3): "without a diabetes educator" denies what the others' contexts say."""
    statements = {
        **DIABETES,
        "S3": _st(
            "S3",
            "Patients in clinics without a diabetes educator",
            "Patients are given leaflets to read at home",
            "HbA1c did not improve",
        ),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == []


def test_a_context_that_denies_what_no_other_says_tells_who_the_people_are():
    """Pins: "no prior experience of groups" is a trait of the people, not the configuration's context denied; with the
    mechanism present and the outcome absent it still goes against."""
    statements = {
        **DIABETES,
        "S3": _st(
            "S3",
            "Patients with no prior experience of group education",
            "The educator explains how food changes their glucose",
            "HbA1c did not improve",
        ),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == ["S3"]


VISITS = {
    "S1": _st(
        "S1",
        "Villages where no health worker visits after birth",
        "Nobody checks on mothers in the first week",
        "Mothers did not attend the postnatal clinic",
    ),
    "S2": _st(
        "S2",
        "Remote villages without a community health worker",
        "Mothers have no one to remind them of check-ups",
        "Postnatal clinic attendance did not rise",
    ),
}


def test_in_a_configuration_worded_from_its_deficit_a_member_asserting_what_it_withholds_agrees():
    """Fails on the old code (it flagged S3): most members say "no health worker → mothers did not attend", so that is
    what the configuration holds; "a health worker checks on mothers → they attend" is the same finding from the other
    side, not against it."""
    statements = {
        **VISITS,
        "S3": _st(
            "S3",
            "Villages with a community health worker who visits after birth",
            "The health worker checks on mothers and reminds them of check-ups",
            "Mothers attended the postnatal clinic",
        ),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == []


def test_in_a_null_finding_a_member_whose_outcome_followed_still_goes_against_it():
    """Pins: where the like members say the outcome did not follow with the mechanism present (a null finding), the
    one saying it did goes against it, as before."""
    statements = {
        "S1": _st(
            "S1",
            "Villages with a community health worker",
            "The health worker reminds mothers of check-ups",
            "Postnatal clinic attendance did not rise",
        ),
        "S2": _st(
            "S2",
            "Rural districts with health worker home visits",
            "Health workers remind mothers of check-ups",
            "No change in postnatal clinic attendance",
        ),
        "S3": _st(
            "S3",
            "Villages with a community health worker",
            "The health worker reminds mothers of check-ups",
            "Mothers attended the postnatal clinic",
        ),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == ["S3"]


@pytest.mark.parametrize(
    "mechanism, denied",
    [
        ("Nobody owns the whole pathway", True),
        ("Discharged without being asked whether they felt ready", True),
        ("They no longer felt isolated once a volunteer visited", False),  # a denial of something bad
        ("Care given without stigma lets people feel respected rather than judged", False),  # something bad spared
        ("Volunteers kept visiting despite no regular pay", False),  # a concession
        ("Carers were not only informed but took part in planning", False),  # "not only … but also"
        ("Staff invite questions and share plans", False),
        ("Staff turn to relatives instead of asking the older person", True),
        ("A person-centred, flexible approach instead of a fixed pathway lets each person feel recognised", False),
    ],
)
def test_what_a_mechanism_denies(mechanism, denied):
    """Pins the words the converse rule reads as a denied mechanism (a new function: absent from the old code)."""
    assert denies(mechanism) is denied


def test_a_coder_flag_is_never_read_as_converse():
    """Pins: the coder's flag stays the coder's word, whatever its mechanism says."""
    statements = {
        **COUNSELLOR,
        "S3": _st(
            "S3",
            "Pupils in schools where staff rotate",
            "Nobody follows up with pupils",
            "Pupils did not seek help",
            contradicts=True,
        ),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == ["S3"]


# ---- 2. key contexts come from members that say it as it is worded ---------------------------------------------------


def test_key_contexts_leave_out_converse_members_even_when_marked_supporting():
    """Fails on the old code (it gave all three contexts): a reader is never told it holds where it did not."""
    statements = {
        "S1": _st(
            "S1",
            "Pupils in schools with a named counsellor",
            "Pupils trust the counsellor and talk about worries early",
            "Pupils seek help sooner",
        ),
        "S2": _st(
            "S2",
            "Pupils in schools where staff rotate every term",
            "Nobody follows up with pupils after a first talk",
            "Pupils did not seek help",
            stance={"C1": "supporting"},
        ),
        "S3": _st(
            "S3",
            "Pupils whose form tutor is never told of a referral",
            "Their worries are not passed on, so they feel nobody listens",
            "Pupils kept their worries to themselves",
        ),  # outcome follows in words, mechanism denied
        "S4": _st(
            "S4",
            "Sixth-form pupils with a counsellor drop-in",
            "Pupils trust the counsellor and talk about exam stress",
            "Pupils seek help before exams",
        ),
    }
    config = Configuration(
        id="C1",
        statements=["S1", "S2", "S3", "S4"],
        context=statements["S1"].context,
        mechanism=statements["S1"].mechanism,
        outcome=statements["S1"].outcome,
    )
    assert supporting_contexts(config, statements) == [statements["S1"].context, statements["S4"].context]


def test_key_contexts_of_a_configuration_worded_from_its_deficit_come_from_its_like_members():
    """Fails on the old code (it listed all three): in "no health worker → mothers did not attend", a member saying the
    same gives a key context, the converse one ("a health worker checks on mothers → they attend") does not."""
    statements = {
        **VISITS,
        "S3": _st(
            "S3",
            "Villages with a community health worker who visits after birth",
            "The health worker checks on mothers",
            "Mothers attended the postnatal clinic",
        ),
    }
    config = Configuration(
        id="C1",
        statements=["S1", "S2", "S3"],
        context=VISITS["S1"].context,
        mechanism=VISITS["S1"].mechanism,
        outcome=VISITS["S1"].outcome,
    )
    assert supporting_contexts(config, statements) == [VISITS["S1"].context, VISITS["S2"].context]


def test_key_contexts_of_a_configuration_worded_as_a_loss_keep_members_that_agree_in_other_words():
    """Pins (the old code listed every supporting member's context) that the converse rule leaves these alone, as trial
    P's C2, reworded "staff plan around services instead of asking the person → their voice is left out", beside "they
    do not have the energy to take part → not involved", and C25 "teams cannot find a care package → people wait"
    beside "they wait for assessments and packages": where the configuration's own mechanism withholds, a member that
    withholds too agrees whatever words its outcome uses, and one telling the deficit without a denial agrees when its
    outcome reads as the configuration's."""
    statements = {
        "S1": _st(
            "S1",
            "Pupils referred by a head of year",
            "Teachers choose the support instead of asking the pupil",
            "Pupils' own views are left out of the plan",
        ),
        "S2": _st(
            "S2",
            "Pupils with an exam-year timetable",
            "There is no time to ask pupils what they want",
            "Pupils were not involved in planning their support",
        ),
        "S3": _st(
            "S3",
            "Pupils on a waiting list for counselling",
            "Staff decide the plan at a panel the pupil never sees",
            "Pupils' views are left out",
        ),
        "S4": _st(
            "S4",
            "Pupils in schools with a pupil voice lead",
            "Staff settle the support plan at a meeting",
            "Pupils' wishes are missing from the plan",
        ),
    }
    config = Configuration(
        id="C1",
        statements=["S1", "S2", "S3", "S4"],
        context=statements["S1"].context,
        mechanism=statements["S1"].mechanism,
        outcome=statements["S1"].outcome,
    )
    assert supporting_contexts(config, statements) == [statements[sid].context for sid in ("S1", "S2", "S3", "S4")]


# ---- 3. one study on both sides does not contest it ------------------------------------------------------------------


def _sources(*keys: str) -> dict[str, SourceStanding]:
    return {key: SourceStanding(appraisal=Appraisal(rigour="medium"), status="included") for key in keys}


def _config_with(sides: dict[str, tuple[str, bool]]) -> tuple[Configuration, dict[str, Statement]]:
    """A configuration whose members come from the given sources, those marked True contradicting it."""
    statements = {
        sid: _st(sid, "Adults with type 2 diabetes in group education", "Peers share what worked", "HbA1c fell", source=key)
        for sid, (key, _) in sides.items()
    }
    against = [sid for sid, (_, contradicting) in sides.items() if contradicting]
    return Configuration(id="C1", statements=list(sides), contradicting=against), statements


def test_a_study_that_reports_both_sides_does_not_make_it_contested():
    """Fails on the old code ("contested"): one study's contexts differ; the reason says so."""
    config, statements = _config_with({"S1": ("okafor2021", False), "S2": ("okafor2021", True)})
    label, why = evidence_strength(config, statements, _sources("okafor2021"))
    assert label == "limited"
    assert why.endswith("; that study also reports where it did not follow: not contested evidence.")


def test_a_study_on_both_sides_does_not_make_it_contested_beside_others():
    """Fails on the old code ("contested", 2 against 2): only the other study contests it; the study on both sides
    still counts against it being moderate (2 sources against 2 for it)."""
    config, statements = _config_with(
        {"S1": ("okafor2021", False), "S2": ("okafor2021", True), "S3": ("mensah2019", False), "S4": ("lindqvist2020", True)}
    )
    label, why = evidence_strength(config, statements, _sources("okafor2021", "mensah2019", "lindqvist2020"))
    assert label == "limited"
    assert "1 source reports the outcome did not follow" in why and "1 of them also reports where it did not follow" in why


def test_a_study_on_both_sides_still_weighs_against_it_being_strong():
    """Pins: three studies for it, one of them also against it, is moderate, not strong (fewer contradicting sources
    than a third of the supporting ones), as before; trial P's C7 counted a study on both sides through "mortality did
    not change", which only a reviewer's mark can settle."""
    config, statements = _config_with(
        {"S1": ("okafor2021", False), "S2": ("okafor2021", True), "S3": ("mensah2019", False), "S4": ("lindqvist2020", False)}
    )
    sources = {key: SourceStanding(appraisal=Appraisal(rigour="high"), status="included") for key in _keys(statements)}
    label, _ = evidence_strength(config, statements, sources)
    assert label == "moderate"


def _keys(statements: dict[str, Statement]) -> list[str]:
    return list(dict.fromkeys(s.source for s in statements.values()))


def test_another_study_against_it_still_contests_it():
    """Pins: a contradicting source that does not also support it counts against, as before."""
    config, statements = _config_with({"S1": ("okafor2021", False), "S2": ("mensah2019", True)})
    label, why = evidence_strength(config, statements, _sources("okafor2021", "mensah2019"))
    assert label == "contested" and "also reports" not in why


# ---- on the tester's coding sheet ------------------------------------------------------------------------------------

TRIAL_P_SHEET = """
S1 lilleheie2019experiences
C: Older patients on acute medical wards whose discharge date is decided on the ward round without them
M: They feel the decision is made over their heads and that their own knowledge of how they manage at home is not
   wanted
O: Patients feel unprepared and powerless when they leave hospital

S2 lilleheie2019experiences
C: Older patients who are invited by the nurse to say what matters to them about going home
M: They feel listened to and that their own priorities shape the plan
O: Patients feel more prepared and more in control of the move home

S3 murray2019older
C: Older people who want to take part in their care during the move from hospital to home
M: Staff who invite questions and share plans make it legitimate for the older person to speak up and ask
O: Older people take a more active part in their care transition

S4 murray2019older
C: Older people who are very unwell, tired or cognitively impaired during the admission
M: They do not have the energy or capacity to take part, so they hand over involvement to family or staff
O: Older people are not involved in their discharge planning

S5 redwood2023latent
C: Frail older people with delirium or fluctuating confusion on the ward
M: Staff rely on what relatives say instead of the person's own account of how they manage
O: The older person's own voice is lost from the discharge decision

S6 rodakowski2017caregiver
C: Family carers of older adults who are actively brought into discharge planning conversations
M: Carers understand the care plan and feel ready to take on care at home
O: Readmission to hospital is reduced at 90 and 180 days

S7 bauer2009hospital
C: Family carers of frail older people who are not told the discharge date or plan until the last minute
M: Carers feel excluded and unprepared for the care they will need to give
O: Carers are left stressed and the care at home is less secure

S8 gridley2022social
C: Families who disagree with staff about whether their relative should go home or to a care home
M: Families hold out for the option they believe is safest while staff push for a quicker move
O: Discharge is delayed while choices are negotiated

S9 provencher2021understanding
C: Older adults admitted after a fall, with their families, given repeated chances to discuss their concerns from
   admission onwards
M: Two-way communication helps families adjust their expectations of recovery
O: Patients and families feel less stress and frustration at discharge

S10 andreasen2015experience
C: Frail older patients discharged quickly from an acute medical admission without being asked whether they felt ready
M: They feel the system decided for them and that nobody checked they could cope
O: Patients did not feel safe in the first week at home

S11 lilleheie2019experiences
C: Older patients whose families live far away or are not available during the admission
M: With no relative to speak for them, staff make the discharge plan around what services are available
O: Involvement in discharge planning did not happen for these patients

S12 murray2019older
C: Older patients whose families live far away or are not available during the admission
M: With no relative to speak for them, staff make the discharge plan around what services are available
O: Involvement in discharge planning did not happen for these patients

S13 neiterman2015experiences
C: Older adults moving from hospital to the community who were given a say in where and when they went
M: They trust the plan because it reflects their own wishes
O: Older adults did not feel abandoned after discharge

S14 coleman2006care
C: Older adults leaving hospital with several medicines who are given a personal health record and a medication review
M: They understand their medicines and know which warning signs to act on
O: Readmissions at 30 and 90 days are reduced

S15 provencher2021understanding
C: Older adults hospitalised after a fall, and their carers, given tailored written and verbal information in simple
   language
M: They understand their condition and how to manage risks at home
O: Patients and families feel better prepared and more confident at discharge

S16 allen2014quality
C: Older people discharged with a late or incomplete discharge summary sent to the GP
M: Community staff do not know what was changed in hospital, so medicines and follow-up are not continued
O: Medication errors and avoidable readmissions follow

S17 waring2014ethnographic
C: Hospital and community teams that share knowledge informally across organisational boundaries, for example by phone
   between named staff
M: Staff fill gaps the formal discharge letter leaves and trust what they are told
O: Discharges are safer and problems at home are anticipated

S18 waring2014ethnographic
C: Discharges that depend on standard forms passed between the hospital and social care
M: Staff treat the form as the task and important contextual knowledge about the person is not passed on
O: Discharge is not safe even though all the paperwork was completed

S19 redwood2023latent
C: Multidisciplinary teams deciding on discharge for older people living with frailty
M: Information about the person's social, family and functional background is missing or seen as less important than
   clinical information, so uncertainty about risk stays high
O: Staff make risk-averse decisions and discharge is delayed

S20 redwood2023latent
C: Multidisciplinary teams where the social and functional history is gathered and brought into the discussion
M: A fuller picture of the person reduces uncertainty about frailty and risk
O: Risks are managed more constructively and escalation of care is avoided

S21 healthwatch_safely_2015
C: Older people discharged without being told about changes to their medicines or who to contact
M: They do not know what to do when problems arise at home
O: People end up back in hospital

S22 baillie2014care
C: Frail older people moving from acute wards within an integrated health and social care organisation
M: Shared records and joint teams mean staff can see what the other service has done
O: Transitions are smoother and fewer things are missed

S23 coleman2006care
C: Older adults given a personal health record to carry between hospital and community
M: Patients share the record with their GP, but GPs rarely read it
O: Continuity of medication was not improved for patients who did not take the record to appointments

S24 nice2015transition
C: Adults with social care needs discharged from hospital
M: A named discharge coordinator shares the discharge plan with the person, carers and community services on the day
   of discharge
O: Everyone knows what support is in place and the person's care continues

S25 naylor1999comprehensive
C: High-risk older patients with a discharge plan led by an advanced practice nurse from admission to home follow-up
M: Patients and carers have one named clinician who knows them and whom they can call
O: Readmissions are fewer and delayed, and costs are lower

S26 naylor1999comprehensive
C: Older adults leaving hospital with a transition coach or nurse who continues after discharge
M: Continuity with one person gives patients confidence to raise problems early
O: Readmissions are reduced

S27 coleman2006care
C: Older adults leaving hospital with a transition coach or nurse who continues after discharge
M: Continuity with one person gives patients confidence to raise problems early
O: Readmissions are reduced

S28 provencher2021understanding
C: Discharge planning for older adults after a fall where one coordinator manages the process
M: The coordinator holds the whole picture and links services
O: Planning is better coordinated and services are in place on the day of discharge

S29 fox2013effectiveness
C: Acutely ill older adults whose discharge planning starts within 24 hours of admission
M: Needs for support at home are identified early and arranged before the person is medically fit
O: Length of stay is reduced

S30 goncalves-bradley_discharge_2022
C: Older medical inpatients given a structured discharge plan tailored to them
M: Needs for support at home are identified early and arranged before they leave hospital
O: Length of stay is not reduced

S31 goncalves-bradley_discharge_2022
C: Older people admitted with a medical condition who receive a structured discharge plan
M: Planning their care before they leave hospital
O: Mortality did not change

S32 gridley2022social
C: Older people medically ready to leave hospital in areas with a shortage of home care workers
M: Discharge teams cannot find a care package that fits the person's needs and location
O: Older people wait in hospital after they are medically ready

S33 jasinarachchi2009delayed
C: Older adults on care of the elderly wards who need therapy assessment or domiciliary care before going home
M: They wait for assessments and packages while medically fit
O: Delays lead to extra bed days and some patients become unwell again during the delay

S34 gridley2022social
C: Older people whose long-term care needs are assessed on the ward, soon after an acute illness
M: Staff judge the person at their worst and plan for the most care they might need
O: More care or a care home is arranged than the person later needs

S35 nice2015transition
C: Older people whose long-term care needs are assessed on the ward
M: Staff see the person every day and can assess their needs thoroughly before they go
O: The care arranged matches the person's needs

S36 ni_she_undertaking_2018
C: Acute hospitals that identify frailty at the front door and have a frail older person's pathway
M: Staff have role clarity and ongoing education, so they own the pathway
O: The pathway is sustained and outcomes that matter to patients are tracked

S37 ni_she_undertaking_2018
C: Frailty pathways that cross organisational boundaries inside and outside the hospital
M: Each service works to its own targets and nobody owns the whole pathway
O: The pathway is not sustained

S38 healthwatch_safely_2015
C: Hospitals under pressure to free beds
M: Staff feel they must discharge people as soon as they are medically fit, before support is in place
O: People are discharged before they are ready and some are readmitted

S39 baillie2014care
C: Wards where staff time is taken up by bed management and patient flow
M: Discharge becomes a task to complete rather than a process shared with the person
O: Older people and families feel rushed

S40 mabire2018meta
C: Older inpatients discharged home with a nurse-led discharge planning intervention
M: Nurses plan care with the person and arrange follow-up
O: Readmission rates were not significantly reduced

S41 andreasen2015experience
C: Frail older people in their first week at home after an acute admission
M: Tiredness and worry about coping alone leave them feeling unsafe
O: Daily life is a struggle and well-being is low

S42 andreasen2015experience
C: Less frail older people in their first week at home
M: They have the physical reserve to manage daily life themselves
O: The transition home is experienced as manageable

S43 williams2022early
C: Older medical inpatients offered early supported discharge with a therapy team at home
M: Rehabilitation in their own surroundings feels meaningful and they regain confidence
O: They recover function at home and prefer it to staying in hospital

S44 williams2022early
C: Older adults with no carer at home offered early supported discharge
M: They do not feel safe alone between therapy visits
O: Early supported discharge was not acceptable to them

S45 naylor1999comprehensive
C: Older patients receiving home visits and telephone follow-up from the same nurse after discharge
M: They feel reassured and problems are picked up early
O: Readmissions are reduced

S46 goncalves-bradley_discharge_2022
C: Older people receiving follow-up telephone calls from ward staff after discharge
M: The calls are brief and patients with memory problems cannot recall the advice
O: Readmissions were not reduced

S47 neiterman2015experiences
C: Older adults who return home alone after hospital
M: They feel isolated and unsure who to ask for help
O: Loneliness and anxiety after discharge

S48 coleman2006care
C: Older adults coached to manage their own symptoms after discharge
M: They feel able to recognise red flags and act early
O: They self-manage and readmission falls

S49 provencher2021understanding
C: Older adults discharged after a fall given individually tailored falls prevention education
M: They understand how to balance risk and activity at home
O: They have a better sense of control and fewer falls after discharge

S50 williams2022early
C: Older adults with an early supported discharge team in rural areas
M: Therapy visits are too infrequent because of travel times
O: Function did not improve
"""
"""The tester's coding sheet (coding-sheet-v3-FINAL.csv) as the review numbered it: each statement its id and source,
then its context, mechanism and outcome (a line that goes on is indented)."""


def _trial_p_statements() -> list[Statement]:
    statements = []
    for block in TRIAL_P_SHEET.strip().split("\n\n"):
        head, *rest = block.splitlines()
        sid, source = head.split()
        fields, tag = {"C": "", "M": "", "O": ""}, "C"
        for line in rest:
            if line.startswith("   "):
                fields[tag] += " " + line.strip()
            else:
                tag, fields[line[0]] = line[0], line[3:]
        statements.append(_st(sid, fields["C"], fields["M"], fields["O"], source=source))
    return statements


@pytest.fixture(scope="module")
def trial_p():
    """The statements and the review's own rule for "about the same" (hybrid, its corpus threshold), as refine had them."""
    from cmo.synthesis.backends import build_index
    from cmo.synthesis.merge import NeighbourGraph, _AboutSame, corpus_threshold

    statements = _trial_p_statements()
    index = build_index(statements, backend="hybrid", model="minilm-int8")
    threshold = corpus_threshold(index, NeighbourGraph.build(index))
    rule = _AboutSame(statements, {s.id: i for i, s in enumerate(statements)}, "hybrid", threshold, "minilm-int8")
    return {s.id: s for s in statements}, rule


@pytest.mark.parametrize(
    "members, against",
    [
        (["S1", "S2", "S10", "S13"], []),  # C1: S10 "without being asked … nobody checked" was flagged
        (["S3", "S4", "S5", "S11", "S12"], []),  # C2, worded from "no relative to speak for them": S4 was flagged
        (["S36", "S37"], []),  # C10: S37 "nobody owns the whole pathway → not sustained" was flagged: "contested"
        (["S45", "S46", "S48"], []),  # C13: S46 "patients cannot recall the advice → not reduced" was flagged
        (["S25", "S26", "S27", "S29", "S30", "S31", "S40"], ["S30", "S40"]),  # C7: the mechanism present, still against
        (["S43", "S44", "S50"], ["S50"]),  # C12: "visits too infrequent → function did not improve", still against
    ],
)
def test_trial_p_converse_members_are_not_flagged(trial_p, members, against):
    """Fails on the old code for C1, C2, C10 and C13 (it flagged S10, S4, S37 and S46, the tester's refine1.txt); pins
    C7 and C12, whose flags have the mechanism present."""
    statements, rule = trial_p
    assert proposed_against(members, statements, rule) == against


def test_trial_p_key_contexts_of_c1_leave_out_where_it_did_not_hold(trial_p):
    """Fails on the old code: C1 as the tester had it (C15 merged in, S3 attached, S10 marked supporting) listed "whose
    discharge date is decided on the ward round without them" and "discharged quickly … without being asked" as key."""
    statements, _ = trial_p
    statements = {**statements, "S10": statements["S10"].model_copy(update={"stance": {"C1": "supporting"}})}
    s2 = statements["S2"]
    config = Configuration(
        id="C1", statements=["S1", "S2", "S3", "S9", "S10", "S13"], context=s2.context, mechanism=s2.mechanism, outcome=s2.outcome
    )
    assert supporting_contexts(config, statements) == [statements[sid].context for sid in ("S2", "S3", "S9", "S13")]


def test_trial_p_c12_from_one_study_is_not_contested(trial_p):
    """Fails on the old code ("contested: Supporting: Williams et al. 2022. Contradicting: Williams et al. 2022")."""
    statements, _ = trial_p
    config = Configuration(id="C12", statements=["S43", "S44", "S50"], contradicting=["S50"])
    label, why = evidence_strength(config, statements, _sources("williams2022early"))
    assert label == "limited" and "that study also reports where it did not follow: not contested evidence" in why
