"""Trial CC (session 46): a title in sentence case keeps a name's capital in BibTeX by braces, as a style would lower it;
a name opening with an accented capital ("Évora", "Ñuñoa") or in brackets ("Parakou (Bénin)") was left unbraced, so a
style printed "(bénin)". Tested on Portuguese and Chilean place names, not the trial's Beninese study."""

from cmo.outputs.export import bibtex_title


def test_a_name_with_an_accented_capital_or_in_brackets_is_braced():
    said = bibtex_title("Home visits for older people in Évora and Ñuñoa (Chile): a mixed-methods study")
    assert "{Évora}" in said and "{Ñuñoa}" in said and "({Chile})" in said, said


def test_words_in_brackets_in_lower_case_and_a_sentences_first_word_stay_as_written():
    said = bibtex_title("Falls among older adults (a cohort study) in rural areas: Results from a survey")
    assert said == "Falls among older adults (a cohort study) in rural areas: Results from a survey"
