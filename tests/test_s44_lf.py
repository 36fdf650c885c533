"""Session 44, left-overs (LF), each a general rule:

1. A capitalised word the lexicon does not list that goes on "of" a word in capitals opens a name ("Isle of Wight"),
   read so where the review's texts are not known too; a phrase "of" a thing in lower case is no name.
3. An outcome saying its thing was low or poor ("adherence was poor", "low engagement") reads as not following, as
   "little engagement" does; of a harm ("relapse rates were low") the harm was spared; a deficiency that is a cause or
   describes people ("poor housing led to…", "low-income families attended more") and "lower" are no such outcome.
4. A header written as one word names the column an alias of the same words with spaces names ("PubYear" as "pub
   year"); a header that only begins with an alias's words ("Yearbook") names nothing.
5. A feedback column for other comments ("Other comments", "Any other comments?") is the comment: on the configuration
   its row or its header names, else on the findings overall."""

from __future__ import annotations

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import outcome_is_negative
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


# --- 5: a column for other comments is the respondent's comment ----------------------------------------------------------


def _feedback_csv(path, header: list[str], *rows: list[str]):
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def test_a_forms_other_comments_column_is_the_comment_on_the_findings_overall(demo, tmp_path):
    """Trial BM: 'Other comments' was named as a column not read (exit 1) and its words lost."""
    form = _feedback_csv(
        tmp_path / "form.csv",
        ["Pseudonym", "C1: Does this match your experience?", "C2: Other comments", "Other comments"],
        ["Kestrel", "Agree", "Night staff rarely see this", "The whole set reads as daytime care"],
    )
    demo("feedback", "import", str(form), "--round", "1")
    answers = {a["configuration"]: a for a in demo.json("feedback", "list", "--round", "1") if a["respondent"] == "Kestrel"}
    assert answers["overall"]["comment"] == "The whole set reads as daytime care", answers
    assert answers["C2"]["comment"] == "Night staff rarely see this", answers  # a configuration named: its own comment


def test_a_sheets_other_comments_column_is_the_comment_on_its_rows_configuration(demo, tmp_path):
    sheet = _feedback_csv(
        tmp_path / "typed-up.csv",
        ["Pseudonym", "Configuration", "Does this match your experience?", "What is missing or wrong?", "Other comments"],
        ["Kestrel", "C1", "Agree", "", "This is why I do the job"],
        ["Kestrel", "C2", "Partly", "Supervision is rare", ""],
    )
    demo("feedback", "import", str(sheet), "--round", "1")
    answers = {a["configuration"]: a for a in demo.json("feedback", "list", "--round", "1") if a["respondent"] == "Kestrel"}
    assert answers["C1"]["comment"] == "This is why I do the job", answers
    assert answers["C2"]["missing"] == "Supervision is rare" and not answers["C2"]["comment"], answers
    assert "overall" not in answers


# --- 3: an outcome worded as a deficiency reads as not following --------------------------------------------------------


def test_a_member_whose_outcome_was_poor_where_the_others_rose_contradicts(tmp_path):
    """Trial OD: "adherence was poor" beside members whose outcome followed was counted as support."""
    rows = [
        ("Ames2019", "Parents offered evening swimming sessions at the local pool", "Parents fit sessions around work",
         "attendance at swimming sessions increased"),
        ("Berg2020", "Parents offered evening swimming sessions at a school pool", "Parents fit sessions around work",
         "attendance at swimming sessions was poor"),
    ]  # fmt: skip
    review = review_from_rows(tmp_path, rows)
    assert cmo_run("refine", "--by", "RT", cwd=review).returncode in (0, 1)
    shown = cmo_run("configs", "show", "C1", cwd=review).stdout
    assert "contradicting sources: Berg2020" in shown, shown


def test_a_thing_said_low_or_poor_denies_it_and_a_harm_said_low_is_spared():
    for deficient in ("adherence was poor", "low engagement", "uptake remained low", "poor attendance among fathers"):
        assert outcome_is_negative(deficient), deficient
    for followed in (
        "poor housing led to more admissions",  # the deficiency is a cause, its clause has a verb
        "low-income families attended more",  # a compound adjective of people, with their verb
        "lower blood pressure",  # a direction, not a deficiency
        "relapse rates were low",  # a harm spared
        "low anxiety among carers",
    ):
        assert not outcome_is_negative(followed), followed
