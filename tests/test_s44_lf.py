"""Session 44, left-overs (LF), each a general rule:

1. A capitalised word the lexicon does not list that goes on "of" a word in capitals opens a name ("Isle of Wight"),
   read so where the review's texts are not known too; a phrase "of" a thing in lower case is no name.
4. A header written as one word names the column an alias of the same words with spaces names ("PubYear" as "pub
   year"); a header that only begins with an alias's words ("Yearbook") names nothing."""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence

# --- 1: a name that goes on "of" a word in capitals keeps its capital --------------------------------------------------


def test_a_name_going_on_of_a_capitalised_word_keeps_its_capital_without_the_reviews_texts():
    said = cmo_sentence("Isle of Wight practices offering evening clinics", "parents attend after work", "attendance rose")
    assert said.startswith("In Isle of Wight practices"), said
    for context, opening in [
        ("Tower Hamlets surgeries with bilingual staff", "In Tower Hamlets surgeries"),
        ("Stoke-on-Trent pharmacies with a minor ailment scheme", "In Stoke-on-Trent pharmacies"),
    ]:
        said = cmo_sentence(context, "patients go to the pharmacist first", "GP visits fell")
        assert said.startswith(opening), said


def test_a_common_word_before_of_and_a_lower_case_thing_is_lowered():
    said = cmo_sentence("Loss of mobility after a fall", "people stop going out", "isolation rose")
    assert "loss of mobility" in said, said
    said = cmo_sentence("Lack of NHS dentists nearby", "families travel far", "missed check-ups rose")
    assert "lack of NHS dentists" in said, said


# --- 4: a header's words run together name the column the alias's words name ---------------------------------------------


def test_a_header_written_as_one_word_is_read_as_the_alias_of_its_words(cmo, tmp_path):
    """Dimensions writes "PubYear"; a list with no "Publication Date" beside it lost every year (trial RD)."""
    sheet = tmp_path / "dims.csv"
    sheet.write_text(
        "ArticleTitle,Authors,PubYear,JournalTitle\n"
        '"Cooling centres for older people in heatwaves","Okafor, Ada",2018,Public Health\n',
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(sheet))
    (source,) = cmo.json("sources", "list")
    assert (source["title"], source["year"], source["container"]) == (
        "Cooling centres for older people in heatwaves",
        2018,
        "Public Health",
    ), source


def test_a_header_that_only_begins_with_an_aliass_words_is_not_read_as_it(cmo, tmp_path):
    sheet = tmp_path / "list.csv"
    sheet.write_text('Title,Authors,Yearbook\n"Cooling centres in heatwaves","Okafor, Ada",2018\n', encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(sheet), code=None)
    (source,) = cmo.json("sources", "list")
    assert source["year"] is None, source
