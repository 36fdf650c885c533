"""Words readers see: every recorded change has plain words, CMO sentences fit each part's form,
and counts agree with their nouns, in the packs and report of the example review after a round."""

from __future__ import annotations

import csv
import re
from typing import get_args

import pytest
from conftest import DATA, REPO, SHARED

from cmo.models import Action
from cmo.outputs.events import ACTION_WORDS
from cmo.synthesis.wording import cmo_sentence, is_clause

HYPHENATED_ACTIONS = "|".join(re.escape(a) for a in get_args(Action) if "-" in a)
INTERNAL_NAMES = re.compile(rf"\b(?:{HYPHENATED_ACTIONS})\b")
SINGULAR_WITH_PLURAL = re.compile(
    r"(?<![\d.,])\b1 (?:records|sources|statements|configurations|documents|respondents|responses|answers|rounds)\b"
)


def test_every_recorded_change_has_words_for_readers():
    assert set(get_args(Action)) == set(ACTION_WORDS)
    assert not any(INTERNAL_NAMES.search(words) for words in ACTION_WORDS.values())


@pytest.mark.parametrize(
    "context, mechanism, outcome, sentence",
    [
        (
            "Older adults at home",
            "Video calls feel intrusive",
            "Care continues",
            "For older adults at home, video calls feel intrusive, so care continues.",
        ),
        (
            "where patients could decide the format",
            "they feel in control",
            "Improved engagement",
            "Where patients could decide the format, they feel in control, which leads to improved engagement.",
        ),
        (
            "Among NHS trusts",
            "staff trust the platform",
            "fewer missed appointments",
            "Among NHS trusts, staff trust the platform, which leads to fewer missed appointments.",
        ),
        ("", "", "Staff were unsure.", "Staff were unsure."),
        ("Rural clinics", "", "higher attendance", "In rural clinics, this leads to higher attendance."),
        (
            "Men who meet Māori elders",
            "they trust Māori-led services",
            "they stay",
            "For men who meet Māori elders, they trust Māori-led services, so they stay.",
        ),
        # An outcome coded without its subject (trial B: "which leads to do not take up the referral").
        (
            "People referred",
            "they feel out of place",
            "drop out",
            "For people referred, they feel out of place, so they drop out.",
        ),
        (
            "Older people",
            "cost of activities is a barrier",
            "do not take up the referral",
            "For older people, cost of activities is a barrier, so they do not take up the referral.",
        ),
        ("Rural clinics", "", "cannot attend", "In rural clinics, the outcome: cannot attend."),
        ("Carers", "they trust staff", "feel safe to disclose", "For carers, they trust staff, so they feel safe to disclose."),
    ],
)
def test_frames_fit_each_part(context, mechanism, outcome, sentence):
    assert cmo_sentence(context, mechanism, outcome) == sentence


def statements() -> list[tuple[str, str, str]]:
    rows = []
    for path in (REPO / "sources" / "coding-sheet.csv", SHARED / "benchmarks" / "merge_dev" / "statements.csv"):
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                rows += [(r["context"], r["mechanism"], r["outcome"]) for r in csv.DictReader(handle)]
    return rows


def test_no_sentence_over_the_example_and_merge_dev_doubles_a_preposition_or_leads_to_a_clause():
    checked = statements()
    assert len(checked) > 30
    for context, mechanism, outcome in checked:
        sentence = cmo_sentence(context, mechanism, outcome)
        assert not re.match(r"In (?:in|where|when|among|for|if|during|after|within)\b", sentence, re.I), sentence
        if mechanism.strip() and outcome.strip() and is_clause(outcome):
            assert "which leads to" not in sentence, sentence
        assert sentence.endswith(".") and not sentence.endswith("..")


def test_round_two_pack_and_report_have_no_internal_names_or_number_slips(demo, tmp_path):
    demo("configs", "edit", "C1", "--title", "A private space at home", "--note", "Reworded after feedback")
    demo("refine")
    demo("round", "close")
    demo("pack", "-o", str(tmp_path / "pack.html"))
    demo("report", "-o", str(tmp_path / "report.html"))
    demo("report", "--format", "md", "-o", str(tmp_path / "report.md"))
    for name in ("pack.html", "report.html", "report.md"):
        text = re.sub(r"(?s)<script.*?</script>|<style.*?</style>", " ", (tmp_path / name).read_text(encoding="utf-8"))
        text = re.sub(r"<[^>]+>", " ", text)
        assert not INTERNAL_NAMES.search(text), (name, INTERNAL_NAMES.search(text).group(0))
        assert "threshold" not in text and "{'" not in text, name
        assert not SINGULAR_WITH_PLURAL.search(text), (name, SINGULAR_WITH_PLURAL.search(text).group(0))


def test_the_legend_shows_exactly_the_strength_labels_the_pack_uses(demo, tmp_path):
    demo("pack", "-o", str(tmp_path / "pack.html"))
    html = (tmp_path / "pack.html").read_text(encoding="utf-8")
    badges = set(re.findall(r'class="tag strength-([a-z]+)"', html))
    used = set(re.findall(r'stroke="(#[0-9a-f]{6})" stroke-width="2"><title>C\d+ \(([a-z]+)\)', html))
    used = {label for _, label in used}
    legend = set(re.findall(r'<span class="key strength-key-([a-z]+)">', html))
    assert used and used == legend and badges <= legend | {"other"}
    assert "contested" in used or "limited" in used
    assert "weak" not in legend


def test_the_packs_fixed_text_is_plain_enough_for_lay_readers(demo, tmp_path):
    """Flesch reading ease ≥ 60 (plain English) for what cmo itself writes in a pack: the cover,
    how to read it, the picture's explanation, the questions and how to send answers. The review's
    own words (its question, the configurations) are the team's to make plain."""
    import textstat

    demo("pack", "-o", str(tmp_path / "pack.html"))
    html = (tmp_path / "pack.html").read_text(encoding="utf-8")
    html = re.sub(r"(?s)<script.*?</script>|<style.*?</style>|<svg.*?</svg>|<p class=\"sentence[^\"]*\">.*?</p>", " ", html)
    html = re.sub(r'(?s)<p id="question">.*?</p>|<h1.*?</h1>|<figcaption>.*?</figcaption>', " ", html)
    parts = []
    for pattern in (
        r'<section id="how-to-read".*?</section>',
        r'<section id="picture".*?</section>',
        r'<section id="save".*?</section>',
        r'<section id="your-details".*?</section>',
        r'<fieldset class="questions".*?</fieldset>\s*</article>',
    ):
        found = re.search(pattern, html, re.S)
        assert found, pattern
        parts.append(re.sub(r"<legend>Your view on .*?</legend>", " ", found.group(0)))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", " ".join(parts)))
    ease = textstat.flesch_reading_ease(text)
    print(f"Flesch reading ease of the fixed text: {ease}")
    assert ease >= 60, ease


def test_a_name_at_the_start_of_a_part_keeps_its_capital_when_the_review_writes_it_as_a_name(cmo, tmp_path):
    """ "Latino" opens the context, so that statement alone cannot tell it from "Service"; a quote
    in the review writing it mid-sentence can, and the pack and report keep it."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "id,source,context,mechanism,outcome,quote,page\n"
        ",schlief2022telemental,Latino men who have sex with men,they feel judged by clinic staff,they avoid testing,"
        "Many young Latino men said they felt judged.,4\n"
        ",schlief2022telemental,Service users at home,they cannot talk freely,they hold back,We could not talk.,5\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(REPO / "sources" / "example.bib"))
    cmo("code", "import", str(sheet))
    cmo("refine")
    cmo("round", "close")
    cmo("pack", "-o", str(tmp_path / "pack.html"))
    text = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "For Latino men who have sex with men" in text and "For latino" not in text
    assert "For service users at home" in text


def test_bibtex_and_others_is_cited_as_et_al_never_as_an_author():
    """`author = {Foye, Una and others}` was cited "Foye (2023)" and listed as "Foye, Una; others (2023)"."""
    from cmo.bib.citations import reference, short_citation
    from cmo.models import Source

    foye = Source(key="foye2023", authors=["Foye, Una", "others"], year=2023, title="Clinician views")
    assert short_citation(foye) == "Foye et al. (2023)"
    assert reference(foye).startswith("Foye, U.; et al. (2023). Clinician views.")
    two = Source(key="a", authors=["Smith, J.", "Jones, K."], year=2020, title="T")
    assert short_citation(two) == "Smith & Jones (2020)" and reference(two).startswith("Smith, J.; Jones, K. (2020)")


@pytest.mark.parametrize(
    "outcome,clause",
    [
        ("missed appointments increase", True),
        ("wait times fall", True),
        ("the number of referrals drops", True),
        ("an increase in uptake", False),
        ("a fall in admissions", False),
        ("no drop in quality", False),
        ("fewer missed appointments", False),
        # trial G: a past verb after its subject is a clause ("…, which leads to staff valued the course")
        ("staff valued the course", True),
        ("teachers' own wellbeing improved", True),
        ("improved adherence", False),
        ("people with improved mood", False),
        ("less unplanned care", False),
        ("a sense of being overlooked, adding to existing inequalities", False),
        ("less HIV-related sexual risk", False),
        ("older adults kept attending the group", True),  # trial H
    ],
)
def test_a_verb_of_change_after_its_subject_makes_a_clause_and_after_an_article_a_noun(outcome, clause):
    """ "…, which leads to missed appointments increase" read wrongly: a clause follows "so"."""
    from cmo.synthesis.wording import is_clause

    assert is_clause(outcome) is clause


def test_a_verb_like_word_after_a_comparative_is_a_noun():
    from cmo.synthesis.wording import is_clause

    assert not is_clause("longer stays and poorer outcomes") and is_clause("people stay longer")
    assert is_clause("care continues") and is_clause("they feel safer")


@pytest.mark.parametrize(
    "outcome",
    [
        "the patient enrols",  # trial I: a verb no hand-written list had
        "their loneliness returns once the support ends",  # trial I: "returns" is a noun too; "once" tells
        "the acute episode costs less than an admission",  # trial K: "costs less"
        "referrers find the service easy to use",  # trial K: a plural subject and its verb
        "Face-to-face care of equivalent timeliness has to stay available for safe crisis care",  # trial K: 7th word
        "more teachers approach and refer students",  # trial G
    ],
)
def test_an_outcome_whose_verb_the_old_list_missed_follows_so(outcome):
    """Trials G, I and K read "…, which leads to the patient enrols" in packs the expert group was sent."""
    sentence = cmo_sentence("Schools", "staff trust the service", outcome)
    assert ", so " in sentence and "which leads to" not in sentence, sentence


@pytest.mark.parametrize("outcome", ["their tax returns", "service costs", "trust sustained", "safer", "say more"])
def test_an_outcome_that_reads_as_either_gets_a_frame_right_both_ways(outcome):
    """ "returns", "costs": noun or verb, and nothing around them tells; "so" or "which leads to" would be a guess."""
    assert cmo_sentence("Schools", "staff trust the service", outcome) == (
        f"In schools, staff trust the service, with this outcome: {outcome}."
    )
    assert cmo_sentence("Schools", "", outcome) == f"In schools, the outcome: {outcome}."


def test_the_rule_reads_outcomes_it_was_not_written_from_as_a_person_labelled_them():
    """tests/data/outcomes_clause_or_phrase.csv: 161 outcomes from merge_dev, the example, tests/data, the tests and a
    public review's coding (defence offsets), labelled by hand before the rule was run on them. The old rule (a verb
    list and a 5-word window) put 23 of the 145 clauses and noun phrases in the wrong frame."""
    from cmo.synthesis.wording import _clause

    wrong, neutral, right = [], [], []
    with (DATA / "outcomes_clause_or_phrase.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            sentence = cmo_sentence("", "Staff trust the service", row["outcome"])
            but_with = ", but with " in sentence  # a null outcome: "but" for a clause, "but with" for a noun phrase (session 41)
            framed = ", so " in sentence or (", but " in sentence and not but_with), "which leads to" in sentence or but_with
            if row["form"] == "neither":  # a verb phrase lacking its subject: given one ("so they attend"), never a noun's frame
                assert not framed[1] and (not framed[0] or re.search(r", so (?:they|people|he|she) ", sentence)), sentence
                continue
            best = framed[0] if row["form"] == "clause" else framed[1]
            (right if best else wrong if any(framed) else neutral).append(_clause(row["outcome"]))
    total = len(right) + len(wrong) + len(neutral)
    print(f"{len(right)} of {total} in the best frame, {len(neutral)} in the neutral one, {len(wrong)} wrong: {wrong}")
    assert total == 145 and len(wrong) <= 1 and len(right) >= 130, (wrong, neutral)


def test_the_lexicon_is_read_only_when_a_word_needs_looking_up():
    """`cmo configs list` words every configuration: an auxiliary or a pronoun is known without the lexicon."""
    from cmo.synthesis.wording import _lexicon, is_clause

    _lexicon.cache_clear()
    assert is_clause("Staff were unsure") and is_clause("they stay") and _lexicon.cache_info().currsize == 0
    assert not is_clause("fewer missed visits") and _lexicon.cache_info().currsize == 1
    assert {"Z"} == set(_lexicon()["enrols"]) and {"Z", "s"} == set(_lexicon()["returns"])


@pytest.mark.parametrize(
    "text, title",
    [
        # trial E: "Mentor with lived experience acts…" cut the mechanism before what the mentor acts as
        (
            "Mentor with lived experience acts as a credible role model of change, giving hope",
            "Mentor with lived experience acts as a credible role model of change",
        ),
        # a clause too long for a title loses its last phrase whole, at "and", with no ellipsis
        (
            "Mentor with lived experience of prison meets them at the gate and is trusted because they have been there",
            "Mentor with lived experience of prison meets them at the gate",
        ),
        ("Mentor shares experience, building trust", "Mentor shares experience, building trust"),  # short: whole
        (
            "staff are encouraged to use telehealth for follow-up appointments with patients who live far away from the clinic",
            "Staff are encouraged to use telehealth for follow-up appointments with patients",
        ),
        # trial M: the example's pack drew "…during an emergency such" in its programme theory
        (
            "Service users who cannot be seen in person during an emergency such as the COVID-19 pandemic",
            "Service users who cannot be seen in person during an emergency",
        ),
        (
            "Carers of people who have been discharged from wards and who can no longer visit",
            "Carers of people who have been discharged from wards",
        ),
    ],
)
def test_a_generated_title_is_a_complete_phrase(text, title):
    from cmo.synthesis.wording import short_title

    assert short_title(text) == title


def test_a_title_ends_with_an_ellipsis_only_when_no_phrase_boundary_lets_it_end_whole():
    from cmo.synthesis.wording import TITLE_WORDS, short_title

    unbroken = " ".join(f"word{n}" for n in range(TITLE_WORDS + 5))
    assert short_title(unbroken) == " ".join(f"word{n}" for n in range(TITLE_WORDS)).capitalize() + "…"
    long_with_a_phrase = short_title("Nurses " + "really " * 8 + "support patients in the ward of the hospital at night")
    assert long_with_a_phrase == "Nurses " + "really " * 8 + "support patients"


@pytest.mark.parametrize(
    "context, sentence_starts",
    [
        ("South Asian adults with diabetes", "For South Asian adults"),  # trial H: "In south Asian adults"
        ("Indian MSM in cities", "In Indian MSM"),  # trial F: "In indian MSM"
        ("Service users at home", "For service users"),
    ],
)
def test_a_name_of_two_capitalised_words_keeps_its_capital(context, sentence_starts):
    assert cmo_sentence(context, "peers explain", "they attend").startswith(sentence_starts)


# ---- titles a reader can tell apart -------------------------------------------------------------


def _config(cid: str, context: str, outcome: str, mechanism: str = "Pupils see trained staff as approachable"):
    from cmo.models import Configuration

    return Configuration(id=cid, title=mechanism, context=context, mechanism=mechanism, outcome=outcome)


def test_two_machine_titles_alike_say_what_each_leads_to_else_where():
    """Trial G's pack showed one title for two findings; the outcome tells them apart, else the context, else both."""
    from cmo.synthesis.wording import distinct_titles

    configs = [
        _config("C1", "Schools where many staff are trained", "pupils seek help sooner"),
        _config("C2", "Primary schools", "Fewer referrals to CAMHS"),
        _config("C3", "Older adults living alone", "they stay", "Trust in the link worker"),
        _config("C4", "Older adults in rural areas", "they stay", "Trust in the link worker"),
    ]
    assert distinct_titles(configs, {"C1", "C2", "C3", "C4"}) == {
        "C1": "Pupils see trained staff as approachable, so pupils seek help sooner",
        "C2": "Pupils see trained staff as approachable, which leads to fewer referrals to CAMHS",
        "C3": "Trust in the link worker (older adults living alone)",
        "C4": "Trust in the link worker (older adults in rural areas)",
    }


def test_a_title_a_person_wrote_or_a_round_sent_stays_and_only_the_new_one_changes():
    from cmo.synthesis.wording import distinct_titles

    sent, new = (
        _config("C1", "Secondary schools", "pupils seek help sooner"),
        _config("C9", "Primary schools", "pupils feel heard"),
    )
    assert distinct_titles([sent, new], {"C9"}) == {"C9": "Pupils see trained staff as approachable, so pupils feel heard"}
    assert distinct_titles([sent, _config("C9", "Other", "other")], set()) == {}


def test_findings_that_say_the_same_in_every_part_keep_their_one_title():
    from cmo.synthesis.wording import distinct_titles

    same = [_config("C1", "Schools", "pupils talk"), _config("C2", "schools", "Pupils talk")]
    assert distinct_titles(same, {"C1", "C2"}) == {}


def test_refine_never_proposes_two_configurations_with_one_title_when_their_outcomes_differ():
    """Two clusters worded from statements with the same mechanism (two studies of one programme, other outcomes)."""
    from statement_samples import st

    from cmo.synthesis.merge import propose

    mechanism = "Staff trust the remote monitoring alerts"
    statements = [
        st("S1", "Rural general practices with one practice nurse", mechanism, "Fewer unplanned hospital admissions"),
        st("S2", "Rural general practices with a single practice nurse", mechanism, "Fewer unplanned admissions to hospital"),
        st("S3", "Rural practices with one practice nurse", mechanism, "Fewer unplanned hospital admissions of patients"),
        st("S4", "Care homes with agency staff at night", mechanism, "Residents are not woken for routine checks"),
        st("S5", "Care homes with agency staff overnight", mechanism, "Residents are not woken for routine night checks"),
        st("S6", "Care homes with agency night staff", mechanism, "Residents are not woken for checks"),
    ]
    active = [c for c in propose(statements, [], next_id=iter(["C1", "C2", "C3"]).__next__).configurations if not c.retired]
    titles = [c.title.casefold() for c in active]
    assert len(active) == 2 and len(set(titles)) == 2, [c.title for c in active]
    assert all(t.startswith(mechanism.casefold()) for t in titles)


def test_a_mechanism_that_says_so_already_is_joined_to_its_outcome_by_and_so():
    """The example's C1 read "…, so they feel less sure …, so face-to-face care … has to stay available"."""
    sentence = cmo_sentence("People in crisis", "Clinicians see less, so they feel unsure of risk", "care has to stay available")
    assert (
        sentence == "For people in crisis, clinicians see less, so they feel unsure of risk, and so care has to stay available."
    )


@pytest.mark.parametrize(
    "context, opening",
    [
        ("The group visit is more relaxed than a one-to-one consultation", "Where the group visit is more relaxed"),
        ("Group visits are much longer than a usual appointment", "Where group visits are much longer"),
        ("Older adults living alone", "For older adults living alone"),
        ("Services where many service users have histories of trauma", "In services where many service users have"),
        ("Community teams moving to remote working during the pandemic", "In community teams moving to remote working"),
    ],
)
def test_a_context_written_as_a_clause_opens_with_where_not_in(context, opening):
    """Trial J's pack read "In the group visit is more relaxed than a one-to-one consultation, …"."""
    assert cmo_sentence(context, "Patients get to know clinicians", "they feel heard").startswith(opening)


def test_an_outcome_opening_with_a_past_form_is_no_name_of_two_words():
    assert cmo_sentence("Older adults", "Trust grows", "Improved HbA1c").endswith("which leads to improved HbA1c.")
    assert cmo_sentence("South Asian adults", "Trust grows", "Less stigma").startswith("For South Asian adults")


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Patients whose motivation to self-manage is low, or already high",
            "Patients whose motivation to self-manage is low, or already high",
        ),
        (
            "Self-management improved in most groups, but not for patients with depression",
            "Self-management improved in most groups, but not for patients with depression",
        ),
        (
            "There was time for patients and clinicians to get acquainted and relax in the group",
            "There was time for patients and clinicians to get acquainted",
        ),
    ],
)
def test_a_title_keeps_what_qualifies_its_clause_and_never_ends_on_to_and_its_verb(text, title):
    """Trial J: "…is low" for "low, or already high"; titles ending "…felt threatening rather", "…to get"."""
    from cmo.synthesis.wording import short_title

    assert short_title(text) == title
