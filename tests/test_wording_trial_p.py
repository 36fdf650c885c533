"""Trial P (hospital discharge of older people living with frailty): sentences whose outcome opens with a quantifier or
holds an aside, titles cut inside a list, a comparison or before a verb's object, and drawings whose boxes dropped what
turned a harm into a benefit. Each rule is tested on the trial's sentences and on sentences from other topics."""

from __future__ import annotations

import pytest

from cmo.outputs.theory import programme_theory
from cmo.synthesis.wording import cmo_sentence, short_title

# ---- an outcome that is a clause follows "so", whatever opens it ---------------------------------------------------


@pytest.mark.parametrize(
    "outcome, joined",
    [
        ("Some are readmitted within days", "so some are readmitted"),  # trial P
        ("Most feel safer at home", "so most feel safer"),
        ("Several reported feeling less alone", "so several reported feeling"),
        ("More care, or a care home, is arranged than the person later needs", "so more care, or a care home, is"),  # trial P
        ("Care, when it finally comes, is too late to help", "so care, when it finally comes"),
        ("Pupils, and their parents, are more willing to ask", "so pupils, and their parents"),
    ],
)
def test_an_outcome_whose_subject_is_a_quantifier_or_holds_an_aside_is_a_clause(outcome, joined):
    sentence = cmo_sentence("", "They feel abandoned", outcome)
    assert f"abandoned, {joined}" in sentence and "which leads to" not in sentence


@pytest.mark.parametrize(
    "outcome",
    [
        "Some improvement in mobility",
        "Some trained staff",
        "All staff",
        "Fewer falls, and fewer admissions",
        "Most care packages",
    ],
)
def test_a_quantifier_before_a_noun_is_still_a_noun_phrase(outcome):
    assert "abandoned, so " not in cmo_sentence("", "They feel abandoned", outcome)


# ---- titles cut at a phrase, never inside one ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "mechanism, title",
    [
        # trial P: a comma inside a list was taken for the end of a clause
        (
            "Information about the person's social, family and functional background is missing or seen as less important "
            "than clinical information, so uncertainty about risk stays high",
            "Information about the person's social, family and functional background is missing",
        ),
        (
            "Teachers with no time, no training or no supervision feel unable to respond to pupils in distress at school",
            "Teachers with no time, no training or no supervision feel unable to respond",  # a phrase ends (WD)
        ),
        # trial P: "which" after a verb is its object, not a relative clause
        (
            "They understand their medicines and know which warning signs to act on",
            "They understand their medicines and know which warning signs to act on",
        ),
        (
            "Parents decide which school nurse to approach, so they ask for help sooner",
            "Parents decide which school nurse to approach",
        ),
        # trial P: "as soon | as" and "more … | than" are one phrase each
        (
            "Staff feel they must discharge people as soon as they are medically fit, before support is in place",
            "Staff feel they must discharge people",
        ),
    ],
)
def test_a_title_is_cut_at_a_phrase_never_inside_a_list_a_comparison_or_a_verbs_object(mechanism, title):
    assert short_title(mechanism) == title


def test_a_comparison_keeps_its_than_where_a_cut_would_fall_on_it():
    text = "Volunteers who are paid a stipend stay longer in post than those who work for recognition alone in rural areas"
    assert "than" not in short_title(text).split()[-1:]
    assert not short_title(text).endswith("longer in post")


# ---- a drawing says an outcome whole, and marks a context it shortened ----------------------------------------------


def test_a_drawing_never_cuts_an_outcome_and_marks_a_shortened_context():
    theory = programme_theory(
        "Discharge",
        [
            (
                "C9",
                "Older people whose long-term needs are assessed on the ward during an acute illness, before they recover",
                "Staff judge the person at their worst",
                "More care, or a care home, is arranged than the person later needs",
                "moderate",
            )
        ],
    )
    outcome = next(p for p in theory.parts if p.layer == "outcome")
    context = next(p for p in theory.parts if p.layer == "context")
    assert outcome.text == "More care, or a care home, is arranged than the person later needs"
    assert context.text.endswith(" …") and context.whole.endswith("before they recover")
    svg = theory.svg()
    assert (
        "<title>Older people whose long-term needs are assessed on the ward during an acute illness, before they recover" in svg
    )


# ---- a title names who "they" are ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "context, mechanism, title",
    [
        ("Older patients whose discharge date is decided without them", "They feel unsafe going home", "Older patients feel"),
        ("Family carers of older adults", "They feel listened to", "Family carers feel"),
        ("Teachers trained in mental health first aid", "They feel confident to ask", "Teachers feel"),
        ("Community health workers recruited locally", "They are trusted by households", "Community health workers are"),
        ("Pharmacists in community pharmacies", "They spot problems early", "Pharmacists spot"),
        # no person opens the context: "They" stays, rather than a title about a service or a place
        ("Services that close at five", "They cannot get help", "They cannot"),
        ("Nurse-led clinics", "They attend", "They attend"),
        ("When discharge is rushed", "They feel abandoned", "They feel"),
        ("A single nurse coordinating care", "They feel safe", "They feel"),
    ],
)
def test_a_title_that_would_open_with_they_names_who_they_are(context, mechanism, title):
    from cmo.synthesis.wording import title_for

    assert title_for(context, mechanism, "").startswith(title)


@pytest.mark.parametrize(
    "context, opening",
    [
        ("High school teachers given a Mental Health First Aid course", "For high school teachers given"),  # trial Q
        ("Teachers able to collaborate with other professionals", "For teachers able to"),
        ("Students already at risk of mental health problems", "For students already at risk"),
        ("Older people eligible for reablement", "For older people eligible"),
        ("Patients unable to read the leaflet", "For patients unable"),
        # a place, a service, a programme or a condition stays "in"
        ("Schools with a named contact in CAMHS", "In schools with"),
        ("Staff peer support service not well publicised", "In staff peer support service"),
        ("Universal mindfulness lessons taught by schoolteachers", "Where universal mindfulness lessons are taught"),
    ],
)
def test_a_context_that_opens_with_people_is_for_them(context, opening):
    assert cmo_sentence(context, "they feel heard", "they stay").startswith(opening + " ")
