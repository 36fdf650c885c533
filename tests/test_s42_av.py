"""Trial AV (session 42): a title whose past form only describes its subject keeps it ("The trust built in
home visits makes it easier"), and records of one journal article that share a DOI are one work whatever language
each database gives its title in. Each rule is tested on topics other than the trial's (perinatal peer support)."""

from __future__ import annotations

import pytest

from cmo.bib.dedupe import group_records
from cmo.models import Provenance, Record
from cmo.synthesis.wording import cmo_sentence, title_for

# --- A past form followed by its clause's verb in the present describes the subject (AV 3) -----------------------------


@pytest.mark.parametrize(
    "mechanism",
    [
        "The rapport built over weekly visits makes it easier to raise money worries",
        "The rapport built over weekly calls helps tenants raise money worries",
        "Trust earned at the food bank lets tenants ask for help",
    ],
)
def test_a_participle_before_the_clauses_present_verb_is_left_as_written(mechanism):
    assert title_for("", mechanism, "") == mechanism


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("Tenants felt ignored by housing officers", "Tenants feel ignored by housing officers"),
        ("Volunteers visited older neighbours in care homes", "Volunteers visit older neighbours in care homes"),
    ],
)
def test_a_past_verb_with_no_present_verb_after_it_is_still_told_in_the_present(mechanism, title):
    """The rule must not fire where the past form is the clause's own verb (a plural noun after it is no verb)."""
    assert title_for("", mechanism, "") == title


# --- Records of one article sharing a DOI, titled in two languages, are one work (AV 1) --------------------------------


def _record(key: str, title: str, **fields) -> Record:
    fields.setdefault("type", "article")
    return Record(key=key, title=title, provenance=Provenance(file=f"{key}.ris", line=1, key=key, format="ris"), **fields)


SPANISH = dict(
    authors=["Gutiérrez, María José", "Ortega, Luis", "Pérez, Ana"],
    year=2021,
    volume="95",
    doi="10.4321/s1135-57272021000100045",
)


def test_a_shared_doi_links_an_article_titled_in_its_language_and_in_english():
    """IBECS gives the Spanish title, Scopus the English one; an article number, no printed range to go by."""
    spanish = _record(
        "ibecs",
        "Efecto del ejercicio supervisado en la fragilidad de personas mayores",
        pages="e202101045",
        container="Rev. esp. salud pública",
        **SPANISH,
    )
    english = _record(
        "scopus",
        "Effect of supervised exercise on frailty in older people",
        container="Revista Espanola de Salud Publica",
        **SPANISH,
    )
    assert group_records([spanish, english]) == [[0, 1]]


@pytest.mark.parametrize(
    "other",
    [
        {"authors": ["Hansen, Erik", "Olsen, Kari"]},  # another team's paper given this DOI by mistake
        {"volume": "96"},  # another volume
        {"year": 2019},
    ],
)
def test_a_shared_doi_with_other_titles_and_other_people_volume_or_year_stays_apart(other):
    spanish = _record("ibecs", "Efecto del ejercicio supervisado en la fragilidad de personas mayores", **SPANISH)
    english = _record("scopus", "Effect of supervised exercise on frailty in older people", **{**SPANISH, **other})
    assert group_records([spanish, english]) == []


def test_chapters_by_one_author_sharing_their_books_doi_stay_apart():
    common = dict(type="chapter", authors=["Pawson, Ray"], year=2013, doi="10.4135/9781473913820")
    a = _record("a", "The science of evaluation: a realist manifesto", pages="1-12", **common)
    b = _record("b", "Invisible mechanisms", pages="115-138", **common)
    assert group_records([a, b]) == []


# --- People a participle describes open "For", its object no verb (AV 4) -----------------------------------------------


@pytest.mark.parametrize(
    "context",
    [
        "health visitors seeing mothers weekly",
        "pharmacists already running a minor ailments service",
        "support workers visiting tenants weekly",
    ],
)
def test_people_a_participle_describes_open_for_though_its_object_may_be_a_verb(context):
    said = cmo_sentence(context, "residents feel safer", "fewer complaints")
    assert said.startswith(f"For {context}, ")


def test_a_verb_after_the_participles_object_is_the_contexts_own():
    """The rule must not fire where the clause has its own verb: people described, then what they do."""
    said = cmo_sentence("wardens patrolling estates notice fly-tipping", "residents feel safer", "fewer complaints")
    assert said.startswith("Where wardens patrolling estates notice fly-tipping, ")
