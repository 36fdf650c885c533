"""Trial H7 (a new user's rapid realist review of school-based HPV vaccination): Europe PMC's and ClinicalTrials.gov's
CSV downloads as the team brought them (`tests/data/trial_h7`)."""

from __future__ import annotations

from conftest import DATA

from cmo.bib.readers.ris import split_author_value

EXPORTS = DATA / "trial_h7"


def test_a_group_author_closing_a_vancouver_list_is_one_author_after_the_people(cmo):
    """Europe PMC writes a collective author after the people with the same comma ("…, Skinner SR, HPV.edu Study
    Group."): the whole list was read as one author, cited by all twelve names and keyed by them."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXPORTS / "europepmc_group_author.csv"))
    keys = {source["key"] for source in cmo.json("sources", "list")}
    assert "davies2021schoolbased" in keys
    shown = cmo.json("sources", "show", "davies2021schoolbased")
    assert shown["authors"][:2] == ["Davies, C.", "Stoney, T."]
    assert shown["authors"][-2:] == ["Skinner, S. R.", "HPV.edu Study Group"]


def test_a_list_that_is_no_list_of_people_before_its_group_stays_as_written(cmo):
    """Another topic: a name of no person's shape ("Brown") before the group leaves the list unread, as before."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXPORTS / "europepmc_group_author.csv"))
    [nursing] = [s for s in cmo.json("sources", "list") if s["title"].startswith("Protected learning time")]
    assert cmo.json("sources", "show", nursing["key"])["authors"] == ["Okafor C, Lindqvist A, Brown, Working Group."]


def test_a_group_is_read_after_people_only_where_it_closes_the_list():
    assert split_author_value("Smith J, Jones K, ALSPAC Study Team") == ["Smith, J.", "Jones, K.", "ALSPAC Study Team"]
    assert split_author_value("Centre for Reviews and Dissemination") == ["Centre for Reviews and Dissemination"]
    assert split_author_value("Age UK") == ["Age UK"]
    assert split_author_value("Smith J, ALSPAC Study Team, Jones K") == ["Smith J, ALSPAC Study Team, Jones K"]


def test_clinicaltrials_gov_csv_download_is_read_as_registry_records(cmo):
    """ClinicalTrials.gov's CSV of study records was refused whole ('no column is read as a title'): its 'Study
    Title', 'Sponsor', 'First Posted', 'Study URL', 'Brief Summary' and 'NCT Number' are read."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXPORTS / "clinicaltrials_gov_ctg-studies.csv"))
    listed = {source["key"]: source for source in cmo.json("sources", "list")}
    assert len(listed) == 3
    shown = cmo.json("sources", "show", "uppsalauniversity2014schoolbased")
    assert shown["title"] == "School-based Intervention for the Prevention of HPV Among Adolescents"
    assert shown["authors"] == ["Uppsala University"] and shown["year"] == 2014 and shown["grey"]
    assert shown["url"] == "https://clinicaltrials.gov/study/NCT02280967"
    assert shown["abstract"].startswith("The aim is to evaluate")
    assert [record["key"] for record in shown["records"]] == ["NCT02280967"]
    assert cmo.json("sources", "show", "universityofcoloradodenver2018text")["authors"] == ["University of Colorado, Denver"]


# --- Coding sheets: a preprint cited by its kind, a second coder's rows (tests/data/trial_h7/coding_*.csv) -------------


def _kellett(cmo):
    """Kellett 2021: the medRxiv preprint (included) and the conference abstract (maybe), both 'Kellett et al. 2021'."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXPORTS / "medrxiv.bib"), str(EXPORTS / "scopus.csv"))
    keys = {source["title"][:20]: source["key"] for source in cmo.json("sources", "list")}
    preprint, abstract = keys["Parents’ reasons for"], keys["P56 Why do parents d"]
    cmo("select", "include", preprint, keys["Why parents say no: "])
    cmo("select", "maybe", abstract)
    return preprint, abstract


def test_a_citation_naming_its_kind_of_work_reads_the_one_work_of_that_kind(cmo):
    """'Kellett 2021 preprint' beside Kellett's 2021 preprint and conference abstract was refused ('could be any of'),
    though the words after the year name the kind of work only one of them is, as a document's name is read."""
    preprint, abstract = _kellett(cmo)
    done = cmo("code", "import", str(EXPORTS / "coding_first.csv"))
    assert [s["source"] for s in cmo.json("code", "list")][:1] == [preprint]
    both = ", ".join(sorted([preprint, abstract]))  # medRxiv's key (its DOI's number) gave way to cmo's own (K6)
    assert f"'Kellett 2021 preprint' could be any of {both}; it was read as {preprint}" in done.stderr


def test_a_kind_of_work_neither_work_is_still_refused_naming_both(cmo):
    """Another kind ('report'): no work of the two is one, so the cell is refused naming both, as before."""
    preprint, abstract = _kellett(cmo)
    done = cmo("code", "import", str(EXPORTS / "coding_kind_unnamed.csv"), code=2)
    assert "'Kellett 2021 report' could be any of" in done.stderr and preprint in done.stderr and abstract in done.stderr
    assert cmo.json("code", "list") == []


def test_a_second_coders_rows_agree_whatever_the_page_is_written_and_add_their_own_words(cmo):
    """The second coder's row of S2 word for word on page '4' (S2: 'p.4') was refused as on another page; their own
    words for S3's page (no quote) were not imported, taken for an edit of the first coder's row."""
    _kellett(cmo)
    cmo("code", "import", str(EXPORTS / "coding_first.csv"))
    done = cmo("code", "import", str(EXPORTS / "coding_second.csv"), code=1)
    statements = {s["id"]: s for s in cmo.json("code", "list")}
    assert statements["S2"]["coder"] == "LB; mk", "the two coders agree on S2"
    assert [s["coder"] for s in statements.values()] == ["LB", "LB; mk", "mk", "LB"], "LB's own words for S3's page: S4"
    assert statements["S4"]["mechanism"] == "couldn't read the information so defaulted to a no"
    assert "row 4 says what S3 says, from the same quote, but on page 'p.6' (S3: '5')" in done.stderr, "another page"


def test_a_person_whose_initials_spell_a_bodys_word_closing_a_list_stays_a_person():
    """Another topic: 'Patel UK' is a person written family name first, not a group after the people."""
    assert split_author_value("Okafor AC, Patel UK") == ["Okafor, A. C.", "Patel, U. K."]


def test_a_work_marked_maybe_is_named_maybe_among_the_works_a_citation_could_be(cmo, tmp_path):
    """'could be any of …' named the conference abstract the team had marked maybe as 'unscreened'."""
    preprint, abstract = _kellett(cmo)
    appraisal = tmp_path / "appraisal.csv"
    appraisal.write_text("key,relevance,rigour\nKellett 2021,medium,low\n")
    done = cmo("appraise", "--file", str(appraisal), code=2)
    assert (
        f"{abstract} (Kellett et al. 2021, maybe)" in done.stderr and f"{preprint} (Kellett et al. 2021, included)" in done.stderr
    )


# --- A preprint counted beside the paper it became (round close --check) ----------------------------------------------


def _one_configuration_of(cmo, *keys: str) -> None:
    for n, key in enumerate(keys):
        cmo(
            "code",
            "add",
            "--source",
            key,
            "--context",
            "Parents who declined",
            "--mechanism",
            f"worry {n}",
            "--outcome",
            "declined",
        )
    cmo("refine")
    cmo("configs", "new", "--statements", ",".join(f"S{n}" for n in range(1, len(keys) + 1)), "--domain", "safety")


def test_a_preprint_and_the_paper_its_authors_published_in_one_configuration_are_named(cmo):
    """Kellett's medRxiv preprint (2021) and the BMJ Open paper (2022), other titles and DOIs, were counted as two
    sources of one finding, unsaid."""
    preprint, _ = _kellett(cmo)
    _one_configuration_of(cmo, preprint, "kellett2022why")
    done = cmo("round", "close", "--check", code=None)
    assert f"counts {preprint} (a preprint, 2021) and kellett2022why (2022), by the same authors, as two sources" in done.stderr
    assert f"'cmo sources merge kellett2022why {preprint} --force --note …'" in done.stderr


def test_a_conference_abstract_beside_its_paper_is_no_preprint_to_name(cmo):
    """Another kind of work by the same authors (a meeting's abstract, no preprint server's) is not named so."""
    _, abstract = _kellett(cmo)
    cmo("select", "include", abstract)
    _one_configuration_of(cmo, abstract, "kellett2022why")
    assert "a preprint" not in cmo("round", "close", "--check", code=None).stderr


def test_a_column_of_another_header_naming_the_groups_is_said_not_kept_unsaid(cmo):
    """A 'Who' column of the review's groups was kept as the team's own column without a word: no statement said for
    whom. Another column of other words ('Setting': school, clinic) is kept unsaid, as before."""
    _kellett(cmo)
    done = cmo("code", "import", str(EXPORTS / "coding_who_column.csv"), code=None)
    assert "the column 'Who' was kept as the team's own column, not read as the statements' stakeholder groups" in done.stderr
    assert "'Setting'" not in done.stderr


# --- Feedback: an email saved as text ---------------------------------------------------------------------------------


def test_an_email_saved_as_text_is_refused_as_an_email_not_misread_as_a_form(cmo):
    """A clinician's emailed comments saved as a .txt were refused as 'one row per respondent and a column per
    configuration', a line of the email named as a column."""
    preprint, _ = _kellett(cmo)
    _one_configuration_of(cmo, preprint, "kellett2022why")
    cmo("round", "close", code=1)
    done = cmo("feedback", "import", str(EXPORTS / "email_thread_outlook.txt"), code=2)
    assert "email_thread_outlook.txt: an email (its 'From:' and 'Subject:' lines), not a table of answers" in done.stderr
    assert "column per configuration" not in done.stderr


def test_a_table_with_a_from_column_is_no_email():
    from cmo.sheets.feedback import _an_email

    assert not _an_email("From,Subject,Comment\nward 3,C1,agree\n")
    assert not _an_email("Respondent,Configuration,Comment\nFrom: a carer,C1,Subject: discharge\n")
