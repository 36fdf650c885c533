"""A name at the start of an element keeps its capital wherever cmo words a configuration (trial J: the CLI printed
"In hmong families…" while the pack kept "Hmong"). One rule: a word the English lexicon knows only as a proper noun
(`wording.is_proper_noun`) is a name; a common word at a sentence's start ("Patients", "Trust") is not."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import _lower_first, cmo_sentence, is_proper_noun


@pytest.mark.parametrize("word", ["Hmong", "Somalis", "Māori", "Latino", "Ramadan", "Ontario", "Asian", "Glasgow,"])
def test_a_word_the_lexicon_knows_only_as_a_proper_noun_is_a_name(word):
    assert is_proper_noun(word)
    assert _lower_first(f"{word} families in the study") == f"{word} families in the study"


@pytest.mark.parametrize("word", ["Patients", "Nurses", "Trust", "Rose", "Black", "Improved", "May", "Carers", "Older"])
def test_a_common_word_or_an_auxiliary_spelt_like_a_name_is_not_one(word):
    assert not is_proper_noun(word)
    assert _lower_first(f"{word} care at home") == f"{word[0].lower()}{word[1:]} care at home"


def test_a_word_the_lexicon_does_not_know_is_lowered_unless_the_statements_capitalise_it_elsewhere():
    assert _lower_first("Pasifika youth") == "pasifika youth"
    assert _lower_first("Pasifika youth", {"Pasifika"}) == "Pasifika youth"


def test_the_sentence_keeps_a_name_that_opens_an_element():
    said = cmo_sentence("Hmong families caring for older relatives", "Somali interpreters explain the plan", "Trust grows")
    assert said.startswith("For Hmong families caring for older relatives, Somali interpreters explain the plan")


def test_the_command_line_keeps_the_name_as_the_pack_does(demo):
    made = demo.json(
        "code",
        "add",
        "--source",
        "arya2021black",
        "--context",
        "Hmong families caring for older relatives",
        "--mechanism",
        "They trust a worker who speaks their language",
        "--outcome",
        "more families take up respite care",
    )["id"]
    config = demo.json("configs", "new", "--statements", made, "--note", "by hand")["id"]
    listed = demo("configs", "list").stdout
    assert "For Hmong families caring for older relatives" in listed and "hmong" not in listed
    assert "Hmong families" in demo("configs", "show", config).stdout


_NAMED_ROWS = [
    ("ashby2020", "Black women booking maternity care", "midwives from their own community listened to them", "they came back"),
    ("boateng2021", "clinics where Black women were often dismissed", "a midwife like them listened", "they came back"),
    ("cole2019", "Housing First tenancies offered without conditions", "people felt in control of their home", "they kept it"),
    ("diaz2021", "a flat offered by Housing First without conditions", "tenants felt in control of their home", "they kept it"),
    ("evans2020", "NHS England commissioners funding link workers", "patients felt someone was on their side", "fewer returned"),
    ("fox2022", "NHS England funding for link workers in practices", "patients felt someone was on their side", "fewer returned"),
    ("gray2020", "Peer workers in hostels", "residents trusted someone who had been homeless", "they engaged"),
    ("hale2021", "hostels with peer workers on every shift", "residents trusted someone who had been homeless", "they engaged"),
]


def _worded_lines(text: str) -> list[str]:
    """The sentence line of each configuration a listing printed."""
    lines = text.splitlines()
    return [lines[i + 1].strip() for i, line in enumerate(lines) if line[:1] == "C" and i + 1 < len(lines)]


def test_listings_and_refine_word_names_as_the_pack_does(tmp_path, cmo_factory):
    """Trial AY: `configs list` read "For black women…" where the pack read "For Black women…": every view words a
    configuration with the review's names (`names_from`); a word its texts write in lower case elsewhere ("peer workers")
    is lowered at the start of a part all the same."""
    from sheet_reviews import review_from_rows

    cmo = cmo_factory(review_from_rows(tmp_path, _NAMED_ROWS))
    refined = "\n".join(_worded_lines(cmo("refine", "--backend", "lexical").stdout))
    listed = cmo("configs", "list").stdout
    for shown in (refined, "\n".join(_worded_lines(listed))):
        assert "Black women booking" in shown and "black women" not in shown
        assert "Housing First" in shown and "NHS England commissioners" in shown
        assert "peer workers in hostels" in shown and "Peer workers in hostels" not in shown, "written in lower case too"
    views = cmo.json("configs", "list")
    black = next(v for v in views if "Black women" in v["context"])
    shown = cmo("configs", "show", black["id"]).stdout
    assert "Black women booking" in shown and "black women" not in shown


def test_a_kept_sentence_follows_the_names_the_statements_write(tmp_path, cmo_factory):
    """The sentence a listing reads is kept under the review's names: an edit that makes a word a name (a statement now
    writes "Outreach" mid-sentence) words it again with the edit's own write, and two listings after it read the kept
    sentences, worded as the pack words them."""
    from contextlib import closing

    from sheet_reviews import review_from_rows

    from cmo.commands.configs import list_configurations
    from cmo.commands.review import open_review
    from cmo.outputs.packs import shown_words

    outreach = ("iqbal2022", "Outreach teams on hospital wards", "patients were asked where they lived", "fewer slept out")
    rows = [*_NAMED_ROWS, outreach]
    review = review_from_rows(tmp_path, rows)
    cmo = cmo_factory(review)
    cmo("refine", "--backend", "lexical")
    assert "outreach teams" in cmo("configs", "list").stdout, "no text writes it mid-sentence: a common word"
    s8 = next(s["id"] for s in cmo.json("code", "list") if s["context"].startswith("hostels"))
    cmo("code", "edit", s8, "--context", "hostels with Outreach teams and peer workers on every shift", "--note", "named")
    listed = cmo("configs", "list").stdout
    assert "Outreach teams on hospital wards" in listed and "outreach teams" not in listed
    with closing(open_review(review)) as opened:
        views = list_configurations(opened)
        parts = [(v.context, v.mechanism, v.outcome) for v in views]
        assert len(opened.store.kept_sentences(parts)) == len(views), "the edit's write kept every sentence anew"
        packed = shown_words(opened.store.configurations(), opened.store.statements())
        assert all(packed[v.id][1] in listed for v in views), "each listed as its pack words it"
    assert cmo("configs", "list").stdout == listed
