"""Integration of trials CN and LT in shorthand.py (re-check RH1): CN's word test `_known(word)` took the name of LT's
cached set of WordNet's short words `_known()`, so every short-form check raised a TypeError: `cmo round close --check`
and `cmo pack` stopped with "unexpected failure: _known() missing 1 required positional argument". Short forms of two
to four letters and clippings of longer words are both read, in one pass, as each branch read them alone; and a pack
tells a clipping the team said ("interp"), as trial CN's branch did before LT's one sentence for packs and report."""

from cmo.synthesis.shorthand import clippings_in, is_shorthand, short_forms_told, shorthand_by_word


def test_short_words_and_clippings_are_read_together():
    assert is_shorthand("pt") and is_shorthand("abx")
    assert not is_shorthand("app") and not is_shorthand("focus")
    assert clippings_in("phone interp used at booking", {"phone", "interpreter"}) == ["interp"]
    found = shorthand_by_word([("C1", "pt sees phone interp"), ("C2", "professional interpreter present")])
    assert found == {"pt": ["C1"], "interp": ["C1"]}


def test_a_pack_tells_both_kinds_of_short_form_and_not_a_word_readers_know():
    told = short_forms_told(
        [("C1", "GP reviews meds w/o the pt"), ("C2", "phone interp at the visit"), ("C3", "no interpreter booked")],
        {"meds": "medicines", "w/o": "without", "pt": "patient", "interp": "interpreter"},
    )
    assert told == (
        "Short forms you will see: \u201cmeds\u201d means medicines; \u201cw/o\u201d means without; "
        "\u201cpt\u201d means patient; \u201cinterp\u201d means interpreter."
    )
    assert short_forms_told([("C1", "staff use the app at home")], {}) == ""
