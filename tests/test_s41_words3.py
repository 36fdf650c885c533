"""Words people read, fourth part (session 41; trials AR 6, AR 9, AQ's odd wording): a capital the coder wrote kept when
a part opens a sentence, a clause with its own verb opens "Where", people open "For", a title not cut between two
adjectives, a split told once in a pack. Each rule on a topic other than the trial's."""

from __future__ import annotations

import re
from contextlib import closing
from html import unescape
from pathlib import Path

import pytest

from cmo.synthesis.wording import cmo_sentence, names_from, short_title, statement_texts

REPO = Path(__file__).resolve().parents[1]


# --- A capital the coder wrote stays when a part opens "Where/For/In …" (AR 6, AQ) ---------------------------------


def test_a_first_word_joined_by_and_to_a_name_keeps_its_capital():
    said = cmo_sentence(
        "Deaf and Disabled students in further education", "tutors book interpreters late", "students miss teaching"
    )
    assert said.startswith("For Deaf and Disabled students in further education, ")


def test_a_first_word_joined_to_an_acronym_is_lowered_as_before():
    said = cmo_sentence("Nurses and GPs in rural practices", "they share one record", "fewer tests are repeated")
    assert said.startswith("For nurses and GPs in rural practices, ")


def test_a_word_after_a_capitalised_function_word_of_an_if_then_column_is_a_name():
    with names_from(["IF Deaf pupils sit in a mainstream class THEN they lip-read the teacher BECAUSE no signer is there"]):
        said = cmo_sentence("Deaf pupils in mainstream classes", "they lip-read the teacher all day", "they tire by noon")
    assert said.startswith("For Deaf pupils in mainstream classes, ")


def test_the_coders_other_columns_are_read_for_names(cmo, tmp_path):
    from cmo.commands.review import open_review

    cmo("init", str(cmo.folder))
    cmo("ingest", str(REPO / "tests" / "data" / "citations" / "same_team_same_year.bib"))
    cmo("select", "include", "wildman2019service", "wildman2021")
    sheet = tmp_path / "coding.csv"
    sheet.write_text(
        "source,context,mechanism,outcome,CMOC (IF … THEN … BECAUSE …)\n"
        "wildman2019service,Deaf older people living alone,link workers book a signer for every visit,they join groups,"
        "IF Deaf older people live alone THEN link workers book a signer BECAUSE groups rarely have one\n",
        encoding="utf-8",
    )
    cmo("code", "import", str(sheet))
    with closing(open_review(cmo.folder).store) as store:
        statements = store.statements()
    assert any(s.extra for s in statements)
    with names_from(statement_texts(statements)):
        said = cmo_sentence("Deaf older people living alone", "link workers book a signer for every visit", "they join groups")
    assert said.startswith("For Deaf older people living alone, ")


def test_a_programmes_name_written_with_a_capital_mid_part_keeps_its_first_capital():
    said = cmo_sentence(
        "Circle Time sessions in primary schools", "circle discussions let pupils name their worries", "fewer playground fights"
    )
    assert said.startswith("In Circle Time sessions in primary schools, ")


def test_an_adjective_before_a_name_is_lowered_where_the_part_writes_it_so():
    said = cmo_sentence("Rural Western Cape clinics", "rural nurses visit homes", "more women attend antenatal care")
    assert said.startswith("In rural Western Cape clinics, ")


def test_a_name_in_another_language_opening_a_part_keeps_its_capital():
    said = cmo_sentence("El buen trato workshops in Bogotá schools", "teachers model respectful talk", "pupils fight less")
    assert said.startswith("In El buen trato workshops in Bogotá schools, ")


# --- How a context opens (AR 9, AQ) ------------------------------------------------------------------------------


def test_a_context_with_a_verb_its_particle_and_an_object_opens_where():
    said = cmo_sentence(
        "councils set up hubs without enough advisers", "the waiting list cannot be cleared", "families wait months for advice"
    )
    assert said.startswith("Where councils set up hubs without enough advisers, ")


def test_a_participle_with_its_particle_and_a_preposition_describes_its_people():
    said = cmo_sentence("families cut off from services", "outreach workers visit them at home", "children are seen")
    assert not said.startswith("Where ")


@pytest.mark.parametrize("people", ["landlords letting homes to refugees", "warlords controlling the roads into the camps"])
def test_people_named_by_a_lord_open_for(people):
    assert cmo_sentence(people, "aid workers negotiate access", "convoys arrive on time").startswith(f"For {people}, ")


def test_a_verb_the_lexicon_lists_after_re_is_a_verb():
    said = cmo_sentence(
        "patients who miss two appointments",
        "the clinic rebooks them without a new referral",
        "most patients attend the next one",
    )
    assert "the clinic rebooks them without a new referral, so most patients attend the next one." in said
    assert "means that" not in said


# --- Titles (AQ) -------------------------------------------------------------------------------------------------


def test_a_title_is_not_cut_between_two_adjectives_of_one_noun():
    title = short_title("tutors can offer regular, structured sessions for as long as the students want them to continue")
    assert not title.rstrip("…").endswith("regular")
    assert "regular, structured sessions" in title


def test_a_title_is_still_cut_at_a_comma_that_ends_a_clause():
    title = short_title("the room is quiet, staff speak softly to the children and the children settle well by the afternoon")
    assert title == "The room is quiet"


# --- A split told once in the next round's pack (AQ) ----------------------------------------------------------------


def _pack_text(path: Path) -> str:
    page = re.sub(r"<script.*?</script>|<style.*?</style>", "", path.read_text(encoding="utf-8"), flags=re.S)
    return unescape(re.sub(r"<[^>]+>", "\n", page))


def test_a_split_is_told_once_on_each_side(demo, tmp_path):
    config = next(c for c in demo.json("configs", "list") if len(c["statements"]) >= 3)
    moved = config["statements"][-1]
    made = demo.json("configs", "split", config["id"], "--statements", moved)["id"]
    demo("round", "close", "--note", "second round", code=1)  # both parts in one wording: named (re-check N1)
    demo("pack", "--round", "2", "-o", str(tmp_path / "pack.html"))
    text = _pack_text(tmp_path / "pack.html")
    assert text.count("Part of it now forms") == 1
    assert "moved from it to" not in text
    assert "off from it" not in text and "split it off" not in text
    told = next(line for line in text.splitlines() if "Part of it now forms" in line)
    assert f"({made})" in told and "with a finding from" in told
    assert text.count("New: split from") == 1
