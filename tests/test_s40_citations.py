"""S40: how works are named and cited, as trials AH, AI, AJ and AK found them; each rule tested alone with records of
other topics (school meals, youth sport, suicide prevention, oral health, air quality)."""

from __future__ import annotations

from cmo.bib.citations import cited_container, citing, reference, short_cite
from cmo.bib.linking import citation_key, link_record, new_source
from cmo.bib.readers import bibtex as bibtex_reader
from cmo.models import Provenance, Record, Source
from cmo.outputs.export import to_bibtex, to_ris


def _record(line: int = 1, file: str = "a.ris", **values) -> Record:
    return Record(key="", provenance=Provenance(file=file, line=line, key=f"r{line}", format="ris"), **values)


def _source(key: str, **values) -> Source:
    return Source(key=key, records=[Provenance(file="a.ris", line=1, key=key, format="ris")], **values)


# --- AI 5: a body's name with a comma of its own, exported whole --------------------------------------------------

_BODY = "Department of Health, Social Services and Public Safety (Northern Ireland)"


def test_ai5_a_body_named_with_a_comma_is_one_braced_author_in_bibtex_and_read_back_whole(cmo, tmp_path):
    (tmp_path / "grey.csv").write_text(
        "Title,Author / organisation,Year,Document type,URL\n"
        f'Protect Life 2: suicide prevention strategy,"{_BODY}",2019,Report,https://www.health-ni.gov.uk/protect-life-2\n',
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "grey.csv"))
    [source] = cmo.json("sources", "list")
    assert source["authors"] == [_BODY]
    cmo("select", "include", source["key"])
    cmo("export", "--format", "bib", "-o", str(tmp_path / "out.bib"))
    written = (tmp_path / "out.bib").read_text(encoding="utf-8")
    assert "author = {{Department of Health, Social Services and Public Safety (Northern Ireland)}}" in written
    again = bibtex_reader.read(written, "out.bib").records
    assert again[0].authors == [_BODY]


def test_ai5_a_body_named_with_a_comma_is_one_author_in_ris_as_zotero_and_endnote_read_it():
    """Zotero's RIS import splits a name at its first comma; EndNote reads a name ending in a comma as a body's whole."""
    work = _source("dhssps2019protect", title="Protect Life 2", year=2019, type="report", authors=[_BODY, "Okafor, Chidi"])
    lines = [line for line in to_ris([work]).splitlines() if line.startswith("AU  - ")]
    assert lines == [
        "AU  - Department of Health Social Services and Public Safety (Northern Ireland),",
        "AU  - Okafor, Chidi",
    ]
    assert "author = {{Department of Health, Social Services and Public Safety (Northern Ireland)} and Okafor, Chidi}" in (
        to_bibtex([work])
    )


# --- AH 6, AK 9: a linked record's given names fill initials, name by name -------------------------------------------


def test_ah6_accented_initials_are_filled_from_a_linked_record_s_given_names():
    had = _source("ahlen2021school", title="School meals and attainment", year=2021, authors=["Åhlén, Å.", "Öberg, E."])
    linked = link_record(had, _record(title="School meals and attainment", year=2021, authors=["Åhlén, Åsa", "Öberg, Elin"]))
    assert linked.authors == ["Åhlén, Åsa", "Öberg, Elin"]


def test_ak9_a_record_naming_fewer_authors_fills_those_it_names():
    """PubMed's first three authors beside Embase's ten initials: those three take their names, the rest stay."""
    had = _source(
        "mensah2017fluoride",
        title="Fluoride varnish in primary schools",
        year=2017,
        authors=["Mensah, K. A.", "Boateng, E.", "Owusu, P. K.", "Asante, R."],
    )
    given = ["Mensah, Kwame A", "Boateng, Efua", "Owusu, Peter K"]
    assert link_record(had, _record(title="Fluoride varnish in primary schools", year=2017, authors=given)).authors == [
        "Mensah, Kwame A",
        "Boateng, Efua",
        "Owusu, Peter K",
        "Asante, R.",
    ]
    other = ["Mensah, Kwame A", "Danso, Efua"]  # another person second: the lists disagree, nothing is taken
    assert link_record(had, _record(title="Fluoride varnish in primary schools", year=2017, authors=other)).authors == had.authors
    wrong = ["Mensah, Yaw"]  # a given name the initials are not of
    assert link_record(had, _record(title="Fluoride varnish in primary schools", year=2017, authors=wrong)).authors == had.authors


# --- AI 11: initials written one way in references ---------------------------------------------------------------------


def test_ai11_initials_are_written_one_way_whichever_database_gave_them():
    from cmo.bib.citations import cited_name

    assert cited_name("Nkosi, T") == "Nkosi, T."
    assert cited_name("Nkosi, TM") == "Nkosi, T. M."
    assert cited_name("Nkosi, T.M.") == "Nkosi, T. M."
    assert cited_name("Lee, Min J") == "Lee, M. J."  # every given name as its initials (re-check AI 11)
    assert cited_name("Lee, Jo") == "Lee, J."
    assert cited_name("Dupont, J.-P.") == "Dupont, J.-P."
    assert cited_name("Ministry of Education, Ghana") == "Ministry of Education, Ghana"
    work = _source("nkosi2018oral", title="Oral health in schools", year=2018, type="article", authors=["Nkosi, T", "Lee, Min J"])
    assert reference(work, link=False).startswith("Nkosi, T.; Lee, M. J. (2018).")


# --- AH 6, AI 11: one journal named one way -----------------------------------------------------------------------------


def test_ah6_an_nlm_abbreviation_is_cited_by_the_name_in_full_another_work_gives():
    abbreviated = _source(
        "a2019", title="Breakfast clubs", year=2019, type="article", container="J Sch Health", authors=["A, B."]
    )
    full = _source(
        "c2020", title="Water fountains", year=2020, type="article", container="Journal of School Health", authors=["C, D."]
    )
    other = _source("e2021", title="Recess", year=2021, type="article", container="J Sch Nurs", authors=["E, F."])
    with citing([abbreviated, full, other]):
        assert cited_container(abbreviated.container) == "Journal of School Health"
        assert cited_container(other.container) == "J Sch Nurs"  # no work names it in full: as written
    # an abbreviation two journals' names could be is left as written
    short = _source("a2019", title="Tooth decay", year=2019, type="article", container="J Dent Res", authors=["A, B."])
    one = _source("c2020", title="Sealants", year=2020, type="article", container="Journal of Dental Research", authors=["C, D."])
    two = _source("e2021", title="Floss", year=2021, type="article", container="Journal of Dentistry Research", authors=["E, F."])
    with citing([short, one, two]):
        assert cited_container(short.container) == "J Dent Res"


def test_ah6_a_linked_record_s_journal_name_in_full_replaces_the_abbreviation():
    had = _source("a2019", title="Indoor air and asthma", year=2019, type="article", container="Indoor Air Qual Health")
    record = _record(title="Indoor air and asthma", year=2019, type="article", container="INDOOR AIR QUALITY AND HEALTH")
    linked = link_record(had, record)
    assert linked.container == "INDOOR AIR QUALITY AND HEALTH"
    assert cited_container(linked.container) == "Indoor Air Quality and Health"


def test_ak9_web_of_science_s_initials_and_name_of_a_journal_is_its_initials():
    assert cited_container("CMAJ-CANADIAN MEDICAL ASSOCIATION JOURNAL") == "CMAJ"
    assert cited_container("JAMA-JOURNAL OF THE AMERICAN MEDICAL ASSOCIATION") == "JAMA"
    assert cited_container("ACTA ODONTOLOGICA SCANDINAVICA") == "Acta Odontologica Scandinavica"


# --- AK 9: article numbers and lost subtitles ----------------------------------------------------------------------


def test_ak9_an_article_number_is_cited_where_the_work_has_no_pages():
    work = _source(
        "boateng2020air",
        title="Air quality near schools",
        year=2020,
        type="article",
        container="PLOS ONE",
        volume="15",
        authors=["Boateng, Efua"],
        extra={"article-number": "e0231234"},
    )
    assert "PLOS ONE, 15: e0231234." in reference(work, link=False)


def test_ak9_a_title_whose_subtitle_colon_was_lost_takes_the_linked_record_s():
    lost = "Walking school buses and physical activity the active journeys to school (AJS) cluster randomised trial"
    kept = "Walking School Buses and Physical Activity: The Active Journeys to School (AJS) Cluster Randomised Trial"
    had = _source("ajs2018walking", title=lost, year=2018, type="article")
    assert link_record(had, _record(title=kept, year=2018, type="article")).title == kept
    had = _source("ajs2018walking", title=kept, year=2018, type="article")  # the other way round: kept as it is
    assert link_record(had, _record(title=lost, year=2018, type="article")).title == kept


# --- AJ 9: a web page stays a web page ----------------------------------------------------------------------------


def test_aj9_a_generic_record_is_no_journal_article_for_a_record_naming_no_journal():
    page = _source("yst2022inclusive", title="Inclusive PE toolkit", year=2022, type="misc", container="Youth Sport Trust")
    labelled = _record(title="Inclusive PE toolkit", year=2022, type="article", publisher="Youth Sport Trust")
    assert link_record(page, labelled).type == "misc"
    printed = _record(title="Inclusive PE toolkit", year=2022, type="article", container="Sport Educ Soc", volume="27")
    assert link_record(page, printed).type == "article"


# --- AH 14, AJ 10: keys of bodies read as their names or known initials -------------------------------------------------


def test_ah14_a_body_s_short_name_before_a_dash_is_its_key():
    record = _record(title="Hälsa och välbefinnande i skolan", year=2021, authors=["THL – Terveyden ja hyvinvoinnin laitos"])
    assert citation_key(record) == "thl2021halsa"


def test_ah14_initials_in_brackets_its_web_site_is_named_by_are_its_key():
    record = _record(
        title="Tannhelse for barn",
        year=2006,
        authors=["Sosial- og helsedirektoratet (SHDIR)"],
        url="https://www.shdir.no/tannhelse",
    )
    assert citation_key(record) == "shdir2006tannhelse"


def test_aj10_a_body_s_key_is_no_two_letters_its_name_does_not_read_as():
    record = _record(title="Home to school travel", year=2014, authors=["Department for Infrastructure"])
    assert citation_key(record) == "dfi2014home"


def test_aj10_a_body_s_key_leaves_out_what_its_brackets_describe():
    record = _record(title="Mental health at school", year=2023, publisher="Mind (National Association for Mental Health)")
    assert citation_key(record) == "mind2023mental"


# --- AK 10: a work no one signed, in a journal, is cited by its title ---------------------------------------------------


def test_ak10_an_unsigned_journal_item_is_cited_and_keyed_by_its_title_not_its_journal():
    record = _record(
        title="Correction to school fluoridation trial", year=2021, type="article", container="BMJ (Clinical research ed.)"
    )
    source = new_source(record, {}, "database", [])
    assert source.key == "correction2021"  # its title's word before the year
    assert short_cite(source) == "Correction to school fluoridation trial 2021"
    assert reference(source, link=False) == "Correction to school fluoridation trial. (2021). BMJ."  # never "Anonymous"
    report = _record(title="Air quality in schools", year=2021, type="report", publisher="Clean Air Trust")
    assert short_cite(new_source(report, {}, "website", [])) == "Clean Air Trust 2021"


def test_ak9_a_spaced_double_hyphen_in_a_title_is_cited_as_a_dash():
    work = _source("ajs2018walking", title="Walking School Buses -- The AJS Trial", year=2018, type="article", authors=["Ng, K."])
    assert "Walking School Buses – The AJS Trial." in reference(work, link=False)


def test_reaudit_ai11_a_full_given_name_is_cited_by_its_initials_as_every_other_is():
    """Re-check of AI 11: one reference list held "Ampe, S." beside "Arcand, Marcel"; every person is "Family, I. I."."""
    from cmo.bib.citations import cited_name

    assert cited_name("Arcand, Marcel") == "Arcand, M."
    assert cited_name("Zhang, Xiao-Ming") == "Zhang, X.-M."
    assert cited_name("Łukasik, Żaneta") == "Łukasik, Ż."
    assert cited_name("Berg, Anna van den") == "Berg, A. van den"  # a particle after the given name is kept
    assert cited_name("King, Martin Luther, Jr.") == "King, M. L., Jr."  # and a suffix
    assert cited_name("Wang, 伟") == "Wang, 伟"  # a script without capitals is as written
    work = _source("ampe2016", title="Advance care planning", year=2016, type="article", authors=["Ampe, S", "Arcand, Marcel"])
    assert reference(work, link=False).startswith("Ampe, S.; Arcand, M. (2016).")
