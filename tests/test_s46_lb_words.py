"""Session 46 (helper LB): words people read in a pack, from coding sheets written as teams write them.

- A noun WordNet has for a person that its tagged corpus reads mostly as a thing ("builders", "operators",
  "dishwashers", "entrants": `people_or_things`) names people in a statement that shows it: a "who" after it, or the
  mechanism's subject is the noun again before a verb of the mind (`verbs_of_the_mind`: "fear", "believe", "feel").
  Trial LB's pack read "In community health agents in Brazil, agents feel trusted…" and "In contract cleaners…".
Tested on topics other than the trial's (construction sites, call centres, hotel kitchens, nursing students)."""

from __future__ import annotations

from pathlib import Path

from cmo.synthesis.lexicon import people_or_things, verbs_of_the_mind
from cmo.synthesis.wording import cmo_sentence, title_for


def test_people_or_things_that_a_verb_of_the_mind_says_feel_or_believe_are_people():
    sentence = cmo_sentence("builders on zero-hours contracts", "builders fear losing work if they report pain", "injury hidden")
    assert sentence.startswith("For builders on zero-hours contracts, they fear losing work"), sentence
    sentence = cmo_sentence("new entrants to nursing", "an entrant believes asking questions shows weakness", "errors hidden")
    assert sentence.startswith("For new entrants to nursing, "), sentence


def test_people_or_things_said_with_who_are_people():
    sentence = cmo_sentence("operators who work night shifts alone", "feel isolated", "more sick leave")
    assert sentence.startswith("For operators who work night shifts alone, they feel isolated"), sentence


def test_the_title_names_them_as_people():
    statement = ("dishwashers in hotel kitchens", "dishwashers do not feel part of the team", "higher staff turnover")
    assert title_for(*statement) == "Dishwashers do not feel part of the team", title_for(*statement)
    sentence = cmo_sentence(*statement)
    assert sentence.startswith("For dishwashers in hotel kitchens, they do not feel part of the team"), sentence


def test_things_a_statement_does_not_show_to_be_people_stay_things():
    """Must not fire: the same nouns where no verb of the mind is said of them, or someone else's is."""
    said = cmo_sentence("reminders sent by text", "reminders prompt parents to book", "more bookings")
    assert said.startswith("Where reminders are sent by text"), said  # things and their state (helper F3)
    assert cmo_sentence("posters in waiting rooms", "parents feel reassured", "more questions").startswith("In posters")
    assert cmo_sentence("generators on each ward", "staff trust the power supply", "fewer transfers").startswith("In generators")
    assert cmo_sentence("plants in the day room", "feel calmer", "less agitation").startswith("In plants")


def test_the_word_files_are_what_their_script_writes():
    english = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english"
    for name in ("people_or_things.txt", "verbs_of_the_mind.txt"):
        assert (english / name).read_text(encoding="utf-8").startswith("# Built by scripts/build_not_people.py from WordNet 3.0")
    assert {"builders", "operators", "reminders"} <= people_or_things() and "caregivers" not in people_or_things()
    assert {"feel", "felt", "believes", "fear"} <= verbs_of_the_mind()
    assert not {"seem", "prompt", "help", "reduce"} & verbs_of_the_mind()


# --- a capitalised word joined to an acronym by a hyphen ------------------------------------------------------------


def test_a_common_word_or_prefix_hyphened_to_an_acronym_is_lowered_after_the_frame():
    """Trial LB read "In Post-COVID assessment clinics": the capitals after the hyphen read the word as an acronym."""
    frame = "nurses explain the infusion"
    assert cmo_sentence("Anti-TNF infusion clinics", frame, "fewer missed doses").startswith("In anti-TNF infusion clinics, ")
    assert cmo_sentence("Non-EU nurses in UK hospitals", frame, "fewer missed doses").startswith(
        "For non-EU nurses in UK hospitals"
    )


def test_an_acronym_a_name_or_a_capitalised_name_after_it_keeps_its_capitals():
    """Must not fire: an acronym with its number, a name with a hyphen, and the hyphened word opening a name."""
    frame = "nurses explain the infusion"
    assert cmo_sentence("COVID-19 wards", frame, "fewer missed doses").startswith("In COVID-19 wards, ")
    assert cmo_sentence("Al-Anon family groups", frame, "fewer missed doses").startswith("In Al-Anon family groups, ")
    said = cmo_sentence("Post-EU Exit Workforce Fund hospitals", frame, "fewer missed doses")
    assert said.startswith("In Post-EU Exit Workforce Fund hospitals, "), said


def test_a_verb_of_the_mind_in_the_passive_shows_no_people():
    """Must not fire: what is valued or trusted by people may be a thing."""
    said = cmo_sentence("reminders sent by text", "reminders valued by parents as a prompt", "more bookings")
    assert said.startswith("Where reminders are sent by text, "), said  # things and their state (helper F3)


# --- the signs coders write in notes --------------------------------------------------------------------------------


def test_signs_in_telegraphic_coding_read_as_the_words_they_stand_for():
    """Trial LB's pack read "In CHAs w/ heavy caseload…" and "which leads to ↑ institutional deliveries"."""
    said = cmo_sentence("physio clinics w/o parking", "patients w/ knee pain skip sessions & stop exercises", "↓ mobility")
    assert said == (
        "In physio clinics without parking, patients with knee pain skip sessions and stop exercises, "
        "which leads to reduced mobility."
    ), said
    assert title_for("gyms", "↑ confidence in exercise", "falls ↓") == "Increased confidence in exercise means that falls reduced"


def test_signs_inside_words_and_abbreviations_stay_as_written():
    """Must not fire: "A&E", "and/or", "n/a", "w/c" (a week beginning) are no such signs."""
    said = cmo_sentence("A&E departments", "staff and/or relatives see the plan", "fewer n/a answers in w/c 3 March")
    assert said == "In A&E departments, staff and/or relatives see the plan, which leads to fewer n/a answers in w/c 3 March.", (
        said
    )


# --- telegraphic contexts: one person without an article, a state without its "is" -------------------------------


def test_one_person_coded_without_an_article_is_given_one():
    """Trial LB read "In patient given leaflet about care home choice, …", which reads as an inpatient."""
    frame = "the team plans the move"
    said = cmo_sentence("carer offered respite at home", frame, "fewer crises")
    assert said.startswith("For a carer offered respite at home, "), said
    said = cmo_sentence("Older man living alone", frame, "fewer crises")
    assert said.startswith("For an older man living alone, "), said


def test_a_person_that_only_describes_a_thing_or_an_unsure_article_gets_none():
    """Must not fire: a person's noun before the noun it describes, a name or acronym, and "u", whose sound varies."""
    frame = "the team plans the move"
    assert cmo_sentence("carer assessment backlog", frame, "fewer crises").startswith("In carer assessment backlog, ")
    assert cmo_sentence("GP with a special interest", frame, "fewer crises").startswith("In GP with a special interest, ")
    assert not cmo_sentence("user of the day centre", frame, "fewer crises").startswith(("For a ", "For an "))
    assert cmo_sentence("a carer offered respite", frame, "fewer crises").startswith("For a carer offered respite, ")


def test_a_noun_and_its_participle_with_nothing_after_is_a_state():
    """Trial LB read "In incentive payment delayed, …": a coder's state without its "is"."""
    said = cmo_sentence("housing benefit delayed", "older people stop attending", "more loneliness")
    assert said.startswith("With housing benefit delayed, "), said
    said = cmo_sentence("day centre run by volunteers", "older people feel at home", "more attendance")
    assert said.startswith("In day centre run by volunteers, "), said  # must not fire: how it is run, then by whom


# --- a mechanism coded as a verb phrase, for those the context is for -----------------------------------------------


def test_a_base_form_that_is_only_a_verb_opens_a_verb_phrase_given_its_subject():
    """Trial LB read "In commuters offered cycle-to-work scheme, perceive cycling as affordable leads to …"."""
    said = cmo_sentence("parents of toddlers", "perceive vaccination as optional", "fewer jabs")
    assert said == "For parents of toddlers, they perceive vaccination as optional, which leads to fewer jabs.", said


def test_those_given_something_hyphenated_are_whom_it_is_for():
    said = cmo_sentence("volunteers offered on-site health checks", "perceive screening as routine", "more checks")
    assert (
        said == "For volunteers offered on-site health checks, they perceive screening as routine, which leads to more checks."
    ), said
    said = cmo_sentence("carer offered respite at home", "feel less alone", "fewer crises")
    assert said == "For a carer offered respite at home, they feel less alone, which leads to fewer crises.", said
    said = cmo_sentence("rural practices offered ring-fenced funding", "feel valued", "more clinics")
    assert said == "For rural practices offered ring-fenced funding, people feel valued, which leads to more clinics.", said


def test_places_given_something_do_not_respond_themselves():
    """Must not fire: "they" would be the practices, or the reminders; "people" respond, as before."""
    said = cmo_sentence("rural practices given extra funding", "feel valued", "more clinics")
    assert said == "For rural practices given extra funding, people feel valued, which leads to more clinics.", said
    assert title_for("reminders given every week", "feel prompted", "more bookings") == "Feel prompted"
    assert "people feel prompted" in cmo_sentence("reminders given every week", "feel prompted", "more bookings")


def test_a_denial_coded_without_its_do_has_it_after_the_subject_given():
    """Trial LB read "For ED staff under pressure, they not accept handover until bed free"."""
    statement = ("porters on night shifts", "not answer bleeps during breaks", "slower transfers")
    assert cmo_sentence(*statement).startswith("For porters on night shifts, they do not answer bleeps"), cmo_sentence(*statement)
    assert title_for(*statement) == "Porters do not answer bleeps during breaks", title_for(*statement)


def test_a_denial_before_a_participle_or_with_its_do_is_as_written():
    """Must not fire: "not involved" needs no "do", and "do not" has it."""
    assert "do not involved" not in cmo_sentence("porters on night shifts", "not involved in planning", "slower transfers")
    assert cmo_sentence("porters on night shifts", "do not answer bleeps", "slower transfers").startswith(
        "For porters on night shifts, they do not answer bleeps"
    )


def test_an_acronyms_plural_said_to_feel_is_people():
    """Trial LB read "In FCHVs in remote hill districts, an FCHV feels trusted by women…"."""
    said = cmo_sentence("PSWs in Ontario long-term care", "a PSW feels rushed between residents", "missed mouth care")
    assert said.startswith("For PSWs in Ontario long-term care, a PSW feels rushed"), said


def test_an_acronyms_plural_no_one_feels_as_stays_a_place():
    """Must not fire: the acronym's plural is a place where others respond."""
    said = cmo_sentence("LTCFs in Ontario", "staff feel unsupported", "more turnover")
    assert said.startswith("In LTCFs in Ontario, staff feel unsupported"), said
