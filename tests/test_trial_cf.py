"""Trial CF: a social-work lecturer and a housing-charity researcher run a rapid realist review of peer support workers
in Housing First with cmo, from ProQuest (ASSIA, Social Services Abstracts), Social Care Online and Zotero."""

from __future__ import annotations

import pytest
from conftest import DATA

CF = DATA / "trial_cf"


def test_proquest_excel_export_keeps_its_journal_and_doi(cmo):
    """ProQuest's 'Excel' export names its journal `pubtitle` and its DOI `digitalObjectIdentifier`: both were left
    unread, so the reference list printed "Tsemberis, S. … (2004). Housing First, … dual diagnosis. 94(4): 651–656."
    with no journal, and the same paper from ASSIA's RIS was linked by its title alone, never by its DOI."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(CF / "proquest-excel-saved-as-csv.csv"), code=1)  # exit 1: read as Windows-1252, said
    sources = {s["key"]: s for s in cmo.json("sources", "list")}
    tsemberis = sources["tsemberis2004housing"]
    assert tsemberis["container"] == "American Journal of Public Health"
    assert tsemberis["doi"] == "10.2105/AJPH.94.4.651"
    assert tsemberis["type"] == "article"
    summary = cmo.json("ingest", str(CF / "assia-proquest.ris"))
    assert [link["linked_by"] for link in summary["links"]] == ["same DOI"]
    # must not fire: a work of another DOI in the same export (housing affordability) stays a source of its own
    sources = cmo.json("sources", "list")
    assert len(sources) == 3
    assert next(s for s in sources if s["title"].startswith("Housing affordability"))["doi"] == "10.1080/02673037.2019.1676402"


def _statement(sid: str, context: str, mechanism: str, outcome: str):
    from cmo.models import Statement

    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "housing retention, no increase in substance use",  # Tsemberis et al. 2004, as the coder wrote it
        "no significant increase in evictions",
        "relapse did not increase after the move",
        "the programme did not increase drug use",
        "alcohol use did not rise",
    ],
)
def test_a_rise_denied_of_something_bad_is_the_outcome_held(outcome):
    """Trial CF 1: "housing retention, no increase in substance use" was read as an outcome that did not follow: refine
    listed Tsemberis et al. 2004 against "choice … → housing stability" and called its evidence contested. A rise
    denied of a harm is the harm kept at bay, as "no relapse" is."""
    from cmo.synthesis.evidence import _outcome_is_negative, proposed_against

    assert not _outcome_is_negative(outcome)
    context, mechanism = "Housing First programmes offering choice", "people feel in control of where they live"
    members = {
        "S1": _statement("S1", context, mechanism, "housing stability at two years"),
        "S2": _statement("S2", context, mechanism, outcome),
    }
    assert proposed_against(["S1", "S2"], members, lambda sid, others: True) == []


@pytest.mark.parametrize(
    "outcome",
    [
        "no increase in attendance",  # a rise denied of what a programme wants more of: it did not follow
        "no reduction in falls",  # a fall denied of a harm: it did not follow
        "physical activity did not increase",
        "substance use did not fall",
    ],
)
def test_must_not_fire_a_rise_denied_of_a_good_or_a_fall_denied_of_a_harm(outcome):
    """Another topic (school breakfast clubs): a denial of a rise in what a programme wants more of, or of a fall in a
    harm, still says the outcome did not follow, and goes against a configuration whose members say it did."""
    from cmo.synthesis.evidence import _outcome_is_negative, proposed_against

    assert _outcome_is_negative(outcome)
    context, mechanism = "Primary schools in deprived areas running breakfast clubs", "pupils feel welcome before lessons"
    members = {
        "S1": _statement("S1", context, mechanism, "better attendance and fewer falls in the playground"),
        "S2": _statement("S2", context, mechanism, "better attendance at school"),
        "S3": _statement("S3", context, mechanism, outcome),
    }
    assert proposed_against(["S1", "S2", "S3"], members, lambda sid, others: True) == ["S3"]


def test_w_out_in_a_coders_note_reads_without():
    """Trial CF 3: the coder's "peer mentors w/out peer supervision" read "For peer mentors with out peer supervision" in
    refine, the pack and the report: "w/out" is "without", as "w/o" is."""
    from cmo.synthesis.wording import cmo_sentence

    sentence = cmo_sentence("peer mentors w/out peer supervision", "emotional load carried alone", "some left the role")
    assert sentence.startswith("For peer mentors without peer supervision,")
    # must not fire (another topic): "w/c" (week commencing), "and/or" and "n/a" stay as written; "w/" is still "with"
    other = cmo_sentence("carers w/c 5 May, W/out respite", "and/or talking w/ the GP", "fewer crises")
    assert "w/c 5 May" in other and "without respite" in other and "and/or talking with the GP" in other


def test_round_close_check_names_a_configuration_with_no_outcome(cmo, tmp_path):
    """Trial CF 4: a coding-sheet row whose outcome the coder left 'outcome? TBC' (the import named it) became a
    configuration of its own that went to the pack as a finding ("In rural … HF, peers not available in rural areas.",
    outcome "Not yet described.", evidence "limited: 1 source supports it"): `round close --check` said nothing. It names
    it now as it names one with no mechanism, with the edit that words it."""
    from test_s41_rounds import _review

    _review(
        cmo,
        tmp_path,
        [
            ("okafor", "Adults with diabetes living in remote islands", "No podiatrist visits the islands", ""),
            ("haddad", "Clinics with a podiatrist on site", "Nurses refer foot problems the same day", "Fewer amputations"),
        ],
    )
    configs = {c["statements"][0]: c for c in cmo.json("configs", "list")}
    said = cmo("round", "close", "--check", code=1).stderr
    island = next(c for c in configs.values() if c["context"].startswith("Adults with diabetes living"))
    assert f"{island['id']} has no outcome (its statements, " in said
    assert f"'cmo configs edit {island['id']} --outcome \"…\"' words it" in said
    # must not fire: a configuration with every part
    whole = next(c for c in configs.values() if c["outcome"])
    assert f"{whole['id']} has no" not in said
    cmo("configs", "edit", island["id"], "--outcome", "Foot problems are found late")
    assert f"{island['id']} has no outcome" not in cmo("round", "close", "--check", code=None).stderr


def test_a_report_number_says_what_it_numbers(cmo):
    """Trial CF 5: Better BibTeX's `@report` with `type = {AHURI Final Report}` and `number = {184}` was listed as
    "Policy shift or program drift? Implementing Housing First in Australia. (184)." — a bare number, read as an issue
    of no journal. A report's number is said after its title with the series its record names, else "Report No."."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(CF / "zotero-better-biblatex-reports.bib"))
    cmo("select", "include", "johnson2012", "pleace2016", "hmtreasury2018")
    out = cmo.folder / "report.md"
    cmo("report", "--format", "md", "-o", str(out), code=None)
    text = out.read_text(encoding="utf-8")
    assert "Implementing Housing First in Australia (AHURI Final Report No. 184). Australian Housing" in text
    assert "Housing First Guide Europe (Report No. 7)." in text
    assert "(184)" not in text
    # must not fire: a Command Paper's number says what it is already
    assert "a green paper (Cm 9523). HM Government." in text


def test_a_linked_records_page_of_the_work_replaces_a_sites_home_page(cmo):
    """Trial CF 6: Social Care Online's records give the site's home page as their address; the report cited
    "https://www.scie-socialcareonline.org.uk/" for Homeless Link's, Crisis's and Groundswell's reports although the
    Zotero record linked to each gives the report's own page. The work's own page is kept, whichever file came first."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(CF / "social-care-online.ris"))
    cmo("ingest", str(CF / "zotero-grey-reports.bib"))
    urls = {s["key"]: s["url"] for s in cmo.json("sources", "list")}
    assert urls["homelesslink2016housing"] == "https://www.example.org/homelesslink2016"
    assert urls["blood2017housing"] == "https://www.example.org/blood2017"
    # must not fire: a record with only the home page keeps it; the other order keeps the work's page too
    assert urls["scie2019coproduction"] == "https://www.scie-socialcareonline.org.uk/"
    cmo("sources", "withdraw", "social-care-online.ris", "--note", "read again after the Zotero file")
    cmo("ingest", str(CF / "social-care-online.ris"))
    urls = {s["key"]: s["url"] for s in cmo.json("sources", "list")}
    assert urls["homelesslink2016housing"] == "https://www.example.org/homelesslink2016"


def test_a_member_that_only_says_the_evidence_is_uncertain_supports_nothing():
    """Trial CF 7: Miler et al.'s "peer support → mixed evidence on substance use outcomes" sat in "peer provides practical
    and emotional support → housing retention" and counted as its third source ("moderate: 3 sources support it"),
    though cmo reads it as telling no result. It is now on neither side until a person marks it."""
    from cmo.models import Configuration
    from cmo.synthesis.evidence import supporting_sources, undecided_ids

    context, mechanism = "Homeless adults in Housing First", "peer provides practical and emotional support"
    members = {
        "S1": _statement("S1", context, mechanism, "housing retention at 12 months"),
        "S2": _statement("S2", context, mechanism, "tenancies sustained"),
        "S3": _statement("S3", context, mechanism, "mixed evidence on substance use outcomes"),
    }
    config = Configuration(
        id="C6", context=context, mechanism=mechanism, outcome="housing retention", statements=["S1", "S2", "S3"]
    )
    assert undecided_ids(config, members) == ["S3"]
    assert supporting_sources(config, members) == (["srcS1", "srcS2"], [])
    # must not fire (another topic): a configuration worded as uncertain keeps its uncertain members, and members that
    # tell a result are never undecided for it
    context, mechanism = "Schools offering mindfulness lessons", "pupils practise calming techniques"
    unsure = {
        "S4": _statement("S4", context, mechanism, "evidence on exam results is mixed"),
        "S5": _statement("S5", context, mechanism, "inconclusive evidence on exam results"),
    }
    worded = Configuration(
        id="C2", context=context, mechanism=mechanism, outcome="the evidence on exam results is mixed", statements=["S4", "S5"]
    )
    assert undecided_ids(worded, unsure) == []
    assert supporting_sources(worded, unsure) == (["srcS4", "srcS5"], [])
