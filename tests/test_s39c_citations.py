"""S39c: citations as a new user found them in trial AG (community pharmacy), each rule tested with records of other
topics (school meals, falls prevention, housing, vaccination): one way of joining two authors in every output, the kinds
of work a grey list's 'Type' column names, an author list Publish or Perish writes cut short, and a reviewer's name
read as the one person it names."""

from __future__ import annotations

from cmo.bib.citations import citing, reference, short_citation, short_cite
from cmo.models import Provenance, Source
from cmo.normalise import labelled_type, one_reviewer


def _source(key: str, **values) -> Source:
    return Source(key=key, records=[Provenance(file="a.ris", line=1, key=key, format="ris")], **values)


# --- AG 11: one rule for how a citation joins two authors ----------------------------------------------------------


def test_a_table_and_prose_join_two_authors_the_same_way():
    """Fails before: a table cited "Okafor & Mensah 2016", the packs' prose "Okafor and Mensah (2016)"."""
    two = _source("okafor2016school", authors=["Okafor, Chidi", "Mensah, Ama"], year=2016, title="School meals and attendance")
    with citing([two]):
        table, prose = short_cite(two), short_citation(two)
    assert table == "Okafor & Mensah 2016"
    assert prose == "Okafor & Mensah (2016)"
    assert table.removesuffix(" 2016") == prose.removesuffix(" (2016)")
    one = _source("lee2019falls", authors=["Lee, Min"], year=2019, title="Falls clinics")
    three = _source("barros2018", authors=["Barros, P.", "Silva, R.", "Costa, L."], year=2018, title="Vitamin D")
    assert (short_cite(one), short_citation(one)) == ("Lee 2019", "Lee (2019)")
    assert (short_cite(three), short_citation(three)) == ("Barros et al. 2018", "Barros et al. (2018)")


# --- AG 11: the kinds of work a grey list's 'Type' column names ----------------------------------------------------

_GREY_LIST = (
    "Title,Organisation,Year,Type,URL\n"
    "Healthy school food standards,Department for Education,2019,Guideline,https://example.org/food-standards\n"
    "Free school meals: who misses out,Child Poverty Action Group,2022,Policy brief,https://example.org/fsm-brief\n"
    "Falls in care homes,Care Inspectorate,2021,Briefing,https://example.org/falls-briefing\n"
    "Ending rough sleeping for good,Ministry of Housing,2022,Strategy,https://example.org/rough-sleeping\n"
    "Flu vaccine uptake this winter,Public Health Wales,2023,Web page,https://example.org/flu-uptake\n"
    "Breakfast clubs and learning,Institute for Fiscal Studies,2020,Report,https://example.org/breakfast\n"
    "Canteen queues and stigma,University of Leeds,2018,Masters thesis,https://example.org/canteen-thesis\n"
)


def test_a_grey_lists_type_column_names_guidelines_policies_briefings_and_strategies(cmo, tmp_path):
    """Fails before: 'Guideline', 'Policy brief', 'Briefing' and 'Strategy' were read as no kind at all: `misc`."""
    (tmp_path / "grey.csv").write_text(_GREY_LIST, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "grey.csv"), "--origin", "website")
    kinds = {source["title"]: (source["type"], source["grey"]) for source in cmo.json("sources", "list")}
    assert kinds == {
        "Healthy school food standards": ("guidance", True),
        "Free school meals: who misses out": ("report", True),
        "Falls in care homes": ("report", True),
        "Ending rough sleeping for good": ("report", True),
        "Flu vaccine uptake this winter": ("webpage", True),
        "Breakfast clubs and learning": ("report", True),
        "Canteen queues and stigma": ("thesis", True),
    }


def test_a_guideline_printed_in_a_journal_issue_is_an_article():
    """MEDLINE's 'Practice Guideline' beside 'Journal Article', whichever comes first: a journal's issue printed it."""
    assert labelled_type(["Practice Guideline", "Journal Article"], "Journal of School Health", "89", "1-9") == "article"
    assert labelled_type(["Guideline"], "Journal of School Health", "", "e12") == "article"
    assert labelled_type("Guideline") == "guidance"
    assert labelled_type("Evaluation Study", "Age and Ageing", "48", "10-19") == "article"  # a study design, not a report


# --- AG 11: an author list Publish or Perish writes cut short ------------------------------------------------------

_POP = (
    "\ufeffCites,Authors,Title,Year,Source,Publisher,ArticleURL,GSRank,Type,Volume,Issue,StartPage,EndPage,AuthorCount\n"
    '40,"K Osei, M Boateng, A Mensah, J Adjei",Universal free school meals and attendance: a realist evaluation,2024,'
    "Public Health Research,,https://example.org/osei,1,HTML,,,,,11\n"
    '12,"L Barros, R Silva",Vitamin D and falls in care homes,2021,Age and Ageing,,https://example.org/barros,2,PDF,,,,,2\n'
    '9,"T Lindqvist, H Berg, P Nyman…",Housing First in small towns,2020,Housing Studies,,https://example.org/lind,3,HTML,'
    ",,,,3\n"
)


def test_publish_or_perish_counting_more_authors_than_it_names_is_cited_et_al(cmo, tmp_path):
    """Fails before: 4 of 11 authors were cited as if they were all ("Osei, K.; Boateng, M.; Adjei, J.", no "et al.")."""
    (tmp_path / "pop.csv").write_text(_POP, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "pop.csv"))
    by_title = {source["title"]: source["key"] for source in cmo.json("sources", "list")}
    osei = cmo.json("sources", "show", by_title["Universal free school meals and attendance: a realist evaluation"])
    assert osei["authors"] == ["Osei, K.", "Boateng, M.", "Mensah, A.", "Adjei, J.", "others"]
    assert osei["citation"] == "Osei et al. 2024"
    assert osei["extra"]["authorcount"] == "11"  # the count is kept as the export wrote it
    reference_text = reference(Source.model_validate({k: v for k, v in osei.items() if k in Source.model_fields}))
    assert reference_text.startswith("Osei, K.; Boateng, M.; Mensah, A.; Adjei, J.; et al. (2024).")
    barros = cmo.json("sources", "show", by_title["Vitamin D and falls in care homes"])
    assert barros["authors"] == ["Barros, L.", "Silva, R."] and barros["citation"] == "Barros & Silva 2021"
    lindqvist = cmo.json("sources", "show", by_title["Housing First in small towns"])
    assert lindqvist["authors"] == ["Lindqvist, T.", "Berg, H.", "Nyman, P.", "others"]  # cut with "…": said once


# --- AG 12/14: a name a sheet or Rayyan gives, read as the one reviewer it names ---------------------------------


def test_a_reviewers_given_name_initials_or_reordered_name_is_that_reviewer():
    """Fails before (no rule): Rayyan's "Amara" and the `--by` name "Amara Okonjo" were counted as two people."""
    people = ["Amara Okonjo", "Tomasz Nowak", "María de la Cruz"]
    assert one_reviewer("Amara", people) == "Amara Okonjo"  # Rayyan's account's first name
    assert one_reviewer("AO", people) == "Amara Okonjo"
    assert one_reviewer("T. N.", people) == "Tomasz Nowak"
    assert one_reviewer("mdlc", people) == "María de la Cruz"
    assert one_reviewer("Nowak, Tomasz", people) == "Tomasz Nowak"
    assert one_reviewer("amara.okonjo", people) == "Amara Okonjo"
    assert one_reviewer("Maria de la Cruz", people) == "María de la Cruz"


def test_a_name_two_reviewers_answer_to_or_none_is_no_ones():
    people = ["Amara Okonjo", "Ali Osman", "Sam Reed", "Sam Patel"]
    assert one_reviewer("AO", people) == ""  # two coders with the same initials are never merged
    assert one_reviewer("Sam", people) == ""
    assert one_reviewer("Okonjo", people) == ""  # a family name alone is not read as a person
    assert one_reviewer("Bea", people) == ""
    assert one_reviewer("AO", ["AO", "Amara Okonjo"]) == "AO"  # a reviewer recorded under the very name is that one
