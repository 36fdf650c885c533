"""Session 39, second round, readers: what trial AD's tester found reading BibTeX and RIS files, keeping Scopus's keys,
writing BibTeX back and starting a review from the team's domains file. Every file here is about another topic (falls
in care homes, school meals, hospital discharge), so each rule is tested as a rule, not as that review's answers.

AD F12. A BibTeX entry with an unclosed brace was said in the parser's own words, at the entry's line and no field's.
AD. A stray untagged line in a RIS record was joined to the year above it and lost without a word.
AD. Scopus's `Huang2020788` was remade as cmo's key while its `Dennis2002` was kept: one rule for a database's keys.
AD. Exported BibTeX wrote Scopus's `note = {Cited by: 274; All Open Access…}` back.
AD. `cmo init --domains FILE` dropped the comment lines of the team's file.

Each rule is tested alone, then as a user runs it. Every test fails on the code before.
"""

from __future__ import annotations

import yaml

from cmo.bib.readers import bibtex, ris
from cmo.outputs.export import own_note
from cmo.review import load_config

# --- F12: a BibTeX entry whose brace never closes ----------------------------------------------------------------------

FALLS_BIB = """@article{okafor2019falls,
  title = {Falls in care homes: a cohort study},
  year = {2019}
}

@article{lindgren2021,
  author = {Lindgren, Maja},
  title = {Hip protectors and {falls in residential care},
  journal = {Age and Ageing},
  year = {2021}
}
@book{ward2018, title={Preventing falls}, year={2018}}
"""


def test_an_unclosed_brace_is_said_at_the_entry_s_line_with_the_field_and_its_line():
    """Fails before: "this block could not be read: Unexpected block start: `@book`. Was still looking for field-value
    closing `,` or `}`", and no field: the brace that does not close is in the title, two lines below the entry's."""
    result = bibtex.read(FALLS_BIB, "falls.bib")
    assert [record.key for record in result.records] == ["okafor2019falls", "ward2018"]
    (problem,) = result.problems
    assert problem.line == 6
    assert "field 'title' (line 8)" in problem.message and "'{'" in problem.message
    assert "Unexpected" not in problem.message and "`" not in problem.message


def test_the_field_is_named_for_quotes_and_at_the_end_of_the_file():
    quoted = '@report{audit2020,\n  institution = {NHS Trust},\n  title = "Discharge audit {2020},\n  year = {2020}\n}\n'
    quoted += "@misc{next, title={x}}\n"
    (problem,) = bibtex.read(quoted, "audit.bib").problems
    assert problem.line == 1 and "field 'title' (line 3)" in problem.message
    (end,) = bibtex.read("@misc{meals, note = {x},\n  title = {School meals {and attainment}\n", "meals.bib").problems
    assert end.message.startswith("this entry could not be read, as it does not close before the file ends")
    assert "field 'title' (line 2)" in end.message


def test_an_unclosed_brace_through_ingest_is_one_plain_sentence(cmo, tmp_path):
    (tmp_path / "falls.bib").write_text(FALLS_BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    done = cmo("ingest", str(tmp_path / "falls.bib"), code=1)
    assert "falls.bib:6: this entry could not be read" in done.stderr
    assert "the value of its field 'title' (line 8) opens a '{' that is never closed" in done.stderr
    assert "Unexpected block start" not in done.stderr


# --- a stray untagged line in a RIS record -----------------------------------------------------------------------------

MEALS_RIS = """TY  - JOUR
TI  - Free school meals and attainment at age 11
AU  - Patel, R.
PY  - 2018
copied from the council's spreadsheet
JO  - Journal of Public Health
ER  -
"""


def test_a_stray_line_after_a_one_item_tag_is_said_with_its_line():
    """Fails before: the line was joined to the year ("2018\\ncopied from…") and the year read alone: lost unsaid."""
    result = ris.read(MEALS_RIS, "meals.ris")
    (record,) = result.records
    assert record.year == 2018 and record.container == "Journal of Public Health"
    (problem,) = result.problems
    assert (problem.file, problem.line) == ("meals.ris", 5)
    assert "'copied from the council's spreadsheet' is no RIS tag line" in problem.message


def test_a_list_endnote_writes_one_item_a_line_is_still_read_as_the_tag_s():
    """EndNote writes several databases under one `DB` tag, one a line: those lines are the tag's, not stray."""
    text = "TY  - JOUR\nTI  - Discharge letters\nAU  - Reyes, A.\nPY  - 2020\nDB  - Embase\nMedline\nER  - \n"
    result = ris.read(text, "discharge.ris")
    assert not result.problems and result.records[0].extra.get("DB", "").split("; ")[:2] == ["Embase", "Medline"]


def test_a_stray_line_through_ingest_is_said(cmo, tmp_path):
    (tmp_path / "meals.ris").write_text(MEALS_RIS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    done = cmo("ingest", str(tmp_path / "meals.ris"), code=1)
    assert "meals.ris:5: 'copied from the council's spreadsheet' is no RIS tag line" in done.stderr


# --- one rule for a database's keys ------------------------------------------------------------------------------------

SCOPUS_BIB = """Scopus
EXPORT DATE: 03 March 2025

@ARTICLE{Okafor2019,
	author = {Okafor, N. and Hale, T.},
	title = {Falls in care homes: A cohort study},
	year = {2019},
	journal = {Age and Ageing},
	volume = {48},
	pages = {210-217},
	url = {https://www.scopus.com/inward/record.uri?eid=2-s2.0-85000000001&partnerID=40},
	source = {Scopus},
	note = {Cited by: 41; All Open Access, Gold Open Access}
}

@ARTICLE{Brennan2020455,
	author = {Brennan, K.},
	title = {Vitamin D and falls in residential care},
	year = {2020},
	journal = {BMC Geriatrics},
	volume = {20},
	pages = {455-462},
	url = {https://www.scopus.com/inward/record.uri?eid=2-s2.0-85000000002&partnerID=40},
	source = {Scopus},
	note = {Cited by: 7}
}
"""

LIBRARY_BIB = """@article{Okafor2019,
  author = {Okafor, N. and Hale, T.},
  title = {Falls in care homes: A cohort study},
  year = {2019},
  journal = {Age and Ageing},
  pages = {210-217}
}
"""


def test_every_key_a_database_made_gives_way_alike_and_still_finds_its_source(cmo, tmp_path):
    """Fails before: `Okafor2019` (the family name and year Scopus writes where it gives no page in the key) was kept as
    the review's key while `Brennan2020455` became `brennan2020vitamin`."""
    (tmp_path / "scopus.bib").write_text(SCOPUS_BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "scopus.bib"))
    assert sorted(source["key"] for source in cmo.json("sources", "list")) == ["brennan2020vitamin", "okafor2019falls"]
    assert "okafor2019falls" in cmo("sources", "show", "Okafor2019").stdout  # the file's key still names it


def test_the_same_key_in_a_person_s_library_is_kept(cmo, tmp_path):
    (tmp_path / "library.bib").write_text(LIBRARY_BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "library.bib"))
    assert [source["key"] for source in cmo.json("sources", "list")] == ["Okafor2019"]


# --- a database's bookkeeping is no note to write back -----------------------------------------------------------------


def test_a_database_s_counts_flags_and_dates_leave_a_note_and_the_rest_stays():
    """Fails before: there was no such rule; the note was written back whole."""
    assert own_note("Cited by: 41; All Open Access, Gold Open Access") == ""
    assert own_note("Cited By :12; Export Date: 3 March 2025") == ""
    assert own_note("Cited By (since 1996): 5; Source: Scopus") == ""
    assert own_note("Times Cited: 5; Conference of the British Geriatrics Society, Leeds") == (
        "Conference of the British Geriatrics Society, Leeds"
    )
    assert own_note("Accepted manuscript; Cited by: 3") == "Accepted manuscript"
    for kept in ("Cited by the NICE falls guideline", "Source: interview with the home's manager", "Open access via the author"):
        assert own_note(kept) == kept


def test_exported_bibtex_carries_no_cited_by_count(cmo, tmp_path):
    (tmp_path / "scopus.bib").write_text(SCOPUS_BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "scopus.bib"))
    sources = cmo.json("sources", "list")
    for source in sources:
        cmo("select", "include", source["key"])
    cmo("export", "-o", str(tmp_path / "included.bib"))
    written = (tmp_path / "included.bib").read_text(encoding="utf-8")
    assert "Cited by" not in written and "Open Access" not in written and "note =" not in written
    assert "Falls in care homes" in written


# --- the team's domains file, comments kept ----------------------------------------------------------------------------

DOMAINS = """# School meals review: domains agreed with the steering group, 4 March
# (v2: 'uptake' split from 'stigma')
domains:
  - slug: uptake   # who takes a free meal
    name: Taking up free meals
    description: Whether pupils eligible for free school meals take them
  # stigma was raised by the parents' panel
  - slug: stigma
    name: Being seen
    description: Being seen to take a free meal
groups:
  - slug: parents
    name: Parents and carers
"""


def test_init_with_domains_keeps_the_team_s_comments(cmo, tmp_path):
    """Fails before: review.yaml was written from the data alone, every comment gone."""
    (tmp_path / "domains.yaml").write_text(DOMAINS, encoding="utf-8")
    cmo("init", str(cmo.folder), "--domains", str(tmp_path / "domains.yaml"))
    written = (cmo.folder / "review.yaml").read_text(encoding="utf-8")
    for comment in ("# School meals review: domains agreed", "# (v2: 'uptake' split", "# who takes a free meal", "# stigma was"):
        assert comment in written
    config = load_config(cmo.folder / "review.yaml")
    assert [d.slug for d in config.domains] == ["uptake", "stigma"] and [g.slug for g in config.groups] == ["parents"]
    assert yaml.safe_load(written)["title"] == ""  # cmo's own keys are still written
    assert [d["slug"] for d in cmo.json("domains", "list")] == ["uptake", "stigma"]


def test_a_domains_file_written_in_flow_style_is_written_as_cmo_writes_it(cmo, tmp_path):
    (tmp_path / "domains.yaml").write_text("{domains: [{slug: uptake, name: Uptake}]}\n", encoding="utf-8")
    cmo("init", str(cmo.folder), "--domains", str(tmp_path / "domains.yaml"))
    assert [d.slug for d in load_config(cmo.folder / "review.yaml").domains] == ["uptake"]
