"""Helper LZ (CU): mechanisms coded mid-sentence, without their subject. The sentence gave one that was wrong: "In units
with views of nature…, people gave women a sense of calm" (the units did; "people" would be the women the verb acts
on); and the titles "Gave women a sense of calm and normality", "Were experienced as re-traumatising" went to the
group, `round close --check` silent. Now a verb acting on people after a context naming a thing takes that thing
("they"/"it"), and the check names a title that opens with a finite verb and no subject. Tested on community
pharmacy and school topics too, with cases where neither may fire."""

from __future__ import annotations

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.wording import cmo_sentence, opens_without_its_subject


@pytest.mark.parametrize(
    ("context", "mechanism", "said"),
    [
        ("units with views of nature and access to gardens", "gave women a sense of calm", "they gave women a sense of calm"),
        ("a pharmacy consultation room", "gives customers privacy to ask", "it gives customers privacy to ask"),
        ("With high staff turnover", "leave residents unsettled", "it leaves residents unsettled"),
        # re-check RH1 on CU's MAXQDA export: a modal before the verb, and the context's thing before "such as"
        (
            "routine procedures such as strip searches and shackling of women",
            "can re-traumatise women",
            "they can re-traumatise women",
        ),
        ("a text reminder sent the day before", "may prompt patients to book", "it may prompt patients to book"),
    ],
)
def test_a_verb_acting_on_people_takes_the_thing_the_context_names(context, mechanism, said):
    sentence = cmo_sentence(context, mechanism, "fewer incidents")
    assert f", {said}," in sentence and "people " + mechanism.split()[0] not in sentence, sentence


@pytest.mark.parametrize(
    ("context", "mechanism", "said"),
    [
        ("rural practices given extra funding", "feel valued by the board", "people feel valued"),  # acts on no people
        ("pupils in small rural schools", "gave peers advice", "they gave peers advice"),  # the context's people
        ("rural practices given extra funding", "can feel valued by the board", "people can feel valued"),  # on no people
        ("carers such as spouses and adult children", "can give patients confidence", "they can give patients"),
    ],
)
def test_other_verbs_and_people_first_contexts_keep_their_subject(context, mechanism, said):
    sentence = cmo_sentence(context, mechanism, "fewer incidents")
    assert said in sentence, sentence


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Gave women a sense of calm and normality", True),
        ("Were experienced as re-traumatising", True),
        ("Is seen as a lifeline by carers", True),
        ("Improved access to the pharmacist", False),  # a participle describing its noun
        ("Reduced waiting times", False),
        ("Pupils feel listened to", False),
        ("Fewer missed doses", False),
    ],
)
def test_a_title_opening_with_a_finite_verb_names_no_subject(title, named):
    assert opens_without_its_subject(title) is named


def test_round_close_check_names_a_title_with_no_subject(tmp_path):
    rows = [
        ("nature2019", "units with views of nature", "gave women a sense of calm and normality", "fewer incidents"),
        ("gardens2021", "units with views of nature", "gave women a sense of calm and normality", "fewer incidents"),
        ("pharm2020", "pharmacists in community pharmacies", "feel trusted by patients", "more consultations"),
        ("pharm2022", "pharmacists in community pharmacies", "feel trusted by patients", "more consultations"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    for statements in ("S1,S2", "S3,S4"):
        made = cmo_run("configs", "new", "--statements", statements, "--by", "RT", cwd=review)
        assert made.returncode in (0, 1), made.stderr
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert checked.returncode in (0, 1), checked.stderr
    assert "C1's title 'Gave women a sense of calm and normality' opens with a verb" in checked.stderr, checked.stderr
    assert "cmo configs edit C1 --title" in checked.stderr
    assert "C2's title" not in checked.stderr, checked.stderr
