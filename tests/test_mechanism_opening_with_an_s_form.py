"""Trial CM: "For MH clinicians based on the school site, removes barriers of travel and stigma of clinic, …": a mechanism
coded from its verb's -s form had no subject, as only a base form ("perceive cycling as affordable") was read as a verb
phrase without one. A verb's -s form that is no plural noun ("removes", "gives") is one too. Tested on funding for rural
practices; a plural noun that is a verb's -s form too ("costs fall") keeps its own subject."""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence


def test_a_mechanism_opening_with_an_s_form_gets_a_subject():
    said = cmo_sentence("rural practices given extra funding", "gives staff time to phone patients", "fewer missed appointments")
    # the coder's singular verb keeps a singular subject, the thing the context names, not "people" (helper LZ, CU)
    assert "funding, it gives staff time to phone patients, which leads to" in said, said


def test_a_plural_noun_opening_a_mechanism_is_its_subject():
    said = cmo_sentence("rural practices given extra funding", "costs fall for patients", "fewer missed appointments")
    assert "funding, costs fall for patients, which leads to" in said, said
