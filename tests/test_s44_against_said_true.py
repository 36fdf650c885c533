"""Session 44: a member read as going against its configuration was said to be "about the same context and mechanism"
where its mechanism shared one light word with the others' or none (trials BM 3, BO 5). The wording rule reads the
pair alike as a whole; the sentence now claims the same mechanism only where the pair shares one by the rule refine's
"no or one mechanism word in common" notice reads a configuration by (`explain.no_mechanism_shared`: two words of their
mechanisms beyond words their contexts name), and else says the word it shares, or none. It says, never acts: the flag
and its mark stand. Topic: school breakfast clubs, grouped by hand (`cmo configs new`), as a team groups."""

from __future__ import annotations

from sheet_reviews import coded_review

RECORDS = "".join(
    f"TY  - JOUR\nAU  - {name}, A\nTI  - {title}\nJO  - Journal of School Health\nPY  - 2021\nER  -\n\n"
    for name, title in [
        ("Adeyemi", "Free breakfast clubs in primary schools"),
        ("Brennan", "Breakfast clubs and morning learning"),
        ("Castillo", "Morning routines in deprived schools"),
    ]
)
FOLLOWED = ("adeyemi", "Pupils who arrive hungry", "a free breakfast club gives them food and a calm start", "Better focus")
ONE_WORD = ("brennan", "Pupils bussed in from rural areas", "the club opens after their bus arrives, so they miss it", "")
TWO_WORDS = ("castillo", "Pupils in deprived schools", "food and a calm start are given to late arrivals too", "")


def _grouped(cmo, tmp_path, other: tuple[str, str, str, str]) -> str:
    other = (*other[:3], "Their attention in class did not change")
    coded_review(cmo, tmp_path, RECORDS, [(*FOLLOWED, "q1"), (*other, "q2")])
    return cmo("configs", "new", "--statements", "S1,S2", code=None).stderr


def test_a_member_sharing_one_mechanism_word_is_not_said_to_be_about_the_same_mechanism(cmo, tmp_path):
    """Fails on the old code: "its outcome did not follow, about the same context and mechanism" of 'club' alone."""
    said = _grouped(cmo, tmp_path, ONE_WORD)
    made = cmo.json("configs", "list")[-1]["id"]
    assert (
        f"S2 read as going against {made} (its outcome did not follow, though its mechanism shares only 'club' with that "
        f"of S1 beyond words their contexts name); 'cmo code mark S2 --supporting {made}' if it agrees" in said
    )
    assert cmo.json("configs", "show", made)["contradicting"] == ["S2"]  # said, never acted on


def test_a_member_sharing_two_mechanism_words_is_still_about_the_same_mechanism(cmo, tmp_path):
    said = _grouped(cmo, tmp_path, TWO_WORDS)
    made = cmo.json("configs", "list")[-1]["id"]
    assert f"S2 read as going against {made} (its outcome did not follow, about the same context and mechanism)" in said
