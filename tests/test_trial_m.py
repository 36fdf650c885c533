"""Trial M (a self-trial: a team coding shared medical appointments as published realist reviews print their CMOCs):
one row citing every study behind it ("Kirsh 2007; Trento 2004"), citations followed by what a team adds to them (a
reference number, the journal, words of the title), and a CMOC typed in the browser as one marked sentence
(`tests/test_serve.py`)."""

from __future__ import annotations

import csv
import sqlite3

import pytest
from conftest import DATA

from cmo.normalise import cited_with_more, normalise_pmid
from cmo.sheets.tables import KeyIndex, SourceNames

SMA = DATA / "trial_j" / "sma-included.bib"
"""Thirteen real references of Kirsh et al.'s realist review, as Zotero exports them."""

ALIKE = """@article{smith2019a, title = {Housing first for people leaving prison}, author = {Smith, Ann},
  journal = {Journal of Urban Health}, year = {2019}}
@article{smith2019b, title = {Peer support in community mental health teams}, author = {Smith, Ann},
  journal = {BMC Psychiatry}, year = {2019}}
"""


@pytest.fixture
def review(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(SMA))
    return cmo


def _sheet(path, rows: list[list[str]], header=("Study", "Context", "Mechanism", "Outcome")):
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([list(header), *rows])
    return path


def _statements(cmo) -> list[tuple[str, str]]:
    with sqlite3.connect(cmo.folder / "review.db") as db:
        query = "SELECT json_extract(data, '$.source'), json_extract(data, '$.context') FROM statements ORDER BY num"
        return [tuple(row) for row in db.execute(query)]


def test_a_row_citing_several_studies_gives_each_its_statement_and_says_so(review, tmp_path):
    sheet = _sheet(
        tmp_path / "cmocs.csv",
        [
            ["Kirsh et al. 2007; Trento et al. 2004", "Veterans with diabetes", "Peers share tips", "Better control"],
            ["Miller 2004 & Geller 2011", "Low-income women", "They feel less alone", "They keep attending"],
            ["Clancy 2007, Kawasaki 2007, Bray 2005", "Uninsured patients", "Visits feel affordable", "Uptake"],
        ],
    )
    done = review("code", "import", str(sheet))
    assert _statements(review) == [
        ("kirsh2007shared", "Veterans with diabetes"),
        ("trento20045year", "Veterans with diabetes"),
        ("miller2004group", "Low-income women"),
        ("geller2011impact", "Low-income women"),
        ("clancy2007further", "Uninsured patients"),
        ("kawasaki2007willingness", "Uninsured patients"),
        ("bray2005confronting", "Uninsured patients"),
    ]
    assert "row 2 names 2 sources (kirsh2007shared, trento20045year): one statement from each" in done.stderr
    assert "row 4 names 3 sources" in done.stderr
    again = review("code", "import", str(sheet))
    assert len(_statements(review)) == 7 and "(7 statements unchanged)" in again.stdout


def test_two_authors_of_one_study_are_one_study_not_two(review, tmp_path):
    review("code", "import", str(_sheet(tmp_path / "one.csv", [["Shojania & Ratzlaff 2010", "Arthritis", "Peers", "Coping"]])))
    assert _statements(review) == [("shojania2010group", "Arthritis")]


def test_a_row_citing_several_studies_with_one_quote_or_an_id_is_refused_whole(review, tmp_path):
    quoted = _sheet(
        tmp_path / "quoted.csv",
        [["Kirsh 2007; Trento 2004", "Veterans", "Peers", "Control", "we learnt from each other"]],
        header=("Study", "Context", "Mechanism", "Outcome", "Quote"),
    )
    refused = review("code", "import", str(quoted), code=2)
    assert "row 2" in refused.stderr and "names 2 sources (kirsh2007shared, trento20045year)" in refused.stderr
    assert "'Quote' can belong to only one: give each source its own row" in refused.stderr
    review("code", "import", str(_sheet(tmp_path / "first.csv", [["Kirsh 2007", "Veterans", "Peers", "Control"]])))
    with_id = _sheet(
        tmp_path / "edit.csv",
        [["S1", "Kirsh 2007; Trento 2004", "Veterans", "Peers", "Control"]],
        header=("ID", "Study", "C", "M", "O"),
    )
    assert "'ID' can belong to only one" in review("code", "import", str(with_id), code=2).stderr
    assert _statements(review) == [("kirsh2007shared", "Veterans")]


def test_a_list_with_a_study_the_review_lacks_is_refused_naming_the_cell(review, tmp_path):
    sheet = _sheet(tmp_path / "missing.csv", [["Kirsh 2007; Nobody 2015", "Veterans", "Peers", "Control"]])
    assert "'Kirsh 2007; Nobody 2015' is not a source in this review" in review("code", "import", str(sheet), code=2).stderr
    assert _statements(review) == []


@pytest.mark.parametrize(
    "cell",
    [
        "Kirsh et al. 2007 [12]",
        "Kirsh 2007 (ref 12)",
        "Kirsh 2007 (Qual Saf Health Care)",
        "Kirsh et al. (2007) Shared medical appointments",
        "(Kirsh et al., 2007) - chronic care model",
    ],
)
def test_a_citation_followed_by_its_number_journal_or_title_words_names_its_study(review, cell):
    assert review.json("sources", "show", cell)["key"] == "kirsh2007shared"


@pytest.mark.parametrize("cell", ["Kirsh 2007 (Lancet Psychiatry)", "Kirsh 2007; Trento 2004", "Kirsh 2007 shared 2008"])
def test_a_citation_followed_by_words_its_study_lacks_names_nothing(review, cell):
    assert "is not in this review" in review("sources", "show", cell, code=2).stderr


def test_title_words_tell_apart_works_cited_alike(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    (tmp_path / "alike.bib").write_text(ALIKE, encoding="utf-8")
    cmo("ingest", str(tmp_path / "alike.bib"))
    assert cmo.json("sources", "show", "Smith 2019 peer support")["key"] == "smith2019b"
    assert cmo.json("sources", "show", "Smith 2019 (J Urban Health)")["key"] == "smith2019a"
    assert "could be any of" in cmo("sources", "show", "Smith 2019 [4]", code=2).stderr
    assert "could be any of" in cmo("sources", "show", "Smith 2019 community prison", code=2).stderr


def test_a_key_typed_in_other_case_names_its_source_everywhere(review):
    assert review.json("sources", "show", "KIRSH2007SHARED")["key"] == "kirsh2007shared"


def test_what_follows_a_citation_is_read_apart_from_it():
    assert cited_with_more("Cooper 2024 (Lancet Psychiatry)") == (["@cooper 2024"], " (Lancet Psychiatry)")
    assert cited_with_more("(Smith et al., 2019a) housing") == (["@smith 2019a", "@smith 2019"], " housing")
    assert cited_with_more("Cooper 2024") is None and cited_with_more("no year here") is None


def test_a_list_splits_only_where_every_piece_names_a_source():
    index = KeyIndex(
        {"a1", "b2", "c3"},
        lambda: SourceNames({"@ant 2001": "a1", "@bee 2002": "b2", "@cat 2003": "c3"}, dict, works=lambda keys: {}),
    )
    assert index.resolve_each("Ant 2001; Bee 2002") == ["a1", "b2"]
    assert index.resolve_each("Ant 2001 and Bee 2002, Cat 2003") == ["a1", "b2", "c3"]
    assert index.resolve_each("Ant 2001; Ant 2001") is None  # one source named twice: not a list
    assert index.resolve_each("Ant 2001; Dog 2004") is None
    assert index.resolve_each("Ant, Bee 2002") is None


FORM = "Timestamp,Pseudonym,Configuration,How far do you agree?,Comments\n"


def test_a_numbered_scales_answers_are_read_by_their_words(tmp_path):
    """Qualtrics, REDCap and SurveyMonkey label a scale's points with numbers: the words decide, and are kept."""
    from cmo.sheets.feedback import parse_feedback_files

    answers = ["4 - Agree", "5 = Strongly agree", "Agree (4)", "(2) Disagree", "3. Partly agree", "1 - Strongly disagree"]
    rows = "".join(f"2027-05-0{n + 1} 09:00,fox{n},C1,{answer},\n" for n, answer in enumerate(answers))
    path = tmp_path / "qualtrics.csv"
    path.write_text(FORM + rows, encoding="utf-8")
    items = parse_feedback_files([path], {"C1"}, 1, warnings=[])
    assert [(i.rating, i.answer) for i in items] == [
        ("agree", "4 - Agree"),
        ("agree", "5 = Strongly agree"),
        ("agree", "Agree (4)"),
        ("disagree", "(2) Disagree"),
        ("partly", "3. Partly agree"),
        ("disagree", "1 - Strongly disagree"),
    ]


def test_a_number_alone_among_ratings_is_named_not_guessed(tmp_path):
    from cmo.errors import BadInput
    from cmo.sheets.feedback import parse_feedback_files

    path = tmp_path / "numbers.csv"
    path.write_text(FORM + "2027-05-01 09:00,fox,C1,4 - Agree,\n2027-05-01 09:00,owl,C1,2,\n", encoding="utf-8")
    with pytest.raises(BadInput) as refused:
        parse_feedback_files([path], {"C1"}, 1, warnings=[])
    assert "row 3 rates '2', a number alone" in str(refused.value)


def test_a_study_merged_down_beside_its_cmocs_names_each_row(review, tmp_path):
    """Excel coding matrices merge a study's cell down over the CMOCs coded from it; only merges down one column are
    spread, so a cell merged across context and mechanism stays one text."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Study", "Context", "Mechanism", "Outcome", "Note"])
    sheet.append(["Kirsh 2007", "Veterans", "Peers share tips", "Better control", "spans two columns"])
    sheet.append([None, "Veterans at risk", "They feel accountable", "They attend", None])
    sheet.append([None, "Carers", "They learn together", "Confidence", None])
    sheet.append(["Trento 2004", "Adults with type 2 diabetes", "Group care", "Quality of life", None])
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("E2:F2")
    book.save(tmp_path / "matrix.xlsx")
    done = review("code", "import", str(tmp_path / "matrix.xlsx"))
    assert [source for source, _ in _statements(review)] == ["kirsh2007shared"] * 3 + ["trento20045year"]
    assert "'Study' is merged down over rows below it (rows 3, 4)" in done.stderr


def test_a_merge_with_nothing_in_it_fills_nothing(review, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Study", "Context", "Mechanism", "Outcome"])
    sheet.append([None, "Veterans", "Peers share tips", "Better control"])
    sheet.append([None, "Carers", "They learn together", "Confidence"])
    sheet.merge_cells("A2:A3")
    book.save(tmp_path / "empty.xlsx")
    said = review("code", "import", str(tmp_path / "empty.xlsx"), code=2).stderr
    assert "rows 2 and 3, column Study: no source key" in said  # neither row filled from the empty merge


DOMAINS = {
    "access": "access",
    "Access and reach": "access",
    "peer": "peer",
    "Peer support and shared experience": "peer",
    "self-management": "self-management",
    "Self-management and confidence": "self-management",
}


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Peer support and shared experience", ["peer"]),
        ("peer support & shared experience", ["peer"]),
        ("Domain 2: Peer support", ["peer"]),
        ("2. Peer support", ["peer"]),
        ("D3 - Self-management", ["self-management"]),
        ("(1) Access", ["access"]),
        ("self", ["self-management"]),
        ("Shared experience", ["peer"]),
        ("confidence", ["self-management"]),
        ("and", []),
        ("3", []),
        ("Housing", []),
    ],
)
def test_a_domain_is_found_as_a_team_types_it(typed, meant):
    from cmo.normalise import labelled

    assert labelled(typed, DOMAINS) == meant


def test_words_two_domains_share_name_both():
    from cmo.normalise import labelled

    assert labelled("support", {"peer": "peer", "Peer support": "peer", "carers": "carers", "Support for carers": "carers"}) == [
        "carers",
        "peer",
    ]


def test_a_sheets_domain_cells_as_teams_type_them(cmo, tmp_path):
    """The sheet reads a domain as `--domain` does, and says what a cell that is no label as written was read as; a
    cell naming two domains, a number alone, or one several domains could mean is named, and nothing imported."""
    (tmp_path / "domains.yaml").write_text(
        "domains:\n"
        "- {slug: access, name: Access and reach, description: Who gets to the group visits.}\n"
        "- {slug: peer, name: Peer support and shared experience, description: What patients give each other.}\n"
        "- {slug: peer-staff, name: Peer staff, description: Staff who share the patients' condition.}\n",
        encoding="utf-8",
    )
    cmo_review = cmo
    cmo("init", str(cmo.folder), "--domains", str(tmp_path / "domains.yaml"))
    cmo("ingest", str(SMA))
    rows = [["Kirsh 2007", "Veterans", "Peers share tips", "Better control", "Domain 2: Peer support and shared experience"]]
    bad = rows + [
        ["Kirsh 2007", "Veterans", "Tips", "Control", "Access; Peer support and shared experience"],
        ["Kirsh 2007", "Veterans", "Tips", "Control", "2"],
        ["Kirsh 2007", "Veterans", "Tips", "Control", "peer"],
    ]
    header = ("Study", "Context", "Mechanism", "Outcome", "Domain")
    refused = cmo_review("code", "import", str(_sheet(tmp_path / "bad.csv", bad, header=header)), code=2).stderr
    assert "row 3, column Domain: 'Access; Peer support and shared experience' names 2 domains (access, peer)" in refused
    assert "row 4, column Domain: '2' is not a domain in this review (a domain is named by its slug or name:" in refused
    assert "row 5" not in refused  # the slug itself, though 'peer' starts 'peer-staff' too
    done = cmo_review("code", "import", str(_sheet(tmp_path / "good.csv", rows, header=header)))
    assert "row 2: the domain 'Domain 2: Peer support and shared experience' was read as peer" in done.stderr


ZOTERO_CSV = (
    '"Key","Item Type","Publication Year","Author","Title","Publication Title","ISSN","DOI","Url","Abstract Note",'
    '"Pages","Issue","Volume","Journal Abbreviation","Library Catalog","Extra","Manual Tags"\n'
    '"ABCD1234","journalArticle","2007","Kirsh, Susan; Watts, Sharon","Shared medical appointments based on the chronic '
    'care model","Quality and Safety in Health Care","1475-3898","","","","349-353","5","16","Qual Saf Health Care",'
    '"PubMed","PMID: 17913775\nPMCID: PMC2464970","diabetes"\n'
)
ZOTERO_BIB = """@article{kirsh_shared_2007,
\ttitle = {Shared medical appointments based on the chronic care model},
\tvolume = {16},
\tjournal = {Quality and Safety in Health Care},
\tauthor = {Kirsh, Susan and Watts, Sharon},
\tyear = {2007},
\tnote = {PMID: 17913775},
\tpages = {349--353},
}
"""
ZOTERO_CSL = """[{"id": "http://zotero.org/users/1/items/ABCD1234", "type": "article-journal",
  "title": "Shared medical appointments based on the chronic care model", "container-title": "Quality and Safety in Health Care",
  "note": "PMID: 17913775\\nPMCID: PMC2464970", "author": [{"family": "Kirsh", "given": "Susan"}],
  "issued": {"date-parts": [["2007"]]}}]
"""


@pytest.mark.parametrize(("name", "text"), [("zotero.csv", ZOTERO_CSV), ("zotero.bib", ZOTERO_BIB), ("zotero.json", ZOTERO_CSL)])
def test_a_pmid_zotero_keeps_in_extra_is_read_from_each_of_its_exports(cmo, tmp_path, name, text):
    """Zotero keeps a PubMed record's PMID in Extra ("PMID: …"), and writes Extra out as a column (CSV) or a note
    (BibTeX, CSL JSON): it is the record's PMID, which links the PubMed copy; a PMCID is not one."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / name))
    [source] = cmo.json("sources", "list")
    assert cmo.json("sources", "show", source["key"])["pmid"] == "17913775"


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "C - Veterans at risk\nM - peers hold them to account\nO - they attend",
            ("Veterans at risk", "peers hold them to account", "they attend"),
        ),
        ("Context – rural clinics; Mechanism – trust; Outcome – uptake", ("rural clinics", "trust", "uptake")),
        (
            "If veterans meet in groups, then they attend more, because peers hold them to account",
            ("veterans meet in groups", "peers hold them to account", "they attend more"),
        ),
        (
            "IF staff have time THEN retention improves BECAUSE they feel valued",
            ("staff have time", "they feel valued", "retention improves"),
        ),
    ],
)
def test_parts_marked_with_a_dash_or_written_if_then_because_are_read(sentence, parts):
    from cmo.synthesis.marked import marked_parts

    read = marked_parts(sentence)
    assert (read.parts["context"], read.parts["mechanism"], read.parts["outcome"]) == parts and not read.problem


@pytest.mark.parametrize(
    "sentence",
    [
        "If veterans meet in groups then they attend more",  # no mechanism
        "If groups help, then they attend, because peers care, because staff plan",  # two ways to split
        "C-reactive protein falls after group visits",  # a dash inside a word is no mark
    ],
)
def test_sentences_that_could_be_split_more_than_one_way_are_not_read(sentence):
    from cmo.synthesis.marked import marked_parts

    assert marked_parts(sentence).problem


def test_an_if_then_because_sheet_says_how_it_was_read(review, tmp_path):
    sheet = _sheet(
        tmp_path / "ifthen.csv",
        [["Kirsh 2007", "If veterans meet in groups, then they attend more, because peers hold them to account"]],
        header=("Study", "Programme theory statement (CMOC)"),
    )
    done = review("code", "import", str(sheet))
    assert "row 2: read as 'if … then … because …' statements, with no marks" in done.stderr
    shown = review.json("code", "show", "S1")
    assert (shown["context"], shown["outcome"]) == ("veterans meet in groups", "they attend more")


def test_appraisal_tools_three_point_scales_are_read_and_their_words_kept(review, tmp_path):
    """NICE's checklists rate ++/+/−, EPHPP strong/moderate/weak, the NIH tools good/fair/poor: each is read as high,
    medium or low, said, and the tool's word kept in the note; a number alone is named, as a scale may run either way."""
    sheet = tmp_path / "appraisal.csv"
    sheet.write_text(
        "key,relevance,rigour,note\nKirsh 2007,++,+,NICE checklist\nTrento 2004,Strong,Weak,\nMiller 2004,Good,Poor,\n",
        encoding="utf-8",
    )
    done = review("appraise", "--file", str(sheet), code=1)
    assert "row 2: '++' was read as high" in done.stderr and "row 3: 'Weak' was read as low" in done.stderr
    kirsh = review.json("sources", "show", "kirsh2007shared")["appraisal"]
    assert kirsh == {"relevance": "high", "rigour": "medium", "note": "relevance: ++; rigour: +; NICE checklist"}
    assert review.json("sources", "show", "trento20045year")["appraisal"]["rigour"] == "low"
    sheet.write_text("key,relevance,rigour\nKirsh 2007,3,1\n", encoding="utf-8")
    refused = review("appraise", "--file", str(sheet), code=2).stderr
    assert "'3' is not high, medium or low (a number alone could run either way" in refused
    assert review.json("sources", "show", "kirsh2007shared")["appraisal"]["relevance"] == "high"


def test_a_dash_is_low_only_in_a_file_rating_on_nices_scale(review, tmp_path):
    sheet = tmp_path / "appraisal.csv"
    sheet.write_text("key,relevance,rigour\nKirsh 2007,high,-\n", encoding="utf-8")
    assert "'-' is not high, medium or low" in review("appraise", "--file", str(sheet), code=2).stderr  # a blank, typed
    sheet.write_text("key,relevance,rigour\nKirsh 2007,++,-\n", encoding="utf-8")
    review("appraise", "--file", str(sheet), code=1)
    assert review.json("sources", "show", "kirsh2007shared")["appraisal"]["rigour"] == "low"


def test_a_decision_cell_that_goes_on_gives_the_reason_or_note(review, tmp_path):
    """Screening sheets write the reason in the decision's cell: "Exclude: wrong population", "Excluded (wrong design)",
    "Include - full text"; "Include?" is not yet a decision."""
    sheet = tmp_path / "screening.csv"
    sheet.write_text(
        "key,decision\nKirsh 2007,Exclude: wrong population\nTrento 2004,Excluded (not group care)\n"
        "Miller 2004,Include - full text\nGeller 2011,Include?\n",
        encoding="utf-8",
    )
    done = review("select", "import", str(sheet), code=1)
    assert (
        "rows 2, 3, 4, 5: the decision cell goes on after its decision ('Exclude: wrong population', 'Excluded (not group "
        "care)', …)" in done.stderr  # the team's own cells, never an example (trial W)
    )
    shown = {key: review.json("sources", "show", key) for key in ("kirsh2007shared", "trento20045year", "miller2004group")}
    assert [(s["status"], s["exclusion_reason"], s["screening_note"]) for s in shown.values()] == [
        ("excluded", "wrong population", ""),
        ("excluded", "not group care", ""),
        ("included", "", "full text"),
    ]
    assert review.json("sources", "show", "geller2011impact")["status"] == "maybe"
    sheet.write_text("key,decision\nKirsh 2007,Exclusion pending\n", encoding="utf-8")
    assert "'Exclusion pending' is not a decision" in review("select", "import", str(sheet), code=2).stderr


def test_headers_a_template_explains_name_their_columns(review, tmp_path):
    """Extraction templates explain their headers: "Context (for whom, in what circumstances)", "Outcome(s) –
    intended/unintended", "Supporting data (quote)"; the sheet was refused as having no context, mechanism or outcome."""
    sheet = tmp_path / "template.csv"
    sheet.write_text(
        '"Study ID","Context (for whom, in what circumstances)","Mechanism (resource + reasoning)",'
        '"Outcome(s) – intended/unintended","Supporting data (quote)","Page no."\n'
        'Kirsh 2007,Veterans at risk,Peers hold them to account,They attend,"we kept each other going",p. 4\n',
        encoding="utf-8",
    )
    review("code", "import", str(sheet))
    shown = review.json("code", "show", "S1")
    assert (shown["context"], shown["mechanism"], shown["outcome"]) == (
        "Veterans at risk",
        "Peers hold them to account",
        "They attend",
    )
    assert (shown["quote"], shown["page"], shown["extra"]) == ("we kept each other going", "p. 4", {})


def _two_coders(path):
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "RB coding"
    first.append(["Study", "Context", "Mechanism", "Outcome"])
    first.append(["Kirsh 2007", "Veterans", "Peers share tips", "Better control"])
    second = book.create_sheet("AK coding")
    second.append(["Study", "Context", "Mechanism", "Outcome"])
    second.append(["Trento 2004", "Adults", "Group care", "Quality of life"])
    book.save(path)
    return path


def test_a_second_coders_tab_is_imported_by_its_name(review, tmp_path):
    workbook = _two_coders(tmp_path / "coding.xlsx")
    first = review("code", "import", str(workbook), code=1)
    assert "'AK coding' (1 row) has the same columns and was not: import it too, with --sheet 'AK coding'" in first.stderr
    review("code", "import", str(workbook), "--sheet", "AK coding")
    assert [source for source, _ in _statements(review)] == ["kirsh2007shared", "trento20045year"]
    refused = review("code", "import", str(workbook), "--sheet", "MO coding", code=2).stderr
    assert "no sheet is named 'MO coding' (its sheets: 'RB coding', 'AK coding')" in refused


def test_a_screeners_tab_is_imported_by_its_name(review, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Title-abstract"
    book.active.append(["key", "decision", "reason"])
    book.active.append(["Kirsh 2007", "include", ""])
    full = book.create_sheet("Full text")
    full.append(["key", "decision", "reason"])
    full.append(["Kirsh 2007", "exclude", "no outcomes"])
    book.save(tmp_path / "screening.xlsx")
    review("select", "import", str(tmp_path / "screening.xlsx"), "--sheet", "full text")
    assert review.json("sources", "show", "kirsh2007shared")["exclusion_reason"] == "no outcomes"


@pytest.mark.parametrize(
    ("page", "shown"),
    [("12", "p. 12"), ("12-15", "pp. 12-15"), ("12, 15", "pp. 12, 15"), ("S3", "p. S3"), ("xii", "p. xii")]
    + [("abstract", "abstract"), ("p. 4", "p. 4"), ("Table 2", "Table 2"), ("civil", "civil"), ("", "")],
)
def test_a_page_reads_as_a_page_only_where_it_is_one(page, shown):
    """The example's pack printed "(p. abstract)": a page the coder gave otherwise is shown as written."""
    from cmo.views import page_reference

    assert page_reference(page) == shown


def test_a_decision_with_a_full_stop_is_the_decision_alone(review, tmp_path):
    sheet = tmp_path / "screening.csv"
    sheet.write_text("key,decision,reason\nKirsh 2007,Exclude.,no outcomes\nTrento 2004,Exclude!,\n", encoding="utf-8")
    assert "row 3, column reason: an excluded source needs a reason" in review("select", "import", str(sheet), code=2).stderr
    sheet.write_text("key,decision,reason\nKirsh 2007,Exclude.,no outcomes\n", encoding="utf-8")
    review("select", "import", str(sheet))
    assert review.json("sources", "show", "kirsh2007shared")["exclusion_reason"] == "no outcomes"


OPENALEX_CSV = (
    "id,doi,title,display_name,publication_year,publication_date,ids.openalex,ids.doi,ids.pmid,type,"
    "primary_location.source.display_name,authorships.author.display_name,authorships.author_position,"
    "biblio.volume,biblio.issue,biblio.first_page,biblio.last_page,cited_by_count\n"
    "https://openalex.org/W2101234009,https://doi.org/10.1136/qshc.2006.019158,"
    "Shared medical appointments based on the chronic care model,Shared medical appointments based on the chronic care model,"
    "2007,2007-10-01,https://openalex.org/W2101234009,https://doi.org/10.1136/qshc.2006.019158,"
    "https://pubmed.ncbi.nlm.nih.gov/17913775,article,Quality and Safety in Health Care,"
    "Susan Kirsh|Sharon Watts|Ludwig van Beethoven,first|middle|last,16,5,349,353,121\n"
)


def test_an_openalex_csv_is_read_with_its_authors_journal_pages_and_pmid(cmo, tmp_path):
    """OpenAlex writes each author given name first, joined with "|", the journal as the primary location's source,
    pages as biblio fields and the PMID as a PubMed address: each lands where a reviewer looks for it."""
    (tmp_path / "works-2026-12-05.csv").write_text(OPENALEX_CSV, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "works-2026-12-05.csv"))
    [source] = cmo.json("sources", "list")
    shown = cmo.json("sources", "show", source["key"])
    assert shown["authors"] == ["Kirsh, Susan", "Watts, Sharon", "van Beethoven, Ludwig"]
    assert (shown["container"], shown["volume"], shown["issue"], shown["pages"]) == (
        "Quality and Safety in Health Care",
        "16",
        "5",
        "349-353",
    )
    assert (shown["pmid"], shown["doi"], shown["year"]) == ("17913775", "10.1136/qshc.2006.019158", 2007)


@pytest.mark.parametrize(
    ("given", "pmid"),
    [
        ("17913775", "17913775"),
        ("https://pubmed.ncbi.nlm.nih.gov/17913775/", "17913775"),
        ("https://www.ncbi.nlm.nih.gov/pubmed/17913775", "17913775"),
        ("https://example.org/pubmed/17913775", None),
        ("https://pubmed.ncbi.nlm.nih.gov/?term=17913775", None),
    ],
)
def test_a_pmid_is_read_from_a_pubmed_address_and_nowhere_else(given, pmid):
    assert normalise_pmid(given) == pmid
