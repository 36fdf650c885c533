"""Whether two statements telling opposite sides are kept apart no longer depends on statements that share no word
with either (trials BZ 1, RG 3): the words set aside as common ("patients") are judged among the statements near the two,
those sharing a word of that element with either, not across the whole review, where an update search on other matters
made "pupils" rare and a refusal joined an improvement on "parents" and "pupils" unsaid."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from cmo.models import Statement
from cmo.synthesis.evidence import on_opposite_sides
from cmo.synthesis.merge import SituationWords, situation_shared, two_sides_apart
from cmo.synthesis.terms import terms

REPO = Path(__file__).resolve().parents[1]


def _statement(number, context, mechanism, outcome, source="ahmed2020"):
    return Statement(id=f"S{number}", source=source, context=context, mechanism=mechanism, outcome=outcome)


REFUSED = _statement(
    1, "pupils with parents who never see the consent letter", "the nurse has no time to chase", "parents refused the vaccine"
)
REMINDED = _statement(
    2, "pupils with parents who get a text reminder", "tutors remind the class each morning", "more pupils were vaccinated"
)
SCHOOL = [
    REFUSED,
    REMINDED,
    _statement(3, "pupils in rural secondary schools", "a mobile clinic visits each term", "uptake of the booster rose"),
    _statement(4, "pupils with a needle phobia", "the nurse offers a quiet room", "anxious pupils attended"),
    _statement(5, "pupils from traveller families", "a liaison worker explains the vaccine", "more families agreed"),
    _statement(6, "pupils absent on the day", "a catch-up session is booked", "most were vaccinated later"),
    _statement(7, "older pupils deciding for themselves", "they judge the risk of infection", "some declined"),
    _statement(8, "special schools", "staff know each child well", "no child was missed"),
]
ROADS = [  # an update search on another matter: bus drivers' rotas, sharing no word with the two
    _statement(100 + n, f"bus drivers on {route} routes", f"the depot {verb} rotas", f"{more} incidents were logged", "byrne2021")
    for n, (route, verb, more) in enumerate(
        itertools.product(
            ("night", "rural", "city", "airport", "express"), ("posts", "changes", "shares", "prints"), ("fewer", "more")
        )
    )
]


def test_statements_sharing_no_word_with_two_sides_do_not_join_them():
    """Fails on the old code: with the update, "pupils" is no longer common in the review, the two share "parents" and
    "pupils", and are no longer kept apart."""
    assert on_opposite_sides(REFUSED, REMINDED)
    for review in (SCHOOL, SCHOOL + ROADS):
        near = SituationWords(review)
        assert situation_shared(REFUSED, REMINDED, near) == {"parent"}
        assert two_sides_apart(REFUSED, REMINDED, near)


def test_two_sides_sharing_two_words_few_others_use_stay_one_configuration():
    """Must not fire: one configuration seen from both sides says its situation both ways, in more than one word."""
    told = _statement(9, "pupils with parents who never see the consent letter", "tutors remind the class", "parents refused")
    near = SituationWords([*SCHOOL, told, *ROADS])
    assert on_opposite_sides(told, REMINDED) and not two_sides_apart(told, REMINDED, near)


def _sets():
    sys.path.insert(0, str(REPO / "bench"))
    from bench_topics import TOPICS, load

    return {folder.name: load(folder)[0] for folder in sorted(TOPICS.iterdir()) if (folder / "statements.csv").exists()}


@pytest.mark.parametrize(
    "pairing", [("micklitz2021", "luo2025"), ("vareilles2017", "kirsh2017_trial_j"), ("mcleish2023", "micklitz2021")]
)
def test_another_reviews_statements_sharing_no_word_change_no_pair(pairing):
    """Statements of published reviews (bench/data/merge_topics): a pair on opposite sides of one review is kept apart, or
    not, whatever statements of another review that share no word of their contexts and mechanisms are added. Fails on
    the old code for each of these three (a word common in the one review made rare: "wellbeing", "volunteers", "women")."""
    sets = _sets()
    review, other = sets[pairing[0]], [s.model_copy(update={"id": f"X{s.id}"}) for s in sets[pairing[1]]]
    alone = SituationWords(review)
    for a, b in itertools.combinations(review, 2):
        if not on_opposite_sides(a, b):
            continue
        words = {
            element: set(terms(getattr(a, element))) | set(terms(getattr(b, element))) for element in ("context", "mechanism")
        }
        unrelated = [s for s in other if not any(words[e] & set(terms(getattr(s, e))) for e in words)]
        assert two_sides_apart(a, b, alone) == two_sides_apart(a, b, SituationWords(review + unrelated)), (a.id, b.id)
