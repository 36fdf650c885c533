"""Follow-ups other fixes named but could not make: an edition in brackets after a journal's name; a DOI page after a
site's own sections and the Cochrane Library's CENTRAL record page; whom a body written with a comma is cited by; the
origin aliases, the group-naming rule and the withdrawn-feedback view made public where they are shared; a linked
record counted under its own route in the document flow; citing a withdrawn answer told as that; and a withdrawal
recorded as its own action. Each rule is tried on records and answers of topics other than where it was found."""

from __future__ import annotations

from contextlib import closing

from cmo.bib.citations import cited_container
from cmo.bib.readers import ORIGIN
from cmo.models import Action, Record
from cmo.normalise import author_year_handles, cited_by, doi_in_url, record_page, without_qualifier
from cmo.outputs.events import ACTION_WORDS
from cmo.sheets.records import read_records
from cmo.sheets.screening import parse_origins

# ---- 1. an edition in brackets after a journal's name ------------------------------------------------------------------


def test_an_edition_in_brackets_after_a_journals_name_is_left_out_when_it_is_cited():
    assert cited_container("BMJ (Clinical research ed.)") == "BMJ"
    assert without_qualifier("Revista de Enfermería (Spanish edition)") == "Revista de Enfermería"
    assert without_qualifier("Annals of Dentistry (International Ed.)") == "Annals of Dentistry"
    # a bracket naming no edition is part of the name; one word ending "ed" is no edition
    assert without_qualifier("Journal of Physics A (Mathematical and General)").endswith("(Mathematical and General)")
    assert without_qualifier("Clinical Notes (Applied)") == "Clinical Notes (Applied)"


# ---- 2. a DOI page after a site's own sections; CENTRAL's page of its record ------------------------------------------


def test_a_doi_page_after_the_sites_own_sections_names_its_doi():
    emerald = "https://www.emerald.com/insight/content/doi/10.1108/JICA-03-2021-0012/full/html"
    assert doi_in_url(emerald) == "10.1108/JICA-03-2021-0012"
    assert doi_in_url("https://www.example.org/library/doi/pdf/10.5555/abc.2019.7") == "10.5555/abc.2019.7"
    # a Cochrane Review's own page names its DOI; a DOI-shaped part with no /doi/ before it names none
    assert doi_in_url("https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD009876.pub3/full")
    assert doi_in_url("https://www.example.org/files/10.5555/abc.pdf") is None
    rows = f'Title,Authors,Year,URL\nTele-dentistry in remote islands,"Hale, R.",2021,{emerald}\n'
    assert read_records(rows, "grey.csv").records[0].doi == "10.1108/JICA-03-2021-0012"


def test_the_cochrane_librarys_page_of_a_central_record_is_a_record_page_naming_no_doi():
    central = "https://www.cochranelibrary.com/central/doi/10.1002/central/CN-02233445/full"
    assert record_page(central)
    assert doi_in_url(central) is None
    assert not record_page("https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD009876.pub3/full")


# ---- 3. whom a body written with a comma is cited by ------------------------------------------------------------------


def test_a_body_written_with_a_comma_is_cited_by_its_whole_name():
    from cmo.normalise import a_person  # the person-or-body test, in normalise beside `cited_by`

    assert cited_by("Ministry of Education, Chile", None, None) == "Ministry of Education, Chile"
    assert cited_by("Okonkwo, Adaeze", None, None) == "Okonkwo"
    assert cited_by(None, "Ofsted", None) == "Ofsted"
    assert not a_person("Department of Agriculture, Peru") and a_person("de la Cruz, María")
    typed = author_year_handles("Ministry of Education, Chile (2019)")
    assert typed[0] == "@ministryofeducationchile 2019"
    assert author_year_handles("Okonkwo, A. et al. 2019") == ["@okonkwo 2019"]  # a person's initials stay initials
    assert author_year_handles("Lindqvist, Haddad and Ruiz 2017") == ["@lindqvist 2017"]  # people listed, no body


_BODIES = """TY  - RPRT
AU  - Ministry of Education, Chile
TI  - Rural school transport: a national survey
PY  - 2019
ER  -

TY  - RPRT
AU  - Ministry of Education, Peru
TI  - Secondary school attendance in the highlands
PY  - 2019
ER  -
"""


def test_two_ministries_of_one_year_are_each_found_by_a_typed_citation_naming_the_country(cmo, tmp_path):
    """On the old code both were "@ministryofeducation 2019", so neither citation named one work."""
    from cmo.commands.review import open_review
    from cmo.sheets.tables import KeyIndex

    cmo("init", str(cmo.folder))
    (tmp_path / "bodies.ris").write_text(_BODIES, encoding="utf-8")
    cmo("ingest", str(tmp_path / "bodies.ris"))
    keys = {source["title"]: source["key"] for source in cmo.json("sources", "list")}
    with closing(open_review(cmo.folder).store) as store:
        index = KeyIndex(set(keys.values()), store.record_key_aliases)
        assert index.resolve("Ministry of Education, Chile 2019") == keys["Rural school transport: a national survey"]
        assert index.resolve("(Ministry of Education, Peru, 2019)") == keys["Secondary school attendance in the highlands"]


# ---- 4. the origin aliases, public -------------------------------------------------------------------------------------


def test_the_routes_a_team_writes_are_one_public_table_for_origin_sheets_and_grey_lists(tmp_path):
    from cmo.sheets.screening import ORIGIN_ALIASES

    assert ORIGIN_ALIASES["experts"] == "expert suggestion" and ORIGIN_ALIASES["snowballing"] == "citation tracking"
    (tmp_path / "origins.csv").write_text("key,found via\nlee2020,Experts\n", encoding="utf-8")
    assert parse_origins(tmp_path / "origins.csv", {"lee2020"}).rows[0].origin == "expert suggestion"


# ---- 5. a linked record under its own route in the document flow ------------------------------------------------------

_DATABASE = """TY  - JOUR
AU  - Mensah, Kofi
TI  - Solar lanterns and children's homework in off-grid villages
JO  - Energy for Sustainable Development
PY  - 2020
DO  - 10.5555/esd.2020.0042
ER  -
"""
_GREY_FOUND_VIA = """Title,Author / Organisation,Year,DOI,Found via
Solar lanterns and children's homework in off-grid villages,"Mensah, Kofi",2020,10.5555/esd.2020.0042,Expert suggestion
Village electrification: lessons from ten districts,Rural Energy Agency,2018,,Expert suggestion
"""


def test_a_linked_record_a_grey_list_says_an_expert_suggested_counts_as_the_experts_in_the_flow(cmo, tmp_path):
    """The database's record of the work came first; the grey list's row of it, found by an expert, was counted under
    the list's file origin (website)."""
    from cmo.commands.report import report_data
    from cmo.commands.review import open_review
    from cmo.outputs.report import document_flow

    cmo("init", str(cmo.folder))
    (tmp_path / "search.ris").write_text(_DATABASE, encoding="utf-8")
    (tmp_path / "grey.csv").write_text(_GREY_FOUND_VIA, encoding="utf-8")
    cmo("ingest", str(tmp_path / "search.ris"), "--origin", "database search")
    cmo("ingest", str(tmp_path / "grey.csv"), "--origin", "website", code=None)
    review = open_review(cmo.folder)
    with closing(review.store) as store:
        data = report_data(review)
        routes = {
            (file, line): route
            for file, line, record in store.db.execute("SELECT file, line, data FROM records")
            if (route := Record.model_validate_json(record).extra.get(ORIGIN))
        }
    flow = document_flow(data.sources, [], [], data.files, routes)
    records = {row["origin"]: row["records"] for row in flow["by_origin"]}
    assert records == {"database search": 1, "expert suggestion": 2}
    assert flow["duplicates_linked"] == 1 and flow["documents"] == 2
    # the report's data carries them when the command gives them (ReportData.record_origins)
    assert document_flow(data.sources, [], [], data.files)["by_origin"] != flow["by_origin"]


# ---- 6. the group-naming rule, public ----------------------------------------------------------------------------------


def test_a_group_typed_in_the_plural_or_singular_is_named_by_one_public_rule():
    from cmo.normalise import group_named, singular

    groups = (("senco", "SENCos"), ("tas", "Teaching assistants"), ("heads", "Head teachers"))
    assert group_named("SENCOs", groups) == (["senco"], True)  # its name, any case
    assert group_named("teaching assistant", groups) == (["tas"], False)  # read, not as written
    assert group_named("Head teachers", groups) == (["heads"], True)
    assert singular("Libraries and nurseries") == "library and nursery" and singular("Wives") == "wife"


# ---- 7 and 8. a withdrawn answer: its own action, and citing it told as withdrawn -------------------------------------


def _answers_file(tmp_path, name: str, rating: str) -> str:
    path = tmp_path / name
    path.write_text(
        f"pseudonym,group,round,configuration,rating,comment\nHeron,cyp,1,C7,{rating},as the {name} says\n",
        encoding="utf-8",
    )
    return str(path)


def test_a_withdrawal_is_recorded_as_its_own_action_and_the_history_says_withdrew(demo, tmp_path):
    from cmo.views import FeedbackWithdrawn  # the view beside the others, not in the command's module

    assert "feedback-withdraw" in Action.__args__ and ACTION_WORDS["feedback-withdraw"].startswith("withdrew")
    (answer,) = demo.json("feedback", "import", _answers_file(tmp_path, "test-form.csv", "agree"))["feedback"]
    done = demo.json("feedback", "withdraw", "test-form.csv", "--note", "a colleague trying the form")
    assert FeedbackWithdrawn.model_validate(done).withdrawn == [answer]
    trail = demo.json("history", answer)
    assert trail[-1]["action"] == "feedback-withdraw" and "a colleague trying the form" in trail[-1]["note"]
    told = demo("history", answer).stdout.splitlines()[-1]
    assert "feedback-withdraw" in told and "withdrew the import of test-form.csv" in told


def test_citing_a_withdrawn_answer_is_refused_saying_it_was_withdrawn_and_why(demo, tmp_path):
    """It said "F25 was replaced by withdrawn in Robin's later answers … cite withdrawn instead"."""
    (answer,) = demo.json("feedback", "import", _answers_file(tmp_path, "pilot-form.csv", "partly"))["feedback"]
    demo("feedback", "withdraw", answer, "--note", "sent while piloting the form")
    refused = demo("configs", "cite", "C7", "--feedback", answer, code=2)
    said = refused.stderr.strip()
    assert f"{answer} was withdrawn" in said and "sent while piloting the form" in said and "nothing was cited" in said
    assert "replaced by withdrawn" not in said and "cite withdrawn" not in said
    assert len(said.splitlines()) == 1
    assert answer not in demo.json("configs", "show", "C7")["feedback_evidence"]


def test_the_reports_flow_counts_a_grey_lists_row_under_the_route_its_found_via_names(cmo, tmp_path):
    """Trial AB: an expert's suggestion on a grey list counted as 'website', the ingest's --origin, in RAMESES item 8."""
    grey = tmp_path / "grey.csv"
    grey.write_text(
        "Title,Author,Year,Type,URL,Found via\n"
        "Free school meals: what schools do,School Food Trust,2015,report,https://example.org/meals,Expert suggestion\n"
        "Breakfast clubs in practice,Magic Breakfast,2019,report,https://example.org/clubs,\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    done = cmo("ingest", str(grey), "--origin", "website")
    assert "named the route 1 row was found by (expert suggestion 1)" in done.stderr
    for source in cmo.json("sources", "list"):
        cmo("select", "include", source["key"])
    report = tmp_path / "report.md"
    cmo("report", "-o", str(report), code=None)
    text = report.read_text(encoding="utf-8")
    assert "| expert suggestion | 1 | 1 | 1 |" in text and "| website | 1 | 1 | 1 |" in text
