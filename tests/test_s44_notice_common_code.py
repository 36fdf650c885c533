"""Re-check 44 of trial BL C6: seven statements coded with one mechanism, "trust in practitioner", were joined across
different contexts and outcomes. Refine rightly said so, but as "proposed on no mechanism word in common (no word in
common)": the code's words were left out as words most of the review's mechanisms say (`common_terms`), and the line
said they shared nothing. It now names them as what they are. A pharmacy review, not the trial's topic."""

from types import SimpleNamespace

from cmo.commands.refine import no_mechanism_lines
from cmo.models import Configuration
from cmo.synthesis.explain import common_terms, no_mechanism_shared


def _statement(sid: str, context: str, mechanism: str, outcome: str) -> SimpleNamespace:
    return SimpleNamespace(id=sid, context=context, mechanism=mechanism, outcome=outcome)


REVIEW = [
    _statement("S1", "older people on repeats", "confidence in the pharmacist", "they ask about side effects"),
    _statement("S2", "carers of people with dementia", "confidence in the pharmacist", "carers accept a medicines review"),
    _statement("S3", "men who avoid their GP", "confidence in the pharmacist", "blood pressure checked"),
    _statement("S4", "rural villages with one pharmacy", "confidence in the pharmacist", "fewer trips to the surgery"),
    _statement("S5", "people on many medicines", "a structured review with a checklist", "fewer duplicate prescriptions"),
]


def test_members_sharing_only_a_code_the_review_uses_everywhere_are_said_to_share_it():
    common = common_terms(REVIEW)
    words = no_mechanism_shared(REVIEW[:2], common)
    assert words is not None and sorted(words["everywhere"]) == ["confidence", "pharmacist"]
    config = Configuration(id="C2", title="t", context="c", mechanism="m", outcome="o", statements=["S1", "S2"])
    (line,) = no_mechanism_lines({}, {"C2": words}, [config])
    assert "(no word in common)" not in line
    assert "S1, S2 share no word of their mechanisms beyond 'confidence', 'pharmacist', words most of this review" in line


def test_members_sharing_nothing_at_all_are_still_said_to_share_no_word():
    words = no_mechanism_shared([REVIEW[0], REVIEW[4]], common_terms(REVIEW))
    assert words is not None and "everywhere" not in words
    config = Configuration(id="C3", title="t", context="c", mechanism="m", outcome="o", statements=["S1", "S5"])
    (line,) = no_mechanism_lines({}, {"C3": words}, [config])
    assert "S1, S5 share no word of their mechanisms." in line
