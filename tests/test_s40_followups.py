"""Session 40's own follow-ups to earlier trials' "left, named" items, each a rule tested alone on a topic of its own.

AD/AF (left). A key a database made (Scopus's `Zlonis201970`) was remade as author, year and title at ingest, and the
file's key still named the source, but nothing said so: a reviewer looking for the key in the export found another.
"""

from __future__ import annotations

SCOPUS_BIB = """@ARTICLE{Okafor2019112,
author={Okafor, C. and Lindqvist, M.},
title={School meals and attention in the afternoon},
journal={Public Health Nutrition},
year={2019},
volume={22},
pages={112-120},
url={https://www.scopus.com/inward/record.uri?eid=2-s2.0-850000001},
source={Scopus},
}

@ARTICLE{teamkey_meals,
author={Barros, A.},
title={Free school meals and truancy},
journal={Journal of School Health},
year={2021},
volume={91},
pages={5-12},
source={Scopus},
}
"""


def test_a_key_its_database_made_is_said_with_the_key_it_became_and_still_names_the_source(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    export = tmp_path / "scopus.bib"
    export.write_text(SCOPUS_BIB, encoding="utf-8")
    result = cmo("ingest", str(export))
    said = [line for line in result.stderr.splitlines() if "database made" in line]
    assert len(said) == 1, result.stderr
    assert "1 record came with a key its database made (Okafor2019112 → okafor2019school)" in said[0]
    assert "teamkey_meals" not in said[0]  # a team's own key stays, and is not said
    assert "okafor2019school" in cmo("sources", "show", "Okafor2019112").stdout
    assert {source["key"] for source in cmo.json("sources", "list")} == {"okafor2019school", "teamkey_meals"}


# --- AG 4 (left): people turning away from a thing agree with people avoiding it -------------------------------------


def test_an_outcome_of_leaving_or_replacing_a_thing_is_no_opposite_of_avoiding_it():
    from cmo.synthesis.evidence import opposite_outcomes

    assert not opposite_outcomes("Tenants avoid the housing office", "Tenants move to another housing office")
    assert not opposite_outcomes("Parents are reluctant to use the nursery", "Parents switch nursery")
    assert not opposite_outcomes("Members dislike the gym and skip sessions", "Members give up the gym")
    # the turning itself held back is still the opposite of doing it
    assert opposite_outcomes("Teachers avoid changing the timetable", "Teachers change the timetable")
    assert opposite_outcomes("Tenants refuse the repair", "Tenants accept the repair")


def test_refine_does_not_say_avoiding_a_service_is_the_opposite_of_leaving_it(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    grey = tmp_path / "grey.csv"
    grey.write_text('title,year,author,type\nTenants and the housing office,2020,"Ndlovu, P.",report\n', encoding="utf-8")
    cmo("ingest", str(grey))
    key = cmo.json("sources", "list")[0]["key"]
    sheet = tmp_path / "coding.csv"
    rows = [
        ("Tenants kept waiting at a crowded front desk", "Tenants feel ignored by staff", "Tenants avoid the housing office"),
        ("Tenants queuing at a crowded front desk", "Tenants feel ignored by staff", "Tenants move to another housing office"),
        ("Tenants waiting at a crowded desk", "Tenants feel ignored by staff at the desk", "Tenants move to another office"),
    ]
    sheet.write_text("source,context,mechanism,outcome\n" + "".join(f"{key},{c},{m},{o}\n" for c, m, o in rows), encoding="utf-8")
    cmo("code", "import", str(sheet))
    said = cmo("refine").output
    assert "C1 new: S1, S2" in said, said
    assert "says the opposite" not in said


# --- AH 17: a mistyped option is one sentence, as every other refusal is --------------------------------------------


def test_a_mistyped_option_or_value_is_one_sentence_naming_where_to_read_how(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent.parent
    for args, said in (
        (["appraise", "smith2020", "--relevance", "hi"], "'hi' is not one of 'high', 'medium', 'low' ('cmo appraise --help'"),
        (["select", "include", "--rigour", "x"], "No such option '--rigour' ('cmo select include --help' says how it is used)."),
    ):
        run = subprocess.run(
            [sys.executable, "-c", "import cli; cli.main()", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env={"PYTHONPATH": str(here), "PATH": "/usr/bin:/bin"},
        )
        assert run.returncode == 2
        assert run.stderr.count("\n") == 1 and run.stderr.startswith("Error: ") and said in run.stderr, run.stderr


# --- AJ: trace doubled the quote marks of a quote typed with its own -------------------------------------------------


def test_trace_gives_a_quote_typed_with_its_own_marks_no_second_pair(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    grey = tmp_path / "grey.csv"
    grey.write_text('title,year,author,type\nLibrary outreach to new parents,2022,"Okoro, T.",report\n', encoding="utf-8")
    cmo("ingest", str(grey))
    key = cmo.json("sources", "list")[0]["key"]
    sheet = tmp_path / "coding.csv"
    sheet.write_text(
        "source,context,mechanism,outcome,quote,page\n"
        f"{key},Parents visiting the library with a baby,They feel welcome,They come back,“Staff smiled at us”,4\n"
        f"{key},Parents at a rhyme time session,They meet other parents,They join a group,We made friends,5\n",
        encoding="utf-8",
    )
    cmo("code", "import", str(sheet))
    traced = cmo("trace", "S1").stdout + cmo("trace", "S2").stdout
    assert "“Staff smiled at us” (p. 4)" in traced and '"“' not in traced
    assert '"We made friends" (p. 5)' in traced


# --- AJ: a determiner capitalised somewhere in the review's texts is no name ----------------------------------------


def test_a_word_saying_which_or_how_many_is_lowered_mid_sentence_whatever_the_reviews_texts_capitalise():
    from cmo.synthesis.wording import cmo_sentence, names_from

    texts = ["Tenants said so. Reading Another tenant's letter helped", "We met Another Chance Trust"]
    with names_from(texts):
        moved = cmo_sentence("Tenants moved at short notice", "Another tenant's eviction confirms their fear", "They stop paying")
        named = cmo_sentence("Tenants in arrears", "Another Chance Trust advisers call them weekly", "They keep paying")
    assert ", another tenant's eviction confirms their fear" in moved
    assert ", Another Chance Trust advisers call them weekly" in named


# --- AL 5: a first page alone takes the whole range a linked record gives -------------------------------------------


def test_a_linked_records_page_range_completes_a_first_page_alone_whichever_came_first():
    from cmo.bib.linking import link_record, new_source
    from cmo.models import Provenance, Record

    def record(pages: str, line: int, file: str) -> Record:
        where = Provenance(file=file, line=line, key="", format="ris")
        return Record(key="", type="article", title="Cycle lanes and school journeys", year=2019, pages=pages, provenance=where)

    source = new_source(record("40", 1, "cinahl.ris"), {}, "database search", [])
    assert link_record(source, record("40-48", 3, "endnote.ris")).pages == "40-48"
    whole = new_source(record("40-48", 1, "endnote.ris"), {}, "database search", [])
    assert link_record(whole, record("40", 3, "cinahl.ris")).pages == "40-48"
    assert link_record(source, record("41-48", 3, "endnote.ris")).pages == "40"  # another start: not this work's range


# --- retrial R4: the environment's reviewer is no --by typed to `cmo serve` -----------------------------------------


def test_serve_says_nothing_of_by_when_only_the_environment_names_the_reviewer(demo):
    import os
    import subprocess
    import sys
    import time

    from conftest import REPO
    from test_serve import free_port

    command = [sys.executable, str(REPO / "cli.py"), "--review", str(demo.folder), "serve", "--no-browser"]
    environment = {**os.environ, "CMO_REVIEWER": "Ana"}
    child = subprocess.Popen([*command, "--port", str(free_port())], stderr=subprocess.PIPE, text=True, env=environment)
    try:
        assert child.stderr.readline().startswith("cmo serve: http://127.0.0.1:")
        time.sleep(1.0)
    finally:
        child.terminate()
        said = child.communicate(timeout=10)[1]
    assert "--by is not used" not in said, said


# --- a BibTeX entry cut off after "=" (found by the fuzz suite's replayed example) -----------------------------------


def test_a_bibtex_entry_cut_off_after_its_equals_sign_is_named_not_a_crash():
    from cmo.bib.readers import bibtex

    for cut in ("year = ", "year=", "title = {Free school meals"):
        text = f"@article{{meals1,\n  title = {{Free {{school}} meals}},\n  year = {{2020}}\n}}\n@article{{meals2, {cut}"
        result = bibtex.read(text, "cut.bib")
        assert [r.key for r in result.records] == ["meals1"]
        assert result.problems and result.problems[0].file == "cut.bib"


# --- AM 6: rewording a configuration reads its unmarked members against the new words --------------------------------


def test_a_reworded_outcome_names_a_member_that_now_says_the_opposite(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    grey = tmp_path / "grey.csv"
    grey.write_text('title,year,author,type\nRepairs in social housing,2021,"Adeyemi, K.",report\n', encoding="utf-8")
    cmo("ingest", str(grey))
    key = cmo.json("sources", "list")[0]["key"]
    sheet = tmp_path / "coding.csv"
    sheet.write_text(
        "source,context,mechanism,outcome\n"
        f"{key},Tenants waiting months for repairs,They feel the landlord does not care,Tenants report repairs more often\n"
        f"{key},Tenants waiting months for a repair,They feel the landlord does not care about them,Tenants report repairs\n",
        encoding="utf-8",
    )
    cmo("code", "import", str(sheet))
    cmo("configs", "new", "--statements", "S1,S2", "--note", "one finding")
    config = cmo.json("configs", "list")[0]["id"]
    said = cmo("configs", "edit", config, "--outcome", "Tenants are reluctant to report repairs", "--note", "as read")
    assert f"says the opposite of {config}" in said.stderr, said.stderr


# --- speed: a listing reads the outcome readings the last write kept ----------------------------------------------


def test_a_write_keeps_each_members_outcome_reading_and_a_listing_reads_the_same_side(demo):
    from contextlib import closing

    from cmo.commands.review import open_review
    from cmo.synthesis.evidence import _outcome_is_negative

    demo("refine")
    with closing(open_review(demo.folder).store) as store:
        outcomes = {s.outcome for s in store.statements() if s.outcome and not s.deleted}
        kept = store.kept_readings(outcomes)
        assert kept and set(kept) <= outcomes
        assert all(kept[o] == _outcome_is_negative(o) for o in kept)
        assert any(kept.values())  # the example's "did not keep care going" reads as not following
    listed = demo.json("configs", "list")
    assert [c["undecided"] for c in listed] == [c["undecided"] for c in demo.json("configs", "list")]


# --- retrial AL N2: an unquoted comma in a row whose last column is empty is no trailing comma -----------------------


def test_a_cut_cell_is_found_though_the_rows_last_column_is_empty(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    grey = tmp_path / "grey.csv"
    grey.write_text(
        "Title,Year,Type,URL,Notes\n"
        "Safe routes to school: walking, cycling and scooting,2021,Report,https://example.org/safe-routes.pdf,\n",
        encoding="utf-8",
    )
    said = cmo("ingest", str(grey), code=None)
    (source,) = cmo.json("sources", "list")
    assert source["title"] == "Safe routes to school: walking, cycling and scooting" and source["year"] == 2021, said.output
    assert "a comma outside quotes cut the 'Title' cell" in said.stderr


# --- retrial AM N4: an edit that changes nothing records nothing ----------------------------------------------------


def test_an_edit_giving_the_words_a_configuration_has_records_nothing(demo):
    shown = demo.json("configs", "show", "C7")
    before = len(demo.json("history", "C7"))
    said = demo("configs", "edit", "C7", "--outcome", shown["outcome"], "--note", "same words")
    assert said.stdout.strip() == "C7 already says that; nothing was changed."
    assert len(demo.json("history", "C7")) == before
    assert demo.json("configs", "show", "C7") == shown


# --- AM 20: a strength reason says how many of its sources are not yet appraised -------------------------------------


def test_a_strength_reason_counts_the_sources_not_yet_appraised_beside_the_appraised():
    from cmo.models import Appraisal, SourceStanding
    from cmo.synthesis.strength import _why

    known = [
        SourceStanding(appraisal=Appraisal(rigour="high")),
        SourceStanding(appraisal=Appraisal(rigour="low")),
        SourceStanding(),
    ]
    assert (
        _why(3, 3, 0, known, 0)
        == "3 sources support it (3 peer-reviewed); 1 of high rigour, 1 of low rigour, 1 not yet appraised."
    )
    assert "appraised" not in _why(1, 1, 0, [SourceStanding()], 0)  # none appraised: nothing to set it beside


# --- retrial AJ B: an agreeing answer typed in the only box a form gave is quoted as a comment, in listings too -------


def test_listings_quote_an_agreeing_answer_typed_in_the_missing_box_as_its_comment(demo, tmp_path):
    sheet = tmp_path / "form.csv"
    sheet.write_text(
        "respondent,round,configuration,rating,missing\nkestrel,1,C1,agree,the home visits made all the difference\n",
        encoding="utf-8",
    )
    demo("feedback", "import", str(sheet))
    summary = demo("feedback", "summary").stdout
    assert "    F1 (no group, agree): the home visits made all the difference\n" in summary
    assert "Missing or wrong" not in summary
