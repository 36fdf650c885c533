"""Trial CN (interpreters in maternity care): at every round close, the check said "C1 goes to the group in one of its
2 sources' words, naming 'don't' in its mechanism" and "C9 … naming 'doesn't' in its context": a contraction is a
function word, no one study's term. Tested on another topic: link workers for older people."""

from __future__ import annotations

from sheet_reviews import coded_pair


def _review(cmo, tmp_path, context_one: str, context_two: str):
    rest = ",Link workers who listen without hurry help older people trust them,Older people join community groups"
    assert len(coded_pair(cmo, tmp_path, context_one + rest, context_two + rest)) == 1


def test_a_contraction_is_no_study_s_word(cmo, tmp_path):
    _review(cmo, tmp_path, "Older people who don't drive and can't walk far", "Older people in general practice")
    config = cmo.json("configs", "list")[0]
    assert "don't" in config["context"]  # worded from the member that says the most
    said = cmo("round", "close", "--check", code=None).stderr
    assert "'don't'" not in said and "'can't'" not in said, said


def test_one_study_s_drug_beside_a_contraction_is_still_named(cmo, tmp_path):
    """Must not fire: the study's own uncommon term beside the contraction is still named."""
    _review(cmo, tmp_path, "Older people on zopiclone who don't drive", "Older people in general practice")
    said = cmo("round", "close", "--check", code=1).stderr
    assert "naming 'zopiclone'" in said and "'don't'" not in said, said
