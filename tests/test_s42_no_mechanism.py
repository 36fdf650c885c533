"""Session 42: refine proposed configurations a reviewer would not publish, and said nothing of them: statements joined
on one light or people word plus the outcome ("person" + "attend", "older adults" alone), on the outcome plus a light
context word ("depressive symptoms" + "delivered"), or on the person two mechanisms are about ("the nurse's framing
shapes the physician's decision" beside "education for both → a shared understanding": "context: physician; mechanism:
physician"). Keeping such statements apart costs every benchmark set ARI (hybrid 0.432 → 0.313-0.33), so the merge still
makes them; refine now says so of every configuration whose members share no word of their mechanisms but words their
contexts name too (`explain.no_mechanism_shared`; the sentence model's excuse for mechanisms it read alike went in
session 44). Other topics: cardiac rehabilitation, hand hygiene, pharmacists and GPs, leg-ulcer clinics."""

from __future__ import annotations

import itertools

from sheet_reviews import refined_together

from cmo.models import Domain, Statement
from cmo.synthesis.explain import no_mechanism_shared
from cmo.synthesis.merge import propose


def _s(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


REHAB_CALL = _s("S1", "Older adults after a heart attack", "a nurse phones before the first class", "more attend rehabilitation")
REHAB_TAXI = _s("S2", "Older adults living far from hospital", "free transport removes the cost barrier", "more attend sessions")


def test_members_joined_on_a_context_word_and_their_outcome_share_no_mechanism():
    assert no_mechanism_shared([REHAB_CALL, REHAB_TAXI]) == {"context": ["adults", "older"], "outcome": ["attend"]}


def test_a_word_both_mechanisms_use_for_the_person_their_contexts_name_is_no_shared_mechanism():
    framing = _s(
        "S3", "Physicians prescribing in care homes", "the pharmacist's framing shapes the physician's choice", "fewer sedatives"
    )
    education = _s(
        "S4",
        "Physicians new to medicine reviews",
        "joint education gives the physician a shared understanding",
        "fewer sedatives",
    )
    assert no_mechanism_shared([framing, education]) == {
        "context": ["physicians"],
        "mechanism": ["physician"],
        "outcome": ["fewer", "sedatives"],
    }
    elsewhere = [framing.model_copy(update={"context": "Care homes"}), education.model_copy(update={"context": "Nursing homes"})]
    alone = no_mechanism_shared(elsewhere)  # no context names the physician: the mechanisms share one word, no more
    assert alone is not None and alone["alone"] == ["physician"]  # one shared word is not enough (session 43)


def test_members_sharing_a_mechanism_word_or_saying_no_mechanism_are_not_questioned():
    shared = _s("S6", "Wards with alcohol gel at every bed", "a nurse phones the ward manager each week", "more attend audits")
    assert no_mechanism_shared([REHAB_CALL, shared]) is None  # "phones" is shared
    silent = [REHAB_CALL.model_copy(update={"mechanism": ""}), REHAB_TAXI.model_copy(update={"mechanism": ""})]
    assert no_mechanism_shared(silent) is None  # neither says how: nothing to compare


DOMAINS = [Domain(slug="clinics", name="Leg-ulcer clinics", description="nurses, dressings, compression and healing")]

NURSES = [
    _s(
        "S1",
        "Patients attending a nurse-led leg-ulcer clinic",
        "trust in the nurse grows over the weekly visits",
        "they keep their compression bandages on",
    ),
    _s(
        "S2",
        "Patients seen by the same nurse at a leg-ulcer clinic",
        "confidence in the nurse builds up in time",
        "they wear compression as advised",
    ),
    _s("S3", "Housebound patients with venous ulcers", "a podiatrist checks footwear at home", "fewer ulcers recur"),
    _s("S4", "Clinics with a tissue-viability lead", "audit feedback shows each team its healing rates", "ulcers heal faster"),
    _s(
        "S5",
        "Rural practices without a specialist",
        "photographs are sent to a dermatologist for advice",
        "fewer hospital referrals",
    ),
    _s(
        "S6",
        "Patients in pain from dressing changes",
        "topical anaesthetic is offered before cleansing",
        "less pain at dressing changes",
    ),
]


def _together(backend: str) -> tuple[str, dict]:
    counter = itertools.count(1)
    result = propose(NURSES, DOMAINS, next_id=lambda: f"C{next(counter)}", backend=backend, threshold=0.3)
    home = {sid: c.id for c in result.configurations if not c.retired for sid in c.statements}
    assert home["S1"] == home["S2"]
    return home["S1"], result.no_mechanism


def test_paraphrased_mechanisms_are_named_on_every_backend_alike():
    """ "trust in the nurse" beside "confidence in the nurse": only "nurse" is shared, and the contexts name the nurse.
    The hybrid backend once kept quiet as its sentence model read the two alike; the rule is the words, on every backend
    (session 44: the excuse lowered F1 on mixed configurations in every fold)."""
    config, said = _together("hybrid")
    assert said[config]["mechanism"] == ["nurse"]


def test_without_a_sentence_model_paraphrased_mechanisms_are_named_for_the_reviewer():
    config, said = _together("lexical")
    assert said[config]["mechanism"] == ["nurse"]


def test_refine_says_a_configuration_joined_on_a_context_word_and_its_outcome(cmo, tmp_path):
    """The old warning ("outcome words alone") never fired once a context word was shared too."""
    out = refined_together(
        cmo,
        tmp_path,
        "Journal of Hospital Infection",
        2021,
        [("Achebe", "Gel dispensers at the bedside"), ("Varga", "Infection nurses on surgical wards")],
        "achebe2021gel,Surgical wards in a teaching hospital,gel within reach makes cleaning hands effortless,"
        "hand hygiene compliance rises\n"
        "varga2021infection,Surgical wards with high infection rates,a respected colleague models the habit,"
        "hand hygiene compliance rises on rounds\n",
    )
    (config,) = cmo.json("configs", "list")
    cid = config["id"]
    assert f"{cid} was proposed on no mechanism word in common (context: surgical, wards; outcome: " in out
    assert "S1, S2 share no word of their mechanisms." in out
    assert f"'cmo configs split {cid} --statements S2' if so" in out
    again = cmo("refine", "--backend", "lexical", "--threshold", "0.05", code=None)
    assert "no mechanism word in common" not in again.stdout + again.stderr  # said once, when its members changed
