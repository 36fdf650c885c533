"""Session 39: what the fixers of trials AD, AE and AF left for files outside theirs, each rule tested alone."""

from __future__ import annotations

from cmo.outputs.export import bibtex_title
from cmo.synthesis.similarity import _fold_ise


def test_a_name_in_a_title_written_in_sentence_case_is_braced_for_bibtex():
    """Trial AF: Mendeley's '{{Aotearoa New Zealand}}' came back unbraced, and a style lowers it to 'aotearoa'."""
    assert bibtex_title("Interpreting for refugees in Aotearoa New Zealand: a qualitative study") == (
        "Interpreting for refugees in {Aotearoa} {New} {Zealand}: a qualitative study"
    )
    assert bibtex_title("Use of HIV PrEP among Somali women in Oslo") == "Use of {HIV} {PrEP} among {Somali} women in {Oslo}"


def test_a_title_in_title_case_or_a_sentences_first_word_is_not_braced():
    assert bibtex_title("Peer Support for Mothers With Postnatal Depression in England") == (
        "Peer Support for Mothers With Postnatal Depression in England"
    )
    assert bibtex_title("Telephone peer support for new mothers: A randomised trial in rural areas") == (
        "Telephone peer support for new mothers: A randomised trial in rural areas"
    )


def test_an_ise_after_a_vowel_is_no_ize_spelling():
    """Trial AE's "raises" was read as the term "raiz"; "organised" and "prioritising" still fold to the US form."""
    assert [_fold_ise(w) for w in ("raises", "praised", "noises", "cruises", "arises")] == [
        "raises",
        "praised",
        "noises",
        "cruises",
        "arises",
    ]
    assert [_fold_ise(w) for w in ("organised", "prioritising", "standardisation")] == [
        "organized",
        "prioritizing",
        "standardization",
    ]


def test_two_documents_on_one_publication_page_are_named_at_ingest(cmo, tmp_path):
    """Trial AE: two rows with one gov.uk address and year, other titles, were kept apart without a word (README said
    one address and year is one work); now kept apart and named, with the merge that joins them."""
    grey = tmp_path / "grey.csv"
    grey.write_text(
        "Organisation,Title,Year,URL\n"
        "Food Standards Agency,School food standards: a practical guide,2019,https://www.gov.uk/government/publications/school-food-standards-resources-for-schools\n"
        "Food Standards Agency,Checklist for school cooks,2019,https://www.gov.uk/government/publications/school-food-standards-resources-for-schools\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(grey), code=1).stderr
    keys = [s["key"] for s in cmo.json("sources", "list")]
    assert len(keys) == 2
    assert "grey.csv:3: the same web address and year as" in said
    assert f"'cmo sources merge {keys[0]} {keys[1]}' if they are one work" in said or (
        f"'cmo sources merge {keys[1]} {keys[0]}' if they are one work" in said
    )


def test_a_page_column_headed_as_teams_abbreviate_it_is_the_page(tmp_path):
    """Trial AD: 'Pg' (and 'Pg.', 'p.', 'pp') was kept as a column of the team's own: 48 pages lost, nothing said."""
    from cmo.sheets.coding import parse_coding_sheet

    for header in ("Pg", "Pg.", "p.", "pp.", "Page(s)"):
        sheet = tmp_path / "coding.csv"
        sheet.write_text(
            f"Ref,Context (C),Mechanism (M),Outcome (O),Supporting quote,{header}\n"
            "okafor2021,Pupils offered free school meals,no child is singled out,more pupils eat a hot lunch,"
            "Nobody knows who pays,12\n",
            encoding="utf-8",
        )
        (row,) = parse_coding_sheet(sheet, source_keys={"okafor2021"}, domains=set(), groups=set(), statement_ids=set())
        assert row.fields["page"] == "12", header


def test_code_import_says_which_statements_are_written_in_another_language(cmo, tmp_path):
    """Trial AF: statements coded in French and Spanish were compared as English, unsaid."""
    records = tmp_path / "meals.ris"
    records.write_text(
        "TY  - JOUR\nAU  - Dubois, Claire\nTI  - Les repas scolaires gratuits\nJO  - Santé Publique\nPY  - 2020\nER  -\n\n"
        "TY  - JOUR\nAU  - Okafor, Amara\nTI  - Free school meals and stigma\nJO  - Public Health Nutrition\nPY  - 2021\nER  -\n",
        encoding="utf-8",
    )
    sheet = tmp_path / "coding.csv"
    sheet.write_text(
        "source,context,mechanism,outcome\n"
        "dubois2020repas,Quand les repas sont gratuits pour tous les élèves,aucun enfant ne se sent montré du doigt,"
        "et plus d'élèves mangent à la cantine\n"
        "okafor2021free,In schools where every pupil eats free,no child is singled out,more pupils take the meal\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(records))
    said = cmo("code", "import", str(sheet)).stderr
    assert "S1 is written in French: cmo compares statements in English only" in said
    assert "'cmo code edit S1 --context … --mechanism … --outcome …'" in said
    assert "S2 is written" not in said
