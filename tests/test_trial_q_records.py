"""Trial Q: what the testers of a school mental health review (and trial P's, of hospital discharge) found in records and
citations, on their exports (files in `tests/data/trial_q`, each named in the README by the tool that wrote it).

1. Journal names in capitals (Web of Science's "BMC PUBLIC HEALTH") were kept though a linked record had proper case;
   a name in capitals with no better record is shown title-cased (`display_case`).
2. PubMed's full stop at a title's end ("…randomized trial.") was kept in the source: a source's title is now kept
   without it (`title_text`); the record keeps its title as read.
3. DOIs were lower-cased for display: records keep a DOI as written (`written_doi`), compared folded (`normalise_doi`).
4. "Kidger et al. 2016a" was cited with no 2016b, the b an excluded protocol: documents letter among the works they cite.
5. A body cited by its whole name holding "and" ("National Institute for Health and Care Excellence 2015") was refused,
   and "NICE 2015" was told "did you mean 'ni_she_undertaking_2018'?" for a source of another name and year.
6. `PY  - 20x1` gave no year and no word: a year given but unreadable is reported, the record still read.
7. A broken BibTeX entry was reported in the parser's words: now one plain sentence, file and line kept.

Each rule is tested alone with inputs written here (other exporters, other names), then on the testers' files. Each
test says whether it fails on the code before these fixes ("fails before") or pins behaviour that held ("pins").
"""

from __future__ import annotations

import shutil

import pytest
from conftest import DATA

from cmo.bib import linking
from cmo.bib.citations import cited_letters, citing, reference, short_cite, year_letters
from cmo.bib.dedupe import Deduplicator
from cmo.bib.readers import bibtex, medline, ris, wos
from cmo.models import Provenance, Record
from cmo.normalise import author_year_handles, display_case, doi_alias, normalise_doi, title_text, written_doi
from cmo.sheets.tables import KeyIndex

HERE = DATA / "trial_q"


def _record(file: str = "x.ris", line: int = 1, **fields) -> Record:
    return Record(provenance=Provenance(file=file, line=line, key="", format="ris"), **{"key": "", **fields})


def _source(record: Record, **changes):
    return linking.new_source(record, {}, "search", []).model_copy(update=changes)


# --- 1. names in capitals ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written,shown",
    [
        ("JOURNAL OF ADVANCED NURSING", "Journal of Advanced Nursing"),
        ("BMJ OPEN", "BMJ Open"),  # fails before: nothing was title-cased
        ("JAMA NETWORK OPEN", "JAMA Network Open"),
        ("PLOS ONE", "PLOS ONE"),
        ("BMC HEALTH SERVICES RESEARCH", "BMC Health Services Research"),
        ("HEALTH & SOCIAL CARE IN THE COMMUNITY", "Health & Social Care in the Community"),
        ("PSYCHIATRY: THE STATE OF THE ART", "Psychiatry: The State of the Art"),
        ("NHS DIGITAL", "NHS Digital"),
        ("EVIDENCE-BASED NURSING", "Evidence-Based Nursing"),
        ("Journal of Advanced Nursing", "Journal of Advanced Nursing"),  # pins: mixed case is shown as written
        ("BMJ", "BMJ"),
    ],
)
def test_1_a_name_in_capitals_is_shown_title_cased_with_small_words_and_acronyms_kept(written, shown):
    assert display_case(written) == shown


def test_1_a_linked_record_in_proper_case_replaces_a_name_in_capitals_but_not_another_name():
    """Fails before: the first record's capitals stayed. A different name (PubMed's "Lancet (London, England)") does not
    replace one, nor does anything replace a field the reviewer corrected."""
    wos_record = _record(file="savedrecs.txt", title="Peer support in care homes", container="JOURNAL OF ADVANCED NURSING")
    source = _source(wos_record)
    linked = linking.link_record(source, _record(file="cinahl.ris", title="x", container="Journal of Advanced Nursing"))
    assert linked.container == "Journal of Advanced Nursing" and linked.title == "Peer support in care homes"
    other = linking.link_record(source, _record(file="pubmed.nbib", container="Lancet (London, England)"))
    assert other.container == "JOURNAL OF ADVANCED NURSING"
    kept = linking.link_record(
        source.model_copy(update={"edited": ["container"]}), _record(container="Journal of Advanced Nursing")
    )
    assert kept.container == "JOURNAL OF ADVANCED NURSING"
    proper_first = linking.link_record(linked, _record(container="JOURNAL OF ADVANCED NURSING"))
    assert proper_first.container == "Journal of Advanced Nursing"  # pins: proper case already there stays


def test_1_a_reference_shows_a_journal_in_capitals_title_cased():
    """Fails before: the reference list showed "JOURNAL OF ADVANCED NURSING"."""
    source = _source(_record(title="Peer support", authors=["Ames, Ann"], year=2020, container="JOURNAL OF ADVANCED NURSING"))
    assert "Journal of Advanced Nursing." in reference(source)


def test_1_on_the_testers_exports_the_web_of_science_capitals_give_way_to_eric():
    """Fails before: Ekornes 2017 and O'Reilly 2018, read first from Web of Science, kept its capitals though ERIC's
    record of each, linked to them, had proper case."""
    sources = _ingest(["savedrecs.txt", "eric-ebsco.ris"])
    assert sources["ekornes2017teacher"].container == "Scandinavian Journal of Educational Research"
    assert sources["oreilly2018whose"].container == "School Mental Health"
    assert "BMC Public Health, 21(1)" in reference(sources["gobat2021developing"])  # WoS alone: shown title-cased


def _ingest(names: list[str]) -> dict:
    """The testers' files read and linked as `cmo ingest` links them, in the order given."""
    readers = {"txt": wos, "ris": ris, "nbib": medline}
    dedupe, sources = Deduplicator(), {}
    for name in names:
        for record in readers[name.rsplit(".", 1)[1]].read((HERE / name).read_text(encoding="utf-8"), name).records:
            match = dedupe.match(record, None)
            source = linking.link_record(sources[match], record) if match else linking.new_source(record, sources, "s", [])
            sources[source.key] = source
            dedupe.add(source.key, record)
    return sources


# --- 2. a title's closing full stop -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "read,kept",
    [
        ("Group visits for diabetes: a randomised trial.", "Group visits for diabetes: a randomised trial"),
        ("[Shared care in general practice].", "[Shared care in general practice]"),  # MEDLINE's translated title
        ("Does it work?", "Does it work?"),
        ("Stop!", "Stop!"),
        ("A reply to Smith et al.", "A reply to Smith et al."),
        ("Mental health services in the U.S.", "Mental health services in the U.S."),
        ("Annual report of Mind Inc.", "Annual report of Mind Inc."),
        ("To be continued...", "To be continued..."),
        ("Title  with   spaces. ", "Title with spaces"),
    ],
)
def test_2_a_title_loses_a_closing_full_stop_but_not_an_abbreviation_s(read, kept):
    assert title_text(read) == kept


def test_2_a_source_keeps_its_title_without_the_full_stop_and_the_record_as_read():
    """Fails before: the source's title ended in a full stop. The record keeps it, and so its fingerprint (pins)."""
    record = _record(file="embase.ris", title="Nurse-led discharge: a cohort study.")
    before = linking.record_fingerprint(record)
    source = _source(record)
    assert source.title == "Nurse-led discharge: a cohort study"
    assert record.title.endswith(".") and linking.record_fingerprint(record) == before
    gap = linking.link_record(_source(_record(authors=["Lee, L"])), record)
    assert gap.title == "Nurse-led discharge: a cohort study"


def test_2_on_the_testers_pubmed_export_titles_end_without_a_full_stop():
    """Fails before: "…a cluster randomized trial." from PubMed."""
    sources = _ingest(["pubmed-school-mh.nbib"])
    assert sources["jorm2010mental"].title.endswith("a cluster randomized trial")
    assert not [s.key for s in sources.values() if s.title.endswith(".") and not s.title.endswith("et al.")]


# --- 3. DOIs as written ------------------------------------------------------------------------------------------


def test_3_a_doi_is_kept_as_written_and_compared_folded():
    """Fails before: `written_doi` did not exist and readers lower-cased. `normalise_doi` is unchanged (pins)."""
    assert written_doi("https://doi.org/10.1016/S0140-6736(20)30183-5.") == "10.1016/S0140-6736(20)30183-5"
    assert normalise_doi("doi:10.1016/S0140-6736(20)30183-5") == "10.1016/s0140-6736(20)30183-5"
    assert doi_alias("10.1016/S0140-6736(20)30183-5") == doi_alias("10.1016/s0140-6736(20)30183-5")
    bib = "@article{lee2020, title={A}, author={Lee, L}, year={2020}, doi={10.1016/S0140-6736(20)30183-5}}\n"
    assert bibtex.read(bib, "a.bib").records[0].doi == "10.1016/S0140-6736(20)30183-5"
    tagged = "PT J\nAU Lee, L\nTI A\nPY 2020\nDI 10.1016/S0140-6736(20)30183-5\nER\n\nEF\n"
    assert wos.read(tagged, "savedrecs.txt").records[0].doi == "10.1016/S0140-6736(20)30183-5"


def test_3_records_whose_dois_differ_in_case_are_one_work_and_a_file_read_before_is_still_known():
    """Pins: de-duplication links DOIs whatever their case; the fingerprint counts the DOI folded, so a record read
    before DOIs were kept as written (stored lower-cased) is the same record read again."""
    dedupe = Deduplicator()
    dedupe.add("lee2020", _record(title="Discharge letters and what patients keep", doi="10.1016/S0140-6736(20)30183-5"))
    assert dedupe.match(_record(title="Discharge letters", doi="10.1016/s0140-6736(20)30183-5"), None) == "lee2020"
    as_written = _record(title="T", doi="10.1016/S0140-6736(20)30183-5")
    as_stored_before = as_written.model_copy(update={"doi": "10.1016/s0140-6736(20)30183-5"})
    assert linking.record_fingerprint(as_written) == linking.record_fingerprint(as_stored_before)


def test_3_a_sheet_names_a_source_by_its_doi_in_any_case():
    """Pins: a sheet's DOI is found whatever case the source or the sheet writes it in."""
    index = KeyIndex({"lee2020"}, lambda: {doi_alias("10.1016/S0140-6736(20)30183-5"): "lee2020"})
    assert index.resolve("https://doi.org/10.1016/s0140-6736(20)30183-5") == "lee2020"


def test_3_on_the_testers_exports_a_doi_reads_as_the_publisher_wrote_it():
    """Fails before: "doi:10.1186/1471-244x-10-51" was shown; Web of Science writes 10.1186/1471-244X-10-51, and its
    record links to PubMed's by that DOI."""
    sources = _ingest(["pubmed-school-mh.nbib", "savedrecs.txt"])
    jorm = sources["jorm2010mental"]
    assert [r.file for r in jorm.records] == ["pubmed-school-mh.nbib", "savedrecs.txt"]
    assert jorm.doi.lower() == "10.1186/1471-244x-10-51"
    assert "doi:10.1186/1471-244X-10-51" in reference(_ingest(["savedrecs.txt"])["jorm2010mental"])


# --- 4. letters among the works a document cites ----------------------------------------------------------------


def _work(key: str, title: str, status: str):
    return _source(
        _record(title=title, authors=["Okafor, Ada", "Bell, B", "Cole, C"], year=2019, key=key), key=key, status=status
    )


def test_4_a_work_is_lettered_only_among_the_works_cited_alike_with_it():
    """Fails before: an included paper was "Okafor et al. 2019a" beside its excluded protocol. Letters are given among
    the included and apart among the others; `year_letters`, which sheets read lettered citations by, is unchanged
    (pins), so "2019a" in a sheet keeps naming one work as screening goes on."""
    paper, protocol = _work("okafor2019trial", "A trial", "included"), _work("okafor2019protocol", "B protocol", "excluded")
    assert cited_letters([paper, protocol]) == {}
    with citing([paper, protocol]):
        assert short_cite(paper) == "Okafor et al. 2019"
    assert year_letters([paper, protocol]) == {"okafor2019trial": "a", "okafor2019protocol": "b"}
    second = _work("okafor2019cost", "Costs", "included")
    assert cited_letters([paper, protocol, second]) == {"okafor2019trial": "a", "okafor2019cost": "b"}  # title order
    unscreened = [_work("okafor2019trial", "A trial", "unscreened"), _work("okafor2019protocol", "B", "unscreened")]
    assert cited_letters(unscreened) == year_letters(unscreened)  # pins: before screening, as before


def test_4_on_the_testers_exports_kidger_2016_is_plain_once_its_protocol_is_excluded():
    """Fails before: "Kidger et al. (2016a)" in the pack and the report, the b an excluded protocol."""
    sources = _ingest(["pubmed-school-mh.nbib"])
    pilot = sources["kidger2016pilot"].model_copy(update={"status": "included"})
    protocol = sources["kidger2016protocol"].model_copy(update={"status": "excluded"})
    with citing([*sources.values(), pilot, protocol]):
        assert short_cite(pilot) == "Kidger et al. 2016"


# --- 5. a body's name and the suggestion for an unknown citation ------------------------------------------------


def test_5_a_body_cited_by_its_whole_name_holding_and_is_read_whole_first():
    """Fails before: "…Health and Care Excellence" was read as two authors, "National Institute for Health" and "Care
    Excellence". Two authors with "and" are still read as before (pins)."""
    assert (
        author_year_handles("Agency for Healthcare Research and Quality (2018)")[0]
        == "@agencyforhealthcareresearchandquality 2018"
    )
    assert author_year_handles("Smith and Jones 2019")[-1] == "@smith 2019"
    assert author_year_handles("Takasugi & Lee 2012a")[-1] == "@takasugi 2012"


def test_5_an_unknown_citation_suggests_only_a_source_of_a_like_name():
    """Fails before: "AHRQ 2018" was told "did you mean" a source whose handle only looked alike by its year's digits."""
    aliases = {"@ahlstrom 2019": "ahlstrom2019", "@kellezi 2019": "kellezi2019", "@kellezi 2017": "kellezi2017b"}
    index = KeyIndex({"ahlstrom2019", "kellezi2019", "kellezi2017b"}, lambda: aliases)
    assert index.resolve("AHRQ 2018") is None and index.suggester.nearest("AHRQ 2018") is None
    assert index.suggester.nearest("Kelezi et al. (2019)") == "kellezi2019"  # pins: a typo in a name of that year
    assert index.suggester.nearest("Kellezi 2018") in ("kellezi2019", "kellezi2017b")  # the name exact, the year not


def test_5_on_the_testers_sheet_the_nice_source_is_named_as_cmo_cites_it(tmp_path, cmo):
    """Fails before: both rows of the testers' sheet ("National Institute for Health and Care Excellence 2015" and
    "(2015)", the "cited as" text cmo shows) were refused; "NICE 2015" no longer suggests Ní Shé 2018, and is read as
    the NICE source by its initials."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(HERE / "zotero-included.bib"))
    sheet = tmp_path / "nice-test.csv"
    shutil.copy(HERE / "nice-test.csv", sheet)
    done = cmo("code", "import", str(sheet))
    assert "Imported 1 new statement" in done.stdout
    acronym = tmp_path / "nice-acronym.csv"
    acronym.write_text("Study,Context,Mechanism,Outcome\nNICE 2015,Adults leaving hospital,A plan,Care continues\n")
    read = cmo("code", "import", str(acronym)).stderr  # the body by its initials (test_source_names_organisations)
    assert cmo.json("code", "list")[-1]["source"] == "nice2015transition" and "ni_she_undertaking_2018" not in read


# --- 6. a year given but unreadable ------------------------------------------------------------------------------


def test_6_a_year_that_is_no_year_is_reported_and_the_record_read():
    """Fails before: the record was read without a year and nothing was said. A record with no year field says nothing
    (pins)."""
    result = ris.read("TY  - RPRT\nTI  - Discharge audit\nPY  - 19xx\nER  - \n\nTY  - RPRT\nTI  - No year\nER  - \n", "a.ris")
    assert [r.title for r in result.records] == ["Discharge audit", "No year"]
    assert [(p.file, p.line) for p in result.problems] == [("a.ris", 1)]
    assert "year (PY '19xx') is not a year" in result.problems[0].message
    nbib = medline.read("PMID- 123\nTI  - A trial.\nDP  - Spring\n", "pubmed.nbib")
    assert nbib.records[0].year is None and "year (DP 'Spring')" in nbib.problems[0].message


def test_6_on_the_testers_broken_ris_the_unreadable_year_is_named(cmo):
    """Fails before: `PY  - 20x1` was read as no year, silently."""
    cmo("init", str(cmo.folder))
    done = cmo("ingest", str(HERE / "broken.ris"), code=1)
    assert "broken.ris:1: this record's year (PY '20x1') is not a year; the record was read without one." in done.stderr
    assert len(cmo.json("sources", "list")) == 2


# --- 7. a broken BibTeX entry in words --------------------------------------------------------------------------


def test_7_a_broken_entry_is_one_plain_sentence_with_its_line():
    """Fails before: the parser's own words ("Unexpected block start…")."""
    text = '@book{ok1, title={Fine}, year={2001}}\n\n@report{open2,\n  title = "Unclosed,\n  year = {2002}\n}\n\n'
    text += "@misc{b3, title={x}}\n"
    result = bibtex.read(text, "library.bib")
    assert [r.key for r in result.records] == ["ok1", "b3"]
    (problem,) = result.problems
    assert problem.line == 3 and problem.message.startswith("this entry could not be read, as its quotes do not close")
    assert "Unexpected" not in problem.message and "`" not in problem.message
    end = bibtex.read("@misc{last, title={never closed\n", "end.bib").problems[0].message
    assert end.startswith("this entry could not be read, as it does not close before the file ends")


def test_7_on_the_testers_bad_bib_the_fault_is_said_plainly(cmo):
    cmo("init", str(cmo.folder))
    done = cmo("ingest", str(HERE / "bad.bib"), code=1)
    assert "bad.bib:1: this entry could not be read, as its braces do not close before the next entry starts" in done.stderr
    assert [s["key"] for s in cmo.json("sources", "list")] == ["ok2021"]
