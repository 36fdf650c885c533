"""Trial AC (sources): Ovid Embase's page ranges written "(pp 798-808)" were never read, so an Embase-only record was
cited without pages; an accented initial ("Mas M.À.") was read as part of one family name; and (re-trial AA 5) a key
merged away by `cmo sources merge`, read on a coding sheet, was refused by the commands, as was a citation by the year
a linked record gives ("Cornes et al. (2017)" of a paper cited 2018). Each rule tested on records of other topics."""

from __future__ import annotations

import re

# Ovid's labelled display of Embase records (another topic: physiotherapy and falls), each page shape Embase writes.
EMBASE = """<1>
Accession Number
  20190001
Author
  Ölçer Ş.; Yılmaz A.K.; Brandt E.
Title
  Home exercise after hip fracture: a randomised trial of physiotherapist supervision by video call
Source
  Physiotherapy Research International. 24(2) (pp 112-121), 2019. Date of Publication: 01 Apr 2019.
Year of Publication
  2019

<2>
Accession Number
  20200002
Author
  Łukasik Ż.; Dvořák Č.
Title
  Strength and balance classes in sheltered housing: a qualitative study of attendance
Source
  Journal of Aging and Physical Activity. Vol 28(5) (pp 45-67), 2020.
Year of Publication
  2020

<3>
Accession Number
  20210003
Author
  Núñez É.R.; Okafor C.
Title
  Falls clinics and community follow-up: a cohort study
Source
  Journal of the American Medical Directors Association. 22(3) (pp 3-9.e1), 2021. Date of Publication: 2021.
Year of Publication
  2021

<4>
Accession Number
  20220004
Author
  Brandt E.; Ölçer Ş.
Title
  Tele-rehabilitation for older adults after a fall: a systematic review
Source
  BMC Geriatrics. 22(1) (no pagination), 2022. Article Number: e123.
Year of Publication
  2022
"""


def _ingest(cmo, tmp_path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    cmo("ingest", str(tmp_path / name))


def _by_title_word(cmo) -> dict[str, dict]:
    shown = [cmo.json("sources", "show", s["key"]) for s in cmo.json("sources", "list")]
    return {source["title"].split()[0].lower(): source for source in shown}


def test_ovid_embase_pages_written_pp_without_a_dot_are_read_and_exported(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    _ingest(cmo, tmp_path, "embase.txt", EMBASE)
    sources = _by_title_word(cmo)
    assert sources["home"]["pages"] == "112-121" and (sources["home"]["volume"], sources["home"]["issue"]) == ("24", "2")
    assert sources["strength"]["pages"] == "45-67" and sources["strength"]["volume"] == "28"
    assert sources["falls"]["pages"] == "3-9.e1"  # an online supplement's last page, whole
    assert sources["tele-rehabilitation"]["pages"] == "e123"  # an article number in their place, as before
    cmo("select", "include", *(s["key"] for s in sources.values()))
    cmo("export", "--format", "ris", "-o", str(tmp_path / "out.ris"))
    ris = (tmp_path / "out.ris").read_text(encoding="utf-8")
    assert "SP  - 112\n" in ris and "EP  - 121\n" in ris and "SP  - 45\n" in ris


def test_an_ovid_pages_phrase_is_read_only_where_pp_opens_it():
    """Ovid's tagged export shares the rule: "(pp 5-9)" and PsycInfo's "pp. 5-9" are pages; a word that merely begins
    with "pp" is not."""
    from cmo.bib.readers import ovid

    tagged = (
        "<1>\nTI  - Gait speed in frailty\nAU  - Haas K.\nSO  - Gait and Posture. 61(1) (pp 5-9), 2018.\n\n"
        "<2>\nTI  - Balance after stroke\nAU  - Haas K.\nSO  - Stroke Research. Vol.12(4), Jan 2016, pp. 44-50.\n\n"
        "<3>\nTI  - Footwear and falls\nAU  - Haas K.\nSO  - Footwear Science. 9(2), ppm 12 report, 2017.\n"
    )
    assert [record.pages for record in ovid.read(tagged, "x.ovd").records] == ["5-9", "44-50", ""]


def test_an_accented_capital_is_an_initial_not_part_of_the_family_name():
    """The one initials rule (`normalise.INITIAL`): a capital of any Latin, Greek or Cyrillic letter, accented or not,
    precomposed or followed by a combining accent; never a lower-case letter or a digit."""
    from cmo.bib.readers.ris import split_author_value
    from cmo.normalise import INITIAL

    assert all(re.fullmatch(INITIAL, letter) for letter in ["M", "À", "Ł", "Ž", "Ş", "Ø", "Ω", "Я", "A\u0300"])
    assert not any(re.fullmatch(INITIAL, letter) for letter in ["a", "é", "ß", "1", "-"])
    assert split_author_value("Ölçer Ş.; Yılmaz A.K.; Núñez É.R.") == ["Ölçer, Ş.", "Yılmaz, A. K.", "Núñez, É. R."]
    assert split_author_value("Łukasik Ż, Dvořák Č") == ["Łukasik, Ż.", "Dvořák, Č."]
    assert split_author_value("Østergaard Å\u0300.") == ["Østergaard, Å\u0300."]
    assert split_author_value("Sánchez Álvarez") == ["Sánchez Álvarez"]  # a family name alone stays whole


def test_ovid_names_with_accented_initials_are_cited_by_their_family_name(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    _ingest(cmo, tmp_path, "embase.txt", EMBASE)
    sources = _by_title_word(cmo)
    assert sources["home"]["authors"] == ["Ölçer, Ş.", "Yılmaz, A. K.", "Brandt, E."]
    assert sources["home"]["citation"] == "Ölçer et al. 2019"
    assert sources["strength"]["authors"] == ["Łukasik, Ż.", "Dvořák, Č."]
    assert sources["strength"]["citation"] == "Łukasik & Dvořák 2020"
    # Ovid's labelled list on one line with '. ' between names is split with the same rule
    one_line = EMBASE.replace("Łukasik Ż.; Dvořák Č.", "Łukasik Ż. Dvořák Č.")
    from cmo.bib.readers import ovid

    second = ovid.read(one_line, "embase.txt").records[1]
    assert second.authors == ["Łukasik, Ż.", "Dvořák, Č."]


# Another topic: one school-meals study found twice, a database's record (2019) and a preprint server's (2018).
MEALS = """TY  - JOUR
TI  - Universal free school meals and pupils' diet quality: a natural experiment
AU  - Ferreira, Lucia
AU  - Bannerman, Hugh
PY  - 2019
JO  - Public Health Nutrition
VL  - 22
SP  - 1201
EP  - 1210
DO  - 10.1017/phn.2019.0001
ER  -

TY  - JOUR
TI  - Universal free school meals and pupils' diet quality: a natural experiment (online first)
AU  - Ferreira, L.
PY  - 2018
JO  - Public Health Nutr
DO  - 10.1017/PHN.2019.0001
ER  -

TY  - JOUR
TI  - Breakfast clubs and attendance in primary schools: a mixed-methods evaluation
AU  - Kowalczyk, Anna
AU  - Mensah, Kojo
PY  - 2016
JO  - Journal of School Health
VL  - 86
SP  - 300
EP  - 309
ER  -
"""

# The breakfast-club study again, from a register that cites it by another title and year: kept apart, then merged by hand.
AGAIN = """TY  - RPRT
TI  - Evaluation of the breakfast club programme: final report
AU  - Kowalczyk, Anna
PY  - 2015
PB  - Education Endowment Trust
ER  -
"""


def _merged_review(cmo, tmp_path) -> tuple[str, str]:
    cmo("init", str(cmo.folder))
    _ingest(cmo, tmp_path, "meals.ris", MEALS)
    before = {s["key"] for s in cmo.json("sources", "list")}
    _ingest(cmo, tmp_path, "report.ris", AGAIN)
    (gone,) = {s["key"] for s in cmo.json("sources", "list")} - before
    into = next(key for key in before if key.startswith("kowalczyk"))
    cmo("sources", "merge", into, gone, "--force", "--note", "the report is the paper's")
    return into, gone


def test_a_command_given_a_key_merged_away_acts_on_the_source_it_went_into_and_says_so(cmo, tmp_path):
    into, gone = _merged_review(cmo, tmp_path)
    included = cmo("select", "include", gone, code=1)  # said, as a sheet's row is
    said = [line for line in included.stderr.splitlines() if line.startswith("warning:")]
    went = f"names a source merged into {into} ('cmo sources merge', 'cmo history {into}'), so it was read as {into}."
    assert said == [f"warning: '{gone}' {went}"]
    assert cmo.json("sources", "show", into)["status"] == "included"
    both = cmo("select", "exclude", gone, into, "--reason", "not about meals", code=1)
    assert both.stderr.count("merged into") == 1 and "1 source" in both.stdout  # one source, changed once
    edited = cmo("sources", "edit", gone, "--year", "2016", "--note", "the paper's year").stdout
    assert edited.startswith(f"Corrected {into} ")  # the answer names the source edited
    by_citation = cmo("select", "include", "Kowalczyk 2015", code=1)  # the merged-away source's own citation
    assert f"so it was read as {into}" in by_citation.stderr
    assert cmo.json("sources", "show", into)["status"] == "included"
    # a key never in the review is still refused, and `sources show` still says where a merged key went
    assert "is not in this review" in cmo("select", "include", "nobody2001nothing", code=2).stderr
    assert f"it was merged into {into}" in cmo("sources", "show", gone, code=2).stderr
    traced = cmo.json("trace", gone)  # re-trial AA: `trace` refused a key merged away
    assert traced["kind"] == "source" and traced["id"] == into


def test_a_linked_record_s_year_names_its_source_where_no_source_is_cited_so(cmo, tmp_path):
    """The preprint's 2018 record was linked (same DOI) into the 2019 paper: "Ferreira et al. (2018)" names it, in a
    command and on a coding sheet; a year some source is cited by is that source's, never a linked record's."""
    cmo("init", str(cmo.folder))
    _ingest(cmo, tmp_path, "meals.ris", MEALS)
    paper = next(s["key"] for s in cmo.json("sources", "list") if s["key"].startswith("ferreira"))
    assert len(cmo.json("sources", "show", paper)["records"]) == 2
    cmo("select", "include", "Ferreira et al. (2018)")
    assert cmo.json("sources", "show", paper)["status"] == "included"
    sheet = tmp_path / "coding.csv"
    sheet.write_text(
        "Study,Context,Mechanism,Outcome,Domain\n"
        "Ferreira et al. (2018),pupils in deprived areas,a free hot meal removes the stigma of being singled out,"
        "more pupils eat a school lunch,flexibility\n",
        encoding="utf-8",
    )
    cmo("code", "import", str(sheet))
    assert [s["source"] for s in cmo.json("code", "list")] == [paper]
    from cmo.commands.review import open_review

    aliases = open_review(cmo.folder).store.record_key_aliases()
    assert aliases["@ferreira 2018"] == paper and aliases["@ferreira 2019"] == paper
