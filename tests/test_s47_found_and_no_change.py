"""Session 47, helper LK: which way an outcome went, and which outcomes are opposite (`cmo.synthesis.evidence`).

An outcome about finding something ("more discrepancies were identified at reconciliation", trial CD 9) gives the
finding a direction, not the amount of the thing found: a pharmacist finding more discrepancies at discharge and
fewer discrepancies later are both the scheme working, yet `configs attach` said the first "says the opposite" of the
second, and refine would propose it as contradicting. Tested on other topics too (safeguarding, screening, falls)."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import opposite_outcomes, outcome_directions, point_opposite_ways


def test_more_found_is_no_opposite_of_fewer_of_the_thing():
    """Fails on the old code: each pair read as opposite directions of one thing."""
    assert not point_opposite_ways("more safeguarding concerns were identified by health visitors", "fewer safeguarding concerns")
    assert not opposite_outcomes("midwives detected more cases of domestic abuse", "fewer cases of domestic abuse at follow-up")
    assert not opposite_outcomes("more hypertension was diagnosed at the pharmacy", "less hypertension a year later")


def test_the_finding_still_has_its_opposite():
    """Must not fire away: more found and fewer found are still opposite; so are more and fewer of the thing itself."""
    assert point_opposite_ways("more safeguarding concerns were identified", "fewer safeguarding concerns were identified")
    assert point_opposite_ways("nurses detected more pressure ulcers", "nurses detected fewer pressure ulcers")
    assert outcome_directions("nurses detected more pressure ulcers") == {"found pressur": 1, "found ulcer": 1}


def test_a_thing_that_happens_or_a_feeling_keeps_its_own_amount():
    """Must not fire: "occurred" finds nothing; "felt more confident" says how confident, not what was found."""
    assert point_opposite_ways("more falls occurred on the ward", "fewer falls")
    assert point_opposite_ways("more errors were made at handover", "fewer errors")
    assert point_opposite_ways("carers felt more confident", "confidence fell")
    assert point_opposite_ways("more households visited", "fewer households are visited")


def test_attach_no_longer_says_more_found_is_the_opposite(tmp_path):
    """Fails on the old code: attaching the finding to the configuration of fewer discrepancies said "its outcome says the
    opposite of C1's"."""
    setting = "Older adults discharged from hospital on five or more medicines"
    reconcile = "a pharmacist reconciles medicines at discharge and checks them against the GP record"
    rows = [
        ("ali2020", setting, reconcile, "more medication discrepancies were identified at reconciliation"),
        ("bell2021", setting, reconcile, "fewer medication discrepancies at the first GP visit"),
        ("cole2022", setting, reconcile, "fewer medication discrepancies and fewer readmissions"),
    ]
    review = review_from_rows(tmp_path, rows)
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    fewer = next(c["id"] for c in configs if "bell2021" in c["sources"])
    found = next(c for c in configs if "ali2020" in c["sources"])
    if found["id"] != fewer:
        statement = next(
            s["id"] for s in json.loads(cmo_run("code", "list", "--json", cwd=review).stdout) if s["source"] == "ali2020"
        )
        done = cmo_run("configs", "attach", statement, "--to", fewer, cwd=review)
        assert done.returncode == 0, done.stderr
        assert "opposite" not in done.stdout + done.stderr
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    assert not any(c["contradicting"] for c in configs), configs


# ---- no change is neither side ---------------------------------------------------------------------------------------

from cmo.models import Statement  # noqa: E402
from cmo.synthesis.evidence import outcome_side, reports_left_undone  # noqa: E402
from cmo.synthesis.lexicon import words_of_no_change  # noqa: E402

QUIET = "night staff keep the ward quiet after eleven"


def _side(outcome: str, mechanism: str = QUIET) -> int:
    return outcome_side(
        Statement(id="S1", source="a", context="Older patients on a surgical ward", mechanism=mechanism, outcome=outcome)
    )


def test_a_thing_that_stayed_as_it_was_is_neither_side():
    """Fails on the old code (each read -1, things going wrong, as people left untreated are): "unaffected",
    "unaltered" and "unmodified" say no change, as "unchanged" does."""
    assert _side("residents' sleep was unaffected by the noise") == 0
    assert _side("pupils' reading scores remained unaffected by the tutoring", "volunteers read with pupils weekly") == 0
    assert _side("tenants' arrears were unaltered after the advice", "a money adviser visits tenants") == 0
    assert not reports_left_undone("carers' routines remained unmodified")


def test_a_thing_left_undone_still_goes_wrong():
    """Must not fire: a participle of a thing not done ("untreated", "unanswered") is no change denied."""
    assert _side("many older patients remained untreated for delirium") == -1
    assert _side("tenants were left unsupported after eviction", "a money adviser visits tenants") == -1
    assert reports_left_undone("calls from carers went unanswered")


def test_words_of_no_change_are_participles_glossed_as_no_change():
    """What WordNet glosses as a change denied, not a word of being unable to change nor a thing left undone."""
    words = words_of_no_change()
    assert {"unaffected", "unchanged", "unaltered", "unmodified"} <= words
    assert not {"unchangeable", "inalterable", "untreated", "unanswered", "unsupported", "unvaccinated"} & words


# ---- adjectives in "-less": without their stem ------------------------------------------------------------------------

from cmo.synthesis.evidence import on_opposite_sides, reports_a_lack  # noqa: E402

PEER = "a peer worker visits carers at home each week"


def test_people_lacking_what_the_stem_names_go_wrong():
    """Fails on the old code: "powerless" read 1 (things going well), "hopeless" and "helpless" 0 (neither side)."""
    assert _side("carers felt powerless", PEER) == -1
    assert _side("young carers felt hopeless about the future", PEER) == -1
    assert _side("older carers felt helpless and alone", PEER) == -1
    assert _side("families remained homeless", "a housing officer works with families") == -1


def test_a_lack_is_the_other_side_of_things_going_well():
    """Fails on the old code: "carers felt powerless" and "carers felt more confident" both read as going well."""
    lacking = Statement(
        id="S1", source="a", context="Carers of people with dementia", mechanism=PEER, outcome="carers felt powerless"
    )
    confident = Statement(
        id="S2", source="b", context="Carers of people with dementia", mechanism=PEER, outcome="carers felt more confident"
    )
    assert on_opposite_sides(lacking, confident)


def test_a_harm_spared_or_a_word_before_its_thing_is_no_lack():
    """Must not fire: without a harm ("painless") things went well; "-less" before its thing says which thing; a lack
    made less is none."""
    assert _side("children found the injection painless", "a school nurse gives the vaccine in class") == 1
    assert _side("the move to secondary school was seamless", "a mentor meets pupils before the move") == 1
    assert _side("homeless families were housed within a month", "a housing officer works with families") == 1
    assert not reports_a_lack("fewer families remained homeless")
    assert not reports_a_lack("countless pupils attended the sessions")


# ---- more of a thing left undone ----------------------------------------------------------------------------------------

SOCIAL = "a social prescriber meets carers at the surgery"


def test_more_of_a_thing_left_undone_is_no_plain_good():
    """Fails on the old code (each read 1, things going well): a rise in what is left undone goes well no more plainly
    than a rise in a harm."""
    assert _side("unmet need increased among older carers", SOCIAL) == 0
    assert _side("more unanswered referrals were logged", "a dentist visits the care home") == 0
    assert _side("unplanned admissions rose", "a community matron reviews frail patients") == 0


def test_a_rise_given_to_something_else_still_goes_well():
    """Must not fire: the participle describes who, not what rose."""
    assert _side("unvaccinated children attended the clinic more often", "a school nurse phones parents") == 1
    assert _side("more carers attended the group", SOCIAL) == 1


# ---- a verb and its reciprocal object is no noun phrase ------------------------------------------------------------------


def test_a_verb_before_each_other_is_worded_as_what_people_do():
    """Fails on the old code: "…, which leads to support each other": "support" read as a noun."""
    from cmo.synthesis.wording import cmo_sentence

    said = cmo_sentence("Mothers of premature babies", "a neonatal nurse runs a weekly group", "support each other")
    assert "leads to support" not in said, said
    said = cmo_sentence("Young carers", "a youth worker meets them after school", "help one another with homework")
    assert "leads to help" not in said, said


def test_a_noun_phrase_still_leads_to():
    """Must not fire: "peer support for each other" is a noun phrase."""
    from cmo.synthesis.wording import cmo_sentence

    said = cmo_sentence("Mothers of premature babies", "a neonatal nurse runs a weekly group", "peer support for each other")
    assert "leads to peer support" in said, said


def test_a_direction_word_after_a_verb_of_the_mind_and_no_thing_is_no_finding():
    """Must not fire: "felt worse" gives the feeling a direction, not anything found (McLeish 2023, S19)."""
    assert outcome_directions("they felt worse and stopped attending") == {"felt": -2}
    assert outcome_directions("carers noticed fewer problems at night") == {"found problem": -1}


def test_a_verb_of_missing_is_no_finding():
    """Must not fire: "missed" and "skipped" are verbs of the mind too, but say what was not done, with its own amount."""
    assert outcome_directions("fewer clinic appointments were missed") == {"clinic": -1, "appoint": -1}
    assert point_opposite_ways("fewer physiotherapy sessions were skipped", "more physiotherapy sessions were skipped")
