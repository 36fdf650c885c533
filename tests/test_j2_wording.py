"""Left-over faults trial helpers H0, H1 and H3 named (helper J2): a place then what holds there, a name spelt like a
rare verb, people by the team's short forms, a number in words and in figures."""

from __future__ import annotations

from cmo.commands.rounds import _one_study_s_words
from cmo.synthesis.wording import cmo_sentence, in_figures, use_short_forms


def test_a_place_then_what_holds_there_reads_in_the_place_where_it_holds():
    """Helper H1's pack read "Where peri-urban Dakar, relais communautaires are unpaid volunteers, …": a place, a
    comma and a statement of what holds there is "In [place], where [statement], …". Another topic, school nursing."""
    said = cmo_sentence(
        "peri-urban Dakar, relais communautaires are unpaid volunteers",
        "relais lose motivation without a stipend",
        "home visits stopped after project funding ended",
    )
    assert said.startswith("In peri-urban Dakar, where relais communautaires are unpaid volunteers, relais lose")
    said = cmo_sentence("schools in Leeds, nurses are shared between sites", "nurses have little time", "fewer referrals")
    assert said.startswith("In schools in Leeds, where nurses are shared between sites, ")


def test_a_statement_a_list_or_people_before_a_comma_keep_their_frames():
    """Not every comma splits a place from a statement: a statement whole keeps "Where", a list of conditions after
    people is joined as a list, and a phrase opened by a preposition is left as the coder wrote it."""
    assert cmo_sentence("the group visit is more relaxed", "parents talk openly", "trust grows").startswith(
        "Where the group visit is more relaxed, "
    )
    listed = cmo_sentence("Haitian women at UBS in Curitiba, no interpreter", "women feel unheard", "visits stop")
    assert listed.startswith("For Haitian women at UBS in Curitiba, with no interpreter, ")
    assert ", where" not in cmo_sentence("care homes where staff are agency workers", "staff feel unsure", "falls rise")


def test_a_short_form_for_people_named_after_a_sentence_was_worded_is_read_as_people():
    """A context read before the team named its short forms was remembered as read then: "CHNs" stayed a place ("In
    CHNs without doctor on site", helper H1) after review.yaml said "CHN: community health nurse". Another topic too."""
    statement = ("CHNs without doctor on site", "nurses fear blame", "pts referred up to district hosp")
    other = ("HCAs on night shifts", "assistants feel alone", "call bells go unanswered")
    try:
        use_short_forms({})
        assert cmo_sentence(*statement).startswith("In CHNs")
        use_short_forms({"CHN": "community health nurse", "HCA": "healthcare assistant"})
        assert cmo_sentence(*statement).startswith("For CHNs without doctor on site, ")
        assert cmo_sentence(*other).startswith("For HCAs on night shifts, ")
    finally:
        use_short_forms({})


def test_a_name_whose_only_common_word_is_a_rare_verb_keeps_its_capital():
    """Helper H3's pack read "In shanghai community RCT, …": "shanghai" is a verb too, but one no counted text uses,
    and before the noun it describes the capital is the name's (WordNet: `names_spelt_like_verbs`). The verb going on
    ("Whittle down waiting lists") is lowered as before; so is an everyday verb ("Tell staff…")."""
    assert cmo_sentence("Shanghai community RCT", "ACP intervention", "no difference in readmissions").startswith(
        "In Shanghai community RCT, "
    )
    assert cmo_sentence("Hoover Dam clinics", "staff feel relief", "morale rises").startswith("In Hoover Dam clinics")
    assert "In whittle down waiting lists" in cmo_sentence("Whittle down waiting lists", "staff feel relief", "morale rises")
    assert "tell staff" in cmo_sentence("", "Tell staff about the plan", "fewer errors")


def test_a_number_in_words_and_in_figures_is_one_number_to_the_check():
    """Helper H0: `round close --check` named 'six months' as one study's, "which no other of its sources says",
    though another source said "6 months". A count one source alone says is still named (another topic: sites)."""
    nobody = lambda term: False  # noqa: E731
    texts = ["little or no difference in mortality at six months", "no difference in mortality at 6 months"]
    for worded in ("no difference in mortality at six months", "no difference in mortality at 6 months"):
        assert _one_study_s_words(worded, texts, " ".join(texts), (nobody, nobody), True, True, texts) == []
    texts = ["admitted to two hospitals", "admitted to 3 hospitals"]
    assert _one_study_s_words("admitted to two hospitals", texts, " ".join(texts), (nobody, nobody), True, True, texts) == [
        "two hospitals"
    ]
    assert in_figures("a dozen schools over twelve weeks") == "a 12 schools over 12 weeks"


def test_a_place_or_programme_with_a_participles_phrase_keeps_in():
    """Helper H4 could not decide "In attending physician models calling the GP…": a participle after a noun phrase is a
    reduced relative clause, part of that noun phrase, and "In" before it is English ("In hospitals using electronic
    records, …"). Turning it into "Where … call …" would change the coder's words and guess the verb's number; the
    team rewords a configuration with 'cmo configs edit C… --context "…"'. People with such a phrase keep "For"."""
    said = cmo_sentence("attending physician models calling the GP on admission", "GPs feel involved", "continuity improves")
    assert said.startswith("In attending physician models calling the GP on admission, GPs feel involved")
    assert cmo_sentence("hospitals using electronic records", "staff share notes", "errors fall").startswith(
        "In hospitals using electronic records, "
    )
    assert cmo_sentence("nurses calling the GP", "GPs feel involved", "continuity improves").startswith("For nurses calling")
