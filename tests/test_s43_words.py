"""Sentences worded from how coders write mechanisms (session 43)."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence


@pytest.mark.parametrize(
    ("mechanism", "worded"),
    [
        (
            "peer support: someone who has had a stroke visits every week",
            "peer support (someone who has had a stroke visits every week) leads to less isolation",
        ),
        (
            "continuity of midwifery care: the same midwife sees the woman at every visit",
            "continuity of midwifery care (the same midwife sees the woman at every visit) leads to less isolation",
        ),
        (
            "a named key worker: one person coordinates every appointment",
            "a named key worker (one person coordinates every appointment) leads to less isolation",
        ),
    ],
)
def test_a_mechanism_coded_as_a_label_and_what_it_names_reads_with_the_label_leading_to_the_outcome(mechanism, worded):
    """Trial BA: "…, continuity of care: the same team follows the person…, with this outcome: fewer readmissions"."""
    assert cmo_sentence("stroke survivors living at home", mechanism, "less isolation") == (
        f"For stroke survivors living at home, {worded}."
    )


@pytest.mark.parametrize(
    "mechanism",
    [
        "staff explain the plan: what happens next and who to call",  # a clause before the colon, not a label
        "peer support: weekly",  # too little after it to be what the label names
        "clinics open at 10:30 on Saturdays",  # a time, no label
    ],
)
def test_a_colon_after_anything_but_a_short_label_is_left_as_written(mechanism):
    assert "(" not in cmo_sentence("stroke survivors living at home", mechanism, "less isolation")


def test_a_noun_phrase_with_an_aside_in_brackets_is_joined_as_the_phrase_alone_would_be():
    """The verb after a mechanism follows the phrase before its brackets, whatever the aside in them says: "continuity
    of care (the same team follows the person…)" read as a clause and took ", which leads to"."""
    aside = cmo_sentence("frail older people", "continuity of care (the same team follows the person home)", "fewer falls")
    assert aside == "For frail older people, continuity of care (the same team follows the person home) leads to fewer falls."


@pytest.mark.parametrize(
    ("context", "opener"),
    [
        ("R&D departments in district hospitals", "In R&D departments in district hospitals, "),
        ("A&E liaison services in county hospitals", "In A&E liaison services in county hospitals, "),
        ("A&E departments are crowded at night", "Where A&E departments are crowded at night, "),  # a clause stays one
    ],
)
def test_initials_joined_by_an_ampersand_are_one_word_never_an_article_and_a_letter(context, opener):
    """Trial AW: "A&E" read as "a" and "e" made "navigator" the subject of "programmes": "Where A&E navigator
    programmes in England and Wales, …"."""
    assert cmo_sentence(context, "clinicians get protected time", "more trials recruit").startswith(opener)


@pytest.mark.parametrize(
    "context",
    ["children excluded during the school year", "women screened during pregnancy who were told of a raised result"],
)
def test_a_preposition_spelt_like_an_ing_form_is_no_verb_after_a_past_form(context):
    """Trial BA: "during" read as a verb's "-ing" made "people discharged during COVID-19 who were given a follow-up
    call" a clause: "Where people discharged during COVID-19 who…, someone checks…"."""
    assert cmo_sentence(context, "a nurse rings within a week", "fewer missed appointments").startswith("For ")


def test_an_ing_form_after_a_past_form_still_makes_a_clause():
    assert cmo_sentence("older adults kept attending the class", "they made friends", "less loneliness").startswith("Where ")


@pytest.mark.parametrize(
    ("outcome", "joined"),
    [
        ("more attend follow-up", ", so more attend follow-up."),
        ("fewer seek help late", ", so fewer seek help late."),
        ("more support", ", which leads to more support."),  # a noun too: what there is more of
        ("more referrals", ", which leads to more referrals."),
    ],
)
def test_a_comparative_before_a_word_that_is_only_a_verb_stands_for_the_people_it_counts(outcome, joined):
    """ "more attend follow-up" read as a noun phrase: "…, which leads to more attend follow-up"."""
    assert cmo_sentence("women screened in rural areas", "a nurse explains the result", outcome).endswith(joined)


def test_an_online_articles_number_from_a_linked_record_replaces_the_page_count_of_its_pdf_whichever_came_first():
    """Trial BD 5: EBSCO's SP 1 / EP 13 (the PDF's own pages) beat the article number 64 Scopus and OpenAlex give, so
    the BibTeX export cited `pages = {1--13}`."""
    from cmo.bib.linking import link_record, new_source
    from cmo.models import Provenance, Record

    def record(pages: str, line: int, file: str) -> Record:
        where = Provenance(file=file, line=line, key="", format="ris")
        return Record(key="", type="article", title="Walking buses and school journeys", year=2021, pages=pages, provenance=where)

    own = new_source(record("1-13", 1, "sportdiscus.ris"), {}, "database search", [])
    assert link_record(own, record("64", 3, "scopus.ris")).pages == "64"
    numbered = new_source(record("e0241", 1, "pubmed.nbib"), {}, "database search", [])
    assert link_record(numbered, record("1-13", 3, "sportdiscus.ris")).pages == "e0241"
    printed = new_source(record("1-13", 1, "sportdiscus.ris"), {}, "database search", [])
    assert link_record(printed, record("1", 3, "cinahl.ris")).pages == "1-13", "a first page alone is no article number"
    ranged = new_source(record("5-13", 1, "sportdiscus.ris"), {}, "database search", [])
    assert link_record(ranged, record("64", 3, "scopus.ris")).pages == "5-13", "printed pages that are no PDF's own stay"


@pytest.mark.parametrize(
    ("outcome", "form"),
    [
        ("mortality fell", "clause"),
        ("attendance rose sharply", "clause"),
        ("the rose garden", "noun phrase"),
        ("a fell walk", "noun phrase"),
    ],
)
def test_an_irregular_past_of_change_after_a_noun_is_its_verb(outcome, form):
    """Trial BH: "…, this leads to mortality fell" ("fell" read as an adjective)."""
    from cmo.synthesis.wording import outcome_form

    assert outcome_form(outcome) == form


def test_a_pronoun_for_people_in_general_is_no_name_though_it_opens_every_statement_it_is_in():
    """Trial BH: the pack read "…, Nobody knows who holds the list": a word only ever written at the start, with a
    capital, was taken for a name nobody lowers; a place's name so written ("Torbay") still is one."""
    from cmo.synthesis.wording import names_from

    texts = ["Nobody asks the resident", "Nobody knows who holds the list", "Torbay teams meet weekly", "Torbay nurses visit"]
    with names_from(texts):
        said = cmo_sentence("Care homes in Torbay", "Nobody knows who holds the medicines list", "more errors")
        place = cmo_sentence("Torbay integrated teams", "nurses visit daily", "fewer admissions")
    assert ", nobody knows who holds the medicines list" in said
    assert place.startswith("In Torbay integrated teams")


@pytest.mark.parametrize(
    "mechanism", ["staff reposition residents on a schedule", "staff support residents at night", "teachers coach their pupils"]
)
def test_people_doing_a_thing_to_people_is_a_clause(mechanism):
    """Re-check RE: "…, staff reposition residents on a schedule mean that…" ("reposition" read as a noun)."""
    assert cmo_sentence("care homes with high falls rates", mechanism, "fewer pressure ulcers").endswith(
        f", {mechanism}, which leads to fewer pressure ulcers."
    )


def test_a_plural_for_people_before_a_thing_is_still_a_noun_phrase():
    from cmo.synthesis.wording import outcome_form

    assert outcome_form("parents evening attendance") == "noun phrase"


@pytest.mark.parametrize(
    "context", ["night shelters run by volunteers", "clinics set up by the trust", "day centres run by the council"]
)
def test_a_participle_spelt_as_its_verb_before_by_describes_the_place(context):
    """Trial BC, re-check RE: "Where night shelters run by volunteers, …" ("run" read as the shelters' verb)."""
    assert cmo_sentence(context, "staff know the residents", "fewer evictions").startswith(f"In {context}, ")


def test_a_verb_of_change_by_a_number_is_still_a_clause():
    assert cmo_sentence("fees rise by 5%", "families cut back", "fewer visits").startswith("Where fees rise by 5%, ")
