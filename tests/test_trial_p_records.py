"""Trial P: three findings of trial N's testers on real exports and a real coding sheet (files in `tests/data/trial_p`
and `tests/data/trial_o`, each named in the README by the tool that wrote it or the layout it follows).

1. A conference abstract took its meeting as its journal: Embase writes the journal that printed the abstract in JF
   and the congress in T2, and T2 was read first. The container is now what printed the work, the meeting is kept
   apart (`extra["eventtitle"]`, biblatex's name).
2. A generated key read "trento20045": the first word of the title ("A 5-year …") was a number, written after the
   year. A key's title word now never starts with a digit, and its year is four digits or none.
3. A coding sheet's study cell naming two studies ("Dil et al. 2012 and Takasugi & Lee 2012"), a citation without a
   year ("Takasugi & Lee"), and a first author typed without the apostrophe of the reference ("Olango et al 2010" for
   Olang'o) were refused. Each rule is tested alone with other names, then on the tester's files.
"""

from __future__ import annotations

import csv
import re
import sqlite3

import pytest
from conftest import DATA

from cmo.bib.dedupe import record_profile
from cmo.bib.linking import citation_key
from cmo.bib.readers import ovid, ris
from cmo.models import Provenance, Record
from cmo.normalise import MEETING, author_handle, author_year_handle, author_year_handles, listed_citations

HERE = DATA / "trial_p"
TRIAL_O = DATA / "trial_o"


def _read_ris(name: str) -> list[Record]:
    return ris.read((HERE / name).read_text(encoding="utf-8"), name).records


# --- 1. a conference abstract's journal and meeting -------------------------------------------------------------


def test_1_an_embase_conference_abstract_is_in_its_journal_and_keeps_its_meeting():
    """Embase.com's RIS: JF the journal whose supplement printed the abstract, T2 the congress with Embase's
    "(var.pagings)" note. The container is the journal; the meeting is kept, without the note, and T2 is not kept twice."""
    abstract = _read_ris("conference_layouts.ris")[0]
    assert abstract.type == "conference"
    assert abstract.container == "International Journal of Tuberculosis and Lung Disease"
    assert abstract.extra[MEETING] == (
        "52nd World Conference on Lung Health of the International Union Against Tuberculosis and Lung Disease, "
        "The Union 2021. Virtual."
    )
    assert "T2" not in abstract.extra and abstract.extra["JA"] == "Int. J. Tuberc. Lung Dis."


def test_1_a_conference_paper_is_in_its_proceedings_and_given_at_its_meeting():
    """The RIS spec's CONF: C3 "Proceedings Title", T2 "Conference Name" (EndNote and Zotero write them so)."""
    paper = _read_ris("conference_layouts.ris")[1]
    assert (paper.container, paper.extra[MEETING]) == (
        "Proceedings of the Nordic Congress of General Practice",
        "Nordic Congress of General Practice 2019",
    )


def test_1_a_conference_paper_naming_only_its_meeting_keeps_it_as_its_container():
    """Nothing else names what printed it (IEEE Xplore's CPAPER): the meeting stays the container, not repeated."""
    paper = _read_ris("conference_layouts.ris")[2]
    assert paper.container == "2018 IEEE Global Humanitarian Technology Conference (GHTC)"
    assert MEETING not in paper.extra


def test_1_a_t2_naming_a_meeting_beside_a_journal_is_the_meeting_whatever_the_type():
    """`TY  - JOUR` with no M3: a T2 that names a meeting beside JF is still the meeting, the journal the container."""
    paper = _read_ris("conference_layouts.ris")[3]
    assert (paper.container, paper.extra[MEETING]) == (
        "Archives of Disease in Childhood",
        "Annual Meeting of the Royal College of Paediatrics and Child Health",
    )


def test_1_a_journal_articles_t2_is_still_its_journal():
    article = _read_ris("conference_layouts.ris")[4]
    assert (article.type, article.container) == ("article", "Midwifery")
    assert MEETING not in article.extra


def test_1_ovids_embase_source_is_split_into_the_journal_and_the_conference():
    """Ovid's Embase "SO": "Journal. Conference: Meeting. Place. 25(11 SUPPL 2) (pp S210), 2021." was all journal."""
    [abstract] = ovid.read((HERE / "ovid_embase_conference.ovd").read_text(encoding="utf-8"), "o.ovd").records
    assert (abstract.type, abstract.container, abstract.volume) == (
        "conference",
        "International Journal of Tuberculosis and Lung Disease",
        "25",
    )
    assert abstract.extra[MEETING].startswith("52nd World Conference on Lung Health") and abstract.extra[MEETING].endswith(
        "Virtual"
    )


def test_1_an_abstract_in_a_journal_supplement_counts_as_a_meeting_abstract_when_linking():
    """De-duplication tells a meeting's abstract from its paper by the meeting; the container no longer names it, the
    kept meeting does."""
    abstract, _, _, _, article = _read_ris("conference_layouts.ris")
    assert record_profile(abstract).meeting and not record_profile(article).meeting


def test_1_the_testers_embase_export(cmo, tmp_path):
    """trial N's Embase.com export: Fortuna et al.'s abstract is in Schizophrenia Bulletin, given at the SIRS congress;
    the BibTeX export writes the meeting where biblatex reads it."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(TRIAL_O / "embase.ris"))
    shown = cmo.json("sources", "show", "fortuna2020peer")
    assert (shown["type"], shown["container"]) == ("conference", "Schizophrenia Bulletin")
    assert shown["extra"][MEETING] == (
        "2020 Congress of the Schizophrenia International Research Society, SIRS 2020. Florence Italy."
    )
    cmo("select", "include", "fortuna2020peer")
    cmo("export", "--format", "bib", "-o", str(tmp_path / "out.bib"))
    written = (tmp_path / "out.bib").read_text(encoding="utf-8")
    assert "Schizophrenia Bulletin" in written and "eventtitle = {2020 Congress of the Schizophrenia" in written


# --- 2. generated citation keys -------------------------------------------------------------------------------


def _key(title: str, authors=("Okafor, N.",), year: int | None = 2016) -> str:
    return citation_key(
        Record(
            key="", title=title, authors=list(authors), year=year, provenance=Provenance(file="f", line=1, key="", format="ris")
        )
    )


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("A 5-year randomized controlled study of group care", "okafor2016randomized"),
        ("12-month outcomes of peer support", "okafor2016outcomes"),
        ("The 2019-nCoV outbreak and clinic closures", "okafor2016outbreak"),
        ("COVID-19 and telehealth in rural clinics", "okafor2016covid"),  # a word with a number in it stays
        ("3D printing", "okafor2016printing"),
        ("2020", "okafor2016"),
    ],
)
def test_2_a_keys_title_word_never_starts_with_a_number(title, key):
    assert _key(title) == key


def test_2_a_keys_year_is_four_digits_or_none():
    """A year no reader would give (a mistyped 20045 in a hand-made record) is left out, not written into the key."""
    assert _key("Peer support", year=20045) == "okafor"[:6] + "peer"
    assert _key("Peer support", year=None) == "okaforpeer"
    assert _key("5-year follow-up", authors=(), year=2004) == "followup2004"


def test_2_the_testers_trento_record_gets_a_readable_key(cmo):
    """trial N's Embase and Cochrane exports both hold Trento et al. 2004, "A 5-year randomized…": "trento20045" before."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(TRIAL_O / "embase.ris"))
    cmo("ingest", str(HERE / "cochrane-library.ris"))
    keys = [source["key"] for source in cmo.json("sources", "list")]
    assert "trento2004randomized" in keys and not any("20045" in key for key in keys)
    assert all(re.fullmatch(r"[a-z]+(?:(?:1[5-9]|20)\d\d)?[a-z]*(?:-\d+)?", key) for key in keys), keys


# --- 3. a coding sheet's study cell -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "citations"),
    [
        ("Haddad et al. 2018 and Okafor & Mensah 2016", ["Haddad et al. 2018", "Okafor & Mensah 2016"]),
        ("Okafor and Mensah 2016; Lindqvist 2019", ["Okafor and Mensah 2016", "Lindqvist 2019"]),
        ("(Haddad et al., 2018a; Lindqvist, 2019)", ["Haddad et al., 2018a", "Lindqvist, 2019"]),
        ("Haddad 2018 & Lindqvist 2019", ["Haddad 2018", "Lindqvist 2019"]),
        ("Okafor & Mensah; Lindqvist 2019", ["Okafor & Mensah", "Lindqvist 2019"]),
        ("Okafor, Mensah & Boateng 2016", ["Okafor, Mensah & Boateng 2016"]),  # three authors of one work
        ("Okafor & Mensah 2016", ["Okafor & Mensah 2016"]),
        ("okafor2016text, lindqvist2019shared", ["okafor2016text, lindqvist2019shared"]),  # keys: no year to split at
    ],
)
def test_3_a_cell_is_split_into_citations_only_after_a_year_or_at_a_semicolon(cell, citations):
    assert listed_citations(cell) == citations


@pytest.mark.parametrize(
    ("cell", "handles"),
    [
        ("Haddad et al 2018", ["@haddad 2018"]),
        ("Haddad et al, 2018", ["@haddad 2018"]),
        ("Haddad et al., 2018a", ["@haddad 2018a", "@haddad 2018"]),
        ("Okafor & Mensah 2016", ["@okafor 2016"]),
        ("Okafor and Mensah (2016)", ["@okafor 2016"]),
        ("Okafor, Mensah and Boateng 2016", ["@okafor 2016"]),
        ("Okafor N, Mensah K. 2016", ["@okafor 2016"]),
        ("(Lindqvist, 2019)", ["@lindqvist 2019"]),
        ("O'Neill et al. 2020", ["@oneill 2020"]),
        ("ONeill et al 2020", ["@oneill 2020"]),
        ("van der Berg 2017", ["@vanderberg 2017"]),
    ],
)
def test_3_a_citation_is_read_in_the_common_author_year_styles(cell, handles):
    assert author_year_handles(cell) == handles


def test_3_a_first_author_is_compared_without_its_spaces_and_apostrophes():
    """The sheet's "Olango" and the reference's "Olang'o" (or "van der Berg" and "Vanderberg") are one name."""
    assert author_year_handle("O'Neill", 2020) == author_year_handle("ONeill", 2020) == "@oneill 2020"
    assert author_year_handle("van der Berg", 2017) == author_year_handle("Vanderberg", 2017)


@pytest.mark.parametrize(
    ("cell", "start"),
    [
        ("Okafor & Mensah", "@okafor "),
        ("Haddad et al", "@haddad "),
        ("Haddad et al.", "@haddad "),
        ("(Lindqvist)", "@lindqvist "),
    ],
)
def test_3_a_citation_without_a_year_is_read_by_its_first_author(cell, start):
    assert author_handle(cell) == start
    assert author_handle("Haddad 2018") is None and author_handle("Kane 2010, p. 4") is None


BIB = """@article{okafor2016text, title = {Text reminders for vaccine appointments}, author = {Okafor, Ngozi and Mensah, Kofi},
  journal = {Vaccine}, year = {2016}}
@article{haddad2018first, title = {Community pharmacists and hypertension}, author = {Haddad, Rami and Aziz, Lina},
  journal = {BMJ Open}, year = {2018}}
@article{haddad2021second, title = {Pharmacist follow-up after discharge}, author = {Haddad, Rami and Said, Omar},
  journal = {BMJ Open}, year = {2021}}
@article{oneill2020school, title = {School nurses and asthma plans}, author = {O'Neill, Kate and Byrne, Sean},
  journal = {Archives of Disease in Childhood}, year = {2020}}
@article{lindqvist2019shared, title = {Shared decision aids for hip replacement}, author = {Lindqvist, Hanna and Berg, Ola},
  journal = {Scandinavian Journal of Primary Health Care}, year = {2019}}
"""


@pytest.fixture
def review(cmo, tmp_path):
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "refs.bib"))
    return cmo


def _sheet(path, rows: list[list[str]], header=("Study", "Context", "Mechanism", "Outcome")):
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([list(header), *rows])
    return path


def _sources(cmo) -> list[str]:
    with sqlite3.connect(cmo.folder / "review.db") as db:
        return [row[0] for row in db.execute("SELECT json_extract(data, '$.source') FROM statements ORDER BY num")]


@pytest.mark.parametrize(
    ("cell", "sources"),
    [
        ("Haddad et al. 2018 and Okafor & Mensah 2016", ["haddad2018first", "okafor2016text"]),
        ("Okafor and Mensah 2016; Lindqvist et al., 2019", ["okafor2016text", "lindqvist2019shared"]),
        ("(Haddad et al., 2021; Lindqvist, 2019)", ["haddad2021second", "lindqvist2019shared"]),
        ("ONeill et al 2020", ["oneill2020school"]),
        ("Okafor, Mensah and Boateng 2016", ["okafor2016text"]),
    ],
)
def test_3_a_sheet_names_its_studies_in_the_common_styles(review, tmp_path, cell, sources):
    review("code", "import", str(_sheet(tmp_path / "s.csv", [[cell, "Clinics", "Reminded", "Attend"]])))
    assert _sources(review) == sources


def test_3_a_citation_without_a_year_names_the_one_source_by_its_first_author_and_says_so(review, tmp_path):
    done = review("code", "import", str(_sheet(tmp_path / "s.csv", [["Okafor & Mensah", "Clinics", "Reminded", "Attend"]])))
    assert _sources(review) == ["okafor2016text"]
    assert "row 2: 'Okafor & Mensah' gives no year; it was read as okafor2016text" in done.stderr


def test_3_a_citation_without_a_year_that_several_sources_answer_is_refused_in_one_sentence(review, tmp_path):
    refused = review(
        "code", "import", str(_sheet(tmp_path / "s.csv", [["Haddad & Aziz", "Clinics", "Reminded", "Attend"]])), code=2
    )
    assert (
        "row 2, column Study: 'Haddad & Aziz' gives no year and could be any of haddad2018first, haddad2021second: "
        "write the year or the key" in refused.stderr
    )


def test_3_a_yearless_citation_naming_one_author_is_still_only_suggested(review, tmp_path):
    """ "Okafor et al." names a team, not a work (trial L: refused, with the one source by that author suggested)."""
    refused = review(
        "code", "import", str(_sheet(tmp_path / "s.csv", [["Okafor et al.", "Clinics", "Reminded", "Attend"]])), code=2
    )
    assert "'Okafor et al.' is not a source in this review (did you mean 'okafor2016text'?)" in refused.stderr


def test_3_a_listed_citation_that_names_nothing_is_refused_naming_the_row_and_the_citation(review, tmp_path):
    sheet = _sheet(tmp_path / "s.csv", [["Okafor & Mensah 2016 and Nobody & Else 2015", "Clinics", "Reminded", "Attend"]])
    refused = review("code", "import", str(sheet), code=2)
    assert (
        "row 2, column Study: 'Okafor & Mensah 2016 and Nobody & Else 2015' is not a source in this review: of the 2 "
        "works it lists, 'Nobody & Else 2015' names none" in refused.stderr
    )
    assert _sources(review) == []


def test_3_the_testers_sheets(cmo):
    """trial N's community health volunteer review: a cell with "and" between two citations each with "&" imports one
    statement from each; with a quote and page it is refused, as before (a quote is from one source); "Olango et al
    2010" is Olang'o et al. 2010."""
    cmo("init", str(cmo.folder), "--domains", str(HERE / "chv-domains.yaml"))
    cmo("ingest", str(HERE / "chv-included.bib"))
    done = cmo("code", "import", str(HERE / "two-studies-and-amp.csv"))
    assert "row 2 names 2 sources (dil2012motivations, takasugi2012why)" in done.stderr
    assert _sources(cmo) == ["dil2012motivations", "takasugi2012why"]
    refused = cmo("code", "import", str(HERE / "two-studies-with-quote.csv"), code=2)
    assert "row 2, column Study: names 2 sources (dil2012motivations, takasugi2012why), and its 'Supporting data (quote)'" in (
        refused.stderr
    )
    cmo("code", "import", str(HERE / "coding-sheet-olango-typo.csv"))
    with sqlite3.connect(cmo.folder / "review.db") as db:
        [source] = db.execute("SELECT json_extract(data, '$.source') FROM statements WHERE data LIKE '%NGO-run home-based%'")
    assert source == ("olango2010staff",)
