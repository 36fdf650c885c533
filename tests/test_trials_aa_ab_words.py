"""Trials AA (hospital discharge and homelessness) and AB (community health workers and hypertension): what the reference
group read. Sentences with no verb ("…, early identification of homelessness on admission and a link to housing
options, which leads to improved discharge outcomes."), outcomes misread as noun phrases ("which leads to systolic blood
pressure fell more…"), a place read as a condition ("With peri-urban township of Khayelitsha…"), a name's word kept
capitalised alone ("…, Insurance removes…", "In Rural Eastern Cape Province"), titles cut mid-phrase ("…people are not
handed", "Community health workers screen") or opening with "They"; and `round close --check` saying "Nothing to look
at first" of a five-source configuration worded "admitted to two large inner-city hospitals", one study's sites.

Each rule is tested alone, with sentences from other topics (maternity, diabetes, schools, prisons)."""

from __future__ import annotations

import pytest
from sheet_reviews import coded_pair

from cmo.synthesis.wording import cmo_sentence, names_from, title_for

# ---- (a) a mechanism coded as a noun phrase is the subject of a verb ------------------------------------------------


@pytest.mark.parametrize(
    "context, mechanism, outcome, said",
    [
        (  # a noun phrase outcome: "leads to", plural where two are joined by "and a…"
            "antenatal clinics in rural districts",
            "a named midwife for the whole pregnancy and a phone number to call",
            "fewer missed appointments",
            "In antenatal clinics in rural districts, a named midwife for the whole pregnancy and a phone number to call "
            "lead to fewer missed appointments.",
        ),
        (  # a clause: "means that"
            "prisoners on short sentences",
            "a mentor who meets them at the gate",
            "they keep their first probation appointment",
            "For prisoners on short sentences, a mentor who meets them at the gate means that they keep their first "
            "probation appointment.",
        ),
        (  # a gerund's phrase, singular; "watched by" is a participle, no verb
            "pupils with type 1 diabetes",
            "feeling watched by classmates",
            "pupils skip insulin doses at school",
            "For pupils with type 1 diabetes, feeling watched by classmates means that pupils skip insulin doses at school.",
        ),
        (  # two nouns joined before what describes them agree as a plural
            "secondary schools",
            "no school nurse and staff without first-aid training",
            "pupils with asthma are sent home",
            "In secondary schools, no school nurse and staff without first-aid training mean that pupils with asthma are "
            "sent home.",
        ),
        (  # a compound made with hyphens is one noun
            "women with diabetes in pregnancy",
            "a midwife- and doctor-led clinic",
            "better glucose control",
            "For women with diabetes in pregnancy, a midwife- and doctor-led clinic leads to better glucose control.",
        ),
        (  # what may be either: "has this outcome:"
            "women with gestational diabetes",
            "continuity of carer across pregnancy and birth",
            "consistently safe care transfers for women",
            "For women with gestational diabetes, continuity of carer across pregnancy and birth has this outcome: "
            "consistently safe care transfers for women.",
        ),
        (  # an aside at the end of the phrase is closed by a comma
            "women invited for cervical screening",
            "a leaflet alone, without a follow-up call",
            "few women book a test",
            "For women invited for cervical screening, a leaflet alone, without a follow-up call, means that few women "
            "book a test.",
        ),
    ],
)
def test_a_noun_phrase_mechanism_is_the_subject_of_a_verb(context, mechanism, outcome, said):
    assert cmo_sentence(context, mechanism, outcome) == said


def test_help_with_two_things_is_one_help():
    said = cmo_sentence(
        "families in temporary accommodation", "help with housing and benefits before the birth", "fewer missed appointments"
    )
    assert said.endswith("before the birth leads to fewer missed appointments.")


@pytest.mark.parametrize(
    "mechanism",
    [
        "community midwives visit homes",  # a clause keeps its comma frame
        "some look for new sources of help, including remote support, and feel able to cope",  # "feel" is only a verb
        "doubted that a mentor could help",  # a verb phrase coded without its subject
    ],
)
def test_a_clause_or_a_verb_phrase_keeps_its_frame(mechanism):
    assert ", which leads to fewer missed appointments." in cmo_sentence("", mechanism, "fewer missed appointments")


# ---- (b) outcomes that are clauses -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "outcome",
    [
        "HbA1c fell more than in the usual-care group",  # a past form with how much it changed
        "women with gestational diabetes return to their GP for a glucose test",  # agrees with "women", not "diabetes"
        "length of stay falls",  # the measure of something, then a verb of change
        "length of stay changes (shorter for planned births)",
    ],
)
def test_an_outcome_with_its_verb_follows_so(outcome):
    assert (
        cmo_sentence("", "diabetes nurses phone patients weekly", outcome)
        == f"Diabetes nurses phone patients weekly, so {outcome}."
    )


@pytest.mark.parametrize("outcome", ["a lower risk of falls", "a link to school counselling services"])
def test_a_noun_phrase_ending_in_a_phrase_s_object_leads_to(outcome):
    said = cmo_sentence("", "teachers refer worried pupils", outcome)
    assert said == f"Teachers refer worried pupils, which leads to {outcome}."


# ---- (c) where, and names ---------------------------------------------------------------------------------------


def test_a_place_named_after_of_is_in_it_whatever_its_ending():
    assert cmo_sentence("the township of Soweto", "community midwives visit homes", "more women book early").startswith(
        "In the township of Soweto, "
    )
    said = cmo_sentence("a trusting relationship with a named midwife", "women disclose abuse", "earlier referral")
    assert said.startswith("With a trusting relationship")  # a relation is still a condition


def test_a_word_of_a_longer_name_alone_is_a_common_word():
    """ "the National Probation Service" makes "Probation" no name where it stands alone, as the review writes it."""
    with names_from(["They miss their first probation appointment."]):
        said = cmo_sentence(
            "men supervised by the National Probation Service", "Probation officers meet them at the gate", "they stay"
        )
    assert "Service, probation officers meet them" in said
    with names_from(["Clinics in Kisumu West."]):  # a name nobody writes in lower case stays one
        assert cmo_sentence("Kisumu volunteers", "volunteers visit", "more attend").startswith("For Kisumu volunteers")


def test_a_capital_only_at_the_start_of_a_part_is_lowered_where_the_texts_write_it_so():
    with names_from(["Clinics in the rural north of Ghana.", "Women of South Asian heritage."]):
        said = cmo_sentence("Rural Northern Region", "community midwives visit homes", "more women give birth in a facility")
        assert said.startswith("In rural Northern Region, ")
        said = cmo_sentence("South Asian women in Leeds", "community midwives visit homes", "more women give birth in a facility")
        assert said.startswith("For South Asian women in Leeds, ")


# ---- (d) titles ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "mechanism, title",
    [
        # a comma that lists the clause's verbs ends no clause, however long each item is
        (
            "community school nurses screen, take a first blood sample and refer",
            "Community school nurses screen, take a first blood sample and refer",
        ),
        # a cut never lists two of three verbs: it cuts before the list
        (
            "the prison healthcare team meets new arrivals, checks their medicines and books follow-up appointments with "
            "the GP before release",
            "The prison healthcare team meets new arrivals",
        ),
        # a verb's particle is no phrase begun
        (
            "the care of pupils with diabetes is not handed over when they leave primary school for secondary school",
            "The care of pupils with diabetes is not handed over",
        ),
        # a preposition before a comma ends its clause
        (
            "young people are placed with foster carers they have no connection with, rather than with relatives they "
            "already know",
            "Young people are placed with foster carers they have no connection with",
        ),
        # "without…" qualifies what it follows: both or neither
        (
            "a printed invitation letter alone, without a follow-up call",
            "A printed invitation letter alone, without a follow-up call",
        ),
    ],
)
def test_a_title_ends_where_its_phrase_does(mechanism, title):
    assert title_for("", mechanism, "they stay") == title


def test_a_title_names_who_they_are_from_a_context_written_in_lower_case():
    title = title_for(
        "prisoners released on a Friday", "they cannot reach the housing office before it closes", "they sleep rough"
    )
    assert title == "Prisoners cannot reach the housing office before it closes"


# ---- (e) round close --check names one study's counted sites ----------------------------------------------------


def test_counted_places_are_a_number_after_a_preposition_of_place():
    from cmo.synthesis.wording import counted_places

    text = "Older people in three rural general practices across 12 London boroughs, seen every three months"
    assert counted_places(text) == ["three rural general practices", "12 London boroughs"]


def _review(cmo, tmp_path, context_one: str, context_two: str):
    rest = ",Link workers who listen without hurry help older people trust them,Older people join community groups"
    assert len(coded_pair(cmo, tmp_path, context_one + rest, context_two + rest)) == 1


def test_round_close_check_names_one_study_s_counted_sites(cmo, tmp_path):
    _review(cmo, tmp_path, "Older people registered in three rural general practices", "Older people in general practice")
    config = cmo.json("configs", "list")[0]
    assert "three rural general practices" in config["context"]
    said = cmo("round", "close", "--check", code=1).stderr
    assert f"{config['id']} goes to the group in one of its 2 sources' words, naming 'three rural general practices'" in said


def test_counted_sites_both_sources_say_are_not_named(cmo, tmp_path):
    place = "Older people registered in three rural general practices"
    _review(cmo, tmp_path, place, place)
    assert "Nothing to look at first." in cmo("round", "close", "--check").stdout
