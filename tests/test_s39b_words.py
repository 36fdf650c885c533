"""Session 39, second round of words people read (trial AD). Each rule is tested alone on sentences from other topics
(pharmacy, prisons, schools, falls, out-of-hours care); the pack through the commands a user types on the example review
(real SQLite, real files).

- AD F8: titles cut mid-phrase or naming no one: "Trust in the referring professional" (cut at the comma of an aside),
  "A telephone call or home visit removes the need", "Peers encourage them and make going to the GP", "Do not think to
  refer mothers".
- AD F9: mechanisms coded without their subject ("For health visitors who…, do not think to refer mothers"), a mechanism
  whose verb comes after an aside read as a noun phrase ("…, carries over to the peer service means that…"), "with this
  outcome: needs left unmet and disappointment"; the pack's "How to read" example picked one of those.
- AD (odd wording): "New evidence: a finding from … added to it. We added a finding from … to it."; "C20 … was taken out
  of the programme theory" where its only finding had been attached to another configuration."""

from __future__ import annotations

from cmo.synthesis.wording import NOUN_PHRASE, cmo_sentence, outcome_form, reads_plainly, short_title, title_for

# ---- F9: a mechanism coded without its subject ---------------------------------------------------------------------


def test_a_mechanism_without_its_subject_takes_they_for_the_people_of_its_context():
    said = cmo_sentence(
        "Community pharmacists who have not been trained in inhaler technique",
        "do not check how patients use their inhalers",
        "poor asthma control",
    )
    assert said == (
        "For community pharmacists who have not been trained in inhaler technique, they do not check how patients use "
        "their inhalers, which leads to poor asthma control."
    )
    said = cmo_sentence("Prisoners on remand", "expect to be moved before any treatment starts", "they decline referral")
    assert said.startswith("For prisoners on remand, they expect to be moved before")


def test_a_mechanism_without_its_subject_and_no_people_named_takes_people():
    assert cmo_sentence("", "feel safe to ask for help at the desk", "more calls to the helpline").startswith(
        "People feel safe to ask for help at the desk, which leads to"
    )


def test_a_mechanism_with_its_subject_or_coded_with_its_resource_is_as_coded():
    assert cmo_sentence("Older people living alone", "neighbours check on them", "fewer falls").startswith(
        "For older people living alone, neighbours check on them"
    )
    said = cmo_sentence("Night-shift carers", "Too few staff; feel unable to finish the rounds", "missed checks")
    assert ", they feel" not in said and "people feel" not in said


def test_a_mechanism_whose_verb_follows_an_aside_is_a_clause():
    said = cmo_sentence(
        "A school nurse visits each class in the first term",
        "confidence in the school nurse, who has met the parents, carries over to the drop-in clinic",
        "pupils ask for help sooner",
    )
    assert said.endswith("carries over to the drop-in clinic, so pupils ask for help sooner.")
    assert "means that" not in said


def test_a_noun_joined_last_by_and_makes_the_outcome_a_noun_phrase():
    assert outcome_form("Calls left unanswered and frustration") == NOUN_PHRASE
    said = cmo_sentence(
        "Out-of-hours services with one call handler", "callers wait a long time", "calls left unanswered and frustration"
    )
    assert said.endswith("callers wait a long time, which leads to calls left unanswered and frustration.")
    assert outcome_form("Residents gain confidence and hope") != NOUN_PHRASE  # a clause: "gain" is surely its verb


def test_two_describers_joined_before_a_noun_make_one_noun_phrase_and_its_verb():
    said = cmo_sentence("Older people leaving hospital", "practical and emotional support from volunteers", "fewer readmissions")
    assert said.endswith("practical and emotional support from volunteers leads to fewer readmissions.")


# ---- F8: titles --------------------------------------------------------------------------------------------------


def test_a_title_of_a_mechanism_without_its_subject_names_who():
    title = title_for(
        "Prison officers who have not met the healthcare team", "do not pass on requests to see a nurse", "delayed care"
    )
    assert title == "Prison officers do not pass on requests to see a nurse"


def test_a_title_leaves_out_an_aside_rather_than_ending_at_its_comma():
    title = short_title("confidence in the school nurse, who has met the parents, carries over to the drop-in clinic")
    assert title == "Confidence in the school nurse carries over to the drop-in clinic"


def test_a_title_keeps_the_infinitive_that_says_what_the_need_is():
    title = short_title("a video consultation removes the need to walk into a crowded waiting room")
    assert title == "A video consultation removes the need to walk into a crowded waiting room"


def test_a_title_keeps_two_nouns_after_one_determiner_together():
    title = short_title("carers encourage residents and make calling the nurse or care assistant feel normal")
    assert title == "Carers encourage residents and make calling the nurse or care assistant feel normal"


# ---- F9: the pack's example ----------------------------------------------------------------------------------------


def test_a_sentence_reads_plainly_only_with_a_subject_to_each_part():
    assert reads_plainly("Wards with a falls lead", "nurses check footwear on admission", "fewer falls")
    assert not reads_plainly("Wards with a falls lead", "check footwear on admission", "fewer falls")
    assert not reads_plainly("Wards with a falls lead", "a named nurse for every ward", "fewer falls")
    assert not reads_plainly("Wards with a falls lead", "nurses check footwear on admission", "")


def test_the_packs_example_is_one_that_reads_plainly(unsent):
    unsent("configs", "edit", "C7", "--mechanism", "keep in touch with their team by video, phone or text")  # first in its pack
    unsent("round", "close", code=None)
    unsent("pack", "--fresh", "-o", str(unsent.folder / "draft.html"))
    text = (unsent.folder / "draft.html").read_text(encoding="utf-8")
    example = text.split("Here is an example from this pack", 1)[1].split("</p>", 2)[1]
    assert "keep in touch with their team" not in example
    assert "(mechanism)" in example


# ---- AD: where a finding came from and went ---------------------------------------------------------------------


def test_a_finding_moved_from_a_retired_configuration_is_told_once_and_where_it_went(demo):
    demo("configs", "retire", "C2", "--note", "grey literature of low rigour")
    demo("configs", "attach", "S5", "--to", "C6", "--note", "its finding belongs with relational care")
    demo("round", "close", code=None)
    demo("pack", "-o", str(demo.folder / "round2.html"))
    text = (demo.folder / "round2.html").read_text(encoding="utf-8")
    assert "We added" not in text and "added evidence to it" not in text
    assert "From C2 “Short sessions on mental health awareness”, no longer in the pack: a finding from" in text
    gone = text.split('id="no-longer"', 1)[1]
    assert "was taken out of the programme theory; a finding from" in gone
    assert "behind it is now part of CMO" in gone and "(C6)" in gone


def test_a_finding_detached_or_moved_is_told_once(demo):
    statements = demo.json("configs", "show", "C6")["statements"]
    demo("configs", "detach", statements[0], "--note", "about outreach, not relational care")
    demo("configs", "attach", statements[1], "--to", "C1", "--note", "about remote assessment")
    demo("round", "close", code=None)
    demo("pack", "-o", str(demo.folder / "round2.html"))
    text = (demo.folder / "round2.html").read_text(encoding="utf-8")
    assert text.count("out of it") == 1, text.count("out of it")  # "We took a finding from … out of it", not also "taken out"
    assert "moved from it to CMO" in text and "Moved here from CMO" in text
