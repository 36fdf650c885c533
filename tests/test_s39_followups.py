"""Session 39: what the fixers of trials AD, AE and AF left for files outside theirs, each rule tested alone."""

from __future__ import annotations

from cmo.outputs.export import bibtex_title
from cmo.synthesis.terms import _fold_ise


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


def test_the_function_words_english_shares_are_those_the_lexicon_knows():
    """`ENGLISH_TOO` is written out so that no command reads the lexicon to start; it must say what the lexicon says."""
    from cmo.language import ENGLISH_TOO, FUNCTION_WORDS
    from cmo.synthesis.lexicon import english_words

    assert frozenset().union(*FUNCTION_WORDS.values()) & english_words() == ENGLISH_TOO


def test_refine_says_a_configuration_it_proposed_on_outcome_words_alone(cmo, tmp_path):
    """Trial AD: "seek professional help" and "not find the support helpful" joined on "help" alone, unsaid."""
    records = tmp_path / "quit.ris"
    records.write_text(
        "".join(
            f"TY  - JOUR\nAU  - {name}, A\nTI  - {title}\nJO  - Tobacco Control\nPY  - 2020\nER  -\n\n"
            for name, title in (("Lindqvist", "Quitlines for young smokers"), ("Moreau", "Vaping shops and cessation"))
        ),
        encoding="utf-8",
    )
    sheet = tmp_path / "coding.csv"
    sheet.write_text(
        "source,context,mechanism,outcome\n"
        "lindqvist2020quitlines,Young smokers calling a quitline,a counsellor rings back within a day,"
        "more smokers stay abstinent at six months\n"
        "moreau2020vaping,Adults buying from specialist vape shops,staff share their own switching stories,"
        "more smokers stay abstinent\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(records))
    cmo("code", "import", str(sheet))
    said = cmo("refine", "--backend", "lexical", "--threshold", "0.05", code=None)
    (config,) = cmo.json("configs", "list")
    assert f"{config['id']} was proposed on no mechanism word in common (outcome: " in said.stdout + said.stderr
    assert f"'cmo configs split {config['id']} --statements S2' if so" in said.stdout + said.stderr


def test_the_report_says_which_coders_it_read_as_reviewers_named_otherwise():
    """Trial AG: the report's coders said "Fiona Reid" where the sheet said "FR", and nothing said so."""
    from cmo.outputs.report import read_as_reviewers

    people = ["Fiona Reid", "Declan Murray"]
    # session 40 (trials AH 9, AI 15): initials and a given name are no longer read as a reviewer, only said as a guess
    # (`coders_guessed`, tests/test_s40_outputs.py); a whole name written otherwise still is
    assert read_as_reviewers({"FR", "Declan", "Declan Murray", "KM"}, people) == []
    assert read_as_reviewers({"Reid, Fiona", "KM"}, people) == ["Reid, Fiona as Fiona Reid"]


def test_a_title_made_for_a_reworded_mechanism_names_whom_they_are(unsent):
    """Trial AD: `configs edit --mechanism "they feel…"` titled the configuration "They feel a peer truly understands"."""
    unsent("configs", "edit", "C2", "--mechanism", "they feel a trainer truly understands their work", "--note", "reworded")
    title = unsent.json("configs", "show", "C2")["title"]
    assert not title.startswith("They") and title.endswith("feel a trainer truly understands their work")


def test_a_linked_record_that_says_what_kind_of_document_it_is_types_a_source_read_as_misc():
    """Trial AG: a report found first by Google Scholar (no type) stayed `misc` when the grey list said "Report"."""
    from cmo.bib.linking import link_record, new_source
    from cmo.models import Provenance, Record

    def record(kind: str, line: int) -> Record:
        where = Provenance(file="grey.csv", line=line, key="", format="table")
        return Record(key="", type=kind, title="School food in Scotland 2022", year=2022, provenance=where)

    source = new_source(record("misc", 2), {}, "database search", [])
    linked = link_record(source, record("report", 3))
    assert (linked.type, linked.grey) == ("report", True)
    kept = link_record(source.model_copy(update={"edited": ["type"]}), record("report", 3))
    assert kept.type == "misc"  # a reviewer's own type stands


def test_a_denied_change_compared_with_usual_care_speaks_of_its_own_thing():
    """A null comparison read whole ("no change in X … compared with") was cut at its start, so it spoke of nothing and
    never went against a configuration saying X improved (merge_dev's S17 lost its flag)."""
    from cmo.synthesis.evidence import _same_thing

    null = "No measurable change in reading ages was found at the end of term compared with control schools"
    assert _same_thing(null, "Improved reading ages")
    assert not _same_thing(null, "Fewer exclusions")


def test_round_close_check_names_key_contexts_left_in_members_words_after_the_group_asked_for_a_rewording(demo):
    """Trial AD: key contexts still said "Volunteers given four hours of training" under a rewording the group asked for."""
    config = "C1"  # two statements from two sources in the example
    demo("configs", "edit", config, "--context", "People in crisis seen only by video", "--note", "a person's words")
    assert f"{config}'s context was reworded" not in demo("round", "close", "--check", code=None).stderr  # nobody asked
    sheet = demo.folder / "answers.csv"
    sheet.write_text(
        "pseudonym,group,round,configuration,rating,comment\nKestrel,cyp,1,C1,disagree,Not only by video\n", encoding="utf-8"
    )
    demo("feedback", "import", str(sheet))
    answer = demo.json("feedback", "list")[-1]["id"]
    demo("configs", "edit", config, "--context", "People in crisis seen by video", "--note", "as asked", "--because", answer)
    said = demo("round", "close", "--check", code=1).stderr
    assert f"{config}'s context was reworded because of the group's answers, but its key contexts are still" in said
    assert f"'cmo configs edit {config} --key-contexts \"…\"'" in said
    demo("configs", "edit", config, "--key-contexts", "Crisis care by video", "--note", "ours")
    assert f"{config}'s context was reworded" not in demo("round", "close", "--check", code=None).stderr


def test_a_family_name_typed_alone_is_offered_the_keys_it_begins(cmo, tmp_path):
    """Trial AF: `sources show vazquez` said only "not in this review", where the key was vazqueznavarrete2009…."""
    records = tmp_path / "one.ris"
    records.write_text(
        "TY  - JOUR\nAU  - Núñez-Ortega, Rosa\nTI  - Mediadores interculturales en atención primaria\nPY  - 2019\nER  -\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(records))
    (key,) = [s["key"] for s in cmo.json("sources", "list")]
    refused = cmo("sources", "show", "nunez", code=2).stderr
    assert f"source 'nunez' is not in this review (did you mean '{key}'?)" in refused
