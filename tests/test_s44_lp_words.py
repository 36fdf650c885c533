"""Session 44, trial LP: left-over wording faults, each a general rule tested on topics other than the trials'.

1. A participle of giving after a word that may be a plural noun ("ward teams given discharge coaching") describes
   those it was given to: no clause's verb with an object after it, and the context is for them ("For …").
2. What a word of quantity counts in the phrase that describes a context's people ("women with little family support
   nearby") is a resource, not the people's verb, where at most an adjective follows it.
3. A part's first word that the lexicon does not list and the review never writes in lower case is a name, unless it
   is a noun for one person before its verb ("Receptionist books the interpreter"): lowered mid-sentence.
4. "Cut" and "halved" give a direction down (as "fell" does) and lessen a harm; a word of change spelt as a noun that a
   quantity counts or a verb of change follows is the thing ("fewer falls", "falls rose")."""

from __future__ import annotations

import json

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.wording import cmo_sentence, context_frame, framed_as_a_statement

# --- 1: a participle of giving after a plural noun describes it -------------------------------------------------------


@pytest.mark.parametrize(
    "context",
    [
        "youth clubs given a grant for a part-time worker",
        "school nurses given asthma training",
        "practice teams given protected time",
    ],
)
def test_a_plural_given_something_is_whom_the_context_is_for(context):
    """ "Where ward teams given discharge coaching, …" (trial BC): "teams" was read as a verb."""
    assert not framed_as_a_statement(context)
    assert context_frame(context) == "For "
    sentence = cmo_sentence(context, "staff feel able to act", "fewer referrals are refused")
    assert sentence.startswith(f"For {context}, ")


@pytest.mark.parametrize(
    "context",
    ["outreach teams give advice by phone", "staff turnover is high", "mental health teams run short of staff"],
)
def test_a_contexts_own_verb_still_makes_it_a_statement(context):
    assert framed_as_a_statement(context)
    assert cmo_sentence(context, "staff feel able to act", "fewer referrals are refused").startswith(f"Where {context}, ")


def test_a_place_after_an_article_given_something_stays_a_place():
    """Only a bare plural opens whom something was given to; "the wards given extra staff" is a place."""
    assert context_frame("the wards given extra staff") == "In "


@pytest.mark.parametrize("context", ["rent arrears paid late", "travel costs paid by the trust"])
def test_a_plural_paid_with_nothing_after_it_is_what_was_paid_not_whom(context):
    assert context_frame(context) == "In "


def test_configs_show_words_a_plural_given_something_as_for_them(tmp_path):
    review = review_from_rows(
        tmp_path,
        [
            ("Hart2020", "youth clubs given a grant for a part-time worker", "young people feel welcome", "more return"),
        ],
    )
    assert cmo_run("refine", "--by", "RT", cwd=review).returncode in (0, 1)
    shown = cmo_run("configs", "show", "C1", cwd=review)
    assert "For youth clubs given a grant for a part-time worker, " in shown.stdout, shown.stdout


# --- 2: what a quantity counts in the people's phrase is a noun ---------------------------------------------------------


@pytest.mark.parametrize(
    "context",
    ["young carers with no respite care available", "older farmers with little veterinary support nearby"],
)
def test_what_a_quantity_counts_in_the_peoples_phrase_is_no_verb(context):
    """ "Where low-income women with little family support nearby, …" (trial BC): "support" was read as their verb."""
    assert not framed_as_a_statement(context)
    assert cmo_sentence(context, "they feel alone", "fewer visits are kept").startswith(f"For {context}, ")


@pytest.mark.parametrize(
    "context",
    [
        "patients with no carer struggle to attend",  # a verb with more after it
        "carers with little support feel alone",  # a linking verb before its adjective
        "carers with little support stay isolated",
    ],
)
def test_a_verb_after_what_a_quantity_counts_is_still_the_peoples(context):
    assert framed_as_a_statement(context)
    assert cmo_sentence(context, "they feel alone", "fewer visits are kept").startswith(f"Where {context}, ")


def test_a_state_said_without_its_is_still_reads_with():
    assert cmo_sentence("pressure on beds high", "staff rush discharges", "readmissions rise").startswith(
        "With pressure on beds high, "
    )


# --- 4: "cut" and "halved" are falls, and a word of change spelt as a noun is the thing ----------------------------------


@pytest.mark.parametrize(
    "outcome, thing, sign",
    [
        ("hospital admissions cut by a third", "admiss", -1),
        ("waiting lists halved", "list", -1),
        ("prescribing costs doubled", "cost", 1),
        ("falls were halved", "fall", -1),
        ("falls rose", "fall", 1),
        ("more falls", "fall", 1),
        ("fewer drops in blood pressure", "drop", -1),
    ],
)
def test_cut_and_halved_say_the_thing_went_down(outcome, thing, sign):
    from cmo.synthesis.evidence import outcome_directions

    assert outcome_directions(outcome) == {thing: sign}


def test_a_halved_thing_points_the_other_way_from_one_that_rose():
    from cmo.synthesis.evidence import point_opposite_ways, reports_harm

    assert point_opposite_ways("emergency readmissions halved", "emergency readmissions rose")
    assert point_opposite_ways("pressure ulcers cut by a third", "pressure ulcers increased")
    assert not point_opposite_ways("pressure ulcers cut by a third", "pressure ulcers fell")
    assert not reports_harm("readmissions cut by a third") and not reports_harm("abuse halved")
    assert reports_harm("staff cut corners and errors rose")  # "cut" with its own object lessens no harm after it


def test_a_member_whose_outcome_rose_where_the_others_were_halved_or_cut_contradicts(tmp_path):
    rows = [
        ("Ames2019", "libraries with a homework club", "pupils feel someone checks on them", "truancy halved"),
        ("Berg2020", "libraries with a homework club", "pupils feel someone checks on them", "truancy cut by a third"),
        ("Cruz2021", "libraries with a homework club", "pupils feel someone checks on them", "truancy cut by half"),
        ("Diaz2022", "libraries with a homework club", "pupils feel someone checks on them", "truancy rose"),
    ]
    review = review_from_rows(tmp_path, rows)
    assert cmo_run("refine", "--by", "RT", cwd=review).returncode in (0, 1)
    ids = [c["id"] for c in json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)]
    if len(ids) > 1:
        assert cmo_run("configs", "merge", *ids, "--by", "RT", cwd=review).returncode == 0
        assert cmo_run("refine", "--by", "RT", cwd=review).returncode in (0, 1)
    shown = cmo_run("configs", "show", ids[0], cwd=review).stdout
    assert "contradicting sources: Diaz2022" in shown, shown


# --- 3: a noun for one person before its verb, capitalised as a part's first word, is no name ---------------------------


def test_a_persons_noun_before_its_verb_is_lowered_mid_sentence_and_a_places_name_is_not(tmp_path):
    """ "Where Receptionist books the interpreter, …" (trial BC): a word the lexicon does not list, never written in
    lower case, was kept as a name; one person's noun before its verb is the coder's telegraphic "the pharmacist…"."""
    rows = [
        ("Ames2019", "Pharmacist reviews the repeat list", "Patients trust the change", "fewer repeat items are issued"),
        ("Berg2020", "Doncaster practices with a link worker", "GPs learn what groups exist", "walking group referrals rise"),
    ]
    review = review_from_rows(tmp_path, rows)
    assert cmo_run("refine", "--by", "RT", cwd=review).returncode in (0, 1)
    listed = cmo_run("configs", "list", cwd=review).stdout
    assert "Where pharmacist reviews the repeat list, " in listed, listed
    assert "In Doncaster practices with a link worker, " in listed, listed
