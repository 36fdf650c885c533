"""Session 39, words people read (trials AE and AF). Each rule is tested alone on sentences from other topics (home care,
schools, maternity, prisons, falls); the pack through the commands a user types on the example review (real SQLite,
real files).

- AF7: a statement coded in another language was framed in English ("In Quand les soignants sont formés…, ils
  s'adressent directement au patient has this outcome: et le patient se sent écouté.").
- AF11: "In an interpreter who speaks…", "In practices record the patient's language…", "In Irish GPs given a choice…",
  "For nurses and asylum seekers who share no common language, they cannot describe…".
- AE (B): titles cut mid-phrase ("…and the physician wants", "…of the home shapes"); "which leads to antimicrobial use and
  C. difficile infections fell"; "staff gain knowledge … means that…"; "with this outcome: shorter and fewer antibiotic
  courses"; a pack's "We opened it again for change" of an accept the group never saw."""

from __future__ import annotations

import re

import pytest

from cmo.synthesis.wording import CLAUSE, NOUN_PHRASE, cmo_segments, cmo_sentence, outcome_form, short_title

# ---- AF7: parts coded in another language --------------------------------------------------------------------------


def test_a_statement_coded_wholly_in_another_language_reads_as_the_coder_wrote_it():
    said = cmo_sentence(
        "Quando le famiglie sono coinvolte nella cura", "i pazienti si sentono sostenuti", "e tornano alle visite di controllo"
    )
    assert said == (
        "Quando le famiglie sono coinvolte nella cura, i pazienti si sentono sostenuti, e tornano alle visite di controllo."
    )
    german = cmo_sentence("Wenn die Pflegekräfte geschult sind", "fühlen sich die Bewohner sicher", "und stürzen seltener")
    assert german == "Wenn die Pflegekräfte geschult sind, fühlen sich die Bewohner sicher, und stürzen seltener."


def test_each_part_keeps_its_place_in_the_sentence_for_a_pack_to_colour_it():
    parts = [(s.text, s.part) for s in cmo_segments("Cuando la matrona es de la comunidad", "las madres confían en ella", "")]
    assert parts == [
        ("Cuando la matrona es de la comunidad", "context"),
        (", ", ""),
        ("las madres confían en ella", "mechanism"),
        (".", ""),
    ]


def test_a_part_in_another_language_beside_english_ones_is_named_by_its_part():
    said = cmo_sentence("Lorsque la sage-femme parle la langue de la mère", "mothers ask more questions", "fewer missed visits")
    assert said == (
        "Context: Lorsque la sage-femme parle la langue de la mère. Mechanism: Mothers ask more questions. "
        "Outcome: Fewer missed visits."
    )
    assert not re.search(r"\b(In|leads to|so|which)\b", said)


def test_an_english_part_with_a_name_or_term_from_another_language_keeps_its_frame():
    said = cmo_sentence("maisons de santé in rural France", "GPs share the care of older patients", "fewer admissions")
    assert said.startswith("In maisons de santé in rural France, GPs share")
    assert said.endswith("which leads to fewer admissions.")


# ---- AF11: contexts framed wrongly ----------------------------------------------------------------------------------


def test_one_person_after_a_or_an_is_met_with_or_is_whom_it_is_for():
    assert cmo_sentence("a link worker who speaks Polish", "mothers feel able to ask questions", "").startswith(
        "With a link worker who speaks Polish, mothers feel"
    )
    assert cmo_sentence("a named midwife for the whole pregnancy", "women feel known", "they disclose more").startswith(
        "With a named midwife"
    )
    assert cmo_sentence("a father who works night shifts", "he misses the evening appointments", "").startswith(
        "For a father who works night shifts, he misses"
    )
    alone = cmo_sentence("a woman who lives alone", "neighbours check on her", "she stays at home longer")
    assert alone.startswith("For a woman")


def test_plural_people_that_do_something_to_a_determiner_are_a_clause():
    said = cmo_sentence("schools record the pupil's first language at enrolment", "teachers plan support early", "")
    assert said.startswith("Where schools record the pupil's first language at enrolment, teachers plan")
    assert cmo_sentence("bus stops near the clinic", "staff feel supported", "").startswith("In bus stops near the clinic")


def test_an_acronyms_plural_that_the_mechanism_names_as_its_subject_is_people():
    said = cmo_sentence("rural CHWs given a smartphone app", "CHWs refer sick children earlier", "fewer child deaths")
    assert said.startswith("For rural CHWs given a smartphone app, CHWs refer")
    assert cmo_sentence("ICUs with high nurse turnover", "staff feel rushed", "").startswith("In ICUs")  # unchanged


def test_they_is_not_used_for_one_of_two_groups_of_people():
    said = cmo_sentence("teachers and pupils who share no common language", "pupils cannot ask for help", "they fall behind")
    assert "pupils cannot ask for help" in said and ", they cannot" not in said
    same = cmo_sentence("older women living alone", "women feel isolated", "")
    assert same.startswith("For older women living alone, they feel isolated")  # one group: as before


# ---- AE (B): outcomes, mechanisms and titles -----------------------------------------------------------------------


def test_a_past_tense_that_is_no_participle_after_a_plural_closes_a_clause():
    assert outcome_form("Falls and pressure ulcers rose") == CLAUSE
    said = cmo_sentence("care homes", "a falls lead reviews every fall with the team", "Falls and E. coli cases fell")
    assert said.endswith("reviews every fall with the team, so falls and E. coli cases fell.")


def test_what_counts_only_plurals_opens_a_noun_phrase():
    assert outcome_form("Shorter and fewer hospital stays") == NOUN_PHRASE
    assert outcome_form("Fewer antibiotic courses") == NOUN_PHRASE
    said = cmo_sentence("wards with a discharge coordinator", "families know the plan early", "Fewer and shorter hospital stays")
    assert said.endswith("which leads to fewer and shorter hospital stays.")


def test_staff_and_a_verb_with_its_object_is_no_noun_phrase_needing_a_verb():
    said = cmo_sentence("homes that trained every carer", "Staff gain confidence in using the hoist", "Injuries did not fall")
    assert "using the hoist, so injuries did not fall." in said
    assert "means that" not in said


@pytest.mark.parametrize(
    "text, not_ending",
    [
        ("Parents ask the school for extra support and the head teacher prefers to wait for a formal diagnosis", "prefers"),
        ("The leadership style of the ward manager decides who feels able to raise a concern about staffing", "decides"),
    ],
)
def test_a_title_does_not_end_on_a_verb_cut_from_its_infinitive_or_its_question(text, not_ending):
    title = short_title(text)
    assert not title.rstrip("…").endswith(not_ending), title


# ---- AE (B): an unaccept told to the group ---------------------------------------------------------------------------


def test_a_pack_does_not_tell_the_group_of_an_unaccept(demo):
    demo("configs", "accept", "C1")
    demo("configs", "unaccept", "C1")
    demo("configs", "edit", "C1", "--mechanism", "Young people feel able to speak openly from a room of their own")
    demo("round", "close", code=None)
    demo("pack", "-o", str(demo.folder / "round2.html"))
    text = (demo.folder / "round2.html").read_text(encoding="utf-8")
    assert "Reworded" in text  # the edit is told
    assert "opened it again" not in text and "look at it again" not in text


def test_an_article_before_a_name_is_lowered_mid_sentence():
    said = cmo_sentence("A Sure Start children's centre in a market town", "parents meet others", "")
    assert said.startswith("In a Sure Start children's centre")
    assert cmo_sentence("The Royal Free Hospital's wards", "nurses feel rushed", "").startswith("In the Royal Free")
