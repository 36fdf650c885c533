"""Session 45, trial LS: sentences refine wrote that nobody could publish, each a general rule tested on topics other
than the trials' (renal care, school sport, paramedics, dental care).

1. A word that is a verb and an adjective after a plural noun for people, with a singular noun that is no verb form
   after it as its object ("teachers present homework as a chore"), is their verb: no adjective after a noun takes a
   bare noun after it.
2. A word joined by a hyphen that the lexicon does not list has the number of its last part where the lexicon knows it
   ("a post-diagnosis service" is one service, not plural people and their verb).
3. A ratio that opens a part ("one in five", "2 out of 3") stands for those it counts, as "some" does.
4. Two verbs joined bare share what follows: no title is cut between them and it; a title is cut before an arrow, never
   after one.
5. One person's next verb, after the clause they are the subject of, goes on after ", and so".
6. A context that is a participle phrase ("embedded in the surgery team", "living alone") is said after "When"; an
   outcome that opens with a past form and nothing for it to describe ("died in their preferred place") is no noun
   phrase."""

from __future__ import annotations

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.wording import (
    as_earlier_versions_worded,
    cmo_sentence,
    context_frame,
    framed_as_a_statement,
    outcome_form,
    short_title,
    title_for,
)

# --- 1: a verb that is an adjective too, after people, with a mass noun as its object -----------------------------------


@pytest.mark.parametrize(
    "mechanism",
    [
        "teachers present homework as a chore",
        "pharmacists present deprescribing as routine",
        "youth workers present volunteering as a route into work",
    ],
)
def test_people_and_a_verb_that_is_an_adjective_too_before_its_object_are_a_clause(mechanism):
    """Trial BU read "clinicians present dialysis as the default … means that patients feel…": "present" an adjective."""
    sentence = cmo_sentence("secondary schools", mechanism, "pupils disengage")
    assert f", {mechanism}, so pupils disengage." in sentence, sentence
    assert "means that" not in sentence


@pytest.mark.parametrize("mechanism", ["nurses present", "pupils present in class"])
def test_people_and_an_adjective_with_no_object_after_it_are_no_clause(mechanism):
    """The adjective after people ("the nurses present") is still read as one: no noun follows it."""
    assert outcome_form(mechanism) != "clause"


# --- 2: a hyphenated word has its last part's number ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "context",
    ["a memory clinic in a post-diagnosis service", "a drop-in in a pre-diabetes programme", "an anti-stigma campaign"],
)
def test_a_hyphenated_word_ending_in_a_singular_is_no_plural_subject(context):
    """Trial BU read "Where a nurse-led options clinic in a pre-dialysis service, …": "service" the verb of plural
    "pre-dialysis"."""
    assert not framed_as_a_statement(context)
    assert cmo_sentence(context, "nurses phone each family", "families feel less alone").startswith(f"In {context}, ")


@pytest.mark.parametrize("context", ["co-workers cover the night shifts", "care-leavers move out at eighteen"])
def test_a_hyphenated_plural_is_still_a_subject(context):
    assert framed_as_a_statement(context)
    assert cmo_sentence(context, "managers step in", "fewer shifts go unfilled").startswith(f"Where {context}, ")


# --- 3: a ratio stands for those it counts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "outcome",
    ["one in five missed their check-up", "one in three children had a filling", "2 out of 3 were seen within a week"],
)
def test_a_ratio_and_its_verb_are_a_clause(outcome):
    """Trial BU read "…, with this outcome: one in four had no information"."""
    assert outcome_form(outcome) == "clause"
    assert cmo_sentence("rural practices", "the dental van comes once a term", outcome).endswith(f", so {outcome}.")


def test_a_ratio_and_what_it_counts_alone_are_a_noun_phrase():
    assert cmo_sentence("rural practices", "the dental van comes once a term", "one in five children with decay").endswith(
        ", which leads to one in five children with decay."
    )


@pytest.mark.parametrize("outcome", ["one-to-one support in school", "one in a hundred"])
def test_no_ratio_of_two_counts_is_no_ratio(outcome):
    assert outcome_form(outcome) != "clause"


def test_configs_show_words_a_ratio_and_a_hyphenated_place_plainly(tmp_path):
    review = review_from_rows(
        tmp_path,
        [
            (
                "Lee2022",
                "a fluoride clinic in a pre-school service",
                "dental nurses present brushing as a game",
                "one in four had fewer caries",
            )
        ],
    )
    assert cmo_run("refine", "--by", "RT", cwd=review).returncode in (0, 1)
    shown = cmo_run("configs", "show", "C1", cwd=review).stdout
    expected = (
        "In a fluoride clinic in a pre-school service, dental nurses present brushing as a game, so one in four had fewer caries."
    )
    assert expected in shown, shown


# --- 4: two verbs joined bare share what follows; a title never ends on a joining sign --------------------------------


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        (
            "a named carer such as a key worker books and explains the referral → the resident sees it as routine",
            "A named carer such as a key worker books and explains the referral",
        ),
        (
            "the pharmacist knows and has good working relationships with local GP practices → quick fixes to prescriptions",
            "The pharmacist knows and has good working relationships with local GP practices",
        ),
    ],
)
def test_a_title_keeps_what_two_verbs_joined_bare_share(mechanism, title):
    """Trial BY's titles read "A trusted adult such as a form tutor makes", "Link worker knows and has relationships"."""
    assert title_for("care homes", mechanism, "more residents attend") == title


def test_a_verb_with_its_own_object_before_and_may_still_be_cut_after():
    """ "visits the home | and phones each family…": the first verb has its object, so a cut after it is whole."""
    mechanism = "the falls nurse visits the home and phones each family in the week after a fall to agree a plan"
    assert short_title(mechanism) == "The falls nurse visits the home and phones each family"


def test_a_title_never_ends_on_an_arrow():
    """Trial BY's title read "Attendance at sport sessions →"."""
    title = title_for("care homes", "attendance at falls classes → (no change detected)", "no change in falls at 12 months")
    assert not title.endswith("→") and title.startswith("Attendance at falls classes")


def test_a_short_title_with_an_arrow_stays_whole():
    mechanism = "continuity of the same key worker → trust builds over time"
    assert (
        title_for("care homes", mechanism, "residents stay engaged")
        == "Continuity of the same key worker → trust builds over time"
    )


# --- 5: one person's next verb after their clause -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mechanism", "outcome"),
    [
        ("resident feels listened to and safe", "attends or rebooks every class"),
        ("the resident feels judged", "drops out of the class"),
        ("the carer feels overwhelmed", "refuses the respite offer"),
    ],
)
def test_one_persons_next_verb_goes_on_from_their_clause(mechanism, outcome):
    """Trial BY read "…, young person feels fobbed off and dismissed, which leads to refuses or disengages from…"."""
    sentence = cmo_sentence("older people after a fall", mechanism, outcome)
    assert sentence.endswith(f", {mechanism}, and so {outcome}."), sentence


@pytest.mark.parametrize(
    ("mechanism", "outcome", "joined"),
    [
        ("the pharmacist visits at home", "reduces loneliness", ", which reduces loneliness."),  # a change: the visit's
        ("she trusts the pharmacist", "completes treatment", ", so she completes treatment."),  # "she" is named again
        ("residents feel judged", "drop out of the class", ", so they drop out of the class."),  # people, not one person
        (
            "the pharmacist visits at home",
            "reduces and simplifies their medicines",
            ", which reduces and simplifies their medicines.",
        ),
    ],
)
def test_a_change_or_a_pronoun_or_people_keep_their_joins(mechanism, outcome, joined):
    assert cmo_sentence("older people after a fall", mechanism, outcome).endswith(joined)


# --- 6: a context that is a participle phrase is said after "When"; an outcome that is one is no noun phrase ----------


@pytest.mark.parametrize(
    "context",
    [
        "supporting a partner with dementia",
        "living alone after a stroke",
        "embedded in the surgery team",
        "discharged from hospital at night",
    ],
)
def test_a_participle_phrase_context_opens_with_when(context):
    """Trial BT read "In embedded in primary care team, …"."""
    assert context_frame(context) == "When "
    assert cmo_sentence(context, "staff feel stretched", "more falls").startswith(f"When {context}, ")


@pytest.mark.parametrize(
    "context",
    [
        "nursing homes in the north",  # a participle that describes its noun
        "integrated care teams",
        "waiting lists over a year",
        "following discharge from hospital",  # a preposition in -ing opens the context itself
        "training in de-escalation",  # a noun in -ing before its preposition
        "funding from the local authority",
    ],
)
def test_a_participle_that_describes_a_noun_keeps_its_frame(context):
    assert context_frame(context) != "When "
    assert not cmo_sentence(context, "staff feel stretched", "more falls").startswith("When ")


@pytest.mark.parametrize("outcome", ["died in their preferred place", "admitted within a week"])
def test_a_participle_outcome_is_no_noun_phrase(outcome):
    """Trial BT read "reassurance (family) leads to died in preferred place"."""
    assert outcome_form(outcome) != "noun phrase"
    assert "leads to" not in cmo_sentence("care homes", "reassurance from family", outcome)


@pytest.mark.parametrize("outcome", ["improved adherence", "reduced admissions"])
def test_a_participle_before_its_noun_is_still_a_noun_phrase(outcome):
    assert outcome_form(outcome) == "noun phrase"


def test_a_title_cut_before_an_arrow_keeps_no_bracketed_filler():
    """ "attendance at falls classes → (no change detected)": the clause ends at its arrow."""
    title = title_for("care homes", "attendance at falls classes → (no change detected)", "no change in falls at 12 months")
    assert title == "Attendance at falls classes"


def test_people_and_an_adjective_before_a_code_name_are_no_clause():
    """ "older people minor illness": "minor" has no preposition after its noun, so it is no verb."""
    assert not framed_as_a_statement("older people minor illness")


def test_a_participle_phrase_and_the_clause_after_its_comma_are_a_clause():
    assert outcome_form("discharged early, patients are readmitted") == "clause"


def test_an_answer_sheet_made_before_when_still_reads_as_the_templates_words():
    sentence = cmo_sentence("embedded in the surgery team", "staff feel stretched", "more falls")
    earlier = "In embedded in the surgery team, staff feel stretched, which leads to more falls."
    assert as_earlier_versions_worded(sentence) == earlier
