"""Trial CC (session 46): a team coding in Dedoose writes one code's name on every passage it ticks, so the same
mechanism ("Carer gains confidence from hands-on training") and the same outcome ("Exercises done daily at home") recur
on a fifth of the review's statements. Refine proposed them as one configuration, rightly, then said it was "proposed on
no mechanism word in common ... no word of their mechanisms is shared by half of them beyond 'carer', 'confidence' ...,
words most of this review's mechanisms say", with a split: the code's words were common words of the review, so
identical mechanisms counted as none. Members that say one mechanism and one outcome in the same words are one way to
one outcome; members of one mechanism and different outcomes are still said (re-check 44 of BL C6).

A school-mentoring review, not the trial's stroke rehabilitation."""

from types import SimpleNamespace

from cmo.synthesis.explain import common_terms, no_mechanism_shared


def _statement(sid: str, context: str, mechanism: str, outcome: str) -> SimpleNamespace:
    return SimpleNamespace(id=sid, context=context, mechanism=mechanism, outcome=outcome)


MENTOR, STAY = "New teacher feels supported by a named mentor", "Stays in the profession past year two"
REVIEW = [
    _statement("S1", "Rural secondary school", MENTOR, STAY),
    _statement("S2", "Inner-city primary school", MENTOR, STAY),
    _statement("S3", "Rural secondary school", MENTOR, STAY),
    _statement("S4", "School in special measures", MENTOR, "Fewer sick days taken"),
    _statement("S5", "Academy trust with a mentor programme", MENTOR, "Plans lessons with colleagues"),
    _statement("S6", "Small primary school", "Head teacher protects planning time", "Less weekend work"),
]


def test_members_saying_one_mechanism_and_one_outcome_in_the_same_words_share_their_mechanism():
    common = common_terms(REVIEW)
    assert "mentor" in common["mechanism"]  # the code's words are the review's common words
    assert no_mechanism_shared(REVIEW[:3], common) is None
    assert no_mechanism_shared([REVIEW[0], REVIEW[1], REVIEW[3]], common) is None  # two of three: half or more


def test_one_mechanism_leading_to_different_outcomes_is_still_said():
    words = no_mechanism_shared([REVIEW[0], REVIEW[3], REVIEW[4]], common_terms(REVIEW))
    assert words is not None and "supported" in words["everywhere"]
